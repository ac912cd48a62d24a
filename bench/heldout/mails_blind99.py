"""blind99: 50 hand-written mails from the inbox of Morgan Ellison, a robotics software engineer in
Pittsburgh (America/New_York), September to December 2026. Built by ``make_blind.py blind99``.

Written blind: without reading the detector, its tests and fixtures, or the other held-out mails.
Keys 1-23 are the positives, 24-50 the negatives; file numbers are a fixed shuffle of the keys.
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
    utc,
)

ORDER = random.Random(99099).sample(range(1, 51), 50)
ME = "morgan.ellison@example.org"
MORGAN = addr("Morgan Ellison", ME)
NY = "America/New_York"


def n(key: int) -> str:
    """File name of the mail written key-th."""
    return f"blind99_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    return received(f"from {host} ({host} [203.0.113.{10 + lag * 7 % 200}])", when, zone,
                    f"mx.example.org with ESMTPS id {ident}", ME, lag)


# =========================================================================== positives 1-8


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-11 13:00", NY), end=utc("2026-09-11 13:45", NY),
      contact="alexis.romero@harborlightrobotics.com", company="Harborlight Robotics",
      local="Fri 2026-09-11 13:00", local_end="2026-09-11 13:45", zone=NY,
      note="Greenhouse confirmation sent for Harborlight (Boston): 'Friday, September 11, 2026 1:00 PM - "
           "1:45 PM EDT' = 17:00Z-17:45Z; ICS in UTC agrees; contact = human Reply-To recruiter")
def m1() -> bytes:
    body = t("""
        Hi Morgan,

        Thanks for making time to speak with us! Your interview for Senior Robotics Software
        Engineer, Manipulation at Harborlight Robotics is confirmed.

        Date: Friday, September 11, 2026
        Time: 1:00 PM - 1:45 PM EDT
        Format: Video call (Google Meet)
        Link: https://meet.google.com/qvx-hrbt-nmk

        Interviewer:
          Priya Raman, Engineering Manager, Grasp Planning

        Priya will spend most of the time on your recent work and a short discussion of motion
        planning under uncertainty. No coding in this round.

        If you need to reschedule, just reply to this email.

        Best,
        Alexis Romero
        Technical Recruiter | Harborlight Robotics
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1b1b1b">
        <p>Hi Morgan,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior Robotics Software
        Engineer, Manipulation</b> at Harborlight Robotics is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#666">Date</td><td>Friday, September 11, 2026</td></tr>
        <tr><td style="color:#666">Time</td><td>1:00 PM - 1:45 PM EDT</td></tr>
        <tr><td style="color:#666">Format</td><td>Video call (Google Meet)</td></tr>
        <tr><td style="color:#666">Link</td><td><a href="https://meet.google.com/qvx-hrbt-nmk">meet.google.com/qvx-hrbt-nmk</a></td></tr>
        </table>
        <p>Interviewer:<br>Priya Raman, Engineering Manager, Grasp Planning</p>
        <p>Priya will spend most of the time on your recent work and a short discussion of motion
        planning under uncertainty. No coding in this round.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Alexis Romero<br>Technical Recruiter | Harborlight Robotics</p>
        <img src="https://app.greenhouse.io/email_tracking/o/7f3c1a9e" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-88213407-harborlight@greenhouse.io
        DTSTAMP:20260908T181210Z
        DTSTART:20260911T170000Z
        DTEND:20260911T174500Z
        SUMMARY:Interview: Morgan Ellison <> Harborlight Robotics (Priya Raman)
        LOCATION:https://meet.google.com/qvx-hrbt-nmk
        ORGANIZER;CN=Alexis Romero:mailto:alexis.romero@harborlightrobotics.com
        ATTENDEE;CN=Morgan Ellison;RSVP=TRUE:mailto:morgan.ellison@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-08 14:12:07"
    return message([
        ("Received", rcv("mail-us.greenhouse-mail.io", when, NY, "gh8823Kq1")),
        ("From", addr("Harborlight Robotics", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Alexis Romero", "alexis.romero@harborlightrobotics.com")),
        ("To", MORGAN),
        ("Subject", "Interview Confirmation: Harborlight Robotics"),
        ("Date", date(when, NY)),
        ("Message-ID", "<0100018e4a7c1d2b-5c1e66a0-9a3f-4e1b-b2d4-7d3c1a9e0f11-000000@email.amazonses.com>"),
        ("X-Mailer", "Greenhouse"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(2), family="lever", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-21 14:30", NY), end=utc("2026-09-21 15:00", NY),
      contact="shauna.pierce@ridgelinemobility.com", company="Ridgeline Mobility",
      local="Mon 2026-09-21 14:30", local_end="2026-09-21 15:00", zone=NY,
      note="Lever, HTML only in base64; 'Monday, September 21, 2026 2:30 PM - 3:00 PM EDT' = 18:30Z-19:00Z "
           "(Detroit is Eastern too); contact = Reply-To coordinator; thread with the reschedule and the "
           "rejection from Ridgeline")
def m2() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview scheduled</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#2b2f33">
        <tr><td>
        <p>Hi Morgan,</p>
        <p>You&rsquo;re all set! Here are the details for your upcoming conversation with Ridgeline Mobility
        for the <strong>Software Engineer, Localization (ADAS)</strong> role.</p>
        <p style="border-left:3px solid #0a66c2;padding-left:12px">
        <strong>Phone screen with Dev Kapoor</strong><br>
        Monday, September 21, 2026<br>
        2:30 PM &ndash; 3:00 PM EDT<br>
        Dev will call you at the number on your application.</p>
        <p>Need to make a change? Reply to this message and Shauna will help.</p>
        <p>Ridgeline Mobility Talent Team<br>Detroit, MI</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8a8f95">Powered by Lever &middot;
        <a href="https://jobs.lever.co/ridgelinemobility">jobs.lever.co/ridgelinemobility</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    when = "2026-09-16 10:03:41"
    return message([
        ("Received", rcv("mail.hire.lever.co", when, NY, "lv2Xw9Pa")),
        ("From", addr("Ridgeline Mobility", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Shauna Pierce", "shauna.pierce@ridgelinemobility.com")),
        ("To", MORGAN),
        ("Subject", "Your interview with Ridgeline Mobility is scheduled"),
        ("Date", date(when, NY)),
        ("Message-ID", "<20260916140341.1.6b2f0c1d8e7a4c55@hire.lever.co>"),
    ], html(page, cte="base64"))


@mail(n(3), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-29 11:00", NY), end=utc("2026-09-29 12:00", NY),
      contact="ines.okafor@lumenfieldworks.com", company="Lumen Fieldworks",
      local="Tue 2026-09-29 11:00", local_end="2026-09-29 12:00", zone=NY,
      note="Ashby for an Austin startup; body in the candidate's zone '11:00 AM - 12:00 PM EDT' = "
           "15:00Z-16:00Z, ICS in America/Chicago 10:00-11:00 CDT, the same instant; Date header in UTC; "
           "contact = Reply-To recruiter")
def m3() -> bytes:
    body = t("""
        Hi Morgan,

        Your interview is confirmed. We're looking forward to speaking with you!

        Technical Interview: Perception & Field Autonomy
        Tuesday, September 29, 2026, 11:00 AM - 12:00 PM EDT
        Zoom: https://lumenfieldworks.zoom.us/j/84129930215

        You'll meet with:
          Caleb Whitt - Staff Engineer, Autonomy
          Rosa Villanueva - Senior Engineer, Perception

        Times are shown in your time zone (America/New_York). The team is based in Austin, TX.

        Questions? Just reply and it will reach Ines Okafor.

        Thanks,
        Lumen Fieldworks Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Morgan,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <h3 style="margin-bottom:4px">Technical Interview: Perception &amp; Field Autonomy</h3>
        <p style="margin-top:0">Tuesday, September 29, 2026, 11:00 AM &ndash; 12:00 PM EDT<br>
        Zoom: <a href="https://lumenfieldworks.zoom.us/j/84129930215">https://lumenfieldworks.zoom.us/j/84129930215</a></p>
        <p>You&#x27;ll meet with:<br>Caleb Whitt &mdash; Staff Engineer, Autonomy<br>
        Rosa Villanueva &mdash; Senior Engineer, Perception</p>
        <p style="color:#777;font-size:12px">Times are shown in your time zone (America/New_York). The team is based in Austin, TX.</p>
        <p>Questions? Just reply and it will reach Ines Okafor.</p>
        <p>Thanks,<br>Lumen Fieldworks Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:3f0b8c2e-5a41-4d7e-9c6f-ashby-lumenfieldworks
        DTSTAMP:20260924T214012Z
        DTSTART;TZID=America/Chicago:20260929T100000
        DTEND;TZID=America/Chicago:20260929T110000
        SEQUENCE:0
        SUMMARY:Lumen Fieldworks - Technical Interview: Perception & Field Autonomy
        LOCATION:https://lumenfieldworks.zoom.us/j/84129930215
        ORGANIZER;CN=Ines Okafor:mailto:ines.okafor@lumenfieldworks.com
        ATTENDEE;CN=Morgan Ellison;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:morgan.ellison@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-24 21:40:12"
    return message([
        ("Received", rcv("mail.ashbyhq.com", when, "UTC", "as7Tt0Lm")),
        ("From", addr("Lumen Fieldworks", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Ines Okafor", "ines.okafor@lumenfieldworks.com")),
        ("To", MORGAN),
        ("Subject", "Interview confirmed: Robotics Software Engineer at Lumen Fieldworks"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<010001923f7a0c55-0e1d3a7b-2c4f-4b9e-8d1a-5f6e7a8b9c0d-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(4), family="workday", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-08 09:00", NY), end=utc("2026-10-08 13:30", NY),
      contact="karen.lutz@ironbridgedefense.com", company="Ironbridge Defense Systems",
      local="Thu 2026-10-08 09:00", local_end="2026-10-08 13:30", zone=NY,
      note="Workday onsite itinerary in Pittsburgh, four sessions 9:00 AM to 1:30 PM EDT -> start 13:00Z, "
           "end 17:30Z (first start to last end); the 8:45 AM arrival is not the interview start; "
           "sender is the Workday tenant mailbox, contact = the coordinator's address in the body")
def m4() -> bytes:
    body = t("""
        Dear Morgan Ellison,

        Thank you for your interest in the Autonomy Software Engineer III position (Req R-0041187)
        with Ironbridge Defense Systems. We are pleased to confirm your on-site interview.

        Date: Thursday, October 8, 2026
        Location: Ironbridge Defense Systems, 400 Industry Drive, Building C, Pittsburgh, PA 15275
        Please check in at the Visitor Center no later than 8:45 AM.

        Itinerary (all times Eastern):
          9:00 AM - 9:45 AM    Hiring Manager - Glenn Sokol
          10:00 AM - 11:00 AM  Technical Panel - Autonomy Software
          11:00 AM - 12:00 PM  Lunch with the team
          12:15 PM - 1:30 PM   Systems Design / Program Overview, HR close-out

        Please bring two forms of government-issued identification. This position requires U.S.
        citizenship and the ability to obtain a security clearance. Personal electronic devices
        must be left in the lockers provided at the Visitor Center.

        If you have questions, please contact Karen Lutz, Talent Acquisition Coordinator, at
        karen.lutz@ironbridgedefense.com or 412-555-0187.

        Please do not reply to this message; this mailbox is not monitored.

        Sincerely,
        Talent Acquisition
        Ironbridge Defense Systems
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Morgan Ellison,</p>
        <p>Thank you for your interest in the Autonomy Software Engineer III position (Req R-0041187) with
        Ironbridge Defense Systems. We are pleased to confirm your on-site interview.</p>
        <p><b>Date:</b> Thursday, October 8, 2026<br>
        <b>Location:</b> Ironbridge Defense Systems, 400 Industry Drive, Building C, Pittsburgh, PA 15275<br>
        Please check in at the Visitor Center no later than 8:45 AM.</p>
        <p><b>Itinerary (all times Eastern):</b></p>
        <table border="1" cellpadding="5" style="border-collapse:collapse;font-size:13px">
        <tr><td>9:00 AM - 9:45 AM</td><td>Hiring Manager - Glenn Sokol</td></tr>
        <tr><td>10:00 AM - 11:00 AM</td><td>Technical Panel - Autonomy Software</td></tr>
        <tr><td>11:00 AM - 12:00 PM</td><td>Lunch with the team</td></tr>
        <tr><td>12:15 PM - 1:30 PM</td><td>Systems Design / Program Overview, HR close-out</td></tr>
        </table>
        <p>Please bring two forms of government-issued identification. This position requires U.S. citizenship
        and the ability to obtain a security clearance. Personal electronic devices must be left in the lockers
        provided at the Visitor Center.</p>
        <p>If you have questions, please contact Karen Lutz, Talent Acquisition Coordinator, at
        <a href="mailto:karen.lutz@ironbridgedefense.com">karen.lutz@ironbridgedefense.com</a> or 412-555-0187.</p>
        <p style="font-size:11px;color:#777">Please do not reply to this message; this mailbox is not monitored.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Ironbridge Defense Systems</p>
        </body></html>
        """)
    when = "2026-10-02 11:26:55"
    return message([
        ("Received", rcv("mail.myworkday.com", when, NY, "wd40Pq2z")),
        ("From", addr("Ironbridge Defense Systems", "ironbridge@myworkday.com")),
        ("To", MORGAN),
        ("Subject", "On-Site Interview Confirmation - Autonomy Software Engineer III (R-0041187)"),
        ("Date", date(when, NY)),
        ("Message-ID", "<1875439901.88213.1791040015557@wd5-prod-mailer-07.myworkday.com>"),
        ("X-Workday-Tenant", "ironbridge"),
    ], alt(text(body), html(page)))


@mail(n(5), family="exchange", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", NY), end=utc("2026-11-03 11:00", NY),
      contact="rdombrowski@keystoneautonomy.com", company="Keystone Autonomy",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=NY,
      note="Exchange meeting request with Windows zone 'Eastern Standard Time'; sent Wed 28 Oct in EDT "
           "(-0400), interview Tue 3 Nov after US DST ended on 1 Nov, so 10:00 EST = 15:00Z (not 14:00Z); "
           "contact = organizer/sender")
def m5() -> bytes:
    body = t("""
        When: Tuesday, November 3, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Morgan - sending the invite for your technical interview with our motion planning team
        (Jun Park and Tomasz Wierzbicki). It'll be on Teams; camera on is great but not required.
        Reach out if anything comes up.

        Rachel

        ________________________________________________________________________________
        Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>
        Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQxOTk2ZjEtYjA5Zi00ZGQ2LWE1ZjMtOTNhYjU1ZTFkNTQz%40thread.v2/0>
        Meeting ID: 284 611 903 557
        Passcode: Xc7rT2
        ________________________________

        Dial in by phone
        +1 412-555-0140,,551203914# United States, Pittsburgh
        Find a local number<https://dialin.teams.microsoft.com/8f0c1e22>
        Phone conference ID: 551 203 914#
        For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Hi Morgan - sending the invite for your technical interview with our motion planning team
        (Jun Park and Tomasz Wierzbicki). It&#8217;ll be on Teams; camera on is great but not required. Reach out if
        anything comes up.<o:p></o:p></p>
        <p class="MsoNormal">Rachel<o:p></o:p></p>
        <div style="margin-bottom:.25in">
        <p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span></p>
        <p class="MsoNormal"><b><span style="font-size:18pt;color:#252424">Microsoft Teams</span></b>
        <a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US">Need help?</a></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQxOTk2ZjEtYjA5Zi00ZGQ2LWE1ZjMtOTNhYjU1ZTFkNTQz%40thread.v2/0"><b>Join the meeting now</b></a></p>
        <p class="MsoNormal">Meeting ID: 284 611 903 557<br>Passcode: Xc7rT2</p>
        <p class="MsoNormal">Dial in by phone<br>+1 412-555-0140,,551203914# United States, Pittsburgh</p>
        </div></div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rachel Dombrowski:mailto:rdombrowski@keystoneautonomy.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=morgan.ellison@example.org:mailto:morgan.ellison@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jun Park:mailto:jpark@keystoneautonomy.com
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomasz Wierzbicki:mailto:twierzbicki@keystoneautonomy.com
        DESCRIPTION;LANGUAGE=en-US:Hi Morgan - sending the invite for your technical interview with our motion planning team.\\n
        UID:040000008200E00074C5B7101A82E00800000000F0E5A1C2B66ADD01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        SUMMARY;LANGUAGE=en-US:Keystone Autonomy - Technical Interview (Morgan Ellison)
        DTSTART;TZID=Eastern Standard Time:20261103T100000
        DTEND;TZID=Eastern Standard Time:20261103T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261028T192012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2119338547
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
    when = "2026-10-28 15:20:12"
    return message([
        ("Received", rcv("NAM12-DM6-obe.outbound.protection.outlook.com", when, NY, "ex5Hh3Qw")),
        ("From", addr("Rachel Dombrowski", "rdombrowski@keystoneautonomy.com")),
        ("To", addr("morgan.ellison@example.org", ME)),
        ("Cc", addr("Jun Park", "jpark@keystoneautonomy.com") + ", "
         + addr("Tomasz Wierzbicki", "twierzbicki@keystoneautonomy.com")),
        ("Subject", "Keystone Autonomy - Technical Interview (Morgan Ellison)"),
        ("Thread-Topic", "Keystone Autonomy - Technical Interview (Morgan Ellison)"),
        ("Thread-Index", "AdtJ4xq2k9Hn0T3fRz2m1Ksl7pVbYw=="),
        ("Date", date(when, NY)),
        ("Message-ID", "<BN8PR14MB3187A2E51F0C44D1B7E6A09CD7432@BN8PR14MB3187.namprd14.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


LA = "America/Los_Angeles"


@mail(n(6), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-15 10:00", LA), end=utc("2026-10-15 11:00", LA),
      contact="evan.cho@parcelwise.io", company="Parcelwise",
      local="Thu 2026-10-15 10:00", local_end="2026-10-15 11:00", zone=LA,
      note="Google Calendar invitation from a remote team's hiring manager in the organizer's zone "
           "'10am - 11am (Pacific Time - Los Angeles)' = 17:00Z-18:00Z (1pm EDT for the candidate); "
           "ICS in UTC; contact = organizer")
def m6() -> bytes:
    body = t("""
        You have been invited to the following event.

        Parcelwise <> Morgan Ellison - System design interview
        Thursday Oct 15, 2026 ⋅ 10am – 11am (Pacific Time - Los Angeles)

        Hey Morgan, this is the system design round we talked about. We'll work through a fleet
        dispatch problem together in Excalidraw - no prep needed beyond being comfortable
        thinking out loud. - Evan

        Join with Google Meet
        https://meet.google.com/fyd-ksqe-pwa

        Organizer
        Evan Cho
        evan.cho@parcelwise.io

        Guests
        Evan Cho - organizer
        morgan.ellison@example.org
        Lydia Sandoval

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NmsxdTQyOGQ

        Reply for morgan.ellison@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>You have been invited to the following event.</p>
        <h2 style="font-size:20px;font-weight:400;color:#202124">Parcelwise &lt;&gt; Morgan Ellison - System design interview</h2>
        <div style="font-size:14px">Thursday Oct 15, 2026 &sdot; 10am &ndash; 11am (Pacific Time - Los Angeles)</div>
        <p>Hey Morgan, this is the system design round we talked about. We&#39;ll work through a fleet dispatch
        problem together in Excalidraw - no prep needed beyond being comfortable thinking out loud. - Evan</p>
        <p><a href="https://meet.google.com/fyd-ksqe-pwa">Join with Google Meet</a></p>
        <p><b>Organizer</b><br>Evan Cho<br>evan.cho@parcelwise.io</p>
        <p><b>Guests</b><br>Evan Cho - organizer<br>morgan.ellison@example.org<br>Lydia Sandoval</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261015T170000Z
        DTEND:20261015T180000Z
        DTSTAMP:20261009T190511Z
        ORGANIZER;CN=Evan Cho:mailto:evan.cho@parcelwise.io
        UID:6k1u428d9f0s3b2q7r1m5c8v0a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Evan Cho;X-NUM-GUESTS=0:mailto:evan.cho@parcelwise.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=morgan.ellison@example.org;X-NUM-GUESTS=0:mailto:morgan.ellison@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lydia Sandoval;X-NUM-GUESTS=0:mailto:lydia.sandoval@parcelwise.io
        X-GOOGLE-CONFERENCE:https://meet.google.com/fyd-ksqe-pwa
        CREATED:20261009T190509Z
        DESCRIPTION:Hey Morgan\\, this is the system design round we talked about.
        LAST-MODIFIED:20261009T190509Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Parcelwise <> Morgan Ellison - System design interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-09 12:05:11"
    subj = ("Invitation: Parcelwise <> Morgan Ellison - System design interview @ "
            "Thu Oct 15, 2026 10am - 11am (PDT) (morgan.ellison@example.org)")
    return message([
        ("Received", rcv("mail-sor-f73.google.com", when, LA, "gc6Ry8Uo")),
        ("From", addr("Evan Cho", "evan.cho@parcelwise.io")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "evan.cho@parcelwise.io"),
        ("To", ME),
        ("Subject", subj),
        ("Date", date(when, LA)),
        ("Message-ID", "<calendar-4c1f0d2a-88b3-4f7e-a1c9-2d0e5b7f6a31@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics)),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True, cte="base64")))


@mail(n(7), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-21 15:30", NY), end=utc("2026-10-21 16:00", NY),
      contact="nadia.brennan@tidewellsurgical.com", company="Tidewell Surgical",
      local="Wed 2026-10-21 15:30", local_end="2026-10-21 16:00", zone=NY,
      note="Calendly invitee confirmation after Morgan booked the hiring manager's link: '03:30pm - 04:00pm "
           "(Eastern Time - US & Canada)' = 19:30Z-20:00Z; contact = host's Reply-To")
def m7() -> bytes:
    body = t("""
        Hi Morgan Ellison,

        Your Intro call - Senior Software Engineer, Robot Arm Controls with Nadia Brennan at
        03:30pm - 04:00pm (Eastern Time - US & Canada) on Wednesday, October 21, 2026 is
        scheduled.

        Event Type:
        Intro call - Senior Software Engineer, Robot Arm Controls

        Invitee:
        Morgan Ellison

        Invitee Email:
        morgan.ellison@example.org

        Event Date/Time:
        03:30pm - Wednesday, October 21, 2026 (Eastern Time - US & Canada)

        Location:
        This is a Zoom web conference. Join: https://tidewell.zoom.us/j/91522043381

        Questions:
        Anything you'd like Nadia to know beforehand?
        I'm most interested in the haptics side of the console team.

        Cancel: https://calendly.com/cancellations/5d2a8f1e-4e0b-4c5f-9a7e-1f2b3c4d5e6f
        Reschedule: https://calendly.com/reschedulings/5d2a8f1e-4e0b-4c5f-9a7e-1f2b3c4d5e6f

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#1a1a1a">
        <p>Hi Morgan Ellison,</p>
        <p>Your Intro call - Senior Software Engineer, Robot Arm Controls with Nadia Brennan at 03:30pm - 04:00pm
        (Eastern Time - US &amp; Canada) on Wednesday, October 21, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Intro call - Senior Software Engineer, Robot Arm Controls</p>
        <p><b>Event Date/Time:</b><br>03:30pm - Wednesday, October 21, 2026 (Eastern Time - US &amp; Canada)</p>
        <p><b>Location:</b><br>This is a Zoom web conference. Join: <a href="https://tidewell.zoom.us/j/91522043381">https://tidewell.zoom.us/j/91522043381</a></p>
        <p><a href="https://calendly.com/cancellations/5d2a8f1e-4e0b-4c5f-9a7e-1f2b3c4d5e6f">Cancel</a> |
        <a href="https://calendly.com/reschedulings/5d2a8f1e-4e0b-4c5f-9a7e-1f2b3c4d5e6f">Reschedule</a></p>
        <p style="font-size:11px;color:#999">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:5d2a8f1e-4e0b-4c5f-9a7e-1f2b3c4d5e6f@calendly.com
        DTSTAMP:20261019T131433Z
        DTSTART:20261021T193000Z
        DTEND:20261021T200000Z
        SUMMARY:Intro call - Senior Software Engineer\\, Robot Arm Controls (Nadia Brennan and Morgan Ellison)
        ORGANIZER;CN=Nadia Brennan:mailto:nadia.brennan@tidewellsurgical.com
        ATTENDEE;CN=Morgan Ellison;PARTSTAT=ACCEPTED:mailto:morgan.ellison@example.org
        LOCATION:https://tidewell.zoom.us/j/91522043381
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-19 09:14:33"
    return message([
        ("Received", rcv("o1.email.calendly.com", when, NY, "cy7Ab1Zx")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Nadia Brennan", "nadia.brennan@tidewellsurgical.com")),
        ("To", MORGAN),
        ("Subject", "Confirmed: Intro call - Senior Software Engineer, Robot Arm Controls with Nadia "
                    "Brennan on Wednesday, October 21, 2026"),
        ("Date", date(when, NY)),
        ("Message-ID", "<7Yd1qkYhS2mVfN0e3nL0xw@geopod-ismtpd-canary-0>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(8), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-11 20:30", NY), end=utc("2026-11-11 21:30", NY),
      contact="brooke.tanaka@kestrelautomation.com", company="Kestrel Logistics Automation",
      local="Wed 2026-11-11 20:30", local_end="2026-11-11 21:30", zone=NY,
      note="GoodTime panel with the Taipei team: 'Wednesday, November 11, 2026 8:30 PM - 9:30 PM EST' = "
           "01:30Z-02:30Z on Thursday 12 Nov (a different UTC day), also given as Thursday 9:30 AM Taipei; "
           "ICS in UTC agrees; contact = Reply-To coordinator")
def m8() -> bytes:
    body = t("""
        Hi Morgan,

        Your interview with Kestrel Logistics Automation has been scheduled. Please find the
        details below and the calendar invitation attached.

        Role: Senior Software Engineer, Fleet Autonomy (Columbus, OH / Hybrid)
        Interview: Panel - Robot Software Platform (Taipei engineering)

        Wednesday, November 11, 2026
        8:30 PM - 9:30 PM EST
        (Thursday, November 12, 9:30 AM - 10:30 AM in Taipei, for your interviewers)

        Interviewers: Wei-Ting Lin, Hao-Ran Chiu
        Video: https://kestrelautomation.zoom.us/j/82214477103

        We know the evening slot is unusual - thank you for accommodating the time difference!

        Brooke Tanaka
        Recruiting Coordinator, Kestrel Logistics Automation

        Sent via GoodTime | Manage your interview: https://app.goodtime.io/candidate/8c1f0e7a
        """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n\n")
    ).replace("\n", "<br>\n") + "</body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-7ea1b0c4-5d17-4a3e-8f2c-kestrel@goodtime.io
        DTSTAMP:20261105T151903Z
        DTSTART:20261112T013000Z
        DTEND:20261112T023000Z
        SUMMARY:Interview: Morgan Ellison - Panel (Robot Software Platform)
        LOCATION:https://kestrelautomation.zoom.us/j/82214477103
        ORGANIZER;CN=Brooke Tanaka:mailto:brooke.tanaka@kestrelautomation.com
        ATTENDEE;CN=Morgan Ellison;RSVP=TRUE:mailto:morgan.ellison@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-05 10:19:03"
    return message([
        ("Received", rcv("mail.goodtime.io", when, NY, "gt8Ua2Ee")),
        ("From", addr("Brooke Tanaka via GoodTime", "noreply@goodtime.io")),
        ("Reply-To", addr("Brooke Tanaka", "brooke.tanaka@kestrelautomation.com")),
        ("To", MORGAN),
        ("Subject", "Interview Scheduled: Kestrel Logistics Automation - Panel (Robot Software Platform)"),
        ("Date", date(when, NY)),
        ("Message-ID", "<gt.1762355943.51e0c7aa@goodtime.io>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="interview.ics", disposition="attachment", name_param=True)))


# =========================================================================== positives 9-16


@mail(n(9), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-15 11:30", NY), end=None,
      contact="tyler.brandt@threeriverstechstaffing.com", company="Beaver Valley Motion",
      local="Tue 2026-09-15 11:30", zone=NY,
      note="Agency recruiter typing on a phone: 'ur confirmed for tmrw 11:30am' resolved against the Date "
           "(Mon 14 Sep, EDT) -> Tue 15 Sep 15:30Z; '45 min max' is not an exact length so end null; company "
           "= the agency's client, contact = the recruiter who sent it")
def m9() -> bytes:
    body = t("""
        hey Morgan!! good news, Beaver Valley Motion wants to move fwd w you. ur confirmed for tmrw
        11:30am w Greg Halloran (their dir of engineering). its a teams call, he'll send the link this
        afternoon so watch ur inbox + spam

        should be 45 min max, mostly about the servo drive firmware stuff on ur resume. call me after
        if u can, i want to hear how it went

        Tyler

        Sent from my iPhone
        """)
    when = "2026-09-14 09:05:48"
    return message([
        ("Received", rcv("mail-pj1-f53.google.com", when, NY, "tb3Ka0Pp")),
        ("From", addr("Tyler Brandt", "tyler.brandt@threeriverstechstaffing.com")),
        ("To", addr("Morgan Ellison", ME)),
        ("Subject", "Beaver Valley"),
        ("Date", date(when, NY)),
        ("Message-ID", "<4F7C2E1B-9A3D-4C1E-B0F8-2D7E6A51C3F9@threeriverstechstaffing.com>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, charset="us-ascii", cte="7bit", params="format=flowed; delsp=yes"))


@mail(n(10), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-06 10:00", NY), end=None,
      contact="dkowalczyk@monongahela.edu", company="Monongahela University",
      local="Tue 2026-10-06 10:00", zone=NY,
      note="University lab manager, iso-8859-1 quoted-printable; 'next Tuesday at 10' from a mail dated Wed "
           "30 Sep -> Tue 6 Oct 10:00 EDT = 14:00Z; 'about an hour' -> end null; contact = sender")
def m10() -> bytes:
    body = t("""
        Hi Morgan,

        Thanks for getting back to me so quickly. Renée (Prof. Lindqvist) would like to meet you
        in person, so let's lock in next Tuesday at 10 in the lab - Halvorsen Hall, room B214
        (basement level, take the elevator past the café and follow the signs for the Legged
        Locomotion Lab). Plan on about an hour: a chat with Renée, then a short walk-through of the
        quadruped test track with two of the grad students.

        Visitor parking is in the Forbes Ave garage; I can validate your ticket.

        If anything changes on your end just let me know.

        Best,
        Denise

        --
        Denise Kowalczyk
        Lab Manager, Legged Locomotion Lab
        School of Engineering, Monongahela University
        dkowalczyk@monongahela.edu | 412-555-0162
        """)
    when = "2026-09-30 16:22:09"
    return message([
        ("Received", rcv("smtp-out.monongahela.edu", when, NY, "mu1Lq4Ta")),
        ("From", addr("Kowalczyk, Denise", "dkowalczyk@monongahela.edu")),
        ("To", addr("Morgan Ellison", ME)),
        ("Cc", addr("Lindqvist, Renée", "rlindqvist@monongahela.edu", "iso-8859-1")),
        ("Subject", "RE: Research Engineer position - Legged Locomotion Lab"),
        ("Date", date(when, NY)),
        ("Message-ID", "<MN2PR03MB5087C1D0E8A7@MN2PR03MB5087.namprd03.prod.outlook.com>"),
        ("In-Reply-To", "<CAMx7wEnH2bQ0oZcRk1Yv9dC=fh@mail.gmail.com>"),
        ("References", "<CAMx7wEnH2bQ0oZcRk1Yv9dC=fh@mail.gmail.com>"),
    ], text(body, charset="iso-8859-1"))


@mail(n(11), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-22 16:00", NY), end=None,
      contact="sam@quillfeather.ai", company="Quillfeather Robotics",
      local="Thu 2026-10-22 16:00", zone=NY,
      note="Startup founder's one-line Gmail reply 'Thursday at 4 works' accepting the candidate's quoted "
           "offer 'Thursday (Oct 22) at 4pm Eastern' -> 20:00Z; no length; contact = founder (sender)")
def m11() -> bytes:
    body = t("""
        Thursday at 4 works, great. I'll send a Meet link, my cofounder Ama will join for the
        second half.

        Sam

        On Mon, Oct 19, 2026 at 9:41 PM Morgan Ellison <morgan.ellison@example.org> wrote:
        > Hi Sam,
        >
        > Thanks for the note, I'd love to talk. I could do Thursday (Oct 22) at 4pm Eastern, or
        > Friday any time before noon.
        >
        > Best,
        > Morgan
        >
        > On Mon, Oct 19, 2026 at 11:02 AM Sam Okonkwo <sam@quillfeather.ai> wrote:
        >> Hey Morgan - saw your talk on cheap tactile sensing at the Pittsburgh ROS meetup. We're
        >> 6 people building picking cells for small warehouses and hiring our first robotics
        >> software lead (remote-first). Want to do a call with me and my cofounder this week?
        >> Send me a couple of times.
        >>
        >> Sam Okonkwo
        >> CEO, Quillfeather Robotics
        """)
    when = "2026-10-20 07:58:30"
    return message([
        ("Received", rcv("mail-ed1-f47.google.com", when, NY, "qf2Nn5Rr")),
        ("From", addr("Sam Okonkwo", "sam@quillfeather.ai")),
        ("To", addr("Morgan Ellison", ME)),
        ("Subject", "Re: Quillfeather <> Morgan"),
        ("Date", date(when, NY)),
        ("Message-ID", "<CAHq1f+Zk8Lw0dYtB6vQp3nX2r_Fe7sUq1mO9aPj=b4Gk@mail.gmail.com>"),
        ("In-Reply-To", "<CAMx7wEpR5uV8yTz2nL0kWq6bH=eC1aSd9fG@mail.gmail.com>"),
        ("References", "<CAHq1f+Wm3Ns7eXq9kPz1cR4v_Hy2tUo8bLj@mail.gmail.com> "
                       "<CAMx7wEpR5uV8yTz2nL0kWq6bH=eC1aSd9fG@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


TOR = "America/Toronto"


@mail(n(12), family="teamtailor", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-11-24 14:00", TOR), end=utc("2026-11-24 15:30", TOR),
      contact="aileen.macphail@lakeshoreautonomy.ca", company="Lakeshore Autonomy",
      local="Tue 2026-11-24 14:00", local_end="2026-11-24 15:30", zone=TOR,
      note="Teamtailor, Canadian English, Toronto on-site: '2:00 p.m. to 3:30 p.m. (Eastern Time)' on Tue "
           "24 Nov, EST -> 19:00Z-20:30Z; contact = Reply-To recruiter")
def m12() -> bytes:
    body = t("""
        Hi Morgan,

        We're delighted to confirm your in-person interview for the Senior Robotics Software
        Developer role at Lakeshore Autonomy.

        When: Tuesday, November 24, 2026, 2:00 p.m. to 3:30 p.m. (Eastern Time)
        Where: Lakeshore Autonomy, Suite 1200, 88 Harbourfront Lane, Toronto, ON
        Who: Priyanka Sandhu (Director, Robotics Software) and Étienne Gagnon (Senior Developer,
        Behaviour Planning)

        Please bring a piece of photo ID and sign in at the security desk in the lobby; our
        reception centre is on the 12th floor. We'll cover reasonable travel costs from
        Pittsburgh - keep your receipts and we'll reimburse you by cheque or e-transfer, whichever
        you favour.

        If you have any questions before then, simply reply to this e-mail.

        Warm regards,

        Aileen MacPhail
        Talent Partner, Lakeshore Autonomy
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#111">
        <div style="max-width:600px;margin:0 auto">
        <img src="https://assets.teamtailor-cdn.com/lakeshore/logo.png" alt="Lakeshore Autonomy" height="36">
        <p>Hi Morgan,</p>
        <p>We&#39;re delighted to confirm your in-person interview for the Senior Robotics Software Developer role
        at Lakeshore Autonomy.</p>
        <p><strong>When:</strong> Tuesday, November 24, 2026, 2:00 p.m. to 3:30 p.m. (Eastern Time)<br>
        <strong>Where:</strong> Lakeshore Autonomy, Suite 1200, 88 Harbourfront Lane, Toronto, ON<br>
        <strong>Who:</strong> Priyanka Sandhu (Director, Robotics Software) and Étienne Gagnon (Senior Developer,
        Behaviour Planning)</p>
        <p>Please bring a piece of photo ID and sign in at the security desk in the lobby; our reception centre is
        on the 12th floor. We&#39;ll cover reasonable travel costs from Pittsburgh - keep your receipts and
        we&#39;ll reimburse you by cheque or e-transfer, whichever you favour.</p>
        <p>If you have any questions before then, simply reply to this e-mail.</p>
        <p>Warm regards,</p>
        <p>Aileen MacPhail<br>Talent Partner, Lakeshore Autonomy</p>
        <p style="font-size:11px;color:#888">Sent with Teamtailor</p>
        </div></body></html>
        """)
    when = "2026-11-19 13:47:26"
    return message([
        ("Received", rcv("mail.teamtailor-mail.com", when, TOR, "tt4Wc9Sd")),
        ("From", addr("Lakeshore Autonomy", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Aileen MacPhail", "aileen.macphail@lakeshoreautonomy.ca")),
        ("To", MORGAN),
        ("Subject", "Interview confirmed - Senior Robotics Software Developer"),
        ("Date", date(when, TOR)),
        ("Message-ID", "<6b1e9a7f3c2d.1763578046@teamtailor-mail.com>"),
    ], alt(text(body, cte="8bit"), html(page, cte="8bit")))


CHI = "America/Chicago"


@mail(n(13), family="zoom", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:00", CHI), end=None,
      contact="marisol.ybarra@sablepointdrones.com", company="Sable Point Drones",
      local="Mon 2026-11-02 09:00", zone=CHI,
      note="Austin recruiter pastes a Zoom invitation 'Nov 2, 2026 09:00 AM Central Time (US and Canada)'; "
           "sent Thu 29 Oct in CDT, interview the day after DST ended -> CST, 15:00Z; '10 AM your time' agrees; "
           "no length -> end null; contact = sender")
def m13() -> bytes:
    body = t("""
        Hi Morgan,

        You're all set with Owen for Monday morning - that's 9am our time, 10am your time. Heads up
        that the clocks change this weekend, so double-check your calendar if it converted anything.
        Zoom details below.

        Thanks!
        Marisol

        Marisol Ybarra | Talent Acquisition | Sable Point Drones
        Austin, TX

        ------------------------------------------------------------
        Marisol Ybarra is inviting you to a scheduled Zoom meeting.

        Topic: Morgan Ellison / Owen Batchelor - Hiring Manager Interview
        Time: Nov 2, 2026 09:00 AM Central Time (US and Canada)

        Join Zoom Meeting
        https://sablepointdrones.zoom.us/j/93318840276?pwd=cVhQb2lTeWJ4eDFyV2t0

        Meeting ID: 933 1884 0276
        Passcode: 518204

        ---

        One tap mobile
        +13462487799,,93318840276#,,,,*518204# US (Houston)
        +16465588656,,93318840276#,,,,*518204# US (New York)
        """)
    when = "2026-10-29 16:03:19"
    return message([
        ("Received", rcv("mail-sn1nam02on2090.outbound.protection.outlook.com", when, CHI, "zm0Ff8Lk")),
        ("From", addr("Marisol Ybarra", "marisol.ybarra@sablepointdrones.com")),
        ("To", addr("Morgan Ellison", ME)),
        ("Subject", "Monday w/ Owen - Zoom details"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<SN6PR11MB2893D41F7B1E0C9A@SN6PR11MB2893.namprd11.prod.outlook.com>"),
        ("Thread-Topic", "Monday w/ Owen - Zoom details"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(14), family="ms_bookings", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-23 13:00", NY), end=utc("2026-09-23 14:00", NY),
      contact=None, company="Huron Axle & Drive",
      local="Wed 2026-09-23 13:00", local_end="2026-09-23 14:00", zone=NY,
      note="Microsoft Bookings from a Detroit supplier; the body shows the standard-offset label "
           "'(UTC-05:00) Eastern Time (US & Canada)' but 23 Sep is EDT, so 1:00 PM = 17:00Z (ICS with the "
           "Windows zone agrees); sender is a Bookings mailbox and the staff member has no address -> "
           "contact null")
def m14() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:22px;font-weight:600">Your booking is confirmed</div>
        <p>Hello Morgan Ellison,</p>
        <p>Thank you for booking with Huron Axle &amp; Drive - Engineering Interviews.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Technical Interview - Embedded Controls</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Wednesday, September 23, 2026 1:00 PM - 2:00 PM</td></tr>
        <tr><td style="color:#605e5c">Time zone</td><td>(UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Marcus Whitfield</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting (join link below)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjU5ZTg4%40thread.v2/0">Join your appointment</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/HuronAxleEngineeringInterviews@huronaxle.com/bookings/s/manage">Manage booking</a></p>
        <p style="font-size:12px;color:#605e5c">Huron Axle &amp; Drive, 2100 Fort Street, Wyandotte, MI 48192</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Huron Axle & Drive - Engineering Interviews:mailto:HuronAxleEngineeringInterviews@huronaxle.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Morgan Ellison:mailto:morgan.ellison@example.org
        SUMMARY;LANGUAGE=en-US:Technical Interview - Embedded Controls
        DTSTART;TZID=Eastern Standard Time:20260923T130000
        DTEND;TZID=Eastern Standard Time:20260923T140000
        UID:040000008200E00074C5B7101A82E0080000000061F3B2A0D44ADD010000000000000000100000009C2E
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260918T152244Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-18 11:22:44"
    return message([
        ("Received", rcv("NAM04-BN8-obe.outbound.protection.outlook.com", when, NY, "bk9Dd1Vv")),
        ("From", addr("Huron Axle & Drive - Engineering Interviews", "HuronAxleEngineeringInterviews@huronaxle.com")),
        ("To", MORGAN),
        ("Subject", "Your booking is confirmed: Technical Interview - Embedded Controls"),
        ("Date", date(when, NY)),
        ("Message-ID", "<CH3PR19MB7420B93E0A5D1C@CH3PR19MB7420.namprd19.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsAppointment", "True"),
    ], mixed(html(page, cte="base64"), calendar(ics, filename="booking.ics", disposition="attachment")))


@mail(n(15), family="workable", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-10 10:00", NY), end=utc("2026-12-10 10:45", NY),
      contact="jenna.marsh@copperleafrobotics.com", company="Copperleaf Robotics",
      local="Thu 2026-12-10 10:00", local_end="2026-12-10 10:45", zone=NY,
      note="Workable, Reply-To and ICS organizer are a candidates.workablemail.com relay (not a person); "
           "'Thursday, December 10, 2026, 10:00 - 10:45 AM EST' = 15:00Z-15:45Z; contact = the recruiter's "
           "own address written in the body")
def m15() -> bytes:
    relay = "copperleaf-robotics+c7f1a29e0b@candidates.workablemail.com"
    body = t("""
        Hi Morgan,

        Thank you for accepting our invitation. Your interview for the Robotics Software Engineer
        (Columbus, OH) position at Copperleaf Robotics is confirmed:

          Thursday, December 10, 2026, 10:00 - 10:45 AM EST
          Video call: https://meet.google.com/pkr-wtcq-hsz
          With: Jenna Marsh (Recruiter), Aaron Feld (Engineering Lead)

        If you need to get in touch with me directly, my email is jenna.marsh@copperleafrobotics.com.

        Kind regards,
        Jenna Marsh
        Copperleaf Robotics

        --
        Powered by Workable
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Morgan,</p>
        <p>Thank you for accepting our invitation. Your interview for the <b>Robotics Software Engineer
        (Columbus, OH)</b> position at Copperleaf Robotics is confirmed:</p>
        <ul><li>Thursday, December 10, 2026, 10:00 - 10:45 AM EST</li>
        <li>Video call: <a href="https://meet.google.com/pkr-wtcq-hsz">https://meet.google.com/pkr-wtcq-hsz</a></li>
        <li>With: Jenna Marsh (Recruiter), Aaron Feld (Engineering Lead)</li></ul>
        <p>If you need to get in touch with me directly, my email is
        <a href="mailto:jenna.marsh@copperleafrobotics.com">jenna.marsh@copperleafrobotics.com</a>.</p>
        <p>Kind regards,<br>Jenna Marsh<br>Copperleaf Robotics</p>
        <p style="font-size:11px;color:#999">Powered by Workable</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Workable//Workable Calendar//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:workable-event-5567120-copperleaf
        DTSTAMP:20261207T163015Z
        DTSTART:20261210T150000Z
        DTEND:20261210T154500Z
        SUMMARY:Interview: Morgan Ellison for Robotics Software Engineer (Columbus\\, OH)
        LOCATION:https://meet.google.com/pkr-wtcq-hsz
        ORGANIZER;CN=Copperleaf Robotics:mailto:{relay}
        ATTENDEE;CN=Morgan Ellison;RSVP=TRUE:mailto:morgan.ellison@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-12-07 11:30:15"
    return message([
        ("Received", rcv("mail.workablemail.com", when, NY, "wk6Gg2Hh")),
        ("From", addr("Jenna Marsh at Copperleaf Robotics", relay)),
        ("Reply-To", relay),
        ("To", MORGAN),
        ("Subject", "Interview confirmed: Robotics Software Engineer (Columbus, OH) at Copperleaf Robotics"),
        ("Date", date(when, NY)),
        ("Message-ID", "<5f2c7a1e9d0b.20261207163015.3391@workablemail.com>"),
    ], mixed(alt(text(body), html(page)), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(16), family="federal_notice", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-14 13:00", NY), end=None,
      contact="darlene.whitcomb@ouse.gov", company="Office of Uncrewed Systems Evaluation",
      local="Mon 2026-12-14 13:00", zone=NY,
      note="Federal notice of interview, text only; the attached ICS is an all-day event (VALUE=DATE) and the "
           "time is only in the text: '1:00 p.m. Eastern Time' on Mon 14 Dec (EST) = 18:00Z; 'approximately "
           "60 minutes' -> end null; sender is a shared staffing mailbox, contact = the HR specialist named "
           "in the body")
def m16() -> bytes:
    body = t("""
        NOTICE OF INTERVIEW

        Vacancy Announcement: OUSE-27-0113-DH
        Position: Computer Engineer (Robotics), GS-0854-13
        Duty Location: Pittsburgh, PA

        Dear Morgan Ellison:

        You have been selected for an interview for the position listed above. The interview will be
        conducted by a panel of three (3) subject matter experts and will last approximately 60
        minutes.

        Date: Monday, December 14, 2026
        Time: 1:00 p.m. Eastern Time
        Format: Microsoft Teams video conference (a link will be sent separately by the panel chair)

        All candidates are asked the same structured questions. You may have a copy of your resume
        in front of you. Please be prepared to present a government-issued photo ID on camera at the
        beginning of the interview.

        If you are unable to participate at the scheduled time, or require a reasonable
        accommodation, contact Ms. Darlene Whitcomb, Human Resources Specialist, at
        darlene.whitcomb@ouse.gov or (202) 555-0139 no later than Thursday, December 10, 2026.

        This notice does not constitute an offer of employment.

        Human Resources Operations Division
        Office of Uncrewed Systems Evaluation

        THIS IS AN AUTOMATED MESSAGE. REPLIES TO THIS ADDRESS ARE NOT MONITORED.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//OUSE HR//Staffing Notice 4.2//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:OUSE-27-0113-DH-INT-0042@ouse.gov
        DTSTAMP:20261209T143000Z
        DTSTART;VALUE=DATE:20261214
        DTEND;VALUE=DATE:20261215
        SUMMARY:Panel interview - OUSE-27-0113-DH (see notice for time)
        DESCRIPTION:See the Notice of Interview for the time and instructions.
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-12-09 09:30:00"
    return message([
        ("Received", rcv("mx-out2.ouse.gov", when, NY, "fd3Jj7Nm")),
        ("From", addr("OUSE HR Staffing", "staffing-notices@ouse.gov")),
        ("To", "morgan.ellison@example.org"),
        ("Subject", "Notice of Interview - OUSE-27-0113-DH Computer Engineer (Robotics)"),
        ("Date", date(when, NY)),
        ("Message-ID", "<20261209143000.OUSE.0042.notice@ouse.gov>"),
        ("Auto-Submitted", "auto-generated"),
    ], mixed(text(body, charset="us-ascii", cte="7bit"),
             calendar(ics, method="PUBLISH", filename="interview_date.ics", disposition="attachment")))


# =========================================================================== positives 17-23 (changes)


@mail(n(17), family="greenhouse", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-20 10:30", NY), end=utc("2026-10-20 14:30", NY),
      contact="alexis.romero@harborlightrobotics.com", company="Harborlight Robotics",
      local="Tue 2026-10-20 10:30", local_end="2026-10-20 14:30", zone=NY,
      note="Greenhouse reschedule of the Harborlight onsite (thread with the September screen): old 'Thursday, "
           "October 15 ... 10:00 AM - 2:00 PM EDT' and new 'Tuesday, October 20, 2026 10:30 AM - 2:30 PM EDT' "
           "both shown; labelled with the new slot 14:30Z-18:30Z; ICS SEQUENCE:1 agrees; contact = Reply-To")
def m17() -> bytes:
    body = t("""
        Hi Morgan,

        Your onsite interview for Senior Robotics Software Engineer, Manipulation has been
        rescheduled. Please see the updated details below.

        PREVIOUS TIME (no longer valid)
        Thursday, October 15, 2026, 10:00 AM - 2:00 PM EDT

        NEW TIME
        Tuesday, October 20, 2026, 10:30 AM - 2:30 PM EDT

        Location: Harborlight Robotics, 12 Channel Center Street, 4th floor, Boston, MA 02210
        Please check in with the front desk; lunch will be provided.

        Schedule
          10:30 AM  Priya Raman - Engineering Manager
          11:15 AM  Coding - Jorge Acevedo
          12:00 PM  Lunch with the team
          1:00 PM   System design - Hannah Liu
          1:45 PM   Values conversation - Alexis Romero

        The updated calendar invitation is attached. If the new time doesn't work, reply to this
        email and we'll find another one.

        Best,
        Alexis Romero
        Technical Recruiter | Harborlight Robotics
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\"><pre style=\"font-family:Arial,sans-serif\">" + body.replace(
        "&", "&amp;") + "</pre></body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-90117733-harborlight@greenhouse.io
        DTSTAMP:20261012T193356Z
        DTSTART:20261020T143000Z
        DTEND:20261020T183000Z
        SUMMARY:Onsite Interview: Morgan Ellison <> Harborlight Robotics
        LOCATION:Harborlight Robotics\\, 12 Channel Center Street\\, 4th floor\\, Boston\\, MA 02210
        ORGANIZER;CN=Alexis Romero:mailto:alexis.romero@harborlightrobotics.com
        ATTENDEE;CN=Morgan Ellison;RSVP=TRUE:mailto:morgan.ellison@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-12 15:33:56"
    return message([
        ("Received", rcv("mail-us.greenhouse-mail.io", when, NY, "gh9012Ab")),
        ("From", addr("Harborlight Robotics", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Alexis Romero", "alexis.romero@harborlightrobotics.com")),
        ("To", MORGAN),
        ("Subject", "Updated: Your onsite interview with Harborlight Robotics has been rescheduled"),
        ("Date", date(when, NY)),
        ("Message-ID", "<0100018f02d1aa31-7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e-000000@email.amazonses.com>"),
        ("X-Mailer", "Greenhouse"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(18), family="exchange", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-19 13:30", CHI), end=utc("2026-11-19 15:00", CHI),
      contact="kristen.ohare@bluebonnetautomation.com", company="Bluebonnet Automation",
      local="Thu 2026-11-19 13:30", local_end="2026-11-19 15:00", zone=CHI,
      note="Outlook meeting update from Austin (SEQUENCE:2, Windows zone 'Central Standard Time'); the body "
           "only says 'moving us to Thursday', the time is only in the ICS: 13:30-15:00 CST = 19:30Z-21:00Z; "
           "the old Tuesday slot is not restated; contact = organizer/sender")
def m18() -> bytes:
    body = t("""
        Hi Morgan,

        Moving us to Thursday - Dale got pulled into a customer site visit on Tuesday and I'd
        rather you meet him than a substitute. Updated invite attached, same Teams link.

        Sorry for the shuffle!
        Kristen

        Kristen O'Hare
        Senior Recruiter | Bluebonnet Automation
        Austin, TX | (512) 555-0174
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Hi Morgan,</p>
        <p class="MsoNormal">Moving us to Thursday - Dale got pulled into a customer site visit on Tuesday and I&#8217;d
        rather you meet him than a substitute. Updated invite attached, same Teams link.</p>
        <p class="MsoNormal">Sorry for the shuffle!<br>Kristen</p>
        <p class="MsoNormal"><b>Kristen O&#8217;Hare</b><br>Senior Recruiter | Bluebonnet Automation<br>
        Austin, TX | (512) 555-0174</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Kristen O'Hare:mailto:kristen.ohare@bluebonnetautomation.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Morgan Ellison:mailto:morgan.ellison@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dale Petrakis:mailto:dale.petrakis@bluebonnetautomation.com
        SUMMARY;LANGUAGE=en-US:Bluebonnet Automation | Panel Interview - Morgan Ellison
        DTSTART;TZID=Central Standard Time:20261119T133000
        DTEND;TZID=Central Standard Time:20261119T150000
        UID:040000008200E00074C5B7101A82E00800000000C07F4D2E9F5ADD01000000000000000010000000F3A1
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261113T171508Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-13 11:15:08"
    return message([
        ("Received", rcv("NAM10-MW2-obe.outbound.protection.outlook.com", when, CHI, "ex7Pp0Yy")),
        ("From", addr("Kristen O'Hare", "kristen.ohare@bluebonnetautomation.com")),
        ("To", addr("Morgan Ellison", ME)),
        ("Cc", addr("Dale Petrakis", "dale.petrakis@bluebonnetautomation.com")),
        ("Subject", "Bluebonnet Automation | Panel Interview - Morgan Ellison"),
        ("Thread-Topic", "Bluebonnet Automation | Panel Interview - Morgan Ellison"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<DM8PR22MB5531E0F4A9C2B17D@DM8PR22MB5531.namprd22.prod.outlook.com>"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(19), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-23 09:30", NY), end=None,
      contact="shauna.pierce@ridgelinemobility.com", company="Ridgeline Mobility",
      local="Fri 2026-10-23 09:30", zone=NY,
      note="Ridgeline (Detroit) coordinator, windows-1252 quoted-printable with curly quotes, US MM/DD dates: "
           "moves the onsite 'from Thursday 10/22 at 9:00am to Friday 10/23 at 9:30am' -> new slot 13:30Z; "
           "'should wrap up by 3:00' is not a stated end -> null; contact = sender")
def m19() -> bytes:
    body = t("""
        Hi Morgan,

        I’m so sorry to do this, but we need to move your onsite from Thursday 10/22 at 9:00am to
        Friday 10/23 at 9:30am. Two of the panelists are stuck at a supplier in Ohio on Thursday
        and we’d rather not swap them out.

        Everything else stays the same – 1500 Woodward Ave, 9th floor, ask for me at reception.
        The day should wrap up by 3:00 or so. Your hotel is already moved to Thursday night; the
        confirmation will come from our travel desk.

        Let me know you got this when you can!

        Thanks,
        Shauna

        Shauna Pierce
        Recruiting Coordinator | Ridgeline Mobility
        “Safer miles, every mile.”
        """)
    when = "2026-10-16 13:52:40"
    return message([
        ("Received", rcv("mail-dm6nam10on2118.outbound.protection.outlook.com", when, NY, "rm5Sx2Cc")),
        ("From", addr("Shauna Pierce", "shauna.pierce@ridgelinemobility.com")),
        ("To", addr("Morgan Ellison", ME)),
        ("Subject", enc("Change to your onsite – Ridgeline Mobility", "windows-1252")),
        ("Date", date(when, NY)),
        ("Message-ID", "<BL1PR17MB6120AF3D29C1E4B0@BL1PR17MB6120.namprd17.prod.outlook.com>"),
        ("Importance", "high"),
        ("X-Priority", "1"),
    ], text(body, charset="windows-1252"))


BER = "Europe/Berlin"


@mail(n(20), family="personio", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-29 15:00", BER), end=utc("2026-10-29 16:00", BER),
      contact="f.albers@nordhafen-robotics.de", company="Nordhafen Robotics",
      local="Thu 2026-10-29 15:00", local_end="2026-10-29 16:00", zone=BER,
      note="Personio (Hamburg company, remote US role): new slot 'Thursday, 29 October 2026, 15:00 - 16:00 (CET)' "
           "= 14:00Z-15:00Z; the week between the EU (25 Oct) and US (1 Nov) clock changes, so it is 10:00 "
           "EDT, as the mail says (5 h apart, not 6); old Tuesday slot also given; contact = Reply-To")
def m20() -> bytes:
    body = t("""
        Hello Morgan,

        Unfortunately we have to move your interview for the position "Senior Robotics Engineer -
        Motion Control (Remote, US)".

        Previous appointment: Tuesday, 27 October 2026, 16:00 - 17:00 (CET)
        New appointment:      Thursday, 29 October 2026, 15:00 - 16:00 (CET)

        For you in Pittsburgh this is 10:00 - 11:00 AM (EDT). Please note that Germany has already
        changed to winter time, while the US changes on 1 November - so the difference this week is
        only five hours.

        The video link stays the same: https://meet.nordhafen-robotics.de/interview/ma7-q2k

        Your contact person: Friederike Albers, People & Culture

        Best regards
        Your Nordhafen Robotics team

        Nordhafen Robotics GmbH · Am Sandtorkai 21 · 20457 Hamburg
        Amtsgericht Hamburg HRB 163322 · Geschäftsführer: Jan-Ole Petersen
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hello Morgan,</p>
        <p>Unfortunately we have to move your interview for the position &quot;Senior Robotics Engineer - Motion
        Control (Remote, US)&quot;.</p>
        <table cellpadding="3">
        <tr><td>Previous appointment:</td><td><s>Tuesday, 27 October 2026, 16:00 - 17:00 (CET)</s></td></tr>
        <tr><td><b>New appointment:</b></td><td><b>Thursday, 29 October 2026, 15:00 - 16:00 (CET)</b></td></tr>
        </table>
        <p>For you in Pittsburgh this is 10:00 - 11:00 AM (EDT). Please note that Germany has already changed to winter
        time, while the US changes on 1 November - so the difference this week is only five hours.</p>
        <p>The video link stays the same: <a href="https://meet.nordhafen-robotics.de/interview/ma7-q2k">https://meet.nordhafen-robotics.de/interview/ma7-q2k</a></p>
        <p>Your contact person: Friederike Albers, People &amp; Culture</p>
        <p>Best regards<br>Your Nordhafen Robotics team</p>
        <p style="font-size:11px;color:#888">Nordhafen Robotics GmbH &middot; Am Sandtorkai 21 &middot; 20457 Hamburg<br>
        Amtsgericht Hamburg HRB 163322 &middot; Gesch&auml;ftsf&uuml;hrer: Jan-Ole Petersen<br>Powered by Personio</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio//Recruiting//EN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-interview-2291874@nordhafen-robotics.jobs.personio.de
        DTSTAMP:20261026T091144Z
        DTSTART;TZID=Europe/Berlin:20261029T150000
        DTEND;TZID=Europe/Berlin:20261029T160000
        SEQUENCE:1
        SUMMARY:Interview Nordhafen Robotics - Senior Robotics Engineer - Motion Control
        ORGANIZER;CN=Friederike Albers:mailto:f.albers@nordhafen-robotics.de
        ATTENDEE;CN=Morgan Ellison;RSVP=TRUE:mailto:morgan.ellison@example.org
        LOCATION:https://meet.nordhafen-robotics.de/interview/ma7-q2k
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-26 10:11:44"
    return message([
        ("Received", rcv("mail.personio.de", when, BER, "pe2Qq8Ww")),
        ("From", addr("Nordhafen Robotics GmbH", "noreply@personio.de")),
        ("Reply-To", addr("Friederike Albers", "f.albers@nordhafen-robotics.de")),
        ("To", MORGAN),
        ("Subject", "Your interview has been rescheduled - Nordhafen Robotics"),
        ("Date", date(when, BER)),
        ("Message-ID", "<a91c2f7e0d4b.2291874@personio.de>"),
    ], mixed(alt(text(body), html(page)), calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(21), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-12-04 09:30", NY), end=utc("2026-12-04 15:00", NY),
      contact="hollis.grant@brightwatermarine.com", company="Brightwater Marine Robotics",
      local="Fri 2026-12-04 09:30", local_end="2026-12-04 15:00", zone=NY,
      note="Google Calendar 'Canceled event' (METHOD:CANCEL, STATUS:CANCELLED) for a Boston onsite loop: "
           "cancelled slot 'Fri Dec 4, 2026 9:30am - 3pm (Eastern Time - New York)' = 14:30Z-20:00Z; no new "
           "time; contact = organizer")
def m21() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Brightwater Marine <> Morgan Ellison - Onsite loop
        Friday Dec 4, 2026 ⋅ 9:30am – 3pm (Eastern Time - New York)

        Note from organizer: Morgan, I'm really sorry - we're pausing this req through the new year.
        I'll call you tomorrow to explain properly. - Hollis

        Organizer
        Hollis Grant
        hollis.grant@brightwatermarine.com

        Guests
        Hollis Grant - organizer
        morgan.ellison@example.org
        Ravi Menon
        Olga Strand

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261204T143000Z
        DTEND:20261204T200000Z
        DTSTAMP:20261130T211702Z
        ORGANIZER;CN=Hollis Grant:mailto:hollis.grant@brightwatermarine.com
        UID:1q9v0b3k7m2c5x8z4n6d0f2g1h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=morgan.ellison@example.org;X-NUM-GUESTS=0:mailto:morgan.ellison@example.org
        CREATED:20261120T154410Z
        LAST-MODIFIED:20261130T211700Z
        LOCATION:Brightwater Marine Robotics\\, 400 Seaport Blvd\\, Boston
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Brightwater Marine <> Morgan Ellison - Onsite loop
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-30 16:17:02"
    subj = ("Canceled event: Brightwater Marine <> Morgan Ellison - Onsite loop @ Fri Dec 4, 2026 "
            "9:30am - 3pm (EST) (morgan.ellison@example.org)")
    return message([
        ("Received", rcv("mail-sor-f69.google.com", when, NY, "gc2Cn4Xe")),
        ("From", addr("Hollis Grant", "hollis.grant@brightwatermarine.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "hollis.grant@brightwatermarine.com"),
        ("To", ME),
        ("Subject", subj),
        ("Date", date(when, NY)),
        ("Message-ID", "<calendar-77e0a1d3-2b4c-4f5e-9a6b-c1d2e3f4a5b6@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL")),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True, cte="base64")))


@mail(n(22), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-09-09 14:00", NY), end=None,
      contact="chaines@olentangyrobotics.com", company="Olentangy Robotics",
      local="Wed 2026-09-09 14:00", zone=NY,
      note="Columbus HR manager cancels 'your interview on Wednesday, September 9 at 2 PM' because the role is "
           "on hold; cancelled slot 18:00Z (EDT), no new time, no length; contact = sender")
def m22() -> bytes:
    body = t("""
        Hi Morgan,

        I'm sorry to have to write this. We have to cancel your interview on Wednesday, September 9
        at 2 PM with Dr. Adeyemi. Late yesterday our leadership put the Controls Software Engineer
        position on hold while we finalize next year's budget, and I don't want to take up your
        time for a role we can't fill right now.

        I genuinely enjoyed our phone conversation, and if the position reopens you'll be the first
        person I call. Please don't hesitate to reach out in the meantime.

        Kind regards,

        Courtney Haines, SHRM-CP
        HR Manager
        Olentangy Robotics | 4100 Sawmill Parkway, Columbus, OH 43235
        O: 614-555-0128
        """)
    page = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.split("\n\n"))
    page = f'<html><body style="font-family:Calibri,sans-serif;font-size:11pt">\n{page}</body></html>\n'
    when = "2026-09-04 08:41:17"
    return message([
        ("Received", rcv("mail.olentangyrobotics.com", when, NY, "or4Vt6Bb")),
        ("From", addr("Courtney Haines", "chaines@olentangyrobotics.com")),
        ("To", addr("Morgan Ellison", ME)),
        ("Subject", "Interview on 9/9 - Controls Software Engineer"),
        ("Date", date(when, NY)),
        ("Message-ID", "<000c01dd1e3f$5a7b8c90$0f72a5b0$@olentangyrobotics.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(page, charset="us-ascii", cte="7bit")))


@mail(n(23), family="icims", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-12-01 11:00", NY), end=utc("2026-12-01 12:00", NY),
      contact="luis.ferreira@rougevalleyvs.com", company="Rouge Valley Vehicle Systems",
      local="Tue 2026-12-01 11:00", local_end="2026-12-01 12:00", zone=NY,
      note="iCIMS cancellation with a METHOD:CANCEL ICS; cancelled slot 'Tuesday, December 1, 2026 11:00 AM - "
           "12:00 PM EST' = 16:00Z-17:00Z; it invites the candidate to pick a new slot via a link, so no new "
           "time (cancelled, not rescheduled); contact = recruiter named in the body")
def m23() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333">
        <table width="600" align="center" cellpadding="12"><tr><td style="background:#00355f;color:#fff;font-size:16px">
        Rouge Valley Vehicle Systems Careers</td></tr><tr><td>
        <p>Dear Morgan,</p>
        <p>Your interview for <b>Software Engineer II - Vehicle Dynamics Simulation (Req 2026-8841)</b>,
        scheduled for <b>Tuesday, December 1, 2026 11:00 AM - 12:00 PM EST</b>, has been <b>cancelled</b>
        due to a conflict on the interview team.</p>
        <p>We would still very much like to speak with you. Please use the link below to select a new
        time that works for you:</p>
        <p><a href="https://careers-rougevalleyvs.icims.com/jobs/8841/candidate/schedule?token=Zm9vYmFy">Select a new interview time</a></p>
        <p>If you have any questions, please contact Luis Ferreira at
        <a href="mailto:luis.ferreira@rougevalleyvs.com">luis.ferreira@rougevalleyvs.com</a>.</p>
        <p>Thank you,<br>Rouge Valley Vehicle Systems Talent Acquisition</p>
        <p style="font-size:10px;color:#999">This email was sent from an unmonitored address. Please do not reply.</p>
        </td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//Interview Scheduling//EN
        VERSION:2.0
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:icims-int-8841-55102@rougevalleyvs.icims.com
        DTSTAMP:20261125T140522Z
        DTSTART:20261201T160000Z
        DTEND:20261201T170000Z
        SUMMARY:CANCELLED: Interview - Software Engineer II - Vehicle Dynamics Simulation
        ORGANIZER;CN=Rouge Valley Vehicle Systems:mailto:noreply@talent.icims.com
        ATTENDEE;CN=Morgan Ellison:mailto:morgan.ellison@example.org
        SEQUENCE:1
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-25 09:05:22"
    return message([
        ("Received", rcv("smtp2.icims.com", when, NY, "ic8Mm3Rt")),
        ("From", addr("Rouge Valley Vehicle Systems", "noreply@talent.icims.com")),
        ("To", "morgan.ellison@example.org"),
        ("Subject", "Interview Cancelled: Software Engineer II - Vehicle Dynamics Simulation"),
        ("Date", date(when, NY)),
        ("Message-ID", "<1732543522.8841.55102.JavaMail.icims@prodmail03.icims.com>"),
    ], mixed(html(page, charset="iso-8859-1"),
             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives 24-32


@mail(n(24), family="rejection", lang="en-US", interview=False, company="Ridgeline Mobility",
      days=(("Fri", "2026-10-23"),),
      note="Lever rejection from Ridgeline after the onsite of Fri 10/23 (thread with the screen and the "
           "reschedule); mentions a past interview and 'future interviews', fixes nothing")
def m24() -> bytes:
    body = t("""
        Hi Morgan,

        Thank you for taking the time to travel to Detroit and meet the team on Friday, October 23.
        Everyone enjoyed the conversation, and we know an onsite interview is a real investment of
        your time.

        After a lot of deliberation, we've decided to move forward with another candidate whose
        experience more closely matches the current needs of the Localization team.

        We'd be glad to stay in touch, and we'll reach out if a role opens up that fits your
        background - you would not need to repeat the phone screen for future interviews with us.

        Best wishes for your search,
        Shauna Pierce, on behalf of the Ridgeline Mobility hiring team
        """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:15px\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.split("\n\n")) + "</body></html>\n"
    when = "2026-11-09 14:20:00"
    return message([
        ("Received", rcv("mail.hire.lever.co", when, NY, "lv9Rj3Ka")),
        ("From", addr("Ridgeline Mobility", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Shauna Pierce", "shauna.pierce@ridgelinemobility.com")),
        ("To", MORGAN),
        ("Subject", "Update on your application to Ridgeline Mobility"),
        ("Date", date(when, NY)),
        ("Message-ID", "<20261109192000.1.a03e7b2c9d1f4e68@hire.lever.co>"),
    ], alt(text(body), html(page)))


@mail(n(25), family="offer", lang="en-US", interview=False, company="Keystone Autonomy",
      days=(("Fri", "2026-11-20"),),
      note="Offer from Keystone Autonomy (thread with the November technical interview); a decision deadline "
           "'Friday, November 20 at 5:00 PM ET' and a walk-through call only proposed ('would tomorrow at 4 "
           "work?'), not confirmed and not an interview")
def m25() -> bytes:
    body = t("""
        Hi Morgan,

        I'm thrilled to share that the team would like to offer you the position of Senior
        Software Engineer, Motion Planning at Keystone Autonomy! Your offer letter is attached and
        will also arrive through DocuSign in a separate email.

        Highlights:
          - Base salary: $178,000
          - Sign-on bonus: $15,000
          - Equity: 9,000 RSUs vesting over four years
          - Start date: Monday, January 11, 2027 (flexible)

        We'd ask for your decision by Friday, November 20 at 5:00 PM ET. Jun would love to walk
        you through the team's roadmap and answer any questions - would tomorrow at 4 work for a
        quick call? If not, send me a couple of times that do.

        Congratulations - everyone you met was excited about you.

        Rachel

        Rachel Dombrowski
        Talent Acquisition Lead | Keystone Autonomy
        """)
    when = "2026-11-16 10:02:51"
    pdf = raw_part([("Content-Type", 'application/pdf; name="Keystone_Offer_Morgan_Ellison.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Keystone_Offer_Morgan_Ellison.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\n"
                   "PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    return message([
        ("Received", rcv("NAM12-DM6-obe.outbound.protection.outlook.com", when, NY, "ex1Of2Er")),
        ("From", addr("Rachel Dombrowski", "rdombrowski@keystoneautonomy.com")),
        ("To", addr("Morgan Ellison", ME)),
        ("Subject", "Your offer from Keystone Autonomy"),
        ("Date", date(when, NY)),
        ("Message-ID", "<BN8PR14MB31870C7E4D2A91F3@BN8PR14MB3187.namprd14.prod.outlook.com>"),
    ], mixed(text(body), pdf))


@mail(n(26), family="application_receipt", lang="en-US", interview=False, company="Laurel Ridge Aerospace",
      note="Taleo application receipt from a defense contractor; 'a recruiter will contact you to schedule an "
           "interview' - nothing scheduled")
def m26() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:12px">
        <p>Dear Morgan Ellison,</p>
        <p>Thank you for your interest in career opportunities with Laurel Ridge Aerospace. This message confirms
        that we have received your application for the position of <b>Robotics Software Engineer - Autonomous
        Ground Vehicles</b> (Job Number: <b>26000417</b>).</p>
        <p>Our recruiting team will review your qualifications. If your background matches the requirements of
        the position, a recruiter will contact you to schedule an interview. Due to the volume of applications,
        we are unable to respond to each applicant individually.</p>
        <p>You can track the status of your application at any time by logging in to your candidate profile.</p>
        <p>Laurel Ridge Aerospace is an Equal Opportunity Employer - Minorities/Females/Veterans/Disability.
        U.S. Citizenship is required for most positions.</p>
        <p>Sincerely,<br>Laurel Ridge Aerospace Talent Acquisition</p>
        <p style="font-size:10px">This is an automated message from an unattended mailbox. Please do not reply.</p>
        </body></html>
        """)
    when = "2026-09-10 22:48:13"
    return message([
        ("Received", rcv("mailout3.taleo.net", when, NY, "tl6Nb1Cx")),
        ("From", addr("Laurel Ridge Aerospace", "noreply@taleo.net")),
        ("To", "morgan.ellison@example.org"),
        ("Subject", "Thank you for applying - Robotics Software Engineer - Autonomous Ground Vehicles (26000417)"),
        ("Date", date(when, NY)),
        ("Message-ID", "<1790808493117.26000417.JavaMail.taleo@tlprdapp21>"),
    ], html(page, charset="iso-8859-1"))


@mail(n(27), family="job_alert", lang="en-US", interview=False, company=None,
      note="JOIN job alert listing remote robotics roles; words like 'interview process' and posting dates, no "
           "appointment")
def m27() -> bytes:
    body = t("""
        Hi Morgan,

        5 new jobs match your search "Robotics Software Engineer" (Remote, United States):

        1. Senior Robotics Software Engineer (ROS 2) - Kiln & Kettle Automation
           Remote (US) · Full-time · $165k-$195k · posted 2 days ago
           "Two-step interview process, decision within a week."

        2. Motion Planning Engineer - Ostwind Robotics
           Remote (US/EU overlap) · Full-time · posted today

        3. Staff Software Engineer, Perception - Redtail Systems
           Remote (US) · Full-time · $190k-$230k · posted 4 days ago

        4. Robotics Integration Engineer - Fieldstone Ag
           Columbus, OH (hybrid) · Full-time · posted yesterday

        5. Embedded Software Engineer, Actuators - Crane & Lever Labs
           Remote (US) · Contract · posted 3 days ago

        See all matches: https://join.com/jobs?alert=7c1e9a

        Tip: candidates who apply within 48 hours are 3x more likely to get an interview invite.

        You receive this email because you created a job alert on JOIN.
        Unsubscribe: https://join.com/alerts/unsubscribe/7c1e9a
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.replace("&", "&amp;").split("\n\n")) + "</body></html>\n"
    when = "2026-10-07 07:00:04"
    return message([
        ("Received", rcv("mail.join.com", when, "UTC", "jn0Al7Mm")),
        ("From", addr("JOIN Job Alerts", "no-reply@join.com")),
        ("To", ME),
        ("Subject", "5 new jobs for \"Robotics Software Engineer\""),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<alert.7c1e9a.20261007070004@join.com>"),
        ("List-Unsubscribe", "<https://join.com/alerts/unsubscribe/7c1e9a>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


@mail(n(28), family="newsletter_tips", lang="en-US", interview=False, company=None,
      note="Substack-style newsletter post about robotics onsites; quotes a made-up confirmation line "
           "'confirmed for Tuesday at 10am' as an example; not the reader's interview")
def m28() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:17px;line-height:1.5;color:#222;max-width:620px">
        <h1 style="font-size:28px">Your robotics onsite is confirmed. Now what?</h1>
        <p style="color:#777;font-size:14px">The Actuator Letter &middot; Issue #61 &middot; by Dana Whitcombe</p>
        <p>Every week someone forwards me a mail that says some version of <i>&ldquo;You&rsquo;re confirmed for
        Tuesday at 10am with the autonomy team&rdquo;</i> and asks what to do with the five days in between.
        Here is my checklist.</p>
        <h2>1. Re-read your own resume like an interviewer</h2>
        <p>Anything you list - Kalman filters, MPC, ROS 2 lifecycle nodes - is fair game. Pick the two projects
        you can talk about for 20 minutes each.</p>
        <h2>2. Practice one system design out loud</h2>
        <p>&ldquo;Design the software for a warehouse robot fleet&rdquo; is the classic. Time yourself: 45 minutes,
        including questions.</p>
        <h2>3. Ask for the itinerary</h2>
        <p>If the recruiter hasn&rsquo;t sent names and times, ask. It&rsquo;s normal, and it tells you who to
        research.</p>
        <p><a href="https://actuatorletter.substack.com/p/onsite-confirmed-now-what">Read in the app</a> &middot;
        <a href="https://actuatorletter.substack.com/action/disable_email">Unsubscribe</a></p>
        </body></html>
        """)
    when = "2026-10-04 08:30:00"
    return message([
        ("Received", rcv("mail-out.substack.com", when, NY, "ss3Ko5Pl")),
        ("From", addr("The Actuator Letter", "actuatorletter@substack.com")),
        ("To", ME),
        ("Subject", "Your robotics onsite is confirmed. Now what?"),
        ("Date", date(when, NY)),
        ("Message-ID", "<20261004123000.3.c8f1d0a7e2b94c51@mg1.substack.com>"),
        ("List-Unsubscribe", "<https://actuatorletter.substack.com/action/disable_email>"),
        ("List-Id", "<actuatorletter.substack.com>"),
    ], html(page))


@mail(n(29), family="self_schedule", lang="en-US", interview=False, company="Oxbow Agrirobotics",
      days=(("Mon", "2026-11-09"), ("Tue", "2026-11-10"), ("Thu", "2026-11-12")),
      note="Recruitee self-scheduling invitation listing three open slots (Mon 11/9, Tue 11/10, Thu 11/12); "
           "nothing booked yet")
def m29() -> bytes:
    body = t("""
        Hi Morgan,

        Thanks for applying to Oxbow Agrirobotics! We'd like to invite you to a 30-minute video
        interview with our Head of Robotics, Luca Bernardi, for the Robotics Software Engineer
        (Remote, US) position.

        Please pick the time that suits you best:

          Mon, Nov 9, 2026 - 10:00 AM EST
          Tue, Nov 10, 2026 - 2:00 PM EST
          Thu, Nov 12, 2026 - 11:30 AM EST

        Choose a time: https://oxbow-agrirobotics.recruitee.com/i/schedule/84c1e2f0

        As soon as you choose a slot you'll receive a confirmation with the video link.

        Best,
        Maren Holt
        Oxbow Agrirobotics
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n"
    when = "2026-11-04 15:12:40"
    return message([
        ("Received", rcv("mailer.recruitee.com", when, NY, "rc5Ty8Ho")),
        ("From", addr("Maren Holt (Oxbow Agrirobotics)", "no-reply@recruitee.com")),
        ("Reply-To", "oxbow-agrirobotics+c84c1e2f0@inbound.recruitee.com"),
        ("To", MORGAN),
        ("Subject", "Pick a time for your interview with Oxbow Agrirobotics"),
        ("Date", date(when, NY)),
        ("Message-ID", "<e7c1b9d2-84c1-4e2f-0a5b-recruitee@recruitee.com>"),
    ], alt(text(body), html(page)))


@mail(n(30), family="recruiter_outreach", lang="en-US", interview=False, company=None,
      note="Agency recruiter cold outreach, phone-style; asks 'u free for a 15 min call this wk?', no fixed "
           "time; the client is unnamed, so company null (the agency is not the employer)")
def m30() -> bytes:
    body = t("""
        Hi Morgan - Brianna w/ Apex Robotics Search. saw ur profile, ur exactly what my client is
        looking for: Boston-based surgical robotics co, Series C, senior robotics SWE, mostly C++ /
        real-time control, hybrid 3 days. 190-225 base + equity.

        u free for a 15 min call this wk? just send me a time or grab one here
        https://calendly.com/brianna-apexrs/15min

        Brianna Kessler
        Sr. Technical Recruiter | Apex Robotics Search
        c: 617-555-0193
        """)
    when = "2026-09-22 12:31:05"
    return message([
        ("Received", rcv("mail-qt1-f176.google.com", when, NY, "ax2Pp9Ss")),
        ("From", addr("Brianna Kessler", "brianna@apexroboticssearch.com")),
        ("To", ME),
        ("Subject", "Sr Robotics SWE - Boston surgical robotics (190-225)"),
        ("Date", date(when, NY)),
        ("Message-ID", "<CAF3kB9q0Zr+TxW1mN5yPq7vH2dLs8eK4jXa@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(31), family="proposed_times", lang="en-US", interview=False, company="Copperleaf Robotics",
      days=(("Tue", "2026-12-08"), ("Thu", "2026-12-10")),
      note="Copperleaf recruiter proposes 'Tuesday 12/8 at 10 or Thursday 12/10 at 10' and waits for an "
           "answer; not confirmed (the Workable confirmation for Thursday comes later in the inbox)")
def m31() -> bytes:
    body = t("""
        Hi Morgan,

        Great speaking with you this morning! As promised, here are two options for the interview
        with Aaron Feld, our engineering lead:

          - Tuesday 12/8 at 10:00 AM ET, or
          - Thursday 12/10 at 10:00 AM ET

        Would either of those work? Once you let me know, I'll send a formal invitation through our
        scheduling system with the video link.

        Thanks,
        Jenna

        Jenna Marsh
        Recruiter | Copperleaf Robotics
        jenna.marsh@copperleafrobotics.com
        """)
    when = "2026-12-03 13:06:22"
    return message([
        ("Received", rcv("mail-yw1-f180.google.com", when, NY, "cl7Bv3Nn")),
        ("From", addr("Jenna Marsh", "jenna.marsh@copperleafrobotics.com")),
        ("To", addr("Morgan Ellison", ME)),
        ("Subject", "Next step with Copperleaf Robotics"),
        ("Date", date(when, NY)),
        ("Message-ID", "<CAK9wq2Lr7pT1bN0xYfZ4mE6sUv3cH8dJo5g@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(32), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Patient-portal appointment confirmation with ICS (Thu Oct 1, 8:40 AM); a fixed time, not an "
           "interview")
def m32() -> bytes:
    body = t("""
        Appointment Confirmed

        Morgan Ellison, your appointment is confirmed.

        Thursday, October 1, 2026 at 8:40 AM
        Annual physical with Amrita Sen, MD
        Riverside Health Primary Care - Lawrenceville
        3801 Butler Street, Suite 200, Pittsburgh, PA 15201

        Please arrive 15 minutes early to complete check-in and bring your insurance card.
        To cancel or reschedule, log in to MyRiverside or call 412-555-0100 at least 24 hours
        before your visit.

        This message was sent from an unmonitored mailbox.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Riverside Health//MyRiverside//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:appt-55012377@myriverside.example.com
        DTSTAMP:20260924T170311Z
        DTSTART:20261001T124000Z
        DTEND:20261001T132000Z
        SUMMARY:Annual physical - Amrita Sen\\, MD
        LOCATION:3801 Butler Street\\, Suite 200\\, Pittsburgh\\, PA 15201
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-24 13:03:11"
    return message([
        ("Received", rcv("notify.myriverside.example.com", when, NY, "rh4Ee0Lq")),
        ("From", addr("MyRiverside", "noreply@myriverside.example.com")),
        ("To", ME),
        ("Subject", "Appointment Confirmed: Thu, Oct 1 at 8:40 AM"),
        ("Date", date(when, NY)),
        ("Message-ID", "<appt.55012377.confirm@myriverside.example.com>"),
    ], mixed(text(body, charset="us-ascii", cte="7bit"),
             calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


# =========================================================================== negatives 33-41


@mail(n(33), family="non_interview_appointment", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Boston landlord confirms an apartment viewing plus 'a short tenant interview' on Saturday 10/17 "
           "at 11:00; a fixed time, but a housing appointment, not a job interview")
def m33() -> bytes:
    body = t("""
        Hi Morgan,

        Confirmed for this Saturday 10/17 at 11:00 for the 2BR on Dorchester St (unit 3). I do a
        short tenant interview with everyone before the showing - nothing formal, I just like to
        know who'll be living in the building, how long you plan to stay, pets, that kind of thing.
        Bring a photo ID and if you have it a letter from your new employer.

        Ring #1 when you get here, I live on the first floor.

        Gerry Toomey
        617-555-0148
        """)
    when = "2026-10-13 19:44:02"
    return message([
        ("Received", rcv("sonic.aol-mail.example.net", when, NY, "gt1Ll4Wz")),
        ("From", addr("Gerald Toomey", "gtoomey48@example.net")),
        ("To", ME),
        ("Subject", "Re: 2BR Dorchester St - showing"),
        ("Date", date(when, NY)),
        ("Message-ID", "<1871350842.2231097.1792021442011@mail.example.net>"),
        ("In-Reply-To", "<CAMx7wErT8kZ1qYp@mail.gmail.com>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(34), family="non_interview_appointment", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Car dealer service appointment confirmation, Sat Sep 26 at 8:00 AM, HTML only; not an interview")
def m34() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" align="center" cellpadding="10">
        <tr><td style="background:#1b3a5c;color:#fff;font-size:18px">Bloomfield Auto Care</td></tr>
        <tr><td>
        <p>Hi Morgan,</p>
        <p>Your service appointment is <b>confirmed</b>.</p>
        <p><b>Date:</b> Saturday, September 26, 2026<br>
        <b>Drop-off time:</b> 8:00 AM<br>
        <b>Vehicle:</b> 2019 Subaru Outback (PA plate ending 4K7)<br>
        <b>Services:</b> 60,000-mile service, tire rotation, cabin air filter<br>
        <b>Advisor:</b> Ray Castellano</p>
        <p>Estimated completion: early afternoon. Complimentary shuttle available within 5 miles.</p>
        <p><a href="https://book.bloomfieldautocare.example.com/appt/88412/change">Change or cancel</a></p>
        <p>Bloomfield Auto Care &middot; 4700 Liberty Ave, Pittsburgh, PA 15224 &middot; 412-555-0190</p>
        </td></tr></table></body></html>
        """)
    when = "2026-09-21 17:15:30"
    return message([
        ("Received", rcv("mta.xtime.example.com", when, NY, "ba2Ss6Dt")),
        ("From", addr("Bloomfield Auto Care", "service@bloomfieldautocare.example.com")),
        ("To", ME),
        ("Subject", "Service appointment confirmed for Sat 9/26 at 8:00 AM"),
        ("Date", date(when, NY)),
        ("Message-ID", "<88412.svc.confirm.1790022930@bloomfieldautocare.example.com>"),
    ], html(page))


@mail(n(35), family="non_interview_appointment", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Parent-teacher conference slot confirmed (Thu Nov 12, 4:20-4:35 PM) by a school sign-up tool; "
           "not an interview")
def m35() -> bytes:
    body = t("""
        Conference Confirmation

        Dear Morgan Ellison,

        You are signed up for the following parent-teacher conference:

        Student: Avery Ellison (Grade 3)
        Teacher: Ms. Jolene Patterson, Room 112
        Date: Thursday, November 12, 2026
        Time: 4:20 PM - 4:35 PM
        Location: Linden Avenue Elementary, in person

        Please arrive a few minutes early, as conferences are scheduled back to back. If you need
        to change your time, use the link in the original sign-up email.

        Linden Avenue Elementary - Pittsburgh Public Schools
        Sent via SignUpSlot
        """)
    when = "2026-11-03 20:02:17"
    return message([
        ("Received", rcv("mail.signupslot.example.com", when, NY, "su8Ff1Gg")),
        ("From", addr("Linden Avenue Elementary via SignUpSlot", "no-reply@signupslot.example.com")),
        ("To", ME),
        ("Subject", "Conference confirmation - Ms. Patterson, Thu 11/12 4:20 PM"),
        ("Date", date(when, NY)),
        ("Message-ID", "<signup.2291.83350.1793840537@signupslot.example.com>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(36), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-09-25"),),
      note="Outlook invite from the current employer's engineering manager (Windows zone) for a sprint retro "
           "with pizza, Fri Sep 25 3:00-4:00 PM; a team event, not an interview")
def m36() -> bytes:
    body = t("""
        When: Friday, September 25, 2026 3:00 PM-4:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Lab 2 (big table) / Teams

        Sprint 47 retro. Pizza from Mineo's is on me - put your toppings in the channel by noon.

        Carl
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Carl Nystrom:mailto:cnystrom@millvalerobotics.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Morgan Ellison:mailto:morgan.ellison@example.org
        SUMMARY;LANGUAGE=en-US:Sprint 47 retro + pizza
        DTSTART;TZID=Eastern Standard Time:20260925T150000
        DTEND;TZID=Eastern Standard Time:20260925T160000
        UID:040000008200E00074C5B7101A82E008000000003A9D0C1F4E47DD01000000000000000010000000BB20
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260921T140211Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Lab 2 (big table) / Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-21 10:02:11"
    return message([
        ("Received", rcv("NAM11-CO1-obe.outbound.protection.outlook.com", when, NY, "mv3Hh7Jj")),
        ("From", addr("Carl Nystrom", "cnystrom@millvalerobotics.com")),
        ("To", addr("Robotics SW Team", "robotics-sw@millvalerobotics.com")),
        ("Cc", MORGAN),
        ("Subject", "Sprint 47 retro + pizza"),
        ("Date", date(when, NY)),
        ("Message-ID", "<PH0PR05MB7712F1A0C3B9E24D@PH0PR05MB7712.namprd05.prod.outlook.com>"),
    ], alt(text(body), calendar(ics)))


@mail(n(37), family="webinar", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Zoom webinar registration 'Cracking the Robotics System Design Interview', Wed Oct 14 12:00 PM ET, "
           "with ICS; a fixed time, not the reader's interview")
def m37() -> bytes:
    body = t("""
        Hi Morgan,

        Thank you for registering for "Cracking the Robotics System Design Interview".

        Date & Time: Oct 14, 2026 12:00 PM Eastern Time (US and Canada)

        Panelists: former hiring managers from autonomous trucking, surgical robotics and
        warehouse automation walk through three real interview prompts, followed by live Q&A.

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/86631190452?tk=Xh1cY2RvdWFkZHk

        Add to calendar: see attached

        You can cancel your registration at any time.

        RoboCareers Collective
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261006T151105Z
        DTSTART:20261014T160000Z
        DTEND:20261014T170000Z
        SUMMARY:Cracking the Robotics System Design Interview
        UID:20261006T151105Z-86631190452@zoom.us
        LOCATION:https://us06web.zoom.us/w/86631190452
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-06 11:11:05"
    return message([
        ("Received", rcv("mailout.zoom.us", when, NY, "zw9Ii2Kk")),
        ("From", addr("RoboCareers Collective", "no-reply@zoom.us")),
        ("Reply-To", "events@robocareers.example.org"),
        ("To", ME),
        ("Subject", "Cracking the Robotics System Design Interview Confirmation"),
        ("Date", date(when, NY)),
        ("Message-ID", "<webinar.86631190452.reg.7712@zoom.us>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@mail(n(38), family="meetup", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Meetup RSVP for a ROS users' night with 'mock interviews & resume review', Wed Nov 18 6:30 PM; "
           "a community event")
def m38() -> bytes:
    body = t("""
        You're going!

        Pittsburgh ROS Users Group
        Mock Interviews & Resume Review Night

        Wednesday, November 18, 2026
        6:30 PM to 8:30 PM EST

        The Forge Makerspace, 2810 Smallman St, Pittsburgh, PA

        Bring a printed resume. Volunteers from local robotics companies will run 20-minute mock
        technical interviews on a first-come, first-served basis. Pizza and drinks provided.

        Add to calendar: https://www.meetup.com/pgh-ros/events/301882214/ical/

        Can't make it? Update your RSVP so someone on the waitlist can go.
        """)
    page = "<html><body style=\"font-family:Graphik,Helvetica,Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.replace("&", "&amp;").split("\n\n")) + "</body></html>\n"
    when = "2026-11-10 18:31:40"
    return message([
        ("Received", rcv("mail.meetup.com", when, NY, "mt5Qq3Ww")),
        ("From", addr("Meetup", "info@meetup.com")),
        ("To", ME),
        ("Subject", "You're going to Mock Interviews & Resume Review Night"),
        ("Date", date(when, NY)),
        ("Message-ID", "<rsvp.301882214.55109.1794353500@meetup.com>"),
    ], alt(text(body), html(page)))


@mail(n(39), family="mock_interview", lang="en-US", interview=False, company=None,
      days=(("Sun", "2026-10-11"),),
      note="Calendly booking with a career coach for a paid 'Mock Technical Interview' on Sun Oct 11 at 2:00pm; "
           "fixed time, interview-prep, not a job interview")
def m39() -> bytes:
    body = t("""
        Hi Morgan Ellison,

        Your Mock Technical Interview (60 min) with Lena Ortiz at 02:00pm - 03:00pm (Eastern Time -
        US & Canada) on Sunday, October 11, 2026 is scheduled.

        Event Type:
        Mock Technical Interview (60 min) - Robotics & Embedded

        Location:
        https://meet.google.com/hwe-zkpa-rtn

        Questions:
        Which company are you preparing for?
        Harborlight Robotics onsite

        Payment: $150.00 paid via Stripe

        Cancel: https://calendly.com/cancellations/a0b1c2d3
        Reschedule: https://calendly.com/reschedulings/a0b1c2d3

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:a0b1c2d3@calendly.com
        DTSTAMP:20261005T000412Z
        DTSTART:20261011T180000Z
        DTEND:20261011T190000Z
        SUMMARY:Mock Technical Interview (60 min) (Lena Ortiz and Morgan Ellison)
        ORGANIZER;CN=Lena Ortiz:mailto:lena@ortizcareerlab.com
        ATTENDEE;CN=Morgan Ellison;PARTSTAT=ACCEPTED:mailto:morgan.ellison@example.org
        LOCATION:https://meet.google.com/hwe-zkpa-rtn
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-04 20:04:12"
    return message([
        ("Received", rcv("o1.email.calendly.com", when, NY, "cy3Uu7Zq")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Lena Ortiz", "lena@ortizcareerlab.com")),
        ("To", MORGAN),
        ("Subject", "Confirmed: Mock Technical Interview (60 min) with Lena Ortiz on Sunday, October 11, 2026"),
        ("Date", date(when, NY)),
        ("Message-ID", "<Qp2n8VbT0eWm1rX5yK9cDg@geopod-ismtpd-3>"),
    ], mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(40), family="interviewer_invite", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Morgan forwards to self a work Outlook invite to sit on an interview panel for a candidate at the "
           "current employer (Thu Oct 29, 2:00 PM); Morgan is the interviewer, not the candidate")
def m40() -> bytes:
    inner_body = t("""
        When: Thursday, October 29, 2026 2:00 PM-2:45 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Conf Rm Allegheny / Teams

        Hi all - you're on the panel for Jordan Pike (Controls Engineer II). Morgan, please take the
        C++/real-time portion. Scorecards in Greenhouse by end of day Friday please.

        Thanks,
        Dana Kruger | Talent Acquisition | Millvale Robotics
        """)
    inner = message([
        ("From", addr("Dana Kruger", "dkruger@millvalerobotics.com")),
        ("To", addr("Morgan Ellison", "mellison@millvalerobotics.com") + ", "
         + addr("Carl Nystrom", "cnystrom@millvalerobotics.com")),
        ("Subject", "Interview: Jordan Pike - Controls Engineer II (panel)"),
        ("Date", date("2026-10-22 16:40:09", NY)),
        ("Message-ID", "<SA1PR05MB8431C0B7E21D4A5F@SA1PR05MB8431.namprd05.prod.outlook.com>"),
    ], text(inner_body))
    body = t("""
        note to self: prep C++ questions for Jordan Pike panel Thu, don't schedule anything of mine
        over it.
        """)
    when = "2026-10-22 17:05:33"
    return message([
        ("Received", rcv("NAM11-CO1-obe.outbound.protection.outlook.com", when, NY, "mv8Tr4Ee")),
        ("From", addr("Morgan Ellison", "mellison@millvalerobotics.com")),
        ("To", ME),
        ("Subject", "FW: Interview: Jordan Pike - Controls Engineer II (panel)"),
        ("Date", date(when, NY)),
        ("Message-ID", "<SA1PR05MB8431D7A21E44B09C@SA1PR05MB8431.namprd05.prod.outlook.com>"),
    ], mixed(text(body, charset="us-ascii", cte="7bit"),
             attached_message(inner, "Interview Jordan Pike - Controls Engineer II (panel).eml")))


@mail(n(41), family="auto_reply", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Out-of-office auto-reply from the Ridgeline coordinator (back Monday 10/19), answering Morgan's "
           "reply about the onsite; no appointment")
def m41() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office attending a campus career fair and will
        return on Monday, 10/19. I will have limited access to email.

        For urgent interview scheduling questions, please contact recruiting@ridgelinemobility.com.

        Shauna Pierce
        Recruiting Coordinator | Ridgeline Mobility
        """)
    when = "2026-10-16 15:10:02"
    return message([
        ("Received", rcv("mail-dm6nam10on2118.outbound.protection.outlook.com", when, NY, "rm2Oo5Aa")),
        ("From", addr("Shauna Pierce", "shauna.pierce@ridgelinemobility.com")),
        ("To", addr("Morgan Ellison", ME)),
        ("Subject", "Automatic reply: Change to your onsite - Ridgeline Mobility"),
        ("Date", date(when, NY)),
        ("Message-ID", "<BL1PR17MB61203B0E9F7C2D41@BL1PR17MB6120.namprd17.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<CAMx7wEs1pQ9rTb@mail.gmail.com>"),
    ], text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== negatives 42-50


@mail(n(42), family="bounce", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Delivery failure (multipart/report) for Morgan's own mail to a mistyped domain; the returned "
           "message proposes 'Thursday 11/5 at 3pm ET', nothing confirmed")
def m42() -> bytes:
    original = message([
        ("From", MORGAN),
        ("To", addr("Caleb Whitt", "caleb.whitt@lumenfieldwork.com")),
        ("Subject", "Re: Follow-up conversation"),
        ("Date", date("2026-11-02 08:12:40", NY)),
        ("Message-ID", "<CAMx7wEq9Lp3Vd0Ty6bN@mail.gmail.com>"),
    ], text(t("""
        Hi Caleb,

        Thanks for the follow-up! Would Thursday 11/5 at 3pm ET work for the call with your CTO?
        Otherwise Friday morning is wide open.

        Best,
        Morgan
        """)))
    notice = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <caleb.whitt@lumenfieldwork.com>: Host or domain name not found. Name service
            error for name=lumenfieldwork.com type=MX: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4Qk7Tz1mD2z9sV
        Arrival-Date: Mon,  2 Nov 2026 08:12:41 -0500 (EST)

        Final-Recipient: rfc822; caleb.whitt@lumenfieldwork.com
        Original-Recipient: rfc822;caleb.whitt@lumenfieldwork.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=lumenfieldwork.com type=MX: Host not found
        """)
    when = "2026-11-02 08:12:43"
    return message([
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, NY)),
        ("Message-ID", "<20261102131243.7C2B11E0042@mx.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart_report(text(notice, charset="us-ascii", cte="7bit"),
                        raw_part([("Content-Type", "message/delivery-status")], status),
                        attached_message(original)))


def multipart_report(*parts):
    return multipart("report", *parts, params="report-type=delivery-status")


@mail(n(43), family="mailing_list", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Mailman list post: another member mentions 'my onsite there is next Wednesday at 1'; someone "
           "else's interview, not the reader's")
def m43() -> bytes:
    body = t("""
        Has anyone here interviewed at Keystone Autonomy recently? My onsite there is next Wednesday
        at 1 and the recruiter was pretty vague about the format. Is the system design round
        whiteboard or laptop? Any tips appreciated, will report back to the list.

        Also +1 to Sam's tactile sensing talk last month, great stuff.

        Dmitri

        On Mon, Oct 26, 2026 at 9:14 PM Pat Reyes <preyes@example.com> wrote:
        > Reminder: November meetup is the mock interview night at The Forge, RSVP on Meetup.
        """)
    footer = t("""
        _______________________________________________
        pgh-robotics mailing list
        pgh-robotics@lists.pghrobotics.example.org
        https://lists.pghrobotics.example.org/mailman/listinfo/pgh-robotics
        """)
    when = "2026-10-27 07:48:55"
    return message([
        ("Received", rcv("lists.pghrobotics.example.org", when, NY, "ml6Yy0Rr")),
        ("From", addr("Dmitri Volkov", "dvolkov@example.com")),
        ("To", "pgh-robotics@lists.pghrobotics.example.org"),
        ("Subject", "[pgh-robotics] anyone interviewed at Keystone Autonomy?"),
        ("Date", date(when, NY)),
        ("Message-ID", "<CAPz3mK9vT1wQ8rL@mail.gmail.com>"),
        ("List-Id", "Pittsburgh robotics community <pgh-robotics.lists.pghrobotics.example.org>"),
        ("List-Post", "<mailto:pgh-robotics@lists.pghrobotics.example.org>"),
        ("List-Unsubscribe", "<https://lists.pghrobotics.example.org/mailman/options/pgh-robotics>"),
        ("Precedence", "list"),
        ("Sender", "\"pgh-robotics\" <pgh-robotics-bounces@lists.pghrobotics.example.org>"),
    ], mixed(text(body), text(footer, charset="us-ascii", cte="7bit")))


@mail(n(44), family="job_centre", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Workforce-office notice of a mandatory RESEA 'interview' for an unemployment claim, Tue Nov 17 at "
           "9:00 AM; a fixed appointment called an interview, but not a job interview")
def m44() -> bytes:
    body = t("""
        NOTICE OF SCHEDULED APPOINTMENT
        Reemployment Services and Eligibility Assessment (RESEA)

        Claimant: MORGAN ELLISON
        Claim effective date: 11/01/2026

        You are scheduled for a mandatory RESEA interview:

            Date:     Tuesday, November 17, 2026
            Time:     9:00 AM
            Location: Allegheny Workforce Center - Downtown
                      425 Sixth Avenue, 3rd Floor, Pittsburgh, PA 15219

        Bring: photo identification, your work search record for the past four weeks, and a
        current resume. The interview lasts about 90 minutes and includes an eligibility review and
        an individual reemployment plan.

        FAILURE TO ATTEND THIS INTERVIEW MAY RESULT IN A DENIAL OF UNEMPLOYMENT COMPENSATION
        BENEFITS. If you have started work or have a job interview at this time, call
        1-888-555-0177 before the appointment to reschedule.

        This notice was generated automatically. Do not reply to this email.
        """)
    when = "2026-11-06 06:15:00"
    return message([
        ("Received", rcv("notify.alleghenyworkforce.example.org", when, NY, "aw7Kk1Uu")),
        ("From", addr("Allegheny Workforce Center", "noreply@alleghenyworkforce.example.org")),
        ("To", ME),
        ("Subject", "IMPORTANT: RESEA appointment scheduled - action required"),
        ("Date", date(when, NY)),
        ("Message-ID", "<resea.20261106.0615.88231@alleghenyworkforce.example.org>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(45), family="admission_interview", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Business-school admissions interview for a part-time MBA, Thu Dec 3 at 6:00 PM ET with an alumni "
           "interviewer; an admission interview, not a job interview")
def m45() -> bytes:
    body = t("""
        Dear Morgan,

        Thank you for your application to the Part-Time (Evening) MBA program at the Three Rivers
        School of Business. We are pleased to invite you to an admissions interview, which has been
        scheduled as follows:

            Thursday, December 3, 2026, 6:00 PM Eastern
            Zoom (link to follow from your interviewer)
            Interviewer: Keith Lam (MBA '19), Director of Product, Robotics

        The interview is conversational and lasts 30 minutes. Your interviewer has read your resume
        but not your essays. Business casual attire is appropriate.

        We look forward to learning more about you.

        Sincerely,
        Office of Admissions
        Three Rivers School of Business
        """)
    when = "2026-11-24 14:00:00"
    return message([
        ("Received", rcv("mail.trsb.example.edu", when, NY, "tr3Mm8Pp")),
        ("From", addr("TRSB Admissions", "mba-admissions@trsb.example.edu")),
        ("To", MORGAN),
        ("Subject", "Your MBA admissions interview is scheduled"),
        ("Date", date(when, NY)),
        ("Message-ID", "<slate.20261124190000.44172@trsb.example.edu>"),
        ("X-Mailer", "Slate"),
    ], alt(text(body), html("<html><body><pre>" + body + "</pre></body></html>\n")))


@mail(n(46), family="sports_tryout", lang="en-US", interview=False, company=None,
      days=(("Sun", "2026-09-13"),),
      note="Adult hockey league placement skate (try-out) Sun Sep 13 at 9:15 PM; not an interview")
def m46() -> bytes:
    body = t("""
        Hey Morgan,

        You're registered for the fall placement skate:

        Sunday, Sept 13 - 9:15 PM (ice time), locker room opens 8:45
        Frozen Pond Ice Center, Rink B

        Full gear required, bring a dark and a light jersey. Our evaluators will watch a few
        drills and a scrimmage and place everyone on a D1-D3 team - no one gets cut, it's just to
        keep the games even. Goalies get a free skate.

        See you on the ice,
        Mike Dorsey
        Allegheny Ice Alliance - Adult League Coordinator
        """)
    when = "2026-09-08 21:40:19"
    return message([
        ("Received", rcv("mail.teamsnap.example.com", when, NY, "hk4Nn2Bb")),
        ("From", addr("Allegheny Ice Alliance", "league@alleghenyice.example.org")),
        ("Reply-To", addr("Mike Dorsey", "mike.dorsey@alleghenyice.example.org")),
        ("To", ME),
        ("Subject", "Fall placement skate - Sunday 9/13"),
        ("Date", date(when, NY)),
        ("Message-ID", "<ts.9913.44021.1789609219@teamsnap.example.com>"),
    ], text(body, cte="8bit"))


@mail(n(47), family="podcast", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Podcast host confirms recording an interview WITH Morgan as the guest, Thu Nov 19 at 1 PM ET; "
           "press, not a job interview")
def m47() -> bytes:
    body = t("""
        Hi Morgan!

        Locking it in: we'll record your episode of Actuated on Thursday, November 19 at 1 PM ET.
        It's an interview format, about 45 minutes of conversation about your tactile sensing talk,
        cheap sensors, and what you've learned shipping robots in real warehouses.

        Recording link (Riverside): https://riverside.fm/studio/actuated-ep-88
        Please use headphones and a wired connection if you can. I'll send the questions a few
        days before.

        Thanks so much for doing this!
        Priya

        Priya Natarajan
        Host, Actuated - conversations with people who build robots
        """)
    when = "2026-11-12 10:25:44"
    return message([
        ("Received", rcv("mail-oa1-f48.google.com", when, NY, "pd9Cc5Ee")),
        ("From", addr("Priya Natarajan", "priya@actuatedpodcast.com")),
        ("To", addr("Morgan Ellison", ME)),
        ("Subject", "Actuated recording - confirmed!"),
        ("Date", date(when, NY)),
        ("Message-ID", "<CAJr8sW2mQ5tLp0Hx7z@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(48), family="bank_appointment", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Credit union Microsoft Bookings confirmation with a mortgage loan officer, Sat Oct 10 10:30 AM "
           "(Windows zone ICS); a financial appointment, not an interview")
def m48() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:22px;font-weight:600">Your booking is confirmed</div>
        <p>Hello Morgan Ellison,</p>
        <p>Thank you for booking with Fort Pitt Community Credit Union - Home Lending.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Mortgage pre-approval consultation</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Saturday, October 10, 2026 10:30 AM - 11:15 AM</td></tr>
        <tr><td style="color:#605e5c">Time zone</td><td>(UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Marcus Bell, Mortgage Loan Officer</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Shadyside branch, 5500 Walnut Street</td></tr>
        </table>
        <p>Please bring two recent pay stubs, your last two W-2s and a photo ID.</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Fort Pitt CCU - Home Lending:mailto:HomeLending@fortpittccu.example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Morgan Ellison:mailto:morgan.ellison@example.org
        SUMMARY;LANGUAGE=en-US:Mortgage pre-approval consultation
        DTSTART;TZID=Eastern Standard Time:20261010T103000
        DTEND;TZID=Eastern Standard Time:20261010T111500
        UID:040000008200E00074C5B7101A82E0080000000022D1A4E9C153DD010000000000000000100000004E7A
        DTSTAMP:20261003T141122Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Shadyside branch\\, 5500 Walnut Street
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-03 10:11:22"
    return message([
        ("Received", rcv("NAM02-SN1-obe.outbound.protection.outlook.com", when, NY, "fp1Dd8Hh")),
        ("From", addr("Fort Pitt CCU - Home Lending", "HomeLending@fortpittccu.example.org")),
        ("To", MORGAN),
        ("Subject", "Your booking is confirmed: Mortgage pre-approval consultation"),
        ("Date", date(when, NY)),
        ("Message-ID", "<MN0PR09MB6622A0E3F19B7C54@MN0PR09MB6622.namprd09.prod.outlook.com>"),
    ], mixed(html(page, cte="base64"), calendar(ics, filename="booking.ics", disposition="attachment")))


@mail(n(49), family="forwarded_other", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-11-30"), ("Sun", "2026-11-29")),
      note="A friend forwards her own Ashby onsite confirmation (message/rfc822, Mon Nov 30 1:00-4:00 PM EST) "
           "asking Morgan for a mock on Sunday; a confirmed interview, but the friend's, not Morgan's")
def m49() -> bytes:
    inner = message([
        ("From", addr("Cobalt Ridge Robotics", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Tess Varga", "tess.varga@cobaltridgerobotics.com")),
        ("To", addr("Jess Alvarez", "jess.alvarez@example.net")),
        ("Subject", "Interview confirmed: Senior Perception Engineer at Cobalt Ridge Robotics"),
        ("Date", date("2026-11-23 16:02:10", "UTC")),
        ("Message-ID", "<010001935e2b7a10-4d8c0e1f-77aa-4b3c-8e9f-0a1b2c3d4e5f-000000@email.amazonses.com>"),
    ], text(t("""
        Hi Jess,

        Your interview is confirmed. We're looking forward to speaking with you!

        Onsite: Senior Perception Engineer
        Monday, November 30, 2026, 1:00 PM - 4:00 PM EST
        Cobalt Ridge Robotics, 2 Station Square, Pittsburgh, PA

        Questions? Just reply and it will reach Tess Varga.

        Thanks,
        Cobalt Ridge Robotics Recruiting
        """), cte="base64"))
    body = t("""
        AHHH I got the onsite!! details below. any chance you could do a mock system design with
        me Sunday afternoon? you've done like four of these this fall lol. I'll bring coffee

        j
        """)
    when = "2026-11-23 11:20:05"
    return message([
        ("Received", rcv("mail-lf1-f41.google.com", when, NY, "ja5Gg3Ii")),
        ("From", addr("Jess Alvarez", "jess.alvarez@example.net")),
        ("To", addr("Morgan Ellison", ME)),
        ("Subject", "Fwd: Interview confirmed: Senior Perception Engineer at Cobalt Ridge Robotics"),
        ("Date", date(when, NY)),
        ("Message-ID", "<CAB0xRt3kLw9Yq1n@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             attached_message(inner, "Interview confirmed.eml")))


@mail(n(50), family="volunteer_intake", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Food-pantry volunteer coordinator sets a 'volunteer intake interview' for Sat Nov 7 at 9:30 AM; "
           "volunteering, not a job interview")
def m50() -> bytes:
    body = t("""
        Hi Morgan,

        Thanks so much for signing up to volunteer with us! Your volunteer intake interview is set
        for Saturday, November 7 at 9:30 AM at the pantry (1820 Arlington Ave, side door). It's a
        quick 20-minute chat so we can match you to a shift - warehouse, delivery driver or the
        Saturday distribution line - followed by a short safety walk-through.

        Please wear closed-toe shoes. If you'd like to get your clearances started, the links are in
        the attached checklist.

        With gratitude,
        Rosalind Hughes
        Volunteer Coordinator, Hilltop Community Food Pantry
        """)
    when = "2026-11-02 12:48:31"
    return message([
        ("Received", rcv("smtp.hilltoppantry.example.org", when, NY, "hp2Jj6Kk")),
        ("From", addr("Rosalind Hughes", "volunteer@hilltoppantry.example.org")),
        ("To", ME),
        ("Subject", "Volunteer intake - Saturday 11/7"),
        ("Date", date(when, NY)),
        ("Message-ID", "<5a1c0e2f.20261102174831@hilltoppantry.example.org>"),
    ], text(body, charset="iso-8859-15"))
