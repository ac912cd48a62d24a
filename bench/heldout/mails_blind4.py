# ruff: noqa: E501
"""The fourth blind held-out set (blind4): 50 hand-written mails of a realistic job seeker's inbox.

Inbox owner: Elena Varga <elena.varga@example.org>, a product designer in Amsterdam, applying to
remote and on-site roles in Europe, North America, Australia, Singapore and South Africa.

Each mail is written under a key 1-50 (positives first, then negatives); the file number is a
fixed shuffle of the key (``ORDER``), so positives and negatives do not come in blocks.
Written 2026-11-28 without reading the detector, its tests and fixtures, or the earlier held-out
mails. MIME plumbing and label checks are ``make.py``'s.
"""

from __future__ import annotations

import hashlib
import html as _html

from make import (
    addr,
    alt,
    calendar,
    date,
    enc,
    gmail_html,
    html,
    mail,
    message,
    mixed,
    received,
    t,
    text,
)

ME_NAME, ME = "Elena Varga", "elena.varga@example.org"
TO = addr(ME_NAME, ME)
ORDER = [43, 16, 5, 28, 33, 9, 35, 12, 39, 29, 46, 37, 45, 44, 10, 19, 3, 6, 11, 50, 22, 34, 14, 21, 49,
         40, 17, 2, 27, 20, 38, 42, 18, 31, 13, 32, 48, 23, 15, 4, 36, 24, 25, 26, 41, 1, 7, 47, 8, 30]


def n(key: int) -> str:
    return f"blind4_{ORDER[key - 1]:03d}"


def _ip(seed: str) -> str:
    h = hashlib.sha256(seed.encode()).digest()
    return f"{h[0] % 200 + 20}.{h[1]}.{h[2]}.{h[3] % 250 + 1}"


def hdr(frm: str, subject: str, when: str, zone: str, msgid: str, *, host: str, to: str = TO,
        extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    ident = "mx.example.org with ESMTPS id " + hashlib.sha256(msgid.encode()).hexdigest()[:12]
    rcv = received(f"from {host} ({host} [{_ip(msgid)}])", when, zone, ident, ME)
    return [("Delivered-To", ME), ("Received", rcv), ("From", frm), ("To", to),
            ("Subject", enc(subject, charset)), ("Date", date(when, zone)), ("Message-ID", msgid), *extra]


def p_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """A plain text body as simple HTML paragraphs (what most ATS send as the html twin)."""
    paras = [p for p in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


VTZ_SYDNEY = """BEGIN:VTIMEZONE
TZID:Australia/Sydney
X-LIC-LOCATION:Australia/Sydney
BEGIN:STANDARD
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
TZNAME:AEST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
TZNAME:AEDT
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_GMT = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_EASTERN = """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_WEUROPE = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
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

VTZ_NEW_YORK = """BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Meeting ID: {num}
Passcode: {pw}
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-04-21T18:00:00Z", end="2026-04-21T18:45:00Z", contact="dana.whitfield@harborlane.io",
      company="Harbor Lane Software", local="Tue 2026-04-21 14:00", local_end="2026-04-21 14:45",
      zone="America/New_York",
      note="Greenhouse confirmation, New York. 2:00-2:45 PM EDT (US DST since 8 March) = 18:00-18:45Z; the CEST twin (8:00 PM) agrees. Contact = Reply-To coordinator.")
def m01():
    body = t("""
        Hi Elena,

        Thanks again for making time to speak with us! Your interview for the Senior Product Designer role is confirmed. Here are the details:

        Date: Tuesday, April 21, 2026
        Time: 2:00 PM - 2:45 PM EDT (8:00 PM - 8:45 PM CEST)
        Interviewer: Marcus Obi, Design Director
        Format: Video call
        Google Meet: https://meet.google.com/xkq-ztbw-pmr

        Marcus will spend most of the time on one project of your choice, so have a case study ready to share on screen.

        If anything comes up and you need to reschedule, just reply to this email and I'll sort it out.

        Best,
        Dana Whitfield
        Recruiting Coordinator, Harbor Lane Software
        """)
    h = hdr(addr("Harbor Lane Software", "no-reply@us.greenhouse-mail.io"),
            "Interview Confirmation: Senior Product Designer at Harbor Lane Software",
            "2026-04-16 10:12:41", "America/New_York",
            "<0102018f2a1c9d41-7c1e2e0b-41b2-4f2c-9a8e-1d2f3c4b5a69-000000@us-west-2.amazonses.com>",
            host="a48-104.smtp-out.amazonses.com",
            extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@harborlane.io")),))
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-03-11T17:00:00Z", end="2026-03-11T18:00:00Z", contact="sam.okonkwo@tidewater.ai",
      company="Tidewater Analytics", local="Wed 2026-03-11 10:00", local_end="2026-03-11 11:00",
      zone="America/Los_Angeles",
      note="Lever confirmation with ICS (UTC). 10-11 AM PT on 11 March is PDT (US DST from 8 March) = 17:00Z, while Amsterdam is still CET (6 PM there, as the mail says). Mail sent in PST on 5 March. Contact = Reply-To / ORGANIZER.")
def m02():
    body = t("""
        Hi Elena,

        You're confirmed for your interview with Tidewater Analytics!

        Role: Product Designer, Data Platform
        When: Wednesday, March 11, 2026, 10:00 AM - 11:00 AM Pacific Time (6:00 PM - 7:00 PM your time, CET)
        Who: Hannah Lindqvist (Staff Designer) and Owen Price (PM)
        Where: Zoom - https://tidewater.zoom.us/j/93820174455

        A calendar invitation is attached. Heads up: the US has already switched to daylight saving time, so the gap to Amsterdam is one hour smaller than usual that week.

        Reply here with any questions.

        Sam Okonkwo
        Talent Partner | Tidewater Analytics
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-int-5b1e8a2c-77d1-4c0e-9f1a-3c2e8d9b7a10@hire.lever.co
        DTSTAMP:20260305T232000Z
        DTSTART:20260311T170000Z
        DTEND:20260311T180000Z
        SEQUENCE:0
        SUMMARY:Interview: Elena Varga - Product Designer (Tidewater Analytics)
        LOCATION:https://tidewater.zoom.us/j/93820174455
        ORGANIZER;CN=Sam Okonkwo:mailto:sam.okonkwo@tidewater.ai
        ATTENDEE;CN=Elena Varga;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elena.varga@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdr(addr("Tidewater Analytics", "no-reply@hire.lever.co"),
            "Interview confirmed: Tidewater Analytics - Product Designer, Data Platform",
            "2026-03-05 15:20:07", "America/Los_Angeles",
            "<lever.5b1e8a2c77d14c0e.1772752807@hire.lever.co>", host="mail-sor-f69.lever.co",
            extra=(("Reply-To", addr("Sam Okonkwo", "sam.okonkwo@tidewater.ai")),))
    return message(h, mixed(alt(text(body), html(p_html(body))),
                            calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-06-08T16:30:00Z", end="2026-06-08T17:00:00Z", contact="jordan.reyes@quillfeather.com",
      company="Quillfeather", local="Mon 2026-06-08 11:30", local_end="2026-06-08 12:00",
      zone="America/Chicago",
      note="Ashby, HTML only in base64; details in a table. 11:30 AM - 12:00 PM CDT = 16:30-17:00Z. Contact = Reply-To recruiter.")
def m03():
    body = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview scheduled</title></head>
        <body style="margin:0;background:#f5f5f7;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="560" cellpadding="24" cellspacing="0" style="background:#ffffff;border-radius:8px">
        <tr><td>
        <img src="https://app.ashbyhq.com/api/images/org-theme-wordmark/quillfeather.png" alt="Quillfeather" height="28">
        <p style="font-size:16px">Hi Elena,</p>
        <p style="font-size:16px">Your interview with Quillfeather has been scheduled. We're looking forward to it!</p>
        <table cellpadding="6" cellspacing="0" style="font-size:15px;border-top:1px solid #e5e5ea">
        <tr><td style="color:#6e6e73">Interview</td><td><b>Recruiter Screen</b></td></tr>
        <tr><td style="color:#6e6e73">Date</td><td>Monday, June 8, 2026</td></tr>
        <tr><td style="color:#6e6e73">Time</td><td>11:30 AM &ndash; 12:00 PM CDT</td></tr>
        <tr><td style="color:#6e6e73">With</td><td>Jordan Reyes</td></tr>
        <tr><td style="color:#6e6e73">Location</td><td><a href="https://meet.google.com/ubh-tnqe-wsc">Google Meet</a></td></tr>
        </table>
        <p style="font-size:15px">Need a different time? <a href="https://app.ashbyhq.com/candidate/reschedule/4b8e2f7a">Request to reschedule</a> or simply reply to this email.</p>
        <p style="font-size:13px;color:#6e6e73">Sent by Quillfeather via Ashby</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    h = hdr(addr("Quillfeather Recruiting", "no-reply@ashbyhq.com"),
            "Your interview with Quillfeather is scheduled",
            "2026-06-03 09:05:18", "America/Chicago",
            "<6a4f1c2e-90b7-4e6f-8a12-7d33c0a1e5b4@ashbyhq.com>", host="o1.ptr8810.ashbyhq.com",
            extra=(("Reply-To", addr("Jordan Reyes", "jordan.reyes@quillfeather.com")),))
    return message(h, html(body, cte="base64"))


@mail(n(4), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-09-18T08:00:00Z", end="2026-09-18T09:00:00Z", contact=None,
      company="Meridian Straits Bank", local="Fri 2026-09-18 16:00", local_end="2026-09-18 17:00",
      zone="Asia/Singapore",
      note="Workday (Singapore). 4:00-5:00 PM SGT (UTC+8, no DST) = 08:00-09:00Z. Interviewers named without addresses, sender is the Workday tenant mailbox, 'do not reply' -> contact null.")
def m04():
    body = t("""
        Dear Elena Varga,

        Thank you for your interest in the Senior UX Researcher position (R-22817) at Meridian Straits Bank.

        We are pleased to confirm your interview as follows:

        Interview Date: Friday, 18 September 2026
        Interview Time: 4:00 PM - 5:00 PM (Singapore Time, GMT+8)
        Interview Type: Video Interview (Microsoft Teams)
        Interviewer(s): Tan Wei Ling, Head of Design Research
                        Rajesh Menon, Director, Digital Channels

        The Microsoft Teams link will be sent to you separately by the hiring team at least one day before the interview.

        Please ensure that you are in a quiet environment with a stable internet connection. Kindly have your NRIC/passport ready for identity verification.

        To view or manage your application, please sign in to the Candidate Home page:
        https://meridianstraits.wd3.myworkdayjobs.com/en-US/Careers/userHome

        This is a system-generated email. Please do not reply to this email.

        Regards,
        Talent Acquisition
        Meridian Straits Bank
        """)
    h = hdr(addr("Meridian Straits Bank", "meridianstraits@myworkday.com"),
            "Interview Confirmation - Senior UX Researcher (R-22817)",
            "2026-09-11 11:40:03", "Asia/Singapore",
            "<1418290633.88211.1789098003111@wd3-prod-ea-app17.myworkday.com>",
            host="wd3-smtp-out2.myworkday.com")
    return message(h, text(body, cte="quoted-printable"))


@mail(n(5), family="icims", lang="en", interview=True, kind="rescheduled",
      start="2026-05-19T14:00:00Z", end="2026-05-19T15:00:00Z", contact="kbrandt@lakeshorehp.org",
      company="Lakeshore Health Partners", local="Tue 2026-05-19 09:00", local_end="2026-05-19 10:00",
      zone="America/Chicago", days=(("Thu", "2026-05-14"),),
      note="iCIMS plain-text update, US MM/DD/YYYY dates. Old slot 05/14 1:00 PM CT, new 05/19/2026 9:00-10:00 AM Central (CDT) = 14:00-15:00Z. Contact = Reply-To recruiter.")
def m05():
    body = t("""
        Hello Elena,

        Your interview for the position of Product Designer II (Req #4417) has been rescheduled.

        PREVIOUS: 05/14/2026 at 1:00 PM Central Time - CANCELLED

        NEW DATE: 05/19/2026 (Tuesday)
        NEW TIME: 9:00 AM - 10:00 AM Central Time
        LOCATION: Microsoft Teams (link below)
        INTERVIEWER(S): Dr. Paul Nwosu, VP Digital Experience; Kelsey Brandt, Talent Acquisition

        Join Microsoft Teams Meeting:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA1NTk4ZGQtY2E3Mi00%40thread.v2/0

        We apologize for any inconvenience. Please reply to this message if the new time does not work for you.

        Thank you,
        Kelsey Brandt
        Senior Talent Acquisition Partner
        Lakeshore Health Partners
        """)
    h = hdr(addr("Lakeshore Health Partners", "lakeshorehealth@talent.icims.com"),
            "UPDATED: Interview for Product Designer II (Req #4417)",
            "2026-05-11 16:45:52", "America/Chicago",
            "<20260511214552.1F3A2C0012@talent.icims.com>", host="mail3.icims.com",
            extra=(("Reply-To", addr("Kelsey Brandt", "kbrandt@lakeshorehp.org")),))
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@mail(n(6), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start="2026-10-15T08:00:00Z", end="2026-10-15T09:00:00Z", contact="lucia.ferrer@alcotan.es",
      company="Grupo Alcotán", local="Thu 2026-10-15 10:00", local_end="2026-10-15 11:00",
      zone="Europe/Madrid",
      note="SmartRecruiters in Spanish. 'jueves, 15 de octubre de 2026, de 10:00 a 11:00 (hora de Madrid)' = CEST = 08:00-09:00Z. Contact = Reply-To recruiter.")
def m06():
    body = t("""
        Hola Elena:

        Gracias por tu interés en Grupo Alcotán. Te confirmamos la entrevista para la posición de Diseñador/a de Producto Senior:

        Fecha: jueves, 15 de octubre de 2026
        Hora: de 10:00 a 11:00 (hora de Madrid)
        Modalidad: videollamada por Google Meet
        Enlace: https://meet.google.com/fgr-mkbp-oqa
        Entrevistadoras: Lucía Ferrer (Talent Acquisition) y Marta Gil (Head of Design)

        Si necesitas cambiar la hora, responde a este correo y buscaremos otro hueco.

        ¡Mucha suerte!

        Lucía Ferrer
        Talent Acquisition · Grupo Alcotán
        """)
    h = hdr(addr("Grupo Alcotán", "noreply@smartrecruiters.com"),
            "Confirmación de entrevista – Diseñador/a de Producto Senior",
            "2026-10-09 12:30:44", "Europe/Madrid",
            "<0100019a6c3e12f5-2d8b9c1a-5e4f-4a7b-b0c3-9e8d7f6a5b4c-000000@email.smartrecruiters.com>",
            host="mta-13.smartrecruiters.com",
            extra=(("Reply-To", addr("Lucía Ferrer", "lucia.ferrer@alcotan.es")),))
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(7), family="workable", lang="fr", interview=True, kind="scheduled",
      start="2026-11-02T13:30:00Z", end="2026-11-02T14:15:00Z", contact="camille.roux@atelierbrume.fr",
      company="Atelier Brume", local="Mon 2026-11-02 14:30", local_end="2026-11-02 15:15",
      zone="Europe/Paris",
      note="Workable in French; Reply-To is a Workable relay (not a human mailbox) -> contact = the address in the body. 'lundi 2 novembre à 14h30, durée : 45 minutes', Paris is CET after 25 October = 13:30-14:15Z; mail sent in CET on 27 October.")
def m07():
    body = t("""
        Bonjour Elena,

        Merci pour votre candidature au poste de Product Designer (H/F) chez Atelier Brume.

        Nous avons le plaisir de vous confirmer votre entretien :

        📅 lundi 2 novembre 2026 à 14h30 (heure de Paris)
        ⏱ Durée : 45 minutes
        📍 Visioconférence – le lien Whereby vous sera envoyé la veille
        👤 Avec : Camille Roux, Lead Designer

        Pour toute question, vous pouvez écrire directement à Camille (camille.roux@atelierbrume.fr).

        À très bientôt,
        L'équipe Atelier Brume

        --
        Envoyé via Workable
        """)
    h = hdr(addr("Atelier Brume", "noreply@candidates.workablemail.com"),
            "Entretien confirmé – Product Designer (H/F)",
            "2026-10-27 10:15:09", "Europe/Paris",
            "<wk.c7f3e2a91d.20261027091509@workablemail.com>", host="mail-a12.workablemail.com",
            extra=(("Reply-To", "atelier-brume+c7f3e2a91d@candidates.workablemail.com"),))
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(8), family="teamtailor", lang="nl", interview=True, kind="scheduled",
      start="2026-06-09T11:00:00Z", end="2026-06-09T12:00:00Z", contact="sanne.devries@kanaalwerk.nl",
      company="Kanaalwerk", local="Tue 2026-06-09 13:00", local_end="2026-06-09 14:00",
      zone="Europe/Amsterdam",
      note="Teamtailor in Dutch, on-site in Utrecht, ICS attached (UTC). 'dinsdag 9 juni, 13:00-14:00' CEST = 11:00-12:00Z. Contact = Reply-To recruiter (also ORGANIZER).")
def m08():
    body = t("""
        Hoi Elena,

        Leuk dat je bij ons langskomt! Hierbij de bevestiging van je sollicitatiegesprek voor de functie Senior UX Designer.

        Wanneer: dinsdag 9 juni 2026, 13:00 - 14:00
        Waar: Kanaalwerk, Oudegracht 212, Utrecht (3e verdieping, even melden bij de receptie)
        Met wie: Sanne de Vries (recruiter) en Joost Bakker (Head of Product)

        Een agenda-uitnodiging zit in de bijlage. Kom je met het OV? Het kantoor is 10 minuten lopen vanaf Utrecht Centraal.

        Tot dinsdag!

        Groet,
        Sanne de Vries
        Recruiter | Kanaalwerk
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:tt-interview-88213-4f2a@teamtailor.com
        DTSTAMP:20260602122000Z
        DTSTART:20260609T110000Z
        DTEND:20260609T120000Z
        SUMMARY:Sollicitatiegesprek Kanaalwerk – Elena Varga
        LOCATION:Oudegracht 212\\, Utrecht
        ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@kanaalwerk.nl
        ATTENDEE;CN=Elena Varga;RSVP=TRUE:mailto:elena.varga@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdr(addr("Kanaalwerk", "kanaalwerk@teamtailor-mail.com"),
            "Bevestiging sollicitatiegesprek – Senior UX Designer",
            "2026-06-02 14:20:31", "Europe/Amsterdam",
            "<6f0a2d9e8b7c4a51.tt.20260602122031@teamtailor-mail.com>", host="mail.teamtailor-mail.com",
            extra=(("Reply-To", addr("Sanne de Vries", "sanne.devries@kanaalwerk.nl")),))
    return message(h, mixed(alt(text(body), html(p_html(body))),
                            calendar(ics, cte="base64", filename="sollicitatiegesprek.ics",
                                     disposition="attachment", name_param=True)))


@mail(n(9), family="personio", lang="de", interview=True, kind="cancelled",
      start="2026-03-25T09:00:00Z", end=None, contact="lena.hoffmann@isarlicht.de",
      company="Isarlicht GmbH", local="Wed 2026-03-25 10:00", zone="Europe/Berlin",
      note="Personio cancellation in German, iso-8859-1 QP. Cancelled slot 'Mittwoch, 25. März 2026 um 10:00 Uhr' is before the 29 March DST change, CET = 09:00Z. Role filled internally, no new time. Contact = recruiter's address in the signature (sender is a Personio mailbox).")
def m09():
    body = t("""
        Sehr geehrte Frau Varga,

        leider müssen wir Ihnen mitteilen, dass wir den vereinbarten Termin für Ihr Vorstellungsgespräch am Mittwoch, 25. März 2026 um 10:00 Uhr absagen müssen.

        Die Position "Senior Product Designer (m/w/d)" wurde inzwischen intern besetzt. Wir bedauern das sehr, zumal uns Ihr Portfolio wirklich gut gefallen hat, und würden uns freuen, wenn wir Ihre Unterlagen für künftige Stellen in unserem Talentpool behalten dürfen.

        Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

        Mit freundlichen Grüßen

        Lena Hoffmann
        People & Culture
        Isarlicht GmbH | Landsberger Straße 110 | 80339 München
        lena.hoffmann@isarlicht.de
        """)
    h = hdr(addr("Isarlicht GmbH", "jobs-noreply@isarlicht.jobs.personio.de"),
            "Absage Ihres Gesprächstermins am 25.03.2026",
            "2026-03-20 09:10:27", "Europe/Berlin",
            "<20260320081027.0d3c9a1b2e4f@personio.de>", host="mail-eu.personio.de",
            charset="iso-8859-1")
    return message(h, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(10), family="bamboohr", lang="en", interview=True, kind="scheduled",
      start="2026-01-22T20:00:00Z", end="2026-01-22T20:45:00Z", contact="malbright@switchbackoutdoor.com",
      company="Switchback Outdoor Co.", local="Thu 2026-01-22 13:00", local_end="2026-01-22 13:45",
      zone="America/Denver",
      note="BambooHR, Denver. 'Thursday, January 22 at 1:00 PM - 1:45 PM Mountain Time' = MST (UTC-7) = 20:00-20:45Z. Contact = Reply-To hiring manager.")
def m10():
    body = t("""
        Hi Elena,

        Megan Albright from Switchback Outdoor Co. has scheduled an interview with you.

        Position: UX Designer (Remote, US/EU overlap)
        Date: Thursday, January 22, 2026
        Time: 1:00 PM - 1:45 PM Mountain Time
        Location: https://switchbackoutdoor.zoom.us/j/81144029933

        Message from Megan:
        "Looking forward to chatting, Elena! I know this is 9 PM for you, so thanks for staying up late. We'll keep it to 45 minutes."

        Questions? Reply to this email to reach Megan directly.

        Powered by BambooHR
        """)
    h = hdr(addr("Switchback Outdoor Co.", "notifications@app.bamboohr.com"),
            "Interview Scheduled: UX Designer at Switchback Outdoor Co.",
            "2026-01-16 11:30:12", "America/Denver",
            "<a3c19e7b52d84f06b1e2@app.bamboohr.com>", host="mail-out3.bamboohr.com",
            extra=(("Reply-To", addr("Megan Albright", "malbright@switchbackoutdoor.com")),))
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(11), family="jazzhr", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end=None, contact="tgreer@pinecrestlogistics.com",
      company="Pinecrest Logistics", local="Tue 2026-11-03 10:00", zone="America/New_York",
      note="JazzHR, sent Thu 29 Oct in EDT; interview Tue 3 Nov 10:00 AM ET is after the 1 November change, so EST (UTC-5) = 15:00Z. 'approximately one hour' -> end null. Contact = Reply-To.")
def m11():
    body = t("""
        Dear Elena,

        Thank you for your application for the Senior Product Designer position at Pinecrest Logistics. We are pleased to invite you to a video interview with our hiring team.

        Date: Tuesday, November 3, 2026
        Time: 10:00 AM Eastern Time
        Platform: Microsoft Teams (invitation to follow from our hiring manager)

        The interview will last approximately one hour and will include a short portfolio presentation (15-20 minutes).

        Please note that clocks in the US go back on Sunday, November 1, so 10:00 AM Eastern will be 4:00 PM in Amsterdam.

        Kind regards,

        Tanya Greer
        HR Generalist
        Pinecrest Logistics
        """)
    h = hdr(addr("Pinecrest Logistics", "do-not-reply@applytojob.com"),
            "Interview Confirmation - Senior Product Designer",
            "2026-10-29 15:05:36", "America/New_York",
            "<5f0e1b6c3a2d47e8.1793300736@applytojob.com>", host="smtp2.applytojob.com",
            extra=(("Reply-To", addr("Tanya Greer", "tgreer@pinecrestlogistics.com")),))
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@mail(n(12), family="recruitee", lang="en", interview=True, kind="scheduled",
      start="2026-04-01T10:00:00Z", end="2026-04-01T11:00:00Z", contact="aoife.gallagher@corribcloud.ie",
      company="Corrib Cloud", local="Wed 2026-04-01 11:00", local_end="2026-04-01 12:00",
      zone="Europe/Dublin",
      note="Recruitee (Irish company). Sent Thu 26 March in GMT; 'Wednesday 1 April at 11:00 Irish time' is after 29 March, so IST (UTC+1) = 10:00Z; 'one hour' -> end 11:00Z. '12:00 in Amsterdam' agrees. Contact = Reply-To recruiter.")
def m12():
    body = t("""
        Hi Elena,

        Great news - the team would love to meet you. Your interview for Product Designer is booked in:

        Wednesday 1 April, 11:00-12:00 Irish time (12:00-13:00 in Amsterdam, the clocks will have gone forward by then)
        Video call: https://meet.google.com/qzv-rfhn-ayd
        Panel: Aoife Gallagher (Talent) and Ciarán Walsh (Design Lead)

        It'll be one hour: about 40 minutes on your background and a recent project, then plenty of time for your questions.

        If you need to move it, just reply here.

        Cheers,
        Aoife

        Aoife Gallagher | Talent Acquisition | Corrib Cloud
        Galway, Ireland
        """)
    h = hdr(addr("Corrib Cloud", "corribcloud@mail.recruitee.com"),
            "Interview confirmed - Product Designer at Corrib Cloud",
            "2026-03-26 17:00:55", "Europe/Dublin",
            "<recruitee.interview.1194823.1774544455@mail.recruitee.com>", host="out-3.mail.recruitee.com",
            extra=(("Reply-To", addr("Aoife Gallagher", "aoife.gallagher@corribcloud.ie")),))
    return message(h, text(body))


@mail(n(13), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-02-10T15:00:00Z", end="2026-02-10T15:30:00Z", contact="priya.nair@northlightlabs.ca",
      company="Northlight Labs", local="Tue 2026-02-10 16:00", local_end="2026-02-10 16:30",
      zone="Europe/Amsterdam",
      note="Calendly invitee confirmation after Elena booked; times shown in her zone (Central European Time): 4:00-4:30pm CET = 15:00-15:30Z (10:00 EST in Toronto). Contact = host (Reply-To).")
def m13():
    body = t("""
        Hi Elena Varga,

        Your Design Interview (30 min) with Priya Nair at 4:00pm - 4:30pm (Central European Time) on Tuesday, February 10, 2026 is scheduled.

        Event Type:
        Design Interview (30 min)

        Invitee:
        Elena Varga

        Invitee Email:
        elena.varga@example.org

        Event Date/Time:
        4:00pm - Tuesday, February 10, 2026 (Central European Time)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/ojd-wmzr-hqe

        Questions:
        Please share a link to your portfolio
        https://elenavarga.design

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3f2a9c71-1d4e-4b8a-a6f0-5c2e7b9d1e33
        Reschedule: https://calendly.com/reschedulings/3f2a9c71-1d4e-4b8a-a6f0-5c2e7b9d1e33

        Powered by Calendly.com
        """)
    h = hdr(addr("Calendly", "notifications@calendly.com"),
            "Confirmed: Design Interview (30 min) with Priya Nair on Tuesday, February 10, 2026",
            "2026-02-04 20:14:40", "Europe/Amsterdam",
            "<0100019c2a8e0f11-7b3e1f9a-2c4d-4e5f-8a9b-0c1d2e3f4a5b-000000@email.calendly.com>",
            host="a9-33.smtp-out.amazonses.com",
            extra=(("Reply-To", addr("Priya Nair", "priya.nair@northlightlabs.ca")),))
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(14), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-08-20T16:00:00Z", end="2026-08-20T19:00:00Z", contact="ravi.shankar@cobaltline.com",
      company="Cobaltline", local="Thu 2026-08-20 09:00", local_end="2026-08-20 12:00",
      zone="America/Los_Angeles",
      note="GoodTime virtual onsite, three sessions 9:00 AM to 12:00 PM PDT = 16:00-19:00Z (first start to last end). Contact = Reply-To coordinator.")
def m14():
    body = t("""
        Hi Elena,

        Your virtual onsite with Cobaltline is confirmed for Thursday, August 20, 2026. All times are Pacific Daylight Time (PDT).

        9:00 AM - 9:45 AM    Portfolio Review - Grace Liu, Principal Designer
        10:00 AM - 10:45 AM  App Critique - Daniel Moss, Senior Product Designer
        11:00 AM - 12:00 PM  Hiring Manager - Ravi Shankar, Design Manager

        Each session has its own Zoom link in the calendar invites you'll receive from the interviewers. There is a 15-minute break between sessions.

        If you have questions or need accommodations, reply to this email and it will reach Ravi.

        Good luck!
        Cobaltline Recruiting

        Scheduled with GoodTime
        """)
    h = hdr(addr("Cobaltline Recruiting", "scheduling@mail.goodtime.io"),
            "Your Cobaltline virtual onsite is confirmed - Thursday, August 20",
            "2026-08-13 13:30:21", "America/Los_Angeles",
            "<gt-7e12f0c4a9b84d3e8f61@mail.goodtime.io>", host="mail.goodtime.io",
            extra=(("Reply-To", addr("Ravi Shankar", "ravi.shankar@cobaltline.com")),))
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(15), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-05-05T23:00:00Z", end="2026-05-06T00:00:00Z", contact="hamish@saltbushstudio.com.au",
      company="Saltbush Studio", local="Wed 2026-05-06 09:00", local_end="2026-05-06 10:00",
      zone="Australia/Sydney",
      note="Google Calendar invitation from a Sydney organizer. 'Wed 6 May 2026 9am - 10am (AEST)': Sydney is on AEST (UTC+10) since 5 April, so the UTC start is Tue 5 May 23:00Z. ICS TZID Australia/Sydney. Contact = ORGANIZER/sender.")
def m15():
    body = t("""
        Hamish Doyle has invited you to an event.

        Interview: Elena Varga / Senior Product Designer
        Wednesday 6 May 2026 ⋅ 9am – 10am
        Australian Eastern Time - Sydney

        Join with Google Meet
        meet.google.com/pvh-xwta-ske

        Hi Elena - as discussed, this is the first interview with me and Ruby (our design lead). 9am here should be 1am for you, sorry! Let me know if you'd rather we did 5pm Sydney time instead and I'll move it.

        Guests
        Hamish Doyle - organiser
        Ruby Tan
        elena.varga@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWg4ZnQ

        Reply for elena.varga@example.org
        Yes / No / Maybe / More options

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    ics = VTZ_SYDNEY.join(["BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n",
                           "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Australia/Sydney:20260506T090000
        DTEND;TZID=Australia/Sydney:20260506T100000
        DTSTAMP:20260429040214Z
        ORGANIZER;CN=Hamish Doyle:mailto:hamish@saltbushstudio.com.au
        UID:5h8ft2k0q9r1m3v7c6b4n2x8za@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hamish Doyle;X-NUM-GUESTS=0:mailto:hamish@saltbushstudio.com.au
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elena.varga@example.org;X-NUM-GUESTS=0:mailto:elena.varga@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ruby Tan;X-NUM-GUESTS=0:mailto:ruby@saltbushstudio.com.au
        X-GOOGLE-CONFERENCE:https://meet.google.com/pvh-xwta-ske
        CREATED:20260429040212Z
        DESCRIPTION:Hi Elena - as discussed\\, this is the first interview with me and Ruby (our design lead).
        LAST-MODIFIED:20260429040213Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview: Elena Varga / Senior Product Designer
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)])
    subject = ("Invitation: Interview: Elena Varga / Senior Product Designer @ Wed 6 May 2026 9am - 10am "
               "(AEST) (elena.varga@example.org)")
    h = hdr(addr("Hamish Doyle", "hamish@saltbushstudio.com.au"), subject,
            "2026-04-29 14:02:14", "Australia/Sydney",
            "<calendar-7f3c1e92-0a4b-4d6e-9c28-5b1f0e7d3a66@google.com>", host="mail-sor-f73.google.com",
            extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(h, mixed(alt(text(body), html(p_html(body)), calendar(ics, cte="base64")),
                            calendar(ics, cte="base64", ctype="application/ics", method=None,
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(16), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-10-30T10:00:00Z", end="2026-10-30T11:00:00Z", contact="gareth.pryce@northmoor-data.co.uk",
      company="Northmoor Data", local="Fri 2026-10-30 10:00", local_end="2026-10-30 11:00",
      zone="Europe/London", days=(("Thu", "2026-10-29"),),
      note="Exchange update (SEQUENCE:1) from Manchester, TZID 'GMT Standard Time'. Moved from Thu 29 Oct to Fri 30 Oct 10:00-11:00; UK is on GMT after 25 October = 10:00-11:00Z. Contact = ORGANIZER/sender.")
def m16():
    body = t("""
        When: Friday, 30 October 2026 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Elena,

        Apologies for the shuffle - Priya is now off on Thursday, so I've moved us to Friday morning, same time. The Teams link stays the same. It's still the 60-minute session with me and Priya (Head of Product Design), with a short walkthrough of the case study you sent.

        Thanks,
        Gareth

        Gareth Pryce | Design Manager | Northmoor Data
        """) + TEAMS_EN.format(mid="NGQ5ZDc0YjctMjk4", num="371 554 820 119", pw="Nm7uX2") + "\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_GMT,
        t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Gareth Pryce:mailto:gareth.pryce@northmoor-data.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elena Varga:mailto:elena.varga@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Chandran:mailto:priya.chandran@northmoor-data.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Hi Elena\\, apologies for the shuffle - Priya is now off on Thursday\\, so I've moved us to Friday morning\\, same time.\\n
        UID:040000008200E00074C5B7101A82E0080000000070A5B1D3F164DC01000000000000000010000000C2E34F0B9A1D7E4B8E2F11A2C3D4E5F6
        SUMMARY;LANGUAGE=en-GB:Interview - Elena Varga (Senior Product Designer)
        DTSTART;TZID=GMT Standard Time:20261030T100000
        DTEND;TZID=GMT Standard Time:20261030T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261026084712Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2120511372
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
        """)])
    h = hdr(addr("Gareth Pryce", "gareth.pryce@northmoor-data.co.uk"),
            "Updated: Interview - Elena Varga (Senior Product Designer)",
            "2026-10-26 08:47:12", "Europe/London",
            "<LO2P265MB4410A8C2D3E4F5A6B7C8D9E0F1A2B3C4@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM>",
            host="mail-lo2gbr01on2120.outbound.protection.outlook.com",
            extra=(("Thread-Topic", "Interview - Elena Varga (Senior Product Designer)"),
                   ("Content-Language", "en-GB"),
                   ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(body, charset="utf-8", cte="quoted-printable"), html(p_html(body)),
                          calendar(ics, cte="base64")))


@mail(n(17), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-09-07T12:00:00Z", end=None, contact="thandi.mokoena@fynbosfintech.co.za",
      company="Fynbos Fintech", local="Mon 2026-09-07 14:00", zone="Africa/Johannesburg",
      note="South African recruiter pastes a Zoom invitation: 'Sep 7, 2026 02:00 PM Johannesburg' = SAST (UTC+2, no DST) = 12:00Z. 'about an hour' -> end null. Contact = sender.")
def m17():
    body = t("""
        Hi Elena

        Lovely chatting to you on Friday. As promised, here are the details for your interview with Sipho (our CPO) and me on Monday. It should take about an hour.

        Shout if you have any trouble with the link.

        Kind regards
        Thandi

        Thandi Mokoena
        Talent Lead | Fynbos Fintech
        Cape Town | +27 21 555 0142

        ---

        Thandi Mokoena is inviting you to a scheduled Zoom meeting.

        Topic: Elena Varga - Product Designer interview
        Time: Sep 7, 2026 02:00 PM Johannesburg

        Join Zoom Meeting
        https://fynbosfintech.zoom.us/j/86120457731?pwd=QmV4dFRhbGtzMjAyNjA5MDc

        Meeting ID: 861 2045 7731
        Passcode: 550142
        """)
    h = hdr(addr("Thandi Mokoena", "thandi.mokoena@fynbosfintech.co.za"),
            "Interview on Monday 7 September - Zoom details",
            "2026-09-02 10:20:48", "Africa/Johannesburg",
            "<CAJ8xQ2mZ1y7bV0kR4nT6pW9sL3dF5gH8jK2qN1@mail.gmail.com>", host="mail-wm1-f54.google.com")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(18), family="ics_attachment", lang="en", interview=True, kind="scheduled",
      start="2026-02-26T19:30:00Z", end="2026-02-26T20:30:00Z", contact="colin.tremblay@maplewoodgroup.ca",
      company="Maplewood Insurance Group", local="Thu 2026-02-26 14:30", local_end="2026-02-26 15:30",
      zone="America/Toronto",
      note="Canadian hiring manager, 'Thursday at 2:30 to 3:30 ET' resolved against Date (Mon 23 Feb); EST = 19:30-20:30Z. Outlook invite.ics attached, TZID 'Eastern Standard Time'. Contact = sender.")
def m18():
    body = t("""
        Hi Elena,

        Thanks for getting back to me so quickly. We're all set for Thursday at 2:30 to 3:30 ET - I know that's 8:30 in the evening for you, so I really appreciate the flexibility.

        It'll be me and Geneviève Roy from our research team. I've attached a calendar invite with the Teams link.

        Talk soon,
        Colin

        Colin Tremblay
        Director, Digital Experience
        Maplewood Insurance Group | Toronto, ON
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_EASTERN,
        t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Colin Tremblay:mailto:colin.tremblay@maplewoodgroup.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elena Varga:mailto:elena.varga@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Geneviève Roy:mailto:genevieve.roy@maplewoodgroup.ca
        UID:040000008200E00074C5B7101A82E00800000000A0F3C24D62A4DC010000000000000000100000004B7E2C1D9F0A3E4D8C6B5A4F3E2D1C0B
        SUMMARY;LANGUAGE=en-CA:Elena Varga / Maplewood - Senior UX Designer
        DTSTART;TZID=Eastern Standard Time:20260226T143000
        DTEND;TZID=Eastern Standard Time:20260226T153000
        CLASS:PUBLIC
        DTSTAMP:20260223160200Z
        SEQUENCE:0
        STATUS:CONFIRMED
        LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)])
    h = hdr(addr("Colin Tremblay", "colin.tremblay@maplewoodgroup.ca"),
            "RE: Next steps - Senior UX Designer",
            "2026-02-23 11:02:35", "America/Toronto",
            "<YT3PR01MB6211C4A1B9E0D2F3A4B5C6D7E8F9A0B1@YT3PR01MB6211.CANPRD01.PROD.OUTLOOK.COM>",
            host="mail-yt3can01on2091.outbound.protection.outlook.com",
            extra=(("In-Reply-To", "<CAKv3nZ0q8Lr2@mail.example.org>"),
                   ("References", "<CAKv3nZ0q8Lr2@mail.example.org>")))
    return message(h, mixed(alt(text(body), html(p_html(body))),
                            calendar(ics, method=None, cte="base64", filename="invite.ics",
                                     disposition="attachment", name_param=True)))


@mail(n(19), family="human_prose", lang="it", interview=True, kind="scheduled",
      start="2026-05-12T13:00:00Z", end=None, contact="g.bertolini@ventoblu.it",
      company="Ventoblu", local="Tue 2026-05-12 15:00", zone="Europe/Rome",
      note="Italian HR mail in windows-1252 QP. 'martedì 12 maggio alle ore 15:00' CEST = 13:00Z; 'circa un'ora' -> end null. Contact = sender.")
def m19():
    body = t("""
        Gentile Elena,

        come anticipato telefonicamente, Le confermo il colloquio conoscitivo per la posizione di UX/UI Designer:

        martedì 12 maggio alle ore 15:00, in videochiamata su Microsoft Teams (Le invierò il link domani).

        Saranno presenti il sottoscritto e l'ing. Paolo Ferri, responsabile del team Prodotto. Il colloquio durerà circa un'ora e si svolgerà in inglese; Le chiederemo di presentare brevemente un progetto del Suo portfolio.

        Resto a disposizione per qualsiasi chiarimento.

        Cordiali saluti,

        Giulia Bertolini
        Ufficio Risorse Umane – Ventoblu S.r.l.
        Via Tortona 37, 20144 Milano
        """)
    h = hdr(addr("Giulia Bertolini", "g.bertolini@ventoblu.it"),
            "Conferma colloquio – martedì 12 maggio",
            "2026-05-06 16:40:02", "Europe/Rome",
            "<000b01dcdd5e$7a1b2c30$6e518490$@ventoblu.it>", host="smtp.ventoblu.it",
            charset="windows-1252")
    return message(h, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(20), family="forwarded", lang="en", interview=True, kind="scheduled",
      start="2026-04-02T05:00:00Z", end="2026-04-02T05:45:00Z", contact="brooke.harrington@talentbridge.com.au",
      company="Wattle & Finch", local="Thu 2026-04-02 16:00", local_end="2026-04-02 16:45",
      zone="Australia/Melbourne",
      note="Elena forwards (Gmail 'Fwd:') an Australian agency confirmation from her other address to this inbox. 'Thursday 2 April, 4:00-4:45pm AEDT' (Melbourne still on daylight time until 5 April) = 05:00-05:45Z, 7am CEST as the recruiter says. Contact = agency recruiter in the forwarded header; company = the client.")
def m20():
    body = t("""
        forwarding to my main inbox so I don't lose it

        ---------- Forwarded message ---------
        From: Brooke Harrington <brooke.harrington@talentbridge.com.au>
        Date: Fri, 27 Mar 2026 at 08:55
        Subject: Interview confirmed - Wattle & Finch, Thursday 2 April
        To: Elena Varga <elena.v@example.net>


        Hi Elena,

        Great news, Wattle & Finch would love to meet you! I've locked in your first interview:

        Thursday 2 April, 4:00-4:45pm AEDT (Melbourne time) - that should be 7:00am on Thursday for you in Amsterdam
        With: Mia Kowalski (Head of Digital) and Tom Reid (Senior Product Designer)
        Via: Microsoft Teams - the invite will come directly from Mia

        They'd like you to walk through one end-to-end project in about 15 minutes. Give me a ring on +61 3 9555 0187 if you want to prep beforehand.

        Good luck!
        Brooke

        Brooke Harrington
        Senior Consultant, Digital & Design | TalentBridge
        Level 9, 120 Collins Street, Melbourne VIC 3000
        """)
    h = hdr(addr(ME_NAME, "elena.v@example.net"),
            "Fwd: Interview confirmed - Wattle & Finch, Thursday 2 April",
            "2026-03-27 09:15:44", "Europe/Amsterdam",
            "<CAHx7pQn2vR9c0T4mW8dZ1kS6yL3bJ5fG7hN0q@mail.gmail.com>", host="mail-ej1-f45.google.com")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(21), family="reply_quoted", lang="pt", interview=True, kind="scheduled",
      start="2026-06-18T10:00:00Z", end=None, contact="ines.moura@ribeiradigital.pt",
      company="Ribeira Digital", local="Thu 2026-06-18 11:00", zone="Europe/Lisbon",
      days=(("Fri", "2026-06-19"), ("Thu", "2026-06-11")),
      note="Portuguese reply on a quoted thread: recruiter proposed Thu 18 at 11h or Fri 19 at 14h30, Elena chose Thursday, the recruiter confirms 'quinta-feira, dia 18, às 11h00 (hora de Lisboa)' = WEST (UTC+1) = 10:00Z. Contact = sender.")
def m21():
    body = t("""
        Olá Elena,

        Perfeito, fica então confirmado: quinta-feira, dia 18, às 11h00 (hora de Lisboa, 12h00 em Amesterdão). Envio-lhe o link do Teams na véspera.

        Até quinta!
        Inês

        Inês Moura
        Talent & People · Ribeira Digital
        Rua de Miguel Bombarda 221, Porto

        Em qui., 11/06/2026 às 18:02, Elena Varga <elena.varga@example.org> escreveu:
        > Olá Inês,
        >
        > Obrigada! Quinta-feira às 11h funciona-me muito bem.
        >
        > Cumprimentos,
        > Elena
        >
        > Em qui., 11/06/2026 às 10:31, Inês Moura <ines.moura@ribeiradigital.pt> escreveu:
        >> Olá Elena,
        >>
        >> Obrigada pela sua candidatura à posição de Product Designer. Gostaríamos de marcar uma primeira conversa com a nossa equipa de design (cerca de 45 minutos).
        >>
        >> Tem disponibilidade na quinta-feira, 18 de junho, às 11h00, ou na sexta-feira, 19 de junho, às 14h30 (hora de Lisboa)?
        >>
        >> Cumprimentos,
        >> Inês Moura
        """)
    h = hdr(addr("Inês Moura", "ines.moura@ribeiradigital.pt"),
            "Re: Entrevista – Product Designer",
            "2026-06-12 15:30:19", "Europe/Lisbon",
            "<DB9PR02MB7340E1F2A3B4C5D6E7F8A9B0C1D2E3F4@DB9PR02MB7340.eurprd02.prod.outlook.com>",
            host="mail-db8eur05on2110.outbound.protection.outlook.com",
            extra=(("In-Reply-To", "<CAGv9sK1mX3b@mail.example.org>"),
                   ("References", "<DB9PR02MB7340A0B1C2D3@DB9PR02MB7340.eurprd02.prod.outlook.com> <CAGv9sK1mX3b@mail.example.org>")))
    return message(h, text(body, cte="quoted-printable"))


@mail(n(22), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-07-10T17:00:00Z", end="2026-07-10T17:45:00Z", contact="rachel.kim@brightforge.com",
      company="Brightforge", local="Fri 2026-07-10 13:00", local_end="2026-07-10 13:45",
      zone="America/New_York",
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED). Cancelled slot Fri Jul 10 1pm-1:45pm EDT = 17:00-17:45Z. Organizer's note promises new times, none given. Contact = ORGANIZER.")
def m22():
    body = t("""
        This event has been cancelled and removed from your calendar.

        Interview: Elena Varga <> Brightforge (Product Design)
        Friday Jul 10, 2026 ⋅ 1pm – 1:45pm
        Eastern Time - New York

        Message from Rachel Kim:
        So sorry Elena - Andre (hiring manager) is out sick this week. I'll send over a few new options on Monday.

        Organizer
        Rachel Kim - rachel.kim@brightforge.com

        Guests
        Rachel Kim - organizer
        Andre Baptiste
        elena.varga@example.org

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:CANCEL", VTZ_NEW_YORK,
        t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20260710T130000
        DTEND;TZID=America/New_York:20260710T134500
        DTSTAMP:20260707133012Z
        ORGANIZER;CN=Rachel Kim:mailto:rachel.kim@brightforge.com
        UID:1q2w3e4r5t6y7u8i9o0pbrightf@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=elena.varga@example.org;X-NUM-GUESTS=0:mailto:elena.varga@example.org
        CREATED:20260629190455Z
        LAST-MODIFIED:20260707133011Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview: Elena Varga <> Brightforge (Product Design)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)])
    subject = ("Canceled event: Interview: Elena Varga <> Brightforge (Product Design) @ Fri Jul 10, 2026 "
               "1pm - 1:45pm (EDT) (elena.varga@example.org)")
    h = hdr(addr("Rachel Kim", "rachel.kim@brightforge.com"), subject,
            "2026-07-07 09:30:12", "America/New_York",
            "<calendar-0e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b@google.com>", host="mail-sor-f69.google.com",
            extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(h, mixed(alt(text(body), html(p_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                            calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(23), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-12-10T08:30:00Z", end="2026-12-10T09:30:00Z", contact="jan.petersen@elbwerk.de",
      company="Elbwerk Digital", local="Thu 2026-12-10 09:30", local_end="2026-12-10 10:30",
      zone="Europe/Berlin", days=(("Tue", "2026-12-08"),),
      note="German reschedule by the hiring manager: from Tuesday 8 Dec 14:00 to 'Donnerstag, 10. Dezember, 9:30 bis 10:30 Uhr' CET = 08:30-09:30Z. Contact = sender.")
def m23():
    body = t("""
        Hallo Elena,

        leider muss ich unser Gespräch am Dienstag, 8. Dezember, um 14 Uhr verschieben – bei uns steht kurzfristig ein Kundentermin in Kopenhagen an, den ich nicht verlegen kann. Sorry dafür!

        Neuer Termin ist Donnerstag, 10. Dezember, 9:30 bis 10:30 Uhr. Der Teams-Link bleibt derselbe, ich habe die Einladung schon aktualisiert. Falls das bei dir gar nicht passt, gib mir kurz Bescheid.

        Viele Grüße aus Hamburg
        Jan

        --
        Jan Petersen
        Head of Design · Elbwerk Digital GmbH
        Große Elbstraße 145 · 22767 Hamburg
        """)
    h = hdr(addr("Jan Petersen", "jan.petersen@elbwerk.de"),
            "Neuer Termin für unser Gespräch",
            "2026-12-04 10:05:33", "Europe/Berlin",
            "<9c1e4b7a-2f3d-4a8e-b6c5-1d0e9f8a7b6c@elbwerk.de>", host="mout.elbwerk.de")
    return message(h, alt(text(body, cte="8bit"), html(p_html(body))))


# =========================================================================== negatives


@mail(n(24), family="application_ack", lang="en", interview=False, company="Halvorsen Maritime",
      note="Workday application receipt; no interview, no time.")
def m24():
    body = t("""
        Dear Elena,

        Thank you for applying for the Senior Service Designer role (JR-10482) at Halvorsen Maritime. We have received your application and our recruitment team will review it carefully.

        If your profile matches the requirements, a member of our team will contact you to discuss next steps, which may include an interview. Due to the high number of applications, this can take up to three weeks.

        You can follow the status of your application at any time through your candidate account:
        https://halvorsen.wd3.myworkdayjobs.com/en-US/External/userHome

        Best regards,
        Talent Acquisition
        Halvorsen Maritime ASA

        This mailbox is not monitored. Please do not reply.
        """)
    h = hdr(addr("Halvorsen Maritime", "halvorsen@myworkday.com"),
            "Thank you for applying - Senior Service Designer (JR-10482)",
            "2026-02-02 13:14:09", "Europe/Oslo",
            "<771204933.51123.1770034449221@wd3-prod-eu-app04.myworkday.com>", host="wd3-smtp-out1.myworkday.com")
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(25), family="application_ack", lang="en", interview=False, company="Ferngrove Energy",
      note="Greenhouse application receipt (UK), 'if shortlisted we'll be in touch to arrange an interview' is hypothetical.")
def m25():
    body = t("""
        Hi Elena,

        Thanks for applying to the Lead Product Designer role at Ferngrove Energy - we're really glad you're interested in helping us make home energy simpler.

        Our team reviews every application by hand. If you're shortlisted, we'll be in touch within 10 working days to arrange a first interview. If you haven't heard from us by then, we've unfortunately decided not to move forward this time.

        In the meantime, you can read more about how we work on our blog: https://ferngrove.energy/blog/how-we-design

        Best wishes,
        The Ferngrove Energy Talent Team
        """)
    h = hdr(addr("Ferngrove Energy", "no-reply@eu.greenhouse-mail.io"),
            "Thanks for applying to Ferngrove Energy!",
            "2026-04-14 08:02:50", "Europe/London",
            "<0102018e3b7d4c20-5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d-000000@eu-west-1.amazonses.com>",
            host="a7-21.smtp-out.eu-west-1.amazonses.com")
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(26), family="application_ack", lang="de", interview=False, company="Brandung Mobility GmbH",
      note="Personio Eingangsbestätigung; no interview scheduled.")
def m26():
    body = t("""
        Hallo Elena,

        vielen Dank für Deine Bewerbung als UX Designer (m/w/d) bei Brandung Mobility! Wir haben Deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an.

        Wenn Dein Profil zu uns passt, melden wir uns bei Dir, um ein erstes Kennenlerngespräch zu vereinbaren. Bis dahin kannst Du Dich gern auf unserer Karriereseite umsehen.

        Viele Grüße
        Dein Brandung People Team

        Diese E-Mail wurde automatisch versendet.
        """)
    h = hdr(addr("Brandung Mobility GmbH", "noreply@brandung-mobility.jobs.personio.de"),
            "Deine Bewerbung bei Brandung Mobility – Eingangsbestätigung",
            "2026-05-18 07:45:12", "Europe/Berlin",
            "<20260518054512.7a8b9c0d1e2f@personio.de>", host="mail-eu.personio.de")
    return message(h, text(body))


@mail(n(27), family="rejection", lang="en", interview=False, company="Tidewater Analytics",
      note="Lever rejection after the interview of 11 March ('last week'); no new time.")
def m27():
    body = t("""
        Hi Elena,

        Thank you for taking the time to interview with Hannah and Owen last week, and for the thoughtful walkthrough of your dashboard work. We really enjoyed the conversation.

        After a lot of discussion, we've decided to move forward with another candidate whose experience is closer to our current needs on the Data Platform team. This was a difficult decision.

        We'd love to stay in touch and will reach out if a role opens up that's a better fit.

        All the best,
        Sam Okonkwo
        Talent Partner | Tidewater Analytics
        """)
    h = hdr(addr("Sam Okonkwo", "no-reply@hire.lever.co"),
            "Update on your application - Tidewater Analytics",
            "2026-03-19 12:48:03", "America/Los_Angeles",
            "<lever.9d2c1b0a8e7f6d5c.1773949683@hire.lever.co>", host="mail-sor-f69.lever.co")
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(28), family="rejection", lang="nl", interview=False, company="Polderpixel",
      note="Recruitee rejection in Dutch after an application; no interview.")
def m28():
    body = t("""
        Beste Elena,

        Hartelijk dank voor je sollicitatie op de vacature Product Designer bij Polderpixel en voor de tijd die je erin hebt gestoken.

        We hebben veel reacties ontvangen en helaas hebben we besloten om niet met je verder te gaan in de procedure. Dat zegt niets over je kwaliteiten; we zoeken voor deze rol iemand met meer ervaring in B2B-software.

        We wensen je veel succes met je zoektocht!

        Met vriendelijke groet,
        Femke Jansen
        Polderpixel
        """)
    h = hdr(addr("Polderpixel", "polderpixel@mail.recruitee.com"),
            "Je sollicitatie bij Polderpixel",
            "2026-03-03 16:22:41", "Europe/Amsterdam",
            "<recruitee.reject.1168203.1772551361@mail.recruitee.com>", host="out-2.mail.recruitee.com")
    return message(h, text(body))


@mail(n(29), family="rejection", lang="fr", interview=False, company="Maison Lumen",
      note="French rejection after a first interview; no time.")
def m29():
    body = t("""
        Bonjour Elena,

        Nous vous remercions vivement pour le temps que vous nous avez accordé lors de votre entretien avec Claire et Mathieu.

        Après mûre réflexion, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste de UX Designer Senior. Les échanges ont été très riches, mais nous avons retenu un profil plus proche de nos enjeux e-commerce.

        Nous vous souhaitons pleine réussite dans vos recherches.

        Bien cordialement,

        Sophie Marchand
        Responsable Recrutement - Maison Lumen
        """)
    h = hdr(addr("Sophie Marchand", "sophie.marchand@maisonlumen.fr"),
            "Votre candidature – UX Designer Senior",
            "2026-11-12 11:07:30", "Europe/Paris",
            "<PR1P264MB2219B7C6D5E4F3A2B1C0D9E8F7A6B5C4@PR1P264MB2219.FRAP264.PROD.OUTLOOK.COM>",
            host="mail-pr1fra01on2100.outbound.protection.outlook.com")
    return message(h, alt(text(body, charset="iso-8859-1"), html(p_html(body), charset="iso-8859-1")))


@mail(n(30), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert digest; 'Actively recruiting' badges, no interview.")
def m30():
    body = t("""
        Your job alert for product designer in Amsterdam
        12 new jobs match your preferences.

        Senior Product Designer
        Mosaic Payments · Amsterdam, North Holland, Netherlands (Hybrid)
        Actively recruiting · 3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4102938475

        Product Designer, Growth
        Fietsbank · Amsterdam (On-site)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4102938476

        Lead UX Designer
        Copperleaf Health · Netherlands (Remote)
        Easy Apply
        View job: https://www.linkedin.com/comm/jobs/view/4102938477

        See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=product%20designer&location=Amsterdam

        You are receiving Job Alert emails.
        Unsubscribe: https://www.linkedin.com/comm/jobs/alerts
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    h = hdr(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
            "“product designer”: 12 new jobs in Amsterdam",
            "2026-05-25 07:31:12", "Europe/Amsterdam",
            "<1283374120.6120344.1779687072301@ltx1-app2189.prod.linkedin.com>", host="mailb-ad.linkedin.com",
            extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/jobs/alerts/unsubscribe>"),))
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(31), family="job_board", lang="en", interview=False, company=None,
      note="Indeed 'application submitted' notification (platform); employer would contact her.")
def m31():
    body = t("""
        Application submitted

        Product Designer
        Copperleaf Health - Remote

        Your application has been submitted. You can track it on My Jobs.
        https://myjobs.indeed.com/applied

        What happens next?
        The employer will review your application. If they're interested, they'll reach out by email or phone to schedule an interview. Keep an eye on your inbox.

        Good luck!
        The Indeed team

        Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
        """)
    h = hdr(addr("Indeed Apply", "indeedapply@indeed.com"),
            "Indeed Application: Product Designer",
            "2026-05-26 21:40:05", "Europe/Amsterdam",
            "<0100019b1f2e3d4c-5b6a7980-1a2b-3c4d-5e6f-7a8b9c0d1e2f-000000@email.indeed.com>",
            host="a8-64.smtp-out.amazonses.com")
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(32), family="linkedin_message", lang="en", interview=False, company=None,
      note="LinkedIn InMail notification: recruiter asks if she is open to a chat; nothing fixed; platform sender.")
def m32():
    body = t("""
        Sophie Laurent sent you a new message

        Sophie Laurent
        Talent Partner at Copperleaf Health

        "Hi Elena, I came across your profile and really liked your work on the Grachtwerk booking flow. We're hiring a Lead UX Designer (remote, EU) - would you be open to a short call next week to hear more?"

        Reply: https://www.linkedin.com/comm/messaging/thread/2-ZDg0NjQ5/

        This email was intended for Elena Varga (Product Designer at Grachtwerk).
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Corporation
        """)
    h = hdr(addr("Sophie Laurent via LinkedIn", "messages-noreply@linkedin.com"),
            "Sophie Laurent sent you a message",
            "2026-06-15 12:09:44", "Europe/Amsterdam",
            "<1930284756.7731102.1781518184402@ltx1-app1172.prod.linkedin.com>", host="mailb-ae.linkedin.com")
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(33), family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Welcome-to-the-Jungle-style newsletter in French, HTML only (base64), interview tips; no appointment.")
def m33():
    body = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>La Newsletter</title></head>
        <body style="margin:0;background:#fffbea;font-family:Georgia,serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="20" style="background:#ffffff">
        <tr><td><h1 style="font-size:26px">Entretien d'embauche : les 5 questions à poser à la fin</h1>
        <p>« Avez-vous des questions ? » Cette phrase arrive à chaque fin d'entretien, et c'est le moment de faire la différence. Nos coachs vous livrent les cinq questions qui montrent que vous vous projetez déjà dans le poste.</p>
        <p><a href="https://newsletter.jobsjungle.example/r/9f2c">Lire l'article</a></p>
        <h2 style="font-size:20px">Aussi cette semaine</h2>
        <ul>
        <li>Entretien en visio : comment régler sa lumière en 3 minutes</li>
        <li>Salaire : faut-il annoncer un chiffre le premier ?</li>
        <li>Les 40 entreprises qui recrutent des designers en ce moment</li>
        </ul>
        <p style="font-size:12px;color:#777">Vous recevez cet e-mail car vous êtes inscrit·e à La Newsletter. <a href="https://newsletter.jobsjungle.example/unsubscribe">Se désinscrire</a></p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    h = hdr(addr("La Newsletter Jobs Jungle", "newsletter@jobsjungle.example"),
            "Entretien : les 5 questions à poser à la fin 🎯",
            "2026-09-24 08:00:00", "Europe/Paris",
            "<20260924060000.3c2b1a09@mail.jobsjungle.example>", host="mail.jobsjungle.example",
            extra=(("List-Unsubscribe", "<https://newsletter.jobsjungle.example/unsubscribe>"),))
    return message(h, html(body, cte="base64"))


@mail(n(34), family="recruiter_outreach", lang="en", interview=False, company="Northbridge Talent",
      note="UK agency outreach asking for a chat 'this week or next'; no fixed time.")
def m34():
    body = t("""
        Hi Elena,

        Hope you don't mind me reaching out directly. I'm working with a well-funded London fintech who are building out their design team and are open to remote candidates in the Netherlands. Your portfolio looks like a great match for a Senior Product Designer role (£75-85k or EUR equivalent, remote-first, a couple of trips to London a quarter).

        Would you be free for a quick 15-minute chat at some point this week or next? Let me know a couple of times that suit and I'll give you a ring, or feel free to grab a slot here: https://calendly.com/tom-ashworth-nbt/intro

        Best,
        Tom

        Tom Ashworth
        Principal Consultant, Product & Design
        Northbridge Talent | 020 7946 0312
        """)
    h = hdr(addr("Tom Ashworth", "tom.ashworth@northbridgetalent.co.uk"),
            "Senior Product Designer - remote, London fintech",
            "2026-07-21 09:48:16", "Europe/London",
            "<LO4P123MB6611D2E3F4A5B6C7D8E9F0A1B2C3D4E5@LO4P123MB6611.GBRP123.PROD.OUTLOOK.COM>",
            host="mail-lo4gbr01on2097.outbound.protection.outlook.com")
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(35), family="scheduling_link", lang="en", interview=False, company="Loomstate",
      note="Ashby self-scheduling request: 'pick a time that works for you'; nothing booked yet.")
def m35():
    body = t("""
        Hi Elena,

        Thanks for your interest in Loomstate! We'd love to set up a 30-minute intro call with Noah, our Head of Design.

        Please use the link below to choose a time that works for you. Available slots are shown in your local time zone.

        Schedule your interview: https://app.ashbyhq.com/candidate/schedule/7c2e9d1a-5b3f-4e8a

        If none of the times work, reply to this email and we'll find something else.

        Best,
        Loomstate Recruiting
        """)
    h = hdr(addr("Loomstate Recruiting", "no-reply@ashbyhq.com"),
            "Schedule your interview with Loomstate",
            "2026-06-22 17:12:05", "America/New_York",
            "<8d1f2e3a-4b5c-4d6e-9f70-81a2b3c4d5e6@ashbyhq.com>", host="o1.ptr8810.ashbyhq.com",
            extra=(("Reply-To", "recruiting@loomstate.co"),))
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(36), family="availability_request", lang="en", interview=False, company="Cobaltline",
      note="GoodTime availability request for the virtual onsite ('week of August 17'); no time chosen yet.")
def m36():
    body = t("""
        Hi Elena,

        Congratulations on moving forward to the virtual onsite with Cobaltline!

        To help us schedule your interviews, please share your availability for the week of August 17. The onsite will be about 3 hours, in one block, between 8:00 AM and 2:00 PM Pacific Time.

        Share your availability: https://app.goodtime.io/availability/c0b417e9a2

        Once we've coordinated with the interview panel, you'll receive a confirmation with your full itinerary.

        Thanks!
        Cobaltline Recruiting
        """)
    h = hdr(addr("Cobaltline Recruiting", "scheduling@mail.goodtime.io"),
            "Cobaltline - please share your availability",
            "2026-08-05 10:03:44", "America/Los_Angeles",
            "<gt-3a90c2d1e4f54b6a9c81@mail.goodtime.io>", host="mail.goodtime.io",
            extra=(("Reply-To", addr("Ravi Shankar", "ravi.shankar@cobaltline.com")),))
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(37), family="assessment", lang="en", interview=False, company="Brightforge",
      note="Take-home design exercise with a submission deadline (Mon 29 June 9:00 AM ET); a deadline, not an interview.",
      days=(("Mon", "2026-06-29"),))
def m37():
    body = t("""
        Hi Elena,

        Thanks for a great first conversation! As a next step, we'd like you to complete a short take-home design exercise. You'll find the brief here:

        https://brightforge.notion.site/Product-Design-Exercise-2026

        Please submit your work (a Figma link or PDF is fine) by Monday, June 29 at 9:00 AM ET. We suggest spending no more than 4 hours on it. Once we've reviewed it, we'll invite you to a follow-up interview where you present it to the team.

        Reach out if anything in the brief is unclear.

        Rachel Kim
        Recruiting | Brightforge
        """)
    h = hdr(addr("Rachel Kim", "rachel.kim@brightforge.com"),
            "Brightforge - take-home design exercise",
            "2026-06-22 11:26:37", "America/New_York",
            "<CAF2bXq9Lm0w7eV3dN6tR1pS8kY4zC5aH2jG@mail.gmail.com>", host="mail-sor-f41.google.com")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(38), family="offer", lang="en", interview=False, company="Saltbush Studio",
      note="Offer letter from the Sydney studio after the May interviews; deadline, no meeting time.")
def m38():
    body = t("""
        Hi Elena,

        I'm delighted to let you know that we'd like to offer you the role of Senior Product Designer at Saltbush Studio!

        Ruby and I were both really impressed across all three interviews. Your formal offer letter will come through DocuSign shortly, with the details we discussed: AUD 165,000 plus super, fully remote with a working window that overlaps Sydney mornings, and a start date of 6 July.

        Take a few days to read through it. We'd love to hear back by the end of next week, and of course I'm happy to jump on a call any time to talk it through.

        Cheers,
        Hamish

        Hamish Doyle
        Founder & Design Director | Saltbush Studio
        """)
    h = hdr(addr("Hamish Doyle", "hamish@saltbushstudio.com.au"),
            "Offer - Senior Product Designer, Saltbush Studio",
            "2026-05-20 16:41:09", "Australia/Sydney",
            "<CAB7kPq1vN8z3xE6fM0tW2rL9dJ4sY7cG5hQ@mail.gmail.com>", host="mail-sor-f52.google.com")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(39), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Outlook meeting request from her current employer (Q3 roadmap review), TZID W. Europe Standard Time; not an interview.",
      days=(("Wed", "2026-07-01"),))
def m39():
    body = t("""
        When: Wednesday, 1 July 2026 14:00-15:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Herengracht 4.12 / Microsoft Teams Meeting

        Hi all, let's walk through the Q3 roadmap and agree design priorities for the booking squad. Please add comments to the Miro board beforehand.

        Maarten
        """) + TEAMS_EN.format(mid="ZGE4NTJmYzQtOGE5", num="342 118 907 553", pw="q8Fh3T") + "\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_WEUROPE,
        t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Maarten Visser:mailto:maarten.visser@grachtwerk.nl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elena Varga:mailto:elena.varga@grachtwerk.nl
        SUMMARY;LANGUAGE=en-US:Q3 roadmap review - booking squad
        DTSTART;TZID=W. Europe Standard Time:20260701T140000
        DTEND;TZID=W. Europe Standard Time:20260701T153000
        UID:040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DC01000000000000000010000000AA11BB22CC33DD44EE55FF6600112233
        CLASS:PUBLIC
        DTSTAMP:20260624093015Z
        SEQUENCE:0
        STATUS:CONFIRMED
        LOCATION;LANGUAGE=en-US:Herengracht 4.12 / Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)])
    h = hdr(addr("Maarten Visser", "maarten.visser@grachtwerk.nl"),
            "Q3 roadmap review - booking squad",
            "2026-06-24 11:30:15", "Europe/Amsterdam",
            "<AM9P195MB1301F0E1D2C3B4A5968778695A4B3C2D@AM9P195MB1301.EURP195.PROD.OUTLOOK.COM>",
            host="mail-am6eur05on2112.outbound.protection.outlook.com",
            to=addr(ME_NAME, "elena.varga@grachtwerk.nl"),
            extra=(("X-Forwarded-To", ME),))
    return message(h, alt(text(body), html(p_html(body)), calendar(ics, cte="base64")))


@mail(n(40), family="auto_reply", lang="en", interview=False, company="Harbor Lane Software",
      note="Out-of-office auto-reply to her thank-you note; return date only.",
      days=(("Mon", "2026-04-27"),))
def m40():
    body = t("""
        Thanks for your email. I'm out of the office from April 22 and back on Monday, April 27, with limited access to email.

        For anything urgent about interviews or scheduling, please contact recruiting@harborlane.io.

        Dana Whitfield
        Recruiting Coordinator, Harbor Lane Software
        """)
    h = hdr(addr("Dana Whitfield", "dana.whitfield@harborlane.io"),
            "Automatic reply: Thank you - Senior Product Designer interview",
            "2026-04-22 03:05:19", "America/New_York",
            "<BN8PR12MB3346E0F1A2B3C4D5E6F7A8B9C0D1E2F3@BN8PR12MB3346.namprd12.prod.outlook.com>",
            host="mail-bn8nam12on2105.outbound.protection.outlook.com",
            extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("In-Reply-To", "<CAMx2pTy8Hq4@mail.example.org>")))
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@mail(n(41), family="personal_appointment", lang="nl", interview=False, company=None,
      note="Dentist appointment confirmation in Dutch ('donderdag 16 april om 08:45'); personal, not an interview.",
      days=(("Thu", "2026-04-16"),))
def m41():
    body = t("""
        Beste mevrouw Varga,

        Hierbij bevestigen wij uw afspraak:

        Datum: donderdag 16 april 2026
        Tijd: 08:45 uur
        Behandelaar: mw. drs. L. Smit (periodieke controle + gebitsreiniging)
        Adres: Tandartspraktijk De Pijp, Ferdinand Bolstraat 140, Amsterdam

        Bent u verhinderd? Meld dit dan uiterlijk 24 uur van tevoren via 020-555 0193, anders brengen wij de gereserveerde tijd in rekening.

        Met vriendelijke groet,
        Tandartspraktijk De Pijp
        """)
    h = hdr(addr("Tandartspraktijk De Pijp", "afspraken@tandartsdepijp.nl"),
            "Bevestiging afspraak 16 april 2026",
            "2026-04-09 10:00:02", "Europe/Amsterdam",
            "<20260409080002.4411@tandartsdepijp.nl>", host="smtp.tandartsdepijp.nl")
    return message(h, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(42), family="personal_appointment", lang="en", interview=False, company=None,
      note="Apartment viewing confirmed (Thursday 11 June 18:30); personal appointment, not an interview.",
      days=(("Thu", "2026-06-11"),))
def m42():
    body = t("""
        Hi Elena,

        Good news: your viewing request has been accepted!

        Property: 2-room apartment, Tweede Jan Steenstraat 31-2, Amsterdam
        Date: Thursday 11 June 2026
        Time: 18:30 - 18:45
        Agent: Van Dijk Makelaars (please bring a valid ID)

        Can't make it? Cancel via your dashboard so someone else can take the slot: https://www.huurzoeker.example/dashboard/viewings

        Good luck with your search!
        The Huurzoeker team
        """)
    h = hdr(addr("Huurzoeker", "no-reply@huurzoeker.example"),
            "Viewing confirmed: Tweede Jan Steenstraat 31-2 on Thursday 11 June",
            "2026-06-08 14:33:51", "Europe/Amsterdam",
            "<viewing-55820193@huurzoeker.example>", host="mail.huurzoeker.example")
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(43), family="one_way_video", lang="en", interview=False, company="Ferngrove Energy",
      note="HireVue-style on-demand video interview, 'complete by Tuesday 5 May'; no live meeting time.",
      days=(("Tue", "2026-05-05"),))
def m43():
    body = t("""
        Hi Elena,

        Thank you for your application to Ferngrove Energy. As the next step, we'd like to invite you to complete an on-demand video interview for the Lead Product Designer position.

        You can complete it at any time that suits you, but please do so by 11:59 PM (UK time) on Tuesday, 5 May 2026. It takes around 20 minutes: five questions, each with 30 seconds to prepare and up to 3 minutes to answer.

        Start your interview: https://app.hirevue.com/interviews/FGE-7741-LPD

        Best of luck,
        Ferngrove Energy Talent Team
        """)
    h = hdr(addr("Ferngrove Energy", "noreply@hirevue.com"),
            "Your Ferngrove Energy video interview - please complete by 5 May",
            "2026-04-28 09:12:33", "Europe/London",
            "<0100019d7e2c1b3a-4d5e6f70-8192-4a3b-bc4d-5e6f70819a2b-000000@email.hirevue.com>",
            host="a3-18.smtp-out.amazonses.com")
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(44), family="user_research", lang="en", interview=False, company=None,
      note="Booked user-research interview as a participant (45 min, Wednesday 22 July 15:00, voucher); a confirmed 'interview' but not a job interview.",
      days=(("Wed", "2026-07-22"),))
def m44():
    body = t("""
        Hi Elena,

        You're confirmed for a research interview!

        Study: How freelancers and employees manage expenses
        Researcher: Lotte Vermeulen, Fietsbank
        When: Wednesday 22 July 2026, 15:00 - 15:45 (CEST)
        Where: Google Meet - link will arrive 24 hours before the session

        As a thank you, you'll receive a EUR 40 gift card within 5 working days after the session.

        Need to reschedule? Use your participant dashboard. Please don't no-show: it affects your ability to join future studies.

        Thanks,
        The Panelwise Participant Team
        """)
    h = hdr(addr("Panelwise", "participants@panelwise.example"),
            "Confirmed: your research interview on Wed 22 July",
            "2026-07-16 18:20:11", "Europe/Amsterdam",
            "<panelwise.session.8831-20260716@panelwise.example>", host="mail.panelwise.example")
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(45), family="interviewer_invite", lang="en", interview=False, company=None,
      note="Outlook invite from her current employer's recruiter: she is on the panel interviewing a candidate; not her own job interview.",
      days=(("Thu", "2026-09-24"),))
def m45():
    body = t("""
        When: Thursday, 24 September 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Microsoft Teams Meeting

        Hi Elena and Bas,

        Thanks for joining the panel for Jonas Peeters (Medior Product Designer). His CV and portfolio are in Recruitee; the scorecard is in the usual place. Elena, could you lead the portfolio part?

        Thanks!
        Nadia
        """) + TEAMS_EN.format(mid="MWQ2YjY2MzAtYjE3", num="318 604 552 781", pw="Wd9sQ4") + "\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_WEUROPE,
        t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Nadia El Amrani:mailto:nadia.elamrani@grachtwerk.nl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elena Varga:mailto:elena.varga@grachtwerk.nl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bas Kuiper:mailto:bas.kuiper@grachtwerk.nl
        SUMMARY;LANGUAGE=en-US:Interview: Jonas Peeters - Medior Product Designer (panel)
        DTSTART;TZID=W. Europe Standard Time:20260924T100000
        DTEND;TZID=W. Europe Standard Time:20260924T110000
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC0100000000000000001000000099887766554433221100FFEEDDCCBBAA
        CLASS:PUBLIC
        DTSTAMP:20260917124402Z
        SEQUENCE:0
        STATUS:CONFIRMED
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)])
    h = hdr(addr("Nadia El Amrani", "nadia.elamrani@grachtwerk.nl"),
            "Interview: Jonas Peeters - Medior Product Designer (panel)",
            "2026-09-17 14:44:02", "Europe/Amsterdam",
            "<AM9P195MB0877A1B2C3D4E5F6A7B8C9D0E1F2A3B4@AM9P195MB0877.EURP195.PROD.OUTLOOK.COM>",
            host="mail-am6eur05on2118.outbound.protection.outlook.com",
            to=addr(ME_NAME, "elena.varga@grachtwerk.nl") + ", " + addr("Bas Kuiper", "bas.kuiper@grachtwerk.nl"),
            extra=(("X-Forwarded-To", ME),))
    return message(h, alt(text(body), html(p_html(body)), calendar(ics, cte="base64")))


@mail(n(46), family="marketing_webinar", lang="es", interview=False, company=None,
      note="Spanish webinar registration ('Cómo preparar una entrevista por competencias', martes 3 de marzo 18:00 CET); not a job interview.",
      days=(("Tue", "2026-03-03"),))
def m46():
    body = t("""
        ¡Hola Elena!

        Tu plaza está confirmada para el webinar gratuito:

        «Cómo preparar una entrevista por competencias (y no quedarte en blanco)»
        Martes, 3 de marzo de 2026 · 18:00 (hora peninsular española)
        Ponente: Álvaro Cuesta, headhunter y coach de carrera

        Entra desde aquí unos minutos antes: https://eventos.talentoplus.example/webinar/entrevista-competencias

        Si no puedes asistir, te enviaremos la grabación al día siguiente.

        Un saludo,
        El equipo de TalentoPlus Academy
        """)
    h = hdr(addr("TalentoPlus Academy", "eventos@talentoplus.example"),
            "Confirmación de inscripción: webinar «Cómo preparar una entrevista por competencias»",
            "2026-02-26 19:02:47", "Europe/Madrid",
            "<webinar.20260226180247.7731@talentoplus.example>", host="mail.talentoplus.example",
            extra=(("List-Unsubscribe", "<mailto:baja@talentoplus.example>"),))
    return message(h, alt(text(body), html(p_html(body))))


@mail(n(47), family="recruiter_outreach", lang="de", interview=False, company="Nordlicht Personalberatung",
      note="German headhunter outreach (XING-style), asks for a phone call 'in den nächsten Tagen'; nothing fixed.")
def m47():
    body = t("""
        Hallo Frau Varga,

        ich bin über Ihr XING-Profil auf Sie aufmerksam geworden. Für einen unserer Kunden, ein etabliertes Software-Unternehmen aus dem Raum Köln, suche ich aktuell eine/n Lead UX Designer (m/w/d), gerne auch remote aus den Niederlanden.

        Hätten Sie in den nächsten Tagen Zeit für ein kurzes, unverbindliches Telefonat? Nennen Sie mir gern zwei, drei Zeitfenster, die Ihnen passen.

        Beste Grüße
        Katrin Albers
        Senior Consultant
        Nordlicht Personalberatung GmbH · Köln
        Tel. +49 221 555 0187
        """)
    h = hdr(addr("Katrin Albers", "k.albers@nordlicht-personal.de"),
            "Lead UX Designer (m/w/d) – remote möglich",
            "2026-10-06 08:52:10", "Europe/Berlin",
            "<5e4d3c2b1a09f8e7d6c5b4a3@nordlicht-personal.de>", host="mout.nordlicht-personal.de")
    return message(h, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(48), family="application_ack", lang="it", interview=False, company="Ventoblu",
      note="Italian application receipt (latin-1, 8bit) from the company that later schedules an interview; no time.")
def m48():
    body = t("""
        Gentile Elena Varga,

        grazie per aver inviato la Sua candidatura per la posizione di UX/UI Designer presso Ventoblu S.r.l.

        Il nostro team Risorse Umane valuterà con attenzione il Suo profilo. Qualora fosse in linea con i requisiti richiesti, verrà ricontattata per fissare un primo colloquio.

        Cordiali saluti,
        Ufficio Risorse Umane
        Ventoblu S.r.l.

        Questa è una e-mail generata automaticamente, La preghiamo di non rispondere.
        """)
    h = hdr(addr("Ventoblu Lavora con noi", "lavoraconnoi@ventoblu.it"),
            "Conferma ricezione candidatura - UX/UI Designer",
            "2026-04-20 14:21:36", "Europe/Rome",
            "<20260420122136.6b5a4c3d@ventoblu.it>", host="smtp.ventoblu.it",
            charset="iso-8859-1")
    return message(h, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(49), family="slot_proposal", lang="es", interview=False, company="Solares Energía",
      note="Spanish recruiter proposes two slots (martes 14 de julio 10:00 / miércoles 15 16:30) and asks her to choose; nothing confirmed.",
      days=(("Tue", "2026-07-14"), ("Wed", "2026-07-15")))
def m49():
    body = t("""
        Hola Elena,

        ¡Gracias por tu candidatura! Nos ha gustado mucho tu portfolio y nos encantaría tener una primera entrevista contigo por videollamada (unos 30 minutos).

        ¿Te vendría bien el martes 14 de julio a las 10:00 o el miércoles 15 a las 16:30 (hora de Madrid)? Dime cuál prefieres y te mando la invitación. Si ninguna te encaja, propónme tú otra franja esa semana.

        Un abrazo,

        Marina Quintero
        People & Talent · Solares Energía
        """)
    h = hdr(addr("Marina Quintero", "marina.quintero@solaresenergia.es"),
            "Primera entrevista – Product Designer",
            "2026-07-08 13:17:25", "Europe/Madrid",
            "<CAE4vRt7Hn2k9pQ1xZ3mW5bL8dS0fJ6gY4cN@mail.gmail.com>", host="mail-sor-f47.google.com")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(50), family="rejection", lang="sv", interview=False, company="Norrsken Spel",
      note="Swedish Teamtailor rejection after application; no interview.")
def m50():
    body = t("""
        Hej Elena,

        Tack för din ansökan till tjänsten som Senior Produktdesigner hos Norrsken Spel och för ditt intresse för oss.

        Vi har fått in många starka ansökningar och har efter noggrann genomgång valt att gå vidare med andra kandidater vars erfarenhet bättre matchar våra behov just nu.

        Vi sparar gärna dina uppgifter om en liknande roll dyker upp framöver. Lycka till i ditt fortsatta jobbsökande!

        Vänliga hälsningar,
        Linnea Berg
        Talent Acquisition, Norrsken Spel
        """)
    h = hdr(addr("Norrsken Spel", "norrskenspel@teamtailor-mail.com"),
            "Angående din ansökan till Norrsken Spel",
            "2026-08-27 15:40:18", "Europe/Stockholm",
            "<4c3b2a1908f7e6d5.tt.20260827134018@teamtailor-mail.com>", host="mail.teamtailor-mail.com")
    return message(h, text(body))
