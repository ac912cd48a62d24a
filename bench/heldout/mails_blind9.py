# ruff: noqa: E501
"""blind9: a blind held-out set (50 mails, a realistic inbox).

Inbox owner: Priya Raman <priya.raman@example.net>, a data analyst in Sydney (Australia/Sydney:
AEDT +11 until 5 April 2026, AEST +10 until 4 October, then AEDT again), applying in Australia,
New Zealand, Singapore and remotely for Europe and the Americas. Her current employer is
Harbourline Insurance (Sydney), whose work calendar is forwarded to this inbox.

Written blind: without reading the detector, its tests and fixtures, or any other held-out mails.
Keys 1-50 are the writing order (positives first); the file number is a fixed shuffle.
"""

from __future__ import annotations

import hashlib
import random

import make
from make import (
    addr,
    alt,
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

SET = "blind9"
OWNER = "priya.raman@example.net"
OWNER_TO = addr("Priya Raman", OWNER)
ORDER = random.Random(9009).sample(range(1, 51), 50)

make.WINDOWS_ZONES.setdefault("AUS Eastern Standard Time", "Australia/Sydney")
make.WINDOWS_ZONES.setdefault("Singapore Standard Time", "Asia/Singapore")

VTZ_AUS = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""

VTZ_SG = """BEGIN:VTIMEZONE
TZID:Singapore Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
END:VTIMEZONE"""


def name(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def mail(key: int, **kw):
    return make.mail(name(key), **kw)


def hdrs(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = OWNER_TO,
         host: str = "mail.example.com", extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    ident = f"mx1.example.net with ESMTPS id {hashlib.sha256(msgid.encode()).hexdigest()[:12]}"
    return [
        ("Received", received(f"from {host} ({host})", when, zone, ident, OWNER)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


SYD = "Australia/Sydney"


# =========================================================================== positives


@mail(1, family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-04-14 10:00", SYD), end=utc("2026-04-14 10:45", SYD),
      local="Tue 2026-04-14 10:00", local_end="2026-04-14 10:45", zone=SYD,
      contact="tom.whitfield@canopyanalytics.com.au", company="Canopy Analytics",
      note="Greenhouse confirmation, 45-minute video interview 10:00-10:45 AEST (Sydney, after the 5 April change, +10) -> 00:00Z; contact = the recruiter's Reply-To")
def m01() -> bytes:
    plain = t("""
        Hi Priya,

        Thanks for making time to speak with us. Your interview for Data Analyst (Pricing) at Canopy
        Analytics is confirmed:

        Date: Tuesday, 14 April 2026
        Time: 10:00 AM - 10:45 AM AEST (Sydney)
        Format: Video call (Google Meet)
        Link: https://meet.google.com/xwd-qpte-mka
        Interviewers: Tom Whitfield (Talent Partner), Jess Okafor (Analytics Lead)

        You'll have 45 minutes with the team. Jess will spend most of it on a recent analysis you're
        proud of, so feel free to have something ready to talk through (no slides needed).

        If anything changes, just reply to this email.

        Kind regards,
        Tom Whitfield
        Talent Partner, Canopy Analytics
    """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Priya,</p>
        <p>Thanks for making time to speak with us. Your interview for <b>Data Analyst (Pricing)</b> at Canopy Analytics is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Tuesday, 14 April 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM AEST (Sydney)</td></tr>
        <tr><td><b>Format</b></td><td>Video call (Google Meet)</td></tr>
        <tr><td><b>Link</b></td><td><a href="https://meet.google.com/xwd-qpte-mka">meet.google.com/xwd-qpte-mka</a></td></tr>
        <tr><td><b>Interviewers</b></td><td>Tom Whitfield (Talent Partner), Jess Okafor (Analytics Lead)</td></tr>
        </table>
        <p>You'll have 45 minutes with the team. Jess will spend most of it on a recent analysis you're proud of, so feel free to have something ready to talk through (no slides needed).</p>
        <p>If anything changes, just reply to this email.</p>
        <p>Kind regards,<br>Tom Whitfield<br>Talent Partner, Canopy Analytics</p>
        <img src="https://app.greenhouse.io/email/open/5a81c2.gif" width="1" height="1" alt="">
        </body></html>
    """)
    h = hdrs(addr("Tom Whitfield", "no-reply@greenhouse.io"), "Interview confirmation: Data Analyst (Pricing) - Canopy Analytics",
             "2026-04-08 16:20", SYD, "<5a81c2e0.4471.greenhouse@mg.greenhouse.io>", host="mg.greenhouse.io",
             extra=(("Reply-To", addr("Tom Whitfield", "tom.whitfield@canopyanalytics.com.au")),))
    return message(h, alt(text(plain), html(page)))


@mail(2, family="lever", lang="en", interview=True, kind="rescheduled",
      start="2026-05-21T07:00:00Z", end="2026-05-21T08:00:00Z",
      local="Thu 2026-05-21 15:00", local_end="2026-05-21 16:00", zone="Asia/Singapore",
      contact="weiling.ong@kampongcloud.sg", company="Kampong Cloud",
      note="Lever reschedule: moved from Wed 20 May to Thu 21 May 3-4 PM SGT (+8) -> 07:00Z; ICS in UTC with SEQUENCE:1; contact = Reply-To / ORGANIZER recruiter")
def m02() -> bytes:
    plain = t("""
        Hi Priya,

        Your interview with Kampong Cloud has been rescheduled. Please see the updated details below.

        Previous time: Wednesday, 20 May 2026, 2:00 PM - 3:00 PM SGT
        New time: Thursday, 21 May 2026, 3:00 PM - 4:00 PM SGT (GMT+8)

        Interview: Analytics Engineer - Hiring Manager Round
        With: Wei Ling Ong, Marcus Tay
        Location: Zoom (link in the attached invite)

        An updated calendar invite is attached. If the new time doesn't work, reply to this email and
        we'll find another slot.

        Best,
        Wei Ling Ong
        Kampong Cloud Talent Team

        --
        Sent via Lever
    """)
    page = plain.replace("\n\n", "</p><p>").replace("\n", "<br>")
    page = f"<html><body><p>{page}</p></body></html>\n"
    ics = """BEGIN:VCALENDAR
PRODID:-//Lever//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lvr-3f0b99d1-7a4e-4e2d-9e0b-2c84a10d7c51@hire.lever.co
SEQUENCE:1
DTSTAMP:20260518T031500Z
DTSTART:20260521T070000Z
DTEND:20260521T080000Z
SUMMARY:Interview: Priya Raman <> Kampong Cloud (Analytics Engineer)
ORGANIZER;CN=Wei Ling Ong:mailto:weiling.ong@kampongcloud.sg
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raman@example.net
ATTENDEE;CN=Marcus Tay;ROLE=REQ-PARTICIPANT:mailto:marcus.tay@kampongcloud.sg
LOCATION:https://kampongcloud.zoom.us/j/83310294471
DESCRIPTION:Hiring manager round (rescheduled).
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Wei Ling Ong", "no-reply@hire.lever.co"), "Updated: Your interview with Kampong Cloud",
             "2026-05-18 11:15", "Asia/Singapore", "<0100018f8a2b.lever-interview-update@hire.lever.co>",
             host="hire.lever.co", extra=(("Reply-To", "weiling.ong@kampongcloud.sg"),))
    body = mixed(alt(text(plain), html(page)),
                 calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", name_param=True))
    return message(h, body)


@mail(3, family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-03-05T23:00:00Z", end="2026-03-05T23:45:00Z",
      local="Fri 2026-03-06 10:00", local_end="2026-03-06 10:45", zone=SYD,
      contact="nadia@ridgewaydata.com", company="Ridgeway Data",
      note="Ashby HTML-only base64; times shown in the candidate's zone: Fri 6 March 10:00-10:45 AEDT (+11) -> Thu 5 March 23:00Z (UTC date the day before); sent from San Francisco in PST; contact = Reply-To")
def m03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f5f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#1d1d1f">
        <tr><td>
        <img src="https://ashby-public.s3.amazonaws.com/ridgeway-logo.png" alt="Ridgeway Data" height="28">
        <h2 style="font-size:20px">You're all set, Priya!</h2>
        <p>Your <b>Technical Interview</b> for the <b>Senior Data Analyst</b> role at Ridgeway Data has been scheduled.</p>
        <table cellpadding="6" style="background:#f0f4ff;border-radius:6px;width:100%">
        <tr><td style="color:#555">When</td><td><b>Friday, March 6, 2026</b><br>10:00 AM &ndash; 10:45 AM (Australia/Sydney)</td></tr>
        <tr><td style="color:#555">Where</td><td><a href="https://zoom.us/j/91522087734">https://zoom.us/j/91522087734</a></td></tr>
        <tr><td style="color:#555">Interviewers</td><td>Devin Marsh, Staff Analyst</td></tr>
        </table>
        <p>This is a live SQL and product-sense session. You'll share your screen; a scratch database link will be posted in the Zoom chat at the start.</p>
        <p>Need to make changes? Reply to this email and Nadia from our recruiting team will help.</p>
        <p style="color:#888;font-size:12px">Powered by Ashby</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
    """)
    h = hdrs(addr("Ridgeway Data", "no-reply@ashbyhq.com"), "Interview Confirmed: Senior Data Analyst at Ridgeway Data",
             "2026-03-02 09:12", "America/Los_Angeles", "<ashby-8c1e55f0-0d93-4b4f-a2e3-ec1a0f3e2b10@ashbyhq.com>",
             host="mail.ashbyhq.com", extra=(("Reply-To", addr("Nadia Flores", "nadia@ridgewaydata.com")),))
    return message(h, html(page, cte="base64"))


@mail(4, family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-04-01T22:30:00Z", local="Thu 2026-04-02 09:30", zone="Australia/Melbourne",
      contact=None, company="Southbank Mutual",
      note="Workday HTML only: Thu 2 April 9:30 AM AEDT Melbourne (+11, before 5 April) -> Wed 1 April 22:30Z; interviewers named without addresses, no-reply sender -> contact null; 'approximately one hour' -> end null")
def m04() -> bytes:
    page = t("""
        <html><body>
        <div style="font-family:Verdana,Arial;font-size:13px">
        <p>Dear Priya Raman,</p>
        <p>Thank you for your application for the position of <b>Senior Analyst, Customer Insights (REQ-24815)</b>.</p>
        <p>We are pleased to confirm your interview as follows:</p>
        <p><b>Date:</b> Thursday 2 April 2026<br>
        <b>Time:</b> 9:30 AM AEDT (Melbourne)<br>
        <b>Location:</b> Level 9, 120 Collins Street, Melbourne VIC 3000 (please bring photo ID to reception)<br>
        <b>Panel:</b> Rachel Huang (Head of Customer Insights), Sam Doyle (People Partner)</p>
        <p>The interview will take approximately one hour.</p>
        <p>If you require any adjustments to participate in the interview, please let us know via the candidate home page.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Southbank Mutual</p>
        <p style="font-size:10px;color:#777">This is an automated message from Workday. Please do not reply to this email.</p>
        </div></body></html>
    """)
    h = hdrs(addr("Southbank Mutual Careers", "southbankmutual@myworkday.com"), "Interview Confirmation - Senior Analyst, Customer Insights",
             "2026-03-27 14:05", "Australia/Melbourne", "<1774580700123.wd.2041@myworkday.com>", host="smtp.myworkday.com")
    return message(h, html(page))


@mail(5, family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-04-08T01:30:00Z", end="2026-04-08T02:00:00Z",
      local="Wed 2026-04-08 11:30", local_end="2026-04-08 12:00", zone=SYD,
      contact="aroha@tuilabs.co.nz", company="Tui Labs",
      note="Calendly invitee confirmation booked on Sat 4 April (AEDT) for Wed 8 April 11:30-12:00 Australia/Sydney, already AEST (+10) -> 01:30Z; screening call with the hiring founder; contact = host Reply-To")
def m05() -> bytes:
    plain = t("""
        Hi Priya Raman,

        A new event has been scheduled.

        Event Type:
        Product Analyst - intro call

        Invitee:
        Priya Raman

        Invitee Email:
        priya.raman@example.net

        Event Date/Time:
        11:30am - 12:00pm (Australia/Sydney), Wednesday, April 8, 2026

        Location:
        Aroha will call you on Google Meet: https://meet.google.com/tui-rmpk-zzq

        Description:
        A relaxed 30 minutes to chat about the Product Analyst role at Tui Labs, your background,
        and what we're building. Questions welcome!

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6b0c7d9e-f41a
        Reschedule: https://calendly.com/reschedulings/6b0c7d9e-f41a

        Powered by Calendly.com
    """)
    page = "<html><body>" + plain.replace("\n\n", "<br><br>").replace("\n", "<br>") + "</body></html>\n"
    h = hdrs(addr("Calendly", "notifications@calendly.com"), "Confirmed: Product Analyst - intro call with Aroha Parata on Wednesday, April 8, 2026",
             "2026-04-04 21:14", SYD, "<6b0c7d9e-f41a.invitee@calendly.com>", host="mail.calendly.com",
             extra=(("Reply-To", addr("Aroha Parata", "aroha@tuilabs.co.nz")),))
    return message(h, alt(text(plain), html(page)))


@mail(6, family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-04-28T01:00:00Z", end="2026-04-28T02:00:00Z",
      local="Tue 2026-04-28 11:00", local_end="2026-04-28 12:00", zone=SYD,
      contact="mere.tane@kaurihealth.co.nz", company="Kauri Health",
      note="Google Calendar invite from an Auckland hiring manager; text shows the recipient's zone 11am-12pm AEST, ICS has 13:00 Pacific/Auckland (NZST +12 after 5 April) -> 01:00Z; contact = organizer")
def m06() -> bytes:
    plain = t("""
        You have been invited to the following event.

        Interview: Priya Raman - Data Lead (Kauri Health)
        Tuesday 28 Apr 2026 \u22c5 11am \u2013 12pm (Australian Eastern Standard Time - Sydney)

        Kia ora Priya, this is the panel interview we talked about: me, our CTO Hemi and Grace from
        Clinical Ops. We'll spend about half of it on the case study you sent through.

        Join with Google Meet
        https://meet.google.com/kau-hlth-prr

        Organiser
        mere.tane@kaurihealth.co.nz

        Guests
        mere.tane@kaurihealth.co.nz - organiser
        hemi.walker@kaurihealth.co.nz
        grace.liu@kaurihealth.co.nz
        priya.raman@example.net

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=a2F1cmlpbnQ

        Reply for priya.raman@example.net
        Yes / No / Maybe / More options https://calendar.google.com/calendar/event?action=VIEW&eid=a2F1cmlpbnQ

        Invitation from Google Calendar
    """)
    page = "<html><body><div>" + plain.replace("\n", "<br>\n") + "</div></body></html>\n"
    ics = make.VTZ["Pacific/Auckland"] + "\n"
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + ics + """BEGIN:VEVENT
DTSTART;TZID=Pacific/Auckland:20260428T130000
DTEND;TZID=Pacific/Auckland:20260428T140000
DTSTAMP:20260420T033012Z
ORGANIZER;CN=mere.tane@kaurihealth.co.nz:mailto:mere.tane@kaurihealth.co.nz
UID:0p7c9r2kq8s1v4b6n3m5t0e1aa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=mere.tane@kaurihealth.co.nz;X-NUM-GUESTS=0:mailto:mere.tane@kaurihealth.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raman@example.net;X-NUM-GUESTS=0:mailto:priya.raman@example.net
CREATED:20260420T033010Z
DESCRIPTION:Kia ora Priya\\, this is the panel interview we talked about.
LAST-MODIFIED:20260420T033010Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Priya Raman - Data Lead (Kauri Health)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Mere Tane", "mere.tane@kaurihealth.co.nz"),
             "Invitation: Interview: Priya Raman - Data Lead (Kauri Health) @ Tue 28 Apr 2026 11am - 12pm (AEST) (priya.raman@example.net)",
             "2026-04-20 15:30", "Pacific/Auckland", "<calendar-5e8a0f1c-22d4-4c3b-9b41-6c1df0e2a1b7@google.com>",
             host="mail-sor-f69.google.com")
    body = mixed(alt(text(plain), html(page), calendar(ics, method="REQUEST")),
                 calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(h, body)


@mail(7, family="outlook_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-10-19T03:00:00Z", end="2026-10-19T04:00:00Z",
      local="Mon 2026-10-19 14:00", local_end="2026-10-19 15:00", zone=SYD,
      contact="olivia.brandt@marlowfinch.com.au", company="Marlow & Finch Consulting",
      note="Exchange request, TZID 'AUS Eastern Standard Time'; body label '(UTC+10:00) Canberra, Melbourne, Sydney' shows the standard offset but 19 October is AEDT (+11) -> 03:00Z")
def m07() -> bytes:
    plain = t("""
        When: Monday, 19 October 2026 2:00 PM-3:00 PM (UTC+10:00) Canberra, Melbourne, Sydney.
        Where: Microsoft Teams Meeting

        Hi Priya,

        As discussed on the phone, please find the invite for your first-round interview for the
        Senior Consultant, Data & Analytics role. You'll meet Raj Patel (Director) and myself.

        Looking forward to it.

        Olivia Brandt
        Talent Acquisition Lead | Marlow & Finch Consulting
        Level 21, 1 Farrer Place, Sydney NSW 2000

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1>
        Meeting ID: 428 113 907 552
        Passcode: Xe7tQk
        ________________________________________________________________________________
    """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VTZ_AUS + """
BEGIN:VEVENT
ORGANIZER;CN=Olivia Brandt:mailto:olivia.brandt@marlowfinch.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raman@example.net:mailto:priya.raman@example.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Raj Patel:mailto:raj.patel@marlowfinch.com.au
DESCRIPTION;LANGUAGE=en-AU:Hi Priya\\, as discussed on the phone\\, please find the invite for your first-round interview.\\n
UID:040000008200E00074C5B7101A82E00800000000B07A3F2C5D57DC01000000000000000010000000E3C0D1
SUMMARY;LANGUAGE=en-AU:Interview - Priya Raman - Senior Consultant\\, Data & Analytics
DTSTART;TZID=AUS Eastern Standard Time:20261019T140000
DTEND;TZID=AUS Eastern Standard Time:20261019T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261013T000211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
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
    h = hdrs(addr("Olivia Brandt", "olivia.brandt@marlowfinch.com.au"), "Interview - Priya Raman - Senior Consultant, Data & Analytics",
             "2026-10-13 11:02", SYD, "<SY4P282MB3121A5C0E7D1B3F9A0C1D2E3B4A5@SY4P282MB3121.AUSP282.PROD.OUTLOOK.COM>",
             host="SY4P282MB3121.AUSP282.PROD.OUTLOOK.COM",
             extra=(("Thread-Topic", "Interview - Priya Raman - Senior Consultant, Data & Analytics"),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(plain, cte="quoted-printable"), calendar(ics, method="REQUEST", cte="base64")))


@mail(8, family="outlook_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-06-11T02:00:00Z", end="2026-06-11T03:00:00Z",
      local="Thu 2026-06-11 10:00", local_end="2026-06-11 11:00", zone="Asia/Singapore",
      contact="huimin.goh@tanjongfreight.com.sg", company="Tanjong Freight",
      note="Exchange METHOD:CANCEL, TZID 'Singapore Standard Time' (+8, no DST): cancelled slot Thu 11 June 10:00-11:00 -> 02:00Z; contact = organizer")
def m08() -> bytes:
    plain = t("""
        When: Thursday, 11 June 2026 10:00 AM-11:00 AM (UTC+08:00) Kuala Lumpur, Singapore.
        Where: Microsoft Teams Meeting

        Hi Priya,

        Apologies - our Head of Analytics has been called to a board meeting at the same time, so I
        have to cancel this session. I'll come back to you by early next week with two or three new
        options.

        Regards,
        Goh Hui Min
        Senior Talent Acquisition Partner, Tanjong Freight
    """)
    ics = """BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VTZ_SG + """
BEGIN:VEVENT
ORGANIZER;CN=Goh Hui Min:mailto:huimin.goh@tanjongfreight.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=priya.raman@example.net:mailto:priya.raman@example.net
UID:040000008200E00074C5B7101A82E008000000001C9E8D4A7BF6DC01000000000000000010000000A7B2C3
SUMMARY;LANGUAGE=en-SG:Canceled: Interview - Regional Analytics Manager (Priya Raman)
DTSTART;TZID=Singapore Standard Time:20260611T100000
DTEND;TZID=Singapore Standard Time:20260611T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260608T094500Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-SG:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Goh Hui Min", "huimin.goh@tanjongfreight.com.sg"), "Canceled: Interview - Regional Analytics Manager (Priya Raman)",
             "2026-06-08 17:45", "Asia/Singapore", "<SG2PR04MB6621F0A9B8C7D6E5F4A3B2C1@SG2PR04MB6621.apcprd04.prod.outlook.com>",
             host="SG2PR04MB6621.apcprd04.prod.outlook.com", extra=(("Importance", "high"),))
    return message(h, alt(text(plain), calendar(ics, method="CANCEL")))


@mail(9, family="outlook_calendar", lang="de", interview=True, kind="rescheduled",
      start="2026-11-04T08:00:00Z", end="2026-11-04T09:00:00Z",
      local="Wed 2026-11-04 09:00", local_end="2026-11-04 10:00", zone="Europe/Berlin",
      contact="katharina.vogl@alpenflug.de", company="Alpenflug Analytics GmbH",
      note="German Exchange update, SEQUENCE:2, W. Europe Standard Time: moved from Tue 3 Nov to Wed 4 Nov 09:00-10:00 CET (+1, after 25 October) -> 08:00Z; contact = organizer")
def m09() -> bytes:
    plain = t("""
        Wann: Mittwoch, 4. November 2026 09:00-10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Microsoft Teams-Besprechung

        Liebe Priya,

        wie telefonisch besprochen verschieben wir unser Gespräch um einen Tag: statt Dienstag jetzt
        Mittwoch, 4. November, 9:00 Uhr unserer Zeit (bei Ihnen in Sydney 19:00 Uhr). Die Einladung
        ist entsprechend aktualisiert, Teilnehmende bleiben gleich.

        Viele Grüße
        Katharina Vogl
        Teamlead Recruiting | Alpenflug Analytics GmbH | Leopoldstraße 31, 80802 München

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf Ihrem Computer, in der mobilen App oder im Raumgerät teil
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTk4>
        Besprechungs-ID: 371 902 118 406
        Passcode: 9pLq2d
        ________________________________________________________________________________
    """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + make.VTZ["W. Europe Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Katharina Vogl:mailto:katharina.vogl@alpenflug.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Raman:mailto:priya.raman@example.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florian Berg:mailto:florian.berg@alpenflug.de
UID:040000008200E00074C5B7101A82E00800000000D2F1A6B3C94EDC01000000000000000010000000F11A2B
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Priya Raman – Senior Data Analyst (remote)
DTSTART;TZID=W. Europe Standard Time:20261104T090000
DTEND;TZID=W. Europe Standard Time:20261104T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T091500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Katharina Vogl", "katharina.vogl@alpenflug.de"),
             "Aktualisiert: Vorstellungsgespräch Priya Raman – Senior Data Analyst (remote)",
             "2026-10-29 10:15", "Europe/Berlin", "<FR2P281MB2874C1D0E9F8A7B6C5D4E3F2@FR2P281MB2874.DEUP281.PROD.OUTLOOK.COM>",
             host="FR2P281MB2874.DEUP281.PROD.OUTLOOK.COM", extra=(("Content-Language", "de-DE"),))
    return message(h, alt(text(plain), calendar(ics, method="REQUEST", cte="base64")))


@mail(10, family="personio", lang="de", interview=True, kind="cancelled",
      start="2026-03-17T09:00:00Z", local="Tue 2026-03-17 10:00", zone="Europe/Berlin",
      contact="jana.petersen@elbwerft-digital.de", company="Elbwerft Digital GmbH",
      note="Personio cancellation, iso-8859-1 QP: cancelled slot Di 17.03.2026 10:00 Hamburg (CET +1, before 29 March) -> 09:00Z; sender is noreply -> contact = the signature address")
def m10() -> bytes:
    plain = t("""
        Hallo Priya Raman,

        leider müssen wir Ihr Vorstellungsgespräch am Dienstag, 17.03.2026, um 10:00 Uhr absagen.
        Die Position "Data Analyst (m/w/d) - Remote" konnte kurzfristig intern besetzt werden.

        Wir bedauern das sehr, zumal Ihr Profil uns wirklich überzeugt hat. Gerne würden wir Ihre
        Unterlagen für zukünftige Vakanzen in unserem Talentpool behalten - dazu brauchen Sie nichts
        weiter zu tun.

        Für Rückfragen stehe ich Ihnen gern zur Verfügung.

        Mit freundlichen Grüßen

        Jana Petersen
        People & Culture
        Elbwerft Digital GmbH · Große Elbstraße 145 · 22767 Hamburg
        jana.petersen@elbwerft-digital.de

        Diese E-Mail wurde über Personio versendet.
    """)
    h = hdrs(addr("Elbwerft Digital GmbH", "noreply@personio.de"), "Absage Ihres Vorstellungsgesprächs am 17.03.2026",
             "2026-03-12 14:30", "Europe/Berlin", "<20260312133002.7f3a1c@mail.personio.de>", host="mail.personio.de")
    return message(h, text(plain, charset="iso-8859-1"))


@mail(11, family="teamtailor", lang="nl", interview=True, kind="scheduled",
      start="2026-07-02T07:30:00Z", end="2026-07-02T08:15:00Z",
      local="Thu 2026-07-02 09:30", local_end="2026-07-02 10:15", zone="Europe/Amsterdam",
      contact="sanne.devries@grachtwerk.nl", company="Grachtwerk",
      note="Teamtailor in Dutch with interview.ics in UTC: do 2 juli 09:30-10:15 CEST (+2) -> 07:30Z; contact = recruiter Reply-To")
def m11() -> bytes:
    plain = t("""
        Hoi Priya,

        Leuk dat je tijd hebt gevonden! Hierbij de bevestiging van je videogesprek voor de functie
        Data Analist (remote, EU-uren).

        Wanneer: donderdag 2 juli 2026, 09:30 - 10:15 (CEST, Amsterdamse tijd)
        Met wie: Sanne de Vries (recruiter) en Joost Hendriks (Head of Data)
        Waar: Google Meet - https://meet.google.com/grw-akdq-tnv

        We weten dat dit voor jou in Sydney 17:30 is; mocht dat toch lastig zijn, laat het dan even
        weten. In de bijlage vind je een agenda-uitnodiging.

        Groetjes,
        Sanne de Vries
        Grachtwerk | Keizersgracht 241 | Amsterdam
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interviews//NL
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-588123@teamtailor.com
DTSTAMP:20260625T092000Z
DTSTART:20260702T073000Z
DTEND:20260702T081500Z
SUMMARY:Videogesprek Grachtwerk - Data Analist
LOCATION:https://meet.google.com/grw-akdq-tnv
ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@grachtwerk.nl
ATTENDEE;CN=Priya Raman;RSVP=TRUE:mailto:priya.raman@example.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Sanne de Vries via Grachtwerk", "grachtwerk@mail.teamtailor-mail.com"),
             "Bevestiging: videogesprek bij Grachtwerk op donderdag 2 juli",
             "2026-06-25 11:20", "Europe/Amsterdam", "<tt.588123.2a9f@teamtailor-mail.com>", host="mail.teamtailor-mail.com",
             extra=(("Reply-To", addr("Sanne de Vries", "sanne.devries@grachtwerk.nl")),))
    body = mixed(text(plain), calendar(ics, method=None, filename="interview.ics", disposition="attachment", name_param=True))
    return message(h, body)


@mail(12, family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start="2026-05-25T07:00:00Z", end="2026-05-25T07:30:00Z",
      local="Mon 2026-05-25 09:00", local_end="2026-05-25 09:30", zone="Europe/Madrid",
      contact="marta.puig@tramuntanadata.es", company="Tramuntana Data",
      note="SmartRecruiters in Spanish: lunes 25 de mayo 9:00-9:30 hora de Madrid (CEST +2) -> 07:00Z; sender no-reply, contact = recruiter address in the body")
def m12() -> bytes:
    plain = t("""
        Hola Priya:

        ¡Gracias por tu interés en Tramuntana Data! Te confirmamos la entrevista para el puesto de
        Analista de Datos Senior (remoto):

        Fecha: lunes, 25 de mayo de 2026
        Hora: 9:00 - 9:30 (hora de Madrid, CEST)
        Tipo: videollamada por Microsoft Teams (recibirás el enlace el mismo día)
        Entrevistadora: Marta Puig, Talent Acquisition

        Será una primera conversación de 30 minutos para conocernos y repasar tu experiencia.

        Si necesitas cambiar la hora, escríbeme directamente a marta.puig@tramuntanadata.es.

        Un saludo,
        Marta Puig
        Tramuntana Data · Barcelona
    """)
    page = "<html><body style=\"font-family:Arial\"><p>" + plain.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n"
    h = hdrs(addr("Tramuntana Data", "no-reply@smartrecruiters.com"), "Confirmación de entrevista - Analista de Datos Senior",
             "2026-05-19 12:40", "Europe/Madrid", "<sr.4f1b.entrevista.20260519@smartrecruiters.com>", host="mail.smartrecruiters.com")
    return message(h, alt(text(plain), html(page)))


@mail(13, family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-11-10T21:00:00Z", end="2026-11-10T22:00:00Z",
      local="Tue 2026-11-10 16:00", local_end="2026-11-10 17:00", zone="America/Toronto",
      contact="egagnon@boreal-analytique.ca", company="Boréal Analytique",
      note="Montréal recruiter (fr-CA): mardi 10 novembre 16 h HNE (EST -5, after 1 November) = mercredi 8 h à Sydney -> 21:00Z; 'd'une durée d'une heure' -> end")
def m13() -> bytes:
    plain = t("""
        Bonjour Priya,

        Merci pour votre retour rapide. Je vous confirme donc l'entrevue avec notre directeur des
        données, Marc-André Lévesque :

        mardi 10 novembre, de 16 h à 17 h (heure de l'Est, Montréal)
        soit mercredi 11 novembre de 8 h à 9 h, heure de Sydney

        L'entrevue, d'une durée d'une heure, aura lieu sur Teams; je vous envoie le lien séparément.
        Prévoyez quelques minutes pour nous présenter un projet dont vous êtes fière.

        Au plaisir,

        Élise Gagnon
        Conseillère principale, acquisition de talents
        Boréal Analytique inc. | 1250, boul. René-Lévesque O., Montréal (QC)
        514 555-0182
    """)
    h = hdrs(addr("Élise Gagnon", "egagnon@boreal-analytique.ca"), "Confirmation – entrevue Analyste principale",
             "2026-11-03 10:40", "America/Toronto", "<YQBPR0101MB6422E1F0A2B3C4D5@YQBPR0101MB6422.CANPRD01.PROD.OUTLOOK.COM>",
             host="YQBPR0101MB6422.CANPRD01.PROD.OUTLOOK.COM")
    return message(h, text(plain, cte="8bit"))


@mail(14, family="human_prose", lang="it", interview=True, kind="scheduled",
      start="2026-09-17T08:00:00Z", end="2026-09-17T08:45:00Z",
      local="Thu 2026-09-17 10:00", local_end="2026-09-17 10:45", zone="Europe/Rome",
      contact="chiara.bonetti@navigliosoft.it", company="Naviglio Software",
      note="Italian HR mail: giovedì 17 settembre ore 10:00 ora italiana (CEST +2), durata 45 minuti -> 08:00Z-08:45Z")
def m14() -> bytes:
    plain = t("""
        Gentile Priya,

        come anticipato al telefono, le confermo il colloquio conoscitivo per la posizione di Data
        Analyst (full remote):

        giovedì 17 settembre 2026, ore 10:00 (ora italiana)
        durata: 45 minuti
        modalità: Google Meet, link: https://meet.google.com/nvg-soft-cbi

        Saranno presenti il sottoscritto e Luca Ferrandi, responsabile del team Data. So che per lei
        saranno le 18:00: se l'orario dovesse creare problemi non esiti a scrivermi.

        Cordiali saluti,

        Chiara Bonetti
        HR Specialist - Naviglio Software S.r.l.
        Via Ripa di Porta Ticinese 55, 20143 Milano
    """)
    h = hdrs(addr("Chiara Bonetti", "chiara.bonetti@navigliosoft.it"), "Conferma colloquio - Data Analyst",
             "2026-09-11 15:05", "Europe/Rome", "<b2c1a0f9e8d7@navigliosoft.it>", host="smtp.navigliosoft.it")
    return message(h, text(plain, cte="8bit"))


@mail(15, family="human_prose", lang="pt", interview=True, kind="scheduled",
      start="2026-08-12T23:00:00Z", local="Wed 2026-08-12 20:00", zone="America/Sao_Paulo",
      contact="rafael.mendes@cerradopay.com.br", company="CerradoPay",
      note="Brazilian recruiter via Gmail: quarta-feira 12 de agosto às 20h horário de Brasília (-3) = quinta 9h em Sydney -> 23:00Z; 'cerca de uma hora' -> end null")
def m15() -> bytes:
    plain = t("""
        Oi Priya, tudo bem?

        Conforme combinamos, sua entrevista com o time de Dados da CerradoPay ficou marcada para
        quarta-feira, 12 de agosto, às 20h (horário de Brasília) - ou seja, quinta às 9h aí em Sydney.

        Vai ser pelo Google Meet (https://meet.google.com/cer-pay-dtz), com a Fernanda (gestora da
        vaga) e comigo. A conversa deve levar cerca de uma hora.

        Qualquer imprevisto, é só me chamar por aqui ou no WhatsApp.

        Abraço,
        Rafael Mendes
        Tech Recruiter | CerradoPay
    """)
    h = hdrs(addr("Rafael Mendes", "rafael.mendes@cerradopay.com.br"), "Entrevista CerradoPay - confirmação",
             "2026-08-06 17:22", "America/Sao_Paulo", "<CAJ8f2kT0pQ1w9rX=Yb3mD4vN7sLzE@mail.gmail.com>", host="mail-yw1-f172.google.com")
    return message(h, alt(text(plain), html(gmail_html(plain))))


@mail(16, family="human_prose", lang="pl", interview=True, kind="scheduled",
      start="2026-06-03T07:00:00Z", local="Wed 2026-06-03 09:00", zone="Europe/Warsaw",
      contact="agnieszka.wrobel@mazowiadata.pl", company="Mazowia Data",
      note="Polish recruiter: środa 3 czerwca 9:00 czasu polskiego (CEST +2) = 17:00 in Sydney -> 07:00Z; 'ok. godziny' -> end null")
def m16() -> bytes:
    plain = t("""
        Dzień dobry Pani Priyo,

        dziękuję za szybką odpowiedź. Potwierdzam rozmowę rekrutacyjną na stanowisko Senior Data
        Analyst w środę 3 czerwca o 9:00 czasu polskiego (u Pani w Sydney będzie 17:00).

        Spotkamy się na MS Teams - link prześlę w osobnym zaproszeniu. Po naszej stronie będą:
        Tomasz Nowicki (Head of Analytics) i ja. Rozmowa potrwa ok. godziny, część po angielsku.

        W razie pytań proszę śmiało pisać.

        Pozdrawiam serdecznie,
        Agnieszka Wróbel
        Talent Acquisition Specialist
        Mazowia Data sp. z o.o. | ul. Prosta 51, 00-838 Warszawa
    """)
    h = hdrs(addr("Agnieszka Wróbel", "agnieszka.wrobel@mazowiadata.pl"), "Potwierdzenie rozmowy - Senior Data Analyst",
             "2026-05-29 13:50", "Europe/Warsaw", "<3e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b@mazowiadata.pl>", host="smtp.mazowiadata.pl")
    return message(h, text(plain))


@mail(17, family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-09-17T00:00:00Z", local="Thu 2026-09-17 10:00", zone=SYD,
      contact="ben@fernbrook.io", company="Fernbrook",
      note="Terse founder reply from iPhone, sent Mon 14 Sep AEST: 'Thursday 10am' at the office -> Thu 17 Sep 10:00 AEST (+10) -> 00:00Z")
def m17() -> bytes:
    plain = t("""
        Great - let's lock in Thursday 10am at ours. Level 12, 88 Kent St. Ask for me at reception
        and bring your laptop if you want to show us anything.

        Cheers
        Ben

        Sent from my iPhone

        > On 14 Sep 2026, at 4:31 pm, Priya Raman <priya.raman@example.net> wrote:
        >
        > Hi Ben, thanks for getting back to me! I'm free Thursday morning or any time Friday
        > afternoon this week for the analyst chat.
        >
        > Priya
    """)
    h = hdrs(addr("Ben Costa", "ben@fernbrook.io"), "Re: Analyst role at Fernbrook",
             "2026-09-14 17:48", SYD, "<E4B1C0F2-9A7D-4C3E-8F21-7D6B5A4C3E21@fernbrook.io>", host="mail-pf1-f176.google.com",
             extra=(("In-Reply-To", "<CAPr9Zq1m2n3b4v5c6x7@mail.gmail.com>"),))
    return message(h, text(plain, charset="us-ascii", cte="7bit"))


def _fwd18() -> str:
    return t("""
        fyi - Orchid Pay interview, add to calendar!!

        ---------- Forwarded message ---------
        From: Darren Lim <darren.lim@kopitalent.sg>
        Date: Thu, 18 Jun 2026 at 15:02
        Subject: Orchid Pay - interview confirmed
        To: Priya Raman <priya.raman@example.net>


        Hi Priya,

        Good news - Orchid Pay would like to meet you for the Lead Data Analyst role. I've confirmed
        the following with their hiring manager:

        Date: Tuesday, 23 June
        Time: 2:30pm SGT (4:30pm Sydney time)
        Format: Zoom, link will come from Orchid Pay's HR directly
        Panel: Shirley Koh (VP Data) and Arjun Menon (Engineering Manager)

        It should take about an hour. Shirley is quite hands-on, so expect questions on experimentation
        and metric design. Give me a call tomorrow if you'd like to prep.

        Best regards,
        Darren Lim
        Senior Consultant, Technology | Kopi Talent Partners
        EA Licence No. 19C8821 | Reg. No. R1987654
        +65 8123 4567
    """)


@mail(18, family="forwarded", lang="en", interview=True, kind="scheduled",
      start="2026-06-23T06:30:00Z", local="Tue 2026-06-23 14:30", zone="Asia/Singapore",
      contact="darren.lim@kopitalent.sg", company="Orchid Pay",
      note="Gmail forward to self of a Singapore agency mail: Tue 23 June 2:30pm SGT (+8) = 4:30pm AEST -> 06:30Z; 'about an hour' -> end null; contact = agency recruiter in the forwarded header, company = the client")
def m18() -> bytes:
    plain = _fwd18()
    h = hdrs(OWNER_TO, "Fwd: Orchid Pay - interview confirmed", "2026-06-18 19:41", SYD,
             "<CAF0x9Rm4kL2pQ7vT1=nB8cW3zY5sH6jD@mail.gmail.com>", host="mail-sor-f41.google.com")
    return message(h, alt(text(plain), html(gmail_html(plain))))


@mail(19, family="reply_quoted", lang="en", interview=True, kind="scheduled",
      start="2026-03-09T08:00:00Z", local="Mon 2026-03-09 08:00", zone="Europe/London",
      contact="oliver.hartley@quayside-analytics.co.uk", company="Quayside Analytics",
      note="UK hiring manager confirms on top of the quoted thread: 'Monday 9 March at 8am UK time' (GMT, before 29 March) = 7pm Sydney AEDT -> 08:00Z")
def m19() -> bytes:
    plain = t("""
        Perfect - that's confirmed then. I'll send a Teams link over shortly. Speak Monday!

        Oliver

        -----Original Message-----
        From: Priya Raman <priya.raman@example.net>
        Sent: Thursday, March 5, 2026 8:47 AM
        To: Oliver Hartley <oliver.hartley@quayside-analytics.co.uk>
        Subject: Re: Senior Analyst - next steps

        Hi Oliver,

        Monday 9 March at 8am UK time works well for me (that's 7pm here in Sydney).

        Thanks,
        Priya

        -----Original Message-----
        From: Oliver Hartley <oliver.hartley@quayside-analytics.co.uk>
        Sent: Wednesday, March 4, 2026 5:12 PM
        To: Priya Raman <priya.raman@example.net>
        Subject: Senior Analyst - next steps

        Hi Priya,

        Thanks for your application - I'd love to have a proper chat. Given the time difference, would
        early morning UK time on Monday or Tuesday next week work? Something like 8am?

        Best,
        Oliver Hartley
        Head of Insight, Quayside Analytics
    """)
    h = hdrs(addr("Oliver Hartley", "oliver.hartley@quayside-analytics.co.uk"), "RE: Senior Analyst - next steps",
             "2026-03-05 09:10", "Europe/London", "<LO2P265MB5120B8A7C6D5E4F3A2B1@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>",
             host="LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM",
             extra=(("In-Reply-To", "<SY5P300MB0011@example.net>"), ("Thread-Topic", "Senior Analyst - next steps")))
    return message(h, text(plain))


@mail(20, family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-07-15T05:30:00Z", end="2026-07-15T06:30:00Z",
      local="Wed 2026-07-15 11:00", local_end="2026-07-15 12:00", zone="Asia/Kolkata",
      contact="sneha.kulkarni@deccanlytics.in", company="Deccanlytics",
      note="Indian HR mail: 15-Jul-2026 11:00 AM IST (+5:30), Duration 1 hour -> 05:30Z-06:30Z; 'kindly confirm' but date, time and panel are fixed")
def m20() -> bytes:
    plain = t("""
        Dear Priya,

        Greetings from Deccanlytics!

        With reference to your application for the position of Lead Analyst - APAC Markets, we are
        pleased to inform you that you have been shortlisted for the Technical Round. Please find the
        details below:

        Date      : 15-Jul-2026 (Wednesday)
        Time      : 11:00 AM IST (3:30 PM AEST)
        Duration  : 1 hour
        Mode      : Microsoft Teams (link shared separately)
        Panel     : Mr. Karthik Subramanian, Ms. Pooja Deshpande

        Kindly confirm your availability by replying to this mail and keep your updated resume handy.

        Thanks & Regards,
        Sneha Kulkarni
        HR Executive - Talent Acquisition
        Deccanlytics Pvt. Ltd., Baner, Pune
        Mob: +91 98220 41177
    """)
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + plain.replace("\n", "<br>\n") + "</div></body></html>\n"
    h = hdrs(addr("Sneha Kulkarni", "sneha.kulkarni@deccanlytics.in"), "Interview Schedule - Lead Analyst - APAC Markets || Technical Round",
             "2026-07-10 12:18", "Asia/Kolkata", "<PN3P287MB1822A1B2C3D4E5F6A7B8@PN3P287MB1822.INDP287.PROD.OUTLOOK.COM>",
             host="PN3P287MB1822.INDP287.PROD.OUTLOOK.COM")
    return message(h, alt(text(plain), html(page)))


@mail(21, family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-10-21T23:30:00Z", end="2026-10-22T00:15:00Z",
      local="Wed 2026-10-21 16:30", local_end="2026-10-21 17:15", zone="America/Los_Angeles",
      contact="kayla@cascadiametrics.com", company="Cascadia Metrics",
      note="Seattle recruiter moves the interview from Tue 10/20 3pm to Wed 10/21 4:30pm PT (PDT -7) = Thu 10:30am Sydney AEDT -> 23:30Z; 45 minutes -> end")
def m21() -> bytes:
    plain = t("""
        Hi Priya,

        Quick change on our end - Dana (the hiring manager) got pulled into an offsite on Tuesday, so
        I've moved your interview from Tue 10/20 at 3pm PT to Wed 10/21 at 4:30pm PT. That should be
        Thursday 10:30am for you in Sydney. Same format, 45 minutes on Zoom, same link as before.

        Updated calendar invite coming from Dana's calendar shortly. Sorry for the shuffle!

        Kayla Brooks
        Recruiting | Cascadia Metrics
        Seattle, WA
    """)
    h = hdrs(addr("Kayla Brooks", "kayla@cascadiametrics.com"), "Interview moved to Wednesday 10/21",
             "2026-10-16 13:27", "America/Los_Angeles", "<CAK3nR8s9T0uV1wX2yZ3a4B5c6D7e8F9@mail.gmail.com>", host="mail-oi1-f180.google.com")
    return message(h, text(plain, charset="us-ascii", cte="7bit"))


@mail(22, family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-03-09T22:00:00Z", local="Tue 2026-03-10 11:00", zone="Pacific/Auckland",
      contact="tom@harakeke.nz", company="Harakeke Software",
      note="Auckland founder cancels 'our chat tomorrow at 11am (NZ time)', sent Mon 9 March NZDT -> Tue 10 March 11:00 NZDT (+13) -> Mon 9 March 22:00Z (9am Sydney)")
def m22() -> bytes:
    plain = t("""
        Kia ora Priya,

        Really sorry to do this at short notice, but I need to cancel our chat tomorrow at 11am (NZ
        time). We found out on Friday that our funding round is delayed, so we've paused all hiring
        for the data role until at least June.

        I enjoyed reading your take-home notes and I'd genuinely like to pick this up again when we
        can. I'll reach out as soon as I know more.

        Ngā mihi,
        Tom Reihana
        Co-founder, Harakeke Software
    """)
    h = hdrs(addr("Tom Reihana", "tom@harakeke.nz"), "Tomorrow's chat - need to cancel, sorry",
             "2026-03-09 08:40", "Pacific/Auckland", "<CAH7uYq2w3e4r5t6y7u8i9o0p1a2s3d4f@mail.gmail.com>", host="mail-wm1-f47.google.com")
    return message(h, text(plain, cte="quoted-printable"))


@mail(23, family="bamboohr", lang="en", interview=True, kind="scheduled",
      start="2026-08-06T05:00:00Z", end="2026-08-06T05:30:00Z",
      local="Thu 2026-08-06 13:00", local_end="2026-08-06 13:30", zone="Australia/Perth",
      contact="lauren.pike@spinifexenergy.com.au", company="Spinifex Energy",
      note="BambooHR, Perth (AWST +8, no DST): Thu 6 August 1:00 PM AWST (3:00 PM AEST), 30-minute phone screen -> 05:00Z-05:30Z; contact = Reply-To")
def m23() -> bytes:
    plain = t("""
        Hi Priya,

        Thanks for your interest in the Business Intelligence Analyst position with Spinifex Energy.
        We'd like to confirm a 30-minute phone screen with Lauren Pike:

        Thursday, 6 August 2026 at 1:00 PM AWST (Perth) / 3:00 PM AEST (Sydney)

        Lauren will call you on the mobile number in your application (+61 4xx xxx 218). If you need a
        different number or time, just reply to this email.

        Kind regards,
        Spinifex Energy People Team
    """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
        <table width="600" align="center" cellpadding="20"><tr><td>
        <p>Hi Priya,</p>
        <p>Thanks for your interest in the <strong>Business Intelligence Analyst</strong> position with Spinifex Energy. We'd like to confirm a <strong>30-minute phone screen</strong> with Lauren Pike:</p>
        <p style="font-size:16px"><strong>Thursday, 6 August 2026 at 1:00 PM AWST (Perth) / 3:00 PM AEST (Sydney)</strong></p>
        <p>Lauren will call you on the mobile number in your application (+61 4xx xxx 218). If you need a different number or time, just reply to this email.</p>
        <p>Kind regards,<br>Spinifex Energy People Team</p>
        <p style="font-size:11px;color:#999">Sent using BambooHR</p>
        </td></tr></table></body></html>
    """)
    h = hdrs(addr("Spinifex Energy", "notifications@app.bamboohr.com"), "Phone screen confirmed - Business Intelligence Analyst",
             "2026-08-03 09:55", "Australia/Perth", "<bhr.ats.7712093.phone-screen@app.bamboohr.com>", host="app.bamboohr.com",
             extra=(("Reply-To", addr("Lauren Pike", "lauren.pike@spinifexenergy.com.au")),))
    return message(h, alt(text(plain), html(page)))


# =========================================================================== negatives


@mail(24, family="job_alert", lang="en", interview=False, company=None,
      note="SEEK job alert: new Data Analyst listings in Sydney; no interview")
def m24() -> bytes:
    plain = t("""
        12 new jobs for "data analyst" in All Sydney NSW

        Senior Data Analyst
        Canopy Analytics - Sydney CBD - $130k - $145k + super
        Full time - Listed 2d ago

        Insights Analyst (12 month contract)
        Coral Coast Bank - Parramatta - $95/hr
        Contract/Temp - Listed 1d ago

        Data Analyst - Pricing & Revenue
        Tasman Retail Group - North Sydney - Competitive
        Full time - Listed 5h ago
        Quick apply

        Marketing Analytics Lead
        Confidential - Sydney - $160k package
        Full time - Listed 3d ago

        See all 12 jobs: https://www.seek.com.au/data-analyst-jobs/in-All-Sydney-NSW?savedsearch=1

        You're receiving this because you saved the search "data analyst". Manage your alerts:
        https://www.seek.com.au/my-activity/saved-searches
        SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121
    """)
    page = "<html><body style=\"font-family:Arial\">" + plain.replace("\n\n", "<br><br>").replace("\n", "<br>") + "</body></html>\n"
    h = hdrs(addr("SEEK", "jobmail@s.seek.com.au"), '12 new jobs for "data analyst" in All Sydney NSW',
             "2026-04-21 06:05", SYD, "<20260420200500.1f2e3d4c.jobmail@s.seek.com.au>", host="s.seek.com.au",
             extra=(("List-Unsubscribe", "<https://www.seek.com.au/unsubscribe?t=9f8e>"),))
    return message(h, alt(text(plain), html(page)))


@mail(25, family="application_receipt", lang="en", interview=False, company="Lumen Freight",
      note="LinkedIn Easy Apply receipt; platform mail about one employer -> company = that employer")
def m25() -> bytes:
    page = t("""
        <html><body style="font-family:-apple-system,system-ui,Arial;background:#f3f2ef">
        <table width="512" align="center" cellpadding="16" style="background:#fff">
        <tr><td>
        <p style="font-size:20px;font-weight:600">Your application was sent to Lumen Freight</p>
        <p><b>Supply Chain Data Analyst</b><br>Lumen Freight &middot; Sydney, New South Wales, Australia (Hybrid)<br>Applied on April 22, 2026</p>
        <p>Now, take these next steps for more success with your job search:</p>
        <ul><li>Set job alerts for similar roles</li><li>Check out who works at Lumen Freight</li></ul>
        <p><a href="https://www.linkedin.com/jobs/view/4012998871/">View job</a> &nbsp; <a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">Applied jobs</a></p>
        <p style="font-size:11px;color:#666">This email was intended for Priya Raman (Data Analyst at Harbourline Insurance). &copy; 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
        </td></tr></table></body></html>
    """)
    h = hdrs(addr("LinkedIn", "jobs-noreply@linkedin.com"), "Priya, your application was sent to Lumen Freight",
             "2026-04-22 20:33", SYD, "<1234567890.4455.1745312000000@ltx1-app1122.prod.linkedin.com>", host="mailb-ae.linkedin.com")
    return message(h, html(page))


@mail(26, family="out_of_office", lang="de", interview=False, company="Alpenflug Analytics GmbH",
      days=(("Fri", "2026-11-06"),),
      note="German out-of-office auto-reply of the recruiter to the owner's mail about the interview; mentions the interview and a return date but confirms nothing")
def m26() -> bytes:
    plain = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 6. November, nicht im Büro und habe nur eingeschränkt
        Zugriff auf meine E-Mails. Bereits vereinbarte Vorstellungsgespräche finden wie geplant statt.

        In dringenden Fällen wenden Sie sich bitte an recruiting@alpenflug.de.

        Beste Grüße
        Katharina Vogl
        Alpenflug Analytics GmbH
    """)
    h = hdrs(addr("Katharina Vogl", "katharina.vogl@alpenflug.de"), "Automatische Antwort: Vorstellungsgespräch Priya Raman – Senior Data Analyst (remote)",
             "2026-11-02 21:04", "Europe/Berlin", "<FR2P281MB2874AUTO0011@FR2P281MB2874.DEUP281.PROD.OUTLOOK.COM>",
             host="FR2P281MB2874.DEUP281.PROD.OUTLOOK.COM",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")))
    return message(h, text(plain))


@mail(27, family="rejection", lang="en", interview=False, company="Ridgeway Data",
      note="Ashby rejection after the technical interview")
def m27() -> bytes:
    plain = t("""
        Hi Priya,

        Thank you for taking the time to interview for the Senior Data Analyst role at Ridgeway Data,
        and for the thoughtful SQL walk-through with Devin.

        After a lot of discussion, we've decided to move forward with candidates whose experience is a
        closer match to our current needs, particularly around US healthcare claims data. This was a
        tough call and not a reflection of your ability.

        We'd be glad to stay in touch as the team grows.

        Best,
        Nadia Flores
        Recruiting, Ridgeway Data
    """)
    h = hdrs(addr("Ridgeway Data", "no-reply@ashbyhq.com"), "Update on your application to Ridgeway Data",
             "2026-03-13 10:02", "America/Los_Angeles", "<ashby-2d9a1c0b-reject@ashbyhq.com>", host="mail.ashbyhq.com",
             extra=(("Reply-To", addr("Nadia Flores", "nadia@ridgewaydata.com")),))
    return message(h, text(plain))


@mail(28, family="rejection", lang="es", interview=False, company="Grupo Tezontle",
      note="Mexican rejection after an interview")
def m28() -> bytes:
    plain = t("""
        Hola Priya,

        Te agradecemos mucho el tiempo que dedicaste a las entrevistas para la vacante de Analista de
        Inteligencia de Negocio. Fue un gusto conocerte.

        Después de evaluar con cuidado a todas las personas finalistas, decidimos continuar el proceso
        con otro perfil. Guardaremos tus datos por si se abre una posición que se ajuste mejor.

        Te deseamos mucho éxito.

        Saludos cordiales,
        Atracción de Talento
        Grupo Tezontle · Ciudad de México
    """)
    h = hdrs(addr("Talento Grupo Tezontle", "talento@tezontle.com.mx"), "Seguimiento a tu proceso - Analista de Inteligencia de Negocio",
             "2026-06-30 11:15", "America/Mexico_City", "<mx-tez-20260630-8812@tezontle.com.mx>", host="smtp.tezontle.com.mx")
    return message(h, text(plain, cte="base64"))


@mail(29, family="self_schedule_link", lang="nl", interview=False, company="Polderlicht",
      note="Recruitee self-scheduling link in Dutch: pick a slot, nothing fixed yet")
def m29() -> bytes:
    plain = t("""
        Hoi Priya,

        Bedankt voor je sollicitatie als BI-specialist bij Polderlicht! We willen graag kennismaken.

        Kies via onderstaande link een moment dat jou uitkomt voor een videogesprek van 30 minuten.
        Er staan tijden tussen 8:00 en 10:00 (Nederlandse tijd) voor de komende twee weken, zodat het
        voor jou in Australië ook nog te doen is.

        Plan je gesprek: https://polderlicht.recruitee.com/o/bi-specialist/schedule/4c2d9e

        Lukt geen van de momenten? Laat het ons weten, dan zoeken we samen iets.

        Met vriendelijke groet,
        Femke Bakker
        Recruiter, Polderlicht
    """)
    page = "<html><body><p>" + plain.replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>\n"
    h = hdrs(addr("Polderlicht", "noreply@recruitee.com"), "Plan je kennismakingsgesprek met Polderlicht",
             "2026-08-19 09:12", "Europe/Amsterdam", "<rc.polderlicht.5512.schedule@recruitee.com>", host="mail.recruitee.com")
    return message(h, alt(text(plain), html(page)))


@mail(30, family="self_schedule_link", lang="en", interview=False, company="Harbour Search",
      note="Sydney agency recruiter sends her Calendly link for 'any 15-min slot next week'; no fixed time")
def m30() -> bytes:
    plain = t("""
        Hi Priya,

        Thanks for sending through your CV - the Analytics Manager role I mentioned is still open and
        I think you'd be a strong fit.

        Easiest thing is to grab any 15-min slot next week that suits you here:
        https://calendly.com/jade-harboursearch/15min

        Speak soon,
        Jade Winter
        Principal Consultant | Harbour Search
        0412 555 019
    """)
    h = hdrs(addr("Jade Winter", "jade@harboursearch.com.au"), "Re: Analytics Manager opportunity",
             "2026-05-07 14:20", SYD, "<SYCPR01MB8821C0D1E2F3@SYCPR01MB8821.ausprd01.prod.outlook.com>",
             host="SYCPR01MB8821.ausprd01.prod.outlook.com")
    return message(h, text(plain))


@mail(31, family="availability_request", lang="en", interview=False, company="Cascadia Metrics",
      note="GoodTime availability request: share times for the week of 19 October; no fixed time")
def m31() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <p>Hi Priya,</p>
        <p>Congratulations on moving forward with <b>Cascadia Metrics</b>! The next step is a 45-minute interview with the hiring manager.</p>
        <p>Please share your availability for the <b>week of October 19</b>. Times are shown in your time zone (Australia/Sydney) and we'll convert for the team in Seattle.</p>
        <p style="text-align:center"><a href="https://app.goodtime.io/availability/cm-88a1f2" style="background:#2b59c3;color:#fff;padding:10px 18px;text-decoration:none">Share my availability</a></p>
        <p>Please submit within 48 hours so we can lock something in.</p>
        <p>Thanks,<br>Kayla Brooks<br>Recruiting, Cascadia Metrics</p>
        <p style="font-size:11px;color:#888">Sent via GoodTime</p>
        </body></html>
    """)
    h = hdrs(addr("Kayla Brooks (Cascadia Metrics)", "scheduling@goodtime.io"), "Cascadia Metrics: please share your availability",
             "2026-10-09 12:05", "America/Los_Angeles", "<gt-avail-cm-88a1f2@goodtime.io>", host="mail.goodtime.io")
    return message(h, html(page))


@mail(32, family="recruiter_outreach", lang="en", interview=False, company="Bridge Street Recruitment",
      note="LinkedIn InMail notification from an agency recruiter: 'free for a quick chat this week?'; client unnamed -> company = the agency")
def m32() -> bytes:
    plain = t("""
        Sam Reid sent you a new message

        Sam Reid - Senior Consultant, Data & Analytics at Bridge Street Recruitment

        "Hi Priya, I came across your profile and I'm working on a Head of Analytics role with a
        well-known ASX-listed retailer - hybrid, 2 days in North Sydney, up to $210k + bonus. Would you
        be free for a quick chat sometime this week? Happy to work around you."

        Reply: https://www.linkedin.com/messaging/thread/2-YTk4ZjE/

        This is an occasional email to help you stay in touch with your network.
        Unsubscribe: https://www.linkedin.com/e/v2?e=unsub
        (c) 2026 LinkedIn Corporation
    """)
    h = hdrs(addr("Sam Reid via LinkedIn", "inmail-hit-reply@linkedin.com"), "Priya, Sam sent you a message",
             "2026-07-21 08:47", SYD, "<987654321.112233.1784580000000@ltx1-app2201.prod.linkedin.com>", host="mailb-ag.linkedin.com")
    return message(h, text(plain))


@mail(33, family="offer", lang="en", interview=False, company="Spinifex Energy",
      days=(("Mon", "2026-09-07"), ("Fri", "2026-08-21")),
      note="Offer letter e-mail with a start date and a deadline; no interview")
def m33() -> bytes:
    plain = t("""
        Hi Priya,

        It was a pleasure getting to know you over the past few weeks. I'm delighted to attach our
        offer for the role of Business Intelligence Analyst (remote from Sydney, with quarterly trips
        to Perth).

        Summary:
        - Base salary: $128,000 + superannuation
        - Proposed start date: Monday 7 September 2026
        - Please sign and return via DocuSign by Friday 21 August

        If you'd like to talk anything through, I'm happy to jump on a call.

        Warm regards,
        Lauren Pike
        Talent Acquisition, Spinifex Energy
    """)
    h = hdrs(addr("Lauren Pike", "lauren.pike@spinifexenergy.com.au"), "Offer of employment - Business Intelligence Analyst",
             "2026-08-14 15:30", "Australia/Perth", "<ME3PR01MB7711A0B9C8D7E6F5@ME3PR01MB7711.ausprd01.prod.outlook.com>",
             host="ME3PR01MB7711.ausprd01.prod.outlook.com")
    return message(h, text(plain))


@mail(34, family="assessment", lang="en", interview=False, company="Tasman Retail Group",
      days=(("Fri", "2026-04-24"),),
      note="HackerRank take-home assessment with a completion deadline; not an interview")
def m34() -> bytes:
    plain = t("""
        Hi Priya,

        Tasman Retail Group has invited you to take the "Data Analyst - SQL & Python" assessment.

        Test duration: 90 minutes
        Complete by: Friday, 24 April 2026, 11:59 PM AEST

        Start test: https://www.hackerrank.com/tests/7a1c0e9/login?b=eyJ1c2VybmFtZSI6InByaXlh

        You can take the test any time before the deadline. Make sure you have a stable connection;
        once started, the timer cannot be paused.

        Good luck!
        Team HackerRank, on behalf of Tasman Retail Group
    """)
    h = hdrs(addr("Tasman Retail Group via HackerRank", "support@hackerrankforwork.com"), "Invitation: Data Analyst - SQL & Python assessment",
             "2026-04-17 10:00", SYD, "<hr-invite-7a1c0e9-priya@hackerrankforwork.com>", host="mail.hackerrankforwork.com")
    return message(h, text(plain))


@mail(35, family="one_way_video", lang="en", interview=False, company="Coral Coast Bank",
      days=(("Sat", "2026-05-30"),),
      note="HireVue on-demand (one-way) video interview 'complete by'; no live interview at a set time")
def m35() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#333">
        <p>Dear Priya,</p>
        <p>Thank you for applying for the <b>Insights Analyst</b> role at Coral Coast Bank. As the next step, we invite you to complete an <b>on-demand video interview</b>.</p>
        <p>You'll answer 5 questions on camera at a time that suits you. Please complete it by <b>11:59 PM, Saturday 30 May 2026 (AEST)</b>.</p>
        <p><a href="https://app.hirevue.com/interviews/ccb-9f8e7d">Start your interview</a></p>
        <p>Tip: find a quiet, well-lit place and test your camera first.</p>
        <p>Kind regards,<br>Coral Coast Bank Talent Acquisition</p>
        </body></html>
    """)
    h = hdrs(addr("Coral Coast Bank Careers", "noreply@hirevue.com"), "Coral Coast Bank: complete your video interview",
             "2026-05-22 09:30", SYD, "<hv-ccb-9f8e7d.invite@hirevue.com>", host="mail.hirevue.com")
    return message(h, html(page, cte="base64"))


@mail(36, family="personal_appointment", lang="en", interview=False, company=None,
      days=(("Thu", "2026-04-16"),),
      note="GP appointment confirmation (HotDoc style) with an .ics; a confirmed time, but not an interview")
def m36() -> bytes:
    plain = t("""
        Hi Priya,

        Your appointment is confirmed.

        Dr Helen Lee - Standard consultation
        Thursday 16 April 2026, 9:15am
        Glebe Family Medical, 112 Glebe Point Rd, Glebe NSW 2037

        Need to cancel? Please let us know at least 2 hours beforehand:
        https://www.hotdoc.com.au/appointments/cancel/88c1a2

        HotDoc on behalf of Glebe Family Medical
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HotDoc//Appointments//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:appt-88c1a2@hotdoc.com.au
DTSTAMP:20260413T011500Z
DTSTART:20260415T231500Z
DTEND:20260415T233000Z
SUMMARY:Appointment with Dr Helen Lee
LOCATION:Glebe Family Medical\\, 112 Glebe Point Rd\\, Glebe NSW 2037
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("HotDoc", "no-reply@hotdoc.com.au"), "Appointment confirmed: Dr Helen Lee, Thu 16 Apr 9:15am",
             "2026-04-13 11:15", SYD, "<hotdoc-88c1a2-confirm@hotdoc.com.au>", host="mail.hotdoc.com.au")
    return message(h, mixed(text(plain), calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


@mail(37, family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Wed", "2026-07-29"),),
      note="Current employer's Exchange invite (Quarterly business review, AUS Eastern Standard Time); not an interview")
def m37() -> bytes:
    plain = t("""
        When: Wednesday, 29 July 2026 1:00 PM-2:30 PM (UTC+10:00) Canberra, Melbourne, Sydney.
        Where: L14 Boardroom / Microsoft Teams Meeting

        Hi all, Q4 FY26 business review for the Pricing & Analytics team. Please bring your top 3
        wins and one thing you'd change. Pre-read to follow.

        Mark
    """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VTZ_AUS + """
BEGIN:VEVENT
ORGANIZER;CN=Mark Sullivan:mailto:mark.sullivan@harbourline.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Raman:mailto:priya.raman@harbourline.com.au
UID:040000008200E00074C5B7101A82E00800000000QBRFY26Q4
SUMMARY;LANGUAGE=en-AU:Pricing & Analytics - Quarterly business review
DTSTART;TZID=AUS Eastern Standard Time:20260729T130000
DTEND;TZID=AUS Eastern Standard Time:20260729T143000
DTSTAMP:20260715T230000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-AU:L14 Boardroom / Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Mark Sullivan", "mark.sullivan@harbourline.com.au"), "Pricing & Analytics - Quarterly business review",
             "2026-07-16 09:00", SYD, "<SY6PR01MB4410QBR@SY6PR01MB4410.ausprd01.prod.outlook.com>",
             to=addr("Priya Raman", "priya.raman@harbourline.com.au"), host="SY6PR01MB4410.ausprd01.prod.outlook.com")
    return message(h, alt(text(plain), calendar(ics, method="REQUEST")))


@mail(38, family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-09-08"),),
      note="Look-alike: Exchange invite 'Interview: Liam Chen - Junior Data Analyst' where the owner sits on her current employer's panel; not her interview")
def m38() -> bytes:
    plain = t("""
        When: Tuesday, 8 September 2026 11:00 AM-12:00 PM (UTC+10:00) Canberra, Melbourne, Sydney.
        Where: L14 Meeting Room 3

        Hi Priya,

        Thanks for agreeing to join the panel for Liam's interview - you'll cover the SQL exercise
        (questions in the panel pack, attached in Workday). Candidate CV is in the Workday requisition.

        Cheers,
        Anita Roy
        Talent Acquisition, Harbourline Insurance
    """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VTZ_AUS + """
BEGIN:VEVENT
ORGANIZER;CN=Anita Roy:mailto:anita.roy@harbourline.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Raman:mailto:priya.raman@harbourline.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mark Sullivan:mailto:mark.sullivan@harbourline.com.au
UID:040000008200E00074C5B7101A82E00800000000PANELLC0908
SUMMARY;LANGUAGE=en-AU:Interview: Liam Chen - Junior Data Analyst (panel)
DTSTART;TZID=AUS Eastern Standard Time:20260908T110000
DTEND;TZID=AUS Eastern Standard Time:20260908T120000
DTSTAMP:20260901T043000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-AU:L14 Meeting Room 3
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Anita Roy", "anita.roy@harbourline.com.au"), "Interview: Liam Chen - Junior Data Analyst (panel)",
             "2026-09-01 14:30", SYD, "<SY6PR01MB4410PANEL@SY6PR01MB4410.ausprd01.prod.outlook.com>",
             to=addr("Priya Raman", "priya.raman@harbourline.com.au"), host="SY6PR01MB4410.ausprd01.prod.outlook.com")
    return message(h, alt(text(plain), calendar(ics, method="REQUEST", cte="base64")))


@mail(39, family="newsletter_tips", lang="en", interview=False, company=None,
      note="Career newsletter (HTML only, base64) with interview tips; no interview")
def m39() -> bytes:
    page = t("""
        <!DOCTYPE html><html><body style="margin:0;background:#fafafa">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif">
        <tr><td style="padding:24px;background:#0d3b66;color:#fff;font-size:22px">The Shortlist &middot; Issue #84</td></tr>
        <tr><td style="padding:24px;font-size:16px;line-height:1.5">
        <h2>Your interview is tomorrow at 10. Now what?</h2>
        <p>Whether it's a phone screen or a final panel, the 24 hours before an interview matter more than most people think. We asked six hiring managers what separates a good candidate from a confirmed hire.</p>
        <ol>
        <li><b>Re-read the job ad</b> and map three of your stories to it.</li>
        <li><b>Test the tech</b>: Zoom, Teams, Meet &ndash; log in ten minutes early.</li>
        <li><b>Prepare two questions</b> that only someone who researched the company could ask.</li>
        <li><b>Send a short thank-you</b> within a day of the interview.</li>
        </ol>
        <p><a href="https://theshortlist.co/issues/84?utm_source=newsletter">Read the full issue &rarr;</a></p>
        </td></tr>
        <tr><td style="padding:16px;font-size:11px;color:#888">You subscribed at theshortlist.co. <a href="https://theshortlist.co/unsubscribe">Unsubscribe</a></td></tr>
        </table></body></html>
    """)
    h = hdrs(addr("The Shortlist", "hello@theshortlist.co"), "Your interview is tomorrow at 10. Now what?",
             "2026-05-14 07:00", SYD, "<20260513210000.84.shortlist@mail.beehiiv.com>", host="mail.beehiiv.com",
             extra=(("List-Unsubscribe", "<https://theshortlist.co/unsubscribe>"), ("Precedence", "bulk")))
    return message(h, html(page, cte="base64"))


@mail(40, family="webinar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-05-12"),),
      note="Webinar 'Ace your behavioural interview' registration with .ics attachment; a fixed time, but not a job interview")
def m40() -> bytes:
    plain = t("""
        You're registered!

        Ace your behavioural interview: the STAR method, done properly
        Tuesday 12 May 2026, 7:00pm - 8:00pm AEST

        Join link: https://us06web.zoom.us/webinar/register/WN_careerloop0512

        Add it to your calendar with the attached file. A recording will be sent to everyone who
        registers.

        The CareerLoop team
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications//Webinar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:careerloop-webinar-0512@zoom.us
DTSTAMP:20260505T020000Z
DTSTART:20260512T090000Z
DTEND:20260512T100000Z
SUMMARY:Ace your behavioural interview (CareerLoop webinar)
LOCATION:https://us06web.zoom.us/webinar/register/WN_careerloop0512
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("CareerLoop", "no-reply@zoom.us"), "Confirmation: Ace your behavioural interview - Tue 12 May, 7pm AEST",
             "2026-05-05 12:00", SYD, "<zoom-webinar-reg-0512-pr@zoom.us>", host="mail.zoom.us")
    return message(h, mixed(text(plain), calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@mail(41, family="mock_interview", lang="en", interview=False, company=None,
      days=(("Wed", "2026-04-22"),),
      note="University careers service mock interview booking: a confirmed time, but practice, not a job interview")
def m41() -> bytes:
    plain = t("""
        Dear Priya,

        Your booking with UTS Careers is confirmed.

        Appointment type: Mock interview (alumni) - 45 minutes
        Adviser: Grace Whitlam
        Date: Wednesday 22 April 2026
        Time: 2:00pm - 2:45pm
        Location: Online (Zoom link will be sent 24 hours before)

        Please upload the job ad you are preparing for to CareerHub before the session so your adviser
        can tailor the questions.

        To cancel, log in to CareerHub at least 24 hours beforehand.

        UTS Careers
    """)
    h = hdrs(addr("UTS Careers", "careers-noreply@uts.edu.au"), "Booking confirmed: Mock interview (alumni) - Wed 22 April",
             "2026-04-15 10:40", SYD, "<careerhub.booking.55120@uts.edu.au>", host="smtp.uts.edu.au")
    return message(h, text(plain))


@mail(42, family="podcast", lang="it", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Italian podcast 'intervista' invitation with a fixed recording time; not a job interview")
def m42() -> bytes:
    plain = t("""
        Ciao Priya,

        grazie ancora per aver accettato! Ti confermo la registrazione della puntata di "Dati al
        Caffè" giovedì 8 ottobre alle 9:00 ora italiana (le 18:00 da te a Sydney, se non sbaglio).

        Sarà un'intervista informale di circa 40 minuti sul tuo percorso da economista a data analyst
        e sul lavoro con i dati assicurativi. Registriamo su Riverside, il link te lo mando il giorno
        prima.

        Un abbraccio,
        Giorgia Fabbri
        Dati al Caffè - podcast
    """)
    h = hdrs(addr("Giorgia Fabbri", "giorgia@datialcaffe.it"), "Intervista per Dati al Caffè - conferma data",
             "2026-09-30 12:30", "Europe/Rome", "<c4e5f6a7-podcast@datialcaffe.it>", host="smtp.datialcaffe.it")
    return message(h, text(plain, cte="8bit"))


@mail(43, family="rejection", lang="fr", interview=False, company="Lumière Data SAS",
      note="French rejection after an interview (windows-1252, QP); mentions the past interview only")
def m43() -> bytes:
    plain = t("""
        Bonjour Priya,

        Nous vous remercions pour le temps que vous nous avez consacré lors de notre entretien du
        12 mai dernier.

        Après mûre réflexion, nous avons décidé de ne pas donner suite à votre candidature pour le
        poste de Data Analyst confirmée. Ce choix ne remet pas en cause la qualité de votre parcours ;
        nous avons privilégié un profil basé à Paris.

        Nous vous souhaitons une belle réussite dans vos projets.

        Bien cordialement,

        Camille Rousseau
        Responsable recrutement – Lumière Data SAS
    """)
    h = hdrs(addr("Camille Rousseau", "camille.rousseau@lumieredata.fr"), "Votre candidature – Data Analyst confirmée",
             "2026-05-20 16:45", "Europe/Paris", "<lumiere-20260520-rousseau-7@lumieredata.fr>", host="smtp.lumieredata.fr")
    return message(h, text(plain, charset="windows-1252"))


@mail(44, family="application_receipt", lang="fr", interview=False, company="Calanque Tech",
      note="Welcome to the Jungle receipt in French; platform mail about one employer -> company = the employer")
def m44() -> bytes:
    plain = t("""
        Bonjour Priya,

        Votre candidature pour le poste de Product Data Analyst (H/F) chez Calanque Tech a bien été
        envoyée !

        Et maintenant ? L'équipe de Calanque Tech va étudier votre profil. Si votre candidature est
        retenue, elle vous contactera directement pour organiser un premier échange.

        Suivre mes candidatures : https://www.welcometothejungle.com/fr/me/applications

        À bientôt,
        L'équipe Welcome to the Jungle
    """)
    page = "<html><body style=\"font-family:Helvetica\"><p>" + plain.replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>\n"
    h = hdrs(addr("Welcome to the Jungle", "no-reply@welcometothejungle.com"), "Votre candidature chez Calanque Tech a bien été envoyée",
             "2026-06-02 19:20", "Europe/Paris", "<wttj.app.44812.sent@welcometothejungle.com>", host="mail.welcometothejungle.com")
    return message(h, alt(text(plain), html(page)))


@mail(45, family="slot_proposal", lang="es", interview=False, company="Tramuntana Data",
      days=(("Tue", "2026-06-09"), ("Wed", "2026-06-10")),
      note="Spanish recruiter proposes two slots for the second round; nothing is fixed yet")
def m45() -> bytes:
    plain = t("""
        Hola Priya,

        ¡Buenas noticias! El equipo quiere avanzar contigo a la segunda entrevista (caso práctico con
        Jordi y Laia, 1 hora).

        Te propongo dos opciones, hora de Madrid:

        - martes 9 de junio a las 9:00
        - miércoles 10 de junio a las 8:30

        ¿Cuál te va mejor? En cuanto me digas, os mando la invitación.

        Un saludo,
        Marta
    """)
    h = hdrs(addr("Marta Puig", "marta.puig@tramuntanadata.es"), "Segunda entrevista - propuesta de horarios",
             "2026-05-28 18:10", "Europe/Madrid", "<CAM8pu1gR3tZ9q0w7e6r5t4y3u2i1o@mail.gmail.com>", host="mail-lf1-f53.google.com")
    return message(h, alt(text(plain), html(gmail_html(plain))))


@mail(46, family="application_receipt", lang="pt", interview=False, company="CerradoPay",
      note="Gupy receipt in Brazilian Portuguese: application received, next steps by e-mail")
def m46() -> bytes:
    plain = t("""
        Olá, Priya!

        Recebemos sua candidatura para a vaga Analista de Dados Sênior (remoto) na CerradoPay. Que bom
        ter você com a gente!

        Próximos passos: o time de Recrutamento vai analisar seu perfil e, caso você avance, entraremos
        em contato por e-mail para agendar as próximas etapas.

        Acompanhe o status em: https://cerradopay.gupy.io/candidates/applications

        Boa sorte!
        Equipe CerradoPay
    """)
    h = hdrs(addr("CerradoPay", "no-reply@gupy.com.br"), "Recebemos sua candidatura para Analista de Dados Sênior",
             "2026-07-27 10:05", "America/Sao_Paulo", "<gupy.cerradopay.7781.received@gupy.com.br>", host="mail.gupy.com.br")
    return message(h, text(plain, cte="base64"))


@mail(47, family="platform_notification", lang="en", interview=False, company=None,
      note="LinkedIn weekly search-appearances notification")
def m47() -> bytes:
    plain = t("""
        You appeared in 14 searches this week

        Priya, people from these companies found you:
        - Canopy Analytics
        - Tasman Retail Group
        - Harbour Search

        Top search keywords: data analyst, SQL, pricing

        See all searches: https://www.linkedin.com/me/search-appearances/

        Unsubscribe: https://www.linkedin.com/e/v2?e=unsub-sa
        (c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085
    """)
    h = hdrs(addr("LinkedIn", "notifications-noreply@linkedin.com"), "You appeared in 14 searches this week",
             "2026-06-15 07:12", SYD, "<555666777.998877.1781471520000@ltx1-app3301.prod.linkedin.com>", host="mailb-af.linkedin.com")
    return message(h, text(plain))


@mail(48, family="personal_appointment", lang="en", interview=False, company=None,
      days=(("Sat", "2026-04-18"),),
      note="Rental property inspection booked (real-estate platform); confirmed time, not an interview")
def m48() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h3>Inspection confirmed</h3>
        <p>Hi Priya, you're registered to inspect:</p>
        <p><b>2/48 Bridge Rd, Glebe NSW 2037</b><br>2 bed &middot; 1 bath &middot; 1 car &middot; $780 per week</p>
        <p><b>Saturday 18 April, 10:15am &ndash; 10:30am</b></p>
        <p>Agent: Chris Nolan, Inner West Property Co. (0400 111 222)</p>
        <p>If the inspection is cancelled or rescheduled, we'll let you know by SMS and email.</p>
        <p style="font-size:11px;color:#888">realestate.com.au</p>
        </body></html>
    """)
    h = hdrs(addr("realestate.com.au", "no-reply@realestate.com.au"), "Inspection confirmed: 2/48 Bridge Rd, Glebe - Sat 18 Apr 10:15am",
             "2026-04-15 21:08", SYD, "<rea-insp-2026-04-18-881@realestate.com.au>", host="mail.realestate.com.au")
    return message(h, html(page))


@mail(49, family="post_interview_followup", lang="en", interview=False, company="Canopy Analytics",
      days=(("Tue", "2026-04-14"),),
      note="Thank-you after the interview ('Thanks for your time on Tuesday', feedback by end of next week); no new time")
def m49() -> bytes:
    plain = t("""
        Hi Priya,

        Thanks again for your time on Tuesday - Jess really enjoyed the churn analysis you walked us
        through. We're finishing the remaining interviews this week and will have feedback for you by
        the end of next week at the latest.

        Have a great weekend,
        Tom

        Tom Whitfield
        Talent Partner, Canopy Analytics
    """)
    h = hdrs(addr("Tom Whitfield", "tom.whitfield@canopyanalytics.com.au"), "Thanks for Tuesday",
             "2026-04-17 15:02", SYD, "<SY4PR01MB6612THX@SY4PR01MB6612.ausprd01.prod.outlook.com>",
             host="SY4PR01MB6612.ausprd01.prod.outlook.com")
    return message(h, text(plain))


@mail(50, family="application_receipt", lang="en", interview=False, company="Canopy Analytics",
      note="Greenhouse application receipt (earlier in the Canopy thread)")
def m50() -> bytes:
    plain = t("""
        Hi Priya,

        Thanks for applying to Canopy Analytics! We've received your application for Data Analyst
        (Pricing) and our team will review it shortly.

        If your experience is a match, someone from our talent team will be in touch to arrange a
        conversation. In the meantime, you can read more about how we work at
        https://canopyanalytics.com.au/careers.

        Cheers,
        The Canopy Analytics Talent Team
    """)
    h = hdrs(addr("Canopy Analytics", "no-reply@us.greenhouse-mail.io"), "Thanks for applying to Canopy Analytics",
             "2026-03-30 22:17", SYD, "<gh.app.receipt.88120@us.greenhouse-mail.io>", host="us.greenhouse-mail.io")
    return message(h, text(plain))
