"""blind247: 50 hand-written mails from the inbox of Kayla Desjarlais, an agricultural
supply-chain analyst in Saskatoon (America/Regina, CST all year), September to December 2026.

Written blind (without reading the detector, its tests, or any other held-out set's mails).
Build and check: ``python3 bench/heldout/make_blind.py blind247``.
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
    message,
    mixed,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind247"
ORDER = random.Random(2470247).sample(range(1, 51), 50)
KAYLA = "kayla.desjarlais@example.org"
KAYLA_TO = "Kayla Desjarlais <kayla.desjarlais@example.org>"
REG = "America/Regina"
EDM = "America/Edmonton"
WPG = "America/Winnipeg"

# Outlook in Saskatchewan writes this Windows zone name (CLDR: America/Regina, no DST); make.py's map
# does not list it, so it is added for this run only (make.py itself is unchanged).
make.WINDOWS_ZONES.setdefault("Canada Central Standard Time", "America/Regina")


def N(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = KAYLA_TO,
         relay: str = "mail.example-relay.net", extra: tuple[tuple[str, str], ...] = (),
         first: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    """The usual top of a delivered message: Delivered-To, Received, then the author's headers."""
    return [
        ("Delivered-To", KAYLA),
        ("Received", received(f"from {relay} ({relay})", when, zone,
                              "mx1.example.org with ESMTPS id " + hashlib.sha1(mid.encode(), usedforsecurity=False).hexdigest()[:12],
                              KAYLA)),
        *first,
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


VTZ_REGINA_WIN = """BEGIN:VTIMEZONE
TZID:Canada Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE"""

VTZ_MOUNTAIN_WIN = """BEGIN:VTIMEZONE
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

VTZ_REGINA = """BEGIN:VTIMEZONE
TZID:America/Regina
X-LIC-LOCATION:America/Regina
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""


def _north(zone: str, std: str, dst: str, sname: str, dname: str) -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{zone}
X-LIC-LOCATION:{zone}
BEGIN:DAYLIGHT
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
TZNAME:{dname}
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
TZNAME:{sname}
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


VTZ_EDMONTON = _north("America/Edmonton", "-0700", "-0600", "MST", "MDT")
VTZ_WINNIPEG = _north("America/Winnipeg", "-0600", "-0500", "CST", "CDT")
VTZ_TORONTO = _north("America/Toronto", "-0500", "-0400", "EST", "EDT")
VTZ_CENTRAL_WIN = make.VTZ["Central Standard Time"]


def exchange_ics(*, method: str, tzblock: str, tzid: str, start: str, end: str, organizer: str,
                 attendees: list[str], summary: str, uid: str, stamp: str, seq: int = 0,
                 location: str = "Microsoft Teams Meeting", status: str | None = None,
                 description: str = "") -> str:
    """An Exchange / Outlook meeting request (or cancellation) with a Windows zone name."""
    att = "\n".join(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a}" for a in attendees)
    lines = [
        "BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        tzblock, "BEGIN:VEVENT", f"ORGANIZER;CN={organizer}", att,
        f"DESCRIPTION;LANGUAGE=en-US:{description}" if description else None,
        f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{summary}",
        f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}",
        "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1",
        f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", f"STATUS:{status or 'CONFIRMED'}", f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE=en-US:{location}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
        "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1" if method == "REQUEST"
        else "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(x for x in lines if x is not None)


def teams_block(meeting_id: str, passcode: str, phone: str, conf: str, city: str) -> str:
    return t(f"""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{passcode}%40thread.v2/0>
    Meeting ID: {meeting_id}
    Passcode: {passcode}
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Or call in (audio only)
    {phone},,{conf.replace(" ", "")}#   Canada, {city}
    Phone Conference ID: {conf}#
    Find a local number<https://dialin.teams.microsoft.com/> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


def exchange_headers(thread_topic: str, index: str) -> tuple[tuple[str, str], ...]:
    return (
        ("Thread-Topic", thread_topic),
        ("Thread-Index", index),
        ("Accept-Language", "en-CA, en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    )


# =========================================================================== positives (keys 1-23)


@make.mail(N(1), family="workday", lang="en-CA", interview=True, kind="scheduled",
           start=utc("2026-09-17 10:00", REG), end=utc("2026-09-17 11:00", REG),
           local="Thu 2026-09-17 10:00", local_end="2026-09-17 11:00", zone=REG,
           contact="dana.whitford@northlightpotash.ca", company="Northlight Potash Corp.",
           note="Workday 'Interview Scheduled' from the tenant's myworkday.com mailbox; 10:00-11:00 "
                "'(GMT-06:00) Central Standard Time (Regina)', no DST in Saskatchewan, so 16:00Z; the Date "
                "header is UTC. No calendar part. Contact = the talent partner named with her address in "
                "the body (the sender is the Workday tenant mailbox).")
def k01() -> bytes:
    body = t("""
    Hello Kayla,

    Thank you for your interest in the Supply Chain Analyst position (R-10482) at Northlight Potash
    Corp. We are pleased to confirm your interview.

    Interview Details
    Job Requisition: R-10482 Supply Chain Analyst (Open)
    Interview Type: In Person - Panel
    Date: Thursday, September 17, 2026
    Time: 10:00 AM - 11:00 AM (GMT-06:00) Central Standard Time (Regina)
    Location: Northlight Potash Corp., 410 Spadina Crescent East, 9th Floor, Saskatoon, SK S7K 3G9
    Interviewers: Dana Whitford (Talent Acquisition Partner), Ravi Menon (Manager, Rail & Logistics)

    Please bring government-issued photo ID and check in with security on the main floor. Visitor
    parking is available under the building off 24th Street.

    To view this interview, sign in to your Candidate Home account:
    https://wd3.myworkdaysite.com/en-US/recruiting/northlightpotash/NLP_Careers/userHome

    If you have any questions, please contact Dana Whitford at dana.whitford@northlightpotash.ca.

    Best regards,
    Talent Acquisition
    Northlight Potash Corp.

    This email was sent from an unmonitored mailbox. Please do not reply.
    """)
    body_html = t("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body><div style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
    <p>Hello Kayla,</p>
    <p>Thank you for your interest in the Supply Chain Analyst position (R-10482) at Northlight Potash Corp.
    We are pleased to confirm your interview.</p>
    <p><b>Interview Details</b><br>
    <b>Job Requisition:</b> R-10482 Supply Chain Analyst (Open)<br>
    <b>Interview Type:</b> In Person - Panel<br>
    <b>Date:</b> Thursday, September 17, 2026<br>
    <b>Time:</b> 10:00 AM - 11:00 AM (GMT-06:00) Central Standard Time (Regina)<br>
    <b>Location:</b> Northlight Potash Corp., 410 Spadina Crescent East, 9th Floor, Saskatoon, SK S7K 3G9<br>
    <b>Interviewers:</b> Dana Whitford (Talent Acquisition Partner), Ravi Menon (Manager, Rail &amp; Logistics)</p>
    <p>Please bring government-issued photo ID and check in with security on the main floor. Visitor parking
    is available under the building off 24th Street.</p>
    <p>To view this interview, sign in to your
    <a href="https://wd3.myworkdaysite.com/en-US/recruiting/northlightpotash/NLP_Careers/userHome">Candidate Home</a>
    account.</p>
    <p>If you have any questions, please contact Dana Whitford at
    <a href="mailto:dana.whitford@northlightpotash.ca">dana.whitford@northlightpotash.ca</a>.</p>
    <p>Best regards,<br>Talent Acquisition<br>Northlight Potash Corp.</p>
    <p style="color:#888;font-size:8pt">This email was sent from an unmonitored mailbox. Please do not reply.</p>
    </div></body></html>
    """)
    hs = head(addr("Northlight Potash", "northlightpotash@myworkday.com"),
              "Interview Scheduled - Supply Chain Analyst (R-10482)", "2026-09-10 20:12:41", "UTC",
              "<1183524907.41523.1789071161402@wd3-prod-mail.myworkday.com>", relay="wd3-smtp.myworkday.com",
              extra=(("X-Workday-Tenant", "northlightpotash"),))
    return message(hs, alt(text(body), html(body_html)))


GRAIN_UID = "040000008200E00074C5B7101A82E00800000000B07A3D1C8F44DD0100000000000000001000000063A1F0D2C84B9E46A2B7A0C1F4D5E6F7"


def _grain_ics(method: str, seq: int, stamp: str, status: str | None) -> str:
    return exchange_ics(
        method=method, tzblock=VTZ_REGINA_WIN, tzid="Canada Central Standard Time",
        start="20260922T133000", end="20260922T143000",
        organizer="Marc Olienyk:mailto:molienyk@aspenplainscoop.ca",
        attendees=["Kayla Desjarlais:mailto:kayla.desjarlais@example.org",
                   "Sheila Pratt:mailto:spratt@aspenplainscoop.ca"],
        summary="Interview - Grain Logistics Analyst - Kayla Desjarlais", uid=GRAIN_UID, stamp=stamp,
        seq=seq, status=status)


@make.mail(N(2), family="exchange_outlook", lang="en-CA", interview=True, kind="scheduled",
           start=utc("2026-09-22 13:30", REG), end=utc("2026-09-22 14:30", REG),
           local="Tue 2026-09-22 13:30", local_end="2026-09-22 14:30", zone=REG,
           contact="molienyk@aspenplainscoop.ca", company="Aspen Plains Grain Co-operative",
           note="Outlook meeting request from the co-op's HR advisor; 'When' line '(UTC-06:00) Saskatchewan' and "
                "ICS TZID 'Canada Central Standard Time' (Windows name for America/Regina, no DST): 13:30 = "
                "19:30Z. Contact = human sender / ORGANIZER.")
def k02() -> bytes:
    body = t("""
    When: Tuesday, September 22, 2026 1:30 PM-2:30 PM (UTC-06:00) Saskatchewan.
    Where: Microsoft Teams Meeting

    Hi Kayla,

    As discussed on the phone this morning, here is the invite for your interview for the Grain
    Logistics Analyst role. You'll meet with me and Sheila Pratt (Director, Terminal Operations).
    Sheila will want to walk through a case on car allocation during harvest, so have a think about
    how you'd prioritise spotted cars across our three elevators.

    Please accept the invite so it lands in your calendar. Any trouble with Teams, just call me.

    Thanks,
    Marc

    Marc Olienyk | Human Resources Advisor
    Aspen Plains Grain Co-operative
    1900 Albert Street, Regina SK S4P 4K1
    T 306-555-0119 | molienyk@aspenplainscoop.ca

    """) + teams_block("284 117 903 552", "Hq7Vx2", "+1 306-555-0142", "618 204 735", "Regina")
    body_html = t("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
    <body lang="EN-CA" link="#0563C1" vlink="#954F72"><div class="WordSection1">
    <p class="MsoNormal">Hi Kayla,<o:p></o:p></p>
    <p class="MsoNormal">As discussed on the phone this morning, here is the invite for your interview for the
    Grain Logistics Analyst role. You&#8217;ll meet with me and Sheila Pratt (Director, Terminal Operations).
    Sheila will want to walk through a case on car allocation during harvest, so have a think about how
    you&#8217;d prioritise spotted cars across our three elevators.<o:p></o:p></p>
    <p class="MsoNormal">Please accept the invite so it lands in your calendar. Any trouble with Teams, just call
    me.<o:p></o:p></p>
    <p class="MsoNormal">Thanks,<br>Marc<o:p></o:p></p>
    <p class="MsoNormal"><b>Marc Olienyk</b> | Human Resources Advisor<br>Aspen Plains Grain Co-operative<br>
    1900 Albert Street, Regina SK S4P 4K1<br>T 306-555-0119 | molienyk@aspenplainscoop.ca<o:p></o:p></p>
    <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">
    ________________________________________________________________________________</span></div>
    <div style="margin-bottom:24px;overflow:hidden"><span style="font-size:24px;font-weight:700">Microsoft Teams
    meeting</span><br>Join on your computer, mobile app or room device<br>
    <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Hq7Vx2%40thread.v2/0">Click here to join the
    meeting</a><br>Meeting ID: 284 117 903 552<br>Passcode: Hq7Vx2<br>Or call in (audio only)<br>
    +1 306-555-0142,,618204735# Canada, Regina<br>Phone Conference ID: 618 204 735#</div>
    </div></body></html>
    """)
    ics = _grain_ics("REQUEST", 0, "20260915T160412Z", None)
    hs = head(addr("Marc Olienyk", "molienyk@aspenplainscoop.ca"),
              "Interview - Grain Logistics Analyst - Kayla Desjarlais", "2026-09-15 10:04:12", REG,
              "<YT3PR01MB8843A1C2D1E8F0B6C7D9E0A1B2C3@YT3PR01MB8843.CANPRD01.PROD.OUTLOOK.COM>",
              relay="mail-yt3can01on2101.outbound.protection.outlook.com",
              extra=exchange_headers("Interview - Grain Logistics Analyst - Kayla Desjarlais",
                                     "AQHbQ1rCk8sP0f5T2kOvL6l3xU9XzA=="))
    return message(hs, alt(text(body), html(body_html), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(3), family="exchange_outlook", lang="en-CA", interview=True, kind="cancelled",
           start=utc("2026-09-22 13:30", REG), end=utc("2026-09-22 14:30", REG),
           local="Tue 2026-09-22 13:30", local_end="2026-09-22 14:30", zone=REG,
           contact="molienyk@aspenplainscoop.ca", company="Aspen Plains Grain Co-operative",
           note="Outlook cancellation (METHOD:CANCEL, STATUS:CANCELLED, same UID) of the Aspen Plains interview; "
                "the body says 'Tuesday's interview' (Date Fri 18 Sep) and 'I'll reach out' with no new time. "
                "Cancelled slot 13:30-14:30 Canada Central Standard Time = 19:30Z.")
def k03() -> bytes:
    body = t("""
    When: Tuesday, September 22, 2026 1:30 PM-2:30 PM (UTC-06:00) Saskatchewan.
    Where: Microsoft Teams Meeting

    Kayla, apologies for the short notice. Sheila has been called out to the Moose Jaw terminal all of
    next week (a derailment on the loop track), so I have to cancel Tuesday's interview. I'll reach
    out as soon as I have new times from her. The role is still very much open.

    Marc
    """)
    ics = _grain_ics("CANCEL", 1, "20260918T224007Z", "CANCELLED")
    hs = head(addr("Marc Olienyk", "molienyk@aspenplainscoop.ca"),
              "Canceled: Interview - Grain Logistics Analyst - Kayla Desjarlais", "2026-09-18 16:40:07", REG,
              "<YT3PR01MB8843F7E6D5C4B3A2918F7E6D5C4B@YT3PR01MB8843.CANPRD01.PROD.OUTLOOK.COM>",
              relay="mail-yt3can01on2105.outbound.protection.outlook.com",
              extra=(*exchange_headers("Interview - Grain Logistics Analyst - Kayla Desjarlais",
                                       "AQHbQ1rCk8sP0f5T2kOvL6l3xU9XzAAKf3Rm"), ("Importance", "high")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(4), family="taleo", lang="en-CA", interview=True, kind="scheduled",
           start=utc("2026-10-07 09:00", REG), end=utc("2026-10-07 09:30", REG),
           local="Wed 2026-10-07 09:00", local_end="2026-10-07 09:30", zone=REG,
           contact="colette.andreychuk@prairielakeshealth.ca", company="Prairie Lakes Health Authority",
           note="Taleo HTML-only (iso-8859-1, QP) phone-screen confirmation; '9:00 a.m. - 9:30 a.m. "
                "Saskatchewan time (CST)' = 15:00Z. The Date header carries the Taleo server's -0400 offset, "
                "not the candidate's. Contact = the interviewer's address in the body (sender is the "
                "taleo.net mailbox).")
def k04() -> bytes:
    body_html = t("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
    <body><table width="600" cellpadding="0" cellspacing="0" style="font-family:Verdana;font-size:11px">
    <tr><td style="background:#00587c;color:#fff;padding:8px"><b>Prairie Lakes Health Authority &ndash; Careers</b></td></tr>
    <tr><td style="padding:10px">
    <p>Dear Kayla Desjarlais,</p>
    <p>This message confirms your <b>telephone screening interview</b> for the position of
    <b>Materials Management Analyst (Supply Chain Services)</b>, requisition 26-0412.</p>
    <table cellpadding="3">
    <tr><td><b>Date:</b></td><td>Wednesday, October 7, 2026</td></tr>
    <tr><td><b>Time:</b></td><td>9:00 a.m. &ndash; 9:30 a.m. Saskatchewan time (CST)</td></tr>
    <tr><td><b>Interviewer:</b></td><td>Colette Andreychuk, Senior Consultant, Supply Chain Services</td></tr>
    <tr><td><b>Phone:</b></td><td>The interviewer will call you at 306-555-0187 (the number on your r\xe9sum\xe9).</td></tr>
    </table>
    <p>If you are no longer available, please contact Colette Andreychuk at
    <a href="mailto:colette.andreychuk@prairielakeshealth.ca">colette.andreychuk@prairielakeshealth.ca</a>
    at least 24 hours before the interview.</p>
    <p>Prairie Lakes Health Authority is committed to employment equity and welcomes applications from
    Indigenous peoples, persons with disabilities, members of visible minorities and women.</p>
    <p>Sincerely,<br>Talent Acquisition Services<br>Prairie Lakes Health Authority</p>
    <p style="font-size:9px;color:#777">Please do not reply to this message. This mailbox is not monitored.</p>
    </td></tr></table></body></html>
    """)
    hs = head(addr("Prairie Lakes Health Authority", "prairielakeshealth@taleo.net"),
              "Phone Screen Confirmation - Req 26-0412 Materials Management Analyst", "2026-10-01 16:31:09",
              "America/New_York", "<1391762845.22101.1790800269531.JavaMail.taleo@tlo-prod-ca2.taleo.net>",
              relay="smtp-out2.taleo.net", extra=(("X-Mailer", "Oracle Taleo Enterprise"),))
    return message(hs, html(body_html, charset="iso-8859-1"))


@make.mail(N(5), family="greenhouse", lang="en-CA", interview=True, kind="scheduled",
           start=utc("2026-11-03 10:00", EDM), end=utc("2026-11-03 11:00", EDM),
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=EDM,
           contact="mei.tanaka@chinookfreight.ca", company="Chinook Freight Analytics",
           note="Greenhouse confirmation from a Calgary firm: '10:00 AM - 11:00 AM Mountain Time' on Tue 3 Nov. "
                "DST edge: the mail is sent Thu 29 Oct in MDT (-0600), Alberta falls back on 1 Nov, so the "
                "interview is MST (-0700) = 17:00Z (not 16:00Z). Contact = human Reply-To.")
def k05() -> bytes:
    body = t("""
    Hi Kayla,

    Thanks again for your time on the phone last week! We're excited to move you forward to a team
    interview for the Freight Data Analyst position. Here are the details:

    Freight Data Analyst - Team Interview
    Tuesday, November 3rd, 2026
    10:00 AM - 11:00 AM (Mountain Time)
    Google Meet: https://meet.google.com/qkr-vdpe-tsn

    You'll be meeting with:
      10:00 AM - 10:30 AM  Jonah Redcrow, Head of Analytics
      10:30 AM - 11:00 AM  Priscilla Obi, Senior Data Engineer

    Jonah likes to dig into a real example, so feel free to bring a project where you cleaned up messy
    shipment data. No slides needed.

    If anything comes up, just reply to this email.

    Cheers,
    Mei Tanaka
    Talent Partner, Chinook Freight Analytics
    """)
    body_html = t("""
    <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:14px;color:#24292f">
    <p>Hi Kayla,</p>
    <p>Thanks again for your time on the phone last week! We're excited to move you forward to a team interview
    for the Freight Data Analyst position. Here are the details:</p>
    <table style="border:1px solid #e1e4e8;border-radius:4px;padding:12px">
    <tr><td><strong>Freight Data Analyst - Team Interview</strong></td></tr>
    <tr><td>Tuesday, November 3rd, 2026</td></tr>
    <tr><td>10:00 AM - 11:00 AM (Mountain Time)</td></tr>
    <tr><td>Google Meet: <a href="https://meet.google.com/qkr-vdpe-tsn">meet.google.com/qkr-vdpe-tsn</a></td></tr>
    </table>
    <p>You'll be meeting with:</p>
    <ul><li>10:00 AM - 10:30 AM &middot; Jonah Redcrow, Head of Analytics</li>
    <li>10:30 AM - 11:00 AM &middot; Priscilla Obi, Senior Data Engineer</li></ul>
    <p>Jonah likes to dig into a real example, so feel free to bring a project where you cleaned up messy shipment
    data. No slides needed.</p>
    <p>If anything comes up, just reply to this email.</p>
    <p>Cheers,<br>Mei Tanaka<br>Talent Partner, Chinook Freight Analytics</p>
    </div>
    <img src="https://app.greenhouse.io/email_tracking/open/8e1c0b7a.gif" width="1" height="1" alt="">
    """)
    hs = head(addr("Mei Tanaka", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Freight Data Analyst at Chinook Freight Analytics", "2026-10-29 15:20:44", EDM,
              "<6a1f0e8c2b_3f2a9c41d7e8b@greenhouse-prod-mailer-7c9d.mail>", relay="o12.email.greenhouse.io",
              extra=(("Reply-To", addr("Mei Tanaka", "mei.tanaka@chinookfreight.ca")),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, alt(text(body), html(body_html)))


@make.mail(N(6), family="lever", lang="en-CA", interview=True, kind="scheduled",
           start=utc("2026-09-30 14:00", EDM), end=utc("2026-09-30 14:45", EDM),
           local="Wed 2026-09-30 14:00", local_end="2026-09-30 14:45", zone=EDM,
           contact="aaron.lindqvist@parklandrail.ca", company="Parkland Rail Logistics",
           note="Lever confirmation (base64 bodies, ICS in UTC) from an Edmonton firm: '2:00pm - 2:45pm MDT' on "
                "Wed 30 Sep = 20:00Z (MDT -0600, the same wall clock as Saskatoon in summer). Contact = Reply-To "
                "/ ORGANIZER.")
def k06() -> bytes:
    body = t("""
    Hi Kayla,

    Your interview with Parkland Rail Logistics has been confirmed! Here's a summary:

    Wednesday, September 30
    2:00pm - 2:45pm MDT
    Video call: https://meet.google.com/xfa-ubnc-rre

    Aaron Lindqvist - Senior Recruiter
    Farah Dossa - Manager, Network Planning

    Need to make changes? Reply to this email and Aaron will help you out.

    Parkland Rail Logistics
    Powered by Lever
    """)
    body_html = t("""
    <!DOCTYPE html><html><body style="margin:0;background:#f4f5f7">
    <table align="center" width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">
    <tr><td style="padding:24px 32px">
    <p style="font-size:15px">Hi Kayla,</p>
    <p style="font-size:15px">Your interview with <strong>Parkland Rail Logistics</strong> has been confirmed!
    Here's a summary:</p>
    <div style="border-left:3px solid #5b9bd5;padding-left:12px">
    <p style="margin:0;font-weight:bold">Wednesday, September 30</p>
    <p style="margin:0">2:00pm - 2:45pm MDT</p>
    <p style="margin:0">Video call: <a href="https://meet.google.com/xfa-ubnc-rre">https://meet.google.com/xfa-ubnc-rre</a></p>
    </div>
    <p>Aaron Lindqvist &mdash; Senior Recruiter<br>Farah Dossa &mdash; Manager, Network Planning</p>
    <p>Need to make changes? Reply to this email and Aaron will help you out.</p>
    </td></tr>
    <tr><td style="padding:12px 32px;font-size:11px;color:#999">Parkland Rail Logistics &middot; Powered by Lever</td></tr>
    </table></body></html>
    """)
    ics = t("""
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Lever//Lever Interview Scheduling//EN
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:lever-interview-5d0c7e21-9a44-4f5b-8d61-2b8e0f3a7c19
    DTSTAMP:20260924T150522Z
    DTSTART:20260930T200000Z
    DTEND:20260930T204500Z
    SUMMARY:Interview: Kayla Desjarlais <> Parkland Rail Logistics
    LOCATION:https://meet.google.com/xfa-ubnc-rre
    ORGANIZER;CN=Aaron Lindqvist:mailto:aaron.lindqvist@parklandrail.ca
    ATTENDEE;CN=Kayla Desjarlais;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:kayla.desjarlais@example.org
    STATUS:CONFIRMED
    SEQUENCE:0
    END:VEVENT
    END:VCALENDAR
    """)
    hs = head(addr("Parkland Rail Logistics", "no-reply@hire.lever.co"),
              "Interview confirmation: Parkland Rail Logistics", "2026-09-24 09:05:22", EDM,
              "<0100019225c3b8a1-7f0e2d4c-91a3-4be0-a6f2-3c9e1d0b8a77-000000@email.amazonses.com>",
              relay="a8-31.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Aaron Lindqvist", "aaron.lindqvist@parklandrail.ca")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(body_html, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(7), family="ashby", lang="en-CA", interview=True, kind="scheduled",
           start=utc("2026-10-14 10:00", REG), end=utc("2026-10-14 11:00", REG),
           local="Wed 2026-10-14 10:00", local_end="2026-10-14 11:00", zone=REG,
           contact="hannah.sveinson@redriverseed.ca", company="Red River Seed Labs",
           note="Ashby confirmation from a Winnipeg company, shown in the candidate's zone: '10:00 AM - 11:00 AM "
                "CST (America/Regina)' = 16:00Z. The ICS uses TZID America/Winnipeg 11:00-12:00 CDT, the same "
                "instant. 'CST' in October can only be Saskatchewan here (Manitoba is on CDT). Contact = Reply-To.")
def k07() -> bytes:
    body = t("""
    Hi Kayla,

    Your interview is confirmed. We're looking forward to speaking with you!

    Wednesday, October 14, 2026
    10:00 AM - 11:00 AM CST (America/Regina)
    Times are shown in your time zone.

    Zoom: https://redriverseed.zoom.us/j/83317702291

    You'll meet with:
      Hannah Sveinson - People & Talent Lead
      Oluwaseun Adebayo - Director, Seed Supply Planning

    Questions? Just reply and it will reach Hannah Sveinson.

    Thanks,
    Red River Seed Labs Recruiting
    """)
    body_html = t("""
    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
    <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2430">
    <p>Hi Kayla,</p><p>Your interview is confirmed. We're looking forward to speaking with you!</p>
    <p><strong>Wednesday, October 14, 2026</strong><br>10:00 AM &ndash; 11:00 AM CST (America/Regina)<br>
    <span style="color:#6b7280">Times are shown in your time zone.</span></p>
    <p>Zoom: <a href="https://redriverseed.zoom.us/j/83317702291">https://redriverseed.zoom.us/j/83317702291</a></p>
    <p>You'll meet with:<br>Hannah Sveinson &mdash; People &amp; Talent Lead<br>
    Oluwaseun Adebayo &mdash; Director, Seed Supply Planning</p>
    <p>Questions? Just reply and it will reach Hannah Sveinson.</p>
    <p>Thanks,<br>Red River Seed Labs Recruiting</p>
    <p style="font-size:11px;color:#9ca3af">Sent with Ashby</p></body></html>
    """)
    ics = t("""
    BEGIN:VCALENDAR
    PRODID:-//Ashby//Ashby Scheduling//EN
    VERSION:2.0
    CALSCALE:GREGORIAN
    METHOD:REQUEST
    @TZ@
    BEGIN:VEVENT
    UID:7e3b9c02-51d8-4a7f-b0e6-c2d91f4a8e35
    DTSTAMP:20261007T174309Z
    DTSTART;TZID=America/Winnipeg:20261014T110000
    DTEND;TZID=America/Winnipeg:20261014T120000
    SEQUENCE:0
    SUMMARY:Red River Seed Labs - Supply Planning Analyst Interview
    LOCATION:https://redriverseed.zoom.us/j/83317702291
    ORGANIZER;CN=Hannah Sveinson:mailto:hannah.sveinson@redriverseed.ca
    ATTENDEE;CN=Kayla Desjarlais;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kayla.desjarlais@example.org
    STATUS:CONFIRMED
    END:VEVENT
    END:VCALENDAR
    """).replace("@TZ@", VTZ_WINNIPEG)
    hs = head(addr("Red River Seed Labs", "no-reply@ashbyhq.com"),
              "Interview confirmed: Supply Planning Analyst at Red River Seed Labs", "2026-10-07 17:43:09", "UTC",
              "<010001927f3e44c2-b81c0d3e-5a7f-4e21-9c6d-0e8f2a1b3c4d-000000@email.amazonses.com>",
              relay="mail.ashbyhq.com",
              extra=(("Reply-To", addr("Hannah Sveinson", "hannah.sveinson@redriverseed.ca")),))
    return message(hs, mixed(alt(text(body), html(body_html)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(N(8), family="human_prose_fr", lang="fr-CA", interview=True, kind="scheduled",
           start=utc("2026-11-12 14:00", WPG), end=utc("2026-11-12 14:45", WPG),
           local="Thu 2026-11-12 14:00", local_end="2026-11-12 14:45", zone=WPG,
           contact="genevieve.lagasse@moulins-stboniface.ca", company="Les Moulins Saint-Boniface",
           note="Canadian French prose (windows-1252, 8bit) from a Saint-Boniface (Winnipeg) employer: 'jeudi 12 "
                "novembre 2026, de 14 h à 14 h 45 (heure du Centre)'. Manitoba is on CST (-0600) after 1 Nov, "
                "so 20:00Z-20:45Z, the same wall clock as Saskatoon (the mail says so). Contact = human sender.")
def k08() -> bytes:
    body = t("""
    Bonjour Kayla,

    Merci d'avoir pris le temps de jaser avec moi mardi. J'ai le plaisir de vous confirmer votre
    entretien pour le poste d'analyste, chaîne d'approvisionnement :

      jeudi 12 novembre 2026, de 14 h à 14 h 45 (heure du Centre)

    Depuis le changement d'heure, Winnipeg et Saskatoon sont à la même heure : ce sera donc 14 h
    chez vous aussi.

    L'entretien aura lieu par Teams (le lien suivra dans une invitation séparée) avec M. Roland
    Gaudry, directeur des opérations, et moi-même. Nous procéderons surtout en français, avec une
    partie en anglais pour la portion technique (planification des achats de blé et suivi des
    wagons).

    Au plaisir,

    Geneviève Lagassé
    Conseillère en ressources humaines
    Les Moulins Saint-Boniface
    212, boulevard Provencher, Winnipeg (Manitoba) R2H 0G3
    204-555-0163
    """)
    hs = head(addr("Geneviève Lagassé", "genevieve.lagasse@moulins-stboniface.ca"),
              "Confirmation d'entretien – analyste, chaîne d'approvisionnement", "2026-11-05 10:48:30", WPG,
              "<a3c1e9f0-7b2d-4e58-9f61-0c2b3d4e5f60@moulins-stboniface.ca>", relay="smtp.moulins-stboniface.ca",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-CA")))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@make.mail(N(9), family="human_prose_fr", lang="fr-CA", interview=True, kind="cancelled",
           start=utc("2026-11-12 14:00", WPG), end=utc("2026-11-12 14:45", WPG),
           local="Thu 2026-11-12 14:00", local_end="2026-11-12 14:45", zone=WPG,
           contact="genevieve.lagasse@moulins-stboniface.ca", company="Les Moulins Saint-Boniface",
           note="Canadian French cancellation (iso-8859-15, QP) of the Saint-Boniface interview: 'nous devons "
                "annuler l'entretien de jeudi (12 novembre, 14 h)', new date to be proposed later, none given. "
                "Cancelled slot 14:00-14:45 Winnipeg CST = 20:00Z; the quoted confirmation repeats it.")
def k09() -> bytes:
    body = t("""
    Bonjour Kayla,

    Je suis vraiment désolée : M. Gaudry doit se rendre d'urgence à notre silo de Sainte-Agathe cette
    semaine, et nous devons annuler l'entretien de jeudi (12 novembre, 14 h). Je vous proposerai une
    nouvelle date dès que j'aurai son horaire, probablement pour la fin du mois.

    Toutes mes excuses pour ce contretemps.

    Geneviève

    -----Message d'origine-----
    De : Geneviève Lagassé <genevieve.lagasse@moulins-stboniface.ca>
    Envoyé : 5 novembre 2026 10:48
    À : Kayla Desjarlais <kayla.desjarlais@example.org>
    Objet : Confirmation d'entretien – analyste, chaîne d'approvisionnement

    Bonjour Kayla,

    Merci d'avoir pris le temps de jaser avec moi mardi. J'ai le plaisir de vous confirmer votre
    entretien pour le poste d'analyste, chaîne d'approvisionnement :

      jeudi 12 novembre 2026, de 14 h à 14 h 45 (heure du Centre)
    """).replace("–", "-")
    hs = head(addr("Geneviève Lagassé", "genevieve.lagasse@moulins-stboniface.ca"),
              "Annulation – entretien du jeudi 12 novembre", "2026-11-09 08:12:05", WPG,
              "<5d7e8f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f@moulins-stboniface.ca>", relay="smtp.moulins-stboniface.ca",
              extra=(("In-Reply-To", "<a3c1e9f0-7b2d-4e58-9f61-0c2b3d4e5f60@moulins-stboniface.ca>"),
                     ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-CA"),
                     ("Importance", "high")))
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(10), family="recruiter_text", lang="en-CA", interview=True, kind="scheduled",
           start=utc("2026-09-29 14:00", REG), local="Tue 2026-09-29 14:00", zone=REG,
           contact="brett@tallgrasstalent.ca", company="Harvest Gate Terminals",
           note="Agency recruiter's phone reply: 'Locked in tomorrow at 2 your time' with the client Harvest Gate "
                "Terminals; Date Mon 28 Sep 11:20 -0600 so tomorrow = Tue 29 Sep, 14:00 Saskatoon = 20:00Z. No "
                "length. Company = the client (the hiring company), contact = the recruiter who sent it.")
def k10() -> bytes:
    body = t("""
    Hi Kayla - great news, Harvest Gate wants to meet you. Locked in tomorrow at 2 your time w/ Dwayne
    (ops mgr) + Lisa from their HR. They'll send the Teams link from their side this aft.

    Call me after? Want to hear how it went

    Brett

    Sent from my iPhone

    > On Sep 28, 2026, at 9:02 AM, Kayla Desjarlais <kayla.desjarlais@example.org> wrote:
    >
    > Hi Brett, tomorrow afternoon works, anytime after 1. Thanks! Kayla
    >
    >> On Sep 27, 2026, at 7:41 PM, Brett Kowalski <brett@tallgrasstalent.ca> wrote:
    >>
    >> Harvest Gate liked your profile. Any chance you're free Tue afternoon?
    """)
    hs = head(addr("Brett Kowalski", "brett@tallgrasstalent.ca"), "Re: Harvest Gate", "2026-09-28 11:20:16", REG,
              "<8C41D2E7-3F0A-4B9C-A1E5-7D6F2C0B9E14@tallgrasstalent.ca>", relay="mail-yt3can01.outbound.protection.outlook.com",
              extra=(("In-Reply-To", "<2F9E6A1B-0C8D-4E7F-9A3B-5C1D8E2F6A07@example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")),
              to=addr("Kayla Desjarlais", KAYLA))
    return message(hs, text(body, cte="quoted-printable"), mime_version=True)


@make.mail(N(11), family="recruiter_text", lang="en-CA", interview=True, kind="rescheduled",
           start=utc("2026-10-22 15:30", REG), local="Thu 2026-10-22 15:30", zone=REG,
           contact="brett@tallgrasstalent.ca", company="Harvest Gate Terminals",
           note="Agency recruiter's terse phone mail: round 2 moved to 'Thursday 3:30 your time instead of Wed at 2'. "
                "Date Tue 20 Oct 08:15 -0600, so Thursday = 22 Oct, 15:30 Saskatoon = 21:30Z (old slot Wed 21 Oct "
                "14:00). Rescheduled; no length. Contact = recruiter, company = the client.")
def k11() -> bytes:
    body = t("""
    Kayla - Harvest Gate had to move round 2. Now Thursday 3:30 your time instead of Wed at 2. Same
    Teams link, same panel plus their VP Ops (Gord). Sorry for the shuffle!!

    B

    Sent from my iPhone
    """)
    hs = head(addr("Brett Kowalski", "brett@tallgrasstalent.ca"), "Harvest Gate rd 2 - time change",
              "2026-10-20 08:15:51", REG, "<E0B7C3A9-6D21-4F8E-B5A0-3C9D7E1F2A48@tallgrasstalent.ca>",
              relay="mail-yt3can01.outbound.protection.outlook.com", extra=(("X-Mailer", "iPhone Mail (22A3354)"),))
    return message(hs, text(body, cte="7bit"))


@make.mail(N(12), family="calendly", lang="en-CA", interview=True, kind="scheduled",
           start=utc("2026-10-23 11:30", REG), end=utc("2026-10-23 12:00", REG),
           local="Fri 2026-10-23 11:30", local_end="2026-10-23 12:00", zone=REG,
           contact="priya.raman@fieldmark.ag", company="Fieldmark AgTech",
           note="Calendly invitee confirmation for a Calgary start-up's first interview, shown in the invitee's zone: "
                "'11:30am - 12:00pm (Central Standard Time - Saskatchewan)' on Fri 23 Oct = 17:30Z (ICS in UTC "
                "agrees; it would be 10:30 MDT for the host). Contact = Reply-To host.")
def k12() -> bytes:
    body = t("""
    Hi Kayla Desjarlais,

    Your Supply Chain Analyst - First Interview with Priya Raman at 11:30am - 12:00pm (Central Standard
    Time - Saskatchewan) on Friday, October 23, 2026 is scheduled.

    Event Type:
    Supply Chain Analyst - First Interview

    Event Date/Time:
    11:30am - 12:00pm (Central Standard Time - Saskatchewan) on Friday, October 23, 2026

    Location:
    This is a Google Meet web conference.
    https://meet.google.com/ugh-pwzk-bam

    Description:
    30 minutes with Priya (Head of Operations) about the role, our grower network in southern Alberta,
    and what you're looking for next.

    Invitee Email:
    kayla.desjarlais@example.org

    Need to make changes to this event?
    Cancel: https://calendly.com/cancellations/8f2e0c1a-4b7d-4e93-a6c5-1d0f9b2e3a47
    Reschedule: https://calendly.com/reschedulings/8f2e0c1a-4b7d-4e93-a6c5-1d0f9b2e3a47

    Powered by Calendly.com
    """)
    body_html = t("""
    <html><body style="font-family:'Proxima Nova',Helvetica,Arial,sans-serif;color:#1a1a1a">
    <p>Hi Kayla Desjarlais,</p>
    <p>Your <b>Supply Chain Analyst - First Interview</b> with Priya Raman at <b>11:30am - 12:00pm (Central Standard
    Time - Saskatchewan)</b> on <b>Friday, October 23, 2026</b> is scheduled.</p>
    <p><b>Event Type:</b><br>Supply Chain Analyst - First Interview</p>
    <p><b>Event Date/Time:</b><br>11:30am - 12:00pm (Central Standard Time - Saskatchewan) on Friday, October 23, 2026</p>
    <p><b>Location:</b><br>This is a Google Meet web conference.<br>
    <a href="https://meet.google.com/ugh-pwzk-bam">https://meet.google.com/ugh-pwzk-bam</a></p>
    <p><b>Description:</b><br>30 minutes with Priya (Head of Operations) about the role, our grower network in southern
    Alberta, and what you're looking for next.</p>
    <p><a href="https://calendly.com/cancellations/8f2e0c1a-4b7d-4e93-a6c5-1d0f9b2e3a47">Cancel</a> &middot;
    <a href="https://calendly.com/reschedulings/8f2e0c1a-4b7d-4e93-a6c5-1d0f9b2e3a47">Reschedule</a></p>
    <p style="font-size:12px;color:#666">Powered by Calendly.com</p></body></html>
    """)
    ics = t("""
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Calendly//Calendly//EN
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:8f2e0c1a-4b7d-4e93-a6c5-1d0f9b2e3a47@calendly.com
    DTSTAMP:20261019T140311Z
    DTSTART:20261023T173000Z
    DTEND:20261023T180000Z
    SUMMARY:Supply Chain Analyst - First Interview between Priya Raman and Kayla Desjarlais
    LOCATION:https://meet.google.com/ugh-pwzk-bam
    ORGANIZER;CN=Priya Raman:mailto:priya.raman@fieldmark.ag
    ATTENDEE;CN=Kayla Desjarlais;PARTSTAT=ACCEPTED:mailto:kayla.desjarlais@example.org
    STATUS:CONFIRMED
    SEQUENCE:0
    END:VEVENT
    END:VCALENDAR
    """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Supply Chain Analyst - First Interview with Priya Raman on Friday, October 23, 2026",
              "2026-10-19 14:03:11", "UTC", "<20261019140311.1.8f2e0c1a4b7d@calendly.com>",
              relay="o1.ptr4417.calendly.com",
              extra=(("Reply-To", addr("Priya Raman", "priya.raman@fieldmark.ag")),))
    return message(hs, mixed(alt(text(body), html(body_html)),
                             calendar(ics, method="REQUEST", cte="7bit", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(N(13), family="ms_bookings", lang="en-CA", interview=True, kind="scheduled",
           start=utc("2026-10-21 10:00", WPG), end=utc("2026-10-21 10:45", WPG),
           local="Wed 2026-10-21 10:00", local_end="2026-10-21 10:45", zone=WPG,
           contact=None, company="Assiniboine Cold Chain Ltd.",
           note="Microsoft Bookings confirmation from a Winnipeg firm. The body's zone label is the standard "
                "'(UTC-06:00) Central Time (US & Canada)' but on 21 Oct Manitoba is on CDT (-0500): 10:00-10:45 = "
                "15:00Z-15:45Z, which the ICS (TZID Central Standard Time, US/Canada DST rules) confirms. Only "
                "the Bookings mailbox and a staff name: contact null.")
def k13() -> bytes:
    body_html = t("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
    <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
    <table width="520" cellpadding="16" style="border:1px solid #edebe9">
    <tr><td style="font-size:20px;font-weight:600">Your booking is confirmed</td></tr>
    <tr><td>Hello Kayla Desjarlais,<br><br>Thank you for booking with Assiniboine Cold Chain Recruitment.</td></tr>
    <tr><td><div style="font-weight:600">Interview - Inventory Control Analyst</div>
    <div>Wednesday, October 21, 2026</div>
    <div>10:00 AM - 10:45 AM (UTC-06:00) Central Time (US &amp; Canada)</div>
    <div>Staff: Tanya Kowalchuk</div>
    <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ACC4410%40thread.v2/0">Join your appointment
    online with Microsoft Teams</a></div></td></tr>
    <tr><td><a href="https://outlook.office365.com/owa/calendar/AssiniboineColdChainRecruitment@assiniboinecold.onmicrosoft.com/bookings/">Manage
    booking</a> &middot; <a href="https://outlook.office365.com/owa/calendar/AssiniboineColdChainRecruitment@assiniboinecold.onmicrosoft.com/bookings/s/cancel">Cancel
    booking</a></td></tr>
    <tr><td style="font-size:12px;color:#605e5c">Assiniboine Cold Chain Ltd. &middot; 1550 Inkster Boulevard, Winnipeg MB
    R2X 1R2</td></tr>
    </table></td></tr></table></body></html>
    """)
    ics = t("""
    BEGIN:VCALENDAR
    METHOD:REQUEST
    PRODID:Microsoft Exchange Server 2010
    VERSION:2.0
    @TZ@
    BEGIN:VEVENT
    ORGANIZER;CN=Assiniboine Cold Chain Recruitment:mailto:AssiniboineColdChainRecruitment@assiniboinecold.onmicrosoft.com
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kayla Desjarlais:mailto:kayla.desjarlais@example.org
    UID:040000008200E00074C5B7101A82E0080000000062D8C1A0F5A2DD010000000000000000100000008BC1D2E3F4A5B6C7D8E9F0A1B2C3D4E5
    SUMMARY;LANGUAGE=en-US:Interview - Inventory Control Analyst
    DTSTART;TZID=Central Standard Time:20261021T100000
    DTEND;TZID=Central Standard Time:20261021T104500
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20261016T184407Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
    X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
    END:VEVENT
    END:VCALENDAR
    """).replace("@TZ@", VTZ_CENTRAL_WIN)
    hs = head(addr("Assiniboine Cold Chain Recruitment",
                   "AssiniboineColdChainRecruitment@assiniboinecold.onmicrosoft.com"),
              "Your booking is confirmed: Interview - Inventory Control Analyst", "2026-10-16 13:44:07", WPG,
              "<YQBPR0101MB6620B1C2D3E4F5A6B7C8D9E0F1A2@YQBPR0101MB6620.CANPRD01.PROD.OUTLOOK.COM>",
              relay="mail-yqbcan01on2112.outbound.protection.outlook.com",
              extra=(("X-MS-Exchange-Organization-BookingsAppointment", "true"),))
    return message(hs, mixed(html(body_html, cte="base64"),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


def _lakehead_ics(seq: int, stamp: str, start: str, end: str, status: str = "CONFIRMED") -> str:
    return t("""
    BEGIN:VCALENDAR
    PRODID:-//Google Inc//Google Calendar 70.9054//EN
    VERSION:2.0
    CALSCALE:GREGORIAN
    METHOD:REQUEST
    @TZ@
    BEGIN:VEVENT
    DTSTART;TZID=America/Toronto:@S@
    DTEND;TZID=America/Toronto:@E@
    DTSTAMP:@STAMP@
    ORGANIZER;CN=Ines Fortier:mailto:ines.fortier@lakeheadprovisions.ca
    UID:4q1v8n0c2e6k3m9p7r5t1w0yzb@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kayla.desjarlais@example.org;X-NUM-GUESTS=0:mailto:kayla.desjarlais@example.org
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ines Fortier;X-NUM-GUESTS=0:mailto:ines.fortier@lakeheadprovisions.ca
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tomasz Wiśniewski;X-NUM-GUESTS=0:mailto:tomasz.wisniewski@lakeheadprovisions.ca
    X-GOOGLE-CONFERENCE:https://meet.google.com/hxo-qtaw-kpe
    DESCRIPTION:Second interview for the Demand Planning Analyst (remote) role.
    LAST-MODIFIED:@STAMP@
    LOCATION:
    SEQUENCE:@SEQ@
    STATUS:@STATUS@
    SUMMARY:Kayla Desjarlais / Lakehead Provisions - Demand Planning interview
    TRANSP:OPAQUE
    END:VEVENT
    END:VCALENDAR
    """).replace("@TZ@", VTZ_TORONTO).replace("@S@", start).replace("@E@", end).replace(
        "@STAMP@", stamp).replace("@SEQ@", str(seq)).replace("@STATUS@", status)


def _gcal_text(intro: str, title: str, when: str, changed: str) -> str:
    return t("""
    @INTRO@

    @TITLE@
    @WHEN@

    Join with Google Meet
    meet.google.com/hxo-qtaw-kpe

    Join by phone
    (CA) +1 647-555-0178 PIN: 418 330 902#

    Organizer
    Ines Fortier
    ines.fortier@lakeheadprovisions.ca

    Guests
    Ines Fortier - organizer
    Tomasz Wiśniewski
    kayla.desjarlais@example.org
    View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NHExdjhuMGMyZTZrM20

    Reply for kayla.desjarlais@example.org
    Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
    No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
    Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3
    More options https://calendar.google.com/calendar/event?action=VIEW

    Invitation from Google Calendar

    You are receiving this email because you are an attendee on the event. To stop receiving future
    updates for this event, decline this event.

    Forwarding this invitation could allow any recipient to send a response to the organizer, be added
    to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
    """).replace("@INTRO@", intro).replace("@TITLE@", title).replace("@WHEN@", when + changed)


@make.mail(N(14), family="google_calendar", lang="en-CA", interview=True, kind="scheduled",
           start=utc("2026-11-02 13:00", REG), end=utc("2026-11-02 14:00", REG),
           local="Mon 2026-11-02 13:00", local_end="2026-11-02 14:00", zone=REG,
           contact="ines.fortier@lakeheadprovisions.ca", company="Lakehead Provisions",
           note="Google Calendar invitation from a Toronto employer (remote role), rendered in the invitee's "
                "calendar zone: 'Monday Nov 2, 2026 1pm - 2pm (Central Standard Time - Regina)' = 19:00Z. The ICS "
                "says 14:00-15:00 America/Toronto, which is EST (-0500) on 2 Nov after the 1 Nov change, also 19:00Z; "
                "the mail itself is sent in EDT. Contact = ORGANIZER.")
def k14() -> bytes:
    body = _gcal_text("You have been invited to the following event.",
                      "Kayla Desjarlais / Lakehead Provisions - Demand Planning interview",
                      "Monday Nov 2, 2026 ⋅ 1pm – 2pm (Central Standard Time - Regina)", "")
    ics = _lakehead_ics(0, "20261027T191402Z", "20261102T140000", "20261102T150000")
    hs = head(addr("Ines Fortier", "ines.fortier@lakeheadprovisions.ca"),
              "Invitation: Kayla Desjarlais / Lakehead Provisions - Demand Planning interview @ Mon Nov 2, 2026 "
              "1pm - 2pm (CST) (kayla.desjarlais@example.org)", "2026-10-27 19:14:02", "UTC",
              "<calendar-8a3f0b2e-61c4-4d7a-9e05-b1c2d3e4f5a6@google.com>", relay="mail-sor-f73.google.com",
              extra=(("Reply-To", addr("Ines Fortier", "ines.fortier@lakeheadprovisions.ca")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")),
              to=KAYLA)
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(15), family="google_calendar", lang="en-CA", interview=True, kind="rescheduled",
           start=utc("2026-11-04 10:00", REG), end=utc("2026-11-04 11:00", REG),
           local="Wed 2026-11-04 10:00", local_end="2026-11-04 11:00", zone=REG,
           contact="ines.fortier@lakeheadprovisions.ca", company="Lakehead Provisions",
           note="Google Calendar 'Updated invitation' (SEQUENCE 1) moving the Lakehead interview from Mon 2 Nov to "
                "'Wednesday Nov 4, 2026 10am - 11am (Central Standard Time - Regina)' = 16:00Z; ICS 11:00-12:00 "
                "America/Toronto EST, the same instant. Rescheduled, new time labelled. Contact = ORGANIZER.")
def k15() -> bytes:
    body = _gcal_text("This event has been updated with a note:\n"
                      "\"Moving us to Wednesday - Monday now clashes with our S&OP review. Sorry, Kayla! - Ines\"\n\n"
                      "Changed: time",
                      "Kayla Desjarlais / Lakehead Provisions - Demand Planning interview",
                      "Wednesday Nov 4, 2026 ⋅ 10am – 11am (Central Standard Time - Regina)", " (changed)")
    ics = _lakehead_ics(1, "20261030T150247Z", "20261104T110000", "20261104T120000")
    hs = head(addr("Ines Fortier", "ines.fortier@lakeheadprovisions.ca"),
              "Updated invitation: Kayla Desjarlais / Lakehead Provisions - Demand Planning interview @ Wed Nov 4, "
              "2026 10am - 11am (CST) (kayla.desjarlais@example.org)", "2026-10-30 15:02:47", "UTC",
              "<calendar-2d9e7c41-0b3a-4f58-a6e1-c7d8e9f0a1b2@google.com>", relay="mail-sor-f69.google.com",
              extra=(("Reply-To", addr("Ines Fortier", "ines.fortier@lakeheadprovisions.ca")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")),
              to=KAYLA)
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(16), family="zoom", lang="en-CA", interview=True, kind="scheduled",
           start=utc("2026-11-19 09:00", "America/Vancouver"), end=utc("2026-11-19 09:45", "America/Vancouver"),
           local="Thu 2026-11-19 09:00", local_end="2026-11-19 09:45", zone="America/Vancouver",
           contact="sofia.marchetti@cascadiafresh.ca", company="Cascadia Fresh Logistics",
           note="Recruiter mail with a pasted Zoom invitation from Vancouver: 'Nov 19, 2026 09:00 AM Pacific Time (US "
                "and Canada)' (PST, -0800) = 17:00Z; the prose says '45-minute interview' (end 17:45Z), 'next "
                "Thursday' from Fri 13 Nov = 19 Nov, and '11:00 your time' (Saskatoon, -0600), all consistent. "
                "Contact = human sender.")
def k16() -> bytes:
    body = t("""
    Hi Kayla,

    Confirming your 45-minute interview with Daniel Okafor (our Director of Transportation) and me next
    Thursday. The Zoom invite below shows Pacific time, so that's 11:00 your time in Saskatoon.

    We'll spend most of it on a scenario about reefer capacity out of the Fraser Valley in January, so
    come ready to think out loud. No prep work needed.

    Talk soon,
    Sofia

    Sofia Marchetti | Talent Acquisition | Cascadia Fresh Logistics
    604-555-0148 | cascadiafresh.ca

    ---------------------------------------------------------
    Sofia Marchetti is inviting you to a scheduled Zoom meeting.

    Topic: Cascadia Fresh - Interview - Kayla Desjarlais (Transportation Analyst)
    Time: Nov 19, 2026 09:00 AM Pacific Time (US and Canada)

    Join Zoom Meeting
    https://cascadiafresh.zoom.us/j/91862274410?pwd=bXhRZkV0cW1nS2Z3d1ZsT0N4

    Meeting ID: 918 6227 4410
    Passcode: 552731

    ---

    One tap mobile
    +17789072071,,91862274410#,,,,*552731# Canada
    +12042727920,,91862274410#,,,,*552731# Canada

    Dial by your location
    +1 778 907 2071 Canada
    +1 204 272 7920 Canada
    +1 587 328 1099 Canada

    Find your local number: https://cascadiafresh.zoom.us/u/kd0Hq2pQx
    """)
    hs = head(addr("Sofia Marchetti", "sofia.marchetti@cascadiafresh.ca"),
              "Interview confirmed - Transportation Analyst (Thurs Nov 19)", "2026-11-13 10:25:38", "America/Vancouver",
              "<CAH3x9Kq7vT0pLm2fWn8RjYb5cD1eA4sG6hU_0iZ+o9kQ3wXy@mail.gmail.com>", relay="mail-pj1-f52.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(17), family="exchange_outlook", lang="en-CA", interview=True, kind="scheduled",
           start=utc("2026-09-24 09:00", EDM), end=utc("2026-09-24 10:00", EDM),
           local="Thu 2026-09-24 09:00", local_end="2026-09-24 10:00", zone=EDM,
           contact="cblackwater@foothillsfert.com", company="Foothills Fertilizer Ltd.",
           note="Outlook meeting request from Calgary with TZID 'Mountain Standard Time' and the standard-offset "
                "label '(UTC-07:00) Mountain Time (US & Canada)' although 24 Sep is MDT (-0600): 09:00-10:00 = "
                "15:00Z-16:00Z. The prose notes it is also 9 in Saskatoon until the clocks change. Contact = "
                "ORGANIZER / sender.")
def k17() -> bytes:
    body = t("""
    When: Thursday, September 24, 2026 9:00 AM-10:00 AM (UTC-07:00) Mountain Time (US & Canada).
    Where: Microsoft Teams Meeting

    Kayla,

    Looking forward to chatting Thursday. This will be a 60-minute conversation with me and Anita
    Sandhu from our Ops group about the Inventory & Logistics Analyst position. It's 9 am our time,
    which is also 9 for you in Saskatoon until we change our clocks in November. Easy one!

    Curtis

    Curtis Blackwater
    Manager, Distribution Planning | Foothills Fertilizer Ltd.
    Suite 800, 639 5 Ave SW, Calgary AB T2P 0M9
    403-555-0127

    """) + teams_block("233 904 118 670", "Rz4Kp9", "+1 587-555-0190", "771 046 382", "Calgary")
    ics = exchange_ics(
        method="REQUEST", tzblock=VTZ_MOUNTAIN_WIN, tzid="Mountain Standard Time",
        start="20260924T090000", end="20260924T100000",
        organizer="Curtis Blackwater:mailto:cblackwater@foothillsfert.com",
        attendees=["Kayla Desjarlais:mailto:kayla.desjarlais@example.org",
                   "Anita Sandhu:mailto:asandhu@foothillsfert.com"],
        summary="Interview: Kayla Desjarlais - Inventory & Logistics Analyst",
        uid="040000008200E00074C5B7101A82E00800000000D1F2A3B4C5E6DC0100000000000000001000000044E2B8C1D9F04A6E8B3C2D1E0F9A8B7C",
        stamp="20260918T203012Z")
    hs = head(addr("Curtis Blackwater", "cblackwater@foothillsfert.com"),
              "Interview: Kayla Desjarlais - Inventory & Logistics Analyst", "2026-09-18 14:30:12", EDM,
              "<CY8PR11MB7106C3D2E1F0A9B8C7D6E5F4A3B2@CY8PR11MB7106.namprd11.prod.outlook.com>",
              relay="mail-co1nam11on2090.outbound.protection.outlook.com",
              extra=exchange_headers("Interview: Kayla Desjarlais - Inventory & Logistics Analyst",
                                     "AdnK7mQxR2b9T0uVWcF4h1ZpLs8YeQ=="))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="quoted-printable")))


@make.mail(N(18), family="human_ics_only", lang="en-CA", interview=True, kind="scheduled",
           start=utc("2026-10-27 13:30", EDM), end=utc("2026-10-27 14:30", EDM),
           local="Tue 2026-10-27 13:30", local_end="2026-10-27 14:30", zone=EDM,
           contact="lorne.fedoruk@sturgeonvalleyfoods.ca", company="Sturgeon Valley Foods",
           note="Hiring manager's two-line mail 'invite attached for the panel as discussed'; the time is only in "
                "the Apple Calendar ICS: 13:30-14:30 TZID America/Edmonton on Tue 27 Oct, still MDT (-0600) = "
                "19:30Z-20:30Z. Contact = human sender / ORGANIZER.")
def k18() -> bytes:
    body = t("""
    Hi Kayla,

    Invite attached for the panel as discussed. Looking forward to it!

    Lorne

    Lorne Fedoruk
    Procurement Manager, Sturgeon Valley Foods
    St. Albert, AB
    """)
    ics = t("""
    BEGIN:VCALENDAR
    METHOD:REQUEST
    PRODID:-//Apple Inc.//macOS 15.1//EN
    VERSION:2.0
    CALSCALE:GREGORIAN
    @TZ@
    BEGIN:VEVENT
    CREATED:20261022T220311Z
    UID:9B1E6F2A-3C4D-4E5F-8A7B-0C1D2E3F4A5B
    DTEND;TZID=America/Edmonton:20261027T143000
    TRANSP:OPAQUE
    SUMMARY:Panel interview - Kayla Desjarlais (Procurement Analyst)
    LAST-MODIFIED:20261022T220344Z
    DTSTAMP:20261022T220344Z
    DTSTART;TZID=America/Edmonton:20261027T133000
    LOCATION:Sturgeon Valley Foods\\n25 Riel Drive\\, St. Albert AB\\, Boardroom B
    SEQUENCE:0
    ORGANIZER;CN=Lorne Fedoruk:mailto:lorne.fedoruk@sturgeonvalleyfoods.ca
    ATTENDEE;CN=Kayla Desjarlais;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kayla.desjarlais@example.org
    ATTENDEE;CN=Lorne Fedoruk;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:lorne.fedoruk@sturgeonvalleyfoods.ca
    END:VEVENT
    END:VCALENDAR
    """).replace("@TZ@", VTZ_EDMONTON)
    hs = head(addr("Lorne Fedoruk", "lorne.fedoruk@sturgeonvalleyfoods.ca"), "Panel interview",
              "2026-10-22 16:03:44", EDM, "<D4E1B7A0-92C3-4F65-8E1D-7A0B3C2F1E96@sturgeonvalleyfoods.ca>",
              relay="p-east3-cluster2-host1-snip4-10a.me.com",
              extra=(("X-Mailer", "Apple Mail (2.3826.200.121)"),))
    return message(hs, mixed(text(body, cte="7bit", params="format=flowed"),
                             calendar(ics, method="REQUEST", cte="quoted-printable", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(19), family="goodtime", lang="en-CA", interview=True, kind="scheduled",
           start=utc("2026-12-08 18:30", REG), end=utc("2026-12-08 19:15", REG),
           local="Tue 2026-12-08 18:30", local_end="2026-12-08 19:15", zone=REG,
           contact="aroha.ngata@kowhaiagri.co.nz", company="Kōwhai Agri Data",
           note="GoodTime confirmation for a remote role with an Auckland company, shown in the candidate's zone: "
                "'Tuesday, December 8, 2026, 6:30 PM - 7:15 PM CST' = Wed 9 Dec 00:30Z-01:15Z (the next day in UTC); "
                "the body also gives Wed 9 Dec 1:30 PM NZDT (+1300) for the panel, and the ICS is in UTC. "
                "Contact = Reply-To recruiter.")
def k19() -> bytes:
    body_html = t("""
    <!doctype html><html><head><meta charset="utf-8"></head>
    <body style="background:#f6f7fb;font-family:Helvetica,Arial,sans-serif;color:#1d1d35">
    <table align="center" width="560" cellpadding="24" style="background:#ffffff;border-radius:8px">
    <tr><td>
    <h2 style="margin:0 0 12px">Your interview is confirmed</h2>
    <p>Kia ora Kayla,</p>
    <p>Thanks for choosing a time. Here are the details of your interview for <b>Supply Chain Data Analyst
    (Remote, Canada)</b> with <b>Kōwhai Agri Data</b>.</p>
    <table cellpadding="4" style="border-top:1px solid #e4e6ef;border-bottom:1px solid #e4e6ef;width:100%">
    <tr><td style="color:#6b6f85">When</td><td><b>Tuesday, December 8, 2026</b><br>6:30 PM &ndash; 7:15 PM CST
    (America/Regina)</td></tr>
    <tr><td style="color:#6b6f85">Where</td><td><a href="https://kowhaiagri.zoom.us/j/84410092736">Zoom</a></td></tr>
    <tr><td style="color:#6b6f85">With</td><td>Aroha Ngata (Talent), Callum Reid (Head of Data)</td></tr>
    </table>
    <p style="font-size:13px;color:#6b6f85">Your interviewers will join from Auckland, where it will be Wednesday
    9 December, 1:30 PM NZDT.</p>
    <p>Need to change something? Reply to this email and Aroha will help.</p>
    <p style="font-size:11px;color:#a0a3b8">Scheduled with GoodTime &middot; goodtime.io</p>
    </td></tr></table></body></html>
    """)
    ics = t("""
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//GoodTime//Hire//EN
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:gt-6c1e9a40-7d2b-4f83-b5e0-a9c8d7e6f5b4
    DTSTAMP:20261202T201522Z
    DTSTART:20261209T003000Z
    DTEND:20261209T011500Z
    SUMMARY:Interview: Kayla Desjarlais - Supply Chain Data Analyst (Kōwhai Agri Data)
    LOCATION:https://kowhaiagri.zoom.us/j/84410092736
    ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kowhaiagri.co.nz
    ATTENDEE;CN=Kayla Desjarlais;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kayla.desjarlais@example.org
    STATUS:CONFIRMED
    SEQUENCE:0
    END:VEVENT
    END:VCALENDAR
    """)
    hs = head(addr("Kōwhai Agri Data", "no-reply@goodtime.io"),
              "Confirmed: Interview with Kōwhai Agri Data on Tuesday, December 8", "2026-12-02 20:15:22", "UTC",
              "<0100019391c4d7e2-4a1b2c3d-5e6f-4789-9abc-def012345678-000000@email.amazonses.com>",
              relay="a9-12.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Aroha Ngata", "aroha.ngata@kowhaiagri.co.nz")),))
    return message(hs, mixed(html(body_html, cte="quoted-printable"),
                             calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                                      disposition="attachment")))


@make.mail(N(20), family="forward_self", lang="en-CA", interview=True, kind="scheduled",
           start=utc("2026-11-16 10:30", REG), local="Mon 2026-11-16 10:30", zone=REG,
           contact="loreen.bighetty@aftsk.ca", company="Ministry of Agri-Food Trade",
           note="Kayla forwards to herself (personal example.net -> example.org) a provincial ministry's panel "
                "interview letter as an attached message/rfc822. Time only in the text: 'Monday, November 16, 2026, "
                "10:30 a.m. (Saskatchewan time)' = 16:30Z; 'approximately one hour' so end null. The attached "
                "calendar hold is an all-day event on 16 Nov. Contact = the HR consultant in the forwarded message "
                "(the outer sender is the candidate).")
def k20() -> bytes:
    inner_body = t("""
    Dear Ms. Desjarlais,

    Thank you for your application for the position of Trade Logistics Policy Analyst (competition
    2026-AFT-118) with the Ministry of Agri-Food Trade. We are pleased to invite you to a panel
    interview.

    Date:      Monday, November 16, 2026
    Time:      10:30 a.m. (Saskatchewan time)
    Location:  3085 Albert Street, Room 412, Regina, or by Webex on request
    Panel:     Loreen Bighetty, HR Consultant
               Dr. Anand Kapoor, Director, Trade Logistics
               Terri-Lynn McKay, Senior Policy Analyst

    Please allow approximately one hour and arrive ten minutes early to sign in at the commissionaire's
    desk. If you would prefer to join by Webex, or require an accommodation for any stage of the
    process, reply to this message by Thursday, November 12.

    A calendar hold is attached for your convenience.

    Regards,

    Loreen Bighetty
    HR Consultant, Public Service Commission
    on behalf of the Ministry of Agri-Food Trade
    306-555-0171 | loreen.bighetty@aftsk.ca
    """)
    ics = t("""
    BEGIN:VCALENDAR
    PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
    VERSION:2.0
    METHOD:PUBLISH
    BEGIN:VEVENT
    CLASS:PUBLIC
    CREATED:20261110T211002Z
    DESCRIPTION:Panel interview\\, competition 2026-AFT-118. See letter for time and location.
    DTEND;VALUE=DATE:20261117
    DTSTAMP:20261110T211002Z
    DTSTART;VALUE=DATE:20261116
    ORGANIZER;CN=Loreen Bighetty:mailto:loreen.bighetty@aftsk.ca
    SEQUENCE:0
    SUMMARY;LANGUAGE=en-ca:Panel interview - 2026-AFT-118 - K. Desjarlais
    TRANSP:TRANSPARENT
    UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC01000000000000000010000000E7F8A9B0C1D2E3F4A5B6C7D8E9F0A1B2
    X-MICROSOFT-CDO-BUSYSTATUS:FREE
    X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
    END:VEVENT
    END:VCALENDAR
    """)
    inner_hs = [
        ("Received", received("from mail.aftsk.ca (mail.aftsk.ca)", "2026-11-10 15:10:02", REG,
                              "mx.example.net with ESMTPS id 7e1a02bd44c9", "kayla.desjarlais@example.net")),
        ("From", addr("Loreen Bighetty", "loreen.bighetty@aftsk.ca")),
        ("To", addr("Kayla Desjarlais", "kayla.desjarlais@example.net")),
        ("Subject", "Panel Interview Invitation - Competition 2026-AFT-118"),
        ("Date", date("2026-11-10 15:10:02", REG)),
        ("Message-ID", "<SK1PR01MB3390A2B3C4D5E6F7A8B9C0D1E2F3@SK1PR01MB3390.CANPRD01.PROD.OUTLOOK.COM>"),
    ]
    inner = message(inner_hs, mixed(text(inner_body), calendar(ics, method=None, cte="base64",
                                                                filename="Panel interview.ics",
                                                                disposition="attachment")))
    outer_body = t("""
    fwd to the job-search inbox so it doesn't get lost. Webex or drive to Regina?? probably drive

    Sent from my Pixel
    """)
    hs = head(addr("Kayla Desjarlais", "kayla.desjarlais@example.net"),
              "Fwd: Panel Interview Invitation - Competition 2026-AFT-118", "2026-11-11 07:55:19", REG,
              "<CAJ8yV2m4Lq0Rb7ZxPd3Kt1fWe9Ns5Hu6Yc=8oA2iG4jB@mail.gmail.com>", relay="mail-wm1-f43.google.com",
              to=KAYLA)
    return message(hs, mixed(text(outer_body, cte="7bit"), attached_message(inner, "Panel Interview Invitation.eml")))


@make.mail(N(21), family="human_prose", lang="en-CA", interview=True, kind="rescheduled",
           start=utc("2026-10-16 13:30", REG), end=utc("2026-10-16 14:30", REG),
           local="Fri 2026-10-16 13:30", local_end="2026-10-16 14:30", zone=REG,
           contact="shauna.lindgren@tamarack.ca", company="Tamarack University",
           note="University procurement office moves the interview: 'Instead of Thursday, October 15 at 10:00 a.m., "
                "we'll now meet on Friday at 1:30 p.m.' (Date Tue 13 Oct, so Friday = 16 Oct), 'still one hour'. "
                "Saskatoon CST: 19:30Z-20:30Z. The quoted original keeps the old time. Contact = sender.")
def k21() -> bytes:
    body = t("""
    Hi Kayla,

    I'm sorry to do this, but our Director has been pulled into budget meetings on Thursday morning,
    so we need to move your interview. Instead of Thursday, October 15 at 10:00 a.m., we'll now meet
    on Friday at 1:30 p.m., same place (Room 214, Research Annex, 110 Science Place). The interview
    is still one hour.

    I've cancelled the old calendar hold, so no need to do anything else. If Friday really doesn't
    work, let me know as soon as you can.

    Thanks for your flexibility,
    Shauna

    --
    Shauna Lindgren (she/her)
    Procurement Services | Tamarack University
    Saskatoon, SK | Treaty 6 Territory and Homeland of the Métis
    306-555-0134

    On Wed, Oct 7, 2026 at 3:15 PM Shauna Lindgren <shauna.lindgren@tamarack.ca> wrote:
    > Hi Kayla,
    >
    > Thank you for applying for the Strategic Sourcing Analyst position. I'm pleased to confirm your
    > interview on Thursday, October 15 at 10:00 a.m. in Room 214, Research Annex, 110 Science Place.
    > The panel will be Dr. Marguerite Ahenakew (Director, Procurement Services), Paul Yuen (Category
    > Manager) and me. Visitor parking is in Lot 5; pay at the machine.
    >
    > Shauna
    """)
    hs = head(addr("Shauna Lindgren", "shauna.lindgren@tamarack.ca"),
              "Re: Interview - Strategic Sourcing Analyst (new time)", "2026-10-13 11:02:40", REG,
              "<CANx7Qp0Jm2rVb4s9TzLw6yD3fK1oH8gE5uAcR@mail.gmail.com>", relay="mail-qt1-f180.google.com",
              extra=(("In-Reply-To", "<CANx7Qp0JaW3k9Lm1ZnRb8Ty2Vd5Xc4Sf6Hg@mail.gmail.com>"),
                     ("References", "<CANx7Qp0JaW3k9Lm1ZnRb8Ty2Vd5Xc4Sf6Hg@mail.gmail.com>")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(22), family="teamtailor", lang="en-CA", interview=True, kind="rescheduled",
           start=utc("2026-11-26 09:30", WPG), end=utc("2026-11-26 10:15", WPG),
           local="Thu 2026-11-26 09:30", local_end="2026-11-26 10:15", zone=WPG,
           contact="renee.lavallee@prairiepulse.ca", company="Prairie Pulse Processors",
           note="Teamtailor 'interview rescheduled' from a Winnipeg processor with both times: new 'Thursday 26 "
                "November 2026, 09:30 - 10:15 (Central Time - Winnipeg)' (CST -0600) = 15:30Z-16:15Z, previous Tue "
                "24 Nov 14:00. ICS agrees. Sender and Reply-To are Teamtailor relays; contact = the recruiter's "
                "address in the signature.")
def k22() -> bytes:
    body = t("""
    Hi Kayla,

    Your interview for Logistics Coordinator at Prairie Pulse Processors has been rescheduled.

    New time
    Thursday 26 November 2026, 09:30 - 10:15 (Central Time - Winnipeg)

    Previous time
    Tuesday 24 November 2026, 14:00 - 14:45

    Location
    Microsoft Teams - the link is in the attached calendar invitation.

    Message from Renée:
    Hi Kayla, our plant manager is needed on the floor Tuesday afternoon for a line changeover, so we've
    moved you to Thursday morning. Hope that still suits! Reach me directly at
    renee.lavallee@prairiepulse.ca if not.

    Renée Lavallée
    People & Culture, Prairie Pulse Processors

    Add to Google Calendar / Outlook: https://prairiepulse.teamtailor.com/interviews/9c71b2/calendar
    """)
    body_html = t("""
    <!DOCTYPE html><html><head><meta charset="UTF-8"></head>
    <body style="margin:0;padding:0;background:#f3f3f3;font-family:-apple-system,BlinkMacSystemFont,Helvetica,sans-serif">
    <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px">
    <img src="https://teamtailor-production.s3.amazonaws.com/image_uploads/prairiepulse-logo.png" alt="Prairie Pulse Processors" height="36">
    <p>Hi Kayla,</p>
    <p>Your interview for <strong>Logistics Coordinator</strong> at Prairie Pulse Processors has been rescheduled.</p>
    <p style="margin:0;color:#888;font-size:12px;text-transform:uppercase">New time</p>
    <p style="margin:0 0 12px;font-size:16px"><strong>Thursday 26 November 2026, 09:30 &ndash; 10:15</strong> (Central Time - Winnipeg)</p>
    <p style="margin:0;color:#888;font-size:12px;text-transform:uppercase">Previous time</p>
    <p style="margin:0 0 12px"><s>Tuesday 24 November 2026, 14:00 &ndash; 14:45</s></p>
    <p style="margin:0;color:#888;font-size:12px;text-transform:uppercase">Location</p>
    <p style="margin:0 0 12px">Microsoft Teams &ndash; the link is in the attached calendar invitation.</p>
    <div style="background:#f7f7f9;padding:12px;border-radius:6px"><p style="margin:0 0 6px"><strong>Message from Ren&eacute;e:</strong></p>
    <p style="margin:0">Hi Kayla, our plant manager is needed on the floor Tuesday afternoon for a line changeover, so
    we've moved you to Thursday morning. Hope that still suits! Reach me directly at
    <a href="mailto:renee.lavallee@prairiepulse.ca">renee.lavallee@prairiepulse.ca</a> if not.</p></div>
    <p>Ren&eacute;e Lavall&eacute;e<br>People &amp; Culture, Prairie Pulse Processors</p>
    <p style="font-size:11px;color:#aaa">Sent via Teamtailor</p>
    </div></body></html>
    """)
    ics = t("""
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Teamtailor//Interviews//EN
    METHOD:REQUEST
    @TZ@
    BEGIN:VEVENT
    UID:teamtailor-interview-9c71b2@teamtailor.com
    SEQUENCE:2
    DTSTAMP:20261120T151208Z
    DTSTART;TZID=America/Winnipeg:20261126T093000
    DTEND;TZID=America/Winnipeg:20261126T101500
    SUMMARY:Interview: Kayla Desjarlais - Logistics Coordinator
    DESCRIPTION:Join Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_PPP9c71b2%40thread.v2/0
    LOCATION:Microsoft Teams
    ORGANIZER;CN=Prairie Pulse Processors:mailto:interviews@teamtailor-mail.com
    ATTENDEE;CN=Kayla Desjarlais;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:kayla.desjarlais@example.org
    STATUS:CONFIRMED
    END:VEVENT
    END:VCALENDAR
    """).replace("@TZ@", VTZ_WINNIPEG)
    hs = head(addr("Renée Lavallée (Prairie Pulse Processors)", "no-reply@teamtailor-mail.com"),
              "Your interview has been rescheduled - Logistics Coordinator", "2026-11-20 15:12:08", "UTC",
              "<64f0e1a7b2c3d_5e9a2f1c7b3d8@teamtailor-mailer-5d8c9.mail>", relay="mta-12.teamtailor-mail.com",
              extra=(("Reply-To", "reply+9c71b2e4a0f3@teamtailor-mail.com"),))
    return message(hs, mixed(alt(text(body), html(body_html)),
                             calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                                      disposition="attachment")))


@make.mail(N(23), family="workable", lang="en-CA", interview=True, kind="cancelled",
           start=utc("2026-12-01 11:00", EDM), end=utc("2026-12-01 11:30", EDM),
           local="Tue 2026-12-01 11:00", local_end="2026-12-01 11:30", zone=EDM,
           contact="nadia.kassab@bowriveragro.ca", company="Bow River Agronomics",
           note="Workable cancellation from a Calgary company: 'Tuesday, December 1, 2026, 11:00 AM - 11:30 AM MST' "
                "cancelled because hiring is on hold, no new time; MST (-0700) = 18:00Z. ICS METHOD:CANCEL in UTC. "
                "Reply-To is a Workable relay; contact = the person named with her address in the body.")
def k23() -> bytes:
    body = t("""
    Dear Kayla,

    Unfortunately we need to cancel your interview for Agronomy Supply Analyst, scheduled for
    Tuesday, December 1, 2026, 11:00 AM - 11:30 AM MST.

    Hiring for this role has been put on hold while we finalize our 2027 budget. We're sorry for the
    inconvenience, and we'll reach out if the position reopens in the new year.

    If you have any questions, please contact Nadia Kassab at nadia.kassab@bowriveragro.ca.

    Kind regards,
    Nadia Kassab
    Bow River Agronomics
    """)
    body_html = t("""
    <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
    <p>Dear Kayla,</p>
    <p>Unfortunately we need to cancel your interview for <b>Agronomy Supply Analyst</b>, scheduled for
    <b>Tuesday, December 1, 2026, 11:00 AM - 11:30 AM MST</b>.</p>
    <p>Hiring for this role has been put on hold while we finalize our 2027 budget. We're sorry for the
    inconvenience, and we'll reach out if the position reopens in the new year.</p>
    <p>If you have any questions, please contact Nadia Kassab at
    <a href="mailto:nadia.kassab@bowriveragro.ca">nadia.kassab@bowriveragro.ca</a>.</p>
    <p>Kind regards,<br>Nadia Kassab<br>Bow River Agronomics</p>
    <hr style="border:none;border-top:1px solid #eee"><p style="font-size:11px;color:#999">Powered by Workable</p>
    </body></html>
    """)
    ics = t("""
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Workable//Workable Calendar//EN
    METHOD:CANCEL
    BEGIN:VEVENT
    UID:workable-event-3f8a1c27e9d4@workable.com
    DTSTAMP:20261126T162011Z
    DTSTART:20261201T180000Z
    DTEND:20261201T183000Z
    SUMMARY:Interview: Kayla Desjarlais for Agronomy Supply Analyst
    ORGANIZER;CN=Bow River Agronomics:mailto:bow-river-agronomics+3f8a1c27@candidates.workablemail.com
    ATTENDEE;CN=Kayla Desjarlais:mailto:kayla.desjarlais@example.org
    STATUS:CANCELLED
    SEQUENCE:1
    END:VEVENT
    END:VCALENDAR
    """)
    hs = head(addr("Bow River Agronomics", "noreply@candidates.workablemail.com"),
              "Interview cancelled: Agronomy Supply Analyst at Bow River Agronomics", "2026-11-26 16:20:11", "UTC",
              "<20261126162011.3f8a1c27e9d4.candidates@workablemail.com>", relay="mail-out.workablemail.com",
              extra=(("Reply-To", "bow-river-agronomics+3f8a1c27@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(body_html), calendar(ics, method="CANCEL", cte="7bit")))


# =========================================================================== negatives (keys 24-50)


@make.mail(N(24), family="job_centre", lang="en-CA", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Employment-services appointment (job centre) at a fixed time, Thu 1 Oct 9:30 a.m. Saskatoon, with "
                "talk of interviews and a work-search record: a personal appointment, not a job interview.")
def k24() -> bytes:
    body = t("""
    Hello Kayla,

    This is a reminder that you have an appointment at Saskatoon Employment Connections.

      Date:      Thursday, October 1, 2026
      Time:      9:30 a.m.
      With:      Darlene Mossman, Employment Counsellor
      Where:     122 3rd Avenue North, Suite 300, Saskatoon (2nd floor, elevator by the pharmacy)
      Length:    45 minutes

    Please bring:
      - your current résumé (printed or on your phone)
      - your work-search record for September (employers contacted, interviews attended)
      - any questions about the Skills Training Benefit

    At this appointment Darlene can also book you into our Interview Confidence workshop series
    (Tuesdays in October).

    To change or cancel, call 306-555-0100 at least 24 hours ahead. Replies to this address are not
    monitored.

    Saskatoon Employment Connections
    Funded in part by the Canada-Saskatchewan Labour Market Transfer Agreement
    """)
    hs = head(addr("Saskatoon Employment Connections", "appointments@yxe-employment.ca"),
              "Appointment reminder - Thursday, October 1 at 9:30 a.m.", "2026-09-25 06:00:02", REG,
              "<20260925120002.48817.reminder@yxe-employment.ca>", relay="mail.yxe-employment.ca",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body))


@make.mail(N(25), family="press_interview", lang="en-CA", interview=False, company=None,
           days=(("Wed", "2026-10-07"),),
           note="A reporter confirms an on-the-record phone interview with Kayla ('confirmed for Wednesday at 2 "
                "p.m.', Wed 7 Oct, about 20 minutes) for a story on rail car shortages: press, not a job interview.")
def k25() -> bytes:
    body = t("""
    Hi Kayla,

    Thanks so much for agreeing to talk - you came highly recommended by the folks at the Western Grain
    Shippers Forum. We're confirmed for Wednesday (Oct. 7) at 2 p.m. by phone; I'll call your cell at
    306-555-0187. It should take about 20 minutes.

    The story is about the hopper car shortage during this harvest and what it means for country
    elevators, so I'd love your view from the logistics side: how allocation works, and what a week of
    missed spots costs a shipper. The interview will be on the record unless you tell me otherwise
    before we start, and I'll send you any direct quotes to check for accuracy.

    Thanks again,
    Jessie

    Jessie Whitehawk
    Agriculture Reporter, The Prairie Ledger
    306-555-0152 | @jwhitehawk_ledger
    """)
    hs = head(addr("Jessie Whitehawk", "jwhitehawk@prairieledger.ca"),
              "Re: Interview request - hopper car story", "2026-10-05 13:47:22", REG,
              "<YT2PR01MB5521E8F3D0A1B2C3D4E5F6A7B8C9@YT2PR01MB5521.CANPRD01.PROD.OUTLOOK.COM>",
              relay="mail-yt2can01on2097.outbound.protection.outlook.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(26), family="admission_interview", lang="en-CA", interview=False, company=None,
           days=(("Sat", "2026-11-07"),),
           note="Executive MBA admission interview at a fixed time (Sat 7 Nov, 9:00 a.m. Saskatchewan time, 30 "
                "minutes, Zoom) from a university's business school: school admission, not a job interview (the "
                "same university also appears as an employer in this inbox).")
def k26() -> bytes:
    body_html = t("""
    <html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;font-size:15px;color:#222">
    <table width="600" align="center"><tr><td style="border-top:6px solid #0b4f3a;padding:20px">
    <p style="font-family:Arial,sans-serif;font-size:12px;color:#0b4f3a;letter-spacing:1px">HARGREAVES SCHOOL OF BUSINESS
    &middot; TAMARACK UNIVERSITY</p>
    <p>Dear Kayla,</p>
    <p>Thank you for completing your application to the <b>Executive MBA (Saskatoon cohort, Fall 2027)</b>. The
    Admissions Committee would like to meet you, and your admission interview is now scheduled:</p>
    <p style="background:#f2f6f4;padding:12px"><b>Saturday, November 7, 2026</b><br>
    9:00 a.m. &ndash; 9:30 a.m. (Saskatchewan time)<br>
    Zoom: <a href="https://tamarack.zoom.us/j/95530018827">https://tamarack.zoom.us/j/95530018827</a><br>
    Interviewer: Dr. Helen Moccasin, Associate Director, Graduate Admissions</p>
    <p>The interview is conversational: we'll ask about your leadership experience, why an EMBA now, and how you
    plan to balance the program with work. There is nothing to prepare.</p>
    <p>Decisions for the early round are released on December 15.</p>
    <p>Warm regards,<br>Graduate Admissions<br>Hargreaves School of Business</p>
    <p style="font-size:11px;color:#888">This message was sent to kayla.desjarlais@example.org by Hargreaves School of
    Business Admissions. <a href="https://apply.tamarack.ca/manage/unsubscribe">Manage preferences</a></p>
    </td></tr></table></body></html>
    """)
    hs = head(addr("Hargreaves EMBA Admissions", "emba.admissions@tamarack.ca"),
              "Your EMBA admission interview - Saturday, November 7", "2026-10-30 14:05:51", REG,
              "<slate.4e2d7c1a-9b30-4f81-a6e5-0d1c2b3a4f5e@apply.tamarack.ca>", relay="mta1.technolutions.net",
              extra=(("X-Mailer", "Slate"),))
    return message(hs, html(body_html, cte="base64"))


@make.mail(N(27), family="tryout", lang="en-CA", interview=False, company=None,
           days=(("Sun", "2026-09-13"),),
           note="Adult women's hockey league evaluation skate (try-out) at a fixed time, Sun 13 Sep 7:15 p.m.: "
                "sport, not a job interview.")
def k27() -> bytes:
    body = t("""
    Hi Kayla,

    Thanks for registering for the 2026-27 season! You're on the list for the evaluation skate:

    Sunday, September 13 - 7:15 pm to 8:30 pm
    Riverside Twin Arenas, Rink B
    Full gear, white AND dark jersey, water bottle. Goalies: Rink B dressing room 4.

    Evaluators will split everyone into tiers for the draft on the 16th. It's low key, nobody gets cut,
    we just want balanced teams. If you can't make it, reply and we'll slot you in from your
    registration info (it just means your tier might be off for the first few weeks).

    Oh, and we need two volunteers for the timekeeper bench in the D tier. Bribes available (Tim's).

    See you on the ice,
    Crystal Ballantyne
    Registrar, Prairie Storm Women's Hockey League
    """)
    hs = head(addr("Prairie Storm WHL Registrar", "registrar@prairiestormhockey.ca"),
              "Evaluation skate - Sunday Sept 13", "2026-09-08 21:17:09", REG,
              "<CAL2f9Xw7Ybn3QmR0sT5dV8uZ1cK4eH6jP9aG2xF7@mail.gmail.com>", relay="mail-io1-f44.google.com",
              to="undisclosed-recipients:;")
    return message(hs, text(body, cte="8bit"))


@make.mail(N(28), family="car_service", lang="en-CA", interview=False, company=None,
           days=(("Sat", "2026-10-17"),),
           note="Car-service booking (winter tire changeover) at a fixed time, Sat 17 Oct 8:00 a.m.: a personal "
                "appointment. HTML-only, base64.")
def k28() -> bytes:
    body_html = t("""
    <!DOCTYPE html><html><head><meta charset="utf-8"></head>
    <body style="font-family:Arial,sans-serif;background:#eeeeee">
    <table width="600" align="center" style="background:#fff"><tr><td style="background:#b3001b;color:#fff;padding:14px;font-size:20px">
    Circle Park Auto Service</td></tr><tr><td style="padding:18px">
    <p>Hi Kayla,</p>
    <p>Your service appointment is confirmed.</p>
    <table cellpadding="4">
    <tr><td><b>Date</b></td><td>Saturday, October 17, 2026</td></tr>
    <tr><td><b>Drop-off</b></td><td>8:00 AM</td></tr>
    <tr><td><b>Vehicle</b></td><td>2019 Subaru Outback (SK plate 913 LXK)</td></tr>
    <tr><td><b>Services</b></td><td>Seasonal tire changeover (on rims), tire storage, multi-point inspection</td></tr>
    <tr><td><b>Service advisor</b></td><td>Kyle</td></tr>
    <tr><td><b>Estimated time</b></td><td>about 1.5 hours &ndash; complimentary shuttle within Saskatoon city limits</td></tr>
    </table>
    <p>Need to change it? <a href="https://book.circleparkauto.ca/appt/77120">Manage your appointment</a> or call
    306-555-0111.</p>
    <p style="font-size:11px;color:#777">Circle Park Auto Service &middot; 2210 Circle Park Drive, Saskatoon SK</p>
    </td></tr></table></body></html>
    """)
    hs = head(addr("Circle Park Auto Service", "service@circleparkauto.ca"),
              "Appointment confirmed: Sat Oct 17, 8:00 AM", "2026-10-14 15:31:40", REG,
              "<0100019281aa3f60-1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5-000000@email.amazonses.com>",
              relay="a8-44.smtp-out.amazonses.com")
    return message(hs, html(body_html, cte="base64"))


@make.mail(N(29), family="coach_mock_interview", lang="en-CA", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Calendly confirmation of a paid mock-interview session with a career coach (Thu 8 Oct, 4:00-5:00 pm "
                "Saskatchewan): a confirmed time, but practice with a coach, not a job interview.")
def k29() -> bytes:
    body = t("""
    Hi Kayla Desjarlais,

    Your Mock Interview (60 min) with Jenna Rousseau at 4:00pm - 5:00pm (Central Standard Time -
    Saskatchewan) on Thursday, October 8, 2026 is scheduled.

    Event Type:
    Mock Interview (60 min)

    Event Date/Time:
    4:00pm - 5:00pm (Central Standard Time - Saskatchewan) on Thursday, October 8, 2026

    Location:
    Zoom - details to follow from Jenna.

    Questions:
    What role are you preparing for?
    Supply chain / logistics analyst roles; panel interview at a health authority and a seed company
    coming up.

    Need to make changes to this event?
    Cancel: https://calendly.com/cancellations/1a7c3e9b-5d20-4f61-8b4a-c2e0d9f1a3b5
    Reschedule: https://calendly.com/reschedulings/1a7c3e9b-5d20-4f61-8b4a-c2e0d9f1a3b5

    Powered by Calendly.com
    """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Mock Interview (60 min) with Jenna Rousseau on Thursday, October 8, 2026",
              "2026-10-02 18:22:05", "UTC", "<20261002182205.1.1a7c3e9b5d20@calendly.com>",
              relay="o1.ptr4417.calendly.com",
              extra=(("Reply-To", addr("Jenna Rousseau", "jenna@northstarcareercoaching.ca")),))
    return message(hs, text(body))


@make.mail(N(30), family="proposed_times", lang="en-CA", interview=False, company="Coteau Grain Terminal",
           note="An employer proposes times ('Would Tuesday at 10 work? If not, Wednesday afternoon') and will send "
                "an invite once Kayla picks: proposed, not yet confirmed.")
def k30() -> bytes:
    body = t("""
    Hi Kayla,

    Thanks for applying for the Terminal Logistics Analyst role. We'd like to set up a first interview
    (about 45 min, on Teams). Would Tuesday at 10 work? If not, Wednesday afternoon is wide open on
    my end.

    Let me know and I'll send the invite.

    Jordan Beaulieu
    Operations Manager
    Coteau Grain Terminal | Hwy 39 E, Weyburn SK
    306-555-0158
    """)
    hs = head(addr("Jordan Beaulieu", "jbeaulieu@coteaugrain.ca"), "Terminal Logistics Analyst - first interview",
              "2026-11-26 16:58:13", REG,
              "<SN7PR12MB8120A9B8C7D6E5F4A3B2C1D0E9F8@SN7PR12MB8120.namprd12.prod.outlook.com>",
              relay="mail-dm6nam12on2071.outbound.protection.outlook.com")
    return message(hs, text(body, cte="7bit"))


@make.mail(N(31), family="forwarded_other", lang="en-CA", interview=False, company=None,
           days=(("Thu", "2026-11-05"),),
           note="A former colleague forwards, for information, HIS OWN Greenhouse interview confirmation (Thu 5 Nov "
                "1:00 PM Mountain) after Kayla referred him: a confirmed interview, but not Kayla's.")
def k31() -> bytes:
    body = t("""
    Kayla!! Thanks again for the referral - look what landed this morning. Any tips on Jonah? You're
    meeting him next week too, right?

    Beers on me after.

    J

    ---------- Forwarded message ---------
    From: Chinook Freight Analytics <no-reply@us.greenhouse-mail.io>
    Date: Fri, Oct 30, 2026 at 9:12 AM
    Subject: Interview Confirmation: Rail Data Coordinator at Chinook Freight Analytics
    To: Jordan Thiessen <jordan.thiessen@example.com>

    Hi Jordan,

    Thanks for your time on the phone! We're excited to move you forward to a team interview for the
    Rail Data Coordinator position. Here are the details:

    Rail Data Coordinator - Team Interview
    Thursday, November 5th, 2026
    1:00 PM - 2:00 PM (Mountain Time)
    Google Meet: https://meet.google.com/wds-kqna-fzo

    If anything comes up, just reply to this email.

    Cheers,
    Mei Tanaka
    Talent Partner, Chinook Freight Analytics
    """)
    hs = head(addr("Jordan Thiessen", "jordan.thiessen@example.com"),
              "Fwd: Interview Confirmation: Rail Data Coordinator at Chinook Freight Analytics",
              "2026-10-30 10:26:47", EDM, "<CAF4qW1n8Zr2Tb6Vx0Lm3Yc9Kd5Hs7Jp1Ge4Rf8Ua@mail.gmail.com>",
              relay="mail-lf1-f47.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="vet_appointment", lang="en-CA", interview=False, company=None,
           days=(("Tue", "2026-10-20"),),
           note="Vet appointment for the dog (Tue 20 Oct, 5:15 pm, with an ICS in America/Regina): a fixed-time "
                "personal appointment, not an interview.")
def k32() -> bytes:
    body = t("""
    Hi Kayla,

    This confirms Moose's appointment at Stonebridge Veterinary Clinic:

    Tuesday, October 20, 2026 at 5:15 PM
    Dr. Priyanka Sethi - annual wellness exam + rabies and DHPP boosters
    3302 Preston Avenue South, Saskatoon

    Please arrive 5 minutes early and bring a fresh stool sample if you can (we know, we know).

    Reply C to confirm or call us at 306-555-0122 to reschedule. A calendar file is attached.

    Stonebridge Veterinary Clinic
    """)
    ics = t("""
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//PetDesk//Appointments//EN
    METHOD:PUBLISH
    @TZ@
    BEGIN:VEVENT
    UID:pd-appt-5519027@stonebridgevet.ca
    DTSTAMP:20261016T170044Z
    DTSTART;TZID=America/Regina:20261020T171500
    DTEND;TZID=America/Regina:20261020T174500
    SUMMARY:Moose - Wellness exam (Stonebridge Veterinary Clinic)
    LOCATION:3302 Preston Avenue South\\, Saskatoon SK
    STATUS:CONFIRMED
    END:VEVENT
    END:VCALENDAR
    """).replace("@TZ@", VTZ_REGINA)
    hs = head(addr("Stonebridge Veterinary Clinic", "appointments@stonebridgevet.ca"),
              "Moose's appointment on Tue, Oct 20 at 5:15 PM", "2026-10-16 11:00:44", REG,
              "<5519027.1792170044@mailer.petdesk.example>", relay="mailer.petdesk.example")
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, method="PUBLISH", cte="7bit", filename="appointment.ics",
                                      disposition="attachment")))


@make.mail(N(33), family="interviewer_panel", lang="en-CA", interview=False, company=None,
           days=(("Wed", "2026-11-18"),),
           note="Outlook meeting request from Kayla's current (contract) employer putting her ON the interview panel "
                "for another candidate (Wed 18 Nov 10:00 Canada Central Standard Time): she is the interviewer, not "
                "the candidate, so negative.")
def k33() -> bytes:
    body = t("""
    When: Wednesday, November 18, 2026 10:00 AM-11:00 AM (UTC-06:00) Saskatchewan.
    Where: Boardroom 2 / Microsoft Teams Meeting

    Hi Kayla,

    Thanks for agreeing to sit on the panel for the Junior Logistics Coordinator hire. This is our
    second candidate, Mateo Alvarez (resume and the scoring guide are in the Hiring folder on
    SharePoint). Dev will lead; could you take the two scenario questions on carload planning?

    Please submit your scores in the form by end of day.

    Brenda

    Brenda Tkachuk | HR Generalist | Kinsella Grain Marketing
    306-555-0166

    """) + teams_block("219 605 448 371", "Mv2Qe8", "+1 306-555-0142", "402 913 776", "Saskatoon")
    ics = exchange_ics(
        method="REQUEST", tzblock=VTZ_REGINA_WIN, tzid="Canada Central Standard Time",
        start="20261118T100000", end="20261118T110000",
        organizer="Brenda Tkachuk:mailto:btkachuk@kinsellagrain.ca",
        attendees=["Kayla Desjarlais:mailto:kayla.desjarlais@example.org",
                   "Devinder Gill:mailto:dgill@kinsellagrain.ca"],
        summary="Interview panel - Junior Logistics Coordinator - Candidate: Mateo Alvarez",
        uid="040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC010000000000000000100000009A8B7C6D5E4F30211A2B3C4D5E6F7081",
        stamp="20261112T163355Z", location="Boardroom 2 / Microsoft Teams Meeting")
    hs = head(addr("Brenda Tkachuk", "btkachuk@kinsellagrain.ca"),
              "Interview panel - Junior Logistics Coordinator - Candidate: Mateo Alvarez", "2026-11-12 10:33:55", REG,
              "<YQXPR01MB4417D2C3B4A5968778695A4B3C2D@YQXPR01MB4417.CANPRD01.PROD.OUTLOOK.COM>",
              relay="mail-yqbcan01on2098.outbound.protection.outlook.com",
              extra=exchange_headers("Interview panel - Junior Logistics Coordinator - Candidate: Mateo Alvarez",
                                     "AdnQ1bK8sLx3Pm0Rw7Vt2Yz9Cf4=="))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(34), family="icims_rejection", lang="en-CA", interview=False, company="Keewatin Crop Inputs",
           days=(("Tue", "2026-09-15"),),
           note="iCIMS rejection after an interview that already happened (Tue 15 Sep): past date, no new time.")
def k34() -> bytes:
    body = t("""
    Dear Kayla,

    Thank you for taking the time to interview with us on Tuesday, September 15 for the Crop Inputs
    Supply Planner position. We enjoyed learning about your experience with rail logistics and
    inventory planning.

    After careful consideration, we have decided to move forward with another candidate whose
    experience more closely matches our current needs. This was a difficult decision.

    We will keep your profile on file and encourage you to apply for future openings at
    careers-keewatincropinputs.icims.com.

    Sincerely,
    Talent Acquisition Team
    Keewatin Crop Inputs
    """)
    hs = head(addr("Keewatin Crop Inputs", "keewatincropinputs@talent.icims.com"),
              "Your application for Crop Inputs Supply Planner", "2026-09-25 19:02:26", "America/Chicago",
              "<1727308946.7712.icims.3390@talent.icims.com>", relay="smtp-out-14.icims.com",
              extra=(("X-iCIMS-Job", "2026-1187"),))
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>")
                                             .replace("\n", "<br>\n") + "</p></body></html>\n")))


@make.mail(N(35), family="offer", lang="en-CA", interview=False, company="Parkland Rail Logistics",
           days=(("Mon", "2027-01-04"), ("Fri", "2026-11-06")),
           note="Written job offer with a fixed orientation time (Mon 4 Jan 2027, 8:00 a.m.) and a signing deadline; "
                "an offer, not an interview confirmation. PDF attached.")
def k35() -> bytes:
    body = t("""
    Hi Kayla,

    On behalf of everyone on the Network Planning team, I'm delighted to offer you the position of
    Network Planning Analyst at Parkland Rail Logistics! Your formal offer letter is attached.

    The highlights:
      - Salary: $86,500 per year, plus the annual incentive plan (target 8%)
      - Remote from Saskatoon, with travel to Edmonton about once a month
      - Start date: Monday, January 4, 2027; orientation begins at 8:00 a.m. MST at our office,
        10220 104 Avenue NW, Edmonton (we'll cover the flight and hotel)

    Please review the letter and sign it in DocuSign by Friday, November 6. If you have any questions
    about the offer or would like to talk it through, I'm happy to set up a call with Farah.

    Congratulations - we really hope you'll join us.

    Aaron Lindqvist
    Senior Recruiter, Parkland Rail Logistics
    780-555-0139
    """)
    pdf = b"%PDF-1.4\n% offer letter (placeholder)\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    pdf_part = make.Part([("Content-Type", 'application/pdf; name="Offer_Letter_K_Desjarlais.pdf"'),
                          ("Content-Disposition", 'attachment; filename="Offer_Letter_K_Desjarlais.pdf"'),
                          ("Content-Transfer-Encoding", "base64")],
                         base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = head(addr("Aaron Lindqvist", "aaron.lindqvist@parklandrail.ca"),
              "Offer of employment - Network Planning Analyst", "2026-10-26 11:40:05", EDM,
              "<CAB9pL2m7Xq4Rz1Tw8Vn0Ks3Yd6Gf5Hj2Ae7Uc1Wb@mail.gmail.com>", relay="mail-ot1-f54.google.com")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf_part))


@make.mail(N(36), family="smartrecruiters_receipt", lang="en-CA", interview=False, company="Sturgeon Valley Foods",
           note="SmartRecruiters application receipt ('a member of our team will contact you to schedule an "
                "interview'): no interview yet.")
def k36() -> bytes:
    body_html = t("""
    <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
    <div style="max-width:600px;margin:auto">
    <p><img src="https://c.smartrecruiters.com/sr-company-logo-prod/sturgeonvalleyfoods.png" alt="Sturgeon Valley Foods" height="40"></p>
    <p>Hi Kayla,</p>
    <p>Thank you for applying for the <b>Procurement Analyst</b> position at <b>Sturgeon Valley Foods</b>. We have
    received your application and our team is reviewing it.</p>
    <p>If your background is a match, a member of our team will contact you to schedule an interview. Due to the volume
    of applications, we are unable to respond to every applicant individually.</p>
    <p>You can check your application status at any time in your
    <a href="https://my.smartrecruiters.com/candidate/applications">SmartRecruiters profile</a>.</p>
    <p>Best regards,<br>The Sturgeon Valley Foods Hiring Team</p>
    <p style="font-size:11px;color:#999">Powered by SmartRecruiters &middot; 225 Bush Street, San Francisco, CA</p>
    </div></body></html>
    """)
    hs = head(addr("Sturgeon Valley Foods", "noreply@smartrecruiters.com"),
              "Thank you for applying to Sturgeon Valley Foods", "2026-09-21 04:12:37", "UTC",
              "<2026092104123701.5f3e.sr-mail@smartrecruiters.com>", relay="mta-07.smartrecruiters.com")
    return message(hs, html(body_html))


@make.mail(N(37), family="join_receipt_fr", lang="fr-CA", interview=False, company="Les Moulins Saint-Boniface",
           note="Canadian French application receipt relayed by JOIN (utf-8, base64): 'nous communiquerons avec "
                "vous ... pour fixer un entretien' - no interview time.")
def k37() -> bytes:
    body = t("""
    Bonjour Kayla,

    Merci pour votre candidature au poste d'analyste, chaîne d'approvisionnement chez Les Moulins
    Saint-Boniface. Nous l'avons bien reçue.

    Notre équipe étudiera votre dossier au cours des deux prochaines semaines. Si votre profil
    correspond à nos besoins, nous communiquerons avec vous par courriel ou par téléphone pour fixer
    un entretien.

    Vous pouvez consulter l'état de votre candidature en tout temps dans votre espace candidat.

    Cordialement,
    L'équipe des ressources humaines
    Les Moulins Saint-Boniface

    --
    Envoyé par JOIN - join.com
    """)
    hs = head(addr("Les Moulins Saint-Boniface via JOIN", "noreply@join.com"),
              "Accusé de réception : votre candidature - analyste, chaîne d'approvisionnement",
              "2026-10-22 13:08:19", "UTC", "<cand.7f3a2c91e0b4.fr@mail.join.com>", relay="mail.join.com")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(N(38), family="job_alert", lang="en-CA", interview=False, company=None,
           days=(("Sat", "2026-11-21"),),
           note="Job-board alert listing postings, including an employer's walk-in 'on-the-spot interviews' hiring "
                "event on Sat 21 Nov 9 am-3 pm: an advertisement, nothing booked for Kayla.")
def k38() -> bytes:
    body = t("""
    New jobs for "supply chain analyst" near Saskatoon, SK

    Logistics Analyst - Coteau Grain Terminal - Weyburn, SK
    $70,000-$82,000 a year - Easily apply - Posted 2 days ago

    Demand Planner (Remote, Canada) - Boreal Basket Co. - Remote
    Responsive employer - Posted 3 days ago

    Inventory Control Lead - Riverbend Distribution - Saskatoon, SK
    HIRING EVENT: on-the-spot interviews Saturday, November 21, 9 am - 3 pm at our Marquis Drive DC.
    Bring your resume!

    Procurement Officer - Rural Municipality Services Group - Regina, SK
    Posted 5 days ago

    See all 23 new jobs: https://www.prairiejobboard.ca/jobs?q=supply+chain+analyst&l=Saskatoon

    You are receiving this alert because you created it on PrairieJobBoard. Unsubscribe:
    https://www.prairiejobboard.ca/alerts/unsubscribe?id=a91c07
    """)
    body_html = t("""
    <html><body style="font-family:Arial,sans-serif;font-size:14px">
    <h3>New jobs for &quot;supply chain analyst&quot; near Saskatoon, SK</h3>
    <p><a href="https://www.prairiejobboard.ca/j/77213"><b>Logistics Analyst</b></a><br>Coteau Grain Terminal &middot;
    Weyburn, SK<br>$70,000&ndash;$82,000 a year &middot; Easily apply &middot; Posted 2 days ago</p>
    <p><a href="https://www.prairiejobboard.ca/j/77240"><b>Demand Planner (Remote, Canada)</b></a><br>Boreal Basket Co.
    &middot; Remote<br>Responsive employer &middot; Posted 3 days ago</p>
    <p><a href="https://www.prairiejobboard.ca/j/77251"><b>Inventory Control Lead</b></a><br>Riverbend Distribution
    &middot; Saskatoon, SK<br><span style="color:#c00">HIRING EVENT: on-the-spot interviews Saturday, November 21,
    9 am &ndash; 3 pm</span> at our Marquis Drive DC. Bring your resume!</p>
    <p><a href="https://www.prairiejobboard.ca/j/77262"><b>Procurement Officer</b></a><br>Rural Municipality Services
    Group &middot; Regina, SK<br>Posted 5 days ago</p>
    <p><a href="https://www.prairiejobboard.ca/jobs?q=supply+chain+analyst&amp;l=Saskatoon">See all 23 new jobs</a></p>
    <p style="font-size:11px;color:#888">You are receiving this alert because you created it on PrairieJobBoard.
    <a href="https://www.prairiejobboard.ca/alerts/unsubscribe?id=a91c07">Unsubscribe</a></p>
    </body></html>
    """)
    hs = head(addr("PrairieJobBoard Alerts", "alerts@prairiejobboard.ca"),
              "23 new supply chain analyst jobs near Saskatoon", "2026-11-16 12:30:00", "UTC",
              "<alert.a91c07.20261116@prairiejobboard.ca>", relay="out-3.mail.prairiejobboard.ca",
              extra=(("List-Unsubscribe", "<https://www.prairiejobboard.ca/alerts/unsubscribe?id=a91c07>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(body_html)))


@make.mail(N(39), family="newsletter_tips", lang="en-CA", interview=False, company=None,
           note="Newsletter post on preparing for panel interviews, with example times ('a 9:00 a.m. Tuesday "
                "panel') and a sample confirmation e-mail quoted as an illustration: nothing is booked.")
def k39() -> bytes:
    body = t("""
    SUPPLY CHAIN NORTH - Issue #112

    How I prep for a panel interview (and what I'd skip)

    Three years of sitting on hiring panels for a grain handler taught me that most candidates
    over-prepare the wrong things. A few notes:

    1. Read the confirmation e-mail twice. A typical one looks like this:

       "Your interview is confirmed for Tuesday at 9:00 a.m. CST in the boardroom. The panel will
       be the Director of Logistics and an HR advisor. Please allow 45 minutes."

       Who is on the panel tells you more than the job ad does. The Director wants to know you can
       make a call with incomplete car-spot data; HR wants to know you won't blow up the team.

    2. Time zones will bite you. If an Alberta company says "10 a.m. Mountain", that's 11 a.m. in
       Saskatoon from November to March and the SAME time from March to November. Saskatchewan does
       not change its clocks; everyone else does.

    3. Bring one story about a bad week. Every panel asks.

    4. Skip the 30-60-90 plan unless they ask for it.

    Next week: negotiating when the offer comes from a co-op.

    - Marcy Lindgren, Supply Chain North

    You're receiving this because you subscribed at supplychainnorth.substack.com.
    Unsubscribe https://supplychainnorth.substack.com/action/disable_email
    """)
    hs = head(addr("Supply Chain North", "supplychainnorth@substack.com"),
              "How I prep for a panel interview (and what I'd skip)", "2026-09-30 11:00:14", "UTC",
              "<20260930110014.3.a7e0c4d1@substack.com>", relay="mail-a3.substack.com",
              extra=(("List-Unsubscribe", "<https://supplychainnorth.substack.com/action/disable_email>"),
                     ("List-Id", "<supplychainnorth.substack.com>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(40), family="recruitee_self_schedule", lang="en-CA", interview=False, company="Bluestem Packaging",
           days=(("Mon", "2026-12-07"), ("Fri", "2026-12-11")),
           note="Recruitee 'pick a time' link: slots offered between Mon 7 and Fri 11 Dec, none chosen yet - no "
                "fixed time.")
def k40() -> bytes:
    body = t("""
    Hi Kayla,

    Thanks for your interest in the Packaging Supply Planner role at Bluestem Packaging! We'd like to
    invite you to a 30-minute video interview with our Supply Chain Manager, Dieter Funk.

    Please choose a time that suits you. Available slots run from Monday, December 7 to Friday,
    December 11, between 9:00 and 16:00 (Winnipeg time).

    Pick a time: https://bluestempackaging.recruitee.com/o/packaging-supply-planner/schedule/7d2e91

    Once you've picked a slot you'll receive a confirmation with the video link.

    Best,
    Bluestem Packaging Recruitment
    """)
    hs = head(addr("Bluestem Packaging", "bluestempackaging@mail.recruitee.com"),
              "Schedule your interview with Bluestem Packaging", "2026-12-02 15:44:02", "UTC",
              "<7d2e91.3b0c4e.recruitee@mail.recruitee.com>", relay="mail.recruitee.com")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(41), family="recruiter_outreach", lang="en-CA", interview=False, company="Westward Search Partners",
           note="Agency recruiter cold outreach: asks for a 15-minute call 'this week' via a booking link; no time "
                "fixed.")
def k41() -> bytes:
    body = t("""
    Hi Kayla,

    I came across your profile while working on a search for a Senior Demand Planner with one of my
    ag clients in Calgary (hybrid, 2 days in office, relocation support). Your rail and elevator
    logistics background is exactly what the hiring manager described.

    Would you be open to a quick 15-minute call this week? Grab any time that works here:
    https://calendly.com/marisol-westwardsearch/15min

    If the timing isn't right, no worries at all - I'd still love to stay connected.

    Marisol Ortega
    Principal, Supply Chain & Operations
    Westward Search Partners | Calgary
    403-555-0181
    """)
    hs = head(addr("Marisol Ortega", "marisol@westwardsearch.ca"), "Senior Demand Planner - Calgary ag client",
              "2026-11-03 09:12:50", EDM, "<CAM0vR5x2Kp8Lz4Tq1Wn7Yb3Hd9Fj6Gs0Ue2Ra5Xc@mail.gmail.com>",
              relay="mail-yw1-f170.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(42), family="webinar", lang="en-CA", interview=False, company=None,
           days=(("Thu", "2026-12-03"),),
           note="Zoom webinar registration confirmation (Thu 3 Dec, 12:00 PM Saskatchewan, ICS attached): a fixed "
                "time, but an industry webinar.")
def k42() -> bytes:
    body = t("""
    Hi Kayla Desjarlais,

    Thank you for registering for "2027 Grain Transportation Outlook".

    Please submit any questions to: events@agrilogisticscanada.ca

    Date & Time: Dec 3, 2026 12:00 PM Saskatchewan

    Join from a PC, Mac, iPad, or Android:
    https://us06web.zoom.us/w/86630219945?tk=Xy2Lm9Qp0Rt7Vb4Kd1Fs6Hg3Jn8Wc5

    Passcode: 903114

    Add to Calendar(.ics) | Add to Google Calendar | Add to Yahoo Calendar

    Or One tap mobile:
    +12042727920,,86630219945#,,,,*903114# Canada

    You can cancel your registration at any time.
    """)
    ics = t("""
    BEGIN:VCALENDAR
    PRODID:-//zoom.us//iCalendar Event//EN
    VERSION:2.0
    METHOD:PUBLISH
    BEGIN:VEVENT
    DTSTAMP:20261124T184410Z
    DTSTART:20261203T180000Z
    DTEND:20261203T191500Z
    SUMMARY:2027 Grain Transportation Outlook
    UID:20261124T184410Z-86630219945@zoom.us
    LOCATION:https://us06web.zoom.us/w/86630219945
    ORGANIZER;CN=AgriLogistics Canada:mailto:no-reply@zoom.us
    STATUS:CONFIRMED
    END:VEVENT
    END:VCALENDAR
    """)
    hs = head(addr("AgriLogistics Canada", "no-reply@zoom.us"),
              "2027 Grain Transportation Outlook Confirmation", "2026-11-24 18:44:10", "UTC",
              "<Kq2vLr8XTwaN0bZyP3sD1g.1795725850@zoom.us>", relay="mx-a.zoom.us",
              extra=(("Reply-To", "events@agrilogisticscanada.ca"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="base64", filename="iCalendar.ics",
                                      disposition="attachment")))


@make.mail(N(43), family="auto_reply", lang="en-CA", interview=False, company="Red River Seed Labs",
           days=(("Mon", "2026-10-19"),),
           note="Out-of-office auto-reply from the Red River recruiter to Kayla's thank-you note, pointing interview "
                "scheduling to a shared mailbox; returns Mon 19 Oct. Nothing scheduled.")
def k43() -> bytes:
    body = t("""
    Hi there,

    Thanks for your message. I'm out of the office until Monday, October 19 with limited access to
    email. If this is about interview scheduling, please contact talent@redriverseed.ca and one of my
    teammates will help you.

    Hannah Sveinson
    People & Talent Lead, Red River Seed Labs
    """)
    hs = head(addr("Hannah Sveinson", "hannah.sveinson@redriverseed.ca"),
              "Automatic reply: Thank you - Supply Planning Analyst interview", "2026-10-15 07:31:02", WPG,
              "<YQBPR0101MB5530AE2B3C4D5E6F7A8B9C0D1E2F@YQBPR0101MB5530.CANPRD01.PROD.OUTLOOK.COM>",
              relay="mail-yqbcan01on2120.outbound.protection.outlook.com",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "hannah.sveinson@redriverseed.ca"),
                     ("In-Reply-To", "<7C2B91E0-4A3F-4D8E-B1C6-0F9E8D7A6B5C@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="bounce", lang="en-CA", interview=False, company=None,
           note="Delivery failure (multipart/report) for Kayla's own reply 'Thursday 3:30 works' sent to a mistyped "
                "recruiter address; the returned message is the candidate's, and the bounce confirms nothing.")
def k44() -> bytes:
    original = message([
        ("From", addr("Kayla Desjarlais", KAYLA)),
        ("To", addr("Brett Kowalski", "brett@tallgrasstalant.ca")),
        ("Subject", "Re: Harvest Gate rd 2 - time change"),
        ("Date", date("2026-10-20 08:40:12", REG)),
        ("Message-ID", "<5A0E3D71-88B2-4C9F-A6D1-2E7F0B3C9A84@example.org>"),
        ("In-Reply-To", "<E0B7C3A9-6D21-4F8E-B5A0-3C9D7E1F2A48@tallgrasstalent.ca>"),
    ], text(t("""
    Thursday 3:30 works, no problem. Thanks Brett!

    Kayla

    > On Oct 20, 2026, at 8:15 AM, Brett Kowalski <brett@tallgrasstalent.ca> wrote:
    >
    > Kayla - Harvest Gate had to move round 2. Now Thursday 3:30 your time instead of Wed at 2.
    """), cte="7bit"))
    notice = t("""
    This is the mail system at host mx1.example.org.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <brett@tallgrasstalant.ca>: Host or domain name not found. Name service error
        for name=tallgrasstalant.ca type=MX: Host not found, try again
    """)
    status = t("""
    Reporting-MTA: dns; mx1.example.org
    X-Postfix-Queue-ID: 4Tq8Rk1ZpLz9mN
    Arrival-Date: Tue, 20 Oct 2026 08:40:14 -0600 (CST)

    Final-Recipient: rfc822; brett@tallgrasstalant.ca
    Original-Recipient: rfc822;brett@tallgrasstalant.ca
    Action: failed
    Status: 5.4.4
    Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
        name=tallgrasstalant.ca type=MX: Host not found, try again
    """)
    report = make.multipart("report", text(notice, cte="7bit", params=""),
                            raw_part([("Content-Description", "Delivery report"),
                                      ("Content-Type", "message/delivery-status")], status),
                            make.Part([("Content-Description", "Undelivered Message"),
                                       ("Content-Type", "message/rfc822")], original),
                            params="report-type=delivery-status")
    hs = head("MAILER-DAEMON@mx1.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
              "2026-10-20 08:40:31", REG, "<20261020144031.7E2B41A0F3@mx1.example.org>", relay="localhost",
              to=KAYLA, extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@make.mail(N(45), family="mailing_list", lang="en-CA", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="Google Groups mailing-list announcement of a local data meetup (Tue 10 Nov, 6:00 pm) whose talk "
                "includes a 'live interview' with a speaker: a fixed time, but a community event.")
def k45() -> bytes:
    body = t("""
    Hi all,

    November meetup is on! Tuesday, November 10, 6:00 pm at Riversdale Commons (upstairs),
    20th Street West. Pizza from 5:45.

    Talk: "Forecasting grain flows with open data" - Amara Obi (U of S, Ag Economics), followed by a
    live interview-style Q&A with two terminal ops folks about what they actually look at every
    morning. Bring your questions.

    RSVP on the meetup page so we order enough pizza:
    https://www.meetup.com/yxe-data-analytics/events/30417722/

    Tyrone (organizer)

    --
    You received this message because you are subscribed to the Google Groups "YXE Data & Analytics" group.
    To unsubscribe from this group and stop receiving emails from it, send an email to yxe-data+unsubscribe@googlegroups.com.
    To view this discussion visit https://groups.google.com/d/msgid/yxe-data/CAE2pX7m1Qw.
    """)
    hs = head('"\'Tyrone Bird\' via YXE Data & Analytics" <yxe-data@googlegroups.com>',
              "[yxe-data] November meetup: forecasting grain flows with open data (Tue Nov 10, 6pm)",
              "2026-11-02 19:20:33", REG, "<CAE2pX7m1QwZb9Ln4Rt0Vk3Yd8Hs6Jf2Gc5Ua1Wx@mail.gmail.com>",
              relay="mail-qk1-f185.google.com", to="yxe-data@googlegroups.com",
              extra=(("Reply-To", "yxe-data@googlegroups.com"),
                     ("X-Original-Sender", "tyrone.bird@example.net"),
                     ("Precedence", "list"),
                     ("Mailing-list", "list yxe-data@googlegroups.com; contact yxe-data+owners@googlegroups.com"),
                     ("List-ID", "<yxe-data.googlegroups.com>"),
                     ("List-Post", "<https://groups.google.com/group/yxe-data/post>, <mailto:yxe-data@googlegroups.com>"),
                     ("List-Help", "<https://groups.google.com/support/>, <mailto:yxe-data+help@googlegroups.com>"),
                     ("List-Archive", "<https://groups.google.com/group/yxe-data>"),
                     ("List-Unsubscribe", "<mailto:googlegroups-manage+218804412735+unsubscribe@googlegroups.com>, "
                                          "<https://groups.google.com/group/yxe-data/subscribe>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(46), family="bank_appointment", lang="en-CA", interview=False, company=None,
           days=(("Mon", "2026-11-23"),),
           note="Credit-union mortgage-specialist appointment (Mon 23 Nov 4:00-5:00 PM, ICS attached): a fixed-time "
                "personal appointment, not an interview.")
def k46() -> bytes:
    body_html = t("""
    <html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#1c3144">
    <p style="font-size:18px;color:#2e7d32"><b>Appointment confirmed</b></p>
    <p>Hi Kayla,</p>
    <p>Thanks for booking with Prairie Harvest Credit Union. Here are your appointment details:</p>
    <p><b>Mortgage pre-approval conversation</b><br>Monday, November 23, 2026<br>4:00 PM &ndash; 5:00 PM<br>
    Broadway Branch, 702 Broadway Avenue, Saskatoon<br>With: Owen Kirkpatrick, Mortgage Specialist</p>
    <p>To make the most of our time, please bring two recent pay stubs or your Record of Employment, your latest
    Notice of Assessment, and photo ID. If you are between jobs, that's OK - we'll talk through your options.</p>
    <p><a href="https://book.prairieharvestcu.ca/manage/RT83K">Reschedule or cancel</a></p>
    <p style="font-size:11px;color:#777">Prairie Harvest Credit Union &middot; Member-owned since 1944</p>
    </body></html>
    """)
    ics = t("""
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Prairie Harvest CU//Appointments//EN
    METHOD:REQUEST
    @TZ@
    BEGIN:VEVENT
    UID:RT83K@prairieharvestcu.ca
    DTSTAMP:20261117T225014Z
    DTSTART;TZID=America/Regina:20261123T160000
    DTEND;TZID=America/Regina:20261123T170000
    SUMMARY:Mortgage pre-approval conversation - Prairie Harvest Credit Union
    LOCATION:Broadway Branch\\, 702 Broadway Avenue\\, Saskatoon
    ORGANIZER;CN=Prairie Harvest Credit Union:mailto:appointments@prairieharvestcu.ca
    ATTENDEE;CN=Kayla Desjarlais;RSVP=TRUE:mailto:kayla.desjarlais@example.org
    STATUS:CONFIRMED
    END:VEVENT
    END:VCALENDAR
    """).replace("@TZ@", VTZ_REGINA)
    hs = head(addr("Prairie Harvest Credit Union", "appointments@prairieharvestcu.ca"),
              "Your appointment is confirmed - Mon Nov 23, 4:00 PM", "2026-11-17 16:50:14", REG,
              "<RT83K.20261117225014@book.prairieharvestcu.ca>", relay="smtp.prairieharvestcu.ca")
    return message(hs, mixed(html(body_html),
                             calendar(ics, method="REQUEST", cte="base64", filename="appointment.ics",
                                      disposition="attachment")))


@make.mail(N(47), family="coop_housing_interview", lang="en-CA", interview=False, company=None,
           days=(("Wed", "2026-12-09"),),
           note="Housing co-operative 'membership interview' with the committee (Wed 9 Dec, 7:00 p.m., about 45 "
                "minutes): called an interview and fixed in time, but for housing, not a job. iso-8859-1, 8bit.")
def k47() -> bytes:
    body = t("""
    Dear Kayla,

    Thank you for your application to Riversdale Housing Co-operative. The Membership Committee would
    like to meet you, and I'm happy to confirm your membership interview:

        Wednesday, December 9 at 7:00 p.m.
        Common room, 410 Avenue H South (buzz 100)

    The interview takes about 45 minutes. It's a chance for us to get to know you, explain how the
    co-op works (members take part in one committee and two work days a year), and answer your
    questions about the two-bedroom unit coming up in February. Coffee and squares provided - the
    café downstairs bakes them.

    Please bring photo ID and proof of income. If you can't make it, just reply and we'll find
    another evening.

    Warm regards,

    Gloria Standingready
    Chair, Membership Committee
    Riversdale Housing Co-operative
    """)
    hs = head(addr("Gloria Standingready", "membership@riversdalecoop.ca"),
              "Membership interview - Wednesday, December 9", "2026-12-03 20:14:26", REG,
              "<3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9@riversdalecoop.ca>", relay="smtp.riversdalecoop.ca",
              extra=(("X-Mailer", "Mozilla Thunderbird 128.5.0"),))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit", params="format=flowed"))


@make.mail(N(48), family="podcast_guest", lang="en-CA", interview=False, company=None,
           days=(("Thu", "2026-11-05"),),
           note="Podcast host confirms Kayla as a GUEST for an episode recording (Thu 5 Nov, 3:00 pm CST, 40 "
                "minutes on Riverside): a confirmed 'interview' time, but a podcast, not a job interview.")
def k48() -> bytes:
    body = t("""
    Hey Kayla,

    You're booked! Thanks for saying yes.

    Bin Talk - Episode 87: "Why your grain sat on the siding"
    Recording: Thursday, November 5, 3:00 pm CST (Saskatchewan time)
    Studio link: https://riverside.fm/studio/bin-talk?t=8c1e2d
    Length: 40 minutes, plus 10 min of sound check before

    Format's relaxed - I'll interview you for about half an hour, then we do a quick lightning round
    ("Best elevator coffee in the province?"). Wired headphones if you have them, and close the
    windows if the wind's up.

    Episode drops the following Tuesday. I'll send you the clip for LinkedIn.

    Dale Pankratz
    Host, Bin Talk
    """)
    hs = head(addr("Dale Pankratz", "dale@bintalkpodcast.ca"), "You're booked: Bin Talk ep. 87 recording",
              "2026-10-29 18:02:41", REG, "<CAK7nQ3w9Lp1Xz5Tr8Vb2Yd0Hm4Jf6Gs3Ue9Rc7Wa@mail.gmail.com>",
              relay="mail-oi1-f173.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(49), family="parent_teacher", lang="en-CA", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="School booking system confirms a 10-minute 'parent-teacher interview' (Thu 19 Nov, 5:40 p.m.) for "
                "Kayla's son: an interview at a fixed time, but a school meeting.")
def k49() -> bytes:
    body = t("""
    Marigold Creek School - Parent-Teacher Interviews

    Hello Kayla Desjarlais,

    Your parent-teacher interview booking is confirmed.

    Student:  Ethan Desjarlais (Grade 3, Room 12)
    Teacher:  Mrs. Adaeze Okonkwo
    Date:     Thursday, November 19, 2026
    Time:     5:40 p.m. - 5:50 p.m.
    Location: Room 12 (main floor, east hallway)

    Interviews are 10 minutes and run back to back, so please arrive a few minutes early. Report cards
    go home on November 13.

    To change your booking, log in at https://marigoldcreek.ptibook.ca before 3:00 p.m. on
    Wednesday, November 18.

    This is an automated message from PTI Book. Please do not reply.
    """)
    body_html = "<html><body><pre style=\"font-family:Arial,sans-serif\">" + body.replace("&", "&amp;").replace(
        "<", "&lt;") + "</pre></body></html>\n"
    hs = head(addr("Marigold Creek School", "noreply@ptibook.ca"), "Parent-Teacher Interview Booking Confirmation",
              "2026-11-12 19:47:02", REG, "<ptibook.marigoldcreek.88213@ptibook.ca>", relay="mail.ptibook.ca")
    return message(hs, alt(text(body), html(body_html, cte="base64")))


@make.mail(N(50), family="post_interview", lang="en-CA", interview=False, company="Northlight Potash Corp.",
           note="Hiring manager's phone reply the day after the Northlight interview: 'great chatting yesterday', next "
                "steps 'early next wk'; nothing scheduled.")
def k50() -> bytes:
    body = t("""
    Thx Kayla, great chatting yesterday. We're wrapping up interviews this wk, Dana will be in touch early
    next wk re next steps.

    R

    Sent from my Bell Samsung device over Canada's largest network.

    -------- Original message --------
    From: Kayla Desjarlais <kayla.desjarlais@example.org>
    Date: 2026-09-17 4:12 p.m. (GMT-06:00)
    To: Ravi Menon <ravi.menon@northlightpotash.ca>
    Subject: Thank you - Supply Chain Analyst interview

    Hi Ravi,

    Thank you for your time this morning, and for the tour of the rail planning floor. I really enjoyed
    the conversation about the Belle Plaine loading program.

    Best,
    Kayla
    """)
    hs = head(addr("Ravi Menon", "ravi.menon@northlightpotash.ca"),
              "RE: Thank you - Supply Chain Analyst interview", "2026-09-18 08:05:37", REG,
              "<YT4PR01MB9912C1D2E3F4A5B6C7D8E9F0A1B2@YT4PR01MB9912.CANPRD01.PROD.OUTLOOK.COM>",
              relay="mail-yt4can01on2081.outbound.protection.outlook.com",
              extra=(("In-Reply-To", "<3B8E1F02-5C7A-4D9B-8E6F-1A2B3C4D5E6F@example.org>"),))
    return message(hs, text(body, cte="quoted-printable"))
