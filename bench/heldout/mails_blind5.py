# ruff: noqa: E501
"""Hand-written mails of the fifth blind held-out set (blind5): a realistic job seeker's inbox.

Inbox owner: Daniel Okoro <daniel.okoro@example.net>, a backend engineer in Dublin (current employer
Liffeyware, whose work calendar is forwarded to this inbox), applying in Ireland, the UK, continental
Europe, North America and Asia-Pacific. Mails are written under keys 1-50 (positives first); the file
number is a fixed shuffle of the key. Written 2026-11-29 without reading the detector, its tests and
fixtures, or the earlier held-out mails; MIME plumbing and checks are make.py's.
"""

from __future__ import annotations

import hashlib
import random

from make import (
    addr,
    alt,
    at,
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

SET = "blind5"
ORDER = list(range(1, 51))
random.Random(20261129).shuffle(ORDER)

ME = "daniel.okoro@example.net"
ME_H = addr("Daniel Okoro", ME)


def key(k: int) -> str:
    return f"{SET}_{ORDER[k - 1]:03d}"


def hdr(frm: str, subject: str, when: str, zone: str, *, to: str = ME_H, reply_to: str | None = None,
        cc: str | None = None, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
        host: str = "mail-out.example-mta.net", ip: str = "198.51.100.23") -> list[tuple[str, str]]:
    domain = frm.rsplit("@", 1)[1].rstrip(">")
    digest = hashlib.sha256(f"{subject}|{when}|{frm}".encode()).hexdigest()
    mid = f"<{digest[:12]}.{digest[12:26]}@{domain}>"
    hs = [
        ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                              f"mx1.example.net with ESMTPS id {digest[26:36]}", ME)),
        ("From", frm),
        ("To", to),
    ]
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += [("Subject", enc(subject, charset)), ("Date", date(when, zone)), ("Message-ID", mid), *extra]
    return hs


def cal(s: str, vtz: str = "") -> str:
    """Dedent an ICS template, then put the VTIMEZONE block where the line VTZ_HERE is."""
    return t(s).replace("VTZ_HERE\n", vtz + "\n" if vtz else "")


def stamp(when: str, zone: str) -> str:
    """DTSTAMP value in UTC for a local sending time."""
    from datetime import UTC

    return at(when, zone).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


VTZ_PACIFIC = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_INDIA = """BEGIN:VTIMEZONE
TZID:India Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
END:STANDARD
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

VTZ_STOCKHOLM = """BEGIN:VTIMEZONE
TZID:Europe/Stockholm
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_AUCKLAND = """BEGIN:VTIMEZONE
TZID:Pacific/Auckland
X-LIC-LOCATION:Pacific/Auckland
BEGIN:STANDARD
TZOFFSETFROM:+1300
TZOFFSETTO:+1200
TZNAME:NZST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1200
TZOFFSETTO:+1300
TZNAME:NZDT
DTSTART:19700927T020000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_DUBLIN = """BEGIN:VTIMEZONE
TZID:Europe/Dublin
X-LIC-LOCATION:Europe/Dublin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:IST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives


@mail(key(1), family="greenhouse", lang="en", interview=True, kind="scheduled", company="Brightpath",
      start="2026-03-10T17:00:00Z", end="2026-03-10T18:00:00Z", contact="maria.chen@brightpath.io",
      local="Tue 2026-03-10 10:00", local_end="2026-03-10 11:00", zone="America/Los_Angeles",
      note="Greenhouse confirmation, Pacific time two days after the US DST start (PDT, UTC-7); the Dublin line says 5:00 PM GMT (Ireland still on GMT). 60 minutes stated; contact = human Reply-To.")
def p01() -> bytes:
    body = t("""
        Hi Daniel,

        Thanks for making time to speak with us. Your interview for Senior Backend Engineer
        (Payments Platform) at Brightpath is confirmed.

        When: Tuesday, March 10, 2026, 10:00 AM - 11:00 AM PDT
              (that's 5:00 PM - 6:00 PM GMT for you in Dublin)
        Duration: 60 minutes
        Where: Google Meet - https://meet.google.com/qyd-wnxr-tpa
        Interviewers: Owen Pritchard (Engineering Manager), Sabine Lutz (Staff Engineer)

        Format: a 15-minute intro, a 40-minute system design conversation (no live coding),
        then time for your questions.

        If anything changes, just reply to this email and it will come straight to me.

        Best,
        Maria Chen
        Recruiting Coordinator, Brightpath
        """)
    h = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n"))
    return message(
        hdr(addr("Brightpath Recruiting", "no-reply@us.greenhouse-mail.io"),
            "Interview Confirmation: Senior Backend Engineer at Brightpath", "2026-03-04 09:12",
            "America/Los_Angeles", reply_to=addr("Maria Chen", "maria.chen@brightpath.io"),
            host="o1.ptr2471.greenhouse-mail.io", ip="167.89.14.201"),
        alt(text(body), html(f"<html><body style=\"font-family:Arial\">\n{h}</body></html>\n")))


@mail(key(2), family="lever", lang="en", interview=True, kind="rescheduled", company="Quayside Health",
      start="2026-04-02T13:30:00Z", end="2026-04-02T14:15:00Z", contact="tom.hollis@quaysidehealth.co.uk",
      local="Thu 2026-04-02 14:30", local_end="2026-04-02 15:15", zone="Europe/London",
      days=(("Wed", "2026-04-01"),),
      note="Lever reschedule sent in GMT (27 March) for a slot after the UK moves to BST; ICS in UTC with SEQUENCE:1. Old Wed 1 April slot mentioned; start = new time. Contact = ORGANIZER.")
def p02() -> bytes:
    body = t("""
        Hi Daniel,

        Your interview with Quayside Health has been rescheduled.

        Previously: Wednesday 1 April, 11:00 - 11:45 BST
        New time:   Thursday 2 April, 14:30 - 15:15 BST (UK time)

        Stage: Technical interview - Backend Engineer (Integrations)
        Interviewers: Priya Nair, Callum Reid
        Video link: https://quaysidehealth.zoom.us/j/93021847711

        An updated calendar invitation is attached. Please accept it so we know the new time
        works for you.

        Thanks,
        Tom Hollis
        Talent Partner, Quayside Health
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lvr-7c1e5a90-3b2d-4f0e-9d11-quayside-interview
        DTSTAMP:{stamp("2026-03-27 16:40", "Europe/London")}
        SEQUENCE:1
        DTSTART:20260402T133000Z
        DTEND:20260402T141500Z
        SUMMARY:Technical interview: Daniel Okoro <> Quayside Health
        LOCATION:https://quaysidehealth.zoom.us/j/93021847711
        ORGANIZER;CN=Tom Hollis:mailto:tom.hollis@quaysidehealth.co.uk
        ATTENDEE;CN=Daniel Okoro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(
        hdr(addr("Quayside Health", "no-reply@hire.lever.co"), "Updated: your interview with Quayside Health",
            "2026-03-27 16:40", "Europe/London", host="mail.hire.lever.co", ip="52.10.44.9"),
        alt(text(body), calendar(ics)))


@mail(key(3), family="ashby", lang="en", interview=True, kind="scheduled", company="Lumenwise",
      start="2026-11-02T18:00:00Z", end="2026-11-02T18:45:00Z", contact="jess.park@lumenwise.com",
      local="Mon 2026-11-02 13:00", local_end="2026-11-02 13:45", zone="America/New_York",
      note="Ashby HTML-only table; sent in EDT (28 Oct) for the Monday after the US DST end, so 1:00 PM EST = 18:00Z. Contact = human Reply-To.")
def p03() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f6f7f9;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;border-radius:8px">
        <tr><td>
        <p style="font-size:13px;color:#6b7280">LUMENWISE</p>
        <h2 style="font-size:20px">You&rsquo;re scheduled!</h2>
        <p>Hi Daniel, here are the details for your upcoming interview for <b>Software Engineer, Data Infrastructure</b>.</p>
        <table cellpadding="6" style="border-top:1px solid #e5e7eb;font-size:14px">
        <tr><td style="color:#6b7280">Interview</td><td>Hiring Manager Screen</td></tr>
        <tr><td style="color:#6b7280">Date</td><td>Monday, November 2, 2026</td></tr>
        <tr><td style="color:#6b7280">Time</td><td>1:00 PM &ndash; 1:45 PM EST (America/New_York)</td></tr>
        <tr><td style="color:#6b7280">With</td><td>Rahul Venkatesan, Engineering Manager</td></tr>
        <tr><td style="color:#6b7280">Location</td><td><a href="https://lumenwise.zoom.us/j/81144276530">Zoom</a></td></tr>
        </table>
        <p>Need to make a change? Reply to this email and Jess from our recruiting team will help.</p>
        <p style="font-size:12px;color:#9ca3af">Sent via Ashby</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    return message(
        hdr(addr("Lumenwise", "no-reply@ashbyhq.com"), "Interview scheduled with Lumenwise", "2026-10-28 11:05",
            "America/New_York", reply_to=addr("Jess Park", "jess.park@lumenwise.com"),
            host="mail.ashbyhq.com", ip="18.232.71.40"),
        html(body, cte="base64"))


@mail(key(4), family="workday", lang="en", interview=True, kind="scheduled", company="Sahyadri Analytics",
      start="2026-06-18T06:00:00Z", end="2026-06-18T07:00:00Z", contact=None,
      local="Thu 2026-06-18 11:30", local_end="2026-06-18 12:30", zone="Asia/Kolkata",
      note="Workday (India), '11:30 AM to 12:30 PM IST'; interviewers named without addresses and the mailbox is a Workday sender -> contact null.")
def p04() -> bytes:
    body = t("""
        Dear Daniel Okoro,

        Greetings from Sahyadri Analytics!

        We are pleased to inform you that you have been shortlisted for the next round of the
        selection process for the position of Senior Software Engineer - Platform (Req ID R-20417).

        Interview details:
        Round        : Technical Interview - Round 2
        Date         : Thursday, 18 June 2026
        Time         : 11:30 AM to 12:30 PM IST
        Mode         : Microsoft Teams (link will be shared by the panel)
        Panel        : Mr. Karthik Subramanian, Ms. Deepa Menon

        Please join 5 minutes before the scheduled time and keep a valid photo ID ready.
        Kindly do not reply to this system generated mail. For any queries, please use the
        Candidate Home section of our careers site.

        Regards,
        Talent Acquisition Team
        Sahyadri Analytics Pvt. Ltd.
        """)
    return message(
        hdr(addr("Sahyadri Analytics", "sahyadri@myworkday.com"),
            "Interview Invitation - Senior Software Engineer - Platform (R-20417)", "2026-06-15 10:02",
            "Asia/Kolkata", host="wd5-smtp.myworkday.com", ip="34.226.98.17"),
        text(body, cte="7bit", charset="us-ascii"))


@mail(key(5), family="icims", lang="en", interview=True, kind="scheduled", company="PrairieGrid Energy",
      start="2026-06-09T19:00:00Z", end=None, contact="dana.whitfield@prairiegrid.com",
      local="Tue 2026-06-09 14:00", zone="America/Chicago",
      note="iCIMS, US date '06/09/2026 2:00 PM CT' = 9 June (CDT, UTC-5). 'approximately 45 minutes' -> end null. Contact = coordinator address in the body.")
def p05() -> bytes:
    body = t("""
        Daniel,

        Thank you for your interest in PrairieGrid Energy. This message confirms your interview
        for the position below.

        Position:   Software Engineer II - Grid Telemetry (Job ID 2026-4471)
        Date/Time:  06/09/2026 2:00 PM CT
        Type:       Video interview (Microsoft Teams)
        Length:     approximately 45 minutes
        Interviewer(s): Mark Ebersole; Ashley Trinh

        A Teams link will be sent in a separate calendar invitation. If you need to reschedule,
        please contact Dana Whitfield at dana.whitfield@prairiegrid.com or 312-555-0148.

        Sincerely,
        PrairieGrid Energy Talent Acquisition

        This email was sent via iCIMS. Please do not reply directly to this message.
        """)
    return message(
        hdr(addr("PrairieGrid Energy Careers", "prairiegrid-noreply@talent.icims.com"),
            "Interview Confirmation - Software Engineer II - Grid Telemetry", "2026-06-03 15:20",
            "America/Chicago", host="smtp.icims.com", ip="64.94.240.18"),
        text(body))


@mail(key(6), family="smartrecruiters", lang="es", interview=True, kind="scheduled", company="Ondalux",
      start="2026-05-12T08:30:00Z", end="2026-05-12T09:15:00Z", contact="lucia.ferrer@ondalux.es",
      local="Tue 2026-05-12 10:30", local_end="2026-05-12 11:15", zone="Europe/Madrid",
      note="SmartRecruiters in Spanish: 'martes 12 de mayo ... 10:30 (hora peninsular)', 'duración: 45 minutos' -> end set. Contact = human Reply-To (RFC 2047 name).")
def p06() -> bytes:
    body = t("""
        Hola Daniel:

        ¡Gracias por tu interés en Ondalux! Te confirmamos la entrevista para el puesto de
        Ingeniero/a Backend Senior (Madrid / remoto).

        Fecha: martes, 12 de mayo de 2026
        Hora: 10:30 (hora peninsular española)
        Duración: 45 minutos
        Formato: videollamada por Google Meet — https://meet.google.com/hvt-qpmz-rka
        Con: Javier Montoya (Head of Engineering) y Lucía Ferrer (Talent Acquisition)

        Si necesitas cambiar la hora, responde a este correo y lo vemos.

        Un saludo,
        Lucía Ferrer
        Ondalux · Talent Acquisition
        """)
    return message(
        hdr(addr("Ondalux", "noreply@smartrecruiters.com"), "Confirmación de tu entrevista con Ondalux",
            "2026-05-06 12:48", "Europe/Madrid", reply_to=addr("Lucía Ferrer", "lucia.ferrer@ondalux.es"),
            host="mta-10.smartrecruiters.com", ip="185.12.80.33"),
        alt(text(body), html("<html><body>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</body></html>\n")))


@mail(key(7), family="workable", lang="fr", interview=True, kind="cancelled", company="Atelier Nuance",
      start="2026-10-22T13:00:00Z", end=None, contact="camille.roux@ateliernuance.fr",
      local="Thu 2026-10-22 15:00", zone="Europe/Paris",
      note="Workable in French: cancels 'jeudi 22 octobre à 15h00' (Paris, still CEST before 25 Oct). Reply-To is a Workable relay -> contact = the address in the signature.")
def p07() -> bytes:
    body = t("""
        Bonjour Daniel,

        Je suis désolée de vous l'annoncer si tard : nous devons annuler l'entretien prévu
        le jeudi 22 octobre à 15h00 pour le poste de Développeur Backend (Python).

        Le poste est mis en pause suite à une réorganisation interne et nous ne pouvons pas, à ce
        stade, vous proposer une nouvelle date. Nous reviendrons vers vous si le recrutement
        reprend d'ici la fin de l'année.

        Toutes nos excuses pour ce contretemps.

        Bien cordialement,
        Camille Roux
        Responsable recrutement — Atelier Nuance
        camille.roux@ateliernuance.fr
        """)
    return message(
        hdr(addr("Atelier Nuance", "atelier-nuance@workablemail.com"),
            "Annulation de votre entretien - Développeur Backend (Python)", "2026-10-19 09:30", "Europe/Paris",
            reply_to="atelier-nuance+c7f2e91a0b@candidates.workablemail.com",
            host="mail1.workablemail.com", ip="50.31.156.12"),
        alt(text(body, charset="utf-8", cte="8bit"),
            html("<div>" + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", " ") + "</div>\n")))


@mail(key(8), family="teamtailor", lang="en", interview=True, kind="scheduled", company="Norrbike",
      start="2026-09-09T07:30:00Z", end="2026-09-09T08:30:00Z", contact="elin.berg@norrbike.se",
      local="Wed 2026-09-09 09:30", local_end="2026-09-09 10:30", zone="Europe/Stockholm",
      note="Teamtailor in English, on-site in Stockholm, 9:30-10:30 CEST; interview.ics attachment with TZID Europe/Stockholm. Contact = human Reply-To.")
def p08() -> bytes:
    body = t("""
        Hi Daniel,

        Great news - we'd love to meet you in person! Here's your interview booking:

        Role: Backend Developer, Fleet Platform
        Date: Wednesday 9 September 2026
        Time: 09:30-10:30 (Stockholm time)
        Place: Norrbike HQ, Hornsgatan 54, Stockholm - take the lift to floor 4 and ring "Norrbike"
        You'll meet: Elin Berg (Talent Acquisition) and Oskar Lindahl (Tech Lead)

        We've attached a calendar file. If you're flying in and need help with travel,
        just reply to this email.

        See you soon!
        Elin
        """)
    ics = cal(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        VTZ_HERE
        BEGIN:VEVENT
        UID:tt-meeting-58211034@teamtailor.com
        DTSTAMP:{stamp("2026-09-01 14:05", "Europe/Stockholm")}
        DTSTART;TZID=Europe/Stockholm:20260909T093000
        DTEND;TZID=Europe/Stockholm:20260909T103000
        SUMMARY:Interview: Daniel Okoro - Backend Developer\\, Fleet Platform
        LOCATION:Norrbike HQ\\, Hornsgatan 54\\, Stockholm
        ORGANIZER;CN=Elin Berg:mailto:elin.berg@norrbike.se
        ATTENDEE;CN=Daniel Okoro;RSVP=TRUE:mailto:{ME}
        END:VEVENT
        END:VCALENDAR
        """, VTZ_STOCKHOLM)
    return message(
        hdr(addr("Norrbike", "no-reply@teamtailor-mail.com"), "Interview booked: Backend Developer, Fleet Platform",
            "2026-09-01 14:05", "Europe/Stockholm", reply_to=addr("Elin Berg", "elin.berg@norrbike.se"),
            host="mail.teamtailor-mail.com", ip="35.158.20.77"),
        mixed(alt(text(body), html("<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>\n")),
              calendar(ics, method="REQUEST", cte="base64", filename="interview.ics", disposition="attachment",
                       name_param=True)))


@mail(key(9), family="personio", lang="de", interview=True, kind="rescheduled", company="Isarwerk GmbH",
      start="2026-10-29T13:00:00Z", end="2026-10-29T14:00:00Z", contact="katrin.vogel@isarwerk.de",
      local="Thu 2026-10-29 14:00", local_end="2026-10-29 15:00", zone="Europe/Berlin",
      days=(("Fri", "2026-10-23"),),
      note="Personio (de, iso-8859-1 QP): moved from Fr 23.10. to Do 29.10. 14:00-15:00; sent in CEST, new slot after 25 Oct -> CET, 13:00Z. Contact = address in the signature (sender is noreply).")
def p09() -> bytes:
    body = t("""
        Hallo Daniel,

        leider müssen wir unser Gespräch am Freitag, 23.10.2026 um 10:00 Uhr verschieben, da
        unser CTO kurzfristig verreisen muss.

        Neuer Termin für Ihr Vorstellungsgespräch (Senior Backend Engineer):
        Donnerstag, 29.10.2026, 14:00 - 15:00 Uhr (deutsche Zeit)
        Ort: Microsoft Teams (der Link kommt mit der Kalendereinladung)
        Gesprächspartner: Andreas Huber (CTO), Katrin Vogel (People & Culture)

        Wir hoffen, der neue Termin passt Ihnen. Falls nicht, melden Sie sich gern direkt bei mir.

        Viele Grüße
        Katrin Vogel
        People & Culture | Isarwerk GmbH
        katrin.vogel@isarwerk.de | +49 89 2180 4417
        """)
    return message(
        hdr(addr("Isarwerk GmbH", "noreply@personio.de"), "Terminänderung: Ihr Gespräch bei der Isarwerk GmbH",
            "2026-10-21 16:10", "Europe/Berlin", charset="iso-8859-1", host="mail.personio.de", ip="3.120.18.201"),
        text(body, charset="iso-8859-1"))


@mail(key(10), family="bamboohr", lang="en", interview=True, kind="scheduled", company="Canyonlight",
      start="2026-07-14T21:00:00Z", end="2026-07-14T21:30:00Z", contact="rachel.ostrander@canyonlight.com",
      local="Tue 2026-07-14 15:00", local_end="2026-07-14 15:30", zone="America/Denver",
      note="BambooHR, Salt Lake City: 3:00 PM MT in July = MDT (UTC-6) -> 21:00Z; '30-minute phone call' is an exact length. Contact = human Reply-To.")
def p10() -> bytes:
    body = t("""
        Hi Daniel,

        Thanks for applying to the Backend Engineer (Remote - EMEA) role at Canyonlight!
        You're all set for a 30-minute phone call with me on Tuesday, July 14 at 3:00 PM
        Mountain Time. I know that's 10 PM in Dublin - thank you for being flexible.

        I'll call you on +353 87 555 0192. If a different number is better, let me know.

        Talk soon,
        Rachel Ostrander
        Talent Acquisition | Canyonlight
        """)
    return message(
        hdr(addr("Rachel Ostrander via BambooHR", "notifications@app.bamboohr.com"),
            "Phone interview with Canyonlight - Tuesday, July 14", "2026-07-09 11:30", "America/Denver",
            reply_to=addr("Rachel Ostrander", "rachel.ostrander@canyonlight.com"),
            host="smtp.bamboohr.com", ip="198.2.130.44"),
        alt(text(body), html("<p>" + body.replace("\n\n", "</p><p>").replace("\n", " ") + "</p>\n")))


@mail(key(11), family="calendly", lang="en", interview=True, kind="scheduled", company="Wattlegrove",
      start="2026-04-14T20:00:00Z", end="2026-04-14T20:30:00Z", contact="hamish@wattlegrove.com.au",
      local="Tue 2026-04-14 21:00", local_end="2026-04-14 21:30", zone="Europe/Dublin",
      days=(("Wed", "2026-04-15"),),
      note="Calendly invitee confirmation shown in the invitee's zone (Dublin, IST UTC+1) -> 20:00Z; the Sydney host's side is Wed 15 Apr 6:00am AEST (after 5 April). Contact = host's Reply-To.")
def p11() -> bytes:
    body = t("""
        Hi Daniel Okoro,

        A new event has been scheduled.

        Event Type:
        Intro call - Senior Backend Engineer (Wattlegrove)

        Invitee:
        Daniel Okoro

        Event Date/Time:
        09:00pm - 09:30pm (GMT+01:00) Dublin; Tuesday, 14 April 2026

        Location:
        This is a Zoom web conference. Join: https://us06web.zoom.us/j/87124490035

        Questions:
        Anything you'd like us to know before the call?
        Happy to talk about the event-sourcing work from my current role.

        Note from Hamish: this is 6:00am Wednesday for me in Sydney - coffee will be involved.
        Looking forward to it!

        View event in Calendly / Cancel / Reschedule

        Sent from Calendly
        """)
    return message(
        hdr(addr("Calendly", "notifications@calendly.com"),
            "Confirmed: Intro call - Senior Backend Engineer (Wattlegrove) with Hamish Kerr on Tuesday, 14 April 2026",
            "2026-04-10 10:14", "Europe/Dublin", reply_to=addr("Hamish Kerr", "hamish@wattlegrove.com.au"),
            host="o7.email.calendly.com", ip="167.89.64.12"),
        alt(text(body), html("<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>\n")))


@mail(key(12), family="google_calendar", lang="en", interview=True, kind="scheduled", company="Kōwhai Software",
      start="2026-04-07T21:00:00Z", end="2026-04-07T22:00:00Z", contact="aroha.ngata@kowhai.co.nz",
      local="Wed 2026-04-08 09:00", local_end="2026-04-08 10:00", zone="Pacific/Auckland",
      note="Google Calendar invite from Auckland, sent in NZDT (2 April) for Wed 8 April after NZ goes back to NZST (UTC+12): UTC date is the day before. Contact = organizer.")
def p12() -> bytes:
    body = t("""
        You have been invited to the following event.

        Interview: Daniel Okoro / Platform Engineer (Kōwhai Software)
        Wednesday 8 Apr 2026 ⋅ 9am – 10am (New Zealand Standard Time - Auckland)

        Joining info: Join with Google Meet
        meet.google.com/ruk-zbfe-cwm

        Organiser: Aroha Ngata - aroha.ngata@kowhai.co.nz

        Guests:
        Aroha Ngata - organiser
        Liam Te Rangi
        daniel.okoro@example.net

        Kia ora Daniel - this is the technical interview we talked about on the phone: one hour,
        mostly pairing on a small Go service. For you that's Tuesday evening Irish time.

        Reply for daniel.okoro@example.net
        Yes / No / Maybe / More options

        Invitation from Google Calendar
        """)
    ics = cal(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        VTZ_HERE
        BEGIN:VEVENT
        DTSTART;TZID=Pacific/Auckland:20260408T090000
        DTEND;TZID=Pacific/Auckland:20260408T100000
        DTSTAMP:{stamp("2026-04-02 15:30", "Pacific/Auckland")}
        ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kowhai.co.nz
        UID:3kq9v1c2h6ts0e5obm4r7a8n1f@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Liam Te Rangi;X-NUM-GUESTS=0:mailto:liam.terangi@kowhai.co.nz
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview: Daniel Okoro / Platform Engineer (Kōwhai Software)
        END:VEVENT
        END:VCALENDAR
        """, VTZ_AUCKLAND)
    return message(
        hdr(addr("Aroha Ngata", "aroha.ngata@kowhai.co.nz"),
            "Invitation: Interview: Daniel Okoro / Platform Engineer (Kōwhai Software) @ Wed 8 Apr 2026 9am - 10am (NZST) (daniel.okoro@example.net)",
            "2026-04-02 15:30", "Pacific/Auckland", extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
            host="mail-sor-f69.google.com", ip="209.85.220.69"),
        mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
              calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


@mail(key(13), family="outlook_calendar", lang="en", interview=True, kind="scheduled", company="Cascadia Works",
      start="2026-11-05T18:00:00Z", end="2026-11-05T19:00:00Z", contact="bames@cascadiaworks.com",
      local="Thu 2026-11-05 10:00", local_end="2026-11-05 11:00", zone="America/Los_Angeles",
      note="Exchange meeting request, TZID 'Pacific Standard Time' with VTIMEZONE; sent in PDT (30 Oct), interview after the 1 Nov US DST end -> PST, 18:00Z. Contact = human sender/organizer.")
def p13() -> bytes:
    body = t("""
        When: Thursday, November 5, 2026 10:00 AM-11:00 AM (UTC-08:00) Pacific Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Daniel - sending over the invite for your panel interview (Senior Software Engineer,
        Billing). You'll meet me and two folks from the payments team. Looking forward to it.

        Brandon Ames
        Engineering Manager | Cascadia Works

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting
        Meeting ID: 241 887 309 114
        Passcode: Xr7Pq2
        ________________________________________________________________________________
        """)
    ics = cal(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        VTZ_HERE
        BEGIN:VEVENT
        ORGANIZER;CN=Brandon Ames:mailto:bames@cascadiaworks.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Okoro:mailto:{ME}
        DESCRIPTION;LANGUAGE=en-US:Hi Daniel - sending over the invite for your panel interview (Senior Software Engineer\\, Billing).\\n
        UID:040000008200E00074C5B7101A82E00800000000D0A3C6F1A267DC01000000000000000010000000F2B9E1C4A7D35E4B9A1F0C6D2E8B7A31
        SUMMARY;LANGUAGE=en-US:Panel interview - Daniel Okoro - Senior Software Engineer\\, Billing
        DTSTART;TZID=Pacific Standard Time:20261105T100000
        DTEND;TZID=Pacific Standard Time:20261105T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp("2026-10-30 13:20", "America/Los_Angeles")}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """, VTZ_PACIFIC)
    return message(
        hdr(addr("Brandon Ames", "bames@cascadiaworks.com"),
            "Panel interview - Daniel Okoro - Senior Software Engineer, Billing", "2026-10-30 13:20",
            "America/Los_Angeles", host="mail-bn8nam12on2110.outbound.protection.outlook.com", ip="40.107.237.110",
            extra=(("Thread-Topic", "Panel interview - Daniel Okoro - Senior Software Engineer, Billing"),
                   ("X-MS-Exchange-Organization-SCL", "1"))),
        alt(text(body), calendar(ics, cte="base64")))


@mail(key(14), family="outlook_calendar", lang="en", interview=True, kind="cancelled", company="Tarang Technologies",
      start="2026-08-03T10:30:00Z", end="2026-08-03T11:30:00Z", contact="sneha.kulkarni@tarangtech.in",
      local="Mon 2026-08-03 16:00", local_end="2026-08-03 17:00", zone="Asia/Kolkata",
      note="Exchange METHOD:CANCEL, SEQUENCE:1, TZID 'India Standard Time': the cancelled slot 4:00-5:00 PM IST (stated range). Contact = human organizer.")
def p14() -> bytes:
    body = t("""
        When: Monday, August 3, 2026 4:00 PM-5:00 PM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi.
        Where: Microsoft Teams Meeting

        Hi Daniel,

        Apologies - the panel is unavailable on Monday due to a client escalation, so I'm cancelling
        this slot. I will share fresh options for the technical round by Wednesday.

        Regards,
        Sneha Kulkarni
        HR Business Partner, Tarang Technologies
        """)
    ics = cal(f"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        VTZ_HERE
        BEGIN:VEVENT
        ORGANIZER;CN=Sneha Kulkarni:mailto:sneha.kulkarni@tarangtech.in
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Daniel Okoro:mailto:{ME}
        UID:040000008200E00074C5B7101A82E008000000004E1F0B2C9A21DC01000000000000000010000000A1C3E5F7092B4D6F8A0C2E4F6A8B0C1D
        SUMMARY;LANGUAGE=en-US:Canceled: Technical Interview - Data Engineer - Daniel Okoro
        DTSTART;TZID=India Standard Time:20260803T160000
        DTEND;TZID=India Standard Time:20260803T170000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:{stamp("2026-07-30 18:45", "Asia/Kolkata")}
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-IMPORTANCE:2
        END:VEVENT
        END:VCALENDAR
        """, VTZ_INDIA)
    return message(
        hdr(addr("Sneha Kulkarni", "sneha.kulkarni@tarangtech.in"),
            "Canceled: Technical Interview - Data Engineer - Daniel Okoro", "2026-07-30 18:45", "Asia/Kolkata",
            host="mail-ma1ind01on2092.outbound.protection.outlook.com", ip="40.107.138.92",
            extra=(("Importance", "high"),)),
        alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(key(15), family="human_prose", lang="en", interview=True, kind="scheduled", company="Bracken Labs",
      start="2026-05-21T10:30:00Z", end=None, contact="fergal.doyle@brackenlabs.ie",
      local="Thu 2026-05-21 11:30", zone="Europe/Dublin",
      note="Dublin founder, casual: 'booked you in for Thursday at half eleven' (the Thursday after the Monday Date = 21 May, IST UTC+1). Contact = sender.")
def p15() -> bytes:
    body = t("""
        Hi Daniel,

        Good to chat earlier. As promised - we've booked you in for the second-round interview
        this Thursday (21st) at half eleven, in our office at 14 Pearse Street, 2nd floor.
        Ask for Niamh at reception and she'll bring you up.

        It'll be me and Orla (our CTO). Bring a laptop if you have one handy - we might look at
        some code together, nothing scary.

        Cheers,
        Fergal

        --
        Fergal Doyle
        Co-founder, Bracken Labs
        +353 1 555 0177
        """)
    return message(
        hdr(addr("Fergal Doyle", "fergal.doyle@brackenlabs.ie"), "Thursday", "2026-05-18 17:02",
            "Europe/Dublin", host="mail-wm1-f52.google.com", ip="209.85.128.52"),
        alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body))))


@mail(key(16), family="human_prose", lang="de", interview=True, kind="scheduled", company="Donau Logistik",
      start="2026-06-16T07:00:00Z", end=None, contact="m.hofer@donaulogistik.at",
      local="Tue 2026-06-16 09:00", zone="Europe/Vienna",
      note="Austrian HR mail (windows-1252 QP): Vorstellungsgespräch 'Dienstag, 16. Juni 2026, um 9:00 Uhr' in Vienna (CEST); 'ca. 90 Minuten' is approximate -> end null. Contact = sender.")
def p16() -> bytes:
    body = t("""
        Sehr geehrter Herr Okoro,

        vielen Dank für das angenehme Telefonat. Wie besprochen bestätige ich Ihnen hiermit das
        persönliche Vorstellungsgespräch für die Position „Senior Software Engineer (Routing)“
        am Dienstag, 16. Juni 2026, um 9:00 Uhr
        in unserer Zentrale, Mariahilfer Straße 121, 1060 Wien (3. Stock, Empfang).

        Bitte planen Sie ca. 90 Minuten ein – neben dem Gespräch mit Herrn DI Gruber (Leitung
        IT) zeigen wir Ihnen gerne auch unser Büro. Die Reisekosten erstatten wir Ihnen selbstverständlich.

        Für Rückfragen stehe ich Ihnen jederzeit gerne zur Verfügung.

        Mit freundlichen Grüßen

        Mag. Martina Hofer
        Human Resources
        Donau Logistik GmbH
        Tel. +43 1 595 3310-24
        m.hofer@donaulogistik.at
        """)
    return message(
        hdr(addr("Hofer Martina", "m.hofer@donaulogistik.at"),
            "Einladung zum Vorstellungsgespräch – Senior Software Engineer (Routing)", "2026-06-10 10:40",
            "Europe/Vienna", charset="windows-1252", host="mx.donaulogistik.at", ip="91.112.40.7",
            extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
        text(body, charset="windows-1252"))


@mail(key(17), family="zoom", lang="fr", interview=True, kind="rescheduled", company="Boréal IA",
      start="2026-10-15T17:30:00Z", end=None, contact="genevieve.lapointe@boreal-ia.ca",
      local="Thu 2026-10-15 13:30", zone="America/Toronto",
      days=(("Tue", "2026-10-13"),),
      note="Quebec French reschedule with a pasted Zoom block ('15 oct. 2026 01:30 PM Heure de l'Est'): moved from Tue 13 Oct 10h to Thu 15 Oct 13h30 EDT -> 17:30Z. Contact = sender.")
def p17() -> bytes:
    body = t("""
        Bonjour Daniel,

        Comme convenu au téléphone tantôt, je déplace notre entrevue de mardi (13 octobre, 10 h)
        au jeudi 15 octobre à 13 h 30, heure de Montréal. Merci encore pour ta flexibilité!

        Voici le nouveau lien Zoom :

        Geneviève Lapointe vous invite à une réunion Zoom planifiée.

        Sujet : Entrevue - Développeur·se backend principal·e - Daniel Okoro
        Heure : 15 oct. 2026 01:30 PM Heure de l'Est (États-Unis et Canada)

        Participer à la réunion Zoom
        https://boreal-ia.zoom.us/j/84420139876?pwd=bHc2RkRxT0VwbXl1ZzBSa2Zy

        ID de réunion : 844 2013 9876
        Code secret : 550213

        Au plaisir,
        Geneviève

        Geneviève Lapointe
        Acquisition de talents | Boréal IA
        """)
    return message(
        hdr(addr("Geneviève Lapointe", "genevieve.lapointe@boreal-ia.ca"), "Nouvelle heure pour notre entrevue",
            "2026-10-09 15:55", "America/Toronto", host="mail-yw1-f170.google.com", ip="209.85.128.170"),
        alt(text(body), html(gmail_html(body))))


@mail(key(18), family="human_prose", lang="es", interview=True, kind="cancelled", company="Cobalto Digital",
      start="2026-02-20T18:00:00Z", end=None, contact="andrea.salinas@cobaltomx.com",
      local="Fri 2026-02-20 12:00", zone="America/Mexico_City",
      note="Mexican recruiter cancels 'la entrevista del viernes 20 de febrero a las 12:00 (hora del centro)'; Mexico City has no DST since 2022 (UTC-6). Contact = sender.")
def p18() -> bytes:
    body = t("""
        Hola Daniel, ¿qué tal?

        Te escribo con una mala noticia: tenemos que cancelar la entrevista del viernes 20 de
        febrero a las 12:00 (hora del centro de México) con Ricardo. La vacante de Backend Lead
        quedó congelada esta semana por presupuesto y no queremos hacerte perder el tiempo.

        Si se vuelve a abrir, serás de las primeras personas a las que busquemos.
        Una disculpa y muchas gracias por tu interés.

        Saludos,
        Andrea Salinas
        Reclutamiento · Cobalto Digital
        """)
    return message(
        hdr(addr("Andrea Salinas", "andrea.salinas@cobaltomx.com"), "Cancelación entrevista viernes",
            "2026-02-17 09:15", "America/Mexico_City", host="mail-pj1-f44.google.com", ip="209.85.216.44"),
        text(body, cte="base64"))


@mail(key(19), family="recruitee", lang="nl", interview=True, kind="scheduled", company="Vlietwerk",
      start="2026-09-07T12:00:00Z", end="2026-09-07T13:00:00Z", contact="sanne.devries@vlietwerk.nl",
      local="Mon 2026-09-07 14:00", local_end="2026-09-07 15:00", zone="Europe/Amsterdam",
      note="Recruitee in Dutch: 'maandag 7 september van 14:00 tot 15:00 uur' (CEST). Contact = human Reply-To.")
def p19() -> bytes:
    body = t("""
        Hoi Daniel,

        Leuk dat je verder wilt in het proces! Hierbij bevestigen we je tweede gesprek voor de
        vacature Backend Engineer (Python/Go):

        Datum: maandag 7 september
        Tijd: 14:00 tot 15:00 uur (Nederlandse tijd)
        Locatie: online via Microsoft Teams, de link volgt in een aparte uitnodiging
        Met: Joost Verbeek (Engineering Lead) en Sanne de Vries (Recruitment)

        In dit gesprek gaan we dieper in op je technische ervaring. Voorbereiden hoeft niet,
        maar neem gerust een voorbeeld mee van een systeem waar je trots op bent.

        Tot maandag!

        Groet,
        Sanne de Vries
        Recruiter bij Vlietwerk
        """)
    return message(
        hdr(addr("Vlietwerk", "vlietwerk@mail.recruitee.com"),
            "Bevestiging gesprek Backend Engineer (Python/Go)", "2026-09-02 11:20", "Europe/Amsterdam",
            reply_to=addr("Sanne de Vries", "sanne.devries@vlietwerk.nl"), host="mail.recruitee.com",
            ip="54.93.12.205"),
        alt(text(body), html("<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>\n")))


@mail(key(20), family="forwarded", lang="en", interview=True, kind="scheduled", company="Meridian Pay",
      start="2026-07-24T08:30:00Z", end=None, contact="weiling.tan@straitstalent.sg",
      local="Fri 2026-07-24 16:30", zone="Asia/Singapore",
      note="Gmail 'Fwd:' to himself of a Singapore agency confirmation: Friday 24 July 4:30pm SGT (9:30am Irish time). Contact = agency recruiter in the forwarded header; company = the client.")
def p20() -> bytes:
    body = t("""
        reminder - prep the system design notes for this one

        ---------- Forwarded message ---------
        From: Wei Ling Tan <weiling.tan@straitstalent.sg>
        Date: Fri, 17 Jul 2026 at 11:03
        Subject: Meridian Pay - interview confirmed
        To: Daniel Okoro <daniel.okoro@example.net>


        Hi Daniel,

        Good news! Meridian Pay would like to move ahead, and I'm confirming your first
        interview with them:

        Friday, 24 July 2026 @ 4:30pm Singapore time (9:30am Irish time)
        With: Arjun Mehta, Head of Engineering (Payments Core)
        Via: Zoom - Arjun will send the link directly

        It'll be a mix of your background and a fairly deep discussion about distributed
        transactions. Please call me after the interview to debrief!

        Best regards,
        Wei Ling Tan
        Senior Consultant, Technology
        Straits Talent Partners Pte Ltd
        +65 6555 0193
        """)
    return message(
        hdr(addr("Daniel Okoro", ME), "Fwd: Meridian Pay - interview confirmed", "2026-07-20 08:12",
            "Europe/Dublin", host="mail-ej1-f41.google.com", ip="209.85.218.41"),
        alt(text(body), html(gmail_html(body))))


@mail(key(21), family="reply_quoted", lang="it", interview=True, kind="scheduled", company="Ventolino",
      start="2026-09-10T09:00:00Z", end=None, contact="federica.galli@ventolino.it",
      local="Thu 2026-09-10 11:00", zone="Europe/Rome",
      days=(("Wed", "2026-09-02"), ("Thu", "2026-09-03")),
      note="Italian recruiter's short reply ('Perfetto, a giovedì!') on top of the quoted thread (her proposal 'giovedì 10 settembre alle 11:00', his acceptance). 'circa un'ora' -> end null. Contact = sender.")
def p21() -> bytes:
    body = t("""
        Perfetto Daniel, allora è confermato. Ti ho appena girato l'invito Teams con Marco.
        A giovedì!

        Federica

        Il giorno gio 3 set 2026 alle ore 18:22 Daniel Okoro <daniel.okoro@example.net> ha scritto:
        > Buonasera Federica,
        > giovedì 10 settembre alle 11:00 va benissimo per me. Grazie!
        > Daniel
        >
        > Il giorno mer 2 set 2026 alle ore 12:40 Federica Galli <federica.galli@ventolino.it> ha scritto:
        >> Ciao Daniel,
        >> grazie per la candidatura alla posizione di Senior Backend Developer. Ci farebbe
        >> piacere conoscerti con un colloquio tecnico con Marco Bellini (CTO).
        >> Ti proporrei giovedì 10 settembre alle 11:00 (ora italiana), durata circa un'ora.
        >> Fammi sapere se ti va bene.
        >> Federica Galli - HR, Ventolino S.r.l.
        """)
    return message(
        hdr(addr("Federica Galli", "federica.galli@ventolino.it"), "Re: Colloquio Senior Backend Developer - Ventolino",
            "2026-09-04 10:05", "Europe/Rome", host="smtp.ventolino.it", ip="151.1.44.90",
            extra=(("In-Reply-To", "<CAE7vq1x9Lr0@mail.gmail.com>"),)),
        alt(text(body), html(gmail_html(body))))


@mail(key(22), family="modernloop", lang="en", interview=True, kind="scheduled", company="Pecan Street Robotics",
      start="2026-03-18T14:00:00Z", end="2026-03-18T17:00:00Z", contact="kayla.nguyen@pecanrobotics.com",
      local="Wed 2026-03-18 09:00", local_end="2026-03-18 12:00", zone="America/Chicago",
      note="ModernLoop virtual onsite, three sessions 9:00 AM - 12:00 PM CDT (US DST since 8 March; Dublin still GMT, so the body's '2:00 PM - 5:00 PM GMT' matches). start = first, end = last. Contact = human Reply-To.")
def p22() -> bytes:
    body = t("""
        Hi Daniel,

        Your virtual onsite with Pecan Street Robotics is confirmed. Here is your itinerary for
        Wednesday, March 18, 2026 (all times Central - CDT):

          9:00 AM - 9:45 AM    Coding: data structures          with Luis Ortega
         10:00 AM - 10:45 AM   System design: telemetry pipeline with Hannah Brooks
         11:00 AM - 12:00 PM   Behavioral + team fit              with Kayla Nguyen & Dev Patel

        In Dublin that's 2:00 PM - 5:00 PM GMT.

        Each session has its own Zoom link in the calendar invitations you will receive from
        the interviewers. You'll have short breaks between sessions.

        Questions? Reply here and it goes to Kayla Nguyen, your recruiter.

        - Pecan Street Robotics Recruiting (powered by ModernLoop)
        """)
    return message(
        hdr(addr("Pecan Street Robotics", "scheduling@notifications.modernloop.io"),
            "Your virtual onsite itinerary - Pecan Street Robotics", "2026-03-12 16:30", "America/Chicago",
            reply_to=addr("Kayla Nguyen", "kayla.nguyen@pecanrobotics.com"), host="smtp.modernloop.io",
            ip="149.72.9.31"),
        alt(text(body), html("<pre style=\"font-family:Arial\">" + body.replace("&", "&amp;") + "</pre>\n")))


@mail(key(23), family="pinpoint", lang="en", interview=True, kind="scheduled", company="Thistle & Oak",
      start="2026-10-27T10:00:00Z", end="2026-10-27T11:00:00Z", contact="ross.mackay@thistleoak.co.uk",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone="Europe/London",
      note="Pinpoint (Edinburgh), sent in BST (22 Oct) for Tue 27 Oct after the UK returns to GMT -> 10:00Z; 'one hour' exact. Contact = hiring manager's address in the body.")
def p23() -> bytes:
    body = t("""
        Dear Daniel,

        Thank you for booking your interview for the Senior Software Engineer role at
        Thistle & Oak.

        Your interview is confirmed for:
        Tuesday 27 October 2026, 10:00 - 11:00 (UK time)
        Format: video call (Microsoft Teams) - one hour

        Your interviewers will be Ross Mackay (Head of Engineering) and Isla Fraser
        (Senior Engineer). If you have any questions about the role before the day, Ross is
        happy to hear from you directly: ross.mackay@thistleoak.co.uk

        Kind regards,
        The Thistle & Oak Talent Team

        This email was sent via Pinpoint. Replies to this address are not monitored.
        """)
    return message(
        hdr(addr("Thistle & Oak", "notifications@pinpointhq.com"),
            "Interview confirmed: Senior Software Engineer - Thistle & Oak", "2026-10-22 12:15", "Europe/London",
            host="mail.pinpointhq.com", ip="3.248.11.90"),
        alt(text(body), html("<p>" + body.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>\n")))


# =========================================================================== negatives


def _p(body: str) -> str:
    import html as _h

    return "<html><body><p>" + _h.escape(body).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n"


@mail(key(24), family="application_receipt", lang="en", interview=False, company="Brightpath",
      note="Greenhouse application receipt; no interview, no time.")
def n24() -> bytes:
    body = t("""
        Hi Daniel,

        Thanks for applying to the Senior Backend Engineer (Payments Platform) role at Brightpath!
        We've received your application and our team will review it over the next couple of weeks.

        If your experience is a match, a member of our recruiting team will reach out to talk
        about next steps, including interviews. In the meantime, feel free to learn more about how
        we work at brightpath.io/engineering.

        Thanks again,
        The Brightpath Recruiting Team
        """)
    return message(
        hdr(addr("Brightpath Recruiting", "no-reply@us.greenhouse-mail.io"),
            "Thank you for applying to Brightpath", "2026-02-19 14:31", "America/Los_Angeles",
            host="o1.ptr2471.greenhouse-mail.io", ip="167.89.14.201"),
        alt(text(body), html(_p(body))))


@mail(key(25), family="application_receipt", lang="de", interview=False, company="Alpenglanz Versicherung",
      note="Workday receipt in German ('Eingangsbestätigung'); mentions a possible Vorstellungsgespräch in general terms only.")
def n25() -> bytes:
    body = t("""
        Sehr geehrter Herr Okoro,

        vielen Dank für Ihre Bewerbung als Backend Developer (m/w/d) – Schadenplattform und Ihr
        Interesse an der Alpenglanz Versicherung AG.

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden
        uns in den nächsten drei Wochen bei Ihnen. Passt Ihr Profil zu unseren Anforderungen,
        laden wir Sie gerne zu einem Vorstellungsgespräch ein.

        Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Alpenglanz Versicherung AG

        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
        """)
    return message(
        hdr(addr("Alpenglanz Versicherung", "alpenglanz@myworkday.com"),
            "Eingangsbestätigung Ihrer Bewerbung – Backend Developer (m/w/d)", "2026-04-22 08:14",
            "Europe/Zurich", host="wd3-smtp.myworkday.com", ip="34.226.98.19"),
        text(body, cte="quoted-printable"))


@mail(key(26), family="rejection", lang="en", interview=False, company="Fernhill Analytics",
      note="Lever rejection after a past interview ('last Tuesday'); no upcoming time.")
def n26() -> bytes:
    body = t("""
        Hi Daniel,

        Thank you for taking the time to interview with us last Tuesday and for the thought you
        put into the design exercise - the team really enjoyed the conversation.

        After a lot of discussion we've decided to move forward with a candidate whose experience
        lines up more closely with our current roadmap, so we won't be progressing your
        application for the Backend Engineer role at this time.

        We'd genuinely like to stay in touch and will keep your details on file for future roles.

        All the best,
        Hannah Okafor
        Talent Lead, Fernhill Analytics
        """)
    return message(
        hdr(addr("Fernhill Analytics", "no-reply@hire.lever.co"), "Your application to Fernhill Analytics",
            "2026-05-08 15:47", "Europe/London", reply_to=addr("Hannah Okafor", "hannah.okafor@fernhill.co.uk"),
            host="mail.hire.lever.co", ip="52.10.44.9"),
        alt(text(body), html(_p(body))))


@mail(key(27), family="rejection", lang="es", interview=False, company="Ondalux",
      days=(("Tue", "2026-05-12"),),
      note="Ondalux (the earlier SmartRecruiters interview) rejects after the interview of Tue 12 May; past date only.")
def n27() -> bytes:
    body = t("""
        Hola Daniel:

        Muchas gracias por tu tiempo en la entrevista del martes 12 de mayo con Javier y conmigo.
        Nos gustó mucho conocerte, pero finalmente hemos decidido seguir adelante con otra
        candidatura cuyo perfil encaja mejor con lo que necesitamos ahora mismo.

        Guardaremos tus datos para futuras posiciones, si te parece bien.

        ¡Mucha suerte en tu búsqueda!

        Lucía Ferrer
        Ondalux · Talent Acquisition
        """)
    return message(
        hdr(addr("Ondalux", "noreply@smartrecruiters.com"), "Actualización sobre tu candidatura en Ondalux",
            "2026-05-19 17:05", "Europe/Madrid", reply_to=addr("Lucía Ferrer", "lucia.ferrer@ondalux.es"),
            host="mta-10.smartrecruiters.com", ip="185.12.80.33"),
        alt(text(body), html(_p(body))))


@mail(key(28), family="rejection", lang="pt", interview=False, company="Jabuticaba Tech",
      note="Brazilian Portuguese rejection via Gupy ('não seguiremos com a sua candidatura'); no time.")
def n28() -> bytes:
    body = t("""
        Olá, Daniel!

        Agradecemos muito o seu interesse na vaga de Pessoa Engenheira de Software Sênior (Backend)
        na Jabuticaba Tech e o tempo dedicado ao nosso processo seletivo.

        Após uma análise cuidadosa, informamos que não seguiremos com a sua candidatura nesta
        etapa. Seu currículo continuará em nosso banco de talentos para oportunidades futuras.

        Desejamos sucesso na sua jornada!

        Equipe de Talentos | Jabuticaba Tech
        Enviado via Gupy
        """)
    return message(
        hdr(addr("Jabuticaba Tech", "naoresponda@gupy.com.br"), "Retorno sobre o processo seletivo - Jabuticaba Tech",
            "2026-06-26 14:12", "America/Sao_Paulo", host="mail.gupy.io", ip="18.228.70.5"),
        html(_p(body), cte="base64"))


@mail(key(29), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert digest; platform mail.")
def n29() -> bytes:
    body = t("""
        Your job alert for backend engineer in Dublin, County Dublin, Ireland
        12 new jobs match your preferences.

        Senior Backend Engineer
        Copperline Payments · Dublin (Hybrid)
        Actively recruiting · 3 connections work here

        Software Engineer II, Platform
        Harbourline Games · Dublin (On-site)
        Easy Apply

        Staff Engineer - Data Infrastructure
        Lumenwise · EMEA (Remote)
        Promoted · Be an early applicant

        Backend Developer (Go)
        Bracken Labs · Dublin 2
        Your profile matches this job

        See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=backend%20engineer

        You are receiving Job Alert emails. Unsubscribe
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
        """)
    return message(
        hdr(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
            "12 new jobs for 'backend engineer' in Dublin", "2026-05-05 07:03", "Europe/Dublin",
            host="mailb-dc.linkedin.com", ip="108.174.3.14"),
        alt(text(body), html(_p(body))))


@mail(key(30), family="application_receipt", lang="en", interview=False, company=None,
      note="Indeed 'Application submitted' notification; platform mail.")
def n30() -> bytes:
    body = t("""
        Application submitted

        Software Engineer, Integrations
        Tallyhaven - Cork, County Cork (Hybrid)

        The following items were sent to Tallyhaven:
        - Resume: Daniel_Okoro_CV_2026.pdf
        - Answers to 4 screener questions

        Good luck! Employers often reach out within 1-2 weeks. You can track this application in
        My jobs. Tip: prepare for interviews with our guide to the most common interview questions.

        Indeed
        """)
    return message(
        hdr(addr("Indeed Apply", "indeedapply@indeed.com"), "Indeed Application: Software Engineer, Integrations",
            "2026-03-02 21:40", "Europe/Dublin", host="mail-1.indeed.com", ip="169.45.0.12"),
        alt(text(body), html(_p(body))))


@mail(key(31), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Glassdoor newsletter about interview reviews and questions; no appointment.")
def n31() -> bytes:
    body = t("""
        <html><body style="font-family:Arial,sans-serif;color:#20262e">
        <table width="600" align="center"><tr><td>
        <h1 style="font-size:22px">Your weekly Glassdoor digest</h1>
        <h3>What interviewing at companies you follow is really like</h3>
        <p><b>Software Engineer interview at Brightpath</b> &mdash; &ldquo;Two rounds: a recruiter
        screen, then a system design interview with the hiring manager. Friendly, took about an
        hour.&rdquo; Interview difficulty 3.1/5.</p>
        <p><b>Backend Engineer interview at Harbourline Games</b> &mdash; &ldquo;Take-home, then an
        onsite on a Thursday afternoon. They ran late but were very nice.&rdquo;</p>
        <h3>Ace your next interview</h3>
        <p>5 questions to ask at the end of every interview &rarr; <a href="https://www.glassdoor.ie/blog/questions-to-ask">Read more</a></p>
        <p style="font-size:11px;color:#888">You are receiving this because you follow 6 companies.
        Glassdoor, Inc. &middot; Unsubscribe</p>
        </td></tr></table>
        </body></html>
        """)
    return message(
        hdr(addr("Glassdoor", "noreply@glassdoor.com"), "Interview insights from companies you follow",
            "2026-04-16 12:00", "Europe/Dublin", host="mta.glassdoor.com", ip="192.28.150.4"),
        html(body))


@mail(key(32), family="recruiter_outreach", lang="en", interview=False, company="Kinsale Search",
      note="UK agency recruiter outreach; asks for a convenient time, none fixed.")
def n32() -> bytes:
    body = t("""
        Hi Daniel,

        Hope you're well! I came across your profile and your work on event-driven payments
        systems really stood out.

        I'm partnering with a Series B fintech in London/Dublin (hybrid, 2 days in the office)
        that's hiring a Lead Backend Engineer - Python and Kafka, €110-125k plus equity. They're
        moving quickly and already have first interviews booked for other candidates next week.

        Would you be open to a quick 15-minute call to hear more? Let me know a time that suits
        this week, or just send over your number and I'll give you a ring.

        Best,
        Jack Whitmore
        Principal Consultant | Kinsale Search
        +44 20 7946 0211
        """)
    return message(
        hdr(addr("Jack Whitmore", "jack.whitmore@kinsalesearch.co.uk"), "Lead Backend role - Series B fintech",
            "2026-06-01 10:18", "Europe/London", host="mail-eopbgr.outbound.protection.outlook.com",
            ip="40.107.7.55"),
        alt(text(body), html(_p(body))))


@mail(key(33), family="scheduling_link", lang="en", interview=False, company="Lumenwise",
      note="Ashby self-scheduling link for the Lumenwise hiring-manager screen (before the confirmation); no time fixed.")
def n33() -> bytes:
    body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif">
        <p>Hi Daniel,</p>
        <p>Thanks for chatting with us! The next step for <b>Software Engineer, Data
        Infrastructure</b> is a 45-minute Hiring Manager Screen with Rahul.</p>
        <p>Please choose a time that works for you using the link below. Available times are shown
        in your local time zone.</p>
        <p><a href="https://app.ashbyhq.com/interview-scheduling/3f8a1c2e" style="background:#4f46e5;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Pick a time</a></p>
        <p>Please book within the next 3 days so we can keep things moving.</p>
        <p>Jess Park<br>Recruiting, Lumenwise</p>
        </body></html>
        """)
    return message(
        hdr(addr("Lumenwise", "no-reply@ashbyhq.com"), "Schedule your interview with Lumenwise",
            "2026-10-22 16:40", "America/New_York", reply_to=addr("Jess Park", "jess.park@lumenwise.com"),
            host="mail.ashbyhq.com", ip="18.232.71.40"),
        html(body, cte="base64"))


@mail(key(34), family="scheduling_link", lang="en", interview=False, company="Wattlegrove",
      note="Australian founder's Calendly link ('grab any 30-min slot'), before the confirmed call; no time fixed.")
def n34() -> bytes:
    body = t("""
        G'day Daniel,

        Thanks for applying for the Senior Backend role - loved the bit in your cover note about
        replaying event streams. Keen to have an informal chat.

        I know the time difference is a pain, so I've opened some early-morning and evening slots
        on my calendar. Grab any 30-min slot that works for you here:
        https://calendly.com/hamish-wattlegrove/intro-call

        Cheers,
        Hamish Kerr
        Co-founder & CTO, Wattlegrove
        """)
    return message(
        hdr(addr("Hamish Kerr", "hamish@wattlegrove.com.au"), "Quick chat about the backend role?",
            "2026-04-09 20:55", "Australia/Sydney", host="mail-pf1-f175.google.com", ip="209.85.210.175"),
        alt(text(body), html(gmail_html(body))))


@mail(key(35), family="assessment", lang="en", interview=False, company="Harbourline Games",
      days=(("Fri", "2026-03-13"),),
      note="Codility coding test with a deadline ('complete by Friday 13 March, 23:59 GMT'); a deadline, not an appointment.")
def n35() -> bytes:
    body = t("""
        Hello Daniel,

        Harbourline Games has invited you to complete an online coding assessment as part of
        your application for Software Engineer II, Platform.

        Test: Backend Engineering - General (3 tasks)
        Time limit: 90 minutes once started
        Please complete by: Friday 13 March 2026, 23:59 GMT

        Start test: https://app.codility.com/test/HLG-7QX2-PL9M/

        Before you start, make sure you have a stable connection and a quiet place - the timer
        cannot be paused. Good luck!

        Codility, on behalf of Harbourline Games
        """)
    return message(
        hdr(addr("Harbourline Games via Codility", "no-reply@codility.com"),
            "Your coding assessment for Harbourline Games", "2026-03-06 09:30", "Europe/Dublin",
            host="mail.codility.com", ip="54.246.12.88"),
        alt(text(body), html(_p(body))))


@mail(key(36), family="offer", lang="en", interview=False, company="Canyonlight",
      days=(("Fri", "2026-07-31"),),
      note="Offer letter via BambooHR with a signing deadline; no interview.")
def n36() -> bytes:
    body = t("""
        Hi Daniel,

        I'm thrilled to share that we'd like to offer you the position of Backend Engineer
        (Remote - EMEA) at Canyonlight! The whole panel was impressed, and we think you'll be a
        great addition to the platform team.

        Your offer letter is ready to review and sign in BambooHR. It covers compensation,
        equity, start date and benefits through our Irish employer-of-record partner.

        Please sign by Friday, July 31. If you have any questions, or would like to talk through
        anything, just reply here - happy to set up a call with Theo as well.

        Congratulations!
        Rachel Ostrander
        Talent Acquisition | Canyonlight
        """)
    return message(
        hdr(addr("Rachel Ostrander via BambooHR", "notifications@app.bamboohr.com"),
            "Your offer from Canyonlight", "2026-07-24 10:02", "America/Denver",
            reply_to=addr("Rachel Ostrander", "rachel.ostrander@canyonlight.com"),
            host="smtp.bamboohr.com", ip="198.2.130.44"),
        alt(text(body), html(_p(body))))


@mail(key(37), family="out_of_office", lang="de", interview=False, company="Isarwerk GmbH",
      days=(("Mon", "2026-11-02"),),
      note="German out-of-office auto-reply from the Isarwerk recruiter (reply to his message); a return date, no appointment.")
def n37() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Montag, 2. November 2026, nicht im Büro und habe nur
        eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an people@isarwerk.de.

        Viele Grüße
        Katrin Vogel
        People & Culture | Isarwerk GmbH
        """)
    return message(
        hdr(addr("Katrin Vogel", "katrin.vogel@isarwerk.de"), "Automatische Antwort: Re: Terminänderung",
            "2026-10-24 09:02", "Europe/Berlin", host="mail-fr2deu01.outbound.protection.outlook.com",
            ip="40.107.135.20", extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"))),
        text(body))


@mail(key(38), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-06-11"),),
      note="Google Calendar invite from a friend for five-a-side football (Europe/Dublin ICS); confirmed time, not an interview.")
def n38() -> bytes:
    body = t("""
        You have been invited to the following event.

        Five-a-side @ Irishtown
        Thursday 11 Jun 2026 ⋅ 7pm – 8pm (Irish Standard Time)

        Irishtown Stadium, Dublin 4

        Organiser: Cian Gallagher - cian.gallagher.ie@gmail.com

        lads it's €6 each, bring both jerseys

        Invitation from Google Calendar
        """)
    ics = cal(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        VTZ_HERE
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Dublin:20260611T190000
        DTEND;TZID=Europe/Dublin:20260611T200000
        DTSTAMP:{stamp("2026-06-08 13:11", "Europe/Dublin")}
        ORGANIZER;CN=Cian Gallagher:mailto:cian.gallagher.ie@gmail.com
        UID:7m2p0qv8d1k5b3h9s6e4c0t2ra@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
        LOCATION:Irishtown Stadium\\, Dublin 4
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Five-a-side @ Irishtown
        END:VEVENT
        END:VCALENDAR
        """, VTZ_DUBLIN)
    return message(
        hdr(addr("Cian Gallagher", "cian.gallagher.ie@gmail.com"),
            "Invitation: Five-a-side @ Irishtown @ Thu 11 Jun 2026 7pm - 8pm (IST) (daniel.okoro@example.net)",
            "2026-06-08 13:11", "Europe/Dublin", extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
            host="mail-sor-f69.google.com", ip="209.85.220.69"),
        alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@mail(key(39), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-06-23"),),
      note="Outlook meeting request from his current employer (Liffeyware) for quarterly planning, TZID 'GMT Standard Time'; not an interview.")
def n39() -> bytes:
    body = t("""
        When: Tuesday, June 23, 2026 2:00 PM-4:00 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Liffey Room (3rd floor) / Microsoft Teams Meeting

        Hi all - Q3 planning for the Ledger squad. Please bring your top 3 tech-debt items.
        Orla
        """)
    ics = cal(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        VTZ_HERE
        BEGIN:VEVENT
        ORGANIZER;CN=Orla Brennan:mailto:orla.brennan@liffeyware.ie
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Okoro:mailto:daniel.okoro@liffeyware.ie
        SUMMARY;LANGUAGE=en-IE:Q3 planning - Ledger squad
        DTSTART;TZID=GMT Standard Time:20260623T140000
        DTEND;TZID=GMT Standard Time:20260623T160000
        UID:040000008200E00074C5B7101A82E00800000000B1D2F3A4C5E6DC01000000000000000010000000C2D4E6F8A0B2C4D6E8F0A2B4C6D8E0F2
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp("2026-06-15 11:20", "Europe/Dublin")}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-IE:Liffey Room (3rd floor) / Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """, VTZ_GMT)
    return message(
        hdr(addr("Orla Brennan", "orla.brennan@liffeyware.ie"), "Q3 planning - Ledger squad", "2026-06-15 11:20",
            "Europe/Dublin", to=addr("Daniel Okoro", "daniel.okoro@liffeyware.ie"),
            host="mail-db8eur05on2100.outbound.protection.outlook.com", ip="40.107.20.100"),
        alt(text(body), calendar(ics, cte="base64")))


@mail(key(40), family="personal_appointment", lang="en", interview=False, company=None,
      days=(("Thu", "2026-05-14"),),
      note="GP surgery appointment confirmation (Dublin); confirmed time, not an interview.")
def n40() -> bytes:
    body = t("""
        Dear Daniel,

        Your appointment is confirmed.

        Practitioner: Dr Aisling Moran
        Date: Thursday 14 May 2026
        Time: 09:40
        Location: Ringsend Medical Centre, 22 Bridge Street, Dublin 4

        Please arrive 5 minutes early. If you can no longer attend, cancel at least 24 hours
        beforehand using the link in this email or call 01 555 0163.

        Ringsend Medical Centre (sent via HealthMail Bookings)
        """)
    return message(
        hdr(addr("Ringsend Medical Centre", "no-reply@bookings.healthmail-example.ie"),
            "Appointment confirmed - Thu 14 May, 09:40", "2026-05-11 16:02", "Europe/Dublin",
            host="smtp.healthmail-example.ie", ip="185.41.9.12"),
        text(body, cte="7bit", charset="us-ascii"))


@mail(key(41), family="press_interview", lang="en", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Look-alike: a tech community blog confirms an 'interview' with him as the subject of a profile piece; not a job interview.")
def n41() -> bytes:
    body = t("""
        Hi Daniel,

        Thanks so much for agreeing to be interviewed for our "Engineers of Dublin" series!
        Just confirming we're on for Wednesday 16 September at 10:00 at Two Pups on Francis
        Street - coffee's on us.

        We'll chat for about 45 minutes about your path into backend engineering and the talk
        you gave at the Python meetup, and Sorcha will take a few photos at the end.

        Looking forward to it,
        Eimear Walsh
        Editor, DubDev Community
        """)
    return message(
        hdr(addr("Eimear Walsh", "eimear@dubdev-community.ie"), "Engineers of Dublin interview - confirmed for Wednesday",
            "2026-09-10 13:45", "Europe/Dublin", host="mail-wr1-f48.google.com", ip="209.85.221.48"),
        alt(text(body), html(gmail_html(body))))


@mail(key(42), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Fri", "2026-05-29"),),
      note="Look-alike: Outlook request from his current employer putting him on an interview panel for another candidate; he is the interviewer.")
def n42() -> bytes:
    body = t("""
        When: Friday, May 29, 2026 3:00 PM-4:00 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Daniel - thanks for joining the panel. You're covering the system design part.
        Candidate CV and scorecard are in Greenhouse; please submit feedback within 24h.

        Shauna Kelly | Talent Partner | Liffeyware
        """)
    ics = cal(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        VTZ_HERE
        BEGIN:VEVENT
        ORGANIZER;CN=Shauna Kelly:mailto:shauna.kelly@liffeyware.ie
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Okoro:mailto:daniel.okoro@liffeyware.ie
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ruairi Byrne:mailto:ruairi.byrne@liffeyware.ie
        SUMMARY;LANGUAGE=en-IE:Interview panel: Aoife Brennan - Senior Backend Engineer (system design)
        DTSTART;TZID=GMT Standard Time:20260529T150000
        DTEND;TZID=GMT Standard Time:20260529T160000
        UID:040000008200E00074C5B7101A82E00800000000E4F5A6B7C8D9DC01000000000000000010000000D3E5F7A9B1C3D5E7F9A1B3C5D7E9F1A3
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp("2026-05-22 09:35", "Europe/Dublin")}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
        END:VEVENT
        END:VCALENDAR
        """, VTZ_GMT)
    return message(
        hdr(addr("Shauna Kelly", "shauna.kelly@liffeyware.ie"),
            "Interview panel: Aoife Brennan - Senior Backend Engineer (system design)", "2026-05-22 09:35",
            "Europe/Dublin", to=addr("Daniel Okoro", "daniel.okoro@liffeyware.ie"),
            cc=addr("Ruairi Byrne", "ruairi.byrne@liffeyware.ie"),
            host="mail-db8eur05on2100.outbound.protection.outlook.com", ip="40.107.20.100"),
        alt(text(body), calendar(ics, cte="base64")))


@mail(key(43), family="mock_interview", lang="fr", interview=False, company=None,
      days=(("Tue", "2026-03-03"),),
      note="Look-alike: alumni association confirms a mock interview ('simulation d'entretien') with a volunteer coach; not a job interview.")
def n43() -> bytes:
    body = t("""
        Bonjour Daniel,

        Votre simulation d'entretien d'embauche est confirmée !

        Date : mardi 3 mars 2026, 18h30 (heure de Paris)
        Durée : 45 minutes, suivies de 15 minutes de débrief
        Coach bénévole : Hélène Marchal, ancienne DRH dans le secteur bancaire
        Lien : https://meet.jit.si/alumni-rhone-simu-0303

        Pensez à envoyer votre CV à jour et l'offre visée au plus tard 48 h avant la séance.

        Le pôle Carrières
        Réseau Alumni Rhône Ingénieurs
        """)
    return message(
        hdr(addr("Réseau Alumni Rhône Ingénieurs", "carrieres@alumni-rhone-ing.fr"),
            "Confirmation : votre simulation d'entretien du 3 mars", "2026-02-24 11:00", "Europe/Paris",
            host="smtp.alumni-rhone-ing.fr", ip="91.121.44.8"),
        alt(text(body, charset="iso-8859-1"), html(_p(body), charset="iso-8859-1")))


@mail(key(44), family="newsletter_tips", lang="nl", interview=False, company=None,
      note="Dutch career newsletter (HTML only) with job interview tips; no appointment.")
def n44() -> bytes:
    body = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:14px">
        <table width="600" align="center" cellpadding="12"><tr><td>
        <h2>Werkstart Weekly &ndash; editie 19</h2>
        <p><b>Deze 7 vragen krijg je in elk sollicitatiegesprek</b><br>
        &ldquo;Vertel eens iets over jezelf&rdquo; blijft de klassieker. Zo bereid je je antwoord voor in drie zinnen.</p>
        <p><b>Online gesprek? Check je camera om 9:55, niet om 9:59</b><br>
        Onze checklist voor een videogesprek zonder haperingen.</p>
        <p><b>Salarisonderhandeling voor developers</b> &ndash; webinar op donderdagavond, aanmelden via de site.</p>
        <p style="font-size:11px;color:#777">Je ontvangt deze mail omdat je je hebt aangemeld op werkstart.nl. Afmelden</p>
        </td></tr></table></body></html>
        """)
    return message(
        hdr(addr("Werkstart", "nieuwsbrief@werkstart.nl"), "Deze 7 vragen krijg je in elk sollicitatiegesprek",
            "2026-05-13 06:30", "Europe/Amsterdam", host="mta2.mailplus.nl", ip="185.63.12.4"),
        html(body))


@mail(key(45), family="application_receipt", lang="it", interview=False, company="Ventolino",
      note="Workable application receipt in Italian (8bit latin-1), weeks before the Ventolino interview; no time.")
def n45() -> bytes:
    body = t("""
        Ciao Daniel,

        grazie per esserti candidato alla posizione di Senior Backend Developer presso
        Ventolino S.r.l. Abbiamo ricevuto la tua candidatura e la valuteremo con attenzione.

        Se il tuo profilo sarà in linea con quanto cerchiamo, ti contatteremo per fissare un
        primo colloquio. In caso contrario, riceverai comunque una nostra risposta.

        Un saluto,
        il team HR di Ventolino
        """)
    return message(
        hdr(addr("Ventolino S.r.l.", "ventolino-srl@workablemail.com"), "Grazie per la tua candidatura - Ventolino",
            "2026-08-18 09:12", "Europe/Rome", charset="iso-8859-1",
            reply_to="ventolino-srl+e41b07c2@candidates.workablemail.com", host="mail1.workablemail.com",
            ip="50.31.156.12"),
        text(body, charset="iso-8859-1", cte="8bit"))


@mail(key(46), family="talent_pool", lang="sv", interview=False, company="Fjällsta Energi",
      note="Teamtailor talent-pool welcome in Swedish ('Tack för att du gick med i vår talangpool'); no interview.")
def n46() -> bytes:
    body = t("""
        Hej Daniel!

        Tack för att du gick med i vår talangpool på Fjällsta Energi. Vi hör av oss när en
        tjänst som passar din profil (backend, Python, Go) dyker upp.

        Under tiden kan du läsa mer om hur det är att jobba hos oss och om vår
        rekryteringsprocess – från första intervjun till erbjudandet – på karriärsidan.

        Vänliga hälsningar,
        Fjällsta Energi
        """)
    return message(
        hdr(addr("Fjällsta Energi", "no-reply@teamtailor-mail.com"), "Välkommen till vår talangpool!",
            "2026-01-27 14:22", "Europe/Stockholm", host="mail.teamtailor-mail.com", ip="35.158.20.77"),
        alt(text(body), html(_p(body))))


@mail(key(47), family="availability_request", lang="en", interview=False, company="Meridian Pay",
      days=(("Mon", "2026-08-10"), ("Wed", "2026-08-12")),
      note="Singapore recruiter asks for 2-3 slots for the second round (after the first interview); no time fixed.")
def n47() -> bytes:
    body = t("""
        Hi Daniel,

        Thank you for your time with Arjun last week - he'd like to invite you to the second
        round, a 60-minute technical deep dive with two engineers from the Payments Core team.

        Could you share 2-3 slots that work for you between Monday 10 August and Wednesday
        12 August, anywhere between 2pm and 6pm Singapore time (7am-11am Irish time)? I'll
        lock one in with the panel once I hear back.

        Best regards,
        Wei Ling Tan
        Senior Consultant, Technology
        Straits Talent Partners Pte Ltd
        """)
    return message(
        hdr(addr("Wei Ling Tan", "weiling.tan@straitstalent.sg"), "Meridian Pay - 2nd round availability",
            "2026-08-03 17:40", "Asia/Singapore", host="mail-sg2apc01on2130.outbound.protection.outlook.com",
            ip="40.107.215.130"),
        alt(text(body), html(_p(body))))


@mail(key(48), family="one_way_video", lang="en", interview=False, company="Northstar Mutual",
      days=(("Sun", "2026-02-08"),),
      note="HireVue one-way (on-demand) video interview 'complete by Sunday, February 8 at 11:59 PM'; a deadline, no live appointment.")
def n48() -> bytes:
    body = t("""
        Hello Daniel,

        Thank you for your interest in the Software Engineer - Claims Platform position at
        Northstar Mutual. As the next step, we invite you to complete an on-demand video
        interview through HireVue.

        You will answer 5 questions on your own time; there is no live interviewer. Each answer
        can be up to 3 minutes long, with one practice question beforehand.

        Please complete your interview by Sunday, February 8 at 11:59 PM Eastern Time.

        Start your interview: https://app.hirevue.com/interviews/nsm-8Xk2Qw

        Best of luck,
        Northstar Mutual Talent Acquisition
        """)
    return message(
        hdr(addr("Northstar Mutual", "noreply@hirevue.com"), "Northstar Mutual: complete your video interview",
            "2026-02-02 10:15", "America/New_York", host="mail.hirevue.com", ip="52.0.188.17"),
        alt(text(body), html(_p(body))))


@mail(key(49), family="slot_proposal", lang="fr", interview=False, company="Lumière Data",
      days=(("Tue", "2026-06-09"), ("Wed", "2026-06-10")),
      note="French recruiter proposes two slots ('mardi 9 juin à 10h ou mercredi 10 juin à 15h ?'); nothing confirmed yet.")
def n49() -> bytes:
    body = t("""
        Bonjour Daniel,

        Merci pour votre candidature au poste d'Ingénieur backend senior chez Lumière Data.
        Votre profil a retenu notre attention et nous aimerions organiser un premier entretien
        d'environ 30 minutes en visio.

        Seriez-vous disponible mardi 9 juin à 10h ou mercredi 10 juin à 15h (heure de Paris) ?
        Si aucun de ces créneaux ne vous convient, n'hésitez pas à m'en proposer d'autres.

        Bien à vous,
        Inès Benali
        Talent Acquisition — Lumière Data
        """)
    return message(
        hdr(addr("Inès Benali", "ines.benali@lumieredata.fr"), "Candidature Ingénieur backend senior – premier échange",
            "2026-06-03 14:26", "Europe/Paris", host="mail-ed1-f53.google.com", ip="209.85.208.53"),
        alt(text(body), html(gmail_html(body))))


@mail(key(50), family="job_fair", lang="en", interview=False, company=None,
      days=(("Thu", "2026-06-04"),),
      note="Registration confirmation for a virtual tech career fair (Toronto organiser) with a fixed time; not an interview.")
def n50() -> bytes:
    body = t("""
        You're registered!

        Hi Daniel,

        Thanks for registering for the Northern Lights Virtual Tech Career Fair.

        Date: Thursday, June 4, 2026
        Time: 12:00 PM - 4:00 PM ET
        Where: online - your personal join link will arrive 24 hours before the event

        Over 40 employers from Canada, Ireland and the UK will be hosting booths, and some will
        run on-the-spot screening chats. Tip: upload your resume to your profile so employers can
        see it before the fair.

        See you there,
        The Northern Lights Careers team
        """)
    return message(
        hdr(addr("Northern Lights Careers", "events@northernlightscareers.ca"),
            "You're registered: Northern Lights Virtual Tech Career Fair (June 4)", "2026-05-21 09:00",
            "America/Toronto", host="mail.northernlightscareers.ca", ip="142.44.136.9"),
        alt(text(body), html(_p(body))))
