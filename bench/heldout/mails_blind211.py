"""blind211: a blind 50-mail held-out set, the inbox of Megan Kowalczyk (Des Moines, Central time).

Every mail is written by hand below, one function per mail; ``make.py`` does the MIME plumbing and
the label checks. Build and check with ``python3 bench/heldout/make_blind.py blind211``.
Written blind: without reading the detector, its tests, or any other held-out set.
"""

from __future__ import annotations

import random

from make import (
    VTZ,
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
)

SET = "blind211"
ORDER = random.Random(2110211).sample(range(1, 51), 50)


def n(key: int) -> str:
    """The file name of the mail written key-th (keys 1-23 positives, 24-50 negatives)."""
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "megan.kowalczyk@example.org"
MEGAN = addr("Megan Kowalczyk", ME)
WORK = "mkowalczyk@riverbendcasualty.com"
CHI = "America/Chicago"
NYC = "America/New_York"
LAX = "America/Los_Angeles"
DEN = "America/Denver"
STO = "Europe/Stockholm"
BER = "Europe/Berlin"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 4) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx2.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-10T15:00:00Z", end="2026-09-10T15:45:00Z",
      contact="rachel.tenney@prairiemutual.com", company="Prairie Mutual Insurance",
      local="Thu 2026-09-10 10:00", local_end="2026-09-10 10:45", zone=CHI,
      note="Greenhouse confirmation, 10:00-10:45 AM CDT (Des Moines, UTC-5 in September) = "
           "15:00-15:45Z; ICS in UTC agrees; contact = human Reply-To recruiter")
def p01() -> bytes:
    body = t("""
        Hi Megan,

        Thank you for scheduling time with us! Here are the details of your upcoming
        interview for the Senior Data Engineer, Claims Analytics role at Prairie Mutual
        Insurance.

        Thursday, September 10, 2026
        10:00 AM - 10:45 AM CDT

        Location: Microsoft Teams (join link in the calendar invitation)

        10:00 AM - 10:45 AM   Hiring Manager Interview
                              Devendra Anand, Director, Claims Data & Analytics

        If you need to make any changes, simply reply to this email and Rachel will help
        you out.

        We look forward to speaking with you!

        Prairie Mutual Insurance Talent Acquisition
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Megan,</p>
        <p>Thank you for scheduling time with us! Here are the details of your upcoming interview
        for the <b>Senior Data Engineer, Claims Analytics</b> role at Prairie Mutual Insurance.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td colspan="2"><b>Thursday, September 10, 2026</b><br>10:00 AM - 10:45 AM CDT</td></tr>
        <tr><td>Location</td><td>Microsoft Teams (join link in the calendar invitation)</td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Hiring Manager Interview<br>
        Devendra Anand, Director, Claims Data &amp; Analytics</td></tr>
        </table>
        <p>If you need to make any changes, simply reply to this email and Rachel will help you out.</p>
        <p>We look forward to speaking with you!</p>
        <p>Prairie Mutual Insurance Talent Acquisition</p>
        <img src="https://us.greenhouse-mail.io/o/7a1c9e2f.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-48213377-prairiemutual@greenhouse.io
        DTSTAMP:20260908T192214Z
        DTSTART:20260910T150000Z
        DTEND:20260910T154500Z
        SUMMARY:Interview: Megan Kowalczyk - Senior Data Engineer, Claims Analytics
        DESCRIPTION:Hiring Manager Interview with Devendra Anand\\nMicrosoft Teams: htt
         ps://teams.example.com/l/meetup-join/19%3ameeting_PMI48213377
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Rachel Tenney:mailto:rachel.tenney@prairiemutual.com
        ATTENDEE;CN=Megan Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:megan.kowalczyk@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("htt\n ps", "https")
    when = "2026-09-08 14:22:14"
    return message([
        ("Received", rcv("o3.us.greenhouse-mail.io", "167.89.21.14", when, CHI, "4QhT2m1Zk9")),
        ("From", addr("Prairie Mutual Insurance", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Rachel Tenney", "rachel.tenney@prairiemutual.com")),
        ("To", MEGAN),
        ("Subject", "Interview Confirmation: Senior Data Engineer, Claims Analytics"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<gh.48213377.a81f3c@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(2), family="lever", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-16T19:00:00Z", end="2026-09-16T20:00:00Z",
      contact="travis.oyelaran@heartlandgrain.coop", company="Heartland Grain Cooperative",
      local="Wed 2026-09-16 14:00", local_end="2026-09-16 15:00", zone=CHI,
      note="Lever confirmation, 'Wednesday, September 16 at 2:00 PM CDT', 'Duration: 60 minutes' "
           "-> 19:00-20:00Z; no Reply-To, contact = the recruiter's address in the body")
def p02() -> bytes:
    body = t("""
        Hi Megan,

        Your interview with Heartland Grain Cooperative has been confirmed.

        Position: Data Engineer - Member Services Analytics
        When: Wednesday, September 16, 2026 at 2:00 PM CDT
        Duration: 60 minutes
        Where: Video call - https://meet.example.com/hgc-data-eng-oyelaran
        Interviewers: Travis Oyelaran (Talent Partner), Lynn Vander Ploeg (Manager, Data Services)

        Need to change something? Contact Travis directly at travis.oyelaran@heartlandgrain.coop
        or (515) 555-0142. Please don't reply to this automated message.

        Good luck!
        Heartland Grain Cooperative | Ankeny, Iowa
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7"><div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;font-family:Helvetica,Arial,sans-serif">
        <p>Hi Megan,</p>
        <p>Your interview with <b>Heartland Grain Cooperative</b> has been confirmed.</p>
        <p><b>Position:</b> Data Engineer - Member Services Analytics<br>
        <b>When:</b> Wednesday, September 16, 2026 at 2:00 PM CDT<br>
        <b>Duration:</b> 60 minutes<br>
        <b>Where:</b> Video call - <a href="https://meet.example.com/hgc-data-eng-oyelaran">join link</a><br>
        <b>Interviewers:</b> Travis Oyelaran (Talent Partner), Lynn Vander Ploeg (Manager, Data Services)</p>
        <p>Need to change something? Contact Travis directly at
        <a href="mailto:travis.oyelaran@heartlandgrain.coop">travis.oyelaran@heartlandgrain.coop</a>
        or (515) 555-0142. Please don't reply to this automated message.</p>
        <p>Good luck!<br>Heartland Grain Cooperative | Ankeny, Iowa</p>
        <p style="color:#999;font-size:11px">Sent via Lever</p>
        </div></body></html>
        """)
    when = "2026-09-11 09:05:40"
    return message([
        ("Received", rcv("mail-a14.hire.lever.co", "198.2.179.30", when, CHI, "4QjB7s0Lqw")),
        ("From", addr("Heartland Grain Cooperative", "no-reply@hire.lever.co")),
        ("To", MEGAN),
        ("Subject", "Interview confirmed: Data Engineer - Member Services Analytics"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<0100019a1e6c53f2-lever-7d4e9b@hire.lever.co>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(3), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-15T14:30:00Z", contact="bhadley@cornerstonetalent.com",
      company="Cornbelt Community Credit Union", local="Tue 2026-09-15 09:30", zone=CHI,
      note="Agency recruiter from her phone: 'tomorrow at 9:30' against Date Mon 14 Sep 08:12 CDT -> "
           "Tue 15 Sep 09:30 CDT = 14:30Z; 'about an hour' is approximate so no end; company = the "
           "client doing the hiring, contact = the recruiter who sent it")
def p03() -> bytes:
    body = t("""
        Hi Megan!

        Great news — Cornbelt Community Credit Union wants to meet you tomorrow at 9:30 at their West Des Moines office (1450 Jordan Creek Pkwy, 3rd floor, check in at the front desk). You'll meet Gary Pfeiffer (IT Director) and one of his data leads, should be about an hour.

        Bring a couple copies of your resume, they're old school like that 🙂

        Call me after and tell me how it went!!

        Brooke

        Brooke Hadley | Senior Recruiter
        Cornerstone Talent Partners
        c: 515-555-0188

        Sent from my iPhone
        """)
    when = "2026-09-14 08:12:02"
    return message([
        ("Received", rcv("mail-yw1-f173.google.com", "209.85.128.173", when, CHI, "4QkM1f7Rtd")),
        ("From", addr("Brooke Hadley", "bhadley@cornerstonetalent.com")),
        ("To", MEGAN),
        ("Subject", "Cornbelt CU - you're on for tomorrow!"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<A91C3F2E-77B4-4D0E-9A51-3C2D8E0F1B64@cornerstonetalent.com>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, cte="8bit"))


CST_OUTLOOK_TEAMS = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.example.com/l/meetup-join/19%3ameeting_{mid}>
    Meeting ID: {num}
    Passcode: {code}
    Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Or call in (audio only)
    +1 515-555-0100,,{dial}#   United States, Des Moines
    Phone Conference ID: {dial}#
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.example.com/meetingOptions/>
    ________________________________________________________________________________
    """)


@mail(n(4), family="exchange_teams", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-22T18:30:00Z", end="2026-09-22T19:30:00Z",
      contact="joan.kessler@hds-iowa.gov", company="Iowa Department of Health Data Services",
      local="Tue 2026-09-22 13:30", local_end="2026-09-22 14:30", zone=CHI,
      note="Outlook meeting request from a state agency: 'When: ... 1:30 PM-2:30 PM (UTC-06:00) "
           "Central Time' - Outlook prints the standard offset, but on 22 Sep Central time is CDT "
           "(UTC-5) -> 18:30-19:30Z; ICS TZID 'Central Standard Time' agrees; contact = organizer")
def p04() -> bytes:
    teams = CST_OUTLOOK_TEAMS.format(mid="NjU4ZTFk", num="284 771 390 215", code="q7HsW2", dial="603 118 472")
    body = t("""
        Good morning Megan,

        Thank you for your interest in the IT Specialist 4 (Data Engineer) position with the Iowa
        Department of Health Data Services. You have been selected for a panel interview.
        The panel will be Joan Kessler (HR), Mark Dufresne (Data Services Bureau Chief) and
        Anita Rojas (Senior Database Administrator).

        The interview is scheduled for one hour. Please have a photo ID available on camera.
        A short technical question will be shared on screen during the interview.

        If you need a reasonable accommodation, please reply to this message.

        Joan Kessler
        Human Resources Associate
        Iowa Department of Health Data Services
        321 E. 12th Street, Des Moines, IA 50319
        515-555-0167 | joan.kessler@hds-iowa.gov

        """) + teams
    when_line = ("When: Tuesday, September 22, 2026 1:30 PM-2:30 PM (UTC-06:00) Central Time (US & Canada).\n"
                 "Where: Microsoft Teams Meeting\n\n")
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
            "<p>When: Tuesday, September 22, 2026 1:30 PM-2:30 PM (UTC-06:00) Central Time (US &amp; Canada).<br>"
            "Where: Microsoft Teams Meeting</p>\n"
            "<p>Good morning Megan,</p>\n<p>Thank you for your interest in the IT Specialist 4 (Data Engineer) "
            "position with the Iowa Department of Health Data Services. You have been selected for a panel "
            "interview. The panel will be Joan Kessler (HR), Mark Dufresne (Data Services Bureau Chief) and "
            "Anita Rojas (Senior Database Administrator).</p>\n<p>The interview is scheduled for one hour. "
            "Please have a photo ID available on camera. A short technical question will be shared on screen "
            "during the interview.</p>\n<p>If you need a reasonable accommodation, please reply to this message.</p>\n"
            "<p>Joan Kessler<br>Human Resources Associate<br>Iowa Department of Health Data Services<br>"
            "321 E. 12th Street, Des Moines, IA 50319<br>515-555-0167 | joan.kessler@hds-iowa.gov</p>\n"
            "<hr><p><b>Microsoft Teams meeting</b><br>Meeting ID: 284 771 390 215<br>Passcode: q7HsW2</p>\n"
            "</div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN="Kessler, Joan [HDS]":mailto:joan.kessler@hds-iowa.gov
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=megan.kowalczyk@example.org:mailto:megan.kowalczyk@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dufresne, Mark [HDS]":mailto:mark.dufresne@hds-iowa.gov
DESCRIPTION;LANGUAGE=en-US:Good morning Megan,\\n\\nThank you for your interest in the IT Specialist 4 (Data Engineer) position. You have been selected for a panel interview.\\n
UID:040000008200E00074C5B7101A82E0080000000070A9D3C3AE47DC01000000000000000010000000C39E1D0A2B6F7D4C8F1E
SUMMARY;LANGUAGE=en-US:Interview - IT Specialist 4 (Data Engineer) - Kowalczyk
DTSTART;TZID=Central Standard Time:20260922T133000
DTEND;TZID=Central Standard Time:20260922T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260917T160217Z
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
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    when = "2026-09-17 11:02:17"
    return message([
        ("Received", rcv("mail-cy1gcc02on2101.outbound.protection.outlook.com", "52.100.160.101", when, CHI,
                         "4QmZ8c3Hnv")),
        ("From", addr("Kessler, Joan [HDS]", "joan.kessler@hds-iowa.gov")),
        ("To", MEGAN),
        ("CC", addr("Dufresne, Mark [HDS]", "mark.dufresne@hds-iowa.gov")),
        ("Subject", "Interview - IT Specialist 4 (Data Engineer) - Kowalczyk"),
        ("Thread-Topic", "Interview - IT Specialist 4 (Data Engineer) - Kowalczyk"),
        ("Thread-Index", "AdxKb3F1c2Vy0YxN9kWq1e2P3aB4cQ=="),
        ("Date", date(when, CHI)),
        ("Message-ID", "<SA1PR09MB8123C3A9F0E2B41D7F5E6A21D09A2@SA1PR09MB8123.namprd09.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(when_line + body), html(page), calendar(ics, cte="base64")))


@mail(n(5), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-01T18:00:00Z", end="2026-10-01T18:45:00Z",
      contact="priya@tidewell.io", company="Tidewell Analytics",
      local="Thu 2026-10-01 11:00", local_end="2026-10-01 11:45", zone=LAX,
      note="Ashby confirmation from a San Francisco firm: 11:00-11:45 AM PDT (UTC-7) = 18:00-18:45Z; "
           "the body also gives 1:00-1:45 PM CDT for the candidate; ICS in UTC agrees; contact = "
           "human Reply-To")
def p05() -> bytes:
    body = t("""
        Hi Megan,

        Your interview is confirmed. We're excited to chat!

        Technical Screen - Senior Data Engineer (Remote, US)
        Thursday, October 1, 2026
        11:00 AM – 11:45 AM PDT  (1:00 PM – 1:45 PM CDT)
        Google Meet: https://meet.example.com/twa-kqpr-ssx

        You'll meet with:
          Hollis Nakamura — Staff Engineer, Data Platform

        Hollis will ask you to walk through a pipeline you've built and then do a short
        SQL/Python exercise together. No prep needed beyond a working browser.

        Need to reschedule? Just reply to this email and it will reach Priya Castellanos.

        Tidewell Analytics Recruiting
        """)
    page = (t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2430">
        <p>Hi Megan,</p>
        <p>Your interview is confirmed. We&#x27;re excited to chat!</p>
        <div style="border:1px solid #e3e6ee;border-radius:8px;padding:16px">
        <p style="margin:0;font-weight:600">Technical Screen - Senior Data Engineer (Remote, US)</p>
        <p style="margin:4px 0">Thursday, October 1, 2026<br>11:00 AM – 11:45 AM PDT&nbsp; (1:00 PM – 1:45 PM CDT)</p>
        <p style="margin:4px 0">Google Meet: <a href="https://meet.example.com/twa-kqpr-ssx">meet.example.com/twa-kqpr-ssx</a></p>
        </div>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Hollis Nakamura — Staff Engineer, Data Platform</p>
        <p>Hollis will ask you to walk through a pipeline you&#x27;ve built and then do a short SQL/Python
        exercise together. No prep needed beyond a working browser.</p>
        <p>Need to reschedule? Just reply to this email and it will reach Priya Castellanos.</p>
        <p>Tidewell Analytics Recruiting</p>
        <p style="font-size:11px;color:#8a90a0">Powered by Ashby</p>
        </body></html>
        """))
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:5c0a1e77-2f41-4b8e-9d1b-tidewell-ts-01
        DTSTAMP:20260925T171512Z
        DTSTART:20261001T180000Z
        DTEND:20261001T184500Z
        SEQUENCE:0
        SUMMARY:Tidewell Analytics – Technical Screen (Megan Kowalczyk)
        LOCATION:https://meet.example.com/twa-kqpr-ssx
        ORGANIZER;CN=Priya Castellanos:mailto:priya@tidewell.io
        ATTENDEE;CN=Megan Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:megan.kowalczyk@example.org
        ATTENDEE;CN=Hollis Nakamura;ROLE=REQ-PARTICIPANT:mailto:hollis@tidewell.io
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-25 10:15:12"
    return message([
        ("Received", rcv("a48-112.smtp-out.amazonses.com", "54.240.48.112", when, LAX, "4QpY3d5Kwe")),
        ("From", addr("Tidewell Analytics", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Priya Castellanos", "priya@tidewell.io")),
        ("To", MEGAN),
        ("Subject", enc("Interview confirmed: Technical Screen – Tidewell Analytics")),
        ("Date", date(when, LAX)),
        ("Message-ID", "<0100019a8c2e51d7-3f1b0c2a-7e44-4a8e-b9d3-5e6f7a8b9c0d-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(6), family="workday", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-05T14:00:00Z", end="2026-10-05T15:00:00Z",
      contact="shawna.brightwater@platteriver.com", company="Platte River Mutual",
      local="Mon 2026-10-05 09:00", local_end="2026-10-05 10:00", zone=CHI,
      note="Workday HTML-only notification from an Omaha insurer: 'Monday, October 5, 2026 9:00 AM - "
           "10:00 AM CDT' (Omaha and Des Moines are both Central) = 14:00-15:00Z; contact = the "
           "recruiter named with her address in the body")
def p06() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <table width="600" cellpadding="0" cellspacing="0" align="center" style="border:1px solid #d9d9d9">
        <tr><td style="background:#00457c;color:#ffffff;padding:14px;font-size:16px">Platte River Mutual Careers</td></tr>
        <tr><td style="padding:18px">
        <p>Dear Megan Kowalczyk,</p>
        <p>Thank you for your continued interest in the <b>Data Engineer III (R-26-0418)</b> position at Platte River Mutual.
        We are pleased to confirm your interview as follows:</p>
        <table cellpadding="3">
        <tr><td><b>Interview Type:</b></td><td>In Person - Panel</td></tr>
        <tr><td><b>Date:</b></td><td>Monday, October 5, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>9:00 AM - 10:00 AM CDT</td></tr>
        <tr><td><b>Location:</b></td><td>Platte River Mutual, 2210 Farnam Street, Omaha, NE 68102 &ndash; check in at the 1st floor security desk</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Carl Mendenhall, Amira Jaffe</td></tr>
        </table>
        <p>Visitor parking is available in the Farnam garage; bring your ticket to be validated.</p>
        <p>If you have any questions, please contact your recruiter, Shawna Brightwater, at
        <a href="mailto:shawna.brightwater@platteriver.com">shawna.brightwater@platteriver.com</a>.</p>
        <p>Sincerely,<br>Platte River Mutual Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:10px;font-size:10px;color:#777">This email was sent from an unmonitored mailbox.
        Please do not reply. To view your candidate home, sign in at platteriver.wd5.myworkdayjobs.com.</td></tr>
        </table></body></html>
        """)
    when = "2026-09-30 08:40:51"
    return message([
        ("Received", rcv("mailout-p3.myworkday.com", "216.48.101.33", when, CHI, "4QrC6b2Vmx")),
        ("From", addr("Platte River Mutual", "platteriver@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Data Engineer III (R-26-0418)"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<1897326544.48821.1790862051123@wd5-prod-mailer-12>"),
    ], html(page))


@mail(n(7), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-07T19:30:00Z", end="2026-10-07T20:00:00Z",
      contact="dana@switchyarddata.com", company="Switchyard Data",
      local="Wed 2026-10-07 14:30", local_end="2026-10-07 15:00", zone=CHI,
      note="Calendly invitee confirmation for a hiring-manager interview with a Kansas City startup: "
           "'2:30pm - 3:00pm, Wednesday, October 7, 2026 (Central Time - US & Canada)' = CDT -> "
           "19:30-20:00Z; contact = the host (Reply-To)")
def p07() -> bytes:
    body = t("""
        Hi Megan Kowalczyk,

        A new event has been scheduled.

        Event Type:
        Hiring Manager Interview - Senior Data Engineer

        Invitee:
        Megan Kowalczyk

        Invitee Email:
        megan.kowalczyk@example.org

        Event Date/Time:
        2:30pm - 3:00pm, Wednesday, October 7, 2026 (Central Time - US & Canada)

        Location:
        This is a Google Meet web conference.
        https://meet.example.com/syd-hmgr-wtq

        Host:
        Dana Whitfield (dana@switchyarddata.com)

        Questions:
        Anything you'd like Dana to know beforehand?
        I'm currently in P&C claims data (Snowflake + dbt) and most curious about your ingestion side.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6b1f0e2a-syd
        Reschedule: https://calendly.com/reschedulings/6b1f0e2a-syd

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:6b1f0e2a-syd@calendly.com
        DTSTAMP:20261002T021433Z
        DTSTART:20261007T193000Z
        DTEND:20261007T200000Z
        SUMMARY:Megan Kowalczyk and Dana Whitfield
        ORGANIZER;CN=Dana Whitfield:mailto:dana@switchyarddata.com
        ATTENDEE;CN=Megan Kowalczyk;RSVP=TRUE:mailto:megan.kowalczyk@example.org
        LOCATION:https://meet.example.com/syd-hmgr-wtq
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-01 21:14:33"
    return message([
        ("Received", rcv("o1.email.calendly.com", "149.72.134.18", when, CHI, "4QsF0h8Cpz")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Dana Whitfield", "dana@switchyarddata.com")),
        ("To", ME),
        ("Subject", "Confirmed: Hiring Manager Interview - Senior Data Engineer with Dana Whitfield "
                    "on Wednesday, October 7, 2026"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<6b1f0e2a.sydhm.20261002021433@calendly.com>"),
    ], mixed(text(body, cte="7bit"),
             calendar(ics, filename="invite.ics", disposition="attachment", ctype="application/ics",
                      method=None)))


@mail(n(8), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-13T14:00:00Z", end="2026-10-13T16:00:00Z",
      contact="kendra.oduya@harborlighthealth.com", company="Harborlight Health",
      local="Tue 2026-10-13 10:00", local_end="2026-10-13 12:00", zone=NYC,
      note="GoodTime itinerary from a Boston insurer, three back-to-back sessions 10:00 AM-12:00 PM "
           "EDT (UTC-4); first start to last end = 14:00-16:00Z; the candidate's CDT times (9-11) are "
           "shown too; contact = coordinator Reply-To")
def p08() -> bytes:
    body = t("""
        Hi Megan,

        Your virtual interview with Harborlight Health is confirmed. Here is your itinerary:

        Tuesday, October 13, 2026  (all times Eastern - EDT)

          10:00 AM - 10:45 AM   Data Modeling          Victor Almeida, Principal Data Engineer
          10:45 AM - 11:30 AM   Pipelines & Ops        Grace Whitlock, Engineering Manager
          11:30 AM - 12:00 PM   Culture & Questions    Kendra Oduya, Recruiting Coordinator

        Your local time (Central): 9:00 AM - 11:00 AM

        All three conversations use the same Zoom room:
        https://zoom.example.com/j/93318820417?pwd=hlh-itin

        Please reply to this email if anything comes up - it goes straight to Kendra.

        Best of luck,
        Harborlight Health Talent Team
        """)
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <p>Hi Megan,</p>
        <p>Your virtual interview with Harborlight Health is confirmed. Here is your itinerary:</p>
        <p><b>Tuesday, October 13, 2026</b> <span style="color:#666">(all times Eastern - EDT)</span></p>
        <table style="border-collapse:collapse" cellpadding="6" border="1" bordercolor="#dddddd">
        <tr><td>10:00 AM - 10:45 AM</td><td>Data Modeling</td><td>Victor Almeida, Principal Data Engineer</td></tr>
        <tr><td>10:45 AM - 11:30 AM</td><td>Pipelines &amp; Ops</td><td>Grace Whitlock, Engineering Manager</td></tr>
        <tr><td>11:30 AM - 12:00 PM</td><td>Culture &amp; Questions</td><td>Kendra Oduya, Recruiting Coordinator</td></tr>
        </table>
        <p>Your local time (Central): 9:00 AM - 11:00 AM</p>
        <p>All three conversations use the same Zoom room:
        <a href="https://zoom.example.com/j/93318820417?pwd=hlh-itin">https://zoom.example.com/j/93318820417</a></p>
        <p>Please reply to this email if anything comes up - it goes straight to Kendra.</p>
        <p>Best of luck,<br>Harborlight Health Talent Team</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    when = "2026-10-06 13:30:09"
    return message([
        ("Received", rcv("mta-07.goodtime.io", "168.245.66.7", when, NYC, "4QtW9n4Rsa")),
        ("From", addr("Harborlight Health", "no-reply@goodtime.io")),
        ("Reply-To", addr("Kendra Oduya", "kendra.oduya@harborlighthealth.com")),
        ("To", MEGAN),
        ("Subject", "Your interview itinerary - Harborlight Health - Tue, Oct 13"),
        ("Date", date(when, NYC)),
        ("Message-ID", "<gt-itin-20261006173009-8a7c1e@goodtime.io>"),
    ], alt(text(body), html(page)))


@mail(n(9), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-15T18:00:00Z", end="2026-10-15T19:00:00Z",
      contact="jenna.lindqvist@northstarclaims.com", company="North Star Claims Technology",
      local="Thu 2026-10-15 13:00", local_end="2026-10-15 14:00", zone=CHI,
      note="Google Calendar invitation from a Minneapolis recruiter, 'Thu Oct 15, 2026 1pm - 2pm "
           "(CDT)' = 18:00-19:00Z; ICS TZID America/Chicago agrees; contact = organizer/sender")
def p09() -> bytes:
    head = "Megan Kowalczyk / Data Engineer - technical interview"
    body = t(f"""
        You have been invited to the following event.

        Title: {head}
        Hi Megan - this is the 60-minute technical round with Arjun Bhatt (Sr. Data Engineer) and
        Tessa Kowal (Analytics Lead). Expect SQL on a claims-style schema and some pipeline design.
        Looking forward to it!  - Jenna
        When: Thu Oct 15, 2026 1pm – 2pm Central Time - Chicago
        Joining info: Join with Google Meet
        https://meet.example.com/nsc-tech-rnd

        Calendar: megan.kowalczyk@example.org
        Who:
            * jenna.lindqvist@northstarclaims.com - organizer
            * arjun.bhatt@northstarclaims.com
            * tessa.kowal@northstarclaims.com
            * megan.kowalczyk@example.org

        Event details: https://calendar.google.com/calendar/event?action=VIEW&eid=NnNjdGVjaHJuZA

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account megan.kowalczyk@example.org because you
        are an attendee of this event.

        To stop receiving future updates for this event, decline this event. Alternatively you can sign
        up for a Google account at https://calendar.google.com/calendar/ and control your notification
        settings for your entire calendar.

        Forwarding this invitation could allow any recipient to send a response to the organizer and be
        added to the guest list, or invite others regardless of their own invitation status, or to
        modify your RSVP. Learn More To Know More: https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t(f"""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from Jenna Lindqvist"/></span></span>
        <div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;">
        <tr><td><div style="padding:2px"><h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222">{head}</h3>
        <p>Hi Megan - this is the 60-minute technical round with Arjun Bhatt (Sr. Data Engineer) and Tessa Kowal (Analytics Lead).
        Expect SQL on a claims-style schema and some pipeline design. Looking forward to it!&nbsp; - Jenna</p>
        <table cellpadding="0" cellspacing="0" border="0" summary="Event details">
        <tr><td style="padding:0 1em 10px 0;white-space:nowrap"><div><i style="font-style:normal;color:#888">When</i></div></td>
        <td style="padding-bottom:10px">Thu Oct 15, 2026 1pm – 2pm <span style="color:#888">Central Time - Chicago</span></td></tr>
        <tr><td style="padding:0 1em 10px 0;white-space:nowrap"><div><i style="font-style:normal;color:#888">Joining info</i></div></td>
        <td style="padding-bottom:10px"><a href="https://meet.example.com/nsc-tech-rnd">meet.example.com/nsc-tech-rnd</a></td></tr>
        <tr><td style="padding:0 1em 10px 0;white-space:nowrap"><div><i style="font-style:normal;color:#888">Who</i></div></td>
        <td><ul style="margin:0;padding-left:14px"><li>jenna.lindqvist@northstarclaims.com <span style="color:#888">- organizer</span></li>
        <li>arjun.bhatt@northstarclaims.com</li><li>tessa.kowal@northstarclaims.com</li><li>megan.kowalczyk@example.org</li></ul></td></tr>
        </table></div></td></tr></table></div>
        <p style="color:#888;font-size:11px">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[CHI]}
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20261015T130000
DTEND;TZID=America/Chicago:20261015T140000
DTSTAMP:20261009T202011Z
ORGANIZER;CN=Jenna Lindqvist:mailto:jenna.lindqvist@northstarclaims.com
UID:3k8v1q2r7tnsc0tech@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=jenna.lindqvist@northstarclaims.com;X-NUM-GUESTS=0:mailto:jenna.lindqvist@northstarclaims.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=megan.kowalczyk@example.org;X-NUM-GUESTS=0:mailto:megan.kowalczyk@example.org
X-GOOGLE-CONFERENCE:https://meet.example.com/nsc-tech-rnd
CREATED:20261009T201944Z
DESCRIPTION:Hi Megan - this is the 60-minute technical round with Arjun Bhatt and Tessa Kowal.
LAST-MODIFIED:20261009T202011Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{head}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-09 15:20:11"
    return message([
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", when, CHI, "4QvK2j6Tbf")),
        ("From", addr("Jenna Lindqvist", "jenna.lindqvist@northstarclaims.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "jenna.lindqvist@northstarclaims.com"),
        ("To", ME),
        ("Subject", enc(f"Invitation: {head} @ Thu Oct 15, 2026 1pm - 2pm (CDT) (megan.kowalczyk@example.org)")),
        ("Date", date(when, CHI)),
        ("Message-ID", "<calendar-3c1d7e9a-5b2f-4f0e-8a1d-nsc0tech0015@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, cte="7bit")),
             calendar(ics, cte="base64", ctype="application/ics", method=None, filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(10), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-20T20:00:00Z", end="2026-10-20T21:00:00Z",
      contact="colleen.farris@lakeshorere.com", company="Lakeshore Reinsurance",
      local="Tue 2026-10-20 15:00", local_end="2026-10-20 16:00", zone=CHI,
      note="SmartRecruiters mail whose body only says 'details in the attached invitation': the time "
           "is only in the ICS, DTSTART;TZID=America/Chicago 15:00-16:00 on 20 Oct (CDT) = "
           "20:00-21:00Z; ORGANIZER is the no-reply address, so contact = coordinator in the body")
def p10() -> bytes:
    body = t("""
        Hi Megan,

        Good news! Your interview for Data Engineer II (Chicago / Hybrid) at Lakeshore Reinsurance
        has been scheduled. Please find the date, time and video link in the attached calendar
        invitation, and add it to your calendar.

        You will be speaking with:
          - Omar Haddix, Manager, Treaty Data
          - Lena Strom, Senior Data Engineer

        If you need to reschedule, contact Colleen Farris (Talent Acquisition Coordinator) at
        colleen.farris@lakeshorere.com.

        Kind regards,
        Lakeshore Reinsurance Recruiting Team

        --
        This message was sent via SmartRecruiters. Replies to this address are not monitored.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ[CHI]}
BEGIN:VEVENT
UID:sr-int-7e2b1c44-lakeshore@smartrecruiters.com
DTSTAMP:20261014T160308Z
DTSTART;TZID=America/Chicago:20261020T150000
DTEND;TZID=America/Chicago:20261020T160000
SUMMARY:Interview: Data Engineer II - Lakeshore Reinsurance
DESCRIPTION:Video interview with Omar Haddix and Lena Strom.\\nJoin: https://teams.example.com/l/meetup-join/19%3ameeting_LSRE7e2b
LOCATION:Microsoft Teams
ORGANIZER;CN=Lakeshore Reinsurance:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Megan Kowalczyk;RSVP=TRUE:mailto:megan.kowalczyk@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-14 11:03:08"
    return message([
        ("Received", rcv("mta-03.smartrecruiters.com", "35.157.14.203", when, CHI, "4QwB5g1Mny")),
        ("From", addr("Lakeshore Reinsurance", "noreply@smartrecruiters.com")),
        ("To", MEGAN),
        ("Subject", "Interview scheduled: Data Engineer II"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<sr.7e2b1c44.1792000988@smartrecruiters.com>"),
    ], mixed(text(body, cte="7bit"),
             calendar(ics, filename="interview.ics", disposition="attachment", name_param=True)))


@mail(n(11), family="microsoft_bookings", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-27T15:00:00Z", end="2026-10-27T15:30:00Z", contact=None,
      company="Hawkeye Valley Credit Union",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 10:30", zone=CHI,
      note="Microsoft Bookings confirmation from a credit union's interview mailbox: '10:00 AM - "
           "10:30 AM (UTC-06:00) Central Time (US & Canada)' - the label shows the standard offset "
           "but 27 Oct is still CDT (UTC-5) -> 15:00-15:30Z, as the ICS (TZID Central Standard "
           "Time) says; only a staff name, no personal address -> contact null")
def p11() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px">
        <p style="font-size:20px">Your booking is confirmed</p>
        <p>Hi Megan Kowalczyk,</p>
        <p>Thanks for booking with Hawkeye Valley Credit Union. Here are your booking details.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Data Engineer - First Interview (Virtual)</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Tuesday, October 27, 2026 10:00 AM - 10:30 AM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Marisol Dupree</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting</td></tr>
        </table>
        <p><a href="https://teams.example.com/l/meetup-join/19%3ameeting_HVCU2710">Join your appointment</a></p>
        <p>Need to make changes? <a href="https://outlook.office365.com/owa/calendar/HawkeyeValleyInterviews@hvcu.org/bookings/">Manage booking</a></p>
        <p style="font-size:12px;color:#605e5c">Hawkeye Valley Credit Union &middot; 4100 Fleur Drive, Des Moines, IA 50321</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Hawkeye Valley Interviews:mailto:HawkeyeValleyInterviews@hvcu.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Megan Kowalczyk:mailto:megan.kowalczyk@example.org
DESCRIPTION;LANGUAGE=en-US:Data Engineer - First Interview (Virtual) with Marisol Dupree
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC01000000000000000010000000HVCU
SUMMARY;LANGUAGE=en-US:Data Engineer - First Interview (Virtual)
DTSTART;TZID=Central Standard Time:20261027T100000
DTEND;TZID=Central Standard Time:20261027T103000
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
DTSTAMP:20261021T141244Z
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-21 09:12:44"
    return message([
        ("Received", rcv("mail-dm6nam12on2118.outbound.protection.outlook.com", "40.107.243.118", when, CHI,
                         "4QxH7k0Wqd")),
        ("From", addr("Hawkeye Valley Interviews", "HawkeyeValleyInterviews@hvcu.org")),
        ("To", MEGAN),
        ("Subject", "Booking confirmed: Data Engineer - First Interview (Virtual) with Hawkeye Valley "
                    "Credit Union"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<DM6PR12MB4417B6E8A1C24F0D9E7C3B55A9E12@DM6PR12MB4417.namprd12.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsItem", "true"),
    ], alt(html(page), calendar(ics, cte="base64")))


@mail(n(12), family="human_reply_thread", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-02T15:00:00Z", contact="wes.hartung@tallgrassgenetics.com",
      company="Tallgrass Genetics", local="Mon 2026-11-02 09:00", zone=CHI,
      note="Hiring manager at a seed company replies 'Monday at 9 works great' on top of the "
           "candidate's two options; Date Thu 29 Oct (CDT) -> Monday 2 Nov, after US DST ended on "
           "1 Nov, so 09:00 CST (UTC-6) = 15:00Z; 'roughly 90 minutes' is approximate -> no end")
def p12() -> bytes:
    body = t("""
        Megan,

        Monday at 9 works great. Come to the main entrance of the research campus
        (6800 NW 62nd Ave, Johnston) and ask for me at the front desk - visitor lot
        is on the left past the greenhouses. Plan on roughly 90 minutes: me first,
        then Priscilla Aukes from our data platform team, then a quick walk through
        the seed-lab data flow if there's time.

        Look forward to it.

        Wes

        Wes Hartung
        Manager, Breeding Data Systems
        Tallgrass Genetics
        515-555-0123

        -----Original Message-----
        From: Megan Kowalczyk <megan.kowalczyk@example.org>
        Sent: Thursday, October 29, 2026 12:06 PM
        To: Hartung, Wes <wes.hartung@tallgrassgenetics.com>
        Subject: RE: Data Engineer - next step

        Hi Wes,

        Thanks again for the call last week - I'd be glad to come out to Johnston.
        Monday 11/2 at 9:00 or Tuesday 11/3 at 1:00 would both work for me.

        Best,
        Megan

        -----Original Message-----
        From: Hartung, Wes <wes.hartung@tallgrassgenetics.com>
        Sent: Wednesday, October 28, 2026 4:51 PM
        To: Megan Kowalczyk <megan.kowalczyk@example.org>
        Subject: Data Engineer - next step

        Hi Megan, we'd like to bring you on site to meet the team. What works early next week?
        I've got Mon morning or Tue afternoon open. Our résumé review panel liked your
        claims-lakehouse project a lot.

        Wes
        """)
    when = "2026-10-29 17:40:26"
    return message([
        ("Received", rcv("mail-bn8nam11on2092.outbound.protection.outlook.com", "40.107.236.92", when, CHI,
                         "4QyM3p8Xre")),
        ("From", addr("Hartung, Wes", "wes.hartung@tallgrassgenetics.com")),
        ("To", MEGAN),
        ("Subject", "RE: Data Engineer - next step"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<BN8PR04MB6261F0A2C9D84E1BB7F0E2C4D6A81@BN8PR04MB6261.namprd04.prod.outlook.com>"),
        ("In-Reply-To", "<CAMk7qZ1x9vHn2Lr8p0Tg4bQe@mail.example.org>"),
        ("References", "<BN8PR04MB6261A1B2C3@BN8PR04MB6261.namprd04.prod.outlook.com> "
                       "<CAMk7qZ1x9vHn2Lr8p0Tg4bQe@mail.example.org>"),
        ("Thread-Topic", "Data Engineer - next step"),
    ], text(body, charset="iso-8859-1"))


@mail(n(13), family="exchange_teams", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-03T16:00:00Z", end="2026-11-03T17:00:00Z",
      contact="thalvorsen@meridiancrane.com", company="Meridian & Crane Risk Partners",
      local="Tue 2026-11-03 11:00", local_end="2026-11-03 12:00", zone=NYC,
      note="Outlook meeting request from New York sent Fri 30 Oct (still EDT) for Tue 3 Nov, after "
           "the 1 Nov change: 11:00 AM-12:00 PM EST (UTC-5) = 16:00-17:00Z; body adds '10 AM your "
           "time'; ICS TZID 'Eastern Standard Time' agrees; contact = organizer")
def p13() -> bytes:
    teams = CST_OUTLOOK_TEAMS.format(mid="ZmE4MzQy", num="219 554 803 661", code="Xk3q9P",
                                     dial="771 402 995").replace("Des Moines", "New York City")
    body = t("""
        When: Tuesday, November 3, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Megan -

        Sending the formal invite for our conversation on Tuesday. That's 11 Eastern / 10 AM your
        time - note the clocks change this weekend, so the gap stays one hour. I'll have Ruth
        Abernathy from our catastrophe-modeling group join for the second half.

        Tobias

        Tobias Halvorsen | Director, Data Engineering
        Meridian & Crane Risk Partners
        One Liberty Plaza, 31st Floor, New York, NY 10006
        T 212-555-0174

        """) + teams
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN="Halvorsen, Tobias":mailto:thalvorsen@meridiancrane.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Megan Kowalczyk:mailto:megan.kowalczyk@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Abernathy, Ruth":mailto:rabernathy@meridiancrane.com
DESCRIPTION;LANGUAGE=en-US:Megan - Sending the formal invite for our conversation on Tuesday.\\n
UID:040000008200E00074C5B7101A82E00800000000D4F1A92C6E48DC01000000000000000010000000MCRP
SUMMARY;LANGUAGE=en-US:Megan Kowalczyk / Tobias Halvorsen - Senior Data Engineer interview
DTSTART;TZID=Eastern Standard Time:20261103T110000
DTEND;TZID=Eastern Standard Time:20261103T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261030T200512Z
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
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-30 16:05:12"
    return message([
        ("Received", rcv("mail-mw2nam10on2130.outbound.protection.outlook.com", "40.107.94.130", when, NYC,
                         "4QzR6t2Ysf")),
        ("From", addr("Halvorsen, Tobias", "thalvorsen@meridiancrane.com")),
        ("To", MEGAN),
        ("Subject", "Megan Kowalczyk / Tobias Halvorsen - Senior Data Engineer interview"),
        ("Thread-Topic", "Megan Kowalczyk / Tobias Halvorsen - Senior Data Engineer interview"),
        ("Date", date(when, NYC)),
        ("Message-ID", "<MW2PR16MB3402E7D0A9B14C2F8A6D1E3F5C702@MW2PR16MB3402.namprd16.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
    ], alt(text(body), calendar(ics)))


@mail(n(14), family="teamtailor", lang="en (Swedish sender)", interview=True, kind="scheduled",
      start="2026-11-12T15:00:00Z", end="2026-11-12T15:45:00Z",
      contact="sofia.engstrom@nordlysdata.se", company="Nordlys Data AB",
      local="Thu 2026-11-12 16:00", local_end="2026-11-12 16:45", zone=STO,
      note="Teamtailor booking from a Stockholm company hiring a remote US engineer: 'Thursday 12 "
           "November, 16:00-16:45 CET' (UTC+1) = 15:00-15:45Z, also shown as 09:00-09:45 CST; ICS "
           "TZID Europe/Stockholm agrees; contact = human Reply-To (non-ASCII name, RFC 2047)")
def p14() -> bytes:
    body = t("""
        Hi Megan,

        Thanks for booking a time! Your interview is now confirmed.

        Senior Data Engineer (Remote, US)
        Thursday 12 November 2026, 16:00–16:45 CET
        (that is 09:00–09:45 CST in Des Moines)

        Meeting link: https://meet.example.com/nordlys-sde-us
        You will meet: Sofia Engström (Talent Acquisition) and Mikael Lund (Head of Data)

        If something comes up, just reply to this e-mail.

        Vänliga hälsningar / Best regards,
        Sofia Engström
        Nordlys Data AB · Sveavägen 44, Stockholm
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#111">
        <p>Hi Megan,</p>
        <p>Thanks for booking a time! Your interview is now confirmed.</p>
        <p><strong>Senior Data Engineer (Remote, US)</strong><br>
        Thursday 12 November 2026, 16:00–16:45 CET<br>
        <span style="color:#666">(that is 09:00–09:45 CST in Des Moines)</span></p>
        <p>Meeting link: <a href="https://meet.example.com/nordlys-sde-us">meet.example.com/nordlys-sde-us</a><br>
        You will meet: Sofia Engström (Talent Acquisition) and Mikael Lund (Head of Data)</p>
        <p>If something comes up, just reply to this e-mail.</p>
        <p>Vänliga hälsningar / Best regards,<br>Sofia Engström<br>Nordlys Data AB · Sveavägen 44, Stockholm</p>
        <p style="font-size:11px;color:#aaa">Sent with Teamtailor</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
{VTZ[STO]}
BEGIN:VEVENT
UID:tt-meeting-88123-nordlys@teamtailor.com
DTSTAMP:20261106T133011Z
DTSTART;TZID=Europe/Stockholm:20261112T160000
DTEND;TZID=Europe/Stockholm:20261112T164500
SUMMARY:Interview: Senior Data Engineer (Remote, US) - Nordlys Data
LOCATION:https://meet.example.com/nordlys-sde-us
ORGANIZER;CN=Sofia Engström:mailto:sofia.engstrom@nordlysdata.se
ATTENDEE;CN=Megan Kowalczyk;RSVP=TRUE:mailto:megan.kowalczyk@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    when = "2026-11-06 14:30:11"
    return message([
        ("Received", rcv("m42-11.teamtailor-mail.com", "198.21.6.11", when, STO, "4R0T1w5Zug")),
        ("From", addr("Nordlys Data", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Sofia Engström", "sofia.engstrom@nordlysdata.se")),
        ("To", MEGAN),
        ("Subject", "Interview confirmed: Senior Data Engineer (Remote, US)"),
        ("Date", date(when, STO)),
        ("Message-ID", "<tt.88123.20261106133011.f2c1@teamtailor-mail.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="quoted-printable", filename="interview.ics", disposition="attachment")))


@mail(n(15), family="workable", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-17T17:00:00Z", end="2026-11-17T17:45:00Z",
      contact="caleb@switchbackanalytics.com", company="Switchback Analytics",
      local="Tue 2026-11-17 10:00", local_end="2026-11-17 10:45", zone=DEN,
      note="Workable confirmation from a Denver remote-first startup: 'Tuesday, November 17, 2026 "
           "10:00 AM MST', 'Duration: 45 minutes' -> 17:00-17:45Z; Reply-To is a Workable relay, "
           "so contact = the interviewer's address in the body")
def p15() -> bytes:
    body = t("""
        Hi Megan,

        Your interview with Switchback Analytics has been confirmed.

        Job: Analytics Engineer (Remote - US)
        Date: Tuesday, November 17, 2026
        Time: 10:00 AM MST (America/Denver)
        Duration: 45 minutes
        Type: Video call - https://zoom.example.com/j/84410027751

        Interviewer: Caleb Ostrowski, Head of Data (caleb@switchbackanalytics.com)

        To reschedule, reply to this email.

        Thanks,
        The Switchback Analytics hiring team

        ---
        Sent with Workable
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Arial">')
    when = "2026-11-11 09:00:37"
    return message([
        ("Received", rcv("mail3.workablemail.com", "52.18.44.210", when, DEN, "4R1X8a3Bvh")),
        ("From", addr("Switchback Analytics", "noreply@candidates.workablemail.com")),
        ("Reply-To", "switchback-analytics+e7f1c2a9d0@candidates.workablemail.com"),
        ("To", MEGAN),
        ("Subject", "Interview confirmed - Analytics Engineer (Remote - US)"),
        ("Date", date(when, DEN)),
        ("Message-ID", "<wk.e7f1c2a9d0.1794499237@workablemail.com>"),
    ], alt(text(body, cte="7bit"), html(page)))


@mail(n(16), family="forward_to_self", lang="en-US", interview=True, kind="scheduled",
      start="2026-12-03T00:30:00Z", contact="aaron.whitcomb@cascadiarisk.com",
      company="Cascadia Risk Labs", local="Wed 2026-12-02 16:30", zone=LAX,
      note="Candidate forwards (message/rfc822) a Seattle recruiter's Zoom confirmation from her "
           "other address: 'Wednesday, Dec 2 at 4:30 PM Pacific' (PST, UTC-8) = 00:30Z on Thu 3 "
           "Dec, so the UTC date is the next day; no length stated; contact = the recruiter in the "
           "forwarded mail, never the candidate herself")
def p16() -> bytes:
    inner_body = t("""
        Hi Megan,

        Confirming your final-round conversation with our VP of Data, Lorna Beck, next
        Wednesday, Dec 2 at 4:30 PM Pacific (6:30 PM your time - thank you for making the late
        slot work!). Lorna will mostly want to hear how you'd approach the reserving-data
        migration we talked about. Zoom details below.

        Aaron

        Aaron Whitcomb | Technical Recruiter | Cascadia Risk Labs
        aaron.whitcomb@cascadiarisk.com | 206-555-0131

        Aaron Whitcomb is inviting you to a scheduled Zoom meeting.

        Topic: Megan Kowalczyk <> Lorna Beck (Cascadia Risk Labs)
        Time: Dec 2, 2026 04:30 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://zoom.example.com/j/95522180346?pwd=Y2FzY2FkaWE

        Meeting ID: 955 2218 0346
        Passcode: 640219
        """)
    inner_when = "2026-11-27 15:48:20"
    inner = message([
        ("From", addr("Aaron Whitcomb", "aaron.whitcomb@cascadiarisk.com")),
        ("To", addr("Megan Kowalczyk", "megan.k@example.net")),
        ("Subject", "Final round with Lorna - Wed 12/2"),
        ("Date", date(inner_when, LAX)),
        ("Message-ID", "<CAH4s0nU8yTqL2w1x@mail.cascadiarisk.com>"),
    ], alt(text(inner_body), html(gmail_html(inner_body))))
    outer = t("""
        fwd to my main inbox so this doesn't get lost. 6:30 our time!!

        Sent from my Pixel
        """)
    when = "2026-11-27 20:10:05"
    return message([
        ("Received", rcv("mail-oi1-f180.example.net", "203.0.113.180", when, CHI, "4R3C2e9Fwi")),
        ("From", addr("Megan Kowalczyk", "megan.k@example.net")),
        ("To", MEGAN),
        ("Subject", "Fwd: Final round with Lorna - Wed 12/2"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<CAFm9qT7-fwd-8c2b1e@mail.example.net>"),
    ], mixed(text(outer, cte="7bit"), attached_message(inner, filename="Final round with Lorna.eml")))


@mail(n(17), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
      start="2026-09-30T18:30:00Z", end="2026-09-30T21:00:00Z",
      contact="travis.oyelaran@heartlandgrain.coop", company="Heartland Grain Cooperative",
      local="Wed 2026-09-30 13:30", local_end="2026-09-30 16:00", zone=CHI,
      note="Co-op recruiter moves the onsite from Tue 9/29 10:00 AM to Wed 9/30 1:30 PM, 'still "
           "run 1:30-4:00' -> new time 18:30-21:00Z (CDT); US MM/DD dates; windows-1252 "
           "quoted-printable with curly quotes; old time not labelled")
def p17() -> bytes:
    body = t("""
        Hi Megan,

        I’m sorry to do this – our CFO has to be in Sioux City next Tuesday for a member meeting,
        and she really wants to be part of your onsite. So we need to move you from Tuesday 9/29
        at 10:00 AM to Wednesday 9/30 at 1:30 PM. Same place (5400 NE Delaware Ave, Ankeny – the
        “Member Services” entrance), same lineup, and it’ll still run 1:30–4:00 with a short
        break in the middle.

        I’ve already updated the calendar hold on our side. If Wednesday afternoon is a problem,
        call me and we’ll figure something out.

        Thanks for being flexible!

        Travis Oyelaran
        Talent Partner | Heartland Grain Cooperative
        515-555-0142
        """)
    when = "2026-09-24 10:20:48"
    return message([
        ("Received", rcv("mail-ch2nam10on2107.outbound.protection.outlook.com", "40.107.92.107", when, CHI,
                         "4QnD4r7Jox")),
        ("From", addr("Travis Oyelaran", "travis.oyelaran@heartlandgrain.coop")),
        ("To", MEGAN),
        ("Subject", "Onsite moving to Wednesday 9/30"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<CH2PR11MB4468A0F7B2E94D13C6B8A2F0E4D57@CH2PR11MB4468.namprd11.prod.outlook.com>"),
        ("Importance", "high"),
    ], text(body, charset="windows-1252"))


@mail(n(18), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
      start="2026-11-20T14:30:00Z", contact="jenna.lindqvist@northstarclaims.com",
      company="North Star Claims Technology", local="Fri 2026-11-20 08:30", zone=CHI,
      note="Google Calendar 'Updated invitation' for an all-day event (DTSTART;VALUE=DATE 20261120, "
           "SEQUENCE 1): moved from Thu 19 to Fri 20 Nov; the time is only in the description, "
           "'arrive at 8:30 AM' in Minneapolis (CST, UTC-6) = 14:30Z; 'until about 3' -> no end")
def p18() -> bytes:
    head = "Onsite interview - Megan Kowalczyk (Data Engineer)"
    desc = ("Moved from Thursday the 19th - sorry for the shuffle! Arrive at 8:30 AM at the 4th floor "
            "reception, 120 S 6th St, Minneapolis. The loop runs until about 3:00 PM including lunch "
            "with the team. Parking validation at the desk. - Jenna")
    body = t(f"""
        This event has been changed.

        Title: {head}
        {desc}
        When: CHANGED
        Fri Nov 20, 2026
        Where: North Star Claims Technology, 120 S 6th St, Minneapolis, MN 55402
        (https://www.google.com/maps/search/120+S+6th+St,+Minneapolis,+MN+55402?hl=en)

        Calendar: megan.kowalczyk@example.org
        Who:
            * jenna.lindqvist@northstarclaims.com - organizer
            * megan.kowalczyk@example.org

        Event details: https://calendar.google.com/calendar/event?action=VIEW&eid=N3NjbG9vcG9uc2l0ZQ

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account megan.kowalczyk@example.org because you
        are an attendee of this event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261120
DTEND;VALUE=DATE:20261121
DTSTAMP:20261116T160512Z
ORGANIZER;CN=Jenna Lindqvist:mailto:jenna.lindqvist@northstarclaims.com
UID:7nsc1oop0ns1te2026@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=megan.kowalczyk@example.org;X-NUM-GUESTS=0:mailto:megan.kowalczyk@example.org
CREATED:20261110T194402Z
DESCRIPTION:{desc}
LAST-MODIFIED:20261116T160512Z
LOCATION:North Star Claims Technology\\, 120 S 6th St\\, Minneapolis\\, MN 55402
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:{head}
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    when = "2026-11-16 10:05:12"
    return message([
        ("Received", rcv("mail-sor-f69.google.com", "209.85.220.69", when, CHI, "4R2G5h1Cxj")),
        ("From", addr("Jenna Lindqvist", "jenna.lindqvist@northstarclaims.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "jenna.lindqvist@northstarclaims.com"),
        ("To", ME),
        ("Subject", f"Updated invitation: {head} @ Fri Nov 20, 2026 (megan.kowalczyk@example.org)"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<calendar-9e4a2b71-0c3d-4d5e-b6f7-nsc1oop1120@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics)),
             calendar(ics, cte="base64", ctype="application/ics", method=None, filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(19), family="taleo", lang="en-US", interview=True, kind="rescheduled",
      start="2026-11-09T19:00:00Z", end="2026-11-09T20:30:00Z",
      contact="shawna.brightwater@platteriver.com", company="Platte River Mutual",
      local="Mon 2026-11-09 13:00", local_end="2026-11-09 14:30", zone=CHI,
      note="Taleo 'Interview Rescheduled' from the Omaha insurer: old 'Friday, November 6, 2026 at "
           "10:00 AM CST', new 'Monday, November 9, 2026, 1:00 PM - 2:30 PM Central Standard Time' "
           "(after the 1 Nov change, UTC-6) -> 19:00-20:30Z; contact = recruiter in the body")
def p19() -> bytes:
    body = t("""
        Dear Megan,

        Your second interview for the position Data Engineer III (Requisition 26-0418) has been
        rescheduled.

        Original date and time: Friday, November 6, 2026 at 10:00 AM CST

        New date and time:
            Date: Monday, November 9, 2026
            Time: 1:00 PM - 2:30 PM Central Standard Time
            Location: Platte River Mutual, 2210 Farnam Street, Omaha, NE 68102, Room 6C
            Interviewers: Carl Mendenhall, Raymond Oduya, Lucia Ferrante

        We apologize for any inconvenience. If the new time does not work for you, please
        contact Shawna Brightwater at shawna.brightwater@platteriver.com or 402-555-0159.

        Regards,
        Platte River Mutual Talent Acquisition

        *** This is an automated message. Please do not reply. ***
        """)
    page = ("<html><body><font face=\"Arial\" size=\"2\">"
            + body.replace("&", "&amp;").replace("\n", "<br>\n") + "</font></body></html>\n")
    when = "2026-11-03 13:15:30"
    return message([
        ("Received", rcv("smtp1.taleo.net", "160.34.8.21", when, CHI, "4R0A9m6Dyk")),
        ("From", addr("Platte River Mutual Talent Acquisition", "platteriver@taleo.net")),
        ("To", ME),
        ("Subject", "Interview Rescheduled - Requisition 26-0418 Data Engineer III"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<1509372214.77413.1793733330512.JavaMail.taleo@tx2prdtaleo07>"),
    ], alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(20), family="human_phone_reply", lang="en-US", interview=True, kind="rescheduled",
      start="2026-12-08T21:30:00Z", contact="dana@switchyarddata.com", company="Switchyard Data",
      local="Tue 2026-12-08 15:30", zone=CHI,
      note="Terse phone reply from the Kansas City hiring manager, Sun 6 Dec: 'had to push Tues to "
           "3:30 instead of 2' on top of the quoted 'Tuesday 12/8 at 2pm CT' -> Tue 8 Dec 15:30 CST "
           "= 21:30Z; no length -> no end")
def p20() -> bytes:
    body = t("""
        hey Megan - had to push Tues to 3:30 instead of 2, our board call got moved into that slot. same zoom link, I already moved the invite on my end. sorry!!

        D

        Sent from my iPhone

        > On Dec 2, 2026, at 11:47 AM, Dana Whitfield <dana@switchyarddata.com> wrote:
        >
        > Hi Megan, great news - the team wants you back for the final round. You're set for Tuesday 12/8 at 2pm CT with me, Luis and Hannah, 90 minutes total. Zoom: https://zoom.example.com/j/81120776034
        >
        > Dana
        """)
    when = "2026-12-06 19:40:55"
    return message([
        ("Received", rcv("mail-pj1-f52.google.com", "209.85.216.52", when, CHI, "4R4K0p3Gzl")),
        ("From", addr("Dana Whitfield", "dana@switchyarddata.com")),
        ("To", MEGAN),
        ("Subject", "Re: Final round - Switchyard Data"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<5E2A9C71-0D4B-4E8F-A1B3-77C6D2F0E915@switchyarddata.com>"),
        ("In-Reply-To", "<CAD8w3Lk1-final-sw@mail.gmail.com>"),
        ("References", "<CAD8w3Lk1-final-sw@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22B83)"),
    ], text(body, cte="7bit"))


@mail(n(21), family="exchange_cancel", lang="en-US", interview=True, kind="cancelled",
      start="2026-10-08T14:00:00Z", end="2026-10-08T15:00:00Z",
      contact="joan.kessler@hds-iowa.gov", company="Iowa Department of Health Data Services",
      local="Thu 2026-10-08 09:00", local_end="2026-10-08 10:00", zone=CHI,
      note="Outlook 'Canceled:' meeting (METHOD:CANCEL) from the state agency: the second interview "
           "on Thu 8 Oct 9:00-10:00 AM '(UTC-06:00) Central Time' is CDT (UTC-5) -> cancelled slot "
           "14:00-15:00Z; hiring paused, no new time")
def p21() -> bytes:
    body = t("""
        When: Thursday, October 8, 2026 9:00 AM-10:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Megan,

        I'm sorry to let you know that the department has paused hiring on this requisition pending
        the FY27 budget review, so we need to cancel Thursday's second interview. I apologize for the
        short notice. If the position is reposted, I will reach out to you directly.

        Joan Kessler
        Human Resources Associate
        Iowa Department of Health Data Services
        515-555-0167
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN="Kessler, Joan [HDS]":mailto:joan.kessler@hds-iowa.gov
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=megan.kowalczyk@example.org:mailto:megan.kowalczyk@example.org
DESCRIPTION;LANGUAGE=en-US:Megan\\, I'm sorry to let you know that the department has paused hiring on this requisition.\\n
UID:040000008200E00074C5B7101A82E00800000000F0B3C4D5AE47DC0100000000000000001000000088A1E2B3
SUMMARY;LANGUAGE=en-US:Canceled: Second Interview - IT Specialist 4 (Data Engineer) - Kowalczyk
DTSTART;TZID=Central Standard Time:20261008T090000
DTEND;TZID=Central Standard Time:20261008T100000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261005T204711Z
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
END:VCALENDAR"""
    when = "2026-10-05 15:47:11"
    return message([
        ("Received", rcv("mail-cy1gcc02on2122.outbound.protection.outlook.com", "52.100.160.122", when, CHI,
                         "4QsZ1b9Hpm")),
        ("From", addr("Kessler, Joan [HDS]", "joan.kessler@hds-iowa.gov")),
        ("To", MEGAN),
        ("Subject", "Canceled: Second Interview - IT Specialist 4 (Data Engineer) - Kowalczyk"),
        ("Thread-Topic", "Second Interview - IT Specialist 4 (Data Engineer) - Kowalczyk"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<SA1PR09MB8123F1E0D9C84B2A6E3D7C90B11E4@SA1PR09MB8123.namprd09.prod.outlook.com>"),
        ("Importance", "high"),
    ], alt(text(body), calendar(ics, method="CANCEL")))


@mail(n(22), family="personio", lang="en (German sender)", interview=True, kind="cancelled",
      start="2026-10-16T15:00:00Z", contact="jonas.riedel@fahrwerk-logistics.de",
      company="Fahrwerk Logistics GmbH", local="Fri 2026-10-16 17:00", zone=BER,
      note="Personio cancellation from a Berlin company hiring remote: 'Friday, 16 October 2026 at "
           "17:00 CEST' (UTC+2, also '10:00 AM CDT') = 15:00Z is cancelled; a replacement (Tue 20 "
           "Oct 16:00 CEST) is only proposed, 'please confirm' -> kind cancelled, start = the "
           "cancelled slot; contact = human Reply-To")
def p22() -> bytes:
    body = t("""
        Dear Megan,

        Unfortunately we have to cancel your video interview for the position Data Engineer
        (Remote – Americas) on Friday, 16 October 2026 at 17:00 CEST (10:00 AM CDT). Our hiring
        manager, Katrin Voß, is unexpectedly unavailable that day.

        We are very sorry for the inconvenience. Could we instead meet on Tuesday, 20 October at
        16:00 CEST (9:00 AM CDT)? Please let me know by replying to this e-mail whether this works
        for you, and I will send a new invitation.

        Kind regards
        Jonas Riedel
        Talent Acquisition · Fahrwerk Logistics GmbH
        Schlesische Straße 28, 10997 Berlin
        """)
    when = "2026-10-13 11:20:02"
    return message([
        ("Received", rcv("mail-out-2.personio.de", "3.120.44.71", when, BER, "4Qw03c8Jqn")),
        ("From", addr("Fahrwerk Logistics GmbH", "no-reply@personio.de")),
        ("Reply-To", addr("Jonas Riedel", "jonas.riedel@fahrwerk-logistics.de")),
        ("To", MEGAN),
        ("Subject", enc("Cancelled: Interview for Data Engineer (Remote – Americas)")),
        ("Date", date(when, BER)),
        ("Message-ID", "<personio.1c8e2f4a.20261013092002@personio.de>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(23), family="ashby", lang="en-US", interview=True, kind="cancelled",
      start="2026-12-10T21:00:00Z", end="2026-12-11T00:00:00Z",
      contact="priya@tidewell.io", company="Tidewell Analytics",
      local="Thu 2026-12-10 13:00", local_end="2026-12-10 16:00", zone=LAX,
      note="Ashby cancellation (ICS METHOD:CANCEL) of the San Francisco onsite loop 'Thursday, "
           "December 10, 1:00 PM - 4:00 PM PST' (UTC-8) -> 21:00Z to 00:00Z next day; role filled "
           "internally, no new time; contact = human Reply-To")
def p23() -> bytes:
    body = t("""
        Hi Megan,

        We've cancelled the following interview:

        Virtual Onsite - Staff Data Engineer
        Thursday, December 10, 2026
        1:00 PM – 4:00 PM PST

        I'm really sorry to be writing this one. Last week the team decided to fill the Staff role
        with an internal transfer, so we're closing the search. You were one of our strongest
        candidates, and I'd love to keep in touch for the next opening on the platform team.

        Feel free to reply here if you have any questions.

        Priya Castellanos
        Tidewell Analytics Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:9d3e7f10-6a2b-4c8d-8e1f-tidewell-onsite-02
        DTSTAMP:20261204T173011Z
        DTSTART:20261210T210000Z
        DTEND:20261211T000000Z
        SEQUENCE:2
        SUMMARY:Tidewell Analytics – Virtual Onsite (Megan Kowalczyk)
        ORGANIZER;CN=Priya Castellanos:mailto:priya@tidewell.io
        ATTENDEE;CN=Megan Kowalczyk:mailto:megan.kowalczyk@example.org
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-12-04 09:30:11"
    return message([
        ("Received", rcv("a48-97.smtp-out.amazonses.com", "54.240.48.97", when, LAX, "4R4A6d2Kro")),
        ("From", addr("Tidewell Analytics", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Priya Castellanos", "priya@tidewell.io")),
        ("To", MEGAN),
        ("Subject", enc("Interview cancelled: Virtual Onsite – Staff Data Engineer")),
        ("Date", date(when, LAX)),
        ("Message-ID", "<0100019b0f7d3a11-9d3e7f10-6a2b-4c8d-8e1f-5a6b7c8d9e0f-000000@email.amazonses.com>"),
    ], mixed(text(body, cte="quoted-printable"),
             calendar(ics, method="CANCEL", cte="8bit", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives


@mail(n(24), family="greenhouse_rejection", lang="en-US", interview=False,
      company="Prairie Mutual Insurance", days=(("Thu", "2026-09-10"),),
      note="Greenhouse rejection after the 10 Sep interview; mentions the past interview date and "
           "'Interview' in the subject line but confirms nothing")
def n24() -> bytes:
    body = t("""
        Hi Megan,

        Thank you for taking the time to interview with us on Thursday, September 10 for the Senior
        Data Engineer, Claims Analytics role, and for your patience while we met with other
        candidates.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs. This was a difficult decision - Dev
        and the team enjoyed your conversation about claims-severity features.

        We'll keep your profile on file and encourage you to apply for future openings.

        Best regards,
        Rachel Tenney
        Talent Acquisition, Prairie Mutual Insurance
        """)
    when = "2026-09-21 15:02:44"
    return message([
        ("Received", rcv("o3.us.greenhouse-mail.io", "167.89.21.14", when, CHI, "4QmA0d1Ktp")),
        ("From", addr("Prairie Mutual Insurance", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Rachel Tenney", "rachel.tenney@prairiemutual.com")),
        ("To", MEGAN),
        ("Subject", "Your interview for Senior Data Engineer, Claims Analytics - update"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<gh.48213377.rj.c4e1d2@us.greenhouse-mail.io>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(25), family="offer", lang="en-US", interview=False, company="Hawkeye Valley Credit Union",
      days=(("Fri", "2026-12-18"), ("Mon", "2027-01-04")),
      note="Offer letter e-mail with a fixed start date and orientation time (Mon 4 Jan 2027, 8:00 "
           "AM) and a proposed benefits call; an offer, not an interview")
def n25() -> bytes:
    body = t("""
        Hi Megan,

        On behalf of everyone at Hawkeye Valley Credit Union, I'm delighted to offer you the
        position of Data Engineer on our Member Analytics team! Your formal offer letter is
        attached; the highlights:

          - Base salary: $118,500, plus annual incentive of up to 8%
          - Start date: Monday, January 4, 2027 - new-hire orientation begins at 8:00 AM at our
            Fleur Drive headquarters
          - Hybrid schedule, two days a week in the office

        Please review and let us know your decision by Friday, December 18. I'm happy to set up a
        call with our benefits specialist if you have questions - just tell me what time suits you.

        Congratulations, and we really hope you'll join us.

        Marisol Dupree
        Talent Acquisition Partner
        Hawkeye Valley Credit Union
        marisol.dupree@hvcu.org | 515-555-0109
        """)
    pdf = "JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK"
    att = Part([("Content-Type", 'application/pdf; name="Kowalczyk_Offer_Letter.pdf"'),
                ("Content-Disposition", 'attachment; filename="Kowalczyk_Offer_Letter.pdf"'),
                ("Content-Transfer-Encoding", "base64")], (pdf + "\r\n").encode())
    when = "2026-12-14 10:31:09"
    return message([
        ("Received", rcv("mail-dm6nam12on2104.outbound.protection.outlook.com", "40.107.243.104", when, CHI,
                         "4R5P2q6Lsq")),
        ("From", addr("Dupree, Marisol", "marisol.dupree@hvcu.org")),
        ("To", MEGAN),
        ("Subject", "Offer of Employment - Data Engineer"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<DM6PR12MB4417C0FFEE12B7A4D9E3F1A2B3C45@DM6PR12MB4417.namprd12.prod.outlook.com>"),
    ], mixed(text(body), att))


@mail(n(26), family="icims_receipt", lang="en-US", interview=False, company="Blue Stem Ag Finance",
      note="iCIMS application receipt: 'our team will review ... if selected for an interview, a "
           "recruiter will contact you'; no time at all")
def n26() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p><img src="https://careers-bluestemag.icims.com/logo.png" alt="Blue Stem Ag Finance" height="40"></p>
        <p>Dear Megan,</p>
        <p>Thank you for applying for the <b>Senior Data Engineer - Credit Risk (Kansas City, MO)</b> position
        (Job ID 2026-1187) at Blue Stem Ag Finance. We have received your application.</p>
        <p>Our talent acquisition team will review your qualifications. If you are selected for an interview,
        a recruiter will contact you to schedule a time. Due to the volume of applications, we may not be able
        to respond to every applicant individually.</p>
        <p>You can check the status of your application at any time by logging in to our
        <a href="https://careers-bluestemag.icims.com/jobs/login">career portal</a>.</p>
        <p>Sincerely,<br>Blue Stem Ag Finance Talent Acquisition</p>
        <p style="font-size:10px;color:#888">Please do not reply to this message; this mailbox is not monitored.
        Blue Stem Ag Finance is an Equal Opportunity Employer.</p>
        </body></html>
        """)
    when = "2026-09-05 22:14:50"
    return message([
        ("Received", rcv("mail2.talent.icims.com", "66.179.62.12", when, CHI, "4QgR5t2Mvr")),
        ("From", addr("Blue Stem Ag Finance", "bluestemag+autoreply@talent.icims.com")),
        ("To", ME),
        ("Subject", "Thank you for applying - Senior Data Engineer - Credit Risk"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<icims.2026-1187.88412093.1788664490@talent.icims.com>"),
    ], html(page, cte="base64"))


@mail(n(27), family="job_alert", lang="en-US", interview=False, company=None,
      note="Job-board alert listing data-engineer roles; words like 'interview' and 'this week' but "
           "no appointment")
def n27() -> bytes:
    body = t("""
        12 new jobs for "data engineer" near Des Moines, IA

        Senior Data Engineer - Claims
        Prairie Mutual Insurance · Des Moines, IA · Hybrid
        $125K-$150K · Easy Apply · Posted 2 days ago

        Data Engineer II
        Lakeshore Reinsurance · Chicago, IL · Hybrid
        Actively recruiting · Interviewing this week

        Analytics Engineer
        Switchback Analytics · Remote (US)
        Be an early applicant

        Data Platform Engineer
        Cornhusker State Bank · Omaha, NE
        Posted 5 days ago

        ... and 8 more: https://jobs.prairielist.example/alerts/8812?view=all

        You're receiving this because you created a job alert for "data engineer" within 100 miles
        of Des Moines, IA. Manage alerts: https://jobs.prairielist.example/alerts
        Prairielist Jobs, 300 Walnut St, Des Moines, IA 50309
        """)
    when = "2026-09-29 07:00:12"
    return message([
        ("Received", rcv("mta-alerts-4.prairielist.example", "192.0.2.44", when, CHI, "4QnV7w3Nws")),
        ("From", addr("Prairielist Jobs", "alerts@jobs.prairielist.example")),
        ("To", ME),
        ("Subject", "12 new Data Engineer jobs near Des Moines, IA"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<alert.8812.20260929120012@jobs.prairielist.example>"),
        ("List-Unsubscribe", "<https://jobs.prairielist.example/alerts/unsubscribe/8812>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(28), family="newsletter_tips", lang="en-US", interview=False, company=None,
      note="Career newsletter about interviewing ('your Tuesday 10 AM panel', 'confirm the time zone'); "
           "example times are hypothetical, no appointment")
def n28() -> bytes:
    body = t("""
        THE SECOND ROUND — a newsletter for data people on the job market
        Issue #47 · Sunday, October 18, 2026

        So your panel interview is confirmed for Tuesday at 10 AM. Now what?

        1. Confirm the time zone. Half the "no-shows" I hear about are someone reading 10 AM ET as
           10 AM CT. If the invite says (UTC-06:00) in October, it's probably lying to you.
        2. Ask who's on the panel and look them up - not to flatter, but to guess what they'll ask.
        3. Prepare one pipeline story end to end: source, volume, failure, fix.
        4. Send a thank-you the same day. Short. Specific.

        Reader question: "A recruiter asked 'would Thursday at 2 work?' - am I confirmed?"
        Not until someone sends an invite or writes "confirmed". Reply, then wait for the invite.

        Upcoming: live Q&A on offer negotiation, Thursday Oct 22 at 7 PM CT (paid subscribers).

        — Corinne at The Second Round
        Unsubscribe: https://thesecondround.example/unsubscribe
        """)
    when = "2026-10-18 06:30:00"
    return message([
        ("Received", rcv("mail-n47.substack.example", "192.0.2.98", when, CHI, "4QxD1y9Ptu")),
        ("From", addr("The Second Round", "thesecondround@substack.example")),
        ("To", ME),
        ("Subject", "So your panel is confirmed for Tuesday at 10. Now what?"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<20261018113000.47.thesecondround@substack.example>"),
        ("List-Id", "The Second Round <thesecondround.substack.example>"),
        ("List-Unsubscribe", "<https://thesecondround.example/unsubscribe>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(29), family="goodtime_availability", lang="en-US", interview=False, company="Harborlight Health",
      note="GoodTime availability request: 'Select your availability' for the final round; "
           "a pick-a-slot link, no fixed time")
def n29() -> bytes:
    body = t("""
        Hi Megan,

        Thanks for your time so far! Next up is your virtual onsite with Harborlight Health.
        Please share your availability for three back-to-back 45-minute conversations (about
        2.5 hours total) over the next two weeks.

        Select your availability: https://app.goodtime.example/availability/hlh-8c1f2e

        Once we receive your availability, we'll send a confirmed itinerary with the times and
        interviewers.

        Harborlight Health Talent Team
        Questions? Reply to this email to reach Kendra Oduya.
        """)
    when = "2026-10-01 12:10:05"
    return message([
        ("Received", rcv("mta-07.goodtime.io", "168.245.66.7", when, NYC, "4QrQ0z8Qvv")),
        ("From", addr("Harborlight Health", "no-reply@goodtime.io")),
        ("Reply-To", addr("Kendra Oduya", "kendra.oduya@harborlighthealth.com")),
        ("To", MEGAN),
        ("Subject", "Action needed: share your availability - Harborlight Health"),
        ("Date", date(when, NYC)),
        ("Message-ID", "<gt-avail-20261001161005-8c1f2e@goodtime.io>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="en-US", interview=False,
      company="Gateway Technical Staffing",
      note="Agency cold outreach: 'do you have 15 minutes this week?' - no fixed time")
def n30() -> bytes:
    body = t("""
        Hi Megan,

        Came across your profile - your Snowflake/dbt work on P&C claims caught my eye. I'm
        working a contract-to-hire Data Engineer role with a Fortune 500 insurer in Omaha
        (hybrid, 2 days onsite, $70-80/hr W2). They're moving fast and want to start first
        interviews next week.

        Do you have 15 minutes this week for a quick call? Happy to work around your schedule -
        early mornings or after 5 are fine.

        Thanks,
        Marcus Bell
        Senior Technical Recruiter | Gateway Technical Staffing
        Kansas City, MO | 816-555-0177
        """)
    when = "2026-09-09 08:47:33"
    return message([
        ("Received", rcv("mail-qt1-f196.google.com", "209.85.160.196", when, CHI, "4QhW3x4Rww")),
        ("From", addr("Marcus Bell", "mbell@gatewaytechstaffing.com")),
        ("To", ME),
        ("Subject", "Contract-to-hire Data Engineer - Omaha insurer"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<CAJx7pL2mB9-outreach-gts@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(n(31), family="proposed_not_confirmed", lang="en-US", interview=False,
      company="Wabash Freight Analytics", days=(("Tue", "2026-11-24"),),
      note="Recruitee message proposing a time: 'Would Tuesday, November 24 at 10:00 AM CT work?' "
           "with a fallback ask for other windows - proposed, not confirmed")
def n31() -> bytes:
    body = t("""
        Hi Megan,

        Thanks for applying to the Senior Data Engineer role at Wabash Freight Analytics - our
        lead engineer, Ibrahim Sato, really liked your background.

        Would Tuesday, November 24 at 10:00 AM CT work for a 45-minute video interview with him?
        If not, just send me two or three windows that suit you next week and I'll make it work.

        Once we've agreed on a time, I'll send over a calendar invite with the video link.

        Best,
        Nadia Brooks
        People Team, Wabash Freight Analytics
        Chicago, IL
        """)
    when = "2026-11-19 14:26:40"
    return message([
        ("Received", rcv("mail-out-11.recruitee.com", "3.248.9.211", when, CHI, "4R2Z6b0Sxx")),
        ("From", addr("Nadia Brooks (Wabash Freight Analytics)", "nadia.brooks@wabashfreight.com")),
        ("Sender", "Recruitee <notifications@mail.recruitee.com>"),
        ("Reply-To", "reply+c8a1f0e2-wabash@inbound.recruitee.com"),
        ("To", MEGAN),
        ("Subject", "Interview - Senior Data Engineer at Wabash Freight Analytics"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<recruitee.c8a1f0e2.1795119200@mail.recruitee.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(32), family="doctor_appointment", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Clinic appointment reminder with a fixed time (Thu 15 Oct, 8:40 AM) - not an interview")
def n32() -> bytes:
    body = t("""
        Raccoon River Family Medicine

        Hello Megan,

        This is a reminder of your upcoming appointment:

        Thursday, October 15, 2026 at 8:40 AM
        Dr. Anjali Mehra, MD - Annual physical
        Raccoon River Family Medicine, 1221 Grand Ave, West Des Moines, IA

        Please arrive 15 minutes early to complete check-in, and bring your insurance card and a
        list of current medications. Fasting labs: nothing to eat or drink except water after
        midnight.

        Reply C to confirm, or call 515-555-0190 to reschedule.

        This message was sent by our patient portal. Please do not reply with medical questions.
        """)
    when = "2026-10-12 09:00:00"
    return message([
        ("Received", rcv("notify.rrfm-portal.example", "192.0.2.61", when, CHI, "4QvT8c5Tyy")),
        ("From", addr("Raccoon River Family Medicine", "noreply@rrfm-portal.example")),
        ("To", ME),
        ("Subject", "Appointment reminder: Thu Oct 15 at 8:40 AM"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<appt.558120.20261012140000@rrfm-portal.example>"),
    ], text(body, cte="7bit"))


@mail(n(33), family="car_service", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-10-24"),),
      note="Car-service appointment confirmation with a fixed time (Sat 24 Oct, 8:00 AM) - not an "
           "interview")
def n33() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2 style="color:#b3261e">Valley Junction Auto Service</h2>
        <p>Hi Megan,</p>
        <p>Your service appointment is confirmed.</p>
        <p><b>Saturday, October 24, 2026 &ndash; 8:00 AM drop-off</b><br>
        2019 Subaru Outback &middot; Oil change, tire rotation, check engine light diagnosis<br>
        Service advisor: Rick Paulsen</p>
        <p>Estimated completion: early afternoon. We'll text you when your vehicle is ready. Need a ride?
        Our shuttle covers West Des Moines and Clive.</p>
        <p>Valley Junction Auto Service &middot; 310 5th St, West Des Moines, IA &middot; 515-555-0133</p>
        <p style="font-size:11px;color:#888">Sent via ShopReady. Reply STOP to opt out of reminders.</p>
        </body></html>
        """)
    when = "2026-10-23 12:05:41"
    return message([
        ("Received", rcv("mail.shopready.example", "192.0.2.72", when, CHI, "4Qy00d6Uzz")),
        ("From", addr("Valley Junction Auto Service", "appointments@shopready.example")),
        ("To", ME),
        ("Subject", "Appointment confirmed - Sat, Oct 24 at 8:00 AM"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<sr-appt-77120-20261023@shopready.example>"),
    ], html(page))


@mail(n(34), family="parent_teacher", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Sign-up confirmation for a parent-teacher conference (Thu 29 Oct, 4:15-4:35 PM) - a "
           "fixed-time meeting, not a job interview")
def n34() -> bytes:
    body = t("""
        Hi Megan Kowalczyk,

        Thank you for signing up! Here is your confirmation.

        Walnut Creek Elementary - Fall Parent-Teacher Conferences
        Mrs. Harmsen, 2nd Grade (for: Eli Kowalczyk)

        Date: Thursday, October 29, 2026
        Time: 4:15pm - 4:35pm (CDT)
        Location: Room 114

        Need to change your slot? Use the link below (changes close 24 hours before the event).
        https://signupslots.example/s/wce-fall-ptc/swap

        Note from the organizer: Conferences are 20 minutes. Please be on time so everyone stays on
        schedule. Siblings are welcome in the library during conferences.

        SignUpSlots - free online sign-ups for schools and groups
        """)
    when = "2026-10-20 21:33:17"
    return message([
        ("Received", rcv("mta2.signupslots.example", "192.0.2.83", when, CHI, "4QyB2e7Vaa")),
        ("From", addr("SignUpSlots on behalf of Walnut Creek Elementary", "noreply@signupslots.example")),
        ("Reply-To", "jharmsen@wdmcs-k12.example"),
        ("To", ME),
        ("Subject", "Confirmation: Fall Parent-Teacher Conferences - Mrs. Harmsen"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<su.wce-fall-ptc.31177@signupslots.example>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(35), family="work_meeting_calendar", lang="en-US", interview=False,
      company=None, days=(("Thu", "2026-11-05"),),
      note="Outlook invitation from her current employer for a sprint review (Thu 5 Nov, 2:00-2:45 "
           "PM Central) with ICS, forwarded to her personal inbox - a work meeting, not an "
           "interview")
def n35() -> bytes:
    body = t("""
        When: Thursday, November 5, 2026 2:00 PM-2:45 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting / 4th floor Skywalk room

        Hi all - sprint 42 review. Megan and Deshawn will demo the new FNOL ingestion pipeline and
        the subrogation flags backfill. Business partners from Claims Ops are invited.

        Phuong
        """) + CST_OUTLOOK_TEAMS.format(mid="UkNTMjQy", num="231 908 446 120", code="sP42rv", dial="915 330 281")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN="Tran, Phuong":mailto:phuong.tran@riverbendcasualty.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalczyk, Megan":mailto:mkowalczyk@riverbendcasualty.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greene, Deshawn":mailto:dgreene@riverbendcasualty.com
UID:040000008200E00074C5B7101A82E00800000000A5B6C7D8E9F0DC0100000000000000001000000RBC42
SUMMARY;LANGUAGE=en-US:Claims Data Platform - Sprint 42 Review
DTSTART;TZID=Central Standard Time:20261105T140000
DTEND;TZID=Central Standard Time:20261105T144500
DTSTAMP:20261102T153300Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting / 4th floor Skywalk room
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    when = "2026-11-02 09:33:00"
    return message([
        ("Received", rcv("mail-sn1nam02on2115.outbound.protection.outlook.com", "40.107.96.115", when, CHI,
                         "4R09f3Wbb")),
        ("From", addr("Tran, Phuong", "phuong.tran@riverbendcasualty.com")),
        ("To", addr("Kowalczyk, Megan", WORK) + ", " + addr("Greene, Deshawn", "dgreene@riverbendcasualty.com")),
        ("Subject", "Claims Data Platform - Sprint 42 Review"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<SN1PR03MB7710E2A4C6B84D1F9A0C2E4B6D8F1@SN1PR03MB7710.namprd03.prod.outlook.com>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"{WORK} {ME}"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(36), family="webinar", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Zoom webinar registration confirmation for 'Acing the Data Engineering Interview' (Thu "
           "17 Sep, 12:00 PM CT) with an ICS - a webinar, not an interview")
def n36() -> bytes:
    body = t("""
        Hi Megan,

        Thank you for registering for "Acing the Data Engineering Interview: SQL, Modeling and
        System Design".

        Date & Time: Sep 17, 2026 12:00 PM Central Time (US and Canada)

        Join from a PC, Mac, iPad, or Android:
        https://zoom.example.com/w/98120044512?tk=reg-mkowalczyk

        Passcode: 771203

        You can cancel your registration at any time.

        Hosted by the Iowa Technology Collective
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20260915T140212Z
        DTSTART:20260917T170000Z
        DTEND:20260917T180000Z
        SUMMARY:Acing the Data Engineering Interview: SQL, Modeling and System Design
        UID:20260915T140212Z-98120044512@zoom.us
        LOCATION:https://zoom.example.com/w/98120044512
        ORGANIZER;CN=Iowa Technology Collective:mailto:no-reply@zoom.us
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-15 09:02:12"
    return message([
        ("Received", rcv("mailout-rs1.zoom.us", "170.114.52.11", when, CHI, "4Ql3g4Xcc")),
        ("From", addr("Iowa Technology Collective", "no-reply@zoom.us")),
        ("To", MEGAN),
        ("Subject", "Acing the Data Engineering Interview Confirmation"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<webinar.98120044512.reg8812@zoom.us>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@mail(n(37), family="mock_interview", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Calendly confirmation of a paid 'Mock Technical Interview' with a career coach (Mon 12 "
           "Oct, 7:00-8:00 PM CT), ICS attached - practice, not a job interview")
def n37() -> bytes:
    body = t("""
        Hi Megan Kowalczyk,

        A new event has been scheduled.

        Event Type:
        Mock Technical Interview (60 min) - Data Engineering

        Invitee:
        Megan Kowalczyk

        Event Date/Time:
        7:00pm - 8:00pm, Monday, October 12, 2026 (Central Time - US & Canada)

        Location:
        Zoom - link to follow from Renee

        Host:
        Renee Castillo, Northbound Career Coaching (renee@northboundcoaching.example)

        Payment:
        $95.00 USD, paid via Stripe

        Need to make changes to this event?
        Reschedule: https://calendly.com/reschedulings/4e9a21-nbcc

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:4e9a21-nbcc@calendly.com
        DTSTAMP:20261007T151100Z
        DTSTART:20261013T000000Z
        DTEND:20261013T010000Z
        SUMMARY:Mock Technical Interview (60 min) - Megan Kowalczyk
        ORGANIZER;CN=Renee Castillo:mailto:renee@northboundcoaching.example
        ATTENDEE;CN=Megan Kowalczyk;RSVP=TRUE:mailto:megan.kowalczyk@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-07 10:11:00"
    return message([
        ("Received", rcv("o1.email.calendly.com", "149.72.134.18", when, CHI, "4QtZ5h2Ydd")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Renee Castillo", "renee@northboundcoaching.example")),
        ("To", ME),
        ("Subject", "Confirmed: Mock Technical Interview (60 min) - Data Engineering with Renee "
                    "Castillo on Monday, October 12, 2026"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<4e9a21.nbcc.20261007151100@calendly.com>"),
    ], mixed(text(body, cte="7bit"),
             calendar(ics, filename="invite.ics", disposition="attachment", ctype="application/ics",
                      method=None)))


@mail(n(38), family="auto_reply", lang="en-US", interview=False, company="Prairie Mutual Insurance",
      days=(("Mon", "2026-09-14"),),
      note="Out-of-office auto-reply from the recruiter to the candidate's thank-you note after the "
           "10 Sep interview; quotes 'interview' but confirms nothing")
def n38() -> bytes:
    body = t("""
        Thank you for your message. I am out of the office with limited access to email and will
        return on Monday, September 14. For urgent scheduling questions, please contact
        talent@prairiemutual.com.

        Rachel Tenney
        Talent Acquisition, Prairie Mutual Insurance

        ________________________________
        From: Megan Kowalczyk <megan.kowalczyk@example.org>
        Sent: Thursday, September 10, 2026 4:28 PM
        To: Tenney, Rachel <rachel.tenney@prairiemutual.com>
        Subject: Thank you - Senior Data Engineer interview

        Hi Rachel, thank you for arranging this morning's interview with Dev - I enjoyed it a lot.
        """)
    when = "2026-09-10 16:28:31"
    return message([
        ("Received", rcv("mail-bl0nam12on2130.outbound.protection.outlook.com", "40.107.237.130", when, CHI,
                         "4QhY0i9Zee")),
        ("From", addr("Tenney, Rachel", "rachel.tenney@prairiemutual.com")),
        ("To", MEGAN),
        ("Subject", "Automatic reply: Thank you - Senior Data Engineer interview"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<BL0PR12MB2451OOF7A8B9C0D1E2F3A4B5C6D7E8@BL0PR12MB2451.namprd12.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<CAMk7qZ2thanks-pmi@mail.example.org>"),
    ], text(body))


@mail(n(39), family="bounce", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Postfix bounce (multipart/report) of the candidate's thank-you note with a mistyped "
           "address; the returned message mentions 'today's interview at 11' - nothing scheduled")
def n39() -> bytes:
    report = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <t.halvorsen@meridiancrane.com>: host
            meridiancrane-com.mail.protection.outlook.com[52.101.40.18] said: 550 5.1.10
            RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
            (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4R0C3k7Lff
        Arrival-Date: Tue,  3 Nov 2026 12:58:40 -0600 (CST)

        Final-Recipient: rfc822; t.halvorsen@meridiancrane.com
        Original-Recipient: rfc822;t.halvorsen@meridiancrane.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; meridiancrane-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
            found by SMTP address lookup
        """)
    orig = message([
        ("From", MEGAN),
        ("To", "t.halvorsen@meridiancrane.com"),
        ("Subject", "Thank you for today"),
        ("Date", date("2026-11-03 12:58:38", CHI)),
        ("Message-ID", "<CAMk7qZ3thanks-mcrp@mail.example.org>"),
    ], text(t("""
        Hi Tobias,

        Thank you for today's interview at 11 - I really enjoyed the conversation with you and Ruth
        about cat-model data lineage. I'm very interested in the role and look forward to hearing
        about next steps.

        Best,
        Megan
        """), cte="7bit"))
    body = multipart("report",
                     text(report, charset="us-ascii", cte="7bit",
                          extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                          orig),
                     params="report-type=delivery-status")
    when = "2026-11-03 12:58:41"
    return message([
        ("From", "MAILER-DAEMON@mx2.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<20261103185841.7A1B2C3D4E@mx2.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], body)


@mail(n(40), family="mailing_list_meetup", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Local data-engineering mailing list: meetup 'Hiring managers on interviewing' Thu 12 Nov "
           "6:00 PM at a venue - a meetup with a fixed time, not an interview")
def n40() -> bytes:
    body = t("""
        Hi all,

        November meetup is set!

        "From the other side of the table: hiring managers on interviewing data engineers"
        Thursday, November 12, 6:00-8:00 PM
        Gravitate Coworking, 1200 Locust St, Des Moines (pizza from 5:30)

        Panel: hiring managers from three local insurers, an ag-tech company and a state agency
        talk about what they look for in technical interviews, take-homes vs. live coding, and
        red flags. Bring questions! RSVP so we order enough food:
        https://dsmdataeng.example/rsvp/2026-11

        Also: we're looking for a volunteer to run the December lightning talks.

        -- Kofi (organizer)

        --
        You received this message because you are subscribed to the Google Groups "DSM Data
        Engineering" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to
        dsm-dataeng+unsubscribe@googlegroups.com.
        """)
    when = "2026-11-02 20:14:09"
    return message([
        ("Received", rcv("mail-sor-f65.google.com", "209.85.220.65", when, CHI, "4R0B6l4Mgg")),
        ("From", addr("Kofi Mensah", "kofi.mensah.dsm@example.com")),
        ("To", "DSM Data Engineering <dsm-dataeng@googlegroups.com>"),
        ("Subject", "[dsm-dataeng] Nov 12 meetup: hiring managers on interviewing"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<8f2c1a7e-33d1-4b9e-9a0f-dsmdataeng1112n@googlegroups.com>"),
        ("Mailing-list", "list dsm-dataeng@googlegroups.com; contact dsm-dataeng+owners@googlegroups.com"),
        ("List-ID", "<dsm-dataeng.googlegroups.com>"),
        ("List-Post", "<https://groups.google.com/group/dsm-dataeng/post>, <mailto:dsm-dataeng@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:dsm-dataeng+unsubscribe@googlegroups.com>"),
        ("Precedence", "list"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(41), family="workforce_center", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-09-23"),),
      note="Public workforce-center appointment with a career planner (Wed 23 Sep, 10:30 AM) - a "
           "job-centre appointment, not a job interview")
def n41() -> bytes:
    body = t("""
        Dear MEGAN KOWALCZYK,

        This is to confirm your appointment at the Iowa Workforce Connect Center - Des Moines.

        Appointment type: Career Planning / Resume Review
        Date: Wednesday, September 23, 2026
        Time: 10:30 AM
        Location: 215 Keo Way, Des Moines, IA 50309 - Room 2B
        Staff: Career Planner Luz Ortega

        Please bring a printed copy of your current resume and a list of positions you have
        applied for. If you are unable to keep this appointment, call 515-555-0150 at least
        24 hours in advance.

        Iowa Workforce Connect is an equal opportunity employer/program. Auxiliary aids and
        services are available upon request to individuals with disabilities.

        THIS IS AN AUTOMATED MESSAGE - DO NOT REPLY
        """)
    when = "2026-09-16 13:45:00"
    return message([
        ("Received", rcv("smtp-relay.iwc-iowa.example", "192.0.2.150", when, CHI, "4QkZ2m5Nhh")),
        ("From", addr("Iowa Workforce Connect", "do-not-reply@iwc-iowa.example")),
        ("To", ME),
        ("Subject", "Appointment Confirmation - Iowa Workforce Connect Center"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<IWC.APPT.0916.558812@iwc-iowa.example>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(42), family="press_interview", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-11-13"),),
      note="A reporter confirms a phone interview with the candidate ('Friday at 2 PM') for a story "
           "on AI in claims - a press interview, not a job interview")
def n42() -> bytes:
    body = t("""
        Hi Megan,

        Thanks so much for agreeing to talk with me - Kofi from the DSM data meetup said you'd be
        a great voice for this. Confirming our interview Friday (Nov. 13) at 2 p.m. by phone; I'll
        call you at the number you sent. It should take 20-30 minutes.

        The story is about how Iowa insurers are using machine learning to triage claims after
        this summer's derecho, and what that means for adjusters. I'd love your perspective as a
        data engineer - on background or on the record, your call. I won't name your employer
        unless you're comfortable with it.

        Thanks again,
        Hannah Vos
        Business Reporter | Capital City Ledger
        hvos@capcityledger.example | 515-555-0115
        """)
    when = "2026-11-10 16:52:20"
    return message([
        ("Received", rcv("mail-vk1-f171.google.com", "209.85.221.171", when, CHI, "4R1T1n7Oii")),
        ("From", addr("Hannah Vos", "hvos@capcityledger.example")),
        ("To", ME),
        ("Subject", "Confirming our interview Friday - AI in claims story"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<CAHv0sLedger-ai-claims-1113@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(43), family="admission_interview", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-12-05"),),
      note="Part-time MBA admissions interview confirmed (Sat 5 Dec, 10:00 AM) - a university "
           "admission interview, not a job interview")
def n43() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#1a1a1a">
        <p><b>Raccoon Valley University &middot; Carver School of Business</b></p>
        <p>Dear Megan,</p>
        <p>Thank you for your application to the <b>Part-Time Professional MBA</b> (Fall 2027 entry). We are
        pleased to invite you to an admissions interview, which is now confirmed:</p>
        <p><b>Saturday, December 5, 2026, 10:00 AM</b><br>
        Carver Hall, Room 210, 2500 University Ave, Des Moines<br>
        Interviewer: Dr. Ellen Marchetti, Associate Director of Graduate Admissions</p>
        <p>The interview lasts about 30 minutes and is conversational: your goals, your leadership
        experience, and why an MBA now. Business casual attire. Free parking in Lot C on weekends.</p>
        <p>We look forward to meeting you.</p>
        <p>Office of Graduate Admissions<br>gradadmissions@rvu.example &middot; 515-555-0199</p>
        </body></html>
        """)
    when = "2026-11-27 11:40:00"
    return message([
        ("Received", rcv("smtp.slate-mail.example", "192.0.2.210", when, CHI, "4R3B8o1Pjj")),
        ("From", addr("RVU Graduate Admissions", "gradadmissions@rvu.example")),
        ("To", MEGAN),
        ("Subject", "Your MBA admissions interview is confirmed"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<slate.rvu.mba.int.77120@slate-mail.example>"),
    ], html(page, charset="iso-8859-1"))


@mail(n(44), family="sports_tryout", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Roller-derby league confirms a spot at its tryout (Sat 26 Sep, 10:00 AM) - a sports "
           "try-out, not a job interview")
def n44() -> bytes:
    body = t("""
        Hey Megan!!

        You're on the list for Capital City Rollers fall tryouts 🛼

        Saturday, September 26 - check-in 9:30, skating starts at 10:00 AM sharp
        Skate South, 2100 SE Army Post Rd, Des Moines

        Bring: full gear (helmet, mouthguard, wrist guards, elbow + knee pads), water, a snack,
        and your signed WFTDA waiver. Loaner gear is limited so message us if you need it.

        Tryouts are basically an "interview" on skates: minimum skills, a short scrimmage, and a
        quick chat with the coaches. No pressure, everyone is super nice.

        See you on the track,
        Vicki "Mean Median" Sorensen
        Recruitment Captain, Capital City Rollers
        """)
    when = "2026-09-21 19:22:10"
    return message([
        ("Received", rcv("mail-io1-f47.google.com", "209.85.166.47", when, CHI, "4QmC5p2Qkk")),
        ("From", addr("Capital City Rollers", "recruitment.capcityrollers@example.com")),
        ("To", ME),
        ("Subject", "Tryout confirmed - Sat 9/26!"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<CAF3rollers0926tryout@mail.gmail.com>"),
    ], text(body, cte="base64"))


@mail(n(45), family="bank_advisor_bookings", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Microsoft Bookings confirmation from a credit union for a 401(k) rollover consultation "
           "(Tue 1 Dec, 12:15 PM Central) with ICS - a bank-advisor appointment in the same layout "
           "as an interview booking")
def n45() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px">Your booking is confirmed</p>
        <p>Hi Megan Kowalczyk,</p>
        <p>Thanks for booking with Ridgeline Federal Credit Union. Here are your booking details.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Retirement Rollover Consultation (401k / IRA)</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Tuesday, December 1, 2026 12:15 PM - 1:00 PM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Brent Lindahl, Financial Advisor</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Ridgeline FCU Ingersoll Branch, 3010 Ingersoll Ave</td></tr>
        </table>
        <p>Please bring your most recent plan statement from your current employer.</p>
        <p>Need to make changes? <a href="https://outlook.office365.com/owa/calendar/Appointments@ridgelinefcu.example/bookings/">Manage booking</a></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Ridgeline FCU Appointments:mailto:Appointments@ridgelinefcu.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Megan Kowalczyk:mailto:megan.kowalczyk@example.org
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC01000000000000000010000000RFCU
SUMMARY;LANGUAGE=en-US:Retirement Rollover Consultation (401k / IRA)
DTSTART;TZID=Central Standard Time:20261201T121500
DTEND;TZID=Central Standard Time:20261201T130000
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Ridgeline FCU Ingersoll Branch
DTSTAMP:20261125T170300Z
END:VEVENT
END:VCALENDAR"""
    when = "2026-11-25 11:03:00"
    return message([
        ("Received", rcv("mail-co1nam11on2097.outbound.protection.outlook.com", "40.107.220.97", when, CHI,
                         "4R3A0q6Rll")),
        ("From", addr("Ridgeline FCU Appointments", "Appointments@ridgelinefcu.example")),
        ("To", MEGAN),
        ("Subject", "Booking confirmed: Retirement Rollover Consultation (401k / IRA) with Ridgeline "
                    "Federal Credit Union"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<CO1PR11MB5089A7B8C9D0E1F2A3B4C5D6E7F80@CO1PR11MB5089.namprd11.prod.outlook.com>"),
    ], alt(html(page), calendar(ics, cte="base64")))


@mail(n(46), family="interviewer_invite", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Outlook invitation at her current job asking her to interview a candidate (Wed 30 Sep, "
           "10:00-10:45 AM Central) with ICS - she is the interviewer, not the candidate")
def n46() -> bytes:
    body = t("""
        When: Wednesday, September 30, 2026 10:00 AM-10:45 AM (UTC-06:00) Central Time (US & Canada).
        Where: Conf Rm 3-Raccoon / Microsoft Teams

        Hi Megan,

        Thanks for agreeing to sit on the panel for the Data Analyst II req. You'll take the SQL
        exercise portion with Jordan Pike (resume attached in Workday). Please submit your
        scorecard in Workday by end of day.

        Lisa Okafor
        Talent Acquisition | Riverbend Casualty
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN="Okafor, Lisa":mailto:lisa.okafor@riverbendcasualty.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalczyk, Megan":mailto:mkowalczyk@riverbendcasualty.com
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC010000000000000000100000RBCINT
SUMMARY;LANGUAGE=en-US:Interview: Jordan Pike - Data Analyst II (SQL exercise)
DTSTART;TZID=Central Standard Time:20260930T100000
DTEND;TZID=Central Standard Time:20260930T104500
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Conf Rm 3-Raccoon / Microsoft Teams
DTSTAMP:20260924T191200Z
END:VEVENT
END:VCALENDAR"""
    when = "2026-09-24 14:12:00"
    return message([
        ("Received", rcv("mail-sn1nam02on2101.outbound.protection.outlook.com", "40.107.96.101", when, CHI,
                         "4QnE9r3Smm")),
        ("From", addr("Okafor, Lisa", "lisa.okafor@riverbendcasualty.com")),
        ("To", addr("Kowalczyk, Megan", WORK)),
        ("Subject", "Interview: Jordan Pike - Data Analyst II (SQL exercise)"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<SN1PR03MB7710A9B8C7D6E5F4A3B2C1D0E9F81@SN1PR03MB7710.namprd03.prod.outlook.com>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"{WORK} {ME}"),
    ], alt(text(body), calendar(ics)))


@mail(n(47), family="forwarded_someone_else", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="A former colleague forwards HIS OWN Greenhouse interview confirmation (Thu 22 Oct, 1:00 "
           "PM CDT, ICS inside the attached message) asking for tips - someone else's interview")
def n47() -> bytes:
    inner_body = t("""
        Hi Derek,

        Thank you for scheduling time with us! Here are the details of your upcoming interview for
        the Data Engineer, Claims Analytics role at Prairie Mutual Insurance.

        Thursday, October 22, 2026
        1:00 PM - 1:45 PM CDT
        Location: Microsoft Teams

        1:00 PM - 1:45 PM   Hiring Manager Interview - Devendra Anand

        If you need to make any changes, simply reply to this email.

        Prairie Mutual Insurance Talent Acquisition
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-49100213-prairiemutual@greenhouse.io
        DTSTAMP:20261016T154000Z
        DTSTART:20261022T180000Z
        DTEND:20261022T184500Z
        SUMMARY:Interview: Derek Salazar - Data Engineer, Claims Analytics
        ORGANIZER;CN=Rachel Tenney:mailto:rachel.tenney@prairiemutual.com
        ATTENDEE;CN=Derek Salazar;RSVP=TRUE:mailto:derek.salazar@example.net
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    inner = message([
        ("From", addr("Prairie Mutual Insurance", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Rachel Tenney", "rachel.tenney@prairiemutual.com")),
        ("To", addr("Derek Salazar", "derek.salazar@example.net")),
        ("Subject", "Interview Confirmation: Data Engineer, Claims Analytics"),
        ("Date", date("2026-10-16 10:40:00", CHI)),
        ("Message-ID", "<gh.49100213.d2e7f1@us.greenhouse-mail.io>"),
    ], mixed(text(inner_body), calendar(ics, filename="invite.ics", disposition="attachment")))
    outer = t("""
        Meg!! Look what showed up - I got the interview at Prairie Mutual (the claims analytics
        team you talked to in September). You met Dev, right? Any tips on what he asks? I owe you
        a coffee either way. Details below.

        Derek
        """)
    when = "2026-10-17 09:12:45"
    return message([
        ("Received", rcv("mail-wr1-f44.example.net", "203.0.113.44", when, CHI, "4QxB3s0Tnn")),
        ("From", addr("Derek Salazar", "derek.salazar@example.net")),
        ("To", MEGAN),
        ("Subject", "Fwd: Interview Confirmation: Data Engineer, Claims Analytics"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<CAE9dSal-fwd-pmi-1017@mail.example.net>"),
    ], mixed(text(outer, cte="7bit"), attached_message(inner)))


@mail(n(48), family="hackathon_judge", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-10-03"),),
      note="Civic hackathon thanks her for judging: judging block Sat 3 Oct, 2:00-4:00 PM, 'team "
           "interviews' with the finalists - she judges, nobody interviews her")
def n48() -> bytes:
    body = t("""
        Hi Megan,

        Thank you for volunteering as a judge for Hack Des Moines 2026! Here's your schedule:

          Saturday, October 3
          1:30 PM  Judges' briefing (Science Center, Room B)
          2:00 - 4:00 PM  Judging block 2: "Open Data for Public Health" track
                          5-minute demo + 5-minute team interview per finalist
          4:30 PM  Awards

        Your co-judges are Priya Natarajan (Polk County IT) and Sam Ortiz (Iowa Startup Accelerator).
        The scoring rubric is attached to the shared drive link we sent last week.

        Lunch and a judge T-shirt are on us. Parking: Science Center lot, tell the attendant you're
        a judge.

        Thanks!
        Alana Fischer
        Hack Des Moines organizing team
        """)
    when = "2026-09-28 12:31:40"
    return message([
        ("Received", rcv("mail-pl1-f181.google.com", "209.85.214.181", when, CHI, "4QoF4t8Uoo")),
        ("From", addr("Alana Fischer", "alana@hackdsm.example")),
        ("To", ME),
        ("Subject", "Hack DSM 2026 - your judging schedule"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<CAGhackdsm-judges-b2@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(49), family="post_interview_thanks", lang="en-US", interview=False,
      company="Cornbelt Community Credit Union",
      note="The IT director replies to her thank-you after yesterday's interview ('thanks for "
           "coming in yesterday ... in touch next week'); refers to a past interview, schedules "
           "nothing")
def n49() -> bytes:
    body = t("""
        Megan,

        Thanks for coming in yesterday and for the note. We enjoyed the conversation - especially
        your take on reconciling core-banking extracts with the card processor feeds. We have two
        more candidates to see this week and hope to make a decision by early next week. Brooke at
        Cornerstone will keep you posted.

        Gary

        Gary Pfeiffer
        Director of Information Technology
        Cornbelt Community Credit Union

        > On Tue, Sep 15, 2026 at 12:41 PM Megan Kowalczyk <megan.kowalczyk@example.org> wrote:
        > Hi Gary,
        >
        > Thank you for meeting with me this morning - I enjoyed learning about the data warehouse
        > refresh and I'm very interested in the role.
        >
        > Best,
        > Megan
        """)
    when = "2026-09-16 08:05:29"
    return message([
        ("Received", rcv("mail-bn7nam10on2119.outbound.protection.outlook.com", "40.107.92.119", when, CHI,
                         "4QkY6u1Vpp")),
        ("From", addr("Gary Pfeiffer", "gpfeiffer@cornbeltccu.example")),
        ("To", MEGAN),
        ("CC", addr("Brooke Hadley", "bhadley@cornerstonetalent.com")),
        ("Subject", "RE: Thank you"),
        ("Date", date(when, CHI)),
        ("Message-ID", "<BN7PR10MB2219C8D7E6F5A4B3C2D1E0F9A8B70@BN7PR10MB2219.namprd10.prod.outlook.com>"),
        ("In-Reply-To", "<CAMk7qZ4thanks-cccu@mail.example.org>"),
    ], text(body, charset="windows-1252", cte="8bit"))


@mail(n(50), family="join_receipt", lang="en (German sender)", interview=False,
      company="Kranich Insurtech GmbH",
      note="JOIN application receipt from a Hamburg insurtech hiring remotely: 'the team will get "
           "back to you' - no interview, no time")
def n50() -> bytes:
    body = t("""
        Hi Megan,

        your application for the position "Senior Data Engineer (Remote, US time zones)" at
        Kranich Insurtech GmbH has been sent successfully.

        What happens next?
        The hiring team at Kranich Insurtech will review your application and get back to you
        directly. This usually takes 1–2 weeks. If they would like to get to know you, they will
        invite you to an interview.

        Good luck!
        Your JOIN team

        JOIN Solutions AG · Zürich
        You receive this e-mail because you applied for a job via JOIN.
        """)
    when = "2026-09-18 17:48:03"
    return message([
        ("Received", rcv("mail-eu1.join.com", "18.185.90.33", when, BER, "4QlZ7v5Wqq")),
        ("From", addr("JOIN", "noreply@join.com")),
        ("To", MEGAN),
        ("Subject", "Your application to Kranich Insurtech GmbH was sent"),
        ("Date", date(when, BER)),
        ("Message-ID", "<join.apply.5518203.20260918154803@join.com>"),
    ], alt(text(body, cte="quoted-printable"), html(gmail_html(body))))
