"""blind212: a blind 50-mail set, the inbox of Romain Favre (Chambéry), September to December 2026.

Every mail is written by hand below (one function per mail); ``make.py`` does the MIME plumbing and
the label checks. Build and check with ``python3 bench/heldout/make_blind.py blind212``.
Written blind: without reading the detector, its tests, or the other held-out mails.
"""

from __future__ import annotations

import random

from make import (
    VTZ,
    Part,
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

ORDER = random.Random(2120212).sample(range(1, 51), 50)

ME = "romain.favre@example.org"
ME_H = addr("Romain Favre", ME)
PAR = "Europe/Paris"
GVA = "Europe/Zurich"
TRN = "Europe/Rome"
NYC = "America/New_York"
LON = "Europe/London"
VIE = "Europe/Vienna"


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"blind212_{ORDER[key - 1]:03d}"


def cet(tzid: str) -> str:
    """A Google/Thunderbird-style VTIMEZONE for a CET/CEST zone under another name."""
    return VTZ["Europe/Paris"].replace("Europe/Paris", tzid)


VTZ_ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")


def head(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, *, to: str = ME_H,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8", lag: int = 4) -> list[tuple[str, str]]:
    """The usual top of a delivered message: Delivered-To, Received, From/To/Subject/Date/Message-ID."""
    rid = mid.strip("<>").split("@")[0][-10:].replace(".", "").replace("-", "")
    return [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, f"mx2.example.org (Postfix) with ESMTPS id {rid}", ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-10 14:30", PAR), end=utc("2026-09-10 15:30", PAR),
      contact="hannah.forestier@lacustre-robotics.com", company="Lacustre Robotics",
      local="Thu 2026-09-10 14:30", local_end="2026-09-10 15:30", zone=PAR,
      note="Greenhouse on-site confirmation in Annecy; 'Thursday, September 10, 2:30 PM - 3:30 PM CEST' "
           "(summer, UTC+2) and the ICS (TZID Europe/Paris) agree; contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hi Romain,

        Thanks for scheduling your on-site interview with Lacustre Robotics. Here are the details:

        Position: Software Engineer, Fleet Operations
        When: Thursday, September 10, 2026, 2:30 PM - 3:30 PM CEST
        Where: Lacustre Robotics, 14 avenue du Rhone, 74000 Annecy (ask for Hannah at reception)

        Interviewers:
          Hannah Forestier - Talent Partner
          Malik Benhamou - Engineering Manager, Fleet Operations

        Please bring a photo ID; the building is badge-controlled. If you need to make a change,
        simply reply to this email.

        Best,
        Hannah Forestier
        Lacustre Robotics

        ---
        Sent via Greenhouse Recruiting. This email was sent to romain.favre@example.org.
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Romain,</p>
        <p>Thanks for scheduling your on-site interview with <b>Lacustre Robotics</b>. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#888">Position</td><td>Software Engineer, Fleet Operations</td></tr>
        <tr><td style="color:#888">When</td><td>Thursday, September 10, 2026, 2:30 PM - 3:30 PM CEST</td></tr>
        <tr><td style="color:#888">Where</td><td>Lacustre Robotics, 14 avenue du Rhone, 74000 Annecy
        (ask for Hannah at reception)</td></tr>
        </table>
        <p><b>Interviewers</b><br>Hannah Forestier &ndash; Talent Partner<br>
        Malik Benhamou &ndash; Engineering Manager, Fleet Operations</p>
        <p>Please bring a photo ID; the building is badge-controlled. If you need to make a change,
        simply reply to this email.</p>
        <p>Best,<br>Hannah Forestier<br>Lacustre Robotics</p>
        <p style="font-size:11px;color:#aaa">Sent via Greenhouse Recruiting. This email was sent to
        romain.favre@example.org.</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse//Greenhouse Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:gh-interview-61842093-onsite@greenhouse.io
DTSTAMP:20260907T141200Z
DTSTART;TZID=Europe/Paris:20260910T143000
DTEND;TZID=Europe/Paris:20260910T153000
SUMMARY:Interview: Romain Favre <> Lacustre Robotics (Software Engineer\\, Fleet Operations)
LOCATION:Lacustre Robotics\\, 14 avenue du Rhone\\, 74000 Annecy
ORGANIZER;CN=Hannah Forestier:mailto:hannah.forestier@lacustre-robotics.com
ATTENDEE;CN=Romain Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:romain.favre@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    body_part = mixed(alt(text(body), html(hbody)),
                      calendar(ics, filename="invite.ics", disposition="attachment", cte="base64"))
    h = head(addr("Lacustre Robotics", "no-reply@greenhouse.io"),
             "Interview Confirmation: Software Engineer, Fleet Operations at Lacustre Robotics",
             "2026-09-07 16:12", PAR, "<20260907141200.61842093.2f7c@geopod-ismtpd-3>",
             "from o3.ptr6120.greenhouse.io (o3.ptr6120.greenhouse.io [167.89.41.212])",
             extra=(("Reply-To", addr("Hannah Forestier", "hannah.forestier@lacustre-robotics.com")),
                    ("X-SG-EID", "u001.Qk3x9mZr2LwHf0aTeG7b")))
    return message(h, body_part)


@mail(n(2), family="lever", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-22 11:15", PAR), end=utc("2026-09-22 12:00", PAR),
      contact="ines.marchetti@saonelab.fr", company="Saônelab",
      local="Tue 2026-09-22 11:15", local_end="2026-09-22 12:00", zone=PAR,
      note="Lever, French: 'mardi 22 septembre 2026 à 11h15 (heure de Paris)', 'durée : 45 minutes' -> end "
           "12h00; CEST = UTC+2; contact = human Reply-To")
def m02() -> bytes:
    body = t("""
        Bonjour Romain,

        Merci pour votre disponibilité ! Votre entretien pour le poste de Développeur Python – Données
        de mobilité est confirmé :

        📅 mardi 22 septembre 2026 à 11h15 (heure de Paris)
        ⏱ durée : 45 minutes
        📍 Visio Google Meet : https://meet.google.com/qvd-hkxr-pmt

        Vous échangerez avec Inès Marchetti (Talent Acquisition) et Arnaud Vidal (Lead Data).

        Un empêchement ? Répondez simplement à ce message.

        À très vite,
        L'équipe recrutement Saônelab
        """)
    hbody = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;border-radius:6px">
        <p>Bonjour Romain,</p>
        <p>Merci pour votre disponibilité ! Votre entretien pour le poste de <strong>Développeur Python
        – Données de mobilité</strong> est confirmé&nbsp;:</p>
        <p>📅 mardi 22 septembre 2026 à 11h15 (heure de Paris)<br>
        ⏱ durée&nbsp;: 45 minutes<br>
        📍 Visio Google Meet&nbsp;: <a href="https://meet.google.com/qvd-hkxr-pmt">meet.google.com/qvd-hkxr-pmt</a></p>
        <p>Vous échangerez avec Inès Marchetti (Talent Acquisition) et Arnaud Vidal (Lead Data).</p>
        <p>Un empêchement&nbsp;? Répondez simplement à ce message.</p>
        <p>À très vite,<br>L'équipe recrutement Saônelab</p>
        </div>
        <p style="text-align:center;font-size:11px;color:#999">Powered by Lever</p>
        </body></html>
        """)
    h = head(addr("Saônelab", "no-reply@hire.lever.co"), "Confirmation de votre entretien – Saônelab",
             "2026-09-16 10:04", PAR, "<0100019192f0aa1b-7c1e5d2a-91b4-4e0f-a7c3-5e2d1b0f8a6c-000000@email.amazonses.com>",
             "from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
             extra=(("Reply-To", addr("Inès Marchetti", "ines.marchetti@saonelab.fr")),
                    ("List-Unsubscribe", "<https://hire.lever.co/email/unsubscribe/7f1c2e>")))
    return message(h, alt(text(body, cte="base64"), html(hbody, cte="base64")))


@mail(n(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 09:00", LON), end=utc("2026-10-27 10:00", LON),
      contact="owen.pryce@fellwalkmaps.co.uk", company="Fellwalk Maps",
      local="Tue 2026-10-27 09:00", local_end="2026-10-27 10:00", zone=LON,
      note="Ashby, London team, remote. Mail sent 20 Oct in BST; interview 27 Oct after the UK's return to "
           "GMT on 25 Oct: '9:00 - 10:00 AM GMT' = 09:00Z (the body also says 10:00 CET for Romain); ICS "
           "in UTC agrees; contact = Reply-To")
def m03() -> bytes:
    body = t("""
        Hi Romain,

        Your interview with Fellwalk Maps is confirmed. We're looking forward to speaking with you!

        Tuesday, October 27, 2026
        9:00 AM - 10:00 AM GMT (10:00 - 11:00 in Paris - the clocks will have changed by then)
        Google Meet: https://meet.google.com/wzo-ppqa-tre

        You'll meet with:
          Owen Pryce - Engineering Manager, Routing
          Siobhan Reid - Senior Backend Engineer

        This is a technical conversation about a system you've built; no live coding.

        Questions? Just reply and it will reach Owen Pryce.

        Thanks,
        Fellwalk Maps Recruiting
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:1f0c9a7e-55d2-4b8b-9f3e-8d1c2a6b7e40
DTSTAMP:20261020T163000Z
DTSTART:20261027T090000Z
DTEND:20261027T100000Z
SEQUENCE:0
SUMMARY:Fellwalk Maps - Backend Engineer (Routing) - Technical Interview
LOCATION:https://meet.google.com/wzo-ppqa-tre
ORGANIZER;CN=Owen Pryce:mailto:owen.pryce@fellwalkmaps.co.uk
ATTENDEE;CN=Romain Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:romain.favre@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Fellwalk Maps", "no-reply@ashbyhq.com"),
             "Interview confirmed: Backend Engineer (Routing) at Fellwalk Maps",
             "2026-10-20 17:30", LON, "<010001929cc1e0d4-3b7e2f90-2c0d-4f61-b8e1-0a9d7c5e3f12-000000@email.amazonses.com>",
             "from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
             extra=(("Reply-To", addr("Owen Pryce", "owen.pryce@fellwalkmaps.co.uk")),))
    return message(h, mixed(alt(text(body, cte="7bit"), html(gmail_html(body))),
                            calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(4), family="workday", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-03 10:00", GVA), end=utc("2026-12-03 11:30", GVA),
      contact="sandrine.vuilleumier@leman-transit.ch", company="Léman Transit Systems",
      local="Thu 2026-12-03 10:00", local_end="2026-12-03 11:30", zone=GVA,
      note="Workday, HTML only (base64), Geneva employer: 'jeudi 3 décembre 2026, de 10h00 à 11h30 (heure "
           "de Genève)', CET = UTC+1; sender is the tenant @myworkday.com, contact = recruiter address in "
           "the body. Moved later by the same recruiter (thread with the 'mardi 8' reschedule)")
def m04() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:13px">
        <tr><td style="background:#0b3c5d;color:#fff;padding:12px 18px;font-size:16px">Léman Transit Systems SA</td></tr>
        <tr><td style="padding:18px">
        <p>Monsieur Favre,</p>
        <p>Suite à l'examen de votre candidature pour le poste <b>Ingénieur logiciel – Systèmes d'exploitation
        temps réel (R-2026-0417)</b>, nous avons le plaisir de vous convier à un entretien&nbsp;:</p>
        <p><b>Date&nbsp;:</b> jeudi 3 décembre 2026<br>
        <b>Heure&nbsp;:</b> de 10h00 à 11h30 (heure de Genève)<br>
        <b>Lieu&nbsp;:</b> Route de Meyrin 112, 1217 Meyrin – accueil bâtiment B<br>
        <b>Participants&nbsp;:</b> Sandrine Vuilleumier (RH), Dr. Marc-André Python (Directeur technique)</p>
        <p>Pour toute question, vous pouvez contacter Mme Vuilleumier directement&nbsp;:
        <a href="mailto:sandrine.vuilleumier@leman-transit.ch">sandrine.vuilleumier@leman-transit.ch</a>
        / +41 22 555 14 80.</p>
        <p>Nous vous prions de confirmer votre présence depuis votre espace candidat.</p>
        <p>Avec nos meilleures salutations,<br>Ressources humaines<br>Léman Transit Systems SA</p>
        <p style="font-size:10px;color:#777">Ce message a été envoyé automatiquement ; merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    h = head(addr("Léman Transit Systems", "lemantransit@myworkday.com"),
             "Invitation à un entretien – Ingénieur logiciel (R-2026-0417)",
             "2026-11-26 09:40", GVA, "<1917845302.88412.1795682400118@wd5-prod-mx.myworkday.com>",
             "from wd5-prod-mx.myworkday.com (wd5-prod-mx.myworkday.com [216.124.255.41])")
    return message(h, html(hbody, cte="base64"))


@mail(n(5), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-05 09:00", PAR), end=utc("2026-10-05 09:45", PAR),
      contact="j.arnaud@iserecimes.fr", company="Isère Cimes Numérique",
      local="Mon 2026-10-05 09:00", local_end="2026-10-05 09:45", zone=PAR,
      note="SmartRecruiters, windows-1252 quoted-printable: 'lundi 5 octobre 2026, 9h00 – 9h45 (UTC+02:00 "
           "Paris)' = 07:00Z-07:45Z; contact = hiring manager's Reply-To")
def m05() -> bytes:
    body = t("""
        Bonjour Romain,

        Bonne nouvelle : votre entretien avec Isère Cimes Numérique est planifié.

        Poste : Développeur·se back-end – billetterie remontées mécaniques
        Type : entretien en visio (Microsoft Teams)
        Date : lundi 5 octobre 2026
        Horaire : 9h00 – 9h45 (UTC+02:00 Paris)
        Avec : Julien Arnaud, responsable d'équipe

        Le lien de connexion vous sera envoyé par Julien la veille de l'entretien.

        Cordialement,
        L'équipe Talent d'Isère Cimes Numérique

        Vous recevez ce message car vous avez postulé via SmartRecruiters.
        """)
    hbody = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px">
        <p>Bonjour Romain,</p>
        <p>Bonne nouvelle&nbsp;: votre entretien avec Isère Cimes Numérique est planifié.</p>
        <ul>
        <li><b>Poste&nbsp;:</b> Développeur·se back-end – billetterie remontées mécaniques</li>
        <li><b>Type&nbsp;:</b> entretien en visio (Microsoft Teams)</li>
        <li><b>Date&nbsp;:</b> lundi 5 octobre 2026</li>
        <li><b>Horaire&nbsp;:</b> 9h00 – 9h45 (UTC+02:00 Paris)</li>
        <li><b>Avec&nbsp;:</b> Julien Arnaud, responsable d'équipe</li>
        </ul>
        <p>Le lien de connexion vous sera envoyé par Julien la veille de l'entretien.</p>
        <p>Cordialement,<br>L'équipe Talent d'Isère Cimes Numérique</p>
        <p style="color:#999;font-size:11px">Vous recevez ce message car vous avez postulé via SmartRecruiters.</p>
        </body></html>
        """)
    h = head(addr("Isère Cimes Numérique", "noreply@smartrecruiters.com", "windows-1252"),
             "Votre entretien avec Isère Cimes Numérique est confirmé",
             "2026-09-29 15:22", PAR, "<5c81f0e2.3a9d.4b7e.9c11.e07a2f4d6b31@mail.smartrecruiters.com>",
             "from mail-out3.smartrecruiters.com (mail-out3.smartrecruiters.com [52.58.194.17])",
             charset="windows-1252",
             extra=(("Reply-To", addr("Julien Arnaud", "j.arnaud@iserecimes.fr")),))
    return message(h, alt(text(body, charset="windows-1252"), html(hbody, charset="windows-1252")))


@mail(n(6), family="personio", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-15 14:00", PAR), end=None,
      contact="claire.duparc@tournette-outdoor.com", company="Tournette Outdoor",
      local="Thu 2026-10-15 14:00", zone=PAR,
      note="Personio, French; the attached ICS is an all-day event (VALUE=DATE 20261015), the time is only in "
           "the text: 'jeudi 15 octobre à 14h' in Annecy, CEST -> 12:00Z; no length stated; contact = Reply-To")
def m06() -> bytes:
    body = t("""
        Bonjour Romain,

        Merci pour votre candidature au poste de Développeur full-stack (e-commerce outdoor).

        Nous avons le plaisir de vous confirmer votre entretien sur site :

        Quand : jeudi 15 octobre à 14h
        Où : Tournette Outdoor, 5 chemin des Fins, 74000 Annecy
        Avec : Claire Duparc (People & Culture) et Yann Morel (CTO)

        Le rendez-vous est ajouté à votre agenda en pièce jointe (journée entière, l'horaire est
        celui indiqué ci-dessus).

        Si vous avez des questions, répondez à cet e-mail.

        Belle journée,
        Claire Duparc
        People & Culture – Tournette Outdoor

        ---
        Cet e-mail a été envoyé via Personio.
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:personio-recruiting-2291744-interview@personio.de
DTSTAMP:20261009T081500Z
DTSTART;VALUE=DATE:20261015
DTEND;VALUE=DATE:20261016
SUMMARY:Entretien Tournette Outdoor (14h00)
LOCATION:5 chemin des Fins\\, 74000 Annecy
DESCRIPTION:Entretien sur site avec Claire Duparc et Yann Morel à 14h00.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Tournette Outdoor", "no-reply@personio.de"),
             "Votre entretien chez Tournette Outdoor",
             "2026-10-09 10:15", PAR, "<20261009081500.9f3a61c2b7@mail.personio.de>",
             "from mail.personio.de (mail.personio.de [18.196.33.150])",
             extra=(("Reply-To", addr("Claire Duparc", "claire.duparc@tournette-outdoor.com")),))
    return message(h, mixed(text(body, cte="8bit"),
                            calendar(ics, method="PUBLISH", filename="entretien.ics", disposition="attachment",
                                     cte="quoted-printable")))


VTZ_ROME = cet("Europe/Rome")


@mail(n(7), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 10:00", TRN), end=utc("2026-11-10 11:00", TRN),
      contact="giulia.ferrero@molesistemi.it", company="Mole Sistemi",
      local="Tue 2026-11-10 10:00", local_end="2026-11-10 11:00", zone=TRN,
      note="Teamtailor, Turin employer writing English: 'Tuesday 10 November, 10:00-11:00 CET (Turin time, "
           "same as Chambéry)' = 09:00Z; ICS TZID Europe/Rome agrees; contact = Reply-To")
def m07() -> bytes:
    body = t("""
        Hi Romain,

        Great news - your interview for the position Senior Python Developer (Snowmaking Control) has
        been booked.

        Date: Tuesday 10 November 2026
        Time: 10:00-11:00 CET (Turin time, same as Chambéry)
        Location: Video call - https://meet.molesistemi.it/colloquio-favre

        Interviewers: Giulia Ferrero (HR Business Partner), Davide Rinaldi (R&D Lead)

        If something comes up, just reply to this email and Giulia will help you find another time.

        Kind regards,
        Mole Sistemi S.r.l.
        Via Nizza 152, 10126 Torino
        """)
    hbody = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;max-width:600px;margin:auto">
        <h2 style="font-weight:600">Your interview is booked</h2>
        <p>Hi Romain,</p>
        <p>Great news - your interview for the position <strong>Senior Python Developer (Snowmaking Control)</strong>
        has been booked.</p>
        <table style="background:#f7f7f7;padding:12px;width:100%">
        <tr><td><strong>Date:</strong> Tuesday 10 November 2026</td></tr>
        <tr><td><strong>Time:</strong> 10:00-11:00 CET (Turin time, same as Chambéry)</td></tr>
        <tr><td><strong>Location:</strong> Video call -
        <a href="https://meet.molesistemi.it/colloquio-favre">meet.molesistemi.it/colloquio-favre</a></td></tr>
        </table>
        <p>Interviewers: Giulia Ferrero (HR Business Partner), Davide Rinaldi (R&amp;D Lead)</p>
        <p>If something comes up, just reply to this email and Giulia will help you find another time.</p>
        <p>Kind regards,<br>Mole Sistemi S.r.l.<br>Via Nizza 152, 10126 Torino</p>
        <p style="font-size:11px;color:#aaa">Sent with Teamtailor</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interviews//EN
METHOD:REQUEST
{VTZ_ROME}
BEGIN:VEVENT
UID:tt-interview-8812034@teamtailor.com
DTSTAMP:20261104T133000Z
DTSTART;TZID=Europe/Rome:20261110T100000
DTEND;TZID=Europe/Rome:20261110T110000
SUMMARY:Interview: Romain Favre - Senior Python Developer (Snowmaking Control)
LOCATION:https://meet.molesistemi.it/colloquio-favre
ORGANIZER;CN=Giulia Ferrero:mailto:giulia.ferrero@molesistemi.it
ATTENDEE;CN=Romain Favre;RSVP=TRUE:mailto:romain.favre@example.org
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Mole Sistemi", "no-reply@teamtailor-mail.com"),
             "Interview booked: Senior Python Developer (Snowmaking Control)",
             "2026-11-04 14:30", TRN, "<6731f0a2c4d1e_5a2b9f3e1c@teamtailor-app-7b9c.mail>",
             "from mail.teamtailor-mail.com (mail.teamtailor-mail.com [159.112.240.16])",
             extra=(("Reply-To", addr("Giulia Ferrero", "giulia.ferrero@molesistemi.it")),))
    return message(h, mixed(alt(text(body), html(hbody)),
                            calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(8), family="workable", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-14 16:30", PAR), end=utc("2026-10-14 17:15", PAR),
      contact="marion.cattin@niveole.fr", company="Nivéole",
      local="Wed 2026-10-14 16:30", local_end="2026-10-14 17:15", zone=PAR,
      note="Workable, French: 'mercredi 14 octobre 2026, 16h30 – 17h15 (Europe/Paris)', CEST -> 14:30Z; "
           "Reply-To is the Workable relay (+...@candidates.workablemail.com), not a person; contact = the "
           "address in the body. Follows the unconfirmed proposal from the same recruiter")
def m08() -> bytes:
    body = t("""
        Bonjour Romain,

        Votre entretien avec Nivéole est confirmé.

        Poste : Développeur·euse Python / Django – Plateforme de réservation
        Date : mercredi 14 octobre 2026
        Heure : 16h30 – 17h15 (Europe/Paris)
        Lieu : Nivéole, 12 rue de Boigne, 73000 Chambéry (2e étage, interphone « Nivéole »)

        Contact : Marion Cattin – marion.cattin@niveole.fr – 06 12 34 56 78

        À mercredi !
        Marion

        --
        Nivéole · via Workable
        """)
    h = head(addr("Nivéole", "noreply@candidates.workablemail.com"),
             "Entretien confirmé – Développeur·euse Python / Django",
             "2026-10-08 11:48", PAR, "<wk.3e91a7c2f0.candidate.8812@workablemail.com>",
             "from mail-out2.workablemail.com (mail-out2.workablemail.com [198.2.183.201])",
             extra=(("Reply-To", "niveole+c7f21e90a4@candidates.workablemail.com"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(9), family="icims", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-19 15:00", PAR), end=utc("2026-11-19 16:00", PAR),
      contact="aurelie.besson@fourviere-assurances.fr", company="Fourvière Assurances",
      local="Thu 2026-11-19 15:00", local_end="2026-11-19 16:00", zone=PAR,
      note="iCIMS, French: the body gives no time at all ('voir l'invitation ci-jointe'); the time is only in "
           "the ICS: DTSTART;TZID=Europe/Paris 20261119T150000, DTEND 160000 (CET, UTC+1); contact = human "
           "ICS ORGANIZER (sender is the iCIMS tenant address)")
def m09() -> bytes:
    body = t("""
        Bonjour Romain Favre,

        Nous vous remercions de l'intérêt que vous portez à Fourvière Assurances.

        Dans le cadre de votre candidature au poste « Développeur Python - Tarification (H/F) »
        (réf. 2026-DSI-0388), nous avons le plaisir de vous inviter à un entretien avec notre
        équipe. Vous trouverez en pièce jointe l'invitation correspondante : merci de l'accepter
        dans votre agenda pour confirmer votre participation.

        L'entretien se déroulera dans nos locaux : 4 quai Jean Moulin, 69001 Lyon.

        Cordialement,

        La Direction des Ressources Humaines
        Fourvière Assurances

        Ce message a été généré automatiquement par notre système de recrutement, merci de ne pas
        y répondre.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduler//FR
VERSION:2.0
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:icims-int-55012874-1@talent.icims.com
DTSTAMP:20261116T130500Z
DTSTART;TZID=Europe/Paris:20261119T150000
DTEND;TZID=Europe/Paris:20261119T160000
SUMMARY:Entretien - Développeur Python - Tarification (H/F) - Romain Favre
LOCATION:Fourvière Assurances\\, 4 quai Jean Moulin\\, 69001 Lyon - salle Saône
ORGANIZER;CN="Besson, Aurélie":mailto:aurelie.besson@fourviere-assurances.fr
ATTENDEE;CN=Romain Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:romain.favre@example.org
ATTENDEE;CN="Tissot, Guillaume";ROLE=REQ-PARTICIPANT:mailto:guillaume.tissot@fourviere-assurances.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Fourvière Assurances", "fourviere-assurances@talent.icims.com"),
             "Invitation à un entretien – Développeur Python – Tarification (H/F)",
             "2026-11-16 14:05", PAR, "<1779631500.55012874.JavaMail.icims@app-fr2.icims.com>",
             "from smtp-out6.icims.com (smtp-out6.icims.com [69.25.219.86])")
    return message(h, mixed(text(body, charset="iso-8859-15"),
                            calendar(ics, filename="invitation.ics", disposition="attachment", cte="base64")))


@mail(n(10), family="recruitee", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-10-26 10:30", PAR), end=utc("2026-10-26 11:00", PAR),
      contact="theo.rambaud@baugesdata.fr", company="Bauges Data",
      local="Mon 2026-10-26 10:30", local_end="2026-10-26 11:00", zone=PAR,
      days=(("Fri", "2026-10-23"),),
      note="Recruitee reschedule with old and new time: 'vendredi 23 octobre à 10h' -> 'lundi 26 octobre à "
           "10h30 (30 min)'. DST edge: the new slot is the day after France returns to CET (25 Oct), so "
           "10h30 = 09:30Z (the old one was CEST). Sender/Reply-To are Recruitee addresses; contact = the "
           "address in the signature")
def m10() -> bytes:
    body = t("""
        Bonjour Romain,

        Votre entretien avec Bauges Data a été modifié.

        Ancien créneau : vendredi 23 octobre à 10h
        Nouveau créneau : lundi 26 octobre à 10h30 (30 min)
        Format : visio – https://whereby.com/baugesdata-recrutement

        Désolé pour le changement, notre lead dev sera en déplacement vendredi. Pensez que l'on passe
        à l'heure d'hiver ce week-end !

        Théo Rambaud
        Talent Acquisition – Bauges Data
        theo.rambaud@baugesdata.fr
        """)
    hbody = t("""
        <div style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f2937">
        <p>Bonjour Romain,</p>
        <p>Votre entretien avec <b>Bauges Data</b> a été modifié.</p>
        <p><span style="color:#9ca3af">Ancien créneau&nbsp;: <s>vendredi 23 octobre à 10h</s></span><br>
        <b>Nouveau créneau&nbsp;: lundi 26 octobre à 10h30 (30 min)</b><br>
        Format&nbsp;: visio – <a href="https://whereby.com/baugesdata-recrutement">whereby.com/baugesdata-recrutement</a></p>
        <p>Désolé pour le changement, notre lead dev sera en déplacement vendredi. Pensez que l'on passe
        à l'heure d'hiver ce week-end&nbsp;!</p>
        <p>Théo Rambaud<br>Talent Acquisition – Bauges Data<br>
        <a href="mailto:theo.rambaud@baugesdata.fr">theo.rambaud@baugesdata.fr</a></p>
        <p style="font-size:11px;color:#9ca3af">Envoyé avec Recruitee</p>
        </div>
        """)
    h = head(addr("Théo Rambaud via Recruitee", "noreply@recruitee.com"),
             "Modification de votre entretien – Bauges Data",
             "2026-10-21 09:12", PAR, "<recruitee.offer-118233.candidate-9921405.interview-updated@mailer.recruitee.com>",
             "from mailer.recruitee.com (mailer.recruitee.com [35.157.81.204])",
             extra=(("Reply-To", "bauges-data.c9921405@inbound.recruitee.com"),))
    return message(h, alt(text(body), html(hbody)))


@mail(n(11), family="join", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-30 17:00", PAR), end=None,
      contact="lucas@pistes-and-co.fr", company="Pistes & Co",
      local="Wed 2026-09-30 17:00", zone=PAR,
      note="JOIN, French: 'mercredi 30 septembre 2026 à 17 h' (CEST -> 15:00Z); 'environ 20 minutes' is "
           "approximate so end null; sender is JOIN's no-reply, contact = the address in the body")
def m11() -> bytes:
    body = t("""
        Bonjour Romain,

        Pistes & Co a examiné votre candidature pour le poste « Développeur web – outils pour
        moniteurs de ski (CDI, Albertville) » et souhaite vous rencontrer.

        Votre entretien téléphonique est fixé au mercredi 30 septembre 2026 à 17 h.
        Lucas vous appellera au numéro indiqué dans votre profil. L'appel durera environ 20 minutes.

        Votre interlocuteur : Lucas Pellissier (lucas@pistes-and-co.fr)

        Bonne chance !
        L'équipe JOIN

        JOIN Solutions AG · Vous recevez cet e-mail parce que vous avez postulé via JOIN.
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5">
        <p>Bonjour Romain,</p>
        <p><b>Pistes &amp; Co</b> a examiné votre candidature pour le poste «&nbsp;Développeur web – outils pour
        moniteurs de ski (CDI, Albertville)&nbsp;» et souhaite vous rencontrer.</p>
        <p style="background:#eef6ff;padding:10px">Votre entretien téléphonique est fixé au
        <b>mercredi 30 septembre 2026 à 17&nbsp;h</b>.<br>Lucas vous appellera au numéro indiqué dans votre
        profil. L'appel durera environ 20 minutes.</p>
        <p>Votre interlocuteur&nbsp;: Lucas Pellissier (<a href="mailto:lucas@pistes-and-co.fr">lucas@pistes-and-co.fr</a>)</p>
        <p>Bonne chance&nbsp;!<br>L'équipe JOIN</p>
        <p style="font-size:11px;color:#888">JOIN Solutions AG · Vous recevez cet e-mail parce que vous avez postulé via JOIN.</p>
        </body></html>
        """)
    h = head(addr("JOIN", "noreply@join.com"),
             "Pistes & Co vous invite à un entretien téléphonique",
             "2026-09-25 08:30", PAR, "<20260925063000.7d1e0b.candidate-interview@join.com>",
             "from mail.join.com (mail.join.com [3.120.118.52])")
    return message(h, alt(text(body), html(hbody)))


VTZ_VIENNA = cet("Europe/Vienna")


@mail(n(12), family="softgarden", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-25 14:00", VIE), end=utc("2026-11-25 15:00", VIE),
      contact="k.moser@skirail-systems.at", company="Skirail Systems",
      local="Wed 2026-11-25 14:00", local_end="2026-11-25 15:00", zone=VIE,
      note="softgarden cancellation, English, Innsbruck team: the cancelled slot 'Wednesday, 25 November "
           "2026, 14:00 - 15:00 (CET)' = 13:00Z; position put on hold, no new time; ICS METHOD:CANCEL; "
           "contact = Reply-To")
def m12() -> bytes:
    body = t("""
        Dear Romain,

        Unfortunately we have to cancel your interview for the position "Backend Developer - Ropeway
        Telemetry (remote, EU)":

        Wednesday, 25 November 2026, 14:00 - 15:00 (CET)

        We have decided to put this position on hold until the next budget round. We are very sorry
        for the short notice. We will keep your application on file and get back to you if the role
        reopens in spring.

        Kind regards
        Katharina Moser
        People & Organisation
        Skirail Systems GmbH | Grabenweg 68 | 6020 Innsbruck | Austria

        This message was sent via softgarden.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//Interview//EN
METHOD:CANCEL
{VTZ_VIENNA}
BEGIN:VEVENT
UID:sg-appointment-3384120@softgarden.io
DTSTAMP:20261123T100200Z
DTSTART;TZID=Europe/Vienna:20261125T140000
DTEND;TZID=Europe/Vienna:20261125T150000
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Interview Skirail Systems GmbH - Backend Developer - Ropeway Telemetry
ORGANIZER;CN=Katharina Moser:mailto:k.moser@skirail-systems.at
ATTENDEE;CN=Romain Favre:mailto:romain.favre@example.org
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Skirail Systems GmbH", "noreply@softgarden.io"),
             "Cancelled: Interview Backend Developer - Ropeway Telemetry",
             "2026-11-23 11:02", VIE, "<sg.3384120.cancel.1795946520@mail.softgarden.io>",
             "from mail.softgarden.io (mail.softgarden.io [185.130.134.21])",
             extra=(("Reply-To", addr("Katharina Moser", "k.moser@skirail-systems.at")),))
    return message(h, mixed(text(body, charset="iso-8859-1"),
                            calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@mail(n(13), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 10:00", NYC), end=utc("2026-10-29 11:30", NYC),
      contact="dana.whitfield@trailheadmetrics.com", company="Trailhead Metrics",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:30", zone=NYC,
      note="GoodTime itinerary, New York team, two back-to-back sessions 10:00-10:45 and 10:45-11:30 AM EDT "
           "-> first start to last end. DST gap week: US still on EDT (until 1 Nov) while France is on "
           "CET since 25 Oct, so 10:00 EDT = 14:00Z = 15:00 in Chambéry (as the mail says); ICS agrees; "
           "contact = Reply-To coordinator")
def m13() -> bytes:
    body = t("""
        Hi Romain,

        Your interview with Trailhead Metrics is confirmed. Please find your itinerary below.

        Thursday, October 29, 2026
        Times shown in Eastern Time (EDT). In Chambéry that is 3:00 PM - 4:30 PM (CET).

          10:00 AM - 10:45 AM EDT   System design        Priya Natarajan, Staff Engineer
          10:45 AM - 11:30 AM EDT   Hiring manager       Tom Okafor, Director of Engineering

        Join with Zoom: https://trailheadmetrics.zoom.us/j/84120937714

        Heads-up: our clocks change on November 1, yours already changed on October 25, so the gap
        is 5 hours this week instead of the usual 6.

        Need to reschedule? Reply to this email.

        Dana Whitfield
        Recruiting Coordinator, Trailhead Metrics
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gt-7e11c0f4-5a9b-4d12-8c3e-2b6f0d9a1e77
DTSTAMP:20261026T192000Z
DTSTART;TZID=America/New_York:20261029T100000
DTEND;TZID=America/New_York:20261029T113000
SUMMARY:Trailhead Metrics - Interview with Romain Favre
LOCATION:https://trailheadmetrics.zoom.us/j/84120937714
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@trailheadmetrics.com
ATTENDEE;CN=Romain Favre;RSVP=TRUE:mailto:romain.favre@example.org
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Trailhead Metrics Recruiting", "no-reply@goodtime.io"),
             "Interview Confirmation - Trailhead Metrics - Thursday, October 29",
             "2026-10-26 15:20", NYC, "<0100019a1f33c2e8-8f0d1b2a-6c4e-4b9a-a1d7-3e5f2c8b0d91-000000@email.goodtime.io>",
             "from a48-112.smtp-out.us-west-2.amazonses.com (a48-112.smtp-out.us-west-2.amazonses.com [54.240.48.112])",
             extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@trailheadmetrics.com")),))
    return message(h, mixed(alt(text(body), html(gmail_html(body))),
                            calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(14), family="calendly", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-11-17 09:30", PAR), end=utc("2026-11-17 10:00", PAR),
      contact="paul.girod@cairnlogiciels.fr", company="Cairn Logiciels",
      local="Tue 2026-11-17 09:30", local_end="2026-11-17 10:00", zone=PAR,
      days=(("Mon", "2026-11-16"),),
      note="Calendly 'Événement reprogrammé' (invitee side, French): former 'lundi 16 novembre 2026, 09:00' "
           "struck, new '09:30 - 10:00, mardi 17 novembre 2026 (heure d'Europe centrale)' = 08:30Z; ICS in "
           "UTC agrees; contact = the host's Reply-To")
def m14() -> bytes:
    body = t("""
        Bonjour Romain Favre,

        Votre événement a été reprogrammé.

        Type d'événement :
        Entretien – Développeur backend (30 min)

        Invité :
        Paul Girod

        Ancienne date/heure :
        09:00 - 09:30, lundi 16 novembre 2026 (heure d'Europe centrale) (annulé)

        Nouvelle date/heure :
        09:30 - 10:00, mardi 17 novembre 2026 (heure d'Europe centrale)

        Emplacement :
        Cet événement est une réunion Google Meet. Les détails de connexion sont dans l'invitation.

        Motif du changement :
        « Petit conflit avec notre point d'équipe, désolé ! — Paul »

        Annuler ou reprogrammer : https://calendly.com/cancellations/3f0a9e21-7c44-4d1b-b2aa-0c5f6e1d9b82

        Propulsé par Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:3f0a9e21-7c44-4d1b-b2aa-0c5f6e1d9b82@calendly.com
DTSTAMP:20261113T174000Z
DTSTART:20261117T083000Z
DTEND:20261117T090000Z
SEQUENCE:1
SUMMARY:Entretien – Développeur backend entre Paul Girod et Romain Favre
ORGANIZER;CN=Paul Girod:mailto:paul.girod@cairnlogiciels.fr
ATTENDEE;CN=Romain Favre;RSVP=TRUE:mailto:romain.favre@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Calendly", "notifications@calendly.com"),
             "Événement reprogrammé : Entretien – Développeur backend à 09:30 le mardi 17 novembre 2026",
             "2026-11-13 18:40", PAR, "<calendly.3f0a9e21.rescheduled.invitee@mail.calendly.com>",
             "from o2.mail.calendly.com (o2.mail.calendly.com [167.89.104.55])",
             extra=(("Reply-To", addr("Paul Girod", "paul.girod@cairnlogiciels.fr")),))
    return message(h, mixed(alt(text(body), html(gmail_html(body))),
                            calendar(ics, filename="invite.ics", disposition="attachment", cte="8bit")))


@mail(n(15), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-21 11:00", PAR), end=utc("2026-10-21 11:45", PAR),
      contact=None, company="Cofralp Ingénierie",
      local="Wed 2026-10-21 11:00", local_end="2026-10-21 11:45", zone=PAR,
      note="Microsoft Bookings, French: '21/10/2026 11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' "
           "- the zone label shows the standard offset but 21 Oct is still CEST, so 11:00 = 09:00Z (the ICS, "
           "Romance Standard Time, agrees); 45 minutes -> end; only a Bookings mailbox and a staff name, no "
           "personal address -> contact null")
def m15() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#201f1e">
        <p style="font-size:20px">Votre rendez-vous est confirmé</p>
        <p>Bonjour Romain Favre,</p>
        <p>Merci d'avoir réservé auprès de <b>Recrutement Cofralp Ingénierie</b>.</p>
        <table cellpadding="3">
        <tr><td style="color:#605e5c">Service</td><td>Entretien – Ingénieur logiciel supervision (45 minutes)</td></tr>
        <tr><td style="color:#605e5c">Date et heure</td><td>21/10/2026 11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Personnel</td><td>Nadia Chevallier</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Réunion Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4ZjQ2">Rejoindre la réunion Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/RecrutementCofralp@cofralp.onmicrosoft.com/bookings/">Gérer la réservation</a></p>
        <p style="font-size:11px;color:#a19f9d">Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Recrutement Cofralp Ingénierie:mailto:RecrutementCofralp@cofralp.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Romain Favre:mailto:romain.favre@example.org
DESCRIPTION;LANGUAGE=fr-FR:Entretien – Ingénieur logiciel supervision
UID:040000008200E00074C5B7101A82E0080000000090F1E2C3D4A5DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=fr-FR:Entretien – Ingénieur logiciel supervision
DTSTART;TZID=Romance Standard Time:20261021T110000
DTEND;TZID=Romance Standard Time:20261021T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261016T100300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Recrutement Cofralp Ingénierie", "RecrutementCofralp@cofralp.onmicrosoft.com"),
             "Rendez-vous confirmé : Entretien – Ingénieur logiciel supervision",
             "2026-10-16 12:03", PAR, "<PR3P195MB0801A4C2E7F1B09D3E6A8B11C9D2A@PR3P195MB0801.EURP195.PROD.OUTLOOK.COM>",
             "from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2072.outbound.protection.outlook.com [40.107.20.72])",
             extra=(("X-MS-Exchange-Organization-SCL", "-1"),
                    ("X-MS-Has-Attach", "yes"),
                    ("Content-Language", "fr-FR")))
    return message(h, mixed(html(hbody, cte="base64"),
                            calendar(ics, filename="invite.ics", cte="base64")))


@mail(n(16), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-12-08 14:00", PAR), end=utc("2026-12-08 15:00", PAR),
      contact="mathilde.roux@vercors-analytics.fr", company="Vercors Analytics",
      local="Tue 2026-12-08 14:00", local_end="2026-12-08 15:00", zone=PAR,
      note="Google Calendar invitation in French: 'mar. 8 déc. 2026 14:00 - 15:00 (heure normale d'Europe "
           "centrale)' = 13:00Z; ICS (inline and attached) agrees; contact = the organizer (human sender)")
def m16() -> bytes:
    body = t("""
        Mathilde Roux vous a invité à l'événement suivant.

        Entretien technique – Romain Favre / Vercors Analytics
        Quand
        mar. 8 déc. 2026 14:00 – 15:00 (heure normale d'Europe centrale - Paris)

        Participer avec Google Meet
        https://meet.google.com/bnx-wqeo-kdz

        Invités
        Mathilde Roux - organisateur
        Romain Favre
        Karim Haddou

        Bonjour Romain, comme convenu au téléphone : 1h avec Karim et moi, on regardera ensemble un petit
        exercice de modélisation (pas de code en direct). À mardi !

        Afficher tous les détails de l'événement
        https://calendar.google.com/calendar/event?action=VIEW&eid=M2dzN2VqYjRmYzhxMjBhbmFqb3Q

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de
        notifications pour cet événement, refusez-le.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261208T140000
DTEND;TZID=Europe/Paris:20261208T150000
DTSTAMP:20261202T161500Z
ORGANIZER;CN=Mathilde Roux:mailto:mathilde.roux@vercors-analytics.fr
UID:3gs7ejb4fc8q20anajot9k1mlv@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=romain.favre@example.org;X-NUM-GUESTS=0:mailto:romain.favre@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Karim Haddou;X-NUM-GUESTS=0:mailto:karim.haddou@vercors-analytics.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mathilde Roux;X-NUM-GUESTS=0:mailto:mathilde.roux@vercors-analytics.fr
DESCRIPTION:Bonjour Romain\\, comme convenu au téléphone : 1h avec Karim et moi.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien technique – Romain Favre / Vercors Analytics
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Mathilde Roux", "mathilde.roux@vercors-analytics.fr"),
             "Invitation: Entretien technique – Romain Favre / Vercors Analytics @ mar. 8 déc. 2026 "
             "14:00 - 15:00 (CET) (romain.favre@example.org)",
             "2026-12-02 17:15", PAR, "<calendar-7b2e41d9-3c0a-4f5e-9d11-a8c6e2f0b347@google.com>",
             "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=(("Reply-To", addr("Mathilde Roux", "mathilde.roux@vercors-analytics.fr")),
                    ("Sender", "Google Agenda <calendar-notification@google.com>")))
    inner = alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64"))
    return message(h, mixed(inner, calendar(ics, method="REQUEST", ctype="application/ics",
                                            filename="invite.ics", disposition="attachment", cte="base64",
                                            name_param=True)))


@mail(n(17), family="exchange_teams", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-10 14:30", PAR), end=utc("2026-12-10 15:30", PAR),
      contact="stephane.blanc@ds-beaufortain.fr", company="Domaines Skiables du Beaufortain",
      local="Thu 2026-12-10 14:30", local_end="2026-12-10 15:30", zone=PAR,
      days=(("Wed", "2026-12-09"),),
      note="Exchange meeting update ('Mis à jour :', SEQUENCE 1, Teams): moved from 'mercredi 9 décembre 14h' "
           "to 'jeudi 10 décembre 2026 14:30-15:30 (UTC+01:00)'; CET -> 13:30Z; ICS with Windows zone "
           "'Romance Standard Time' agrees; contact = organizer (sender)")
def m17() -> bytes:
    body = t("""
        Bonjour Romain,

        Suite à un imprévu (comité de direction avancé), je dois décaler notre échange de mercredi 9 décembre
        14h à jeudi 10 décembre, 14h30-15h30. Même format, en visio Teams. Merci de me dire si cela vous pose
        problème.

        Stéphane Blanc
        DSI – Domaines Skiables du Beaufortain
        04 79 55 02 31

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjFkZTg3MDEtNmQ1Ni00@thread.v2/0>
        ID de la réunion : 381 552 907 114
        Code secret : nT7xQp
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Bonjour Romain,</p>
        <p>Suite à un imprévu (comité de direction avancé), je dois décaler notre échange de mercredi 9 décembre
        14h à <b>jeudi 10 décembre, 14h30-15h30</b>. Même format, en visio Teams. Merci de me dire si cela vous pose
        problème.</p>
        <p>Stéphane Blanc<br>DSI – Domaines Skiables du Beaufortain<br>04 79 55 02 31</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Réunion Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjFkZTg3MDEtNmQ1Ni00@thread.v2/0">Cliquez ici pour participer à la réunion</a></div>
        <div>ID de la réunion&nbsp;: 381 552 907 114<br>Code secret&nbsp;: nT7xQp</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Stéphane Blanc:mailto:stephane.blanc@ds-beaufortain.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Romain Favre:mailto:romain.favre@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Agnès Perrier:mailto:agnes.perrier@ds-beaufortain.fr
UID:040000008200E00074C5B7101A82E00800000000B0C7D6E5F4A3DC010000000000000000100000003C9D8E7F6A5B4C3D2E1F0A9B8C7D6E5F
SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable applicatif exploitation (R. Favre)
DTSTART;TZID=Romance Standard Time:20261210T143000
DTEND;TZID=Romance Standard Time:20261210T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261204T152000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2118402231
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Stéphane Blanc", "stephane.blanc@ds-beaufortain.fr"),
             "Mis à jour : Entretien – Responsable applicatif exploitation (R. Favre)",
             "2026-12-04 16:20", PAR, "<PAZP264MB31876E0C1A9D2B4F7E83A0C5D1E2A@PAZP264MB3187.FRAP264.PROD.OUTLOOK.COM>",
             "from FRA01-MR2-obe.outbound.protection.outlook.com (mail-mr2fra01on2101.outbound.protection.outlook.com [40.107.9.101])",
             extra=(("Thread-Topic", enc("Entretien – Responsable applicatif exploitation (R. Favre)")),
                    ("Thread-Index", "AdtGx4k7qWc2Zb5TQ0+X1m0p8hC3vQ=="),
                    ("Content-Language", "fr-FR"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(body), html(hbody), calendar(ics, cte="base64")))


@mail(n(18), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-18 16:30", GVA), end=utc("2026-09-18 17:15", GVA),
      contact="priya.kessler@salevelabs.ch", company="Salève Labs",
      local="Fri 2026-09-18 16:30", local_end="2026-09-18 17:15", zone=GVA,
      note="Recruiter prose + pasted Zoom block, Geneva startup: 'Friday 18 September at 4:30 pm Geneva time', "
           "'a 45-minute call' -> end; Zoom line 'Sep 18, 2026 04:30 PM Bern'; CEST -> 14:30Z; human sender")
def m18() -> bytes:
    body = t("""
        Hi Romain,

        Thanks for getting back to me so quickly. Confirming our first chat on Friday 18 September at
        4:30 pm Geneva time - it'll be a 45-minute call with me and Lukas (our CTO). We'll talk about
        your lift-scheduling work at the resort and what we're building for glacier monitoring.

        Zoom details below.

        Cheers,
        Priya

        --
        Priya Kessler
        Head of People, Salève Labs SA
        Rue du Stand 51, 1204 Genève
        +41 22 555 87 10

        Priya Kessler is inviting you to a scheduled Zoom meeting.

        Topic: Salève Labs <> Romain Favre
        Time: Sep 18, 2026 04:30 PM Bern

        Join Zoom Meeting
        https://salevelabs.zoom.us/j/91847720356?pwd=b3VtT0xNa1lHbU5pQ1d3

        Meeting ID: 918 4772 0356
        Passcode: 558201
        """)
    h = head(addr("Priya Kessler", "priya.kessler@salevelabs.ch"),
             "Re: Backend role at Salève Labs",
             "2026-09-14 11:05", GVA, "<CAJ7r0p9Xk2mQ+u1fV8eW4bZsL3nT6yHd5cA@mail.gmail.com>",
             "from mail-wr1-f47.google.com (mail-wr1-f47.google.com [209.85.221.47])",
             extra=(("In-Reply-To", "<b8e2f1c0-4a7d-4c61-9e0b-romain@example.org>"),
                    ("References", "<b8e2f1c0-4a7d-4c61-9e0b-romain@example.org>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(19), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-05 17:00", PAR), end=None,
      contact="bastien@kairn.io", company="Kairn",
      local="Thu 2026-11-05 17:00", zone=PAR,
      note="Phone-written reply in 'tu' sent Wed 4 Nov at 00:47 Paris time (still Tue 3 Nov 23:47 in UTC): "
           "'ok pour demain jeudi 17h' -> Thu 5 Nov 17:00 CET = 16:00Z, resolved against the local date of "
           "the Date header; no length; human sender")
def m19() -> bytes:
    body = t("""
        Top, ok pour demain jeudi 17h alors ! Passe direct au bureau, 7 av. de Chevênes, 3e étage (sonne chez
        Kairn, si ça répond pas appelle moi au 06 71 28 44 90). On sera 2 avec Léo, notre lead back.

        Bastien

        Envoyé de mon iPhone

        > Le 3 nov. 2026 à 21:10, Romain Favre <romain.favre@example.org> a écrit :
        >
        > Salut Bastien,
        >
        > Merci pour ton message, ça m'intéresse beaucoup ! Je peux passer à Annecy jeudi ou
        > vendredi en fin d'après-midi, dis-moi ce qui t'arrange.
        >
        > Romain
        """)
    h = head(addr("Bastien Lacroix", "bastien@kairn.io"), "Re: Dev backend chez Kairn",
             "2026-11-04 00:47", PAR, "<5D1F8A2C-7E3B-4A90-B6C1-0F9E2D7A4B83@kairn.io>",
             "from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])",
             extra=(("In-Reply-To", "<CAGf2t0r-Romain-03nov@mail.example.org>"),
                    ("References", "<CAGf2t0r-Romain-03nov@mail.example.org>"),
                    ("X-Mailer", "iPhone Mail (22B91)")))
    return message(h, text(body, cte="8bit", params="format=flowed; delsp=yes"))


@mail(n(20), family="taleo", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-11-13 09:30", PAR), end=None,
      contact="elodie.garnier@transalpine-ferro.fr", company="Transalpine Ferroviaire",
      local="Fri 2026-11-13 09:30", zone=PAR,
      note="Taleo cancellation, iso-8859-1 quoted-printable: the interview of 'vendredi 13 novembre 2026 à "
           "9h30' (CET -> 08:30Z) is cancelled, a new date to be set later (none given) -> cancelled; contact "
           "= the recruiter's address in the signature")
def m20() -> bytes:
    body = t("""
        Monsieur,

        Nous sommes au regret de vous informer que l'entretien prévu le vendredi 13 novembre 2026 à 9h30
        pour le poste de Développeur logiciel - supervision des circulations (Réf. TF-26-1187) est annulé,
        en raison d'une indisponibilité du jury.

        Notre équipe reviendra vers vous dans les prochains jours pour vous proposer une nouvelle date.
        Nous vous prions de nous excuser pour ce contretemps.

        Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

        Élodie Garnier
        Chargée de recrutement
        Transalpine Ferroviaire SA
        elodie.garnier@transalpine-ferro.fr

        Merci de ne pas répondre directement à ce message.
        """)
    h = head(addr("Transalpine Ferroviaire - Recrutement", "transalpine@taleo.net"),
             "Annulation de votre entretien - Réf. TF-26-1187",
             "2026-11-09 10:30", PAR, "<1117094431.2205316.1794216600512.JavaMail.taleo@ptlt4.taleo.net>",
             "from smtp3.taleo.net (smtp3.taleo.net [160.34.10.40])", charset="iso-8859-1")
    return message(h, text(body, charset="iso-8859-1"))


@mail(n(21), family="forward_to_self", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-30 11:00", TRN), end=utc("2026-11-30 12:00", TRN),
      contact="chiara.bertolotti@sistemineve.it", company="Sistemi Neve",
      local="Mon 2026-11-30 11:00", local_end="2026-11-30 12:00", zone=TRN,
      note="Romain forwards to himself (from his other address) a Turin employer's confirmation written in "
           "French, as an attached message/rfc822: 'lundi 30 novembre à 11h (heure italienne, la même qu'en "
           "France)', 'd'une heure' -> end; CET -> 10:00Z. Sender is the candidate, so contact = the "
           "recruiter in the forwarded header")
def m21() -> bytes:
    inner_body = t("""
        Gentile Romain,

        Je vous remercie pour votre disponibilité et vous confirme notre entretien en visio le
        lundi 30 novembre à 11h (heure italienne, la même qu'en France), pour une durée d'une heure.
        Vous rencontrerez Ing. Paolo Cravero, responsable du logiciel de pilotage des enneigeurs,
        et moi-même.

        Lien : https://sistemineve.webex.com/meet/c.bertolotti

        Cordiali saluti / Bien cordialement,

        Chiara Bertolotti
        Risorse Umane – Sistemi Neve S.p.A.
        Corso Francia 210, 10143 Torino
        chiara.bertolotti@sistemineve.it
        """)
    inner_h = [
        ("Return-Path", "<chiara.bertolotti@sistemineve.it>"),
        ("From", addr("Chiara Bertolotti", "chiara.bertolotti@sistemineve.it")),
        ("To", addr("Romain Favre", "romain.favre@example.net")),
        ("Subject", enc("Conferma colloquio / confirmation de votre entretien – Sistemi Neve")),
        ("Date", date("2026-11-23 17:40", TRN)),
        ("Message-ID", "<a4f71c2e0b9d4e3f8a61@sistemineve.it>"),
    ]
    inner = message(inner_h, text(inner_body))
    outer_body = t("""
        à mettre dans l'agenda + préparer la démo du tableau de bord enneigement
        """)
    h = head(addr("Romain Favre", "romain.favre@example.net"),
             "Fwd: Conferma colloquio / confirmation de votre entretien – Sistemi Neve",
             "2026-11-24 08:12", PAR, "<8e0c61a2-5f3d-4b9e-a7c4-2d1f0e9b8a76@example.net>",
             "from smtp.example.net (smtp.example.net [192.0.2.45])", to=addr("Romain Favre", ME),
             extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(h, mixed(text(outer_body, cte="8bit", params="format=flowed"),
                            attached_message(inner, "Conferma colloquio.eml")))


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start=utc("2026-12-08 10:00", GVA), end=utc("2026-12-08 11:30", GVA),
      contact="sandrine.vuilleumier@leman-transit.ch", company="Léman Transit Systems",
      local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:30", zone=GVA,
      days=(("Thu", "2026-12-03"),),
      note="Outlook reply from the Geneva recruiter confirming the move 'au mardi 8 décembre, même créneau "
           "(10h00 – 11h30)' from 'jeudi 3 décembre' (quoted thread: her proposal 'mardi 08/12, même "
           "créneau ?' and Romain's yes); CET -> 09:00Z; thread with the Workday invitation; human sender")
def m22() -> bytes:
    body = t("""
        Bonjour Monsieur Favre,

        Merci pour votre souplesse. Je vous confirme donc le déplacement de votre entretien au mardi 8 décembre,
        même créneau (10h00 – 11h30), au même endroit (Route de Meyrin 112, bâtiment B). Le Dr Python sera bien
        présent, ainsi que M. Rochat de l'équipe exploitation.

        Meilleures salutations,

        Sandrine Vuilleumier
        Spécialiste Ressources Humaines
        Léman Transit Systems SA
        T +41 22 555 14 80

        De : Romain Favre <romain.favre@example.org>
        Envoyé : mardi, 1 décembre 2026 19:32
        À : Sandrine Vuilleumier <sandrine.vuilleumier@leman-transit.ch>
        Objet : Re: Entretien 03/12 – Léman Transit Systems

        Bonjour Madame Vuilleumier,

        Aucun souci, le mardi 8 me convient tout à fait.

        Bien cordialement,
        Romain Favre

        De : Sandrine Vuilleumier <sandrine.vuilleumier@leman-transit.ch>
        Envoyé : mardi, 1 décembre 2026 16:05
        Objet : Entretien 03/12 – Léman Transit Systems

        Bonjour Monsieur Favre,

        Notre directeur technique a malheureusement un empêchement ce jeudi 3 décembre. Pourrions-nous
        décaler votre entretien au mardi 08/12, même créneau ?

        Avec mes excuses,
        Sandrine Vuilleumier
        """)
    hbody = "<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").replace("<", "&lt;")
        .replace(">", "&gt;").split("\n")) + "</div></body></html>\n"
    h = head(addr("Sandrine Vuilleumier", "sandrine.vuilleumier@leman-transit.ch"),
             "RE: Entretien 03/12 – Léman Transit Systems",
             "2026-12-02 14:10", GVA, "<GV0P278MB0719C3B2A4F1E0D9C8B7A6F5E4D3C@GV0P278MB0719.CHEP278.PROD.OUTLOOK.COM>",
             "from CHE01-GV0-obe.outbound.protection.outlook.com (mail-gv0che01on2113.outbound.protection.outlook.com [40.107.23.113])",
             extra=(("In-Reply-To", "<CAFr0m41n-01dec-1932@mail.example.org>"),
                    ("References", "<GV0P278MB0719A0B1C2D3E4F5A6B7C8D9E0F1A@GV0P278MB0719.CHEP278.PROD.OUTLOOK.COM> "
                                   "<CAFr0m41n-01dec-1932@mail.example.org>"),
                    ("Content-Language", "fr-CH")))
    return message(h, alt(text(body), html(hbody)))


@mail(n(23), family="google_calendar", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-10-16 09:00", PAR), end=utc("2026-10-16 09:30", PAR),
      contact="lea.mounier@chartreuse-systems.fr", company="Chartreuse Systems",
      local="Fri 2026-10-16 09:00", local_end="2026-10-16 09:30", zone=PAR,
      note="Google Calendar cancellation in French ('Événement annulé', METHOD:CANCEL): the cancelled slot "
           "'ven. 16 oct. 2026 09:00 – 09:30 (CEST)' = 07:00Z; organizer note says the post was filled "
           "internally, no new time; contact = organizer")
def m23() -> bytes:
    body = t("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien RH – Romain Favre (Chartreuse Systems)
        Quand
        ven. 16 oct. 2026 09:00 – 09:30 (heure d'été d'Europe centrale - Paris)

        Organisateur
        Léa Mounier

        Bonjour Romain, je suis désolée : le poste vient d'être pourvu en interne, nous annulons donc notre
        échange de vendredi. Je garde votre CV pour la suite. Léa

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261016T090000
DTEND;TZID=Europe/Paris:20261016T093000
DTSTAMP:20261013T160200Z
ORGANIZER;CN=Léa Mounier:mailto:lea.mounier@chartreuse-systems.fr
UID:0q4k2h7v9m1c8x3s5t6r0p2n4b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=romain.favre@example.org;X-NUM-GUESTS=0:mailto:romain.favre@example.org
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entretien RH – Romain Favre (Chartreuse Systems)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Léa Mounier", "lea.mounier@chartreuse-systems.fr"),
             "Événement annulé : Entretien RH – Romain Favre (Chartreuse Systems) @ ven. 16 oct. 2026 "
             "09:00 - 09:30 (CEST) (romain.favre@example.org)",
             "2026-10-13 18:02", PAR, "<calendar-c1a9e0f2-77b3-4d58-8e26-4f0b9d3c5a12@google.com>",
             "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),))
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                            calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", name_param=True)))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection", lang="en", interview=False, company="Lacustre Robotics",
      days=(("Thu", "2026-09-10"),),
      note="Greenhouse rejection after the on-site interview of Thursday 10 September (past); nothing scheduled")
def m24() -> bytes:
    body = t("""
        Hi Romain,

        Thank you for coming to Annecy on Thursday, September 10 to interview for the Software Engineer,
        Fleet Operations role. The team enjoyed the conversation about lift-queue forecasting.

        After a lot of discussion we have decided to move forward with a candidate whose experience with
        ROS and embedded systems is closer to what the team needs right now. This was a difficult
        decision and it is not a reflection of your skills.

        We'd be happy to keep in touch for future openings.

        All the best,
        Hannah Forestier
        Talent Partner, Lacustre Robotics
        """)
    h = head(addr("Lacustre Robotics", "no-reply@greenhouse.io"),
             "Update on your application to Lacustre Robotics",
             "2026-09-18 17:45", PAR, "<20260918154500.61842093.9a1d@geopod-ismtpd-7>",
             "from o3.ptr6120.greenhouse.io (o3.ptr6120.greenhouse.io [167.89.41.212])",
             extra=(("Reply-To", addr("Hannah Forestier", "hannah.forestier@lacustre-robotics.com")),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(25), family="offer", lang="fr", interview=False, company="Kairn",
      days=(("Fri", "2026-11-20"), ("Mon", "2026-11-23")),
      note="Job offer in 'tu' after the interview; fixes a signing/onboarding coffee 'lundi 23 novembre à 9h' "
           "if he accepts, and a deadline - a fixed time, but not an interview")
def m25() -> bytes:
    body = t("""
        Salut Romain,

        Comme promis au téléphone, voici notre proposition par écrit (PDF en pièce jointe) :
        CDI dev backend, 52 k€ brut annuel + BSPCE, télétravail 2 jours par semaine, démarrage
        le 4 janvier.

        Tu peux me donner ta réponse d'ici vendredi 20 novembre. Si c'est oui, on se cale un café
        de signature lundi 23 novembre à 9h au bureau avec Léo, et on te présente le reste de l'équipe.

        On a vraiment hâte de bosser avec toi !

        Bastien
        CEO – Kairn
        """)
    h = head(addr("Bastien Lacroix", "bastien@kairn.io"), "Proposition d'embauche – Kairn",
             "2026-11-13 12:31", PAR, "<CAH3k8Pq2v-Bastien-offer-13nov@mail.gmail.com>",
             "from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])")
    pdf = text("%PDF-1.4\n% (proposition Kairn - contenu omis)\n%%EOF\n", charset="us-ascii", cte="base64",
               extra=(("Content-Disposition", 'attachment; filename="Proposition_Kairn_RFavre.pdf"'),))
    pdf.headers[0] = ("Content-Type", 'application/pdf; name="Proposition_Kairn_RFavre.pdf"')
    return message(h, mixed(alt(text(body), html(gmail_html(body))), pdf))


@mail(n(26), family="application_ack", lang="fr", interview=False, company="Léman Transit Systems",
      note="Workday application receipt (HTML only); 'si votre profil est retenu ... un entretien' is "
           "hypothetical")
def m26() -> bytes:
    hbody = t("""
        <html><body><table width="100%" style="font-family:Arial;font-size:13px">
        <tr><td style="background:#0b3c5d;color:#fff;padding:12px 18px;font-size:16px">Léman Transit Systems SA</td></tr>
        <tr><td style="padding:18px">
        <p>Monsieur Favre,</p>
        <p>Nous accusons réception de votre candidature au poste <b>Ingénieur logiciel – Systèmes d'exploitation
        temps réel (R-2026-0417)</b> et vous en remercions.</p>
        <p>Notre équipe Ressources humaines étudie actuellement les dossiers. Si votre profil est retenu, nous
        prendrons contact avec vous afin de convenir d'un entretien. Vous pouvez suivre l'état de votre
        candidature à tout moment depuis votre espace candidat.</p>
        <p>Avec nos meilleures salutations,<br>Ressources humaines<br>Léman Transit Systems SA</p>
        <p style="font-size:10px;color:#777">Ce message a été envoyé automatiquement ; merci de ne pas y répondre.</p>
        </td></tr></table></body></html>
        """)
    h = head(addr("Léman Transit Systems", "lemantransit@myworkday.com"),
             "Nous avons bien reçu votre candidature – R-2026-0417",
             "2026-11-10 22:14", GVA, "<1917845302.71203.1794344040551@wd5-prod-mx.myworkday.com>",
             "from wd5-prod-mx.myworkday.com (wd5-prod-mx.myworkday.com [216.124.255.41])")
    return message(h, html(hbody, cte="base64"))


@mail(n(27), family="job_alert", lang="fr", interview=False, company=None,
      note="Job-board digest; 'Entretiens en cours' and 'Réponse rapide' badges are not confirmations")
def m27() -> bytes:
    body = t("""
        Bonjour Romain,

        7 nouvelles offres correspondent à votre alerte « développeur python – Savoie / Haute-Savoie ».

        ▸ Développeur Python confirmé (H/F) – Aix-les-Bains – CDI – 45-55 k€
          Entretiens en cours · Publiée il y a 2 jours

        ▸ Ingénieur logiciel embarqué – Annecy – CDI
          Réponse rapide · Publiée aujourd'hui

        ▸ Lead dev back-end (stations de ski) – Bourg-Saint-Maurice – CDI saisonnier
          Publiée il y a 3 jours

        ▸ Data engineer – Grenoble – hybride
          Entretiens cette semaine · Publiée il y a 5 jours

        Voir les 3 autres offres : https://www.alpes-emploi-tech.example.com/alertes/88213

        Vous recevez cet e-mail car vous avez créé une alerte sur Alpes Emploi Tech.
        Se désabonner : https://www.alpes-emploi-tech.example.com/unsubscribe?u=88213
        """)
    h = head(addr("Alpes Emploi Tech", "alertes@alpes-emploi-tech.example.com"),
             "7 nouvelles offres pour « développeur python – Savoie / Haute-Savoie »",
             "2026-10-07 07:02", PAR, "<alert-88213-20261007@alpes-emploi-tech.example.com>",
             "from mta12.alpes-emploi-tech.example.com (mta12.alpes-emploi-tech.example.com [203.0.113.12])",
             extra=(("List-Unsubscribe", "<https://www.alpes-emploi-tech.example.com/unsubscribe?u=88213>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(28), family="newsletter_blog", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Blog newsletter 'Mon entretien du mardi 10 novembre à 14h' - a date and a time, but the "
           "author's past story, not an interview of Romain")
def m28() -> bytes:
    hbody = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;max-width:620px;margin:auto">
        <p style="font-size:12px;color:#888">Le Carnet du Dev Alpin · n°47</p>
        <h1>« Mon entretien du mardi 10 novembre à 14h » : récit d'un entretien technique raté (et ce que
        j'en ai appris)</h1>
        <p>Il était 14h pile, ce mardi 10 novembre, quand la recruteuse m'a demandé de partager mon écran.
        J'avais préparé mes algos, relu mon CV, testé ma webcam… et j'ai complètement bloqué sur une question
        d'architecture. Voici les cinq leçons que j'en tire pour vos prochains entretiens :</p>
        <ol>
        <li>Confirmez toujours l'heure <i>et</i> le fuseau de l'entretien par écrit.</li>
        <li>Préparez deux histoires de projets, pas dix.</li>
        <li>Demandez le format à l'avance (live coding ? étude de cas ?).</li>
        <li>Envoyez un mot de remerciement dans les 24 heures.</li>
        <li>Relancez poliment au bout d'une semaine sans nouvelles.</li>
        </ol>
        <p><a href="https://carnet-dev-alpin.example.net/47-entretien-rate">Lire l'article complet</a></p>
        <p style="font-size:11px;color:#999">Vous êtes abonné·e au Carnet du Dev Alpin.
        <a href="https://carnet-dev-alpin.example.net/desabonnement">Se désabonner</a></p>
        </body></html>
        """)
    h = head(addr("Le Carnet du Dev Alpin", "carnet@carnet-dev-alpin.example.net"),
             "« Mon entretien du mardi 10 novembre à 14h » – récit et 5 leçons",
             "2026-11-15 08:00", PAR, "<20261115070000.47.carnet@substack-mail.example.net>",
             "from mx-out.carnet-dev-alpin.example.net (mx-out.carnet-dev-alpin.example.net [198.51.100.47])",
             extra=(("List-Id", "Le Carnet du Dev Alpin <carnet.carnet-dev-alpin.example.net>"),
                    ("List-Unsubscribe", "<https://carnet-dev-alpin.example.net/desabonnement>"),
                    ("Precedence", "bulk")))
    return message(h, html(hbody))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Fellwalk Maps",
      note="Ashby self-scheduling request: 'pick a time' link, nothing booked yet")
def m29() -> bytes:
    body = t("""
        Hi Romain,

        Thanks for your interest in the Backend Engineer (Routing) role at Fellwalk Maps! We'd love to set
        up a 60-minute technical conversation with Owen Pryce and one of our senior engineers.

        Please pick a time that works for you using the link below. Slots are shown in your local time zone.

        Schedule your interview: https://app.ashbyhq.com/interview-briefings/self-schedule/4b1d7e90-2c3f

        If none of the times work, just reply and we'll find another option.

        Thanks,
        Fellwalk Maps Recruiting
        """)
    h = head(addr("Fellwalk Maps", "no-reply@ashbyhq.com"),
             "Schedule your interview with Fellwalk Maps",
             "2026-10-15 13:10", LON, "<01000192912a7c44-5e0f3b1d-8a2c-4d6e-91f7-c3b8a0e4d2f1-000000@email.amazonses.com>",
             "from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
             extra=(("Reply-To", addr("Owen Pryce", "owen.pryce@fellwalkmaps.co.uk")),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="en", interview=False, company="Summit Search Partners",
      note="Cold outreach from a Geneva search agency; asks for availability 'this week or next', nothing fixed")
def m30() -> bytes:
    body = t("""
        Hi Romain,

        I came across your profile and your work on lift-capacity forecasting at your current resort
        operator - really interesting stuff.

        I'm working with a Geneva-based scale-up in mobility data (Series B, ~80 people) that is hiring a
        Senior Backend Engineer, hybrid 2 days/week in Geneva, CHF 130-150k. Would you be open to a quick
        20-minute call this week or next to hear more? Happy to work around your schedule, evenings
        included.

        Best regards,
        Ruairi Delacroix
        Principal Consultant, Tech & Data
        Summit Search Partners SA | Quai du Mont-Blanc 9, 1201 Genève
        """)
    h = head(addr("Ruairi Delacroix", "ruairi.delacroix@summitsearch.ch"),
             "Senior Backend role in Geneva - open to a chat?",
             "2026-09-09 09:17", GVA, "<DB9PR02MB71208C1F2E3D4A5B6C7D8E9F0A1B2@DB9PR02MB7120.eurprd02.prod.outlook.com>",
             "from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2093.outbound.protection.outlook.com [40.107.249.93])")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="proposal_unconfirmed", lang="fr", interview=False, company="Nivéole",
      days=(("Thu", "2026-10-15"), ("Wed", "2026-10-14")),
      note="Recruiter proposes two slots ('jeudi de la semaine prochaine, en début de matinée, vers 9h' = "
           "Thu 15 Oct, or 'mercredi 14 en fin d'après-midi') and asks which suits: not yet confirmed. The "
           "Workable confirmation for Wed 14 Oct 16h30 is a separate mail")
def m31() -> bytes:
    body = t("""
        Bonjour Romain,

        Merci pour votre candidature, votre profil a beaucoup plu à notre CTO !

        Seriez-vous disponible pour un premier entretien dans nos locaux à Chambéry ? Je vous propose
        jeudi de la semaine prochaine, en début de matinée, vers 9h, ou sinon mercredi 14 en fin
        d'après-midi. Dites-moi ce qui vous arrange le mieux et je vous envoie la confirmation.

        Belle journée,

        Marion Cattin
        Office & Talent Manager – Nivéole
        12 rue de Boigne, 73000 Chambéry
        """)
    h = head(addr("Marion Cattin", "marion.cattin@niveole.fr"),
             "Votre candidature chez Nivéole – premier entretien ?",
             "2026-10-06 10:26", PAR, "<c81f2a9e-0b47-4d3c-9e15-marion@niveole.fr>",
             "from smtp-out.ovh.net (mo512.mail-out.ovh.net [178.32.121.110])",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(h, text(body, charset="windows-1252"))


@mail(n(32), family="job_centre", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Unemployment-office summons: 'entretien de suivi' with a counsellor, mardi 6 octobre 2026 à "
           "10h15 - a fixed time and the word 'entretien', but not a job interview")
def m32() -> bytes:
    body = t("""
        Monsieur FAVRE Romain,

        Vous êtes convoqué à un entretien de suivi avec votre conseiller référent :

        Date : mardi 6 octobre 2026
        Heure : 10h15
        Lieu : Agence Emploi Pays de Savoie - Chambéry Bissy, 120 rue de la Cascade, 73000 Chambéry
        Conseiller : M. Thierry Gaillard

        Merci de vous munir de votre CV à jour et de la liste de vos démarches de recherche d'emploi.
        En cas d'empêchement, prévenez-nous au plus tard 48 heures à l'avance depuis votre espace
        personnel. Toute absence non justifiée peut entraîner une radiation.

        Identifiant : 4418207X

        Ceci est un message automatique, merci de ne pas y répondre.
        Agence Emploi Pays de Savoie
        """)
    h = head(addr("Agence Emploi Pays de Savoie", "ne-pas-repondre@agence-emploi-savoie.example.fr"),
             "Convocation à un entretien - mardi 6 octobre 2026",
             "2026-09-28 14:00", PAR, "<convocation.4418207X.20260928@agence-emploi-savoie.example.fr>",
             "from relay.agence-emploi-savoie.example.fr (relay.agence-emploi-savoie.example.fr [203.0.113.80])",
             charset="iso-8859-1")
    return message(h, text(body, charset="iso-8859-1"))


@mail(n(33), family="press_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="A journalist confirms a phone interview of Romain for an article ('jeudi 22 octobre à 11h, "
           "une vingtaine de minutes'): a confirmed 'interview', but press, not a job interview")
def m33() -> bytes:
    body = t("""
        Bonjour Romain,

        Merci d'avoir accepté ! Je vous confirme donc notre interview téléphonique jeudi 22 octobre à 11h,
        pour une vingtaine de minutes. C'est pour notre dossier du week-end sur la digitalisation des
        stations de ski (files d'attente, forfaits dématérialisés, prévision de fréquentation).

        Je vous appellerai sur votre portable. L'article paraîtra le samedi 31 octobre, je vous enverrai
        vos citations pour relecture avant.

        Bien à vous,

        Aurore Mollard
        Journaliste – rubrique Économie
        L'Écho des Alpes
        04 79 55 61 20
        """)
    h = head(addr("Aurore Mollard", "a.mollard@echo-des-alpes.example.fr"),
             "Interview pour l'Écho des Alpes – jeudi 22 octobre",
             "2026-10-16 15:48", PAR, "<1a2b3c4d-9e8f-4a7b-8c6d-mollard@echo-des-alpes.example.fr>",
             "from smtp.echo-des-alpes.example.fr (smtp.echo-des-alpes.example.fr [203.0.113.33])",
             extra=(("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF131)"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(34), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Podcast recording confirmed for Tuesday 17 November, 6:00 PM CET (Riverside link, calendar "
           "file): Romain is the guest, not a candidate - negative")
def m34() -> bytes:
    body = t("""
        Hi Romain,

        Thrilled to have you on Ops on the Slopes! Here's everything for our recording:

        Episode: "Forecasting lift queues with 15-minute data"
        Recording: Tuesday 17 November, 6:00 PM - 7:00 PM CET
        Where: Riverside studio - https://riverside.fm/studio/ops-on-the-slopes?t=7c1f
        Please use headphones and a wired connection if you can.

        We'll chat for ~10 minutes before we hit record. The episode should go live in early December.

        Cheers,
        Mikko Laine
        Host, Ops on the Slopes
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside//Recording//EN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:riverside-rec-ops-slopes-ep31@riverside.fm
DTSTAMP:20261110T091500Z
DTSTART;TZID=Europe/Berlin:20261117T180000
DTEND;TZID=Europe/Berlin:20261117T190000
SUMMARY:Ops on the Slopes - recording with Romain Favre
LOCATION:https://riverside.fm/studio/ops-on-the-slopes?t=7c1f
ORGANIZER;CN=Mikko Laine:mailto:mikko@opsontheslopes.example.com
ATTENDEE;CN=Romain Favre;RSVP=TRUE:mailto:romain.favre@example.org
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Mikko Laine", "mikko@opsontheslopes.example.com"),
             "Recording confirmed - Ops on the Slopes, Tue 17 Nov",
             "2026-11-10 10:15", PAR, "<CAM1kk0-rec-ops-slopes-31@mail.gmail.com>",
             "from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])")
    return message(h, mixed(alt(text(body), html(gmail_html(body))),
                            calendar(ics, filename="recording.ics", disposition="attachment")))


@mail(n(35), family="admission_interview", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-28"),),
      note="Executive MBA admission interview ('entretien d'admission', samedi 28 novembre 2026 à 10h30, "
           "45 minutes): a school, not a job interview")
def m35() -> bytes:
    body = t("""
        Monsieur Favre,

        Votre dossier de candidature à l'Executive MBA « Management des territoires de montagne » (promotion
        2027) a retenu l'attention du jury d'admission.

        Nous avons le plaisir de vous convier à un entretien d'admission :
          samedi 28 novembre 2026 à 10h30 (durée : 45 minutes)
          Campus de Savoie Technolac, bâtiment Hélios, salle H-204, Le Bourget-du-Lac

        L'entretien comprend une présentation de votre projet professionnel (10 minutes) suivie
        d'un échange avec le jury. Merci de confirmer votre venue en répondant à ce message.

        Cordialement,

        Service des admissions
        Institut Alpin de Management - Executive Education
        """)
    h = head(addr("Admissions IAM Executive", "admissions-executive@iam-alpes.example.fr"),
             "Executive MBA – convocation à l'entretien d'admission",
             "2026-11-18 11:20", PAR, "<adm-2027-0193.20261118@iam-alpes.example.fr>",
             "from mail.iam-alpes.example.fr (mail.iam-alpes.example.fr [198.51.100.35])")
    return message(h, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(36), family="sports_tryout", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Volley club try-out ('séance d'essai / sélection', mardi 15 septembre à 19h30), in 'tu': a "
           "fixed time, not a job interview")
def m36() -> bytes:
    body = t("""
        Salut Romain,

        Bien reçu ta demande ! Tu peux venir à la séance d'essai de l'équipe Régionale masculine mardi 15
        septembre à 19h30, gymnase du Biollay (entrée côté parking). Le coach fera un petit point à la fin
        pour la sélection, on prend 3 joueurs cette saison.

        Prévois genouillères et chaussures de salle. Premier essai gratuit, la licence se fait après.

        Sportivement,
        Nathalie – secrétariat du Chambéry Volley Savoie
        """)
    h = head(addr("Chambéry Volley Savoie", "secretariat@chambery-volley.example.org"),
             "Séance d'essai mardi 15/09",
             "2026-09-10 20:41", PAR, "<9f1e2d3c-4b5a-6978-8877-volley@chambery-volley.example.org>",
             "from smtp.chambery-volley.example.org (smtp.chambery-volley.example.org [203.0.113.36])")
    return message(h, text(body, cte="8bit"))


@mail(n(37), family="car_service", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-10-30"),),
      note="Garage booking confirmation with ICS (vendredi 30 octobre 2026 à 8h00, dépôt du véhicule): a "
           "fixed appointment, not an interview")
def m37() -> bytes:
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#c00">Rendez-vous confirmé</h2>
        <p>Bonjour M. Favre,</p>
        <p>Nous vous confirmons votre rendez-vous atelier&nbsp;:</p>
        <table cellpadding="4">
        <tr><td>Prestation</td><td>Révision 60 000 km + montage pneus hiver</td></tr>
        <tr><td>Véhicule</td><td>Skoda Octavia Combi – GH-418-QT</td></tr>
        <tr><td>Date</td><td>vendredi 30 octobre 2026 à 8h00 (dépôt du véhicule)</td></tr>
        <tr><td>Restitution estimée</td><td>17h00</td></tr>
        <tr><td>Adresse</td><td>Garage Bissy Auto Services, 45 avenue de la Houille Blanche, 73000 Chambéry</td></tr>
        </table>
        <p>Pensez à apporter votre carnet d'entretien. Un véhicule de courtoisie est réservé à votre nom.</p>
        <p>L'équipe Bissy Auto Services</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AtelierRDV//FR
METHOD:PUBLISH
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:atelier-rdv-20261030-0800-gh418qt@bissy-auto.example.fr
DTSTAMP:20261022T131000Z
DTSTART;TZID=Europe/Paris:20261030T080000
DTEND;TZID=Europe/Paris:20261030T083000
SUMMARY:Garage - dépôt Skoda (révision + pneus hiver)
LOCATION:45 avenue de la Houille Blanche\\, 73000 Chambéry
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Bissy Auto Services", "rdv@bissy-auto.example.fr"),
             "Confirmation de votre rendez-vous atelier du 30/10/2026",
             "2026-10-22 15:10", PAR, "<rdv-atelier-77120@bissy-auto.example.fr>",
             "from mail.bissy-auto.example.fr (mail.bissy-auto.example.fr [203.0.113.37])")
    return message(h, mixed(html(hbody),
                            calendar(ics, method="PUBLISH", filename="rendez-vous.ics", disposition="attachment",
                                     cte="8bit")))


@mail(n(38), family="tax_office", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Tax office phone appointment (12/10/2026 à 14h30): fixed time, not an interview")
def m38() -> bytes:
    body = t("""
        Bonjour,

        Votre rendez-vous a bien été enregistré.

        Service : Service des impôts des particuliers de Chambéry
        Objet : Déclaration de revenus – frais réels et télétravail
        Type : rendez-vous téléphonique
        Date : lundi 12/10/2026 à 14h30
        Un agent vous appellera au 06 •• •• •• 52.

        Pour annuler ce rendez-vous, rendez-vous dans votre espace particulier, rubrique « Mes rendez-vous ».

        Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
        """)
    h = head(addr("Rendez-vous Finances publiques", "ne-pas-repondre@rdv-finances.example.fr"),
             "Confirmation de votre rendez-vous du 12/10/2026",
             "2026-10-05 09:33", PAR, "<rdv.sip73065.20261005.0933.115402@rdv-finances.example.fr>",
             "from smtp.rdv-finances.example.fr (smtp.rdv-finances.example.fr [203.0.113.38])")
    return message(h, text(body))


@mail(n(39), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Career coach confirms a paid mock-interview session ('simulation d'entretien', vendredi 6 "
           "novembre à 18h, 1h30): a fixed time, but coaching, not a job interview")
def m39() -> bytes:
    body = t("""
        Bonjour Romain,

        C'est noté pour notre séance de simulation d'entretien : vendredi 6 novembre à 18h, en visio
        (https://whereby.com/costaz-coaching), durée 1h30.

        On jouera un entretien technique + un entretien RH dans les conditions réelles, pour préparer
        vos rendez-vous avec Mole Sistemi et Bauges Data. Pensez à m'envoyer les deux fiches de poste
        d'ici mercredi.

        Facture en pièce jointe après la séance.

        Hélène Costaz
        Coach carrière & reconversion – Chambéry
        06 58 21 90 33
        """)
    h = head(addr("Hélène Costaz", "helene@costaz-coaching.example.fr"),
             "Simulation d'entretien – vendredi 18h",
             "2026-10-30 19:05", PAR, "<f00dcafe-21a0-4a3e-b7c1-helene@costaz-coaching.example.fr>",
             "from mail.costaz-coaching.example.fr (mail.costaz-coaching.example.fr [203.0.113.39])")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(40), family="someone_else_interview", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Romain's partner forwards HER own interview confirmation (jeudi 12 novembre à 14h, Grenoble) to "
           "ask him to pick up their daughter: a confirmed job interview, but not Romain's -> negative")
def m40() -> bytes:
    body = t("""
        Coucou,

        Pour info, j'ai enfin mon entretien chez Drac Énergies ! Du coup jeudi tu peux récupérer Lou à
        l'école ? Je serai pas rentrée avant 18h.

        Bisous
        Camille

        ---------- Forwarded message ---------
        De : Recrutement Drac Énergies <recrutement@drac-energies.example.fr>
        Date: lun. 9 nov. 2026 à 11:02
        Subject: Confirmation de votre entretien – Chargée d'affaires réglementaires
        To: Camille Berthet <camille.berthet@example.net>

        Madame Berthet,

        Nous avons le plaisir de vous confirmer votre entretien le jeudi 12 novembre à 14h dans nos locaux,
        2 rue Félix Esclangon, 38000 Grenoble, avec Mme Jacquier (Directrice juridique).

        Cordialement,
        Service Recrutement – Drac Énergies
        """)
    h = head(addr("Camille Berthet", "camille.berthet@example.net"),
             "Fwd: Confirmation de votre entretien – Chargée d'affaires réglementaires",
             "2026-11-09 12:18", PAR, "<CAPbx7-camille-fwd-0911@mail.gmail.com>",
             "from mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="current_job_interviewer", lang="fr", interview=False, company=None,
      days=(("Wed", "2026-09-23"),),
      note="Exchange meeting request from Romain's current employer: he is asked to sit on the panel "
           "interviewing a junior developer candidate (mercredi 23 septembre 10:00-11:00, ICS with Windows "
           "zone). Romain is the interviewer, not the candidate -> negative")
def m41() -> bytes:
    body = t("""
        Salut Romain,

        Tu peux faire la partie technique avec moi pour la candidate dev junior (Lucie M.) ? 1h, salle
        Arcalod, CV en PJ sur le Teams RH. Je m'occupe des questions RH, toi tu regardes son exercice.

        Merci !
        Fabienne

        Quand : mercredi 23 septembre 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Salle Arcalod (2e étage)
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Fabienne Roche:mailto:fabienne.roche@altiservices.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Romain Favre:mailto:romain.favre@altiservices.example.com
DESCRIPTION;LANGUAGE=fr-FR:Entretien candidat dev junior - partie technique
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC0100000000000000001000000077AA88BB99CC00DD11EE22FF33440055
SUMMARY;LANGUAGE=fr-FR:Entretien candidat – Dev junior (Lucie M.)
DTSTART;TZID=Romance Standard Time:20260923T100000
DTEND;TZID=Romance Standard Time:20260923T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260917T073000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Arcalod (2e étage)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Fabienne Roche", "fabienne.roche@altiservices.example.com"),
             "Entretien candidat – Dev junior (Lucie M.)",
             "2026-09-17 09:30", PAR, "<AM0PR07MB4417E1D2C3B4A5968778695A4B3C2@AM0PR07MB4417.eurprd07.prod.outlook.com>",
             "from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2118.outbound.protection.outlook.com [40.107.105.118])",
             to=addr("Romain Favre", "romain.favre@altiservices.example.com"),
             extra=(("Resent-To", ME), ("Content-Language", "fr-FR"),
                    ("Thread-Topic", enc("Entretien candidat – Dev junior (Lucie M.)"))))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@mail(n(42), family="parent_teacher", lang="fr", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="School parent-teacher meeting booked through the school portal (jeudi 19 novembre à 17h45, "
           "10 minutes): fixed time, not an interview")
def m42() -> bytes:
    body = t("""
        Bonjour,

        Votre demande de rendez-vous a été acceptée.

        Élève : FAVRE Lou (CE1 B)
        Rencontre parents-professeurs avec Mme Girard
        jeudi 19 novembre à 17h45 (créneau de 10 minutes)
        École élémentaire du Bois de Candie – salle 4

        Merci de vous présenter quelques minutes avant l'heure prévue.

        Message envoyé automatiquement par l'ENT Savoie Écoles.
        """)
    h = head(addr("ENT Savoie Écoles", "ne-pas-repondre@ent-savoie-ecoles.example.fr"),
             "Rencontre parents-professeurs : rendez-vous confirmé",
             "2026-11-12 18:10", PAR, "<ent.rdv.5517223.20261112@ent-savoie-ecoles.example.fr>",
             "from mta.ent-savoie-ecoles.example.fr (mta.ent-savoie-ecoles.example.fr [203.0.113.42])")
    return message(h, text(body))


@mail(n(43), family="bank_advisor", lang="fr", interview=False, company=None,
      days=(("Mon", "2026-12-14"),),
      note="Bank / mortgage advisor phone appointment (lundi 14 décembre à 12h30, 30 min) with an ICS: "
           "fixed time, not an interview")
def m43() -> bytes:
    body = t("""
        Bonjour Monsieur Favre,

        Je vous confirme notre rendez-vous téléphonique lundi 14 décembre à 12h30 (30 minutes) pour faire le
        point sur votre projet d'achat à Annecy et la simulation de prêt immobilier.

        Merci de préparer vos trois derniers bulletins de salaire et votre dernier avis d'imposition.

        Bien cordialement,

        Xavier Domenge
        Conseiller patrimonial – Agence Chambéry Curial
        Crédit Mutualiste des Alpes
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Crédit Mutualiste des Alpes//Agenda conseiller//FR
METHOD:REQUEST
{VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:cma-rdv-2026121412300-xdomenge@cma-alpes.example.fr
DTSTAMP:20261207T084500Z
DTSTART;TZID=Europe/Paris:20261214T123000
DTEND;TZID=Europe/Paris:20261214T130000
SUMMARY:RDV téléphonique - projet immobilier - M. Favre
ORGANIZER;CN=Xavier Domenge:mailto:xavier.domenge@cma-alpes.example.fr
ATTENDEE;CN=Romain Favre;RSVP=TRUE:mailto:romain.favre@example.org
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Xavier Domenge", "xavier.domenge@cma-alpes.example.fr"),
             "Confirmation de notre rendez-vous du 14 décembre",
             "2026-12-07 09:45", PAR, "<cma.7f2e91c0.20261207@cma-alpes.example.fr>",
             "from smtp.cma-alpes.example.fr (smtp.cma-alpes.example.fr [203.0.113.43])")
    return message(h, mixed(text(body), calendar(ics, filename="rdv.ics", disposition="attachment", cte="base64")))


@mail(n(44), family="auto_reply", lang="en", interview=False, company="Mole Sistemi",
      days=(("Mon", "2026-11-02"),),
      note="Out-of-office auto reply (Auto-Submitted: auto-replied) from the Turin recruiter, Italian and "
           "English; a return date but nothing scheduled")
def m44() -> bytes:
    body = t("""
        Grazie per il messaggio. Sono fuori ufficio fino a lunedì 2 novembre con accesso limitato alla posta.
        Per urgenze potete scrivere a risorse.umane@molesistemi.it.

        Thank you for your message. I am out of the office until Monday 2 November with limited access to
        email. For urgent matters please contact risorse.umane@molesistemi.it.

        Giulia Ferrero
        HR Business Partner - Mole Sistemi S.r.l.
        """)
    h = head(addr("Giulia Ferrero", "giulia.ferrero@molesistemi.it"),
             "Risposta automatica: Re: Senior Python Developer (Snowmaking Control)",
             "2026-10-28 16:03", TRN, "<AS8PR10MB6511B2A3C4D5E6F7081920A1B2C3D@AS8PR10MB6511.EURPRD10.PROD.OUTLOOK.COM>",
             "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2055.outbound.protection.outlook.com [40.107.22.55])",
             extra=(("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<d0e1f2a3-romain-mole-28oct@example.org>")))
    return message(h, text(body))


@mail(n(45), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="MAILER-DAEMON bounce (multipart/report) of Romain's own reply 'je vous confirme ma présence "
           "jeudi 19 novembre à 15h' sent to a mistyped address: delivery failure, not a confirmation "
           "from an employer")
def m45() -> bytes:
    notice = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <aurelie.besson@fourviere-assurance.fr>: host
            mx.fourviere-assurance.fr[198.51.100.245] said: 550 5.1.1 <aurelie.besson@fourviere-assurance.fr>:
            Recipient address rejected: User unknown in virtual mailbox table (in reply
            to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4Rk2Tz0Wq1z9sHf
        Arrival-Date: Mon, 16 Nov 2026 19:02:11 +0100 (CET)

        Final-Recipient: rfc822; aurelie.besson@fourviere-assurance.fr
        Original-Recipient: rfc822;aurelie.besson@fourviere-assurance.fr
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.fourviere-assurance.fr
        Diagnostic-Code: smtp; 550 5.1.1 <aurelie.besson@fourviere-assurance.fr>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    orig_body = t("""
        Bonjour Madame Besson,

        Je vous confirme ma présence jeudi 19 novembre à 15h pour l'entretien, quai Jean Moulin.

        Bien cordialement,
        Romain Favre
        """)
    orig = message([
        ("From", ME_H),
        ("To", "aurelie.besson@fourviere-assurance.fr"),
        ("Subject", enc("Entretien jeudi 19 novembre – confirmation")),
        ("Date", date("2026-11-16 19:02", PAR)),
        ("Message-ID", "<7c1a0e2f-romain-confirm-fourviere@example.org>"),
    ], text(orig_body, cte="8bit"))
    report = multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
        params="report-type=delivery-status")
    h = head(addr("Mail Delivery System", "MAILER-DAEMON@mx2.example.org"),
             "Undelivered Mail Returned to Sender",
             "2026-11-16 19:02", PAR, "<20261116180212.4Rk2Tz0Wq1z9sHf@mx2.example.org>",
             "from localhost (localhost [127.0.0.1])", lag=2,
             extra=(("Auto-Submitted", "auto-replied"),))
    return message(h, report)


@mail(n(46), family="meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Meetup RSVP confirmation ('How we interview backend engineers', Thursday 12 November, 6:30 PM, "
           "Geneva): an event about interviews with a fixed time, not a job interview")
def m46() -> bytes:
    body = t("""
        You're going!

        Geneva Python & Data Meetup
        How we interview backend engineers (and what we got wrong)
        Thursday, November 12, 2026 - 6:30 PM to 9:00 PM CET
        Impact Hub Genève, Rue Fendt 1, 1201 Genève

        Talks:
          18:45  "Take-home vs. live coding: two years of data" - Ana Ribeiro
          19:30  "Interviewing for on-call" - Jonas Meier
          20:15  Pizza & networking

        Can't make it anymore? Please update your RSVP so someone on the waitlist can come:
        https://www.meetup.com/geneva-python-data/events/304118722/

        Meetup, PBC, POB 4668 #37895, New York, NY 10163-4668
        Unsubscribe from these emails: https://www.meetup.com/account/comm/
        """)
    h = head(addr("Meetup", "info@meetup.com"),
             "You're going to How we interview backend engineers (and what we got wrong)",
             "2026-11-04 20:12", GVA, "<0100019a2c7e1f33-rsvp-304118722-romain-000000@email.meetup.com>",
             "from a10-77.smtp-out.amazonses.com (a10-77.smtp-out.amazonses.com [54.240.10.77])",
             extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(47), family="mailing_list", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Local developers' mailing list (List-Id, [alpes-devs] tag): a member tells of HIS interview at "
           "Vercors Analytics 'mardi 8 décembre à 14h' and asks for tips - not Romain's interview (even if "
           "Romain has one there at the same time); negative")
def m47() -> bytes:
    body = t("""
        Salut la liste,

        J'ai un entretien technique chez Vercors Analytics mardi 8 décembre à 14h (visio, 1h). Quelqu'un
        ici est passé par leur process ? On m'a parlé d'un exercice de modélisation de données, je
        suis preneur de retours (en privé si vous préférez).

        Merci d'avance,
        Guillaume

        _______________________________________________
        alpes-devs mailing list
        alpes-devs@lists.alpes-devs.example.org
        https://lists.alpes-devs.example.org/mailman/listinfo/alpes-devs
        """)
    h = head(addr("Guillaume Perret", "g.perret@example.com"),
             "[alpes-devs] Entretien chez Vercors Analytics - des retours ?",
             "2026-12-03 21:37", PAR, "<CAKx9-guillaume-vercors-0312@mail.gmail.com>",
             "from lists.alpes-devs.example.org (lists.alpes-devs.example.org [198.51.100.90])",
             to="alpes-devs@lists.alpes-devs.example.org",
             extra=(("List-Id", "Developpeurs des Alpes <alpes-devs.lists.alpes-devs.example.org>"),
                    ("List-Post", "<mailto:alpes-devs@lists.alpes-devs.example.org>"),
                    ("List-Unsubscribe", "<https://lists.alpes-devs.example.org/mailman/options/alpes-devs>"),
                    ("Precedence", "list"),
                    ("Sender", "alpes-devs-bounces@lists.alpes-devs.example.org")))
    return message(h, text(body))


@mail(n(48), family="doctor", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Medical booking platform confirmation (mardi 20 octobre 2026 à 08:40): fixed time, not an "
           "interview")
def m48() -> bytes:
    body = t("""
        Rendez-vous confirmé

        Bonjour Romain FAVRE,

        Votre rendez-vous est confirmé :

        Dr Anne Perrin – Médecin généraliste
        mardi 20 octobre 2026 à 08:40
        Cabinet médical des Charmettes, 18 chemin des Charmettes, 73000 Chambéry

        Motif : Certificat médical (sport)

        Pensez à apporter votre carte Vitale. Si vous ne pouvez pas vous rendre à ce rendez-vous,
        annulez-le au moins 24 h à l'avance.

        MédiRDV
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif">
        <div style="background:#107aca;color:#fff;padding:14px;font-size:18px">Rendez-vous confirmé</div>
        <p>Bonjour Romain FAVRE,</p>
        <p>Votre rendez-vous est confirmé&nbsp;:</p>
        <p><b>Dr Anne Perrin</b> – Médecin généraliste<br>
        <b>mardi 20 octobre 2026 à 08:40</b><br>
        Cabinet médical des Charmettes, 18 chemin des Charmettes, 73000 Chambéry</p>
        <p>Motif&nbsp;: Certificat médical (sport)</p>
        <p>Pensez à apporter votre carte Vitale. Si vous ne pouvez pas vous rendre à ce rendez-vous,
        annulez-le au moins 24&nbsp;h à l'avance.</p>
        <p style="color:#888;font-size:11px">MédiRDV</p>
        </body></html>
        """)
    h = head(addr("MédiRDV", "no-reply@medirdv.example.fr"),
             "Votre rendez-vous avec Dr Anne Perrin est confirmé",
             "2026-10-14 21:05", PAR, "<medirdv.appt.99120455@medirdv.example.fr>",
             "from out.medirdv.example.fr (out.medirdv.example.fr [203.0.113.48])")
    return message(h, alt(text(body, cte="base64"), html(hbody, cte="base64")))


@mail(n(49), family="flat_viewing", lang="fr", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Estate agency confirms a flat viewing in Annecy (samedi 21 novembre à 11h): fixed time, not an "
           "interview")
def m49() -> bytes:
    body = t("""
        Bonjour Monsieur Favre,

        Suite à notre échange téléphonique, je vous confirme la visite de l'appartement T3 (réf. ANN-3315),
        12 avenue de Novel à Annecy, samedi 21 novembre à 11h. Je vous attendrai devant l'entrée de la
        résidence.

        Pensez à apporter votre dossier locataire (pièce d'identité, 3 derniers bulletins de salaire,
        contrat de travail ou promesse d'embauche).

        Cordialement,

        Sophie Dunand
        Lac & Montagne Immobilier – Annecy
        04 50 55 72 18
        """)
    h = head(addr("Sophie Dunand", "s.dunand@lac-montagne-immo.example.fr"),
             "Visite T3 avenue de Novel – samedi 21/11 11h",
             "2026-11-17 17:26", PAR, "<lmi.visite.ann3315.20261117@lac-montagne-immo.example.fr>",
             "from smtp.lac-montagne-immo.example.fr (smtp.lac-montagne-immo.example.fr [203.0.113.49])")
    return message(h, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(50), family="post_interview", lang="fr", interview=False, company="Saônelab",
      days=(("Fri", "2026-10-02"),),
      note="Post-interview thank-you from the recruiter ('merci pour votre temps mardi', answer by vendredi "
           "2 octobre): nothing scheduled")
def m50() -> bytes:
    body = t("""
        Bonjour Romain,

        Merci encore pour votre temps mardi, Arnaud et moi avons beaucoup apprécié l'échange, notamment sur
        vos modèles de prévision de fréquentation.

        Nous rencontrons encore deux candidats cette semaine et reviendrons vers vous au plus tard vendredi
        2 octobre pour la suite.

        Bonne fin de semaine,
        Inès

        Inès Marchetti
        Talent Acquisition – Saônelab
        """)
    h = head(addr("Inès Marchetti", "ines.marchetti@saonelab.fr"), "Suite à notre entretien",
             "2026-09-24 17:52", PAR, "<CAN4rc-ines-saonelab-2409@mail.gmail.com>",
             "from mail-pj1-f49.google.com (mail-pj1-f49.google.com [209.85.216.49])")
    return message(h, alt(text(body), html(gmail_html(body))))
