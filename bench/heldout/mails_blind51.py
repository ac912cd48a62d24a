"""blind51: a blind held-out set of 50 hand-written mails, a realistic job seeker's inbox (Manila).

Inbox owner: Patricia "Trish" Soriano <trish.soriano@example.com>, a customer-success and support
operations lead in Manila (Asia/Manila, UTC+8, no DST), applying to Philippine companies (Makati,
BGC Taguig, Cebu) and to US / Australian / Singaporean remote and outsourcing companies.

Written without reading the detector, its tests, or any other held-out set. ``make.py`` is imported
unchanged; three Windows zone names that Exchange writes for UTC+8 / UTC+10 are added to its lookup
table at import time (``make.WINDOWS_ZONES``), so the ICS check can map them to IANA zones.

Build: ``python3 bench/heldout/make_blind.py blind51`` (from the repository root).
"""

from __future__ import annotations

import base64
import hashlib
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
    mail,
    message,
    mixed,
    received,
    t,
    text,
)

SET = "blind51"
make.REGISTRY.setdefault(SET, [])
make.WINDOWS_ZONES.setdefault("Singapore Standard Time", "Asia/Singapore")
make.WINDOWS_ZONES.setdefault("Taipei Standard Time", "Asia/Taipei")
make.WINDOWS_ZONES.setdefault("AUS Eastern Standard Time", "Australia/Sydney")

# file numbers are a fixed shuffle of the writing order (keys 1..23 positives, 24..50 negatives)
ORDER = random.Random(51051).sample(range(1, 51), 50)
_key = [0]


def N() -> str:
    _key[0] += 1
    return f"{SET}_{ORDER[_key[0] - 1]:03d}"


ME_NAME = "Patricia Soriano"
ME = "trish.soriano@example.com"
TO = addr(ME_NAME, ME)
MANILA = "Asia/Manila"


def hid(*parts: str, n: int = 16) -> str:
    """A deterministic hex id for Message-IDs, UIDs and relay ids."""
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def b64id(*parts: str, n: int = 22) -> str:
    raw = hashlib.sha256("|".join(parts).encode()).digest()
    return base64.b64encode(raw).decode().replace("/", "x").replace("+", "Z").rstrip("=")[:n]


def ses_id(seed: str) -> str:
    """An Amazon SES Message-ID."""
    return (f"<0100019{hid(seed, n=9)}-{hid(seed, 'a', n=8)}-{hid(seed, 'b', n=4)}-{hid(seed, 'c', n=4)}"
            f"-{hid(seed, 'd', n=4)}-{hid(seed, 'e', n=12)}-000000@email.amazonses.com>")


def rcv(host: str, ip: str, when: str, zone: str, lag: int = 3) -> str:
    ident = f"mx.google.com with ESMTPS id {b64id(host, when, n=12)}"
    return received(f"from {host} ({host} [{ip}])", when, zone, ident, ME, lag)


def hdrs(frm: str, subject: str, when: str, zone: str, mid: str, host: str, ip: str,
         *extra: tuple[str, str], to: str = TO, lag: int = 3) -> list[tuple[str, str]]:
    return [
        ("Delivered-To", ME),
        ("Received", rcv(host, ip, when, zone, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def paras_inner(body: str) -> str:
    """Paragraphs of a plain text body as HTML (one <p> per paragraph, <br> per line)."""
    import html as _html

    out = []
    for block in body.strip("\n").split("\n\n"):
        lines = [_html.escape(x) for x in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out) + "\n"


def paras_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px") -> str:
    """A plain text body as the simple HTML twin a mail client writes."""
    return (f'<html><head><meta charset="utf-8"></head><body style="{style}">\n'
            + paras_inner(body) + "</body></html>\n")


# --------------------------------------------------------------------------- VTIMEZONE blocks

VTZ = {
    # Exchange / Outlook (Windows names, 1601 anchors). Windows uses "Singapore Standard Time"
    # ("(UTC+08:00) Kuala Lumpur, Singapore") for Manila too; some PH tenants pick "Taipei".
    "Singapore Standard Time": """BEGIN:VTIMEZONE
TZID:Singapore Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:DAYLIGHT
END:VTIMEZONE""",
    "Taipei Standard Time": """BEGIN:VTIMEZONE
TZID:Taipei Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:DAYLIGHT
END:VTIMEZONE""",
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
    # IANA names, 1970 anchors (Google Calendar, ATS schedulers)
    "Asia/Manila": """BEGIN:VTIMEZONE
TZID:Asia/Manila
X-LIC-LOCATION:Asia/Manila
BEGIN:STANDARD
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:PST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "Asia/Singapore": """BEGIN:VTIMEZONE
TZID:Asia/Singapore
X-LIC-LOCATION:Asia/Singapore
BEGIN:STANDARD
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:+08
DTSTART:19700101T000000
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
}

TEAMS_TXT = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {num}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={tid}>
________________________________________________________________________________
"""


def teams(seed: str, num: str, pw: str) -> str:
    return TEAMS_TXT.format(mid=b64id(seed, "m", n=30), tid=hid(seed, "tid", n=32), num=num, pw=pw)


def teams_html(seed: str, num: str, pw: str) -> str:
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64id(seed, 'm', n=30)}"
           f"%40thread.v2/0")
    return (
        '<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">'
        "________________________________________________________________________________</span></div>\n"
        '<div class="me-email-text" lang="en-US" style="color:#252424;font-family:\'Segoe UI\','
        "'Helvetica Neue',Helvetica,Arial,sans-serif\">\n"
        '<div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">'
        "Microsoft Teams meeting</span></div>\n"
        '<div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold">'
        '<span style="font-size:14px;color:#252424">Join on your computer, mobile app or room device</span>'
        f'</div><a class="me-email-headline" href="{url}" style="font-size:14px;font-family:\'Segoe UI '
        "Semibold','Segoe UI',sans-serif;text-decoration:underline;color:#6264a7\">Click here to join the "
        "meeting</a></div>\n"
        f'<div style="margin-bottom:20px;margin-top:20px"><span style="font-size:14px;color:#252424">'
        f'Meeting ID: </span><span style="font-size:16px;color:#252424">{num}</span><br>'
        f'<span style="font-size:14px;color:#252424">Passcode: </span><span style="font-size:16px;'
        f'color:#252424">{pw}</span></div>\n'
        "</div>\n"
    )


# =========================================================================== positives
# --------------------------------------------------------------------------- 1 Bayanihan, initial


@mail(N(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-02-12T06:00:00Z", end=None, contact="rhea.castillo@bayanihanoutsourcing.ph",
      company="Bayanihan Outsourcing Inc.", local="Thu 2026-02-12 14:00", zone=MANILA,
      note="Makati BPO HR invites to an initial interview 'February 12, 2026 (Thursday) 2:00 PM (PHT)'"
           " = 06:00Z; 'approximately 45 minutes' -> end null; 'kindly confirm your attendance' does"
           " not make the time tentative (date, time, interviewer fixed); contact = HR sender")
def bayanihan_initial() -> bytes:
    body = t("""
        Good day, Ms. Soriano!

        Thank you for your interest in joining Bayanihan Outsourcing Inc. We have reviewed the
        application you sent through JobStreet for the position of Customer Success Team Lead
        (Makati site), and we are pleased to invite you for an initial interview.

        Please see the details below for your reference:

        Date:         February 12, 2026 (Thursday)
        Time:         2:00 PM (PHT)
        Platform:     Google Meet - https://meet.google.com/kqv-mbtr-xzd
        Interviewer:  Ms. Lorna Dimaculangan, Operations Manager

        Kindly confirm your attendance by replying to this email. The interview will take
        approximately 45 minutes. Please be guided that you should be in a quiet place with a
        stable internet connection, and have your camera turned on for the duration of the call.

        Should you have any questions, feel free to reach out to me.

        Thank you and God bless!

        Rhea Mae Castillo
        Talent Acquisition Specialist
        Bayanihan Outsourcing Inc.
        12F Sampaguita Tower, Paseo de Roxas, Makati City 1226
        (02) 8812 4470 loc. 213
        """)
    h = hdrs(addr("Rhea Mae Castillo", "rhea.castillo@bayanihanoutsourcing.ph"),
             "Invitation for Initial Interview - Customer Success Team Lead",
             "2026-02-09 10:42:17", MANILA,
             f"<{hid('bay1', n=40).upper()}@bayanihanoutsourcing.ph>",
             "mail-sor-f41.google.com", "209.85.220.41",
             ("Cc", "recruitment@bayanihanoutsourcing.ph"))
    return message(h, alt(text(body), html(paras_html(body))))


# --------------------------------------------------------------------------- 2 Tidewell, Greenhouse


@mail(N(), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-03-18T16:00:00Z", end="2026-03-18T16:30:00Z", contact="megan.albright@tidewell.io",
      company="Tidewell Software", local="Wed 2026-03-18 09:00", local_end="2026-03-18 09:30",
      zone="America/Los_Angeles",
      note="Greenhouse confirmation: Wed 18 Mar 9:00-9:30 AM Pacific; US on PDT since 8 March, so"
           " 16:00Z (Thu 19 Mar 00:00 in Manila, also written); ICS in America/Los_Angeles agrees;"
           " contact = Reply-To recruiter")
def tidewell_greenhouse() -> bytes:
    body = t("""
        Hi Patricia,

        Thanks for picking a time! Your Recruiter Phone Screen with Tidewell Software is confirmed.

        Wednesday, March 18, 2026
        9:00 AM - 9:30 AM Pacific Time (US & Canada)
        (that's Thursday, March 19, 12:00 AM - 12:30 AM in Manila)

        Interviewer: Megan Albright, Senior Technical Recruiter
        Location: Zoom - https://tidewell.zoom.us/j/86120044871?pwd=bVd2eXJ3TmlqQ0ZkYzF2

        We've attached a calendar invite. If something comes up and you need to reschedule,
        just reply to this email and it will go straight to Megan.

        Talk soon,
        The Tidewell Recruiting Team
        """)
    page = t("""
        <html><body style="margin:0;padding:0;background:#f6f7f9">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="560" cellpadding="24" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1d1d1d">
        <tr><td>
        <p>Hi Patricia,</p>
        <p>Thanks for picking a time! Your <strong>Recruiter Phone Screen</strong> with Tidewell Software is confirmed.</p>
        <p style="border-left:3px solid #24a47f;padding-left:12px"><strong>Wednesday, March 18, 2026</strong><br>
        9:00 AM - 9:30 AM Pacific Time (US &amp; Canada)<br>
        <span style="color:#666">(that's Thursday, March 19, 12:00 AM - 12:30 AM in Manila)</span></p>
        <p>Interviewer: Megan Albright, Senior Technical Recruiter<br>
        Location: <a href="https://tidewell.zoom.us/j/86120044871?pwd=bVd2eXJ3TmlqQ0ZkYzF2">Zoom</a></p>
        <p>We've attached a calendar invite. If something comes up and you need to reschedule, just reply to this email and it will go straight to Megan.</p>
        <p>Talk soon,<br>The Tidewell Recruiting Team</p>
        </td></tr></table>
        <p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#999">Sent via Greenhouse</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/Los_Angeles"]}
BEGIN:VEVENT
UID:gh-interview-{hid("tidewell", "uid", n=24)}@greenhouse.io
DTSTAMP:20260313T170544Z
DTSTART;TZID=America/Los_Angeles:20260318T090000
DTEND;TZID=America/Los_Angeles:20260318T093000
SUMMARY:Recruiter Phone Screen - Tidewell Software
LOCATION:https://tidewell.zoom.us/j/86120044871?pwd=bVd2eXJ3TmlqQ0ZkYzF2
DESCRIPTION:Recruiter Phone Screen with Megan Albright (Senior Technical Recruiter).\\nJoin Zoom: https://tidewell.zoom.us/j/86120044871
ORGANIZER;CN=Megan Albright:mailto:megan.albright@tidewell.io
ATTENDEE;CN=Patricia Soriano;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:trish.soriano@example.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Megan Albright", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Recruiter Phone Screen with Tidewell Software",
             "2026-03-13 10:05:44", "America/Los_Angeles",
             f"<{hid('tidewell', 'mid', n=24)}.{hid('tw2', n=8)}@us.greenhouse-mail.io>",
             "o4.ptr7720.us.greenhouse-mail.io", "167.89.41.15",
             ("Reply-To", addr("Megan Albright", "megan.albright@tidewell.io")))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, method="REQUEST", ctype="text/calendar",
                                     filename="invite.ics", disposition="attachment",
                                     cte="base64", name_param=True)))


# --------------------------------------------------------------------------- 3 Lumina Pay, Exchange SG


@mail(N(), family="exchange_invite", lang="en", interview=True, kind="scheduled",
      start="2026-04-23T07:00:00Z", end="2026-04-23T08:00:00Z", contact="grace.tan@luminapay.sg",
      company="Lumina Pay", local="Thu 2026-04-23 15:00", local_end="2026-04-23 16:00",
      zone="Asia/Singapore",
      note="Exchange meeting request, time only in the ICS: DTSTART;TZID=Singapore Standard Time"
           " 20260423T150000 = 07:00Z (UTC+8, same clock as Manila); the body only says 'final"
           " interview' and the Teams block; contact = human ORGANIZER/sender")
def lumina_exchange() -> bytes:
    body = t("""
        Hi Patricia,

        Thanks for confirming the Thursday slot. Please find below the invite for your final interview for the Regional Support Operations Manager role, with our VP Customer Experience, Shalini Nair, and our COO, Daniel Koh.

        Feel free to reach out if you have any questions before then. All the best!

        Best regards,
        Grace Tan
        Talent Acquisition | Lumina Pay Pte. Ltd.
        +65 6812 3390

        """) + teams("lumina", "412 883 190 577", "7sQx2K")
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + paras_inner(body.split("____")[0])
            + "</div>\n" + teams_html("lumina", "412 883 190 577", "7sQx2K") + "</body></html>\n")
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Singapore Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Grace Tan:mailto:grace.tan@luminapay.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Patricia Soriano:mailto:trish.soriano@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Shalini Nair:mailto:shalini.nair@luminapay.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Koh:mailto:daniel.koh@luminapay.sg
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:040000008200E00074C5B7101A82E00800000000{hid("lumina", "uid", n=56).upper()}
SUMMARY;LANGUAGE=en-US:Final Interview - Regional Support Operations Manager (Patricia Soriano)
DTSTART;TZID=Singapore Standard Time:20260423T150000
DTEND;TZID=Singapore Standard Time:20260423T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260420T021502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124633190
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:
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
    mid = f"<SG2PR06MB{hid('lumina', 'mbx', n=4).upper()}{hid('lumina', 'mid', n=28).upper()}@SG2PR06MB5311.apcprd06.prod.outlook.com>"
    h = hdrs(addr("Grace Tan", "grace.tan@luminapay.sg"),
             "Final Interview - Regional Support Operations Manager (Patricia Soriano)",
             "2026-04-20 02:15:02", "UTC", mid,
             "SEYPR02CU001.outbound.protection.outlook.com", "40.107.117.98",
             ("Thread-Topic", "Final Interview - Regional Support Operations Manager (Patricia Soriano)"),
             ("Thread-Index", "AQHc0Lx3" + b64id("lumina", "ti", n=20) + "=="),
             ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""))
    return message(h, alt(text(body), html(page),
                          calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 4 Brightgum, Calendly


@mail(N(), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-03-31T01:00:00Z", end="2026-03-31T01:30:00Z", contact="liam.hartigan@brightgum.com.au",
      company="Brightgum Software", local="Tue 2026-03-31 09:00", local_end="2026-03-31 09:30",
      zone=MANILA,
      note="Calendly invitee confirmation shown in the invitee's zone: 09:00am-09:30am Asia/Manila"
           " Tue 31 Mar = 01:00Z (12:00 AEDT in Sydney, not written); hiring-manager chat for a"
           " Senior CSM role; no ICS; contact = Reply-To host")
def brightgum_calendly() -> bytes:
    body = t("""
        Hi Patricia Soriano,

        Your Hiring Manager Chat - Senior CSM (APAC) with Liam Hartigan at 09:00am (Asia/Manila) on
        Tuesday, March 31, 2026 is scheduled.

        Event Type:
        Hiring Manager Chat - Senior CSM (APAC)

        Event Date/Time:
        09:00am - 09:30am (Asia/Manila) on Tuesday, March 31, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/wrx-pqne-ahs

        Invitee Time Zone:
        Asia/Manila

        Questions:
        Please share anything that will help prepare for our meeting.
        I currently lead a 40-seat support team for a US SaaS account. Keen to hear more about
        how the APAC team is set up.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3c0a8f31-4b8e-4d2a-b6a7-52a0c9e4ef11
        Reschedule: https://calendly.com/reschedulings/3c0a8f31-4b8e-4d2a-b6a7-52a0c9e4ef11

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:'Proxima Nova',Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <div style="max-width:600px;margin:0 auto">
        <p>Hi Patricia Soriano,</p>
        <p>Your Hiring Manager Chat - Senior CSM (APAC) with Liam Hartigan at 09:00am (Asia/Manila) on Tuesday, March 31, 2026 is scheduled.</p>
        <p><strong>Event Type:</strong><br>Hiring Manager Chat - Senior CSM (APAC)</p>
        <p><strong>Event Date/Time:</strong><br>09:00am - 09:30am (Asia/Manila) on Tuesday, March 31, 2026</p>
        <p><strong>Location:</strong><br>This is a Google Meet web conference. <a href="https://meet.google.com/wrx-pqne-ahs">Join now</a></p>
        <p><strong>Invitee Time Zone:</strong><br>Asia/Manila</p>
        <p><strong>Questions:</strong><br>Please share anything that will help prepare for our meeting.<br>I currently lead a 40-seat support team for a US SaaS account. Keen to hear more about how the APAC team is set up.</p>
        <p><a href="https://calendly.com/cancellations/3c0a8f31-4b8e-4d2a-b6a7-52a0c9e4ef11">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/3c0a8f31-4b8e-4d2a-b6a7-52a0c9e4ef11">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </div></body></html>
        """)
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "Confirmed: Hiring Manager Chat - Senior CSM (APAC) with Liam Hartigan on Tuesday, March 31, 2026",
             "2026-03-27 06:20:31", "UTC",
             f"<{b64id('brightgum', n=22)}@geopod-ismtpd-canary-0>",
             "o3.email.calendly.com", "168.245.52.12",
             ("Reply-To", addr("Liam Hartigan", "liam.hartigan@brightgum.com.au")))
    return message(h, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 5 Sinag Fintech, Kalibrr


@mail(N(), family="kalibrr", lang="en", interview=True, kind="scheduled",
      start="2026-05-06T02:00:00Z", end="2026-05-06T03:00:00Z", contact="angeli.ramos@sinagfintech.ph",
      company="Sinag Fintech", local="Wed 2026-05-06 10:00", local_end="2026-05-06 11:00", zone=MANILA,
      note="Kalibrr 'interview scheduled' notification from a no-reply mailbox: May 6, 2026"
           " (Wednesday) 10:00 AM - 11:00 AM (Asia/Manila), onsite in BGC = 02:00-03:00Z; contact ="
           " the recruiter address in the body")
def sinag_kalibrr() -> bytes:
    body = t("""
        Hi Patricia,

        Good news! Sinag Fintech has scheduled an interview with you for the position of
        Customer Support Operations Lead.

        INTERVIEW DETAILS
        Type: Onsite interview
        Date: May 6, 2026 (Wednesday)
        Time: 10:00 AM - 11:00 AM (Asia/Manila)
        Venue: Sinag Fintech, 21st Floor, Bonifacio Stopover Tower, 31st St. cor. 2nd Ave.,
               Bonifacio Global City, Taguig
        Note from the employer: Please bring one (1) valid government ID and present it at the
        lobby reception. For concerns, you may contact Ms. Angeli Ramos at
        angeli.ramos@sinagfintech.ph.

        View interview in Kalibrr: https://www.kalibrr.com/candidate/applications/7782014

        Good luck!
        The Kalibrr Team

        You are receiving this email because you applied to a job on Kalibrr.
        Kalibrr Technology Ventures, Inc. | Manila, Philippines
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview scheduled</title></head>
        <body style="margin:0;background:#f2f5f9;font-family:'Open Sans',Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
        <tr><td style="background:#1a73e8;padding:18px 28px;color:#fff;font-size:20px;font-weight:bold">kalibrr</td></tr>
        <tr><td style="padding:28px;font-size:14px;color:#333;line-height:1.6">
        <p>Hi Patricia,</p>
        <p>Good news! <b>Sinag Fintech</b> has scheduled an interview with you for the position of <b>Customer Support Operations Lead</b>.</p>
        <table cellpadding="6" cellspacing="0" style="background:#f7f9fc;border:1px solid #e1e6ef;width:100%;font-size:14px">
        <tr><td colspan="2" style="font-weight:bold;color:#1a73e8">INTERVIEW DETAILS</td></tr>
        <tr><td width="90">Type</td><td>Onsite interview</td></tr>
        <tr><td>Date</td><td>May 6, 2026 (Wednesday)</td></tr>
        <tr><td>Time</td><td>10:00 AM - 11:00 AM (Asia/Manila)</td></tr>
        <tr><td>Venue</td><td>Sinag Fintech, 21st Floor, Bonifacio Stopover Tower, 31st St. cor. 2nd Ave., Bonifacio Global City, Taguig</td></tr>
        </table>
        <p><b>Note from the employer:</b> Please bring one (1) valid government ID and present it at the lobby reception. For concerns, you may contact Ms. Angeli Ramos at <a href="mailto:angeli.ramos@sinagfintech.ph">angeli.ramos@sinagfintech.ph</a>.</p>
        <p style="text-align:center"><a href="https://www.kalibrr.com/candidate/applications/7782014" style="background:#1a73e8;color:#fff;padding:10px 22px;border-radius:4px;text-decoration:none">View interview</a></p>
        <p>Good luck!<br>The Kalibrr Team</p>
        </td></tr>
        <tr><td style="padding:16px 28px;font-size:11px;color:#999">You are receiving this email because you applied to a job on Kalibrr.<br>Kalibrr Technology Ventures, Inc. | Manila, Philippines</td></tr>
        </table></td></tr></table></body></html>
        """)
    h = hdrs(addr("Kalibrr", "no-reply@kalibrr.com"),
             "Interview scheduled: Customer Support Operations Lead at Sinag Fintech",
             "2026-04-30 08:05:09", "UTC",
             ses_id('sinag'),
             "a8-31.smtp-out.amazonses.com", "54.240.8.31")
    return message(h, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 6 Northgate, US HM reply


@mail(N(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-05-20T00:00:00Z", end="2026-05-20T00:45:00Z", contact="bkessler@northgatecommerce.com",
      company="Northgate Commerce", local="Tue 2026-05-19 20:00", local_end="2026-05-19 20:45",
      zone="America/New_York",
      note="US hiring manager's reply on top of the thread: 'Tuesday at 8pm Eastern (Wednesday 8am"
           " your time)', resolved against Date Thu 14 May (EDT) -> Tue 19 May 20:00 EDT = 00:00Z"
           " Wed 20 May = 08:00 PHT; 'a 45-minute conversation' -> end 00:45Z; contact = sender")
def northgate_reply() -> bytes:
    body = t("""
        Hi Patricia,

        Perfect, let's lock in Tuesday at 8pm Eastern (Wednesday 8am your time, if I did the math
        right). It'll be a 45-minute conversation, mostly about how you've built out QA and
        workforce planning for your current account, plus time for your questions.

        Zoom: https://northgatecommerce.zoom.us/j/92270315548
        Meeting ID: 922 7031 5548

        Looking forward to it.

        Brandon

        --
        Brandon Kessler
        Director, Customer Support | Northgate Commerce
        Boston, MA

        On Wed, May 13, 2026 at 10:41 PM Patricia Soriano <trish.soriano@example.com> wrote:
        > Hi Brandon,
        >
        > Thank you for getting back to me! I'm available Monday to Wednesday next week, anytime
        > between 7 AM and 11 AM Manila time (which I believe is 7 PM to 11 PM Eastern the evening
        > before).
        >
        > Best regards,
        > Patricia
        >
        > On Tue, May 12, 2026 at 4:03 PM Brandon Kessler <bkessler@northgatecommerce.com> wrote:
        >> Hi Patricia,
        >>
        >> Thanks for applying for the Support Operations Manager role. I'd love to set up a
        >> call with you next week. What times work on your end? Happy to go early or late
        >> my time to make it work with Manila.
        >>
        >> Brandon
        """)
    h = hdrs(addr("Brandon Kessler", "bkessler@northgatecommerce.com"),
             "Re: Support Operations Manager - next steps",
             "2026-05-14 11:12:40", "America/New_York",
             f"<CAH{b64id('northgate', n=40)}@mail.gmail.com>",
             "mail-yw1-f177.google.com", "209.85.128.177",
             ("In-Reply-To", f"<CA+{b64id('northgate-2', n=40)}@mail.gmail.com>"),
             ("References", f"<CAH{b64id('northgate-1', n=40)}@mail.gmail.com>\r\n"
                            f" <CA+{b64id('northgate-2', n=40)}@mail.gmail.com>"))
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 7 Kestrel Health, GCal


@mail(N(), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-06-11T01:00:00Z", end="2026-06-11T02:00:00Z",
      contact="dana.whitfield@kestrelhealth.com.au", company="Kestrel Health",
      local="Thu 2026-06-11 11:00", local_end="2026-06-11 12:00", zone="Australia/Sydney",
      note="Google Calendar invitation written in the organizer's zone: Thu 11 Jun 2026 11am-12pm"
           " Australian Eastern Standard Time (Sydney on AEST since 5 April) = 01:00-02:00Z (9-10am"
           " Manila); ICS in UTC agrees; contact = ORGANIZER / Reply-To")
def kestrel_gcal() -> bytes:
    eid = b64id("kestrel", "eid", n=60)
    title = "Panel interview - Patricia Soriano (Support Operations Lead, APAC)"
    body = t(f"""
        {title}
        Thursday 11 Jun 2026 ⋅ 11am – 12pm
        Australian Eastern Standard Time - Sydney

        Join with Google Meet
        https://meet.google.com/hvd-ouxk-tjp

        Join by phone
        (AU) +61 2 9051 8847 PIN: 502 113 998#

        More phone numbers
        https://tel.meet/hvd-ouxk-tjp?pin=3021139987041

        Hi Patricia - this is the panel round with Sam (Head of Patient Support) and Ritu (Workforce
        Manager). We'll spend the first half on your experience and the second half on a short
        scenario. No need to prepare slides.

        Guests
        Dana Whitfield - organizer
        Sam Okafor
        Ritu Desai
        trish.soriano@example.com
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Reply for trish.soriano@example.com
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer,
        be added to the guest list, invite others regardless of their own invitation status, or
        modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t(f"""
        <!doctype html><html><head><meta charset="UTF-8"></head><body>
        <div itemscope itemtype="http://schema.org/EventReservation"><meta itemprop="eventReservationStatus" content="http://schema.org/EventScheduled"/>
        <div itemprop="reservationFor" itemscope itemtype="http://schema.org/Event"><meta itemprop="name" content="{title}"/><meta itemprop="startDate" content="2026-06-11T01:00:00Z"/><meta itemprop="endDate" content="2026-06-11T02:00:00Z"/></div></div>
        <table style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043" width="100%"><tr><td>
        <h2 style="font-size:22px;font-weight:400">{title}</h2>
        <div style="font-size:14px">Thursday 11 Jun 2026 ⋅ 11am – 12pm (Australian Eastern Standard Time - Sydney)</div>
        <p><a href="https://meet.google.com/hvd-ouxk-tjp" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <p style="font-size:14px">Hi Patricia - this is the panel round with Sam (Head of Patient Support) and Ritu (Workforce Manager). We'll spend the first half on your experience and the second half on a short scenario. No need to prepare slides.</p>
        <div style="font-size:14px"><b>Guests</b><br>Dana Whitfield - organizer<br>Sam Okafor<br>Ritu Desai<br>trish.soriano@example.com</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260611T010000Z
DTEND:20260611T020000Z
DTSTAMP:20260603T033011Z
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@kestrelhealth.com.au
UID:{hid("kestrel", "uid", n=26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dana Whitfield;X-NUM-GUESTS=0:mailto:dana.whitfield@kestrelhealth.com.au
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Okafor;X-NUM-GUESTS=0:mailto:sam.okafor@kestrelhealth.com.au
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ritu Desai;X-NUM-GUESTS=0:mailto:ritu.desai@kestrelhealth.com.au
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=trish.soriano@example.com;X-NUM-GUESTS=0:mailto:trish.soriano@example.com
X-GOOGLE-CONFERENCE:https://meet.google.com/hvd-ouxk-tjp
CREATED:20260603T033009Z
DESCRIPTION:Hi Patricia - this is the panel round with Sam (Head of Patient Support) and Ritu (Workforce Manager). We'll spend the first half on your experience and the second half on a short scenario. No need to prepare slides.\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/hvd-ouxk-tjp\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260603T033010Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Dana Whitfield", "dana.whitfield@kestrelhealth.com.au"),
             f"Invitation: {title} @ Thu 11 Jun 2026 11am - 12pm (AEST) (trish.soriano@example.com)",
             "2026-06-03 03:30:11", "UTC",
             f"<calendar-{hid('kestrel', 'mid', n=8)}-{hid('kestrel', 'm2', n=4)}-{hid('kestrel', 'm3', n=4)}-{hid('kestrel', 'm4', n=4)}-{hid('kestrel', 'm5', n=12)}@google.com>",
             "mail-sor-f73.google.com", "209.85.220.73",
             ("Sender", "Google Calendar <calendar-notification@google.com>"),
             ("Reply-To", "dana.whitfield@kestrelhealth.com.au"))
    return message(h, mixed(alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")),
                            calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", name_param=True)))


# --------------------------------------------------------------------------- 8 Prairieline, Workday


@mail(N(), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-07-09T00:00:00Z", end="2026-07-09T01:00:00Z", contact="tanya.brooks@prairieline.com",
      company="Prairieline Insurance", local="Wed 2026-07-08 19:00", local_end="2026-07-08 20:00",
      zone="America/Chicago",
      note="Workday notification, HTML only: 'Interview Date: 07/08/2026' (US MM/DD = 8 July)"
           " '7:00 PM - 8:00 PM (GMT-05:00) Central Time (Chicago)' = 00:00-01:00Z Thu 9 July"
           " (8-9 AM Manila, not written); contact = recruiter address in the body")
def prairieline_workday() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #dcdcdc">
        <tr><td style="padding:14px 20px;background:#00577d;color:#fff;font-size:16px">Prairieline Insurance</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Patricia,</p>
        <p>Thank you for your interest in the <b>Manager, Customer Support Operations (Remote - Philippines)</b> position (Job Requisition R-10482). Your interview has been scheduled as follows:</p>
        <table cellpadding="4" cellspacing="0" style="font-size:13px">
        <tr><td><b>Interview Date:</b></td><td>07/08/2026</td></tr>
        <tr><td><b>Interview Time:</b></td><td>7:00 PM - 8:00 PM (GMT-05:00) Central Time (Chicago)</td></tr>
        <tr><td><b>Interview Type:</b></td><td>Video - Microsoft Teams</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Gregory Lindahl, VP Service Operations<br>Tanya Brooks, Talent Acquisition Partner</td></tr>
        </table>
        <p>A Microsoft Teams link will be sent to you separately from your interviewer's calendar. Please make sure your audio and video are working before the interview.</p>
        <p>If you have any questions, please contact your recruiter, Tanya Brooks, at <a href="mailto:tanya.brooks@prairieline.com">tanya.brooks@prairieline.com</a>.</p>
        <p>You can review your application status at any time by signing in to the <a href="https://prairieline.wd5.myworkdayjobs.com/en-US/External/userHome">Prairieline Careers site</a>.</p>
        <p>Sincerely,<br>Prairieline Insurance Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:10px 20px;font-size:11px;color:#888;border-top:1px solid #eee">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table></body></html>
        """)
    h = hdrs(addr("Prairieline Insurance", "prairieline@myworkday.com"),
             "Interview Scheduled - Manager, Customer Support Operations (Remote - Philippines)",
             "2026-07-01 15:40:26", "America/Chicago",
             f"<{hid('prairie', n=10)}.{hid('prairie', 'x', n=6)}.JavaMail.wdprod@wd5-prod-app14.myworkday.com>",
             "wd5-smtp-out3.myworkday.com", "64.124.222.37")
    return message(h, html(page, cte="quoted-printable"))


# --------------------------------------------------------------------------- 9 Harborlight, Lever reschedule


@mail(N(), family="lever", lang="en", interview=True, kind="rescheduled",
      start="2026-10-20T13:00:00Z", end="2026-10-20T14:00:00Z", contact="kayla.brennan@harborlightcx.com",
      company="Harborlight CX", local="Tue 2026-10-20 21:00", local_end="2026-10-20 22:00", zone=MANILA,
      note="Lever update in the candidate's zone: new time Tue 20 Oct 9:00-10:00 PM Asia/Manila ="
           " 13:00-14:00Z; the old slot (Mon 19 Oct 10 PM) is also written; ICS SEQUENCE:1 TZID"
           " Asia/Manila; contact = Reply-To recruiter")
def harborlight_lever() -> bytes:
    body = t("""
        Hi Patricia,

        Your interview for Senior Manager, Support Operations (APAC) at Harborlight CX has been rescheduled. Here are the updated details:

        Tuesday, October 20, 2026
        9:00 PM - 10:00 PM (GMT+08:00) Asia/Manila

        Previously: Monday, October 19, 2026, 10:00 PM - 11:00 PM

        Interviewer: Jordan Pike, VP Customer Operations
        Location: https://meet.google.com/bsk-tnwa-oeq

        An updated calendar invitation is attached. If you have any questions, reply to this email to reach Kayla Brennan.

        Harborlight CX
        """)
    page = t("""
        <html><body style="font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <div style="max-width:580px;margin:0 auto;padding:24px">
        <p>Hi Patricia,</p>
        <p>Your interview for <b>Senior Manager, Support Operations (APAC)</b> at Harborlight CX has been rescheduled. Here are the updated details:</p>
        <div style="background:#f4f6f8;padding:14px 16px;border-radius:4px">
        <div style="font-weight:600">Tuesday, October 20, 2026</div>
        <div>9:00 PM - 10:00 PM (GMT+08:00) Asia/Manila</div>
        <div style="color:#8a8f98;margin-top:6px"><s>Monday, October 19, 2026, 10:00 PM - 11:00 PM</s></div>
        </div>
        <p>Interviewer: Jordan Pike, VP Customer Operations<br>Location: <a href="https://meet.google.com/bsk-tnwa-oeq">https://meet.google.com/bsk-tnwa-oeq</a></p>
        <p>An updated calendar invitation is attached. If you have any questions, reply to this email to reach Kayla Brennan.</p>
        <p style="color:#8a8f98;font-size:12px">Harborlight CX &middot; Sent with Lever</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Asia/Manila"]}
BEGIN:VEVENT
UID:lever-{hid("harborlight", "uid", n=8)}-{hid("harborlight", "u2", n=4)}-{hid("harborlight", "u3", n=4)}-{hid("harborlight", "u4", n=12)}
DTSTAMP:20261015T123000Z
DTSTART;TZID=Asia/Manila:20261020T210000
DTEND;TZID=Asia/Manila:20261020T220000
SUMMARY:Interview: Patricia Soriano <> Harborlight CX (Senior Manager\\, Support Operations)
LOCATION:https://meet.google.com/bsk-tnwa-oeq
ORGANIZER;CN=Kayla Brennan:mailto:kayla.brennan@harborlightcx.com
ATTENDEE;CN=Patricia Soriano;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:trish.soriano@example.com
ATTENDEE;CN=Jordan Pike;RSVP=TRUE;PARTSTAT=ACCEPTED:mailto:jordan.pike@harborlightcx.com
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Harborlight CX", "no-reply@hire.lever.co"),
             "Your interview with Harborlight CX has been updated",
             "2026-10-15 12:30:04", "UTC",
             ses_id('harb'),
             "a48-112.smtp-out.amazonses.com", "54.240.48.112",
             ("Reply-To", addr("Kayla Brennan", "kayla.brennan@harborlightcx.com")))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, method="REQUEST", filename="invite.ics",
                                     disposition="attachment", cte="base64")))


# --------------------------------------------------------------------------- 10 Visayan, Exchange update (Taipei)


@mail(N(), family="exchange_invite", lang="en", interview=True, kind="rescheduled",
      start="2026-09-07T05:30:00Z", end="2026-09-07T06:30:00Z",
      contact="cristina.penaflor@visayanshared.com.ph", company="Visayan Shared Services Corp.",
      local="Mon 2026-09-07 13:30", local_end="2026-09-07 14:30", zone=MANILA,
      note="Cebu company's Outlook update, TZID 'Taipei Standard Time' (UTC+8, = Manila): moved from"
           " Fri 4 Sep 10:00 AM to 'Monday, September 7 at 1:30 PM' = 05:30Z; DTEND 14:30 from the"
           " ICS; SEQUENCE 1; windows-1252 text part; contact = human organizer")
def visayan_update() -> bytes:
    body = t("""
        Hi Trish,

        Please be informed that your final interview has been moved from Friday, September 4 (10:00 AM) to Monday, September 7 at 1:30 PM, as Sir Ramon will be travelling to Manila on Friday. Same Teams link as before.

        Apologies for the inconvenience, and thank you for your understanding.

        Regards,
        Ma. Cristina Peñaflor
        HR Business Partner – Talent Acquisition
        Visayan Shared Services Corp.
        6F Mahogany Building, Cebu IT Park, Lahug, Cebu City 6000

        """) + teams("visayan", "389 120 557 046", "Yv3q9P")
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + paras_inner(body.split("____")[0]) + "</div>\n"
            + teams_html("visayan", "389 120 557 046", "Yv3q9P") + "</body></html>\n")
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Taipei Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Ma. Cristina Peñaflor:mailto:cristina.penaflor@visayanshared.com.ph
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=trish.soriano@example.com:mailto:trish.soriano@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ramon Uy:mailto:ramon.uy@visayanshared.com.ph
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:040000008200E00074C5B7101A82E00800000000{hid("visayan", "uid", n=56).upper()}
SUMMARY;LANGUAGE=en-US:Final Interview - Patricia Soriano (Workforce & Support Operations Manager)
DTSTART;TZID=Taipei Standard Time:20260907T133000
DTEND;TZID=Taipei Standard Time:20260907T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260901T011000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1830224176
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
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
    subj = "Final Interview - Patricia Soriano (Workforce & Support Operations Manager)"
    mid = f"<PS2PR03MB{hid('visayan', 'mbx', n=4).upper()}{hid('visayan', 'mid', n=28).upper()}@PS2PR03MB3781.apcprd03.prod.outlook.com>"
    h = hdrs(addr("Ma. Cristina Peñaflor", "cristina.penaflor@visayanshared.com.ph", "iso-8859-1"),
             subj, "2026-09-01 01:10:00", "UTC", mid,
             "HK3PR03CU002.outbound.protection.outlook.com", "40.107.127.44",
             ("Thread-Topic", subj),
             ("Thread-Index", "AQHdG1rW" + b64id("visayan", "ti", n=20) + "=="),
             ("Accept-Language", "en-PH, en-US"), ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""))
    return message(h, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252"),
                          calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 11 Tanglaw, Taglish move


@mail(N(), family="human_prose", lang="tl-en", interview=True, kind="rescheduled",
      start="2026-06-19T02:00:00Z", end=None, contact="joyanne.mercado@tanglawbpo.com",
      company="Tanglaw BPO Solutions", local="Fri 2026-06-19 10:00", zone=MANILA,
      note="Taglish recruiter reply moving the final interview from '3PM today' to 'tomorrow,"
           " Friday, 10AM', resolved against Date Thu 18 Jun (PHT) -> Fri 19 Jun 10:00 PHT = 02:00Z;"
           " the quoted thread holds the old June 18 3:00 PM slot; contact = sender")
def tanglaw_move() -> bytes:
    body = t("""
        Hi Ms. Trish, good morning po!

        Sorry po for the short notice. Need po namin i-move yung final interview niyo with Sir Paolo (our Ops Director) to tomorrow, Friday, 10AM instead of 3PM today. Nagka-emergency meeting po kasi siya with the client this afternoon.

        Same venue pa rin po - 9F Tanglaw Center, V.A. Rufino St., Legazpi Village, Makati. Just approach the guard sa lobby and tell them you're for Tanglaw HR.

        Kindly reply lang po if ok sa inyo. Thank you and sorry po ulit!

        Joy Anne Mercado
        Recruitment Officer | Tanglaw BPO Solutions
        0917 552 8140

        On Mon, Jun 15, 2026 at 5:12 PM Patricia Soriano <trish.soriano@example.com> wrote:
        > Noted po, I'll be there. Thank you Ms. Joy!
        >
        > On Mon, Jun 15, 2026 at 3:40 PM Joy Anne Mercado <joyanne.mercado@tanglawbpo.com> wrote:
        >> Hi Ms. Patricia,
        >>
        >> Congratulations! You passed the assessment. We would like to invite you for a final interview on June 18, Thursday, 3:00 PM at our Makati site with our Operations Director, Mr. Paolo Ilagan.
        >>
        >> Please bring a printed copy of your resume and 1 valid ID.
        >>
        >> Thank you,
        >> Joy
        """)
    h = hdrs(addr("Joy Anne Mercado", "joyanne.mercado@tanglawbpo.com"),
             "Re: Final Interview Schedule - Patricia Soriano",
             "2026-06-18 08:47:05", MANILA,
             f"<CAJ{b64id('tanglaw', n=42)}@mail.gmail.com>",
             "mail-pl1-f182.google.com", "209.85.214.182",
             ("In-Reply-To", f"<CA+{b64id('tanglaw-2', n=40)}@mail.gmail.com>"),
             ("References", f"<CAJ{b64id('tanglaw-1', n=42)}@mail.gmail.com>\r\n"
                            f" <CA+{b64id('tanglaw-2', n=40)}@mail.gmail.com>"))
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 12 Switchback, GCal update (US DST end)


@mail(N(), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-11-02T14:00:00Z", end="2026-11-02T14:45:00Z", contact="hannah.lindqvist@switchbacklabs.io",
      company="Switchback Labs", local="Mon 2026-11-02 07:00", local_end="2026-11-02 07:45",
      zone="America/Denver",
      note="Google Calendar 'Updated invitation': moved from Fri 30 Oct 7am MDT to Mon 2 Nov"
           " 7am-7:45am Mountain Time; the US leaves DST on 1 Nov, so 7am MST = 14:00Z (10pm Manila,"
           " not 9pm as before); ICS TZID America/Denver SEQUENCE 1; contact = ORGANIZER")
def switchback_update() -> bytes:
    eid = b64id("switchback", "eid", n=60)
    title = "Final round: Support Operations Lead (Patricia Soriano)"
    note = ("Moving us to Monday - Hannah's out Friday. Same Meet link. Heads up that we switch back to "
            "standard time on Sunday, so this lands at 10pm Manila instead of 9pm. Sorry for the late one!")
    body = t(f"""
        This event has been updated
        Changed: time

        {title}
        Monday Nov 2, 2026 ⋅ 7am – 7:45am
        Mountain Time - Denver

        Join with Google Meet
        https://meet.google.com/qtf-ezmc-vhk

        {note}

        Guests
        Hannah Lindqvist - organizer
        Carlos Mendez
        trish.soriano@example.com
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Reply for trish.soriano@example.com
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
        """)
    page = t(f"""
        <!doctype html><html><head><meta charset="UTF-8"></head><body>
        <table style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043" width="100%"><tr><td>
        <div style="font-size:14px;color:#d93025">This event has been updated</div>
        <h2 style="font-size:22px;font-weight:400">{title}</h2>
        <div style="font-size:14px"><span style="background:#fce8e6">Monday Nov 2, 2026 ⋅ 7am – 7:45am</span> (Mountain Time - Denver)</div>
        <div style="font-size:14px;color:#70757a"><s>Friday Oct 30, 2026 ⋅ 7am – 7:45am</s></div>
        <p><a href="https://meet.google.com/qtf-ezmc-vhk" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <p style="font-size:14px">{note}</p>
        <div style="font-size:14px"><b>Guests</b><br>Hannah Lindqvist - organizer<br>Carlos Mendez<br>trish.soriano@example.com</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/Denver"]}
BEGIN:VEVENT
DTSTART;TZID=America/Denver:20261102T070000
DTEND;TZID=America/Denver:20261102T074500
DTSTAMP:20261028T220533Z
ORGANIZER;CN=Hannah Lindqvist:mailto:hannah.lindqvist@switchbacklabs.io
UID:{hid("switchback", "uid", n=26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hannah Lindqvist;X-NUM-GUESTS=0:mailto:hannah.lindqvist@switchbacklabs.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carlos Mendez;X-NUM-GUESTS=0:mailto:carlos.mendez@switchbacklabs.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=trish.soriano@example.com;X-NUM-GUESTS=0:mailto:trish.soriano@example.com
X-GOOGLE-CONFERENCE:https://meet.google.com/qtf-ezmc-vhk
CREATED:20261021T160212Z
DESCRIPTION:{note.replace(",", chr(92) + ",")}\\n\\nJoin with Google Meet: https://meet.google.com/qtf-ezmc-vhk
LAST-MODIFIED:20261028T220531Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Hannah Lindqvist", "hannah.lindqvist@switchbacklabs.io"),
             f"Updated invitation: {title} @ Mon Nov 2, 2026 7am - 7:45am (MST) (trish.soriano@example.com)",
             "2026-10-28 22:05:33", "UTC",
             f"<calendar-{hid('switch', 'mid', n=8)}-{hid('switch', 'm2', n=4)}-{hid('switch', 'm3', n=4)}-{hid('switch', 'm4', n=4)}-{hid('switch', 'm5', n=12)}@google.com>",
             "mail-sor-f69.google.com", "209.85.220.69",
             ("Sender", "Google Calendar <calendar-notification@google.com>"),
             ("Reply-To", "hannah.lindqvist@switchbacklabs.io"))
    return message(h, mixed(alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")),
                            calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", name_param=True)))


# --------------------------------------------------------------------------- 13 Tembusu, GCal cancel


@mail(N(), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-07-22T08:00:00Z", end="2026-07-22T09:00:00Z", contact="siti.rahmah@tembusulogistics.sg",
      company="Tembusu Logistics", local="Wed 2026-07-22 16:00", local_end="2026-07-22 17:00",
      zone="Asia/Singapore",
      note="Google Calendar 'Canceled event with note': the Wed 22 Jul 4pm-5pm SGT case interview"
           " (08:00-09:00Z) is cancelled, new slots only promised; METHOD:CANCEL; start = the"
           " cancelled slot; contact = ORGANIZER")
def tembusu_cancel() -> bytes:
    title = "Case interview - Support Operations Lead (Patricia Soriano)"
    note = ("Hi Patricia, so sorry - we have to cancel Wednesday's case interview as our hiring manager is on "
            "urgent leave this week. I'll get back to you with new slots once her schedule is clearer. - Siti")
    body = t(f"""
        This event has been canceled with a note:
        "{note}"

        {title}
        Wednesday 22 Jul 2026 ⋅ 4pm – 5pm
        Singapore Standard Time

        Guests
        Siti Rahmah - organizer
        Jasmine Ong
        trish.soriano@example.com

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t(f"""
        <!doctype html><html><head><meta charset="UTF-8"></head><body>
        <table style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043" width="100%"><tr><td>
        <div style="font-size:14px">This event has been canceled with a note:</div>
        <div style="font-size:14px;background:#f1f3f4;padding:8px 12px;margin:8px 0">&quot;{note}&quot;</div>
        <h2 style="font-size:22px;font-weight:400"><s>{title}</s></h2>
        <div style="font-size:14px">Wednesday 22 Jul 2026 ⋅ 4pm – 5pm (Singapore Standard Time)</div>
        <div style="font-size:14px"><b>Guests</b><br>Siti Rahmah - organizer<br>Jasmine Ong<br>trish.soriano@example.com</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["Asia/Singapore"]}
BEGIN:VEVENT
DTSTART;TZID=Asia/Singapore:20260722T160000
DTEND;TZID=Asia/Singapore:20260722T170000
DTSTAMP:20260720T030041Z
ORGANIZER;CN=Siti Rahmah:mailto:siti.rahmah@tembusulogistics.sg
UID:{hid("tembusu", "uid", n=26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=trish.soriano@example.com;X-NUM-GUESTS=0:mailto:trish.soriano@example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jasmine Ong;X-NUM-GUESTS=0:mailto:jasmine.ong@tembusulogistics.sg
CREATED:20260714T091500Z
DESCRIPTION:
LAST-MODIFIED:20260720T030040Z
LOCATION:Tembusu Logistics\\, 8 Changi Business Park Ave 1\\, Singapore / Google Meet
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Siti Rahmah", "siti.rahmah@tembusulogistics.sg"),
             f"Canceled event with note: {title} @ Wed 22 Jul 2026 4pm - 5pm (SGT) (trish.soriano@example.com)",
             "2026-07-20 03:00:41", "UTC",
             f"<calendar-{hid('temb', 'mid', n=8)}-{hid('temb', 'm2', n=4)}-{hid('temb', 'm3', n=4)}-{hid('temb', 'm4', n=4)}-{hid('temb', 'm5', n=12)}@google.com>",
             "mail-sor-f70.google.com", "209.85.220.70",
             ("Sender", "Google Calendar <calendar-notification@google.com>"),
             ("Reply-To", "siti.rahmah@tembusulogistics.sg"))
    return message(h, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
                            calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", name_param=True)))


# --------------------------------------------------------------------------- 14 Outpost Remote, Workable cancel


@mail(N(), family="workable", lang="en", interview=True, kind="cancelled",
      start="2026-10-12T01:30:00Z", end="2026-10-12T02:00:00Z", contact=None,
      company="Outpost Remote", local="Mon 2026-10-12 09:30", local_end="2026-10-12 10:00",
      zone="Australia/Perth",
      note="Workable cancellation: 'Monday, October 12, 2026 at 9:30 AM AWST (Perth), 30 minutes'"
           " = 01:30-02:00Z (Perth has no DST, same clock as Manila); METHOD:CANCEL ICS; From is"
           " noreply and Reply-To a Workable relay, the signer has no address -> contact null")
def outpost_cancel() -> bytes:
    body = t("""
        Hi Patricia,

        We're sorry to let you know that your interview for the Client Support Team Lead position at Outpost Remote, scheduled for Monday, October 12, 2026 at 9:30 AM AWST (Perth), 30 minutes, has been cancelled.

        Our team will be in touch with you about next steps.

        Kind regards,
        Janelle Ortiz
        Talent Partner, Outpost Remote

        ---
        Sent by Outpost Remote via Workable. Replies to this email go to the hiring team.
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#283947">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="20" cellspacing="0"><tr><td>
        <p>Hi Patricia,</p>
        <p>We're sorry to let you know that your interview for the <strong>Client Support Team Lead</strong> position at Outpost Remote, scheduled for <strong>Monday, October 12, 2026 at 9:30 AM AWST (Perth)</strong>, 30 minutes, has been cancelled.</p>
        <p>Our team will be in touch with you about next steps.</p>
        <p>Kind regards,<br>Janelle Ortiz<br>Talent Partner, Outpost Remote</p>
        <p style="font-size:11px;color:#8b98a5;border-top:1px solid #e6ebf0;padding-top:10px">Sent by Outpost Remote via <a href="https://www.workable.com">Workable</a>. Replies to this email go to the hiring team.</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Events//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:{hid("outpost", "uid", n=32)}@workable.com
DTSTAMP:20261008T060012Z
DTSTART:20261012T013000Z
DTEND:20261012T020000Z
SUMMARY:Interview: Patricia Soriano - Client Support Team Lead (Outpost Remote)
ORGANIZER;CN=Outpost Remote:mailto:noreply@candidates.workablemail.com
ATTENDEE;CN=Patricia Soriano;PARTSTAT=NEEDS-ACTION:mailto:trish.soriano@example.com
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    relay = f"outpost-remote+{hid('outpost', 'relay', n=10)}@candidates.workablemail.com"
    h = hdrs(addr("Outpost Remote", "noreply@candidates.workablemail.com"),
             "Interview cancelled - Client Support Team Lead at Outpost Remote",
             "2026-10-08 06:00:12", "UTC",
             f"<{hid('outpost', 'mid', n=24)}@candidates.workablemail.com>",
             "mail-a1.workablemail.com", "185.53.178.21",
             ("Reply-To", addr("Outpost Remote", relay)))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, method="CANCEL", filename="cancel.ics",
                                     disposition="attachment", cte="7bit")))


# --------------------------------------------------------------------------- 15 Larrikin Labs, cancel prose


@mail(N(), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-10-15T03:00:00Z", end=None, contact="nick.marchetti@larrikinlabs.com.au",
      company="Larrikin Labs", local="Thu 2026-10-15 14:00", zone="Australia/Melbourne",
      note="Melbourne hiring manager cancels 'our interview on Thursday (2pm Melbourne / 11am"
           " Manila)' because the role is on hold; Date Mon 12 Oct AEDT -> Thu 15 Oct 14:00 AEDT"
           " (Victoria on daylight time since 4 Oct) = 03:00Z; no new time; contact = sender")
def larrikin_cancel() -> bytes:
    body = t("""
        Hi Patricia,

        I'm really sorry to do this, but I have to cancel our interview on Thursday (2pm Melbourne / 11am Manila). We found out on Friday that the Head of Customer Support role has been put on hold until the new financial year, so I don't want to take up your time for something we can't move on.

        I've genuinely enjoyed our chats so far and I'll reach out personally if it opens back up.

        Cheers,
        Nick

        Nick Marchetti
        COO, Larrikin Labs
        Level 3, 120 Smith St, Collingwood VIC 3066

        On Tue, 6 Oct 2026 at 4:18 pm, Nick Marchetti <nick.marchetti@larrikinlabs.com.au> wrote:
        > Great, Thursday 15 Oct at 2pm AEDT it is. I'll send a Meet link the day before.
        > Nick
        """)
    h = hdrs(addr("Nick Marchetti", "nick.marchetti@larrikinlabs.com.au"),
             "Re: Head of Customer Support - chat",
             "2026-10-12 09:20:48", "Australia/Melbourne",
             f"<CAN{b64id('larrikin', n=42)}@mail.gmail.com>",
             "mail-ot1-f51.google.com", "209.85.210.51",
             ("In-Reply-To", f"<CAN{b64id('larrikin-1', n=42)}@mail.gmail.com>"),
             ("References", f"<CAN{b64id('larrikin-1', n=42)}@mail.gmail.com>"))
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 16 Cedarbrook, iCIMS


@mail(N(), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-03-05T01:30:00Z", end="2026-03-05T02:30:00Z",
      contact="monica.reyeshart@cedarbrookhealth.org", company="Cedarbrook Health",
      local="Wed 2026-03-04 20:30", local_end="2026-03-04 21:30", zone="America/New_York",
      note="iCIMS confirmation: Wednesday, March 4, 2026, 8:30 PM Eastern Standard Time (before"
           " the US switch on 8 March), 60 minutes = 01:30-02:30Z Thu 5 Mar (9:30 AM Manila, not"
           " written); contact = coordinator address in the body")
def cedarbrook_icims() -> bytes:
    body = t("""
        Dear Patricia,

        Thank you for your interest in Cedarbrook Health. This email confirms your interview for the position of Patient Support Operations Supervisor (Offshore Team), Requisition 2026-3315.

        Date: Wednesday, March 4, 2026
        Time: 8:30 PM Eastern Standard Time (US)
        Duration: 60 minutes
        Format: Microsoft Teams video interview (the link will be sent by your interviewer)
        Interviewer(s): Colleen Marsh, Director of Patient Access

        Please note that the time above is in US Eastern Time. Candidates located outside the United States should convert it to their local time zone.

        If you need to reschedule, please contact Monica Reyes-Hart at monica.reyeshart@cedarbrookhealth.org at least 24 hours in advance.

        Sincerely,

        Talent Acquisition
        Cedarbrook Health

        Please do not reply to this message. This mailbox is not monitored.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222">
        <img src="https://careers-cedarbrookhealth.icims.com/images/logo.png" alt="Cedarbrook Health" width="180"><br><br>
        Dear Patricia,<br><br>
        Thank you for your interest in Cedarbrook Health. This email confirms your interview for the position of <b>Patient Support Operations Supervisor (Offshore Team)</b>, Requisition 2026-3315.<br><br>
        <b>Date:</b> Wednesday, March 4, 2026<br>
        <b>Time:</b> 8:30 PM Eastern Standard Time (US)<br>
        <b>Duration:</b> 60 minutes<br>
        <b>Format:</b> Microsoft Teams video interview (the link will be sent by your interviewer)<br>
        <b>Interviewer(s):</b> Colleen Marsh, Director of Patient Access<br><br>
        Please note that the time above is in US Eastern Time. Candidates located outside the United States should convert it to their local time zone.<br><br>
        If you need to reschedule, please contact Monica Reyes-Hart at <a href="mailto:monica.reyeshart@cedarbrookhealth.org">monica.reyeshart@cedarbrookhealth.org</a> at least 24 hours in advance.<br><br>
        Sincerely,<br><br>Talent Acquisition<br>Cedarbrook Health<br><br>
        <span style="font-size:10px;color:#888">Please do not reply to this message. This mailbox is not monitored.</span>
        </div></body></html>
        """)
    h = hdrs(addr("Cedarbrook Health", "cedarbrookhealth+autoreply@talent.icims.com"),
             "Interview Confirmation - Patient Support Operations Supervisor (Offshore Team)",
             "2026-02-27 13:00:52", "America/New_York",
             f"<{hid('cedar', 'mid', n=12)}.{hid('cedar', 'x', n=6)}@talent.icims.com>",
             "mta-out3.icims.com", "66.42.171.20")
    return message(h, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 17 Marina Loop, BambooHR


@mail(N(), family="bamboohr", lang="en", interview=True, kind="scheduled",
      start="2026-04-13T08:00:00Z", end="2026-04-13T08:45:00Z", contact="jolene.lim@marinaloop.com",
      company="Marina Loop", local="Mon 2026-04-13 16:00", local_end="2026-04-13 16:45",
      zone="Asia/Singapore",
      note="BambooHR mail from a notifications mailbox on behalf of the recruiter: Monday, 13 April"
           " 2026 4:00 PM - 4:45 PM SGT (= Manila) = 08:00-08:45Z; contact = Reply-To recruiter")
def marinaloop_bamboo() -> bytes:
    body = t("""
        Hi Patricia,

        Thank you for your interest in the Customer Support Manager (SEA) role at Marina Loop! I'm happy to confirm your video interview:

        Monday, 13 April 2026
        4:00 PM - 4:45 PM Singapore time (SGT), which is also 4:00 PM in Manila
        Google Meet: https://meet.google.com/ycn-fgwd-ipr

        You'll be speaking with me and with Arjun Pillai, our Head of Customer Operations. The interview will last 45 minutes, and we'll leave some time at the end for your questions.

        If anything comes up, simply reply to this email.

        Best,
        Jolene Lim
        People & Talent, Marina Loop

        --
        This email was sent via BambooHR on behalf of Marina Loop Pte. Ltd.
        """)
    h = hdrs(addr("Jolene Lim", "notifications@app.bamboohr.com"),
             "Your interview with Marina Loop - Customer Support Manager (SEA)",
             "2026-04-08 09:30:14", "UTC",
             f"<{hid('marina', 'mid', n=32)}@app.bamboohr.com>",
             "o1.ptr3361.bamboohr.com", "149.72.35.19",
             ("Reply-To", addr("Jolene Lim", "jolene.lim@marinaloop.com")))
    return message(h, alt(text(body), html(paras_html(body, "font-family:Lato,Arial,sans-serif;font-size:15px;color:#38312f"))))


# --------------------------------------------------------------------------- 18 Cebu Anchor, note to self (Viber)


@mail(N(), family="forward_self", lang="tl-en", interview=True, kind="scheduled",
      start="2026-06-04T01:30:00Z", end=None, contact=None,
      company="Cebu Anchor Contact Center", local="Thu 2026-06-04 09:30", zone=MANILA,
      note="Note to self pasting a Viber chat: HR confirms 'final interview ... on June 4 (Thursday)"
           " 9:30 AM via Zoom' = 01:30Z (PHT); From and To are the candidate, no other e-mail address"
           " anywhere -> contact null")
def cebuanchor_viber() -> bytes:
    body = t("""
        paste from viber para hindi ko makalimutan 🙏

        [6/1/26, 7:52 PM] Joy - Cebu Anchor HR: Hi Trish! Good evening po. Confirmed na po yung final interview niyo with our Site Director, Mr. Alvin Go, on June 4 (Thursday) 9:30 AM via Zoom.
        [6/1/26, 7:52 PM] Joy - Cebu Anchor HR: Zoom link: https://us06web.zoom.us/j/83318820417?pwd=Q2ViQW5jaG9y  Passcode: 447120
        [6/1/26, 7:53 PM] Joy - Cebu Anchor HR: Please log in 10 mins early po and wear business attire. Thank you!
        [6/1/26, 8:05 PM] Trish: Noted po, thank you Ms. Joy! See you on Thursday 😊

        to do: print resume, iron blazer, charge laptop, test zoom sa bagong laptop
        """)
    h = [
        ("Received", "from [192.168.1.7] (112.198.71.44)\r\n by smtp.gmail.com with ESMTPSA id"
                     " 9i8sm2210344pjb.41 for <trish.soriano@example.com>;\r\n "
                     + date("2026-06-01 07:14:38", "America/Los_Angeles") + " (PDT)"),
        ("From", TO),
        ("To", TO),
        ("Subject", "cebu anchor final interview!!"),
        ("Date", date("2026-06-01 22:14:36", MANILA)),
        ("Message-ID", f"<{hid('cebu', 'mid', n=8).upper()}-{hid('cebu', 'm2', n=4).upper()}-4F21-9C0E-{hid('cebu', 'm3', n=12).upper()}@example.com>"),
        ("X-Mailer", "iPhone Mail (22F76)"),
    ]
    return message(h, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 19 Wattlebird, Exchange AUS Eastern


@mail(N(), family="exchange_invite", lang="en", interview=True, kind="scheduled",
      start="2026-08-20T00:30:00Z", end="2026-08-20T01:30:00Z",
      contact="priya.chandrasekar@wattlebird.com.au", company="Wattlebird Insurance",
      local="Thu 2026-08-20 10:30", local_end="2026-08-20 11:30", zone="Australia/Sydney",
      note="Exchange meeting request, TZID 'AUS Eastern Standard Time', August = AEST (UTC+10):"
           " Thu 20 Aug 10:30-11:30 = 00:30-01:30Z; body also gives '8:30-9:30 AM Manila time';"
           " contact = human organizer")
def wattlebird_exchange() -> bytes:
    body = t("""
        Hi Patricia,

        As discussed on the phone this afternoon, please find attached the invitation for your panel interview for the Claims Support Team Manager (Manila hub) role.

        When: Thursday, 20 August 2026 10:30 AM-11:30 AM (UTC+10:00) Canberra, Melbourne, Sydney
        (that's 8:30-9:30 AM Manila time)

        Panel: Greg Hollis (GM Claims Operations) and Mei Ling Chua (HR Business Partner)

        The panel will ask you to walk through how you would set up the first 90 days of the Manila hub, so it's worth having a few notes ready. No slides needed.

        Kind regards,
        Priya

        Priya Chandrasekar | Senior Talent Acquisition Advisor
        Wattlebird Insurance | Level 12, 255 George Street, Sydney NSW 2000

        """) + teams("wattlebird", "455 091 336 218", "k2Wn7R")
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">\n'
            + paras_inner(body.split("____")[0]) + "</div>\n"
            + teams_html("wattlebird", "455 091 336 218", "k2Wn7R") + "</body></html>\n")
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["AUS Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Priya Chandrasekar:mailto:priya.chandrasekar@wattlebird.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Patricia Soriano:mailto:trish.soriano@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Greg Hollis:mailto:greg.hollis@wattlebird.com.au
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mei Ling Chua:mailto:meiling.chua@wattlebird.com.au
DESCRIPTION;LANGUAGE=en-AU:{desc}
UID:040000008200E00074C5B7101A82E00800000000{hid("wattle", "uid", n=56).upper()}
SUMMARY;LANGUAGE=en-AU:Panel Interview - Claims Support Team Manager (Manila hub) - Patricia Soriano
DTSTART;TZID=AUS Eastern Standard Time:20260820T103000
DTEND;TZID=AUS Eastern Standard Time:20260820T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260814T064520Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118920461
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
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
    subj = "Wattlebird Insurance | Panel Interview | Patricia Soriano"
    mid = f"<SY4PR01MB{hid('wattle', 'mbx', n=4).upper()}{hid('wattle', 'mid', n=28).upper()}@SY4PR01MB6203.ausprd01.prod.outlook.com>"
    h = hdrs(addr("Priya Chandrasekar", "priya.chandrasekar@wattlebird.com.au"),
             subj, "2026-08-14 06:45:20", "UTC", mid,
             "SYBPR01CU001.outbound.protection.outlook.com", "40.107.162.71",
             ("Thread-Topic", subj),
             ("Thread-Index", "AdwMq2Xr" + b64id("wattle", "ti", n=20) + "=="),
             ("Accept-Language", "en-AU, en-US"), ("Content-Language", "en-AU"),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""))
    return message(h, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 20 Nimbus Ledger, LinkedIn message


@mail(N(), family="linkedin_message", lang="en", interview=True, kind="scheduled",
      start="2026-05-27T03:00:00Z", end=None, contact=None, company="Nimbus Ledger",
      local="Wed 2026-05-27 11:00", zone="Asia/Singapore",
      note="LinkedIn message notification: recruiter has 'booked you in ... tomorrow at 11am SGT'"
           " with the Head of Support; Date Tue 26 May 01:05 UTC (09:05 SGT) -> Wed 27 May 11:00"
           " SGT = 03:00Z; only LinkedIn relay addresses -> contact null")
def nimbus_linkedin() -> bytes:
    thread = b64id("nimbus", "thread", n=44)
    body = t(f"""
        Alyssa Tan
        Talent Acquisition Lead at Nimbus Ledger

        Hi Patricia! Thanks for sending over your CV so quickly. I've booked you in with our Head of Support, Marcus Yeo, tomorrow at 11am SGT (same time for you in Manila). He'll call you on Teams, the invite will come from his calendar. All the best!

        View message: https://www.linkedin.com/comm/messaging/thread/2-{thread}==/?lipi=urn%3Ali%3Apage%3Aemail_email_notification_single_message_01

        ----------------------------------------

        This email was intended for Patricia Soriano (Customer Success & Support Operations Lead)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving LinkedIn notification emails.

        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_email_notification_single_message_01
        Help: https://www.linkedin.com/help/linkedin/answer/67

        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.
        """)
    page = t(f"""
        <html><head><meta charset="utf-8"></head><body style="margin:0;padding:0;background:#f3f2ef">
        <table width="512" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,system-ui,'Segoe UI',Roboto,Arial,sans-serif">
        <tr><td style="padding:24px">
        <table cellpadding="0" cellspacing="0"><tr><td><img src="https://media.licdn.com/dms/image/v2/C5603AQ{b64id('nimbus', 'img', n=14)}/profile-displayphoto-shrink_100_100/0" width="48" height="48" alt="Alyssa Tan" style="border-radius:50%"></td>
        <td style="padding-left:12px"><div style="font-size:16px;font-weight:600;color:#000000e6">Alyssa Tan</div><div style="font-size:14px;color:#00000099">Talent Acquisition Lead at Nimbus Ledger</div></td></tr></table>
        <p style="font-size:16px;color:#000000e6;line-height:1.5">Hi Patricia! Thanks for sending over your CV so quickly. I've booked you in with our Head of Support, Marcus Yeo, tomorrow at 11am SGT (same time for you in Manila). He'll call you on Teams, the invite will come from his calendar. All the best!</p>
        <a href="https://www.linkedin.com/comm/messaging/thread/2-{thread}==/" style="display:inline-block;background:#0a66c2;color:#fff;border-radius:24px;padding:10px 24px;font-size:16px;font-weight:600;text-decoration:none">Reply</a>
        </td></tr>
        <tr><td style="padding:16px 24px;font-size:12px;color:#00000099;background:#f3f2ef">This email was intended for Patricia Soriano (Customer Success &amp; Support Operations Lead). <a href="https://www.linkedin.com/help/linkedin/answer/4788">Learn why we included this.</a><br>© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
        </table></body></html>
        """)
    h = hdrs(addr("Alyssa Tan via LinkedIn", "messages-noreply@linkedin.com"),
             "Alyssa just messaged you",
             "2026-05-26 01:05:12", "UTC",
             f"<{int(hid('nimbus', 'mid', n=12), 16)}.{int(hid('nimbus', 'm2', n=6), 16)}.1779757512{int(hid('nimbus', 'm3', n=3), 16)}@lva1-app{int(hid('nimbus', 'm4', n=2), 16)}.prod.linkedin.com>",
             "mail-ed-f1-172.linkedin.com", "108.174.0.172",
             ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_email_notification_single_message_01>"),
             ("X-LinkedIn-Class", "INBOX-MESSAGE"),
             ("X-LinkedIn-Template", "email_notification_single_message_01"))
    return message(h, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 21 Kalinaw Health, HTML-only final


@mail(N(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-08-14T05:00:00Z", end="2026-08-14T06:00:00Z", contact="kmanalastas@kalinawhealth.ph",
      company="Kalinaw Health Systems, Inc.", local="Fri 2026-08-14 13:00", local_end="2026-08-14 14:00",
      zone=MANILA,
      note="Formal HR invitation, HTML only, base64 (Outlook markup): final interview 'August 14, 2026"
           " (Friday)' '1:00 PM - 2:00 PM', onsite in BGC, no zone written -> Manila local = 05:00-"
           "06:00Z; 'kindly confirm your attendance on or before August 12'; contact = sender")
def kalinaw_final() -> bytes:
    page = t("""
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
        <style><!--
        p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
        --></style></head>
        <body lang="EN-PH" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
        <div class="WordSection1">
        <p class="MsoNormal">Dear Ms. Soriano,<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Greetings from Kalinaw Health Systems, Inc.!<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">We are pleased to inform you that you have successfully passed the initial and technical interviews for the position of <b>Customer Experience Manager</b>. In line with this, we would like to invite you for a <b>final interview</b> with our Chief Operating Officer, Dr. Ramon Villaraza.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
        <tr><td width="120" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Date</b></p></td><td width="420" style="border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt"><p class="MsoNormal">August 14, 2026 (Friday)</p></td></tr>
        <tr><td style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal"><b>Time</b></p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">1:00 PM &#8211; 2:00 PM</p></td></tr>
        <tr><td style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal"><b>Venue</b></p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">15th Floor, One Narra Place, 5th Avenue cor. 26th Street, Bonifacio Global City, Taguig City</p></td></tr>
        <tr><td style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal"><b>Look for</b></p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Ms. Kristine Joy Manalastas (HR)</p></td></tr>
        </table>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Please bring the following:<o:p></o:p></p>
        <ul style="margin-top:0cm" type="disc">
        <li class="MsoNormal">Two (2) valid government-issued IDs</li>
        <li class="MsoNormal">Updated resume</li>
        <li class="MsoNormal">Certificate of Employment from your previous employer (if available)</li>
        </ul>
        <p class="MsoNormal">Kindly confirm your attendance on or before <b>August 12, 2026</b>. Please be guided that the building implements a strict dress code (business casual; no sleeveless tops, shorts or slippers).<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Thank you and we look forward to meeting you!<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Best regards,<o:p></o:p></p>
        <p class="MsoNormal"><b>Kristine Joy Manalastas</b><br>Talent Acquisition Lead<br>Kalinaw Health Systems, Inc.<br>(02) 8705 1188 | 0998 417 2203<o:p></o:p></p>
        </div></body></html>
        """)
    subj = "INVITATION FOR FINAL INTERVIEW | Patricia Soriano | Customer Experience Manager"
    h = hdrs(addr("Kristine Joy Manalastas", "kmanalastas@kalinawhealth.ph"), subj,
             "2026-08-10 11:30:22", MANILA,
             f"<TY0PR01MB{hid('kalinaw', 'mbx', n=4).upper()}{hid('kalinaw', 'mid', n=28).upper()}@TY0PR01MB5891.apcprd01.prod.exchangelabs.com>",
             "TYVP286CU001.outbound.protection.outlook.com", "40.107.74.102",
             ("Thread-Topic", subj), ("Accept-Language", "en-PH, en-US"), ("Content-Language", "en-PH"))
    return message(h, html(page, cte="base64"))


# --------------------------------------------------------------------------- 22 Loomwise, US HM short reply


@mail(N(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-09-17T13:00:00Z", end=None, contact="rachel.dunmore@loomwise.com",
      company="Loomwise", local="Thu 2026-09-17 21:00", zone=MANILA,
      note="Short reply on top of a thread: 'Thursday 9pm your time works great - that's 9am ET on my"
           " end', Date Mon 14 Sep (EDT) -> Thu 17 Sep 21:00 PHT = 09:00 EDT = 13:00Z; 'about an"
           " hour' -> end null; contact = sender (the cc'd referrer is not the organizer)")
def loomwise_reply() -> bytes:
    body = t("""
        Thursday 9pm your time works great - that's 9am ET on my end. I'll send a Google Meet invite shortly. Planning for about an hour, but we may wrap early.

        Rachel

        On Sun, Sep 13, 2026 at 11:47 PM Patricia Soriano <trish.soriano@example.com> wrote:
        > Hi Rachel,
        >
        > Thanks for the quick reply! Thursday would be best for me. 9 AM ET would be 9 PM here in Manila, which is totally fine.
        >
        > Regards,
        > Patricia
        >
        > On Fri, Sep 11, 2026 at 2:15 PM Rachel Dunmore <rachel.dunmore@loomwise.com> wrote:
        >> Hi Patricia,
        >>
        >> Evan passed along your profile and I'd love to chat about the Customer Success Lead (APAC) role. Could you do Thursday or Friday next week at 9am ET? I know that's evening for you, so let me know if another time is better.
        >>
        >> Best,
        >> Rachel
        """)
    h = hdrs(addr("Rachel Dunmore", "rachel.dunmore@loomwise.com"),
             "Re: Customer Success Lead (APAC) - intro call",
             "2026-09-14 08:02:19", "America/New_York",
             f"<CAL{b64id('loomwise', n=42)}@mail.gmail.com>",
             "mail-qk1-f170.google.com", "209.85.222.170",
             ("Cc", addr("Evan Cho", "evan.cho@loomwise.com")),
             ("In-Reply-To", f"<CA+{b64id('loomwise-2', n=40)}@mail.gmail.com>"),
             ("References", f"<CAL{b64id('loomwise-1', n=42)}@mail.gmail.com>\r\n"
                            f" <CA+{b64id('loomwise-2', n=40)}@mail.gmail.com>"))
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 23 Tallowood, Brisbane owner


@mail(N(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-11-10T02:30:00Z", end=None, contact="mick@tallowoodplumbing.com.au",
      company="Tallowood Plumbing & Gas", local="Tue 2026-11-10 12:30", zone="Australia/Brisbane",
      note="Small-business owner found via OnlineJobs.ph: 'Tuesday 10 Nov at 12:30pm Brisbane time'"
           " (Queensland has no DST, AEST all year) = 02:30Z = 10:30 AM Manila as he guesses;"
           " 'shouldn't take more than half an hour' -> end null; contact = sender")
def tallowood_owner() -> bytes:
    body = t("""
        G'day Trish,

        Thanks for applying through OnlineJobs. Loved your cover letter, nice to see someone who's actually run a support team instead of just being on one.

        Let's lock in Tuesday 10 Nov at 12:30pm Brisbane time - I reckon that's 10:30am for you? I'll ring you on Zoom, link below. Shouldn't take more than half an hour.

        https://us02web.zoom.us/j/81946620375?pwd=VGFsbG93b29kMTI

        Cheers
        Mick

        Mick Donnelly
        Director | Tallowood Plumbing & Gas
        Ph 07 3901 2254

        Get Outlook for iOS<https://aka.ms/o0ukef>
        """)
    h = hdrs(addr("Mick Donnelly", "mick@tallowoodplumbing.com.au"),
             "Customer service lead job - interview",
             "2026-11-06 15:10:02", "Australia/Brisbane",
             f"<ME3PR01MB{hid('tallow', 'mbx', n=4).upper()}{hid('tallow', 'mid', n=28).upper()}@ME3PR01MB7725.ausprd01.prod.outlook.com>",
             "SY8PR01CU002.outbound.protection.outlook.com", "40.107.162.94",
             ("Thread-Topic", "Customer service lead job - interview"),
             ("Accept-Language", "en-AU, en-US"), ("Content-Language", "en-AU"))
    return message(h, alt(text(body), html(paras_html(body, "font-family:Aptos,Arial,sans-serif;font-size:12pt"))))


# =========================================================================== negatives
# --------------------------------------------------------------------------- 24 JobStreet alert


@mail(N(), family="job_alert", lang="en", interview=False, company=None,
      note="JobStreet job-alert digest; 'Urgent hiring', 'initial interview via Zoom' and 'walk-in"
           " interviews' are ad copy, nothing is scheduled for the candidate")
def jobstreet_alert() -> bytes:
    jobs = [
        ("Customer Success Team Lead", "Bayanihan Outsourcing Inc.", "Makati City", "PHP 55,000 - 70,000",
         "Urgent hiring! Initial interview via Zoom, final interview onsite."),
        ("Support Operations Manager (US Healthcare)", "Meridian Care Partners PH", "Taguig City",
         "PHP 90,000 - 120,000", "Hybrid, night shift. Fast hiring process - get a job offer in 3 days!"),
        ("Client Services Lead", "Anahaw Digital Solutions", "Makati City", "Salary hidden",
         "Walk-in interviews Mon-Fri, 9AM-3PM. Bring your resume."),
        ("Customer Experience Supervisor", "Tala Retail Group", "Pasig City", "PHP 45,000 - 60,000",
         "Day shift, weekends off. Apply now and HR will reach out for an initial interview."),
        ("Workforce Management Lead", "Lakan Analytics Inc.", "Taguig City", "PHP 80,000 - 95,000",
         "Work from home option. Strong Excel / WFM tools required."),
    ]
    lines = ["Hi Patricia,", "", "18 new jobs for \"customer success lead\" in Makati City", ""]
    rows = []
    for title, co, where, pay, blurb in jobs:
        lines += [title, f"{co} - {where}", pay, blurb, "View job: https://ph.jobstreet.com/job/"
                  + str(8600000 + int(hid(title, n=5), 16) % 99999), ""]
        rows.append(
            '<tr><td style="padding:14px 0;border-bottom:1px solid #e5e5e5">'
            f'<a href="https://ph.jobstreet.com/job/{8600000 + int(hid(title, n=5), 16) % 99999}" '
            f'style="font-size:17px;font-weight:bold;color:#2e3849;text-decoration:none">{title}</a><br>'
            f'<span style="color:#333">{co}</span><br><span style="color:#666">{where} &middot; {pay}</span><br>'
            f'<span style="color:#444">{blurb}</span></td></tr>')
    lines += ["See all 18 jobs: https://ph.jobstreet.com/customer-success-lead-jobs/in-Makati-City",
              "", "You're receiving this email because you created a job alert on JobStreet.",
              "Manage alerts: https://ph.jobstreet.com/my-activity/saved-searches",
              "JobStreet by SEEK | SEEK Asia, Philippines"]
    body = "\n".join(lines) + "\n"
    page = ('<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f7f8fb;'
            'font-family:Roboto,Arial,sans-serif;font-size:14px">\n<table width="600" align="center" '
            'cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:20px 28px;'
            'background:#0d3880;color:#fff;font-size:22px;font-weight:bold">JobStreet</td></tr>\n'
            '<tr><td style="padding:20px 28px"><p>Hi Patricia,</p><p style="font-size:18px">18 new jobs '
            'for <b>"customer success lead"</b> in Makati City</p>\n<table width="100%">'
            + "\n".join(rows) + '</table>\n<p><a href="https://ph.jobstreet.com/customer-success-lead-jobs/'
            'in-Makati-City" style="color:#0d3880">See all 18 jobs</a></p></td></tr>\n<tr><td style="padding:'
            '16px 28px;font-size:11px;color:#888">You\'re receiving this email because you created a job '
            'alert on JobStreet. <a href="https://ph.jobstreet.com/my-activity/saved-searches">Manage alerts'
            '</a><br>JobStreet by SEEK | SEEK Asia, Philippines</td></tr></table></body></html>\n')
    h = hdrs(addr("JobStreet", "jobmail@s.jobstreet.com"),
             '18 new jobs for "customer success lead" in Makati City',
             "2026-02-16 23:00:07", "UTC",
             f"<{hid('jobstreet', 'mid', n=20)}@s.jobstreet.com>",
             "mta-216-98.s.jobstreet.com", "198.21.6.98",
             ("List-Unsubscribe", "<https://ph.jobstreet.com/unsubscribe?t=" + b64id("js-unsub", n=30) + ">"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    return message(h, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 25 Kalibrr application receipt


@mail(N(), family="application_ack", lang="en", interview=False, company="Sinag Fintech",
      note="Kalibrr application receipt; 'if you're shortlisted, the employer may contact you to"
           " schedule an interview' is hypothetical")
def sinag_applied() -> bytes:
    body = t("""
        Hi Patricia,

        Your application has been sent!

        Customer Support Operations Lead
        Sinag Fintech - Bonifacio Global City, Taguig

        What happens next?
        1. Sinag Fintech will review your profile and application.
        2. If you're shortlisted, the employer may contact you through Kalibrr to schedule an interview or an assessment.
        3. You'll get an email and an in-app notification every time your application status changes.

        Tip: Candidates with a complete profile are 3x more likely to get an interview. Update your profile: https://www.kalibrr.com/home/profile

        Track your application: https://www.kalibrr.com/candidate/applications/7782014

        Good luck!
        The Kalibrr Team
        """)
    h = hdrs(addr("Kalibrr", "no-reply@kalibrr.com"),
             "Application sent: Customer Support Operations Lead at Sinag Fintech",
             "2026-04-21 10:20:33", "UTC",
             ses_id('sinag-ack'),
             "a8-44.smtp-out.amazonses.com", "54.240.8.44")
    return message(h, alt(text(body), html(paras_html(body, "font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333"))))


# --------------------------------------------------------------------------- 26 Workable application ack


@mail(N(), family="application_ack", lang="en", interview=False, company="Tembusu Logistics",
      note="Workable application acknowledgement; 'HR will reach out to shortlisted candidates to"
           " schedule an initial interview' is conditional")
def tembusu_applied() -> bytes:
    body = t("""
        Hi Patricia,

        Thank you for applying for the Support Operations Lead position at Tembusu Logistics. We've received your application and our team will review it carefully.

        Please be guided that due to the volume of applications, only shortlisted candidates will be contacted. If you're shortlisted, our HR will reach out within two weeks to schedule an initial interview.

        In the meantime, you can learn more about us at https://www.tembusulogistics.sg/careers.

        Best regards,
        Tembusu Logistics Talent Team
        """)
    h = hdrs(addr("Tembusu Logistics", "noreply@candidates.workablemail.com"),
             "Thanks for applying to Tembusu Logistics",
             "2026-07-02 02:11:47", "UTC",
             f"<{hid('tembusu-ack', 'mid', n=24)}@candidates.workablemail.com>",
             "mail-a2.workablemail.com", "185.53.178.22",
             ("Reply-To", addr("Tembusu Logistics", f"tembusu-logistics+{hid('temb-ack', n=10)}@candidates.workablemail.com")))
    return message(h, alt(text(body), html(paras_html(body, "font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#283947"))))


# --------------------------------------------------------------------------- 27 Bayanihan rejection


@mail(N(), family="rejection", lang="en", interview=False, company="Bayanihan Outsourcing Inc.",
      days=(("Thu", "2026-02-12"),),
      note="Rejection after the initial interview of Thursday, February 12 (past); iso-8859-1 body")
def bayanihan_reject() -> bytes:
    body = t("""
        Dear Ms. Soriano,

        Thank you for taking the time to attend the initial interview last Thursday, February 12, for the position of Customer Success Team Lead. We truly appreciate your interest in Bayanihan Outsourcing Inc.

        After careful consideration, we regret to inform you that we will not be moving forward with your application at this time, as we have decided to pursue candidates whose experience more closely matches the requirements of the account.

        We will keep your résumé in our talent pool and may reach out should a suitable opening arise in the future.

        We wish you all the best in your career.

        Sincerely,

        Rhea Mae Castillo
        Talent Acquisition Specialist
        on behalf of Ms. Ma. Luisa Ibañez, HR Manager
        Bayanihan Outsourcing Inc.
        """)
    h = hdrs(addr("Rhea Mae Castillo", "rhea.castillo@bayanihanoutsourcing.ph"),
             "Application Update - Customer Success Team Lead",
             "2026-02-26 16:05:40", MANILA,
             f"<{hid('bay2', n=40).upper()}@bayanihanoutsourcing.ph>",
             "mail-sor-f41.google.com", "209.85.220.41")
    return message(h, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 28 Harborlight offer


@mail(N(), family="offer", lang="en", interview=False, company="Harborlight CX",
      days=(("Fri", "2026-11-20"), ("Mon", "2026-12-07")),
      note="Job offer: signing deadline Fri 20 Nov 5 PM ET and an onboarding call Mon 7 Dec 8 PM ET;"
           " fixed times, but no interview")
def harborlight_offer() -> bytes:
    body = t("""
        Hi Patricia,

        I'm thrilled to let you know that we'd like to offer you the role of Senior Manager, Support Operations (APAC) at Harborlight CX! Jordan and the panel were unanimous, and everyone is excited about what you'll bring to the Manila team.

        You'll receive the offer letter through DocuSign in the next hour. The highlights:
        - Base salary: PHP 185,000 per month, plus 13th month pay and HMO for you and 2 dependents
        - Start date: Monday, December 7, 2026
        - Schedule: Monday to Friday, 9:00 PM - 6:00 AM Manila time (with a shift differential)

        Please review and sign by Friday, November 20 at 5:00 PM ET (that's Saturday 6:00 AM in Manila). If you have questions about anything in the offer, I'm happy to jump on a call.

        Once you've signed, our employer-of-record partner in the Philippines will reach out about your pre-employment requirements (medical exam, NBI clearance, SSS, PhilHealth, Pag-IBIG and TIN). Your first day will kick off with an onboarding call on Monday, December 7 at 8:00 PM ET (Tuesday 9:00 AM Manila).

        Congratulations again - we can't wait to have you on board!

        Kayla

        Kayla Brennan
        Senior Recruiter, Harborlight CX
        """)
    h = hdrs(addr("Kayla Brennan", "kayla.brennan@harborlightcx.com"),
             "Offer - Senior Manager, Support Operations (APAC)",
             "2026-11-17 09:15:02", "America/New_York",
             f"<CAK{b64id('harb-offer', n=42)}@mail.gmail.com>",
             "mail-vk1-f171.google.com", "209.85.221.171")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 29 recruiter outreach


@mail(N(), family="recruiter_outreach", lang="tl-en", interview=False, company="TalentBridge PH",
      note="BPO agency recruiter outreach; asks for CV and 'available time', nothing fixed")
def talentbridge_outreach() -> bytes:
    body = t("""
        Hi Ms. Patricia!

        Good afternoon po. I'm Carlo from TalentBridge PH. Saw your profile on LinkedIn and I think you'd be a great fit for a Service Delivery Manager role we're hiring for - US healthcare account, Eastwood City, hybrid (3x onsite), night shift. Package is up to 140k + night diff + HMO from day 1.

        Are you open for a quick call this week or next? Kindly send your updated CV and your available time po, and I'll set it up with the hiring manager ASAP.

        Thanks po and ingat!

        Carlo Santiago
        Senior Recruitment Consultant
        TalentBridge PH | 0917 880 2614
        """)
    h = hdrs(addr("Carlo Santiago", "carlo.santiago@talentbridge.ph"),
             "Service Delivery Manager opportunity (US healthcare) - are you open?",
             "2026-03-05 14:22:09", MANILA,
             f"<CAF{b64id('talentbridge', n=42)}@mail.gmail.com>",
             "mail-pj1-f45.google.com", "209.85.216.45")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 30 Greenhouse self-schedule


@mail(N(), family="scheduling_link", lang="en", interview=False, company="Tidewell Software",
      note="Greenhouse self-scheduling request ('select a time that works for you'); no time chosen yet")
def tidewell_pick() -> bytes:
    link = f"https://app.greenhouse.io/scheduling/candidate/self_schedule/{b64id('tidewell-ss', n=32)}"
    body = t(f"""
        Hi Patricia,

        Thanks for applying to the Support Operations Lead (APAC, Remote) role at Tidewell Software! We'd love to set up a 30-minute Recruiter Phone Screen with you.

        Please use the link below to select a time that works for you. Available times will be shown in your local time zone.

        {link}

        If none of the times work, just reply to this email and we'll find another option.

        Best,
        Megan Albright
        Senior Technical Recruiter, Tidewell Software
        """)
    h = hdrs(addr("Megan Albright", "no-reply@us.greenhouse-mail.io"),
             "Schedule your Recruiter Phone Screen with Tidewell Software",
             "2026-03-10 14:30:51", "America/Los_Angeles",
             f"<{hid('tidewell-ss', 'mid', n=24)}.{hid('tw1', n=8)}@us.greenhouse-mail.io>",
             "o4.ptr7720.us.greenhouse-mail.io", "167.89.41.15",
             ("Reply-To", addr("Megan Albright", "megan.albright@tidewell.io")))
    return message(h, alt(text(body), html(paras_html(body, "font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1d1d1d"))))


# --------------------------------------------------------------------------- 31 Indeed interview request


@mail(N(), family="scheduling_link", lang="en", interview=False, company="Sampaloc Digital Services",
      days=(("Mon", "2026-07-13"), ("Tue", "2026-07-14"), ("Wed", "2026-07-15"), ("Sat", "2026-07-11")),
      note="Indeed interview request: available days listed, candidate still has to choose a time")
def indeed_request() -> bytes:
    link = f"https://ph.indeed.com/interview/schedule?iid={hid('indeed', 'iid', n=20)}"
    body = t(f"""
        Sampaloc Digital Services wants to interview you

        Customer Care Operations Manager
        Sampaloc Digital Services - Makati City

        Interview type: Video call on Indeed
        Length: 30 minutes

        Choose a time that works for you:
        Mon, Jul 13  |  Tue, Jul 14  |  Wed, Jul 15

        View available times: {link}

        Please respond by Sat, Jul 11 so the employer can confirm your interview.

        Message from the employer:
        "Hi Patricia, we were impressed by your background in support operations. Please pick a slot for a quick initial interview with our HR team. Thank you!"

        Indeed
        You received this email because you applied to a job on Indeed.
        """)
    page = paras_html(body, "font-family:'Noto Sans',Helvetica,Arial,sans-serif;font-size:15px;color:#2d2d2d")
    h = hdrs(addr("Indeed", "no-reply@indeed.com"),
             "Sampaloc Digital Services wants to interview you",
             "2026-07-09 03:12:26", "UTC",
             f"<{hid('indeed', 'mid', n=16)}.{int(hid('indeed', 'n', n=6), 16)}@indeed.com>",
             "mail-a.indeed.com", "169.45.113.22")
    return message(h, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 32 Lumina slot proposal


@mail(N(), family="slot_proposal", lang="en", interview=False, company="Lumina Pay",
      days=(("Tue", "2026-04-21"), ("Wed", "2026-04-22"), ("Thu", "2026-04-23")),
      note="Recruiter proposes three final-interview slots (SGT); none agreed yet (the invite comes"
           " in a later mail)")
def lumina_slots() -> bytes:
    body = t("""
        Hi Patricia,

        Thank you for your time with Wei Ming last week - he really enjoyed the conversation! We'd like to invite you to a final interview with our VP Customer Experience and our COO.

        Could you let me know which of these slots works best for you? All times are Singapore time (same as Manila):

        - Tue 21 Apr, 10:00 AM - 11:00 AM
        - Wed 22 Apr, 2:00 PM - 3:00 PM
        - Thu 23 Apr, 3:00 PM - 4:00 PM

        Once you confirm, I'll send a Teams invite.

        Best regards,
        Grace Tan
        Talent Acquisition | Lumina Pay Pte. Ltd.
        +65 6812 3390
        """)
    subj = "Lumina Pay - Final Interview availability"
    mid = f"<SG2PR06MB{hid('lumina-s', 'mbx', n=4).upper()}{hid('lumina-s', 'mid', n=28).upper()}@SG2PR06MB5311.apcprd06.prod.outlook.com>"
    h = hdrs(addr("Grace Tan", "grace.tan@luminapay.sg"), subj, "2026-04-16 03:40:18", "UTC", mid,
             "SEYPR02CU001.outbound.protection.outlook.com", "40.107.117.97",
             ("Thread-Topic", subj), ("Thread-Index", "AdzNb1Qe" + b64id("lumina-s", "ti", n=20) + "=="),
             ("Accept-Language", "en-US"), ("Content-Language", "en-US"))
    return message(h, alt(text(body), html(paras_html(body, "font-family:Calibri,Arial,sans-serif;font-size:11pt"))))


# --------------------------------------------------------------------------- 33 Tidewell take-home


@mail(N(), family="take_home", lang="en", interview=False, company="Tidewell Software",
      days=(("Fri", "2026-03-27"),),
      note="Take-home case study due Fri 27 Mar 11:59 PM Pacific; the panel is to be scheduled later")
def tidewell_takehome() -> bytes:
    body = t("""
        Hi Patricia,

        Great speaking with you last week! The team would like to move you forward. The next step is a short case exercise: you'll find a sample support queue export and a one-page brief in the attached PDF. We're looking for a 2-3 page write-up on how you'd restructure tiers and staffing for the APAC queue.

        Please submit it by replying to this email by Friday, March 27, 11:59 PM Pacific (which I think is Saturday afternoon in Manila). It shouldn't take more than 3-4 hours - please don't over-invest.

        Once the team has reviewed it, we'll reach out to schedule your panel interview.

        Thanks!
        Megan
        """)
    h = hdrs(addr("Megan Albright", "megan.albright@tidewell.io"),
             "Tidewell - next step: case exercise",
             "2026-03-23 11:00:37", "America/Los_Angeles",
             f"<CAM{b64id('tidewell-th', n=42)}@mail.gmail.com>",
             "mail-oi1-f172.google.com", "209.85.167.172")
    pdf = b"%PDF-1.4\n% Tidewell case brief (placeholder)\n%%EOF\n"
    pdf_part = make.Part([("Content-Type", 'application/pdf; name="Tidewell_APAC_Support_Case.pdf"'),
                          ("Content-Disposition", 'attachment; filename="Tidewell_APAC_Support_Case.pdf"'),
                          ("Content-Transfer-Encoding", "base64")],
                         base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    return message(h, mixed(alt(text(body), html(gmail_html(body))), pdf_part))


# --------------------------------------------------------------------------- 34 Tanglaw assessment


@mail(N(), family="assessment", lang="tl-en", interview=False, company="Tanglaw BPO Solutions",
      days=(("Fri", "2026-06-12"),),
      note="Online assessment to take before a deadline (June 12, Friday, 11:59 PM); no interview time")
def tanglaw_assessment() -> bytes:
    body = t("""
        Hi Ms. Patricia,

        Thank you for attending the initial interview yesterday po! As the next step, kindly take our online assessment (English proficiency + Excel) through the link below:

        https://assess.tanglawbpo.com/c/7Q2M-PS0921

        Deadline: June 12, 2026 (Friday), 11:59 PM
        Estimated time: 60 minutes

        Please take it in a quiet place with a stable connection, and use a laptop/desktop (not a phone). Once we have the results, HR will reach out for the final interview schedule.

        Thank you and good luck po!

        Joy Anne Mercado
        Recruitment Officer | Tanglaw BPO Solutions
        """)
    h = hdrs(addr("Joy Anne Mercado", "joyanne.mercado@tanglawbpo.com"),
             "Online Assessment - Patricia Soriano",
             "2026-06-09 10:15:44", MANILA,
             f"<CAJ{b64id('tanglaw-as', n=42)}@mail.gmail.com>",
             "mail-pl1-f180.google.com", "209.85.214.180")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 35 dentist


@mail(N(), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Sat", "2026-05-09"),),
      note="Dental appointment confirmation with ICS (Sat 9 May 10:00 AM); not an interview;"
           " iso-8859-1 text")
def dentist() -> bytes:
    body = t("""
        Dear Patricia Soriano,

        This is to confirm your appointment at Smile Avenue Dental Clinic.

        Date: Saturday, May 9, 2026
        Time: 10:00 AM
        Procedure: Oral prophylaxis (cleaning) and check-up
        Dentist: Dr. Carmela Ybañez
        Clinic: Unit 204, Greenbelt Medical Plaza, Legazpi St., Makati City

        Please arrive 10 minutes early. If you need to reschedule, kindly call or text us at 0918 224 6650 at least 24 hours before your appointment.

        Thank you!
        Smile Avenue Dental Clinic
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Smile Avenue Dental//Appointments//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:appt-{hid("dentist", "uid", n=12)}@smileavenue.ph
DTSTAMP:20260504T010000Z
DTSTART:20260509T020000Z
DTEND:20260509T030000Z
SUMMARY:Dental appointment - Smile Avenue Dental Clinic
LOCATION:Unit 204\\, Greenbelt Medical Plaza\\, Legazpi St.\\, Makati City
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Smile Avenue Dental Clinic", "appointments@smileavenue.ph"),
             "Appointment Confirmation - Sat, May 9, 10:00 AM",
             "2026-05-04 09:00:05", MANILA,
             f"<{hid('dentist', 'mid', n=20)}@smileavenue.ph>",
             "mail.smileavenue.ph", "103.16.170.41")
    return message(h, mixed(text(body, charset="iso-8859-1"),
                            calendar(ics, method="PUBLISH", filename="appointment.ics",
                                     disposition="attachment", cte="7bit")))


# --------------------------------------------------------------------------- 36 current employer 1:1


@mail(N(), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Wed", "2026-03-04"),),
      note="Weekly 1:1 with the current manager (Outlook, TZID Singapore Standard Time, RRULE"
           " weekly); sent to the work address and auto-forwarded; not an interview")
def luzvista_1on1() -> bytes:
    body = t("""
        Hi Trish,

        Moving our weekly 1:1 to Wednesdays 4:00 PM starting this week (Wed, March 4) so it doesn't clash with the client QBR prep. Same agenda: attrition, QA scores, WFM forecast for April.

        Thanks,
        Marco

        """) + teams("luzvista-1on1", "298 442 017 335", "fQ8w2D")
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Singapore Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Marco Villareal:mailto:marco.villareal@luzvista.com.ph
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Patricia Soriano:mailto:patricia.soriano@luzvista.com.ph
DESCRIPTION;LANGUAGE=en-US:{desc}
RRULE:FREQ=WEEKLY;UNTIL=20261230T080000Z;INTERVAL=1;BYDAY=WE;WKST=SU
UID:040000008200E00074C5B7101A82E00800000000{hid("luz1on1", "uid", n=56).upper()}
SUMMARY;LANGUAGE=en-US:Trish / Marco - weekly 1:1
DTSTART;TZID=Singapore Standard Time:20260304T160000
DTEND;TZID=Singapore Standard Time:20260304T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T013000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
END:VCALENDAR"""
    subj = "Trish / Marco - weekly 1:1"
    h = hdrs(addr("Marco Villareal", "marco.villareal@luzvista.com.ph"), subj,
             "2026-03-02 01:30:00", "UTC",
             f"<TYZPR03MB{hid('luz1', 'mbx', n=4).upper()}{hid('luz1', 'mid', n=28).upper()}@TYZPR03MB7139.apcprd03.prod.outlook.com>",
             "mail-forward.luzvista.com.ph", "40.107.255.61",
             ("Thread-Topic", subj), ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
             ("X-MS-Exchange-Organization-AutoForwarded", "true"),
             to=addr("Patricia Soriano", "patricia.soriano@luzvista.com.ph"))
    return message(h, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 37 condo viewing


@mail(N(), family="non_interview_calendar", lang="tl-en", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Broker confirms a condo unit viewing (Sat Sept 26, 2:00 PM); personal appointment")
def condo_viewing() -> bytes:
    body = t("""
        Hi Ms. Trish,

        Confirmed po ang viewing natin on Sat (Sept 26), 2:00 PM sa Solaria Residences BGC, Tower 2 lobby. I'll wait for you sa reception.

        Unit details for your reference:
        - 1BR, 32 sqm, 18th floor, fully furnished
        - 28k/month inclusive of assoc dues, 1 month advance + 2 months deposit
        - pet-friendly, walking distance to High Street

        Please bring 1 valid ID po for the admin logbook. Text me lang if running late. See you po!

        Jen Lacson
        Licensed Real Estate Broker | PRC No. 0031742
        0927 115 4480 (Viber)
        """)
    h = hdrs(addr("Jen Lacson", "jen.lacson.realty@example.net"),
             "Solaria BGC 1BR viewing - Sat 2PM",
             "2026-09-23 16:40:12", MANILA,
             f"<CAB{b64id('condo', n=42)}@mail.gmail.com>",
             "mail-sor-f65.google.com", "209.85.220.65")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 38 meetup RSVP


@mail(N(), family="meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-07-30"),),
      note="Meetup RSVP confirmation for a CX community evening ('How I Hire Support Leads' panel);"
           " a fixed time, not a job interview")
def cx_meetup() -> bytes:
    body = t("""
        You're going!

        CX Manila Meetup #14: How I Hire Support Leads
        Hosted by CX Manila

        Thursday, July 30, 2026
        6:30 PM to 9:00 PM PST

        Kalye Coworking, 3F Ore Central, 9th Ave cor. 31st St, Taguig

        Four heads of support from BGC and Makati share what they look for when they interview team leads and managers, followed by open networking. Pizza and drinks on us.

        Add to calendar: https://www.meetup.com/cx-manila/events/309814227/ics/
        See event: https://www.meetup.com/cx-manila/events/309814227/

        Can't make it? Update your RSVP so someone on the waitlist can go.

        Meetup, PO Box 4668 #37895, New York, NY 10163
        Unsubscribe from this type of email: https://www.meetup.com/account/comm/
        """)
    h = hdrs(addr("Meetup", "info@meetup.com"),
             "You're going to CX Manila Meetup #14: How I Hire Support Leads",
             "2026-07-24 09:02:55", "UTC",
             f"<{hid('meetup', 'mid', n=10)}.{int(hid('meetup', 'n', n=8), 16)}.JavaMail.nobody@meetup-mail-prod>",
             "o1.email.meetup.com", "167.89.99.71",
             ("List-Unsubscribe", "<https://www.meetup.com/account/comm/unsub/" + b64id("meetup-u", n=24) + ">"))
    return message(h, alt(text(body), html(paras_html(body, "font-family:Graphik,Helvetica,Arial,sans-serif;font-size:15px;color:#212121"))))


# --------------------------------------------------------------------------- 39 webinar "final interview"


@mail(N(), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Sat", "2026-08-22"),),
      note="Zoom webinar registration 'Nail Your Final Interview: BPO Leadership Edition' with ICS;"
           " the title says interview, it is a webinar")
def webinar_final() -> bytes:
    body = t("""
        Hi Patricia,

        Thank you for registering for "Nail Your Final Interview: BPO Leadership Edition".

        Date & Time: Aug 22, 2026 10:00 AM Manila

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/86311470923?tk=Ch9yZWdfdG9rZW4tUGF0cmljaWE

        Passcode: 220822

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        Hosted by Career Pilipinas - free webinar for team leads and managers preparing for final panel interviews with BPO and shared-services companies.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTART:20260822T020000Z
DTEND:20260822T033000Z
DTSTAMP:20260818T040010Z
SUMMARY:Nail Your Final Interview: BPO Leadership Edition
UID:ZOOM86311470923{hid("webinar", "uid", n=10)}
TZID:Asia/Manila
DESCRIPTION:Hi Patricia\\,\\n\\nJoin from PC\\, Mac\\, iPad\\, or Android: https://us06web.zoom.us/w/86311470923
LOCATION:https://us06web.zoom.us/w/86311470923
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Career Pilipinas", "no-reply@zoom.us"),
             "Nail Your Final Interview: BPO Leadership Edition Confirmation",
             "2026-08-18 04:00:10", "UTC",
             f"<{hid('webinar', 'mid', n=8)}-{hid('webinar', 'a', n=4)}-{hid('webinar', 'b', n=4)}@zoom.us>",
             "sg-smtp-out2.zoom.us", "170.114.10.77",
             ("Reply-To", addr("Career Pilipinas", "events@careerpilipinas.ph")))
    return message(h, mixed(alt(text(body), html(paras_html(body, "font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333"))),
                            calendar(ics, method=None, filename="webinar.ics", disposition="attachment",
                                     cte="base64", name_param=True)))


# --------------------------------------------------------------------------- 40 mock interview (Calendly)


@mail(N(), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Sat", "2026-08-08"),),
      note="Calendly booking of a paid mock panel interview with a career coach; confirmed time,"
           " but practice, not a job interview")
def mock_calendly() -> bytes:
    body = t("""
        Hi Patricia Soriano,

        Your Mock Panel Interview (60 min) with Bea Lim at 10:00am (Asia/Manila) on Saturday, August 8, 2026 is scheduled.

        Event Type:
        Mock Panel Interview (60 min)

        Event Date/Time:
        10:00am - 11:00am (Asia/Manila) on Saturday, August 8, 2026

        Location:
        This is a Zoom web conference. Details to follow from your coach.

        Questions:
        Which role / company are you preparing for?
        Final panel for a Customer Experience Manager role (healthcare, BGC). Would love practice on the "tell me about a time you turned around a failing team" type of questions.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9b1f04d2-57c3-4c1e-a0e8-2f71c6d2b9aa
        Reschedule: https://calendly.com/reschedulings/9b1f04d2-57c3-4c1e-a0e8-2f71c6d2b9aa

        Powered by Calendly.com
        """)
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "Confirmed: Mock Panel Interview (60 min) with Bea Lim on Saturday, August 8, 2026",
             "2026-08-03 12:40:19", "UTC",
             f"<{b64id('mock', n=22)}@geopod-ismtpd-7>",
             "o3.email.calendly.com", "168.245.52.12",
             ("Reply-To", addr("Bea Lim", "bea@bealimcoaching.ph")))
    return message(h, alt(text(body), html(paras_html(body, "font-family:'Proxima Nova',Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px"))))


# --------------------------------------------------------------------------- 41 podcast guest


@mail(N(), family="podcast", lang="en", interview=False, company=None,
      days=(("Wed", "2026-06-24"),),
      note="Podcast host confirms a recording where the candidate is the guest ('Interview with a"
           " Support Ops Lead'); not a job interview")
def podcast_guest() -> bytes:
    body = t("""
        Hi Trish!

        Salamat again for agreeing to be a guest on the CX Pilipinas Podcast. Confirming our recording on Wednesday, June 24, 7:00 PM (Manila), on Riverside - link below. We'll block 90 minutes but the episode itself will be around 45.

        https://riverside.fm/studio/cx-pilipinas?t=7f2b91d

        Working title: "Interview with a Support Ops Lead: building night-shift teams that don't burn out". I'll send the rough question list by Monday, pero chill lang, it's conversational.

        Tips: wired earphones if you have them, and a quiet room (I know, mahirap sa Manila haha).

        See you!
        Gino

        Gino Alvarez
        Host, CX Pilipinas Podcast
        """)
    h = hdrs(addr("Gino Alvarez", "gino@cxpilipinas.ph"),
             "CX Pilipinas Podcast - recording confirmed!",
             "2026-06-19 19:30:27", MANILA,
             f"<CAG{b64id('podcast', n=42)}@mail.gmail.com>",
             "mail-lf1-f47.google.com", "209.85.167.47")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 42 candidate interviews someone


@mail(N(), family="interviewer_schedule", lang="en", interview=False, company=None,
      days=(("Tue", "2026-03-17"),),
      note="Current employer's HR invites the inbox owner as an interviewer of a team-leader"
           " candidate (Outlook, Singapore Standard Time); she is not the candidate")
def luzvista_panel() -> bytes:
    body = t("""
        Hi Trish, Marco,

        Please see below the schedule for the final interview of Mark Reyes, Team Leader candidate for the Inbound Voice LOB.

        Date: Tuesday, March 17, 2026
        Time: 3:00 PM - 4:00 PM
        Venue: Meeting Room 11B / Teams (link below)

        His CV and the TL scorecard are in the shared folder: Recruitment > 2026 > TL Inbound Voice > Mark Reyes. Kindly submit your scores through the form within 24 hours after the interview so we can release the job offer ASAP.

        Thank you!

        Sharon Dizon
        Recruitment Supervisor | Luzvista Contact Solutions

        """) + teams("luzvista-panel", "331 902 884 106", "Rr4m8T")
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Singapore Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Sharon Dizon:mailto:sharon.dizon@luzvista.com.ph
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Patricia Soriano:mailto:patricia.soriano@luzvista.com.ph
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marco Villareal:mailto:marco.villareal@luzvista.com.ph
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:040000008200E00074C5B7101A82E00800000000{hid("luzpanel", "uid", n=56).upper()}
SUMMARY;LANGUAGE=en-US:Final Interview: Mark Reyes (Team Leader - Inbound Voice)
DTSTART;TZID=Singapore Standard Time:20260317T150000
DTEND;TZID=Singapore Standard Time:20260317T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260312T020000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Meeting Room 11B / Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    subj = "Final Interview: Mark Reyes (Team Leader - Inbound Voice)"
    h = hdrs(addr("Sharon Dizon", "sharon.dizon@luzvista.com.ph"), subj,
             "2026-03-12 02:00:00", "UTC",
             f"<TYZPR03MB{hid('luzp', 'mbx', n=4).upper()}{hid('luzp', 'mid', n=28).upper()}@TYZPR03MB7139.apcprd03.prod.outlook.com>",
             "mail-forward.luzvista.com.ph", "40.107.255.61",
             ("Cc", addr("Marco Villareal", "marco.villareal@luzvista.com.ph")),
             ("Thread-Topic", subj), ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
             ("X-MS-Exchange-Organization-AutoForwarded", "true"),
             to=addr("Patricia Soriano", "patricia.soriano@luzvista.com.ph"))
    return message(h, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 43 reference call heads-up


@mail(N(), family="reference_check", lang="tl-en", interview=False, company=None,
      note="Former boss says the hiring company will call HER on Thursday 4 PM for a reference check;"
           " not the candidate's interview")
def reference_heads_up() -> bytes:
    body = t("""
        Hi Trish!!

        Heads up lang, Kayla from Harborlight emailed me kanina. We have a call on Thursday 4 PM for your reference check. I'll say good things naman haha 😄 Anything specific you want me to highlight? Yung QA turnaround project sa Anvil account siguro?

        Good luck, I'm rooting for you! 🤞

        Arlene
        """)
    h = hdrs(addr("Arlene Bautista", "arlene.bautista@example.net"),
             "reference check - Harborlight",
             "2026-11-10 20:14:51", MANILA,
             f"<CAE{b64id('arlene', n=42)}@mail.gmail.com>",
             "mail-sor-f41.google.com", "209.85.220.41")
    return message(h, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# --------------------------------------------------------------------------- 44 out of office


@mail(N(), family="auto_reply", lang="en", interview=False, company="Kalinaw Health Systems, Inc.",
      note="Out-of-office auto-reply (Auto-Submitted) from the recruiter, answering the candidate's"
           " thank-you note after the final interview")
def kalinaw_ooo() -> bytes:
    body = t("""
        Good day!

        Thank you for your email. I am currently on leave from August 17 to 21, 2026 with limited access to email. For urgent concerns, please contact recruitment@kalinawhealth.ph or call (02) 8705 1188.

        I will respond to your email upon my return.

        Thank you.

        Kristine Joy Manalastas
        Talent Acquisition Lead
        Kalinaw Health Systems, Inc.
        """)
    subj = "Automatic reply: Thank you - Final Interview (Patricia Soriano)"
    h = hdrs(addr("Kristine Joy Manalastas", "kmanalastas@kalinawhealth.ph"), subj,
             "2026-08-17 00:05:11", "UTC",
             f"<TY0PR01MB{hid('kal-ooo', 'mbx', n=4).upper()}{hid('kal-ooo', 'mid', n=28).upper()}@TY0PR01MB5891.apcprd01.prod.exchangelabs.com>",
             "TYVP286CU001.outbound.protection.outlook.com", "40.107.74.101",
             ("Thread-Topic", "Thank you - Final Interview (Patricia Soriano)"),
             ("In-Reply-To", f"<CA+{b64id('kal-ty', n=40)}@mail.gmail.com>"),
             ("Auto-Submitted", "auto-generated"),
             ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
             ("X-Auto-Response-Suppress", "All"),
             ("Content-Language", "en-PH"))
    return message(h, alt(text(body), html(paras_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


# --------------------------------------------------------------------------- 45 bounce


@mail(N(), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-08-20"),),
      note="Gmail delivery failure for the candidate's own acceptance ('confirming I'll join the"
           " panel interview on Thursday, 20 August at 10:30 AM AEST') sent to a misspelt address;"
           " a bounce confirms nothing")
def bounce() -> bytes:
    bad = "priya.chandrasekhar@wattlebird.com.au"
    orig_body = t("""
        Hi Priya,

        Thank you! Confirming I'll join the panel interview on Thursday, 20 August at 10:30 AM AEST (8:30 AM Manila). I've accepted the Teams invite as well.

        Looking forward to meeting Greg and Mei Ling.

        Best regards,
        Patricia
        """)
    orig_id = f"<CA+{b64id('bounce-orig', n=40)}@mail.gmail.com>"
    orig = message([
        ("From", TO), ("To", addr("Priya Chandrasekar", bad)),
        ("Subject", "Re: Wattlebird Insurance | Panel Interview | Patricia Soriano"),
        ("Date", date("2026-08-15 10:30:57", MANILA)), ("Message-ID", orig_id),
    ], alt(text(orig_body), html(gmail_html(orig_body))))
    notice = t(f"""

        ** Address not found **

        Your message wasn't delivered to {bad} because the address couldn't be found, or is unable to receive mail.

        Learn more here: https://support.google.com/mail/?p=NoSuchUser

        The response from the remote server was:
        550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {bad} not found by SMTP address lookup
        """)
    status = t(f"""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; trish.soriano@example.com
        Arrival-Date: Fri, 14 Aug 2026 19:30:58 -0700 (PDT)
        X-Original-Message-ID: {orig_id}

        Final-Recipient: rfc822; {bad}
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; wattlebird-com-au.mail.protection.outlook.com. (52.101.148.3, the server for the domain wattlebird.com.au.)
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {bad} not found by SMTP address lookup
        Last-Attempt-Date: Fri, 14 Aug 2026 19:31:02 -0700 (PDT)
        """)
    report = make.multipart(
        "report",
        text(notice, charset="UTF-8", cte="7bit"),
        make.raw_part([("Content-Type", "message/delivery-status")], status),
        attached_message(orig),
        params="report-type=delivery-status",
    )
    h = hdrs(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
             "Delivery Status Notification (Failure)",
             "2026-08-15 02:31:02", "UTC",
             f"<66be{hid('bounce', 'mid', n=12)}.050a0220.{hid('bounce', 'x', n=6)}.{hid('bounce', 'y', n=4)}.GMR@mx.google.com>",
             "mail-sor-f69.google.com", "209.85.220.69",
             ("Auto-Submitted", "auto-replied"),
             ("References", orig_id), ("In-Reply-To", orig_id))
    return message(h, report)


# --------------------------------------------------------------------------- 46 newsletter


@mail(N(), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Career-tips newsletter about final interviews (List-Unsubscribe); confirms nothing")
def kalibrr_newsletter() -> bytes:
    body = t("""
        5 questions HR always asks in the final interview (and how to answer them)

        Hi Patricia,

        You made it to the final interview - congrats! This is usually where you meet the department head or the country manager, and the questions get less about your skills and more about fit, judgement and expectations.

        1. "Why are you leaving your current company?"
        Keep it forward-looking. Talk about the scope you want next, not about the boss you're escaping.

        2. "What is your expected salary?"
        Research the range on Kalibrr Salary Insights first, then give a range, not a single number.

        3. "Tell me about a time you handled an escalated client."
        Use STAR: situation, task, action, result. Numbers help (CSAT went from 78% to 91%).

        4. "Where do you see yourself in five years?"
        Show ambition that fits the company's growth path.

        5. "Do you have any questions for us?"
        Always say yes. Ask about the team's biggest challenge in the next six months.

        Read the full article: https://www.kalibrr.com/advice/final-interview-questions

        Plus: 1,200+ new customer service and operations jobs this week. Browse jobs: https://www.kalibrr.com/job-board

        You're receiving this because you subscribed to Kalibrr career tips.
        Unsubscribe: https://www.kalibrr.com/unsubscribe?u=8a71f2
        """)
    h = hdrs(addr("Kalibrr Career Tips", "newsletter@kalibrr.com"),
             "5 questions HR always asks in the final interview",
             "2026-05-20 02:00:14", "UTC",
             f"<{hid('kal-news', 'mid', n=20)}@mail.kalibrr.com>",
             "mta-70.mail.kalibrr.com", "198.2.135.70",
             ("List-Unsubscribe", "<https://www.kalibrr.com/unsubscribe?u=8a71f2>, <mailto:unsubscribe@kalibrr.com>"),
             ("List-Id", "Kalibrr Career Tips <tips.kalibrr.com>"),
             ("Precedence", "bulk"))
    return message(h, alt(text(body), html(paras_html(body, "font-family:'Open Sans',Arial,sans-serif;font-size:15px;color:#333"))))


# --------------------------------------------------------------------------- 47 post-interview


@mail(N(), family="post_interview", lang="en", interview=False, company="Kestrel Health",
      note="Thank-you after yesterday's panel; 'HR will reach out early next week' - no time fixed")
def kestrel_after() -> bytes:
    body = t("""
        Hi Patricia,

        Thanks so much for your time yesterday - Sam and Ritu really enjoyed the conversation, and your answer on the roster scenario got a lot of nods.

        We're finishing the last couple of panels this week, and HR will reach out early next week about next steps.

        Have a lovely weekend!

        Dana

        Dana Whitfield
        Talent Acquisition Partner | Kestrel Health
        """)
    h = hdrs(addr("Dana Whitfield", "dana.whitfield@kestrelhealth.com.au"),
             "Thank you - Support Operations Lead (APAC)",
             "2026-06-12 15:40:09", "Australia/Sydney",
             f"<CAD{b64id('kestrel-after', n=42)}@mail.gmail.com>",
             "mail-pg1-f174.google.com", "209.85.215.174")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 48 exit interview


@mail(N(), family="exit_interview", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-27"),),
      note="Exit interview at the current employer as part of offboarding (Nov 27, Friday, 3:00 PM);"
           " not a job interview")
def luzvista_exit() -> bytes:
    body = t("""
        Hi Trish,

        As part of your offboarding, please be informed of your exit interview schedule:

        Date: November 27, 2026 (Friday)
        Time: 3:00 PM
        Venue: HR Conference Room 2, 11F Luzvista Tower, Ortigas Center

        The exit interview will take about 30 minutes. Kindly also bring your company ID, laptop and accessories, and your signed clearance form so we can process your final pay and Certificate of Employment.

        Thank you for your years of service with Luzvista, and best of luck on your new journey!

        Regards,
        Liezl Gatchalian
        HR Business Partner | Luzvista Contact Solutions
        """)
    subj = "Exit Interview Schedule - Patricia Soriano"
    h = hdrs(addr("Liezl Gatchalian", "liezl.gatchalian@luzvista.com.ph"), subj,
             "2026-11-25 01:30:44", "UTC",
             f"<TYZPR03MB{hid('luzx', 'mbx', n=4).upper()}{hid('luzx', 'mid', n=28).upper()}@TYZPR03MB7139.apcprd03.prod.outlook.com>",
             "mail-forward.luzvista.com.ph", "40.107.255.61",
             ("Thread-Topic", subj), ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
             ("X-MS-Exchange-Organization-AutoForwarded", "true"),
             to=addr("Patricia Soriano", "patricia.soriano@luzvista.com.ph"))
    return message(h, alt(text(body, charset="windows-1252"),
                          html(paras_html(body, "font-family:Calibri,sans-serif;font-size:11pt"), charset="windows-1252")))


# --------------------------------------------------------------------------- 49 pre-employment medical


@mail(N(), family="pre_employment", lang="en", interview=False, company="Harborlight CX",
      days=(("Mon", "2026-11-23"),),
      note="Employer-of-record schedules the pre-employment medical exam after the offer (Mon 23 Nov"
           " 7:00 AM); a fixed appointment, not an interview")
def peme() -> bytes:
    body = t("""
        Hi Ms. Soriano,

        Congratulations on your offer from Harborlight CX! We are Harborlight's employer-of-record partner in the Philippines and will be handling your pre-employment requirements.

        Your Pre-Employment Medical Exam (PEME) is scheduled as follows:

        Date: Monday, November 23, 2026
        Time: 7:00 AM (first batch)
        Clinic: MedCheck Diagnostics, G/F Salcedo Arcade, 130 L.P. Leviste St., Salcedo Village, Makati City
        Tests: CBC, urinalysis, fecalysis, chest X-ray, drug test, physical exam

        Please fast for 8-10 hours before the exam (water is allowed), and bring the attached LOA and one (1) valid government ID.

        Also, kindly send us the following on or before November 27: NBI clearance, SSS / PhilHealth / Pag-IBIG numbers, TIN, and 2x2 ID photo.

        Thank you!

        Trina Lopez
        Onboarding Specialist | Kalasag EOR Philippines
        on behalf of Harborlight CX
        """)
    h = hdrs(addr("Trina Lopez", "trina.lopez@kalasageor.ph"),
             "PEME Schedule - Patricia Soriano (Harborlight CX)",
             "2026-11-19 14:05:30", MANILA,
             f"<CAO{b64id('peme', n=42)}@mail.gmail.com>",
             "mail-sor-f41.google.com", "209.85.220.41")
    loa = b"%PDF-1.4\n% Letter of Authorization - MedCheck Diagnostics (placeholder)\n%%EOF\n"
    loa_part = make.Part([("Content-Type", 'application/pdf; name="LOA_Soriano_Patricia.pdf"'),
                          ("Content-Disposition", 'attachment; filename="LOA_Soriano_Patricia.pdf"'),
                          ("Content-Transfer-Encoding", "base64")],
                         base64.encodebytes(loa).replace(b"\n", b"\r\n"))
    return message(h, mixed(alt(text(body), html(gmail_html(body))), loa_part))


# --------------------------------------------------------------------------- 50 walk-in hiring blast


@mail(N(), family="job_fair", lang="en", interview=False, company="Cebu Anchor Contact Center",
      days=(("Sat", "2026-10-24"),),
      note="Mass mail for a walk-in 'Mega Hiring Day' (Sat Oct 24, 8 AM - 5 PM); walk-in interviews"
           " for anyone, nothing scheduled for the candidate; HTML only")
def walkin_blast() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Mega Hiring Day</title></head>
        <body style="margin:0;background:#fff7e6;font-family:Montserrat,Arial,sans-serif">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
        <tr><td style="background:#0b2e59;color:#ffc72c;font-size:30px;font-weight:800;text-align:center;padding:28px">MEGA HIRING DAY</td></tr>
        <tr><td style="padding:24px 32px;font-size:15px;color:#222;line-height:1.6">
        <p>Hi Patricia,</p>
        <p>Cebu Anchor Contact Center is growing! Join our <b>Mega Hiring Day</b> and get <b>walk-in interviews and on-the-spot job offers</b> for qualified applicants.</p>
        <p style="font-size:18px;text-align:center;background:#ffc72c;padding:12px;border-radius:6px"><b>Saturday, October 24, 2026<br>8:00 AM &ndash; 5:00 PM</b><br>Cebu Anchor Tower, Cebu IT Park, Lahug, Cebu City</p>
        <p><b>We're hiring:</b></p>
        <ul><li>Customer Service Representatives (voice &amp; non-voice)</li><li>Team Leaders</li><li>Quality Analysts</li><li>Workforce Analysts</li><li>Operations Managers</li></ul>
        <p><b>What to bring:</b> 2 copies of your resume, 1 valid ID, and a pen. Wear smart casual. First come, first served!</p>
        <p>Can't make it? <a href="https://careers.cebuanchor.com.ph/jobs">Apply online</a> and HR will reach out.</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#888;text-align:center">You're receiving this because you applied to Cebu Anchor Contact Center before.<br><a href="https://careers.cebuanchor.com.ph/unsubscribe?e=trish.soriano%40example.com">Unsubscribe</a></td></tr>
        </table></body></html>
        """)
    h = hdrs(addr("Cebu Anchor Careers", "careers@cebuanchor.com.ph"),
             "MEGA HIRING DAY this Saturday! Walk-in interviews + on-the-spot job offers",
             "2026-10-19 01:00:03", "UTC",
             f"<{hid('walkin', 'mid', n=24)}@mail188.suw11.mcsv.net>",
             "mail188.suw11.mcsv.net", "198.2.188.11",
             ("List-Unsubscribe", "<https://careers.cebuanchor.com.ph/unsubscribe?e=trish.soriano%40example.com>"),
             ("Precedence", "bulk"))
    return message(h, html(page))
