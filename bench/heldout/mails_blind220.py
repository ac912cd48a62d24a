"""blind220: a blind 50-mail set, the inbox of Léa Fabre (food-industry quality data analyst, Valence).

Written by hand, one function per mail, without reading the detector, its tests or the earlier
held-out mails. Build and check: ``python3 bench/heldout/make_blind.py blind220``.
"""

from __future__ import annotations

import random

from make import (
    VTZ,
    addr,
    alt,
    attached_message,
    calendar,
    date,
    enc,
    gmail_html,
    html,
    mail,
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind220"
ORDER = random.Random(2200220).sample(range(1, 51), 50)
OWNER = "lea.fabre@example.org"
LEA = addr("Léa Fabre", OWNER)
PARIS = "Europe/Paris"


def N(key: int) -> str:
    """File name of the mail written key-th (keys 1-23 positives, 24-50 negatives)."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = LEA,
         relay: str | None = None, ident: str = "mx1.example.org with ESMTPS id 4Qk2Lm7x",
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    hs = [("Delivered-To", OWNER)]
    if relay:
        hs.append(("Received", received(relay, when, zone, ident, OWNER)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


def vtz(zone: str, like: str = "Europe/Berlin") -> str:
    """A VTIMEZONE block for a zone with the same rules as ``like``."""
    out = VTZ[like].replace(f"TZID:{like}", f"TZID:{zone}")
    return out.replace(f"X-LIC-LOCATION:{like}", f"X-LIC-LOCATION:{zone}")


# =========================================================================== positives: scheduled


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 14:00", "Europe/London"), end=utc("2026-09-15 14:45", "Europe/London"),
      local="Tue 2026-09-15 14:00", local_end="2026-09-15 14:45", zone="Europe/London",
      contact="priya.nandakumar@harrowgateprovisions.co.uk", company="Harrowgate Provisions",
      note="Greenhouse confirmation, 2:00-2:45 PM BST (UK summer time, UTC+1) -> 13:00-13:45Z; the "
           "body also gives 3:00 PM Paris; contact = human Reply-To recruiter; ICS in UTC agrees")
def gh_harrowgate() -> bytes:
    body = t("""
        Hi Léa,

        Thanks for making time to speak with us about the Food Quality Data Analyst (Remote, EU) role.
        Your interview is confirmed - here are the details:

        Date: Tuesday, September 15, 2026
        Time: 2:00 PM - 2:45 PM BST (3:00 PM - 3:45 PM in Paris)
        Format: Google Meet - https://meet.google.com/hvq-rtma-xke
        Interviewers:
          Tom Ashworth - Head of Supplier Quality
          Priya Nandakumar - Talent Partner

        Tom will want to walk through a recent piece of work, ideally something with
        HACCP or complaint data. No slides needed.

        If anything changes, just reply to this email.

        Best,
        Priya

        Priya Nandakumar | Talent Partner
        Harrowgate Provisions Ltd, 14 Wharf Road, London N1 7GS
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Léa,</p>
        <p>Thanks for making time to speak with us about the <b>Food Quality Data Analyst (Remote, EU)</b> role.
        Your interview is confirmed - here are the details:</p>
        <table cellpadding="4">
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>2:00 PM - 2:45 PM BST (3:00 PM - 3:45 PM in Paris)</td></tr>
        <tr><td><b>Format</b></td><td>Google Meet - <a href="https://meet.google.com/hvq-rtma-xke">meet.google.com/hvq-rtma-xke</a></td></tr>
        <tr><td><b>Interviewers</b></td><td>Tom Ashworth - Head of Supplier Quality<br>Priya Nandakumar - Talent Partner</td></tr>
        </table>
        <p>Tom will want to walk through a recent piece of work, ideally something with HACCP or complaint data. No slides needed.</p>
        <p>If anything changes, just reply to this email.</p>
        <p>Best,<br>Priya</p>
        <p style="color:#777">Priya Nandakumar | Talent Partner<br>Harrowgate Provisions Ltd, 14 Wharf Road, London N1 7GS</p>
        <img src="https://app.greenhouse.io/email_tracking/open/4471920.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-88213047@greenhouse.io
        DTSTAMP:20260909T091402Z
        DTSTART:20260915T130000Z
        DTEND:20260915T134500Z
        SUMMARY:Interview: Léa Fabre / Harrowgate Provisions - Food Quality Data Analyst
        LOCATION:https://meet.google.com/hvq-rtma-xke
        ORGANIZER;CN=Priya Nandakumar:mailto:priya.nandakumar@harrowgateprovisions.co.uk
        ATTENDEE;CN=Léa Fabre;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:lea.fabre@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Priya Nandakumar", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Food Quality Data Analyst (Remote, EU) at Harrowgate Provisions",
              "2026-09-09 10:14", "Europe/London", "<gh.5f1a0c77e2.88213047@us.greenhouse-mail.io>",
              relay="from o17.sg.greenhouse-mail.io (o17.sg.greenhouse-mail.io [167.89.33.17])",
              extra=(("Reply-To", addr("Priya Nandakumar", "priya.nandakumar@harrowgateprovisions.co.uk")),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="8bit", disposition="attachment", filename="invite.ics")))


@mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-28 10:00", "Europe/Amsterdam"), end=utc("2026-10-28 10:30", "Europe/Amsterdam"),
      local="Wed 2026-10-28 10:00", local_end="2026-10-28 10:30", zone="Europe/Amsterdam",
      contact="jasper.dewit@duinveld.nl", company="Duinveld Dairy Tech",
      note="Lever confirmation sent Fri 23 Oct in CEST (+02:00); the interview on Wed 28 Oct is after "
           "the 25 Oct switch to CET, so 10:00 Amsterdam = 09:00Z (not 08:00Z); 30-minute slot; "
           "contact = Reply-To recruiter; ICS TZID Europe/Amsterdam")
def lever_duinveld() -> bytes:
    body = t("""
        Hi Léa,

        Great news - your interview with Duinveld Dairy Tech is booked.

        What: Hiring manager conversation - Quality Data Analyst (Remote)
        When: Wednesday, October 28, 10:00 - 10:30 (Amsterdam time)
        Where: Microsoft Teams (link in the calendar invite)
        With: Maaike Verhoeven, Lead Data Quality

        A calendar invitation is attached. Please don't hesitate to reach out if you have any
        questions before then.

        Kind regards,
        Jasper de Wit
        Recruiter, Duinveld Dairy Tech

        --
        Sent via Lever. Reply to this email to reach Jasper directly.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Hire//EN
        VERSION:2.0
        METHOD:REQUEST
        @@TZ@@
        BEGIN:VEVENT
        UID:lever-3b1e9d40-77a2-4c5e-9d0f-2f8b61c0a913
        DTSTAMP:20261023T140512Z
        DTSTART;TZID=Europe/Amsterdam:20261028T100000
        DTEND;TZID=Europe/Amsterdam:20261028T103000
        SUMMARY:Léa Fabre <> Duinveld Dairy Tech (Maaike Verhoeven)
        LOCATION:Microsoft Teams Meeting
        ORGANIZER;CN=Jasper de Wit:mailto:jasper.dewit@duinveld.nl
        ATTENDEE;CN=Léa Fabre;RSVP=TRUE:mailto:lea.fabre@example.org
        ATTENDEE;CN=Maaike Verhoeven:mailto:maaike.verhoeven@duinveld.nl
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", vtz("Europe/Amsterdam"))
    hs = head(addr("Duinveld Dairy Tech", "no-reply@hire.lever.co"),
              "Your interview with Duinveld Dairy Tech is confirmed",
              "2026-10-23 16:05", "Europe/Amsterdam", "<20261023140509.9f3c1b2e7a@hire.lever.co>",
              relay="from mail-a.hire.lever.co (mail-a.hire.lever.co [52.5.44.120])",
              extra=(("Reply-To", addr("Jasper de Wit", "jasper.dewit@duinveld.nl")),))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(N(3), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-17 09:30", PARIS), local="Thu 2026-09-17 09:30", zone=PARIS,
      contact="camille.roux@laiteriesduvercors.fr", company="Laiteries du Vercors",
      note="Workday (myworkday.com tenant sender), HTML only in base64; 'jeudi 17 septembre 2026, 9h30 "
           "(heure de Paris)' = CEST -> 07:30Z; no end ('environ une heure'); contact = the address "
           "written in the body")
def workday_vercors() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Confirmation d'entretien</title></head>
        <body style="margin:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d6b;color:#fff;padding:16px;font-size:18px">Laiteries du Vercors &middot; Carrières</td></tr>
        <tr><td style="padding:20px">
        <p>Bonjour L&eacute;a,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste
        <b>Analyste Donn&eacute;es Qualit&eacute; (H/F) &ndash; R&eacute;f. R-04417</b>.</p>
        <p><b>Date :</b> jeudi 17 septembre 2026<br>
        <b>Heure :</b> 9h30 (heure de Paris)<br>
        <b>Dur&eacute;e :</b> environ une heure<br>
        <b>Lieu :</b> Site de Valence, 12 rue des Alpilles, 26000 Valence &ndash; accueil du b&acirc;timent B</p>
        <p>Vous rencontrerez Camille Roux, Responsable Qualit&eacute; Groupe, et Nicolas Brun, Data Manager.</p>
        <p>Merci de vous munir d'une pi&egrave;ce d'identit&eacute; (acc&egrave;s au site de production).
        Pour toute question, vous pouvez &eacute;crire &agrave; Camille Roux :
        <a href="mailto:camille.roux@laiteriesduvercors.fr">camille.roux@laiteriesduvercors.fr</a>.</p>
        <p>Cordialement,<br>L'&eacute;quipe Recrutement</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#888">Ce message a &eacute;t&eacute; envoy&eacute;
        automatiquement par Workday. Merci de ne pas y r&eacute;pondre.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Laiteries du Vercors", "laiteriesduvercors@myworkday.com"),
              "Confirmation de votre entretien - Analyste Données Qualité (H/F)",
              "2026-09-11 08:02", PARIS, "<1931846622.48113.1789106520977@wd5-prod-mail.myworkday.com>",
              relay="from wd5-prod-mail.myworkday.com (wd5-prod-mail.myworkday.com [198.51.100.44])")
    return message(hs, html(page, cte="base64"))


@mail(N(4), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-05 14:15", PARIS), end=utc("2026-10-05 15:00", PARIS),
      local="Mon 2026-10-05 14:15", local_end="2026-10-05 15:00", zone=PARIS,
      contact="julien.mercier@conservesducomtat.fr", company="Conserves du Comtat",
      note="SmartRecruiters interview confirmation, 'lundi 5 octobre, 14 h 15 - 15 h 00' Paris (CEST) "
           "-> 12:15-13:00Z; contact = Reply-To (recruiter); ICS TZID Europe/Paris agrees")
def smartr_comtat() -> bytes:
    body = t("""
        Bonjour Léa,

        Merci pour votre candidature au poste de Chargée d'analyse données qualité (CDI) à Avignon.
        Votre entretien est confirmé :

          lundi 5 octobre 2026, 14 h 15 - 15 h 00
          Conserves du Comtat, 210 chemin de la Barthelasse, 84000 Avignon
          avec Julien Mercier (RH) et Aurélie Vidal (Directrice qualité)

        Le parking visiteurs est à gauche après la barrière. Si vous avez un empêchement,
        répondez simplement à ce message.

        À lundi,
        Julien Mercier
        Chargé de recrutement - Conserves du Comtat
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Verdana">')
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduling//FR
        VERSION:2.0
        METHOD:REQUEST
        @@TZ@@
        BEGIN:VEVENT
        UID:sr-int-7e55c0d2a1@smartrecruiters.com
        DTSTAMP:20260929T152031Z
        DTSTART;TZID=Europe/Paris:20261005T141500
        DTEND;TZID=Europe/Paris:20261005T150000
        SUMMARY:Entretien - Chargée d'analyse données qualité - Léa Fabre
        LOCATION:210 chemin de la Barthelasse\\, 84000 Avignon
        ORGANIZER;CN=Julien Mercier:mailto:julien.mercier@conservesducomtat.fr
        ATTENDEE;CN=Léa Fabre;RSVP=TRUE:mailto:lea.fabre@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", VTZ["Europe/Paris"])
    hs = head(addr("Julien Mercier - Conserves du Comtat", "noreply@smartrecruiters.com"),
              "Votre entretien avec Conserves du Comtat est confirmé",
              "2026-09-29 17:20", PARIS, "<0102018f3a7c55e1-sr-9a41@email.smartrecruiters.com>",
              relay="from a48-112.smtp-out.eu-west-1.amazonses.com ([54.240.48.112])",
              extra=(("Reply-To", addr("Julien Mercier", "julien.mercier@conservesducomtat.fr")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="quoted-printable", filename="invitation.ics", disposition="attachment")))


@mail(N(5), family="personio", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 11:00", "Europe/Berlin"), end=utc("2026-11-12 12:00", "Europe/Berlin"),
      local="Thu 2026-11-12 11:00", local_end="2026-11-12 12:00", zone="Europe/Berlin",
      contact="anja.keller@kornfeld-backwaren.de", company="Kornfeld Backwaren",
      note="Personio message written by the recruiter, sent Fri 6 Nov: 'next Thursday (12 November) at "
           "11:00 CET', 'Duration: 60 minutes' -> 10:00-11:00Z; contact = Reply-To recruiter")
def personio_kornfeld() -> bytes:
    body = t("""
        Hi Léa,

        thank you for the lovely chat on Wednesday! As discussed, I have booked the second
        round with our Head of Quality, Dr. Stefan Albers, and one of our data engineers.

        See you next Thursday (12 November) at 11:00 CET - same time for you in Valence.
        Duration: 60 minutes
        Format: Microsoft Teams, the link follows in a separate invitation.

        Stefan will ask you about the shelf-life dashboards you mentioned, so feel free to bring
        screenshots (anonymised is fine).

        Best regards / Viele Grüße
        Anja Keller
        People & Culture
        Kornfeld Backwaren GmbH | Am Mühlenteich 3 | 33602 Bielefeld

        ---
        This message was sent from Personio on behalf of Kornfeld Backwaren GmbH.
        Your data is processed according to our privacy policy: https://kornfeld-backwaren.jobs.personio.de/privacy
        """)
    hs = head(addr("Anja Keller (Kornfeld Backwaren GmbH)", "noreply@mail.personio.de"),
              "Kornfeld Backwaren GmbH: next step for Quality Data Analyst (m/f/d)",
              "2026-11-06 13:47", "Europe/Berlin", "<a3c8f1d2e9b04e6f@mail.personio.de>",
              relay="from mail.personio.de (mail.personio.de [185.93.30.21])",
              extra=(("Reply-To", addr("Anja Keller", "anja.keller@kornfeld-backwaren.de")),))
    return message(hs, text(body, cte="8bit"))


@mail(N(6), family="teamtailor", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-22 10:00", PARIS), end=utc("2026-09-22 11:00", PARIS),
      local="Tue 2026-09-22 10:00", local_end="2026-09-22 11:00", zone=PARIS,
      contact=None, company="Nuciférie Dauphinoise",
      note="Teamtailor confirmation 'mardi 22 septembre 2026 · 10:00 - 11:00 (Europe/Paris)' -> "
           "08:00-09:00Z; sender no-reply, recruiter named without an address -> contact null")
def teamtailor_nuciferie() -> bytes:
    body = t("""
        Bonjour Léa,

        Votre entretien est confirmé !

        Analyste données qualité & traçabilité - Grenoble
        mardi 22 septembre 2026 · 10:00 - 11:00 (Europe/Paris)
        Lieu : Nuciférie Dauphinoise, 8 avenue des Noyeraies, 38000 Grenoble

        Participants : Sophie Garnier, Thibault Rey

        Ajouter à mon agenda : https://nuciferie-dauphinoise.teamtailor.com/interviews/c2a91f/ics

        À très vite,
        Sophie Garnier
        Talent Acquisition, Nuciférie Dauphinoise

        Vous recevez cet e-mail parce que vous avez postulé chez Nuciférie Dauphinoise via Teamtailor.
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#212121">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo-nuciferie.png" alt="Nuciférie Dauphinoise" height="40">
        <p>Bonjour Léa,</p>
        <h2 style="font-size:20px">Votre entretien est confirmé&nbsp;!</h2>
        <div style="border:1px solid #e5e5e5;border-radius:8px;padding:16px">
        <div style="font-weight:600">Analyste données qualité &amp; traçabilité - Grenoble</div>
        <div>mardi 22 septembre 2026 · 10:00 - 11:00 (Europe/Paris)</div>
        <div>Lieu&nbsp;: Nuciférie Dauphinoise, 8 avenue des Noyeraies, 38000 Grenoble</div>
        <div>Participants&nbsp;: Sophie Garnier, Thibault Rey</div>
        <a href="https://nuciferie-dauphinoise.teamtailor.com/interviews/c2a91f/ics" style="display:inline-block;margin-top:12px;padding:8px 14px;background:#f4366b;color:#fff;border-radius:6px;text-decoration:none">Ajouter à mon agenda</a>
        </div>
        <p>À très vite,<br>Sophie Garnier<br>Talent Acquisition, Nuciférie Dauphinoise</p>
        <p style="font-size:11px;color:#999">Vous recevez cet e-mail parce que vous avez postulé chez Nuciférie Dauphinoise via Teamtailor.</p>
        </div></body></html>
        """)
    hs = head(addr("Nuciférie Dauphinoise", "no-reply@teamtailor-mail.com"),
              "Entretien confirmé - Analyste données qualité & traçabilité",
              "2026-09-16 11:30", PARIS, "<64e8a1c0f2b7d_3a1f2c9e1d80@teamtailor-mail.com>",
              relay="from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [185.12.6.77])")
    return message(hs, alt(text(body), html(page)))


@mail(N(7), family="workable", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 15:00", "Europe/Lisbon"), end=utc("2026-10-27 15:45", "Europe/Lisbon"),
      local="Tue 2026-10-27 15:00", local_end="2026-10-27 15:45", zone="Europe/Lisbon",
      contact="ines.carvalho@atlanticoseafood.pt", company="Atlântico Seafood Analytics",
      note="Workable, sent Thu 22 Oct in WEST (+01:00); interview Tue 27 Oct after Lisbon's switch to "
           "WET (+00:00): 15:00-15:45 Lisbon = 15:00-15:45Z (16:00 Paris, also CET by then). Reply-To "
           "is a Workable relay -> contact = the recruiter address written in the body")
def workable_atlantico() -> bytes:
    body = t("""
        Hi Léa,

        You're all set! Here are the details of your interview for Data Analyst - Food Safety (Remote, EU):

        Tuesday, October 27, 2026
        15:00 - 15:45 (Lisbon time, WET) - that's 16:00 - 16:45 in Paris
        Video call: https://meet.google.com/pzo-fmkw-eoa

        You'll meet Inês Carvalho (Head of Data) and Rui Pereira (QA Lead, Peniche plant).

        If you need anything before the call, you can write to me directly at
        ines.carvalho@atlanticoseafood.pt.

        Obrigada and talk soon,
        Inês

        Atlântico Seafood Analytics, Lda.
        Powered by Workable
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
        <p>Hi Léa,</p>
        <p>You're all set! Here are the details of your interview for <strong>Data Analyst - Food Safety (Remote, EU)</strong>:</p>
        <p style="background:#f5f7fa;padding:12px"><strong>Tuesday, October 27, 2026</strong><br>
        15:00 - 15:45 (Lisbon time, WET) - that's 16:00 - 16:45 in Paris<br>
        Video call: <a href="https://meet.google.com/pzo-fmkw-eoa">https://meet.google.com/pzo-fmkw-eoa</a></p>
        <p>You'll meet Inês Carvalho (Head of Data) and Rui Pereira (QA Lead, Peniche plant).</p>
        <p>If you need anything before the call, you can write to me directly at
        <a href="mailto:ines.carvalho@atlanticoseafood.pt">ines.carvalho@atlanticoseafood.pt</a>.</p>
        <p>Obrigada and talk soon,<br>Inês</p>
        <p style="font-size:12px;color:#8a8a8a">Atlântico Seafood Analytics, Lda.<br>Powered by Workable</p>
        </div>
        """)
    hs = head(addr("Atlântico Seafood Analytics", "noreply@candidates.workablemail.com"),
              "Interview confirmed: Data Analyst - Food Safety (Remote, EU)",
              "2026-10-22 09:40", "Europe/Lisbon", "<7c1e2d88b0a54f21.1761122400@candidates.workablemail.com>",
              relay="from mta-12.workablemail.com (mta-12.workablemail.com [159.135.228.12])",
              extra=(("Reply-To", "atlantico-seafood-analytics+c7f2a91e@candidates.workablemail.com"),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(N(8), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:00", "America/New_York"), end=utc("2026-11-02 10:00", "America/New_York"),
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone="America/New_York",
      contact="marcus.bell@crescentmills.com", company="Crescent Mills",
      note="iCIMS, sent Wed 28 Oct in EDT; interview Mon 2 Nov, the day after US clocks go back: "
           "9:00-10:00 AM ET = EST (-05:00) = 14:00-15:00Z (15:00 Paris, CET); the mail's own Paris "
           "conversion agrees; contact = coordinator address in the body (sender is an iCIMS mailbox)")
def icims_crescent() -> bytes:
    body = t("""
        Dear Léa,

        Thank you for your interest in Crescent Mills. We are pleased to confirm your interview
        for the position of Quality Data Analyst - EMEA (Req ID 2026-11873).

        Interview Date:  Monday, November 2, 2026
        Interview Time:  9:00 AM - 10:00 AM Eastern Time (ET)
                         (3:00 PM - 4:00 PM Central European Time)
        Interview Type:  Video (Webex)
        Interviewer:     Dana Whitfield, Director, Food Safety Analytics

        Please join using the link below five minutes early:
        https://crescentmills.webex.com/meet/dwhitfield

        If you have questions or need to reschedule, please contact your recruiting coordinator,
        Marcus Bell, at marcus.bell@crescentmills.com.

        Sincerely,
        Crescent Mills Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Dear Léa,</p>
        <p>Thank you for your interest in Crescent Mills. We are pleased to confirm your interview for the position of
        <b>Quality Data Analyst – EMEA</b> (Req ID 2026-11873).</p>
        <table border="0" cellpadding="2">
        <tr><td><b>Interview Date:</b></td><td>Monday, November 2, 2026</td></tr>
        <tr><td><b>Interview Time:</b></td><td>9:00 AM – 10:00 AM Eastern Time (ET)<br>(3:00 PM – 4:00 PM Central European Time)</td></tr>
        <tr><td><b>Interview Type:</b></td><td>Video (Webex)</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Dana Whitfield, Director, Food Safety Analytics</td></tr>
        </table>
        <p>Please join using the link below five minutes early:<br>
        <a href="https://crescentmills.webex.com/meet/dwhitfield">https://crescentmills.webex.com/meet/dwhitfield</a></p>
        <p>If you have questions or need to reschedule, please contact your recruiting coordinator, Marcus Bell, at
        <a href="mailto:marcus.bell@crescentmills.com">marcus.bell@crescentmills.com</a>.</p>
        <p>Sincerely,<br>Crescent Mills Talent Acquisition</p>
        <p><i>Please do not reply to this message. This mailbox is not monitored.</i></p>
        </font></body></html>
        """)
    hs = head(addr("Crescent Mills Talent Acquisition", "crescentmills+autoreply@talent.icims.com"),
              "Interview Confirmation - Quality Data Analyst - EMEA",
              "2026-10-28 14:12", "America/New_York", "<1830009120.4471.1761675120@talent.icims.com>",
              relay="from mail3.icims.com (mail3.icims.com [64.74.216.45])")
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(9), family="calendly", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-08 10:30", PARIS), end=utc("2026-10-08 11:00", PARIS),
      local="Thu 2026-10-08 10:30", local_end="2026-10-08 11:00", zone=PARIS,
      contact="marc.dubois@moulins-saintfons.fr", company="Moulins de Saint-Fons",
      note="Calendly invitee confirmation in French: '10:30 - 11:00, jeudi 8 octobre 2026, heure "
           "d'Europe centrale' (still summer time, +02:00) -> 08:30-09:00Z; sender notifications@, "
           "contact = host's Reply-To; ICS in UTC agrees")
def calendly_moulins() -> bytes:
    body = t("""
        Bonjour Léa Fabre,

        Votre évènement a été planifié.

        Type d'évènement :
        Moulins de Saint-Fons - Entretien visio 30 min

        Organisateur :
        Marc Dubois

        Date et heure :
        10:30 - 11:00, jeudi 8 octobre 2026 (heure d'Europe centrale)

        Lieu :
        Cette réunion se déroulera sur Zoom. https://us06web.zoom.us/j/84420917735?pwd=Qm9sTWJ6cGp1

        Besoin de modifier cet évènement ?
        Annuler : https://calendly.com/cancellations/6f0d3c1a-3e0c-4b1f-a8cc-1d41f00b2a77
        Replanifier : https://calendly.com/reschedulings/6f0d3c1a-3e0c-4b1f-a8cc-1d41f00b2a77

        Propulsé par Calendly.com
        """)
    page = t("""
        <html><body style="background:#f7f9fb;font-family:Arial,sans-serif">
        <table align="center" width="560" style="background:#fff;border:1px solid #e1e5ea;padding:24px"><tr><td>
        <p>Bonjour Léa Fabre,</p>
        <p>Votre évènement a été planifié.</p>
        <p style="color:#737373;margin-bottom:0">Type d'évènement :</p>
        <p style="margin-top:0"><b>Moulins de Saint-Fons - Entretien visio 30 min</b></p>
        <p style="color:#737373;margin-bottom:0">Organisateur :</p>
        <p style="margin-top:0">Marc Dubois</p>
        <p style="color:#737373;margin-bottom:0">Date et heure :</p>
        <p style="margin-top:0">10:30 - 11:00, jeudi 8 octobre 2026 (heure d'Europe centrale)</p>
        <p style="color:#737373;margin-bottom:0">Lieu :</p>
        <p style="margin-top:0">Cette réunion se déroulera sur Zoom. <a href="https://us06web.zoom.us/j/84420917735?pwd=Qm9sTWJ6cGp1">Rejoindre</a></p>
        <p><a href="https://calendly.com/cancellations/6f0d3c1a-3e0c-4b1f-a8cc-1d41f00b2a77">Annuler</a> &nbsp;
        <a href="https://calendly.com/reschedulings/6f0d3c1a-3e0c-4b1f-a8cc-1d41f00b2a77">Replanifier</a></p>
        <p style="font-size:12px;color:#a6a6a6">Propulsé par Calendly.com</p>
        </td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:6f0d3c1a-3e0c-4b1f-a8cc-1d41f00b2a77@calendly.com
        DTSTAMP:20261002T134811Z
        DTSTART:20261008T083000Z
        DTEND:20261008T090000Z
        SUMMARY:Moulins de Saint-Fons - Entretien visio 30 min entre Marc Dubois et Léa Fabre
        ORGANIZER;CN=Marc Dubois:mailto:marc.dubois@moulins-saintfons.fr
        ATTENDEE;CN=Léa Fabre;PARTSTAT=ACCEPTED:mailto:lea.fabre@example.org
        LOCATION:https://us06web.zoom.us/j/84420917735?pwd=Qm9sTWJ6cGp1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmé : Moulins de Saint-Fons - Entretien visio 30 min avec Marc Dubois le jeudi 8 octobre 2026",
              "2026-10-02 15:48", PARIS, "<0100019a4e2b7c1d-6f0d3c1a-calendly@email.calendly.com>",
              relay="from a8-37.smtp-out.amazonses.com (a8-37.smtp-out.amazonses.com [54.240.8.37])",
              extra=(("Reply-To", addr("Marc Dubois", "marc.dubois@moulins-saintfons.fr")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(10), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-14 09:00", PARIS), end=utc("2026-10-14 09:45", PARIS),
      local="Wed 2026-10-14 09:00", local_end="2026-10-14 09:45", zone=PARIS,
      contact=None, company="Coopérative Agricole Drôme-Provence",
      note="Microsoft Bookings: the body's zone label '(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' "
           "shows the standard offset, but 14 Oct is summer time: 09:00-09:45 Paris = 07:00-07:45Z, which "
           "the ICS (Romance Standard Time) confirms; only the Bookings mailbox and a staff name -> null")
def bookings_cadp() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#201f1e">
        <p style="font-size:20px">Réservation confirmée</p>
        <p>Bonjour Léa Fabre,</p>
        <p>Merci d'avoir réservé un créneau auprès de Coopérative Agricole Drôme-Provence.</p>
        <table cellpadding="3" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Entretien de recrutement - Responsable données qualité</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>mercredi 14 octobre 2026</td></tr>
        <tr><td style="color:#605e5c">Heure</td><td>09:00 - 09:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Hélène Marchal</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Siège CADP, 3 avenue de Provence, 26000 Valence</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementCADP@cadp-coop.fr/bookings/">Gérer la réservation</a></p>
        <p style="font-size:12px;color:#605e5c">Optimisé par Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@TZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Recrutement CADP:mailto:RecrutementCADP@cadp-coop.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Fabre:mailto:lea.fabre@example.org
        DESCRIPTION;LANGUAGE=fr-FR:Entretien de recrutement - Responsable données qualité avec Hélène Marchal
        UID:040000008200E00074C5B7101A82E00800000000C0F1A2B3D44BDD01000000000000000010000000E5D1C2B3A4F5
        SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement - Responsable données qualité
        DTSTART;TZID=Romance Standard Time:20261014T090000
        DTEND;TZID=Romance Standard Time:20261014T094500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261008T082100Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Siège CADP\\, 3 avenue de Provence\\, 26000 Valence
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", vtz("Romance Standard Time", "W. Europe Standard Time"))
    hs = head(addr("Coopérative Agricole Drôme-Provence", "RecrutementCADP@cadp-coop.fr"),
              "Réservation confirmée : Entretien de recrutement - Responsable données qualité",
              "2026-10-08 10:21", PARIS,
              "<PR3P192MB0871C0F1A2B3D44B9E2A1C7DB8A12@PR3P192MB0871.EURP192.PROD.OUTLOOK.COM>",
              relay="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [40.107.22.101])",
              extra=(("Content-Language", "fr-FR"), ("X-MS-Exchange-Organization-BookingsId", "4f1b0c2e")))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@mail(N(11), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-11 14:00", PARIS), end=utc("2026-12-11 15:00", PARIS),
      local="Fri 2026-12-11 14:00", local_end="2026-12-11 15:00", zone=PARIS,
      contact="mathieu.perrin@biscuiterie-montaiguille.fr", company="Biscuiterie du Mont-Aiguille",
      note="Google Calendar invitation in French, 'ven. 11 déc. 2026 14:00 - 15:00 (CET)' -> "
           "13:00-14:00Z; organizer = hiring manager (From / Reply-To / ORGANIZER)")
def gcal_montaiguille() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entretien Léa Fabre - Analyste qualité & données (Grenoble)
        Quand : vendredi 11 déc. 2026 14:00 – 15:00 (heure normale d'Europe centrale - Paris)
        Où : Biscuiterie du Mont-Aiguille, 27 rue des Arts-et-Métiers, 38000 Grenoble (salle Chartreuse)
        Calendrier : lea.fabre@example.org
        Participants :
        * Mathieu Perrin - organisateur
        * lea.fabre@example.org
        * Nadia Bensaïd

        Bonjour Léa, comme convenu au téléphone, on se voit sur place. Demandez Mathieu à l'accueil.

        Accepter ou refuser l'invitation : https://calendar.google.com/calendar/event?action=RESPOND&eid=NWk4YjJzM2JmMGRrbjY

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail à l'adresse lea.fabre@example.org, car vous êtes invité à cet événement.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><meta itemprop="description" content="Entretien Léa Fabre - Analyste qualité &amp; données (Grenoble)"></span>
        <div style="font-family:Roboto,Arial,sans-serif"><table cellpadding="0" cellspacing="0" border="0">
        <tr><td><h2 style="font-size:16px">Entretien Léa Fabre - Analyste qualité &amp; données (Grenoble)</h2></td></tr>
        <tr><td><b>Quand</b></td><td>vendredi 11 déc. 2026 14:00 – 15:00 (heure normale d'Europe centrale - Paris)</td></tr>
        <tr><td><b>Où</b></td><td>Biscuiterie du Mont-Aiguille, 27 rue des Arts-et-Métiers, 38000 Grenoble (salle Chartreuse)</td></tr>
        <tr><td><b>Participants</b></td><td>Mathieu Perrin - organisateur<br>lea.fabre@example.org<br>Nadia Bensaïd</td></tr>
        </table>
        <p>Bonjour Léa, comme convenu au téléphone, on se voit sur place. Demandez Mathieu à l'accueil.</p>
        <p style="color:#888;font-size:11px">Invitation de Google Agenda</p></div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@TZ@@
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261211T140000
        DTEND;TZID=Europe/Paris:20261211T150000
        DTSTAMP:20261203T160512Z
        ORGANIZER;CN=Mathieu Perrin:mailto:mathieu.perrin@biscuiterie-montaiguille.fr
        UID:5i8b2s3bf0dkn6r1c9q7p4m2ab@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.fabre@example.org;X-NUM-GUESTS=0:mailto:lea.fabre@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadia Bensaïd;X-NUM-GUESTS=0:mailto:nadia.bensaid@biscuiterie-montaiguille.fr
        CREATED:20261203T160510Z
        LOCATION:Biscuiterie du Mont-Aiguille\\, 27 rue des Arts-et-Métiers\\, 38000 Grenoble (salle Chartreuse)
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entretien Léa Fabre - Analyste qualité & données (Grenoble)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", VTZ["Europe/Paris"])
    hs = head(addr("Mathieu Perrin", "mathieu.perrin@biscuiterie-montaiguille.fr"),
              "Invitation: Entretien Léa Fabre - Analyste qualité & données (Grenoble) @ ven. 11 déc. 2026 "
              "14:00 - 15:00 (CET) (lea.fabre@example.org)",
              "2026-12-03 17:05", PARIS, "<calendar-5c0e7a0b-19d4-4b8e-9f37-2a6c1d0e8b44@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", "mathieu.perrin@biscuiterie-montaiguille.fr")))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(12), family="exchange_outlook", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-19 16:00", PARIS), end=utc("2026-11-19 16:45", PARIS),
      local="Thu 2026-11-19 16:00", local_end="2026-11-19 16:45", zone=PARIS,
      contact="claire.bonnet@salaisons-lyonnaises.fr", company="Salaisons Lyonnaises",
      note="Outlook/Exchange meeting request with Teams block; the body only says 'jeudi prochain' "
           "(Date Fri 13 Nov -> Thu 19 Nov); the time is only in the ICS: 16:00-16:45 TZID 'Romance "
           "Standard Time' (CET) -> 15:00-15:45Z; contact = organizer/sender")
def exchange_salaisons() -> bytes:
    body = t("""
        Bonjour Léa,

        Comme convenu au téléphone, je vous envoie l'invitation pour notre entretien de jeudi prochain,
        en visio. Vous échangerez avec moi et avec Pierre Gauthier, notre responsable HACCP.

        Bonne fin de semaine,
        Claire

        Claire Bonnet
        Responsable Ressources Humaines
        Salaisons Lyonnaises - 40 quai Rambaud - 69002 Lyon
        Tél. 04 72 00 18 46

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
        Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE4YTQ2%40thread.v2/0>
        ID de la réunion : 381 224 907 115
        Code secret : pD4nE7
        Télécharger Teams<https://www.microsoft.com/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Léa,<o:p></o:p></p>
        <p class="MsoNormal">Comme convenu au téléphone, je vous envoie l'invitation pour notre entretien de jeudi prochain,
        en visio. Vous échangerez avec moi et avec Pierre Gauthier, notre responsable HACCP.<o:p></o:p></p>
        <p class="MsoNormal">Bonne fin de semaine,<br>Claire<o:p></o:p></p>
        <p class="MsoNormal"><b>Claire Bonnet</b><br>Responsable Ressources Humaines<br>Salaisons Lyonnaises - 40 quai Rambaud - 69002 Lyon<br>Tél. 04 72 00 18 46<o:p></o:p></p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700;color:#252424">Réunion Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE4YTQ2%40thread.v2/0">Cliquez ici pour rejoindre la réunion</a></div>
        <div>ID de la réunion : 381 224 907 115<br>Code secret : pD4nE7</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@TZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Claire Bonnet:mailto:claire.bonnet@salaisons-lyonnaises.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Fabre:mailto:lea.fabre@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pierre Gauthier:mailto:pierre.gauthier@salaisons-lyonnaises.fr
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Léa\\,\\n\\nComme convenu au téléphone\\, je vous envoie l'invitation pour notre entretien.\\n
        UID:040000008200E00074C5B7101A82E00800000000B07E6A33C85CDD0100000000000000001000000087F5E1C1B4A9
        SUMMARY;LANGUAGE=fr-FR:Entretien - Analyste données qualité (Léa Fabre)
        DTSTART;TZID=Romance Standard Time:20261119T160000
        DTEND;TZID=Romance Standard Time:20261119T164500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261113T100208Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121884563
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", vtz("Romance Standard Time", "W. Europe Standard Time"))
    hs = head(addr("Claire Bonnet", "claire.bonnet@salaisons-lyonnaises.fr"),
              "Entretien - Analyste données qualité (Léa Fabre)",
              "2026-11-13 11:02", PARIS,
              "<DB9PR02MB7216A41E3B0C9D8F7A61C2E1D8A52@DB9PR02MB7216.eurprd02.prod.outlook.com>",
              relay="from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2072.outbound.protection.outlook.com [40.107.249.72])",
              extra=(("Thread-Topic", enc("Entretien - Analyste données qualité (Léa Fabre)")),
                     ("Thread-Index", "AdtVq8mZ3lQ1cF2bS0ul1mP7kR9x2g=="),
                     ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page),
                           calendar(ics, cte="base64")))


@mail(N(13), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-29 14:00", PARIS), local="Tue 2026-09-29 14:00", zone=PARIS,
      contact="romain@pepitefromagere.fr", company="Pépite Fromagère",
      note="Founder's reply from his phone, tutoiement: 'demain en début d'aprem, 14h' with Date Mon "
           "28 Sep 09:12 +02:00 -> Tue 29 Sep 14:00 CEST = 12:00Z; no length; contact = sender")
def prose_pepite() -> bytes:
    body = t("""
        Top ! Alors demain en début d'aprem, 14h, chez nous (12 rue Jacquemart à Romans, 2e étage).
        Je serai avec Elsa, notre resp qualité, on te montrera l'atelier d'affinage en même temps.
        Tu sonnes à l'interphone "Pépite" 🙂

        Romain

        Envoyé de mon iPhone

        > Le 27 sept. 2026 à 21:34, Léa Fabre <lea.fabre@example.org> a écrit :
        >
        > Bonjour Romain,
        >
        > Merci pour ton message sur LinkedIn ! Oui, le poste data/qualité m'intéresse beaucoup.
        > Je suis dispo mardi ou mercredi après-midi si ça te va, je peux venir à Romans.
        >
        > Léa
        """)
    hs = head(addr("Romain Chabert", "romain@pepitefromagere.fr"), "Re: Poste data / qualité",
              "2026-09-28 09:12", PARIS, "<A81F0C2E-77D3-4B5E-9A61-2C4E0F7B1D93@pepitefromagere.fr>",
              relay="from smtp-out.ovh.net (smtp-out.ovh.net [46.105.40.17])",
              extra=(("In-Reply-To", "<b21c5d7e-0f44-4d2a-8c1a-7a9f1e2c3b40@example.org>"),
                     ("References", "<b21c5d7e-0f44-4d2a-8c1a-7a9f1e2c3b40@example.org>"),
                     ("X-Mailer", "iPhone Mail (23A341)")))
    return message(hs, text(body, params="format=flowed; delsp=yes"))


@mail(N(14), family="human_prose", lang="fr-BE", interview=True, kind="scheduled",
      start=utc("2026-11-13 10:00", "Europe/Brussels"), end=utc("2026-11-13 11:00", "Europe/Brussels"),
      local="Fri 2026-11-13 10:00", local_end="2026-11-13 11:00", zone="Europe/Brussels",
      contact="g.lambotte@biscuiterie-mosane.be", company="Biscuiterie Mosane",
      note="Belgian employer, text in iso-8859-15, Date Mon 9 Nov: 'vendredi 13 à 10h' = Fri 13 Nov, "
           "Brussels CET -> 09:00Z; 'durera une heure' -> end 10:00Z; the attached Outlook event is an "
           "all-day placeholder (DTSTART;VALUE=DATE 20261113), the time is only in the text; "
           "contact = sender")
def prose_mosane() -> bytes:
    body = t("""
        Chère Madame Fabre,

        Suite à notre entretien téléphonique de ce matin, je vous confirme votre entretien avec
        notre directeur qualité, Monsieur Olivier Dethier, vendredi 13 à 10h (heure belge, soit la
        même heure qu'en France). L'entretien se fera par Teams et durera une heure ; le lien vous
        parviendra jeudi.

        Nous aborderons votre expérience sur les non-conformités et le suivi des allergènes. Une
        petite étude de cas de septante-cinq lignes de données vous sera présentée pendant
        l'entretien, pas besoin de préparer quoi que ce soit.

        Au plaisir de faire votre connaissance.

        Bien à vous,

        Geneviève Lambotte
        Responsable RH
        Biscuiterie Mosane SA
        Rue du Fourneau 75 - 5500 Dinant
        GSM : +32 475 61 28 09
        """)
    hs = head(addr("Lambotte Geneviève", "g.lambotte@biscuiterie-mosane.be", "iso-8859-15"),
              "Confirmation entretien - Analyste qualité données", "2026-11-09 14:26", "Europe/Brussels",
              "<000f01dc52a1$4c1e2d80$e45a8880$@biscuiterie-mosane.be>",
              relay="from relay.skynet.be (relay.skynet.be [195.238.6.170])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-be")),
              charset="iso-8859-15")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=Lambotte Geneviève:mailto:g.lambotte@biscuiterie-mosane.be
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Fabre:mailto:lea.fabre@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dethier Olivier:mailto:o.dethier@biscuiterie-mosane.be
        UID:040000008200E00074C5B7101A82E00800000000F3C91D2A6B52DD0100000000000000001000000055E8D1A0C7B4
        SUMMARY;LANGUAGE=fr-BE:Entretien Mme Fabre - 10h Teams (O. Dethier)
        DTSTART;VALUE=DATE:20261113
        DTEND;VALUE=DATE:20261114
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261109T132644Z
        TRANSP:TRANSPARENT
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-BE:Teams
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(hs, alt(text(body, charset="iso-8859-15"), calendar(ics, cte="base64")))


@mail(N(15), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 08:00", "Pacific/Auckland"), end=utc("2026-12-01 08:45", "Pacific/Auckland"),
      local="Tue 2026-12-01 08:00", local_end="2026-12-01 08:45", zone="Pacific/Auckland",
      contact="hemi.walker@kowhaidairy.co.nz", company="Kōwhai Dairy Analytics",
      note="Hiring manager in Auckland: 'Tuesday 1 December at 8:00am NZ time' (NZDT, +13:00) = Mon "
           "30 Nov 19:00Z, the previous day in UTC (and 20:00 Mon in Valence, as the mail says); "
           "'45 minutes' -> end 19:45Z; Date is Wed 25 Nov in Auckland, still Tue 24 Nov in UTC")
def prose_kowhai() -> bytes:
    body = t("""
        Kia ora Léa,

        Lovely to hear back from you. Locking it in: Tuesday 1 December at 8:00am NZ time, which
        I make 8:00pm on Monday 30 November for you in Valence - apologies for the evening slot,
        it's the only overlap with our lab team. 45 minutes on Zoom, I'll send the link the day
        before.

        It'll be me and Aroha from our Hamilton plant. We'll mostly talk about how you'd set up
        the milk-quality KPIs across two sites, nothing to prepare.

        Ngā mihi,
        Hemi

        Hemi Walker
        Head of Data, Kōwhai Dairy Analytics
        Auckland, New Zealand

        On Tue, 24 Nov 2026 at 18:02, Léa Fabre <lea.fabre@example.org> wrote:
        > Hi Hemi,
        > Thanks for the note. Early mornings your time work best for me, so any evening here.
        > Léa
        """)
    hs = head(addr("Hemi Walker", "hemi.walker@kowhaidairy.co.nz"), "Re: Data Analyst role - next step",
              "2026-11-25 10:15", "Pacific/Auckland", "<CAJ7x2k0-fN3qL8pE1vWm4Rz9bT6yHc5uQ@mail.gmail.com>",
              relay="from mail-lj1-f181.google.com (mail-lj1-f181.google.com [209.85.208.181])",
              extra=(("In-Reply-To", "<3d90a6c1-2b7e-4f08-a1c5-9e6b2f7d0c12@example.org>"),
                     ("References", "<3d90a6c1-2b7e-4f08-a1c5-9e6b2f7d0c12@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(16), family="forward_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-25 09:30", PARIS), local="Wed 2026-11-25 09:30", zone=PARIS,
      contact="s.favier@huilerie-comtadine.fr", company="Huilerie Comtadine",
      note="Léa forwards to herself (example.net -> example.org) a recruiter's confirmation 'mercredi 25 "
           "novembre à 9h30' Avignon (CET) -> 08:30Z; contact = the recruiter in the forwarded header, "
           "never the candidate's own addresses")
def fwd_huilerie() -> bytes:
    body = t("""
        pour l'agenda + l'adresse, j'imprime le plan demain

        -------- Message transféré --------
        Sujet : 	Confirmation entretien - Assistante qualité données
        Date : 	Thu, 19 Nov 2026 16:40:12 +0100
        De : 	Sandrine Favier <s.favier@huilerie-comtadine.fr>
        Pour : 	Léa Fabre <lea.fabre@example.net>



        Bonjour Madame Fabre,

        Je vous confirme notre rendez-vous du mercredi 25 novembre à 9h30 dans nos locaux :
        Huilerie Comtadine, 45 route de Carpentras, 84140 Montfavet (Avignon).

        Vous serez reçue par Monsieur Lucas Arnaud, directeur du site, et moi-même.
        Merci de vous présenter à l'accueil du bâtiment administratif.

        Cordialement,

        Sandrine Favier
        Assistante RH - Huilerie Comtadine
        04 90 31 72 55
        """)
    hs = head(addr("Léa Fabre", "lea.fabre@example.net"), "Fwd: Confirmation entretien - Assistante qualité données",
              "2026-11-20 07:58", PARIS, "<5e1f8a2c-3b0d-4e79-a6c4-1f2d8b7e9a30@example.net>",
              relay="from smtp.example.net (smtp.example.net [192.0.2.25])",
              extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


# =========================================================================== positives: rescheduled


@mail(N(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-16 10:00", PARIS), end=utc("2026-10-16 11:00", PARIS),
      local="Fri 2026-10-16 10:00", local_end="2026-10-16 11:00", zone=PARIS,
      contact="olivia.grant@blueridgeprovisions.com", company="Blue Ridge Provisions",
      note="GoodTime reschedule sent from New York (EDT): old Thu 15 Oct 3:00 PM CEST, new Fri 16 Oct "
           "10:00-11:00 AM CEST (Europe/Paris) -> 08:00-09:00Z; ICS SEQUENCE:1 has the new slot; "
           "contact = coordinator Reply-To")
def goodtime_blueridge() -> bytes:
    body = t("""
        Hi Léa,

        Your interview with Blue Ridge Provisions has been rescheduled.

        PREVIOUS TIME (cancelled)
        Thursday, October 15, 2026, 3:00 PM - 4:00 PM CEST

        NEW TIME
        Friday, October 16, 2026, 10:00 AM - 11:00 AM CEST (Europe/Paris)

        Position: Senior Analyst, Food Safety Data (Lyon)
        Interviewer: Gabriel Lefèvre, EMEA Quality Director
        Location: Zoom - https://blueridge.zoom.us/j/93817260041

        An updated calendar invitation is attached. Questions? Reply to this email and it will
        reach Olivia Grant, your recruiting coordinator.

        Thanks,
        Blue Ridge Provisions Recruiting

        Scheduled with GoodTime
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        @@TZ@@
        BEGIN:VEVENT
        UID:gt-5b2f90c1-7d14-4e0a-bc11-63a1d2e4f8a7@goodtime.io
        DTSTAMP:20261012T121508Z
        SEQUENCE:1
        DTSTART;TZID=Europe/Paris:20261016T100000
        DTEND;TZID=Europe/Paris:20261016T110000
        SUMMARY:Blue Ridge Provisions - Interview with Gabriel Lefèvre (Léa Fabre)
        LOCATION:https://blueridge.zoom.us/j/93817260041
        ORGANIZER;CN=Olivia Grant:mailto:olivia.grant@blueridgeprovisions.com
        ATTENDEE;CN=Léa Fabre;RSVP=TRUE:mailto:lea.fabre@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", VTZ["Europe/Paris"])
    hs = head(addr("Blue Ridge Provisions Recruiting", "no-reply@goodtime.io"),
              "Rescheduled: Your interview with Blue Ridge Provisions",
              "2026-10-12 08:15", "America/New_York", "<0100019273c1e5a8-gt-4d1b@email.goodtime.io>",
              relay="from a27-14.smtp-out.us-west-2.amazonses.com ([54.240.27.14])",
              extra=(("Reply-To", addr("Olivia Grant", "olivia.grant@blueridgeprovisions.com")),))
    return message(hs, mixed(text(body), calendar(ics, cte="8bit", filename="interview.ics",
                                                  disposition="attachment")))


@mail(N(18), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-12 14:15", PARIS), local="Thu 2026-11-12 14:15", zone=PARIS,
      contact="a.masson@fromagerie-st-irenee.fr", company="Fromagerie Saint-Irénée",
      days=(("Thu", "2026-11-05"), ("Fri", "2026-10-30")),
      note="Outlook reply in windows-1252, Date Wed 4 Nov: the 'jeudi 5 novembre à 14 h 15' slot in "
           "the quoted mail moves to 'jeudi de la semaine d'après, le 12, même heure, même lieu' = Thu "
           "12 Nov 14:15 CET -> 13:15Z; agreed by phone, so rescheduled (not a proposal)")
def prose_irenee() -> bytes:
    body = t("""
        Bonjour Léa,

        Je suis désolé de m'y prendre si tard : notre audit IFS a été avancé à demain et je ne
        pourrai pas vous recevoir comme prévu.

        Comme convenu au téléphone tout à l'heure, on décale donc au jeudi de la semaine d'après,
        le 12, même heure, même lieu. C'est noté de mon côté, merci pour votre souplesse !

        Bien cordialement,

        Aurélien Masson
        Directeur qualité - Fromagerie Saint-Irénée
        8 montée du Gourguillon - 69005 Lyon

        De : Aurélien Masson
        Envoyé : vendredi 30 octobre 2026 11:20
        À : Léa Fabre <lea.fabre@example.org>
        Objet : Entretien jeudi 5 novembre

        Bonjour Léa,

        Je vous confirme votre entretien le jeudi 5 novembre à 14 h 15 à la fromagerie
        (8 montée du Gourguillon, Lyon 5e). Comptez une heure environ, visite de la cave comprise.

        Bien cordialement,
        Aurélien Masson
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="FR"><div class="WordSection1">
        <p class="MsoNormal">Bonjour Léa,</p>
        <p class="MsoNormal">Je suis désolé de m’y prendre si tard : notre audit IFS a été avancé à demain et je ne pourrai pas vous recevoir comme prévu.</p>
        <p class="MsoNormal">Comme convenu au téléphone tout à l’heure, on décale donc au jeudi de la semaine d’après, le 12, même heure, même lieu. C’est noté de mon côté, merci pour votre souplesse&nbsp;!</p>
        <p class="MsoNormal">Bien cordialement,</p>
        <p class="MsoNormal"><b>Aurélien Masson</b><br>Directeur qualité – Fromagerie Saint-Irénée<br>8 montée du Gourguillon – 69005 Lyon</p>
        <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
        <p class="MsoNormal"><b>De&nbsp;:</b> Aurélien Masson<br><b>Envoyé&nbsp;:</b> vendredi 30 octobre 2026 11:20<br>
        <b>À&nbsp;:</b> Léa Fabre &lt;lea.fabre@example.org&gt;<br><b>Objet&nbsp;:</b> Entretien jeudi 5 novembre</p></div>
        <p class="MsoNormal">Bonjour Léa,</p>
        <p class="MsoNormal">Je vous confirme votre entretien le jeudi 5 novembre à 14&nbsp;h&nbsp;15 à la fromagerie (8 montée du Gourguillon, Lyon 5e). Comptez une heure environ, visite de la cave comprise.</p>
        <p class="MsoNormal">Bien cordialement,<br>Aurélien Masson</p>
        </div></body></html>
        """)
    hs = head(addr("Aurélien Masson", "a.masson@fromagerie-st-irenee.fr", "windows-1252"),
              "RE: Entretien jeudi 5 novembre", "2026-11-04 08:47", PARIS,
              "<PAXPR08MB6990E3D1A7C25B4F91A0C6B2F7E40@PAXPR08MB6990.eurprd08.prod.outlook.com>",
              relay="from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2118.outbound.protection.outlook.com [40.107.105.118])",
              extra=(("In-Reply-To", "<PAXPR08MB6990B21F0A4C6E7D85C3A1E9F7D11@PAXPR08MB6990.eurprd08.prod.outlook.com>"),
                     ("Thread-Topic", "Entretien jeudi 5 novembre"), ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(19), family="recruitee", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-07 10:30", PARIS), end=utc("2026-12-07 11:15", PARIS),
      local="Mon 2026-12-07 10:30", local_end="2026-12-07 11:15", zone=PARIS,
      contact="pauline.ferrand@olivades-nyons.fr", company="Olivades de Nyons",
      days=(("Thu", "2026-12-03"),),
      note="Recruitee reschedule: old 'jeudi 3 décembre à 10h30', new 'lundi 7 décembre à 10h30', "
           "'45 minutes' -> 09:30-10:15Z (CET); contact = recruiter Reply-To")
def recruitee_olivades() -> bytes:
    body = t("""
        Bonjour Léa,

        Petit changement de programme : votre entretien initialement prévu le jeudi 3 décembre à
        10h30 est déplacé au lundi 7 décembre à 10h30. Le format ne change pas : visio Google Meet,
        45 minutes, avec Benoît Chauvet (responsable production) et moi-même.

        Lien : https://meet.google.com/xub-kqcn-zwr

        Toutes nos excuses pour ce décalage, et à lundi !

        Pauline Ferrand
        Chargée RH - Olivades de Nyons
        """)
    page = t("""
        <div style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1c2024;max-width:600px">
        <p>Bonjour Léa,</p>
        <p>Petit changement de programme : votre entretien initialement prévu le <s>jeudi 3 décembre à 10h30</s>
        est déplacé au <strong>lundi 7 décembre à 10h30</strong>. Le format ne change pas : visio Google Meet,
        45 minutes, avec Benoît Chauvet (responsable production) et moi-même.</p>
        <p>Lien : <a href="https://meet.google.com/xub-kqcn-zwr">https://meet.google.com/xub-kqcn-zwr</a></p>
        <p>Toutes nos excuses pour ce décalage, et à lundi !</p>
        <p>Pauline Ferrand<br>Chargée RH - Olivades de Nyons</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#9aa0a6">Envoyé avec Recruitee &middot; <a href="https://olivadesdenyons.recruitee.com">olivadesdenyons.recruitee.com</a></p>
        </div>
        """)
    hs = head(addr("Pauline Ferrand - Olivades de Nyons", "noreply@recruiteemail.com"),
              "Nouvel horaire pour votre entretien - Data analyst qualité",
              "2026-11-30 14:05", PARIS, "<20261130130502.1.a7c4e2f0b19d@mg.recruiteemail.com>",
              relay="from m42-8.mailgun.net (m42-8.mailgun.net [69.72.42.8])",
              extra=(("Reply-To", addr("Pauline Ferrand", "pauline.ferrand@olivades-nyons.fr")),))
    return message(hs, alt(text(body, cte="8bit"), html(page)))


@mail(N(20), family="ashby", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-09-10 15:30", "Europe/Stockholm"), end=utc("2026-09-10 16:30", "Europe/Stockholm"),
      local="Thu 2026-09-10 15:30", local_end="2026-09-10 16:30", zone="Europe/Stockholm",
      contact="elin.sandberg@norrskenfoods.se", company="Norrsken Foods",
      note="Ashby reschedule: previous Wed 9 Sep 1:00 PM, new Thu 10 Sep 3:30-4:30 PM CEST (Stockholm, "
           "+02:00) -> 13:30-14:30Z; ICS SEQUENCE:1; contact = Reply-To / ORGANIZER recruiter")
def ashby_norrsken() -> bytes:
    body = t("""
        Hi Léa,

        Your interview has been moved to a new time.

        Previous time: Wednesday, September 9, 2026, 1:00 PM - 2:00 PM CEST
        New time: Thursday, September 10, 2026, 3:30 PM - 4:30 PM CEST (Stockholm)

        Quality Data Analyst - Case study review
        Google Meet: https://meet.google.com/jna-ytre-wqs
        You'll meet with: Elin Sandberg (Talent Partner), Johan Lindqvist (Quality Analytics Lead)

        Questions? Just reply and it will reach Elin Sandberg.

        Thanks,
        Norrsken Foods Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Léa,</p>
        <p>Your interview has been moved to a new time.</p>
        <p><span style="color:#999">Previous time: <s>Wednesday, September 9, 2026, 1:00 PM - 2:00 PM CEST</s></span><br>
        <b>New time: Thursday, September 10, 2026, 3:30 PM - 4:30 PM CEST (Stockholm)</b></p>
        <p>Quality Data Analyst - Case study review<br>Google Meet: <a href="https://meet.google.com/jna-ytre-wqs">meet.google.com/jna-ytre-wqs</a><br>
        You'll meet with: Elin Sandberg (Talent Partner), Johan Lindqvist (Quality Analytics Lead)</p>
        <p>Questions? Just reply and it will reach Elin Sandberg.</p>
        <p>Thanks,<br>Norrsken Foods Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@TZ@@
        BEGIN:VEVENT
        UID:3f7e0a21-58cd-4b6e-9e02-c1d4a8b7f650
        DTSTAMP:20260904T142012Z
        DTSTART;TZID=Europe/Stockholm:20260910T153000
        DTEND;TZID=Europe/Stockholm:20260910T163000
        SEQUENCE:1
        SUMMARY:Norrsken Foods - Quality Data Analyst - Case study review
        LOCATION:Google Meet
        ORGANIZER;CN=Elin Sandberg:mailto:elin.sandberg@norrskenfoods.se
        ATTENDEE;CN=Léa Fabre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.fabre@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", VTZ["Europe/Stockholm"])
    hs = head(addr("Norrsken Foods", "no-reply@ashbyhq.com"),
              "Interview rescheduled: Quality Data Analyst at Norrsken Foods",
              "2026-09-04 16:20", "Europe/Stockholm",
              "<010001917b2c8e44-9a6d0f3e-22b1-4c77-8e5a-0b1f2d3c4e5f-000000@email.amazonses.com>",
              relay="from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
              extra=(("Reply-To", addr("Elin Sandberg", "elin.sandberg@norrskenfoods.se")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@mail(N(21), family="exchange_outlook", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-10-20 11:00", PARIS), end=utc("2026-10-20 12:00", PARIS),
      local="Tue 2026-10-20 11:00", local_end="2026-10-20 12:00", zone=PARIS,
      contact="stephane.roche@agrodauphine.fr", company="AgroDauphiné Ingrédients",
      note="Outlook cancellation (METHOD:CANCEL, STATUS:CANCELLED, 'Annulé :' subject) of 'mardi 20 "
           "octobre de 11h à 12h' (CEST, before the 25 Oct change) -> 09:00-10:00Z; post frozen, no new "
           "time; contact = organizer")
def exchange_cancel_agro() -> bytes:
    body = t("""
        Bonjour Léa,

        Je suis contraint d'annuler notre entretien de mardi 20 octobre de 11h à 12h. Le poste de
        Data Quality Analyst vient d'être gelé suite à une réorganisation interne, et je préfère
        vous prévenir tout de suite plutôt que de vous faire venir à Grenoble pour rien.

        Je reviens vers vous si la situation évolue d'ici la fin de l'année. Désolé pour ce
        contretemps.

        Stéphane Roche
        Responsable Qualité Groupe - AgroDauphiné Ingrédients
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@TZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Stéphane Roche:mailto:stephane.roche@agrodauphine.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Léa Fabre:mailto:lea.fabre@example.org
        DESCRIPTION;LANGUAGE=fr-FR:Je suis contraint d'annuler notre entretien.\\n
        UID:040000008200E00074C5B7101A82E008000000002A4D91C17C4FDD01000000000000000010000000B61E7A2C9D03
        SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien Léa Fabre - Data Quality Analyst
        DTSTART;TZID=Romance Standard Time:20261020T110000
        DTEND;TZID=Romance Standard Time:20261020T120000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261015T161045Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=fr-FR:Grenoble - salle Belledonne
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", vtz("Romance Standard Time", "W. Europe Standard Time"))
    hs = head(addr("Stéphane Roche", "stephane.roche@agrodauphine.fr"),
              "Annulé : Entretien Léa Fabre - Data Quality Analyst", "2026-10-15 18:10", PARIS,
              "<AM9PR07MB7203F1C6A2E84D0B57C91E4AA3B62@AM9PR07MB7203.eurprd07.prod.outlook.com>",
              relay="from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2090.outbound.protection.outlook.com [40.107.8.90])",
              extra=(("Thread-Topic", enc("Entretien Léa Fabre - Data Quality Analyst")),
                     ("Importance", "high"), ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-10 15:00", "Europe/London"), local="Thu 2026-12-10 15:00", zone="Europe/London",
      contact="sarah.oduya@irwellbakeries.co.uk", company="Irwell Bakeries",
      note="Recruiter cancels 'our call on Thursday at 3pm (UK time - 4pm for you)', Date Mon 7 Dec -> "
           "Thu 10 Dec 15:00 GMT = 15:00Z; process paused, no new time; contact = sender")
def prose_cancel_irwell() -> bytes:
    body = t("""
        Hi Léa,

        I'm really sorry to do this, but I need to cancel our call on Thursday at 3pm (UK time -
        4pm for you). The hiring manager has gone on unexpected leave and we've been asked to
        pause the Quality Data Analyst process until the new year.

        I'll be in touch with new times as soon as she's back - hopefully mid-January. Thanks
        for being so flexible, and apologies again.

        Best wishes,
        Sarah

        Sarah Oduya
        Talent Acquisition Lead | Irwell Bakeries Ltd
        Trafford Park, Manchester M17 1SN
        """)
    hs = head(addr("Sarah Oduya", "sarah.oduya@irwellbakeries.co.uk"),
              "Cancelling Thursday's interview - sorry!", "2026-12-07 09:40", "Europe/London",
              "<LO4P265MB5921C7E03B1A92D64F1A8E2DC4B11@LO4P265MB5921.GBRP265.PROD.OUTLOOK.COM>",
              relay="from GBR01-CWX-obe.outbound.protection.outlook.com (mail-cwxgbr01on2103.outbound.protection.outlook.com [40.107.121.103])")
    return message(hs, text(body, cte="8bit"))


@mail(N(23), family="taleo", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-11-23 09:00", PARIS), local="Mon 2026-11-23 09:00", zone=PARIS,
      contact="karine.lopez@gma-groupe.fr", company="Groupe Méridional Alimentaire",
      days=(("Thu", "2026-11-26"),),
      note="Taleo cancellation (HTML only, iso-8859-1) of 'lundi 23 novembre 2026 à 09h00', Marseille "
           "(CET) -> 08:00Z; a new slot 'jeudi 26 novembre à 15h00' is only proposed (to be confirmed), so "
           "kind stays cancelled with the cancelled slot; contact = address in the body")
def taleo_gma() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><table width="640" style="font-family:Tahoma,Arial;font-size:13px">
        <tr><td><img src="https://gma-groupe.taleo.net/careersection/theme/logo.gif" alt="Groupe Méridional Alimentaire"></td></tr>
        <tr><td>
        <p>Madame Fabre,</p>
        <p>Nous sommes au regret de vous informer que votre entretien pour le poste <b>Analyste Données
        Qualité Achats (réf. 2600712)</b>, prévu le <b>lundi 23 novembre 2026 à 09h00</b> sur notre site de
        Marseille (La Joliette), est annulé en raison d'un empêchement de dernière minute du jury.</p>
        <p>Nous souhaiterions vous proposer un nouveau créneau le jeudi 26 novembre à 15h00. Merci de nous
        confirmer votre disponibilité en écrivant à Mme Karine Lopez :
        <a href="mailto:karine.lopez@gma-groupe.fr">karine.lopez@gma-groupe.fr</a>.</p>
        <p>Nous vous prions de nous excuser pour ce désagrément.</p>
        <p>Cordialement,<br>Direction des Ressources Humaines<br>Groupe Méridional Alimentaire</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#888">Ce courriel a été envoyé automatiquement, merci de ne pas y répondre.</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Groupe Méridional Alimentaire", "noreply@taleo.net", "iso-8859-1"),
              "Annulation de votre entretien - Réf. 2600712", "2026-11-18 16:30", PARIS,
              "<1526448305.771932.1795017000114.JavaMail.taleo@phx-tlo-mail2>",
              relay="from mail2.taleo.net (mail2.taleo.net [160.34.16.52])", charset="iso-8859-1")
    return message(hs, html(page, charset="iso-8859-1"))


# =========================================================================== negatives


@mail(N(24), family="softgarden_rejection", lang="fr", interview=False, company="Sucres & Sirops du Rhône",
      days=(("Thu", "2026-09-24"),),
      note="softgarden rejection after an interview; the past interview date is mentioned, nothing is "
           "scheduled")
def softgarden_reject() -> bytes:
    body = t("""
        Bonjour Madame Fabre,

        Nous vous remercions de l'intérêt que vous portez à Sucres & Sirops du Rhône et du temps que
        vous nous avez consacré lors de l'entretien du jeudi 24 septembre.

        Après un examen attentif, nous avons décidé de poursuivre le processus avec une autre
        candidature, dont le profil correspond plus étroitement à nos besoins actuels en
        métrologie.

        Nous conservons votre dossier dans notre vivier de talents et ne manquerons pas de revenir
        vers vous si un poste correspondant à votre profil venait à s'ouvrir.

        Nous vous souhaitons plein succès dans vos recherches.

        Cordialement,
        L'équipe Recrutement
        Sucres & Sirops du Rhône

        Cet e-mail a été envoyé via softgarden. Gérer vos données : https://sucres-sirops-rhone.softgarden.io/fr/privacy
        """)
    hs = head(addr("Sucres & Sirops du Rhône", "noreply@softgarden.io"),
              "Votre candidature : Data Analyst Qualité (H/F) - Loriol-sur-Drôme",
              "2026-10-01 10:12", PARIS, "<sg.1727770320.88412.a2c4@mail.softgarden.io>",
              relay="from mout.softgarden.io (mout.softgarden.io [185.48.117.60])")
    return message(hs, alt(text(body), html(gmail_html(body).replace('dir="ltr"', 'style="font-family:Arial"'))))


@mail(N(25), family="offer", lang="en", interview=False, company="Duinveld Dairy Tech",
      days=(("Fri", "2026-11-13"), ("Mon", "2027-01-04")),
      note="Job offer after the Duinveld interview (thread with the Lever confirmation); a start date and "
           "a reply deadline, no interview")
def offer_duinveld() -> bytes:
    body = t("""
        Hi Léa,

        I'm delighted to let you know that Maaike and the team would love to have you on board as
        Quality Data Analyst (Remote). The formal offer letter is attached via DocuSign in a separate
        email; the headlines:

        - Start date: Monday 4 January 2027
        - Fully remote from France, with one week per quarter in Wageningen
        - Salary and benefits as discussed with me on the phone

        Could you let us know by Friday 13 November whether you'd like to accept? If you have any
        questions, I'm happy to jump on a call whenever suits you.

        Congratulations!
        Jasper

        Jasper de Wit
        Recruiter, Duinveld Dairy Tech
        """)
    hs = head(addr("Jasper de Wit", "jasper.dewit@duinveld.nl"), "Offer - Quality Data Analyst (Remote)",
              "2026-11-05 15:30", "Europe/Amsterdam", "<AS8PR10MB6417D2C1F0A93E7B5D40A1C2B9E61@AS8PR10MB6417.EURPRD10.PROD.OUTLOOK.COM>",
              relay="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2110.outbound.protection.outlook.com [40.107.104.110])")
    return message(hs, text(body, cte="8bit"))


@mail(N(26), family="join_receipt", lang="en", interview=False, company="Brotzeit Analytics",
      note="JOIN application receipt; mentions a possible interview in general terms only")
def join_receipt() -> bytes:
    body = t("""
        Hi Léa,

        Your application for Food Quality Data Analyst (remote, EU) at Brotzeit Analytics GmbH has
        been sent successfully.

        What happens next?
        The hiring team at Brotzeit Analytics reviews applications within 10 working days. If your
        profile is a match, they will contact you directly to invite you to an interview.

        Track your application: https://join.com/candidate/applications/9d3f1e

        Good luck!
        Your JOIN Team

        JOIN Solutions AG, Hardturmstrasse 161, 8005 Zürich, Switzerland
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,sans-serif;background:#f4f4f7">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:32px;border-radius:8px">
        <p>Hi Léa,</p>
        <p>Your application for <b>Food Quality Data Analyst (remote, EU)</b> at <b>Brotzeit Analytics GmbH</b> has been sent successfully.</p>
        <h3>What happens next?</h3>
        <p>The hiring team at Brotzeit Analytics reviews applications within 10 working days. If your profile is a match,
        they will contact you directly to invite you to an interview.</p>
        <p><a href="https://join.com/candidate/applications/9d3f1e" style="background:#2d5bff;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Track your application</a></p>
        <p>Good luck!<br>Your JOIN Team</p>
        <p style="font-size:11px;color:#999">JOIN Solutions AG, Hardturmstrasse 161, 8005 Zürich, Switzerland</p>
        </div></body></html>
        """)
    hs = head(addr("Brotzeit Analytics GmbH via JOIN", "noreply@join.com"),
              "Your application to Brotzeit Analytics GmbH was sent", "2026-09-15 21:48", PARIS,
              "<20260915194805.0f2a9c1e@join.com>",
              relay="from mail-eu.join.com (mail-eu.join.com [185.211.8.14])")
    return message(hs, alt(text(body), html(page)))


@mail(N(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board alert listing new offers around Valence; no employer, no interview")
def job_alert() -> bytes:
    body = t("""
        Bonjour Léa,

        8 nouvelles offres correspondent à votre alerte « data analyst qualité » autour de Valence (50 km).

        • Data Analyst Qualité & Performance (H/F) - Coopérative des Fruits de la Drôme - Étoile-sur-Rhône
          CDI · 38-42 k€ · Publiée il y a 2 jours
        • Technicien(ne) Qualité Données Laboratoire - Laboratoire Cerelab - Valence
          CDI · Entretien en visio possible · Publiée hier
        • Chargé(e) d'études statistiques qualité - Pâtes Alpines - Romans-sur-Isère
          CDD 12 mois · Publiée aujourd'hui
        • Ingénieur(e) Data Qualité Produit - Groupe Sud Lait - Lyon 7e
          CDI · Télétravail 2 j/sem. · Publiée il y a 3 jours

        Voir les 8 offres : https://www.jobsterroir.fr/alertes/a7f31/resultats

        Vous recevez cet e-mail car vous avez créé une alerte sur Jobs Terroir.
        Se désabonner : https://www.jobsterroir.fr/alertes/a7f31/stop
        """)
    hs = head(addr("Jobs Terroir", "alertes@jobsterroir.fr"),
              "8 nouvelles offres pour « data analyst qualité » autour de Valence",
              "2026-10-19 07:00", PARIS, "<alert.a7f31.20261019@mail.jobsterroir.fr>",
              relay="from mail.jobsterroir.fr (mail.jobsterroir.fr [198.51.100.87])",
              extra=(("List-Unsubscribe", "<https://www.jobsterroir.fr/alertes/a7f31/stop>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(28), family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Trade newsletter article on interview questions; its example 'entretien confirmé pour mardi "
           "10h' is illustrative, not an appointment")
def newsletter_qualimag() -> bytes:
    page = t("""
        <html><body style="margin:0;background:#eef2f0">
        <table width="620" align="center" style="background:#fff;font-family:Georgia,serif;font-size:15px;color:#223">
        <tr><td style="background:#1f5c4a;color:#fff;padding:18px;font-size:22px">QualiMag &middot; n°142</td></tr>
        <tr><td style="padding:22px">
        <h1 style="font-size:22px">Entretien d'embauche : les 7 questions qu'un directeur qualité vous posera</h1>
        <p>Votre entretien est confirmé pour mardi 10h ? Bonne nouvelle. Reste à préparer les questions qui
        reviennent systématiquement dans nos métiers : gestion d'une crise Listeria, arbitrage entre
        production et libération des lots, indicateurs de réclamations…</p>
        <p><a href="https://www.qualimag.fr/articles/entretien-7-questions">Lire l'article (6 min)</a></p>
        <h2 style="font-size:18px">Aussi dans ce numéro</h2>
        <ul>
        <li>IFS Food v8 : ce qui change pour vos audits en 2027</li>
        <li>Interview : « La data a changé notre plan HACCP » - trois responsables qualité témoignent</li>
        <li>Agenda : webinaire allergènes le jeudi 19 novembre à 11h</li>
        </ul>
        <p style="font-size:11px;color:#888">Vous recevez QualiMag car vous êtes abonnée à la lettre hebdomadaire.
        <a href="https://www.qualimag.fr/desabonnement?u=4471">Se désabonner</a></p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("QualiMag", "lettre@qualimag.fr"),
              "Entretien d'embauche : les 7 questions qu'un directeur qualité vous posera",
              "2026-11-05 06:30", PARIS, "<qm142.4471.20261105063000@news.qualimag.fr>",
              relay="from news.qualimag.fr (news.qualimag.fr [198.51.100.140])",
              extra=(("List-Id", "QualiMag hebdo <hebdo.qualimag.fr>"),
                     ("List-Unsubscribe", "<https://www.qualimag.fr/desabonnement?u=4471>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(N(29), family="greenhouse_availability", lang="en", interview=False, company="Harrowgate Provisions",
      note="Greenhouse availability request for the final round (thread with the Harrowgate "
           "confirmation): the candidate picks slots, nothing is fixed yet")
def gh_availability() -> bytes:
    body = t("""
        Hi Léa,

        Thanks again for Tuesday - Tom really enjoyed the conversation and we'd like to invite you to
        the final round (90 minutes, with our COO and two people from the supplier quality team).

        Could you please use the link below to let us know all the times you're available over the
        next two weeks? We'll confirm a slot as soon as everyone's calendars line up.

        https://app.greenhouse.io/availability/6b2c1e0f-4d7a-4a83-9f11-88b7d2e3c4a5

        Best,
        Priya

        Priya Nandakumar | Talent Partner
        Harrowgate Provisions Ltd
        """)
    hs = head(addr("Priya Nandakumar", "no-reply@us.greenhouse-mail.io"),
              "Harrowgate Provisions - please share your availability for the final round",
              "2026-09-18 11:02", "Europe/London", "<gh.8d0c2b41aa.88213047@us.greenhouse-mail.io>",
              relay="from o17.sg.greenhouse-mail.io (o17.sg.greenhouse-mail.io [167.89.33.17])",
              extra=(("Reply-To", addr("Priya Nandakumar", "priya.nandakumar@harrowgateprovisions.co.uk")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(30), family="recruiter_proposal", lang="en", interview=False, company="Norrsken Foods",
      note="Recruiter proposes 'Tuesday at 10' or Wednesday afternoon for a final round and waits for "
           "an answer: proposed, not confirmed")
def proposal_norrsken() -> bytes:
    body = t("""
        Hi Léa,

        Johan and the team were really impressed by your case study walkthrough on Thursday -
        thank you!

        For the final round with our COO, Karin, would Tuesday at 10 work for you? If not,
        Wednesday afternoon is also open. Let me know and I'll send an invite straight away.

        Have a great weekend,
        Elin

        Elin Sandberg
        Talent Partner | Norrsken Foods AB
        """)
    hs = head(addr("Elin Sandberg", "elin.sandberg@norrskenfoods.se"), "Final round - Quality Data Analyst",
              "2026-09-11 17:05", "Europe/Stockholm", "<CAOq1r3b-YhX7w2P0aK9dLzS8fQ4mNt6vE@mail.gmail.com>",
              relay="from mail-ed1-f48.google.com (mail-ed1-f48.google.com [209.85.208.48])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(31), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Unemployment-office follow-up appointment ('entretien de suivi') with a fixed time: not a job "
           "interview")
def job_centre() -> bytes:
    body = t("""
        Madame Fabre,

        Nous vous confirmons votre rendez-vous d'entretien de suivi avec votre conseillère,
        Mme Nathalie Brunel :

            le mardi 6 octobre 2026 à 9h15
            Maison de l'Emploi Valence Agglo - 4 rue Pierre Sémard - 26000 Valence (guichet 3)

        Merci de vous munir de votre CV à jour et de la liste des démarches effectuées depuis
        votre dernier rendez-vous. En cas d'empêchement, prévenez-nous au moins 48 heures à
        l'avance depuis votre espace personnel.

        Ceci est un message automatique, merci de ne pas y répondre.
        Maison de l'Emploi Valence Agglo
        """)
    hs = head(addr("Maison de l'Emploi Valence Agglo", "ne-pas-repondre@emploi-valence-agglo.fr", "iso-8859-1"),
              "Confirmation de votre rendez-vous - entretien de suivi", "2026-09-29 14:31", PARIS,
              "<rdv.3319874.20260929@emploi-valence-agglo.fr>",
              relay="from smtp.emploi-valence-agglo.fr (smtp.emploi-valence-agglo.fr [198.51.100.9])",
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(32), family="press", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="A journalist confirms an interview with Léa for an article (Thu 15 Oct 10h): press, not a "
           "job interview")
def press_echo() -> bytes:
    body = t("""
        Bonjour Léa,

        Merci d'avoir accepté de participer à notre dossier « Femmes de l'agroalimentaire drômois » !

        C'est donc confirmé pour l'interview jeudi 15 octobre à 10h, au café Le Comptoir, place des
        Clercs. Comptez 45 minutes d'échange, puis notre photographe, Yann, fera deux ou trois
        portraits sur la place.

        Je vous enverrai les citations pour relecture avant publication (prévue le 31 octobre).

        Bien à vous,
        Amandine Collet
        Journaliste - L'Écho Drômois
        06 71 24 55 90
        """)
    hs = head(addr("Amandine Collet", "a.collet@echo-dromois.fr"),
              "Interview pour notre dossier « Femmes de l'agroalimentaire »", "2026-10-09 12:14", PARIS,
              "<e1d0c7a2-8b3f-4c61-b5e9-0a2f7d4c6e18@echo-dromois.fr>",
              relay="from smtp.echo-dromois.fr (smtp.echo-dromois.fr [198.51.100.63])")
    return message(hs, text(body, cte="8bit"))


@mail(N(33), family="podcast", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Podcast host confirms a recording with Léa as guest (Google Calendar ICS, Tue 17 Nov 18:00): "
           "a fixed time, but a podcast 'interview', not a job interview")
def podcast_bald() -> bytes:
    body = t("""
        Salut Léa,

        Super, c'est calé ! Je t'envoie l'invitation pour l'enregistrement de l'épisode « Traçabilité :
        ce que les données disent vraiment » : mardi 17 novembre à 18h, sur Riverside, une heure.

        Quelques conseils : un casque filaire, une pièce sans écho, et un verre d'eau. On fera 10 minutes
        de test son avant de lancer l'interview.

        Merci encore d'avoir accepté !
        Kévin - Bon Appétit la Data (le podcast)
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@TZ@@
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261117T180000
        DTEND;TZID=Europe/Paris:20261117T190000
        DTSTAMP:20261110T201133Z
        ORGANIZER;CN=Kévin Morel:mailto:kevin@bonappetitladata.fr
        UID:0q2n8c4r7d1m5k9j3h6g2f0e1d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.fabre@example.org:mailto:lea.fabre@example.org
        LOCATION:https://riverside.fm/studio/bon-appetit-la-data
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Enregistrement podcast - interview Léa Fabre (épisode 37)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", VTZ["Europe/Paris"])
    hs = head(addr("Kévin Morel", "kevin@bonappetitladata.fr"),
              "Invitation: Enregistrement podcast - interview Léa Fabre (épisode 37) @ mar. 17 nov. 2026 18:00 - 19:00 (CET)",
              "2026-11-10 21:11", PARIS, "<calendar-7a1e2b90-44c3-4d6f-8e21-bf09c3d5a671@google.com>",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", "kevin@bonappetitladata.fr")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(N(34), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Admission interview for an executive master's programme (school jury, Thu 22 Oct 17h30): an "
           "'entretien d'admission', not a job interview")
def admission_esadl() -> bytes:
    body = t("""
        Madame,

        Nous avons le plaisir de vous informer que votre dossier de candidature à l'Executive Mastère
        « Management de la Qualité & Data en agroalimentaire » (rentrée janvier 2027) a été retenu.

        Votre entretien d'admission se tiendra le jeudi 22 octobre 2026 à 17h30, en visioconférence
        (Zoom, lien envoyé la veille). Il dure 30 minutes devant un jury de deux personnes :
        présentation de votre projet professionnel (10 min), puis échange.

        Merci de confirmer votre présence depuis votre espace candidat.

        Le service des admissions
        École Supérieure Agro & Data de Lyon
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{line}</p>" for line in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("ESADL - Admissions", "admissions@esadl.fr"),
              "Executive Mastère Qualité & Data - convocation à l'entretien d'admission",
              "2026-10-13 09:30", PARIS, "<adm-2027-0412.20261013073000@esadl.fr>",
              relay="from mx.esadl.fr (mx.esadl.fr [198.51.100.201])")
    return message(hs, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(N(35), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Volleyball club coach confirms a try-out (séance d'essai) Sat 12 Sep 10h: not a job interview")
def tryout_volley() -> bytes:
    body = t("""
        Salut Léa,

        C'est ok pour l'essai avec l'équipe régionale féminine : samedi 12 à 10h au gymnase
        Camille-Vernet (entrée côté parking). Prends tes genouillères et de l'eau, on fera 1h30
        de jeu puis on discute avec Sabrina, la capitaine.

        Si ça colle, on fait la licence dans la foulée (prévoir un certificat médical).

        A samedi !
        Yanis
        Entraîneur R1 F - Valence Volley Club
        """)
    hs = head(addr("Yanis Belkacem", "yanis.belkacem@valencevolley.fr"), "Essai samedi",
              "2026-09-07 20:41", PARIS, "<CAF8t1Qm-3vR0pN5wZ7xK2bD9yLc4eHs6uJ@mail.gmail.com>",
              relay="from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(36), family="car_service", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Garage booking confirmation (révision, Thu 1 Oct 8h30): fixed time, not an interview")
def car_service() -> bytes:
    body = t("""
        Bonjour Madame Fabre,

        Votre rendez-vous atelier est confirmé.

        Date : jeudi 1er octobre 2026 à 8h30
        Prestation : révision constructeur 60 000 km + permutation des pneus
        Véhicule : Peugeot 208 - FG-418-KT
        Garage Central Bourg-lès-Valence - 112 avenue Marc Urtin - 26500 Bourg-lès-Valence

        Merci de déposer votre véhicule à l'heure indiquée ; un véhicule de courtoisie vous attend.

        Pour modifier ou annuler : https://www.rdv-atelier.fr/g/garage-central-blv/m/8842
        """)
    hs = head(addr("Garage Central Bourg-lès-Valence", "no-reply@rdv-atelier.fr"),
              "Confirmation de votre rendez-vous atelier du 01/10/2026", "2026-09-24 18:15", PARIS,
              "<rdv.8842.1758730500@rdv-atelier.fr>",
              relay="from out.rdv-atelier.fr (out.rdv-atelier.fr [198.51.100.77])")
    return message(hs, text(body, charset="windows-1252"))


@mail(N(37), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Career coach's Google Calendar invite for a mock interview ('Simulation d'entretien', Tue 10 "
           "Nov 18:00-19:00, to prepare the Salaisons Lyonnaises interview): coaching, not a job interview")
def coach_mock() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Simulation d'entretien - Léa Fabre (prépa Salaisons Lyonnaises)
        Quand : mardi 10 nov. 2026 18:00 – 19:00 (heure normale d'Europe centrale - Paris)
        Où : Visio - https://meet.google.com/qhs-dmvb-pta
        Participants :
        * Céline Arnaud - organisateur
        * lea.fabre@example.org

        Léa, je jouerai la DRH puis le responsable HACCP. Prépare ton pitch de 2 minutes et deux
        exemples chiffrés. Séance 3/5 de ton accompagnement.

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @@TZ@@
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20261110T180000
        DTEND;TZID=Europe/Paris:20261110T190000
        DTSTAMP:20261106T093022Z
        ORGANIZER;CN=Céline Arnaud:mailto:celine@arnaud-coaching.fr
        UID:7h3k1m9p2q5r8s0t4v6w1x3y5z@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.fabre@example.org:mailto:lea.fabre@example.org
        LOCATION:https://meet.google.com/qhs-dmvb-pta
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Simulation d'entretien - Léa Fabre (prépa Salaisons Lyonnaises)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", VTZ["Europe/Paris"])
    hs = head(addr("Céline Arnaud", "celine@arnaud-coaching.fr"),
              "Invitation: Simulation d'entretien - Léa Fabre (prépa Salaisons Lyonnaises) @ mar. 10 nov. 2026 "
              "18:00 - 19:00 (CET) (lea.fabre@example.org)",
              "2026-11-06 10:30", PARIS, "<calendar-1b7c9e02-5a3d-4f8e-a6b2-7d0e4c9f1a35@google.com>",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", "celine@arnaud-coaching.fr")))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(38), family="forwarded_other", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="A friend forwards HER OWN Lever interview confirmation (attached message/rfc822, Thu 3 Dec "
           "11:00 CET) asking for advice: a real interview, but not Léa's")
def fwd_friend() -> bytes:
    inner_body = t("""
        Hi Mathilde,

        Great news - your interview with Pâtisseries Aurore is booked.

        What: Quality Engineer - panel interview
        When: Thursday, December 3, 11:00 - 12:00 (Paris time)
        Where: Pâtisseries Aurore, 5 rue de la Villette, 69003 Lyon

        Kind regards,
        Hugo Vasseur
        Talent Acquisition, Pâtisseries Aurore

        --
        Sent via Lever. Reply to this email to reach Hugo directly.
        """)
    inner = message([
        ("From", addr("Pâtisseries Aurore", "no-reply@hire.lever.co")),
        ("To", addr("Mathilde Giraud", "mathilde.giraud@example.com")),
        ("Subject", "Your interview with =?utf-8?q?P=C3=A2tisseries?= Aurore is confirmed"),
        ("Date", date("2026-11-26 10:12", PARIS)),
        ("Message-ID", "<20261126091207.5c2e0a7b1f@hire.lever.co>"),
        ("Reply-To", addr("Hugo Vasseur", "hugo.vasseur@patisseries-aurore.fr")),
    ], text(inner_body))
    body = t("""
        Léaaa regarde !!! J'ai enfin décroché un entretien chez Pâtisseries Aurore 🎉
        C'est jeudi prochain. Tu m'avais dit que tu connaissais quelqu'un dans leur équipe qualité ?
        Et tu as des conseils pour un "panel interview", j'en ai jamais fait...

        Bisous,
        Mathilde
        """)
    hs = head(addr("Mathilde Giraud", "mathilde.giraud@example.com"), "Fwd: regarde !!",
              "2026-11-26 19:47", PARIS, "<d2c7f0a1-9e3b-4b58-8a6d-1e2f3c4b5a69@example.com>",
              relay="from smtp.example.com (smtp.example.com [192.0.2.80])")
    return message(hs, mixed(text(body, cte="8bit"), attached_message(inner, "forwarded.eml")))


@mail(N(39), family="interviewer_invite", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Léa's manager at her current job asks her to sit on the jury interviewing an apprentice "
           "candidate (Exchange invite, Mon 16 Nov 14:00-14:45, Romance Standard Time): Léa is the "
           "interviewer, not the candidate")
def jury_valdrome() -> bytes:
    body = t("""
        Léa,

        Comme évoqué hier, tu peux être dans le jury pour l'alternant qualité ? Candidat : Hugo
        Lemaire (BUT Génie biologique, IUT de Valence). Je te transfère son CV dans la foulée.
        On fait 30 min d'échange et 15 min de questions techniques, tu gères la partie données.

        Merci !
        Fabrice

        Fabrice Moulin
        Responsable Qualité - Valdrôme Surgelés
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @@TZ@@
        BEGIN:VEVENT
        ORGANIZER;CN=Fabrice Moulin:mailto:fabrice.moulin@valdrome-surgeles.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Fabre:mailto:lea.fabre@valdrome-surgeles.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Lemaire:mailto:hugo.lemaire@example.net
        UID:040000008200E00074C5B7101A82E00800000000D41A6B7C2E5ADD01000000000000000010000000A1B2C3D4E5F6
        SUMMARY;LANGUAGE=fr-FR:Entretien candidat alternant qualité - Hugo Lemaire (jury : Fabrice\\, Léa)
        DTSTART;TZID=Romance Standard Time:20261116T140000
        DTEND;TZID=Romance Standard Time:20261116T144500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261110T163312Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Salle Vercors (bât. administratif)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", vtz("Romance Standard Time", "W. Europe Standard Time"))
    hs = head(addr("Fabrice Moulin", "fabrice.moulin@valdrome-surgeles.fr"),
              "Entretien candidat alternant qualité - Hugo Lemaire (jury : Fabrice, Léa)",
              "2026-11-10 17:33", PARIS,
              "<PR1PR05MB5113E6A2D4C7B90F3E81A7C2D5F90@PR1PR05MB5113.eurprd05.prod.outlook.com>",
              to=addr("Léa Fabre", "lea.fabre@valdrome-surgeles.fr"),
              relay="from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2131.outbound.protection.outlook.com [40.107.21.131])",
              extra=(("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"lea.fabre@valdrome-surgeles.fr {OWNER}"),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(N(40), family="auto_reply", lang="en", interview=False, company="Kornfeld Backwaren",
      days=(("Mon", "2026-11-16"),),
      note="Out-of-office auto-reply (German/English) from the Kornfeld recruiter to Léa's thank-you "
           "note after the interview; gives a return date, nothing scheduled")
def ooo_kornfeld() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag nicht im Büro und ab
        Montag, 16. November, wieder erreichbar.

        Thank you for your message. I am out of the office for the rest of the week and will be
        back on Monday, 16 November. For urgent questions about your application, please contact
        jobs@kornfeld-backwaren.de.

        Anja Keller
        People & Culture | Kornfeld Backwaren GmbH
        """)
    hs = head(addr("Anja Keller", "anja.keller@kornfeld-backwaren.de"),
              "Automatische Antwort: Thank you - Quality Data Analyst interview",
              "2026-11-12 14:05", "Europe/Berlin",
              "<FR3P281MB1528A7E0C2D94B1F6E3A0C9D8B7A2@FR3P281MB1528.DEUP281.PROD.OUTLOOK.COM>",
              relay="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2108.outbound.protection.outlook.com [40.107.135.108])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<8b1d3e7f-2a40-4c95-b6e1-0f9c2d8a7e53@example.org>"),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body))


@mail(N(41), family="bounce", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Postfix bounce (English boilerplate) of Léa's own French reply confirming the Calendly slot "
           "'jeudi 8 octobre à 10h30' to a misspelled address; the returned mail is attached: a "
           "delivery failure, not a confirmation from an employer")
def bounce_moulins() -> bytes:
    original = message([
        ("From", LEA),
        ("To", addr("Marc Dubois", "marc.dubios@moulins-saintfons.fr")),
        ("Subject", "Re: Entretien visio 30 min"),
        ("Date", date("2026-10-02 16:01", PARIS)),
        ("Message-ID", "<4c7e1a9b-3d2f-4e80-9a51-b6c0d2e8f713@example.org>"),
    ], text(t("""
        Bonjour Marc,

        Je vous confirme ma présence jeudi 8 octobre à 10h30 pour l'entretien en visio.
        Au plaisir d'échanger avec vous,

        Léa Fabre
        """)))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <marc.dubios@moulins-saintfons.fr>: host mx.moulins-saintfons.fr[198.51.100.30]
            said: 550 5.1.1 <marc.dubios@moulins-saintfons.fr>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Qk7Zr2m1Vz9
        Arrival-Date: Fri,  2 Oct 2026 16:01:04 +0200 (CEST)

        Final-Recipient: rfc822; marc.dubios@moulins-saintfons.fr
        Original-Recipient: rfc822;marc.dubios@moulins-saintfons.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.moulins-saintfons.fr
        Diagnostic-Code: smtp; 550 5.1.1 <marc.dubios@moulins-saintfons.fr>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    report = multipart("report",
                       raw_part([("Content-Description", "Notification"),
                                 ("Content-Type", "text/plain; charset=us-ascii")], notice),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    hs = head("MAILER-DAEMON@mx1.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
              "2026-10-02 16:01", PARIS, "<20261002140105.4Qk7Zr2m1Vz9@mx1.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(N(42), family="webinar", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Zoom webinar registration ('Réussir son entretien en visio', Thu 22 Oct 12:30 CEST) with an "
           "ICS: a fixed time about interviews, but a webinar")
def zoom_webinar() -> bytes:
    body = t("""
        Bonjour Léa Fabre,

        Merci de vous être inscrit(e) à « Réussir son entretien d'embauche en visio - spécial
        métiers de l'agroalimentaire ».

        Date et heure : 22 oct. 2026 12:30 PM Paris
        Rejoindre depuis un PC, Mac, iPad ou Android :
        https://us02web.zoom.us/w/86211904456?tk=Xb3rQm8Y
        Code secret : 447120

        Ajouter à : Google Agenda | Outlook Calendar (.ics) | Yahoo Agenda

        Vous pouvez annuler votre inscription à tout moment.

        Organisé par l'Association Régionale des Industries Alimentaires Drôme-Ardèche
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261015T080512Z
        DTSTART:20261022T103000Z
        DTEND:20261022T113000Z
        SUMMARY:Réussir son entretien d'embauche en visio - spécial métiers de l'agroalimentaire
        UID:20261015T080512Z-86211904456@zoom.us
        DESCRIPTION:Webinaire ARIA Drôme-Ardèche\\nhttps://us02web.zoom.us/w/86211904456?tk=Xb3rQm8Y
        LOCATION:https://us02web.zoom.us/w/86211904456?tk=Xb3rQm8Y
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("ARIA Drôme-Ardèche", "no-reply@zoom.us"),
              "Confirmation d'inscription au webinaire « Réussir son entretien d'embauche en visio »",
              "2026-10-15 10:05", PARIS, "<A8kQ3vYtRg2mZ0cW1pLx9w@zoom.us>",
              relay="from mailer.zoom.us (mailer.zoom.us [170.114.10.72])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method=None, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(43), family="team_event", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="All-day team seminar at Léa's current employer (Google Calendar, DTSTART;VALUE=DATE, Thu 3 "
           "Dec; 9h-17h in the text): a work event, not an interview")
def team_seminar() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Séminaire d'équipe Qualité 2027 - bilan & objectifs
        Quand : jeudi 3 déc. 2026 (toute la journée)
        Où : Gîte La Jasserie, Saint-Agnan-en-Vercors
        Participants :
        * Sandrine Martel - organisateur
        * lea.fabre@example.org
        * equipe-qualite@valdrome-surgeles.fr

        Départ en covoiturage 8h15 du parking de l'usine, journée 9h-17h, raclette à midi.
        Pensez à préparer vos 3 slides de bilan (et vos entretiens annuels si pas encore faits !).

        Invitation de Google Agenda : https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261203
        DTEND;VALUE=DATE:20261204
        DTSTAMP:20261119T081044Z
        ORGANIZER;CN=Sandrine Martel:mailto:sandrine.martel@valdrome-surgeles.fr
        UID:2k8d0f6h4j1l3n5p7r9t0v2x4z@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.fabre@example.org:mailto:lea.fabre@example.org
        LOCATION:Gîte La Jasserie\\, Saint-Agnan-en-Vercors
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Séminaire d'équipe Qualité 2027 - bilan & objectifs
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Sandrine Martel", "sandrine.martel@valdrome-surgeles.fr"),
              "Invitation: Séminaire d'équipe Qualité 2027 - bilan & objectifs @ jeu. 3 déc. 2026 (lea.fabre@example.org)",
              "2026-11-19 09:10", PARIS, "<calendar-93e1c0a4-7b2d-4f65-8c1a-0e5d2f7b9c46@google.com>",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                     ("Reply-To", "sandrine.martel@valdrome-surgeles.fr")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(N(44), family="medical", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Doctor's appointment booked online (Mon 12 Oct 17h40): fixed time, not an interview")
def doctor() -> bytes:
    body = t("""
        Bonjour Léa FABRE,

        Votre rendez-vous est confirmé :

        lundi 12 octobre 2026 à 17:40
        Dr Isabelle Faure - Médecin généraliste
        Cabinet médical des Baumes, 18 avenue Victor Hugo, 26000 Valence

        Motif : consultation de suivi
        Pensez à apporter votre carte Vitale.

        Empêchement ? Annulez au moins 4 heures à l'avance pour libérer le créneau :
        https://www.medirdv.fr/mes-rendez-vous/5528190

        MédiRDV - ne pas répondre à ce message
        """)
    hs = head(addr("MédiRDV", "ne-pas-repondre@medirdv.fr"),
              "Confirmation de votre rendez-vous du lundi 12 octobre avec Dr Isabelle Faure",
              "2026-10-05 21:20", PARIS, "<rdv-5528190.1759692000@notif.medirdv.fr>",
              relay="from notif.medirdv.fr (notif.medirdv.fr [198.51.100.150])")
    return message(hs, text(body, cte="base64"))


@mail(N(45), family="flat_viewing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Estate agent confirms a flat viewing in Lyon (Sat 7 Nov 11h): fixed time, not an interview")
def flat_viewing() -> bytes:
    body = t("""
        Bonjour Madame Fabre,

        Je vous confirme la visite du T3 rue Burdeau (Lyon 1er, réf. LB-2291) samedi 7 novembre à 11h.
        Rendez-vous devant le 14 rue Burdeau, je vous ouvrirai. Le propriétaire demande un dossier
        complet (trois derniers bulletins de salaire, avis d'imposition, pièce d'identité) ; si vous êtes
        en période d'essai ou en changement de poste, pensez à joindre la promesse d'embauche.

        Bonne journée,
        Marine Chevalier
        Immobilière des Pentes - 04 78 27 91 60
        """)
    hs = head(addr("Marine Chevalier", "m.chevalier@immo-pentes.fr"), "Visite T3 rue Burdeau - samedi 11h",
              "2026-11-03 16:48", PARIS, "<0a7f3b2e-6c19-4d8e-9b40-2e1f5a6c7d88@immo-pentes.fr>",
              relay="from smtp.immo-pentes.fr (smtp.immo-pentes.fr [198.51.100.98])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(N(46), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="School notification: meeting with Léa's son's teacher (Tue 17 Nov 16h45), called a "
           "'rendez-vous' / 'entretien individuel' - not a job interview")
def parent_teacher() -> bytes:
    page = t("""
        <html><body style="font-family:Arial;font-size:13px">
        <p><b>École élémentaire des Baumes - Classe de CE2 (Mme Roussel)</b></p>
        <p>Madame Fabre,</p>
        <p>Votre demande d'entretien individuel a été acceptée.</p>
        <p>Rendez-vous : <b>mardi 17 novembre 2026 à 16h45</b>, salle de classe CE2 (bâtiment B).<br>
        Élève : Noé Fabre<br>Durée prévue : 15 minutes</p>
        <p>Merci de vous présenter à l'heure : d'autres familles sont reçues à la suite.</p>
        <p style="color:#777">Message envoyé depuis l'ENT Écoles Drôme - ne pas répondre.</p>
        </body></html>
        """)
    hs = head(addr("ENT Écoles Drôme", "notification@ent-ecoles-drome.fr"),
              "[ENT] Rendez-vous parents - enseignante : mardi 17 novembre 16h45",
              "2026-11-12 18:02", PARIS, "<ent.notif.8823711@ent-ecoles-drome.fr>",
              relay="from mail.ent-ecoles-drome.fr (mail.ent-ecoles-drome.fr [198.51.100.180])")
    return message(hs, html(page, charset="iso-8859-1"))


@mail(N(47), family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Data meetup announced on a local mailing list (Thu 19 Nov 19h), with a talk about "
           "interviewing in data jobs: a meetup, not an interview")
def meetup_list() -> bytes:
    body = t("""
        Hello tout le monde,

        Prochain meetup Data Drôme le jeudi 19 novembre à 19h, au tiers-lieu L'Épicerie (Valence,
        quartier Latour-Maubourg). Au programme :

        - « Contrôle statistique de procédés avec R : retour d'expérience d'une conserverie »
        - « Recruter des data analysts : ce qu'on cherche vraiment en entretien » (lightning talk)

        Inscription (gratuite, 40 places) : https://www.meetup.example.com/data-drome/events/318
        Pizzas offertes par notre sponsor.

        Lucas, pour l'orga

        --
        Vous recevez ce message car vous êtes abonné(e) à la liste data-drome.
        Pour vous désabonner : data-drome-unsubscribe@lists.data-drome.org
        """)
    hs = head(addr("Lucas Perret", "lucas.perret@example.net"),
              "[data-drome] Meetup #14 - jeudi 19 novembre, SPC avec R + recrutement data",
              "2026-11-09 12:20", PARIS, "<9f2e6d1c-0b84-4a37-8c5e-3d7a1b2f4e60@example.net>",
              to="data-drome@lists.data-drome.org",
              relay="from lists.data-drome.org (lists.data-drome.org [198.51.100.222])",
              extra=(("List-Id", "Data Drome <data-drome.lists.data-drome.org>"),
                     ("List-Post", "<mailto:data-drome@lists.data-drome.org>"),
                     ("List-Unsubscribe", "<mailto:data-drome-unsubscribe@lists.data-drome.org>"),
                     ("Sender", "data-drome@lists.data-drome.org"), ("Precedence", "list")))
    return message(hs, text(body, cte="8bit"))


@mail(N(48), family="bank_advisor", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-10-09"),),
      note="Bank advisor meeting ('entretien conseil', Fri 9 Oct 11h) with an .ics: a fixed time called "
           "'entretien', but not a job interview")
def bank_advisor() -> bytes:
    body = t("""
        Madame Fabre,

        Nous vous confirmons votre rendez-vous « entretien conseil - projet immobilier » avec votre
        conseillère, Mme Laure Vincent :

        vendredi 9 octobre 2026 à 11h00, agence Valence Centre, 3 boulevard Bancel.

        Durée : 1 heure. Documents utiles : trois derniers relevés de compte, contrat de travail,
        dernier avis d'imposition.

        Banque Rhodanienne - service client
        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Banque Rhodanienne//RDV Agence//FR
        VERSION:2.0
        METHOD:PUBLISH
        @@TZ@@
        BEGIN:VEVENT
        UID:rdv-20261009-110000-lv-8813@banque-rhodanienne.fr
        DTSTAMP:20261002T071500Z
        DTSTART;TZID=Europe/Paris:20261009T110000
        DTEND;TZID=Europe/Paris:20261009T120000
        SUMMARY:Entretien conseil - projet immobilier (Mme Vincent)
        LOCATION:Agence Valence Centre\\, 3 boulevard Bancel\\, 26000 Valence
        END:VEVENT
        END:VCALENDAR
        """).replace("@@TZ@@", VTZ["Europe/Paris"])
    hs = head(addr("Banque Rhodanienne", "ne-pas-repondre@banque-rhodanienne.fr"),
              "Confirmation de votre rendez-vous en agence", "2026-10-02 09:15", PARIS,
              "<rdv.8813.20261002071500@banque-rhodanienne.fr>",
              relay="from mta2.banque-rhodanienne.fr (mta2.banque-rhodanienne.fr [198.51.100.33])")
    return message(hs, mixed(text(body, charset="iso-8859-15"),
                             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="rdv.ics",
                                      disposition="attachment")))


@mail(N(49), family="grant_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Loan-of-honour committee for Léa's side business (jam-making): 'entretien de 20 minutes' "
           "before the committee, Tue 8 Dec 14h30: a funding interview, not a job interview")
def grant_committee() -> bytes:
    body = t("""
        Bonjour Léa,

        Bonne nouvelle : votre dossier « Les Confitures de Léa » passera devant le comité d'agrément
        du mardi 8 décembre. Votre passage est fixé à 14h30 (arrivez 10 minutes avant), dans nos locaux
        du 9 rue Bouffier à Valence.

        Déroulé : 10 minutes de présentation de votre projet, puis 20 minutes d'entretien avec les
        membres du comité (banquiers, chefs d'entreprise). La décision vous sera communiquée le soir
        même par téléphone.

        N'hésitez pas à apporter quelques pots pour la dégustation, ça marche toujours !

        Jérôme Blanchard
        Chargé d'accompagnement - Initiative Vallée du Rhône
        """)
    hs = head(addr("Jérôme Blanchard", "j.blanchard@initiative-vallee-rhone.fr"),
              "Comité d'agrément du 8 décembre - votre passage", "2026-11-27 11:40", PARIS,
              "<5b0c2e7d-1f93-4a68-b2c4-8e9d0a1f3c57@initiative-vallee-rhone.fr>",
              relay="from smtp.initiative-vallee-rhone.fr (smtp.initiative-vallee-rhone.fr [198.51.100.119])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(50), family="recruiter_outreach", lang="fr", interview=False, company="Cabinet Horizon RH",
      note="Agency outreach for an unnamed client; asks for availability 'la semaine prochaine', nothing "
           "fixed; company = the agency (the client is not named)")
def outreach_horizon() -> bytes:
    body = t("""
        Bonjour Léa,

        Je me permets de vous contacter suite à la lecture de votre profil. J'accompagne actuellement un
        acteur majeur de la nutrition animale, basé au sud de Lyon, qui recrute un(e) Data Analyst
        Qualité pour structurer ses indicateurs de conformité (CDI, télétravail partiel).

        Votre expérience en industrie agroalimentaire me semble tout à fait correspondre. Seriez-vous
        disponible pour un premier échange téléphonique de 20 minutes la semaine prochaine ? Dites-moi
        simplement quels créneaux vous arrangent.

        Bien cordialement,

        Thomas Lefort
        Consultant recrutement - Cabinet Horizon RH
        Lyon - Grenoble - Valence
        """)
    hs = head(addr("Thomas Lefort", "t.lefort@horizon-rh.fr"),
              "Opportunité Data Analyst Qualité - sud de Lyon", "2026-09-21 10:03", PARIS,
              "<PR0P264MB2219B0E4D1A7C3F58E92B1A6C7D34@PR0P264MB2219.FRAP264.PROD.OUTLOOK.COM>",
              relay="from FRA01-PR2-obe.outbound.protection.outlook.com (mail-pr2fra01on2100.outbound.protection.outlook.com [40.107.12.100])",
              extra=(("Content-Language", "fr-FR"),))
    return message(hs, alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))
