"""blind159: 50 hand-written mails from the inbox of Owen MacLeod, an ocean-tech software developer in
Halifax, Nova Scotia (America/Halifax), September to December 2026.

Written blind (without reading the detector, its tests or the other held-out mails) by a helper
session. Build and check: ``python3 bench/heldout/make_blind.py blind159``.
File numbers are a fixed shuffle of the writing order (keys 1-23 positive, 24-50 negative).
"""

from __future__ import annotations

import hashlib
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

ORDER = random.Random(1590159).sample(range(1, 51), 50)


def n(key: int) -> str:
    return f"blind159_{ORDER[key - 1]:03d}"


OWEN_ADDR = "owen.macleod@example.org"
OWEN = "Owen MacLeod <owen.macleod@example.org>"
HFX = "America/Halifax"
NFLD = "America/St_Johns"
TOR = "America/Toronto"
BOS = "America/New_York"
VAN = "America/Vancouver"

TZ_HALIFAX = """BEGIN:VTIMEZONE
TZID:America/Halifax
X-LIC-LOCATION:America/Halifax
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:ADT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:AST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

TZ_STJOHNS = """BEGIN:VTIMEZONE
TZID:America/St_Johns
X-LIC-LOCATION:America/St_Johns
BEGIN:DAYLIGHT
TZOFFSETFROM:-0330
TZOFFSETTO:-0230
TZNAME:NDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0230
TZOFFSETTO:-0330
TZNAME:NST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

TZ_TORONTO = """BEGIN:VTIMEZONE
TZID:America/Toronto
X-LIC-LOCATION:America/Toronto
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

# Exchange / Outlook: the Windows name, 1601 anchors
TZ_ATLANTIC_WIN = """BEGIN:VTIMEZONE
TZID:Atlantic Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def _hex(seed: str, k: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:k]


def hd(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, *extra: tuple[str, str],
       to: str = OWEN, lag: int = 3, charset: str = "utf-8") -> list[tuple[str, str]]:
    """Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    ident = f"mx2.example.org (Postfix) with ESMTPS id 4{_hex(mid, 9).upper()}"
    return [
        ("Received", received(relay, when, zone, ident, OWEN_ADDR, lag)),
        ("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
        ("Message-ID", mid), *extra,
    ]


def html_page(inner: str, font: str = "Arial,Helvetica,sans-serif") -> str:
    return t(f"""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;font-family:{font};font-size:14px;color:#1f2933">
        {inner}
        </body></html>
        """)


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled", company="Chebucto Shipworks",
      start=utc("2026-09-15 10:00", HFX), end=utc("2026-09-15 11:00", HFX),
      contact="mireille.boudreau@chebuctoshipworks.ca",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=HFX,
      note="Greenhouse confirmation, 10:00-11:00 AM ADT (Halifax, UTC-3 in September) -> 13:00-14:00Z; "
           "ICS in America/Halifax agrees; contact = Reply-To recruiter (also ORGANIZER).")
def m01() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for making time to speak with us! Here are the details of your upcoming interview with
        Chebucto Shipworks.

        Position: Software Developer, Vessel Systems Integration
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 11:00 AM ADT (Atlantic Daylight Time)
        Location: Chebucto Shipworks, Building 4 reception, 2 Dockyard Lane, Halifax, NS
        Please bring government-issued photo ID; the site is a secure yard and you will be signed in at
        the gate.

        You'll be meeting with:
          Gord Hiltz - Manager, Combat Systems Software
          Aaliyah Crowell - Senior Developer

        If you need to make any changes, just reply to this email.

        Best,
        Mireille Boudreau
        Talent Acquisition Partner, Chebucto Shipworks
        """)
    page = html_page(t("""
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <p>Hi Owen,</p>
        <p>Thanks for making time to speak with us! Here are the details of your upcoming interview with
        Chebucto Shipworks.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Position</b></td><td>Software Developer, Vessel Systems Integration</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 11:00 AM ADT (Atlantic Daylight Time)</td></tr>
        <tr><td><b>Location</b></td><td>Chebucto Shipworks, Building 4 reception, 2 Dockyard Lane, Halifax, NS</td></tr>
        </table>
        <p>Please bring government-issued photo ID; the site is a secure yard and you will be signed in at
        the gate.</p>
        <p>You'll be meeting with:<br>Gord Hiltz - Manager, Combat Systems Software<br>
        Aaliyah Crowell - Senior Developer</p>
        <p>If you need to make any changes, just reply to this email.</p>
        <p>Best,<br>Mireille Boudreau<br>Talent Acquisition Partner, Chebucto Shipworks</p>
        </td></tr></table>
        <img src="https://us.greenhouse-mail.io/o/1x1.gif?e=8f21c" width="1" height="1" alt="">
        """))
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_HALIFAX}
BEGIN:VEVENT
UID:gh-interview-88104522-owen.macleod@greenhouse.io
DTSTAMP:20260909T172214Z
DTSTART;TZID=America/Halifax:20260915T100000
DTEND;TZID=America/Halifax:20260915T110000
SUMMARY:Interview: Owen MacLeod - Software Developer, Vessel Systems Integration (Chebucto Shipworks)
LOCATION:Chebucto Shipworks, Building 4 reception, 2 Dockyard Lane, Halifax, NS
ORGANIZER;CN=Mireille Boudreau:mailto:mireille.boudreau@chebuctoshipworks.ca
ATTENDEE;CN=Owen MacLeod;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:owen.macleod@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<0100019a2f7d1c5e-4c1e0f2a-7b5d-4e8b-9a31-55c0de71a0b2-000000@email.amazonses.com>"
    return message(hd(
        "Chebucto Shipworks <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Software Developer, Vessel Systems Integration at Chebucto Shipworks",
        "2026-09-09 17:22:14", "UTC", mid,
        "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
        ("Reply-To", "Mireille Boudreau <mireille.boudreau@chebuctoshipworks.ca>"),
        ("X-Mailer", "Greenhouse"),
    ), mixed(
        alt(text(body), html(page)),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True),
    ))


@mail(n(2), family="workday", lang="en", interview=True, kind="scheduled", company="Scotia Coastal Health",
      start=utc("2026-09-24 13:30", HFX), end=utc("2026-09-24 14:15", HFX),
      contact="tanya.fougere@scotiacoastalhealth.ca",
      local="Thu 2026-09-24 13:30", local_end="2026-09-24 14:15", zone=HFX,
      note="Workday HTML-only (base64) from the tenant mailbox; 1:30-2:15 PM Atlantic Daylight Time "
           "(UTC-3) -> 16:30-17:15Z; contact = the recruitment consultant's address in the body.")
def m02() -> bytes:
    page = html_page(t("""
        <div style="max-width:640px;margin:0 auto;border-top:4px solid #00577d;padding:20px">
        <img src="https://wd3.myworkdaysite.com/scotiacoastalhealth/assets/logo.png" alt="Scotia Coastal Health" height="40">
        <p>Dear Owen MacLeod,</p>
        <p>Thank you for your interest in the <b>Intermediate Developer, Clinical Integration</b> position
        (Job Requisition R-0048812) with Scotia Coastal Health.</p>
        <p>We are pleased to confirm that an interview has been scheduled for you as follows:</p>
        <p style="padding-left:12px;border-left:3px solid #ccc">
        Date: Thursday, September 24, 2026<br>
        Time: 1:30 PM - 2:15 PM Atlantic Daylight Time<br>
        Format: Microsoft Teams (the meeting link will be sent separately by the panel chair)<br>
        Panel: Clinical Systems Integration Manager; Senior Integration Analyst; HR representative</p>
        <p>Competency-based questions will be asked. Please have your references available.</p>
        <p>If you require an accommodation at any stage of the recruitment process, or need to change this
        appointment, please contact Tanya Fougere, Recruitment Consultant, at
        <a href="mailto:tanya.fougere@scotiacoastalhealth.ca">tanya.fougere@scotiacoastalhealth.ca</a>
        or 902-555-0148.</p>
        <p>Regards,<br>Talent Acquisition<br>Scotia Coastal Health</p>
        <p style="font-size:11px;color:#777">This email was sent from an unmonitored mailbox. Please do
        not reply. To review your application, sign in to the
        <a href="https://wd3.myworkdaysite.com/recruiting/scotiacoastalhealth/careers">Candidate Home</a>.</p>
        </div>
        """))
    mid = "<1772611.48021.1789733049813@wd3-prod-mail-b.myworkday.com>"
    return message(hd(
        "Scotia Coastal Health <scotiacoastalhealth@myworkday.com>",
        "Interview Scheduled - Intermediate Developer, Clinical Integration (R-0048812)",
        "2026-09-17 09:04:09", HFX, mid,
        "from wd3-prod-mail-b.myworkday.com (wd3-prod-mail-b.myworkday.com [198.51.100.23])",
        ("X-Auto-Response-Suppress", "All"),
    ), html(page, cte="base64"))


@mail(n(3), family="lever", lang="en", interview=True, kind="scheduled", company="Tidewise",
      start=utc("2026-11-03 10:00", HFX), end=utc("2026-11-03 10:45", HFX),
      contact="keira.whynot@tidewise.ca",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone=HFX,
      note="DST edge: sent Fri 30 Oct in ADT (UTC-3), interview Tue 3 Nov 10:00-10:45 AST after clocks go "
           "back on 1 Nov (UTC-4) -> 14:00-14:45Z, not 13:00Z; ICS agrees; contact = Reply-To.")
def m03() -> bytes:
    body = t("""
        Hi Owen,

        Your interview for Backend Developer, Catch Data Platform at Tidewise is scheduled.

        Tuesday, November 3, 2026
        10:00 AM - 10:45 AM AST (Halifax)
        Google Meet: https://meet.google.com/tdw-qkpr-vmx

        Interviewers: Keira Whynot (Engineering Lead), Sebastien Arsenault (Data Engineer)

        Heads up: clocks go back this Sunday, so this is Atlantic Standard Time.

        Need to reschedule? Reply to this email and Keira will sort it out.

        The Tidewise team
        """)
    page = html_page(t("""
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hi Owen,</p>
        <p>Your interview for <strong>Backend Developer, Catch Data Platform</strong> at Tidewise is scheduled.</p>
        <div style="background:#f4f7f9;border-radius:6px;padding:16px">
        <div style="font-size:16px"><strong>Tuesday, November 3, 2026</strong></div>
        <div>10:00 AM &ndash; 10:45 AM AST (Halifax)</div>
        <div>Google Meet: <a href="https://meet.google.com/tdw-qkpr-vmx">meet.google.com/tdw-qkpr-vmx</a></div>
        </div>
        <p>Interviewers: Keira Whynot (Engineering Lead), Sebastien Arsenault (Data Engineer)</p>
        <p>Heads up: clocks go back this Sunday, so this is Atlantic Standard Time.</p>
        <p>Need to reschedule? Reply to this email and Keira will sort it out.</p>
        <p>The Tidewise team</p>
        <p style="color:#999;font-size:11px">Sent with Lever</p>
        </div>
        """), font="-apple-system,Segoe UI,Helvetica,Arial,sans-serif")
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
{TZ_HALIFAX}
BEGIN:VEVENT
UID:lever-4a1f2c77-0e8b-4d09-9c55-owen@hire.lever.co
DTSTAMP:20261030T184005Z
DTSTART;TZID=America/Halifax:20261103T100000
DTEND;TZID=America/Halifax:20261103T104500
SUMMARY:Owen MacLeod <> Tidewise - Backend Developer interview
LOCATION:https://meet.google.com/tdw-qkpr-vmx
ORGANIZER;CN=Keira Whynot:mailto:keira.whynot@tidewise.ca
ATTENDEE;CN=Owen MacLeod;RSVP=TRUE:mailto:owen.macleod@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    mid = "<20261030184005.5d2e9f10b7c3a@hire.lever.co>"
    return message(hd(
        "Tidewise <no-reply@hire.lever.co>",
        "Your interview with Tidewise is confirmed",
        "2026-10-30 15:40:05", HFX, mid,
        "from mail-out-3.hire.lever.co (mail-out-3.hire.lever.co [203.0.113.77])",
        ("Reply-To", "Keira Whynot <keira.whynot@tidewise.ca>"),
    ), mixed(
        alt(text(body), html(page)),
        calendar(ics, filename="interview.ics", disposition="attachment"),
    ))


@mail(n(4), family="ashby", lang="en", interview=True, kind="scheduled", company="Lakeshore Robotics",
      start=utc("2026-10-07 14:00", TOR), end=utc("2026-10-07 14:45", TOR),
      contact="dev.anand@lakeshorerobotics.com",
      local="Wed 2026-10-07 14:00", local_end="2026-10-07 14:45", zone=TOR,
      note="Toronto firm via Ashby, 2:00-2:45 PM EDT (UTC-4) -> 18:00-18:45Z (3:00 PM in Halifax, also "
           "written); ICS in America/Toronto; base64 parts; contact = Reply-To coordinator.")
def m04() -> bytes:
    body = t("""
        Hi Owen,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, October 7, 2026, 2:00 PM - 2:45 PM EDT
        (3:00 PM - 3:45 PM in Halifax)
        Zoom: https://lakeshorerobotics.zoom.us/j/84420917733

        You'll meet with:
          Farah Siddiqui - Staff Software Engineer, Fleet Autonomy

        Questions? Just reply and it will reach Dev Anand.

        Thanks,
        Lakeshore Robotics Recruiting
        """)
    page = html_page(t("""
        <p>Hi Owen,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><b>Wednesday, October 7, 2026, 2:00 PM &ndash; 2:45 PM EDT</b><br>
        (3:00 PM &ndash; 3:45 PM in Halifax)<br>
        Zoom: <a href="https://lakeshorerobotics.zoom.us/j/84420917733">lakeshorerobotics.zoom.us/j/84420917733</a></p>
        <p>You'll meet with:<br>Farah Siddiqui &mdash; Staff Software Engineer, Fleet Autonomy</p>
        <p>Questions? Just reply and it will reach Dev Anand.</p>
        <p>Thanks,<br>Lakeshore Robotics Recruiting</p>
        """), font="Helvetica,Arial,sans-serif")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_TORONTO}
BEGIN:VEVENT
UID:0b7e3c21-5a90-4f6e-8d12-ashby-lakeshore
DTSTAMP:20261001T151502Z
DTSTART;TZID=America/Toronto:20261007T140000
DTEND;TZID=America/Toronto:20261007T144500
SEQUENCE:0
SUMMARY:Lakeshore Robotics - Software Engineer, Fleet Autonomy - Technical Interview
LOCATION:https://lakeshorerobotics.zoom.us/j/84420917733
ORGANIZER;CN=Dev Anand:mailto:dev.anand@lakeshorerobotics.com
ATTENDEE;CN=Owen MacLeod;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:owen.macleod@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<010001a0c44be5d1-93e1a2f7-b0c6-4d3c-8e44-7f21a5c0e9d3-000000@email.amazonses.com>"
    return message(hd(
        "Lakeshore Robotics <no-reply@ashbyhq.com>",
        "Interview confirmed: Software Engineer, Fleet Autonomy at Lakeshore Robotics",
        "2026-10-01 15:15:02", "UTC", mid,
        "from a10-44.smtp-out.amazonses.com (a10-44.smtp-out.amazonses.com [54.240.10.44])",
        ("Reply-To", "Dev Anand <dev.anand@lakeshorerobotics.com>"),
    ), mixed(
        alt(text(body, cte="base64"), html(page, cte="base64")),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"),
    ))


@mail(n(5), family="calendly", lang="en", interview=True, kind="scheduled", company="Sable Acoustics",
      start=utc("2026-10-19 11:30", HFX), end=utc("2026-10-19 12:30", HFX),
      contact="priyanka.sethi@sableacoustics.ca",
      local="Mon 2026-10-19 11:30", local_end="2026-10-19 12:30", zone=HFX,
      note="Calendly invitee confirmation for a university spin-off; 11:30am-12:30pm 'Atlantic Time - US & "
           "Canada' in October = ADT (UTC-3) -> 14:30-15:30Z; ICS in UTC; contact = host (Reply-To).")
def m05() -> bytes:
    body = t("""
        Hi Owen MacLeod,

        A new event has been scheduled.

        Event Type:
        Technical interview - Sable Acoustics (60 min)

        Invitee:
        Owen MacLeod

        Event Date/Time:
        11:30am - 12:30pm (Atlantic Time - US & Canada) on Monday, October 19, 2026

        Location:
        This is a Microsoft Teams web conference. The link will be in the calendar invitation.

        Questions:
        Anything you'd like us to know before we meet?
        I've used your hydrophone array dataset in a side project, happy to talk about it.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6e0b2c4d-sable
        Reschedule: https://calendly.com/reschedulings/6e0b2c4d-sable

        Powered by Calendly.com
        """)
    page = html_page(t("""
        <div style="max-width:600px;margin:0 auto;padding:24px;color:#1a1a1a">
        <p>Hi Owen MacLeod,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Technical interview - Sable Acoustics (60 min)</p>
        <p><b>Invitee:</b><br>Owen MacLeod</p>
        <p><b>Event Date/Time:</b><br>11:30am - 12:30pm (Atlantic Time - US &amp; Canada) on Monday, October 19, 2026</p>
        <p><b>Location:</b><br>This is a Microsoft Teams web conference. The link will be in the calendar invitation.</p>
        <p><a href="https://calendly.com/cancellations/6e0b2c4d-sable">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/6e0b2c4d-sable">Reschedule</a></p>
        <p style="color:#999;font-size:12px">Powered by Calendly.com</p>
        </div>
        """))
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:6e0b2c4d-9f18-4a55-b1f3-sable@calendly.com
DTSTAMP:20261014234715Z
DTSTART:20261019T143000Z
DTEND:20261019T153000Z
SUMMARY:Technical interview - Sable Acoustics
DESCRIPTION:Event Name: Technical interview - Sable Acoustics\\n\\nNeed to make changes?
ORGANIZER;CN=Priyanka Sethi:mailto:priyanka.sethi@sableacoustics.ca
ATTENDEE;CN=Owen MacLeod;RSVP=TRUE:mailto:owen.macleod@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<calendly.6e0b2c4d9f184a55.1792021635@calendly.com>"
    return message(hd(
        "Calendly <notifications@calendly.com>",
        "Confirmed: Technical interview - Sable Acoustics with Priyanka Sethi on Monday, October 19, 2026",
        "2026-10-14 20:47:15", HFX, mid,
        "from o4.email.calendly.com (o4.email.calendly.com [149.72.131.14])",
        ("Reply-To", "Priyanka Sethi <priyanka.sethi@sableacoustics.ca>"),
    ), mixed(
        alt(text(body), html(page)),
        calendar(ics, filename="invite.ics", disposition="attachment"),
    ))


@mail(n(6), family="google_calendar", lang="en", interview=True, kind="scheduled",
      company="Signal Hill Marine Systems",
      start=utc("2026-10-15 09:30", NFLD), end=utc("2026-10-15 10:30", NFLD),
      contact="gkavanagh@signalhillmarine.ca",
      local="Thu 2026-10-15 09:30", local_end="2026-10-15 10:30", zone=NFLD,
      note="St. John's firm; Google Calendar invitation 9:30-10:30am Newfoundland Time (NDT, UTC-2:30) -> "
           "12:00-13:00Z (9:00 in Halifax); two ICS parts in America/St_Johns; contact = ORGANIZER/From.")
def m06() -> bytes:
    body = t("""
        Owen MacLeod / Signal Hill Marine - technical interview
        Thursday Oct 15, 2026 ⋅ 9:30am – 10:30am
        Newfoundland Time - St. John's

        Join with Google Meet
        https://meet.google.com/shm-wxyz-abc

        Hi Owen - this is the technical round with Declan and me. We'll go through the sonar telemetry
        pipeline you described and do a short design exercise. No prep needed beyond that.

        Organizer
        Gemma Kavanagh
        gkavanagh@signalhillmarine.ca

        Guests
        Gemma Kavanagh - organizer
        Declan Fitzpatrick
        owen.macleod@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=c2hteDE5

        Reply for owen.macleod@example.org
        Yes / No / Maybe / More options https://calendar.google.com/calendar/event?action=RESPOND&eid=c2hteDE5

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    page = html_page(t("""
        <div style="border:1px solid #dadce0;border-radius:8px;padding:24px;max-width:600px">
        <h2 style="font-weight:400;font-size:22px">Owen MacLeod / Signal Hill Marine - technical interview</h2>
        <div>Thursday Oct 15, 2026 &sdot; 9:30am &ndash; 10:30am<br>Newfoundland Time - St. John's</div>
        <p><a href="https://meet.google.com/shm-wxyz-abc" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <p>Hi Owen - this is the technical round with Declan and me. We'll go through the sonar telemetry
        pipeline you described and do a short design exercise. No prep needed beyond that.</p>
        <p><b>Organizer</b><br>Gemma Kavanagh<br>gkavanagh@signalhillmarine.ca</p>
        <p><b>Guests</b><br>Gemma Kavanagh - organizer<br>Declan Fitzpatrick<br>owen.macleod@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div>
        """), font="Roboto,Arial,sans-serif")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_STJOHNS}
BEGIN:VEVENT
DTSTART;TZID=America/St_Johns:20261015T093000
DTEND;TZID=America/St_Johns:20261015T103000
DTSTAMP:20261009T153204Z
ORGANIZER;CN=Gemma Kavanagh:mailto:gkavanagh@signalhillmarine.ca
UID:3m8v0k2q5r1t9s7u4w6y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gemma Kavanagh;X-NUM-GUESTS=0:mailto:gkavanagh@signalhillmarine.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Declan Fitzpatrick;X-NUM-GUESTS=0:mailto:dfitzpatrick@signalhillmarine.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.macleod@example.org;X-NUM-GUESTS=0:mailto:owen.macleod@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/shm-wxyz-abc
CREATED:20261009T153203Z
DESCRIPTION:Hi Owen - this is the technical round with Declan and me.
LAST-MODIFIED:20261009T153203Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Owen MacLeod / Signal Hill Marine - technical interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    mid = "<000000000000a1b2c3062d9e4f1a@google.com>"
    return message(hd(
        "Gemma Kavanagh <gkavanagh@signalhillmarine.ca>",
        "Invitation: Owen MacLeod / Signal Hill Marine - technical interview @ Thu Oct 15, 2026 "
        "9:30am - 10:30am (NDT) (owen.macleod@example.org)",
        "2026-10-09 13:02:04", NFLD, mid,
        "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "Gemma Kavanagh <gkavanagh@signalhillmarine.ca>"),
    ), mixed(
        alt(text(body), html(page), calendar(ics, cte="7bit")),
        calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(n(7), family="exchange_outlook", lang="en", interview=True, kind="scheduled",
      company="Petitcodiac Systems",
      start=utc("2026-09-29 14:00", HFX), end=utc("2026-09-29 15:00", HFX),
      contact="marc.cormier@petitcodiacsystems.ca",
      local="Tue 2026-09-29 14:00", local_end="2026-09-29 15:00", zone=HFX,
      note="Moncton firm, Exchange meeting request; body label '(UTC-04:00) Atlantic Time (Canada)' shows "
           "the standard offset but 29 Sep is ADT (UTC-3) -> 17:00-18:00Z; ICS TZID 'Atlantic Standard "
           "Time' agrees; contact = organizer/sender.")
def m07() -> bytes:
    body = t("""
        When: Tuesday, September 29, 2026 2:00 PM-3:00 PM (UTC-04:00) Atlantic Time (Canada).
        Where: Microsoft Teams Meeting

        Hi Owen,

        As discussed on the phone, here is the invite for the interview with myself and Nadine from our
        platform team. We'll spend most of the hour on your experience with embedded Linux and OTA
        updates for field devices.

        Marc

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2>
        Meeting ID: 251 774 903 118
        Passcode: Xk7pQ2
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ATLANTIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Marc Cormier:mailto:marc.cormier@petitcodiacsystems.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen MacLeod:mailto:owen.macleod@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadine Gallant:mailto:nadine.gallant@petitcodiacsystems.ca
DESCRIPTION;LANGUAGE=en-US:Hi Owen\\,\\n\\nAs discussed on the phone\\, here is the invite for the interview.\\n
UID:040000008200E00074C5B7101A82E008000000002F1C6B0E4B45DC0100000000000000001000000057A5C3D8E1F04B2F
SUMMARY;LANGUAGE=en-US:Interview - Owen MacLeod (Embedded Software Developer)
DTSTART;TZID=Atlantic Standard Time:20260929T140000
DTEND;TZID=Atlantic Standard Time:20260929T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260923T131215Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2120417893
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
    mid = "<YT3PR01MB6245A1C0E5D7F2B9C3E8A41DB6A12@YT3PR01MB6245.CANPRD01.PROD.OUTLOOK.COM>"
    return message(hd(
        "Marc Cormier <marc.cormier@petitcodiacsystems.ca>",
        "Interview - Owen MacLeod (Embedded Software Developer)",
        "2026-09-23 10:12:15", HFX, mid,
        "from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2101.outbound.protection.outlook.com [40.107.115.101])",
        ("Thread-Topic", "Interview - Owen MacLeod (Embedded Software Developer)"),
        ("Thread-Index", "AdtP3k7ZQ2xq9w1cR0a0lJcXH0mFzQ=="),
        ("Accept-Language", "en-CA, en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ), alt(
        text(body, cte="quoted-printable"),
        calendar(ics, cte="base64"),
    ))


@mail(n(8), family="human_prose", lang="fr", interview=True, kind="scheduled",
      company="Coopérative numérique de la Baie",
      start=utc("2026-11-10 10:30", "America/Moncton"), end=utc("2026-11-10 11:15", "America/Moncton"),
      contact="josee.leblanc@baienumerique.ca",
      local="Tue 2026-11-10 10:30", local_end="2026-11-10 11:15", zone="America/Moncton",
      note="Acadian French prose from Moncton, 'mardi prochain, le 10 novembre, à 10 h 30 (heure de "
           "l'Atlantique)' after DST ended -> AST UTC-4 -> 14:30Z; 'L'entrevue dure 45 minutes' -> "
           "end 15:15Z; iso-8859-15 QP; contact = sender.",
      days=(("Tue", "2026-11-10"),))
def m08() -> bytes:
    body = t("""
        Bonjour Owen,

        Merci d'avoir confirmé ta disponibilité au téléphone hier. C'est donc réglé : ton entrevue pour le
        poste de développeur logiciel aura lieu mardi prochain, le 10 novembre, à 10 h 30 (heure de
        l'Atlantique), à nos bureaux au 140, rue Main, 2e étage, à Moncton. Tu peux te stationner dans la
        cour en arrière, on va te donner un billet.

        L'entrevue dure 45 minutes. Tu vas rencontrer notre directeur technique, Rémi Gaudet, et moi-même.
        On va surtout jaser de tes projets en traitement de données océaniques, puis on te posera quelques
        questions techniques, rien de compliqué.

        Si jamais il y a un contretemps, écris-moi à cette adresse ou appelle-moi au 506-555-0192.

        Au plaisir de te rencontrer!

        Josée LeBlanc
        Coordonnatrice, ressources humaines
        Coopérative numérique de la Baie
        140, rue Main, Moncton (N.-B.)
        """)
    mid = "<3f9a2c71-e0b4-4d58-a7c6-1b9e52d0f3a8@baienumerique.ca>"
    return message(hd(
        addr("Josée LeBlanc", "josee.leblanc@baienumerique.ca", "iso-8859-15"),
        "Entrevue – poste de développeur logiciel",
        "2026-11-05 15:20:41", "America/Moncton", mid,
        "from smtp.baienumerique.ca (smtp.baienumerique.ca [192.0.2.61])",
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "fr-CA"),
    ), text(body, charset="iso-8859-15", cte="quoted-printable", params="format=flowed"))


@mail(n(9), family="human_prose", lang="en", interview=True, kind="scheduled", company="Harborline Autonomy",
      start=utc("2026-11-17 13:00", BOS), end=None,
      contact="dana.whitcomb@harborlineautonomy.com",
      local="Tue 2026-11-17 13:00", zone=BOS,
      note="Boston hiring manager's phone reply 'locked in for tomorrow 1pm ET' sent Mon 16 Nov 07:52 EST "
           "-> Tue 17 Nov 13:00 EST (UTC-5) = 18:00Z; the time was Owen's proposal in the quote, the reply "
           "confirms it; no length -> end null; contact = sender.")
def m09() -> bytes:
    body = t("""
        Perfect, locked in for tomorrow 1pm ET. I'll send the Zoom link once I'm at my desk. Bring
        questions about the ROV team, they'll want to hear from you

        D

        Sent from my iPhone

        > On Nov 15, 2026, at 9:14 PM, Owen MacLeod <owen.macleod@example.org> wrote:
        >
        > Hi Dana,
        >
        > Thanks for getting back to me so quickly. Tuesday works well - would 1pm ET be ok? That's 2pm
        > here in Halifax, so no early start for anyone.
        >
        > Best,
        > Owen
        >
        >> On Nov 14, 2026, at 4:02 PM, Dana Whitcomb <dana.whitcomb@harborlineautonomy.com> wrote:
        >>
        >> Owen - loved your GitHub work on the glider mission planner. Any chance you're free for
        >> 45 min with me early next week? Mon or Tue afternoon are best.
        """)
    mid = "<7C0E1F9B-3A52-4D8E-B6F1-2E90A4C5D7B3@harborlineautonomy.com>"
    return message(hd(
        "Dana Whitcomb <dana.whitcomb@harborlineautonomy.com>",
        "Re: Harborline - quick chat?",
        "2026-11-16 07:52:30", BOS, mid,
        "from mail-qk1-f177.google.com (mail-qk1-f177.google.com [209.85.222.177])",
        ("In-Reply-To", "<CAG8p0-Owen-2wq9mTn4Rk1Zx7@mail.example.org>"),
        ("References", "<D1E2F3A4-0000-4B5C-9D8E-7F6A5B4C3D2E@harborlineautonomy.com> "
                       "<CAG8p0-Owen-2wq9mTn4Rk1Zx7@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ), text(body, charset="us-ascii", cte="7bit"))


@mail(n(10), family="agency_prose", lang="en", interview=True, kind="scheduled", company="Fundy Tidal Energy",
      start=utc("2026-09-10 15:30", HFX), end=utc("2026-09-10 16:30", HFX),
      contact="shauna@bluenosetalent.ca",
      local="Thu 2026-09-10 15:30", local_end="2026-09-10 16:30", zone=HFX,
      note="Agency recruiter confirms the client interview 'next Thursday (Sept 10), 3:30 to 4:30' in "
           "Dartmouth, ADT (UTC-3) -> 18:30-19:30Z; windows-1252 8bit with curly quotes; company = the "
           "hiring client, contact = the agency recruiter (human sender).",
      days=(("Thu", "2026-09-10"), ("Fri", "2026-09-04")))
def m10() -> bytes:
    body = t("""
        Hi Owen,

        Great news – Fundy Tidal would like to meet you! I’ve confirmed you for next Thursday (Sept 10),
        3:30 to 4:30 at their Dartmouth office:

          Fundy Tidal Energy
          Suite 300, 1 Alderney Drive, Dartmouth
          Ask for Krista Naugler at reception

        You’ll meet Krista (Director of Software) and one of the turbine control engineers. It’s a fairly
        relaxed conversation, but they will ask about the SCADA data work you did at your current place,
        so have a couple of concrete examples ready. Business casual is fine.

        Ferry from downtown is the easiest way over – the Alderney terminal is right beside the building.

        Give me a call after if you can, I’d love to hear how it went. Have a great long weekend!

        Shauna Pottie
        Senior Recruiter, Technology
        Bluenose Talent Partners
        902-555-0116 | shauna@bluenosetalent.ca
        """)
    mid = "<000f01dc1d3e$8a7b5c40$9f7214c0$@bluenosetalent.ca>"
    return message(hd(
        "Shauna Pottie <shauna@bluenosetalent.ca>",
        "Fundy Tidal Energy – interview confirmed",
        "2026-09-04 16:45:12", HFX, mid,
        "from mail.bluenosetalent.ca (mail.bluenosetalent.ca [198.51.100.140])",
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHc1Dk4Lx0kP2s6d0aZ1mB9o3f7Yw=="),
        ("Content-Language", "en-ca"),
    ), text(body, charset="windows-1252", cte="8bit"))


@mail(n(11), family="smartrecruiters", lang="en", interview=True, kind="scheduled", company="Queensway Mutual",
      start=utc("2026-12-04 11:00", TOR), end=utc("2026-12-04 12:00", TOR),
      contact="raj.bhatt@queenswaymutual.ca",
      local="Fri 2026-12-04 11:00", local_end="2026-12-04 12:00", zone=TOR,
      note="Toronto insurer via SmartRecruiters, 11:00 AM - 12:00 PM ET in December = EST (UTC-5) -> "
           "16:00-17:00Z; the attached ICS is an all-day event (VALUE=DATE 2026-12-04), the time is only in "
           "the text; contact = hiring manager's address in the body.")
def m11() -> bytes:
    page = html_page(t("""
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e3e6ea">
        <tr><td style="background:#0b2e59;padding:16px;color:#fff;font-size:18px">Queensway Mutual</td></tr>
        <tr><td style="padding:24px">
        <p>Hi Owen,</p>
        <p>Thank you for accepting our interview invitation for the position of
        <b>Software Developer II, Claims Platform</b>.</p>
        <p>Here are your interview details:</p>
        <p><b>Date:</b> Friday, December 4, 2026<br>
        <b>Time:</b> 11:00 AM - 12:00 PM Eastern Time (ET)<br>
        <b>Your local time:</b> 12:00 PM - 1:00 PM Atlantic Time<br>
        <b>Type:</b> Video interview (Microsoft Teams)<br>
        <b>Interviewers:</b> Raj Bhatt, Manager, Claims Engineering; Olena Kowalczyk, Senior Developer</p>
        <p>A calendar reminder is attached for your convenience. The Teams link will be sent by Raj the day
        before. If anything comes up, please email Raj directly at
        <a href="mailto:raj.bhatt@queenswaymutual.ca">raj.bhatt@queenswaymutual.ca</a>.</p>
        <p>Good luck!<br>Queensway Mutual Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888">Powered by SmartRecruiters &middot;
        <a href="https://jobs.smartrecruiters.com/privacy">Privacy</a></td></tr>
        </table>
        """))
    body = t("""
        Hi Owen,

        Thank you for accepting our interview invitation for the position of Software Developer II, Claims
        Platform.

        Here are your interview details:

        Date: Friday, December 4, 2026
        Time: 11:00 AM - 12:00 PM Eastern Time (ET)
        Your local time: 12:00 PM - 1:00 PM Atlantic Time
        Type: Video interview (Microsoft Teams)
        Interviewers: Raj Bhatt, Manager, Claims Engineering; Olena Kowalczyk, Senior Developer

        A calendar reminder is attached for your convenience. The Teams link will be sent by Raj the day
        before. If anything comes up, please email Raj directly at raj.bhatt@queenswaymutual.ca.

        Good luck!
        Queensway Mutual Talent Acquisition

        Powered by SmartRecruiters
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Reminder//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:sr-int-7f3e91c2-qm@smartrecruiters.com
DTSTAMP:20261127153012Z
DTSTART;VALUE=DATE:20261204
DTEND;VALUE=DATE:20261205
SUMMARY:Interview - Queensway Mutual - Software Developer II\\, Claims Platform
DESCRIPTION:11:00 AM - 12:00 PM Eastern Time. Microsoft Teams link to follow.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    mid = "<sr.7f3e91c2a0d4.1795793412@smartrecruiters.com>"
    return message(hd(
        "Queensway Mutual <noreply@smartrecruiters.com>",
        "Your interview with Queensway Mutual - Software Developer II, Claims Platform",
        "2026-11-27 10:30:12", TOR, mid,
        "from mail.smartrecruiters.com (mail.smartrecruiters.com [198.51.100.201])",
    ), mixed(
        alt(text(body), html(page)),
        calendar(ics, method="PUBLISH", filename="interview.ics", disposition="attachment"),
    ))


@mail(n(12), family="teamtailor", lang="en", interview=True, kind="scheduled", company="Gulfstream Ocean Data",
      start=utc("2026-12-02 13:00", HFX), end=utc("2026-12-02 13:45", HFX),
      contact="ingrid.sorensen@gulfstreamoceandata.com",
      local="Wed 2026-12-02 13:00", local_end="2026-12-02 13:45", zone=HFX,
      note="Teamtailor booking confirmation whose body gives no time: only the ICS has it, "
           "13:00-13:45 America/Halifax in December (AST, UTC-4) -> 17:00-17:45Z; contact = Reply-To.")
def m12() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for booking a time with us - your interview for the Full-stack Developer (Remote, Canada)
        role at Gulfstream Ocean Data is confirmed.

        You'll find the date, time and video link in the attached calendar invitation. Add it to your
        calendar so you don't miss it.

        You'll be speaking with Ingrid Sorensen, Head of Engineering.

        Kind regards,
        Gulfstream Ocean Data

        ---
        This message was sent via Teamtailor on behalf of Gulfstream Ocean Data.
        Manage your data: https://gulfstreamoceandata.teamtailor.com/connect/privacy
        """)
    page = html_page(t("""
        <div style="max-width:580px;margin:0 auto;padding:32px 24px">
        <p>Hi Owen,</p>
        <p>Thanks for booking a time with us &ndash; your interview for the <strong>Full-stack Developer
        (Remote, Canada)</strong> role at Gulfstream Ocean Data is confirmed.</p>
        <p>You'll find the date, time and video link in the attached calendar invitation. Add it to your
        calendar so you don't miss it.</p>
        <p>You'll be speaking with Ingrid Sorensen, Head of Engineering.</p>
        <p>Kind regards,<br>Gulfstream Ocean Data</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">This message was sent via Teamtailor on behalf of Gulfstream Ocean Data.</p>
        </div>
        """))
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
{TZ_HALIFAX}
BEGIN:VEVENT
UID:tt-meeting-5519027@teamtailor.com
DTSTAMP:20261201131005Z
DTSTART;TZID=America/Halifax:20261202T130000
DTEND;TZID=America/Halifax:20261202T134500
SUMMARY:Interview: Owen MacLeod / Gulfstream Ocean Data
LOCATION:https://meet.teamtailor.com/gulfstream/owen-macleod-5519027
ORGANIZER;CN=Ingrid Sorensen:mailto:ingrid.sorensen@gulfstreamoceandata.com
ATTENDEE;CN=Owen MacLeod;RSVP=TRUE:mailto:owen.macleod@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    mid = "<6fe1c2a4b8d3e_2a4f1c8d9b@teamtailor-mailer-7c9d.mail>"
    return message(hd(
        "Gulfstream Ocean Data <no-reply@teamtailor-mail.com>",
        "Interview booked: Full-stack Developer (Remote, Canada)",
        "2026-12-01 09:10:05", HFX, mid,
        "from mta-51.teamtailor-mail.com (mta-51.teamtailor-mail.com [185.12.64.51])",
        ("Reply-To", "Ingrid Sorensen <ingrid.sorensen@gulfstreamoceandata.com>"),
        ("List-Unsubscribe", "<https://gulfstreamoceandata.teamtailor.com/connect/unsubscribe>"),
    ), mixed(
        alt(text(body), html(page)),
        calendar(ics, filename="interview.ics", disposition="attachment"),
    ))


@mail(n(13), family="workable", lang="en", interview=True, kind="scheduled", company="Kelpie Labs",
      start=utc("2026-12-08 16:30", VAN), end=utc("2026-12-08 17:15", VAN),
      contact="tomas.rivera@kelpielabs.io",
      local="Tue 2026-12-08 16:30", local_end="2026-12-08 17:15", zone=VAN,
      note="Remote team in Vancouver via Workable: Tue 8 Dec 4:30-5:15 PM PST (UTC-8) = 8:30 PM AST for "
           "Owen -> Wed 9 Dec 00:30-01:15Z (another day in UTC); Reply-To is a Workable relay, contact = "
           "hiring manager's address in the body.")
def m13() -> bytes:
    body = t("""
        Hi Owen,

        Tomas Rivera from Kelpie Labs has scheduled an interview with you for the Senior Backend Engineer
        (Remote) position.

        When: Tuesday, December 8, 2026, 4:30 PM - 5:15 PM PST
              (8:30 PM - 9:15 PM Atlantic Time)
        Where: Video call - https://whereby.com/kelpielabs-tomas

        Tomas wrote:
        "Sorry for the late slot on your side - our whole eng team is on the west coast. If it's too late
        in the evening just tell me and we'll find something else. Otherwise, talk Tuesday!
        You can reach me directly at tomas.rivera@kelpielabs.io."

        To reply, respond to this email.

        Good luck!
        Kelpie Labs hiring team

        --
        Sent by Workable on behalf of Kelpie Labs.
        """)
    page = html_page(t("""
        <div style="max-width:600px;margin:auto;padding:24px">
        <p>Hi Owen,</p>
        <p>Tomas Rivera from Kelpie Labs has scheduled an interview with you for the
        <b>Senior Backend Engineer (Remote)</b> position.</p>
        <table cellpadding="6">
        <tr><td style="color:#666">When</td><td>Tuesday, December 8, 2026, 4:30 PM - 5:15 PM PST<br>
        (8:30 PM - 9:15 PM Atlantic Time)</td></tr>
        <tr><td style="color:#666">Where</td><td>Video call - <a href="https://whereby.com/kelpielabs-tomas">whereby.com/kelpielabs-tomas</a></td></tr>
        </table>
        <p>Tomas wrote:</p>
        <blockquote style="border-left:3px solid #ddd;margin:0;padding-left:12px">Sorry for the late slot
        on your side - our whole eng team is on the west coast. If it's too late in the evening just tell me
        and we'll find something else. Otherwise, talk Tuesday!<br>You can reach me directly at
        tomas.rivera@kelpielabs.io.</blockquote>
        <p>To reply, respond to this email.</p>
        <p>Good luck!<br>Kelpie Labs hiring team</p>
        <p style="font-size:11px;color:#999">Sent by Workable on behalf of Kelpie Labs.</p>
        </div>
        """))
    mid = "<wk.c41f2e0a9b3d.1796325600@workablemail.com>"
    return message(hd(
        "Kelpie Labs <noreply@candidates.workablemail.com>",
        "Interview with Kelpie Labs for Senior Backend Engineer (Remote)",
        "2026-12-03 11:20:44", VAN, mid,
        "from mail7.workablemail.com (mail7.workablemail.com [52.31.44.107])",
        ("Reply-To", "Kelpie Labs <kelpie-labs+c41f2e0a9b@candidates.workablemail.com>"),
    ), alt(text(body), html(page)))


@mail(n(14), family="ms_bookings", lang="en", interview=True, kind="scheduled",
      company="Harbourlink Port Authority",
      start=utc("2026-10-22 10:00", HFX), end=utc("2026-10-22 10:45", HFX), contact=None,
      local="Thu 2026-10-22 10:00", local_end="2026-10-22 10:45", zone=HFX,
      note="Microsoft Bookings from a shared bookings mailbox; body label '(UTC-04:00) Atlantic Time "
           "(Canada)' but 22 Oct is ADT (UTC-3) -> 13:00-13:45Z, ICS 'Atlantic Standard Time' agrees; "
           "staff shown by name only, no personal address -> contact null.")
def m14() -> bytes:
    page = html_page(t("""
        <div style="max-width:600px;margin:0 auto;font-family:'Segoe UI',Tahoma,sans-serif">
        <div style="font-size:24px;color:#0078d4;padding:12px 0">Your booking is confirmed</div>
        <p>Hi Owen MacLeod,</p>
        <p>Thank you for booking with Harbourlink Port Authority - Careers. Here are the details:</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Panel interview - Systems Developer (Vessel Traffic)</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Thursday, October 22, 2026 10:00 AM (UTC-04:00) Atlantic Time (Canada)</td></tr>
        <tr><td style="color:#605e5c">Duration</td><td>45 minutes</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Colin Tremblay</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Ocean Terminal Admin Building, 1215 Marginal Road, Halifax NS</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/HarbourlinkCareers@harbourlink.ca/bookings/">Manage booking</a></p>
        <p style="font-size:12px;color:#605e5c">Harbourlink Port Authority - Careers<br>902-555-0100</p>
        </div>
        """), font="Segoe UI,sans-serif")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ATLANTIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Harbourlink Port Authority - Careers:mailto:HarbourlinkCareers@harbourlink.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen MacLeod:mailto:owen.macleod@example.org
DESCRIPTION;LANGUAGE=en-US:Panel interview - Systems Developer (Vessel Traffic)\\nStaff: Colin Tremblay\\n
UID:040000008200E00074C5B7101A82E00800000000A4E2F1C9B45EDC01000000000000000010000000BOOKHL1022
SUMMARY;LANGUAGE=en-US:Panel interview - Systems Developer (Vessel Traffic)
DTSTART;TZID=Atlantic Standard Time:20261022T100000
DTEND;TZID=Atlantic Standard Time:20261022T104500
CLASS:PUBLIC
DTSTAMP:20261019T113102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Ocean Terminal Admin Building\\, 1215 Marginal Road\\, Halifax NS
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    mid = "<YQBPR0101MB3372C4F1B9E08A2D5C7F1E3AB7F92@YQBPR0101MB3372.CANPRD01.PROD.OUTLOOK.COM>"
    return message(hd(
        "Harbourlink Port Authority - Careers <HarbourlinkCareers@harbourlink.ca>",
        "Your booking is confirmed: Panel interview - Systems Developer (Vessel Traffic)",
        "2026-10-19 08:31:02", HFX, mid,
        "from CAN01-QB1-obe.outbound.protection.outlook.com (mail-qb1can01on2110.outbound.protection.outlook.com [40.107.66.110])",
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("Auto-Submitted", "auto-generated"),
    ), mixed(
        html(page),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"),
    ))


@mail(n(15), family="goodtime", lang="en", interview=True, kind="scheduled", company="Commonwealth Subsea",
      start=utc("2026-11-23 10:00", BOS), end=utc("2026-11-23 12:00", BOS),
      contact="bcosta@commonwealthsubsea.com",
      local="Mon 2026-11-23 10:00", local_end="2026-11-23 12:00", zone=BOS,
      note="GoodTime itinerary from a Boston company, two sessions 10:00-11:00 and 11:15 AM-12:00 PM EST "
           "(UTC-5) -> first start 15:00Z to last end 17:00Z; HTML only QP; contact = Reply-To coordinator.")
def m15() -> bytes:
    page = html_page(t("""
        <div style="max-width:640px;margin:0 auto;padding:24px;border:1px solid #e6e6e6">
        <h2 style="font-weight:600">Your interview itinerary</h2>
        <p>Hi Owen,</p>
        <p>We're excited to host you (virtually) for your onsite loop for <b>Software Engineer, Vehicle
        Autonomy</b> at Commonwealth Subsea. All times are shown in <b>Eastern Time (EST)</b> &mdash; add one hour
        for Halifax.</p>
        <p><b>Monday, November 23, 2026</b></p>
        <table cellpadding="6" style="border-collapse:collapse;width:100%">
        <tr style="background:#f5f7fa"><td>10:00 AM &ndash; 11:00 AM</td><td>Systems design<br><span style="color:#666">with Marcus Feeney, Principal Engineer</span></td></tr>
        <tr><td>11:00 AM &ndash; 11:15 AM</td><td>Break</td></tr>
        <tr style="background:#f5f7fa"><td>11:15 AM &ndash; 12:00 PM</td><td>Hiring manager conversation<br><span style="color:#666">with Ellen Tsai, Director of Autonomy Software</span></td></tr>
        </table>
        <p>Video: <a href="https://commonwealthsubsea.zoom.us/j/91155023418">commonwealthsubsea.zoom.us/j/91155023418</a> (same link for both sessions)</p>
        <p>If you have any questions or need to make changes, reply to this email to reach Brianna Costa,
        your recruiting coordinator.</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </div>
        """))
    mid = "<20261118190004.1f7a3c9e2b5d4@goodtime.io>"
    return message(hd(
        "Commonwealth Subsea Recruiting <no-reply@goodtime.io>",
        "Interview Itinerary - Commonwealth Subsea - Software Engineer, Vehicle Autonomy",
        "2026-11-18 14:00:04", BOS, mid,
        "from o7.mail.goodtime.io (o7.mail.goodtime.io [167.89.101.7])",
        ("Reply-To", "Brianna Costa <bcosta@commonwealthsubsea.com>"),
    ), html(page, cte="quoted-printable"))


@mail(n(16), family="forward_self_zoom", lang="en", interview=True, kind="scheduled",
      company="Northumberland Aquatech",
      start=utc("2026-09-18 09:00", HFX), end=None,
      contact="laura.macinnis@northumberlandaquatech.ca",
      local="Fri 2026-09-18 09:00", zone=HFX,
      note="Owen forwards to himself (old address -> this inbox) a recruiter's mail with a pasted Zoom "
           "block 'Sep 18, 2026 09:00 AM Atlantic Time (Canada)' = ADT (UTC-3) -> 12:00Z; no length; the "
           "original is a message/rfc822 part; contact = the recruiter in the forwarded headers.")
def m16() -> bytes:
    inner_body = t("""
        Hi Owen,

        Thanks for chatting with me this morning. As promised, here's the Zoom for your interview with
        our CTO on Friday. It'll be Jamie Nickerson and me.

        Laura MacInnis is inviting you to a scheduled Zoom meeting.

        Topic: Owen MacLeod <> Northumberland Aquatech
        Time: Sep 18, 2026 09:00 AM Atlantic Time (Canada)

        Join Zoom Meeting
        https://us06web.zoom.us/j/83157720194?pwd=bk5QaTd2Sm1PcVlvR1pLa2E3dz09

        Meeting ID: 831 5772 0194
        Passcode: 402117

        ---

        One tap mobile
        +17806660144,,83157720194#,,,,*402117# Canada
        +12042727920,,83157720194#,,,,*402117# Canada

        Talk soon,
        Laura

        Laura MacInnis | People & Culture
        Northumberland Aquatech | Pictou, NS
        laura.macinnis@northumberlandaquatech.ca
        """)
    inner = message([
        ("From", "Laura MacInnis <laura.macinnis@northumberlandaquatech.ca>"),
        ("To", "Owen MacLeod <owen.m@example.com>"),
        ("Subject", "Zoom for Friday"),
        ("Date", date("2026-09-11 11:48:20", HFX)),
        ("Message-ID", "<CAJx4m1Yq7Pn2wVb6hFz0k3tR9sLdE8cA5oU@mail.gmail.com>"),
    ], text(inner_body))
    outer = t("""
        fwd to my main address so I don't lose it

        O.
        """)
    mid = "<a4c9e1f0-7b2d-4e63-9f18-0d5b3c2a6e71@example.com>"
    return message(hd(
        "Owen MacLeod <owen.m@example.com>",
        "Fwd: Zoom for Friday",
        "2026-09-12 08:03:55", HFX, mid,
        "from smtp.example.com (smtp.example.com [192.0.2.25])",
        ("User-Agent", "Mozilla Thunderbird"),
    ), mixed(
        text(outer, charset="us-ascii", cte="7bit", params="format=flowed"),
        attached_message(inner, filename="Zoom for Friday.eml"),
    ))


# =========================================================================== positives: rescheduled


@mail(n(17), family="icims", lang="en", interview=True, kind="rescheduled", company="Yorkbridge Capital",
      start=utc("2026-10-15 15:00", TOR), end=utc("2026-10-15 16:00", TOR),
      contact="neha.kapoor@yorkbridge.ca",
      local="Thu 2026-10-15 15:00", local_end="2026-10-15 16:00", zone=TOR,
      note="iCIMS reschedule from a Toronto firm: old Tue 13 Oct 11:00 AM ET and new Thu 15 Oct "
           "3:00-4:00 PM ET both written; EDT (UTC-4) -> new start 19:00Z; contact = recruiter in body.",
      days=(("Tue", "2026-10-13"),))
def m17() -> bytes:
    body = t("""
        Dear Owen,

        Your interview for the position of Developer, Market Data Services (Req #2026-4471) has been
        rescheduled at the request of the hiring team.

        Previous time: Tuesday, October 13, 2026 at 11:00 AM ET
        New time:      Thursday, October 15, 2026, 3:00 PM - 4:00 PM ET (4:00 PM - 5:00 PM Atlantic)

        Format: Microsoft Teams video interview (an updated invitation will follow)
        Interviewers: Neha Kapoor (Talent Acquisition), Stefan Lindqvist (Engineering Manager)

        We apologize for any inconvenience. If the new time does not work for you, please contact Neha
        Kapoor at neha.kapoor@yorkbridge.ca.

        Sincerely,
        Yorkbridge Capital Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
        """)
    page = html_page(t("""
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="20" style="border:1px solid #d9d9d9">
        <tr><td>
        <p>Dear Owen,</p>
        <p>Your interview for the position of <b>Developer, Market Data Services</b> (Req #2026-4471) has been
        rescheduled at the request of the hiring team.</p>
        <p><s>Previous time: Tuesday, October 13, 2026 at 11:00 AM ET</s><br>
        <b>New time: Thursday, October 15, 2026, 3:00 PM - 4:00 PM ET</b> (4:00 PM - 5:00 PM Atlantic)</p>
        <p>Format: Microsoft Teams video interview (an updated invitation will follow)<br>
        Interviewers: Neha Kapoor (Talent Acquisition), Stefan Lindqvist (Engineering Manager)</p>
        <p>We apologize for any inconvenience. If the new time does not work for you, please contact Neha
        Kapoor at <a href="mailto:neha.kapoor@yorkbridge.ca">neha.kapoor@yorkbridge.ca</a>.</p>
        <p>Sincerely,<br>Yorkbridge Capital Talent Acquisition</p>
        <p style="font-size:10px;color:#888">Please do not reply to this message. This mailbox is not monitored.</p>
        </td></tr></table>
        </td></tr></table>
        """), font="Verdana,Arial,sans-serif")
    mid = "<1202841770.3318842.1791576301554.JavaMail.icims@talent.icims.com>"
    return message(hd(
        "Yorkbridge Capital Careers <careers-yorkbridge@talent.icims.com>",
        "Interview Rescheduled: Developer, Market Data Services",
        "2026-10-09 16:05:01", TOR, mid,
        "from mta12.talent.icims.com (mta12.talent.icims.com [64.94.112.12])",
    ), alt(text(body), html(page)))


@mail(n(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      company="Sambro Marine Software",
      start=utc("2026-11-02 11:00", HFX), end=utc("2026-11-02 12:00", HFX),
      contact="ravi.menon@sambromarine.com",
      local="Mon 2026-11-02 11:00", local_end="2026-11-02 12:00", zone=HFX,
      note="Google Calendar 'Updated invitation' across the DST change: moved from Thu 29 Oct 2pm ADT to "
           "Mon 2 Nov 11am-12pm AST (UTC-4) -> 15:00-16:00Z; ICS SEQUENCE:1 in America/Halifax; contact "
           "= organizer.",
      days=(("Thu", "2026-10-29"),))
def m18() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Owen MacLeod - Sambro Marine second interview
        Monday Nov 2, 2026 ⋅ 11am – 12pm
        Atlantic Time - Halifax

        Was: Thursday Oct 29, 2026 ⋅ 2pm – 3pm

        Location
        Sambro Marine Software, 5251 Duke St, Suite 900, Halifax
        https://www.google.com/maps/search/5251+Duke+St,+Suite+900,+Halifax

        Owen - sorry to shuffle this, half the team is at the Ocean Tech Expo on Thursday. Monday
        morning instead, same people, same room.

        Organizer
        Ravi Menon
        ravi.menon@sambromarine.com

        Guests
        Ravi Menon - organizer
        Catherine Dunphy
        owen.macleod@example.org

        Reply for owen.macleod@example.org
        Yes / No / Maybe / More options

        Invitation from Google Calendar
        """)
    page = html_page(t("""
        <div style="border:1px solid #dadce0;border-radius:8px;padding:24px;max-width:600px">
        <div style="color:#d93025">This event has been updated<br><span style="font-size:12px">Changed: time</span></div>
        <h2 style="font-weight:400">Owen MacLeod - Sambro Marine second interview</h2>
        <div><b>Monday Nov 2, 2026 &sdot; 11am &ndash; 12pm</b><br>Atlantic Time - Halifax</div>
        <div style="color:#70757a"><s>Thursday Oct 29, 2026 &sdot; 2pm &ndash; 3pm</s></div>
        <p>Sambro Marine Software, 5251 Duke St, Suite 900, Halifax</p>
        <p>Owen - sorry to shuffle this, half the team is at the Ocean Tech Expo on Thursday. Monday
        morning instead, same people, same room.</p>
        <p><b>Organizer</b><br>Ravi Menon<br>ravi.menon@sambromarine.com</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div>
        """), font="Roboto,Arial,sans-serif")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_HALIFAX}
BEGIN:VEVENT
DTSTART;TZID=America/Halifax:20261102T110000
DTEND;TZID=America/Halifax:20261102T120000
DTSTAMP:20261028T124419Z
ORGANIZER;CN=Ravi Menon:mailto:ravi.menon@sambromarine.com
UID:7q2n5p8r0t3v6x9z1b4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ravi Menon;X-NUM-GUESTS=0:mailto:ravi.menon@sambromarine.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Catherine Dunphy;X-NUM-GUESTS=0:mailto:catherine.dunphy@sambromarine.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.macleod@example.org;X-NUM-GUESTS=0:mailto:owen.macleod@example.org
CREATED:20261021T171502Z
LAST-MODIFIED:20261028T124418Z
LOCATION:Sambro Marine Software\\, 5251 Duke St\\, Suite 900\\, Halifax
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Owen MacLeod - Sambro Marine second interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    mid = "<000000000000f3e2d1c0062e4b8a77@google.com>"
    return message(hd(
        "Ravi Menon <ravi.menon@sambromarine.com>",
        "Updated invitation: Owen MacLeod - Sambro Marine second interview @ Mon Nov 2, 2026 11am - 12pm "
        "(AST) (owen.macleod@example.org)",
        "2026-10-28 09:44:19", HFX, mid,
        "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "Ravi Menon <ravi.menon@sambromarine.com>"),
    ), mixed(
        alt(text(body), html(page), calendar(ics)),
        calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(n(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
      company="Signal Hill Marine Systems",
      start=utc("2026-11-26 14:30", NFLD), end=None,
      contact="gkavanagh@signalhillmarine.ca",
      local="Thu 2026-11-26 14:30", zone=NFLD,
      note="St. John's recruiter moves the final round from Wednesday to 'Thursday, Nov 26 at 2:30 pm "
           "Newfoundland time (2 pm your time)': NST (UTC-3:30) -> 18:00Z, equal to 2 pm AST; no length "
           "-> end null; base64 text + Outlook HTML; contact = sender.",
      days=(("Wed", "2026-11-25"),))
def m19() -> bytes:
    body = t("""
        Hi Owen,

        Bad news / good news. Our CEO has been called to Ottawa on Wednesday so I need to move your final
        round. Good news is he's back Thursday, so I've moved it to Thursday, Nov 26 at 2:30 pm
        Newfoundland time (2 pm your time). Same Teams link, same panel - you'll get the updated invite
        from Outlook in a minute.

        Sorry for the juggling, and thanks for being so flexible through all of this.

        Gemma

        Gemma Kavanagh
        People Operations | Signal Hill Marine Systems
        Water Street, St. John's, NL
        709-555-0173
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>
        </head><body lang="EN-CA" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">Hi Owen,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Bad news / good news. Our CEO has been called to Ottawa on Wednesday so I need to
        move your final round. Good news is he&#8217;s back Thursday, so I&#8217;ve moved it to <b>Thursday, Nov 26
        at 2:30 pm Newfoundland time</b> (2 pm your time). Same Teams link, same panel &#8211; you&#8217;ll get the
        updated invite from Outlook in a minute.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Sorry for the juggling, and thanks for being so flexible through all of this.</p>
        <p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Gemma</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>Gemma Kavanagh</b><br>People Operations | Signal Hill Marine Systems<br>
        Water Street, St. John&#8217;s, NL<br>709-555-0173</p>
        </div></body></html>
        """)
    mid = "<YT2PR01MB8841D0A3E7C1F95B2A6D4C0EB8E12@YT2PR01MB8841.CANPRD01.PROD.OUTLOOK.COM>"
    return message(hd(
        "Gemma Kavanagh <gkavanagh@signalhillmarine.ca>",
        "Final round - moving to Thursday",
        "2026-11-23 11:40:37", NFLD, mid,
        "from CAN01-YT2-obe.outbound.protection.outlook.com (mail-yt2can01on2119.outbound.protection.outlook.com [40.107.116.119])",
        ("Thread-Topic", "Final round - moving to Thursday"),
        ("Content-Language", "en-CA"),
    ), alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(20), family="personio", lang="en", interview=True, kind="rescheduled", company="Nordwind Sensorik Canada",
      start=utc("2026-10-14 16:00", HFX), end=utc("2026-10-14 17:00", HFX),
      contact="svenja.hartmann@nordwind-sensorik.com",
      local="Wed 2026-10-14 16:00", local_end="2026-10-14 17:00", zone=HFX,
      note="Personio reschedule sent from Germany (Date in CEST); new slot 'Wednesday, 14 October 2026, "
           "16:00 - 17:00 (Atlantic Daylight Time)' -> UTC-3 -> 19:00-20:00Z (old slot Tue 13 Oct also "
           "written); contact = Reply-To recruiter.",
      days=(("Tue", "2026-10-13"),))
def m20() -> bytes:
    body = t("""
        Hello Owen,

        unfortunately we have to move your interview for the position "Software Developer, Sensor Cloud
        (Halifax)". Our new proposal has already been confirmed by the interview team:

        Old appointment: Tuesday, 13 October 2026, 10:00 - 11:00 (Atlantic Daylight Time)
        New appointment: Wednesday, 14 October 2026, 16:00 - 17:00 (Atlantic Daylight Time)

        Place: Online via Microsoft Teams - the link remains the same.
        Participants: Svenja Hartmann (Recruiting), Jonas Brückner (Team Lead Cloud Platform)

        If you have any questions, simply reply to this e-mail.

        Best regards
        Svenja Hartmann
        Recruiting | Nordwind Sensorik GmbH & Nordwind Sensorik Canada Ltd.

        Nordwind Sensorik GmbH · Am Sandtorkai 12 · 20457 Hamburg · Amtsgericht Hamburg HRB 123456
        """)
    page = html_page(t("""
        <div style="max-width:600px;margin:0 auto;padding:24px;font-size:14px">
        <p>Hello Owen,</p>
        <p>unfortunately we have to move your interview for the position &quot;Software Developer, Sensor Cloud
        (Halifax)&quot;. Our new proposal has already been confirmed by the interview team:</p>
        <table cellpadding="4">
        <tr><td>Old appointment:</td><td><s>Tuesday, 13 October 2026, 10:00 - 11:00 (Atlantic Daylight Time)</s></td></tr>
        <tr><td>New appointment:</td><td><b>Wednesday, 14 October 2026, 16:00 - 17:00 (Atlantic Daylight Time)</b></td></tr>
        <tr><td>Place:</td><td>Online via Microsoft Teams - the link remains the same.</td></tr>
        </table>
        <p>Participants: Svenja Hartmann (Recruiting), Jonas Br&uuml;ckner (Team Lead Cloud Platform)</p>
        <p>If you have any questions, simply reply to this e-mail.</p>
        <p>Best regards<br>Svenja Hartmann<br>Recruiting | Nordwind Sensorik GmbH &amp; Nordwind Sensorik Canada Ltd.</p>
        <p style="font-size:11px;color:#8a8a8a">Nordwind Sensorik GmbH &middot; Am Sandtorkai 12 &middot; 20457 Hamburg</p>
        <p style="font-size:10px;color:#aaa">Powered by Personio</p>
        </div>
        """))
    mid = "<20261008120355.7b1e4c2f9a@mail.personio.de>"
    return message(hd(
        "Nordwind Sensorik <no-reply@mail.personio.de>",
        "Your interview has been moved: Software Developer, Sensor Cloud (Halifax)",
        "2026-10-08 14:03:55", "Europe/Berlin", mid,
        "from mail.personio.de (mail.personio.de [185.58.84.12])",
        ("Reply-To", "Svenja Hartmann <svenja.hartmann@nordwind-sensorik.com>"),
    ), alt(text(body), html(page)))


# =========================================================================== positives: cancelled


@mail(n(21), family="exchange_outlook", lang="en", interview=True, kind="cancelled",
      company="Don Valley Geospatial",
      start=utc("2026-10-23 13:00", TOR), end=utc("2026-10-23 14:00", TOR),
      contact="hannah.okafor@dvgeospatial.com",
      local="Fri 2026-10-23 13:00", local_end="2026-10-23 14:00", zone=TOR,
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED) with TZID 'Eastern Standard Time'; "
           "cancelled slot 1:00-2:00 PM EDT (UTC-4) -> 17:00-18:00Z; no new time; contact = organizer.")
def m21() -> bytes:
    body = t("""
        When: Friday, October 23, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Owen, apologies for the short notice - our hiring manager is out unexpectedly for the next two
        weeks, so I'm cancelling Friday's interview. I'll be back in touch with new options once we know
        her return date.

        Hannah
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Hannah Okafor:mailto:hannah.okafor@dvgeospatial.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen MacLeod:mailto:owen.macleod@example.org
DESCRIPTION;LANGUAGE=en-US:Hi Owen\\, apologies for the short notice.\\n
UID:040000008200E00074C5B7101A82E00800000000D7F2A3B1C45FDC010000000000000000100000009C2E4F6A8B1D3E5F
SUMMARY;LANGUAGE=en-US:Canceled: Interview - Owen MacLeod (Senior Developer\\, GIS Platform)
DTSTART;TZID=Eastern Standard Time:20261023T130000
DTEND;TZID=Eastern Standard Time:20261023T140000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261020T133044Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR"""
    mid = "<YQXPR01MB5120E3B7C2A9F1D04E8B6C5AF3D21@YQXPR01MB5120.CANPRD01.PROD.OUTLOOK.COM>"
    return message(hd(
        "Hannah Okafor <hannah.okafor@dvgeospatial.com>",
        "Canceled: Interview - Owen MacLeod (Senior Developer, GIS Platform)",
        "2026-10-20 09:30:44", TOR, mid,
        "from CAN01-YQX-obe.outbound.protection.outlook.com (mail-yqxcan01on2105.outbound.protection.outlook.com [40.107.116.105])",
        ("Thread-Topic", "Interview - Owen MacLeod (Senior Developer, GIS Platform)"),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Content-Language", "en-US"),
    ), alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      company="Coopérative numérique de la Baie",
      start=utc("2026-12-03 13:00", "America/Moncton"), end=None,
      contact="josee.leblanc@baienumerique.ca",
      local="Thu 2026-12-03 13:00", zone="America/Moncton",
      note="Acadian French cancellation of the second interview 'jeudi 3 décembre à 13 h' (AST, UTC-4 -> "
           "17:00Z): poste mis en attente, no new time; iso-8859-1 8bit; contact = sender. Same sender "
           "as the first-round confirmation in this set.",
      days=(("Thu", "2026-12-03"),))
def m22() -> bytes:
    body = t("""
        Bonjour Owen,

        J'ai malheureusement une mauvaise nouvelle. Le conseil d'administration a décidé hier soir de
        mettre le poste de développeur logiciel en attente jusqu'au prochain exercice financier. Je dois
        donc annuler ta deuxième entrevue prévue jeudi 3 décembre à 13 h.

        Je suis vraiment désolée, surtout que Rémi et l'équipe avaient beaucoup aimé ta première
        rencontre. Je garde ton dossier et je te fais signe dès que le poste est rouvert, normalement au
        printemps.

        Bonne fin de semaine quand même,

        Josée LeBlanc
        Coordonnatrice, ressources humaines
        Coopérative numérique de la Baie
        506-555-0192
        """)
    mid = "<8e1d4a72-3b9c-4f06-a5e2-c7b0f19d6a33@baienumerique.ca>"
    return message(hd(
        addr("Josée LeBlanc", "josee.leblanc@baienumerique.ca", "iso-8859-1"),
        "Annulation – deuxième entrevue du 3 décembre",
        "2026-11-27 14:12:09", "America/Moncton", mid,
        "from smtp.baienumerique.ca (smtp.baienumerique.ca [192.0.2.61])",
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "fr-CA"),
    ), text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(23), family="recruitee", lang="en", interview=True, kind="cancelled", company="Chedabucto Hydrographic",
      start=utc("2026-12-07 10:00", HFX), end=utc("2026-12-07 10:30", HFX),
      contact="aisling.walsh@chedabucto.ca",
      local="Mon 2026-12-07 10:00", local_end="2026-12-07 10:30", zone=HFX,
      note="Recruitee cancellation of Mon 7 Dec 10:00-10:30 AST (UTC-4) -> 14:00-14:30Z, asks Owen to "
           "suggest other times (no new time fixed) -> cancelled; contact = Reply-To recruiter.")
def m23() -> bytes:
    body = t("""
        Hi Owen,

        We're sorry, but we need to cancel your interview for Software Developer - Survey Data Processing:

        Monday, 7 December 2026, 10:00 - 10:30 (AST)

        Our survey vessel's return has been delayed by weather and the two people you were meeting are
        still offshore. We'd still very much like to talk - please reply with a few times that would suit
        you the week of December 14 and we'll set up a new interview.

        Kind regards,
        Aisling Walsh
        Chedabucto Hydrographic

        --
        You received this e-mail because you applied for a job at Chedabucto Hydrographic.
        Sent via Recruitee.
        """)
    page = html_page(t("""
        <div style="max-width:560px;margin:0 auto;padding:28px">
        <p>Hi Owen,</p>
        <p>We're sorry, but we need to cancel your interview for <b>Software Developer - Survey Data Processing</b>:</p>
        <p style="background:#fff4f4;border-left:3px solid #e25c5c;padding:10px"><s>Monday, 7 December 2026, 10:00 - 10:30 (AST)</s></p>
        <p>Our survey vessel's return has been delayed by weather and the two people you were meeting are
        still offshore. We'd still very much like to talk - please reply with a few times that would suit
        you the week of December 14 and we'll set up a new interview.</p>
        <p>Kind regards,<br>Aisling Walsh<br>Chedabucto Hydrographic</p>
        <p style="font-size:11px;color:#999">You received this e-mail because you applied for a job at
        Chedabucto Hydrographic. Sent via Recruitee.</p>
        </div>
        """))
    mid = "<5f2c9e71b4a0d_3e8f@recruitee-mailer.mail>"
    return message(hd(
        "Chedabucto Hydrographic <no-reply@mail.recruitee.com>",
        "Interview cancelled: Software Developer - Survey Data Processing",
        "2026-12-03 16:25:40", HFX, mid,
        "from mail.recruitee.com (mail.recruitee.com [104.47.18.20])",
        ("Reply-To", "Aisling Walsh <aisling.walsh@chedabucto.ca>"),
    ), alt(text(body), html(page)))


# =========================================================================== negatives


@mail(n(24), family="application_ack", lang="en", interview=False, company="Nova Coastal Power",
      note="Taleo application receipt; 'a recruiter will contact you to arrange an interview' is "
           "conditional, nothing is scheduled.")
def m24() -> bytes:
    page = html_page(t("""
        <table width="620" cellpadding="0" cellspacing="0" align="center" style="font-family:Tahoma,Arial;font-size:13px">
        <tr><td style="padding:18px;border-bottom:3px solid #f2a900"><b style="font-size:18px;color:#003a70">Nova Coastal Power</b></td></tr>
        <tr><td style="padding:18px">
        <p>Dear Owen MacLeod,</p>
        <p>Thank you for applying for the position of <b>Software Developer - Grid Operations Systems</b>
        (Requisition 26000371) at Nova Coastal Power.</p>
        <p>We have received your application and it will be reviewed by our Talent Acquisition team. If
        your qualifications match the requirements of the role, a recruiter will contact you to arrange an
        interview. Due to the volume of applications, only candidates selected for an interview will be
        contacted.</p>
        <p>You can check the status of your application at any time in the
        <a href="https://novacoastalpower.taleo.net/careersection/ext/mysubmissions.ftl">My Jobpage</a> section
        of our career site.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Nova Coastal Power</p>
        <p style="font-size:10px;color:#777">This is an automated message. Please do not reply.</p>
        </td></tr></table>
        """), font="Tahoma,Arial,sans-serif")
    mid = "<1481922.611.1788365911042.JavaMail.taleo@tlprdnotif04.taleo.net>"
    return message(hd(
        "Nova Coastal Power <noreply@taleo.net>",
        "Nova Coastal Power - Thank you for your application (Software Developer - Grid Operations Systems)",
        "2026-09-02 13:38:31", HFX, mid,
        "from tlprdnotif04.taleo.net (tlprdnotif04.taleo.net [160.34.8.44])",
        ("Auto-Submitted", "auto-generated"),
    ), html(page, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(25), family="rejection", lang="en", interview=False, company="Tidewise",
      note="Lever rejection after the first-round interview earlier in this set ('on Tuesday' refers to "
           "the past interview); nothing scheduled.",
      days=(("Tue", "2026-11-03"),))
def m25() -> bytes:
    body = t("""
        Hi Owen,

        Thank you for taking the time to interview with Keira and Sebastien on Tuesday, November 3. We
        really enjoyed learning about your work with glider telemetry.

        After a lot of discussion, we've decided to move forward with a candidate whose experience with
        vessel monitoring regulations is a closer match for what the Catch Data Platform needs right now.
        This was a genuinely hard call.

        We'd love to keep in touch - we expect to open a second backend role in the spring, and we'll reach
        out when it's posted.

        All the best,
        The Tidewise team
        """)
    mid = "<20261112151127.8c3f0e2d1a9b@hire.lever.co>"
    return message(hd(
        "Tidewise <no-reply@hire.lever.co>",
        "Your application to Tidewise",
        "2026-11-12 11:11:27", HFX, mid,
        "from mail-out-3.hire.lever.co (mail-out-3.hire.lever.co [203.0.113.77])",
        ("Reply-To", "Keira Whynot <keira.whynot@tidewise.ca>"),
    ), alt(text(body), html(gmail_html(body))))


@mail(n(26), family="offer", lang="en", interview=False, company="Sable Acoustics",
      note="Job offer after the interviews; has a signing deadline and a start date, no interview time.",
      days=(("Fri", "2026-11-06"),))
def m26() -> bytes:
    body = t("""
        Hi Owen,

        On behalf of everyone at Sable Acoustics, I'm delighted to offer you the position of Software
        Developer, Signal Processing Platform. The team was unanimous after your interviews - Marcel in
        particular hasn't stopped talking about your beamforming question.

        The formal offer letter is attached. In short:
          - Base salary: $98,000 CAD
          - Equity: 0.15% in stock options, 4-year vesting with a 1-year cliff
          - Start date: Monday, January 4, 2027 (flexible)
          - Hybrid, 2 days a week at the lab on South Park St

        We'd be grateful for your answer by Friday, November 6 at 5:00 PM. If you'd like to talk anything
        through, I'm around all week - just reply or call me at 902-555-0137.

        Really hoping you'll join us!

        Priyanka Sethi
        Co-founder & CTO, Sable Acoustics
        """)
    pdf_stub = text("%PDF-1.7 (offer letter placeholder)\n", charset="us-ascii", cte="base64",
                    extra=(("Content-Disposition", 'attachment; filename="Sable_Acoustics_Offer_OMacLeod.pdf"'),))
    pdf_stub.headers[0] = ("Content-Type", 'application/pdf; name="Sable_Acoustics_Offer_OMacLeod.pdf"')
    mid = "<CAH3k8Tq0r5wQ1zX9pLm2nB7vYdE4sJfK6uA@mail.gmail.com>"
    return message(hd(
        "Priyanka Sethi <priyanka.sethi@sableacoustics.ca>",
        "Offer - Software Developer, Signal Processing Platform",
        "2026-10-30 16:02:48", HFX, mid,
        "from mail-pl1-f171.google.com (mail-pl1-f171.google.com [209.85.214.171])",
    ), mixed(alt(text(body), html(gmail_html(body))), pdf_stub))


@mail(n(27), family="job_alert", lang="en", interview=False, company=None,
      note="Job-board digest with 'Interviewing now' and 'Interview in 1 week' badges; no interview of his.")
def m27() -> bytes:
    page = html_page(t("""
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="padding:16px;background:#004b6b;color:#fff;font-size:20px">AtlanticTechJobs</td></tr>
        <tr><td style="padding:16px">
        <p>Hi Owen, here are 4 new jobs matching <b>"software developer" within 50 km of Halifax, NS</b>.</p>
        <div style="border-bottom:1px solid #eee;padding:10px 0">
        <a href="https://atlantictechjobs.ca/j/88121" style="font-size:16px">Senior Software Developer - Marine Robotics</a><br>
        Bedrock Subsea &middot; Dartmouth, NS &middot; $105k-$125k<br>
        <span style="background:#e6f4ea;color:#137333;font-size:11px;padding:2px 6px">Interviewing now</span></div>
        <div style="border-bottom:1px solid #eee;padding:10px 0">
        <a href="https://atlantictechjobs.ca/j/88140" style="font-size:16px">Full Stack Developer (Hybrid)</a><br>
        Peggy's Cove Analytics &middot; Halifax, NS<br>
        <span style="background:#fef7e0;color:#b06000;font-size:11px;padding:2px 6px">Interviews scheduled within 1 week of applying</span></div>
        <div style="border-bottom:1px solid #eee;padding:10px 0">
        <a href="https://atlantictechjobs.ca/j/88177" style="font-size:16px">Embedded Developer - Hydrophones</a><br>
        Sable Acoustics &middot; Halifax, NS</div>
        <div style="padding:10px 0">
        <a href="https://atlantictechjobs.ca/j/88190" style="font-size:16px">DevOps Engineer</a><br>
        Fundy Tidal Energy &middot; Dartmouth, NS &middot; Easy Apply</div>
        <p style="font-size:11px;color:#888">You're receiving this alert because you created it on
        AtlanticTechJobs. <a href="https://atlantictechjobs.ca/alerts/unsub?id=77123">Unsubscribe</a></p>
        </td></tr></table>
        """))
    mid = "<alert.77123.20260921.1a2b3c@mail.atlantictechjobs.ca>"
    return message(hd(
        "AtlanticTechJobs <alerts@mail.atlantictechjobs.ca>",
        "4 new Software Developer jobs in Halifax, NS",
        "2026-09-21 06:00:12", HFX, mid,
        "from mail.atlantictechjobs.ca (mail.atlantictechjobs.ca [198.51.100.90])",
        ("List-Unsubscribe", "<https://atlantictechjobs.ca/alerts/unsub?id=77123>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ), html(page, cte="base64"))


@mail(n(28), family="newsletter_blog", lang="en", interview=False, company=None,
      note="Substack-style newsletter post about preparing for a technical interview; the author's own "
           "'Tuesday at 10' interview story is not Owen's.")
def m28() -> bytes:
    body = t("""
        The Ocean Coder
        Issue #41 - How I prep for a technical interview in 48 hours

        Last spring a recruiter emailed me on a Sunday night: "You're confirmed for Tuesday at 10, panel
        of three, bring a laptop." I had 36 hours. Here's the checklist I built that weekend and have used
        for every interview since.

        1. Re-read the job post and write down the three problems they're actually hiring to solve.
        2. Pick two stories from your own work for each of those problems.
        3. Spend one evening on the boring stuff: time zone of the call, the link, a charged laptop.
           (Yes, I once joined a call an hour late because the company was in Newfoundland.)
        4. Prepare questions for them. "What does a bad week look like on this team?" works wonders.
        5. Sleep.

        After the interview, send a short thank-you the same day. More on follow-ups next issue.

        - Morgan

        You're receiving this because you subscribed to The Ocean Coder.
        Unsubscribe: https://theoceancoder.substack.com/action/disable_email
        """)
    page = html_page(t("""
        <div style="max-width:560px;margin:0 auto;font-family:Georgia,serif;font-size:17px;line-height:1.5">
        <h1 style="font-size:26px">How I prep for a technical interview in 48 hours</h1>
        <p style="color:#777;font-size:13px">The Ocean Coder &middot; Issue #41</p>
        <p>Last spring a recruiter emailed me on a Sunday night: &ldquo;You're confirmed for Tuesday at 10,
        panel of three, bring a laptop.&rdquo; I had 36 hours. Here's the checklist I built that weekend and
        have used for every interview since.</p>
        <ol><li>Re-read the job post and write down the three problems they're actually hiring to solve.</li>
        <li>Pick two stories from your own work for each of those problems.</li>
        <li>Spend one evening on the boring stuff: time zone of the call, the link, a charged laptop.
        (Yes, I once joined a call an hour late because the company was in Newfoundland.)</li>
        <li>Prepare questions for them.</li><li>Sleep.</li></ol>
        <p>After the interview, send a short thank-you the same day. More on follow-ups next issue.</p>
        <p>&mdash; Morgan</p>
        <p style="font-size:12px;color:#999"><a href="https://theoceancoder.substack.com/action/disable_email">Unsubscribe</a></p>
        </div>
        """), font="Georgia,serif")
    mid = "<20261006110012.3.9d8c7b6a5f4e3d2c@mg1.substack.com>"
    return message(hd(
        "The Ocean Coder <theoceancoder@substack.com>",
        "How I prep for a technical interview in 48 hours",
        "2026-10-06 11:00:12", "UTC", mid,
        "from mg1.substack.com (mg1.substack.com [159.135.228.10])",
        ("List-Unsubscribe", "<https://theoceancoder.substack.com/action/disable_email>"),
        ("List-Id", "<theoceancoder.substack.com>"),
        ("Precedence", "bulk"),
    ), alt(text(body), html(page)))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Chebucto Shipworks",
      note="Greenhouse availability request before the confirmed interview in this set: asks Owen to pick "
           "times, nothing fixed yet.")
def m29() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for your interest in the Software Developer, Vessel Systems Integration role at Chebucto
        Shipworks! The hiring team would like to invite you to an in-person interview at our Halifax yard
        (about 60 minutes).

        Please let us know when you're available over the next two weeks by clicking the link below:

        https://app.greenhouse.io/candidate_availability/9f3e2a1c7b

        Once we have your availability, we'll send a calendar invitation with the confirmed time.

        Best,
        Mireille Boudreau
        Talent Acquisition Partner, Chebucto Shipworks
        """)
    mid = "<0100019a0b41e27c-2a9d7f13-5e8c-4b06-8d2f-b3a1c4e7f905-000000@email.amazonses.com>"
    return message(hd(
        "Chebucto Shipworks <no-reply@us.greenhouse-mail.io>",
        "Please provide your availability - Chebucto Shipworks",
        "2026-09-03 14:05:51", "UTC", mid,
        "from a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [54.240.48.110])",
        ("Reply-To", "Mireille Boudreau <mireille.boudreau@chebuctoshipworks.ca>"),
    ), alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_proposal", lang="en", interview=False, company="Kensington Freightworks",
      note="Toronto recruiter proposes 'Tuesday at 10 ET or Wednesday at 2' and asks which works; nothing "
           "confirmed yet.",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")))
def m30() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for sending over your resume - the team really liked the AIS data pipeline project. We'd
        like to set up a first conversation with Priya, our engineering manager.

        Would Tuesday (Nov 10) at 10 ET work for you? If not, Wednesday the 11th at 2 ET is also open.
        Just let me know which you prefer and I'll send an invite. It would be about 45 minutes over Teams.

        Cheers,
        Jordan Ferreira
        Technical Recruiter | Kensington Freightworks
        416-555-0182
        """)
    mid = "<YT4PR01MB9902F1E7A3C5B8D2E40F6C1AD2B53@YT4PR01MB9902.CANPRD01.PROD.OUTLOOK.COM>"
    return message(hd(
        "Jordan Ferreira <jordan.ferreira@kensingtonfreight.com>",
        "Kensington Freightworks - first conversation",
        "2026-11-05 15:44:10", TOR, mid,
        "from CAN01-YT4-obe.outbound.protection.outlook.com (mail-yt4can01on2102.outbound.protection.outlook.com [40.107.117.102])",
        ("Thread-Topic", "Kensington Freightworks - first conversation"),
    ), alt(text(body), html(gmail_html(body))))


@mail(n(31), family="employment_centre", lang="en", interview=False, company=None,
      note="Employment services centre appointment with a counsellor at a fixed time (Wed 21 Oct 10:00 "
           "a.m.); not a job interview.",
      days=(("Wed", "2026-10-21"),))
def m31() -> bytes:
    body = t("""
        Hello Owen MacLeod,

        This is a reminder of your appointment at Harbourside Employment Services.

        Date: Wednesday, October 21, 2026
        Time: 10:00 a.m.
        With: Tracy Mosher, Employment Counsellor
        Where: 6960 Mumford Road, Suite 210, Halifax (Halifax Shopping Centre Annex)

        At this appointment we will review your Return-to-Work Action Plan and your eligibility for the
        Skills Upgrading Fund. Please bring:
          - a copy of your resume
          - your Record of Employment, if you have one
          - a list of jobs you've applied for since your last visit

        To cancel or rebook, call 902-555-0160. Please do not reply to this email.

        Harbourside Employment Services
        A free service funded by the Province of Nova Scotia
        """)
    mid = "<appt-reminder-304471-20261016@harboursideemployment.ca>"
    return message(hd(
        "Harbourside Employment Services <appointments@harboursideemployment.ca>",
        "Appointment reminder - Wednesday, October 21 at 10:00 a.m.",
        "2026-10-16 09:00:03", HFX, mid,
        "from smtp.harboursideemployment.ca (smtp.harboursideemployment.ca [192.0.2.88])",
        ("Auto-Submitted", "auto-generated"),
    ), text(body, charset="us-ascii", cte="7bit"))


@mail(n(32), family="press_interview", lang="en", interview=False, company=None,
      note="Local radio producer confirms a live on-air phone interview (Thu 8 Oct 7:40 a.m.) about "
           "Owen's hackathon app; a confirmed time but a press interview, not a job interview.",
      days=(("Thu", "2026-10-08"),))
def m32() -> bytes:
    body = t("""
        Hi Owen,

        Thanks so much for agreeing to come on the show! Just confirming the details:

        Harbour Mornings with Cathy Boutilier – Harbour FM 101.3
        Thursday, October 8, live at 7:40 a.m. (about 6–7 minutes)

        We’ll call you at 902-555-0104 at 7:30 so we can do a quick sound check. Cathy will ask how the
        whale-detection app came together over the hackathon weekend, what the fishing crews thought of
        it, and what’s next. Nothing tricky – think of it as a chat.

        If anything changes, text me at 902-555-0177.

        Cheers,
        Nicole d’Entremont
        Producer, Harbour Mornings
        """)
    mid = "<002a01dc3f21$4c7e1d90$e57a58b0$@harbourfm.ca>"
    return message(hd(
        "Nicole d'Entremont <nicole.dentremont@harbourfm.ca>",
        "Confirmed: Harbour Mornings interview, Thursday 7:40 a.m.",
        "2026-10-05 14:21:33", HFX, mid,
        "from mail.harbourfm.ca (mail.harbourfm.ca [198.51.100.213])",
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ), alt(text(body, charset="windows-1252", cte="quoted-printable"),
           html(gmail_html(body), charset="windows-1252", cte="quoted-printable")))


@mail(n(33), family="podcast", lang="en", interview=False, company=None,
      note="Podcast recording confirmed with an ICS (Tue 24 Nov 7:00 PM AST); Owen is the guest being "
           "interviewed, not a job interview.",
      days=(("Tue", "2026-11-24"),))
def m33() -> bytes:
    body = t("""
        Hey Owen,

        You're booked! Here's everything for our recording of Saltwater Stack:

        Tuesday, November 24, 2026 at 7:00 PM Atlantic (6:00 PM Eastern)
        Studio link: https://riverside.fm/studio/saltwater-stack
        Length: we record about an hour and edit down to 40 minutes.

        Topic: "From fishing boats to Kubernetes - building software for the Atlantic fishery". I'll
        interview you for the first half, then we do the listener questions.

        Please use headphones and a wired connection if you can. A calendar invite is attached.

        Talk soon,
        Abby Rafuse
        Host, Saltwater Stack podcast
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Saltwater Stack//Guest Booking//EN
METHOD:REQUEST
{TZ_HALIFAX}
BEGIN:VEVENT
UID:sws-ep88-owen@saltwaterstack.fm
DTSTAMP:20261118220011Z
DTSTART;TZID=America/Halifax:20261124T190000
DTEND;TZID=America/Halifax:20261124T200000
SUMMARY:Saltwater Stack - podcast recording with Owen MacLeod
LOCATION:https://riverside.fm/studio/saltwater-stack
ORGANIZER;CN=Abby Rafuse:mailto:abby@saltwaterstack.fm
ATTENDEE;CN=Owen MacLeod;RSVP=TRUE:mailto:owen.macleod@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<CAF9rQ2xW7bN1mP4kE0tZ6cY3vL8aH5sJ2uD@mail.gmail.com>"
    return message(hd(
        "Abby Rafuse <abby@saltwaterstack.fm>",
        "Saltwater Stack recording - you're booked!",
        "2026-11-18 18:00:11", HFX, mid,
        "from mail-io1-f44.google.com (mail-io1-f44.google.com [209.85.166.44])",
    ), mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, filename="saltwater-stack-recording.ics", disposition="attachment")))


@mail(n(34), family="admission_interview", lang="en", interview=False, company=None,
      note="PhD admissions interview at a university (Thu 10 Dec 1:00 p.m. AST, Zoom): a confirmed "
           "'interview' but for a study programme, not a job.",
      days=(("Thu", "2026-12-10"),))
def m34() -> bytes:
    body = t("""
        Dear Mr. MacLeod,

        Thank you for your application to the PhD program in Oceanography (Ocean Data Science stream) for
        September 2027 entry.

        I am pleased to confirm your admissions interview with the Graduate Admissions Committee:

            Thursday, December 10, 2026, 1:00 p.m. - 1:40 p.m. (Atlantic Standard Time)
            Zoom: https://fundyu.zoom.us/j/96611230047 (passcode 551902)

        The committee will be chaired by Dr. Hélène Thibodeau, your proposed supervisor. You will be asked
        to give a 10-minute presentation on your research interests, followed by questions from the
        committee. Interviews are not a test of technical knowledge.

        Admission decisions and funding offers will be communicated by February 15, 2027.

        Yours sincerely,

        Graduate Admissions Office
        Department of Oceanography, Fundy University
        """)
    mid = "<GAO.2026.12.0044.8f1c@fundyu.ca>"
    return message(hd(
        "Fundy University Graduate Admissions <oceanography.grad@fundyu.ca>",
        "PhD Oceanography - admissions interview confirmation",
        "2026-12-01 10:15:27", HFX, mid,
        "from mx-out2.fundyu.ca (mx-out2.fundyu.ca [192.0.2.140])",
    ), text(body))


@mail(n(35), family="sports_tryout", lang="en", interview=False, company=None,
      note="Rec hockey club evaluation skate (try-out) at a fixed time, Sun 13 Sep 8:15 p.m.; not a job "
           "interview.",
      days=(("Sun", "2026-09-13"),))
def m35() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for registering with the Bedford Basin Breakers for the 2026-27 season! Your evaluation skate
        is booked:

        Sunday, September 13 - 8:15 pm
        Bedford Sportsplex, Rink 2
        Arrive 30 min early to dress. Full gear required, dark and light jerseys.

        Evaluations are used to balance the teams in the B and C divisions. Everybody gets placed on a team,
        so no pressure - just come out and skate.

        See you on the ice!
        Doug Publicover
        Registrar, Bedford Basin Breakers Adult Rec Hockey
        """)
    mid = "<0.1.8a.3F1.1DC1E5B7A2C9F44.0@mailer.teamsnap.com>"
    return message(hd(
        "Bedford Basin Breakers via TeamSnap <notifications@teamsnap.com>",
        "Evaluation skate - Sunday Sept 13, 8:15 pm",
        "2026-09-08 19:30:02", HFX, mid,
        "from mailer.teamsnap.com (mailer.teamsnap.com [198.51.100.60])",
        ("Reply-To", "Doug Publicover <registrar@bedfordbreakers.ca>"),
    ), alt(text(body), html(gmail_html(body))))


@mail(n(36), family="car_service", lang="en", interview=False, company=None,
      note="Dealer service booking (winter tire swap) with an ICS at Sat 14 Nov 8:30 AM AST; a fixed "
           "appointment, not an interview.",
      days=(("Sat", "2026-11-14"),))
def m36() -> bytes:
    body = t("""
        Appointment Confirmation

        Hi Owen,

        Your service appointment at Windmill Road Auto Care is confirmed.

        Date: Saturday, November 14, 2026
        Time: 8:30 AM
        Vehicle: 2019 Subaru Outback (NS plate GKT 418)
        Services: Seasonal tire changeover (on rims), tire storage pickup, multi-point inspection
        Estimated duration: 1 hour 15 minutes
        Service advisor: Wade

        Shuttle service within Dartmouth is available - let us know when you check in.

        Windmill Road Auto Care
        640 Windmill Road, Dartmouth NS
        902-555-0123

        Need to change your appointment? Reply STOP to opt out of reminders.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Windmill Road Auto Care//Xtime Scheduler//EN
METHOD:PUBLISH
{TZ_HALIFAX}
BEGIN:VEVENT
UID:xt-appt-55120944@windmillroadauto.ca
DTSTAMP:20261109150022Z
DTSTART;TZID=America/Halifax:20261114T083000
DTEND;TZID=America/Halifax:20261114T094500
SUMMARY:Service appointment - Windmill Road Auto Care
LOCATION:640 Windmill Road\\, Dartmouth NS
END:VEVENT
END:VCALENDAR"""
    mid = "<xt.55120944.1794236422@notify.xtime.com>"
    return message(hd(
        "Windmill Road Auto Care <service@windmillroadauto.ca>",
        "Your service appointment is confirmed - Sat Nov 14, 8:30 AM",
        "2026-11-09 11:00:22", HFX, mid,
        "from notify.xtime.com (notify.xtime.com [198.51.100.172])",
    ), mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


@mail(n(37), family="vaccination", lang="en", interview=False, company=None,
      note="Pharmacy flu-shot booking (Fri 16 Oct 5:20 p.m.); a fixed time, not an interview; "
           "iso-8859-1 QP.",
      days=(("Fri", "2026-10-16"),))
def m37() -> bytes:
    body = t("""
        Hello Owen MacLeod,

        Your appointment has been booked.

        Service: Influenza vaccine (2026-2027 season) + COVID-19 booster
        Date: Friday, October 16, 2026
        Time: 5:20 p.m.
        Pharmacist: Amélie Théberge
        Location: Harbour Pharmacy, 6155 Quinpool Road, Halifax

        Please bring your Nova Scotia health card and wear a short-sleeved shirt. Plan to stay 15 minutes
        after your vaccine.

        To cancel, use the link in this email or call 902-555-0145.

        Harbour Pharmacy
        """)
    mid = "<booking.88310517@harbourpharmacy.ca>"
    return message(hd(
        "Harbour Pharmacy <bookings@harbourpharmacy.ca>",
        "Booking confirmed: flu shot on Oct 16 at 5:20 p.m.",
        "2026-10-09 12:44:50", HFX, mid,
        "from smtp.harbourpharmacy.ca (smtp.harbourpharmacy.ca [192.0.2.99])",
    ), text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(38), family="mock_interview", lang="en", interview=False, company=None,
      note="Calendly confirmation of a paid mock technical interview with a career coach (Thu 1 Oct "
           "7:00-8:00 PM ADT); same shape as a real Calendly interview but a coaching session.",
      days=(("Thu", "2026-10-01"),))
def m38() -> bytes:
    body = t("""
        Hi Owen MacLeod,

        A new event has been scheduled.

        Event Type:
        Mock Technical Interview (60 min)

        Invitee:
        Owen MacLeod

        Event Date/Time:
        7:00pm - 8:00pm (Atlantic Time - US & Canada) on Thursday, October 1, 2026

        Location:
        Zoom - link below

        Invitee Payment: $85.00 CAD

        Questions:
        What kind of interview are you preparing for?
        Systems design round for an ocean-tech company + a behavioural panel.

        Rhonda Gillis | Career Launch Coaching
        "Practice the interview before the interview."

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/b71d-rhonda
        Reschedule: https://calendly.com/reschedulings/b71d-rhonda

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b71d4e02-6c3a-4f9b-8e11-rhonda@calendly.com
DTSTAMP:20260926143301Z
DTSTART:20261001T220000Z
DTEND:20261001T230000Z
SUMMARY:Mock Technical Interview between Rhonda Gillis and Owen MacLeod
ORGANIZER;CN=Rhonda Gillis:mailto:rhonda@careerlaunchcoaching.ca
ATTENDEE;CN=Owen MacLeod;RSVP=TRUE:mailto:owen.macleod@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<calendly.b71d4e026c3a4f9b.1790433181@calendly.com>"
    return message(hd(
        "Calendly <notifications@calendly.com>",
        "Confirmed: Mock Technical Interview with Rhonda Gillis on Thursday, October 1, 2026",
        "2026-09-26 11:33:01", HFX, mid,
        "from o4.email.calendly.com (o4.email.calendly.com [149.72.131.14])",
        ("Reply-To", "Rhonda Gillis <rhonda@careerlaunchcoaching.ca>"),
    ), mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(39), family="forwarded_other_person", lang="en", interview=False, company=None,
      note="Brother-in-law forwards HIS OWN Workday interview confirmation (Tue 20 Oct 9:00 AM ADT) asking "
           "for tips; a real interview, but not Owen's.",
      days=(("Tue", "2026-10-20"),))
def m39() -> bytes:
    body = t("""
        Hey bud,

        Look who got an interview!! Tuesday morning at Nova Coastal. You went through their process last
        month right? Any idea what they ask? Beers on me after if it goes well lol

        Liam

        ---------- Forwarded message ---------
        From: Nova Coastal Power <novacoastalpower@myworkday.com>
        Date: Wed, Oct 14, 2026 at 2:17 PM
        Subject: Interview Scheduled - Field Technician, Transmission (R-0051907)
        To: <liam.doucette@example.net>

        Dear Liam Doucette,

        We are pleased to confirm that an interview has been scheduled for you as follows:

        Date: Tuesday, October 20, 2026
        Time: 9:00 AM - 10:00 AM Atlantic Daylight Time
        Location: Nova Coastal Power, 1223 Lower Water Street, Halifax - 3rd floor reception

        If you need to change this appointment, please contact Colleen Rhyno at
        colleen.rhyno@novacoastalpower.ca.

        Regards,
        Talent Acquisition
        Nova Coastal Power
        """)
    mid = "<CAM7pL3vQ9xZ2bR5nK8wT1yF4hD6sE0jA3gU@mail.gmail.com>"
    return message(hd(
        "Liam Doucette <liam.doucette@example.net>",
        "Fwd: Interview Scheduled - Field Technician, Transmission (R-0051907)",
        "2026-10-14 21:06:40", HFX, mid,
        "from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])",
    ), alt(text(body), html(gmail_html(body))))


@mail(n(40), family="interviewer_invite", lang="en", interview=False, company=None,
      note="Exchange invite from Owen's current employer asking him to sit on an interview panel for a "
           "candidate (Wed 16 Sep 10:00 ADT); he is the interviewer, not the candidate.",
      days=(("Wed", "2026-09-16"),))
def m40() -> bytes:
    body = t("""
        When: Wednesday, September 16, 2026 10:00 AM-11:00 AM (UTC-04:00) Atlantic Time (Canada).
        Where: Boardroom B / Microsoft Teams Meeting

        Hi Owen,

        Thanks for agreeing to be on the panel for the Junior Developer role. Candidate: Priya Natarajan
        (resume and scorecard attached in Workday). You'll cover the coding exercise debrief; Ben will do
        behavioural. Please submit your scorecard by end of day.

        Carla Sampson
        People & Culture, Bedford Basin Instruments
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ATLANTIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Carla Sampson:mailto:carla.sampson@example.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen MacLeod:mailto:owen.macleod@example.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ben Oickle:mailto:ben.oickle@example.net
SUMMARY;LANGUAGE=en-US:Interview panel: Priya Natarajan - Junior Developer
DTSTART;TZID=Atlantic Standard Time:20260916T100000
DTEND;TZID=Atlantic Standard Time:20260916T110000
UID:040000008200E00074C5B7101A82E00800000000B1E7C4D2A35EDC01000000000000000010000000F1A2B3C4D5E6F7A8
DTSTAMP:20260911T173012Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Boardroom B / Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    mid = "<YT3PR01MB7710B2C9E1F4A6D38C0E5F7AC4E21@YT3PR01MB7710.CANPRD01.PROD.OUTLOOK.COM>"
    return message(hd(
        "Carla Sampson <carla.sampson@example.net>",
        "Interview panel: Priya Natarajan - Junior Developer",
        "2026-09-11 14:30:12", HFX, mid,
        "from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2120.outbound.protection.outlook.com [40.107.115.120])",
        ("Thread-Topic", "Interview panel: Priya Natarajan - Junior Developer"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        to="Owen MacLeod <owen.macleod@example.net>",
    ), alt(text(body), calendar(ics, cte="base64")))


@mail(n(41), family="auto_reply", lang="en", interview=False, company="Chebucto Shipworks",
      note="Out-of-office auto reply from the recruiter after Owen's thank-you note; mentions dates of "
           "absence only.",
      days=(("Mon", "2026-09-21"),))
def m41() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office until Monday, September 21 with limited access to
        email. For urgent recruitment matters, please contact careers@chebuctoshipworks.ca.

        Merci de votre courriel. Je suis absente du bureau jusqu'au lundi 21 septembre.

        Mireille Boudreau
        Talent Acquisition Partner, Chebucto Shipworks
        """)
    mid = "<YQBPR0101MB4480OOF7C1E2A9B3D5F6E0A1B2C3D@YQBPR0101MB4480.CANPRD01.PROD.OUTLOOK.COM>"
    return message(hd(
        "Mireille Boudreau <mireille.boudreau@chebuctoshipworks.ca>",
        "Automatic reply: Thank you - Software Developer interview",
        "2026-09-15 16:48:30", HFX, mid,
        "from CAN01-QB1-obe.outbound.protection.outlook.com (mail-qb1can01on2097.outbound.protection.outlook.com [40.107.66.97])",
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<CAG8p0-Owen-thx-4Fq1@mail.example.org>"),
    ), text(body))


@mail(n(42), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure (multipart/report) of Owen's own reply 'confirming Tuesday at 10 AST' to a "
           "mistyped address; the returned message is his, nothing is confirmed by the employer.",
      days=(("Tue", "2026-11-03"),))
def m42() -> bytes:
    notice = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <kiera.whynot@tidewise.ca>: host mx.tidewise.ca[203.0.113.31] said: 550 5.1.1
            <kiera.whynot@tidewise.ca>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4TQ9W1kR2Zz7
        Arrival-Date: Fri, 30 Oct 2026 19:02:11 +0000 (UTC)

        Final-Recipient: rfc822; kiera.whynot@tidewise.ca
        Original-Recipient: rfc822;kiera.whynot@tidewise.ca
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.tidewise.ca
        Diagnostic-Code: smtp; 550 5.1.1 <kiera.whynot@tidewise.ca>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    original = message([
        ("From", OWEN),
        ("To", "Keira Whynot <kiera.whynot@tidewise.ca>"),
        ("Subject", "Re: Your interview with Tidewise is confirmed"),
        ("Date", date("2026-10-30 16:02:09", HFX)),
        ("Message-ID", "<CAG8p0-Owen-tdw-7Hk2@mail.example.org>"),
    ], text(t("""
        Hi Keira,

        Thanks - confirming Tuesday at 10 AST works for me. Looking forward to meeting you and Sebastien.

        Owen
        """), charset="us-ascii", cte="7bit"))
    report = multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                 status),
        attached_message(original),
        params="report-type=delivery-status",
    )
    mid = "<20261030190213.4TQ9W1kR2Zz8@mx2.example.org>"
    return message([
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx2.example.org (Mail Delivery System)"),
        ("To", OWEN_ADDR),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-30 19:02:13", "UTC")),
        ("Message-ID", mid),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(n(43), family="meetup", lang="en", interview=False, company=None,
      note="Meetup RSVP for a talk titled 'How we interview engineers' (Wed 18 Nov 6:30 PM AST) with "
           "an ICS; an event, not Owen's interview.",
      days=(("Wed", "2026-11-18"),))
def m43() -> bytes:
    body = t("""
        You're going!

        Halifax Ocean Tech Developers
        "How we interview engineers (and what we got wrong)" + lightning talks

        Wednesday, November 18, 2026
        6:30 PM to 8:30 PM AST

        COVE, 27 Parker Street, Dartmouth

        Our speaker, the engineering director at a local subsea robotics company, will walk through their
        interview loop, show real (anonymised) take-home submissions and answer questions. Pizza from 6:15.

        Add to calendar: attached
        Can't make it? Update your RSVP so someone on the waitlist gets your spot.

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        Unsubscribe from this group's emails: https://www.meetup.com/notifications/
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Meetup//RSVP//EN
METHOD:PUBLISH
{TZ_HALIFAX}
BEGIN:VEVENT
UID:event_311562904@meetup.com
DTSTAMP:20261112160045Z
DTSTART;TZID=America/Halifax:20261118T183000
DTEND;TZID=America/Halifax:20261118T203000
SUMMARY:How we interview engineers (and what we got wrong) + lightning talks
LOCATION:COVE\\, 27 Parker Street\\, Dartmouth
URL:https://www.meetup.com/halifax-ocean-tech-devs/events/311562904/
END:VEVENT
END:VCALENDAR"""
    mid = "<rsvp.311562904.owen.1794499245@email.meetup.com>"
    return message(hd(
        "Meetup <info@email.meetup.com>",
        "You're going: How we interview engineers (and what we got wrong)",
        "2026-11-12 12:00:45", HFX, mid,
        "from mta-1.email.meetup.com (mta-1.email.meetup.com [198.51.100.240])",
        ("List-Unsubscribe", "<https://www.meetup.com/notifications/>"),
        ("Precedence", "bulk"),
    ), mixed(text(body), calendar(ics, method="PUBLISH", filename="event.ics", disposition="attachment")))


@mail(n(44), family="financial_advisor", lang="en", interview=False, company=None,
      note="Credit-union adviser's annual review meeting confirmed (Tue 6 Oct 4:30 p.m.); a fixed "
           "appointment, not an interview.",
      days=(("Tue", "2026-10-06"),))
def m44() -> bytes:
    body = t("""
        Hi Owen,

        Just confirming our annual financial review on Tuesday, October 6 at 4:30 p.m. at the Spring
        Garden branch (second floor, ask for me at the front).

        Since you mentioned you're thinking about a job change, we'll look at your RRSP contributions,
        what happens to your group pension if you leave your current employer, and whether it makes sense
        to build the emergency fund a bit higher in the meantime. If you could bring your most recent
        pension statement that would help.

        See you then,

        Marlene Comeau, CFP
        Financial Advisor | Mainland Credit Union
        902-555-0139
        """)
    mid = "<3b0f7e21d4c94a8e9f22a1c5b6d7e8f9@mainlandcu.ca>"
    return message(hd(
        "Marlene Comeau <mcomeau@mainlandcu.ca>",
        "Your annual review - Tues Oct 6",
        "2026-09-30 10:07:19", HFX, mid,
        "from mail.mainlandcu.ca (mail.mainlandcu.ca [192.0.2.177])",
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ), alt(text(body), html(gmail_html(body))))


@mail(n(45), family="parent_teacher", lang="en", interview=False, company=None,
      note="School confirms a 'parent-teacher interview' slot (Thu 19 Nov 5:40 PM) - the Canadian name "
           "for the meeting; confirmed time, not a job interview.",
      days=(("Thu", "2026-11-19"),))
def m45() -> bytes:
    page = html_page(t("""
        <div style="max-width:600px;margin:0 auto;padding:20px">
        <h3 style="color:#2e5d34">Quinpool Road Elementary School</h3>
        <p>Dear Owen MacLeod,</p>
        <p>Your parent-teacher interview booking has been confirmed:</p>
        <table cellpadding="4">
        <tr><td><b>Student</b></td><td>Isla MacLeod (Grade 3)</td></tr>
        <tr><td><b>Teacher</b></td><td>Mme Bourque (French Immersion 3B)</td></tr>
        <tr><td><b>Date</b></td><td>Thursday, November 19, 2026</td></tr>
        <tr><td><b>Time</b></td><td>5:40 PM - 5:50 PM</td></tr>
        <tr><td><b>Room</b></td><td>112</td></tr>
        </table>
        <p>Interviews are 10 minutes and run on a strict schedule. If you are unable to attend, please cancel
        through the booking portal so another family can use the slot.</p>
        <p>Thank you,<br>Quinpool Road Elementary</p>
        <p style="font-size:11px;color:#999">Sent by SchoolInterviews booking system. Do not reply.</p>
        </div>
        """))
    mid = "<pti.2026.qre.55821.owen@schoolinterviews.ca>"
    return message(hd(
        "Quinpool Road Elementary <noreply@schoolinterviews.ca>",
        "Parent-teacher interview confirmed - Thursday, November 19 at 5:40 PM",
        "2026-11-10 20:14:09", HFX, mid,
        "from mail.schoolinterviews.ca (mail.schoolinterviews.ca [198.51.100.18])",
    ), html(page, cte="base64"))


@mail(n(46), family="condo_viewing", lang="en", interview=False, company=None,
      note="Realtor confirms a condo showing (Sat 26 Sep 11:00 AM); fixed appointment, not an interview.",
      days=(("Sat", "2026-09-26"),))
def m46() -> bytes:
    body = t("""
        Hi Owen,

        Showing confirmed for Saturday the 26th at 11:00 AM:

        1502 - 1313 Lower Water Street, Halifax
        2 bed / 2 bath, 1,080 sq ft, one underground parking spot, harbour view
        Listed at $649,900, condo fees $712/mo

        I'll meet you in the lobby. The sellers have had two offers fall through on financing so they're
        motivated - worth asking about the appliances and the special assessment for the balcony work.

        If your interview schedule changes and you need to move it, just text me.

        Kevin Langille
        REALTOR(R) | Harbourfront Realty
        902-555-0129
        """)
    mid = "<CAK2wN8pR4zT7yV0bX3mQ6cL1dF9sH5gJ8eA@mail.gmail.com>"
    return message(hd(
        "Kevin Langille <kevin.langille@harbourfrontrealty.ca>",
        "Showing confirmed - 1502-1313 Lower Water St",
        "2026-09-23 17:55:30", HFX, mid,
        "from mail-yb1-f170.google.com (mail-yb1-f170.google.com [209.85.219.170])",
    ), alt(text(body), html(gmail_html(body))))


@mail(n(47), family="recruiter_followup", lang="en", interview=False, company="Bluenose Talent Partners",
      note="Agency recruiter (same as the Fundy Tidal confirmation) after the client hired internally: "
           "'ping me again in January'; nothing scheduled.")
def m47() -> bytes:
    body = t("""
        Hey Owen,

        Quick update – Fundy Tidal ended up filling the role internally, sorry I don’t have better news.
        Their feedback on you was really positive though, and Krista said to keep you in mind for the
        controls team next year.

        Things are pretty quiet with my clients until budgets reset, so ping me again in January and
        we’ll see what’s open. I’ll reach out sooner if something good lands.

        Have a great holiday!
        Shauna

        Shauna Pottie
        Senior Recruiter, Technology
        Bluenose Talent Partners
        902-555-0116
        """)
    mid = "<001b01dc6a2f$3e9d4b70$bbd7e250$@bluenosetalent.ca>"
    return message(hd(
        "Shauna Pottie <shauna@bluenosetalent.ca>",
        "Re: Fundy Tidal – update",
        "2026-12-10 11:32:05", HFX, mid,
        "from mail.bluenosetalent.ca (mail.bluenosetalent.ca [198.51.100.140])",
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("In-Reply-To", "<CAG8p0-Owen-fte-9Lk3@mail.example.org>"),
    ), text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(48), family="hackathon", lang="en", interview=False, company=None,
      note="Hackathon organiser confirms a team-matching call (Thu 24 Sep 7:00 PM ADT); not an interview.",
      days=(("Thu", "2026-09-24"),))
def m48() -> bytes:
    body = t("""
        Hi Owen,

        Welcome to Ocean Hackathon Atlantic 2026! You ticked "I'm looking for a team", so we've put you on
        the team-matching call:

        Thursday, September 24 at 7:00 PM Atlantic (Zoom, link below)
        https://us02web.zoom.us/j/81234009921

        Each solo hacker gets 60 seconds to introduce themselves and the kind of challenge they want to
        work on (this year: bycatch reduction, ice monitoring, and coastal flood alerts). Then we split into
        breakout rooms by challenge.

        The hackathon itself runs Friday October 2 to Sunday October 4 at the Ocean Tech Hub.

        See you there!
        The OHA organizing team
        """)
    mid = "<oha2026.teammatch.4471@mail.oceanhackathonatlantic.ca>"
    return message(hd(
        "Ocean Hackathon Atlantic <team@oceanhackathonatlantic.ca>",
        "Team-matching call Thursday 7 PM - Ocean Hackathon Atlantic 2026",
        "2026-09-19 10:10:10", HFX, mid,
        "from mail.oceanhackathonatlantic.ca (mail.oceanhackathonatlantic.ca [198.51.100.51])",
        ("List-Unsubscribe", "<mailto:unsubscribe@oceanhackathonatlantic.ca>"),
    ), alt(text(body), html(gmail_html(body))),
    )


@mail(n(49), family="softgarden_slots", lang="en", interview=False, company="Brüggemann Marine Canada",
      note="softgarden interview invitation offering three slots to choose from (Mon 16 / Tue 17 / "
           "Wed 18 Nov, Atlantic Time); none is booked yet.",
      days=(("Mon", "2026-11-16"), ("Tue", "2026-11-17"), ("Wed", "2026-11-18")))
def m49() -> bytes:
    body = t("""
        Dear Owen MacLeod,

        thank you for your application as Software Developer Vessel Telemetry (m/f/d) in Halifax. We would
        like to get to know you in a video interview.

        Please choose one of the following appointments (all times Atlantic Time):

          - Monday, 16 November 2026, 10:00 - 11:00
          - Tuesday, 17 November 2026, 14:00 - 15:00
          - Wednesday, 18 November 2026, 09:00 - 10:00

        Select your appointment here:
        https://bruggemann-marine.softgarden.io/interview/select/9a7c3e1b

        As soon as you have chosen a slot, you will receive a confirmation with the video link.

        Kind regards
        Your Recruiting Team
        Brüggemann Marine Canada Ltd.
        """)
    page = html_page(t("""
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <p>Dear Owen MacLeod,</p>
        <p>thank you for your application as <b>Software Developer Vessel Telemetry (m/f/d)</b> in Halifax.
        We would like to get to know you in a video interview.</p>
        <p>Please choose one of the following appointments (all times Atlantic Time):</p>
        <ul><li>Monday, 16 November 2026, 10:00 - 11:00</li>
        <li>Tuesday, 17 November 2026, 14:00 - 15:00</li>
        <li>Wednesday, 18 November 2026, 09:00 - 10:00</li></ul>
        <p><a href="https://bruggemann-marine.softgarden.io/interview/select/9a7c3e1b"
        style="background:#0a5c8a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Select appointment</a></p>
        <p>As soon as you have chosen a slot, you will receive a confirmation with the video link.</p>
        <p>Kind regards<br>Your Recruiting Team<br>Br&uuml;ggemann Marine Canada Ltd.</p>
        <p style="font-size:10px;color:#999">powered by softgarden</p>
        </div>
        """))
    mid = "<sg.9a7c3e1b.20261109.1234@mail.softgarden.io>"
    return message(hd(
        addr("Brüggemann Marine Canada Recruiting", "noreply@softgarden.io"),
        "Interview invitation: Software Developer Vessel Telemetry (m/f/d)",
        "2026-11-09 15:41:07", "Europe/Berlin", mid,
        "from mail.softgarden.io (mail.softgarden.io [85.158.54.21])",
    ), alt(text(body, charset="utf-8", cte="8bit"), html(page)))


@mail(n(50), family="application_ack", lang="en", interview=False, company="Kittiwake Autonomy",
      note="JOIN application receipt for a St. John's company; 'next step would be a short interview' is "
           "hypothetical.")
def m50() -> bytes:
    body = t("""
        Hi Owen,

        Thank you for your application for the position "Robotics Software Developer" at Kittiwake
        Autonomy (St. John's, NL / remote in Atlantic Canada).

        We have received your documents and will get back to you within the next two weeks. If your
        profile fits, the next step would be a short interview with our engineering lead.

        Best regards,
        Kittiwake Autonomy

        ---
        This email was sent via JOIN (join.com). Manage your applications at https://join.com/candidate
        """)
    page = html_page(t("""
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hi Owen,</p>
        <p>Thank you for your application for the position &quot;Robotics Software Developer&quot; at Kittiwake
        Autonomy (St. John's, NL / remote in Atlantic Canada).</p>
        <p>We have received your documents and will get back to you within the next two weeks. If your
        profile fits, the next step would be a short interview with our engineering lead.</p>
        <p>Best regards,<br>Kittiwake Autonomy</p>
        <p style="font-size:11px;color:#999">This email was sent via JOIN (join.com).</p>
        </div>
        """))
    mid = "<0102019b4c6e1f2a-7e3d9c01-4b2a-48e6-a9f1-d3c2b1a0e9f8-000000@eu-west-1.amazonses.com>"
    return message(hd(
        "Kittiwake Autonomy via JOIN <noreply@join.com>",
        "Your application: Robotics Software Developer",
        "2026-10-26 08:12:33", "UTC", mid,
        "from a7-19.smtp-out.eu-west-1.amazonses.com (a7-19.smtp-out.eu-west-1.amazonses.com [54.240.7.19])",
    ), alt(text(body), html(page)))
