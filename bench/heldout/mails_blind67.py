"""blind67: 50 hand-written mails of one job seeker's inbox (Los Angeles), registered into
make.REGISTRY["blind67"]. Build and check with ``python3 bench/heldout/make_blind.py blind67``.

Inbox owner: Remy Castellanos <remy.castellanos@example.org>, a frontend / mobile engineer in Los
Angeles (America/Los_Angeles). Written blind: without reading the detector, its tests, its
fixtures or any other held-out set. Keys 1-23 are the positives, 24-50 the negatives (writing
order); file numbers are ORDER[key - 1], a fixed shuffle.
"""

from __future__ import annotations

import random

import make
from make import (
    Part,
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

make.REGISTRY.setdefault("blind67", [])

ORDER = random.Random(67067).sample(range(1, 51), 50)

ME = "remy.castellanos@example.org"
ME_NAME = "Remy Castellanos"
TO = addr(ME_NAME, ME)

LA = "America/Los_Angeles"
NY = "America/New_York"
CHI = "America/Chicago"
DEN = "America/Denver"
PHX = "America/Phoenix"
HNL = "Pacific/Honolulu"
VAN = "America/Vancouver"
LON = "Europe/London"
TYO = "Asia/Tokyo"
Z = "UTC"


def N(key: int) -> str:
    """File name of the mail written as number ``key``."""
    return f"blind67_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = TO,
         rcv: tuple[str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
         pre: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    """The usual header block as an IMAP fetch of Remy's mailbox shows it."""
    hs: list[tuple[str, str]] = [("Delivered-To", ME)]
    if rcv:
        hs.append(("Received", received(rcv[0], when, zone, rcv[1], ME)))
    hs += list(pre)
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


# --------------------------------------------------------------------------- time zones for ICS

TZ_LA = """BEGIN:VTIMEZONE
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

TZ_PACIFIC_WIN = """BEGIN:VTIMEZONE
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

TZ_TOKYO = """BEGIN:VTIMEZONE
TZID:Asia/Tokyo
X-LIC-LOCATION:Asia/Tokyo
BEGIN:STANDARD
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
TZNAME:JST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TZ_LONDON = """BEGIN:VTIMEZONE
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
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {num}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={tid}&tenantId={tid}&threadId=19_meeting_{mid}@thread.v2>
________________________________________________________________________________
"""

GCAL_FOOTER = """Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""


# =========================================================================== positives

# --------------------------------------------------------------------------- 1 Greenhouse, live coding


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-04-21 10:00", LA), end=utc("2026-04-21 11:00", LA),
      contact="tasha.whitfield@kestrelinteractive.com", company="Kestrel Interactive",
      local="Tue 2026-04-21 10:00", local_end="2026-04-21 11:00", zone=LA,
      note="Greenhouse interview confirmation (no-reply sender, coordinator in Reply-To and ICS "
           "ORGANIZER); 'Tuesday, April 21st, 2026 10:00 AM - 11:00 AM Pacific Time' = PDT (UTC-7) "
           "-> 17:00-18:00Z; ICS in America/Los_Angeles agrees")
def k01() -> bytes:
    body = t("""
        Hi Remy,

        Thanks for sending over your availability! Your interview for the Senior UI Engineer
        (Launcher) position at Kestrel Interactive is confirmed. Here are the details:

        Interview: Technical Interview - Live Coding
        Date: Tuesday, April 21st, 2026
        Time: 10:00 AM - 11:00 AM Pacific Time (US & Canada)
        Interviewer(s): Owen Ferraro (Staff Engineer, Client Platform)
        Video: https://kestrelinteractive.zoom.us/j/83316620947?pwd=bXk2TWRjY3N0QkxqZz09
        CoderPad: https://app.coderpad.io/KX7R2QP4

        What to expect: a 60-minute pairing session in TypeScript/React. You're welcome to use
        MDN and the React docs; please don't use AI assistants during the session. Owen will save
        the last 10 minutes for your questions.

        A calendar invite is attached. If anything changes on your end, just reply to this email.

        Best,
        Tasha Whitfield
        Recruiting Coordinator | Kestrel Interactive
        12015 Waterfront Dr, Playa Vista, CA 90094
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Hi Remy,</p>
        <p>Thanks for sending over your availability! Your interview for the <b>Senior UI Engineer (Launcher)</b>
        position at Kestrel Interactive is confirmed. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Technical Interview - Live Coding</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, April 21st, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:00 AM Pacific Time (US &amp; Canada)</td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Owen Ferraro (Staff Engineer, Client Platform)</td></tr>
        <tr><td><b>Video:</b></td><td><a href="https://kestrelinteractive.zoom.us/j/83316620947?pwd=bXk2TWRjY3N0QkxqZz09">Join Zoom</a></td></tr>
        <tr><td><b>CoderPad:</b></td><td><a href="https://app.coderpad.io/KX7R2QP4">https://app.coderpad.io/KX7R2QP4</a></td></tr>
        </table>
        <p>What to expect: a 60-minute pairing session in TypeScript/React. You&#39;re welcome to use
        MDN and the React docs; please don&#39;t use AI assistants during the session. Owen will save
        the last 10 minutes for your questions.</p>
        <p>A calendar invite is attached. If anything changes on your end, just reply to this email.</p>
        <p>Best,<br>Tasha Whitfield<br>Recruiting Coordinator | Kestrel Interactive<br>
        12015 Waterfront Dr, Playa Vista, CA 90094</p>
        <img src="https://app.greenhouse.io/email_opens/9f21c0de77a14b.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_LA}
BEGIN:VEVENT
UID:gh-interview-41877302-remy-castellanos@greenhouse.io
DTSTAMP:20260416T211200Z
DTSTART;TZID=America/Los_Angeles:20260421T100000
DTEND;TZID=America/Los_Angeles:20260421T110000
SUMMARY:Technical Interview - Live Coding: Remy Castellanos / Kestrel Interactive
DESCRIPTION:Zoom: https://kestrelinteractive.zoom.us/j/83316620947\\nCoderPad: https://app.coderpad.io/KX7R2QP4
LOCATION:Zoom
ORGANIZER;CN=Tasha Whitfield:mailto:tasha.whitfield@kestrelinteractive.com
ATTENDEE;CN=Remy Castellanos;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Kestrel Interactive <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Senior UI Engineer (Launcher) at Kestrel Interactive",
              "2026-04-16 14:12", LA, "<Ut7nq2WgRKa1s9Ymm0cFqA.0@ismtpd0041p1iad2.sendgrid.net>",
              rcv=("from o4.us.greenhouse-mail.io (o4.us.greenhouse-mail.io [167.89.14.220])",
                   "mx.google.com with ESMTPS id d9443c01a7336-2bd3fa1c7e2si2291835ad.331"),
              extra=(("Reply-To", "Tasha Whitfield <tasha.whitfield@kestrelinteractive.com>"),
                     ("X-SG-EID", "u001.Hx2b9LQ0gW6l8b1sQm3c0o4T1q")))
    return message(hs, mixed(alt(text(body), html(body_html)),
                             calendar(ics, cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 2 Google Calendar invitation, onsite


def _frame_reel_ics(method: str, start: str, end: str, seq: int, stamp: str) -> str:
    return f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:{method}
{TZ_LA}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:{start}
DTEND;TZID=America/Los_Angeles:{end}
DTSTAMP:{stamp}
ORGANIZER;CN=Gabe Moreno:mailto:gabe.moreno@frameandreel.com
UID:5q0c1vtd8l2m7hhk6v3o1pbr4e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gabe Moreno;X-NUM-GUESTS=0:mailto:gabe.moreno@frameandreel.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=remy.castellanos@example.org;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ines Albarran;X-NUM-GUESTS=0:mailto:ines.albarran@frameandreel.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=Wes Hollis;X-NUM-GUESTS=0:mailto:wes.hollis@frameandreel.com
X-MICROSOFT-CDO-OWNERAPPTID:-1093348211
CREATED:20260306T003855Z
DESCRIPTION:Hi Remy - looking forward to having you on the lot! Plan for thr
 ee back-to-back conversations: 1) app architecture deep dive with me\\, 2) p
 airing on our tvOS/React Native player with Ines\\, 3) product + design with
  Wes. Check in with security at Gate 4 and they'll walk you over to Bldg 2.
 \\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::
 ~:~::-\\nDo not edit this section of the description.\\n\\nView your event a
 t https://calendar.google.com/calendar/event?action=VIEW&eid=NXEwYzF2dGQ4bDJ
 tN2hoaw&tok=MjgjZ2FiZS5tb3Jlbm9AZnJhbWVhbmRyZWVsLmNvbQ&ctz=America%2FLos_Ang
 eles&hl=en&es=1.\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~::~:~::-
LAST-MODIFIED:{stamp}
LOCATION:Frame & Reel Studios - Bldg 2 lobby\\, 3300 W Olive Ave\\, Burbank\\, C
 A 91505
SEQUENCE:{seq}
STATUS:CONFIRMED
SUMMARY:Onsite – Remy Castellanos (Sr. Mobile Engineer)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""


def _unfold(ics: str) -> str:
    """The ICS source above is written pre-folded the way Google folds it; join it back."""
    return ics.replace("\n ", "")


@mail(N(2), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-03-12 13:00", LA), end=utc("2026-03-12 16:00", LA),
      contact="gabe.moreno@frameandreel.com", company="Frame & Reel Studios",
      local="Thu 2026-03-12 13:00", local_end="2026-03-12 16:00", zone=LA,
      note="Google Calendar invitation from the hiring manager (From/Reply-To/ORGANIZER). Sent "
           "Thu 5 Mar in PST (-0800); the onsite is after the 8 March switch, so 1pm-4pm is PDT "
           "(UTC-7) -> 20:00-23:00Z, as the subject's '(PDT)' and the ICS say")
def k02() -> bytes:
    body = t("""
        Onsite – Remy Castellanos (Sr. Mobile Engineer)
        Thursday Mar 12, 2026 ⋅ 1pm – 4pm
        Pacific Time - Los Angeles

        Location
        Frame & Reel Studios - Bldg 2 lobby, 3300 W Olive Ave, Burbank, CA 91505
        https://www.google.com/maps/search/Frame+%26+Reel+Studios+-+Bldg+2+lobby,+3300+W+Olive+Ave,+Burbank,+CA+91505?hl=en

        Hi Remy - looking forward to having you on the lot! Plan for three back-to-back conversations: 1) app architecture deep dive with me, 2) pairing on our tvOS/React Native player with Ines, 3) product + design with Wes. Check in with security at Gate 4 and they'll walk you over to Bldg 2.

        Organizer
        Gabe Moreno
        gabe.moreno@frameandreel.com

        Guests
        Gabe Moreno - organizer
        remy.castellanos@example.org
        Ines Albarran
        Wes Hollis
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NXEwYzF2dGQ4bDJtN2hoaw&tok=MjgjZ2FiZS5tb3Jlbm9AZnJhbWVhbmRyZWVsLmNvbQ&ctz=America%2FLos_Angeles&hl=en&es=0

        Reply for remy.castellanos@example.org and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=NXEwYzF2dGQ4bDJtN2hoaw&tok=MjgjZ2FiZS5tb3Jlbm9AZnJhbWVhbmRyZWVsLmNvbQ&ctz=America%2FLos_Angeles&hl=en&es=0
        Your attendance is optional.

        ~~//~~
        """) + GCAL_FOOTER
    body_html = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div itemscope itemtype="http://schema.org/EmailMessage">
        <table role="presentation" cellpadding="0" cellspacing="0" width="100%"><tr><td>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Onsite – Remy Castellanos (Sr. Mobile Engineer)</h2>
        <div style="color:#3c4043">Thursday Mar 12, 2026 &#8901; 1pm – 4pm<br>Pacific Time - Los Angeles</div>
        <h3 style="font-size:14px;color:#70757a">Location</h3>
        <div>Frame &amp; Reel Studios - Bldg 2 lobby, 3300 W Olive Ave, Burbank, CA 91505</div>
        <div style="margin-top:16px">Hi Remy - looking forward to having you on the lot! Plan for three back-to-back
        conversations: 1) app architecture deep dive with me, 2) pairing on our tvOS/React Native player with Ines,
        3) product + design with Wes. Check in with security at Gate 4 and they&#39;ll walk you over to Bldg 2.</div>
        <h3 style="font-size:14px;color:#70757a">Organizer</h3>
        <div>Gabe Moreno<br><a href="mailto:gabe.moreno@frameandreel.com">gabe.moreno@frameandreel.com</a></div>
        <h3 style="font-size:14px;color:#70757a">Guests</h3>
        <div>Gabe Moreno - organizer<br>remy.castellanos@example.org<br>Ines Albarran<br>Wes Hollis</div>
        <div style="margin-top:16px">Reply for remy.castellanos@example.org
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXEwYzF2dGQ4bDJtN2hoaw&amp;rst=1">Yes</a> |
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXEwYzF2dGQ4bDJtN2hoaw&amp;rst=2">No</a> |
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXEwYzF2dGQ4bDJtN2hoaw&amp;rst=3">Maybe</a></div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar. You are receiving this email because
        you are an attendee on the event.</p>
        </td></tr></table></div></body></html>
        """)
    ics = _unfold(_frame_reel_ics("REQUEST", "20260312T130000", "20260312T160000", 0, "20260306T004012Z"))
    subject = ("Invitation: Onsite – Remy Castellanos (Sr. Mobile Engineer) @ Thu Mar 12, 2026 "
               "1pm - 4pm (PDT) (remy.castellanos@example.org)")
    hs = head("Gabe Moreno <gabe.moreno@frameandreel.com>", subject, "2026-03-05 16:40", LA,
              "<calendar-5b1e0f73-22a9-4c6e-9d4f-1f0a7a3c2e84@google.com>",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com. [209.85.220.73])",
                   "mx.google.com with SMTPS id 6a1803df08f44-6fb2c11d8a0sor1184336d6.8"),
              pre=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
              extra=(("Reply-To", "gabe.moreno@frameandreel.com"),))
    return message(hs, mixed(
        alt(text(body), html(body_html), calendar(ics, method="REQUEST", cte="8bit")),
        calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 3 Exchange meeting request, panel


@mail(N(3), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-07-22 09:00", LA), end=utc("2026-07-22 10:30", LA),
      contact="daniel.okafor@halcyonorbital.com", company="Halcyon Orbital",
      local="Wed 2026-07-22 09:00", local_end="2026-07-22 10:30", zone=LA,
      note="Outlook/Exchange meeting request from the recruiter (organizer). The 'When:' line shows "
           "Exchange's fixed '(UTC-08:00) Pacific Time' label, but 22 July is PDT (UTC-7): 9:00-10:30 "
           "-> 16:00-17:30Z; ICS TZID 'Pacific Standard Time' maps to America/Los_Angeles")
def k03() -> bytes:
    teams = TEAMS.format(mid="NzQ1YTFjZDgtOWI3Mi00ZWM1LWFmZDQtYzY3ZTBiMjk4OTAx",
                         tid="4c1b0e72-9a5d-4f1e-8c31-2d7be5f0a611", num="291 604 885 337",
                         pw="hR3cV9qa")
    body = t("""
        When: Wednesday, July 22, 2026 9:00 AM-10:30 AM. (UTC-08:00) Pacific Time (US & Canada)
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Remy,

        Sending the calendar hold for your panel with the Mission Software UI team. You’ll meet Ken
        Arakawa (Engineering Manager), Sofia Brandt (Sr. Frontend Engineer) and Jamal Pierce (UX Lead),
        30 minutes each, back to back. Please join a few minutes early to check your audio; the
        interviewers will rotate in and out of the same meeting.

        Because the role touches ground-station software, we’ll need to confirm U.S. person status
        before an offer stage – no action needed for this round.

        Thanks,
        Daniel

        Daniel Okafor | Technical Recruiter
        Halcyon Orbital | 2250 E Imperial Hwy, El Segundo, CA 90245
        m: 310-555-0148

        """) + teams
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Hi Remy,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Sending the calendar hold for your panel with the Mission Software UI team. You&#8217;ll meet
        Ken Arakawa (Engineering Manager), Sofia Brandt (Sr. Frontend Engineer) and Jamal Pierce (UX Lead), 30 minutes
        each, back to back. Please join a few minutes early to check your audio; the interviewers will rotate in and out
        of the same meeting.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Because the role touches ground-station software, we&#8217;ll need to confirm U.S. person
        status before an offer stage &#8211; no action needed for this round.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Thanks,<br>Daniel</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>Daniel Okafor</b> | Technical Recruiter<br>Halcyon Orbital | 2250 E Imperial Hwy,
        El Segundo, CA 90245<br>m: 310-555-0148</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div class="me-email-text" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
        <div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>
        <div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Join on your computer, mobile app or room device</span></div>
        <a class="me-email-headline" style="font-size:14px;font-family:'Segoe UI Semibold','Segoe UI',sans-serif;text-decoration:underline;color:#6264a7" href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YTFjZDgtOWI3Mi00ZWM1LWFmZDQtYzY3ZTBiMjk4OTAx%40thread.v2/0">Click here to join the meeting</a></div>
        <div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span style="font-size:14px;color:#252424">Meeting ID: 291 604 885 337<br>Passcode: hR3cV9qa</span></div></div>
        </div></div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Okafor, Daniel":mailto:daniel.okafor@halcyonorbital.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Remy Castellanos:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Arakawa, Ken":mailto:ken.arakawa@halcyonorbital.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandt, Sofia":mailto:sofia.brandt@halcyonorbital.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pierce, Jamal":mailto:jamal.pierce@halcyonorbital.com
DESCRIPTION;LANGUAGE=en-US:Hi Remy\\,\\n\\nSending the calendar hold for your panel with the Mission Software UI team. You’ll meet Ken Arakawa (Engineering Manager)\\, Sofia Brandt (Sr. Frontend Engineer) and Jamal Pierce (UX Lead)\\, 30 minutes each\\, back to back.\\n\\nThanks\\,\\nDaniel\\n
UID:040000008200E00074C5B7101A82E00800000000B0C7F1D2A116DC01000000000000000010000000F3D1C6A0E8B04B4C9E2D7F55A1B3C6D2
SUMMARY;LANGUAGE=en-US:Panel Interview – Remy Castellanos (Sr. Frontend Engineer\\, Mission Software)
DTSTART;TZID=Pacific Standard Time:20260722T090000
DTEND;TZID=Pacific Standard Time:20260722T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260717T180500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124311938
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:daniel.okafor@halcyonorbital.com\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NzQ1YTFjZDgtOWI3Mi00ZWM1LWFmZDQtYzY3ZTBiMjk4OTAx-thread.v2
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
    hs = head('"Okafor, Daniel" <daniel.okafor@halcyonorbital.com>',
              "Panel Interview – Remy Castellanos (Sr. Frontend Engineer, Mission Software)",
              "2026-07-17 11:05", LA,
              "<BY5PR11MB4152E0A7C3D1F2B6A9D7E44FD8A42@BY5PR11MB4152.namprd11.prod.outlook.com>",
              rcv=("from NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2112.outbound.protection.outlook.com [40.107.223.112])",
                   "mx.google.com with ESMTPS id 41be03b00d2f7-7f1a2c0d9e3si1106123a12.58"),
              extra=(("Thread-Topic", "Panel Interview – Remy Castellanos (Sr. Frontend Engineer, Mission Software)".replace("–", "-")),
                     ("Thread-Index", "AdsT0xq7Q2t1mZc9R4yV0g8bH3kLpQ=="),
                     ("Accept-Language", "en-US"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAACwx/HSoRbcAQAAAAAAAAAAEAAAAPPRxqDosEtMni1/VaGzxtI=")))
    return message(hs, alt(text(body, charset="windows-1252"), html(body_html, charset="windows-1252"),
                           calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 4 recruiter reply on top of the thread


@mail(N(4), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-05-14 14:30", LA), end=utc("2026-05-14 15:15", LA),
      contact="maya.lindqvist@tidewaterhealth.com", company="Tidewater Health",
      local="Thu 2026-05-14 14:30", local_end="2026-05-14 15:15", zone=LA,
      note="Recruiter's reply on top of the quoted thread (her three proposed slots, Remy's pick): "
           "'confirmed for Thursday 5/14 at 2:30pm PT', 'It's 45 min' -> PDT 21:30-22:15Z; the "
           "other quoted slots were not chosen. Same thread as the proposal mail (key 24)")
def k04() -> bytes:
    body = t("""
        Perfect — you're confirmed for Thursday 5/14 at 2:30pm PT with Lauren. It's 45 min on Zoom;
        Lauren will send the invite from her own calendar later today, so keep an eye out for it.

        She'll mostly want to hear about the offline-sync work you did at Parcelwise, then a bit of
        React Native architecture chat. Nothing to prep beyond that!

        Maya

        On Sun, May 10, 2026 at 8:47 PM Remy Castellanos <remy.castellanos@example.org> wrote:
        > Hi Maya,
        >
        > Thursday at 2:30 works great for me. Thanks for moving so quickly!
        >
        > Remy
        >
        > On Fri, May 8, 2026 at 4:02 PM Maya Lindqvist <maya.lindqvist@tidewaterhealth.com> wrote:
        >> Hi Remy,
        >>
        >> Great chatting today! As promised, next step is a conversation with Lauren Cho, who
        >> manages the Patient App team. Would any of these work?
        >>
        >> - Wed 5/13, 1:00pm PT
        >> - Thu 5/14, 2:30pm PT
        >> - Fri 5/15, 10:00am PT
        >>
        >> If none of those work just send me a couple of windows next week.
        >>
        >> Best,
        >> Maya
        >>
        >> --
        >> Maya Lindqvist | Senior Technical Recruiter
        >> Tidewater Health | Santa Monica, CA
        """)
    hs = head("Maya Lindqvist <maya.lindqvist@tidewaterhealth.com>",
              "Re: Next steps – Tidewater Health, Senior Mobile Engineer", "2026-05-11 09:14", LA,
              "<CAJ8wq3_v1pXh0dQ2kL6yEr3qS+nT5u=KmR0cVbF1x@mail.gmail.com>",
              rcv=("from mail-yw1-f174.google.com (mail-yw1-f174.google.com. [209.85.128.174])",
                   "mx.google.com with SMTPS id 00721157ae682-71c2a83b1f4sor2210897b3.9"),
              extra=(("In-Reply-To", "<CAN2p6wUe0JvR+8fX1Lq@mail.gmail.com>"),
                     ("References", "<CAGr7fz2Hc0dD9bQe@mail.gmail.com> <CAN2p6wUe0JvR+8fX1Lq@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 5 agency recruiter, texting style


@mail(N(5), family="agency_recruiter", lang="en", interview=True, kind="scheduled",
      start=utc("2026-08-04 11:00", LA), contact="kevin.marsh@brightlinetalent.co", company="Heliotrope",
      local="Tue 2026-08-04 11:00", zone=LA,
      note="Agency recruiter's short reply from his phone: 'tmrw 11a pacific', resolved against the "
           "Date (Mon 3 Aug, PDT) -> Tue 4 Aug 11:00 PDT = 18:00Z; the pasted Zoom block repeats "
           "'Aug 4, 2026 11:00 AM Pacific Time'. No length stated -> end null. Hiring company = "
           "the client, Heliotrope")
def k05() -> bytes:
    body = t("""
        ok ur locked in w/ Heliotrope tmrw 11a pacific w/ Dani (their head of mobile). she said
        super casual, mostly RN + how u think about perf on low end android. zoom below

        go get em 💪

        Kev

        ---

        Dani Reyes is inviting you to a scheduled Zoom meeting.

        Topic: Heliotrope x Remy Castellanos
        Time: Aug 4, 2026 11:00 AM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://us06web.zoom.us/j/87412209915?pwd=Qk9WcmxHd0R6bUJ3a2VhcVZ1dz09

        Meeting ID: 874 1220 9915
        Passcode: 552190

        Sent from my iPhone

        > On Aug 2, 2026, at 9:15 PM, Remy Castellanos <remy.castellanos@example.org> wrote:
        >
        > Hey Kev, any update from Heliotrope on timing?
        """)
    hs = head("Kev Marsh <kevin.marsh@brightlinetalent.co>", "Re: Heliotrope - Sr Mobile (RN)",
              "2026-08-03 09:52", LA, "<8A1F0C2E-5D3B-4E77-9B21-0C6F4A7E91D3@brightlinetalent.co>",
              rcv=("from mail-pl1-f180.google.com (mail-pl1-f180.google.com. [209.85.214.180])",
                   "mx.google.com with SMTPS id d9443c01a7336-23fa8c01d2esor771220ad.2"),
              extra=(("In-Reply-To", "<CAH3bq0Zr9=Xw5K@mail.gmail.com>"),
                     ("References", "<CAH3bq0Zr9=Xw5K@mail.gmail.com>"),
                     ("X-Mailer", "iPhone Mail (22F76)")))
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 6 Lever, hiring-manager phone screen


@mail(N(6), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-06-05 13:00", LA), end=utc("2026-06-05 13:45", LA),
      contact="bex.sandoval@cascadiacart.com", company="Cascadia Cart",
      local="Fri 2026-06-05 13:00", local_end="2026-06-05 13:45", zone=LA,
      note="Lever confirmation (no-reply@hire.lever.co, recruiter in Reply-To and ICS ORGANIZER); "
           "'1:00pm – 1:45pm PDT' -> 20:00-20:45Z; ICS in UTC")
def k06() -> bytes:
    body = t("""
        Hi Remy,

        Your interview with Cascadia Cart has been scheduled. Please see the details below.

        Hiring Manager Interview
        Friday, June 5, 2026
        1:00pm – 1:45pm PDT

        Interviewers: Anand Kulkarni (Engineering Manager, Storefront)
        Location: Google Meet – https://meet.google.com/qfz-hvpa-rtk

        We've attached a calendar invite for your convenience. If you need to reschedule, reply to
        this email and Bex will help you find another time.

        Cascadia Cart Recruiting

        --
        This message was sent by Cascadia Cart using Lever. Privacy policy: https://www.cascadiacart.com/privacy
        """)
    body_html = t("""
        <html><body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#323a45">
        <tr><td>
        <p>Hi Remy,</p>
        <p>Your interview with Cascadia Cart has been scheduled. Please see the details below.</p>
        <p style="font-size:17px;font-weight:bold;margin-bottom:4px">Hiring Manager Interview</p>
        <p style="margin-top:0">Friday, June 5, 2026<br>1:00pm &ndash; 1:45pm PDT</p>
        <p><b>Interviewers:</b> Anand Kulkarni (Engineering Manager, Storefront)<br>
        <b>Location:</b> Google Meet &ndash; <a href="https://meet.google.com/qfz-hvpa-rtk">meet.google.com/qfz-hvpa-rtk</a></p>
        <p>We&#39;ve attached a calendar invite for your convenience. If you need to reschedule, reply to this email
        and Bex will help you find another time.</p>
        <p>Cascadia Cart Recruiting</p>
        </td></tr></table>
        <p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#8a94a6">This message was sent by Cascadia Cart using Lever.</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7c5e2a90-13fd-4b8e-a5c1-92de4f0b6a17@hire.lever.co
DTSTAMP:20260601T173000Z
DTSTART:20260605T200000Z
DTEND:20260605T204500Z
SUMMARY:Cascadia Cart - Hiring Manager Interview (Remy Castellanos)
LOCATION:https://meet.google.com/qfz-hvpa-rtk
ORGANIZER;CN=Bex Sandoval:mailto:bex.sandoval@cascadiacart.com
ATTENDEE;CN=Remy Castellanos;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Cascadia Cart <no-reply@hire.lever.co>", "Your interview with Cascadia Cart has been scheduled",
              "2026-06-01 10:30", LA, "<0100019712ab4c3d-8e1f2a77-5b6c-4d9e-a0f1-2c3d4e5f6a7b-000000@email.amazonses.com>",
              rcv=("from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com. [54.240.8.31])",
                   "mx.google.com with ESMTPS id af79cd13be357-7d0a1f2b3c4si118822685a.301"),
              extra=(("Reply-To", "Bex Sandoval <bex.sandoval@cascadiacart.com>"),
                     ("Feedback-ID", "1.us-east-1.Lv3pZ0mQ2kR8uXb=:AmazonSES")))
    return message(hs, mixed(alt(text(body), html(body_html)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 7 Ashby, sent in PDT, held in PST


@mail(N(7), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 10:00", LA), end=utc("2026-11-02 10:45", LA),
      contact="renata.okoye@larkspurhealth.com", company="Larkspur Health",
      local="Mon 2026-11-02 10:00", local_end="2026-11-02 10:45", zone=LA,
      note="Ashby confirmation shown in the candidate's zone: 'Monday, November 2, 2026 10:00 AM - "
           "10:45 AM PST'. Sent Thu 29 Oct in PDT; US clocks fall back on 1 Nov, so PST (UTC-8) -> "
           "18:00-18:45Z (= 1pm EST for the New York team). Contact = Reply-To coordinator")
def k07() -> bytes:
    body = t("""
        Hi Remy,

        You're all set! Here are the details for your upcoming interview with Larkspur Health.

        Technical Screen – Web & Mobile
        Monday, November 2, 2026
        10:00 AM - 10:45 AM PST
        (Times are shown in your time zone, America/Los_Angeles)

        Interviewer: Hannah Feld, Staff Software Engineer
        Join: https://larkspurhealth.zoom.us/j/92214077518

        Add to calendar: Google | Outlook | iCal

        Need to reschedule? Reply to this email and Renata will sort it out.

        Larkspur Health Talent Team
        Powered by Ashby
        """)
    body_html = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:14px;color:#101828">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <img src="https://app.ashbyhq.com/api/images/org-theme-logo/larkspur.png" alt="Larkspur Health" height="32">
        <p>Hi Remy,</p>
        <p>You&#x27;re all set! Here are the details for your upcoming interview with Larkspur Health.</p>
        <div style="border:1px solid #eaecf0;border-radius:8px;padding:16px">
        <div style="font-weight:600;font-size:16px">Technical Screen – Web &amp; Mobile</div>
        <div>Monday, November 2, 2026</div>
        <div>10:00 AM - 10:45 AM PST</div>
        <div style="color:#667085;font-size:12px">Times are shown in your time zone, America/Los_Angeles</div>
        <div style="margin-top:8px">Interviewer: Hannah Feld, Staff Software Engineer</div>
        <div><a href="https://larkspurhealth.zoom.us/j/92214077518">Join Zoom</a></div>
        </div>
        <p>Add to calendar: <a href="https://app.ashbyhq.com/calendar/google/3f1e">Google</a> |
        <a href="https://app.ashbyhq.com/calendar/outlook/3f1e">Outlook</a> |
        <a href="https://app.ashbyhq.com/calendar/ical/3f1e">iCal</a></p>
        <p>Need to reschedule? Reply to this email and Renata will sort it out.</p>
        <p>Larkspur Health Talent Team</p>
        <p style="color:#98a2b3;font-size:11px">Powered by Ashby</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-ivs-0b8f1d2c-6a4e-4f70-9c3b-51e2d7a8f0c4
DTSTAMP:20261029T222000Z
DTSTART:20261102T180000Z
DTEND:20261102T184500Z
SEQUENCE:0
SUMMARY:Larkspur Health – Technical Screen – Web & Mobile (Remy Castellanos)
LOCATION:https://larkspurhealth.zoom.us/j/92214077518
ORGANIZER;CN=Renata Okoye:mailto:renata.okoye@larkspurhealth.com
ATTENDEE;CN=Remy Castellanos;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Larkspur Health <no-reply@ashbyhq.com>",
              "Interview confirmed: Senior Frontend Engineer (Care Apps) at Larkspur Health",
              "2026-10-29 15:20", LA, "<010001930f2e77aa-5c1d9e3b-2f4a-4b6c-8d7e-9f0a1b2c3d4e-000000@email.amazonses.com>",
              rcv=("from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com. [54.240.48.112])",
                   "mx.google.com with ESMTPS id 6a1803df08f44-6ee1a2b3c4dsi99812736d6.244"),
              extra=(("Reply-To", "Renata Okoye <renata.okoye@larkspurhealth.com>"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(body_html, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


# --------------------------------------------------------------------------- 8 GoodTime, virtual onsite itinerary


@mail(N(8), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-29 09:00", LA), end=utc("2026-09-29 13:15", LA),
      contact="hbrandt@nimbusridge.com", company="Nimbus Ridge",
      local="Tue 2026-09-29 09:00", local_end="2026-09-29 13:15", zone=LA,
      note="GoodTime virtual-onsite itinerary, four sessions 9:00 AM to 1:15 PM PDT (UTC-7) -> "
           "first start 16:00Z, last end 20:15Z; contact = coordinator in Reply-To")
def k08() -> bytes:
    body = t("""
        Hi Remy,

        We're excited to confirm your virtual onsite with Nimbus Ridge for the Software Engineer II,
        Mobile (Android/iOS) role. All times below are Pacific Daylight Time.

        Tuesday, September 29, 2026

          9:00 AM – 9:45 AM    Coding: UI Components          Priyanka Sethi
          10:00 AM – 10:45 AM  Mobile System Design           Tom Halvorsen
          11:00 AM – 11:45 AM  Behavioral (Bar Raiser)        Celeste Wu
          11:45 AM – 12:30 PM  Break
          12:30 PM – 1:15 PM   Hiring Manager                 Arjun Bhat

        Each session has its own Chime link in the individual calendar invites you'll receive
        shortly. Please use a laptop with a working camera; a shared code editor link will be
        posted in the chat by your coding interviewer.

        Preparing: https://www.nimbusridge.com/careers/interview-prep/mobile

        If you have any questions, reply to this email to reach your coordinator, Haley Brandt.

        Good luck!
        Nimbus Ridge Recruiting

        Sent via GoodTime
        """)
    rows = "".join(
        f'<tr><td style="padding:6px 12px;white-space:nowrap">{a}</td><td style="padding:6px 12px">{b}</td>'
        f'<td style="padding:6px 12px">{c}</td></tr>\n'
        for a, b, c in [("9:00 AM – 9:45 AM", "Coding: UI Components", "Priyanka Sethi"),
                        ("10:00 AM – 10:45 AM", "Mobile System Design", "Tom Halvorsen"),
                        ("11:00 AM – 11:45 AM", "Behavioral (Bar Raiser)", "Celeste Wu"),
                        ("11:45 AM – 12:30 PM", "Break", ""),
                        ("12:30 PM – 1:15 PM", "Hiring Manager", "Arjun Bhat")])
    body_html = (t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Remy,</p>
        <p>We&#39;re excited to confirm your virtual onsite with Nimbus Ridge for the Software Engineer II, Mobile
        (Android/iOS) role. All times below are Pacific Daylight Time.</p>
        <p><b>Tuesday, September 29, 2026</b></p>
        <table style="border-collapse:collapse;border:1px solid #ddd">
        <tr style="background:#f2f4f7"><th align="left" style="padding:6px 12px">Time (PDT)</th>
        <th align="left" style="padding:6px 12px">Session</th><th align="left" style="padding:6px 12px">Interviewer</th></tr>
        """) + rows + t("""
        </table>
        <p>Each session has its own Chime link in the individual calendar invites you&#39;ll receive shortly.
        Please use a laptop with a working camera; a shared code editor link will be posted in the chat by your
        coding interviewer.</p>
        <p><a href="https://www.nimbusridge.com/careers/interview-prep/mobile">Preparing for your interviews</a></p>
        <p>If you have any questions, reply to this email to reach your coordinator, Haley Brandt.</p>
        <p>Good luck!<br>Nimbus Ridge Recruiting</p>
        <p style="font-size:11px;color:#999">Sent via GoodTime</p>
        </body></html>
        """))
    hs = head("Nimbus Ridge Recruiting <no-reply@goodtime.io>",
              "Interview Confirmed: Nimbus Ridge Virtual Onsite – Software Engineer II, Mobile",
              "2026-09-22 13:05", LA, "<20260922200500.7f3c9a1e5b2d4c60@goodtime.io>",
              rcv=("from mail-201.goodtime.io (mail-201.goodtime.io [198.21.6.201])",
                   "mx.google.com with ESMTPS id 5b1f17b1804b1-45a1c2d3e4fsi4410236f8f.77"),
              extra=(("Reply-To", "Haley Brandt <hbrandt@nimbusridge.com>"),))
    return message(hs, alt(text(body), html(body_html)))


# --------------------------------------------------------------------------- 9 ModernLoop, HTML only, Austin


@mail(N(9), family="modernloop", lang="en", interview=True, kind="scheduled",
      start=utc("2026-02-17 10:00", CHI), end=utc("2026-02-17 11:00", CHI),
      contact="marcus.delacroix@lonemesagames.com", company="Lone Mesa Games",
      local="Tue 2026-02-17 10:00", local_end="2026-02-17 11:00", zone=CHI,
      note="ModernLoop HTML-only (base64) confirmation from a scheduling mailbox; '10:00 – 11:00 AM "
           "CST (8:00 – 9:00 AM PST)' -> 16:00-17:00Z; ICS TZID America/Chicago agrees; contact = "
           "coordinator named with his address in the body and as ICS ORGANIZER")
def k09() -> bytes:
    body_html = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview scheduled</title></head>
        <body style="margin:0;background:#f6f7f9">
        <table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:32px 0">
        <table role="presentation" width="560" cellspacing="0" cellpadding="0" style="background:#fff;border-radius:10px;font-family:Inter,Arial,sans-serif;color:#1f2937">
        <tr><td style="padding:28px 32px 8px"><img src="https://cdn.modernloop.io/logos/lonemesagames.png" alt="Lone Mesa Games" height="36"></td></tr>
        <tr><td style="padding:8px 32px">
        <h1 style="font-size:20px;margin:0 0 12px">Your interview is scheduled</h1>
        <p style="margin:0 0 16px">Hi Remy, thanks for confirming your availability. Here&rsquo;s what we booked for you:</p>
        <table role="presentation" cellspacing="0" cellpadding="0" style="width:100%;border:1px solid #e5e7eb;border-radius:8px">
        <tr><td style="padding:14px 16px;border-bottom:1px solid #e5e7eb">
        <div style="font-size:12px;color:#6b7280;text-transform:uppercase">When</div>
        <div style="font-size:15px">Tuesday, February 17</div>
        <div style="font-size:15px">10:00 &ndash; 11:00 AM CST <span style="color:#6b7280">(8:00 &ndash; 9:00 AM PST)</span></div>
        </td></tr>
        <tr><td style="padding:14px 16px;border-bottom:1px solid #e5e7eb">
        <div style="font-size:12px;color:#6b7280;text-transform:uppercase">What</div>
        <div style="font-size:15px">Gameplay UI &ndash; Technical Interview (60 min)</div>
        <div style="font-size:13px;color:#4b5563">with Tanvi Rao, Lead UI Engineer &amp; Colt Brenner, Senior Engineer</div>
        </td></tr>
        <tr><td style="padding:14px 16px">
        <div style="font-size:12px;color:#6b7280;text-transform:uppercase">Where</div>
        <div style="font-size:15px"><a href="https://lonemesagames.zoom.us/j/96321004488" style="color:#4f46e5">Zoom &ndash; lonemesagames.zoom.us/j/96321004488</a></div>
        </td></tr></table>
        <p style="margin:20px 0 8px">Bring a project you&rsquo;re proud of &mdash; the first 15 minutes are a walkthrough of something you built.</p>
        <p style="margin:0 0 8px">Questions or need to change something? Contact Marcus Delacroix at
        <a href="mailto:marcus.delacroix@lonemesagames.com">marcus.delacroix@lonemesagames.com</a>.</p>
        </td></tr>
        <tr><td style="padding:16px 32px 28px;font-size:11px;color:#9ca3af">Scheduled with ModernLoop on behalf of Lone Mesa Games &middot; Austin, TX</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{make.VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:ml-evt-5d2a7c9e-3b1f-4e08-a6d4-0c8e1f2b9a73@modernloop.io
DTSTAMP:20260211T160200Z
DTSTART;TZID=America/Chicago:20260217T100000
DTEND;TZID=America/Chicago:20260217T110000
SUMMARY:Lone Mesa Games | Gameplay UI – Technical Interview | Remy Castellanos
LOCATION:https://lonemesagames.zoom.us/j/96321004488
ORGANIZER;CN=Marcus Delacroix:mailto:marcus.delacroix@lonemesagames.com
ATTENDEE;CN=Remy Castellanos;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Lone Mesa Games Recruiting <scheduling@mail.modernloop.io>",
              "Interview scheduled: Gameplay UI – Technical Interview", "2026-02-11 10:02", CHI,
              "<ml.7c1a9e.20260211160200@mail.modernloop.io>",
              rcv=("from o12.mail.modernloop.io (o12.mail.modernloop.io [149.72.80.12])",
                   "mx.google.com with ESMTPS id 98e67ed59e1d1-31c9a7b2d0esi1837462a91.112"))
    return message(hs, mixed(html(body_html, cte="base64"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 10 Calendly, coffee chat with the hiring manager


@mail(N(10), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-04-02 13:00", LA), end=utc("2026-04-02 13:30", LA),
      contact="nate.oyelaran@trailheadsupply.co", company="Trailhead Supply Co.",
      local="Thu 2026-04-02 13:00", local_end="2026-04-02 13:30", zone=LA,
      note="Calendly invitee confirmation of a coffee chat with the Denver hiring manager, shown in "
           "the invitee's zone: '01:00pm - 01:30pm (Pacific Time - US & Canada)' -> PDT 20:00-20:30Z "
           "(2pm MDT for Nate); contact = host in Reply-To / ORGANIZER")
def k10() -> bytes:
    body = t("""
        Hi Remy Castellanos,

        Your Coffee chat – Mobile Engineering with Nate Oyelaran at 01:00pm - 01:30pm (Pacific Time - US & Canada) on Thursday, April 2, 2026 is scheduled.

        Event Type:
        Coffee chat – Mobile Engineering

        Event Date/Time:
        01:00pm - 01:30pm (Pacific Time - US & Canada) on Thursday, April 2, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/xbv-qmte-kpa

        Invitee Time Zone:
        Pacific Time - US & Canada

        Questions:
        Anything you'd like Nate to know beforehand?
        Currently at Parcelwise (LA), mostly React Native. Curious about the offline maps work.

        Cancel: https://calendly.com/cancellations/6f2b0a1e-99c4-4d37-8b5e-1e0c7a3f4d28
        Reschedule: https://calendly.com/reschedulings/6f2b0a1e-99c4-4d37-8b5e-1e0c7a3f4d28

        Powered by Calendly.com
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <p>Hi Remy Castellanos,</p>
        <p>Your Coffee chat &ndash; Mobile Engineering with Nate Oyelaran at 01:00pm - 01:30pm (Pacific Time - US &amp; Canada) on Thursday, April 2, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Coffee chat &ndash; Mobile Engineering</p>
        <p><b>Event Date/Time:</b><br>01:00pm - 01:30pm (Pacific Time - US &amp; Canada) on Thursday, April 2, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/xbv-qmte-kpa">Join now</a></p>
        <p><b>Invitee Time Zone:</b><br>Pacific Time - US &amp; Canada</p>
        <p><b>Questions:</b><br>Anything you&#39;d like Nate to know beforehand?<br>
        Currently at Parcelwise (LA), mostly React Native. Curious about the offline maps work.</p>
        <p><a href="https://calendly.com/cancellations/6f2b0a1e-99c4-4d37-8b5e-1e0c7a3f4d28">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/6f2b0a1e-99c4-4d37-8b5e-1e0c7a3f4d28">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260331T022214Z
UID:6f2b0a1e-99c4-4d37-8b5e-1e0c7a3f4d28@calendly.com
DTSTART:20260402T200000Z
DTEND:20260402T203000Z
CLASS:PRIVATE
DESCRIPTION:Event Name: Coffee chat – Mobile Engineering\\n\\nLocation: This is a Google Meet web conference.
LOCATION:https://meet.google.com/xbv-qmte-kpa
SUMMARY:Remy Castellanos and Nate Oyelaran
ORGANIZER;CN=Nate Oyelaran:mailto:nate.oyelaran@trailheadsupply.co
ATTENDEE;CN=Remy Castellanos;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Coffee chat – Mobile Engineering with Nate Oyelaran on Thursday, April 2, 2026",
              "2026-03-31 02:22", Z, "<6f2b0a1e99c4.1774923734@calendly.com>",
              rcv=("from o1.email.calendly.com (o1.email.calendly.com [167.89.101.213])",
                   "mx.google.com with ESMTPS id 41be03b00d2f7-b2f1a0c3d4esi221093a12.411"),
              extra=(("Reply-To", "Nate Oyelaran <nate.oyelaran@trailheadsupply.co>"),))
    return message(hs, mixed(alt(text(body), html(body_html)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# --------------------------------------------------------------------------- 11 Karat live technical round


@mail(N(11), family="karat", lang="en", interview=True, kind="scheduled",
      start=utc("2026-05-23 09:00", LA), end=utc("2026-05-23 10:00", LA),
      contact=None, company="Goldleaf Market",
      local="Sat 2026-05-23 09:00", local_end="2026-05-23 10:00", zone=LA,
      note="Karat (third-party live technical interview for Goldleaf Market) confirmation from a "
           "no-reply mailbox with no human address -> contact null; Saturday 9:00 AM PDT, 60 "
           "minutes -> 16:00-17:00Z")
def k11() -> bytes:
    body = t("""
        Hi Remy,

        Your technical interview for Goldleaf Market is confirmed.

        Date: Saturday, May 23, 2026
        Time: 9:00 AM PDT
        Length: 60 minutes
        Role: Software Engineer, Web Platform

        A Karat Interview Engineer will meet you in the Karat interview room. You'll code in a
        shared editor in the language of your choice and talk through your approach, so have
        your camera and microphone ready.

        Join your interview: https://app.karat.io/candidate/i/9QF2-LX7M-T4RW
        Check your setup: https://app.karat.io/system-check

        Need to change the time? You can reschedule from your candidate page up to 24 hours
        before the interview start.

        Good luck!
        The Karat Team

        Karat conducts technical interviews on behalf of Goldleaf Market. Questions about the
        role or your application should go to your Goldleaf Market recruiting contact.
        """)
    body_html = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;background:#f7f7f9;margin:0">
        <table width="100%" role="presentation"><tr><td align="center">
        <table width="580" role="presentation" style="background:#fff;padding:28px;color:#1b1d29;font-size:15px">
        <tr><td>
        <p>Hi Remy,</p>
        <p>Your technical interview for <b>Goldleaf Market</b> is confirmed.</p>
        <p><b>Date:</b> Saturday, May 23, 2026<br><b>Time:</b> 9:00 AM PDT<br><b>Length:</b> 60 minutes<br>
        <b>Role:</b> Software Engineer, Web Platform</p>
        <p>A Karat Interview Engineer will meet you in the Karat interview room. You&rsquo;ll code in a shared editor
        in the language of your choice and talk through your approach, so have your camera and microphone ready.</p>
        <p><a href="https://app.karat.io/candidate/i/9QF2-LX7M-T4RW" style="background:#4a3aff;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Join your interview</a></p>
        <p><a href="https://app.karat.io/system-check">Check your setup</a></p>
        <p>Need to change the time? You can reschedule from your candidate page up to 24 hours before the interview start.</p>
        <p>Good luck!<br>The Karat Team</p>
        <p style="font-size:12px;color:#8b8d98">Karat conducts technical interviews on behalf of Goldleaf Market. Questions
        about the role or your application should go to your Goldleaf Market recruiting contact.</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    hs = head("Karat <no-reply@karat.io>", "Confirmed: your Goldleaf Market technical interview on May 23",
              "2026-05-19 15:40", LA, "<20260519224012.3c7d1e9b0a2f4e58@mail.karat.io>",
              rcv=("from mail.karat.io (mail.karat.io [198.2.179.44])",
                   "mx.google.com with ESMTPS id 41be03b00d2f7-b31c0d9e7f2si330118a12.95"))
    return message(hs, alt(text(body), html(body_html)))


# --------------------------------------------------------------------------- 12 Tokyo, Japanese-English, ISO-2022-JP


@mail(N(12), family="human_prose", lang="en-ja", interview=True, kind="scheduled",
      start=utc("2026-06-18 09:00", TYO), end=utc("2026-06-18 10:00", TYO),
      contact="y.tanaka@hoshikawa-int.co.jp", company="Hoshikawa Interactive",
      local="Thu 2026-06-18 09:00", local_end="2026-06-18 10:00", zone=TYO,
      note="Japanese HR's English confirmation (ISO-2022-JP, Japanese signature): '2026/6/18 (Thu) "
           "9:00-10:00 JST' = 00:00-01:00Z on the 18th, which is Wed 17 June 17:00-18:00 PDT in LA "
           "as the mail also says (local date one day earlier than in Tokyo)")
def k12() -> bytes:
    body = t("""
        Castellanos Remy 様

        Dear Castellanos-san,

        Thank you for your reply, and for your time at the first interview last week.
        We are pleased to confirm your 2nd interview as below.

        ■Date and time
         2026/6/18 (Thu) 9:00-10:00 JST
         *Your local time: 2026/6/17 (Wed) 17:00-18:00 PDT

        ■Format
         Online (Google Meet)
         https://meet.google.com/hkw-trzn-qpe

        ■Interviewers
         Kenji Morimoto (Head of Mobile Development)
         Aya Sugimoto (Product Manager, Global Titles)

        ■Contents
         Technical discussion about your past projects, and Q&A.
         The interview will be held in English.

        If you have any problem with the schedule, please let me know by replying this e-mail.
        We are looking forward to talking with you.

        Best regards,

        ----------------------------------------------
        Yui Tanaka / 田中 結衣
        Human Resources Div.
        Hoshikawa Interactive Inc.
        株式会社ホシカワ・インタラクティブ 人事部
        〒150-0002 東京都渋谷区渋谷2-21-1
        Mail: y.tanaka@hoshikawa-int.co.jp
        ----------------------------------------------
        """)
    subject = enc("【Hoshikawa Interactive】2nd Interview Confirmation / 二次面接日程のご案内", "iso-2022-jp")
    hs = head(addr("田中 結衣 (Yui Tanaka)", "y.tanaka@hoshikawa-int.co.jp", "iso-2022-jp"), subject,
              "2026-06-15 10:30", TYO, "<20260615103012.A1F3.Y.TANAKA@hoshikawa-int.co.jp>",
              rcv=("from mail.hoshikawa-int.co.jp (mail.hoshikawa-int.co.jp [203.0.113.48])",
                   "mx.google.com with ESMTPS id 98e67ed59e1d1-3141b2c3d4esi5518207a91.28"),
              extra=(("In-Reply-To", "<CAF9r2xWq0P8hKz@mail.gmail.com>"),
                     ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(hs, text(body, charset="iso-2022-jp", cte="7bit"))


# --------------------------------------------------------------------------- 13 London, GMT while LA is already on PDT


@mail(N(13), family="human_prose", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-03-18 16:30", LON), end=utc("2026-03-18 17:15", LON),
      contact="harriet.oduya@bramblecast.co.uk", company="Bramblecast",
      local="Wed 2026-03-18 16:30", local_end="2026-03-18 17:15", zone=LON,
      note="British recruiter (iso-8859-1 QP): 'Wednesday 18th March, 4.30pm UK time (GMT) - 45 "
           "minutes' -> 16:30-17:15Z. The US changed on 8 March and the UK only on 29 March, so it is "
           "9.30am PDT for Remy, as she writes")
def k13() -> bytes:
    body = t("""
        Hi Remy,

        Lovely to speak on Wednesday! As promised I've booked you in with Tom Achterberg (Engineering
        Lead, Apps) for the technical conversation:

        Wednesday 18th March, 4.30pm UK time (GMT) - 45 minutes, on Google Meet
        https://meet.google.com/ufo-wqpr-bna

        I know the time difference is a bit of a moving target this month: your clocks went forward
        last Sunday and ours don't change until the 29th, so that should be 9.30am for you in LA
        rather than 8.30. Do shout if it shows up differently in your calendar.

        For your notes - the role is fully remote, with roughly 2-3 hours' overlap with UK hours a
        day, and the band is £85-95k equivalent (or a contractor day rate via an EOR).

        Cheers,
        Harriet

        Harriet Oduya
        Talent Partner | Bramblecast
        Unit 4, 19 Tileyard Road, London N7 9AH
        """)
    hs = head("Harriet Oduya <harriet.oduya@bramblecast.co.uk>",
              "Bramblecast - technical chat with Tom, Weds 18th", "2026-03-13 11:20", LON,
              "<CAB4xk1Z7dPq9=mRw3uVf0Nn2@mail.gmail.com>",
              rcv=("from mail-wm1-f49.google.com (mail-wm1-f49.google.com. [209.85.128.49])",
                   "mx.google.com with SMTPS id 5b1f17b1804b1-43cfa0b1c2dsor1102836f8f.7"))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


# --------------------------------------------------------------------------- 14 forwarded to self, Phoenix


@mail(N(14), family="forward_to_self", lang="en", interview=True, kind="scheduled",
      start=utc("2026-04-10 13:00", PHX), end=utc("2026-04-10 14:00", PHX),
      contact="aruiz@saguarohealth.com", company="Saguaro Health Systems",
      local="Fri 2026-04-10 13:00", local_end="2026-04-10 14:00", zone=PHX,
      note="Remy forwards a recruiter's confirmation from his other address to himself. 'Friday, "
           "4/10, 1:00 PM - 2:00 PM Arizona time (MST)': Arizona stays UTC-7 -> 20:00-21:00Z (same "
           "clock time as PDT). Contact = recruiter in the forwarded header, never Remy")
def k14() -> bytes:
    body = t("""
        fwd to my main inbox so it lands on the right calendar

        ---------- Forwarded message ---------
        From: Alyssa Ruiz <aruiz@saguarohealth.com>
        Date: Thu, Apr 2, 2026 at 3:10 PM
        Subject: Interview confirmation - Sr. Frontend Engineer (Patient Portal)
        To: Remy Castellanos <remy.c@example.com>


        Hi Remy,

        Thank you for getting back to me so quickly! This email is to confirm your video interview for
        the Sr. Frontend Engineer (Patient Portal) position:

        Date: Friday, 4/10
        Time: 1:00 PM - 2:00 PM Arizona time (MST)
        Panel: Derek Nguyen (Director, Digital Products), Shawna Begay (Sr. Software Engineer)
        Platform: Microsoft Teams - the link will come in a separate calendar invite

        Arizona does not observe daylight saving time, so for now this is also 1:00 PM your time in
        Los Angeles.

        Kind regards,

        Alyssa Ruiz
        Talent Acquisition Partner
        Saguaro Health Systems | Phoenix, AZ
        602-555-0193
        """)
    hs = head("Remy Castellanos <remy.c@example.com>",
              "Fwd: Interview confirmation - Sr. Frontend Engineer (Patient Portal)", "2026-04-04 08:31", LA,
              "<CAPx0r8mYv2LqT4n9dK7=eWzH1@mail.gmail.com>",
              rcv=("from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
                   "mx.google.com with SMTPS id a640c23a62f3a-ad88c0f1e2asor440912966b.1"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 15 Honolulu, HST


@mail(N(15), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", HNL), contact="keoni.kahale@pueoaero.com", company="Pueo Aerospace",
      local="Tue 2026-09-15 10:00", zone=HNL,
      note="Recruiter in Honolulu: 'Tuesday 9/15 at 10:00am HST (1pm Pacific)' -> HST is UTC-10 all "
           "year -> 20:00Z; 'plan on about an hour' is approximate -> end null")
def k15() -> bytes:
    teams = TEAMS.format(mid="OGQ3ZjE2YTAtNTJlMy00YjU5LTk0ZDYtMWE4YzBlZjM3NjIy",
                         tid="a07c31e2-5f4b-4d9e-b6a1-83c2f0d9e514", num="244 170 351 902",
                         pw="Kp9mQ2xT")
    body = t("""
        Aloha Remy,

        Mahalo for your patience while we lined everyone up. You're confirmed for Tuesday 9/15 at
        10:00am HST (1pm Pacific) with Leilani Akana, our Ground Systems Software Manager, and one of
        her senior engineers. Plan on about an hour; it'll be a mix of your mobile work and how you'd
        approach the operator dashboard we're rebuilding.

        Teams link is below. If anything comes up just reply here or call my cell.

        Mahalo,
        Keoni

        Keoni Kahale
        Recruiter, Pueo Aerospace
        808-555-0127

        """) + teams
    hs = head("Keoni Kahale <keoni.kahale@pueoaero.com>", "Pueo Aerospace interview - Tues 9/15",
              "2026-09-10 08:15", HNL,
              "<SJ0PR14MB5233C0E1A7B94F2D83E6C1A9D2F61@SJ0PR14MB5233.namprd14.prod.outlook.com>",
              rcv=("from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2091.outbound.protection.outlook.com [40.107.244.91])",
                   "mx.google.com with ESMTPS id d75a77b69052e-4a2c1b0d3e9si71830471cf.512"),
              extra=(("Thread-Topic", "Pueo Aerospace interview - Tues 9/15"),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


# --------------------------------------------------------------------------- 16 Workday, Vancouver, HTML only


@mail(N(16), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-01-27 11:00", VAN), end=utc("2026-01-27 12:00", VAN),
      contact="priya.deshmukh@northshorevfx.ca", company="Northshore VFX",
      local="Tue 2026-01-27 11:00", local_end="2026-01-27 12:00", zone=VAN,
      note="Workday HTML-only notification from a myworkday.com mailbox; 'Date: 01/27/2026, Start "
           "Time: 11:00 AM, End Time: 12:00 PM, (GMT-08:00) Pacific Time' -> PST 19:00-20:00Z; "
           "contact = recruiter address in the body")
def k16() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <p>Hello Remy,</p>
        <p>An interview has been scheduled for you for the <b>Mobile Developer, Review Tools (R-10422)</b> position at Northshore VFX.</p>
        <p><b>Interview Details</b></p>
        <table cellpadding="3" cellspacing="0" border="0" style="font-size:13px">
        <tr><td>Date:</td><td>01/27/2026</td></tr>
        <tr><td>Start Time:</td><td>11:00 AM</td></tr>
        <tr><td>End Time:</td><td>12:00 PM</td></tr>
        <tr><td>Time Zone:</td><td>(GMT-08:00) Pacific Time (Vancouver)</td></tr>
        <tr><td>Interview Type:</td><td>Video</td></tr>
        <tr><td>Interviewers:</td><td>Grace Whitfield-Lam; Kofi Mensah</td></tr>
        <tr><td>Meeting Link:</td><td><a href="https://northshorevfx.webex.com/meet/g.whitfieldlam">https://northshorevfx.webex.com/meet/g.whitfieldlam</a></td></tr>
        </table>
        <p>If you have any questions about your interview, please contact Priya Deshmukh at
        <a href="mailto:priya.deshmukh@northshorevfx.ca">priya.deshmukh@northshorevfx.ca</a>.</p>
        <p>You can view your application status at any time from your <a href="https://northshorevfx.wd3.myworkdayjobs.com/en-US/Careers/userHome">candidate home</a>.</p>
        <p>Thank you,<br>Northshore VFX Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This is an automatically generated message from Workday. Please do not reply to this email.</p>
        </div></body></html>
        """)
    hs = head("Northshore VFX <northshorevfx@myworkday.com>",
              "Interview Scheduled - Mobile Developer, Review Tools (R-10422)", "2026-01-21 16:45", VAN,
              "<1437906512.84710.1769042700123@wd3-prod-mailer-12.myworkday.com>",
              rcv=("from wd3-smtp-out2.myworkday.com (wd3-smtp-out2.myworkday.com [216.74.162.20])",
                   "mx.google.com with ESMTPS id 00721157ae682-70d2c1e3f4asi2290411b3.118"),
              extra=(("X-Mailer", "Workday Notification Service"),))
    return message(hs, html(body_html))


# --------------------------------------------------------------------------- 17 Google Calendar update, same onsite moved


@mail(N(17), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-03-13 10:00", LA), end=utc("2026-03-13 13:00", LA),
      contact="gabe.moreno@frameandreel.com", company="Frame & Reel Studios",
      local="Fri 2026-03-13 10:00", local_end="2026-03-13 13:00", zone=LA,
      note="Google Calendar 'Updated invitation' for the Frame & Reel onsite (same UID as key 2, "
           "SEQUENCE 1): moved from Thu 12 Mar 1-4pm to Fri 13 Mar 10am-1pm PDT -> 17:00-20:00Z. "
           "Contact = organizer")
def k17() -> bytes:
    body = t("""
        Gabe Moreno has updated this event with a note:
        "Sorry for the shuffle — Thursday got eaten by a studio review. Same lineup, Friday morning instead. Lunch is on us after."

        This event has been updated
        Changed: date, time

        Onsite – Remy Castellanos (Sr. Mobile Engineer)
        Friday Mar 13, 2026 ⋅ 10am – 1pm
        Pacific Time - Los Angeles

        Location
        Frame & Reel Studios - Bldg 2 lobby, 3300 W Olive Ave, Burbank, CA 91505
        https://www.google.com/maps/search/Frame+%26+Reel+Studios+-+Bldg+2+lobby,+3300+W+Olive+Ave,+Burbank,+CA+91505?hl=en

        Hi Remy - looking forward to having you on the lot! Plan for three back-to-back conversations: 1) app architecture deep dive with me, 2) pairing on our tvOS/React Native player with Ines, 3) product + design with Wes. Check in with security at Gate 4 and they'll walk you over to Bldg 2.

        Organizer
        Gabe Moreno
        gabe.moreno@frameandreel.com

        Guests
        Gabe Moreno - organizer
        remy.castellanos@example.org
        Ines Albarran
        Wes Hollis
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NXEwYzF2dGQ4bDJtN2hoaw&tok=MjgjZ2FiZS5tb3Jlbm9AZnJhbWVhbmRyZWVsLmNvbQ&ctz=America%2FLos_Angeles&hl=en&es=0

        Reply for remy.castellanos@example.org and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=NXEwYzF2dGQ4bDJtN2hoaw&tok=MjgjZ2FiZS5tb3Jlbm9AZnJhbWVhbmRyZWVsLmNvbQ&ctz=America%2FLos_Angeles&hl=en&es=0
        Your attendance is optional.

        ~~//~~
        """) + GCAL_FOOTER
    body_html = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><table role="presentation" cellpadding="0" cellspacing="0" width="100%"><tr><td>
        <div style="background:#fef7e0;padding:12px;color:#3c4043">Gabe Moreno has updated this event with a note:<br>
        &quot;Sorry for the shuffle — Thursday got eaten by a studio review. Same lineup, Friday morning instead. Lunch is on us after.&quot;</div>
        <div style="margin-top:12px;color:#d93025;font-size:12px">This event has been updated<br>Changed: date, time</div>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Onsite – Remy Castellanos (Sr. Mobile Engineer)</h2>
        <div style="color:#3c4043"><span style="background:#fce8e6">Friday Mar 13, 2026 &#8901; 10am – 1pm</span><br>Pacific Time - Los Angeles</div>
        <h3 style="font-size:14px;color:#70757a">Location</h3>
        <div>Frame &amp; Reel Studios - Bldg 2 lobby, 3300 W Olive Ave, Burbank, CA 91505</div>
        <h3 style="font-size:14px;color:#70757a">Organizer</h3>
        <div>Gabe Moreno<br><a href="mailto:gabe.moreno@frameandreel.com">gabe.moreno@frameandreel.com</a></div>
        <h3 style="font-size:14px;color:#70757a">Guests</h3>
        <div>Gabe Moreno - organizer<br>remy.castellanos@example.org<br>Ines Albarran<br>Wes Hollis</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar. You are receiving this email because
        you are an attendee on the event.</p>
        </td></tr></table></body></html>
        """)
    ics = _unfold(_frame_reel_ics("REQUEST", "20260313T100000", "20260313T130000", 1, "20260309T170212Z"))
    subject = ("Updated invitation: Onsite – Remy Castellanos (Sr. Mobile Engineer) @ Fri Mar 13, 2026 "
               "10am - 1pm (PDT) (remy.castellanos@example.org)")
    hs = head("Gabe Moreno <gabe.moreno@frameandreel.com>", subject, "2026-03-09 10:02", LA,
              "<calendar-d8a41c07-6e2f-4b93-8a15-30c7f9e2b4d1@google.com>",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com. [209.85.220.73])",
                   "mx.google.com with SMTPS id 6a1803df08f44-6fb4d7a2c1esor1299102d6.17"),
              pre=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
              extra=(("Reply-To", "gabe.moreno@frameandreel.com"),))
    return message(hs, mixed(
        alt(text(body), html(body_html), calendar(ics, method="REQUEST", cte="8bit")),
        calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 18 London final round moved across the DST gap


@mail(N(18), family="human_prose", lang="en-GB", interview=True, kind="rescheduled",
      start=utc("2026-10-28 17:00", LON), end=utc("2026-10-28 18:30", LON),
      contact="harriet.oduya@bramblecast.co.uk", company="Bramblecast",
      local="Wed 2026-10-28 17:00", local_end="2026-10-28 18:30", zone=LON,
      note="Same recruiter as key 13, later in the year: final round moved from Tue 27th 4pm UK to "
           "'Wednesday 28th October at 5pm UK time', 'still 90 minutes'. UK is back on GMT from 25 Oct "
           "-> 17:00-18:30Z; LA is still on PDT until 1 Nov, so 10am for Remy as she says. Sent in BST")
def k18() -> bytes:
    body = t("""
        Hi Remy,

        Apologies for the shuffle! Imogen's been pulled into a board meeting on Tuesday afternoon, so
        we've moved your final round from Tuesday 27th (4pm) to Wednesday 28th October at 5pm UK
        time. Same panel (Imogen, Tom and Priya from Product), same Meet link, still 90 minutes.

        Time zones are fun that week: our clocks go back this Sunday (25th) but yours don't change
        until 1st November, so 5pm here on the Wednesday will be 10am for you in LA. I've updated the
        calendar invite too, so shout if it shows anything else.

        Fingers crossed for you - everyone's been really positive so far.

        Cheers,
        Harriet

        Harriet Oduya
        Talent Partner | Bramblecast
        """)
    hs = head("Harriet Oduya <harriet.oduya@bramblecast.co.uk>", "Re: Bramblecast final round",
              "2026-10-22 14:05", LON, "<CAB4xk1bN0v2PcR3dF-Qz8ya1Lt@mail.gmail.com>",
              rcv=("from mail-wr1-f52.google.com (mail-wr1-f52.google.com. [209.85.221.52])",
                   "mx.google.com with SMTPS id ffacd0b85a97d-3a4f1c2b0d9sor1208330f8f.3"),
              extra=(("In-Reply-To", "<CAB4xk1Yw7cMq0+Lp@mail.gmail.com>"),
                     ("References", "<CAB4xk1Yw7cMq0+Lp@mail.gmail.com>")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


# --------------------------------------------------------------------------- 19 Exchange update, Austin, across the US switch


@mail(N(19), family="exchange", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-03-10 14:00", CHI), end=utc("2026-03-10 15:00", CHI),
      contact="carla.mendez@bluebonnethealth.com", company="Bluebonnet Health",
      local="Tue 2026-03-10 14:00", local_end="2026-03-10 15:00", zone=CHI,
      note="Exchange meeting update (SEQUENCE 1) with the organizer's note: moved from tomorrow (Thu "
           "5 Mar) to 'Tuesday at the same time'. 'When:' shows the fixed '(UTC-06:00) Central Time' "
           "label, but 10 March is after the US switch: 2:00-3:00 PM CDT (UTC-5) -> 19:00-20:00Z "
           "(noon PDT). Sent in CST")
def k19() -> bytes:
    teams = TEAMS.format(mid="MmE5YjQ0ZDEtYzNhNy00ZTBiLTgxOTYtNmY1YzJkYTdlMDQ4",
                         tid="d6f21a0b-8c4e-4a77-9e35-71b0c2f8a4d9", num="263 889 017 540",
                         pw="uF4sb7Lq")
    body = t("""
        When: Tuesday, March 10, 2026 2:00 PM-3:00 PM. (UTC-06:00) Central Time (US & Canada)
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Remy – our director got pulled into a vendor review tomorrow, so I’ve moved us to Tuesday
        at the same time (2pm Central, which will be noon for you once the clocks change Sunday). So
        sorry for the short notice, and thanks for being flexible!

        Carla

        Carla Mendez | Talent Acquisition
        Bluebonnet Health | Austin, TX

        """) + teams
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Hi Remy &#8211; our director got pulled into a vendor review tomorrow, so I&#8217;ve moved us to
        Tuesday at the same time (2pm Central, which will be noon for you once the clocks change Sunday). So sorry for
        the short notice, and thanks for being flexible!</p>
        <p class="MsoNormal">Carla</p>
        <p class="MsoNormal"><b>Carla Mendez</b> | Talent Acquisition<br>Bluebonnet Health | Austin, TX</p>
        <div><span style="color:#5F5F5F">________________________________________________________________________________</span></div>
        <div style="font-size:24px;color:#252424">Microsoft Teams meeting</div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmE5YjQ0ZDEtYzNhNy00ZTBiLTgxOTYtNmY1YzJkYTdlMDQ4%40thread.v2/0">Click here to join the meeting</a></div>
        <div>Meeting ID: 263 889 017 540<br>Passcode: uF4sb7Lq</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Carla Mendez:mailto:carla.mendez@bluebonnethealth.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Remy Castellanos:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Owen Patel:mailto:owen.patel@bluebonnethealth.com
DESCRIPTION;LANGUAGE=en-US:Hi Remy – our director got pulled into a vendor review tomorrow\\, so I’ve moved us to Tuesday at the same time.\\n
UID:040000008200E00074C5B7101A82E00800000000D4E1A3F2B8ABDC01000000000000000010000000A1C2E3F4B5D6E7F8091A2B3C4D5E6F70
SUMMARY;LANGUAGE=en-US:Interview: Remy Castellanos – Senior React Native Engineer
DTSTART;TZID=Central Standard Time:20260310T140000
DTEND;TZID=Central Standard Time:20260310T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260304T214000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTSEQ:1
X-MICROSOFT-CDO-OWNERAPPTID:-1877402219
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    subj = "Interview: Remy Castellanos – Senior React Native Engineer"
    hs = head("Carla Mendez <carla.mendez@bluebonnethealth.com>", subj, "2026-03-04 15:40", CHI,
              "<DM6PR19MB3921A4C2E07F1B58D9C3E6A1B7F02@DM6PR19MB3921.namprd19.prod.outlook.com>",
              rcv=("from NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2107.outbound.protection.outlook.com [40.107.102.107])",
                   "mx.google.com with ESMTPS id 41be03b00d2f7-b1e2f0a9c3dsi88271630a12.301"),
              extra=(("Thread-Topic", "Interview: Remy Castellanos - Senior React Native Engineer"),
                     ("Thread-Index", "AdsMGq9f0T3bq2lHQk+W7yK4Zr1xVQAAC9Xg"),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(body_html), calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 20 Denver recruiter, moved a week, texting register


@mail(N(20), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-09 11:30", DEN), end=utc("2026-12-09 12:30", DEN),
      contact="jthornbury@ironwoodaero.com", company="Ironwood Aerospace",
      local="Wed 2026-12-09 11:30", local_end="2026-12-09 12:30", zone=DEN,
      note="Recruiter moves the system design round from 'tmrw' (Tue 1 Dec) to 'next Weds 12/9, same "
           "time (11:30 MT / 10:30 your time)', 'still 60 min' -> MST (UTC-7) 18:30-19:30Z")
def k20() -> bytes:
    body = t("""
        hey Remy - quick heads up, Marcus is out sick so we're moving your system design round from
        tmrw to next Weds 12/9, same time (11:30 MT / 10:30 your time). I already updated the invite so
        you should see it shift on your cal. still 60 min, still Zoom, same link.

        sorry for the shuffle!! he was realy looking forward to it

        Jess

        --
        Jess Thornbury
        Technical Recruiter | Ironwood Aerospace
        Broomfield, CO
        """)
    hs = head("Jess Thornbury <jthornbury@ironwoodaero.com>", "system design round - moving it",
              "2026-11-30 13:12", DEN, "<CAL0v9Xq4WnE2r=TjKp7bH3sYz@mail.gmail.com>",
              rcv=("from mail-pj1-f54.google.com (mail-pj1-f54.google.com. [209.85.216.54])",
                   "mx.google.com with SMTPS id 98e67ed59e1d1-313c2b0a9f1sor1772044a91.4"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 21 Google Calendar cancellation


@mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-08-20 15:00", LA), end=utc("2026-08-20 15:45", LA),
      contact="rohan.b@fernway.com", company="Fernway",
      local="Thu 2026-08-20 15:00", local_end="2026-08-20 15:45", zone=LA,
      note="Google Calendar 'Canceled event' (METHOD:CANCEL, STATUS:CANCELLED) from the interviewer, "
           "no note; cancelled slot Thu 20 Aug 3pm-3:45pm PDT -> 22:00-22:45Z. Contact = organizer")
def k21() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Fernway | Remy Castellanos – Frontend Pairing Interview
        Thursday Aug 20, 2026 ⋅ 3pm – 3:45pm
        Pacific Time - Los Angeles

        Joining info
        Join with Google Meet
        https://meet.google.com/sdk-ryvq-onw

        Join by phone
        (US) +1 650-555-0172
        PIN: 318 440 296#

        Organizer
        Rohan Bhattacharya
        rohan.b@fernway.com

        Guests
        Rohan Bhattacharya - organizer
        Mei Lin Ortega
        remy.castellanos@example.org

        ~~//~~
        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    body_html = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><table role="presentation" width="100%"><tr><td>
        <div style="color:#d93025;font-size:14px">This event has been canceled and removed from your calendar.</div>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043;text-decoration:line-through">Fernway | Remy Castellanos – Frontend Pairing Interview</h2>
        <div style="color:#3c4043">Thursday Aug 20, 2026 &#8901; 3pm – 3:45pm<br>Pacific Time - Los Angeles</div>
        <h3 style="font-size:14px;color:#70757a">Organizer</h3>
        <div>Rohan Bhattacharya<br><a href="mailto:rohan.b@fernway.com">rohan.b@fernway.com</a></div>
        <h3 style="font-size:14px;color:#70757a">Guests</h3>
        <div>Rohan Bhattacharya - organizer<br>Mei Lin Ortega<br>remy.castellanos@example.org</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{TZ_LA}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260820T150000
DTEND;TZID=America/Los_Angeles:20260820T154500
DTSTAMP:20260818T013011Z
ORGANIZER;CN=Rohan Bhattacharya:mailto:rohan.b@fernway.com
UID:0m7kq2bh1v9s4e3t6a8r5c2dfn@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=remy.castellanos@example.org;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mei Lin Ortega;X-NUM-GUESTS=0:mailto:meilin.ortega@fernway.com
CREATED:20260812T190455Z
LAST-MODIFIED:20260818T013010Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Fernway | Remy Castellanos – Frontend Pairing Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Canceled event: Fernway | Remy Castellanos – Frontend Pairing Interview @ Thu Aug 20, 2026 "
               "3pm - 3:45pm (PDT) (remy.castellanos@example.org)")
    hs = head("Rohan Bhattacharya <rohan.b@fernway.com>", subject, "2026-08-17 18:30", LA,
              "<calendar-91f0c3a2-4b7d-4e6a-b28c-5d0e1f7a3c96@google.com>",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com. [209.85.220.73])",
                   "mx.google.com with SMTPS id 6a1803df08f44-70c1d2e3f4asor2209113d6.12"),
              pre=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
              extra=(("Reply-To", "rohan.b@fernway.com"),))
    return message(hs, mixed(
        alt(text(body), html(body_html), calendar(ics, method="CANCEL", cte="8bit")),
        calendar(ics, method="CANCEL", ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 22 recruiter cancels, req on hold


@mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start=utc("2026-04-29 13:00", LA), end=utc("2026-04-29 16:00", LA),
      contact="tasha.whitfield@kestrelinteractive.com", company="Kestrel Interactive",
      local="Wed 2026-04-29 13:00", local_end="2026-04-29 16:00", zone=LA,
      note="Coordinator from key 1 cancels the final round because the req is on hold: 'cancel your "
           "final round on Wednesday 4/29 (1:00–4:00pm)' -> PDT 20:00-23:00Z; no new time")
def k22() -> bytes:
    body = t("""
        Hi Remy,

        I'm so sorry to be sending this one. As of this morning leadership has put the Senior UI
        Engineer (Launcher) req on hold while they re-plan the launcher roadmap for next year, so I
        have to cancel your final round on Wednesday 4/29 (1:00–4:00pm). You'll get a calendar
        cancellation for it shortly.

        This is in no way a reflection on you — Owen's feedback from your live coding round was
        genuinely excellent, and if the req reopens you'd be the first person I call.

        I know it's frustrating after the time you've already put in. Happy to jump on a call next
        week if you'd like to talk through other teams here.

        Tasha

        Tasha Whitfield
        Recruiting Coordinator | Kestrel Interactive
        """)
    hs = head("Tasha Whitfield <tasha.whitfield@kestrelinteractive.com>",
              "Kestrel – update on Wednesday's final round", "2026-04-24 11:47", LA,
              "<CAHt5wP2Qm8v1+ZkR0nLf7dE9y@mail.gmail.com>",
              rcv=("from mail-qt1-f179.google.com (mail-qt1-f179.google.com. [209.85.160.179])",
                   "mx.google.com with SMTPS id d75a77b69052e-47b1c0d2e3fsor1022861cf.9"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 23 Exchange cancellation, New York


@mail(N(23), family="exchange", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-10 12:00", NY), end=utc("2026-12-10 13:00", NY),
      contact="wsato@atlaslane.com", company="Atlas Lane Media",
      local="Thu 2026-12-10 12:00", local_end="2026-12-10 13:00", zone=NY,
      note="Exchange 'Canceled:' meeting (METHOD:CANCEL, STATUS:CANCELLED, TZID 'Eastern Standard "
           "Time'); cancelled slot 12:00-1:00 PM EST -> 17:00-18:00Z (9am PST). 'I'll reach out "
           "Monday with new options' -> still cancelled, no new time")
def k23() -> bytes:
    teams = TEAMS.format(mid="ZjYxYTkwYzMtOGQ0Mi00NzFlLWI1YzAtM2U5ZDJhNjFmNzA4",
                         tid="5e0d9c3b-1a2f-4b68-9c7e-0f4a2d8b6e13", num="228 517 630 994",
                         pw="Wz2dN8vc")
    body = t("""
        When: Thursday, December 10, 2026 12:00 PM-1:00 PM. (UTC-05:00) Eastern Time (US & Canada)
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Remy – cancelling this one for now, Jonah is out unexpectedly next week. I’ll reach out
        Monday with a couple of new options. Apologies for the back and forth!

        Whitney

        """) + teams
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Hi Remy &#8211; cancelling this one for now, Jonah is out unexpectedly next week. I&#8217;ll
        reach out Monday with a couple of new options. Apologies for the back and forth!</p>
        <p class="MsoNormal">Whitney</p>
        <div style="font-size:24px;color:#252424">Microsoft Teams meeting</div>
        <div>Meeting ID: 228 517 630 994<br>Passcode: Wz2dN8vc</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Whitney Sato:mailto:wsato@atlaslane.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Remy Castellanos:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonah Feldstein:mailto:jfeldstein@atlaslane.com
DESCRIPTION;LANGUAGE=en-US:Hi Remy – cancelling this one for now\\, Jonah is out unexpectedly next week.\\n
UID:040000008200E00074C5B7101A82E00800000000F2A9C4D1E56BDD01000000000000000010000000B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2
SUMMARY;LANGUAGE=en-US:Canceled: Remy Castellanos – Final Interview (Hiring Manager)
DTSTART;TZID=Eastern Standard Time:20261210T120000
DTEND;TZID=Eastern Standard Time:20261210T130000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261204T152200Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:1604483377
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    subj = "Canceled: Remy Castellanos – Final Interview (Hiring Manager)"
    hs = head("Whitney Sato <wsato@atlaslane.com>", subj, "2026-12-04 10:22", NY,
              "<MN2PR08MB6112F3A0D9C47E12B58A6D03C1E44@MN2PR08MB6112.namprd08.prod.outlook.com>",
              rcv=("from NAM10-BN7-obe.outbound.protection.outlook.com (mail-bn7nam10on2123.outbound.protection.outlook.com [40.107.92.123])",
                   "mx.google.com with ESMTPS id af79cd13be357-7d3e1f0a2b4si71920385a.77"),
              extra=(("Thread-Topic", "Remy Castellanos - Final Interview (Hiring Manager)"),
                     ("Thread-Index", "AdtkF2r1pZx8c4q0S9m3Vb6hN7wKdA=="),
                     ("Importance", "high"), ("X-Priority", "1"),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(body_html), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives

# --------------------------------------------------------------------------- 24 slot proposal, not yet agreed


@mail(N(24), family="slot_proposal", lang="en", interview=False, company="Tidewater Health",
      days=(("Wed", "2026-05-13"), ("Thu", "2026-05-14"), ("Fri", "2026-05-15")),
      note="Recruiter proposes three slots for the hiring-manager conversation; nothing is agreed "
           "yet (Remy picks one in the reply quoted by key 4)")
def k24() -> bytes:
    body = t("""
        Hi Remy,

        Great chatting today! As promised, next step is a conversation with Lauren Cho, who
        manages the Patient App team. Would any of these work?

        - Wed 5/13, 1:00pm PT
        - Thu 5/14, 2:30pm PT
        - Fri 5/15, 10:00am PT

        If none of those work just send me a couple of windows next week.

        Best,
        Maya

        --
        Maya Lindqvist | Senior Technical Recruiter
        Tidewater Health | Santa Monica, CA
        """)
    hs = head("Maya Lindqvist <maya.lindqvist@tidewaterhealth.com>",
              "Next steps – Tidewater Health, Senior Mobile Engineer", "2026-05-08 16:02", LA,
              "<CAGr7fz2Hc0dD9bQe@mail.gmail.com>",
              rcv=("from mail-yw1-f174.google.com (mail-yw1-f174.google.com. [209.85.128.174])",
                   "mx.google.com with SMTPS id 00721157ae682-71a0b9c8d7esor1930044b3.2"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 25 job-board digest


@mail(N(25), family="job_alert", lang="en", interview=False, company=None, days=(("Fri", "2026-04-17"),),
      note="Job-board alert digest; 'Actively interviewing' badges and 'Apply by' dates confirm nothing")
def k25() -> bytes:
    jobs = [
        ("Senior React Native Engineer", "Pixel Harbor Games", "Santa Monica, CA", "$175k–$210k", "Actively interviewing"),
        ("Staff Frontend Engineer, Player", "Frame & Reel Studios", "Burbank, CA", "$190k–$235k", "Posted 2 days ago"),
        ("Mobile Engineer II (iOS/Android)", "Copperline Freight", "Remote (US)", "$140k–$165k", "Actively interviewing"),
        ("Frontend Engineer, Checkout", "Goldleaf Market", "San Francisco, CA (Hybrid)", "$160k–$200k", "Easy Apply"),
        ("Senior Software Engineer – Web", "Saguaro Health Systems", "Phoenix, AZ", "$150k–$178k", "Apply by Fri, Apr 17"),
    ]
    ids = ["4471902", "4470318", "4468825", "4466107", "4462954"]
    lines = []
    for (title, co, where, pay, badge), jid in zip(jobs, ids, strict=True):
        lines.append(f"{title}\n{co} · {where}\n{pay} · {badge}\nView job: https://codecrane.io/j/{jid}\n")
    body = t("""
        Hi Remy,

        14 new jobs match your alert "Senior React Native OR Frontend – Los Angeles / Remote".

        """) + "\n".join(lines) + t("""

        See all 14 jobs: https://codecrane.io/alerts/8841207/results

        Tip: candidates who apply in the first 48 hours are 3x more likely to land an interview.

        You're receiving this because you created a job alert on CodeCrane.
        Manage alerts: https://codecrane.io/settings/alerts · Unsubscribe: https://codecrane.io/u/8841207
        CodeCrane Inc., 600 California St, San Francisco, CA 94108
        """)
    rows = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><a href="https://codecrane.io/j/{jid}" '
        f'style="font-size:16px;color:#0b57d0;text-decoration:none">{ti}</a><br>{co} &middot; {wh}<br>'
        f'<span style="color:#137333">{pay}</span> &middot; <span style="color:#5f6368">{b}</span></td></tr>\n'
        for (ti, co, wh, pay, b), jid in zip(jobs, ids, strict=True)).replace(" & ", " &amp; ")
    body_html = (t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124">
        <p>Hi Remy,</p>
        <p>14 new jobs match your alert <b>&quot;Senior React Native OR Frontend – Los Angeles / Remote&quot;</b>.</p>
        <table width="100%" cellpadding="0" cellspacing="0">
        """) + rows + t("""
        </table>
        <p><a href="https://codecrane.io/alerts/8841207/results">See all 14 jobs</a></p>
        <p style="font-size:12px;color:#5f6368">You&#39;re receiving this because you created a job alert on CodeCrane.
        <a href="https://codecrane.io/u/8841207">Unsubscribe</a></p>
        </body></html>
        """))
    hs = head("CodeCrane Jobs <alerts@mail.codecrane.io>",
              "14 new jobs for \"Senior React Native\" in Los Angeles", "2026-04-13 06:04", LA,
              "<alert.8841207.20260413130400@mail.codecrane.io>",
              rcv=("from mail.codecrane.io (mail.codecrane.io [192.0.2.77])",
                   "mx.google.com with ESMTPS id 41be03b00d2f7-b2c1d0e9f8asi11023a12.20"),
              extra=(("List-Unsubscribe", "<https://codecrane.io/u/8841207>, <mailto:unsubscribe@mail.codecrane.io?subject=8841207>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(body_html)))


# --------------------------------------------------------------------------- 26 Greenhouse application receipt


@mail(N(26), family="application_ack", lang="en", interview=False, company="Pinwheel Commerce",
      note="Greenhouse application-received auto-ack; 'reach out to schedule an initial interview' "
           "is conditional, no time")
def k26() -> bytes:
    body = t("""
        Hi Remy,

        Thanks for applying to Pinwheel Commerce! Your application for the Senior Frontend Engineer,
        Merchant Tools (New York or Remote) role has been received.

        Our team reviews every application by hand. If your background is a good fit, someone from
        our recruiting team will reach out to schedule an initial interview. Because of the volume of
        applications we receive, this can take 2-3 weeks.

        In the meantime, you can read about how we build things on our engineering blog:
        https://pinwheel.dev/blog

        Best,
        The Pinwheel Commerce Recruiting Team

        **Please do not reply to this email; this mailbox is not monitored.**
        """)
    body_html = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <p>Hi Remy,</p>
        <p>Thanks for applying to Pinwheel Commerce! Your application for the <b>Senior Frontend Engineer, Merchant Tools
        (New York or Remote)</b> role has been received.</p>
        <p>Our team reviews every application by hand. If your background is a good fit, someone from our recruiting team
        will reach out to schedule an initial interview. Because of the volume of applications we receive, this can take
        2-3 weeks.</p>
        <p>In the meantime, you can read about how we build things on our <a href="https://pinwheel.dev/blog">engineering blog</a>.</p>
        <p>Best,<br>The Pinwheel Commerce Recruiting Team</p>
        <p><b>Please do not reply to this email; this mailbox is not monitored.</b></p>
        </body></html>
        """)
    hs = head("Pinwheel Commerce <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Pinwheel Commerce",
              "2026-06-09 21:14", LA, "<Kq0xP3rTS8ym2Vd7cWbLgA.0@ismtpd0017p1iad2.sendgrid.net>",
              rcv=("from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.14.225])",
                   "mx.google.com with ESMTPS id d9443c01a7336-2355a1b2c3dsi1120982ad.99"),
              extra=(("Reply-To", "no-reply@us.greenhouse-mail.io"),))
    return message(hs, alt(text(body), html(body_html)))


# --------------------------------------------------------------------------- 27 SmartRecruiters receipt, HTML only


@mail(N(27), family="application_ack", lang="en", interview=False, company="Sable Peak Pictures",
      note="SmartRecruiters application receipt (HTML only); 'we'll contact you to arrange an "
           "interview' is conditional")
def k27() -> bytes:
    body_html = t("""
        <!DOCTYPE html><html><head><meta charset="UTF-8"></head>
        <body style="margin:0;background:#f2f2f2;font-family:'Open Sans',Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="padding:24px 32px;border-bottom:4px solid #1b1b1b"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/sable-peak.png" alt="Sable Peak Pictures" height="40"></td></tr>
        <tr><td style="padding:24px 32px;font-size:14px;color:#333;line-height:1.6">
        <p>Dear Remy,</p>
        <p>Thank you for your interest in Sable Peak Pictures. We have received your application for
        <b>Senior Web Engineer, Streaming Experience</b> (Los Angeles, CA).</p>
        <p><b>What&rsquo;s next?</b><br>Our hiring team will review your profile over the coming weeks. If your experience
        matches what we&rsquo;re looking for, a member of the team will contact you to arrange an interview.</p>
        <p>You can follow the status of your application at any time in
        <a href="https://jobs.smartrecruiters.com/me/applications">My Applications</a>.</p>
        <p>Kind regards,<br>Sable Peak Pictures Talent Team</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#999">Powered by SmartRecruiters &middot; This is an automated message, please do not reply.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head("Sable Peak Pictures <noreply@smartrecruiters.com>",
              "Thank you for applying: Senior Web Engineer, Streaming Experience", "2026-07-08 11:52", LA,
              "<0102019a3c7f11e0-2b9f8c61-7d4e-4a05-b3c2-61f0e8d9a7b4-000000@eu-west-1.amazonses.com>",
              rcv=("from b224-15.smtp-out.eu-west-1.amazonses.com (b224-15.smtp-out.eu-west-1.amazonses.com. [69.169.224.15])",
                   "mx.google.com with ESMTPS id 5b1f17b1804b1-4530a1b2c3dsi3302917f8f.211"))
    return message(hs, html(body_html, cte="base64"))


# --------------------------------------------------------------------------- 28 rejection after the interview


@mail(N(28), family="rejection", lang="en", interview=False, company="Lone Mesa Games",
      days=(("Tue", "2026-02-17"),),
      note="Rejection after the key-9 interview; names the past interview date, confirms nothing")
def k28() -> bytes:
    body = t("""
        Hi Remy,

        Thank you for taking the time to interview with Tanvi and Colt last Tuesday (2/17). The team
        really enjoyed the walkthrough of your offline maps project.

        After a lot of discussion, we've decided to move forward with a candidate whose experience
        with Unreal's UMG lines up more closely with what the HUD team needs right now. I know that's
        not the news you were hoping for.

        We'd genuinely like to stay in touch - if a web or tools role opens up on the platform side,
        I'll reach out to you directly.

        Best of luck with your search,
        Marcus

        Marcus Delacroix
        Recruiting Coordinator | Lone Mesa Games
        Austin, TX
        """)
    hs = head("Marcus Delacroix <marcus.delacroix@lonemesagames.com>",
              "Lone Mesa Games - Gameplay UI Engineer", "2026-02-24 09:10", CHI,
              "<CAE1b7nK9x0TzGq4=Yp3WvLs8R@mail.gmail.com>",
              rcv=("from mail-oi1-f171.google.com (mail-oi1-f171.google.com. [209.85.167.171])",
                   "mx.google.com with SMTPS id 5614622812f47-3f1a2b0c9d8sor1930211b6e.3"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 29 Jobvite rejection before any interview


@mail(N(29), family="rejection", lang="en", interview=False, company="Gullwing Aeronautics",
      note="Jobvite rejection without an interview")
def k29() -> bytes:
    body = t("""
        Dear Remy,

        Thank you for your interest in the Software Engineer, Cockpit Display Apps (Req 2026-0412)
        position at Gullwing Aeronautics, and for the time you invested in applying.

        After careful review, we have decided to pursue other candidates whose qualifications more
        closely match the needs of the position at this time.

        We will keep your resume on file and encourage you to apply for future openings that match
        your skills and interests at https://careers.gullwingaero.com.

        Sincerely,

        Gullwing Aeronautics Talent Acquisition
        Everett, WA

        This email was sent via Jobvite. Please do not reply to this message.
        """)
    hs = head("Gullwing Aeronautics <donotreply@jobvite.com>",
              "Your application with Gullwing Aeronautics", "2026-08-24 14:03", LA,
              "<1219920113.4417862.1787605380441@app-mail-14.jobvite.com>",
              rcv=("from mta-201.jobvite.com (mta-201.jobvite.com [208.80.152.201])",
                   "mx.google.com with ESMTPS id 6a1803df08f44-70a2b1c0d9esi77021930d6.302"))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


# --------------------------------------------------------------------------- 30 offer, with a deadline and a booking link


_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
        b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n"
        b"%%EOF\n")


def _pdf_part(filename: str) -> Part:
    import base64

    data = base64.encodebytes(_PDF).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], data)


@mail(N(30), family="offer", lang="en", interview=False, company="Larkspur Health",
      days=(("Fri", "2026-11-20"), ("Mon", "2027-01-04")),
      note="Offer after the key-7 process; answer deadline 'Friday 11/20 at 5pm ET' and a self-booking "
           "link for an optional call: no interview")
def k30() -> bytes:
    body = t("""
        Hi Remy,

        I'm thrilled to share that the team would like to extend you an offer for the Senior Frontend
        Engineer, Care Apps role! Everyone you met – Hannah, Dev and Marisol – came out of your
        interviews excited.

        Your offer letter is attached, and a DocuSign envelope will follow shortly. The headlines:

        • Base salary: $192,000
        • Equity: 14,000 RSUs vesting over 4 years (1-year cliff)
        • Sign-on bonus: $15,000
        • Start date: Monday, January 4, 2027 (flexible)

        We'd love an answer by Friday 11/20 at 5pm ET. I'm around all week if you'd like to talk
        anything through – just grab a slot that works: https://calendly.com/renata-okoye/offer-chat

        Congratulations!
        Renata

        Renata Okoye
        Senior Recruiter, Larkspur Health
        """)
    hs = head("Renata Okoye <renata.okoye@larkspurhealth.com>",
              "Your offer from Larkspur Health 🎉", "2026-11-16 08:55", LA,
              "<CAKd2pQm0Hx7=Wn4TzR9bVc1yL@mail.gmail.com>",
              rcv=("from mail-lj1-f180.google.com (mail-lj1-f180.google.com. [209.85.208.180])",
                   "mx.google.com with SMTPS id 38308e7fff4ca-32b1c0a9d8esor2219031fa.5"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             _pdf_part("Larkspur_Offer_Remy_Castellanos.pdf")))


# --------------------------------------------------------------------------- 31 agency outreach, no time fixed


@mail(N(31), family="recruiter_outreach", lang="en", interview=False, company="Keystone Tech Search",
      note="Agency cold outreach asking for a call 'Thurs or Fri afternoon'; nothing fixed. Company = "
           "the sending agency (client not named)")
def k31() -> bytes:
    body = t("""
        Hey Remy!

        Came accross your profile and your RN + web work at Parcelwise jumped out. I'm running a Senior
        Mobile Engineer search for a Series B fintech in Culver City (can share the name on a call) -
        hybrid 2 days/wk, $185-215k + equity, small team, very product-driven.

        Any chance you're free for a quick 15-min call this week? Thurs or Fri afternoon usually work
        on my end but happy to work around you. Or just send me a good number + time and I'll call you.

        Thanks!
        Shay

        Shay Kowalczyk | Principal Recruiter
        Keystone Tech Search | Los Angeles
        (213) 555-0166
        """)
    hs = head("Shay Kowalczyk <shay@keystonetechsearch.com>", "Senior Mobile role - Culver City fintech",
              "2026-06-22 10:41", LA, "<CAM7tq2Vn1Bx9=KpR4dWsY0zH3@mail.gmail.com>",
              rcv=("from mail-pg1-f169.google.com (mail-pg1-f169.google.com. [209.85.215.169])",
                   "mx.google.com with SMTPS id 41be03b00d2f7-b2e0c1a9d8fsor1108331a12.6"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 32 Gem sourcer outreach with a booking link


@mail(N(32), family="recruiter_outreach", lang="en", interview=False, company="Nimbus Ridge",
      note="Sourcer outreach sent through Gem, with a self-booking link for an intro chat; nothing booked")
def k32() -> bytes:
    body = t("""
        Hi Remy,

        I lead sourcing for the Mobile Foundations org at Nimbus Ridge. Your talk at the LA React
        Native meetup on list virtualization (the one with the scroll-jank flame graphs!) got passed
        around our team.

        We're hiring several Software Engineers on Mobile, Seattle or remote US, and I think you'd be a
        great fit. Would you be open to a 20-minute intro chat with me? Here's my calendar, feel free
        to grab any time that works: https://gem.com/meetings/treyeshart/intro-20

        Best,
        Tomás

        Tomás Reyes-Hart
        Senior Technical Sourcer, Nimbus Ridge

        If you'd prefer not to hear from me, just let me know: https://gem.com/unsubscribe?t=6cQ1x8Pz
        """)
    body_html = gmail_html(body) + \
        '<img src="https://gem.com/t/o/6cQ1x8Pz.gif" width="1" height="1" alt="" style="display:none">\n'
    hs = head(addr("Tomás Reyes-Hart", "treyeshart@nimbusridge.com"), "Mobile at Nimbus Ridge?",
              "2026-08-27 07:15", LA, "<CAGm9vz0TqR8kYb=Hp2LwN4dXc@mail.gmail.com>",
              rcv=("from mail-sor-f65.google.com (mail-sor-f65.google.com. [209.85.220.65])",
                   "mx.google.com with SMTPS id 6a1803df08f44-70b3a2c1d0esor998102d6.4"),
              extra=(("X-Gem-Sequence", "mobile-foundations-q3-outbound"),))
    return message(hs, alt(text(body), html(body_html)))


# --------------------------------------------------------------------------- 33 GoodTime self-scheduling request


@mail(N(33), family="scheduling_link", lang="en", interview=False, company="Nimbus Ridge",
      days=(("Wed", "2026-09-16"), ("Tue", "2026-09-22"), ("Thu", "2026-09-24"), ("Tue", "2026-09-29"),
            ("Thu", "2026-10-01")),
      note="GoodTime request to pick a virtual-onsite day from four options; nothing booked yet "
           "(key 8 is the later confirmation)")
def k33() -> bytes:
    body = t("""
        Hi Remy,

        Congratulations on moving forward to the virtual onsite for Software Engineer II, Mobile!

        Please choose the day that works best for you by Wed, September 16. We currently have
        availability on:

          • Tue, Sep 22
          • Thu, Sep 24
          • Tue, Sep 29
          • Thu, Oct 1

        The onsite is four 45-minute interviews with a break (roughly 4 1/2 hours in total), starting
        between 8:00 and 10:00 AM Pacific.

        Choose your interview day: https://app.goodtime.io/candidate/select/7Kx2pQ9mWv

        If none of these work, reply to this email and your coordinator will help.

        Nimbus Ridge Recruiting
        Sent via GoodTime
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Remy,</p>
        <p>Congratulations on moving forward to the virtual onsite for Software Engineer II, Mobile!</p>
        <p>Please choose the day that works best for you by <b>Wed, September 16</b>. We currently have availability on:</p>
        <ul><li>Tue, Sep 22</li><li>Thu, Sep 24</li><li>Tue, Sep 29</li><li>Thu, Oct 1</li></ul>
        <p>The onsite is four 45-minute interviews with a break (roughly 4&frac12; hours in total), starting between 8:00
        and 10:00 AM Pacific.</p>
        <p><a href="https://app.goodtime.io/candidate/select/7Kx2pQ9mWv" style="background:#2f6fed;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">Choose your interview day</a></p>
        <p>If none of these work, reply to this email and your coordinator will help.</p>
        <p>Nimbus Ridge Recruiting</p><p style="font-size:11px;color:#999">Sent via GoodTime</p>
        </body></html>
        """)
    hs = head("Nimbus Ridge Recruiting <no-reply@goodtime.io>",
              "Action required: choose your interview day – Nimbus Ridge", "2026-09-11 09:30", LA,
              "<20260911163000.1e8b2f7c4a9d0356@goodtime.io>",
              rcv=("from mail-201.goodtime.io (mail-201.goodtime.io [198.21.6.201])",
                   "mx.google.com with ESMTPS id 5b1f17b1804b1-459c1d0e2f3si2081734f8f.33"),
              extra=(("Reply-To", "Haley Brandt <hbrandt@nimbusridge.com>"),))
    return message(hs, alt(text(body), html(body_html)))


# --------------------------------------------------------------------------- 34 Greenhouse availability request


@mail(N(34), family="scheduling_link", lang="en", interview=False, company="Kestrel Interactive",
      days=(("Tue", "2026-04-14"), ("Fri", "2026-04-24")),
      note="Greenhouse availability request for the live-coding round (before key 1): asks for "
           "windows, confirms nothing")
def k34() -> bytes:
    body = t("""
        Hi Remy,

        Great news - the team would like to move you forward to a Technical Interview - Live Coding
        (60 minutes) for the Senior UI Engineer (Launcher) role.

        Please use the link below to let us know when you're available between Tue, Apr 14 and
        Fri, Apr 24. Submitting a few more windows than you think you need helps us line up the right
        interviewer quickly.

        https://app.greenhouse.io/candidate_availability/b3f1c9e27a4d58b0?token=Xk7rQ2

        Please submit your availability by end of day Wednesday if you can.

        Thanks,
        Tasha Whitfield
        Recruiting Coordinator | Kestrel Interactive
        """)
    body_html = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Hi Remy,</p>
        <p>Great news - the team would like to move you forward to a <b>Technical Interview - Live Coding</b> (60 minutes)
        for the Senior UI Engineer (Launcher) role.</p>
        <p>Please use the link below to let us know when you&#39;re available between Tue, Apr 14 and Fri, Apr 24.
        Submitting a few more windows than you think you need helps us line up the right interviewer quickly.</p>
        <p><a href="https://app.greenhouse.io/candidate_availability/b3f1c9e27a4d58b0?token=Xk7rQ2">Submit your availability</a></p>
        <p>Please submit your availability by end of day Wednesday if you can.</p>
        <p>Thanks,<br>Tasha Whitfield<br>Recruiting Coordinator | Kestrel Interactive</p>
        </body></html>
        """)
    hs = head("Kestrel Interactive <no-reply@us.greenhouse-mail.io>",
              "Kestrel Interactive: please share your availability", "2026-04-13 10:20", LA,
              "<Vb2mR8sKQy6pNc1xZf0tWg.0@ismtpd0041p1iad2.sendgrid.net>",
              rcv=("from o4.us.greenhouse-mail.io (o4.us.greenhouse-mail.io [167.89.14.220])",
                   "mx.google.com with ESMTPS id d9443c01a7336-2bd1e0f2a3csi1882041ad.112"),
              extra=(("Reply-To", "Tasha Whitfield <tasha.whitfield@kestrelinteractive.com>"),))
    return message(hs, alt(text(body), html(body_html)))


# --------------------------------------------------------------------------- 35 take-home with a deadline


@mail(N(35), family="take_home", lang="en", interview=False, company="Fernway",
      days=(("Mon", "2026-08-10"),),
      note="Take-home exercise with a due time ('Monday 8/10 at 9:00 AM PT'); the review call is "
           "still to be scheduled")
def k35() -> bytes:
    body = t("""
        Hi Remy,

        Thanks again for your time with Rohan last week! As discussed, the next step is our take-home
        exercise.

        Exercise: a small product-listing page with filtering and URL state (React + TypeScript)
        Time box: please don't spend more than 3-4 hours on it
        Due: Monday 8/10 at 9:00 AM PT

        Repo: https://github.com/fernway-hiring/takehome-listing (you'll get an invite to a private
        copy within the hour)

        Once you submit, we'll set up a 45-minute pairing review with Rohan to walk through it
        together - I'll send over a few options for that.

        Have fun with it!
        Mei Lin

        Mei Lin Ortega | Recruiting, Fernway
        """)
    hs = head("Mei Lin Ortega <meilin.ortega@fernway.com>", "Fernway take-home exercise",
              "2026-08-03 12:05", LA, "<CAPn4xR2mZ8v=Lq0bWt7YdKs1H@mail.gmail.com>",
              rcv=("from mail-pf1-f182.google.com (mail-pf1-f182.google.com. [209.85.210.182])",
                   "mx.google.com with SMTPS id d2e1a72fcca58-74a2c1b0d9esor1101882b3a.1"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 36 HackerRank assessment invitation


@mail(N(36), family="assessment", lang="en", interview=False, company="Cascadia Cart",
      days=(("Thu", "2026-05-28"),),
      note="HackerRank online test invitation with an expiry time ('May 28, 2026 11:59 PM PDT', 90 "
           "minutes); a self-paced test, not an interview")
def k36() -> bytes:
    body = t("""
        Hi Remy Castellanos,

        Cascadia Cart has invited you to take the Frontend Engineer – Online Assessment.

        Test duration: 90 minutes
        Number of questions: 3 (2 coding, 1 UI debugging)
        Test expires on: May 28, 2026 11:59 PM PDT

        Start your test: https://www.hackerrank.com/test/4d2h8k1q9tc/login?b=eyJ1c2VybmFtZSI6InJlbXkifQ

        Before you begin:
        • Make sure you have a stable internet connection and use the latest Chrome or Firefox.
        • Once you start, the timer cannot be paused.
        • Try a sample test first: https://www.hackerrank.com/tests/sample

        All the best!
        Cascadia Cart Hiring Team

        Powered by HackerRank · Need help? https://support.hackerrank.com
        """)
    body_html = t("""
        <html><body style="font-family:'Source Sans Pro',Arial,sans-serif;color:#39424e;font-size:15px">
        <p>Hi Remy Castellanos,</p>
        <p><b>Cascadia Cart</b> has invited you to take the <b>Frontend Engineer – Online Assessment</b>.</p>
        <table cellpadding="4"><tr><td>Test duration</td><td><b>90 minutes</b></td></tr>
        <tr><td>Number of questions</td><td><b>3</b> (2 coding, 1 UI debugging)</td></tr>
        <tr><td>Test expires on</td><td><b>May 28, 2026 11:59 PM PDT</b></td></tr></table>
        <p><a href="https://www.hackerrank.com/test/4d2h8k1q9tc/login?b=eyJ1c2VybmFtZSI6InJlbXkifQ" style="background:#1ba94c;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px">Start your test</a></p>
        <ul><li>Make sure you have a stable internet connection and use the latest Chrome or Firefox.</li>
        <li>Once you start, the timer cannot be paused.</li>
        <li><a href="https://www.hackerrank.com/tests/sample">Try a sample test first</a></li></ul>
        <p>All the best!<br>Cascadia Cart Hiring Team</p>
        <p style="font-size:12px;color:#738f93">Powered by HackerRank</p>
        </body></html>
        """)
    hs = head("Cascadia Cart via HackerRank <no-reply@hackerrankforwork.com>",
              "Invitation: Frontend Engineer – Online Assessment from Cascadia Cart", "2026-05-21 09:12", LA,
              "<01000196f4c2a0b1-9d3e7f21-4a6c-4b8d-9e0f-1a2b3c4d5e6f-000000@email.amazonses.com>",
              rcv=("from a8-42.smtp-out.amazonses.com (a8-42.smtp-out.amazonses.com. [54.240.8.42])",
                   "mx.google.com with ESMTPS id af79cd13be357-7cd0e1f2a3bsi90231785a.110"),
              extra=(("Reply-To", "Cascadia Cart Hiring Team <no-reply@hackerrankforwork.com>"),))
    return message(hs, alt(text(body), html(body_html)))


# --------------------------------------------------------------------------- 37 dentist, with an ICS


@mail(N(37), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-07-14"),),
      note="Dental appointment confirmation with an ICS: a confirmed time, not an interview")
def k37() -> bytes:
    body = t("""
        Hi Remy,

        Your appointment is confirmed!

        Silver Lake Family Dental
        Tuesday, July 14 at 8:30 AM
        Cleaning & exam with Dr. Anjali Mehra (approx. 60 min)

        2940 Sunset Blvd, Suite 204, Los Angeles, CA 90026
        (323) 555-0112

        Please arrive 10 minutes early and bring your insurance card. Need to reschedule? Call us
        or reply C to cancel, R to reschedule.

        See you soon!
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmileRemind//Appointments 3.2//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:appt-558102-silverlakefamilydental@smileremind.io
DTSTAMP:20260709T170412Z
DTSTART:20260714T153000Z
DTEND:20260714T163000Z
SUMMARY:Dentist - Silver Lake Family Dental
LOCATION:2940 Sunset Blvd\\, Suite 204\\, Los Angeles\\, CA 90026
DESCRIPTION:Cleaning & exam with Dr. Anjali Mehra
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Silver Lake Family Dental <noreply@smileremind.io>", "Appointment confirmed: Tue, Jul 14 at 8:30 AM",
              "2026-07-09 10:04", LA, "<appt-558102-conf.1783616652@smileremind.io>",
              rcv=("from mail.smileremind.io (mail.smileremind.io [198.51.100.23])",
                   "mx.google.com with ESMTPS id 00721157ae682-71b2a0c1d9esi881220b3.44"))
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                  disposition="attachment")))


# --------------------------------------------------------------------------- 38 stand-up at the current contract


@mail(N(38), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Mon", "2026-06-08"),),
      note="Google Calendar invitation to a recurring weekday stand-up at Remy's current contract "
           "(Parcelwise); not an interview. Company null, as for the dev set's stand-ups")
def k38() -> bytes:
    body = t("""
        Mobile standup
        Weekly on weekdays ⋅ 9:45 – 10am
        Pacific Time - Los Angeles
        First meeting: Monday Jun 8, 2026

        Joining info
        Join with Google Meet
        https://meet.google.com/pwr-kzbt-xsa

        Same as before, just moved 15 min later so the Denver folks can make it. Contractors on the
        mobile squad are on this one too.

        Organizer
        Jo Whitcombe
        jo.whitcombe@parcelwise.com

        Guests
        Jo Whitcombe - organizer
        remy.castellanos@example.org
        Andre Silva
        Kim Nakamura
        Priscilla Oduya
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M2JwZDRyMWtzdjBmMmE&ctz=America%2FLos_Angeles&hl=en&es=0

        Reply for remy.castellanos@example.org and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=M2JwZDRyMWtzdjBmMmE&ctz=America%2FLos_Angeles&hl=en&es=0

        ~~//~~
        """) + GCAL_FOOTER
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_LA}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260608T094500
DTEND;TZID=America/Los_Angeles:20260608T100000
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
DTSTAMP:20260604T220911Z
ORGANIZER;CN=Jo Whitcombe:mailto:jo.whitcombe@parcelwise.com
UID:3bpd4r1ksv0f2a7c9e1h5m8q6n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=remy.castellanos@example.org;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Andre Silva;X-NUM-GUESTS=0:mailto:andre.silva@parcelwise.com
CREATED:20260604T220845Z
DESCRIPTION:Same as before\\, just moved 15 min later so the Denver folks can make it.
LAST-MODIFIED:20260604T220911Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mobile standup
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Invitation: Mobile standup @ Weekly from 9:45am to 10am on weekdays from Mon Jun 8 (PDT) "
               "(remy.castellanos@example.org)")
    hs = head("Jo Whitcombe <jo.whitcombe@parcelwise.com>", subject, "2026-06-04 15:09", LA,
              "<calendar-2e7b90c1-5f3a-4d18-a6e2-8c0d4b1f9a37@google.com>",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com. [209.85.220.73])",
                   "mx.google.com with SMTPS id 6a1803df08f44-6fa9b0c1d2esor1120339d6.21"),
              pre=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
              extra=(("Reply-To", "jo.whitcombe@parcelwise.com"),))
    return message(hs, mixed(alt(text(body), calendar(ics, method="REQUEST", cte="8bit")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 39 1:1 with the current manager, moved


@mail(N(39), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-06-11"), ("Wed", "2026-06-10")),
      note="Google Calendar 'Updated invitation' moving Remy's 1:1 with his current manager (contract "
           "renewal chat); a moved meeting, but not a job interview")
def k39() -> bytes:
    body = t("""
        Jo Whitcombe has updated this event with a note:
        "Moving us to Thursday this week, Wed got slammed with the release train. Let's also talk through your contract renewal for Q3."

        This event has been updated
        Changed: time

        Remy / Jo 1:1
        Thursday Jun 11, 2026 ⋅ 4pm – 4:30pm
        Pacific Time - Los Angeles

        Joining info
        Join with Google Meet
        https://meet.google.com/vta-nwpq-ejr

        Organizer
        Jo Whitcombe
        jo.whitcombe@parcelwise.com

        Guests
        Jo Whitcombe - organizer
        remy.castellanos@example.org

        Reply for remy.castellanos@example.org and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=N3FrbTJ2OGJ4cjBkNGE&ctz=America%2FLos_Angeles&hl=en&es=0

        ~~//~~
        """) + GCAL_FOOTER
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260611T230000Z
DTEND:20260611T233000Z
DTSTAMP:20260609T171540Z
ORGANIZER;CN=Jo Whitcombe:mailto:jo.whitcombe@parcelwise.com
UID:7qkm2v8bxr0d4a1e6c9s3h5t2p@google.com
RECURRENCE-ID;TZID=America/Los_Angeles:20260610T160000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=remy.castellanos@example.org;X-NUM-GUESTS=0:mailto:{ME}
DESCRIPTION:Weekly 1:1
LAST-MODIFIED:20260609T171540Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Remy / Jo 1:1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = "Updated invitation: Remy / Jo 1:1 @ Thu Jun 11, 2026 4pm - 4:30pm (PDT) (remy.castellanos@example.org)"
    hs = head("Jo Whitcombe <jo.whitcombe@parcelwise.com>", subject, "2026-06-09 10:15", LA,
              "<calendar-4a81f2d3-07c6-4b95-9e1d-2f3a5c6b7d80@google.com>",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com. [209.85.220.73])",
                   "mx.google.com with SMTPS id 6a1803df08f44-6fb0a1c2d3esor1201554d6.30"),
              pre=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
              extra=(("Reply-To", "jo.whitcombe@parcelwise.com"),))
    return message(hs, mixed(alt(text(body), calendar(ics, method="REQUEST", cte="8bit")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 40 apartment tour


@mail(N(40), family="personal_appointment", lang="en", interview=False, company=None,
      days=(("Sat", "2026-06-06"),),
      note="Apartment tour confirmation with a fixed time; not an interview")
def k40() -> bytes:
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#2b2b2b;font-size:15px">
        <div style="max-width:560px;margin:auto">
        <h2 style="font-weight:600">Your tour is confirmed</h2>
        <p>Hi Remy,</p>
        <p>Thanks for scheduling a tour at <b>The Marlowe Silver Lake</b>. We&#39;re looking forward to showing you around!</p>
        <div style="border:1px solid #e3e3e3;border-radius:6px;padding:14px">
        <div><b>Saturday, June 6, 2026</b></div>
        <div>10:30 AM – 11:00 AM</div>
        <div>Agent-guided tour &middot; Unit 3C (1 bd / 1 ba, 712 sq ft)</div>
        <div>1820 Griffith Park Blvd, Los Angeles, CA 90026</div>
        </div>
        <p>Parking: visitor spots are on Lucile Ave. Please bring a photo ID.</p>
        <p><a href="https://tourdesk.app/t/8QpW2m/reschedule">Reschedule</a> &middot; <a href="https://tourdesk.app/t/8QpW2m/cancel">Cancel</a></p>
        <p>The Marlowe Leasing Team<br>(323) 555-0178</p>
        <p style="font-size:11px;color:#9a9a9a">Sent by TourDesk on behalf of The Marlowe Silver Lake.</p>
        </div></body></html>
        """)
    hs = head("The Marlowe Silver Lake <tours@notify.tourdesk.app>",
              "Tour confirmed: Sat, June 6 at 10:30 AM – The Marlowe Silver Lake", "2026-06-02 19:48", LA,
              "<tour.8QpW2m.confirm@notify.tourdesk.app>",
              rcv=("from notify.tourdesk.app (notify.tourdesk.app [198.51.100.141])",
                   "mx.google.com with ESMTPS id d9443c01a7336-2366b1c0d9esi441802ad.18"))
    return message(hs, html(body_html))


# --------------------------------------------------------------------------- 41 meetup RSVP, panel about interviewing


@mail(N(41), family="meetup", lang="en", interview=False, company=None,
      days=(("Wed", "2026-07-15"),),
      note="Meetup RSVP for a panel titled 'Interview Horror Stories' at a game studio: a fixed "
           "time, but an event, not Remy's interview")
def k41() -> bytes:
    body = t("""
        You're going!

        LA Mobile Devs
        Interview Horror Stories (and How to Avoid Them): a panel with hiring managers from LA game studios

        Wednesday, July 15, 2026
        6:30 PM to 8:30 PM PDT

        Pixel Harbor Games
        2450 Colorado Ave, Santa Monica, CA

        Pizza and drinks from 6:30, panel starts at 7. Bring a photo ID for the front desk.

        Add to calendar: https://gatherly.events/la-mobile-devs/events/311204/ical
        See who's going (86): https://gatherly.events/la-mobile-devs/events/311204/attendees

        Can't make it anymore? Update your RSVP so someone on the waitlist can go:
        https://gatherly.events/la-mobile-devs/events/311204/rsvp

        --
        You received this because you RSVP'd on Gatherly. Email settings: https://gatherly.events/account/email
        """)
    hs = head("LA Mobile Devs on Gatherly <events@gatherly.events>",
              "You're going to \"Interview Horror Stories (and How to Avoid Them)\"", "2026-07-10 12:30", LA,
              "<rsvp.311204.remy.20260710193000@gatherly.events>",
              rcv=("from mta-04.gatherly.events (mta-04.gatherly.events [192.0.2.204])",
                   "mx.google.com with ESMTPS id 41be03b00d2f7-b31a0c2d1e9si220917a12.61"),
              extra=(("List-Unsubscribe", "<https://gatherly.events/account/email/unsub?u=8812>"),))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 42 webinar titled like an interview, with ICS


@mail(N(42), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-09-03"),),
      note="Webinar registration ('Live Mock Frontend Interview') with a Zoom Webinar ICS; a "
           "marketing event, not a job interview")
def k42() -> bytes:
    body = t("""
        Hi Remy,

        Thank you for registering for "Live Mock Frontend Interview: Build a Typeahead with a Staff
        Engineer".

        Date Time: Sep 3, 2026 05:00 PM Pacific Time (US and Canada)

        Watch a real 45-minute frontend interview, start to finish, then stay for a Q&A on what
        interviewers actually score. Want to be the candidate on stage? Reply to this email - we pick
        one volunteer per session.

        Join from a PC, Mac, iPad, iPhone or Android device:
            Please click this URL to join. https://us02web.zoom.us/w/85520119347?tk=Lp0aQk9x.DQc
            Passcode: loop45

        Add to calendar: the .ics file is attached.

        You can cancel your registration at any time.

        LoopPrep · Ace your next tech interview · https://loopprep.io
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20260828T160224Z
DTSTART:20260904T000000Z
DTEND:20260904T010000Z
SUMMARY:Live Mock Frontend Interview: Build a Typeahead with a Staff Engineer
UID:20260828T160224Z-85520119347@fe80:0:0:0:4c3:8bff:fe2a:1c01ens5
TZID:America/Los_Angeles
DESCRIPTION:Please click this URL to join. https://us02web.zoom.us/w/85520119347?tk=Lp0aQk9x.DQc\\nPasscode: loop45
LOCATION:https://us02web.zoom.us/w/85520119347?tk=Lp0aQk9x.DQc
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head("LoopPrep Events <no-reply@zoom.us>",
              "Live Mock Frontend Interview: Build a Typeahead with a Staff Engineer Confirmation",
              "2026-08-28 09:02", LA, "<Bk3qT0x9Rk2Ww1m8YcZs7A@geopod-ismtpd-3>",
              rcv=("from o9.email.zoom.us (o9.email.zoom.us [149.72.225.9])",
                   "mx.google.com with ESMTPS id 5b1f17b1804b1-458a1b0c2d3si1109202f8f.14"),
              extra=(("Reply-To", "LoopPrep <events@loopprep.io>"),))
    return message(hs, mixed(text(body), calendar(ics, method=None, cte="base64", filename="invite.ics",
                                                  disposition="attachment")))


# --------------------------------------------------------------------------- 43 mock interview with a coach (Calendly)


@mail(N(43), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Tue", "2026-09-08"),),
      note="Calendly confirmation of a paid mock system-design interview with a career coach "
           "(prep for the Nimbus Ridge onsite); confirmed time, but not a job interview")
def k43() -> bytes:
    body = t("""
        Hi Remy Castellanos,

        Your Mock Interview – Mobile System Design (60 min) with Ayesha Karim at 10:00am - 11:00am (Pacific Time - US & Canada) on Tuesday, September 8, 2026 is scheduled.

        Event Type:
        Mock Interview – Mobile System Design (60 min)

        Event Date/Time:
        10:00am - 11:00am (Pacific Time - US & Canada) on Tuesday, September 8, 2026

        Location:
        This is a Zoom web conference.
        https://us06web.zoom.us/j/81177420316

        Invitee Time Zone:
        Pacific Time - US & Canada

        Questions:
        What are you preparing for?
        Virtual onsite at a big-tech company (mobile system design round). Want to practice the offline-first feed question.

        Payment:
        $180.00 USD paid via Stripe

        Cancel: https://calendly.com/cancellations/a9e14d02-3b7f-4c21-b6d8-0e5f2a7c1b93
        Reschedule: https://calendly.com/reschedulings/a9e14d02-3b7f-4c21-b6d8-0e5f2a7c1b93

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260902T033110Z
UID:a9e14d02-3b7f-4c21-b6d8-0e5f2a7c1b93@calendly.com
DTSTART:20260908T170000Z
DTEND:20260908T180000Z
DESCRIPTION:Event Name: Mock Interview – Mobile System Design (60 min)
LOCATION:https://us06web.zoom.us/j/81177420316
SUMMARY:Remy Castellanos and Ayesha Karim
ORGANIZER;CN=Ayesha Karim:mailto:ayesha@offerladder.coach
ATTENDEE;CN=Remy Castellanos;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Mock Interview – Mobile System Design (60 min) with Ayesha Karim on Tuesday, September 8, 2026",
              "2026-09-02 03:31", Z, "<a9e14d023b7f.1788319870@calendly.com>",
              rcv=("from o1.email.calendly.com (o1.email.calendly.com [167.89.101.213])",
                   "mx.google.com with ESMTPS id 41be03b00d2f7-b33a1c0d2e9si441201a12.207"),
              extra=(("Reply-To", "Ayesha Karim <ayesha@offerladder.coach>"),))
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment",
                                                  cte="base64")))


# --------------------------------------------------------------------------- 44 podcast recording


@mail(N(44), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Podcast host confirms a recording ('the interview part') at a fixed time; Remy is the "
           "guest, not a job candidate")
def k44() -> bytes:
    body = t("""
        Remy!! Locked in, thank you for saying yes.

        Recording: Thu 10/15, 4pm PT, on Riverside (link below, no download needed, Chrome works best)
        https://riverside.fm/studio/ship-it-weekly?t=9c2f01

        Rough shape: 5 min of chit-chat so I can check levels, then the interview part, ~40 min, on
        how you got list virtualization working on those ancient Android devices + what you'd tell
        someone shipping their first RN app. Then I'll ask the 3 lightning-round questions everyone gets.

        If you have a decent USB mic use it, AirPods are fine too. Headphones either way so we don't
        get echo.

        Episode should go out ~2 weeks later, I'll send you the link.

        Danny
        Ship It Weekly
        """)
    hs = head("Danny Okonkwo-Reyes <danny@shipitweekly.fm>", "Re: Ship It Weekly - you in?",
              "2026-10-08 20:44", LA, "<CAF1p8nQz3Rm0=Wk7vTbY2cLd@mail.gmail.com>",
              rcv=("from mail-il1-f178.google.com (mail-il1-f178.google.com. [209.85.166.178])",
                   "mx.google.com with SMTPS id e9e14a558f8ab-3dd9a0b1c2esor802219ab.5"),
              extra=(("In-Reply-To", "<CAPx0r9Lk2Nw1@mail.gmail.com>"),
                     ("References", "<CAF1p8nXy0a@mail.gmail.com> <CAPx0r9Lk2Nw1@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 45 Remy on the interviewer side


@mail(N(45), family="interviewer_side", lang="en", interview=False, company=None,
      days=(("Tue", "2026-06-16"),),
      note="Greenhouse interviewer notification from Remy's current contract (Parcelwise): he "
           "interviews a candidate. A confirmed interview, but not his own -> negative, company null")
def k45() -> bytes:
    body = t("""
        Hi Remy,

        You've been scheduled to interview Jordan Pike for the Senior iOS Engineer (Contract) role.

        Tuesday, June 16, 2026
        3:00 PM - 3:45 PM PDT
        Interview: Technical - SwiftUI & Architecture
        Location: Google Meet - https://meet.google.com/kcz-ufha-wro

        Interview kit (questions, focus attributes, resume): https://app.greenhouse.io/interview_kits/90417725
        Please submit your scorecard within 24 hours of the interview.

        Other interviewers on this panel: Andre Silva (Hiring Manager)

        Thanks for helping us hire!
        Parcelwise Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-90417725-interviewer@greenhouse.io
DTSTAMP:20260612T181100Z
DTSTART:20260616T220000Z
DTEND:20260616T224500Z
SUMMARY:Interview: Jordan Pike - Senior iOS Engineer (Contract) - Technical - SwiftUI & Architecture
LOCATION:https://meet.google.com/kcz-ufha-wro
ORGANIZER;CN=Parcelwise Recruiting:mailto:recruiting@parcelwise.com
ATTENDEE;CN=Remy Castellanos;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Andre Silva;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:andre.silva@parcelwise.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Greenhouse <no-reply@greenhouse.io>",
              "You're interviewing Jordan Pike on Tuesday, June 16 at 3:00 PM PDT", "2026-06-12 11:11", LA,
              "<Zr4oP1nTQ9ym7Lb2cVdXqW.0@ismtpd0009p1iad2.sendgrid.net>",
              rcv=("from o1.greenhouse.io (o1.greenhouse.io [167.89.10.17])",
                   "mx.google.com with ESMTPS id d9443c01a7336-2358c0b1a2dsi998311ad.41"),
              extra=(("Reply-To", "Parcelwise Recruiting <recruiting@parcelwise.com>"),))
    return message(hs, mixed(text(body), calendar(ics, filename="interview.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 46 reference call for a former colleague


@mail(N(46), family="reference_check", lang="en", interview=False, company="Copperline Freight",
      days=(("Thu", "2026-10-01"),),
      note="Remy is a reference for a former colleague; the recruiter confirms the reference call "
           "'Thursday 10/1 at 1:00pm PT'. Not Remy's interview. Company = the sender's (hiring) "
           "company, as for other employer mail")
def k46() -> bytes:
    body = t("""
        Hi Remy,

        Thanks so much for agreeing to be a reference for Sam Okoro – it’s really appreciated. I’ve put
        us down for Thursday 10/1 at 1:00pm PT; I’ll call you on the number Sam gave us
        (310-555-0184). It should take about 20 minutes.

        I’ll mostly ask about the period you worked together at Parcelwise: how Sam approached
        ownership of the driver app, how they handled feedback, and what kind of environment they do
        their best work in. Everything you share stays confidential.

        If the time stops working, just reply here and I’ll move it.

        Best,
        Priya

        Priya Venkataraman
        Talent Acquisition Lead | Copperline Freight
        """)
    hs = head("Priya Venkataraman <priya.v@copperlinefreight.com>", "Reference for Sam Okoro – Thursday",
              "2026-09-28 16:20", LA,
              "<CH3PR12MB8124A0B7C1D94E3F5A2B6C8D9E0F1@CH3PR12MB8124.namprd12.prod.outlook.com>",
              rcv=("from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2118.outbound.protection.outlook.com [40.107.237.118])",
                   "mx.google.com with ESMTPS id af79cd13be357-7d41a0b2c3esi80220195a.62"),
              extra=(("Thread-Topic", "Reference for Sam Okoro - Thursday"),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US")))
    return message(hs, text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 47 out-of-office auto-reply


@mail(N(47), family="auto_reply", lang="en-GB", interview=False, company="Bramblecast",
      days=(("Mon", "2026-08-10"),),
      note="Gmail vacation auto-reply from the Bramblecast recruiter (Auto-Submitted: auto-replied)")
def k47() -> bytes:
    body = t("""
        Hi there,

        Thanks for your email. I'm on annual leave until Monday 10th August with very limited access
        to email.

        If it's about an interview or an open role at Bramblecast, please contact the team at
        talent@bramblecast.co.uk and someone will get back to you. Otherwise I'll reply when I'm back.

        Thanks,
        Harriet
        """)
    hs = head("Harriet Oduya <harriet.oduya@bramblecast.co.uk>", "Out of office - back Mon 10th Aug",
              "2026-08-04 17:33", LON, "<CAB4xk1aA0uTo9=RepLy7VcNq2@mail.gmail.com>",
              rcv=("from mail-wm1-f49.google.com (mail-wm1-f49.google.com. [209.85.128.49])",
                   "mx.google.com with SMTPS id 5b1f17b1804b1-4589a0b1c2dsor1011290f8f.1"),
              extra=(("In-Reply-To", "<CAPx0r9Tq7vM2@mail.gmail.com>"),
                     ("References", "<CAPx0r9Tq7vM2@mail.gmail.com>"),
                     ("Auto-Submitted", "auto-replied")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 48 bounce of Remy's own confirmation


@mail(N(48), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-06-18"), ("Wed", "2026-06-17")),
      note="Delivery failure (multipart/report) for Remy's own reply to the key-12 confirmation, "
           "sent to a mistyped address; the attached original repeats the time, but a bounce is not "
           "a confirmation from the employer")
def k48() -> bytes:
    orig_body = t("""
        Dear Tanaka-san,

        Thank you for the confirmation. I confirm the 2nd interview on 2026/6/18 (Thu) 9:00 JST,
        which is 6/17 (Wed) 17:00 PDT for me. I look forward to speaking with Morimoto-san and
        Sugimoto-san.

        Best regards,
        Remy Castellanos
        """)
    orig = message(
        [("From", TO), ("To", "y.tanka@hoshikawa-int.co.jp"),
         ("Subject", enc("Re: 【Hoshikawa Interactive】2nd Interview Confirmation / 二次面接日程のご案内")),
         ("Date", date("2026-06-14 19:05", LA)),
         ("Message-ID", "<CAPx0r8zH2kQ7=Tm1nWv4LpY6@mail.gmail.com>"),
         ("In-Reply-To", "<20260615103012.A1F3.Y.TANAKA@hoshikawa-int.co.jp>")],
        text(orig_body))
    notice = t("""

        ** Address not found **

        Your message wasn't delivered to y.tanka@hoshikawa-int.co.jp because the address couldn't be found, or is unable to receive mail.

        Learn more here: https://support.google.com/mail/?p=NoSuchUser

        The response from the remote server was:
        550 5.1.1 <y.tanka@hoshikawa-int.co.jp>: Recipient address rejected: User unknown in local recipient table
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; remy.castellanos@example.org
        Arrival-Date: Sun, 14 Jun 2026 19:05:22 -0700 (PDT)
        X-Original-Message-ID: <CAPx0r8zH2kQ7=Tm1nWv4LpY6@mail.gmail.com>

        Final-Recipient: rfc822; y.tanka@hoshikawa-int.co.jp
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mail.hoshikawa-int.co.jp. (203.0.113.48, the server for the domain hoshikawa-int.co.jp.)
        Diagnostic-Code: smtp; 550 5.1.1 <y.tanka@hoshikawa-int.co.jp>: Recipient address rejected: User unknown in local recipient table
        Last-Attempt-Date: Sun, 14 Jun 2026 19:05:24 -0700 (PDT)
        """)
    hs = head("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
              "2026-06-14 19:05:26", LA, "<6671d0c4.a70a0220.3b1f2e.8c41.GMR@mx.google.com>",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("References", "<CAPx0r8zH2kQ7=Tm1nWv4LpY6@mail.gmail.com>"),
                     ("In-Reply-To", "<CAPx0r8zH2kQ7=Tm1nWv4LpY6@mail.gmail.com>"),
                     ("X-Failed-Recipients", "y.tanka@hoshikawa-int.co.jp")))
    report = multipart("report", text(notice, charset="UTF-8", cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(orig), params="report-type=delivery-status")
    return message(hs, report)


# --------------------------------------------------------------------------- 49 newsletter about interviewing


@mail(N(49), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Newsletter issue about mobile system-design interviews, with a live AMA time; confirms "
           "nothing for Remy")
def k49() -> bytes:
    body = t("""
        FRONTEND LOOP · Issue #212

        Running the room in a mobile system design interview

        Hey friends,

        This week's mailbag was almost entirely one question: "How do I not freeze in the mobile
        system design round?" So here's the framework I wish someone had handed me before my first
        big-tech onsite.

        1. Spend the first five minutes on requirements. Offline? Which devices? How fresh does the
           feed need to be? Interviewers are scoring whether you ask, not just what you build.
        2. Draw the client first. Everyone jumps to the backend; the mobile round is about the app:
           caching layers, sync, pagination, image pipeline, background work.
        3. Name the trade-offs out loud. "I'd use a cursor here because..." beats a perfect diagram.
        4. Leave 5 minutes for failure modes: bad network, app killed mid-upload, clock skew.

        Your interviewer isn't looking for the one right answer. They're looking for the engineer
        they'd want in a design review next Tuesday.

        📅 Live AMA: I'm answering your interview questions live this Thursday (9/10) at noon PT.
        Paid subscribers get the recording: https://frontendloop.dev/ama

        Until next week,
        Lena

        ---
        You're getting this because you subscribed to Frontend Loop.
        Unsubscribe: https://frontendloop.dev/unsubscribe?e=cmVteS5jYXN0ZWxsYW5vcw
        """)
    body_html = t("""
        <html><body style="margin:0;background:#fafafa">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:32px;font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#222">
        <div style="font-family:Arial,sans-serif;font-size:12px;letter-spacing:2px;color:#888">FRONTEND LOOP &middot; ISSUE #212</div>
        <h1 style="font-size:28px;line-height:1.2">Running the room in a mobile system design interview</h1>
        <p>Hey friends,</p>
        <p>This week&#39;s mailbag was almost entirely one question: &ldquo;How do I not freeze in the mobile system design
        round?&rdquo; So here&#39;s the framework I wish someone had handed me before my first big-tech onsite.</p>
        <ol>
        <li><b>Spend the first five minutes on requirements.</b> Offline? Which devices? How fresh does the feed need to be?
        Interviewers are scoring whether you ask, not just what you build.</li>
        <li><b>Draw the client first.</b> Everyone jumps to the backend; the mobile round is about the app: caching layers,
        sync, pagination, image pipeline, background work.</li>
        <li><b>Name the trade-offs out loud.</b> &ldquo;I&#39;d use a cursor here because&hellip;&rdquo; beats a perfect diagram.</li>
        <li><b>Leave 5 minutes for failure modes:</b> bad network, app killed mid-upload, clock skew.</li>
        </ol>
        <p>Your interviewer isn&#39;t looking for the one right answer. They&#39;re looking for the engineer they&#39;d want
        in a design review next Tuesday.</p>
        <p style="background:#f3f0ff;padding:12px">&#128197; <b>Live AMA:</b> I&#39;m answering your interview questions live this
        Thursday (9/10) at noon PT. Paid subscribers get the recording. <a href="https://frontendloop.dev/ama">Details</a></p>
        <p>Until next week,<br>Lena</p>
        <hr><p style="font-family:Arial,sans-serif;font-size:12px;color:#888">You&#39;re getting this because you subscribed to
        Frontend Loop. <a href="https://frontendloop.dev/unsubscribe?e=cmVteS5jYXN0ZWxsYW5vcw">Unsubscribe</a></p>
        </div></body></html>
        """)
    hs = head("Lena from Frontend Loop <lena@frontendloop.dev>",
              "#212: Running the room in a mobile system design interview", "2026-09-06 06:00", LA,
              "<20260906130000.212.frontendloop@mail.frontendloop.dev>",
              rcv=("from mail.frontendloop.dev (mail.frontendloop.dev [192.0.2.61])",
                   "mx.google.com with ESMTPS id 00721157ae682-71c0a1b2d3esi33120b3.9"),
              extra=(("List-Unsubscribe", "<https://frontendloop.dev/unsubscribe?e=cmVteS5jYXN0ZWxsYW5vcw>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("List-Id", "Frontend Loop <newsletter.frontendloop.dev>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(body_html)))


# --------------------------------------------------------------------------- 50 candidate survey after the interview


@mail(N(50), family="post_interview", lang="en", interview=False, company="Kestrel Interactive",
      days=(("Tue", "2026-04-21"),),
      note="Greenhouse candidate-experience survey the day after the key-1 interview; names the past "
           "interview, schedules nothing")
def k50() -> bytes:
    body = t("""
        Hi Remy,

        Thank you for interviewing with Kestrel Interactive on Tuesday, April 21. We're always trying
        to make our interview process better, and we'd love to hear how it went for you.

        The survey takes about two minutes and your answers are anonymous – the hiring team only sees
        aggregated results, and nothing you say affects your candidacy.

        Take the survey: https://app.greenhouse.io/candidate_surveys/0c7e19b4d2a6?l=en

        Thanks for your time,
        Kestrel Interactive Recruiting
        """)
    body_html = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Hi Remy,</p>
        <p>Thank you for interviewing with Kestrel Interactive on Tuesday, April 21. We&#39;re always trying to make our
        interview process better, and we&#39;d love to hear how it went for you.</p>
        <p>The survey takes about two minutes and your answers are anonymous &ndash; the hiring team only sees aggregated
        results, and nothing you say affects your candidacy.</p>
        <p><a href="https://app.greenhouse.io/candidate_surveys/0c7e19b4d2a6?l=en">Take the survey</a></p>
        <p>Thanks for your time,<br>Kestrel Interactive Recruiting</p>
        </body></html>
        """)
    hs = head("Kestrel Interactive <no-reply@us.greenhouse-mail.io>",
              "How was your interview with Kestrel Interactive?", "2026-04-22 10:00", LA,
              "<Qw8nT2xLRb0kYm5pVc3dZa.0@ismtpd0041p1iad2.sendgrid.net>",
              rcv=("from o4.us.greenhouse-mail.io (o4.us.greenhouse-mail.io [167.89.14.220])",
                   "mx.google.com with ESMTPS id d9443c01a7336-2bd2a1c0e3fsi2019330ad.88"))
    return message(hs, alt(text(body), html(body_html)))
