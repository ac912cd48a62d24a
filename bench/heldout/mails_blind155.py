"""blind155: a blind 50-mail held-out set, the inbox of Marcus Reed, a logistics data engineer in
Kansas City (America/Chicago), September to mid-December 2026.

Written by a helper session that had not read the detector, its tests or the earlier held-out mails.
Build and check: ``python3 bench/heldout/make_blind.py blind155``.
Keys 1-23 are the positives, 24-50 the negatives; file numbers are a fixed shuffle of the keys.
"""

from __future__ import annotations

import random

from make import (
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

ORDER = random.Random(1550155).sample(range(1, 51), 50)
ME = "marcus.reed@example.org"
ME_H = "Marcus Reed <marcus.reed@example.org>"
CT = "America/Chicago"
ET = "America/New_York"
MT = "America/Denver"
PT = "America/Los_Angeles"
MX = "mx1.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    return f"blind155_{ORDER[key - 1]:03d}"


def vcal(prodid: str, method: str | None, vtz: str | None, events: str) -> str:
    """A VCALENDAR from a PRODID line, METHOD, an optional VTIMEZONE and the VEVENT text."""
    head = f"BEGIN:VCALENDAR\nPRODID:{prodid}\nVERSION:2.0\n" + (f"METHOD:{method}\n" if method else "")
    return head + (vtz + "\n" if vtz else "") + events.strip("\n") + "\nEND:VCALENDAR\n"


def rcv(host: str, ip: str, when: str, zone: str, qid: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone, f"{MX} {qid}", ME, lag))


VTZ_CHICAGO = """BEGIN:VTIMEZONE
TZID:America/Chicago
X-LIC-LOCATION:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

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

VTZ_WIN_EASTERN = """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_WIN_CENTRAL = """BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_WIN_MOUNTAIN = """BEGIN:VTIMEZONE
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

VTZ_STOCKHOLM = """BEGIN:VTIMEZONE
TZID:Europe/Stockholm
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives (1-23)


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", CT), end=utc("2026-09-15 11:00", CT),
      contact="dana.whitfield@cobaltledger.com", company="Cobalt Ledger",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=CT,
      note="Greenhouse 'interview confirmed': Tuesday, September 15, 10:00-11:00 AM CDT (Chicago, "
           "UTC-5 in September) = 15:00-16:00Z; ICS TZID America/Chicago agrees; contact = Reply-To "
           "recruiter (also ICS ORGANIZER).")
def p01() -> bytes:
    body = t("""
        Hi Marcus,

        Thanks for confirming your availability. Your interview with Cobalt Ledger is all set:

        Position: Senior Data Engineer, Settlement Pipelines
        Interview: Technical Screen
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 11:00 AM CDT
        Location: Video call - https://meet.google.com/vqe-hxdk-rtm

        You'll be speaking with:
        Arjun Patel - Staff Data Engineer

        Arjun will spend most of the hour on SQL and a pipeline design question, so please have a
        code editor handy. If anything changes, just reply to this email.

        Best,
        Dana Whitfield
        Recruiting, Cobalt Ledger
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Hi Marcus,</p>
        <p>Thanks for confirming your availability. Your interview with <b>Cobalt Ledger</b> is all set:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Position</b></td><td>Senior Data Engineer, Settlement Pipelines</td></tr>
        <tr><td><b>Interview</b></td><td>Technical Screen</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 11:00 AM CDT</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/vqe-hxdk-rtm">Video call</a></td></tr>
        </table>
        <p>You'll be speaking with:<br>Arjun Patel - Staff Data Engineer</p>
        <p>Arjun will spend most of the hour on SQL and a pipeline design question, so please have a
        code editor handy. If anything changes, just reply to this email.</p>
        <p>Best,<br>Dana Whitfield<br>Recruiting, Cobalt Ledger</p>
        <img src="https://app.greenhouse.io/email_tracking/open/8b1d2f.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = vcal("-//Greenhouse Software//Interview Scheduler//EN", "REQUEST", VTZ_CHICAGO, t("""
        BEGIN:VEVENT
        UID:gh-interview-71530882@greenhouse.io
        DTSTAMP:20260909T181204Z
        DTSTART;TZID=America/Chicago:20260915T100000
        DTEND;TZID=America/Chicago:20260915T110000
        SUMMARY:Interview: Marcus Reed <> Cobalt Ledger (Technical Screen)
        LOCATION:https://meet.google.com/vqe-hxdk-rtm
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@cobaltledger.com
        ATTENDEE;CN=Marcus Reed;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marcus.reed@example.org
        ATTENDEE;CN=Arjun Patel;ROLE=REQ-PARTICIPANT:mailto:arjun.patel@cobaltledger.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """))
    hs = [
        rcv("mail200-41.sendgrid.net", "167.89.20.41", "2026-09-09 13:12", CT, "4hT2kQ0Zs8"),
        ("From", "Cobalt Ledger <no-reply@greenhouse.io>"),
        ("Reply-To", "Dana Whitfield <dana.whitfield@cobaltledger.com>"),
        ("To", ME_H),
        ("Subject", "Interview Confirmation: Senior Data Engineer at Cobalt Ledger"),
        ("Date", date("2026-09-09 13:12", CT)),
        ("Message-ID", "<gh.71530882.3f0a.cobaltledger@greenhouse.io>"),
        ("X-SG-EID", "u001.Rk3aP0x9lLqG2v"),
    ]
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="lever", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-23 14:00", MT), end=utc("2026-09-23 14:45", MT),
      contact="kelsey.oduya@furrowline.ag", company="Furrowline",
      local="Wed 2026-09-23 14:00", local_end="2026-09-23 14:45", zone=MT,
      note="Lever confirmation from an agtech startup in Denver: Wednesday, September 23, 2:00 PM - 2:45 PM "
           "MDT (UTC-6) = 20:00-20:45Z; the '3:00 PM your time (Central)' aside agrees; no ICS; "
           "contact = Reply-To recruiter.")
def p02() -> bytes:
    body = t("""
        Hi Marcus,

        Your interview for Data Engineer (Field Telemetry) at Furrowline has been confirmed.

        When: Wednesday, September 23, 2026 at 2:00 PM - 2:45 PM MDT
              (that's 3:00 PM your time in Central)
        Where: Zoom - https://furrowline.zoom.us/j/83311290475
        Interviewers: Hannah Brekke (Engineering Manager), Luis Carranza (Senior Data Engineer)

        A bit of background before you meet them: we ingest soil-moisture and yield-monitor data
        from about 4,000 farms, mostly over flaky cellular links, so expect questions on late and
        out-of-order data.

        Need to reschedule? Reply to this email and I'll sort it out.

        Kelsey Oduya
        Talent Partner | Furrowline
        """)
    hbody = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;max-width:560px">
        <p>Hi Marcus,</p>
        <p>Your interview for <strong>Data Engineer (Field Telemetry)</strong> at Furrowline has been confirmed.</p>
        <p><strong>When:</strong> Wednesday, September 23, 2026 at 2:00 PM - 2:45 PM MDT<br>
        <span style="color:#777">(that's 3:00 PM your time in Central)</span><br>
        <strong>Where:</strong> <a href="https://furrowline.zoom.us/j/83311290475">Zoom</a><br>
        <strong>Interviewers:</strong> Hannah Brekke (Engineering Manager), Luis Carranza (Senior Data Engineer)</p>
        <p>A bit of background before you meet them: we ingest soil-moisture and yield-monitor data
        from about 4,000 farms, mostly over flaky cellular links, so expect questions on late and
        out-of-order data.</p>
        <p>Need to reschedule? Reply to this email and I'll sort it out.</p>
        <p>Kelsey Oduya<br>Talent Partner | Furrowline</p>
        <p style="font-size:11px;color:#999">Sent via Lever</p>
        </div>
        """)
    hs = [
        rcv("mail-a12.lever.co", "54.240.8.12", "2026-09-17 10:41", MT, "9QpLr2mT1x"),
        ("From", "Furrowline <no-reply@hire.lever.co>"),
        ("Reply-To", "Kelsey Oduya <kelsey.oduya@furrowline.ag>"),
        ("To", ME_H),
        ("Subject", "Confirmed: your interview with Furrowline"),
        ("Date", date("2026-09-17 10:41", MT)),
        ("Message-ID", "<0100019a4c1e8d2f-b2c1a0e3-7d41-4f0e-9a1c-1f2e3d4c5b6a-000000@email.amazonses.com>"),
    ]
    return message(hs, alt(text(body), html(hbody)))


@mail(n(3), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-01 09:00", PT), end=utc("2026-10-01 10:00", PT),
      contact="priya.venkataraman@tidewaterlabs.io", company="Tidewater Labs",
      local="Thu 2026-10-01 09:00", local_end="2026-10-01 10:00", zone=PT,
      note="Ashby, HTML only (base64), San Francisco company writing in Pacific time: Thursday, October 1, "
           "9:00-10:00 AM PDT (UTC-7) = 16:00-17:00Z; ICS in UTC agrees; contact = Reply-To (ICS ORGANIZER).")
def p03() -> bytes:
    hbody = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;background:#f6f7f9">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="560" style="background:#ffffff;padding:32px;font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#1d2433">
        <tr><td>
        <p>Hi Marcus,</p>
        <p>You&#x27;re confirmed for your <strong>Hiring Manager Interview</strong> for the
        <strong>Data Platform Engineer</strong> role at Tidewater Labs.</p>
        <p style="font-size:17px"><strong>Thursday, October 1, 2026</strong><br>
        9:00 AM &ndash; 10:00 AM PDT</p>
        <p>Google Meet: <a href="https://meet.google.com/kzu-wpeo-njb">meet.google.com/kzu-wpeo-njb</a></p>
        <p>You&#x27;ll meet with Noah Sandoval, Head of Data Platform.</p>
        <p>If you need to make a change, reply to this email and Priya will help.</p>
        <p>&mdash; The Tidewater Labs Recruiting Team</p>
        </td></tr></table>
        <p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#8a8f98">Powered by Ashby</p>
        </td></tr></table>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ashby-4b0f6e2a-91d3-4c55-8f7e-0a9e6d1c2b77
        DTSTAMP:20260924T203355Z
        DTSTART:20261001T160000Z
        DTEND:20261001T170000Z
        SUMMARY:Tidewater Labs - Hiring Manager Interview (Marcus Reed)
        LOCATION:https://meet.google.com/kzu-wpeo-njb
        ORGANIZER;CN=Priya Venkataraman:mailto:priya.venkataraman@tidewaterlabs.io
        ATTENDEE;CN=Marcus Reed;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marcus.reed@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("a27-13.smtp-out.us-west-2.amazonses.com", "54.240.27.13", "2026-09-24 13:33", PT, "Yv71LmQ0aa"),
        ("From", "Tidewater Labs <no-reply@ashbyhq.com>"),
        ("Reply-To", "Priya Venkataraman <priya.venkataraman@tidewaterlabs.io>"),
        ("To", "marcus.reed@example.org"),
        ("Subject", "Interview confirmed: Data Platform Engineer at Tidewater Labs"),
        ("Date", date("2026-09-24 13:33", PT)),
        ("Message-ID", "<010101927ab3e0c1-6e1d77a2-0c43-4d8e-bb7f-5c3e9f1a2d40-000000@us-west-2.amazonses.com>"),
    ]
    return message(hs, mixed(html(hbody, cte="base64"),
                             calendar(ics, filename="interview.ics", disposition="attachment", cte="base64")))


@mail(n(4), family="workday", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-07 13:30", CT), end=utc("2026-10-07 14:30", CT),
      contact="renee.castellano@prairieshield.com", company="Prairie Shield Health",
      local="Wed 2026-10-07 13:30", local_end="2026-10-07 14:30", zone=CT,
      note="Workday notification from the tenant's myworkday.com mailbox (text only): 10/07/2026 01:30 PM "
           "Central Time, 'Duration: 60 minutes' -> 18:30-19:30Z (CDT, UTC-5); contact = the recruiter's "
           "address in the body.")
def p04() -> bytes:
    body = t("""
        Dear Marcus Reed,

        Thank you for your interest in Prairie Shield Health. We are pleased to invite you to
        interview for the following position:

        Job Requisition: R-0048213 Data Engineer III - Claims Analytics
        Interview Type: Panel Interview (On-site)
        Interview Date: 10/07/2026
        Start Time: 01:30 PM Central Time
        Duration: 60 minutes
        Location: Prairie Shield Health, 2300 Main Street, 9th Floor, Kansas City, MO 64108
                  Please check in at the security desk in the lobby with a photo ID.

        Interview Panel:
          Gwen Takahashi, Director, Enterprise Data
          Omar Haddix, Lead Data Engineer
          Renee Castellano, Senior Talent Acquisition Partner

        Visitor parking is available in the garage on 23rd Street; bring your ticket for validation.

        If you have any questions, please contact Renee Castellano at
        renee.castellano@prairieshield.com or 816-555-0142.

        Sincerely,
        Talent Acquisition
        Prairie Shield Health

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    hs = [
        rcv("wd5-smtp-out.myworkday.com", "198.51.100.85", "2026-10-01 09:04", CT, "Pd0e3Hh2Zk"),
        ("From", "Prairie Shield Health <prairieshield@myworkday.com>"),
        ("To", "marcus.reed@example.org"),
        ("Subject", "Interview Scheduled - Data Engineer III - Claims Analytics"),
        ("Date", date("2026-10-01 09:04", CT)),
        ("Message-ID", "<1527593810.44813.1790863440213@wd5-prod-mta17>"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return message(hs, text(body, cte="7bit"))


@mail(n(5), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-28 11:00", CT), end=utc("2026-09-28 11:45", CT),
      contact="talia.brunswick@bluestemgreetings.com", company="Bluestem Greetings",
      local="Mon 2026-09-28 11:00", local_end="2026-09-28 11:45", zone=CT,
      note="SmartRecruiters confirmation from a Kansas City greeting-card company: Monday, September 28, "
           "11:00 AM - 11:45 AM (GMT-05:00) Central Time = 16:00-16:45Z; ICS TZID America/Chicago agrees; "
           "sender is a relay mailbox, contact = hiring coordinator (ICS ORGANIZER, also in the body).")
def p05() -> bytes:
    body = t("""
        Hello Marcus,

        Good news! Your interview has been scheduled.

        Position: Analytics Engineer - Retail Replenishment
        Company: Bluestem Greetings

        Monday, September 28, 2026
        11:00 AM - 11:45 AM (GMT-05:00) Central Time (US & Canada)

        Microsoft Teams meeting - the link is in the attached calendar invitation.

        Interviewer: Curtis Nwankwo, Manager, Supply Chain Analytics

        Questions? Contact Talia Brunswick, Hiring Coordinator (talia.brunswick@bluestemgreetings.com).

        Best regards,
        Bluestem Greetings Talent Team

        ---
        This message was sent by SmartRecruiters on behalf of Bluestem Greetings.
        Manage your candidate profile: https://jobs.smartrecruiters.com/me
        """)
    hbody = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;color:#333">
        <div style="border-top:4px solid #7b3f8c;padding:20px">
        <h2 style="font-weight:600">Good news! Your interview has been scheduled.</h2>
        <p>Hello Marcus,</p>
        <p><b>Position:</b> Analytics Engineer - Retail Replenishment<br><b>Company:</b> Bluestem Greetings</p>
        <p style="background:#f4eef6;padding:12px">Monday, September 28, 2026<br>
        11:00 AM - 11:45 AM (GMT-05:00) Central Time (US &amp; Canada)</p>
        <p>Microsoft Teams meeting - the link is in the attached calendar invitation.</p>
        <p><b>Interviewer:</b> Curtis Nwankwo, Manager, Supply Chain Analytics</p>
        <p>Questions? Contact Talia Brunswick, Hiring Coordinator
        (<a href="mailto:talia.brunswick@bluestemgreetings.com">talia.brunswick@bluestemgreetings.com</a>).</p>
        <p>Best regards,<br>Bluestem Greetings Talent Team</p>
        </div>
        <p style="font-size:11px;color:#999">This message was sent by SmartRecruiters on behalf of Bluestem Greetings.</p>
        </body></html>
        """)
    ics = vcal("-//SmartRecruiters//Interview Scheduler 3.0//EN", "REQUEST", VTZ_CHICAGO, t("""
        BEGIN:VEVENT
        UID:SR-INT-5f2c19d0a7be4c07@smartrecruiters.com
        DTSTAMP:20260922T145012Z
        DTSTART;TZID=America/Chicago:20260928T110000
        DTEND;TZID=America/Chicago:20260928T114500
        SUMMARY:Interview - Analytics Engineer - Retail Replenishment - Marcus Reed
        DESCRIPTION:Join Microsoft Teams Meeting\\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NWM3ZTk2\\nMeeting ID: 241 887 309 552
        LOCATION:Microsoft Teams Meeting
        ORGANIZER;CN=Talia Brunswick:mailto:talia.brunswick@bluestemgreetings.com
        ATTENDEE;CN=Marcus Reed;RSVP=TRUE:mailto:marcus.reed@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """))
    hs = [
        rcv("mta-14.smartrecruiters.com", "34.117.60.14", "2026-09-22 09:50", CT, "Zs09wQpL3b"),
        ("From", "Bluestem Greetings <noreply@smartrecruiters.com>"),
        ("To", ME_H),
        ("Subject", "Interview scheduled: Analytics Engineer - Retail Replenishment"),
        ("Date", date("2026-09-22 09:50", CT)),
        ("Message-ID", "<5f2c19d0a7be4c07.1790092212@mta-14.smartrecruiters.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, filename="interview.ics", disposition="attachment",
                                      cte="quoted-printable")))


@mail(n(6), family="exchange_outlook", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-29 13:00", ET), end=utc("2026-10-29 14:00", ET),
      contact="loretta.vasquez@bsfs.gov", company="Bureau of Surface Freight Statistics",
      local="Thu 2026-10-29 13:00", local_end="2026-10-29 14:00", zone=ET,
      note="Exchange meeting request from a federal agency's HR specialist (Windows zone 'Eastern Standard "
           "Time'); the Outlook 'When' line shows '(UTC-05:00) Eastern Time' but on 29 October the US is still "
           "on EDT (UTC-4), so 1:00-2:00 PM = 17:00-18:00Z, which the ICS confirms; '12:00 noon Central' agrees. "
           "Contact = the human organizer/sender.")
def p06() -> bytes:
    body = t("""
        Mr. Reed,

        This message confirms your structured panel interview for the position of IT Specialist
        (Data Management), GS-2210-13, announcement BSFS-26-1187-MP.

        When: Thursday, October 29, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
        (For you in Kansas City that is 12:00 noon Central.)
        Where: Microsoft Teams (link below)

        The panel consists of three members. Each will ask the same set of questions to all
        candidates; you may take notes, and you will be given time at the end for questions.
        Please have a government-issued photo ID available for identity verification at the start
        of the call.

        Please accept this invitation so that it is recorded on your calendar. If you are unable to
        attend, contact me at least 48 hours in advance.

        V/r,
        Loretta Vasquez
        Human Resources Specialist (Recruitment & Placement)
        Bureau of Surface Freight Statistics
        1200 New Jersey Ave SE, Washington, DC 20590
        202-555-0117 | loretta.vasquez@bsfs.gov

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGM0YjU2>
        Meeting ID: 268 114 905 733
        Passcode: q7Xh3T
        Or call in (audio only)
        +1 202-555-0199,,481224067#   United States, Washington DC
        Phone Conference ID: 481 224 067#
        ________________________________________________________________________________
        """)
    hbody = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>
        </head><body lang="EN-US">
        <div class="WordSection1">
        <p class="MsoNormal">Mr. Reed,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">This message confirms your structured panel interview for the position of IT Specialist
        (Data Management), GS-2210-13, announcement BSFS-26-1187-MP.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>When:</b> Thursday, October 29, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US &amp; Canada).<br>
        (For you in Kansas City that is 12:00 noon Central.)<br><b>Where:</b> Microsoft Teams (link below)</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">The panel consists of three members. Each will ask the same set of questions to all
        candidates; you may take notes, and you will be given time at the end for questions.
        Please have a government-issued photo ID available for identity verification at the start of the call.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Please accept this invitation so that it is recorded on your calendar. If you are unable to
        attend, contact me at least 48 hours in advance.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">V/r,<br>Loretta Vasquez<br>Human Resources Specialist (Recruitment &amp; Placement)<br>
        Bureau of Surface Freight Statistics<br>1200 New Jersey Ave SE, Washington, DC 20590<br>
        202-555-0117 | loretta.vasquez@bsfs.gov</p>
        <div style="margin-top:24px;border-top:1px solid #ccc">
        <p><span style="font-size:18pt;color:#252424">Microsoft Teams meeting</span></p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGM0YjU2">Click here to join the meeting</a><br>
        Meeting ID: 268 114 905 733<br>Passcode: q7Xh3T</p>
        </div></div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", VTZ_WIN_EASTERN, t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Vasquez, Loretta (BSFS):mailto:loretta.vasquez@bsfs.gov
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.reed@example.org:mailto:marcus.reed@example.org
        DESCRIPTION;LANGUAGE=en-US:Mr. Reed\\,\\n\\nThis message confirms your structured panel interview for the position of IT Specialist (Data Management)\\, GS-2210-13.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0F3C2B1D945DC01000000000000000010000000C4E1F9B0A2D34E4C9B6D1E7A2F3C4B5D
        SUMMARY;LANGUAGE=en-US:BSFS Panel Interview - IT Specialist (Data Management) - Reed
        DTSTART;TZID=Eastern Standard Time:20261029T130000
        DTEND;TZID=Eastern Standard Time:20261029T140000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261021T154712Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:-1788143921
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        """))
    hs = [
        rcv("GCC02-DM3-obe.outbound.protection.outlook.com", "40.107.208.91", "2026-10-21 11:47", ET,
            "Bq1nW7yE4c"),
        ("From", "\"Vasquez, Loretta (BSFS)\" <loretta.vasquez@bsfs.gov>"),
        ("To", "\"marcus.reed@example.org\" <marcus.reed@example.org>"),
        ("Subject", "BSFS Panel Interview - IT Specialist (Data Management) - Reed"),
        ("Thread-Topic", "BSFS Panel Interview - IT Specialist (Data Management) - Reed"),
        ("Thread-Index", "AdtD1k5mZ2Q0bTRhSUKj8m1F0V3xbg=="),
        ("Date", date("2026-10-21 11:47", ET)),
        ("Message-ID", "<DM6PR09MB5521C7A04E2F9B1D83A7C2E1A95C2@DM6PR09MB5521.namprd09.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ]
    return message(hs, alt(text(body, cte="base64"), html(hbody, cte="base64"),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(7), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:00", CT), end=utc("2026-11-02 09:45", CT),
      contact="jamal.whitaker@harborviewsupply.com", company="Harborview Supply",
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 09:45", zone=CT,
      note="Google Calendar invitation sent Thu 29 Oct (still CDT, UTC-5) for Monday 2 November, 9am-9:45am "
           "Central, the day after US DST ends: CST (UTC-6) -> 15:00-15:45Z (not 14:00Z); ICS in UTC agrees. "
           "Contact = ORGANIZER, a human recruiter.")
def p07() -> bytes:
    body = t("""
        You have been invited to the following event.

        Harborview Supply - Data Engineering Interview (Marcus Reed)

        When
        Monday Nov 2, 2026 ⋅ 9am – 9:45am (Central Time - Chicago)

        Joining info
        Join with Google Meet
        meet.google.com/hpf-tcgu-ysw

        Join by phone
        (US) +1 312-555-0164 PIN: 553 209 118#

        Calendar
        marcus.reed@example.org

        Who
        • Jamal Whitaker - organizer
        • marcus.reed@example.org
        • Ines Ferrante

        Hi Marcus - this is the conversation with Ines (our Director of Analytics) we talked about.
        Heads-up that the clocks change this weekend, so double-check your calendar shows 9am Central.
        - Jamal

        View all event details:
        https://calendar.google.com/calendar/event?action=VIEW&eid=NHE4bGRwOGx

        Reply for marcus.reed@example.org
        Yes / No / Maybe / More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    hbody = gmail_html(body)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", None, t("""
        CALSCALE:GREGORIAN
        BEGIN:VEVENT
        DTSTART:20261102T150000Z
        DTEND:20261102T154500Z
        DTSTAMP:20261029T195208Z
        ORGANIZER;CN=Jamal Whitaker:mailto:jamal.whitaker@harborviewsupply.com
        UID:4q8ldp8l1ajv0rq6n2hjt5gbcs@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jamal Whitaker;X-NUM-GUESTS=0:mailto:jamal.whitaker@harborviewsupply.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.reed@example.org;X-NUM-GUESTS=0:mailto:marcus.reed@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ines Ferrante;X-NUM-GUESTS=0:mailto:ines.ferrante@harborviewsupply.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/hpf-tcgu-ysw
        CREATED:20261029T195207Z
        DESCRIPTION:Hi Marcus - this is the conversation with Ines (our Director of Analytics) we talked about.
        LAST-MODIFIED:20261029T195207Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Harborview Supply - Data Engineering Interview (Marcus Reed)
        TRANSP:OPAQUE
        END:VEVENT
        """))
    hs = [
        rcv("mail-sor-f69.google.com", "209.85.220.69", "2026-10-29 14:52", CT, "Wm3kA8sJ2v"),
        ("From", "Jamal Whitaker <jamal.whitaker@harborviewsupply.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "Jamal Whitaker <jamal.whitaker@harborviewsupply.com>"),
        ("To", "marcus.reed@example.org"),
        ("Subject", enc("Invitation: Harborview Supply - Data Engineering Interview (Marcus Reed) @ "
                        "Mon Nov 2, 2026 9am - 9:45am (CST) (marcus.reed@example.org)")),
        ("Date", date("2026-10-29 14:52", CT)),
        ("Message-ID", "<calendar-6c2a1d0e-8f3b-4b7e-a2d1-0c9e5f4a3b21@google.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(hbody), calendar(ics, method="REQUEST")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(8), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-30 16:30", CT), end=utc("2026-09-30 17:00", CT),
      contact="erin.kowalczyk@lakeshorefreightworks.com", company="Lakeshore Freightworks",
      local="Wed 2026-09-30 16:30", local_end="2026-09-30 17:00", zone=CT,
      note="Calendly invitee confirmation: 4:30pm - 5:00pm (Central Time - US & Canada), Wednesday September "
           "30 -> 21:30-22:00Z (CDT); ICS in UTC agrees; contact = the host (Reply-To, ORGANIZER).")
def p08() -> bytes:
    body = t("""
        Hi Marcus Reed,

        A new event has been scheduled.

        Event Type:
        Hiring Manager Phone Screen - Data Engineer (30 min)

        Invitee:
        Marcus Reed

        Event Date/Time:
        4:30pm - 05:00pm (Central Time - US & Canada) on Wednesday, September 30, 2026

        Location:
        Erin will call you at +1 816-555-0173

        Questions:
        What would you like to make sure we cover?
        The scope of the carrier-scorecard rebuild and who owns the dbt models today.

        View event in Calendly: https://calendly.com/events/8b4f1a2e-63c1-4f5f/invitee

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8b4f1a2e-63c1-4f5f
        Reschedule: https://calendly.com/reschedulings/8b4f1a2e-63c1-4f5f

        Powered by Calendly.com
        """)
    hbody = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#1a1a1a">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <p>Hi Marcus Reed,</p><p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Hiring Manager Phone Screen - Data Engineer (30 min)</p>
        <p><b>Invitee:</b><br>Marcus Reed</p>
        <p><b>Event Date/Time:</b><br>4:30pm - 05:00pm (Central Time - US &amp; Canada) on Wednesday, September 30, 2026</p>
        <p><b>Location:</b><br>Erin will call you at +1 816-555-0173</p>
        <p><b>Questions:</b><br>What would you like to make sure we cover?<br>
        The scope of the carrier-scorecard rebuild and who owns the dbt models today.</p>
        <p><a href="https://calendly.com/events/8b4f1a2e-63c1-4f5f/invitee">View event in Calendly</a></p>
        <p style="font-size:12px;color:#666">Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/8b4f1a2e-63c1-4f5f">Cancel</a> |
        <a href="https://calendly.com/reschedulings/8b4f1a2e-63c1-4f5f">Reschedule</a></p>
        <p style="font-size:11px;color:#999">Powered by Calendly.com</p>
        </div></body></html>
        """)
    ics = vcal("-//Calendly//Calendly//EN", "REQUEST", None, t("""
        BEGIN:VEVENT
        UID:8b4f1a2e-63c1-4f5f-9d0b-2c7e1a4f6b90@calendly.com
        DTSTAMP:20260928T151922Z
        DTSTART:20260930T213000Z
        DTEND:20260930T220000Z
        SUMMARY:Hiring Manager Phone Screen - Data Engineer (30 min) between Erin Kowalczyk and Marcus Reed
        LOCATION:+1 816-555-0173
        ORGANIZER;CN=Erin Kowalczyk:mailto:erin.kowalczyk@lakeshorefreightworks.com
        ATTENDEE;CN=Marcus Reed;PARTSTAT=ACCEPTED:mailto:marcus.reed@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """))
    hs = [
        rcv("o1.ptr8812.calendly.com", "149.72.180.3", "2026-09-28 10:19", CT, "Tc5bM0pZ7r"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Erin Kowalczyk <erin.kowalczyk@lakeshorefreightworks.com>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Confirmed: Hiring Manager Phone Screen - Data Engineer (30 min) with Erin Kowalczyk "
                    "on Wednesday, September 30, 2026"),
        ("Date", date("2026-09-28 10:19", CT)),
        ("Message-ID", "<Y2FsZW5kbHk.8b4f1a2e63c14f5f.invitee@calendly.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(9), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-13 15:00", CT), end=None,
      contact="bo.lindqvist@monarchcoldchain.com", company="Monarch Cold Chain",
      local="Tue 2026-10-13 15:00", zone=CT,
      note="Terse phone reply 'Tomorrow at 3 works' sent Mon 12 Oct 9:41 AM CDT, on top of Marcus's quoted "
           "offer of 'tomorrow (Tue) at 3:00'; Kansas City office, so Tue 13 Oct 15:00 CDT = 20:00Z; no "
           "length; contact = the hiring manager who sent it.")
def p09() -> bytes:
    body = t("""
        Tomorrow at 3 works. Come to the Riverfront building (1400 Front St), front desk will buzz me. You'll meet me + Sam from ops.

        Bo

        Sent from my iPhone

        > On Oct 12, 2026, at 8:55 AM, Marcus Reed <marcus.reed@example.org> wrote:
        >
        > Hi Bo,
        >
        > Thanks for the call on Friday. I could do tomorrow (Tue) at 3:00, or Wednesday any time
        > before noon, whichever is easier for you and Sam.
        >
        > Best,
        > Marcus
        """)
    hs = [
        rcv("mail-nam12-bn8.outbound.protection.outlook.com", "40.107.92.58", "2026-10-12 09:41", CT,
            "Hk8dR2wQ1n"),
        ("From", "Bo Lindqvist <bo.lindqvist@monarchcoldchain.com>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Re: Monarch - data role"),
        ("Date", date("2026-10-12 09:41", CT)),
        ("Message-ID", "<8C1F3A52-77B0-4E1D-9A2B-5D6E0F1C3B44@monarchcoldchain.com>"),
        ("In-Reply-To", "<CAH3xQ9p2mL7r0Vt@mail.example.org>"),
        ("References", "<CAH3xQ9p2mL7r0Vt@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    return message(hs, text(body, cte="7bit"))


@mail(n(10), family="google_calendar_allday", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-19 11:30", CT), end=utc("2026-11-19 15:00", CT),
      contact="walt.mcgreevy@gatewayriverlogistics.com", company="Gateway River Logistics",
      local="Thu 2026-11-19 11:30", local_end="2026-11-19 15:00", zone=CT,
      note="Google Calendar ALL-DAY event (DTSTART;VALUE=DATE 20261119) from a St. Louis hiring manager; the "
           "times are only in the description: be here 11:30, panel 12:30 to 3:00, Central (CST after 1 Nov, "
           "UTC-6) -> 17:30-21:00Z (itinerary: first start to last end). Contact = ORGANIZER/sender.")
def p10() -> bytes:
    desc = t("""
        Marcus - holding the whole day on my calendar, but here's the actual plan for your onsite:

        11:30  get here, I'll grab you in the lobby (1 Riverfront Plaza, 14th fl) and we'll do lunch with a couple of the analysts
        12:30 - 3:00  panel: me, Deb Okafor (dispatch ops), Kyle Haas (data platform), then a short case on barge ETA data

        Central time obviously. Park in the Laclede garage, we validate.
        Walt
        """)
    body = t("""
        You have been invited to the following event.

        Marcus Reed - onsite interview (Gateway River)

        When
        Thursday Nov 19, 2026 (Central Time - Chicago)

        Where
        Gateway River Logistics, 1 Riverfront Plaza, St. Louis, MO

        Calendar
        marcus.reed@example.org

        Who
        • Walt McGreevy - organizer
        • marcus.reed@example.org

        """) + desc + t("""

        Reply for marcus.reed@example.org
        Yes / No / Maybe / More options

        Invitation from Google Calendar
        """)
    ics_desc = desc.strip("\n").replace(",", "\\,").replace("\n", "\\n")
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", None, t("""
        CALSCALE:GREGORIAN
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261119
        DTEND;VALUE=DATE:20261120
        DTSTAMP:20261111T160311Z
        ORGANIZER;CN=Walt McGreevy:mailto:walt.mcgreevy@gatewayriverlogistics.com
        UID:0v2r9hclbf7j3q1sa4k6mnd8tu@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.reed@example.org;X-NUM-GUESTS=0:mailto:marcus.reed@example.org
        CREATED:20261111T160310Z
        """) + "DESCRIPTION:" + ics_desc + "\n" + t("""
        LOCATION:Gateway River Logistics\\, 1 Riverfront Plaza\\, St. Louis\\, MO
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Marcus Reed - onsite interview (Gateway River)
        TRANSP:TRANSPARENT
        END:VEVENT
        """))
    hs = [
        rcv("mail-sor-f41.google.com", "209.85.220.41", "2026-11-11 10:03", CT, "Jr6pX1cV9e"),
        ("From", "Walt McGreevy <walt.mcgreevy@gatewayriverlogistics.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", "marcus.reed@example.org"),
        ("Subject", "Invitation: Marcus Reed - onsite interview (Gateway River) @ Thu Nov 19, 2026 "
                    "(marcus.reed@example.org)"),
        ("Date", date("2026-11-11 10:03", CT)),
        ("Message-ID", "<calendar-1d7e3b90-5c2a-4e8f-9b61-7a0d2c4e8f13@google.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST")))


@mail(n(11), family="zoom", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-03 16:30", PT), end=None,
      contact="gabe.moreno@soundsummit.com", company="Sound & Summit Outfitters",
      local="Thu 2026-12-03 16:30", zone=PT,
      note="Seattle recruiter pastes a Zoom invitation: Dec 3, 2026 04:30 PM Pacific Time (PST, UTC-8) = "
           "Fri 4 Dec 00:30Z, another day in UTC ('6:30 your time' Central agrees); 'shouldn't run much past "
           "an hour' is not an exact length -> end null; contact = sender.")
def p11() -> bytes:
    body = t("""
        Hi Marcus,

        Thanks for being flexible on timing - I know 4:30 our time is 6:30 for you in KC, and Alana
        really appreciates you making the evening work around your current job. It's locked in for
        this Thursday. She's blocked the rest of her afternoon, so it shouldn't run much past an hour.

        Zoom details below.

        Gabe

        Gabe Moreno | Senior Technical Recruiter
        Sound & Summit Outfitters | Seattle, WA
        gabe.moreno@soundsummit.com

        ---------- Zoom ----------
        Gabe Moreno is inviting you to a scheduled Zoom meeting.

        Topic: Marcus Reed / Alana Pierce - Inventory Data Engineering interview
        Time: Dec 3, 2026 04:30 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://soundsummit.zoom.us/j/91844270316?pwd=cFh2d0x3T2NaUk1x

        Meeting ID: 918 4427 0316
        Passcode: 562019

        One tap mobile
        +12532158782,,91844270316#,,,,*562019# US (Tacoma)
        +13462487799,,91844270316#,,,,*562019# US (Houston)
        """)
    hbody = gmail_html(body)
    hs = [
        rcv("mail-yw1-f182.google.com", "209.85.128.182", "2026-11-30 11:26", PT, "Lp2nF6hD0q"),
        ("From", "Gabe Moreno <gabe.moreno@soundsummit.com>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Thursday w/ Alana - Zoom details"),
        ("Date", date("2026-11-30 11:26", PT)),
        ("Message-ID", "<CAJ7f3vQ1x9Lm2Rp0eTz8Yh4Wb6Nc5Ks@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body, cte="quoted-printable"), html(hbody)))


@mail(n(12), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-08 09:00", CT), end=utc("2026-12-08 12:00", CT),
      contact="sofia.brandauer@meridianparcel.com", company="Meridian Parcel",
      local="Tue 2026-12-08 09:00", local_end="2026-12-08 12:00", zone=CT,
      note="GoodTime virtual-onsite itinerary in CST (UTC-6): three sessions 9:00-9:45, 10:00-10:45, "
           "11:00-12:00 on Tuesday December 8 -> first start to last end, 15:00-18:00Z; the single ICS block "
           "agrees; contact = Reply-To coordinator.")
def p12() -> bytes:
    body = t("""
        Hi Marcus,

        Your virtual onsite with Meridian Parcel is confirmed. Here is your itinerary for
        Tuesday, December 8, 2026 (all times Central Standard Time):

          9:00 AM - 9:45 AM    Data Modeling            Rachel Imbert, Staff Data Engineer
          10:00 AM - 10:45 AM  Pipeline Design          Tomasz Wierzbicki, Principal Engineer
          11:00 AM - 12:00 PM  Hiring Manager + Values  Deshawn Ellery, Director of Data

        All sessions use the same Zoom room: https://meridianparcel.zoom.us/j/96611820045
        There is a 15-minute break between sessions.

        If something comes up, reply to this email and I'll take care of it.

        Sofia Brandauer
        Recruiting Coordinator, Meridian Parcel

        Scheduled with GoodTime
        """)
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Marcus,</p>
        <p>Your virtual onsite with Meridian Parcel is confirmed. Here is your itinerary for
        <b>Tuesday, December 8, 2026</b> (all times Central Standard Time):</p>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr style="background:#f2f4f7"><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
        <tr><td>9:00 AM - 9:45 AM</td><td>Data Modeling</td><td>Rachel Imbert, Staff Data Engineer</td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Pipeline Design</td><td>Tomasz Wierzbicki, Principal Engineer</td></tr>
        <tr><td>11:00 AM - 12:00 PM</td><td>Hiring Manager + Values</td><td>Deshawn Ellery, Director of Data</td></tr>
        </table>
        <p>All sessions use the same Zoom room: <a href="https://meridianparcel.zoom.us/j/96611820045">join</a>.
        There is a 15-minute break between sessions.</p>
        <p>If something comes up, reply to this email and I'll take care of it.</p>
        <p>Sofia Brandauer<br>Recruiting Coordinator, Meridian Parcel</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = vcal("-//GoodTime.io//Scheduler//EN", "REQUEST", VTZ_CHICAGO, t("""
        BEGIN:VEVENT
        UID:gt-itin-3c7e0b55a1f2@goodtime.io
        DTSTAMP:20261201T172233Z
        DTSTART;TZID=America/Chicago:20261208T090000
        DTEND;TZID=America/Chicago:20261208T120000
        SUMMARY:Meridian Parcel Virtual Onsite - Marcus Reed
        LOCATION:https://meridianparcel.zoom.us/j/96611820045
        ORGANIZER;CN=Sofia Brandauer:mailto:sofia.brandauer@meridianparcel.com
        ATTENDEE;CN=Marcus Reed;RSVP=TRUE:mailto:marcus.reed@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """))
    hs = [
        rcv("o3.email.goodtime.io", "167.89.44.3", "2026-12-01 11:22", CT, "Ve4tG8bN5s"),
        ("From", "Meridian Parcel Recruiting <notifications@goodtime.io>"),
        ("Reply-To", "Sofia Brandauer <sofia.brandauer@meridianparcel.com>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Your Meridian Parcel interview itinerary - Tuesday, December 8"),
        ("Date", date("2026-12-01 11:22", CT)),
        ("Message-ID", "<gt.3c7e0b55a1f2.itinerary@goodtime.io>"),
    ]
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, filename="Meridian_Parcel_Interview.ics", disposition="attachment")))


@mail(n(13), family="ms_bookings", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-25 10:00", CT), end=utc("2026-09-25 10:45", CT),
      contact=None, company="Heartland Data Cooperative",
      local="Fri 2026-09-25 10:00", local_end="2026-09-25 10:45", zone=CT,
      note="Microsoft Bookings confirmation from a shared Bookings mailbox; the body's zone label reads "
           "'(UTC-06:00) Central Time' (standard offset) but 25 September is CDT (UTC-5): 10:00-10:45 AM -> "
           "15:00-15:45Z, as the ICS (TZID Central Standard Time) says. Staff shown by first name and initial "
           "only, no personal address -> contact null.")
def p13() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <table width="100%" style="max-width:640px"><tr><td>
        <p style="font-size:20px;font-weight:600">Your booking is confirmed</p>
        <p>Hello Marcus Reed,</p>
        <p>Thank you for booking with Heartland Data Cooperative. Your appointment details are below.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Data Engineer - First-round interview</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Friday, September 25, 2026 10:00 AM - 10:45 AM
        (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Megan R.</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting
        (<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA1MTZm">join</a>)</td></tr>
        </table>
        <p>Need to make a change? <a href="https://outlook.office365.com/owa/calendar/InterviewBookings@heartlanddatacoop.com/bookings/">Manage your booking</a></p>
        <p style="color:#605e5c;font-size:12px">Heartland Data Cooperative &middot; 4801 Main St, Kansas City, MO 64112</p>
        </td></tr></table>
        </body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", VTZ_WIN_CENTRAL, t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Heartland Data Cooperative Interviews:mailto:InterviewBookings@heartlanddatacoop.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Reed:mailto:marcus.reed@example.org
        UID:040000008200E00074C5B7101A82E008000000005C8A2E7F3B4ADC010000000000000000100000003A9D2C6E1B7F48A1A0E4C7D2B9F1A3C5
        SUMMARY;LANGUAGE=en-US:Data Engineer - First-round interview
        DTSTART;TZID=Central Standard Time:20260925T100000
        DTEND;TZID=Central Standard Time:20260925T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260921T200512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        """))
    hs = [
        rcv("NAM11-CO1-obe.outbound.protection.outlook.com", "40.107.220.104", "2026-09-21 15:05", CT,
            "Qw7eR4tY1u"),
        ("From", "Heartland Data Cooperative Interviews <InterviewBookings@heartlanddatacoop.com>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Booking confirmed: Data Engineer - First-round interview on Friday, September 25, 2026"),
        ("Date", date("2026-09-21 15:05", CT)),
        ("Message-ID", "<CO1PR11MB4993A1E0C7F24B3D9E8F5A6B7C8D9E0F@CO1PR11MB4993.namprd11.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    return message(hs, mixed(html(hbody), calendar(ics, filename="invite.ics", disposition="attachment",
                                                   cte="base64")))


@mail(n(14), family="teamtailor", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-10 16:00", "Europe/Stockholm"), end=utc("2026-11-10 17:00", "Europe/Stockholm"),
      contact="ingrid.solberg@nordvikfreight.com", company="Nordvik Freight",
      local="Tue 2026-11-10 16:00", local_end="2026-11-10 17:00", zone="Europe/Stockholm",
      note="Teamtailor mail from a Stockholm company hiring for a remote team: Tuesday 10 November, 16:00-17:00 "
           "CET (UTC+1 since 25 Oct) = 15:00-16:00Z; the '9:00 AM Central' aside (CST, UTC-6) agrees; ICS "
           "Europe/Stockholm agrees; contact = Reply-To recruiter.")
def p14() -> bytes:
    body = t("""
        Hi Marcus,

        Great news - your interview with Nordvik Freight has been booked.

        Job: Senior Data Engineer, Carrier Network (Remote, US)
        Time: Tuesday, 10 November 2026, 16:00 - 17:00 CET (Stockholm)
              = 9:00 AM - 10:00 AM Central Time for you
        Meeting: Google Meet, https://meet.google.com/rnz-ogdp-ekw
        Interviewers: Ingrid Solberg (Talent Acquisition), Mats Lindgren (Head of Data)

        We've attached a calendar invite. If the time no longer works, simply reply to this message.

        All the best,
        Ingrid Solberg
        Nordvik Freight

        --
        Sent with Teamtailor - https://www.teamtailor.com
        """)
    hbody = t("""
        <html><body style="background:#fafafa;font-family:'Helvetica Neue',Arial,sans-serif;color:#1b1b1b">
        <div style="max-width:560px;margin:24px auto;background:#fff;border-radius:8px;padding:28px">
        <p>Hi Marcus,</p>
        <p>Great news - your interview with <b>Nordvik Freight</b> has been booked.</p>
        <p><b>Job:</b> Senior Data Engineer, Carrier Network (Remote, US)<br>
        <b>Time:</b> Tuesday, 10 November 2026, 16:00 - 17:00 CET (Stockholm)<br>
        &nbsp;&nbsp;&nbsp;= 9:00 AM - 10:00 AM Central Time for you<br>
        <b>Meeting:</b> <a href="https://meet.google.com/rnz-ogdp-ekw">Google Meet</a><br>
        <b>Interviewers:</b> Ingrid Solberg (Talent Acquisition), Mats Lindgren (Head of Data)</p>
        <p>We've attached a calendar invite. If the time no longer works, simply reply to this message.</p>
        <p>All the best,<br>Ingrid Solberg<br>Nordvik Freight</p>
        </div>
        <p style="text-align:center;font-size:11px;color:#999">Sent with <a href="https://www.teamtailor.com">Teamtailor</a></p>
        </body></html>
        """)
    ics = vcal("-//Teamtailor//Interviews//EN", "REQUEST", VTZ_STOCKHOLM, t("""
        BEGIN:VEVENT
        UID:tt-interview-1187734@teamtailor.com
        DTSTAMP:20261104T134005Z
        DTSTART;TZID=Europe/Stockholm:20261110T160000
        DTEND;TZID=Europe/Stockholm:20261110T170000
        SUMMARY:Interview: Marcus Reed - Senior Data Engineer\\, Carrier Network
        LOCATION:https://meet.google.com/rnz-ogdp-ekw
        ORGANIZER;CN=Ingrid Solberg:mailto:ingrid.solberg@nordvikfreight.com
        ATTENDEE;CN=Marcus Reed;RSVP=TRUE:mailto:marcus.reed@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """))
    hs = [
        rcv("mail.teamtailor-mail.com", "185.58.85.12", "2026-11-04 14:40", "Europe/Stockholm", "Mn3bV5cX7z"),
        ("From", "Ingrid Solberg - Nordvik Freight <no-reply@teamtailor-mail.com>"),
        ("Reply-To", "Ingrid Solberg <ingrid.solberg@nordvikfreight.com>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Interview booked: Senior Data Engineer, Carrier Network"),
        ("Date", date("2026-11-04 14:40", "Europe/Stockholm")),
        ("Message-ID", "<6f1e2d3c4b5a.1187734@teamtailor-mail.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(15), family="human_prose_ics", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-01 13:00", MT), end=utc("2026-12-01 14:00", MT),
      contact="hollis.grant@cottonwoodanalytics.com", company="Cottonwood Analytics",
      local="Tue 2026-12-01 13:00", local_end="2026-12-01 14:00", zone=MT,
      note="Denver hiring manager's short reply 'Tuesday it is, invite attached'; the clock time is only in "
           "the attached ICS: DTSTART;TZID=America/Denver 20261201T130000 (MST, UTC-7) = 20:00-21:00Z. "
           "Follows the not-yet-confirmed proposal in blind155_001. Contact = sender/ORGANIZER.")
def p15() -> bytes:
    body = t("""
        Marcus,

        Tuesday it is. Invite attached - it'll be me and Priyanka Sethi (she runs our warehouse
        forecasting team). Bring questions, we'll bring coffee (virtually).

        Hollis

        --
        Hollis Grant | Director of Data Engineering
        Cottonwood Analytics | 1600 Wynkoop St, Denver, CO
        hollis.grant@cottonwoodanalytics.com

        On Tue, Nov 24, 2026 at 7:12 PM Marcus Reed <marcus.reed@example.org> wrote:
        > Hi Hollis,
        >
        > Thanks for getting back to me so quickly. Tuesday works best on my end.
        >
        > Marcus
        """)
    ics = vcal("-//Apple Inc.//macOS 16.1//EN", "REQUEST", VTZ_DENVER, t("""
        CALSCALE:GREGORIAN
        BEGIN:VEVENT
        CREATED:20261125T163045Z
        UID:5B7E0C2A-9D14-4C6B-8E3F-2A1D0F9C8B7E
        DTSTART;TZID=America/Denver:20261201T130000
        DTEND;TZID=America/Denver:20261201T140000
        DTSTAMP:20261125T163110Z
        SUMMARY:Cottonwood - Marcus Reed (Hollis / Priyanka)
        LOCATION:https://cottonwoodanalytics.zoom.us/j/81730046652
        ORGANIZER;CN="Hollis Grant":mailto:hollis.grant@cottonwoodanalytics.com
        ATTENDEE;CN="Marcus Reed";CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.reed@example.org
        ATTENDEE;CN="Priyanka Sethi";CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:priyanka.sethi@cottonwoodanalytics.com
        SEQUENCE:0
        STATUS:CONFIRMED
        TRANSP:OPAQUE
        END:VEVENT
        """))
    hs = [
        rcv("mail-pl1-f170.google.com", "209.85.214.170", "2026-11-25 09:31", MT, "Cx2vB9nM4l"),
        ("From", "Hollis Grant <hollis.grant@cottonwoodanalytics.com>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Re: Cottonwood Analytics - next step"),
        ("Date", date("2026-11-25 09:31", MT)),
        ("Message-ID", "<A4C1E7F2-3B90-4D5E-8C61-9F0A2B3D4E5F@cottonwoodanalytics.com>"),
        ("In-Reply-To", "<CAMr8hZ1pQ4Wv9@mail.example.org>"),
        ("References", "<B2E9D1A0-7C44-4F13-9A8E-1D2C3B4A5F60@cottonwoodanalytics.com> "
                       "<CAMr8hZ1pQ4Wv9@mail.example.org>"),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ]
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, filename="invite.ics", disposition="attachment", method="REQUEST",
                                      name_param=True)))


@mail(n(16), family="taleo_forward", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-23 09:00", CT), end=None,
      contact="shauna.petrakis@mvwrail.com", company="Missouri Valley & Western Railway",
      local="Fri 2026-10-23 09:00", zone=CT,
      note="Marcus forwards to himself (from example.net) a Taleo invitation attached as message/rfc822: "
           "Friday, October 23, 2026, 9:00 AM Central, Omaha (CDT, UTC-5) = 14:00Z; 'approximately two hours' "
           "-> end null; contact = the recruiter named with her address in the forwarded body, not Marcus.")
def p16() -> bytes:
    inner_body = t("""
        Dear Marcus Reed,

        Thank you for your application for the position of Senior Data Engineer - Network Operations
        (Requisition 26-0912). We would like to invite you to an in-person interview.

        Date: Friday, October 23, 2026
        Time: 9:00 AM Central Time
        Place: MV&W Railway General Office, 1420 Dodge Street, Omaha, NE 68102
               Ask for Shauna Petrakis at the main reception desk.

        Please allow approximately two hours. The interview includes a short tour of the network
        operations center; closed-toe shoes are required on the operations floor.

        Should you need to reach us, please contact Shauna Petrakis, Talent Acquisition Specialist,
        at shauna.petrakis@mvwrail.com or (402) 555-0186.

        Regards,
        Talent Acquisition
        Missouri Valley & Western Railway

        Please do not reply to this e-mail. This mailbox is not monitored.
        """)
    inner = message([
        ("Return-Path", "<mvwrail@taleo.net>"),
        ("From", "Missouri Valley & Western Railway <mvwrail@taleo.net>"),
        ("To", "Marcus Reed <marcus.reed@example.net>"),
        ("Subject", "Interview Invitation - Senior Data Engineer - Network Operations (26-0912)"),
        ("Date", date("2026-10-15 15:20", CT)),
        ("Message-ID", "<1129837461.92811.1792095600811.JavaMail.taleo@tlo-prod-mta03>"),
    ], text(inner_body, charset="iso-8859-1", cte="quoted-printable"))
    note = t("""
        fwd to self so it lands on the calendar. Omaha - leave KC by 5:30 am.

        """)
    hs = [
        rcv("mout.example.net", "192.0.2.44", "2026-10-16 07:02", CT, "Rf5gT1hJ8k"),
        ("From", "Marcus Reed <marcus.reed@example.net>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Fwd: Interview Invitation - Senior Data Engineer - Network Operations (26-0912)"),
        ("Date", date("2026-10-16 07:02", CT)),
        ("Message-ID", "<20261016120207.4a1c9e@mout.example.net>"),
    ]
    return message(hs, mixed(text(note, cte="7bit"),
                             attached_message(inner, filename="Interview Invitation.eml")))


@mail(n(17), family="icims", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-08 15:00", CT), end=utc("2026-10-08 16:00", CT),
      contact="lamar.hutchins@archcitydistribution.com", company="Arch City Distribution",
      local="Thu 2026-10-08 15:00", local_end="2026-10-08 16:00", zone=CT,
      note="iCIMS reschedule from a St. Louis distributor: previous Wednesday 10/07 10:00 AM, new Thursday "
           "10/08/2026 3:00 PM - 4:00 PM CT (CDT, UTC-5) = 20:00-21:00Z; start = new time; contact = the "
           "recruiter's address in the body (iCIMS system sender).")
def p17() -> bytes:
    body = t("""
        Hi Marcus,

        Your interview for Data Engineer - Transportation Analytics (Req #2026-4417) has been
        rescheduled.

        PREVIOUS: Wednesday, 10/07/2026, 10:00 AM - 11:00 AM CT
        NEW:      Thursday, 10/08/2026, 3:00 PM - 4:00 PM CT

        Format: Video interview (Microsoft Teams) - a new link will be in your calendar invitation.
        Interviewers: Joanne Fitzhugh, Manager, Transportation Analytics; Devin Ocampo, Data Engineer

        We apologize for the change. If the new time does not work, please contact
        Lamar Hutchins at lamar.hutchins@archcitydistribution.com.

        Thank you,
        Arch City Distribution Talent Acquisition

        *** Please do not reply to this email. Replies are not monitored. ***
        """)
    hbody = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #c8c8c8">
        <tr><td style="background:#00447c;color:#fff;padding:12px;font-size:16px">Arch City Distribution Careers</td></tr>
        <tr><td style="padding:16px">
        <p>Hi Marcus,</p>
        <p>Your interview for <b>Data Engineer - Transportation Analytics (Req #2026-4417)</b> has been rescheduled.</p>
        <p><span style="color:#888;text-decoration:line-through">PREVIOUS: Wednesday, 10/07/2026, 10:00 AM - 11:00 AM CT</span><br>
        <b>NEW: Thursday, 10/08/2026, 3:00 PM - 4:00 PM CT</b></p>
        <p>Format: Video interview (Microsoft Teams) - a new link will be in your calendar invitation.<br>
        Interviewers: Joanne Fitzhugh, Manager, Transportation Analytics; Devin Ocampo, Data Engineer</p>
        <p>We apologize for the change. If the new time does not work, please contact Lamar Hutchins at
        <a href="mailto:lamar.hutchins@archcitydistribution.com">lamar.hutchins@archcitydistribution.com</a>.</p>
        <p>Thank you,<br>Arch City Distribution Talent Acquisition</p>
        <p style="font-size:11px;color:#777">*** Please do not reply to this email. Replies are not monitored. ***</p>
        </td></tr></table></body></html>
        """)
    hs = [
        rcv("mailout-e12.icims.com", "64.79.142.12", "2026-10-05 08:15", CT, "Ds6fG2hJ9k"),
        ("From", "Arch City Distribution <archcitydistribution@talent.icims.com>"),
        ("To", "marcus.reed@example.org"),
        ("Subject", "UPDATED: Interview Rescheduled - Data Engineer - Transportation Analytics"),
        ("Date", date("2026-10-05 08:15", CT)),
        ("Message-ID", "<icims.2026-4417.88102.1791206100@talent.icims.com>"),
    ]
    return message(hs, alt(text(body, cte="7bit"), html(hbody)))


@mail(n(18), family="agency_recruiter_prose", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-03 10:00", CT), end=None,
      contact="tasha.greer@crossroadsstaffing.com", company="Kaw Valley Foods",
      local="Tue 2026-11-03 10:00", zone=CT,
      note="Agency recruiter (windows-1252, quoted-printable, typos) moves the client interview from Friday "
           "10/30 at 10 to 'next Tuesday, Nov 3rd at 10am' Central. Sent Wed 28 Oct in CDT; Nov 3 is after DST "
           "ends, so CST (UTC-6) -> 16:00Z. Company = the hiring client, contact = the recruiter (sender).")
def p18() -> bytes:
    body = t("""
        Hi Marcus!

        Quick update from Kaw Valley Foods - their VP of supply chain got pulled into an audit so they can’t do Friday 10/30 at 10 anymore. They asked if we could push to next Tuesday, Nov 3rd at 10am instead and I told them you’d mentioned your Tuesdays were flexible, so I went ahead and confirmed it. Hope thats ok!! Same setup as before – onsite at their Lenexa office, 9400 Renner Blvd, ask for Bill Strand at reception. Still a 1-hour-ish conversation with Bill and their analytics lead.

        Let me know if anything changes on your end, otherwise you’re all set for Tuesday.

        Thanks,
        Tasha

        Tasha Greer
        Senior Technical Recruiter | Crossroads Staffing Group
        Overland Park, KS | c: 913-555-0129
        tasha.greer@crossroadsstaffing.com
        """)
    hs = [
        rcv("mail-dm6nam12on2090.outbound.protection.outlook.com", "40.107.243.90", "2026-10-28 14:37", CT,
            "Lk9jH3gF6d"),
        ("From", "Tasha Greer <tasha.greer@crossroadsstaffing.com>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Kaw Valley Foods interview - moved to Tues 11/3"),
        ("Date", date("2026-10-28 14:37", CT)),
        ("Message-ID", "<SA1PR12MB7220E4F0B3A9C2D18E5F6A7B8C9D0E1F@SA1PR12MB7220.namprd12.prod.outlook.com>"),
    ]
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(19), family="exchange_outlook", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-12-09 10:00", MT), end=utc("2026-12-09 11:00", MT),
      contact="carla.betancourt@frontrangegrain.coop", company="Front Range Grain Cooperative",
      local="Wed 2026-12-09 10:00", local_end="2026-12-09 11:00", zone=MT,
      note="Outlook meeting update (SEQUENCE:1, Windows zone 'Mountain Standard Time'): moved from Tuesday "
           "Dec 8 to Wednesday, December 9, 2026 10:00 AM-11:00 AM (UTC-07:00) Mountain Time, MST in December "
           "-> 17:00-18:00Z; ICS agrees; contact = organizer.")
def p19() -> bytes:
    body = t("""
        Marcus - had to push us a day, Tuesday's slot got eaten by board prep. Same Teams link,
        same people. Sorry for the shuffle!
        Carla

        When: Wednesday, December 9, 2026 10:00 AM-11:00 AM (UTC-07:00) Mountain Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Final round - Data Engineer (Grain Logistics): Carla Betancourt (HR), Ray Dominguez (IT Director),
        Nadine Soto (Merchandising).

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTFkZjQ2>
        Meeting ID: 233 902 771 408
        Passcode: Rw9k2E
        ________________________________________________________________________________
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Marcus - had to push us a day, Tuesday's slot got eaten by board prep. Same Teams link, same people. Sorry for the shuffle!<br>Carla</p>
        <p><b>When:</b> Wednesday, December 9, 2026 10:00 AM-11:00 AM (UTC-07:00) Mountain Time (US &amp; Canada).<br>
        <b>Where:</b> Microsoft Teams Meeting</p>
        <p>*~*~*~*~*~*~*~*~*~*</p>
        <p>Final round - Data Engineer (Grain Logistics): Carla Betancourt (HR), Ray Dominguez (IT Director), Nadine Soto (Merchandising).</p>
        <hr><p><b>Microsoft Teams meeting</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTFkZjQ2">Click here to join the meeting</a><br>
        Meeting ID: 233 902 771 408<br>Passcode: Rw9k2E</p>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", VTZ_WIN_MOUNTAIN, t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Carla Betancourt:mailto:carla.betancourt@frontrangegrain.coop
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Reed:mailto:marcus.reed@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ray Dominguez:mailto:ray.dominguez@frontrangegrain.coop
        UID:040000008200E00074C5B7101A82E00800000000F07C9A1D2E83DC01000000000000000010000000B7A6E5D4C3B2A19087F6E5D4C3B2A190
        SUMMARY;LANGUAGE=en-US:Final round - Marcus Reed - Data Engineer (Grain Logistics)
        DTSTART;TZID=Mountain Standard Time:20261209T100000
        DTEND;TZID=Mountain Standard Time:20261209T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261203T221840Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        """))
    hs = [
        rcv("NAM04-BN8-obe.outbound.protection.outlook.com", "40.107.100.77", "2026-12-03 15:18", MT,
            "Po1iU8yT5r"),
        ("From", "Carla Betancourt <carla.betancourt@frontrangegrain.coop>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Updated: Final round - Marcus Reed - Data Engineer (Grain Logistics)"),
        ("Thread-Topic", "Final round - Marcus Reed - Data Engineer (Grain Logistics)"),
        ("Date", date("2026-12-03 15:18", MT)),
        ("Message-ID", "<BN8PR04MB6130D2C1B0A9F8E7D6C5B4A3F2E1D0C9@BN8PR04MB6130.namprd04.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ]
    return message(hs, alt(text(body), html(hbody), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(20), family="personio", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-16 17:00", "Europe/Berlin"), end=utc("2026-10-16 17:45", "Europe/Berlin"),
      contact="jana.albers@hafenlicht.de", company="Hafenlicht Logistik GmbH",
      local="Fri 2026-10-16 17:00", local_end="2026-10-16 17:45", zone="Europe/Berlin",
      note="Personio mail (iso-8859-15, quoted-printable) from a Hamburg company hiring for a remote US team: "
           "moved from Thursday 15 October to Friday 16 October 2026, 17:00-17:45 CEST (UTC+2) = 15:00-15:45Z; "
           "the '10:00-10:45 AM Central' line (CDT) agrees; contact = Reply-To recruiter.")
def p20() -> bytes:
    body = t("""
        Dear Marcus,

        unfortunately we have to move your interview for the position "Data Engineer (m/f/d) - US
        Operations, remote". One of our interviewers, Jörn Käßler, is travelling on Thursday.

        Old date: Thursday, 15 October 2026, 17:00 - 17:45 CEST
        New date: Friday, 16 October 2026, 17:00 - 17:45 CEST
                  (10:00 - 10:45 AM Central Time, Kansas City)

        The Microsoft Teams link stays the same:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_M2E4ZTcx

        Your interviewers: Jörn Käßler (Head of Data & BI) and Jana Albers (Recruiting).

        If the new date does not suit you, simply reply to this e-mail.

        Kind regards
        Jana Albers
        Recruiting | Hafenlicht Logistik GmbH
        Große Elbstraße 145, 22767 Hamburg

        This e-mail was sent via Personio.
        """)
    hs = [
        rcv("mail-out-eu.personio.de", "18.194.11.207", "2026-10-12 14:10", "Europe/Berlin", "Ew3qA7sD2f"),
        ("From", "Hafenlicht Logistik GmbH <no-reply@personio.de>"),
        ("Reply-To", "Jana Albers <jana.albers@hafenlicht.de>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", enc("New date for your interview – Data Engineer (m/f/d) – US Operations")),
        ("Date", date("2026-10-12 14:10", "Europe/Berlin")),
        ("Message-ID", "<c0a8f1e2.7b3d.4e55.a1f9.3c2e1d0b9a87@personio.de>"),
    ]
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(21), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-10-22 13:00", CT), end=utc("2026-10-22 13:45", CT),
      contact="renata.okonkwo@windycitytelematics.com", company="Windy City Telematics",
      local="Thu 2026-10-22 13:00", local_end="2026-10-22 13:45", zone=CT,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of Thursday Oct 22, 1pm-1:45pm "
           "Central (CDT, UTC-5) = 18:00-18:45Z, the cancelled slot; role filled internally, no new time; "
           "contact = ORGANIZER.")
def p21() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Windy City Telematics - Interview: Marcus Reed / Data Engineer II

        When
        Thursday Oct 22, 2026 ⋅ 1pm – 1:45pm (Central Time - Chicago)

        Organizer
        Renata Okonkwo
        renata.okonkwo@windycitytelematics.com

        Guests
        Renata Okonkwo - organizer
        marcus.reed@example.org

        Message from the organizer:
        Marcus, I'm really sorry - we ended up filling this role internally this week, so I'm
        cancelling Thursday's interview. I'd love to keep you in mind for the platform team's
        opening early next year.

        Invitation from Google Calendar
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "CANCEL", None, t("""
        CALSCALE:GREGORIAN
        BEGIN:VEVENT
        DTSTART:20261022T180000Z
        DTEND:20261022T184500Z
        DTSTAMP:20261020T213340Z
        ORGANIZER;CN=Renata Okonkwo:mailto:renata.okonkwo@windycitytelematics.com
        UID:7m2k0vq1u8h3n5p9c4b6x1z0aa@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=marcus.reed@example.org;X-NUM-GUESTS=0:mailto:marcus.reed@example.org
        CREATED:20261014T190211Z
        LAST-MODIFIED:20261020T213339Z
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Windy City Telematics - Interview: Marcus Reed / Data Engineer II
        TRANSP:OPAQUE
        END:VEVENT
        """))
    hs = [
        rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-10-20 16:33", CT, "Gt4hY8uJ1k"),
        ("From", "Renata Okonkwo <renata.okonkwo@windycitytelematics.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", "marcus.reed@example.org"),
        ("Subject", "Canceled event: Windy City Telematics - Interview: Marcus Reed / Data Engineer II @ "
                    "Thu Oct 22, 2026 1pm - 1:45pm (CDT) (marcus.reed@example.org)"),
        ("Date", date("2026-10-20 16:33", CT)),
        ("Message-ID", "<calendar-f3a9b2c1-0d4e-4a7b-9c8d-2e1f0a3b4c5d@google.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL")),
                             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(22), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-11-13 11:00", CT), end=None,
      contact="drempel@sunflowerpower.coop", company="Sunflower Power Cooperative",
      local="Fri 2026-11-13 11:00", zone=CT,
      note="Hiring manager in Topeka cancels 'Friday's 11 o'clock', sent Tue 10 Nov -> Friday 13 Nov 11:00 "
           "CST (UTC-6) = 17:00Z, the cancelled slot; position on hold, no new time; contact = sender.")
def p22() -> bytes:
    body = t("""
        Marcus,

        I hate sending this one. We need to cancel Friday's 11 o'clock interview here in Topeka.
        Our board froze new positions last night until the 2027 budget is approved, and the data
        engineer req is one of them. I didn't want you driving over for nothing.

        If the position is reopened after the first of the year I'll reach out to you directly -
        you were at the top of our list.

        Regards,
        Doug

        Doug Rempel
        Manager, Grid Analytics
        Sunflower Power Cooperative
        785-555-0164
        """)
    hs = [
        rcv("smtp.sunflowerpower.coop", "203.0.113.61", "2026-11-10 07:48", CT, "Ux3iO9pA2s"),
        ("From", "\"Rempel, Doug\" <drempel@sunflowerpower.coop>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Friday interview"),
        ("Date", date("2026-11-10 07:48", CT)),
        ("Message-ID", "<3f8a1c2d9e0b4a5f@EXCH02.sunflowerpower.coop>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(23), family="recruitee", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-12-14 15:00", ET), end=utc("2026-12-14 15:45", ET),
      contact="meredith.cole@saltmarshanalytics.com", company="Saltmarsh Analytics",
      local="Mon 2026-12-14 15:00", local_end="2026-12-14 15:45", zone=ET,
      note="Recruitee cancellation from a Boston firm writing in Eastern time: Monday, December 14, 3:00-3:45 "
           "PM ET (EST, UTC-5) = 20:00-20:45Z cancelled; a new day (Wed Dec 16) is only proposed, not "
           "confirmed -> kind cancelled, start = cancelled slot; ICS METHOD:CANCEL agrees; Reply-To is a "
           "Recruitee relay, contact = recruiter address in the signature.")
def p23() -> bytes:
    body = t("""
        Hi Marcus,

        I'm sorry to do this on short notice, but we need to cancel your interview on
        Monday, December 14 at 3:00 - 3:45 PM ET (2:00 PM Central). Our CTO, who was going to join,
        has to fly to a client site that day.

        Would Wednesday, December 16 at the same time work instead? Let me know and I'll send a new
        invitation once it's confirmed on our side.

        Apologies again,
        Meredith Cole
        Talent Lead, Saltmarsh Analytics
        meredith.cole@saltmarshanalytics.com

        Saltmarsh Analytics - 60 State Street, Boston, MA
        Sent via Recruitee
        """)
    ics = vcal("-//Recruitee//Interview Scheduler//EN", "CANCEL", None, t("""
        BEGIN:VEVENT
        UID:recruitee-event-5521309@recruitee.com
        DTSTAMP:20261210T161502Z
        DTSTART:20261214T200000Z
        DTEND:20261214T204500Z
        SUMMARY:Interview with Marcus Reed - Senior Data Engineer
        ORGANIZER;CN=Meredith Cole:mailto:meredith.cole@saltmarshanalytics.com
        ATTENDEE;CN=Marcus Reed:mailto:marcus.reed@example.org
        STATUS:CANCELLED
        SEQUENCE:1
        END:VEVENT
        """))
    hs = [
        rcv("mail-out3.recruitee.com", "52.57.14.203", "2026-12-10 11:15", ET, "Ai8sD4fG6h"),
        ("From", "Meredith Cole - Saltmarsh Analytics <notifications@recruitee.com>"),
        ("Reply-To", "saltmarsh-analytics+c83b17e2@inbound.recruitee.com"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Interview cancelled: Senior Data Engineer at Saltmarsh Analytics"),
        ("Date", date("2026-12-10 11:15", ET)),
        ("Message-ID", "<recruitee.5521309.cancel.1796919302@recruitee.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives (24-50)


@mail(n(24), family="rejection", lang="en-US", interview=False, company="Brightline Transit Data",
      note="Workable rejection after an interview ('on Monday'); relay addresses; nothing scheduled.")
def p24() -> bytes:
    body = t("""
        Hi Marcus,

        Thank you for taking the time to interview with us on Monday and for your interest in the
        Data Engineer (Remote) position at Brightline Transit Data.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs. This was a difficult decision - the team
        enjoyed your walkthrough of the GTFS-realtime pipeline.

        We'll keep your profile on file and may reach out about future openings.

        Best regards,
        The Brightline Transit Data hiring team
        """)
    hs = [
        rcv("mail.workablemail.com", "3.222.61.18", "2026-10-14 17:02", ET, "Jk7lZ2xC5v"),
        ("From", "Brightline Transit Data <noreply@candidates.workablemail.com>"),
        ("Reply-To", "brightline-transit-data+c7f10e@candidates.workablemail.com"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Your application for Data Engineer (Remote) at Brightline Transit Data"),
        ("Date", date("2026-10-14 17:02", ET)),
        ("Message-ID", "<wk.c7f10e.4f2d0.1792011720@workablemail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(25), family="offer", lang="en-US", interview=False, company="Cobalt Ledger",
      days=(("Thu", "2026-10-22"),),
      note="Offer letter after the interview loop (thread with blind155_049); the fixed 'Thursday 10/22 at 4:30 PM' "
           "call is an offer walkthrough, not an interview.")
def p25() -> bytes:
    body = t("""
        Hi Marcus,

        I'm thrilled to let you know that the team would like to offer you the Senior Data Engineer,
        Settlement Pipelines role at Cobalt Ledger! Everyone you met during your interviews was
        impressed, and Arjun in particular is excited to work with you.

        Your offer letter is attached. Highlights:
          - Base salary: $168,000
          - Sign-on bonus: $15,000
          - Equity: 4,200 RSUs vesting over four years
          - Remote from Kansas City, with quarterly trips to Chicago

        I've put 30 minutes on our calendars for Thursday 10/22 at 4:30 PM Central so I can walk you
        through benefits and answer any questions. The offer is valid through October 28.

        Congratulations!
        Dana

        Dana Whitfield
        Recruiting, Cobalt Ledger
        dana.whitfield@cobaltledger.com
        """)
    pdf = raw_part([("Content-Type", "application/pdf; name=\"Cobalt_Ledger_Offer_Marcus_Reed.pdf\""),
                    ("Content-Disposition", "attachment; filename=\"Cobalt_Ledger_Offer_Marcus_Reed.pdf\""),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyA+PgplbmRvYmoKdHJhaWxl\n"
                   "cgo8PCAvUm9vdCAxIDAgUiA+PgolJUVPRgo=\n")
    hs = [
        rcv("mail-qk1-f172.google.com", "209.85.222.172", "2026-10-19 10:05", CT, "Bn3mQ8wE1r"),
        ("From", "Dana Whitfield <dana.whitfield@cobaltledger.com>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Offer - Senior Data Engineer, Cobalt Ledger"),
        ("Date", date("2026-10-19 10:05", CT)),
        ("Message-ID", "<CAF2kP9xT0mW3vB7nQ1rLs8Yd5Ze4Hc6@mail.gmail.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


@mail(n(26), family="application_ack", lang="en-US", interview=False, company="Lumenfeld Systems",
      note="JOIN application receipt from a Munich company; 'we will invite you to a first interview' is "
           "conditional, no time.")
def p26() -> bytes:
    hbody = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;color:#202124;background:#f5f6f8">
        <div style="max-width:580px;margin:0 auto;background:#fff;padding:32px">
        <img src="https://join.com/logo.png" alt="JOIN" width="72">
        <h2>Thank you for your application!</h2>
        <p>Hi Marcus,</p>
        <p>we have received your application for <b>Data Engineer - Supply Chain (Remote, US time zones)</b>
        at <b>Lumenfeld Systems</b>.</p>
        <p>The team will review your documents over the next two weeks. If your profile is a match,
        we will invite you to a first interview with our Head of Engineering.</p>
        <p>You can check the status of your application at any time in your
        <a href="https://join.com/candidate/applications">JOIN candidate account</a>.</p>
        <p>Best regards,<br>Your Lumenfeld Systems team</p>
        <p style="font-size:11px;color:#80868b">This email was sent by JOIN Solutions AG on behalf of Lumenfeld
        Systems GmbH. <a href="https://join.com/unsubscribe">Unsubscribe</a></p>
        </div></body></html>
        """)
    hs = [
        rcv("mail.join.com", "35.157.90.12", "2026-09-08 18:22", "Europe/Berlin", "Hy5uJ1kL7z"),
        ("From", "Lumenfeld Systems via JOIN <noreply@join.com>"),
        ("To", "marcus.reed@example.org"),
        ("Subject", "Your application at Lumenfeld Systems"),
        ("Date", date("2026-09-08 18:22", "Europe/Berlin")),
        ("Message-ID", "<app-ack.8812034.lumenfeld@join.com>"),
    ]
    return message(hs, html(hbody, cte="base64"))


@mail(n(27), family="job_alert", lang="en-US", interview=False, company=None,
      note="Job-board digest; 'Interviewing now' badges and 'interviews this week' blurbs confirm nothing.")
def p27() -> bytes:
    body = t("""
        RouteBoard Jobs
        12 new jobs for "data engineer" near Kansas City, MO

        Senior Data Engineer - Prairie Shield Health - Kansas City, MO
          $145K-$175K · Interviewing now · Posted 2 days ago

        Data Engineer II, Logistics - Ozark Mill Supply - Springfield, MO (Hybrid)
          Easy Apply · Actively recruiting

        Analytics Engineer - Bluestem Greetings - Kansas City, MO
          Hiring team is scheduling interviews this week

        Staff Data Engineer - Palisade Freight - Denver, CO (Remote)
          $180K-$210K · Be an early applicant

        See all 12 jobs: https://routeboard.example.com/jobs?q=data+engineer&l=Kansas+City

        You are receiving this alert because you created it on RouteBoard.
        Unsubscribe: https://routeboard.example.com/alerts/unsubscribe?id=55102
        """)
    hs = [
        rcv("bounce.routeboard-mail.com", "198.51.100.201", "2026-09-29 06:00", CT, "Xc6vB2nM8q"),
        ("From", "RouteBoard Job Alerts <alerts@routeboard-mail.com>"),
        ("To", "marcus.reed@example.org"),
        ("Subject", "12 new jobs for \"data engineer\" near Kansas City, MO"),
        ("Date", date("2026-09-29 06:00", CT)),
        ("Message-ID", "<alert.55102.20260929@routeboard-mail.com>"),
        ("List-Unsubscribe", "<https://routeboard.example.com/alerts/unsubscribe?id=55102>"),
        ("Precedence", "bulk"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(28), family="newsletter_tips", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Newsletter post about interview time zones; its worked example ('Tuesday, November 3 at 10:00 AM "
           "Mountain') is an illustration, not an appointment.")
def p28() -> bytes:
    body = t("""
        THE OFFER LETTER - issue #87

        Time zones will wreck your interview (if you let them)

        Last week a reader in Kansas City told me she logged on an hour late to a final round.
        The recruiter wrote "Tuesday, November 3 at 10:00 AM Mountain", the reader's calendar
        auto-converted it from an email sent the week before the clocks changed, and nobody
        noticed until the panel had already left.

        Three rules I now give everyone:

        1. Always reply with the time in BOTH zones: "Confirming 10:00 AM MT / 11:00 AM CT."
        2. Watch the first Sunday of November. US clocks fall back; Europe already did a week earlier.
        3. If an invite arrives without a calendar file, make your own - don't trust your memory.

        Next week: how to follow up after an interview without sounding desperate.

        Thanks for reading,
        Jo Castellanos

        You're receiving this because you subscribed to The Offer Letter.
        Unsubscribe https://theofferletter.substack.com/action/disable_email
        """)
    hs = [
        rcv("mail-out.substack.com", "167.89.100.22", "2026-10-27 07:00", ET, "Zp9oI4uY2t"),
        ("From", "The Offer Letter <theofferletter@substack.com>"),
        ("To", "marcus.reed@example.org"),
        ("Subject", "Time zones will wreck your interview (if you let them)"),
        ("Date", date("2026-10-27 07:00", ET)),
        ("Message-ID", "<20261027110000.3.a1b2c3d4e5f6@substack.com>"),
        ("List-Unsubscribe", "<https://theofferletter.substack.com/action/disable_email>"),
        ("List-Id", "<theofferletter.substack.com>"),
        ("Precedence", "bulk"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(29), family="scheduling_link", lang="en-US", interview=False, company="Kranich Data GmbH",
      days=(("Mon", "2026-11-16"), ("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
      note="softgarden self-scheduling request: lists three open slots to choose from, none booked yet.")
def p29() -> bytes:
    body = t("""
        Dear Marcus Reed,

        thank you for your application as Senior Data Engineer (Remote, Americas). We would be happy
        to get to know you in a first video interview!

        Please choose one of the following appointments using the link below:

          - Monday, 16 November 2026, 16:00-16:45 CET
          - Tuesday, 17 November 2026, 15:00-15:45 CET
          - Wednesday, 18 November 2026, 17:00-17:45 CET

        Choose your appointment: https://kranich-data.softgarden.io/appointment/select/7734102

        Slots are allocated on a first-come, first-served basis. If none of them suits you, just let
        us know.

        Kind regards
        Your Kranich Data Recruiting Team

        Kranich Data GmbH, Torstraße 49, 10119 Berlin
        This message was sent via softgarden.
        """)
    hs = [
        rcv("mx-out2.softgarden.io", "85.215.40.2", "2026-11-09 10:30", "Europe/Berlin", "Ko2lP6mN3b"),
        ("From", "Kranich Data GmbH <noreply@softgarden.io>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Kranich Data: please choose your interview appointment"),
        ("Date", date("2026-11-09 10:30", "Europe/Berlin")),
        ("Message-ID", "<sg.7734102.appointment@softgarden.io>"),
    ]
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(n(30), family="recruiter_outreach", lang="en-US", interview=False, company="Redbud Talent Partners",
      note="Agency cold outreach; asks for 15 minutes 'this week', no fixed time.")
def p30() -> bytes:
    body = t("""
        Hey Marcus,

        Came across your profile - your work on yard-management data at Trailhead caught my eye. I'm
        working with a couple of KC-area shippers (one Fortune 500, one PE-backed 3PL) that are
        building out data teams and need someone who's actually touched TMS and EDI feeds.

        Do you have 15 min this week for a quick call? I'm pretty open Wed/Thu afternoons - or just
        send me a couple times that work and I'll call you.

        Cheers,
        Brock Ellison
        Principal Recruiter, Data & Analytics
        Redbud Talent Partners | Kansas City
        brock@redbudtalent.com | 816-555-0190
        """)
    hs = [
        rcv("mail-io1-f45.google.com", "209.85.166.45", "2026-09-14 12:51", CT, "Wq1eR5tY9u"),
        ("From", "Brock Ellison <brock@redbudtalent.com>"),
        ("To", "marcus.reed@example.org"),
        ("Subject", "KC data engineering roles - quick chat?"),
        ("Date", date("2026-09-14 12:51", CT)),
        ("Message-ID", "<CAB9sW2kQ7pX4vL1mT8nR3dZ0eY6Hf5G@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="proposed_times", lang="en-US", interview=False, company="Cottonwood Analytics",
      days=(("Tue", "2026-12-01"), ("Wed", "2026-12-02")),
      note="Hiring manager proposes two options ('would Tuesday 12/1 at 1:00 or Wednesday 12/2 at 10:00 "
           "Mountain work?'); nothing confirmed yet (the confirmation is blind155_028).")
def p31() -> bytes:
    body = t("""
        Hi Marcus,

        Thanks for sending over the writeup on your dock-scheduling model - really sharp. I'd like to
        get you in front of me and Priyanka (she runs our warehouse forecasting team) next week.

        Would Tuesday 12/1 at 1:00 or Wednesday 12/2 at 10:00 (Mountain) work for you? About an hour
        either way. Once you pick one I'll send an invite.

        Hollis

        --
        Hollis Grant | Director of Data Engineering
        Cottonwood Analytics | 1600 Wynkoop St, Denver, CO
        hollis.grant@cottonwoodanalytics.com
        """)
    hs = [
        rcv("mail-pl1-f181.google.com", "209.85.214.181", "2026-11-24 08:05", MT, "Mh7nB3vC1x"),
        ("From", "Hollis Grant <hollis.grant@cottonwoodanalytics.com>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Cottonwood Analytics - next step"),
        ("Date", date("2026-11-24 08:05", MT)),
        ("Message-ID", "<B2E9D1A0-7C44-4F13-9A8E-1D2C3B4A5F60@cottonwoodanalytics.com>"),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ]
    return message(hs, text(body, cte="7bit"))


@mail(n(32), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Eye-doctor appointment confirmation with an ICS: a fixed time, but not an interview.")
def p32() -> bytes:
    body = t("""
        Hi Marcus,

        Your appointment is confirmed.

        Plaza Eye Care - Dr. Naomi Fairbanks, OD
        Thursday, October 15, 2026 at 8:20 AM
        4706 Broadway, Suite 210, Kansas City, MO 64112

        Please arrive 10 minutes early and bring your current glasses, contact lens boxes and your
        vision insurance card. Dilation may be performed; consider bringing sunglasses.

        Reply C to confirm or call 816-555-0108 to reschedule.

        Plaza Eye Care
        """)
    ics = vcal("-//Weave//Appointments//EN", "PUBLISH", VTZ_CHICAGO, t("""
        BEGIN:VEVENT
        UID:weave-appt-20261015-0820-3391@plazaeyecare.example.com
        DTSTAMP:20261008T140000Z
        DTSTART;TZID=America/Chicago:20261015T082000
        DTEND;TZID=America/Chicago:20261015T090500
        SUMMARY:Eye exam - Plaza Eye Care
        LOCATION:4706 Broadway\\, Suite 210\\, Kansas City\\, MO 64112
        STATUS:CONFIRMED
        END:VEVENT
        """))
    hs = [
        rcv("mail.getweave.com", "198.51.100.77", "2026-10-08 09:00", CT, "Ls4kJ8hG2f"),
        ("From", "Plaza Eye Care <appointments@plazaeyecare.example.com>"),
        ("To", "marcus.reed@example.org"),
        ("Subject", "Appointment confirmation - Thursday, October 15 at 8:20 AM"),
        ("Date", date("2026-10-08 09:00", CT)),
        ("Message-ID", "<appt.3391.20261008140000@plazaeyecare.example.com>"),
    ]
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                  disposition="attachment")))


@mail(n(33), family="car_service", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Dealership service appointment (oil change, tire rotation) at a fixed time; not an interview.")
def p33() -> bytes:
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" style="border:1px solid #ddd"><tr><td style="background:#c8102e;color:#fff;padding:10px">
        <b>NORTHLAND MOTORS SERVICE</b></td></tr><tr><td style="padding:14px">
        <p>Hi MARCUS,</p>
        <p>Your service appointment is confirmed:</p>
        <p><b>Saturday, September 19, 2026 - 7:30 AM</b><br>
        2019 Subaru Outback (VIN ending 4471)<br>
        Services: Synthetic oil change, tire rotation, multi-point inspection<br>
        Advisor: Chet Wainwright</p>
        <p>Express drop-off is available the night before. Complimentary shuttle within 10 miles.</p>
        <p>Northland Motors &middot; 8101 N Oak Trafficway, Kansas City, MO 64118 &middot; 816-555-0150</p>
        <p style="font-size:11px;color:#888">To cancel or change your appointment, reply STOP to text messages or
        visit our online scheduler.</p>
        </td></tr></table></body></html>
        """)
    hs = [
        rcv("smtp.xtime-mail.com", "198.51.100.140", "2026-09-16 18:44", CT, "Fd9sA3pO6i"),
        ("From", "Northland Motors Service <service@northlandmotors.example.com>"),
        ("To", "MARCUS REED <marcus.reed@example.org>"),
        ("Subject", "Your service appointment is confirmed"),
        ("Date", date("2026-09-16 18:44", CT)),
        ("Message-ID", "<svc.4471.1789602240@xtime-mail.com>"),
    ]
    return message(hs, html(hbody, charset="windows-1252"))


@mail(n(34), family="parent_teacher", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Parent-teacher conference slot confirmed at a fixed time; not a job interview.")
def p34() -> bytes:
    body = t("""
        Conference Confirmation

        Parent/Guardian: Marcus Reed
        Student: Ellie Reed (Grade 3)
        Teacher: Ms. Rosa Alvarez, Room 114
        Date: Thursday, October 29, 2026
        Time: 4:40 PM - 4:55 PM
        Location: Brookside Charter Elementary, 6200 Wornall Rd

        Conferences are 15 minutes long and run back to back, so please arrive a few minutes early.
        If you need an interpreter or a virtual conference, reply to this email.

        Brookside Charter Elementary Front Office
        """)
    hs = [
        rcv("mta.conferencedesk-mail.com", "198.51.100.160", "2026-10-19 12:10", CT, "Gh2jK6lZ0x"),
        ("From", "Brookside Charter Elementary <noreply@conferencedesk-mail.com>"),
        ("Reply-To", "frontoffice@brooksidecharter.example.org"),
        ("To", "marcus.reed@example.org"),
        ("Subject", "Conference Confirmation - Ms. Alvarez - Thursday, October 29"),
        ("Date", date("2026-10-19 12:10", CT)),
        ("Message-ID", "<cd.114.88310.20261019@conferencedesk-mail.com>"),
    ]
    return message(hs, text(body, cte="7bit"))


@mail(n(35), family="interviewer_invite", lang="en-US", interview=False, company="Trailhead Freight Systems",
      days=(("Thu", "2026-10-08"),),
      note="Outlook invite at Marcus's CURRENT employer (forwarded from his work address) asking him to "
           "interview a candidate; confirmed time, ICS, the word interview everywhere, but he is the "
           "interviewer -> negative.")
def p35() -> bytes:
    body = t("""
        Hi Marcus,

        Thanks for agreeing to be on the loop for our Data Engineer II opening. You have the technical
        (SQL + modeling) session with Priya Raman. Scorecard and resume are linked in Greenhouse -
        please submit feedback within 24 hours.

        When: Thursday, October 8, 2026 2:00 PM-3:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Conf Rm Cimarron (3rd floor) / Teams

        Kim Alder
        Recruiting Coordinator | Trailhead Freight Systems
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", VTZ_WIN_CENTRAL, t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Kim Alder:mailto:kim.alder@trailheadfreight.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Reed:mailto:marcus.reed@trailheadfreight.com
        UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EFDC0100000000000000001000000099887766554433221100FFEEDDCCBBAA
        SUMMARY;LANGUAGE=en-US:Interview: Priya Raman - Data Engineer II - Technical (Marcus)
        DTSTART;TZID=Central Standard Time:20261008T140000
        DTEND;TZID=Central Standard Time:20261008T150000
        DTSTAMP:20261002T153000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Conf Rm Cimarron (3rd floor) / Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        """))
    hs = [
        rcv("NAM10-MW2-obe.outbound.protection.outlook.com", "40.107.94.33", "2026-10-02 10:30", CT,
            "Tr8eW2qA4s"),
        ("From", "Kim Alder <kim.alder@trailheadfreight.com>"),
        ("To", "Marcus Reed <marcus.reed@trailheadfreight.com>"),
        ("Subject", "Interview: Priya Raman - Data Engineer II - Technical (Marcus)"),
        ("Date", date("2026-10-02 10:30", CT)),
        ("Message-ID", "<MW2PR10MB4410A8B7C6D5E4F3A2B1C0D9E8F7A6B5@MW2PR10MB4410.namprd10.prod.outlook.com>"),
        ("X-Forwarded-To", "marcus.reed@example.org"),
        ("X-Forwarded-For", "marcus.reed@trailheadfreight.com marcus.reed@example.org"),
        ("Delivered-To", "marcus.reed@example.org"),
    ]
    return message(hs, alt(text(body), calendar(ics, method="REQUEST")))


@mail(n(36), family="team_event", lang="en-US", interview=False, company="Trailhead Freight Systems",
      days=(("Fri", "2026-12-11"),),
      note="Current employer's holiday bowling night, Google Calendar invite with a fixed time; not an "
           "interview.")
def p36() -> bytes:
    body = t("""
        You have been invited to the following event.

        Data team holiday bowling 🎳

        When
        Friday Dec 11, 2026 ⋅ 5:30pm – 8pm (Central Time - Chicago)

        Where
        Pinsetter Lanes, 1520 Grand Blvd, Kansas City

        Who
        • Tamsin Wu - organizer
        • marcus.reed@example.org
        • data-team@trailheadfreight.com

        Plus-ones welcome, pizza's on the company. Please RSVP by 12/4 so I can book enough lanes!

        Invitation from Google Calendar
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", None, t("""
        CALSCALE:GREGORIAN
        BEGIN:VEVENT
        DTSTART:20261211T233000Z
        DTEND:20261212T020000Z
        DTSTAMP:20261202T181500Z
        ORGANIZER;CN=Tamsin Wu:mailto:tamsin.wu@trailheadfreight.com
        UID:1b9c8d7e6f5a4b3c2d1e0f9a8b@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.reed@example.org:mailto:marcus.reed@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Data team holiday bowling 🎳
        LOCATION:Pinsetter Lanes\\, 1520 Grand Blvd\\, Kansas City
        END:VEVENT
        """))
    hs = [
        rcv("mail-sor-f65.google.com", "209.85.220.65", "2026-12-02 12:15", CT, "Yu5iO1pL7k"),
        ("From", "Tamsin Wu <tamsin.wu@trailheadfreight.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", "marcus.reed@example.org"),
        ("Subject", enc("Invitation: Data team holiday bowling 🎳 @ Fri Dec 11, 2026 5:30pm - 8pm (CST) "
                        "(marcus.reed@example.org)")),
        ("Date", date("2026-12-02 12:15", CT)),
        ("Message-ID", "<calendar-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@google.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST",
                                                                           cte="quoted-printable")))


@mail(n(37), family="marketing_webinar", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Zoom webinar registration 'Ace the Data Engineering System Design Interview' with a fixed time "
           "and ICS; not a job interview.")
def p37() -> bytes:
    body = t("""
        Hi Marcus,

        Thank you for registering for "Ace the Data Engineering System Design Interview".

        Date & Time: Oct 14, 2026 12:00 PM Central Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/86120443321?tk=Qm9vbGVhbg

        Hosted by PipelinePrep - interview coaching for data engineers.
        Add to calendar: see the attached file.

        You can cancel your registration at any time.
        """)
    ics = vcal("-//zoom.us//iCalendar Event//EN", "PUBLISH", VTZ_CHICAGO, t("""
        BEGIN:VEVENT
        DTSTAMP:20261006T170000Z
        DTSTART;TZID=America/Chicago:20261014T120000
        DTEND;TZID=America/Chicago:20261014T130000
        SUMMARY:Ace the Data Engineering System Design Interview
        UID:20261006T170000Z-86120443321@zoom.us
        ORGANIZER;CN=PipelinePrep:mailto:no-reply@zoom.us
        LOCATION:https://us06web.zoom.us/w/86120443321
        END:VEVENT
        """))
    hs = [
        rcv("zoom-mail-sj.zoom.us", "170.114.52.14", "2026-10-06 12:00", CT, "Kj3hG7fD1s"),
        ("From", "PipelinePrep <no-reply@zoom.us>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Ace the Data Engineering System Design Interview Confirmation"),
        ("Date", date("2026-10-06 12:00", CT)),
        ("Message-ID", "<wbn.86120443321.reg.55102@zoom.us>"),
    ]
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", filename="invite.ics", disposition="attachment")))


@mail(n(38), family="meetup", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Meetup RSVP ('You're going'); a talk about data interviews at a fixed time; not an interview.")
def p38() -> bytes:
    body = t("""
        You're going!

        KC Data Engineers
        Lightning talks: "What I learned from 40 data engineering interviews" + pizza

        Tuesday, October 20, 2026
        6:00 PM to 8:30 PM CDT

        Plexpod Westport Commons, 300 E 39th St, Kansas City, MO

        58 people are going. Add to calendar: https://www.meetup.com/kc-data-engineers/events/311870552/ical/

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        Unsubscribe from similar emails: https://www.meetup.com/account/comm/
        """)
    hs = [
        rcv("mail134-2.meetup.com", "198.37.154.2", "2026-10-13 19:05", CT, "Pl0oK9iJ8u"),
        ("From", "Meetup <info@meetup.com>"),
        ("To", "marcus.reed@example.org"),
        ("Subject", "You're going to \"Lightning talks: What I learned from 40 data engineering interviews\""),
        ("Date", date("2026-10-13 19:05", CT)),
        ("Message-ID", "<311870552.rsvp.55102.1792022700@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(39), family="podcast", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Podcast host confirms Marcus as a guest for a recorded interview at a fixed time; he is the "
           "interviewee, but it is not a job interview.")
def p39() -> bytes:
    body = t("""
        Hey Marcus,

        Awesome - you're locked in as our guest for episode 112! We'll record the interview on
        Thursday, November 5 at 1:00 PM Central on Riverside (link below). Plan for about 50 minutes
        plus a few minutes of sound check.

        Topic: "Why your ETA model is lying to you" - the dock-dwell stuff you posted about.

        Studio link: https://riverside.fm/studio/the-loading-dock?t=9c1e2b

        Thanks for doing this!
        Renzo

        Renzo Abara
        Host, The Loading Dock podcast
        """)
    hs = [
        rcv("mail-ua1-f44.google.com", "209.85.222.44", "2026-10-28 15:40", CT, "Vb6nM2qW5e"),
        ("From", "Renzo Abara <renzo@theloadingdockpod.com>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Re: Guest slot on The Loading Dock"),
        ("Date", date("2026-10-28 15:40", CT)),
        ("Message-ID", "<CAD8pR4tY6uI1oP3aS5dF7gH9jK0lZ2x@mail.gmail.com>"),
        ("In-Reply-To", "<CAMr8hZ9aQ1bW2@mail.example.org>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(40), family="press_interview", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-09-18"),),
      note="Business reporter confirms a phone interview with Marcus for a story; fixed time, not a job "
           "interview.")
def p40() -> bytes:
    body = t("""
        Marcus,

        Thanks for agreeing to talk. Confirming our phone interview Friday, Sept. 18 at 10:30 a.m.
        I'll call you at the number you gave me. I expect it'll take 20 minutes or so.

        I'm working on a piece about what the railroad merger means for data and analytics jobs in
        the Kansas City area, and your perspective as someone who's worked on both the shipper and
        carrier side would be really useful. Everything is on the record unless you tell me otherwise.

        Best,
        Alicia Brennan
        Staff Reporter, Kansas City Business Ledger
        816-555-0133 | @abrennan_kcbl
        """)
    hs = [
        rcv("mail-pj1-f50.google.com", "209.85.216.50", "2026-09-15 16:20", CT, "Cv8bN1mQ3w"),
        ("From", "Alicia Brennan <abrennan@kcbizledger.example.com>"),
        ("To", "marcus.reed@example.org"),
        ("Subject", "Confirming Friday interview - KC Business Ledger"),
        ("Date", date("2026-09-15 16:20", CT)),
        ("Message-ID", "<CAE1qW2eR3tY4uI5oP6aS7dF8gH9jK0l@mail.gmail.com>"),
    ]
    return message(hs, text(body, cte="quoted-printable"))


@mail(n(41), family="mock_interview", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Calendly booking of a paid 'Mock Interview' with a career coach: same layout and ICS as a real "
           "Calendly interview, but coaching, not a job interview.")
def p41() -> bytes:
    body = t("""
        Hi Marcus Reed,

        A new event has been scheduled.

        Event Type:
        Mock Interview - Data Engineering (60 min)

        Invitee:
        Marcus Reed

        Event Date/Time:
        7:00pm - 08:00pm (Central Time - US & Canada) on Wednesday, November 4, 2026

        Location:
        Zoom - details will be provided by Dee before the session.

        Questions:
        Which company are you preparing for?
        Meridian Parcel virtual onsite (system design + behavioral)

        Payment: $120.00 paid via Stripe

        View event in Calendly: https://calendly.com/events/0c4d2e9f-7a1b-48f2/invitee

        Powered by Calendly.com
        """)
    ics = vcal("-//Calendly//Calendly//EN", "REQUEST", None, t("""
        BEGIN:VEVENT
        UID:0c4d2e9f-7a1b-48f2-b3a0-5e6f7a8b9c0d@calendly.com
        DTSTAMP:20261029T230210Z
        DTSTART:20261105T010000Z
        DTEND:20261105T020000Z
        SUMMARY:Mock Interview - Data Engineering (60 min) between Dee Harmon and Marcus Reed
        ORGANIZER;CN=Dee Harmon:mailto:dee@harmoncareercoaching.com
        ATTENDEE;CN=Marcus Reed;PARTSTAT=ACCEPTED:mailto:marcus.reed@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """))
    hs = [
        rcv("o1.ptr8812.calendly.com", "149.72.180.3", "2026-10-29 18:02", CT, "Hn5bV2cX8z"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Dee Harmon <dee@harmoncareercoaching.com>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Confirmed: Mock Interview - Data Engineering (60 min) with Dee Harmon on Wednesday, "
                    "November 4, 2026"),
        ("Date", date("2026-10-29 18:02", CT)),
        ("Message-ID", "<Y2FsZW5kbHk.0c4d2e9f7a1b48f2.invitee@calendly.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(42), family="job_centre", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="State job-center appointment (Rapid Response reemployment session after a layoff notice) at a "
           "fixed time with a career counselor; not a job interview.")
def p42() -> bytes:
    body = t("""
        MISSOURI JOB CENTER - KANSAS CITY (DOWNTOWN)
        Appointment Notice

        Dear MARCUS REED,

        You are scheduled for an individual Rapid Response reemployment appointment as a worker
        affected by the layoff notice filed by Trailhead Freight Systems.

        Date: Tuesday, November 17, 2026
        Time: 9:00 AM
        Location: 1740 Paseo Blvd, Room 204, Kansas City, MO 64108
        Career Counselor: Mr. Dwayne Hollister

        Please bring: photo ID, your layoff notice, a current resume, and a list of jobs applied for.
        Failure to attend may delay services. To reschedule, call 816-555-0111 at least one business
        day in advance.

        This is an automated message from the Missouri Job Center appointment system. Do not reply.
        """)
    hs = [
        rcv("smtp-relay.jobs-mo.example.gov", "198.51.100.31", "2026-11-09 14:12", CT, "Jm4kL8oP1q"),
        ("From", "Missouri Job Center <donotreply@jobcenter-kc.example.gov>"),
        ("To", "MARCUS.REED@EXAMPLE.ORG"),
        ("Subject", "Appointment Notice - Rapid Response Reemployment Services"),
        ("Date", date("2026-11-09 14:12", CT)),
        ("Message-ID", "<MJC.APPT.2026111704.55102@jobcenter-kc.example.gov>"),
    ]
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(43), family="admission_interview", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Evening-MBA admissions interview confirmed at a fixed time (Zoom); an interview, but for a "
           "school, not a job -> negative.")
def p43() -> bytes:
    hbody = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <div style="max-width:600px;margin:auto">
        <p style="color:#00274c;font-size:20px">Bellweather University &ndash; Harlan School of Business</p>
        <p>Dear Marcus,</p>
        <p>Thank you for scheduling your admissions interview for the <b>Professional (Evening) MBA</b>,
        Fall 2027 intake. Your interview is confirmed:</p>
        <p><b>Saturday, November 14, 2026, 10:00 AM Central Time</b><br>
        Interviewer: Prof. Elaine Moorcroft (alumni interviewer)<br>
        Format: Zoom, 30 minutes</p>
        <p>The interview is conversational and blind to your application; please be ready to talk
        about your career goals and why now is the right time for an MBA.</p>
        <p>Warm regards,<br>Office of Graduate Admissions<br>Harlan School of Business</p>
        </div></body></html>
        """)
    hs = [
        rcv("technolutions.net", "198.51.100.99", "2026-11-05 11:40", CT, "Sd2fG6hJ9k"),
        ("From", "Harlan MBA Admissions <mbaadmit@bellweather.example.edu>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Your MBA admissions interview is confirmed"),
        ("Date", date("2026-11-05 11:40", CT)),
        ("Message-ID", "<slate.4a9b.20261105164000@bellweather.example.edu>"),
    ]
    return message(hs, html(hbody))


@mail(n(44), family="sports_tryout", lang="en-US", interview=False, company=None,
      days=(("Sun", "2026-09-13"),),
      note="Adult hockey league try-out (evaluation skate) confirmed at a fixed time; not an interview.")
def p44() -> bytes:
    body = t("""
        Hi Marcus,

        You're registered for the Heartland Adult Hockey League fall evaluation skate.

        Division: C/D (intermediate)
        Sunday, September 13, 2026 - 8:15 PM (ice time 8:30-9:45 PM)
        Line Creek Ice Rink, Sheet 2

        Full gear required, including a helmet with cage or visor. Bring both a light and a dark
        jersey. Coaches will place you on a team after the skate; rosters go out the next Friday.

        See you on the ice,
        Heartland AHL Registrar
        Sent via RosterHub
        """)
    hs = [
        rcv("mail.rosterhub-mail.com", "198.51.100.188", "2026-09-08 20:03", CT, "Ak7sD1fG4h"),
        ("From", "Heartland AHL <no-reply@rosterhub-mail.com>"),
        ("To", "marcus.reed@example.org"),
        ("Subject", "Evaluation skate confirmed - Sun 9/13 8:15 PM"),
        ("Date", date("2026-09-08 20:03", CT)),
        ("Message-ID", "<rh.evalskate.88413@rosterhub-mail.com>"),
    ]
    return message(hs, text(body))


@mail(n(45), family="bank_advisor", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Microsoft Bookings confirmation from a bank for a 401(k) rollover consultation (ICS, fixed time); "
           "same layout as a Bookings interview, not an interview.")
def p45() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px;font-weight:600">Your booking is confirmed</p>
        <p>Hello Marcus Reed,</p>
        <p>Thank you for booking with Union Prairie Bank - Plaza Branch.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>401(k) Rollover Consultation</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Tuesday, December 1, 2026 12:15 PM - 1:00 PM
        (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Luis Ortega, Financial Advisor</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Union Prairie Bank, 4701 Wornall Rd, Kansas City, MO</td></tr>
        </table>
        <p>Please bring your most recent 401(k) statement and a photo ID.</p>
        </body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", VTZ_WIN_CENTRAL, t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Union Prairie Bank - Plaza Branch:mailto:PlazaBranch@unionprairiebank.example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Marcus Reed:mailto:marcus.reed@example.org
        UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DD440000000000000000100000005566778899AABBCCDDEEFF0011223344
        SUMMARY;LANGUAGE=en-US:401(k) Rollover Consultation
        DTSTART;TZID=Central Standard Time:20261201T121500
        DTEND;TZID=Central Standard Time:20261201T130000
        DTSTAMP:20261123T170000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Union Prairie Bank\\, 4701 Wornall Rd\\, Kansas City\\, MO
        END:VEVENT
        """))
    hs = [
        rcv("NAM12-DM6-obe.outbound.protection.outlook.com", "40.107.243.12", "2026-11-23 11:00", CT,
            "Qa1sW2eD3f"),
        ("From", "Union Prairie Bank - Plaza Branch <PlazaBranch@unionprairiebank.example.com>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Booking confirmed: 401(k) Rollover Consultation on Tuesday, December 1, 2026"),
        ("Date", date("2026-11-23 11:00", CT)),
        ("Message-ID", "<DM6PR12MB3324F1E2D3C4B5A69788@DM6PR12MB3324.namprd12.prod.outlook.com>"),
    ]
    return message(hs, mixed(html(hbody), calendar(ics, filename="invite.ics", disposition="attachment",
                                                   cte="base64")))


@mail(n(46), family="auto_reply", lang="en-US", interview=False, company="Tidewater Labs",
      note="Out-of-office auto-reply from the Tidewater recruiter; mentions 'interviews scheduled this week' "
           "generically, no time.")
def p46() -> bytes:
    body = t("""
        Hi there,

        Thanks for your email. I'm out of the office from Friday, September 25 through Sunday,
        October 4 with limited access to email.

        If your message is about an interview scheduled this week, please reach out to our recruiting
        team at recruiting@tidewaterlabs.io and they'll make sure you're taken care of. Otherwise I'll
        reply when I'm back.

        Priya
        """)
    hs = [
        rcv("mail-sor-f41.google.com", "209.85.220.41", "2026-09-25 08:12", PT, "Ot4yU6iO8p"),
        ("From", "Priya Venkataraman <priya.venkataraman@tidewaterlabs.io>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Automatic reply: Question about Thursday's interview"),
        ("Date", date("2026-09-25 08:12", PT)),
        ("Message-ID", "<vacation-1790349120-8812@tidewaterlabs.io>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("Precedence", "bulk"),
    ]
    return message(hs, text(body, cte="7bit"))


@mail(n(47), family="bounce", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Bounce (multipart/report) of Marcus's own message 'Confirming Thursday 11/12 at 2:00 PM' to a "
           "mistyped address; the confirmation never arrived and is the candidate's own -> negative.")
def p47() -> bytes:
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <jon.okafor@ozarkmilsupply.com>: host mx.ozarkmilsupply.com[203.0.113.9] said:
            550 5.1.1 <jon.okafor@ozarkmilsupply.com>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Zr1k20QWmz9t
        Arrival-Date: Mon,  9 Nov 2026 21:14:03 +0000 (UTC)

        Final-Recipient: rfc822; jon.okafor@ozarkmilsupply.com
        Original-Recipient: rfc822;jon.okafor@ozarkmilsupply.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.ozarkmilsupply.com
        Diagnostic-Code: smtp; 550 5.1.1 <jon.okafor@ozarkmilsupply.com>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    original = message([
        ("From", "Marcus Reed <marcus.reed@example.org>"),
        ("To", "Jon Okafor <jon.okafor@ozarkmilsupply.com>"),
        ("Subject", "Re: Data Engineer II - interview"),
        ("Date", date("2026-11-09 15:14", CT)),
        ("Message-ID", "<CAMr8hZ7zX3c@mail.example.org>"),
    ], text(t("""
        Hi Jon,

        Confirming Thursday 11/12 at 2:00 PM Central for the interview. I'll call the number you sent.

        Thanks,
        Marcus
        """), cte="7bit"))
    body = multipart_report(text(report, charset="us-ascii", cte="7bit"),
                            raw_part([("Content-Type", "message/delivery-status")], status),
                            attached_message(original))
    hs = [
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", "marcus.reed@example.org"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-09 15:14", CT)),
        ("Message-ID", "<20261109211404.5A2C19E0B1@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, body)


def multipart_report(*parts):
    return multipart("report", *parts, params="report-type=delivery-status")


@mail(n(48), family="forwarded_other_person", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Marcus's cousin forwards HER OWN Greenhouse interview confirmation (Tue Nov 17, 2:00 PM ET) asking "
           "for tips; a real confirmed interview, but not the inbox owner's -> negative.")
def p48() -> bytes:
    body = t("""
        Marcus!! Look what I got 😬 You've done like 20 of these this fall - any tips? Is a "technical
        screen" going to be live coding?? Call me this weekend if you can.

        Jenna

        ---------- Forwarded message ---------
        From: Pawnee Valley Health <no-reply@greenhouse.io>
        Date: Wed, Nov 11, 2026 at 3:02 PM
        Subject: Interview Confirmation: Junior Data Analyst at Pawnee Valley Health
        To: <jenna.reed.kc@example.net>
        Reply-To: Corinne Hale <corinne.hale@pawneevalleyhealth.org>

        Hi Jenna,

        Your interview with Pawnee Valley Health is confirmed:

        Position: Junior Data Analyst
        Date: Tuesday, November 17, 2026
        Time: 2:00 PM - 2:45 PM EST
        Location: Zoom - https://pawneevalleyhealth.zoom.us/j/88014422019

        Best,
        Corinne Hale
        Talent Acquisition, Pawnee Valley Health
        """)
    hs = [
        rcv("mail-wr1-f52.google.com", "209.85.221.52", "2026-11-12 20:31", CT, "Wd5eR7tY2u"),
        ("From", "Jenna Reed <jenna.reed.kc@example.net>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Fwd: Interview Confirmation: Junior Data Analyst at Pawnee Valley Health"),
        ("Date", date("2026-11-12 20:31", CT)),
        ("Message-ID", "<CAJr3nN4aS8dF2gH@mail.example.net>"),
    ]
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(49), family="reconnect_later", lang="en-US", interview=False, company="Tidewater Labs",
      note="Recruiter: hiring paused, 'let's reconnect after the new year'; no time fixed.")
def p49() -> bytes:
    body = t("""
        Hi Marcus,

        I wanted to give you an honest update rather than leave you hanging. We've paused hiring for
        the Data Platform Engineer role until our Q1 planning wraps up, so we won't be moving to a
        final round before the holidays.

        Noah really enjoyed your conversation in October and asked me to keep you warm. Let's
        reconnect after the new year - I'll reach out the second week of January and we can find a
        time then.

        Happy holidays,
        Priya

        Priya Venkataraman
        Senior Recruiter, Tidewater Labs
        """)
    hs = [
        rcv("mail-sor-f41.google.com", "209.85.220.41", "2026-12-15 10:48", PT, "Xe3rT5yU7i"),
        ("From", "Priya Venkataraman <priya.venkataraman@tidewaterlabs.io>"),
        ("To", "Marcus Reed <marcus.reed@example.org>"),
        ("Subject", "Tidewater - quick update before the holidays"),
        ("Date", date("2026-12-15 10:48", PT)),
        ("Message-ID", "<CAHt9wQ2eR4tY6uI8oP0aS1dF3gH5jK7@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(50), family="mailing_list", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Local tech-jobs Google Group post by someone else ('mine is Thursday at 2') asking for tips about "
           "a company; list mail, not addressed to Marcus's interview.")
def p50() -> bytes:
    body = t("""
        Has anyone here interviewed with Cobalt Ledger for a data role? I have a technical screen
        with them Thursday (10/1) at 2 and the recruiter said it's "SQL plus a pipeline design
        question". Any idea how deep they go on streaming? Thanks in advance.

        - Owen

        --
        You received this message because you are subscribed to the Google Groups "KC Tech Jobs" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to
        kc-tech-jobs+unsubscribe@googlegroups.com.
        To view this discussion visit https://groups.google.com/d/msgid/kc-tech-jobs/b71e2c.
        """)
    hs = [
        rcv("mail-sor-f57.google.com", "209.85.220.57", "2026-09-28 21:17", CT, "Rt6yU8iO0p"),
        ("From", "Owen Pruitt <owen.pruitt.dev@example.com>"),
        ("To", "KC Tech Jobs <kc-tech-jobs@googlegroups.com>"),
        ("Subject", "[kc-tech-jobs] Anyone interviewed at Cobalt Ledger?"),
        ("Date", date("2026-09-28 21:17", CT)),
        ("Message-ID", "<b71e2c4d-9f0a-4b1c-8d2e-3f4a5b6c7d8e@googlegroups.com>"),
        ("List-Id", "<kc-tech-jobs.googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:kc-tech-jobs+unsubscribe@googlegroups.com>"),
        ("Mailing-list", "list kc-tech-jobs@googlegroups.com; contact kc-tech-jobs+owners@googlegroups.com"),
        ("Precedence", "list"),
        ("Sender", "kc-tech-jobs@googlegroups.com"),
    ]
    return message(hs, text(body))
