"""blind59: 50 hand-written mails from the inbox of a data scientist in Edinburgh.

Inbox owner: Isla Drummond <isla.drummond@example.org>, Europe/London (GMT/BST). Interviews with
companies in Edinburgh, Glasgow, Aberdeen, London, Manchester, Dublin and remote US/European teams,
many of them around the late-March and late-October clock changes.

Written blind (without reading the detector, its tests or the other held-out mails); the MIME
plumbing and the checks are make.py's, imported unchanged. Build and check with
``python3 bench/heldout/make_blind.py blind59``.

File numbers are a fixed shuffle of the writing order: ORDER = random.Random(59059).sample(...);
keys 1-23 (the first 23 mails written) are the positives, 24-50 the negatives.
"""

from __future__ import annotations

import hashlib
import html as _html
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
)

OWNER = "isla.drummond@example.org"
ME = addr("Isla Drummond", OWNER)
ORDER = random.Random(59059).sample(range(1, 51), 50)
_written = [0]


def nid() -> str:
    """Name of the next mail in writing order (its file number comes from ORDER)."""
    n = ORDER[_written[0]]
    _written[0] += 1
    return f"blind59_{n:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, to: str = ME,
         extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    ident = "mx3.example.org (Postfix) with ESMTPS id " + hashlib.sha256(mid.encode()).hexdigest()[:11].upper()
    return [
        ("Delivered-To", OWNER),
        ("Received", received(f"from {relay}", when, zone, ident, OWNER)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def para_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """A plain HTML twin: one <p> per paragraph, <br> inside."""
    paras = [p for p in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n{inner}\n</body></html>\n'


LONDON_VTZ = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
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

TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {mid}
Passcode: {pin}
Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/en-gb/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def exchange_ics(*, method: str, uid: str, organizer: tuple[str, str], attendees: list[tuple[str, str]],
                 summary: str, start: str, end: str, tz: str, stamp: str, seq: int, status: str,
                 location: str, description: str, busy: str = "TENTATIVE", rrule: str | None = None) -> str:
    """The VCALENDAR Exchange Online / Outlook writes into a meeting request (Windows zone names)."""
    att = "\n".join(
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{em}" for cn, em in attendees)
    lines = [
        "BEGIN:VCALENDAR",
        f"METHOD:{method}",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ[tz],
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        att,
        f"DESCRIPTION;LANGUAGE=en-GB:{description}",
        *( [f"RRULE:{rrule}"] if rrule else [] ),
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-GB:{summary}",
        f"DTSTART;TZID={tz}:{start}",
        f"DTEND;TZID={tz}:{end}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        f"STATUS:{status}",
        f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE=en-GB:{location}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hashlib.sha256(uid.encode()).hexdigest()[:7], 16)}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:" + ("1" if rrule else "0"),
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
    ]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def google_ics(*, method: str, uid: str, organizer: tuple[str, str], guests: list[tuple[str, str, str]],
               summary: str, start: str, end: str, stamp: str, created: str, seq: int, status: str,
               description: str, location: str = "", tz: str | None = None, rrule: str | None = None) -> str:
    """The VCALENDAR Google Calendar attaches to invitations (UTC times unless tz is given)."""
    if tz:
        dt = [f"DTSTART;TZID={tz}:{start}", f"DTEND;TZID={tz}:{end}"]
    else:
        dt = [f"DTSTART:{start}", f"DTEND:{end}"]
    att = "\n".join(
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={cn};X-NUM-GUESTS=0:mailto:{em}"
        for cn, em, ps in guests)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        *( [LONDON_VTZ if tz == "Europe/London" else VTZ[tz]] if tz else [] ),
        "BEGIN:VEVENT",
        *dt,
        *( [f"RRULE:{rrule}"] if rrule else [] ),
        f"DTSTAMP:{stamp}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"UID:{uid}",
        att,
        f"CREATED:{created}",
        f"DESCRIPTION:{description}",
        f"LAST-MODIFIED:{stamp}",
        f"LOCATION:{location}",
        f"SEQUENCE:{seq}",
        f"STATUS:{status}",
        f"SUMMARY:{summary}",
        "TRANSP:OPAQUE",
    ]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def google_mail(hs: list[tuple[str, str]], body: str, ics: str, method: str) -> bytes:
    """Google Calendar's layout: alternative(plain, html, calendar) + invite.ics attachment."""
    page = ('<!DOCTYPE html><html><body><div style="font-family:Roboto,Arial,sans-serif;font-size:14px">'
            + "<br>\n".join(_html.escape(x) for x in body.rstrip("\n").split("\n")) + "</div></body></html>\n")
    inner = alt(text(body), html(page), calendar(ics, method=method, cte="base64"))
    att = calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                   disposition="attachment", name_param=True)
    return message(hs, mixed(inner, att))


# =========================================================================== positives (keys 1-23)


@mail(nid(), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-03-17T14:00:00Z", end="2026-03-17T14:45:00Z",
      contact="eilidh.morrison@skerryanalytics.com", company="Skerry Analytics",
      local="Tue 2026-03-17 14:00", local_end="2026-03-17 14:45", zone="Europe/London",
      note="Key 1. Greenhouse confirmation from no-reply, Reply-To = recruiter Eilidh. 'Tuesday, March 17, "
           "2026, 2:00 PM - 2:45 PM GMT': UK still on GMT (BST from 29 March) so 14:00Z-14:45Z; the "
           "attached ICS (UTC) agrees.")
def skerry_greenhouse() -> bytes:
    body = t("""
        Hi Isla,

        Thanks for getting back to us so quickly. Your interview for Data Scientist, Fraud & Financial
        Crime at Skerry Analytics is confirmed - here are the details:

        Interview: Technical deep-dive
        Date: Tuesday, March 17, 2026
        Time: 2:00 PM - 2:45 PM GMT
        Location: Google Meet - https://meet.google.com/qzw-hxrt-pkd

        You'll be speaking with:
          - Eilidh Morrison, Talent Partner
          - Angus Pirie, Principal Data Scientist

        Angus will ask you to walk through a model you've built end to end, so have one in mind. No
        slides needed.

        If anything changes, or you need any adjustments for the interview, just reply to this email.

        Best,
        Eilidh

        Skerry Analytics Ltd, 9 Rutland Quay, Edinburgh
        Powered by Greenhouse
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-73810442@greenhouse.io
        DTSTAMP:20260312T162100Z
        DTSTART:20260317T140000Z
        DTEND:20260317T144500Z
        SUMMARY:Skerry Analytics - Technical deep-dive (Isla Drummond)
        LOCATION:https://meet.google.com/qzw-hxrt-pkd
        ORGANIZER;CN=Eilidh Morrison:mailto:eilidh.morrison@skerryanalytics.com
        ATTENDEE;CN=Isla Drummond;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:isla.drummond@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Skerry Analytics <no-reply@us.greenhouse-mail.io>",
              "Interview confirmed: Data Scientist, Fraud & Financial Crime at Skerry Analytics",
              "2026-03-12 16:21:07", "Europe/London",
              "<2f9c1a6e.AMUAAF8kS1gAAAAAAAAAAKq0@mailer.greenhouse-mail.io>",
              relay="o12.ptr4471.greenhouse-mail.io (o12.ptr4471.greenhouse-mail.io [198.51.100.37])",
              extra=(("Reply-To", "Eilidh Morrison <eilidh.morrison@skerryanalytics.com>"),))
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@mail(nid(), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-04-02T09:30:00Z", end="2026-04-02T10:30:00Z",
      contact="ross.kerr@clydemetrics.co.uk", company="Clyde Metrics",
      local="Thu 2026-04-02 10:30", local_end="2026-04-02 11:30", zone="Europe/London",
      note="Key 2. Google Calendar invitation, organiser Ross Kerr (hiring manager). Sent Fri 27 March in "
           "GMT, interview Thu 2 April 10:30-11:30 after the clocks went forward on 29 March, so BST: "
           "09:30Z-10:30Z; ICS in UTC agrees.")
def clyde_gcal() -> bytes:
    body = t("""
        Clyde Metrics – technical interview (Isla Drummond)
        Thursday 2 April 2026 ⋅ 10:30 – 11:30
        United Kingdom Time

        Google Meet joining info
        Video call link: https://meet.google.com/vbr-tyqe-ksm
        Or dial: (GB) +44 20 3956 1234 PIN: 518 204 773#
        More phone numbers: https://tel.meet/vbr-tyqe-ksm?pin=5182047739

        Hi Isla, looking forward to it. Rough plan for the hour: 15 mins on your background, 30 on a
        SQL + modelling exercise we'll do together in a shared doc (nothing to prepare), 15 for your
        questions. Any issues give me a shout on 07700 900 251. Ross

        Organiser
        Ross Kerr
        ross.kerr@clydemetrics.co.uk

        Guests
        Ross Kerr - organiser
        Leanne Dougan
        isla.drummond@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWJxN2Z0cTNhOGQ

        Reply for isla.drummond@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NWJxN2Z0cTNhOGQ&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NWJxN2Z0cTNhOGQ&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NWJxN2Z0cTNhOGQ&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=NWJxN2Z0cTNhOGQ

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organiser, be
        added to the guest list, invite others regardless of their own invitation status or modify your
        RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    ics = google_ics(
        method="REQUEST", uid="5bq7ftq3a8d2kq0v1m9s4r6h1c@google.com",
        organizer=("Ross Kerr", "ross.kerr@clydemetrics.co.uk"),
        guests=[("Ross Kerr", "ross.kerr@clydemetrics.co.uk", "ACCEPTED"),
                ("Leanne Dougan", "leanne.dougan@clydemetrics.co.uk", "ACCEPTED"),
                ("isla.drummond@example.org", "isla.drummond@example.org", "NEEDS-ACTION")],
        summary="Clyde Metrics – technical interview (Isla Drummond)",
        start="20260402T093000Z", end="20260402T103000Z", stamp="20260327T101522Z",
        created="20260327T101519Z", seq=0, status="CONFIRMED",
        description="Hi Isla\\, looking forward to it. Rough plan for the hour: 15 mins on your background\\, "
                    "30 on a SQL + modelling exercise we'll do together in a shared doc (nothing to prepare)\\, "
                    "15 for your questions. Any issues give me a shout on 07700 900 251. Ross\\n\\n"
                    "Join with Google Meet: https://meet.google.com/vbr-tyqe-ksm",
        location="")
    hs = head("Ross Kerr <ross.kerr@clydemetrics.co.uk>",
              "Invitation: Clyde Metrics – technical interview (Isla Drummond) @ Thu 2 Apr 2026 10:30 - 11:30 "
              "(BST) (isla.drummond@example.org)",
              "2026-03-27 10:15:22", "Europe/London", "<calendar-8d3e0b7a-41f2-4c55-9a0e-6b1f2d7c9e10@google.com>",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Reply-To", "Ross Kerr <ross.kerr@clydemetrics.co.uk>"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return google_mail(hs, body, ics, "REQUEST")


@mail(nid(), family="public_sector_letter", lang="en", interview=True, kind="scheduled",
      start="2026-10-28T10:15:00Z", end=None,
      contact="morag.sinclair@nhspentland.scot", company="NHS Pentland",
      local="Wed 2026-10-28 10:15", zone="Europe/London",
      note="Key 3. NHS panel interview letter (HTML only, QP) from a shared recruitment mailbox; the human "
           "to write to is the recruitment advisor named with her address in the body. Sent Thu 22 Oct "
           "(BST); 'Wednesday 28th October 2026, 10.15am' falls after the clocks go back on 25 October, "
           "so GMT = 10:15Z. 'approximately 45 minutes' -> end null.")
def nhs_letter() -> bytes:
    page = t("""
        <html>
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:11pt;color:#000000">
        <table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td>
        <p style="text-align:right"><img src="https://www.nhspentland.scot/img/nhs-pentland-logo.png" alt="NHS Pentland" width="180"></p>
        <p>Dear Ms Drummond</p>
        <p><b>Post: Data Scientist (Band 7), Public Health Intelligence<br>
        Reference: NPE-26-0417</b></p>
        <p>Thank you for your application for the above post. I am pleased to invite you to attend for
        interview, details of which are given below.</p>
        <table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Wednesday 28th October 2026</td></tr>
        <tr><td><b>Time</b></td><td>10.15am (please report to reception 10 minutes beforehand)</td></tr>
        <tr><td><b>Venue</b></td><td>Meeting Room 2.14, Pentland House, 12 Craiglockhart Crescent, Edinburgh EH14 1ZZ</td></tr>
        <tr><td><b>Format</b></td><td>Panel interview, approximately 45 minutes, including a 10 minute presentation</td></tr>
        </table>
        <p>The interview panel will be Dr Euan Maclean (Consultant in Public Health Medicine), Mhairi Boyd
        (Principal Information Analyst) and Gordon Small (Partnership Representative).</p>
        <p><b>Presentation topic:</b> &ldquo;How could routinely collected hospital data be used to improve
        the planning of winter bed capacity? Please include one limitation of your approach.&rdquo;
        You may bring slides on a USB stick or send them to me by 12 noon on Tuesday 27th October.</p>
        <p>Please bring with you photographic identification (passport or driving licence), evidence of
        your right to work in the UK and original certificates of the qualifications listed on your
        application.</p>
        <p>Please confirm your attendance by replying to this email. If you require any reasonable
        adjustments, or are unable to attend, please contact me on 0131 496 0723 or at
        <a href="mailto:morag.sinclair@nhspentland.scot">morag.sinclair@nhspentland.scot</a> as soon as
        possible.</p>
        <p>Yours sincerely</p>
        <p>Morag Sinclair<br>
        Recruitment Advisor<br>
        NHS Pentland Recruitment Service</p>
        <hr>
        <p style="font-size:8pt;color:#555555">NHS Pentland is committed to equality of opportunity and is
        a Disability Confident employer. This message may contain confidential information. If you are
        not the intended recipient please inform the sender and delete it.<br>
        Mòran taing airson do thaic.</p>
        </td></tr></table>
        </body>
        </html>
        """)
    hs = head("NHS Pentland Recruitment <recruitment@nhspentland.scot>",
              "Invitation to Interview - Data Scientist (Band 7) - Ref NPE-26-0417",
              "2026-10-22 14:05:51", "Europe/London",
              "<LO4P123MB6612A0F3D2B41E9C8A77B1E0D3512@LO4P123MB6612.GBRP123.PROD.OUTLOOK.COM>",
              relay="GBR01-LO4-obe.outbound.protection.outlook.com (mail-lo4gbr01on2107.outbound.protection."
                    "outlook.com [203.0.113.107])",
              extra=(("Thread-Topic", "Invitation to Interview - Data Scientist (Band 7) - Ref NPE-26-0417"),
                     ("Content-Language", "en-GB")))
    return message(hs, html(page))


@mail(nid(), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-03-18T15:00:00Z", end="2026-03-18T16:00:00Z",
      contact="dana@tidewaterlabs.com", company="Tidewater Labs",
      local="Wed 2026-03-18 11:00", local_end="2026-03-18 12:00", zone="America/New_York",
      note="Key 4. Lever confirmation, Reply-To = recruiting lead Dana. '11:00 AM - 12:00 PM EDT' on Wed "
           "18 March: US daylight time began 8 March while the UK is on GMT until 29 March, so EDT = "
           "UTC-4 -> 15:00Z (3pm in Edinburgh, not 4pm). ICS with TZID America/New_York agrees.")
def tidewater_lever() -> bytes:
    body = t("""
        Hi Isla,

        Your interview with Tidewater Labs has been scheduled! Here are the details:

        Senior Data Scientist, Growth (Remote - UK/EU)
        Wednesday, March 18, 2026
        11:00 AM - 12:00 PM EDT (Eastern Daylight Time)

        Zoom: https://tidewaterlabs.zoom.us/j/84120937756?pwd=T2hXcUdYdk1mRk5aZz09

        Interviewers:
        Dana Whitcombe - Recruiting Lead
        Marcus Feld - Director of Data Science

        Please let us know if you have any questions by replying to this email.

        Tidewater Labs
        Powered by Lever
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Lever//Interview Scheduling//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        VTZ["America/New_York"],
        "BEGIN:VEVENT",
        "UID:lever-7d1c0e2a-88b4-4f6e-b3a9-4c51e0f7a2d6",
        "DTSTAMP:20260316T134011Z",
        "DTSTART;TZID=America/New_York:20260318T110000",
        "DTEND;TZID=America/New_York:20260318T120000",
        "SUMMARY:Interview: Isla Drummond <> Tidewater Labs (Senior Data Scientist\\, Growth)",
        "LOCATION:https://tidewaterlabs.zoom.us/j/84120937756",
        "ORGANIZER;CN=Dana Whitcombe:mailto:dana@tidewaterlabs.com",
        "ATTENDEE;CN=Isla Drummond;RSVP=TRUE:mailto:isla.drummond@example.org",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = head("Tidewater Labs <no-reply@hire.lever.co>", "Interview confirmation: Tidewater Labs",
              "2026-03-16 13:40:11", "UTC", "<0100018e4b2c7f3a-5c1e9b7d-2a40-4d8e-9f61-3b7ac2e05d14-000000@email.amazonses.com>",
              relay="a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [198.51.100.31])",
              extra=(("Reply-To", "Dana Whitcombe <dana@tidewaterlabs.com>"),))
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@mail(nid(), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-04-24T09:00:00Z", end="2026-04-24T09:30:00Z",
      contact="hamish.farquhar@bothyenergy.co.uk", company="Bothy Energy",
      local="Fri 2026-04-24 10:00", local_end="2026-04-24 10:30", zone="Europe/London",
      note="Key 5. Calendly invitee confirmation of an intro chat with the hiring manager; Reply-To and "
           "ICS ORGANIZER = Hamish. '10:00am - 10:30am, Friday, April 24, 2026 (British Summer Time)' = "
           "09:00Z-09:30Z.")
def bothy_calendly() -> bytes:
    body = t("""
        Hi Isla Drummond,

        Your Intro chat – Data Science (30 min) with Hamish Farquhar at 10:00am (British Summer Time)
        on Friday, April 24, 2026 is scheduled.

        Event Type:
        Intro chat – Data Science (30 min)

        Event Date/Time:
        10:00am - 10:30am, Friday, April 24, 2026 (British Summer Time)

        Location:
        This is a Microsoft Teams web conference.
        You can join this meeting from any device. A link will be in your calendar invite.

        Invitee Time Zone:
        United Kingdom Time

        Questions:
        Anything you'd like Hamish to know before the chat?
        I've mostly built demand-forecasting models in retail - keen to hear how you use the turbine
        sensor data.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6f1d2b8e-0a7c-4e35-b9d4-2c8e1a5f7b03
        Reschedule: https://calendly.com/reschedulings/6f1d2b8e-0a7c-4e35-b9d4-2c8e1a5f7b03

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:6f1d2b8e-0a7c-4e35-b9d4-2c8e1a5f7b03@calendly.com
        DTSTAMP:20260419T200312Z
        DTSTART:20260424T090000Z
        DTEND:20260424T093000Z
        SUMMARY:Intro chat – Data Science (30 min) between Hamish Farquhar and Isla Drummond
        ORGANIZER;CN=Hamish Farquhar:mailto:hamish.farquhar@bothyenergy.co.uk
        ATTENDEE;CN=Isla Drummond;PARTSTAT=ACCEPTED:mailto:isla.drummond@example.org
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Intro chat – Data Science (30 min) with Hamish Farquhar on Friday, April 24, 2026",
              "2026-04-19 21:03:12", "Europe/London",
              "<ce9d3f0a71b2.20260419200312.4d0a@calendly.com>",
              relay="o5.email.calendly.com (o5.email.calendly.com [198.51.100.155])",
              extra=(("Reply-To", "Hamish Farquhar <hamish.farquhar@bothyenergy.co.uk>"),))
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(nid(), family="human_reply", lang="en", interview=True, kind="scheduled",
      start="2026-05-14T13:30:00Z", end=None,
      contact="kirsty.rennie@brigtonlabs.co.uk", company="Brigton Labs",
      local="Thu 2026-05-14 14:30", zone="Europe/London",
      note="Key 6. Talent partner's reply on top of the quoted thread: 'that's you booked in for Thurs at "
           "half two'. Thurs resolves against the Date (Mon 11 May) to Thu 14 May, matching the quoted "
           "offer 'Thurs 14th at 14:30'; BST -> 13:30Z. 'Roughly an hour' -> end null.")
def brigton_reply() -> bytes:
    body = t("""
        Hiya Isla,

        Perfect, that's you booked in for Thurs at half two with Ruaridh and Priya 🙂 It'll be on Teams -
        I'll fire the invite over later this afternoon. Roughly an hour: a bit about your background,
        then a wee walk-through of the churn model you mentioned.

        Any probs just give me a shout.

        Cheers,
        Kirsty

        Kirsty Rennie | Talent Partner | Brigton Labs
        07700 900 418

        On Sat, 9 May 2026 at 18:41, Isla Drummond <isla.drummond@example.org> wrote:
        > Hi Kirsty,
        >
        > Thanks so much - either of those works for me, though Thursday would be slightly easier if
        > it's all the same.
        >
        > Best,
        > Isla
        >
        > On Fri, 8 May 2026 at 12:03, Kirsty Rennie <kirsty.rennie@brigtonlabs.co.uk> wrote:
        >> Hi Isla,
        >>
        >> Great news - Ruaridh and Priya would like to meet you for the next stage. Would Thurs 14th at
        >> 14:30 or Fri 15th at 10:00 suit?
        >>
        >> Kirsty
        """)
    hs = head("Kirsty Rennie <kirsty.rennie@brigtonlabs.co.uk>", "Re: Data Scientist - next steps",
              "2026-05-11 11:02:40", "Europe/London",
              "<CAJt5xq0Lr8vW2mZ1nKp7dQ3sFhY9eB4uT6gCiA0oXw@mail.gmail.com>",
              relay="mail-yw1-f178.google.com (mail-yw1-f178.google.com [209.85.128.178])",
              extra=(("In-Reply-To", "<CAH9kq2pVz7s1Xo3mTn8LwR4eGd0yJb6cUf5aQiK2hPw@mail.gmail.com>"),
                     ("References", "<CAJt5xq0Ab3cD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX@mail.gmail.com>\r\n "
                                    "<CAH9kq2pVz7s1Xo3mTn8LwR4eGd0yJb6cUf5aQiK2hPw@mail.gmail.com>")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(nid(), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-03-30T13:00:00Z", end="2026-03-30T14:00:00Z",
      contact="jana.petersen@nordlicht-data.de", company="Nordlicht Data",
      local="Mon 2026-03-30 15:00", local_end="2026-03-30 16:00", zone="Europe/Berlin",
      note="Key 7. Ashby confirmation sent Wed 25 March from Berlin (CET, +0100); interview Mon 30 March "
           "'3:00 PM - 4:00 PM CEST' (Europe switched on 29 March) = 13:00Z-14:00Z; the body's 'your time' "
           "line (2-3 PM BST) and the ICS (TZID Europe/Berlin) agree. Reply-To = recruiter Jana.")
def nordlicht_ashby() -> bytes:
    body = t("""
        Hi Isla,

        Your interview is confirmed. We're looking forward to speaking with you!

        Technical interview - Data Scientist (Forecasting)
        Monday, March 30, 2026, 3:00 PM – 4:00 PM CEST
        (2:00 PM – 3:00 PM BST in your time zone)
        Google Meet: https://meet.google.com/hsd-pqwo-zne

        You'll meet with:
          Jana Petersen — Talent Acquisition
          Tobias Wendt — Lead Data Scientist

        The first half hour is a walk-through of your take-home, the second half a conversation about
        time-series methods and how you'd put a model into production.

        Questions? Just reply and it will reach Jana Petersen.

        Thanks,
        Nordlicht Data Recruiting
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Ashby//Ashby Scheduling//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ["Europe/Berlin"],
        "BEGIN:VEVENT",
        "UID:a3e71c09-5b2d-4f8a-9e16-0c4d7b2f8a51",
        "DTSTAMP:20260325T081204Z",
        "DTSTART;TZID=Europe/Berlin:20260330T150000",
        "DTEND;TZID=Europe/Berlin:20260330T160000",
        "SEQUENCE:0",
        "SUMMARY:Nordlicht Data – Technical interview (Isla Drummond)",
        "LOCATION:Google Meet",
        "ORGANIZER;CN=Jana Petersen:mailto:jana.petersen@nordlicht-data.de",
        "ATTENDEE;CN=Isla Drummond;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:isla.drummond@example.org",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = head("Nordlicht Data <no-reply@ashbyhq.com>",
              "Interview confirmed: Data Scientist (Forecasting) at Nordlicht Data",
              "2026-03-25 09:12:04", "Europe/Berlin",
              "<010201952c6e8f41-8b3d0e7a-6c21-4a9f-b5e0-71d2c4f8a93e-000000@eu-west-1.amazonses.com>",
              relay="a9-12.smtp-out.eu-west-1.amazonses.com (a9-12.smtp-out.eu-west-1.amazonses.com [198.51.100.12])",
              extra=(("Reply-To", "Jana Petersen <jana.petersen@nordlicht-data.de>"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(para_html(body), cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(nid(), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-05-06T08:30:00Z", end="2026-05-06T09:30:00Z",
      contact="lorna.mcallister@forthbank.co.uk", company="Forthbank Group",
      local="Wed 2026-05-06 09:30", local_end="2026-05-06 10:30", zone="Europe/London",
      note="Key 8. Workday 'Interview Scheduled' from the tenant's myworkday.com mailbox, HTML only in "
           "base64; the recruiter's address is in the body. 'Wednesday 06/05/2026' is day-first (6 May), "
           "'09:30 - 10:30 (GMT+01:00) London' = 08:30Z-09:30Z.")
def forthbank_workday() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4">
        <tr><td align="center">
        <table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333333">
        <tr><td style="background:#00264d;color:#ffffff;font-size:18px">Forthbank Group Careers</td></tr>
        <tr><td>
        <p>Dear Isla,</p>
        <p>Thank you for your interest in the <b>Senior Data Scientist, Credit Risk</b> position
        (R-0045512). We are pleased to confirm that your interview has been scheduled as follows:</p>
        <table cellpadding="6" cellspacing="0" style="font-size:14px">
        <tr><td style="color:#777777">Interview</td><td>Panel interview (competency &amp; technical)</td></tr>
        <tr><td style="color:#777777">Date</td><td>Wednesday 06/05/2026</td></tr>
        <tr><td style="color:#777777">Time</td><td>09:30 - 10:30 (GMT+01:00) London</td></tr>
        <tr><td style="color:#777777">Location</td><td>Forthbank House, 1 Lochside Square, Edinburgh EH3 9ZZ &ndash; please ask for the Analytics floor at reception</td></tr>
        <tr><td style="color:#777777">Interviewers</td><td>Graham Baxter (Head of Credit Analytics), Sunita Rao (Model Risk Lead)</td></tr>
        </table>
        <p>Please bring photo ID. If you need any adjustments for your interview or have questions,
        contact your recruiter Lorna McAllister at
        <a href="mailto:lorna.mcallister@forthbank.co.uk">lorna.mcallister@forthbank.co.uk</a>.</p>
        <p>You can view your application at any time in the
        <a href="https://wd3.myworkdayjobs.com/forthbank_careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Forthbank Group Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999999">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table>
        </td></tr></table>
        </body></html>
        """)
    hs = head("Forthbank Group <forthbank@myworkday.com>",
              "Interview Scheduled - Senior Data Scientist, Credit Risk (R-0045512)",
              "2026-04-30 15:47:33", "Europe/London",
              "<1870512283.96114.1777560453209@wd3-impl-prod.myworkday.com>",
              relay="wd3-mta02.myworkday.com (wd3-mta02.myworkday.com [203.0.113.52])")
    return message(hs, html(page, cte="base64"))


@mail(nid(), family="successfactors", lang="en", interview=True, kind="scheduled",
      start="2026-10-22T10:00:00Z", end="2026-10-22T11:00:00Z",
      contact="callum.ewen@deevalleyenergy.com", company="Dee Valley Energy",
      local="Thu 2026-10-22 11:00", local_end="2026-10-22 12:00", zone="Europe/London",
      note="Key 9. SAP SuccessFactors interview-scheduling confirmation from a no-reply sender; ICS "
           "ORGANIZER and the body name the recruiter Callum. 'Date: 22/10/2026 Time: 11:00 - 12:00 "
           "(GMT+01:00) Europe/London' is still BST (clocks go back 25 Oct) = 10:00Z-11:00Z.")
def deevalley_sf() -> bytes:
    body = t("""
        Dear Isla Drummond,

        Thank you for selecting an interview slot. Your interview has been confirmed as follows:

        Job Requisition: Data Scientist - Subsurface Analytics (Req ID 18842)
        Interview Date: 22/10/2026
        Interview Time: 11:00 - 12:00 (GMT+01:00) Europe/London
        Location: Dee Valley House, Arnhall Business Park, Westhill, Aberdeen AB32 6ZZ
        Interviewers: Callum Ewen (Talent Acquisition), Dr Shona Gillespie (Subsurface Data Lead)

        A calendar invitation is attached. Please arrive 15 minutes early and sign in at reception;
        parking is available on site.

        If you have any questions please contact Callum Ewen, callum.ewen@deevalleyenergy.com.

        Kind regards,
        Dee Valley Energy Talent Acquisition

        This is a system generated email. Please do not reply to this message.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:SF-ISC-18842-000317-20261019
        DTSTAMP:20261019T073005Z
        DTSTART:20261022T100000Z
        DTEND:20261022T110000Z
        SUMMARY:Interview: Data Scientist - Subsurface Analytics (Req ID 18842)
        LOCATION:Dee Valley House\\, Arnhall Business Park\\, Westhill\\, Aberdeen AB32 6ZZ
        ORGANIZER;CN=Callum Ewen:mailto:callum.ewen@deevalleyenergy.com
        ATTENDEE;CN=Isla Drummond;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:isla.drummond@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Dee Valley Energy Careers <noreply@successfactors.eu>",
              "Interview Confirmation: Data Scientist - Subsurface Analytics (Req ID 18842)",
              "2026-10-19 08:30:05", "Europe/London",
              "<1432887102.240113.1792395005117@sfmailer02.eu.successfactors.com>",
              relay="mta-eu2.successfactors.eu (mta-eu2.successfactors.eu [203.0.113.88])")
    return message(hs, mixed(alt(text(body), html(para_html(body, "font-family:Verdana,sans-serif;font-size:12px"))),
                             calendar(ics, method="REQUEST", filename="Interview.ics", disposition="attachment",
                                      name_param=True)))


@mail(nid(), family="exchange_invite", lang="en", interview=True, kind="scheduled",
      start="2026-10-27T15:00:00Z", end="2026-10-27T16:00:00Z",
      contact="niamh.gallagher@liffeyside.ie", company="Liffeyside Insurance",
      local="Tue 2026-10-27 15:00", local_end="2026-10-27 16:00", zone="Europe/Dublin",
      note="Key 10. Exchange/Teams meeting request from the Dublin recruiter (organiser). Sent Thu 22 Oct "
           "in Irish Standard Time (+0100); the date is only in the ICS (TZID GMT Standard Time, "
           "20261027T150000) and the body says '3pm for both of us' after the clocks go back on Sunday: "
           "GMT = 15:00Z-16:00Z.")
def liffeyside_exchange() -> bytes:
    body = t("""
        Hi Isla,

        Thanks for your time on the phone on Monday. As discussed, here's the invite for the second-stage
        interview with myself and Declan Ryan (Head of Pricing Analytics). We'll spend about 15 minutes
        on a short pricing case you'll receive on the day, and the rest on your experience.

        We're both back on GMT from Sunday, so it's 3pm for the two of us.

        Kind regards,
        Niamh

        Niamh Gallagher
        Talent Acquisition Partner | Liffeyside Insurance DAC
        Liffeyside House, 40 Sir John Rogerson's Quay, Dublin 2
        M: +353 87 555 0142

        """) + TEAMS.format(code="NjQ2YzE4ZmItOGQ0Ny00YjE2LWE1NTctZjBjMjY4ZTk4NzEx",
                            tid="7e2c5a10-44b1-4d8b-9f2a-c1e0b7d93a66", mid="368 214 905 117", pin="Xq7Ev2")
    ics = exchange_ics(
        method="REQUEST",
        uid="040000008200E00074C5B7101A82E0080000000090E3F2B1A562DC01000000000000000010000000C4A1E2D37B0F6A4C9E58D21B7F3A0C64",
        organizer=("Niamh Gallagher", "niamh.gallagher@liffeyside.ie"),
        attendees=[("Isla Drummond", "isla.drummond@example.org"),
                   ("Declan Ryan", "declan.ryan@liffeyside.ie")],
        summary="Second interview – Isla Drummond / Pricing Data Scientist",
        start="20261027T150000", end="20261027T160000", tz="GMT Standard Time", stamp="20261022T094117Z",
        seq=0, status="CONFIRMED", location="Microsoft Teams Meeting",
        description="Hi Isla\\,\\n\\nThanks for your time on the phone on Monday. As discussed\\, here's the "
                    "invite for the second-stage interview with myself and Declan Ryan (Head of Pricing "
                    "Analytics).\\n\\nKind regards\\,\\nNiamh\\n")
    hs = head("Niamh Gallagher <niamh.gallagher@liffeyside.ie>",
              "Second interview – Isla Drummond / Pricing Data Scientist",
              "2026-10-22 10:41:17", "Europe/Dublin",
              "<DB9PR02MB7251C3A0E8F14B6D9A21E5C7B40F2@DB9PR02MB7251.eurprd02.prod.outlook.com>",
              relay="EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2101.outbound.protection."
                    "outlook.com [203.0.113.101])",
              extra=(("Thread-Topic", "Second interview - Isla Drummond / Pricing Data Scientist"),
                     ("Thread-Index", "AdtD7k2Q9aVv0nL1TeqkX3c8mRf0Ag=="),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-IE")))
    return message(hs, alt(text(body), html(para_html(body, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(nid(), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-03-26T11:00:00Z", end="2026-03-26T11:45:00Z",
      contact="tom.achebe@penrosehealth.co.uk", company="Penrose Health",
      local="Thu 2026-03-26 11:00", local_end="2026-03-26 11:45", zone="Europe/London",
      note="Key 11. Google Calendar 'Updated invitation' (SEQUENCE 2) from the hiring manager: moved from "
           "the Wednesday afternoon to Thu 26 March 11:00-11:45, still GMT (BST from 29 March) = "
           "11:00Z-11:45Z. Thread with the earlier Penrose self-schedule request (key 32).")
def penrose_updated() -> bytes:
    body = t("""
        This event has been updated
        Changed: date and time

        Penrose Health – hiring manager interview (Isla Drummond)
        Thursday 26 March 2026 ⋅ 11:00 – 11:45
        United Kingdom Time

        Google Meet joining info
        Video call link: https://meet.google.com/ukw-mfzn-qra
        Or dial: (GB) +44 20 3956 7788 PIN: 402 118 936#

        Hi Isla - so sorry, I've had to shift this from Wednesday afternoon as our board meeting moved.
        Same format: 45 mins, me and Grace from Product. Tom

        Organiser
        Tom Achebe
        tom.achebe@penrosehealth.co.uk

        Guests
        Tom Achebe - organiser
        Grace Whelan
        isla.drummond@example.org

        Reply for isla.drummond@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=MGc1dDhtcjJrcA&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=MGc1dDhtcjJrcA&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=MGc1dDhtcjJrcA&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=MGc1dDhtcjJrcA

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    ics = google_ics(
        method="REQUEST", uid="0g5t8mr2kp4h6s1b3v7n9c2xq@google.com",
        organizer=("Tom Achebe", "tom.achebe@penrosehealth.co.uk"),
        guests=[("Tom Achebe", "tom.achebe@penrosehealth.co.uk", "ACCEPTED"),
                ("Grace Whelan", "grace.whelan@penrosehealth.co.uk", "ACCEPTED"),
                ("isla.drummond@example.org", "isla.drummond@example.org", "NEEDS-ACTION")],
        summary="Penrose Health – hiring manager interview (Isla Drummond)",
        start="20260326T110000", end="20260326T114500", tz="Europe/London",
        stamp="20260323T173002Z", created="20260318T101244Z", seq=2, status="CONFIRMED",
        description="Hi Isla - so sorry\\, I've had to shift this from Wednesday afternoon as our board meeting "
                    "moved. Same format: 45 mins\\, me and Grace from Product. Tom\\n\\nJoin with Google Meet: "
                    "https://meet.google.com/ukw-mfzn-qra")
    hs = head("Tom Achebe <tom.achebe@penrosehealth.co.uk>",
              "Updated invitation: Penrose Health – hiring manager interview (Isla Drummond) @ Thu 26 Mar 2026 "
              "11:00 - 11:45 (GMT) (isla.drummond@example.org)",
              "2026-03-23 17:30:02", "Europe/London", "<calendar-1f7b2c90-6e3d-4a15-8c44-9d0e2a7b5f31@google.com>",
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Reply-To", "Tom Achebe <tom.achebe@penrosehealth.co.uk>"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return google_mail(hs, body, ics, "REQUEST")


@mail(nid(), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T15:30:00Z",
      contact="megan.ostrowski@cobaltridge.io", company="Cobalt Ridge Analytics",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:30", zone="America/New_York",
      note="Key 12. US recruiter moves the final panel from Tue 10/27 to 'Thursday 10/29, 10:00am-11:30am "
           "ET'. Europe is back on GMT from 25 Oct but the US stays on EDT until 1 Nov, so ET = UTC-4 -> "
           "14:00Z-15:30Z ('2pm Scottish time', which the mail also says). New time is the label.")
def cobalt_moved() -> bytes:
    body = t("""
        Hi Isla,

        Hope you're well! Small change to your final round - Priya has been pulled into an offsite on
        Tuesday, so we've moved the panel from Tue 10/27 to Thursday 10/29, 10:00am-11:30am ET.

        That's 2pm "Scottish time" :) Heads up though: your clocks go back this weekend and ours don't
        until Nov 1, so next week the gap is 4 hours rather than 5. I double-checked and it's definitely
        2pm for you.

        Same Zoom link, same panel (Priya Natarajan, Ben Carver, Luis Ortega), still 90 minutes. You'll
        get the updated calendar invite shortly.

        Thanks so much for being flexible!

        Megan Ostrowski
        Senior Technical Recruiter | Cobalt Ridge Analytics
        Boston, MA
        """)
    hs = head("Megan Ostrowski <megan.ostrowski@cobaltridge.io>", "Your final round - new date",
              "2026-10-23 09:15:48", "America/New_York",
              "<BN8PR11MB36040E7C2A91D5F3B8C61A4E9B2D@BN8PR11MB3604.namprd11.prod.outlook.com>",
              relay="NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2090.outbound.protection."
                    "outlook.com [198.51.100.90])",
              extra=(("Content-Language", "en-US"),))
    return message(hs, alt(text(body), html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


@mail(nid(), family="exchange_invite", lang="en", interview=True, kind="rescheduled",
      start="2026-04-15T08:30:00Z", end="2026-04-15T09:30:00Z",
      contact="joanne.whitworth@irwelldata.co.uk", company="Irwell Data",
      local="Wed 2026-04-15 09:30", local_end="2026-04-15 10:30", zone="Europe/London",
      note="Key 13. Outlook 'Updated:' meeting request (SEQUENCE 1, windows-1252 text parts) from the "
           "Manchester recruiter: moved by a day to Weds 15 April 09:30-10:30. The When line shows "
           "Outlook's '(UTC+00:00) Dublin, Edinburgh, Lisbon, London' label, but in April that zone is "
           "on BST: 08:30Z-09:30Z, as the ICS (GMT Standard Time) says.")
def irwell_updated() -> bytes:
    body = t("""
        When: Wednesday, 15 April 2026 09:30-10:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Isla,

        Apologies – I’ve had to move this by a day as Dave is now on annual leave on Tuesday. New slot
        is Weds 15th, 9:30–10:30, same Teams link. Hope that still works; let me know if not.

        Thanks,
        Joanne

        Joanne Whitworth
        Senior Talent Acquisition Partner
        Irwell Data Ltd | Manchester

        """) + TEAMS.format(code="ZTk0MWI3YzItMzA1Yy00ZDk4LWJhN2EtNjE4ZmE0YzJkMGU1",
                            tid="a41c9e07-2b3d-4f86-8c1e-5d0b7f29e3a4", mid="391 702 554 268", pin="Wm4Rp9")
    ics = exchange_ics(
        method="REQUEST",
        uid="040000008200E00074C5B7101A82E00800000000B0C94D6E21C3DC0100000000000000001000000087D2F61A0C4B3E479A1E62C8D5B7E903",
        organizer=("Joanne Whitworth", "joanne.whitworth@irwelldata.co.uk"),
        attendees=[("Isla Drummond", "isla.drummond@example.org"),
                   ("Dave Hollins", "dave.hollins@irwelldata.co.uk")],
        summary="Data Scientist interview – Isla Drummond",
        start="20260415T093000", end="20260415T103000", tz="GMT Standard Time", stamp="20260409T112041Z",
        seq=1, status="CONFIRMED", location="Microsoft Teams Meeting",
        description="Hi Isla\\,\\n\\nApologies – I’ve had to move this by a day as Dave is now on annual leave "
                    "on Tuesday. New slot is Weds 15th\\, 9:30–10:30\\, same Teams link.\\n\\nThanks\\,\\nJoanne\\n")
    hs = head("Joanne Whitworth <joanne.whitworth@irwelldata.co.uk>",
              "Updated: Data Scientist interview – Isla Drummond",
              "2026-04-09 12:20:41", "Europe/London",
              "<LO2P265MB40718A3C6D2E1F90B5C47E21A9D3@LO2P265MB4071.GBRP265.PROD.OUTLOOK.COM>",
              relay="GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2119.outbound.protection."
                    "outlook.com [203.0.113.119])",
              extra=(("Thread-Topic", "Data Scientist interview - Isla Drummond"),
                     ("Thread-Index", "AdrIa0ZbOq2m3Yq0Rm6x1hVv8kTf7AAAJ4cg"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-GB")))
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt").replace(
                               'charset="utf-8"', 'charset="windows-1252"'), charset="windows-1252"),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(nid(), family="agency_reply", lang="en", interview=True, kind="rescheduled",
      start="2026-05-22T10:15:00Z", end=None,
      contact="gregor.lawson@mercatrecruitment.co.uk", company="Thistledown Insurance",
      local="Fri 2026-05-22 11:15", zone="Europe/London",
      note="Key 14. Agency consultant's iPhone reply: the client moved the interview from Weds 20th to "
           "'Friday (22nd) - still 11.15', accepted on the candidate's behalf ('all confirmed'). BST -> "
           "10:15Z. Hiring company = the agency's client; contact = the consultant (human sender).")
def mercat_moved() -> bytes:
    body = t("""
        Hi Isla

        Client's asked if we can push Weds to Friday (22nd) - still 11.15, same place. I've said that's
        fine as you mentioned Fri was free, so all confirmed. Shout if any issues!

        Gregor

        Sent from my iPhone

        > On 14 May 2026, at 09:32, Gregor Lawson <gregor.lawson@mercatrecruitment.co.uk> wrote:
        >
        > Morning Isla, great news - Thistledown Insurance would like to meet you! Confirmed for Weds 20th
        > May at 11.15am at their office, Harbourside House, 21 Commercial Quay, Leith. You'll meet Ravi
        > Menon (Head of Pricing) and someone from their HR team. I'll send over some prep notes tomorrow.
        >
        > Gregor Lawson
        > Principal Consultant - Data & Analytics
        > Mercat Recruitment | 0131 496 0514
        """)
    hs = head("Gregor Lawson <gregor.lawson@mercatrecruitment.co.uk>", "Re: Thistledown - interview",
              "2026-05-18 16:48:09", "Europe/London", "<8E4C21F7-3B9A-4D60-A1E5-7C2F90B8D416@mercatrecruitment.co.uk>",
              relay="mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])",
              extra=(("In-Reply-To", "<5D0A7E93-12C4-4B8F-9E36-A07F1C2D8B55@mercatrecruitment.co.uk>"),
                     ("X-Mailer", "iPhone Mail (21F90)")))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(nid(), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-03-09T13:00:00Z", end="2026-03-09T13:45:00Z",
      contact="fiona.crerar@portobelloanalytics.com", company="Portobello Analytics",
      local="Mon 2026-03-09 13:00", local_end="2026-03-09 13:45", zone="Europe/London",
      note="Key 15. Google Calendar cancellation with a note (METHOD:CANCEL, STATUS:CANCELLED) from the "
           "organiser; the cancelled slot Mon 9 March 13:00-13:45 GMT = 13:00Z-13:45Z.")
def portobello_cancel() -> bytes:
    body = t("""
        This event has been cancelled with a note:
        "Hi Isla, apologies - we've had to pause this hire for now. I'll email you properly later today.
        Fiona"

        Interview: Isla Drummond / Data Scientist
        Monday 9 March 2026 ⋅ 13:00 – 13:45
        United Kingdom Time

        Organiser
        Fiona Crerar
        fiona.crerar@portobelloanalytics.com

        Guests
        Fiona Crerar - organiser
        Stuart Heggie
        isla.drummond@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organiser, be
        added to the guest list, invite others regardless of their own invitation status or modify your
        RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    ics = google_ics(
        method="CANCEL", uid="3kq8v1r5n7p2t0m4b6c9x1z3aw@google.com",
        organizer=("Fiona Crerar", "fiona.crerar@portobelloanalytics.com"),
        guests=[("Stuart Heggie", "stuart.heggie@portobelloanalytics.com", "ACCEPTED"),
                ("isla.drummond@example.org", "isla.drummond@example.org", "ACCEPTED")],
        summary="Interview: Isla Drummond / Data Scientist",
        start="20260309T130000Z", end="20260309T134500Z", stamp="20260305T110233Z",
        created="20260302T154010Z", seq=1, status="CANCELLED",
        description="Hi Isla\\, apologies - we've had to pause this hire for now. I'll email you properly later "
                    "today. Fiona")
    hs = head("Fiona Crerar <fiona.crerar@portobelloanalytics.com>",
              "Cancelled event with note: Interview: Isla Drummond / Data Scientist @ Mon 9 Mar 2026 13:00 - 13:45 "
              "(GMT) (isla.drummond@example.org)",
              "2026-03-05 11:02:33", "Europe/London", "<calendar-6a0d3e51-9b7c-4f28-a2e4-15c8f9d07b62@google.com>",
              relay="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              extra=(("Reply-To", "Fiona Crerar <fiona.crerar@portobelloanalytics.com>"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return google_mail(hs, body, ics, "CANCEL")


@mail(nid(), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-10-23T09:00:00Z", end=None,
      contact="alasdair.mackie@northpointsubsea.co.uk", company="Northpoint Subsea",
      local="Fri 2026-10-23 10:00", zone="Europe/London",
      note="Key 16. Hiring manager cancels 'our chat on Friday at 10' because the role is on hold; Friday "
           "resolves against the Date (Tue 20 Oct) to Fri 23 Oct, still BST -> 09:00Z. No new time.")
def northpoint_cancel() -> bytes:
    body = t("""
        Hi Isla,

        I'm really sorry to do this, but I need to cancel our chat on Friday at 10. We found out this
        afternoon that the role has been put on hold until after the budget review in January, and I'd
        rather tell you now than waste your time.

        I genuinely enjoyed reading your application, and if it reopens you'll be the first person I
        call. Happy to stay in touch in the meantime.

        All the best,
        Alasdair

        --
        Alasdair Mackie
        Data Science Manager | Northpoint Subsea Ltd
        Altens Industrial Estate, Aberdeen
        """)
    hs = head("Alasdair Mackie <alasdair.mackie@northpointsubsea.co.uk>", "Friday",
              "2026-10-20 16:55:02", "Europe/London",
              "<CAGr4m0vX9pK2sTq7wB1nL5eYh3dZc8uJf6oRi0aMx2@mail.gmail.com>",
              relay="mail-lj1-f181.google.com (mail-lj1-f181.google.com [209.85.208.181])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(nid(), family="exchange_cancel", lang="en", interview=True, kind="cancelled",
      start="2026-03-30T08:30:00Z", end="2026-03-30T09:30:00Z",
      contact="douglas.reid@transportinsights.scot", company="Scottish Transport Insights Agency",
      local="Mon 2026-03-30 09:30", local_end="2026-03-30 10:30", zone="Europe/London",
      note="Key 17. Outlook cancellation (METHOD:CANCEL) of a public-sector panel interview, sent Wed 25 "
           "March in GMT. Cancelled slot Mon 30 March 09:30-10:30 in 'GMT Standard Time', the day after "
           "the clocks go forward: BST -> 08:30Z-09:30Z (the '(UTC+00:00)' label is the standard offset).")
def stia_cancel() -> bytes:
    body = t("""
        When: Monday, 30 March 2026 09:30-10:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Room 4.02, Calton Wynd House, Edinburgh

        Dear Isla,

        Unfortunately we need to cancel Monday's panel interview, as two of the panel members are unwell.
        I'm very sorry for the short notice. We will be in touch by the end of next week to offer you a
        new date.

        Kind regards,

        Douglas Reid
        Senior Statistician | Scottish Transport Insights Agency
        Calton Wynd House, Edinburgh
        """)
    ics = exchange_ics(
        method="CANCEL",
        uid="040000008200E00074C5B7101A82E0080000000060A7D0E4F4B9DC010000000000000000100000002F9B1C7E0D3A52418E6B03D4C1A7F85E",
        organizer=("Douglas Reid", "douglas.reid@transportinsights.scot"),
        attendees=[("Isla Drummond", "isla.drummond@example.org"),
                   ("Ann-Marie Cowan", "annmarie.cowan@transportinsights.scot"),
                   ("Iain Rutherford", "iain.rutherford@transportinsights.scot")],
        summary="Cancelled: Panel Interview – Senior Analyst (Ref STIA/2026/114)",
        start="20260330T093000", end="20260330T103000", tz="GMT Standard Time", stamp="20260325T141208Z",
        seq=1, status="CANCELLED", location="Room 4.02\\, Calton Wynd House\\, Edinburgh", busy="FREE",
        description="Dear Isla\\,\\n\\nUnfortunately we need to cancel Monday's panel interview\\, as two of the "
                    "panel members are unwell.\\n")
    hs = head("Douglas Reid <douglas.reid@transportinsights.scot>",
              "Cancelled: Panel Interview – Senior Analyst (Ref STIA/2026/114)",
              "2026-03-25 14:12:08", "Europe/London",
              "<CWLP123MB5102F4E7A9C30D21B6E58A4C7F10@CWLP123MB5102.GBRP123.PROD.OUTLOOK.COM>",
              relay="GBR01-CWL-obe.outbound.protection.outlook.com (mail-cwlgbr01on2131.outbound.protection."
                    "outlook.com [203.0.113.131])",
              extra=(("Thread-Topic", "Panel Interview - Senior Analyst (Ref STIA/2026/114)"),
                     ("Thread-Index", "AdqYb7Fh3T0yKq9cQeWn5pL2rM8sBw=="),
                     ("Importance", "high"), ("X-Priority", "1"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-GB")))
    return message(hs, alt(text(body), html(para_html(body, "font-family:Arial,sans-serif;font-size:11pt")),
                           calendar(ics, method="CANCEL", cte="base64")))


@mail(nid(), family="forward_to_self", lang="en", interview=True, kind="scheduled",
      start="2026-03-12T09:30:00Z", end=None,
      contact="sarah.loudon@pibrochgames.com", company="Pibroch Games",
      local="Thu 2026-03-12 09:30", zone="Europe/London",
      note="Key 18. The candidate forwards a recruiter's confirmation from her other address to herself "
           "('for the diary'). Contact = the recruiter in the forwarded header (never the candidate). "
           "'Thursday 12 March at 9.30am', GMT -> 09:30Z; 'around two hours' -> end null.")
def pibroch_forward() -> bytes:
    body = t("""
        for the diary - bring laptop + printed CV?? also check the 35 bus times to Leith

        ---------- Forwarded message ---------
        From: Sarah Loudon <sarah.loudon@pibrochgames.com>
        Date: Fri, 6 Mar 2026 at 15:10
        Subject: Re: Data Scientist (Player Insights) - interview
        To: Isla Drummond <isla.d@example.com>


        Hi Isla,

        Great, Thursday works for us too. So that's confirmed for Thursday 12 March at 9.30am at our
        office:

        Pibroch Games
        Unit 4, 55 Salamander Street
        Edinburgh EH6 7ZZ

        You'll meet me, Davie (Head of Analytics) and one of our game designers. It should take around
        two hours - a short technical exercise on some anonymised player telemetry, then a chat, and
        there's a tour of the studio if you fancy it.

        Give me a call on 0131 496 0288 if you get lost, the buzzer is temperamental.

        Cheers,
        Sarah

        Sarah Loudon
        People & Talent Lead | Pibroch Games
        """)
    hs = head("Isla Drummond <isla.d@example.com>",
              "Fwd: Re: Data Scientist (Player Insights) - interview",
              "2026-03-07 10:05:44", "Europe/London",
              "<CAM8pQz1wE4rT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN@mail.gmail.com>",
              relay="mail-ed1-f52.google.com (mail-ed1-f52.google.com [209.85.208.52])",
              to="isla.drummond@example.org")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(nid(), family="pinpoint", lang="en", interview=True, kind="scheduled",
      start="2026-10-19T12:00:00Z", end="2026-10-19T13:00:00Z",
      contact="heather.munro@brambleandloch.com", company="Bramble & Loch",
      local="Mon 2026-10-19 13:00", local_end="2026-10-19 14:00", zone="Europe/London",
      note="Key 19. Pinpoint booking confirmation after the candidate picked a slot; Reply-To = the TA "
           "manager. 'Monday 19 October 2026, 1:00pm - 2:00pm (BST)' = 12:00Z-13:00Z.")
def bramble_pinpoint() -> bytes:
    body = t("""
        Hi Isla,

        Thanks for choosing a time - your interview is booked.

        Role: Data Scientist (Commercial)
        When: Monday 19 October 2026, 1:00pm - 2:00pm (BST)
        Where: Google Meet - https://meet.google.com/jtr-vxqd-wmb
        With: Heather Munro (Talent Acquisition Manager) and Jack Ferguson (Commercial Analytics Lead)

        Add to calendar: Google | Outlook | iCal

        If you need to change anything, just reply to this email and Heather will pick it up.

        Best wishes,
        The Bramble & Loch team

        --
        Sent by Pinpoint on behalf of Bramble & Loch Distillers Ltd.
        Manage how we use your data: https://brambleandloch.pinpointhq.com/privacy
        """)
    hs = head("Bramble & Loch <no-reply@mail.pinpointhq.com>",
              "Interview booked: Data Scientist (Commercial) at Bramble & Loch",
              "2026-10-14 10:20:37", "Europe/London",
              "<6b1f0e8c2a9d4e73b5c8@mail.pinpointhq.com>",
              relay="o3.mail.pinpointhq.com (o3.mail.pinpointhq.com [198.51.100.203])",
              extra=(("Reply-To", "Heather Munro <heather.munro@brambleandloch.com>"),))
    return message(hs, alt(text(body), html(para_html(body, "font-family:Inter,Arial,sans-serif;font-size:15px"))))


@mail(nid(), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-11-10T15:30:00Z", end="2026-11-10T16:15:00Z",
      contact=None, company="Kelpie Robotics",
      local="Tue 2026-11-10 15:30", local_end="2026-11-10 16:15", zone="Europe/London",
      note="Key 20. Workable 'interview scheduled' from noreply with a Workable +relay Reply-To (not a "
           "human mailbox); no personal address anywhere -> contact null. 'Tue, Nov 10, 2026 at 3:30 PM "
           "(GMT)', 'Duration: 45 minutes' -> 15:30Z-16:15Z.")
def kelpie_workable() -> bytes:
    body = t("""
        Hi Isla,

        Your interview for the Data Scientist - Robot Perception role at Kelpie Robotics has been
        scheduled.

        Tue, Nov 10, 2026 at 3:30 PM (GMT)
        Duration: 45 minutes
        Type: Video call (Google Meet)
        Interviewers: Morven Stewart, Ali Hassan

        Join the call: https://meet.google.com/wpe-kzrb-hmx

        If you have any questions, simply reply to this email.

        Good luck!
        Kelpie Robotics Hiring Team

        Sent with Workable
        """)
    hs = head("Kelpie Robotics <noreply@candidates.workablemail.com>",
              "Interview scheduled: Data Scientist - Robot Perception at Kelpie Robotics",
              "2026-11-04 12:00:19", "Europe/London",
              "<6548a3f1e0b2c_3f7a9d2b41e8@workable-mailer-5c8d7f.mail>",
              relay="mail5.candidates.workablemail.com (mail5.candidates.workablemail.com [198.51.100.5])",
              extra=(("Reply-To", "kelpie-robotics+2b7f91c4d0@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(para_html(body, "font-family:Helvetica,Arial,sans-serif;font-size:14px"))))


@mail(nid(), family="human_html", lang="en", interview=True, kind="scheduled",
      start="2026-11-05T09:00:00Z", end="2026-11-05T10:30:00Z",
      contact="charlotte.hale@marchmontstrategy.com", company="Marchmont Strategy",
      local="Thu 2026-11-05 09:00", local_end="2026-11-05 10:30", zone="Europe/London",
      note="Key 21. HTML-only (base64) confirmation of two back-to-back case interviews on Thu 5 Nov: "
           "09:00-09:45 and 09:45-10:30 GMT -> first start to last end, 09:00Z-10:30Z. Follows the slot "
           "proposal in key 33, where this was one of three options.")
def marchmont_cases() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Georgia,serif;font-size:11pt;color:#1a1a1a">
        <p>Dear Isla,</p>
        <p>Thank you for confirming your availability. I&rsquo;m pleased to confirm your first round
        interviews on <b>Thursday 5 November 2026</b> at our London office (3 Bellwether Yard, London EC2A 4ZZ):</p>
        <table cellpadding="4" style="font-family:Georgia,serif;font-size:11pt">
        <tr><td>09:00 &ndash; 09:45 GMT</td><td>Case interview 1 &ndash; Priyanka Shah, Principal</td></tr>
        <tr><td>09:45 &ndash; 10:30 GMT</td><td>Case interview 2 &ndash; Oliver Grant, Engagement Manager</td></tr>
        </table>
        <p>Please arrive by 08:45 and ask for me at reception. Each case is followed by a few minutes for
        your questions. Paper and pens are provided; calculators are not needed.</p>
        <p>We will reimburse reasonable travel from Edinburgh &ndash; please keep your receipts and send them
        to me afterwards.</p>
        <p>Kind regards,</p>
        <p>Charlotte Hale<br>
        Recruitment Coordinator<br>
        Marchmont Strategy LLP<br>
        <a href="mailto:charlotte.hale@marchmontstrategy.com">charlotte.hale@marchmontstrategy.com</a> | +44 20 7946 0321</p>
        <p style="font-size:8pt;color:#888888">Marchmont Strategy LLP is registered in England and Wales.
        This email and any attachments are confidential.</p>
        </div></body></html>
        """)
    hs = head("Charlotte Hale <charlotte.hale@marchmontstrategy.com>",
              "Marchmont Strategy – first round case interviews, Thursday 5 November",
              "2026-10-29 17:40:26", "Europe/London",
              "<LO0P265MB61195B2E8D7A4F03C91E6D2A8F47@LO0P265MB6119.GBRP265.PROD.OUTLOOK.COM>",
              relay="GBR01-LO0-obe.outbound.protection.outlook.com (mail-lo0gbr01on2093.outbound.protection."
                    "outlook.com [203.0.113.93])",
              extra=(("In-Reply-To", "<CAM8pQz3a7Nq0Rt5vYx2Lk9sD4fW6eB1hJ8uC0gMi3Tz@mail.gmail.com>"),))
    return message(hs, html(page, cte="base64"))


@mail(nid(), family="human_reply", lang="en", interview=True, kind="scheduled",
      start="2026-11-12T08:45:00Z", end=None,
      contact="jamie@haarlabs.io", company="Haar Labs",
      local="Thu 2026-11-12 08:45", zone="Europe/London",
      note="Key 22. Founder/hiring manager's lower-case reply fixing a coffee chat about the role: 'thurs "
           "quarter to 9' resolves against the Date (Mon 9 Nov) to Thu 12 Nov, GMT -> 08:45Z; the quoted "
           "thread has the candidate's '8:45' proposal. Informal, but a chat about a job with the "
           "hiring manager at a fixed time.")
def haar_coffee() -> bytes:
    body = t("""
        aye grand, thurs quarter to 9 at the Gilded Kettle on Raeburn Place works for me. I'll be the one
        in the orange jacket. very informal, just a chat about the role + team, no prep needed!

        J

        On Mon, 9 Nov 2026 at 14:03, Isla Drummond <isla.drummond@example.org> wrote:
        > Hi Jamie,
        >
        > Thanks for getting in touch! A coffee would be lovely. Would Thursday before work suit, maybe
        > 8:45? I'm in Stockbridge so anywhere round there is easy.
        >
        > Isla
        >
        > On Sun, 8 Nov 2026 at 20:17, Jamie Lindsay <jamie@haarlabs.io> wrote:
        >> Hi Isla, saw your talk at PyData last month - we're hiring our first data scientist at Haar
        >> Labs and I'd love to buy you a coffee and tell you about it. Any morning this week?
        >> Jamie
        """)
    hs = head("Jamie Lindsay <jamie@haarlabs.io>", "Re: coffee?",
              "2026-11-09 17:12:55", "Europe/London",
              "<CAPq7nB2xK9wZ4tY1mR6vL0sE3hD8gF5jU2oA7cN9iQ@mail.gmail.com>",
              relay="mail-pj1-f50.google.com (mail-pj1-f50.google.com [209.85.216.50])",
              extra=(("In-Reply-To", "<CAM8pQz7Hk2Lm4Np6Qr8St0Uv2Wx4Yz6Ab8Cd0Ef2Gh@mail.gmail.com>"),))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(nid(), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-03-31T13:00:00Z", end="2026-03-31T14:00:00Z",
      contact="aoife.brennan@hapennyanalytics.ie", company="Ha'penny Analytics",
      local="Tue 2026-03-31 14:00", local_end="2026-03-31 15:00", zone="Europe/Dublin",
      note="Key 23. Dublin recruiter's mail with a pasted Zoom invitation (iso-8859-1, QP), sent Thu 26 "
           "March (GMT). 'Tuesday ... 2pm Irish time ... runs for one hour' and Zoom's 'Mar 31, 2026 "
           "02:00 PM Dublin': Ireland is on IST (UTC+1) from 29 March -> 13:00Z-14:00Z.")
def hapenny_zoom() -> bytes:
    body = t("""
        Hi Isla,

        Great chatting last week. As promised, here are the details for your technical interview on
        Tuesday with Conor Doyle and Siobhán Kelly from the data team. It's 2pm Irish time (same as
        yours!) and runs for one hour: 20 mins on a past project, 40 on a live SQL/Python exercise.

        Aoife Brennan is inviting you to a scheduled Zoom meeting.

        Topic: Ha'penny Analytics - Technical Interview (Isla Drummond)
        Time: Mar 31, 2026 02:00 PM Dublin

        Join Zoom Meeting
        https://hapenny.zoom.us/j/91837264510?pwd=bUx0dVZrQ2hNQ3BqRWZ1eTl6d1lOdz09

        Meeting ID: 918 3726 4510
        Passcode: 552913

        ---

        One tap mobile
        +35315550199,,91837264510#,,,,*552913# Ireland
        +442039010000,,91837264510#,,,,*552913# United Kingdom

        Best of luck - sláinte!
        Aoife

        Aoife Brennan
        Talent Lead | Ha'penny Analytics
        Ormond Quay Upper, Dublin 7
        """)
    hs = head("Aoife Brennan <aoife.brennan@hapennyanalytics.ie>",
              "Technical interview - Tuesday 31st",
              "2026-03-26 15:30:12", "Europe/Dublin",
              "<AM0PR03MB5873D0C2F7B94A1E36C8B5F92E1A@AM0PR03MB5873.eurprd03.prod.outlook.com>",
              relay="EUR03-AM0-obe.outbound.protection.outlook.com (mail-am0eur03on2110.outbound.protection."
                    "outlook.com [203.0.113.110])")
    return message(hs, alt(text(body, charset="iso-8859-1"),
                           html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt").replace(
                               'charset="utf-8"', 'charset="iso-8859-1"'), charset="iso-8859-1")))


# =========================================================================== negatives (keys 24-50)


@mail(nid(), family="job_alert", lang="en", interview=False, company=None,
      days=(("Fri", "2026-03-20"),),
      note="Key 24. s1jobs daily alert; one listing says 'Interviewing now', another gives a closing date "
           "and 'interviews expected w/c 30 March' - nothing is booked for the candidate.")
def s1jobs_alert() -> bytes:
    body = t("""
        Hi Isla,

        Here are the latest jobs matching your alert "data scientist" within 20 miles of Edinburgh.

        Data Scientist - Fraud Analytics
        Forthbank Group - Edinburgh - £55,000 - £65,000
        Posted today

        Senior Data Scientist (Hybrid)
        Lochmill Water Services - Livingston - Competitive
        Interviewing now - immediate start available

        Machine Learning Engineer
        Pibroch Games - Leith - £50k-£60k + bonus
        Posted 2 days ago

        Graduate Data Analyst
        Scottish Transport Insights Agency - Edinburgh - £31,250
        Closing date: Fri 20 March. Interviews expected w/c 30 March.

        Data Science Manager
        Canmore Insurance - Edinburgh - £80,000 - £90,000
        Posted 3 days ago

        View all 8 jobs: https://www.s1jobs.com/myjobs/alerts/582913?utm_source=alert

        You are receiving this email because you created a job alert on s1jobs.
        Manage your alerts: https://www.s1jobs.com/myjobs/alerts | Unsubscribe: https://www.s1jobs.com/u/582913
        """)
    hs = head("s1jobs <alerts@s1jobs.com>", "8 new jobs for 'data scientist' in Edinburgh",
              "2026-03-10 07:02:15", "Europe/London", "<20260310070215.582913.alert@mailer.s1jobs.com>",
              relay="mailer2.s1jobs.com (mailer2.s1jobs.com [198.51.100.140])",
              extra=(("List-Unsubscribe", "<https://www.s1jobs.com/u/582913>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(para_html(body))))


@mail(nid(), family="job_alert", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Key 25. Indeed UK alert (HTML only, QP) with 'Urgently hiring' badges and a listing advertising "
           "an open hiring day with on-the-spot interviews - an advert, not an interview booked for the "
           "candidate.")
def indeed_alert() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Noto Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="12" cellspacing="0">
        <tr><td><img src="https://uk.indeed.com/images/indeed-logo.png" alt="Indeed" width="92"></td></tr>
        <tr><td><h2 style="font-size:20px">6 new data scientist jobs in Glasgow</h2></td></tr>
        <tr><td style="border-bottom:1px solid #e4e2e0">
        <a href="https://uk.indeed.com/rc/clk?jk=4f1a9c2e7b3d8051" style="font-weight:bold;color:#2557a7">Data Scientist</a><br>
        Kelpie Robotics &middot; Glasgow G3<br>
        &pound;55,000 &ndash; &pound;65,000 a year<br>
        <span style="background:#f3f2f1;padding:2px 6px">Easily apply</span> &middot; Posted 1 day ago</td></tr>
        <tr><td style="border-bottom:1px solid #e4e2e0">
        <a href="https://uk.indeed.com/rc/clk?jk=0b7e4d1c9a2f6e38" style="font-weight:bold;color:#2557a7">Data Analyst &ndash; Customer Insight</a><br>
        Clydeside Energy Retail &middot; Glasgow<br>
        &pound;34,000 a year<br>
        <span style="background:#fde8e8;padding:2px 6px">Urgently hiring</span> &middot; Hiring multiple candidates<br>
        Open hiring day with on-the-spot interviews: Thurs 29 Oct, 10am&ndash;3pm, Buchanan Street hub. No appointment needed.</td></tr>
        <tr><td style="border-bottom:1px solid #e4e2e0">
        <a href="https://uk.indeed.com/rc/clk?jk=93c0f2a8e1b7d645" style="font-weight:bold;color:#2557a7">Senior Data Scientist &ndash; Pricing</a><br>
        Strathmore Insurance &middot; Hybrid remote in Glasgow<br>
        Responsive employer &middot; Posted 3 days ago</td></tr>
        <tr><td style="border-bottom:1px solid #e4e2e0">
        <a href="https://uk.indeed.com/rc/clk?jk=5d8a1e3f0c7b2946" style="font-weight:bold;color:#2557a7">Machine Learning Scientist</a><br>
        Brigton Labs &middot; Glasgow<br>
        &pound;60,000 &ndash; &pound;72,000 a year &middot; Posted 4 days ago</td></tr>
        <tr><td><a href="https://uk.indeed.com/jobs?q=data+scientist&amp;l=Glasgow" style="color:#2557a7">See all 6 jobs</a></td></tr>
        <tr><td style="font-size:11px;color:#767676">You're receiving this job alert because you asked Indeed to email you
        jobs for data scientist in Glasgow. <a href="https://uk.indeed.com/alert/unsubscribe?id=7a2c">Unsubscribe</a>.<br>
        Indeed UK Operations Ltd, 2 Tabernacle Street, London</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head("Indeed <alert@indeed.com>", "Data Scientist jobs in Glasgow – 6 new jobs",
              "2026-10-21 06:45:30", "Europe/London", "<1918c7a2.0a4f.4e1b.9c23.2e7d5b8f1a60@indeed.com>",
              relay="mail8.indeed.com (mail8.indeed.com [198.51.100.208])",
              extra=(("List-Unsubscribe", "<https://uk.indeed.com/alert/unsubscribe?id=7a2c>"),))
    return message(hs, html(page))


@mail(nid(), family="application_ack", lang="en", interview=False, company="Skerry Analytics",
      note="Key 26. LinkedIn Easy Apply receipt ('your application was sent'); start of the Skerry "
           "thread (keys 1 and 28).")
def linkedin_sent() -> bytes:
    body = t("""
        Your application was sent to Skerry Analytics

        Data Scientist, Fraud & Financial Crime
        Skerry Analytics · Edinburgh, Scotland, United Kingdom (Hybrid)
        Applied on 24 Feb 2026

        View job: https://www.linkedin.com/jobs/view/4019283746/

        Now take these next steps for more success with your job search
        - Your profile was shared with the hiring team. Keep it up to date.
        - Set a job alert for similar roles: https://www.linkedin.com/jobs/alerts/

        This email was intended for Isla Drummond (Data Scientist at Canongate Retail)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving Jobs notification emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
        """)
    hs = head("LinkedIn <jobs-noreply@linkedin.com>", "Isla, your application was sent to Skerry Analytics",
              "2026-02-24 19:33:08", "Europe/London",
              "<1402857613.8124551.1771961588421@lva1-app20731.prod.linkedin.com>",
              relay="mailc-ab.linkedin.com (mailc-ab.linkedin.com [198.51.100.171])",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"),))
    return message(hs, alt(text(body), html(para_html(body))))


@mail(nid(), family="application_ack", lang="en", interview=False, company="Forthbank Group",
      note="Key 27. Workday application-received mail; mentions that next steps 'may include a telephone "
           "screen and a panel interview' (hypothetical). Earlier in the Forthbank thread than key 8.")
def forthbank_received() -> bytes:
    body = t("""
        Dear Isla,

        Thank you for applying for the Senior Data Scientist, Credit Risk (R-0045512) position at
        Forthbank Group. We have received your application.

        Our Talent Acquisition team will review your experience against the requirements of the role.
        If your skills are a good match, a member of the team will be in touch to discuss next steps,
        which may include a telephone screen and a panel interview.

        You can track the status of your application in Candidate Home:
        https://wd3.myworkdayjobs.com/forthbank_careers/userHome

        Kind regards,
        Forthbank Group Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    hs = head("Forthbank Group <forthbank@myworkday.com>",
              "Thank you for applying to Forthbank Group - Senior Data Scientist, Credit Risk",
              "2026-04-13 20:14:51", "Europe/London",
              "<983451120.41207.1776107691305@wd3-impl-prod.myworkday.com>",
              relay="wd3-mta01.myworkday.com (wd3-mta01.myworkday.com [203.0.113.51])")
    return message(hs, alt(text(body), html(para_html(body))))


@mail(nid(), family="rejection", lang="en", interview=False, company="Skerry Analytics",
      note="Key 28. Greenhouse rejection after the interview of key 1 ('on the 17th').")
def skerry_rejection() -> bytes:
    body = t("""
        Hi Isla,

        Thank you for taking the time to speak with Angus and me on the 17th, and for the thought you put
        into walking us through your forecasting work.

        We've now completed our interviews for the Data Scientist, Fraud & Financial Crime role, and
        I'm sorry to say we won't be taking your application further on this occasion. It was a close
        call - the team felt another candidate's experience with real-time transaction monitoring was
        a slightly closer fit for where we are right now.

        If you'd like some more detailed feedback, just reply and I'll set up a quick call. We'd also
        be glad to hear from you again for future roles.

        All the best,
        Eilidh Morrison
        Talent Partner, Skerry Analytics
        """)
    hs = head("Eilidh Morrison <no-reply@us.greenhouse-mail.io>",
              "Your application to Skerry Analytics",
              "2026-03-25 10:08:44", "Europe/London",
              "<7a3e9b01.AMUAAGm2Tq8AAAAAAAAAAKq0@mailer.greenhouse-mail.io>",
              relay="o12.ptr4471.greenhouse-mail.io (o12.ptr4471.greenhouse-mail.io [198.51.100.37])",
              extra=(("Reply-To", "Eilidh Morrison <eilidh.morrison@skerryanalytics.com>"),))
    return message(hs, alt(text(body), html(para_html(body))))


@mail(nid(), family="rejection", lang="de", interview=False, company="Havelkraft Energie",
      note="Key 29. German Personio rejection template (iso-8859-1, QP) from a Berlin employer after an "
           "interview ('das Gespräch').")
def havelkraft_absage() -> bytes:
    body = t("""
        Sehr geehrte Frau Drummond,

        vielen Dank für Ihr Interesse an der Position Data Scientist (m/w/d) bei der Havelkraft
        Energie GmbH und für die Zeit, die Sie sich für das Gespräch mit uns genommen haben.

        Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere
        Kandidatin entschieden haben. Diese Entscheidung ist uns nicht leichtgefallen.

        Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Havelkraft Energie GmbH

        --
        Havelkraft Energie GmbH · Am Spreebord 9 · 10589 Berlin
        Amtsgericht Charlottenburg, HRB 218834 B
        """)
    hs = head("Havelkraft Energie GmbH <noreply@mail.personio.de>",
              "Ihre Bewerbung als Data Scientist (m/w/d) bei der Havelkraft Energie GmbH",
              "2026-10-15 14:02:19", "Europe/Berlin", "<a8c31f0e-6d24-4b7a-9e15-3f0c8b2d71e6@mail.personio.de>",
              relay="mail.personio.de (mail.personio.de [198.51.100.66])")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(nid(), family="offer", lang="en", interview=False, company="Kelpie Robotics",
      days=(("Fri", "2026-11-27"),),
      note="Key 30. Job offer after the interviews (thread with key 20); a reply deadline and an offer to "
           "'find a time next week', nothing booked.")
def kelpie_offer() -> bytes:
    body = t("""
        Hi Isla,

        Following your interviews with us last week, I'm delighted to offer you the role of Data
        Scientist, Robot Perception at Kelpie Robotics! Everyone you met was hugely impressed.

        Headline terms (the full offer letter will come through DocuSign separately):
        - Salary: £64,000
        - Share options: 2,500, vesting over 4 years
        - Hybrid: our Finnieston office 2 days a week; we'll cover your train fares from Edinburgh
          for the first 6 months
        - Start date: Monday 11 January 2027, or whenever suits after your notice period

        We'd love to hear back by Friday 27 November. If it would help to talk anything through, just
        let me know and we'll find a time next week.

        Warm regards,
        Morven

        Morven Stewart
        Head of Data | Kelpie Robotics
        """)
    hs = head("Morven Stewart <morven.stewart@kelpierobotics.com>", "Offer - Data Scientist, Robot Perception",
              "2026-11-20 16:30:03", "Europe/London",
              "<CAK2vR8nQ5tW1xZ7mL3pY9sE0hD6gF4jU8oA2cN5iB@mail.gmail.com>",
              relay="mail-qv1-f47.google.com (mail-qv1-f47.google.com [209.85.219.47])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(nid(), family="recruiter_outreach", lang="en", interview=False, company="Causeway Search",
      note="Key 31. Agency outreach asking for 'a wee chat this week' with a self-booking link; no time "
           "fixed.")
def causeway_outreach() -> bytes:
    body = t("""
        Hiya Isla,

        Hope you're keeping well! I came across your profile and thought you'd be a great fit for a Lead
        Data Scientist role I'm working on with a Glasgow-based healthtech client (Series B, ~120 people).
        Hybrid, 2 days in the office, £75-85k + bonus + options.

        Would you be up for a wee chat this week? Let me know a time that suits and I'll give you a bell,
        or grab 15 mins here: https://calendly.com/ewan-bruce-causeway/15min

        Cheers,
        Ewan

        Ewan Bruce
        Director, Data & AI | Causeway Search
        0141 496 0875
        """)
    hs = head("Ewan Bruce <ewan.bruce@causewaysearch.co.uk>",
              "Lead Data Scientist - healthtech, Glasgow (hybrid)",
              "2026-10-07 12:41:36", "Europe/London",
              "<DU0PR08MB9083A17C4E2F05B6D82C91E4F7A3@DU0PR08MB9083.eurprd08.prod.outlook.com>",
              relay="EUR05-DU0-obe.outbound.protection.outlook.com (mail-du0eur05on2124.outbound.protection."
                    "outlook.com [203.0.113.124])")
    return message(hs, alt(text(body), html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


@mail(nid(), family="scheduling_link", lang="en", interview=False, company="Penrose Health",
      days=(("Mon", "2026-03-23"), ("Fri", "2026-03-27")),
      note="Key 32. Greenhouse availability request: 'select times using the link', a window 23-27 March; "
           "nothing booked yet (the booked, later moved, interview is key 11).")
def penrose_availability() -> bytes:
    body = t("""
        Hi Isla,

        Great news - Tom Achebe, our Head of Data, would like to meet you for a 45-minute hiring manager
        interview for the Senior Data Scientist role.

        Please let us know when you're available by selecting times using the link below. We're aiming
        for a slot between Monday 23 and Friday 27 March.

        Submit your availability: https://app.greenhouse.io/availability/7f3a2c91e8d04b6e

        Times are shown in your local time zone. Once it's booked you'll get a calendar invitation from
        Tom directly.

        Thanks,
        Lucy Fenwick
        Recruiting Coordinator, Penrose Health
        """)
    hs = head("Penrose Health <no-reply@us.greenhouse-mail.io>",
              "Penrose Health - please share your availability",
              "2026-03-16 09:20:57", "Europe/London",
              "<c41d7e2a.AMUAAHq9Ux4AAAAAAAAAAKq0@mailer.greenhouse-mail.io>",
              relay="o12.ptr4471.greenhouse-mail.io (o12.ptr4471.greenhouse-mail.io [198.51.100.37])",
              extra=(("Reply-To", "Lucy Fenwick <lucy.fenwick@penrosehealth.co.uk>"),))
    return message(hs, alt(text(body), html(para_html(body))))


@mail(nid(), family="slot_proposal", lang="en", interview=False, company="Marchmont Strategy",
      days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04"), ("Thu", "2026-11-05")),
      note="Key 33. Three proposed slots in day-first dates (Tues 3/11, Weds 4/11, Thurs 5/11), none agreed "
           "yet; the confirmation is key 21.")
def marchmont_slots() -> bytes:
    body = t("""
        Dear Isla,

        Thank you for your application to our Data Science & Analytics Consultant programme. I'm
        delighted to say the team would like to invite you to a first round: two back-to-back case
        interviews, 90 minutes in total, at our London office.

        Could you let me know which of the following suits?

          • Tues 3/11, 09:00–10:30
          • Weds 4/11, 14:00–15:30
          • Thurs 5/11, 09:00–10:30

        (all UK time). Once you've confirmed, I'll send over the full details and who you'll be meeting.

        Kind regards,
        Charlotte

        Charlotte Hale
        Recruitment Coordinator | Marchmont Strategy LLP
        +44 20 7946 0321
        """)
    hs = head("Charlotte Hale <charlotte.hale@marchmontstrategy.com>",
              "Marchmont Strategy – first round interview",
              "2026-10-19 11:15:40", "Europe/London",
              "<LO0P265MB6119E0A4B7C21D93F5E8A6B0C1D2@LO0P265MB6119.GBRP265.PROD.OUTLOOK.COM>",
              relay="GBR01-LO0-obe.outbound.protection.outlook.com (mail-lo0gbr01on2093.outbound.protection."
                    "outlook.com [203.0.113.93])")
    return message(hs, alt(text(body), html(para_html(body, "font-family:Georgia,serif;font-size:11pt"))))


@mail(nid(), family="take_home", lang="en", interview=False, company="Nordlicht Data",
      days=(("Thu", "2026-03-19"),),
      note="Key 34. Take-home brief with a submission deadline (Thu 19 March 18:00 CET); the interview "
           "'will be set up' afterwards (key 7).")
def nordlicht_takehome() -> bytes:
    body = t("""
        Hi Isla,

        Thanks again for the call on Wednesday! As discussed, the next step is a short take-home. You'll
        find the brief and the dataset here: https://nordlicht-data.de/hiring/th/4c8e1a (the link expires
        once you submit).

        Please send us your notebook by Thursday 19 March, 18:00 CET (17:00 your time). It shouldn't take
        more than 3-4 hours, and please don't spend longer than that.

        Once we've had a look, we'll set up a technical interview to go through it together.

        Viele Grüße / best wishes,
        Jana

        Jana Petersen
        Talent Acquisition | Nordlicht Data GmbH
        """)
    hs = head("Jana Petersen <jana.petersen@nordlicht-data.de>", "Take-home task – Data Scientist (Forecasting)",
              "2026-03-13 11:47:22", "Europe/Berlin",
              "<CAF3nX8qW0tR5yU2iO7pA4sD1fG9hJ6kL3zC8vB5nMw@mail.gmail.com>",
              relay="mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(nid(), family="assessment", lang="en", interview=False, company="Dee Valley Energy",
      days=(("Sun", "2026-10-11"),),
      note="Key 35. HackerRank online assessment invitation: a 90-minute test with an expiry date, no "
           "interview time.")
def deevalley_hackerrank() -> bytes:
    body = t("""
        Hi Isla,

        Dee Valley Energy has invited you to take the following test as part of your application for
        Data Scientist - Subsurface Analytics.

        Test: Data Science Assessment (Python & SQL)
        Duration: 90 minutes
        Expires: Sun, 11 Oct 2026 11:59 PM BST

        Once you start, the timer can't be paused, so make sure you have a stable connection and a quiet
        90 minutes. You can take a short practice test first to get used to the environment.

        Start test: https://www.hackerrank.com/tests/9c2b4e1f7a/login?b=eyJ1c2VybmFtZSI6Imlz

        Good luck!
        Team HackerRank, on behalf of Dee Valley Energy
        """)
    hs = head("Dee Valley Energy via HackerRank <no-reply@hackerrankforwork.com>",
              "Dee Valley Energy has invited you to take the Data Science Assessment",
              "2026-10-05 09:00:48", "Europe/London", "<0100019a5c3e2d81-4b7f2e9c-1d30@email.hackerrankforwork.com>",
              relay="a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [198.51.100.112])")
    return message(hs, alt(text(body), html(para_html(body))))


@mail(nid(), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-03-17"),),
      note="Key 36. Dental practice appointment confirmation with an ICS (PUBLISH): a confirmed time, not an "
           "interview.")
def dentist() -> bytes:
    body = t("""
        Dear Isla,

        This is to confirm your appointment at Bruntsfield Dental Care:

        Tuesday 17th March 2026 at 08:40
        Dr Neil Fairbairn - Check-up and scale & polish (30 mins)

        Please let us know at least 24 hours in advance if you can't make it, otherwise a missed
        appointment fee may apply. You can add this to your calendar using the attachment.

        Kind regards,
        Reception Team
        Bruntsfield Dental Care | 0131 496 0370
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Dentally//Appointments//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:appt-88213947@bruntsfielddental.co.uk
        DTSTAMP:20260309T120004Z
        DTSTART:20260317T084000Z
        DTEND:20260317T091000Z
        SUMMARY:Dental appointment - Bruntsfield Dental Care
        LOCATION:Bruntsfield Dental Care\\, Edinburgh
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Bruntsfield Dental Care <appointments@bruntsfielddental.co.uk>",
              "Appointment confirmation – Tue 17 Mar 2026 08:40",
              "2026-03-09 12:00:04", "Europe/London", "<appt-88213947.1773057604@bruntsfielddental.co.uk>",
              relay="smtp.bruntsfielddental.co.uk (smtp.bruntsfielddental.co.uk [198.51.100.83])")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                  disposition="attachment")))


@mail(nid(), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Key 37. Google Calendar invitation to a recurring team stand-up at the candidate's current "
           "employer (TZID Europe/London, weekdays from Mon 2 Nov).")
def standup() -> bytes:
    body = t("""
        Data Platform stand-up
        Weekly from 09:15 to 09:30 on weekdays from Monday 2 November 2026
        United Kingdom Time

        Google Meet joining info
        Video call link: https://meet.google.com/sdx-nwqa-ybc

        New slot now that the Glasgow folks have joined - 15 mins, what you did / what you're doing /
        blockers. Cameras optional. G

        Organiser
        Graeme Tait
        graeme.tait@canongateretail.co.uk

        Guests
        Graeme Tait - organiser
        Isla Drummond
        Rachel Abernethy
        Tomasz Nowak
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N2R0cGxhdGZvcm0

        Reply for isla.drummond@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=N2R0cGxhdGZvcm0&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=N2R0cGxhdGZvcm0&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=N2R0cGxhdGZvcm0&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = google_ics(
        method="REQUEST", uid="7dtplatform0standup2x9q4m@google.com",
        organizer=("Graeme Tait", "graeme.tait@canongateretail.co.uk"),
        guests=[("Graeme Tait", "graeme.tait@canongateretail.co.uk", "ACCEPTED"),
                ("Isla Drummond", "isla.drummond@example.org", "NEEDS-ACTION"),
                ("Rachel Abernethy", "rachel.abernethy@canongateretail.co.uk", "NEEDS-ACTION"),
                ("Tomasz Nowak", "tomasz.nowak@canongateretail.co.uk", "NEEDS-ACTION")],
        summary="Data Platform stand-up",
        start="20261102T091500", end="20261102T093000", tz="Europe/London",
        rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        stamp="20261029T161012Z", created="20261029T161009Z", seq=0, status="CONFIRMED",
        description="New slot now that the Glasgow folks have joined - 15 mins\\, what you did / what you're "
                    "doing / blockers. Cameras optional. G")
    hs = head("Graeme Tait <graeme.tait@canongateretail.co.uk>",
              "Invitation: Data Platform stand-up @ Weekly from 09:15 to 09:30 on weekdays from Mon 2 Nov "
              "(GMT) (isla.drummond@example.org)",
              "2026-10-29 16:10:12", "Europe/London", "<calendar-2c8e5a17-0f3b-4d96-b1e7-8a4d2c9f0e53@google.com>",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Reply-To", "Graeme Tait <graeme.tait@canongateretail.co.uk>"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return google_mail(hs, body, ics, "REQUEST")


@mail(nid(), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-06"), ("Thu", "2026-11-05")),
      note="Key 38. Google Calendar update moving one instance of the fortnightly 1:1 with the current "
           "line manager (RECURRENCE-ID Thu 5 Nov -> Fri 6 Nov 11:00); a moved meeting, not an interview.")
def one_to_one_moved() -> bytes:
    body = t("""
        This event has been updated
        Changed: date and time

        Isla / Graeme 1:1
        Friday 6 November 2026 ⋅ 11:00 – 11:30
        United Kingdom Time

        Google Meet joining info
        Video call link: https://meet.google.com/gtk-iuwd-rhm

        Moving ours this week - I'm at the quarterly planning thing all day Thurs. Bring the forecast
        accuracy numbers if you have them. G

        Organiser
        Graeme Tait
        graeme.tait@canongateretail.co.uk

        Guests
        Graeme Tait - organiser
        isla.drummond@example.org

        Reply for isla.drummond@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=OG9uZTJvbmU&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=OG9uZTJvbmU&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=OG9uZTJvbmU&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        LONDON_VTZ,
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/London:20261106T110000",
        "DTEND;TZID=Europe/London:20261106T113000",
        "DTSTAMP:20261103T092711Z",
        "ORGANIZER;CN=Graeme Tait:mailto:graeme.tait@canongateretail.co.uk",
        "UID:8one2one4isla6graeme0x7k@google.com",
        "RECURRENCE-ID;TZID=Europe/London:20261105T140000",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=isla.drummond@example.org;X-NUM-GUESTS=0:mailto:isla.drummond@example.org",
        "CREATED:20250611T080455Z",
        "DESCRIPTION:Moving ours this week - I'm at the quarterly planning thing all day Thurs. Bring the "
        "forecast accuracy numbers if you have them. G",
        "LAST-MODIFIED:20261103T092711Z",
        "LOCATION:",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        "SUMMARY:Isla / Graeme 1:1",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = head("Graeme Tait <graeme.tait@canongateretail.co.uk>",
              "Updated invitation: Isla / Graeme 1:1 @ Fri 6 Nov 2026 11:00 - 11:30 (GMT) (isla.drummond@example.org)",
              "2026-11-03 09:27:11", "Europe/London", "<calendar-5e1b9d04-7a2c-4f83-96d0-b3e7c1a8f254@google.com>",
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Reply-To", "Graeme Tait <graeme.tait@canongateretail.co.uk>"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return google_mail(hs, body, ics, "REQUEST")


@mail(nid(), family="personal_appointment", lang="en", interview=False, company=None,
      days=(("Sat", "2026-03-21"),),
      note="Key 39. Letting agent's flat-viewing confirmation (windows-1252, QP): a confirmed time, not an "
           "interview.")
def flat_viewing() -> bytes:
    body = t("""
        Dear Isla,

        Thank you for your enquiry. We are pleased to confirm your viewing:

        Property: 2 bedroom flat, 3F2, 41 Warrender Park Road, Edinburgh EH9
        Rent: £1,450 pcm
        Date: Saturday 21st March 2026
        Time: 11:30am
        Agent: Steven Dunn

        Please note this is a group viewing, so other applicants may be present. If you’d like to apply
        after the viewing you’ll need photo ID and proof of income.

        If you can no longer attend, please let us know as soon as possible so we can offer the slot to
        someone else.

        Kind regards,
        Meadowside Lettings
        0131 496 0651 | lettings@meadowsidelettings.co.uk
        """)
    hs = head("Meadowside Lettings <viewings@meadowsidelettings.co.uk>",
              "Viewing confirmed - 3F2, 41 Warrender Park Road",
              "2026-03-18 15:22:10", "Europe/London", "<20260318152210.7F3A1C@crm.meadowsidelettings.co.uk>",
              relay="smtp.meadowsidelettings.co.uk (smtp.meadowsidelettings.co.uk [198.51.100.97])")
    return message(hs, text(body, charset="windows-1252"))


@mail(nid(), family="meetup", lang="en", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Key 40. Meetup RSVP for a PyData evening whose headline talk is titled 'Interviewing your "
           "model'; a confirmed event time, not a job interview.")
def pydata_rsvp() -> bytes:
    body = t("""
        You're going!

        PyData Edinburgh #41: "Interviewing your model" - practical LLM evaluation
        Wednesday, October 21, 2026
        6:30 PM to 9:00 PM BST

        Quartermile Hub, Lauriston Place, Edinburgh

        Talks
        - "Interviewing your model: what 500 eval prompts taught us" - Rachel Abernethy
        - Lightning talks: Isla Drummond (an open-data bin collection dashboard), Mo Rahman (DuckDB
          in anger)

        Pizza and drinks from 6:30, talks start at 7. Please update your RSVP if you can't make it -
        there's a waitlist.

        Add to calendar: https://www.meetup.com/pydata-edinburgh/events/311882014/ics/
        See event: https://www.meetup.com/pydata-edinburgh/events/311882014/

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        Unsubscribe from this type of email: https://www.meetup.com/account/comm/
        """)
    hs = head("Meetup <info@meetup.com>",
              "You're going to PyData Edinburgh #41: \"Interviewing your model\"",
              "2026-10-12 19:05:41", "Europe/London", "<0100019a3f1c2b7e-rsvp-311882014@email.meetup.com>",
              relay="a8-62.smtp-out.amazonses.com (a8-62.smtp-out.amazonses.com [198.51.100.62])",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),))
    return message(hs, alt(text(body), html(para_html(body))))


@mail(nid(), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Key 41. Zoom webinar registration 'Cracking the Data Science Interview' with an ICS; a "
           "webinar about interviewing, not an interview.")
def webinar() -> bytes:
    body = t("""
        Hi Isla Drummond,

        Thank you for registering for "Cracking the Data Science Interview: live mock case + Q&A".

        You can find information about this webinar below.

        Date Time: Oct 22, 2026 06:00 PM London
        Webinar ID: 842 0195 3376
        Passcode: 719402

        Please submit any questions to: events@databridge.academy

        To Join: https://databridge-academy.zoom.us/w/84201953376?tk=Rk3mVq8Tz1Yc

        Add to Calendar (.ics) | Add to Google Calendar | Add to Yahoo Calendar

        You can cancel your registration at any time.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261015T113014Z
        DTSTART:20261022T170000Z
        DTEND:20261022T183000Z
        SUMMARY:Cracking the Data Science Interview: live mock case + Q&A
        UID:ZOOM84201953376-0
        LOCATION:https://databridge-academy.zoom.us/w/84201953376
        ORGANIZER;CN=Databridge Academy:mailto:no-reply@zoom.us
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Databridge Academy <no-reply@zoom.us>",
              "Databridge Academy Webinar Registration Approved: Cracking the Data Science Interview",
              "2026-10-15 12:30:14", "Europe/London", "<ZM-WBR-84201953376.1792150214@zoom.us>",
              relay="mail-2.zoom.us (mail-2.zoom.us [198.51.100.2])")
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, method="PUBLISH", filename="Webinar.ics", disposition="attachment")))


@mail(nid(), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Tue", "2026-03-10"),),
      note="Key 42. University careers service booking a mock interview for an alumna; a confirmed time, "
           "but practice, not a job interview.")
def careers_mock() -> bytes:
    body = t("""
        Dear Isla,

        Your appointment has been booked.

        Appointment type: Mock interview (45 mins) - Alumni
        Date: Tuesday 10 March 2026
        Time: 14:30 - 15:15
        Adviser: Elspeth Gow, Careers Consultant
        Location: Online (Microsoft Teams - the link will be sent 24 hours before)

        To get the most from your session, please upload the job description for the role you are
        preparing for (Data Scientist) to MyCareerHub beforehand.

        If you need to cancel or rearrange, please log in to MyCareerHub at least 24 hours in advance.

        Lomond University Careers Service
        """)
    hs = head("Lomond University Careers Service <careers-noreply@lomond.ac.uk>",
              "Appointment confirmed: Mock interview (Alumni)",
              "2026-03-05 09:41:27", "Europe/London", "<mch.appt.552081.1772703687@mycareerhub.lomond.ac.uk>",
              relay="mx-out.lomond.ac.uk (mx-out.lomond.ac.uk [203.0.113.77])")
    return message(hs, alt(text(body), html(para_html(body))))


@mail(nid(), family="coaching", lang="en", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Key 43. Calendly booking with a paid interview coach ('Interview Prep - 60 min'); a confirmed "
           "time with a human Reply-To, but coaching, not a job interview.")
def coach_calendly() -> bytes:
    body = t("""
        Hi Isla Drummond,

        Your Interview Prep – 60 min with Ailsa Grant at 7:00pm (British Summer Time) on Monday, October
        19, 2026 is scheduled.

        Event Type:
        Interview Prep – 60 min

        Event Date/Time:
        7:00pm - 8:00pm, Monday, October 19, 2026 (British Summer Time)

        Location:
        Zoom - the link is in your calendar invitation.

        Questions:
        What are you preparing for?
        Case interviews at a strategy consultancy and a panel interview for an NHS analytics role.

        Payment:
        £85.00 paid

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/d2a7c4e1-93b0-4f5e-8a61-0e7b3c9d1f28
        Reschedule: https://calendly.com/reschedulings/d2a7c4e1-93b0-4f5e-8a61-0e7b3c9d1f28

        Powered by Calendly.com
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Interview Prep – 60 min with Ailsa Grant on Monday, October 19, 2026",
              "2026-10-14 22:10:33", "Europe/London", "<a71e4c0b93d2.20261014211033.8f1c@calendly.com>",
              relay="o5.email.calendly.com (o5.email.calendly.com [198.51.100.155])",
              extra=(("Reply-To", "Ailsa Grant <ailsa@ailsagrantcoaching.co.uk>"),))
    return message(hs, alt(text(body), html(para_html(body))))


@mail(nid(), family="podcast", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Key 44. Podcast host confirming a recording ('relaxed interview format') at a fixed time; not a "
           "job interview.")
def podcast() -> bytes:
    body = t("""
        Brilliant, that's us locked in for recording Weds 4 Nov at 7pm! We'll use Riverside - just open
        the link below in Chrome about 10 mins before so we can check your mic.

        It's a relaxed interview format, 40 mins-ish, mostly about the bin collection dashboard and what
        it was like getting councils to publish the data. No need to prep, but have a think about your
        worst data-cleaning horror story 😄

        https://riverside.fm/studio/data-bothy?t=5c1e0a

        Cheers,
        Rory
        Host, The Data Bothy podcast

        On Thu, 29 Oct 2026 at 21:40, Isla Drummond <isla.drummond@example.org> wrote:
        > Hi Rory, I'd love to come on! Weds 4th in the evening would be ideal.
        > Isla
        """)
    hs = head("Rory Macphail <rory@databothy.fm>", "Re: Data Bothy podcast - recording",
              "2026-10-30 13:24:09", "Europe/London", "<CAB7xW2qN4mR8tZ1vL6pY3sE9hD0gF5jU7oA1cK8iT@mail.gmail.com>",
              relay="mail-oi1-f170.google.com (mail-oi1-f170.google.com [209.85.167.170])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(nid(), family="press", lang="en", interview=False, company=None,
      days=(("Fri", "2026-03-13"),),
      note="Key 45. Local reporter confirming a phone interview for a news story about the candidate's "
           "side project; a press interview, not a job interview.")
def press() -> bytes:
    body = t("""
        Thanks Isla - that's great. So we're confirmed for a quick phone interview on Friday 13 March at
        11am; I'll ring you on the mobile number you gave me. Should take 20 minutes or so. Our
        photographer, Kenny, might also be in touch about a picture down by the Meadows.

        Best,
        Hannah

        Hannah Lorimer
        Reporter | The Edinburgh Courier
        0131 496 0905
        """)
    hs = head("Hannah Lorimer <hannah.lorimer@edinburghcourier.co.uk>",
              "Re: Bin collection dashboard - interview for the Courier",
              "2026-03-10 16:02:38", "Europe/London",
              "<AS8PR04MB8120C4D19E7B2A53F6E01B8C4D29@AS8PR04MB8120.eurprd04.prod.outlook.com>",
              relay="EUR04-AS8-obe.outbound.protection.outlook.com (mail-as8eur04on2128.outbound.protection."
                    "outlook.com [203.0.113.128])")
    return message(hs, alt(text(body), html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


@mail(nid(), family="interviewer_side", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Key 46. Greenhouse interviewer notification at the current employer: the candidate is the "
           "interviewer (Callum Reid is interviewed), so not her job interview.")
def interviewer_side() -> bytes:
    body = t("""
        Hi Isla,

        You've been scheduled to interview a candidate.

        Candidate: Callum Reid
        Job: Junior Data Analyst (Req 2219)
        Interview: Technical interview - SQL & stats
        When: Tuesday, November 3rd 2026 2:00pm - 2:45pm GMT
        Where: Google Meet - https://meet.google.com/cnr-pqws-tza
        Other interviewers: Rachel Abernethy

        View the interview kit: https://app.greenhouse.io/guides/88213407/people/41120937

        Please submit your scorecard within 24 hours of the interview.

        Canongate Retail Recruiting
        Powered by Greenhouse
        """)
    hs = head("Canongate Retail Recruiting <no-reply@greenhouse.io>",
              "Interview scheduled: Callum Reid for Junior Data Analyst",
              "2026-10-29 14:05:50", "Europe/London", "<e5b20c7d.AMUAAJx4Vd2AAAAAAAAAAKq0@mailer.greenhouse.io>",
              relay="o14.ptr4471.greenhouse-mail.io (o14.ptr4471.greenhouse-mail.io [198.51.100.39])",
              extra=(("Reply-To", "Lucy Brannigan <lucy.brannigan@canongateretail.co.uk>"),))
    return message(hs, alt(text(body), html(para_html(body))))


@mail(nid(), family="reference_call", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Key 47. Former manager says he has a reference call booked with Marchmont 'on Friday at 11'; a "
           "call about the candidate, not her interview.")
def reference_call() -> bytes:
    body = t("""
        Hi Isla,

        Quick heads-up - Marchmont's HR team got in touch today and I've got a reference call booked with
        them on Friday at 11. Happy to sing your praises! Is there anything in particular you'd like me
        to mention? The waiting-list modelling, maybe?

        Fingers crossed for you, let me know how it goes.

        Malcolm
        """)
    hs = head("Malcolm Gray <malcolm.gray@example.net>", "reference",
              "2026-11-17 19:48:21", "Europe/London", "<CAE9yQ3mT6vW0zR2xL8pN5sB1hD7gF4jU9oC3aK6iV@mail.gmail.com>",
              relay="mail-io1-f48.google.com (mail-io1-f48.google.com [209.85.166.48])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(nid(), family="auto_reply", lang="en", interview=False, company="Mercat Recruitment",
      days=(("Tue", "2026-05-26"),),
      note="Key 48. Outlook out-of-office auto-reply from the agency consultant (Auto-Submitted: "
           "auto-replied), sent in answer to a mail in the Thistledown thread of key 14.")
def ooo() -> bytes:
    body = t("""
        Thanks for your email. I'm out of the office until Tuesday 26th May with limited access to email.

        If your message is about an interview or offer happening in the meantime, please contact my
        colleague Shona Keir on shona.keir@mercatrecruitment.co.uk or call the office on 0131 496 0514.

        Kind regards,
        Gregor
        """)
    hs = head("Gregor Lawson <gregor.lawson@mercatrecruitment.co.uk>",
              "Automatic reply: Re: Thistledown - interview",
              "2026-05-21 08:05:17", "Europe/London",
              "<LO6P265MB68039B4F1E2C07A5D38E6B1F0A92@LO6P265MB6803.GBRP265.PROD.OUTLOOK.COM>",
              relay="GBR01-LO6-obe.outbound.protection.outlook.com (mail-lo6gbr01on2102.outbound.protection."
                    "outlook.com [203.0.113.102])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "gregor.lawson@mercatrecruitment.co.uk"),
                     ("In-Reply-To", "<CAM8pQz9Tq2Lw5Nx8Ry1Sz4Ub7Vc0Wd3Xe6Yf9Zg2Ah@mail.gmail.com>")))
    return message(hs, alt(text(body), html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


@mail(nid(), family="bounce", lang="en", interview=False, company=None,
      days=(("Fri", "2026-04-24"),),
      note="Key 49. Gmail delivery-failure report; the returned message is the candidate's own note "
           "confirming the Bothy Energy chat (key 5) to a mistyped address. A bounce, not a "
           "confirmation from the employer.")
def bounce() -> bytes:
    orig_body = t("""
        Hi Hamish,

        Just confirming I'm booked in via Calendly for Friday 24th at 10am - looking forward to it! Is
        there anything you'd like me to look at beforehand?

        Thanks,
        Isla
        """)
    orig = message([
        ("From", ME),
        ("To", "Hamish Farquhar <hamish.farquahar@bothyenergy.co.uk>"),
        ("Subject", enc("Re: Intro chat – Data Science")),
        ("Date", date("2026-04-20 08:13:51", "Europe/London")),
        ("Message-ID", "<CAM8pQz4Rk7Nt1Wq3Yv6Zx9Ab2Cd5Ef8Gh1Ij4Kl7Mn@mail.gmail.com>"),
    ], text(orig_body, cte="8bit"))
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to hamish.farquahar@bothyenergy.co.uk because the address couldn't
        be found, or is unable to receive mail.

        Learn more here: https://support.google.com/mail/?p=NoSuchUser

        The response from the remote server was:
        550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient hamish.farquahar@bothyenergy.co.uk not found
        by SMTP address lookup
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Mon, 20 Apr 2026 08:13:52 +0100

        Final-Recipient: rfc822; hamish.farquahar@bothyenergy.co.uk
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; bothyenergy-co-uk.mail.protection.outlook.com. (203.0.113.20)
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
        Last-Attempt-Date: Mon, 20 Apr 2026 08:14:03 +0100
        """)
    report = multipart("report", text(notice, cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(orig), params="report-type=delivery-status")
    hs = head("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
              "2026-04-20 08:14:03", "Europe/London", "<68a1f3e2.050a0220.2b7c1d.9e41.GMR@mx.google.com>",
              relay="mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(nid(), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Key 50. Substack newsletter about following up after a final-round interview, with example "
           "phrases ('Thanks for confirming Thursday at 2pm') that confirm nothing.")
def newsletter() -> bytes:
    body = t("""
        The Interview Loop
        Issue #58 · How to follow up after a final-round interview (and when to stop)

        You walked out of the final round on a high. Now it's day four, no word, and you've refreshed
        your inbox 40 times. Here's what to do.

        1. Send the thank-you the same day. Two or three sentences, one specific detail from the
        conversation. Don't attach anything.

        2. If they gave you a date, wait until it has passed. "We'll get back to you by Friday" means
        Monday morning is the earliest you should nudge.

        3. Keep scheduling replies short. When a recruiter sends you a time, a reply like "Thanks for
        confirming Thursday at 2pm - see you then" is all you need. Don't re-negotiate in the same
        email.

        4. Know when to stop. Two follow-ups, a week apart. After that, let it go and put the energy
        into your next application.

        Next week: negotiating when you have two offers at once.

        Like this post? Share it with a friend who's job hunting.

        © 2026 The Interview Loop · Unsubscribe https://theinterviewloop.substack.com/action/disable_email
        """)
    hs = head("The Interview Loop <theinterviewloop@substack.com>",
              "How to follow up after a final-round interview (and when to stop)",
              "2026-10-18 08:00:02", "Europe/London", "<20261018070002.3.b51e7c0a9d2f4e16@substack.com>",
              relay="mail-40137.substack.com (mail-40137.substack.com [198.51.100.137])",
              extra=(("List-Unsubscribe", "<https://theinterviewloop.substack.com/action/disable_email>"),
                     ("List-Id", "<theinterviewloop.substack.com>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(para_html(body, "font-family:Georgia,serif;font-size:17px"))))
