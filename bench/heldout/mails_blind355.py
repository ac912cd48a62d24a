"""blind355: a blind 50-mail held-out set, the realistic inbox of an energy engineer in Pau.

Inbox owner: Inès Darrigrand <ines.darrigrand@example.com> (also ines.darrigrand@example.org).
Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), keys 24-50 negatives; the file
number of key k is ORDER[k - 1]. Every mail's wording is written by hand below; make.py does the
MIME plumbing and the checks. Written on 2026-11-28 without reading the detector, its tests, or any
other held-out mails.
"""

from __future__ import annotations

import random

import make
from make import (
    addr,
    alt,
    at,
    attached_message,
    calendar,
    date,
    enc,
    gmail_html,
    html,
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind355"
ORDER = random.Random(3550355).sample(range(1, 51), 50)

ME = "ines.darrigrand@example.com"
ME2 = "ines.darrigrand@example.org"
ME_NAME = "Inès Darrigrand"
PAR = "Europe/Paris"
ZRH = "Europe/Zurich"
MAD = "Europe/Madrid"
BRU = "Europe/Brussels"
NYC = "America/New_York"
CHI = "America/Chicago"
DEN = "America/Denver"


def n(k: int) -> str:
    return f"{SET}_{ORDER[k - 1]:03d}"


def me(address: str = ME) -> str:
    return addr(ME_NAME, address)


def rcv(host: str, ip: str, when: str, zone: str, ident: str, to: str = ME, lag: int = 4) -> tuple[str, str]:
    by = "mx2.example.com" if to == ME else "mx.example.org"
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"{by} (Postfix) with ESMTPS id {ident}", to, lag))


def vtz_eu(tzid: str, xlic: bool = True) -> str:
    """An IANA-named VTIMEZONE with the EU rules (Paris, Zurich, Madrid, Brussels)."""
    lic = f"X-LIC-LOCATION:{tzid}\n" if xlic else ""
    return (f"BEGIN:VTIMEZONE\nTZID:{tzid}\n{lic}BEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
            "TZNAME:CEST\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\n"
            "BEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nDTSTART:19701025T030000\n"
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE")


ROMANCE = """BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def stamp(local: str, zone: str) -> str:
    """ICS DTSTAMP (UTC) for a local wall-clock time."""
    return utc(local, zone).replace("-", "").replace(":", "")


# =========================================================================== positives

# --------------------------------------------------------------------------- 1 Greenhouse


@make.mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           company="Halvard Grid Systems", start=utc("2026-09-22 10:00", NYC), end=utc("2026-09-22 10:45", NYC),
           contact="megan.orourke@halvardgrid.com", local="Tue 2026-09-22 10:00", local_end="2026-09-22 10:45",
           zone=NYC, note="Greenhouse confirmation; 10:00-10:45 AM EDT (the body also gives 4:00-4:45 PM CEST); "
           "contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hi Inès,

        Thanks for taking the time to schedule with us! Below are the details for your upcoming
        interview for the Senior Energy Systems Engineer (Grid Storage) role.

        Date: Tuesday, September 22, 2026
        Time: 10:00 AM - 10:45 AM EDT (4:00 PM - 4:45 PM CEST, your time)
        Location: Video call - Zoom
        Join: https://halvardgrid.zoom.us/j/83310492271?pwd=Rk9TbW1hN2xQd2tV
        Meeting ID: 833 1049 2271 / Passcode: 604112

        You'll be meeting with:
          Daniel Whitcombe - Director, Storage Engineering

        Daniel will likely ask you to walk through one project you owned end to end (the
        BESS retrofit in your resume is a great candidate). No slides needed.

        If something comes up and you need to move this, just reply to this email and I'll
        find another slot.

        Best,
        Megan O'Rourke
        Technical Recruiter, Halvard Grid Systems
        Boston, MA

        --
        This email was sent by Halvard Grid Systems via Greenhouse. Halvard Grid Systems is an
        equal opportunity employer.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi In&egrave;s,</p>
        <p>Thanks for taking the time to schedule with us! Below are the details for your upcoming interview for the
        <strong>Senior Energy Systems Engineer (Grid Storage)</strong> role.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Tuesday, September 22, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 10:45 AM EDT (4:00 PM - 4:45 PM CEST, your time)</td></tr>
        <tr><td><b>Location:</b></td><td>Video call - Zoom<br>
        <a href="https://halvardgrid.zoom.us/j/83310492271?pwd=Rk9TbW1hN2xQd2tV">Join Zoom meeting</a><br>
        Meeting ID: 833 1049 2271 / Passcode: 604112</td></tr>
        </table>
        <p>You'll be meeting with:<br>&nbsp;&nbsp;Daniel Whitcombe - Director, Storage Engineering</p>
        <p>Daniel will likely ask you to walk through one project you owned end to end (the BESS retrofit in your
        resume is a great candidate). No slides needed.</p>
        <p>If something comes up and you need to move this, just reply to this email and I'll find another slot.</p>
        <p>Best,<br>Megan O'Rourke<br>Technical Recruiter, Halvard Grid Systems<br>Boston, MA</p>
        <p style="font-size:11px;color:#8a949e">This email was sent by Halvard Grid Systems via Greenhouse.
        Halvard Grid Systems is an equal opportunity employer.</p>
        </body></html>
        """)
    w = "2026-09-16 15:12"
    hs = [rcv("mail-1.us.greenhouse-mail.io", "198.21.6.112", w, NYC, "4Q9bX2kLmZz7"),
          ("From", "Halvard Grid Systems <no-reply@us.greenhouse-mail.io>"),
          ("Reply-To", "Megan O'Rourke <megan.orourke@halvardgrid.com>"),
          ("To", me()),
          ("Subject", "Interview Confirmation - Senior Energy Systems Engineer (Grid Storage) at Halvard Grid Systems"),
          ("Date", date(w, NYC)),
          ("Message-ID", "<0100019a7c1f5e2b-8d4e6a51-3c0f-4b7e-9a62-1e5d0c8f7b44-000000@email.amazonses.com>")]
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 2 Lever


@make.mail(n(2), family="lever", lang="en", interview=True, kind="scheduled", company="Cierzo Eólica",
           start=utc("2026-10-01 11:30", MAD), end=utc("2026-10-01 12:15", MAD),
           contact="lucia.ferrandez@cierzoeolica.es", local="Thu 2026-10-01 11:30", local_end="2026-10-01 12:15",
           zone=MAD, note="Lever confirmation from a Madrid employer; 11:30-12:15 CEST (Madrid = Paris time); "
           "contact = Reply-To")
def m02() -> bytes:
    body = t("""
        Hi Inès,

        Your interview with Cierzo Eólica is confirmed.

          Wind Resource & Performance Engineer
          Thursday, October 1, 2026
          11:30 - 12:15 CEST (Madrid)
          Google Meet: https://meet.google.com/vqe-hxnr-pkd

        Interviewers: Javier Ortuño (Head of Asset Performance), Lucía Ferrández (Talent)

        We'll spend most of the time on a case about underperforming turbines in one of our Aragón
        parks, so have a notepad ready. The conversation will be in English, with a few minutes in
        Spanish if you're comfortable (not required).

        Questions? Reply to this email to reach Lucía directly.

        Cierzo Eólica S.L. · Paseo de la Castellana 211, 28046 Madrid

        Sent via Lever. Unsubscribe from non-essential emails:
        https://hire.lever.co/candidate/unsubscribe/cierzoeolica/7c1e0a4f
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
        <p>Hi In&egrave;s,</p>
        <p>Your interview with Cierzo E&oacute;lica is confirmed.</p>
        <div style="border-left:3px solid #3a7bd5;padding-left:12px;margin:16px 0">
        <div style="font-weight:600">Wind Resource &amp; Performance Engineer</div>
        <div>Thursday, October 1, 2026</div>
        <div>11:30 - 12:15 CEST (Madrid)</div>
        <div>Google Meet: <a href="https://meet.google.com/vqe-hxnr-pkd">meet.google.com/vqe-hxnr-pkd</a></div>
        </div>
        <p>Interviewers: Javier Ortu&ntilde;o (Head of Asset Performance), Luc&iacute;a Ferr&aacute;ndez (Talent)</p>
        <p>We'll spend most of the time on a case about underperforming turbines in one of our Arag&oacute;n parks,
        so have a notepad ready. The conversation will be in English, with a few minutes in Spanish if you're
        comfortable (not required).</p>
        <p>Questions? Reply to this email to reach Luc&iacute;a directly.</p>
        <p style="color:#888;font-size:12px">Cierzo E&oacute;lica S.L. &middot; Paseo de la Castellana 211, 28046 Madrid<br>
        Sent via Lever. <a href="https://hire.lever.co/candidate/unsubscribe/cierzoeolica/7c1e0a4f">Unsubscribe</a>
        from non-essential emails.</p>
        </div>
        """)
    w = "2026-09-25 12:40"
    hs = [rcv("o12.email.lever.co", "167.89.12.77", w, MAD, "7RtYv1QpN3cd"),
          ("From", "Cierzo =?utf-8?q?E=C3=B3lica?= <no-reply@hire.lever.co>"),
          ("Reply-To", addr("Lucía Ferrández", "lucia.ferrandez@cierzoeolica.es")),
          ("To", me()),
          ("Subject", enc("Interview confirmed: Wind Resource & Performance Engineer – Cierzo Eólica")),
          ("Date", date(w, MAD)),
          ("Message-ID", "<20260925104012.4f1c2a9e7b3d@hire.lever.co>")]
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 3 Ashby + ics


@make.mail(n(3), family="ashby", lang="fr", interview=True, kind="scheduled", company="Kelvinia",
           start=utc("2026-10-05 14:00", PAR), end=utc("2026-10-05 14:45", PAR),
           contact="camille.rouxfabre@kelvinia.fr", local="Mon 2026-10-05 14:00", local_end="2026-10-05 14:45",
           zone=PAR, note="Ashby in French with invite.ics (TZID Europe/Paris); contact = Reply-To = ORGANIZER")
def m03() -> bytes:
    body = t("""
        Bonjour Inès,

        Votre entretien est confirmé. Nous avons hâte d'échanger avec vous !

        lundi 5 octobre 2026, 14:00 – 14:45 (heure de Paris)
        Visioconférence Google Meet : https://meet.google.com/kfa-wtbd-ruo

        Vous rencontrerez :
          Bastien Morel — CTO

        Au programme : 10 min de présentation croisée, puis une discussion autour de notre
        plateforme de pilotage énergétique des bâtiments tertiaires (décret tertiaire, GTB, etc.).

        Une question ? Répondez simplement à ce message, il arrivera à Camille Roux-Fabre.

        À bientôt,
        L'équipe recrutement Kelvinia
        """)
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Bonjour In&egrave;s,</p>
        <p>Votre entretien est confirm&eacute;. Nous avons h&acirc;te d'&eacute;changer avec vous&nbsp;!</p>
        <p><b>lundi 5 octobre 2026, 14:00 &ndash; 14:45 (heure de Paris)</b><br>
        Visioconf&eacute;rence Google Meet&nbsp;: <a href="https://meet.google.com/kfa-wtbd-ruo">meet.google.com/kfa-wtbd-ruo</a></p>
        <p>Vous rencontrerez&nbsp;:<br>&nbsp;&nbsp;Bastien Morel &mdash; CTO</p>
        <p>Au programme&nbsp;: 10 min de pr&eacute;sentation crois&eacute;e, puis une discussion autour de notre plateforme
        de pilotage &eacute;nerg&eacute;tique des b&acirc;timents tertiaires (d&eacute;cret tertiaire, GTB, etc.).</p>
        <p>Une question&nbsp;? R&eacute;pondez simplement &agrave; ce message, il arrivera &agrave; Camille Roux-Fabre.</p>
        <p>&Agrave; bient&ocirc;t,<br>L'&eacute;quipe recrutement Kelvinia</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//FR
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["Europe/Paris"]}
BEGIN:VEVENT
UID:ashby-6d0f3e1a-92b4-4c57-8e0a-5b1f7d2c9a14
DTSTAMP:{stamp("2026-09-29 10:05", PAR)}
DTSTART;TZID=Europe/Paris:20261005T140000
DTEND;TZID=Europe/Paris:20261005T144500
SEQUENCE:0
SUMMARY:Entretien Kelvinia – Ingénieure performance énergétique (Inès Darrigrand)
LOCATION:https://meet.google.com/kfa-wtbd-ruo
ORGANIZER;CN=Camille Roux-Fabre:mailto:camille.rouxfabre@kelvinia.fr
ATTENDEE;CN=Inès Darrigrand;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Bastien Morel;ROLE=REQ-PARTICIPANT:mailto:bastien.morel@kelvinia.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    w = "2026-09-29 10:05"
    hs = [rcv("a8-54.smtp-out.amazonses.com", "54.240.8.54", w, PAR, "2HcVb8tQe0Lk"),
          ("From", "Kelvinia <no-reply@ashbyhq.com>"),
          ("Reply-To", "Camille Roux-Fabre <camille.rouxfabre@kelvinia.fr>"),
          ("To", me()),
          ("Subject", enc("Entretien confirmé : Ingénieure performance énergétique – Kelvinia")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<010001994b2a8c70-5e3d1f20-7a4b-4c8e-b1d2-9f60e3a7c815-000000@email.amazonses.com>")]
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 4 Workday (HTML only)


@make.mail(n(4), family="workday", lang="fr", interview=True, kind="scheduled", company="Groupe Adour Énergie",
           start=utc("2026-10-14 09:00", PAR), end=utc("2026-10-14 10:00", PAR),
           contact="sandrine.lacaze@adour-energie.fr", local="Wed 2026-10-14 09:00", local_end="2026-10-14 10:00",
           zone=PAR, note="Workday HTML-only, on-site in Pau 9h00-10h00 CEST; sender is the Workday tenant "
           "address, contact = the HR business partner's address in the body")
def m04() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#00527a;color:#ffffff;font-size:18px">Groupe Adour &Eacute;nergie &ndash; Carri&egrave;res</td></tr>
        <tr><td>
        <p>Bonjour Madame Darrigrand,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de
        <b>Responsable efficacit&eacute; &eacute;nerg&eacute;tique (H/F) &ndash; R-04417</b>.</p>
        <p><b>Date :</b> mercredi 14 octobre 2026<br>
        <b>Horaire :</b> de 9h00 &agrave; 10h00<br>
        <b>Lieu :</b> Si&egrave;ge du Groupe Adour &Eacute;nergie, 14 boulevard des Gaves, 64000 Pau &ndash; accueil B&acirc;timent C<br>
        <b>Interlocuteurs :</b> Sandrine Lacaze (RRH) et Fr&eacute;d&eacute;ric Pucheu (Directeur des op&eacute;rations)</p>
        <p>Merci de vous pr&eacute;senter &agrave; l'accueil 10 minutes avant le d&eacute;but de l'entretien, muni(e) d'une pi&egrave;ce d'identit&eacute;.
        Un parking visiteurs est disponible rue des Tanneurs.</p>
        <p>Pour toute question ou emp&ecirc;chement, vous pouvez contacter Sandrine Lacaze &agrave; l'adresse
        <a href="mailto:sandrine.lacaze@adour-energie.fr">sandrine.lacaze@adour-energie.fr</a>.</p>
        <p>Vous pouvez &agrave; tout moment consulter l'&eacute;tat de votre candidature dans votre
        <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/adourenergie/carrieres/userHome">espace candidat</a>.</p>
        <p>Cordialement,<br>La Direction des Ressources Humaines<br>Groupe Adour &Eacute;nergie</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999">Ce message a &eacute;t&eacute; envoy&eacute; automatiquement, merci de ne pas y r&eacute;pondre.
        Vos donn&eacute;es sont trait&eacute;es conform&eacute;ment &agrave; notre politique de confidentialit&eacute;.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    w = "2026-10-07 16:20"
    hs = [rcv("wd3-mta-out02.myworkday.com", "147.154.33.21", w, PAR, "9PzKq4WmXs2a"),
          ("From", enc("Groupe Adour Énergie") + " <adourenergie@myworkday.com>"),
          ("To", "ines.darrigrand@example.com"),
          ("Subject", enc("Confirmation de votre entretien - Responsable efficacité énergétique (H/F) R-04417")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<1469884302.118734.1791728400511@wd3-impl-services1.workday.com>")]
    return message(hs, html(page))


# --------------------------------------------------------------------------- 5 SmartRecruiters, cancelled


@make.mail(n(5), family="smartrecruiters", lang="fr", interview=True, kind="cancelled",
           company="Girondine Thermique", start=utc("2026-10-22 15:00", PAR), end=utc("2026-10-22 16:00", PAR),
           contact="thomas.bergey@girondine-thermique.fr", local="Thu 2026-10-22 15:00",
           local_end="2026-10-22 16:00", zone=PAR,
           note="SmartRecruiters cancellation with METHOD:CANCEL ICS in UTC; the cancelled slot is "
           "15h00-16h00 CEST; no Reply-To, contact = ICS ORGANIZER (hiring manager)")
def m05() -> bytes:
    body = t("""
        Bonjour Inès,

        Nous vous informons que l'entretien suivant a été annulé :

        Poste : Ingénieur(e) réseaux de chaleur – Bordeaux
        Date initiale : jeudi 22 octobre 2026, 15:00 - 16:00 (Europe/Paris)
        Avec : Thomas Bergey

        Thomas Bergey reviendra vers vous prochainement pour convenir d'un nouveau créneau. Nous
        vous prions de nous excuser pour ce contretemps.

        Cordialement,
        Girondine Thermique

        ---
        Cet e-mail vous a été envoyé par SmartRecruiters pour le compte de Girondine Thermique.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:sr-int-3b81f2c4-07aa-4e19-a6d5-c2e94f1b7d30@smartrecruiters.com
DTSTAMP:{stamp("2026-10-19 11:02", PAR)}
DTSTART:20261022T130000Z
DTEND:20261022T140000Z
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Entretien - Ingénieur(e) réseaux de chaleur - Inès Darrigrand
ORGANIZER;CN=Thomas Bergey:mailto:thomas.bergey@girondine-thermique.fr
ATTENDEE;CN=Inès Darrigrand;PARTSTAT=NEEDS-ACTION:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    w = "2026-10-19 11:02"
    hs = [rcv("mta-out-11.smartrecruiters.com", "35.157.41.9", w, PAR, "Lm3Nf8Hc1Tqe"),
          ("From", "Girondine Thermique <noreply@smartrecruiters.com>"),
          ("To", me()),
          ("Subject", enc("Entretien annulé : Ingénieur(e) réseaux de chaleur – Girondine Thermique")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<sr.notif.8a1e4f0b9c2d.20261019090200@smartrecruiters.com>")]
    return message(hs, mixed(text(body),
                             calendar(ics, method="CANCEL", cte="quoted-printable", filename="annulation.ics",
                                      disposition="attachment")))


# --------------------------------------------------------------------------- 6 iCIMS (text only, ascii)


@make.mail(n(6), family="icims", lang="en", interview=True, kind="scheduled", company="Prairieline Power",
           start=utc("2026-10-27 09:00", CHI), end=utc("2026-10-27 10:00", CHI),
           contact="tanya.okafor@prairielinepower.com", local="Tue 2026-10-27 09:00", local_end="2026-10-27 10:00",
           zone=CHI, note="iCIMS plain text, 9:00-10:00 AM CT on 27 Oct: Chicago still on CDT (UTC-5) while Paris "
           "is already on CET, so 15:00 Paris as the mail says; contact = recruiter address in the body")
def m06() -> bytes:
    body = t("""
        Dear Ines,

        Thank you for your interest in Prairieline Power. We are pleased to confirm the following
        interview:

        Requisition:   2026-1187 Senior Energy Engineer (Remote - EU)
        Interview:     Technical interview (Microsoft Teams)
        Date:          Tuesday, 10/27/2026
        Time:          9:00 AM - 10:00 AM Central Time (CT)
        Interviewers:  Rob Lindqvist, Principal Engineer; Tanya Okafor, Talent Acquisition

        Please note that all interview times are listed in Central Time. Europe changes its clocks
        one week before the US this year, so this will be 3:00 PM in Paris.

        A Teams link will be sent by the interview team separately. If you have any questions,
        please contact Tanya Okafor at tanya.okafor@prairielinepower.com or +1 312 555 0148.

        Sincerely,

        Talent Acquisition
        Prairieline Power
        Chicago, IL

        This is an automated message sent from our applicant tracking system. Please do not reply
        directly to this email.
        """)
    w = "2026-10-20 13:45"
    hs = [rcv("mail11.icims.com", "64.79.155.31", w, CHI, "Bw5Xc0Hr9Ktu"),
          ("From", "Prairieline Power Careers <prairielinepower@talent.icims.com>"),
          ("To", "Ines Darrigrand <ines.darrigrand@example.com>"),
          ("Subject", "Interview Scheduled - 2026-1187 Senior Energy Engineer (Remote - EU)"),
          ("Date", date(w, CHI)),
          ("Message-ID", "<1297530.4418.1792521900133.JavaMail.icims@app11.icims.com>")]
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


# --------------------------------------------------------------------------- 7 Workable


@make.mail(n(7), family="workable", lang="fr", interview=True, kind="scheduled", company="Occitherm",
           start=utc("2026-10-09 10:30", PAR), end=utc("2026-10-09 11:30", PAR),
           contact="nadia.benali@occitherm.fr", local="Fri 2026-10-09 10:30", local_end="2026-10-09 11:30",
           zone=PAR, note="Workable in French; Reply-To is a Workable relay (not a person), contact = the "
           "hiring manager's address written in the body; 10h30-11h30 CEST")
def m07() -> bytes:
    body = t("""
        Bonjour Inès,

        Merci d'avoir choisi un créneau. Votre entretien pour le poste d'Ingénieur(e) thermicien(ne)
        chez Occitherm est confirmé :

        📅 vendredi 9 octobre 2026
        🕥 10:30 – 11:30 (heure de Paris)
        📍 Occitherm, 6 impasse Louis Bréguet, 31400 Toulouse (2e étage, sonnez à « Occitherm »)

        Vous rencontrerez Nadia Benali, responsable du bureau d'études. Si vous avez besoin de la
        joindre directement : nadia.benali@occitherm.fr

        Ajouter à mon agenda : https://apply.workable.com/occitherm/j/5E2F9A01C7/interview/ics

        Bonne préparation,
        L'équipe Occitherm
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2c2c2c;max-width:560px">
        <p>Bonjour In&egrave;s,</p>
        <p>Merci d'avoir choisi un cr&eacute;neau. Votre entretien pour le poste d'<b>Ing&eacute;nieur(e) thermicien(ne)</b>
        chez Occitherm est confirm&eacute;&nbsp;:</p>
        <p>&#128197; vendredi 9 octobre 2026<br>&#128341; 10:30 &ndash; 11:30 (heure de Paris)<br>
        &#128205; Occitherm, 6 impasse Louis Br&eacute;guet, 31400 Toulouse (2e &eacute;tage, sonnez &agrave; &laquo;&nbsp;Occitherm&nbsp;&raquo;)</p>
        <p>Vous rencontrerez Nadia Benali, responsable du bureau d'&eacute;tudes. Si vous avez besoin de la joindre
        directement&nbsp;: <a href="mailto:nadia.benali@occitherm.fr">nadia.benali@occitherm.fr</a></p>
        <p><a href="https://apply.workable.com/occitherm/j/5E2F9A01C7/interview/ics">Ajouter &agrave; mon agenda</a></p>
        <p>Bonne pr&eacute;paration,<br>L'&eacute;quipe Occitherm</p>
        <p style="font-size:11px;color:#999">Propuls&eacute; par Workable</p>
        </div>
        """)
    w = "2026-10-02 09:30"
    hs = [rcv("mail-a12.workablemail.com", "52.18.220.7", w, PAR, "Qe1Rz6Yv4Pmn"),
          ("From", "Occitherm <noreply@candidates.workablemail.com>"),
          ("Reply-To", "Occitherm <occitherm+c8812f40d2@candidates.workablemail.com>"),
          ("To", me()),
          ("Subject", enc("Votre entretien avec Occitherm est confirmé")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<6516f2c8a1d3e_7f3a2b1c9d8e@workable-mailer-7c9f.mail>")]
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 8 Teamtailor + ics Zurich


@make.mail(n(8), family="teamtailor", lang="fr", interview=True, kind="scheduled", company="Léman Hydro SA",
           start=utc("2026-11-03 10:00", ZRH), end=utc("2026-11-03 11:00", ZRH),
           contact="aurelie.favre@leman-hydro.ch", local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00",
           zone=ZRH, note="Teamtailor (Swiss French) after the candidate picked a slot; Geneva 10:00-11:00 CET "
           "(after 25 Oct); ICS TZID Europe/Zurich; contact = Reply-To / ORGANIZER")
def m08() -> bytes:
    body = t("""
        Bonjour Inès,

        Merci d'avoir réservé votre entretien. Voici le récapitulatif :

        Poste : Ingénieur·e exploitation petite hydraulique
        Date : mardi 3 novembre 2026
        Heure : 10:00 - 11:00 (heure de Genève)
        Lieu : Léman Hydro SA, Rue du Pré-Jérôme 9, 1205 Genève
        Avec : Aurélie Favre (RH) et Yann Chappuis (responsable d'exploitation)

        Vous trouverez une invitation de calendrier en pièce jointe. Si vous venez en train depuis
        la France, la gare de Genève-Cornavin est à 15 minutes à pied.

        Au plaisir de vous rencontrer,

        Aurélie Favre
        Léman Hydro SA
        """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n\n")).replace(
        "\n", "<br>") + "<p style=\"color:#aaa;font-size:11px\">Envoyé avec Teamtailor</p></body></html>\n"
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
{vtz_eu("Europe/Zurich")}
BEGIN:VEVENT
UID:tt-meeting-41987230@teamtailor.com
DTSTAMP:{stamp("2026-10-28 14:10", ZRH)}
DTSTART;TZID=Europe/Zurich:20261103T100000
DTEND;TZID=Europe/Zurich:20261103T110000
SUMMARY:Entretien Léman Hydro – Inès Darrigrand
LOCATION:Léman Hydro SA\\, Rue du Pré-Jérôme 9\\, 1205 Genève
ORGANIZER;CN=Aurélie Favre:mailto:aurelie.favre@leman-hydro.ch
ATTENDEE;CN=Inès Darrigrand;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
ATTENDEE;CN=Yann Chappuis:mailto:yann.chappuis@leman-hydro.ch
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    w = "2026-10-28 14:10"
    hs = [rcv("mail.teamtailor-mail.com", "185.93.174.18", w, ZRH, "Xy7Ui2Op5Asd"),
          ("From", enc("Aurélie Favre (Léman Hydro)") + " <no-reply@teamtailor-mail.com>"),
          ("Reply-To", addr("Aurélie Favre", "aurelie.favre@leman-hydro.ch")),
          ("To", me()),
          ("Subject", enc("Confirmation de votre entretien – Léman Hydro SA")),
          ("Date", date(w, ZRH)),
          ("Message-ID", "<tt.41987230.1793187000@teamtailor-mail.com>")]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="quoted-printable", filename="entretien.ics",
                                      disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 9 Personio, rescheduled


@make.mail(n(9), family="personio", lang="fr", interview=True, kind="rescheduled", company="Biogaz Pyrénées",
           start=utc("2026-11-13 09:30", PAR), end=utc("2026-11-13 10:15", PAR),
           contact="julien.sarrat@biogaz-pyrenees.fr", local="Fri 2026-11-13 09:30", local_end="2026-11-13 10:15",
           zone=PAR, days=(("Thu", "2026-11-12"),),
           note="Personio reschedule: old slot Thu 12 Nov 14:00 struck, new Fri 13 Nov 9:30-10:15 CET; "
           "contact = Reply-To")
def m09() -> bytes:
    body = t("""
        Bonjour Inès Darrigrand,

        Votre entretien pour le poste « Chargé(e) d'affaires méthanisation » a été déplacé.

        Ancien créneau : jeudi 12 novembre 2026, 14:00 – 14:45
        Nouveau créneau : vendredi 13 novembre 2026, 09:30 – 10:15 (CET)

        Format : entretien vidéo (Microsoft Teams), le lien reste inchangé :
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4NmQ3YjQtNDBkNi00ZGFh%40thread.v2/0

        Participants : Julien Sarrat (Directeur technique)

        Si ce nouveau créneau ne vous convient pas, merci de répondre à cet e-mail.

        Cordialement,
        Biogaz Pyrénées SAS – Toulouse

        Cet e-mail a été généré automatiquement par Personio au nom de Biogaz Pyrénées SAS.
        """)
    w = "2026-11-09 10:15"
    hs = [rcv("mail-out-3.personio.de", "3.121.48.206", w, PAR, "Ht6Ny1Bg8Wqa"),
          ("From", enc("Biogaz Pyrénées SAS") + " <noreply@personio.de>"),
          ("Reply-To", "Julien Sarrat <julien.sarrat@biogaz-pyrenees.fr>"),
          ("To", me()),
          ("Subject", enc("Changement d'horaire : votre entretien chez Biogaz Pyrénées SAS")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<personio.recruiting.5f2b9e71c0a44d8a@personio.de>")]
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 10 Recruitee (Belgian)


@make.mail(n(10), family="recruitee", lang="fr", interview=True, kind="scheduled", company="Wallonergie",
           start=utc("2026-11-16 11:00", BRU), end=utc("2026-11-16 12:00", BRU),
           contact="sebastien.dethier@wallonergie.be", local="Mon 2026-11-16 11:00", local_end="2026-11-16 12:00",
           zone=BRU, note="Recruitee, Belgian French, visio 11h00-12h00 'heure belge (= heure française)'; "
           "contact = Reply-To")
def m10() -> bytes:
    body = t("""
        Bonjour Inès,

        Suite à votre candidature pour le poste de Chef de projet photovoltaïque – agence de
        Bordeaux, nous avons le plaisir de vous fixer rendez-vous pour un premier entretien :

        Lundi 16 novembre 2026 de 11h00 à 12h00 (heure belge, donc la même qu'en France)
        Par Teams – le lien suit dans une invitation séparée.

        Vous serez reçue par Sébastien Dethier, responsable du développement France, et par
        Marie Lejeune de notre service RH.

        Pourriez-vous préparer une courte présentation (cinq à six minutes, pas plus) d'un projet
        dont vous êtes particulièrement fière ?

        Au plaisir,

        Sébastien Dethier
        Wallonergie SA
        Rue de l'Écluse 22 – 5000 Namur
        GSM +32 475 55 01 92
        """)
    page = t("""
        <p>Bonjour In&egrave;s,</p>
        <p>Suite &agrave; votre candidature pour le poste de <strong>Chef de projet photovolta&iuml;que &ndash; agence de Bordeaux</strong>,
        nous avons le plaisir de vous fixer rendez-vous pour un premier entretien&nbsp;:</p>
        <p><strong>Lundi 16 novembre 2026 de 11h00 &agrave; 12h00</strong> (heure belge, donc la m&ecirc;me qu'en France)<br>
        Par Teams &ndash; le lien suit dans une invitation s&eacute;par&eacute;e.</p>
        <p>Vous serez re&ccedil;ue par S&eacute;bastien Dethier, responsable du d&eacute;veloppement France, et par Marie Lejeune
        de notre service RH.</p>
        <p>Pourriez-vous pr&eacute;parer une courte pr&eacute;sentation (cinq &agrave; six minutes, pas plus) d'un projet dont vous
        &ecirc;tes particuli&egrave;rement fi&egrave;re&nbsp;?</p>
        <p>Au plaisir,</p>
        <p>S&eacute;bastien Dethier<br>Wallonergie SA<br>Rue de l'&Eacute;cluse 22 &ndash; 5000 Namur<br>GSM +32 475 55 01 92</p>
        <p style="font-size:11px;color:#9aa">Envoy&eacute; via Recruitee</p>
        """)
    w = "2026-11-10 15:40"
    hs = [rcv("mail.recruitee.com", "18.196.52.140", w, BRU, "Zp0Lk3Jh6Gfd"),
          ("From", "Wallonergie <no-reply@recruitee.com>"),
          ("Reply-To", addr("Sébastien Dethier", "sebastien.dethier@wallonergie.be")),
          ("To", me()),
          ("Subject", enc("Invitation à un entretien – Chef de projet photovoltaïque (Bordeaux)")),
          ("Date", date(w, BRU)),
          ("Message-ID", "<recruitee-mail-20261110144000-3f8d1a@recruitee.com>")]
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 11 JazzHR (Denver)


@make.mail(n(11), family="jazzhr", lang="en", interview=True, kind="scheduled", company="Mesa Verde Solar",
           start=utc("2026-11-18 08:00", DEN), end=utc("2026-11-18 08:45", DEN),
           contact="kyle.brandt@mesaverdesolar.com", local="Wed 2026-11-18 08:00", local_end="2026-11-18 08:45",
           zone=DEN, note="JazzHR; 8:00 AM MST, 45 minutes stated (= 16:00 Paris, given in the mail); contact = "
           "hiring manager address in the body")
def m11() -> bytes:
    body = t("""
        Hi Ines,

        Thanks again for applying to the Project Engineer - Hybrid PV + Storage (EU Projects)
        position at Mesa Verde Solar. You're all set for a 45-minute video interview with our
        hiring manager, Kyle Brandt:

        When: Wednesday, November 18, 2026 at 8:00 AM Mountain Time (MST)
              (that's 4:00 PM for you in France)
        Where: https://mesaverdesolar.zoom.us/j/91124830376

        If you need to reach Kyle before then, his email is kyle.brandt@mesaverdesolar.com.

        Talk soon,
        Mesa Verde Solar Hiring Team
        Golden, Colorado

        ----
        You are receiving this message because you applied to a job at Mesa Verde Solar
        through applytojob.com.
        """)
    w = "2026-11-12 09:05"
    hs = [rcv("mail.applytojob.com", "50.112.62.19", w, DEN, "Ce8Vb2Nm4Qwe"),
          ("From", "Mesa Verde Solar <no-reply@applytojob.com>"),
          ("To", "ines.darrigrand@example.com"),
          ("Subject", "Interview Scheduled: Project Engineer - Hybrid PV + Storage (EU Projects)"),
          ("Date", date(w, DEN)),
          ("Message-ID", "<20261112160500.9912.77431@jazzhr-mailer-2>")]
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"),
                           html("<p>" + body.replace("&", "&amp;").replace("\n\n", "</p><p>")
                                .replace("\n", "<br>") + "</p>\n")))


# --------------------------------------------------------------------------- 12 GoodTime, rescheduled


@make.mail(n(12), family="goodtime", lang="en", interview=True, kind="rescheduled", company="Northgate Storage",
           start=utc("2026-11-05 11:00", NYC), end=utc("2026-11-05 11:45", NYC),
           contact="priya.raman@northgatestorage.com", local="Thu 2026-11-05 11:00", local_end="2026-11-05 11:45",
           zone=NYC, days=(("Tue", "2026-11-03"),),
           note="GoodTime reschedule sent 30 Oct in EDT; new slot 11:00-11:45 AM EST on 5 Nov (US back to EST on "
           "1 Nov) = 17:00 CET; old slot Tue 3 Nov in the text; ICS SEQUENCE:1; contact = Reply-To")
def m12() -> bytes:
    body = t("""
        Hi Inès,

        Your interview with Northgate Storage has been rescheduled. Here are the updated details:

        NEW TIME
        Thursday, November 5, 2026
        11:00 AM - 11:45 AM EST (5:00 PM - 5:45 PM CET)

        Previously: Tuesday, November 3, 2026, 10:00 AM - 10:45 AM EST

        Interview: Hiring Manager Interview - Controls & Integration Engineer
        Interviewer: Marcus Bell, Engineering Manager
        Video: https://northgatestorage.zoom.us/j/98233104857

        An updated calendar invitation is attached. Please reply to this email if the new time
        doesn't work for you.

        Thanks,
        Priya Raman
        Recruiting Coordinator, Northgate Storage

        Scheduled with GoodTime
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{make.VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gt-5c2d8e7f-1a3b-4d90-8f61-7e4c2b9a0d15@goodtime.io
DTSTAMP:{stamp("2026-10-30 11:20", NYC)}
DTSTART;TZID=America/New_York:20261105T110000
DTEND;TZID=America/New_York:20261105T114500
SEQUENCE:1
SUMMARY:Northgate Storage - Hiring Manager Interview (Inès Darrigrand)
LOCATION:https://northgatestorage.zoom.us/j/98233104857
ORGANIZER;CN=Priya Raman:mailto:priya.raman@northgatestorage.com
ATTENDEE;CN=Inès Darrigrand;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Marcus Bell:mailto:marcus.bell@northgatestorage.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    w = "2026-10-30 11:20"
    hs = [rcv("o1.ptr4471.goodtime.io", "149.72.166.20", w, NYC, "Rn4Ty7Ui1Opl"),
          ("From", "Northgate Storage <notifications@goodtime.io>"),
          ("Reply-To", "Priya Raman <priya.raman@northgatestorage.com>"),
          ("To", me()),
          ("Subject", "Rescheduled: Hiring Manager Interview with Northgate Storage"),
          ("Date", date(w, NYC)),
          ("Message-ID", "<gt.8a7f0c2e3b91.1793373600@goodtime.io>")]
    return message(hs, mixed(text(body),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 13 Calendly (French UI)


@make.mail(n(13), family="calendly", lang="fr", interview=True, kind="scheduled", company="Héliantis",
           start=utc("2026-09-29 17:30", PAR), end=utc("2026-09-29 18:00", PAR),
           contact="julie.marty@heliantis.fr", local="Tue 2026-09-29 17:30", local_end="2026-09-29 18:00",
           zone=PAR, note="Calendly invitee confirmation (French UI) for a 30-min phone screen with HR; "
           "17:30-18:00 CEST; contact = Reply-To host")
def m13() -> bytes:
    body = t("""
        Bonjour Inès Darrigrand,

        Un nouvel événement a été planifié.

        Événement :
        Entretien téléphonique – Héliantis (30 min)

        Date/heure de l'événement :
        17:30 - 18:00, mardi 29 septembre 2026 (heure d'Europe centrale)

        Avec :
        Julie Marty

        Lieu :
        Julie vous appellera au numéro indiqué : +33 6 12 48 90 37

        Questions :
        Pour quel poste postulez-vous ?
        Ingénieure études énergétiques – Toulouse

        Annuler : https://calendly.com/cancellations/2b7e11c0-9c58-4f6a-8d21-a0e5f4c3b9d8
        Replanifier : https://calendly.com/reschedulings/2b7e11c0-9c58-4f6a-8d21-a0e5f4c3b9d8

        Propulsé par Calendly.com
        """)
    page = t("""
        <div style="font-family:proxima-nova,Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <p>Bonjour In&egrave;s Darrigrand,</p>
        <p>Un nouvel &eacute;v&eacute;nement a &eacute;t&eacute; planifi&eacute;.</p>
        <p><b>&Eacute;v&eacute;nement&nbsp;:</b><br>Entretien t&eacute;l&eacute;phonique &ndash; H&eacute;liantis (30 min)</p>
        <p><b>Date/heure de l'&eacute;v&eacute;nement&nbsp;:</b><br>17:30 - 18:00, mardi 29 septembre 2026 (heure d'Europe centrale)</p>
        <p><b>Avec&nbsp;:</b><br>Julie Marty</p>
        <p><b>Lieu&nbsp;:</b><br>Julie vous appellera au num&eacute;ro indiqu&eacute;&nbsp;: +33 6 12 48 90 37</p>
        <p><b>Questions&nbsp;:</b><br>Pour quel poste postulez-vous&nbsp;?<br>Ing&eacute;nieure &eacute;tudes &eacute;nerg&eacute;tiques &ndash; Toulouse</p>
        <p><a href="https://calendly.com/cancellations/2b7e11c0-9c58-4f6a-8d21-a0e5f4c3b9d8">Annuler</a> &nbsp;
        <a href="https://calendly.com/reschedulings/2b7e11c0-9c58-4f6a-8d21-a0e5f4c3b9d8">Replanifier</a></p>
        <p style="font-size:12px;color:#a6a6a6">Propuls&eacute; par Calendly.com</p>
        </div>
        """)
    w = "2026-09-24 18:02"
    hs = [rcv("o3.email.calendly.com", "167.89.101.43", w, PAR, "Kj2Hg5Fd8Sap"),
          ("From", "Calendly <notifications@calendly.com>"),
          ("Reply-To", "Julie Marty <julie.marty@heliantis.fr>"),
          ("To", me()),
          ("Subject", enc("Nouvel événement : Inès Darrigrand - 17:30 mar. 29 sept. 2026 - "
                          "Entretien téléphonique – Héliantis (30 min)")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<calendly.invitee.2b7e11c0-9c58-4f6a-8d21-a0e5f4c3b9d8@calendly.com>")]
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 14 Microsoft Bookings


@make.mail(n(14), family="ms_bookings", lang="fr", interview=True, kind="scheduled",
           company="Cabinet Vauban Énergies", start=utc("2026-10-15 10:00", PAR), end=utc("2026-10-15 10:45", PAR),
           contact="marc-antoine.guerin@vauban-energies.fr", local="Thu 2026-10-15 10:00",
           local_end="2026-10-15 10:45", zone=PAR,
           note="Microsoft Bookings from a shared mailbox; body label '(UTC+01:00) Bruxelles, ... Paris' although "
           "15 Oct is CEST: 10:00 Paris = 08:00Z, as the ICS (Romance Standard Time) says; contact = consultant "
           "address in the body")
def m14() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Calibri,Arial,sans-serif;font-size:14px;color:#252423">
        <div style="font-size:20px;font-weight:600;padding:12px 0">Votre rendez-vous est confirmé</div>
        <p>Bonjour Inès Darrigrand,</p>
        <p>Merci d'avoir pris rendez-vous avec Cabinet Vauban Énergies. Voici les détails de votre réservation.</p>
        <table cellpadding="3">
        <tr><td style="color:#605e5c">Service</td><td>Entretien de recrutement – Ingénieur(e) conseil énergie</td></tr>
        <tr><td style="color:#605e5c">Date et heure</td><td>jeudi 15 octobre 2026 10:00 - 10:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Membre du personnel</td><td>Marc-Antoine Guérin</td></tr>
        <tr><td style="color:#605e5c">Lieu</td><td>Réunion Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmU4YjQ1ZDAtN2Y1Yi00%40thread.v2/0">Rejoindre la réunion Teams</a></p>
        <p>Pour toute question sur l'entretien, écrivez à Marc-Antoine : marc-antoine.guerin@vauban-energies.fr</p>
        <p><a href="https://outlook.office365.com/owa/calendar/CabinetVauban@vauban-energies.fr/bookings/s/manage">Gérer la réservation</a></p>
        <p style="font-size:12px;color:#8a8886">Cabinet Vauban Énergies · 41 rue de Lancry, 75010 Paris · 01 84 60 27 15</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Cabinet Vauban Énergies:mailto:CabinetVauban@vauban-energies.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inès Darrigrand:mailto:{ME}
DESCRIPTION;LANGUAGE=fr-FR:Entretien de recrutement – Ingénieur(e) conseil énergie\\nMembre du personnel : Marc-Antoine Guérin\\n
UID:040000008200E00074C5B7101A82E00800000000B0C47E3A9256DD01000000000000000010000000A7C2F1B9D44E3C4D8F17B2E55A0C9E61
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Inès Darrigrand
DTSTART;TZID=Romance Standard Time:20261015T100000
DTEND;TZID=Romance Standard Time:20261015T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp("2026-10-08 09:12", PAR)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:TRUE
END:VEVENT
END:VCALENDAR"""
    w = "2026-10-08 09:12"
    hs = [rcv("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.91", w, PAR, "Gf9Dd1Ss3Aaw"),
          ("From", enc("Cabinet Vauban Énergies") + " <CabinetVauban@vauban-energies.fr>"),
          ("To", me()),
          ("Subject", enc("Rendez-vous confirmé : Entretien de recrutement – Ingénieur(e) conseil énergie")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<PR3P194MB08126C1D5E2F4A7B9C3D10E4A6B2@PR3P194MB0812.EURP194.PROD.OUTLOOK.COM>"),
          ("Content-Language", "fr-FR"),
          ("X-MS-Has-Attach", "yes")]
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 15/16 Outlook meeting, then moved

TERREO_UID = "040000008200E00074C5B7101A82E008000000003A1F6C0B7E7CDD01000000000000000010000000E5B2D09C4A7F3E4B9D0C61F28A3B7E45"


def _terreo_ics(seq: int, start: str, end: str, stampw: str, summary: str, desc: str) -> str:
    return f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Hélène Casaubon:mailto:helene.casaubon@terreo-geothermie.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inès Darrigrand:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Guillaume Lasserre:mailto:guillaume.lasserre@terreo-geothermie.fr
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:{TERREO_UID}
SUMMARY;LANGUAGE=fr-FR:{summary}
DTSTART;TZID=Romance Standard Time:{start}
DTEND;TZID=Romance Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stampw}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:{seq}
LOCATION;LANGUAGE=fr-FR:Terréo Géothermie - salle Ossau (18 allée des Pyrénées\\, Pau)
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:2121804377
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
END:VCALENDAR"""


@make.mail(n(15), family="outlook_calendar", lang="fr", interview=True, kind="scheduled",
           company="Terréo Géothermie", start=utc("2026-11-24 14:00", PAR), end=utc("2026-11-24 15:00", PAR),
           contact="helene.casaubon@terreo-geothermie.fr", local="Tue 2026-11-24 14:00",
           local_end="2026-11-24 15:00", zone=PAR,
           note="Exchange meeting request, TZID Romance Standard Time, 14:00-15:00 CET in Pau; contact = organizer "
           "(HR) who is also the sender")
def m15() -> bytes:
    body = t("""
        Bonjour Inès,

        Comme convenu par téléphone, je vous envoie l'invitation pour votre entretien avec
        Guillaume Lasserre (responsable des projets géothermie) et moi-même.

        Nous vous attendons à l'accueil au rez-de-chaussée. Prévoyez une pièce d'identité.

        Bien cordialement,

        Hélène Casaubon
        Chargée de recrutement
        Terréo Géothermie
        18 allée des Pyrénées – 64000 Pau
        05 59 55 31 80
        """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div class=\"WordSection1\"><p class=\"MsoNormal\">"
            + body.replace("&", "&amp;").replace("\n\n", "</p><p class=\"MsoNormal\">").replace("\n", "<br>")
            + "</p></div></body></html>\n")
    ics = _terreo_ics(0, "20261124T140000", "20261124T150000", stamp("2026-11-17 11:34", PAR),
                      "Entretien – Ingénieure projets géothermie – Inès Darrigrand",
                      "Comme convenu par téléphone\\, je vous envoie l'invitation pour votre entretien avec "
                      "Guillaume Lasserre (responsable des projets géothermie) et moi-même.\\n")
    w = "2026-11-17 11:34"
    hs = [rcv("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.58", w, PAR, "Pq8Wo2Ei5Ruk"),
          ("From", addr("Hélène Casaubon", "helene.casaubon@terreo-geothermie.fr")),
          ("To", me()),
          ("CC", "Guillaume Lasserre <guillaume.lasserre@terreo-geothermie.fr>"),
          ("Subject", enc("Entretien – Ingénieure projets géothermie – Inès Darrigrand")),
          ("Thread-Topic", enc("Entretien – Ingénieure projets géothermie – Inès Darrigrand")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<AM9P193MB1466A2B7C3D4E5F60718293A4B5C@AM9P193MB1466.EURP193.PROD.OUTLOOK.COM>"),
          ("Content-Language", "fr-FR")]
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(n(16), family="outlook_calendar", lang="fr", interview=True, kind="rescheduled",
           company="Terréo Géothermie", start=utc("2026-11-26 10:00", PAR), end=utc("2026-11-26 11:00", PAR),
           contact="helene.casaubon@terreo-geothermie.fr", local="Thu 2026-11-26 10:00",
           local_end="2026-11-26 11:00", zone=PAR, days=(("Tue", "2026-11-24"),),
           note="Same UID as the first invitation, SEQUENCE:1, moved from Tue 24 Nov 14:00 to Thu 26 Nov "
           "10:00-11:00 CET (Romance Standard Time); contact = organizer")
def m16() -> bytes:
    body = t("""
        Bonjour Inès,

        Guillaume a un déplacement imprévu sur le chantier de Lons mardi après-midi : je me permets
        de décaler notre entretien au jeudi 26 novembre à 10h. J'espère que cela vous convient,
        n'hésitez pas à me le dire dans le cas contraire.

        Bien cordialement,
        Hélène

        Hélène Casaubon
        Chargée de recrutement – Terréo Géothermie
        05 59 55 31 80
        """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div class=\"WordSection1\"><p class=\"MsoNormal\">"
            + body.replace("&", "&amp;").replace("\n\n", "</p><p class=\"MsoNormal\">").replace("\n", "<br>")
            + "</p></div></body></html>\n")
    ics = _terreo_ics(1, "20261126T100000", "20261126T110000", stamp("2026-11-20 17:05", PAR),
                      "Entretien – Ingénieure projets géothermie – Inès Darrigrand",
                      "Guillaume a un déplacement imprévu sur le chantier de Lons mardi après-midi : je me "
                      "permets de décaler notre entretien au jeudi 26 novembre à 10h.\\n")
    w = "2026-11-20 17:05"
    hs = [rcv("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.61", w, PAR, "Mn5Bv8Cx1Zlk"),
          ("From", addr("Hélène Casaubon", "helene.casaubon@terreo-geothermie.fr")),
          ("To", me()),
          ("CC", "Guillaume Lasserre <guillaume.lasserre@terreo-geothermie.fr>"),
          ("Subject", enc("Mise à jour : Entretien – Ingénieure projets géothermie – Inès Darrigrand")),
          ("Thread-Topic", enc("Entretien – Ingénieure projets géothermie – Inès Darrigrand")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<AM9P193MB1466F0E1D2C3B4A59687A8B9C0D1@AM9P193MB1466.EURP193.PROD.OUTLOOK.COM>"),
          ("Content-Language", "fr-FR")]
    return message(hs, alt(text(body, charset="windows-1252"), html(page), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 17 Google Calendar (French UI)


@make.mail(n(17), family="google_calendar", lang="fr", interview=True, kind="scheduled",
           company="Cirrus Stockage", start=utc("2026-10-08 14:00", PAR), end=utc("2026-10-08 15:00", PAR),
           contact="maxime.escande@cirrus-stockage.fr", local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00",
           zone=PAR, note="Google Calendar invitation, French UI '(UTC+2)', 14:00-15:00 CEST; ICS in the "
           "alternative and as invite.ics; contact = organizer")
def m17() -> bytes:
    body = t("""
        Vous avez été invité à l'événement suivant.

        Entretien technique – Inès Darrigrand / Cirrus Stockage
        Quand
        jeudi 8 oct. 2026 14:00 – 15:00 (UTC+2)

        Participer avec Google Meet
        meet.google.com/pxo-ecnd-zwa

        Invités
        Maxime Escande - organisateur
        Anaïs Puyo
        ines.darrigrand@example.com

        Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=N2g0bDVxOGNm

        Salut Inès, comme convenu au téléphone : 1h avec Anaïs (lead électrotechnique) et moi,
        on parlera dimensionnement BESS et raccordement HTA. Pas besoin de préparer de support.
        Maxime

        Répondre pour ines.darrigrand@example.com
        Oui : https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        Non : https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Peut-être : https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation de Google Agenda

        Vous recevez ce message, car vous êtes invité à cet événement.
        """)
    page = ("<html><body><div style=\"font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px\">"
            + body.replace("&", "&amp;").replace("\n\n", "</div><div style=\"padding-top:12px\">")
            .replace("\n", "<br>") + "</div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["Europe/Paris"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261008T140000
DTEND;TZID=Europe/Paris:20261008T150000
DTSTAMP:{stamp("2026-10-01 16:47", PAR)}
ORGANIZER;CN=Maxime Escande:mailto:maxime.escande@cirrus-stockage.fr
UID:7h4l5q8cf2p0m1sdvk3b9a6e2r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Maxime Escande;X-NUM-GUESTS=0:mailto:maxime.escande@cirrus-stockage.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anaïs Puyo;X-NUM-GUESTS=0:mailto:anais.puyo@cirrus-stockage.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/pxo-ecnd-zwa
CREATED:20261001T144650Z
DESCRIPTION:Salut Inès\\, comme convenu au téléphone : 1h avec Anaïs (lead électrotechnique) et moi\\, on parlera dimensionnement BESS et raccordement HTA.\\n
LAST-MODIFIED:20261001T144700Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien technique – Inès Darrigrand / Cirrus Stockage
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    w = "2026-10-01 16:47"
    hs = [rcv("mail-sor-f69.google.com", "209.85.220.69", w, PAR, "Vb6Nm9Qw2Ert"),
          ("From", "Maxime Escande <maxime.escande@cirrus-stockage.fr>"),
          ("Sender", "Google Agenda <calendar-notification@google.com>"),
          ("Reply-To", "Maxime Escande <maxime.escande@cirrus-stockage.fr>"),
          ("To", ME),
          ("Subject", enc("Invitation: Entretien technique – Inès Darrigrand / Cirrus Stockage @ "
                          "jeu. 8 oct. 2026 14:00 - 15:00 (UTC+2) (ines.darrigrand@example.com)")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<calendar-1f0c7a52-3d9e-4b86-a1e4-58c2d7f93b06@google.com>")]
    return message(hs, mixed(alt(text(body, cte="quoted-printable"), html(page),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 18 Google Calendar, cancelled


@make.mail(n(18), family="google_calendar", lang="en", interview=True, kind="cancelled",
           company="Sotavento Energía", start=utc("2026-12-02 16:00", MAD), end=utc("2026-12-02 16:45", MAD),
           contact="alvaro.quintana@sotavento-energia.es", local="Wed 2026-12-02 16:00",
           local_end="2026-12-02 16:45", zone=MAD,
           note="Google Calendar 'Canceled event' in English (Madrid organizer, CET), METHOD:CANCEL; cancelled slot "
           "16:00-16:45 CET; contact = organizer")
def m18() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Interview: Inès Darrigrand / Sotavento Energía - Grid Connection Engineer
        When
        Wednesday Dec 2, 2026 ⋅ 4pm – 4:45pm
        Central European Time - Madrid

        Organizer
        Álvaro Quintana
        alvaro.quintana@sotavento-energia.es

        Guests
        Álvaro Quintana - organizer
        Nerea Iturbe
        ines.darrigrand@example.com

        Message from the organizer:
        Hi Inès, sorry for the late notice - the position has been put on hold after our budget
        review. I'll write to you properly tomorrow.

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    page = ("<html><body><div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\">"
            + body.replace("&", "&amp;").replace("\n\n", "</div><div style=\"padding-top:12px\">")
            .replace("\n", "<br>") + "</div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{vtz_eu("Europe/Madrid")}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261202T160000
DTEND;TZID=Europe/Madrid:20261202T164500
DTSTAMP:{stamp("2026-11-27 10:30", MAD)}
ORGANIZER;CN=Álvaro Quintana:mailto:alvaro.quintana@sotavento-energia.es
UID:3mq0c8v1e6h4t9k2n7p5r3s0aa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nerea Iturbe;X-NUM-GUESTS=0:mailto:nerea.iturbe@sotavento-energia.es
CREATED:20261119T091512Z
DESCRIPTION:
LAST-MODIFIED:20261127T093000Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview: Inès Darrigrand / Sotavento Energía - Grid Connection Engineer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    w = "2026-11-27 10:30"
    hs = [rcv("mail-sor-f73.google.com", "209.85.220.73", w, MAD, "Ty3Ui6Op9Asd"),
          ("From", addr("Álvaro Quintana", "alvaro.quintana@sotavento-energia.es")),
          ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("Reply-To", addr("Álvaro Quintana", "alvaro.quintana@sotavento-energia.es")),
          ("To", ME),
          ("Subject", enc("Canceled event: Interview: Inès Darrigrand / Sotavento Energía - Grid Connection "
                          "Engineer @ Wed Dec 2, 2026 4pm - 4:45pm (CET) (ines.darrigrand@example.com)")),
          ("Date", date(w, MAD)),
          ("Message-ID", "<calendar-8e2b4d61-f07a-4c93-9b15-c6a0e3d7f128@google.com>")]
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 19 agency recruiter, vous


@make.mail(n(19), family="human_prose", lang="fr", interview=True, kind="scheduled",
           company="Médoc Réseaux Chaleur", start=utc("2026-11-20 10:00", PAR), end=None,
           contact="f.larrieu@aquitaine-talents.fr", local="Fri 2026-11-20 10:00", zone=PAR,
           note="Agency consultant confirms an interview at the client's in Bordeaux, vendredi 20 novembre 10h00 "
           "CET; 'environ 1h15' is approximate so end null; iso-8859-1 QP; contact = the consultant (sender)")
def m19() -> bytes:
    body = t("""
        Bonjour Inès,

        Bonne nouvelle : Médoc Réseaux Chaleur souhaite vous rencontrer !

        Je vous confirme donc votre entretien avec M. Pierre-Yves Dufau, directeur technique, le
        vendredi 20 novembre à 10h00, dans leurs locaux : 27 quai de Brazza, 33100 Bordeaux
        (bâtiment A, 3e étage). Comptez environ 1h15 ; il vous présentera le projet d'extension du
        réseau de la rive droite puis vous posera des questions plus techniques sur vos
        dimensionnements de chaufferies.

        Je reste joignable d'ici là si vous souhaitez préparer l'entretien ensemble, un petit
        point téléphonique de 15 minutes la veille peut être utile.

        Bien à vous,

        Florence Larrieu
        Consultante senior - Énergie & Environnement
        Aquitaine Talents
        12 cours de l'Intendance - 33000 Bordeaux
        Tél. 05 56 55 18 42 - Port. 06 72 55 30 11

        Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur
        destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur.
        """)
    w = "2026-11-13 17:48"
    hs = [rcv("smtp-out.aquitaine-talents.fr", "91.134.22.187", w, PAR, "Ed4Rf7Tg0Yhu"),
          ("From", "Florence Larrieu <f.larrieu@aquitaine-talents.fr>"),
          ("To", addr("Inès Darrigrand", ME, charset="iso-8859-1")),
          ("Subject", enc("Confirmation entretien Médoc Réseaux Chaleur - vendredi 20/11", "iso-8859-1")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<002d01dc7a1f$8b3e4c20$21c0e460$@aquitaine-talents.fr>"),
          ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", "AQHcehjW3bV6dYk2Tk2Xq1l0x7E3Zg==")]
    return message(hs, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 20 former colleague, tu, Geneva


@make.mail(n(20), family="human_prose", lang="fr", interview=True, kind="scheduled",
           company="Rhône Thermique SA", start=utc("2026-12-07 09:30", ZRH), end=None,
           contact="mathieu.rochat@rhone-thermique.ch", local="Mon 2026-12-07 09:30", zone=ZRH,
           note="Former colleague (tu, Swiss French) fixes the interview with his director: lundi 7 décembre "
           "9h30 Geneva time (same as Pau, CET); 'environ une heure et demie' approximate so end null; "
           "contact = sender")
def m20() -> bytes:
    body = t("""
        Salut Inès,

        C'est calé avec Nathalie (Bonvin, notre directrice) : on te voit lundi 7 décembre à 9h30
        chez nous à Carouge, même heure que chez toi évidemment. Compte environ une heure et demie,
        elle voudra sûrement te faire visiter la sous-station de la Praille après.

        Pour venir : le Léman Express depuis Annemasse s'arrête à Lancy-Pont-Rouge, c'est à
        dix minutes à pied. Si tu montes la veille, on peut manger un bout ensemble dimanche soir,
        dis-moi.

        Ça joue pour toi ? Sinon fais-moi signe et je vois avec elle.

        À plus,
        Mathieu

        --
        Mathieu Rochat
        Chef de projet CAD
        Rhône Thermique SA · Chemin des Vergers 12 · 1227 Carouge GE
        +41 22 555 47 80
        """)
    w = "2026-12-01 19:22"
    hs = [rcv("mail-wm1-f52.google.com", "209.85.128.52", w, ZRH, "Ui9Op2As5Dfg"),
          ("From", "Mathieu Rochat <mathieu.rochat@rhone-thermique.ch>"),
          ("To", me()),
          ("Subject", "Entretien avec Nathalie - lundi 7.12"),
          ("Date", date(w, ZRH)),
          ("Message-ID", "<CAM9q7pXk2vB0w4hT8nR3yLs6dFj1Qe5uZc7Hg2mVb3WoN4tYa@mail.gmail.com>")]
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 21 reply on top of a quoted thread


@make.mail(n(21), family="reply_quoted", lang="fr", interview=True, kind="rescheduled", company="Aérowatt",
           start=utc("2026-12-10 15:00", PAR), end=None, contact="stephane.lafforgue@aerowatt.fr",
           local="Thu 2026-12-10 15:00", zone=PAR, days=(("Tue", "2026-12-08"), ("Mon", "2026-11-30"),
                                                          ("Thu", "2026-12-03")),
           note="Hiring manager's Outlook reply on top of the thread: the candidate asked to move Tue 8 Dec 11h; "
           "he confirms jeudi 10 décembre 15h (CET); windows-1252 QP; contact = sender")
def m21() -> bytes:
    body = t("""
        Bonjour Inès,

        Aucun problème, décalons à jeudi 10 décembre à 15h, même lien Teams. Je préviens Carole.

        Bonne journée,

        Stéphane Lafforgue
        Responsable bureau d'études éolien
        Aérowatt – 5 rue Paulin Talabot, 31100 Toulouse
        06 31 55 74 02

        De : Inès Darrigrand <ines.darrigrand@example.com>
        Envoyé : jeudi 3 décembre 2026 21:40
        À : Stéphane Lafforgue <stephane.lafforgue@aerowatt.fr>
        Objet : RE: Entretien Aérowatt – mardi 8 décembre

        Bonjour Stéphane,

        Je suis vraiment désolée, mon employeur actuel vient de me caler une réunion client
        impossible à déplacer mardi matin. Serait-il possible de décaler notre entretien à jeudi
        10 décembre, de préférence l'après-midi ?

        Merci d'avance et toutes mes excuses,
        Inès

        De : Stéphane Lafforgue <stephane.lafforgue@aerowatt.fr>
        Envoyé : lundi 30 novembre 2026 18:05
        À : Inès Darrigrand <ines.darrigrand@example.com>
        Cc : Carole Mialhe <carole.mialhe@aerowatt.fr>
        Objet : Entretien Aérowatt – mardi 8 décembre

        Bonjour Madame Darrigrand,

        Suite à notre échange, je vous confirme notre entretien mardi 8 décembre à 11h en visio
        Teams, avec Carole Mialhe (RH) : https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk2ZDEx%40thread.v2/0

        Cordialement,
        Stéphane Lafforgue
        """)
    w = "2026-12-04 08:51"
    hs = [rcv("EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.20.133", w, PAR, "Hj1Kl4Zx7Cvb"),
          ("From", "=?windows-1252?q?St=E9phane_Lafforgue?= <stephane.lafforgue@aerowatt.fr>"),
          ("To", me()),
          ("CC", "Carole Mialhe <carole.mialhe@aerowatt.fr>"),
          ("Subject", enc("RE: Entretien Aérowatt – mardi 8 décembre", "windows-1252")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<PA4P189MB1352C0B1A2F3E4D5C6B7A8E9F0D1@PA4P189MB1352.EURP189.PROD.OUTLOOK.COM>"),
          ("In-Reply-To", "<CAGx8Lm2Rb7Vk0yN5pTq3Wz1Hd9Sf4Ju6Ea2Ic8Ox0Zb@mail.gmail.com>"),
          ("References", "<PA4P189MB13527D6E5F4A3B2C1D0E9F8A7B6C@PA4P189MB1352.EURP189.PROD.OUTLOOK.COM>\r\n "
                         "<CAGx8Lm2Rb7Vk0yN5pTq3Wz1Hd9Sf4Ju6Ea2Ic8Ox0Zb@mail.gmail.com>"),
          ("Thread-Topic", enc("Entretien Aérowatt – mardi 8 décembre", "windows-1252")),
          ("Content-Language", "fr-FR")]
    return message(hs, text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 22 forward to self


@make.mail(n(22), family="forwarded", lang="fr", interview=True, kind="scheduled", company="Pyrène Hydrogène",
           start=utc("2026-12-14 10:00", PAR), end=utc("2026-12-14 11:00", PAR),
           contact="claire.etcheverry@pyrene-h2.fr", local="Mon 2026-12-14 10:00", local_end="2026-12-14 11:00",
           zone=PAR, note="Owner forwards from her .org address to her .com address (Gmail French 'Message "
           "transféré'); 10h00-11h00 CET in Lacq; contact = the recruiter in the forwarded header")
def m22() -> bytes:
    body = t("""
        pour l'agenda + penser à imprimer le plan d'accès (badge visiteur !)

        ---------- Forwarded message ---------
        De : Claire Etcheverry <claire.etcheverry@pyrene-h2.fr>
        Date: lun. 7 déc. 2026 à 16:02
        Subject: Votre entretien chez Pyrène Hydrogène - lundi 14 décembre
        To: <ines.darrigrand@example.org>


        Madame,

        Suite à notre échange téléphonique de ce jour, j'ai le plaisir de vous confirmer votre
        entretien pour le poste d'Ingénieure procédés électrolyse, le lundi 14 décembre 2026 de
        10h00 à 11h00, sur notre site de Lacq (plan d'accès en pièce jointe).

        Vous serez reçue par M. Arnaud Lartigue, directeur de site, et par moi-même. Le site étant
        classé, merci de vous munir d'une pièce d'identité en cours de validité afin que nous
        puissions éditer votre badge visiteur.

        Je reste à votre disposition pour tout renseignement.

        Bien cordialement,

        Claire Etcheverry
        Responsable Ressources Humaines
        Pyrène Hydrogène
        05 59 55 62 14
        """)
    w = "2026-12-07 21:14"
    hs = [rcv("mail-yb1-f178.google.com", "209.85.219.178", w, PAR, "Aq2Ws5Ed8Rfv"),
          ("From", me(ME2)),
          ("To", me()),
          ("Subject", "Fwd: Votre entretien chez =?UTF-8?Q?Pyr=C3=A8ne_Hydrog=C3=A8ne?= - lundi 14 =?UTF-8?Q?d"
                      "=C3=A9cembre?="),
          ("Date", date(w, PAR)),
          ("Message-ID", "<CAF3kTq9vW1xZ0bN6mR4yHs8cJp2Le7uXg5Dt3Ko1Ma9BqV2nE@mail.gmail.com>"),
          ("In-Reply-To", "<6f1d2a8b-3c4e-4d9f-a07b-e52c19d84f30@pyrene-h2.fr>"),
          ("References", "<6f1d2a8b-3c4e-4d9f-a07b-e52c19d84f30@pyrene-h2.fr>")]
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 23 message/rfc822, cancelled


@make.mail(n(23), family="rfc822_attachment", lang="fr", interview=True, kind="cancelled",
           company="Landes Biomasse", start=utc("2026-12-16 14:30", PAR), end=None,
           contact="f.larrieu@aquitaine-talents.fr", local="Wed 2026-12-16 14:30", zone=PAR,
           note="Agency consultant forwards the client's cancellation as a message/rfc822 attachment: the "
           "mercredi 16 décembre 14h30 (CET) interview is cancelled, no new date; contact = consultant (sender)")
def m23() -> bytes:
    inner_body = t("""
        Bonjour Florence,

        Je suis au regret de devoir annuler l'entretien prévu mercredi 16 décembre à 14h30 avec
        Mme Darrigrand. Notre conseil d'administration a décidé hier de geler le recrutement du
        poste de responsable d'exploitation jusqu'au vote du budget 2027.

        Je reviendrai vers vous dès que nous aurons de la visibilité. Merci de transmettre nos
        excuses à Mme Darrigrand.

        Cordialement,

        Olivier Peyrègne
        Directeur général – Landes Biomasse
        Mont-de-Marsan
        """)
    wi = "2026-12-11 10:47"
    inner = message([("From", "=?utf-8?q?Olivier_Peyr=C3=A8gne?= <o.peyregne@landes-biomasse.fr>"),
                     ("To", "Florence Larrieu <f.larrieu@aquitaine-talents.fr>"),
                     ("Subject", enc("Annulation entretien Mme Darrigrand – 16/12")),
                     ("Date", date(wi, PAR)),
                     ("Message-ID", "<a81c5e3f-0b2d-4f67-9e1a-7c3d5b9f2e04@landes-biomasse.fr>")],
                    text(inner_body, cte="8bit"))
    body = t("""
        Bonjour Inès,

        Je suis vraiment désolée de vous l'annoncer : Landes Biomasse vient d'annuler l'entretien
        de mercredi 16 décembre à 14h30 (voir leur message ci-joint). Le poste est gelé pour des
        raisons budgétaires, cela n'a rien à voir avec votre profil.

        Je garde évidemment votre candidature en tête pour la suite et je vous rappelle en début
        de semaine prochaine pour faire le point sur les autres pistes.

        Bien à vous,

        Florence Larrieu
        Consultante senior – Énergie & Environnement
        Aquitaine Talents
        Tél. 05 56 55 18 42 – Port. 06 72 55 30 11
        """)
    w = "2026-12-11 12:15"
    hs = [rcv("smtp-out.aquitaine-talents.fr", "91.134.22.187", w, PAR, "Rf5Tg8Yh1Ujm"),
          ("From", "Florence Larrieu <f.larrieu@aquitaine-talents.fr>"),
          ("To", me()),
          ("Subject", enc("TR: Annulation entretien Mme Darrigrand – 16/12")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<004a01dc8b2e$1f7c3d90$5e74b8b0$@aquitaine-talents.fr>"),
          ("X-Mailer", "Microsoft Outlook 16.0")]
    return message(hs, mixed(text(body), attached_message(inner, "Annulation entretien Mme Darrigrand.eml")))


# =========================================================================== negatives

# --------------------------------------------------------------------------- 24 Greenhouse application receipt


@make.mail(n(24), family="application_receipt", lang="en", interview=False, company="Halvard Grid Systems",
           note="Greenhouse application acknowledgement; no interview yet")
def m24() -> bytes:
    body = t("""
        Hi Inès,

        Thank you for applying to the Senior Energy Systems Engineer (Grid Storage) position at
        Halvard Grid Systems. We've received your application and our team is reviewing it now.

        We read every application carefully, so it may take us a couple of weeks to get back to
        you. If your background is a match, a member of our recruiting team will reach out to set
        up a first conversation.

        In the meantime, you can learn more about how we're building grid-scale storage at
        https://halvardgrid.com/blog.

        Regards,
        The Halvard Grid Systems Recruiting Team

        --
        Please do not reply to this email; this mailbox is not monitored.
        """)
    w = "2026-09-04 11:26"
    hs = [rcv("mail-1.us.greenhouse-mail.io", "198.21.6.109", w, NYC, "3Sx8Dc1Vf4Gb"),
          ("From", "Halvard Grid Systems <no-reply@us.greenhouse-mail.io>"),
          ("To", me()),
          ("Subject", "Thank you for applying to Halvard Grid Systems"),
          ("Date", date(w, NYC)),
          ("Message-ID", "<0100019916e3b0a4-2f7c9d61-8a5e-4b03-a1c7-9e4d2f0b6c38-000000@email.amazonses.com>")]
    return message(hs, alt(text(body), html("<p>" + body.replace("\n\n", "</p><p>").replace("\n", " ") + "</p>\n")))


# --------------------------------------------------------------------------- 25 post-interview thanks


@make.mail(n(25), family="post_interview", lang="en", interview=False, company="Halvard Grid Systems",
           days=(("Tue", "2026-09-22"),),
           note="Interviewer's reply to the thank-you note after the interview; next steps unspecified")
def m25() -> bytes:
    body = t("""
        Hi Inès,

        Thanks for the note (and for re-sending it - I saw the first one bounced, my name trips
        everybody up). I really enjoyed our conversation on Tuesday, especially the part about
        the state-of-charge drift you saw on the Lacq site.

        We're finishing first-round conversations this week. Megan will be in touch about next
        steps either way.

        Best,
        Daniel

        On Wed, Sep 23, 2026 at 3:02 AM Inès Darrigrand <ines.darrigrand@example.com> wrote:
        > Hi Daniel,
        >
        > Thank you again for your time today. I enjoyed learning about the Worcester pilot
        > and the way your team validates degradation models in the field.
        >
        > Best regards,
        > Inès
        """)
    w = "2026-09-24 09:41"
    hs = [rcv("mail-pf1-f182.google.com", "209.85.210.182", w, NYC, "Nh7Jm0Kl3Zxc"),
          ("From", "Daniel Whitcombe <daniel.whitcombe@halvardgrid.com>"),
          ("To", me()),
          ("Subject", "Re: Thank you - Halvard Grid interview"),
          ("Date", date(w, NYC)),
          ("Message-ID", "<CAPx2Vh8nQ4rT1yB7kW0mLs5eJd3Fg9uZa6Xc2Ho1Nb8RpT4wK@mail.gmail.com>"),
          ("In-Reply-To", "<CAF3kTq1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV2wX3yZ4@mail.gmail.com>"),
          ("References", "<CAF3kTq1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV2wX3yZ4@mail.gmail.com>")]
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 26 rejection after interview


@make.mail(n(26), family="rejection", lang="fr", interview=False, company="Terréo Géothermie",
           days=(("Thu", "2026-11-26"),),
           note="Rejection after the (moved) Terréo interview")
def m26() -> bytes:
    body = t("""
        Bonjour Inès,

        Je vous remercie encore pour le temps que vous nous avez consacré jeudi 26 novembre ainsi que
        pour la qualité de nos échanges.

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec une autre
        candidate dont l'expérience en forage profond correspond davantage à nos besoins immédiats.
        Cette décision n'a pas été facile : Guillaume a particulièrement apprécié votre approche
        des études de faisabilité.

        Avec votre accord, nous conserverons votre dossier afin de vous recontacter si une
        opportunité plus adaptée se présentait en 2027.

        Je vous souhaite pleine réussite dans vos recherches.

        Bien cordialement,

        Hélène Casaubon
        Chargée de recrutement
        Terréo Géothermie
        05 59 55 31 80
        """)
    w = "2026-12-09 14:22"
    hs = [rcv("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.52", w, PAR, "Wq3Er6Ty9Uio"),
          ("From", addr("Hélène Casaubon", "helene.casaubon@terreo-geothermie.fr")),
          ("To", me()),
          ("Subject", enc("Votre candidature – Ingénieure projets géothermie", "windows-1252")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<AM9P193MB146611A2B3C4D5E6F708192A3B4C@AM9P193MB1466.EURP193.PROD.OUTLOOK.COM>"),
          ("Content-Language", "fr-FR")]
    return message(hs, text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 27 offer (Swiss)


@make.mail(n(27), family="offer", lang="fr", interview=False, company="Léman Hydro SA",
           days=(("Fri", "2026-12-11"), ("Mon", "2026-12-07")),
           note="Offer letter mail (Swiss French), answer expected by a date; nothing scheduled")
def m27() -> bytes:
    body = t("""
        Chère Madame Darrigrand,

        Suite à nos entretiens des dernières semaines, j'ai le grand plaisir de vous soumettre, au
        nom de la direction de Léman Hydro SA, une proposition d'engagement pour le poste
        d'Ingénieure exploitation petite hydraulique.

        Vous trouverez en annexe le projet de contrat : entrée en fonction au 1er mars 2027 (à
        convenir), taux d'activité 100 %, salaire annuel brut de CHF 118'500.- versé en treize
        mensualités, ainsi que notre règlement du personnel.

        Nous vous serions reconnaissants de nous faire part de votre décision d'ici au vendredi
        11 décembre. Yann Chappuis se tient volontiers à votre disposition pour répondre à vos
        questions pratiques (permis G, frontaliers, etc.) ; il est joignable au +41 22 555 31 06
        dès le lundi 7 décembre.

        En nous réjouissant de votre réponse, nous vous prions d'agréer, chère Madame, nos
        meilleures salutations.

        Aurélie Favre
        Responsable des ressources humaines
        Léman Hydro SA
        Rue du Pré-Jérôme 9, 1205 Genève
        """)
    w = "2026-12-02 16:35"
    hs = [rcv("mail02.leman-hydro.ch", "195.70.14.33", w, ZRH, "Ok4Pl7Mn0Bvc"),
          ("From", "=?iso-8859-15?q?Aur=E9lie_Favre?= <aurelie.favre@leman-hydro.ch>"),
          ("To", addr("Inès Darrigrand", ME, charset="iso-8859-15")),
          ("Subject", enc("Proposition d'engagement – Léman Hydro SA", "utf-8")),
          ("Date", date(w, ZRH)),
          ("Message-ID", "<5b3e9c21-74af-4d08-b6e2-19f0a7c3d58e@leman-hydro.ch>")]
    body15 = body
    return message(hs, mixed(text(body15, charset="iso-8859-15"),
                             make.Part([("Content-Type", 'application/pdf; name="Projet_contrat_Darrigrand.pdf"'),
                                        ("Content-Disposition",
                                         'attachment; filename="Projet_contrat_Darrigrand.pdf"'),
                                        ("Content-Transfer-Encoding", "base64")],
                                       b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAw\r\n"
                                       b"IFIgPj4KZW5kb2JqCnRyYWlsZXIKPDwgL1Jvb3QgMSAwIFIgPj4KJSVFT0YK\r\n")))


# --------------------------------------------------------------------------- 28 Teamtailor self-scheduling link


@make.mail(n(28), family="scheduling_link", lang="fr", interview=False, company="Léman Hydro SA",
           days=(("Fri", "2026-10-30"), ("Tue", "2026-11-03"), ("Wed", "2026-11-04")),
           note="Teamtailor 'choose a slot' link; nothing booked yet")
def m28() -> bytes:
    body = t("""
        Bonjour Inès,

        Merci pour votre candidature au poste d'Ingénieur·e exploitation petite hydraulique. Nous
        aimerions beaucoup vous rencontrer dans nos bureaux à Genève !

        Merci de choisir le créneau qui vous arrange le mieux via le lien ci-dessous (des créneaux
        sont ouverts le mardi 3 et le mercredi 4 novembre) :

        https://lemanhydro.teamtailor.com/meetings/book/8c41f2e0?candidate=41987230

        Le lien est valable jusqu'au vendredi 30 octobre.

        Belle journée,
        Aurélie Favre
        Léman Hydro SA
        """)
    w = "2026-10-26 09:12"
    hs = [rcv("mail.teamtailor-mail.com", "185.93.174.17", w, ZRH, "Sd3Fg6Hj9Klz"),
          ("From", enc("Aurélie Favre (Léman Hydro)") + " <no-reply@teamtailor-mail.com>"),
          ("Reply-To", addr("Aurélie Favre", "aurelie.favre@leman-hydro.ch")),
          ("To", me()),
          ("Subject", enc("Léman Hydro SA – choisissez un créneau pour votre entretien")),
          ("Date", date(w, ZRH)),
          ("Message-ID", "<tt.41987230.1793005920@teamtailor-mail.com>")]
    return message(hs, alt(text(body), html("<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
                                            + "</p>\n")))


# --------------------------------------------------------------------------- 29 GoodTime availability request


@make.mail(n(29), family="availability_request", lang="en", interview=False, company="Northgate Storage",
           note="GoodTime availability request: the candidate is asked for windows, nothing booked")
def m29() -> bytes:
    body = t("""
        Hi Inès,

        Great news - the team would like to move you forward to a Hiring Manager Interview
        (45 minutes, video) for the Controls & Integration Engineer role.

        Please share your availability for the next two weeks using the link below. Times are
        shown in your local time zone, and we'll try to find a slot that works across the
        Atlantic (our team is in New York).

        Share my availability: https://app.goodtime.io/availability/northgatestorage/f3a9c2e1

        Once you submit, you'll receive a calendar invitation with the final time.

        Thanks,
        Priya Raman
        Recruiting Coordinator, Northgate Storage
        """)
    w = "2026-10-22 14:05"
    hs = [rcv("o1.ptr4471.goodtime.io", "149.72.166.22", w, NYC, "Zx5Cv8Bn1Mas"),
          ("From", "Northgate Storage <notifications@goodtime.io>"),
          ("Reply-To", "Priya Raman <priya.raman@northgatestorage.com>"),
          ("To", me()),
          ("Subject", "Northgate Storage: please share your availability"),
          ("Date", date(w, NYC)),
          ("Message-ID", "<gt.3c7b1d9e5f20.1792692300@goodtime.io>")]
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 30 job alert


@make.mail(n(30), family="job_alert", lang="fr", interview=False, company=None,
           note="Job board alert with five offers; no interview")
def m30() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f6f7f9">
        <table width="600" align="center" cellpadding="16" style="background:#fff">
        <tr><td><h2 style="color:#1a7f5a;margin:0">5 nouvelles offres pour « ingénieur énergie »</h2>
        <p style="color:#666">Votre alerte : ingénieur énergie · Pau, Bordeaux, Toulouse (50 km) · CDI</p></td></tr>
        <tr><td>
        <p><a href="https://www.carrieres-watt.fr/offre/88121"><b>Ingénieur(e) efficacité énergétique H/F</b></a><br>
        Thermaxis · Pau (64) · 45-52 k€ · il y a 1 jour</p>
        <p><a href="https://www.carrieres-watt.fr/offre/88107"><b>Chef de projet solaire toiture</b></a><br>
        Sunoc Développement · Toulouse (31) · il y a 2 jours</p>
        <p><a href="https://www.carrieres-watt.fr/offre/88093"><b>Ingénieur réseaux de chaleur (F/H)</b></a><br>
        Girondine Thermique · Bordeaux (33) · il y a 2 jours</p>
        <p><a href="https://www.carrieres-watt.fr/offre/88066"><b>Chargé d'affaires CVC</b></a><br>
        Cofrep Énergie · Mérignac (33) · il y a 3 jours</p>
        <p><a href="https://www.carrieres-watt.fr/offre/88012"><b>Ingénieure procédés hydrogène</b></a><br>
        Pyrène Hydrogène · Lacq (64) · il y a 5 jours</p>
        <p><a href="https://www.carrieres-watt.fr/alertes">Voir toutes les offres</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999">Vous recevez cet e-mail car vous avez créé une alerte sur Carrières Watt.
        <a href="https://www.carrieres-watt.fr/alertes/desinscription?u=7731">Se désinscrire</a></td></tr>
        </table></body></html>
        """)
    w = "2026-09-08 07:03"
    hs = [rcv("mta12.carrieres-watt.fr", "185.41.28.112", w, PAR, "Bn2Mv5Cx8Zlp"),
          ("From", "=?utf-8?q?Carri=C3=A8res_Watt?= <alertes@carrieres-watt.fr>"),
          ("To", ME),
          ("Subject", enc("5 nouvelles offres : ingénieur énergie – Pau, Bordeaux, Toulouse")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<alert.7731.20260908050300@carrieres-watt.fr>"),
          ("List-Unsubscribe", "<https://www.carrieres-watt.fr/alertes/desinscription?u=7731>")]
    return message(hs, html(page))


# --------------------------------------------------------------------------- 31 newsletter with interview tips


@make.mail(n(31), family="newsletter_tips", lang="fr", interview=False, company=None,
           note="Career newsletter about job interview questions; no appointment")
def m31() -> bytes:
    body = t("""
        Le Mag Cadres – n° 214 – octobre 2026

        ENTRETIEN D'EMBAUCHE : LES 7 QUESTIONS QUI PIÈGENT (ET COMMENT Y RÉPONDRE)
        « Quel est votre plus grand défaut ? », « Pourquoi voulez-vous quitter votre poste
        actuel ? »... Nos recruteurs partenaires décryptent ce qu'ils attendent vraiment.
        Lire l'article : https://www.lemagcadres.fr/entretien-7-questions

        SALAIRES 2026 : L'ÉNERGIE TIRE SON ÉPINGLE DU JEU
        Les ingénieurs des renouvelables ont vu leur rémunération progresser de 4,1 % en un an.
        https://www.lemagcadres.fr/barometre-salaires-2026

        TÉMOIGNAGE – « J'AI NÉGOCIÉ MON TÉLÉTRAVAIL PENDANT L'ENTRETIEN FINAL »
        https://www.lemagcadres.fr/temoignage-teletravail

        ---
        Vous recevez cette lettre car vous êtes abonné(e) au Mag Cadres.
        Se désabonner : https://www.lemagcadres.fr/desabonnement
        """)
    w = "2026-10-04 08:00"
    hs = [rcv("news.lemagcadres.fr", "213.32.77.140", w, PAR, "Lk7Jh0Gf3Dsa"),
          ("From", "Le Mag Cadres <newsletter@lemagcadres.fr>"),
          ("To", ME),
          ("Subject", enc("Entretien d'embauche : les 7 questions qui piègent")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<nl214.4488120@news.lemagcadres.fr>"),
          ("List-Unsubscribe", "<https://www.lemagcadres.fr/desabonnement>"),
          ("Precedence", "bulk")]
    return message(hs, text(body))


# --------------------------------------------------------------------------- 32 agency outreach


@make.mail(n(32), family="recruiter_outreach", lang="fr", interview=False, company="Aquitaine Talents",
           note="Agency outreach: asks for a phone call 'next week', no fixed time")
def m32() -> bytes:
    body = t("""
        Bonjour Madame Darrigrand,

        Je me permets de vous contacter suite à la lecture de votre profil. J'accompagne
        actuellement plusieurs acteurs des réseaux de chaleur et de la biomasse en
        Nouvelle-Aquitaine sur des postes d'ingénieur(e) et de responsable d'exploitation
        (Bordeaux, Mont-de-Marsan), et votre parcours me semble tout à fait correspondre.

        Seriez-vous disponible pour un échange téléphonique de vingt minutes la semaine
        prochaine ? Dites-moi simplement ce qui vous arrange.

        Bien à vous,

        Florence Larrieu
        Consultante senior - Energie & Environnement
        Aquitaine Talents
        Tel. 05 56 55 18 42
        """)
    w = "2026-10-28 10:20"
    hs = [rcv("smtp-out.aquitaine-talents.fr", "91.134.22.187", w, PAR, "Pl0Ok3Ij6Uhy"),
          ("From", "Florence Larrieu <f.larrieu@aquitaine-talents.fr>"),
          ("To", ME),
          ("Subject", enc("Opportunités réseaux de chaleur / biomasse - Nouvelle-Aquitaine", "iso-8859-1")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<001f01dc66b4$a2c81e30$e8585a90$@aquitaine-talents.fr>"),
          ("X-Mailer", "Microsoft Outlook 16.0")]
    return message(hs, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 33 proposal, not yet confirmed


@make.mail(n(33), family="proposal_unconfirmed", lang="fr", interview=False, company="Hélioport",
           days=(("Tue", "2026-09-15"), ("Wed", "2026-09-16")),
           note="Recruiter proposes two slots and asks which suits; not confirmed")
def m33() -> bytes:
    body = t("""
        Bonjour Madame Darrigrand,

        Nous avons bien reçu votre candidature au poste d'Ingénieure développement photovoltaïque
        et nous vous en remercions. Votre profil a retenu notre attention et nous souhaiterions
        organiser un premier entretien en visioconférence.

        Seriez-vous disponible mardi 15 septembre à 10h ou mercredi 16 septembre à 14h ?
        Merci de me préciser le créneau qui vous convient le mieux, je vous enverrai ensuite
        l'invitation.

        Cordialement,

        Karine Duboscq
        Responsable RH
        Hélioport – 8 rue Lucien Faure, 33300 Bordeaux
        """)
    w = "2026-09-10 11:48"
    hs = [rcv("mail-ej1-f44.google.com", "209.85.218.44", w, PAR, "Yh4Tg7Rf0Edc"),
          ("From", "Karine Duboscq <karine.duboscq@helioport.fr>"),
          ("To", me()),
          ("Subject", enc("Votre candidature – Ingénieure développement PV")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<CAK7nR2bX9wQ4vT1yM8pLs0eHd6Fj3Uc5Zg2Na7Oq4Bk1Vm9@mail.gmail.com>")]
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 34 out-of-office


@make.mail(n(34), family="auto_reply", lang="fr", interview=False, company=None,
           days=(("Fri", "2026-12-18"), ("Mon", "2026-12-21")),
           note="Out-of-office auto-reply from the Terréo recruiter after the candidate asked for feedback")
def m34() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au vendredi 18 décembre inclus, avec un accès limité à ma
        messagerie. Je traiterai votre message à mon retour, le lundi 21 décembre.

        Pour toute demande urgente concernant un recrutement en cours, vous pouvez écrire à
        rh@terreo-geothermie.fr.

        Cordialement,
        Hélène Casaubon
        """)
    w = "2026-12-10 09:03"
    hs = [rcv("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.55", w, PAR, "Cd1Xs4Za7Qwp"),
          ("From", addr("Hélène Casaubon", "helene.casaubon@terreo-geothermie.fr")),
          ("To", "Ines Darrigrand <ines.darrigrand@example.com>"),
          ("Subject", enc("Réponse automatique : Re: Votre candidature – Ingénieure projets géothermie")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<AM9P193MB1466AA01BB02CC03DD04EE05FF06@AM9P193MB1466.EURP193.PROD.OUTLOOK.COM>"),
          ("Auto-Submitted", "auto-replied"),
          ("X-Auto-Response-Suppress", "All"),
          ("Content-Language", "fr-FR")]
    return message(hs, text(body))


# --------------------------------------------------------------------------- 35 bounce (DSN)


@make.mail(n(35), family="bounce", lang="en", interview=False, company=None,
           note="Delivery status notification for the candidate's thank-you mail (misspelt address)")
def m35() -> bytes:
    notice = t("""
        This is the mail system at host smtp.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <daniel.whitcomb@halvardgrid.com>: host
            halvardgrid-com.mail.protection.outlook.com[52.101.40.12] said: 550 5.1.10
            RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
            (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.com
        X-Postfix-Queue-ID: 4F2A81C0D3
        X-Postfix-Sender: rfc822; ines.darrigrand@example.com
        Arrival-Date: Wed, 23 Sep 2026 09:02:11 +0200 (CEST)

        Final-Recipient: rfc822; daniel.whitcomb@halvardgrid.com
        Original-Recipient: rfc822;daniel.whitcomb@halvardgrid.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; halvardgrid-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
            found by SMTP address lookup
        """)
    orig = t("""
        From: =?utf-8?q?In=C3=A8s_Darrigrand?= <ines.darrigrand@example.com>
        To: Daniel Whitcombe <daniel.whitcomb@halvardgrid.com>
        Subject: Thank you - Halvard Grid interview
        Date: Wed, 23 Sep 2026 09:02:08 +0200
        Message-ID: <CAF3kTq0zY9xW8vU7tS6rQ5pO4nM3lK2jI1hG0fE9dC8bA7@mail.gmail.com>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="UTF-8"
        """)
    w = "2026-09-23 09:02:14"
    hs = [("Received", "by smtp.example.com (Postfix)\r\n id 7E3B91C0A2; " +
           make.format_datetime(at(w, PAR).astimezone(make.UTC))),
          ("From", "MAILER-DAEMON@smtp.example.com (Mail Delivery System)"),
          ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date(w, PAR)),
          ("Message-ID", "<20260923070214.7E3B91C0A2@smtp.example.com>"),
          ("Auto-Submitted", "auto-replied")]
    body = multipart("report", text(notice, charset="us-ascii", cte="7bit",
                                    extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     raw_part([("Content-Description", "Undelivered Message Headers"),
                               ("Content-Type", "text/rfc822-headers")], orig),
                     params="report-type=delivery-status")
    return message(hs, body)


# --------------------------------------------------------------------------- 36 doctor


@make.mail(n(36), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="GP appointment confirmation: fixed time, not an interview")
def m36() -> bytes:
    body = t("""
        Bonjour Inès DARRIGRAND,

        Votre rendez-vous est confirmé.

        Dr Marie Lassalle – Médecin généraliste
        mardi 13 octobre 2026 à 08h45
        Cabinet médical des Allées, 9 rue Carnot, 64000 Pau

        Motif : consultation de suivi

        Pensez à apporter votre carte Vitale. En cas d'empêchement, merci d'annuler au moins
        24 heures à l'avance afin de libérer le créneau pour un autre patient :
        https://www.monrdvsante.fr/mes-rendez-vous

        L'équipe MonRdvSanté
        """)
    w = "2026-10-06 19:31"
    hs = [rcv("mail.monrdvsante.fr", "37.59.110.21", w, PAR, "Vc6Xz9Lk2Jhg"),
          ("From", "=?utf-8?q?MonRdvSant=C3=A9?= <ne-pas-repondre@monrdvsante.fr>"),
          ("To", ME),
          ("Subject", enc("Confirmation de votre rendez-vous du mardi 13 octobre avec Dr Marie Lassalle")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<rdv-20261006-173112-8842a1@monrdvsante.fr>")]
    return message(hs, text(body, cte="base64"))


# --------------------------------------------------------------------------- 37 car service


@make.mail(n(37), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-11-07"),),
           note="Garage service appointment: fixed time, not an interview")
def m37() -> bytes:
    body = t("""
        Madame DARRIGRAND,

        Nous vous confirmons votre rendez-vous atelier :

        Date : samedi 07/11/2026 à 09h00
        Véhicule : Peugeot 308 SW – GH-418-TK
        Prestations : révision 60 000 km + remplacement plaquettes AV
        Durée estimée : 3h00 (véhicule de courtoisie réservé)

        Garage Béarn Automobiles – route de Bordeaux, 64140 Lons – 05 59 55 90 21

        Pour modifier ce rendez-vous, répondez à ce message ou appelez-nous.
        """)
    w = "2026-11-02 17:45"
    hs = [rcv("smtp.garage-bearn-auto.fr", "92.243.7.66", w, PAR, "Qa3Ws6Ed9Rfp"),
          ("From", "=?iso-8859-1?q?Garage_B=E9arn_Automobiles?= <atelier@garage-bearn-auto.fr>"),
          ("To", ME),
          ("Subject", enc("Confirmation RDV atelier 07/11/2026 - GH-418-TK", "iso-8859-1")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<20261102164512.13845@garage-bearn-auto.fr>")]
    return message(hs, text(body.replace("–", "-"), charset="iso-8859-1", cte="8bit"))


# --------------------------------------------------------------------------- 38 current job's meeting


@make.mail(n(38), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-10-20"),),
           note="Current employer's project review (Outlook meeting request); not a job interview")
def m38() -> bytes:
    body = t("""
        Bonjour à tous,

        Revue de projet mensuelle de la chaufferie biomasse de Lons : avancement travaux, planning
        de mise en service, points ouverts avec l'exploitant.

        Inès, peux-tu présenter le bilan des essais de combustion ?

        Philippe
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Philippe Lanusse:mailto:philippe.lanusse@soci-ingenierie.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inès Darrigrand:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jérôme Capdevielle:mailto:jerome.capdevielle@soci-ingenierie.fr
DESCRIPTION;LANGUAGE=fr-FR:Revue de projet mensuelle de la chaufferie biomasse de Lons.\\n
UID:040000008200E00074C5B7101A82E00800000000D2E7B18C4F5DDD0100000000000000001000000019C3A7E2B5F04D4C8A61E0D9B7F2C3A1
SUMMARY;LANGUAGE=fr-FR:Revue de projet – chaufferie biomasse Lons
DTSTART;TZID=Romance Standard Time:20261020T093000
DTEND;TZID=Romance Standard Time:20261020T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp("2026-10-14 08:47", PAR)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:SOCI – salle Aspe / Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    w = "2026-10-14 08:47"
    hs = [rcv("EUR01-HE1-obe.outbound.protection.outlook.com", "40.107.7.92", w, PAR, "Mk8Nj1Bh4Vgy"),
          ("From", "Philippe Lanusse <philippe.lanusse@soci-ingenierie.fr>"),
          ("To", me() + ", " + enc("Jérôme Capdevielle") + " <jerome.capdevielle@soci-ingenierie.fr>"),
          ("Subject", enc("Revue de projet – chaufferie biomasse Lons")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<DB9P192MB1733E1F2A3B4C5D6E7F8091A2B3C@DB9P192MB1733.EURP192.PROD.OUTLOOK.COM>"),
          ("Content-Language", "fr-FR")]
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 39 event badge


@make.mail(n(39), family="event", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-10-29"),),
           note="Trade-event badge with fixed times; not an interview")
def m39() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#222">
        <h2 style="color:#e0551b">Rencontres Énergies Nouvelles Occitanie 2026</h2>
        <p>Bonjour Inès,</p>
        <p>Votre inscription est confirmée ! Voici votre badge nominatif, à présenter (imprimé ou sur smartphone) à l'entrée.</p>
        <p><b>Jeudi 29 octobre 2026</b><br>Accueil à partir de 8h30 – plénière d'ouverture à 9h15<br>
        Centre des congrès Pierre-Baudis, Toulouse</p>
        <p>Au programme : tables rondes sur le stockage stationnaire, l'agrivoltaïsme et la chaleur renouvelable,
        espace recrutement avec 40 exposants, <i>job dating</i> de 14h à 17h.</p>
        <p>Badge n° RENO-26-04417</p>
        <p style="font-size:11px;color:#888">Vous recevez ce message suite à votre inscription sur reno-occitanie.fr.</p>
        </body></html>
        """)
    w = "2026-10-21 12:10"
    hs = [rcv("mailer.eventdesk.io", "51.75.16.208", w, PAR, "Tr5Gb8Nh1Ymj"),
          ("From", "=?utf-8?q?Rencontres_=C3=89nergies_Nouvelles_Occitanie?= <billetterie@reno-occitanie.fr>"),
          ("To", me()),
          ("Subject", enc("Votre badge – Rencontres Énergies Nouvelles Occitanie – 29 octobre")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<badge.RENO-26-04417@reno-occitanie.fr>")]
    return message(hs, html(page))


# --------------------------------------------------------------------------- 40 train ticket


@make.mail(n(40), family="travel", lang="fr", interview=False, company=None,
           days=(("Fri", "2026-11-20"),),
           note="Train e-ticket Pau -> Bordeaux for the day of the Bordeaux interview; travel, not an interview")
def m40() -> bytes:
    body = t("""
        Bonjour Inès,

        Merci pour votre réservation. Voici votre e-billet.

        ALLER - vendredi 20 novembre 2026
          07:12  Pau
          09:26  Bordeaux Saint-Jean
          Train 8532 - voiture 14 - place 63 (fenêtre)

        RETOUR - vendredi 20 novembre 2026
          17:34  Bordeaux Saint-Jean
          19:51  Pau
          Train 8547 - voiture 12 - place 21

        Passager : Inès DARRIGRAND - Carte Avantage Adulte
        Montant payé : 58,40 €
        Référence de dossier : QKTB7L

        Présentez le QR code de votre e-billet au contrôleur.
        Bon voyage avec Rail Atlantique !
        """)
    w = "2026-11-14 10:02"
    hs = [rcv("mail.rail-atlantique.fr", "145.239.8.70", w, PAR, "Pk2Ol5Ik8Ujm"),
          ("From", "Rail Atlantique <confirmation@rail-atlantique.fr>"),
          ("To", ME),
          ("Subject", enc("Votre e-billet Pau → Bordeaux Saint-Jean du 20/11/2026 – dossier QKTB7L")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<QKTB7L.20261114090214@rail-atlantique.fr>")]
    return message(hs, text(body, charset="iso-8859-15"))


# --------------------------------------------------------------------------- 41 friend


@make.mail(n(41), family="personal", lang="fr", interview=False, company=None,
           days=(("Sat", "2026-10-17"),),
           note="Friend's dinner invitation with a fixed time; mentions interviews in passing")
def m41() -> bytes:
    body = t("""
        Coucou ma belle !

        Alors c'est confirmé pour samedi 17 : on vous attend à 20h à la maison, Pierre fait son
        axoa. Ramène juste un dessert (pas de gâteau basque, ma mère en apporte déjà un...).

        Et raconte-moi tes entretiens, j'ai hâte de savoir si tu pars à Genève ou pas 😄

        Bisous,
        Léa
        """)
    w = "2026-10-12 13:17"
    hs = [rcv("mail-lf1-f51.google.com", "209.85.167.51", w, PAR, "Xs1Cd4Vf7Bgt"),
          ("From", "=?UTF-8?Q?L=C3=A9a_Haristoy?= <lea.haristoy@example.net>"),
          ("To", me()),
          ("Subject", "samedi soir !!"),
          ("Date", date(w, PAR)),
          ("Message-ID", "<CAJr5Tq8wM2vX0nB7kY4pLz1eHs6Dc9Fu3Gj5Ka8Qo2Rb1Nt@mail.gmail.com>")]
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 42 rejection without interview


@make.mail(n(42), family="rejection", lang="en", interview=False, company="Cantábrico Offshore",
           note="Rejection at CV stage via Workable, in English")
def m42() -> bytes:
    body = t("""
        Dear Inès,

        Thank you for your interest in the Offshore Wind Electrical Engineer role at Cantábrico
        Offshore and for the time you invested in your application.

        After careful consideration, we have decided to move forward with candidates whose
        experience more closely matches the current needs of our Santander team. We will keep
        your details on file and may contact you about future openings.

        We wish you every success in your search.

        Kind regards,
        Cantábrico Offshore Talent Team
        """)
    w = "2026-10-15 16:44"
    hs = [rcv("mail-a07.workablemail.com", "52.18.220.11", w, MAD, "Nb4Vc7Xz0Lkj"),
          ("From", "=?utf-8?q?Cant=C3=A1brico_Offshore?= <noreply@candidates.workablemail.com>"),
          ("Reply-To", "=?utf-8?q?Cant=C3=A1brico_Offshore?= <cantabrico-offshore+a91e7c03@candidates.workablemail.com>"),
          ("To", me()),
          ("Subject", enc("Your application to Cantábrico Offshore")),
          ("Date", date(w, MAD)),
          ("Message-ID", "<652c0f3e9b7a1_4c2e8d1f0a3b@workable-mailer-3a1d.mail>")]
    return message(hs, text(body))


# --------------------------------------------------------------------------- 43 Ashby application receipt


@make.mail(n(43), family="application_receipt", lang="fr", interview=False, company="Kelvinia",
           note="Ashby application acknowledgement in French; no interview yet")
def m43() -> bytes:
    body = t("""
        Bonjour Inès,

        Merci pour votre candidature au poste d'Ingénieure performance énergétique chez Kelvinia !

        Notre équipe l'étudie avec attention et reviendra vers vous sous dix jours ouvrés, quelle
        que soit la suite donnée. Si votre profil correspond, nous vous proposerons un premier
        échange avec notre CTO.

        À très vite,
        L'équipe Kelvinia
        """)
    w = "2026-09-18 22:14"
    hs = [rcv("a8-31.smtp-out.amazonses.com", "54.240.8.31", w, PAR, "Gh3Jk6Lz9Xcv"),
          ("From", "Kelvinia <no-reply@ashbyhq.com>"),
          ("To", me()),
          ("Subject", "Kelvinia - merci pour votre candidature"),
          ("Date", date(w, PAR)),
          ("Message-ID", "<01000199a3f2e714-6b0d4c28-5e1f-4a93-8c72-d14e9b3f0a57-000000@email.amazonses.com>")]
    return message(hs, alt(text(body, cte="base64"),
                           html("<p>" + body.replace("\n\n", "</p><p>").replace("\n", " ") + "</p>\n",
                                cte="base64")))


# --------------------------------------------------------------------------- 44 mock interview


@make.mail(n(44), family="mock_interview", lang="fr", interview=False, company=None,
           days=(("Mon", "2026-10-12"),),
           note="Careers-association mock interview workshop at a fixed time: not a real job interview")
def m44() -> bytes:
    body = t("""
        Bonjour Madame Darrigrand,

        Nous vous confirmons votre inscription à l'atelier « Simulation d'entretien d'embauche »
        animé par Jean-Luc Cazenave, consultant bénévole (ancien DRH dans l'industrie) :

        lundi 12 octobre 2026 de 14h00 à 16h00
        Espace Cadres Béarn – 8 rue Bayard, 64000 Pau (salle 2)

        L'atelier réunit 4 participants : chacun passe un entretien filmé de 15 minutes suivi d'un
        débriefing collectif. Merci de venir avec une offre d'emploi réelle qui vous intéresse et
        votre CV imprimé.

        En cas d'empêchement, merci de nous prévenir au plus tôt afin de libérer votre place.

        L'équipe d'Espace Cadres Béarn
        05 59 55 14 70
        """)
    w = "2026-10-05 15:38"
    hs = [rcv("smtp.espacecadres-bearn.org", "62.210.93.155", w, PAR, "Jm5Nb8Vc1Xza"),
          ("From", "=?utf-8?q?Espace_Cadres_B=C3=A9arn?= <ateliers@espacecadres-bearn.org>"),
          ("To", me()),
          ("Subject", enc("Confirmation d'inscription : Simulation d'entretien d'embauche – 12/10")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<inscr.2026-1012-04@espacecadres-bearn.org>")]
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 45 webinar


@make.mail(n(45), family="webinar", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-09-17"),),
           note="Webinar on video interviews, fixed time; not an interview")
def m45() -> bytes:
    body = t("""
        Bonjour Inès,

        Votre place est réservée pour notre webinaire gratuit :

        « Réussir son entretien en visio : les clés pour convaincre derrière l'écran »
        jeudi 17 septembre 2026, 18h30 – 19h30 (heure de Paris)

        Lien de connexion (personnel) : https://live.energie-carrieres.fr/w/ec-0917?t=a93f1c

        Avec Sophie Bordenave, coach carrière, et deux recruteurs du secteur des énergies
        renouvelables. Le replay sera envoyé à tous les inscrits.

        À jeudi !
        L'équipe Énergie & Carrières
        """)
    w = "2026-09-11 12:00"
    hs = [rcv("mail.energie-carrieres.fr", "94.23.31.118", w, PAR, "Cv2Bn5Mq8Wer"),
          ("From", "=?utf-8?q?=C3=89nergie_&_Carri=C3=A8res?= <webinaires@energie-carrieres.fr>"),
          ("To", ME),
          ("Subject", enc("Inscription confirmée – Réussir son entretien en visio (17/09, 18h30)")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<webinar-ec-0917-a93f1c@energie-carrieres.fr>")]
    return message(hs, alt(text(body), html("<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
                                            + "</p>\n")))


# --------------------------------------------------------------------------- 46 take-home exercise


@make.mail(n(46), family="assessment", lang="en", interview=False, company="Northgate Storage",
           days=(("Mon", "2026-11-09"),),
           note="Take-home exercise with a deadline after the interview; not an interview")
def m46() -> bytes:
    body = t("""
        Hi Inès,

        Thanks again for speaking with Marcus yesterday - he was impressed! As a next step, we'd
        like you to complete a short technical exercise (PLC/EMS integration scenario for a 20 MWh
        site). It should take about 3 hours.

        Please submit your answers through the link below by Monday, November 9 at 5:00 PM ET
        (11:00 PM in France):
        https://northgatestorage.exercises.io/c/6b1f0e72

        Let me know if you have any questions.

        Best,
        Priya
        """)
    w = "2026-11-06 10:15"
    hs = [rcv("mail-qv1-f41.google.com", "209.85.219.41", w, NYC, "Fd7Gh0Jk3Lqw"),
          ("From", "Priya Raman <priya.raman@northgatestorage.com>"),
          ("To", me()),
          ("Subject", "Northgate Storage - technical exercise"),
          ("Date", date(w, NYC)),
          ("Message-ID", "<CAHq4Nb7xV2mZ9pT1wR8yLs3eKd0Fj6Uc5Gh2Oa7Bi4Qn1Xm@mail.gmail.com>")]
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 47 industry newsletter


@make.mail(n(47), family="newsletter", lang="fr", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Industry newsletter with a CEO 'interview' article and an event date")
def m47() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;color:#222;max-width:640px">
        <h1 style="font-size:22px">La Lettre des Réseaux de Chaleur – n° 87</h1>
        <h2 style="font-size:17px">Interview : « Le bois énergie doit changer d'échelle »</h2>
        <p>Jean-Marc Oyhenart, directeur général de Béarn Bois Énergie, revient sur dix ans de
        développement et sur les conditions d'approvisionnement en plaquettes forestières.
        <a href="https://www.lettre-reseaux-chaleur.fr/n87/interview-oyhenart">Lire l'interview</a></p>
        <h2 style="font-size:17px">Fonds Chaleur : les nouveaux barèmes 2027</h2>
        <p>Ce qui change pour les projets de plus de 12 000 MWh/an.</p>
        <h2 style="font-size:17px">Agenda</h2>
        <p>Journée technique « Sous-stations et comptage », jeudi 19 novembre, Bordeaux.</p>
        <p style="font-size:11px;color:#888">Vous êtes abonné(e) à La Lettre des Réseaux de Chaleur.
        <a href="https://www.lettre-reseaux-chaleur.fr/desabonnement">Se désabonner</a></p>
        </body></html>
        """)
    w = "2026-11-03 07:30"
    hs = [rcv("mailing.lettre-reseaux-chaleur.fr", "178.32.144.9", w, PAR, "Ws8Ed1Rf4Tgy"),
          ("From", "=?utf-8?q?La_Lettre_des_R=C3=A9seaux_de_Chaleur?= <lettre@lettre-reseaux-chaleur.fr>"),
          ("To", ME),
          ("Subject", enc("Interview : « Le bois énergie doit changer d'échelle » | Lettre n° 87")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<n87.20261103.66127@mailing.lettre-reseaux-chaleur.fr>"),
          ("List-Unsubscribe", "<https://www.lettre-reseaux-chaleur.fr/desabonnement>"),
          ("Precedence", "bulk")]
    return message(hs, html(page))


# --------------------------------------------------------------------------- 48 annual review at current job


@make.mail(n(48), family="non_interview_calendar", lang="fr", interview=False, company=None,
           days=(("Tue", "2026-12-15"),),
           note="'Entretien annuel d'évaluation' at the current employer (Outlook request): not a job interview")
def m48() -> bytes:
    body = t("""
        Bonjour Inès,

        Je te propose de faire ton entretien annuel d'évaluation mardi 15 décembre de 14h à 15h30
        dans mon bureau. Pense à remplir le formulaire d'auto-évaluation sur l'intranet RH avant
        le 11/12.

        Philippe
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Philippe Lanusse:mailto:philippe.lanusse@soci-ingenierie.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inès Darrigrand:mailto:{ME}
DESCRIPTION;LANGUAGE=fr-FR:Entretien annuel d'évaluation 2026.\\n
UID:040000008200E00074C5B7101A82E0080000000061B2C3D4E5F6DD01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=fr-FR:Entretien annuel d'évaluation 2026 – Inès Darrigrand
DTSTART;TZID=Romance Standard Time:20261215T140000
DTEND;TZID=Romance Standard Time:20261215T153000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:{stamp("2026-12-08 18:12", PAR)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau P. Lanusse
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR"""
    w = "2026-12-08 18:12"
    hs = [rcv("EUR01-HE1-obe.outbound.protection.outlook.com", "40.107.7.95", w, PAR, "Hy6Uj9Ik2Olp"),
          ("From", "Philippe Lanusse <philippe.lanusse@soci-ingenierie.fr>"),
          ("To", me()),
          ("Subject", enc("Entretien annuel d'évaluation 2026 – Inès Darrigrand")),
          ("Date", date(w, PAR)),
          ("Message-ID", "<DB9P192MB17330A1B2C3D4E5F60718293A4B5@DB9P192MB1733.EURP192.PROD.OUTLOOK.COM>"),
          ("Sensitivity", "Private"),
          ("Content-Language", "fr-FR")]
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 49 Calendly link from a headhunter


@make.mail(n(49), family="scheduling_link", lang="en", interview=False, company="Bristlecone Energy Search",
           note="Headhunter outreach with a Calendly link; nothing booked")
def m49() -> bytes:
    body = t("""
        Hi Ines,

        Hope you don't mind the cold note. I'm working on a retained search for a US-based IPP
        that's building out a European storage team (remote-friendly, occasional travel to
        Houston). Your work on BESS commissioning in southwest France caught my eye.

        If you're open to a quick chat, grab any 30-minute slot that suits you here:
        https://calendly.com/ryan-kessler-bristlecone/30min

        No pressure either way.

        Cheers,
        Ryan Kessler
        Partner, Bristlecone Energy Search
        Houston, TX | +1 713 555 0192
        """)
    w = "2026-10-02 08:55"
    hs = [rcv("mail-io1-f47.google.com", "209.85.166.47", w, CHI, "Lz4Xk7Cj0Vhb"),
          ("From", "Ryan Kessler <ryan@bristlecone-search.com>"),
          ("To", "ines.darrigrand@example.com"),
          ("Subject", "European storage role - quick chat?"),
          ("Date", date(w, CHI)),
          ("Message-ID", "<CAB5nT8rW1xQ3vZ7mK0pYs4eLd9Hj2Fc6Ug8Oa3Bn5Ti1Xq@mail.gmail.com>")]
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


# --------------------------------------------------------------------------- 50 Lever candidate survey


@make.mail(n(50), family="candidate_survey", lang="en", interview=False, company="Cierzo Eólica",
           note="Lever post-interview candidate experience survey")
def m50() -> bytes:
    body = t("""
        Hi Inès,

        Thank you for interviewing with Cierzo Eólica this week. We'd love to hear how it went.

        Could you spare two minutes to tell us about your experience? Your answers are anonymous
        and will not affect your application in any way.

        Take the survey: https://hire.lever.co/survey/cierzoeolica/0d5e9a71

        Thank you,
        Cierzo Eólica Talent Team
        """)
    w = "2026-10-02 17:00"
    hs = [rcv("o12.email.lever.co", "167.89.12.79", w, MAD, "Bq1Wn4Em7Rtx"),
          ("From", "Cierzo =?utf-8?q?E=C3=B3lica?= <no-reply@hire.lever.co>"),
          ("To", me()),
          ("Subject", enc("How was your interview with Cierzo Eólica?")),
          ("Date", date(w, MAD)),
          ("Message-ID", "<20261002150000.8b2e4c7d1a09@hire.lever.co>")]
    return message(hs, alt(text(body), html("<p>" + body.replace("\n\n", "</p><p>").replace("\n", " ")
                                            + "</p>\n")))
