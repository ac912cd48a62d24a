"""blind219: 50 hand-written mails from the inbox of Marcus Delgado, a state-government data
engineer in Sacramento (America/Los_Angeles), September to December 2026.

Written blind (without reading the detector, its tests or the other held-out mails); built and
checked with ``python3 bench/heldout/make_blind.py blind219``. One function per mail; file numbers
are a fixed shuffle of the writing order (keys 1-23 positive, 24-50 negative).
"""

from __future__ import annotations

import hashlib
import html as _html
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
    message,
    mixed,
    received,
    t,
    text,
    utc,
)

SET = "blind219"
ORDER = random.Random(2190219).sample(range(1, 51), 50)
ME = "marcus.delgado@example.org"
ME_NAME = "Marcus Delgado"
LA = "America/Los_Angeles"
NY = "America/New_York"
CHI = "America/Chicago"
STO = "Europe/Stockholm"
EN = "en-US"


def name(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def _ident(seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:12].upper()


def hdrs(frm: str, subject: str, when: str, zone: str, msgid: str, relay: str, *,
         to: str | None = None, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         lag: int = 3, rcpt: str = ME) -> list[tuple[str, str]]:
    """The usual top headers: Delivered-To, Received, From, To, Subject, Date, Message-ID, extras."""
    ident = f"mx2.example.org (Postfix) with ESMTPS id {_ident(msgid)}"
    return [
        ("Delivered-To", rcpt),
        ("Received", received(relay, when, zone, ident, rcpt, lag)),
        ("From", frm),
        ("To", to or addr(ME_NAME, ME)),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def paras(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """A plain HTML twin: one <p> per paragraph, line breaks kept."""
    ps = [p for p in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>" for p in ps)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


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

VTZ_PST = """BEGIN:VTIMEZONE
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

TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def stamp(local: str, zone: str) -> str:
    """ICS DTSTAMP (UTC basic format) for a local wall-clock time."""
    return utc(local, zone).replace("-", "").replace(":", "")


# =========================================================================== positives


@make.mail(name(1), family="greenhouse", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-09-15 10:00", LA), end=utc("2026-09-15 10:45", LA),
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=LA,
           contact="dana.whitcomb@tulefield-ev.com", company="Tulefield EV",
           note="Greenhouse confirmation from the no-reply sender; 'Tuesday, September 15, 2026 10:00 AM - "
                "10:45 AM Pacific Time' is PDT (UTC-7) -> 17:00Z-17:45Z; contact = Reply-To coordinator")
def p01() -> bytes:
    body = t("""
        Hi Marcus,

        Thanks for making time for us! Your interview for the Data Engineer, Battery Analytics role at Tulefield EV is confirmed. Here are the details:

        Technical Screen with Priyanka Raman (Staff Data Engineer)
        Tuesday, September 15, 2026
        10:00 AM - 10:45 AM Pacific Time (US & Canada)

        Video call: https://meet.google.com/xtq-pfrw-hna
        Join by phone: +1 510-555-0193 PIN: 448 201 773#

        Priyanka will spend most of the time on a practical SQL / pipeline design exercise, so have a laptop handy. No prep needed beyond that.

        If anything comes up and you need to move this, just reply to this email and I'll help you find a new time.

        Best,
        Dana Whitcomb
        Recruiting Coordinator | Tulefield EV
        48210 Kato Rd, Fremont, CA 94538
        """)
    h = paras(body)
    hs = hdrs(addr("Tulefield EV", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Data Engineer, Battery Analytics at Tulefield EV",
              "2026-09-09 11:04:22", LA,
              "<0100018f9c2b7d11-6a0e2f4c-73be-4d1a-9b5e-1f2c3d4e5a6b-000000@email.amazonses.com>",
              "from a27-41.smtp-out.us-west-2.amazonses.com (a27-41.smtp-out.us-west-2.amazonses.com [54.240.27.41])",
              extra=(("Reply-To", addr("Dana Whitcomb", "dana.whitcomb@tulefield-ev.com")),
                     ("X-Mailer", "Greenhouse"),
                     ("Feedback-ID", "1.us-west-2.gh00sw1T3sTd4tA=:AmazonSES")))
    return message(hs, alt(text(body), html(h)))


@make.mail(name(2), family="lever", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-09-17 13:30", LA), end=utc("2026-09-17 14:30", LA),
           local="Thu 2026-09-17 13:30", local_end="2026-09-17 14:30", zone=LA,
           contact="jolene@sierraloam.com", company="Sierra Loam Analytics",
           note="Lever confirmation; Reno is on Pacific time, 'Thursday, September 17th, 1:30pm - 2:30pm PDT "
                "(60 minutes)' -> 20:30Z-21:30Z, which the ICS gives in UTC; contact = Reply-To / ORGANIZER")
def p02() -> bytes:
    body = t("""
        Hi Marcus,

        You're all set! Here's a summary of your upcoming interview with Sierra Loam Analytics.

        Role: Senior Data Engineer (Reno, NV or Remote - US West)
        When: Thursday, September 17th, 1:30pm - 2:30pm PDT (60 minutes)
        Where: Zoom - https://sierraloam.zoom.us/j/86120447391

        Interviewers:
        - Hank Obuya, Director of Engineering
        - Mei Lindgren, Senior Data Engineer

        A calendar invite is attached. If you have any questions before Thursday, reply to this email to reach Jolene Pruitt.

        Thanks,
        The Sierra Loam Analytics Team

        --
        Sent via Lever. Sierra Loam Analytics, 50 W Liberty St, Suite 880, Reno, NV 89501
        """)
    h = t("""
        <html><body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#1f2a37">
        <tr><td>
        <p>Hi Marcus,</p>
        <p>You&#39;re all set! Here&#39;s a summary of your upcoming interview with <b>Sierra Loam Analytics</b>.</p>
        <table cellpadding="4" style="font-size:15px">
        <tr><td style="color:#6b7280">Role</td><td>Senior Data Engineer (Reno, NV or Remote - US West)</td></tr>
        <tr><td style="color:#6b7280">When</td><td>Thursday, September 17th, 1:30pm &ndash; 2:30pm PDT (60 minutes)</td></tr>
        <tr><td style="color:#6b7280">Where</td><td><a href="https://sierraloam.zoom.us/j/86120447391">Zoom</a></td></tr>
        </table>
        <p><b>Interviewers</b><br>Hank Obuya, Director of Engineering<br>Mei Lindgren, Senior Data Engineer</p>
        <p>A calendar invite is attached. If you have any questions before Thursday, reply to this email to reach Jolene Pruitt.</p>
        <p>Thanks,<br>The Sierra Loam Analytics Team</p>
        </td></tr></table>
        <p style="font-size:11px;color:#9ca3af;font-family:Arial,sans-serif">Sent via Lever. Sierra Loam Analytics, 50 W Liberty St, Suite 880, Reno, NV 89501</p>
        </td></tr></table>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Interview Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-iv-7c1d0e5a-2b44-4f0e-9a61-3d5e8c2f1b90
        DTSTAMP:{stamp("2026-09-14 16:20:05", LA)}
        DTSTART:20260917T203000Z
        DTEND:20260917T213000Z
        SUMMARY:Interview: Marcus Delgado <> Sierra Loam Analytics (Senior Data Engineer)
        LOCATION:https://sierraloam.zoom.us/j/86120447391
        DESCRIPTION:Interviewers: Hank Obuya\\, Mei Lindgren
        ORGANIZER;CN=Jolene Pruitt:mailto:jolene@sierraloam.com
        ATTENDEE;CN=Marcus Delgado;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marcus.delgado@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs(addr("Sierra Loam Analytics", "no-reply@hire.lever.co"),
              "Your interview with Sierra Loam Analytics is confirmed",
              "2026-09-14 16:20:05", LA, "<20260914232005.4f1c9a0e7b3d@hire.lever.co>",
              "from o11.email.lever.co (o11.email.lever.co [167.89.101.12])",
              extra=(("Reply-To", addr("Jolene Pruitt", "jolene@sierraloam.com")),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@make.mail(name(3), family="ashby", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-09-30 12:00", NY), end=utc("2026-09-30 13:00", NY),
           local="Wed 2026-09-30 12:00", local_end="2026-09-30 13:00", zone=NY,
           contact="keisha@pondwater.io", company="Pondwater Labs",
           note="Ashby confirmation, base64 bodies; the time is written in the company's zone, 'Wednesday, "
                "September 30, 2026, 12:00 PM - 1:00 PM EDT' (UTC-4) -> 16:00Z-17:00Z (9 AM in Sacramento); "
                "ICS in America/New_York agrees; contact = Reply-To / ORGANIZER recruiter")
def p03() -> bytes:
    body = t("""
        Hi Marcus,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, September 30, 2026, 12:00 PM – 1:00 PM EDT
        Google Meet: https://meet.google.com/pwl-zkqe-rtu

        You'll meet with:
          Arjun Bhattacharya — Engineering Manager, Data Platform
          Ruth Ellenbogen — Senior Analytics Engineer

        This is a remote role; we're a New York-based team but about half of us work from the West Coast.

        Questions? Just reply and it will reach Keisha Abernathy.

        Thanks,
        Pondwater Labs Recruiting
        """)
    h = paras(body, "font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#111827")
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        %VTZ%
        BEGIN:VEVENT
        UID:3f0c2a9e-81d4-4b6f-a0c2-5e7d9b1f4c38
        DTSTAMP:{stamp("2026-09-25 09:12:40", NY)}
        DTSTART;TZID=America/New_York:20260930T120000
        DTEND;TZID=America/New_York:20260930T130000
        SEQUENCE:0
        SUMMARY:Pondwater Labs – Data Engineer Interview (Marcus Delgado)
        LOCATION:https://meet.google.com/pwl-zkqe-rtu
        ORGANIZER;CN=Keisha Abernathy:mailto:keisha@pondwater.io
        ATTENDEE;CN=Marcus Delgado;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marcus.delgado@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("%VTZ%", VTZ["America/New_York"])
    hs = hdrs(addr("Pondwater Labs", "no-reply@ashbyhq.com"),
              "Interview confirmed: Data Engineer at Pondwater Labs",
              "2026-09-25 09:12:40", NY,
              "<0100019234ab71c2-0d9e4f3a-6b8c-4e21-a7f0-92c1d3e4b5a6-000000@email.amazonses.com>",
              "from a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])",
              extra=(("Reply-To", addr("Keisha Abernathy", "keisha@pondwater.io")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(h, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(name(4), family="workday", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-10-08 14:00", LA), end=utc("2026-10-08 15:00", LA),
           local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00", zone=LA,
           contact="renee.okafor@capvalleyhealth.org", company="Capitol Valley Health",
           note="Workday HTML-only notification from the tenant mailbox; US date 10/08/2026, '2:00 PM - 3:00 PM "
                "Pacific Time' = PDT -> 21:00Z-22:00Z; contact = recruiter address in the body")
def p04() -> bytes:
    h = t("""
        <html>
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:Arial,sans-serif;font-size:13px;color:#333333">
        <table width="600" border="0" cellspacing="0" cellpadding="0">
        <tr><td style="background:#00558c;padding:14px;color:#ffffff;font-size:18px">Capitol Valley Health Careers</td></tr>
        <tr><td style="padding:18px">
        <p>Dear Marcus,</p>
        <p>Thank you for your interest in the <b>Senior Data Engineer - Clinical Analytics (R-20417)</b> position. We are pleased to confirm your interview.</p>
        <table border="0" cellpadding="3" style="font-size:13px">
        <tr><td><b>Interview Type:</b></td><td>Panel Interview (On-site)</td></tr>
        <tr><td><b>Date:</b></td><td>10/08/2026</td></tr>
        <tr><td><b>Time:</b></td><td>2:00 PM - 3:00 PM Pacific Time</td></tr>
        <tr><td><b>Location:</b></td><td>Capitol Valley Health Administrative Center, 2315 J Street, 4th Floor, Sacramento, CA 95816</td></tr>
        <tr><td><b>Panel:</b></td><td>Dr. Amit Sarkar, Gloria Benavides, Jeff Lindqvist</td></tr>
        </table>
        <p>Please check in at the front desk 10 minutes early; visitor parking is in the structure on 23rd Street.</p>
        <p>If you have questions or need accommodations, please contact Renee Okafor, Talent Acquisition Partner, at <a href="mailto:renee.okafor@capvalleyhealth.org">renee.okafor@capvalleyhealth.org</a> or (916) 555-0172.</p>
        <p>Sincerely,<br>Capitol Valley Health Talent Acquisition</p>
        <p style="font-size:11px;color:#888888">This message was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr>
        </table>
        </div>
        </body>
        </html>
        """)
    hs = hdrs(addr("Capitol Valley Health", "capitolvalleyhealth@myworkday.com"),
              "Interview Confirmation - Senior Data Engineer - Clinical Analytics",
              "2026-10-01 10:47:31", LA, "<1493021843.88213.1790876851000@wd5-prod-mailer-17.myworkday.com>",
              "from wd5-prod-mailer-17.myworkday.com (wd5-prod-mailer-17.myworkday.com [209.177.165.41])")
    return message(hs, html(h, cte="base64"))


@make.mail(name(5), family="forward_to_self", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-10-20 09:00", LA), end=None,
           local="Tue 2026-10-20 09:00", zone=LA,
           contact="bernadette.hollis@dgws.ca.gov", company="California Department of Groundwater Stewardship",
           note="Candidate forwards the department's interview letter from his own example.net address as a "
                "message/rfc822 attachment; 'Tuesday, October 20, 2026, at 9:00 a.m.' Sacramento = PDT -> "
                "16:00Z; 'approximately 45 minutes' -> end null; contact = HR analyst in the forwarded header "
                "(the outer sender is the candidate himself)")
def p05() -> bytes:
    inner_body = t("""
        Dear Mr. Delgado:

        Thank you for applying for the Information Technology Specialist II (Data Engineering) position, Job Control #48812, with the Department of Groundwater Stewardship’s Data and Modeling Branch.

        You have been selected for a hiring interview on Tuesday, October 20, 2026, at 9:00 a.m. The interview will be held in person and will last approximately 45 minutes.

        Location:  Department of Groundwater Stewardship
                   715 P Street, 9th Floor, Conference Room 9-112
                   Sacramento, CA 95814

        Please check in with the security desk in the main lobby at least 15 minutes before your interview and bring a valid photo ID. The panel will consist of the Branch Chief, a Data and Modeling supervisor, and a subject-matter expert.

        Please bring two copies of your resume and a list of three professional references. If you require a reasonable accommodation, or if you are unable to attend, please reply to this email by Friday, October 16.

        Respectfully,

        Bernadette Hollis
        Associate Personnel Analyst – Selection Services
        Department of Groundwater Stewardship
        (916) 555-0138 | Bernadette.Hollis@dgws.ca.gov
        """)
    inner = message([
        ("Received", received("from CY4PR09MB2213.namprd09.prod.outlook.com (2603:10b6:903:a1::15)",
                              "2026-10-13 16:52:08", LA, "mx.example.net with ESMTPS id 7KQ2", "marcus.delgado@example.net")),
        ("From", '"Hollis, Bernadette@DGWS" <Bernadette.Hollis@dgws.ca.gov>'),
        ("To", '"marcus.delgado@example.net" <marcus.delgado@example.net>'),
        ("Subject", "Interview Scheduling - IT Specialist II (Data Engineering), JC-48812"),
        ("Thread-Topic", "Interview Scheduling - IT Specialist II (Data Engineering), JC-48812"),
        ("Date", date("2026-10-13 16:52:08", LA)),
        ("Message-ID", "<CY4PR09MB22130F3B8E1D94A7C2B1D5C7A9E12@CY4PR09MB2213.namprd09.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
    ], text(inner_body, charset="windows-1252"))
    note = t("""
        fwd to self so it's in the right inbox. DGWS panel Tues 10/20, bring 2 resumes + refs

        -M
        """)
    hs = hdrs(addr(ME_NAME, "marcus.delgado@example.net"),
              "Fwd: Interview Scheduling - IT Specialist II (Data Engineering), JC-48812",
              "2026-10-13 21:18:44", LA, "<C4B1E7F2-9A0D-4C55-8E13-6F2D7A90B3C1@example.net>",
              "from smtp.example.net (smtp.example.net [198.51.100.24])",
              extra=(("X-Mailer", "iPhone Mail (22A3354)"),))
    return message(hs, mixed(text(note, cte="7bit", charset="us-ascii"),
                             attached_message(inner, filename="Interview Scheduling.eml")))


@make.mail(name(6), family="exchange_outlook", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-11-02 14:00", LA), end=utc("2026-11-02 15:00", LA),
           local="Mon 2026-11-02 14:00", local_end="2026-11-02 15:00", zone=LA,
           contact="tkowalczyk@featherbendwd.org", company="Feather Bend Water District",
           note="Exchange meeting request sent Wed 28 Oct in PDT (Date -0700) for Mon 2 Nov, the day after US DST "
                "ends: 2:00-3:00 PM is PST (UTC-8) -> 22:00Z-23:00Z, not 21:00Z; ICS TZID 'Pacific Standard "
                "Time'; contact = organizer / sender")
def p06() -> bytes:
    teams = TEAMS.format(tid="NWQ4ZjE5YzctMmUwNS00ZDlkLWI3NjEtOTcxZDY1ZDk5YWQx", mid="231 884 907 552", pc="Zq7bX3")
    body = t("""
        When: Monday, November 2, 2026 2:00 PM-3:00 PM (UTC-08:00) Pacific Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Marcus,

        Thank you for your interest in the Senior Data Engineer (SCADA & Water Quality Analytics) position. Please accept this invitation for a first-round interview with myself and Rosa Villanueva, our Operations Data Manager. Note that this is the Monday right after the clocks fall back, so it is 2:00 PM Pacific Standard Time.

        We will spend about ten minutes on the District and the role, then talk through your experience with time-series data and telemetry pipelines.

        Regards,
        Tomasz Kowalczyk
        IT Manager | Feather Bend Water District
        1450 Garden Hwy, Yuba City, CA 95991
        (530) 555-0164

        %TEAMS%
        """).replace("%TEAMS%", teams)
    h = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
        <body lang="EN-US" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">Hi Marcus,<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Thank you for your interest in the Senior Data Engineer (SCADA &amp; Water Quality Analytics) position. Please accept this invitation for a first-round interview with myself and Rosa Villanueva, our Operations Data Manager. Note that this is the Monday right after the clocks fall back, so it is 2:00 PM Pacific Standard Time.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">We will spend about ten minutes on the District and the role, then talk through your experience with time-series data and telemetry pipelines.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Regards,<br>Tomasz Kowalczyk<br>IT Manager | Feather Bend Water District<br>1450 Garden Hwy, Yuba City, CA 95991<br>(530) 555-0164<o:p></o:p></p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div class="me-email-text" lang="en-US" style="color:#242424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
        <div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>
        <div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Join on your computer, mobile app or room device</span></div>
        <a class="me-email-headline" style="font-size:14px;font-family:'Segoe UI Semibold','Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;text-decoration:underline;color:#6264a7" href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ4ZjE5YzctMmUwNS00ZDlkLWI3NjEtOTcxZDY1ZDk5YWQx%40thread.v2/0" target="_blank" rel="noreferrer noopener">Click here to join the meeting</a></div>
        <div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span data-tid="meeting-code" style="font-size:14px;color:#252424">Meeting ID: <span style="font-size:16px;color:#252424">231 884 907 552</span></span><br><span style="font-size:14px;color:#252424">Passcode: </span><span style="font-size:16px;color:#252424">Zq7bX3</span></div></div>
        </div>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        </div>
        </body>
        </html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %VTZ%
        BEGIN:VEVENT
        ORGANIZER;CN="Kowalczyk, Tomasz":mailto:TKowalczyk@featherbendwd.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.delgado@example.org:mailto:marcus.delgado@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villanueva, Rosa":mailto:RVillanueva@featherbendwd.org
        DESCRIPTION;LANGUAGE=en-US:Hi Marcus\\,\\n\\nThank you for your interest in the Senior Data Engineer (SCADA & Water Quality Analytics) position. Please accept this invitation for a first-round interview.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0F3A1C2E866DD01000000000000000010000000E4A7C90D3B5F2A4E9C81D7F0A2B36C55
        SUMMARY;LANGUAGE=en-US:Interview - Marcus Delgado - Sr. Data Engineer (SCADA & WQ Analytics)
        DTSTART;TZID=Pacific Standard Time:20261102T140000
        DTEND;TZID=Pacific Standard Time:20261102T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261028T224211Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2125347811
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
        END:VCALENDAR
        """).replace("%VTZ%", VTZ_PST)
    hs = hdrs('"Kowalczyk, Tomasz" <TKowalczyk@featherbendwd.org>',
              "Interview - Marcus Delgado - Sr. Data Engineer (SCADA & WQ Analytics)",
              "2026-10-28 15:42:11", LA,
              "<BY5PR12MB4321A7E0C2D9F61B3E8D44C1A5F02@BY5PR12MB4321.namprd12.prod.outlook.com>",
              "from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2098.outbound.protection.outlook.com [40.107.237.98])",
              extra=(("Thread-Topic", "Interview - Marcus Delgado - Sr. Data Engineer (SCADA & WQ Analytics)"),
                     ("Thread-Index", "AdtJfQ3B7v2l0x9RQk2c4yTqM1nHxA=="),
                     ("Accept-Language", "en-US"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, alt(text(body, charset="us-ascii", cte="quoted-printable"),
                           html(h, charset="us-ascii", cte="quoted-printable"),
                           calendar(ics, method="REQUEST", cte="base64")))


@make.mail(name(7), family="smartrecruiters", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-09-24 13:30", LA), end=utc("2026-09-24 14:30", LA),
           local="Thu 2026-09-24 13:30", local_end="2026-09-24 14:30", zone=LA,
           contact="wade.tennyson@blueoakalmonds.coop", company="Blue Oak Almond Growers Cooperative",
           note="SmartRecruiters interview confirmation for an on-site at the co-op in Chico; '1:30 PM - 2:30 PM "
                "(GMT-07:00) Pacific Time' -> 20:30Z-21:30Z; sender is a no-reply platform address, contact = HR "
                "partner named with his address in the body")
def p07() -> bytes:
    body = t("""
        Hello Marcus,

        Your interview has been confirmed.

        Data Engineer - Grower & Orchard Analytics
        Blue Oak Almond Growers Cooperative

        Thursday, September 24, 2026
        1:30 PM - 2:30 PM (GMT-07:00) Pacific Time

        Location
        Blue Oak Almond Growers Cooperative - Main Office
        4180 Hwy 32, Chico, CA 95973
        (Visitor parking is on the west side of the receiving station. During harvest the yard is busy with trucks, so please allow a few extra minutes.)

        Interviewers
        Carl Hemmings - Director, Grower Services
        Nadia Farouk - IT Applications Lead

        If you have questions about your interview, please contact Wade Tennyson, HR Business Partner, at wade.tennyson@blueoakalmonds.coop or (530) 555-0119.

        Good luck!

        This email was sent on behalf of Blue Oak Almond Growers Cooperative by SmartRecruiters. Please do not reply to this message.
        """)
    h = t("""
        <!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"></head>
        <body style="background-color:#f2f2f2;margin:0">
        <div style="max-width:600px;margin:0 auto;background:#ffffff;font-family:'Open Sans',Arial,sans-serif;color:#3d3d3d;font-size:14px;line-height:20px">
        <div style="padding:24px 32px;border-bottom:3px solid #5e7d3a"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/blueoakalmonds/logo.png" alt="Blue Oak Almond Growers" height="40"></div>
        <div style="padding:24px 32px">
        <p>Hello Marcus,</p>
        <p>Your interview has been confirmed.</p>
        <p style="font-size:16px"><strong>Data Engineer - Grower &amp; Orchard Analytics</strong><br>Blue Oak Almond Growers Cooperative</p>
        <p><strong>Thursday, September 24, 2026</strong><br>1:30 PM - 2:30 PM (GMT-07:00) Pacific Time</p>
        <p><strong>Location</strong><br>Blue Oak Almond Growers Cooperative - Main Office<br>4180 Hwy 32, Chico, CA 95973<br><span style="color:#777">(Visitor parking is on the west side of the receiving station. During harvest the yard is busy with trucks, so please allow a few extra minutes.)</span></p>
        <p><strong>Interviewers</strong><br>Carl Hemmings - Director, Grower Services<br>Nadia Farouk - IT Applications Lead</p>
        <p>If you have questions about your interview, please contact Wade Tennyson, HR Business Partner, at <a href="mailto:wade.tennyson@blueoakalmonds.coop">wade.tennyson@blueoakalmonds.coop</a> or (530) 555-0119.</p>
        <p>Good luck!</p>
        </div>
        <div style="padding:16px 32px;font-size:11px;color:#999">This email was sent on behalf of Blue Oak Almond Growers Cooperative by SmartRecruiters. Please do not reply to this message.</div>
        </div></body></html>
        """)
    hs = hdrs(addr("Blue Oak Almond Growers Cooperative", "noreply@smartrecruiters.com"),
              "Interview confirmed: Data Engineer - Grower & Orchard Analytics",
              "2026-09-18 14:10:57", LA, "<8f3e1b2a.4c7d.4e90.b1a2.6d5c3f2e1a09@smartrecruiters.com>",
              "from mail-ex-2.smartrecruiters.com (mail-ex-2.smartrecruiters.com [52.58.91.17])")
    return message(hs, alt(text(body), html(h)))


@make.mail(name(8), family="calendly", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-10-15 09:00", LA), end=utc("2026-10-15 09:45", LA),
           local="Thu 2026-10-15 09:00", local_end="2026-10-15 09:45", zone=LA,
           contact="owen@kestrelgrid.com", company="Kestrel Grid",
           note="Calendly invitee confirmation sent Tue 13 Oct 20:31 PDT (already Wed 03:31Z); '09:00am - 09:45am "
                "(Pacific Time - US & Canada) on Thursday, October 15, 2026' -> 16:00Z-16:45Z, ICS in UTC agrees; "
                "contact = Reply-To host (hiring manager)")
def p08() -> bytes:
    body = t("""
        Hi Marcus Delgado,

        Your Hiring Manager Interview - Analytics Engineer with Owen Castellanos at 09:00am (Pacific Time - US & Canada) on Thursday, October 15, 2026 is scheduled.

        Event Type:
        Hiring Manager Interview - Analytics Engineer

        Event Date/Time:
        09:00am - 09:45am (Pacific Time - US & Canada) on Thursday, October 15, 2026

        Location:
        This is a Google Meet web conference. Join now https://meet.google.com/kgr-vwxa-pqe

        Invitee Time Zone:
        Pacific Time - US & Canada

        Questions:
        Anything you'd like Owen to know beforehand?
        Curious how you handle late-arriving meter telemetry in the forecasting models.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5d0a3e7c-91b2-4f6e-8c1d-2a7b9e4f3c60
        Reschedule: https://calendly.com/reschedulings/5d0a3e7c-91b2-4f6e-8c1d-2a7b9e4f3c60

        Powered by Calendly.com
        """)
    h = paras(body, "font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055")
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:{stamp("2026-10-13 20:31:09", LA)}
        UID:5d0a3e7c-91b2-4f6e-8c1d-2a7b9e4f3c60@calendly.com
        DTSTART:20261015T160000Z
        DTEND:20261015T164500Z
        SUMMARY:Marcus Delgado and Owen Castellanos
        DESCRIPTION:Event Name: Hiring Manager Interview - Analytics Engineer\\n\\nLocation: https://meet.google.com/kgr-vwxa-pqe
        LOCATION:https://meet.google.com/kgr-vwxa-pqe
        ORGANIZER;CN=Owen Castellanos:mailto:owen@kestrelgrid.com
        ATTENDEE;CN=Marcus Delgado;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marcus.delgado@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Hiring Manager Interview - Analytics Engineer with Owen Castellanos on Thursday, October 15, 2026",
              "2026-10-13 20:31:09", LA, "<5d0a3e7c91b24f6e.20261014033109.calendly@mail.calendly.com>",
              "from o3.mail.calendly.com (o3.mail.calendly.com [149.72.134.64])",
              extra=(("Reply-To", addr("Owen Castellanos", "owen@kestrelgrid.com")),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      ctype="application/ics")))


@make.mail(name(9), family="google_calendar", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-10-07 11:00", LA), end=utc("2026-10-07 12:00", LA),
           local="Wed 2026-10-07 11:00", local_end="2026-10-07 12:00", zone=LA,
           contact="ingrid.solberg@fernhollow.com", company="Fernhollow Software",
           note="Google Calendar invitation from a Portland hiring manager; 'Wednesday Oct 7, 2026 11am - 12pm "
                "(Pacific Time - Los Angeles)' -> 18:00Z-19:00Z; ICS TZID America/Los_Angeles; contact = ORGANIZER")
def p09() -> bytes:
    body = t("""
        Marcus Delgado / Fernhollow – Data Platform Engineer interview
        Wednesday Oct 7, 2026 ⋅ 11am – 12pm (Pacific Time - Los Angeles)

        Hi Marcus – this is the technical conversation we talked about. I'll bring one of our platform engineers, Teodor. We're in the Portland office but it'll be on Meet.

        Join with Google Meet
        meet.google.com/fhw-ocsk-gyt

        Join by phone
        (US) +1 503-555-0147 PIN: 804 117 529#

        Organizer
        Ingrid Solberg
        ingrid.solberg@fernhollow.com

        Guests
        Ingrid Solberg - organizer
        marcus.delgado@example.org
        teodor.vasile@fernhollow.com
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWhrM2Z0cTBqZG1zOG9qdWg0&tok=MjcjaW5ncmlk&ctz=America%2FLos_Angeles&hl=en&es=1

        Reply for marcus.delgado@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NWhrM2Z0cTBqZG1zOG9qdWg0&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NWhrM2Z0cTBqZG1zOG9qdWg0&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NWhrM2Z0cTBqZG1zOG9qdWg0&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=NWhrM2Z0cTBqZG1zOG9qdWg0

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    h = paras(body, "font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043")
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        %VTZ%
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20261007T110000
        DTEND;TZID=America/Los_Angeles:20261007T120000
        DTSTAMP:{stamp("2026-10-01 13:05:44", LA)}
        ORGANIZER;CN=Ingrid Solberg:mailto:ingrid.solberg@fernhollow.com
        UID:5hk3ftq0jdms8ojuh4a1r2c9bo@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ingrid Solberg;X-NUM-GUESTS=0:mailto:ingrid.solberg@fernhollow.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.delgado@example.org;X-NUM-GUESTS=0:mailto:marcus.delgado@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=teodor.vasile@fernhollow.com;X-NUM-GUESTS=0:mailto:teodor.vasile@fernhollow.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/fhw-ocsk-gyt
        CREATED:20261001T200538Z
        DESCRIPTION:Hi Marcus – this is the technical conversation we talked about.
        LAST-MODIFIED:20261001T200543Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Marcus Delgado / Fernhollow – Data Platform Engineer interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("%VTZ%", VTZ_LA)
    subj = ("Invitation: Marcus Delgado / Fernhollow – Data Platform Engineer interview @ "
            "Wed Oct 7, 2026 11am - 12pm (PDT) (marcus.delgado@example.org)")
    hs = hdrs(addr("Ingrid Solberg", "ingrid.solberg@fernhollow.com"), subj,
              "2026-10-01 13:05:44", LA, "<calendar-6f2d1b8e-4a3c-49d7-b0e5-1c9a8f7e2d34@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "ingrid.solberg@fernhollow.com")))
    return message(hs, mixed(alt(text(body, cte="base64"), html(h, cte="base64"),
                                 calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(name(10), family="human_prose", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-10-20 15:00", LA), end=None,
           local="Tue 2026-10-20 15:00", zone=LA,
           contact="sam.okonkwo@caskcopper.com", company="Cask & Copper Analytics",
           days=(("Fri", "2026-10-16"), ("Thu", "2026-10-15")),
           note="Two-line iPhone reply 'Tues at 3 works' to the candidate's 'Monday after 1 or Tuesday afternoon, "
                "1-5 Pacific'; Date Fri 16 Oct 18:47 PDT (already Sat in UTC) -> Tue 20 Oct 3 PM PDT = 22:00Z; "
                "'about 45 min' in the quote is approximate -> end null")
def p10() -> bytes:
    body = t("""
        Tues at 3 works. I'll send a meet link monday

        Sam

        Sent from my iPhone

        > On Oct 16, 2026, at 2:12 PM, Marcus Delgado <marcus.delgado@example.org> wrote:
        >
        > Hi Sam,
        >
        > Thanks for the quick turnaround. I'm free Monday after 1, or Tuesday afternoon anytime between 1 and 5 Pacific. Let me know what suits you.
        >
        > Best,
        > Marcus
        >
        >> On Oct 15, 2026, at 5:03 PM, Sam Okonkwo <sam.okonkwo@caskcopper.com> wrote:
        >>
        >> Marcus - enjoyed the chat with Jen today, she's a fan. Next step is a conversation with me, about 45 min, mostly on how you'd structure our dbt project as we grow. Can you send a couple windows for early next week?
        >>
        >> Sam Okonkwo
        >> Head of Data, Cask & Copper Analytics
        >> Emeryville, CA
        """)
    hs = hdrs(addr("Sam Okonkwo", "sam.okonkwo@caskcopper.com"), "Re: Next steps - Cask & Copper",
              "2026-10-16 18:47:26", LA, "<A3F09B1C-7E2D-4B8A-9C61-0D5E4F3A2B17@caskcopper.com>",
              "from mail-pj1-f45.google.com (mail-pj1-f45.google.com [209.85.216.45])",
              extra=(("In-Reply-To", "<8E1D0C7F-3B2A-4F59-A6D4-91C2E7B05F3A@example.org>"),
                     ("References", "<CAJ7pQ2m0x9Lk4Hn3vTq@mail.gmail.com> <8E1D0C7F-3B2A-4F59-A6D4-91C2E7B05F3A@example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit"))


@make.mail(name(11), family="human_prose", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-11-05 13:00", NY), end=utc("2026-11-05 13:45", NY),
           local="Thu 2026-11-05 13:00", local_end="2026-11-05 13:45", zone=NY,
           contact="cmahoney@harrowvane.com", company="Harrow & Vane Insurance",
           note="Hartford recruiter's Outlook mail sent Thu 29 Oct in EDT (-0400); 'Thursday, 11/5 at 1:00 PM "
                "Eastern (10:00 AM your time)' is after DST ends -> EST 18:00Z (= 10 AM PST); '45 minutes' exact "
                "-> end 18:45Z; the attached Outlook hold is an all-day event on 5 Nov with no time")
def p11() -> bytes:
    body = t("""
        Hi Marcus,

        Great news – Dev Raghunathan, our VP of Data Platform, would like to meet you for the Lead Data Engineer role.

        You’re confirmed for Thursday, 11/5 at 1:00 PM Eastern (10:00 AM your time). Heads up that the clocks change this Sunday on both coasts, so that’s 1:00 PM EST / 10:00 AM PST – still three hours apart. The conversation is 45 minutes on Teams; Dev’s assistant will send the link from his calendar early next week.

        I’ve attached a hold for the day so it’s on your radar. Dev likes to go deep on cost management in Snowflake and on how you’ve handled PII in claims data, so it’s worth having a story or two ready.

        Thanks, and talk soon!

        Colleen

        Colleen Mahoney | Senior Technical Recruiter
        Harrow & Vane Insurance
        One Constitution Plaza, Hartford, CT 06103
        o: (860) 555-0127 | CMahoney@harrowvane.com
        """)
    h = paras(body, "font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000")
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:PUBLISH
        X-MS-OLK-FORCEINSPECTOROPEN:TRUE
        BEGIN:VEVENT
        CLASS:PUBLIC
        CREATED:20261029T141402Z
        DESCRIPTION:Hold for Harrow & Vane – conversation with Dev Raghunathan (VP Data Platform). Teams link to follow.\\n
        DTEND;VALUE=DATE:20261106
        DTSTAMP:20261029T141402Z
        DTSTART;VALUE=DATE:20261105
        LAST-MODIFIED:20261029T141402Z
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=en-us:HOLD – Harrow & Vane / Dev Raghunathan
        TRANSP:TRANSPARENT
        UID:040000008200E00074C5B7101A82E00800000000D05C7F4B0D68DD010000000000000000100000006B1A2F0E9C3D4A45B7E8D1C2F3A49B60
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MS-OLK-CONFTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs('"Mahoney, Colleen" <CMahoney@harrowvane.com>', "Harrow & Vane - next conversation confirmed",
              "2026-10-29 10:15:36", NY,
              "<MN2PR04MB6879D3E21A0F4B5C8E97A1F3C2D64@MN2PR04MB6879.namprd04.prod.outlook.com>",
              "from NAM04-MW2-obe.outbound.protection.outlook.com (mail-mw2nam04on2121.outbound.protection.outlook.com [40.107.101.121])",
              charset="windows-1252",
              extra=(("Thread-Topic", "Harrow & Vane - next conversation confirmed"),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(alt(text(body, charset="windows-1252"), html(h.replace("utf-8", "windows-1252"), charset="windows-1252")),
                             calendar(ics, method=None, ctype="text/calendar", cte="base64",
                                      filename="HOLD - Harrow & Vane.ics", disposition="attachment", name_param=True)))


@make.mail(name(12), family="icims", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-11-12 10:00", CHI), end=utc("2026-11-12 11:00", CHI),
           local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone=CHI,
           contact="dwayne.hutchins@prairierail.com", company="Prairie Rail Logistics",
           note="iCIMS notice whose body only says 'see the attached calendar invitation': the time is only in the "
                "ICS, DTSTART;TZID=America/Chicago 20261112T100000 (CST, UTC-6) -> 16:00Z, DTEND 11:00 -> 17:00Z "
                "(8-9 AM in Sacramento); contact = recruiter named in the body")
def p12() -> bytes:
    body = t("""
        Dear Marcus,

        Thank you for your interest in Prairie Rail Logistics. Your video interview for the position of Data Engineer III (Req #2026-3317) has been scheduled.

        Please see the attached calendar invitation for the date, time and Webex details, and add it to your calendar. The interview will be with members of our Enterprise Data team in Chicago.

        If you need to make any changes, please contact your recruiter, Dwayne Hutchins (dwayne.hutchins@prairierail.com), as soon as possible.

        Best regards,

        Talent Acquisition
        Prairie Rail Logistics
        233 S Wacker Dr, Chicago, IL 60606

        ***This is an automated message. Replies to this address are not monitored.***
        """)
    h = paras(body, "font-family:Verdana,Arial,sans-serif;font-size:12px;color:#000")
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        %VTZ%
        BEGIN:VEVENT
        UID:icims-interview-2026-3317-88410@prairierail.icims.com
        DTSTAMP:{stamp("2026-11-09 11:30:02", CHI)}
        DTSTART;TZID=America/Chicago:20261112T100000
        DTEND;TZID=America/Chicago:20261112T110000
        SUMMARY:Interview: Data Engineer III - Prairie Rail Logistics
        LOCATION:Webex - https://prairierail.webex.com/meet/ent-data-iv
        DESCRIPTION:Interviewers: Lorraine Baptiste (Sr. Manager\\, Enterprise Data)\\, Kyle Zimmerman (Data Architect)
        ORGANIZER;CN=Dwayne Hutchins:mailto:dwayne.hutchins@prairierail.com
        ATTENDEE;CN=Marcus Delgado;RSVP=TRUE:mailto:marcus.delgado@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("%VTZ%", VTZ["America/Chicago"])
    hs = hdrs(addr("Prairie Rail Logistics", "prairierail+autoreply@talent.icims.com"),
              "Interview Scheduled: Data Engineer III",
              "2026-11-09 11:30:02", CHI, "<1978112345.3317.1794245402@talent.icims.com>",
              "from mta-out7.icims.com (mta-out7.icims.com [64.74.157.87])")
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment")))


@make.mail(name(13), family="zoom", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-10-22 15:00", LA), end=None,
           local="Thu 2026-10-22 15:00", zone=LA,
           contact="alana.rw@marisolmedia.com", company="Marisol Media",
           note="LA recruiter's Gmail with a pasted Zoom invitation 'Oct 22, 2026 03:00 PM Pacific Time (US and "
                "Canada)' -> PDT 22:00Z; no length given -> end null; contact = human sender")
def p13() -> bytes:
    body = t("""
        Hi Marcus,

        Thanks for being so flexible! Confirming your interview with Hector Ibarra (Director of Data Engineering) next Thursday at 3:00 PM PT. Zoom details are below. Hector is going to walk through our ad-event pipeline and ask how you'd approach the backfill problem we talked about, so no whiteboarding, just conversation.

        Let me know if you have any questions before then.

        Alana

        Alana Reyes-Whitfield
        Talent Partner | Marisol Media
        5800 W Sunset Blvd, Los Angeles, CA 90028

        ---

        Alana Reyes-Whitfield is inviting you to a scheduled Zoom meeting.

        Topic: Marcus Delgado | Marisol Media - Data Engineering Interview
        Time: Oct 22, 2026 03:00 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://marisolmedia.zoom.us/j/93518826604?pwd=bVJ4ZkRwQ1pxN2h5U3lXbUt0ZHBxdz09

        Meeting ID: 935 1882 6604
        Passcode: 661204

        ---

        One tap mobile
        +16694449171,,93518826604#,,,,*661204# US
        +16699006833,,93518826604#,,,,*661204# US (San Jose)

        Dial by your location
        • +1 669 444 9171 US
        • +1 669 900 6833 US (San Jose)
        • +1 253 215 8782 US (Tacoma)

        Meeting ID: 935 1882 6604
        Passcode: 661204

        Find your local number: https://marisolmedia.zoom.us/u/kdQ4rT1bV
        """)
    hs = hdrs(addr("Alana Reyes-Whitfield", "alana.rw@marisolmedia.com"),
              "Interview confirmed - Marisol Media (Thu 10/22)",
              "2026-10-16 11:02:48", LA, "<CAF3kq9Rw2mX7tPzN0b5LhQe1vYs8DcU4jGa@mail.gmail.com>",
              "from mail-yw1-f169.google.com (mail-yw1-f169.google.com [209.85.128.169])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(name(14), family="ms_bookings", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-09-22 09:30", LA), end=utc("2026-09-22 10:00", LA),
           local="Tue 2026-09-22 09:30", local_end="2026-09-22 10:00", zone=LA,
           contact=None, company="Solano Regional Transit",
           note="Microsoft Bookings confirmation from the Bookings mailbox; the body labels '9/22/2026 9:30 AM - "
                "10:00 AM (UTC-08:00) Pacific Time (US & Canada)' with the standard offset, but 22 Sep is PDT "
                "-> 16:30Z-17:00Z, as the ICS (TZID Pacific Standard Time) gives; staff named without an "
                "address, only a phone number -> contact null")
def p14() -> bytes:
    body = t("""
        Hi Marcus Delgado,

        Thank you for booking with Solano Regional Transit Interviews.

        Booking details

        Service: Data Engineer (Transit Analytics) - First Interview
        Staff: Lorena Quintero
        Date and time: 9/22/2026 9:30 AM - 10:00 AM (UTC-08:00) Pacific Time (US & Canada)
        Location: Microsoft Teams meeting
        Join your appointment: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk0NzFhYjMtNjQ4Ni00%40thread.v2/0

        Need to make changes?
        Manage booking: https://outlook.office365.com/owa/calendar/SolanoRegionalTransitInterviews@solanotransit.org/bookings/
        Phone: (707) 555-0148

        Solano Regional Transit, 311 Sacramento St, Vallejo, CA 94590
        """)
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:580px">
        <div style="font-size:20px;font-weight:600;padding:12px 0">Your booking is confirmed</div>
        <p>Hi Marcus Delgado,</p>
        <p>Thank you for booking with Solano Regional Transit Interviews.</p>
        <div style="border:1px solid #edebe9;padding:14px">
        <div style="font-weight:600;padding-bottom:8px">Booking details</div>
        <table cellpadding="3" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Data Engineer (Transit Analytics) - First Interview</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Lorena Quintero</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>9/22/2026 9:30 AM - 10:00 AM (UTC-08:00) Pacific Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk0NzFhYjMtNjQ4Ni00%40thread.v2/0" style="background:#0078d4;color:#fff;padding:8px 14px;text-decoration:none">Join your appointment</a></p>
        </div>
        <p>Need to make changes? <a href="https://outlook.office365.com/owa/calendar/SolanoRegionalTransitInterviews@solanotransit.org/bookings/">Manage booking</a> or call (707) 555-0148.</p>
        <p style="font-size:12px;color:#8a8886">Solano Regional Transit, 311 Sacramento St, Vallejo, CA 94590</p>
        </div>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %VTZ%
        BEGIN:VEVENT
        ORGANIZER;CN=Solano Regional Transit Interviews:mailto:SolanoRegionalTransitInterviews@solanotransit.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Delgado:mailto:marcus.delgado@example.org
        DESCRIPTION;LANGUAGE=en-US:Data Engineer (Transit Analytics) - First Interview with Lorena Quintero\\n
        UID:040000008200E00074C5B7101A82E0080000000010C4E5A9D849DD01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        SUMMARY;LANGUAGE=en-US:Data Engineer (Transit Analytics) - First Interview
        DTSTART;TZID=Pacific Standard Time:20260922T093000
        DTEND;TZID=Pacific Standard Time:20260922T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260916T191402Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """).replace("%VTZ%", VTZ_PST)
    hs = hdrs(addr("Solano Regional Transit Interviews", "SolanoRegionalTransitInterviews@solanotransit.org"),
              "Your booking is confirmed: Data Engineer (Transit Analytics) - First Interview",
              "2026-09-16 12:14:02", LA,
              "<SJ0PR14MB5230E7A1B9C24F6D8E0A3B7C91F42@SJ0PR14MB5230.namprd14.prod.outlook.com>",
              "from NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2102.outbound.protection.outlook.com [40.107.94.102])",
              extra=(("X-MS-Exchange-Organization-AuthAs", "Internal"),
                     ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAAQxOWp2EndAQAAAAAAAAAAEAAAAA==")))
    return message(hs, alt(text(body), html(h), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(name(15), family="teamtailor", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-09-29 18:00", STO), end=utc("2026-09-29 18:45", STO),
           local="Tue 2026-09-29 18:00", local_end="2026-09-29 18:45", zone=STO,
           contact="elin.sandqvist@vindo.se", company="Vindö Analytics",
           note="Teamtailor booking from a Stockholm company hiring a remote US engineer; '18:00–18:45 (CEST)' -> "
                "16:00Z-16:45Z (also written as 09:00–09:45 Pacific); Date header +0200; RFC 2047 From name and "
                "Subject; contact = Reply-To recruiter")
def p15() -> bytes:
    body = t("""
        Hi Marcus,

        Thanks for booking a time – your interview with Vindö Analytics is confirmed.

        Senior Data Engineer (Remote, US)
        Tuesday 29 September 2026, 18:00–18:45 (CEST)
        That is 09:00–09:45 Pacific Time.

        Meeting link: https://meet.google.com/vnd-hsqr-kye

        You will meet Johan Ekström (CTO) and me. We will talk about your background, our forecasting platform for Nordic wind farms, and what working with a team nine hours ahead looks like in practice.

        If you need to change the time, just reply to this email.

        Best regards,
        Elin Sandqvist
        Talent Acquisition, Vindö Analytics
        Sveavägen 44, 111 34 Stockholm
        """)
    h = paras(body, "font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1b1b1b")
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//EN
        METHOD:REQUEST
        %VTZ%
        BEGIN:VEVENT
        UID:tt-interview-2419933@teamtailor.com
        DTSTAMP:{stamp("2026-09-23 10:05:19", STO)}
        DTSTART;TZID=Europe/Stockholm:20260929T180000
        DTEND;TZID=Europe/Stockholm:20260929T184500
        SUMMARY:Interview: Marcus Delgado – Senior Data Engineer (Vindö Analytics)
        LOCATION:https://meet.google.com/vnd-hsqr-kye
        ORGANIZER;CN=Elin Sandqvist:mailto:elin.sandqvist@vindo.se
        ATTENDEE;CN=Marcus Delgado;RSVP=TRUE:mailto:marcus.delgado@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """).replace("%VTZ%", VTZ["Europe/Stockholm"])
    hs = hdrs(addr("Vindö Analytics", "no-reply@teamtailor-mail.com"),
              "Interview booked – Senior Data Engineer at Vindö Analytics",
              "2026-09-23 10:05:19", STO, "<6512f0c3a9e1b_4d2a8c1e3f7@teamtailor-app-worker-5.mail>",
              "from mail-eu2.teamtailor-mail.com (mail-eu2.teamtailor-mail.com [185.211.120.31])",
              extra=(("Reply-To", addr("Elin Sandqvist", "elin.sandqvist@vindo.se")),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, method="REQUEST", cte="8bit", filename="interview.ics",
                                      disposition="attachment")))


@make.mail(name(16), family="goodtime", lang=EN, interview=True, kind="scheduled",
           start=utc("2026-11-19 10:00", LA), end=utc("2026-11-19 13:15", LA),
           local="Thu 2026-11-19 10:00", local_end="2026-11-19 13:15", zone=LA,
           contact="marisa.tanaka@quarrystone.io", company="Quarrystone Data",
           note="GoodTime virtual-onsite itinerary, three sessions on Thu 19 Nov in PST (after DST): 10:00 AM "
                "first start -> 18:00Z, 1:15 PM last end -> 21:15Z; contact = Reply-To coordinator")
def p16() -> bytes:
    body = t("""
        Hi Marcus,

        Your virtual onsite with Quarrystone Data is confirmed. Here is your itinerary (all times Pacific Standard Time):

        Thursday, November 19, 2026

        10:00 AM - 10:45 AM   Data modeling deep dive - Rahul Venkataraman, Staff Engineer
        11:00 AM - 11:45 AM   Pipeline design / system design - Beatriz Lowe, Engineering Manager
        11:45 AM - 12:30 PM   Break
        12:30 PM - 1:15 PM    Values & collaboration - Curtis Amankwah, VP Engineering

        All sessions use the same Zoom room: https://quarrystone.zoom.us/j/81244507713

        Individual calendar invitations will arrive from each interviewer. If you need accommodations or anything changes on your end, reply here and I'll take care of it.

        Looking forward to it!
        Marisa Tanaka
        Recruiting Coordinator, Quarrystone Data
        """)
    h = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#202124">
        <p>Hi Marcus,</p>
        <p>Your virtual onsite with Quarrystone Data is confirmed. Here is your itinerary (all times Pacific Standard Time):</p>
        <p><b>Thursday, November 19, 2026</b></p>
        <table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px">
        <tr style="background:#f1f3f4"><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Data modeling deep dive</td><td>Rahul Venkataraman, Staff Engineer</td></tr>
        <tr><td>11:00 AM - 11:45 AM</td><td>Pipeline design / system design</td><td>Beatriz Lowe, Engineering Manager</td></tr>
        <tr><td>11:45 AM - 12:30 PM</td><td>Break</td><td></td></tr>
        <tr><td>12:30 PM - 1:15 PM</td><td>Values &amp; collaboration</td><td>Curtis Amankwah, VP Engineering</td></tr>
        </table>
        <p>All sessions use the same Zoom room: <a href="https://quarrystone.zoom.us/j/81244507713">https://quarrystone.zoom.us/j/81244507713</a></p>
        <p>Individual calendar invitations will arrive from each interviewer. If you need accommodations or anything changes on your end, reply here and I&#39;ll take care of it.</p>
        <p>Looking forward to it!<br>Marisa Tanaka<br>Recruiting Coordinator, Quarrystone Data</p>
        <img src="https://t.goodtime.io/o/7f3a9c1e2b.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = hdrs(addr("Marisa Tanaka (Quarrystone Data)", "scheduling@mail.goodtime.io"),
              "Your Quarrystone Data virtual onsite - Thursday, November 19",
              "2026-11-12 15:22:40", LA, "<20261112232240.18d4f7a2c9@mail.goodtime.io>",
              "from o7.mail.goodtime.io (o7.mail.goodtime.io [168.245.37.19])",
              extra=(("Reply-To", addr("Marisa Tanaka", "marisa.tanaka@quarrystone.io")),))
    return message(hs, alt(text(body), html(h)))


@make.mail(name(17), family="google_calendar", lang=EN, interview=True, kind="rescheduled",
           start=utc("2026-10-09 10:30", LA), end=utc("2026-10-09 11:30", LA),
           local="Fri 2026-10-09 10:30", local_end="2026-10-09 11:30", zone=LA,
           contact="ingrid.solberg@fernhollow.com", company="Fernhollow Software",
           days=(("Wed", "2026-10-07"),),
           note="Google Calendar 'Updated invitation' (same UID, SEQUENCE:1) moving the Fernhollow interview from "
                "Wed 7 Oct 11am to Fri 9 Oct 10:30-11:30am PDT -> 17:30Z-18:30Z; contact = ORGANIZER")
def p17() -> bytes:
    body = t("""
        This event has been changed.

        Marcus Delgado / Fernhollow – Data Platform Engineer interview
        Changed: Friday Oct 9, 2026 ⋅ 10:30am – 11:30am (Pacific Time - Los Angeles)

        Moving us from Wed 10/7 at 11 – Teodor is out sick this week and I'd like him in the room. Sorry for the shuffle, Marcus! Same Meet link.

        Join with Google Meet
        meet.google.com/fhw-ocsk-gyt

        Organizer
        Ingrid Solberg
        ingrid.solberg@fernhollow.com

        Guests
        Ingrid Solberg - organizer
        marcus.delgado@example.org
        teodor.vasile@fernhollow.com

        Reply for marcus.delgado@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NWhrM2Z0cTBqZG1zOG9qdWg0&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NWhrM2Z0cTBqZG1zOG9qdWg0&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NWhrM2Z0cTBqZG1zOG9qdWg0&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
        """)
    h = paras(body, "font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043")
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        %VTZ%
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20261009T103000
        DTEND;TZID=America/Los_Angeles:20261009T113000
        DTSTAMP:{stamp("2026-10-05 16:40:12", LA)}
        ORGANIZER;CN=Ingrid Solberg:mailto:ingrid.solberg@fernhollow.com
        UID:5hk3ftq0jdms8ojuh4a1r2c9bo@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ingrid Solberg;X-NUM-GUESTS=0:mailto:ingrid.solberg@fernhollow.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.delgado@example.org;X-NUM-GUESTS=0:mailto:marcus.delgado@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=teodor.vasile@fernhollow.com;X-NUM-GUESTS=0:mailto:teodor.vasile@fernhollow.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/fhw-ocsk-gyt
        CREATED:20261001T200538Z
        DESCRIPTION:Moving us from Wed 10/7 at 11 – Teodor is out sick this week.
        LAST-MODIFIED:20261005T234012Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Marcus Delgado / Fernhollow – Data Platform Engineer interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("%VTZ%", VTZ_LA)
    subj = ("Updated invitation: Marcus Delgado / Fernhollow – Data Platform Engineer interview @ "
            "Fri Oct 9, 2026 10:30am - 11:30am (PDT) (marcus.delgado@example.org)")
    hs = hdrs(addr("Ingrid Solberg", "ingrid.solberg@fernhollow.com"), subj,
              "2026-10-05 16:40:12", LA, "<calendar-0b7e5c91-3d2f-4a86-9e14-7f5a2c8d1b63@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "ingrid.solberg@fernhollow.com")))
    return message(hs, mixed(alt(text(body, cte="base64"), html(h, cte="base64"),
                                 calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(name(18), family="human_prose", lang=EN, interview=True, kind="rescheduled",
           start=utc("2026-10-09 14:30", LA), end=utc("2026-10-09 15:30", LA),
           local="Fri 2026-10-09 14:30", local_end="2026-10-09 15:30", zone=LA,
           contact="renee.okafor@capvalleyhealth.org", company="Capitol Valley Health",
           days=(("Thu", "2026-10-08"),),
           note="Hospital recruiter moves the Workday-booked panel: old 'Thursday 10/8 at 2:00', new 'Friday 10/9, "
                "2:30 to 3:30 PM' PDT -> 21:30Z-22:30Z; iso-8859-1 quoted-printable, RFC 2047 sender name; "
                "contact = human sender")
def p18() -> bytes:
    body = t("""
        Hi Marcus,

        I'm so sorry to do this, but Dr. Sarkar has been pulled into our Joint Commission survey prep on Thursday afternoon, and I don't want you to meet the panel without him. Since you mentioned Fridays are easy for you, I've moved your interview from Thursday 10/8 at 2:00 to Friday 10/9, 2:30 to 3:30 PM. Same place (2315 J Street, 4th floor) and same panel.

        You'll get an updated confirmation from Workday shortly. If the new time is a problem, just call or text me and we'll figure something out.

        Thanks for understanding!

        Renée

        Renée Okafor | Talent Acquisition Partner
        Capitol Valley Health
        2315 J Street, Sacramento, CA 95816
        (916) 555-0172 | renee.okafor@capvalleyhealth.org
        """)
    hs = hdrs(addr("Okafor, Renée", "renee.okafor@capvalleyhealth.org", charset="iso-8859-1"),
              "Interview moved to Friday 10/9 - Capitol Valley Health",
              "2026-10-05 08:55:03", LA,
              "<DM6PR17MB3961B1F2C3D4E5A6B7C8D9E0F1A2B@DM6PR17MB3961.namprd17.prod.outlook.com>",
              "from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2117.outbound.protection.outlook.com [40.107.243.117])",
              extra=(("Importance", "high"), ("X-Priority", "1")))
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(name(19), family="exchange_outlook", lang=EN, interview=True, kind="rescheduled",
           start=utc("2026-10-22 13:30", LA), end=utc("2026-10-22 14:15", LA),
           local="Thu 2026-10-22 13:30", local_end="2026-10-22 14:15", zone=LA,
           contact="bernadette.hollis@dgws.ca.gov", company="California Department of Groundwater Stewardship",
           days=(("Tue", "2026-10-20"),),
           note="Outlook 'Updated' meeting (SEQUENCE 1) moving the state panel from Tue 20 Oct 9:00 a.m. to Thu 22 "
                "Oct 1:30-2:15 PM PDT -> 20:30Z-21:15Z; the When line's '(UTC-08:00)' is the zone's standard "
                "label; ICS TZID Pacific Standard Time; contact = organizer / sender")
def p19() -> bytes:
    body = t("""
        When: Thursday, October 22, 2026 1:30 PM-2:15 PM (UTC-08:00) Pacific Time (US & Canada).
        Where: 715 P Street, 9th Floor, Conference Room 9-112

        Good morning Mr. Delgado,

        Due to a scheduling conflict for one of the panel members, your interview originally scheduled for Tuesday, October 20 at 9:00 a.m. has been moved to Thursday, October 22 at 1:30 p.m. The location is unchanged. Please accept the updated invitation, or reply if the new time does not work for you.

        We apologize for any inconvenience.

        Bernadette Hollis
        Associate Personnel Analyst - Selection Services
        Department of Groundwater Stewardship
        (916) 555-0138

        CONFIDENTIALITY NOTICE: This communication with its contents may contain confidential and/or legally privileged information. It is solely for the use of the intended recipient(s).
        """)
    h = paras(body, "font-family:Calibri,sans-serif;font-size:11pt")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %VTZ%
        BEGIN:VEVENT
        ORGANIZER;CN="Hollis, Bernadette@DGWS":mailto:Bernadette.Hollis@dgws.ca.gov
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.delgado@example.org:mailto:marcus.delgado@example.org
        DESCRIPTION;LANGUAGE=en-US:Good morning Mr. Delgado\\,\\n\\nDue to a scheduling conflict for one of the panel members\\, your interview has been moved.\\n
        UID:040000008200E00074C5B7101A82E00800000000F1A3C5E7B961DD01000000000000000010000000C3D5E7F90A1B2C3D4E5F60718293A4B5
        SUMMARY;LANGUAGE=en-US:Hiring Interview - ITS II (Data Engineering) - M. Delgado
        DTSTART;TZID=Pacific Standard Time:20261022T133000
        DTEND;TZID=Pacific Standard Time:20261022T141500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261019T151022Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:715 P Street\\, 9th Floor\\, Conference Room 9-112
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTSEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1893220417
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """).replace("%VTZ%", VTZ_PST)
    subj = "Updated: Hiring Interview - ITS II (Data Engineering) - M. Delgado"
    hs = hdrs('"Hollis, Bernadette@DGWS" <Bernadette.Hollis@dgws.ca.gov>', subj,
              "2026-10-19 08:10:22", LA,
              "<CY4PR09MB2213D7A6E5F4C3B2A1908F7E6D5C4@CY4PR09MB2213.namprd09.prod.outlook.com>",
              "from GCC02-DM3-obe.outbound.protection.outlook.com (mail-dm3gcc02on2110.outbound.protection.outlook.com [40.107.91.110])",
              extra=(("Thread-Topic", subj), ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(h), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(name(20), family="taleo", lang=EN, interview=True, kind="rescheduled",
           start=utc("2026-12-02 15:00", CHI), end=utc("2026-12-02 16:00", CHI),
           local="Wed 2026-12-02 15:00", local_end="2026-12-02 16:00", zone=CHI,
           contact="gretchen.albers@heartlandgrain.com", company="Heartland Grain Exchange",
           days=(("Tue", "2026-12-01"),),
           note="Taleo HTML-only notice (iso-8859-1 QP) from a Kansas City firm: old 'Tuesday, December 1, 2026 at "
                "11:00 AM CST', new 'Wednesday, December 2, 2026 3:00 PM CST - 4:00 PM CST' -> 21:00Z-22:00Z; "
                "contact = recruiter address in the body")
def p20() -> bytes:
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body>
        <font face="Arial" size="2">
        <p>Dear Marcus Delgado,</p>
        <p>Your interview for the position of <b>Senior Data Engineer - Market Data (Requisition 2600481)</b>, originally scheduled for Tuesday, December 1, 2026 at 11:00 AM CST, has been rescheduled.</p>
        <p><b>New interview date and time:</b><br>
        Wednesday, December 2, 2026<br>
        3:00 PM CST - 4:00 PM CST</p>
        <p><b>Format:</b> Video interview (Microsoft Teams). The meeting link will be sent separately by the hiring team.</p>
        <p><b>Interviewers:</b> Raymond Schaefer, Director of Trading Technology; Lupe Castañeda, Data Engineering Lead</p>
        <p>If this time does not work for you, please contact your recruiter Gretchen Albers at <a href="mailto:gretchen.albers@heartlandgrain.com">gretchen.albers@heartlandgrain.com</a> or 816-555-0190.</p>
        <p>Regards,<br>
        Heartland Grain Exchange Talent Acquisition<br>
        4800 Main Street, Kansas City, MO 64112</p>
        <p><font size="1" color="#808080">Please do not reply to this automated email. This mailbox is not monitored.</font></p>
        </font>
        </body></html>
        """)
    hs = hdrs(addr("Heartland Grain Exchange", "heartlandgrain@taleo.net"),
              "Interview Rescheduled - Senior Data Engineer - Market Data (2600481)",
              "2026-11-23 09:40:17", CHI, "<1187462091.1184.1795448417215.JavaMail.taleo@phx2tc1-mail07.taleo.net>",
              "from phx2tc1-mail07.taleo.net (phx2tc1-mail07.taleo.net [160.34.13.87])")
    return message(hs, html(h, charset="iso-8859-1"))


@make.mail(name(21), family="calendly", lang=EN, interview=True, kind="cancelled",
           start=utc("2026-10-15 09:00", LA), end=utc("2026-10-15 09:45", LA),
           local="Thu 2026-10-15 09:00", local_end="2026-10-15 09:45", zone=LA,
           contact="owen@kestrelgrid.com", company="Kestrel Grid",
           note="Calendly cancellation by the host (req paused), METHOD:CANCEL ICS in UTC; cancelled slot "
                "'09:00am - 09:45am (Pacific Time - US & Canada) on Thursday, October 15, 2026' -> 16:00Z-16:45Z; "
                "no new time; contact = Reply-To host")
def p21() -> bytes:
    body = t("""
        Hi Marcus Delgado,

        Owen Castellanos canceled the event below.

        Event Type:
        Hiring Manager Interview - Analytics Engineer

        Event Date/Time:
        09:00am - 09:45am (Pacific Time - US & Canada) on Thursday, October 15, 2026

        Canceled by:
        Owen Castellanos

        Reason for canceling:
        Really sorry Marcus - our board paused the Analytics Engineer req this morning until the Series B closes. I'll reach out as soon as it reopens, hopefully before the holidays.

        Powered by Calendly.com
        """)
    h = paras(body, "font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055")
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTAMP:{stamp("2026-10-14 07:50:31", LA)}
        UID:5d0a3e7c-91b2-4f6e-8c1d-2a7b9e4f3c60@calendly.com
        DTSTART:20261015T160000Z
        DTEND:20261015T164500Z
        SUMMARY:Canceled: Marcus Delgado and Owen Castellanos
        ORGANIZER;CN=Owen Castellanos:mailto:owen@kestrelgrid.com
        ATTENDEE;CN=Marcus Delgado;ROLE=REQ-PARTICIPANT:mailto:marcus.delgado@example.org
        STATUS:CANCELLED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdrs(addr("Calendly", "notifications@calendly.com"),
              "Canceled: Hiring Manager Interview - Analytics Engineer with Owen Castellanos on Thursday, October 15, 2026",
              "2026-10-14 07:50:31", LA, "<5d0a3e7c91b24f6e.20261014145031.cancel.calendly@mail.calendly.com>",
              "from o3.mail.calendly.com (o3.mail.calendly.com [149.72.134.64])",
              extra=(("Reply-To", addr("Owen Castellanos", "owen@kestrelgrid.com")),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, method="CANCEL", filename="invite.ics", disposition="attachment",
                                      ctype="application/ics")))


@make.mail(name(22), family="human_prose", lang=EN, interview=True, kind="cancelled",
           start=utc("2026-10-22 15:00", LA), end=None,
           local="Thu 2026-10-22 15:00", zone=LA,
           contact="alana.rw@marisolmedia.com", company="Marisol Media",
           note="LA recruiter cancels Thursday's 3:00 (PDT) interview because the req was frozen; no new time "
                "offered; the quoted confirmation gives 'Oct 22, 2026 03:00 PM Pacific' -> cancelled slot 22:00Z; "
                "contact = human sender")
def p22() -> bytes:
    body = t("""
        Hi Marcus,

        I really hate sending this one. Late this afternoon leadership froze the Data Engineering req as part of the Q4 budget review, so we have to cancel Thursday's 3:00 interview with Hector. I'm so sorry - I know you'd already blocked the time and done prep.

        I don't have a new date to offer you right now. If the req comes back in January (which Hector is pushing for), you'll be my first call, and I'd be glad to keep you in mind for anything else that opens up in the meantime.

        Thank you for being so gracious through all of this.

        Alana

        On Fri, Oct 16, 2026 at 11:02 AM Alana Reyes-Whitfield <alana.rw@marisolmedia.com> wrote:
        > Hi Marcus,
        >
        > Thanks for being so flexible! Confirming your interview with Hector Ibarra (Director of Data Engineering) next Thursday at 3:00 PM PT. Zoom details are below.
        >
        > Topic: Marcus Delgado | Marisol Media - Data Engineering Interview
        > Time: Oct 22, 2026 03:00 PM Pacific Time (US and Canada)
        """)
    hs = hdrs(addr("Alana Reyes-Whitfield", "alana.rw@marisolmedia.com"),
              "Re: Interview confirmed - Marisol Media (Thu 10/22)",
              "2026-10-20 17:30:55", LA, "<CAF3kq9RxT8eW2nY5mK1pLsA0dBv7HcQ3uJf@mail.gmail.com>",
              "from mail-yw1-f173.google.com (mail-yw1-f173.google.com [209.85.128.173])",
              extra=(("In-Reply-To", "<CAF3kq9Rw2mX7tPzN0b5LhQe1vYs8DcU4jGa@mail.gmail.com>"),
                     ("References", "<CAF3kq9Rw2mX7tPzN0b5LhQe1vYs8DcU4jGa@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(name(23), family="google_calendar", lang=EN, interview=True, kind="cancelled",
           start=utc("2026-12-07 14:00", LA), end=utc("2026-12-07 15:00", LA),
           local="Mon 2026-12-07 14:00", local_end="2026-12-07 15:00", zone=LA,
           contact="hugo.ferreira@alderpoint.com", company="Alder Point Analytics",
           note="Google Calendar 'Canceled event with note' (METHOD:CANCEL, STATUS:CANCELLED); cancelled slot Mon 7 "
                "Dec 2pm-3pm PST -> 22:00Z-23:00Z; hiring paused until January, no new time; contact = ORGANIZER")
def p23() -> bytes:
    body = t("""
        Hugo Ferreira has canceled this event and sent a note:
        "Marcus – I'm sorry, we need to cancel Monday. Our anchor client pushed the project start to Q2 and we're pausing this hire until January. I'll reach out then if it reopens."

        Second interview – Marcus Delgado (Alder Point Analytics)
        Monday Dec 7, 2026 ⋅ 2pm – 3pm (Pacific Time - Los Angeles)

        Organizer
        Hugo Ferreira
        hugo.ferreira@alderpoint.com

        Guests
        Hugo Ferreira - organizer
        marcus.delgado@example.org
        priscilla.wen@alderpoint.com

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    h = paras(body, "font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043")
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        %VTZ%
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20261207T140000
        DTEND;TZID=America/Los_Angeles:20261207T150000
        DTSTAMP:{stamp("2026-12-03 09:15:27", LA)}
        ORGANIZER;CN=Hugo Ferreira:mailto:hugo.ferreira@alderpoint.com
        UID:1q9v7c3k2m8s0t4h6b5n0d7e2f@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=marcus.delgado@example.org;X-NUM-GUESTS=0:mailto:marcus.delgado@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=priscilla.wen@alderpoint.com;X-NUM-GUESTS=0:mailto:priscilla.wen@alderpoint.com
        CREATED:20261124T190211Z
        DESCRIPTION:
        LAST-MODIFIED:20261203T171527Z
        LOCATION:Alder Point Analytics\\, 1020 10th St\\, Sacramento\\, CA 95814
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Second interview – Marcus Delgado (Alder Point Analytics)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("%VTZ%", VTZ_LA)
    subj = ("Canceled event with note: Second interview – Marcus Delgado (Alder Point Analytics) @ "
            "Mon Dec 7, 2026 2pm - 3pm (PST) (marcus.delgado@example.org)")
    hs = hdrs(addr("Hugo Ferreira", "hugo.ferreira@alderpoint.com"), subj,
              "2026-12-03 09:15:27", LA, "<calendar-8c4a2e17-6b90-4d3f-a5c1-e2f7d9b04a86@google.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "hugo.ferreira@alderpoint.com")))
    return message(hs, mixed(alt(text(body, cte="base64"), html(h, cte="base64"),
                                 calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# =========================================================================== negatives


def pdf_part(filename: str, title: str) -> make.Part:
    """A small stand-in PDF attachment (base64, CRLF lines)."""
    import base64

    raw = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           f"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
           f"3 0 obj << /Title ({title}) >> endobj\ntrailer << /Root 1 0 R /Info 3 0 R >>\n%%EOF\n").encode()
    body = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    return make.Part([("Content-Type", f'application/pdf; name="{filename}"'),
                      ("Content-Disposition", f'attachment; filename="{filename}"'),
                      ("Content-Transfer-Encoding", "base64")], body)


@make.mail(name(24), family="rejection", lang=EN, interview=False, company="Tulefield EV",
           note="Greenhouse rejection after the technical screen; mentions the past interview, nothing scheduled")
def n24() -> bytes:
    body = t("""
        Hi Marcus,

        Thank you for taking the time to interview with us for the Data Engineer, Battery Analytics role, and for the thoughtful conversation with Priyanka.

        After a lot of discussion, we've decided to move forward with candidates whose experience more closely matches what the team needs right now, particularly around embedded telemetry from vehicle fleets.

        This was a hard call. We'd love to stay in touch, and we'll keep your profile on file for future Data roles at Tulefield.

        Best of luck with your search,
        Dana Whitcomb
        Recruiting Coordinator | Tulefield EV
        """)
    hs = hdrs(addr("Dana Whitcomb", "no-reply@us.greenhouse-mail.io"),
              "Your application to Tulefield EV", "2026-09-29 10:12:45", LA,
              "<0100019239e4c0a7-2b7e9d1f-4c6a-48f2-b3e0-7a5d1c9f8e26-000000@email.amazonses.com>",
              "from a27-44.smtp-out.us-west-2.amazonses.com (a27-44.smtp-out.us-west-2.amazonses.com [54.240.27.44])",
              extra=(("X-Mailer", "Greenhouse"),))
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(name(25), family="offer", lang=EN, interview=False, company="Sierra Loam Analytics",
           days=(("Mon", "2026-11-02"), ("Fri", "2026-10-09")),
           note="Offer letter after the interviews; start date and signing deadline are dates, and the call with Hank "
                "is only offered ('if you'd like'), nothing scheduled")
def n25() -> bytes:
    body = t("""
        Hi Marcus,

        I'm thrilled to share that the team would like to offer you the Senior Data Engineer position at Sierra Loam Analytics! Everyone who interviewed you came away impressed, and Hank in particular is excited about what you could do with our soil-moisture ingestion work.

        Your offer letter is attached. A few highlights:

        - Base salary: $168,000
        - Equity: 9,000 options, four-year vest with a one-year cliff
        - Start date: Monday, November 2, 2026 (remote, with a trip to Reno for onboarding week)

        We'd ask you to sign by Friday, October 9. If you'd like to talk through anything, Hank is happy to jump on a call early next week - just tell me what works for you.

        Congratulations!

        Jolene Pruitt
        People & Talent, Sierra Loam Analytics
        jolene@sierraloam.com | (775) 555-0186
        """)
    hs = hdrs(addr("Jolene Pruitt", "jolene@sierraloam.com"), "Offer - Senior Data Engineer, Sierra Loam Analytics",
              "2026-10-02 16:05:38", LA, "<CAOq8nLw3pT1sZ0cM9hB2vYf6dKe4Rj7UxGa@mail.gmail.com>",
              "from mail-oi1-f180.google.com (mail-oi1-f180.google.com [209.85.167.180])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             pdf_part("Sierra Loam - Offer Letter - M Delgado.pdf", "Offer Letter")))


@make.mail(name(26), family="application_ack", lang=EN, interview=False, company="Lindenhof Data GmbH",
           note="JOIN application receipt from a Berlin company hiring remotely; 'we'll invite you to an interview' "
                "is conditional")
def n26() -> bytes:
    body = t("""
        Hi Marcus,

        Thank you for your application as Senior Data Engineer (Remote, US time zones) at Lindenhof Data GmbH!

        We have received your documents and the team will review them carefully. You can expect to hear from us within the next two weeks. If your profile is a match, we'll invite you to a first interview with our Head of Engineering.

        Kind regards,
        Your Lindenhof Data Team

        ---
        This email was sent via JOIN. Manage your applications at https://join.com/candidate
        JOIN Solutions AG, Hardturmstrasse 253, 8005 Zürich, Switzerland
        """)
    hs = hdrs(addr("Lindenhof Data GmbH via JOIN", "noreply@join.com"),
              "Your application as Senior Data Engineer (Remote, US time zones)",
              "2026-09-08 23:41:06", "Europe/Berlin", "<20260908214106.7a3c.join-mailer@join.com>",
              "from mail20.join.com (mail20.join.com [18.194.42.201])")
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(name(27), family="rejection", lang=EN, interview=False, company="Hafenblick Software GmbH",
           note="softgarden rejection (never interviewed); English from a Hamburg company")
def n27() -> bytes:
    body = t("""
        Dear Marcus Delgado,

        Thank you very much for your interest in Hafenblick Software and for your application as Data Engineer (f/m/d) - Remote.

        We have now carefully reviewed all applications. Unfortunately, we are unable to consider you further at this time, as we have decided in favour of candidates whose profiles better match the requirements of the position (in particular, working hours overlapping with Central European Time).

        We wish you all the best and every success for your professional future.

        Kind regards,
        Svenja Albrecht
        People Team - Hafenblick Software GmbH

        Please do not reply to this email. This message was generated by softgarden.
        """)
    hs = hdrs(addr("Hafenblick Software GmbH", "no-reply@softgarden.io"),
              "Your application as Data Engineer (f/m/d) - Remote", "2026-10-26 09:17:22", "Europe/Berlin",
              "<6f1a0c2e-8b5d-4e93-a7c4-1d2e3f4a5b6c@softgarden.io>",
              "from mout.softgarden.io (mout.softgarden.io [185.24.219.10])")
    return message(hs, text(body, charset="iso-8859-15"))


@make.mail(name(28), family="job_alert", lang=EN, interview=False, company=None,
           note="Job-board daily digest; 'Interviewing now' and 'Virtual interview' badges confirm nothing")
def n28() -> bytes:
    body = t("""
        CapitolJobs - 6 new jobs for "data engineer" near Sacramento, CA

        Data Engineer II - Placer County Water Agency Partners
        Auburn, CA · $112K - $138K · Interviewing now
        https://capitoljobs.example.com/j/88120

        Senior Data Engineer - Redbud Health Network
        Sacramento, CA (Hybrid) · Be an early applicant
        https://capitoljobs.example.com/j/88134

        Analytics Engineer - Foothill Solar Cooperative
        Remote (CA) · Virtual interview · Easy Apply
        https://capitoljobs.example.com/j/88141

        Data Platform Engineer - Stanislaus Fresh Foods
        Modesto, CA · $125K - $150K
        https://capitoljobs.example.com/j/88152

        Lead Data Engineer - Tahoe Peak Outdoors
        Reno, NV · Interviewing this week
        https://capitoljobs.example.com/j/88157

        Data Engineer - Delta Levee Authority
        West Sacramento, CA · Posted 2 hours ago
        https://capitoljobs.example.com/j/88163

        You're receiving this alert because you subscribed on capitoljobs.example.com.
        Manage alerts: https://capitoljobs.example.com/alerts | Unsubscribe: https://capitoljobs.example.com/u/3f9a
        """)
    hs = hdrs(addr("CapitolJobs Alerts", "alerts@capitoljobs.example.com"),
              "6 new data engineer jobs near Sacramento, CA", "2026-09-10 06:02:11", LA,
              "<alert.20260910.3f9a7c1e@capitoljobs.example.com>",
              "from smtp-out3.capitoljobs.example.com (smtp-out3.capitoljobs.example.com [203.0.113.55])",
              extra=(("List-Unsubscribe", "<https://capitoljobs.example.com/u/3f9a>, <mailto:unsub-3f9a@capitoljobs.example.com>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(name(29), family="newsletter_tips", lang=EN, interview=False, company=None,
           days=(("Thu", "2026-11-12"),),
           note="Substack newsletter post about preparing for data-engineering interviews; the only fixed time is a "
                "subscriber live Q&A")
def n29() -> bytes:
    body = t("""
        The Pipeline Dispatch
        How I prepped for 11 data engineering interviews in six weeks

        Last spring I was laid off from a state contractor and spent six weeks interviewing almost full time. Here is what actually moved the needle.

        1. Treat the recruiter screen as an interview. Half my "no"s came from the first 20 minutes, usually because I couldn't explain my last pipeline in two sentences.

        2. Bring a design you've already drawn. For system-design rounds I reused the same late-arriving-data diagram in five interviews. Nobody minded.

        3. Ask who you're meeting. When the confirmation email names the panel, look them up - one interviewer had written the exact Airflow plugin we ended up discussing.

        4. Follow up within a day. A two-line thank-you that mentions something specific beats a long generic one.

        Paid subscribers: join me for a live Q&A on Thursday, November 12 at 5 PM Pacific - bring your interview war stories.

        Unsubscribe https://pipelinedispatch.substack.com/action/disable_email
        """)
    hs = hdrs(addr("The Pipeline Dispatch", "pipelinedispatch@substack.com"),
              "How I prepped for 11 data engineering interviews in six weeks", "2026-11-03 07:30:04", LA,
              "<20261103153004.3.9b7e1a2c4d6f8e0a@mg1.substack.com>",
              "from mg1.substack.com (mg1.substack.com [198.61.254.11])",
              extra=(("List-Unsubscribe", "<https://pipelinedispatch.substack.com/action/disable_email>"),
                     ("List-Id", "<pipelinedispatch.substack.com>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(paras(body, "font-family:Georgia,serif;font-size:17px;color:#363737"))))


@make.mail(name(30), family="scheduling_link", lang=EN, interview=False, company="Copperline Payments",
           days=(("Mon", "2026-11-16"), ("Fri", "2026-11-20")),
           note="Recruitee self-scheduling request: the candidate is asked to pick a slot, no time chosen yet")
def n30() -> bytes:
    body = t("""
        Hi Marcus,

        Thanks for applying for the Data Engineer, Risk Platform role at Copperline Payments. We'd like to invite you to a 30-minute first interview with Nkechi Adeyemi from our Risk Data team.

        Please pick a time that works for you using the link below. Open slots run from Monday, November 16 to Friday, November 20, between 9:00 AM and 4:00 PM Pacific.

        Choose your interview time: https://copperline.recruitee.com/o/data-engineer-risk/schedule/c8f2e1

        Once you've booked, you'll receive a confirmation with the video link.

        Cheers,
        The Copperline Talent Team
        Portland, OR
        """)
    hs = hdrs(addr("Copperline Payments", "no-reply@recruitee.com"),
              "Pick a time for your interview with Copperline Payments", "2026-11-09 13:48:29", LA,
              "<recruitee.msg.5521893.c8f2e1@recruitee.com>",
              "from mail-out2.recruitee.com (mail-out2.recruitee.com [52.29.177.201])")
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(name(31), family="recruiter_outreach", lang=EN, interview=False, company="Keystone Talent Partners",
           note="Agency recruiter cold outreach; asks for 15 minutes 'this week' with a calendar link, nothing fixed")
def n31() -> bytes:
    body = t("""
        Hi Marcus,

        Trevor with Keystone Talent Partners here - I came across your profile and your work on the state's open-data pipelines caught my eye.

        I'm working on a Staff Data Engineer search for one of the largest utilities in Southern California (hybrid, 2 days/week in downtown LA, $185-215K + bonus). They're modernizing their outage and grid telemetry platform and want someone who has dealt with public-sector data governance.

        Would you have 15 minutes this week for a quick intro call? You can grab any open time here: https://calendly.com/trevor-keystone/15min - or just reply with a few times that work.

        Thanks,
        Trevor Blaine
        Senior Recruiter, Data & Analytics
        Keystone Talent Partners | Los Angeles
        (213) 555-0166
        """)
    hs = hdrs(addr("Trevor Blaine", "trevor.blaine@keystonetalent.com"), "Staff Data Engineer - LA utility (hybrid)",
              "2026-10-06 09:31:50", LA, "<SA1PR08MB7214F0E1D2C3B4A59687E6D5C4B3A@SA1PR08MB7214.namprd08.prod.outlook.com>",
              "from NAM11-SA1-obe.outbound.protection.outlook.com (mail-sa1nam11on2105.outbound.protection.outlook.com [40.107.220.105])")
    return message(hs, alt(text(body), html(paras(body, "font-family:Aptos,Calibri,sans-serif;font-size:12pt"))))


@make.mail(name(32), family="interview_proposal", lang=EN, interview=False, company="High Desert Logistics",
           days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")),
           note="Workable message proposing two possible times ('Would Tuesday, November 10 at 10:00 AM work? ... "
                "Wednesday the 11th at 2:00 PM is also open'); nothing confirmed yet")
def n32() -> bytes:
    body = t("""
        Hi Marcus,

        Thanks for applying for the Data Engineer role at High Desert Logistics! I'm Aubrey, I handle recruiting for our Reno tech team.

        Our Director of Data, Felipe Arce, would like to set up a 30-minute video call. Would Tuesday, November 10 at 10:00 AM Pacific work for you? If not, Wednesday the 11th at 2:00 PM is also open.

        Let me know which you prefer and I'll send over a calendar invite.

        Thanks!
        Aubrey Kline
        Talent Acquisition, High Desert Logistics

        --
        Reply to this email directly or view the conversation on Workable.
        """)
    hs = hdrs(addr("Aubrey Kline - High Desert Logistics", "noreply@candidates.workablemail.com"),
              "Data Engineer at High Desert Logistics - next step", "2026-11-05 14:20:13", LA,
              "<5f2c9a1e8d7b4.msg.441907@candidates.workablemail.com>",
              "from mail-a.workablemail.com (mail-a.workablemail.com [34.252.65.114])",
              extra=(("Reply-To", "high-desert-logistics+c4f1e27b@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(name(33), family="non_interview_calendar", lang=EN, interview=False, company=None,
           days=(("Tue", "2026-09-29"),),
           note="Doctor's appointment reminder with an ICS: a fixed time, but an annual physical, not an interview")
def n33() -> bytes:
    body = t("""
        Appointment Reminder

        Hello Marcus,

        This is a reminder of your upcoming appointment:

        Tuesday, September 29, 2026 at 8:15 AM
        Anita Choudhury, MD - Internal Medicine
        River City Medical Group - Midtown
        2900 Capitol Ave, Suite 310, Sacramento, CA 95816

        Visit type: Annual physical. Please arrive 15 minutes early and bring your insurance card. Fasting labs: nothing to eat or drink except water after midnight.

        To confirm, reply C. To cancel or reschedule, call (916) 555-0103 at least 24 hours in advance.

        MyRiverCity Patient Portal | Please do not reply to this email with medical questions.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//River City Medical Group//Appointments//EN
        METHOD:PUBLISH
        %VTZ%
        BEGIN:VEVENT
        UID:rcmg-appt-55120987@rivercitymedical.example.com
        DTSTAMP:{stamp("2026-09-24 10:00:00", LA)}
        DTSTART;TZID=America/Los_Angeles:20260929T081500
        DTEND;TZID=America/Los_Angeles:20260929T090000
        SUMMARY:Appointment - Anita Choudhury\\, MD
        LOCATION:2900 Capitol Ave\\, Suite 310\\, Sacramento\\, CA 95816
        END:VEVENT
        END:VCALENDAR
        """).replace("%VTZ%", VTZ_LA)
    hs = hdrs(addr("River City Medical Group", "noreply@rivercitymedical.example.com"),
              "Appointment reminder: Tue Sep 29 at 8:15 AM", "2026-09-24 10:00:00", LA,
              "<appt-55120987.reminder@rivercitymedical.example.com>",
              "from outbound2.rivercitymedical.example.com (outbound2.rivercitymedical.example.com [203.0.113.71])")
    return message(hs, mixed(alt(text(body), html(paras(body))),
                             calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


@make.mail(name(34), family="car_service", lang=EN, interview=False, company=None,
           days=(("Sat", "2026-10-10"),),
           note="Car-service appointment confirmation (HTML only, windows-1252 QP): fixed time, not an interview")
def n34() -> bytes:
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Tahoma,Arial,sans-serif;font-size:13px">
        <h2 style="color:#b31b1b">Arden Way Auto Care</h2>
        <p>Hi Marcus,</p>
        <p>Your service appointment is confirmed – thanks for choosing us!</p>
        <table cellpadding="4" style="font-size:13px">
        <tr><td><b>Date/Time:</b></td><td>Saturday, October 10, 2026 – 7:30 AM drop-off</td></tr>
        <tr><td><b>Vehicle:</b></td><td>2019 Subaru Outback (plate ending …4KT)</td></tr>
        <tr><td><b>Service:</b></td><td>60,000-mile maintenance, brake inspection, cabin air filter</td></tr>
        <tr><td><b>Advisor:</b></td><td>Ray Gutierrez</td></tr>
        <tr><td><b>Estimated pickup:</b></td><td>around 1:00 PM</td></tr>
        </table>
        <p>Need a ride? Our courtesy shuttle covers Arden-Arcade, Carmichael and Midtown. Reply to this email or call (916) 555-0155 to change your appointment.</p>
        <p>Arden Way Auto Care · 2711 Arden Way, Sacramento, CA 95825</p>
        </body></html>
        """)
    hs = hdrs(addr("Arden Way Auto Care", "service@ardenwayauto.example.com"),
              "Appointment Confirmed - Sat 10/10 7:30 AM", "2026-10-06 16:12:05", LA,
              "<20261006231205.19220.ardenway@mailer.shopware-dms.example.com>",
              "from mailer.shopware-dms.example.com (mailer.shopware-dms.example.com [203.0.113.90])")
    return message(hs, html(h, charset="windows-1252"))


@make.mail(name(35), family="non_interview_appointment", lang=EN, interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="School messaging app confirms a parent-teacher conference slot for the candidate's daughter: "
                "fixed time, not a job interview")
def n35() -> bytes:
    body = t("""
        East Portal High School

        Conference confirmed

        Hi Marcus,

        Your parent-teacher conference is booked:

        Student: Sofia Delgado (Grade 10)
        Teacher: Ms. Renata Harlan - AP Chemistry
        When: Thursday, November 19, 2026, 4:15 PM - 4:30 PM
        Where: Room B-14 (or by phone if you selected "call me")

        Conference week has minimum days, so dismissal is at 12:25 PM Monday through Friday.

        To change your slot, open the SchoolLink app > Conferences.

        Sent by East Portal High School via SchoolLink. Do not reply.
        """)
    hs = hdrs(addr("East Portal High School via SchoolLink", "noreply@schoollink.example.com"),
              "Conference confirmed: Ms. Harlan, Thu Nov 19 4:15 PM", "2026-11-10 19:44:52", LA,
              "<conf.88231.20261111034452@schoollink.example.com>",
              "from mta3.schoollink.example.com (mta3.schoollink.example.com [203.0.113.132])")
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(name(36), family="team_event", lang=EN, interview=False, company=None,
           days=(("Fri", "2026-12-11"),),
           note="Google Calendar invitation from a co-worker at the candidate's current job: team holiday lunch, "
                "fixed time, not an interview")
def n36() -> bytes:
    body = t("""
        OSD Data team holiday lunch 🎄
        Friday Dec 11, 2026 ⋅ 12pm – 1:30pm (Pacific Time - Los Angeles)

        Sending to personal emails since the state calendar won't let me invite the contractors. Reservation is under Patel for 14. Ugly sweaters encouraged, white elephant gift limit $20!

        Location
        Zocalo Midtown, 1801 Capitol Ave, Sacramento, CA 95811

        Organizer
        Jasmine Patel
        jasmine.patel.sac@example.com

        Reply for marcus.delgado@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=MmF0aGg5&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=MmF0aGg5&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=MmF0aGg5&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        %VTZ%
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20261211T120000
        DTEND;TZID=America/Los_Angeles:20261211T133000
        DTSTAMP:{stamp("2026-11-30 12:03:40", LA)}
        ORGANIZER;CN=Jasmine Patel:mailto:jasmine.patel.sac@example.com
        UID:2athh9c0l4q6m1r7s3u5v8w2xk@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.delgado@example.org;X-NUM-GUESTS=0:mailto:marcus.delgado@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:OSD Data team holiday lunch 🎄
        LOCATION:Zocalo Midtown\\, 1801 Capitol Ave\\, Sacramento\\, CA 95811
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("%VTZ%", VTZ_LA)
    subj = ("Invitation: OSD Data team holiday lunch 🎄 @ Fri Dec 11, 2026 12pm - 1:30pm (PST) "
            "(marcus.delgado@example.org)")
    hs = hdrs(addr("Jasmine Patel", "jasmine.patel.sac@example.com"), subj,
              "2026-11-30 12:03:40", LA, "<calendar-3e9b7d15-2c4a-4f81-b6e0-9a1d5c7f3e28@google.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "jasmine.patel.sac@example.com")))
    return message(hs, mixed(alt(text(body), html(paras(body)), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(name(37), family="marketing_webinar", lang=EN, interview=False, company=None,
           days=(("Wed", "2026-10-14"),),
           note="Zoom webinar registration 'Acing the State Hiring Interview': a fixed time, but a webinar")
def n37() -> bytes:
    body = t("""
        Hi Marcus,

        Thank you for registering for "Acing the State Hiring Interview: SOQs, Panels and Scoring".

        Please submit any questions to: info@calcareerprep.example.com

        Date & Time: Oct 14, 2026 12:00 PM Pacific Time (US and Canada)

        Join from PC, Mac, iPad, or Android: https://us06web.zoom.us/w/84120773315?tk=Qm9vS2VlcGVy

        Passcode: 305512

        Add to Calendar: https://us06web.zoom.us/webinar/tZ0rc-2rqj8vHtM/ics
        Add to Google Calendar | Add to Yahoo Calendar

        Or One tap mobile:
            +16694449171,,84120773315#,,,,*305512# US

        You can cancel your registration at any time.

        CalCareer Prep - independent coaching for public-sector job seekers (not affiliated with the State of California).
        """)
    hs = hdrs(addr("CalCareer Prep", "no-reply@zoom.us"),
              'Acing the State Hiring Interview Confirmation', "2026-10-07 18:22:14", LA,
              "<FKtq3wW9Qe2Jm7zY0pX4cA@us06web.zoom.us>",
              "from us06-mail.zoom.us (us06-mail.zoom.us [170.114.10.81])",
              extra=(("Reply-To", "info@calcareerprep.example.com"),))
    return message(hs, alt(text(body), html(paras(body, "font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333"))))


@make.mail(name(38), family="mock_interview", lang=EN, interview=False, company=None,
           days=(("Sat", "2026-10-17"),),
           note="Calendly booking with a career coach for a paid mock panel interview: confirmed time, not a job "
                "interview")
def n38() -> bytes:
    body = t("""
        Hi Marcus Delgado,

        Your Mock Interview - Panel Practice (60 min) with Tanya Whitlock at 10:00am (Pacific Time - US & Canada) on Saturday, October 17, 2026 is scheduled.

        Event Type:
        Mock Interview - Panel Practice (60 min)

        Event Date/Time:
        10:00am - 11:00am (Pacific Time - US & Canada) on Saturday, October 17, 2026

        Location:
        Zoom - link will be sent by Tanya the day before.

        Questions:
        Which interview are you preparing for?
        Capitol Valley Health panel (moved) and a state ITS II panel next week. I'd like to practice STAR answers and the "tell me about a conflict" question.

        Payment:
        $95.00 paid via Stripe

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/a71c9e0b-52d4-4f3e-9b18-6e2d0c4f7a35
        Reschedule: https://calendly.com/reschedulings/a71c9e0b-52d4-4f3e-9b18-6e2d0c4f7a35

        Powered by Calendly.com
        """)
    hs = hdrs(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Mock Interview - Panel Practice (60 min) with Tanya Whitlock on Saturday, October 17, 2026",
              "2026-10-11 21:05:47", LA, "<a71c9e0b52d44f3e.20261012040547.calendly@mail.calendly.com>",
              "from o3.mail.calendly.com (o3.mail.calendly.com [149.72.134.64])",
              extra=(("Reply-To", addr("Tanya Whitlock", "tanya@horizoncareercoaching.example.com")),))
    return message(hs, alt(text(body), html(paras(body, "font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055"))))


@make.mail(name(39), family="interviewer_panel", lang=EN, interview=False, company=None,
           days=(("Wed", "2026-11-18"),),
           note="Outlook meeting request at the candidate's current job asking him to sit on a panel interviewing "
                "someone else (reaches the personal inbox through a forwarding rule): he is the interviewer, not "
                "the candidate")
def n39() -> bytes:
    body = t("""
        When: Wednesday, November 18, 2026 10:00 AM-11:00 AM (UTC-08:00) Pacific Time (US & Canada).
        Where: 1325 J St, 17th Floor, Conf Rm Sutter

        Marcus,

        Thanks for agreeing to sit on the panel for the Research Data Analyst II vacancy. Candidate is Joaquin Ramirez (internal transfer from DHCS). Please review the rating sheet and the five standard questions beforehand; you'll ask #3 and #4 (the SQL and data quality scenarios). We'll score together for 10 minutes after he leaves.

        Kim

        Kimberly Nguyen
        Data Platform Section Manager
        California Office of Statewide Data
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %VTZ%
        BEGIN:VEVENT
        ORGANIZER;CN="Nguyen, Kimberly@OSD":mailto:Kimberly.Nguyen@osd.ca.gov
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Delgado, Marcus@OSD":mailto:Marcus.Delgado@osd.ca.gov
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okoye, Chidi@OSD":mailto:Chidi.Okoye@osd.ca.gov
        DESCRIPTION;LANGUAGE=en-US:Panel for the Research Data Analyst II vacancy. Candidate: Joaquin Ramirez.\\n
        UID:040000008200E00074C5B7101A82E008000000007C21E3B5A56EDD01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
        SUMMARY;LANGUAGE=en-US:Interview Panel - RDA II - J. Ramirez
        DTSTART;TZID=Pacific Standard Time:20261118T100000
        DTEND;TZID=Pacific Standard Time:20261118T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261112T183305Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:1325 J St\\, 17th Floor\\, Conf Rm Sutter
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """).replace("%VTZ%", VTZ_PST)
    subj = "Interview Panel - RDA II - J. Ramirez"
    hs = hdrs('"Nguyen, Kimberly@OSD" <Kimberly.Nguyen@osd.ca.gov>', subj, "2026-11-12 10:33:05", LA,
              "<BYAPR09MB3415C2B1A09F8E7D6C5B4A3928170@BYAPR09MB3415.namprd09.prod.outlook.com>",
              "from GCC02-BL0-obe.outbound.protection.outlook.com (mail-bl0gcc02on2131.outbound.protection.outlook.com [40.107.89.131])",
              to='"Delgado, Marcus@OSD" <Marcus.Delgado@osd.ca.gov>',
              extra=(("Cc", '"Okoye, Chidi@OSD" <Chidi.Okoye@osd.ca.gov>'), ("Thread-Topic", subj),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "Marcus.Delgado@osd.ca.gov")))
    return message(hs, alt(text(body), html(paras(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, method="REQUEST", cte="base64")))


@make.mail(name(40), family="auto_reply", lang=EN, interview=False, company="Harrow & Vane Insurance",
           days=(("Mon", "2026-11-09"),),
           note="Out-of-office auto-reply (Auto-Submitted: auto-replied) to the candidate's thank-you note")
def n40() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office through Monday, November 9 with limited access to email. I will respond when I return.

        For urgent recruiting matters, please contact our Talent Acquisition team at TalentAcquisition@harrowvane.com.

        Colleen Mahoney | Senior Technical Recruiter
        Harrow & Vane Insurance
        """)
    hs = hdrs('"Mahoney, Colleen" <CMahoney@harrowvane.com>',
              "Automatic reply: Thank you - conversation with Dev", "2026-11-05 16:02:31", NY,
              "<MN2PR04MB6879A1B2C3D4E5F60718293A4B5C6@MN2PR04MB6879.namprd04.prod.outlook.com>",
              "from NAM04-MW2-obe.outbound.protection.outlook.com (mail-mw2nam04on2121.outbound.protection.outlook.com [40.107.101.121])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "CMahoney@harrowvane.com"),
                     ("In-Reply-To", "<5B3E9A1C-0D2F-4E47-8A6B-C1D9E2F3A4B5@example.org>")))
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@make.mail(name(41), family="bounce", lang=EN, interview=False, company=None,
           note="Delivery-status notification for the candidate's own thank-you note after the onsite (address "
                "typo); the returned headers mention 'Thursday's onsite', nothing scheduled")
def n41() -> bytes:
    human = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <curtis.amankwah@quarrystone.co>: Host or domain name not found. Name service
            error for name=quarrystone.co type=AAAA: Host not found
        """)
    dsn = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4Hq7Zt0k2Lz9xR
        X-Postfix-Sender: rfc822; marcus.delgado@example.org
        Arrival-Date: Fri, 20 Nov 2026 08:14:02 -0800 (PST)

        Final-Recipient: rfc822; curtis.amankwah@quarrystone.co
        Original-Recipient: rfc822;curtis.amankwah@quarrystone.co
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=quarrystone.co type=AAAA: Host not found
        """)
    orig = t("""
        Return-Path: <marcus.delgado@example.org>
        From: Marcus Delgado <marcus.delgado@example.org>
        To: curtis.amankwah@quarrystone.co
        Subject: Thank you - Thursday's onsite
        Date: Fri, 20 Nov 2026 08:14:01 -0800
        Message-ID: <7A2C4E6F-1B3D-4F58-9E0A-2C4D6F8A0B1C@example.org>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8
        """)
    report = make.multipart("report", text(human, charset="us-ascii", cte="7bit"),
                            make.raw_part([("Content-Description", "Delivery report"),
                                           ("Content-Type", "message/delivery-status")], dsn),
                            make.raw_part([("Content-Description", "Undelivered Message Headers"),
                                           ("Content-Type", "text/rfc822-headers")], orig),
                            params="report-type=delivery-status")
    hs = hdrs("MAILER-DAEMON@mx2.example.org (Mail Delivery System)",
              "Undelivered Mail Returned to Sender", "2026-11-20 08:14:04", LA,
              "<20261120161404.4Hq7Zt0k2Lz9xR@mx2.example.org>", "from localhost (localhost [127.0.0.1])",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@make.mail(name(42), family="mailing_list", lang=EN, interview=False, company=None,
           days=(("Wed", "2026-10-14"),),
           note="Meetup mailing-list post (groups.io, List-Id) announcing a mock-interview practice night with a fixed "
                "time: not a job interview")
def n42() -> bytes:
    body = t("""
        Hi all,

        October meetup is on! This month is "Interview Practice Night" - bring a laptop, we'll pair people up for 25-minute mock technical interviews (SQL, pipeline design, a little Python) and then swap. A few hiring managers from around town offered to play interviewer, including folks from two state departments and a couple of startups in Midtown.

        When: Wednesday, October 14, 6:30 PM - 8:30 PM
        Where: Hacker Lab, 2533 R St, Sacramento (pizza from Masullo sponsored by Foothill Solar)

        RSVP on the thread so we can order enough food. If you're hiring, reply off-list and I'll add you to the interviewer list.

        -- Deb (co-organizer)

        _._,_._,_
        Groups.io Links:
        You receive all messages sent to this group.
        View/Reply Online (#1412) | Reply To Group | Reply To Sender | Mute This Topic | New Topic
        Your Subscription | Contact Group Owner | Unsubscribe [marcus.delgado@example.org]
        _._,_._,_
        """)
    hs = hdrs('"Deb Kowalski via groups.io" <debk=example.net@groups.io>',
              "[sacdata] October meetup: Interview Practice Night (Wed 10/14)", "2026-10-02 20:11:37", LA,
              "<1412.1791000697.9cXwQ2mB7rR8fVkL@groups.io>",
              "from mail02.groups.io (mail02.groups.io [66.175.222.108])",
              extra=(("Reply-To", "main@sacdata.groups.io"), ("Sender", "main@sacdata.groups.io"),
                     ("List-Id", "<main.sacdata.groups.io>"), ("Mailing-List", "list main@sacdata.groups.io; contact main+owner@sacdata.groups.io"),
                     ("List-Unsubscribe", "<mailto:main+unsubscribe@sacdata.groups.io>"),
                     ("Precedence", "list")))
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(name(43), family="job_center", lang=EN, interview=False, company=None,
           days=(("Tue", "2026-11-17"),),
           note="Job-centre appointment with an employment specialist (career advising, interview-prep resources): "
                "a fixed time, but not a job interview")
def n43() -> bytes:
    body = t("""
        Delta Valley Job Center
        A proud partner of the America's Job Center of California network

        Dear Marcus Delgado,

        Your appointment has been scheduled.

        Appointment type: Career Advising - One-on-One
        Date: Tuesday, November 17, 2026
        Time: 10:30 AM - 11:15 AM
        Staff: Dolores Whitehorse, Employment Specialist
        Location: 925 Del Paso Blvd, Room 204, Sacramento, CA 95815 (free parking behind the building)

        Please bring an updated resume and a list of the positions you have applied for. Your specialist can also help you sign up for our December Interview Skills workshop and the CalJOBS résumé review.

        If you cannot keep this appointment, please call (916) 555-0125 at least one business day in advance.

        This is an automated message from the appointment system. Please do not reply.
        Auxiliary aids and services are available upon request to individuals with disabilities. California Relay Service: 711.
        """)
    hs = hdrs(addr("Delta Valley Job Center", "appointments@deltavalleyjobs.example.org"),
              "Appointment Scheduled - Career Advising - 11/17/2026 10:30 AM", "2026-11-09 15:02:44", LA,
              "<appt.20261109.230244.6612@deltavalleyjobs.example.org>",
              "from smtp.deltavalleyjobs.example.org (smtp.deltavalleyjobs.example.org [203.0.113.19])")
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(name(44), family="admission_interview", lang=EN, interview=False, company=None,
           days=(("Fri", "2026-11-06"),),
           note="MBA admissions interview confirmation (Slate-style) with a fixed time and an alumna interviewer: an "
                "admission interview, not a job interview")
def n44() -> bytes:
    body = t("""
        Dear Marcus,

        Thank you for scheduling your admissions interview for the Sierra Pacific University Graduate School of Management Working Professional MBA (Round 2).

        Your interview is confirmed:

        Friday, November 6, 2026
        11:00 AM - 11:30 AM Pacific Standard Time
        Zoom: https://spu-example.zoom.us/j/97730215566

        Your interviewer will be Caroline Ostrowski (WPMBA '21), a member of our Alumni Admissions Board. Interviews are conversational and blind to your file except for your resume. Business casual attire is appropriate.

        If you need to reschedule, please use your applicant status page at least 48 hours in advance.

        We look forward to getting to know you.

        Office of Admissions
        Sierra Pacific University Graduate School of Management
        """)
    h = paras(body, "font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#1d1d1d")
    hs = hdrs(addr("SPU GSM Admissions", "gsmadmissions@spu.example.edu"),
              "Your WPMBA admissions interview is confirmed", "2026-11-02 13:27:55", LA,
              "<0f3a9b21-64c8-4d15-a7e2-5c1b0d9f8e37@spu.example.edu>",
              "from mta.technolutions.net (mta.technolutions.net [64.58.224.21])",
              extra=(("X-Mailer", "Slate"),))
    return message(hs, alt(text(body), html(h)))


@make.mail(name(45), family="press_interview", lang=EN, interview=False, company=None,
           days=(("Thu", "2026-10-29"),),
           note="Reporter confirms a phone interview with the candidate about his current job's dashboard "
                "('Thursday at 2'): the candidate is the source, not a job applicant")
def n45() -> bytes:
    body = t("""
        Hi Marcus,

        Thanks again for agreeing to talk, and thanks to Gabriel in your PIO shop for setting it up. Confirming our phone interview Thursday at 2 for the piece on the state's new reservoir-levels dashboard. It should take about 20 minutes; I'll call your desk line.

        I'm mostly interested in how the data gets from the gauges to the public site, and what surprised you once it launched. Nothing gotcha, I promise.

        Priya Natarajan
        Reporter, Sacramento Ledger
        (916) 555-0191 | @pnatarajan
        """)
    hs = hdrs(addr("Priya Natarajan", "pnatarajan@sacledger.example.com"), "Re: Interview request - reservoir dashboard",
              "2026-10-26 11:48:09", LA, "<CAH2x0pWk7dQ4nR9sT1vY3bZ6mL8eJ5fG0aU@mail.gmail.com>",
              "from mail-qk1-f176.google.com (mail-qk1-f176.google.com [209.85.222.176])",
              extra=(("In-Reply-To", "<B9D1F3A5-7C2E-4A60-8B4D-E6F8A0C2D4E6@example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(name(46), family="podcast", lang=EN, interview=False, company=None,
           days=(("Tue", "2026-12-08"),),
           note="Podcast host confirms a recording session where the candidate is the guest ('interview' in the "
                "podcast sense): fixed time, not a job interview")
def n46() -> bytes:
    body = t("""
        Hey Marcus!

        Stoked to have you on Data on the Delta. We're locked in for the recording:

        Tuesday, December 8, 2026 at 4:00 PM PT (we'll go about an hour)
        Riverside studio link: https://riverside.fm/studio/data-on-the-delta?t=9c41e7

        The episode is a conversation, not a quiz - we'll talk about your path from GIS tech to data engineer, running pipelines inside state government, and what you wish hiring managers asked in interviews. Use headphones and a wired connection if you can.

        Thanks for doing this!
        Wes Nakamura
        Host, Data on the Delta
        """)
    hs = hdrs(addr("Wes Nakamura", "wes@dataonthedelta.example.com"), "You're booked: Data on the Delta recording 12/8",
              "2026-12-01 10:19:33", LA, "<CAB7mZq0pN3rT6wX9yV2cL5dK8fH1jG4sE7u@mail.gmail.com>",
              "from mail-pl1-f182.google.com (mail-pl1-f182.google.com [209.85.214.182])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(name(47), family="sports_tryout", lang=EN, interview=False, company=None,
           days=(("Sat", "2026-09-12"),),
           note="Adult soccer club try-out confirmation: a fixed time, but a sports try-out")
def n47() -> bytes:
    body = t("""
        Hi Marcus,

        You're registered for the River City FC Over-35 open try-outs for the winter league.

        Saturday, September 12, 9:00 AM check-in, play starts at 9:30
        Granite Regional Park, Field 6 (off Ramona Ave)

        Bring cleats, shin guards, water and both a light and a dark shirt. Coaches will run small-sided games for about two hours; rosters go out the following Wednesday.

        See you on the pitch,
        Coach Emeka Obi
        River City FC Adult Program
        """)
    hs = hdrs(addr("River City FC", "info@rivercityfc.example.org"), "Try-out confirmation - Over-35 winter league",
              "2026-09-07 19:55:10", LA, "<tryout.o35.4481@rivercityfc.example.org>",
              "from smtp.sportsengine-mail.example.com (smtp.sportsengine-mail.example.com [203.0.113.201])")
    return message(hs, text(body, cte="8bit"))


@make.mail(name(48), family="bank_appointment", lang=EN, interview=False, company=None,
           days=(("Thu", "2026-12-10"),),
           note="Credit-union financial-advisor appointment (457(b) rollover review): fixed time, not an interview")
def n48() -> bytes:
    body = t("""
        Hi Marcus,

        Your appointment is confirmed.

        What: Retirement planning - 457(b) / CalPERS rollover review
        With: Gloria Ashworth, CFP®, Financial Advisor
        When: Thursday, December 10, 2026, 5:30 PM
        Where: River Oak Credit Union - Land Park branch, 2201 Sutterville Rd, Sacramento

        Please bring your most recent CalPERS and 457(b) statements. If you're weighing a job change, bring the offer details too and we'll look at how the timing affects your vesting.

        Need to reschedule? Call (916) 555-0117 or use Online Banking > Appointments.

        River Oak Credit Union will never ask for your password or PIN by email.
        """)
    hs = hdrs(addr("River Oak Credit Union", "appointments@riveroakcu.example.com"),
              "Appointment confirmed: Thu, Dec 10 at 5:30 PM", "2026-12-03 12:40:18", LA,
              "<roc-appt-771204.20261203@riveroakcu.example.com>",
              "from mail.riveroakcu.example.com (mail.riveroakcu.example.com [203.0.113.47])")
    return message(hs, alt(text(body, charset="windows-1252"), html(paras(body).replace("utf-8", "windows-1252"), charset="windows-1252")))


@make.mail(name(49), family="forwarded_other", lang=EN, interview=False, company=None,
           days=(("Thu", "2026-12-03"), ("Mon", "2026-11-30")),
           note="A friend forwards his own Ashby interview confirmation at Pondwater Labs (the candidate referred "
                "him): a confirmed interview, but someone else's")
def n49() -> bytes:
    body = t("""
        Thanks again for the referral, man! Got the first round with Keisha's team on Thursday, see below. Any tips on Arjun? I owe you a beer either way.

        Luis

        ---------- Forwarded message ---------
        From: Pondwater Labs <no-reply@ashbyhq.com>
        Date: Mon, Nov 30, 2026 at 9:14 AM
        Subject: Interview confirmed: Analytics Engineer at Pondwater Labs
        To: <luis.navarro@example.net>


        Hi Luis,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, December 3, 2026, 1:00 PM – 2:00 PM EST
        Google Meet: https://meet.google.com/pwl-hxva-mdo

        You'll meet with:
          Arjun Bhattacharya — Engineering Manager, Data Platform

        Questions? Just reply and it will reach Keisha Abernathy.

        Thanks,
        Pondwater Labs Recruiting
        """)
    hs = hdrs(addr("Luis Navarro", "luis.navarro@example.net"),
              "Fwd: Interview confirmed: Analytics Engineer at Pondwater Labs", "2026-11-30 12:26:40", LA,
              "<CAN4vR8pQ1wE6tY0uI3oP7aS2dF5gH9jK4lZ@mail.gmail.com>",
              "from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(name(50), family="other_person_interview", lang=EN, interview=False, company=None,
           days=(("Sat", "2026-12-12"),),
           note="Summer camp confirms a counselor-in-training interview for the candidate's teenage daughter, sent "
                "to the parent: a confirmed interview, but not the candidate's")
def n50() -> bytes:
    body = t("""
        Dear Marcus,

        Thank you for submitting Sofia's application to our 2027 Counselor-in-Training (CIT) program! We're excited to meet her.

        Sofia's CIT interview is set for Saturday, December 12 at 10:20 AM (Pacific), on Zoom:
        https://zoom.us/j/5558821903

        Interviews last 15 minutes. Parents are welcome to say hello for the first couple of minutes, and then we'll chat with Sofia one-on-one about teamwork, homesickness, and her favorite camp songs (she will be asked to sing one - just kidding, mostly).

        If the time doesn't work, reply to this email and we'll find another slot.

        Warmly,
        Hannah Lindqvist
        CIT Program Director, Camp Manzanita
        Grass Valley, CA
        """)
    hs = hdrs(addr("Hannah Lindqvist - Camp Manzanita", "hannah@campmanzanita.example.org"),
              "Sofia's CIT interview - Sat Dec 12", "2026-12-04 17:08:21", LA,
              "<01000193a1c2d3e4-5f6a7b8c-9d0e-4f1a-2b3c-4d5e6f7a8b9c-000000@email.amazonses.com>",
              "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])")
    return message(hs, alt(text(body), html(paras(body))))
