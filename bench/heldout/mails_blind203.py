"""blind203: a blind 50-mail held-out set, the inbox of Kayla Nguyen, a healthcare-data QA
engineer in Spokane (America/Los_Angeles), September to mid-December 2026.

Every mail is written by hand, one function per mail; ``make.py`` does the MIME plumbing and the
label checks. Written blind: without reading the detector, its tests, or any other held-out mails.

    python3 bench/heldout/make_blind.py blind203
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
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(2030203).sample(range(1, 51), 50)

ME = "kayla.nguyen@example.org"
KAYLA = addr("Kayla Nguyen", ME)
LA = "America/Los_Angeles"
DEN = "America/Denver"
BOI = "America/Boise"
NY = "America/New_York"
CHI = "America/Chicago"
BER = "Europe/Berlin"
MX = "mx1.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"blind203_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(f"from {host}", when, zone, f"{MX} {ident}", ME, lag))


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

TZ_DEN = """BEGIN:VTIMEZONE
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

TZ_WIN_PACIFIC = """BEGIN:VTIMEZONE
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

TZ_WIN_MOUNTAIN = """BEGIN:VTIMEZONE
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

TEAMS_TEXT = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
    Meeting ID: {num}
    Passcode: {code}
    Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
""")


# =========================================================================== positives


@make.mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
           company="Inland Crest Health", contact="dana.whitfield@inlandcresthealth.org",
           start=utc("2026-09-15 10:00", LA), end=utc("2026-09-15 10:45", LA),
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=LA,
           note="Greenhouse confirmation sent by the recruiter's name from a Greenhouse relay; "
                "'Tuesday, September 15, 2026 10:00 AM - 10:45 AM PDT' (Pacific daylight time, "
                "UTC-7) -> 17:00Z-17:45Z; contact = the recruiter's Reply-To")
def greenhouse_inland_crest() -> bytes:
    when = "2026-09-09 14:12:37"
    plain = t("""
        Hi Kayla,

        Thanks for making time to talk with us! Here are the details for your upcoming interview
        for QA Engineer II - Clinical Data Platforms at Inland Crest Health.

        Interview: Hiring Manager Interview
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM PDT
        Location: Video call - Microsoft Teams (the link is in the calendar invite that follows)

        You'll be meeting with:
          Gregory Amani - Manager, Data Quality & Integration

        If anything changes on your end, just reply to this email and it will come straight to me.

        Best,
        Dana Whitfield
        Talent Acquisition Partner | Inland Crest Health
        Caring for the Inland Northwest since 1912

        Powered by Greenhouse
    """)
    body = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <p>Hi Kayla,</p>
        <p>Thanks for making time to talk with us! Here are the details for your upcoming interview
        for <strong>QA Engineer II - Clinical Data Platforms</strong> at Inland Crest Health.</p>
        <table cellpadding="4" cellspacing="0" style="border:1px solid #dddddd">
        <tr><td><b>Interview</b></td><td>Hiring Manager Interview</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM PDT</td></tr>
        <tr><td><b>Location</b></td><td>Video call - Microsoft Teams (the link is in the calendar invite that follows)</td></tr>
        </table>
        <p>You'll be meeting with:<br>&nbsp;&nbsp;Gregory Amani - Manager, Data Quality &amp; Integration</p>
        <p>If anything changes on your end, just reply to this email and it will come straight to me.</p>
        <p>Best,<br>Dana Whitfield<br>Talent Acquisition Partner | Inland Crest Health<br>
        <span style="color:#888888">Caring for the Inland Northwest since 1912</span></p>
        <p style="font-size:11px;color:#999999">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
    """)
    return message([
        rcv("mail-sor-f41.us.greenhouse-mail.io (mail-sor-f41.us.greenhouse-mail.io [198.51.100.41])",
            when, LA, "4Kx2Qm0z1Lz3"),
        ("From", addr("Dana Whitfield", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@inlandcresthealth.org")),
        ("To", KAYLA),
        ("Subject", "Interview Confirmation: QA Engineer II - Clinical Data Platforms at Inland Crest Health"),
        ("Date", date(when, LA)),
        ("Message-ID", "<6a1f0c3e9b7d4a21.20260909211237@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(plain), html(body)))


@make.mail(n(2), family="lever", lang="en-US", interview=True, kind="scheduled",
           company="Rainshadow Labs", contact="priya@rainshadowlabs.io",
           start=utc("2026-09-24 13:30", LA), end=utc("2026-09-24 14:15", LA),
           local="Thu 2026-09-24 13:30", local_end="2026-09-24 14:15", zone=LA,
           note="Lever confirmation, 'Thursday, September 24th, 1:30pm - 2:15pm PDT' (UTC-7) -> "
                "20:30Z-21:15Z, the attached ICS in UTC agrees; contact = Reply-To recruiter")
def lever_rainshadow() -> bytes:
    when = "2026-09-18 09:47:02"
    plain = t("""
        Hi Kayla,

        Your interview for Senior QA Engineer (Remote, US) with Rainshadow Labs has been scheduled.

        Thursday, September 24th, 1:30pm - 2:15pm PDT
        Technical screen with Luis Ferreira (Staff Engineer)
        Zoom: https://rainshadowlabs.zoom.us/j/84420917736

        A calendar invitation is attached. Reply to this email if you have any questions or need to
        make a change.

        Priya Raman
        Recruiting, Rainshadow Labs

        --
        Sent via Lever. Rainshadow Labs uses Lever to manage its hiring.
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lvr-7d1c5e02-3a9f-4b6e-8c11-f0e2a9d4c731
        DTSTAMP:20260918T164702Z
        DTSTART:20260924T203000Z
        DTEND:20260924T211500Z
        SUMMARY:Interview: Kayla Nguyen <> Rainshadow Labs (Technical screen)
        DESCRIPTION:Technical screen with Luis Ferreira.\\nZoom: https://rainshadowlabs.zoom.us/j/84420917736
        LOCATION:https://rainshadowlabs.zoom.us/j/84420917736
        ORGANIZER;CN=Priya Raman:mailto:priya@rainshadowlabs.io
        ATTENDEE;CN=Kayla Nguyen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kayla.nguyen@example.org
        ATTENDEE;CN=Luis Ferreira;ROLE=REQ-PARTICIPANT:mailto:luis@rainshadowlabs.io
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("o7.email.lever.co (o7.email.lever.co [203.0.113.77])", when, LA, "4Kz1Wc5tLxz9"),
        ("Date", date(when, LA)),
        ("From", addr("Rainshadow Labs", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Priya Raman", "priya@rainshadowlabs.io")),
        ("To", KAYLA),
        ("Message-ID", "<0100019a6c2f41e8-5b0f3c4e-9d7a-4f1b-a2c6-3e8d1f7b9a20-000000@email.lever.co>"),
        ("Subject", "Your interview with Rainshadow Labs is confirmed"),
    ], mixed(text(plain, cte="7bit"),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(n(3), family="ashby", lang="en-US", interview=True, kind="scheduled",
           company="Halyard Health", contact="marcus.bell@halyardhealth.com",
           start=utc("2026-10-13 13:00", NY), end=utc("2026-10-13 13:45", NY),
           local="Tue 2026-10-13 13:00", local_end="2026-10-13 13:45", zone=NY,
           note="Ashby confirmation from a New York company, '1:00 – 1:45 PM EDT' (UTC-4) = 17:00Z, "
                "the body also gives '10:00 – 10:45 AM PDT'; ICS in UTC; contact = Reply-To recruiter "
                "(thread: cancelled later)")
def ashby_halyard() -> bytes:
    when = "2026-10-07 11:20:14"
    plain = t("""
        Hi Kayla,

        You're all set! Your interview with Halyard Health is confirmed.

        Product QA Engineer, Payer Integrations
        Tuesday, October 13, 2026 · 1:00 – 1:45 PM EDT
        (10:00 – 10:45 AM PDT, your time zone)

        Google Meet: https://meet.google.com/qvx-hrcm-tfa

        Interviewers
          Aisha Kowalczyk — QA Manager

        Need to reschedule? Reply to this message and Marcus will help.

        Halyard Health Recruiting
    """)
    body = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:24px;background:#f6f7f9;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif">
        <div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
        <p>Hi Kayla,</p>
        <p>You&#x27;re all set! Your interview with Halyard Health is confirmed.</p>
        <h3 style="margin:16px 0 4px">Product QA Engineer, Payer Integrations</h3>
        <p style="margin:0">Tuesday, October 13, 2026 · 1:00 – 1:45 PM EDT<br>
        <span style="color:#6b7280">(10:00 – 10:45 AM PDT, your time zone)</span></p>
        <p><a href="https://meet.google.com/qvx-hrcm-tfa">Join with Google Meet</a></p>
        <p><b>Interviewers</b><br>Aisha Kowalczyk — QA Manager</p>
        <p>Need to reschedule? Reply to this message and Marcus will help.</p>
        <p style="color:#6b7280">Halyard Health Recruiting</p>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:0b4e6d2a-91f3-4c8e-b7a5-2d6f1e9c3a48
        DTSTAMP:20261007T152014Z
        DTSTART:20261013T170000Z
        DTEND:20261013T174500Z
        SEQUENCE:0
        SUMMARY:Halyard Health – Product QA Engineer Interview (Kayla Nguyen)
        LOCATION:https://meet.google.com/qvx-hrcm-tfa
        ORGANIZER;CN=Marcus Bell:mailto:marcus.bell@halyardhealth.com
        ATTENDEE;CN=Kayla Nguyen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kayla.nguyen@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("a27-110.smtp-out.amazonses.com (a27-110.smtp-out.amazonses.com [54.240.27.110])",
            when, NY, "4KyPq61Jv9z7"),
        ("From", addr("Halyard Health", "no-reply@ashbyhq.com")),
        ("To", addr("Kayla Nguyen", ME)),
        ("Subject", "Interview confirmed: Product QA Engineer, Payer Integrations at Halyard Health"),
        ("Date", date(when, NY)),
        ("Message-ID", "<010001926f3b2c11-8a4d7e2f-3c19-4b5a-9e60-7f1d2a8c4b93-000000@email.amazonses.com>"),
        ("Reply-To", addr("Marcus Bell", "marcus.bell@halyardhealth.com")),
    ], mixed(alt(text(plain, cte="base64"), html(body, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(n(4), family="workday", lang="en-US", interview=True, kind="scheduled",
           company="Owyhee Electric Cooperative", contact="tolvera@owyheecoop.org",
           start=utc("2026-10-01 09:00", BOI), end=utc("2026-10-01 10:00", BOI),
           local="Thu 2026-10-01 09:00", local_end="2026-10-01 10:00", zone=BOI,
           note="Workday HTML-only (base64) notice from a Boise utility co-op: '10/01/2026 9:00 AM - "
                "10:00 AM Mountain Time' (MDT, UTC-6) -> 15:00Z-16:00Z; tenant sender is not a person, "
                "contact = the HR address written in the body")
def workday_owyhee() -> bytes:
    when = "2026-09-28 07:31:55"
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#1b4f72;color:#ffffff;padding:12px;font-size:16px">Owyhee Electric Cooperative &ndash; Careers</td></tr>
        <tr><td style="padding:16px">
        <p>Dear Kayla Nguyen,</p>
        <p>Thank you for your interest in the <b>Data Quality Analyst II (R-0142)</b> position. Your interview has been scheduled as follows:</p>
        <p><b>Date:</b> 10/01/2026<br>
        <b>Time:</b> 9:00 AM - 10:00 AM Mountain Time<br>
        <b>Location:</b> Owyhee Electric Cooperative, 2270 W. Ustick Rd., Meridian, ID (Front desk, Building B)<br>
        <b>Interviewers:</b> Ray Ostrander, IT Applications Supervisor; Teresa Olvera, HR Generalist</p>
        <p>If you are traveling from outside the Treasure Valley, please let us know and we can set up a video connection instead.</p>
        <p>Questions about your interview can be directed to Teresa Olvera at <a href="mailto:tolvera@owyheecoop.org">tolvera@owyheecoop.org</a> or (208) 555-0147.</p>
        <p>Sincerely,<br>Human Resources<br>Owyhee Electric Cooperative</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#888888;padding:8px">This email was sent from an unmonitored mailbox. Please do not reply. Owyhee Electric Cooperative is an Equal Opportunity Employer.</td></tr></table>
        </div></body></html>
    """)
    return message([
        rcv("smtp-out-b.myworkday.com (smtp-out-b.myworkday.com [198.51.100.150])", when, LA,
            "4Kx9Tz2QqRz1"),
        ("Date", date(when, LA)),
        ("From", addr("Owyhee Electric Cooperative", "owyheecoop@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Data Quality Analyst II (R-0142)"),
        ("Message-ID", "<1372684812.88214.1790606515000@wd5-prvo-ebs-12.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(body, cte="base64"))


@make.mail(n(5), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
           company="Wasatch Benefit Systems", contact="brenna.call@wasatchbenefits.com",
           start=utc("2026-10-07 11:00", DEN), end=utc("2026-10-07 12:00", DEN),
           local="Wed 2026-10-07 11:00", local_end="2026-10-07 12:00", zone=DEN,
           note="SmartRecruiters mail says only 'see the attached calendar invitation': the time is "
                "only in the ICS, DTSTART;TZID=America/Denver 11:00 (MDT, UTC-6) = 17:00Z, DTEND "
                "12:00; contact = Reply-To recruiter (also ORGANIZER)")
def smartrecruiters_wasatch() -> bytes:
    when = "2026-10-02 15:08:40"
    plain = t("""
        Hello Kayla,

        Great news - your interview for the position QA Engineer - Claims Platform (Salt Lake City or
        Remote) has been scheduled.

        Please find the date, time and video conference link in the attached calendar invitation and
        add it to your calendar. If the time no longer works for you, simply reply to this email.

        We look forward to speaking with you!

        Brenna Call
        Talent Acquisition, Wasatch Benefit Systems

        You are receiving this email because you applied for a job at Wasatch Benefit Systems.
        Privacy Policy: https://jobs.smartrecruiters.com/privacy
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        METHOD:REQUEST
        """) + TZ_DEN + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-int-5f2a81c7e3d94b06@smartrecruiters.com
        DTSTAMP:20261002T210840Z
        DTSTART;TZID=America/Denver:20261007T110000
        DTEND;TZID=America/Denver:20261007T120000
        SUMMARY:Interview: QA Engineer - Claims Platform - Kayla Nguyen
        LOCATION:Microsoft Teams
        DESCRIPTION:Panel: Brenna Call\\, Nate Huish (Engineering Manager)
        ORGANIZER;CN=Brenna Call:mailto:brenna.call@wasatchbenefits.com
        ATTENDEE;CN=Kayla Nguyen;RSVP=TRUE:mailto:kayla.nguyen@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("mta-12.smartrecruiters.com (mta-12.smartrecruiters.com [203.0.113.12])", when, DEN,
            "4KzB1s8RlTz4"),
        ("From", addr("Wasatch Benefit Systems", "no-reply@smartrecruiters.com")),
        ("Reply-To", addr("Brenna Call", "brenna.call@wasatchbenefits.com")),
        ("To", KAYLA),
        ("Subject", "Interview invitation - QA Engineer - Claims Platform"),
        ("Date", date(when, DEN)),
        ("Message-ID", "<sr.9c3e7f1a24b8.1791061720@smartrecruiters.com>"),
    ], mixed(text(plain), calendar(ics, filename="interview.ics", disposition="attachment",
                                   name_param=True)))


@make.mail(n(6), family="calendly", lang="en-US", interview=True, kind="scheduled",
           company="Lakeshore Clinical Data", contact="owen.marsh@lakeshoreclinical.com",
           start=utc("2026-11-18 10:30", LA), end=utc("2026-11-18 11:00", LA),
           local="Wed 2026-11-18 10:30", local_end="2026-11-18 11:00", zone=LA,
           note="Calendly invitee confirmation for a Chicago hiring manager's event, shown in the "
                "invitee's zone: '10:30am - 11:00am (Pacific Time - US & Canada)' in November = PST "
                "(UTC-8) -> 18:30Z-19:00Z; ICS agrees; contact = Reply-To host")
def calendly_lakeshore() -> bytes:
    when = "2026-11-13 11:02:19"
    plain = t("""
        Hi Kayla Nguyen,

        A new event has been scheduled.

        Event Type:
        QA Lead - Intro Interview (30 min)

        Invitee:
        Kayla Nguyen

        Invitee Email:
        kayla.nguyen@example.org

        Event Date/Time:
        10:30am - 11:00am (Pacific Time - US & Canada) on Wednesday, November 18, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/ews-pkro-dzu

        Questions:
        Anything you'd like Owen to know before the call?
        I'm currently at a Spokane health system and interested in the HL7/FHIR validation work.

        View event in Calendly: https://calendly.com/events/4b1e0f7c-22d9-4a0b-9d6e-58f3c7a1e902

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4b1e0f7c-22d9-4a0b-9d6e-58f3c7a1e902
        Reschedule: https://calendly.com/reschedulings/4b1e0f7c-22d9-4a0b-9d6e-58f3c7a1e902

        Powered by Calendly.com
    """)
    body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <p>Hi Kayla Nguyen,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>QA Lead - Intro Interview (30 min)</p>
        <p><b>Invitee:</b><br>Kayla Nguyen</p>
        <p><b>Invitee Email:</b><br><a href="mailto:kayla.nguyen@example.org">kayla.nguyen@example.org</a></p>
        <p><b>Event Date/Time:</b><br>10:30am - 11:00am (Pacific Time - US &amp; Canada) on Wednesday, November 18, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/ews-pkro-dzu">Join now</a></p>
        <p><b>Questions:</b><br>Anything you'd like Owen to know before the call?<br>I'm currently at a Spokane health system and interested in the HL7/FHIR validation work.</p>
        <p><a href="https://calendly.com/events/4b1e0f7c-22d9-4a0b-9d6e-58f3c7a1e902">View event in Calendly</a></p>
        <p>Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/4b1e0f7c-22d9-4a0b-9d6e-58f3c7a1e902">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/4b1e0f7c-22d9-4a0b-9d6e-58f3c7a1e902">Reschedule</a></p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:4b1e0f7c-22d9-4a0b-9d6e-58f3c7a1e902@calendly.com
        DTSTAMP:20261113T190219Z
        DTSTART:20261118T183000Z
        DTEND:20261118T190000Z
        SUMMARY:QA Lead - Intro Interview (30 min) between Owen Marsh and Kayla Nguyen
        LOCATION:https://meet.google.com/ews-pkro-dzu
        ORGANIZER;CN=Owen Marsh:mailto:owen.marsh@lakeshoreclinical.com
        ATTENDEE;CN=Kayla Nguyen;PARTSTAT=ACCEPTED:mailto:kayla.nguyen@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("o1.ptr4412.calendly.com (o1.ptr4412.calendly.com [167.89.0.44])", when, LA, "4LBxk0sWm2z6"),
        ("Date", date(when, LA)),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Owen Marsh", "owen.marsh@lakeshoreclinical.com")),
        ("To", ME),
        ("Subject", "New Event: Kayla Nguyen - 10:30am Wed, Nov 18, 2026 - QA Lead - Intro Interview (30 min)"),
        ("Message-ID", "<9YwE3nqkT0y7bq1xgJ2r8A@geopod-ismtpd-4>"),
    ], mixed(alt(text(plain), html(body)),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(n(7), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
           company="Fernhollow Data", contact="jess@fernhollowdata.com",
           start=utc("2026-10-08 14:00", LA), end=utc("2026-10-08 15:00", LA),
           local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00", zone=LA,
           note="Google Calendar invitation from a Portland hiring manager, 'Thu Oct 8, 2026 2pm - "
                "3pm (PDT)' = UTC-7 -> 21:00Z-22:00Z, ICS with TZID America/Los_Angeles; contact = "
                "organizer/sender")
def gcal_fernhollow() -> bytes:
    when = "2026-10-05 16:40:51"
    plain = t("""
        Kayla Nguyen / Fernhollow - technical interview
        Thursday Oct 8, 2026 ⋅ 2pm – 3pm
        Pacific Time - Los Angeles

        Hi Kayla - looking forward to it. We'll spend ~20 min on your test-automation background,
        then pair on a small data-validation exercise in Python. No prep needed.
        - Jess

        Join with Google Meet
        meet.google.com/hxa-pwvd-kmo

        Organizer
        Jess Oyelaran
        jess@fernhollowdata.com

        Guests
        Jess Oyelaran - organizer
        Kayla Nguyen
        Sam Redfeather

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=MmZ0Y2hubjM5

        Reply for kayla.nguyen@example.org
        Yes / No / Maybe / More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
    """)
    body = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:22px;font-weight:400">Kayla Nguyen / Fernhollow - technical interview</h2>
        <div>Thursday Oct 8, 2026 ⋅ 2pm – 3pm<br><span style="color:#70757a">Pacific Time - Los Angeles</span></div>
        <p>Hi Kayla - looking forward to it. We'll spend ~20 min on your test-automation background, then pair on a small data-validation exercise in Python. No prep needed.<br>- Jess</p>
        <p><a href="https://meet.google.com/hxa-pwvd-kmo" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a><br>meet.google.com/hxa-pwvd-kmo</p>
        <p><b>Organizer</b><br>Jess Oyelaran<br>jess@fernhollowdata.com</p>
        <p><b>Guests</b><br>Jess Oyelaran - organizer<br>Kayla Nguyen<br>Sam Redfeather</p>
        <p>Reply for kayla.nguyen@example.org &nbsp; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Yes</a> <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a> <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Maybe</a></p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + TZ_LA + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20261008T140000
        DTEND;TZID=America/Los_Angeles:20261008T150000
        DTSTAMP:20261005T234051Z
        ORGANIZER;CN=Jess Oyelaran:mailto:jess@fernhollowdata.com
        UID:2ftchnn39k5q8v0r1s3b6d7e2a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kayla Nguyen;X-NUM-GUESTS=0:mailto:kayla.nguyen@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jess Oyelaran;X-NUM-GUESTS=0:mailto:jess@fernhollowdata.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sam Redfeather;X-NUM-GUESTS=0:mailto:sam@fernhollowdata.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/hxa-pwvd-kmo
        CREATED:20261005T234050Z
        DESCRIPTION:Hi Kayla - looking forward to it. We'll spend ~20 min on your test-automation background\\, then pair on a small data-validation exercise in Python. No prep needed.\\n- Jess
        LAST-MODIFIED:20261005T234050Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Kayla Nguyen / Fernhollow - technical interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, LA, "4Kyd0F2HxVz5", 2),
        ("Reply-To", addr("Jess Oyelaran", "jess@fernhollowdata.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-7f3b0a2e-1c4d-4f8e-9a6b-5d2e8c1f0b37@google.com>"),
        ("Date", date(when, LA)),
        ("Subject", "Invitation: Kayla Nguyen / Fernhollow - technical interview @ Thu Oct 8, 2026 2pm - 3pm "
                    "(PDT) (kayla.nguyen@example.org)"),
        ("From", addr("Jess Oyelaran", "jess@fernhollowdata.com")),
        ("To", ME),
    ], mixed(alt(text(plain, cte="quoted-printable", params="format=flowed; delsp=yes"),
                 html(body), calendar(ics, cte="7bit")),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(n(8), family="exchange", lang="en-US", interview=True, kind="scheduled",
           company="Beacon Street Diagnostics", contact="hgreer@beaconstreetdx.com",
           start=utc("2026-11-03 11:00", NY), end=utc("2026-11-03 12:00", NY),
           local="Tue 2026-11-03 11:00", local_end="2026-11-03 12:00", zone=NY,
           note="Outlook meeting request from Boston, Windows zone 'Eastern Standard Time'; sent "
                "29 Oct in EDT, interview Tue 3 Nov after US DST ended 1 Nov: 11:00 AM EST (UTC-5) "
                "= 16:00Z-17:00Z ('8 AM your time', PST); contact = organizer/sender")
def exchange_beacon() -> bytes:
    when = "2026-10-29 14:05:33"
    teams = TEAMS_TEXT.format(mid="NjE5ZGQ4ZTQtYzNlYi00Y2Q1LWE2OGUtNDA0ZjM5N2I1YjFm", num="213 448 905 117",
                              code="Xq7mB2")
    plain = t("""
        When: Tuesday, November 3, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Kayla,

        Here's the invite for the panel we talked about. 11 Eastern is 8 AM for you in Spokane (the
        clocks go back this Sunday, so it's worth a glance at your calendar - sorry for the early start!).
        You'll meet me, Tomasz from LIS engineering and Renee from our CLIA compliance team.

        Thanks,
        Hannah

        Hannah Greer
        Director, Software Quality
        Beacon Street Diagnostics | 400 Atlantic Ave, Boston, MA 02110
        hgreer@beaconstreetdx.com | (617) 555-0190

    """) + teams
    body = t("""
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Hi Kayla,<o:p></o:p></p>
        <p class="MsoNormal">Here's the invite for the panel we talked about. 11 Eastern is 8 AM for you in Spokane (the clocks go back this Sunday, so it's worth a glance at your calendar - sorry for the early start!). You'll meet me, Tomasz from LIS engineering and Renee from our CLIA compliance team.<o:p></o:p></p>
        <p class="MsoNormal">Thanks,<br>Hannah<o:p></o:p></p>
        <p class="MsoNormal"><b>Hannah Greer</b><br>Director, Software Quality<br>Beacon Street Diagnostics | 400 Atlantic Ave, Boston, MA 02110<br>hgreer@beaconstreetdx.com | (617) 555-0190<o:p></o:p></p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE5ZGQ4ZTQtYzNlYi00Y2Q1LWE2OGUtNDA0ZjM5N2I1YjFm%40thread.v2/0">Click here to join the meeting</a><br>
        Meeting ID: 213 448 905 117<br>Passcode: Xq7mB2</div>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Hannah Greer:mailto:hgreer@beaconstreetdx.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kayla Nguyen:mailto:kayla.nguyen@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomasz Wierzbicki:mailto:twierzbicki@beaconstreetdx.com
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Renee Olafsson:mailto:rolafsson@beaconstreetdx.com
        DESCRIPTION;LANGUAGE=en-US:Hi Kayla\\,\\n\\nHere's the invite for the panel we talked about.\\n
        UID:040000008200E00074C5B7101A82E008000000004C9A1F6E1A67DC01000000000000000010000000E5B3D7C1F0A24C4B8E6D2A9F3B7C1E05
        SUMMARY;LANGUAGE=en-US:Interview: Kayla Nguyen - QA Engineer\\, Lab Systems
        DTSTART;TZID=Eastern Standard Time:20261103T110000
        DTEND;TZID=Eastern Standard Time:20261103T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261029T180533Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121943814
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
    return message([
        rcv("NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2104.outbound.protection.outlook.com [40.107.243.104])",
            when, NY, "4L0Cw3Zr9Jz2", 3),
        ("From", addr("Hannah Greer", "hgreer@beaconstreetdx.com")),
        ("To", addr("Kayla Nguyen", ME)),
        ("CC", "Tomasz Wierzbicki <twierzbicki@beaconstreetdx.com>, Renee Olafsson <rolafsson@beaconstreetdx.com>"),
        ("Subject", "Interview: Kayla Nguyen - QA Engineer, Lab Systems"),
        ("Thread-Topic", "Interview: Kayla Nguyen - QA Engineer, Lab Systems"),
        ("Thread-Index", "AdtKc3b1vQ0n8m4ZS9uK7c2yT1aPqA=="),
        ("Date", date(when, NY)),
        ("Message-ID", "<BL1PR12MB5874E2A9C3D0F4B7E1A6C2D8B5F19@BL1PR12MB5874.namprd12.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(plain), html(body), calendar(ics, cte="base64")))


@make.mail(n(9), family="human_prose", lang="en-US", interview=True, kind="scheduled",
           company="Latah Creek School District", contact="rdunlap@latahcreeksd.org",
           start=utc("2026-09-22 10:00", LA), end=None,
           local="Tue 2026-09-22 10:00", zone=LA,
           note="Terse phone reply 'See you tomorrow at 10' sent Mon 21 Sep 08:05 PDT, so Tue 22 Sep "
                "10:00 PDT (UTC-7) = 17:00Z; the quoted thread has the proposal and Kayla's yes; no "
                "length; contact = sender (thread: the earlier proposal mail is a negative)")
def prose_latah_tomorrow() -> bytes:
    when = "2026-09-21 08:05:12"
    plain = t("""
        Perfect. See you tomorrow at 10, district office, 2nd floor conf room B. Just check in at the front desk and they'll call up.

        Rob

        Sent from my iPhone

        > On Sep 18, 2026, at 4:52 PM, Kayla Nguyen <kayla.nguyen@example.org> wrote:
        >
        > Hi Rob,
        >
        > Tuesday at 10 works great for me. Should I bring anything besides a copy of my resume?
        >
        > Thanks,
        > Kayla
        >
        >> On Thu, Sep 17, 2026 at 3:15 PM Rob Dunlap <rdunlap@latahcreeksd.org> wrote:
        >> Hi Kayla, thanks for applying for the Assessment & Student Data QA Specialist position.
        >> We'd like to bring you in to meet with me and our assessment coordinator. Would Tuesday
        >> (9/22) at 10 work? If not I also have Wednesday afternoon open.
        >>
        >> Rob Dunlap
        >> Director of Assessment & Data Systems
        >> Latah Creek School District
    """)
    return message([
        rcv("mail-pj1-f52.google.com (mail-pj1-f52.google.com [209.85.216.52])", when, LA, "4Kvw8HbQd3z8"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("From", "Rob Dunlap <rdunlap@latahcreeksd.org>"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "Re: Interview - Assessment & Student Data QA Specialist"),
        ("Date", date(when, LA)),
        ("References", "<CAL7qFz0mXbH2yU4tPq9kR3nE1oVw6d@mail.gmail.com> <9F2C81A4-3D0B-4E7A-B1C5-7E2D3F9A0B61@example.org>"),
        ("In-Reply-To", "<9F2C81A4-3D0B-4E7A-B1C5-7E2D3F9A0B61@example.org>"),
        ("To", "Kayla Nguyen <kayla.nguyen@example.org>"),
        ("Message-ID", "<4C7E1B92-0A5F-4D38-9E26-B1F3A8D05C77@latahcreeksd.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], make.Part([], text(plain).body), mime_version=False)


@make.mail(n(10), family="zoom", lang="en-US", interview=True, kind="scheduled",
           company="Hollowpine Games", contact="tasha@hollowpinegames.com",
           start=utc("2026-12-03 16:30", LA), end=utc("2026-12-03 17:30", LA),
           local="Thu 2026-12-03 16:30", local_end="2026-12-03 17:30", zone=LA,
           note="Game-studio recruiter with a pasted Zoom invitation 'Dec 3, 2026 04:30 PM Pacific "
                "Time' (PST, UTC-8) = 00:30Z on 4 Dec, another day in UTC; '60 minutes on the "
                "calendar' -> end 01:30Z; contact = sender")
def zoom_hollowpine() -> bytes:
    when = "2026-11-30 15:22:48"
    plain = t("""
        Hey Kayla!

        Thursday at 4:30 it is. Our studio director Felix Amundsen is joining too - he's usually
        heads-down in playtests until 4, so the late slot actually helps us. We've got 60 minutes on
        the calendar: half on your telemetry/data QA experience, half on how you'd test our live-ops
        event pipeline. Zoom details below.

        Tasha

        Tasha Brightwater (she/her)
        Talent Partner | Hollowpine Games
        Seattle, WA

        ---

        Tasha Brightwater is inviting you to a scheduled Zoom meeting.

        Topic: Hollowpine x Kayla Nguyen - QA Lead, Live Ops Data
        Time: Dec 3, 2026 04:30 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://us06web.zoom.us/j/87731460925?pwd=bXlTb0ZyZ2pWd3VxR0lHc3hBVm9Vdz09

        Meeting ID: 877 3146 0925
        Passcode: 512834

        ---

        One tap mobile
        +12532158782,,87731460925#,,,,*512834# US (Tacoma)
        +12063379723,,87731460925#,,,,*512834# US (Seattle)

        Find your local number: https://us06web.zoom.us/u/kdLq3wV7Ab
    """)
    return message([
        rcv("mail-yw1-f177.google.com (mail-yw1-f177.google.com [209.85.128.177])", when, LA, "4LJ2pX0sHnz3"),
        ("MIME-Version", "1.0"),
        ("From", "Tasha Brightwater <tasha@hollowpinegames.com>"),
        ("Date", date(when, LA)),
        ("Message-ID", "<CAOq8Jm3vR5t9e2Y1wNzB7kX0cD4hF6gL2pQ8sT1uV3@mail.gmail.com>"),
        ("Subject", "Re: Hollowpine - next step (QA Lead, Live Ops Data)"),
        ("To", "Kayla Nguyen <kayla.nguyen@example.org>"),
    ], alt(text(plain, cte="7bit"), html(gmail_html(plain))), mime_version=False)


@make.mail(n(11), family="icims", lang="en-US", interview=True, kind="scheduled",
           company="Prairie Ridge Mutual", contact="stacy.lindgren@prairieridgemutual.com",
           start=utc("2026-10-20 11:00", CHI), end=utc("2026-10-20 11:45", CHI),
           local="Tue 2026-10-20 11:00", local_end="2026-10-20 11:45", zone=CHI,
           note="iCIMS notice from a Des Moines insurer, iso-8859-1: '11:00 AM Central (9:00 AM "
                "Pacific)' in October = CDT (UTC-5) -> 16:00Z; '45-minute phone interview' -> "
                "16:45Z; tenant sender is a role address, contact = the recruiter written in the body")
def icims_prairie_ridge() -> bytes:
    when = "2026-10-14 07:55:03"
    plain = t("""
        Dear Kayla,

        Thank you for your interest in Prairie Ridge Mutual. We are pleased to confirm your
        interview for Requisition 2026-4471, Senior QA Analyst - Claims Data (Remote).

          Date:        Tuesday, October 20, 2026
          Time:        11:00 AM Central (9:00 AM Pacific)
          Format:      45-minute phone interview
          Interviewer: Derek Haugland, Director of Quality Engineering

        Derek will call you at the number on your application (509) 555-0163.

        If you need to reschedule, please contact Stacy Lindgren, Senior Recruiter, at
        stacy.lindgren@prairieridgemutual.com at least 24 hours in advance.

        Regards,
        Talent Acquisition
        Prairie Ridge Mutual · Des Moines, Iowa

        © 2026 Prairie Ridge Mutual Insurance Company. Please do not reply to this message; this
        mailbox is not monitored.
    """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Georgia,serif;font-size:14px">
        <p>Dear Kayla,</p>
        <p>Thank you for your interest in Prairie Ridge Mutual. We are pleased to confirm your interview for Requisition 2026-4471, <i>Senior QA Analyst - Claims Data (Remote)</i>.</p>
        <table border="0" cellpadding="3">
        <tr><td>Date:</td><td>Tuesday, October 20, 2026</td></tr>
        <tr><td>Time:</td><td>11:00 AM Central (9:00 AM Pacific)</td></tr>
        <tr><td>Format:</td><td>45-minute phone interview</td></tr>
        <tr><td>Interviewer:</td><td>Derek Haugland, Director of Quality Engineering</td></tr>
        </table>
        <p>Derek will call you at the number on your application (509) 555-0163.</p>
        <p>If you need to reschedule, please contact Stacy Lindgren, Senior Recruiter, at <a href="mailto:stacy.lindgren@prairieridgemutual.com">stacy.lindgren@prairieridgemutual.com</a> at least 24 hours in advance.</p>
        <p>Regards,<br>Talent Acquisition<br>Prairie Ridge Mutual &middot; Des Moines, Iowa</p>
        <p style="font-size:10px;color:#777">&copy; 2026 Prairie Ridge Mutual Insurance Company. Please do not reply to this message; this mailbox is not monitored.</p>
        <img src="https://prairieridgemutual.icims.com/track/open?id=88120431" width="1" height="1" alt="">
        </body></html>
    """)
    return message([
        rcv("smtp05.talent.icims.com (smtp05.talent.icims.com [198.51.100.205])", when, LA, "4KzXm7Qp2Wz0"),
        ("Date", date(when, LA)),
        ("From", addr("Prairie Ridge Mutual", "prairieridgemutual@talent.icims.com")),
        ("To", addr("Kayla Nguyen", ME)),
        ("Subject", "Interview Confirmation - Senior QA Analyst - Claims Data (2026-4471)"),
        ("Message-ID", "<1792076103.55190.icims.2026-4471.Kayla@talent.icims.com>"),
        ("X-iCIMS-Portal", "prairieridgemutual"),
    ], alt(text(plain, charset="iso-8859-1"), html(body, charset="iso-8859-1")))


@make.mail(n(12), family="taleo", lang="en-US", interview=True, kind="scheduled",
           company="Cascadia Regional Health", contact="marisol.vega@cascadiaregional.org",
           start=utc("2026-11-05 08:30", LA), end=utc("2026-11-05 09:30", LA),
           local="Thu 2026-11-05 08:30", local_end="2026-11-05 09:30", zone=LA,
           note="Taleo notice (windows-1252, quoted-printable) sent Fri 30 Oct in PDT for Thu 5 Nov "
                "after DST ended: '8:30 AM – 9:30 AM Pacific Standard Time' (UTC-8) -> 16:30Z-17:30Z; "
                "contact = the recruiter named in the body")
def taleo_cascadia() -> bytes:
    when = "2026-10-30 16:18:27"
    plain = t("""
        Dear Kayla Nguyen,

        Thank you for your interest in career opportunities with Cascadia Regional Health. We are
        pleased to confirm your interview for the following position:

        Requisition: 26-08813 – Clinical Informatics QA Analyst (Epic Beaker / Lab)
        Date: Thursday, November 5, 2026
        Time: 8:30 AM – 9:30 AM Pacific Standard Time
        Format: Video interview (Webex). Your interviewer will send the link the day before.
        Panel: Tracy O’Donnell, Manager, Clinical Applications; Viktor Almasi, Lead Analyst

        Please have your photo ID available; a brief identity check is part of our interview
        process.

        If you have questions or need accommodation, please contact Marisol Vega, Recruiter, at
        marisol.vega@cascadiaregional.org or 503-555-0188.

        We look forward to speaking with you.

        Cascadia Regional Health Talent Acquisition

        *** This is an automated message. Replies to this address are not monitored. ***
    """)
    return message([
        rcv("rs4.taleo.net (rs4.taleo.net [192.0.2.214])", when, LA, "4L0qGz7v3Bz6"),
        ("From", addr("Cascadia Regional Health", "no-reply@taleo.net")),
        ("To", ME),
        ("Subject", "Interview Confirmation: Clinical Informatics QA Analyst (26-08813)"),
        ("Date", date(when, LA)),
        ("Message-ID", "<2093188012.1184.1793402307117.JavaMail.taleo@rs4.taleo.net>"),
        ("X-Mailer", "Taleo"),
    ], text(plain, charset="windows-1252"))


@make.mail(n(13), family="goodtime", lang="en-US", interview=True, kind="scheduled",
           company="Orcaline Software", contact="devin.kaur@orcaline.com",
           start=utc("2026-11-10 09:00", LA), end=utc("2026-11-10 11:30", LA),
           local="Tue 2026-11-10 09:00", local_end="2026-11-10 11:30", zone=LA,
           note="GoodTime itinerary of three sessions 'all times Pacific Time' on Tue 10 Nov (PST, "
                "UTC-8): first start 9:00 AM = 17:00Z to last end 11:30 AM = 19:30Z; no ICS in this "
                "mail; contact = Reply-To coordinator")
def goodtime_orcaline() -> bytes:
    when = "2026-11-04 13:36:10"
    plain = t("""
        Hi Kayla,

        Your interview with Orcaline Software is confirmed. Here is your itinerary.

        Senior QA Engineer, Health Data Exchange
        Tuesday, November 10, 2026 (all times Pacific Time)

        9:00 AM - 9:45 AM    Coding & test design        Mei Lin, Software Engineer
        10:00 AM - 10:45 AM  Data quality deep dive      Abe Sorensen, Principal QA Engineer
        11:00 AM - 11:30 AM  Hiring manager              Carla Nwosu, Engineering Manager

        Location: Zoom - each session has its own link in the calendar invitations you'll receive
        separately.

        Questions? Reply to this email to reach Devin Kaur, Recruiting Coordinator.

        Orcaline Software
        Scheduled with GoodTime
    """)
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Kayla,</p>
        <p>Your interview with <b>Orcaline Software</b> is confirmed. Here is your itinerary.</p>
        <h3 style="margin-bottom:2px">Senior QA Engineer, Health Data Exchange</h3>
        <p style="margin-top:0">Tuesday, November 10, 2026 <span style="color:#666">(all times Pacific Time)</span></p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr style="background:#f2f4f7"><td>9:00 AM - 9:45 AM</td><td>Coding &amp; test design</td><td>Mei Lin, Software Engineer</td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Data quality deep dive</td><td>Abe Sorensen, Principal QA Engineer</td></tr>
        <tr style="background:#f2f4f7"><td>11:00 AM - 11:30 AM</td><td>Hiring manager</td><td>Carla Nwosu, Engineering Manager</td></tr>
        </table>
        <p>Location: Zoom - each session has its own link in the calendar invitations you'll receive separately.</p>
        <p>Questions? Reply to this email to reach Devin Kaur, Recruiting Coordinator.</p>
        <p>Orcaline Software<br><span style="font-size:11px;color:#999">Scheduled with GoodTime</span></p>
        </body></html>
    """)
    return message([
        rcv("mail.goodtime.io (mail.goodtime.io [203.0.113.90])", when, LA, "4L2n9Rk1FSz8"),
        ("From", addr("Orcaline Software", "scheduling@goodtime.io")),
        ("Reply-To", addr("Devin Kaur", "devin.kaur@orcaline.com")),
        ("To", KAYLA),
        ("Date", date(when, LA)),
        ("Subject", "Interview Confirmed: Senior QA Engineer, Health Data Exchange - Orcaline Software"),
        ("Message-ID", "<itinerary.a81c44e0f2.20261104213610@goodtime.io>"),
    ], alt(text(plain, cte="7bit"), html(body, cte="base64")))


@make.mail(n(14), family="personio", lang="en-US", interview=True, kind="scheduled",
           company="Kranich Health GmbH", contact="jana.bergmann@kranich-health.de",
           start=utc("2026-10-29 17:00", BER), end=utc("2026-10-29 17:45", BER),
           local="Thu 2026-10-29 17:00", local_end="2026-10-29 17:45", zone=BER,
           note="Personio invitation from a Berlin company hiring remote US QA: 'Thursday, 29 October "
                "2026, 17:00 – 17:45 (CET)' - Europe left summer time on 25 Oct, so UTC+1 -> "
                "16:00Z-16:45Z, which is 9:00 AM PDT as the mail says (US still on DST until 1 Nov); "
                "ICS Europe/Berlin; contact = Reply-To recruiter")
def personio_kranich() -> bytes:
    when = "2026-10-22 10:12:44"
    plain = t("""
        Dear Kayla,

        Thank you for your application as QA Engineer – Interoperability (Remote, US time zones).
        We are happy to confirm your first interview:

        Date: Thursday, 29 October 2026
        Time: 17:00 – 17:45 (CET, Berlin time)
        With: Jana Bergmann (Talent Acquisition) and Lukas Feld (Head of QA)
        Where: Google Meet – https://meet.google.com/kzr-txbn-vyw

        A small note on time zones: Europe switches back to winter time on 25 October, the US only
        on 1 November, so that week the difference is 8 hours. 17:00 in Berlin is 9:00 AM in
        Spokane.

        If you have any questions, just reply to this e-mail.

        Best regards
        Jana Bergmann
        Talent Acquisition | Kranich Health GmbH
        Rosenthaler Str. 40, 10178 Berlin

        This e-mail was sent via Personio.
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio//Recruiting//EN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-interview-5531907-kn@personio.de
        DTSTAMP:20261022T081244Z
        DTSTART;TZID=Europe/Berlin:20261029T170000
        DTEND;TZID=Europe/Berlin:20261029T174500
        SUMMARY:Interview Kayla Nguyen – QA Engineer Interoperability
        LOCATION:https://meet.google.com/kzr-txbn-vyw
        ORGANIZER;CN=Jana Bergmann:mailto:jana.bergmann@kranich-health.de
        ATTENDEE;CN=Kayla Nguyen;RSVP=TRUE:mailto:kayla.nguyen@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("mail-eu1.personio.de (mail-eu1.personio.de [192.0.2.61])", when, BER, "4KzhN0c6YTz1"),
        ("From", addr("Kranich Health GmbH", "noreply@personio.de")),
        ("Reply-To", addr("Jana Bergmann", "jana.bergmann@kranich-health.de")),
        ("To", KAYLA),
        ("Subject", enc("Interview invitation – QA Engineer Interoperability (Remote, US)")),
        ("Date", date(when, BER)),
        ("Message-ID", "<20261022081244.5531907.kn@personio.de>"),
    ], mixed(text(plain, cte="8bit"),
             calendar(ics, cte="quoted-printable", filename="interview.ics", disposition="attachment")))


@make.mail(n(15), family="forward_to_self", lang="en-US", interview=True, kind="scheduled",
           company="Bitterroot Health Plan", contact="jpike@summitlinestaffing.com",
           start=utc("2026-12-08 11:30", LA), end=utc("2026-12-08 12:00", LA),
           local="Tue 2026-12-08 11:30", local_end="2026-12-08 12:00", zone=LA,
           note="Kayla forwards an agency recruiter's confirmation from her personal address to "
                "herself; forwarded text 'Tuesday 12/8 at 11:30 AM Pacific' (PST, UTC-8) = 19:30Z, "
                "'a 30-minute call' -> 20:00Z; hiring company = the agency's client; contact = the "
                "recruiter in the forwarded header (never the candidate)")
def forward_self_summitline() -> bytes:
    when = "2026-12-03 12:40:09"
    plain = t("""
        so I don't lose this. call is tues

        Sent from my phone

        ---------- Forwarded message ---------
        From: Jordan Pike <jpike@summitlinestaffing.com>
        Date: Thu, Dec 3, 2026 at 9:14 AM
        Subject: Phone screen confirmed - QA Analyst (contract to hire)
        To: Kayla Nguyen <kayla.nguyen@example.net>


        Hi Kayla,

        Good news - the hiring manager at my client, Bitterroot Health Plan in Boise, wants to move
        forward. You're confirmed for a phone screen on Tuesday 12/8 at 11:30 AM Pacific with Lena
        Ford, their QA Manager. It's a 30-minute call and she'll ring your cell at 509-555-0163.

        Quick tips: she'll ask about claims EDI testing (837/835) and how you handle test data with
        PHI. Keep it conversational. Call me after if you can!

        Jordan Pike
        Senior Technical Recruiter | Summitline Staffing
        Spokane · Boise · Missoula
        c: 509-555-0121
    """)
    return message([
        rcv("smtp.example.net (smtp.example.net [192.0.2.25])", when, LA, "4LK7v2Tq0Dz5", 2),
        ("From", "Kayla Nguyen <kayla.nguyen@example.net>"),
        ("To", "kayla.nguyen@example.org"),
        ("Subject", "Fwd: Phone screen confirmed - QA Analyst (contract to hire)"),
        ("Date", date(when, LA)),
        ("Message-ID", "<CAHx7pQ2eN0r4Uy1wTz8Kc3bM5vL9dF6@mail.example.net>"),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(n(16), family="exchange_allday", lang="en-US", interview=True, kind="scheduled",
           company="Selkirk Health Network", contact="ycastellanos@selkirkhealth.org",
           start=utc("2026-12-09 08:45", LA), end=None,
           local="Wed 2026-12-09 08:45", zone=LA,
           note="Outlook all-day event (DTSTART;VALUE=DATE 20261209) blocking the day for the panel; "
                "the time is only in the text, 'be here at 8:45 AM' Spokane (PST, UTC-8) = 16:45Z; "
                "'wrap up around 12:30' is approximate, so no end; contact = organizer/sender")
def exchange_allday_selkirk() -> bytes:
    when = "2026-12-02 17:10:58"
    plain = t("""
        Hi Kayla,

        I've put the whole day on everyone's calendar so the panel keeps it clear, but you only need
        to be here at 8:45 AM. Come to the Selkirk Health Network admin building (1420 W. Riverside,
        4th floor) and ask for me at reception. You'll meet the informatics QA team in three short
        sessions and we should wrap up around 12:30 with lunch.

        Parking is in the Riverside garage; bring the ticket and we'll validate it.

        See you on the 9th,
        Yvonne

        Yvonne Castellanos
        Manager, Clinical Systems Quality
        Selkirk Health Network
        ycastellanos@selkirkhealth.org
    """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=Yvonne Castellanos:mailto:ycastellanos@selkirkhealth.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kayla Nguyen:mailto:kayla.nguyen@example.org
        DESCRIPTION;LANGUAGE=en-US:Hi Kayla\\, I've put the whole day on everyone's calendar so the panel keeps it clear\\, but you only need to be here at 8:45 AM.\\n
        UID:040000008200E00074C5B7101A82E00800000000D1B6C93E2C82DC010000000000000000100000003A7F1C9E4B2D8A4F9C6E1B3D5A7F2C08
        SUMMARY;LANGUAGE=en-US:Onsite interview - Kayla Nguyen (Informatics QA Analyst)
        DTSTART;VALUE=DATE:20261209
        DTEND;VALUE=DATE:20261210
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261203T011058Z
        TRANSP:TRANSPARENT
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Admin building\\, 1420 W. Riverside\\, 4th floor
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("mail-co1nam11on2091.outbound.protection.outlook.com (mail-co1nam11on2091.outbound.protection.outlook.com [40.107.220.91])",
            when, LA, "4LKzc8Nw5Xz7"),
        ("From", addr("Yvonne Castellanos", "ycastellanos@selkirkhealth.org")),
        ("To", addr("Kayla Nguyen", ME)),
        ("Subject", "Onsite interview - Kayla Nguyen (Informatics QA Analyst)"),
        ("Thread-Topic", "Onsite interview - Kayla Nguyen (Informatics QA Analyst)"),
        ("Thread-Index", "AdtXf1q0c8H2TzJvQn6m1k9bRwE4Lg=="),
        ("Date", date(when, LA)),
        ("Message-ID", "<CO1PR19MB4919B7F2E0C3D5A1E6F84B2C9D07A@CO1PR19MB4919.namprd19.prod.outlook.com>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(plain), html(gmail_html(plain).replace('<div dir="ltr">', '<div class="WordSection1">')),
           calendar(ics, cte="base64")))


@make.mail(n(17), family="teamtailor", lang="en-US", interview=True, kind="rescheduled",
           company="Mossline", contact="ruth.okafor@mossline.com",
           start=utc("2026-11-12 15:00", LA), end=utc("2026-11-12 15:45", LA),
           local="Thu 2026-11-12 15:00", local_end="2026-11-12 15:45", zone=LA,
           note="Teamtailor reschedule stating both times: old Wed 11 Nov 1:00 PM, new 'Thursday, "
                "November 12, 2026, 3:00 PM – 3:45 PM PST' (UTC-8) -> 23:00Z-23:45Z; ICS SEQUENCE:1 "
                "agrees; contact = Reply-To recruiter")
def teamtailor_mossline() -> bytes:
    when = "2026-11-09 10:44:31"
    plain = t("""
        Hi Kayla,

        Your interview for QA Engineer – Care Coordination at Mossline has been moved to a new time.

        Previous time: Wednesday, November 11, 2026, 1:00 PM – 1:45 PM PST
        New time:      Thursday, November 12, 2026, 3:00 PM – 3:45 PM PST

        Interviewer: Ruth Okafor, Engineering Lead
        Video: https://app.teamtailor.com/meetings/9f0c3b2e-7a1d-4e55-bd83-41c6a2f0e917

        An updated calendar invitation is attached. If the new time doesn't work, just reply and
        we'll find another one.

        Warm regards,
        The Mossline team
        Portland, Oregon
    """)
    body = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#1f1f1f">
        <div style="max-width:600px;margin:auto;padding:20px">
        <img src="https://assets.teamtailor-cdn.com/mossline/logo.png" alt="Mossline" height="32">
        <p>Hi Kayla,</p>
        <p>Your interview for <b>QA Engineer – Care Coordination</b> at Mossline has been moved to a new time.</p>
        <p style="color:#8a8a8a"><s>Wednesday, November 11, 2026, 1:00 PM – 1:45 PM PST</s></p>
        <p style="font-size:17px"><b>Thursday, November 12, 2026, 3:00 PM – 3:45 PM PST</b></p>
        <p>Interviewer: Ruth Okafor, Engineering Lead<br>
        <a href="https://app.teamtailor.com/meetings/9f0c3b2e-7a1d-4e55-bd83-41c6a2f0e917">Join video meeting</a></p>
        <p>An updated calendar invitation is attached. If the new time doesn't work, just reply and we'll find another one.</p>
        <p>Warm regards,<br>The Mossline team<br>Portland, Oregon</p>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:9f0c3b2e-7a1d-4e55-bd83-41c6a2f0e917@teamtailor.com
        DTSTAMP:20261109T184431Z
        DTSTART:20261112T230000Z
        DTEND:20261112T234500Z
        SEQUENCE:1
        SUMMARY:Interview: QA Engineer – Care Coordination (Mossline)
        ORGANIZER;CN=Ruth Okafor:mailto:ruth.okafor@mossline.com
        ATTENDEE;CN=Kayla Nguyen;RSVP=TRUE:mailto:kayla.nguyen@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("mail-out-03.teamtailor-mail.com (mail-out-03.teamtailor-mail.com [198.51.100.93])", when, LA,
            "4L3Rp4Hk9Mz2"),
        ("From", addr("Mossline", "no-reply@mossline.teamtailor-mail.com")),
        ("Reply-To", addr("Ruth Okafor", "ruth.okafor@mossline.com")),
        ("To", KAYLA),
        ("Subject", enc("Updated interview time – QA Engineer – Care Coordination")),
        ("Date", date(when, LA)),
        ("Message-ID", "<6f1b2c9e-0d47-4a83-a5e1-3c9f7b2d8e40@mossline.teamtailor-mail.com>"),
    ], mixed(alt(text(plain), html(body)), calendar(ics, filename="invite.ics", disposition="attachment",
                                                     cte="8bit")))


@make.mail(n(18), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
           company="Larkspur Health Analytics", contact="brianna@palousetalent.com",
           start=utc("2026-10-09 10:00", LA), end=None,
           local="Fri 2026-10-09 10:00", zone=LA,
           note="Agency recruiter's quick note: client moved Kayla from 'Thurs 2pm' to 'Friday 10/9 "
                "at 10am' (Spokane, PDT, UTC-7) = 17:00Z; no length; hiring company = the client; "
                "contact = sender (thread: the agency's September outreach is a negative)")
def prose_palouse_moved() -> bytes:
    when = "2026-10-05 12:31:40"
    plain = t("""
        Hi Kayla - change of plans, sry for the back and forth! Larkspur's QA director has a
        conflict Thursday so they moved you from Thurs 2pm to Friday 10/9 at 10am instead. Same
        place, their office on E Sprague (suite 300), ask for Dan Whitcomb.

        Im telling them ur confirmed unless I hear otherwise today. good luck!!

        Brianna

        --
        Brianna Soto | Palouse Talent Partners
        Technical Recruiting, Spokane WA
        brianna@palousetalent.com | 509-555-0134
    """)
    return message([
        rcv("mail-qv1-f48.google.com (mail-qv1-f48.google.com [209.85.219.48])", when, LA, "4KyLd7Pq2Cz4"),
        ("From", addr("Brianna Soto", "brianna@palousetalent.com")),
        ("To", ME),
        ("Subject", "Larkspur interview moved to Fri"),
        ("Date", date(when, LA)),
        ("Message-ID", "<CAEp9Rw2fT8kX4nQ1vZ7bJ0mY3cL6hD5sG@mail.gmail.com>"),
    ], alt(text(plain, cte="7bit"), html(gmail_html(plain))))


@make.mail(n(19), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
           company="Tidewater Analytics", contact="noah.prescott@tidewateranalytics.com",
           start=utc("2026-11-02 10:00", LA), end=utc("2026-11-02 11:00", LA),
           local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone=LA,
           note="Google Calendar 'Updated invitation' moving Fri 30 Oct 10am PDT to Mon 2 Nov 10am - "
                "11am, across the US DST end: PST (UTC-8) -> 18:00Z-19:00Z (the old slot was 17:00Z); "
                "ICS SEQUENCE:1 TZID America/Los_Angeles; contact = organizer")
def gcal_tidewater_updated() -> bytes:
    when = "2026-10-28 09:15:22"
    plain = t("""
        This event has been updated
        Changed: time

        QA Engineer interview - Kayla Nguyen
        Monday Nov 2, 2026 ⋅ 10am – 11am
        Pacific Time - Los Angeles

        Was: Friday Oct 30, 2026 ⋅ 10am – 11am

        Kayla - sorry to move this, our VP is out Friday. Same Meet link. -Noah

        Join with Google Meet
        meet.google.com/tqd-mfzw-ubh

        Organizer
        Noah Prescott
        noah.prescott@tidewateranalytics.com

        Guests
        Noah Prescott - organizer
        Kayla Nguyen
        Ines Albright

        Reply for kayla.nguyen@example.org
        Yes / No / Maybe / More options

        Invitation from Google Calendar
    """)
    body = t("""
        <!doctype html><html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="color:#d93025;font-size:14px">This event has been updated<br>Changed: time</div>
        <h2 style="font-size:22px;font-weight:400">QA Engineer interview - Kayla Nguyen</h2>
        <div><span style="background:#fce8b2">Monday Nov 2, 2026 ⋅ 10am – 11am</span><br><span style="color:#70757a">Pacific Time - Los Angeles</span></div>
        <div style="color:#70757a"><s>Friday Oct 30, 2026 ⋅ 10am – 11am</s></div>
        <p>Kayla - sorry to move this, our VP is out Friday. Same Meet link. -Noah</p>
        <p><a href="https://meet.google.com/tqd-mfzw-ubh">Join with Google Meet</a></p>
        <p><b>Organizer</b><br>Noah Prescott<br>noah.prescott@tidewateranalytics.com</p>
        <p><b>Guests</b><br>Noah Prescott - organizer<br>Kayla Nguyen<br>Ines Albright</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + TZ_LA + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20261102T100000
        DTEND;TZID=America/Los_Angeles:20261102T110000
        DTSTAMP:20261028T161522Z
        ORGANIZER;CN=Noah Prescott:mailto:noah.prescott@tidewateranalytics.com
        UID:5q0v7rmb2e1l9c3kd8n4a6f0h2@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kayla Nguyen;X-NUM-GUESTS=0:mailto:kayla.nguyen@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ines Albright;X-NUM-GUESTS=0:mailto:ines.albright@tidewateranalytics.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/tqd-mfzw-ubh
        CREATED:20261021T172904Z
        DESCRIPTION:Kayla - sorry to move this\\, our VP is out Friday. Same Meet link. -Noah
        LAST-MODIFIED:20261028T161521Z
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:QA Engineer interview - Kayla Nguyen
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, LA, "4L08sVb4n1z9", 2),
        ("Reply-To", addr("Noah Prescott", "noah.prescott@tidewateranalytics.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-b21e6f94-3a0d-4c71-8e52-7d9f1c0a4b68@google.com>"),
        ("Date", date(when, LA)),
        ("Subject", "Updated invitation: QA Engineer interview - Kayla Nguyen @ Mon Nov 2, 2026 10am - "
                    "11am (PST) (kayla.nguyen@example.org)"),
        ("From", addr("Noah Prescott", "noah.prescott@tidewateranalytics.com")),
        ("To", ME),
    ], mixed(alt(text(plain, params="format=flowed; delsp=yes"), html(body), calendar(ics)),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(n(20), family="microsoft_bookings", lang="en-US", interview=True, kind="rescheduled",
           company="Bonneville Family Clinics", contact=None,
           start=utc("2026-11-20 10:00", DEN), end=utc("2026-11-20 10:30", DEN),
           local="Fri 2026-11-20 10:00", local_end="2026-11-20 10:30", zone=DEN,
           note="Microsoft Bookings 'booking updated' from a Salt Lake City clinic group's shared "
                "mailbox: 'Friday, November 20, 2026 10:00 AM - 10:30 AM (UTC-07:00) Mountain Time' "
                "(MST in November) -> 17:00Z-17:30Z; ICS Windows zone 'Mountain Standard Time'; "
                "previous slot Thu 19 Nov 1:00 PM; staff named but no personal address -> contact null")
def bookings_bonneville() -> bytes:
    when = "2026-11-16 14:27:05"
    plain = t("""
        Your booking has been updated

        Bonneville Family Clinics - Talent Acquisition

        QA Analyst, EHR Integrations - Screening interview
        Friday, November 20, 2026
        10:00 AM - 10:30 AM (UTC-07:00) Mountain Time (US & Canada)

        This replaces your previous booking on Thursday, November 19, 2026 at 1:00 PM.

        Staff: Carmen Ruiz

        Join your appointment
        Join Microsoft Teams Meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk3YmQ2NjQtNWE4Yy00%40thread.v2/0>

        Manage booking<https://outlook.office365.com/owa/calendar/BFCInterviews@bonnevillefc.com/bookings/manage>
        Need to make changes? Reschedule or cancel your booking from the link above.

        Bonneville Family Clinics
        2150 S. State St, Salt Lake City, UT 84115
    """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#242424;max-width:560px">
        <div style="font-size:20px;font-weight:600">Your booking has been updated</div>
        <div style="color:#616161">Bonneville Family Clinics - Talent Acquisition</div>
        <hr>
        <div style="font-weight:600">QA Analyst, EHR Integrations - Screening interview</div>
        <div>Friday, November 20, 2026</div>
        <div>10:00 AM - 10:30 AM (UTC-07:00) Mountain Time (US &amp; Canada)</div>
        <p style="color:#616161">This replaces your previous booking on Thursday, November 19, 2026 at 1:00 PM.</p>
        <div>Staff: Carmen Ruiz</div>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk3YmQ2NjQtNWE4Yy00%40thread.v2/0">Join Microsoft Teams Meeting</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/BFCInterviews@bonnevillefc.com/bookings/manage">Manage booking</a></p>
        <p style="font-size:12px;color:#616161">Bonneville Family Clinics<br>2150 S. State St, Salt Lake City, UT 84115</p>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + TZ_WIN_MOUNTAIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Bonneville Family Clinics - Talent Acquisition:mailto:BFCInterviews@bonnevillefc.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kayla Nguyen:mailto:kayla.nguyen@example.org
        UID:040000008200E00074C5B7101A82E00800000000F4A21D8C6E7ADC010000000000000000100000009E2B4C7D1F3A5E6B8C0D2F4A6B8C0E1D
        SUMMARY;LANGUAGE=en-US:QA Analyst\\, EHR Integrations - Screening interview
        DTSTART;TZID=Mountain Standard Time:20261120T100000
        DTEND;TZID=Mountain Standard Time:20261120T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261116T222705Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("mail-bn8nam12on2120.outbound.protection.outlook.com (mail-bn8nam12on2120.outbound.protection.outlook.com [40.107.237.120])",
            when, LA, "4L5Gq1Rt7Xz3"),
        ("From", addr("Bonneville Family Clinics - Talent Acquisition", "BFCInterviews@bonnevillefc.com")),
        ("To", addr("Kayla Nguyen", ME)),
        ("Subject", "Updated booking with Bonneville Family Clinics - Talent Acquisition"),
        ("Date", date(when, LA)),
        ("Message-ID", "<SA1PR11MB8472C9E3B0A45D7F1E2B6C8D94A0E@SA1PR11MB8472.namprd11.prod.outlook.com>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", "yes"),
    ], mixed(alt(text(plain), html(body)),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@make.mail(n(21), family="calendly", lang="en-US", interview=True, kind="cancelled",
           company="Quarry Peak Software", contact="tyler@quarrypeak.io",
           start=utc("2026-11-17 14:00", LA), end=utc("2026-11-17 14:45", LA),
           local="Tue 2026-11-17 14:00", local_end="2026-11-17 14:45", zone=LA,
           note="Calendly cancellation by the host (Salt Lake City), shown in the invitee's zone "
                "'2:00pm - 2:45pm (Pacific Time - US & Canada)' = PST (UTC-8) -> 22:00Z-22:45Z, the "
                "cancelled slot; no new time (hiring freeze); ICS METHOD:CANCEL; contact = Reply-To host")
def calendly_cancel_quarry() -> bytes:
    when = "2026-11-16 09:03:47"
    plain = t("""
        Hi Kayla Nguyen,

        Tyler Westover has canceled the following event.

        Event Type:
        Interview - QA Engineer (45 min)

        Event Date/Time:
        2:00pm - 2:45pm (Pacific Time - US & Canada) on Tuesday, November 17, 2026

        Canceled by:
        Tyler Westover

        Reason for canceling:
        So sorry Kayla - we just froze hiring for the rest of Q4. I'll reach out if the role reopens
        in January.

        Powered by Calendly.com
    """)
    body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <p>Hi Kayla Nguyen,</p>
        <p>Tyler Westover has canceled the following event.</p>
        <p><b>Event Type:</b><br>Interview - QA Engineer (45 min)</p>
        <p><b>Event Date/Time:</b><br><s>2:00pm - 2:45pm (Pacific Time - US &amp; Canada) on Tuesday, November 17, 2026</s></p>
        <p><b>Canceled by:</b><br>Tyler Westover</p>
        <p><b>Reason for canceling:</b><br>So sorry Kayla - we just froze hiring for the rest of Q4. I'll reach out if the role reopens in January.</p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:c7a02e91-5b3f-4d68-a1e4-9f60d2b8c315@calendly.com
        DTSTAMP:20261116T170347Z
        DTSTART:20261117T220000Z
        DTEND:20261117T224500Z
        SEQUENCE:1
        SUMMARY:Interview - QA Engineer (45 min) between Tyler Westover and Kayla Nguyen
        ORGANIZER;CN=Tyler Westover:mailto:tyler@quarrypeak.io
        ATTENDEE;CN=Kayla Nguyen:mailto:kayla.nguyen@example.org
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("o2.ptr4412.calendly.com (o2.ptr4412.calendly.com [167.89.0.45])", when, LA, "4L5Bn2Wd8Kz1"),
        ("Date", date(when, LA)),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Tyler Westover", "tyler@quarrypeak.io")),
        ("To", ME),
        ("Subject", "Canceled: Kayla Nguyen - 2:00pm Tue, Nov 17, 2026 - Interview - QA Engineer (45 min)"),
        ("Message-ID", "<Qk2d0T7sRZy8vF3nW1mP5g@geopod-ismtpd-7>"),
    ], mixed(alt(text(plain), html(body)),
             calendar(ics, method="CANCEL", filename="invite.ics", disposition="attachment", cte="base64")))


@make.mail(n(22), family="human_prose", lang="en-US", interview=True, kind="cancelled",
           company="Halyard Health", contact="marcus.bell@halyardhealth.com",
           start=utc("2026-10-13 13:00", NY), end=None,
           local="Tue 2026-10-13 13:00", zone=NY,
           note="Recruiter cancels 'tomorrow's 1:00 PM ET interview' (sent Mon 12 Oct in EDT, so Tue "
                "13 Oct 1:00 PM EDT, UTC-4 = 17:00Z), role on hold, no new time; this mail gives no "
                "length, so end null; contact = sender (thread with the Ashby confirmation)")
def prose_halyard_cancel() -> bytes:
    when = "2026-10-12 09:10:26"
    plain = t("""
        Hi Kayla,

        I'm really sorry to do this on short notice, but we need to cancel tomorrow's 1:00 PM ET
        interview with Aisha. Leadership put the Product QA Engineer req on hold this morning while
        they finalize the 2027 budget, and I didn't want you to prep for a conversation we can't
        move forward on right now.

        This isn't a reflection on you at all - your background was exactly what Aisha was looking
        for. If the role reopens I'll reach out to you first.

        Again, my apologies.

        Marcus Bell
        Senior Technical Recruiter
        Halyard Health | New York, NY
        marcus.bell@halyardhealth.com
    """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Kayla,</p>
        <p>I&#8217;m really sorry to do this on short notice, but we need to cancel tomorrow&#8217;s 1:00 PM ET interview with Aisha. Leadership put the Product QA Engineer req on hold this morning while they finalize the 2027 budget, and I didn&#8217;t want you to prep for a conversation we can&#8217;t move forward on right now.</p>
        <p>This isn&#8217;t a reflection on you at all &#8211; your background was exactly what Aisha was looking for. If the role reopens I&#8217;ll reach out to you first.</p>
        <p>Again, my apologies.</p>
        <p><b>Marcus Bell</b><br>Senior Technical Recruiter<br>Halyard Health | New York, NY<br>marcus.bell@halyardhealth.com</p>
        </div></body></html>
    """)
    return message([
        rcv("mail-mw2nam10on2139.outbound.protection.outlook.com (mail-mw2nam10on2139.outbound.protection.outlook.com [40.107.94.139])",
            when, NY, "4KzFk6Lv0Qz8"),
        ("From", addr("Marcus Bell", "marcus.bell@halyardhealth.com")),
        ("To", addr("Kayla Nguyen", ME)),
        ("Subject", "Tomorrow's interview - Halyard Health"),
        ("Thread-Topic", "Tomorrow's interview - Halyard Health"),
        ("Date", date(when, NY)),
        ("Message-ID", "<MW4PR10MB5617A0C3E9D2B4F1A7E6C8B05D3F2@MW4PR10MB5617.namprd10.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(plain), html(body)))


@make.mail(n(23), family="exchange", lang="en-US", interview=True, kind="cancelled",
           company="Prairie Ridge Mutual", contact="derek.haugland@prairieridgemutual.com",
           start=utc("2026-12-01 13:00", CHI), end=utc("2026-12-01 14:30", CHI),
           local="Tue 2026-12-01 13:00", local_end="2026-12-01 14:30", zone=CHI,
           note="Outlook cancellation (METHOD:CANCEL) of the final panel, Windows zone 'Central "
                "Standard Time': 'Tuesday, December 1, 2026 1:00 PM-2:30 PM (UTC-06:00)' = CST -> "
                "19:00Z-20:30Z, the cancelled slot; filled internally, no new time; contact = "
                "organizer/sender (thread with the iCIMS confirmation)")
def exchange_cancel_prairie() -> bytes:
    when = "2026-11-25 10:20:14"
    plain = t("""
        When: Tuesday, December 1, 2026 1:00 PM-2:30 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Kayla - apologies, we've had to cancel Tuesday's final panel. We extended an offer to an
        internal candidate late yesterday and it was accepted this morning. Stacy will follow up
        with you; I enjoyed our conversation in October and hope our paths cross again.

        Derek
    """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Kayla - apologies, we&#8217;ve had to cancel Tuesday&#8217;s final panel. We extended an offer to an internal candidate late yesterday and it was accepted this morning. Stacy will follow up with you; I enjoyed our conversation in October and hope our paths cross again.</p>
        <p class="MsoNormal">Derek</p>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Derek Haugland:mailto:derek.haugland@prairieridgemutual.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kayla Nguyen:mailto:kayla.nguyen@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Stacy Lindgren:mailto:stacy.lindgren@prairieridgemutual.com
        UID:040000008200E00074C5B7101A82E0080000000071C5E2A9F67BDC010000000000000000100000004D8E1A6B3C9F2E7A5B0C4D8E2F6A1B3C
        SUMMARY;LANGUAGE=en-US:Canceled: Prairie Ridge - Final panel - Kayla Nguyen
        DTSTART;TZID=Central Standard Time:20261201T130000
        DTEND;TZID=Central Standard Time:20261201T143000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261125T162014Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("mail-ch2nam12on2096.outbound.protection.outlook.com (mail-ch2nam12on2096.outbound.protection.outlook.com [40.107.220.96])",
            when, CHI, "4LBm3Vs6Hqz0"),
        ("From", addr("Derek Haugland", "derek.haugland@prairieridgemutual.com")),
        ("To", addr("Kayla Nguyen", ME)),
        ("CC", "Stacy Lindgren <stacy.lindgren@prairieridgemutual.com>"),
        ("Subject", "Canceled: Prairie Ridge - Final panel - Kayla Nguyen"),
        ("Thread-Topic", "Prairie Ridge - Final panel - Kayla Nguyen"),
        ("Thread-Index", "AdtFq3m8x2ZbT1kRQc6v0n9Yw4pJ7A=="),
        ("Date", date(when, CHI)),
        ("Message-ID", "<CH3PR12MB8310E7B2D4A9C1F0E5B3A6D82C9F4@CH3PR12MB8310.namprd12.prod.outlook.com>"),
        ("Importance", "high"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(plain), html(body), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@make.mail(n(24), family="recruitee_rejection", lang="en-US", interview=False, company="Juniper Row Health",
           note="Recruitee rejection after an interview already held ('Tuesday, September 29'); no "
                "upcoming time", days=(("Tue", "2026-09-29"),))
def recruitee_rejection_juniper() -> bytes:
    when = "2026-10-02 13:48:21"
    plain = t("""
        Hi Kayla,

        Thank you for interviewing with us on Tuesday, September 29 for the Senior QA Analyst -
        Population Health role, and for the thoughtful questions you asked about our claims data
        feeds.

        After a lot of discussion, we've decided to move forward with another candidate whose
        experience lines up more closely with our Medicaid reporting work. This was a hard call -
        the team really enjoyed meeting you.

        We'd like to keep your profile in our talent pool and will reach out if a role opens that
        fits. You can withdraw your data at any time via the link below.

        All the best with your search,
        Nadia Whitehorse
        People Team, Juniper Row Health

        Manage your data: https://juniperrowhealth.recruitee.com/o/privacy
    """)
    return message([
        rcv("mail-4.recruitee.com (mail-4.recruitee.com [198.51.100.44])", when, LA, "4KxY0m3Rz7z2"),
        ("From", addr("Juniper Row Health", "no-reply@recruitee.com")),
        ("To", KAYLA),
        ("Subject", "Your application for Senior QA Analyst - Population Health"),
        ("Date", date(when, LA)),
        ("Message-ID", "<rt-c8a1f03e9b2d4e57@mail.recruitee.com>"),
    ], alt(text(plain), html(t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1c2430">
        <p>Hi Kayla,</p>
        <p>Thank you for interviewing with us on Tuesday, September 29 for the Senior QA Analyst - Population Health role, and for the thoughtful questions you asked about our claims data feeds.</p>
        <p>After a lot of discussion, we've decided to move forward with another candidate whose experience lines up more closely with our Medicaid reporting work. This was a hard call - the team really enjoyed meeting you.</p>
        <p>We'd like to keep your profile in our talent pool and will reach out if a role opens that fits. You can withdraw your data at any time via the link below.</p>
        <p>All the best with your search,<br>Nadia Whitehorse<br>People Team, Juniper Row Health</p>
        <p style="font-size:12px"><a href="https://juniperrowhealth.recruitee.com/o/privacy">Manage your data</a></p>
        </body></html>
    """))))


@make.mail(n(25), family="offer", lang="en-US", interview=False, company="Inland Crest Health",
           note="Offer letter with a fixed orientation time (Mon 4 Jan 2027 8:00 AM) and a signing "
                "deadline; a start date, not an interview (thread with the Greenhouse confirmation)",
           days=(("Mon", "2027-01-04"), ("Fri", "2026-12-11")))
def offer_inland_crest() -> bytes:
    when = "2026-12-07 16:02:40"
    plain = t("""
        Hi Kayla,

        On behalf of Gregory and the whole Data Quality & Integration team, I'm delighted to offer
        you the position of QA Engineer II - Clinical Data Platforms at Inland Crest Health!

        Your offer letter is attached. The highlights:

          - Base salary: $112,500 per year
          - Start date: Monday, January 4, 2027
          - New-hire orientation: 8:00 AM - 4:30 PM at the Inland Crest Learning Center,
            East 3rd Ave entrance (parking validated)
          - Hybrid schedule: Tuesdays and Wednesdays on site after your first month

        Please review, sign through the DocuSign link, and return it by Friday, December 11. If
        you'd like to talk through benefits before then, I'm happy to set up a call - just send me
        a couple of times that work for you.

        Congratulations - we're thrilled!

        Dana Whitfield
        Talent Acquisition Partner | Inland Crest Health
        dana.whitfield@inlandcresthealth.org | 509-555-0102
    """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Offer_Letter_Kayla_Nguyen.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Offer_Letter_Kayla_Nguyen.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\r\n"
                    b"YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\r\n"
                    b"PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\r\n")
    return message([
        rcv("mail-dm6nam11on2112.outbound.protection.outlook.com (mail-dm6nam11on2112.outbound.protection.outlook.com [40.107.223.112])",
            when, LA, "4LLd7Sx2Tgz6"),
        ("From", addr("Dana Whitfield", "dana.whitfield@inlandcresthealth.org")),
        ("To", addr("Kayla Nguyen", ME)),
        ("Subject", "Offer of employment - QA Engineer II - Clinical Data Platforms"),
        ("Date", date(when, LA)),
        ("Message-ID", "<DM6PR05MB4410A7C2E9F3B1D0E4A8C6B52F1D9@DM6PR05MB4410.namprd05.prod.outlook.com>"),
        ("Importance", "high"),
    ], mixed(alt(text(plain), html(gmail_html(plain))), pdf))


@make.mail(n(26), family="workable_receipt", lang="en-US", interview=False, company="Tamarack Health IT",
           note="Workable application receipt: 'if your profile matches we'll contact you to schedule "
                "an interview'; nothing scheduled")
def workable_receipt_tamarack() -> bytes:
    when = "2026-09-10 20:14:09"
    plain = t("""
        Hi Kayla,

        Thanks for applying to the QA Automation Engineer (Healthcare Interoperability) position at
        Tamarack Health IT. We've received your application and our hiring team will review it over
        the next two weeks.

        If your profile matches what we're looking for, we'll contact you to schedule a first
        interview. In the meantime, feel free to learn more about how we work:
        https://tamarackhealthit.com/careers/how-we-hire

        Kind regards,
        Tamarack Health IT Hiring Team

        --
        Sent with Workable. Please do not reply directly to this email.
    """)
    return message([
        rcv("mail135-12.atl41.mandrillapp.com (mail135-12.atl41.mandrillapp.com [198.2.135.12])", when, LA,
            "4Kwb8Gx6Ppz7"),
        ("From", addr("Tamarack Health IT", "noreply@candidates.workablemail.com")),
        ("Reply-To", "tamarack-health-it+a7f3c9e1@candidates.workablemail.com"),
        ("To", KAYLA),
        ("Subject", "Thanks for applying to Tamarack Health IT"),
        ("Date", date(when, LA)),
        ("Message-ID", "<20260911031409.1.5d2b7e0c9a41f386@candidates.workablemail.com>"),
    ], text(plain, cte="7bit"))


@make.mail(n(27), family="job_alert", lang="en-US", interview=False, company=None,
           note="Job-board alert; postings mention 'interview' and dates, nothing scheduled")
def job_alert_jobharbor() -> bytes:
    when = "2026-10-19 06:02:11"
    plain = t("""
        JobHarbor

        9 new jobs for "QA Engineer healthcare" near Spokane, WA

        Senior QA Engineer - Claims Platform
        Northgate Benefits Group · Remote (US) · $120K-$140K
        "Fast process: interview within 5 days of applying"
        Posted 1 day ago

        Data Quality Analyst
        Kootenai Valley Health · Coeur d'Alene, ID · $82K-$95K
        Easy Apply · Posted 3 days ago

        QA Lead, Mobile Health
        Redband Software · Seattle, WA (Hybrid)
        Hiring event: on-the-spot interviews Thursday, October 22, 10 AM - 4 PM
        Posted 2 days ago

        Test Analyst (HL7 / FHIR)
        Basin Interop · Boise, ID · Contract
        Posted today

        See all 9 jobs: https://www.jobharbor.example.com/alerts/91c7e2

        You're receiving this alert because you created it on JobHarbor. Unsubscribe:
        https://www.jobharbor.example.com/alerts/unsubscribe?id=91c7e2
    """)
    return message([
        rcv("mta207.mail.jobharbor.example.com (mta207.mail.jobharbor.example.com [192.0.2.207])", when, LA,
            "4KzN2q5Lw0z3"),
        ("From", addr("JobHarbor Alerts", "alerts@mail.jobharbor.example.com")),
        ("To", ME),
        ("Subject", "9 new jobs for \"QA Engineer healthcare\" near Spokane, WA"),
        ("Date", date(when, LA)),
        ("Message-ID", "<alert.91c7e2.20261019130211@mail.jobharbor.example.com>"),
        ("List-Unsubscribe", "<https://www.jobharbor.example.com/alerts/unsubscribe?id=91c7e2>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(n(28), family="newsletter_tips", lang="en-US", interview=False, company=None,
           note="Newsletter post about preparing for 'your interview Thursday at 10' as a worked "
                "example; not Kayla's interview")
def newsletter_testpyramid() -> bytes:
    when = "2026-11-05 05:30:00"
    plain = t("""
        THE TEST PYRAMID - issue #118

        Your interview is Thursday at 10. Here's the 72-hour plan.

        A reader wrote in last week: "I have a final-round QA interview Thursday at 10 AM and I
        freeze on system-design questions." So here's exactly what I'd do between Monday night and
        Thursday morning.

        Monday: write down three bugs you're proud of. Not the hardest - the ones with the best
        story (how you found it, who you convinced, what changed).

        Tuesday: take one system you know (for a lot of you: an HL7 interface engine or a claims
        pipeline) and sketch where you'd put contract tests vs. end-to-end tests.

        Wednesday: stop. Sleep. Confirm the call link and the time zone - a surprising number of
        "no-shows" this fall were people an hour off because the clocks changed.

        Thursday, 9:45: water, notes, one deep breath.

        Reply and tell me how it went.
        - Priscilla Yamamoto

        You're receiving this because you subscribed to The Test Pyramid.
        Unsubscribe: https://testpyramid.example.com/unsubscribe
    """)
    return message([
        rcv("mail-a12.substack-mail.example.com (mail-a12.substack-mail.example.com [192.0.2.112])", when, LA,
            "4L1Ht5Nq8Wz4"),
        ("From", addr("The Test Pyramid", "testpyramid@substack-mail.example.com")),
        ("To", ME),
        ("Subject", "Your interview is Thursday at 10. Here's the 72-hour plan."),
        ("Date", date(when, LA)),
        ("Message-ID", "<20261105133000.3.b7d4a2c9e1f0@substack-mail.example.com>"),
        ("List-Id", "<testpyramid.substack-mail.example.com>"),
        ("List-Unsubscribe", "<https://testpyramid.example.com/unsubscribe>"),
        ("Precedence", "bulk"),
    ], alt(text(plain), html(gmail_html(plain), cte="base64")))


@make.mail(n(29), family="softgarden_pick_slot", lang="en-US", interview=False,
           company="Nordlicht Medical Software GmbH",
           note="softgarden self-scheduling: lists open slots (CET) and asks Kayla to pick one; no "
                "time is fixed yet",
           days=(("Mon", "2026-11-23"), ("Tue", "2026-11-24"), ("Thu", "2026-11-26")))
def softgarden_pick_nordlicht() -> bytes:
    when = "2026-11-17 09:41:30"
    plain = t("""
        Dear Kayla Nguyen,

        Thank you for your application as Senior QA Engineer (Remote, Americas) at Nordlicht Medical
        Software GmbH. We would like to get to know you in a video interview!

        Please choose one of the available appointments via the following link:
        https://nordlicht.softgarden.io/interview/select?token=6f2e91ab

        Available slots (Hamburg time, CET):
          Monday, 23 November 2026    17:00, 17:30, 18:00
          Tuesday, 24 November 2026   17:30, 18:00
          Thursday, 26 November 2026  17:00

        17:00 CET corresponds to 8:00 AM Pacific. The appointment is only confirmed once you have
        selected a slot and received our confirmation.

        Kind regards
        Your recruiting team at Nordlicht Medical Software

        This message was sent via softgarden e-recruiting GmbH.
    """)
    return message([
        rcv("mx-out-2.softgarden.io (mx-out-2.softgarden.io [192.0.2.88])", when, BER, "4L5Tq7Dv1Mz9"),
        ("From", addr("Nordlicht Medical Software GmbH", "noreply@softgarden.io")),
        ("To", KAYLA),
        ("Subject", "Please select an interview appointment - Senior QA Engineer (Remote, Americas)"),
        ("Date", date(when, BER)),
        ("Message-ID", "<sg.6f2e91ab.1794904890@softgarden.io>"),
    ], alt(text(plain, charset="iso-8859-15"), html(gmail_html(plain), charset="iso-8859-15")))


@make.mail(n(30), family="recruiter_outreach", lang="en-US", interview=False,
           company="Palouse Talent Partners",
           note="Agency cold outreach asking for 15 minutes 'this week'; no time fixed (thread: the "
                "same recruiter later moves a client interview)")
def outreach_palouse() -> bytes:
    when = "2026-09-08 11:26:03"
    plain = t("""
        Hi Kayla,

        I came across your profile and your HL7 interface testing background jumped out. I'm
        working with a Spokane health-analytics company (can share the name once we talk) that's
        building out a small QA team - hybrid, 2 days in the office near downtown, strong comp.

        Do you have 15 minutes this week for a quick call? Reply with a couple of times that work,
        or grab a slot here: https://calendly.com/brianna-palouse/15min

        Thanks!
        Brianna

        --
        Brianna Soto | Palouse Talent Partners
        Technical Recruiting, Spokane WA
        brianna@palousetalent.com | 509-555-0134
    """)
    return message([
        rcv("mail-qk1-f41.google.com (mail-qk1-f41.google.com [209.85.222.41])", when, LA, "4KvS0t8Fb2z5"),
        ("From", addr("Brianna Soto", "brianna@palousetalent.com")),
        ("To", ME),
        ("Subject", "QA opportunity in Spokane - quick chat?"),
        ("Date", date(when, LA)),
        ("Message-ID", "<CAEp9Rw0zK2bL7mQ4xT1vN8cY5dR3hF6jS@mail.gmail.com>"),
    ], alt(text(plain, cte="7bit"), html(gmail_html(plain))))


@make.mail(n(31), family="proposed_not_confirmed", lang="en-US", interview=False,
           company="Latah Creek School District",
           note="Hiring manager proposes 'Would Tuesday (9/22) at 10 work?' with an alternative; not "
                "confirmed until the later reply (which is a positive)", days=(("Tue", "2026-09-22"),))
def proposal_latah() -> bytes:
    when = "2026-09-17 15:15:40"
    plain = t("""
        Hi Kayla, thanks for applying for the Assessment & Student Data QA Specialist position.
        We'd like to bring you in to meet with me and our assessment coordinator. Would Tuesday
        (9/22) at 10 work? If not I also have Wednesday afternoon open.

        Rob Dunlap
        Director of Assessment & Data Systems
        Latah Creek School District
        509-555-0177
    """)
    return message([
        rcv("mail-pf1-f180.google.com (mail-pf1-f180.google.com [209.85.210.180])", when, LA, "4Kt0c9Yw6Hz1"),
        ("From", "Rob Dunlap <rdunlap@latahcreeksd.org>"),
        ("To", "Kayla Nguyen <kayla.nguyen@example.org>"),
        ("Subject", "Interview - Assessment & Student Data QA Specialist"),
        ("Date", date(when, LA)),
        ("Message-ID", "<CAL7qFz0mXbH2yU4tPq9kR3nE1oVw6d@mail.gmail.com>"),
    ], alt(text(plain, cte="7bit"), html(gmail_html(plain))))


@make.mail(n(32), family="non_interview_calendar", lang="en-US", interview=False, company=None,
           note="Clinic patient-portal appointment confirmation with a fixed time and ICS (Thu 15 Oct "
                "3:40 PM); not an interview", days=(("Thu", "2026-10-15"),))
def doctor_riverside() -> bytes:
    when = "2026-10-09 08:00:17"
    plain = t("""
        Riverside Family Medicine

        Hi Kayla,

        Your appointment is confirmed.

        Provider: Anjali Patel, MD
        When: Thursday, October 15, 2026 at 3:40 PM
        Where: Riverside Family Medicine - North Clinic, 7800 N. Division St, Suite 210
        Visit type: Annual physical (please arrive 15 minutes early)

        To cancel or reschedule, log in to MyRiverside or call 509-555-0110. Appointments cancelled
        with less than 24 hours' notice may incur a fee.

        This is an automated message from MyRiverside. Please do not reply.
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//MyRiverside//Patient Portal//EN
        METHOD:PUBLISH
        """) + TZ_LA + "\n" + t("""
        BEGIN:VEVENT
        UID:appt-88271044@myriverside.example.com
        DTSTAMP:20261009T150017Z
        DTSTART;TZID=America/Los_Angeles:20261015T154000
        DTEND;TZID=America/Los_Angeles:20261015T162000
        SUMMARY:Appointment - Anjali Patel\\, MD
        LOCATION:Riverside Family Medicine - North Clinic\\, 7800 N. Division St\\, Suite 210
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("smtp.myriverside.example.com (smtp.myriverside.example.com [192.0.2.140])", when, LA, "4KyZb1Fr5Lz8"),
        ("From", addr("MyRiverside", "no-reply@myriverside.example.com")),
        ("To", ME),
        ("Subject", "Appointment confirmed: Thu Oct 15 at 3:40 PM"),
        ("Date", date(when, LA)),
        ("Message-ID", "<appt-88271044.conf@myriverside.example.com>"),
    ], mixed(text(plain), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                   disposition="attachment")))


@make.mail(n(33), family="car_service", lang="en-US", interview=False, company=None,
           note="Dealership service appointment with a fixed time (Tue 24 Nov 7:30 AM); not an "
                "interview", days=(("Tue", "2026-11-24"),))
def car_service_lilac() -> bytes:
    when = "2026-11-19 18:22:45"
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#0b3d6b;color:#fff;padding:14px;font-size:18px">Lilac City Motors &middot; Service</td></tr>
        <tr><td style="padding:16px">
        <p>Hello KAYLA,</p>
        <p>Thank you for scheduling your service appointment. Here are the details:</p>
        <p><b>Appointment:</b> Tuesday, 11/24/2026 at 7:30 AM<br>
        <b>Vehicle:</b> 2019 Outback 2.5i Premium<br>
        <b>Services:</b> 60,000 Mile Scheduled Maintenance; Tire Rotation; Multi-Point Inspection<br>
        <b>Advisor:</b> Chris Lund<br>
        <b>Transportation:</b> Shuttle requested</p>
        <p>Need to make a change? <a href="https://lilaccitymotors.example.com/service/appt/ZK44192">Modify or cancel</a></p>
        <p>Lilac City Motors, 5900 E. Sprague Ave, Spokane Valley, WA</p>
        </td></tr></table>
        <p style="font-size:10px;color:#888;text-align:center">You received this email because you scheduled service online. Powered by an online service scheduler.</p>
        </body></html>
    """)
    return message([
        rcv("o4.email.serviceschedule.example.com (o4.email.serviceschedule.example.com [192.0.2.74])", when, LA,
            "4L6Ck8Tr0Nz2"),
        ("From", addr("Lilac City Motors Service", "service@lilaccitymotors.example.com")),
        ("To", "KAYLA NGUYEN <kayla.nguyen@example.org>"),
        ("Subject", "Service Appointment Confirmation - Tue 11/24 7:30 AM"),
        ("Date", date(when, LA)),
        ("Message-ID", "<ZK44192.confirm.20261120022245@serviceschedule.example.com>"),
    ], html(body, charset="windows-1252"))


@make.mail(n(34), family="parent_teacher", lang="en-US", interview=False, company=None,
           note="Parent-teacher conference sign-up confirmed for Wed 18 Nov 4:15 PM; a fixed time, "
                "not a job interview", days=(("Wed", "2026-11-18"),))
def parent_teacher_garfield() -> bytes:
    when = "2026-11-10 19:05:33"
    plain = t("""
        Garfield Hill Elementary - Fall Conferences

        Hi Kayla Nguyen,

        Thanks for signing up! Your conference is confirmed.

        Student: Minh Nguyen (Grade 3)
        Teacher: Ms. Erin Jacobsen, Room 14
        Date: Wednesday, November 18, 2026
        Time: 4:15 PM - 4:35 PM
        Format: In person (a phone option is available - reply to Ms. Jacobsen's email)

        Conferences are 20 minutes; please be on time so the next family can start on schedule.
        Early release days are Nov 16-20, dismissal at 11:45 AM.

        Sent via SlotSheet on behalf of Garfield Hill Elementary PTA.
    """)
    return message([
        rcv("mail.slotsheet.example.com (mail.slotsheet.example.com [192.0.2.161])", when, LA, "4L3Vm1Xs4Qz6"),
        ("From", addr("Garfield Hill Elementary via SlotSheet", "no-reply@slotsheet.example.com")),
        ("To", ME),
        ("Subject", "Confirmed: Fall Conferences - Wed 11/18 4:15 PM"),
        ("Date", date(when, LA)),
        ("Message-ID", "<ss-20261111030533-7741@slotsheet.example.com>"),
    ], text(plain, cte="7bit"))


@make.mail(n(35), family="non_interview_calendar", lang="en-US", interview=False, company=None,
           note="Outlook invite at Kayla's current employer (sprint retro + holiday potluck, "
                "'Pacific Standard Time' zone, Thu 10 Dec 3 PM); not an interview",
           days=(("Thu", "2026-12-10"),))
def exchange_retro_nwpp() -> bytes:
    when = "2026-12-01 10:48:02"
    plain = t("""
        When: Thursday, December 10, 2026 3:00 PM-4:30 PM (UTC-08:00) Pacific Time (US & Canada).
        Where: 3rd floor break room / Teams

        Hi all - combining the Sprint 42 retro with our holiday potluck this time. Sign-up sheet for
        dishes is in the team channel. Remote folks, join on Teams and we'll mail you cookies.

        Mike

    """) + TEAMS_TEXT.format(mid="ODQ3Y2E2NjUtMzk0Zi00ZDBkLTk5ZjMtNzFiMmE2YmQ0MzQw", num="248 117 603 889",
                             code="tP3cW9")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + TZ_WIN_PACIFIC + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Mike Brandvold:mailto:mbrandvold@nwpathology.example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=QA Team:mailto:qa-team@nwpathology.example.com
        UID:040000008200E00074C5B7101A82E00800000000A9F2C61E8D80DC01000000000000000010000000B7E4D1A9C3F06B2E8D5A1C7F3E9B0D42
        SUMMARY;LANGUAGE=en-US:Sprint 42 retro + holiday potluck
        DTSTART;TZID=Pacific Standard Time:20261210T150000
        DTEND;TZID=Pacific Standard Time:20261210T163000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261201T184802Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:3rd floor break room / Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("mail-by2nam10on2101.outbound.protection.outlook.com (mail-by2nam10on2101.outbound.protection.outlook.com [40.107.92.101])",
            when, LA, "4LJq5Wz8Cbz1"),
        ("From", addr("Mike Brandvold", "mbrandvold@nwpathology.example.com")),
        ("To", "QA Team <qa-team@nwpathology.example.com>"),
        ("Subject", "Sprint 42 retro + holiday potluck"),
        ("Thread-Topic", "Sprint 42 retro + holiday potluck"),
        ("Date", date(when, LA)),
        ("Message-ID", "<BY5PR19MB3922F1A7C4E0D9B2A6E3C5F81B7D0@BY5PR19MB3922.namprd19.prod.outlook.com>"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(plain), calendar(ics, cte="base64")))


@make.mail(n(36), family="webinar", lang="en-US", interview=False, company=None,
           note="Zoom webinar registration ('Acing the Behavioral Interview for QA Pros', Wed 21 Oct "
                "12:00 PM PT) with ICS; a fixed time, but a webinar, not an interview",
           days=(("Wed", "2026-10-21"),))
def webinar_qa_guild() -> bytes:
    when = "2026-10-14 12:31:19"
    plain = t("""
        Hi Kayla,

        Thank you for registering for "Acing the Behavioral Interview for QA Pros".

        Date & Time: Oct 21, 2026 12:00 PM Pacific Time (US and Canada)

        Please submit any questions to: qa.events@cascadiaqaguild.example.org

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/83110094562?tk=Xy9pQ2vR0b&uuid=WN_r4Tq2kPZS8qL1m

        Passcode: 774201

        Add to Calendar: https://us02web.zoom.us/webinar/tJ0ucO2rqz8sH9/ics
        You can cancel your registration at any time.

        Cascadia QA Guild - monthly career series
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261014T193119Z
        DTSTART:20261021T190000Z
        DTEND:20261021T200000Z
        SUMMARY:Acing the Behavioral Interview for QA Pros
        UID:20261014T193119Z-83110094562@fe80:0:0:0:4a:7ff:fe3c:1f2ens5
        DESCRIPTION:Join from PC\\, Mac\\, iPad\\, or Android: https://us02web.zoom.us/w/83110094562
        LOCATION:https://us02web.zoom.us/w/83110094562
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("s2.zoom.us (s2.zoom.us [170.114.52.2])", when, LA, "4KzT8n1Hp3z0"),
        ("From", addr("Cascadia QA Guild", "no-reply@zoom.us")),
        ("Reply-To", "qa.events@cascadiaqaguild.example.org"),
        ("To", KAYLA),
        ("Subject", "Acing the Behavioral Interview for QA Pros Confirmation"),
        ("Date", date(when, LA)),
        ("Message-ID", "<webinar.83110094562.reg.77d1@zoom.us>"),
    ], mixed(alt(text(plain), html(gmail_html(plain))),
             calendar(ics, method=None, filename="webinar.ics", disposition="attachment")))


@make.mail(n(37), family="mock_interview", lang="en-US", interview=False, company=None,
           note="Calendly confirmation of a paid mock interview with a career coach (Fri 6 Nov 9:00 AM "
                "PST); fixed time, but practice, not a job interview", days=(("Fri", "2026-11-06"),))
def calendly_mock_coach() -> bytes:
    when = "2026-11-02 20:15:44"
    plain = t("""
        Hi Kayla Nguyen,

        A new event has been scheduled.

        Event Type:
        Mock Interview + Feedback (60 min)

        Invitee:
        Kayla Nguyen

        Event Date/Time:
        9:00am - 10:00am (Pacific Time - US & Canada) on Friday, November 6, 2026

        Location:
        Zoom - link to follow from Renata

        Questions:
        What role are you preparing for?
        Final round, QA Engineer (lab systems) at an East Coast diagnostics company - panel format.

        Payment: $95.00 USD (paid)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0e8a7d31-64bf-4c2a-b9e5-17d3f0c6a284
        Reschedule: https://calendly.com/reschedulings/0e8a7d31-64bf-4c2a-b9e5-17d3f0c6a284

        Powered by Calendly.com
    """)
    return message([
        rcv("o3.ptr4412.calendly.com (o3.ptr4412.calendly.com [167.89.0.46])", when, LA, "4L1Bf9Rk2Tz5"),
        ("Date", date(when, LA)),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Renata Holm", "renata@holmcareercoaching.example.com")),
        ("To", ME),
        ("Subject", "New Event: Kayla Nguyen - 09:00am Fri, Nov 6, 2026 - Mock Interview + Feedback (60 min)"),
        ("Message-ID", "<Hc8vN1qB4Ta0xK7sM2wE9d@geopod-ismtpd-2>"),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(n(38), family="interviewer_invite", lang="en-US", interview=False, company=None,
           note="Google Calendar invite at Kayla's current job asking her to sit on a panel "
                "interviewing a candidate (Thu 19 Nov 1pm PST); she is the interviewer, not the "
                "candidate", days=(("Thu", "2026-11-19"),))
def gcal_kayla_interviewer() -> bytes:
    when = "2026-11-12 11:08:36"
    plain = t("""
        Interview: Jamal Reyes - QA Engineer I (panel)
        Thursday Nov 19, 2026 ⋅ 1pm – 2pm
        Pacific Time - Los Angeles

        Kayla, can you take the test-design portion (20 min)? Resume + scorecard in the hiring
        folder. Please submit feedback in the ATS by end of day. Thanks! - Mike

        Join with Google Meet
        meet.google.com/bpe-ykqa-sun

        Organizer
        Mike Brandvold
        mbrandvold@nwpathology.example.com

        Guests
        Mike Brandvold - organizer
        Kayla Nguyen
        Sofia Lindqvist

        Invitation from Google Calendar
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + TZ_LA + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20261119T130000
        DTEND;TZID=America/Los_Angeles:20261119T140000
        DTSTAMP:20261112T190836Z
        ORGANIZER;CN=Mike Brandvold:mailto:mbrandvold@nwpathology.example.com
        UID:1kq8d0s3vb7n2m5r9t4e6w1c0y@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kayla Nguyen;X-NUM-GUESTS=0:mailto:kayla.nguyen@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sofia Lindqvist;X-NUM-GUESTS=0:mailto:slindqvist@nwpathology.example.com
        DESCRIPTION:Kayla\\, can you take the test-design portion (20 min)? Resume + scorecard in the hiring folder.
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview: Jamal Reyes - QA Engineer I (panel)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, LA, "4L3xd6Gm7Pz8", 2),
        ("Reply-To", addr("Mike Brandvold", "mbrandvold@nwpathology.example.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-e4a97c12-5d60-4b3f-a8e1-0c2f7d9b6a35@google.com>"),
        ("Date", date(when, LA)),
        ("Subject", "Invitation: Interview: Jamal Reyes - QA Engineer I (panel) @ Thu Nov 19, 2026 1pm - "
                    "2pm (PST) (kayla.nguyen@example.org)"),
        ("From", addr("Mike Brandvold", "mbrandvold@nwpathology.example.com")),
        ("To", ME),
    ], mixed(alt(text(plain), html(gmail_html(plain)), calendar(ics)),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(n(39), family="auto_reply", lang="en-US", interview=False, company="Hollowpine Games",
           note="Out-of-office auto-reply from the game-studio recruiter to Kayla's thank-you note; "
                "return date only, nothing scheduled", days=(("Mon", "2026-12-07"),))
def ooo_hollowpine() -> bytes:
    when = "2026-12-04 08:02:10"
    plain = t("""
        Hi there,

        Thanks for your email! I'm out of the office at a games industry conference and back on
        Monday, December 7 with limited access to email until then. If your message is about an
        upcoming interview that needs to change, please contact recruiting@hollowpinegames.com and
        someone from the team will help.

        Tasha Brightwater (she/her)
        Talent Partner | Hollowpine Games
    """)
    return message([
        rcv("mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])", when, LA, "4LKc2Vm5Dqz9", 1),
        ("From", "Tasha Brightwater <tasha@hollowpinegames.com>"),
        ("To", "Kayla Nguyen <kayla.nguyen@example.org>"),
        ("Subject", "Automatic reply: Thank you - QA Lead, Live Ops Data"),
        ("Date", date(when, LA)),
        ("Message-ID", "<CAOq8Jm5autoReply1wNzB7kX9cD2hF4gL6pQ@mail.gmail.com>"),
        ("In-Reply-To", "<B3E1C5A7-2F90-4D6B-8A13-0E7C9D5F2A41@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
    ], text(plain, cte="7bit"))


@make.mail(n(40), family="bounce", lang="en-US", interview=False, company=None,
           note="Delivery failure for Kayla's own thank-you note (typo in the domain); the returned "
                "message mentions 'this morning's interview'; nothing scheduled")
def bounce_thankyou() -> bytes:
    when = "2026-11-03 15:21:07"
    original = message([
        ("From", "Kayla Nguyen <kayla.nguyen@example.org>"),
        ("To", "Hannah Greer <hgreer@beaconstreetdx.co>"),
        ("Subject", "Thank you - this morning's interview"),
        ("Date", date("2026-11-03 15:20:58", LA)),
        ("Message-ID", "<B07D3C2E-9A14-4F5B-B8E6-1C2D7A9F0E53@example.org>"),
    ], text(t("""
        Hi Hannah,

        Thank you for this morning's interview, and please pass my thanks on to Tomasz and Renee.
        I really enjoyed the discussion about validating LIS result feeds, and I'm even more
        excited about the role.

        Best,
        Kayla
    """), cte="7bit"))
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <hgreer@beaconstreetdx.co>: Host or domain name not found. Name service error
            for name=beaconstreetdx.co type=AAAA: Host not found
    """)
    status = make.raw_part([("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4L0vQ3Hm2Kz7
        X-Postfix-Sender: rfc822; kayla.nguyen@example.org
        Arrival-Date: Tue,  3 Nov 2026 23:20:59 +0000 (UTC)

        Final-Recipient: rfc822; hgreer@beaconstreetdx.co
        Original-Recipient: rfc822;hgreer@beaconstreetdx.co
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=beaconstreetdx.co type=AAAA: Host not found
    """))
    body = make.multipart("report", text(report, cte="7bit", extra=(("Content-Description", "Notification"),)),
                          status, attached_message(original), params="report-type=delivery-status")
    return message([
        ("Received", "by mx1.example.org (Postfix)\r\n id 4L0vQ3Kp9Bz1; " + date("2026-11-03 15:21:07", LA)),
        ("Date", date(when, LA)),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", ME),
        ("Auto-Submitted", "auto-replied"),
        ("Message-ID", "<20261103232107.4L0vQ3Kp9Bz1@mx1.example.org>"),
    ], body)


@make.mail(n(41), family="job_centre", lang="en-US", interview=False, company=None,
           note="Bookings confirmation of a reemployment-services appointment at a county career "
                "centre (Mon 14 Sep 1:30 PM, label shows '(UTC-08:00) Pacific Time' in summer); a "
                "fixed time, not a job interview", days=(("Mon", "2026-09-14"),))
def bookings_career_hub() -> bytes:
    when = "2026-09-09 10:02:55"
    plain = t("""
        Your booking is confirmed

        Spokane County Career Hub - Reemployment Services

        Reemployment review (RESEA)
        Monday, September 14, 2026
        1:30 PM - 2:30 PM (UTC-08:00) Pacific Time (US & Canada)

        Staff: Darnell Hughes

        Please bring:
          - your work search log for the last four weeks (applications, job fairs, interviews)
          - a current resume
          - photo ID

        This appointment is required to keep your unemployment benefits active. If you cannot
        attend, reschedule at least one business day in advance.

        Manage booking<https://outlook.office365.com/owa/calendar/CareerHubAppointments@spokanecareerhub.example.org/bookings/manage>

        Spokane County Career Hub
        130 S. Arthur St, Spokane, WA 99202
    """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + TZ_WIN_PACIFIC + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Spokane County Career Hub - Reemployment Services:mailto:CareerHubAppointments@spokanecareerhub.example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kayla Nguyen:mailto:kayla.nguyen@example.org
        UID:040000008200E00074C5B7101A82E00800000000C3E18A6F2D44DC010000000000000000100000005F1A9C3E7B2D4F6A8C0E2B4D6F8A1C3E
        SUMMARY;LANGUAGE=en-US:Reemployment review (RESEA)
        DTSTART;TZID=Pacific Standard Time:20260914T133000
        DTEND;TZID=Pacific Standard Time:20260914T143000
        DTSTAMP:20260909T170255Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:130 S. Arthur St\\, Spokane\\, WA 99202
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
    """)
    return message([
        rcv("mail-mw2nam12on2093.outbound.protection.outlook.com (mail-mw2nam12on2093.outbound.protection.outlook.com [40.107.244.93])",
            when, LA, "4Kwc1Lz3Vhz5"),
        ("From", addr("Spokane County Career Hub - Reemployment Services",
                      "CareerHubAppointments@spokanecareerhub.example.org")),
        ("To", addr("Kayla Nguyen", ME)),
        ("Subject", "Booking confirmed with Spokane County Career Hub - Reemployment Services"),
        ("Date", date(when, LA)),
        ("Message-ID", "<PH0PR09MB7321A5D2C8E1F3B0A9D6E4C72B5F8@PH0PR09MB7321.namprd09.prod.outlook.com>"),
    ], mixed(text(plain), calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@make.mail(n(42), family="admission_interview", lang="en-US", interview=False, company=None,
           note="Graduate-school admissions interview confirmed (Fri 4 Dec 11:00 AM Pacific, Zoom); "
                "an interview at a fixed time, but for a degree program, not a job",
           days=(("Fri", "2026-12-04"),))
def admission_cbu() -> bytes:
    when = "2026-11-25 14:40:02"
    body = t("""
        <html><body style="font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#222">
        <div style="border-top:6px solid #7a1f2b;padding:18px;max-width:620px">
        <p style="font-size:18px;color:#7a1f2b">Columbia Basin University &middot; Graduate Admissions</p>
        <p>Dear Kayla,</p>
        <p>Thank you for your application to the <b>M.S. in Health Informatics (online, part-time)</b> for the Fall 2027 cohort. We are pleased to confirm your admissions interview:</p>
        <p><b>Friday, December 4, 2026, 11:00 AM Pacific Time</b><br>
        Zoom: https://cbu-example.zoom.us/j/91820445713<br>
        Interviewer: Dr. Helen Asante, Program Director</p>
        <p>The conversation takes about 30 minutes and covers your professional goals and your statement of purpose. No preparation is required.</p>
        <p>Admission decisions for the early round are released January 15.</p>
        <p>Warm regards,<br>Office of Graduate Admissions<br>Columbia Basin University</p>
        </div>
        <p style="font-size:11px;color:#777">Sent from the admissions portal. To update your application, log in at https://apply.cbu.example.edu.</p>
        </body></html>
    """)
    return message([
        rcv("mail.apply.cbu.example.edu (mail.apply.cbu.example.edu [192.0.2.33])", when, LA, "4LBq0Sf7Ynz3"),
        ("From", addr("CBU Graduate Admissions", "gradadmissions@cbu.example.edu")),
        ("To", KAYLA),
        ("Subject", "Your admissions interview is confirmed - M.S. Health Informatics"),
        ("Date", date(when, LA)),
        ("Message-ID", "<slate.4b7c21e0.20261125224002@apply.cbu.example.edu>"),
    ], html(body))


@make.mail(n(43), family="sports_tryout", lang="en-US", interview=False, company=None,
           note="Rec soccer club try-out, texts-style note from the coach (Sat 26 Sep 9am); not a "
                "job interview", days=(("Sat", "2026-09-26"),))
def tryout_lilac_fc() -> bytes:
    when = "2026-09-20 19:47:31"
    plain = t("""
        hey Kayla! great to hear ur interested. tryouts for the women's 30+ spring roster are sat 9/26 at 9am, Plantes Ferry field 3. bring cleats, shin guards, water, $10 for field fees. we'll be done by 11ish

        no pressure its super chill, mostly small sided games

        - Jo
        Lilac City FC Women's 30+
    """)
    return message([
        rcv("mail-oi1-f175.google.com (mail-oi1-f175.google.com [209.85.167.175])", when, LA, "4KxD3Tg8Wcz0"),
        ("From", "Jo Falcone <jofalcone.soccer@example.com>"),
        ("To", "kayla.nguyen@example.org"),
        ("Subject", "Re: tryouts?"),
        ("Date", date(when, LA)),
        ("Message-ID", "<CAJ5tR2k8Lq0wN3mV7xB1cZ4yH6pD9sF2gT@mail.gmail.com>"),
        ("In-Reply-To", "<6A2E9F13-8C45-4B70-9D1E-3F5A7C2B0E84@example.org>"),
    ], text(plain, cte="7bit"))


@make.mail(n(44), family="bank_advisor", lang="en-US", interview=False, company=None,
           note="Credit-union advisor appointment (401(k) rollover between jobs), Wed 30 Sep 4:00 PM; "
                "fixed time, not a job interview", days=(("Wed", "2026-09-30"),))
def credit_union_advisor() -> bytes:
    when = "2026-09-24 09:12:48"
    plain = t("""
        Riverstone Community Credit Union

        Hello Kayla,

        Your appointment is confirmed.

          With:     Grace Kim, Financial Advisor
          Topic:    Retirement account rollover / planning between jobs
          When:     Wednesday, September 30, 2026 at 4:00 PM
          Where:    Northtown branch, 4750 N. Division St, Spokane

        Please bring your most recent 401(k) statement and a photo ID. If you need to reschedule,
        call 509-555-0166 or use Online Banking > Appointments.

        Securities offered through a registered broker-dealer; not NCUA insured.
    """)
    return message([
        rcv("mta3.riverstonecu.example.com (mta3.riverstonecu.example.com [192.0.2.53])", when, LA, "4KxQ6Mb2Hfz7"),
        ("From", addr("Riverstone Community Credit Union", "appointments@riverstonecu.example.com")),
        ("To", KAYLA),
        ("Subject", "Appointment confirmation - Wednesday, September 30 at 4:00 PM"),
        ("Date", date(when, LA)),
        ("Message-ID", "<appt.1190384.20260924161248@riverstonecu.example.com>"),
    ], text(plain, charset="iso-8859-1"))


@make.mail(n(45), family="press_interview", lang="en-US", interview=False, company=None,
           note="Local reporter confirms a phone interview with Kayla about a community event she "
                "organized (Thu 22 Oct 12:15); press, not a job interview", days=(("Thu", "2026-10-22"),))
def journalist_ledger() -> bytes:
    when = "2026-10-19 16:55:20"
    plain = t("""
        Hi Kayla,

        Thanks so much for agreeing to talk about the tech-help night you organized at the Hillyard
        library - readers loved the photo from the first one. Confirming our phone interview on
        Thursday 10/22 at 12:15. I'll call you at the number you gave me; it should take about 20
        minutes. A photographer may stop by Saturday's session too, if that's OK.

        Best,
        Alyssa Marquez
        Reporter, Neighborhoods desk
        The Spokane Ledger
    """)
    return message([
        rcv("mail-io1-f44.google.com (mail-io1-f44.google.com [209.85.166.44])", when, LA, "4L02Tq9Rv5z1"),
        ("From", addr("Alyssa Marquez", "amarquez@spokaneledger.example.com")),
        ("To", ME),
        ("Subject", "Re: Hillyard tech-help night - interview Thursday"),
        ("Date", date(when, LA)),
        ("Message-ID", "<CAFz3nW8pQ1vK6tR0mB4xJ7cL2yE9dH5sN@mail.gmail.com>"),
    ], alt(text(plain, cte="7bit"), html(gmail_html(plain))))


@make.mail(n(46), family="podcast", lang="en-US", interview=False, company=None,
           note="Podcast host confirms Kayla as a guest, recording Tue 24 Nov 5:00 PM PT (8 PM ET); "
                "an 'interview' at a fixed time, but not a job interview", days=(("Tue", "2026-11-24"),))
def podcast_test_signal() -> bytes:
    when = "2026-11-16 18:30:11"
    plain = t("""
        Hey Kayla,

        You're officially booked as a guest on Test Signal! Details:

        Episode: "Testing where the data is the product: QA in healthcare analytics"
        Recording: Tuesday, Nov 24 at 5:00 PM PT (8 PM ET for me)
        Studio link: https://riverside.fm/studio/test-signal?t=8d1c04
        Length: we record ~50 min and edit down to 35

        Before we record: wired headphones if you have them, and close Slack :) I'll send the
        rough question list by Friday. The interview is pretty loose - mostly your story of moving
        from lab bench work into data QA.

        Thanks again,
        Gabe Ortiz
        Host, Test Signal
    """)
    return message([
        rcv("mail-wr1-f50.google.com (mail-wr1-f50.google.com [209.85.221.50])", when, LA, "4L5Pk3Nz8Tz6"),
        ("From", addr("Gabe Ortiz", "gabe@testsignalpod.example.com")),
        ("To", addr("Kayla Nguyen", ME)),
        ("Subject", "You're booked! Test Signal recording Nov 24"),
        ("Date", date(when, LA)),
        ("Message-ID", "<CAB7nQ4e1Xw9kT2pM6vR3zL0cY8dJ5hG1sF@mail.gmail.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(n(47), family="forwarded_other", lang="en-US", interview=False, company=None,
           note="A friend forwards HER OWN Greenhouse interview confirmation (attached message/rfc822, "
                "Thu 12 Nov 9:00 AM PST) asking for tips; a confirmed interview, but not Kayla's",
           days=(("Thu", "2026-11-12"),))
def forwarded_friend_sagebrush() -> bytes:
    when = "2026-11-07 10:05:37"
    inner_when = "2026-11-06 15:44:02"
    inner = message([
        ("From", addr("Colin Reese", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Colin Reese", "colin.reese@sagebrushlabs.example.com")),
        ("To", "Priyanka Desai <priyanka.desai@example.net>"),
        ("Subject", "Interview Confirmation: Data QA Engineer at Sagebrush Labs"),
        ("Date", date(inner_when, LA)),
        ("Message-ID", "<3e9d1f7a2c4b8e60.20261106234402@us.greenhouse-mail.io>"),
    ], text(t("""
        Hi Priyanka,

        Here are the details for your upcoming interview for Data QA Engineer at Sagebrush Labs.

        Interview: Panel Interview
        Date: Thursday, November 12, 2026
        Time: 9:00 AM - 10:00 AM PST
        Location: Zoom (link in the calendar invite)

        Best,
        Colin Reese
        Recruiting, Sagebrush Labs
    """)))
    note = t("""
        FYI!!! I got the Sagebrush interview 🎉 it's Thursday morning. You talked to them last
        spring right? Any tips on their panel? Coffee after, my treat.

        P
    """)
    return message([
        rcv("mail-pl1-f172.google.com (mail-pl1-f172.google.com [209.85.214.172])", when, LA, "4L2zX7Fq0Wz4"),
        ("From", "Priyanka Desai <priyanka.desai@example.net>"),
        ("To", "Kayla Nguyen <kayla.nguyen@example.org>"),
        ("Subject", "Fwd: Interview Confirmation: Data QA Engineer at Sagebrush Labs"),
        ("Date", date(when, LA)),
        ("Message-ID", "<CAKp2vT9sN4eQ1wR7mZ0bX3cL8yF6dJ2hG@mail.gmail.com>"),
    ], mixed(text(note, cte="8bit"), attached_message(inner, "Interview Confirmation.eml")))


@make.mail(n(48), family="mailing_list", lang="en-US", interview=False, company=None,
           note="QA community mailing-list announcement of a meetup panel on interviewing (Thu 10 Dec "
                "6:30 PM); an event, not an interview", days=(("Thu", "2026-12-10"),))
def mailing_list_inland_qa() -> bytes:
    when = "2026-12-01 21:14:50"
    plain = t("""
        Hi all,

        December meetup is ON:

          "Interviewing for QA roles in 2027 - what hiring managers actually ask"
          Thursday, December 10, 6:30 PM, doors at 6:00
          Catalyst Building, 601 E Riverside, room 210 (and streamed)

        Panel: three local hiring managers (health care, utilities, games) plus a recruiter. Bring
        your questions about take-home tests, live coding, and how to talk about flaky tests in an
        interview. Pizza sponsored by a local staffing agency.

        RSVP on the wiki so we order enough food.

        - Deb (co-organizer)

        _______________________________________________
        inland-qa mailing list
        inland-qa@lists.inlandqa.example.org
        https://lists.inlandqa.example.org/mailman/listinfo/inland-qa
    """)
    return message([
        ("Received", received("from lists.inlandqa.example.org (lists.inlandqa.example.org [192.0.2.19])",
                              when, LA, f"{MX} 4LJz4Rc1Mpz8", ME, 6)),
        ("From", addr("Deb Halvorsen", "deb.halvorsen@example.com")),
        ("To", "inland-qa@lists.inlandqa.example.org"),
        ("Subject", "[inland-qa] Dec 10 meetup: Interviewing for QA roles in 2027"),
        ("Date", date(when, LA)),
        ("Message-ID", "<5e2a0f41-7c93-4d8b-b1a6-9f3e2c7d0a85@example.com>"),
        ("List-Id", "Inland Northwest QA community <inland-qa.lists.inlandqa.example.org>"),
        ("List-Post", "<mailto:inland-qa@lists.inlandqa.example.org>"),
        ("List-Unsubscribe", "<https://lists.inlandqa.example.org/mailman/options/inland-qa>"),
        ("Precedence", "list"),
        ("Sender", "\"inland-qa\" <inland-qa-bounces@lists.inlandqa.example.org>"),
    ], text(plain, cte="7bit"))


@make.mail(n(49), family="assessment_deadline", lang="en-US", interview=False,
           company="Wasatch Benefit Systems",
           note="Online assessment invitation with a deadline (Wed 14 Oct 11:59 PM MDT) and a time "
                "limit; a deadline, not an interview at a fixed time", days=(("Wed", "2026-10-14"),))
def assessment_wasatch() -> bytes:
    when = "2026-10-08 08:45:12"
    plain = t("""
        Hi Kayla,

        Wasatch Benefit Systems has invited you to complete the following assessment as the next
        step for QA Engineer - Claims Platform:

          Assessment: QA Engineer - SQL & API Testing
          Time limit: 90 minutes once started
          Deadline:   Wednesday, October 14, 2026 at 11:59 PM MDT

        Start your assessment: https://app.skillproof.example.com/invite/7QmX2c

        Tips: use a laptop with a stable connection; you can take the practice test first. The
        timer can't be paused once you begin.

        Good luck!
        The SkillProof team, on behalf of Wasatch Benefit Systems
    """)
    return message([
        rcv("o1.mail.skillproof.example.com (o1.mail.skillproof.example.com [192.0.2.121])", when, DEN,
            "4KyW5Jr7Lbz2"),
        ("From", addr("Wasatch Benefit Systems via SkillProof", "no-reply@skillproof.example.com")),
        ("To", ME),
        ("Subject", "Wasatch Benefit Systems invited you to an assessment"),
        ("Date", date(when, DEN)),
        ("Message-ID", "<inv.7QmX2c.20261008144512@skillproof.example.com>"),
    ], alt(text(plain), html(gmail_html(plain))))


@make.mail(n(50), family="post_interview", lang="en-US", interview=False, company="Fernhollow Data",
           note="Hiring manager's reply after the interview ('thanks for yesterday'), decision by "
                "Friday the 16th; nothing scheduled", days=(("Fri", "2026-10-16"),))
def post_interview_fernhollow() -> bytes:
    when = "2026-10-09 13:22:05"
    plain = t("""
        Hi Kayla,

        Thanks for yesterday - Sam and I really enjoyed pairing with you, and your instinct to
        check the null-handling first was spot on. We're finishing the last couple of interviews
        next week and should have an answer for you by Friday the 16th.

        Jess

        On Thu, Oct 8, 2026 at 4:02 PM Kayla Nguyen <kayla.nguyen@example.org> wrote:
        > Hi Jess,
        >
        > Thank you and Sam for the interview this afternoon - the pairing exercise was a lot of
        > fun. Looking forward to hearing about next steps.
        >
        > Kayla
    """)
    return message([
        rcv("mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", when, LA, "4KyxB2Wq6Mz7"),
        ("From", addr("Jess Oyelaran", "jess@fernhollowdata.com")),
        ("To", addr("Kayla Nguyen", ME)),
        ("Subject", "Re: Thank you - technical interview"),
        ("Date", date(when, LA)),
        ("Message-ID", "<CAGv1mR4tZ8qN0wK3pX7bL2cY5dF9hJ6sE@mail.gmail.com>"),
        ("In-Reply-To", "<7E3B9A21-4C8D-4F60-A2B5-1D9E0C7F3A68@example.org>"),
        ("References", "<7E3B9A21-4C8D-4F60-A2B5-1D9E0C7F3A68@example.org>"),
    ], alt(text(plain), html(gmail_html(plain))))
