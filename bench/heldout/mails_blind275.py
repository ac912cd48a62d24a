"""blind275: a blind 50-mail held-out set, the inbox of Jasmine Ortiz, a battery-manufacturing
quality engineer in Reno, Nevada (America/Los_Angeles), September to December 2026.

Written by hand, one function per mail, without reading the detector, its tests or the earlier
held-out mails. Build and check with ``python3 bench/heldout/make_blind.py blind275``.
File numbers are a fixed shuffle of the writing order (keys 1-23 positives, 24-50 negatives).
"""

from __future__ import annotations

import base64
import random

import make
from make import (
    addr,
    alt,
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

ORDER = random.Random(2750275).sample(range(1, 51), 50)
SET = "blind275"


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "jasmine.ortiz@example.org"
TO = addr("Jasmine Ortiz", ME)
LA = "America/Los_Angeles"
DEN = "America/Denver"
UTC_Z = "UTC"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


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

VTZ_DEN = """BEGIN:VTIMEZONE
TZID:America/Denver
X-LIC-LOCATION:America/Denver
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

VTZ_PST_WIN = """BEGIN:VTIMEZONE
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

VTZ_MST_WIN = """BEGIN:VTIMEZONE
TZID:Mountain Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

TEAMS_TXT = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Meeting ID: {num}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
           company="Volt Ridge Cells", contact="natalie.okafor@voltridgecells.com",
           start=utc("2026-09-15 10:00", LA), end=utc("2026-09-15 11:30", LA),
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:30", zone=LA,
           note="Greenhouse confirmation, 'Tuesday, September 15, 2026, 10:00 AM - 11:30 AM PDT' "
                "(PDT = UTC-7); ICS agrees; contact = recruiter Reply-To (From is no-reply).")
def m01() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks for making time to meet with Volt Ridge Cells! Your interview for
        Senior Quality Engineer, Cell Assembly is confirmed. Details are below.

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 11:30 AM PDT
        Location: Volt Ridge Cells, 2255 Vista Industrial Blvd, Sparks, NV 89434
                  (check in at the Building B lobby; visitor parking on the east side)

        Schedule
          10:00 AM  Marcus Tran, Quality Manager
          10:45 AM  Irene Castaneda, Process Engineering Lead

        Please bring a government-issued photo ID; the cell floor requires a safety
        briefing and closed-toe shoes. If you need to make any changes, reply to this
        email and it will reach Natalie.

        Best,
        Natalie Okafor
        Talent Acquisition, Volt Ridge Cells
        """)
    htm = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Jasmine,</p>
        <p>Thanks for making time to meet with Volt Ridge Cells! Your interview for
        <b>Senior Quality Engineer, Cell Assembly</b> is confirmed. Details are below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 11:30 AM PDT</td></tr>
        <tr><td><b>Location</b></td><td>Volt Ridge Cells, 2255 Vista Industrial Blvd, Sparks, NV 89434<br>
        (check in at the Building B lobby; visitor parking on the east side)</td></tr>
        </table>
        <p><b>Schedule</b><br>
        10:00 AM &nbsp; Marcus Tran, Quality Manager<br>
        10:45 AM &nbsp; Irene Castaneda, Process Engineering Lead</p>
        <p>Please bring a government-issued photo ID; the cell floor requires a safety
        briefing and closed-toe shoes. If you need to make any changes, reply to this
        email and it will reach Natalie.</p>
        <p>Best,<br>Natalie Okafor<br>Talent Acquisition, Volt Ridge Cells</p>
        <img src="https://app.greenhouse.io/email_open/7f3c1a0e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
UID:gh-interview-88213407-cand-55120931@greenhouse.io
DTSTAMP:20260909T211208Z
DTSTART;TZID=America/Los_Angeles:20260915T100000
DTEND;TZID=America/Los_Angeles:20260915T113000
SUMMARY:Interview: Senior Quality Engineer, Cell Assembly - Volt Ridge Cells
LOCATION:2255 Vista Industrial Blvd\\, Sparks\\, NV 89434
ORGANIZER;CN=Natalie Okafor:mailto:natalie.okafor@voltridgecells.com
ATTENDEE;CN=Jasmine Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jasmine.ortiz@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("o12.us.greenhouse-mail.io", "167.89.101.12", "2026-09-09 14:12:08", LA, "4Rk2w1")),
        ("From", addr("Volt Ridge Cells", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Natalie Okafor", "natalie.okafor@voltridgecells.com")),
        ("To", TO),
        ("Subject", "Interview Confirmation: Senior Quality Engineer, Cell Assembly at Volt Ridge Cells"),
        ("Date", date("2026-09-09 14:12:05", LA)),
        ("Message-ID", "<a91f3e0c.SAQAAGXb7lEAAAAAAAAAAAHq@us.greenhouse-mail.io>"),
        ("X-SG-EID", "u001.kT8vR2mN0aQx7bLc"),
    ], mixed(alt(text(body), html(htm)),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                      disposition="attachment")))


@make.mail(N(2), family="lever", lang="en-US", interview=True, kind="scheduled",
           company="Basalt Lithium", contact="kendra.osei@basaltlithium.com",
           start=utc("2026-09-17 14:30", LA), end=utc("2026-09-17 15:00", LA),
           local="Thu 2026-09-17 14:30", local_end="2026-09-17 15:00", zone=LA,
           note="Lever HTML-only (base64) phone screen 'Thursday, Sep 17, 2:30 PM - 3:00 PM "
                "(Pacific Time)' in September = PDT (UTC-7); contact = Reply-To recruiter.")
def m02() -> bytes:
    htm = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview confirmed</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#333">
        <tr><td>
        <p>Hi Jasmine,</p>
        <p>You're all set! Your phone screen with <b>Basalt Lithium</b> for the
        <b>Quality Engineer II - Electrode</b> role is confirmed:</p>
        <p style="font-size:16px"><b>Thursday, Sep 17, 2:30 PM - 3:00 PM (Pacific Time)</b><br>
        Kendra Osei will call you at (775) 555-0148.</p>
        <p>Need to make a change? Just reply to this email.</p>
        <p>Thanks,<br>Kendra Osei<br>Recruiting | Basalt Lithium</p>
        </td></tr></table>
        <p style="font-family:Arial,sans-serif;font-size:11px;color:#999">Sent via Lever &middot;
        <a href="https://jobs.lever.co/basaltlithium" style="color:#999">Basalt Lithium careers</a></p>
        </td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail-sor-f69.hire.lever.co", "209.85.220.69", "2026-09-14 09:05:44", LA, "8Hq0x3")),
        ("From", addr("Kendra Osei (Basalt Lithium)", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Kendra Osei", "kendra.osei@basaltlithium.com")),
        ("To", ME),
        ("Subject", "Your phone screen with Basalt Lithium is confirmed"),
        ("Date", date("2026-09-14 09:05:41", LA)),
        ("Message-ID", "<CAGo4u+7rX0qjvL3bQ1eK8mXn6pZ2hWt@hire.lever.co>"),
        ("X-Mailgun-Tag", "interview-confirmation"),
    ], html(htm, cte="base64"))


@make.mail(N(3), family="workday", lang="en-US", interview=True, kind="scheduled",
           company="Truckee Meadows Health", contact="renee.castillo@tmhealth.org",
           start=utc("2026-09-23 09:00", LA), end=utc("2026-09-23 10:00", LA),
           local="Wed 2026-09-23 09:00", local_end="2026-09-23 10:00", zone=LA,
           note="Jasmine forwards (inline, Gmail style) a Workday confirmation from her old address "
                "example.net to example.org; '9:00 AM - 10:00 AM (PDT)' on Wed 23 Sep = UTC-7; "
                "contact = the coordinator address in the forwarded body (never the candidate).")
def m03() -> bytes:
    body = t("""
        keeping this in the new inbox

        ---------- Forwarded message ---------
        From: Truckee Meadows Health <tmhealth@myworkday.com>
        Date: Thu, Sep 17, 2026 at 11:20 AM
        Subject: Interview Scheduled - Quality Improvement Engineer (R-04417)
        To: <jasmine.ortiz@example.net>


        Dear Jasmine,

        Thank you for your interest in Truckee Meadows Health. We are pleased to
        confirm your interview for the position of Quality Improvement Engineer
        (R-04417).

        Interview Date: Wednesday, September 23, 2026
        Interview Time: 9:00 AM - 10:00 AM (PDT)
        Interview Type: In Person
        Location: Truckee Meadows Health, 1150 Mill Street, Reno, NV 89502
                  Administration Building, 3rd floor, Conference Room 3B

        Panel: Dr. Alan Pierce (Director, Quality & Patient Safety), Shauna Redd
        (Biomedical Engineering Supervisor)

        Please arrive 10 minutes early and check in at the front desk. If you have
        questions or need an accommodation, please contact Renee Castillo at
        renee.castillo@tmhealth.org or (775) 555-0192.

        Sincerely,
        Talent Acquisition
        Truckee Meadows Health

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    return message([
        ("Received", rcv("mail-yw1-f174.google.com", "209.85.128.174", "2026-09-17 19:02:30", LA, "2Mw9c7")),
        ("From", addr("Jasmine Ortiz", "jasmine.ortiz@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Interview Scheduled - Quality Improvement Engineer (R-04417)"),
        ("Date", date("2026-09-17 19:02:27", LA)),
        ("Message-ID", "<CAH5vE3q9oWm1pQz+T8yKd0xZb4LrN7u@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(4), family="exchange", lang="en-US", interview=True, kind="scheduled",
           company="Silver Crest Resorts", contact="hbrooks@silvercrestresorts.com",
           start=utc("2026-10-07 13:00", LA), end=utc("2026-10-07 14:00", LA),
           local="Wed 2026-10-07 13:00", local_end="2026-10-07 14:00", zone=LA,
           note="Exchange meeting request from the casino resort's corporate office; the body has "
                "no time at all, only the ICS (TZID 'Pacific Standard Time' = America/Los_Angeles, "
                "PDT on 7 Oct): 13:00-14:00 local = 20:00-21:00Z; contact = organizer/sender.")
def m04() -> bytes:
    body = t("""
        Hi Jasmine,

        Sending the calendar hold for the panel conversation we discussed. You'll meet
        with me, Dolores Fitch (VP, Operations Excellence) and Sam Whitehorse (Director,
        Facilities Engineering). We'd like to hear about the supplier quality program
        you built at your current company.

        Please accept the invite so it lands on everyone's calendar.

        Harlan
        """) + "\n" + TEAMS_TXT.format(mid="MzQ5YjU2ZmEtNWJhNy00", num="284 117 903 552", pc="q7Hh3P") + t("""

        Harlan Brooks | Sr. Manager, Continuous Improvement
        Silver Crest Resorts, Inc. | Corporate Office
        1 Silver Crest Plaza, Reno, NV 89501
        """)
    htm = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
        </head><body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Hi Jasmine,</p>
        <p class="MsoNormal">Sending the calendar hold for the panel conversation we discussed. You&#8217;ll meet
        with me, Dolores Fitch (VP, Operations Excellence) and Sam Whitehorse (Director,
        Facilities Engineering). We&#8217;d like to hear about the supplier quality program
        you built at your current company.</p>
        <p class="MsoNormal">Please accept the invite so it lands on everyone&#8217;s calendar.</p>
        <p class="MsoNormal">Harlan</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ5YjU2ZmEtNWJhNy00%40thread.v2/0">Join the meeting now</a></div>
        <div>Meeting ID: 284 117 903 552<br>Passcode: q7Hh3P</div>
        <p class="MsoNormal">Harlan Brooks | Sr. Manager, Continuous Improvement<br>
        Silver Crest Resorts, Inc. | Corporate Office<br>1 Silver Crest Plaza, Reno, NV 89501</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_PST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Harlan Brooks:mailto:hbrooks@silvercrestresorts.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Ortiz:mailto:jasmine.ortiz@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dolores Fitch:mailto:dfitch@silvercrestresorts.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Whitehorse:mailto:swhitehorse@silvercrestresorts.com
DESCRIPTION;LANGUAGE=en-US:Hi Jasmine\\,\\n\\nSending the calendar hold for the panel conversation we discussed.\\n
UID:040000008200E00074C5B7101A82E00800000000F0A3D5C1A750DD01000000000000000010000000B4E2C9A0F1D3E84C8A7E5D6C3B2A1908
SUMMARY;LANGUAGE=en-US:Panel interview - Jasmine Ortiz / Continuous Improvement Engineer
DTSTART;TZID=Pacific Standard Time:20261007T130000
DTEND;TZID=Pacific Standard Time:20261007T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260929T234512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2125471907
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ5YjU2ZmEtNWJhNy00%40thread.v2/0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("NAM10-BN7-obe.outbound.protection.outlook.com", "40.107.92.47",
                         "2026-09-29 16:45:12", LA, "7Tz4b8")),
        ("From", addr("Harlan Brooks", "hbrooks@silvercrestresorts.com")),
        ("To", TO),
        ("Subject", "Panel interview - Jasmine Ortiz / Continuous Improvement Engineer"),
        ("Thread-Topic", "Panel interview - Jasmine Ortiz / Continuous Improvement Engineer"),
        ("Thread-Index", "AdtQ3k7x2Vb0r1aHSkOq8m5yW9c4Tg=="),
        ("Date", date("2026-09-29 16:45:09", LA)),
        ("Message-ID", "<BY5PR19MB3421A7C0D9E2F14B6C8E0A13D2FA9@BY5PR19MB3421.namprd19.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(htm), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(5), family="calendly", lang="en-US", interview=True, kind="scheduled",
           company="Wasatch Cell Systems", contact="brent.dalby@wasatchcell.com",
           start=utc("2026-10-01 09:00", DEN), end=utc("2026-10-01 09:45", DEN),
           local="Thu 2026-10-01 09:00", local_end="2026-10-01 09:45", zone=DEN,
           note="Calendly invitee confirmation; the invitee picked the host's zone: '9:00am - 9:45am "
                "(Mountain Time - US & Canada)', MDT = UTC-6 -> 15:00-15:45Z (8:00 in Reno); "
                "Date header in UTC; contact = host (Reply-To and ICS organizer).")
def m05() -> bytes:
    body = t("""
        Hi Jasmine Ortiz,

        Your Hiring Manager Interview - Quality Engineer II with Brent Dalby is confirmed.

        Event Type:
        Hiring Manager Interview - Quality Engineer II

        Invitee:
        Jasmine Ortiz

        Invitee Email:
        jasmine.ortiz@example.org

        Event Date/Time:
        09:00am - 09:45am (Mountain Time - US & Canada) on Thursday, October 1, 2026

        Location:
        This is a Google Meet web conference. https://meet.google.com/wqk-htro-zyd

        Description:
        45 minutes with the hiring manager for our Salt Lake City cell plant. We'll talk
        about your background in cell-level quality and how our APQP process works.

        Cancel: https://calendly.com/cancellations/5c0f1a8e-92d1-4b7e-a3e1-7d6f0c2b9e44
        Reschedule: https://calendly.com/reschedulings/5c0f1a8e-92d1-4b7e-a3e1-7d6f0c2b9e44

        Powered by Calendly.com
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hi Jasmine Ortiz,</p>
        <p>Your <b>Hiring Manager Interview - Quality Engineer II</b> with Brent Dalby is confirmed.</p>
        <p><b>Event Type:</b><br>Hiring Manager Interview - Quality Engineer II</p>
        <p><b>Invitee:</b><br>Jasmine Ortiz</p>
        <p><b>Invitee Email:</b><br><a href="mailto:jasmine.ortiz@example.org">jasmine.ortiz@example.org</a></p>
        <p><b>Event Date/Time:</b><br>09:00am - 09:45am (Mountain Time - US &amp; Canada) on Thursday, October 1, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.
        <a href="https://meet.google.com/wqk-htro-zyd">Join now</a></p>
        <p><b>Description:</b><br>45 minutes with the hiring manager for our Salt Lake City cell plant.
        We&#39;ll talk about your background in cell-level quality and how our APQP process works.</p>
        <p><a href="https://calendly.com/cancellations/5c0f1a8e-92d1-4b7e-a3e1-7d6f0c2b9e44">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/5c0f1a8e-92d1-4b7e-a3e1-7d6f0c2b9e44">Reschedule</a></p>
        <p style="color:#888;font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_DEN}
BEGIN:VEVENT
UID:5c0f1a8e-92d1-4b7e-a3e1-7d6f0c2b9e44@calendly.com
DTSTAMP:20260926T181133Z
DTSTART;TZID=America/Denver:20261001T090000
DTEND;TZID=America/Denver:20261001T094500
SUMMARY:Hiring Manager Interview - Quality Engineer II between Brent Dalby and Jasmine Ortiz
LOCATION:https://meet.google.com/wqk-htro-zyd
ORGANIZER;CN=Brent Dalby:mailto:brent.dalby@wasatchcell.com
ATTENDEE;CN=Jasmine Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jasmine.ortiz@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("o7.email.calendly.com", "149.72.164.7", "2026-09-26 18:11:33", UTC_Z, "3Lp8d5")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Brent Dalby", "brent.dalby@wasatchcell.com")),
        ("To", ME),
        ("Subject", "Confirmed: Hiring Manager Interview - Quality Engineer II with Brent Dalby on "
                    "Thursday, October 1, 2026"),
        ("Date", date("2026-09-26 18:11:30", UTC_Z)),
        ("Message-ID", "<5c0f1a8e92d14b7ea3e17d6f0c2b9e44.invitee_confirmation@calendly.com>"),
    ], mixed(alt(text(body), html(htm)),
             calendar(ics, method=None, cte="base64", ctype="application/ics",
                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(6), family="human_prose", lang="en-US", interview=True, kind="scheduled",
           company="Granite Peak Energy", contact="tyler.nguyen@summittalentpartners.com",
           start=utc("2026-09-29 11:00", LA), local="Tue 2026-09-29 11:00", zone=LA,
           note="Agency recruiter, terse phone-written text: 'confirmed for tomorrow at 11' sent Mon "
                "28 Sep 09:40 PDT -> Tue 29 Sep 11:00 PDT = 18:00Z; no length; company = hiring "
                "client (named in the mail), contact = the recruiter who sent it.")
def m06() -> bytes:
    body = t("""
        Hi Jasmine - you're confirmed for tomorrow at 11 with Dale Pruitt (plant mgr) at Granite Peak Energy, 600 Glendale Ave in Sparks. Ask for Dale at the front desk, bring 2 copies of your resume. Business casual is fine, they'll walk you thru the module line so flat shoes.

        Text me if anything comes up 775-555-0137

        Tyler

        Sent from my iPhone
        """)
    return message([
        ("Received", rcv("mail-pj1-f52.google.com", "209.85.216.52", "2026-09-28 09:40:18", LA, "9Bn1r4")),
        ("From", addr("Tyler Nguyen", "tyler.nguyen@summittalentpartners.com")),
        ("To", ME),
        ("Subject", "Granite Peak tmrw"),
        ("Date", date("2026-09-28 09:40:15", LA)),
        ("Message-ID", "<6E2B90A1-4F7C-4D13-9C8B-2A5E1F0D7C36@summittalentpartners.com>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, charset="us-ascii", cte="7bit", params="format=flowed"))


@make.mail(N(7), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
           company="Comstock State University", contact="praman@comstockstate.edu",
           start=utc("2026-10-16 10:00", LA), end=utc("2026-10-16 11:00", LA),
           local="Fri 2026-10-16 10:00", local_end="2026-10-16 11:00", zone=LA,
           note="Google Calendar invitation from the search-committee chair, 'Fri Oct 16, 2026 10am - "
                "11am (PDT)' = 17:00-18:00Z; ICS agrees; contact = organizer (From/Reply-To human).")
def m07() -> bytes:
    body = t("""
        You have been invited to the following event.

        Search committee interview - Jasmine Ortiz (QA Engineer, Energy Storage Research Center)
        When
        Friday Oct 16, 2026 10am - 11am Pacific Time - Los Angeles

        Joining info
        Join with Google Meet
        https://meet.google.com/bfe-kzqr-npa

        Join by phone
        (US) +1 530-555-0171 PIN: 448 190 227#

        Calendar
        jasmine.ortiz@example.org

        Who
        Priya Raman - organizer
        Glen Haskell
        Lucia Ferreira
        jasmine.ortiz@example.org

        Dear Jasmine, thank you for agreeing to meet with the search committee. The conversation
        will last one hour: 40 minutes of questions from the committee and 20 minutes for yours.
        Please have a copy of the position description handy. - Priya

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer,
        be added to the guest list, invite others regardless of their own invitation status, or
        modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    htm = t("""
        <html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:20px;font-weight:400;color:#202124">Search committee interview - Jasmine Ortiz (QA Engineer, Energy Storage Research Center)</h2>
        <table><tr><td style="color:#70757a">When</td>
        <td>Friday Oct 16, 2026 &#8901; 10am &ndash; 11am (Pacific Time - Los Angeles)</td></tr>
        <tr><td style="color:#70757a">Joining info</td>
        <td><a href="https://meet.google.com/bfe-kzqr-npa">Join with Google Meet</a><br>meet.google.com/bfe-kzqr-npa</td></tr>
        <tr><td style="color:#70757a">Who</td>
        <td>Priya Raman - organizer<br>Glen Haskell<br>Lucia Ferreira<br>jasmine.ortiz@example.org</td></tr></table>
        <p>Dear Jasmine, thank you for agreeing to meet with the search committee. The conversation
        will last one hour: 40 minutes of questions from the committee and 20 minutes for yours.
        Please have a copy of the position description handy. - Priya</p>
        <p style="font-size:12px;color:#70757a">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20261016T100000
DTEND;TZID=America/Los_Angeles:20261016T110000
DTSTAMP:20261008T171455Z
ORGANIZER;CN=Priya Raman:mailto:praman@comstockstate.edu
UID:0v3kq7m2c8h1j5l9a6s4d2f0gt@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Raman;X-NUM-GUESTS=0:mailto:praman@comstockstate.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.ortiz@example.org;X-NUM-GUESTS=0:mailto:jasmine.ortiz@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/bfe-kzqr-npa
CREATED:20261008T171452Z
DESCRIPTION:Dear Jasmine\\, thank you for agreeing to meet with the search committee.
LAST-MODIFIED:20261008T171452Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Search committee interview - Jasmine Ortiz (QA Engineer\\, Energy Storage Research Center)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Invitation: Search committee interview - Jasmine Ortiz (QA Engineer, Energy Storage "
               "Research Center) @ Fri Oct 16, 2026 10am - 11am (PDT) (jasmine.ortiz@example.org)")
    return message([
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-10-08 10:14:55", LA, "5Vc2k6")),
        ("From", addr("Priya Raman", "praman@comstockstate.edu")),
        ("Reply-To", addr("Priya Raman", "praman@comstockstate.edu")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("To", ME),
        ("Subject", subject),
        ("Date", date("2026-10-08 10:14:55", LA)),
        ("Message-ID", "<calendar-7e1b0d2c-4a9f-4c11-b2f3-0d8e6a5c9f17@google.com>"),
    ], mixed(alt(text(body), html(htm), calendar(ics, method="REQUEST", cte="7bit")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(8), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
           company="Capitol Grid Systems", contact="mei.lin@capitolgrid.com",
           start=utc("2026-10-19 13:30", LA), end=utc("2026-10-19 14:30", LA),
           local="Mon 2026-10-19 13:30", local_end="2026-10-19 14:30", zone=LA,
           note="SmartRecruiters confirmation for a Sacramento employer: 'Monday, October 19, 2026 at "
                "1:30 PM PDT' with 'Duration: 60 minutes' (exact) -> 20:30-21:30Z; contact = Reply-To.")
def m08() -> bytes:
    body = t("""
        Hello Jasmine,

        Your interview with Capitol Grid Systems has been confirmed.

        Position: Supplier Quality Engineer - Energy Storage (Sacramento, CA)
        When: Monday, October 19, 2026 at 1:30 PM PDT
        Duration: 60 minutes
        Where: Video call (Microsoft Teams) - link below
        Interviewers: Mei Lin (Senior Recruiter), Howard Baptiste (Supplier Quality Manager)

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODg1ZGQ0%40thread.v2/0

        Add to calendar: https://www.smartrecruiters.com/calendar/9f21c7/ics

        If something changes, simply reply to this message and Mei will get back to you.

        Good luck!
        The Capitol Grid Systems Hiring Team

        --
        This message was sent by SmartRecruiters on behalf of Capitol Grid Systems.
        """)
    htm = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2c3e50">
        <div style="max-width:600px;margin:auto">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/capitolgrid.png" alt="Capitol Grid Systems" height="40">
        <p>Hello Jasmine,</p>
        <p>Your interview with <strong>Capitol Grid Systems</strong> has been confirmed.</p>
        <table style="border:1px solid #e1e6eb;width:100%" cellpadding="8">
        <tr><td style="color:#6b7c93">Position</td><td>Supplier Quality Engineer - Energy Storage (Sacramento, CA)</td></tr>
        <tr><td style="color:#6b7c93">When</td><td>Monday, October 19, 2026 at 1:30 PM PDT</td></tr>
        <tr><td style="color:#6b7c93">Duration</td><td>60 minutes</td></tr>
        <tr><td style="color:#6b7c93">Where</td><td>Video call (Microsoft Teams)</td></tr>
        <tr><td style="color:#6b7c93">Interviewers</td><td>Mei Lin (Senior Recruiter), Howard Baptiste (Supplier Quality Manager)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODg1ZGQ0%40thread.v2/0" style="background:#0b7dda;color:#fff;padding:8px 16px;text-decoration:none">Join interview</a>
        &nbsp; <a href="https://www.smartrecruiters.com/calendar/9f21c7/ics">Add to calendar</a></p>
        <p>If something changes, simply reply to this message and Mei will get back to you.</p>
        <p>Good luck!<br>The Capitol Grid Systems Hiring Team</p>
        <p style="font-size:11px;color:#9aa5b1">This message was sent by SmartRecruiters on behalf of Capitol Grid Systems.</p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mta-174-201.smartrecruiters.com", "35.174.201.18", "2026-10-13 08:50:02", LA, "1Qd6h2")),
        ("From", addr("Capitol Grid Systems", "no-reply@smartrecruiters.com")),
        ("Reply-To", addr("Mei Lin", "mei.lin@capitolgrid.com")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Interview confirmed - Supplier Quality Engineer - Energy Storage"),
        ("Date", date("2026-10-13 08:50:00", LA)),
        ("Message-ID", "<0100019a1c3f8e2b-5d7a61c0-3e4f-4b2a-9c1d-7f8e6a5b4c3d-000000@email.smartrecruiters.com>"),
    ], alt(text(body, cte="8bit"), html(htm)))


@make.mail(N(9), family="ashby", lang="en-US", interview=True, kind="scheduled",
           company="Ampere Loop", contact="devon.mccall@ampereloop.com",
           start=utc("2026-11-02 09:00", LA), end=utc("2026-11-02 09:45", LA),
           local="Mon 2026-11-02 09:00", local_end="2026-11-02 09:45", zone=LA,
           note="DST edge: mail sent Wed 28 Oct in PDT, interview Mon 2 Nov '9:00 AM - 9:45 AM PST', "
                "the day after US clocks go back -> UTC-8 -> 17:00-17:45Z; ICS agrees; contact = "
                "Reply-To recruiter of the remote team.")
def m09() -> bytes:
    body = t("""
        Hi Jasmine,

        Your interview is confirmed. We're looking forward to speaking with you!

        Ampere Loop - Battery Reliability Engineer (Remote, US)
        Monday, November 2, 2026 · 9:00 AM – 9:45 AM PST
        Zoom: https://ampereloop.zoom.us/j/86120447315?pwd=bE9xWkR0

        You'll meet with:
          Tamsin Herrera — Head of Reliability

        Heads-up: daylight saving time ends on Sunday, so the time above is already in
        standard time.

        Questions? Just reply and it will reach Devon McCall.

        Thanks,
        Ampere Loop Recruiting
        """)
    htm = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Jasmine,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <div style="border:1px solid #e4e4e7;border-radius:8px;padding:16px">
        <div style="font-weight:600">Ampere Loop - Battery Reliability Engineer (Remote, US)</div>
        <div>Monday, November 2, 2026 · 9:00 AM – 9:45 AM PST</div>
        <div><a href="https://ampereloop.zoom.us/j/86120447315?pwd=bE9xWkR0">Join Zoom</a></div>
        </div>
        <p>You&#x27;ll meet with:<br>Tamsin Herrera — Head of Reliability</p>
        <p>Heads-up: daylight saving time ends on Sunday, so the time above is already in standard time.</p>
        <p>Questions? Just reply and it will reach Devon McCall.</p>
        <p>Thanks,<br>Ampere Loop Recruiting</p>
        <p style="color:#a1a1aa;font-size:11px">Powered by Ashby</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
UID:3d8e2f71-6a0b-4c59-8e1d-b7a2c4f90e63
DTSTAMP:20261028T203011Z
DTSTART;TZID=America/Los_Angeles:20261102T090000
DTEND;TZID=America/Los_Angeles:20261102T094500
SEQUENCE:0
SUMMARY:Ampere Loop – Battery Reliability Engineer Interview
LOCATION:https://ampereloop.zoom.us/j/86120447315?pwd=bE9xWkR0
ORGANIZER;CN=Devon McCall:mailto:devon.mccall@ampereloop.com
ATTENDEE;CN=Jasmine Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jasmine.ortiz@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("a48-105.smtp-out.amazonses.com", "54.240.48.105", "2026-10-28 13:30:14", LA, "6Yt3m9")),
        ("From", addr("Ampere Loop", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Devon McCall", "devon.mccall@ampereloop.com")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", enc("Interview confirmed: Battery Reliability Engineer at Ampere Loop – Mon, Nov 2")),
        ("Date", date("2026-10-28 13:30:11", LA)),
        ("Message-ID", "<0100019a2b7c55e1-8f0d2c4a-71b3-4e9a-a6c2-3b1f0e9d8c7a-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(htm, cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                      disposition="attachment")))


@make.mail(N(10), family="human_prose", lang="en-US", interview=True, kind="scheduled",
           company="Lahontan County", contact="garanda@lahontancounty.gov",
           start=utc("2026-11-10 16:30", LA), local="Tue 2026-11-10 16:30", zone=LA,
           note="County hiring manager's phone reply 'Tuesday 11/10 at 4:30 it is' closing the quoted "
                "exchange; PST (UTC-8) so 16:30 local = 00:30Z on Wed 11 Nov (another day in UTC); "
                "no length; contact = human sender.")
def m10() -> bytes:
    body = t("""
        Works for me. Tuesday 11/10 at 4:30 it is - I'll send a Teams link Monday. It'll be me and Ray from Fleet.

        Gloria

        Sent from my iPhone

        > On Nov 5, 2026, at 6:58 AM, Jasmine Ortiz <jasmine.ortiz@example.org> wrote:
        >
        > Hi Gloria,
        >
        > Thank you for getting back to me so quickly. Mornings next week are hard with my current shift, but I could do Tuesday 11/10 at 4:30 pm, or any time Thursday afternoon.
        >
        > Best,
        > Jasmine
        >
        >> On Nov 4, 2026, at 3:12 PM, Gloria Aranda <garanda@lahontancounty.gov> wrote:
        >>
        >> Hi Jasmine, we'd like to interview you for the Fleet Electrification Program Specialist position. The interview would be about 45 minutes over Teams. What does your availability look like next week?
        >>
        >> Gloria Aranda
        >> Fleet Services Manager | Lahontan County Public Works
        >> 1001 E. Williams St, Fallon NV
        """)
    return message([
        ("Received", rcv("GCC02-DM3-obe.outbound.protection.office365.us", "52.127.84.19",
                         "2026-11-05 07:12:40", LA, "0Ws7f1")),
        ("From", addr("Gloria Aranda", "garanda@lahontancounty.gov")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Re: Fleet Electrification Program Specialist - interview"),
        ("Date", date("2026-11-05 07:12:36", LA)),
        ("Message-ID", "<1A7F3C2E-88B4-4E0D-B5C1-9D2A6E3F0B47@lahontancounty.gov>"),
        ("In-Reply-To", "<CAJo5rT0bL2pX9qW@mail.example.org>"),
        ("References", "<4D1E0F9A-2C3B-4A56-8E71-0B9C8D7E6F5A@lahontancounty.gov> "
                       "<CAJo5rT0bL2pX9qW@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22B83)"),
    ], text(body, cte="quoted-printable"))


@make.mail(N(11), family="human_prose", lang="en-US", interview=True, kind="scheduled",
           company="Oquirrh Battery Systems", contact="jose.pena@oquirrhbattery.com",
           start=utc("2026-11-12 10:00", DEN), local="Thu 2026-11-12 10:00", zone=DEN,
           note="Salt Lake City hiring manager, iso-8859-1 QP body: onsite Thu 12 Nov, 'first interview "
                "at 10:00 AM Mountain (9:00 your time)' -> MST (UTC-7) = 17:00Z; attached ICS is an "
                "all-day event (VALUE=DATE) with no time; 'wrap up around 2:30' is approximate, end null.")
def m11() -> bytes:
    body = t("""
        Hola Jasmine,

        Great news - we're all set for your onsite in Salt Lake City on Thursday,
        November 12. I've attached a calendar hold for the day so you can block it.

        Itinerary:
          10:00 AM Mountain (9:00 your time in Reno) - me, plant overview and interview
          11:00 - quality team (Kirsten Ahlberg and Mateo Suárez)
          12:00 - lunch with a couple of the line leads
           1:00 - tour of formation & aging, then a short session with our VP of Ops

        We should wrap up around 2:30, so the 5:10 flight back to Reno works fine. Our
        travel desk will email the flight and hotel confirmations separately; keep your
        receipts for anything else.

        Address: 4410 W. Amelia Earhart Dr., Salt Lake City, UT 84116 - check in at the
        visitor kiosk, I'll come down to get you.

        ¡Nos vemos pronto!

        José Peña
        Director of Quality, Oquirrh Battery Systems
        jose.pena@oquirrhbattery.com | (801) 555-0163
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:A4C1E7B2-55D0-4F3A-9B86-17E2C0D9F341
DTSTAMP:20261103T232004Z
DTSTART;VALUE=DATE:20261112
DTEND;VALUE=DATE:20261113
SUMMARY:Jasmine Ortiz - onsite visit (SLC)
LOCATION:Oquirrh Battery Systems\\, 4410 W. Amelia Earhart Dr.\\, Salt Lake City
ORGANIZER;CN=José Peña:mailto:jose.pena@oquirrhbattery.com
ATTENDEE;CN=Jasmine Ortiz;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jasmine.ortiz@example.org
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.oquirrhbattery.com", "198.51.100.44", "2026-11-03 16:20:07", DEN, "2Gf5v8")),
        ("From", addr("José Peña", "jose.pena@oquirrhbattery.com", charset="iso-8859-1")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Onsite in SLC - Thursday 11/12"),
        ("Date", date("2026-11-03 16:20:04", DEN)),
        ("Message-ID", "<D3F9E1A0-7B2C-4C55-A0E8-61B4F2C9D7E3@oquirrhbattery.com>"),
        ("X-Mailer", "Apple Mail (2.3826.200.121)"),
    ], mixed(text(body, charset="iso-8859-1"),
             calendar(ics, method="REQUEST", cte="quoted-printable", filename="Jasmine Ortiz onsite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(12), family="icims", lang="en-US", interview=True, kind="scheduled",
           company="Highline Cathode Materials", contact="owen.fairbanks@highlinecathode.com",
           start=utc("2026-11-17 08:30", LA), end=utc("2026-11-17 12:00", LA),
           local="Tue 2026-11-17 08:30", local_end="2026-11-17 12:00", zone=LA,
           note="iCIMS onsite confirmation (windows-1252 QP + HTML), '11/17/2026 8:30 AM - 12:00 PM "
                "Pacific' in November = PST (UTC-8) -> 16:30-20:00Z; From is an iCIMS address, contact "
                "= the recruiter address in the body.")
def m12() -> bytes:
    body = t("""
        Dear Jasmine,

        Thank you for your interest in Highline Cathode Materials. We’re pleased to confirm
        your on-site interview for Quality Engineer – Cathode Active Materials (Req #2026-1184).

        Date/Time: 11/17/2026, 8:30 AM – 12:00 PM Pacific
        Location: Highline Cathode Materials – Sparks Plant
                  1900 E. Greg St., Sparks, NV 89431 (Gate 3, Visitor Center)

        Agenda:
          8:30 – Safety orientation and PPE fitting
          9:00 – Interviews with the QA/QC team
         10:30 – Plant tour (calcination and coating lines)
         11:15 – Wrap-up with HR

        Please wear long pants and closed-toe shoes; safety glasses and steel-toe covers
        will be provided. Bring a photo ID for the security gate.

        Questions? Contact your recruiter, Owen Fairbanks, at owen.fairbanks@highlinecathode.com.

        Regards,
        Talent Acquisition
        Highline Cathode Materials

        Please do not reply to this message; this mailbox is not monitored.
        """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Dear Jasmine,</p>
        <p>Thank you for your interest in Highline Cathode Materials. We’re pleased to confirm
        your on-site interview for <b>Quality Engineer – Cathode Active Materials</b> (Req #2026-1184).</p>
        <p><b>Date/Time:</b> 11/17/2026, 8:30 AM – 12:00 PM Pacific<br>
        <b>Location:</b> Highline Cathode Materials – Sparks Plant, 1900 E. Greg St., Sparks, NV 89431 (Gate 3, Visitor Center)</p>
        <p><b>Agenda:</b><br>8:30 – Safety orientation and PPE fitting<br>9:00 – Interviews with the QA/QC team<br>
        10:30 – Plant tour (calcination and coating lines)<br>11:15 – Wrap-up with HR</p>
        <p>Please wear long pants and closed-toe shoes; safety glasses and steel-toe covers
        will be provided. Bring a photo ID for the security gate.</p>
        <p>Questions? Contact your recruiter, Owen Fairbanks, at
        <a href="mailto:owen.fairbanks@highlinecathode.com">owen.fairbanks@highlinecathode.com</a>.</p>
        <p>Regards,<br>Talent Acquisition<br>Highline Cathode Materials</p>
        <p><font size="1" color="#808080">Please do not reply to this message; this mailbox is not monitored.</font></p>
        </font></body></html>
        """)
    return message([
        ("Received", rcv("mta-out-12.icims.com", "64.74.12.131", "2026-11-09 10:00:51", LA, "8Kc1p0")),
        ("From", addr("Highline Cathode Materials", "highlinecathode+autoreply@talent.icims.com")),
        ("To", ME),
        ("Subject", "Interview Confirmation - Quality Engineer - Cathode Active Materials (2026-1184)"),
        ("Date", date("2026-11-09 10:00:49", LA)),
        ("Message-ID", "<1731175249.88421.icims.2026-1184.51029@talent.icims.com>"),
        ("X-iCIMS-Template", "Interview Confirmation - Onsite"),
    ], alt(text(body, charset="windows-1252"), html(htm, charset="windows-1252")))


@make.mail(N(13), family="microsoft_bookings", lang="en-US", interview=True, kind="scheduled",
           company="River City Energy Storage", contact=None,
           start=utc("2026-10-22 14:00", LA), end=utc("2026-10-22 14:30", LA),
           local="Thu 2026-10-22 14:00", local_end="2026-10-22 14:30", zone=LA,
           note="Microsoft Bookings (HTML only) from the Sacramento employer's Bookings mailbox; the "
                "zone label shows '(UTC-08:00) Pacific Time' but 22 Oct is PDT, so 2:00 PM = 21:00Z "
                "(ICS agrees); '30 minutes' exact; staff name only, Bookings mailbox is not a "
                "person -> contact null.")
def m13() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px">Your booking is confirmed</p>
        <p>Hello Jasmine Ortiz,</p>
        <p>Thank you for booking with River City Energy Storage - Talent Acquisition.</p>
        <table cellpadding="6">
        <tr><td style="color:#605e5c">Service</td><td>Phone screen - Quality Engineer (Module Assembly)</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>Thursday, October 22, 2026</td></tr>
        <tr><td style="color:#605e5c">Time</td><td>2:00 PM (UTC-08:00) Pacific Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Duration</td><td>30 minutes</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Alicia Moreno</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk2MjQx%40thread.v2/0">Join your appointment</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/RiverCityTalent@rivercitystorage.com/bookings/">Manage booking</a></p>
        <p style="color:#a19f9d;font-size:12px">This is an automated message sent from a mailbox that doesn't accept replies.</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_PST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=River City Energy Storage - Talent Acquisition:mailto:RiverCityTalent@rivercitystorage.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Ortiz:mailto:jasmine.ortiz@example.org
SUMMARY;LANGUAGE=en-US:Phone screen - Quality Engineer (Module Assembly)
DTSTART;TZID=Pacific Standard Time:20261022T140000
DTEND;TZID=Pacific Standard Time:20261022T143000
UID:040000008200E00074C5B7101A82E00800000000A1C4E2F09B62DD010000000000000000100000007C3E9A2B1D4F6A48B1E0C5D2F8A7B6C3
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261016T180322Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("BYAPR05MB6312.namprd05.prod.outlook.com", "40.107.220.98",
                         "2026-10-16 11:03:22", LA, "3Nx7w2")),
        ("From", addr("River City Energy Storage - Talent Acquisition", "RiverCityTalent@rivercitystorage.com")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Booking confirmed: Phone screen - Quality Engineer (Module Assembly) with Alicia Moreno"),
        ("Date", date("2026-10-16 11:03:19", LA)),
        ("Message-ID", "<BYAPR05MB6312E4C9A1F2B3D7E8C4A5B6D3C29@BYAPR05MB6312.namprd05.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsAppointment", "true"),
    ], alt(html(htm), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(14), family="zoom", lang="en-US", interview=True, kind="scheduled",
           company="Lumen Cell Analytics", contact="hannah.wolcott@lumencell.io",
           start=utc("2026-12-02 11:00", LA), end=utc("2026-12-02 12:00", LA),
           local="Wed 2026-12-02 11:00", local_end="2026-12-02 12:00", zone=LA,
           note="Recruiter prose 'confirmed for Wednesday, 11-12' plus a pasted Zoom block 'Dec 2, 2026 "
                "11:00 AM Pacific Time (US and Canada)'; PST (UTC-8) -> 19:00-20:00Z; the range gives "
                "the end; contact = human sender.")
def m14() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks for the quick turnaround on your availability. You're confirmed for
        Wednesday, 11-12 Pacific, with Ravi Chandran (Staff Data Scientist) and Sofia
        Lindqvist (Manager, Cell Quality Analytics). It's a technical conversation:
        expect a walk-through of a real dataset of formation curves, no prep needed
        beyond your own experience.

        Zoom details below.

        Hannah

        Hannah Wolcott
        Technical Recruiter | Lumen Cell Analytics
        hannah.wolcott@lumencell.io

        --------------------------------------------------
        Hannah Wolcott is inviting you to a scheduled Zoom meeting.

        Topic: Jasmine Ortiz <> Lumen Cell Analytics - Technical Interview
        Time: Dec 2, 2026 11:00 AM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://lumencell.zoom.us/j/95230418867?pwd=Z2hXcU5hR3dQ

        Meeting ID: 952 3041 8867
        Passcode: 730214

        ---

        One tap mobile
        +16694449171,,95230418867#,,,,*730214# US
        +12532050468,,95230418867#,,,,*730214# US
        --------------------------------------------------
        """)
    return message([
        ("Received", rcv("mail-qt1-f181.google.com", "209.85.160.181", "2026-11-25 15:30:46", LA, "4Jb8s3")),
        ("From", addr("Hannah Wolcott", "hannah.wolcott@lumencell.io")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Lumen Cell Analytics - technical interview Wed 12/2"),
        ("Date", date("2026-11-25 15:30:43", LA)),
        ("Message-ID", "<CAFx8pQ2vN7kR4m+Lw0yT3zH9bJ6eD1s@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(15), family="workable", lang="en-US", interview=True, kind="scheduled",
           company="Eagle Valley Power Controls", contact="curtis.lamb@eaglevalleypc.com",
           start=utc("2026-12-07 10:00", LA), end=utc("2026-12-07 11:00", LA),
           local="Mon 2026-12-07 10:00", local_end="2026-12-07 11:00", zone=LA,
           note="Workable interview invitation for a Carson City firm, 'Monday, December 7, 2026, "
                "10:00 AM - 11:00 AM PST' -> 18:00-19:00Z; ICS agrees; Reply-To is a Workable relay "
                "(not a person) -> contact = the interviewer's address written in the body.")
def m15() -> bytes:
    body = t("""
        Hi Jasmine,

        Your interview with Eagle Valley Power Controls has been scheduled.

        Job: Quality Engineer - Power Electronics & Battery Packs
        Date: Monday, December 7, 2026
        Time: 10:00 AM - 11:00 AM PST
        Type: In person
        Address: 2750 Arrowhead Dr, Carson City, NV 89706
        Interviewer: Curtis Lamb, Quality Manager

        A calendar invitation is attached. If you need to reschedule, please email Curtis
        directly at curtis.lamb@eaglevalleypc.com.

        Kind regards,
        Eagle Valley Power Controls

        Powered by Workable
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#292b2c">
        <p>Hi Jasmine,</p>
        <p>Your interview with <strong>Eagle Valley Power Controls</strong> has been scheduled.</p>
        <p><strong>Job:</strong> Quality Engineer - Power Electronics &amp; Battery Packs<br>
        <strong>Date:</strong> Monday, December 7, 2026<br>
        <strong>Time:</strong> 10:00 AM - 11:00 AM PST<br>
        <strong>Type:</strong> In person<br>
        <strong>Address:</strong> 2750 Arrowhead Dr, Carson City, NV 89706<br>
        <strong>Interviewer:</strong> Curtis Lamb, Quality Manager</p>
        <p>A calendar invitation is attached. If you need to reschedule, please email Curtis
        directly at <a href="mailto:curtis.lamb@eaglevalleypc.com">curtis.lamb@eaglevalleypc.com</a>.</p>
        <p>Kind regards,<br>Eagle Valley Power Controls</p>
        <p style="color:#999;font-size:11px">Powered by <a href="https://www.workable.com">Workable</a></p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wkbl-ev-8c31f0a2d7@workable.com
DTSTAMP:20261201T174010Z
DTSTART:20261207T180000Z
DTEND:20261207T190000Z
SUMMARY:Interview: Jasmine Ortiz - Quality Engineer - Power Electronics & Battery Packs
LOCATION:2750 Arrowhead Dr\\, Carson City\\, NV 89706
ORGANIZER;CN=Eagle Valley Power Controls:mailto:eagle-valley-power-controls+8c31f0a2d7@candidates.workablemail.com
ATTENDEE;CN=Jasmine Ortiz;RSVP=TRUE:mailto:jasmine.ortiz@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-141.workablemail.com", "185.250.239.141", "2026-12-01 09:40:10", LA, "5Ra9e4")),
        ("From", addr("Eagle Valley Power Controls", "noreply@candidates.workablemail.com")),
        ("Reply-To", "eagle-valley-power-controls+8c31f0a2d7@candidates.workablemail.com"),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Interview invitation from Eagle Valley Power Controls"),
        ("Date", date("2026-12-01 09:40:07", LA)),
        ("Message-ID", "<6748a2f1c0e8d_3a1b9c4e2d71@workablemail.com>"),
    ], mixed(alt(text(body), html(htm)),
             calendar(ics, method="REQUEST", cte="7bit", filename="interview.ics",
                      disposition="attachment")))


@make.mail(N(16), family="teamtailor", lang="en-US", interview=True, kind="scheduled",
           company="Fjordcell", contact="ingrid.solberg@fjordcell.com",
           start=utc("2026-12-11 09:30", LA), end=utc("2026-12-11 10:15", LA),
           local="Fri 2026-12-11 09:30", local_end="2026-12-11 10:15", zone=LA,
           note="Teamtailor meeting confirmation from a Norwegian-owned cell maker's Reno site; "
                "'Fri Dec 11, 2026 09:30 - 10:15 (America/Los_Angeles)' = PST -> 17:30-18:15Z; Date "
                "header in +0100 (sent from Oslo); contact = Reply-To recruiter.")
def m16() -> bytes:
    body = t("""
        Hi Jasmine,

        Ingrid Solberg has booked a meeting with you.

        Interview: Quality Engineer, Reno Gigafactory
        Fri Dec 11, 2026 09:30 - 10:15 (America/Los_Angeles)
        Location: Fjordcell Reno, 555 USA Parkway, McCarran, NV - ask for Ingrid at reception

        Attendees: Ingrid Solberg, Erik Haugland

        Add it to your calendar: https://fjordcell.teamtailor.com/meetings/7f2e19c0/ics

        Questions? Reply to this email.

        Best regards,
        Fjordcell
        """)
    htm = t("""
        <html><body style="margin:0;font-family:Helvetica,Arial,sans-serif;background:#fafafa">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:24px;border-radius:6px">
        <p>Hi Jasmine,</p>
        <p>Ingrid Solberg has booked a meeting with you.</p>
        <h3 style="margin:16px 0 4px">Interview: Quality Engineer, Reno Gigafactory</h3>
        <p style="margin:0">Fri Dec 11, 2026 09:30 - 10:15 (America/Los_Angeles)</p>
        <p>Location: Fjordcell Reno, 555 USA Parkway, McCarran, NV - ask for Ingrid at reception</p>
        <p>Attendees: Ingrid Solberg, Erik Haugland</p>
        <p><a href="https://fjordcell.teamtailor.com/meetings/7f2e19c0/ics">Add to calendar</a></p>
        <p>Questions? Reply to this email.</p>
        <p>Best regards,<br>Fjordcell</p>
        <p style="font-size:11px;color:#aaa">Sent with Teamtailor</p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mail-eu.teamtailor-mail.com", "185.12.4.77", "2026-12-03 21:15:02", "Europe/Oslo", "7Ue2n6")),
        ("From", addr("Fjordcell", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Ingrid Solberg", "ingrid.solberg@fjordcell.com")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Meeting booked: Interview: Quality Engineer, Reno Gigafactory"),
        ("Date", date("2026-12-03 21:15:00", "Europe/Oslo")),
        ("Message-ID", "<a3f0c9d2-8e71-4b5a-9c06-2d1e7f4b8a93@teamtailor-mail.com>"),
    ], alt(text(body), html(htm)))


# --------------------------------------------------------------------------- rescheduled


@make.mail(N(17), family="goodtime", lang="en-US", interview=True, kind="rescheduled",
           company="Volt Ridge Cells", contact="alyssa.grant@voltridgecells.com",
           start=utc("2026-10-08 15:00", LA), end=utc("2026-10-08 17:00", LA),
           local="Thu 2026-10-08 15:00", local_end="2026-10-08 17:00", zone=LA,
           note="GoodTime reschedule (thread with the Greenhouse first round): old 'Tuesday, October 6, "
                "1:00 PM - 3:00 PM PDT', new 'Thursday, October 8, 3:00 PM - 5:00 PM PDT' -> "
                "22:00Z to 00:00Z on 9 Oct; ICS SEQUENCE 1 has the new slot; contact = coordinator "
                "Reply-To.")
def m17() -> bytes:
    body = t("""
        Hi Jasmine,

        Your final round interview with Volt Ridge Cells has been rescheduled. Please see
        the updated details below.

        PREVIOUS TIME (cancelled)
        Tuesday, October 6, 2026, 1:00 PM - 3:00 PM PDT

        NEW TIME
        Thursday, October 8, 2026, 3:00 PM - 5:00 PM PDT

        Location: Volt Ridge Cells, 2255 Vista Industrial Blvd, Sparks, NV 89434 - Building B

        Interviewers
          3:00 PM  Marcus Tran, Quality Manager (case study)
          4:00 PM  Priscilla Oyelaran, Plant Director
          4:30 PM  Natalie Okafor, Talent Acquisition

        An updated calendar invitation is attached. Reply to this email if the new time
        does not work for you.

        Thanks,
        Alyssa Grant
        Recruiting Coordinator, Volt Ridge Cells
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jasmine,</p>
        <p>Your final round interview with Volt Ridge Cells has been <b>rescheduled</b>. Please see
        the updated details below.</p>
        <p style="color:#888"><b>PREVIOUS TIME (cancelled)</b><br>
        <s>Tuesday, October 6, 2026, 1:00 PM - 3:00 PM PDT</s></p>
        <p><b>NEW TIME</b><br>Thursday, October 8, 2026, 3:00 PM - 5:00 PM PDT</p>
        <p>Location: Volt Ridge Cells, 2255 Vista Industrial Blvd, Sparks, NV 89434 - Building B</p>
        <p><b>Interviewers</b><br>3:00 PM &nbsp;Marcus Tran, Quality Manager (case study)<br>
        4:00 PM &nbsp;Priscilla Oyelaran, Plant Director<br>4:30 PM &nbsp;Natalie Okafor, Talent Acquisition</p>
        <p>An updated calendar invitation is attached. Reply to this email if the new time
        does not work for you.</p>
        <p>Thanks,<br>Alyssa Grant<br>Recruiting Coordinator, Volt Ridge Cells</p>
        <p style="font-size:10px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
UID:gt-4f8a1c9e-2b7d-4e30-a5c1-0d9e8f7a6b5c@goodtime.io
DTSTAMP:20261002T170012Z
DTSTART;TZID=America/Los_Angeles:20261008T150000
DTEND;TZID=America/Los_Angeles:20261008T170000
SEQUENCE:1
SUMMARY:Final Round Interview - Jasmine Ortiz - Senior Quality Engineer\\, Cell Assembly
LOCATION:Volt Ridge Cells\\, 2255 Vista Industrial Blvd\\, Sparks\\, NV 89434 - Building B
ORGANIZER;CN=Alyssa Grant:mailto:alyssa.grant@voltridgecells.com
ATTENDEE;CN=Jasmine Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jasmine.ortiz@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("o3.mail.goodtime.io", "167.89.55.3", "2026-10-02 10:00:12", LA, "1Pf6y9")),
        ("From", addr("Volt Ridge Cells Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", addr("Alyssa Grant", "alyssa.grant@voltridgecells.com")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Rescheduled: Final Round Interview with Volt Ridge Cells - now Thu, Oct 8"),
        ("Date", date("2026-10-02 10:00:09", LA)),
        ("Message-ID", "<gt.4f8a1c9e2b7d4e30.resched.1@goodtime.io>"),
    ], mixed(alt(text(body), html(htm)),
             calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                      disposition="attachment")))


@make.mail(N(18), family="exchange", lang="en-US", interview=True, kind="rescheduled",
           company="Silver Crest Resorts", contact="hbrooks@silvercrestresorts.com",
           start=utc("2026-10-09 10:30", LA), end=utc("2026-10-09 11:30", LA),
           local="Fri 2026-10-09 10:30", local_end="2026-10-09 11:30", zone=LA,
           note="Exchange meeting update (SEQUENCE 1, TZID 'Pacific Standard Time') with the "
                "organizer's note moving Wednesday's 1:00 panel to 'Friday, Oct 9 at 10:30 AM, same "
                "one hour' -> PDT 17:30-18:30Z; 'Wednesday' resolves against Mon 5 Oct = 7 Oct (old).")
def m18() -> bytes:
    body = t("""
        Hi Jasmine,

        Apologies for the shuffle - Dolores got pulled into a board meeting on Wednesday,
        so I've moved our panel from Wednesday at 1:00 to Friday, Oct 9 at 10:30 AM. Same
        one hour, same Teams link, same three of us. Updated invite attached; please
        accept if it works, or reply and we'll find another slot.

        Thanks for your flexibility,
        Harlan
        """) + "\n" + TEAMS_TXT.format(mid="MzQ5YjU2ZmEtNWJhNy00", num="284 117 903 552", pc="q7Hh3P")
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Hi Jasmine,</p>
        <p class="MsoNormal">Apologies for the shuffle &#8211; Dolores got pulled into a board meeting on Wednesday,
        so I&#8217;ve moved our panel from Wednesday at 1:00 to <b>Friday, Oct 9 at 10:30 AM</b>. Same
        one hour, same Teams link, same three of us. Updated invite attached; please
        accept if it works, or reply and we&#8217;ll find another slot.</p>
        <p class="MsoNormal">Thanks for your flexibility,<br>Harlan</p>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ5YjU2ZmEtNWJhNy00%40thread.v2/0">Join the meeting now</a></div>
        <div>Meeting ID: 284 117 903 552<br>Passcode: q7Hh3P</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_PST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Harlan Brooks:mailto:hbrooks@silvercrestresorts.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Ortiz:mailto:jasmine.ortiz@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dolores Fitch:mailto:dfitch@silvercrestresorts.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Whitehorse:mailto:swhitehorse@silvercrestresorts.com
UID:040000008200E00074C5B7101A82E00800000000F0A3D5C1A750DD01000000000000000010000000B4E2C9A0F1D3E84C8A7E5D6C3B2A1908
SUMMARY;LANGUAGE=en-US:Panel interview - Jasmine Ortiz / Continuous Improvement Engineer
DTSTART;TZID=Pacific Standard Time:20261009T103000
DTEND;TZID=Pacific Standard Time:20261009T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261005T151044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2125471907
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ5YjU2ZmEtNWJhNy00%40thread.v2/0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("NAM10-BN7-obe.outbound.protection.outlook.com", "40.107.92.51",
                         "2026-10-05 08:10:44", LA, "2Xr5q7")),
        ("From", addr("Harlan Brooks", "hbrooks@silvercrestresorts.com")),
        ("To", TO),
        ("Subject", "Updated: Panel interview - Jasmine Ortiz / Continuous Improvement Engineer"),
        ("Thread-Topic", "Panel interview - Jasmine Ortiz / Continuous Improvement Engineer"),
        ("Thread-Index", "AdtQ3k7x2Vb0r1aHSkOq8m5yW9c4TgEAb3Kf"),
        ("Date", date("2026-10-05 08:10:40", LA)),
        ("Message-ID", "<BY5PR19MB3421C3E8F0A1B25D7E9F1B24E3AB0@BY5PR19MB3421.namprd19.prod.outlook.com>"),
        ("Importance", "high"),
        ("Content-Language", "en-US"),
    ], alt(text(body), html(htm), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(19), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
           company="Comstock State University", contact="praman@comstockstate.edu",
           start=utc("2026-10-20 15:00", LA), end=utc("2026-10-20 16:00", LA),
           local="Tue 2026-10-20 15:00", local_end="2026-10-20 16:00", zone=LA,
           note="Google Calendar 'Updated invitation' (thread with the first invitation): the event "
                "moved from Fri Oct 16 10am-11am to 'Tue Oct 20, 2026 3pm - 4pm (PDT)' -> 22:00-23:00Z; "
                "old time shown struck through; ICS SEQUENCE 1 has the new slot; contact = organizer.")
def m19() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Search committee interview - Jasmine Ortiz (QA Engineer, Energy Storage Research Center)
        When
        CHANGED
        Tuesday Oct 20, 2026 3pm - 4pm Pacific Time - Los Angeles
        (was: Friday Oct 16, 2026 10am - 11am)

        Joining info
        Join with Google Meet
        https://meet.google.com/bfe-kzqr-npa

        Calendar
        jasmine.ortiz@example.org

        Who
        Priya Raman - organizer
        Glen Haskell
        Lucia Ferreira
        jasmine.ortiz@example.org

        Dear Jasmine, thank you for agreeing to meet with the search committee. Because of a
        conflict with the faculty senate meeting we have moved the conversation to Tuesday
        afternoon. It will still last one hour. - Priya

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    htm = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="background:#e8f0fe;padding:8px">This event has been updated<br>Changed: time</div>
        <h2 style="font-size:20px;font-weight:400;color:#202124">Search committee interview - Jasmine Ortiz (QA Engineer, Energy Storage Research Center)</h2>
        <table><tr><td style="color:#70757a">When</td>
        <td><span style="color:#d93025;font-size:11px">CHANGED</span><br>
        Tuesday Oct 20, 2026 &#8901; 3pm &ndash; 4pm (Pacific Time - Los Angeles)<br>
        <span style="text-decoration:line-through;color:#70757a">Friday Oct 16, 2026 &#8901; 10am &ndash; 11am</span></td></tr>
        <tr><td style="color:#70757a">Joining info</td>
        <td><a href="https://meet.google.com/bfe-kzqr-npa">Join with Google Meet</a></td></tr>
        <tr><td style="color:#70757a">Who</td>
        <td>Priya Raman - organizer<br>Glen Haskell<br>Lucia Ferreira<br>jasmine.ortiz@example.org</td></tr></table>
        <p>Dear Jasmine, thank you for agreeing to meet with the search committee. Because of a
        conflict with the faculty senate meeting we have moved the conversation to Tuesday
        afternoon. It will still last one hour. - Priya</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20261020T150000
DTEND;TZID=America/Los_Angeles:20261020T160000
DTSTAMP:20261013T160527Z
ORGANIZER;CN=Priya Raman:mailto:praman@comstockstate.edu
UID:0v3kq7m2c8h1j5l9a6s4d2f0gt@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Raman;X-NUM-GUESTS=0:mailto:praman@comstockstate.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.ortiz@example.org;X-NUM-GUESTS=0:mailto:jasmine.ortiz@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/bfe-kzqr-npa
CREATED:20261008T171452Z
LAST-MODIFIED:20261013T160525Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Search committee interview - Jasmine Ortiz (QA Engineer\\, Energy Storage Research Center)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Updated invitation: Search committee interview - Jasmine Ortiz (QA Engineer, Energy "
               "Storage Research Center) @ Tue Oct 20, 2026 3pm - 4pm (PDT) (jasmine.ortiz@example.org)")
    return message([
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-10-13 09:05:27", LA, "8Cv4j1")),
        ("From", addr("Priya Raman", "praman@comstockstate.edu")),
        ("Reply-To", addr("Priya Raman", "praman@comstockstate.edu")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("To", ME),
        ("Subject", subject),
        ("Date", date("2026-10-13 09:05:27", LA)),
        ("Message-ID", "<calendar-2c9d4e1f-7b3a-4f60-9e15-5a8c0d2b7e41@google.com>"),
    ], mixed(alt(text(body), html(htm), calendar(ics, method="REQUEST", cte="7bit")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(20), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
           company="Jordanelle Energy", contact="megan.hatch@jordanelle-energy.com",
           start=utc("2026-11-03 09:00", DEN), local="Tue 2026-11-03 09:00", zone=DEN,
           note="Salt Lake City coordinator, windows-1252 8bit body with curly quotes: moves Friday's "
                "(10/30) 9:00 AM MDT video interview to 'Tuesday, November 3 at 9:00 AM Mountain', "
                "after DST ends -> MST (UTC-7) = 16:00Z, '8:00 AM for you in Reno' agrees; no length.")
def m20() -> bytes:
    body = t("""
        Hi Jasmine,

        I’m so sorry to do this on short notice, but Craig has to be at our Tooele site on Friday,
        so we need to move your video interview from Friday (10/30) at 9:00 AM MDT to
        Tuesday, November 3 at 9:00 AM Mountain.

        Just a heads-up since the clocks change this weekend – after the switch that’s
        8:00 AM for you in Reno (we’re always one hour ahead of you). Same Webex link as before:
        https://jordanelle.webex.com/meet/craig.sorensen

        Let me know if Tuesday doesn’t work and I’ll find something else.

        Thanks so much,
        Megan

        Megan Hatch
        Recruiting Coordinator | Jordanelle Energy
        Salt Lake City, UT
        """)
    return message([
        ("Received", rcv("mail-sn1nam02.outbound.protection.outlook.com", "40.107.96.33",
                         "2026-10-29 14:05:21", DEN, "9Dm2t5")),
        ("From", addr("Megan Hatch", "megan.hatch@jordanelle-energy.com")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Re: Video interview - Quality Engineer (Pack Assembly) - new time"),
        ("Date", date("2026-10-29 14:05:18", DEN)),
        ("Message-ID", "<SN6PR08MB5502B7E1D4A90C3F2E8B7A16C0DE9@SN6PR08MB5502.namprd08.prod.outlook.com>"),
        ("In-Reply-To", "<SN6PR08MB5502A0B9C8D7E6F5A4B3C2D1E0F19@SN6PR08MB5502.namprd08.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], text(body, charset="windows-1252", cte="8bit"))


# --------------------------------------------------------------------------- cancelled


@make.mail(N(21), family="taleo", lang="en-US", interview=True, kind="cancelled",
           company="Delta Valley Health", contact="marcus.lee@deltavalleyhealth.org",
           start=utc("2026-11-19 11:00", LA), local="Thu 2026-11-19 11:00", zone=LA,
           note="Taleo notice (HTML only, iso-8859-1) cancelling 'Thursday, November 19, 2026 at "
                "11:00 AM (Pacific Time)' because the requisition is on hold, no new time -> PST "
                "19:00Z; contact = the talent-acquisition partner's address in the body.")
def m21() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><table width="640" border="0" cellpadding="10"><tr><td>
        <font face="Verdana" size="2">
        <p><img src="https://deltavalleyhealth.taleo.net/careersection/theme/dvh/logo.gif" alt="Delta Valley Health"></p>
        <p>Dear Jasmine Ortiz,</p>
        <p>We regret to inform you that your interview for the position of <b>Medical Device Quality
        Engineer - Clinical Engineering</b> (Job Number 2600317), scheduled for <b>Thursday, November 19,
        2026 at 11:00 AM (Pacific Time)</b>, has been cancelled.</p>
        <p>The requisition has been placed on hold while the department's budget is reviewed. We
        are not able to offer an alternative date at this time. Should the position reopen, a member
        of our team will contact you.</p>
        <p>We sincerely apologize for the inconvenience. If you have any questions, please contact
        Marcus Lee, Talent Acquisition Partner, at <a href="mailto:marcus.lee@deltavalleyhealth.org">marcus.lee@deltavalleyhealth.org</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Delta Valley Health &middot; Sacramento, California</p>
        <p><font size="1" color="#777777">This is an automated notification. Please do not reply to this e-mail.
        © 2026 Delta Valley Health. Todos los derechos reservados / All rights reserved.</font></p>
        </font></td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("smtp-out3.taleo.net", "148.87.19.203", "2026-11-16 13:15:40", LA, "6Hw0g8")),
        ("From", addr("Delta Valley Health", "deltavalleyhealth@taleo.net")),
        ("To", ME),
        ("Subject", "Interview Cancellation - Medical Device Quality Engineer - Clinical Engineering "
                    "(2600317)"),
        ("Date", date("2026-11-16 13:15:37", LA)),
        ("Message-ID", "<1739741737512.2600317.JavaMail.taleo@tc12app04.taleo.net>"),
    ], html(htm, charset="iso-8859-1"))


@make.mail(N(22), family="exchange", lang="en-US", interview=True, kind="cancelled",
           company="Carson Valley Water Authority", contact="lwhitaker@cvwa-nv.org",
           start=utc("2026-12-09 14:00", LA), end=utc("2026-12-09 15:00", LA),
           local="Wed 2026-12-09 14:00", local_end="2026-12-09 15:00", zone=LA,
           note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED, TZID 'Pacific Standard Time') "
                "from a Carson City public agency; the slot 'Wednesday, December 9, 2026 2:00 PM-3:00 "
                "PM' (body When line, PST) = 22:00-23:00Z; position frozen, no new time; contact = "
                "organizer.")
def m22() -> bytes:
    body = t("""
        When: Wednesday, December 9, 2026 2:00 PM-3:00 PM (UTC-08:00) Pacific Time (US & Canada).
        Where: CVWA Administration Building, 1900 N. Carson St., Conference Room A

        *~*~*~*~*~*~*~*~*~*

        Jasmine,

        I'm very sorry, but we have to cancel next Wednesday's interview. The board voted last
        night to freeze the QA Program Manager position until the new fiscal year. I'll reach
        out personally if it is reopened - you were one of our strongest applicants.

        Lorraine

        Lorraine Whitaker, P.E.
        Engineering Services Manager
        Carson Valley Water Authority
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_PST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Lorraine Whitaker:mailto:lwhitaker@cvwa-nv.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Ortiz:mailto:jasmine.ortiz@example.org
DESCRIPTION;LANGUAGE=en-US:Jasmine\\,\\n\\nI'm very sorry\\, but we have to cancel next Wednesday's interview.\\n
UID:040000008200E00074C5B7101A82E0080000000030B8E1D2C46BDD01000000000000000010000000E1A2B3C4D5E6F70819A2B3C4D5E6F708
SUMMARY;LANGUAGE=en-US:Canceled: Interview - QA Program Manager - J. Ortiz
DTSTART;TZID=Pacific Standard Time:20261209T140000
DTEND;TZID=Pacific Standard Time:20261209T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261205T003012Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:CVWA Administration Building\\, 1900 N. Carson St.\\, Conference Room A
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1092733516
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.cvwa-nv.org", "203.0.113.25", "2026-12-04 16:30:15", LA, "3Sk8z2")),
        ("From", addr("Lorraine Whitaker", "lwhitaker@cvwa-nv.org")),
        ("To", TO),
        ("Subject", "Canceled: Interview - QA Program Manager - J. Ortiz"),
        ("Thread-Topic", "Interview - QA Program Manager - J. Ortiz"),
        ("Thread-Index", "AdtlN0q4r8Y2cWbQTm6kHhZ1eA9Pqw=="),
        ("Date", date("2026-12-04 16:30:12", LA)),
        ("Message-ID", "<7F3E2D1C0B9A4F58@EXCH01.cvwa-nv.org>"),
        ("Importance", "high"),
        ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAAwuOHSxGvdAQAAAAAAAAAAEAAAAA=="),
    ], alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(23), family="human_prose", lang="en-US", interview=True, kind="cancelled",
           company="Truckee Robotics", contact="tyler.nguyen@summittalentpartners.com",
           start=utc("2026-12-14 13:00", LA), local="Mon 2026-12-14 13:00", zone=LA,
           note="Agency recruiter's terse text-style mail sent Fri 11 Dec: 'Monday's 1pm w/ the "
                "Truckee Robotics hiring mgr is cancelled', new times to follow (none given) -> "
                "cancelled slot Mon 14 Dec 13:00 PST = 21:00Z; contact = recruiter.")
def m23() -> bytes:
    body = t("""
        ugh sorry Jasmine - Monday's 1pm w/ the Truckee Robotics hiring mgr is cancelled, he's out on medical leave thru the holidays. I'm getting new times from their HR and will circle back, prob early Jan. Not a reflection on you at all, they were excited about your profile!!

        T

        Tyler Nguyen | Summit Talent Partners
        775-555-0137
        """)
    return message([
        ("Received", rcv("mail-pj1-f44.google.com", "209.85.216.44", "2026-12-11 16:02:51", LA, "0Lq3v6")),
        ("From", addr("Tyler Nguyen", "tyler.nguyen@summittalentpartners.com")),
        ("To", ME),
        ("Subject", "monday cancelled"),
        ("Date", date("2026-12-11 16:02:48", LA)),
        ("Message-ID", "<9C0D4B2A-1E7F-4A38-B6D5-3F8E2C1A0B97@summittalentpartners.com>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="en-US", interview=False, company="Kestrel Grid Software",
           note="Recruitee rejection after an application to a remote team; no time.")
def m24() -> bytes:
    body = t("""
        Hi Jasmine,

        Thank you for applying for the Battery Quality Data Engineer (Remote, US) position at
        Kestrel Grid Software and for the time you put into your application.

        We received a large number of strong applications. After careful consideration we have
        decided not to move forward with your application at this stage.

        We'd be happy to keep your details on file for future openings. If you'd rather we
        didn't, you can withdraw your data here: https://kestrelgrid.recruitee.com/o/privacy

        We wish you the best of luck in your search.

        Kind regards,
        The Kestrel Grid Software team
        """)
    htm = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message([
        ("Received", rcv("mail-out.recruitee.com", "185.70.41.22", "2026-09-08 02:14:09", "Europe/Amsterdam", "4Tb1c2")),
        ("From", addr("Kestrel Grid Software", "no-reply@recruiteemail.com")),
        ("Reply-To", "kestrelgrid+c8d2f1@inbound.recruitee.com"),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Your application for Battery Quality Data Engineer (Remote, US)"),
        ("Date", date("2026-09-08 02:14:06", "Europe/Amsterdam")),
        ("Message-ID", "<rt.c8d2f1a9e0b7.1757290446@recruiteemail.com>"),
    ], alt(text(body), html(htm)))


@make.mail(N(25), family="offer", lang="en-US", interview=False, company="Volt Ridge Cells",
           days=(("Fri", "2026-10-23"), ("Mon", "2026-11-30")),
           note="Offer letter e-mail (thread with the Volt Ridge interviews): a fixed orientation "
                "start 'Monday, November 30 at 7:30 AM' and a reply-by date, but it is an offer, not "
                "an interview.")
def m25() -> bytes:
    body = t("""
        Hi Jasmine,

        On behalf of everyone you met last week, I'm delighted to offer you the position of
        Senior Quality Engineer, Cell Assembly at Volt Ridge Cells! Your formal offer letter
        is attached, and the highlights are:

          - Base salary: $128,500 per year, plus 10% annual bonus target
          - Sign-on bonus: $7,500
          - Proposed start date: Monday, November 30, with new-hire orientation at 7:30 AM
            in the Building B training room
          - Medical, dental and vision from day one; 401(k) with 5% match

        Please review and sign via the DocuSign link by Friday, October 23. I'm happy to hop
        on a call any time this week if you have questions - just tell me when suits you.

        Congratulations!

        Natalie Okafor
        Talent Acquisition, Volt Ridge Cells
        (775) 555-0175
        """)
    pdf = base64.b64encode(b"%PDF-1.7\n% offer letter placeholder\n%%EOF\n").decode()
    return message([
        ("Received", rcv("mail-oo1-f47.google.com", "209.85.161.47", "2026-10-16 15:48:20", LA, "7Wv9x0")),
        ("From", addr("Natalie Okafor", "natalie.okafor@voltridgecells.com")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Your offer from Volt Ridge Cells!"),
        ("Date", date("2026-10-16 15:48:17", LA)),
        ("Message-ID", "<CAN3rLq8w0Xz5Tf+Pe4vUk7Ym2Hs1dGa@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             raw_part([("Content-Type", 'application/pdf; name="Offer Letter - Jasmine Ortiz.pdf"'),
                       ("Content-Disposition", 'attachment; filename="Offer Letter - Jasmine Ortiz.pdf"'),
                       ("Content-Transfer-Encoding", "base64")], pdf + "\n")))


@make.mail(N(26), family="application_receipt", lang="en-US", interview=False,
           company="Kessler Batterietechnik",
           note="Personio application acknowledgement from a German-owned maker's Sparks site; "
                "'we will get back to you within two weeks', no time.")
def m26() -> bytes:
    body = t("""
        Dear Jasmine Ortiz,

        Thank you for your application as Quality Engineer - Incoming Inspection (m/f/d),
        Sparks, NV. We have received your documents and will review them carefully.

        We aim to get back to you within two weeks. In the meantime you can check the status
        of your application at any time here:
        https://kessler-batterietechnik.jobs.personio.com/application-status/9f3c2e

        Best regards,
        Your Kessler Batterietechnik recruiting team

        Kessler Batterietechnik Inc. | 4955 Longley Lane, Reno, NV 89502
        Part of Kessler Batterietechnik GmbH, Ulm, Germany
        """)
    return message([
        ("Received", rcv("mail.personio.de", "18.196.120.14", "2026-09-04 17:22:51", "Europe/Berlin", "1Mz4k7")),
        ("From", addr("Kessler Batterietechnik Inc.", "noreply@personio.de")),
        ("To", ME),
        ("Subject", "Your application: Quality Engineer - Incoming Inspection (m/f/d)"),
        ("Date", date("2026-09-04 17:22:48", "Europe/Berlin")),
        ("Message-ID", "<20260904152248.4e1f7a9c0b2d@personio.de>"),
    ], text(body, cte="base64"))


@make.mail(N(27), family="job_alert", lang="en-US", interview=False, company=None,
           note="JOIN job alert listing new openings in and around Reno; no time, no interview.")
def m27() -> bytes:
    jobs = [
        ("Quality Engineer - Cell Manufacturing", "Aurora Cellworks", "Sparks, NV", "$105k-$130k"),
        ("Supplier Quality Engineer", "Nevada Precision Castings", "Reno, NV", "$95k-$115k"),
        ("Process Quality Engineer (2nd shift)", "TerraVolt Recycling", "McCarran, NV", "$98k-$118k"),
        ("QA/QC Lead, Battery Energy Storage", "Sagehen Power", "Sacramento, CA", "$120k-$140k"),
        ("Quality Systems Specialist", "Washoe Aerospace Components", "Reno, NV", "$80k-$95k"),
    ]
    plain = "Hi Jasmine,\n\n5 new jobs match your alert \"quality engineer battery\" near Reno, NV:\n\n"
    plain += "".join(f"{j} - {c}\n{loc} | {pay}\nView job: https://join.com/j/{i}\n\n"
                     for i, (j, c, loc, pay) in enumerate(jobs, 48211))
    plain += "Manage your job alerts: https://join.com/candidate/alerts\nYou get this e-mail because you created a job alert on JOIN.\n"
    rows = "".join(f'<tr><td style="padding:12px;border-bottom:1px solid #eee"><a href="https://join.com/j/{i}" '
                   f'style="font-weight:bold;color:#0f62fe">{j}</a><br>{c}<br><span style="color:#777">{loc} '
                   f'&middot; {pay}</span></td></tr>' for i, (j, c, loc, pay) in enumerate(jobs, 48211))
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:14px"><p>Hi Jasmine,</p>'
           '<p>5 new jobs match your alert <b>"quality engineer battery"</b> near Reno, NV:</p>'
           f'<table width="100%">{rows}</table>'
           '<p style="font-size:11px;color:#999"><a href="https://join.com/candidate/alerts">Manage your job alerts</a>'
           ' &middot; You get this e-mail because you created a job alert on JOIN.</p></body></html>\n')
    return message([
        ("Received", rcv("mail.join.com", "52.58.3.140", "2026-09-21 07:00:14", UTC_Z, "5Gd7f3")),
        ("From", addr("JOIN Job Alerts", "jobalert@join.com")),
        ("To", ME),
        ("Subject", "5 new jobs for \"quality engineer battery\" near Reno, NV"),
        ("Date", date("2026-09-21 07:00:11", UTC_Z)),
        ("Message-ID", "<alert.2026-09-21.88f0e2c1@join.com>"),
        ("List-Unsubscribe", "<https://join.com/unsubscribe/alerts/88f0e2c1>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ], alt(text(plain), html(htm)))


@make.mail(N(28), family="newsletter_tips", lang="en-US", interview=False, company=None,
           note="Substack newsletter for battery-industry people: an article on how to answer 8D and "
                "PFMEA questions in a quality-engineer interview; no appointment.")
def m28() -> bytes:
    body = t("""
        THE CELL LINE
        Issue #61 - Ace the quality interview: 8D, PFMEA and the "tell me about a recall" question

        Hi friends,

        This week's mailbag was full of one question: how do I prepare for a quality engineering
        interview at a cell plant? Here's what three hiring managers told me.

        1. Bring a real 8D. Not a template - a story. What was the containment, how long did
           it take, what did the Pareto look like before and after?

        2. Know your PFMEA cold. Expect "walk me through how you'd rate detection for a
           weld-penetration failure on a tab." Interviewers love to see you question the
           RPN instead of just computing it.

        3. Have a recall (or near-miss) story ready, and own your part of it.

        4. Ask about their formation and aging data. Nothing says "I've done this" like
           asking how long they hold cells at OCV before grading.

        One reader wrote: "My interview on Thursday went great - they literally asked about
        K-value screening." Congrats, R.!

        Next issue: dry-room humidity specs, and why everyone lies about them.

        - Dana

        You're receiving this because you subscribed to The Cell Line.
        Unsubscribe: https://thecellline.substack.com/action/disable_email
        """)
    htm = "<html><body style=\"font-family:Georgia,serif;font-size:17px;max-width:600px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message([
        ("Received", rcv("mail139-12.substack.com", "198.2.139.12", "2026-10-03 06:31:40", "America/New_York", "2Ha6s8")),
        ("From", addr("The Cell Line", "thecellline@substack.com")),
        ("Reply-To", addr("The Cell Line", "reply+2b7e1f&4d9c@substack.com")),
        ("To", ME),
        ("Subject", "Ace the quality interview: 8D, PFMEA and the \"tell me about a recall\" question"),
        ("Date", date("2026-10-03 06:31:37", "America/New_York")),
        ("Message-ID", "<20261003103137.3.2b7e1f4d9c@substack.com>"),
        ("List-Id", "<thecellline.substack.com>"),
        ("List-Unsubscribe", "<https://thecellline.substack.com/action/disable_email?token=2b7e1f>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(htm)))


@make.mail(N(29), family="self_schedule_link", lang="en-US", interview=False,
           company="High Desert Solar Storage",
           days=(("Mon", "2026-10-26"), ("Fri", "2026-10-30")),
           note="Greenhouse self-scheduling request: pick a slot between Mon Oct 26 and Fri Oct 30; "
                "nothing fixed yet.")
def m29() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks for your interest in the Quality Engineer - BESS Integration role at High Desert
        Solar Storage! We'd like to set up a 45-minute video interview with our Quality Director,
        Frank Ibarra.

        Please use the link below to choose a time that works for you. Available times are
        between Monday, October 26 and Friday, October 30, 2026 and are shown in your local time
        zone.

        Choose a time: https://app.greenhouse.io/scheduling/self_schedule/e4c7b19f2a

        Once you pick a slot you'll receive a calendar invitation with the video link.

        Best,
        Paige Whitlock
        Recruiting Coordinator, High Desert Solar Storage
        """)
    htm = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message([
        ("Received", rcv("o12.us.greenhouse-mail.io", "167.89.101.12", "2026-10-21 11:27:33", LA, "8Fc2d1")),
        ("From", addr("High Desert Solar Storage", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Paige Whitlock", "paige.whitlock@highdesertstorage.com")),
        ("To", ME),
        ("Subject", "Please select a time to interview with High Desert Solar Storage"),
        ("Date", date("2026-10-21 11:27:30", LA)),
        ("Message-ID", "<e4c7b19f.SAQAAGXc8mEAAAAAAAAAAAJt@us.greenhouse-mail.io>"),
    ], alt(text(body), html(htm)))


@make.mail(N(30), family="recruiter_outreach", lang="en-US", interview=False,
           company="Apex Technical Search",
           note="Agency cold outreach ('open to a quick chat this week?'); no time fixed. Company = the "
                "agency that sent it (its client is unnamed).")
def m30() -> bytes:
    body = t("""
        Hi Jasmine,

        I came across your profile and your work on cell-level quality at Pinyon really stood
        out. I'm partnering with a well-funded battery storage company building out its first
        US plant near Reno, and they're looking for a Quality Engineering Manager to build the
        team from scratch (4-6 reports, reporting to the VP of Operations).

        Comp is competitive ($145-165k + equity), and relocation isn't needed since you're
        already local.

        Would you be open to a quick 15-minute chat sometime this week? Happy to work around
        your shifts - just send me a couple of times that suit you.

        Best,
        Kira Abernathy
        Senior Recruiter, Energy & Advanced Manufacturing
        Apex Technical Search | (916) 555-0119
        kira@apextechsearch.com
        """)
    return message([
        ("Received", rcv("mail-vk1-f170.google.com", "209.85.221.170", "2026-09-10 10:41:05", LA, "3Ty8u4")),
        ("From", addr("Kira Abernathy", "kira@apextechsearch.com")),
        ("To", ME),
        ("Subject", "Quality Engineering Manager - new battery plant near Reno"),
        ("Date", date("2026-09-10 10:41:02", LA)),
        ("Message-ID", "<CAM9xRt4kH2pW7q+Vz8Nb1cLs0eYf3Ga@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(31), family="proposed_times", lang="en-US", interview=False,
           company="Sacramento Valley Battery",
           days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")),
           note="Hiring manager proposes 'Would Tuesday at 10 work? If not, Wednesday at 2' (Tue 24 / "
                "Wed 25 Nov); waiting for the candidate's answer, so nothing is confirmed.")
def m31() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks for sending over your resume - Kira's right, your background is exactly what
        we've been looking for on the module line. I'd love to have you come down to Sacramento
        (or do a video call if the drive is a pain) to meet me and our plant manager.

        Would Tuesday at 10 work? If not, Wednesday at 2 is also open on both our calendars.
        Let me know and I'll send an invite for whichever you prefer.

        Nolan

        Nolan Pierce
        Quality Director, Sacramento Valley Battery
        npierce@sacvalleybattery.com
        """)
    return message([
        ("Received", rcv("mail-co1nam11.outbound.protection.outlook.com", "40.107.220.71",
                         "2026-11-19 16:22:09", LA, "6Ep3w9")),
        ("From", addr("Nolan Pierce", "npierce@sacvalleybattery.com")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Cc", addr("Kira Abernathy", "kira@apextechsearch.com")),
        ("Subject", "Re: Intro - Jasmine Ortiz / Sacramento Valley Battery"),
        ("Date", date("2026-11-19 16:22:06", LA)),
        ("Message-ID", "<CO1PR11MB4882D0E9F8A7B6C5D4E3F2A1B0C98@CO1PR11MB4882.namprd11.prod.outlook.com>"),
        ("In-Reply-To", "<CAM9xRt7pQ0wZ3v+Ka2Xn5bLr8eHs1Fd@mail.gmail.com>"),
    ], text(body))


@make.mail(N(32), family="non_interview_calendar", lang="en-US", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Doctor's appointment confirmation from a patient portal with an ICS for Tue 13 Oct "
                "3:40 PM PDT; a confirmed time, but not an interview.")
def m32() -> bytes:
    body = t("""
        Hello Jasmine,

        This is a confirmation of your upcoming appointment:

          Provider: Laura Chen, MD
          Date: Tuesday, October 13, 2026
          Time: 3:40 PM (please arrive 15 minutes early)
          Location: Meadowood Family Medicine, 6490 S. McCarran Blvd, Suite C-2, Reno, NV 89509
          Visit type: Annual physical

        Please bring your insurance card and a list of current medications. To cancel or
        reschedule, call (775) 555-0110 at least 24 hours in advance or use the patient portal.

        Meadowood Family Medicine
        This message was sent from an unattended mailbox.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Meadowood Family Medicine//Patient Portal//EN
METHOD:PUBLISH
{VTZ_LA}
BEGIN:VEVENT
UID:appt-7731904@portal.meadowoodfm.com
DTSTAMP:20261009T160211Z
DTSTART;TZID=America/Los_Angeles:20261013T154000
DTEND;TZID=America/Los_Angeles:20261013T162000
SUMMARY:Appointment with Laura Chen\\, MD
LOCATION:6490 S. McCarran Blvd\\, Suite C-2\\, Reno\\, NV 89509
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.portal.meadowoodfm.com", "198.51.100.90", "2026-10-09 09:02:11", LA, "9Kp0r5")),
        ("From", addr("Meadowood Family Medicine", "donotreply@portal.meadowoodfm.com")),
        ("To", ME),
        ("Subject", "Appointment Confirmation - Tuesday, October 13, 2026"),
        ("Date", date("2026-10-09 09:02:08", LA)),
        ("Message-ID", "<appt-7731904.confirm.1760025728@portal.meadowoodfm.com>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", ctype="text/calendar",
                                  filename="appointment.ics", disposition="attachment")))


@make.mail(N(33), family="non_interview_calendar", lang="en-US", interview=False, company=None,
           days=(("Sat", "2026-11-07"),),
           note="Car-service appointment confirmation, Sat 7 Nov 8:00 AM (PST); fixed time, not an "
                "interview.")
def m33() -> bytes:
    body = t("""
        GALENA AUTO CARE
        Service Appointment Confirmation

        Hi Jasmine,

        Your appointment is confirmed:

        Date:     Saturday, November 7, 2026
        Time:     8:00 AM drop-off
        Vehicle:  2019 Subaru Outback (NV plate ...4KJ)
        Services: 60,000-mile service, tire rotation, check brake noise (front left)
        Advisor:  Rick

        Estimated completion: early afternoon. We'll text you when it's ready. A loaner is
        not available on Saturdays; our shuttle runs within 5 miles until noon.

        Galena Auto Care
        18025 Wedge Pkwy, Reno, NV 89511
        (775) 555-0185

        Reply C to confirm or R to reschedule.
        """)
    return message([
        ("Received", rcv("o1.ptr9142.shopmonkey-mail.com", "149.72.201.14", "2026-11-03 12:05:27", LA, "4Vb7n2")),
        ("From", addr("Galena Auto Care", "appointments@shopmonkey-mail.com")),
        ("Reply-To", "galenaautocare@shopmonkey-mail.com"),
        ("To", ME),
        ("Subject", "Your appointment at Galena Auto Care is confirmed for Sat, Nov 7"),
        ("Date", date("2026-11-03 12:05:24", LA)),
        ("Message-ID", "<sm.9f2e7c1a.appointment@shopmonkey-mail.com>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(34), family="non_interview_calendar", lang="en-US", interview=False, company=None,
           days=(("Thu", "2026-10-29"),),
           note="SignUpGenius confirmation of a parent-teacher conference slot, Thu 10/29 4:15pm-4:30pm "
                "(PDT); fixed time, not an interview.")
def m34() -> bytes:
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p><img src="https://www.signupgenius.com/images/email/sug-logo.png" alt="SignUpGenius" height="32"></p>
        <p>Hi Jasmine,</p>
        <p>Thank you for signing up! Here are the details:</p>
        <table border="1" cellpadding="8" style="border-collapse:collapse;border-color:#ddd">
        <tr><th align="left">Sign Up</th><td>Fall Parent-Teacher Conferences - Ms. Delgado, 3rd Grade, Room 12</td></tr>
        <tr><th align="left">Date</th><td>10/29/2026 (Thu.)</td></tr>
        <tr><th align="left">Time</th><td>4:15pm - 4:30pm PDT</td></tr>
        <tr><th align="left">Slot</th><td>Conference for Mateo Ortiz</td></tr>
        <tr><th align="left">Location</th><td>Sagebrush Elementary, Room 12</td></tr>
        </table>
        <p>Comment from the organizer: Please bring any questions about the reading program. Siblings
        are welcome to wait in the library.</p>
        <p><a href="https://www.signupgenius.com/go/10C0F4DA9AC2BA5FC1-fall26">View or change your sign up</a></p>
        <p style="font-size:11px;color:#999">SignUpGenius, 2635 Old Concord Road, Suite 101, Cornelius, NC</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail6.signupgenius.com", "64.94.245.6", "2026-10-20 20:44:18", LA, "1Xc5m8")),
        ("From", addr("Sagebrush Elementary via SignUpGenius", "noreply@signupgenius.com")),
        ("Reply-To", addr("Andrea Delgado", "adelgado@sagebrush-elementary.example.com")),
        ("To", ME),
        ("Subject", "Confirmation: Fall Parent-Teacher Conferences - Ms. Delgado"),
        ("Date", date("2026-10-20 20:44:15", LA)),
        ("Message-ID", "<20261021034415.21445.sug@signupgenius.com>"),
    ], html(htm))


@make.mail(N(35), family="non_interview_calendar", lang="en-US", interview=False, company=None,
           days=(("Fri", "2026-12-18"),),
           note="Outlook invite from her current employer for the quality team's year-end all-hands "
                "and potluck, Fri 18 Dec 11:30-13:30 PST (ICS, Windows zone); a team event, not an "
                "interview.")
def m35() -> bytes:
    body = t("""
        Team,

        Let's close out the year together! Quick Q4 recap (scrap, PPM, audit results), recognition
        awards, and then lunch. Sign-up sheet for the potluck is on the Quality Teams channel.
        Night shift: we'll record the recap, and there'll be leftovers in the break room.

        Thanks for an incredible year,
        Bernadette

        Bernadette Yu | Director of Quality
        Pinyon Energy Storage | Reno, NV
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_PST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Bernadette Yu:mailto:byu@pinyonenergy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Quality Team:mailto:quality-team@pinyonenergy.com
SUMMARY;LANGUAGE=en-US:Quality year-end all-hands + potluck
DTSTART;TZID=Pacific Standard Time:20261218T113000
DTEND;TZID=Pacific Standard Time:20261218T133000
UID:040000008200E00074C5B7101A82E00800000000C05E7A1B3F6CDD01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261210T190233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Training Room 2 / Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("NAM12-DM6-obe.outbound.protection.outlook.com", "40.107.243.80",
                         "2026-12-10 11:02:33", LA, "5Zr1q3")),
        ("From", addr("Bernadette Yu", "byu@pinyonenergy.com")),
        ("To", addr("Quality Team", "quality-team@pinyonenergy.com")),
        ("Subject", "Quality year-end all-hands + potluck"),
        ("Date", date("2026-12-10 11:02:30", LA)),
        ("Message-ID", "<DM6PR12MB2841F1E0D9C8B7A6F5E4D3C2B1A07@DM6PR12MB2841.namprd12.prod.outlook.com>"),
        ("X-Forwarded-To", ME),
        ("X-MS-Exchange-Inbox-Rules-Loop", "jortiz@pinyonenergy.com"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(36), family="interviewer_invite", lang="en-US", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Greenhouse interviewer notification from her current employer: Jasmine is the "
                "interviewer for a Quality Technician candidate (Thu 22 Oct 10:00-10:45 PDT); a "
                "confirmed interview, but not her own job interview.")
def m36() -> bytes:
    body = t("""
        Hi Jasmine,

        You've been scheduled to interview Marco Ruiz for Quality Technician II (2nd Shift).

        When: Thursday, October 22, 2026 10:00 AM - 10:45 AM PDT
        Where: Pinyon Energy Storage - Conference Room "Lithia"
        Interview: Technical Skills - Measurement & Inspection

        Interview kit: https://app.greenhouse.io/interview_kits/5521870
        Please submit your scorecard within 24 hours of the interview.

        Candidate resume: https://app.greenhouse.io/people/88310422/attachments

        Thanks,
        Pinyon Energy Storage Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
UID:gh-interviewer-5521870-jortiz@greenhouse.io
DTSTAMP:20261016T213005Z
DTSTART;TZID=America/Los_Angeles:20261022T100000
DTEND;TZID=America/Los_Angeles:20261022T104500
SUMMARY:Interview: Marco Ruiz - Quality Technician II (2nd Shift)
LOCATION:Conference Room "Lithia"
ORGANIZER;CN=Luis Navarro:mailto:lnavarro@pinyonenergy.com
ATTENDEE;CN=Jasmine Ortiz;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jortiz@pinyonenergy.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("o12.us.greenhouse-mail.io", "167.89.101.12", "2026-10-16 14:30:05", LA, "2Nq9c6")),
        ("From", addr("Pinyon Energy Storage Recruiting", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Luis Navarro", "lnavarro@pinyonenergy.com")),
        ("To", addr("Jasmine Ortiz", "jortiz@pinyonenergy.com")),
        ("Subject", "You've been scheduled to interview Marco Ruiz for Quality Technician II (2nd Shift)"),
        ("Date", date("2026-10-16 14:30:02", LA)),
        ("Message-ID", "<5521870.SAQAAGXd1nEAAAAAAAAAAAKw@us.greenhouse-mail.io>"),
        ("X-Forwarded-To", ME),
    ], mixed(text(body), calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                                  disposition="attachment")))


@make.mail(N(37), family="webinar", lang="en-US", interview=False, company=None,
           days=(("Thu", "2026-11-05"),),
           note="Zoom webinar registration confirmation ('Breaking into battery manufacturing: how "
                "hiring managers run quality interviews', Nov 5, 2026 10:00 AM Pacific); a confirmed "
                "time, but a webinar.")
def m37() -> bytes:
    body = t("""
        Hi Jasmine Ortiz,

        Thank you for registering for "Breaking into battery manufacturing: how hiring managers
        run quality interviews".

        Please submit any questions to: events@batterycareers.example.net

        Date Time: Nov 5, 2026 10:00 AM Pacific Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/84417730295?tk=Vh3r0bKz9QWmA1Xe.DQcAAAAT2m

        Passcode: 552180

        Add to calendar: https://us06web.zoom.us/webinar/tZMsf-2rqjMiHtI/ics
        You can cancel your registration at any time.

        Hosted by Battery Careers Network
        """)
    return message([
        ("Received", rcv("mailout3.zoom.us", "170.114.10.83", "2026-10-30 12:19:55", LA, "7Hm4p1")),
        ("From", addr("Battery Careers Network", "no-reply@zoom.us")),
        ("Reply-To", "events@batterycareers.example.net"),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Breaking into battery manufacturing: how hiring managers run quality interviews "
                    "Confirmation"),
        ("Date", date("2026-10-30 12:19:52", LA)),
        ("Message-ID", "<9J3kXq2wRmS1aV0e.webinar.84417730295@zoom.us>"),
    ], text(body))


@make.mail(N(38), family="mock_interview", lang="en-US", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Acuity Scheduling confirmation from a career coach: 'Mock Interview Session (60 min)', "
                "Thursday, October 15, 2026 6:00pm PDT; practice with a coach, not a job interview.")
def m38() -> bytes:
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;font-size:15px">
        <p>Hi Jasmine,</p>
        <p>Your appointment is confirmed. Thank you for booking!</p>
        <p><b>What:</b> Mock Interview Session (60 min) - Manufacturing &amp; Engineering<br>
        <b>When:</b> Thursday, October 15, 2026 6:00pm (Pacific Time)<br>
        <b>Where:</b> Zoom - link will be sent the morning of the session<br>
        <b>With:</b> Rhonda Kessel, Next Chapter Career Coaching</p>
        <p>Rhonda says: <i>Please send me the job description for the role you're preparing for
        (the Silver Crest panel?) and we'll run it like the real thing, with feedback at the end.
        Bring two STAR stories about supplier problems.</i></p>
        <p><a href="https://app.acuityscheduling.com/schedule.php?owner=21884711&amp;action=appt&amp;id=1188245513">Change/cancel appointment</a></p>
        <p style="font-size:12px;color:#999">Next Chapter Career Coaching &middot; Reno, NV &middot; Powered by Acuity Scheduling</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("smtp.acuityscheduling.com", "54.84.210.17", "2026-10-11 20:13:44", LA, "3Rg8b2")),
        ("From", addr("Next Chapter Career Coaching", "no-reply@acuityscheduling.com")),
        ("Reply-To", addr("Rhonda Kessel", "rhonda@nextchaptercoaching.example.com")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Confirmed: Mock Interview Session (60 min) - Manufacturing & Engineering on "
                    "Thursday, October 15, 2026"),
        ("Date", date("2026-10-11 20:13:41", LA)),
        ("Message-ID", "<1188245513.confirm.1760238821@acuityscheduling.com>"),
    ], html(htm, cte="base64"))


@make.mail(N(39), family="job_centre", lang="en-US", interview=False, company=None,
           days=(("Thu", "2026-09-24"),),
           note="Workforce-center appointment (Rapid Response re-employment orientation after her "
                "plant's layoff notice), Thursday, September 24, 2026 at 1:00 PM; fixed time, not a "
                "job interview.")
def m39() -> bytes:
    body = t("""
        TRUCKEE MEADOWS WORKFORCE CENTER
        Rapid Response Services

        Dear JASMINE ORTIZ,

        Your employer has filed a notice of workforce reduction. As an affected worker you are
        scheduled for a Re-Employment Services Orientation:

            DATE:      Thursday, September 24, 2026
            TIME:      1:00 PM
            LOCATION:  Truckee Meadows Workforce Center, 4001 S. Virginia St., Suite G, Reno
            ROOM:      Training Room B
            DURATION:  approx. 2 hours

        At this session you will learn about unemployment insurance, retraining funds,
        resume workshops and hiring events with local employers. Please bring a photo ID and
        your most recent pay stub. If you cannot attend, call (775) 555-0100 to reschedule.

        THIS IS AN AUTOMATED MESSAGE. REPLIES ARE NOT MONITORED.
        """)
    return message([
        ("Received", rcv("smtp.tmwc-nv.example.gov", "192.0.2.61", "2026-09-15 08:30:02", LA, "0Pv6k9")),
        ("From", addr("Truckee Meadows Workforce Center", "noreply@tmwc-nv.example.gov")),
        ("To", "JASMINE.ORTIZ@EXAMPLE.ORG"),
        ("Subject", "APPOINTMENT NOTICE - Re-Employment Services Orientation"),
        ("Date", date("2026-09-15 08:30:00", LA)),
        ("Message-ID", "<RR2026091508300001.4471@tmwc-nv.example.gov>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(40), family="admission_interview", lang="en-US", interview=False, company=None,
           days=(("Sat", "2026-11-14"),),
           note="Evening MBA admissions interview confirmed for Saturday, November 14, 10:00 AM "
                "Pacific; an admission interview, not a job interview.")
def m40() -> bytes:
    body = t("""
        Dear Jasmine,

        Thank you for applying to the Evening & Weekend MBA at the Sierra Pacific Graduate
        School of Business. We are pleased to confirm your admissions interview:

        Date: Saturday, November 14, 2026
        Time: 10:00 AM Pacific
        Format: In person, Ansari Hall room 210 (Reno campus)
        Interviewer: Dr. Helen Marsh, Associate Director of Admissions

        The interview lasts about 30 minutes and is conversational: we want to hear about your
        career goals and why now is the right time for an MBA. Business attire is not required.

        Round 2 decisions are released on January 22.

        Warm regards,
        Office of Graduate Admissions
        Sierra Pacific Graduate School of Business
        """)
    htm = "<html><body style=\"font-family:Georgia,serif;font-size:15px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message([
        ("Received", rcv("mail.spgsb.example.edu", "192.0.2.140", "2026-11-06 14:48:31", LA, "6Lc1w4")),
        ("From", addr("SPGSB Graduate Admissions", "mbaadmissions@spgsb.example.edu")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Admissions interview confirmed - Evening & Weekend MBA"),
        ("Date", date("2026-11-06 14:48:28", LA)),
        ("Message-ID", "<20261106224828.A41C.admissions@spgsb.example.edu>"),
    ], alt(text(body), html(htm)))


@make.mail(N(41), family="press_interview", lang="en-US", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Business-weekly reporter confirms 'our interview Thursday at 2 pm' (Thu 22 Oct) by "
                "phone for a story; the candidate is the interviewee of a press interview, not a "
                "job interview.")
def m41() -> bytes:
    body = t("""
        Hi Jasmine,

        Great, thanks for agreeing to talk. Confirming our interview Thursday at 2 pm - I'll call
        your cell. It should take 20-30 minutes. The story is about how northern Nevada's battery
        plants are training (and keeping) quality and process technicians, and your comments about
        the technician apprenticeship at Pinyon are exactly the angle I want.

        Nothing is off the record unless you tell me up front, and I'm happy to read your quotes
        back to you before we publish.

        Thanks again,
        Corinne

        Corinne Tate
        Staff Reporter, Northern Nevada Business Weekly
        (775) 555-0122 | @ctate_nnbw
        """)
    return message([
        ("Received", rcv("mail-il1-f180.google.com", "209.85.166.180", "2026-10-19 17:10:33", LA, "8Jx2y7")),
        ("From", addr("Corinne Tate", "ctate@nnbw.example.com")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Re: NNBW story on battery workforce"),
        ("Date", date("2026-10-19 17:10:30", LA)),
        ("Message-ID", "<CAB7nWk3rT9xQ1p+Hs4Zd8eVm0cLy2Fu@mail.gmail.com>"),
        ("In-Reply-To", "<CAJo5rT2vX8nL0qM@mail.example.org>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(42), family="podcast", lang="en-US", interview=False, company=None,
           days=(("Wed", "2026-12-02"),),
           note="Podcast host confirms a recording session 'Wednesday, December 2 at 4:00 PM PT' via "
                "Riverside; Jasmine is the guest, so not a job interview.")
def m42() -> bytes:
    body = t("""
        Hey Jasmine!

        So glad you said yes. You're booked for Cell to Pack, episode 88, "What a battery
        quality engineer actually does all day".

        Recording: Wednesday, December 2 at 4:00 PM PT (about an hour, we edit it down)
        Studio link: https://riverside.fm/studio/cell-to-pack?t=4e1a90
        Please use headphones and a wired connection if you can. Chrome works best.

        I'll open with your path from the chem lab into manufacturing, then we'll get into
        incoming inspection and why dry rooms are the hill you're willing to die on :)

        Talk soon,
        Marcus "Marc" Oyelowo
        Host, Cell to Pack podcast
        """)
    return message([
        ("Received", rcv("mail-ed1-f48.google.com", "209.85.208.48", "2026-11-24 09:55:02", "America/New_York", "4Bq7h5")),
        ("From", addr("Marc Oyelowo", "marc@celltopack.example.com")),
        ("To", ME),
        ("Subject", "You're booked: Cell to Pack ep. 88 recording"),
        ("Date", date("2026-11-24 09:54:59", "America/New_York")),
        ("Message-ID", "<CAPx2mQ7bF1wT6r+Yn9Kv3dHs0eLz4Ga@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@make.mail(N(43), family="tryout", lang="en-US", interview=False, company=None,
           days=(("Sat", "2026-09-12"),),
           note="Women's soccer club confirms her spot at the fall tryout, Saturday, September 12 at "
                "9:00 AM; a sports try-out, not a job interview.")
def m43() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks for registering - you're confirmed for the Reno Rapids Women's FC fall tryout!

        When: Saturday, September 12, check-in 8:30 AM, tryout starts at 9:00 AM
        Where: Rancho San Rafael Park, Field 3 (north lot)
        Bring: cleats, shin guards, water, a light and a dark shirt

        Coaches will be evaluating for both the Division 1 and Division 2 rosters. Results go
        out by email the following Wednesday.

        See you on the field!
        Coach Ana Beltrán
        Reno Rapids Women's FC
        """)
    return message([
        ("Received", rcv("mail.teamsnap.com", "198.51.100.201", "2026-09-05 18:25:40", LA, "2Ds9f0")),
        ("From", addr("Reno Rapids Women's FC via TeamSnap", "no-reply@teamsnap.com")),
        ("Reply-To", addr("Ana Beltrán", "coach.ana@renorapidsfc.example.org")),
        ("To", ME),
        ("Subject", "Tryout confirmation - Reno Rapids Women's FC (Sat 9/12)"),
        ("Date", date("2026-09-05 18:25:37", LA)),
        ("Message-ID", "<ts.3c9e0b7a1f42.tryout@teamsnap.com>"),
    ], text(body, charset="iso-8859-15"))


@make.mail(N(44), family="non_interview_calendar", lang="en-US", interview=False, company=None,
           days=(("Tue", "2026-11-17"),),
           note="Credit-union appointment with a financial advisor (401(k) rollover), Tuesday, "
                "November 17 at 5:30 PM PST; fixed time, not an interview.")
def m44() -> bytes:
    htm = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#1b3a57">
        <table width="600" cellpadding="16" style="border-top:6px solid #1b6f4a"><tr><td>
        <p><b>Great Basin Federal Credit Union</b></p>
        <p>Hi Jasmine,</p>
        <p>Your appointment is scheduled.</p>
        <p><b>Topic:</b> Retirement planning &ndash; 401(k) rollover consultation<br>
        <b>With:</b> Sean Kim, CFP&reg;, Financial Advisor<br>
        <b>Date:</b> Tuesday, November 17, 2026<br>
        <b>Time:</b> 5:30 PM PST<br>
        <b>Branch:</b> Damonte Ranch, 10575 Double R Blvd, Reno</p>
        <p>Please bring your most recent plan statement from your current employer.</p>
        <p style="font-size:11px;color:#666">Securities offered through a registered broker-dealer, member FINRA/SIPC.
        Not NCUA insured. May lose value. This is an automated message &ndash; please do not reply.</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("outbound.gbfcu.example.com", "192.0.2.77", "2026-11-12 09:14:20", LA, "9Fk3r6")),
        ("From", addr("Great Basin FCU", "appointments@gbfcu.example.com")),
        ("To", ME),
        ("Subject", "Appointment scheduled: 401(k) rollover consultation on Nov 17"),
        ("Date", date("2026-11-12 09:14:17", LA)),
        ("Message-ID", "<appt.20261112171417.88120@gbfcu.example.com>"),
    ], html(htm))


@make.mail(N(45), family="auto_reply", lang="en-US", interview=False, company="Capitol Grid Systems",
           days=(("Mon", "2026-10-26"),),
           note="Out-of-office auto-reply from the Capitol Grid recruiter to Jasmine's thank-you note, "
                "back 'Monday, October 26'; no interview time. Company = the employer whose "
                "recruiter replied.")
def m45() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office with limited access to email and will
        return on Monday, October 26. For urgent recruiting matters, please contact
        talent@capitolgrid.com.

        Mei Lin
        Senior Recruiter | Capitol Grid Systems
        """)
    return message([
        ("Received", rcv("mail-bn8nam12.outbound.protection.outlook.com", "40.107.237.59",
                         "2026-10-20 07:02:41", LA, "1Ws4t8")),
        ("From", addr("Mei Lin", "mei.lin@capitolgrid.com")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Automatic reply: Thank you - Supplier Quality Engineer interview"),
        ("Date", date("2026-10-20 07:02:38", LA)),
        ("Message-ID", "<BN8PR12MB3300A6B5C4D3E2F1A0B9C8D7E6F54@BN8PR12MB3300.namprd12.prod.outlook.com>"),
        ("In-Reply-To", "<CAJo5rT6dK2mH7qN@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "mei.lin@capitolgrid.com"),
    ], text(body))


@make.mail(N(46), family="bounce", lang="en-US", interview=False, company=None,
           note="Delivery-status notification: Jasmine's thank-you note to the county hiring manager "
                "bounced (typo in the address); the returned headers mention the interview but no "
                "time is confirmed.")
def m46() -> bytes:
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <garnda@lahontancounty.gov>: host
            lahontancounty-gov.mail.protection.office365.us[52.127.80.10] said: 550
            5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient garnda@lahontancounty.gov
            not found by SMTP address lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Zt8Qm1b2Kz9
        Arrival-Date: Wed, 11 Nov 2026 08:41:03 -0800 (PST)

        Final-Recipient: rfc822; garnda@lahontancounty.gov
        Original-Recipient: rfc822;garnda@lahontancounty.gov
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; lahontancounty-gov.mail.protection.office365.us
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            garnda@lahontancounty.gov not found by SMTP address lookup
        """)
    returned = t("""
        From: Jasmine Ortiz <jasmine.ortiz@example.org>
        To: Gloria Aranda <garnda@lahontancounty.gov>
        Subject: Thank you - Fleet Electrification Program Specialist interview
        Date: Wed, 11 Nov 2026 08:41:01 -0800
        Message-ID: <CAJo5rT9wQ4pN1xV@mail.example.org>
        """)
    return message([
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-11 08:41:05", LA)),
        ("Message-ID", "<20261111164105.7A1B2C3D4E@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report",
                 text(human, charset="us-ascii", cte="7bit",
                      extra=(("Content-Description", "Notification"),)),
                 raw_part([("Content-Description", "Delivery report"),
                           ("Content-Type", "message/delivery-status")], status),
                 raw_part([("Content-Description", "Undelivered Message Headers"),
                           ("Content-Type", "text/rfc822-headers")], returned),
                 params="report-type=delivery-status"))


@make.mail(N(47), family="forwarded_other", lang="en-US", interview=False, company=None,
           days=(("Thu", "2026-10-29"),),
           note="A former colleague forwards (message/rfc822) his own Greenhouse interview "
                "confirmation at Jasmine's current employer (Thu Oct 29 2:00-3:00 PM PDT) to thank her "
                "for the referral; a confirmed interview, but someone else's.")
def m47() -> bytes:
    inner_body = t("""
        Hi Tomas,

        Thanks for making time to meet with Pinyon Energy Storage! Your interview for
        Process Engineer II - Electrode Coating is confirmed.

        Date: Thursday, October 29, 2026
        Time: 2:00 PM - 3:00 PM PDT
        Location: Pinyon Energy Storage, 800 Peru Dr, Sparks, NV 89437 - main lobby

        You'll meet with Bernadette Yu and Kofi Mensah.

        Best,
        Luis Navarro
        Talent Acquisition, Pinyon Energy Storage
        """)
    inner = message([
        ("From", addr("Pinyon Energy Storage", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Luis Navarro", "lnavarro@pinyonenergy.com")),
        ("To", addr("Tomas Reyes", "tomas.reyes@example.com")),
        ("Subject", "Interview Confirmation: Process Engineer II - Electrode Coating at Pinyon Energy Storage"),
        ("Date", date("2026-10-22 13:05:44", LA)),
        ("Message-ID", "<b27e90d1.SAQAAGXe4pEAAAAAAAAAAALq@us.greenhouse-mail.io>"),
    ], text(inner_body))
    body = t("""
        Jas!! Got the interview, see below. Thank you SO much for the referral, I owe you a
        beer (or three). Any tips on Bernadette? Call me this weekend?

        - Tomas
        """)
    return message([
        ("Received", rcv("mail-lf1-f41.google.com", "209.85.167.41", "2026-10-22 19:31:10", LA, "5Mh0c2")),
        ("From", addr("Tomas Reyes", "tomas.reyes@example.com")),
        ("To", addr("Jasmine Ortiz", ME)),
        ("Subject", "Fwd: Interview Confirmation: Process Engineer II - Electrode Coating at Pinyon "
                    "Energy Storage"),
        ("Date", date("2026-10-22 19:31:07", LA)),
        ("Message-ID", "<CAK4tRy8nM1vB5q+Xd7Wp2eHz9cLs3Fa@mail.gmail.com>"),
    ], mixed(text(body), attached_message(inner, filename="Interview Confirmation.eml")))


@make.mail(N(48), family="candidate_survey", lang="en-US", interview=False, company="Volt Ridge Cells",
           note="Greenhouse candidate-experience survey the day after the first Volt Ridge interview; "
                "refers to a past interview, no new time.")
def m48() -> bytes:
    body = t("""
        Hi Jasmine,

        Thank you for interviewing with Volt Ridge Cells yesterday. We'd love to hear about your
        experience - it takes less than two minutes and your answers are anonymous and will not
        affect your candidacy.

        How likely are you to recommend interviewing at Volt Ridge Cells to a friend?
        0  1  2  3  4  5  6  7  8  9  10
        https://app.greenhouse.io/candidate_surveys/3c8f0e21

        Thank you,
        Volt Ridge Cells Talent Team
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jasmine,</p>
        <p>Thank you for interviewing with Volt Ridge Cells yesterday. We'd love to hear about your
        experience &ndash; it takes less than two minutes and your answers are anonymous and will not
        affect your candidacy.</p>
        <p>How likely are you to recommend interviewing at Volt Ridge Cells to a friend?</p>
        <p><a href="https://app.greenhouse.io/candidate_surveys/3c8f0e21?s=0">0</a> &middot;
        <a href="https://app.greenhouse.io/candidate_surveys/3c8f0e21?s=5">5</a> &middot;
        <a href="https://app.greenhouse.io/candidate_surveys/3c8f0e21?s=10">10</a></p>
        <p>Thank you,<br>Volt Ridge Cells Talent Team</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("o12.us.greenhouse-mail.io", "167.89.101.12", "2026-09-16 10:00:21", LA, "3Kv5x9")),
        ("From", addr("Volt Ridge Cells", "no-reply@us.greenhouse-mail.io")),
        ("To", ME),
        ("Subject", "How was your interview with Volt Ridge Cells?"),
        ("Date", date("2026-09-16 10:00:18", LA)),
        ("Message-ID", "<3c8f0e21.SAQAAGXb9nEAAAAAAAAAAAHr@us.greenhouse-mail.io>"),
    ], alt(text(body), html(htm)))


@make.mail(N(49), family="meetup", lang="en-US", interview=False, company=None,
           days=(("Wed", "2026-11-18"),),
           note="Meetup RSVP confirmation ('Quality in the Gigafactory era: a panel', Wed Nov 18, "
                "6:00 PM PST); a community event, not an interview.")
def m49() -> bytes:
    body = t("""
        You're going!

        Reno Manufacturing & Quality Meetup
        Quality in the Gigafactory era: a panel (and pizza)

        Wednesday, November 18, 2026
        6:00 PM to 8:00 PM PST

        The Innevation Center, 450 Sinclair St, Reno, NV

        Panelists from two cell plants and a recycler will talk about hiring, audits and what
        "zero defects" really means at 20 GWh. Stay after for networking - several companies
        are hiring and recruiters will be around.

        Can't make it anymore? Update your RSVP: https://www.meetup.com/reno-mfg-quality/events/304418871/

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        """)
    return message([
        ("Received", rcv("mail2.meetup.com", "198.37.155.22", "2026-11-13 13:40:07", LA, "7Ns2q4")),
        ("From", addr("Meetup", "info@meetup.com")),
        ("To", ME),
        ("Subject", "You're going to \"Quality in the Gigafactory era: a panel (and pizza)\""),
        ("Date", date("2026-11-13 13:40:04", LA)),
        ("Message-ID", "<rsvp.304418871.298417553.1763070004@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/unsub/rsvp>"),
    ], text(body))


@make.mail(N(50), family="non_interview_calendar", lang="en-US", interview=False, company=None,
           days=(("Wed", "2026-11-11"),),
           note="Apartment leasing office in Salt Lake City confirms a virtual tour, Wednesday, "
                "November 11 at 5:30 PM MST (4:30 PM Pacific); fixed time, not an interview.")
def m50() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks for your interest in The Maddox at Granary Row! Your virtual tour is confirmed:

        Wednesday, November 11 at 5:30 PM MST (4:30 PM Pacific)
        FaceTime or Google Meet - your leasing agent, Brooke, will call you at the number you
        gave us.

        We'll walk through the two-bedroom units available for January move-in (B2 and B4
        floor plans), the fitness center and the rooftop. If you're in town for your visit on
        the 12th, feel free to stop by in person too!

        The Maddox at Granary Row | 915 S 400 W, Salt Lake City, UT
        Leasing office: (801) 555-0156
        """)
    return message([
        ("Received", rcv("mail.rentcafe-mail.example.net", "192.0.2.188", "2026-11-07 10:22:45", DEN, "0Rt6y3")),
        ("From", addr("The Maddox at Granary Row", "leasing@themaddoxslc.example.com")),
        ("To", ME),
        ("Subject", "Your virtual tour is confirmed - The Maddox at Granary Row"),
        ("Date", date("2026-11-07 10:22:42", DEN)),
        ("Message-ID", "<tour.2026110717224.55821@themaddoxslc.example.com>"),
    ], alt(text(body), html(gmail_html(body))))
