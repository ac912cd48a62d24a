"""blind328: a blind 50-mail held-out set, the inbox of Tessa Whitcomb, hospital supply-chain analyst in
Spokane, Washington (America/Los_Angeles), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the held-out README's
introduction and its Mix / Label conventions / Traps / Judgement calls sections, the dev corpus
README, dev labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the detector, its
tests, the other held-out mails or sets, and never ran the detector. Every mail below is written
by hand, one function each, in American English; roles are in Spokane, Seattle, Boise
(America/Boise), Salt Lake City (America/Denver), Vancouver BC (America/Vancouver) and on remote
teams. Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives; the
file numbers are a fixed shuffle of the writing order.

    python3 bench/heldout/make_blind.py blind328
"""

from __future__ import annotations

import hashlib
import random

import make
from make import addr, alt, at, calendar, enc, html, mixed, t, text

SET = "blind328"
ORDER = random.Random(3280328).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "tessa.whitcomb@example.org"
ME_ALT = "tessa.whitcomb@example.com"
ME_NAME = "Tessa Whitcomb"
TO_ME = addr(ME_NAME, ME)
LA = "America/Los_Angeles"
BOISE = "America/Boise"
DENVER = "America/Denver"
VAN = "America/Vancouver"


def _h(seed: str, n: int = 16) -> str:
    return hashlib.sha256(f"{SET}:{seed}".encode(), usedforsecurity=False).hexdigest()[:n]


def mid(key: int, domain: str, style: str = "plain") -> str:
    h = _h(f"mid{key}", 32)
    if style == "gmail":
        return f"<CA{h[:10].upper()}+{h[10:30]}@mail.gmail.com>"
    if style == "ses":
        return f"<0101019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:32]}-000000@us-west-2.amazonses.com>"
    if style == "outlook":
        return f"<{h[:4].upper()}PR{h[4:6].upper()}MB{h[6:10]}{h[10:22].upper()}@{domain}>"
    return f"<{h[:24]}@{domain}>"


def rcv(key: int, host: str, ip: str, when: str, zone: str, lag: int = 2) -> str:
    return make.received(f"from {host} ({host} [{ip}])", when, zone,
                         f"mx1.example.org (Postfix) with ESMTPS id {_h(f'rcv{key}', 11).upper()}", ME, lag)


def head(key: int, *, frm: str, subject: str, when: str, zone: str, host: str, ip: str,
         msgid: str, to: str = TO_ME, extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    return [
        ("Delivered-To", ME),
        ("Received", rcv(key, host, ip, when, zone)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", make.date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def stamp(when: str, zone: str) -> str:
    from datetime import UTC

    return at(when, zone).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def uid(key: int) -> str:
    h = _h(f"uid{key}", 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


PST_WIN = """BEGIN:VTIMEZONE
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

MST_WIN = """BEGIN:VTIMEZONE
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

LA_IANA = """BEGIN:VTIMEZONE
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

BOISE_IANA = """BEGIN:VTIMEZONE
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

TEAMS_TEXT = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{m}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def teams(key: int) -> str:
    h = _h(f"teams{key}", 30)
    digits = str(int(h[:12], 16))[:12]
    return TEAMS_TEXT.format(m=h, mid=f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:12]}",
                             pc=h[12:18].upper())


# =========================================================================== positives: scheduled


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T17:00:00Z", end="2026-09-15T18:00:00Z",
           contact="marisol.vega@inlandcresthealth.org", company="Inland Crest Health",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=LA,
           note="Greenhouse on-site confirmation in Spokane, 10:00-11:00 AM PDT (UTC-7) -> 17:00-18:00Z; "
                "contact = human Reply-To (recruiter), also the ICS ORGANIZER")
def m01() -> bytes:
    when = "2026-09-09 16:12"
    plain = t("""
        Hi Tessa,

        Thanks for confirming! Your interview for Supply Chain Analyst II at Inland Crest Health is
        scheduled. Here are the details:

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 11:00 AM PDT
        Location: Inland Crest Health - Administrative Services Building
                  4410 N. Division St., Suite 300, Spokane, WA 99207
                  Check in at the 3rd floor reception desk; visitor parking is free in Lot B.

        Interviewers:
          10:00 AM  Marcus Oyelaran, Manager, Supply Chain Analytics
          10:30 AM  Deb Kowalczyk, Director, Materials Management

        A calendar invitation is attached. If you need to make any changes, just reply to this
        email and it will reach me directly.

        Best,
        Marisol Vega
        Talent Acquisition Partner | Inland Crest Health
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Tessa,</p>
        <p>Thanks for confirming! Your interview for <strong>Supply Chain Analyst II</strong> at Inland Crest Health is scheduled. Here are the details:</p>
        <table cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:14px">
        <tr><td style="color:#52606d">Date</td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td style="color:#52606d">Time</td><td>10:00 AM &ndash; 11:00 AM PDT</td></tr>
        <tr><td style="color:#52606d">Location</td><td>Inland Crest Health &ndash; Administrative Services Building<br>4410 N. Division St., Suite 300, Spokane, WA 99207<br><em>Check in at the 3rd floor reception desk; visitor parking is free in Lot B.</em></td></tr>
        </table>
        <p><strong>Interviewers</strong><br>
        10:00 AM &nbsp;Marcus Oyelaran, Manager, Supply Chain Analytics<br>
        10:30 AM &nbsp;Deb Kowalczyk, Director, Materials Management</p>
        <p>A calendar invitation is attached. If you need to make any changes, just reply to this email and it will reach me directly.</p>
        <p>Best,<br>Marisol Vega<br>Talent Acquisition Partner | Inland Crest Health</p>
        <img src="https://app.greenhouse.io/email_tracking/open/ZTk0YjQ1.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LA_IANA}
BEGIN:VEVENT
UID:{uid(1)}@greenhouse.io
DTSTAMP:{stamp(when, LA)}
DTSTART;TZID=America/Los_Angeles:20260915T100000
DTEND;TZID=America/Los_Angeles:20260915T110000
SUMMARY:Interview: Tessa Whitcomb - Supply Chain Analyst II (Inland Crest Health)
LOCATION:4410 N. Division St.\\, Suite 300\\, Spokane\\, WA 99207
ORGANIZER;CN=Marisol Vega:mailto:marisol.vega@inlandcresthealth.org
ATTENDEE;CN=Tessa Whitcomb;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(1, frm=addr("Inland Crest Health", "no-reply@us.greenhouse-mail.io"),
              subject="Interview Confirmation: Supply Chain Analyst II at Inland Crest Health",
              when=when, zone=LA, host="o12.us.greenhouse-mail.io", ip="168.245.31.7",
              msgid=mid(1, "us.greenhouse-mail.io"),
              extra=(("Reply-To", addr("Marisol Vega", "marisol.vega@inlandcresthealth.org")),))
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True, cte="base64"))
    return make.message(hs, body)


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-09-21T20:30:00Z", end="2026-09-21T21:15:00Z",
           contact="grant.holloway@cascadiamed.com", company="Cascadia Medical Distribution",
           local="Mon 2026-09-21 13:30", local_end="2026-09-21 14:15", zone=LA,
           note="Lever confirmation (HTML base64 + text), Zoom, 1:30-2:15 PM PDT -> 20:30-21:15Z; contact = Reply-To hiring manager")
def m02() -> bytes:
    when = "2026-09-15 09:40"
    plain = t("""
        Hi Tessa,

        You're confirmed for a video interview with Cascadia Medical Distribution.

        Role: Inventory & Demand Planning Analyst (Seattle, WA - hybrid)
        When: Monday, September 21, 1:30pm - 2:15pm (Pacific Time)
        Where: Zoom - https://cascadiamed.zoom.us/j/83316520947?pwd=Qk1xT2ZpZ0ZrbU9h
        With: Grant Holloway, Demand Planning Manager

        Need to reschedule? Reply to this email and Grant will get back to you.

        Cascadia Medical Distribution
        Sent via Lever
        """)
    body_html = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="560" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#333">
        <tr><td>
        <p>Hi Tessa,</p>
        <p>You&#39;re confirmed for a video interview with <b>Cascadia Medical Distribution</b>.</p>
        <p style="border-left:3px solid #3b5bdb;padding-left:12px">
        <b>Role:</b> Inventory &amp; Demand Planning Analyst (Seattle, WA &ndash; hybrid)<br>
        <b>When:</b> Monday, September 21, 1:30pm &ndash; 2:15pm (Pacific Time)<br>
        <b>Where:</b> <a href="https://cascadiamed.zoom.us/j/83316520947?pwd=Qk1xT2ZpZ0ZrbU9h">Zoom</a><br>
        <b>With:</b> Grant Holloway, Demand Planning Manager</p>
        <p>Need to reschedule? Reply to this email and Grant will get back to you.</p>
        <p style="color:#888;font-size:12px">Cascadia Medical Distribution &middot; Sent via Lever</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = head(2, frm=addr("Cascadia Medical Distribution", "no-reply@hire.lever.co"),
              subject="Your interview with Cascadia Medical Distribution is confirmed",
              when=when, zone=LA, host="a27-18.smtp-out.us-west-2.amazonses.com", ip="54.240.27.18",
              msgid=mid(2, "", "ses"),
              extra=(("Reply-To", addr("Grant Holloway", "grant.holloway@cascadiamed.com")),))
    return make.message(hs, alt(text(plain), html(body_html, cte="base64")))


@make.mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-09-24T15:00:00Z", end="2026-09-24T16:00:00Z",
           contact="brynn.keller@sawtoothhealth.org", company="Sawtooth Regional Health",
           local="Thu 2026-09-24 09:00", local_end="2026-09-24 10:00", zone=BOISE,
           note="Workday HTML-only notice, on-site in Boise: 9:00 AM MDT (UTC-6), duration 60 minutes -> 15:00-16:00Z "
                "(8:00 AM for the Spokane candidate); contact = recruiter address in the body")
def m03() -> bytes:
    when = "2026-09-17 14:05"
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
        <style>td{font-family:Arial,sans-serif;font-size:13px;color:#333333}</style></head>
        <body>
        <table width="600" border="0" cellspacing="0" cellpadding="0">
        <tr><td style="background:#005f73;padding:14px;color:#ffffff;font-size:18px">Sawtooth Regional Health</td></tr>
        <tr><td style="padding:18px">
        <p>Dear Tessa Whitcomb,</p>
        <p>Thank you for your interest in the <b>Senior Supply Chain Analyst (R-0018842)</b> position. We are pleased to confirm your in-person interview.</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Interview Date:</b></td><td>Thursday, September 24, 2026</td></tr>
        <tr><td><b>Start Time:</b></td><td>9:00 AM MDT</td></tr>
        <tr><td><b>Interview Duration:</b></td><td>60 minutes</td></tr>
        <tr><td><b>Location:</b></td><td>Sawtooth Regional Health, Support Services Center<br>1190 W. Front St., Boise, ID 83702<br>Lobby level, ask for Supply Chain</td></tr>
        <tr><td><b>Interview Team:</b></td><td>Nate Albright (VP Supply Chain), Carmen Ruiz (Value Analysis Manager)</td></tr>
        </table>
        <p>Please bring a government-issued photo ID. Masks are required in patient care areas.</p>
        <p>If you have questions or need an accommodation, please contact Brynn Keller, Recruiter, at <a href="mailto:brynn.keller@sawtoothhealth.org">brynn.keller@sawtoothhealth.org</a> or 208-555-0143.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Sawtooth Regional Health</p>
        <p style="font-size:11px;color:#888888">This email was sent from an unmonitored mailbox. To view your application, sign in to the <a href="https://wd5.myworkdaysite.com/recruiting/sawtoothhealth/Careers">Candidate Home</a>.</p>
        </td></tr></table>
        </body></html>
        """)
    hs = head(3, frm=addr("Sawtooth Regional Health", "sawtoothhealth@myworkday.com"),
              subject="Interview Scheduled - Senior Supply Chain Analyst (R-0018842)",
              when=when, zone=BOISE, host="mail-w5.myworkday.com", ip="199.15.212.41",
              msgid=mid(3, "myworkday.com"))
    return make.message(hs, html(body_html))


@make.mail(N(4), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-09-30T18:00:00Z", end="2026-09-30T18:45:00Z",
           contact="priya@ledgerline.io", company="Ledgerline",
           local="Wed 2026-09-30 11:00", local_end="2026-09-30 11:45", zone=LA,
           note="Ashby confirmation for a remote team, shown in the candidate's zone: 11:00-11:45 AM PDT -> 18:00-18:45Z; "
                "ICS in UTC; contact = Reply-To recruiter")
def m04() -> bytes:
    when = "2026-09-25 11:20"
    plain = t("""
        Hi Tessa,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, September 30, 2026, 11:00 AM - 11:45 AM PDT
        Google Meet: https://meet.google.com/vfr-kqzd-mhu

        You'll meet with:
          Elliot Marsh - Head of Customer Analytics

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Ledgerline Recruiting
        """)
    body_html = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Tessa,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Wednesday, September 30, 2026, 11:00 AM &ndash; 11:45 AM PDT</b><br>
        Google Meet: <a href="https://meet.google.com/vfr-kqzd-mhu">meet.google.com/vfr-kqzd-mhu</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Elliot Marsh &mdash; Head of Customer Analytics</p>
        <p>Questions? Just reply and it will reach Priya Raman.</p>
        <p>Thanks,<br>Ledgerline Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid(4)}
DTSTAMP:{stamp(when, LA)}
DTSTART:20260930T180000Z
DTEND:20260930T184500Z
SEQUENCE:0
SUMMARY:Ledgerline - Supply Chain Solutions Analyst Interview
LOCATION:https://meet.google.com/vfr-kqzd-mhu
ORGANIZER;CN=Priya Raman:mailto:priya@ledgerline.io
ATTENDEE;CN=Tessa Whitcomb;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(4, frm=addr("Ledgerline", "no-reply@ashbyhq.com"),
              subject="Interview confirmed: Supply Chain Solutions Analyst at Ledgerline",
              when=when, zone=LA, host="a48-93.smtp-out.amazonses.com", ip="54.240.48.93",
              msgid=mid(4, "", "ses"),
              extra=(("Reply-To", addr("Priya Raman", "priya@ledgerline.io")),))
    body = mixed(alt(text(plain, cte="base64"), html(body_html, cte="base64")),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    return make.message(hs, body)


@make.mail(N(5), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-10-06T20:00:00Z", end=None,
           contact="colton.reese@wasatchsurgical.com", company="Wasatch Surgical Supply",
           local="Tue 2026-10-06 14:00", zone=DENVER,
           note="SmartRecruiters, Salt Lake City employer: 2:00 PM MT in October = MDT (UTC-6) -> 20:00Z (1:00 PM for "
                "the candidate); 'approximately 45 minutes' -> end null; contact = interviewer address in the body")
def m05() -> bytes:
    when = "2026-09-30 08:15"
    plain = t("""
        Hello Tessa,

        Your interview for the position Procurement Data Analyst has been scheduled.

        Interview details
        -----------------
        Date:      Tuesday, October 6, 2026
        Time:      2:00 PM MT (Mountain Time)
        Type:      Video interview (Microsoft Teams - link below)
        Length:    approximately 45 minutes

        Your interviewer: Colton Reese, Director of Procurement (colton.reese@wasatchsurgical.com)

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE5OTEtZTk2ZC00%40thread.v2/0

        Please add this time to your calendar. If something comes up, contact Colton directly.

        Kind regards,
        Wasatch Surgical Supply Talent Team

        --
        This message was sent to tessa.whitcomb@example.org through SmartRecruiters on behalf of
        Wasatch Surgical Supply. Manage your email preferences in your candidate profile.
        """)
    body_html = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hello Tessa,</p>
        <p>Your interview for the position <strong>Procurement Data Analyst</strong> has been scheduled.</p>
        <h3 style="font-size:15px;margin:16px 0 6px">Interview details</h3>
        <table cellpadding="3">
        <tr><td>Date:</td><td>Tuesday, October 6, 2026</td></tr>
        <tr><td>Time:</td><td>2:00 PM MT (Mountain Time)</td></tr>
        <tr><td>Type:</td><td>Video interview (Microsoft Teams &ndash; link below)</td></tr>
        <tr><td>Length:</td><td>approximately 45 minutes</td></tr>
        </table>
        <p>Your interviewer: Colton Reese, Director of Procurement (<a href="mailto:colton.reese@wasatchsurgical.com">colton.reese@wasatchsurgical.com</a>)</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE5OTEtZTk2ZC00%40thread.v2/0" style="background:#0b7bd6;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">Join the interview</a></p>
        <p>Please add this time to your calendar. If something comes up, contact Colton directly.</p>
        <p>Kind regards,<br>Wasatch Surgical Supply Talent Team</p>
        <hr><p style="font-size:11px;color:#999">This message was sent to tessa.whitcomb@example.org through SmartRecruiters on behalf of Wasatch Surgical Supply.</p>
        </body></html>
        """)
    hs = head(5, frm=addr("Wasatch Surgical Supply", "noreply@smartrecruiters.com"),
              subject="Interview scheduled: Procurement Data Analyst",
              when=when, zone=DENVER, host="mta-out2.smartrecruiters.com", ip="35.157.21.88",
              msgid=mid(5, "smartrecruiters.com"))
    return make.message(hs, alt(text(plain), html(body_html)))


@make.mail(N(6), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-10-13T15:30:00Z", end="2026-10-13T16:30:00Z",
           contact="janelle.whitaker@pugetsoundhealth.org", company="Puget Sound Health Alliance",
           local="Tue 2026-10-13 08:30", local_end="2026-10-13 09:30", zone=LA,
           note="iCIMS HTML-only in windows-1252, US date 10/13/2026, 8:30 AM - 9:30 AM PT (PDT, UTC-7) -> 15:30-16:30Z; "
                "contact = human Reply-To")
def m06() -> bytes:
    when = "2026-10-06 10:02"
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Verdana" size="2">
        <p>Tessa,</p>
        <p>Thank you for your continued interest in Puget Sound Health Alliance. Your interview has been scheduled as follows:</p>
        <p><b>Position:</b> Supply Chain Systems Analyst – Req 2026-7713<br>
        <b>Date:</b> 10/13/2026<br>
        <b>Time:</b> 8:30 AM – 9:30 AM PT<br>
        <b>Format:</b> Microsoft Teams video (link to follow from the hiring manager)<br>
        <b>Panel:</b> Hollis Grant, Supply Chain Systems Manager; Wen Zhao, Senior Analyst</p>
        <p>Please reply to this message to confirm you’ve received it, or if you require any accommodations during the interview process.</p>
        <p>Regards,<br>
        Janelle Whitaker<br>
        Talent Acquisition Specialist<br>
        Puget Sound Health Alliance · Seattle, WA</p>
        </font>
        <p><font face="Verdana" size="1" color="#808080">Puget Sound Health Alliance is an equal opportunity employer.</font></p>
        </body></html>
        """)
    hs = head(6, frm=addr("Puget Sound Health Alliance", "psha@talent.icims.com"),
              subject="Interview Scheduled - Supply Chain Systems Analyst",
              when=when, zone=LA, host="smtp12.icims.com", ip="66.45.102.12",
              msgid=mid(6, "talent.icims.com"),
              extra=(("Reply-To", addr("Janelle Whitaker", "janelle.whitaker@pugetsoundhealth.org")),))
    return make.message(hs, html(body_html, charset="windows-1252"))


@make.mail(N(7), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-10-15T16:00:00Z", end="2026-10-15T18:30:00Z",
           contact="alana.brooks@kestrellogistics.com", company="Kestrel Logistics",
           local="Thu 2026-10-15 09:00", local_end="2026-10-15 11:30", zone=LA,
           note="GoodTime virtual onsite of three sessions shown in Pacific Time (PDT): first start 9:00 AM to last end "
                "11:30 AM -> 16:00-18:30Z; coordinator (Chicago) as Reply-To")
def m07() -> bytes:
    when = "2026-10-09 15:30"
    plain = t("""
        Hi Tessa,

        Your virtual onsite with Kestrel Logistics is confirmed. All times are shown in Pacific Time.

        Thursday, October 15, 2026

          9:00 AM - 9:45 AM    Hiring manager conversation - Rosa Delgado, Director of Network Planning
          10:00 AM - 10:45 AM  Analytics case review - Sam Whitfield and Ike Nwosu
          11:00 AM - 11:30 AM  Closing chat - Beth Anand, VP Supply Chain Strategy

        Each session has its own Zoom link in the calendar invitations you'll receive separately.
        There is a 15-minute break between sessions.

        If you need to make a change, reply to this email.

        Alana Brooks
        Recruiting Coordinator, Kestrel Logistics
        Scheduled with GoodTime
        """)
    body_html = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Hi Tessa,</p>
        <p>Your virtual onsite with Kestrel Logistics is confirmed. All times are shown in <b>Pacific Time</b>.</p>
        <p><b>Thursday, October 15, 2026</b></p>
        <table cellpadding="5" style="border-collapse:collapse">
        <tr style="background:#f1f3f5"><td>9:00 AM &ndash; 9:45 AM</td><td>Hiring manager conversation &ndash; Rosa Delgado, Director of Network Planning</td></tr>
        <tr><td>10:00 AM &ndash; 10:45 AM</td><td>Analytics case review &ndash; Sam Whitfield and Ike Nwosu</td></tr>
        <tr style="background:#f1f3f5"><td>11:00 AM &ndash; 11:30 AM</td><td>Closing chat &ndash; Beth Anand, VP Supply Chain Strategy</td></tr>
        </table>
        <p>Each session has its own Zoom link in the calendar invitations you&rsquo;ll receive separately. There is a 15-minute break between sessions.</p>
        <p>If you need to make a change, reply to this email.</p>
        <p>Alana Brooks<br>Recruiting Coordinator, Kestrel Logistics</p>
        <p style="font-size:11px;color:#868e96">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head(7, frm=addr("Kestrel Logistics Recruiting", "scheduling@goodtime.io"),
              subject="Confirmed: Your virtual onsite with Kestrel Logistics (Thu, Oct 15)",
              when=when, zone="America/Chicago", host="o1.mail.goodtime.io", ip="167.89.12.140",
              msgid=mid(7, "goodtime.io"),
              extra=(("Reply-To", addr("Alana Brooks", "alana.brooks@kestrellogistics.com")),))
    return make.message(hs, alt(text(plain), html(body_html)))


@make.mail(N(8), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-16T17:30:00Z", end="2026-10-16T18:00:00Z",
           contact="dana.okafor@tamarackhp.com", company="Tamarack Health Partners",
           local="Fri 2026-10-16 10:30", local_end="2026-10-16 11:00", zone=LA,
           note="Calendly invitee confirmation after the candidate booked the hiring manager's link: 10:30am-11:00am "
                "Pacific Time (PDT) -> 17:30-18:00Z; contact = host's Reply-To")
def m08() -> bytes:
    when = "2026-10-13 19:48"
    plain = t("""
        Hi Tessa Whitcomb,

        A new event has been scheduled.

        Event Type:
        Supply Chain Analyst - intro call (30 min)

        Invitee:
        Tessa Whitcomb

        Event Date/Time:
        10:30am - 11:00am, Friday, October 16, 2026 (Pacific Time - US & Canada)

        Location:
        This is a Zoom web conference. Join: https://us06web.zoom.us/j/81190244716

        Host:
        Dana Okafor, Senior Manager, Supply Chain Operations - Tamarack Health Partners

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5f2c1a9e-b2d4-4c1f-9a71-0d3e8b6c4e21
        Reschedule: https://calendly.com/reschedulings/5f2c1a9e-b2d4-4c1f-9a71-0d3e8b6c4e21

        Powered by Calendly.com
        """)
    body_html = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hi Tessa Whitcomb,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Supply Chain Analyst &ndash; intro call (30 min)</p>
        <p><b>Invitee:</b><br>Tessa Whitcomb</p>
        <p><b>Event Date/Time:</b><br>10:30am - 11:00am, Friday, October 16, 2026 (Pacific Time - US &amp; Canada)</p>
        <p><b>Location:</b><br>This is a Zoom web conference. <a href="https://us06web.zoom.us/j/81190244716">Join</a></p>
        <p><b>Host:</b><br>Dana Okafor, Senior Manager, Supply Chain Operations &ndash; Tamarack Health Partners</p>
        <p><a href="https://calendly.com/cancellations/5f2c1a9e-b2d4-4c1f-9a71-0d3e8b6c4e21">Cancel</a> &middot; <a href="https://calendly.com/reschedulings/5f2c1a9e-b2d4-4c1f-9a71-0d3e8b6c4e21">Reschedule</a></p>
        <p style="color:#737373;font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid(8)}@calendly.com
DTSTAMP:{stamp(when, LA)}
DTSTART:20261016T173000Z
DTEND:20261016T180000Z
SUMMARY:Tessa Whitcomb and Dana Okafor
DESCRIPTION:Event Name: Supply Chain Analyst - intro call (30 min)\\nJoin Zoom: https://us06web.zoom.us/j/81190244716
LOCATION:https://us06web.zoom.us/j/81190244716
ORGANIZER;CN=Dana Okafor:mailto:dana.okafor@tamarackhp.com
ATTENDEE;CN=Tessa Whitcomb;PARTSTAT=ACCEPTED:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(8, frm=addr("Calendly", "notifications@calendly.com"),
              subject="Confirmed: Supply Chain Analyst - intro call (30 min) with Dana Okafor on Friday, October 16, 2026",
              when=when, zone=LA, host="o7.email.calendly.com", ip="149.72.134.7",
              msgid=mid(8, "calendly.com"),
              extra=(("Reply-To", addr("Dana Okafor", "dana.okafor@tamarackhp.com")),))
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64"))
    return make.message(hs, body)


@make.mail(N(9), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-20T21:00:00Z", end="2026-10-20T22:00:00Z",
           contact="renee.tremblay@frasercove.ca", company="Fraser Cove Health Supply",
           local="Tue 2026-10-20 14:00", local_end="2026-10-20 15:00", zone=VAN,
           note="Exchange meeting request from Vancouver BC, TZID 'Pacific Standard Time'; the body's '(UTC-08:00)' label "
                "is the standard offset but October is PDT (UTC-7): 2:00-3:00 PM -> 21:00-22:00Z; organizer's "
                "name is RFC 2047-encoded")
def m09() -> bytes:
    when = "2026-10-14 10:11"
    note = t("""
        Hi Tessa,

        As discussed on the phone, here is the invitation for your interview for the Category Analyst
        role on our Strategic Sourcing team. You'll meet with me and Jaspreet Gill (Sourcing Lead).
        We'll do it over Teams; plan on the full hour.

        Looking forward to it,
        Renée

        Renée Tremblay | Manager, Strategic Sourcing
        Fraser Cove Health Supply | Vancouver, BC
        """)
    plain = ("When: Tuesday, October 20, 2026 2:00 PM-3:00 PM (UTC-08:00) Pacific Time (US & Canada).\n"
             "Where: Microsoft Teams Meeting\n\n"
             "*~*~*~*~*~*~*~*~*~*\n\n" + note + "\n" + teams(9))
    body_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
                 + "".join(f"<p>{line}</p>" if line else "<p>&nbsp;</p>" for line in note.replace("&", "&amp;").split("\n"))
                 + "<div style=\"width:100%;height:20px\"><span style=\"white-space:nowrap;color:#5F5F5F\">"
                 "________________________________________________________________________________</span></div>"
                 "<div><span style=\"font-size:24px;font-weight:600\">Microsoft Teams meeting</span></div>"
                 "<div><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_frasercove%40thread.v2/0\">"
                 "Click here to join the meeting</a></div></div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Renée Tremblay:mailto:renee.tremblay@frasercove.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tessa Whitcomb:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jaspreet Gill:mailto:jaspreet.gill@frasercove.ca
DESCRIPTION;LANGUAGE=en-US:Hi Tessa\\,\\n\\nAs discussed on the phone\\, here is the invitation for your interview for the Category Analyst role.\\n
UID:040000008200E00074C5B7101A82E00800000000{_h('exuid9', 32).upper()}
SUMMARY;LANGUAGE=en-US:Interview - Tessa Whitcomb / Category Analyst
DTSTART;TZID=Pacific Standard Time:20261020T140000
DTEND;TZID=Pacific Standard Time:20261020T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp(when, VAN)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_frasercove%40thread.v2/0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(9, frm=addr("Renée Tremblay", "renee.tremblay@frasercove.ca"),
              subject="Interview - Tessa Whitcomb / Category Analyst",
              when=when, zone=VAN, host="mail-yt3can01on2104.outbound.protection.outlook.com", ip="40.107.115.104",
              msgid=mid(9, "YT3PR01MB8412.CANPRD01.PROD.OUTLOOK.COM", "outlook"),
              extra=(("Thread-Topic", "Interview - Tessa Whitcomb / Category Analyst"),
                     ("Accept-Language", "en-US, en-CA"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    body = alt(text(plain), html(body_html),
               calendar(ics, method="REQUEST", cte="base64"))
    return make.message(hs, body)


@make.mail(N(10), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-11-02T18:00:00Z", end="2026-11-02T18:45:00Z",
           contact="sofia.lindqvist@tallgrassanalytics.com", company="Tallgrass Analytics",
           local="Mon 2026-11-02 10:00", local_end="2026-11-02 10:45", zone=LA,
           note="Google Calendar invitation sent Tue 27 Oct (recruiter in Denver, MDT) for Mon 2 Nov 10am Pacific: "
                "the day after US clocks fall back, so PST (UTC-8) -> 18:00-18:45Z, not 17:00Z; ICS in UTC agrees; "
                "contact = organizer/sender")
def m10() -> bytes:
    when = "2026-10-27 15:20"
    plain = t("""
        You have been invited to the following event.

        Title: Tessa Whitcomb <> Tallgrass Analytics: Hiring manager interview
        Hi Tessa - this is your conversation with Caleb Brandt, our Director of Supply Chain Insights.
        We'll talk through your experience with par-level optimization and the take-home discussion.
        -Sofia

        When: Monday Nov 2, 2026 ⋅ 10am – 10:45am (Pacific Time - Los Angeles)

        Joining info: Join with Google Meet
        https://meet.google.com/ptx-wmab-cze

        Join by phone
        (US) +1 530-555-0192 PIN: 418 223 906#

        Calendar: tessa.whitcomb@example.org
        Who:
        * sofia.lindqvist@tallgrassanalytics.com - organizer
        * caleb.brandt@tallgrassanalytics.com
        * tessa.whitcomb@example.org

        Event details: https://calendar.google.com/calendar/event?action=VIEW&eid=NWd0c2NxbWRrM3Z1

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account tessa.whitcomb@example.org because you are an
        attendee of this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer and be added
        to the guest list, or invite others regardless of their own invitation status, or to modify your RSVP.
        Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    body_html = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from Sofia Lindqvist"/></span></span>
        <div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>
        <div style="padding:2px"><h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222"><span itemprop="name">Tessa Whitcomb &lt;&gt; Tallgrass Analytics: Hiring manager interview</span></h3>
        <p>Hi Tessa - this is your conversation with Caleb Brandt, our Director of Supply Chain Insights. We&#39;ll talk through your experience with par-level optimization and the take-home discussion.<br>-Sofia</p>
        <table cellpadding="0" cellspacing="0" border="0" summary="Event details">
        <tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">When</i></div></td>
        <td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">Monday Nov 2, 2026 &#8901; 10am &ndash; 10:45am (Pacific Time - Los Angeles)</td></tr>
        <tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888" valign="top"><div><i style="font-style:normal">Joining info</i></div></td>
        <td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><a href="https://meet.google.com/ptx-wmab-cze">meet.google.com/ptx-wmab-cze</a></td></tr>
        <tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888" valign="top"><div><i style="font-style:normal">Who</i></div></td>
        <td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><ul style="padding:0 0 0 16px;margin:0"><li>sofia.lindqvist@tallgrassanalytics.com <span style="font-size:11px;color:#888">- organizer</span></li><li>caleb.brandt@tallgrassanalytics.com</li><li>tessa.whitcomb@example.org</li></ul></td></tr>
        </table></div>
        <p style="color:#222;font-size:13px;margin:0"><span style="color:#888">Going (tessa.whitcomb@example.org)?&nbsp;&nbsp;&nbsp;</span><strong><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1" style="color:#20c">Yes</a> - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3" style="color:#20c">Maybe</a> - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2" style="color:#20c">No</a></strong></p>
        </td></tr><tr><td style="background-color:#f6f6f6;color:#888;border-top:1px Solid #ccc;font-family:Arial,Sans-serif;font-size:11px"><p>Invitation from <a href="https://calendar.google.com/calendar/" style="">Google Calendar</a></p>
        <p>You are receiving this courtesy email at the account tessa.whitcomb@example.org because you are an attendee of this event.</p></td></tr></table></div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261102T180000Z
DTEND:20261102T184500Z
DTSTAMP:{stamp(when, DENVER)}
ORGANIZER;CN=sofia.lindqvist@tallgrassanalytics.com:mailto:sofia.lindqvist@tallgrassanalytics.com
UID:{_h('g10', 26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=sofia.lindqvist@tallgrassanalytics.com;X-NUM-GUESTS=0:mailto:sofia.lindqvist@tallgrassanalytics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=caleb.brandt@tallgrassanalytics.com;X-NUM-GUESTS=0:mailto:caleb.brandt@tallgrassanalytics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tessa.whitcomb@example.org;X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/ptx-wmab-cze
CREATED:{stamp(when, DENVER)}
DESCRIPTION:Hi Tessa - this is your conversation with Caleb Brandt\\, our Director of Supply Chain Insights.\\n-Sofia
LAST-MODIFIED:{stamp(when, DENVER)}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tessa Whitcomb <> Tallgrass Analytics: Hiring manager interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(10, frm=addr("Sofia Lindqvist", "sofia.lindqvist@tallgrassanalytics.com"),
              subject="Invitation: Tessa Whitcomb <> Tallgrass Analytics: Hiring manager interview @ "
                      "Mon Nov 2, 2026 10am - 10:45am (PST) (tessa.whitcomb@example.org)",
              when=when, zone=DENVER, host="mail-sor-f73.google.com", ip="209.85.220.73",
              msgid=f"<calendar-{uid(10)}@google.com>",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "sofia.lindqvist@tallgrassanalytics.com")))
    body = mixed(alt(text(plain), html(body_html), calendar(ics, method="REQUEST")),
                 calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True, cte="base64"))
    return make.message(hs, body)


@make.mail(N(11), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-11-12T22:00:00Z", end=None,
           contact="hlund@riverpointortho.com", company="Riverpoint Orthopedics",
           local="Thu 2026-11-12 14:00", zone=LA,
           note="Recruiter reply closing a thread (proposal in another mail): 'Thursday at 2:00' resolved against the "
                "Date (Mon 9 Nov, PST) -> Thu 12 Nov 2:00 PM PST (UTC-8) = 22:00Z; 'about an hour' -> end null")
def m11() -> bytes:
    when = "2026-11-09 08:47"
    body = t("""
        Hi Tessa,

        Thursday at 2:00 works great - you're all set. You'll meet with Greg Halvorsen (our Materials
        Manager) and me at the clinic on Sullivan Rd. Come in the main entrance and let the front desk
        know you're here for me; plan on about an hour.

        If anything changes, my cell is 509-555-0187.

        Thanks!
        Heather

        Heather Lund
        HR Generalist | Riverpoint Orthopedics
        1420 N. Sullivan Rd., Spokane Valley, WA 99216

        On Fri, Nov 6, 2026 at 7:58 PM Tessa Whitcomb <tessa.whitcomb@example.org> wrote:
        > Hi Heather,
        >
        > Thank you for reaching out! Thursday 11/12 at 2:00 would be best for me.
        >
        > Best,
        > Tessa
        >
        > On Thu, Nov 5, 2026 at 3:14 PM Heather Lund <hlund@riverpointortho.com> wrote:
        >> Hi Tessa,
        >>
        >> Greg and I would love to meet you in person for the Inventory Analyst opening. Would
        >> Wednesday 11/11 at 10:00 or Thursday 11/12 at 2:00 work for you?
        >>
        >> Heather
        """)
    hs = head(11, frm=addr("Heather Lund", "hlund@riverpointortho.com"),
              subject="RE: Inventory Analyst - interview",
              when=when, zone=LA, host="mail-bn8nam12on2091.outbound.protection.outlook.com", ip="40.107.237.91",
              msgid=mid(11, "BN8PR12MB3364.namprd12.prod.outlook.com", "outlook"),
              extra=(("In-Reply-To", mid(1131, "mail.gmail.com", "gmail")),
                     ("References", f"{mid(31, 'BN8PR12MB3364.namprd12.prod.outlook.com', 'outlook')} "
                                    f"{mid(1131, 'mail.gmail.com', 'gmail')}")))
    return make.message(hs, text(body, cte="8bit"))


@make.mail(N(12), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-11-17T17:00:00Z", end="2026-11-17T17:45:00Z",
           contact="kyle.brennan@northbridgetalent.com", company="Snake River Medical Supply",
           local="Tue 2026-11-17 10:00", local_end="2026-11-17 10:45", zone=BOISE,
           note="Staffing-agency recruiter (Seattle) confirms a client interview in Boise: 10:00 AM Mountain = MST after "
                "1 Nov (UTC-7) -> 17:00Z, matching '9:00 AM your time' in PST; '45-minute' is exact -> end 17:45Z; "
                "company = the client")
def m12() -> bytes:
    when = "2026-11-12 16:30"
    body = t("""
        Hi Tessa,

        Great news - Snake River Medical Supply wants to move forward! You're confirmed for a 45-minute
        Teams interview with Lorraine Pike, their Materials Manager:

            Tuesday, November 17
            10:00 AM Mountain (9:00 AM your time in Spokane)

        Lorraine will send the Teams link from her calendar today or tomorrow. She's most interested in
        the ERP conversion you led and how you handled backorders during it, so have a couple of examples
        ready. It's a contract-to-hire, 6 months, and the rate we discussed ($41/hr W2) still stands.

        Give me a call after and let me know how it went.

        Kyle

        Kyle Brennan
        Senior Recruiter, Supply Chain & Operations
        Northbridge Talent Partners | Seattle, WA
        206-555-0119 | kyle.brennan@northbridgetalent.com
        """)
    hs = head(12, frm=addr("Kyle Brennan", "kyle.brennan@northbridgetalent.com"),
              subject="Confirmed: Snake River Medical Supply interview Tuesday",
              when=when, zone=LA, host="mail-pj1-f41.google.com", ip="209.85.216.41",
              msgid=mid(12, "mail.gmail.com", "gmail"),
              extra=(("In-Reply-To", mid(28, "mail.gmail.com", "gmail")),
                     ("References", mid(28, "mail.gmail.com", "gmail"))))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(13), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-11-19T20:00:00Z", end="2026-11-19T21:00:00Z",
           contact="owen.castillo@greatbasinml.com", company="Great Basin Medical Logistics",
           local="Thu 2026-11-19 13:00", local_end="2026-11-19 14:00", zone=DENVER,
           note="Teams meeting request from Salt Lake City; the body only says 'Thursday', the time is only in the ICS "
                "(TZID 'Mountain Standard Time', 1:00-2:00 PM MST, UTC-7) -> 20:00-21:00Z (noon Pacific)")
def m13() -> bytes:
    when = "2026-11-13 09:05"
    note = t("""
        Hi Tessa,

        Thanks for being flexible. Sending this over for Thursday - Rick Estrada (our Distribution
        Analytics lead) will join me. We'll cover the replenishment modeling questions from your phone
        screen and leave time for yours.

        Owen

        Owen Castillo
        Supply Chain Manager | Great Basin Medical Logistics
        Salt Lake City, UT
        """)
    plain = note + "\n" + teams(13)
    body_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
                 "<div style=\"font-family:Aptos,Calibri,sans-serif;font-size:12pt\">"
                 + "<br>\n".join(note.split("\n"))
                 + "</div><div style=\"margin-top:12px\"><span style=\"color:#5F5F5F\">"
                 "________________________________________________________________________________</span><br>"
                 "<b style=\"font-size:20px\">Microsoft Teams meeting</b><br>"
                 "<a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_greatbasin%40thread.v2/0\">Join the meeting now</a>"
                 "</div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{MST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Owen Castillo:mailto:owen.castillo@greatbasinml.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tessa.whitcomb@example.org:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rick Estrada:mailto:rick.estrada@greatbasinml.com
DESCRIPTION;LANGUAGE=en-US:Hi Tessa\\,\\n\\nThanks for being flexible. Sending this over for Thursday.\\n
UID:040000008200E00074C5B7101A82E00800000000{_h('exuid13', 32).upper()}
SUMMARY;LANGUAGE=en-US:Tessa Whitcomb - Supply Chain Analyst interview
DTSTART;TZID=Mountain Standard Time:20261119T130000
DTEND;TZID=Mountain Standard Time:20261119T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp(when, DENVER)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_greatbasin%40thread.v2/0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(13, frm=addr("Owen Castillo", "owen.castillo@greatbasinml.com"),
              subject="Tessa Whitcomb - Supply Chain Analyst interview",
              when=when, zone=DENVER, host="mail-dm6nam11on2120.outbound.protection.outlook.com", ip="40.107.223.120",
              msgid=mid(13, "DM6PR11MB4073.namprd11.prod.outlook.com", "outlook"),
              extra=(("Thread-Topic", "Tessa Whitcomb - Supply Chain Analyst interview"),
                     ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    body = alt(text(plain), html(body_html, cte="base64"), calendar(ics, method="REQUEST", cte="base64"))
    return make.message(hs, body)


@make.mail(N(14), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-12-07T17:30:00Z", end="2026-12-07T18:15:00Z",
           contact=None, company="Lilac City Community Health",
           local="Mon 2026-12-07 09:30", local_end="2026-12-07 10:15", zone=LA,
           note="Microsoft Bookings confirmation from a shared careers mailbox, HTML only + ICS (TZID Pacific Standard "
                "Time): 9:30-10:15 AM PST (UTC-8) -> 17:30-18:15Z; staff member named without an address -> contact null")
def m14() -> bytes:
    when = "2026-12-01 11:02"
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:560px">
        <p style="font-size:20px;font-weight:600">Your booking is confirmed</p>
        <p>Hi Tessa Whitcomb,</p>
        <p>Thank you for booking with Lilac City Community Health &ndash; Careers. Here are your booking details:</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>First interview &ndash; Purchasing &amp; Inventory Analyst</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Monday, December 7, 2026 9:30 AM &ndash; 10:15 AM (UTC-08:00) Pacific Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Angela Morrow</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting (link below)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_lilaccity%40thread.v2/0">Join your appointment</a></p>
        <p>Need to make a change? <a href="https://outlook.office365.com/owa/calendar/LilacCityCareers@lilaccitych.org/bookings/s/manage">Manage booking</a></p>
        <p style="font-size:12px;color:#8a8886">Lilac City Community Health &middot; 620 W. Francis Ave, Spokane, WA 99205</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Lilac City Community Health - Careers:mailto:LilacCityCareers@lilaccitych.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tessa Whitcomb:mailto:{ME}
UID:040000008200E00074C5B7101A82E00800000000{_h('exuid14', 32).upper()}
SUMMARY;LANGUAGE=en-US:First interview - Purchasing & Inventory Analyst
DTSTART;TZID=Pacific Standard Time:20261207T093000
DTEND;TZID=Pacific Standard Time:20261207T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp(when, LA)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(14, frm=addr("Lilac City Community Health - Careers", "LilacCityCareers@lilaccitych.org"),
              subject="Booking confirmed: First interview - Purchasing & Inventory Analyst",
              when=when, zone=LA, host="mail-co1nam11on2133.outbound.protection.outlook.com", ip="40.107.220.133",
              msgid=mid(14, "CO1PR11MB5089.namprd11.prod.outlook.com", "outlook"))
    return make.message(hs, alt(html(body_html), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(15), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-12-09T23:00:00Z", end="2026-12-10T00:00:00Z",
           contact="ibrahim.sayed@blueheronhealth.org", company="Blue Heron Health",
           local="Wed 2026-12-09 15:00", local_end="2026-12-09 16:00", zone=LA,
           note="Candidate forwards the recruiter's confirmation from her other address to herself (Gmail 'Fwd:'): "
                "Wed Dec 9, 3:00-4:00 PM Pacific (PST, UTC-8) -> 23:00Z to 00:00Z next day; contact = recruiter in "
                "the forwarded header (the sender is the candidate)")
def m15() -> bytes:
    when = "2026-12-04 07:15"
    body = t("""
        Saving this in my main inbox so it's with the others.

        ---------- Forwarded message ---------
        From: Ibrahim Sayed <ibrahim.sayed@blueheronhealth.org>
        Date: Thu, Dec 3, 2026 at 4:52 PM
        Subject: Panel interview confirmation - Blue Heron Health
        To: Tessa Whitcomb <tessa.whitcomb@example.com>


        Hi Tessa,

        This confirms your panel interview for the Supply Chain Data Analyst position:

        Wednesday, December 9
        3:00 - 4:00 PM Pacific
        Blue Heron Health, 2201 Eastlake Ave E, Seattle, 4th floor (Supply Chain conference room)

        The panel will be Colleen Marsh (Director, Supply Chain), Thanh Nguyen (Senior Buyer) and
        myself. Parking validation is available at the front desk. If you are flying in, please save
        your receipts - we reimburse travel for final-round candidates.

        Let me know if you have any questions.

        Ibrahim Sayed
        Senior Recruiter, Blue Heron Health
        """)
    hs = head(15, frm=addr(ME_NAME, ME_ALT),
              subject="Fwd: Panel interview confirmation - Blue Heron Health",
              when=when, zone=LA, host="mail-sor-f41.google.com", ip="209.85.220.41",
              msgid=mid(15, "mail.gmail.com", "gmail"),
              extra=(("In-Reply-To", mid(1015, "blueheronhealth.org")),
                     ("References", mid(1015, "blueheronhealth.org"))))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(16), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-12-15T19:00:00Z", end="2026-12-15T19:30:00Z",
           contact="naomi.park@meridianclinical.com", company="Meridian Clinical Partners",
           local="Tue 2026-12-15 11:00", local_end="2026-12-15 11:30", zone=LA,
           note="Hiring manager (Denver, MST) replies on top of the quoted thread: 'Tuesday the 15th at 11:00 Pacific "
                "(noon my time)', 30 minutes -> 19:00-19:30Z; contact = the human sender")
def m16() -> bytes:
    when = "2026-12-09 12:40"
    body = t("""
        Perfect - Tuesday the 15th at 11:00 Pacific (noon my time) it is. We'll keep it to 30 minutes.
        Ruth will send a calendar hold with the Zoom link, but consider this confirmed.

        Naomi

        On Wed, Dec 9, 2026 at 12:02 PM Tessa Whitcomb <tessa.whitcomb@example.org> wrote:
        > Hi Naomi,
        >
        > Thanks so much - Tuesday at 11:00 AM Pacific works well for me. Looking forward to it.
        >
        > Tessa
        >
        > On Tue, Dec 8, 2026 at 4:31 PM Naomi Park <naomi.park@meridianclinical.com> wrote:
        >> Hi Tessa,
        >>
        >> I enjoyed your conversation with Ruth last week and would like to set up a short call
        >> before we bring you to the team. Could you do Monday 12/14 at 9:00 or Tuesday 12/15 at
        >> 11:00 (both Pacific)?
        >>
        >> Naomi Park
        >> Director, Clinical Supply Operations
        >> Meridian Clinical Partners
        """)
    hs = head(16, frm=addr("Naomi Park", "naomi.park@meridianclinical.com"),
              subject="Re: Meridian Clinical Partners - next step",
              when=when, zone=DENVER, host="mail-qk1-f178.google.com", ip="209.85.222.178",
              msgid=mid(16, "mail.gmail.com", "gmail"),
              extra=(("In-Reply-To", mid(1016, "mail.gmail.com", "gmail")),
                     ("References", f"{mid(2016, 'mail.gmail.com', 'gmail')} {mid(1016, 'mail.gmail.com', 'gmail')}"),
                     ("Cc", addr("Ruth Abernathy", "ruth.abernathy@meridianclinical.com"))))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="workable", lang="en", interview=True, kind="rescheduled",
           start="2026-10-02T17:00:00Z", end="2026-10-02T17:45:00Z",
           contact="dferraro@huckleberryhealth.coop", company="Huckleberry Health Co-op",
           local="Fri 2026-10-02 10:00", local_end="2026-10-02 10:45", zone=LA,
           note="Workable reschedule: old Thu Oct 1 1:00 PM, new Fri Oct 2 10:00-10:45 AM PDT (UTC-7) -> 17:00-17:45Z; "
                "Reply-To is a Workable relay, contact = hiring manager address in the body")
def m17() -> bytes:
    when = "2026-09-28 15:40"
    plain = t("""
        Hi Tessa,

        Your interview for the Inventory Control Analyst job at Huckleberry Health Co-op has been
        rescheduled.

        NEW TIME
        Friday, October 2, 2026
        10:00 AM - 10:45 AM (America/Los_Angeles)

        Previously: Thursday, October 1, 2026, 1:00 PM - 1:45 PM

        Location: Huckleberry Health Co-op, 915 W. 2nd Ave, Spokane, WA 99201
        Interviewer: Dominic Ferraro (dferraro@huckleberryhealth.coop)

        Dominic's note: "Sorry for the shuffle - our inventory count moved to Thursday. Friday morning
        is wide open, see you then."

        You can reply to this email to message the hiring team.

        Powered by Workable
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Tessa,</p>
        <p>Your interview for the <strong>Inventory Control Analyst</strong> job at Huckleberry Health Co-op has been rescheduled.</p>
        <div style="border:1px solid #e0e0e0;border-radius:4px;padding:12px;margin:12px 0">
        <div style="font-size:12px;color:#00756a;font-weight:bold">NEW TIME</div>
        <div style="font-size:16px">Friday, October 2, 2026<br>10:00 AM &ndash; 10:45 AM (America/Los_Angeles)</div>
        <div style="color:#999;margin-top:6px"><s>Thursday, October 1, 2026, 1:00 PM &ndash; 1:45 PM</s></div>
        </div>
        <p>Location: Huckleberry Health Co-op, 915 W. 2nd Ave, Spokane, WA 99201<br>
        Interviewer: Dominic Ferraro (<a href="mailto:dferraro@huckleberryhealth.coop">dferraro@huckleberryhealth.coop</a>)</p>
        <p>Dominic&#39;s note: &ldquo;Sorry for the shuffle &ndash; our inventory count moved to Thursday. Friday morning is wide open, see you then.&rdquo;</p>
        <p style="color:#777">You can reply to this email to message the hiring team.</p>
        <p style="font-size:11px;color:#aaa">Powered by Workable</p>
        </body></html>
        """)
    hs = head(17, frm=addr("Huckleberry Health Co-op", "noreply@candidates.workablemail.com"),
              subject="Rescheduled: Interview for Inventory Control Analyst at Huckleberry Health Co-op",
              when=when, zone=LA, host="o4.candidates.workablemail.com", ip="149.72.171.4",
              msgid=mid(17, "candidates.workablemail.com"),
              extra=(("Reply-To", "huckleberry-health-co-op+c7f21e904b@candidates.workablemail.com"),))
    return make.message(hs, alt(text(plain), html(body_html)))


@make.mail(N(18), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-26T16:00:00Z", end="2026-10-26T17:00:00Z",
           contact="pieter.devries@nordviksupply.com", company="Nordvik Supply Systems",
           local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=LA,
           note="Exchange update (SEQUENCE:1) from an Amsterdam interviewer on a remote team: 5:00-6:00 PM W. Europe "
                "(CET since 25 Oct, UTC+1) = 9:00-10:00 AM PDT (US still on daylight time) -> 16:00-17:00Z; the gap is "
                "8 hours that week, not 9")
def m18() -> bytes:
    when = "2026-10-20 14:30"
    note = t("""
        Hi Tessa,

        Apologies - I have to move our conversation from Thursday to Monday. It's still 9:00 AM your
        time. (Europe changes its clocks this Sunday and you don't until the week after, so on my side
        it shows 5:00 PM instead of 6:00 PM - the invite should handle that.)

        Same Teams link as before.

        Best regards,
        Pieter

        Pieter de Vries
        Head of Planning Solutions, Nordvik Supply Systems
        """)
    plain = ("When: Monday, October 26, 2026 5:00 PM-6:00 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.\n"
             "Where: Microsoft Teams Meeting\n\n"
             "*~*~*~*~*~*~*~*~*~*\n\n" + note + "\n" + teams(18))
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Pieter de Vries:mailto:pieter.devries@nordviksupply.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tessa Whitcomb:mailto:{ME}
DESCRIPTION;LANGUAGE=en-US:Hi Tessa\\,\\n\\nApologies - I have to move our conversation from Thursday to Monday.\\n
UID:040000008200E00074C5B7101A82E00800000000{_h('exuid18', 32).upper()}
SUMMARY;LANGUAGE=en-US:Interview Tessa Whitcomb - Planning Analyst (Americas)
DTSTART;TZID=W. Europe Standard Time:20261026T170000
DTEND;TZID=W. Europe Standard Time:20261026T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp(when, "Europe/Amsterdam")}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1928374650
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(18, frm=addr("Pieter de Vries", "pieter.devries@nordviksupply.com"),
              subject="Updated: Interview Tessa Whitcomb - Planning Analyst (Americas)",
              when=when, zone="Europe/Amsterdam", host="mail-am0eur02on2110.outbound.protection.outlook.com",
              ip="40.107.247.110", msgid=mid(18, "AM9PR02MB7255.eurprd02.prod.outlook.com", "outlook"),
              extra=(("Thread-Topic", "Interview Tessa Whitcomb - Planning Analyst (Americas)"),
                     ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return make.message(hs, alt(text(plain), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-11-23T21:00:00Z", end=None,
           contact="tamsin.cho@elliottbaysurgical.com", company="Elliott Bay Surgical Partners",
           local="Mon 2026-11-23 13:00", zone=LA,
           note="Recruiter moves Friday's interview to 'Monday the 23rd at 1:00 PM Pacific' (PST, UTC-8) -> 21:00Z; "
                "old time in the same mail; no length -> end null")
def m19() -> bytes:
    when = "2026-11-18 10:05"
    body = t("""
        Hi Tessa,

        Quick change on our end: Rachel (the hiring manager) has been pulled into a vendor audit on
        Friday, so we've moved your interview from Friday at 10:00 to Monday the 23rd at 1:00 PM
        Pacific. Same Zoom link as before:

        https://elliottbaysurgical.zoom.us/j/95520318866
        Meeting ID: 955 2031 8866
        Passcode: 442917

        I've already sent an updated calendar invite. Sorry for the shuffle, and thank you for being
        so flexible!

        Tamsin Cho
        Recruiter | Elliott Bay Surgical Partners
        tamsin.cho@elliottbaysurgical.com | 206-555-0164
        """)
    hs = head(19, frm=addr("Tamsin Cho", "tamsin.cho@elliottbaysurgical.com"),
              subject="Change of time - your interview with Elliott Bay Surgical",
              when=when, zone=LA, host="mail-sn1nam02on2095.outbound.protection.outlook.com", ip="40.107.96.95",
              msgid=mid(19, "SN6PR02MB4127.namprd02.prod.outlook.com", "outlook"))
    return make.message(hs, text(body))


@make.mail(N(20), family="recruitee", lang="en", interview=True, kind="rescheduled",
           start="2026-12-02T22:30:00Z", end="2026-12-02T23:15:00Z",
           contact="carla.jimenez@owyheehealth.org", company="Owyhee Health Network",
           local="Wed 2026-12-02 15:30", local_end="2026-12-02 16:15", zone=BOISE,
           note="Recruitee reschedule from Boise with SEQUENCE:2 ICS (TZID America/Boise): new Wed Dec 2 3:30-4:15 PM "
                "Mountain (MST, UTC-7) -> 22:30-23:15Z; old Tue Dec 1 slot also in the mail; contact = Reply-To")
def m20() -> bytes:
    when = "2026-11-27 09:20"
    plain = t("""
        Hi Tessa,

        We had to make a change to your interview for Logistics & Inventory Analyst. Here is the
        updated time:

        Wednesday, December 2, 2026
        3:30 PM - 4:15 PM (Mountain Time, America/Boise)
        Video call - https://whereby.com/owyhee-interviews

        This replaces your earlier slot on Tuesday, December 1 at 2:00 PM. An updated calendar file
        is attached.

        Kind regards,
        Carla Jimenez
        People & Culture, Owyhee Health Network
        """)
    body_html = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Tessa,</p>
        <p>We had to make a change to your interview for <b>Logistics &amp; Inventory Analyst</b>. Here is the updated time:</p>
        <p style="font-size:15px"><b>Wednesday, December 2, 2026</b><br><b>3:30 PM &ndash; 4:15 PM</b> (Mountain Time, America/Boise)<br>
        Video call &ndash; <a href="https://whereby.com/owyhee-interviews">whereby.com/owyhee-interviews</a></p>
        <p>This replaces your earlier slot on Tuesday, December 1 at 2:00 PM. An updated calendar file is attached.</p>
        <p>Kind regards,<br>Carla Jimenez<br>People &amp; Culture, Owyhee Health Network</p>
        <p style="font-size:11px;color:#999">Sent with Recruitee</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interview Scheduler//EN
METHOD:REQUEST
{BOISE_IANA}
BEGIN:VEVENT
UID:{uid(20)}@recruitee.com
DTSTAMP:{stamp(when, BOISE)}
DTSTART;TZID=America/Boise:20261202T153000
DTEND;TZID=America/Boise:20261202T161500
SEQUENCE:2
SUMMARY:Interview: Tessa Whitcomb - Logistics & Inventory Analyst
LOCATION:https://whereby.com/owyhee-interviews
ORGANIZER;CN=Carla Jimenez:mailto:carla.jimenez@owyheehealth.org
ATTENDEE;CN=Tessa Whitcomb;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(20, frm=addr("Carla Jimenez via Owyhee Health Network", "notifications@mail.recruitee.com"),
              subject="Updated interview time: Logistics & Inventory Analyst",
              when=when, zone=BOISE, host="mail-out3.recruitee.com", ip="185.47.60.13",
              msgid=mid(20, "mail.recruitee.com"),
              extra=(("Reply-To", addr("Carla Jimenez", "carla.jimenez@owyheehealth.org")),))
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment"))
    return make.message(hs, body)


# =========================================================================== positives: cancelled


@make.mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-10-13T23:00:00Z", end="2026-10-13T23:30:00Z",
           contact="ben.aldridge@larchstreethealth.org", company="Larch Street Health",
           local="Tue 2026-10-13 16:00", local_end="2026-10-13 16:30", zone=LA,
           note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of a phone screen, Tue Oct 13 4pm-4:30pm "
                "PDT -> 23:00-23:30Z (cancelled slot); contact = organizer")
def m21() -> bytes:
    when = "2026-10-09 08:02"
    plain = t("""
        This event has been canceled and removed from your calendar.

        Title: Phone screen - Tessa Whitcomb (Supply Chain Analyst)
        Hi Tessa, I'm sorry - we've paused this search while we finalize our budget for next year. I'll
        reach out if it reopens. - Ben

        When: Tuesday Oct 13, 2026 ⋅ 4pm – 4:30pm (Pacific Time - Los Angeles)

        Organizer: ben.aldridge@larchstreethealth.org
        Guests:
        * ben.aldridge@larchstreethealth.org - organizer
        * tessa.whitcomb@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{LA_IANA}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20261013T160000
DTEND;TZID=America/Los_Angeles:20261013T163000
DTSTAMP:{stamp(when, LA)}
ORGANIZER;CN=ben.aldridge@larchstreethealth.org:mailto:ben.aldridge@larchstreethealth.org
UID:{_h('g21', 26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=tessa.whitcomb@example.org;X-NUM-GUESTS=0:mailto:{ME}
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Phone screen - Tessa Whitcomb (Supply Chain Analyst)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(21, frm=addr("Ben Aldridge", "ben.aldridge@larchstreethealth.org"),
              subject="Canceled event: Phone screen - Tessa Whitcomb (Supply Chain Analyst) @ Tue Oct 13, 2026 "
                      "4pm - 4:30pm (PDT) (tessa.whitcomb@example.org)",
              when=when, zone=LA, host="mail-sor-f69.google.com", ip="209.85.220.69",
              msgid=f"<calendar-{uid(21)}@google.com>",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    body = mixed(alt(text(plain), calendar(ics, method="CANCEL")),
                 calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True, cte="base64"))
    return make.message(hs, body)


@make.mail(N(22), family="taleo", lang="en", interview=True, kind="cancelled",
           start="2026-11-05T17:00:00Z", end=None,
           contact="debra.sorensen@beehivehealth.org", company="Beehive Health Services",
           local="Thu 2026-11-05 10:00", zone=DENVER,
           note="Taleo notice (HTML only, iso-8859-1): interview Thu Nov 5 10:00 AM Mountain Standard Time (UTC-7 after "
                "1 Nov) -> 17:00Z cancelled, requisition on hold; contact = recruiter address in the body")
def m22() -> bytes:
    when = "2026-11-02 11:30"
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Tessa Whitcomb,</p>
        <p>We regret to inform you that your interview for the position of <b>Supply Chain Analyst - Clinical Resources</b> (Requisition 26-04411),
        scheduled for <b>Thursday, November 5, 2026 at 10:00 AM Mountain Standard Time</b>, has been cancelled.
        The requisition has been placed on hold and we are not able to move forward with interviews at this time.</p>
        <p>Your profile will remain in our system, and you will be notified should the requisition reopen.
        We apologize for any inconvenience.</p>
        <p>If you have questions, please contact Debra Sorensen, Talent Advisor, at debra.sorensen@beehivehealth.org.</p>
        <p>Sincerely,<br>
        Beehive Health Services Talent Acquisition<br>
        Salt Lake City, Utah</p>
        <p>*** Please do not reply to this message. This mailbox is not monitored. ***</p>
        <p>© 2026 Beehive Health Services · Equal Opportunity Employer</p>
        </font></body></html>
        """)
    hs = head(22, frm=addr("Beehive Health Services", "beehivehealth@tbe.taleo.net"),
              subject="Interview Cancellation - Supply Chain Analyst - Clinical Resources (26-04411)",
              when=when, zone=DENVER, host="smtp-out14.tbe.taleo.net", ip="160.34.8.14",
              msgid=mid(22, "tbe.taleo.net"))
    return make.message(hs, html(body_html, charset="iso-8859-1"))


@make.mail(N(23), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-09-10T16:00:00Z", end=None,
           contact="gurpreet.dhaliwal@coastmountainmed.ca", company="Coast Mountain Medical Supply",
           local="Thu 2026-09-10 09:00", zone=VAN,
           note="Vancouver BC recruiter cancels 'our Thursday 9:00 call' (Date Tue Sep 8, PDT) -> Thu Sep 10 9:00 AM "
                "Pacific (PDT, UTC-7) = 16:00Z cancelled, role on hold; RFC 2047 subject")
def m23() -> bytes:
    when = "2026-09-08 13:10"
    body = t("""
        Hi Tessa,

        I'm sorry to do this, but I need to cancel our Thursday 9:00 call. We learned this morning
        that the Demand Planner role has been put on hold until our new fiscal year, so I don't want
        to take your time before I know it's real again.

        I really enjoyed our emails and your background is a strong fit, so I'll reach out as soon as
        it reopens - likely early in the new year.

        All the best with your search,
        Gurpreet

        Gurpreet Dhaliwal
        Talent Acquisition | Coast Mountain Medical Supply
        Vancouver, BC
        """)
    hs = head(23, frm=addr("Gurpreet Dhaliwal", "gurpreet.dhaliwal@coastmountainmed.ca"),
              subject="Cancelling Thursday’s call — Demand Planner",
              when=when, zone=VAN, host="mail-to1can01on2112.outbound.protection.outlook.com", ip="40.107.102.112",
              msgid=mid(23, "YQBPR0101MB6127.CANPRD01.PROD.OUTLOOK.COM", "outlook"))
    return make.message(hs, text(body))


# =========================================================================== negatives


def neg(key: int, family: str, company: str | None, note: str, days: tuple[tuple[str, str], ...] = ()):
    return make.mail(N(key), family=family, lang="en", interview=False, company=company, note=note, days=days)


@neg(24, "rejection", "Ledgerline", "Ashby rejection after the Sep 30 interview; no time to keep")
def m24() -> bytes:
    when = "2026-10-08 10:15"
    body = t("""
        Hi Tessa,

        Thank you for taking the time to speak with Elliot and the team about the Supply Chain
        Solutions Analyst role. We enjoyed learning about your work on hospital par levels.

        After a lot of discussion, we've decided to move forward with another candidate whose
        background is closer to our customer-facing implementation work. This was a tough decision,
        and we'd love to stay in touch as Ledgerline grows.

        Wishing you all the best,
        Priya Raman
        Ledgerline Recruiting
        """)
    hs = head(24, frm=addr("Ledgerline", "no-reply@ashbyhq.com"),
              subject="Update on your application to Ledgerline",
              when=when, zone=LA, host="a48-101.smtp-out.amazonses.com", ip="54.240.48.101",
              msgid=mid(24, "", "ses"),
              extra=(("Reply-To", addr("Priya Raman", "priya@ledgerline.io")),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(25, "application_receipt", "Columbia Plateau Health", "Workday application receipt; no interview")
def m25() -> bytes:
    when = "2026-09-03 18:22"
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <p>Dear Tessa,</p>
        <p>Thank you for applying for the <b>Supply Chain Analyst (R-2026-03318)</b> position at Columbia Plateau Health. We have received your application and our recruiting team will review your qualifications.</p>
        <p>If your experience matches our needs, a member of our team will contact you about next steps. You can check the status of your application at any time from your <a href="https://columbiaplateau.wd1.myworkdayjobs.com/en-US/careers/userHome">Candidate Home</a>.</p>
        <p>Thank you again for considering a career with us.</p>
        <p>Columbia Plateau Health Talent Acquisition</p>
        <p style="font-size:11px;color:#888">Please do not reply to this email.</p>
        </body></html>
        """)
    hs = head(25, frm=addr("Columbia Plateau Health", "columbiaplateau@myworkday.com"),
              subject="Thank you for applying - Supply Chain Analyst (R-2026-03318)",
              when=when, zone=LA, host="mail-w1.myworkday.com", ip="199.15.212.17",
              msgid=mid(25, "myworkday.com"))
    return make.message(hs, html(body_html))


@neg(26, "job_alert", None, "LinkedIn-style job alert digest; platform sender, no time")
def m26() -> bytes:
    when = "2026-09-13 06:00"
    plain = t("""
        Your job alert for supply chain analyst in Spokane, Washington, United States
        8 new jobs match your preferences.

        Supply Chain Analyst II
        Inland Crest Health - Spokane, WA (On-site)
        Actively recruiting - 3 days ago
        View job: https://www.linkedin.com/comm/jobs/view/4099182231

        Inventory Control Analyst
        Huckleberry Health Co-op - Spokane, WA
        Easy Apply - 1 week ago
        View job: https://www.linkedin.com/comm/jobs/view/4099377410

        Senior Supply Chain Analyst
        Sawtooth Regional Health - Boise, ID (Hybrid)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4100210954

        Procurement Data Analyst
        Wasatch Surgical Supply - Salt Lake City, UT (Remote)
        View job: https://www.linkedin.com/comm/jobs/view/4100452078

        See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=supply%20chain%20analyst

        ----------------------------------------
        This email was intended for Tessa Whitcomb (Supply Chain Analyst at St. Brendan Medical Center)
        You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts
        (c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    body_html = "<html><body style=\"font-family:-apple-system,system-ui,Arial;font-size:14px\">" + "".join(
        f"<p>{line}</p>" for line in plain.split("\n\n")) + "</body></html>\n"
    hs = head(26, frm=addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              subject="8 new jobs for 'supply chain analyst' in Spokane",
              when=when, zone=LA, host="mailb-ad.linkedin.com", ip="108.174.3.171",
              msgid=mid(26, "linkedin.com"),
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/jobs/alerts/unsubscribe>"),))
    return make.message(hs, alt(text(plain), html(body_html)))


@neg(27, "newsletter_tips", None, "Industry newsletter with interview tips and a conference date; not an interview")
def m27() -> bytes:
    when = "2026-10-20 05:30"
    body_html = t("""
        <html><body style="margin:0;background:#eef2f5">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="20" style="background:#fff;font-family:Georgia,serif;font-size:16px;color:#222">
        <tr><td style="background:#0e4d64;color:#fff;font-family:Arial;font-size:22px">Healthcare Supply Chain Weekly</td></tr>
        <tr><td>
        <h2 style="font-size:20px">5 questions you'll hear in a supply chain analyst interview</h2>
        <p>Hiring managers in hospital supply chain keep coming back to the same themes: how you handle backorders, how you clean item-master data, and how you explain a variance to a nurse manager. Here's how to answer each, with examples from readers who recently landed roles.</p>
        <p><a href="https://hscweekly.example.com/r/interview-questions">Read the full story &rarr;</a></p>
        <h3 style="font-size:17px">Also this week</h3>
        <ul>
        <li>GPO contract renewals: what changes in 2027</li>
        <li>Case study: cutting PAR stockouts 30% with weekly cycle counts</li>
        <li>Registration is open for the Northwest Healthcare Supply Chain Summit, Thursday, February 11, 2027, in Seattle</li>
        </ul>
        <p style="font-size:12px;color:#777;font-family:Arial">You are subscribed as tessa.whitcomb@example.org. <a href="https://hscweekly.example.com/unsubscribe">Unsubscribe</a></p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    hs = head(27, frm=addr("Healthcare Supply Chain Weekly", "newsletter@hscweekly.example.com"),
              subject="5 questions you'll hear in a supply chain analyst interview",
              when=when, zone="America/New_York", host="mta212.mail.hscweekly.example.com", ip="198.51.100.212",
              msgid=mid(27, "mail.hscweekly.example.com"),
              extra=(("List-Unsubscribe", "<https://hscweekly.example.com/unsubscribe>"),
                     ("Precedence", "bulk")))
    return make.message(hs, html(body_html, cte="base64"))


@neg(28, "recruiter_outreach", "Northbridge Talent Partners",
     "Agency recruiter outreach asking for availability this week; nothing fixed (the interview follows in another mail)")
def m28() -> bytes:
    when = "2026-11-03 11:05"
    body = t("""
        Hi Tessa,

        I came across your profile and wanted to reach out about a contract-to-hire Materials Analyst
        opening with one of our clients, a medical distributor in Boise. It's remote with a trip to
        the DC once a quarter, and the team is moving off a legacy ERP next spring - your conversion
        experience at St. Brendan is exactly what they're asking for.

        Do you have 15 minutes for a quick call this week? Wednesday or Thursday afternoon works well on
        my end, or send me a couple of times that suit you.

        Best,
        Kyle

        Kyle Brennan
        Senior Recruiter, Supply Chain & Operations
        Northbridge Talent Partners | Seattle, WA
        206-555-0119
        """)
    hs = head(28, frm=addr("Kyle Brennan", "kyle.brennan@northbridgetalent.com"),
              subject="Materials Analyst (contract-to-hire) - Boise client",
              when=when, zone=LA, host="mail-pj1-f54.google.com", ip="209.85.216.54",
              msgid=mid(28, "mail.gmail.com", "gmail"))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(29, "scheduling_link", "Cobalt Ridge Medical",
     "Greenhouse availability request: the candidate is asked to pick times; nothing confirmed")
def m29() -> bytes:
    when = "2026-10-27 13:48"
    body = t("""
        Hi Tessa,

        Thanks for your interest in the Sourcing Analyst role at Cobalt Ridge Medical! We'd like to set
        up a 30-minute video call with our hiring manager, Luis Carrasco.

        Please let us know your availability over the next two weeks using the link below. Times will
        be shown in your local time zone.

        https://app.greenhouse.io/candidate_availability/9a1d4e2b7c

        Thank you,
        Morgan Tate
        Cobalt Ridge Medical Recruiting
        """)
    hs = head(29, frm=addr("Morgan Tate", "no-reply@us.greenhouse-mail.io"),
              subject="Please provide your availability - Sourcing Analyst at Cobalt Ridge Medical",
              when=when, zone=LA, host="o12.us.greenhouse-mail.io", ip="168.245.31.9",
              msgid=mid(29, "us.greenhouse-mail.io"),
              extra=(("Reply-To", addr("Morgan Tate", "morgan.tate@cobaltridgemed.com")),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(30, "scheduling_link", "Tamarack Health Partners",
     "Hiring manager sends her Calendly link; the booking confirmation is a separate mail")
def m30() -> bytes:
    when = "2026-10-12 12:26"
    body = t("""
        Hi Tessa,

        Thanks for applying to the Supply Chain Analyst opening on my team. I'd love to do a quick
        30-minute intro before we go further. Grab any time that works for you here:

        https://calendly.com/dana-okafor-tamarack/intro

        Looking forward to chatting,
        Dana

        Dana Okafor
        Senior Manager, Supply Chain Operations
        Tamarack Health Partners
        """)
    hs = head(30, frm=addr("Dana Okafor", "dana.okafor@tamarackhp.com"),
              subject="Intro call - Supply Chain Analyst",
              when=when, zone=LA, host="mail-co1nam11on2101.outbound.protection.outlook.com", ip="40.107.220.101",
              msgid=mid(30, "CO1PR11MB4410.namprd11.prod.outlook.com", "outlook"))
    return make.message(hs, text(body))


@neg(31, "proposal", "Riverpoint Orthopedics",
     "Recruiter proposes two slots (Wed 11/11 10:00, Thu 11/12 2:00); not yet confirmed",
     days=(("Wed", "2026-11-11"), ("Thu", "2026-11-12")))
def m31() -> bytes:
    when = "2026-11-05 15:14"
    body = t("""
        Hi Tessa,

        Greg and I would love to meet you in person for the Inventory Analyst opening. Would
        Wednesday 11/11 at 10:00 or Thursday 11/12 at 2:00 work for you?

        Heather

        Heather Lund
        HR Generalist | Riverpoint Orthopedics
        1420 N. Sullivan Rd., Spokane Valley, WA 99216
        """)
    hs = head(31, frm=addr("Heather Lund", "hlund@riverpointortho.com"),
              subject="Inventory Analyst - interview",
              when=when, zone=LA, host="mail-bn8nam12on2088.outbound.protection.outlook.com", ip="40.107.237.88",
              msgid=mid(31, "BN8PR12MB3364.namprd12.prod.outlook.com", "outlook"))
    return make.message(hs, text(body, cte="8bit"))


@neg(32, "out_of_office", "Blue Heron Health", "Recruiter's auto-reply to the candidate's thank-you note; return date only",
     days=(("Tue", "2026-12-15"),))
def m32() -> bytes:
    when = "2026-12-11 09:03"
    body = t("""
        Thank you for your email. I am out of the office through Monday, December 14 with limited
        access to email, and will respond when I return on Tuesday, December 15.

        For urgent recruiting matters, please contact talent@blueheronhealth.org.

        Ibrahim Sayed
        Senior Recruiter, Blue Heron Health
        """)
    hs = head(32, frm=addr("Ibrahim Sayed", "ibrahim.sayed@blueheronhealth.org"),
              subject="Automatic reply: Thank you - Supply Chain Data Analyst panel",
              when=when, zone=LA, host="mail-mw2nam10on2130.outbound.protection.outlook.com", ip="40.107.94.130",
              msgid=mid(32, "MW4PR10MB5871.namprd10.prod.outlook.com", "outlook"),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", mid(3032, "mail.gmail.com", "gmail"))))
    return make.message(hs, text(body))


@neg(33, "bounce", None, "DSN: the candidate's thank-you note to a mistyped address bounced; the original is attached")
def m33() -> bytes:
    when = "2026-09-21 15:02"
    original_body = t("""
        Hi Grant,

        Thank you for taking the time to talk with me this afternoon about the Inventory & Demand
        Planning Analyst role. I enjoyed hearing how your team is rebuilding the forecasting process
        for the Seattle DC, and I'm excited about the chance to contribute.

        Best regards,
        Tessa Whitcomb
        """)
    original = make.message([
        ("From", addr(ME_NAME, ME)),
        ("To", addr("Grant Holloway", "grant.holloway@cascadiamed.co")),
        ("Subject", "Thank you - Inventory & Demand Planning Analyst"),
        ("Date", make.date("2026-09-21 15:01", LA)),
        ("Message-ID", mid(3033, "example.org")),
    ], text(original_body, charset="us-ascii", cte="7bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <grant.holloway@cascadiamed.co>: Host or domain name not found. Name service
            error for name=cascadiamed.co type=MX: Host not found
        """)
    status = t(f"""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: {_h('q33', 10).upper()}
        X-Postfix-Sender: rfc822; {ME}
        Arrival-Date: {make.date("2026-09-21 15:01", LA)}

        Final-Recipient: rfc822; grant.holloway@cascadiamed.co
        Original-Recipient: rfc822;grant.holloway@cascadiamed.co
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=cascadiamed.co type=MX: Host not found
        """)
    report = make.multipart(
        "report",
        make.Part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
                  make._encode(notice, "us-ascii", "7bit")),
        make.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  make._encode(status, "us-ascii", "7bit")),
        make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original),
        params="report-type=delivery-status")
    hs = [("Delivered-To", ME),
          ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
          ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", make.date(when, LA)),
          ("Message-ID", mid(33, "mx1.example.org")),
          ("Auto-Submitted", "auto-replied")]
    return make.message(hs, report)


@neg(34, "offer", "Meridian Clinical Partners", "Offer e-mail with a signing deadline and a start date; no interview",
     days=(("Wed", "2026-12-23"), ("Mon", "2027-01-11")))
def m34() -> bytes:
    when = "2026-12-21 10:00"
    body = t("""
        Hi Tessa,

        On behalf of Naomi and the whole Clinical Supply Operations team, I'm delighted to offer you
        the position of Senior Supply Chain Analyst at Meridian Clinical Partners!

        Your offer letter is on its way through DocuSign. It covers the base salary we discussed
        ($92,000), the 8% annual bonus target, benefits starting on day one and the fully remote
        arrangement. We'd ask you to sign by Wednesday, December 23 if you can, with a proposed start
        date of Monday, January 11.

        Please don't hesitate to call me with any questions - I'm at 720-555-0158 all week.

        Congratulations!
        Ruth Abernathy
        Recruiting Manager, Meridian Clinical Partners
        """)
    hs = head(34, frm=addr("Ruth Abernathy", "ruth.abernathy@meridianclinical.com"),
              subject="Your offer from Meridian Clinical Partners",
              when=when, zone=DENVER, host="mail-qt1-f171.google.com", ip="209.85.160.171",
              msgid=mid(34, "mail.gmail.com", "gmail"),
              extra=(("Cc", addr("Naomi Park", "naomi.park@meridianclinical.com")),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(35, "one_way_video", "Columbia Plateau Health",
     "One-way (on-demand) video interview with a 'complete by' deadline; no live meeting at a set time",
     days=(("Fri", "2026-09-18"),))
def m35() -> bytes:
    when = "2026-09-14 08:30"
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Tessa,</p>
        <p>Columbia Plateau Health has invited you to complete an on-demand video interview for <b>Supply Chain Analyst</b>.</p>
        <p>You'll answer 5 questions on camera at a time that suits you. Each answer can be up to 3 minutes, and you can practice as many times as you like before you start.</p>
        <p><b>Please complete your interview by Friday, September 18, 2026 at 11:59 PM Pacific Time.</b></p>
        <p><a href="https://app.hirevue.com/interviews/c0lumb1aplateau/start" style="background:#00818a;color:#fff;padding:10px 16px;text-decoration:none">Start interview</a></p>
        <p>Having trouble? Visit our help center or reply to this email.</p>
        <p>Good luck!<br>Columbia Plateau Health Talent Acquisition</p>
        </body></html>
        """)
    hs = head(35, frm=addr("Columbia Plateau Health", "noreply@hirevue.com"),
              subject="Action required: Complete your video interview for Supply Chain Analyst",
              when=when, zone=LA, host="o3.mail.hirevue.com", ip="167.89.33.51",
              msgid=mid(35, "mail.hirevue.com"))
    return make.message(hs, html(body_html))


@neg(36, "assessment", "Wasatch Surgical Supply",
     "Take-home Excel case after the interview, due Monday 5 PM MT; a deadline, not an interview",
     days=(("Mon", "2026-10-12"),))
def m36() -> bytes:
    when = "2026-10-08 16:20"
    body = t("""
        Hi Tessa,

        Thanks again for Tuesday's conversation. As the next step, we'd like you to work through a
        short case exercise: the attached workbook has 12 months of usage and PO data for 40 SKUs.
        Please recommend reorder points and flag the five items you'd look at first.

        It should take about two hours. Please send your workbook and a few bullet points back to me
        by Monday, October 12 at 5:00 PM MT. There's no need to polish the formatting.

        Colton

        Colton Reese
        Director of Procurement | Wasatch Surgical Supply
        """)
    workbook = make.Part(
        [("Content-Type", 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="WSS_case_exercise.xlsx"'),
         ("Content-Disposition", 'attachment; filename="WSS_case_exercise.xlsx"'),
         ("Content-Transfer-Encoding", "base64")],
        make._encode("PK\x03\x04 (placeholder workbook)\n", "latin-1", "base64"))
    hs = head(36, frm=addr("Colton Reese", "colton.reese@wasatchsurgical.com"),
              subject="Case exercise - Procurement Data Analyst",
              when=when, zone=DENVER, host="mail-bl2nam02on2097.outbound.protection.outlook.com", ip="40.107.212.97",
              msgid=mid(36, "BL0PR02MB4561.namprd02.prod.outlook.com", "outlook"))
    return make.message(hs, mixed(text(body), workbook))


@neg(37, "non_interview_calendar", None, "Dentist appointment reminder with a fixed time; not an interview",
     days=(("Thu", "2026-10-22"),))
def m37() -> bytes:
    when = "2026-10-19 10:00"
    body = t("""
        Hi Tessa,

        This is a friendly reminder of your upcoming appointment:

        Thursday, October 22 at 7:30 AM
        Hygiene visit with Kristen, RDH
        Northpointe Family Dental
        9512 N. Newport Hwy, Suite 2, Spokane, WA 99218

        Reply C to confirm or call us at 509-555-0102 to reschedule. Please give us 24 hours' notice
        of any changes.

        See you soon!
        Northpointe Family Dental
        """)
    hs = head(37, frm=addr("Northpointe Family Dental", "reminders@northpointedental.example.com"),
              subject="Appointment reminder: Thursday, October 22 at 7:30 AM",
              when=when, zone=LA, host="smtp.patientreminders.example.com", ip="192.0.2.45",
              msgid=mid(37, "patientreminders.example.com"))
    return make.message(hs, text(body, charset="us-ascii", cte="7bit"))


@neg(38, "non_interview_calendar", None,
     "Outlook meeting request for a volunteer chapter board meeting (TZID Pacific Standard Time); not an interview",
     days=(("Wed", "2026-11-04"),))
def m38() -> bytes:
    when = "2026-10-30 17:12"
    note = t("""
        Hi all,

        November board meeting - agenda to follow. Main items: the January student case competition and
        the 2027 programming calendar. Pizza in the Riverpoint conference room for those who come in person.

        Thanks,
        Jenna
        """)
    plain = ("When: Wednesday, November 4, 2026 6:00 PM-7:30 PM (UTC-08:00) Pacific Time (US & Canada).\n"
             "Where: Riverpoint Campus, Room 122 / Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n" + note + "\n" + teams(38))
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Jenna Kowalski:mailto:jenna.kowalski@inwascm.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tessa Whitcomb:mailto:{ME}
UID:040000008200E00074C5B7101A82E00800000000{_h('exuid38', 32).upper()}
SUMMARY;LANGUAGE=en-US:INW Supply Chain Chapter - November board meeting
DTSTART;TZID=Pacific Standard Time:20261104T180000
DTEND;TZID=Pacific Standard Time:20261104T193000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp(when, LA)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Riverpoint Campus\\, Room 122 / Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(38, frm=addr("Jenna Kowalski", "jenna.kowalski@inwascm.example.org"),
              subject="INW Supply Chain Chapter - November board meeting",
              when=when, zone=LA, host="mail-dm6nam12on2119.outbound.protection.outlook.com", ip="40.107.243.119",
              msgid=mid(38, "DM6PR12MB2945.namprd12.prod.outlook.com", "outlook"))
    return make.message(hs, alt(text(plain), calendar(ics, method="REQUEST", cte="base64")))


@neg(39, "appointment", None, "Car service appointment confirmation (iso-8859-1); a fixed time but not an interview",
     days=(("Sat", "2026-11-14"),))
def m39() -> bytes:
    when = "2026-11-10 14:37"
    body = t("""
        Hello Tessa,

        Your service appointment is confirmed.

        Date:     Saturday, November 14, 2026
        Time:     8:00 AM drop-off
        Vehicle:  2019 Subaru Outback
        Services: Oil & filter change, tire rotation, winter tire swap (stored set #114)
        Advisor:  Lupe Ordóñez

        Estimated total: $189.95 (plus tax). Our shuttle runs within 5 miles until 11 AM.

        Division Street Auto Care
        7120 N. Division St., Spokane, WA 99208 · 509-555-0174
        """)
    hs = head(39, frm=addr("Division Street Auto Care", "service@divisionstreetauto.example.com"),
              subject="Appointment Confirmed - Sat 11/14 8:00 AM",
              when=when, zone=LA, host="smtp.shopcomms.example.net", ip="203.0.113.66",
              msgid=mid(39, "shopcomms.example.net"))
    return make.message(hs, text(body, charset="iso-8859-1"))


@neg(40, "event", None, "Eventbrite ticket for a local supply-chain meetup; fixed time, not an interview",
     days=(("Thu", "2026-10-29"),))
def m40() -> bytes:
    when = "2026-10-21 12:09"
    body_html = t("""
        <html><body style="font-family:'Neue Plak',Helvetica,Arial,sans-serif;color:#1e0a3c;font-size:15px">
        <h2 style="font-size:22px">You're going to Inland Northwest Supply Chain Meetup: Forecasting in a Shortage Year</h2>
        <p><b>Thursday, October 29, 2026 · 5:30 - 7:30pm PDT</b><br>
        Steam Plant, 159 S. Lincoln St, Spokane, WA 99201</p>
        <p>Order #9931147208 · 1 x General Admission (Free)</p>
        <p><a href="https://www.eventbrite.com/mytickets/9931147208">View your ticket</a> &middot; <a href="https://www.eventbrite.com/e/inw-supply-chain-meetup">Event page</a></p>
        <p>Organized by INW Supply Chain Chapter. Questions? Contact the organizer.</p>
        <p style="font-size:12px;color:#6f7287">This email was sent to tessa.whitcomb@example.org · Eventbrite, 95 Third Street, San Francisco, CA 94103</p>
        </body></html>
        """)
    hs = head(40, frm=addr("Eventbrite", "noreply@order.eventbrite.com"),
              subject="Your tickets for Inland Northwest Supply Chain Meetup: Forecasting in a Shortage Year",
              when=when, zone=LA, host="o2.order.eventbrite.com", ip="167.89.90.2",
              msgid=mid(40, "order.eventbrite.com"))
    return make.message(hs, html(body_html))


@neg(41, "webinar", None, "Zoom webinar registration 'Acing the behavioral interview'; a webinar, not an interview",
     days=(("Wed", "2026-09-23"),))
def m41() -> bytes:
    when = "2026-09-17 20:14"
    body = t("""
        Hi Tessa Whitcomb,

        Thank you for registering for "Acing the Behavioral Interview: Healthcare Operations Roles".

        Date & Time: Sep 23, 2026 12:00 PM Pacific Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/86621093375?tk=Aq9dPZ

        Passcode: 771205

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        Hosted by Career Pathways for Healthcare Ops
        """)
    hs = head(41, frm=addr("Career Pathways for Healthcare Ops", "no-reply@zoom.us"),
              subject="Acing the Behavioral Interview: Healthcare Operations Roles Confirmation",
              when=when, zone=LA, host="mail-aws-2.zoom.us", ip="170.114.52.2",
              msgid=mid(41, "zoom.us"),
              extra=(("Reply-To", "events@careerpathwayshco.example.com"),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(42, "post_interview", "Tallgrass Analytics", "Recruiter's thank-you after yesterday's interview; decision 'by end of next week'")
def m42() -> bytes:
    when = "2026-11-03 14:10"
    body = t("""
        Hi Tessa,

        Thanks so much for your time with Caleb yesterday - he came away really impressed by how you
        talked through the par-level work. We're finishing the last two conversations this week and
        expect to have a decision by the end of next week. I'll keep you posted either way.

        Best,
        Sofia

        Sofia Lindqvist | Talent Partner
        Tallgrass Analytics
        """)
    hs = head(42, frm=addr("Sofia Lindqvist", "sofia.lindqvist@tallgrassanalytics.com"),
              subject="Re: Thank you!",
              when=when, zone=DENVER, host="mail-yw1-f172.google.com", ip="209.85.128.172",
              msgid=mid(42, "mail.gmail.com", "gmail"),
              extra=(("In-Reply-To", mid(1042, "mail.gmail.com", "gmail")),
                     ("References", mid(1042, "mail.gmail.com", "gmail"))))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(43, "references", "Kestrel Logistics", "Request for references after the virtual onsite; no meeting")
def m43() -> bytes:
    when = "2026-10-19 11:45"
    body = t("""
        Hi Tessa,

        The team really enjoyed Thursday! As a next step, could you send me the names, titles, phone
        numbers and email addresses of three professional references, ideally including a current or
        former manager? Our reference partner will reach out to them by email.

        Thanks so much,
        Alana

        Alana Brooks
        Recruiting Coordinator, Kestrel Logistics
        """)
    hs = head(43, frm=addr("Alana Brooks", "alana.brooks@kestrellogistics.com"),
              subject="References - Kestrel Logistics",
              when=when, zone="America/Chicago", host="mail-oo1-f44.google.com", ip="209.85.161.44",
              msgid=mid(43, "mail.gmail.com", "gmail"))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(44, "background_check", None,
     "Background-check platform asks the candidate to fill in a form by a date; platform sender, company null",
     days=(("Tue", "2026-10-20"),))
def m44() -> bytes:
    when = "2026-10-15 09:31"
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hello Tessa,</p>
        <p><b>Huckleberry Health Co-op</b> has asked Clearpath Screening to complete a background check as part of your offer process.</p>
        <p>Please complete your information and electronic authorization by <b>Tuesday, October 20, 2026</b>. It takes about 10 minutes.</p>
        <p><a href="https://candidate.clearpathscreening.example.com/invite/7Hq2Lx">Get started</a></p>
        <p>Your information is encrypted and used only for this screening. Questions? Reply to this email or call 1-800-555-0137.</p>
        <p>Clearpath Screening Candidate Care</p>
        </body></html>
        """)
    hs = head(44, frm=addr("Clearpath Screening", "no-reply@clearpathscreening.example.com"),
              subject="Action needed: background check for Huckleberry Health Co-op",
              when=when, zone="America/Chicago", host="mx-out.clearpathscreening.example.com", ip="198.51.100.30",
              msgid=mid(44, "clearpathscreening.example.com"))
    return make.message(hs, html(body_html))


@neg(45, "application_update", "Puget Sound Health Alliance", "iCIMS status update: application forwarded to the hiring manager")
def m45() -> bytes:
    when = "2026-09-28 13:16"
    body_html = t("""
        <html><body><font face="Verdana" size="2">
        <p>Tessa,</p>
        <p>Thank you for applying for the Supply Chain Systems Analyst position (Req 2026-7713). Your application has been reviewed by our Talent Acquisition team and forwarded to the hiring manager for further consideration.</p>
        <p>If the hiring team would like to move forward, a recruiter will contact you to schedule an interview. You can log in to the career portal at any time to check your status.</p>
        <p>Regards,<br>Puget Sound Health Alliance Talent Acquisition</p>
        </font></body></html>
        """)
    hs = head(45, frm=addr("Puget Sound Health Alliance", "psha@talent.icims.com"),
              subject="Your application status - Supply Chain Systems Analyst",
              when=when, zone=LA, host="smtp11.icims.com", ip="66.45.102.11",
              msgid=mid(45, "talent.icims.com"))
    return make.message(hs, html(body_html, charset="windows-1252"))


@neg(46, "non_interview_calendar", None, "Google Calendar invitation from a friend to dinner (with ICS); not an interview",
     days=(("Sat", "2026-11-07"),))
def m46() -> bytes:
    when = "2026-11-02 20:41"
    plain = t("""
        You have been invited to the following event.

        Title: Dinner at Wild Sage - Megan's birthday
        Reservation is under Megan. Dress warm, we might walk to the Davenport after!

        When: Saturday Nov 7, 2026 ⋅ 7pm – 9pm (Pacific Time - Los Angeles)

        Location: Wild Sage Bistro, 916 W 2nd Ave, Spokane, WA 99201

        Calendar: tessa.whitcomb@example.org
        Who:
        * jess.harmon@example.com - organizer
        * megan.oyler@example.com
        * tessa.whitcomb@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261108T030000Z
DTEND:20261108T050000Z
DTSTAMP:{stamp(when, LA)}
ORGANIZER;CN=Jess Harmon:mailto:jess.harmon@example.com
UID:{_h('g46', 26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tessa.whitcomb@example.org;X-NUM-GUESTS=0:mailto:{ME}
LOCATION:Wild Sage Bistro\\, 916 W 2nd Ave\\, Spokane\\, WA 99201
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dinner at Wild Sage - Megan's birthday
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(46, frm=addr("Jess Harmon", "jess.harmon@example.com"),
              subject="Invitation: Dinner at Wild Sage - Megan's birthday @ Sat Nov 7, 2026 7pm - 9pm (PST) "
                      "(tessa.whitcomb@example.org)",
              when=when, zone=LA, host="mail-sor-f65.google.com", ip="209.85.220.65",
              msgid=f"<calendar-{uid(46)}@google.com>",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return make.message(hs, mixed(alt(text(plain), calendar(ics, method="REQUEST")),
                                  calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                           disposition="attachment", name_param=True, cte="base64")))


@neg(47, "travel", None,
     "Airline itinerary Spokane-Boise for the on-site interview trip (HTML only, base64); flight times, not an interview",
     days=(("Wed", "2026-09-23"), ("Thu", "2026-09-24")))
def m47() -> bytes:
    when = "2026-09-18 21:05"
    body_html = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1b2a38">
        <table width="600" cellpadding="12"><tr><td style="background:#115740;color:#fff;font-size:20px">Evergreen Air &middot; Your trip confirmation</td></tr>
        <tr><td>
        <p>Hi Tessa,</p>
        <p>Thanks for booking with us. Your confirmation code is <b>KQ7TZM</b>.</p>
        <table cellpadding="6" style="border:1px solid #ccd;border-collapse:collapse;font-size:13px">
        <tr style="background:#eef"><th>Flight</th><th>Date</th><th>Depart</th><th>Arrive</th></tr>
        <tr><td>EA 2241</td><td>Wed, Sep 23</td><td>Spokane (GEG) 5:40 PM</td><td>Boise (BOI) 7:55 PM</td></tr>
        <tr><td>EA 2246</td><td>Thu, Sep 24</td><td>Boise (BOI) 2:15 PM</td><td>Spokane (GEG) 2:30 PM</td></tr>
        </table>
        <p>All times are local. Traveler: TESSA WHITCOMB &middot; Seats 8A / 10F &middot; Total charged $248.60</p>
        <p>Check in online starting 24 hours before departure.</p>
        </td></tr></table>
        </body></html>
        """)
    hs = head(47, frm=addr("Evergreen Air", "itinerary@evergreenair.example.com"),
              subject="Your trip confirmation: Spokane to Boise (KQ7TZM)",
              when=when, zone=LA, host="mta4.evergreenair.example.com", ip="203.0.113.14",
              msgid=mid(47, "evergreenair.example.com"))
    return make.message(hs, html(body_html, cte="base64"))


@neg(48, "application_receipt", "Nordvik Supply Systems", "Personio application receipt from the Amsterdam-based employer")
def m48() -> bytes:
    when = "2026-10-05 17:44"
    body = t("""
        Dear Tessa,

        Thank you for your application for the position Planning Analyst (Americas, remote).

        We have received your documents and will review them carefully. We will get back to you as soon
        as possible, usually within two weeks.

        Kind regards,
        Your Nordvik Supply Systems Talent Team

        --
        Nordvik Supply Systems B.V. · Herengracht 420 · 1017 BZ Amsterdam
        Information on data protection: https://nordviksupply.jobs.personio.com/privacy-policy
        """)
    hs = head(48, frm=addr("Nordvik Supply Systems", "noreply@mail.personio.de"),
              subject="Your application: Planning Analyst (Americas, remote)",
              when=when, zone="Europe/Amsterdam", host="mail-out.personio.de", ip="18.192.44.83",
              msgid=mid(48, "mail.personio.de"))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(49, "rejection", "Palouse Foods", "Teamtailor rejection before any interview")
def m49() -> bytes:
    when = "2026-11-19 10:12"
    body = t("""
        Hi Tessa,

        Thank you for applying for the Supply Planner role at Palouse Foods and for the interest you've
        shown in joining us.

        We received many strong applications, and after careful review we've decided to move forward
        with candidates whose experience more closely matches the food manufacturing side of the role.

        We'll keep your details in our talent pool and may reach out about future openings.

        Warm regards,
        The Palouse Foods People Team
        """)
    hs = head(49, frm=addr("Palouse Foods", "no-reply@palousefoods.teamtailor-mail.com"),
              subject="Your application for Supply Planner at Palouse Foods",
              when=when, zone=LA, host="mail.teamtailor-mail.com", ip="52.29.120.8",
              msgid=mid(49, "teamtailor-mail.com"))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@neg(50, "mock_interview", None,
     "Alumni career services mock interview booked through Bookings (HTML + ICS); practice, not a job interview",
     days=(("Mon", "2026-10-05"),))
def m50() -> bytes:
    when = "2026-10-01 15:27"
    body_html = t("""
        <html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px;font-weight:600">Your booking is confirmed</p>
        <p>Hi Tessa Whitcomb,</p>
        <p>Thank you for booking with Inland Northwest University Alumni Career Services.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Mock interview (alumni, 45 min)</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Monday, October 5, 2026 4:00 PM &ndash; 4:45 PM (UTC-08:00) Pacific Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Corinne Malloy, Career Coach</td></tr>
        </table>
        <p>Please bring the job posting you're preparing for and a copy of your resume.</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=INU Alumni Career Services:mailto:AlumniCareers@inu.example.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tessa Whitcomb:mailto:{ME}
UID:040000008200E00074C5B7101A82E00800000000{_h('exuid50', 32).upper()}
SUMMARY;LANGUAGE=en-US:Mock interview (alumni\\, 45 min)
DTSTART;TZID=Pacific Standard Time:20261005T160000
DTEND;TZID=Pacific Standard Time:20261005T164500
DTSTAMP:{stamp(when, LA)}
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
END:VEVENT
END:VCALENDAR"""
    hs = head(50, frm=addr("INU Alumni Career Services", "AlumniCareers@inu.example.edu"),
              subject="Booking confirmed: Mock interview (alumni, 45 min)",
              when=when, zone=LA, host="mail-bn7nam10on2108.outbound.protection.outlook.com", ip="40.107.92.108",
              msgid=mid(50, "BN7PR10MB2654.namprd10.prod.outlook.com", "outlook"))
    return make.message(hs, alt(html(body_html), calendar(ics, method="REQUEST", cte="base64")))
