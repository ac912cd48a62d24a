# ruff: noqa: E501
"""blind15: a blind 50-mail held-out set -- a realistic US job seeker's inbox in a busy season.

Inbox owner: Jamie Whitaker <jamie.whitaker@example.org>, software engineer in Austin, Texas
(America/Chicago), currently at Caliche Labs (fictional, Austin), whose work calendar and
interviewer notifications reach this inbox. Every wording below was written by hand for this set;
``make.py`` only does the MIME plumbing and checks the labels.

Built with ``python3 bench/heldout/make_blind.py blind15``. Written without reading the detector,
its tests and fixtures, or the other held-out sets' mails.
"""

from __future__ import annotations

import html as _html
import random
import re

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

SET = "blind15"
ORDER = random.Random(15015).sample(range(1, 51), 50)
ME = "jamie.whitaker@example.org"
JAMIE = addr("Jamie Whitaker", ME)

make.WINDOWS_ZONES.setdefault("US Mountain Standard Time", "America/Phoenix")

UTC = "UTC"
CHI = "America/Chicago"
NYC = "America/New_York"
LA = "America/Los_Angeles"
DEN = "America/Denver"
PHX = "America/Phoenix"
TOR = "America/Toronto"
VAN = "America/Vancouver"
MEX = "America/Mexico_City"
LON = "Europe/London"
DUB = "Europe/Dublin"


def reg(k: int, **kw):
    """Register mail number k (writing order) under its shuffled file number."""
    return mail(f"{SET}_{ORDER[k - 1]:02d}", **kw)


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = JAMIE,
         reply_to: str | None = None, cc: str | None = None, pre: tuple = (), extra: tuple = (),
         rcvd: tuple | None = None) -> list[tuple[str, str]]:
    h: list[tuple[str, str]] = list(pre)
    if rcvd:
        by_from, ident, lag = rcvd
        h.append(("Received", received(by_from, when, zone, ident, ME, lag)))
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", enc(subject)), ("Date", date(when, zone)), ("Message-ID", mid)]
    h += list(extra)
    return h


def _link(s: str) -> str:
    return re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)


def to_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2328") -> str:
    """A plain HTML twin: one <p> per paragraph, <br> per line, links made clickable."""
    paras = body.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [_link(_html.escape(line, quote=False)) for line in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            + "\n".join(out) + "\n</body></html>\n")


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

VTZ_VAN = VTZ_LA.replace("America/Los_Angeles", "America/Vancouver")

VTZ_AZ = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""

TEAMS_RULE = "_" * 80


def teams_block(meeting_id: str, passcode: str, tenant: str) -> str:
    return t(f"""
        {TEAMS_RULE}
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tenant}%40thread.v2/0>
        Meeting ID: {meeting_id}
        Passcode: {passcode}
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        {TEAMS_RULE}
        """)


# =========================================================================== positives


@reg(1, family="greenhouse", lang="en", interview=True, kind="scheduled", company="Halyard Data",
     start="2026-03-10T15:00:00Z", end="2026-03-10T15:30:00Z", contact="nadia.okonkwo@halyarddata.com",
     local="Tue 2026-03-10 11:00", local_end="2026-03-10 11:30", zone=NYC,
     days=(("Tue", "2026-03-10"), ("Sun", "2026-03-08")),
     note="Greenhouse 'Interview Confirmation' for a recruiter phone screen, 11:00-11:30 AM EDT (New York) on Tue 10 Mar = 15:00-15:30Z; sent 2 Mar in EST, the interview falls after the 8 Mar US DST switch (body also says 10:00 AM CDT). ICS attached (America/New_York). Contact = human Reply-To recruiter, also ICS ORGANIZER.")
def p01_greenhouse_confirmation() -> bytes:
    body = t("""
        Hi Jamie,

        Thanks for confirming your availability! Here are the details for your upcoming interview with Halyard Data.

        Position: Software Engineer, Data Platform
        Interview: Recruiter Phone Screen
        Date: Tuesday, March 10, 2026
        Time: 11:00 AM - 11:30 AM EDT
        Interviewer: Nadia Okonkwo, Technical Recruiter
        Location: Phone call - Nadia will call you at +1 512-555-0187

        A quick heads-up since you're in Austin: clocks spring forward on Sunday, March 8, so this is 10:00 AM CDT on your end.

        If anything changes or you need to reschedule, just reply to this email.

        Best,
        Nadia Okonkwo
        Halyard Data | Talent Team
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-88231907-3114@greenhouse.io
        DTSTAMP:20260302T201200Z
        DTSTART;TZID=America/New_York:20260310T110000
        DTEND;TZID=America/New_York:20260310T113000
        SUMMARY:Halyard Data - Recruiter Phone Screen (Jamie Whitaker)
        DESCRIPTION:Nadia Okonkwo will call you at +1 512-555-0187.
        LOCATION:Phone
        ORGANIZER;CN=Nadia Okonkwo:mailto:nadia.okonkwo@halyarddata.com
        ATTENDEE;CN=Jamie Whitaker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jamie.whitaker@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Halyard Data", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Software Engineer, Data Platform at Halyard Data",
             "2026-03-02 15:12:07", NYC, "<5f2c91d0.7a1e.4e55.bd2a.c3f0a1e8b733@us.greenhouse-mail.io>",
             reply_to=addr("Nadia Okonkwo", "nadia.okonkwo@halyarddata.com"),
             pre=(("Return-Path", "<bounces+2291744-7c1f-jamie.whitaker=example.org@us.greenhouse-mail.io>"),),
             rcvd=("from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [198.51.100.41])",
                   "mx1.example.org (Postfix) with ESMTPS id 4dLq2V1xKz", 4),
             extra=(("X-Mailer", "Greenhouse"),))
    return message(h, mixed(alt(text(body), html(to_html(body))),
                            calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@reg(2, family="goodtime", lang="en", interview=True, kind="scheduled", company="Halyard Data",
     start="2026-03-25T14:00:00Z", end="2026-03-25T18:45:00Z", contact="marcus.feld@halyarddata.com",
     local="Wed 2026-03-25 09:00", local_end="2026-03-25 13:45", zone=CHI,
     days=(("Wed", "2026-03-25"),),
     note="GoodTime virtual-onsite itinerary, four sessions shown in Central Time (the zone Jamie picked): 9:00 AM first start to 1:45 PM last end CDT on Wed 25 Mar = 14:00-18:45Z (first start to last end). No ICS. Contact = human Reply-To coordinator.")
def p02_goodtime_onsite() -> bytes:
    body = t("""
        Hi Jamie,

        Congratulations on moving forward! Your virtual onsite for Software Engineer, Data Platform at Halyard Data is confirmed. All times below are in Central Time (US & Canada), the time zone you selected when you shared availability.

        WEDNESDAY, MARCH 25, 2026

        9:00 AM - 9:45 AM
        Hiring Manager Conversation
        Elena Vasquez-Park, Engineering Manager

        10:00 AM - 11:00 AM
        Coding (shared editor)
        Raj Malhotra, Senior Software Engineer

        11:15 AM - 12:15 PM
        System Design
        Chloe Andersson, Staff Engineer

        12:15 PM - 1:00 PM
        Break

        1:00 PM - 1:45 PM
        Collaboration & Values
        Will Osterberg, Product Manager

        Every session uses the same Google Meet room: https://meet.google.com/hxd-pqrm-ftw
        For the coding session you'll get a CoderPad link in the Meet chat; any language is fine.

        Need to change something? Reply to this email and it goes straight to Marcus Feld, your recruiting coordinator.

        Good luck!
        Halyard Data Recruiting

        Sent by GoodTime on behalf of Halyard Data.
        """)
    rich = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jamie,</p>
        <p>Congratulations on moving forward! Your virtual onsite for <b>Software Engineer, Data Platform</b> at Halyard Data is confirmed. All times below are in <b>Central Time (US &amp; Canada)</b>, the time zone you selected when you shared availability.</p>
        <h3 style="margin:18px 0 6px">WEDNESDAY, MARCH 25, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td style="white-space:nowrap">9:00 AM - 9:45 AM</td><td><b>Hiring Manager Conversation</b><br>Elena Vasquez-Park, Engineering Manager</td></tr>
        <tr><td style="white-space:nowrap">10:00 AM - 11:00 AM</td><td><b>Coding (shared editor)</b><br>Raj Malhotra, Senior Software Engineer</td></tr>
        <tr><td style="white-space:nowrap">11:15 AM - 12:15 PM</td><td><b>System Design</b><br>Chloe Andersson, Staff Engineer</td></tr>
        <tr><td style="white-space:nowrap">12:15 PM - 1:00 PM</td><td><i>Break</i></td></tr>
        <tr><td style="white-space:nowrap">1:00 PM - 1:45 PM</td><td><b>Collaboration &amp; Values</b><br>Will Osterberg, Product Manager</td></tr>
        </table>
        <p>Every session uses the same Google Meet room: <a href="https://meet.google.com/hxd-pqrm-ftw">meet.google.com/hxd-pqrm-ftw</a><br>
        For the coding session you'll get a CoderPad link in the Meet chat; any language is fine.</p>
        <p>Need to change something? Reply to this email and it goes straight to Marcus Feld, your recruiting coordinator.</p>
        <p>Good luck!<br>Halyard Data Recruiting</p>
        <p style="font-size:11px;color:#888">Sent by GoodTime on behalf of Halyard Data.</p>
        </body></html>
        """)
    h = head(addr("Halyard Data Recruiting", "no-reply@goodtime.io"),
             "Your virtual onsite with Halyard Data - Wednesday, March 25",
             "2026-03-19 16:40:52", UTC, "<0100018e5a7c2f11-9b0d7e55-41aa-4c7e-a0d2-6e0f3b1c7d21-000000@email.amazonses.com>",
             reply_to=addr("Marcus Feld", "marcus.feld@halyarddata.com"),
             extra=(("X-SES-Outgoing", "2026.03.19-54.240.9.12"),))
    return message(h, alt(text(body), html(rich)))


@reg(3, family="lever", lang="en", interview=True, kind="scheduled", company="Copperline Health",
     start="2026-02-12T21:00:00Z", end="2026-02-12T21:45:00Z", contact="gabriela.soto@copperlinehealth.com",
     local="Thu 2026-02-12 14:00", local_end="2026-02-12 14:45", zone=DEN,
     days=(("Thu", "2026-02-12"),),
     note="Lever confirmation after an availability request (thread with the Copperline negative): 2:00-2:45 PM MST (Denver, winter) on Thu 12 Feb = 21:00-21:45Z; body also gives 3:00-3:45 PM Central. Sender is Lever no-reply; contact = human Reply-To recruiter.")
def p03_lever() -> bytes:
    body = t("""
        Hi Jamie,

        Thanks for sending over your availability so quickly. You're confirmed for a technical interview with our Care Coordination team:

        Thursday, February 12, 2026
        2:00 PM - 2:45 PM Mountain Time (MST)
        (that's 3:00 PM - 3:45 PM Central for you)

        You'll meet Owen Brightwater (Senior Software Engineer) and Lucia Ferrante (Engineering Manager).
        Google Meet: https://meet.google.com/vkt-qzsn-dwo

        Plan on a few minutes of introductions, then a practical exercise around a small scheduling API - use whatever language you're most comfortable in. We save the last ten minutes for your questions.

        If something comes up, just reply here.

        Gabriela

        Gabriela Soto
        Talent Acquisition Partner | Copperline Health
        Denver, CO
        """)
    h = head(addr("Gabriela Soto", "no-reply@hire.lever.co"),
             "Interview confirmed: Copperline Health - Backend Engineer, Care Coordination",
             "2026-02-06 10:05:33", DEN, "<lvr.0b6e1f7a2d9c4c21.8f35@hire.lever.co>",
             reply_to="gabriela.soto@copperlinehealth.com",
             rcvd=("from mail-196.hire.lever.co (mail-196.hire.lever.co [198.51.100.196])",
                   "mx2.example.org (Postfix) with ESMTPS id 7GmQ0s3Hb1", 2),
             extra=(("X-Lever-Opportunity", "a41e0c2b-7d0f-44a1-9c55-1f2e0d8ab601"),))
    foot = "\n--\nThis message was sent via Lever on behalf of Copperline Health.\n"
    return message(h, alt(text(body + foot), html(to_html(body + foot))))


@reg(4, family="ashby", lang="en", interview=True, kind="scheduled", company="Northgate Robotics",
     start="2026-03-09T17:00:00Z", end="2026-03-09T18:00:00Z", contact="ines@northgaterobotics.com",
     local="Mon 2026-03-09 12:00", local_end="2026-03-09 13:00", zone=CHI,
     days=(("Mon", "2026-03-09"), ("Sun", "2026-03-08")),
     note="Ashby confirmation rendered in Jamie's zone: 12:00-1:00 PM CDT on Mon 9 Mar = 17:00-18:00Z, the day after the US DST switch (mail sent 3 Mar in PST). The ICS is in America/Los_Angeles (10:00-11:00 PDT), same instant. Contact = human Reply-To / ORGANIZER recruiter.")
def p04_ashby() -> bytes:
    body = t("""
        Hi Jamie,

        Your interview with Northgate Robotics is confirmed - we're looking forward to it!

        Technical Screen - Software Engineer, Fleet Autonomy
        Monday, March 9, 2026
        12:00 PM - 1:00 PM CDT (America/Chicago)

        Interviewer: Arjun Mehrotra, Senior Software Engineer
        Location: Zoom - https://northgaterobotics.zoom.us/j/84213377905?pwd=Yk9tR2xWc3F

        Daylight saving time begins in the US on Sunday, March 8; the time above already accounts for it.

        Need to reschedule? Reply to this email and it will reach Ines Carvalho.

        Northgate Robotics Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_LA + "\n" + t("""
        BEGIN:VEVENT
        UID:6f0d1c2e-91a4-4b7e-b3f8-2c5d9e0a7b14@ashbyhq.com
        DTSTAMP:20260304T002000Z
        DTSTART;TZID=America/Los_Angeles:20260309T100000
        DTEND;TZID=America/Los_Angeles:20260309T110000
        SUMMARY:Northgate Robotics - Technical Screen (Jamie Whitaker)
        LOCATION:https://northgaterobotics.zoom.us/j/84213377905
        ORGANIZER;CN=Ines Carvalho:mailto:ines@northgaterobotics.com
        ATTENDEE;CN=Jamie Whitaker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jamie.whitaker@example.org
        ATTENDEE;CN=Arjun Mehrotra;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:arjun@northgaterobotics.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Northgate Robotics", "no-reply@ashbyhq.com"),
             "Interview confirmed: Software Engineer, Fleet Autonomy at Northgate Robotics",
             "2026-03-03 16:20:11", LA, "<0100018dfc3a2b70-3f1e8a9c-6d2b-4f0e-9a71-5c8e2d4b0f93-000000@email.amazonses.com>",
             reply_to=addr("Ines Carvalho", "ines@northgaterobotics.com"))
    return message(h, mixed(alt(text(body, cte="base64"), html(to_html(body), cte="base64")),
                            calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@reg(5, family="gem", lang="en", interview=True, kind="scheduled", company="Cedarline",
     start="2026-04-23T20:00:00Z", end="2026-04-23T20:30:00Z", contact="theo.lindqvist@cedarline.io",
     local="Thu 2026-04-23 13:00", local_end="2026-04-23 13:30", zone=LA,
     days=(("Fri", "2026-04-17"),),
     note="Recruiter mail sent through Gem (own mailbox, tracking pixel) on Mon 20 Apr: 'this Thursday at 1pm PT / 3pm CT', '30-minute call' -> Thu 23 Apr 13:00-13:30 PDT = 20:00-20:30Z. Jamie's earlier reply is quoted. Contact = human sender.")
def p05_gem() -> bytes:
    body = t("""
        Hi Jamie,

        Perfect - let's lock in this Thursday at 1pm PT / 3pm CT for the phone screen. It's a 30-minute call with me: a bit about your work at Caliche, what you're looking for next, and a walkthrough of the Platform team, the interview loop and the comp range.

        I'll call you at (512) 555-0143. A calendar hold is on its way from my Google account.

        If anything comes up, text me at (206) 555-0119.

        Talk soon,
        Theo

        --
        Theo Lindqvist
        Senior Technical Recruiter | Cedarline
        Seattle, WA | cedarline.io/careers

        On Fri, Apr 17, 2026 at 4:12 PM Jamie Whitaker <jamie.whitaker@example.org> wrote:
        > Hi Theo,
        >
        > Thanks for reaching out - the Software Engineer II role on Platform sounds like a good fit.
        > Next week, Thursday afternoon works best for me (anything after 2pm Central).
        >
        > Jamie
        """)
    pixel = '<img src="https://t.gem.com/o/7f3c0a9e1d/p.gif" width="1" height="1" alt="" style="display:none">\n'
    h = head(addr("Theo Lindqvist", "theo.lindqvist@cedarline.io"),
             "Re: Cedarline - Software Engineer II (Platform)",
             "2026-04-20 10:47:19", LA, "<CAF3k7q9xW2nLr0vZ+8hJd1bT5mPq4eGx0Yw@mail.gmail.com>",
             extra=(("In-Reply-To", "<CAH2m0s7Vb4sJw@mail.gmail.com>"),
                    ("References", "<CAF3k1a2Q@mail.gmail.com> <CAH2m0s7Vb4sJw@mail.gmail.com>"),
                    ("X-Gem-Sequence", "eng-platform-q2")))
    return message(h, alt(text(body), html(gmail_html(body).replace("</div>\n", "</div>\n" + pixel, 1))))


@reg(6, family="modernloop", lang="en", interview=True, kind="scheduled", company="Brightkite Security",
     start="2026-05-12T14:00:00Z", end="2026-05-12T18:15:00Z", contact="alana.reyes@brightkitesecurity.com",
     local="Tue 2026-05-12 10:00", local_end="2026-05-12 14:15", zone=NYC,
     days=(("Tue", "2026-05-12"),),
     note="ModernLoop virtual-onsite itinerary, HTML-only, base64: Tue 12 May, 10:00 AM to 2:15 PM Eastern (EDT) = 14:00-18:15Z, first start to last end (CT equivalents also shown). Contact = human Reply-To recruiter.")
def p06_modernloop() -> bytes:
    rich = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview confirmed</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#172b4d">
        <tr><td>
        <p style="font-size:20px;font-weight:bold">Your interview is confirmed</p>
        <p>Hi Jamie,</p>
        <p>Thank you for your time so far! Here is your schedule for the <b>Senior Software Engineer, Detection Pipeline</b> virtual onsite with Brightkite Security.</p>
        <p style="font-weight:bold;margin-bottom:4px">Tuesday, May 12, 2026 &middot; Eastern Time (ET)</p>
        <table cellpadding="8" cellspacing="0" style="border:1px solid #dfe1e6;width:100%">
        <tr style="background:#f4f5f7"><th align="left">Time (ET)</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
        <tr><td>10:00 &ndash; 10:45 AM</td><td>Coding</td><td>Rohan Kapoor</td></tr>
        <tr><td>11:00 AM &ndash; 12:00 PM</td><td>System Design</td><td>Beth Amundsen</td></tr>
        <tr><td>12:00 &ndash; 12:45 PM</td><td><i>Lunch break</i></td><td>&ndash;</td></tr>
        <tr><td>12:45 &ndash; 1:30 PM</td><td>Behavioral</td><td>Marco Lindgren</td></tr>
        <tr><td>1:30 &ndash; 2:15 PM</td><td>Hiring Manager</td><td>Tasha Greenwood</td></tr>
        </table>
        <p style="color:#5e6c84;font-size:13px">Joining from Austin? That's 9:00 AM &ndash; 1:15 PM Central.</p>
        <p>All sessions are on Zoom: <a href="https://brightkitesecurity.zoom.us/j/93310245876">https://brightkitesecurity.zoom.us/j/93310245876</a> (passcode 551208). Your interviewers will hand off in the same room.</p>
        <p>Questions or need to make a change? Reply to this email to reach Alana Reyes, your recruiter.</p>
        <p>See you soon,<br>Brightkite Security Recruiting</p>
        <p style="font-size:11px;color:#97a0af">Scheduled with ModernLoop</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    h = head(addr("Brightkite Security Recruiting", "no-reply@modernloop.io"),
             "Interview confirmed: Brightkite Security - Virtual Onsite (Tue, May 12)",
             "2026-05-05 13:02:44", NYC, "<ml-2c9e41f7b8d04a55a1f3@mail.modernloop.io>",
             reply_to=addr("Alana Reyes", "alana.reyes@brightkitesecurity.com"))
    return message(h, html(rich, cte="base64"))


@reg(7, family="prelude", lang="en", interview=True, kind="cancelled", company="Lakefront Analytics",
     start="2026-04-15T19:00:00Z", end="2026-04-15T20:00:00Z", contact="devin.marsh@lakefrontanalytics.com",
     local="Wed 2026-04-15 14:00", local_end="2026-04-15 15:00", zone=CHI,
     days=(("Wed", "2026-04-15"),),
     note="Prelude cancellation with METHOD:CANCEL ICS: the Wed 15 Apr 2:00-3:00 PM CDT (Chicago) slot = 19:00-20:00Z; no new time given. Contact = human Reply-To recruiter, also ICS ORGANIZER.")
def p07_prelude_cancel() -> bytes:
    body = t("""
        Hi Jamie,

        Your Technical Deep Dive with Lakefront Analytics has been canceled.

        CANCELED
        Wednesday, April 15, 2026
        2:00 PM - 3:00 PM CDT
        Interviewers: Grace Tobin, Hector Alvarado

        The team had an unexpected conflict and we're sorry for the late change. Devin will follow up with new options shortly - there's nothing you need to do right now, and the event has been removed from your calendar.

        Questions? Reply to this message to reach Devin Marsh.

        Lakefront Analytics Recruiting
        Sent via Prelude
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Prelude//Scheduling//EN
        VERSION:2.0
        METHOD:CANCEL
        """) + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:prelude-evt-4471203@prelude.co
        DTSTAMP:20260413T134700Z
        DTSTART;TZID=America/Chicago:20260415T140000
        DTEND;TZID=America/Chicago:20260415T150000
        SUMMARY:Canceled: Lakefront Analytics - Technical Deep Dive (Jamie Whitaker)
        ORGANIZER;CN=Devin Marsh:mailto:devin.marsh@lakefrontanalytics.com
        ATTENDEE;CN=Jamie Whitaker:mailto:jamie.whitaker@example.org
        SEQUENCE:2
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Lakefront Analytics via Prelude", "no-reply@mail.prelude.co"),
             "Canceled: your interview with Lakefront Analytics on Wed, Apr 15",
             "2026-04-13 08:47:02", CHI, "<20260413134702.41c7e0f2a9@mail.prelude.co>",
             reply_to=addr("Devin Marsh", "devin.marsh@lakefrontanalytics.com"))
    return message(h, mixed(alt(text(body), html(to_html(body))),
                            calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@reg(8, family="workday", lang="en", interview=True, kind="rescheduled", company="Dogwood Financial",
     start="2026-06-04T13:30:00Z", end="2026-06-04T14:30:00Z", contact="keisha.lamont@dogwoodfinancial.com",
     local="Thu 2026-06-04 09:30", local_end="2026-06-04 10:30", zone=NYC,
     days=(("Tue", "2026-06-02"), ("Thu", "2026-06-04")),
     note="Workday 'Interview Rescheduled' with Webex block: previous Tue 2 Jun 3:00 PM EDT, new Thu 4 Jun 9:30-10:30 AM EDT (Atlanta) = 13:30-14:30Z (start = new time). System mailbox sender; contact = recruiter address in the body.")
def p08_workday_reschedule() -> bytes:
    body = t("""
        Dear Jamie Whitaker,

        Your interview for the position Software Engineer II (R-20418) has been rescheduled.

        Previous date and time: Tuesday, June 2, 2026 3:00 PM - 4:00 PM EDT
        New date and time: Thursday, June 4, 2026 9:30 AM - 10:30 AM EDT

        Interview Type: Video (Webex)
        Interviewers: Dwayne Pritchett, Senior Engineering Manager; Sunita Rao, Lead Software Engineer

        Join Webex meeting
        https://dogwoodfinancial.webex.com/dogwoodfinancial/j.php?MTID=m4b1e07c2f9a8d3e6b5c4a1f0e9d8c7b6
        Meeting number (access code): 2634 118 9047
        Meeting password: Dgw8Jun4
        Join by phone: +1-415-655-0001 US Toll, Access code: 263 411 89047

        If you have questions, please contact your recruiter, Keisha Lamont, at keisha.lamont@dogwoodfinancial.com.

        Thank you for your interest in Dogwood Financial.

        This is a system-generated message from Workday. Please do not reply to this email.
        """)
    rich = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <div style="border-top:4px solid #0b5394;padding:12px 0">
        <p>Dear Jamie Whitaker,</p>
        <p>Your interview for the position <b>Software Engineer II (R-20418)</b> has been rescheduled.</p>
        <table cellpadding="4" style="font-size:13px">
        <tr><td style="color:#777">Previous date and time:</td><td><s>Tuesday, June 2, 2026 3:00 PM - 4:00 PM EDT</s></td></tr>
        <tr><td style="color:#777">New date and time:</td><td><b>Thursday, June 4, 2026 9:30 AM - 10:30 AM EDT</b></td></tr>
        <tr><td style="color:#777">Interview Type:</td><td>Video (Webex)</td></tr>
        <tr><td style="color:#777">Interviewers:</td><td>Dwayne Pritchett, Senior Engineering Manager; Sunita Rao, Lead Software Engineer</td></tr>
        </table>
        <p><a href="https://dogwoodfinancial.webex.com/dogwoodfinancial/j.php?MTID=m4b1e07c2f9a8d3e6b5c4a1f0e9d8c7b6">Join Webex meeting</a><br>
        Meeting number (access code): 2634 118 9047<br>Meeting password: Dgw8Jun4<br>
        Join by phone: +1-415-655-0001 US Toll, Access code: 263 411 89047</p>
        <p>If you have questions, please contact your recruiter, Keisha Lamont, at <a href="mailto:keisha.lamont@dogwoodfinancial.com">keisha.lamont@dogwoodfinancial.com</a>.</p>
        <p>Thank you for your interest in Dogwood Financial.</p>
        <p style="font-size:11px;color:#999">This is a system-generated message from Workday. Please do not reply to this email.</p>
        </div></body></html>
        """)
    h = head(addr("Dogwood Financial", "dogwoodfinancial@myworkday.com"),
             "Interview Rescheduled: Software Engineer II - R-20418",
             "2026-05-27 09:14:58", NYC, "<1190884512.20733.1780059298402@wd5-prod-mail3.myworkday.com>",
             rcvd=("from wd5-prod-mail3.myworkday.com (wd5-prod-mail3.myworkday.com [203.0.113.85])",
                   "mx1.example.org (Postfix) with ESMTPS id 9QpV3f0cLm", 3))
    return message(h, alt(text(body), html(rich)))


@reg(9, family="exchange", lang="en", interview=True, kind="scheduled", company="Saguaro Grid Systems",
     start="2026-06-16T17:00:00Z", end="2026-06-16T18:00:00Z", contact="brandon.yazzie@saguarogrid.com",
     local="Tue 2026-06-16 10:00", local_end="2026-06-16 11:00", zone=PHX,
     days=(("Tue", "2026-06-16"),),
     note="Exchange meeting request from the hiring manager, TZID 'US Mountain Standard Time' (Arizona, no DST): 10:00-11:00 AM MST on Tue 16 Jun = 17:00-18:00Z (noon CDT in Austin, as the body says). Teams block. Contact = human sender / ORGANIZER.")
def p09_exchange_arizona() -> bytes:
    body = t("""
        When: Tuesday, June 16, 2026 10:00 AM-11:00 AM (UTC-07:00) Arizona
        Where: Microsoft Teams Meeting

        Hi Jamie,

        Looking forward to talking Tuesday. This is the technical interview for the Software Engineer, Grid Analytics role - Lorena Begay from the forecasting team will join me. We'll dig into a data-pipeline problem together, no leetcode-style puzzles.

        Time check: Arizona doesn't do daylight saving, so 10:00 here is noon for you in Austin.

        Brandon

        """) + teams_block("231 886 450 112", "7kT9vQ", "NzJhY2RlZjAtMTE0Yi00") + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_AZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Brandon Yazzie:mailto:brandon.yazzie@saguarogrid.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jamie Whitaker:mailto:jamie.whitaker@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lorena Begay:mailto:lorena.begay@saguarogrid.com
        DESCRIPTION;LANGUAGE=en-US:Hi Jamie\\,\\n\\nLooking forward to talking Tuesday. This is the technical interview for the Software Engineer\\, Grid Analytics role.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0F3C1D2B8F8DC01000000000000000010000000B7D41E2A9C0F4E4C8A1D6F2E3B5C7A90
        SUMMARY;LANGUAGE=en-US:Interview - Jamie Whitaker - Software Engineer\\, Grid Analytics
        DTSTART;TZID=US Mountain Standard Time:20260616T100000
        DTEND;TZID=US Mountain Standard Time:20260616T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260610T212200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2124611027
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
        END:VCALENDAR
        """)
    h = head(addr("Brandon Yazzie", "brandon.yazzie@saguarogrid.com"),
             "Interview - Jamie Whitaker - Software Engineer, Grid Analytics",
             "2026-06-10 14:22:00", PHX, "<BY5PR11MB4182C3E0A91F2D7B6E5A14C8A1D92@BY5PR11MB4182.namprd11.prod.outlook.com>",
             extra=(("Thread-Topic", "Interview - Jamie Whitaker - Software Engineer, Grid Analytics"),
                    ("Thread-Index", "AdrQ7k2m1XvTq0JZS8y3fQhN5b2A1w=="),
                    ("Content-Language", "en-US"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""),
                    ("X-MS-Exchange-Organization-SCL", "1")))
    return message(h, alt(text(body), html(to_html(body, style="font-family:Calibri,sans-serif;font-size:11pt")),
                          calendar(ics, method="REQUEST", cte="base64")))


@reg(10, family="exchange", lang="en", interview=True, kind="scheduled", company="Hudson Vale Capital",
     start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z", contact="rfeinberg@hudsonvalecap.com",
     local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=NYC,
     days=(("Tue", "2026-11-03"),),
     note="Exchange meeting request, TZID 'Eastern Standard Time': 10:00-11:00 AM ET on Tue 3 Nov = 15:00-16:00Z (EST, two days after the 1 Nov US switch; the mail itself is sent 29 Oct in EDT). Body says 9 AM Central. Teams block. Contact = human sender / ORGANIZER.")
def p10_exchange_eastern() -> bytes:
    body = t("""
        When: Tuesday, November 3, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada)
        Where: Microsoft Teams Meeting

        Hi Jamie,

        Please find the invite for your first-round technical interview for the Software Engineer, Risk Systems position. You'll meet Anand Raghunathan and Meredith Cole from the risk engineering team; expect a mix of coding and a discussion of a system you've built.

        One note - clocks go back this Sunday, so 10 AM Eastern on Tuesday will be 9 AM Central for you.

        Best regards,
        Rachel Feinberg
        Campus & Early Careers Recruiting | Hudson Vale Capital
        T +1 212 555 0148

        """) + teams_block("284 519 007 336", "Hv3sQ9", "OGQ0ZjE5YTItNjY3Yy00") + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rachel Feinberg:mailto:rfeinberg@hudsonvalecap.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jamie Whitaker:mailto:jamie.whitaker@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anand Raghunathan:mailto:araghunathan@hudsonvalecap.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Meredith Cole:mailto:mcole@hudsonvalecap.com
        UID:040000008200E00074C5B7101A82E0080000000090C6B3F1A467DD01000000000000000010000000E2F0A9C14D3B2E4F9A8B7C6D5E4F3A21
        SUMMARY;LANGUAGE=en-US:Hudson Vale Capital - Technical Interview - Jamie Whitaker
        DTSTART;TZID=Eastern Standard Time:20261103T100000
        DTEND;TZID=Eastern Standard Time:20261103T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261029T200500Z
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
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Rachel Feinberg", "rfeinberg@hudsonvalecap.com"),
             "Hudson Vale Capital - Technical Interview - Jamie Whitaker",
             "2026-10-29 16:05:41", NYC, "<MN2PR04MB6271A9E4C07B1D53F2E8C6A0B7D14@MN2PR04MB6271.namprd04.prod.outlook.com>",
             extra=(("Thread-Topic", "Hudson Vale Capital - Technical Interview - Jamie Whitaker"),
                    ("Thread-Index", "AdtK0f3p8m2qZ1vXRUa7sLh0c9N4Ew=="),
                    ("Content-Language", "en-US"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-Exchange-Organization-AuthAs", "Anonymous")))
    return message(h, alt(text(body), html(to_html(body, style="font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                          calendar(ics, method="REQUEST")))


@reg(11, family="exchange", lang="en", interview=True, kind="cancelled", company="Wabash Clearing",
     start="2026-10-08T14:00:00Z", end="2026-10-08T15:00:00Z", contact="twierzbicki@wabashclearing.com",
     local="Thu 2026-10-08 09:00", local_end="2026-10-08 10:00", zone=CHI,
     days=(("Thu", "2026-10-08"),),
     note="Exchange 'Canceled:' meeting (METHOD:CANCEL, TZID 'Central Standard Time'); the body's '(UTC-06:00) Central Time' label shows the standard offset but 8 Oct is CDT: 9:00-10:00 AM = 14:00-15:00Z, the cancelled slot. Req on hold, no new time. Contact = human sender / ORGANIZER.")
def p11_exchange_cancel() -> bytes:
    body = t("""
        When: Thursday, October 8, 2026 9:00 AM-10:00 AM (UTC-06:00) Central Time (US & Canada)
        Where: Microsoft Teams Meeting

        Jamie - apologies for the short notice. We've put the Platform Engineer requisition on hold through the end of Q4, so I'm canceling Thursday's technical interview. I'll reach out directly if it reopens; I'd genuinely like to pick this back up.

        Tomasz Wierzbicki
        Engineering Manager, Clearing Platform | Wabash Clearing
        Chicago, IL
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Tomasz Wierzbicki:mailto:twierzbicki@wabashclearing.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jamie Whitaker:mailto:jamie.whitaker@example.org
        DESCRIPTION;LANGUAGE=en-US:Jamie - apologies for the short notice. We've put the Platform Engineer requisition on hold through the end of Q4.\\n
        UID:040000008200E00074C5B7101A82E00800000000D1A7E3F9C252DD01000000000000000010000000A4C9E8B7F6D5C4B3A2918F7E6D5C4B3A
        SUMMARY;LANGUAGE=en-US:Canceled: Technical Interview - Jamie Whitaker (Platform Engineer)
        DTSTART;TZID=Central Standard Time:20261008T090000
        DTEND;TZID=Central Standard Time:20261008T100000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261005T133100Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Tomasz Wierzbicki", "twierzbicki@wabashclearing.com"),
             "Canceled: Technical Interview - Jamie Whitaker (Platform Engineer)",
             "2026-10-05 08:31:17", CHI, "<CH3PR19MB7741E5B2A0C94F18D3A7B6E2C9F50@CH3PR19MB7741.namprd19.prod.outlook.com>",
             extra=(("Thread-Topic", "Technical Interview - Jamie Whitaker (Platform Engineer)"),
                    ("Thread-Index", "AdtVb4Yc1kq8O0TlQ0e2m1Zr5Hc7pg=="),
                    ("Importance", "high"),
                    ("X-Priority", "1"),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(body), html(to_html(body, style="font-family:Calibri,sans-serif;font-size:11pt")),
                          calendar(ics, method="CANCEL", cte="base64")))


@reg(12, family="karat", lang="en", interview=True, kind="scheduled", company="Fernwood Payments",
     start="2026-04-22T21:00:00Z", end="2026-04-22T22:00:00Z", contact=None,
     local="Wed 2026-04-22 16:00", local_end="2026-04-22 17:00", zone=CHI,
     days=(("Wed", "2026-04-22"),),
     note="Karat (third party interviewing on behalf of Fernwood Payments) confirmation: Wed 22 Apr 4:00-5:00 PM CDT = 21:00-22:00Z, 60 minutes. Company = the employer, not Karat. Only role mailboxes (scheduling@, candidatesupport@), no human address -> contact null.")
def p12_karat() -> bytes:
    body = t("""
        Hi Jamie,

        Your technical interview for Fernwood Payments is confirmed.

        Karat conducts technical interviews on behalf of Fernwood Payments. You'll meet with a Karat Interview Engineer - a professional software engineer - and your results will be shared with the Fernwood Payments hiring team.

        WHEN
        Wednesday, April 22, 2026
        4:00 PM - 5:00 PM CDT (America/Chicago)

        DURATION
        60 minutes

        WHERE
        https://interview.karat.io/j/FWP-7Q2K-88LM
        Use Chrome on a laptop or desktop, and run the system check beforehand: https://karat.com/systemcheck

        WHAT TO EXPECT
        A few minutes of introductions, a short discussion of past projects, then coding questions. You may code in any language supported by the interview environment.

        Need to reschedule? You can do so up to 24 hours before your interview from your candidate page: https://candidate.karat.com/i/7Q2K88LM

        Good luck!
        The Karat Team
        """)
    h = head(addr("Karat", "scheduling@karat.com"),
             "Confirmed: your Karat interview for Fernwood Payments on April 22",
             "2026-04-17 17:10:26", UTC, "<01000190c4e1a2b3-karat-7Q2K88LM-confirm@email.amazonses.com>",
             reply_to=addr("Karat Candidate Support", "candidatesupport@karat.com"),
             extra=(("X-Entity-Ref-ID", "7Q2K88LM"),))
    return message(h, alt(text(body, cte="base64"), html(to_html(body), cte="base64")))


@reg(13, family="hirevue_live", lang="en", interview=True, kind="scheduled", company="Bellwether Insurance Group",
     start="2026-07-16T18:30:00Z", end="2026-07-16T19:15:00Z", contact="maureen.tully@bellwetherins.com",
     local="Thu 2026-07-16 13:30", local_end="2026-07-16 14:15", zone=CHI,
     days=(("Thu", "2026-07-16"),),
     note="HireVue *live* (two-way) interview scheduled: Thu 16 Jul 1:30-2:15 PM CDT = 18:30-19:15Z. Sender noreply@hirevue.com; contact = the talent-acquisition address in the body.")
def p13_hirevue_live() -> bytes:
    body = t("""
        Hello Jamie,

        Bellwether Insurance Group has scheduled a live video interview with you.

        Position: Software Engineer - Claims Platform
        Date: Thursday, July 16, 2026
        Time: 1:30 PM - 2:15 PM Central Daylight Time (America/Chicago)
        Interviewers: Caroline Ashby-Nguyen (Engineering Manager), Victor Oyelaran (Senior Software Engineer)

        This is a live, two-way interview - your interviewers will join you in real time. It is not a recorded on-demand interview. Please join from a computer with a webcam a few minutes early.

        Join Interview: https://app.hirevue.com/live/bellwether/j/5RTX-22HQ
        Add to calendar: https://app.hirevue.com/live/bellwether/ics/5RTX-22HQ

        Questions about your interview? Contact Maureen Tully, Talent Acquisition, at maureen.tully@bellwetherins.com.
        Technical issues: https://candidatesupport.hirevue.com

        Sincerely,
        Bellwether Insurance Group Talent Acquisition
        """)
    h = head(addr("Bellwether Insurance Group", "noreply@hirevue.com"),
             "Live Interview Scheduled: Software Engineer - Claims Platform",
             "2026-07-10 15:03:27", UTC, "<hv.live.5RTX22HQ.20260710150327@hirevue.com>",
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, alt(text(body), html(to_html(body))))


@reg(14, family="codesignal_live", lang="en", interview=True, kind="scheduled", company="Tidewater Games",
     start="2026-11-02T19:00:00Z", end="2026-11-02T20:00:00Z", contact="kenji.watanabe@tidewatergames.com",
     local="Mon 2026-11-02 11:00", local_end="2026-11-02 12:00", zone=LA,
     days=(("Mon", "2026-11-02"), ("Sun", "2026-11-01")),
     note="CodeSignal *live* pair-programming interview: Mon 2 Nov 11:00 AM-12:00 PM PST = 19:00-20:00Z, the day after US DST ends (mail sent 28 Oct in PDT); body also gives 1-2 PM CST. ICS in UTC with a no-reply ORGANIZER; contact = recruiter address in the body.")
def p14_codesignal_live() -> bytes:
    body = t("""
        Hi Jamie,

        Tidewater Games has scheduled a live technical interview with you on CodeSignal.

        Role: Gameplay Services Engineer
        Date: Monday, November 2, 2026
        Time: 11:00 AM - 12:00 PM PST (1:00 PM - 2:00 PM CST)
        Interviewer: Lena Marchetti
        Format: Live pair programming in CodeSignal's interview environment; video and audio are built in.

        Daylight saving time ends on Sunday, November 1. The times above are already in standard time.

        Join your interview: https://app.codesignal.com/live-interview/tdw-8k2m-q4rz
        Check your setup: https://app.codesignal.com/system-check

        Questions about the role or the process? Your recruiting contact is Kenji Watanabe, kenji.watanabe@tidewatergames.com.

        - The CodeSignal Team
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//CodeSignal//Interview//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:live-interview-tdw-8k2m-q4rz@codesignal.com
        DTSTAMP:20261028T224000Z
        DTSTART:20261102T190000Z
        DTEND:20261102T200000Z
        SUMMARY:Tidewater Games - Live Interview with Lena Marchetti
        LOCATION:https://app.codesignal.com/live-interview/tdw-8k2m-q4rz
        ORGANIZER;CN=CodeSignal:mailto:noreply@codesignal.com
        ATTENDEE;CN=Jamie Whitaker;RSVP=TRUE:mailto:jamie.whitaker@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("CodeSignal", "noreply@codesignal.com"),
             "Interview scheduled: Tidewater Games - Gameplay Services Engineer",
             "2026-10-28 15:40:09", LA, "<20261028224009.tdw8k2mq4rz@codesignal.com>",
             extra=(("List-Unsubscribe", "<https://app.codesignal.com/unsubscribe?t=c2lnbmFs>"),))
    return message(h, mixed(alt(text(body), html(to_html(body))),
                            calendar(ics, filename="interview.ics", disposition="attachment", name_param=True)))


@reg(15, family="calendly", lang="en", interview=True, kind="scheduled", company="Switchback Labs",
     start="2026-05-08T15:00:00Z", end="2026-05-08T15:30:00Z", contact="dana@switchbacklabs.com",
     local="Fri 2026-05-08 10:00", local_end="2026-05-08 10:30", zone=CHI,
     days=(("Fri", "2026-05-08"),),
     note="Calendly invitee confirmation for a coffee chat with the hiring manager about the Senior Backend Engineer role: 10:00-10:30am Central on Fri 8 May = 15:00-15:30Z. Date header in UTC is already 2 May. Contact = human Reply-To host.")
def p15_calendly() -> bytes:
    body = t("""
        Hi Jamie Whitaker,

        Your Coffee chat - Senior Backend Engineer with Dana Whitfield at 10:00am (Central Time - US & Canada) on Friday, May 8, 2026 is scheduled.

        Event Type:
        Coffee chat - Senior Backend Engineer

        Event Date/Time:
        10:00am - 10:30am (Central Time - US & Canada) on Friday, May 8, 2026

        Location:
        This is a Zoom web conference.
        https://us06web.zoom.us/j/86611904427?pwd=c3dpdGNoYmFjaw

        Invitee:
        Jamie Whitaker

        Invitee Email:
        jamie.whitaker@example.org

        Questions:
        Anything you'd like Dana to know before the chat?
        I'd love to hear how the backend team is structured and what the first 90 days look like.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4c1f9e27-0b8a-4d6c-9e35-7a2b1d0f8c64
        Reschedule: https://calendly.com/reschedulings/4c1f9e27-0b8a-4d6c-9e35-7a2b1d0f8c64

        Powered by Calendly.com
        """)
    h = head(addr("Calendly", "notifications@calendly.com"),
             "Confirmed: Coffee chat - Senior Backend Engineer with Dana Whitfield on Friday, May 8, 2026",
             "2026-05-02 01:10:12", UTC, "<calendly.evt.4c1f9e27.invitee.confirm@calendly.com>",
             reply_to=addr("Dana Whitfield", "dana@switchbacklabs.com"))
    return message(h, alt(text(body), html(to_html(body))))


@reg(16, family="calcom", lang="en", interview=True, kind="rescheduled", company="Maple Circuit",
     start="2026-01-27T16:00:00Z", end="2026-01-27T17:00:00Z", contact="priya@maplecircuit.ca",
     local="Tue 2026-01-27 10:00", local_end="2026-01-27 11:00", zone=CHI,
     days=(("Mon", "2026-01-26"), ("Tue", "2026-01-27")),
     note="Cal.com reschedule for a Toronto startup, shown in the attendee's zone (America/Chicago): new Tue 27 Jan 10:00-11:00am CST = 16:00-17:00Z; the old Mon 26 Jan 1:00pm slot is also shown. ICS in UTC, SEQUENCE:1. Contact = human Reply-To / ORGANIZER.")
def p16_calcom_reschedule() -> bytes:
    body = t("""
        Your event has been rescheduled

        What:
        Technical interview (60 min) - Maple Circuit

        When:
        Tuesday, January 27, 2026 | 10:00am - 11:00am (America/Chicago)

        Previously:
        Monday, January 26, 2026 | 1:00pm - 2:00pm (America/Chicago)

        Who:
        Priya Natarajan - Organizer
        priya@maplecircuit.ca
        Jamie Whitaker
        jamie.whitaker@example.org

        Where:
        Cal Video
        https://app.cal.com/video/mq8Zr2XkV1pTnB

        Reason for reschedule:
        "One of our interviewers is out sick Monday - sorry for the shuffle! - Priya"

        Need to make a change? Reschedule or Cancel: https://app.cal.com/booking/mq8Zr2XkV1pTnB
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Cal.com Inc.//Cal.com Event//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:mq8Zr2XkV1pTnB@cal.com
        DTSTAMP:20260121T200300Z
        DTSTART:20260127T160000Z
        DTEND:20260127T170000Z
        SUMMARY:Technical interview between Priya Natarajan and Jamie Whitaker
        LOCATION:https://app.cal.com/video/mq8Zr2XkV1pTnB
        ORGANIZER;CN=Priya Natarajan:mailto:priya@maplecircuit.ca
        ATTENDEE;CN=Jamie Whitaker;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:jamie.whitaker@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Cal.com", "no-reply@cal.com"),
             "Rescheduled: Technical interview between Priya Natarajan and Jamie Whitaker @ 10:00am - 11:00am, Tuesday, January 27, 2026",
             "2026-01-21 20:03:55", UTC, "<mq8Zr2XkV1pTnB.rescheduled.1769025835@cal.com>",
             reply_to=addr("Priya Natarajan", "priya@maplecircuit.ca"))
    return message(h, mixed(alt(text(body), html(to_html(body))),
                            calendar(ics, filename="event.ics", disposition="attachment")))


@reg(17, family="human_prose", lang="en", interview=True, kind="scheduled", company="Pricklypear Labs",
     start="2026-08-20T19:00:00Z", end=None, contact="sam@pricklypear.dev",
     local="Thu 2026-08-20 14:00", zone=CHI,
     note="Founder's short reply on top of the quoted thread: 'Thursday 2pm CT works - sending an invite', sent Mon 17 Aug 21:14 CDT -> Thu 20 Aug 14:00 CDT = 19:00Z. 'Plan on ~90 min' is approximate -> end null. Contact = human sender.")
def p17_founder_reply() -> bytes:
    body = t("""
        Thursday 2pm CT works - sending an invite. Plan on ~90 min: some whiteboarding with me and Lupe, then you meet the rest of the crew. We're at the coworking space on E 6th, 3rd floor.

        Sam

        Sent from my iPhone

        On Mon, Aug 17, 2026 at 6:02 PM Jamie Whitaker <jamie.whitaker@example.org> wrote:
        > Hi Sam,
        >
        > Thanks for the note - I'd love to come in for the interview for the founding engineer role. I'm free Wednesday after 3 or Thursday any time after 1pm CT.
        >
        > Best,
        > Jamie
        >
        > On Sun, Aug 16, 2026 at 8:40 PM Sam Okafor <sam@pricklypear.dev> wrote:
        >> Jamie - saw your talk at Austin Python and your CDC-to-Postgres repo. We're 6 people building inventory forecasting for independent grocers and I'm hiring our first backend engineer. Want to come by and do a proper interview this week?
        >>
        >> Sam Okafor, cofounder @ Pricklypear Labs
        """)
    h = head(addr("Sam Okafor", "sam@pricklypear.dev"),
             "Re: Founding engineer @ Pricklypear",
             "2026-08-17 21:14:30", CHI, "<CAJx2Lw1mK8sD4TqZ9p0r7oVb3yNe5cFhA@mail.gmail.com>",
             extra=(("In-Reply-To", "<CAPq7rZ0n1Jw@mail.gmail.com>"),
                    ("References", "<CAJx2Lw0aQ@mail.gmail.com> <CAPq7rZ0n1Jw@mail.gmail.com>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@reg(18, family="google_calendar", lang="en", interview=True, kind="rescheduled", company="Salal Systems",
     start="2026-09-10T17:00:00Z", end="2026-09-10T18:00:00Z", contact="hana.sato@salalsystems.ca",
     local="Thu 2026-09-10 10:00", local_end="2026-09-10 11:00", zone=VAN,
     days=(("Wed", "2026-09-09"), ("Thu", "2026-09-10")),
     note="Google Calendar 'Updated invitation' (SEQUENCE:1): moved from Wed 9 Sep to Thu 10 Sep 10am-11am Pacific Time - Vancouver (PDT) = 17:00-18:00Z; the old day is in the organizer's note. Contact = human ORGANIZER / Reply-To.")
def p18_gcal_updated() -> bytes:
    body = t("""
        This event has been changed.

        Salal Systems - Technical interview (Jamie Whitaker)
        Moving us to Thursday - Wednesday got eaten by a launch (we were on Wed Sep 9 at 10). Same Meet link, same panel. Thanks for being flexible! - Hana

        When
        Changed: Thursday Sep 10, 2026 ⋅ 10am – 11am (Pacific Time - Vancouver)

        Joining info
        Join with Google Meet
        https://meet.google.com/rbw-ksfz-nqe

        Calendar
        jamie.whitaker@example.org

        Who
        • Hana Sato - organizer
        • Theo Marchand
        • jamie.whitaker@example.org

        Reply for jamie.whitaker@example.org
        Yes
        No
        Maybe

        More options
        https://calendar.google.com/calendar/event?action=VIEW&eid=N2Q4c2FsYWxqYW1pZQ

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_VAN + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Vancouver:20260910T100000
        DTEND;TZID=America/Vancouver:20260910T110000
        DTSTAMP:20260904T182205Z
        ORGANIZER;CN=Hana Sato:mailto:hana.sato@salalsystems.ca
        UID:3pq8v0ld2k7n1cbm6ts5r9ae4h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jamie.whitaker@example.org;X-NUM-GUESTS=0:mailto:jamie.whitaker@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Theo Marchand;X-NUM-GUESTS=0:mailto:theo.marchand@salalsystems.ca
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hana Sato;X-NUM-GUESTS=0:mailto:hana.sato@salalsystems.ca
        X-GOOGLE-CONFERENCE:https://meet.google.com/rbw-ksfz-nqe
        CREATED:20260828T170412Z
        DESCRIPTION:Moving us to Thursday - Wednesday got eaten by a launch (we were on Wed Sep 9 at 10). Same Meet link\\, same panel.
        LAST-MODIFIED:20260904T182205Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Salal Systems - Technical interview (Jamie Whitaker)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Hana Sato", "hana.sato@salalsystems.ca"),
             "Updated invitation: Salal Systems - Technical interview (Jamie Whitaker) @ Thu Sep 10, 2026 10am - 11am (PDT) (jamie.whitaker@example.org)",
             "2026-09-04 11:22:05", VAN, "<calendar-5b0e9c41-7a3d-4f12-8e60-2d9c1b7f4a85@google.com>",
             reply_to=addr("Hana Sato", "hana.sato@salalsystems.ca"),
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(h, mixed(alt(text(body), html(to_html(body)), calendar(ics)),
                            calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", name_param=True)))


@reg(19, family="smartrecruiters", lang="en", interview=True, kind="scheduled", company="Ardmore Analytics",
     start="2026-10-26T15:00:00Z", end="2026-10-26T15:45:00Z", contact="siobhan.kavanagh@ardmoreanalytics.ie",
     local="Mon 2026-10-26 15:00", local_end="2026-10-26 15:45", zone=DUB,
     days=(("Mon", "2026-10-26"), ("Sun", "2026-10-25"), ("Sun", "2026-11-01")),
     note="SmartRecruiters confirmation for a remote Dublin role: Mon 26 Oct 15:00-15:45 Irish time = 15:00-15:45Z (Ireland back on GMT since 25 Oct, while Austin stays on CDT until 1 Nov: 10:00 CDT, as the body says). Sent 20 Oct in IST (+0100). Contact = human Reply-To recruiter (non-ASCII display name).")
def p19_smartrecruiters() -> bytes:
    body = t("""
        Hi Jamie,

        Thank you for scheduling your interview with Ardmore Analytics. Here are your details:

        Job: Senior Software Engineer (Remote - US/EU overlap)
        Interview: Technical interview with the Data Products team
        Date: Monday, 26 October 2026
        Time: 15:00 - 15:45 (GMT+00:00) Dublin

        A note on clocks: Ireland goes back to winter time on Sunday 25 October, but the US only changes on Sunday 1 November - so for you in Austin this is 10:00 AM CDT, not 9:00.

        Interviewers: Cian Moloney (Engineering Lead), Aditi Bhatt (Senior Data Engineer)
        Video link: https://ardmoreanalytics.zoom.us/j/81230045519

        If you have any questions, simply reply to this email.

        Kind regards,
        Siobhán Kavanagh
        Talent Acquisition, Ardmore Analytics
        """)
    h = head(addr("Ardmore Analytics", "noreply@smartrecruiters.com"),
             "Interview confirmed - Senior Software Engineer (Remote - US/EU overlap)",
             "2026-10-20 09:15:38", DUB, "<sr.0f2b7c19-ae44-4d1b-9c0e-71d8e5a3b260@smartrecruiters.com>",
             reply_to=addr("Siobhán Kavanagh", "siobhan.kavanagh@ardmoreanalytics.ie"))
    return message(h, alt(text(body, cte="8bit"), html(to_html(body), cte="quoted-printable")))


@reg(20, family="agency_recruiter", lang="en", interview=True, kind="rescheduled", company="Lakeshore Mutual",
     start="2026-07-28T15:00:00Z", end="2026-07-28T15:45:00Z", contact="kbrandt@ridgewaytech.com",
     local="Tue 2026-07-28 10:00", local_end="2026-07-28 10:45", zone=CHI,
     days=(("Thu", "2026-07-23"), ("Tue", "2026-07-28"), ("Mon", "2026-07-20")),
     note="Agency recruiter (Ridgeway Technical Staffing) for the client Lakeshore Mutual: moved from Thursday 7/23 1:00 PM CT to 'next Tuesday (7/28) at 10:00 AM CT', 'still 45 min' -> 10:00-10:45 CDT = 15:00-15:45Z (new time). Both times written; original confirmation quoted. Company = the client; contact = the agency recruiter (human sender).")
def p20_agency_reschedule() -> bytes:
    body = t("""
        Hey Jamie,

        Quick change from the client. Lakeshore's hiring manager got pulled into a production release on Thursday, so they've moved your Teams interview from Thursday 7/23 at 1:00 PM CT to next Tuesday (7/28) at 10:00 AM CT. Same panel, same link, still 45 min. They sent an updated invite to me - details pasted below so you have them.

        Shoot me a thumbs up that the new time works and I'll let them know. And remember: it's a W2 contract-to-hire, so if they ask about rate, send them my way.

        Thanks,
        Kyle

        Kyle Brandt | Technical Recruiter
        Ridgeway Technical Staffing | Austin, TX
        Direct: 512-555-0162 | kbrandt@ridgewaytech.com

        """) + teams_block("219 704 558 081", "Lm4Xz2", "YjkwMmE1ZDEtYzQ3MS00") + t("""

        -----Original Message-----
        From: Kyle Brandt <kbrandt@ridgewaytech.com>
        Sent: Monday, July 20, 2026 3:18 PM
        To: Jamie Whitaker <jamie.whitaker@example.org>
        Subject: Lakeshore Mutual - Java/Kotlin Engineer - interview confirmed

        Jamie - you're confirmed with Lakeshore Mutual for Thursday 7/23 at 1:00 PM CT on Teams, 45 minutes with the hiring manager and a senior dev. Mostly Kotlin/Spring and some SQL. Call me before if you want to prep.
        """)
    h = head(addr("Kyle Brandt", "kbrandt@ridgewaytech.com"),
             "RE: Lakeshore Mutual - Java/Kotlin Engineer - interview moved to Tue 7/28",
             "2026-07-22 16:45:12", CHI, "<SA1PR08MB7390F1C24A9B0E36D7E5A2C81F4B9@SA1PR08MB7390.namprd08.prod.outlook.com>",
             extra=(("Thread-Topic", "Lakeshore Mutual - Java/Kotlin Engineer - interview confirmed"),
                    ("Thread-Index", "AdsZ2Q1o9x7kRcL0TXa1bM8vQ0e4Ug=="),
                    ("In-Reply-To", "<SA1PR08MB7390A7E2@SA1PR08MB7390.namprd08.prod.outlook.com>")))
    return message(h, alt(text(body), html(to_html(body, style="font-family:Calibri,sans-serif;font-size:11pt"))))


@reg(21, family="human_prose", lang="es", interview=True, kind="scheduled", company="Cobalto Pagos",
     start="2026-04-14T17:00:00Z", end="2026-04-14T18:00:00Z", contact="mariana.quiroga@cobaltopagos.mx",
     local="Tue 2026-04-14 11:00", local_end="2026-04-14 12:00", zone=MEX,
     days=(("Tue", "2026-04-14"),),
     note="Spanish recruiter confirmation from a Mexico City team with Zoom block: martes 14 de abril, 11:00 a 12:00 h hora del centro de México (UTC-6, no DST since 2022) = 17:00-18:00Z; the body adds 12:00 p. m. CDT in Austin. Contact = human sender.")
def p21_spanish() -> bytes:
    body = t("""
        Hola, Jamie:

        ¡Gracias por tu tiempo en la llamada de la semana pasada! Te confirmo la entrevista técnica para la vacante de Ingeniero(a) de Software Backend (remoto, EE. UU./México):

        Fecha: martes 14 de abril de 2026
        Hora: de 11:00 a 12:00 h, hora del centro de México (CDMX). En Austin serán las 12:00 p. m. (CDT), ya que en México ya no cambiamos de horario.
        Entrevistadores: Rodrigo Báez (Tech Lead) y Fernanda Ulloa (Engineering Manager)
        Formato: Zoom. La parte técnica puede ser en inglés, sin problema.

        Mariana Quiroga le está invitando a una reunión de Zoom programada.

        Unirse a la reunión Zoom
        https://cobaltopagos.zoom.us/j/86122904417?pwd=Q29iYWx0bw

        ID de reunión: 861 2290 4417
        Código de acceso: 540913

        Cualquier duda, aquí estoy.

        Saludos cordiales,
        Mariana Quiroga
        Atracción de Talento | Cobalto Pagos
        Ciudad de México
        """)
    h = head(addr("Mariana Quiroga", "mariana.quiroga@cobaltopagos.mx"),
             "Confirmación de entrevista - Ingeniero(a) de Software Backend",
             "2026-04-08 17:20:44", MEX, "<DM6PR02MB5861C0E7F3A29B14D8E6A5B2C7019@DM6PR02MB5861.namprd02.prod.outlook.com>",
             extra=(("Content-Language", "es-MX"),))
    return message(h, alt(text(body, cte="8bit"), html(to_html(body), cte="quoted-printable")))


@reg(22, family="human_prose", lang="fr", interview=True, kind="cancelled", company="Boréal Logiciel",
     start="2026-03-19T18:00:00Z", end=None, contact="elodie.gagnon@boreallogiciel.ca",
     local="Thu 2026-03-19 14:00", zone=TOR,
     days=(("Thu", "2026-03-19"),),
     note="French (Montréal) cancellation without ICS: 'annuler l'entrevue prévue ce jeudi 19 mars à 14 h (heure de Montréal)' = 14:00 EDT (Montréal on daylight time since 8 Mar) = 18:00Z, the cancelled slot; no length stated -> end null; position put on hold, no new time. Base64 body. Contact = human sender.")
def p22_french_cancel() -> bytes:
    body = t("""
        Bonjour Jamie,

        Je suis désolée de vous écrire avec une mauvaise nouvelle : nous devons malheureusement annuler l'entrevue prévue ce jeudi 19 mars à 14 h (heure de Montréal, donc 13 h à Austin) pour le poste de développeur·se logiciel backend.

        Le poste vient d'être mis en attente à la suite d'une réorganisation budgétaire. Ce n'est aucunement lié à votre candidature, qui nous avait beaucoup plu. Si le poste est rouvert, je vous recontacterai en priorité.

        Merci de votre compréhension, et toutes mes excuses pour ce changement de dernière minute.

        Cordialement,

        Élodie Gagnon
        Conseillère en acquisition de talents
        Boréal Logiciel inc. | Montréal (Québec)
        """)
    h = head(addr("Élodie Gagnon", "elodie.gagnon@boreallogiciel.ca"),
             "Annulation - entrevue du jeudi 19 mars",
             "2026-03-16 10:05:29", TOR, "<YQBPR0101MB7733E0A9C41F2B6D3E8A5C7B21D06@YQBPR0101MB7733.CANPRD01.PROD.OUTLOOK.COM>",
             extra=(("Content-Language", "fr-CA"),))
    return message(h, text(body, cte="base64"))


@reg(23, family="jobvite", lang="en", interview=True, kind="scheduled", company="Kestrel Ledger",
     start="2026-03-30T15:00:00Z", end="2026-03-30T16:00:00Z", contact="harriet.osei@kestrelledger.co.uk",
     local="Mon 2026-03-30 16:00", local_end="2026-03-30 17:00", zone=LON,
     days=(("Mon", "2026-03-30"), ("Sun", "2026-03-29")),
     note="Forward-to-self from Jamie's university alumni address, the Jobvite confirmation attached as message/rfc822: Mon 30 Mar 16:00-17:00 UK time (BST from 29 Mar) = 15:00-16:00Z; inner mail sent 24 Mar in GMT; body adds 10:00 AM Austin time. Outer sender is the candidate -> contact = inner human Reply-To recruiter.")
def p23_jobvite_forward() -> bytes:
    inner_body = t("""
        Dear Jamie,

        Thank you for your interest in Kestrel Ledger. We're pleased to confirm your interview for the Software Engineer (Remote, Americas) position.

        Date: Monday 30 March 2026
        Time: 16:00 - 17:00 UK time (BST)
        Format: Microsoft Teams video call - the joining link is in the calendar invitation from Harriet.
        Panel: Gareth Lowe (Head of Engineering) and Nkechi Adebayo (Senior Engineer)

        Please note the UK clocks go forward on Sunday 29 March, so this will be 10:00 AM in Austin.

        Should you have any questions, please reply to this email.

        Kind regards,
        Harriet Osei
        Talent Partner, Kestrel Ledger Ltd, London
        """)
    inner_h = [
        ("From", addr("Kestrel Ledger Careers", "notification@jobvite.com")),
        ("Reply-To", addr("Harriet Osei", "harriet.osei@kestrelledger.co.uk")),
        ("To", addr("Jamie Whitaker", "jwhitaker@alumni.example.edu")),
        ("Subject", "Interview confirmed - Software Engineer (Remote, Americas) - Kestrel Ledger"),
        ("Date", date("2026-03-24 14:40:03", LON)),
        ("Message-ID", "<jv.1f8a2c9e5b.kestrelledger@jobvite.com>"),
    ]
    inner = message(inner_h, alt(text(inner_body), html(to_html(inner_body))))
    outer_body = t("""
        fwd to personal - this one went to my old alumni address. Mon 3/30, 10am my time.

        J
        """)
    h = head(addr("Jamie Whitaker", "jwhitaker@alumni.example.edu"),
             "Fwd: Interview confirmed - Software Engineer (Remote, Americas) - Kestrel Ledger",
             "2026-03-24 19:02:17", CHI, "<c6e1a0f2-5b7d-4e39-8a14-9f3d2b7c0e58@alumni.example.edu>")
    return message(h, mixed(text(outer_body, cte="7bit"),
                            attached_message(inner, filename="Interview confirmed - Kestrel Ledger.eml")))


@reg(24, family="greenhouse", lang="en", interview=True, kind="scheduled", company="Fieldstone Bio",
     start="2026-09-15T18:00:00Z", end="2026-09-15T19:00:00Z", contact="courtney.albright@fieldstonebio.com",
     local="Tue 2026-09-15 14:00", local_end="2026-09-15 15:00", zone=NYC,
     days=(("Tue", "2026-09-15"),),
     note="Greenhouse reminder sent Mon 14 Sep 09:00 EDT: 'tomorrow, Tuesday, September 15, 2:00 PM - 3:00 PM EDT' (Boston) = 18:00-19:00Z, Zoom block. No Reply-To; contact = recruiter address in the body.")
def p24_greenhouse_reminder() -> bytes:
    body = t("""
        Hi Jamie,

        This is a friendly reminder that your interview with Fieldstone Bio is tomorrow.

        Tuesday, September 15, 2026
        2:00 PM - 3:00 PM EDT (1:00 PM - 2:00 PM CDT)
        Software Engineer, Lab Automation - Technical Interview
        Interviewers: Priyanka Sethi, Dmitri Volkov

        Join Zoom Meeting
        https://fieldstonebio.zoom.us/j/97714502236?pwd=RmllbGRzdG9uZQ
        Meeting ID: 977 1450 2236
        Passcode: 880417
        One tap mobile: +13092053325,,97714502236#

        Questions? Reach out to Courtney Albright at courtney.albright@fieldstonebio.com.

        Good luck!
        Fieldstone Bio Recruiting
        """)
    h = head(addr("Fieldstone Bio", "no-reply@us.greenhouse-mail.io"),
             "Reminder: Your interview with Fieldstone Bio is tomorrow",
             "2026-09-14 09:00:04", NYC, "<8c41e0d7.2f6b.4a1c.93e5.b0a7d2c9f164@us.greenhouse-mail.io>",
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, alt(text(body), html(to_html(body))))


# =========================================================================== negatives


@reg(25, family="application_ack", lang="en", interview=False, company="Halyard Data",
     note="Greenhouse application receipt (start of the Halyard thread); 'reach out to schedule an interview' is hypothetical. Negative.")
def n25_halyard_receipt() -> bytes:
    body = t("""
        Hi Jamie,

        Thanks for applying to the Software Engineer, Data Platform role at Halyard Data! We've received your application and our team is reviewing it.

        We read every application ourselves. If your background is a match, someone from our recruiting team will reach out to schedule an interview - usually within two weeks. Either way, we'll let you know where things stand.

        In the meantime, you can read about how we build our ingestion layer on our engineering blog: https://halyarddata.com/engineering

        Thanks again,
        The Halyard Data Talent Team
        """)
    h = head(addr("Halyard Data", "no-reply@us.greenhouse-mail.io"),
             "Thank you for applying to Halyard Data",
             "2026-02-17 14:31:50", UTC, "<a0e7b3f2.5c19.4d8e.8f21.7b3c0e9d1a46@us.greenhouse-mail.io>",
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, alt(text(body), html(to_html(body))))


@reg(26, family="rejection", lang="en", interview=False, company="Halyard Data",
     note="Post-onsite rejection from the Halyard recruiter via Greenhouse ('decided to move forward with other candidates'); mentions the past onsite only. Negative.")
def n26_halyard_rejection() -> bytes:
    body = t("""
        Hi Jamie,

        Thank you so much for the time you spent with the Halyard Data team, including last week's virtual onsite. Everyone enjoyed talking with you - your system design session in particular got a lot of positive comments.

        After a lot of discussion, we've decided to move forward with other candidates whose experience more closely matches what this role needs right now. I know that's not the news you were hoping for.

        We'd love to stay in touch. If it's all right with you, I'll keep your profile on file and reach out when a role on the platform side opens up.

        Wishing you the best in your search,
        Nadia
        """)
    h = head(addr("Nadia Okonkwo", "no-reply@us.greenhouse-mail.io"),
             "Your application to Halyard Data",
             "2026-04-02 10:12:39", NYC, "<f7d2c0a4.91be.4c3f.a6d1.2e8b5f0c7a93@us.greenhouse-mail.io>",
             reply_to=addr("Nadia Okonkwo", "nadia.okonkwo@halyarddata.com"))
    return message(h, alt(text(body), html(to_html(body))))


@reg(27, family="application_ack", lang="en", interview=False, company="Pinyon Analytics",
     note="Rippling Recruiting application receipt from a Denver company; nothing scheduled. Negative.")
def n27_rippling_receipt() -> bytes:
    body = t("""
        Hi Jamie,

        We've received your application for Software Engineer I (Analytics Platform) at Pinyon Analytics. Thanks for your interest in joining us!

        What happens next
        Our hiring team reviews applications on a rolling basis. If there's a fit, a recruiter will contact you to set up a first conversation. If not, we'll let you know by email.

        You can check your application status at any time: https://ats.rippling.com/pinyon-analytics/jobs/status

        Best,
        Pinyon Analytics Recruiting

        Powered by Rippling
        """)
    h = head(addr("Pinyon Analytics", "no-reply@ats.rippling.com"),
             "Thanks for applying to Pinyon Analytics",
             "2026-01-13 09:48:16", DEN, "<rippling-ats.9c2e5f71a3b04d68@ats.rippling.com>",
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, alt(text(body), html(to_html(body))))


@reg(28, family="application_ack", lang="en", interview=False, company="Saguaro Grid Systems",
     days=(("Fri", "2026-05-29"),),
     note="iCIMS application receipt (start of the Saguaro Grid thread, Phoenix); nothing scheduled. Negative.")
def n28_icims_receipt() -> bytes:
    rich = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333">
        <table width="640" cellpadding="12"><tr><td style="background:#9a3412;color:#fff;font-size:16px">Saguaro Grid Systems Careers</td></tr>
        <tr><td>
        <p>Dear Jamie,</p>
        <p>Thank you for applying for the position of <b>Software Engineer - Grid Analytics (Job ID 2026-1187)</b> with Saguaro Grid Systems. We received your application on Friday, May 29, 2026.</p>
        <p>Our Talent Acquisition team will carefully review your qualifications. If your skills and experience match our needs, a member of the team will contact you regarding next steps.</p>
        <p>You may review the status of your application at any time by logging in to our <a href="https://careers-saguarogrid.icims.com/jobs/login">career portal</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Saguaro Grid Systems</p>
        <p style="font-size:10px;color:#888">Please do not reply to this message; this mailbox is not monitored.</p>
        </td></tr></table>
        </body></html>
        """)
    h = head(addr("Saguaro Grid Systems", "noreply@talent.icims.com"),
             "Thank you for applying - Software Engineer - Grid Analytics",
             "2026-05-29 11:03:27", NYC, "<1780066807341.41029.careers-saguarogrid@talent.icims.com>")
    return message(h, html(rich))


@reg(29, family="scheduling_link", lang="en", interview=False, company="Copperline Health",
     days=(("Tue", "2026-02-10"), ("Fri", "2026-02-13")),
     note="Availability request from the Copperline recruiter (the Lever confirmation follows in the thread): asks for 45-minute windows between Tue 10 and Fri 13 Feb; nothing fixed yet. Negative.")
def n29_copperline_availability() -> bytes:
    body = t("""
        Hi Jamie,

        Great news - the Care Coordination team enjoyed your screen with me and would like to move you to a technical interview with Owen and Lucia.

        Could you send me 3-4 windows (45 minutes each) between Tuesday, Feb 10 and Friday, Feb 13? We're on Mountain Time here in Denver, but feel free to give your times in Central and I'll do the math.

        Thanks!
        Gabriela

        Gabriela Soto
        Talent Acquisition Partner | Copperline Health
        """)
    h = head(addr("Gabriela Soto", "no-reply@hire.lever.co"),
             "Next steps: Backend Engineer, Care Coordination",
             "2026-02-02 15:20:08", DEN, "<lvr.4e1a9d03c7b25f88.2a17@hire.lever.co>",
             reply_to="gabriela.soto@copperlinehealth.com")
    foot = "\n--\nThis message was sent via Lever on behalf of Copperline Health.\n"
    return message(h, alt(text(body + foot), html(to_html(body + foot))))


@reg(30, family="offer", lang="en", interview=False, company="Northgate Robotics",
     days=(("Fri", "2026-03-27"),),
     note="Offer from Northgate Robotics after the final round; deadline Fri 27 Mar and an offer-walkthrough call suggested, no interview. Negative.")
def n30_northgate_offer() -> bytes:
    body = t("""
        Hi Jamie,

        I'm thrilled to share that the team would like to offer you the Software Engineer, Fleet Autonomy position at Northgate Robotics! Everyone you met in the final round was excited about working with you.

        The written offer is in your candidate portal (https://app.ashbyhq.com/offers/northgaterobotics/8e21f0). Highlights:
        - Base salary: $158,000
        - Equity: 6,500 RSUs vesting over four years
        - Relocation support to the Bay Area, or remote from Austin with quarterly onsites

        We'd love to hear back by Friday, March 27. Happy to hop on a call whenever suits you to walk through the details or connect you with anyone on the team.

        Congratulations!
        Ines

        Ines Carvalho
        Recruiting Lead | Northgate Robotics
        """)
    h = head(addr("Ines Carvalho", "ines@northgaterobotics.com"),
             "Your offer from Northgate Robotics",
             "2026-03-24 17:05:51", LA, "<CAO4n2Lr7xV0@mail.gmail.com>")
    return message(h, alt(text(body), html(gmail_html(body))))


@reg(31, family="background_check", lang="en", interview=False, company="Northgate Robotics",
     days=(("Thu", "2026-04-02"),),
     note="Checkr background-check request on behalf of Northgate Robotics after the offer; deadline only. Negative (company = the requesting employer).")
def n31_checkr() -> bytes:
    body = t("""
        Hi Jamie,

        Northgate Robotics has asked Checkr to complete a background check as part of your job offer.

        To get started, please provide your information and authorize the check by Thursday, April 2, 2026:
        https://candidate.checkr.com/invitations/2f9d41c0-b6e8-4a37-8c15-e0a7d3b9f6c2

        It usually takes about 10 minutes. You'll receive a copy of your report when it's complete.

        Questions about the process? Visit https://help.checkr.com

        Checkr, Inc.
        One Montgomery Street, Suite 2400, San Francisco, CA 94104
        """)
    h = head(addr("Checkr", "no-reply@checkr.com"),
             "Northgate Robotics has requested a background check",
             "2026-03-30 18:22:40", UTC, "<0100018e8c2a7d41-checkr-inv-2f9d41c0@email.checkr.com>",
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, alt(text(body), html(to_html(body))))


@reg(32, family="auto_reply", lang="es", interview=False, company="Cobalto Pagos",
     days=(("Thu", "2026-04-09"), ("Fri", "2026-04-10"), ("Mon", "2026-04-13")),
     note="Bilingual (Spanish/English) out-of-office auto-reply from the Cobalto Pagos recruiter after Jamie replied to the interview confirmation (Auto-Submitted: auto-replied). Negative.")
def n32_ooo_spanish() -> bytes:
    body = t("""
        Hola, gracias por tu mensaje.

        Estaré fuera de la oficina el jueves 9 y el viernes 10 de abril, sin acceso al correo. Regreso el lunes 13 de abril. Para temas urgentes de reclutamiento, escribe a talento@cobaltopagos.mx.

        ---

        Hi, thanks for your email. I'm out of the office on Thursday, April 9 and Friday, April 10, with no access to email, and back on Monday, April 13. For urgent recruiting matters, please write to talento@cobaltopagos.mx.

        Mariana Quiroga
        Cobalto Pagos
        """)
    h = head(addr("Mariana Quiroga", "mariana.quiroga@cobaltopagos.mx"),
             "Respuesta automática: RE: Confirmación de entrevista - Ingeniero(a) de Software Backend",
             "2026-04-09 09:12:05", MEX, "<DM6PR02MB5861A1F0C9E24B7D63E8F5A0B2C41@DM6PR02MB5861.namprd02.prod.outlook.com>",
             extra=(("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "mariana.quiroga@cobaltopagos.mx"),
                    ("Content-Language", "es-MX")))
    return message(h, text(body, cte="quoted-printable"))


@reg(33, family="bounce", lang="en", interview=False, company=None,
     note="Postfix bounce (multipart/report) of Jamie's thank-you note after the Brightkite onsite, sent to a misspelled domain; the returned message talks about today's interview. Negative.")
def n33_bounce() -> bytes:
    orig_body = t("""
        Hi Rohan,

        Thanks again for the coding session this morning - I really enjoyed the log-parsing problem, and your follow-up about back-pressure got me thinking about it all afternoon. Looking forward to hearing about next steps.

        Best,
        Jamie
        """)
    orig = message([("From", JAMIE),
                    ("To", "rohan.kapoor@brightkitesecurty.com"),
                    ("Subject", "Thank you - virtual onsite today"),
                    ("Date", date("2026-05-12 19:29:41", CHI)),
                    ("Message-ID", "<e91c3a7f-20d4-4b6b-a8e3-5f1d0c2b9e74@example.org>")],
                   text(orig_body, cte="7bit"))
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <rohan.kapoor@brightkitesecurty.com>: Host or domain name not found. Name
            service error for name=brightkitesecurty.com type=AAAA: Host not found
        """)
    dsn = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4c7Kd21RtWz9v
        X-Postfix-Sender: rfc822; jamie.whitaker@example.org
        Arrival-Date: Tue, 12 May 2026 19:29:42 -0500 (CDT)

        Final-Recipient: rfc822; rohan.kapoor@brightkitesecurty.com
        Original-Recipient: rfc822;rohan.kapoor@brightkitesecurty.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=brightkitesecurty.com type=AAAA: Host not found
        """)
    report = multipart(
        "report",
        raw_part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')], notice),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], dsn),
        make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
        params="report-type=delivery-status")
    h = head(addr("Mail Delivery System", "MAILER-DAEMON@smtp.example.org"),
             "Undelivered Mail Returned to Sender",
             "2026-05-12 19:29:44", CHI, "<20260513002944.4c7Kd23Zq1z9w@smtp.example.org>",
             pre=(("Return-Path", "<>"),),
             extra=(("Auto-Submitted", "auto-replied"),))
    return message(h, report)


@reg(34, family="job_alert", lang="en", interview=False, company=None,
     note="LinkedIn job alert digest for Austin with 'Actively recruiting' / 'Be an early applicant' badges; nothing scheduled. Negative.")
def n34_linkedin_alert() -> bytes:
    body = t("""
        Your job alert for software engineer in Austin, Texas, United States
        30+ new jobs match your preferences.

        Software Engineer II, Payments
        Bluebell Commerce - Austin, TX (Hybrid)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4021188734

        Backend Engineer (Go)
        Riverbend Freight - Austin, TX (On-site)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4021190215

        Software Engineer, Infrastructure
        Oakmont Health - United States (Remote)
        3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4021177602

        Full Stack Engineer
        Granite Loop - Austin, TX (Hybrid)
        Your profile matches this job
        View job: https://www.linkedin.com/comm/jobs/view/4021201448

        See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=software%20engineer&location=Austin

        This email was intended for Jamie Whitaker (Software Engineer at Caliche Labs).
        You are receiving job alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    h = head(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
             "\u201csoftware engineer\u201d: 30+ opportunities in Austin, Texas",
             "2026-06-22 13:04:18", UTC, "<1406582213.2718845.1782133458102@ltx1-app4317.prod.linkedin.com>",
             extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/jobs/alerts/unsubscribe?id=7741>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("X-LinkedIn-Class", "JOBS-TO-MBR")))
    return message(h, alt(text(body), html(to_html(body))))


@reg(35, family="recruiter_outreach", lang="en", interview=False, company="Tallwood Freight",
     note="LinkedIn InMail notification: in-house recruiter asks if Jamie is open to 'a quick call next week'; nothing fixed. Negative.")
def n35_inmail() -> bytes:
    body = t("""
        Marisol Vega
        Senior Technical Recruiter at Tallwood Freight

        Hi Jamie - your background with event-driven systems at Caliche Labs caught my eye. We're building out a new routing-optimization team in Chicago (remote-friendly from Austin) and I think the Senior Software Engineer role could be a strong next step.

        Would you be open to a quick call next week to hear more? If so, just reply with a couple of times that work.

        Marisol

        Reply: https://www.linkedin.com/messaging/thread/2-YmE1ZmQ0/

        This is an InMail from a LinkedIn member. You're receiving InMail notification emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        """)
    h = head(addr("Marisol Vega via LinkedIn", "inmail-hit-reply@linkedin.com"),
             "Marisol sent you a new message",
             "2026-09-23 15:41:07", UTC, "<1922347810.4417620.1790178067331@lva1-app6120.prod.linkedin.com>",
             extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?t=inmail>"),
                    ("X-LinkedIn-Class", "INMAIL")))
    return message(h, alt(text(body), html(to_html(body))))


@reg(36, family="job_alert", lang="en", interview=False, company=None,
     note="Indeed job alert; 'Hiring multiple candidates' and 'you may be invited to an Indeed Interview' are generic badges. Negative.")
def n36_indeed() -> bytes:
    body = t("""
        15 new jobs for software engineer - Remote

        Software Engineer, Backend
        Cobblestone Insurance - Remote
        $125,000 - $150,000 a year
        Hiring multiple candidates
        https://www.indeed.com/rc/clk?jk=8d1f0c2ea4b77a31

        Junior Platform Engineer
        Lantana Health - Remote in Austin, TX
        Employer is actively reviewing applications. Apply and you may be invited to an Indeed Interview.
        https://www.indeed.com/rc/clk?jk=0f33a9d7c2e41b58

        Software Developer II
        Redwater Logistics - Remote
        Responsive employer
        https://www.indeed.com/rc/clk?jk=5a7e2c91d0b3f486

        See all 15 jobs: https://www.indeed.com/jobs?q=software+engineer&l=Remote

        You're receiving this because you created a job alert on Indeed. Unsubscribe: https://www.indeed.com/alert/unsubscribe
        Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
        """)
    h = head(addr("Indeed", "alert@indeed.com"),
             "15 new jobs for software engineer - Remote",
             "2026-10-11 11:20:33", UTC, "<0100019262b0c7d1-indeed-alert-5b28e0@email.indeed.com>",
             extra=(("List-Unsubscribe", "<https://www.indeed.com/alert/unsubscribe?t=a1b2>"),))
    return message(h, alt(text(body), html(to_html(body))))


@reg(37, family="job_alert", lang="en", interview=False, company=None,
     days=(("Wed", "2026-02-25"),),
     note="Handshake new-grad job digest plus a virtual career fair on Wed 25 Feb at 1 PM CT (a recruiting event, not an interview). Negative.")
def n37_handshake() -> bytes:
    body = t("""
        Hi Jamie, here are new jobs picked for you

        Software Engineer I (2026 start) - Arroyo Semiconductor - Austin, TX
        Associate Software Engineer - Clearwell Energy - Houston, TX
        Software Engineer, New Grad - Marrow Health - Remote

        Browse all: https://app.joinhandshake.com/stu/postings

        Upcoming event
        Virtual Tech Career Fair - Wednesday, February 25, 1:00 PM - 4:00 PM CT
        Meet 60+ employers in one-on-one and group sessions. Sign up to reserve your spot: https://app.joinhandshake.com/stu/career_fairs/58211

        You're getting this because you're an alumnus on Handshake. Manage notifications: https://app.joinhandshake.com/notifications
        """)
    h = head(addr("Handshake", "notifications@m.joinhandshake.com"),
             "New jobs for you: Software Engineer I (2026 start) and 2 more",
             "2026-02-09 16:00:12", UTC, "<01000194e1c6a2f3-handshake-digest-3c9a@m.joinhandshake.com>",
             extra=(("List-Unsubscribe", "<mailto:unsubscribe@m.joinhandshake.com?subject=digest>"),))
    return message(h, alt(text(body), html(to_html(body))))


@reg(38, family="newsletter_tips", lang="en", interview=False, company=None,
     days=(("Thu", "2026-06-11"),),
     note="Built In newsletter with interview tips and a live webinar on Thu 11 Jun at 12 PM CT (List-Unsubscribe); a fixed time but not a job interview. Negative.")
def n38_builtin() -> bytes:
    body = t("""
        BUILT IN AUSTIN | THE WEEKLY

        5 system design interview mistakes (and how to avoid them)
        Hiring managers at three Austin scale-ups on what separates a hire from a no-hire: clarifying requirements, naming trade-offs out loud, and knowing when to stop drawing boxes.
        Read more: https://builtin.com/articles/system-design-interview-mistakes

        How to answer "Tell me about a time you disagreed with your manager"
        https://builtin.com/articles/behavioral-interview-disagreement

        LIVE WEBINAR
        Negotiating your tech offer - Thursday, June 11 at 12 PM CT
        A recruiter and a comp analyst walk through a real offer, line by line. Free; register here: https://builtin.com/events/negotiating-your-tech-offer

        Companies hiring in Austin this week: 214 open roles
        https://builtin.com/austin/jobs

        You're receiving this because you subscribed to Built In Austin. Unsubscribe: https://builtin.com/unsubscribe
        """)
    h = head(addr("Built In Austin", "newsletter@builtin.com"),
             "5 system design interview mistakes (and how to avoid them)",
             "2026-06-02 12:30:00", CHI, "<20260602173000.7c1b9e.builtin-austin@mail.builtin.com>",
             extra=(("List-Unsubscribe", "<https://builtin.com/unsubscribe?u=9f2c>, <mailto:unsubscribe@builtin.com>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(to_html(body))))


@reg(39, family="recruiter_outreach", lang="en", interview=False, company="Kiteline",
     note="Dover recruiter outreach on behalf of Kiteline (Denver): proposes a 20-minute intro and a booking link; nothing booked. Negative (company = the client hiring).")
def n39_dover() -> bytes:
    body = t("""
        Hi Jamie,

        I'm a recruiter at Dover working with Kiteline, a Series A team in Denver building fleet telematics for small trucking companies. They're hiring a Backend Engineer (Python/Postgres, ~$150-175k + equity, remote-friendly) and your work on change-data-capture pipelines is very close to what they need.

        Open to a 20-minute intro? You can grab any time that works here: https://app.dover.com/book/avery-chen/kiteline

        If the timing's not right, no worries at all - a quick "not now" helps too.

        Avery Chen
        Recruiting Partner, Dover (on behalf of Kiteline)
        """)
    h = head(addr("Avery Chen", "avery.chen@dover.com"),
             "Kiteline x Jamie - backend role in Denver (remote ok)",
             "2026-08-04 09:26:51", DEN, "<CAB9sVq0Lm4e@mail.gmail.com>",
             extra=(("List-Unsubscribe", "<https://app.dover.com/unsubscribe/c8a1e2>"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@reg(40, family="recruiter_outreach", lang="en", interview=False, company="Granary Labs",
     note="Wellfound message notification: a founder asks whether Jamie is open to chatting; nothing scheduled. Negative.")
def n40_wellfound() -> bytes:
    body = t("""
        Nia Okeke from Granary Labs sent you a message

        "Hey Jamie - I'm the CTO at Granary Labs (seed, 9 people, supply-chain data for regional farms). Your profile came up when I searched for folks who've shipped Kafka in production. We're hiring a second backend engineer, fully remote. Open to a chat sometime in the next couple of weeks?"

        Reply on Wellfound: https://wellfound.com/inbox/c/8812245

        Granary Labs - Seed - 1-10 employees - Remote (US)
        Software Engineer, Backend - $140k - $165k - 0.2% - 0.5%

        You're receiving this email because you have a candidate profile on Wellfound. Manage email settings: https://wellfound.com/settings/notifications
        """)
    h = head(addr("Wellfound", "no-reply@wellfound.com"),
             "Nia from Granary Labs sent you a message",
             "2026-08-13 18:05:26", UTC, "<0100019148e7b2c4-wellfound-msg-8812245@email.wellfound.com>",
             extra=(("List-Unsubscribe", "<https://wellfound.com/settings/notifications/unsubscribe?t=msg>"),))
    return message(h, alt(text(body), html(to_html(body))))


@reg(41, family="scheduling_link", lang="en", interview=False, company="Stratoline Aerospace",
     days=(("Mon", "2026-08-03"), ("Fri", "2026-08-07")),
     note="Eightfold self-schedule request: pick a 45-minute slot between Mon 3 and Fri 7 Aug; nothing booked. Negative.")
def n41_eightfold() -> bytes:
    body = t("""
        Hi Jamie,

        Thank you for your interest in the Software Engineer - Flight Data Systems role at Stratoline Aerospace. The hiring team would like to schedule a 45-minute technical interview with you.

        Please choose a time that works for you. Available times are between Monday, August 3 and Friday, August 7, and will be shown in your local time zone.

        Select a time: https://stratoline.eightfold.ai/careers/schedule?token=5e7c21aa90d34f1b

        Slots are first come, first served, so we recommend booking within 48 hours. If none of the times work, reply to this email and we'll find another option.

        Best regards,
        Stratoline Aerospace Talent Acquisition
        """)
    h = head(addr("Stratoline Aerospace Talent Acquisition", "no-reply@eightfold.ai"),
             "Action required: schedule your interview with Stratoline Aerospace",
             "2026-07-27 14:18:02", UTC, "<eightfold.sched.5e7c21aa90d34f1b@eightfold.ai>")
    return message(h, alt(text(body), html(to_html(body))))


@reg(42, family="scheduling_link", lang="en", interview=False, company="Pecos Outfitters",
     days=(("Tue", "2026-06-23"), ("Wed", "2026-06-24"), ("Thu", "2026-06-25")),
     note="Paradox 'Olivia' assistant offers three interview slots (reply 1, 2 or 3); nothing chosen yet. Negative.")
def n42_paradox() -> bytes:
    body = t("""
        Hi Jamie! It's Olivia, the virtual recruiting assistant for Pecos Outfitters.

        Great news - the Store Technology team would like to interview you for the Software Engineer, Store Systems role in Austin.

        Which time works best for you? Just reply with 1, 2 or 3:

        1) Tue, Jun 23 at 10:00 AM CT
        2) Wed, Jun 24 at 2:30 PM CT
        3) Thu, Jun 25 at 9:00 AM CT

        None of these work? Reply "more times" and I'll find others.

        Olivia
        Pecos Outfitters Recruiting
        Powered by Paradox
        """)
    h = head(addr("Olivia - Pecos Outfitters", "noreply@paradox.ai"),
             "Let's schedule your interview with Pecos Outfitters",
             "2026-06-18 10:41:55", CHI, "<olivia.px.71c93e2a.pecosoutfitters@paradox.ai>",
             reply_to=addr("Olivia", "olivia+pecos-71c93e2a@reply.paradox.ai"))
    return message(h, alt(text(body), html(to_html(body))))


@reg(43, family="online_assessment", lang="en", interview=False, company="Birchbark Systems",
     days=(("Thu", "2026-02-19"),),
     note="HackerRank take-home test invitation with a deadline (Thu 19 Feb); no interview time. Negative.")
def n43_hackerrank() -> bytes:
    body = t("""
        Hi Jamie,

        Birchbark Systems has invited you to take the "Backend Engineer - Coding Assessment" on HackerRank.

        Test duration: 90 minutes
        Number of questions: 3
        Please complete the test by: Thursday, February 19, 2026, 11:59 PM MST

        Start test: https://www.hackerrank.com/test/8b2fdk1q3pm/login?b=eyJ1c2VybmFtZSI6

        Before you begin:
        - Use a laptop or desktop with a stable connection.
        - Once started, the timer can't be paused.
        - You can try a sample test first: https://www.hackerrank.com/tests/sample

        Good luck!
        Team HackerRank, on behalf of Birchbark Systems
        """)
    h = head(addr("HackerRank", "noreply@hackerrankforwork.com"),
             "Birchbark Systems has invited you to a HackerRank test",
             "2026-02-12 17:33:09", UTC, "<hrw.invite.8b2fdk1q3pm@hackerrankforwork.com>",
             reply_to="support@hackerrankforwork.com")
    return message(h, alt(text(body), html(to_html(body))))


@reg(44, family="online_assessment", lang="en", interview=False, company="Larkspur Mobility",
     days=(("Mon", "2026-09-14"),),
     note="CodeSignal General Coding Assessment (GCA) invitation, complete by Mon 14 Sep; a timed test, not a live interview. Negative.")
def n44_codesignal_gca() -> bytes:
    body = t("""
        Hi Jamie,

        Larkspur Mobility has invited you to complete CodeSignal's General Coding Assessment (GCA) for the Software Engineer, Routing role.

        - 70 minutes, 4 questions
        - Complete it by Monday, September 14, 2026 at 11:59 PM PT
        - Your score can be shared with other companies that accept GCA results, if you choose

        Take the assessment: https://app.codesignal.com/assessment/larkspur-gca-7Hq2
        Practice first: https://app.codesignal.com/practice

        Make sure you're in a quiet place with your camera on - the assessment is proctored.

        - The CodeSignal Team
        """)
    h = head(addr("CodeSignal", "noreply@codesignal.com"),
             "Larkspur Mobility invited you to take the General Coding Assessment",
             "2026-09-07 16:10:44", UTC, "<20260907161044.gca.7Hq2@codesignal.com>",
             extra=(("List-Unsubscribe", "<https://app.codesignal.com/unsubscribe?t=Z2Nh>"),))
    return message(h, alt(text(body), html(to_html(body))))


@reg(45, family="one_way_video", lang="en", interview=False, company="Sagebrush Bank",
     days=(("Fri", "2026-07-24"),),
     note="HireVue on-demand (one-way, recorded) video interview with a completion deadline (Fri 24 Jul); no live meeting. Negative.")
def n45_hirevue_ondemand() -> bytes:
    body = t("""
        Hello Jamie,

        Thank you for applying to the Software Engineer I position at Sagebrush Bank. As a next step, we invite you to complete an on-demand video interview.

        You'll answer 4 pre-recorded questions on your own schedule - there's no interviewer on the other end. Each question allows up to 3 minutes for your response, and you can practice as many times as you like before you start.

        Please complete your interview by Friday, July 24, 2026 at 11:59 PM CDT.

        Start Interview: https://app.hirevue.com/interviews/sagebrushbank/od/9KQ2-MX41

        We look forward to learning more about you.

        Sagebrush Bank Talent Acquisition
        """)
    h = head(addr("Sagebrush Bank", "noreply@hirevue.com"),
             "Sagebrush Bank: Complete your on-demand video interview",
             "2026-07-17 13:45:22", UTC, "<hv.od.9KQ2MX41.20260717134522@hirevue.com>",
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, alt(text(body), html(to_html(body))))


@reg(46, family="non_interview_calendar", lang="en", interview=False, company=None,
     days=(("Mon", "2026-02-02"),),
     note="Exchange meeting request from Jamie's current employer (Caliche Labs), biweekly sprint planning, 'Central Standard Time' VTIMEZONE, delivered through the work-to-personal forward; not an interview. Negative.")
def n46_sprint_planning() -> bytes:
    body = t("""
        When: Occurs every 2 weeks on Monday from 10:00 AM to 11:30 AM effective 2/2/2026. (UTC-06:00) Central Time (US & Canada)
        Where: Congress Ave room (4th floor) / Teams

        Moving sprint planning to Monday mornings starting Feb 2 so we stop colliding with the Tuesday release train. Please groom your tickets before Friday EOD.

        Wes

        """) + teams_block("246 118 390 557", "Cl9pQ4", "YzE4MmQ3ZjMtMDk5NC00") + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Wes Hollister:mailto:wes.hollister@calichelabs.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Platform Team:mailto:platform-team@calichelabs.com
        RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=SU
        UID:040000008200E00074C5B7101A82E008000000003B8F1D77A08BDC01000000000000000010000000C0FFEE11D2A34B5C8E7F6A5B4C3D2E1F
        SUMMARY;LANGUAGE=en-US:Sprint Planning (Platform)
        DTSTART;TZID=Central Standard Time:20260202T100000
        DTEND;TZID=Central Standard Time:20260202T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260130T224500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Congress Ave room (4th floor) / Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Wes Hollister", "wes.hollister@calichelabs.com"),
             "Sprint Planning (Platform)",
             "2026-01-30 16:45:00", CHI, "<PH0PR13MB5044B1D27E0A9C83F6E2A7D4C1B58@PH0PR13MB5044.namprd13.prod.outlook.com>",
             to=addr("Platform Team", "platform-team@calichelabs.com"),
             pre=(("X-Forwarded-To", ME), ("X-Forwarded-For", "jamie.whitaker@calichelabs.com " + ME)),
             extra=(("Thread-Topic", "Sprint Planning (Platform)"),
                    ("Thread-Index", "AdqS1c7y0m2JvE0iRKe9f3B2q8Zx1A=="),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(body), html(to_html(body, style="font-family:Calibri,sans-serif;font-size:11pt")),
                          calendar(ics, method="REQUEST", cte="base64")))


@reg(47, family="non_interview_calendar", lang="en", interview=False, company=None,
     days=(("Thu", "2026-11-12"),),
     note="Dentist appointment confirmation (Thu 12 Nov 8:00 AM) with a confirm link; a personal appointment, not an interview. Negative.")
def n47_dentist() -> bytes:
    body = t("""
        Hi Jamie,

        This is a reminder of your upcoming appointment at Shoal Creek Family Dental.

        Thursday, November 12, 2026 at 8:00 AM
        Dr. Aisha Patel - Cleaning & exam (about 1 hour)
        4210 Shoal Creek Blvd, Suite 200, Austin, TX 78756

        Please confirm: https://book.shoalcreekdental.com/c/7Jq2Wv
        Need to reschedule? Call us at (512) 555-0131 at least 24 hours ahead.

        See you soon!
        Shoal Creek Family Dental
        """)
    h = head(addr("Shoal Creek Family Dental", "appointments@shoalcreekdental.com"),
             "Please confirm your appointment on Thu, Nov 12 at 8:00 AM",
             "2026-11-09 08:00:03", CHI, "<appt-reminder-7Jq2Wv@shoalcreekdental.com>",
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, alt(text(body), html(to_html(body))))


@reg(48, family="interviewer_side", lang="en", interview=False, company=None,
     days=(("Thu", "2026-02-26"),),
     note="Look-alike: Greenhouse interviewer notification from Jamie's employer (Caliche Labs) - Jamie interviews a candidate (Priyanka Dutta) on Thu 26 Feb 3:00 PM CST, ICS attached, scorecard due. Not Jamie's own job interview. Negative.")
def n48_interviewer_side() -> bytes:
    body = t("""
        Hi Jamie,

        You've been added to an interview panel.

        Candidate: Priyanka Dutta
        Job: Backend Engineer (Platform)
        Interview: Technical Interview - Systems
        When: Thursday, February 26, 2026, 3:00 PM - 4:00 PM CST
        Where: Google Meet - https://meet.google.com/cal-ichy-pnl

        Interview kit (focus areas, questions and rubric):
        https://calichelabs.greenhouse.io/guides/8841203/people/77120345

        Please submit your scorecard within 24 hours of the interview:
        https://calichelabs.greenhouse.io/scorecards/8841203

        Thanks for helping us hire!
        Caliche Labs Recruiting (via Greenhouse)
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20260226T150000
        DTEND;TZID=America/Chicago:20260226T160000
        DTSTAMP:20260224T171500Z
        ORGANIZER;CN=Brianna Lott:mailto:brianna.lott@calichelabs.com
        UID:5qk1n0v8d2c7s4m9g3h6j1f0b2@google.com
        ATTENDEE;CN=Jamie Whitaker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jamie.whitaker@calichelabs.com
        ATTENDEE;CN=Priyanka Dutta;PARTSTAT=ACCEPTED:mailto:priyanka.dutta@example.net
        SUMMARY:Interview: Priyanka Dutta - Backend Engineer (Platform) - Technical Interview - Systems
        LOCATION:https://meet.google.com/cal-ichy-pnl
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Greenhouse", "no-reply@greenhouse.io"),
             "Interview scheduled: Priyanka Dutta - Backend Engineer (Platform) on Thu, Feb 26",
             "2026-02-24 11:15:07", CHI, "<gh.interviewer.8841203.77120345@greenhouse.io>",
             to=addr("Jamie Whitaker", "jamie.whitaker@calichelabs.com"),
             pre=(("X-Forwarded-To", ME), ("X-Forwarded-For", "jamie.whitaker@calichelabs.com " + ME)))
    return message(h, mixed(alt(text(body), html(to_html(body))),
                            calendar(ics, filename="interview.ics", disposition="attachment")))


@reg(49, family="mock_interview", lang="en", interview=False, company=None,
     days=(("Sat", "2026-04-11"),),
     note="Look-alike: Google Calendar invite from a friend for a mock system design interview on Sat 11 Apr 10am-11:30am CDT; practice, not a job interview. Negative.")
def n49_mock_interview() -> bytes:
    body = t("""
        You have been invited to the following event.

        Mock system design interview (Jamie <> Marcus)
        Doing the rate limiter one. I'll interview you first, then we swap and you grill me on the news feed. Loser buys tacos.

        When
        Saturday Apr 11, 2026 ⋅ 10am – 11:30am (Central Time - Chicago)

        Joining info
        Join with Google Meet
        https://meet.google.com/mck-sysd-int

        Who
        • Marcus Lee - organizer
        • jamie.whitaker@example.org

        Reply for jamie.whitaker@example.org
        Yes
        No
        Maybe

        Invitation from Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20260411T100000
        DTEND;TZID=America/Chicago:20260411T113000
        DTSTAMP:20260407T012210Z
        ORGANIZER;CN=Marcus Lee:mailto:marcus.lee@example.com
        UID:1m0ck5y5d3s1gn7am3sjam1e4x@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jamie.whitaker@example.org:mailto:jamie.whitaker@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/mck-sysd-int
        DESCRIPTION:Doing the rate limiter one. I'll interview you first\\, then we swap.
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Mock system design interview (Jamie <> Marcus)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Marcus Lee", "marcus.lee@example.com"),
             "Invitation: Mock system design interview (Jamie <> Marcus) @ Sat Apr 11, 2026 10am - 11:30am (CDT) (jamie.whitaker@example.org)",
             "2026-04-06 20:22:10", CHI, "<calendar-0e5d3a91-2c7f-4b84-9a16-d3f07e1b2c58@google.com>",
             reply_to=addr("Marcus Lee", "marcus.lee@example.com"),
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(h, alt(text(body), html(to_html(body)), calendar(ics)))


@reg(50, family="vendor_demo", lang="en", interview=False, company=None,
     days=(("Wed", "2026-08-19"),),
     note="Look-alike: Chili Piper meeting confirmation for a vendor product demo Jamie booked for work (Wed 19 Aug 11:00 AM CDT, ICS attached); a sales call, not a job interview. Negative.")
def n50_chili_piper() -> bytes:
    body = t("""
        Your meeting is confirmed

        Lanternfish Observability - Product Demo (30 min)
        Wednesday, August 19, 2026
        11:00 AM - 11:30 AM (Central Daylight Time)

        Host: Ethan Cole, Account Executive, Lanternfish
        Booked by: Jamie Whitaker (Caliche Labs)

        Join: https://lanternfish.zoom.us/j/83390122745

        Ahead of the call, Ethan will send a short questionnaire about your current tracing setup and log volume so the demo is tailored to Caliche Labs.

        Reschedule or cancel: https://lanternfish.chilipiper.com/manage/ka3f9d0e

        Powered by Chili Piper
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Chili Piper//Meeting//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:cp-ka3f9d0e@chilipiper.com
        DTSTAMP:20260814T191200Z
        DTSTART;TZID=America/Chicago:20260819T110000
        DTEND;TZID=America/Chicago:20260819T113000
        SUMMARY:Lanternfish Observability - Product Demo (Caliche Labs)
        LOCATION:https://lanternfish.zoom.us/j/83390122745
        ORGANIZER;CN=Ethan Cole:mailto:ethan.cole@lanternfish.io
        ATTENDEE;CN=Jamie Whitaker;RSVP=TRUE:mailto:jamie.whitaker@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = head(addr("Ethan Cole via Chili Piper", "notifications@chilipiper.com"),
             "Confirmed: Lanternfish Observability - Product Demo on Wed, Aug 19 at 11:00 AM CDT",
             "2026-08-14 14:12:30", CHI, "<cp.ka3f9d0e.confirm@chilipiper.com>",
             reply_to=addr("Ethan Cole", "ethan.cole@lanternfish.io"))
    return message(h, mixed(alt(text(body), html(to_html(body))),
                            calendar(ics, filename="invite.ics", disposition="attachment")))
