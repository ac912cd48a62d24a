"""blind95: 50 hand-written mails from the inbox of Taylor Brooks, a healthcare operations analyst in
Nashville (America/Chicago), September to mid-December 2026.

Written blind (without reading the detector, its tests, or any other held-out mails) by a helper
session. Build and check with ``python3 bench/heldout/make_blind.py blind95``.

Keys 1-23 are the positives (1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 the
negatives; the file number of the key-th mail is ORDER[key - 1].
"""

from __future__ import annotations

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

ORDER = random.Random(95095).sample(range(1, 51), 50)
ME = "taylor.brooks@example.org"
TAYLOR = addr("Taylor Brooks", ME)


def n(key: int) -> str:
    return f"blind95_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    """Received: header as the candidate's own MX (mx1.example.org) writes it."""
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


VTZ_DENVER = """BEGIN:VTIMEZONE
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


def outlook_ics(*, method: str, organizer: tuple[str, str], summary: str, tzid: str, start: str, end: str,
                uid: str, stamp: str, seq: int = 0, status: str = "CONFIRMED", location: str = "",
                description: str = "", attendees: tuple[tuple[str, str], ...] = (("Taylor Brooks", ME),),
                busy: str = "TENTATIVE") -> str:
    """An Exchange / Outlook meeting request or cancellation, Windows zone name in TZID."""
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             VTZ[tzid], "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for cn, a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{a}")
    if description:
        lines.append(f"DESCRIPTION;LANGUAGE=en-US:{description}")
    lines += [
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{summary}",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        "CLASS:PUBLIC",
        "PRIORITY:5" if method != "CANCEL" else "PRIORITY:1",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        f"STATUS:{status}",
        f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE=en-US:{location}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


TEAMS_TEXT = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{url}>
Meeting ID: {mid}
Passcode: {code}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def outlook_headers(topic: str, index: str, lang: str = "en-US") -> list[tuple[str, str]]:
    return [("Thread-Topic", topic), ("Thread-Index", index), ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""), ("Content-Language", lang)]


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      company="Cumberland Care Partners", contact="megan.holt@cumberlandcare.com",
      start="2026-09-15T15:00:00Z", end="2026-09-15T15:30:00Z",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:30", zone="America/Chicago",
      note="Greenhouse phone screen 'Tuesday, September 15, 2026, 10:00 AM - 10:30 AM CDT' (Nashville, "
           "CDT = UTC-5) = 15:00-15:30Z; ICS TZID America/Chicago agrees. From is the Greenhouse "
           "no-reply relay; contact = Reply-To recruiter.")
def m01() -> bytes:
    body = t("""
        Hi Taylor,

        Thanks so much for your interest in the Senior Healthcare Operations Analyst role at
        Cumberland Care Partners! Your phone screen is confirmed:

        Phone Screen (30 minutes)
        Tuesday, September 15, 2026
        10:00 AM - 10:30 AM CDT

        Interviewer: Derrick Mayfield, Manager, Revenue Cycle Analytics

        Derrick will call you at the number on your application (615-555-0142). A calendar
        invitation is attached for your convenience.

        If anything comes up, just reply to this email and it will reach me.

        Best,
        Megan Holt
        Talent Acquisition Partner | Cumberland Care Partners
        Nashville, TN
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family: Helvetica, Arial, sans-serif; font-size: 14px; color: #333333;">
        <p>Hi Taylor,</p>
        <p>Thanks so much for your interest in the Senior Healthcare Operations Analyst role at Cumberland Care Partners! Your phone screen is confirmed:</p>
        <table cellpadding="4" style="border-left: 3px solid #24a47f; margin: 12px 0;">
        <tr><td><strong>Phone Screen (30 minutes)</strong></td></tr>
        <tr><td>Tuesday, September 15, 2026</td></tr>
        <tr><td>10:00 AM - 10:30 AM CDT</td></tr>
        <tr><td>Interviewer: Derrick Mayfield, Manager, Revenue Cycle Analytics</td></tr>
        </table>
        <p>Derrick will call you at the number on your application (615-555-0142). A calendar invitation is attached for your convenience.</p>
        <p>If anything comes up, just reply to this email and it will reach me.</p>
        <p>Best,<br>Megan Holt<br>Talent Acquisition Partner | Cumberland Care Partners<br>Nashville, TN</p>
        <img src="https://app.greenhouse.io/email_open/5e1c0a7b3f" width="1" height="1" alt="">
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Greenhouse//EN", "METHOD:REQUEST",
        VTZ["America/Chicago"],
        "BEGIN:VEVENT",
        "UID:gh-interview-91840233-4417@greenhouse.io",
        "DTSTAMP:20260909T190722Z",
        "DTSTART;TZID=America/Chicago:20260915T100000",
        "DTEND;TZID=America/Chicago:20260915T103000",
        "SUMMARY:Phone Screen: Taylor Brooks / Cumberland Care Partners",
        "DESCRIPTION:Derrick Mayfield will call you at 615-555-0142.",
        "LOCATION:Phone call",
        "ORGANIZER;CN=Megan Holt:mailto:megan.holt@cumberlandcare.com",
        "ATTENDEE;CN=Taylor Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME,
        "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Return-Path", "<bounces+4471203-3a9f@us.greenhouse-mail.io>"),
        ("Received", rcv("o3.sg.greenhouse-mail.io", "167.89.41.18", "2026-09-09 14:07:22",
                         "America/Chicago", "4hQ2sL0vKbz3")),
        ("From", addr("Megan Holt", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Megan Holt", "megan.holt@cumberlandcare.com")),
        ("To", TAYLOR),
        ("Subject", "Your phone screen with Cumberland Care Partners is confirmed"),
        ("Date", date("2026-09-09 14:07:22", "America/Chicago")),
        ("Message-ID", "<5e1c0a7b3f.91840233.4417@us.greenhouse-mail.io>"),
        ("X-SG-EID", "Zq3d8Wm1uH0xYpB7nN2r5A=="),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(2), family="lever", lang="en-US", interview=True, kind="scheduled",
      company="Peachtree Ledger Health", contact="jasmine.okafor@peachtreeledger.com",
      start="2026-09-23T18:00:00Z", end="2026-09-23T18:45:00Z",
      local="Wed 2026-09-23 13:00", local_end="2026-09-23 13:45", zone="America/Chicago",
      note="Lever confirmation for an Atlanta company, but Lever renders the slot in the candidate's zone: "
           "'Wednesday, September 23rd 2026, 1:00pm - 1:45pm CDT' = 18:00-18:45Z (= 2:00pm EDT in Atlanta); "
           "ICS in UTC agrees; contact = Reply-To recruiter")
def m02() -> bytes:
    body = t("""
        Hi Taylor,

        Your interview with Peachtree Ledger Health is confirmed. Here are the details:

        Position: Healthcare Payments Operations Analyst
        When: Wednesday, September 23rd 2026, 1:00pm - 1:45pm CDT
        Where: Google Meet - https://meet.google.com/pqt-ldgr-hxa
        Interviewers: Jasmine Okafor (Recruiter), Tobias Grant (Director, Payment Integrity)

        Please join a few minutes early to test your audio and video. If you need to
        reschedule, reply to this email and we'll find another time.

        We're looking forward to speaking with you!

        Jasmine Okafor
        Peachtree Ledger Health
        """)
    body_html = t("""
        <!DOCTYPE html><html><body style="margin:0;padding:0;background:#f4f5f7;">
        <div style="max-width:560px;margin:0 auto;background:#ffffff;padding:28px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.5;color:#1d1f21;">
        <p>Hi Taylor,</p>
        <p>Your interview with Peachtree Ledger Health is confirmed. Here are the details:</p>
        <p><b>Position:</b> Healthcare Payments Operations Analyst<br>
        <b>When:</b> Wednesday, September 23rd 2026, 1:00pm - 1:45pm CDT<br>
        <b>Where:</b> <a href="https://meet.google.com/pqt-ldgr-hxa">Google Meet</a><br>
        <b>Interviewers:</b> Jasmine Okafor (Recruiter), Tobias Grant (Director, Payment Integrity)</p>
        <p>Please join a few minutes early to test your audio and video. If you need to reschedule, reply to this email and we&#39;ll find another time.</p>
        <p>We&#39;re looking forward to speaking with you!</p>
        <p>Jasmine Okafor<br>Peachtree Ledger Health</p>
        <p style="font-size:11px;color:#8a8f98;">Sent via Lever</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Lever//Interview Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", "BEGIN:VEVENT",
        "DTSTART:20260923T180000Z", "DTEND:20260923T184500Z", "DTSTAMP:20260917T202214Z",
        "ORGANIZER;CN=Jasmine Okafor:mailto:jasmine.okafor@peachtreeledger.com",
        "UID:7c2d91e4-0b6a-4f3e-9e11-lever-interview-3380",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Taylor Brooks:mailto:" + ME,
        "DESCRIPTION:Interview for Healthcare Payments Operations Analyst\\nGoogle Meet: https://meet.google.com/pqt-ldgr-hxa",
        "LOCATION:https://meet.google.com/pqt-ldgr-hxa",
        "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Interview with Peachtree Ledger Health", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("mail-201.hire.lever.co", "198.2.180.54", "2026-09-17 16:22:14",
                         "America/New_York", "4hW9pQ7rTnx1")),
        ("From", addr("Peachtree Ledger Health", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Jasmine Okafor", "jasmine.okafor@peachtreeledger.com")),
        ("To", TAYLOR),
        ("Subject", "Interview confirmed: Peachtree Ledger Health"),
        ("Date", date("2026-09-17 16:22:14", "America/New_York")),
        ("Message-ID", "<0100019247ac52d1-e3b4c0aa-9c1e-4d58-8a52-2f0e7c61b9d4-000000@email.amazonses.com>"),
        ("X-Lever-Message-Type", "interview-confirmation"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(3), family="workday", lang="en-US", interview=True, kind="scheduled",
      company="Bluegrass Mutual Health", contact="renee.castellano@bluegrassmutual.com",
      start="2026-10-01T13:30:00Z", end="2026-10-01T14:30:00Z",
      local="Thu 2026-10-01 09:30", local_end="2026-10-01 10:30", zone="America/New_York",
      note="Workday HTML-only base64 mail from the tenant mailbox; 'Date: 10/01/2026 Time: 9:30 AM - 10:30 AM "
           "Eastern Time' (Louisville, EDT = UTC-4) = 13:30-14:30Z; US MM/DD date; no ICS; contact = "
           "recruiter address in the body")
def m03() -> bytes:
    body_html = t("""
        <html>
        <head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;padding:0;font-family:Arial,Helvetica,sans-serif;">
        <table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef1f5"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
        <tr><td style="background:#0b3d6e;padding:18px 24px;color:#ffffff;font-size:20px;">Bluegrass Mutual Health</td></tr>
        <tr><td style="padding:24px;font-size:14px;color:#222222;line-height:20px;">
        <p>Dear Taylor Brooks,</p>
        <p>Thank you for your interest in the <b>Operations Analyst, Claims Performance (R-0028814)</b> position. We are pleased to invite you to an in-person interview. Your interview has been scheduled as follows:</p>
        <table cellpadding="3" cellspacing="0" border="0" style="font-size:14px;">
        <tr><td width="110"><b>Date:</b></td><td>10/01/2026</td></tr>
        <tr><td><b>Time:</b></td><td>9:30 AM - 10:30 AM Eastern Time</td></tr>
        <tr><td><b>Location:</b></td><td>Bluegrass Mutual Health, 400 W. Liberty Street, 9th Floor, Louisville, KY 40202</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Phil Anders, Director, Claims Operations; Renee Castellano, Senior Recruiter</td></tr>
        </table>
        <p>Please check in at the 9th floor reception desk 10 minutes early and bring a photo ID. Visitor parking is available in the garage on 4th Street.</p>
        <p>If you have any questions, please contact Renee Castellano at <a href="mailto:renee.castellano@bluegrassmutual.com">renee.castellano@bluegrassmutual.com</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Bluegrass Mutual Health</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888888;">This email was sent from an unmonitored mailbox. Please do not reply. You can view the status of your application by signing in to your <a href="https://bluegrassmutual.wd5.myworkdayjobs.com/Careers/userHome">candidate home</a>.</td></tr>
        </table></td></tr></table>
        </body>
        </html>
        """)
    headers = [
        ("Received", rcv("mx0a-00218b01.myworkday.com", "148.163.159.22", "2026-09-25 10:03:47",
                         "America/New_York", "4hZ1kN3cWpq8")),
        ("From", addr("Bluegrass Mutual Health", "bluegrassmutual@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Operations Analyst, Claims Performance"),
        ("Date", date("2026-09-25 10:03:47", "America/New_York")),
        ("Message-ID", "<1877415236.58812.1790431427113@wd5-prod-bluegrassmutual.myworkday.com>"),
    ]
    return message(headers, html(body_html, cte="base64"))


@mail(n(4), family="exchange", lang="en-US", interview=True, kind="scheduled",
      company="Mid-South Regional Medical Center", contact="awhitmore@msrmc.org",
      start="2026-10-06T15:00:00Z", end="2026-10-06T16:00:00Z",
      local="Tue 2026-10-06 10:00", local_end="2026-10-06 11:00", zone="America/Chicago",
      note="Outlook meeting request from the Memphis hiring manager; 'When' line shows the standard-offset "
           "label '(UTC-06:00) Central Time' but on 6 October Memphis is on CDT (UTC-5): 10:00-11:00 = "
           "15:00-16:00Z, which the ICS (TZID Central Standard Time with DST rules) confirms; contact = "
           "organizer/sender")
def m04() -> bytes:
    teams = TEAMS_TEXT.format(url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MSRMC2026oct06", mid="247 118 903 55",
                              code="q7Xm4T")
    body = t("""
        Hi Taylor,

        Thank you for sending over your availability. I've put us down for Tuesday morning. You'll meet
        with me and with Lorraine Beasley, our Director of Patient Financial Services. We'll spend
        most of the hour on your denials work at Cedar Bluff and walk through a short case together.

        Looking forward to it,
        Angela

        Angela Whitmore, MHA
        Manager, Revenue Cycle Operations
        Mid-South Regional Medical Center | Memphis, TN
        901-555-0188

        """) + teams
    when = "When: Tuesday, October 6, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).\n"
    where = "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    body = when + where + body
    body_html = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-US" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">When: Tuesday, October 6, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US &amp; Canada).<br>
        Where: Microsoft Teams Meeting</p>
        <p class="MsoNormal"><span style="font-family:&quot;Arial&quot;,sans-serif;color:#5F5F5F">*~*~*~*~*~*~*~*~*~*</span></p>
        <p class="MsoNormal">Hi Taylor,</p>
        <p class="MsoNormal">Thank you for sending over your availability. I&#8217;ve put us down for Tuesday morning. You&#8217;ll meet with me and with Lorraine Beasley, our Director of Patient Financial Services. We&#8217;ll spend most of the hour on your denials work at Cedar Bluff and walk through a short case together.</p>
        <p class="MsoNormal">Looking forward to it,<br>Angela</p>
        <p class="MsoNormal"><b>Angela Whitmore, MHA</b><br>Manager, Revenue Cycle Operations<br>Mid-South Regional Medical Center | Memphis, TN<br>901-555-0188</p>
        <div style="margin-bottom:.25in;overflow:hidden">
        <p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span></p>
        <p class="MsoNormal"><b><span style="font-size:18.0pt;font-family:&quot;Segoe UI&quot;,sans-serif;color:#252424">Microsoft Teams meeting</span></b></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MSRMC2026oct06"><span style="font-family:&quot;Segoe UI Semibold&quot;,sans-serif;color:#6264A7">Click here to join the meeting</span></a></p>
        <p class="MsoNormal">Meeting ID: 247 118 903 55<br>Passcode: q7Xm4T</p>
        </div>
        </div></body></html>
        """)
    ics = outlook_ics(
        method="REQUEST", organizer=("Angela Whitmore", "awhitmore@msrmc.org"),
        summary="Interview - Taylor Brooks - Operations Analyst II", tzid="Central Standard Time",
        start="20261006T100000", end="20261006T110000",
        uid="040000008200E00074C5B7101A82E00800000000A1C3F6B07C42DD01000000000000000010000000E6E0D1F4B35A1E4C9A",
        stamp="20261002T204830Z", location="Microsoft Teams Meeting",
        description="When: Tuesday\\, October 6\\, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).")
    headers = [
        ("Received", rcv("mail-dm6nam12on2101.outbound.protection.outlook.com", "40.107.243.101",
                         "2026-10-02 15:48:30", "America/Chicago", "4j0Rt6hSmc2w")),
        ("From", addr("Whitmore, Angela", "awhitmore@msrmc.org")),
        ("To", TAYLOR),
        ("Cc", addr("Beasley, Lorraine", "lbeasley@msrmc.org")),
        ("Subject", "Interview - Taylor Brooks - Operations Analyst II"),
        *outlook_headers("Interview - Taylor Brooks - Operations Analyst II", "AQHdUgq3vJ0kQ2m7Rp6xY1b0T8nV4A=="),
        ("Date", date("2026-10-02 15:48:30", "America/Chicago")),
        ("Message-ID", "<DM6PR12MB3817A4C0B1E9F5D2C7A93E11D4B62@DM6PR12MB3817.namprd12.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    return message(headers, alt(text(body), html(body_html),
                                calendar(ics, cte="base64")))


@mail(n(5), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      company="Riverbend Health", contact="bpruitt@keystonetalent.com",
      start="2026-10-15T18:00:00Z", end=None,
      local="Thu 2026-10-15 13:00", zone="America/Chicago",
      days=(("Thu", "2026-10-15"),),
      note="Agency recruiter, phone-written: 'tmrw at 1 CT' resolved against Date Wed 14 Oct 2026 11:41 CDT "
           "-> Thu 15 Oct 13:00 CDT = 18:00Z; '30 min-ish' is approximate so end null; hiring company is "
           "the agency's client Riverbend Health; contact = the recruiter who sent it")
def m05() -> bytes:
    body = t("""
        hey Taylor!! great news, youre locked in w/ Carla Jimenez (dir of patient access) at Riverbend
        tmrw at 1 CT. she'll call your cell, should be 30 min-ish. shes super down to earth, just
        talk thru the scheduling dashboard project like you did w/ me and you'll be golden

        lmk how it goes!!

        Brandon

        Sent from my iPhone

        > On Oct 14, 2026, at 9:03 AM, Taylor Brooks <taylor.brooks@example.org> wrote:
        >
        > Hi Brandon, thursday afternoon works for me, anytime after 12. Thanks!
        >
        > Taylor
        """)
    headers = [
        ("Received", rcv("mail-io1-f51.google.com", "209.85.166.51", "2026-10-14 11:41:09",
                         "America/Chicago", "4j5Lc0dGz9vX")),
        ("From", addr("Brandon Pruitt", "bpruitt@keystonetalent.com")),
        ("To", ME),
        ("Subject", "Re: Riverbend - patient access analyst"),
        ("Date", date("2026-10-14 11:41:09", "America/Chicago")),
        ("Message-ID", "<4C6E1B0A-77D2-4F8E-9A13-3D2B8E55A0F1@keystonetalent.com>"),
        ("In-Reply-To", "<CAH9xq2F0gT+Lr8pZ@mail.gmail.com>"),
        ("References", "<CAH9xq2F0gT+Lr8pZ@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (23A355)"),
    ]
    return message(headers, text(body, charset="us-ascii", cte="7bit", params="format=flowed"))


@mail(n(6), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      company="Lattice Clinic Ops", contact="priya@latticeclinic.co",
      start="2026-10-19T21:00:00Z", end="2026-10-19T21:45:00Z",
      local="Mon 2026-10-19 16:00", local_end="2026-10-19 16:45", zone="America/Chicago",
      note="Google Calendar invitation from a Chicago startup founder: 'Monday Oct 19, 2026 4pm - 4:45pm "
           "(CDT)' = 21:00-21:45Z, ICS DTSTART in UTC agrees; the description calls it the first-round "
           "interview; contact = organizer (From)")
def m06() -> bytes:
    summary = "Taylor <> Priya \u2014 ops analyst interview (Lattice)"
    body = t("""
        Taylor <> Priya \u2014 ops analyst interview (Lattice)
        Monday Oct 19, 2026 \u22c5 4pm \u2013 4:45pm
        Central Time - Chicago

        Join with Google Meet
        meet.google.com/ltc-wqrz-kpa

        Join by phone
        (US) +1 312-555-0117 PIN: 448 201 937#

        First-round interview for the clinic operations analyst role. I'll walk you through our
        intake funnel and no-show data, and I want to hear how you'd attack it. No slides needed.
        \u2014 Priya

        Organizer
        Priya Natarajan
        priya@latticeclinic.co

        Guests
        Priya Natarajan - organizer
        taylor.brooks@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N2s0cHFqbXRmN2E

        Reply for taylor.brooks@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=N2s0cHFqbXRmN2E&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=N2s0cHFqbXRmN2E&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=N2s0cHFqbXRmN2E&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    body_html = t("""
        <html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;">
        <h2 style="font-size:22px;font-weight:400;">Taylor &lt;&gt; Priya \u2014 ops analyst interview (Lattice)</h2>
        <div>Monday Oct 19, 2026 \u22c5 4pm \u2013 4:45pm</div>
        <div>Central Time - Chicago</div>
        <p><a href="https://meet.google.com/ltc-wqrz-kpa" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none;">Join with Google Meet</a><br>meet.google.com/ltc-wqrz-kpa</p>
        <p>Join by phone<br>(US) +1 312-555-0117 PIN: 448 201 937#</p>
        <p>First-round interview for the clinic operations analyst role. I&#39;ll walk you through our intake funnel and no-show data, and I want to hear how you&#39;d attack it. No slides needed.<br>\u2014 Priya</p>
        <p><b>Organizer</b><br>Priya Natarajan<br><a href="mailto:priya@latticeclinic.co">priya@latticeclinic.co</a></p>
        <p><b>Guests</b><br>Priya Natarajan - organizer<br>taylor.brooks@example.org</p>
        <p style="font-size:12px;color:#70757a;">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
        "DTSTART:20261019T210000Z", "DTEND:20261019T214500Z", "DTSTAMP:20261015T021512Z",
        "ORGANIZER;CN=Priya Natarajan:mailto:priya@latticeclinic.co",
        "UID:7k4pqjmtf7a9rc2o1v5l3h8e6b@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Natarajan;X-NUM-GUESTS=0:mailto:priya@latticeclinic.co",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=" + ME + ";X-NUM-GUESTS=0:mailto:" + ME,
        "X-GOOGLE-CONFERENCE:https://meet.google.com/ltc-wqrz-kpa",
        "CREATED:20261015T021511Z",
        "DESCRIPTION:First-round interview for the clinic operations analyst role. I'll walk you through our intake funnel and no-show data\\, and I want to hear how you'd attack it.",
        "LAST-MODIFIED:20261015T021511Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:" + summary, "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-10-14 21:15:12",
                         "America/Chicago", "4j5Zb1nHs4Qe")),
        ("From", addr("Priya Natarajan", "priya@latticeclinic.co")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", addr("Priya Natarajan", "priya@latticeclinic.co")),
        ("To", ME),
        ("Subject", enc("Invitation: " + summary + " @ Mon Oct 19, 2026 4pm - 4:45pm (CDT) (" + ME + ")")),
        ("Date", date("2026-10-14 21:15:12", "America/Chicago")),
        ("Message-ID", "<calendar-1a7d0c53-6e2f-4b91-8f0a-2c5d9e7b4a16@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="base64"), html(body_html, cte="quoted-printable"), calendar(ics, cte="8bit")),
        calendar(ics, method=None, ctype="application/ics", filename="invite.ics", disposition="attachment",
                 cte="base64", name_param=True)))


@mail(n(7), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
      company="Queen City Health Alliance", contact="lauren.mitchell@qchealthalliance.org",
      start="2026-10-28T15:00:00Z", end="2026-10-28T15:30:00Z",
      local="Wed 2026-10-28 11:00", local_end="2026-10-28 11:30", zone="America/New_York",
      note="SmartRecruiters mail gives only the date ('Wednesday, October 28, 2026') and '30 minutes'; the "
           "clock time is only in the attached ICS: DTSTART;TZID=America/New_York:20261028T110000 (Charlotte, "
           "EDT) = 15:00Z, DTEND 11:30 = 15:30Z; contact = recruiter address in the body")
def m07() -> bytes:
    body = t("""
        Hello Taylor,

        Good news! Your interview for Clinical Operations Data Analyst at Queen City Health Alliance
        has been scheduled.

        Date: Wednesday, October 28, 2026
        Length: 30 minutes
        Format: Microsoft Teams video interview with Marcus Bell, Manager, Clinical Operations
        Time: see the attached calendar invitation (interview.ics). It opens in your calendar's
        own time zone.

        Please add the invitation to your calendar and join with the Teams link in it.

        Questions? Reach me directly at lauren.mitchell@qchealthalliance.org.

        Kind regards,
        Lauren Mitchell
        Recruiter, Queen City Health Alliance
        Charlotte, NC

        --
        This message was sent through SmartRecruiters on behalf of Queen City Health Alliance.
        Privacy Policy: https://www.smartrecruiters.com/legal/candidate-privacy-policy/
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#3d3d3d;">
        <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;">
        <p>Hello Taylor,</p>
        <p>Good news! Your interview for <strong>Clinical Operations Data Analyst</strong> at Queen City Health Alliance has been scheduled.</p>
        <ul>
        <li><strong>Date:</strong> Wednesday, October 28, 2026</li>
        <li><strong>Length:</strong> 30 minutes</li>
        <li><strong>Format:</strong> Microsoft Teams video interview with Marcus Bell, Manager, Clinical Operations</li>
        <li><strong>Time:</strong> see the attached calendar invitation (interview.ics). It opens in your calendar&#39;s own time zone.</li>
        </ul>
        <p>Please add the invitation to your calendar and join with the Teams link in it.</p>
        <p>Questions? Reach me directly at <a href="mailto:lauren.mitchell@qchealthalliance.org">lauren.mitchell@qchealthalliance.org</a>.</p>
        <p>Kind regards,<br>Lauren Mitchell<br>Recruiter, Queen City Health Alliance<br>Charlotte, NC</p>
        <hr style="border:none;border-top:1px solid #e0e0e0;">
        <p style="font-size:11px;color:#9b9b9b;">This message was sent through SmartRecruiters on behalf of Queen City Health Alliance.</p>
        </td></tr></table></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SmartRecruiters//Interview Scheduler//EN",
        "METHOD:REQUEST", VTZ["America/New_York"], "BEGIN:VEVENT",
        "UID:sr-int-6f2a81c9-2b44-4d0e-a7c3-0d19e58b3c70",
        "DTSTAMP:20261021T131201Z",
        "DTSTART;TZID=America/New_York:20261028T110000",
        "DTEND;TZID=America/New_York:20261028T113000",
        "SUMMARY:Interview: Clinical Operations Data Analyst - Queen City Health Alliance",
        "LOCATION:Microsoft Teams",
        "DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_QCHA7731",
        "ORGANIZER;CN=Lauren Mitchell:mailto:lauren.mitchell@qchealthalliance.org",
        "ATTENDEE;CN=Taylor Brooks;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + ME,
        "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("mail-a12.smartrecruiters.com", "52.58.71.203", "2026-10-21 09:12:01",
                         "America/New_York", "4jB1vF8wPn6s")),
        ("From", addr("Lauren Mitchell (Queen City Health Alliance)", "noreply@smartrecruiters.com")),
        ("To", TAYLOR),
        ("Subject", "Your interview with Queen City Health Alliance has been scheduled"),
        ("Date", date("2026-10-21 09:12:01", "America/New_York")),
        ("Message-ID", "<a9e0c41d.SR.1792588321044@smartrecruiters.com>"),
        ("List-Unsubscribe", "<https://www.smartrecruiters.com/unsubscribe/c/8b3e0a1f>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html, cte="base64")),
        calendar(ics, cte="base64", filename="interview.ics", disposition="attachment", name_param=True)))


@mail(n(8), family="calendly", lang="en-US", interview=True, kind="scheduled",
      company="Brightpath Telehealth", contact="dana@brightpathtelehealth.com",
      start="2026-11-03T15:00:00Z", end="2026-11-03T15:30:00Z",
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:30", zone="America/Chicago",
      note="Calendly invitee confirmation sent Fri 30 Oct in CDT (-0500) for Tue 3 Nov, after the US DST end "
           "on 1 Nov: '09:00am - 09:30am (Central Time - US & Canada)' is CST (UTC-6) = 15:00-15:30Z, ICS "
           "in UTC agrees; contact = host via Reply-To")
def m08() -> bytes:
    body = t("""
        Hi Taylor Brooks,

        Your Hiring Manager Interview (30 min) with Dana Whitfield at 09:00am (Central Time - US & Canada)
        on Tuesday, November 3, 2026 is scheduled.

        Event Type:
        Hiring Manager Interview (30 min)

        Invitee:
        Taylor Brooks
        taylor.brooks@example.org

        Event Date/Time:
        09:00am - 09:30am (Central Time - US & Canada) on Tuesday, November 3, 2026

        Location:
        This is a Zoom web conference.
        https://brightpath.zoom.us/j/83310475526?pwd=Ym5vdE9uZXF1aWNrMQ

        Questions:
        Anything you'd like Dana to know before the call?
        I've led no-show reduction work for a 40-clinic network; happy to share the dashboard.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8d6f1c2a-44b0-4e7a-9f13-b2c0d5e6a781
        Reschedule: https://calendly.com/reschedulings/8d6f1c2a-44b0-4e7a-9f13-b2c0d5e6a781

        Powered by Calendly.com
        """)
    body_html = t("""
        <html><body style="background:#ffffff;font-family:'Proxima Nova',Helvetica,Arial,sans-serif;color:#4d5055;">
        <div style="max-width:600px;margin:0 auto;padding:24px;">
        <p>Hi Taylor Brooks,</p>
        <p>Your <b>Hiring Manager Interview (30 min)</b> with Dana Whitfield at 09:00am (Central Time - US &amp; Canada) on Tuesday, November 3, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Hiring Manager Interview (30 min)</p>
        <p><b>Invitee:</b><br>Taylor Brooks<br><a href="mailto:taylor.brooks@example.org">taylor.brooks@example.org</a></p>
        <p><b>Event Date/Time:</b><br>09:00am - 09:30am (Central Time - US &amp; Canada) on Tuesday, November 3, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br><a href="https://brightpath.zoom.us/j/83310475526?pwd=Ym5vdE9uZXF1aWNrMQ">https://brightpath.zoom.us/j/83310475526</a></p>
        <p><a href="https://calendly.com/cancellations/8d6f1c2a-44b0-4e7a-9f13-b2c0d5e6a781">Cancel</a> | <a href="https://calendly.com/reschedulings/8d6f1c2a-44b0-4e7a-9f13-b2c0d5e6a781">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6;">Powered by Calendly.com</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", "BEGIN:VEVENT",
        "DTSTAMP:20261030T180544Z",
        "DTSTART:20261103T150000Z", "DTEND:20261103T153000Z",
        "SUMMARY:Hiring Manager Interview (30 min) between Dana Whitfield and Taylor Brooks",
        "UID:8d6f1c2a-44b0-4e7a-9f13-b2c0d5e6a781@calendly.com",
        "ORGANIZER;CN=Dana Whitfield:mailto:dana@brightpathtelehealth.com",
        "ATTENDEE;CN=Taylor Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:" + ME,
        "LOCATION:https://brightpath.zoom.us/j/83310475526?pwd=Ym5vdE9uZXF1aWNrMQ",
        "DESCRIPTION:Event Name: Hiring Manager Interview (30 min)\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/8d6f1c2a-44b0-4e7a-9f13-b2c0d5e6a781",
        "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("o1.ptr7719.calendly.com", "149.72.133.7", "2026-10-30 13:05:44",
                         "America/Chicago", "4jJ0dM5tXk3r")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Dana Whitfield", "dana@brightpathtelehealth.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Confirmed: Hiring Manager Interview (30 min) with Dana Whitfield on Tuesday, November 3, 2026"),
        ("Date", date("2026-10-30 13:05:44", "America/Chicago")),
        ("Message-ID", "<Fk2wX9pQ0rZ3aHc5Ue1sMw@geopod-ismtpd-canary-0>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(9), family="ashby", lang="en-US", interview=True, kind="scheduled",
      company="Northstar Claims", contact="hannah.lindqvist@northstarclaims.com",
      start="2026-11-12T18:00:00Z", end="2026-11-12T19:00:00Z",
      local="Thu 2026-11-12 11:00", local_end="2026-11-12 12:00", zone="America/Denver",
      note="Ashby panel for a remote team based in Denver: 'Thursday, November 12, 2026, 11:00 AM - 12:00 PM "
           "MST' (Mountain standard time after 1 Nov, UTC-7) = 18:00-19:00Z (noon in Nashville, as the mail "
           "also says); ICS TZID America/Denver agrees; Date header in UTC; contact = Reply-To recruiter")
def m09() -> bytes:
    body = t("""
        Hi Taylor,

        Thanks for making time to meet the Northstar team! Your interview is confirmed.

        Panel Interview - Claims Operations Analyst (Remote)
        Thursday, November 12, 2026, 11:00 AM - 12:00 PM MST
        (that's 12:00 PM - 1:00 PM Central for you)

        Zoom: https://northstarclaims.zoom.us/j/92105588314

        Schedule
        11:00 AM - 11:30 AM  Owen Lasko, Head of Claims Operations
        11:30 AM - 12:00 PM  Tessa Marquez, Analytics Lead

        Questions? Just reply and it will reach Hannah Lindqvist.

        Thanks,
        Northstar Claims Recruiting
        """)
    body_html = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328;">
        <p>Hi Taylor,</p>
        <p>Thanks for making time to meet the Northstar team! Your interview is confirmed.</p>
        <div style="border:1px solid #e4e7eb;border-radius:8px;padding:16px;">
        <div style="font-weight:600;">Panel Interview - Claims Operations Analyst (Remote)</div>
        <div>Thursday, November 12, 2026, 11:00 AM - 12:00 PM MST</div>
        <div style="color:#6b7280;">(that&#x27;s 12:00 PM - 1:00 PM Central for you)</div>
        <div><a href="https://northstarclaims.zoom.us/j/92105588314">Join Zoom</a></div>
        </div>
        <p><b>Schedule</b><br>11:00 AM - 11:30 AM&nbsp;&nbsp;Owen Lasko, Head of Claims Operations<br>11:30 AM - 12:00 PM&nbsp;&nbsp;Tessa Marquez, Analytics Lead</p>
        <p>Questions? Just reply and it will reach Hannah Lindqvist.</p>
        <p>Thanks,<br>Northstar Claims Recruiting</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", VTZ_DENVER, "BEGIN:VEVENT",
        "UID:1b0f7e52-93a4-4c2d-b8e1-ashby-6f40aa91d3c2",
        "DTSTAMP:20261105T193011Z",
        "DTSTART;TZID=America/Denver:20261112T110000",
        "DTEND;TZID=America/Denver:20261112T120000",
        "SEQUENCE:0",
        "SUMMARY:Northstar Claims - Panel Interview (Taylor Brooks)",
        "LOCATION:https://northstarclaims.zoom.us/j/92105588314",
        "ORGANIZER;CN=Hannah Lindqvist:mailto:hannah.lindqvist@northstarclaims.com",
        "ATTENDEE;CN=Taylor Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME,
        "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("a48-112.smtp-out.amazonses.com", "54.240.48.112", "2026-11-05 19:30:11",
                         "UTC", "4jP7sW2qLm0c")),
        ("From", addr("Northstar Claims", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Hannah Lindqvist", "hannah.lindqvist@northstarclaims.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Interview confirmed: Claims Operations Analyst (Remote) at Northstar Claims"),
        ("Date", date("2026-11-05 19:30:11", "UTC")),
        ("Message-ID", "<0100019a55c3e8f2-4b7d1e09-6a2c-4f85-b3d0-77e1c9a0f412-000000@email.amazonses.com>"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="base64"), html(body_html, cte="base64")),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(10), family="government_panel", lang="en-US", interview=True, kind="scheduled",
      company="Tennessee Health Data Commission", contact="rhonda.tillman@thdc.tn.gov",
      start="2026-11-16T15:00:00Z", end="2026-11-16T15:45:00Z",
      local="Mon 2026-11-16 09:00", local_end="2026-11-16 09:45", zone="America/Chicago",
      note="State-agency panel interview notice (text only, windows-1252 quoted-printable): 'Monday, "
           "November 16, 2026 at 9:00 a.m. Central Time', 'will last 45 minutes' = 15:00-15:45Z (CST); "
           "'please confirm your attendance' is a courtesy, the slot is fixed by the panel; From is a "
           "shared recruitment mailbox, contact = the HR analyst's address in the signature")
def m10() -> bytes:
    body = t("""
        PANEL INTERVIEW NOTICE

        Dear Taylor Brooks:

        Thank you for applying for the position of Health Data Analyst 2 (Requisition 48812) with
        the Tennessee Health Data Commission. You have been selected for a structured panel
        interview.

        Date:      Monday, November 16, 2026
        Time:      9:00 a.m. Central Time
        Length:    The interview will last 45 minutes.
        Location:  Sequoyah Building, 4th Floor, Conference Room B
                   512 Deaderick Street, Nashville, TN 37243

        The panel will consist of three members of the Commission\u2019s Data Governance Division. Each
        candidate is asked the same questions in the same order; panel members may take notes. You
        may bring a copy of your r\u00e9sum\u00e9 and a list of references.

        Please arrive 15 minutes early and check in with building security on the first floor. A
        government-issued photo ID is required. Parking is available in the state garage on
        6th Avenue North (visitor level P2).

        Please confirm your attendance by replying to this email. If you need a reasonable
        accommodation for the interview, contact me at least three business days in advance.

        Respectfully,

        Rhonda Tillman
        Human Resources Analyst 3 \u2013 Talent Acquisition
        Tennessee Health Data Commission
        rhonda.tillman@thdc.tn.gov | 615-555-0163

        Equal Opportunity Employer. This notice was sent from a shared mailbox that is monitored
        during business hours.
        """)
    headers = [
        ("Received", rcv("mail1.tn.gov.protection.example", "170.141.8.40", "2026-11-09 08:14:55",
                         "America/Chicago", "4jR3xY0bVq2m")),
        ("From", addr("THDC Recruitment", "THDC.Recruitment@thdc.tn.gov")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Panel Interview Notice - Health Data Analyst 2 (Req. 48812)"),
        ("Date", date("2026-11-09 08:14:55", "America/Chicago")),
        ("Message-ID", "<SN4PR09MB5520E1D07F3B4C8A2E6F0B71A3C42@SN4PR09MB5520.namprd09.prod.outlook.com>"),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Content-Language", "en-US"),
    ]
    return message(headers, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(11), family="icims", lang="en-US", interview=True, kind="scheduled",
      company="Delta Crossing Medical Supply", contact="tgreer@deltacrossingmed.com",
      start="2026-11-18T16:30:00Z", end="2026-11-18T17:30:00Z",
      local="Wed 2026-11-18 10:30", local_end="2026-11-18 11:30", zone="America/Chicago",
      note="iCIMS confirmation (iso-8859-1) for a Memphis employer: 'Wednesday, November 18, 2026 at 10:30 AM "
           "(CST)', 'Duration: 1 hour' = 16:30-17:30Z; the attached ICS is an all-day event "
           "(DTSTART;VALUE=DATE:20261118), so the time is only in the text; contact = recruiter in body")
def m11() -> bytes:
    body = t("""
        Dear Taylor,

        Thank you for your interest in Delta Crossing Medical Supply. We are pleased to confirm your
        interview for the position of Supply Chain Operations Analyst (Job ID 2026-7719).

        Interview Type:  On-site interview
        Date:            Wednesday, November 18, 2026
        Time:            10:30 AM (CST)
        Duration:        1 hour
        Location:        Delta Crossing Distribution Center \u00b7 4470 Airways Blvd, Building C, Memphis, TN 38116
        Interviewers:    Dwayne Holloway (Director, Supply Chain) and Tamika Greer (Recruiter)

        A calendar reminder for the day of your interview is attached. Please bring a valid
        photo ID; safety shoes are not required for the office portion of the tour.

        If you need to make a change, please contact Tamika Greer at tgreer@deltacrossingmed.com
        or 901-555-0124.

        We look forward to meeting you.

        Delta Crossing Medical Supply Talent Acquisition

        \u00a9 2026 Delta Crossing Medical Supply. Please do not reply to this message.
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Verdana,Geneva,sans-serif;font-size:12px;">
        <p>Dear Taylor,</p>
        <p>Thank you for your interest in Delta Crossing Medical Supply. We are pleased to confirm your interview for the position of <b>Supply Chain Operations Analyst (Job ID 2026-7719)</b>.</p>
        <table border="0" cellpadding="3" style="font-size:12px;">
        <tr><td><b>Interview Type:</b></td><td>On-site interview</td></tr>
        <tr><td><b>Date:</b></td><td>Wednesday, November 18, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:30\u00a0AM (CST)</td></tr>
        <tr><td><b>Duration:</b></td><td>1 hour</td></tr>
        <tr><td><b>Location:</b></td><td>Delta Crossing Distribution Center \u00b7 4470 Airways Blvd, Building C, Memphis, TN 38116</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Dwayne Holloway (Director, Supply Chain) and Tamika Greer (Recruiter)</td></tr>
        </table>
        <p>A calendar reminder for the day of your interview is attached. Please bring a valid photo ID; safety shoes are not required for the office portion of the tour.</p>
        <p>If you need to make a change, please contact Tamika Greer at <a href="mailto:tgreer@deltacrossingmed.com">tgreer@deltacrossingmed.com</a> or 901-555-0124.</p>
        <p>We look forward to meeting you.</p>
        <p>Delta Crossing Medical Supply Talent Acquisition</p>
        <p style="font-size:10px;color:#777;">\u00a9 2026 Delta Crossing Medical Supply. Please do not reply to this message.</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//iCIMS//Talent Platform//EN", "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        "UID:icims-evt-2026-7719-55180342",
        "DTSTAMP:20261111T212012Z",
        "DTSTART;VALUE=DATE:20261118",
        "DTEND;VALUE=DATE:20261119",
        "SUMMARY:Interview - Delta Crossing Medical Supply",
        "DESCRIPTION:On-site interview for Supply Chain Operations Analyst. See your confirmation email for the time.",
        "LOCATION:4470 Airways Blvd\\, Building C\\, Memphis\\, TN 38116",
        "TRANSP:TRANSPARENT",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("mta-out-07.talent.icims.com", "64.78.44.207", "2026-11-11 15:20:12",
                         "America/Chicago", "4jS5cT9nWr1e")),
        ("From", addr("Delta Crossing Medical Supply", "deltacrossing@talent.icims.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Interview Confirmation: Supply Chain Operations Analyst"),
        ("Date", date("2026-11-11 15:20:12", "America/Chicago")),
        ("Message-ID", "<1794521.77190.1794431212345.JavaMail.icims@app-prod-14>"),
    ]
    return message(headers, mixed(
        alt(text(body, charset="iso-8859-1"), html(body_html, charset="iso-8859-1")),
        calendar(ics, method="PUBLISH", cte="7bit", filename="interview.ics", disposition="attachment")))


@mail(n(12), family="personio", lang="en-US", interview=True, kind="scheduled",
      company="Alpenglow Health Data GmbH", contact="lena.hoffmann@alpenglow-health.de",
      start="2026-11-19T15:00:00Z", end="2026-11-19T15:45:00Z",
      local="Thu 2026-11-19 16:00", local_end="2026-11-19 16:45", zone="Europe/Berlin",
      note="Personio invitation from a Munich company hiring a remote US analyst, written by a German "
           "recruiter in English: '19 November 2026, 16:00-16:45 CET' = 15:00-15:45Z (also written as "
           "9:00-9:45 a.m. Central); ICS TZID Europe/Berlin agrees; Date header in CET; contact = Reply-To")
def m12() -> bytes:
    body = t("""
        Dear Taylor,

        thank you very much for your application as Healthcare Operations Analyst (US, remote) and
        for the nice first call with our team.

        We are happy to confirm your second interview:

        Date: Thursday, 19 November 2026
        Time: 16:00 - 16:45 CET (this is 9:00 - 9:45 a.m. Central Time for you)
        Participants: Dr. Felix Brandner (VP Operations), Lena Hoffmann (People & Culture)
        Video call: https://meet.alpenglow-health.de/room/interview-tbrooks

        You will find the invitation for your calendar attached. If you have any questions in
        advance, please do not hesitate to contact me.

        We are looking forward to talking to you!

        Best regards
        Lena Hoffmann
        People & Culture | Alpenglow Health Data GmbH
        Sendlinger Stra\u00dfe 14, 80331 M\u00fcnchen

        Alpenglow Health Data GmbH \u00b7 Gesch\u00e4ftsf\u00fchrer: Dr. Katrin Albrecht \u00b7 Amtsgericht M\u00fcnchen HRB 261774
        """)
    body_html = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b;">
        <p>Dear Taylor,</p>
        <p>thank you very much for your application as Healthcare Operations Analyst (US, remote) and for the nice first call with our team.</p>
        <p>We are happy to confirm your second interview:</p>
        <p><strong>Date:</strong> Thursday, 19 November 2026<br>
        <strong>Time:</strong> 16:00 - 16:45 CET (this is 9:00 - 9:45 a.m. Central Time for you)<br>
        <strong>Participants:</strong> Dr. Felix Brandner (VP Operations), Lena Hoffmann (People &amp; Culture)<br>
        <strong>Video call:</strong> <a href="https://meet.alpenglow-health.de/room/interview-tbrooks">meet.alpenglow-health.de/room/interview-tbrooks</a></p>
        <p>You will find the invitation for your calendar attached. If you have any questions in advance, please do not hesitate to contact me.</p>
        <p>We are looking forward to talking to you!</p>
        <p>Best regards<br>Lena Hoffmann<br>People &amp; Culture | Alpenglow Health Data GmbH<br>Sendlinger Stra\u00dfe 14, 80331 M\u00fcnchen</p>
        <p style="font-size:11px;color:#999;">Alpenglow Health Data GmbH \u00b7 Gesch\u00e4ftsf\u00fchrer: Dr. Katrin Albrecht \u00b7 Amtsgericht M\u00fcnchen HRB 261774<br>Powered by Personio</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Personio GmbH//Recruiting//EN", "METHOD:REQUEST",
        VTZ["Europe/Berlin"], "BEGIN:VEVENT",
        "UID:personio-recruiting-event-3b71c0e9d4@personio.de",
        "DTSTAMP:20261112T094012Z",
        "DTSTART;TZID=Europe/Berlin:20261119T160000",
        "DTEND;TZID=Europe/Berlin:20261119T164500",
        "SUMMARY:Interview Taylor Brooks - Healthcare Operations Analyst (US\\, remote)",
        "LOCATION:https://meet.alpenglow-health.de/room/interview-tbrooks",
        "ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@alpenglow-health.de",
        "ATTENDEE;CN=Taylor Brooks;RSVP=TRUE:mailto:" + ME,
        "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("mail-eu1.personio.de", "185.56.84.12", "2026-11-12 10:40:12",
                         "Europe/Berlin", "4jT2mK8vZs5p")),
        ("From", addr("Alpenglow Health Data GmbH", "no-reply@mail.personio.de")),
        ("Reply-To", addr("Lena Hoffmann", "lena.hoffmann@alpenglow-health.de")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Invitation to your second interview - Alpenglow Health Data"),
        ("Date", date("2026-11-12 10:40:12", "Europe/Berlin")),
        ("Message-ID", "<c3f2a71e9b8d4e05a6f1@mail.personio.de>"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="8bit"), html(body_html)),
        calendar(ics, cte="quoted-printable", filename="Interview.ics", disposition="attachment")))


@mail(n(13), family="microsoft_bookings", lang="en-US", interview=True, kind="scheduled",
      company="Lakefront Health Advisory", contact=None,
      start="2026-11-30T20:00:00Z", end="2026-11-30T20:30:00Z",
      local="Mon 2026-11-30 14:00", local_end="2026-11-30 14:30", zone="America/Chicago",
      note="Microsoft Bookings confirmation from a shared Bookings mailbox (Chicago): 'Monday, November 30, "
           "2026 2:00 PM-2:30 PM (UTC-06:00) Central Time' = 20:00-20:30Z (CST, so the label is right this "
           "time); ICS TZID Central Standard Time agrees; staff member named without an address, so no "
           "human contact -> null")
def m13() -> bytes:
    body = t("""
        Your booking is confirmed

        Hello Taylor Brooks,

        Thanks for booking with Lakefront Health Advisory Careers.

        Booking details
        Service: Second-round interview \u2013 Healthcare Analytics Consultant
        Date and time: Monday, November 30, 2026 2:00 PM-2:30 PM (UTC-06:00) Central Time (US & Canada)
        Staff: Kevin Osterman

        Join your appointment
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_LHABookings5512

        Need to make changes?
        Reschedule booking: https://outlook.office365.com/owa/calendar/LakefrontCareers@lakefronthealth.com/bookings/s/reschedule
        Cancel booking: https://outlook.office365.com/owa/calendar/LakefrontCareers@lakefronthealth.com/bookings/s/cancel

        Lakefront Health Advisory Careers
        """)
    body_html = t("""
        <html><body style="font-family:'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#323130;">
        <div style="max-width:560px;">
        <h2 style="font-weight:600;">Your booking is confirmed</h2>
        <p>Hello Taylor Brooks,</p>
        <p>Thanks for booking with Lakefront Health Advisory Careers.</p>
        <h3>Booking details</h3>
        <table cellpadding="4">
        <tr><td style="color:#605e5c;">Service</td><td>Second-round interview \u2013 Healthcare Analytics Consultant</td></tr>
        <tr><td style="color:#605e5c;">Date and time</td><td>Monday, November 30, 2026 2:00 PM-2:30 PM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c;">Staff</td><td>Kevin Osterman</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_LHABookings5512">Join your appointment</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/LakefrontCareers@lakefronthealth.com/bookings/s/reschedule">Reschedule booking</a> | <a href="https://outlook.office365.com/owa/calendar/LakefrontCareers@lakefronthealth.com/bookings/s/cancel">Cancel booking</a></p>
        <p>Lakefront Health Advisory Careers</p>
        </div></body></html>
        """)
    ics = outlook_ics(
        method="REQUEST", organizer=("Lakefront Health Advisory Careers", "LakefrontCareers@lakefronthealth.com"),
        summary="Second-round interview \u2013 Healthcare Analytics Consultant", tzid="Central Standard Time",
        start="20261130T140000", end="20261130T143000",
        uid="040000008200E00074C5B7101A82E00800000000D7A1E05B1F7FDD01000000000000000010000000B3C8A2F0",
        stamp="20261123T170211Z", location="Microsoft Teams Meeting", busy="BUSY")
    headers = [
        ("Received", rcv("mail-ch2nam11on2092.outbound.protection.outlook.com", "40.107.212.92",
                         "2026-11-23 11:02:11", "America/Chicago", "4jW8bQ3rFx7n")),
        ("From", addr("Lakefront Health Advisory Careers", "LakefrontCareers@lakefronthealth.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", enc("Booking confirmed: Second-round interview \u2013 Healthcare Analytics Consultant")),
        ("Date", date("2026-11-23 11:02:11", "America/Chicago")),
        ("Message-ID", "<CH2PR11MB4391F6A0E2B7C8D9A1B40E22C8F15@CH2PR11MB4391.namprd11.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsMessage", "true"),
        ("Content-Language", "en-US"),
    ]
    return message(headers, alt(text(body), html(body_html), calendar(ics, cte="base64")))


@mail(n(14), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      company="Pillbox Logistics", contact="marcus@pillboxlogistics.com",
      start="2026-12-03T01:00:00Z", end="2026-12-03T01:45:00Z",
      local="Wed 2026-12-02 19:00", local_end="2026-12-02 19:45", zone="America/Chicago",
      days=(("Wed", "2026-12-02"),),
      note="Dallas startup founder, Gmail reply late on Mon 30 Nov (22:47 CST): 'Wednesday at 7pm CT', "
           "'45 minutes' = Wed 2 Dec 19:00-19:45 CST = Thu 3 Dec 01:00-01:45Z (another day in UTC); "
           "contact = the founder")
def m14() -> bytes:
    body = t("""
        Taylor \u2014 great meeting you at the Nashville health ops meetup last week.

        Let's make it official: Wednesday at 7pm CT works on my end (after my kids are down,
        sorry, founder hours). 45 minutes on video, I'll send a Meet link in the morning. Jen, our
        COO, will join for the second half. Think of it as a real interview \u2014 we're hiring one
        ops analyst this quarter and you're the person I want to talk to first.

        Bring your opinions on pharmacy route density. I have many.

        Marcus

        --
        Marcus Delacroix
        Founder & CEO, Pillbox Logistics
        Dallas, TX \u00b7 214-555-0196

        On Mon, Nov 30, 2026 at 6:12 PM Taylor Brooks <taylor.brooks@example.org> wrote:
        > Hi Marcus,
        >
        > Thanks again for the conversation. I'd love to continue it. Wednesday or Thursday
        > evening works great for me this week.
        >
        > Best,
        > Taylor
        """)
    headers = [
        ("Received", rcv("mail-lf1-f48.google.com", "209.85.167.48", "2026-11-30 22:47:10",
                         "America/Chicago", "4jY1qS6dKp9w")),
        ("From", addr("Marcus Delacroix", "marcus@pillboxlogistics.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Re: Great to meet you at the meetup"),
        ("Date", date("2026-11-30 22:47:10", "America/Chicago")),
        ("Message-ID", "<CAJr4mN8qR2vX0bPw7sYk1Lz3+TfH5eG9dUo6cA@mail.gmail.com>"),
        ("In-Reply-To", "<CAE8uH0n5Wq1pLk2ZbT7@mail.gmail.com>"),
        ("References", "<CAE8uH0n5Wq1pLk2ZbT7@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(15), family="workable", lang="en-US", interview=True, kind="scheduled",
      company="Harbor Lane Home Health", contact="olivia.brandt@harborlanehh.com",
      start="2026-12-04T18:00:00Z", end="2026-12-04T18:45:00Z",
      local="Fri 2026-12-04 13:00", local_end="2026-12-04 13:45", zone="America/New_York",
      note="Workable confirmation for a Charlotte employer: 'Friday, December 4, 2026, 1:00 PM - 1:45 PM "
           "EST' = 18:00-18:45Z (the mail also gives 12:00 PM Central); ICS in UTC agrees; Reply-To is a "
           "Workable relay, so contact = the recruiter's own address in the body")
def m15() -> bytes:
    body = t("""
        Hi Taylor,

        Your interview for the Home Health Operations Analyst position at Harbor Lane Home Health is
        confirmed.

        Friday, December 4, 2026, 1:00 PM - 1:45 PM EST (12:00 PM - 12:45 PM Central)
        Video call: https://harborlanehh.zoom.us/j/81144902276
        With: Olivia Brandt, Talent Acquisition Manager, and Greg Sutton, VP Operations

        Add to calendar: the invitation is attached.

        If you have questions before the interview, feel free to email me directly at
        olivia.brandt@harborlanehh.com.

        Best,
        Olivia Brandt
        Harbor Lane Home Health

        --
        Sent with Workable. Reply to this email to reach the hiring team.
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1c2b36;">
        <p>Hi Taylor,</p>
        <p>Your interview for the <b>Home Health Operations Analyst</b> position at Harbor Lane Home Health is confirmed.</p>
        <table cellpadding="6" style="background:#f5f8fa;border-radius:4px;">
        <tr><td>&#128197;</td><td>Friday, December 4, 2026, 1:00 PM - 1:45 PM EST (12:00 PM - 12:45 PM Central)</td></tr>
        <tr><td>&#127909;</td><td><a href="https://harborlanehh.zoom.us/j/81144902276">Video call</a></td></tr>
        <tr><td>&#128101;</td><td>Olivia Brandt, Talent Acquisition Manager, and Greg Sutton, VP Operations</td></tr>
        </table>
        <p>If you have questions before the interview, feel free to email me directly at <a href="mailto:olivia.brandt@harborlanehh.com">olivia.brandt@harborlanehh.com</a>.</p>
        <p>Best,<br>Olivia Brandt<br>Harbor Lane Home Health</p>
        <p style="font-size:11px;color:#8ca0b3;">Sent with Workable. Reply to this email to reach the hiring team.</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workable//Workable Calendar//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:wk-event-0f6d5a3b1c92@workable.com",
        "DTSTAMP:20261201T141522Z",
        "DTSTART:20261204T180000Z",
        "DTEND:20261204T184500Z",
        "SUMMARY:Interview: Taylor Brooks for Home Health Operations Analyst",
        "LOCATION:https://harborlanehh.zoom.us/j/81144902276",
        "ORGANIZER;CN=Harbor Lane Home Health:mailto:harbor-lane-home-health+8c41f2@candidates.workablemail.com",
        "ATTENDEE;CN=Taylor Brooks;RSVP=TRUE:mailto:" + ME,
        "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("mail-out-31.workablemail.com", "34.206.41.131", "2026-12-01 09:15:22",
                         "America/New_York", "4jZ6fH0pNc3t")),
        ("From", addr("Harbor Lane Home Health", "noreply@candidates.workablemail.com")),
        ("Reply-To", addr("Harbor Lane Home Health", "harbor-lane-home-health+8c41f2@candidates.workablemail.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Interview confirmed - Home Health Operations Analyst"),
        ("Date", date("2026-12-01 09:15:22", "America/New_York")),
        ("Message-ID", "<6759a1f2c3d4e_8c41f2@workable-mailer-5d8f7.mail>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(n(16), family="forward_self", lang="en-US", interview=True, kind="scheduled",
      company="Warner Park Surgical Partners", contact="gambrose@warnerparksurgical.com",
      start="2026-12-10T16:30:00Z", end=None,
      local="Thu 2026-12-10 10:30", zone="America/Chicago",
      days=(("Thu", "2026-12-10"),),
      note="The candidate forwards to self, from the phone, a practice manager's confirmation as an attached "
           "message/rfc822: 'Thursday 12/10 at 10:30 CT' = 16:30Z (CST); 'for about an hour' is approximate "
           "so end null; contact = the practice manager in the forwarded message (never the candidate)")
def m16() -> bytes:
    inner_body = t("""
        Hi Taylor,

        Confirming Thursday 12/10 at 10:30 CT at our Green Hills office (2100 Abbott Court, Suite 300,
        3rd floor). You'll meet with me and Dr. Anjali Patel, our managing partner, for about an hour.
        Parking is free in the deck behind the building, just take a ticket and we'll validate.

        If the weather is bad or anything comes up we can switch to Zoom:

        Join Zoom Meeting
        https://us06web.zoom.us/j/86521907733?pwd=V2FybmVyUGFya1N1cmc
        Meeting ID: 865 2190 7733
        Passcode: 481126

        Gloria Ambrose
        Practice Operations Manager
        Warner Park Surgical Partners
        615-555-0177
        """)
    inner = message([
        ("From", addr("Gloria Ambrose", "gambrose@warnerparksurgical.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Interview Thursday 12/10"),
        ("Date", date("2026-12-03 16:05:40", "America/Chicago")),
        ("Message-ID", "<BN8PR04MB6211C3A9F0E2D1B7@BN8PR04MB6211.namprd04.prod.outlook.com>"),
    ], text(inner_body))
    note = t("""
        for the calendar - print portfolio + parking ticket!!

        Sent from my iPhone
        """)
    headers = [
        ("Received", rcv("mail-pj1-f44.google.com", "209.85.216.44", "2026-12-03 18:22:05",
                         "America/Chicago", "4k0Bw3mTq8zj")),
        ("From", addr("Taylor Brooks", ME)),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Fwd: Interview Thursday 12/10"),
        ("Date", date("2026-12-03 18:22:05", "America/Chicago")),
        ("Message-ID", "<9D1E6F3A-2B0C-4A7E-8F51-6C3D0A9B7E24@example.org>"),
        ("X-Mailer", "iPhone Mail (23B85)"),
    ]
    return message(headers, mixed(
        text(note, charset="us-ascii", cte="7bit"),
        attached_message(inner, filename="Interview Thursday 12-10.eml")))


# =========================================================================== positives: rescheduled


@mail(n(17), family="goodtime", lang="en-US", interview=True, kind="rescheduled",
      company="Sterling Ridge Health", contact="alyssa.chen@sterlingridgehealth.com",
      start="2026-09-24T15:00:00Z", end="2026-09-24T16:30:00Z",
      local="Thu 2026-09-24 10:00", local_end="2026-09-24 11:30", zone="America/Chicago",
      days=(("Tue", "2026-09-22"),),
      note="GoodTime 'interview updated' for a Chicago employer: previous Tue 22 Sep 1:00 PM CDT, new "
           "itinerary Thu 24 Sep 10:00-10:45 and 10:45-11:30 AM CDT -> first start to last end = "
           "15:00-16:30Z; one ICS event spanning the itinerary, SEQUENCE:2; contact = Reply-To coordinator")
def m17() -> bytes:
    body = t("""
        Hi Taylor,

        Your interview with Sterling Ridge Health has been rescheduled. Please note the new
        date and time below.

        PREVIOUSLY: Tuesday, September 22, 2026, 1:00 PM CDT

        NEW ITINERARY - Thursday, September 24, 2026 (Central Daylight Time)

          10:00 AM - 10:45 AM   Mike Sorensen, Director of Care Management Analytics
          10:45 AM - 11:30 AM   Aisha Franklin, Senior Analyst, Utilization Review

        Location: Microsoft Teams (the link in your calendar invitation stays the same)

        The updated invitation is attached. If the new time does not work for you, reply to this
        email and Alyssa will help.

        Best regards,
        Alyssa Chen
        Recruiting Coordinator, Sterling Ridge Health

        Scheduled with GoodTime
        """)
    body_html = t("""
        <html><body style="font-family:Lato,Helvetica,Arial,sans-serif;color:#263238;font-size:14px;">
        <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;">
        <p>Hi Taylor,</p>
        <p>Your interview with Sterling Ridge Health has been <b>rescheduled</b>. Please note the new date and time below.</p>
        <p style="color:#9e9e9e;"><s>Tuesday, September 22, 2026, 1:00 PM CDT</s></p>
        <h3 style="margin-bottom:4px;">Thursday, September 24, 2026</h3>
        <div style="color:#607d8b;margin-bottom:8px;">Central Daylight Time</div>
        <table cellpadding="6" style="border-collapse:collapse;">
        <tr style="border-bottom:1px solid #eceff1;"><td>10:00 AM - 10:45 AM</td><td>Mike Sorensen, Director of Care Management Analytics</td></tr>
        <tr><td>10:45 AM - 11:30 AM</td><td>Aisha Franklin, Senior Analyst, Utilization Review</td></tr>
        </table>
        <p>Location: Microsoft Teams (the link in your calendar invitation stays the same)</p>
        <p>The updated invitation is attached. If the new time does not work for you, reply to this email and Alyssa will help.</p>
        <p>Best regards,<br>Alyssa Chen<br>Recruiting Coordinator, Sterling Ridge Health</p>
        <p style="font-size:11px;color:#b0bec5;">Scheduled with GoodTime</p>
        </td></tr></table></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//GoodTime.io//Interview Scheduling//EN", "METHOD:REQUEST",
        VTZ["America/Chicago"], "BEGIN:VEVENT",
        "UID:goodtime-3f9e0b17-aa42-4c6b-9d58-51e2c7b0d6f3",
        "DTSTAMP:20260918T192031Z",
        "DTSTART;TZID=America/Chicago:20260924T100000",
        "DTEND;TZID=America/Chicago:20260924T113000",
        "SEQUENCE:2",
        "SUMMARY:Sterling Ridge Health Interview - Taylor Brooks",
        "DESCRIPTION:10:00 AM - 10:45 AM Mike Sorensen\\n10:45 AM - 11:30 AM Aisha Franklin\\nJoin Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SRH0924",
        "LOCATION:Microsoft Teams",
        "ORGANIZER;CN=Alyssa Chen:mailto:alyssa.chen@sterlingridgehealth.com",
        "ATTENDEE;CN=Taylor Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME,
        "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("o12.email.goodtime.io", "149.72.210.12", "2026-09-18 14:20:31",
                         "America/Chicago", "4hT0gA7uRn2d")),
        ("From", addr("Sterling Ridge Health", "notifications@mail.goodtime.io")),
        ("Reply-To", addr("Alyssa Chen", "alyssa.chen@sterlingridgehealth.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Updated: Your interview with Sterling Ridge Health has been rescheduled"),
        ("Date", date("2026-09-18 14:20:31", "America/Chicago")),
        ("Message-ID", "<goodtime.3f9e0b17.2@mail.goodtime.io>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(18), family="exchange", lang="en-US", interview=True, kind="rescheduled",
      company="Magnolia Benefits Group", contact="carmen.reyes@magnoliabenefits.com",
      start="2026-11-06T15:00:00Z", end="2026-11-06T16:00:00Z",
      local="Fri 2026-11-06 10:00", local_end="2026-11-06 11:00", zone="America/New_York",
      days=(("Wed", "2026-11-04"),),
      note="Outlook meeting update from an Atlanta recruiter, sent Fri 30 Oct in EDT (-0400): moved from Wed "
           "4 Nov 2:00 PM ET to 'Friday, November 6, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time', after "
           "the US DST end, so EST = 15:00-16:00Z (the body also says 9:00 Central); ICS TZID Eastern "
           "Standard Time, SEQUENCE:1; thread with the earlier proposal mail")
def m18() -> bytes:
    teams = TEAMS_TEXT.format(url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MBG1106", mid="318 662 047 91",
                              code="Rk2p9W")
    body = "When: Friday, November 6, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).\n" \
        "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + t("""
        Hi Taylor,

        Our VP had a board call land on top of Wednesday afternoon, so I've moved us from
        Wednesday (Nov 4, 2:00 PM ET) to Friday, November 6 at 10:00 AM Eastern \u2014 9:00 your time.
        Same Teams link, same agenda: 30 minutes with me, 30 with Darnell. Sorry for the shuffle and
        thank you for being flexible!

        Carmen

        Carmen Reyes
        Senior Talent Partner | Magnolia Benefits Group
        Atlanta, GA | 404-555-0139

        """) + teams
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US">
        <div class="WordSection1">
        <p class="MsoNormal">When: Friday, November 6, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US &amp; Canada).<br>Where: Microsoft Teams Meeting</p>
        <p class="MsoNormal"><span style="color:#5F5F5F">*~*~*~*~*~*~*~*~*~*</span></p>
        <p class="MsoNormal">Hi Taylor,</p>
        <p class="MsoNormal">Our VP had a board call land on top of Wednesday afternoon, so I&#8217;ve moved us from Wednesday (Nov 4, 2:00 PM ET) to Friday, November 6 at 10:00 AM Eastern &#8212; 9:00 your time. Same Teams link, same agenda: 30 minutes with me, 30 with Darnell. Sorry for the shuffle and thank you for being flexible!</p>
        <p class="MsoNormal">Carmen</p>
        <p class="MsoNormal"><b>Carmen Reyes</b><br>Senior Talent Partner | Magnolia Benefits Group<br>Atlanta, GA | 404-555-0139</p>
        <p class="MsoNormal"><b><span style="font-size:18.0pt;font-family:&quot;Segoe UI&quot;,sans-serif;color:#252424">Microsoft Teams meeting</span></b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MBG1106">Click here to join the meeting</a><br>Meeting ID: 318 662 047 91<br>Passcode: Rk2p9W</p>
        </div></body></html>
        """)
    summary = "Interview \u2013 Taylor Brooks (Benefits Operations Analyst)"
    ics = outlook_ics(
        method="REQUEST", organizer=("Carmen Reyes", "carmen.reyes@magnoliabenefits.com"),
        summary=summary, tzid="Eastern Standard Time", start="20261106T100000", end="20261106T110000",
        uid="040000008200E00074C5B7101A82E0080000000061F2A9C3E067DD01000000000000000010000000AA7E19C4",
        stamp="20261030T151240Z", seq=1, location="Microsoft Teams Meeting",
        attendees=(("Taylor Brooks", ME), ("Darnell Hughes", "darnell.hughes@magnoliabenefits.com")))
    headers = [
        ("Received", rcv("mail-bn8nam12on2119.outbound.protection.outlook.com", "40.107.237.119",
                         "2026-10-30 11:12:40", "America/New_York", "4jJ3tB6yWe0k")),
        ("From", addr("Carmen Reyes", "carmen.reyes@magnoliabenefits.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Cc", addr("Darnell Hughes", "darnell.hughes@magnoliabenefits.com")),
        ("Subject", enc("Updated: " + summary)),
        *outlook_headers(enc(summary), "AQHdS7xQm1vP0c3kT2e8Zr4NgYwBfQ=="),
        ("Date", date("2026-10-30 11:12:40", "America/New_York")),
        ("Message-ID", "<BN8PR12MB29045D1E7A3C9F0B2E84A6C1D0F93@BN8PR12MB2904.namprd12.prod.outlook.com>"),
    ]
    return message(headers, alt(text(body), html(body_html), calendar(ics, cte="base64")))


@mail(n(19), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
      company="Fairmount Behavioral Health", contact="ksimmons@fairmountbh.org",
      start="2026-11-24T19:30:00Z", end=None,
      local="Tue 2026-11-24 14:30", zone="America/New_York",
      days=(("Fri", "2026-11-20"),),
      note="Louisville recruiter writing from her phone on Thu 19 Nov: 'tomorrow' (Fri 20 Nov) 2pm moved to "
           "'next Tuesday the 24th at 2:30 ET' = 19:30Z (EST); the quoted original still shows Friday "
           "2:00 PM ET (the old slot); no length -> end null; contact = sender")
def m19() -> bytes:
    body = t("""
        Morning Taylor - so sorry, our medical director got pulled into a state survey tomorrow so I
        have to move your 2pm. I moved you to next Tuesday the 24th at 2:30 ET, same zoom link as
        before. Updated invite is coming from my calendar. Thank you for being flexible!!

        Kayla

        Sent from my iPhone

        On Nov 12, 2026, at 3:47 PM, Kayla Simmons <ksimmons@fairmountbh.org> wrote:

        Hi Taylor,

        Great speaking with you today! Your Zoom interview with Dr. Raymond Okoye (Medical Director)
        and Lisa Tran (Director of Quality) is set for Friday, November 20 at 2:00 PM ET.

        Join Zoom Meeting
        https://fairmountbh.zoom.us/j/94830017265
        Meeting ID: 948 3001 7265

        Best,
        Kayla Simmons
        Talent Acquisition Specialist
        Fairmount Behavioral Health | Louisville, KY
        """)
    headers = [
        ("Received", rcv("mail-qk1-f178.google.com", "209.85.222.178", "2026-11-19 07:52:33",
                         "America/New_York", "4jV2nC5hYt8b")),
        ("From", addr("Kayla Simmons", "ksimmons@fairmountbh.org")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Re: Zoom interview Friday - Fairmount Behavioral Health"),
        ("Date", date("2026-11-19 07:52:33", "America/New_York")),
        ("Message-ID", "<E3A0C9D2-5F1B-4E8A-B7C6-2D9F0A1E3B58@fairmountbh.org>"),
        ("In-Reply-To", "<MN2PR07MB6088A1C4E2@MN2PR07MB6088.namprd07.prod.outlook.com>"),
        ("References", "<MN2PR07MB6088A1C4E2@MN2PR07MB6088.namprd07.prod.outlook.com>"),
        ("X-Mailer", "iPhone Mail (23B85)"),
    ]
    return message(headers, text(body, cte="quoted-printable"))


@mail(n(20), family="human_prose", lang="en-CA", interview=True, kind="rescheduled",
      company="Lakeshore Health Analytics", contact="siobhan.macpherson@lakeshorehealth.ca",
      start="2026-12-02T15:30:00Z", end="2026-12-02T16:30:00Z",
      local="Wed 2026-12-02 10:30", local_end="2026-12-02 11:30", zone="America/Toronto",
      days=(("Mon", "2026-11-30"),),
      note="Canadian English (Toronto) recruiter moves the panel from Mon 30 Nov 1:00 p.m. ET to 'Wednesday, "
           "December 2 at 10:30 a.m. ET (9:30 a.m. your time)', 'It will run one hour' = 15:30-16:30Z (EST); "
           "updated invitation sent separately; contact = sender")
def m20() -> bytes:
    body = t("""
        Hi Taylor,

        I'm sorry to be writing with a change. Our Director of Analytics has been called to a
        Ministry of Health working session on Monday, so we've moved your panel interview from
        Monday, November 30 at 1:00 p.m. to Wednesday, December 2 at 10:30 a.m. ET (9:30 a.m. your
        time in Nashville). It will run one hour, with the same three panellists.

        I've sent an updated calendar invitation; please disregard the original one for Monday.
        The Teams link hasn't changed.

        As mentioned on our call, the role sits in our analytics centre of excellence and would be
        remote with a quarterly visit to the Toronto office. We'd cover travel, of course.

        Thanks so much for your patience, and do let me know if the new time doesn't suit.

        Warm regards,

        Siobhan MacPherson
        Senior Talent Advisor
        Lakeshore Health Analytics
        100 Queens Quay East, Suite 1400, Toronto, ON  M5E 1V3
        416-555-0152
        """)
    body_html = "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt;\">\n" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n")) + "</body></html>\n"
    headers = [
        ("Received", rcv("mail-yt3can01on2110.outbound.protection.outlook.com", "40.107.115.110",
                         "2026-11-25 13:10:27", "America/Toronto", "4jX9rE2wMf6a")),
        ("From", addr("Siobhan MacPherson", "siobhan.macpherson@lakeshorehealth.ca")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Change of time for your panel interview - Lakeshore Health Analytics"),
        ("Date", date("2026-11-25 13:10:27", "America/Toronto")),
        ("Message-ID", "<YT3PR01MB8420B6E1C0D9F24A3E7C5B18A2D06@YT3PR01MB8420.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-CA"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(body_html)))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      company="Trinity Post-Acute", contact="rachel.nguyen@trinitypostacute.com",
      start="2026-12-03T19:00:00Z", end="2026-12-03T20:00:00Z",
      local="Thu 2026-12-03 13:00", local_end="2026-12-03 14:00", zone="America/Chicago",
      note="Google Calendar 'Canceled event with note' from a Dallas recruiter: 'Thu Dec 3, 2026 1pm - 2pm "
           "(CST)' = 19:00-20:00Z is the cancelled slot; METHOD:CANCEL / STATUS:CANCELLED; requisition "
           "frozen, no new time; contact = organizer")
def m21() -> bytes:
    summary = "Interview: Taylor Brooks \u2013 Clinical Ops Analyst (Trinity Post-Acute)"
    body = t("""
        This event has been canceled with a note:
        "Hi Taylor, I'm so sorry \u2014 our CFO froze this requisition this morning, so we have to
        pull down Thursday's interview. I'll reach out personally if it reopens in the new year.
        Rachel"

        Interview: Taylor Brooks \u2013 Clinical Ops Analyst (Trinity Post-Acute)
        Thursday Dec 3, 2026 \u22c5 1pm \u2013 2pm
        Central Time - Chicago

        Organizer
        Rachel Nguyen
        rachel.nguyen@trinitypostacute.com

        Guests
        Rachel Nguyen - organizer
        Omar Haddad
        taylor.brooks@example.org

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    body_html = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;">
        <p style="color:#d93025;">This event has been canceled with a note:</p>
        <p style="font-style:italic;">&quot;Hi Taylor, I&#39;m so sorry \u2014 our CFO froze this requisition this morning, so we have to pull down Thursday&#39;s interview. I&#39;ll reach out personally if it reopens in the new year. Rachel&quot;</p>
        <h2 style="font-weight:400;text-decoration:line-through;">Interview: Taylor Brooks \u2013 Clinical Ops Analyst (Trinity Post-Acute)</h2>
        <div>Thursday Dec 3, 2026 \u22c5 1pm \u2013 2pm</div><div>Central Time - Chicago</div>
        <p><b>Organizer</b><br>Rachel Nguyen<br>rachel.nguyen@trinitypostacute.com</p>
        <p><b>Guests</b><br>Rachel Nguyen - organizer<br>Omar Haddad<br>taylor.brooks@example.org</p>
        <p style="font-size:12px;color:#70757a;">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:CANCEL", "BEGIN:VEVENT",
        "DTSTART:20261203T190000Z", "DTEND:20261203T200000Z", "DTSTAMP:20261130T234005Z",
        "ORGANIZER;CN=Rachel Nguyen:mailto:rachel.nguyen@trinitypostacute.com",
        "UID:5q2h8vk1d0c7n3r9m4t6b1e0fa@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=" + ME + ";X-NUM-GUESTS=0:mailto:" + ME,
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Omar Haddad;X-NUM-GUESTS=0:mailto:omar.haddad@trinitypostacute.com",
        "CREATED:20261124T161502Z",
        "LAST-MODIFIED:20261130T234005Z", "LOCATION:", "SEQUENCE:1", "STATUS:CANCELLED",
        "SUMMARY:" + summary, "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("mail-sor-f69.google.com", "209.85.220.69", "2026-11-30 17:40:05",
                         "America/Chicago", "4jY0kR3eGh5s")),
        ("From", addr("Rachel Nguyen", "rachel.nguyen@trinitypostacute.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", addr("Rachel Nguyen", "rachel.nguyen@trinitypostacute.com")),
        ("To", ME),
        ("Subject", enc("Canceled event with note: " + summary + " @ Thu Dec 3, 2026 1pm - 2pm (CST) ("
                        + ME + ")")),
        ("Date", date("2026-11-30 17:40:05", "America/Chicago")),
        ("Message-ID", "<calendar-9b3f5e20-1c7a-4d86-a0e4-63f8b2d91c57@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html), calendar(ics, method="CANCEL", cte="8bit")),
        calendar(ics, method=None, ctype="application/ics", filename="invite.ics", disposition="attachment",
                 cte="base64", name_param=True)))


@mail(n(22), family="taleo", lang="en-US", interview=True, kind="cancelled",
      company="Harpeth Valley Health System", contact="derek.wong@harpethvalley.org",
      start="2026-12-07T19:00:00Z", end=None,
      local="Mon 2026-12-07 13:00", zone="America/Chicago",
      note="Taleo cancellation (iso-8859-1): 'Monday, December 7, 2026 at 1:00 PM Central Time' = 19:00Z (CST) "
           "is the cancelled slot; requisition on hold, no new time; no length -> end null; contact = talent "
           "advisor in the body")
def m22() -> bytes:
    body = t("""
        Dear Taylor Brooks,

        We regret to inform you that your interview for Requisition 26-04417, Data & Reporting
        Analyst \u2013 Revenue Cycle, scheduled for Monday, December 7, 2026 at 1:00 PM Central Time,
        has been cancelled.

        The requisition has been placed on hold while the department completes its 2027 budget
        review. Your application will remain on file, and you will be notified if the position
        is reopened.

        We apologize for any inconvenience. If you have questions, please contact Derek Wong,
        Talent Advisor, at derek.wong@harpethvalley.org.

        Sincerely,

        Harpeth Valley Health System
        Talent Acquisition

        Please do not reply to this automated message.
        """).replace("\u2013", "-")
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Taylor Brooks,</p>
        <p>We regret to inform you that your interview for Requisition 26-04417, Data &amp; Reporting Analyst - Revenue Cycle, scheduled for <b>Monday, December 7, 2026 at 1:00&nbsp;PM Central Time</b>, has been cancelled.</p>
        <p>The requisition has been placed on hold while the department completes its 2027 budget review. Your application will remain on file, and you will be notified if the position is reopened.</p>
        <p>We apologize for any inconvenience. If you have questions, please contact Derek Wong, Talent Advisor, at <a href="mailto:derek.wong@harpethvalley.org">derek.wong@harpethvalley.org</a>.</p>
        <p>Sincerely,<br><br>Harpeth Valley Health System<br>Talent Acquisition</p>
        <p><i>Please do not reply to this automated message.</i></p>
        <p style="font-size:9px;">\u00a9 Harpeth Valley Health System \u00b7 Powered by Oracle Taleo</p>
        </font></body></html>
        """)
    headers = [
        ("Received", rcv("smtp3.taleo.net", "160.34.18.93", "2026-12-02 16:02:18", "America/Chicago",
                         "4k0Aq7vLx2ch")),
        ("From", addr("Harpeth Valley Health System", "hvhs.noreply@taleo.net")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Interview Cancellation - Data & Reporting Analyst - Revenue Cycle (26-04417)"),
        ("Date", date("2026-12-02 16:02:18", "America/Chicago")),
        ("Message-ID", "<1450293811.20417.1796248938112.JavaMail.taleo@tee-prd-hvhs-09>"),
    ]
    return message(headers, alt(text(body, charset="iso-8859-1"), html(body_html, charset="iso-8859-1")))


@mail(n(23), family="exchange", lang="en-US", interview=True, kind="cancelled",
      company="Wabash Analytics Group", contact="nfitzgerald@wabashanalytics.com",
      start="2026-12-09T15:00:00Z", end="2026-12-09T15:45:00Z",
      local="Wed 2026-12-09 09:00", local_end="2026-12-09 09:45", zone="America/Chicago",
      note="Outlook cancellation from a Chicago hiring manager: 'Wednesday, December 9, 2026 9:00 AM-9:45 AM "
           "(UTC-06:00) Central Time' = 15:00-15:45Z is the cancelled slot; METHOD:CANCEL; a colleague 'will "
           "send a new invite for the week of the 14th' (no new time fixed) -> cancelled; contact = the "
           "sender/organizer, not the colleague named in the body")
def m23() -> bytes:
    body = t("""
        When: Wednesday, December 9, 2026 9:00 AM-9:45 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Taylor,

        I have to cancel Wednesday's interview, I'm sorry to do this on short notice. I'm out on
        unexpected family leave starting tomorrow. Jess Ortiz on my team (jess.ortiz@wabashanalytics.com)
        will send you a new invite for the week of the 14th once she has the panel lined up.

        Nolan

        Nolan Fitzgerald
        Director, Provider Analytics | Wabash Analytics Group
        312-555-0108
        """)
    ics = outlook_ics(
        method="CANCEL", organizer=("Nolan Fitzgerald", "nfitzgerald@wabashanalytics.com"),
        summary="Canceled: Interview: Taylor Brooks / Wabash Analytics", tzid="Central Standard Time",
        start="20261209T090000", end="20261209T094500",
        uid="040000008200E00074C5B7101A82E008000000004D9C1E2F6A81DD01000000000000000010000000C51B3D70",
        stamp="20261203T143012Z", seq=1, status="CANCELLED", location="Microsoft Teams Meeting", busy="FREE")
    headers = [
        ("Received", rcv("mail-mw2nam10on2103.outbound.protection.outlook.com", "40.107.94.103",
                         "2026-12-03 08:30:12", "America/Chicago", "4k0Bc1pSd9vf")),
        ("From", addr("Nolan Fitzgerald", "nfitzgerald@wabashanalytics.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Cc", addr("Jess Ortiz", "jess.ortiz@wabashanalytics.com")),
        ("Subject", "Canceled: Interview: Taylor Brooks / Wabash Analytics"),
        *outlook_headers("Interview: Taylor Brooks / Wabash Analytics", "AQHdYx8Tk0bN5qR3m1cVz7e2PwLsUg=="),
        ("Date", date("2026-12-03 08:30:12", "America/Chicago")),
        ("Message-ID", "<MW2PR10MB4417E0A6B3C12F9D8E5A7B40C1D62@MW2PR10MB4417.namprd10.prod.outlook.com>"),
        ("Importance", "high"),
    ]
    return message(headers, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="en-US", interview=False, company="Isarwerk Medical Software",
      note="softgarden rejection before any interview ('not able to invite you to an interview'); no time")
def m24() -> bytes:
    body = t("""
        Dear Taylor Brooks,

        Thank you for your interest in Isarwerk Medical Software and for applying for the position
        of Implementation Analyst (Nashville / Remote).

        We have received a large number of strong applications. After careful review, we are sorry
        to let you know that we are not able to invite you to an interview for this position.
        This decision is not a judgement of your qualifications; other candidates' profiles
        simply matched the current requirements more closely.

        With your consent we will keep your documents in our talent pool for 12 months so we can
        contact you about future openings. You can withdraw your consent at any time in your
        candidate account.

        We wish you all the best in your search.

        Kind regards
        Your Isarwerk Recruiting Team

        Isarwerk Medical Software Inc. | 1201 Demonbreun St, Nashville, TN 37203
        """)
    body_html = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px;\">\n" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n")) + \
        "<p style=\"font-size:11px;color:#999;\">Powered by softgarden</p>\n</body></html>\n"
    headers = [
        ("Received", rcv("mout.softgarden.io", "185.151.52.16", "2026-09-08 16:31:02", "Europe/Berlin",
                         "4hN6xC2kVb7q")),
        ("From", addr("Isarwerk Medical Software Inc.", "jobs-noreply@softgarden.io")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Your application as Implementation Analyst (Nashville / Remote)"),
        ("Date", date("2026-09-08 16:31:02", "Europe/Berlin")),
        ("Message-ID", "<20260908143102.7f1c2d9ea0b4@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, alt(text(body), html(body_html)))


@mail(n(25), family="offer", lang="en-US", interview=False, company="Cumberland Care Partners",
      days=(("Thu", "2026-10-08"), ("Fri", "2026-10-02"), ("Mon", "2026-11-02")),
      note="Offer after the interviews (thread with the Greenhouse phone screen); the only fixed times are "
           "a reply deadline (Thu 8 Oct 5:00 PM CT) and an optional benefits call offered for Friday 11 AM "
           "'if that works' - no interview")
def m25() -> bytes:
    body = t("""
        Hi Taylor,

        On behalf of everyone who met you \u2014 Derrick, Simone and the revenue cycle team \u2014 I'm
        thrilled to extend you an offer for the Senior Healthcare Operations Analyst position at
        Cumberland Care Partners!

        You'll receive the formal offer letter through DocuSign within the hour. Highlights:

          - Base salary: $92,500
          - Annual incentive target: 8%
          - Start date: Monday, November 2, 2026 (flexible)
          - Hybrid: 3 days in our Cool Springs office

        Please let me know your decision by Thursday, October 8 at 5:00 PM CT. If it would help,
        I'm happy to set up a call with our benefits team Friday at 11 AM to walk through the
        medical plans \u2014 just let me know if that works.

        Congratulations, and thank you for all the time you spent with us during the interviews.

        Megan

        Megan Holt
        Talent Acquisition Partner | Cumberland Care Partners
        615-555-0109
        """)
    headers = [
        ("Received", rcv("mail-dm3nam02on2128.outbound.protection.outlook.com", "40.107.95.128",
                         "2026-10-01 17:05:20", "America/Chicago", "4j1Kd8sWn3pb")),
        ("From", addr("Megan Holt", "megan.holt@cumberlandcare.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Offer - Senior Healthcare Operations Analyst"),
        ("Date", date("2026-10-01 17:05:20", "America/Chicago")),
        ("Message-ID", "<DM3PR02MB9012E4B1C7A0@DM3PR02MB9012.namprd02.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(26), family="application_ack", lang="en-US", interview=False, company="Riverside Infusion Partners",
      note="JOIN application receipt; 'if your profile fits, the team will contact you to schedule an "
           "interview' is hypothetical; no time")
def m26() -> bytes:
    body = t("""
        Hi Taylor,

        thanks for applying! Your application for the position

        Infusion Center Operations Analyst
        Riverside Infusion Partners \u00b7 Louisville, KY (Hybrid)

        has been sent successfully.

        What happens next?
        1. The hiring team at Riverside Infusion Partners reviews your application.
        2. If your profile fits, they will contact you to schedule an interview.
        3. You can follow the status of your application at any time in your JOIN account.

        Good luck!
        Your JOIN Team

        JOIN Solutions AG \u00b7 Zurich, Switzerland
        You receive this email because you applied via JOIN.
        """)
    body_html = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;background:#f7f7f9;">
        <div style="max-width:520px;margin:0 auto;background:#fff;padding:32px;border-radius:8px;">
        <p>Hi Taylor,</p>
        <p>thanks for applying! Your application for the position</p>
        <p style="font-size:18px;font-weight:bold;margin-bottom:0;">Infusion Center Operations Analyst</p>
        <p style="color:#666;margin-top:2px;">Riverside Infusion Partners \u00b7 Louisville, KY (Hybrid)</p>
        <p>has been sent successfully.</p>
        <p><b>What happens next?</b></p>
        <ol><li>The hiring team at Riverside Infusion Partners reviews your application.</li>
        <li>If your profile fits, they will contact you to schedule an interview.</li>
        <li>You can follow the status of your application at any time in your <a href="https://join.com/candidate">JOIN account</a>.</li></ol>
        <p>Good luck!<br>Your JOIN Team</p>
        </div>
        <p style="text-align:center;font-size:11px;color:#aaa;">JOIN Solutions AG \u00b7 Zurich, Switzerland<br>You receive this email because you applied via JOIN.</p>
        </body></html>
        """)
    headers = [
        ("Received", rcv("mail-out.join.com", "3.124.77.210", "2026-09-16 19:44:08", "Europe/Zurich",
                         "4hS1bN9cLq4y")),
        ("From", addr("JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", "Application sent: Infusion Center Operations Analyst at Riverside Infusion Partners"),
        ("Date", date("2026-09-16 19:44:08", "Europe/Zurich")),
        ("Message-ID", "<01070192a1f4c0de-5b2e7a8c-join-appl-441902@eu-central-1.amazonses.com>"),
    ]
    return message(headers, alt(text(body), html(body_html)))


@mail(n(27), family="job_alert", lang="en-US", interview=False, company=None,
      note="Job-board digest; 'Actively interviewing' and 'Interviews this week' badges are not appointments")
def m27() -> bytes:
    body = t("""
        8 new jobs for "healthcare operations analyst" near Nashville, TN

        Revenue Cycle Data Analyst
        Harpeth Valley Health System - Nashville, TN
        $78K - $95K a year | Actively interviewing
        https://www.careerharbor.com/rc/clk?jk=8a1f2c

        Clinical Operations Analyst II
        Mid-South Regional Medical Center - Memphis, TN
        Easy apply | Interviews this week
        https://www.careerharbor.com/rc/clk?jk=71bd09

        Senior Analyst, Payer Contracting
        Bluegrass Mutual Health - Louisville, KY (Hybrid)
        $88K - $104K a year
        https://www.careerharbor.com/rc/clk?jk=c03e55

        Operations Analyst, Patient Access
        Brookmeade Health - Nashville, TN
        Urgently hiring | Interviewing now
        https://www.careerharbor.com/rc/clk?jk=2e7d90

        ...and 4 more jobs: https://www.careerharbor.com/jobs?q=healthcare+operations+analyst&l=Nashville

        You are receiving this job alert because you created it on CareerHarbor.
        Unsubscribe: https://www.careerharbor.com/alerts/unsubscribe?t=Rk9yQ2Fy
        CareerHarbor, Inc., 500 Peachtree St NE, Atlanta, GA 30308
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;color:#2d2d2d;">
        <h2 style="font-size:18px;">8 new jobs for &quot;healthcare operations analyst&quot; near Nashville, TN</h2>
        <table cellpadding="8" width="560">
        <tr><td><a href="https://www.careerharbor.com/rc/clk?jk=8a1f2c" style="font-weight:bold;color:#2557a7;">Revenue Cycle Data Analyst</a><br>Harpeth Valley Health System - Nashville, TN<br><span style="background:#e4f7e9;color:#1b5e20;padding:2px 6px;">Actively interviewing</span> $78K - $95K a year</td></tr>
        <tr><td><a href="https://www.careerharbor.com/rc/clk?jk=71bd09" style="font-weight:bold;color:#2557a7;">Clinical Operations Analyst II</a><br>Mid-South Regional Medical Center - Memphis, TN<br><span style="background:#fff4e5;padding:2px 6px;">Interviews this week</span> Easy apply</td></tr>
        <tr><td><a href="https://www.careerharbor.com/rc/clk?jk=c03e55" style="font-weight:bold;color:#2557a7;">Senior Analyst, Payer Contracting</a><br>Bluegrass Mutual Health - Louisville, KY (Hybrid)<br>$88K - $104K a year</td></tr>
        <tr><td><a href="https://www.careerharbor.com/rc/clk?jk=2e7d90" style="font-weight:bold;color:#2557a7;">Operations Analyst, Patient Access</a><br>Brookmeade Health - Nashville, TN<br><span style="background:#fdecea;padding:2px 6px;">Urgently hiring</span> Interviewing now</td></tr>
        </table>
        <p><a href="https://www.careerharbor.com/jobs?q=healthcare+operations+analyst&amp;l=Nashville">See 4 more jobs</a></p>
        <p style="font-size:11px;color:#767676;">You are receiving this job alert because you created it on CareerHarbor. <a href="https://www.careerharbor.com/alerts/unsubscribe?t=Rk9yQ2Fy">Unsubscribe</a><br>CareerHarbor, Inc., 500 Peachtree St NE, Atlanta, GA 30308</p>
        </body></html>
        """)
    headers = [
        ("Received", rcv("mail-a9.careerharbor.com", "50.31.36.209", "2026-10-05 06:00:41", "America/Chicago",
                         "4j2Fh7wQm5nd")),
        ("From", addr("CareerHarbor Job Alerts", "alert@jobs.careerharbor.com")),
        ("To", ME),
        ("Subject", "Revenue Cycle Data Analyst at Harpeth Valley Health System and 7 more new jobs"),
        ("Date", date("2026-10-05 06:00:41", "America/Chicago")),
        ("Message-ID", "<20261005110041.44f0a1b2c3d@jobs.careerharbor.com>"),
        ("List-Unsubscribe", "<https://www.careerharbor.com/alerts/unsubscribe?t=Rk9yQ2Fy>, <mailto:unsub-Rk9yQ2Fy@jobs.careerharbor.com>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(body_html)))


@mail(n(28), family="newsletter_tips", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Newsletter issue about closing questions in an interview, plus a live Q&A 'Thursday, October 15 "
           "at 12 pm CT' for subscribers; neither is the reader's job interview")
def m28() -> bytes:
    body = t("""
        THE ANALYST'S DESK \u2014 Issue #112

        The five questions to ask at the end of your interview

        Every interview ends the same way: "So, what questions do you have for us?" Most
        candidates waste it. Here's what hiring managers in healthcare ops told me they actually
        remember:

        1. "What would make this hire a clear success at the six-month mark?"
        2. "Which report does leadership look at first on Monday morning?"
        3. "Where does the data break today \u2014 intake, coding, or billing?"
        4. "Who would I work with most outside this team?"
        5. "What's the next step, and when should I expect to hear back?"

        Then follow up within 24 hours. A two-line thank-you that references something specific
        from the conversation beats a long letter every time.

        LIVE Q&A FOR SUBSCRIBERS
        Thursday, October 15 at 12 pm CT \u2014 bring your interview questions, I'll answer as many
        as I can in 45 minutes. Link: https://theanalystsdesk.example.com/live

        \u2014 Rosa

        You're receiving this because you subscribed to The Analyst's Desk.
        Unsubscribe https://theanalystsdesk.example.com/unsubscribe?u=tb2041
        """)
    body_html = t("""
        <html><body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#222;">
        <div style="max-width:600px;margin:0 auto;">
        <p style="font-family:Arial,sans-serif;font-size:12px;letter-spacing:2px;color:#888;">THE ANALYST&#39;S DESK \u2014 ISSUE #112</p>
        <h1 style="font-size:28px;">The five questions to ask at the end of your interview</h1>
        <p>Every interview ends the same way: &ldquo;So, what questions do you have for us?&rdquo; Most candidates waste it. Here&#39;s what hiring managers in healthcare ops told me they actually remember:</p>
        <ol><li>&ldquo;What would make this hire a clear success at the six-month mark?&rdquo;</li>
        <li>&ldquo;Which report does leadership look at first on Monday morning?&rdquo;</li>
        <li>&ldquo;Where does the data break today \u2014 intake, coding, or billing?&rdquo;</li>
        <li>&ldquo;Who would I work with most outside this team?&rdquo;</li>
        <li>&ldquo;What&#39;s the next step, and when should I expect to hear back?&rdquo;</li></ol>
        <p>Then follow up within 24 hours. A two-line thank-you that references something specific from the conversation beats a long letter every time.</p>
        <div style="background:#fff8e1;padding:16px;"><b>LIVE Q&amp;A FOR SUBSCRIBERS</b><br>Thursday, October 15 at 12 pm CT \u2014 bring your interview questions, I&#39;ll answer as many as I can in 45 minutes. <a href="https://theanalystsdesk.example.com/live">Join here</a></div>
        <p>\u2014 Rosa</p>
        <p style="font-size:12px;color:#999;">You&#39;re receiving this because you subscribed to The Analyst&#39;s Desk. <a href="https://theanalystsdesk.example.com/unsubscribe?u=tb2041">Unsubscribe</a></p>
        </div></body></html>
        """)
    headers = [
        ("Received", rcv("mail-out-14.theanalystsdesk.example.com", "167.89.30.14", "2026-10-13 07:30:00",
                         "America/Chicago", "4j3Pq2nXs8ra")),
        ("From", addr("Rosa at The Analyst's Desk", "rosa@theanalystsdesk.example.com")),
        ("To", ME),
        ("Subject", "The five questions to ask at the end of your interview"),
        ("Date", date("2026-10-13 07:30:00", "America/Chicago")),
        ("Message-ID", "<issue-112.tb2041@theanalystsdesk.example.com>"),
        ("List-Id", "The Analyst's Desk <newsletter.theanalystsdesk.example.com>"),
        ("List-Unsubscribe", "<https://theanalystsdesk.example.com/unsubscribe?u=tb2041>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(body_html)))


@mail(n(29), family="scheduling_link", lang="en-US", interview=False, company="Gateway Hospice Partners",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21"), ("Thu", "2026-10-22")),
      note="Recruitee self-scheduling request: available slots are listed but the candidate has not picked "
           "one, so nothing is confirmed")
def m29() -> bytes:
    body = t("""
        Hi Taylor,

        Thank you for your application for Hospice Operations Analyst. We'd like to invite you to a
        30-minute video interview with our Director of Operations, Kim Doyle.

        Please pick the time that suits you best:
        https://gatewayhospice.recruitee.com/scheduler/7f2b0c91

        Available slots (Central Time):
          Tuesday, October 20: 9:00 AM, 10:00 AM, 2:30 PM
          Wednesday, October 21: 11:00 AM, 1:00 PM
          Thursday, October 22: 9:30 AM

        Slots are first come, first served. Once you choose a time you'll receive a confirmation
        with the video link.

        Kind regards,
        Gateway Hospice Partners Recruitment
        Memphis, TN
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
        <p>Hi Taylor,</p>
        <p>Thank you for your application for <b>Hospice Operations Analyst</b>. We&#39;d like to invite you to a 30-minute video interview with our Director of Operations, Kim Doyle.</p>
        <p><a href="https://gatewayhospice.recruitee.com/scheduler/7f2b0c91" style="background:#1999e3;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">Pick a time</a></p>
        <p>Available slots (Central Time):<br>Tuesday, October 20: 9:00 AM, 10:00 AM, 2:30 PM<br>Wednesday, October 21: 11:00 AM, 1:00 PM<br>Thursday, October 22: 9:30 AM</p>
        <p>Slots are first come, first served. Once you choose a time you&#39;ll receive a confirmation with the video link.</p>
        <p>Kind regards,<br>Gateway Hospice Partners Recruitment<br>Memphis, TN</p>
        <p style="font-size:11px;color:#aaa;">Sent with Recruitee</p>
        </body></html>
        """)
    headers = [
        ("Received", rcv("mail.recruitee.com", "52.29.130.74", "2026-10-14 10:18:27", "America/Chicago",
                         "4j4Ag0rTw6kb")),
        ("From", addr("Gateway Hospice Partners", "no-reply@recruiteemail.com")),
        ("Reply-To", addr("Gateway Hospice Partners", "gatewayhospice+c7731@inbound.recruitee.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Pick a time for your interview - Hospice Operations Analyst"),
        ("Date", date("2026-10-14 10:18:27", "America/Chicago")),
        ("Message-ID", "<recruitee.7f2b0c91.1792077507@recruiteemail.com>"),
    ]
    return message(headers, alt(text(body), html(body_html)))


@mail(n(30), family="recruiter_outreach", lang="en-US", interview=False, company="Brightline Search",
      note="Agency cold outreach asking for a quick call 'this week'; no time fixed")
def m30() -> bytes:
    body = t("""
        Hi Taylor,

        I came across your profile and your denials-reduction work at Cedar Bluff Health really
        stood out. I'm partnering with a 6-hospital system in Middle Tennessee on a newly created
        Manager, Revenue Integrity Analytics role (hybrid, Nashville, $110-125K + bonus).

        They're moving quickly and the hiring manager wants to start interviews before
        Thanksgiving. Would you be open to a quick 15-minute call this week so I can share more?
        Just send me a couple of times that work, or grab a spot here:
        https://calendly.com/jreese-brightline/15min

        Best,
        Jordan Reese
        Senior Consultant, Healthcare Finance & Analytics
        Brightline Search | Nashville \u00b7 Atlanta \u00b7 Dallas
        615-555-0131 | jordan.reese@brightlinesearch.com
        """)
    headers = [
        ("Received", rcv("mail-ot1-f42.google.com", "209.85.210.42", "2026-11-02 08:47:13",
                         "America/Chicago", "4jK4sD1vBx8m")),
        ("From", addr("Jordan Reese", "jordan.reese@brightlinesearch.com")),
        ("To", ME),
        ("Subject", "Revenue Integrity Analytics leadership role - Nashville"),
        ("Date", date("2026-11-02 08:47:13", "America/Chicago")),
        ("Message-ID", "<CAGm7Lw0qY2rV5tHp9cZ1bN8eXf3UkD6sJo4@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(31), family="interview_proposed", lang="en-US", interview=False, company="Magnolia Benefits Group",
      days=(("Wed", "2026-11-04"), ("Thu", "2026-11-05")),
      note="Recruiter proposes two possible times ('Would Wednesday, November 4 at 2:00 PM Eastern work? ... "
           "Thursday the 5th at 10 AM is also open') and will send the invite once the candidate confirms: "
           "not yet confirmed. The later Outlook update in this inbox is the positive.")
def m31() -> bytes:
    body = t("""
        Hi Taylor,

        Thank you for the great conversation on Friday! The hiring team would love to move you
        forward to a 60-minute interview with me and Darnell Hughes, our VP of Benefits Operations.

        Would Wednesday, November 4 at 2:00 PM Eastern work for you? If not, Thursday the 5th at
        10 AM is also open on both calendars. Once you confirm, I'll send over a Teams invite.

        Best,
        Carmen

        Carmen Reyes
        Senior Talent Partner | Magnolia Benefits Group
        Atlanta, GA | 404-555-0139
        """)
    headers = [
        ("Received", rcv("mail-bn8nam12on2120.outbound.protection.outlook.com", "40.107.237.120",
                         "2026-10-26 10:05:58", "America/New_York", "4jG8vN2pRk1c")),
        ("From", addr("Carmen Reyes", "carmen.reyes@magnoliabenefits.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Next steps - Benefits Operations Analyst"),
        *outlook_headers("Next steps - Benefits Operations Analyst", "AQHdRk3vN9mB7xQ2p0cZ4e1TwLfYgA=="),
        ("Date", date("2026-10-26 10:05:58", "America/New_York")),
        ("Message-ID", "<BN8PR12MB29041A7C3E0D5B9F2C61E8D4A07B5@BN8PR12MB2904.namprd12.prod.outlook.com>"),
    ]
    return message(headers, text(body, charset="us-ascii", cte="7bit"))


@mail(n(32), family="medical_appointment", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Patient-portal appointment reminder with a fixed time (Tuesday, September 22 at 8:15 AM); not an "
           "interview")
def m32() -> bytes:
    body = t("""
        Appointment Reminder

        Hello Taylor,

        This is a reminder of your upcoming appointment:

        Provider:  Alicia Moreno, MD
        Date:      Tuesday, September 22, 2026
        Time:      8:15 AM (please arrive by 8:00 AM)
        Location:  Green Hills Family Medicine, 3900 Hillsboro Pike, Suite 210, Nashville, TN

        Visit type: Annual physical. Please fast for 8 hours before your visit for lab work.

        To confirm, reply C. To cancel or reschedule, call 615-555-0190 or visit your patient
        portal at least 24 hours in advance.

        Please do not reply to this email with medical questions.
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;">
        <h2 style="color:#00695c;">Appointment Reminder</h2>
        <p>Hello Taylor,</p>
        <p>This is a reminder of your upcoming appointment:</p>
        <table cellpadding="4">
        <tr><td><b>Provider</b></td><td>Alicia Moreno, MD</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, September 22, 2026</td></tr>
        <tr><td><b>Time</b></td><td>8:15 AM (please arrive by 8:00 AM)</td></tr>
        <tr><td><b>Location</b></td><td>Green Hills Family Medicine, 3900 Hillsboro Pike, Suite 210, Nashville, TN</td></tr>
        </table>
        <p>Visit type: Annual physical. Please fast for 8 hours before your visit for lab work.</p>
        <p>To confirm, reply C. To cancel or reschedule, call 615-555-0190 or visit your <a href="https://portal.greenhillsfm.example.com">patient portal</a> at least 24 hours in advance.</p>
        <p style="font-size:11px;color:#888;">Please do not reply to this email with medical questions.</p>
        </body></html>
        """)
    headers = [
        ("Received", rcv("smtp.patientnotify.example.net", "198.51.100.23", "2026-09-21 09:00:04",
                         "America/Chicago", "4hW1cF6mTq0z")),
        ("From", addr("Green Hills Family Medicine", "noreply@patientnotify.example.net")),
        ("To", ME),
        ("Subject", "Reminder: your appointment on Tuesday, September 22 at 8:15 AM"),
        ("Date", date("2026-09-21 09:00:04", "America/Chicago")),
        ("Message-ID", "<appt-rem-5581204.20260921@patientnotify.example.net>"),
    ]
    return message(headers, alt(text(body, cte="7bit", charset="us-ascii"), html(body_html)))


@mail(n(33), family="car_service", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Car-service appointment confirmation with a fixed time and an ICS (Saturday, October 10 at "
           "8:00 AM); not an interview")
def m33() -> bytes:
    body = t("""
        HARDING PLACE AUTO CARE
        Service Appointment Confirmation

        Customer: Taylor Brooks
        Vehicle:  2019 Subaru Outback - 41,872 mi
        Date:     Saturday, October 10, 2026
        Time:     8:00 AM drop-off (estimated ready by 11:30 AM)
        Services: 40,000-mile service, rotate tires, check A/C

        Your service advisor: Luis Ortega, 615-555-0145
        Shuttle service available within 5 miles \u00b7 Free Wi-Fi in the waiting lounge

        Need to change your appointment? Call us or reply to this email.

        Harding Place Auto Care \u00b7 615 Harding Place, Nashville, TN 37211
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ShopBoss//Appointments//EN", "METHOD:PUBLISH",
        VTZ["America/Chicago"], "BEGIN:VEVENT",
        "UID:hpac-appt-77310@shopboss.example.net",
        "DTSTAMP:20261007T171402Z",
        "DTSTART;TZID=America/Chicago:20261010T080000",
        "DTEND;TZID=America/Chicago:20261010T113000",
        "SUMMARY:Car service - Harding Place Auto Care",
        "LOCATION:615 Harding Place\\, Nashville\\, TN 37211",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("mail.shopboss.example.net", "203.0.113.77", "2026-10-07 12:14:02",
                         "America/Chicago", "4j2Sx5bHk9mw")),
        ("From", addr("Harding Place Auto Care", "service@hardingplaceauto.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Appointment confirmed - Sat 10/10 8:00 AM"),
        ("Date", date("2026-10-07 12:14:02", "America/Chicago")),
        ("Message-ID", "<appt-77310.1791479642@shopboss.example.net>"),
    ]
    return message(headers, mixed(
        text(body, charset="iso-8859-15"),
        calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


@mail(n(34), family="school_meeting", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Parent-teacher conference confirmation (Thursday, October 22 at 4:15 PM); not an interview")
def m34() -> bytes:
    body = t("""
        Hi Taylor,

        Thanks for signing up! This confirms your parent-teacher conference for Maya:

        Thursday, October 22 at 4:15 PM, Room 112 (Mrs. Kowalski, 3rd grade)

        Conferences are 15 minutes. We'll look at Maya's reading benchmark and her writing
        portfolio. If you'd rather meet by phone, just let me know and I'll call you at the
        same time.

        See you then!
        Dana Kowalski
        3rd Grade, Sylvan Heights Elementary

        --
        Sent via SchoolConnect. Reply to this message to reach Dana Kowalski.
        """)
    headers = [
        ("Received", rcv("mta2.schoolconnect.example.com", "198.51.100.141", "2026-10-16 15:32:51",
                         "America/Chicago", "4j4Wq8cRn3ty")),
        ("From", addr("Dana Kowalski (via SchoolConnect)", "messages@schoolconnect.example.com")),
        ("Reply-To", addr("Dana Kowalski", "dkowalski@sylvanheights.example.org")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Conference confirmed: Maya Brooks - Thu 10/22 4:15 PM"),
        ("Date", date("2026-10-16 15:32:51", "America/Chicago")),
        ("Message-ID", "<sc.msg.90441872@schoolconnect.example.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(35), family="team_event", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Google Calendar invitation from a coworker's personal account for the current team's holiday "
           "party (Fri Dec 11, 6:30pm - 9:30pm CST); a fixed time, but a team event at the current job")
def m35() -> bytes:
    summary = "Cedar Bluff Ops holiday party \U0001f384"
    body = t("""
        Cedar Bluff Ops holiday party \U0001f384
        Friday Dec 11, 2026 \u22c5 6:30pm \u2013 9:30pm
        Central Time - Chicago

        Location
        Tennessee Brew Works event room, 809 Ewing Ave, Nashville
        https://www.google.com/maps/search/809+Ewing+Ave,+Nashville

        Sending to personal emails so spouses/partners can come too! White elephant, $25 limit.
        Monique is covering the first round. RSVP so I can give the venue a headcount.

        Organizer
        Brianna Lott
        brianna.lott.tn@gmail.com

        Guests
        Brianna Lott - organizer
        Monique Carter
        taylor.brooks@example.org
        and 14 more

        Reply for taylor.brooks@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=M2RhYmx6&rst=1

        Invitation from Google Calendar https://calendar.google.com/calendar/
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
        "DTSTART:20261212T003000Z", "DTEND:20261212T033000Z", "DTSTAMP:20261130T193312Z",
        "ORGANIZER;CN=Brianna Lott:mailto:brianna.lott.tn@gmail.com",
        "UID:3dablz0q7m2k8v1c4e9r6t5n0h@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=" + ME + ";X-NUM-GUESTS=0:mailto:" + ME,
        "DESCRIPTION:Sending to personal emails so spouses/partners can come too! White elephant\\, $25 limit.",
        "LOCATION:Tennessee Brew Works event room\\, 809 Ewing Ave\\, Nashville",
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:" + summary, "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("mail-sor-f41.google.com", "209.85.220.41", "2026-11-30 13:33:12",
                         "America/Chicago", "4jX7pB2mLs0q")),
        ("From", addr("Brianna Lott", "brianna.lott.tn@gmail.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("To", ME),
        ("Subject", enc("Invitation: " + summary + " @ Fri Dec 11, 2026 6:30pm - 9:30pm (CST) (" + ME + ")")),
        ("Date", date("2026-11-30 13:33:12", "America/Chicago")),
        ("Message-ID", "<calendar-6e0f2a18-d4b7-4c53-9a21-8b7f3c5e0d94@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="base64"), calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", filename="invite.ics", disposition="attachment",
                 cte="base64")))


@mail(n(36), family="marketing_webinar", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Zoom webinar registration ('Interviewing for Analytics Roles in 2027', Nov 10, 2026 12:00 PM "
           "Central) with an ICS; a confirmed time, but a webinar, not a job interview")
def m36() -> bytes:
    body = t("""
        Hi Taylor,

        Thank you for registering for "Healthcare Ops Leaders Forum: Interviewing for Analytics
        Roles in 2027".

        Date & Time: Nov 10, 2026 12:00 PM Central Time (US and Canada)

        Panelists: three hiring directors from regional health systems share what they look for
        in case interviews, SQL screens and panel interviews. Live Q&A at the end.

        Join from PC, Mac, Linux, iOS or Android:
        https://us02web.zoom.us/w/88213094471?tk=eF9yT2xRc3hKb1N0

        Passcode: 730051

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        Thank you!
        HealthOps Leaders Forum
        """)
    body_html = t("""
        <html><body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#232333;">
        <p>Hi Taylor,</p>
        <p>Thank you for registering for &quot;Healthcare Ops Leaders Forum: Interviewing for Analytics Roles in 2027&quot;.</p>
        <p><b>Date &amp; Time:</b> Nov 10, 2026 12:00 PM Central Time (US and Canada)</p>
        <p>Panelists: three hiring directors from regional health systems share what they look for in case interviews, SQL screens and panel interviews. Live Q&amp;A at the end.</p>
        <p><a href="https://us02web.zoom.us/w/88213094471?tk=eF9yT2xRc3hKb1N0" style="background:#0e72ed;color:#fff;padding:10px 20px;text-decoration:none;border-radius:8px;">Join Webinar</a></p>
        <p>Passcode: 730051</p>
        <p>You can <a href="https://us02web.zoom.us/webinar/cancel/88213094471">cancel your registration</a> at any time.</p>
        <p>Thank you!<br>HealthOps Leaders Forum</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        "DTSTAMP:20261104T150231Z",
        "DTSTART:20261110T180000Z", "DTEND:20261110T190000Z",
        "SUMMARY:Healthcare Ops Leaders Forum: Interviewing for Analytics Roles in 2027",
        "UID:20261104T150231Z-88213094471@fe80:0:0:0:0:0:0:1ens5",
        "DESCRIPTION:Join from PC\\, Mac\\, Linux\\, iOS or Android: https://us02web.zoom.us/w/88213094471",
        "LOCATION:https://us02web.zoom.us/w/88213094471",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("mailout-ny2.zoom.us", "170.114.10.71", "2026-11-04 09:02:31", "America/Chicago",
                         "4jM2hT7wRz5c")),
        ("From", addr("HealthOps Leaders Forum", "no-reply@zoom.us")),
        ("Reply-To", addr("HealthOps Leaders Forum", "events@healthopsforum.example.org")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Healthcare Ops Leaders Forum: Interviewing for Analytics Roles in 2027 Confirmation"),
        ("Date", date("2026-11-04 09:02:31", "America/Chicago")),
        ("Message-ID", "<zw-88213094471-reg-5f1c@zoom.us>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(ics, method=None, ctype="application/ics", filename="webinar.ics", disposition="attachment",
                 cte="base64")))


@mail(n(37), family="mock_interview", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Calendly booking with a career coach for a 'Mock Interview + Feedback' session (Thursday, "
           "October 29, 06:00pm Central); the time is fixed but it is interview practice, not a job "
           "interview")
def m37() -> bytes:
    body = t("""
        Hi Taylor Brooks,

        Your Mock Interview + Feedback (60 min) with Jenna Farris at 06:00pm (Central Time - US &
        Canada) on Thursday, October 29, 2026 is scheduled.

        Event Type:
        Mock Interview + Feedback (60 min)

        Event Date/Time:
        06:00pm - 07:00pm (Central Time - US & Canada) on Thursday, October 29, 2026

        Location:
        Zoom: https://us05web.zoom.us/j/7712093364

        Questions:
        Which role are you preparing for?
        Benefits Operations Analyst at an Atlanta benefits administrator, panel with a VP.

        Payment: $95.00 paid

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/b27e0d41-9c3a-4f88-a1e5-0f6d2c9b7a13
        Reschedule: https://calendly.com/reschedulings/b27e0d41-9c3a-4f88-a1e5-0f6d2c9b7a13

        Powered by Calendly.com
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "DTSTAMP:20261026T144410Z", "DTSTART:20261029T230000Z", "DTEND:20261030T000000Z",
        "SUMMARY:Mock Interview + Feedback (60 min) between Jenna Farris and Taylor Brooks",
        "UID:b27e0d41-9c3a-4f88-a1e5-0f6d2c9b7a13@calendly.com",
        "ORGANIZER;CN=Jenna Farris:mailto:jenna@farriscareerstudio.com",
        "ATTENDEE;CN=Taylor Brooks;PARTSTAT=ACCEPTED:mailto:" + ME,
        "LOCATION:https://us05web.zoom.us/j/7712093364",
        "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("o1.ptr7719.calendly.com", "149.72.133.7", "2026-10-26 09:44:10",
                         "America/Chicago", "4jG9wE4tNx2v")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Jenna Farris", "jenna@farriscareerstudio.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Confirmed: Mock Interview + Feedback (60 min) with Jenna Farris on Thursday, October 29, 2026"),
        ("Date", date("2026-10-26 09:44:10", "America/Chicago")),
        ("Message-ID", "<Jq8zR3wT1pL0aMx4Kd7sUv@geopod-ismtpd-5>"),
    ]
    return message(headers, mixed(
        text(body),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(38), family="interviewer_panel", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-11-13"), ("Mon", "2026-11-09")),
      note="Forwarded from the candidate's work account: an Outlook invitation at the current employer "
           "asking Taylor to sit on the interview panel for a candidate (Fri Nov 13, 10:00-11:00 CST); Taylor "
           "is the interviewer, not the candidate")
def m38() -> bytes:
    body = t("""
        fyi - sending to personal so I remember to prep SQL questions this weekend

        ________________________________
        From: Carter, Monique <monique.carter@cedarbluffhealth.org>
        Sent: Monday, November 9, 2026 9:12 AM
        To: Brooks, Taylor <tbrooks@cedarbluffhealth.org>; Lott, Brianna <blott@cedarbluffhealth.org>
        Subject: Interview Panel: Data Analyst candidate - Jordan Pike
        When: Friday, November 13, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: 4th floor huddle room / Teams

        Hi both - can you sit on Friday's panel for our Data Analyst I opening? Taylor, please take
        the SQL and data-quality questions; Brianna, the stakeholder scenario. Scorecards are in the
        shared drive. Résumé attached to the req in Workday.

        Thanks!
        Monique
        """)
    ics = outlook_ics(
        method="REQUEST", organizer=("Carter, Monique", "monique.carter@cedarbluffhealth.org"),
        summary="Interview Panel: Data Analyst candidate - Jordan Pike", tzid="Central Standard Time",
        start="20261113T100000", end="20261113T110000",
        uid="040000008200E00074C5B7101A82E0080000000013A9F7C2B570DD0100000000000000001000000077D0E4B1",
        stamp="20261109T151244Z", location="4th floor huddle room / Teams",
        attendees=(("Brooks, Taylor", "tbrooks@cedarbluffhealth.org"), ("Lott, Brianna", "blott@cedarbluffhealth.org")))
    headers = [
        ("Received", rcv("mail-sn1nam02on2097.outbound.protection.outlook.com", "40.107.96.97",
                         "2026-11-09 09:20:31", "America/Chicago", "4jQ5mV0cKb8x")),
        ("From", addr("Brooks, Taylor", "tbrooks@cedarbluffhealth.org")),
        ("To", ME),
        ("Subject", "FW: Interview Panel: Data Analyst candidate - Jordan Pike"),
        *outlook_headers("Interview Panel: Data Analyst candidate - Jordan Pike", "AQHdUk0pR8sT2vQ1m3bZ7e5NcXwAyQ=="),
        ("Date", date("2026-11-09 09:20:31", "America/Chicago")),
        ("Message-ID", "<SN1PR02MB3378D0F5A1C2B7E9F4@SN1PR02MB3378.namprd02.prod.outlook.com>"),
    ]
    return message(headers, mixed(
        text(body),
        calendar(ics, cte="base64", filename="Interview Panel.ics", disposition="attachment")))


@mail(n(39), family="auto_reply", lang="en-US", interview=False, company="Peachtree Ledger Health",
      days=(("Mon", "2026-09-28"),),
      note="Out-of-office auto-reply from the Peachtree recruiter (Auto-Submitted: auto-replied) to the "
           "candidate's thank-you note after the interview; no appointment")
def m39() -> bytes:
    body = t("""
        Thank you for your message. I am out of the office with limited access to email and will
        return on Monday, September 28. I will respond to your note as soon as possible after I
        return.

        For urgent recruiting matters, please contact recruiting@peachtreeledger.com.

        Jasmine Okafor
        Senior Recruiter | Peachtree Ledger Health
        """)
    headers = [
        ("Received", rcv("mail-cy4gcc01on2102.outbound.protection.outlook.com", "40.107.192.102",
                         "2026-09-24 08:12:55", "America/New_York", "4hX6kR1pWm4e")),
        ("From", addr("Jasmine Okafor", "jasmine.okafor@peachtreeledger.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Automatic reply: Thank you - Healthcare Payments Operations Analyst interview"),
        ("Date", date("2026-09-24 08:12:55", "America/New_York")),
        ("Message-ID", "<CY4PR01MB2870C1E5B3A09D@CY4PR01MB2870.prod.exchangelabs.com>"),
        ("In-Reply-To", "<CAF3wXn0Zt5Lp8qR@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "jasmine.okafor@peachtreeledger.com"),
    ]
    return message(headers, text(body, charset="us-ascii", cte="7bit"))


def undelivered(msg: bytes):
    """The returned message as Postfix attaches it: message/rfc822 with a Content-Description."""
    part = attached_message(msg)
    part.headers.insert(0, ("Content-Description", "Undelivered Message"))
    return part


@mail(n(40), family="bounce", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Postfix bounce (multipart/report) of the candidate's own pre-interview note to a mistyped "
           "recruiter address; the returned message mentions 'Thursday, October 1 at 9:30 AM ET', but a "
           "bounce is not a confirmation (the Workday mail is)")
def m40() -> bytes:
    original = message([
        ("From", addr("Taylor Brooks", ME)),
        ("To", addr("Renee Castellano", "renee.castelano@bluegrassmutual.com")),
        ("Subject", "Question before Thursday's interview"),
        ("Date", date("2026-09-28 19:39:58", "America/Chicago")),
        ("Message-ID", "<CAN7pT2vR9xQ0mLk@mail.example.org>"),
    ], text(t("""
        Hi Renee,

        Looking forward to Thursday, October 1 at 9:30 AM ET. Quick question: should I bring
        printed copies of my work samples, or will there be a screen in the room?

        Thanks,
        Taylor
        """), charset="us-ascii", cte="7bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <renee.castelano@bluegrassmutual.com>: host
            bluegrassmutual-com.mail.protection.outlook.com[52.101.40.12] said: 550 5.1.10
            RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
            (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4j0Yk2bTs7qf
        X-Postfix-Sender: rfc822; taylor.brooks@example.org
        Arrival-Date: Mon, 28 Sep 2026 19:39:59 -0500 (CDT)

        Final-Recipient: rfc822; renee.castelano@bluegrassmutual.com
        Original-Recipient: rfc822;renee.castelano@bluegrassmutual.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; bluegrassmutual-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
            found by SMTP address lookup
        """)
    report = multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        undelivered(original),
        params="report-type=delivery-status")
    headers = [
        ("Return-Path", "<>"),
        ("Received", "by mx1.example.org (Postfix)\r\n id 4j0Yk3dFv1rg; " + date("2026-09-28 19:40:03", "America/Chicago")),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-09-28 19:40:03", "America/Chicago")),
        ("Message-ID", "<20260929004003.4j0Yk3dFv1rg@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(headers, report)


@mail(n(41), family="mailing_list", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Google Groups mailing-list post announcing a community mock-interview night and SQL study "
           "group (Thu 11/19 6:30pm); a meetup, not a job interview")
def m41() -> bytes:
    body = t("""
        Hey all,

        Mock interview night is back! Thursday 11/19, 6:30-8:30pm at the Germantown library branch
        community room (2nd floor). Bring a printed resume. We'll pair people up for 20-minute
        behavioral rounds, then do a SQL screen practice set. Three folks who hire analysts at
        local health systems have said they'll come and play interviewer.

        No RSVP needed but reply here if you can bring snacks.

        Kendra

        --
        You received this message because you are subscribed to the Google Groups "Nashville
        Healthcare Analytics" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to
        nashville-hc-analytics+unsubscribe@googlegroups.com.
        To view this discussion visit https://groups.google.com/d/msgid/nashville-hc-analytics/CAK2h9Lp0.
        """)
    headers = [
        ("Received", rcv("mail-yw1-f199.google.com", "209.85.128.199", "2026-11-16 12:04:19",
                         "America/Chicago", "4jT9cN6qWx1e")),
        ("From", addr("Kendra Oyelaran", "kendra.oyelaran@example.net")),
        ("Sender", "nashville-hc-analytics@googlegroups.com"),
        ("To", addr("Nashville Healthcare Analytics", "nashville-hc-analytics@googlegroups.com")),
        ("Subject", "[NashHCA] Mock interview night + SQL study group, Thu 11/19 6:30pm"),
        ("Date", date("2026-11-16 12:04:19", "America/Chicago")),
        ("Message-ID", "<CAK2h9Lp0xR4mT7vQ1zYb8Nc3WeD5sF@mail.gmail.com>"),
        ("List-Id", "<nashville-hc-analytics.googlegroups.com>"),
        ("List-Post", "<https://groups.google.com/group/nashville-hc-analytics/post>, <mailto:nashville-hc-analytics@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+448120773516+unsubscribe@googlegroups.com>, <https://groups.google.com/group/nashville-hc-analytics/subscribe>"),
        ("Mailing-list", "list nashville-hc-analytics@googlegroups.com; contact nashville-hc-analytics+owners@googlegroups.com"),
        ("Precedence", "list"),
        ("X-Original-Sender", "kendra.oyelaran@example.net"),
    ]
    return message(headers, text(body))


@mail(n(42), family="job_centre", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-10-26"),),
      note="Public career center (American Job Center network) confirms an 'initial assessment interview' "
           "with a career advisor on Monday, October 26 at 9:30 AM for a training-voucher program; a fixed "
           "time called an interview, but not a job interview with an employer")
def m42() -> bytes:
    body = t("""
        APPOINTMENT CONFIRMATION

        Dear Taylor Brooks,

        Thank you for your interest in the Skills Upgrade Training Account program. Your initial
        assessment interview with a career advisor has been scheduled:

        Date:     Monday, October 26, 2026
        Time:     9:30 AM Central
        Advisor:  Terrence Boyd, Career Advisor
        Location: Nashville Career Access Center, 621 Mainstream Drive, Suite 120, Nashville, TN 37228

        Please bring:
          - A government-issued photo ID
          - Your Social Security card or other proof of work authorization
          - A recent pay stub or other proof of income
          - The name of the certificate program you are interested in (for example, the
            Certified Health Data Analyst prep course)

        The interview takes about 60 minutes. If you cannot keep this appointment, call
        615-555-0170 at least one business day in advance so we can offer the slot to another
        customer.

        Nashville Career Access Center
        A proud partner of the American Job Center network
        Auxiliary aids and services are available upon request to individuals with disabilities.
        """)
    headers = [
        ("Received", rcv("smtp.careeraccess-nashville.org", "192.0.2.61", "2026-10-20 14:05:37",
                         "America/Chicago", "4j6Cz9hRk2pd")),
        ("From", addr("Nashville Career Access Center", "appointments@careeraccess-nashville.org")),
        ("To", addr("TAYLOR BROOKS", ME)),
        ("Subject", "Appointment Confirmation - Initial Assessment Interview 10/26/2026"),
        ("Date", date("2026-10-20 14:05:37", "America/Chicago")),
        ("Message-ID", "<APPT.20261020.140537.88104@careeraccess-nashville.org>"),
    ]
    return message(headers, text(body, charset="us-ascii", cte="7bit"))


@mail(n(43), family="admission_interview", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Executive MBA admissions interview confirmed for Friday, November 6, 2026 at 3:00 PM CT with an "
           "ICS; an admission interview at a school, not a job interview")
def m43() -> bytes:
    body = t("""
        Dear Taylor,

        Thank you for scheduling your admissions interview for the Harpeth School of Business
        Executive MBA (Healthcare Leadership track). Your interview is confirmed:

        Friday, November 6, 2026
        3:00 PM - 3:45 PM Central Time
        Zoom (link below and in the attached calendar invitation)
        Interviewer: Caroline Vance, Associate Director of Admissions

        The conversation is an opportunity for us to learn more about your career goals and for
        you to ask questions about the program. Business attire is not required.

        https://harpeth-edu.zoom.us/j/95530218847

        If you need to reschedule, please use the link in your applicant portal.

        Warm regards,
        Office of Executive MBA Admissions
        Harpeth School of Business
        """)
    body_html = t("""
        <html><body style="font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#1a1a1a;">
        <p>Dear Taylor,</p>
        <p>Thank you for scheduling your admissions interview for the Harpeth School of Business Executive MBA (Healthcare Leadership track). Your interview is confirmed:</p>
        <p style="border-left:4px solid #7a1f2b;padding-left:12px;">Friday, November 6, 2026<br>3:00 PM - 3:45 PM Central Time<br>Zoom (link below and in the attached calendar invitation)<br>Interviewer: Caroline Vance, Associate Director of Admissions</p>
        <p>The conversation is an opportunity for us to learn more about your career goals and for you to ask questions about the program. Business attire is not required.</p>
        <p><a href="https://harpeth-edu.zoom.us/j/95530218847">https://harpeth-edu.zoom.us/j/95530218847</a></p>
        <p>If you need to reschedule, please use the link in your applicant portal.</p>
        <p>Warm regards,<br>Office of Executive MBA Admissions<br>Harpeth School of Business</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Technolutions//Slate//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:slate-interview-4f7a2c19-0e3b@harpeth.example.edu",
        "DTSTAMP:20261029T162201Z",
        "DTSTART:20261106T210000Z", "DTEND:20261106T214500Z",
        "SUMMARY:EMBA Admissions Interview - Taylor Brooks",
        "LOCATION:https://harpeth-edu.zoom.us/j/95530218847",
        "ORGANIZER;CN=Caroline Vance:mailto:caroline.vance@harpeth.example.edu",
        "ATTENDEE;CN=Taylor Brooks;RSVP=TRUE:mailto:" + ME,
        "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("mail.technolutions.net", "207.38.94.51", "2026-10-29 11:22:01", "America/Chicago",
                         "4jH2pL5vQw8n")),
        ("From", addr("Harpeth EMBA Admissions", "embaadmissions@harpeth.example.edu")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Your EMBA admissions interview is confirmed"),
        ("Date", date("2026-10-29 11:22:01", "America/Chicago")),
        ("Message-ID", "<slate.4f7a2c19.0e3b.1792945321@harpeth.example.edu>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(n(44), family="sports_tryout", lang="en-US", interview=False, company=None,
      days=(("Sun", "2026-09-27"),),
      note="Club ultimate-frisbee team try-out confirmation (Sunday, September 27, 9:00 AM); not a job "
           "interview")
def m44() -> bytes:
    body = t("""
        Hi Taylor,

        You're registered for Music City Current club tryouts!

        Sunday, September 27, 2026
        Check-in 8:30 AM, tryouts 9:00 AM - 12:30 PM
        Riverfront Fields, field 3 (park in the lot off Cowan St)

        Bring: light + dark jerseys, cleats, water, sunscreen. We'll run drills for the first hour
        and then scrimmage. Captains will have short one-on-one chats with everyone at the end,
        so please stick around.

        Roster decisions go out by Wednesday night.

        See you on the field,
        Alexis & Jamal
        Music City Current captains

        --
        Sent via RosterHub. Manage your notifications: https://rosterhub.example.com/settings
        """)
    headers = [
        ("Received", rcv("out-7.rosterhub.example.com", "198.51.100.207", "2026-09-21 19:48:33",
                         "America/Chicago", "4hW9xN2bRt6k")),
        ("From", addr("Music City Current via RosterHub", "noreply@rosterhub.example.com")),
        ("Reply-To", addr("Alexis Grant", "alexis.grant@example.net")),
        ("To", ME),
        ("Subject", "Tryout confirmation - Music City Current (Sun 9/27)"),
        ("Date", date("2026-09-21 19:48:33", "America/Chicago")),
        ("Message-ID", "<rh.tryout.66120.1790038113@rosterhub.example.com>"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(n(45), family="bank_advisor", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Bank appointment (401(k) rollover consultation with a financial advisor, Tuesday, December 8, "
           "2026 at 12:30 PM CT) with an ICS; HTML only, windows-1252; not an interview")
def m45() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">
        <table width="600" cellpadding="0" cellspacing="0" align="center">
        <tr><td style="background:#0d4d3b;color:#fff;padding:16px 24px;font-size:18px;">Fidelia Bank &amp; Trust</td></tr>
        <tr><td style="padding:24px;">
        <p>Hi Taylor,</p>
        <p>You\u2019re all set. We look forward to seeing you.</p>
        <p><b>Appointment:</b> Retirement account rollover consultation<br>
        <b>When:</b> Tuesday, December 8, 2026 at 12:30 PM CT (about 45 minutes)<br>
        <b>With:</b> Andre Hollis, Financial Advisor<br>
        <b>Where:</b> Green Hills Financial Center, 2120 Crestmoor Rd, Nashville, TN</p>
        <p>Please bring your most recent 401(k) statement and a photo ID. If you\u2019re changing employers, a copy of your former plan\u2019s distribution form is helpful too.</p>
        <p>Need to reschedule? Call 615-555-0114 or use the Fidelia app.</p>
        <p style="font-size:11px;color:#777;">Investment products are not FDIC insured \u2022 No bank guarantee \u2022 May lose value. Fidelia Bank &amp; Trust, Member FDIC.</p>
        </td></tr></table></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fidelia Bank//Appointments//EN", "METHOD:PUBLISH",
        VTZ["America/Chicago"], "BEGIN:VEVENT",
        "UID:fbt-appt-20261208-1230-5511@fideliabank.example.com",
        "DTSTAMP:20261202T200914Z",
        "DTSTART;TZID=America/Chicago:20261208T123000",
        "DTEND;TZID=America/Chicago:20261208T131500",
        "SUMMARY:Fidelia Bank - rollover consultation with Andre Hollis",
        "LOCATION:Green Hills Financial Center\\, 2120 Crestmoor Rd\\, Nashville\\, TN",
        "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Received", rcv("mta-14.fideliabank.example.com", "192.0.2.114", "2026-12-02 14:09:14",
                         "America/Chicago", "4k08Wv3pHm1s")),
        ("From", addr("Fidelia Bank & Trust", "appointments@fideliabank.example.com")),
        ("To", ME),
        ("Subject", "Your appointment is confirmed: Tue, Dec 8 at 12:30 PM"),
        ("Date", date("2026-12-02 14:09:14", "America/Chicago")),
        ("Message-ID", "<appt.5511.20261202200914@fideliabank.example.com>"),
    ]
    return message(headers, mixed(
        html(body_html, charset="windows-1252"),
        calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


@mail(n(46), family="press_interview", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Local reporter confirms a phone interview with Taylor as a source for a story ('Tuesday at 11 "
           "a.m.' = Tue 10 Nov); the candidate is the interviewee of a journalist, not a job candidate")
def m46() -> bytes:
    body = t("""
        Hi Taylor,

        Thanks so much for agreeing to talk \u2014 Priscilla at the Healthcare Council passed along
        your name. Confirming our phone interview for Tuesday at 11 a.m. I'll call you at
        615-555-0142. It should take about 20 minutes.

        The story is about billing and coding staff shortages at Middle Tennessee hospitals and
        what analysts are doing to keep denials down. We can talk on background first and decide
        together what's on the record.

        Talk soon,
        Colleen

        Colleen Matthews
        Health care reporter, The Nashville Ledger
        cmatthews@nashvilleledger.com | 615-555-0186
        """)
    headers = [
        ("Received", rcv("mail-pf1-f170.google.com", "209.85.210.170", "2026-11-05 16:27:50",
                         "America/Chicago", "4jN1sF8cVp3g")),
        ("From", addr("Colleen Matthews", "cmatthews@nashvilleledger.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Confirming Tuesday interview - staffing story"),
        ("Date", date("2026-11-05 16:27:50", "America/Chicago")),
        ("Message-ID", "<CAB4n0Tq8Wx2pL7zR5mYc1Ke9VdF3sH@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(47), family="forwarded_other", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-19"), ("Tue", "2026-11-17"), ("Fri", "2026-11-13")),
      note="A friend forwards their own interview confirmation (Thursday, November 19, 2026 at 2:00 PM CST "
           "at Brookmeade Health) and asks for a practice run; a real confirmed interview, but the "
           "friend's, not the inbox owner's")
def m47() -> bytes:
    body = t("""
        TAYLOR. look!!! I got the interview at Brookmeade \U0001f62d

        Can we do a practice run Tuesday night? You interviewed there last year right? I need to
        know what their panel is like. I'll bring wine

        Z

        ---------- Forwarded message ---------
        From: Stephanie Lowe <stephanie.lowe@brookmeadehealth.org>
        Date: Fri, Nov 13, 2026 at 3:18 PM
        Subject: Interview confirmation - Patient Experience Analyst
        To: Zo\u00eb Park <zoe.park@example.net>

        Hi Zo\u00eb,

        Thank you for your interest in Brookmeade Health. Your interview for the Patient
        Experience Analyst position is confirmed for Thursday, November 19, 2026 at 2:00 PM CST
        at our Midtown campus (Medical Office Building B, 3rd floor). You'll meet with the
        patient experience leadership team for about an hour.

        Best regards,
        Stephanie Lowe
        Talent Acquisition, Brookmeade Health
        """)
    headers = [
        ("Received", rcv("mail-wr1-f54.google.com", "209.85.221.54", "2026-11-15 20:14:06",
                         "America/Chicago", "4jT4bK7nQx0w")),
        ("From", addr("Zo\u00eb Park", "zoe.park@example.net")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Fwd: Interview confirmation - Patient Experience Analyst"),
        ("Date", date("2026-11-15 20:14:06", "America/Chicago")),
        ("Message-ID", "<CAM3qY7pR0vT5zWk2Lx8Nb4Fc9Ud1sE@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(48), family="tenant_interview", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Atlanta landlord confirms an apartment showing and 'quick tenant interview' (Saturday, Nov 21 at "
           "11:00 AM ET); a fixed time called an interview, but a flat viewing")
def m48() -> bytes:
    body = t("""
        Hi Taylor,

        Great, you're confirmed for Saturday, Nov 21 at 11:00 AM ET for the showing at 1184 Ponce
        Court NE, Unit 3B (Atlanta). Since you're coming in from Nashville I'll keep the slot open
        for you \u2014 I'll do a quick tenant interview afterwards (15 min, just the usual: move-in
        date, job, pets, references) so you won't need a second trip.

        Please bring a photo ID. The application fee is $50, payable online after the showing.

        Thanks!
        Gwen Harrell
        Harrell Properties, LLC
        404-555-0172
        """)
    headers = [
        ("Received", rcv("sonic312.mxc.example.net", "203.0.113.12", "2026-11-17 12:51:26",
                         "America/New_York", "4jV0pT4cWm7s")),
        ("From", addr("Gwen Harrell", "gwen@harrellproperties.example.com")),
        ("To", ME),
        ("Subject", "Re: 1184 Ponce Ct NE #3B - showing Saturday"),
        ("Date", date("2026-11-17 12:51:26", "America/New_York")),
        ("Message-ID", "<0a1b2c3d4e5f6071-8293a4b5c6d7@harrellproperties.example.com>"),
        ("In-Reply-To", "<CAP4xW1nQ7tR9mZ@mail.gmail.com>"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(n(49), family="teamtailor_stage", lang="en-US", interview=False, company="Sunbelt Care Network",
      days=(("Mon", "2026-12-07"),),
      note="Teamtailor stage update: the hiring team wants to interview the candidate and a coordinator will "
           "send available times; interviews happen 'the week of December 7' - nothing is fixed yet")
def m49() -> bytes:
    body = t("""
        Hi Taylor,

        Great news \u2014 the hiring team for Post-Acute Operations Analyst would like to interview you!

        Our recruiting coordinator will reach out within the next two business days with a few
        available times. Interviews for this role are taking place the week of December 7 and
        are about 45 minutes on Microsoft Teams.

        In the meantime, you can learn more about life at Sunbelt Care Network on our career site.

        Best regards,
        The Sunbelt Care Network Talent Team
        Dallas, TX
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f1f1f;">
        <div style="max-width:560px;margin:0 auto;padding:24px;">
        <p>Hi Taylor,</p>
        <p>Great news \u2014 the hiring team for <b>Post-Acute Operations Analyst</b> would like to interview you!</p>
        <p>Our recruiting coordinator will reach out within the next two business days with a few available times. Interviews for this role are taking place the week of December 7 and are about 45 minutes on Microsoft Teams.</p>
        <p>In the meantime, you can learn more about life at Sunbelt Care Network on our <a href="https://careers.sunbeltcare.example.com">career site</a>.</p>
        <p>Best regards,<br>The Sunbelt Care Network Talent Team<br>Dallas, TX</p>
        <p style="font-size:11px;color:#9a9a9a;">Sent with Teamtailor</p>
        </div></body></html>
        """)
    headers = [
        ("Received", rcv("mail-out-eu.teamtailor-mail.com", "185.250.236.41", "2026-12-01 10:32:08",
                         "America/Chicago", "4jZ8hR0vKx5t")),
        ("From", addr("Sunbelt Care Network", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Sunbelt Care Network", "reply+c1f0e9b7a2d4@teamtailor-mail.com")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "Next step: interview - Post-Acute Operations Analyst"),
        ("Date", date("2026-12-01 10:32:08", "America/Chicago")),
        ("Message-ID", "<tt.msg.c1f0e9b7a2d4@teamtailor-mail.com>"),
    ]
    return message(headers, alt(text(body), html(body_html)))


@mail(n(50), family="candidate_survey", lang="en-US", interview=False, company="Cumberland Care Partners",
      days=(("Tue", "2026-09-15"),),
      note="Greenhouse candidate-experience survey the day after the phone screen ('your interview on "
           "Tuesday, September 15'); refers to a past interview, confirms nothing")
def m50() -> bytes:
    body = t("""
        Hi Taylor,

        Thank you for speaking with Cumberland Care Partners for the Senior Healthcare Operations
        Analyst role. We'd love to hear how your interview on Tuesday, September 15 went.

        This 2-minute survey is anonymous and won't affect your candidacy in any way:
        https://app.greenhouse.io/candidate_surveys/5e1c0a7b3f/new

        Thank you,
        Cumberland Care Partners Talent Acquisition
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;">
        <p>Hi Taylor,</p>
        <p>Thank you for speaking with Cumberland Care Partners for the Senior Healthcare Operations Analyst role. We&#39;d love to hear how your interview on Tuesday, September 15 went.</p>
        <p><a href="https://app.greenhouse.io/candidate_surveys/5e1c0a7b3f/new" style="background:#24a47f;color:#fff;padding:10px 18px;text-decoration:none;">Take the survey</a></p>
        <p>This 2-minute survey is anonymous and won&#39;t affect your candidacy in any way.</p>
        <p>Thank you,<br>Cumberland Care Partners Talent Acquisition</p>
        </body></html>
        """)
    headers = [
        ("Received", rcv("o3.sg.greenhouse-mail.io", "167.89.41.18", "2026-09-16 11:00:09",
                         "America/Chicago", "4hQ9tM3wXc6p")),
        ("From", addr("Cumberland Care Partners", "no-reply@us.greenhouse-mail.io")),
        ("To", addr("Taylor Brooks", ME)),
        ("Subject", "How was your interview with Cumberland Care Partners?"),
        ("Date", date("2026-09-16 11:00:09", "America/Chicago")),
        ("Message-ID", "<survey.5e1c0a7b3f.91840233@us.greenhouse-mail.io>"),
    ]
    return message(headers, alt(text(body), html(body_html)))
