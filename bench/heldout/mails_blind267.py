"""blind267: a blind 50-mail held-out set, the inbox of a rail and port logistics analyst in Duluth.

Inbox owner: Hannah Lindqvist <hannah.lindqvist@example.org>, Duluth, Minnesota (America/Chicago),
September to mid-December 2026. Every mail is written by hand, one function per mail; ``make.py``
does the MIME plumbing and the label checks. Build and check:

    python3 bench/heldout/make_blind.py blind267

Written blind: without reading the detector, its tests, or any other held-out set's mails.
File numbers are a fixed shuffle of the writing order (keys 1-23 positive, 24-50 negative).
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

ORDER = random.Random(2670267).sample(range(1, 51), 50)


def n(key: int) -> str:
    """File name (without .eml) of the mail written key-th."""
    return f"blind267_{ORDER[key - 1]:03d}"


ME = "hannah.lindqvist@example.org"
ME_TO = addr("Hannah Lindqvist", ME)
CT = "America/Chicago"
ET = "America/Toronto"  # Thunder Bay keeps Eastern time (America/Thunder_Bay links here)
MT = "America/Denver"
PT = "America/Los_Angeles"
VAN = "America/Vancouver"
UTCZ = "UTC"
GMX = "mx.example.org (Postfix)"

VTZ_MOUNTAIN = """BEGIN:VTIMEZONE
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


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(f"from {host}", when, zone, f"{GMX} with ESMTPS id {ident}", ME, lag))


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", CT), end=utc("2026-09-15 10:45", CT),
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=CT,
      contact="rkvale@twinportsharbor.org", company="Twin Ports Harbor Authority",
      note="Greenhouse confirmation from no-reply; 10:00-10:45 AM CDT (Duluth, UTC-5 in September) "
           "-> 15:00-15:45Z; contact = human Reply-To (recruiter)")
def s1():
    when = "2026-09-09 14:22:07"
    body = t("""
        Hi Hannah,

        Thanks for making time to speak with us. Your interview for the Harbor Operations
        Analyst role is confirmed.

        Interview: Hiring Manager Conversation
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM CDT
        Location: Harbor Authority Administration Building, 1200 Port Terminal Drive, Duluth, MN
          (Check in at the front desk; visitor parking is on the lake side of the building.)

        You'll be meeting with:
          Ingrid Vasquez - Director, Harbor Operations
          Theo Branstad - Senior Analyst, Cargo Statistics

        Please bring a photo ID; the terminal is a TWIC-controlled area and you will be escorted.

        If you need to reschedule, simply reply to this email.

        Best,
        Rachel Kvale
        Talent Acquisition | Twin Ports Harbor Authority
        """)
    html_body = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Hannah,</p>
        <p>Thanks for making time to speak with us. Your interview for the <strong>Harbor Operations
        Analyst</strong> role is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Hiring Manager Conversation</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM CDT</td></tr>
        <tr><td><b>Location</b></td><td>Harbor Authority Administration Building, 1200 Port Terminal Drive, Duluth, MN<br>
        <span style="color:#777">Check in at the front desk; visitor parking is on the lake side of the building.</span></td></tr>
        </table>
        <p>You'll be meeting with:<br>Ingrid Vasquez - Director, Harbor Operations<br>
        Theo Branstad - Senior Analyst, Cargo Statistics</p>
        <p>Please bring a photo ID; the terminal is a TWIC-controlled area and you will be escorted.</p>
        <p>If you need to reschedule, simply reply to this email.</p>
        <p>Best,<br>Rachel Kvale<br>Talent Acquisition | Twin Ports Harbor Authority</p>
        <img src="https://us.greenhouse-mail.io/o/5f2c81/open.gif" width="1" height="1" alt="">
        </body></html>
        """)
    return message([
        rcv("o17.us.greenhouse-mail.io (o17.us.greenhouse-mail.io [167.89.18.44])", when, CT, "4Bq2kL1Xz9"),
        ("From", addr("Twin Ports Harbor Authority", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Rachel Kvale", "rkvale@twinportsharbor.org")),
        ("To", ME_TO),
        ("Subject", "Interview Confirmation: Harbor Operations Analyst at Twin Ports Harbor Authority"),
        ("Date", date(when, CT)),
        ("Message-ID", "<6a1f0c93.2b7e.4d5a.9c11.81fa03be92d4@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(body), html(html_body)))


@mail(n(2), family="lever", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-17 13:30", CT), end=utc("2026-09-17 14:00", CT),
      local="Thu 2026-09-17 13:30", local_end="2026-09-17 14:00", zone=CT,
      contact="dana.kowalczyk@mlrailway.com", company="Mesabi & Lakehead Railway",
      note="Lever confirmation, 1:30-2:00 PM CT (CDT, UTC-5) -> 18:30-19:00Z; ICS in UTC agrees; "
           "contact = Reply-To recruiter")
def s2():
    when = "2026-09-14 09:05:41"
    body = t("""
        Hi Hannah,

        You're all set! Here are the details for your upcoming interview with Mesabi & Lakehead Railway.

        Phone screen - Rail Operations Planning Analyst
        Thursday, September 17, 2026
        1:30 PM - 2:00 PM Central Time (US & Canada)

        Join Zoom: https://mlrailway.zoom.us/j/93310477125?pwd=Tk9vQ0ZhbmxvY2s
        Meeting ID: 933 1047 7125

        Interviewer: Dana Kowalczyk, Recruiter

        A calendar invitation is attached. Reply to this email if anything comes up.

        Mesabi & Lakehead Railway
        Proctor, MN

        --
        Sent via Lever. Manage your email preferences at https://hire.lever.co/candidate-preferences
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-iv-7d0c2b4e-5a9f-4e61-b1c8-0f3a62d1e955
        DTSTAMP:20260914T140541Z
        DTSTART:20260917T183000Z
        DTEND:20260917T190000Z
        SUMMARY:Phone screen - Rail Operations Planning Analyst (Mesabi & Lakehead Railway)
        LOCATION:https://mlrailway.zoom.us/j/93310477125?pwd=Tk9vQ0ZhbmxvY2s
        ORGANIZER;CN=Dana Kowalczyk:mailto:dana.kowalczyk@mlrailway.com
        ATTENDEE;CN=Hannah Lindqvist;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hannah.lindqvist@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail-ej1-f97.lever.co (mail-ej1-f97.lever.co [209.85.218.97])", when, CT, "9pQ2mX7aLw"),
        ("From", addr("Mesabi & Lakehead Railway", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Dana Kowalczyk", "dana.kowalczyk@mlrailway.com")),
        ("To", ME_TO),
        ("Subject", "Your interview with Mesabi & Lakehead Railway is confirmed"),
        ("Date", date(when, CT)),
        ("Message-ID", "<20260914140541.1c2f77a0b3e4@hire.lever.co>"),
    ], mixed(text(body, cte="7bit"),
             calendar(ics, filename="invite.ics", disposition="attachment", ctype="application/ics",
                      method=None)))


@mail(n(3), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-22 09:00", CT), local="Tue 2026-09-22 09:00", zone=CT,
      contact="gthorsen@carltonfiber.com", company="Carlton Fiber & Paper",
      note="HR manager, Date Mon 21 Sep 07:52 CDT, 'tomorrow (Tues) 9:00' -> Tue 22 Sep 09:00 CDT = "
           "14:00Z; 'about two hours' -> end null; the Outlook invite is all-day (VALUE=DATE 20260922), "
           "the time is only in the text")
def s3():
    when = "2026-09-21 07:52:12"
    body = t("""
        Hannah,

        Thanks for the call Friday. As discussed we'll see you tomorrow (Tues) at 9:00 for
        the on-site at the Cloquet mill. Come to the Gate 3 guardhouse off Avenue C, they'll have your
        name and a visitor badge. Steel toes aren't required for the interview but wear closed
        shoes, we'll walk the rail yard and the wood room with Pete.

        Plan on about two hours total - you'll meet with me, Pete Halvorsen (Transportation
        Supervisor) and then lunch is optional if your schedule allows.

        I put a hold on your calendar for the day so its on there, ignore the "all day" part.

        Any problems call my cell 218-555-0147.

        Gary Thorsen
        Human Resources Manager
        Carlton Fiber & Paper - Cloquet Mill
        gthorsen@carltonfiber.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2016
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=Gary Thorsen:mailto:gthorsen@carltonfiber.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist@example.org
        DESCRIPTION;LANGUAGE=en-US:On-site interview - Cloquet mill\\, Gate 3 guardhouse\\n
        UID:040000008200E00074C5B7101A82E00800000000A0D1B3F6C249DC01000000000000000010000000E14B2C39C6F0E84FA6C1
        SUMMARY;LANGUAGE=en-US:H. Lindqvist on-site interview (Logistics Coordinator)
        DTSTART;VALUE=DATE:20260922
        DTEND;VALUE=DATE:20260923
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260921T125212Z
        TRANSP:TRANSPARENT
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Cloquet Mill - Gate 3
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2109.outbound.protection.outlook.com "
            "[40.107.244.109])", when, CT, "Xx81bQ0aaZ"),
        ("From", addr("Gary Thorsen", "gthorsen@carltonfiber.com")),
        ("To", ME_TO),
        ("Subject", "On-site tomorrow"),
        ("Date", date(when, CT)),
        ("Message-ID", "<MW4PR12MB7143E2A0C41B6F3D9E7A5B12C8A22@MW4PR12MB7143.namprd12.prod.outlook.com>"),
        ("Thread-Topic", "On-site tomorrow"),
        ("Thread-Index", "AdzqL0m3c2V8l1p5TS6bD0kQh3VnYQ=="),
        ("Content-Language", "en-US"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), calendar(ics, method="REQUEST")))


@mail(n(4), family="exchange_teams", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-30 14:00", CT), end=utc("2026-09-30 15:00", CT),
      local="Wed 2026-09-30 14:00", local_end="2026-09-30 15:00", zone=CT,
      contact="msolheim@stbrigidhealth.org", company="St. Brigid's Health",
      note="Exchange meeting request with Teams; body says '(UTC-06:00) Central Time (US & Canada)' (the "
           "standard offset Outlook shows all year) but 30 Sep is CDT: 2:00-3:00 PM = 19:00-20:00Z, which "
           "the ICS (TZID Central Standard Time, DST rule) confirms; contact = organizer")
def s4():
    when = "2026-09-24 10:12:55"
    body = t("""
        Hi Hannah,

        Thank you for applying for the Supply Chain Logistics Analyst position at St. Brigid's Health.
        We'd like to invite you to a panel interview with our Supply Chain leadership team. Please
        accept this invitation to confirm.

        Panel: Maren Solheim (Talent Acquisition), Doug Rasmussen (Director, Supply Chain),
        Keisha Albright (Materials Manager)

        Thanks,
        Maren

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4ZTc2Y2MtOGE0ZC00YjFiLWJmZjEtMjEwOTgxZjZkYzQ1%40thread.v2/0>
        Meeting ID: 284 611 907 352
        Passcode: 9vW3Qs
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Hi Hannah,</p>
        <p class="MsoNormal">Thank you for applying for the Supply Chain Logistics Analyst position at St. Brigid&#8217;s Health.
        We&#8217;d like to invite you to a panel interview with our Supply Chain leadership team. Please accept this invitation to confirm.</p>
        <p class="MsoNormal">Panel: Maren Solheim (Talent Acquisition), Doug Rasmussen (Director, Supply Chain), Keisha Albright (Materials Manager)</p>
        <p class="MsoNormal">Thanks,<br>Maren</p>
        <div style="width:100%">________________________________________________________________________________</div>
        <div><span style="font-size:24px;font-weight:600;color:#252424">Microsoft Teams meeting</span></div>
        <div><b>Join on your computer, mobile app or room device</b></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4ZTc2Y2MtOGE0ZC00YjFiLWJmZjEtMjEwOTgxZjZkYzQ1%40thread.v2/0">Click here to join the meeting</a></div>
        <div>Meeting ID: 284 611 907 352<br>Passcode: 9vW3Qs</div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Maren Solheim:mailto:msolheim@stbrigidhealth.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Doug Rasmussen:mailto:drasmussen@stbrigidhealth.org
        DESCRIPTION;LANGUAGE=en-US:Panel interview - Supply Chain Logistics Analyst\\n
        UID:040000008200E00074C5B7101A82E00800000000B1A74E22D14DDC010000000000000000100000009F3C0B7A55E1D2489B6E
        SUMMARY;LANGUAGE=en-US:Interview: Hannah Lindqvist - Supply Chain Logistics Analyst
        DTSTART;TZID=Central Standard Time:20260930T140000
        DTEND;TZID=Central Standard Time:20260930T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260924T151255Z
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
        X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:msolheim@stbrigidhealth.org\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NjQ4ZTc2Y2M-thread.v2
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationUri":"","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}]
        END:VEVENT
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics + "END:VCALENDAR\n"
    when_line = ("When: Wednesday, September 30, 2026 2:00 PM-3:00 PM (UTC-06:00) Central Time (US & Canada).\n"
                 "Where: Microsoft Teams Meeting\n\n")
    return message([
        rcv("NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2122.outbound.protection.outlook.com "
            "[40.107.93.122])", when, CT, "pQ7xW0bRt2"),
        ("From", addr("Maren Solheim", "msolheim@stbrigidhealth.org")),
        ("To", ME_TO),
        ("CC", addr("Doug Rasmussen", "drasmussen@stbrigidhealth.org")),
        ("Subject", "Interview: Hannah Lindqvist - Supply Chain Logistics Analyst"),
        ("Thread-Topic", "Interview: Hannah Lindqvist - Supply Chain Logistics Analyst"),
        ("Thread-Index", "AdzsFq8l1RkGx9H0Q5eXbW2kV3a1Lg=="),
        ("Date", date(when, CT)),
        ("Message-ID", "<SA1PR04MB8836C0B5E1F7D29A4C3B6E01A9F52@SA1PR04MB8836.namprd04.prod.outlook.com>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(when_line + body), html(html_body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(5), family="human_prose", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-10-08 10:00", ET), end=utc("2026-10-08 10:45", ET),
      local="Thu 2026-10-08 10:00", local_end="2026-10-08 10:45", zone=ET,
      contact="cfairweather@kamgrain.ca", company="Kaministiquia Grain Terminals",
      note="Thunder Bay firm on Eastern time: 'Thursday, October 8 at 10:00 a.m. Eastern (9:00 your time)', "
           "EDT (UTC-4) -> 14:00Z; 'we've set aside 45 minutes' -> end 14:45Z; windows-1252 quoted-printable")
def s5():
    when = "2026-10-01 15:20:33"
    body = t("""
        Hi Hannah,

        Thanks for getting back to me so quickly. Thursday works on our end, so let's lock it in:

          Thursday, October 8 at 10:00 a.m. Eastern (9:00 your time in Duluth)
          Video call - Microsoft Teams, link to follow from our office manager

        We've set aside 45 minutes. It'll be myself and Émilie Gagnon, our terminal superintendent.
        We'd like to hear about your work on the vessel line-up models, and we'll walk you through
        how the elevator and rail car unloading fit together here at the Keefer terminal. No need to
        prepare a presentation – it's a conversation.

        Just a heads-up that the following Monday is Thanksgiving here, so if I'm slow to reply
        after the call that's why.

        Cheers,
        Colin

        Colin Fairweather
        Operations Manager | Kaministiquia Grain Terminals Ltd.
        Thunder Bay, Ontario
        807-555-0193 | cfairweather@kamgrain.ca
        """)
    html_body = t("""
        <html><body style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hi Hannah,</p>
        <p>Thanks for getting back to me so quickly. Thursday works on our end, so let&#8217;s lock it in:</p>
        <p style="margin-left:20px"><b>Thursday, October 8 at 10:00 a.m. Eastern</b> (9:00 your time in Duluth)<br>
        Video call &#8211; Microsoft Teams, link to follow from our office manager</p>
        <p>We&#8217;ve set aside 45 minutes. It&#8217;ll be myself and &Eacute;milie Gagnon, our terminal superintendent.
        We&#8217;d like to hear about your work on the vessel line-up models, and we&#8217;ll walk you through
        how the elevator and rail car unloading fit together here at the Keefer terminal. No need to
        prepare a presentation &#8211; it&#8217;s a conversation.</p>
        <p>Just a heads-up that the following Monday is Thanksgiving here, so if I&#8217;m slow to reply
        after the call that&#8217;s why.</p>
        <p>Cheers,<br>Colin</p>
        <p style="color:#555;font-size:9pt">Colin Fairweather<br>Operations Manager | Kaministiquia Grain Terminals Ltd.<br>
        Thunder Bay, Ontario<br>807-555-0193 | cfairweather@kamgrain.ca</p>
        </body></html>
        """)
    return message([
        rcv("mail.kamgrain.ca (mail.kamgrain.ca [198.51.100.23])", when, ET, "a7Lq0PzR11"),
        ("From", addr("Colin Fairweather", "cfairweather@kamgrain.ca")),
        ("To", ME_TO),
        ("Subject", "RE: Analyst role - next step"),
        ("Date", date(when, ET)),
        ("Message-ID", "<YT3PR01MB6412A8C03B1E4F7D2E9A1C55B07E@YT3PR01MB6412.CANPRD01.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<CAH7n2xQm1pR4sV0kLz8Yt3e+Jw6dFq@mail.example.org>"),
        ("References", "<YT3PR01MB6412A8C03B1E4F7D2E9A1C55A90C@YT3PR01MB6412.CANPRD01.PROD.OUTLOOK.COM> "
                       "<CAH7n2xQm1pR4sV0kLz8Yt3e+Jw6dFq@mail.example.org>"),
    ], alt(text(body, charset="windows-1252"), html(html_body, charset="windows-1252")))


@mail(n(6), family="workday", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-16 11:00", CT), end=utc("2026-10-16 12:00", CT),
      local="Fri 2026-10-16 11:00", local_end="2026-10-16 12:00", zone=CT,
      contact="pnatarajan@arrowheadstate.edu", company="Arrowhead State University",
      note="Workday notification, HTML only, base64; 11:00 AM - 12:00 PM CDT -> 16:00-17:00Z; sender is the "
           "tenant's myworkday.com address, contact = coordinator address in the body")
def s6():
    when = "2026-10-12 08:47:19"
    html_body = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#6b1f2a;padding:16px;color:#fff;font-size:18px">Arrowhead State University &mdash; Careers</td></tr>
        <tr><td style="padding:24px">
        <p>Dear Hannah Lindqvist,</p>
        <p>An interview has been scheduled for the position <b>Transportation Research Analyst (R-0031422)</b>
        at the Center for Freight and Logistics Research.</p>
        <p><b>Interview Details</b><br>
        Date: Friday, October 16, 2026<br>
        Time: 11:00 AM - 12:00 PM CDT<br>
        Location: Kirby Science Center, Room 2214, 1049 University Drive, Duluth, MN 55812<br>
        Interview Type: Search Committee Interview</p>
        <p>Visitor parking is available in Lot D; a parking permit will be waiting at the Kirby
        information desk.</p>
        <p>If you have questions or require an accommodation, please contact Priya Natarajan,
        Search Coordinator, at <a href="mailto:pnatarajan@arrowheadstate.edu">pnatarajan@arrowheadstate.edu</a>
        or 218-555-0166.</p>
        <p>To view this and other tasks, sign in to your candidate home account.</p>
        <p><a href="https://wd5.myworkdayjobs.com/arrowheadstate/login" style="background:#6b1f2a;color:#fff;padding:8px 14px;text-decoration:none">View in Candidate Home</a></p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888">This is a system generated message from Workday. Please do not reply.
        Arrowhead State University is an equal opportunity educator and employer.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message([
        rcv("mx0a-00213f01.myworkday.com (mx0a-00213f01.myworkday.com [148.163.150.41])", when, CT, "Wd0k1Sx3Ee"),
        ("From", addr("Arrowhead State University", "arrowheadstate@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Transportation Research Analyst (R-0031422)"),
        ("Date", date(when, CT)),
        ("Message-ID", "<1871930522.448812.1791812839412@wd5-prod-notif-04.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(html_body, cte="base64"))


@mail(n(7), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-23 09:00", PT), end=utc("2026-10-23 10:00", PT),
      local="Fri 2026-10-23 09:00", local_end="2026-10-23 10:00", zone=PT,
      contact="marisol.ocampo@cascadiafreight.io", company="Cascadia Freightworks",
      note="Ashby (remote team in Portland, OR); text shows 9:00-10:00 AM PDT and 11:00 AM-12:00 PM CDT, "
           "both 16:00-17:00Z; ICS in UTC; Date header in UTC; contact = Reply-To / ORGANIZER recruiter")
def s7():
    when = "2026-10-16 21:14:02"
    body = t("""
        Hi Hannah,

        Your interview is confirmed. We're looking forward to speaking with you!

        Technical Interview: Network Modeling - Senior Logistics Analyst (Remote, US)
        Friday, October 23, 2026
        9:00 AM - 10:00 AM PDT (11:00 AM - 12:00 PM CDT, your time)
        Google Meet: https://meet.google.com/qzv-hwrt-bnk

        You'll meet with:
          Anders Lykke - Staff Data Scientist
          Marisol Ocampo - Recruiting

        This session includes a 20-minute shared-notebook exercise on rail car cycle times. You can
        use Python or SQL; no setup is required.

        Need to make a change? Just reply and it will reach Marisol Ocampo.

        Thanks,
        Cascadia Freightworks Recruiting
        """)
    html_body = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Hannah,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <div style="border:1px solid #e3e3e8;border-radius:8px;padding:16px">
        <div style="font-weight:600">Technical Interview: Network Modeling &ndash; Senior Logistics Analyst (Remote, US)</div>
        <div>Friday, October 23, 2026</div>
        <div>9:00 AM &ndash; 10:00 AM PDT (11:00 AM &ndash; 12:00 PM CDT, your time)</div>
        <div><a href="https://meet.google.com/qzv-hwrt-bnk">Join Google Meet</a></div>
        </div>
        <p>You'll meet with:<br>Anders Lykke &mdash; Staff Data Scientist<br>Marisol Ocampo &mdash; Recruiting</p>
        <p>This session includes a 20-minute shared-notebook exercise on rail car cycle times. You can use Python or SQL; no setup is required.</p>
        <p>Need to make a change? Just reply and it will reach Marisol Ocampo.</p>
        <p>Thanks,<br>Cascadia Freightworks Recruiting</p>
        <p style="font-size:11px;color:#8c8c99">Powered by Ashby</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:3e9b51c4-8d2a-4f07-a6e1-b94c0d7f2a18
        DTSTAMP:20261016T211402Z
        DTSTART:20261023T160000Z
        DTEND:20261023T170000Z
        SEQUENCE:0
        SUMMARY:Cascadia Freightworks - Technical Interview: Network Modeling
        LOCATION:https://meet.google.com/qzv-hwrt-bnk
        ORGANIZER;CN=Marisol Ocampo:mailto:marisol.ocampo@cascadiafreight.io
        ATTENDEE;CN=Hannah Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.lindqvist@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [54.240.48.110])", when, UTCZ,
            "sE5n0Kq2Vb"),
        ("From", addr("Cascadia Freightworks", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Marisol Ocampo", "marisol.ocampo@cascadiafreight.io")),
        ("To", ME_TO),
        ("Subject", "Interview confirmed: Senior Logistics Analyst (Remote, US) at Cascadia Freightworks"),
        ("Date", date(when, UTCZ)),
        ("Message-ID", "<0100019a0e4f7c31-5b8d2e90-1a4c-4b6f-9e0d-7c2a13f8e6d4-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(html_body, cte="base64")),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(8), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-27 10:00", CT), end=utc("2026-10-27 10:45", CT),
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 10:45", zone=CT,
      contact="tom.bergquist@redriverfreight.com", company="Red River Freight Analytics",
      note="Calendly invitee confirmation (Fargo, Central Time): 10:00am-10:45am CDT -> 15:00-15:45Z; "
           "sender notifications@calendly.com, contact = host's Reply-To")
def s8():
    when = "2026-10-21 18:02:44"
    body = t("""
        Hi Hannah Lindqvist,

        Your Interview - Logistics Data Analyst (45 min) with Tom Bergquist at 10:00am (Central
        Time - US & Canada) on Tuesday, October 27, 2026 is scheduled.

        Event Type:
        Interview - Logistics Data Analyst (45 min)

        Event Date/Time:
        10:00am - 10:45am (Central Time - US & Canada) on Tuesday, October 27, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/fkd-pqmx-trw

        Host:
        Tom Bergquist, Red River Freight Analytics

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5b1c8e2a-3f70-4d9a-a2b6-0e7f19c4d833
        Reschedule: https://calendly.com/reschedulings/5b1c8e2a-3f70-4d9a-a2b6-0e7f19c4d833

        Powered by Calendly.com
        """)
    html_body = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial">')
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:5b1c8e2a-3f70-4d9a-a2b6-0e7f19c4d833@calendly.com
        DTSTAMP:20261021T180244Z
        DTSTART:20261027T150000Z
        DTEND:20261027T154500Z
        SUMMARY:Interview - Logistics Data Analyst between Tom Bergquist and Hannah Lindqvist
        ORGANIZER;CN=Tom Bergquist:mailto:tom.bergquist@redriverfreight.com
        ATTENDEE;CN=Hannah Lindqvist;RSVP=TRUE:mailto:hannah.lindqvist@example.org
        LOCATION:https://meet.google.com/fkd-pqmx-trw
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("o3.email.calendly.com (o3.email.calendly.com [167.89.101.207])", when, UTCZ, "Cy3d9Fq8Mn"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Tom Bergquist", "tom.bergquist@redriverfreight.com")),
        ("To", ME),
        ("Subject", "Confirmed: Interview - Logistics Data Analyst (45 min) with Tom Bergquist on Tuesday, "
                    "October 27, 2026"),
        ("Date", date(when, UTCZ)),
        ("Message-ID", "<e8b1f3a0c2d4.20261021180244.calendly@calendly.com>"),
    ], mixed(alt(text(body), html(html_body)),
             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(9), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", CT), end=utc("2026-11-03 11:00", CT),
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=CT,
      contact="jenna.okafor@millcityintermodal.com", company="Mill City Intermodal",
      note="Google Calendar invitation sent Fri 30 Oct in CDT for Tue 3 Nov, after US DST ends on 1 Nov: "
           "10am-11am CST (UTC-6) -> 16:00-17:00Z, ICS TZID America/Chicago agrees; contact = organizer")
def s9():
    when = "2026-10-30 11:03:27"
    body = t("""
        You have been invited to the following event.

        Interview: Hannah Lindqvist / Mill City Intermodal - Intermodal Network Analyst
        When
        Tuesday Nov 3, 2026 10am - 11am Central Time - Chicago

        Joining info
        Join with Google Meet
        https://meet.google.com/wub-rnoz-eqa

        Join by phone
        (US) +1 612-555-0130 PIN: 402 118 776#

        Calendar
        hannah.lindqvist@example.org

        Who
        * Jenna Okafor - organizer
        * Luis Brandvold
        * hannah.lindqvist@example.org

        Hi Hannah - looking forward to it. Luis runs our ramp operations in Minneapolis and St. Paul
        and will join for the second half. Note the clocks change this weekend; the time above is
        Central either way. - Jenna

        Going (hannah.lindqvist@example.org)?   Yes - Maybe - No    more options >>

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account hannah.lindqvist@example.org because you
        are an attendee of this event.

        To stop receiving future updates for this event, decline this event. Alternatively you can
        sign up for a Google account at https://calendar.google.com/calendar/ and control your
        notification settings for your entire calendar.

        Forwarding this invitation could allow any recipient to send a response to the organizer and
        be added to the guest list, or invite others regardless of their own invitation status, or to
        modify your RSVP.
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n" \
          "METHOD:REQUEST\n" + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20261103T100000
        DTEND;TZID=America/Chicago:20261103T110000
        DTSTAMP:20261030T160327Z
        ORGANIZER;CN=Jenna Okafor:mailto:jenna.okafor@millcityintermodal.com
        UID:2k9v0q7m3r1f5t8s6b4n0c2x1z@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jenna Okafor;X-NUM-GUESTS=0:mailto:jenna.okafor@millcityintermodal.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luis Brandvold;X-NUM-GUESTS=0:mailto:luis.brandvold@millcityintermodal.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.lindqvist@example.org;X-NUM-GUESTS=0:mailto:hannah.lindqvist@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/wub-rnoz-eqa
        CREATED:20261030T160321Z
        DESCRIPTION:Hi Hannah - looking forward to it. Luis runs our ramp operations in Minneapolis and St. Paul and will join for the second half.
        LAST-MODIFIED:20261030T160326Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview: Hannah Lindqvist / Mill City Intermodal - Intermodal Network Analyst
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, CT, "Gc4l8Ts0Pd"),
        ("From", addr("Jenna Okafor", "jenna.okafor@millcityintermodal.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Jenna Okafor", "jenna.okafor@millcityintermodal.com")),
        ("To", ME),
        ("Subject", "Invitation: Interview: Hannah Lindqvist / Mill City Intermodal - Intermodal Network Analyst "
                    "@ Tue Nov 3, 2026 10am - 11am (CST) (hannah.lindqvist@example.org)"),
        ("Date", date(when, CT)),
        ("Message-ID", "<calendar-6f0e2b84-31c7-4a9d-8e52-9d1b7a40c6f3@google.com>"),
    ], mixed(alt(text(body, subtype="plain", params="format=flowed; delsp=yes", cte="base64"),
                 html(gmail_html(body), cte="base64"),
                 calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(10), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-02 08:30", CT), end=utc("2026-11-02 09:30", CT),
      local="Mon 2026-11-02 08:30", local_end="2026-11-02 09:30", zone=CT,
      contact="lena.marchetti@allouezbay.com", company="Allouez Bay Bulk Terminal",
      note="SmartRecruiters (Superior, WI), sent Wed 28 Oct in CDT for Mon 2 Nov, the first day of CST: "
           "8:30-9:30 AM (GMT-06:00) -> 14:30-15:30Z; Reply-To is a SmartRecruiters relay, contact = "
           "hiring manager's address in the body")
def s10():
    when = "2026-10-28 13:51:08"
    body = t("""
        Hello Hannah,

        Your interview for Rail Logistics Planner at Allouez Bay Bulk Terminal has been scheduled.

        When: Monday, November 2, 2026, 8:30 AM - 9:30 AM (GMT-06:00) America/Chicago
        Where: Allouez Bay Bulk Terminal, Main Office, 5300 E. 2nd Street, Superior, WI 54880
        Interviewers: Lena Marchetti (Terminal Operations Manager), Dale Nygaard (Rail Supervisor)

        Please arrive ten minutes early and check in at the scale house. Hard hat and vest will be
        provided for the short site tour after the interview.

        If you have questions before Monday, you can reach Lena directly at
        lena.marchetti@allouezbay.com.

        Add to calendar: https://jobs.smartrecruiters.com/sr-jobs/interview/calendar/4c8e7b0d-allouez
        Best regards,
        Allouez Bay Bulk Terminal Hiring Team

        This email was sent by SmartRecruiters on behalf of Allouez Bay Bulk Terminal.
        """)
    html_body = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hello Hannah,</p>
        <p>Your interview for <b>Rail Logistics Planner</b> at Allouez Bay Bulk Terminal has been scheduled.</p>
        <table style="border-left:3px solid #0b8bd9;padding-left:10px">
        <tr><td><b>When:</b></td><td>Monday, November 2, 2026, 8:30 AM - 9:30 AM (GMT-06:00) America/Chicago</td></tr>
        <tr><td><b>Where:</b></td><td>Allouez Bay Bulk Terminal, Main Office, 5300 E. 2nd Street, Superior, WI 54880</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Lena Marchetti (Terminal Operations Manager), Dale Nygaard (Rail Supervisor)</td></tr>
        </table>
        <p>Please arrive ten minutes early and check in at the scale house. Hard hat and vest will be provided for the short site tour after the interview.</p>
        <p>If you have questions before Monday, you can reach Lena directly at
        <a href="mailto:lena.marchetti@allouezbay.com">lena.marchetti@allouezbay.com</a>.</p>
        <p><a href="https://jobs.smartrecruiters.com/sr-jobs/interview/calendar/4c8e7b0d-allouez">Add to calendar</a></p>
        <p>Best regards,<br>Allouez Bay Bulk Terminal Hiring Team</p>
        <p style="font-size:11px;color:#999">This email was sent by SmartRecruiters on behalf of Allouez Bay Bulk Terminal.</p>
        </body></html>
        """)
    return message([
        rcv("mail4.smartrecruiters.com (mail4.smartrecruiters.com [185.40.105.14])", when, CT, "Sr2u6Hj1Wc"),
        ("From", addr("Allouez Bay Bulk Terminal", "noreply@smartrecruiters.com")),
        ("Reply-To", "reply+7f3a92c1e0b44d58@email.smartrecruiters.com"),
        ("To", ME_TO),
        ("Subject", "Interview scheduled: Rail Logistics Planner"),
        ("Date", date(when, CT)),
        ("Message-ID", "<0102019a2c7d8e41-6b3f0a5c-smartrecruiters-interview@eu-west-1.amazonses.com>"),
    ], alt(text(body), html(html_body)))


@mail(n(11), family="ms_bookings", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-07 13:00", CT), end=utc("2026-10-07 13:30", CT),
      local="Wed 2026-10-07 13:00", local_end="2026-10-07 13:30", zone=CT,
      contact=None, company="Arrowhead Regional Transit",
      note="Microsoft Bookings from the shared Bookings mailbox; body shows '(UTC-06:00) Central Time (US & "
           "Canada)' but 7 Oct is CDT: 1:00-1:30 PM -> 18:00-18:30Z (ICS agrees); staff name only, no "
           "personal address -> contact null")
def s11():
    when = "2026-10-01 09:31:50"
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:600px">
        <div style="font-size:24px;padding:12px 0">Your booking is confirmed</div>
        <div>Hello Hannah Lindqvist,</div>
        <div style="padding:8px 0">Thank you for booking with Arrowhead Regional Transit &ndash; Human Resources.
        Your appointment is confirmed.</div>
        <table style="font-size:14px">
        <tr><td style="color:#605e5c;padding-right:12px">Service</td><td>Service Planning Analyst &ndash; Interview</td></tr>
        <tr><td style="color:#605e5c;padding-right:12px">Date and time</td><td>Wednesday, October 7, 2026 1:00 PM - 1:30 PM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c;padding-right:12px">Staff</td><td>Ren&eacute;e Dubois</td></tr>
        <tr><td style="color:#605e5c;padding-right:12px">Location</td><td>Microsoft Teams meeting</td></tr>
        </table>
        <div style="padding:8px 0"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk1N2Q0%40thread.v2/0">Join your appointment</a></div>
        <div style="padding:8px 0">Additional information: Please have a copy of your resume available. The panel may ask you to
        walk through a route or schedule change you analyzed.</div>
        <div style="padding:16px 0;color:#605e5c;font-size:12px">
        <a href="https://outlook.office365.com/owa/calendar/ARTInterviews@arrowheadtransit.org/bookings/">Manage booking</a> |
        <a href="https://outlook.office365.com/owa/calendar/ARTInterviews@arrowheadtransit.org/bookings/">Cancel booking</a><br>
        Arrowhead Regional Transit &ndash; Human Resources<br>2402 W Michigan St, Duluth, MN 55806<br>218-555-0101</div>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Arrowhead Regional Transit - Human Resources:mailto:ARTInterviews@arrowheadtransit.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist@example.org
        DESCRIPTION;LANGUAGE=en-US:Service Planning Analyst - Interview with Renée Dubois\\n
        UID:040000008200E00074C5B7101A82E0080000000062A9F10B0E52DC01000000000000000010000000C8D2E4F1A7B3
        SUMMARY;LANGUAGE=en-US:Service Planning Analyst - Interview
        DTSTART;TZID=Central Standard Time:20261007T130000
        DTEND;TZID=Central Standard Time:20261007T133000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261001T143150Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2131.outbound.protection.outlook.com "
            "[40.107.220.131])", when, CT, "Bk5s1Or0Yq"),
        ("From", addr("Arrowhead Regional Transit - Human Resources", "ARTInterviews@arrowheadtransit.org")),
        ("To", ME_TO),
        ("Subject", "Booking confirmed: Service Planning Analyst - Interview"),
        ("Date", date(when, CT)),
        ("Message-ID", "<BN0PR14MB4926A1F3E9C6D5B2A08E47F1C3D60@BN0PR14MB4926.namprd14.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], mixed(html(html_body, cte="base64"),
             calendar(ics, method="REQUEST", filename="Service Planning Analyst - Interview.ics",
                      disposition="attachment", cte="base64")))


@mail(n(12), family="icims", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-09 14:00", MT), end=utc("2026-11-09 14:45", MT),
      local="Mon 2026-11-09 14:00", local_end="2026-11-09 14:45", zone=MT,
      contact="corbin.yazzie@frontrangeintermodal.com", company="Front Range Intermodal Partners",
      note="iCIMS (Denver firm), iso-8859-1 quoted-printable; '11/09/2026 at 2:00 PM Mountain Time (3:00 PM "
           "Central)', MST (UTC-7) after 1 Nov -> 21:00Z; 'will last 45 minutes' -> end 21:45Z; contact = "
           "recruiter address in the body")
def s12():
    when = "2026-11-03 16:20:05"
    body = t("""
        Dear Hannah,

        Thank you for your interest in Front Range Intermodal Partners. We are pleased to confirm your
        video interview for the position below.

        Position:        Rail Network Analyst (Req #2026-4417)
        Interview date:  11/09/2026
        Interview time:  2:00 PM Mountain Time (3:00 PM Central)
        Format:          Microsoft Teams video interview; the link will arrive in a separate invitation
        Interviewers:    Corbin Yazzie, Talent Acquisition Partner
                         Dr. Helene Marchand, Manager, Network Strategy

        The interview will last 45 minutes. Please have a copy of your résumé handy; the panel may
        ask about the terminal-dwell analysis you described in your application.

        Should you need to reschedule, please contact Corbin Yazzie at
        corbin.yazzie@frontrangeintermodal.com at least 24 hours in advance.

        Sincerely,

        Talent Acquisition
        Front Range Intermodal Partners
        Denver, Colorado

        Please do not reply to this message. This mailbox is not monitored.
        """)
    html_body = t("""
        <html><body style="font-family:Verdana,Arial;font-size:10pt">
        <p>Dear Hannah,</p>
        <p>Thank you for your interest in Front Range Intermodal Partners. We are pleased to confirm your
        video interview for the position below.</p>
        <table border="0" cellpadding="2">
        <tr><td>Position:</td><td>Rail Network Analyst (Req #2026-4417)</td></tr>
        <tr><td>Interview date:</td><td>11/09/2026</td></tr>
        <tr><td>Interview time:</td><td>2:00 PM Mountain Time (3:00 PM Central)</td></tr>
        <tr><td>Format:</td><td>Microsoft Teams video interview; the link will arrive in a separate invitation</td></tr>
        <tr><td valign="top">Interviewers:</td><td>Corbin Yazzie, Talent Acquisition Partner<br>Dr. Helene Marchand, Manager, Network Strategy</td></tr>
        </table>
        <p>The interview will last 45 minutes. Please have a copy of your r&eacute;sum&eacute; handy; the panel may
        ask about the terminal-dwell analysis you described in your application.</p>
        <p>Should you need to reschedule, please contact Corbin Yazzie at
        <a href="mailto:corbin.yazzie@frontrangeintermodal.com">corbin.yazzie@frontrangeintermodal.com</a> at least 24 hours in advance.</p>
        <p>Sincerely,<br><br>Talent Acquisition<br>Front Range Intermodal Partners<br>Denver, Colorado</p>
        <p style="font-size:8pt;color:#777">Please do not reply to this message. This mailbox is not monitored.</p>
        <img src="https://careers-frontrangeintermodal.icims.com/icims2?mode=emailopen&amp;id=88123" width="1" height="1">
        </body></html>
        """)
    return message([
        rcv("smtp-out3.icims.com (smtp-out3.icims.com [64.79.112.63])", when, MT, "Ic1m5Tq9Ad"),
        ("From", addr("Front Range Intermodal Partners", "frontrangeintermodal+autoreply@talent.icims.com")),
        ("To", ME_TO),
        ("Subject", "Interview Confirmation - Rail Network Analyst (Req #2026-4417)"),
        ("Date", date(when, MT)),
        ("Message-ID", "<1730672405123.88123.JavaMail.icims@app-mailer-07.icims.com>"),
    ], alt(text(body, charset="iso-8859-1"), html(html_body, charset="iso-8859-1")))


@mail(n(13), family="workable", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-11-18 16:30", VAN), end=utc("2026-11-18 17:00", VAN),
      local="Wed 2026-11-18 16:30", local_end="2026-11-18 17:00", zone=VAN,
      contact="nadia.chen@salishsealogistics.ca", company="Salish Sea Logistics Software",
      note="Workable (Vancouver firm, remote role): Wed 18 Nov 4:30-5:00 PM PST (UTC-8) = Thu 19 Nov "
           "00:30-01:00Z, the next day in UTC (6:30 PM CST for Hannah); Reply-To is a Workable relay, "
           "contact = recruiter's direct address in the body")
def s13():
    when = "2026-11-12 10:44:37"
    body = t("""
        Hi Hannah,

        Thanks for picking a time. Your interview with Salish Sea Logistics Software is confirmed:

        Video interview - Product Analyst, Rail & Port Integrations
        Wednesday, November 18, 2026
        4:30 PM - 5:00 PM Pacific Time (that's 6:30 PM Central for you)
        Zoom: https://us06web.zoom.us/j/81724406639?pwd=U2FsaXNoU2Vh

        I know it's a late slot on your end - thanks for being flexible. It'll be me and Owen Price,
        our product lead for the terminal-operating-system connectors.

        If you need to reach me directly, I'm at nadia.chen@salishsealogistics.ca.

        Talk soon,
        Nadia Chen
        People & Talent, Salish Sea Logistics Software
        Vancouver, BC

        --
        Replies to this email go to Salish Sea Logistics Software's hiring team via Workable.
        """)
    html_body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#111">
        <p>Hi Hannah,</p>
        <p>Thanks for picking a time. Your interview with Salish Sea Logistics Software is confirmed:</p>
        <p style="background:#f2f7f7;padding:12px"><b>Video interview &ndash; Product Analyst, Rail &amp; Port Integrations</b><br>
        Wednesday, November 18, 2026<br>
        4:30 PM &ndash; 5:00 PM Pacific Time (that's 6:30 PM Central for you)<br>
        Zoom: <a href="https://us06web.zoom.us/j/81724406639?pwd=U2FsaXNoU2Vh">https://us06web.zoom.us/j/81724406639</a></p>
        <p>I know it's a late slot on your end &ndash; thanks for being flexible. It'll be me and Owen Price,
        our product lead for the terminal-operating-system connectors.</p>
        <p>If you need to reach me directly, I'm at <a href="mailto:nadia.chen@salishsealogistics.ca">nadia.chen@salishsealogistics.ca</a>.</p>
        <p>Talk soon,<br>Nadia Chen<br>People &amp; Talent, Salish Sea Logistics Software<br>Vancouver, BC</p>
        <p style="color:#999;font-size:12px">Replies to this email go to Salish Sea Logistics Software's hiring team via Workable.</p>
        </body></html>
        """)
    return message([
        rcv("mail-a12.workablemail.com (mail-a12.workablemail.com [198.2.179.12])", when, VAN, "Wk7a0Bl3Ls"),
        ("From", addr("Salish Sea Logistics Software", "noreply@candidates.workablemail.com")),
        ("Reply-To", "salish-sea-logistics-software+c8f1e2a704@candidates.workablemail.com"),
        ("To", ME),
        ("Subject", "Interview confirmed - Product Analyst, Rail & Port Integrations"),
        ("Date", date(when, VAN)),
        ("Message-ID", "<5f2e9c31a8b04d7e@candidates.workablemail.com>"),
    ], alt(text(body), html(html_body)))


@mail(n(14), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-30 10:00", CT), local="Mon 2026-11-30 10:00", zone=CT,
      contact="jpawlowski@ricespointdock.com", company="Rice's Point Dock Co.",
      note="Terse phone reply 'See you Mon 11/30 at 10' on top of Hannah's quoted proposal; US MM/DD, "
           "Duluth CST (UTC-6) -> 16:00Z; no length -> end null; contact = human sender")
def s14():
    when = "2026-11-24 21:02:40"
    body = t("""
        Works for me. See you Mon 11/30 at 10. Front office by the scale, ring the bell if nobody's at the desk.

        Jim

        Sent from my iPhone

        > On Nov 24, 2026, at 8:14 PM, Hannah Lindqvist <hannah.lindqvist@example.org> wrote:
        >
        > Hi Jim,
        >
        > Thanks again for the call today. Would Monday 11/30 at 10am work for coming down to the
        > dock to meet you and Carla? I'm flexible the rest of that week too if that's easier
        > after the holiday.
        >
        > Best,
        > Hannah
        """)
    return message([
        rcv("mail-pj1-f52.google.com (mail-pj1-f52.google.com [209.85.216.52])", when, CT, "Jp0m8Rd2Qe"),
        ("From", addr("Jim Pawlowski", "jpawlowski@ricespointdock.com")),
        ("To", ME_TO),
        ("Subject", "Re: Dock operations analyst - visit"),
        ("Date", date(when, CT)),
        ("Message-ID", "<7B3E1C2A-9F40-4D85-A1B6-2E8C0D7F4A19@ricespointdock.com>"),
        ("In-Reply-To", "<CAH7n2xR0m3Lp8qW2ev5Tz9uK1a@mail.example.org>"),
        ("References", "<CAH7n2xR0m3Lp8qW2ev5Tz9uK1a@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(15), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-03 09:00", CT), end=utc("2026-12-03 11:30", CT),
      local="Thu 2026-12-03 09:00", local_end="2026-12-03 11:30", zone=CT,
      contact="bree.halvorson@headwaterssc.com", company="Headwaters Supply Chain",
      note="GoodTime itinerary, three sessions Thu 3 Dec 9:00-9:45, 10:00-10:45, 11:00-11:30 AM CST -> "
           "start 15:00Z, end 17:30Z (first start to last end); contact = Reply-To coordinator")
def s15():
    when = "2026-11-25 15:37:12"
    body = t("""
        Hi Hannah,

        Your onsite interview for Senior Transportation Analyst with Headwaters Supply Chain is
        confirmed. Below is your itinerary. All times are Central Standard Time (CST).

        Thursday, December 3, 2026
        Headwaters Supply Chain - 800 Washington Ave N, Suite 600, Minneapolis, MN 55401

        9:00 AM - 9:45 AM    Ruth Engebretsen, Director of Transportation
        10:00 AM - 10:45 AM  Case study: lane consolidation (with Arjun Mehta and Kelsey Dahl)
        11:00 AM - 11:30 AM  Bree Halvorson, Recruiting Coordinator - wrap-up

        Parking: validated parking in the Washington Ave ramp; bring your ticket to the 6th floor front desk.
        Travel from Duluth will be reimbursed - keep your mileage log.

        Reply to this email with any questions. Happy Thanksgiving!

        Bree Halvorson
        Recruiting Coordinator, Headwaters Supply Chain

        Scheduled with GoodTime
        """)
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Hannah,</p>
        <p>Your onsite interview for <b>Senior Transportation Analyst</b> with Headwaters Supply Chain is
        confirmed. Below is your itinerary. All times are Central Standard Time (CST).</p>
        <h3 style="margin-bottom:4px">Thursday, December 3, 2026</h3>
        <div style="color:#666">Headwaters Supply Chain &ndash; 800 Washington Ave N, Suite 600, Minneapolis, MN 55401</div>
        <table cellpadding="6" style="border-collapse:collapse;margin-top:8px">
        <tr style="border-bottom:1px solid #ddd"><td>9:00 AM &ndash; 9:45 AM</td><td>Ruth Engebretsen, Director of Transportation</td></tr>
        <tr style="border-bottom:1px solid #ddd"><td>10:00 AM &ndash; 10:45 AM</td><td>Case study: lane consolidation (with Arjun Mehta and Kelsey Dahl)</td></tr>
        <tr><td>11:00 AM &ndash; 11:30 AM</td><td>Bree Halvorson, Recruiting Coordinator &ndash; wrap-up</td></tr>
        </table>
        <p>Parking: validated parking in the Washington Ave ramp; bring your ticket to the 6th floor front desk.
        Travel from Duluth will be reimbursed &ndash; keep your mileage log.</p>
        <p>Reply to this email with any questions. Happy Thanksgiving!</p>
        <p>Bree Halvorson<br>Recruiting Coordinator, Headwaters Supply Chain</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message([
        rcv("o22.sendgrid.goodtime.io (o22.sendgrid.goodtime.io [149.72.140.22])", when, CT, "Gt6e1Hs4Kx"),
        ("From", addr("Headwaters Supply Chain", "no-reply@goodtime.io")),
        ("Reply-To", addr("Bree Halvorson", "bree.halvorson@headwaterssc.com")),
        ("To", ME_TO),
        ("Subject", "Your interview itinerary - Senior Transportation Analyst, Thursday Dec 3"),
        ("Date", date(when, CT)),
        ("Message-ID", "<goodtime.itinerary.8a41c0e2f9b3@goodtime.io>"),
    ], alt(text(body), html(html_body)))


def _personio_original() -> bytes:
    when = "2026-12-03 16:05:30"
    zone = "Europe/Berlin"
    body = t("""
        Dear Hannah,

        Thank you for your application for the position of Logistics Analyst, North American Port
        Projects, based in our Duluth office.

        We are happy to confirm your interview:

        Date: Tuesday, 8 December 2026
        Time: 8:00 AM Central (CST) / 15:00 CET (Hamburg)
        Duration: 60 minutes
        Format: Microsoft Teams - the link follows in a separate invitation
        Participants: Katrin Albers (HR Business Partner), Jonas Feddersen (Head of Project Logistics)

        If anything comes up, please reply to this email.

        Kind regards
        Katrin Albers
        HR Business Partner
        Hansa Krantechnik GmbH | Hamburg - Duluth
        """)
    return message([
        ("From", addr("Hansa Krantechnik GmbH", "no-reply@mail.personio.de")),
        ("Reply-To", addr("Katrin Albers", "katrin.albers@hansa-krantechnik.de")),
        ("To", ME_TO),
        ("Subject", "Your interview at Hansa Krantechnik - Logistics Analyst, North American Port Projects"),
        ("Date", date(when, zone)),
        ("Message-ID", "<personio.20261203150530.7c1d9e@mail.personio.de>"),
    ], text(body))


@mail(n(16), family="forward_to_self", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-08 08:00", CT), end=utc("2026-12-08 09:00", CT),
      local="Tue 2026-12-08 08:00", local_end="2026-12-08 09:00", zone=CT,
      contact="katrin.albers@hansa-krantechnik.de", company="Hansa Krantechnik",
      note="Hannah forwards a Personio confirmation from her example.net address to herself as an attached "
           "message/rfc822; '8:00 AM Central (CST) / 15:00 CET', 'Duration: 60 minutes' -> 14:00-15:00Z; "
           "contact = Reply-To inside the forwarded message (the candidate and no-reply excluded)")
def s16():
    when = "2026-12-03 19:40:02"
    body = t("""
        for the calendar - Hansa, Tues am. Teams link still to come.

        Sent from my phone
        """)
    return message([
        ("From", addr("Hannah Lindqvist", "hannah.lindqvist@example.net")),
        ("To", ME_TO),
        ("Subject", "Fwd: Your interview at Hansa Krantechnik - Logistics Analyst, North American Port Projects"),
        ("Date", date(when, CT)),
        ("Message-ID", "<a3e0f5c2-1b7d-4e89-9c46-0d2f8b1e7a53@example.net>"),
    ], mixed(text(body, cte="7bit", charset="us-ascii"),
             attached_message(_personio_original(), filename="Your interview at Hansa Krantechnik.eml")))


# =========================================================================== positives: rescheduled


@mail(n(17), family="exchange_teams", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-02 10:00", CT), end=utc("2026-10-02 11:00", CT),
      local="Fri 2026-10-02 10:00", local_end="2026-10-02 11:00", zone=CT,
      contact="msolheim@stbrigidhealth.org", company="St. Brigid's Health",
      note="Exchange update (same UID as the 30 Sep request, SEQUENCE 1) moving the panel from Wed 30 Sep "
           "2:00 PM to Fri 2 Oct 10:00-11:00 AM; body zone label shows (UTC-06:00) but it is CDT -> "
           "15:00-16:00Z, ICS agrees; old and new time both in the text; contact = organizer")
def r1():
    when = "2026-09-28 08:31:14"
    body = t("""
        When: Friday, October 2, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Hannah,

        Doug has been pulled into a vendor review on Wednesday afternoon, so I've moved your panel
        from Wednesday 9/30 at 2:00 PM to Friday 10/2 at 10:00 AM. Same Teams link, same panel.
        Thanks for your flexibility - the updated invitation is attached.

        Maren

        Maren Solheim | Talent Acquisition Specialist
        St. Brigid's Health | 407 E 3rd St, Duluth, MN 55805
        O: 218-555-0188

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4ZTc2Y2MtOGE0ZC00YjFiLWJmZjEtMjEwOTgxZjZkYzQ1%40thread.v2/0>
        Meeting ID: 284 611 907 352
        Passcode: 9vW3Qs
        ________________________________________________________________________________
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Maren Solheim:mailto:msolheim@stbrigidhealth.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Doug Rasmussen:mailto:drasmussen@stbrigidhealth.org
        DESCRIPTION;LANGUAGE=en-US:Panel interview moved from Wednesday 9/30 2:00 PM to Friday 10/2 10:00 AM.\\n
        UID:040000008200E00074C5B7101A82E00800000000B1A74E22D14DDC010000000000000000100000009F3C0B7A55E1D2489B6E
        SUMMARY;LANGUAGE=en-US:Interview: Hannah Lindqvist - Supply Chain Logistics Analyst
        DTSTART;TZID=Central Standard Time:20261002T100000
        DTEND;TZID=Central Standard Time:20261002T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260928T133114Z
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
        END:VCALENDAR
        """)
    return message([
        rcv("NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2107.outbound.protection.outlook.com "
            "[40.107.93.107])", when, CT, "Rq2vN8cTs5"),
        ("From", addr("Maren Solheim", "msolheim@stbrigidhealth.org")),
        ("To", ME_TO),
        ("CC", addr("Doug Rasmussen", "drasmussen@stbrigidhealth.org")),
        ("Subject", "Updated: Interview: Hannah Lindqvist - Supply Chain Logistics Analyst"),
        ("Thread-Topic", "Interview: Hannah Lindqvist - Supply Chain Logistics Analyst"),
        ("Thread-Index", "AdzsFq8l1RkGx9H0Q5eXbW2kV3a1LgAC9xPw"),
        ("Date", date(when, CT)),
        ("Message-ID", "<SA1PR04MB8836D4C7A2E19B5F0364A8E2C7B19@SA1PR04MB8836.namprd04.prod.outlook.com>"),
        ("Importance", "high"),
        ("Content-Language", "en-US"),
    ], alt(text(body, cte="quoted-printable"), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(18), family="human_prose", lang="en-CA", interview=True, kind="rescheduled",
      start=utc("2026-10-09 13:30", ET), end=utc("2026-10-09 14:15", ET),
      local="Fri 2026-10-09 13:30", local_end="2026-10-09 14:15", zone=ET,
      contact="cfairweather@kamgrain.ca", company="Kaministiquia Grain Terminals",
      note="Thunder Bay (Eastern) moves Thursday 10:00 a.m. to 'Friday, October 9 at 1:30 p.m. Eastern "
           "(12:30 your time)', EDT -> 17:30Z; 'same 45 minutes' -> end 18:15Z; old and new time in the "
           "text; the quoted earlier mail still holds the old time")
def r2():
    when = "2026-10-06 09:12:47"
    body = t("""
        Hi Hannah,

        Change of plans on our end, sorry about this. Émilie has a vessel loading Thursday morning
        that she can't step away from, so I've moved our call from Thursday at 10:00 to:

          Friday, October 9 at 1:30 p.m. Eastern (12:30 p.m. your time)

        Same 45 minutes, same Teams link - Tanya will send the updated invite shortly. If Friday
        doesn't suit, tell me and we'll sort something out after the long weekend.

        Cheers,
        Colin

        Colin Fairweather
        Operations Manager | Kaministiquia Grain Terminals Ltd.
        Thunder Bay, Ontario
        807-555-0193

        -----Original Message-----
        From: Colin Fairweather <cfairweather@kamgrain.ca>
        Sent: Thursday, October 1, 2026 3:20 PM
        To: Hannah Lindqvist <hannah.lindqvist@example.org>
        Subject: RE: Analyst role - next step

        Hi Hannah,

        Thanks for getting back to me so quickly. Thursday works on our end, so let's lock it in:

          Thursday, October 8 at 10:00 a.m. Eastern (9:00 your time in Duluth)
        """)
    return message([
        rcv("mail.kamgrain.ca (mail.kamgrain.ca [198.51.100.23])", when, ET, "b2Mf7QxS08"),
        ("From", addr("Colin Fairweather", "cfairweather@kamgrain.ca")),
        ("To", ME_TO),
        ("Subject", "RE: Analyst role - next step"),
        ("Date", date(when, ET)),
        ("Message-ID", "<YT3PR01MB6412C1F08D2A7E5B3F0A9D44C21B@YT3PR01MB6412.CANPRD01.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<YT3PR01MB6412A8C03B1E4F7D2E9A1C55B07E@YT3PR01MB6412.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Importance", "normal"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(19), family="calendly", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-12-10 14:00", CT), end=utc("2026-12-10 14:30", CT),
      local="Thu 2026-12-10 14:00", local_end="2026-12-10 14:30", zone=CT,
      contact="shawna@bitterrootrail.com", company="Bitterroot Rail Services",
      note="Calendly 'Updated' mail (Montana firm, times shown in the invitee's Central zone): former Wed 9 "
           "Dec 1:00pm, new Thu 10 Dec 2:00pm-2:30pm CST -> 20:00-20:30Z; ICS agrees; contact = host Reply-To")
def r3():
    when = "2026-12-04 17:26:09"
    body = t("""
        Hi Hannah Lindqvist,

        Your event has been rescheduled by Shawna Reddick.

        Event Type:
        Hiring Manager Interview - Yard Planning Analyst

        Event Date/Time:
        2:00pm - 2:30pm (Central Time - US & Canada) on Thursday, December 10, 2026

        Former:
        1:00pm - 1:30pm (Central Time - US & Canada) on Wednesday, December 9, 2026

        Reason for rescheduling:
        "Our yard audit in Laurel got moved to Wednesday - sorry for the shuffle! Thursday is
        clear. - Shawna"

        Location:
        This is a Zoom web conference.
        https://bitterrootrail.zoom.us/j/86211093374

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/a90d7c12-44e8-4b5e-b7fc-3e6d1a208f95
        Reschedule: https://calendly.com/reschedulings/a90d7c12-44e8-4b5e-b7fc-3e6d1a208f95

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:a90d7c12-44e8-4b5e-b7fc-3e6d1a208f95@calendly.com
        DTSTAMP:20261204T172609Z
        DTSTART:20261210T200000Z
        DTEND:20261210T203000Z
        SEQUENCE:1
        SUMMARY:Hiring Manager Interview - Yard Planning Analyst between Shawna Reddick and Hannah Lindqvist
        ORGANIZER;CN=Shawna Reddick:mailto:shawna@bitterrootrail.com
        ATTENDEE;CN=Hannah Lindqvist;RSVP=TRUE:mailto:hannah.lindqvist@example.org
        LOCATION:https://bitterrootrail.zoom.us/j/86211093374
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("o3.email.calendly.com (o3.email.calendly.com [167.89.101.207])", when, UTCZ, "Cz8e4Nq1Pr"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Shawna Reddick", "shawna@bitterrootrail.com")),
        ("To", ME),
        ("Subject", "Updated: Hiring Manager Interview - Yard Planning Analyst with Shawna Reddick on Thursday, "
                    "December 10, 2026"),
        ("Date", date(when, UTCZ)),
        ("Message-ID", "<f2c94d7e81a0.20261204172609.calendly@calendly.com>"),
    ], mixed(alt(text(body, cte="7bit", charset="us-ascii"),
                 html(gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial">'))),
             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(20), family="agency_recruiter", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-12-16 11:30", CT), local="Wed 2026-12-16 11:30", zone=CT,
      contact="brittany.lund@lakeheadtalent.com", company="Portside Cold Storage",
      note="Agency recruiter moves the client interview from Tue 12/15 2pm to Wed 12/16 11:30 AM Central "
           "(CST, UTC-6) -> 17:30Z, already confirmed with the client; pasted Zoom block repeats the new "
           "time; no length -> end null; company = the hiring client, contact = recruiter sender")
def r4():
    when = "2026-12-11 11:20:36"
    body = t("""
        Hi Hannah!

        Quick change from Portside - Mike has a USDA inspection Tuesday afternoon, so they've moved your
        interview from Tues 12/15 at 2pm to Wednesday 12/16 at 11:30am Central. I already confirmed
        it with Mike's assistant since you told me Wednesdays are open, so you're all set unless you
        tell me otherwise. Same Zoom link as before, same people (Mike Sorensen and Ana Whitebird).

        Brittany Lund is inviting you to a scheduled Zoom meeting.

        Topic: Portside Cold Storage - Hannah Lindqvist (Inventory & Transportation Analyst)
        Time: Dec 16, 2026 11:30 AM Central Time (US and Canada)

        Join Zoom Meeting
        https://us02web.zoom.us/j/84410276615?pwd=UG9ydHNpZGVDb2xk

        Meeting ID: 844 1027 6615
        Passcode: 558120

        Good luck - call me after!

        Brittany Lund
        Senior Recruiter, Supply Chain & Logistics
        Lakehead Talent Partners | Duluth - Superior - Iron Range
        c: 218-555-0172 | brittany.lund@lakeheadtalent.com
        """)
    html_body = t("""
        <html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">
        <p>Hi Hannah!</p>
        <p>Quick change from Portside &ndash; Mike has a USDA inspection Tuesday afternoon, so they&#39;ve moved your
        interview from <s>Tues 12/15 at 2pm</s> to <b>Wednesday 12/16 at 11:30am Central</b>. I already confirmed
        it with Mike&#39;s assistant since you told me Wednesdays are open, so you&#39;re all set unless you
        tell me otherwise. Same Zoom link as before, same people (Mike Sorensen and Ana Whitebird).</p>
        <p>Brittany Lund is inviting you to a scheduled Zoom meeting.<br><br>
        Topic: Portside Cold Storage &ndash; Hannah Lindqvist (Inventory &amp; Transportation Analyst)<br>
        Time: Dec 16, 2026 11:30 AM Central Time (US and Canada)<br><br>
        Join Zoom Meeting<br><a href="https://us02web.zoom.us/j/84410276615?pwd=UG9ydHNpZGVDb2xk">https://us02web.zoom.us/j/84410276615?pwd=UG9ydHNpZGVDb2xk</a><br><br>
        Meeting ID: 844 1027 6615<br>Passcode: 558120</p>
        <p>Good luck &ndash; call me after!</p>
        <p>Brittany Lund<br>Senior Recruiter, Supply Chain &amp; Logistics<br>
        Lakehead Talent Partners | Duluth &ndash; Superior &ndash; Iron Range<br>
        c: 218-555-0172 | brittany.lund@lakeheadtalent.com</p>
        </div></body></html>
        """)
    return message([
        rcv("mail-bn8nam12on2119.outbound.protection.outlook.com (mail-bn8nam12on2119.outbound.protection.outlook.com "
            "[40.107.237.119])", when, CT, "Ag3n4Cy9Rm"),
        ("From", addr("Brittany Lund", "brittany.lund@lakeheadtalent.com")),
        ("To", ME_TO),
        ("Subject", "Portside interview moved to Wed 12/16"),
        ("Date", date(when, CT)),
        ("Message-ID", "<BN8PR12MB3401E7A2C96F0D4B18E5A37D2F0C8@BN8PR12MB3401.namprd12.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(body, charset="windows-1252"), html(html_body, charset="windows-1252")))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-10-19 13:00", CT), end=utc("2026-10-19 13:45", CT),
      local="Mon 2026-10-19 13:00", local_end="2026-10-19 13:45", zone=CT,
      contact="wolstad@prairieskygrain.coop", company="Prairie Sky Grain Cooperative",
      note="Google Calendar cancellation (METHOD:CANCEL) of Mon 19 Oct 1pm-1:45pm CDT -> 18:00-18:45Z, the "
           "cancelled slot; no new time offered; Fargo co-op; contact = organizer")
def c1():
    when = "2026-10-15 16:48:02"
    body = t("""
        This event has been canceled and removed from your calendar.

        Interview - Hannah Lindqvist (Grain Logistics Coordinator)
        When
        Monday Oct 19, 2026 1pm - 1:45pm Central Time - Chicago

        Guests
        * Wade Olstad - organizer
        * Becca Nordquist
        * hannah.lindqvist@example.org

        Message from organizer:
        Hannah - I'm sorry to do this by calendar. The board froze the coordinator position at
        yesterday's meeting until after harvest wraps up, so we're canceling Monday. I'll reach out
        if it reopens. - Wade

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email at the account hannah.lindqvist@example.org because you are an
        attendee of this event.
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n" \
          "METHOD:CANCEL\n" + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20261019T130000
        DTEND;TZID=America/Chicago:20261019T134500
        DTSTAMP:20261015T214802Z
        ORGANIZER;CN=Wade Olstad:mailto:wolstad@prairieskygrain.coop
        UID:7h3c1k9p0s5m2q8v4x6z1b0n3f@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=hannah.lindqvist@example.org;X-NUM-GUESTS=0:mailto:hannah.lindqvist@example.org
        CREATED:20261009T151204Z
        LAST-MODIFIED:20261015T214801Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview - Hannah Lindqvist (Grain Logistics Coordinator)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, CT, "Gx0c5Lp7Vn"),
        ("From", addr("Wade Olstad", "wolstad@prairieskygrain.coop")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Wade Olstad", "wolstad@prairieskygrain.coop")),
        ("To", ME),
        ("Subject", "Canceled event: Interview - Hannah Lindqvist (Grain Logistics Coordinator) @ Mon Oct 19, 2026 "
                    "1pm - 1:45pm (CDT) (hannah.lindqvist@example.org)"),
        ("Date", date(when, CT)),
        ("Message-ID", "<calendar-1d8e0a27-5c94-4b31-a6f2-e07b3c9d4f18@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64"),
                 calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(22), family="taleo", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-11-05 14:00", CT), local="Thu 2026-11-05 14:00", zone=CT,
      contact="amber.nguyen@northlandregional.org", company="Northland Regional Health",
      note="Taleo cancellation, HTML only, iso-8859-1 QP: interview '11/05/2026 at 2:00 PM CST' cancelled, "
           "position on hold, no new time; CST (after 1 Nov) -> 20:00Z; contact = recruiter address in body")
def c2():
    when = "2026-11-02 10:05:44"
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Hannah Lindqvist,</p>
        <p>We regret to inform you that your interview for Requisition <b>26-0412 Supply Chain Data Analyst</b>,
        scheduled for <b>11/05/2026 at 2:00 PM CST</b>, has been cancelled.</p>
        <p>The position has been placed on hold while our Supply Chain department completes a budget
        review. Your application will remain active in our system, and a member of the recruitment
        team will contact you if the requisition is reopened.</p>
        <p>We apologize for any inconvenience. For questions, please contact Amber Nguyen, Talent Acquisition,
        at <a href="mailto:amber.nguyen@northlandregional.org">amber.nguyen@northlandregional.org</a>.</p>
        <p>Regards,<br>Human Resources<br>Northland Regional Health &middot; Duluth, Minnesota</p>
        <p><i>This message was sent from an unmonitored mailbox. Please do not reply.</i></p>
        </font></body></html>
        """)
    return message([
        rcv("smtp3.taleo.net (smtp3.taleo.net [160.34.13.73])", when, CT, "Tl4e0Oc6Xa"),
        ("From", addr("Northland Regional Health", "noreply@taleo.net")),
        ("To", ME),
        ("Subject", "Interview Cancellation - 26-0412 Supply Chain Data Analyst"),
        ("Date", date(when, CT)),
        ("Message-ID", "<1146023815.4410.1793635544101.JavaMail.taleo@tbe05.taleo.net>"),
    ], html(html_body, charset="iso-8859-1"))


@mail(n(23), family="exchange_teams", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-12-01 09:00", MT), end=utc("2026-12-01 10:00", MT),
      local="Tue 2026-12-01 09:00", local_end="2026-12-01 10:00", zone=MT,
      contact="thaskins@wasatchrail.com", company="Wasatch Rail Analytics",
      note="Exchange cancellation (METHOD:CANCEL, TZID Mountain Standard Time) of Tue 1 Dec 9:00-10:00 AM "
           "MST -> 16:00-17:00Z; the organizer proposes Thursday 'same time' but nothing is fixed yet -> "
           "cancelled, start = the cancelled slot; contact = organizer")
def c3():
    when = "2026-11-27 13:15:29"
    body = t("""
        When: Tuesday, December 1, 2026 9:00 AM-10:00 AM (UTC-07:00) Mountain Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hannah,

        Apologies - I have to cancel Tuesday. I'm going to be up at the Ogden yard all day for a
        derailment review and won't have a connection I'd trust. Could we try Thursday at the same
        time instead? Let me know and I'll send a fresh invite.

        Trevor

        Trevor Haskins
        Manager, Network Analytics | Wasatch Rail Analytics
        Salt Lake City, UT
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ_MOUNTAIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Trevor Haskins:mailto:thaskins@wasatchrail.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist@example.org
        DESCRIPTION;LANGUAGE=en-US:Apologies - I have to cancel Tuesday.\\n
        UID:040000008200E00074C5B7101A82E00800000000D94F28B07A74DC01000000000000000010000000A5E73D1C2B90
        SUMMARY;LANGUAGE=en-US:Canceled: Interview - Hannah Lindqvist / Rail Data Analyst
        DTSTART;TZID=Mountain Standard Time:20261201T090000
        DTEND;TZID=Mountain Standard Time:20261201T100000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261127T201529Z
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
        rcv("NAM04-SN1-obe.outbound.protection.outlook.com (mail-sn1nam04on2098.outbound.protection.outlook.com "
            "[40.107.70.98])", when, MT, "Cn7c3Lx0Dw"),
        ("From", addr("Trevor Haskins", "thaskins@wasatchrail.com")),
        ("To", ME_TO),
        ("Subject", "Canceled: Interview - Hannah Lindqvist / Rail Data Analyst"),
        ("Thread-Topic", "Interview - Hannah Lindqvist / Rail Data Analyst"),
        ("Thread-Index", "AdzrBc7PqW3mZ0T5Q1+yVf9kH2aL8w=="),
        ("Date", date(when, MT)),
        ("Message-ID", "<DM6PR07MB5512B3E9A0F47C2D8E16B5A4F90D3@DM6PR07MB5512.namprd07.prod.outlook.com>"),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Content-Language", "en-US"),
    ], alt(text(body), calendar(ics, method="CANCEL")))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="en-US", interview=False, company="Mesabi & Lakehead Railway",
      note="Lever rejection after the 17 Sep phone screen; mentions the past interview, confirms nothing")
def x24():
    when = "2026-09-29 15:02:11"
    body = t("""
        Hi Hannah,

        Thank you for taking the time to speak with Dana on the 17th about the Rail Operations
        Planning Analyst role, and for your interest in Mesabi & Lakehead Railway.

        After careful consideration, we have decided to move forward with candidates whose
        experience more closely matches the crew-scheduling focus of this position. This was not an
        easy decision - we enjoyed learning about your work on vessel-to-rail transfer planning.

        We'll keep your profile on file and may reach out about future openings in our
        Proctor and Two Harbors operations.

        Best wishes in your search,
        Mesabi & Lakehead Railway Talent Team

        --
        Sent via Lever. Manage your email preferences at https://hire.lever.co/candidate-preferences
        """)
    return message([
        ("From", addr("Mesabi & Lakehead Railway", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Dana Kowalczyk", "dana.kowalczyk@mlrailway.com")),
        ("To", ME_TO),
        ("Subject", "Update on your application to Mesabi & Lakehead Railway"),
        ("Date", date(when, CT)),
        ("Message-ID", "<20260929200211.5e8a13c07f9d@hire.lever.co>"),
    ], text(body, cte="7bit"))


@mail(n(25), family="offer", lang="en-US", interview=False, company="Allouez Bay Bulk Terminal",
      days=(("Mon", "2026-11-16"), ("Fri", "2026-11-20"), ("Mon", "2026-12-07")),
      note="Offer letter from the Superior terminal: a call 'Monday at 9' to go over it and a reply "
           "deadline, both fixed, but an offer is not an interview")
def x25():
    when = "2026-11-12 16:45:30"
    body = t("""
        Hi Hannah,

        I'm very happy to share that we'd like to offer you the Rail Logistics Planner position at
        Allouez Bay Bulk Terminal. Everyone you met on the 2nd was impressed, and Dale in particular
        wants you in the rail office before the winter lay-up.

        The formal offer letter is attached. Highlights:
          - Base salary: $78,500
          - Start date: Monday, December 7, 2026 (flexible)
          - Medical/dental from day one, 401(k) with 5% match, 15 days PTO

        I'll give you a call Monday (11/16) at 9:00 to walk through the letter and answer any
        questions about benefits. We'd appreciate your answer by Friday, November 20.

        Congratulations!

        Lena Marchetti
        Terminal Operations Manager
        Allouez Bay Bulk Terminal | Superior, WI
        lena.marchetti@allouezbay.com | 715-555-0120
        """)
    letter = t("""
        ALLOUEZ BAY BULK TERMINAL
        5300 E. 2nd Street, Superior, WI 54880

        November 12, 2026

        Hannah Lindqvist
        Duluth, MN

        Dear Hannah,

        We are pleased to offer you employment as Rail Logistics Planner, reporting to the Terminal
        Operations Manager, at an annual base salary of $78,500.00, beginning Monday, December 7, 2026.
        This offer is contingent on a background check and a TWIC card.

        Please sign and return this letter by Friday, November 20, 2026.

        Sincerely,
        Lena Marchetti
        """)
    return message([
        ("From", addr("Lena Marchetti", "lena.marchetti@allouezbay.com")),
        ("To", ME_TO),
        ("Subject", "Offer - Rail Logistics Planner"),
        ("Date", date(when, CT)),
        ("Message-ID", "<CAL8mPx0vT3Qw7eN1bR5yZk2A9d@mail.allouezbay.com>"),
    ], mixed(text(body),
             text(letter, cte="base64", extra=(
                 ("Content-Disposition", 'attachment; filename="Offer_Letter_Lindqvist.txt"'),))))


@mail(n(26), family="application_ack", lang="en-US", interview=False, company="Elbe Port Systems",
      note="softgarden application receipt (German-owned firm with a Minneapolis office, English mail); "
           "says interviews may follow, no time")
def x26():
    when = "2026-09-08 08:12:40"
    body = t("""
        Dear Ms. Lindqvist,

        Thank you for your application as Terminal Data Analyst (m/f/d) - Minneapolis, MN, and for your
        interest in Elbe Port Systems.

        We have received your documents and will review them carefully. If your profile matches the
        requirements, we will contact you to arrange a first interview. Please understand that this
        may take two to three weeks.

        You can check the status of your application at any time in your candidate account:
        https://elbeportsystems.softgarden.io/en/candidate/login

        Kind regards
        Your Elbe Port Systems Recruiting Team

        Elbe Port Systems Inc. | 220 S 6th St, Minneapolis, MN 55402
        A subsidiary of Elbe Port Systems GmbH, Hamburg

        Privacy notice: https://elbeportsystems.softgarden.io/privacy
        """)
    html_body = "<html><body style=\"font-family:Arial;font-size:13px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message([
        ("From", addr("Elbe Port Systems Recruiting", "no-reply@softgarden.io")),
        ("To", ME),
        ("Subject", "Your application as Terminal Data Analyst (m/f/d) - Minneapolis, MN"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<sg.8813207.app.confirm.1789287160@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body, charset="iso-8859-1"), html(html_body, charset="iso-8859-1")))


@mail(n(27), family="application_ack", lang="en-US", interview=False, company="Fjordline Freight",
      note="Teamtailor application receipt (Minneapolis office of a Swedish-owned forwarder); no time")
def x27():
    when = "2026-09-16 11:30:02"
    html_body = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="background:#f6f6f6;font-family:Helvetica,Arial,sans-serif">
        <table align="center" width="560" style="background:#fff;padding:32px;font-size:15px;line-height:1.5;color:#1c1c1c">
        <tr><td>
        <p style="font-size:20px;font-weight:bold">Thanks for applying, Hannah!</p>
        <p>We've received your application for <b>Ocean &amp; Rail Pricing Analyst</b> at Fjordline Freight in Minneapolis.</p>
        <p>Our team reads every application. If there's a match, we'll get in touch to book an interview &mdash;
        usually within two weeks. In the meantime, feel free to learn more about life at Fjordline on our career site.</p>
        <p><a href="https://career.fjordlinefreight.com" style="color:#0a5f8a">career.fjordlinefreight.com</a></p>
        <p>Best regards,<br>The Fjordline Freight team</p>
        <p style="font-size:12px;color:#888">You're receiving this email because you applied for a job at Fjordline Freight.
        <a href="https://career.fjordlinefreight.com/connect/unsubscribe">Manage your data</a>.
        Powered by Teamtailor.</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("From", addr("Fjordline Freight", "no-reply@fjordlinefreight.teamtailor-mail.com")),
        ("To", ME),
        ("Subject", "Thanks for your application, Hannah"),
        ("Date", date(when, CT)),
        ("Message-ID", "<teamtailor.candidate.4471902.application-received@teamtailor-mail.com>"),
        ("List-Unsubscribe", "<https://career.fjordlinefreight.com/connect/unsubscribe>"),
    ], html(html_body))


@mail(n(28), family="job_alert", lang="en-US", interview=False, company=None,
      note="LinkedIn-style job alert for logistics analyst roles near Duluth; the word 'interview' only in "
           "'Easy Apply' tips, no time")
def x28():
    when = "2026-10-05 07:04:55"
    body = t("""
        Your job alert for logistics analyst in Duluth, Minnesota, United States
        8 new jobs match your preferences.

        Transportation Analyst
        Great Lakes Aggregates Co. - Duluth, MN (On-site)
        Actively recruiting

        Port Planning Specialist
        Superior Municipal Harbor - Superior, WI (Hybrid)
        3 connections work here

        Supply Chain Analyst II
        Iron Range Medical Supply - Hibbing, MN (On-site)
        Easy Apply

        Senior Logistics Analyst
        Cascadia Freightworks - United States (Remote)
        Be an early applicant

        Intermodal Operations Analyst
        Mill City Intermodal - Minneapolis, MN (Hybrid)
        Your profile matches this job

        See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=logistics%20analyst&location=Duluth

        Tip: Members who message the hiring team are more likely to get an interview.

        This email was intended for Hannah Lindqvist (Logistics Analyst | Rail & Port Operations)
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085
        """)
    return message([
        ("From", addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com")),
        ("To", ME_TO),
        ("Subject", "\"logistics analyst\": Mill City Intermodal - Intermodal Operations Analyst and 7 more"),
        ("Date", date(when, UTCZ)),
        ("Message-ID", "<1841733925.2118844.1791183895114@ltx1-app4412.prod.linkedin.com>"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(29), family="newsletter_tips", lang="en-CA", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Substack newsletter post about how rail hiring managers run panel interviews, with a live Q&A "
           "time; List-Unsubscribe; a blog post, not an interview")
def x29():
    when = "2026-10-20 06:30:00"
    body = t("""
        THE LOADED CAR
        Careers notes for people who move freight - by Meaghan Doucette

        Inside the rail panel interview: what the hiring manager is actually scoring

        I've sat on something like sixty interview panels at two Class I railways and a short line in
        northern Ontario. Here's the honest version of what happens after you log off.

        1. The first ten minutes decide the "can they talk to operations" box. Have one story about a
           yard or a terminal where your numbers changed what people did on the ground.
        2. The case question is rarely about the right answer. Most panels want to see you ask where
           the cars actually are before you optimise anything.
        3. "Do you have questions for us?" is scored. Ask about the crew board, not the benefits.

        Paid subscribers: our live Q&A on interview prep is Thursday, October 22 at 7 p.m. Eastern.
        Bring your questions.

        Reply to this post or leave a comment: https://theloadedcar.substack.com/p/inside-the-rail-panel

        (c) 2026 Meaghan Doucette - 548 Market Street PMB 72296, San Francisco, CA 94104
        Unsubscribe https://theloadedcar.substack.com/action/disable_email
        """)
    return message([
        ("From", addr("Meaghan Doucette · The Loaded Car", "theloadedcar@substack.com")),
        ("To", ME),
        ("Subject", "Inside the rail panel interview: what the hiring manager is actually scoring"),
        ("Date", date(when, ET)),
        ("Message-ID", "<20261020103000.3.9f1e7c2a4b8d6e0f@mg1.substack.com>"),
        ("List-Unsubscribe", "<https://theloadedcar.substack.com/action/disable_email>"),
        ("List-Id", "<theloadedcar.substack.com>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(30), family="self_schedule", lang="en-US", interview=False, company="Lakeview Tug & Barge",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14"), ("Thu", "2026-10-15")),
      note="Recruitee self-scheduling invitation: lists open slots to pick from, nothing booked yet")
def x30():
    when = "2026-10-08 14:10:26"
    body = t("""
        Hi Hannah,

        Thanks for applying for the Fleet Scheduling Analyst position at Lakeview Tug & Barge. We'd
        like to invite you to a 30-minute video interview with our Operations Manager, Sam Hietala.

        Please choose a time that works for you using the link below. Available slots are on
        Tuesday 10/13, Wednesday 10/14 and Thursday 10/15, between 9:00 AM and 3:00 PM Central.

        Pick a time: https://lakeviewtug.recruitee.com/o/fleet-scheduling-analyst/schedule/b7e2c9

        Once you've picked a slot you'll receive a calendar invitation with the video link.

        Kind regards,
        Lakeview Tug & Barge - Hiring Team
        """)
    return message([
        ("From", addr("Lakeview Tug & Barge", "noreply@mail.recruitee.com")),
        ("Reply-To", "lakeviewtug-candidate-9b31f0@inbound.recruitee.com"),
        ("To", ME_TO),
        ("Subject", "Schedule your interview - Fleet Scheduling Analyst"),
        ("Date", date(when, CT)),
        ("Message-ID", "<recruitee.6c0e1f3a2b95.interview-invite@mail.recruitee.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(31), family="recruiter_outreach", lang="en-US", interview=False, company="Iron Range Staffing Group",
      note="Agency cold outreach: 'open to a quick chat sometime next week?', no time fixed")
def x31():
    when = "2026-09-10 10:47:03"
    body = t("""
        Hi Hannah,

        I came across your profile and your background in port and rail logistics really stood out.
        I'm working on a confidential search for a Transportation Planning Lead with a mining
        company on the Iron Range - hybrid, 2 days a week in Virginia, MN. Comp is strong and they
        are interviewing in the next few weeks.

        Would you be open to a quick chat sometime next week? Happy to work around your schedule -
        just send me a couple of times that work, or grab something on my calendar:
        https://calendly.com/kcollins-irsg/15min

        Thanks,
        Kyle Collins
        Senior Recruiter | Iron Range Staffing Group
        kyle.collins@ironrangestaffing.com | 218-555-0139
        """)
    return message([
        ("From", addr("Kyle Collins", "kyle.collins@ironrangestaffing.com")),
        ("To", ME),
        ("Subject", "Transportation Planning Lead - Iron Range (confidential)"),
        ("Date", date(when, CT)),
        ("Message-ID", "<CAO4e1qL8m2Tz5Vw9XhK3rN0b7Y@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(32), family="proposed_not_confirmed", lang="en-US", interview=False, company="Great Lakes Fleet Services",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
      note="Hiring manager proposes 'Would Tuesday at 10 work?' with Wednesday as fallback; nothing "
           "confirmed yet -> negative")
def x32():
    when = "2026-11-11 15:32:18"
    body = t("""
        Hannah,

        Thanks for sending over the writeup on your car-cycle dashboard, that's exactly the kind of
        thing we're short on. I'd like to get you in to meet me and our fleet manager.

        Would Tuesday (11/17) at 10 work? If not, Wednesday the 18th after 1 is wide open. Let me know
        what works and I'll send an invite. We're at the Garfield Ave office, across from the
        elevator.

        Thanks,
        Roger Lindahl
        Director of Operations
        Great Lakes Fleet Services
        """)
    return message([
        ("From", addr("Roger Lindahl", "rlindahl@glfleetservices.com")),
        ("To", ME_TO),
        ("Subject", "RE: Fleet analyst opening"),
        ("Date", date(when, CT)),
        ("Message-ID", "<CH2PR11MB4390C8E1A5F02D7B9346E1A0B2D5F@CH2PR11MB4390.namprd11.prod.outlook.com>"),
        ("In-Reply-To", "<CAH7n2xT5q0Wm3Kp1Ly8Rz4aB7e@mail.example.org>"),
    ], text(body))


@mail(n(33), family="jobcentre_appointment", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Reemployment services (RESEA) appointment at the workforce center, fixed time Tue 20 Oct 9:30 "
           "AM; mentions job interviews as a topic; an unemployment-office appointment, not a job interview")
def x33():
    when = "2026-10-09 13:05:00"
    body = t("""
        NORTHEAST MINNESOTA CAREERFORCE CENTER - DULUTH
        Reemployment Services and Eligibility Assessment (RESEA)

        Hannah Lindqvist
        Claim ID: XXXXX-4471

        You are scheduled for a required RESEA appointment:

          Date:      Tuesday, October 20, 2026
          Time:      9:30 AM
          Place:     Duluth CareerForce Center, Government Services Center, 320 W 2nd St, Room 205
          With:      Employment Counselor (assigned at check-in)

        Please bring: a photo ID, your work search log for the last four weeks, and a current
        resume. We will review your work search, talk about upcoming job interviews or applications,
        and build a reemployment plan.

        Failure to attend this appointment may affect your unemployment insurance benefits. If you
        cannot attend, call 218-555-0100 at least 24 hours in advance to reschedule.

        This is an automated message. Do not reply to this email.
        """)
    return message([
        ("From", addr("CareerForce Northeast", "noreply@careerforce-nemn.org")),
        ("To", ME),
        ("Subject", "RESEA Appointment Notice - Action Required"),
        ("Date", date(when, CT)),
        ("Message-ID", "<resea.20261009.44711@careerforce-nemn.org>"),
    ], text(body, cte="7bit", charset="us-ascii"))


@mail(n(34), family="press", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Newspaper reporter confirms a phone interview with Hannah (as a port analyst at her current "
           "employer) about the end of the shipping season, Thursday at 2; press, not a job interview")
def x34():
    when = "2026-12-07 12:14:09"
    body = t("""
        Hi Hannah,

        Thanks for agreeing to talk - your colleague Paul said you're the person who actually knows
        where the tonnage numbers come from. I'll call you Thursday (Dec. 10) at 2 p.m. for the
        interview, should take 20 minutes or so. I'm writing a piece on the last salties leaving
        before the Soo Locks close and how the season compared with last year.

        A couple of things I'd like to cover:
          - grain vs. iron ore share this season
          - how late the last ocean vessel can realistically clear Duluth
          - anything you're seeing on rail handoffs at the terminals

        I'll call the cell number you gave me. If anything changes, my number is 218-555-0154.

        Thanks again,
        Dan Whitfield
        Business reporter, Lake Superior Ledger
        dwhitfield@lsledger.com
        """)
    return message([
        ("From", addr("Dan Whitfield", "dwhitfield@lsledger.com")),
        ("To", ME_TO),
        ("Subject", "Interview for shipping-season story - Thursday"),
        ("Date", date(when, CT)),
        ("Message-ID", "<CAF3kYp7Jq0mW2v8Lz1N4tR6sB9@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(35), family="podcast", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Podcast recording confirmation (guest interview episode) with ICS at Tue 10 Nov 3:00 PM CST; "
           "Hannah is the guest, not a job candidate")
def x35():
    when = "2026-11-04 09:40:51"
    body = t("""
        Hi Hannah,

        You're booked! Thanks for agreeing to come on Freight Forward to talk about how the Twin
        Ports juggle ships, trains and trucks in the last weeks of the season.

        Recording session: Tuesday, November 10, 2026, 3:00 PM - 4:00 PM Central (CST)
        Where: Riverside studio link - https://riverside.fm/studio/freight-forward-ep-118

        A few tips for guests:
          * Wired headphones if you have them, and a quiet room
          * We record video, but only audio goes in the episode
          * The interview is conversational - about 40 minutes plus setup

        Looking forward to it,
        Jess Amundsen
        Host & Producer, Freight Forward Podcast
        jess@freightforwardpod.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SavvyCal//SavvyCal//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:sc-ev-1c7b9e42@savvycal.com
        DTSTAMP:20261104T154051Z
        DTSTART:20261110T210000Z
        DTEND:20261110T220000Z
        SUMMARY:Freight Forward - guest recording (Hannah Lindqvist)
        LOCATION:https://riverside.fm/studio/freight-forward-ep-118
        ORGANIZER;CN=Jess Amundsen:mailto:jess@freightforwardpod.com
        ATTENDEE;CN=Hannah Lindqvist;RSVP=TRUE:mailto:hannah.lindqvist@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("From", addr("Jess Amundsen", "jess@freightforwardpod.com")),
        ("To", ME_TO),
        ("Subject", "Confirmed: Freight Forward guest interview - Tue Nov 10"),
        ("Date", date(when, CT)),
        ("Message-ID", "<01000199b1c2e3f4-savvycal-1c7b9e42@email.amazonses.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(36), family="admission_interview", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Part-time MBA admissions interview confirmation with ICS (Thu 19 Nov 5:30 PM CST); a school "
           "admission interview, not a job interview")
def x36():
    when = "2026-11-13 11:02:36"
    html_body = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <p>Dear Hannah,</p>
        <p>Thank you for applying to the <b>Part-Time Evening MBA</b> at the Kessler School of Business,
        Northern Lakes University. We are pleased to confirm your admissions interview:</p>
        <p style="margin-left:24px">
        <b>Thursday, November 19, 2026</b><br>
        5:30 PM &ndash; 6:00 PM Central Time<br>
        Zoom (link in the attached invitation)<br>
        Interviewer: Gloria Beaulieu, Associate Director of Admissions</p>
        <p>The interview is conversational and covers your professional goals, your leadership experience and
        why an MBA now. Business casual is fine. There is no need to prepare slides.</p>
        <p>With best wishes,<br>Office of Graduate Admissions<br>Kessler School of Business &middot; Northern Lakes University<br>
        <a href="mailto:mbaadmissions@northernlakes.edu">mbaadmissions@northernlakes.edu</a></p>
        </body></html>
        """)
    ics = VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:slate-interview-0b7e3c21-9a44@northernlakes.edu
        DTSTAMP:20261113T170236Z
        DTSTART;TZID=America/Chicago:20261119T173000
        DTEND;TZID=America/Chicago:20261119T180000
        SUMMARY:MBA Admissions Interview - Hannah Lindqvist
        LOCATION:https://northernlakes.zoom.us/j/97140028813
        ORGANIZER;CN=Graduate Admissions:mailto:mbaadmissions@northernlakes.edu
        ATTENDEE;CN=Hannah Lindqvist;RSVP=TRUE:mailto:hannah.lindqvist@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Technolutions//Slate//EN\nMETHOD:REQUEST\n" + ics + "END:VCALENDAR\n"
    return message([
        ("From", addr("Kessler MBA Admissions", "mbaadmissions@northernlakes.edu")),
        ("To", ME_TO),
        ("Subject", "Your MBA Admissions Interview is Confirmed"),
        ("Date", date(when, CT)),
        ("Message-ID", "<slate.7719204.20261113170236@technolutions.net>"),
    ], mixed(html(html_body), calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(37), family="sports_tryout", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Adult rec hockey league evaluation skate (try-out) Sat 26 Sep 7:15 PM via TeamSnap; not a job")
def x37():
    when = "2026-09-19 20:22:45"
    body = t("""
        TWIN PORTS WOMEN'S HOCKEY ASSOCIATION

        Hi Hannah,

        You're registered for the 2026-27 evaluation skate! Evals place everyone into the right
        division (A, B or C) - nobody gets cut, we promise.

        When: Saturday, September 26, 2026 - 7:15 PM to 8:30 PM (please be dressed by 7:05)
        Where: Lakewalk Ice Arena, Rink 2
        Bring: full gear, a white AND a dark jersey, water bottle

        Coaches will run skating, passing and a short scrimmage. Team assignments go out the
        following Wednesday.

        See you on the ice!
        Kari Moe, Registrar

        -- Sent via TeamSnap. Manage notifications in the TeamSnap app.
        """)
    return message([
        ("From", addr("Twin Ports Women's Hockey (via TeamSnap)", "noreply@teamsnap.com")),
        ("Reply-To", addr("Kari Moe", "registrar@tpwha.org")),
        ("To", ME),
        ("Subject", "Evaluation skate confirmed - Sat 9/26"),
        ("Date", date(when, CT)),
        ("Message-ID", "<teamsnap.msg.55120873.1790472165@teamsnap.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(38), family="car_service", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-10-31"),),
      note="Car-service appointment (winter tire changeover) confirmed for Sat 31 Oct 8:00 AM")
def x38():
    when = "2026-10-26 17:11:20"
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#003a70">Your service appointment is confirmed</h2>
        <p>Hi Hannah,</p>
        <p>Thanks for scheduling with Hermantown Auto Service.</p>
        <table cellpadding="4">
        <tr><td><b>Date</b></td><td>Saturday, October 31, 2026</td></tr>
        <tr><td><b>Drop-off time</b></td><td>8:00 AM</td></tr>
        <tr><td><b>Vehicle</b></td><td>2019 Subaru Outback</td></tr>
        <tr><td><b>Services</b></td><td>Seasonal tire changeover (winter set on wheels), rotate &amp; balance, multi-point inspection</td></tr>
        <tr><td><b>Advisor</b></td><td>Tony R.</td></tr>
        <tr><td><b>Estimated time</b></td><td>1.5 hours &ndash; waiting area with Wi-Fi and coffee</td></tr>
        </table>
        <p>Need to change your appointment? Call us at 218-555-0177 or use the link below.</p>
        <p><a href="https://book.hermantownauto.com/appt/8841203">Manage appointment</a></p>
        <p style="font-size:11px;color:#888">Hermantown Auto Service &middot; 4990 Miller Trunk Hwy, Hermantown, MN 55811</p>
        </body></html>
        """)
    return message([
        ("From", addr("Hermantown Auto Service", "appointments@hermantownauto.com")),
        ("To", ME),
        ("Subject", "Appointment Confirmation - Sat, Oct 31 at 8:00 AM"),
        ("Date", date(when, CT)),
        ("Message-ID", "<appt-8841203-confirm@book.hermantownauto.com>"),
    ], html(html_body, cte="base64"))


@mail(n(39), family="bank_appointment", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Credit union refinance closing / notary signing Fri 11 Dec 4:00 PM; a personal appointment")
def x39():
    when = "2026-12-03 10:26:33"
    body = t("""
        Hi Hannah,

        Good news - your refinance is clear to close! I've booked your signing appointment:

        Friday, December 11 at 4:00 PM
        North Shore Community Credit Union - London Road branch
        With: Sharon Kuusisto (notary) and me

        Please bring a government-issued photo ID for each borrower on the loan. The closing
        disclosure will arrive separately through the secure portal at least three business days
        before the signing. Allow about 45 minutes.

        Let me know if you have any questions!

        Megan Tollefson
        Mortgage Loan Officer, NMLS #1188420
        North Shore Community Credit Union
        mtollefson@northshoreccu.org | 218-555-0125
        """)
    return message([
        ("From", addr("Megan Tollefson", "mtollefson@northshoreccu.org")),
        ("To", ME_TO),
        ("Subject", "Your closing is scheduled - Friday 12/11"),
        ("Date", date(when, CT)),
        ("Message-ID", "<SJ0PR18MB5247A1C3F9E20D7B8C64E1F0A3B92@SJ0PR18MB5247.namprd18.prod.outlook.com>"),
    ], text(body, charset="windows-1252"))


@mail(n(40), family="mock_interview", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-10-30"),),
      note="Calendly booking of a 'Mock Interview' session with a career coach, Fri 30 Oct 12:00pm CDT, "
           "ICS attached; coaching, not a job interview")
def x40():
    when = "2026-10-24 15:08:17"
    body = t("""
        Hi Hannah Lindqvist,

        Your Mock Interview - Behavioral & Case (60 min) with Deb Larkin at 12:00pm (Central Time - US &
        Canada) on Friday, October 30, 2026 is scheduled.

        Event Type:
        Mock Interview - Behavioral & Case (60 min)

        Event Date/Time:
        12:00pm - 1:00pm (Central Time - US & Canada) on Friday, October 30, 2026

        Location:
        This is a Zoom web conference.
        https://us06web.zoom.us/j/88125503190

        Questions:
        What role are you preparing for?
        Senior logistics analyst - technical round with a rail network modeling case

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/d3f01e8a-2b6c-4c7e-9a15-77e0c4b2a6d1
        Reschedule: https://calendly.com/reschedulings/d3f01e8a-2b6c-4c7e-9a15-77e0c4b2a6d1

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:d3f01e8a-2b6c-4c7e-9a15-77e0c4b2a6d1@calendly.com
        DTSTAMP:20261024T200817Z
        DTSTART:20261030T170000Z
        DTEND:20261030T180000Z
        SUMMARY:Mock Interview - Behavioral & Case (60 min) between Deb Larkin and Hannah Lindqvist
        ORGANIZER;CN=Deb Larkin:mailto:deb@larkincareercoaching.com
        ATTENDEE;CN=Hannah Lindqvist;RSVP=TRUE:mailto:hannah.lindqvist@example.org
        LOCATION:https://us06web.zoom.us/j/88125503190
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Deb Larkin", "deb@larkincareercoaching.com")),
        ("To", ME),
        ("Subject", "Confirmed: Mock Interview - Behavioral & Case (60 min) with Deb Larkin on Friday, "
                    "October 30, 2026"),
        ("Date", date(when, CT)),
        ("Message-ID", "<a07c13e95b2f.20261024200817.calendly@calendly.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(41), family="forwarded_other_person", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Hannah's partner forwards HIS own Greenhouse interview confirmation (Thu 15 Oct 1:00 PM) 'so "
           "you know I need the car'; a confirmed interview, but not Hannah's")
def x41():
    when = "2026-10-10 18:52:04"
    body = t("""
        fyi - I got the interview at the hospital! Thursday afternoon, so I'll need the Subaru that
        day. Can you take the bus or get a ride from Kristen?

        M

        ---------- Forwarded message ---------
        From: Lakeside Medical Center <no-reply@us.greenhouse-mail.io>
        Date: Sat, Oct 10, 2026 at 2:31 PM
        Subject: Interview Confirmation: Facilities Maintenance Planner at Lakeside Medical Center
        To: Marcus Ekholm <marcus.ekholm@example.net>

        Hi Marcus,

        Your interview for the Facilities Maintenance Planner role is confirmed.

        Date: Thursday, October 15, 2026
        Time: 1:00 PM - 2:00 PM CDT
        Location: Lakeside Medical Center, Facilities Office (lower level), Duluth, MN

        You'll be meeting with Greg Sandstrom, Facilities Director.

        If you need to reschedule, simply reply to this email.

        Best,
        Lakeside Medical Center Recruiting
        """)
    return message([
        ("From", addr("Marcus Ekholm", "marcus.ekholm@example.net")),
        ("To", ME_TO),
        ("Subject", "Fwd: Interview Confirmation: Facilities Maintenance Planner at Lakeside Medical Center"),
        ("Date", date(when, CT)),
        ("Message-ID", "<CAJm0Zq4Tn8Xp1Rw7Ke3Lb9vC2d@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(42), family="interviewer_at_current_job", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Exchange invite from HR at Hannah's current employer asking her to interview an intern "
           "candidate (Thu 19 Nov 10:00-10:45 CST), auto-forwarded from her work address; she is the "
           "interviewer, not the candidate")
def x42():
    when = "2026-11-16 14:03:27"
    body = t("""
        When: Thursday, November 19, 2026 10:00 AM-10:45 AM (UTC-06:00) Central Time (US & Canada).
        Where: Zenith Dock - Conference Room B (Lakeside)

        Hi Hannah,

        Thanks for agreeing to sit in on interviews for the spring Operations Analytics intern. You'll
        be with Paul for this one. Candidate: Jordan Pike (UMD, supply chain major) - resume attached
        in Workday. Please focus on Excel/SQL and how they'd clean up the barge-tonnage sheet.

        Scorecards are due by end of day Friday.

        Thanks!
        Kristin Baird | HR Generalist
        Zenith Dock & Transload
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Kristin Baird:mailto:kbaird@zenithdock.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hlindqvist@zenithdock.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paul Gronseth:mailto:pgronseth@zenithdock.com
        UID:040000008200E00074C5B7101A82E00800000000F3B61C4A8E78DC0100000000000000001000000017A4C9E0B2D6
        SUMMARY;LANGUAGE=en-US:Intern interview: Jordan Pike (Operations Analytics)
        DTSTART;TZID=Central Standard Time:20261119T100000
        DTEND;TZID=Central Standard Time:20261119T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261116T200327Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Zenith Dock - Conference Room B (Lakeside)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Delivered-To", ME),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"hlindqvist@zenithdock.com {ME}"),
        ("From", addr("Kristin Baird", "kbaird@zenithdock.com")),
        ("To", addr("Hannah Lindqvist", "hlindqvist@zenithdock.com")),
        ("CC", addr("Paul Gronseth", "pgronseth@zenithdock.com")),
        ("Subject", "Intern interview: Jordan Pike (Operations Analytics)"),
        ("Date", date(when, CT)),
        ("Message-ID", "<MN2PR19MB3994E0A7C5B31F82D6A9E4C0D1F57@MN2PR19MB3994.namprd19.prod.outlook.com>"),
        ("Thread-Topic", "Intern interview: Jordan Pike (Operations Analytics)"),
        ("Thread-Index", "AdzuP0Lq7Vx2bT8mR5kW1nYc3Hf9eA=="),
    ], alt(text(body), calendar(ics, method="REQUEST")))


@mail(n(43), family="daycare_intake", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-09-14"),),
      note="Child-care center intake interview for Hannah's toddler, Mon 14 Sep 4:30 PM; not a job interview")
def x43():
    when = "2026-09-08 12:40:10"
    body = t("""
        Hi Hannah,

        We're so glad you're considering Little Loons for Elsa! As the next step in enrollment we
        hold a short intake interview with every family - it's a chance for us to hear about Elsa's
        routines, naps, allergies and anything else we should know, and for you to see the Toddler
        Room in action.

        We have you down for Monday, September 14 at 4:30 p.m. Elsa is welcome to come along.
        Please bring her immunization record and the signed enrollment packet.

        Warmly,
        Jolene Ostrowski
        Director, Little Loons Child Care Center
        1820 Woodland Ave, Duluth
        """)
    return message([
        ("From", addr("Jolene Ostrowski", "director@littleloonschildcare.org")),
        ("To", ME_TO),
        ("Subject", "Intake interview for Elsa - Monday 9/14"),
        ("Date", date(when, CT)),
        ("Message-ID", "<d41c7e09-82b3-4f6a-bc51-9e0a3f27d6c8@littleloonschildcare.org>"),
    ], text(body, cte="8bit"))


@mail(n(44), family="nanny_interview", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-09-05"),),
      note="A nanny candidate confirms the interview Hannah is conducting, 'Saturday at 10'; Hannah is "
           "the employer here, phone-written reply")
def x44():
    when = "2026-09-03 19:27:51"
    body = t("""
        Hi Hannah!! Saturday at 10 works great for the interview 😊 I'll bring my references and my CPR card. Is it ok if I park on the street?

        See you then!
        Abby

        Sent from Yahoo Mail for iPhone

        On Thursday, September 3, 2026, 6:58 PM, Hannah Lindqvist <hannah.lindqvist@example.org> wrote:

        Hi Abby, thanks for answering our ad for part-time help with Elsa. Could you come by this
        Saturday (9/5) at 10 for an interview? We're in Lakeside, address below.
        Hannah
        """)
    return message([
        ("From", addr("Abby Saari", "abbysaari2004@yahoo.example.com")),
        ("To", ME_TO),
        ("Subject", "Re: Nanny position - Saturday?"),
        ("Date", date(when, CT)),
        ("Message-ID", "<1209334517.771204.1788481671512@mail.yahoo.example.com>"),
        ("In-Reply-To", "<CAH7n2xU7r2Zp0Qw4Mn1Ks8eC3f@mail.example.org>"),
    ], text(body, cte="quoted-printable"))


@mail(n(45), family="medical_appointment", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-12-02"),),
      note="Clinic portal reminder for a blood-pressure follow-up, Wed 2 Dec 8:20 AM; not an interview")
def x45():
    when = "2026-11-25 08:00:04"
    body = t("""
        Appointment Reminder

        Hannah Lindqvist, you have an upcoming appointment:

        Wednesday December 2, 2026
        Arrive by 8:05 AM - Appointment at 8:20 AM
        BLOOD PRESSURE FOLLOW UP with Nadia Ruiz, PA-C
        Lakeside Family Medicine, 4621 E Superior St, Duluth MN

        Please bring your home blood pressure log and a list of current medications.

        To confirm or cancel, log in to MyLakeside: https://mylakeside.lakesidefm.org
        Do not reply to this message.
        """)
    return message([
        ("From", addr("MyLakeside", "noreply@lakesidefm.org")),
        ("To", ME),
        ("Subject", "Appointment reminder: Wed Dec 2"),
        ("Date", date(when, CT)),
        ("Message-ID", "<reminder.7749103.20261125@lakesidefm.org>"),
    ], text(body, cte="7bit", charset="us-ascii"))


@mail(n(46), family="auto_reply", lang="en-US", interview=False, company="Twin Ports Harbor Authority",
      note="Out-of-office auto-reply from the Harbor Authority recruiter to Hannah's thank-you note after "
           "the 15 Sep interview; quotes the subject, confirms nothing")
def x46():
    when = "2026-09-15 17:46:02"
    body = t("""
        Thank you for your message. I am out of the office from Wednesday, September 16 through Monday,
        September 21 with limited access to email. For urgent questions about an open position please
        contact HR at 218-555-0111.

        Rachel Kvale
        Talent Acquisition | Twin Ports Harbor Authority
        """)
    return message([
        ("From", addr("Rachel Kvale", "rkvale@twinportsharbor.org")),
        ("To", ME_TO),
        ("Subject", "Automatic reply: Thank you - Harbor Operations Analyst interview"),
        ("Date", date(when, CT)),
        ("Message-ID", "<BY5PR11MB4088F1E2A7C05D3B9E46C1A8D2B70@BY5PR11MB4088.namprd11.prod.outlook.com>"),
        ("In-Reply-To", "<CAH7n2xV0s5Mq8Rw2Lp6Nt1eD4g@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ], text(body, cte="7bit", charset="us-ascii"))


@mail(n(47), family="bounce", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-11-30"),),
      note="Delivery failure (multipart/report) for Hannah's own mail proposing 'Monday 11/30 at 10am' to a "
           "mistyped cc address; the returned message holds a time, but it is a bounce")
def x47():
    when = "2026-11-24 20:14:33"
    human = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <carla.wick@ricespointdock.co>: Host or domain name not found. Name service
            error for name=ricespointdock.co type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4Nq7Zt0B1kz9sQ
        X-Postfix-Sender: rfc822; hannah.lindqvist@example.org
        Arrival-Date: Tue, 24 Nov 2026 20:14:30 -0600 (CST)

        Final-Recipient: rfc822; carla.wick@ricespointdock.co
        Original-Recipient: rfc822;carla.wick@ricespointdock.co
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=ricespointdock.co type=A: Host not found
        """)
    original = message([
        ("From", addr("Hannah Lindqvist", ME)),
        ("To", addr("Jim Pawlowski", "jpawlowski@ricespointdock.com")),
        ("CC", "carla.wick@ricespointdock.co"),
        ("Subject", "Dock operations analyst - visit"),
        ("Date", date("2026-11-24 20:14:28", CT)),
        ("Message-ID", "<CAH7n2xR0m3Lp8qW2ev5Tz9uK1a@mail.example.org>"),
    ], text(t("""
        Hi Jim,

        Thanks again for the call today. Would Monday 11/30 at 10am work for coming down to the
        dock to meet you and Carla? I'm flexible the rest of that week too if that's easier
        after the holiday.

        Best,
        Hannah
        """), cte="7bit", charset="us-ascii"))
    report = multipart("report", text(human, cte="7bit", charset="us-ascii"),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    return message([
        ("From", "MAILER-DAEMON@mx.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, CT)),
        ("Message-ID", "<20261125021433.4Nq7Zt0B1kz9sQ@mx.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(n(48), family="meetup", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Meetup RSVP with ICS for a local supply-chain meetup panel on how hiring managers interview "
           "analysts, Thu 12 Nov 5:30 PM CST; an event, not an interview")
def x48():
    when = "2026-11-06 12:15:40"
    body = t("""
        You're going!

        Twin Ports Supply Chain & Logistics Meetup
        November Meetup: "How we interview analysts" - a hiring panel

        Thursday, November 12, 2026
        5:30 PM to 7:30 PM CST

        Lift Bridge Taproom, back room
        Canal Park, Duluth, MN

        Panelists from a railroad, a grain terminal and a 3PL talk about how they run interviews for
        analyst roles, then stick around for mock-interview speed rounds. Appetizers provided.

        Add to calendar: the .ics file is attached.

        See who's going: https://www.meetup.com/twin-ports-supply-chain/events/30418877/
        Unsubscribe from RSVP emails: https://www.meetup.com/account/comm/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Meetup//RemoteApi//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261106T181540Z
        DTSTART:20261112T233000Z
        DTEND:20261113T013000Z
        STATUS:CONFIRMED
        SUMMARY:November Meetup: How we interview analysts - a hiring panel
        DESCRIPTION:Twin Ports Supply Chain & Logistics Meetup\\nhttps://www.meetup.com/twin-ports-supply-chain/events/30418877/
        LOCATION:Lift Bridge Taproom (Canal Park\\, Duluth\\, MN)
        UID:event_30418877@meetup.com
        URL:https://www.meetup.com/twin-ports-supply-chain/events/30418877/
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("From", addr("Meetup", "info@meetup.com")),
        ("To", ME),
        ("Subject", "You're going to \"November Meetup: How we interview analysts\""),
        ("Date", date(when, CT)),
        ("Message-ID", "<rsvp.30418877.9911204.1794000940@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method=None, filename="event.ics", disposition="attachment",
                      ctype="text/calendar")))


@mail(n(49), family="mailing_list", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Google Groups list reply where another member describes his own interview at the railroad "
           "('mine was Thursday at 1:30'); list mail, not Hannah's interview")
def x49():
    when = "2026-09-20 21:38:12"
    body = t("""
        Not sure if it's the same req, but I had the phone screen with Dana at M&L last Thursday
        (9/17) at 1:30. Pretty standard - 30 minutes, mostly about crew scheduling and whether you've
        used a yard management system. They said panels would be in October.

        Good luck to whoever else is in the mix!

        -- Brent

        On Sat, Sep 19, 2026 at 8:05 PM Lisa Tran <lisa.tran.rail@example.com> wrote:
        > Anyone here interviewed at Mesabi & Lakehead recently? Curious what their process looks
        > like for the planning analyst roles.

        --
        You received this message because you are subscribed to the Google Groups "Upper Midwest Rail
        Ops" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to
        upper-midwest-rail-ops+unsubscribe@googlegroups.com.
        """)
    return message([
        ("From", addr("Brent Halloran", "brent.halloran@example.com")),
        ("Sender", "upper-midwest-rail-ops@googlegroups.com"),
        ("Reply-To", "upper-midwest-rail-ops@googlegroups.com"),
        ("To", "Upper Midwest Rail Ops <upper-midwest-rail-ops@googlegroups.com>"),
        ("Subject", "Re: [UMRO] Anyone interviewed at Mesabi & Lakehead?"),
        ("Date", date(when, CT)),
        ("Message-ID", "<CAB9pQ3mN7w1Tz4Xk0Lr8Vc5Fe2@mail.gmail.com>"),
        ("In-Reply-To", "<CAL1tR8qV2m0Xp5Nw7Kz3Be4Hd9@mail.gmail.com>"),
        ("List-Id", "<upper-midwest-rail-ops.googlegroups.com>"),
        ("List-Post", "<mailto:upper-midwest-rail-ops@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+8812047733+unsubscribe@googlegroups.com>"),
        ("Precedence", "list"),
        ("Mailing-list", "list upper-midwest-rail-ops@googlegroups.com; contact upper-midwest-rail-ops+owners@googlegroups.com"),
    ], text(body))


@mail(n(50), family="research_study", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="University research study confirms a phone 'screening interview' for participants, Wed 14 Oct "
           "2:00 PM; a study screening, not a job interview")
def x50():
    when = "2026-10-09 10:51:29"
    body = t("""
        Dear Hannah,

        Thank you for your interest in the Shift Work and Sleep Health Study at Arrowhead State
        University. Your phone screening interview is confirmed for:

            Wednesday, October 14, 2026 at 2:00 PM (Central)

        A member of the study team will call you at the number you provided. The screening takes
        about 15 minutes and covers your work schedule, sleep habits and general health, to see if
        you are eligible. Eligible participants receive up to $150 for completing the two-week study.

        This study has been approved by the ASU Institutional Review Board (IRB #2026-0318).
        Participation is voluntary.

        Sincerely,
        Mei-Ling Hoang
        Research Coordinator, Sleep & Circadian Health Lab
        Arrowhead State University
        sleepstudy@arrowheadstate.edu | 218-555-0162
        """)
    return message([
        ("From", addr("Mei-Ling Hoang", "mhoang@arrowheadstate.edu")),
        ("To", ME_TO),
        ("Subject", enc("Study screening confirmed – Shift Work & Sleep Health Study")),
        ("Date", date(when, CT)),
        ("Message-ID", "<BL3PR06MB7012A4E2C83F1D9B0E75F6C2A1D08@BL3PR06MB7012.namprd06.prod.outlook.com>"),
    ], text(body, charset="utf-8", cte="quoted-printable"))
