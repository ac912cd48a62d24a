"""blind83: 50 hand-written mails from the inbox of Marisa Tran (supply-chain planner, Phoenix).

Built by ``python3 bench/heldout/make_blind.py blind83``; the MIME plumbing and the checks are
``make.py``'s. Written blind (without reading the detector, its tests or earlier held-out mails).
File numbers are a fixed shuffle of the writing order (ORDER below): keys 1-23 are the positives,
24-50 the negatives. All companies and people are fictional.
"""

from __future__ import annotations

import random

import make
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

SET = "blind83"
ORDER = random.Random(83083).sample(range(1, 51), 50)

ME = "marisa.tran@example.org"
ME_NAME = "Marisa Tran"
ME_ADDR = addr(ME_NAME, ME)
MX = "mx1.example.org (Postfix) with ESMTPS id"

PHX = "America/Phoenix"
DEN = "America/Denver"
LAX = "America/Los_Angeles"
CHI = "America/Chicago"
VAN = "America/Vancouver"
SYD = "Australia/Sydney"

# Windows zone names that only this set's Exchange / Bookings mails use (make.py maps the others).
make.WINDOWS_ZONES.setdefault("US Mountain Standard Time", "America/Phoenix")
make.WINDOWS_ZONES.setdefault("Mountain Standard Time", "America/Denver")
make.WINDOWS_ZONES.setdefault("AUS Eastern Standard Time", "Australia/Sydney")


def n(key: int) -> str:
    """File stem of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, mid: str, lag: int = 3) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone, f"{MX} {mid}", ME, lag)


# --------------------------------------------------------------------------- time zones for ICS

TZ = {
    "America/Phoenix": """BEGIN:VTIMEZONE
TZID:America/Phoenix
X-LIC-LOCATION:America/Phoenix
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
TZNAME:MST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "America/Denver": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "America/Los_Angeles": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "America/Vancouver": """BEGIN:VTIMEZONE
TZID:America/Vancouver
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
END:VTIMEZONE""",
    "America/Chicago": VTZ["America/Chicago"],
    # Exchange / Outlook / Bookings: Windows names, 1601 anchors
    "US Mountain Standard Time": """BEGIN:VTIMEZONE
TZID:US Mountain Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
END:DAYLIGHT
END:VTIMEZONE""",
    "Mountain Standard Time": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "Central Standard Time": VTZ["Central Standard Time"],
    "AUS Eastern Standard Time": """BEGIN:VTIMEZONE
TZID:AUS Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10
END:DAYLIGHT
END:VTIMEZONE""",
}

TEAMS_TEXT = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tenant}%22%7d>
Meeting ID: {mid}
Passcode: {code}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_HTML = """<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
<div class="me-email-text" lang="en-US" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
<div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>
<div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Join on your computer, mobile app or room device</span></div>
<a class="me-email-headline" style="font-size:14px;font-family:'Segoe UI Semibold','Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;text-decoration:underline;color:#6264a7" href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tenant}%22%7d" target="_blank" rel="noreferrer noopener">Click here to join the meeting</a></div>
<div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span data-tid="meeting-code" style="font-size:14px;color:#252424">Meeting ID: <span style="font-size:16px;color:#252424">{mid}</span></span><br>
<span style="font-size:14px;color:#252424">Passcode: </span><span style="font-size:16px;color:#252424">{code}</span></div></div>
<div style="margin-bottom:24px;margin-top:20px"><a class="me-email-link" style="font-size:14px;text-decoration:underline;color:#6264a7" href="https://aka.ms/JoinTeamsMeeting" target="_blank" rel="noreferrer noopener">Learn More</a> | <a class="me-email-link" style="font-size:14px;text-decoration:underline;color:#6264a7" href="https://teams.microsoft.com/meetingOptions/" target="_blank" rel="noreferrer noopener">Meeting options</a></div>
</div>
<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
"""


def teams(fmt: str, tid: str, tenant: str, mid: str, code: str) -> str:
    return fmt.format(tid=tid, tenant=tenant, mid=mid, code=code)


def paras_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """A plain body as the HTML twin a mailer writes: one <p> per paragraph, <br> per line."""
    import html as _html

    chunks = [c for c in body.strip("\n").split("\n\n")]
    ps = ["<p>" + "<br>\n".join(_html.escape(x) for x in c.split("\n")) + "</p>" for c in chunks]
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            + "\n".join(ps) + "\n</body></html>\n")


# =========================================================================== positives
# --------------------------------------------------------------------------- 1 Greenhouse


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-15T17:00:00Z", end="2026-09-15T18:00:00Z",
      contact="lauren.whitfield@saguarocoldchain.com", company="Saguaro Cold Chain",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=PHX,
      note="Greenhouse onsite confirmation, 10:00-11:00 AM MST (Arizona, UTC-7 all year) = 17:00-18:00Z; "
           "ICS in America/Phoenix agrees; contact = Reply-To recruiter (sender is the greenhouse-mail relay)")
def m01() -> bytes:
    when = "2026-09-09 14:12:07"
    body = t("""
        Hi Marisa,

        Thank you for making time to meet with us! Your onsite interview for the Supply Chain Planner II
        role is confirmed. The details are below and a calendar invitation is attached.

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM – 11:00 AM MST (Arizona)
        Location: Saguaro Cold Chain, 4410 E. Broadway Rd, Suite 200, Phoenix, AZ 85040
        Check in at the front desk; visitor parking is on the north side of the building.

        You'll meet with:
          • Ray Castellanos, Director of Planning
          • Simone Adeyemi, Senior Demand Planner

        Please bring a photo ID for your visitor badge. If anything changes, just reply to this email.

        Best,
        Lauren Whitfield
        Talent Acquisition Partner | Saguaro Cold Chain
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#333">
        <p>Hi Marisa,</p>
        <p>Thank you for making time to meet with us! Your onsite interview for the <b>Supply Chain Planner II</b>
        role is confirmed. The details are below and a calendar invitation is attached.</p>
        <table cellpadding="4" style="border-collapse:collapse;font-size:14px">
        <tr><td style="color:#777">Date</td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td style="color:#777">Time</td><td>10:00 AM &ndash; 11:00 AM MST (Arizona)</td></tr>
        <tr><td style="color:#777">Location</td><td>Saguaro Cold Chain, 4410 E. Broadway Rd, Suite 200, Phoenix, AZ 85040<br>
        Check in at the front desk; visitor parking is on the north side of the building.</td></tr>
        </table>
        <p>You'll meet with:</p>
        <ul><li>Ray Castellanos, Director of Planning</li><li>Simone Adeyemi, Senior Demand Planner</li></ul>
        <p>Please bring a photo ID for your visitor badge. If anything changes, just reply to this email.</p>
        <p>Best,<br>Lauren Whitfield<br>Talent Acquisition Partner | Saguaro Cold Chain</p>
        </div>
        <img src="https://us.greenhouse-mail.io/wf/open?upn=3Fq9xw7" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software Inc//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ[PHX]}
BEGIN:VEVENT
UID:interview-81734402-0915@greenhouse.io
DTSTAMP:20260909T211207Z
DTSTART;TZID=America/Phoenix:20260915T100000
DTEND;TZID=America/Phoenix:20260915T110000
SUMMARY:Onsite Interview: Marisa Tran - Supply Chain Planner II (Saguaro Cold Chain)
LOCATION:4410 E. Broadway Rd\\, Suite 200\\, Phoenix\\, AZ 85040
DESCRIPTION:Interviewers: Ray Castellanos\\, Simone Adeyemi. Check in at the front desk.
ORGANIZER;CN=Lauren Whitfield:mailto:lauren.whitfield@saguarocoldchain.com
ATTENDEE;CN=Marisa Tran;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("o3.us.greenhouse-mail.io", "167.89.101.27", when, PHX, "4fQ9sV1mZbz3wKp")),
        ("From", addr("Lauren Whitfield", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", "lauren.whitfield@saguarocoldchain.com"),
        ("To", ME_ADDR),
        ("Subject", enc("Interview Confirmation: Supply Chain Planner II – Saguaro Cold Chain")),
        ("Date", date(when, PHX)),
        ("Message-ID", "<hKq3xT0bS9yWm2Lr7PdA1g@geopod-ismtpd-14>"),
        ("X-SG-EID", "u001.Wn2kF0mJqQy7zPz3aVx1cA"),
    ], mixed(
        alt(text(body), html(page)),
        calendar(ics, filename="interview.ics", disposition="attachment", name_param=True),
    ))


# --------------------------------------------------------------------------- 2 Lever


@mail(n(2), family="lever", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-24T19:30:00Z", end="2026-09-24T20:15:00Z",
      contact="owen.pak@tallgrassprovisions.com", company="Tallgrass Provisions",
      local="Thu 2026-09-24 13:30", local_end="2026-09-24 14:15", zone=DEN,
      note="Lever confirmation, 1:30-2:15 PM MDT (Denver, UTC-6 in September) = 19:30-20:15Z, which is "
           "12:30 in Phoenix; no ICS; contact = Reply-To recruiter")
def m02() -> bytes:
    when = "2026-09-21 09:03:44"
    body = t("""
        Hi Marisa,

        Your interview for Inventory Planning Manager (Remote - US) at Tallgrass Provisions has been scheduled.

        Thursday, September 24, 2026
        1:30 PM - 2:15 PM MDT

        Interviewers
        Owen Pak - Senior Recruiter
        Lydia Farrow - VP, Operations

        Join by video: https://meet.google.com/qvx-tmbw-rke

        All times are shown in Mountain Daylight Time (Denver). Please let us know if you need to make any
        changes by replying to this email.

        Thanks,
        Owen

        --
        Sent with Lever (https://www.lever.co)
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview scheduled</title></head>
        <body style="margin:0;padding:0;background:#f5f6f8">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f6f8"><tr><td align="center">
        <table width="560" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#2b2b2b">
        <tr><td>
        <p>Hi Marisa,</p>
        <p>Your interview for <strong>Inventory Planning Manager (Remote - US)</strong> at Tallgrass Provisions has been scheduled.</p>
        <div style="border-left:3px solid #579eff;padding-left:12px;margin:18px 0">
        <div style="font-weight:bold">Thursday, September 24, 2026</div>
        <div>1:30 PM - 2:15 PM MDT</div>
        </div>
        <p style="margin-bottom:4px;color:#888;font-size:12px;text-transform:uppercase">Interviewers</p>
        <p style="margin-top:0">Owen Pak - Senior Recruiter<br>Lydia Farrow - VP, Operations</p>
        <p>Join by video: <a href="https://meet.google.com/qvx-tmbw-rke">meet.google.com/qvx-tmbw-rke</a></p>
        <p style="color:#888;font-size:13px">All times are shown in Mountain Daylight Time (Denver). Please let us know if you need to make any changes by replying to this email.</p>
        <p>Thanks,<br>Owen</p>
        </td></tr></table>
        <p style="font-family:Arial,sans-serif;font-size:11px;color:#aaa">Sent with <a href="https://www.lever.co" style="color:#aaa">Lever</a></p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-a27.hire.lever.co", "198.61.254.27", when, DEN, "4fTc0q2Hn8z1Rxa")),
        ("From", addr("Tallgrass Provisions", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Owen Pak", "owen.pak@tallgrassprovisions.com")),
        ("To", ME_ADDR),
        ("Subject", "Your interview with Tallgrass Provisions is scheduled"),
        ("Date", date(when, DEN)),
        ("Message-ID", "<20260921150344.1.7C2F1B94E0A6D3C8@hire.lever.co>"),
        ("X-Mailgun-Tag", "interview-scheduled"),
    ], alt(text(body), html(page)))


# --------------------------------------------------------------------------- 3 Ashby (HTML only, base64)


@mail(n(3), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-05T16:00:00Z", end="2026-10-05T16:45:00Z",
      contact="nadia.kassab@paloverderobotics.com", company="Paloverde Robotics",
      local="Mon 2026-10-05 09:00", local_end="2026-10-05 09:45", zone=LAX,
      note="Ashby, HTML-only base64 + ICS: 9:00-9:45 AM PDT (UTC-7, the same wall clock as Phoenix until "
           "1 Nov) = 16:00-16:45Z; contact = Reply-To / ORGANIZER recruiter")
def m03() -> bytes:
    when = "2026-09-30 15:44:19"
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:15px;color:#1f1f1f">
        <div style="max-width:520px;margin:0 auto;padding:24px">
        <img src="https://app.ashbyhq.com/api/images/org-theme-logo/paloverde.png" alt="Paloverde Robotics" height="28">
        <h2 style="font-weight:600;font-size:20px">Your interview is confirmed</h2>
        <p>Hi Marisa,</p>
        <p>Thanks for picking a time &mdash; we&#x27;re looking forward to speaking with you about the Materials Planner role.</p>
        <div style="background:#f4f4f7;border-radius:8px;padding:16px">
        <div style="font-weight:600">Monday, October 5, 2026</div>
        <div>9:00 AM &ndash; 9:45 AM PDT</div>
        <div style="margin-top:8px">Google Meet: <a href="https://meet.google.com/ybd-ruxc-pha">meet.google.com/ybd-ruxc-pha</a></div>
        </div>
        <p>You&#x27;ll meet with:<br>Nadia Kassab &mdash; Technical Recruiter<br>Julian Reyes &mdash; Supply Chain Manager</p>
        <p>Need to make a change? Just reply and it will reach Nadia Kassab.</p>
        <p>Thanks,<br>Paloverde Robotics Recruiting</p>
        <p style="font-size:12px;color:#8a8a8a">Powered by Ashby</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ[LAX]}
BEGIN:VEVENT
UID:1b7e44c9-5d02-4f0e-a8a3-9d61c0f2e7b5
DTSTAMP:20260930T224419Z
DTSTART;TZID=America/Los_Angeles:20261005T090000
DTEND;TZID=America/Los_Angeles:20261005T094500
SEQUENCE:0
SUMMARY:Paloverde Robotics - Materials Planner Interview
LOCATION:https://meet.google.com/ybd-ruxc-pha
ORGANIZER;CN=Nadia Kassab:mailto:nadia.kassab@paloverderobotics.com
ATTENDEE;CN=Marisa Tran;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("a8-31.smtp-out.amazonses.com", "54.240.8.31", when, LAX, "4fRy2L7wKdz9pQm")),
        ("From", addr("Paloverde Robotics", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Nadia Kassab", "nadia.kassab@paloverderobotics.com")),
        ("To", ME_ADDR),
        ("Subject", "Interview confirmed: Materials Planner at Paloverde Robotics"),
        ("Date", date(when, LAX)),
        ("Message-ID", "<0100019a3c8e21f4-7d0b61e2-9f7a-4c55-b0f3-2e8d9a4c1b6f-000000@email.amazonses.com>"),
    ], mixed(
        html(page, cte="base64"),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"),
    ))


# --------------------------------------------------------------------------- 4 Workday


@mail(n(4), family="workday", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-14T19:00:00Z", end="2026-10-14T20:00:00Z",
      contact="tomas.villarreal@brazosfreight.com", company="Brazos Freightways",
      local="Wed 2026-10-14 14:00", local_end="2026-10-14 15:00", zone=CHI,
      note="Workday notification, US MM/DD date '10/14/2026 02:00 PM - 03:00 PM CDT' (Dallas, UTC-5) = "
           "19:00-20:00Z; sender is the tenant mailbox, contact = recruiter address in the body")
def m04() -> bytes:
    when = "2026-10-08 10:26:51"
    body = t("""
        Dear Marisa,

        Thank you for your interest in Brazos Freightways. We are pleased to confirm your interview for the
        position below.

        Job Requisition: R-10382 Transportation Planning Analyst
        Interview Date/Time: 10/14/2026 02:00 PM - 03:00 PM CDT
        Interview Type: Microsoft Teams Video
        Interviewers: Tomas Villarreal (Recruiter), Angela Booker (Manager, Network Planning)

        The Teams link will be sent separately by the hiring team. If you need an accommodation or have
        questions, please contact Tomas Villarreal at tomas.villarreal@brazosfreight.com.

        Sincerely,
        Brazos Freightways Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial;font-size:10pt">
        <p>Dear Marisa,</p>
        <p>Thank you for your interest in Brazos Freightways. We are pleased to confirm your interview for the position below.</p>
        <p><b>Job Requisition:</b> R-10382 Transportation Planning Analyst<br>
        <b>Interview Date/Time:</b> 10/14/2026 02:00 PM - 03:00 PM CDT<br>
        <b>Interview Type:</b> Microsoft Teams Video<br>
        <b>Interviewers:</b> Tomas Villarreal (Recruiter), Angela Booker (Manager, Network Planning)</p>
        <p>The Teams link will be sent separately by the hiring team. If you need an accommodation or have questions, please contact Tomas Villarreal at <a href="mailto:tomas.villarreal@brazosfreight.com">tomas.villarreal@brazosfreight.com</a>.</p>
        <p>Sincerely,<br>Brazos Freightways Talent Acquisition</p>
        <p style="font-size:8pt;color:#808080">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("wd5-smtp-out.myworkday.com", "216.49.154.88", when, CHI, "4fVb8N3cQ1z6tYd")),
        ("From", addr("Brazos Freightways", "brazosfreight@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Transportation Planning Analyst (R-10382)"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<1882193874.402117.1791473211904@wd5-prod-mailer-22.myworkday.com>"),
    ], alt(text(body, cte="7bit"), html(page, cte="7bit")))


# --------------------------------------------------------------------------- 5 SmartRecruiters


@mail(n(5), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-21T18:00:00Z", end="2026-10-21T19:00:00Z",
      contact="gabe.lindqvist@mesaverdehealth.com", company="Mesa Verde Health Supply",
      local="Wed 2026-10-21 11:00", local_end="2026-10-21 12:00", zone=PHX,
      note="SmartRecruiters, '11:00 AM - 12:00 PM (GMT-07:00) Arizona' = 18:00-19:00Z; ICS in UTC agrees; "
           "Reply-To is a messaging relay, so contact = the recruiter's address in the signature; Date in +0000")
def m05() -> bytes:
    when = "2026-10-15 14:30:12"
    body = t("""
        Hi Marisa,

        Great news - your interview for Regional Replenishment Planner (Phoenix DC) is confirmed.

        When: Wednesday, October 21, 2026, 11:00 AM - 12:00 PM (GMT-07:00) Arizona
        Where: Mesa Verde Health Supply - Phoenix Distribution Center, 2250 S. 51st Ave, Phoenix, AZ 85043
        With: Gabe Lindqvist, Carla Espinoza

        Please arrive about 10 minutes early and ask for Carla at the reception.

        Kind regards,
        Gabe Lindqvist
        Senior Recruiter, Mesa Verde Health Supply
        gabe.lindqvist@mesaverdehealth.com | (720) 555-0148

        You received this email because you applied via SmartRecruiters.
        Replies to this email are delivered to the hiring team's inbox in SmartRecruiters.
        """)
    page = paras_html(body, style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#3a3a3a")
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:a6f0c1d2-6b0e-4f8a-9a3c-5e77d2b10c44@smartrecruiters.com
DTSTAMP:20261015T143012Z
DTSTART:20261021T180000Z
DTEND:20261021T190000Z
SUMMARY:Interview: Regional Replenishment Planner (Phoenix DC) - Marisa Tran
LOCATION:2250 S. 51st Ave\\, Phoenix\\, AZ 85043
ORGANIZER;CN=Gabe Lindqvist:mailto:reply+c8f2a91e44@messaging.smartrecruiters.com
ATTENDEE;CN=Marisa Tran;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mta-12.smartrecruiters.com", "52.17.203.12", when, "UTC", "4fZp1C8vTtz2Hh4")),
        ("From", addr("Gabe Lindqvist", "noreply@smartrecruiters.com")),
        ("Reply-To", "reply+c8f2a91e44@messaging.smartrecruiters.com"),
        ("To", ME_ADDR),
        ("Subject", "Interview confirmed: Regional Replenishment Planner (Phoenix DC)"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<6c1e0f44-03d9-4b6a-8c20-5b1f4a9d2e31@smartrecruiters.com>"),
    ], mixed(
        alt(text(body), html(page)),
        calendar(ics, filename="interview.ics", disposition="attachment"),
    ))


# --------------------------------------------------------------------------- 6 Exchange / Teams, time only in ICS


@mail(n(6), family="exchange_teams", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-29T21:00:00Z", end="2026-10-29T22:00:00Z",
      contact="derrick.okafor@camelbackcomponents.com", company="Camelback Components",
      local="Thu 2026-10-29 14:00", local_end="2026-10-29 15:00", zone=PHX,
      note="Outlook meeting request from the hiring manager; the body is only a short note + Teams "
           "boilerplate, the time is only in the ICS: 14:00-15:00 'US Mountain Standard Time' (Arizona, "
           "UTC-7) = 21:00-22:00Z; contact = sender / ORGANIZER")
def m06() -> bytes:
    when = "2026-10-26 11:18:40"
    tb = dict(tid="NjE4ZTk1YjAtYzQxZi00ZDc3LTg3ZTAtMmQ5YjY1NmQ4YTFi",
              tenant="b3a1f6e2-77c4-4f1d-9c0e-5d2a81c3e9f0", mid="231 884 905 127", code="Xq7Tb9")
    body = ("Hi Marisa,\n\nSending the invite for our conversation about the Demand Planning Lead role - "
            "Teams link below. Tanya from our S&OP team will join for the second half.\n\n"
            "Looking forward to it,\nDerrick\n\n" + teams(TEAMS_TEXT, **tb) + "\n")
    page = t("""
        <html><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
        <style><!-- p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>
        </head><body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
        <div class="WordSection1">
        <p class="MsoNormal">Hi Marisa,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Sending the invite for our conversation about the Demand Planning Lead role - Teams link below. Tanya from our S&amp;OP team will join for the second half.</p>
        <p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Looking forward to it,</p><p class="MsoNormal">Derrick</p>
        <p class="MsoNormal">&nbsp;</p>
        """) + teams(TEAMS_HTML, **tb) + "</div></body></html>\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ["US Mountain Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Derrick Okafor:mailto:derrick.okafor@camelbackcomponents.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisa Tran:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tanya Rowe:mailto:tanya.rowe@camelbackcomponents.com
DESCRIPTION;LANGUAGE=en-US:Hi Marisa\\,\\n\\nSending the invite for our conversation about the Demand Planning Lead role - Teams link below.\\n
UID:040000008200E00074C5B7101A82E00800000000F0B7D34A1F65DC01000000000000000010000000A1C2B3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-US:Interview - Marisa Tran / Demand Planning Lead
DTSTART;TZID=US Mountain Standard Time:20261029T140000
DTEND;TZID=US Mountain Standard Time:20261029T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261026T181840Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124813559
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-bn8nam12on2118.outbound.protection.outlook.com", "40.107.237.118", when, PHX,
                         "4fXk7D2rPmz5Wq1")),
        ("From", addr("Derrick Okafor", "derrick.okafor@camelbackcomponents.com")),
        ("To", ME_ADDR),
        ("CC", addr("Tanya Rowe", "tanya.rowe@camelbackcomponents.com")),
        ("Subject", "Interview - Marisa Tran / Demand Planning Lead"),
        ("Thread-Topic", "Interview - Marisa Tran / Demand Planning Lead"),
        ("Thread-Index", "AdtF3b9QwJ7mE1sYRkO0u5lZc2x4Fw=="),
        ("Date", date(when, PHX)),
        ("Message-ID", "<BN8PR12MB33245E1A0C7F4D2B9E61A3D8C4172@BN8PR12MB3324.namprd12.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ], alt(
        text(body),
        html(page),
        calendar(ics, cte="base64"),
    ))


# --------------------------------------------------------------------------- 7 Google Calendar (DST edge)


def gcal_text(who: str, who_addr: str, title: str, when_line: str, zone_line: str, meet: str,
              guests: list[str], intro: str | None = None, note: str | None = None, rsvp: bool = True) -> str:
    head = intro or f"{who} has invited you to the following event."
    lines = [head, ""]
    if note:
        lines += [note, ""]
    lines += [title, when_line, zone_line, "", "Join with Google Meet", meet, "",
              "Join by phone", "(US) +1 530-555-0172 PIN: 418 990 275#", "",
              "Organizer", who_addr, "", "Guests"] + guests + [
              "View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=", ""]
    if rsvp:
        lines += ["Reply for " + ME, "Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1",
                  "No https://calendar.google.com/calendar/event?action=RESPOND&rst=2",
                  "Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3", ""]
    lines += ["Invitation from Google Calendar", "",
              "You are receiving this email because you are an attendee on the event. To stop receiving "
              "future updates for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, or "
              "modify your RSVP.", ""]
    return "\n".join(lines)


@mail(n(7), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-03T17:00:00Z", end="2026-11-03T17:45:00Z",
      contact="kelsey.ward@wasatchharvest.com", company="Wasatch Harvest Co.",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone=DEN,
      note="Google Calendar invite sent Thu 29 Oct in MDT (-0600) for Tue 3 Nov after the US fall-back "
           "(1 Nov): 10-10:45am 'Mountain Time - Denver' = MST (UTC-7) = 17:00-17:45Z; contact = ORGANIZER")
def m07() -> bytes:
    when = "2026-10-29 16:05:27"
    title = "Interview: Marisa Tran \u2013 S&OP Manager"
    body = gcal_text("Kelsey Ward", "kelsey.ward@wasatchharvest.com", title,
                     "Tuesday Nov 3, 2026 \u22c5 10am \u2013 10:45am", "Mountain Time - Denver",
                     "https://meet.google.com/hwb-xkqp-zsa",
                     ["kelsey.ward@wasatchharvest.com - organizer", ME, "ben.aldana@wasatchharvest.com"])
    import html as _h
    page = t(f"""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <span itemscope itemtype="http://schema.org/InformAction"><meta itemprop="description" content="Invitation from Google Calendar"></span>
        <p style="font-size:14px">Kelsey Ward has invited you to the following event.</p>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">{_h.escape(title)}</h2>
        <table cellpadding="0" cellspacing="0"><tr><td style="padding-right:12px;color:#70757a">When</td>
        <td>Tuesday Nov 3, 2026 &#8901; 10am &ndash; 10:45am (Mountain Time - Denver)</td></tr>
        <tr><td style="padding-right:12px;color:#70757a">Meeting link</td><td><a href="https://meet.google.com/hwb-xkqp-zsa">meet.google.com/hwb-xkqp-zsa</a></td></tr>
        <tr><td style="padding-right:12px;color:#70757a">Guests</td><td>Kelsey Ward &ndash; organizer<br>{ME}<br>ben.aldana@wasatchharvest.com</td></tr>
        </table>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ[DEN]}
BEGIN:VEVENT
DTSTART;TZID=America/Denver:20261103T100000
DTEND;TZID=America/Denver:20261103T104500
DTSTAMP:20261029T220527Z
ORGANIZER;CN=Kelsey Ward:mailto:kelsey.ward@wasatchharvest.com
UID:5q8m2vd1k0r7c3n9p4hb6t2a1s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kelsey Ward;X-NUM-GUESTS=0:mailto:kelsey.ward@wasatchharvest.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ben.aldana@wasatchharvest.com;X-NUM-GUESTS=0:mailto:ben.aldana@wasatchharvest.com
X-GOOGLE-CONFERENCE:https://meet.google.com/hwb-xkqp-zsa
CREATED:20261029T220451Z
DESCRIPTION:First conversation with Kelsey (Talent) and Ben (Director\\, Supply Planning).
LAST-MODIFIED:20261029T220526Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = (f"Invitation: {title} @ Tue Nov 3, 2026 10am - 10:45am (MST) ({ME})")
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", when, DEN, "4fYh3R8sDkz0Nn2")),
        ("From", addr("Kelsey Ward", "kelsey.ward@wasatchharvest.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "kelsey.ward@wasatchharvest.com"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(when, DEN)),
        ("Message-ID", "<calendar-6f2d0b4a-9c17-4e3b-bb58-0e91a7c4d2f6@google.com>"),
    ], mixed(
        alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
            calendar(ics, cte="7bit" if ics.isascii() else "base64")),
        calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


# --------------------------------------------------------------------------- 8 Calendly


@mail(n(8), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-06T17:30:00Z", end="2026-11-06T18:00:00Z",
      contact="dana.ortiz@silverstatelogistics.com", company="Silver State Logistics",
      local="Fri 2026-11-06 10:30", local_end="2026-11-06 11:00", zone=PHX,
      note="Calendly invitee confirmation shown in the invitee's zone '10:30am - 11:00am (Arizona Time)' = "
           "17:30-18:00Z (9:30 in Las Vegas, PST after 1 Nov); ICS in UTC agrees; contact = Reply-To host")
def m08() -> bytes:
    when = "2026-11-03 20:47:55"
    body = t("""
        Hi Marisa Tran,

        Your Recruiter Screen (30 min) with Dana Ortiz at 10:30am (Arizona Time) on Friday, November 6, 2026 is scheduled.

        Event Type:
        Recruiter Screen (30 min)

        Event Date/Time:
        10:30am - 11:00am (Arizona Time), Friday, November 6, 2026

        Location:
        This is a Zoom web conference.
        Join: https://silverstatelogistics.zoom.us/j/84417720953?pwd=Tk9uQWJqZ3lRb0hv

        Invitee Email:
        marisa.tran@example.org

        Description:
        Quick intro call with Silver State Logistics' talent team about the Supply Chain Planner opening in
        North Las Vegas.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9f3c1e2a-55b7-4c0e-a1d4-7e8b2f6c0d93
        Reschedule: https://calendly.com/reschedulings/9f3c1e2a-55b7-4c0e-a1d4-7e8b2f6c0d93

        Powered by Calendly.com
        """)
    page = paras_html(body, style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055")
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261103T204755Z
UID:9f3c1e2a-55b7-4c0e-a1d4-7e8b2f6c0d93@calendly.com
DTSTART:20261106T173000Z
DTEND:20261106T180000Z
SUMMARY:Recruiter Screen (30 min) between Dana Ortiz and Marisa Tran
DESCRIPTION:Event Name: Recruiter Screen (30 min)\\n\\nLocation: This is a Zoom web conference.
LOCATION:https://silverstatelogistics.zoom.us/j/84417720953
ORGANIZER;CN=Dana Ortiz:mailto:dana.ortiz@silverstatelogistics.com
ATTENDEE;CN=Marisa Tran;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("o11.email.calendly.com", "167.89.75.110", when, "UTC", "4fZq8P1nRcz4Bv7")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Dana Ortiz", "dana.ortiz@silverstatelogistics.com")),
        ("To", ME_ADDR),
        ("Subject", "Confirmed: Recruiter Screen (30 min) with Dana Ortiz on Friday, November 6, 2026"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<6c8d5a92-0f1e-4b77-9d2a-3a5e1f0c7b48@calendly.com>"),
    ], mixed(
        alt(text(body), html(page)),
        calendar(ics, filename="invite.ics", disposition="attachment", name_param=True),
    ))


# --------------------------------------------------------------------------- 9 agency recruiter, phone-written


@mail(n(9), family="human_prose_agency", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-10T21:30:00Z", end=None,
      contact="jess.romero@sonoranstaffing.com", company="Copperline Industrial",
      local="Tue 2026-11-10 14:30", zone=PHX,
      note="Agency recruiter texting-style from her phone: 'tmrw at 2:30 your time' resolved against the Date "
           "(Mon 9 Nov, -0700) = Tue 10 Nov 14:30 MST = 21:30Z; '~30 min' is approximate so end null; "
           "company = the client Copperline Industrial, contact = the recruiter (sender)")
def m09() -> bytes:
    when = "2026-11-09 11:20:33"
    body = t("""
        hey Marisa!!

        good news - Copperline wants to talk to you for the Materials Planner spot in Tucson \U0001f389 you're confirmed w/ Hank Dubois (their ops mgr) tmrw at 2:30 your time. he'll call your cell (the 602 #) so keep ~30 min free

        quick tips: they're big on MRP + cycle counting and he likes ppl who know their numbers. u got this

        lmk if anything comes up!!
        Jess

        Sent from my iPhone

        > On Nov 6, 2026, at 4:02 PM, Marisa Tran <marisa.tran@example.org> wrote:
        >
        > Hi Jess, any word back from Copperline? Happy to do a call any afternoon next week.
        > Marisa
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-nam11-co1.outbound.protection.outlook.com", "40.107.220.56", when, PHX,
                         "4fb2Kx9pWvz7Lm3")),
        ("From", addr("Jess Romero", "jess.romero@sonoranstaffing.com")),
        ("To", ME_ADDR),
        ("Subject", "Re: Copperline - Materials Planner (Tucson)"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<A7C2E1F0-5B4D-4C39-9E8A-1D6F2B3C4E5A@sonoranstaffing.com>"),
        ("In-Reply-To", "<CAF3mR0pLx8e2Wn+Qd7uYk1s9TzA@mail.gmail.com>"),
        ("References", "<CAF3mR0pLx8e2Wn+Qd7uYk1s9TzA@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (23B85)"),
    ], text(body, cte="8bit"))


# --------------------------------------------------------------------------- 10 hiring manager prose + Zoom block


@mail(n(10), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-17T21:00:00Z", end="2026-11-17T21:45:00Z",
      contact="graham.beltran@aspencrestoutdoor.com", company="Aspen Crest Outdoor",
      local="Tue 2026-11-17 14:00", local_end="2026-11-17 14:45", zone=DEN,
      note="Hiring manager reply on top of the thread: 'next Tuesday (the 17th) at 2pm Mountain', 'keep it to "
           "45 minutes', Date Thu 12 Nov; Denver is on MST (UTC-7) after 1 Nov = 21:00-21:45Z; pasted Zoom "
           "block agrees; contact = the sender")
def m10() -> bytes:
    when = "2026-11-12 08:05:12"
    body = t("""
        Hi Marisa,

        Tuesday afternoon works great. Let's lock in next Tuesday (the 17th) at 2pm Mountain - same clock as
        you now that we've fallen back. We'll keep it to 45 minutes: me for the first half, then Priya from our
        S&OP team joins for the rest.

        Zoom details are below. Nothing to prepare, but if you have an example of a forecast-accuracy or
        inventory-reduction project you're proud of, I'd love to hear about it.

        Graham

        Graham Beltran
        Director, Supply Planning | Aspen Crest Outdoor
        1600 Wynkoop St, Suite 300, Denver, CO 80202
        m: (303) 555-0191

        ----

        Graham Beltran is inviting you to a scheduled Zoom meeting.

        Topic: Marisa Tran <> Aspen Crest - Supply Planning
        Time: Nov 17, 2026 02:00 PM Mountain Time (US and Canada)

        Join Zoom Meeting
        https://aspencrest.zoom.us/j/93318840271?pwd=bWxHc0RkVjFQd2tTQ2ZvY3pUeE5hQT09

        Meeting ID: 933 1884 0271
        Passcode: 552190

        ---

        One tap mobile
        +17207072699,,93318840271#,,,,*552190# US (Denver)

        On Wed, Nov 11, 2026 at 6:48 PM Marisa Tran <marisa.tran@example.org> wrote:
        > Hi Graham,
        >
        > Thanks so much for reaching out - I'd love to talk. Next week I'm free Monday after 1pm or any time
        > Tuesday afternoon.
        >
        > Best,
        > Marisa
        >
        > On Wed, Nov 11, 2026 at 10:02 AM Graham Beltran <graham.beltran@aspencrestoutdoor.com> wrote:
        >> Hi Marisa, Priya Venkat passed along your resume. Could we find 45 minutes next week to talk about
        >> the Senior Supply Planner role? I'm in Denver.
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-yw1-f176.google.com", "209.85.128.176", when, DEN, "4fcL0s7RgHz1Tt9")),
        ("From", addr("Graham Beltran", "graham.beltran@aspencrestoutdoor.com")),
        ("To", ME_ADDR),
        ("Cc", addr("Priya Venkat", "priya.venkat@aspencrestoutdoor.com")),
        ("Subject", "Re: Senior Supply Planner - Aspen Crest"),
        ("Date", date(when, DEN)),
        ("Message-ID", "<CAH7bQe2v0Zx+Kp4sL9mNfR3yU8wT1cD6gJ5aE0hB2oS@mail.gmail.com>"),
        ("In-Reply-To", "<CAPk1wT8fN3uR0eY2q+Lm7jZbH5sV9dX4cG6aQ@mail.gmail.com>"),
        ("References", "<CAG2mXn4pR7tB1+Yc9kLs0vH3jD8wF5qE6uZ@mail.gmail.com> "
                       "<CAPk1wT8fN3uR0eY2q+Lm7jZbH5sV9dX4cG6aQ@mail.gmail.com>"),
    ], alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


# --------------------------------------------------------------------------- 11 Handshake / university career center


@mail(n(11), family="handshake_career_center", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-17T18:15:00Z", end="2026-09-17T18:45:00Z",
      contact="beth.nakamura@ironwoodfoods.com", company="Ironwood Foods",
      local="Thu 2026-09-17 11:15", local_end="2026-09-17 11:45", zone=PHX,
      note="On-campus (alumni) interview booked through the university career center on Handshake: "
           "11:15-11:45 AM MST = 18:15-18:45Z; sender is a notification mailbox, contact = the employer "
           "interviewer's address in the body")
def m11() -> bytes:
    when = "2026-09-11 10:02:48"
    body = t("""
        Hi Marisa,

        You're confirmed for an on-campus interview through the Sonoran State University Career Center.

        Ironwood Foods - Supply Chain Analyst (Alumni Recruiting)
        Thursday, September 17, 2026
        11:15 AM - 11:45 AM MST
        Career Center Interview Suite, Student Pavilion, Room 214

        Interviewer: Beth Nakamura, Campus Recruiting Lead (beth.nakamura@ironwoodfoods.com)

        A note from the Career Center:
        Please check in at the Interview Suite front desk 10 minutes before your slot. Business attire is
        recommended. If you need to cancel, do it in Handshake at least 48 hours ahead - late cancellations
        and no-shows may limit your on-campus interview privileges.

        View interview details: https://sonoranstate.joinhandshake.com/interviews/schedules/118204

        Sonoran State University Career Center, via Handshake
        You're receiving this because you signed up for an interview schedule on Handshake.
        Manage notifications: https://app.joinhandshake.com/settings/notifications
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="background:#f2f4f7;margin:0"><center>
        <table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1e2a38" cellpadding="24"><tr><td>
        <img src="https://handshake-static.example.net/logo-ssu.png" alt="Sonoran State University Career Center" height="36">
        <p>Hi Marisa,</p>
        <p>You're confirmed for an on-campus interview through the Sonoran State University Career Center.</p>
        <table style="border:1px solid #dde3ea;border-radius:6px;width:100%" cellpadding="12"><tr><td>
        <div style="font-weight:bold">Ironwood Foods &ndash; Supply Chain Analyst (Alumni Recruiting)</div>
        <div>Thursday, September 17, 2026</div>
        <div>11:15 AM &ndash; 11:45 AM MST</div>
        <div>Career Center Interview Suite, Student Pavilion, Room 214</div>
        <div style="margin-top:8px">Interviewer: Beth Nakamura, Campus Recruiting Lead (<a href="mailto:beth.nakamura@ironwoodfoods.com">beth.nakamura@ironwoodfoods.com</a>)</div>
        </td></tr></table>
        <p><b>A note from the Career Center:</b><br>Please check in at the Interview Suite front desk 10 minutes before your slot. Business attire is recommended. If you need to cancel, do it in Handshake at least 48 hours ahead &ndash; late cancellations and no-shows may limit your on-campus interview privileges.</p>
        <p><a href="https://sonoranstate.joinhandshake.com/interviews/schedules/118204" style="background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">View interview details</a></p>
        <p style="font-size:12px;color:#6b7785">Sonoran State University Career Center, via Handshake<br>You're receiving this because you signed up for an interview schedule on Handshake. <a href="https://app.joinhandshake.com/settings/notifications">Manage notifications</a></p>
        </td></tr></table></center></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("o7.mail.joinhandshake.com", "168.245.34.7", when, PHX, "4fSd1Y5kBnz6Rr0")),
        ("From", addr("Sonoran State University Career Center via Handshake", "notifications@joinhandshake.com")),
        ("To", ME),
        ("Subject", "Interview confirmed: Ironwood Foods - Supply Chain Analyst (Alumni Recruiting)"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<66e1c7b0a3f2e_4b1c2d7e8f9a0@handshake-mailer-5c8d9.mail>"),
        ("List-Unsubscribe", "<https://app.joinhandshake.com/settings/notifications>"),
    ], alt(text(body), html(page)))


# --------------------------------------------------------------------------- 12 formal state-government notice, all-day ICS


@mail(n(12), family="government_notice", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-28T16:00:00Z", end=None,
      contact="kthao@osl.nv.gov", company="Nevada Office of State Logistics",
      local="Mon 2026-09-28 09:00", zone=LAX,
      days=(("Thu", "2026-09-24"), ("Fri", "2026-09-25")),
      note="Formal state notice of an oral board interview, 9:00 a.m. Pacific Daylight Time (Nevada, UTC-7) = "
           "16:00Z; the attached ICS is an all-day event on 28 Sep (time only in the text); 'approximately "
           "thirty (30) minutes' -> end null; asks to confirm attendance, but the slot is set by the employer")
def m12() -> bytes:
    when = "2026-09-21 15:37:02"
    body = t("""
        STATE OF NEVADA
        OFFICE OF STATE LOGISTICS - DIVISION OF HUMAN RESOURCES
        1201 N. Stewart Street, Carson City, NV 89706

        NOTICE OF ORAL BOARD INTERVIEW

        Recruitment: Logistics Planning Analyst II
        Recruitment No.: 2026-0417

        Dear Ms. Tran:

        You have been selected to participate in an oral board interview for the above recruitment. Your
        interview has been scheduled as follows:

            Date:    Monday, September 28, 2026
            Time:    9:00 a.m. Pacific Daylight Time (9:00 a.m. Arizona time)
            Format:  Webex video conference (the link will be sent under separate cover no later than
                     Friday, September 25, 2026)
            Panel:   Three (3) members

        The interview will last approximately thirty (30) minutes. Please be prepared to present a valid
        photo identification at the start of the interview.

        Please confirm your attendance by replying to this notice no later than 5:00 p.m. on Thursday,
        September 24, 2026. Failure to appear at the scheduled time may result in your removal from
        consideration for this recruitment.

        If you require a reasonable accommodation in the interview process, please contact the undersigned
        at least three (3) business days prior to the interview date.

        The attached calendar file is provided for your convenience.

        Sincerely,

        Kimberly Thao
        Personnel Analyst II
        Office of State Logistics, Division of Human Resources
        kthao@osl.nv.gov | (775) 555-0136

        The State of Nevada is an Equal Opportunity Employer.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260921T223055Z
DESCRIPTION:Oral board interview - Logistics Planning Analyst II (Recruitm
 ent No. 2026-0417). See the notice for your interview time.
DTSTART;VALUE=DATE:20260928
DTEND;VALUE=DATE:20260929
DTSTAMP:20260921T223702Z
LAST-MODIFIED:20260921T223055Z
LOCATION:Webex
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Oral Board Interviews - Recruitment 2026-0417
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E0080000000020C81D6C4E4ADD01000000000000000010000000B3F1A0C2D9E8474F8E6A1C2B3D4E5F60
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR"""
    ics = ics.replace("\n ", "")  # written folded above for reading; ics_fold() folds it again
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-dm6nam10lp2041.outbound.protection.outlook.com", "104.47.58.41", when, LAX,
                         "4fU0pH6qMcz2Gg8")),
        ("From", addr("Thao, Kimberly", "kthao@osl.nv.gov")),
        ("To", addr("Tran, Marisa", ME)),
        ("Subject", "NOTICE OF ORAL BOARD INTERVIEW - Logistics Planning Analyst II (Rec. No. 2026-0417)"),
        ("Date", date(when, LAX)),
        ("Message-ID", "<DM6PR09MB58213F0C2A7E4B19D8C5E6F7A0B1@DM6PR09MB5821.namprd09.prod.outlook.com>"),
        ("Importance", "high"),
        ("X-Priority", "1"),
    ], mixed(
        text(body, cte="7bit"),
        calendar(ics, method=None, cte="base64", ctype="text/calendar", filename="OralBoard_2026-0417.ics",
                 disposition="attachment", name_param=True),
    ))


# --------------------------------------------------------------------------- 13 Teamtailor, Vancouver (Canadian English)


@mail(n(13), family="teamtailor", lang="en-CA", interview=True, kind="scheduled",
      start="2026-10-07T17:00:00Z", end="2026-10-07T17:45:00Z",
      contact="siobhan.macaulay@cedarandtide.ca", company="Cedar & Tide Outfitters",
      local="Wed 2026-10-07 10:00", local_end="2026-10-07 10:45", zone=VAN,
      note="Teamtailor, Vancouver recruiter in Canadian English: 10:00-10:45 a.m. PT on 7 Oct = PDT (UTC-7) = "
           "17:00-17:45Z (the mail itself notes it is the same wall clock in Phoenix); iso-8859-1 QP, "
           "RFC 2047 sender name; contact = Reply-To recruiter")
def m13() -> bytes:
    when = "2026-10-01 13:20:16"
    body = t("""
        Hi Marisa,

        Thank you for your interest in joining our Distribution Centre team. I'm delighted to confirm your
        interview for the Inventory Planner (Cross-Border) position.

        Date: Wednesday, October 7, 2026
        Time: 10:00 a.m. - 10:45 a.m. Pacific Time
        Where: Microsoft Teams (the link is in the calendar invitation I've sent separately)
        With: Siobhán MacAulay (Talent Partner) and Raj Dhillon (Manager, Inventory Control, Delta DC)

        Since Arizona doesn't observe daylight saving time, 10:00 a.m. Pacific is also 10:00 a.m. in Phoenix
        at this time of year - handy!

        We'll spend most of the time on your planning experience and how you'd approach our seasonal
        catalogue and cross-border replenishment between the Delta centre and our U.S. stores. If you'd
        like any accommodation, please let me know and I'll gladly arrange it.

        Warm regards,

        Siobhán MacAulay
        Talent Partner | Cedar & Tide Outfitters
        Vancouver, British Columbia

        --
        Powered by Teamtailor
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#1c1c1c;background:#ffffff">
        <div style="max-width:560px;margin:0 auto;padding:24px 16px">
        <p>Hi Marisa,</p>
        <p>Thank you for your interest in joining our Distribution Centre team. I'm delighted to confirm your interview for the <strong>Inventory Planner (Cross-Border)</strong> position.</p>
        <p><strong>Date:</strong> Wednesday, October 7, 2026<br>
        <strong>Time:</strong> 10:00 a.m. - 10:45 a.m. Pacific Time<br>
        <strong>Where:</strong> Microsoft Teams (the link is in the calendar invitation I've sent separately)<br>
        <strong>With:</strong> Siobh\u00e1n MacAulay (Talent Partner) and Raj Dhillon (Manager, Inventory Control, Delta DC)</p>
        <p>Since Arizona doesn't observe daylight saving time, 10:00 a.m. Pacific is also 10:00 a.m. in Phoenix at this time of year - handy!</p>
        <p>We'll spend most of the time on your planning experience and how you'd approach our seasonal catalogue and cross-border replenishment between the Delta centre and our U.S. stores. If you'd like any accommodation, please let me know and I'll gladly arrange it.</p>
        <p>Warm regards,</p>
        <p>Siobh\u00e1n MacAulay<br>Talent Partner | Cedar &amp; Tide Outfitters<br>Vancouver, British Columbia</p>
        <p style="font-size:12px;color:#9a9a9a;border-top:1px solid #eee;padding-top:12px">Powered by <a href="https://www.teamtailor.com" style="color:#9a9a9a">Teamtailor</a></p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-se7.teamtailor-mail.com", "185.183.29.7", when, VAN, "4fW3Jn0tXsz8Ee5")),
        ("From", addr("Siobhán MacAulay (Cedar & Tide Outfitters)", "no-reply@teamtailor-mail.com",
                      charset="iso-8859-1")),
        ("Reply-To", addr("Siobhán MacAulay", "siobhan.macaulay@cedarandtide.ca", charset="iso-8859-1")),
        ("To", ME_ADDR),
        ("Subject", "Interview confirmed - Inventory Planner (Cross-Border), Cedar & Tide Outfitters"),
        ("Date", date(when, VAN)),
        ("Message-ID", "<tt.msg.4e1f7a2b9c.2c81d0@teamtailor-mail.com>"),
    ], alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


# --------------------------------------------------------------------------- 14 Sydney recruiter (Australian English), Outlook


@mail(n(14), family="exchange_teams", lang="en-AU", interview=True, kind="scheduled",
      start="2026-10-05T22:00:00Z", end="2026-10-05T23:00:00Z",
      contact="bronwyn.tate@harbourlinefreight.com.au", company="Harbourline Freight",
      local="Tue 2026-10-06 09:00", local_end="2026-10-06 10:00", zone=SYD,
      note="Sydney recruiter, sent Fri 2 Oct in AEST (+1000); interview Tue 6 Oct 9.00am Sydney after daylight "
           "saving starts on 4 Oct, so AEDT (UTC+11) = Mon 5 Oct 22:00-23:00Z (3.00pm Mon in Phoenix, as the "
           "mail says); 'running for one hour'; ICS in 'AUS Eastern Standard Time' agrees; contact = sender")
def m14() -> bytes:
    when = "2026-10-02 10:15:40"
    tb = dict(tid="ZTc0YjE5ZjItOGE2MS00YzNkLWJmMjUtN2QwZTFjOWE1YjRh",
              tenant="5d8e2c71-0a4b-4e6f-9b13-c7a2d4e6f801", mid="418 207 663 590", code="hR4vNz")
    body = ("Hi Marisa,\n\n"
            "Thanks for your patience while we lined up the panel. I've locked in your interview for Tuesday "
            "6 October at 9.00am Sydney time, running for one hour \u2013 by my maths that's Monday 5 October "
            "at 3.00pm your time in Phoenix. Just a heads-up that our clocks go forward this Sunday (daylight "
            "saving starts on the 4th), so we'll be on AEDT by then; the invite has the right time in it.\n\n"
            "You'll be chatting with me and Callum Reid, our Head of Planning, about the Demand Planner \u2013 "
            "Americas role. It's on Teams, link below.\n\n"
            "Any dramas, just flick me an email.\n\n"
            "Cheers,\nBronwyn\n\n"
            "Bronwyn Tate | Talent Acquisition Partner\n"
            "Harbourline Freight | Level 9, 118 Sussex Street, Sydney NSW 2000\n"
            "+61 2 5550 1184\n\n" + teams(TEAMS_TEXT, **tb) + "\n")
    import html as _h
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body lang=\"EN-AU\"><div class=\"WordSection1\">\n"
            + "".join(f"<p class=\"MsoNormal\">{_h.escape(p).replace(chr(10), '<br>')}</p>\n"
                      for p in body.split(TEAMS_TEXT.split("\n")[0])[0].strip().split("\n\n"))
            + teams(TEAMS_HTML, **tb) + "</div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ["AUS Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Bronwyn Tate:mailto:bronwyn.tate@harbourlinefreight.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisa Tran:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Callum Reid:mailto:callum.reid@harbourlinefreight.com.au
UID:040000008200E00074C5B7101A82E00800000000C0A9E1F26652DC01000000000000000010000000D4E5F60718293A4B5C6D7E8F90A1B2C3
SUMMARY;LANGUAGE=en-AU:Interview - Demand Planner Americas - Marisa Tran
DTSTART;TZID=AUS Eastern Standard Time:20261006T090000
DTEND;TZID=AUS Eastern Standard Time:20261006T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261002T001540Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-sy4aus01on2109.outbound.protection.outlook.com", "40.107.107.109", when, SYD,
                         "4fV5Wc3mHqz4Ff6")),
        ("From", addr("Bronwyn Tate", "bronwyn.tate@harbourlinefreight.com.au")),
        ("To", ME_ADDR),
        ("CC", addr("Callum Reid", "callum.reid@harbourlinefreight.com.au")),
        ("Subject", "Interview - Demand Planner Americas - Marisa Tran"),
        ("Thread-Topic", "Interview - Demand Planner Americas - Marisa Tran"),
        ("Thread-Index", "AdtUc2fE0lq9yB4aS7m1hJ0kXvR8Pw=="),
        ("Date", date(when, SYD)),
        ("Message-ID", "<SY4PR01MB6121A0B7C3E94F5D8A2E1B6C9D04@SY4PR01MB6121.ausprd01.prod.outlook.com>"),
        ("Accept-Language", "en-AU, en-US"),
        ("Content-Language", "en-AU"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 15 Recruitee, windows-1252 text only


@mail(n(15), family="recruitee", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-16T17:00:00Z", end="2026-10-16T17:45:00Z",
      contact="imani.brooks@fathomparcel.com", company="Fathom Parcel",
      local="Fri 2026-10-16 11:00", local_end="2026-10-16 11:45", zone=DEN,
      note="Recruitee confirmation with the zone as an IANA name '(America/Denver)': 11:00-11:45 AM MDT "
           "(UTC-6 in October) = 17:00-17:45Z, 10:00 in Phoenix; windows-1252 QP text only; contact = Reply-To")
def m15() -> bytes:
    when = "2026-10-09 12:10:05"
    body = t("""
        Hi Marisa,

        Thanks for booking your interview \u2013 here\u2019s everything you need.

        Position: Network Inventory Planner (Remote, US)
        Interview: Hiring manager interview with Imani Brooks
        Date: Fri, Oct 16, 2026
        Time: 11:00 AM \u2013 11:45 AM (America/Denver)
        Where: Google Meet \u00b7 https://meet.google.com/fjq-pwtd-oan

        We\u2019ll talk through your experience with multi-node inventory and walk through a short,
        no-prep case about safety stock at a cross-dock. Bring your questions too!

        If you need to reschedule, reply to this email and we\u2019ll sort it out.

        Best,
        Imani Brooks
        Fathom Parcel \u00b7 People Team

        ---
        Fathom Parcel uses Recruitee to manage applications. Privacy policy: https://fathomparcel.com/privacy
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail5.recruitee.com", "185.241.164.5", when, DEN, "4fX8Rf1sLaz5Cc2")),
        ("From", addr("Fathom Parcel", "no-reply@recruitee.com")),
        ("Reply-To", addr("Imani Brooks", "imani.brooks@fathomparcel.com")),
        ("To", ME_ADDR),
        ("Subject", enc("Your interview with Fathom Parcel – Fri, Oct 16")),
        ("Date", date(when, DEN)),
        ("Message-ID", "<rt-4fa19c02e7b83d56@recruitee.com>"),
    ], text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 16 forward to self of an iCIMS mail


@mail(n(16), family="icims_forwarded", lang="en-US", interview=True, kind="scheduled",
      start="2026-12-03T15:30:00Z", end="2026-12-03T17:30:00Z",
      contact="carmen.ybarra@pimavalleyaero.com", company="Pima Valley Aerospace",
      local="Thu 2026-12-03 08:30", local_end="2026-12-03 10:30", zone=PHX,
      note="Candidate forwards an iCIMS confirmation from her other address (message/rfc822 part): onsite in "
           "Tucson 8:30-10:30 AM (Arizona time, MST) = 15:30-17:30Z; the iCIMS sender is a relay and the "
           "candidate is never the contact, so contact = the recruiter's address in the forwarded body")
def m16() -> bytes:
    inner_when = "2026-11-27 15:02:41"
    when = "2026-11-28 09:14:22"
    inner_page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table width="100%" cellpadding="0" cellspacing="0"><tr><td style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <p>Dear Marisa,</p>
        <p>Thank you for your continued interest in the <b>Senior Buyer</b> position (Requisition 2026-4471) at Pima Valley Aerospace. We are pleased to invite you to an on-site interview at our Tucson facility.</p>
        <p><b>Date:</b> Thursday, December 3, 2026<br>
        <b>Time:</b> 8:30 AM to 10:30 AM (Arizona time, MST)<br>
        <b>Location:</b> Pima Valley Aerospace, 7100 S. Aero Park Blvd, Building C Lobby, Tucson, AZ 85756</p>
        <p>Your schedule: 8:30 Purchasing Manager (Luis Ferrer); 9:15 Engineering liaison (Dana Whitlock); 9:45 plant tour; 10:15 wrap-up with Human Resources.</p>
        <p>Because our site is ITAR-controlled, please bring a government-issued photo ID and proof of U.S. person status. Visitors must be escorted at all times.</p>
        <p>If you have any questions, please contact me at <a href="mailto:carmen.ybarra@pimavalleyaero.com">carmen.ybarra@pimavalleyaero.com</a> or (520) 555-0177.</p>
        <p>Best regards,<br>Carmen Ybarra<br>Talent Acquisition Specialist<br>Pima Valley Aerospace</p>
        <p style="font-size:10px;color:#999">This message was sent through iCIMS on behalf of Pima Valley Aerospace.</p>
        </td></tr></table></body></html>
        """)
    inner = message([
        ("Received", "from mta2.talent.icims.com (mta2.talent.icims.com [64.95.124.12])\r\n by mx.example.net "
                     "with ESMTPS id 7Qd2s0k1 for <marisa.tran@example.net>; Fri, 27 Nov 2026 22:02:44 +0000"),
        ("From", addr("Carmen Ybarra", "pimavalleyaero+4471.c9f2@talent.icims.com")),
        ("To", "marisa.tran@example.net"),
        ("Subject", "Interview Confirmation - Senior Buyer (Req 2026-4471)"),
        ("Date", date(inner_when, PHX)),
        ("Message-ID", "<1701129761.88213.icims.4471@talent.icims.com>"),
    ], html(inner_page))
    body = t("""
        fwd to my main inbox so it's with the others. Tucson Thursday - leave by 6:15!!

        M
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("smtp.example.net", "203.0.113.25", when, PHX, "4fd7Vb2oYuz3Dd4")),
        ("From", addr("Marisa Tran", "marisa.tran@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Interview Confirmation - Senior Buyer (Req 2026-4471)"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<b1e0f3a2-7c4d-4e55-8a61-2f9c0d3e4b17@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(
        text(body, cte="7bit", params="format=flowed"),
        attached_message(inner, filename="Interview Confirmation - Senior Buyer (Req 2026-4471).eml"),
    ))


# --------------------------------------------------------------------------- 17 GoodTime reschedule


@mail(n(17), family="goodtime", lang="en-US", interview=True, kind="rescheduled",
      start="2026-10-22T20:30:00Z", end="2026-10-22T21:30:00Z",
      contact="hector.salas@trinityridgefoods.com", company="Trinity Ridge Foods",
      local="Thu 2026-10-22 15:30", local_end="2026-10-22 16:30", zone=CHI,
      days=(("Tue", "2026-10-20"),),
      note="GoodTime reschedule: previous Tue 20 Oct 1:00 PM CDT (cancelled), new Thu 22 Oct 3:30-4:30 PM CDT "
           "(Dallas, UTC-5) = 20:30-21:30Z, also shown as 1:30-2:30 PM Arizona; two back-to-back sessions, "
           "start = first, end = last; ICS SEQUENCE:1 agrees; contact = Reply-To coordinator")
def m17() -> bytes:
    when = "2026-10-19 08:52:30"
    body = t("""
        Hi Marisa,

        Your interview for Procurement & Planning Manager at Trinity Ridge Foods has been rescheduled.
        Your updated itinerary is below, and an updated calendar invitation is attached - please remove
        the previous one from your calendar.

        PREVIOUS TIME (CANCELED)
        Tuesday, October 20, 2026 | 1:00 PM - 2:00 PM CDT

        NEW TIME
        Thursday, October 22, 2026 | 3:30 PM - 4:30 PM CDT
        Your time zone (Arizona): 1:30 PM - 2:30 PM

        Itinerary
        3:30 PM - 4:00 PM CDT   Valerie Okonjo, VP Supply Chain
        4:00 PM - 4:30 PM CDT   Marcus Lee, Sr. Manager, Procurement

        Location
        Zoom: https://trinityridge.zoom.us/j/96120458837?pwd=ZkR4cHNQb2xvWlF6

        Questions? Reply to this email to reach Hector Salas, Recruiting Coordinator.

        Trinity Ridge Foods Recruiting
        Scheduled with GoodTime
        """)
    page = paras_html(body, style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1b2430")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ[CHI]}
BEGIN:VEVENT
UID:gt-itinerary-7d41c2e0b9@goodtime.io
DTSTAMP:20261019T135230Z
DTSTART;TZID=America/Chicago:20261022T153000
DTEND;TZID=America/Chicago:20261022T163000
SEQUENCE:1
SUMMARY:Trinity Ridge Foods - Interview for Procurement & Planning Manager
LOCATION:https://trinityridge.zoom.us/j/96120458837
DESCRIPTION:Rescheduled. 3:30 PM Valerie Okonjo\\; 4:00 PM Marcus Lee.
ORGANIZER;CN=Hector Salas:mailto:hector.salas@trinityridgefoods.com
ATTENDEE;CN=Marisa Tran;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-out-3.goodtime.io", "149.72.140.3", when, CHI, "4fXq5Tn8Bvz2Kk1")),
        ("From", addr("Trinity Ridge Foods Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", addr("Hector Salas", "hector.salas@trinityridgefoods.com")),
        ("To", ME_ADDR),
        ("Subject", "Rescheduled: Your interview with Trinity Ridge Foods"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<gt.7d41c2e0b9.1760881950@goodtime.io>"),
    ], mixed(
        alt(text(body, cte="base64"), html(page, cte="base64")),
        calendar(ics, filename="interview.ics", disposition="attachment"),
    ))


# --------------------------------------------------------------------------- 18 hiring manager prose reschedule (UTC next day)


@mail(n(18), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
      start="2026-12-08T00:30:00Z", end="2026-12-08T01:15:00Z",
      contact="wendy.lau@marisolhome.com", company="Marisol Home Goods",
      local="Mon 2026-12-07 16:30", local_end="2026-12-07 17:15", zone=LAX,
      days=(("Fri", "2026-12-04"), ("Tue", "2026-12-01")),
      note="Prose reschedule from the hiring manager: 'Instead of Friday (12/4) at 10am PT, we're now on for "
           "Monday, Dec 7 at 4:30pm PT', 'keep it to 45 min'; PST (UTC-8) = Tue 8 Dec 00:30-01:15Z (another "
           "day in UTC; 5:30pm in Phoenix); the old time stays in the mail and the quote; contact = sender")
def m18() -> bytes:
    when = "2026-12-02 11:02:37"
    body = t("""
        Hi Marisa,

        So sorry for the shuffle - our VP got pulled into a quarterly business review on Friday, so I've had
        to move us. Instead of Friday (12/4) at 10am PT, we're now on for Monday, Dec 7 at 4:30pm PT. I
        think that's 5:30 your time - I know it's late in your day, thank you for being flexible. We'll still
        keep it to 45 min.

        Same Zoom link as before, and I've updated the calendar hold.

        Thanks again,
        Wendy

        Wendy Lau
        Sr. Manager, Inventory & Replenishment
        Marisol Home Goods | Los Angeles, CA

        On Tue, Dec 1, 2026 at 2:15 PM Wendy Lau <wendy.lau@marisolhome.com> wrote:
        > Hi Marisa - confirming Friday 12/4 at 10am PT for the final round with me and Ted Akers (VP Supply
        > Chain), 45 minutes.
        > Zoom: https://marisolhome.zoom.us/j/88130277614
        >
        > Wendy
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-pj1-f47.google.com", "209.85.216.47", when, LAX, "4fj0Qa6nTrz9Ss3")),
        ("From", addr("Wendy Lau", "wendy.lau@marisolhome.com")),
        ("To", ME_ADDR),
        ("Cc", addr("Ted Akers", "ted.akers@marisolhome.com")),
        ("Subject", "Re: Final round - Marisol Home Goods"),
        ("Date", date(when, LAX)),
        ("Message-ID", "<CAM9xTq0Bw4u+Yh1Rz7cK3pN8eLdV2sF6jA5gQ@mail.gmail.com>"),
        ("In-Reply-To", "<CAM9xTq3Lp0n+Wd8Ee2Jy6bR1tHkU4sZ7cF9vQ@mail.gmail.com>"),
        ("References", "<CAM9xTq3Lp0n+Wd8Ee2Jy6bR1tHkU4sZ7cF9vQ@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- Google Calendar helper


def gcal_mail(*, when: str, zone: str, org: str, org_addr: str, title: str, long_when: str, zone_name: str,
              subject_when: str, kind: str, ics_start: str, ics_end: str, ics_tzid: str, uid: str,
              guests: list[str], note: str | None, meet: str, seq: int, mid: str, rx: tuple[str, str],
              description: str = "", rrule: str | None = None) -> bytes:
    import html as _h

    if kind == "cancel":
        intro = f"{org} has canceled this event" + (" and sent you this note:" if note else ".")
        prefix = "Canceled event with note" if note else "Canceled event"
        method, status = "CANCEL", "CANCELLED"
    elif kind == "update":
        intro = "This event has been updated" + (f" with a note from {org}:" if note else ".")
        prefix = "Updated invitation with note" if note else "Updated invitation"
        method, status = "REQUEST", "CONFIRMED"
    else:
        intro = f"{org} has invited you to the following event" + (" with this note:" if note else ".")
        prefix = "Invitation"
        method, status = "REQUEST", "CONFIRMED"
    body = gcal_text(org, org_addr, title, long_when, zone_name, meet,
                     [f"{org_addr} - organizer"] + guests, intro=intro, note=note, rsvp=kind != "cancel")
    note_html = f"<p style=\"background:#f1f3f4;padding:12px\">{_h.escape(note)}</p>" if note else ""
    page = t(f"""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">{_h.escape(intro)}</p>
        """) + note_html + t(f"""
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">{_h.escape(title)}</h2>
        <table cellpadding="0" cellspacing="0"><tr><td style="padding-right:12px;color:#70757a">When</td>
        <td>{_h.escape(long_when)} ({_h.escape(zone_name)})</td></tr>
        <tr><td style="padding-right:12px;color:#70757a">Meeting link</td><td><a href="{meet}">{meet.replace("https://", "")}</a></td></tr>
        <tr><td style="padding-right:12px;color:#70757a">Organizer</td><td>{_h.escape(org)} &lt;{org_addr}&gt;</td></tr>
        <tr><td style="padding-right:12px;color:#70757a">Guests</td><td>{"<br>".join(_h.escape(g) for g in guests)}</td></tr>
        </table>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    attendees = "\n".join(
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={g};"
        f"X-NUM-GUESTS=0:mailto:{g}" for g in guests)
    rr = f"RRULE:{rrule}\n" if rrule else ""
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:{method}
{TZ[ics_tzid]}
BEGIN:VEVENT
DTSTART;TZID={ics_tzid}:{ics_start}
DTEND;TZID={ics_tzid}:{ics_end}
{rr}DTSTAMP:{mid[:8]}T{mid[8:14]}Z
ORGANIZER;CN={org}:mailto:{org_addr}
UID:{uid}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={org};X-NUM-GUESTS=0:mailto:{org_addr}
{attendees}
X-GOOGLE-CONFERENCE:{meet}
CREATED:{mid[:8]}T000000Z
DESCRIPTION:{description}
LAST-MODIFIED:{mid[:8]}T{mid[8:14]}Z
LOCATION:
SEQUENCE:{seq}
STATUS:{status}
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = f"{prefix}: {title} @ {subject_when} ({ME})"
    cal_cte = "7bit" if ics.isascii() else "base64"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv(rx[0], rx[1], when, zone, mid[-15:])),
        ("From", addr(org, org_addr)),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", org_addr),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<calendar-{uid[:8]}-{mid}@google.com>"),
    ], mixed(
        alt(text(body), html(page), calendar(ics, method=method, cte=cal_cte)),
        calendar(ics, method=method, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


# --------------------------------------------------------------------------- 19 Google Calendar update (reschedule)


@mail(n(19), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
      start="2026-11-18T20:00:00Z", end="2026-11-18T21:00:00Z",
      contact="alma.reyes@rillitosupply.com", company="Rillito Supply Co.",
      local="Wed 2026-11-18 13:00", local_end="2026-11-18 14:00", zone=PHX,
      note="Google Calendar 'Updated invitation with note', moved from 10am to 1pm-2pm (Mountain Standard "
           "Time - Phoenix, UTC-7) = 20:00-21:00Z; ICS SEQUENCE:1; contact = ORGANIZER")
def m19() -> bytes:
    return gcal_mail(
        when="2026-11-13 09:41:18", zone=PHX, org="Alma Reyes", org_addr="alma.reyes@rillitosupply.com",
        title="Final interview: Marisa Tran (Senior Demand Planner)",
        long_when="Wednesday Nov 18, 2026 \u22c5 1pm \u2013 2pm", zone_name="Mountain Standard Time - Phoenix",
        subject_when="Wed Nov 18, 2026 1pm - 2pm (MST)", kind="update",
        ics_start="20261118T130000", ics_end="20261118T140000", ics_tzid=PHX,
        uid="3h1k9q0c7m2v5tb4r8e6n0d2pa", guests=[ME, "luis.camacho@rillitosupply.com"],
        note="Moving us from 10am to 1pm so Luis can join from the warehouse - sorry for the shuffle! "
             "Same Meet link.",
        meet="https://meet.google.com/kzr-ewqn-tdb", seq=1, mid="20261113164118482931",
        rx=("mail-sor-f69.google.com", "209.85.220.69"),
        description="Final round with Alma (Director of Operations) and Luis (Warehouse Manager).")


# --------------------------------------------------------------------------- 20 Microsoft Bookings, updated booking


@mail(n(20), family="microsoft_bookings", lang="en-US", interview=True, kind="rescheduled",
      start="2026-10-08T16:00:00Z", end="2026-10-08T16:45:00Z",
      contact="renee.gallardo@frontrangemed.com", company="Front Range Medical Distribution",
      local="Thu 2026-10-08 10:00", local_end="2026-10-08 10:45", zone=DEN,
      days=(("Wed", "2026-10-07"),),
      note="Microsoft Bookings 'booking updated' from a shared Bookings mailbox; the label '(UTC-07:00) Mountain "
           "Time (US & Canada)' shows the standard offset but 8 Oct is MDT (UTC-6): 10:00-10:45 = 16:00-16:45Z, "
           "the ICS in 'Mountain Standard Time' agrees; old slot Wed 7 Oct 2:00 PM; contact = staff address "
           "in the additional information")
def m20() -> bytes:
    when = "2026-10-02 14:20:09"
    body = t("""
        Your booking has been updated

        Front Range Medical Distribution - Talent Acquisition

        Hiring Manager Interview - Supply Planner II
        Thursday, October 8, 2026
        10:00 AM - 10:45 AM (UTC-07:00) Mountain Time (US & Canada)

        Previously: Wednesday, October 7, 2026 2:00 PM

        Staff: Renee Gallardo

        Join your appointment
        Join Microsoft Teams Meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTdiYmQ5ZjEtZDI1NS00%40thread.v2/0>

        Additional information
        Questions about your interview? Email Renee Gallardo at renee.gallardo@frontrangemed.com.

        Manage booking <https://outlook.office365.com/owa/calendar/TalentBookings@frontrangemed.com/bookings/>
        Add to calendar: the attached invitation has the new time.

        This email was sent from an unmonitored mailbox.
        """)
    page = paras_html(body, style="font-family:'Segoe UI',Segoe,Tahoma,sans-serif;font-size:14px;color:#323130")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ["Mountain Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Front Range Talent Bookings:mailto:TalentBookings@frontrangemed.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisa Tran:mailto:{ME}
DESCRIPTION;LANGUAGE=en-US:Hiring Manager Interview - Supply Planner II with Renee Gallardo
UID:040000008200E00074C5B7101A82E00800000000E1C7A4D05E52DC01000000000000000010000000F1E2D3C4B5A697887766554433221100
SUMMARY;LANGUAGE=en-US:Hiring Manager Interview - Supply Planner II
DTSTART;TZID=Mountain Standard Time:20261008T100000
DTEND;TZID=Mountain Standard Time:20261008T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261002T202009Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-co1nam11on2097.outbound.protection.outlook.com", "40.107.220.97", when, DEN,
                         "4fVJ9c0Ufkz1Pp6")),
        ("From", addr("Front Range Talent Bookings", "TalentBookings@frontrangemed.com")),
        ("To", addr("Marisa Tran", ME)),
        ("Subject", "Booking updated: Hiring Manager Interview - Supply Planner II"),
        ("Date", date(when, DEN)),
        ("Message-ID", "<CO1PR11MB50890E4D7A1B2C3D4E5F60718293@CO1PR11MB5089.namprd11.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-SCL", "-1"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 21 Workable cancellation (DST edge)


@mail(n(21), family="workable", lang="en-US", interview=True, kind="cancelled",
      start="2026-11-02T16:00:00Z", end="2026-11-02T16:45:00Z",
      contact="maria.cordero@lonestarcartage.com", company="Lone Star Cartage",
      local="Mon 2026-11-02 10:00", local_end="2026-11-02 10:45", zone=CHI,
      note="Workable cancellation sent Fri 30 Oct in CDT (-0500) for Mon 2 Nov 10:00-10:45 AM CST (after the US "
           "fall-back, UTC-6) = 16:00-16:45Z; METHOD:CANCEL ICS; no new time; Reply-To is a Workable relay, so "
           "contact = the hiring manager's address in the body")
def m21() -> bytes:
    when = "2026-10-30 09:20:14"
    body = t("""
        Hi Marisa,

        Unfortunately we need to cancel your interview for the Logistics Planner position, which was scheduled
        for Monday, November 2, 2026, 10:00 AM - 10:45 AM CST (Central Time).

        Our hiring manager, Maria Cordero, has been called away to our Laredo terminal next week. We're sorry
        for the short notice and will get back to you with new options as soon as her schedule settles. If you
        have questions in the meantime, you can reach Maria directly at maria.cordero@lonestarcartage.com.

        Best regards,
        The Lone Star Cartage hiring team
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#212b36">
        <p>Hi Marisa,</p>
        <p>Unfortunately we need to cancel your interview for the <strong>Logistics Planner</strong> position, which was scheduled for <strong>Monday, November 2, 2026, 10:00 AM - 10:45 AM CST</strong> (Central Time).</p>
        <p>Our hiring manager, Maria Cordero, has been called away to our Laredo terminal next week. We're sorry for the short notice and will get back to you with new options as soon as her schedule settles. If you have questions in the meantime, you can reach Maria directly at <a href="mailto:maria.cordero@lonestarcartage.com">maria.cordero@lonestarcartage.com</a>.</p>
        <p>Best regards,<br>The Lone Star Cartage hiring team</p>
        <p style="color:#919eab;font-size:12px">Sent via <a href="https://www.workable.com" style="color:#919eab">Workable</a></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:CANCEL
{TZ[CHI]}
BEGIN:VEVENT
UID:workable-interview-5b8e21c47f@workable.com
DTSTAMP:20261030T142014Z
DTSTART;TZID=America/Chicago:20261102T100000
DTEND;TZID=America/Chicago:20261102T104500
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview: Logistics Planner - Lone Star Cartage
ORGANIZER;CN=Lone Star Cartage:mailto:lone-star-cartage+d8a1f3@candidates.workablemail.com
ATTENDEE;CN=Marisa Tran:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-a13.workablemail.com", "50.31.36.13", when, CHI, "4fc1Yd8kMwz6Jj2")),
        ("From", addr("Lone Star Cartage", "noreply@candidates.workablemail.com")),
        ("Reply-To", addr("Lone Star Cartage", "lone-star-cartage+d8a1f3@candidates.workablemail.com")),
        ("To", ME_ADDR),
        ("Subject", "Interview cancelled: Logistics Planner at Lone Star Cartage"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<5b8e21c47f.cancel.1761834014@candidates.workablemail.com>"),
    ], mixed(
        alt(text(body), html(page)),
        calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment"),
    ))


# --------------------------------------------------------------------------- 22 prose cancellation (role on hold)


@mail(n(22), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start="2026-11-19T21:00:00Z", end=None,
      contact="troy.nguyen@silverstatelogistics.com", company="Silver State Logistics",
      local="Thu 2026-11-19 13:00", zone=LAX,
      note="Hiring manager cancels 'our onsite this Thursday (11/19) at 1pm' (North Las Vegas, PST, UTC-8) = "
           "21:00Z because the requisition is on hold; no new time, no duration; follows the Calendly screen "
           "of the same company; contact = sender")
def m22() -> bytes:
    when = "2026-11-16 08:47:55"
    body = t("""
        Marisa,

        I'm sorry to be sending this. I have to cancel our onsite this Thursday (11/19) at 1pm. As of Friday
        the Supply Chain Planner req has been put on hold - our 2027 budget got cut and we're freezing new
        headcount at the North Las Vegas DC until at least Q2.

        This isn't a reflection on you at all. Dana and I both really enjoyed the screen, and I'd be glad to
        reach out first if the role reopens.

        Again, sorry for the short notice.

        Troy Nguyen
        Operations Manager, Silver State Logistics
        troy.nguyen@silverstatelogistics.com
        (702) 555-0163
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-sn1nam02on2128.outbound.protection.outlook.com", "40.107.96.128", when, LAX,
                         "4fgT2Nb5Xcz0Ww7")),
        ("From", addr("Troy Nguyen", "troy.nguyen@silverstatelogistics.com")),
        ("To", ME_ADDR),
        ("Cc", addr("Dana Ortiz", "dana.ortiz@silverstatelogistics.com")),
        ("Subject", "Thursday's onsite"),
        ("Date", date(when, LAX)),
        ("Message-ID", "<SN1PR02MB4477C1D2E3F40516A7B8C9D0E1F2@SN1PR02MB4477.namprd02.prod.outlook.com>"),
        ("Thread-Topic", "Thursday's onsite"),
        ("Content-Language", "en-US"),
    ], text(body, charset="iso-8859-15"))


# --------------------------------------------------------------------------- 23 Google Calendar cancellation with a new time in the note


@mail(n(23), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      start="2026-12-11T16:00:00Z", end="2026-12-11T17:00:00Z",
      contact="dominic.herrera@estrellapackaging.com", company="Estrella Packaging",
      local="Fri 2026-12-11 09:00", local_end="2026-12-11 10:00", zone=PHX,
      days=(("Mon", "2026-12-14"),),
      note="Google Calendar 'Canceled event with note' (METHOD:CANCEL) for Fri 11 Dec 9am-10am MST = "
           "16:00-17:00Z; the note promises a fresh invite for Monday the 14th at 9, which is not sent yet, so "
           "cancelled with start = the cancelled slot; contact = ORGANIZER")
def m23() -> bytes:
    return gcal_mail(
        when="2026-12-07 07:58:44", zone=PHX, org="Dominic Herrera",
        org_addr="dominic.herrera@estrellapackaging.com",
        title="Interview: Marisa Tran / Production Planner",
        long_when="Friday Dec 11, 2026 \u22c5 9am \u2013 10am", zone_name="Mountain Standard Time - Phoenix",
        subject_when="Fri Dec 11, 2026 9am - 10am (MST)", kind="cancel",
        ics_start="20261211T090000", ics_end="20261211T100000", ics_tzid=PHX,
        uid="0p7d3k5s1b9m2c4v6n8x0z2w4q", guests=[ME],
        note="Sorry Marisa, our plant manager is out Friday. Cancelling this one - I'll send a fresh invite "
             "for Monday the 14th at 9 instead.",
        meet="https://meet.google.com/wbo-hjta-qmv", seq=1, mid="20261207145844120377",
        rx=("mail-sor-f41.google.com", "209.85.220.41"))


# =========================================================================== negatives
# --------------------------------------------------------------------------- 24 rejection (Personio)


@mail(n(24), family="rejection", lang="en-US", interview=False, company="Nordlicht Logistics",
      days=(("Tue", "2026-09-22"),),
      note="Personio rejection after an interview on Tuesday, September 22 (past); nothing scheduled")
def m24() -> bytes:
    when = "2026-09-29 16:03:11"
    body = t("""
        Dear Marisa,

        thank you for your interest in the position Supply Chain Planner (m/f/d) - US Operations and for
        taking the time to speak with us on Tuesday, September 22.

        After careful consideration we have decided to move forward with other candidates whose profiles
        more closely match our current requirements. This decision was not an easy one, as we received many
        strong applications.

        With your consent we will keep your application data for a further six months and contact you if a
        suitable position opens up at our Denver office. You can withdraw your consent at any time.

        We wish you every success in your search and all the best for the future.

        Kind regards
        Anke Petersen
        People & Culture
        Nordlicht Logistics GmbH | Hamburg - Denver
        """)
    page = paras_html(body, style="font-family:Arial,sans-serif;font-size:13px;color:#2d2d2d")
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-eu1.personio.de", "3.120.88.14", when, "Europe/Berlin", "4fTm6Wk3Ghz7Nn0")),
        ("From", addr("Nordlicht Logistics", "no-reply@personio.de")),
        ("To", ME_ADDR),
        ("Subject", "Your application as Supply Chain Planner (m/f/d) - US Operations"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<9c1f7e20a4b3d6e8.application-rejected@personio.de>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body), html(page)))


# --------------------------------------------------------------------------- 25 offer (follows mail 10's company)


@mail(n(25), family="offer", lang="en-US", interview=False, company="Aspen Crest Outdoor",
      days=(("Tue", "2026-12-15"), ("Fri", "2026-12-11"), ("Tue", "2026-11-17"), ("Thu", "2026-12-03")),
      note="Written offer with a signing deadline (Tue 15 Dec, 5:00 PM MT) and a benefits call 'tomorrow at 10am' "
           "(Fri 11 Dec); refers to past interviews; no interview is scheduled")
def m25() -> bytes:
    when = "2026-12-10 15:12:40"
    body = t("""
        Hi Marisa,

        On behalf of everyone at Aspen Crest Outdoor, I'm thrilled to offer you the position of Senior Supply
        Planner! Graham and the S&OP team were so impressed during your interviews on Tuesday, November 17 and
        Thursday, December 3.

        Your offer letter is attached. Highlights:
          - Base salary: $118,000, plus 10% annual bonus target
          - Remote from Phoenix, with quarterly trips to our Denver office
          - Proposed start date: Monday, January 11, 2027

        Please review and sign the letter in DocuSign by Tuesday, December 15 at 5:00 PM MT. I've also put a
        short call on the calendar for tomorrow at 10am (Friday, December 11) to walk you through benefits and
        answer any questions - feel free to move it if it doesn't suit.

        Congratulations - we can't wait to have you on the team!

        Priya Venkat
        Talent Acquisition Manager | Aspen Crest Outdoor
        priya.venkat@aspencrestoutdoor.com
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    import base64 as _b64
    pdf_part = make.Part([("Content-Type", 'application/pdf; name="Offer_Letter_Marisa_Tran.pdf"'),
                          ("Content-Disposition", 'attachment; filename="Offer_Letter_Marisa_Tran.pdf"'),
                          ("Content-Transfer-Encoding", "base64")],
                         _b64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-qk1-f170.google.com", "209.85.222.170", when, DEN, "4fkS3Eb9Pdz2Vv8")),
        ("From", addr("Priya Venkat", "priya.venkat@aspencrestoutdoor.com")),
        ("To", ME_ADDR),
        ("Cc", addr("Graham Beltran", "graham.beltran@aspencrestoutdoor.com")),
        ("Subject", "Offer of Employment - Senior Supply Planner, Aspen Crest Outdoor"),
        ("Date", date(when, DEN)),
        ("Message-ID", "<CAJr5nX0q8Lw+Ty3Mb6Hd1sZ4pFk9vR2eU7cA@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))), pdf_part))


# --------------------------------------------------------------------------- 26 application receipt (Taleo), iso-8859-1 HTML only


@mail(n(26), family="application_ack", lang="en-US", interview=False, company="Desert Pacific Rail",
      note="Oracle Taleo application acknowledgement; 'a recruiter will contact you to schedule an interview' is "
           "hypothetical; HTML only, iso-8859-1")
def m26() -> bytes:
    when = "2026-09-08 19:44:02"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Marisa Tran,</p>
        <p>Thank you for applying for the position of <b>Rail Planning Analyst (26000312)</b> with Desert Pacific Rail.</p>
        <p>Our Talent Acquisition team is currently reviewing all applications. If your qualifications match the needs of the position, a recruiter will contact you to schedule an interview. Due to the high volume of applications we receive, we are unable to respond to each applicant individually.</p>
        <p>You can review the status of your application at any time by logging in to our career section.</p>
        <p>Desert Pacific Rail is an Equal Opportunity Employer &#150; Minorities/Females/Veterans/Disabled.</p>
        <p>Sincerely,<br>Desert Pacific Rail Talent Acquisition</p>
        <p><i>Please do not reply to this message. This mailbox is not monitored.</i></p>
        </font></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mx-out-12.taleo.net", "148.87.22.12", when, CHI, "4fRb9Lm4Yez0Aa3")),
        ("From", addr("Desert Pacific Rail", "no-reply@taleo.net")),
        ("To", ME),
        ("Subject", "Desert Pacific Rail - Job Application Acknowledgement - Rail Planning Analyst (26000312)"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<1173394842.5518.1789004642121.JavaMail.tlo@taleo.net>"),
    ], html(page, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 27 job alert


@mail(n(27), family="job_alert", lang="en-US", interview=False, company=None,
      note="Job-board digest; 'Actively interviewing' and 'Interviews this week' badges confirm nothing")
def m27() -> bytes:
    when = "2026-10-13 06:00:19"
    jobs = [
        ("Supply Chain Planner II", "Saguaro Cold Chain", "Phoenix, AZ", "$78K - $92K", "Actively interviewing"),
        ("Demand Planner", "Gila Bend Produce Co.", "Chandler, AZ", "$70K - $85K", "Interviews this week"),
        ("Senior Inventory Analyst", "Mojave Home Supply", "Las Vegas, NV", "$82K - $96K", "New"),
        ("S&OP Analyst (Remote)", "Bridger Tools", "Remote - US", "$85K - $100K", "Easy apply"),
        ("Materials Planner", "Catalina Composites", "Tucson, AZ", "$68K - $80K", "Actively interviewing"),
    ]
    lines = ["14 new jobs for \"supply chain planner\" near Phoenix, AZ", ""]
    ids = ["4b81c0e2", "9d20f7a1", "0c6e3b95", "71fa2d48", "e53b9c07"]
    for (title, co, loc, pay, badge), jk in zip(jobs, ids, strict=True):
        lines += [title, f"{co} - {loc}", f"{pay} | {badge}",
                  f"https://www.cactusjobs.example.com/viewjob?jk={jk}", ""]
    lines += ["See all 14 jobs: https://www.cactusjobs.example.com/jobs?q=supply+chain+planner&l=Phoenix",
              "", "You're receiving this job alert because you subscribed on CactusJobs.",
              "Unsubscribe: https://www.cactusjobs.example.com/alerts/unsubscribe?t=8c1e", ""]
    body = "\n".join(lines)
    import html as _h
    rows = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><a href="https://www.cactusjobs.example.com/'
        f'viewjob" style="font-size:16px;color:#1a5fb4;font-weight:bold">{_h.escape(ti)}</a><br>'
        f'{_h.escape(co)} &middot; {_h.escape(lo)}<br><span style="color:#555">{_h.escape(pa)}</span> '
        f'<span style="background:#e6f4ea;color:#137333;font-size:12px;padding:2px 6px;border-radius:8px">'
        f'{_h.escape(ba)}</span></td></tr>\n' for ti, co, lo, pa, ba in jobs)
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">'
            '<table width="600" align="center"><tr><td><h2 style="font-size:18px">14 new jobs for &quot;supply '
            'chain planner&quot; near Phoenix, AZ</h2></td></tr>\n' + rows +
            '<tr><td><p><a href="https://www.cactusjobs.example.com/jobs?q=supply+chain+planner&amp;l=Phoenix">'
            'See all 14 jobs</a></p><p style="font-size:11px;color:#888">You\'re receiving this job alert because '
            'you subscribed on CactusJobs. <a href="https://www.cactusjobs.example.com/alerts/unsubscribe?t=8c1e">'
            'Unsubscribe</a></p></td></tr></table></body></html>\n')
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mta7.mail.cactusjobs.example.com", "198.51.100.77", when, PHX, "4fWk1Hs6Riz4Uu5")),
        ("From", addr("CactusJobs Alerts", "alert@jobs.cactusjobs.example.com")),
        ("To", ME),
        ("Subject", "14 new supply chain planner jobs near Phoenix, AZ"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<20261013130019.alert.55120943@cactusjobs.example.com>"),
        ("List-Unsubscribe", "<https://www.cactusjobs.example.com/alerts/unsubscribe?t=8c1e>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


# --------------------------------------------------------------------------- 28 blog newsletter about interviews


@mail(n(28), family="newsletter_blog", lang="en-US", interview=False, company=None,
      note="Newsletter post about the author's own interview round; mentions 'Tuesday at 10' and a 45-minute "
           "panel in the past tense; nothing is scheduled for the reader")
def m28() -> bytes:
    when = "2026-10-24 07:30:00"
    body = t("""
        The Planner's Desk
        What I learned from 11 supply-chain interviews in 8 weeks

        Hi friends,

        This was the fall I finally went back on the market, and I promised you a debrief. The short version:
        every single interview loop asked about forecast accuracy, and not one of them cared about my pivot
        tables.

        1. Lead with a number. My interview with a Tempe 3PL on Tuesday at 10 went sideways until I said
           "I cut expedites by 31%". The whole tone of the room changed.

        2. Ask about S&OP cadence. In a 45-minute panel you get maybe two questions; make one of them "who owns
           the consensus forecast, and what happens when sales disagrees?"

        3. Send the thank-you note the same day. Keep it to three sentences and name one thing you learned.

        Next week: how to talk about a stockout you caused (without sounding like you caused it).

        - Dev

        You're reading The Planner's Desk, a free weekly newsletter.
        Unsubscribe: https://theplannersdesk.substack.com/action/disable_email
        """)
    page = paras_html(body, style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#363737")
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-a1.substack.com", "192.0.2.41", when, PHX, "4fYy7Qz2Kjz5Ii9")),
        ("From", addr("The Planner's Desk", "theplannersdesk@substack.com")),
        ("To", ME),
        ("Subject", "What I learned from 11 supply-chain interviews in 8 weeks"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<20261024143000.3.a7f1c2d9e0b84356@substack.com>"),
        ("List-Id", "<theplannersdesk.substack.com>"),
        ("List-Unsubscribe", "<https://theplannersdesk.substack.com/action/disable_email>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


# --------------------------------------------------------------------------- 29 pick-a-slot (softgarden)


@mail(n(29), family="scheduling_link", lang="en-US", interview=False, company="Kranich Industrial Supply",
      days=(("Mon", "2026-10-26"), ("Tue", "2026-10-27"), ("Wed", "2026-10-28")),
      note="softgarden self-scheduling invitation listing open slots (Mon 26 - Wed 28 Oct, CDT); no slot is "
           "booked yet")
def m29() -> bytes:
    when = "2026-10-21 10:15:33"
    body = t("""
        Dear Marisa,

        Thank you for your application as Purchasing & Inventory Planner at Kranich Industrial Supply, Inc.
        We would like to get to know you in a video interview (approx. 45 minutes).

        Please choose one of the available appointments via the link below:
        https://kranich.softgarden.io/scheduling/book/7f3c9a21

        Available slots (Central Time):
          Mon, 10/26/2026 - 9:00 AM, 10:30 AM, 2:00 PM
          Tue, 10/27/2026 - 11:00 AM, 3:30 PM
          Wed, 10/28/2026 - 8:30 AM

        Slots are assigned on a first-come, first-served basis. Once you have chosen a time you will receive a
        confirmation with the video link.

        Best regards
        Sabine Wendt
        HR Business Partner | Kranich Industrial Supply, Inc. | Irving, TX
        """)
    page = paras_html(body, style="font-family:Arial,sans-serif;font-size:14px;color:#303030")
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mailout2.softgarden.io", "185.12.124.52", when, CHI, "4fbD4Ge7Vmz8Hh1")),
        ("From", addr("Kranich Industrial Supply, Inc.", "noreply@softgarden.io")),
        ("Reply-To", addr("Sabine Wendt", "sabine.wendt@kranich-industrial.com")),
        ("To", ME_ADDR),
        ("Subject", "Please choose your interview appointment - Purchasing & Inventory Planner"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<sg-0a9e4c3f71b2@softgarden.io>"),
    ], alt(text(body), html(page)))


# --------------------------------------------------------------------------- 30 agency outreach (start of mail 9's thread)


@mail(n(30), family="recruiter_outreach", lang="en-US", interview=False, company="Sonoran Staffing",
      note="Agency cold outreach asking for '15 min this week or next' with a booking link; nothing fixed; "
           "the same recruiter later confirms a client interview (separate mail)")
def m30() -> bytes:
    when = "2026-09-08 13:27:50"
    body = t("""
        Hi Marisa,

        Jess here with Sonoran Staffing - I came across your profile and your background in MRP and demand
        planning is exactly what a couple of my manufacturing clients in Tucson and Chandler are looking for.
        They're direct-hire roles, $80-95K, hybrid.

        Would you have 15 min this week or next for a quick call? You can grab whatever time works here:
        https://calendly.com/jess-sonoranstaffing/intro

        Thanks!
        Jess Romero
        Senior Recruiter, Light Industrial & Supply Chain
        Sonoran Staffing | Tempe, AZ
        (480) 555-0129
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-nam11-dm6.outbound.protection.outlook.com", "40.107.223.45", when, PHX,
                         "4fR0Lb3wDqz1Tt6")),
        ("From", addr("Jess Romero", "jess.romero@sonoranstaffing.com")),
        ("To", ME_ADDR),
        ("Subject", "Supply chain roles in Tucson/Chandler - quick chat?"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<MN2PR11MB4301E0F1A2B3C4D5E6F70819@MN2PR11MB4301.namprd11.prod.outlook.com>"),
    ], alt(text(body), html(paras_html(body, style="font-family:Calibri,sans-serif;font-size:11pt"))))


# --------------------------------------------------------------------------- 31 proposal, not confirmed (JOIN relay)


@mail(n(31), family="interview_proposed", lang="en-US", interview=False, company="Alpenrose Foods US",
      days=(("Tue", "2026-10-27"), ("Wed", "2026-10-28")),
      note="Hiring manager message relayed by JOIN proposing two options (Tue 27 Oct 10:00 am or Wed 28 Oct "
           "3:00 pm Mountain) and waiting for the candidate's choice; not confirmed")
def m31() -> bytes:
    when = "2026-10-22 17:08:26"
    body = t("""
        You have a new message from Alpenrose Foods US

        Katrin Huber wrote:

        "Hi Marisa, thanks for your application for the Supply Planner role in Denver - your experience with
        cold-chain replenishment stood out. Would Tuesday, October 27 at 10:00 am or Wednesday, October 28 at
        3:00 pm (Mountain Time) work for a first 30-minute video call? Let me know which one suits you and I'll
        send an invitation. Best, Katrin"

        Reply to Katrin: https://join.com/candidate/messages/51c8e2a7

        Please reply via JOIN - replies to this email are not delivered.
        JOIN Solutions AG
        """)
    page = paras_html(body, style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#0a0a0a")
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-out.join.com", "141.193.213.20", when, "Europe/Zurich", "4fc5Pd0Lnsz3Mm4")),
        ("From", addr("JOIN", "no-reply@join.com")),
        ("To", ME),
        ("Subject", "New message from Alpenrose Foods US about your application"),
        ("Date", date(when, "Europe/Zurich")),
        ("Message-ID", "<msg-51c8e2a7.20261022.150826@join.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


# --------------------------------------------------------------------------- 32 doctor appointment


@mail(n(32), family="non_interview_appointment", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Clinic patient-portal reminder with a fixed time (Thu 10 Sep 8:40 AM); a personal appointment")
def m32() -> bytes:
    when = "2026-09-07 09:00:05"
    body = t("""
        Appointment Reminder

        Hello Marisa,

        This is a reminder of your upcoming appointment:

        Provider: Anita Rao, MD
        Date/Time: Thursday, September 10, 2026 at 8:40 AM
        Location: Desert Bloom Family Medicine - Arcadia, 4020 E. Indian School Rd, Phoenix, AZ 85018
        Visit type: Annual physical

        Please arrive 15 minutes early and bring your insurance card and a list of current medications.
        To confirm, reply C. To cancel, call (602) 555-0110 at least 24 hours in advance.

        Desert Bloom Family Medicine
        This message was sent from an unmonitored address.
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("smtp-out3.carelink-notify.example.com", "198.51.100.23", when, PHX, "4fQz2Ac8Jxz6Oo2")),
        ("From", addr("Desert Bloom Family Medicine", "reminders@carelink-notify.example.com")),
        ("To", ME),
        ("Subject", "Appointment Reminder: Thu, Sep 10 at 8:40 AM"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<appt-reminder-20260910-0840-77412@carelink-notify.example.com>"),
    ], text(body, charset="us-ascii", cte="7bit"))


# --------------------------------------------------------------------------- 33 apartment tour with ICS


@mail(n(33), family="non_interview_appointment", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Apartment tour confirmation in Denver with an ICS (Sat 14 Nov 11:00 AM MST); a personal "
           "appointment, not an interview")
def m33() -> bytes:
    when = "2026-11-09 18:31:07"
    body = t("""
        Hi Marisa,

        Your tour is confirmed! We can't wait to show you around.

        The Larimer Lofts
        2150 Larimer St, Denver, CO 80205
        Saturday, November 14, 2026 at 11:00 AM MST
        Tour type: In-person, guided (with Jordan from our leasing team)

        Parking: use the visitor spots on 22nd St and check in at the leasing office on the ground floor.
        Need to reschedule? Reply to this email or call (303) 555-0184.

        See you soon,
        The Larimer Lofts Leasing Team
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TourScheduler//Leasing 3.2//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:tour-88410-20261114@larimerlofts.com
DTSTAMP:20261110T013107Z
DTSTART:20261114T180000Z
DTEND:20261114T184500Z
SUMMARY:Apartment tour - The Larimer Lofts
LOCATION:2150 Larimer St\\, Denver\\, CO 80205
DESCRIPTION:Guided in-person tour with the leasing team.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.larimerlofts.com", "198.51.100.150", when, DEN, "4fdQ8Xc1Ptz7Yy3")),
        ("From", addr("The Larimer Lofts", "leasing@larimerlofts.com")),
        ("To", ME),
        ("Subject", "Tour confirmed: Saturday, Nov 14 at 11:00 AM - The Larimer Lofts"),
        ("Date", date(when, DEN)),
        ("Message-ID", "<tour.88410.confirm@larimerlofts.com>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", filename="tour.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 34 car service appointment


@mail(n(34), family="non_interview_appointment", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Car service drop-off confirmed for Wed 14 Oct 7:30 AM with a service advisor; not an interview")
def m34() -> bytes:
    when = "2026-10-09 16:45:30"
    body = t("""
        Hi Marisa,

        Thanks for scheduling with Papago Auto Care! Here are your appointment details:

        Vehicle: 2019 Honda CR-V EX
        Drop-off: Wednesday, October 14, 2026 - 7:30 AM
        Services: 60,000-mile service, A/C performance check
        Service advisor: Rick Salazar

        Estimated completion is early afternoon; we'll text you when it's ready. Complimentary shuttle
        service is available within 5 miles - let Rick know at drop-off.

        Papago Auto Care
        1725 N. Scottsdale Rd, Tempe, AZ 85281 | (480) 555-0152
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("o2.sg.shopmonkey-mail.example.com", "198.51.100.2", when, PHX, "4fVk3Ot5Wsz0Ll7")),
        ("From", addr("Papago Auto Care", "service@papagoautocare.com")),
        ("To", ME),
        ("Subject", "Your service appointment is confirmed - Wed, Oct 14 at 7:30 AM"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<appt.5520193.papago@shopmonkey-mail.example.com>"),
    ], alt(text(body, cte="base64"),
           html(paras_html(body, style="font-family:Arial,sans-serif;font-size:14px"), cte="base64")))


# --------------------------------------------------------------------------- 35 parent-teacher conference


@mail(n(35), family="non_interview_appointment", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Parent-teacher conference slot confirmed (Tue 13 Oct 4:15-4:30 PM); not an interview")
def m35() -> bytes:
    when = "2026-10-08 12:02:44"
    body = t("""
        Los Arboles Elementary

        Conference confirmed

        Hi Marisa,

        You're signed up for a parent-teacher conference:

        Student: Mateo Tran (Grade 3)
        Teacher: Ms. Alvarez
        When: Tuesday, October 13, 2026, 4:15 PM - 4:30 PM
        Where: Room 12 (or by phone if you chose "phone" when signing up)

        Conferences are 15 minutes long so that everyone stays on schedule. If you need to change your slot,
        please use SchoolBridge or contact the front office at (480) 555-0107.

        Thank you for partnering with us!
        Los Arboles Elementary - Go Roadrunners!

        Sent via SchoolBridge. Do not reply to this message.
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mailer3.schoolbridge.example.com", "198.51.100.93", when, PHX, "4fVq6Nh2Erz5Xx0")),
        ("From", addr("Los Arboles Elementary", "noreply@schoolbridge.example.com")),
        ("To", ME),
        ("Subject", "Conference confirmed: Tue, Oct 13 at 4:15 PM with Ms. Alvarez"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<sb.conf.440921.1791486164@schoolbridge.example.com>"),
    ], alt(text(body), html(paras_html(body))))


# --------------------------------------------------------------------------- 36 weekly stand-up at the current job (Google Calendar)


@mail(n(36), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-09-14"),),
      note="Google Calendar invite to a recurring weekly planning stand-up at her current employer "
           "(Mondays 8:30-8:45 MST from 14 Sep); not an interview")
def m36() -> bytes:
    return gcal_mail(
        when="2026-09-10 15:26:03", zone=PHX, org="Kurt Meissner", org_addr="kurt.meissner@drycreekdist.com",
        title="Planning team stand-up (weekly)",
        long_when="Weekly on Monday from Monday Sep 14, 2026 \u22c5 8:30am \u2013 8:45am",
        zone_name="Mountain Standard Time - Phoenix",
        subject_when="Weekly from 8:30am to 8:45am on Monday (MST)", kind="invite",
        ics_start="20260914T083000", ics_end="20260914T084500", ics_tzid=PHX,
        uid="6r2t8y0u4i6o8p1a3s5d7f9g1h", guests=[ME, "leah.dorsey@drycreekdist.com",
                                                  "omar.haddad@drycreekdist.com"],
        note=None, meet="https://meet.google.com/sxn-pqvb-jfr", seq=0, mid="20260910222603905114",
        rx=("mail-sor-f65.google.com", "209.85.220.65"),
        description="Quick round: open POs\\, expedites\\, anything blocking the S&OP pre-read.",
        rrule="FREQ=WEEKLY;BYDAY=MO")


# --------------------------------------------------------------------------- 37 Zoom webinar registration


@mail(n(37), family="webinar", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Zoom webinar registration 'Nailing the Supply Chain Case Interview' with an ICS (Thu 15 Oct 6:00 PM "
           "Arizona); a webinar, not the candidate's interview")
def m37() -> bytes:
    when = "2026-10-09 20:14:52"
    body = t("""
        Hi Marisa,

        Thank you for registering for "Nailing the Supply Chain Case Interview".

        Please submit any questions to: events@phxlogisticsnetwork.org

        Date Time: Oct 15, 2026 06:00 PM Arizona

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/83520497712?tk=Qm9WcXhKTjh0bUxH

        Passcode: 718402

        Or One tap mobile:
            +16694449171,,83520497712#,,,,*718402# US

        You can cancel your registration at any time.
        Add to calendar: the attached file.

        Hosted by Phoenix Logistics Network
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20261010T031452Z
DTSTART:20261016T010000Z
DTEND:20261016T023000Z
SUMMARY:Nailing the Supply Chain Case Interview
UID:20261010T031452Z-83520497712@fe80:0:0:0:18c4:2f6e:3a91:7d01ens5
DESCRIPTION:Hosted by Phoenix Logistics Network. Join: https://us06web.zoom.us/w/83520497712
LOCATION:https://us06web.zoom.us/w/83520497712
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("zoomcorp.mail.zoom.us", "170.114.52.3", when, PHX, "4fX0Mc9Bhrz2Qq4")),
        ("From", addr("Phoenix Logistics Network", "no-reply@zoom.us")),
        ("Reply-To", "events@phxlogisticsnetwork.org"),
        ("To", ME_ADDR),
        ("Subject", "Nailing the Supply Chain Case Interview Confirmation"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<Qm9WcXhKTjh0bUxH.83520497712.reg@zoom.us>"),
    ], mixed(
        alt(text(body), html(paras_html(body, style="font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px"))),
        calendar(ics, method=None, filename="webinar.ics", disposition="attachment"),
    ))


# --------------------------------------------------------------------------- 38 Meetup RSVP (mock-interview night)


@mail(n(38), family="meetup", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Meetup RSVP for a 'Mock-Interview Night & Networking' event (Tue 20 Oct 6:00 PM); not a job "
           "interview")
def m38() -> bytes:
    when = "2026-10-15 11:47:10"
    body = t("""
        You're going!

        Mock-Interview Night & Networking
        Valley Supply Chain Roundtable

        Tuesday, October 20, 2026
        6:00 PM to 8:30 PM MST

        Ocotillo Taproom
        512 S. Mill Ave, Tempe, AZ

        Bring a printed resume. Volunteers from local 3PLs and manufacturers will run 15-minute practice
        interviews in rounds, then we network. First round of drinks is on our sponsor.

        38 going | Hosted by Carla J. and 2 others

        Can't make it? Change your RSVP: https://www.meetup.com/valley-supply-chain-roundtable/events/312904417/

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        Unsubscribe from this type of email: https://www.meetup.com/account/comm/
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail180-9.suw21.mcsv.net", "198.2.180.9", when, PHX, "4fYb1Tr6Nsz9Pp5")),
        ("From", addr("Meetup", "info@meetup.com")),
        ("To", ME),
        ("Subject", "You're going to Mock-Interview Night & Networking"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<rsvp.312904417.a81f2c@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
    ], alt(text(body), html(paras_html(body, style="font-family:Graphik,Helvetica,Arial,sans-serif"))))


# --------------------------------------------------------------------------- 39 journalist interviewing the candidate


@mail(n(39), family="press_interview", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Reporter confirms a phone interview with the candidate as a source ('Tuesday at 11', i.e. Tue 24 Nov) "
           "for a news story; a fixed time, but not a job interview")
def m39() -> bytes:
    when = "2026-11-19 14:22:18"
    body = t("""
        Hi Marisa,

        Thanks for agreeing to talk - Leah Dorsey said you're the person to ask about why the valley's DCs are
        so backed up this season. I'll call you Tuesday at 11 on your cell for about 20 minutes. It's on the
        record for a piece on holiday freight backlogs that runs the following week.

        Rough areas I'd like to cover:
          - what's different about inbound volume this year vs. 2025
          - how planners are handling the port delays in Long Beach
          - one thing shoppers get wrong about "out of stock"

        If you'd rather not be named, just tell me before we start.

        Sam Okonkwo
        Business Reporter, The Valley Ledger
        (602) 555-0175 | @samokonkwo
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-ot1-f52.google.com", "209.85.210.52", when, PHX, "4fgW5Ra3Lkz2Cc6")),
        ("From", addr("Sam Okonkwo", "sokonkwo@valleyledger.com")),
        ("To", ME_ADDR),
        ("Subject", "Re: holiday freight story - Tuesday call"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<CAKx4nV7m2Pq+Rb0Ws9Yd3hLt6gFz1cE8uJ5aT@mail.gmail.com>"),
        ("In-Reply-To", "<CAF3mR0tTq9k2Yd+Hs4nLw7c1VbX@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 40 career-center mock interview


@mail(n(40), family="mock_interview", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-09-16"), ("Thu", "2026-09-17")),
      note="University career center confirms a mock interview with a career coach (Wed 16 Sep 2:00-2:45 PM) to "
           "prepare for the real one on Thursday (which is a separate mail); practice, not a job interview")
def m40() -> bytes:
    when = "2026-09-14 08:15:39"
    body = t("""
        Dear Marisa,

        This message confirms your appointment with the Sonoran State University Career Center.

        Appointment type: Mock Interview (Alumni)
        Date: Wednesday, September 16, 2026
        Time: 2:00 PM - 2:45 PM
        Career coach: Diane Holt
        Location: Student Pavilion, Room 230 (second floor, across from the Interview Suite)

        Because you mentioned your on-campus interview with Ironwood Foods on Thursday, please bring a copy of
        that job description and your current resume. Diane will run a 30-minute practice interview and spend
        the rest of the time on feedback.

        To cancel or change this appointment, please log in to Handshake > Career Center > Appointments or call
        us at (480) 555-0170. Alumni appointments not cancelled 24 hours in advance count as a no-show.

        Go Javelinas!
        Sonoran State University Career Center
        Student Pavilion, Suite 200
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("smtp-relay.sonoranstate.edu", "192.0.2.88", when, PHX, "4fSk2Wv8Mmz4Gg7")),
        ("From", addr("SSU Career Center", "careercenter@sonoranstate.edu")),
        ("To", ME_ADDR),
        ("Subject", "Appointment confirmed: Mock Interview (Alumni) - Wed, Sep 16"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<20260914151539.77213@sonoranstate.edu>"),
    ], text(body, cte="quoted-printable"))


# --------------------------------------------------------------------------- 41 interview-prep coaching (Calendly)


@mail(n(41), family="coaching_session", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Calendly confirmation of a paid interview-prep session with a career coach (Mon 19 Oct 12:00-1:00pm "
           "Arizona) with an ICS; same layout as a recruiter booking, but not a job interview")
def m41() -> bytes:
    when = "2026-10-14 02:11:37"
    body = t("""
        Hi Marisa Tran,

        Your Interview Prep Power Hour with Rita Campos at 12:00pm (Arizona Time) on Monday, October 19, 2026 is scheduled.

        Event Type:
        Interview Prep Power Hour

        Event Date/Time:
        12:00pm - 1:00pm (Arizona Time), Monday, October 19, 2026

        Location:
        This is a Google Meet web conference.
        Join: https://meet.google.com/tqu-zemb-xao

        Invitee Email:
        marisa.tran@example.org

        Questions:
        What interview are you preparing for?
        Trinity Ridge Foods panel (procurement & planning manager) - behavioral + a case

        Payment:
        $145.00 USD

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/2e7a9f10-4c3b-4d8e-9f61-0b5c7d2a1e83
        Reschedule: https://calendly.com/reschedulings/2e7a9f10-4c3b-4d8e-9f61-0b5c7d2a1e83

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261014T021137Z
UID:2e7a9f10-4c3b-4d8e-9f61-0b5c7d2a1e83@calendly.com
DTSTART:20261019T190000Z
DTEND:20261019T200000Z
SUMMARY:Interview Prep Power Hour between Rita Campos and Marisa Tran
LOCATION:https://meet.google.com/tqu-zemb-xao
ORGANIZER;CN=Rita Campos:mailto:rita@camposcareercoaching.com
ATTENDEE;CN=Marisa Tran;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("o11.email.calendly.com", "167.89.75.110", when, "UTC", "4fZ7Cx2Dqvz1Ee8")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Rita Campos", "rita@camposcareercoaching.com")),
        ("To", ME_ADDR),
        ("Subject", "Confirmed: Interview Prep Power Hour with Rita Campos on Monday, October 19, 2026"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<b3f0a7e1-6d29-4c85-8e17-5a2c9d4f0b61@calendly.com>"),
    ], mixed(
        alt(text(body), html(paras_html(body, style="font-family:Proxima Nova,Helvetica,Arial,sans-serif"))),
        calendar(ics, filename="invite.ics", disposition="attachment", name_param=True),
    ))


# --------------------------------------------------------------------------- Exchange helper (current employer, Bookings)


def exchange_ics(*, organizer: tuple[str, str], attendees: list[tuple[str, str]], summary: str, tzid: str,
                 start: str, end: str, stamp: str, uid: str, location: str, description: str,
                 method: str = "REQUEST", seq: int = 0, busy: str = "TENTATIVE") -> str:
    atts = "\n".join(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={nm}:mailto:{ad}"
                     for nm, ad in attendees)
    return f"""BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ[tzid]}
BEGIN:VEVENT
ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}
{atts}
DESCRIPTION;LANGUAGE=en-US:{description}
UID:{uid}
SUMMARY;LANGUAGE=en-US:{summary}
DTSTART;TZID={tzid}:{start}
DTEND;TZID={tzid}:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:{seq}
LOCATION;LANGUAGE=en-US:{location}
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-BUSYSTATUS:{busy}
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""


WORK = "marisa.tran@drycreekdist.com"


# --------------------------------------------------------------------------- 42 interviewer training at the current job


@mail(n(42), family="interviewer_training", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Outlook/Teams invite from her current employer's HR to a required 'Structured Interviewing for Hiring "
           "Managers' training (Tue 22 Sep 9:00-10:30 Arizona), auto-forwarded from the work address; not an "
           "interview of the candidate")
def m42() -> bytes:
    when = "2026-09-15 13:40:22"
    tb = dict(tid="YTJmNGM2ZTgtMGExYy00YjNkLTllMGYtMTIzNDU2Nzg5MGFi",
              tenant="0e5d3c1a-9b7f-4a2e-8c6d-4f1e2a3b5c7d", mid="284 991 630 417", code="Gm3sQk")
    intro = ("Hi all,\n\nAs part of this year's hiring-manager enablement, everyone who sits on an interview "
             "panel needs to complete Structured Interviewing for Hiring Managers. We'll cover scorecards, "
             "legal dos and don'ts, and how to run a debrief. Cameras on, please.\n\nThanks,\nHolly\n\n"
             "Holly Brandt | Learning & Development | Dry Creek Distribution\n\n")
    body = intro + teams(TEAMS_TEXT, **tb) + "\n"
    import html as _h
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "".join(f"<p class=\"MsoNormal\">{_h.escape(p).replace(chr(10), '<br>')}</p>\n"
                      for p in intro.strip().split("\n\n"))
            + teams(TEAMS_HTML, **tb) + "</body></html>\n")
    ics = exchange_ics(
        organizer=("Holly Brandt", "holly.brandt@drycreekdist.com"),
        attendees=[("Marisa Tran", WORK), ("Kurt Meissner", "kurt.meissner@drycreekdist.com")],
        summary="Structured Interviewing for Hiring Managers (required)", tzid="US Mountain Standard Time",
        start="20260922T090000", end="20260922T103000", stamp="20260915T204022Z",
        uid="040000008200E00074C5B7101A82E0080000000090D4B1E7A845DC01000000000000000010000000C7D8E9F0A1B2C3D4E5F6071829304152",
        location="Microsoft Teams Meeting",
        description="Required training for interview panelists. Scorecards\\, legal dos and don'ts\\, debriefs.")
    return message([
        ("Delivered-To", ME),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"{WORK} {ME}"),
        ("Received", rcv("mail-dm3nam02on2104.outbound.protection.outlook.com", "40.107.95.104", when, PHX,
                         "4fSq4Vd1Rbz8Ff9")),
        ("From", addr("Holly Brandt", "holly.brandt@drycreekdist.com")),
        ("To", addr("Planning Leads", "planning-leads@drycreekdist.com")),
        ("Subject", "Structured Interviewing for Hiring Managers (required)"),
        ("Thread-Topic", "Structured Interviewing for Hiring Managers (required)"),
        ("Thread-Index", "AdtJ0aE7bH2Qk9rUS1y3oZc6m8Xw4g=="),
        ("Date", date(when, PHX)),
        ("Message-ID", "<DM3PR02MB7720F3A4B5C6D7E8F9A0B1C2D3E4@DM3PR02MB7720.namprd02.prod.outlook.com>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 43 she interviews a candidate at her current job (Greenhouse)


@mail(n(43), family="interviewer_invite", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Greenhouse interviewer notification from her current employer: she is scheduled to interview a "
           "candidate (Thu 1 Oct 1:00-1:45 PM MST, ICS attached); a confirmed interview, but she is the "
           "interviewer, not the candidate")
def m43() -> bytes:
    when = "2026-09-28 10:52:14"
    body = t("""
        Hi Marisa,

        You've been scheduled to interview Jordan Pike for the Inventory Analyst role.

        Interview: Inventory Analyst - Functional Interview (Planning)
        When: Thursday, October 1, 2026, 1:00 PM - 1:45 PM MST
        Where: Dry Creek Distribution, Phoenix DC - Conference Room Mesquite

        Interview kit (focus attributes, questions and the scorecard):
        https://app.greenhouse.io/guides/9981204/people/5521870?application_id=61177203

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Tessa Morgan
        Recruiting | Dry Creek Distribution
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software Inc//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ[PHX]}
BEGIN:VEVENT
UID:interviewer-61177203-1001@greenhouse.io
DTSTAMP:20260928T175214Z
DTSTART;TZID=America/Phoenix:20261001T130000
DTEND;TZID=America/Phoenix:20261001T134500
SUMMARY:Interview with Jordan Pike - Inventory Analyst (Functional: Planning)
LOCATION:Phoenix DC - Conference Room Mesquite
ORGANIZER;CN=Tessa Morgan:mailto:tessa.morgan@drycreekdist.com
ATTENDEE;CN=Marisa Tran;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{WORK}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        ("X-Forwarded-To", ME),
        ("Received", rcv("o3.us.greenhouse-mail.io", "167.89.101.27", when, PHX, "4fTf0Zq7Sdz3Rr1")),
        ("From", addr("Tessa Morgan", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", "tessa.morgan@drycreekdist.com"),
        ("To", addr("Marisa Tran", WORK)),
        ("Subject", "Interview scheduled: Jordan Pike for Inventory Analyst on Thu, Oct 1 at 1:00 PM MST"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<Zr8fT1cK0qWm5Ny2Lh7Xe4@geopod-ismtpd-6>"),
    ], mixed(alt(text(body), html(paras_html(body))),
             calendar(ics, filename="interview.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 44 auto-reply (recruiter of mail 4)


@mail(n(44), family="auto_reply", lang="en-US", interview=False, company="Brazos Freightways",
      days=(("Fri", "2026-10-23"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) to the candidate's thank-you note after the "
           "Workday interview; return date Fri 23 Oct; nothing scheduled")
def m44() -> bytes:
    when = "2026-10-14 18:05:47"
    body = t("""
        Thank you for your email. I am out of the office through Friday, October 23 with limited access to
        email. I will respond when I return.

        For anything related to an interview scheduled during this time, please contact Angela Booker at
        angela.booker@brazosfreight.com.

        Tomas Villarreal
        Talent Acquisition | Brazos Freightways
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-bl0pr02mb4531.outbound.protection.outlook.com", "40.107.236.31", when, CHI,
                         "4fWd9Uh4Kcz6Ss2")),
        ("From", addr("Tomas Villarreal", "tomas.villarreal@brazosfreight.com")),
        ("To", ME_ADDR),
        ("Subject", "Automatic reply: Thank you - Transportation Planning Analyst interview"),
        ("Thread-Topic", "Thank you - Transportation Planning Analyst interview"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<BL0PR02MB4531A1B2C3D4E5F60718293A4B5C@BL0PR02MB4531.namprd02.prod.outlook.com>"),
        ("In-Reply-To", "<d3c1f8a0-2b7e-4c19-9a4f-6e0b2d8c5a71@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "tomas.villarreal@brazosfreight.com"),
        ("Content-Language", "en-US"),
    ], alt(text(body), html(paras_html(body, style="font-family:Calibri,sans-serif;font-size:11pt"))))


# --------------------------------------------------------------------------- 45 bounce of a thank-you note


@mail(n(45), family="bounce", lang="en-US", interview=False, company=None,
      note="Postfix delivery-status notification: the candidate's thank-you note (mistyped address) bounced; the "
           "returned message mentions 'today's interview' but confirms nothing")
def m45() -> bytes:
    when = "2026-09-15 17:02:03"
    sent = "2026-09-15 17:01:58"
    orig = message([
        ("Return-Path", f"<{ME}>"),
        ("From", ME_ADDR),
        ("To", "lauren.whitfeld@saguarocoldchain.com"),
        ("Subject", "Thank you - Supply Chain Planner II interview"),
        ("Date", date(sent, PHX)),
        ("Message-ID", "<7e2a9c41-0b3d-4f86-a5e2-1c9d0f7b3e68@example.org>"),
    ], text(t("""
        Hi Lauren,

        Thank you for arranging today's interview with Ray and Simone - I really enjoyed learning how the team
        runs its weekly replenishment cycle, and I'm even more excited about the role.

        Please let me know if there's anything else I can send over.

        Best,
        Marisa
        """), cte="7bit", charset="us-ascii"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <lauren.whitfeld@saguarocoldchain.com>: host
            saguarocoldchain-com.mail.protection.outlook.com[52.101.41.7] said: 550
            5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            lauren.whitfeld@saguarocoldchain.com not found by SMTP address lookup
            (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4fR7Gk2Zb9z1Aa0
        X-Postfix-Sender: rfc822; marisa.tran@example.org
        Arrival-Date: Tue, 15 Sep 2026 17:01:58 -0700 (MST)

        Final-Recipient: rfc822; lauren.whitfeld@saguarocoldchain.com
        Original-Recipient: rfc822;lauren.whitfeld@saguarocoldchain.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; saguarocoldchain-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            lauren.whitfeld@saguarocoldchain.com not found by SMTP address lookup
        """)
    report = multipart(
        "report",
        make.Part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
                  notice.replace("\n", "\r\n").encode("ascii")),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
        params="report-type=delivery-status",
    )
    return message([
        ("Return-Path", "<>"),
        ("Delivered-To", ME),
        ("Received", "by mx1.example.org (Postfix)\r\n id 4fR7Gm0Qc1z1Bb2; " + date(when, PHX)),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<20260916000203.4fR7Gm0Qc1z1Bb2@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


# --------------------------------------------------------------------------- 46 mailing-list post


@mail(n(46), family="mailing_list", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-10-28"),),
      note="Mailman list post: a member describes his own panel at a company 'last Wednesday at 10' (past) and says "
           "they are interviewing again; nothing is scheduled for the reader")
def m46() -> bytes:
    when = "2026-11-02 07:12:30"
    body = t("""
        I had my panel there last Wednesday at 10. Derrick (the hiring manager) runs a tight 60 minutes - 20 on your
        background, 20 on a reorder-point exercise in Excel, 20 for your questions. Friendly group. The S&OP
        lead asked good questions about handling promo lift.

        They're interviewing again next week per their LinkedIn, so it sounds like the search is still open.

        Trevor

        On 10/31/26 9:40 AM, Ana Villaseñor wrote:
        > Has anyone interviewed at Camelback Components for the demand planning lead role? What was the format?

        _______________________________________________
        VSCR mailing list -- scm-phx@lists.valleysupplychain.org
        To unsubscribe send an email to scm-phx-leave@lists.valleysupplychain.org
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("lists.valleysupplychain.org", "198.51.100.61", when, PHX, "4ff2Bq6Xvtz0Kk3")),
        ("From", addr("Trevor Blake", "tblake@cholla-mail.com")),
        ("To", "scm-phx@lists.valleysupplychain.org"),
        ("Subject", "[VSCR] Re: Anyone interviewed at Camelback Components?"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<a1f93c0e-5d24-4b8e-9c61-7f0e2d3b4a58@cholla-mail.com>"),
        ("In-Reply-To", "<8d2e0b61-4f37-49a1-b0c5-e6f1a2d3c4b9@example.com>"),
        ("List-Id", "Valley Supply Chain Roundtable <scm-phx.lists.valleysupplychain.org>"),
        ("List-Post", "<mailto:scm-phx@lists.valleysupplychain.org>"),
        ("List-Unsubscribe", "<mailto:scm-phx-leave@lists.valleysupplychain.org>"),
        ("List-Archive", "<https://lists.valleysupplychain.org/archives/list/scm-phx@lists.valleysupplychain.org/>"),
        ("Precedence", "list"),
        ("Sender", "scm-phx-bounces@lists.valleysupplychain.org"),
    ], text(body, cte="8bit"))


# --------------------------------------------------------------------------- 47 workforce (job-centre) appointment


@mail(n(47), family="job_centre_appointment", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Public workforce center confirms a Rapid Response orientation with an 'intake interview' for workers "
           "affected by her employer's DC consolidation (Wed 7 Oct 1:30-3:00 PM); not a job interview")
def m47() -> bytes:
    when = "2026-09-30 09:05:51"
    body = t("""
        MARICOPA WORKFORCE CONNECTION
        West Valley Career Center

        APPOINTMENT CONFIRMATION - RAPID RESPONSE ORIENTATION

        Dear Marisa Tran:

        You are receiving this notice because your employer, Dry Creek Distribution (Phoenix DC), has filed a
        notice of facility consolidation. As an affected worker, you have been scheduled for the following:

            Date:      Wednesday, October 7, 2026
            Time:      1:30 p.m. to 3:00 p.m. (Arizona time)
            Location:  West Valley Career Center, 3740 W. Thomas Road, Phoenix, AZ 85019, Room B

        The session covers unemployment insurance, training funds, and job-search services, followed by a short
        one-on-one intake interview with a career advisor. Please bring a photo ID, your Social Security card,
        and your most recent pay stub.

        If you are unable to attend, call (602) 555-0140 to reschedule.

        This is an equal opportunity program. Auxiliary aids and services are available upon request to
        individuals with disabilities.
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("smtp.maricopaworkforce.org", "192.0.2.140", when, PHX, "4fUj7Mb0Ydz5Ww6")),
        ("From", addr("Maricopa Workforce Connection", "noreply@maricopaworkforce.org")),
        ("To", ME),
        ("Subject", "Appointment Confirmation - Rapid Response Orientation - Wed 10/7/2026 1:30 PM"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<MWC.APPT.20260930.88231@maricopaworkforce.org>"),
    ], text(body, charset="us-ascii", cte="7bit"))


# --------------------------------------------------------------------------- 48 MBA admissions interview


@mail(n(48), family="admission_interview", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-10-23"),),
      note="Business-school admissions interview confirmed (Fri 23 Oct 3:00-3:30 PM Arizona) with an ICS and a "
           "human organizer; an admission interview, not a job interview")
def m48() -> bytes:
    when = "2026-10-16 11:30:00"
    body = t("""
        Dear Marisa,

        Thank you for your application to the Evening MBA program at the Hale School of Business. We are
        pleased to confirm your admissions interview.

        Date: Friday, October 23, 2026
        Time: 3:00 PM - 3:30 PM (Arizona time)
        Format: Zoom - https://mesaridge.zoom.us/j/97720113486
        Interviewer: Karen Whitlock, Associate Director of Admissions

        The interview is conversational and blind to your file beyond your resume. Be ready to talk about your
        career goals and why an evening program fits your plans.

        We look forward to meeting you.

        Hale MBA Admissions
        Mesa Ridge University
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Technolutions//Slate//EN
METHOD:REQUEST
{TZ[PHX]}
BEGIN:VEVENT
UID:slate-interview-a2c94e17@mesaridge.edu
DTSTAMP:20261016T183000Z
DTSTART;TZID=America/Phoenix:20261023T150000
DTEND;TZID=America/Phoenix:20261023T153000
SUMMARY:Evening MBA Admissions Interview - Marisa Tran
LOCATION:https://mesaridge.zoom.us/j/97720113486
ORGANIZER;CN=Karen Whitlock:mailto:karen.whitlock@mesaridge.edu
ATTENDEE;CN=Marisa Tran;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("slate-mail-07.technolutions.net", "198.51.100.207", when, PHX, "4fb9Ks1Tgpz2Nn4")),
        ("From", addr("Hale MBA Admissions", "mbaadmissions@mesaridge.edu")),
        ("Reply-To", addr("Karen Whitlock", "karen.whitlock@mesaridge.edu")),
        ("To", ME_ADDR),
        ("Subject", "Your Evening MBA admissions interview is confirmed"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<slate.a2c94e17.1792175400@mesaridge.edu>"),
    ], mixed(alt(text(body), html(paras_html(body))),
             calendar(ics, filename="interview.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 49 sports-club try-out


@mail(n(49), family="tryout", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Dragon-boat club coach confirms a try-out (Sat 26 Sep 6:30 AM); a sports try-out, not a job "
           "interview")
def m49() -> bytes:
    when = "2026-09-21 20:48:12"
    body = t("""
        Hi Marisa!

        Great to hear from you - you're all set for try-outs this Saturday, Sept 26. We start at 6:30 AM sharp
        at the north bank boathouse on Tempe Town Lake (park in the lot off Rio Salado and walk toward the
        bridge). Plan on about 2 hours.

        Wear clothes you don't mind getting wet, bring water, sunscreen and a hat. We have paddles and PFDs.
        No experience needed - we're mostly looking at timing and how you take coaching.

        See you on the water!
        Kim Le
        Head Coach, Desert Dragons Dragon Boat Club
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-lf1-f54.google.com", "209.85.167.54", when, PHX, "4fU3Ld9Qxhz4Pp7")),
        ("From", addr("Kim Le", "kim.le@desertdragonsboat.org")),
        ("To", ME_ADDR),
        ("Subject", "Re: Fall try-outs"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<CAN4dRt2Xp7m+Lq0Ws8Fb5hKz3cY1vE9gT6aU@mail.gmail.com>"),
        ("In-Reply-To", "<CAF3mR0vBn1k5Yd+Ep8qLw2c7JbX@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 50 credit-union advisor (Microsoft Bookings)


@mail(n(50), family="bank_advisor", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Microsoft Bookings confirmation of a 401(k)-rollover consultation with a credit-union advisor "
           "(Tue 1 Dec 4:00-4:45 PM Arizona, ICS in 'US Mountain Standard Time'); same layout as an interview "
           "booking, but a financial appointment")
def m50() -> bytes:
    when = "2026-11-24 10:17:35"
    body = t("""
        Your booking is confirmed

        Arroyo Federal Credit Union - Member Advisory

        401(k) Rollover Consultation
        Tuesday, December 1, 2026
        4:00 PM - 4:45 PM (UTC-07:00) Arizona

        Staff: Nora Quintana, Financial Advisor

        Location: Arroyo FCU - Camelback Branch, 2901 E. Camelback Rd, Phoenix, AZ 85016

        Additional information
        Please bring your most recent 401(k) statement and a photo ID. Securities offered through a registered
        broker-dealer; not NCUA insured.

        Manage booking <https://outlook.office365.com/owa/calendar/Appointments@arroyofcu.org/bookings/>

        This email was sent from an unmonitored mailbox.
        """)
    ics = exchange_ics(
        organizer=("Arroyo FCU Appointments", "Appointments@arroyofcu.org"),
        attendees=[("Marisa Tran", ME)],
        summary="401(k) Rollover Consultation", tzid="US Mountain Standard Time",
        start="20261201T160000", end="20261201T164500", stamp="20261124T171735Z",
        uid="040000008200E00074C5B7101A82E00800000000B0E2F4A61C7EDC01000000000000000010000000D9E8F7A6B5C4D3E2F1A0B9C8D7E6F5A4",
        location="Arroyo FCU - Camelback Branch", description="401(k) Rollover Consultation with Nora Quintana",
        busy="BUSY")
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-by3nam04on2090.outbound.protection.outlook.com", "40.107.101.90", when, PHX,
                         "4fh8Tn3Cwrz6Vv1")),
        ("From", addr("Arroyo FCU Appointments", "Appointments@arroyofcu.org")),
        ("To", addr("Marisa Tran", ME)),
        ("Subject", "Booking confirmed: 401(k) Rollover Consultation on Tuesday, December 1, 2026"),
        ("Date", date(when, PHX)),
        ("Message-ID", "<BY3PR04MB8812B7C6D5E4F3A2B1C0D9E8F7A6@BY3PR04MB8812.namprd04.prod.outlook.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body), html(paras_html(body, style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px")),
           calendar(ics, cte="base64")))
