"""blind316: a blind 50-mail held-out set, the inbox of Marisol Vega, food-safety supervisor at a
fruit-packing plant in Yakima, Washington (America/Los_Angeles), September to December 2026.

Written by a helper session that read only bench/heldout/make.py, make_blind.py, the introduction
and the Mix / label-convention / traps / judgement-call sections of bench/heldout/README.md, the dev
corpus README, dev/labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the detector,
its tests or fixtures, any other held-out set or mails_*.py file, and never ran the detector.
Every mail below is written by hand, one function per mail; make.py does the MIME plumbing.
Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), keys 24-50 negatives.
"""

from __future__ import annotations

import hashlib
import html as _html
import random

import make
from make import t

SET = "blind316"
ORDER = random.Random(3160316).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


OWNER = "marisol.vega@example.org"
ME = make.addr("Marisol Vega", OWNER)
PT = "America/Los_Angeles"
MT = "America/Boise"
CT = "America/Chicago"
ET = "America/New_York"


def _h(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode(), usedforsecurity=False).hexdigest()[:n]


def mid(seed: str, domain: str) -> str:
    return f"<{_h(seed, 24)}@{domain}>"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, relay: str, *, to: str = ME,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, one Received from the sending relay, then the usual headers."""
    rcv = make.received(f"from {relay}", when, zone, f"mx2.example.org with ESMTPS id {_h(msgid, 12)}", OWNER)
    return [("Delivered-To", OWNER), ("Received", rcv), ("From", frm), ("To", to),
            ("Subject", make.enc(subject, charset)), ("Date", make.date(when, zone)), ("Message-ID", msgid),
            *extra]


def paras(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222",
          charset: str = "utf-8") -> str:
    """A plain HTML twin of a text body: one <p> per paragraph."""
    blocks = body.strip("\n").split("\n\n")
    ps = ["<p>" + "<br>\n".join(_html.escape(x) for x in b.split("\n")) + "</p>" for b in blocks]
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset={charset}"></head>\n<body style="{style}">\n' + "\n".join(ps) + "\n</body></html>\n")


VTZ_PACIFIC_WIN = """BEGIN:VTIMEZONE
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

VTZ_LA = """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
X-LIC-LOCATION:America/Los_Angeles
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_BOISE = """BEGIN:VTIMEZONE
TZID:America/Boise
X-LIC-LOCATION:America/Boise
BEGIN:DAYLIGHT
TZOFFSETFROM:-0700
TZOFFSETTO:-0600
TZNAME:MDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
TZNAME:MST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives: scheduled


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-14T17:00:00Z", end="2026-09-14T17:45:00Z",
           contact="kendra.ostrowski@cascadeorchardpackers.com", company="Cascade Orchard Packers",
           local="Mon 2026-09-14 10:00", local_end="2026-09-14 10:45", zone=PT,
           note="Greenhouse confirmation, 'Monday, September 14, 2026 10:00 AM - 10:45 AM PDT' (Wenatchee, "
                "Pacific daylight time, UTC-7); contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hi Marisol,

        Thanks for confirming your availability. Your video interview for the Food Safety &
        Quality Manager position at Cascade Orchard Packers is scheduled:

        Monday, September 14, 2026
        10:00 AM - 10:45 AM PDT

        Interviewer: Luis Barragan, Director of Operations
        Location: Zoom - https://zoom.us/j/84419027763?pwd=cop-fsqm

        Luis will want to talk through your experience with PrimusGFS audits and the apple
        packing line sanitation program you mentioned in your application.

        If anything comes up, just reply to this email and it will reach me.

        Best,
        Kendra Ostrowski
        Talent Acquisition, Cascade Orchard Packers
        Wenatchee, WA
        """)
    msgid = mid("b316-01", "us.greenhouse-mail.io")
    hs = head(make.addr("Cascade Orchard Packers", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Food Safety & Quality Manager - Cascade Orchard Packers",
              "2026-09-08 10:14", PT, msgid, "mail-sor-f41.greenhouse-mail.io (mail-sor-f41.greenhouse-mail.io [198.51.100.41])",
              extra=(("Reply-To", make.addr("Kendra Ostrowski", "kendra.ostrowski@cascadeorchardpackers.com")),))
    return make.message(hs, make.alt(make.text(body), make.html(paras(body))))


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-09-23T20:30:00Z", end="2026-09-23T21:15:00Z",
           contact="trent.adebayo@palousegrain.com", company="Palouse Grain Co.",
           local="Wed 2026-09-23 13:30", local_end="2026-09-23 14:15", zone=PT,
           note="Lever confirmation from no-reply with recruiter Reply-To; 'Wednesday, September 23 at 1:30pm - "
                "2:15pm PDT' (Spokane, Pacific daylight time)")
def m02() -> bytes:
    body = t("""
        Hi Marisol,

        You're all set! Here are the details for your upcoming interview with Palouse Grain Co.

        Role: Quality Assurance Supervisor - Spokane Mill
        When: Wednesday, September 23 at 1:30pm - 2:15pm PDT
        Where: Phone call - Trent will call you at the number on your application
        With: Trent Adebayo (Recruiting Manager), Sheila Marchetti (Mill QA Lead)

        Need to make a change? Reply to this message and we'll help.

        Palouse Grain Co. Recruiting Team
        """)
    msgid = mid("b316-02", "hire.lever.co")
    hs = head(make.addr("Palouse Grain Co.", "no-reply@hire.lever.co"),
              "Interview confirmed with Palouse Grain Co.", "2026-09-17 15:40", PT, msgid,
              "a27-18.smtp-out.us-west-2.amazonses.com (a27-18.smtp-out.us-west-2.amazonses.com [54.240.27.18])",
              extra=(("Reply-To", make.addr("Trent Adebayo", "trent.adebayo@palousegrain.com")),))
    return make.message(hs, make.alt(make.text(body), make.html(paras(body))))


@make.mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T15:00:00Z", end="2026-10-08T16:00:00Z",
           contact="renata.holloway@snakeriverfoods.com", company="Snake River Foods",
           local="Thu 2026-10-08 09:00", local_end="2026-10-08 10:00", zone=MT,
           note="Workday HTML-only (base64); '10/08/2026 9:00 AM - 10:00 AM MDT' at a Boise employer (Mountain "
                "daylight, UTC-6), an hour ahead of the candidate; contact = recruiter address in the body")
def m03() -> bytes:
    page = t("""
        <html><head><meta charset="UTF-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#00543c;padding:18px;color:#fff;font-size:18px">Snake River Foods Careers</td></tr>
        <tr><td style="padding:24px">
        <p>Dear Marisol Vega,</p>
        <p>Thank you for your interest in the <b>Plant Food Safety Manager - Nampa, ID</b> position (R-20417).
        An interview has been scheduled for you.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Interview Date</b></td><td>10/08/2026</td></tr>
        <tr><td><b>Time</b></td><td>9:00 AM - 10:00 AM MDT</td></tr>
        <tr><td><b>Format</b></td><td>Microsoft Teams (link to follow from the hiring team)</td></tr>
        <tr><td><b>Interviewers</b></td><td>Curtis Maddox, Plant Manager; Renata Holloway, HR Business Partner</td></tr>
        </table>
        <p>If you have questions before your interview, please contact Renata Holloway at
        <a href="mailto:renata.holloway@snakeriverfoods.com">renata.holloway@snakeriverfoods.com</a>.</p>
        <p>You can review this interview at any time from the Candidate Home page.</p>
        <p style="color:#888;font-size:12px">This message was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    msgid = mid("b316-03", "myworkday.com")
    hs = head(make.addr("Snake River Foods", "snakeriverfoods@myworkday.com"),
              "Interview Scheduled - Plant Food Safety Manager - Nampa, ID", "2026-10-02 08:20", MT, msgid,
              "wd5-mta02.myworkday.com (wd5-mta02.myworkday.com [203.0.113.52])")
    return make.message(hs, make.html(page, cte="base64"))


@make.mail(N(4), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-09-29T16:00:00Z", end="2026-09-29T16:45:00Z",
           contact="priya@freshtrace.io", company="FreshTrace",
           local="Tue 2026-09-29 12:00", local_end="2026-09-29 12:45", zone=ET,
           note="Ashby confirmation for a remote role; '12:00 - 12:45 PM EDT (9:00 - 9:45 AM PDT)', both agree; "
                "ICS with TZID America/New_York; contact = Reply-To / ORGANIZER")
def m04() -> bytes:
    body = t("""
        Hi Marisol,

        Your interview with FreshTrace is confirmed.

        Customer Success Lead, Food Safety (Remote - US)
        Tuesday, September 29 · 12:00 – 12:45 PM EDT (9:00 – 9:45 AM PDT)
        Google Meet: https://meet.google.com/fkq-ware-tpz

        You'll meet:
          Priya Raman — Head of Customer Success
          Jonah Feld — Solutions Engineer

        A calendar invitation is attached. If you need to reschedule, reply to this email.

        The FreshTrace Team
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + make.VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:ashby-7c1e52d0-4a0b-49d6-9d61-b316f04
        DTSTAMP:20260924T180312Z
        DTSTART;TZID=America/New_York:20260929T120000
        DTEND;TZID=America/New_York:20260929T124500
        SEQUENCE:0
        SUMMARY:FreshTrace – Customer Success Lead Interview (Marisol Vega)
        LOCATION:https://meet.google.com/fkq-ware-tpz
        ORGANIZER;CN=Priya Raman:mailto:priya@freshtrace.io
        ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marisol.vega@example.org
        ATTENDEE;CN=Jonah Feld;ROLE=REQ-PARTICIPANT:mailto:jonah@freshtrace.io
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<010101927f3a1c08-b316-4e04-8f61-2c44d1a0e9b7-000000@email.amazonses.com>"
    hs = head(make.addr("FreshTrace", "no-reply@ashbyhq.com"),
              "Interview confirmed: Customer Success Lead, Food Safety at FreshTrace", "2026-09-24 14:03", ET,
              msgid, "a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])",
              extra=(("Reply-To", make.addr("Priya Raman", "priya@freshtrace.io")),))
    return make.message(hs, make.mixed(
        make.alt(make.text(body, cte="base64"), make.html(paras(body), cte="base64")),
        make.calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(5), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-10-09T15:30:00Z", end="2026-10-09T16:30:00Z",
           contact="holly.brandvold@cbcoldstorage.com", company="Columbia Basin Cold Storage",
           local="Fri 2026-10-09 08:30", local_end="2026-10-09 09:30", zone=PT,
           note="SmartRecruiters, windows-1252 QP; on-site in Moses Lake 'Friday, October 9, 2026, 8:30 AM - "
                "9:30 AM (Pacific Time)' = PDT; contact = Reply-To hiring manager")
def m05() -> bytes:
    body = t("""
        Dear Marisol,

        We are pleased to confirm your interview for the position of Sanitation & Food Safety
        Superintendent at Columbia Basin Cold Storage.

        Date & time: Friday, October 9, 2026, 8:30 AM – 9:30 AM (Pacific Time)
        Location: Columbia Basin Cold Storage – Plant 2, 9120 Road N NE, Moses Lake, WA 98837
        Ask for: Holly Brandvold at the front office

        Please wear closed-toe shoes; we’ll walk part of the CA storage rooms and the packing line,
        and hairnets and frocks will be provided.

        Kind regards,
        Holly Brandvold
        Plant Manager – Moses Lake
        Columbia Basin Cold Storage
        """)
    msgid = mid("b316-05", "smartrecruiters.com")
    hs = head(make.addr("Columbia Basin Cold Storage", "noreply@smartrecruiters.com"),
              "Interview confirmation – Sanitation & Food Safety Superintendent", "2026-10-05 09:12", PT,
              msgid, "mta-12.smartrecruiters.com (mta-12.smartrecruiters.com [198.51.100.112])",
              extra=(("Reply-To", make.addr("Holly Brandvold", "holly.brandvold@cbcoldstorage.com")),),
              charset="windows-1252")
    return make.message(hs, make.alt(make.text(body, charset="windows-1252"),
                                     make.html(paras(body, charset="windows-1252"), charset="windows-1252")))


@make.mail(N(6), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-10-14T18:00:00Z", end="2026-10-14T19:00:00Z",
           contact="owen.fairbanks@nwproduce.org", company="Northwest Produce Alliance",
           local="Wed 2026-10-14 11:00", local_end="2026-10-14 12:00", zone=PT,
           note="iCIMS HTML-only, US date '10/14/2026', '11:00 AM Pacific Time', 'Duration: 60 minutes' -> end; "
                "Portland, PDT; contact = recruiter address in the body")
def m06() -> bytes:
    page = t("""
        <html>
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Verdana,Geneva,sans-serif;font-size:13px">
        <div style="border-bottom:3px solid #6a8d2f;padding:8px 0"><img src="https://careers-nwproduce.icims.com/logo.png" alt="Northwest Produce Alliance"></div>
        <p>Hello Marisol,</p>
        <p>Thank you for your interest in the <strong>Director, Food Safety Programs</strong> role (Req ID 2026-1184).
        We are pleased to confirm the following interview:</p>
        <table border="0" cellpadding="3">
        <tr><td>Date:</td><td>10/14/2026</td></tr>
        <tr><td>Time:</td><td>11:00 AM Pacific Time</td></tr>
        <tr><td>Duration:</td><td>60 minutes</td></tr>
        <tr><td>Type:</td><td>Microsoft Teams video interview</td></tr>
        <tr><td>Panel:</td><td>Gwen Taliaferro (VP, Member Services), Owen Fairbanks (Recruiter)</td></tr>
        </table>
        <p>Join link: <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWPA1184">Click here to join the meeting</a></p>
        <p>Your recruiter for this position is Owen Fairbanks, <a href="mailto:owen.fairbanks@nwproduce.org">owen.fairbanks@nwproduce.org</a>, 503-555-0148.</p>
        <p>Sincerely,<br>Northwest Produce Alliance Talent Acquisition<br>Portland, Oregon</p>
        <p style="font-size:10px;color:#999">Please do not reply to this automated message.</p>
        </body>
        </html>
        """)
    msgid = mid("b316-06", "talent.icims.com")
    hs = head(make.addr("Northwest Produce Alliance", "nwproducealliance@talent.icims.com"),
              "Interview Confirmation - Director, Food Safety Programs", "2026-10-08 16:45", PT, msgid,
              "mail3.icims.com (mail3.icims.com [203.0.113.73])")
    return make.message(hs, make.html(page))


@make.mail(N(7), family="workable", lang="es", interview=True, kind="scheduled",
           start="2026-09-17T16:00:00Z", end="2026-09-17T16:45:00Z",
           contact="lucia.mendoza@frutasdelvalle.com", company="Frutas del Valle",
           local="Thu 2026-09-17 09:00", local_end="2026-09-17 09:45", zone=PT,
           note="Workable in Spanish: 'jueves 17 de septiembre de 2026, 9:00 a. m. (hora del Pacífico)', "
                "'duración: 45 minutos' -> end; Reply-To is a Workable relay, contact = address in the body")
def m07() -> bytes:
    body = t("""
        Hola Marisol:

        Gracias por tu interés en el puesto de Coordinadora de Inocuidad Alimentaria en Frutas del
        Valle. Te confirmamos tu entrevista:

        Fecha: jueves 17 de septiembre de 2026
        Hora: 9:00 a. m. (hora del Pacífico)
        Duración: 45 minutos
        Lugar: Oficinas de Frutas del Valle, 1810 S 1st St, Yakima, WA (entrada por el estacionamiento
        de empleados)

        Te entrevistarán Lucía Mendoza (Recursos Humanos) y Arturo Peña (Gerente de Planta).
        Por favor trae una copia de tus certificados de PCQI y HACCP.

        Si tienes alguna pregunta, escríbele directamente a Lucía: lucia.mendoza@frutasdelvalle.com

        ¡Nos vemos pronto!
        El equipo de Frutas del Valle
        """)
    msgid = mid("b316-07", "workablemail.com")
    hs = head(make.addr("Frutas del Valle", "frutas-del-valle@candidates.workablemail.com"),
              "Confirmación de entrevista – Coordinadora de Inocuidad Alimentaria", "2026-09-11 10:30", PT,
              msgid, "mail-205.workablemail.com (mail-205.workablemail.com [198.51.100.205])",
              extra=(("Reply-To", "frutas-del-valle+c6d81f2a9e@candidates.workablemail.com"),))
    return make.message(hs, make.alt(make.text(body, cte="base64"), make.html(paras(body), cte="base64")))


@make.mail(N(8), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start="2026-10-26T16:00:00Z", end="2026-10-26T16:45:00Z",
           contact="elin.sandberg@nordkyl.se", company="Nordkyl Systems",
           local="Mon 2026-10-26 17:00", local_end="2026-10-26 17:45", zone="Europe/Stockholm",
           note="Teamtailor from Stockholm, 'Monday 26 October, 17:00-17:45 (Stockholm time)': Sweden is back on "
                "CET (UTC+1) since 25 October while the mail is sent in CEST and Yakima is still PDT, so "
                "16:00Z = 9:00 PDT; ICS TZID Europe/Stockholm agrees; contact = Reply-To / ORGANIZER")
def m08() -> bytes:
    body = t("""
        Hi Marisol,

        Thanks for booking a time with us! Here's a summary of your interview for the role
        Food Safety Solutions Specialist, North America (remote).

        Monday 26 October 2026
        17:00–17:45 (Stockholm time)
        Video: https://meet.teamtailor.com/nordkyl/v/8Hq2Lw

        You will meet Elin Sandberg (Talent Partner) and Mikael Ek (Product Owner, Cold Chain
        Monitoring). The calendar invite is attached — it should show up in your own time zone.

        Best regards,
        Elin Sandberg
        Nordkyl Systems AB, Stockholm
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//EN
        METHOD:REQUEST
        """) + make.VTZ["Europe/Stockholm"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-interview-5521907@teamtailor.com
        DTSTAMP:20261021T111000Z
        DTSTART;TZID=Europe/Stockholm:20261026T170000
        DTEND;TZID=Europe/Stockholm:20261026T174500
        SUMMARY:Interview: Food Safety Solutions Specialist - Nordkyl Systems
        LOCATION:https://meet.teamtailor.com/nordkyl/v/8Hq2Lw
        ORGANIZER;CN=Elin Sandberg:mailto:elin.sandberg@nordkyl.se
        ATTENDEE;CN=Marisol Vega;RSVP=TRUE:mailto:marisol.vega@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = mid("b316-08", "teamtailor-mail.com")
    hs = head(make.addr("Nordkyl Systems", "no-reply@teamtailor-mail.com"),
              "Interview booked: Food Safety Solutions Specialist, North America", "2026-10-21 13:10",
              "Europe/Stockholm", msgid, "mail-eu1.teamtailor-mail.com (mail-eu1.teamtailor-mail.com [192.0.2.81])",
              extra=(("Reply-To", make.addr("Elin Sandberg", "elin.sandberg@nordkyl.se")),))
    return make.message(hs, make.mixed(
        make.alt(make.text(body), make.html(paras(body))),
        make.calendar(ics, method=None, ctype="application/ics", cte="base64", filename="interview.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(9), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-10T17:00:00Z", end="2026-11-10T19:30:00Z",
           contact="dana.pruitt@rosecityprovisions.com", company="Rose City Provisions",
           local="Tue 2026-11-10 09:00", local_end="2026-11-10 11:30", zone=PT,
           note="GoodTime itinerary, three back-to-back sessions 9:00-11:30 AM PST (Portland, after the 1 November "
                "change): start = first session, end = last; contact = coordinator Reply-To")
def m09() -> bytes:
    body = t("""
        Hi Marisol,

        Your virtual onsite with Rose City Provisions is confirmed. All times are Pacific Standard
        Time (PST).

        Tuesday, November 10, 2026

          9:00 AM - 9:45 AM   Plant Operations       Walt Brennan, Plant Manager
          10:00 AM - 10:45 AM Quality & Food Safety  Dr. Ada Nwosu, Director of Quality
          11:00 AM - 11:30 AM People Team            Dana Pruitt, Recruiting Coordinator

        Each session has its own Zoom link in the calendar invitations you'll receive from each
        interviewer. Please keep the full block free in case a session runs a few minutes over.

        Questions? Reply here and I'll get back to you.

        Dana Pruitt
        Recruiting Coordinator | Rose City Provisions
        Portland, OR
        """)
    msgid = mid("b316-09", "goodtime.io")
    hs = head(make.addr("Rose City Provisions Recruiting", "scheduling@goodtime.io"),
              "Your interview schedule with Rose City Provisions - Tue, Nov 10", "2026-11-04 10:00", PT, msgid,
              "o1.email.goodtime.io (o1.email.goodtime.io [198.51.100.9])",
              extra=(("Reply-To", make.addr("Dana Pruitt", "dana.pruitt@rosecityprovisions.com")),))
    return make.message(hs, make.alt(make.text(body), make.html(paras(body))))


@make.mail(N(10), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T17:00:00Z", end="2026-11-03T17:30:00Z",
           contact="gabe@summitfsp.com", company="Summit Food Safety Partners",
           local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:30", zone=PT,
           note="Calendly invitee confirmation sent Thu 29 Oct in PDT for Tue 3 Nov, after the US change: "
                "9:00am Pacific = PST (UTC-8) = 17:00Z; contact = host Reply-To")
def m10() -> bytes:
    body = t("""
        Hi Marisol Vega,

        Your Food Safety Consultant - Interview with Gabe Lindqvist is scheduled.

        Event Type:
        Food Safety Consultant - Interview

        Invitee:
        Marisol Vega

        Invitee Email:
        marisol.vega@example.org

        Event Date/Time:
        09:00am - 09:30am, Tuesday, November 3, 2026 (Pacific Time - US & Canada)

        Location:
        This is a Zoom web conference. https://us06web.zoom.us/j/87120336541

        Questions:
        Anything you'd like Gabe to know beforehand?
        Current role: food safety supervisor, apple/pear packing, SQF practitioner.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8d1f7a2e-b316
        Reschedule: https://calendly.com/reschedulings/8d1f7a2e-b316

        Powered by Calendly.com
        """)
    msgid = mid("b316-10", "calendly.com")
    hs = head(make.addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Food Safety Consultant - Interview with Gabe Lindqvist on Tuesday, November 3, 2026",
              "2026-10-29 20:14", PT, msgid, "o7.sg.calendly.com (o7.sg.calendly.com [167.89.0.7])",
              extra=(("Reply-To", make.addr("Gabe Lindqvist", "gabe@summitfsp.com")),))
    return make.message(hs, make.alt(make.text(body), make.html(paras(body))))


@make.mail(N(11), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-09-24T21:00:00Z", end="2026-09-24T21:30:00Z",
           contact=None, company="Evergreen Fresh Cooperative",
           local="Thu 2026-09-24 14:00", local_end="2026-09-24 14:30", zone=PT,
           note="Microsoft Bookings from a shared mailbox; the body shows '(UTC-08:00) Pacific Time (US & Canada)' "
                "in September, which is PDT (UTC-7); ICS TZID Pacific Standard Time confirms 21:00Z; staff named "
                "without an address -> contact null")
def m11() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252424">
        <p style="font-size:20px">Your booking is confirmed</p>
        <p>Hello Marisol Vega,</p>
        <p>Thank you for booking with Evergreen Fresh Careers. Your appointment details are below.</p>
        <table cellpadding="4">
        <tr><td><b>Service</b></td><td>Phone interview - Food Safety Technician III</td></tr>
        <tr><td><b>Date and time</b></td><td>Thursday, September 24, 2026 2:00 PM - 2:30 PM (UTC-08:00) Pacific Time (US &amp; Canada)</td></tr>
        <tr><td><b>Staff</b></td><td>Maria T.</td></tr>
        <tr><td><b>Location</b></td><td>We will call you at the number you provided</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/EvergreenFreshCareers@evergreenfresh.coop/bookings/">Manage booking</a></p>
        <p>Evergreen Fresh Cooperative &middot; Wenatchee, WA</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_PACIFIC_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Evergreen Fresh Careers:mailto:EvergreenFreshCareers@evergreenfresh.coop
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Vega:mailto:marisol.vega@example.org
        SUMMARY;LANGUAGE=en-US:Phone interview - Food Safety Technician III
        DTSTART;TZID=Pacific Standard Time:20260924T140000
        DTEND;TZID=Pacific Standard Time:20260924T143000
        UID:040000008200E00074C5B7101A82E00800000000B316110000000000000000100000009C
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260918T183000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Phone
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<BY5PR11MB4021B316A11C2E9F0D5E7C19A4E12@BY5PR11MB4021.namprd11.prod.outlook.com>"
    hs = head(make.addr("Evergreen Fresh Careers", "EvergreenFreshCareers@evergreenfresh.coop"),
              "Booking confirmed: Phone interview - Food Safety Technician III", "2026-09-18 11:30", PT, msgid,
              "NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2101.outbound.protection.outlook.com [40.107.236.101])")
    return make.message(hs, make.alt(make.html(page), make.calendar(ics, cte="base64")))


@make.mail(N(12), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-11-05T18:00:00Z", end="2026-11-05T19:00:00Z",
           contact="doug.kessler@tcpotato.com", company="Tri-Cities Potato Processors",
           local="Thu 2026-11-05 10:00", local_end="2026-11-05 11:00", zone=PT,
           note="Exchange/Teams meeting request sent Fri 30 Oct (PDT) for Thu 5 Nov, after the US change; "
                "TZID 'Pacific Standard Time' with VTIMEZONE, 10:00 PST = 18:00Z; contact = ORGANIZER/sender")
def m12() -> bytes:
    body = t("""
        Marisol,

        Great talking with you on the phone last week. Sending over a Teams invite for the second
        interview with me and our QA manager, Vicky Lam. Plan on an hour. We'll go through a
        mock recall scenario together, nothing to prepare ahead.

        Doug

        Doug Kessler | Plant Manager, Pasco
        Tri-Cities Potato Processors
        509-555-0131

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting
        Meeting ID: 231 448 907 112
        Passcode: q7TmZ2
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_PACIFIC_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Doug Kessler:mailto:doug.kessler@tcpotato.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Vega:mailto:marisol.vega@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Vicky Lam:mailto:vicky.lam@tcpotato.com
        DESCRIPTION;LANGUAGE=en-US:Marisol\\, great talking with you on the phone last week.
        SUMMARY;LANGUAGE=en-US:Interview - Marisol Vega / Food Safety Manager
        DTSTART;TZID=Pacific Standard Time:20261105T100000
        DTEND;TZID=Pacific Standard Time:20261105T110000
        UID:040000008200E00074C5B7101A82E008000000004B316C12A88DD01000000000000000010000000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261030T222200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<SJ0PR13MB5755E2B316C0A41F7D2E88C1B7A22@SJ0PR13MB5755.namprd13.prod.outlook.com>"
    hs = head(make.addr("Doug Kessler", "doug.kessler@tcpotato.com"),
              "Interview - Marisol Vega / Food Safety Manager", "2026-10-30 15:22", PT, msgid,
              "NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2107.outbound.protection.outlook.com [40.107.243.107])",
              extra=(("Thread-Topic", "Interview - Marisol Vega / Food Safety Manager"),
                     ("Accept-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return make.message(hs, make.alt(make.text(body), make.html(paras(body, style="font-family:Calibri,sans-serif")),
                                     make.calendar(ics, cte="base64")))


@make.mail(N(13), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-10-01T20:30:00Z", end=None,
           contact="megan@harvesttalentgroup.com", company="Blue Mountain Juice Co.",
           local="Thu 2026-10-01 13:30", zone=PT,
           note="Agency recruiter in Chicago, Date Mon 28 Sep CDT: 'Thursday at 1:30 your time (3:30 Central)' "
                "= Thu 1 Oct 13:30 PDT = 20:30Z; 'about 30 minutes' -> no end; hiring company = the client")
def m13() -> bytes:
    body = t("""
        Hi Marisol,

        Good news - Blue Mountain Juice Co. would like to talk with you! You're confirmed for a
        phone interview this Thursday at 1:30 your time (3:30 Central) with Frank Olayinka, their
        VP of Operations. He'll call your cell. It should be about 30 minutes, mostly about the
        juice pasteurization validation work and how you've handled FDA inspections.

        Give me a quick call after so we can debrief. Good luck - you'll do great.

        Megan Sorensen
        Senior Recruiter, Food & Beverage
        Harvest Talent Group | Chicago, IL
        312-555-0196
        """)
    msgid = "<CAH3pq8Xb316v0QmF7n2kRzT5LwS=yd4N0tA@mail.gmail.com>"
    hs = head(make.addr("Megan Sorensen", "megan@harvesttalentgroup.com"),
              "Confirmed: Blue Mountain Juice Co. phone interview", "2026-09-28 16:20", CT, msgid,
              "mail-yw1-f180.google.com (mail-yw1-f180.google.com [209.85.128.180])")
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(14), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-10-13T14:00:00Z", end="2026-10-13T15:00:00Z",
           contact="rfuentes@ahtanumfruit.com", company="Ahtanum Fruit Packing",
           local="Tue 2026-10-13 07:00", local_end="2026-10-13 08:00", zone=PT,
           note="Spanish mail from a Yakima plant manager, iso-8859-1 QP: 'el martes 13 de octubre a las 7:00 de la "
                "mañana', 'la entrevista dura una hora' -> end; local PDT")
def m14() -> bytes:
    body = t("""
        Buenas tardes Marisol,

        Gracias por contestar tan rápido. Quedamos entonces el martes 13 de octubre a las 7:00 de
        la mañana aquí en la planta (3400 Ahtanum Rd, Union Gap). A esa hora ya está corriendo la
        línea de empaque y le puedo enseñar cómo llevamos el monitoreo de cloro en las
        hidroenfriadoras.

        La entrevista dura una hora; primero platicamos usted, yo y Marcela de Recursos Humanos y
        luego damos la vuelta por la planta. Traiga zapato cerrado, nosotros le damos la cofia y la
        bata.

        Cualquier cosa me puede marcar al 509-555-0177.

        Saludos,
        Rogelio Fuentes
        Gerente de Planta
        Ahtanum Fruit Packing
        """)
    msgid = "<000c01dc9b31$6a2f40e0$3e8dc2a0$@ahtanumfruit.com>"
    hs = head(make.addr("Rogelio Fuentes", "rfuentes@ahtanumfruit.com"),
              "RE: Entrevista puesto de Supervisora de Inocuidad", "2026-10-08 18:40", PT, msgid,
              "smtp.ahtanumfruit.com (smtp.ahtanumfruit.com [203.0.113.140])",
              extra=(("In-Reply-To", "<CAMv4Yb316rq2x=Wm0pE7dLhN1cK@mail.gmail.com>"),
                     ("References", "<CAMv4Yb316rq2x=Wm0pE7dLhN1cK@mail.gmail.com>"),
                     ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es-mx")))
    return make.message(hs, make.text(body, charset="iso-8859-1"))


@make.mail(N(15), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-11-16T21:00:00Z", end="2026-11-16T22:30:00Z",
           contact="sharon.whitcomb@inwdairy.com", company="Inland Northwest Dairy Cooperative",
           local="Mon 2026-11-16 13:00", local_end="2026-11-16 14:30", zone=PT,
           note="Candidate forwards a Taleo confirmation to herself (Gmail 'Fwd:'); 'Monday, November 16, 2026 at "
                "1:00 PM Pacific Standard Time', '90 minutes' -> end; no-reply sender, contact = recruiter address "
                "in the forwarded body")
def m15() -> bytes:
    body = t("""
        for the calendar -- print 3 copies of resume + the SQF cert

        ---------- Forwarded message ---------
        From: Inland Northwest Dairy Cooperative <no-reply@taleo.net>
        Date: Tue, Nov 10, 2026 at 2:31 PM
        Subject: Interview Confirmation - Regional Food Safety Manager (Job 2611093)
        To: <marisol.vega@example.org>


        Dear Marisol Vega,

        Thank you for your continued interest in Inland Northwest Dairy Cooperative. This message
        confirms your in-person interview for the position of Regional Food Safety Manager
        (Job Number 2611093).

        Date: Monday, November 16, 2026
        Time: 1:00 PM Pacific Standard Time
        Length: 90 minutes
        Location: INW Dairy Processing Center, 4400 E Trent Ave, Spokane, WA 99202
        Please check in at the visitor desk in Building B.

        If you need to reschedule, please contact Sharon Whitcomb at sharon.whitcomb@inwdairy.com
        or 509-555-0162.

        Sincerely,
        Talent Acquisition
        Inland Northwest Dairy Cooperative

        This is an automated message. Replies to this address are not monitored.
        """)
    msgid = "<CAMv4Yb316fwd9Lk2Pq=Zr5Ht0aWm3Ns@mail.gmail.com>"
    hs = head(ME, "Fwd: Interview Confirmation - Regional Food Safety Manager (Job 2611093)",
              "2026-11-11 07:52", PT, msgid, "mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])")
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(16), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-12-07T19:00:00Z", end=None,
           contact="agrant@nachesriverfruit.com", company="Naches River Fruit Co.",
           local="Mon 2026-12-07 11:00", zone=PT, days=(("Tue", "2026-12-08"),),
           note="Recruiter's short reply on top of the quoted thread, Date Wed 2 Dec PST: 'you're all set for "
                "Monday at 11' = Mon 7 Dec 11:00 PST; the quoted proposal also offered Tue 8 Dec 2 PM; no length")
def m16() -> bytes:
    body = t("""
        Perfect -- you're all set for Monday at 11. Jorge will meet you in the lobby of the main
        office on Old Naches Hwy. I'll send a parking note the day before.

        Alyssa

        On Wed, Dec 2, 2026 at 9:47 AM Marisol Vega <marisol.vega@example.org> wrote:
        > Hi Alyssa,
        >
        > Thank you! Monday at 11 works best for me.
        >
        > Marisol
        >
        > On Tue, Dec 1, 2026 at 4:05 PM Alyssa Grant <agrant@nachesriverfruit.com> wrote:
        >> Hi Marisol,
        >>
        >> Jorge Salas, our VP of Operations, would like to meet you in person for the Food Safety
        >> Manager role. Would Monday, Dec 7 at 11:00 AM or Tuesday, Dec 8 at 2:00 PM work?
        >>
        >> Thanks,
        >> Alyssa Grant
        >> HR Manager, Naches River Fruit Co.
        """)
    msgid = "<CAK9rT2b316Yt8=Qw1mVnE4pXz7cGd@mail.gmail.com>"
    hs = head(make.addr("Alyssa Grant", "agrant@nachesriverfruit.com"),
              "Re: Food Safety Manager - next step", "2026-12-02 16:10", PT, msgid,
              "mail-pj1-f47.google.com (mail-pj1-f47.google.com [209.85.216.47])",
              extra=(("In-Reply-To", "<CAMv4Yb316re2Tq=8sHk0Lz5cVb9@mail.gmail.com>"),
                     ("References", "<CAK9rT2b316Ab1=Pp4mWq7sDx0@mail.gmail.com> "
                                    "<CAMv4Yb316re2Tq=8sHk0Lz5cVb9@mail.gmail.com>")))
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-11-02T17:00:00Z", end="2026-11-02T18:00:00Z",
           contact="kyle.brandt@northstarfresh.com", company="Northstar Fresh Foods",
           local="Mon 2026-11-02 11:00", local_end="2026-11-02 12:00", zone=CT,
           note="Exchange update (SEQUENCE:1) from Minneapolis: moved from Wed 28 Oct 11:00 CDT to Mon 2 Nov "
                "11:00 AM-12:00 PM '(UTC-06:00) Central Time', CST after 1 November = 17:00Z (9:00 PST in Yakima); "
                "TZID Central Standard Time; contact = ORGANIZER/sender")
def m17() -> bytes:
    body = t("""
        Hi Marisol - apologies for the shuffle. Our regional VP has to be at the Fargo plant on
        Wednesday, so I've moved us to Monday. Same Teams link, same panel.

        When: Monday, November 2, 2026 11:00 AM-12:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Kyle

        Kyle Brandt | Talent Acquisition Partner
        Northstar Fresh Foods | Minneapolis, MN

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting
        Meeting ID: 284 990 173 505
        Passcode: Vb3Fq8
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Kyle Brandt:mailto:kyle.brandt@northstarfresh.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Vega:mailto:marisol.vega@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Leann Voss:mailto:leann.voss@northstarfresh.com
        SUMMARY;LANGUAGE=en-US:Marisol Vega - Regional QA Manager (PNW) - Panel Interview
        DTSTART;TZID=Central Standard Time:20261102T110000
        DTEND;TZID=Central Standard Time:20261102T120000
        UID:040000008200E00074C5B7101A82E00800000000B3161704DC3BDD01000000000000000010000000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261026T150200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1822041366
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<MN2PR04MB6990B3161742EE0C1A9F3D28C8B12@MN2PR04MB6990.namprd04.prod.outlook.com>"
    hs = head(make.addr("Kyle Brandt", "kyle.brandt@northstarfresh.com"),
              "Updated: Marisol Vega - Regional QA Manager (PNW) - Panel Interview", "2026-10-26 10:02", CT, msgid,
              "NAM04-MW2-obe.outbound.protection.outlook.com (mail-mw2nam04on2093.outbound.protection.outlook.com [40.107.101.93])",
              extra=(("Thread-Topic", "Marisol Vega - Regional QA Manager (PNW) - Panel Interview"),
                     ("Accept-Language", "en-US")))
    return make.message(hs, make.alt(make.text(body), make.html(paras(body, style="font-family:Aptos,Calibri,sans-serif")),
                                     make.calendar(ics, cte="base64")))


@make.mail(N(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-10-21T19:00:00Z", end=None,
           contact="renata.holloway@snakeriverfoods.com", company="Snake River Foods",
           local="Wed 2026-10-21 13:00", zone=MT,
           note="Boise HR partner moves the Nampa plant visit from Tue 20 Oct 10:00 AM to 'Wednesday, October 21 at "
                "1:00 PM Mountain' (MDT, UTC-6) = 19:00Z = noon in Yakima; old and new time in the same mail; "
                "'plan on about three hours' -> no end")
def m18() -> bytes:
    body = t("""
        Hi Marisol,

        I hope your week is going well. I need to ask a favor: Curtis has been pulled into a customer
        audit on Tuesday, so we have to move your plant visit in Nampa from Tuesday, October 20 at
        10:00 AM to Wednesday, October 21 at 1:00 PM Mountain (noon your time). Everything else
        stays the same: you'll tour the frozen potato lines with Curtis, then sit down with our
        corporate food safety director, Angela Ruiz, and me. Plan on about three hours.

        We'll still cover your mileage from Yakima and the hotel on Tuesday night, just let me know
        if you'd rather drive over Wednesday morning instead.

        Thanks for being flexible!

        Renata Holloway
        HR Business Partner | Snake River Foods
        Boise, Idaho | 208-555-0119
        """)
    msgid = "<BN0PR19MB5312A9B316E7C1F20C8D5A10E3A44@BN0PR19MB5312.namprd19.prod.outlook.com>"
    hs = head(make.addr("Renata Holloway", "renata.holloway@snakeriverfoods.com"),
              "Change of date - your Nampa plant visit", "2026-10-15 11:05", MT, msgid,
              "NAM19-BN0-obe.outbound.protection.outlook.com (mail-bn0nam19on2112.outbound.protection.outlook.com [40.107.18.112])")
    return make.message(hs, make.alt(make.text(body, cte="7bit"), make.html(paras(body, style="font-family:Calibri,sans-serif"))))


@make.mail(N(19), family="recruitee", lang="en", interview=True, kind="rescheduled",
           start="2026-11-18T18:00:00Z", end="2026-11-18T19:00:00Z",
           contact="sanne.dewit@vandoornsorting.com", company="Van Doorn Sorting Systems",
           local="Wed 2026-11-18 10:00", local_end="2026-11-18 11:00", zone=PT,
           note="Recruitee reschedule sent from the Netherlands (Date in CET): new time 'Wednesday 18 November "
                "2026, 10:00 - 11:00 (Pacific Time, America/Los_Angeles)' = PST; old time also quoted; ICS "
                "SEQUENCE:2; contact = Reply-To / ORGANIZER")
def m19() -> bytes:
    body = t("""
        Dear Marisol,

        Your interview for the position Field Food Safety Specialist - Wenatchee has been
        rescheduled.

        New date and time:
        Wednesday 18 November 2026, 10:00 - 11:00 (Pacific Time, America/Los_Angeles)

        Previously: Monday 16 November 2026, 10:00 - 11:00

        Location: Van Doorn Sorting Systems, 1120 Walla Walla Ave, Wenatchee, WA
        Interviewers: Sanne de Wit (Recruiter), Bram Hoekstra (Service Manager North America)

        An updated calendar invitation is attached. If the new time does not work for you, please
        reply to this email.

        Kind regards,
        Sanne de Wit
        Van Doorn Sorting Systems

        Sent with Recruitee
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Calendar//EN
        METHOD:REQUEST
        """) + VTZ_LA + "\n" + t("""
        BEGIN:VEVENT
        UID:recruitee-interview-3305581@recruitee.com
        DTSTAMP:20261113T153000Z
        DTSTART;TZID=America/Los_Angeles:20261118T100000
        DTEND;TZID=America/Los_Angeles:20261118T110000
        SEQUENCE:2
        SUMMARY:Interview Marisol Vega - Field Food Safety Specialist
        LOCATION:1120 Walla Walla Ave\\, Wenatchee\\, WA
        ORGANIZER;CN=Sanne de Wit:mailto:sanne.dewit@vandoornsorting.com
        ATTENDEE;CN=Marisol Vega;RSVP=TRUE:mailto:marisol.vega@example.org
        ATTENDEE;CN=Bram Hoekstra:mailto:bram.hoekstra@vandoornsorting.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = mid("b316-19", "recruiteemail.com")
    hs = head(make.addr("Van Doorn Sorting Systems", "notifications@recruiteemail.com"),
              "Rescheduled: interview for Field Food Safety Specialist - Wenatchee", "2026-11-13 16:30",
              "Europe/Amsterdam", msgid, "mail-out2.recruiteemail.com (mail-out2.recruiteemail.com [192.0.2.33])",
              extra=(("Reply-To", make.addr("Sanne de Wit", "sanne.dewit@vandoornsorting.com")),))
    return make.message(hs, make.mixed(
        make.alt(make.text(body), make.html(paras(body))),
        make.calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(20), family="google_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-12-10T23:00:00Z", end="2026-12-10T23:45:00Z",
           contact="ben.tran@gorgeorganic.com", company="Columbia Gorge Organic",
           local="Thu 2026-12-10 15:00", local_end="2026-12-10 15:45", zone=PT,
           note="Google Calendar 'Updated invitation', time changed to Thu Dec 10 3pm - 3:45pm (Pacific Time - Los "
                "Angeles) = 23:00Z, the UTC time still the same day; ICS SEQUENCE:1; contact = ORGANIZER")
def m20() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Interview: Marisol Vega <> Ben Tran (QA Manager, Hood River)
        Thursday Dec 10, 2026 ⋅ 3pm – 3:45pm (Pacific Time - Los Angeles)
        Previously: Wednesday Dec 9, 2026 ⋅ 10am – 10:45am

        Join with Google Meet
        https://meet.google.com/zre-kmpa-gxq

        Organizer
        Ben Tran - ben.tran@gorgeorganic.com

        Guests
        Ben Tran - organizer
        marisol.vega@example.org

        Reply for marisol.vega@example.org
        Yes / No / Maybe / More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_LA + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20261210T150000
        DTEND;TZID=America/Los_Angeles:20261210T154500
        DTSTAMP:20261204T192000Z
        ORGANIZER;CN=Ben Tran:mailto:ben.tran@gorgeorganic.com
        UID:3k8q1b316vn0c5r2hqu7e4ts9d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ben Tran;X-NUM-GUESTS=0:mailto:ben.tran@gorgeorganic.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marisol.vega@example.org;X-NUM-GUESTS=0:mailto:marisol.vega@example.org
        CREATED:20261130T210455Z
        DESCRIPTION:Second conversation for the QA Manager role in Hood River.
        LAST-MODIFIED:20261204T192000Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Interview: Marisol Vega <> Ben Tran (QA Manager\\, Hood River)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<calendar-5b1e0f3c-b316-4d2a-9e77-20a1c6f4d8e2@google.com>"
    hs = head(make.addr("Ben Tran", "ben.tran@gorgeorganic.com"),
              "Updated invitation: Interview: Marisol Vega <> Ben Tran (QA Manager, Hood River) @ Thu Dec 10, "
              "2026 3pm - 3:45pm (PST) (marisol.vega@example.org)",
              "2026-12-04 11:20", PT, msgid, "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", make.addr("Ben Tran", "ben.tran@gorgeorganic.com"))))
    ics_b64 = make.calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                            disposition="attachment", name_param=True)
    return make.message(hs, make.mixed(
        make.alt(make.text(body), make.html(paras(body)), make.calendar(ics)), ics_b64))


# =========================================================================== positives: cancelled


@make.mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-09-22T16:00:00Z", end="2026-09-22T17:00:00Z",
           contact="carla.nunez@owyheecreamery.com", company="Owyhee Creamery",
           local="Tue 2026-09-22 10:00", local_end="2026-09-22 11:00", zone=MT,
           note="Google Calendar cancellation (METHOD:CANCEL) from a Boise organizer: 'Tue Sep 22, 2026 10am - "
                "11am (Mountain Time - Boise)' = MDT = 16:00Z (9am in Yakima); the cancelled slot")
def m21() -> bytes:
    body = t("""
        This event has been cancelled.

        Interview - Marisol Vega (Food Safety & Sanitation Lead)
        Tuesday Sep 22, 2026 ⋅ 10am – 11am (Mountain Time - Boise)

        Organizer
        Carla Nuñez - carla.nunez@owyheecreamery.com

        Guests
        Carla Nuñez - organizer
        marisol.vega@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ_BOISE + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Boise:20260922T100000
        DTEND;TZID=America/Boise:20260922T110000
        DTSTAMP:20260918T200500Z
        ORGANIZER;CN=Carla Nuñez:mailto:carla.nunez@owyheecreamery.com
        UID:7pd0h2b316q1kc9oe3l5mbt8ra@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=marisol.vega@example.org;X-NUM-GUESTS=0:mailto:marisol.vega@example.org
        CREATED:20260911T164210Z
        DESCRIPTION:
        LAST-MODIFIED:20260918T200500Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview - Marisol Vega (Food Safety & Sanitation Lead)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<calendar-8c2d4f71-b316-4a9e-b0c3-7e5f1a2d9c60@google.com>"
    hs = head(make.addr("Carla Nuñez", "carla.nunez@owyheecreamery.com"),
              "Canceled event: Interview - Marisol Vega (Food Safety & Sanitation Lead) @ Tue Sep 22, 2026 "
              "10am - 11am (MDT) (marisol.vega@example.org)",
              "2026-09-18 14:05", MT, msgid, "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return make.message(hs, make.mixed(
        make.alt(make.text(body), make.html(paras(body)), make.calendar(ics, method="CANCEL", cte="8bit")),
        make.calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-11-20T18:00:00Z", end=None,
           contact="jenna.holt@entiatgrowers.com", company="Entiat River Growers",
           local="Fri 2026-11-20 10:00", zone=PT,
           note="Recruiter cancels 'your interview on Friday, November 20 at 10:00 AM' (PST) because the role was "
                "filled internally; no new time; the cancelled slot")
def m22() -> bytes:
    body = t("""
        Hi Marisol,

        I'm sorry to be writing with this news. Late yesterday our leadership team decided to fill
        the Food Safety Supervisor opening internally, so I need to cancel your interview on Friday,
        November 20 at 10:00 AM.

        I know you'd already arranged coverage at your plant to make the drive up to Entiat, and I
        apologize for the inconvenience. You were one of the strongest candidates we spoke with and
        I'd like to keep your resume on file for the Orondo packing house role opening in the spring.

        Warm regards,
        Jenna Holt
        Human Resources | Entiat River Growers
        """)
    msgid = "<PH7PR20MB5893C1B316A04D2E9F7B3E6A01C55@PH7PR20MB5893.namprd20.prod.outlook.com>"
    hs = head(make.addr("Jenna Holt", "jenna.holt@entiatgrowers.com"),
              "Interview on Friday - cancellation", "2026-11-17 13:30", PT, msgid,
              "NAM20-PH7-obe.outbound.protection.outlook.com (mail-ph7nam20on2118.outbound.protection.outlook.com [40.107.19.118])")
    return make.message(hs, make.alt(make.text(body), make.html(paras(body, style="font-family:Calibri,sans-serif"))))


@make.mail(N(23), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-12-09T18:00:00Z", end="2026-12-09T19:00:00Z",
           contact="tom.ricci@buckeyefreshcut.com", company="Buckeye Fresh Cut",
           local="Wed 2026-12-09 13:00", local_end="2026-12-09 14:00", zone=ET,
           note="Exchange METHOD:CANCEL from Columbus, Ohio: 'Wednesday, December 9, 2026 1:00 PM-2:00 PM "
                "(UTC-05:00) Eastern Time' = EST = 18:00Z (10 AM in Yakima); hiring freeze; the cancelled slot")
def m23() -> bytes:
    body = t("""
        Marisol - I'm sorry, but corporate announced a hiring freeze this morning and the West Region
        Food Safety Manager requisition is on hold until at least Q2. I have to cancel our interview.
        I'll reach out personally if it opens back up.

        Tom

        When: Wednesday, December 9, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Tom Ricci:mailto:tom.ricci@buckeyefreshcut.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Vega:mailto:marisol.vega@example.org
        SUMMARY;LANGUAGE=en-US:Canceled: Interview - Marisol Vega (Food Safety Manager\\, West Region)
        DTSTART;TZID=Eastern Standard Time:20261209T130000
        DTEND;TZID=Eastern Standard Time:20261209T140000
        UID:040000008200E00074C5B7101A82E00800000000B3162309E3F7DC01000000000000000010000000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261204T141000Z
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
        """)
    msgid = "<CH3PR05MB9873D2B316E1A0C47F8B9E20D3A11@CH3PR05MB9873.namprd05.prod.outlook.com>"
    hs = head(make.addr("Tom Ricci", "tom.ricci@buckeyefreshcut.com"),
              "Canceled: Interview - Marisol Vega (Food Safety Manager, West Region)", "2026-12-04 09:10", ET,
              msgid, "NAM05-CH3-obe.outbound.protection.outlook.com (mail-ch3nam05on2120.outbound.protection.outlook.com [40.107.20.120])",
              extra=(("Importance", "high"), ("X-Priority", "1")))
    return make.message(hs, make.alt(make.text(body), make.html(paras(body, style="font-family:Calibri,sans-serif")),
                                     make.calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives: the job hunt


@make.mail(N(24), family="rejection", lang="en", interview=False, company="Cascade Orchard Packers",
           note="Greenhouse rejection after the 14 September interview (thread with the Greenhouse confirmation); "
                "mentions 'interview' but fixes no time")
def m24() -> bytes:
    body = t("""
        Hi Marisol,

        Thank you for taking the time to interview with Luis for the Food Safety & Quality Manager
        role, and for your patience while we finished our process.

        After a lot of discussion we've decided to move forward with another candidate whose
        experience with cherry and soft-fruit programs is a closer match for this season's needs.
        This was a difficult decision - the team was impressed by your sanitation verification work.

        We'll keep your information on file and hope our paths cross again.

        Best,
        Kendra Ostrowski
        Cascade Orchard Packers
        """)
    msgid = mid("b316-24", "us.greenhouse-mail.io")
    hs = head(make.addr("Cascade Orchard Packers", "no-reply@us.greenhouse-mail.io"),
              "Update on your application - Cascade Orchard Packers", "2026-10-02 12:48", PT, msgid,
              "mail-sor-f41.greenhouse-mail.io (mail-sor-f41.greenhouse-mail.io [198.51.100.41])",
              extra=(("Reply-To", make.addr("Kendra Ostrowski", "kendra.ostrowski@cascadeorchardpackers.com")),))
    return make.message(hs, make.alt(make.text(body), make.html(paras(body))))


@make.mail(N(25), family="rejection", lang="es", interview=False, company="Empacadora Los Cerezos",
           note="Spanish rejection of an application (no interview held or offered), Workable, 8bit utf-8")
def m25() -> bytes:
    body = t("""
        Hola Marisol:

        Muchas gracias por postularte al puesto de Supervisora de Calidad en Empacadora Los Cerezos.
        Revisamos con atención tu solicitud, pero en esta ocasión decidimos seguir adelante con otras
        personas cuyo perfil se ajusta más a lo que buscamos para la temporada de cereza.

        Te deseamos mucho éxito en tu búsqueda y te invitamos a seguir pendiente de nuestras vacantes.

        Atentamente,
        Recursos Humanos
        Empacadora Los Cerezos · Wapato, WA
        """)
    msgid = mid("b316-25", "workablemail.com")
    hs = head(make.addr("Empacadora Los Cerezos", "empacadora-los-cerezos@candidates.workablemail.com"),
              "Tu solicitud para Supervisora de Calidad", "2026-09-15 09:02", PT, msgid,
              "mail-206.workablemail.com (mail-206.workablemail.com [198.51.100.206])")
    return make.message(hs, make.text(body, cte="8bit"))


@make.mail(N(26), family="application_receipt", lang="en", interview=False, company="Gem State Potato Co.",
           note="Workday application receipt for a Boise role; no interview, no time")
def m26() -> bytes:
    page = t("""
        <html><head><meta charset="UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Marisol,</p>
        <p>Thank you for applying to <b>Quality Systems Manager</b> (R-0088213) at Gem State Potato Co. in Boise, Idaho.
        We have received your application and our recruiting team will review it shortly.</p>
        <p>If your qualifications match our needs, a member of our team will contact you about next steps,
        which may include a phone screen and interviews.</p>
        <p>You can check the status of your application at any time by signing in to your
        <a href="https://wd1.myworkdaysite.com/recruiting/gemstatepotato/Careers">Candidate Home</a>.</p>
        <p>Thank you,<br>Gem State Potato Co. Talent Acquisition</p>
        </body></html>
        """)
    msgid = mid("b316-26", "myworkday.com")
    hs = head(make.addr("Gem State Potato Co.", "gemstatepotato@myworkday.com"),
              "Thank you for applying - Quality Systems Manager", "2026-09-09 21:17", MT, msgid,
              "wd1-mta05.myworkday.com (wd1-mta05.myworkday.com [203.0.113.55])")
    return make.message(hs, make.html(page, cte="base64"))


@make.mail(N(27), family="application_receipt", lang="en", interview=False, company="Pacific Crest Seafoods",
           note="iCIMS application receipt (Portland); no interview")
def m27() -> bytes:
    body = t("""
        Dear Marisol,

        Thank you for your application for the Food Safety & Regulatory Compliance Manager position
        at Pacific Crest Seafoods. We appreciate your interest in joining our team in Portland.

        Our recruiting team is currently reviewing applications. Because of the number of
        applications we receive, we may not be able to respond to each applicant individually, but
        we will reach out if your background is a fit for the next step.

        Best regards,
        Pacific Crest Seafoods Talent Acquisition
        """)
    msgid = mid("b316-27", "talent.icims.com")
    hs = head(make.addr("Pacific Crest Seafoods", "pacificcrestseafoods@talent.icims.com"),
              "Thank you for your application", "2026-10-19 07:41", PT, msgid,
              "mail2.icims.com (mail2.icims.com [203.0.113.72])")
    return make.message(hs, make.alt(make.text(body), make.html(paras(body, style="font-family:Verdana,sans-serif;font-size:13px"))))


@make.mail(N(28), family="job_alert", lang="en", interview=False, company=None,
           note="Job-board daily alert listing QA roles in and around Yakima; no interview")
def m28() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;background:#f6f7f9">
        <table width="600" align="center" style="background:#fff;padding:16px">
        <tr><td><h2 style="color:#1a4d8f">7 new jobs for "food safety manager" near Yakima, WA</h2></td></tr>
        <tr><td><p><b>Food Safety Manager</b><br>Selah Valley Packing &middot; Selah, WA &middot; $78,000 - $92,000 a year<br>
        <span style="color:#666">Lead HACCP and SQF programs for a 3-line apple packing facility...</span></p></td></tr>
        <tr><td><p><b>QA Supervisor - 2nd Shift</b><br>Valleyfresh Frozen &middot; Toppenish, WA<br>
        <span style="color:#666">Supervise QA technicians, environmental monitoring, pre-op inspections...</span></p></td></tr>
        <tr><td><p><b>Quality Assurance Manager</b><br>Columbia Basin Cold Storage &middot; Moses Lake, WA<br>
        <span style="color:#666">Easily apply &middot; Responds within 3 days</span></p></td></tr>
        <tr><td><p><b>Sanitation Manager</b><br>Yakima Hop Processors &middot; Moxee, WA<br>
        <span style="color:#666">Manage a 24-person sanitation crew; MSS experience preferred...</span></p></td></tr>
        <tr><td><p><a href="https://www.jobharbor.example.com/jobs?q=food+safety+manager&amp;l=Yakima">See all 7 jobs</a></p></td></tr>
        <tr><td style="font-size:11px;color:#999">You are receiving this alert because you subscribed on JobHarbor.
        <a href="https://www.jobharbor.example.com/alerts/unsubscribe?id=b316">Unsubscribe</a></td></tr>
        </table></body></html>
        """)
    msgid = mid("b316-28", "alerts.jobharbor.example.com")
    hs = head(make.addr("JobHarbor", "alert@alerts.jobharbor.example.com"),
              "7 new food safety manager jobs near Yakima, WA", "2026-09-21 05:03", PT, msgid,
              "mta-44.alerts.jobharbor.example.com (mta-44.alerts.jobharbor.example.com [192.0.2.144])",
              extra=(("List-Unsubscribe", "<https://www.jobharbor.example.com/alerts/unsubscribe?id=b316>"),))
    return make.message(hs, make.html(page))


@make.mail(N(29), family="job_alert", lang="en", interview=False, company=None,
           note="Niche job board weekly digest with remote and Boise/Portland roles; no interview")
def m29() -> bytes:
    body = t("""
        FoodSafetyCareers Weekly - your matches for November 9-15

        1. Supplier Quality Specialist (Remote, US) - GreenLeaf Salads
           Posted 2 days ago. Travel 30%. PCQI required.

        2. Food Safety Manager - Boise, ID - Treasure Valley Meats
           Posted 4 days ago. $95k-$110k.

        3. Plant QA Manager - Portland, OR - Alder Creek Bakery
           Posted 5 days ago. Night shift support.

        4. Food Safety & Quality Lead - Wenatchee, WA - North Cascade Cider
           Posted 6 days ago.

        Tip of the week: update your headline. Employers search for "SQF Practitioner" and "PCQI"
        more than any other food-safety terms.

        Manage alerts: https://foodsafetycareers.example.net/account/alerts
        FoodSafetyCareers, PO Box 4410, Sacramento, CA 95812
        """)
    msgid = mid("b316-29", "mail.foodsafetycareers.example.net")
    hs = head(make.addr("FoodSafetyCareers", "digest@mail.foodsafetycareers.example.net"),
              "Your weekly job matches: 4 new roles", "2026-11-16 06:00", PT, msgid,
              "o3.mail.foodsafetycareers.example.net (o3.mail.foodsafetycareers.example.net [192.0.2.203])",
              extra=(("List-Unsubscribe", "<https://foodsafetycareers.example.net/account/alerts>"),))
    return make.message(hs, make.alt(make.text(body, cte="7bit"), make.html(paras(body))))


@make.mail(N(30), family="newsletter_tips", lang="en", interview=False, company=None,
           note="Trade newsletter with an article on interview questions for QA managers; no appointment")
def m30() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Georgia,serif;font-size:15px;color:#222;max-width:640px">
        <h1 style="font-size:22px">Fresh Produce Safety Digest &mdash; October 2026</h1>
        <h2 style="font-size:18px">In this issue</h2>
        <ul>
        <li>FSMA 204: what the traceability lot code means for packing houses</li>
        <li>Listeria in cold storage: lessons from a 2025 recall</li>
        <li>Career corner: 8 questions to expect in a QA manager interview</li>
        </ul>
        <h2 style="font-size:18px">Career corner</h2>
        <p>Hiring managers in packing and processing keep coming back to the same themes. Expect to walk
        through a corrective action you owned end to end, how you would handle a positive environmental
        swab on a Friday afternoon, and how you keep sanitation crews engaged on the night shift.
        Bring numbers: audit scores, reduced hold times, fewer customer complaints.</p>
        <p>Read the full article at <a href="https://producesafetydigest.example.com/careers/qa-interview">producesafetydigest.example.com</a>.</p>
        <p style="font-size:12px;color:#777">You are subscribed as marisol.vega@example.org.
        <a href="https://producesafetydigest.example.com/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """)
    msgid = mid("b316-30", "producesafetydigest.example.com")
    hs = head(make.addr("Fresh Produce Safety Digest", "news@producesafetydigest.example.com"),
              "October Digest: FSMA 204, Listeria in cold storage, QA interview questions", "2026-10-06 08:00", ET,
              msgid, "mail184-9.suw41.mcsv.net (mail184-9.suw41.mcsv.net [198.2.184.9])",
              extra=(("List-Unsubscribe", "<https://producesafetydigest.example.com/unsubscribe>"),
                     ("Precedence", "bulk")))
    return make.message(hs, make.html(page))


@make.mail(N(31), family="recruiter_outreach", lang="en", interview=False, company="Cascadia Food Talent",
           note="Agency cold outreach asking for a call 'sometime this week'; nothing fixed")
def m31() -> bytes:
    body = t("""
        Hi Marisol,

        I came across your profile while searching for SQF practitioners in central Washington and
        wanted to reach out. I'm working on a confidential search for a Director of Food Safety at
        a growing fresh-cut processor with plants in the Yakima Valley and Idaho.

        Would you be open to a quick 15-minute call sometime this week? If so, send me a couple of
        times that work and a good number to reach you.

        Thanks,
        Derek Halvorsen
        Principal Recruiter | Cascadia Food Talent
        Seattle, WA
        """)
    msgid = "<CAL2mZ9b316Hq4=tVr7Kx1Wp0sNd@mail.gmail.com>"
    hs = head(make.addr("Derek Halvorsen", "derek@cascadiafoodtalent.com"),
              "Confidential Director of Food Safety search - Yakima Valley", "2026-10-13 12:15", PT, msgid,
              "mail-oi1-f170.google.com (mail-oi1-f170.google.com [209.85.167.170])")
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(32), family="proposal_unconfirmed", lang="en", interview=False, company="Palouse Grain Co.",
           days=(("Tue", "2026-09-22"), ("Wed", "2026-09-23"), ("Thu", "2026-09-24")),
           note="Recruiter proposes three phone-screen slots and asks which works; nothing confirmed yet (the "
                "Lever confirmation of Wed 23 Sep follows in another mail)")
def m32() -> bytes:
    body = t("""
        Hi Marisol,

        Thanks for applying for the QA Supervisor role at our Spokane mill. I'd like to set up a
        45-minute phone screen with me and Sheila Marchetti, our mill QA lead. Do any of these work
        for you (all Pacific)?

          - Tue 9/22, 10:00 AM
          - Wed 9/23, 1:30 PM
          - Thu 9/24, 9:00 AM

        Once you pick one, you'll get a confirmation from our scheduling system.

        Best,
        Trent Adebayo
        Recruiting Manager | Palouse Grain Co.
        """)
    msgid = "<DM6PR08MB4938A1B316C2D3E4F5061728394A5@DM6PR08MB4938.namprd08.prod.outlook.com>"
    hs = head(make.addr("Trent Adebayo", "trent.adebayo@palousegrain.com"),
              "Palouse Grain - QA Supervisor phone screen", "2026-09-15 11:26", PT, msgid,
              "NAM08-DM6-obe.outbound.protection.outlook.com (mail-dm6nam08on2109.outbound.protection.outlook.com [40.107.8.109])")
    return make.message(hs, make.alt(make.text(body), make.html(paras(body, style="font-family:Calibri,sans-serif"))))


@make.mail(N(33), family="scheduling_link", lang="en", interview=False, company="Summit Food Safety Partners",
           note="Hiring manager sends a Calendly link to pick a time; nothing booked yet (the Calendly "
                "confirmation for 3 Nov follows)")
def m33() -> bytes:
    body = t("""
        Marisol,

        Thanks for sending your resume over - your SQF and PrimusGFS background is exactly what our
        clients in the Wenatchee area keep asking for. I'd like to do a short first interview.
        Grab any 30-minute slot that works for you next week here:

        https://calendly.com/gabe-summitfsp/30min

        Gabe Lindqvist
        Managing Partner, Summit Food Safety Partners
        """)
    msgid = "<CAF7aQ1b316Nn2=uYk5Rm8Tp3vLc@mail.gmail.com>"
    hs = head(make.addr("Gabe Lindqvist", "gabe@summitfsp.com"),
              "Re: Food Safety Consultant opening", "2026-10-27 17:48", PT, msgid,
              "mail-io1-f52.google.com (mail-io1-f52.google.com [209.85.166.52])")
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(34), family="availability_request", lang="en", interview=False, company="Rose City Provisions",
           note="GoodTime availability request for the week of 9 November; no time fixed (the itinerary follows)")
def m34() -> bytes:
    body = t("""
        Hi Marisol,

        Congratulations on moving forward in the process for Food Safety Manager at Rose City
        Provisions! The team would like to schedule a virtual onsite of about 2.5 hours.

        Please share your availability for the week of November 9 using the link below. Times are
        shown in your local time zone.

        Share your availability: https://app.goodtime.io/availability/rcp/6d0f2b316e

        Thanks,
        Dana Pruitt
        Recruiting Coordinator | Rose City Provisions
        """)
    msgid = mid("b316-34", "goodtime.io")
    hs = head(make.addr("Rose City Provisions Recruiting", "scheduling@goodtime.io"),
              "Please share your availability - Rose City Provisions", "2026-10-30 13:22", PT, msgid,
              "o1.email.goodtime.io (o1.email.goodtime.io [198.51.100.9])",
              extra=(("Reply-To", make.addr("Dana Pruitt", "dana.pruitt@rosecityprovisions.com")),))
    return make.message(hs, make.alt(make.text(body), make.html(paras(body))))


@make.mail(N(35), family="auto_reply", lang="en", interview=False, company="Columbia Basin Cold Storage",
           days=(("Mon", "2026-10-19"),),
           note="Out-of-office auto-reply from the Moses Lake plant manager to the candidate's thank-you note")
def m35() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office at a customer audit and will return on
        Monday, October 19. For urgent plant matters please contact the front office at
        509-555-0104.

        Holly Brandvold
        Columbia Basin Cold Storage
        """)
    msgid = "<BL1PR12MB5109F0B316A7C8D9E0F1A2B3C4D5E@BL1PR12MB5109.namprd12.prod.outlook.com>"
    hs = head(make.addr("Holly Brandvold", "holly.brandvold@cbcoldstorage.com"),
              "Automatic reply: Thank you - Sanitation & Food Safety Superintendent interview", "2026-10-12 19:02",
              PT, msgid, "NAM12-BL1-obe.outbound.protection.outlook.com (mail-bl1nam12on2100.outbound.protection.outlook.com [40.107.12.100])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAMv4Yb316ty0Hk=3Pq9Lm2Wz8Ra@mail.gmail.com>")))
    return make.message(hs, make.text(body, cte="7bit"))


@make.mail(N(36), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of the candidate's thank-you note to the Tri-Cities interviewer (address typo); the "
                "returned message mentions the interview but schedules nothing")
def m36() -> bytes:
    inner_body = t("""
        Hi Doug,

        Thank you for taking the time to meet with me this morning, and please thank Vicky for the
        recall exercise. I really enjoyed it and I'm excited about the Pasco role.

        Best,
        Marisol
        """)
    inner = make.message([("From", ME), ("To", "doug.kesler@tcpotato.com"),
                          ("Subject", "Thank you - Food Safety Manager interview"),
                          ("Date", make.date("2026-11-05 12:14", PT)),
                          ("Message-ID", "<CAMv4Yb316tk1Xq=Rm4Nh7Wz2Pa@mail.gmail.com>")],
                         make.text(inner_body, cte="7bit"))
    explain = t("""
        ** Address not found **

        Your message wasn't delivered to doug.kesler@tcpotato.com because the address couldn't be
        found, or is unable to receive mail.

        The response from the remote server was:
        550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient doug.kesler@tcpotato.com not found by SMTP address lookup
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Thu, 05 Nov 2026 12:14:03 -0800

        Final-Recipient: rfc822; doug.kesler@tcpotato.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; tcpotato-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
        Last-Attempt-Date: Thu, 05 Nov 2026 12:14:05 -0800
        """)
    report = make.multipart("report", make.text(explain, cte="7bit"),
                            make.raw_part([("Content-Type", "message/delivery-status")], status),
                            make.attached_message(inner), params="report-type=delivery-status")
    msgid = "<6a1b316e.050a0220.3c2f1.9d04.GMR@mx.google.com>"
    hs = head(make.addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
              "Delivery Status Notification (Failure)", "2026-11-05 12:14", PT, msgid,
              "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Auto-Submitted", "auto-replied"),))
    return make.message(hs, report)


@make.mail(N(37), family="offer", lang="en", interview=False, company="Snake River Foods",
           days=(("Wed", "2026-11-11"),),
           note="Offer letter after the Nampa visit; a response deadline, no appointment")
def m37() -> bytes:
    body = t("""
        Hi Marisol,

        On behalf of Curtis and the whole Nampa team, I'm delighted to offer you the position of
        Plant Food Safety Manager! Your offer letter is waiting for you in Workday: base salary,
        the relocation package we discussed, and a proposed start date of January 4, 2027.

        Please review and accept in Workday by Wednesday, November 11. If you'd like to talk through
        any part of it, call me any time at 208-555-0119.

        Congratulations!
        Renata Holloway
        HR Business Partner | Snake River Foods
        """)
    msgid = "<BN0PR19MB53120C7B316D8E9F1A2B3C4D5E6F7@BN0PR19MB5312.namprd19.prod.outlook.com>"
    hs = head(make.addr("Renata Holloway", "renata.holloway@snakeriverfoods.com"),
              "Your offer from Snake River Foods", "2026-11-04 15:36", MT, msgid,
              "NAM19-BN0-obe.outbound.protection.outlook.com (mail-bn0nam19on2112.outbound.protection.outlook.com [40.107.18.112])")
    return make.message(hs, make.alt(make.text(body), make.html(paras(body, style="font-family:Calibri,sans-serif"))))


@make.mail(N(38), family="post_interview", lang="en", interview=False, company="Palouse Grain Co.",
           note="Post-interview 'thanks for your time yesterday, we'll be in touch'; no new time")
def m38() -> bytes:
    body = t("""
        Hi Marisol,

        Thanks again for your time on the phone yesterday - Sheila especially liked your answer on
        allergen changeovers. We're finishing our first-round calls this week and I'll be in touch
        with next steps early next week either way.

        Best,
        Trent

        On Wed, Sep 23, 2026 at 3:02 PM Marisol Vega <marisol.vega@example.org> wrote:
        > Hi Trent,
        >
        > Thank you and Sheila for the conversation today. I enjoyed learning about the mill.
        >
        > Marisol
        """)
    msgid = "<DM6PR08MB49381E2B316F4A5B6C7D8E9F0A1B2@DM6PR08MB4938.namprd08.prod.outlook.com>"
    hs = head(make.addr("Trent Adebayo", "trent.adebayo@palousegrain.com"),
              "RE: Thank you - QA Supervisor phone screen", "2026-09-24 10:09", PT, msgid,
              "NAM08-DM6-obe.outbound.protection.outlook.com (mail-dm6nam08on2109.outbound.protection.outlook.com [40.107.8.109])",
              extra=(("In-Reply-To", "<CAMv4Yb316th2Lp=Wq3Nz8Kc1Ra@mail.gmail.com>"),))
    return make.message(hs, make.text(body))


@make.mail(N(46), family="assessment_deadline", lang="en", interview=False, company="Northstar Fresh Foods",
           days=(("Mon", "2026-10-19"),),
           note="Online food-safety knowledge assessment to complete by a deadline; no live meeting")
def m46() -> bytes:
    body = t("""
        Hello Marisol,

        As the next step for the Regional QA Manager (Pacific Northwest) position at Northstar Fresh
        Foods, please complete our Food Safety Knowledge Assessment. It takes about 40 minutes and
        covers HACCP, preventive controls, environmental monitoring and recall procedures.

        Please complete it by 11:59 PM Central on Monday, October 19.

        Start your assessment: https://assess.skillcheck.example.com/c/nff-qa-7720-b316

        Good luck!
        Northstar Fresh Foods Talent Acquisition
        """)
    msgid = mid("b316-46", "skillcheck.example.com")
    hs = head(make.addr("Northstar Fresh Foods via SkillCheck", "no-reply@skillcheck.example.com"),
              "Action required: complete your assessment for Northstar Fresh Foods", "2026-10-14 08:30", CT,
              msgid, "smtp-out-3.skillcheck.example.com (smtp-out-3.skillcheck.example.com [192.0.2.93])")
    return make.message(hs, make.alt(make.text(body), make.html(paras(body))))


@make.mail(N(47), family="one_way_video", lang="en", interview=False, company="Pacific Crest Seafoods",
           days=(("Thu", "2026-11-12"),),
           note="One-way recorded video interview 'complete by Thursday, November 12'; no live interview at a "
                "fixed time")
def m47() -> bytes:
    body = t("""
        Hi Marisol,

        Thank you for your interest in the Food Safety & Regulatory Compliance Manager role at Pacific
        Crest Seafoods. We'd like to learn more about you through a short on-demand video interview.

        You'll answer five questions on camera, on your own schedule. Each answer can be up to 3
        minutes and you'll get one practice question first.

        Please complete your video interview by 11:59 PM Pacific on Thursday, November 12.

        Begin your interview: https://pcseafoods.vidscreen.example.com/i/93kd7b316

        Best regards,
        Pacific Crest Seafoods Talent Acquisition
        """)
    msgid = mid("b316-47", "vidscreen.example.com")
    hs = head(make.addr("Pacific Crest Seafoods", "interviews@vidscreen.example.com"),
              "Your on-demand video interview with Pacific Crest Seafoods", "2026-11-06 10:05", PT, msgid,
              "mta1.vidscreen.example.com (mta1.vidscreen.example.com [192.0.2.147])")
    return make.message(hs, make.alt(make.text(body), make.html(paras(body))))


@make.mail(N(49), family="feedback_survey", lang="en", interview=False, company="FreshTrace",
           note="Ashby candidate-experience survey after the 29 September interview; no time")
def m49() -> bytes:
    body = t("""
        Hi Marisol,

        Thanks for interviewing with FreshTrace! We'd love to hear how it went. This two-minute
        survey is anonymous and goes straight to our People team - it does not affect your
        candidacy.

        How was your interview experience?
        https://app.ashbyhq.com/survey/freshtrace/9a4e-b316

        Thank you,
        The FreshTrace Team
        """)
    msgid = "<010101928c0d5e21-b316-4f49-a1c2-7d93e5f0b8a4-000000@email.amazonses.com>"
    hs = head(make.addr("FreshTrace", "no-reply@ashbyhq.com"),
              "How was your interview with FreshTrace?", "2026-10-01 10:00", ET, msgid,
              "a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])")
    return make.message(hs, make.alt(make.text(body), make.html(paras(body))))


@make.mail(N(50), family="reference_request", lang="en", interview=False, company="Columbia Basin Cold Storage",
           days=(("Fri", "2026-10-23"),),
           note="Hiring manager asks for three references by Friday; a deadline, no appointment")
def m50() -> bytes:
    body = t("""
        Hi Marisol,

        Sorry for the slow reply - I was at an audit all last week. Thanks for your note after the
        interview. We'd like to move forward and check references. Could you send me names, titles
        and phone numbers for three professional references, ideally including a current or former
        supervisor, by Friday, October 23?

        Thanks,
        Holly

        Holly Brandvold
        Plant Manager - Moses Lake
        Columbia Basin Cold Storage
        """)
    msgid = "<BL1PR12MB51092A3B316C4D5E6F708192A3B4C@BL1PR12MB5109.namprd12.prod.outlook.com>"
    hs = head(make.addr("Holly Brandvold", "holly.brandvold@cbcoldstorage.com"),
              "RE: Thank you - Sanitation & Food Safety Superintendent interview", "2026-10-20 07:55", PT, msgid,
              "NAM12-BL1-obe.outbound.protection.outlook.com (mail-bl1nam12on2100.outbound.protection.outlook.com [40.107.12.100])")
    return make.message(hs, make.alt(make.text(body), make.html(paras(body, style="font-family:Calibri,sans-serif"))))


# =========================================================================== negatives: the rest of a life


@make.mail(N(39), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Wed", "2026-10-21"),),
           note="Dentist appointment confirmation with an ICS; a confirmed time but not an interview")
def m39() -> bytes:
    body = t("""
        Hi Marisol,

        This is a confirmation of your upcoming appointment at Yakima Family Dental.

        Wednesday, October 21, 2026 at 3:15 PM
        Dr. Anjali Rao - Cleaning & exam
        4001 Summitview Ave, Suite 12, Yakima, WA 98908

        Please arrive 10 minutes early. If you need to reschedule, call us at 509-555-0183 at least
        24 hours in advance.

        Reply C to confirm.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//DentalRemind//Appointments//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:appt-5512093-b316@dentalremind.example.com
        DTSTAMP:20261014T170000Z
        DTSTART:20261021T221500Z
        DTEND:20261021T230500Z
        SUMMARY:Dental appointment - Yakima Family Dental
        LOCATION:4001 Summitview Ave\\, Suite 12\\, Yakima\\, WA 98908
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = mid("b316-39", "dentalremind.example.com")
    hs = head(make.addr("Yakima Family Dental", "appointments@dentalremind.example.com"),
              "Appointment confirmation - Yakima Family Dental", "2026-10-14 10:00", PT, msgid,
              "smtp.dentalremind.example.com (smtp.dentalremind.example.com [192.0.2.61])")
    return make.message(hs, make.mixed(make.alt(make.text(body), make.html(paras(body))),
                                       make.calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                     disposition="attachment")))


@make.mail(N(40), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Google Calendar invite from the candidate's current plant for the SQF recertification audit "
                "opening meeting; a work meeting, not an interview")
def m40() -> bytes:
    body = t("""
        You have been invited to the following event.

        SQF recertification audit - opening meeting
        Tuesday Sep 15, 2026 ⋅ 7am – 8am (Pacific Time - Los Angeles)
        Conference room B, Orchard Ridge Fruit Co., 2200 River Rd, Yakima

        Auditor arrives 6:45. Please have the food safety plan binder, last 90 days of pre-op and
        EMP records, and the mock recall file ready.

        Organizer
        Gary Whitfield - gary.whitfield@orchardridgefruit.com

        Guests
        Gary Whitfield - organizer
        marisol.vega@example.org
        pedro.alcala@orchardridgefruit.com

        Invitation from Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_LA + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20260915T070000
        DTEND;TZID=America/Los_Angeles:20260915T080000
        DTSTAMP:20260909T163000Z
        ORGANIZER;CN=Gary Whitfield:mailto:gary.whitfield@orchardridgefruit.com
        UID:1c7m2b316sq8ad4kf0u9tve5hl@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marisol.vega@example.org;X-NUM-GUESTS=0:mailto:marisol.vega@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pedro.alcala@orchardridgefruit.com;X-NUM-GUESTS=0:mailto:pedro.alcala@orchardridgefruit.com
        LOCATION:Conference room B\\, Orchard Ridge Fruit Co.\\, 2200 River Rd\\, Yakima
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:SQF recertification audit - opening meeting
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<calendar-2e9a7d14-b316-47c1-8f0b-5d3e6a1c9b27@google.com>"
    hs = head(make.addr("Gary Whitfield", "gary.whitfield@orchardridgefruit.com"),
              "Invitation: SQF recertification audit - opening meeting @ Tue Sep 15, 2026 7am - 8am (PDT) "
              "(marisol.vega@example.org)", "2026-09-09 09:30", PT, msgid,
              "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return make.message(hs, make.mixed(
        make.alt(make.text(body), make.html(paras(body)), make.calendar(ics)),
        make.calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(41), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Exchange recurring meeting request (weekly food safety committee, RRULE) at the current employer")
def m41() -> bytes:
    body = t("""
        Moving the food safety committee to Thursdays after the harvest crew change. Same room.
        Supervisors from packing, sanitation, maintenance and receiving please attend.

        Pedro

        When: Occurs every Thursday effective 10/1/2026 from 2:00 PM to 2:45 PM (UTC-08:00) Pacific Time (US & Canada).
        Where: Break room 2 / Teams
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_PACIFIC_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Pedro Alcala:mailto:pedro.alcala@orchardridgefruit.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Vega:mailto:marisol.vega@example.org
        RRULE:FREQ=WEEKLY;BYDAY=TH;WKST=SU
        SUMMARY;LANGUAGE=en-US:Food Safety Committee (weekly)
        DTSTART;TZID=Pacific Standard Time:20261001T140000
        DTEND;TZID=Pacific Standard Time:20261001T144500
        UID:040000008200E00074C5B7101A82E00800000000B3164101A1F3DC01000000000000000010000000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260928T154000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Break room 2 / Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    msgid = "<SA1PR17MB6203C4B316D5E6F7A8B9C0D1E2F30@SA1PR17MB6203.namprd17.prod.outlook.com>"
    hs = head(make.addr("Pedro Alcala", "pedro.alcala@orchardridgefruit.com"),
              "Food Safety Committee (weekly)", "2026-09-28 08:40", PT, msgid,
              "NAM17-SA1-obe.outbound.protection.outlook.com (mail-sa1nam17on2101.outbound.protection.outlook.com [40.107.17.101])")
    return make.message(hs, make.alt(make.text(body), make.html(paras(body, style="font-family:Calibri,sans-serif")),
                                     make.calendar(ics, cte="base64")))


@make.mail(N(42), family="event_registration", lang="en", interview=False, company=None,
           days=(("Tue", "2026-11-17"),),
           note="Registration confirmation for a regional produce-safety summit with a fixed start; not an interview")
def m42() -> bytes:
    body = t("""
        You're registered!

        Columbia Basin Produce Safety Summit 2026
        Tuesday, November 17, 2026 - 8:00 AM to 4:30 PM PST
        Wenatchee Convention Center, 121 N Wenatchee Ave, Wenatchee, WA

        Order #CBPSS-40917 - 1 x Early bird attendee ($185.00)

        Sessions include: FSMA 204 in practice, water testing after the new agricultural water rule,
        and a hiring panel "What plants look for in a food safety lead". Bring business cards - the
        job board wall will be open all day.

        Add to calendar: https://events.example.com/cbpss2026/ical
        """)
    msgid = mid("b316-42", "events.example.com")
    hs = head(make.addr("Columbia Basin Produce Safety Summit", "tickets@events.example.com"),
              "Your tickets for Columbia Basin Produce Safety Summit 2026", "2026-10-22 14:11", PT, msgid,
              "o2.events.example.com (o2.events.example.com [192.0.2.22])")
    return make.message(hs, make.alt(make.text(body), make.html(paras(body))))


@make.mail(N(43), family="webinar", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Zoom webinar registration (FSMA 204 traceability) with a fixed time; not an interview")
def m43() -> bytes:
    body = t("""
        Hi Marisol,

        Thank you for registering for "FSMA 204 Traceability: Is Your Packing House Ready?"

        Date & Time: Oct 15, 2026 11:00 AM Pacific Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/81733204916?tk=b316reg

        Webinar ID: 817 3320 4916
        Passcode: 204204

        You can cancel your registration at any time.

        Hosted by the Northwest Food Safety Institute
        """)
    msgid = mid("b316-43", "zoom.us")
    hs = head(make.addr("Northwest Food Safety Institute", "no-reply@zoom.us"),
              "FSMA 204 Traceability: Is Your Packing House Ready? Confirmation", "2026-10-07 16:20", PT, msgid,
              "mailsv11.zoom.us (mailsv11.zoom.us [170.114.10.11])",
              extra=(("Reply-To", "training@nwfsi.example.org"),))
    return make.message(hs, make.alt(make.text(body), make.html(paras(body))))


@make.mail(N(44), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Sat", "2026-10-10"),),
           note="Car service appointment reminder (text only, 7bit); a fixed time but not an interview")
def m44() -> bytes:
    body = t("""
        Valley Tire & Auto - Appointment Reminder

        Hi Marisol, this is a reminder of your appointment:

        Sat, Oct 10, 2026 at 8:30 AM
        Service: Winter tire changeover + oil change (2019 Toyota RAV4)
        1402 S 1st St, Yakima, WA

        Estimated time: 1.5 hours. Our waiting room has coffee and wifi.

        Reply STOP to opt out of reminders.
        """)
    msgid = mid("b316-44", "shopreminders.example.com")
    hs = head(make.addr("Valley Tire & Auto", "reminders@shopreminders.example.com"),
              "Reminder: your appointment on Sat, Oct 10", "2026-10-08 09:00", PT, msgid,
              "mx.shopreminders.example.com (mx.shopreminders.example.com [192.0.2.210])")
    return make.message(hs, make.text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(45), family="non_interview_calendar", lang="es", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Spanish note from a dual-language school teacher confirming a parent-teacher conference; a fixed "
                "time but not an interview")
def m45() -> bytes:
    body = t("""
        Estimada Sra. Vega:

        Le confirmo su conferencia de padres y maestros para Sofía el jueves 19 de noviembre a las
        4:20 p. m. en el salón 14. Tendremos 20 minutos para revisar su progreso en lectura en
        inglés y en español y las metas para el segundo trimestre.

        Si necesita cambiar la hora, por favor avíseme por este medio o por ClassDojo.

        Atentamente,
        Maestra Daniela Orozco
        Primer grado – Programa de Lenguaje Dual
        Escuela Primaria Garfield, Yakima
        """)
    msgid = "<CAD8sR4b316Qw2=Lp9Vm1Xk7Tc@mail.gmail.com>"
    hs = head(make.addr("Daniela Orozco", "dorozco@yakimaschools.example.org"),
              "Conferencia de padres - Sofía Vega", "2026-11-12 15:48", PT, msgid,
              "mail-qk1-f178.google.com (mail-qk1-f178.google.com [209.85.222.178])",
              charset="iso-8859-1")
    return make.message(hs, make.alt(make.text(body, cte="8bit"), make.html(make.gmail_html(body))))


@make.mail(N(48), family="receipt", lang="en", interview=False, company=None,
           days=(("Tue", "2026-12-08"), ("Thu", "2026-12-10")),
           note="Receipt for a PCQI training course with fixed dates; not an interview")
def m48() -> bytes:
    body = t("""
        Northwest Food Safety Institute - Payment Receipt

        Receipt #: NWFSI-2026-11873
        Date paid: 10/26/2026
        Paid by: Marisol Vega (Visa ending 4471)

        Course: FSPCA Preventive Controls for Human Food (PCQI) - Live Online
        Dates: Tue 12/8/2026 through Thu 12/10/2026, 8:00 AM - 4:30 PM Pacific each day
        Registration fee: $795.00
        Total paid: $795.00

        Your Zoom links and course manual will be emailed one week before the course.

        Questions? training@nwfsi.example.org
        """)
    msgid = mid("b316-48", "nwfsi.example.org")
    hs = head(make.addr("Northwest Food Safety Institute", "receipts@nwfsi.example.org"),
              "Payment receipt - PCQI course (Dec 8-10)", "2026-10-26 19:45", PT, msgid,
              "smtp.nwfsi.example.org (smtp.nwfsi.example.org [192.0.2.118])")
    return make.message(hs, make.alt(make.text(body), make.html(paras(body))))
