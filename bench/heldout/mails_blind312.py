"""blind312: a blind 50-mail held-out set, the inbox of Hailey Brandt, an outdoor-gear e-commerce
operations analyst in Bozeman, Montana (America/Denver), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the non-score parts of
bench/heldout/README.md and the dev corpus README, labels, dev_002, dev_009 and score.py; it did not
read the detector, its tests or fixtures, or any other held-out mails, and never ran the detector.
Each mail is one function below, written by hand; all companies and people are fictional.
Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives.

    python3 bench/heldout/make_blind.py blind312
"""

from __future__ import annotations

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
    multipart,
    raw_part,
    received,
    t,
    text,
)

ORDER = random.Random(3120312).sample(range(1, 51), 50)
SET = "blind312"


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "hailey.brandt@example.org"
ME_NAME = "Hailey Brandt"
TO = addr(ME_NAME, ME)
MX = "mx1.example.org (Postfix) with ESMTPS id"


def mid(seed: str, domain: str) -> str:
    h = hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()
    return f"<{h[:12]}.{h[12:24]}@{domain}>"


def rcv(host: str, ip: str, when: str, zone: str, seed: str) -> str:
    ident = hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:11].upper()
    return received(f"from {host} ({host} [{ip}])", when, zone, f"{MX} {ident}", ME)


# --------------------------------------------------------------------------- VTIMEZONE blocks

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

VTZ_BOISE = VTZ_DENVER.replace("America/Denver", "America/Boise")

WIN_PACIFIC = """BEGIN:VTIMEZONE
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

WIN_MOUNTAIN = """BEGIN:VTIMEZONE
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

DEN = "America/Denver"
LA = "America/Los_Angeles"
BOI = "America/Boise"
STO = "Europe/Stockholm"


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T16:00:00Z", end="2026-09-15T16:30:00Z",
           contact="jenna.kowalski@ridgebackoutfitters.com", company="Ridgeback Outfitters",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:30", zone=DEN,
           note="Greenhouse phone screen, 10:00-10:30 AM MDT (Bozeman, UTC-6 in September); ICS in UTC "
                "agrees; contact = human Reply-To recruiter")
def m01():
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-int-58120344-hb@greenhouse.io
        DTSTAMP:20260910T201200Z
        DTSTART:20260915T160000Z
        DTEND:20260915T163000Z
        SUMMARY:Phone Screen - Hailey Brandt (Operations Analyst\\, E-commerce)
        DESCRIPTION:Jenna Kowalski will call you at the number on your application.
        LOCATION:Phone call
        ORGANIZER;CN=Jenna Kowalski:mailto:jenna.kowalski@ridgebackoutfitters.com
        ATTENDEE;CN=Hailey Brandt;RSVP=TRUE:mailto:hailey.brandt@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        Hi Hailey,

        Thanks for making time to speak with us about the Operations Analyst, E-commerce role at
        Ridgeback Outfitters. Your phone screen is confirmed:

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:30 AM MDT
        Format: Phone call - Jenna Kowalski will call you at (406) 555-0148

        A calendar invitation is attached. If anything changes, just reply to this email and it
        will go straight to Jenna.

        Talk soon,
        The Ridgeback Outfitters Recruiting Team
        """)
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Hailey,</p>
        <p>Thanks for making time to speak with us about the <b>Operations Analyst, E-commerce</b> role at
        Ridgeback Outfitters. Your phone screen is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#777">Date</td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td style="color:#777">Time</td><td>10:00 AM - 10:30 AM MDT</td></tr>
        <tr><td style="color:#777">Format</td><td>Phone call - Jenna Kowalski will call you at (406) 555-0148</td></tr>
        </table>
        <p>A calendar invitation is attached. If anything changes, just reply to this email and it will go
        straight to Jenna.</p>
        <p>Talk soon,<br>The Ridgeback Outfitters Recruiting Team</p>
        <p style="font-size:11px;color:#999">Powered by Greenhouse</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail187.us.greenhouse-mail.io", "167.89.12.187", "2026-09-10 14:12", DEN, "m01")),
        ("From", addr("Ridgeback Outfitters", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Jenna Kowalski", "jenna.kowalski@ridgebackoutfitters.com")),
        ("To", TO),
        ("Subject", "Interview Confirmation: Operations Analyst, E-commerce at Ridgeback Outfitters"),
        ("Date", date("2026-09-10 14:12", DEN)),
        ("Message-ID", mid("m01", "us.greenhouse-mail.io")),
    ], mixed(alt(text(plain), html(body)),
             calendar(ics, cte="base64", ctype="text/calendar", filename="invite.ics",
                      disposition="attachment")))


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-09-22T20:00:00Z", end="2026-09-22T20:45:00Z",
           contact="marcus.oyelaran@cascadiatrailworks.com", company="Cascadia Trailworks",
           local="Tue 2026-09-22 13:00", local_end="2026-09-22 13:45", zone=LA,
           note="Lever confirmation, 1:00-1:45 PM PDT (Seattle employer, UTC-7); the candidate is an hour "
                "ahead in Bozeman; contact = Reply-To recruiter")
def m02():
    plain = t("""
        Hi Hailey,

        You're all set! Here are the details for your upcoming interview with Cascadia Trailworks.

        Recruiter Screen - Marketplace Operations Analyst
        Tuesday, September 22, 2026
        1:00 PM - 1:45 PM PDT

        Interviewer: Marcus Oyelaran, Senior Technical Recruiter
        Video: https://meet.google.com/kqz-ruvd-tpe

        Need to make a change? Reply to this email to reach Marcus.

        Best,
        Cascadia Trailworks
        """)
    body = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;max-width:560px">
        <p>Hi Hailey,</p>
        <p>You're all set! Here are the details for your upcoming interview with Cascadia Trailworks.</p>
        <div style="border:1px solid #e4e4e4;border-radius:4px;padding:12px">
        <div style="font-weight:bold">Recruiter Screen - Marketplace Operations Analyst</div>
        <div>Tuesday, September 22, 2026</div>
        <div>1:00 PM - 1:45 PM PDT</div>
        <div style="margin-top:8px">Interviewer: Marcus Oyelaran, Senior Technical Recruiter</div>
        <div>Video: <a href="https://meet.google.com/kqz-ruvd-tpe">meet.google.com/kqz-ruvd-tpe</a></div>
        </div>
        <p>Need to make a change? Reply to this email to reach Marcus.</p>
        <p>Best,<br>Cascadia Trailworks</p>
        </div>
        """)
    return message([
        ("Received", rcv("mail-ej1-f66.lever.co", "54.240.27.66", "2026-09-16 11:05", LA, "m02")),
        ("From", addr("Cascadia Trailworks", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Marcus Oyelaran", "marcus.oyelaran@cascadiatrailworks.com")),
        ("To", TO),
        ("Subject", "Your interview with Cascadia Trailworks is confirmed"),
        ("Date", date("2026-09-16 11:05", LA)),
        ("Message-ID", mid("m02", "hire.lever.co")),
    ], alt(text(plain), html(body)))


@make.mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-10-01T15:00:00Z", end="2026-10-01T16:00:00Z",
           contact="marisol.reyes@summitbasin.com", company="Summit Basin Retail",
           local="Thu 2026-10-01 09:00", local_end="2026-10-01 10:00", zone=DEN,
           note="Workday HTML-only (base64) notice, 9:00-10:00 AM MDT, Salt Lake City = Mountain time, UTC-6; "
                "From is the Workday tenant address; contact = recruiter address in the body")
def m03():
    body = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <tr><td style="padding:20px;background:#0b3b5c;color:#ffffff;font-size:18px">Summit Basin Retail Careers</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Hailey Brandt,</p>
        <p>Your interview for <strong>Inventory &amp; Fulfillment Analyst (R-10482)</strong> has been scheduled.</p>
        <p><strong>Interview Type:</strong> Video Interview (Microsoft Teams)<br>
        <strong>Date:</strong> Thursday, October 1, 2026<br>
        <strong>Time:</strong> 9:00 AM - 10:00 AM Mountain Daylight Time<br>
        <strong>Interviewers:</strong> Marisol Reyes, Darnell Kemp</p>
        <p>The Teams link will be sent by your recruiter the day before. If you need to reschedule, please contact
        Marisol Reyes at <a href="mailto:marisol.reyes@summitbasin.com">marisol.reyes@summitbasin.com</a>.</p>
        <p>You can view this interview in the Candidate Home section of our careers site.</p>
        <p>Sincerely,<br>Summit Basin Retail Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:11px;color:#888888">This message was sent from an unmonitored
        mailbox. Please do not reply.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", rcv("wd5-smtp.myworkday.com", "159.112.248.21", "2026-09-25 16:20", DEN, "m03")),
        ("From", addr("Summit Basin Retail", "summitbasin@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Inventory & Fulfillment Analyst (R-10482)"),
        ("Date", date("2026-09-25 16:20", DEN)),
        ("Message-ID", mid("m03", "myworkday.com")),
    ], html(body, cte="base64"))


@make.mail(N(4), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-10-06T17:30:00Z", end="2026-10-06T18:15:00Z",
           contact="nia@tamaracksupply.com", company="Tamarack Supply Co.",
           local="Tue 2026-10-06 11:30", local_end="2026-10-06 12:15", zone=BOI,
           note="Ashby confirmation for a remote team based in Boise; body 11:30 AM - 12:15 PM MDT, ICS "
                "TZID America/Boise (Mountain, UTC-6 in October); contact = Reply-To recruiter")
def m04():
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_BOISE + "\n" + t("""
        BEGIN:VEVENT
        UID:4b9d0c1e-77a2-4f0e-93d1-6a1c2f0e8b55
        DTSTAMP:20260930T160200Z
        DTSTART;TZID=America/Boise:20261006T113000
        DTEND;TZID=America/Boise:20261006T121500
        SEQUENCE:0
        SUMMARY:Tamarack Supply Co. - Hiring Manager Interview (Hailey Brandt)
        LOCATION:https://zoom.us/j/84120937755
        ORGANIZER;CN=Nia Castellanos:mailto:nia@tamaracksupply.com
        ATTENDEE;CN=Hailey Brandt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hailey.brandt@example.org
        ATTENDEE;CN=Wes Harlan;ROLE=REQ-PARTICIPANT:mailto:wes.harlan@tamaracksupply.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        Hi Hailey,

        Your interview is confirmed. We're looking forward to speaking with you!

        Hiring Manager Interview - Ecommerce Operations Analyst
        Tuesday, October 6, 2026, 11:30 AM - 12:15 PM MDT
        Zoom: https://zoom.us/j/84120937755

        You'll meet with:
          Wes Harlan - Director of Operations

        Questions? Just reply and it will reach Nia Castellanos.

        Thanks,
        Tamarack Supply Co. Recruiting
        """)
    body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Hailey,</p>
        <p>Your interview is confirmed. We&#39;re looking forward to speaking with you!</p>
        <p><b>Hiring Manager Interview - Ecommerce Operations Analyst</b><br>
        Tuesday, October 6, 2026, 11:30 AM - 12:15 PM MDT<br>
        Zoom: <a href="https://zoom.us/j/84120937755">https://zoom.us/j/84120937755</a></p>
        <p>You&#39;ll meet with:<br>&nbsp;&nbsp;Wes Harlan - Director of Operations</p>
        <p>Questions? Just reply and it will reach Nia Castellanos.</p>
        <p>Thanks,<br>Tamarack Supply Co. Recruiting</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("a48-93.smtp-out.amazonses.com", "54.240.48.93", "2026-09-30 10:02", DEN, "m04")),
        ("From", addr("Tamarack Supply Co.", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Nia Castellanos", "nia@tamaracksupply.com")),
        ("To", TO),
        ("Subject", "Interview confirmed: Ecommerce Operations Analyst at Tamarack Supply Co."),
        ("Date", date("2026-09-30 10:02", DEN)),
        ("Message-ID", "<0100019a3c71d8e2-5e0b8f4a-2c19-4d7e-b1a0-93f7c2d1e6aa-000000@email.amazonses.com>"),
    ], mixed(alt(text(plain, cte="base64"), html(body, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(5), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T20:00:00Z", end="2026-10-08T21:30:00Z",
           contact="tom.reinholt@bitterrootpack.com", company="Bitterroot Packworks",
           local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:30", zone=DEN,
           note="Google Calendar invitation from the hiring manager for an onsite in Missoula, 2pm-3:30pm "
                "MDT (UTC-6); ICS TZID America/Denver; contact = ORGANIZER")
def m05():
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_DENVER + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Denver:20261008T140000
        DTEND;TZID=America/Denver:20261008T153000
        DTSTAMP:20261001T214400Z
        ORGANIZER;CN=Tom Reinholt:mailto:tom.reinholt@bitterrootpack.com
        UID:2k7v1q0c9mhl4o3b8s6d5rj1tf@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tom Reinholt;X-NUM-GUESTS=0:mailto:tom.reinholt@bitterrootpack.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hailey.brandt@example.org;X-NUM-GUESTS=0:mailto:hailey.brandt@example.org
        CREATED:20261001T214400Z
        DESCRIPTION:Hi Hailey - we'll meet at the front desk. Plan on a tour of the warehouse floor\\, then a conversation with me and Lauren (GM). Parking is behind the building.
        LAST-MODIFIED:20261001T214400Z
        LOCATION:Bitterroot Packworks\\, 2210 Brooks St\\, Missoula\\, MT 59801
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Onsite interview – Hailey Brandt
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        Tom Reinholt has invited you to an event.

        Onsite interview – Hailey Brandt
        Thursday Oct 8, 2026 ⋅ 2pm – 3:30pm
        Mountain Time - Denver

        Location
        Bitterroot Packworks, 2210 Brooks St, Missoula, MT 59801
        https://www.google.com/maps/search/Bitterroot+Packworks,+2210+Brooks+St,+Missoula,+MT+59801

        Hi Hailey - we'll meet at the front desk. Plan on a tour of the warehouse floor, then a
        conversation with me and Lauren (GM). Parking is behind the building.

        Organizer
        Tom Reinholt
        tom.reinholt@bitterrootpack.com

        Guests
        Tom Reinholt - organizer
        hailey.brandt@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=Mms3djFxMGM5

        Reply for hailey.brandt@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=Mms3djFxMGM5&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=Mms3djFxMGM5&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=Mms3djFxMGM5&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    body = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Tom Reinholt has invited you to an event.</p>
        <h2 style="font-weight:400">Onsite interview – Hailey Brandt</h2>
        <p>Thursday Oct 8, 2026 ⋅ 2pm – 3:30pm<br><span style="color:#70757a">Mountain Time - Denver</span></p>
        <p><b>Location</b><br>Bitterroot Packworks, 2210 Brooks St, Missoula, MT 59801</p>
        <p>Hi Hailey - we&#39;ll meet at the front desk. Plan on a tour of the warehouse floor, then a
        conversation with me and Lauren (GM). Parking is behind the building.</p>
        <p><b>Organizer</b><br>Tom Reinholt<br>tom.reinholt@bitterrootpack.com</p>
        <p><b>Guests</b><br>Tom Reinholt - organizer<br>hailey.brandt@example.org</p>
        <p>Reply for hailey.brandt@example.org:
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=Mms3djFxMGM5&amp;rst=1">Yes</a> ·
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=Mms3djFxMGM5&amp;rst=2">No</a> ·
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=Mms3djFxMGM5&amp;rst=3">Maybe</a></p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-10-01 15:44", DEN, "m05")),
        ("From", addr("Tom Reinholt", "tom.reinholt@bitterrootpack.com")),
        ("To", ME),
        ("Subject", enc("Invitation: Onsite interview – Hailey Brandt @ Thu Oct 8, 2026 2pm - 3:30pm (MDT) "
                        "(hailey.brandt@example.org)")),
        ("Date", date("2026-10-01 15:44", DEN)),
        ("Message-ID", "<calendar-7e3b0c44-19d2-4a0f-8e65-b1f2a9c0d377@google.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "tom.reinholt@bitterrootpack.com"),
    ], mixed(alt(text(plain), html(body), calendar(ics, cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(6), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T17:00:00Z", end="2026-11-03T18:00:00Z",
           contact="draman@pinegrovelogistics.com", company="Pinegrove Logistics",
           local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone=LA,
           note="Exchange meeting request sent 27 Oct in PDT for 3 Nov, after US clocks fall back on 1 Nov: "
                "9:00-10:00 AM Pacific = PST (UTC-8) = 17:00Z; ICS TZID 'Pacific Standard Time'; contact = organizer")
def m06():
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + WIN_PACIFIC + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Devika Raman:mailto:draman@pinegrovelogistics.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hailey Brandt:mailto:hailey.brandt@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Curtis Alvey:mailto:calvey@pinegrovelogistics.com
        DESCRIPTION;LANGUAGE=en-US:Hi Hailey\\,\\n\\nLooking forward to our conversation about the Fulfillment Operations Analyst role. Curtis from our network planning team will join for the second half.\\n\\nDevika\\n\\n________________________________________________________________________________\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ1ZjAx%40thread.v2/0\\nMeeting ID: 245 118 903 771\\nPasscode: 7Hq9sT\\n
        UID:040000008200E00074C5B7101A82E00800000000D07F1B1A5F66DC01000000000000000010000000A3C7E2B8F04E1D4B9C5A6E3F2D1B0C9E
        SUMMARY;LANGUAGE=en-US:Pinegrove Logistics - Fulfillment Ops Analyst interview (Hailey Brandt)
        DTSTART;TZID=Pacific Standard Time:20261103T090000
        DTEND;TZID=Pacific Standard Time:20261103T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261027T171500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2119463012
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
    plain = t("""
        Hi Hailey,

        Looking forward to our conversation about the Fulfillment Operations Analyst role. Curtis from
        our network planning team will join for the second half.

        Devika

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ1ZjAx%40thread.v2/0>
        Meeting ID: 245 118 903 771
        Passcode: 7Hq9sT
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Hailey,</p>
        <p>Looking forward to our conversation about the Fulfillment Operations Analyst role. Curtis from our network
        planning team will join for the second half.</p>
        <p>Devika</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><b>Join on your computer, mobile app or room device</b></div>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ1ZjAx%40thread.v2/0">Click here to join the meeting</a>
        <div>Meeting ID: 245 118 903 771<br>Passcode: 7Hq9sT</div>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mail-co1nam11on2101.outbound.protection.outlook.com", "40.107.220.101",
                         "2026-10-27 10:15", LA, "m06")),
        ("From", addr("Devika Raman", "draman@pinegrovelogistics.com")),
        ("To", TO),
        ("CC", addr("Curtis Alvey", "calvey@pinegrovelogistics.com")),
        ("Subject", "Pinegrove Logistics - Fulfillment Ops Analyst interview (Hailey Brandt)"),
        ("Thread-Topic", "Pinegrove Logistics - Fulfillment Ops Analyst interview (Hailey Brandt)"),
        ("Date", date("2026-10-27 10:15", LA)),
        ("Message-ID", "<SJ0PR11MB5678A1B2C3D4E5F6A7B8C9D0E1F2A@SJ0PR11MB5678.namprd11.prod.outlook.com>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(plain), html(body), calendar(ics, cte="base64")))


@make.mail(N(7), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-14T21:00:00Z", end="2026-10-14T21:30:00Z",
           contact="rafael@lodgepoleanalytics.com", company="Lodgepole Analytics",
           local="Wed 2026-10-14 15:00", local_end="2026-10-14 15:30", zone=DEN,
           note="Calendly invitee confirmation for a 30-minute intro with the hiring manager, 3:00pm-3:30pm "
                "Mountain Time (MDT, UTC-6); ICS in UTC; contact = Reply-To host")
def m07():
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261011T023100Z
        UID:e1c0a7f4-2b9d-4c61-8f3e-5d7a9b0c2e14@calendly.com
        DTSTART:20261014T210000Z
        DTEND:20261014T213000Z
        SUMMARY:Hailey Brandt and Rafael Ortiz
        DESCRIPTION:Event Name: Ops Analyst - Intro Call\\n\\nLocation: This is a Google Meet web conference.\\nhttps://meet.google.com/bxw-ftha-qmc
        ORGANIZER;CN=Rafael Ortiz:mailto:rafael@lodgepoleanalytics.com
        ATTENDEE;CN=Hailey Brandt;RSVP=TRUE:mailto:hailey.brandt@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        Hi Hailey Brandt,

        Your Ops Analyst - Intro Call with Rafael Ortiz at 3:00pm (Mountain Time - US & Canada) on
        Wednesday, October 14, 2026 is scheduled.

        Event Type:
        Ops Analyst - Intro Call

        Event Date/Time:
        3:00pm - 3:30pm (Mountain Time - US & Canada) Wednesday, October 14, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/bxw-ftha-qmc

        Questions:
        Anything you'd like Rafael to know before the call?
        I've been running inventory and returns analytics for a DTC outdoor brand for four years.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/e1c0a7f4-2b9d-4c61-8f3e-5d7a9b0c2e14
        Reschedule: https://calendly.com/reschedulings/e1c0a7f4-2b9d-4c61-8f3e-5d7a9b0c2e14

        Powered by Calendly.com
        """)
    body = t("""
        <html><body style="font-family:'Proxima Nova',Helvetica,Arial,sans-serif;color:#4d5055">
        <p>Hi Hailey Brandt,</p>
        <p>Your Ops Analyst - Intro Call with Rafael Ortiz at 3:00pm (Mountain Time - US &amp; Canada) on
        Wednesday, October 14, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Ops Analyst - Intro Call</p>
        <p><b>Event Date/Time:</b><br>3:00pm - 3:30pm (Mountain Time - US &amp; Canada) Wednesday, October 14, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.
        <a href="https://meet.google.com/bxw-ftha-qmc">Join now</a></p>
        <p><a href="https://calendly.com/cancellations/e1c0a7f4-2b9d-4c61-8f3e-5d7a9b0c2e14">Cancel</a> ·
        <a href="https://calendly.com/reschedulings/e1c0a7f4-2b9d-4c61-8f3e-5d7a9b0c2e14">Reschedule</a></p>
        <p style="font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("o1.email.calendly.com", "167.89.115.22", "2026-10-10 20:31", DEN, "m07")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Rafael Ortiz", "rafael@lodgepoleanalytics.com")),
        ("To", ME),
        ("Subject", "Confirmed: Ops Analyst - Intro Call with Rafael Ortiz on Wednesday, October 14, 2026"),
        ("Date", date("2026-10-10 20:31", DEN)),
        ("Message-ID", mid("m07", "calendly.com")),
    ], mixed(alt(text(plain), html(body)),
             calendar(ics, cte="base64", ctype="text/calendar", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(8), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-10-22T17:00:00Z", end="2026-10-22T19:30:00Z",
           contact="sasha.lindqvist@fireweedcommerce.com", company="Fireweed Commerce",
           local="Thu 2026-10-22 10:00", local_end="2026-10-22 12:30", zone=LA,
           note="GoodTime onsite itinerary in Seattle, three sessions 10:00 AM-12:30 PM PDT (UTC-7); "
                "start = first session, end = last; no ICS; contact = coordinator in Reply-To")
def m08():
    plain = t("""
        Hi Hailey,

        We're excited to host you at Fireweed Commerce! Your onsite interview is confirmed. All times
        are Pacific Time (PDT).

        Thursday, October 22, 2026
        Fireweed Commerce HQ, 1420 Western Ave, Suite 500, Seattle, WA 98101
        Please check in with the front desk on the 5th floor 10 minutes early.

        10:00 AM - 10:45 AM   Marketplace Operations deep dive - Alana Ruiz, Director of Operations
        10:45 AM - 11:30 AM   Data case study - Peter Hwang, Senior Analyst
        11:45 AM - 12:30 PM   Team fit conversation - Gretchen Moll, VP Supply Chain

        Your travel has been booked by our coordinator; your confirmation will come from the airline
        separately. If you have questions or need any accommodations, reply to this email and Sasha
        Lindqvist, your recruiting coordinator, will help.

        See you soon,
        Fireweed Commerce Recruiting

        Sent via GoodTime
        """)
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Hailey,</p>
        <p>We&#39;re excited to host you at Fireweed Commerce! Your onsite interview is confirmed. All times are
        <b>Pacific Time (PDT)</b>.</p>
        <p><b>Thursday, October 22, 2026</b><br>Fireweed Commerce HQ, 1420 Western Ave, Suite 500, Seattle, WA 98101<br>
        Please check in with the front desk on the 5th floor 10 minutes early.</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #dde">
        <tr><td>10:00 AM - 10:45 AM</td><td>Marketplace Operations deep dive<br><small>Alana Ruiz, Director of Operations</small></td></tr>
        <tr><td>10:45 AM - 11:30 AM</td><td>Data case study<br><small>Peter Hwang, Senior Analyst</small></td></tr>
        <tr><td>11:45 AM - 12:30 PM</td><td>Team fit conversation<br><small>Gretchen Moll, VP Supply Chain</small></td></tr>
        </table>
        <p>Your travel has been booked by our coordinator; your confirmation will come from the airline separately.
        If you have questions or need any accommodations, reply to this email and Sasha Lindqvist, your recruiting
        coordinator, will help.</p>
        <p>See you soon,<br>Fireweed Commerce Recruiting</p>
        <p style="font-size:11px;color:#999">Sent via GoodTime</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.goodtime.io", "198.21.6.140", "2026-10-15 12:00", LA, "m08")),
        ("From", addr("Fireweed Commerce Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", addr("Sasha Lindqvist", "sasha.lindqvist@fireweedcommerce.com")),
        ("To", TO),
        ("Subject", "Your onsite interview at Fireweed Commerce - Thursday, October 22"),
        ("Date", date("2026-10-15 12:00", LA)),
        ("Message-ID", mid("m08", "goodtime.io")),
    ], alt(text(plain), html(body)))


@make.mail(N(9), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-11-09T20:00:00Z", end="2026-11-09T20:45:00Z",
           contact="brent.okafor@alpenglowgear.com", company="Alpenglow Gear",
           local="Mon 2026-11-09 13:00", local_end="2026-11-09 13:45", zone=DEN,
           note="SmartRecruiters interview invitation, Salt Lake City, 1:00-1:45 PM MST (UTC-7, after 1 Nov); "
                "ICS TZID America/Denver; contact = Reply-To hiring manager")
def m09():
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ_DENVER + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-3f0d2a91-8b7c-4e55-a1d6-0c2b9e7f4a13
        DTSTAMP:20261103T211000Z
        DTSTART;TZID=America/Denver:20261109T130000
        DTEND;TZID=America/Denver:20261109T134500
        SUMMARY:Interview: Hailey Brandt - Digital Operations Analyst (Alpenglow Gear)
        LOCATION:Alpenglow Gear\\, 455 W 200 S\\, Salt Lake City\\, UT 84101 / Zoom option available
        ORGANIZER;CN=Brent Okafor:mailto:brent.okafor@alpenglowgear.com
        ATTENDEE;CN=Hailey Brandt;RSVP=TRUE:mailto:hailey.brandt@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        Hello Hailey,

        Thank you for accepting our interview invitation for the Digital Operations Analyst position.
        Here are the details:

        When: Monday, November 9, 2026, 1:00 PM - 1:45 PM (MST)
        Where: Alpenglow Gear, 455 W 200 S, Salt Lake City, UT 84101
               (Zoom is fine if you'd rather not make the drive - just reply and let us know)
        Interviewer: Brent Okafor, Senior Manager, Digital Operations

        We've attached a calendar file for your convenience.

        Kind regards,
        Alpenglow Gear Hiring Team

        --
        This email was sent via SmartRecruiters on behalf of Alpenglow Gear.
        """)
    return message([
        ("Received", rcv("mail-out3.smartrecruiters.com", "52.18.44.207", "2026-11-03 14:10", DEN, "m09")),
        ("From", addr("Alpenglow Gear", "alpenglowgear@smartrecruiters.com")),
        ("Reply-To", addr("Brent Okafor", "brent.okafor@alpenglowgear.com")),
        ("To", TO),
        ("Subject", "Interview confirmed - Digital Operations Analyst"),
        ("Date", date("2026-11-03 14:10", DEN)),
        ("Message-ID", mid("m09", "smartrecruiters.com")),
    ], mixed(text(plain, cte="7bit", charset="us-ascii"),
             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@make.mail(N(10), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-11-12T17:30:00Z", end="2026-11-12T18:30:00Z",
           contact="carla.jennings@bigskymerc.com", company="Big Sky Mercantile",
           local="Thu 2026-11-12 10:30", local_end="2026-11-12 11:30", zone=DEN,
           note="iCIMS notice in US date format 11/12/2026 10:30 AM - 11:30 AM MST, Bozeman (UTC-7); "
                "iso-8859-1 QP; contact = recruiter address in the body")
def m10():
    plain = t("""
        Dear Hailey,

        Thank you for your interest in Big Sky Mercantile. We are pleased to confirm your interview
        for the position of Omnichannel Operations Analyst (Req #2026-1187).

        Interview Date: 11/12/2026
        Interview Time: 10:30 AM - 11:30 AM MST
        Location: Big Sky Mercantile Support Center, 118 E Main St, 2nd Floor, Bozeman, MT 59715
        Interviewers: Carla Jennings (Talent Acquisition), Ross Dunleavy (Director, E-commerce)

        Please bring a photo ID for check-in at the front desk. Visitor parking is available in the
        Willson Ave garage; we'll validate your ticket.

        If you have any questions before your visit, please contact Carla Jennings at
        carla.jennings@bigskymerc.com or (406) 555-0192.

        Sincerely,

        Big Sky Mercantile · Talent Acquisition
        """)
    body = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Hailey,</p>
        <p>Thank you for your interest in Big Sky Mercantile. We are pleased to confirm your interview for the
        position of <b>Omnichannel Operations Analyst (Req #2026-1187)</b>.</p>
        <p><b>Interview Date:</b> 11/12/2026<br>
        <b>Interview Time:</b> 10:30 AM - 11:30 AM MST<br>
        <b>Location:</b> Big Sky Mercantile Support Center, 118 E Main St, 2nd Floor, Bozeman, MT 59715<br>
        <b>Interviewers:</b> Carla Jennings (Talent Acquisition), Ross Dunleavy (Director, E-commerce)</p>
        <p>Please bring a photo ID for check-in at the front desk. Visitor parking is available in the Willson Ave
        garage; we&#39;ll validate your ticket.</p>
        <p>If you have any questions before your visit, please contact Carla Jennings at
        <a href="mailto:carla.jennings@bigskymerc.com">carla.jennings@bigskymerc.com</a> or (406) 555-0192.</p>
        <p>Sincerely,</p><p>Big Sky Mercantile &middot; Talent Acquisition</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mta2.talent.icims.com", "64.94.246.12", "2026-11-04 09:00", DEN, "m10")),
        ("From", addr("Big Sky Mercantile", "bigskymercantile@talent.icims.com")),
        ("To", ME),
        ("Subject", "Interview Confirmation - Omnichannel Operations Analyst"),
        ("Date", date("2026-11-04 09:00", DEN)),
        ("Message-ID", mid("m10", "talent.icims.com")),
    ], alt(text(plain, charset="iso-8859-1"), html(body, charset="iso-8859-1")))


@make.mail(N(11), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-09-17T20:00:00Z", contact="kyle@gallatintalent.com", company="Yellowstone Freight Co.",
           local="Thu 2026-09-17 14:00", zone=DEN,
           note="Agency recruiter, Outlook windows-1252: 'tomorrow (Thursday) at 2:00' resolved against the "
                "Date (Wed 16 Sep, MDT) -> Thu 17 Sep 14:00 MDT; 'about an hour' -> end null; company = the "
                "hiring client, contact = the agency recruiter who sent it")
def m11():
    plain = t("""
        Hi Hailey,

        Great news – Angela Ruiz at Yellowstone Freight would like to meet you in person, and you’re
        confirmed for tomorrow (Thursday) at 2:00 at their office, 1940 N 7th Ave here in Bozeman.
        Ask for Angela at the front desk. Plan on about an hour; she mentioned she may pull in their
        warehouse systems lead for part of it.

        A couple of things she’ll probably dig into:
          • the carrier-rate cleanup you did last spring
          • how you handle returns data across Shopify and the 3PL

        Give me a call after if you can – I’d love to hear how it went.

        Kyle Brennan
        Senior Recruiter | Gallatin Talent Partners
        (406) 555-0117 | kyle@gallatintalent.com
        """)
    return message([
        ("Received", rcv("mail-bn8nam12on2119.outbound.protection.outlook.com", "40.107.237.119",
                         "2026-09-16 10:20", DEN, "m11")),
        ("From", addr("Kyle Brennan", "kyle@gallatintalent.com")),
        ("To", TO),
        ("Subject", "Yellowstone Freight - you're on for tomorrow"),
        ("Thread-Topic", "Yellowstone Freight - you're on for tomorrow"),
        ("Date", date("2026-09-16 10:20", DEN)),
        ("Message-ID", "<BN8PR12MB3321F6A0C2D94B7E8A15C3D2B9E4F@BN8PR12MB3321.namprd12.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], text(plain, charset="windows-1252"))


@make.mail(N(12), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-09-29T16:00:00Z", end="2026-09-29T16:45:00Z", contact=None,
           company="Clearwater Cooperative",
           local="Tue 2026-09-29 10:00", local_end="2026-09-29 10:45", zone=BOI,
           note="Microsoft Bookings from a shared mailbox, Boise; body label '(UTC-07:00) Mountain Time (US & "
                "Canada)' shows the standard offset but September is MDT (UTC-6), as the ICS ('Mountain "
                "Standard Time' with DST rules) confirms; staff name only, no human address -> contact null")
def m12():
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + WIN_MOUNTAIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Clearwater Cooperative Careers:mailto:ClearwaterCareers@clearwatercoop.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hailey Brandt:mailto:hailey.brandt@example.org
        DESCRIPTION;LANGUAGE=en-US:Service: Operations Analyst - First Interview\\nStaff: Dana Whitfield\\n
        UID:040000008200E00074C5B7101A82E0080000000061A8B33C0B4EDC01000000000000000010000000F1E2D3C4B5A6978899AABBCCDDEEFF00
        SUMMARY;LANGUAGE=en-US:Operations Analyst - First Interview
        DTSTART;TZID=Mountain Standard Time:20260929T100000
        DTEND;TZID=Mountain Standard Time:20260929T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260924T190500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Your booking is confirmed</div>
        <p>Clearwater Cooperative</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Operations Analyst - First Interview</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Tuesday, September 29, 2026 10:00 AM - 10:45 AM<br>(UTC-07:00) Mountain Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Dana Whitfield</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting - <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4YmE1%40thread.v2/0">Join your appointment</a></td></tr>
        </table>
        <p>You can <a href="https://outlook.office365.com/owa/calendar/ClearwaterCareers@clearwatercoop.onmicrosoft.com/bookings/">manage your booking</a>
        if you need to reschedule or cancel.</p>
        <p style="font-size:12px;color:#605e5c">Clearwater Cooperative &middot; 8800 W Franklin Rd, Boise, ID 83709</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail-dm6nam10on2070.outbound.protection.outlook.com", "40.107.93.70",
                         "2026-09-24 13:05", DEN, "m12")),
        ("From", addr("Clearwater Cooperative Careers", "ClearwaterCareers@clearwatercoop.onmicrosoft.com")),
        ("To", TO),
        ("Subject", "Booking confirmed: Operations Analyst - First Interview with Dana Whitfield"),
        ("Date", date("2026-09-24 13:05", DEN)),
        ("Message-ID", "<DM6PR10MB4123E0C1B2A34D5F6E7A8B9C0D1E2@DM6PR10MB4123.namprd10.prod.outlook.com>"),
    ], alt(html(body), calendar(ics, cte="base64")))


@make.mail(N(13), family="zoom", lang="en", interview=True, kind="scheduled",
           start="2026-11-02T20:00:00Z", end="2026-11-02T20:45:00Z",
           contact="priya.r@headwatersoutdoor.com", company="Headwaters Outdoor",
           local="Mon 2026-11-02 13:00", local_end="2026-11-02 13:45", zone=DEN,
           note="Recruiter mail with pasted Zoom invitation, sent Thu 29 Oct in MDT; the Zoom block's 'Nov 2, "
                "2026 01:00 PM Mountain Time' falls after the 1 Nov change, so MST (UTC-7) = 20:00Z; "
                "'scheduled for 45 minutes' gives the end")
def m13():
    plain = t("""
        Hi Hailey,

        Thanks for grabbing a time! Looking forward to Monday. Zoom details are below - I've scheduled
        us for 45 minutes, which leaves room for your questions at the end.

        I'll walk you through the team (we're fully remote, spread from Bend to Burlington), the
        peak-season picture, and the analyst role itself.

        Priya

        ---
        Priya Ramaswamy is inviting you to a scheduled Zoom meeting.

        Topic: Headwaters Outdoor | Hailey Brandt <> Priya Ramaswamy
        Time: Nov 2, 2026 01:00 PM Mountain Time (US and Canada)

        Join Zoom Meeting
        https://headwatersoutdoor.zoom.us/j/93172205518?pwd=Rk5QbHZ0eUdmR2xqT2hCa1d2

        Meeting ID: 931 7220 5518
        Passcode: 604211

        ---

        One tap mobile
        +16699006833,,93172205518#,,,,*604211# US (San Jose)
        +12532158782,,93172205518#,,,,*604211# US (Tacoma)

        --
        Priya Ramaswamy | Talent Partner
        Headwaters Outdoor
        """)
    return message([
        ("Received", rcv("mail-yw1-f171.google.com", "209.85.128.171", "2026-10-29 15:20", DEN, "m13")),
        ("From", addr("Priya Ramaswamy", "priya.r@headwatersoutdoor.com")),
        ("To", TO),
        ("Subject", "Monday's chat + Zoom link"),
        ("Date", date("2026-10-29 15:20", DEN)),
        ("Message-ID", "<CAJ4m0qPx8v2Lw9Tn3rYbKe5HdG7uZs1fQ6cN0aXo2Wk@mail.gmail.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(N(14), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-10-16T16:30:00Z", contact="gabe@sawtoothprovisions.com", company="Sawtooth Provisions",
           local="Fri 2026-10-16 10:30", zone=BOI,
           note="Hiring manager's short reply on top of the candidate's proposal: 'Friday at 10:30 MT works' "
                "= Fri 16 Oct (the date in the quote), Boise is Mountain (MDT, UTC-6); no duration -> end null")
def m14():
    plain = t("""
        Friday at 10:30 MT works great - I'll call your cell (406-555-0148). Should take about half an
        hour, maybe a bit more if we get into the weeds on the 3PL stuff.

        Gabe

        On Mon, Oct 12, 2026 at 8:41 PM Hailey Brandt <hailey.brandt@example.org> wrote:
        > Hi Gabe,
        >
        > Thanks so much for reaching out - I'd love to talk about the fulfillment analyst role.
        > I'm free Friday (10/16) at 10:30 Mountain, or any time after 2 that afternoon. Happy to do
        > phone or video, whatever is easiest for you.
        >
        > Best,
        > Hailey
        >
        > On Mon, Oct 12, 2026 at 3:15 PM Gabe Lindahl <gabe@sawtoothprovisions.com> wrote:
        >> Hi Hailey, Nia at Tamarack passed along your name - she said you might be looking. We're
        >> hiring a fulfillment analyst here in Boise (remote OK). Any time this week for a call?
        >> Gabe Lindahl, Ops Manager, Sawtooth Provisions
        """)
    return message([
        ("Received", rcv("mail-pj1-f52.google.com", "209.85.216.52", "2026-10-13 07:52", BOI, "m14")),
        ("From", addr("Gabe Lindahl", "gabe@sawtoothprovisions.com")),
        ("To", TO),
        ("Subject", "Re: Fulfillment analyst role at Sawtooth"),
        ("Date", date("2026-10-13 07:52", BOI)),
        ("Message-ID", "<CAH8yq2Zb1m0RtQe4XwPj9sVn3LdA6kUf5cYgT7oB2Mx@mail.gmail.com>"),
        ("In-Reply-To", "<CAFp5nWq7RkD2sM9xLc0yTg4bVh1eJ8aZo3uN6iQ5Yw@mail.gmail.com>"),
        ("References", "<CAH8yq2Zb0kLxR5sQm7PjTe2Wn4cV9uF1dG3hY6oA8Bz@mail.gmail.com> "
                       "<CAFp5nWq7RkD2sM9xLc0yTg4bVh1eJ8aZo3uN6iQ5Yw@mail.gmail.com>"),
    ], text(plain, cte="8bit"))


@make.mail(N(15), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-11-17T19:00:00Z", end="2026-11-17T19:45:00Z",
           contact="owen.tsai@larchwoodhome.com", company="Larchwood Home",
           local="Tue 2026-11-17 11:00", local_end="2026-11-17 11:45", zone=LA,
           note="Candidate forwards a Workable confirmation to herself: 11:00-11:45 AM America/Los_Angeles "
                "(PST, UTC-8) = noon MST as she notes; Reply-To is a Workable relay, so contact = "
                "interviewer address in the body; the candidate is never the contact")
def m15():
    plain = t("""
        fwd to myself so it's on my phone. 11 Pacific = noon here.

        ---------- Forwarded message ---------
        From: Larchwood Home <noreply@workablemail.com>
        Date: Wed, Nov 11, 2026 at 3:02 PM
        Subject: Your interview with Larchwood Home has been scheduled
        To: <hailey.brandt@example.org>
        Reply-To: <larchwood-home+b7a40c9e21@candidates.workablemail.com>


        Hi Hailey,

        Your interview for the Operations Analyst, Marketplaces position at Larchwood Home has been
        scheduled.

        Tuesday, November 17, 2026
        11:00 AM - 11:45 AM (America/Los_Angeles)
        Video call: https://meet.google.com/hpy-qqwr-fsz

        Interviewer: Owen Tsai (owen.tsai@larchwoodhome.com), Head of Marketplace Operations

        Need to make a change? Reply to this email.

        Larchwood Home

        Powered by Workable
        """)
    return message([
        ("Received", rcv("mail-qt1-f176.google.com", "209.85.160.176", "2026-11-11 21:14", DEN, "m15")),
        ("From", addr(ME_NAME, "hailey.brandt@example.com")),
        ("To", addr(ME_NAME, ME)),
        ("Subject", "Fwd: Your interview with Larchwood Home has been scheduled"),
        ("Date", date("2026-11-11 21:14", DEN)),
        ("Message-ID", "<CAGx3kTn8Vp0Lq2Rw5YbMz4Hc7sEa1uJf9dN6oK3iQ0e@mail.gmail.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(N(16), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start="2026-10-26T15:00:00Z", end="2026-10-26T15:45:00Z",
           contact="elin.sandberg@fjallgren.se", company="Fjällgren Outdoor",
           local="Mon 2026-10-26 16:00", local_end="2026-10-26 16:45", zone=STO,
           note="Teamtailor mail from a Stockholm employer sent 20 Oct (CEST) for Mon 26 Oct 16:00-16:45 "
                "Europe/Stockholm, the day after Europe returns to CET (UTC+1) = 15:00Z = 9:00 AM MDT in "
                "Bozeman, as the recruiter writes; ICS TZID Europe/Stockholm; contact = Reply-To")
def m16():
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//EN
        METHOD:REQUEST
        """) + make.VTZ["Europe/Stockholm"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-interview-8821937@teamtailor.com
        DTSTAMP:20261020T011000Z
        DTSTART;TZID=Europe/Stockholm:20261026T160000
        DTEND;TZID=Europe/Stockholm:20261026T164500
        SUMMARY:Interview Fjällgren Outdoor – Hailey Brandt
        LOCATION:Google Meet: https://meet.google.com/wxa-bnpc-ejr
        ORGANIZER;CN=Elin Sandberg:mailto:elin.sandberg@fjallgren.se
        ATTENDEE;CN=Hailey Brandt;RSVP=TRUE:mailto:hailey.brandt@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        Hi Hailey,

        Thanks for booking a time with us! Here are the details for your interview for
        E-commerce Operations Analyst (US, remote).

        Monday 26 October 2026, 16:00–16:45 (Europe/Stockholm)
        Google Meet: https://meet.google.com/wxa-bnpc-ejr
        Interviewers: Elin Sandberg, Johan Ek

        A note from Elin: that's 9:00 AM for you in Montana. Our clocks go back on the 25th and
        yours a week later, so the gap is one hour shorter than usual that week.

        Best regards,
        Fjällgren Outdoor
        """)
    body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
        <p>Hi Hailey,</p>
        <p>Thanks for booking a time with us! Here are the details for your interview for
        <b>E-commerce Operations Analyst (US, remote)</b>.</p>
        <p><b>Monday 26 October 2026, 16:00–16:45 (Europe/Stockholm)</b><br>
        Google Meet: <a href="https://meet.google.com/wxa-bnpc-ejr">meet.google.com/wxa-bnpc-ejr</a><br>
        Interviewers: Elin Sandberg, Johan Ek</p>
        <p>A note from Elin: that&#39;s 9:00 AM for you in Montana. Our clocks go back on the 25th and yours a
        week later, so the gap is one hour shorter than usual that week.</p>
        <p>Best regards,<br>Fjällgren Outdoor</p>
        <p style="font-size:11px;color:#999">Sent with Teamtailor</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail-eu.teamtailor-mail.com", "185.70.40.17", "2026-10-20 03:10", STO, "m16")),
        ("From", addr("Fjällgren Outdoor", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Elin Sandberg", "elin.sandberg@fjallgren.se")),
        ("To", TO),
        ("Subject", enc("Interview with Fjällgren Outdoor – E-commerce Operations Analyst")),
        ("Date", date("2026-10-20 03:10", STO)),
        ("Message-ID", mid("m16", "teamtailor-mail.com")),
    ], mixed(alt(text(plain), html(body)),
             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@make.mail(N(17), family="greenhouse", lang="en", interview=True, kind="rescheduled",
           start="2026-09-30T19:00:00Z", end="2026-09-30T20:00:00Z",
           contact="jenna.kowalski@ridgebackoutfitters.com", company="Ridgeback Outfitters",
           local="Wed 2026-09-30 13:00", local_end="2026-09-30 14:00", zone=DEN,
           note="Greenhouse reschedule of the second round from Tue 29 Sep to Wed 30 Sep 1:00-2:00 PM MDT "
                "(UTC-6); old and new time both in the body; ICS in UTC with SEQUENCE:1; contact = Reply-To")
def m17():
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-int-58120877-hb@greenhouse.io
        DTSTAMP:20260925T154000Z
        DTSTART:20260930T190000Z
        DTEND:20260930T200000Z
        SUMMARY:Hiring Manager Interview - Hailey Brandt (Operations Analyst\\, E-commerce)
        LOCATION:Ridgeback Outfitters\\, 33 N Black Ave\\, Bozeman\\, MT 59715
        ORGANIZER;CN=Jenna Kowalski:mailto:jenna.kowalski@ridgebackoutfitters.com
        ATTENDEE;CN=Hailey Brandt;RSVP=TRUE:mailto:hailey.brandt@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        Hi Hailey,

        Your interview with Ridgeback Outfitters has been rescheduled. Thank you for your flexibility!

        Previously: Tuesday, September 29, 2026, 1:00 PM - 2:00 PM MDT
        New time:   Wednesday, September 30, 2026, 1:00 PM - 2:00 PM MDT

        Location: Ridgeback Outfitters, 33 N Black Ave, Bozeman, MT 59715 (2nd floor)
        You'll meet with: Scott Ferrante (Director of E-commerce), Amy Lu (Senior Analyst)

        An updated calendar invitation is attached. Reply to this email to reach Jenna Kowalski.

        The Ridgeback Outfitters Recruiting Team
        """)
    return message([
        ("Received", rcv("mail203.us.greenhouse-mail.io", "167.89.12.203", "2026-09-25 09:40", DEN, "m17")),
        ("From", addr("Ridgeback Outfitters", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Jenna Kowalski", "jenna.kowalski@ridgebackoutfitters.com")),
        ("To", TO),
        ("Subject", "Updated: Interview with Ridgeback Outfitters has been rescheduled"),
        ("Date", date("2026-09-25 09:40", DEN)),
        ("Message-ID", mid("m17", "us.greenhouse-mail.io")),
    ], mixed(text(plain, cte="7bit", charset="us-ascii"),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-11-19T20:00:00Z", end="2026-11-19T21:00:00Z",
           contact="lauren.beck@bitterrootpack.com", company="Bitterroot Packworks",
           local="Thu 2026-11-19 13:00", local_end="2026-11-19 14:00", zone=DEN,
           note="Google Calendar 'Updated invitation' moving the final interview from Wed 18 Nov to Thu 19 Nov "
                "1pm-2pm MST (UTC-7); ICS SEQUENCE:2 TZID America/Denver; contact = ORGANIZER (the GM)")
def m18():
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_DENVER + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Denver:20261119T130000
        DTEND;TZID=America/Denver:20261119T140000
        DTSTAMP:20261113T161500Z
        ORGANIZER;CN=Lauren Beck:mailto:lauren.beck@bitterrootpack.com
        UID:5p0hd2s8vqk1c7n3r9m4tb6e2a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lauren Beck;X-NUM-GUESTS=0:mailto:lauren.beck@bitterrootpack.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hailey.brandt@example.org;X-NUM-GUESTS=0:mailto:hailey.brandt@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tom Reinholt;X-NUM-GUESTS=0:mailto:tom.reinholt@bitterrootpack.com
        CREATED:20261109T170200Z
        DESCRIPTION:Final conversation with Lauren (GM) and Tom. Video link below.
        LAST-MODIFIED:20261113T161500Z
        LOCATION:https://meet.google.com/omt-zkfe-rvb
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Final interview – Hailey Brandt
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        This event has been updated
        Changed: time

        Final interview – Hailey Brandt
        Thursday Nov 19, 2026 ⋅ 1pm – 2pm
        Mountain Time - Denver

        Joining info
        Join with Google Meet
        https://meet.google.com/omt-zkfe-rvb

        Final conversation with Lauren (GM) and Tom. Video link below.

        Organizer
        Lauren Beck
        lauren.beck@bitterrootpack.com

        Guests
        Lauren Beck - organizer
        Tom Reinholt
        hailey.brandt@example.org

        Reply for hailey.brandt@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NXAwaGQyczh2&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NXAwaGQyczh2&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NXAwaGQyczh2&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/
        """)
    body = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-weight:500">This event has been updated<br><span style="color:#d93025">Changed: time</span></p>
        <h2 style="font-weight:400">Final interview – Hailey Brandt</h2>
        <p><span style="color:#d93025">Thursday Nov 19, 2026 ⋅ 1pm – 2pm</span><br>
        <span style="text-decoration:line-through;color:#70757a">Wednesday Nov 18, 2026 ⋅ 1pm – 2pm</span><br>
        <span style="color:#70757a">Mountain Time - Denver</span></p>
        <p><a href="https://meet.google.com/omt-zkfe-rvb">Join with Google Meet</a></p>
        <p>Final conversation with Lauren (GM) and Tom. Video link below.</p>
        <p><b>Organizer</b><br>Lauren Beck<br>lauren.beck@bitterrootpack.com</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mail-sor-f69.google.com", "209.85.220.69", "2026-11-13 09:15", DEN, "m18")),
        ("From", addr("Lauren Beck", "lauren.beck@bitterrootpack.com")),
        ("To", ME),
        ("Subject", enc("Updated invitation: Final interview – Hailey Brandt @ Thu Nov 19, 2026 1pm - 2pm "
                        "(MST) (hailey.brandt@example.org)")),
        ("Date", date("2026-11-13 09:15", DEN)),
        ("Message-ID", "<calendar-b0e4f2a1-6d39-4c8b-9a70-31e5c2d8f6b4@google.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "lauren.beck@bitterrootpack.com"),
    ], mixed(alt(text(plain), html(body), calendar(ics, cte="base64")),
             calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-09-24T20:00:00Z", end="2026-09-24T20:45:00Z",
           contact="marcus.oyelaran@cascadiatrailworks.com", company="Cascadia Trailworks",
           local="Thu 2026-09-24 13:00", local_end="2026-09-24 13:45", zone=LA,
           note="Recruiter moves tomorrow's screen to Thu 9/24 1:00-1:45 PM Pacific (PDT, UTC-7), '2:00 your "
                "time' in Mountain agrees; the old Tuesday slot is mentioned; human sender")
def m19():
    plain = t("""
        Hi Hailey,

        Thanks for being so flexible on the phone just now. Confirming we've moved our chat from
        tomorrow to Thursday, 9/24, 1:00-1:45 PM Pacific (2:00 your time). Same Meet link as before:
        https://meet.google.com/kqz-ruvd-tpe

        I've updated the calendar hold too, so you should see the new time shortly.

        Thanks,
        Marcus

        Marcus Oyelaran
        Senior Technical Recruiter, Cascadia Trailworks
        marcus.oyelaran@cascadiatrailworks.com
        """)
    return message([
        ("Received", rcv("mail-io1-f44.google.com", "209.85.166.44", "2026-09-21 08:30", LA, "m19")),
        ("From", addr("Marcus Oyelaran", "marcus.oyelaran@cascadiatrailworks.com")),
        ("To", TO),
        ("Subject", "Moving our call to Thursday"),
        ("Date", date("2026-09-21 08:30", LA)),
        ("Message-ID", "<CAN2rLx0kQ7mVb4Pz9sHe3Tj6yWc1dF8uG5aR0oM2nE@mail.gmail.com>"),
    ], alt(text(plain, cte="8bit"), html(gmail_html(plain), cte="8bit")))


@make.mail(N(20), family="ics_attachment", lang="en", interview=True, kind="rescheduled",
           start="2026-12-07T17:00:00Z", end="2026-12-07T18:00:00Z",
           contact="ruth.calloway@sagebrushdigital.com", company="Sagebrush Digital",
           local="Mon 2026-12-07 10:00", local_end="2026-12-07 11:00", zone=BOI,
           note="Recruiter moves the panel from 'Thursday' (3 Dec) to 'the following Monday'; the new time is "
                "only in the attached invite.ics: SEQUENCE:1, 10:00-11:00 America/Boise (MST, UTC-7)")
def m20():
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ_BOISE + "\n" + t("""
        BEGIN:VEVENT
        CREATED:20261124T181200Z
        LAST-MODIFIED:20261201T182500Z
        DTSTAMP:20261201T182500Z
        UID:9c41e0b7-2f6a-4d83-b5e1-7a0c3d9f8e26
        SUMMARY:Sagebrush Digital - panel interview (Hailey Brandt)
        ORGANIZER;CN=Ruth Calloway:mailto:ruth.calloway@sagebrushdigital.com
        ATTENDEE;CN=Hailey Brandt;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hailey.brandt@example.org
        ATTENDEE;CN=Jordan Pike;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:jordan.pike@sagebrushdigital.com
        DTSTART;TZID=America/Boise:20261207T100000
        DTEND;TZID=America/Boise:20261207T110000
        LOCATION:https://sagebrushdigital.zoom.us/j/81044672390
        SEQUENCE:1
        STATUS:CONFIRMED
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        Hi Hailey,

        So sorry for the shuffle - Jordan got pulled into a vendor visit on Thursday, so I've moved
        your panel to the following Monday, same time and same Zoom link. The updated invite is
        attached; everything else stays the same, and the agenda I sent last week still applies.

        Thanks for bearing with us!

        Ruth

        --
        Ruth Calloway
        People Operations | Sagebrush Digital
        Boise, ID
        """)
    return message([
        ("Received", rcv("mail.sagebrushdigital.com", "69.92.18.40", "2026-12-01 11:25", BOI, "m20")),
        ("From", addr("Ruth Calloway", "ruth.calloway@sagebrushdigital.com")),
        ("To", TO),
        ("Subject", "Updated invite: panel interview moved"),
        ("Date", date("2026-12-01 11:25", BOI)),
        ("Message-ID", "<7d2c1a9e-4b0f-4e61-8c3a-b5f09e2d7c41@sagebrushdigital.com>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(plain, cte="7bit", charset="us-ascii", params="format=flowed"),
             calendar(ics, cte="base64", ctype="text/calendar", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(21), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-11-03T17:00:00Z", end="2026-11-03T18:00:00Z",
           contact="draman@pinegrovelogistics.com", company="Pinegrove Logistics",
           local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone=LA,
           note="Exchange METHOD:CANCEL for the 3 Nov 9:00 AM Pacific interview (PST after the 1 Nov change, "
                "17:00Z), sent 30 Oct in PDT; requisition paused; contact = organizer")
def m21():
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + WIN_PACIFIC + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Devika Raman:mailto:draman@pinegrovelogistics.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hailey Brandt:mailto:hailey.brandt@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Curtis Alvey:mailto:calvey@pinegrovelogistics.com
        DESCRIPTION;LANGUAGE=en-US:Hi Hailey\\, I'm sorry to do this on short notice. We've paused hiring for this role while we rework our 2027 budget\\, so I'm cancelling Tuesday's conversation. I'll reach out directly if it reopens.\\n\\nDevika\\n
        UID:040000008200E00074C5B7101A82E00800000000D07F1B1A5F66DC01000000000000000010000000A3C7E2B8F04E1D4B9C5A6E3F2D1B0C9E
        SUMMARY;LANGUAGE=en-US:Canceled: Pinegrove Logistics - Fulfillment Ops Analyst interview (Hailey Brandt)
        DTSTART;TZID=Pacific Standard Time:20261103T090000
        DTEND;TZID=Pacific Standard Time:20261103T100000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261030T234000Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2119463012
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        Hi Hailey, I'm sorry to do this on short notice. We've paused hiring for this role while we
        rework our 2027 budget, so I'm cancelling Tuesday's conversation. I'll reach out directly if
        it reopens.

        Devika
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Hailey, I&#39;m sorry to do this on short notice. We&#39;ve paused hiring for this role while we rework
        our 2027 budget, so I&#39;m cancelling Tuesday&#39;s conversation. I&#39;ll reach out directly if it reopens.</p>
        <p>Devika</p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mail-co1nam11on2097.outbound.protection.outlook.com", "40.107.220.97",
                         "2026-10-30 16:40", LA, "m21")),
        ("From", addr("Devika Raman", "draman@pinegrovelogistics.com")),
        ("To", TO),
        ("CC", addr("Curtis Alvey", "calvey@pinegrovelogistics.com")),
        ("Subject", "Canceled: Pinegrove Logistics - Fulfillment Ops Analyst interview (Hailey Brandt)"),
        ("Thread-Topic", "Pinegrove Logistics - Fulfillment Ops Analyst interview (Hailey Brandt)"),
        ("Date", date("2026-10-30 16:40", LA)),
        ("Message-ID", "<SJ0PR11MB5678B9C8D7E6F5A4B3C2D1E0F9A8B@SJ0PR11MB5678.namprd11.prod.outlook.com>"),
        ("Importance", "high"),
        ("Content-Language", "en-US"),
    ], alt(text(plain), html(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-11-09T20:00:00Z", contact="brent.okafor@alpenglowgear.com", company="Alpenglow Gear",
           local="Mon 2026-11-09 13:00", zone=DEN,
           note="Hiring manager cancels 'Monday's 1:00' (Mon 9 Nov, resolved against the Date Thu 5 Nov; "
                "Salt Lake City MST, UTC-7); req frozen, no new time; windows-1252 QP; no ICS")
def m22():
    plain = t("""
        Hi Hailey,

        I’m really sorry to be sending this one. Our leadership team froze the Digital Operations
        Analyst req this afternoon as part of the year-end budget review, so I have to cancel our
        interview on Monday at 1:00. I know you’d already moved things around to make the drive
        down – that’s on us.

        I don’t have a timeline for when (or whether) it reopens in Q1, but you were at the top of my
        list and I’ll reach out personally if it does.

        Brent

        Brent Okafor | Sr. Manager, Digital Operations
        Alpenglow Gear · Salt Lake City, UT
        """)
    return message([
        ("Received", rcv("mail-dm3nam02on2118.outbound.protection.outlook.com", "40.107.95.118",
                         "2026-11-05 17:02", DEN, "m22")),
        ("From", addr("Brent Okafor", "brent.okafor@alpenglowgear.com")),
        ("To", TO),
        ("Subject", "Monday's interview - need to cancel"),
        ("Date", date("2026-11-05 17:02", DEN)),
        ("Message-ID", "<DM3PR02MB7712C4A5B6D7E8F9A0B1C2D3E4F5A@DM3PR02MB7712.namprd02.prod.outlook.com>"),
        ("In-Reply-To", mid("m09", "smartrecruiters.com")),
        ("Content-Language", "en-US"),
    ], alt(text(plain, charset="windows-1252"), html(gmail_html(plain), charset="windows-1252")))


@make.mail(N(23), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-12-08T17:00:00Z", end="2026-12-08T18:00:00Z",
           contact="hannah.voss@kinnikinnicktrading.com", company="Kinnikinnick Trading",
           local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:00", zone=DEN,
           note="Google Calendar cancellation (METHOD:CANCEL) of the Missoula interview Tue 8 Dec 10am-11am "
                "MST (UTC-7); contact = ORGANIZER")
def m23():
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ_DENVER + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Denver:20261208T100000
        DTEND;TZID=America/Denver:20261208T110000
        DTSTAMP:20261202T153000Z
        ORGANIZER;CN=Hannah Voss:mailto:hannah.voss@kinnikinnicktrading.com
        UID:1f8s3k0q7wbn2d9m6v4c5ht0ej@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hailey.brandt@example.org;X-NUM-GUESTS=0:mailto:hailey.brandt@example.org
        CREATED:20261124T202000Z
        DESCRIPTION:
        LAST-MODIFIED:20261202T153000Z
        LOCATION:Kinnikinnick Trading\\, 310 Ryman St\\, Missoula\\, MT 59802
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview: Hailey Brandt / Kinnikinnick Trading
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        This event has been canceled and removed from your calendar.

        Interview: Hailey Brandt / Kinnikinnick Trading
        Tuesday Dec 8, 2026 ⋅ 10am – 11am
        Mountain Time - Denver

        Location
        Kinnikinnick Trading, 310 Ryman St, Missoula, MT 59802

        Organizer
        Hannah Voss
        hannah.voss@kinnikinnicktrading.com

        Guests
        Hannah Voss - organizer
        hailey.brandt@example.org

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    return message([
        ("Received", rcv("mail-sor-f41.google.com", "209.85.220.41", "2026-12-02 08:30", DEN, "m23")),
        ("From", addr("Hannah Voss", "hannah.voss@kinnikinnicktrading.com")),
        ("To", ME),
        ("Subject", "Canceled event: Interview: Hailey Brandt / Kinnikinnick Trading @ Tue Dec 8, 2026 "
                    "10am - 11am (MST) (hailey.brandt@example.org)"),
        ("Date", date("2026-12-02 08:30", DEN)),
        ("Message-ID", "<calendar-2c9a7e15-83f4-4d0b-a6e2-5f1b8c3d0e97@google.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "hannah.voss@kinnikinnicktrading.com"),
    ], mixed(alt(text(plain), calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="en", interview=False, company="Ridgeback Outfitters",
           note="Greenhouse rejection after the second-round interview; no time confirmed")
def m24():
    plain = t("""
        Hi Hailey,

        Thank you for taking the time to meet with Scott and Amy last week, and for your patience
        while we wrapped up our interviews for the Operations Analyst, E-commerce role.

        After a lot of discussion, we've decided to move forward with another candidate whose
        background is a closer match to our wholesale systems work. This was a genuinely hard call -
        the team especially appreciated your returns-forecasting walkthrough.

        We'd love to stay in touch, and we'll keep your profile in mind for future openings.

        All the best,
        Jenna Kowalski
        Ridgeback Outfitters
        """)
    return message([
        ("Received", rcv("mail187.us.greenhouse-mail.io", "167.89.12.187", "2026-10-09 11:48", DEN, "m24")),
        ("From", addr("Jenna Kowalski", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Jenna Kowalski", "jenna.kowalski@ridgebackoutfitters.com")),
        ("To", TO),
        ("Subject", "Update on your application with Ridgeback Outfitters"),
        ("Date", date("2026-10-09 11:48", DEN)),
        ("Message-ID", mid("m24", "us.greenhouse-mail.io")),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(N(25), family="application_receipt", lang="en", interview=False,
           company="Intermountain Parcel Systems",
           note="Taleo application acknowledgement; no interview, no time")
def m25():
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Hailey Brandt,</p>
        <p>Thank you for your interest in <b>Intermountain Parcel Systems</b>. This message confirms that we have
        received your application for the position of <b>Logistics Data Analyst (Job Number 2600417)</b>.</p>
        <p>Our recruiting team will review your qualifications. If your background is a match for the position,
        a member of our team will contact you to discuss next steps. Due to the volume of applications, we are
        unable to respond to each applicant individually.</p>
        <p>You may review the status of your application at any time by logging in to your candidate profile.</p>
        <p>Sincerely,<br>Intermountain Parcel Systems Talent Acquisition<br>Salt Lake City, Utah</p>
        <p style="font-size:10px;color:#777">This is an automated message. Please do not reply to this email.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("smtp3.taleo.net", "148.86.240.33", "2026-09-08 19:37", DEN, "m25")),
        ("From", addr("Intermountain Parcel Systems", "ips@ips.taleo.net")),
        ("To", ME),
        ("Subject", "Intermountain Parcel Systems - Application Received - Logistics Data Analyst"),
        ("Date", date("2026-09-08 19:37", DEN)),
        ("Message-ID", mid("m25", "taleo.net")),
    ], html(body, charset="iso-8859-1"))


@make.mail(N(26), family="job_alert", lang="en", interview=False, company=None,
           note="Job board alert listing openings; nothing scheduled")
def m26():
    plain = t("""
        TrailJobs - 9 new jobs for "operations analyst" near Bozeman, MT

        E-commerce Operations Analyst
        Kinnikinnick Trading - Missoula, MT - $68k-$82k
        Posted 2 days ago

        Inventory Planning Analyst
        Summit Basin Retail - Salt Lake City, UT (Hybrid)
        Posted 3 days ago

        Operations Analyst, Marketplaces
        Larchwood Home - Remote (US)
        Posted 5 days ago

        Fulfillment Systems Analyst
        Clearwater Cooperative - Boise, ID
        Posted 1 week ago

        See all 9 jobs: https://trailjobs.example.net/alerts/54812?utm_source=email

        You're receiving this because you created a job alert on TrailJobs.
        Manage alerts: https://trailjobs.example.net/settings/alerts | Unsubscribe
        TrailJobs, 215 W Mendenhall St, Bozeman, MT 59715
        """)
    return message([
        ("Received", rcv("o17.mail.trailjobs.example.net", "149.72.31.17", "2026-09-21 06:00", DEN, "m26")),
        ("From", addr("TrailJobs Alerts", "alerts@mail.trailjobs.example.net")),
        ("To", ME),
        ("Subject", "9 new jobs for \"operations analyst\" near Bozeman, MT"),
        ("Date", date("2026-09-21 06:00", DEN)),
        ("Message-ID", mid("m26", "mail.trailjobs.example.net")),
        ("List-Unsubscribe", "<https://trailjobs.example.net/u/54812>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ], text(plain))


@make.mail(N(27), family="newsletter", lang="en", interview=False, company=None,
           note="Industry newsletter (outdoor e-commerce); dates are article/event mentions only")
def m27():
    body = t("""
        <html><body style="font-family:Georgia,serif;max-width:620px;margin:auto;color:#222">
        <h1 style="font-size:22px">The Outdoor Commerce Brief</h1>
        <p style="color:#777">Tuesday edition &middot; October 6, 2026</p>
        <h2 style="font-size:17px">Peak season is coming for your returns desk</h2>
        <p>Three brands share how they trimmed return-to-stock times before Black Friday, and why one of them
        stopped offering free exchanges on footwear.</p>
        <h2 style="font-size:17px">Carrier surcharges, again</h2>
        <p>Both national parcel carriers announced 2027 general rate increases last week. We did the math on what
        a typical 5 lb tent shipment will cost from Salt Lake City to the East Coast.</p>
        <h2 style="font-size:17px">Hiring corner</h2>
        <p>Operations analysts are the most-posted role in our job board this month. Our tip: bring one
        concrete SKU-level story to every interview.</p>
        <p style="font-size:12px;color:#777">You are subscribed as hailey.brandt@example.org.
        <a href="https://brief.example.net/unsub">Unsubscribe</a></p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail132.suw101.mcdlv.net", "198.2.132.101", "2026-10-06 05:30", DEN, "m27")),
        ("From", addr("The Outdoor Commerce Brief", "editor@brief.example.net")),
        ("To", ME),
        ("Subject", "Returns before peak, carrier surcharges, and a hiring tip"),
        ("Date", date("2026-10-06 05:30", DEN)),
        ("Message-ID", mid("m27", "mcdlv.net")),
        ("List-Unsubscribe", "<https://brief.example.net/unsub>"),
    ], html(body))


@make.mail(N(28), family="recruiter_outreach", lang="en", interview=False, company="Glacier Route Shipping",
           note="In-house recruiter cold outreach asking for a call; no time fixed")
def m28():
    plain = t("""
        Hi Hailey,

        I came across your profile and your work on returns analytics caught my eye. I'm hiring an
        Operations Analyst for our Missoula hub at Glacier Route Shipping - we move freight for a lot
        of the outdoor brands you'd recognize, and the role owns our carrier scorecards.

        Would you be open to a 20-minute call sometime next week? Let me know what works, or feel free
        to send over a couple of times.

        Thanks,
        Corinne Atwater
        Talent Acquisition Partner, Glacier Route Shipping
        corinne.atwater@glacierroute.com
        """)
    return message([
        ("Received", rcv("mail-lf1-f45.google.com", "209.85.167.45", "2026-09-14 13:26", DEN, "m28")),
        ("From", addr("Corinne Atwater", "corinne.atwater@glacierroute.com")),
        ("To", TO),
        ("Subject", "Operations Analyst - Glacier Route Shipping (Missoula)"),
        ("Date", date("2026-09-14 13:26", DEN)),
        ("Message-ID", "<CAB7wK2o0qRz3Lx8Pn5Tm1Hv6sYd9Ga4cF2eJ7uN0bW@mail.gmail.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(N(29), family="proposal_unconfirmed", lang="en", interview=False, company="Bitterroot Packworks",
           days=(("Thu", "2026-10-08"), ("Fri", "2026-10-09")),
           note="Hiring manager offers two onsite slots (Thu 10/8 2pm or Fri 10/9 10am); nothing chosen yet")
def m29():
    plain = t("""
        Hi Hailey,

        Really enjoyed our call yesterday. Lauren and I would like to have you over to Missoula to see
        the warehouse and meet a few more people.

        Would either of these work?
          - Thursday 10/8 at 2pm
          - Friday 10/9 at 10am

        Plan on about 90 minutes. Once you pick one I'll send a calendar invite with directions.

        Tom

        Tom Reinholt
        Operations Manager, Bitterroot Packworks
        """)
    return message([
        ("Received", rcv("mail-oi1-f179.google.com", "209.85.167.179", "2026-09-29 16:05", DEN, "m29")),
        ("From", addr("Tom Reinholt", "tom.reinholt@bitterrootpack.com")),
        ("To", TO),
        ("Subject", "Onsite in Missoula?"),
        ("Date", date("2026-09-29 16:05", DEN)),
        ("Message-ID", "<CAL1nV9xQ2pT8sRk4Mw0Zb7Jh3eYc6Fd5uA1gK0oP9Nq@mail.gmail.com>"),
    ], text(plain, cte="7bit", charset="us-ascii"))


@make.mail(N(30), family="scheduling_link", lang="en", interview=False, company="Fireweed Commerce",
           note="GoodTime availability request for the onsite; no time fixed yet")
def m30():
    plain = t("""
        Hi Hailey,

        Congratulations on moving forward to the onsite stage with Fireweed Commerce!

        To help us build your interview schedule, please share your availability for the week of
        October 19 using the link below. The onsite runs about 2.5 hours at our Seattle office, and
        we'll take care of your travel.

        Share your availability: https://app.goodtime.io/availability/fw-7d31c0e9a2

        Please respond within 48 hours so we can hold your interviewers' calendars.

        Thanks,
        Sasha Lindqvist
        Recruiting Coordinator, Fireweed Commerce

        Sent via GoodTime
        """)
    return message([
        ("Received", rcv("mail.goodtime.io", "198.21.6.140", "2026-10-12 09:30", LA, "m30")),
        ("From", addr("Fireweed Commerce Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", addr("Sasha Lindqvist", "sasha.lindqvist@fireweedcommerce.com")),
        ("To", TO),
        ("Subject", "Fireweed Commerce: please share your availability"),
        ("Date", date("2026-10-12 09:30", LA)),
        ("Message-ID", mid("m30", "goodtime.io")),
    ], text(plain))


@make.mail(N(31), family="scheduling_link", lang="en", interview=False, company="Headwaters Outdoor",
           note="Recruiter sends a Calendly link to pick a slot; nothing booked in this mail")
def m31():
    plain = t("""
        Hi Hailey,

        Thanks for applying to the Operations Analyst role at Headwaters Outdoor! I'd love to set up
        an initial conversation. Grab whatever time works best for you here:

        https://calendly.com/priya-headwaters/45min

        I've opened up slots through the end of next week. If none of them fit, just reply and we'll
        find something.

        Priya

        --
        Priya Ramaswamy | Talent Partner
        Headwaters Outdoor
        """)
    return message([
        ("Received", rcv("mail-yw1-f174.google.com", "209.85.128.174", "2026-10-26 10:12", DEN, "m31")),
        ("From", addr("Priya Ramaswamy", "priya.r@headwatersoutdoor.com")),
        ("To", TO),
        ("Subject", "Headwaters Outdoor - let's find a time"),
        ("Date", date("2026-10-26 10:12", DEN)),
        ("Message-ID", "<CAJ4m0qNw3Lk7Tp1Rx9YvBe2HdF6uZs0gQ5cM8aXn4Wj@mail.gmail.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(N(32), family="auto_reply", lang="en", interview=False, company=None,
           days=(("Mon", "2026-10-05"),),
           note="Out-of-office auto-reply from a recruiter (back Monday, October 5)")
def m32():
    plain = t("""
        Thank you for your email. I'm out of the office at a campus career fair and will be back on
        Monday, October 5, with limited access to email until then.

        For urgent scheduling questions, please contact our recruiting team at
        recruiting@ridgebackoutfitters.com.

        Jenna Kowalski
        Ridgeback Outfitters
        """)
    return message([
        ("Received", rcv("mail-bl0pr05.outbound.protection.outlook.com", "40.107.91.44",
                         "2026-10-01 07:02", DEN, "m32")),
        ("From", addr("Jenna Kowalski", "jenna.kowalski@ridgebackoutfitters.com")),
        ("To", TO),
        ("Subject", "Automatic reply: Thank you - Wednesday's interview"),
        ("Date", date("2026-10-01 07:02", DEN)),
        ("Message-ID", "<BL0PR05MB6610A1D4E7F2B3C9D0E8A5F6C7B2D@BL0PR05MB6610.namprd05.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<CAFp5nWt1Qm8Rz2Lx4Vb9Kc3Ty7Hj0aNo6uE5iS2Dw@mail.gmail.com>"),
    ], text(plain))


@make.mail(N(33), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of the candidate's own thank-you note (mistyped domain); message/rfc822 inside")
def m33():
    original = message([
        ("From", addr(ME_NAME, ME)),
        ("To", addr("Marcus Oyelaran", "marcus.oyelaran@cascadiatrailwork.com")),
        ("Subject", "Thank you for today"),
        ("Date", date("2026-09-24 14:58", DEN)),
        ("Message-ID", "<CAFp5nWr6Lx0Qm3Tz8Kb1Vc9Hy4Ja2No7uE5iS0Dg@mail.gmail.com>"),
    ], text(t("""
        Hi Marcus,

        Thanks again for the conversation this afternoon - I really enjoyed hearing about how the
        marketplace team handles peak season. I'm very interested in the role and happy to share
        anything else that would help.

        Best,
        Hailey
        """)))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <marcus.oyelaran@cascadiatrailwork.com>: Host or domain name not found. Name
            service error for name=cascadiatrailwork.com type=MX: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4F2B81C0A3
        X-Postfix-Sender: rfc822; hailey.brandt@example.org
        Arrival-Date: Thu, 24 Sep 2026 20:58:04 +0000 (UTC)

        Final-Recipient: rfc822; marcus.oyelaran@cascadiatrailwork.com
        Original-Recipient: rfc822;marcus.oyelaran@cascadiatrailwork.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=cascadiatrailwork.com type=MX: Host not found
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    return message([
        ("Received", "by mx1.example.org (Postfix)\r\n id 7A1C2D0B11; Thu, 24 Sep 2026 20:58:05 +0000 (UTC)"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-09-24 14:58", DEN)),
        ("Message-ID", "<20260924205805.7A1C2D0B11@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@make.mail(N(34), family="offer", lang="en", interview=False, company="Headwaters Outdoor",
           days=(("Wed", "2026-12-02"),),
           note="Offer letter via e-signature, sign by Wednesday, December 2; no interview")
def m34():
    plain = t("""
        Hi Hailey,

        I'm thrilled to share that we'd like to offer you the Operations Analyst role at Headwaters
        Outdoor! Your offer letter is waiting for you in DocuSign (separate email), with the details
        we discussed on the phone: $84,000 base, remote from Bozeman, a January 11 start.

        Please review and sign by Wednesday, December 2. If you have any questions about benefits or
        equipment, I'm happy to hop on a call any time - just reply here.

        Congratulations, and welcome (we hope!) to the team.

        Priya
        """)
    return message([
        ("Received", rcv("mail-yw1-f170.google.com", "209.85.128.170", "2026-11-20 16:41", DEN, "m34")),
        ("From", addr("Priya Ramaswamy", "priya.r@headwatersoutdoor.com")),
        ("To", TO),
        ("Subject", "Your offer from Headwaters Outdoor"),
        ("Date", date("2026-11-20 16:41", DEN)),
        ("Message-ID", "<CAJ4m0qT5Hx2Kn9Rp0YvBe7LdF3uZs1gQ8cM6aXw2Vk@mail.gmail.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(N(35), family="appointment", lang="en", interview=False, company=None,
           days=(("Tue", "2026-10-20"),),
           note="Dentist appointment reminder at a fixed time; not an interview")
def m35():
    plain = t("""
        Hi Hailey,

        This is a friendly reminder of your upcoming appointment at Bridger Family Dental:

        Tuesday, October 20 at 8:00 AM
        Cleaning & exam with Dr. Ingrid Solheim
        1205 N 19th Ave, Suite B, Bozeman, MT 59718

        Reply C to confirm or call us at (406) 555-0173 to reschedule. Please give us 24 hours'
        notice of any change to avoid a missed-appointment fee.

        See you soon!
        Bridger Family Dental
        """)
    return message([
        ("Received", rcv("mail.weavehelp.example.net", "52.10.77.18", "2026-10-16 10:00", DEN, "m35")),
        ("From", addr("Bridger Family Dental", "reminders@bridgerfamilydental.example.com")),
        ("To", ME),
        ("Subject", "Appointment reminder - Tuesday, October 20 at 8:00 AM"),
        ("Date", date("2026-10-16 10:00", DEN)),
        ("Message-ID", mid("m35", "bridgerfamilydental.example.com")),
    ], text(plain, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(36), family="work_meeting", lang="en", interview=False, company=None,
           note="Current employer's Outlook meeting request (peak-season capacity review), Mountain Standard "
                "Time ICS; an ordinary work meeting")
def m36():
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + WIN_MOUNTAIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rick Sorensen:mailto:rsorensen@elkhornoutdoor.example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hailey Brandt:mailto:hailey.brandt@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mateo Cruz:mailto:mcruz@elkhornoutdoor.example.com
        DESCRIPTION;LANGUAGE=en-US:Walk through the Q4 peak capacity model before we send it to the 3PL. Hailey - please bring the updated returns forecast.\\n
        UID:040000008200E00074C5B7101A82E00800000000E1A2B3C4D5E6DC01000000000000000010000000C0FFEE11223344556677889900AABBCC
        SUMMARY;LANGUAGE=en-US:Q4 peak capacity review
        DTSTART;TZID=Mountain Standard Time:20261007T090000
        DTEND;TZID=Mountain Standard Time:20261007T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261002T201800Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Conf Room Gallatin / Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        Walk through the Q4 peak capacity model before we send it to the 3PL. Hailey - please bring
        the updated returns forecast.

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ2ODk3%40thread.v2/0>
        Meeting ID: 281 330 495 612
        Passcode: eK4b2X
        ________________________________________________________________________________
        """)
    return message([
        ("Received", rcv("mail-sn1nam02on2055.outbound.protection.outlook.com", "40.107.96.55",
                         "2026-10-02 14:18", DEN, "m36")),
        ("From", addr("Rick Sorensen", "rsorensen@elkhornoutdoor.example.com")),
        ("To", f"{TO}, {addr('Mateo Cruz', 'mcruz@elkhornoutdoor.example.com')}"),
        ("Subject", "Q4 peak capacity review"),
        ("Date", date("2026-10-02 14:18", DEN)),
        ("Message-ID", "<SN1PR02MB4455D3E2F1A0B9C8D7E6F5A4B3C2D@SN1PR02MB4455.namprd02.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(plain), calendar(ics, cte="base64")))


@make.mail(N(37), family="ats_task", lang="en", interview=False, company="Summit Basin Retail",
           note="Workday candidate task reminder (voluntary self-identification form); no interview time")
def m37():
    body = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <p>Dear Hailey Brandt,</p>
        <p>You have a new task in your Summit Basin Retail candidate home:</p>
        <p><strong>Complete Voluntary Self-Identification</strong><br>
        Job Requisition: Inventory &amp; Fulfillment Analyst (R-10482)</p>
        <p>Please sign in to the careers site and complete this task at your earliest convenience.
        Completion is voluntary and will not affect your candidacy.</p>
        <p>Sincerely,<br>Summit Basin Retail Talent Acquisition</p>
        <p style="font-size:11px;color:#888888">This message was sent from an unmonitored mailbox. Please do not reply.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("wd5-smtp.myworkday.com", "159.112.248.21", "2026-10-02 08:14", DEN, "m37")),
        ("From", addr("Summit Basin Retail", "summitbasin@myworkday.com")),
        ("To", ME),
        ("Subject", "Action Required: Complete Voluntary Self-Identification"),
        ("Date", date("2026-10-02 08:14", DEN)),
        ("Message-ID", mid("m37", "myworkday.com")),
    ], html(body, cte="base64"))


@make.mail(N(38), family="rejection", lang="en", interview=False, company="Kestrel Cycling",
           note="Personio rejection before any interview")
def m38():
    plain = t("""
        Dear Hailey,

        Thank you for your application for the position "Operations Analyst – North America (remote)"
        and for your interest in Kestrel Cycling.

        We have now carefully reviewed all applications. Unfortunately, we have decided not to
        consider your application further for this position. This decision is not a judgement of your
        qualifications; we simply received applications that matched our current needs more closely.

        We wish you every success in your search.

        Kind regards
        Your Kestrel Cycling People Team
        """)
    return message([
        ("Received", rcv("mail.personio.de", "18.197.63.211", "2026-09-18 09:12", "Europe/Berlin", "m38")),
        ("From", addr("Kestrel Cycling", "no-reply@kestrel-cycling.jobs.personio.de")),
        ("To", ME),
        ("Subject", enc("Your application – Operations Analyst – North America (remote)")),
        ("Date", date("2026-09-18 09:12", "Europe/Berlin")),
        ("Message-ID", mid("m38", "personio.de")),
    ], text(plain))


@make.mail(N(39), family="order_receipt", lang="en", interview=False, company=None,
           note="Online shop shipping notice; unrelated to the job search")
def m39():
    body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#2b2b2b;max-width:600px">
        <h2 style="font-size:20px">Your order is on its way!</h2>
        <p>Hi Hailey, good news: order <b>#NF-220417</b> has shipped.</p>
        <table cellpadding="6" style="border-collapse:collapse;width:100%">
        <tr><td>Merino quarter-zip, Slate, M</td><td align="right">$89.00</td></tr>
        <tr><td>Trail runner gaiters, Black</td><td align="right">$24.00</td></tr>
        <tr><td><b>Total</b></td><td align="right"><b>$113.00</b></td></tr>
        </table>
        <p>Carrier: UPS Ground &middot; Tracking: 1Z 84F 27A 03 1177 5420<br>Estimated delivery: Tuesday, October 20</p>
        <p>Northfork Supply &middot; Livingston, MT</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.shopifyemail.example.net", "23.227.38.65", "2026-10-16 12:44", DEN, "m39")),
        ("From", addr("Northfork Supply", "orders@northforksupply.example.com")),
        ("To", ME),
        ("Subject", "Order #NF-220417 has shipped"),
        ("Date", date("2026-10-16 12:44", DEN)),
        ("Message-ID", mid("m39", "northforksupply.example.com")),
    ], html(body, cte="base64"))


@make.mail(N(40), family="event_rsvp", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Local meetup RSVP confirmation at a fixed time; not an interview")
def m40():
    plain = t("""
        You're going!

        Bozeman Data & Ops Meetup
        Peak season war stories: forecasting, 3PLs and returns

        Thursday, October 15, 2026
        6:00 PM to 8:00 PM MDT

        Bunkhouse Taproom (back room)
        612 E Main St, Bozeman, MT

        Pizza from 6, talks start at 6:30. 41 people are going.

        Can't make it anymore? Change your RSVP:
        https://gatherly.example.net/bozeman-data-ops/events/310227/rsvp
        """)
    return message([
        ("Received", rcv("mail.gatherly.example.net", "52.41.9.201", "2026-10-09 18:22", DEN, "m40")),
        ("From", addr("Gatherly", "info@gatherly.example.net")),
        ("To", ME),
        ("Subject", "RSVP confirmed: Peak season war stories (Bozeman Data & Ops Meetup)"),
        ("Date", date("2026-10-09 18:22", DEN)),
        ("Message-ID", mid("m40", "gatherly.example.net")),
    ], text(plain))


@make.mail(N(41), family="application_receipt", lang="en", interview=False, company="Sagebrush Digital",
           note="Recruitee application acknowledgement; no interview")
def m41():
    plain = t("""
        Hi Hailey,

        Thanks for applying for the Ecommerce Operations Analyst position at Sagebrush Digital! We've
        received your application and our team will review it over the coming days.

        If your profile matches what we're looking for, Ruth from our People Operations team will get
        in touch about next steps.

        Cheers,
        The Sagebrush Digital team

        Powered by Recruitee
        """)
    return message([
        ("Received", rcv("mail.recruitee.com", "52.58.130.44", "2026-11-16 14:03", BOI, "m41")),
        ("From", addr("Sagebrush Digital", "sagebrushdigital@mail.recruitee.com")),
        ("To", TO),
        ("Subject", "Thanks for applying to Sagebrush Digital"),
        ("Date", date("2026-11-16 14:03", BOI)),
        ("Message-ID", mid("m41", "mail.recruitee.com")),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(N(42), family="post_interview", lang="en", interview=False, company="Tamarack Supply Co.",
           note="Recruiter's thank-you after the interview; next steps not scheduled")
def m42():
    plain = t("""
        Hi Hailey,

        Thank you for the note! Wes really enjoyed the conversation yesterday, especially your take
        on the split-shipment problem. We're finishing up hiring manager interviews this week, and
        I'll be in touch early next week about next steps.

        Nia

        On Tue, Oct 6, 2026 at 2:11 PM Hailey Brandt <hailey.brandt@example.org> wrote:
        > Hi Nia,
        >
        > Thanks for setting up today's conversation with Wes - I really enjoyed it.
        >
        > Hailey
        """)
    return message([
        ("Received", rcv("mail-wm1-f47.google.com", "209.85.128.47", "2026-10-07 09:40", DEN, "m42")),
        ("From", addr("Nia Castellanos", "nia@tamaracksupply.com")),
        ("To", TO),
        ("Subject", "Re: Thank you"),
        ("Date", date("2026-10-07 09:40", DEN)),
        ("Message-ID", "<CAM5tR2pQ8vLx1Zn4Kb7Wc0Hy3Jd6Fa9oE2uN5iS8Tg@mail.gmail.com>"),
        ("In-Reply-To", "<CAFp5nWs3Kx9Qm2Rz0Lb5Vc8Hy1Ja6No4uE7iS3Dt@mail.gmail.com>"),
    ], text(plain, cte="8bit"))


@make.mail(N(43), family="take_home", lang="en", interview=False, company="Tamarack Supply Co.",
           days=(("Mon", "2026-10-12"),),
           note="Take-home exercise with a deadline (Monday 10/12 by 5pm MT); no interview time")
def m43():
    plain = t("""
        Hi Hailey,

        Good news - the team would like to move you forward! The next step is a short take-home
        exercise: a sample of six months of order and returns data (attached link) and three
        questions about fulfillment cost per order. It usually takes 2-3 hours; please don't spend
        more than that.

        Exercise: https://share.tamaracksupply.com/s/ops-analyst-exercise
        Due: Monday 10/12 by 5pm MT - just reply to this email with your workbook or a link.

        Once we've reviewed it, we'll set up a final round with the team.

        Nia
        """)
    return message([
        ("Received", rcv("mail-wm1-f49.google.com", "209.85.128.49", "2026-10-08 15:55", DEN, "m43")),
        ("From", addr("Nia Castellanos", "nia@tamaracksupply.com")),
        ("To", TO),
        ("Subject", "Next step: take-home exercise"),
        ("Date", date("2026-10-08 15:55", DEN)),
        ("Message-ID", "<CAM5tR2rW1vLx4Zn7Kb0Wc3Hy6Jd9Fa2oE5uN8iS1Tq@mail.gmail.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(N(44), family="personal_calendar", lang="en", interview=False, company=None,
           note="Friend's Google Calendar invitation to a ski-swap volunteer shift (Sat 14 Nov 8am-12pm MST)")
def m44():
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_DENVER + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Denver:20261114T080000
        DTEND;TZID=America/Denver:20261114T120000
        DTSTAMP:20261105T034100Z
        ORGANIZER;CN=Molly Fenwick:mailto:molly.fenwick@example.com
        UID:6q2rk8m1vbd0s4n7t3h9pc5e1f@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hailey.brandt@example.org;X-NUM-GUESTS=0:mailto:hailey.brandt@example.org
        DESCRIPTION:Bring gloves - we're on the intake table. Coffee's on me after.
        LOCATION:Gallatin County Fairgrounds\\, Bozeman\\, MT
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Ski swap volunteer shift
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    plain = t("""
        Molly Fenwick has invited you to an event.

        Ski swap volunteer shift
        Saturday Nov 14, 2026 ⋅ 8am – 12pm
        Mountain Time - Denver

        Location
        Gallatin County Fairgrounds, Bozeman, MT

        Bring gloves - we're on the intake table. Coffee's on me after.

        Organizer
        Molly Fenwick
        molly.fenwick@example.com

        Invitation from Google Calendar https://calendar.google.com/calendar/
        """)
    return message([
        ("Received", rcv("mail-sor-f65.google.com", "209.85.220.65", "2026-11-04 20:41", DEN, "m44")),
        ("From", addr("Molly Fenwick", "molly.fenwick@example.com")),
        ("To", ME),
        ("Subject", "Invitation: Ski swap volunteer shift @ Sat Nov 14, 2026 8am - 12pm (MST) "
                    "(hailey.brandt@example.org)"),
        ("Date", date("2026-11-04 20:41", DEN)),
        ("Message-ID", "<calendar-9e1d3b70-4a26-4f8c-b3d5-07a6c2e9f184@google.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "molly.fenwick@example.com"),
    ], mixed(alt(text(plain), calendar(ics, cte="7bit")),
             calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(45), family="travel", lang="en", interview=False, company=None,
           days=(("Wed", "2026-10-21"),),
           note="Airline itinerary for the trip to the Seattle onsite (flight Wed 21 Oct); travel, not an interview")
def m45():
    plain = t("""
        NORTHSTAR AIR - Your trip confirmation

        Confirmation code: QKT7WM
        Passenger: HAILEY BRANDT
        Booked by: Fireweed Commerce Travel Desk

        Wed, Oct 21  Flight 2214
          Depart BOZEMAN (BZN)  6:05 PM
          Arrive SEATTLE (SEA)  6:58 PM
          Main Cabin, seat 14C

        Fri, Oct 23  Flight 2219
          Depart SEATTLE (SEA)  8:40 AM
          Arrive BOZEMAN (BZN) 11:31 AM
          Main Cabin, seat 9A

        Check in online 24 hours before departure: https://northstarair.example.com/checkin
        All times are local airport times.
        """)
    return message([
        ("Received", rcv("mx.northstarair.example.com", "63.117.14.9", "2026-10-15 14:20", LA, "m45")),
        ("From", addr("Northstar Air", "itinerary@northstarair.example.com")),
        ("To", ME),
        ("Subject", "Your Northstar Air confirmation - QKT7WM - Bozeman to Seattle"),
        ("Date", date("2026-10-15 14:20", LA)),
        ("Message-ID", mid("m45", "northstarair.example.com")),
    ], text(plain, cte="7bit", charset="us-ascii"))


@make.mail(N(46), family="reference_request", lang="en", interview=False, company="Bitterroot Packworks",
           days=(("Wed", "2026-11-25"),),
           note="Reference request after the final round (by Wednesday 11/25); no interview time")
def m46():
    plain = t("""
        Hi Hailey,

        Thanks again for making time for Tom and me last week. We're in the last stretch of our
        process, and the next step is references. Could you send names, titles and contact info for
        two people who've managed you, by Wednesday 11/25 if possible?

        We'll only reach out once you've given them a heads-up.

        Thanks!
        Lauren Beck
        General Manager, Bitterroot Packworks
        """)
    return message([
        ("Received", rcv("mail-pf1-f171.google.com", "209.85.210.171", "2026-11-23 10:06", DEN, "m46")),
        ("From", addr("Lauren Beck", "lauren.beck@bitterrootpack.com")),
        ("To", TO),
        ("Subject", "References"),
        ("Date", date("2026-11-23 10:06", DEN)),
        ("Message-ID", "<CAK3pY7wV0mLx5Zn2Kb9Wc4Hy8Jd1Fa6oE3uN7iS2Tp@mail.gmail.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(N(47), family="platform_notification", lang="en", interview=False, company=None,
           note="Professional network notification of a new message (preview only)")
def m47():
    plain = t("""
        Darnell Kemp sent you a new message

        "Hi Hailey - enjoyed meeting you on the panel a couple of weeks ago. Not sure where things landed with
        the analyst role, but we have a planning position opening up in January that..."

        View message: https://prolink.example.net/messaging/thread/2-MzY0NTE2

        You are receiving ProLink notification emails.
        Unsubscribe: https://prolink.example.net/settings/notifications
        ProLink Networks, Inc.
        """)
    return message([
        ("Received", rcv("mailb-aa.prolink.example.net", "108.174.6.214", "2026-10-13 19:02", DEN, "m47")),
        ("From", addr("Darnell Kemp via ProLink", "messages-noreply@prolink.example.net")),
        ("To", addr(ME_NAME, ME)),
        ("Subject", "Darnell Kemp sent you a message"),
        ("Date", date("2026-10-13 19:02", DEN)),
        ("Message-ID", mid("m47", "prolink.example.net")),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(N(48), family="billing", lang="en", interview=False, company=None,
           days=(("Wed", "2026-12-16"),),
           note="Utility e-bill notice with a due date; unrelated to the job search")
def m48():
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hello Hailey Brandt,</p>
        <p>Your Gallatin Power &amp; Light statement for account ending <b>4471</b> is ready to view.</p>
        <p>Amount due: <b>$142.37</b><br>Due date: Wednesday, December 16, 2026</p>
        <p>AutoPay is on, so no action is needed. The payment will be drafted on the due date.</p>
        <p><a href="https://myaccount.gallatinpower.example.com/">View your statement</a></p>
        <p style="font-size:11px;color:#777">Please do not reply to this email.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("notify.gallatinpower.example.com", "66.119.40.12", "2026-11-30 06:15", DEN, "m48")),
        ("From", addr("Gallatin Power & Light", "ebill@gallatinpower.example.com")),
        ("To", ME),
        ("Subject", "Your December statement is ready"),
        ("Date", date("2026-11-30 06:15", DEN)),
        ("Message-ID", mid("m48", "gallatinpower.example.com")),
    ], html(body))


@make.mail(N(49), family="next_steps_unscheduled", lang="en", interview=False, company="Cascadia Trailworks",
           note="Recruiter says a final round will be scheduled by a coordinator; no time yet")
def m49():
    plain = t("""
        Hi Hailey,

        Quick update: the team loved talking with you last Thursday, and we'd like to bring you in for
        a final round - a virtual panel with the marketplace ops team and a short case exercise.

        Rowan Pettigrew, our recruiting coordinator, will reach out in the next day or two with some
        options. Panels usually run about two hours, and we try to keep them to a single morning
        Pacific time, which should be kind to you in Bozeman.

        Congrats, and talk soon!
        Marcus
        """)
    return message([
        ("Received", rcv("mail-io1-f46.google.com", "209.85.166.46", "2026-09-28 15:37", LA, "m49")),
        ("From", addr("Marcus Oyelaran", "marcus.oyelaran@cascadiatrailworks.com")),
        ("To", TO),
        ("Subject", "Cascadia Trailworks - final round"),
        ("Date", date("2026-09-28 15:37", LA)),
        ("Message-ID", "<CAN2rLx4mQ1pVb8Pz3sHe7Tj0yWc5dF2uG9aR4oM6nJ@mail.gmail.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(N(50), family="rejection", lang="en", interview=False, company="Lodgepole Analytics",
           note="Hiring manager's rejection after the intro call")
def m50():
    plain = t("""
        Hi Hailey,

        Thanks again for the intro call last week. I enjoyed it, and I appreciated your questions
        about how we model carrier costs.

        After talking with the rest of the team, we've decided to go with a candidate who has more
        hands-on experience with our BI stack. I know that's disappointing to hear; if you're open
        to it, I'd be glad to keep you in mind when we open the senior analyst role next spring.

        All the best with the search,
        Rafael

        Rafael Ortiz
        Analytics Lead, Lodgepole Analytics
        """)
    return message([
        ("Received", rcv("mail-qk1-f180.google.com", "209.85.222.180", "2026-10-21 13:10", DEN, "m50")),
        ("From", addr("Rafael Ortiz", "rafael@lodgepoleanalytics.com")),
        ("To", TO),
        ("Subject", "Following up on our conversation"),
        ("Date", date("2026-10-21 13:10", DEN)),
        ("Message-ID", "<CAP9sW4xN2kLv6Qm1Rz8Tb3Hc5Yd0Gf7uJ4eA9oK2pX@mail.gmail.com>"),
    ], alt(text(plain), html(gmail_html(plain))))
