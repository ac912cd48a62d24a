"""blind171: a blind 50-mail held-out set -- the inbox of Emily Novak, a robotics software engineer
in Pittsburgh (America/New_York), September to mid-December 2026.

Written by a helper session without reading the detector, its tests or any other held-out mails.
Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives; the file
number of the key-th mail is ORDER[key-1].
"""

from __future__ import annotations

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

ORDER = random.Random(1710171).sample(range(1, 51), 50)
NY = "America/New_York"
LA = "America/Los_Angeles"
ME = "emily.novak@example.org"
EMILY = addr("Emily Novak", ME)

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


def n(key: int) -> str:
    return f"blind171_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str = NY, ident: str = "a1b2c3", lag: int = 3) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx2.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


# =========================================================================== positives


@make.mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-15 10:00", NY), end=utc("2026-09-15 10:45", NY),
           contact="tessa.okafor@haulwright.com", company="Haulwright Autonomy",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=NY,
           note="Greenhouse confirmation, 'Tuesday, September 15, 2026 10:00 AM - 10:45 AM EDT' = "
                "14:00-14:45Z; contact = human Reply-To (coordinator)")
def p01():
    body = t("""
        Hi Emily,

        Thanks for making time to talk with us! Your interview with Haulwright Autonomy is confirmed.

        Role: Software Engineer, Motion Planning (Trucking)
        When: Tuesday, September 15, 2026 10:00 AM - 10:45 AM EDT
        Interviewer: Raj Venkataraman, Staff Engineer
        Where: Google Meet - https://meet.google.com/hqx-wtpa-rko

        This first conversation is a technical screen focused on planning and C++. No prep
        needed beyond having a quiet place and a working camera.

        If anything changes, just reply to this email.

        Tessa Okafor
        Recruiting Coordinator, Haulwright Autonomy
        2100 Smallman St, Pittsburgh, PA 15222
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Emily,</p>
        <p>Thanks for making time to talk with us! Your interview with <b>Haulwright Autonomy</b> is confirmed.</p>
        <table cellpadding="4">
        <tr><td><b>Role</b></td><td>Software Engineer, Motion Planning (Trucking)</td></tr>
        <tr><td><b>When</b></td><td>Tuesday, September 15, 2026 10:00 AM - 10:45 AM EDT</td></tr>
        <tr><td><b>Interviewer</b></td><td>Raj Venkataraman, Staff Engineer</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://meet.google.com/hqx-wtpa-rko">Google Meet</a></td></tr>
        </table>
        <p>This first conversation is a technical screen focused on planning and C++. No prep
        needed beyond having a quiet place and a working camera.</p>
        <p>If anything changes, just reply to this email.</p>
        <p>Tessa Okafor<br>Recruiting Coordinator, Haulwright Autonomy<br>2100 Smallman St, Pittsburgh, PA 15222</p>
        <img src="https://app.greenhouse.io/o/4b9d1e7c" width="1" height="1" alt="">
        </body></html>
        """)
    return message([
        ("Received", rcv("mail-sor-f69.greenhouse-mail.io", "198.21.4.69", "2026-09-09 14:22:10", ident="4Tq9x")),
        ("From", addr("Haulwright Autonomy", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Tessa Okafor", "tessa.okafor@haulwright.com")),
        ("To", EMILY),
        ("Subject", "Interview Confirmation: Software Engineer, Motion Planning (Trucking)"),
        ("Date", date("2026-09-09 14:22:07", NY)),
        ("Message-ID", "<0100019a6c1e2f3b-9d1e7c4b-7a0f-4a5e-b1c2-ghs51873@email.amazonses.com>"),
    ], alt(text(body), html(page)))


@make.mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-24 13:30", LA), end=utc("2026-09-24 14:15", LA),
           contact="gabe.lindqvist@tidepoolrobotics.com", company="Tidepool Robotics",
           local="Thu 2026-09-24 13:30", local_end="2026-09-24 14:15", zone=LA,
           note="Lever confirmation written in Pacific time: 1:30-2:15 PM PDT = 20:30-21:15Z "
                "(4:30 PM for Emily in Pittsburgh); contact = Reply-To recruiter")
def p02():
    body = t("""
        Hi Emily,

        You're confirmed! Here are the details for your upcoming interview with Tidepool Robotics.

        Position: Senior Robotics Software Engineer - Manipulation
        Date: Thursday, September 24, 2026
        Time: 1:30 PM - 2:15 PM PDT
        Format: Video call (Zoom link below)
        Interviewers: Dana Whitfield (Engineering Manager), Sunil Rao (Staff Engineer)

        Join: https://tidepoolrobotics.zoom.us/j/84120937712

        Heads up: times above are Pacific - we're in Sunnyvale.

        Questions? Reply to this email and it'll reach me directly.

        Gabe Lindqvist
        Technical Recruiter | Tidepool Robotics
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:24px;background:#f5f7fa;font-family:Helvetica,Arial,sans-serif">
        <div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-radius:6px">
        <p>Hi Emily,</p>
        <p>You&#39;re confirmed! Here are the details for your upcoming interview with Tidepool Robotics.</p>
        <p><strong>Position:</strong> Senior Robotics Software Engineer - Manipulation<br>
        <strong>Date:</strong> Thursday, September 24, 2026<br>
        <strong>Time:</strong> 1:30 PM - 2:15 PM PDT<br>
        <strong>Format:</strong> Video call<br>
        <strong>Interviewers:</strong> Dana Whitfield (Engineering Manager), Sunil Rao (Staff Engineer)</p>
        <p><a href="https://tidepoolrobotics.zoom.us/j/84120937712">Join Zoom</a></p>
        <p>Heads up: times above are Pacific - we&#39;re in Sunnyvale.</p>
        <p>Questions? Reply to this email and it&#39;ll reach me directly.</p>
        <p>Gabe Lindqvist<br>Technical Recruiter | Tidepool Robotics</p>
        </div>
        <p style="font-size:11px;color:#999;text-align:center">Sent via Lever</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.hire.lever.co", "52.11.80.14", "2026-09-18 11:05:44", LA, "8Kc2p")),
        ("From", addr("Tidepool Robotics", "no-reply@hire.lever.co")),
        ("Reply-To", "gabe.lindqvist@tidepoolrobotics.com"),
        ("To", "emily.novak@example.org"),
        ("Subject", "Your interview with Tidepool Robotics is confirmed"),
        ("Date", date("2026-09-18 11:05:41", LA)),
        ("Message-ID", "<20260918180541.3f1c9a0e7b2d4c11@hire.lever.co>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@make.mail(n(3), family="ashby", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-03 09:30", NY), end=utc("2026-11-03 10:15", NY),
           contact="noor.castellanos@quillmark.io", company="Quillmark",
           local="Tue 2026-11-03 09:30", local_end="2026-11-03 10:15", zone=NY,
           note="DST edge: sent Wed 28 Oct in EDT, interview Tue 3 Nov 9:30-10:15 AM EST (US back to "
                "standard time on 1 Nov) = 14:30-15:15Z; ICS with America/New_York agrees; contact = "
                "Reply-To / ORGANIZER")
def p03():
    body = t("""
        Hi Emily,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, November 3, 2026, 9:30 AM - 10:15 AM EST
        Google Meet

        You'll meet with:
          Felix Aberdeen - Tech Lead, Localization

        Questions? Just reply and it will reach Noor Castellanos.

        Thanks,
        Quillmark Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Emily,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p>Tuesday, November 3, 2026, 9:30 AM &ndash; 10:15 AM EST<br>Google Meet</p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Felix Aberdeen &mdash; Tech Lead, Localization</p>
        <p>Questions? Just reply and it will reach Noor Castellanos.</p>
        <p>Thanks,<br>Quillmark Recruiting</p>
        </body></html>
        """)
    ics = VTZ["America/New_York"] + "\n"
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\n" + ics + t("""
        BEGIN:VEVENT
        UID:2c91e0b4-77d3-4f5e-a1b0-quillmark-8813
        DTSTAMP:20261028T204012Z
        DTSTART;TZID=America/New_York:20261103T093000
        DTEND;TZID=America/New_York:20261103T101500
        SEQUENCE:0
        SUMMARY:Quillmark - Senior SLAM Engineer Interview (Emily Novak)
        LOCATION:https://meet.google.com/zpe-qmbr-vtx
        ORGANIZER;CN=Noor Castellanos:mailto:noor.castellanos@quillmark.io
        ATTENDEE;CN=Emily Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emily.novak@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("a48-112.smtp-out.amazonses.com", "54.240.48.112", "2026-10-28 16:40:15", ident="Qm7z1")),
        ("From", addr("Quillmark", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Noor Castellanos", "noor.castellanos@quillmark.io")),
        ("To", EMILY),
        ("Subject", "Interview confirmed: Senior SLAM Engineer at Quillmark"),
        ("Date", date("2026-10-28 16:40:12", NY)),
        ("Message-ID", "<010001929f3c77d3-2c91e0b4-4f5e-a1b0-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(n(4), family="workday", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-08 14:00", NY), end=utc("2026-10-08 15:00", NY),
           contact="dana.whitlock@trmercy.org", company="Three Rivers Mercy Health",
           local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00", zone=NY,
           note="Workday HTML-only notice, US date '10/08/2026', 02:00-03:00 PM EDT = 18:00-19:00Z; "
                "sender is the tenant mailbox, contact = recruiter address in the body")
def p04():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#00567a;padding:14px;color:#fff;font-size:18px">Three Rivers Mercy Health | Careers</td></tr>
        <tr><td style="padding:18px">
        <p>Dear Emily,</p>
        <p>Thank you for your interest in the <b>Software Engineer II - Clinical Robotics (R-0048213)</b> position.
        We are pleased to confirm the interview below.</p>
        <table cellpadding="3" style="font-size:13px">
        <tr><td>Interview Date:</td><td>10/08/2026</td></tr>
        <tr><td>Start Time:</td><td>02:00 PM EDT</td></tr>
        <tr><td>End Time:</td><td>03:00 PM EDT</td></tr>
        <tr><td>Interview Type:</td><td>On-site - Panel</td></tr>
        <tr><td>Location:</td><td>Mercy Innovation Center, 4100 Penn Ave, 6th Floor, Pittsburgh, PA 15224</td></tr>
        <tr><td>Interviewers:</td><td>Gordon Achebe; Lina Sorensen; Paul Kwiatkowski</td></tr>
        </table>
        <p>Please arrive 15 minutes early and check in with security in the main lobby. Visitor parking is
        available in the Penn Ave garage; bring your ticket for validation.</p>
        <p>If you have questions, please reach out to your recruiter, Dana Whitlock
        (<a href="mailto:dana.whitlock@trmercy.org">dana.whitlock@trmercy.org</a>).</p>
        <p>Sincerely,<br>Talent Acquisition<br>Three Rivers Mercy Health</p>
        <p style="font-size:10px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", rcv("wd5-smtp.myworkday.com", "199.66.176.21", "2026-10-01 09:12:39", ident="Wd44a")),
        ("From", addr("Three Rivers Mercy Health", "trmercy@myworkday.com")),
        ("To", "emily.novak@example.org"),
        ("Subject", "Interview Scheduled - Software Engineer II - Clinical Robotics (R-0048213)"),
        ("Date", date("2026-10-01 09:12:36", NY)),
        ("Message-ID", "<1827746105.4419.1790860356000@wd5-prod-esb-112.myworkday.com>"),
        ("X-Auto-Response-Suppress", "All"),
    ], html(page))


@make.mail(n(5), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-15 13:30", NY), end=utc("2026-10-15 15:30", NY),
           contact="m.kowalczyk@ironbridgesteel.com", company="Ironbridge Digital",
           local="Thu 2026-10-15 13:30", local_end="2026-10-15 15:30", zone=NY,
           note="SmartRecruiters on-site in Cleveland (Eastern), 'Thursday, October 15 | 1:30 PM - 3:30 PM ET' "
                "= 17:30-19:30Z; contact = Reply-To hiring manager")
def p05():
    body = t("""
        Hello Emily,

        We're excited to invite you to an on-site interview for the Senior Software Engineer, Mill
        Automation role at Ironbridge Digital, the technology group of Ironbridge Steel.

        Thursday, October 15 | 1:30 PM - 3:30 PM ET
        Ironbridge Digital, 1250 W 10th St, Suite 400, Cleveland, OH 44113

        Agenda
        1:30 PM  Welcome and tour of the controls lab
        2:00 PM  System design (Mateusz Kowalczyk, Engineering Manager)
        2:45 PM  Coding pairing session (Alisha Grant, Senior Engineer)

        Safety note: closed-toe shoes please, we'll walk through the pilot line.

        We reimburse mileage from Pittsburgh - keep your receipts.

        Best regards,
        Mateusz Kowalczyk
        Ironbridge Digital
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;color:#1b1b1b">
        <div style="border-top:4px solid #b4371f;padding:20px;max-width:600px">
        <p>Hello Emily,</p>
        <p>We&rsquo;re excited to invite you to an on-site interview for the <b>Senior Software Engineer, Mill
        Automation</b> role at Ironbridge Digital, the technology group of Ironbridge Steel.</p>
        <p style="font-size:16px"><b>Thursday, October 15 | 1:30 PM &ndash; 3:30 PM ET</b><br>
        Ironbridge Digital, 1250 W 10th St, Suite 400, Cleveland, OH 44113</p>
        <h4>Agenda</h4>
        <ul><li>1:30 PM &ndash; Welcome and tour of the controls lab</li>
        <li>2:00 PM &ndash; System design (Mateusz Kowalczyk, Engineering Manager)</li>
        <li>2:45 PM &ndash; Coding pairing session (Alisha Grant, Senior Engineer)</li></ul>
        <p>Safety note: closed-toe shoes please, we&rsquo;ll walk through the pilot line.</p>
        <p>We reimburse mileage from Pittsburgh &ndash; keep your receipts.</p>
        <p>Best regards,<br>Mateusz Kowalczyk<br>Ironbridge Digital</p>
        </div>
        <p style="font-size:10px;color:#777">Powered by SmartRecruiters &middot; Privacy Policy</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mta-21.emails.smartrecruiters.com", "185.61.12.21", "2026-10-08 10:30:52", ident="Sr8v2")),
        ("From", addr("Ironbridge Digital", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Mateusz Kowalczyk", "m.kowalczyk@ironbridgesteel.com")),
        ("To", EMILY),
        ("Subject", "Interview invitation: Senior Software Engineer, Mill Automation - October 15"),
        ("Date", date("2026-10-08 10:30:49", NY)),
        ("Message-ID", "<sr.7f2e01c4a9b84d6e.interview@smartrecruiters.com>"),
    ], alt(text(body), html(page)))


@make.mail(n(6), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-30 15:00", NY), end=utc("2026-09-30 16:00", NY),
           contact="adeshmukh@monvalley.edu", company="Monongahela Valley University",
           local="Wed 2026-09-30 15:00", local_end="2026-09-30 16:00", zone=NY,
           note="Google Calendar invitation from the lab's PI, 'Wed Sep 30, 2026 3pm - 4pm (Eastern Time - "
                "New York)' = 19:00-20:00Z, ICS agrees; contact = ORGANIZER (the PI)")
def p06():
    body = t("""
        Anjali Deshmukh has invited you to an event.

        Research Engineer interview - Emily Novak (Field Autonomy Lab)
        When
        Wednesday Sep 30, 2026 ⋅ 3pm – 4pm (Eastern Time - New York)

        Location
        Hamerschlag Annex, Room 214, Monongahela Valley University
        View map

        Guests
        Anjali Deshmukh - organizer
        Tomasz Wren
        emily.novak@example.org

        Hi Emily - we'll start with a 20 min talk on your thesis work, then questions from the lab, then a
        short tour of the mine-inspection rig. Parking in the East garage, ask the desk for a visitor pass.

        Reply for emily.novak@example.org
        Yes Maybe No more options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><meta itemprop="description" content="View event"></span>
        <div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <p>Anjali Deshmukh has invited you to an event.</p>
        <h2 style="font-size:20px;font-weight:400">Research Engineer interview - Emily Novak (Field Autonomy Lab)</h2>
        <table><tr><td style="color:#70757a">When</td><td>Wednesday Sep 30, 2026 &#8901; 3pm &ndash; 4pm (Eastern Time - New York)</td></tr>
        <tr><td style="color:#70757a">Location</td><td>Hamerschlag Annex, Room 214, Monongahela Valley University</td></tr>
        <tr><td style="color:#70757a">Guests</td><td>Anjali Deshmukh - organizer<br>Tomasz Wren<br>emily.novak@example.org</td></tr></table>
        <p>Hi Emily - we&#39;ll start with a 20 min talk on your thesis work, then questions from the lab, then a
        short tour of the mine-inspection rig. Parking in the East garage, ask the desk for a visitor pass.</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div>
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20260930T150000
        DTEND;TZID=America/New_York:20260930T160000
        DTSTAMP:20260928T130312Z
        ORGANIZER;CN=Anjali Deshmukh:mailto:adeshmukh@monvalley.edu
        UID:6k3p0b9q1e4r8t2u7v5w0x1y3z@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Anjali Deshmukh;X-NUM-GUESTS=0:mailto:adeshmukh@monvalley.edu
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomasz Wren;X-NUM-GUESTS=0:mailto:twren@monvalley.edu
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emily.novak@example.org;X-NUM-GUESTS=0:mailto:emily.novak@example.org
        CREATED:20260928T130221Z
        DESCRIPTION:Hi Emily - we'll start with a 20 min talk on your thesis work\\, then questions from the lab.
        LAST-MODIFIED:20260928T130312Z
        LOCATION:Hamerschlag Annex\\, Room 214\\, Monongahela Valley University
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Research Engineer interview - Emily Novak (Field Autonomy Lab)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-09-28 09:03:14", ident="Gc31k")),
        ("From", addr("Anjali Deshmukh", "adeshmukh@monvalley.edu")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "adeshmukh@monvalley.edu"),
        ("To", "emily.novak@example.org"),
        ("Subject", enc("Invitation: Research Engineer interview - Emily Novak (Field Autonomy Lab) @ "
                        "Wed Sep 30, 2026 3pm - 4pm (EDT) (emily.novak@example.org)")),
        ("Date", date("2026-09-28 09:03:12", NY)),
        ("Message-ID", "<calendar-6b1e0a4f-22c9-4d7e-8f31-5a0c2e9d7b11@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
                 calendar(ics, cte="base64", filename="invite.ics")),
             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(n(7), family="exchange_teams", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-19 11:00", NY), end=utc("2026-10-19 12:00", NY),
           contact="colin.ferreira@sentinelridge.com", company="Sentinel Ridge Systems",
           local="Mon 2026-10-19 11:00", local_end="2026-10-19 12:00", zone=NY,
           note="Outlook meeting request whose body has no date or time at all (only a note and the Teams "
                "block); the time is only in the ICS: TZID 'Eastern Standard Time' 20261019T110000 (EDT) = "
                "15:00Z; contact = organizer/sender")
def p07():
    body = t("""
        Hi Emily,

        Sending over the invite for the panel with our perception team (Jamal, Hye-jin and me). We'll
        do 45 min of technical discussion and leave time at the end for your questions.

        Thanks,
        Colin

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3ZDk2>
        Meeting ID: 281 447 903 116
        Passcode: Xq7fTb
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options
        ________________________________________________________________________________

        This message may contain Controlled Unclassified Information. If you received it in error,
        notify the sender and delete it.
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Hi Emily,</p>
        <p class="MsoNormal">Sending over the invite for the panel with our perception team (Jamal, Hye-jin and me). We&#8217;ll
        do 45 min of technical discussion and leave time at the end for your questions.</p>
        <p class="MsoNormal">Thanks,<br>Colin</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3ZDk2">Click here to join the meeting</a></div>
        <div>Meeting ID: 281 447 903 116<br>Passcode: Xq7fTb</div>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Colin Ferreira:mailto:colin.ferreira@sentinelridge.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emily.novak@example.org:mailto:emily.novak@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jamal Whitaker:mailto:jamal.whitaker@sentinelridge.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hye-jin Park:mailto:hyejin.park@sentinelridge.com
        DESCRIPTION;LANGUAGE=en-US:Hi Emily\\,\\n\\nSending over the invite for the panel with our perception team.\\n
        UID:040000008200E00074C5B7101A82E00800000000B07C1A2F8E5BDD01000000000000000010000000F2B4D
        SUMMARY;LANGUAGE=en-US:Sentinel Ridge - Perception panel (Emily Novak)
        DTSTART;TZID=Eastern Standard Time:20261019T110000
        DTEND;TZID=Eastern Standard Time:20261019T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261013T194712Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2117301558
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationUri":"","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("mail-bn8nam12on2118.outbound.protection.outlook.com", "40.107.237.118",
                         "2026-10-13 15:47:12", ident="Ex55t")),
        ("From", addr("Colin Ferreira", "colin.ferreira@sentinelridge.com")),
        ("To", EMILY),
        ("CC", "Jamal Whitaker <jamal.whitaker@sentinelridge.com>, Hye-jin Park <hyejin.park@sentinelridge.com>"),
        ("Subject", "Sentinel Ridge - Perception panel (Emily Novak)"),
        ("Thread-Topic", "Sentinel Ridge - Perception panel (Emily Novak)"),
        ("Thread-Index", "AdtDd3kqU1W8r0RbS0y2mRk1pJt0ZQ=="),
        ("Date", "Tue, 13 Oct 2026 19:47:10 +0000"),
        ("Message-ID", "<BN8PR12MB3121C4F7E0A9D2B55C41D7A2B81A2@BN8PR12MB3121.namprd12.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(n(8), family="human_prose", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-07 11:00", NY), end=None,
           contact="bkolb@keystonetalent.com", company="Penn Forge Robotics",
           local="Wed 2026-10-07 11:00", zone=NY,
           note="Agency recruiter's evening mail: Date Mon 5 Oct 21:40 EDT (already Tue 01:40Z); "
                "'Wednesday at 11am' = Wed 7 Oct 11:00 EDT = 15:00Z; 'plan on about an hour' is "
                "approximate so end null; hiring company = the agency's client Penn Forge Robotics; "
                "contact = the recruiter who sent it")
def p08():
    body = t("""
        Hi Emily,

        Great news - Penn Forge came back tonight and you're all set for Wednesday at 11am with Luis
        Ortega (VP Eng) and one of his leads. It's a video call, Luis's assistant will send the Teams
        link tomorrow morning. Plan on about an hour.

        Couple of tips: Luis will dig into the fleet-management work you did at Carrick, and he likes
        people who can talk about failures honestly. Don't be shy about the AGV deadlock story.

        Call me after if you can, I'll be around all afternoon.

        Brianna

        --
        Brianna Kolb | Senior Recruiter, Robotics & Automation
        Keystone Talent Partners | Philadelphia - Pittsburgh
        m 412-555-0173 | bkolb@keystonetalent.com
        """)
    return message([
        ("Received", rcv("mail-qk1-f178.google.com", "209.85.222.178", "2026-10-05 21:40:31", ident="Kt9a0")),
        ("From", addr("Brianna Kolb", "bkolb@keystonetalent.com")),
        ("To", EMILY),
        ("Subject", "Penn Forge - you're confirmed!"),
        ("Date", date("2026-10-05 21:40:27", NY)),
        ("Message-ID", "<CAF8x2kq7Tz1Lr0Bn4W+YpQ3sVd9mE_KolbPF@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(9), family="calendly", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-22 10:30", NY), end=utc("2026-10-22 11:00", NY),
           contact="wes.adeyemi@harborlightsurgical.com", company="Harborlight Surgical",
           local="Thu 2026-10-22 10:30", local_end="2026-10-22 11:00", zone=NY,
           note="Calendly invitee confirmation, '10:30am - 11:00am (Eastern Time - US & Canada)' Thu 22 Oct "
                "(EDT) = 14:30-15:00Z; Boston company; contact = host via Reply-To")
def p09():
    body = t("""
        Hi Emily Novak,

        A new event has been scheduled.

        Event Type:
        Hiring Manager Conversation - Controls Engineer (Boston)

        Invitee:
        Emily Novak

        Invitee Email:
        emily.novak@example.org

        Event Date/Time:
        10:30am - 11:00am (Eastern Time - US & Canada) Thursday, October 22, 2026

        Location:
        This is a Zoom web conference.
        https://harborlightsurgical.zoom.us/j/97733120845

        Questions:
        Anything you'd like us to know beforehand?
        I'm currently based in Pittsburgh and open to relocating to Boston.

        View event in Calendly
        https://calendly.com/events/9c1f7b2e/invitee

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/2ea7d114
        Reschedule: https://calendly.com/reschedulings/2ea7d114

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hi Emily Novak,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Hiring Manager Conversation - Controls Engineer (Boston)</p>
        <p><b>Invitee:</b><br>Emily Novak</p>
        <p><b>Invitee Email:</b><br><a href="mailto:emily.novak@example.org">emily.novak@example.org</a></p>
        <p><b>Event Date/Time:</b><br>10:30am - 11:00am (Eastern Time - US &amp; Canada) Thursday, October 22, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br>https://harborlightsurgical.zoom.us/j/97733120845</p>
        <p><a href="https://calendly.com/events/9c1f7b2e/invitee">View event in Calendly</a></p>
        <p style="font-size:12px;color:#666">Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/2ea7d114">Cancel</a> |
        <a href="https://calendly.com/reschedulings/2ea7d114">Reschedule</a></p>
        <p style="font-size:12px;color:#666">Powered by Calendly.com</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("o1.ptr4471.calendly.com", "167.89.60.12", "2026-10-16 12:18:05", ident="Cy2b7")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Wes Adeyemi", "wes.adeyemi@harborlightsurgical.com")),
        ("To", "emily.novak@example.org"),
        ("Subject", "New Event: Wes Adeyemi - 10:30am Thu, Oct 22, 2026 - Hiring Manager Conversation - "
                    "Controls Engineer (Boston)"),
        ("Date", date("2026-10-16 12:18:02", NY)),
        ("Message-ID", "<rJ8xQm2sT0yV4nB6cE1dWg@geopod-ismtpd-3>"),
    ], alt(text(body), html(page)))


@make.mail(n(10), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-17 14:00", NY), end=utc("2026-11-17 14:30", NY),
           contact=None, company="Buckeye Freight Automation",
           local="Tue 2026-11-17 14:00", local_end="2026-11-17 14:30", zone=NY,
           note="Microsoft Bookings from a shared talent mailbox; '(UTC-05:00) Eastern Time (US & Canada)' is "
                "right in November (EST): 2:00-2:30 PM = 19:00-19:30Z; staff shown by name only, no human "
                "address anywhere -> contact null")
def p10():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#242424">
        <div style="font-size:22px;padding:10px 0">Your booking is confirmed</div>
        <div>Hi Emily Novak,</div>
        <div>Thanks for booking with Buckeye Freight Automation - Talent Interviews. Here are the details.</div>
        <table style="margin-top:12px">
        <tr><td style="color:#616161;padding-right:18px">Service</td><td>Technical interview - Autonomy Software (30 min)</td></tr>
        <tr><td style="color:#616161;padding-right:18px">Date and time</td><td>Tuesday, November 17, 2026 2:00 PM - 2:30 PM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#616161;padding-right:18px">Staff</td><td>Kendra Mills</td></tr>
        <tr><td style="color:#616161;padding-right:18px">Location</td><td>Microsoft Teams meeting</td></tr>
        </table>
        <div style="margin-top:14px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzFk">Join your appointment</a></div>
        <div style="margin-top:14px"><a href="https://outlook.office365.com/owa/calendar/BFATalent@buckeyefreightauto.com/bookings/manage">Manage booking</a></div>
        <div style="margin-top:20px;font-size:12px;color:#616161">Buckeye Freight Automation, 600 N High St, Columbus, OH 43215</div>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Buckeye Freight Automation - Talent Interviews:mailto:BFATalent@buckeyefreightauto.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emily Novak:mailto:emily.novak@example.org
        SUMMARY;LANGUAGE=en-US:Technical interview - Autonomy Software (30 min)
        DTSTART;TZID=Eastern Standard Time:20261117T140000
        DTEND;TZID=Eastern Standard Time:20261117T143000
        UID:040000008200E00074C5B7101A82E008000000004F1C9B0A6E77DD01000000000000000010000000A1C
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261110T133011Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("mail-dm6nam11on2100.outbound.protection.outlook.com", "40.107.223.100",
                         "2026-11-10 08:30:11", ident="Bk0o1")),
        ("From", addr("Buckeye Freight Automation - Talent Interviews", "BFATalent@buckeyefreightauto.com")),
        ("To", EMILY),
        ("Subject", "Your booking with Buckeye Freight Automation - Talent Interviews is confirmed"),
        ("Date", "Tue, 10 Nov 2026 13:30:09 +0000"),
        ("Message-ID", "<DM6PR11MB4012E1B07A7F4C2D90A1E0F6C3F40@DM6PR11MB4012.namprd11.prod.outlook.com>"),
    ], mixed(html(page, cte="base64"), calendar(ics, cte="base64", filename="invite.ics",
                                                  disposition="attachment")))


@make.mail(n(11), family="goodtime", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-30 09:30", NY), end=utc("2026-10-30 12:00", NY),
           contact="hannah.berg@schuylkilldynamics.com", company="Schuylkill Dynamics",
           local="Fri 2026-10-30 09:30", local_end="2026-10-30 12:00", zone=NY,
           note="GoodTime on-site itinerary in Philadelphia, Fri 30 Oct (still EDT, two days before the switch): "
                "first session 9:30, last ends 12:00 = 13:30-16:00Z; contact = coordinator Reply-To")
def p11():
    body = t("""
        Hi Emily,

        Your onsite interview with Schuylkill Dynamics is confirmed. Here is your itinerary
        (all times Eastern):

        Friday, October 30, 2026
        Schuylkill Dynamics, 2929 Walnut St, 11th floor, Philadelphia, PA 19104

        9:30 AM - 10:15 AM   Fleet orchestration deep dive - Marco Reyes
        10:15 AM - 11:00 AM  Coding (C++ / ROS 2) - Yuki Tanabe
        11:15 AM - 12:00 PM  Hiring manager conversation - Deborah Quaye

        Please bring a government-issued photo ID for the front desk. Lunch with the team is optional
        afterwards. Travel: we booked your Amtrak (Pennsylvanian) - tickets follow in a separate email.

        Questions? Reply to this message.

        Hannah Berg
        Recruiting Coordinator, Schuylkill Dynamics
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f2937">
        <p>Hi Emily,</p>
        <p>Your onsite interview with Schuylkill Dynamics is confirmed. Here is your itinerary (all times Eastern):</p>
        <p><b>Friday, October 30, 2026</b><br>Schuylkill Dynamics, 2929 Walnut St, 11th floor, Philadelphia, PA 19104</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #e5e7eb">
        <tr><td>9:30 AM &ndash; 10:15 AM</td><td>Fleet orchestration deep dive</td><td>Marco Reyes</td></tr>
        <tr><td>10:15 AM &ndash; 11:00 AM</td><td>Coding (C++ / ROS 2)</td><td>Yuki Tanabe</td></tr>
        <tr><td>11:15 AM &ndash; 12:00 PM</td><td>Hiring manager conversation</td><td>Deborah Quaye</td></tr>
        </table>
        <p>Please bring a government-issued photo ID for the front desk. Lunch with the team is optional afterwards.
        Travel: we booked your Amtrak (Pennsylvanian) &ndash; tickets follow in a separate email.</p>
        <p>Questions? Reply to this message.</p>
        <p>Hannah Berg<br>Recruiting Coordinator, Schuylkill Dynamics</p>
        <p style="font-size:11px;color:#9ca3af">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("o7.email.goodtime.io", "149.72.140.7", "2026-10-22 17:05:20", ident="Gt6e3")),
        ("From", addr("Schuylkill Dynamics Recruiting", "scheduling@goodtime.io")),
        ("Reply-To", addr("Hannah Berg", "hannah.berg@schuylkilldynamics.com")),
        ("To", EMILY),
        ("Subject", "Confirmed: Your onsite interview with Schuylkill Dynamics on Fri, Oct 30"),
        ("Date", date("2026-10-22 17:05:17", NY)),
        ("Message-ID", "<gt-itin-5e0a2c71b9d84f3a@goodtime.io>"),
    ], alt(text(body, cte="7bit"), html(page)))


@make.mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-12 17:15", LA), end=utc("2026-11-12 18:00", LA),
           contact="june.haraldsen@cascadiamotion.com", company="Cascadia Motion Labs",
           local="Thu 2026-11-12 17:15", local_end="2026-11-12 18:00", zone=LA,
           note="Recruiter mail with pasted Zoom invitation, 'Nov 12, 2026 05:15 PM Pacific Time' (PST) = "
                "Fri 13 Nov 01:15Z, another day in UTC; 45 minutes stated -> end 02:00Z; contact = sender")
def p12():
    body = t("""
        Hi Emily,

        Thanks for being flexible on timing - I know 5:15 our time is 8:15 PM for you in Pittsburgh,
        and Aaron really appreciates it (he's in back-to-back customer calls until then). The
        conversation will be 45 minutes.

        June Haraldsen is inviting you to a scheduled Zoom meeting.

        Topic: Cascadia Motion Labs - Emily Novak / Aaron Pike (CTO)
        Time: Nov 12, 2026 05:15 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://cascadiamotion.zoom.us/j/91844502217?pwd=Zk9TbE1xQ0pW

        Meeting ID: 918 4450 2217
        Passcode: 630114

        ---

        One tap mobile
        +12532158782,,91844502217# US (Tacoma)
        +13462487799,,91844502217# US (Houston)

        Talk soon,
        June

        June Haraldsen
        Head of Talent, Cascadia Motion Labs
        Seattle, WA
        """)
    return message([
        ("Received", rcv("mail-pf1-f170.google.com", "209.85.210.170", "2026-11-05 14:20:48", LA, "Zm8q4")),
        ("From", addr("June Haraldsen", "june.haraldsen@cascadiamotion.com")),
        ("To", EMILY),
        ("Subject", "Confirmed: chat with Aaron (CTO) next Thursday"),
        ("Date", date("2026-11-05 14:20:45", LA)),
        ("Message-ID", "<CAJh4+Lq0x8Rw2Vn7Pz=Cs1Yb5eFmD3kT9@mail.gmail.com>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


@make.mail(n(13), family="forward_to_self", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-02 13:00", NY), end=utc("2026-12-02 14:00", NY),
           contact="priya.raman@lakeshoreautonomy.com", company="Lakeshore Autonomy",
           local="Wed 2026-12-02 13:00", local_end="2026-12-02 14:00", zone=NY,
           note="Emily forwards a confirmation from her other address to herself as a message/rfc822 "
                "attachment; inner mail: 'Wednesday, December 2, 1:00-2:00 PM Eastern' (EST) = 18:00-19:00Z; "
                "contact = the recruiter in the forwarded message, never the candidate")
def p13():
    inner_body = t("""
        Hi Emily,

        Thank you for speaking with me last week. I'm happy to confirm your next interview with the
        Lakeshore Autonomy team:

          Date: Wednesday, December 2
          Time: 1:00-2:00 PM Eastern
          Format: video (Google Meet link to follow from Greg's calendar)
          With: Greg Stanek, Director of Marine Autonomy, and Aisha Bello, Senior Engineer

        Greg will focus on sensor fusion for the harbor-survey boats; Aisha will run a short design
        exercise. Nothing to prepare.

        All the best,
        Priya Raman
        Talent Partner | Lakeshore Autonomy | Cleveland, OH
        priya.raman@lakeshoreautonomy.com
        """)
    inner = message([
        ("From", addr("Priya Raman", "priya.raman@lakeshoreautonomy.com")),
        ("To", addr("Emily Novak", "emily.novak@example.net")),
        ("Subject", "Next step: interview with Greg Stanek (Dec 2)"),
        ("Date", date("2026-11-24 16:02:55", NY)),
        ("Message-ID", "<MN2PR07MB6011A0C4E1F2D3B4@MN2PR07MB6011.namprd07.prod.outlook.com>"),
    ], text(inner_body, charset="windows-1252"))
    outer = t("""
        for the tracker -- Lakeshore round 2

        """)
    return message([
        ("Received", rcv("mail-wr1-f49.example.net", "203.0.113.49", "2026-11-25 07:12:40", ident="Fw1s9")),
        ("From", addr("Emily Novak", "emily.novak@example.net")),
        ("To", EMILY),
        ("Subject", "Fwd: Next step: interview with Greg Stanek (Dec 2)"),
        ("Date", date("2026-11-25 07:12:37", NY)),
        ("Message-ID", "<3f8e1a2b-77c4-4c9e-b0d2-fw2self@example.net>"),
    ], mixed(text(outer, charset="us-ascii", cte="7bit"), attached_message(inner, "Next step.eml")))


@make.mail(n(14), family="human_prose", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-19 15:00", NY), end=None,
           contact="marcus@ridgebackfield.com", company="Ridgeback Field Systems",
           local="Thu 2026-11-19 15:00", zone=NY,
           note="Phone-written reply on top of a quoted thread: the manager proposed Thu 3pm or Fri 10am, "
                "Emily picked Thursday, he locks in 'Thurs 3pm' -> Thu 19 Nov 15:00 EST = 20:00Z; no length; "
                "contact = sender (hiring manager)")
def p14():
    body = t("""
        Perfect. thurs 3pm its locked in. Come to the shop on Liberty (the green door next to the
        bakery), ask for me at the front. Wear shoes you dont mind getting muddy, we'll take the
        rover out back after.

        -M

        Sent from my iPhone

        > On Nov 16, 2026, at 4:12 PM, Emily Novak <emily.novak@example.org> wrote:
        >
        > Hi Marcus,
        >
        > Thursday at 3pm works great for me. Looking forward to meeting the team!
        >
        > Best,
        > Emily
        >
        >> On Nov 16, 2026, at 11:03 AM, Marcus Delaney <marcus@ridgebackfield.com> wrote:
        >>
        >> Hi Emily, enjoyed our call. Want to come by the shop and meet the crew + do a
        >> whiteboard session? Could you do Thursday 3pm or Friday 10am?
        >>
        >> Marcus Delaney
        >> Ridgeback Field Systems | Head of Engineering
        """)
    return message([
        ("Received", rcv("mail-io1-f45.google.com", "209.85.166.45", "2026-11-16 18:47:09", ident="Rb4d2")),
        ("From", addr("Marcus Delaney", "marcus@ridgebackfield.com")),
        ("To", EMILY),
        ("Subject", "Re: Visit to the shop"),
        ("Date", date("2026-11-16 18:47:05", NY)),
        ("Message-ID", "<A1C3E5F7-2B4D-4F6A-8C0E-RIDGEBACK1116@ridgebackfield.com>"),
        ("In-Reply-To", "<CAE9n1Kz4Rp+Novak1116@mail.gmail.com>"),
        ("References", "<0F1E2D3C-Ridgeback-1103@ridgebackfield.com> <CAE9n1Kz4Rp+Novak1116@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, charset="us-ascii", cte="7bit"))


@make.mail(n(15), family="workable", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-17 12:00", NY), end=utc("2026-09-17 12:30", NY),
           contact="olivia.brandt@fernleafmapping.com", company="Fernleaf Mapping",
           local="Thu 2026-09-17 12:00", local_end="2026-09-17 12:30", zone=NY,
           note="Workable confirmation (windows-1252, quoted-printable) for a remote team, 'Thursday, "
                "September 17, 2026, 12:00 PM - 12:30 PM (EDT)' = 16:00-16:30Z; Reply-To is a Workable relay, "
                "contact = the recruiter's address in the signature")
def p15():
    body = t("""
        Hi Emily,

        Thanks for choosing a time – your video interview for Robotics Software Engineer (Remote, US)
        is confirmed.

        Thursday, September 17, 2026, 12:00 PM – 12:30 PM (EDT)
        Video call: https://meet.google.com/tfn-oygh-wqe

        You’ll be speaking with me and with Idris, one of our mapping engineers. We’ll talk about
        your background and what you’d like to work on next.

        Kind regards,
        Olivia Brandt
        People Operations, Fernleaf Mapping
        olivia.brandt@fernleafmapping.com
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Emily,</p>
        <p>Thanks for choosing a time – your video interview for <b>Robotics Software Engineer (Remote, US)</b> is confirmed.</p>
        <p><b>Thursday, September 17, 2026, 12:00 PM – 12:30 PM (EDT)</b><br>
        Video call: <a href="https://meet.google.com/tfn-oygh-wqe">https://meet.google.com/tfn-oygh-wqe</a></p>
        <p>You’ll be speaking with me and with Idris, one of our mapping engineers. We’ll talk about
        your background and what you’d like to work on next.</p>
        <p>Kind regards,<br>Olivia Brandt<br>People Operations, Fernleaf Mapping<br>
        <a href="mailto:olivia.brandt@fernleafmapping.com">olivia.brandt@fernleafmapping.com</a></p>
        <p style="color:#999;font-size:11px">Sent with Workable</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail-a12.workablemail.com", "54.88.41.12", "2026-09-11 10:20:33", ident="Wk2m5")),
        ("From", addr("Fernleaf Mapping", "noreply@workablemail.com")),
        ("Reply-To", "fernleaf-mapping+c7a91d0e2f@candidates.workablemail.com"),
        ("To", EMILY),
        ("Subject", "Interview confirmed: Robotics Software Engineer (Remote, US)"),
        ("Date", date("2026-09-11 10:20:30", NY)),
        ("Message-ID", "<5f7e1a0b.c7a91d0e2f.interview@workablemail.com>"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@make.mail(n(16), family="icims", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-26 08:00", NY), end=None,
           contact="dyoon@brightwaterenergy.com", company="Brightwater Energy Services",
           local="Mon 2026-10-26 08:00", zone=NY,
           note="iCIMS notice with an all-day ICS (DTSTART;VALUE=DATE:20261026); the time is only in the text: "
                "'Monday, October 26, 2026 at 8:00 AM Eastern Time' (EDT) = 12:00Z; no length; contact = "
                "the hiring manager's address in the body")
def p16():
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Emily Novak,</p>
        <p>Thank you for applying to <b>Robotics Software Engineer - Inspection Crawlers (Req 2026-11874)</b> at
        Brightwater Energy Services.</p>
        <p>Your interview has been scheduled for <b>Monday, October 26, 2026 at 8:00 AM Eastern Time</b> at our
        Columbus Technology Center, 3890 Tuller Rd, Dublin, OH 43017. Please check in at Building B reception.</p>
        <p>You will meet with Derek Yoon (Manager, Robotics Engineering) and members of the inspection team.
        A calendar hold for the day is attached for your convenience.</p>
        <p>If you have any questions prior to your interview, please contact Derek Yoon at
        <a href="mailto:dyoon@brightwaterenergy.com">dyoon@brightwaterenergy.com</a>.</p>
        <p>Regards,<br>Brightwater Energy Services Talent Acquisition</p>
        <hr><p style="font-size:10px;color:#777">Please do not reply to this automated message. Brightwater Energy
        Services is an Equal Opportunity Employer.</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//iCIMS//Calendar//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:icims-2026-11874-interview-7731@brightwaterenergy.icims.com
        DTSTAMP:20261019T173000Z
        DTSTART;VALUE=DATE:20261026
        DTEND;VALUE=DATE:20261027
        SUMMARY:Interview - Brightwater Energy Services (Columbus Technology Center)
        LOCATION:3890 Tuller Rd\\, Dublin\\, OH 43017
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", rcv("mta2.talent.icims.com", "64.74.113.22", "2026-10-19 13:30:05", ident="Ic3n8")),
        ("From", addr("Brightwater Energy Services", "brightwaterenergy@talent.icims.com")),
        ("To", "Emily Novak <emily.novak@example.org>"),
        ("Subject", "Brightwater Energy Services - Interview Confirmation"),
        ("Date", date("2026-10-19 13:30:01", NY)),
        ("Message-ID", "<1179330417.88120.1792431001@app21.icims.com>"),
    ], mixed(html(page, charset="iso-8859-1"),
             calendar(ics, method="PUBLISH", filename="Interview.ics", disposition="attachment",
                      name_param=True)))


# --------------------------------------------------------------------------- rescheduled


@make.mail(n(17), family="greenhouse", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-09 15:00", NY), end=utc("2026-10-09 16:30", NY),
           contact="tessa.okafor@haulwright.com", company="Haulwright Autonomy",
           local="Fri 2026-10-09 15:00", local_end="2026-10-09 16:30", zone=NY,
           note="Greenhouse reschedule stating both times: old Tue 6 Oct 1:00 PM EDT, new Fri 9 Oct "
                "3:00-4:30 PM EDT = 19:00-20:30Z (ICS SEQUENCE 1 agrees); contact = Reply-To coordinator")
def p17():
    body = t("""
        Hi Emily,

        Your technical interview for Software Engineer, Motion Planning (Trucking) has been rescheduled.

        Previously: Tuesday, October 6, 2026 1:00 PM - 2:30 PM EDT
        New time:   Friday, October 9, 2026 3:00 PM - 4:30 PM EDT

        Interviewers: Raj Venkataraman, Celeste Moreau
        Where: Google Meet - https://meet.google.com/pkw-ruxd-nmb

        Sorry for the shuffle - one of the interviewers is out at the Texas test site next week. An
        updated calendar invitation is attached.

        Tessa Okafor
        Recruiting Coordinator, Haulwright Autonomy
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Greenhouse Software//Greenhouse//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-88102933@greenhouse.io
        DTSTAMP:20261002T154500Z
        DTSTART;TZID=America/New_York:20261009T150000
        DTEND;TZID=America/New_York:20261009T163000
        SEQUENCE:1
        SUMMARY:Haulwright Autonomy - Technical Interview (Emily Novak)
        LOCATION:https://meet.google.com/pkw-ruxd-nmb
        ORGANIZER;CN=Tessa Okafor:mailto:tessa.okafor@haulwright.com
        ATTENDEE;CN=Emily Novak;RSVP=TRUE:mailto:emily.novak@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("mail-sor-f69.greenhouse-mail.io", "198.21.4.69", "2026-10-02 11:45:20", ident="4Tr0q")),
        ("From", addr("Haulwright Autonomy", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Tessa Okafor", "tessa.okafor@haulwright.com")),
        ("To", EMILY),
        ("Subject", "Updated: Interview for Software Engineer, Motion Planning (Trucking)"),
        ("Date", date("2026-10-02 11:45:16", NY)),
        ("Message-ID", "<0100019a9e41b7aa-61d2c0f4-3b7e-4c11-9e0a-ghs51873@email.amazonses.com>"),
    ], mixed(text(body), calendar(ics, filename="interview.ics", disposition="attachment")))


@make.mail(n(18), family="exchange_teams", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-26 14:30", NY), end=utc("2026-10-26 15:30", NY),
           contact="gachebe@trmercy.org", company="Three Rivers Mercy Health",
           local="Mon 2026-10-26 14:30", local_end="2026-10-26 15:30", zone=NY,
           note="Outlook update from the hiring manager moving the second interview from Fri 23 Oct 9:00 AM to "
                "Mon 26 Oct 2:30-3:30 PM; the When line shows '(UTC-05:00) Eastern Time' although 26 Oct is "
                "EDT -> 18:30-19:30Z, as the ICS (Eastern Standard Time, SEQUENCE 1) confirms; contact = sender")
def p18():
    body = t("""
        When: Monday, October 26, 2026 2:30 PM-3:30 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Mercy Innovation Center, 4100 Penn Ave, Conference Room 6B

        *~*~*~*~*~*~*~*~*~*

        Hi Emily,

        Apologies - I've been pulled into a Joint Commission survey on Friday morning, so I've moved our
        second conversation from Friday 10/23 at 9:00 to Monday 10/26 at 2:30. Same room, same people,
        plus Dr. Nwosu from the OR team if she can break free.

        Best,
        Gordon

        Gordon Achebe, MS, CCE
        Director, Clinical Engineering & Robotics | Three Rivers Mercy Health
        gachebe@trmercy.org | 412-555-0148
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Achebe, Gordon:mailto:gachebe@trmercy.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emily.novak@example.org:mailto:emily.novak@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nwosu, Adaeze:mailto:anwosu@trmercy.org
        SUMMARY;LANGUAGE=en-US:Second interview - Emily Novak (Clinical Robotics)
        DTSTART;TZID=Eastern Standard Time:20261026T143000
        DTEND;TZID=Eastern Standard Time:20261026T153000
        UID:040000008200E00074C5B7101A82E00800000000D0A9F3C14A5BDD01000000000000000010000000C3E2
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261020T201000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Mercy Innovation Center\\, 4100 Penn Ave\\, Conference Room 6B
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("mail-ch2pr04.outbound.protection.outlook.com", "40.107.94.66", "2026-10-20 16:10:33",
                         ident="Tm2x7")),
        ("From", addr("Achebe, Gordon", "gachebe@trmercy.org")),
        ("To", "\"emily.novak@example.org\" <emily.novak@example.org>"),
        ("Subject", "Updated: Second interview - Emily Novak (Clinical Robotics)"),
        ("Thread-Topic", "Second interview - Emily Novak (Clinical Robotics)"),
        ("Date", "Tue, 20 Oct 2026 20:10:31 +0000"),
        ("Message-ID", "<CH2PR04MB7040F1E0C2B3A4D5E6F7A8B9C0D1E@CH2PR04MB7040.namprd04.prod.outlook.com>"),
        ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAADQqfPBSlvdAQAAAAAAAAAAEAAAAMPi"),
    ], alt(text(body), calendar(ics, cte="base64")))


@make.mail(n(19), family="google_calendar", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-12-08 10:00", LA), end=utc("2026-12-08 11:00", LA),
           contact="gabe.lindqvist@tidepoolrobotics.com", company="Tidepool Robotics",
           local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:00", zone=LA,
           note="Google Calendar 'Updated invitation': changed from Mon 7 Dec to Tue 8 Dec 10am-11am Pacific "
                "(PST) = 18:00-19:00Z (1 PM for Emily); ICS SEQUENCE 2 agrees; contact = ORGANIZER")
def p19():
    body = t("""
        This event has been changed.

        Tidepool Robotics - final round (virtual onsite), Emily Novak
        When
        Changed: Tuesday Dec 8, 2026 ⋅ 10am – 11am (Pacific Time - Los Angeles)
        Was: Monday Dec 7, 2026 ⋅ 10am – 11am (Pacific Time - Los Angeles)

        Joining info
        Join with Google Meet
        meet.google.com/xbr-fqom-gdu

        Guests
        Gabe Lindqvist - organizer
        Dana Whitfield
        emily.novak@example.org

        Moving this by a day - Dana's flight back from Tokyo got changed. Same panel. -Gabe

        Reply for emily.novak@example.org
        Yes Maybe No more options

        Invitation from Google Calendar
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ_LA + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20261208T100000
        DTEND;TZID=America/Los_Angeles:20261208T110000
        DTSTAMP:20261202T231210Z
        ORGANIZER;CN=Gabe Lindqvist:mailto:gabe.lindqvist@tidepoolrobotics.com
        UID:1q9w8e7r6t5y4u3i2o1p0tidepool@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gabe Lindqvist:mailto:gabe.lindqvist@tidepoolrobotics.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dana Whitfield:mailto:dana.whitfield@tidepoolrobotics.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=emily.novak@example.org:mailto:emily.novak@example.org
        CREATED:20261120T180455Z
        LAST-MODIFIED:20261202T231210Z
        LOCATION:
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Tidepool Robotics - final round (virtual onsite)\\, Emily Novak
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-12-02 15:12:10", LA, "Gc88u")),
        ("From", addr("Gabe Lindqvist", "gabe.lindqvist@tidepoolrobotics.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "gabe.lindqvist@tidepoolrobotics.com"),
        ("To", "emily.novak@example.org"),
        ("Subject", "Updated invitation: Tidepool Robotics - final round (virtual onsite), Emily Novak @ "
                    "Tue Dec 8, 2026 10am - 11am (PST) (emily.novak@example.org)"),
        ("Date", date("2026-12-02 15:12:08", LA)),
        ("Message-ID", "<calendar-a8d0c3e1-5f2b-4e77-9c10-7d3e2b1f0a99@google.com>"),
    ], alt(text(body), calendar(ics, cte="base64")))


@make.mail(n(20), family="teamtailor", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-11-04 16:00", NY), end=utc("2026-11-04 16:45", NY),
           contact="ines.walcott@buttonwoodlabs.com", company="Buttonwood Labs",
           local="Wed 2026-11-04 16:00", local_end="2026-11-04 16:45", zone=NY,
           note="Teamtailor reschedule sent Thu 29 Oct (EDT): old Fri 30 Oct 4:00 PM, new Wed 4 Nov 4:00-4:45 PM "
                "ET, which is EST after the 1 Nov switch -> 21:00-21:45Z; contact = Reply-To recruiter")
def p20():
    body = t("""
        Hi Emily,

        We've had to move your interview for Staff Robotics Engineer, Remote (US).

        Your new time:
        Wednesday, November 4, 2026
        4:00 PM - 4:45 PM (ET)

        This replaces Friday, October 30 at 4:00 PM. Apologies for the late change - Kofi had a
        family matter come up.

        The video link stays the same: https://buttonwoodlabs.teamtailor.com/meetings/v/8fa21c

        Best,
        Ines Walcott
        Talent Acquisition, Buttonwood Labs
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <table width="100%" style="max-width:560px;margin:0 auto"><tr><td>
        <p>Hi Emily,</p>
        <p>We&#39;ve had to move your interview for <strong>Staff Robotics Engineer, Remote (US)</strong>.</p>
        <div style="background:#f4f1ff;padding:14px;border-radius:8px">
        <strong>Your new time:</strong><br>Wednesday, November 4, 2026<br>4:00 PM - 4:45 PM (ET)</div>
        <p>This replaces Friday, October 30 at 4:00 PM. Apologies for the late change - Kofi had a family matter come up.</p>
        <p>The video link stays the same: <a href="https://buttonwoodlabs.teamtailor.com/meetings/v/8fa21c">Join meeting</a></p>
        <p>Best,<br>Ines Walcott<br>Talent Acquisition, Buttonwood Labs</p>
        </td></tr></table>
        <p style="text-align:center;font-size:11px;color:#aaa">Sent with Teamtailor</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("s2.teamtailor-mail.com", "185.250.236.41", "2026-10-29 12:00:18", ident="Tt5z1")),
        ("From", addr("Buttonwood Labs", "no-reply@buttonwoodlabs.teamtailor-mail.com")),
        ("Reply-To", addr("Ines Walcott", "ines.walcott@buttonwoodlabs.com")),
        ("To", EMILY),
        ("Subject", "Your interview has been rescheduled - Buttonwood Labs"),
        ("Date", date("2026-10-29 12:00:15", NY)),
        ("Message-ID", "<6521f0c2a7e34.b1e9d0@buttonwoodlabs.teamtailor-mail.com>"),
    ], alt(text(body), html(page)))


# --------------------------------------------------------------------------- cancelled


@make.mail(n(21), family="calendly", lang="en", interview=True, kind="cancelled",
           start=utc("2026-11-06 13:00", NY), end=utc("2026-11-06 13:45", NY),
           contact="raymond.oduya@marigoldrobotics.com", company="Marigold Robotics",
           local="Fri 2026-11-06 13:00", local_end="2026-11-06 13:45", zone=NY,
           note="Calendly cancellation by the host, slot '1:00pm - 1:45pm (Eastern Time - US & Canada) Friday, "
                "November 6, 2026' (EST) = 18:00-18:45Z; no new time ('I'll send a fresh link'); contact = host "
                "via Reply-To")
def p21():
    body = t("""
        Hi Emily Novak,

        Raymond Oduya has canceled the following event.

        Event Type:
        Technical Screen - Perception Engineer (Columbus)

        Event Date/Time:
        1:00pm - 1:45pm (Eastern Time - US & Canada) Friday, November 6, 2026

        Cancellation reason:
        So sorry Emily - I'm out sick through Friday. I'll send you a fresh link early next week.

        Canceled by:
        Raymond Oduya

        Schedule a new event with Raymond Oduya:
        https://calendly.com/raymond-marigold

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hi Emily Novak,</p>
        <p>Raymond Oduya has canceled the following event.</p>
        <p><b>Event Type:</b><br><s>Technical Screen - Perception Engineer (Columbus)</s></p>
        <p><b>Event Date/Time:</b><br><s>1:00pm - 1:45pm (Eastern Time - US &amp; Canada) Friday, November 6, 2026</s></p>
        <p><b>Cancellation reason:</b><br>So sorry Emily - I&#39;m out sick through Friday. I&#39;ll send you a fresh link early next week.</p>
        <p><b>Canceled by:</b><br>Raymond Oduya</p>
        <p style="font-size:12px;color:#666">Powered by Calendly.com</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("o1.ptr4471.calendly.com", "167.89.60.12", "2026-11-02 09:40:44", ident="Cy9k0")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Raymond Oduya", "raymond.oduya@marigoldrobotics.com")),
        ("To", "emily.novak@example.org"),
        ("Subject", "Canceled: Raymond Oduya - 1:00pm Fri, Nov 6, 2026 - Technical Screen - Perception Engineer "
                    "(Columbus)"),
        ("Date", date("2026-11-02 09:40:41", NY)),
        ("Message-ID", "<pQ3vX8nL1sK5dM0wR7aJ2g@geopod-ismtpd-7>"),
    ], alt(text(body), html(page)))


@make.mail(n(22), family="exchange_teams", lang="en", interview=True, kind="cancelled",
           start=utc("2026-10-27 10:00", NY), end=utc("2026-10-27 11:00", NY),
           contact="colin.ferreira@sentinelridge.com", company="Sentinel Ridge Systems",
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=NY,
           note="Outlook cancellation (METHOD:CANCEL, STATUS:CANCELLED), requisition on hold; slot Tue 27 Oct "
                "10:00-11:00 AM with the '(UTC-05:00)' label while in EDT -> 14:00-15:00Z; contact = organizer")
def p22():
    body = t("""
        When: Tuesday, October 27, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Emily - I'm sorry to do this. Our program office put the Perception Lead requisition on hold
        this morning pending a contract decision, so I have to cancel the follow-up with our CTO. I'll
        reach out directly if it reopens; you were our top candidate.

        Colin
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Colin Ferreira:mailto:colin.ferreira@sentinelridge.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=emily.novak@example.org:mailto:emily.novak@example.org
        SUMMARY;LANGUAGE=en-US:Canceled: Sentinel Ridge - CTO conversation (Emily Novak)
        DTSTART;TZID=Eastern Standard Time:20261027T100000
        DTEND;TZID=Eastern Standard Time:20261027T110000
        UID:040000008200E00074C5B7101A82E00800000000E1F2A3B45D5EDD01000000000000000010000000D7A1
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261022T120500Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("mail-bn8nam12on2118.outbound.protection.outlook.com", "40.107.237.118",
                         "2026-10-22 08:05:40", ident="Ex91c")),
        ("From", addr("Colin Ferreira", "colin.ferreira@sentinelridge.com")),
        ("To", EMILY),
        ("Subject", "Canceled: Sentinel Ridge - CTO conversation (Emily Novak)"),
        ("Thread-Topic", "Sentinel Ridge - CTO conversation (Emily Novak)"),
        ("Importance", "high"),
        ("Date", "Thu, 22 Oct 2026 12:05:38 +0000"),
        ("Message-ID", "<BN8PR12MB3121A9B8C7D6E5F4A3B2C1D0E9F8A@BN8PR12MB3121.namprd12.prod.outlook.com>"),
    ], alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(n(23), family="human_prose", lang="en", interview=True, kind="cancelled",
           start=utc("2026-12-09 11:00", NY), end=None,
           contact="bkolb@keystonetalent.com", company="Penn Forge Robotics",
           local="Wed 2026-12-09 11:00", zone=NY,
           note="Agency recruiter's terse phone mail, Date Tue 8 Dec 08:15 EST: Penn Forge cancelled "
                "'tomorrow's 11:00 onsite' -> Wed 9 Dec 11:00 EST = 16:00Z, no new time; hiring company = "
                "client; contact = the recruiter")
def p23():
    body = t("""
        Emily - bad news, Penn Forge just called. They're cancelling tomorrow's 11:00 onsite, the whole
        req got frozen by their board last night (budget). I'm so sorry, I know you already booked the
        train. They said they'd cover the ticket, send me the receipt.

        Will call you at lunch.
        B

        Sent from my phone
        """)
    return message([
        ("Received", rcv("mail-yw1-f170.google.com", "209.85.128.170", "2026-12-08 08:15:22", ident="Kt2z9")),
        ("From", addr("Brianna Kolb", "bkolb@keystonetalent.com")),
        ("To", EMILY),
        ("Subject", "Penn Forge onsite cancelled :("),
        ("Date", date("2026-12-08 08:15:19", NY)),
        ("Message-ID", "<CAF8x2kr0Pm7Yu1Wq+KolbDec8Zx@mail.gmail.com>"),
    ], text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== negatives


@make.mail(n(24), family="recruitee_rejection", lang="en", interview=False, company="Alder Point Robotics",
           days=(("Thu", "2026-11-05"),),
           note="Rejection after the Thu 5 Nov interview (mentions the past interview date), sent via Recruitee; "
                "no upcoming interview")
def n24():
    body = t("""
        Hi Emily,

        Thank you for taking the time to interview with us on Thursday, November 5 for the Senior Perception
        Engineer role, and for the thoughtful conversation with Marisol.

        After careful consideration we have decided to move forward with another candidate whose
        experience is more closely aligned with our current needs in radar-camera fusion. This was
        a difficult decision and it is not a reflection of your skills.

        We'd be glad to keep your profile on file for future openings.

        Warm regards,
        Cheryl Okonjo
        Alder Point Robotics, Philadelphia
        """)
    page = "<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + \
        '<p style="color:#aaa;font-size:11px">Sent with Recruitee</p></body></html>\n'
    return message([
        ("Received", rcv("mail.recruitee.com", "52.58.12.201", "2026-11-12 10:02:03", ident="Rc1q8")),
        ("From", addr("Alder Point Robotics", "alderpoint@mailer.recruitee.com")),
        ("Reply-To", "alderpoint-b7f2a9@inbound.recruitee.com"),
        ("To", EMILY),
        ("Subject", "Your application for Senior Perception Engineer at Alder Point Robotics"),
        ("Date", date("2026-11-12 10:02:00", NY)),
        ("Message-ID", "<a41c7e0b-2d3f-4b8a-9f61-rcq88211@recruitee.com>"),
    ], alt(text(body), html(page)))


@make.mail(n(25), family="offer", lang="en", interview=False, company="Haulwright Autonomy",
           note="Offer letter for signature with a deadline ('by Friday, October 30'); a deadline, not an "
                "interview", days=(("Fri", "2026-10-30"),))
def n25():
    body = t("""
        Hi Emily,

        On behalf of everyone at Haulwright, I'm thrilled to extend you an offer to join us as a Senior
        Software Engineer, Motion Planning! The team was unanimous after your onsite.

        Your offer letter is attached and also waiting for e-signature in DocuSign. Highlights:

          - Base salary: $184,000
          - Equity: 12,000 RSUs vesting over four years
          - Start date: Monday, December 7, 2026 (flexible)
          - Hybrid, three days a week at the Strip District office

        Please let us know your decision by Friday, October 30. Happy to set up time with Raj or
        anyone on the team if you have questions - just say the word.

        Congratulations!
        Tessa

        Tessa Okafor | Recruiting Coordinator | Haulwright Autonomy
        tessa.okafor@haulwright.com
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Haulwright_Offer_Emily_Novak.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Haulwright_Offer_Emily_Novak.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")
    return message([
        ("Received", rcv("mail-ot1-f52.google.com", "209.85.210.52", "2026-10-23 15:31:09", ident="Of3r2")),
        ("From", addr("Tessa Okafor", "tessa.okafor@haulwright.com")),
        ("To", EMILY),
        ("Subject", "Your offer from Haulwright Autonomy"),
        ("Date", date("2026-10-23 15:31:05", NY)),
        ("Message-ID", "<CAHw9Lz1pQ+OfferNovak@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))), pdf))


@make.mail(n(26), family="taleo_receipt", lang="en", interview=False, company="Sentinel Ridge Systems",
           note="Taleo application receipt: 'should your qualifications match, a recruiter will contact you to "
                "schedule an interview'; nothing scheduled")
def n26():
    body = t("""
        Dear Emily Novak,

        Thank you for your interest in Sentinel Ridge Systems. This message confirms that we have received
        your application for the position of Perception Lead, Unmanned Ground Systems (Job Number:
        2600417) in Burlington, MA.

        Our Talent Acquisition team will review your qualifications. Should your background match the
        requirements of the position, a recruiter will contact you to schedule an interview. Due to the
        volume of applications, we are unable to respond to each applicant individually.

        Please note: this position requires U.S. citizenship and the ability to obtain a SECRET clearance.

        You can check the status of your application at any time by logging in to your candidate profile.

        Sincerely,
        Sentinel Ridge Systems Talent Acquisition

        *** This is an automated message. Please do not reply. ***
        """)
    return message([
        ("Received", rcv("smtp03.taleo.net", "160.34.8.33", "2026-09-22 23:48:12", ident="Tl0p4")),
        ("From", addr("Sentinel Ridge Systems", "noreply@taleo.net")),
        ("To", "emily.novak@example.org"),
        ("Subject", "Sentinel Ridge Systems - Application Received - Perception Lead, Unmanned Ground Systems"),
        ("Date", date("2026-09-22 23:48:09", NY)),
        ("Message-ID", "<1190344221.3371.1790149689@tlprod-a3.taleo.net>"),
    ], text(body, charset="iso-8859-1", cte="7bit"))


@make.mail(n(27), family="job_alert", lang="en", interview=False, company=None,
           note="Job alert digest (robotics jobs in Pittsburgh); 'Interviewing now' badges and an 'easy apply' "
                "note, no appointment")
def n27():
    body = t("""
        RoboHire Alerts
        14 new jobs for "robotics software engineer" near Pittsburgh, PA

        Senior Autonomy Engineer - Haulwright Autonomy - Pittsburgh, PA (Hybrid)
        $170k-$205k · Interviewing now · Posted 2 days ago

        Motion Planning Engineer II - Allegheny Lift Robotics - Pittsburgh, PA
        Actively recruiting · Posted 3 days ago

        Controls Software Engineer - Harborlight Surgical - Boston, MA
        Easy apply · 41 applicants

        Robotics Software Engineer (ROS 2) - Gridline Agritech - Remote (US)
        Interviewing now · Posted 1 week ago

        See all 14 jobs: https://robohire.example.com/alerts/7731

        Tip of the week: companies marked "Interviewing now" typically reach out within 5 business days.

        You are receiving this because you created a job alert. Unsubscribe:
        https://robohire.example.com/u/7731
        """)
    page = "<html><body><pre style=\"font-family:Arial\">" + body.replace("&", "&amp;") + "</pre></body></html>\n"
    return message([
        ("Received", rcv("bounce.robohire.example.com", "198.51.100.71", "2026-10-06 07:00:44", ident="Ja7x1")),
        ("From", addr("RoboHire Alerts", "alerts@robohire.example.com")),
        ("To", "emily.novak@example.org"),
        ("Subject", "14 new robotics jobs near Pittsburgh - Haulwright Autonomy is interviewing now"),
        ("Date", date("2026-10-06 07:00:41", NY)),
        ("Message-ID", "<alert.7731.20261006@robohire.example.com>"),
        ("List-Unsubscribe", "<https://robohire.example.com/u/7731>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


@make.mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
           note="Blog-post newsletter on robotics onsite interviews with an example schedule ('Tuesday 9:00 "
                "AM system design ... 1:00 PM'); illustrative times, no appointment")
def n28():
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;line-height:1.5;max-width:620px;margin:auto">
        <p style="font-size:12px;color:#888">THE ACTUATOR &middot; Issue #112 &middot; A newsletter for robotics engineers</p>
        <h1>Your onsite interview is confirmed. Now what?</h1>
        <p>Most robotics loops look something like this. Say you&#8217;re confirmed for <b>Tuesday at 9:00 AM</b>:</p>
        <ul>
        <li>9:00 AM &mdash; System design: &ldquo;Design the perception stack for a sidewalk delivery robot&rdquo;</li>
        <li>10:15 AM &mdash; Coding in C++ (expect a geometry or graph-search problem)</li>
        <li>11:30 AM &mdash; Hardware-in-the-loop debugging exercise</li>
        <li>1:00 PM &mdash; Hiring manager and culture conversation</li>
        </ul>
        <p>Three things candidates forget: bring a story about a field failure, know your latency numbers,
        and ask who owns the safety case.</p>
        <p>This week&#8217;s sponsor: <a href="https://example.com/mockloop">MockLoop</a> &mdash; book a practice
        interview with a robotics engineer from $89.</p>
        <p style="font-size:12px;color:#888">You subscribed at theactuator.example.com. <a href="https://theactuator.example.com/unsub">Unsubscribe</a></p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.theactuator.example.com", "198.51.100.12", "2026-09-24 06:30:05", ident="Nl4w6")),
        ("From", addr("The Actuator", "issue@theactuator.example.com")),
        ("To", "emily.novak@example.org"),
        ("Subject", "Your onsite interview is confirmed. Now what?"),
        ("Date", date("2026-09-24 06:30:02", NY)),
        ("Message-ID", "<issue-112.theactuator@example.com>"),
        ("List-Id", "The Actuator <newsletter.theactuator.example.com>"),
        ("List-Unsubscribe", "<https://theactuator.example.com/unsub>"),
    ], html(page))


@make.mail(n(29), family="personio_self_schedule", lang="en", interview=False,
           company="Kessler Drive Technologies",
           note="Personio self-scheduling invitation: 'please choose a slot' between two dates; no time fixed")
def n29():
    body = t("""
        Dear Emily,

        Thank you for your application as Embedded Robotics Engineer at Kessler Drive Technologies, Inc.
        (Pittsburgh). We would like to get to know you in a first video interview!

        Please pick a time that suits you using the link below. Available slots run from Monday,
        September 21 to Friday, September 25, 2026, between 9:00 AM and 4:00 PM Eastern.

        Choose your slot: https://kessler-drive.jobs.personio.com/interview-scheduling/9f31b2

        Once you have booked, you will receive a confirmation with the video link.

        Kind regards
        Sabine Hoffmeister
        HR Business Partner, Kessler Drive Technologies, Inc.
        """)
    return message([
        ("Received", rcv("mail.personio.de", "3.122.201.14", "2026-09-16 04:15:30", ident="Ps8u0")),
        ("From", addr("Kessler Drive Technologies, Inc.", "no-reply@personio.de")),
        ("Reply-To", "kessler-drive-7731-8820@applications.personio.de"),
        ("To", EMILY),
        ("Subject", "Kessler Drive Technologies: please choose your interview slot"),
        ("Date", date("2026-09-16 10:15:27", "Europe/Berlin")),
        ("Message-ID", "<20260916081527.9f31b2@personio.de>"),
    ], text(body, charset="iso-8859-15"))


@make.mail(n(30), family="proposed_times", lang="en", interview=False, company="Gridline Agritech",
           days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")),
           note="Recruiter proposes times ('would Tuesday at 10 work? If not, Wednesday after 2') and asks "
                "Emily to confirm; nothing confirmed yet")
def n30():
    body = t("""
        Hey Emily!

        Loved your profile - the Kubernetes-for-robots talk you gave at ROSCon was great. We're hiring
        our first robotics platform engineer at Gridline (remote, team mostly in Columbus).

        Would Tuesday (11/24) at 10 work for a 30 min intro with our CTO? If not, Wednesday after 2 is
        open too. Let me know and I'll send an invite.

        Cheers,
        Tyler Brandvold
        Founding Recruiter, Gridline Agritech
        """)
    return message([
        ("Received", rcv("mail-lj1-f180.google.com", "209.85.208.180", "2026-11-19 13:04:40", ident="Gl0x3")),
        ("From", addr("Tyler Brandvold", "tyler@gridlineag.com")),
        ("To", EMILY),
        ("Subject", "Intro chat with Gridline's CTO?"),
        ("Date", date("2026-11-19 13:04:37", NY)),
        ("Message-ID", "<CAGx7+Tb0Q9rKpVgN4@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(31), family="job_centre", lang="en", interview=False, company=None,
           days=(("Wed", "2026-10-14"),),
           note="Public workforce centre (job centre): WIOA dislocated-worker eligibility 'interview' for staff "
                "covered by the current employer's layoff notice, at a fixed time Wed 14 Oct 9:00 AM EDT; a "
                "government appointment, not a job interview")
def n31():
    body = t("""
        COMMONWEALTH WORKFORCE CENTER - ALLEGHENY EAST
        Notice of Scheduled Appointment

        Customer: EMILY NOVAK
        Reference: RR-2026-0917 (Carrick Automation, WARN notice of 09/08/2026)

        As an employee affected by the layoff notice filed by your employer, you may qualify for
        Dislocated Worker services under WIOA (career counseling, training funds, job search help)
        before your separation date.

        Your eligibility interview is scheduled for:

            Date:     Wednesday, October 14, 2026
            Time:     9:00 AM
            Location: Commonwealth Workforce Center, 425 Lincoln Hwy, 2nd Floor, East Pittsburgh, PA 15112

        Please bring: photo ID, your Social Security card, a current resume, and the layoff notice
        from your employer.

        If you cannot attend, call 412-555-0190 at least one business day before the appointment.

        This message was sent from an unmonitored address.
        """)
    return message([
        ("Received", rcv("smtp.cwc-notify.example.gov", "192.0.2.44", "2026-10-07 06:02:11", ident="Uc6a1")),
        ("From", addr("Commonwealth Workforce Center", "donotreply@cwc-notify.example.gov")),
        ("To", "EMILY.NOVAK@EXAMPLE.ORG"),
        ("Subject", "ACTION REQUIRED: Your Dislocated Worker eligibility interview"),
        ("Date", date("2026-10-07 06:02:08", NY)),
        ("Message-ID", "<RR0917.4471.20261007060208@cwc-notify.example.gov>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@make.mail(n(32), family="press_interview", lang="en", interview=False, company=None,
           days=(("Thu", "2026-11-12"),),
           note="Reporter confirms an interview for a feature on women in Pittsburgh robotics, Thu 12 Nov 11 AM; "
                "Emily is the interviewee of the press, not a job interview")
def n32():
    body = t("""
        Hi Emily,

        Great - Thursday at 11 is confirmed! I'll call your cell. Should take 30-40 minutes, and a
        photographer may reach out separately about a portrait at the Robotics Row makerspace.

        As a reminder, the piece is about how engineers who came up through Pittsburgh's robotics scene
        are navigating the current hiring market. Happy to keep your current employer's name out of it.

        Thanks again,
        Maya Lindgren
        Staff Writer, Allegheny Tech Ledger
        maya.lindgren@alleghenytechledger.com
        """)
    return message([
        ("Received", rcv("mail-ua1-f41.google.com", "209.85.222.41", "2026-11-09 16:22:06", ident="Pr5g2")),
        ("From", addr("Maya Lindgren", "maya.lindgren@alleghenytechledger.com")),
        ("To", EMILY),
        ("Subject", "Re: Interview for our robotics hiring story"),
        ("Date", date("2026-11-09 16:22:03", NY)),
        ("Message-ID", "<CAMy4lg+Tz0Ledger1109@mail.gmail.com>"),
        ("In-Reply-To", "<CAE9n1Kx+Novak1109@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@make.mail(n(33), family="podcast", lang="en", interview=False, company=None,
           days=(("Tue", "2026-12-01"),),
           note="Podcast recording confirmation (Riverside-style studio link), Tue 1 Dec 3:00 PM ET; Emily is a "
                "guest, not a job interview")
def n33():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2>You&#39;re booked on Bots &amp; Bolts!</h2>
        <p>Hi Emily,</p>
        <p>Thanks for agreeing to be interviewed for episode 87, &ldquo;From grad lab to the warehouse floor.&rdquo;</p>
        <p><b>Recording:</b> Tuesday, December 1, 2026 &middot; 3:00 PM &ndash; 4:00 PM ET<br>
        <b>Studio link:</b> <a href="https://studio.example.com/botsandbolts/ep87">studio.example.com/botsandbolts/ep87</a></p>
        <p>Use headphones and Chrome. We&#39;ll do a 10-minute sound check first.</p>
        <p>&mdash; Ravi &amp; Colleen, hosts</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.botsandbolts.example.com", "198.51.100.87", "2026-11-25 10:11:52", ident="Pd8v7")),
        ("From", addr("Bots & Bolts Podcast", "bookings@botsandbolts.example.com")),
        ("Reply-To", addr("Ravi Menon", "ravi@botsandbolts.example.com")),
        ("To", EMILY),
        ("Subject", "Confirmed: your Bots & Bolts interview recording, Dec 1"),
        ("Date", date("2026-11-25 10:11:49", NY)),
        ("Message-ID", "<booking-87-novak@botsandbolts.example.com>"),
    ], html(page, cte="base64"))


@make.mail(n(34), family="admission_interview", lang="en", interview=False, company=None,
           days=(("Fri", "2026-11-20"),),
           note="Part-time MBA admission interview confirmed for Fri 20 Nov 10:00 AM; a school admission "
                "interview, not a job interview")
def n34():
    body = t("""
        Dear Emily,

        Thank you for scheduling your admissions interview for the Weekend Professional MBA program.
        We look forward to meeting you.

        Interview details
        Date: Friday, November 20, 2026
        Time: 10:00 AM - 10:30 AM Eastern
        Format: In person, Posner Commons, Room 151, Duquesne Heights School of Business
        Interviewer: a member of the Admissions Committee

        Please arrive 10 minutes early. Business casual attire is recommended. The interview is
        conversational and focuses on your professional goals and why the program fits them.

        Sincerely,
        Office of Graduate Admissions
        Duquesne Heights School of Business
        """)
    return message([
        ("Received", rcv("mx-out.dhsb.example.edu", "192.0.2.151", "2026-11-13 14:45:12", ident="Ad2n6")),
        ("From", addr("DHSB Graduate Admissions", "gradadmissions@dhsb.example.edu")),
        ("To", EMILY),
        ("Subject", "Interview Confirmation - Weekend Professional MBA"),
        ("Date", date("2026-11-13 14:45:09", NY)),
        ("Message-ID", "<slate.7f2c91.interview@dhsb.example.edu>"),
        ("X-Mailer", "Slate"),
    ], alt(text(body), html("<html><body><pre>" + body + "</pre></body></html>\n")))


@make.mail(n(35), family="sports_tryout", lang="en", interview=False, company=None,
           days=(("Sat", "2026-09-12"),),
           note="Women's ultimate club try-out confirmed for Sat 12 Sep 9:00 AM; a sports try-out")
def n35():
    body = t("""
        Hey Emily!

        You're on the list for Steel City Ultimate women's division tryouts this Saturday (9/12).
        Check-in opens 8:30, throwing starts at 9:00 sharp at Schenley Oval. Bring light and dark jerseys,
        cleats, water, and the $15 field fee (Venmo is fine).

        We'll run drills till 11 and scrimmage after. Rosters come out Sunday night.

        See you on the field,
        Kat (captain)
        """)
    return message([
        ("Received", rcv("mail-vs1-f54.google.com", "209.85.217.54", "2026-09-08 20:14:30", ident="Sp7t3")),
        ("From", addr("Kat Rudnicki", "katr.ultimate@example.com")),
        ("To", "steelcity-tryouts@example.com"),
        ("Subject", "Tryouts Saturday - you're registered!"),
        ("Date", date("2026-09-08 20:14:27", NY)),
        ("Message-ID", "<CAKr8+Ult1m8Tryout@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@make.mail(n(36), family="car_service", lang="en", interview=False, company=None,
           days=(("Sat", "2026-10-03"),),
           note="Dealership service appointment confirmed Sat 3 Oct 8:00 AM; not an interview")
def n36():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600"><tr><td style="background:#1d3f73;color:#fff;padding:12px;font-size:18px">Bloomfield Subaru Service</td></tr>
        <tr><td style="padding:14px">
        <p>Hi Emily,</p>
        <p>Your service appointment is confirmed.</p>
        <p><b>Saturday, October 3, 2026 at 8:00 AM</b><br>
        Vehicle: 2019 Subaru Outback (PA KZN-4471)<br>
        Services: 30,000 mi scheduled maintenance, tire rotation, recall 24V-117 check<br>
        Advisor: Jerome Watts</p>
        <p>Complimentary shuttle available within 5 miles. Estimated time: 2-3 hours.</p>
        <p><a href="https://service.example.com/appt/88213">Reschedule or cancel</a></p>
        </td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.xtime.example.com", "198.51.100.33", "2026-09-29 12:05:19", ident="Cs4e8")),
        ("From", addr("Bloomfield Subaru", "service-noreply@xtime.example.com")),
        ("To", EMILY),
        ("Subject", "Appointment Confirmed: Sat, Oct 3 at 8:00 AM"),
        ("Date", date("2026-09-29 12:05:16", NY)),
        ("Message-ID", "<xt-88213-confirm@xtime.example.com>"),
    ], html(page))


@make.mail(n(37), family="notary", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Mobile notary appointment for a lease/POA signing, Thu 1 Oct 4:30 PM; not an interview")
def n37():
    body = t("""
        Hi Emily,

        This confirms your notary appointment:

        Thursday, October 1, 2026, 4:30 PM
        Squirrel Hill Notary & Tag, 5823 Forbes Ave, Pittsburgh, PA 15217

        Documents: lease renewal + durable power of attorney (2 signatures, 2 stamps).
        Please bring an unexpired government photo ID. Fee: $5 per signature, cash or card.

        Thanks,
        Rosalind Mertz, Notary Public
        Squirrel Hill Notary & Tag
        """)
    return message([
        ("Received", rcv("mail-pl1-f181.example.net", "203.0.113.181", "2026-09-28 11:40:02", ident="Nt3h0")),
        ("From", addr("Squirrel Hill Notary & Tag", "appointments@shnotary.example.com")),
        ("To", EMILY),
        ("Subject", "Your notary appointment - Thu 10/1 4:30 PM"),
        ("Date", date("2026-09-28 11:39:59", NY)),
        ("Message-ID", "<sq-notary-1001-1630@shnotary.example.com>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(n(38), family="mock_interview", lang="en", interview=False, company=None,
           days=(("Mon", "2026-10-12"),),
           note="Calendly confirmation of a paid mock technical interview with a career coach, Mon 12 Oct "
                "6:00 PM; practice, not a job interview")
def n38():
    body = t("""
        Hi Emily Novak,

        A new event has been scheduled.

        Event Type:
        Mock Robotics Onsite - System Design (60 min)

        Invitee:
        Emily Novak

        Event Date/Time:
        6:00pm - 7:00pm (Eastern Time - US & Canada) Monday, October 12, 2026

        Location:
        Google Meet (link in calendar invite)

        Questions:
        What should we focus on?
        Haulwright-style planning system design, I have a real loop soon.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/71d0aa3c
        Reschedule: https://calendly.com/reschedulings/71d0aa3c

        Powered by Calendly.com
        """)
    return message([
        ("Received", rcv("o1.ptr4471.calendly.com", "167.89.60.12", "2026-10-07 21:30:40", ident="Mk2y1")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Dr. Renee Castillo", "renee@launchpadcareers.example.com")),
        ("To", "emily.novak@example.org"),
        ("Subject", "New Event: Renee Castillo - 06:00pm Mon, Oct 12, 2026 - Mock Robotics Onsite - System "
                    "Design (60 min)"),
        ("Date", date("2026-10-07 21:30:37", NY)),
        ("Message-ID", "<mQ0bV3kT9xL2pR8aN5cY1e@geopod-ismtpd-2>"),
    ], text(body))


@make.mail(n(39), family="forward_someone_else", lang="en", interview=False, company=None,
           days=(("Tue", "2026-10-20"),),
           note="A neighbour forwards her OWN interview confirmation (Ironbridge Digital, Tue 20 Oct 10:00 AM) "
                "asking for tips; a confirmed interview, but for someone else")
def n39():
    body = t("""
        Emily!!! Look what came today. You said you know people at Ironbridge - any tips?? I haven't
        interviewed anywhere in 9 years. Coffee on the porch this weekend? I'll bring the pierogies.

        Deb

        ---------- Forwarded message ---------
        From: Ironbridge Digital <noreply@smartrecruiters.com>
        Date: Wed, Oct 14, 2026 at 9:02 AM
        Subject: Interview invitation: Data Analyst, Melt Shop Analytics - October 20
        To: <deb.kaminski@example.com>

        Hello Deborah,

        We're excited to invite you to an interview for the Data Analyst, Melt Shop Analytics role at
        Ironbridge Digital.

        Tuesday, October 20 | 10:00 AM - 11:00 AM ET
        Ironbridge Digital, 600 Grant St, 38th Floor, Pittsburgh, PA 15219

        Best regards,
        Mateusz Kowalczyk
        Ironbridge Digital
        """)
    return message([
        ("Received", rcv("mail-qv1-f41.google.com", "209.85.219.41", "2026-10-14 18:26:10", ident="Nb1f5")),
        ("From", addr("Deb Kaminski", "deb.kaminski@example.com")),
        ("To", EMILY),
        ("Subject", "Fwd: Interview invitation: Data Analyst, Melt Shop Analytics - October 20"),
        ("Date", date("2026-10-14 18:26:07", NY)),
        ("Message-ID", "<CAD3bK+fwd1014Deb@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(40), family="interviewer_assignment", lang="en", interview=False, company="Carrick Automation",
           days=(("Thu", "2026-10-01"),),
           note="Greenhouse interviewer notice from Emily's CURRENT employer: she interviews a candidate Thu 1 Oct "
                "2:00 PM; Emily is the interviewer, not the candidate")
def n40():
    body = t("""
        Hi Emily,

        You've been scheduled to interview a candidate.

        Candidate: Jordan Pike
        Job: Robotics Software Engineer II (Fleet)
        Interview: Technical Interview - C++ / Concurrency
        When: Thursday, October 1, 2026 2:00 PM - 3:00 PM EDT
        Where: Zoom - https://carrick.zoom.us/j/86120044571

        Interview kit (scorecard, questions and resume):
        https://app.greenhouse.io/interview_kits/55120871

        Please submit your scorecard within 24 hours of the interview.

        - Carrick Automation Recruiting, via Greenhouse
        """)
    return message([
        ("Received", rcv("mail-sor-f69.greenhouse-mail.io", "198.21.4.69", "2026-09-25 10:10:20", ident="4Ta2v")),
        ("From", addr("Greenhouse", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Sophie Lam", "sophie.lam@carrickautomation.com")),
        ("To", addr("Emily Novak", "emily.novak@carrickautomation.com")),
        ("Cc", EMILY),
        ("Subject", "Interview scheduled: Jordan Pike - Robotics Software Engineer II (Fleet)"),
        ("Date", date("2026-09-25 10:10:17", NY)),
        ("Message-ID", "<0100019a4b11c0e2-interviewer-kit-55120871@email.amazonses.com>"),
    ], text(body))


@make.mail(n(41), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Wed", "2026-11-18"),),
           note="Outlook invite from the current job: 'Q1 planning offsite + team dinner', Wed 18 Nov 1:00-8:00 PM "
                "with a Windows-zone ICS; a team event, not an interview")
def n41():
    body = t("""
        When: Wednesday, November 18, 2026 1:00 PM-8:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Carrick Automation - Lawrenceville lab, then Spork (dinner 6 PM)

        *~*~*~*~*~*~*~*~*~*

        Team - blocking the afternoon for Q1 planning and the dinner afterwards. Please come with your
        top three roadmap asks. Partners welcome at dinner.

        Nadia
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Nadia Farouk:mailto:nadia.farouk@carrickautomation.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fleet Software Team:mailto:fleet-sw@carrickautomation.com
        SUMMARY;LANGUAGE=en-US:Q1 planning offsite + team dinner
        DTSTART;TZID=Eastern Standard Time:20261118T130000
        DTEND;TZID=Eastern Standard Time:20261118T200000
        UID:040000008200E00074C5B7101A82E0080000000077B1D4C08C66DD01000000000000000010000000E49F
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261104T151500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Lawrenceville lab
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """))
    return message([
        ("Received", rcv("mail-sn1nam02on2091.outbound.protection.outlook.com", "40.107.96.91",
                         "2026-11-04 10:15:04", ident="Of6s2")),
        ("From", addr("Farouk, Nadia", "nadia.farouk@carrickautomation.com")),
        ("To", "Fleet Software Team <fleet-sw@carrickautomation.com>"),
        ("Cc", EMILY),
        ("Subject", "Q1 planning offsite + team dinner"),
        ("Date", "Wed, 04 Nov 2026 15:15:02 +0000"),
        ("Message-ID", "<SN1PR02MB5501B2C4D6E8F0A1B3C5D7E9F1A2B@SN1PR02MB5501.namprd02.prod.outlook.com>"),
    ], alt(text(body), calendar(ics, cte="base64")))


@make.mail(n(42), family="medical_appointment", lang="en", interview=False, company=None,
           days=(("Tue", "2026-09-29"),),
           note="Lab blood-draw booking, Tue 29 Sep 7:30 AM, fasting instructions; not an interview")
def n42():
    body = t("""
        Appointment confirmed

        Hi EMILY,

        Your lab appointment is booked.

        Tuesday, September 29, 2026 at 7:30 AM
        Keystone Diagnostics - Shadyside Patient Service Center
        5200 Centre Ave, Suite 110, Pittsburgh, PA 15232

        Reason: Blood work (lipid panel, CMP)
        Please fast for 10-12 hours beforehand. Water is OK.

        Confirmation code: KD-7M2Q9

        Need to change? Visit https://appointments.keystonediag.example.com or reply CANCEL to the text
        message we sent you.
        """)
    return message([
        ("Received", rcv("mta.keystonediag.example.com", "198.51.100.140", "2026-09-21 19:55:31", ident="Md0k4")),
        ("From", addr("Keystone Diagnostics", "no-reply@keystonediag.example.com")),
        ("To", EMILY),
        ("Subject", "Appointment confirmed for Tue, Sep 29 at 7:30 AM"),
        ("Date", date("2026-09-21 19:55:28", NY)),
        ("Message-ID", "<kd-appt-7M2Q9@keystonediag.example.com>"),
    ], text(body, cte="base64"))


@make.mail(n(43), family="auto_reply", lang="en", interview=False, company="Harborlight Surgical",
           days=(("Mon", "2026-10-19"),),
           note="Out-of-office auto-reply from the Boston hiring manager ('back Monday, October 19; for interview "
                "scheduling contact ...'); nothing scheduled")
def n43():
    body = t("""
        Thank you for your message. I am out of the office at a conference through Friday with limited
        access to email, returning Monday, October 19.

        For interview scheduling questions please contact Talent Acquisition at
        talent@harborlightsurgical.com. For anything urgent, call our main line at 617-555-0102.

        Wes Adeyemi
        Director of Controls Engineering, Harborlight Surgical
        """)
    return message([
        ("Received", rcv("mail-bl2nam02on2131.outbound.protection.outlook.com", "40.107.212.131",
                         "2026-10-13 09:41:55", ident="Oo8r6")),
        ("From", addr("Wes Adeyemi", "wes.adeyemi@harborlightsurgical.com")),
        ("To", EMILY),
        ("Subject", "Automatic reply: Re: Controls Engineer role - availability"),
        ("Date", "Tue, 13 Oct 2026 13:41:53 +0000"),
        ("Message-ID", "<BL2PR02MB2211E0F1A2B3C4D5E6F7A8B9C0D1E@BL2PR02MB2211.namprd02.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ], text(body))


@make.mail(n(44), family="bounce", lang="en", interview=False, company=None,
           note="Delivery failure returning Emily's own message ('confirming Thursday at 2pm'); the returned "
                "text is Emily's, and the address was mistyped, so nothing is confirmed to her")
def n44():
    human = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <r.oduya@marigoldrobotic.com>: Host or domain name not found. Name service error
            for name=marigoldrobotic.com type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4Tq9xL0Zb1z
        Arrival-Date: Mon, 16 Nov 2026 09:02:11 -0500 (EST)

        Final-Recipient: rfc822; r.oduya@marigoldrobotic.com
        Original-Recipient: rfc822;r.oduya@marigoldrobotic.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=marigoldrobotic.com type=A: Host not found
        """)
    orig = message([
        ("From", EMILY),
        ("To", "r.oduya@marigoldrobotic.com"),
        ("Subject", "Re: Technical Screen - new time?"),
        ("Date", date("2026-11-16 09:02:09", NY)),
        ("Message-ID", "<CAE9n1Kq+Novak1116bounce@mail.gmail.com>"),
    ], text(t("""
        Hi Raymond,

        Hope you're feeling better! Confirming Thursday at 2pm works on my end for the rescheduled
        technical screen - send the link whenever it's ready.

        Best,
        Emily
        """), charset="us-ascii", cte="7bit"))
    report = multipart("report",
                       raw_part([("Content-Description", "Notification"),
                                 ("Content-Type", "text/plain; charset=us-ascii")], human),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig),
                       params="report-type=delivery-status")
    return message([
        ("Return-Path", "<>"),
        ("Received", "by mx2.example.org (Postfix)\r\n id 4Tq9xM3Kc2z; Mon, 16 Nov 2026 09:02:13 -0500 (EST)"),
        ("From", "MAILER-DAEMON@mx2.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", "Mon, 16 Nov 2026 09:02:13 -0500 (EST)"),
        ("Message-ID", "<20261116140213.4Tq9xM3Kc2z@mx2.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@make.mail(n(45), family="mailing_list", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Local robotics meetup mailing-list post: talk 'Interviewing for robotics roles in 2026', Thu 22 Oct "
                "6:30 PM; a meetup")
def n45():
    body = t("""
        Hi all,

        October meetup is on! Thursday, October 22, doors 6:30 PM, talks at 7.

        Where: Ascender, 6401 Penn Ave, East Liberty (free parking behind the building)

        Talks:
          * "Interviewing for robotics roles in 2026: what hiring managers actually ask" - Luis Ortega
          * "Lessons from 10,000 hours of sidewalk autonomy" - Priya Shah
          * Lightning talks (sign up at the door)

        RSVP on the wiki so we order enough pizza: https://pghrobotics.example.org/wiki/Oct2026

        -Sam

        --
        pgh-robotics mailing list
        pgh-robotics@lists.pghrobotics.example.org
        https://lists.pghrobotics.example.org/mailman/listinfo/pgh-robotics
        """)
    return message([
        ("Received", rcv("lists.pghrobotics.example.org", "198.51.100.200", "2026-10-15 12:00:33", ident="Ml5j3")),
        ("From", addr("Sam Okonkwo", "sam.okonkwo@example.net")),
        ("To", "pgh-robotics@lists.pghrobotics.example.org"),
        ("Subject", "[pgh-robotics] Oct 22 meetup: interviewing for robotics roles + sidewalk autonomy"),
        ("Date", date("2026-10-15 12:00:30", NY)),
        ("Message-ID", "<CAPs9+Meetup1022@mail.gmail.com>"),
        ("List-Id", "Pittsburgh robotics <pgh-robotics.lists.pghrobotics.example.org>"),
        ("List-Post", "<mailto:pgh-robotics@lists.pghrobotics.example.org>"),
        ("Precedence", "list"),
        ("Sender", "pgh-robotics <pgh-robotics-bounces@lists.pghrobotics.example.org>"),
    ], text(body, cte="8bit"))


@make.mail(n(46), family="webinar", lang="en", interview=False, company=None,
           days=(("Wed", "2026-11-18"),),
           note="Zoom webinar registration confirmation 'Interviewing at Scale: hiring in robotics', Wed 18 Nov "
                "1:00 PM ET; a webinar")
def n46():
    body = t("""
        Hi Emily,

        Thank you for registering for "Interviewing at Scale: How Robotics Companies Hire in 2026".

        Date & Time: Nov 18, 2026 01:00 PM Eastern Time (US and Canada)

        Join from a PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88317750211?tk=aZ0_webinar

        Add to calendar: Google Calendar | Outlook | Yahoo

        You can cancel your registration at any time.

        Hosted by A3 Automation Careers Network
        """)
    return message([
        ("Received", rcv("zoom.us", "170.114.10.85", "2026-11-09 11:00:06", ident="Zw4c8")),
        ("From", addr("A3 Automation Careers Network", "no-reply@zoom.us")),
        ("Reply-To", "events@a3careers.example.org"),
        ("To", EMILY),
        ("Subject", "Interviewing at Scale: How Robotics Companies Hire in 2026 Confirmation"),
        ("Date", date("2026-11-09 11:00:03", NY)),
        ("Message-ID", "<webinar.88317750211.novak@zoom.us>"),
    ], text(body))


@make.mail(n(47), family="recruiter_defer", lang="en", interview=False, company="Gridline Agritech",
           note="JOIN message notification: the founder pauses the process ('let's revisit in February'); no time")
def n47():
    body = t("""
        New message about your application: Robotics Platform Engineer at Gridline Agritech

        Tyler Brandvold wrote:

        "Hi Emily - really sorry for the radio silence after our intro call. Our seed extension slipped,
        so we're pausing the platform hire until the new year. I'd love to pick this back up - let's
        revisit in February? I'll ping you the first week. Happy holidays!"

        Reply on JOIN: https://join.com/messages/c/5512093

        You're receiving this email because you applied via JOIN.
        """)
    return message([
        ("Received", rcv("mail.join.com", "18.185.77.20", "2026-12-11 16:33:04", ident="Jn7w2")),
        ("From", addr("Gridline Agritech via JOIN", "noreply@join.com")),
        ("To", EMILY),
        ("Subject", "New message from Gridline Agritech"),
        ("Date", date("2026-12-11 16:33:01", NY)),
        ("Message-ID", "<msg-5512093-20261211@join.com>"),
    ], text(body))


@make.mail(n(48), family="housing_interview", lang="en", interview=False, company=None,
           days=(("Sun", "2026-12-13"),),
           note="Boston housing co-op membership interview confirmed Sun 13 Dec 2:00 PM by video; a housing "
                "interview, not a job interview")
def n48():
    body = t("""
        Hi Emily,

        Thanks for your application to Fenwood Housing Cooperative! The membership committee would like
        to confirm your interview for Sunday, December 13 at 2:00 PM (Boston time) over Zoom:
        https://us02web.zoom.us/j/71920433186

        It's informal - about 30 minutes, we'll ask about how you'd contribute to co-op chores and
        committees, and you can ask us anything. If you get the job in Boston, the room would be free
        from January 15.

        Best,
        Hollis Greer (she/her)
        Membership Committee, Fenwood Housing Cooperative
        """)
    return message([
        ("Received", rcv("mail-ej1-f44.google.com", "209.85.218.44", "2026-12-06 19:08:50", ident="Hc2q0")),
        ("From", addr("Hollis Greer", "hollis.fenwoodcoop@example.com")),
        ("To", EMILY),
        ("Subject", "Re: Fenwood membership interview"),
        ("Date", date("2026-12-06 19:08:47", NY)),
        ("Message-ID", "<CAFw0d+Coop1213@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(49), family="research_study", lang="en", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="Market-research 'in-depth interview' about job-search apps confirmed Tue 10 Nov 6:00 PM with a $150 "
                "incentive; a paid study session, not a job interview")
def n49():
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Emily,</p>
        <p>You&#8217;re confirmed for the following research session. Thanks for participating!</p>
        <table cellpadding="4">
        <tr><td><b>Study</b></td><td>1:1 in-depth interview: how engineers use job-search apps</td></tr>
        <tr><td><b>When</b></td><td>Tuesday, November 10, 2026, 6:00 PM &ndash; 7:00 PM EST</td></tr>
        <tr><td><b>Where</b></td><td>Remote (Zoom link sent 1 hour before)</td></tr>
        <tr><td><b>Incentive</b></td><td>$150 Visa gift card, sent within 5 business days</td></tr>
        </table>
        <p>Your moderator will be a researcher from our client team. Please join from a laptop with a
        webcam and be ready to share your screen.</p>
        <p>&mdash; The Panelwise Participant Team</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("o12.mail.panelwise.example.com", "198.51.100.212", "2026-11-04 13:25:40", ident="Fg9p5")),
        ("From", addr("Panelwise", "participants@panelwise.example.com")),
        ("To", EMILY),
        ("Subject", "=?utf-8?q?You=E2=80=99re_confirmed=3A_1=3A1_interview_on_Tue=2C_Nov_10?="),
        ("Date", date("2026-11-04 13:25:37", NY)),
        ("Message-ID", "<pw-session-55190-novak@panelwise.example.com>"),
    ], html(page, charset="windows-1252"))


@make.mail(n(50), family="parent_teacher", lang="en", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="School parent-teacher conference confirmed Thu 19 Nov 4:15 PM; not an interview")
def n50():
    body = t("""
        Hello Emily Novak,

        Your parent-teacher conference has been scheduled.

        Student: Theo Novak (Grade 2)
        Teacher: Ms. Alvarez, Room 114
        Date: Thursday, November 19, 2026
        Time: 4:15 PM - 4:30 PM
        Location: Linden Elementary School, 725 S Linden Ave, Pittsburgh

        Conferences are 15 minutes. If you need to switch to a phone conference, reply to your child's
        teacher in the app.

        Pittsburgh Public Schools via ClassBridge
        """)
    return message([
        ("Received", rcv("mail.classbridge.example.com", "198.51.100.77", "2026-11-12 17:45:02", ident="Pt1c4")),
        ("From", addr("ClassBridge", "notifications@classbridge.example.com")),
        ("To", EMILY),
        ("Subject", "Conference scheduled: Thu, Nov 19 at 4:15 PM with Ms. Alvarez"),
        ("Date", date("2026-11-12 17:44:59", NY)),
        ("Message-ID", "<cb-conf-114-8812@classbridge.example.com>"),
    ], text(body, charset="iso-8859-1"))
