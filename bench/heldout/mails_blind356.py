"""blind356: 50 hand-written mails, the inbox of a UX researcher in Eugene, Oregon (Sep-Dec 2026).

Owner: Marisol Ortega <marisol.ortega@example.org> (also m.ortega@example.com), America/Los_Angeles.
Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives; the file number
of key k is ORDER[k - 1]. Written blind (without reading the detector or earlier held-out mails).
Build with ``python3 bench/heldout/make_blind.py blind356``.
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
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind356"
ORDER = random.Random(3560356).sample(range(1, 51), 50)

OWNER = "marisol.ortega@example.org"
OWNER2 = "m.ortega@example.com"
ME = addr("Marisol Ortega", OWNER)
ME2 = addr("Marisol Ortega", OWNER2)
LA = "America/Los_Angeles"
BOI = "America/Boise"
CHI = "America/Chicago"
TOR = "America/Toronto"
BER = "Europe/Berlin"

make.REGISTRY.setdefault(SET, [])


def n(k: int) -> str:
    return f"{SET}_{ORDER[k - 1]:03d}"


def pos(k, family, company, kind, local, zone, note, *, local_end=None, contact=None, lang="en", days=()):
    rest = local.split(" ", 1)[1]
    return make.mail(n(k), family=family, lang=lang, interview=True, company=company, note=note, kind=kind,
                     start=utc(rest, zone), end=utc(local_end, zone) if local_end else None,
                     contact=contact, local=local, local_end=local_end, zone=zone, days=days)


def neg(k, family, company, note, *, days=(), lang="en"):
    return make.mail(n(k), family=family, lang=lang, interview=False, company=company, note=note, days=days)


def _h(seed: str, size: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:size]


def mid(seed: str, domain: str) -> str:
    return f"<{_h(seed, 12)}.{_h(seed + 'x', 8)}@{domain}>"


def gmid(seed: str) -> str:
    raw = hashlib.sha256(seed.encode()).hexdigest()
    return f"<CA{raw[:10].upper()}+{raw[10:30]}_{raw[30:36].upper()}@mail.gmail.com>"


def stamp(local: str, zone: str) -> str:
    return utc(local, zone).replace("-", "").replace(":", "")


def heads(frm, subject, when, zone, msgid, relay, *, to=ME, deliver=OWNER, extra=()):
    ident = f"mx1.example.org (Postfix) with ESMTPS id {_h(msgid, 10).upper()}"
    return [
        ("Delivered-To", deliver),
        ("Received", received(relay, when, zone, ident, deliver)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def simple_html(body: str) -> str:
    """A plain ATS-style HTML rendering of a text body: one paragraph per blank-line block."""
    paras = [p for p in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
        '<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f2933">\n'
        f'<div style="max-width:600px;margin:0 auto">\n{inner}\n</div>\n</body></html>\n'
    )


SES = "from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])"
SENDGRID = "from o1.ptr4410.example-sendgrid.net (o1.ptr4410.example-sendgrid.net [198.51.100.44])"
GMAIL = "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])"
GCAL = "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])"
OUTLOOK = "from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2101.outbound.protection.outlook.com [40.107.237.101])"
MAILGUN = "from m42-7.mailgun.example.net (m42-7.mailgun.example.net [203.0.113.42])"
PLAIN_MX = "from smtp.example.net (smtp.example.net [192.0.2.25])"

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

VTZ_TOR = """BEGIN:VTIMEZONE
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

VTZ_BOI = """BEGIN:VTIMEZONE
TZID:America/Boise
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

TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Meeting ID: {mtg}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

GCAL_FOOT = """
Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""


# =========================================================================== positives


# --- thread A: Cascadia Outdoor Co (Portland): phone screen, onsite moved, then a rejection (key 24)
@pos(1, "greenhouse", "Cascadia Outdoor Co", "scheduled", "Thu 2026-09-10 10:00", LA,
     "Greenhouse confirmation, 'Thursday, September 10, 10:00 - 10:30 AM PDT'; contact = Reply-To recruiter",
     local_end="2026-09-10 10:30", contact="hannah.whitlock@cascadiaoutdoor.com")
def m01() -> bytes:
    body = t("""
        Hi Marisol,

        Thanks for making time to chat with us! This email confirms your phone screen for the
        UX Researcher, Digital Products role at Cascadia Outdoor Co.

        When: Thursday, September 10, 2026, 10:00 - 10:30 AM PDT
        Where: Phone. I'll call you at the number on your application (541-555-0163).
        Who: Hannah Whitlock, Senior Technical Recruiter

        Nothing to prepare, this is a casual conversation about your background, what you're
        looking for, and the team. If anything comes up, just reply to this email and it'll come
        straight to me.

        Talk soon,
        Hannah Whitlock
        Senior Technical Recruiter | Cascadia Outdoor Co
        Portland, OR

        --
        Cascadia Outdoor Co is an equal opportunity employer. Powered by Greenhouse.
        """)
    msgid = mid("m01", "us.greenhouse-mail.io")
    h = heads(addr("Cascadia Outdoor Co", "no-reply@us.greenhouse-mail.io"),
              "Phone screen confirmed - UX Researcher, Digital Products", "2026-09-08 14:22:09", LA, msgid, SENDGRID,
              extra=[("Reply-To", addr("Hannah Whitlock", "hannah.whitlock@cascadiaoutdoor.com"))])
    return message(h, alt(text(body), html(simple_html(body))))


@pos(2, "human_prose", "Cascadia Outdoor Co", "rescheduled", "Thu 2026-10-01 13:00", LA,
     "Recruiter moves the virtual panel from Tue 9/29 1pm to 'Thursday, October 1st, 1:00-3:00pm Pacific'; new time labelled",
     local_end="2026-10-01 15:00", contact="hannah.whitlock@cascadiaoutdoor.com",
     days=(("Tue", "2026-09-29"), ("Thu", "2026-10-01")))
def m02() -> bytes:
    body = t("""
        Hi Marisol,

        Hope your week's going well! Bad news/good news: one of our panelists, Raj, got pulled into
        an offsite on Tuesday, so we need to move your panel off of Tuesday 9/29 at 1pm.

        Good news is everyone can do Thursday, October 1st, 1:00-3:00pm Pacific instead, and you
        already told me Thursdays are open for you, so I went ahead and moved it. Same Zoom link as
        before:
        https://cascadiaoutdoor.zoom.us/j/84410293377?pwd=Q2FzY2FkaWFQYW5lbA

        Agenda is unchanged: 45 min portfolio presentation with Q&A, then two 30 min conversations
        (research partnership w/ product, and a research ops chat with Raj). 15 min buffer in the
        middle.

        If Thursday doesn't actually work anymore let me know asap and I'll rework it. Sorry for the
        shuffle!

        Hannah

        Hannah Whitlock
        Senior Technical Recruiter | Cascadia Outdoor Co
        hannah.whitlock@cascadiaoutdoor.com | 503-555-0118
        """)
    msgid = gmid("m02 cascadia move")
    h = heads(addr("Hannah Whitlock", "hannah.whitlock@cascadiaoutdoor.com"),
              "Panel moved to Thursday 10/1", "2026-09-25 16:05:44", LA, msgid, GMAIL)
    return message(h, alt(text(body), html(gmail_html(body))))


# --- Harborline Health (Seattle): receipt (27), onsite (3), flight (42), bounced thank-you (36)
@pos(3, "lever", "Harborline Health", "scheduled", "Fri 2026-10-16 09:30", LA,
     "Lever onsite itinerary in Seattle, 9:30 AM - 1:00 PM PT (first to last session); contact = Reply-To recruiter",
     local_end="2026-10-16 13:00", contact="tomasz.brennan@harborlinehealth.com")
def m03() -> bytes:
    body = t("""
        Hi Marisol,

        We're excited to host you at our Seattle office! Here are the details for your onsite
        interview for Staff UX Researcher, Care Navigation.

        Date: Friday, October 16, 2026
        Time: 9:30 AM - 1:00 PM Pacific Time
        Location: Harborline Health, 1420 Western Ave, 6th floor, Seattle, WA 98101
        Check in with the front desk on 6 and ask for Tomasz.

        Schedule
        9:30 - 10:15 AM  Research deep dive - Anika Sorensen, Director of UX Research
        10:15 - 11:00 AM  Cross-functional partnership - Eli Moreno, Group PM
        11:00 - 11:45 AM  Methods & craft - Yusuf Adeyemi, Senior UX Researcher
        11:45 AM - 1:00 PM  Lunch with the design team

        Parking is validated at the Western Ave garage. If you have any accessibility needs or
        questions, reply to this email.

        Best,
        Tomasz Brennan
        Recruiting, Harborline Health

        Sent via Lever
        """)
    msgid = mid("m03", "hire.lever.co")
    h = heads(addr("Harborline Health", "no-reply@hire.lever.co"),
              "Your onsite interview with Harborline Health on Friday, October 16", "2026-10-08 11:40:18", LA,
              msgid, SES, extra=[("Reply-To", addr("Tomasz Brennan", "tomasz.brennan@harborlinehealth.com"))])
    return message(h, alt(text(body), html(simple_html(body))))


# --- Fogbank Analytics (SF): interview (4), thanks (46), final round cancelled (17)
@pos(4, "ashby", "Fogbank Analytics", "scheduled", "Tue 2026-10-20 14:00", LA,
     "Ashby confirmation with ICS (America/Los_Angeles), 2:00-2:45 PM PDT; contact = Reply-To / ORGANIZER recruiter",
     local_end="2026-10-20 14:45", contact="aaliyah.grant@fogbank.ai")
def m04() -> bytes:
    body = t("""
        Hi Marisol,

        Your interview is confirmed. We're looking forward to speaking with you!

        Senior UX Researcher - Design Lead Conversation
        Tuesday, October 20, 2026
        2:00 PM - 2:45 PM PDT

        Google Meet: https://meet.google.com/fgb-qrta-kmz

        You'll meet with:
          Chloe Nakamura - Head of Design

        Questions? Just reply and it will reach Aaliyah Grant.

        Thanks,
        Fogbank Analytics Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
UID:ashby-{_h('m04 uid', 32)}
DTSTAMP:{stamp('2026-10-14 10:02:31', LA)}
DTSTART;TZID=America/Los_Angeles:20261020T140000
DTEND;TZID=America/Los_Angeles:20261020T144500
SEQUENCE:0
SUMMARY:Fogbank Analytics - Senior UX Researcher - Design Lead Conversation
LOCATION:https://meet.google.com/fgb-qrta-kmz
ORGANIZER;CN=Aaliyah Grant:mailto:aaliyah.grant@fogbank.ai
ATTENDEE;CN=Marisol Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marisol.ortega@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    msgid = mid("m04", "email.amazonses.com")
    h = heads(addr("Fogbank Analytics", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior UX Researcher at Fogbank Analytics", "2026-10-14 10:02:31", LA, msgid,
              SES, extra=[("Reply-To", addr("Aaliyah Grant", "aaliyah.grant@fogbank.ai"))])
    return message(h, mixed(alt(text(body, cte="base64"), html(simple_html(body), cte="base64")),
                            calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


# --- Lakefront Mutual (Chicago): receipt (28), interview (5)
@pos(5, "workday", "Lakefront Mutual Insurance", "scheduled", "Wed 2026-09-23 11:00", CHI,
     "Workday HTML-only, US date 09/23/2026, 11:00 AM - 12:00 PM Central = 9 AM PDT; contact = recruiter address in body",
     local_end="2026-09-23 12:00", contact="renee.kowalczyk@lakefrontmutual.com")
def m05() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d6b;color:#fff;font-size:18px">Lakefront Mutual Insurance</td></tr>
        <tr><td>
        <p>Dear Marisol Ortega,</p>
        <p>Thank you for your interest in the <b>UX Researcher II (R-20418)</b> position. We are pleased to invite you to a video interview with the hiring team.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Interview Date:</b></td><td>09/23/2026</td></tr>
        <tr><td><b>Interview Time:</b></td><td>11:00 AM - 12:00 PM Central Time</td></tr>
        <tr><td><b>Format:</b></td><td>Microsoft Teams (link to follow from the interview panel)</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Renee Kowalczyk, Talent Acquisition Partner; Greg Duval, Manager, Customer Experience Research</td></tr>
        </table>
        <p>If you need to reschedule or require an accommodation, please contact Renee Kowalczyk at <a href="mailto:renee.kowalczyk@lakefrontmutual.com">renee.kowalczyk@lakefrontmutual.com</a>.</p>
        <p>You can review your application status at any time by signing in to the <a href="https://lakefrontmutual.wd5.myworkdayjobs.com/en-US/careers">Lakefront Mutual Careers site</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Lakefront Mutual Insurance</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">This is a system-generated email. Please do not reply directly to this message.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    msgid = mid("m05", "myworkday.com")
    h = heads(addr("Lakefront Mutual", "lakefrontmutual@myworkday.com"),
              "Interview Invitation - UX Researcher II (R-20418)", "2026-09-17 08:31:02", CHI, msgid,
              "from mail-wd5.myworkday.com (mail-wd5.myworkday.com [198.51.100.131])")
    return message(h, html(body))


# --- Owyhee Data Co (Boise): cancelled (6), position closed (47)
@pos(6, "smartrecruiters", "Owyhee Data Co", "cancelled", "Mon 2026-10-26 09:00", BOI,
     "SmartRecruiters cancellation with METHOD:CANCEL ICS (America/Boise, MDT); cancelled slot labelled; contact = Reply-To recruiter",
     local_end="2026-10-26 10:00", contact="megan.aldous@owyheedata.com")
def m06() -> bytes:
    body = t("""
        Hi Marisol,

        Unfortunately, your interview for the position of User Researcher has been cancelled.

        Cancelled interview:
        Monday, October 26, 2026, 9:00 AM - 10:00 AM (MDT, America/Boise)
        Video call

        The hiring team will reach out if they would like to schedule a new time. We apologize
        for any inconvenience.

        Kind regards,
        Megan Aldous
        Owyhee Data Co
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:CANCEL
{VTZ_BOI}
BEGIN:VEVENT
UID:sr-int-{_h('m06 uid', 24)}@smartrecruiters.com
DTSTAMP:{stamp('2026-10-21 15:10:40', BOI)}
DTSTART;TZID=America/Boise:20261026T090000
DTEND;TZID=America/Boise:20261026T100000
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview: User Researcher - Owyhee Data Co
ORGANIZER;CN=Megan Aldous:mailto:megan.aldous@owyheedata.com
ATTENDEE;CN=Marisol Ortega;ROLE=REQ-PARTICIPANT:mailto:marisol.ortega@example.org
END:VEVENT
END:VCALENDAR"""
    msgid = mid("m06", "smartrecruiters.com")
    h = heads(addr("Owyhee Data Co", "noreply@smartrecruiters.com"),
              "Interview cancelled: User Researcher", "2026-10-21 15:10:40", BOI, msgid, SENDGRID,
              extra=[("Reply-To", addr("Megan Aldous", "megan.aldous@owyheedata.com"))])
    return message(h, mixed(alt(text(body), html(simple_html(body))),
                            calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment",
                                     name_param=True)))


@pos(7, "icims", "Willamette Valley Health", "scheduled", "Tue 2026-10-13 15:30", LA,
     "iCIMS plain text, US date 10/13/2026 3:30 PM Pacific, 'Duration: 45 minutes'; contact = coordinator address in signature",
     local_end="2026-10-13 16:15", contact="gloria.ferris@wvhealth.org")
def m07() -> bytes:
    body = t("""
        Dear Marisol,

        Thank you for your interest in Willamette Valley Health. You have been scheduled for an
        interview for the following position:

        Position: UX Research Specialist - Patient Digital Experience (Req #2026-4471)
        Interview Type: Video (Microsoft Teams)
        Date: 10/13/2026
        Time: 3:30 PM Pacific
        Duration: 45 minutes
        Interviewer(s): Dr. Alan Prescott, Kim Vu

        A Teams link will be sent separately by the interviewer. Please make sure your camera and
        microphone work before the call.

        If you have any questions, please contact me directly.

        Gloria Ferris
        Talent Acquisition Coordinator
        Willamette Valley Health | Salem, Oregon
        gloria.ferris@wvhealth.org | (503) 555-0142

        This email was sent from an unmonitored address. Please do not reply.
        """)
    msgid = mid("m07", "talent.icims.com")
    h = heads(addr("Willamette Valley Health", "willamettevalleyhealth@talent.icims.com"),
              "Interview Scheduled: UX Research Specialist - Patient Digital Experience", "2026-10-06 09:15:27", LA,
              msgid, "from mail12.icims.com (mail12.icims.com [198.51.100.77])")
    return message(h, text(body, charset="us-ascii", cte="7bit"))


# --- Northcove Labs (Toronto, remote): proposal (34), then this
@pos(8, "workable", "Northcove Labs", "scheduled", "Thu 2026-10-22 13:00", TOR,
     "Workable; 'Thursday, October 22, 2026 at 1:00 PM EDT (America/Toronto)' for 60 minutes; Reply-To is a Workable relay, contact = hiring manager in body",
     local_end="2026-10-22 14:00", contact="julien.tremblay@northcovelabs.ca")
def m08() -> bytes:
    body = t("""
        Hi Marisol,

        Your interview for the Product Researcher (Remote, North America) job at Northcove Labs has
        been scheduled.

        Thursday, October 22, 2026 at 1:00 PM EDT (America/Toronto)
        Duration: 60 minutes
        Video call: https://whereby.com/northcove-hiring

        You'll be speaking with Julien Tremblay (Head of Product) and Ama Owusu (Product Designer).

        Julien asked me to pass along: "Looking forward to it! Feel free to email me directly at
        julien.tremblay@northcovelabs.ca if you'd like to share anything in advance."

        Need to make a change? Reply to this email.

        Northcove Labs Hiring Team

        --
        Sent with Workable. Workable is used by Northcove Labs to manage its hiring.
        """)
    msgid = mid("m08", "workablemail.com")
    h = heads(addr("Northcove Labs", "noreply@candidates.workablemail.com"),
              "Interview scheduled: Product Researcher at Northcove Labs", "2026-10-16 13:20:55", TOR, msgid,
              MAILGUN, extra=[("Reply-To", "northcove-labs+c8f31a09d2@candidates.workablemail.com")])
    return message(h, alt(text(body), html(simple_html(body))))


@pos(9, "personio", "Brightfern", "scheduled", "Mon 2026-11-09 08:00", LA,
     "Personio mail sent from Berlin (Date +0100); 'Monday, November 9, 2026, 8:00 - 8:45 AM Pacific Time (5:00 PM CET)' after US DST ended; contact = Reply-To recruiter",
     local_end="2026-11-09 08:45", contact="lena.vogt@brightfern.io")
def m09() -> bytes:
    body = t("""
        Hi Marisol,

        Thank you for applying to Brightfern! We'd love to get to know you better and have set up a
        first conversation for the position "UX Researcher (Remote, US)".

        Date: Monday, November 9, 2026
        Time: 8:00 - 8:45 AM Pacific Time (5:00 PM CET)
        Interviewer: Lena Vogt, People & Talent
        Location: Google Meet - https://meet.google.com/brf-wnoa-teq

        Heads-up: the US switches back to standard time on November 1, so the gap to Berlin is 9 hours
        that week. The time above is already correct for you.

        If you have any questions, simply reply to this email.

        Best regards,
        Lena Vogt
        People & Talent | Brightfern
        Brightfern GmbH, Torstrasse 140, 10119 Berlin

        This email was sent via Personio.
        """)
    msgid = mid("m09", "mail.personio.de")
    h = heads(addr("Brightfern", "no-reply@mail.personio.de"),
              "Your interview with Brightfern", "2026-11-03 18:00:12", BER, msgid,
              "from mail-out3.personio.de (mail-out3.personio.de [203.0.113.88])",
              extra=[("Reply-To", addr("Lena Vogt", "lena.vogt@brightfern.io"))])
    return message(h, alt(text(body), html(simple_html(body))))


# --- Kelpie Health (Oakland): out of office (35), moved interview (10)
@pos(10, "recruitee", "Kelpie Health", "rescheduled", "Fri 2026-11-13 13:30", LA,
     "Recruitee 'Interview rescheduled' from Wed Nov 11 11:00 AM to Fri Nov 13 1:30-2:15 PM PST; new time labelled; contact = recruiter address in body",
     local_end="2026-11-13 14:15", contact="sienna.marsh@kelpiehealth.com",
     days=(("Wed", "2026-11-11"), ("Fri", "2026-11-13")))
def m10() -> bytes:
    body = t("""
        Hi Marisol,

        Your interview for Senior UX Researcher at Kelpie Health has been rescheduled.

        Previous time: Wednesday, November 11, 2026, 11:00 AM PST
        New time: Friday, November 13, 2026, 1:30 PM - 2:15 PM PST

        Location: Zoom (https://kelpiehealth.zoom.us/j/93381022416)
        Interviewers: Sienna Marsh, Omar Castellanos

        Sorry for the change! If the new time doesn't suit you, please get in touch with Sienna Marsh
        at sienna.marsh@kelpiehealth.com.

        Kelpie Health
        """)
    msgid = mid("m10", "recruiteemail.com")
    h = heads(addr("Kelpie Health", "kelpie-health@recruiteemail.com"),
              "Interview rescheduled - Senior UX Researcher", "2026-11-06 10:45:33", LA, msgid, MAILGUN)
    return message(h, alt(text(body), html(simple_html(body))))


@pos(11, "jazzhr", "Treasure Valley Credit Union", "scheduled", "Tue 2026-11-17 14:00", BOI,
     "JazzHR, 'Tuesday, November 17, 2026 at 2:00 PM Mountain Time' (MST); 'approximately one hour' so end null; contact = Reply-To HR manager",
     contact="cibarra@treasurevalleycu.org")
def m11() -> bytes:
    body = t("""
        Hello Marisol,

        Thank you for your interest in the Member Experience Researcher position with Treasure Valley
        Credit Union. We would like to confirm your interview:

        Tuesday, November 17, 2026 at 2:00 PM Mountain Time
        (that's 1:00 PM Pacific for you in Oregon)

        The interview will be held by phone and should last approximately one hour. Our hiring
        manager, Dale Sorensen, will call you at 541-555-0163.

        Please reply to this message to let us know you received it.

        Thank you,

        Carla Ibarra
        HR Manager
        Treasure Valley Credit Union
        Boise, Idaho
        """)
    msgid = mid("m11", "applytojob.com")
    h = heads(addr("Treasure Valley Credit Union", "no-reply@applytojob.com"),
              "Interview Confirmation - Member Experience Researcher", "2026-11-10 13:05:50", BOI, msgid,
              SENDGRID, extra=[("Reply-To", addr("Carla Ibarra", "cibarra@treasurevalleycu.org"))])
    return message(h, alt(text(body), html(simple_html(body))))


# --- Quillstack (SF): take-home (44), availability (33), onsite (12), survey (50)
@pos(12, "goodtime", "Quillstack", "scheduled", "Thu 2026-12-03 09:00", LA,
     "GoodTime virtual onsite itinerary, three sessions 9:00 AM to 12:00 PM PST: start = first, end = last; contact = Reply-To coordinator",
     local_end="2026-12-03 12:00", contact="jonah.pierce@quillstack.com")
def m12() -> bytes:
    body = t("""
        Hi Marisol,

        Your virtual onsite for Senior UX Researcher is all set! Here is your itinerary. All times
        are shown in Pacific Time (PST).

        Thursday, December 3, 2026

        9:00 AM - 9:45 AM
          Take-home walkthrough with Priya Sundaram (Research Manager)
        10:00 AM - 10:45 AM
          Product partnership with Luis Ferreira (Product Lead, Payments)
        11:15 AM - 12:00 PM
          Values & collaboration with Dana Whitfield (VP Design)

        Each session has its own Zoom link in the calendar invite you'll receive from each
        interviewer. Please join a couple of minutes early.

        Have a question or need to reschedule? Just reply to this email.

        Good luck!
        Jonah Pierce
        Recruiting Coordinator, Quillstack

        Scheduled with GoodTime
        """)
    msgid = mid("m12", "goodtime.io")
    h = heads(addr("Quillstack Recruiting", "no-reply@goodtime.io"),
              "Your Quillstack virtual onsite itinerary - Thursday, December 3", "2026-11-25 12:30:16", LA, msgid,
              SENDGRID, extra=[("Reply-To", addr("Jonah Pierce", "jonah.pierce@quillstack.com"))])
    return message(h, alt(text(body), html(simple_html(body))))


@pos(13, "calendly", "Ovenbird Learning", "rescheduled", "Wed 2026-09-16 11:30", LA,
     "Calendly invitee mail 'Rescheduled': former Mon 9/14 9:00am, updated Wed 9/16 11:30am-12:00pm Pacific; contact = Reply-To host",
     local_end="2026-09-16 12:00", contact="kevin.osei@ovenbirdlearning.com",
     days=(("Mon", "2026-09-14"), ("Wed", "2026-09-16")))
def m13() -> bytes:
    body = t("""
        Hi Marisol Ortega,

        Your event has been rescheduled.

        Event Type:
        Recruiter Intro Call (30 min)

        Former:
        09:00am - 09:30am (Pacific Time - US & Canada)
        Monday, September 14, 2026

        Updated:
        11:30am - 12:00pm (Pacific Time - US & Canada)
        Wednesday, September 16, 2026

        Invitee:
        Marisol Ortega

        Invitee Email:
        marisol.ortega@example.org

        Location:
        Kevin will call you at +1 541-555-0163

        Reason for rescheduling:
        "Conflict came up on Monday morning, sorry about that!"

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5b2e1f0a-77c4-4d1e-9f3a-2c6d8e0b1a44
        Reschedule: https://calendly.com/reschedulings/5b2e1f0a-77c4-4d1e-9f3a-2c6d8e0b1a44

        Powered by Calendly.com
        """)
    msgid = mid("m13", "calendly.com")
    h = heads(addr("Calendly", "notifications@calendly.com"),
              "Rescheduled: Recruiter Intro Call (30 min) with Kevin Osei", "2026-09-10 19:48:03", LA, msgid,
              SENDGRID, extra=[("Reply-To", addr("Kevin Osei", "kevin.osei@ovenbirdlearning.com"))])
    return message(h, alt(text(body), html(simple_html(body))))


@pos(14, "ms_bookings", "McKenzie River Public Utility", "scheduled", "Thu 2026-12-10 10:00", LA,
     "Microsoft Bookings from a shared mailbox, '(UTC-08:00) Pacific Time (US & Canada)', ICS TZID Pacific Standard Time; contact = HR generalist address in body",
     local_end="2026-12-10 11:00", contact="tlindqvist@mrpu.org")
def m14() -> bytes:
    body = t("""
        Your booking has been confirmed

        Hi Marisol Ortega,

        Thank you for booking with McKenzie River Public Utility - Hiring.

        Panel Interview - Customer Insights Analyst
        Thursday, December 10, 2026
        10:00 AM - 11:00 AM (UTC-08:00) Pacific Time (US & Canada)

        Staff: Tessa Lindqvist
        Location: MRPU Service Center, 225 North 5th Street, Springfield, OR 97477 (Room 2B)

        Please bring a printed copy of your work sample. Questions about your interview? Email Tessa
        Lindqvist, HR Generalist, at tlindqvist@mrpu.org.

        Add to calendar | Manage booking
        https://outlook.office365.com/owa/calendar/MRPUHiring@mrpu.org/bookings/

        This booking is powered by Microsoft Bookings.
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_PST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=McKenzie River Public Utility - Hiring:mailto:MRPUHiring@mrpu.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Ortega:mailto:marisol.ortega@example.org
DESCRIPTION;LANGUAGE=en-US:Panel Interview - Customer Insights Analyst\\nStaff: Tessa Lindqvist\\n
UID:040000008200E00074C5B7101A82E00800000000{_h('m14 uid', 24).upper()}
SUMMARY;LANGUAGE=en-US:Panel Interview - Customer Insights Analyst
DTSTART;TZID=Pacific Standard Time:20261210T100000
DTEND;TZID=Pacific Standard Time:20261210T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp('2026-12-02 08:12:44', LA)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:MRPU Service Center\\, 225 North 5th Street\\, Springfield\\, OR 97477
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    msgid = f"<{_h('m14', 8)}-{_h('m14b', 4)}@BN8PR12MB3321.namprd12.prod.outlook.com>"
    h = heads(addr("McKenzie River Public Utility - Hiring", "MRPUHiring@mrpu.org"),
              "Your booking has been confirmed - Panel Interview - Customer Insights Analyst",
              "2026-12-02 08:12:44", LA, msgid, OUTLOOK, extra=[("Content-Language", "en-US")])
    return message(h, alt(text(body), html(simple_html(body)), calendar(ics, method="REQUEST", cte="base64")))


def _brightwater_ics(seq: int, day: str, start: str, end: str, when: str) -> str:
    return f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ['Central Standard Time']}
BEGIN:VEVENT
ORGANIZER;CN=Marcus Webb:mailto:mwebb@brightwaterlogistics.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Ortega:mailto:marisol.ortega@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Natarajan:mailto:pnatarajan@brightwaterlogistics.com
UID:040000008200E00074C5B7101A82E00800000000D1A7C5E2B86ADC01000000000000000010000000{_h('bw uid', 16).upper()}
SUMMARY;LANGUAGE=en-US:Interview: Marisol Ortega - Senior UX Researcher (Shipper Portal)
DTSTART;TZID=Central Standard Time:{day}T{start}
DTEND;TZID=Central Standard Time:{day}T{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp(when, CHI)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:{seq}
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:-1928374650
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:mwebb@brightwaterlogistics.com\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_{_h('bw teams', 20)}-thread.v2!{_h('bw t2', 12)}
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


def _outlook_heads(subject, when, seed, topic):
    msgid = f"<{_h(seed, 8).upper()}{_h(seed + '1', 24).upper()}@CH3PR09MB8821.namprd09.prod.outlook.com>"
    return heads(addr("Marcus Webb", "mwebb@brightwaterlogistics.com"), subject, when, CHI, msgid, OUTLOOK,
                 to=f"{ME}, {addr('Priya Natarajan', 'pnatarajan@brightwaterlogistics.com')}",
                 extra=[("Thread-Topic", topic), ("Thread-Index", "AdtK" + _h(seed + "ti", 20)),
                        ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-US")])


# --- Brightwater Logistics (Chicago): invite (15), moved (16), rejection (25)
@pos(15, "outlook_calendar", "Brightwater Logistics", "scheduled", "Tue 2026-10-27 13:00", CHI,
     "Exchange meeting request, TZID 'Central Standard Time' (CDT in October), time only in ICS and Outlook's 'When' line; contact = organizer",
     local_end="2026-10-27 14:00", contact="mwebb@brightwaterlogistics.com")
def m15() -> bytes:
    body = t("""
        Hi Marisol,

        Sending over the invite for your interview with Priya and me. We'll spend the first half on
        a past project of your choosing and the second half on how you'd approach research for our
        shipper portal. No slides needed.

        Looking forward to it,
        Marcus

        Marcus Webb
        Director, Product Design | Brightwater Logistics
        312-555-0176

        """) + TEAMS.format(tid=_h("bw teams", 20), mtg="263 551 804 917", pc="Kp3wX9")
    h = _outlook_heads("Interview: Marisol Ortega - Senior UX Researcher (Shipper Portal)",
                       "2026-10-21 09:30:06", "m15", "Interview: Marisol Ortega - Senior UX Researcher (Shipper Portal)")
    ics = _brightwater_ics(0, "20261027", "130000", "140000", "2026-10-21 09:30:06")
    return message(h, alt(text(body), html(simple_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@pos(16, "outlook_calendar", "Brightwater Logistics", "rescheduled", "Thu 2026-10-29 15:00", CHI,
     "Exchange update SEQUENCE:1 of key 15, moved to Thursday 3-4 PM Central; new time labelled; contact = organizer",
     local_end="2026-10-29 16:00", contact="mwebb@brightwaterlogistics.com")
def m16() -> bytes:
    body = t("""
        Hi Marisol - moving us to Thursday afternoon as we discussed, 3-4 Central (1-2 your time).
        Same Teams link. Thanks for being flexible!

        Marcus

        """) + TEAMS.format(tid=_h("bw teams", 20), mtg="263 551 804 917", pc="Kp3wX9")
    h = _outlook_heads("Updated: Interview: Marisol Ortega - Senior UX Researcher (Shipper Portal)",
                       "2026-10-23 14:47:51", "m16", "Interview: Marisol Ortega - Senior UX Researcher (Shipper Portal)")
    ics = _brightwater_ics(1, "20261029", "150000", "160000", "2026-10-23 14:47:51")
    return message(h, alt(text(body), html(simple_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@pos(17, "human_prose", "Fogbank Analytics", "cancelled", "Thu 2026-11-05 10:00", LA,
     "Recruiter cancels the final round 'this Thursday, Nov 5, 10 AM - 2 PM PT' because the req is on hold; cancelled slot labelled (PST, after DST ended)",
     local_end="2026-11-05 14:00", contact="aaliyah.grant@fogbank.ai")
def m17() -> bytes:
    body = t("""
        Hi Marisol,

        I'm really sorry to be sending this. Late Friday our leadership team put the Senior UX
        Researcher req on hold while they finalize 2027 planning, which means we have to cancel your
        final round this Thursday, Nov 5, 10 AM - 2 PM PT. The interviewers have all been notified
        and you'll see the calendar holds disappear.

        This isn't a reflection on you at all. The feedback from Chloe was genuinely great, and if
        the role reopens in Q1 you'd be the first person I call. I know you've put a lot of time
        into this and I appreciate your patience.

        Happy to hop on a quick call if it'd help to talk it through.

        Warmly,
        Aaliyah

        Aaliyah Grant | Recruiting Lead, Fogbank Analytics
        aaliyah.grant@fogbank.ai
        """)
    msgid = gmid("m17 fogbank cancel")
    h = heads(addr("Aaliyah Grant", "aaliyah.grant@fogbank.ai"), "Your final round on Thursday",
              "2026-11-02 09:20:37", LA, msgid, GMAIL)
    return message(h, alt(text(body), html(gmail_html(body))))


@pos(18, "google_calendar", "Maplewire", "scheduled", "Tue 2026-11-03 15:00", TOR,
     "Google Calendar invitation sent in EDT for 'Tue Nov 3, 2026 3pm - 4pm (EST)' Toronto, after DST ended (noon PST); contact = organizer / Reply-To",
     local_end="2026-11-03 16:00", contact="sophie.lavoie@maplewire.ca")
def m18() -> bytes:
    body = t("""
        Marisol / Maplewire - portfolio review
        Tuesday Nov 3, 2026 ⋅ 3pm – 4pm (Eastern Time - Toronto)

        Join with Google Meet
        meet.google.com/mpw-hxkd-rtu

        Join by phone
        (CA) +1 647-555-0190 PIN: 402 118 739#

        Hi Marisol! Looking forward to your portfolio review with the research team. Plan for ~40 min
        presenting and the rest for questions. - Sophie

        Organizer
        Sophie Lavoie
        sophie.lavoie@maplewire.ca

        Guests
        Sophie Lavoie - organizer
        Theo Marchand
        marisol.ortega@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=bXB3cG9ydGZvbGlv

        Reply for marisol.ortega@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        More options https://calendar.google.com/calendar/event?action=VIEW
        """) + GCAL_FOOT
    uid = f"{_h('m18 uid', 26)}@google.com"
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_TOR}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261103T150000
DTEND;TZID=America/Toronto:20261103T160000
DTSTAMP:{stamp('2026-10-29 11:02:14', TOR)}
ORGANIZER;CN=Sophie Lavoie:mailto:sophie.lavoie@maplewire.ca
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sophie Lavoie;X-NUM-GUESTS=0:mailto:sophie.lavoie@maplewire.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Theo Marchand;X-NUM-GUESTS=0:mailto:theo.marchand@maplewire.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marisol.ortega@example.org;X-NUM-GUESTS=0:mailto:marisol.ortega@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/mpw-hxkd-rtu
CREATED:{stamp('2026-10-29 11:01:40', TOR)}
DESCRIPTION:Hi Marisol! Looking forward to your portfolio review with the research team. Plan for ~40 min presenting and the rest for questions. - Sophie\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/mpw-hxkd-rtu\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:{stamp('2026-10-29 11:02:13', TOR)}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marisol / Maplewire - portfolio review
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    msgid = f"<calendar-{_h('m18', 8)}-{_h('m18a', 4)}-{_h('m18b', 4)}-{_h('m18c', 12)}@google.com>"
    h = heads(addr("Sophie Lavoie", "sophie.lavoie@maplewire.ca"),
              "Invitation: Marisol / Maplewire - portfolio review @ Tue Nov 3, 2026 3pm - 4pm (EST) (marisol.ortega@example.org)",
              "2026-10-29 11:02:14", TOR, msgid, GCAL,
              extra=[("Reply-To", "sophie.lavoie@maplewire.ca"), ("Sender", "Google Calendar <calendar-notification@google.com>")])
    cal = calendar(ics, method="REQUEST", cte="base64")
    attach = calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)
    return message(h, mixed(alt(text(body), html(simple_html(body)), cal), attach))


# --- Rainier Robotics (Seattle): availability request (32), then the canceled screen
@pos(19, "google_calendar", "Rainier Robotics", "cancelled", "Fri 2026-09-18 11:00", LA,
     "Google Calendar 'Canceled event' with METHOD:CANCEL, Fri Sep 18 11am-11:45am (PDT); contact = organizer hiring manager",
     local_end="2026-09-18 11:45", contact="ben.okafor@rainierrobotics.com")
def m19() -> bytes:
    body = t("""
        This event has been canceled.

        Marisol Ortega <> Rainier Robotics (hiring manager screen)
        Friday Sep 18, 2026 ⋅ 11am – 11:45am (Pacific Time - Los Angeles)

        Ben Okafor has canceled this event. Note from Ben: "So sorry Marisol, we just paused
        hiring for this role. I'll follow up by email."

        Organizer
        Ben Okafor
        ben.okafor@rainierrobotics.com

        Guests
        Ben Okafor - organizer
        marisol.ortega@example.org
        """) + GCAL_FOOT
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ_LA}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260918T110000
DTEND;TZID=America/Los_Angeles:20260918T114500
DTSTAMP:{stamp('2026-09-15 16:30:02', LA)}
ORGANIZER;CN=Ben Okafor:mailto:ben.okafor@rainierrobotics.com
UID:{_h('m19 uid', 26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=marisol.ortega@example.org;X-NUM-GUESTS=0:mailto:marisol.ortega@example.org
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Marisol Ortega <> Rainier Robotics (hiring manager screen)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    msgid = f"<calendar-{_h('m19', 8)}-{_h('m19a', 4)}-{_h('m19b', 4)}-{_h('m19c', 12)}@google.com>"
    h = heads(addr("Google Calendar", "calendar-notification@google.com"),
              "Canceled event: Marisol Ortega <> Rainier Robotics (hiring manager screen) @ Fri Sep 18, 2026 11am - 11:45am (PDT) (marisol.ortega@example.org)",
              "2026-09-15 16:30:02", LA, msgid, GCAL,
              extra=[("Reply-To", "ben.okafor@rainierrobotics.com")])
    return message(h, mixed(alt(text(body), html(simple_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                            calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


# --- Stumptown Civic Design (Portland): interview (20), offer (26)
@pos(20, "human_prose", "Stumptown Civic Design", "scheduled", "Thu 2026-11-19 14:00", LA,
     "Casual hiring manager mail 'See you Thursday at 2!' resolved against Date (Mon Nov 16 PST); 'about an hour' so end null; contact = sender",
     contact="gabe@stumptowncivic.com")
def m20() -> bytes:
    body = t("""
        Hey Marisol,

        Great talking Friday, and thanks for sending the case study so fast. Everybody's on board
        so let's do it: see you Thursday at 2! You'll meet me, Rosa (our other researcher) and
        Kwame who runs the gov services practice. Should take about an hour.

        We're at 2211 SE Division, upstairs from the bike shop. Street parking is usually fine
        midafternoon. Text me if you get lost, 971-555-0134.

        Safe drive up from Eugene,
        Gabe

        --
        Gabe Lindgren (he/him)
        Research Lead, Stumptown Civic Design
        stumptowncivic.com
        """)
    msgid = gmid("m20 stumptown")
    h = heads(addr("Gabe Lindgren", "gabe@stumptowncivic.com"), "Thursday!", "2026-11-16 17:42:20", LA, msgid,
              GMAIL)
    return message(h, alt(text(body), html(gmail_html(body))))


@pos(21, "reply_quoted", "Pinecrest Games", "scheduled", "Wed 2026-09-30 10:00", LA,
     "Hiring manager's reply on top of the quoted thread locks in 'Wednesday the 30th at 10am Pacific'; 60 minutes stated in the quoted proposal; contact = sender",
     local_end="2026-09-30 11:00", contact="wen.zhao@pinecrestgames.com",
     days=(("Tue", "2026-09-29"), ("Wed", "2026-09-30")))
def m21() -> bytes:
    body = t("""
        Perfect, you're locked in for Wednesday the 30th at 10am Pacific. I just sent the Teams invite
        from my calendar. See you then!

        Wen

        On Thu, Sep 24, 2026 at 1:52 PM Marisol Ortega <marisol.ortega@example.org> wrote:
        > Hi Wen,
        >
        > Wednesday at 10 works great for me. Thanks for being flexible with the time.
        >
        > Best,
        > Marisol
        >
        > On Wed, Sep 23, 2026 at 4:30 PM Wen Zhao <wen.zhao@pinecrestgames.com> wrote:
        >> Hi Marisol,
        >>
        >> Thanks for applying to the Games User Researcher role! I'd love to set up a 60-minute
        >> video interview with me and our playtest lead. Would Tuesday 9/29 at 2pm or Wednesday 9/30
        >> at 10am (both Pacific) work for you?
        >>
        >> Wen Zhao
        >> Games User Research Manager, Pinecrest Games
        >> Bellevue, WA
        """)
    msgid = gmid("m21 pinecrest reply")
    prev = gmid("m21 marisol")
    h = heads(addr("Wen Zhao", "wen.zhao@pinecrestgames.com"), "Re: Games User Researcher - interview",
              "2026-09-24 15:11:05", LA, msgid, GMAIL,
              extra=[("In-Reply-To", prev), ("References", f"{gmid('m21 wen first')} {prev}")])
    return message(h, alt(text(body), html(gmail_html(body))))


@pos(22, "forwarded", "Juniper Ledger", "scheduled", "Mon 2026-12-14 12:00", CHI,
     "Owner forwards (from her second address) a recruiter mail: 'Monday, December 14 at 12:00 p.m. CT (10 a.m. your time)' for 60 minutes; contact = recruiter in the forwarded header",
     local_end="2026-12-14 13:00", contact="dprice@juniperledger.com")
def m22() -> bytes:
    body = t("""
        fwding to my main inbox so it's on my calendar

        ---------- Forwarded message ---------
        From: Danielle Price <dprice@juniperledger.com>
        Date: Mon, Dec 7, 2026 at 3:12 PM
        Subject: Interview confirmation - Senior Product Researcher
        To: <m.ortega@example.com>


        Hi Marisol,

        Thanks for getting back to me so quickly. Confirming your interview for the Senior Product
        Researcher role (remote) on Monday, December 14 at 12:00 p.m. CT (10 a.m. your time). You'll
        meet with Harold Kim, our VP of Product, for 60 minutes over Zoom:

        https://juniperledger.zoom.us/j/81177304229

        Harold will want to hear about a project where research changed a roadmap decision. Let me
        know if you have any questions before then.

        Best,
        Danielle

        Danielle Price
        Talent Partner | Juniper Ledger
        Chicago, IL
        """)
    msgid = gmid("m22 fwd")
    h = heads(ME2, "Fwd: Interview confirmation - Senior Product Researcher", "2026-12-08 07:55:19", LA,
              msgid, GMAIL, to=ME)
    return message(h, alt(text(body), html(gmail_html(body))))


@pos(23, "rfc822_attachment", "Loomwise", "scheduled", "Wed 2026-12-16 09:00", LA,
     "Owner forwards a Teamtailor confirmation as a message/rfc822 attachment; inner ICS America/Los_Angeles 9-10 AM; contact = recruiter Reply-To of the attached mail",
     local_end="2026-12-16 10:00", contact="kira.matsuda@loomwise.com")
def m23() -> bytes:
    inner_body = t("""
        Hi Marisol,

        Your interview for the position UX Researcher, Growth has been booked.

        Wednesday, December 16, 2026
        9:00 AM - 10:00 AM (Pacific Time)
        Video meeting: https://meet.google.com/lmw-gzbc-yap

        You'll meet Kira Matsuda (Talent Partner) and Felix Aronsson (Design Manager). The calendar
        invite is attached.

        If you need to change anything, just reply to this email.

        Best wishes,
        Kira Matsuda
        Loomwise

        Sent via Teamtailor
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Interview//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
UID:tt-{_h('m23 uid', 20)}@teamtailor.com
DTSTAMP:{stamp('2026-12-08 16:03:00', LA)}
DTSTART;TZID=America/Los_Angeles:20261216T090000
DTEND;TZID=America/Los_Angeles:20261216T100000
SUMMARY:Interview: UX Researcher, Growth (Loomwise)
LOCATION:https://meet.google.com/lmw-gzbc-yap
ORGANIZER;CN=Kira Matsuda:mailto:kira.matsuda@loomwise.com
ATTENDEE;CN=Marisol Ortega;RSVP=TRUE:mailto:m.ortega@example.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    inner_h = [
        ("From", addr("Loomwise", "noreply@teamtailor-mail.com")),
        ("Reply-To", addr("Kira Matsuda", "kira.matsuda@loomwise.com")),
        ("To", ME2),
        ("Subject", "Interview booked: UX Researcher, Growth"),
        ("Date", date("2026-12-08 16:03:00", LA)),
        ("Message-ID", mid("m23 inner", "teamtailor-mail.com")),
    ]
    inner = message(inner_h, mixed(alt(text(inner_body), html(simple_html(inner_body))),
                                    calendar(ics, method="REQUEST", filename="interview.ics",
                                             disposition="attachment")))
    outer_body = t("""
        Forwarding this from my other account so I don't lose track of it. Prep doc is in Drive.

        -M
        """)
    msgid = mid("m23 outer", "example.com")
    h = heads(ME2, "Fwd: Interview booked: UX Researcher, Growth", "2026-12-09 20:15:42", LA, msgid, PLAIN_MX,
              to=ME)
    return message(h, mixed(text(outer_body, cte="7bit", charset="us-ascii"),
                            attached_message(inner, "Interview booked.eml")))


# =========================================================================== negatives


@neg(24, "rejection", "Cascadia Outdoor Co",
     "Greenhouse rejection after the panel (thread of keys 1-2); no time")
def m24() -> bytes:
    body = t("""
        Hi Marisol,

        Thank you so much for spending time with our team over the past few weeks, and for the
        thoughtful presentation last Thursday. Everyone enjoyed meeting you.

        After a lot of discussion, we've decided to move forward with another candidate whose
        experience more closely matches what the team needs right now. This was a difficult
        decision, and it is not a reflection of the quality of your work.

        We'd love to stay in touch for future roles, and I'll keep your profile active on our side.

        Wishing you all the best,
        Hannah Whitlock
        Senior Technical Recruiter | Cascadia Outdoor Co
        """)
    msgid = mid("m24", "us.greenhouse-mail.io")
    h = heads(addr("Cascadia Outdoor Co", "no-reply@us.greenhouse-mail.io"),
              "Update on your application - UX Researcher, Digital Products", "2026-10-09 10:10:31", LA, msgid,
              SENDGRID, extra=[("Reply-To", addr("Hannah Whitlock", "hannah.whitlock@cascadiaoutdoor.com"))])
    return message(h, alt(text(body), html(simple_html(body))))


@neg(25, "rejection", "Brightwater Logistics",
     "Hiring manager's rejection after the moved interview (thread of keys 15-16), Outlook prose")
def m25() -> bytes:
    body = t("""
        Hi Marisol,

        I wanted to reach out personally. Thank you again for the conversation on the 29th - Priya
        and I both really enjoyed your take on the carrier onboarding research.

        We've decided to go with a candidate who has more direct logistics domain experience for this
        role. It was a close call. If you're open to it, I'd like to keep you in mind for the
        research ops role we’re planning for next year – I think it’d suit you.

        All the best,
        Marcus

        Marcus Webb
        Director, Product Design | Brightwater Logistics
        312-555-0176

        CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended
        recipient(s) and may contain confidential information. If you are not the intended
        recipient, please notify the sender and delete all copies.
        """)
    msgid = f"<{_h('m25', 8).upper()}{_h('m25b', 24).upper()}@CH3PR09MB8821.namprd09.prod.outlook.com>"
    h = heads(addr("Marcus Webb", "mwebb@brightwaterlogistics.com"), "Senior UX Researcher - follow up",
              "2026-11-12 08:40:12", CHI, msgid, OUTLOOK,
              extra=[("Thread-Topic", "Senior UX Researcher - follow up"), ("Content-Language", "en-US")])
    return message(h, alt(text(body, charset="windows-1252"), html(simple_html(body))))


@neg(26, "offer", "Stumptown Civic Design",
     "Offer letter after the interview of key 20; start date and reply-by date are not an interview",
     days=(("Fri", "2026-12-04"), ("Mon", "2027-01-04")))
def m26() -> bytes:
    body = t("""
        Hi Marisol,

        I'm thrilled to officially offer you the role of Senior Design Researcher at Stumptown Civic
        Design! Your offer letter is attached as a PDF. The highlights:

        - Salary: $118,000/year
        - Start date: Monday, January 4, 2027 (flexible)
        - Hybrid: 2 days a week in our Portland studio, and we cover the train from Eugene
        - Health, dental, vision, and 4 weeks PTO

        Could you let me know by Friday, December 4 whether you'd like to accept? Totally happy to
        talk through any questions, just call me.

        We really hope you'll join us.

        Gabe
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Offer_Letter_M_Ortega.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Offer_Letter_M_Ortega.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKJSVFT0YK\r\n")
    msgid = gmid("m26 offer")
    h = heads(addr("Gabe Lindgren", "gabe@stumptowncivic.com"), "Offer - Senior Design Researcher 🎉",
              "2026-12-01 12:15:09", LA, msgid, GMAIL)
    return message(h, mixed(alt(text(body), html(gmail_html(body))), pdf))


@neg(27, "application_receipt", "Harborline Health", "Lever application acknowledgement; no time")
def m27() -> bytes:
    body = t("""
        Hi Marisol,

        Thanks for applying to Harborline Health! We've received your application for Staff UX
        Researcher, Care Navigation and our team will review it shortly.

        If your background is a match, someone from our recruiting team will reach out about next
        steps. In the meantime, you can learn more about how we work at harborlinehealth.com/careers.

        Best,
        The Harborline Health Recruiting Team
        """)
    msgid = mid("m27", "hire.lever.co")
    h = heads(addr("Harborline Health", "no-reply@hire.lever.co"),
              "Thanks for applying to Harborline Health", "2026-09-14 18:03:40", LA, msgid, SES)
    return message(h, alt(text(body), html(simple_html(body))))


@neg(28, "application_receipt", "Lakefront Mutual Insurance", "Workday application receipt, HTML only")
def m28() -> bytes:
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Marisol,</p>
        <p>Thank you for applying for the <b>UX Researcher II (R-20418)</b> position at Lakefront Mutual Insurance. We have received your application and it is currently under review.</p>
        <p>If your qualifications match our needs, a member of our Talent Acquisition team will contact you. You can check the status of your application at any time in your <a href="https://lakefrontmutual.wd5.myworkdayjobs.com/en-US/careers/userHome">candidate home</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Lakefront Mutual Insurance</p>
        <p style="font-size:11px;color:#888">Please do not reply to this email. This mailbox is not monitored.</p>
        </body></html>
        """)
    msgid = mid("m28", "myworkday.com")
    h = heads(addr("Lakefront Mutual", "lakefrontmutual@myworkday.com"),
              "Thank you for applying - UX Researcher II", "2026-09-02 22:14:55", CHI, msgid,
              "from mail-wd5.myworkday.com (mail-wd5.myworkday.com [198.51.100.131])")
    return message(h, html(body, cte="base64"))


@neg(29, "job_alert", None, "Job board alert listing UX research openings")
def m29() -> bytes:
    body = t("""
        12 new jobs for "UX Researcher" near Eugene, OR and Remote

        Senior UX Researcher
        Fernwood Health - Portland, OR (Hybrid)
        $125K - $150K · Actively recruiting · Easy Apply

        User Researcher II
        Tidepool Mapping - Remote (US)
        3 days ago · 48 applicants

        UX Research Lead, Marketplace
        Saltbox Commerce - Seattle, WA
        Promoted · Be an early applicant

        Product Researcher
        Alder & Finch - Boise, ID (On-site)
        1 week ago

        See all 12 jobs: https://jobnest.example.net/alerts/ux-researcher?src=email

        You're receiving this because you created a job alert. Manage alerts | Unsubscribe
        JobNest, Inc. · 500 Third Ave · Seattle, WA 98104
        """)
    msgid = mid("m29", "alerts.jobnest.example.net")
    h = heads(addr("JobNest Alerts", "alerts@jobnest.example.net"),
              "Marisol, 12 new UX Researcher jobs for you", "2026-09-21 06:00:03", LA, msgid, SENDGRID,
              extra=[("List-Unsubscribe", "<https://jobnest.example.net/unsub?u=7f3a>")])
    return message(h, alt(text(body), html(simple_html(body))))


@neg(30, "newsletter", None,
     "UX research newsletter about running user interviews (method, not a job interview)")
def m30() -> bytes:
    body = t("""
        FIELD NOTES - Issue #87

        Five things I stopped doing in user interviews

        Hi friends,

        This week: the habits I dropped after ten years of running research interviews, and what I do
        instead. Spoiler: I no longer ask "would you use this?"

        1. Stop opening with demographics. Start with a story.
        2. Stop filling silence. Count to seven.
        3. Stop reading the discussion guide verbatim.
        4. Stop promising features you can't ship.
        5. Stop scheduling back-to-back sessions with no synthesis time.

        Also in this issue: a reader question about recruiting participants for B2B studies, and a
        job board with 30+ research roles (including several remote ones).

        Read the full issue: https://fieldnotes.example.net/p/87

        Thanks for reading,
        Jess
        Unsubscribe https://fieldnotes.example.net/unsubscribe
        """)
    msgid = mid("m30", "fieldnotes.example.net")
    h = heads(addr("Field Notes", "jess@fieldnotes.example.net"),
              "Five things I stopped doing in user interviews", "2026-10-05 05:30:00", "America/New_York", msgid,
              MAILGUN, extra=[("List-Unsubscribe", "<https://fieldnotes.example.net/unsubscribe>")])
    return message(h, alt(text(body), html(simple_html(body))))


@neg(31, "recruiter_outreach", "Summitline Talent", "Agency recruiter outreach; asks to chat, no time fixed")
def m31() -> bytes:
    body = t("""
        Hi Marisol,

        I came across your profile and your work on accessibility research really stood out. I'm
        partnering with a well-funded climate tech company in the Bay Area (remote-friendly) that is
        building out its first research team, and I think you'd be a strong fit for their Lead UX
        Researcher opening.

        Would you be open to a quick 15-minute call sometime next week to hear more? Happy to work
        around your schedule.

        Cheers,
        Derek Olsen
        Senior Recruiter | Summitline Talent
        derek.olsen@summitlinetalent.com | 415-555-0157
        """)
    msgid = mid("m31", "summitlinetalent.com")
    h = heads(addr("Derek Olsen", "derek.olsen@summitlinetalent.com"),
              "Lead UX Researcher - climate tech (remote)", "2026-10-02 11:11:47", LA, msgid, OUTLOOK)
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@neg(32, "availability_request", "Rainier Robotics",
     "Hiring manager asks for availability (before the cancelled screen, key 19); nothing fixed")
def m32() -> bytes:
    body = t("""
        Hi Marisol,

        Thanks for applying to the UX Researcher role on our fleet tools team! I'd like to set up a
        45 min intro conversation. Could you send me a few windows that work for you next week
        (Sept 14-18)? Mornings Pacific are easiest on my end.

        Thanks,
        Ben

        Ben Okafor
        Engineering Manager, Fleet Tools | Rainier Robotics
        """)
    msgid = gmid("m32 rainier avail")
    h = heads(addr("Ben Okafor", "ben.okafor@rainierrobotics.com"), "Intro chat - UX Researcher",
              "2026-09-09 13:25:18", LA, msgid, GMAIL)
    return message(h, alt(text(body), html(gmail_html(body))))


@neg(33, "scheduling_link", "Quillstack",
     "GoodTime availability request for the onsite (before key 12); no time chosen yet")
def m33() -> bytes:
    body = t("""
        Hi Marisol,

        Congratulations on moving forward to the virtual onsite for Senior UX Researcher at
        Quillstack! The onsite is about 3 hours across three conversations.

        Please share your availability for the weeks of November 30 and December 7 using the link
        below. The more windows you can give us, the faster we can get everything booked.

        Share availability: https://app.goodtime.io/availability/q5t8-2kd9-ww31

        Thanks!
        Jonah Pierce
        Recruiting Coordinator, Quillstack
        """)
    msgid = mid("m33", "goodtime.io")
    h = heads(addr("Quillstack Recruiting", "no-reply@goodtime.io"),
              "Please share your availability - Quillstack virtual onsite", "2026-11-19 10:00:27", LA, msgid,
              SENDGRID, extra=[("Reply-To", addr("Jonah Pierce", "jonah.pierce@quillstack.com"))])
    return message(h, alt(text(body), html(simple_html(body))))


@neg(34, "proposal_unconfirmed", "Northcove Labs",
     "Hiring manager proposes two slots (Wed 10/21, Thu 10/22); not yet confirmed (key 8 confirms later)",
     days=(("Wed", "2026-10-21"), ("Thu", "2026-10-22")))
def m34() -> bytes:
    body = t("""
        Hi Marisol,

        Thanks for the thoughtful answers on the application form! I'd love to talk. Would either of
        these work?

          - Wed 10/21, 2:00 PM Eastern (11 your time)
          - Thu 10/22, 1:00 PM Eastern (10 your time)

        Once you pick one, our hiring tool will send the official invite. If neither works, tell me
        what does and we'll figure it out.

        Julien

        Julien Tremblay
        Head of Product, Northcove Labs
        Toronto
        """)
    msgid = gmid("m34 northcove proposal")
    h = heads(addr("Julien Tremblay", "julien.tremblay@northcovelabs.ca"), "Quick chat about Product Researcher?",
              "2026-10-13 14:05:39", TOR, msgid, GMAIL)
    return message(h, alt(text(body), html(gmail_html(body))))


@neg(35, "auto_reply", "Kelpie Health", "Recruiter's out-of-office auto-reply", days=(("Mon", "2026-11-02"),))
def m35() -> bytes:
    body = t("""
        Hi there,

        Thanks for your email. I'm out of the office with limited access to email until Monday,
        November 2. I'll respond as soon as I can after I'm back.

        If your message is urgent, please contact talent@kelpiehealth.com.

        Thanks,
        Sienna
        """)
    msgid = mid("m35", "kelpiehealth.com")
    h = heads(addr("Sienna Marsh", "sienna.marsh@kelpiehealth.com"),
              "Automatic reply: Question about the Senior UX Researcher interview", "2026-10-30 09:02:11", LA, msgid,
              OUTLOOK, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                              ("In-Reply-To", gmid("m35 orig"))])
    return message(h, text(body))


@neg(36, "bounce", None, "Delivery status notification: the owner's thank-you note to an interviewer bounced")
def m36() -> bytes:
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <yusuf.adeyemi@harborlinehealth.co>: host harborlinehealth.co[192.0.2.199] said:
            550 5.1.1 <yusuf.adeyemi@harborlinehealth.co>: Recipient address rejected:
            User unknown (in reply to RCPT TO command)
        """)
    status = t(f"""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Rk2Lb0x9Tz
        Arrival-Date: {date('2026-10-16 19:21:58', LA)}

        Final-Recipient: rfc822; yusuf.adeyemi@harborlinehealth.co
        Original-Recipient: rfc822;yusuf.adeyemi@harborlinehealth.co
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; harborlinehealth.co
        Diagnostic-Code: smtp; 550 5.1.1 <yusuf.adeyemi@harborlinehealth.co>: Recipient
            address rejected: User unknown
        """)
    orig = t(f"""
        From: Marisol Ortega <marisol.ortega@example.org>
        To: yusuf.adeyemi@harborlinehealth.co
        Subject: Thank you for today
        Date: {date('2026-10-16 19:21:50', LA)}
        Message-ID: {gmid('m36 thanks')}
        """)
    report = multipart("report",
                       text(human, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       raw_part([("Content-Description", "Undelivered Message Headers"),
                                 ("Content-Type", "text/rfc822-headers")], orig),
                       params="report-type=delivery-status")
    msgid = "<20261017022205.4Rk2Lb0x9Tz@mx1.example.org>"
    h = heads("MAILER-DAEMON@mx1.example.org (Mail Delivery System)",
              "Undelivered Mail Returned to Sender", "2026-10-16 19:22:05", LA, msgid,
              "from localhost (localhost [127.0.0.1])", extra=[("Auto-Submitted", "auto-replied")])
    return message(h, report)


@neg(37, "appointment_medical", None, "Clinic appointment confirmation with a fixed time; not an interview",
     days=(("Tue", "2026-10-13"),))
def m37() -> bytes:
    body = t("""
        Hello Marisol,

        This is a confirmation of your upcoming appointment:

        Provider: Dr. Helen Márquez, MD
        Date: Tuesday, October 13, 2026
        Time: 8:40 AM (please arrive 15 minutes early)
        Location: Coburg Road Family Clinic, 1780 Coburg Rd, Suite 200, Eugene, OR

        Reply C to confirm or call (541) 555-0121 to reschedule. Please bring your insurance card
        and a list of current medications.

        Coburg Road Family Clinic
        This message is confidential and intended for the named patient only.
        """)
    msgid = mid("m37", "patientreminders.example.net")
    h = heads(addr("Coburg Road Family Clinic", "reminders@patientreminders.example.net"),
              "Appointment confirmation - Tue Oct 13 at 8:40 AM", "2026-10-07 12:00:05", LA, msgid, SENDGRID)
    return message(h, text(body, charset="iso-8859-1"))


@neg(38, "appointment_car", None, "Auto shop service appointment for Saturday 8:00 AM",
     days=(("Sat", "2026-09-26"),))
def m38() -> bytes:
    body = t("""
        Hi Marisol,

        You're all set for your 2015 Subaru Outback service appointment!

        Saturday, September 26 at 8:00 AM
        Services: 60k mile service, check rear brake squeal
        Franklin Blvd Auto Care, 2450 Franklin Blvd, Eugene OR

        Need to change your appointment? Call us at 541-555-0109.
        Thanks for choosing Franklin Blvd Auto Care!
        """)
    msgid = mid("m38", "shopmail.example.net")
    h = heads(addr("Franklin Blvd Auto Care", "service@franklinautocare.example.net"),
              "Appointment Confirmed: Sat 9/26 8:00 AM", "2026-09-25 17:30:40", LA, msgid, SENDGRID)
    return message(h, alt(text(body), html(simple_html(body))))


@neg(39, "work_meeting", "Emerald Loop Software",
     "Current employer's Exchange meeting request (research readout with participant interviews); not a job interview",
     days=(("Mon", "2026-11-09"),))
def m39() -> bytes:
    body = t("""
        Hi all,

        Marisol will walk us through what we heard in the 14 participant interviews for the checkout
        redesign, and we'll decide what goes into the Q1 plan. Pre-read is in the Research folder.

        Thanks,
        Dana

        """) + TEAMS.format(tid=_h("el teams", 20), mtg="219 004 338 561", pc="Fg7tQ2")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_PST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Dana Whitaker:mailto:dana.whitaker@emeraldloop.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Ortega:mailto:marisol.ortega@example.org
UID:040000008200E00074C5B7101A82E00800000000{_h('m39 uid', 24).upper()}
SUMMARY;LANGUAGE=en-US:Checkout redesign - research readout
DTSTART;TZID=Pacific Standard Time:20261109T130000
DTEND;TZID=Pacific Standard Time:20261109T140000
DTSTAMP:{stamp('2026-11-04 10:00:20', LA)}
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Willamette conf room / Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    msgid = f"<{_h('m39', 8).upper()}{_h('m39b', 24).upper()}@SJ0PR02MB7710.namprd02.prod.outlook.com>"
    h = heads(addr("Dana Whitaker", "dana.whitaker@emeraldloop.example.com"),
              "Checkout redesign - research readout", "2026-11-04 10:00:20", LA, msgid, OUTLOOK,
              to=f"{ME}, {addr('Checkout Squad', 'checkout-squad@emeraldloop.example.com')}",
              extra=[("Content-Language", "en-US")])
    return message(h, alt(text(body), html(simple_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@neg(40, "calendly_participant", None,
     "Calendly 'New Event' for a research participant session the owner hosts; fixed time but not her job interview",
     days=(("Thu", "2026-10-22"),))
def m40() -> bytes:
    body = t("""
        Hi Marisol Ortega,

        A new event has been scheduled.

        Event Type:
        Checkout study - participant interview (45 min)

        Invitee:
        Terrence Hall

        Invitee Email:
        thall.pdx@example.net

        Event Date/Time:
        03:00pm - 03:45pm (Pacific Time - US & Canada)
        Thursday, October 22, 2026

        Location:
        Zoom (details in the calendar event)

        Questions:
        How often do you order online? - A few times a week

        View event in Calendly: https://calendly.com/app/scheduled_events/user/me

        Powered by Calendly.com
        """)
    msgid = mid("m40", "calendly.com")
    h = heads(addr("Calendly", "notifications@calendly.com"),
              "New Event: Terrence Hall - 03:00pm Thu, Oct 22, 2026 - Checkout study - participant interview (45 min)",
              "2026-10-19 14:15:51", LA, msgid, SENDGRID)
    return message(h, alt(text(body), html(simple_html(body))))


@neg(41, "event_ticket", None, "Meetup ticket with a fixed time", days=(("Thu", "2026-10-08"),))
def m41() -> bytes:
    body = t("""
        You're going to Design + Research Night: Fall Edition!

        Thursday, October 8, 2026
        6:00 PM - 8:30 PM PDT
        The Foundry Hall, 80 W 5th Ave, Eugene, OR

        Order #TL-5583021 · 1 x General Admission (Free)

        Lightning talks from local researchers and designers, followed by snacks and a portfolio
        swap. Bring a laptop if you'd like feedback!

        Add to calendar · View your ticket
        TicketLeaf · Questions? Contact the organizer, Eugene UX Collective
        """)
    msgid = mid("m41", "ticketleaf.example.net")
    h = heads(addr("TicketLeaf", "orders@ticketleaf.example.net"),
              "Your ticket for Design + Research Night: Fall Edition", "2026-09-28 09:00:14", LA, msgid, SENDGRID)
    return message(h, alt(text(body), html(simple_html(body))))


@neg(42, "travel", None, "Flight confirmation EUG-SEA for the Seattle onsite; a fixed time but travel",
     days=(("Thu", "2026-10-15"), ("Fri", "2026-10-16")))
def m42() -> bytes:
    body = t("""
        CASCADE AIR - Your trip is confirmed

        Confirmation code: KQ7ZPD
        Passenger: MARISOL ORTEGA

        Thu, Oct 15, 2026  Flight 2317
        Depart Eugene (EUG) 5:10 PM  -  Arrive Seattle (SEA) 6:22 PM
        Main cabin · Seat 9C

        Fri, Oct 16, 2026  Flight 2342
        Depart Seattle (SEA) 7:45 PM  -  Arrive Eugene (EUG) 8:59 PM
        Main cabin · Seat 12A

        Total charged: $248.60 (Visa ending 4471)

        Check in online 24 hours before departure. Bag fees may apply.
        """)
    msgid = mid("m42", "cascadeair.example.net")
    h = heads(addr("Cascade Air", "confirmation@cascadeair.example.net"),
              "Confirmation KQ7ZPD: Eugene to Seattle, Oct 15", "2026-10-02 20:40:09", LA, msgid, SENDGRID)
    return message(h, alt(text(body), html(simple_html(body))))


@neg(43, "personal", None, "Friend's dinner plan 'Saturday at 7'; not an interview",
     days=(("Sat", "2026-11-21"),))
def m43() -> bytes:
    body = t("""
        hiii

        ok it's official, Fig & Fennel saturday at 7 (the café one on Willamette), I got the reservation under Tash. Jordan's
        coming too. Also!!! you have to tell me how the Portland interview went, I want ALL the
        details. Bring the good wine if you’ve still got some, they do corkage.

        xo
        Natasha

        Sent from my iPhone
        """)
    msgid = mid("m43", "icloud.example.net")
    h = heads(addr("Natasha Bell", "natasha.bell@icloud.example.net"), "sat dinner!!", "2026-11-20 12:30:48", LA,
              msgid, PLAIN_MX)
    return message(h, text(body, charset="windows-1252"))


@neg(44, "take_home", "Quillstack", "Take-home exercise with a deadline; no interview time",
     days=(("Wed", "2026-11-18"),))
def m44() -> bytes:
    body = t("""
        Hi Marisol,

        Thanks again for chatting with Priya last week! As a next step, we'd like you to complete a
        short take-home exercise. You'll find the brief and a sample data set here:

        https://quillstack.example.net/takehome/ux-research-2026

        Please submit your write-up (max 6 slides) by Wednesday, November 18 at 5:00 PM PT. We expect
        it to take about 3 hours. If you need more time, just let me know.

        If it goes well, you'll walk us through it during the virtual onsite.

        Best,
        Jonah Pierce
        Recruiting Coordinator, Quillstack
        """)
    msgid = gmid("m44 takehome")
    h = heads(addr("Jonah Pierce", "jonah.pierce@quillstack.com"), "Quillstack - take-home exercise",
              "2026-11-12 11:00:35", LA, msgid, GMAIL)
    return message(h, alt(text(body), html(gmail_html(body))))


@neg(45, "webinar", None, "Webinar registration about portfolio reviews; fixed time, not an interview",
     days=(("Thu", "2026-09-17"),))
def m45() -> bytes:
    body = t("""
        Hi Marisol,

        You're registered for:
        Portfolio Reviews That Land: A Workshop for UX Researchers

        Date: Thursday, September 17, 2026
        Time: 10:00 AM Pacific Time (US and Canada)

        Join from your computer: https://us06web.zoom.us/w/88120045123?tk=abcd
        Passcode: 552781

        We'll cover how to structure a case study, how to talk about impact, and the questions
        hiring managers ask in portfolio interviews. A recording will be sent to all registrants.

        Add to calendar: Google Calendar | Outlook | Yahoo

        ResearchOps Guild
        """)
    msgid = mid("m45", "zoom.us")
    h = heads(addr("ResearchOps Guild", "no-reply@zoom.us"),
              "Portfolio Reviews That Land: A Workshop for UX Researchers Confirmation", "2026-09-11 08:00:42", LA,
              msgid, SENDGRID)
    return message(h, alt(text(body), html(simple_html(body))))


@neg(46, "post_interview", "Fogbank Analytics",
     "Recruiter thanks after the design lead conversation (key 4); next steps to come, no time")
def m46() -> bytes:
    body = t("""
        Hi Marisol,

        Thanks for chatting with Chloe yesterday! She really enjoyed the conversation. I'm gathering
        feedback from the team and will be in touch early next week about the final round.

        Have a great rest of your week,
        Aaliyah
        """)
    msgid = mid("m46", "email.amazonses.com")
    h = heads(addr("Aaliyah Grant", "aaliyah.grant@fogbank.ai"), "Thanks from Fogbank!",
              "2026-10-21 16:40:22", LA, msgid, SES)
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@neg(47, "rejection", "Owyhee Data Co",
     "SmartRecruiters 'position closed' after the cancelled interview (key 6)")
def m47() -> bytes:
    body = t("""
        Dear Marisol,

        Thank you for your interest in the User Researcher position at Owyhee Data Co. We want to
        let you know that this position has been closed and we are no longer moving forward with
        hiring for it at this time.

        We appreciate the time you invested in the process and encourage you to apply for future
        openings that match your skills.

        Best regards,
        Owyhee Data Co Talent Team
        """)
    msgid = mid("m47", "smartrecruiters.com")
    h = heads(addr("Owyhee Data Co", "noreply@smartrecruiters.com"),
              "Your application for User Researcher", "2026-11-10 10:00:59", BOI, msgid, SENDGRID)
    return message(h, alt(text(body), html(simple_html(body))))


@neg(48, "appointment_vet", None, "Vet reminder for tomorrow 10:20 AM; not an interview",
     days=(("Sat", "2026-12-05"),))
def m48() -> bytes:
    body = t("""
        Hi Marisol,

        This is a friendly reminder that Pepper has an appointment tomorrow, Saturday, December 5
        at 10:20 AM with Dr. Kaplan for her annual vaccines.

        Please arrive 5 minutes early. Reply YES to confirm.

        South Hills Animal Hospital
        (541) 555-0170
        """)
    msgid = mid("m48", "petreminders.example.net")
    h = heads(addr("South Hills Animal Hospital", "reminders@petreminders.example.net"),
              "Reminder: Pepper's appointment tomorrow", "2026-12-04 09:00:31", LA, msgid, SENDGRID)
    return message(h, text(body))


@neg(49, "work_meeting", "Emerald Loop Software",
     "Google Calendar 'Updated invitation' for the owner's weekly 1:1 at her current job; a change of time, not an interview")
def m49() -> bytes:
    body = t("""
        This event has been changed.

        Marisol / Dana 1:1
        Changed: Weekly on Thursday ⋅ 10:30am – 11am (Pacific Time - Los Angeles)

        Moving us 30 min later so I can make sprint review. - Dana

        Organizer
        Dana Whitaker
        dana.whitaker@emeraldloop.example.com

        Guests
        Dana Whitaker - organizer
        marisol.ortega@example.org
        """) + GCAL_FOOT
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20261001T103000
DTEND;TZID=America/Los_Angeles:20261001T110000
RRULE:FREQ=WEEKLY;BYDAY=TH
DTSTAMP:{stamp('2026-09-29 15:00:12', LA)}
ORGANIZER;CN=Dana Whitaker:mailto:dana.whitaker@emeraldloop.example.com
UID:{_h('m49 uid', 26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=marisol.ortega@example.org;X-NUM-GUESTS=0:mailto:marisol.ortega@example.org
SEQUENCE:3
STATUS:CONFIRMED
SUMMARY:Marisol / Dana 1:1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    msgid = f"<calendar-{_h('m49', 8)}-{_h('m49a', 4)}-{_h('m49b', 4)}-{_h('m49c', 12)}@google.com>"
    h = heads(addr("Dana Whitaker", "dana.whitaker@emeraldloop.example.com"),
              "Updated invitation: Marisol / Dana 1:1 @ Weekly from 10:30am to 11am on Thursday (PDT) (marisol.ortega@example.org)",
              "2026-09-29 15:00:12", LA, msgid, GCAL,
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(h, alt(text(body), html(simple_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@neg(50, "survey", "Quillstack", "Candidate experience survey after the onsite (key 12); no time")
def m50() -> bytes:
    body = t("""
        Hi Marisol,

        Thanks for interviewing with Quillstack! We'd love to hear how it went. Our 2-minute survey
        helps us make interviews better for every candidate. Your answers are anonymous and won't
        affect your candidacy.

        Take the survey: https://survey.goodtime.io/c/8d1f2a

        Thank you,
        Quillstack Recruiting
        """)
    msgid = mid("m50", "goodtime.io")
    h = heads(addr("Quillstack Recruiting", "no-reply@goodtime.io"),
              "How was your interview experience with Quillstack?", "2026-12-05 10:00:08", LA, msgid, SENDGRID)
    return message(h, alt(text(body), html(simple_html(body))))
