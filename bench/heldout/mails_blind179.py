"""blind179: 50 hand-written mails from the inbox of Nate Kowalczyk, an industrial controls engineer
in Milwaukee (America/Chicago), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Build and check:

    python3 bench/heldout/make_blind.py blind179

Keys 1-23 are the positives, 24-50 the negatives; the file number of the mail written key-th is
ORDER[key - 1].
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

ORDER = random.Random(1790179).sample(range(1, 51), 50)

CT = "America/Chicago"
ET = "America/New_York"
PT = "America/Los_Angeles"
MT = "America/Denver"
ME = "nate.kowalczyk@example.org"
NATE = addr("Nate Kowalczyk", ME)
MX = "mx1.example.org (Postfix) with ESMTPS id"

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
    return f"blind179_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    return received(f"from {host}", when, zone, f"{MX} {ident}", ME, lag)


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", CT), end=utc("2026-09-15 11:00", CT),
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=CT,
      contact="dana.whitfield@kettlecrown.com", company="Kettle & Crown Brewing",
      note="Greenhouse confirmation from no-reply@us.greenhouse-mail.io; 10:00-11:00 AM CDT (Milwaukee, "
           "September = UTC-5) -> 15:00-16:00Z; ICS TZID America/Chicago agrees; contact = Reply-To recruiter")
def p01() -> bytes:
    body = t("""
        Hi Nate,

        Thanks again for your interest in the Controls Engineer - Brewhouse Automation role at
        Kettle & Crown Brewing. Your interview is confirmed. Here are the details:

        Interview: Video interview with the Brewing Automation team
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 11:00 AM CDT
        Location: Google Meet - https://meet.google.com/kcb-rwtm-qse

        Interviewers:
          Tom Brandvold - Automation Manager
          Shelby Ortiz - Senior Process Engineer (Packaging)

        The team will spend most of the hour on a couple of real brewhouse scenarios (CIP sequencing,
        a mash tun that will not hit its step temperatures), so have a notepad handy. No slides needed.

        If you need to make a change, just reply to this email.

        Cheers,
        Dana Whitfield
        Talent Acquisition | Kettle & Crown Brewing
        Milwaukee, WI
        """)
    hbody = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Hi Nate,</p>
        <p>Thanks again for your interest in the <b>Controls Engineer - Brewhouse Automation</b> role at
        Kettle &amp; Crown Brewing. Your interview is confirmed. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Video interview with the Brewing Automation team</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 11:00 AM CDT</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/kcb-rwtm-qse">Google Meet</a></td></tr>
        </table>
        <p>Interviewers:<br>Tom Brandvold - Automation Manager<br>Shelby Ortiz - Senior Process Engineer (Packaging)</p>
        <p>The team will spend most of the hour on a couple of real brewhouse scenarios (CIP sequencing,
        a mash tun that will not hit its step temperatures), so have a notepad handy. No slides needed.</p>
        <p>If you need to make a change, just reply to this email.</p>
        <p>Cheers,<br>Dana Whitfield<br>Talent Acquisition | Kettle &amp; Crown Brewing<br>Milwaukee, WI</p>
        <img src="https://us.greenhouse-mail.io/o/eJx1kE1OwzAQhe9ZK.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software Inc.//Greenhouse Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[CT]}
BEGIN:VEVENT
UID:gh-interview-7731984-2026@greenhouse.io
DTSTAMP:20260910T191204Z
DTSTART;TZID=America/Chicago:20260915T100000
DTEND;TZID=America/Chicago:20260915T110000
SUMMARY:Interview: Nate Kowalczyk / Kettle & Crown Brewing (Controls Engineer - Brewhouse Automation)
LOCATION:https://meet.google.com/kcb-rwtm-qse
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@kettlecrown.com
ATTENDEE;CN=Nate Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    body_part = mixed(alt(text(body), html(hbody)),
                      calendar(ics, filename="invite.ics", disposition="attachment", cte="base64"))
    return message([
        ("Received", rcv("mail-4318.us.greenhouse-mail.io (mail-4318.us.greenhouse-mail.io [198.21.4.18])",
                         "2026-09-10 14:12:04", CT, "7C1E03A0F2")),
        ("From", addr("Kettle & Crown Brewing", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@kettlecrown.com")),
        ("To", NATE),
        ("Subject", "Interview Confirmation: Controls Engineer - Brewhouse Automation at Kettle & Crown Brewing"),
        ("Date", date("2026-09-10 14:12:04", CT)),
        ("Message-ID", "<0100018e3b2f4a77-91c2d0aa-5d1e-4c07-bb0e-1e2f5a6c9d31-000000@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], body_part)


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-24 13:30", CT), end=utc("2026-09-24 14:15", CT),
      local="Thu 2026-09-24 13:30", local_end="2026-09-24 14:15", zone=CT,
      contact="priya.lindqvist@halvorsenmed.com", company="Halvorsen Medical",
      note="Lever confirmation (no-reply@hire.lever.co, base64 text+HTML); 'Thursday, September 24 at 1:30 PM "
           "CDT' for exactly 45 minutes -> 18:30-19:15Z; Minneapolis is Central too; contact = Reply-To recruiter")
def p02() -> bytes:
    body = t("""
        Hi Nate,

        You're all set! Here's a recap of your upcoming interview with Halvorsen Medical.

        Position: Automation Engineer II - Catheter Assembly (Plymouth, MN)
        When: Thursday, September 24 at 1:30 PM CDT (45 minutes)
        Where: Microsoft Teams - a link will be in the calendar invite from your interviewer
        Who: Mark Engstrom, Manufacturing Engineering Manager

        Mark will ask about validated equipment (IQ/OQ/PQ), vision systems and how you handle change
        control on a running line. It's a conversation, not a test.

        Need to reschedule? Reply to this email and I'll take care of it.

        Best,
        Priya Lindqvist
        Recruiter, Halvorsen Medical

        --
        Sent via Lever. Halvorsen Medical, 3100 Annapolis Ln N, Plymouth, MN 55447
        """)
    hbody = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:24px;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#333">
        <p>Hi Nate,</p>
        <p>You&#39;re all set! Here&#39;s a recap of your upcoming interview with Halvorsen Medical.</p>
        <p><strong>Position:</strong> Automation Engineer II - Catheter Assembly (Plymouth, MN)<br>
        <strong>When:</strong> Thursday, September 24 at 1:30 PM CDT (45 minutes)<br>
        <strong>Where:</strong> Microsoft Teams - a link will be in the calendar invite from your interviewer<br>
        <strong>Who:</strong> Mark Engstrom, Manufacturing Engineering Manager</p>
        <p>Mark will ask about validated equipment (IQ/OQ/PQ), vision systems and how you handle change
        control on a running line. It&#39;s a conversation, not a test.</p>
        <p>Need to reschedule? Reply to this email and I&#39;ll take care of it.</p>
        <p>Best,<br>Priya Lindqvist<br>Recruiter, Halvorsen Medical</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:12px;color:#999">Sent via Lever. Halvorsen Medical, 3100 Annapolis Ln N, Plymouth, MN 55447</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail-a22.hire.lever.co (mail-a22.hire.lever.co [54.240.27.22])",
                         "2026-09-18 09:47:31", CT, "1A9F2B7713")),
        ("From", addr("Halvorsen Medical", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Priya Lindqvist", "priya.lindqvist@halvorsenmed.com")),
        ("To", NATE),
        ("Subject", "Your interview with Halvorsen Medical is confirmed"),
        ("Date", date("2026-09-18 09:47:31", CT)),
        ("Message-ID", "<0100018e4f7d7b2e-3b8e1c90-63a4-4a7e-9f0d-8c2b9d41e7aa-000000@email.lever.co>"),
    ], alt(text(body, cte="base64"), html(hbody, cte="base64")))


@mail(n(3), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-06 09:00", CT), end=utc("2026-10-06 10:30", CT),
      local="Tue 2026-10-06 09:00", local_end="2026-10-06 10:30", zone=CT,
      contact="renee.okafor@lakeshorepl.com", company="Lakeshore Power & Light",
      note="Workday HTML-only mail from the tenant mailbox lakeshorepl@myworkday.com; US date 10/06/2026, "
           "9:00-10:30 AM Central Time in October = CDT -> 14:00-15:30Z; contact = recruiter address in the body")
def p03() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <table width="600" align="center" style="font-family:Arial,sans-serif;font-size:13px;color:#333333">
        <tr><td style="background:#0b3d6e;padding:14px;color:#ffffff;font-size:18px">Lakeshore Power &amp; Light</td></tr>
        <tr><td style="padding:18px">
        <p>Dear Nate Kowalczyk,</p>
        <p>Thank you for your interest in the <b>Substation Automation Engineer</b> position (R-0028814).
        We are pleased to confirm your in-person panel interview:</p>
        <table style="font-size:13px">
        <tr><td>Interview Date:</td><td><b>10/06/2026</b></td></tr>
        <tr><td>Interview Time:</td><td><b>9:00 AM - 10:30 AM Central Time</b></td></tr>
        <tr><td>Location:</td><td>Lakeshore Power &amp; Light, 400 N Harbor Dr, Milwaukee, WI 53202 - Conference Room 7B</td></tr>
        <tr><td>Panel:</td><td>Substation Engineering (3 interviewers)</td></tr>
        </table>
        <p>Please bring a government-issued photo ID and check in with Security in the main lobby 15 minutes
        early. Visitor parking is available in the Harbor Dr ramp; we will validate your ticket.</p>
        <p>If you have questions about the interview, please contact Renee Okafor at
        <a href="mailto:renee.okafor@lakeshorepl.com">renee.okafor@lakeshorepl.com</a> or 414-555-0172.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Lakeshore Power &amp; Light</p>
        <p style="font-size:11px;color:#888888">This email was sent from an unmonitored mailbox. To review your application,
        sign in to the <a href="https://lakeshorepl.wd5.myworkdayjobs.com/Careers">Candidate Home</a>.</p>
        </td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", rcv("wd5-smtp-out.myworkday.com (wd5-smtp-out.myworkday.com [216.255.129.33])",
                         "2026-09-28 16:05:12", CT, "5D77E2A1C0")),
        ("From", addr("Lakeshore Power & Light", "lakeshorepl@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Confirmation - Substation Automation Engineer (R-0028814)"),
        ("Date", date("2026-09-28 16:05:12", CT)),
        ("Message-ID", "<1590233116.448812.1790629512331@wd5-prod-mail-app31.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(hbody))


@mail(n(4), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-22 14:30", CT), end=None,
      local="Tue 2026-09-22 14:30", zone=CT,
      contact="greg.salerno@ironhorsemotorworks.com", company="Ironhorse Motor Works",
      days=(("Tue", "2026-09-22"),),
      note="Hiring manager's phone reply: 'next Tuesday the 22nd at 2:30' (Date Wed 16 Sep 2026, Milwaukee, "
           "CDT) -> 19:30Z; 'hour or so' is approximate so end null; contact = human sender")
def p04() -> bytes:
    body = t("""
        Nate - thanks for getting back to me so fast. Lets do next Tuesday the 22nd at 2:30. Come to the
        Canal St plant, not the museum, and ask for me at the front desk. Plan on an hour or so, I'll walk
        you through the paint line and we can talk about the retrofit. Wear closed toe shoes.

        Greg

        Sent from my iPhone

        > On Sep 16, 2026, at 11:02 AM, Nate Kowalczyk <nate.kowalczyk@example.org> wrote:
        >
        > Hi Greg,
        >
        > Thanks for the call yesterday. I'd be glad to come in and see the plant. I'm flexible most
        > afternoons next week - let me know what works for you.
        >
        > Best,
        > Nate
        """)
    return message([
        ("Received", rcv("mail-nam12-bn8.outbound.protection.outlook.com (mail-nam12-bn8.outbound.protection.outlook.com [40.107.92.58])",
                         "2026-09-16 12:41:09", CT, "3B0C9E5A44")),
        ("From", addr("Greg Salerno", "greg.salerno@ironhorsemotorworks.com")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Re: Controls Engineer - Paint Line Retrofit"),
        ("Date", date("2026-09-16 12:41:09", CT)),
        ("Message-ID", "<5E1B0A7C-66D2-4F7E-9C1A-2B4F8E0D3A91@ironhorsemotorworks.com>"),
        ("In-Reply-To", "<CAF7q2xk9Lm2=eQpTz7rVwY3Nn0bH@mail.example.org>"),
        ("References", "<CAF7q2xk9Lm2=eQpTz7rVwY3Nn0bH@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (21H16)"),
    ], text(body, cte="7bit", charset="us-ascii"))


@mail(n(5), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-14 13:00", CT), end=utc("2026-10-14 14:00", CT),
      local="Wed 2026-10-14 13:00", local_end="2026-10-14 14:00", zone=CT,
      contact="megan.thorsby@lakeviewhealth.org", company="Lakeview University Hospital",
      note="Exchange meeting request, TZID 'Central Standard Time' (Windows name = America/Chicago); the body's "
           "'(UTC-06:00) Central Time' label is the standard offset but 14 Oct is CDT -> 18:00-19:00Z; "
           "contact = human ORGANIZER/sender")
def p05() -> bytes:
    body = t("""
        When: Wednesday, October 14, 2026 1:00 PM-2:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Nate,

        As discussed, here is the invite for your interview for the Building Automation Systems
        Engineer position in Facilities & Clinical Engineering. You will meet with:

          - Raymond Quist, Manager, Building Automation
          - Angela Hu, Senior Clinical Engineer

        Please have a few examples ready of BAS work in occupied buildings (Niagara / Metasys
        experience is a plus, as is anything involving isolation rooms or pressure monitoring).

        Thanks,
        Megan

        Megan Thorsby | Talent Acquisition Partner
        Lakeview University Hospital | Madison, WI
        608-555-0143

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk2YzAtYjQ1Ni00ZDkxLWE2YjctODQ3ZDE0ZTRiNmQz%40thread.v2/0>
        Meeting ID: 284 615 903 772
        Passcode: bX7hQ2
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    hbody = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US" link="#0563C1">
        <div class="WordSection1">
        <p class="MsoNormal">Hi Nate,</p>
        <p class="MsoNormal">As discussed, here is the invite for your interview for the Building Automation Systems
        Engineer position in Facilities &amp; Clinical Engineering. You will meet with:</p>
        <ul><li>Raymond Quist, Manager, Building Automation</li><li>Angela Hu, Senior Clinical Engineer</li></ul>
        <p class="MsoNormal">Please have a few examples ready of BAS work in occupied buildings (Niagara / Metasys
        experience is a plus, as is anything involving isolation rooms or pressure monitoring).</p>
        <p class="MsoNormal">Thanks,<br>Megan</p>
        <p class="MsoNormal"><b>Megan Thorsby</b> | Talent Acquisition Partner<br>Lakeview University Hospital | Madison, WI<br>608-555-0143</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk2YzAtYjQ1Ni00ZDkxLWE2YjctODQ3ZDE0ZTRiNmQz%40thread.v2/0">Click here to join the meeting</a></div>
        <div>Meeting ID: 284 615 903 772<br>Passcode: bX7hQ2</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Megan Thorsby:mailto:megan.thorsby@lakeviewhealth.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nate Kowalczyk:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Raymond Quist:mailto:raymond.quist@lakeviewhealth.org
DESCRIPTION;LANGUAGE=en-US:Hi Nate\\,\\n\\nAs discussed\\, here is the invite for your interview for the Building Automation Systems Engineer position.\\n
UID:040000008200E00074C5B7101A82E00800000000C07A5E8F2F4BDC01000000000000000010000000A3E1F0C6D2B84E4AB1D5
SUMMARY;LANGUAGE=en-US:Interview - Nate Kowalczyk - BAS Engineer
DTSTART;TZID=Central Standard Time:20261014T130000
DTEND;TZID=Central Standard Time:20261014T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261007T201533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2122447101
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
    return message([
        ("Received", rcv("mail-co1nam11on2101.outbound.protection.outlook.com (mail-co1nam11on2101.outbound.protection.outlook.com [40.107.220.101])",
                         "2026-10-07 15:15:33", CT, "9E4D11B0C2")),
        ("From", addr("Thorsby, Megan", "megan.thorsby@lakeviewhealth.org")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("CC", addr("Quist, Raymond", "raymond.quist@lakeviewhealth.org")),
        ("Subject", "Interview - Nate Kowalczyk - BAS Engineer"),
        ("Thread-Topic", "Interview - Nate Kowalczyk - BAS Engineer"),
        ("Thread-Index", "AdtY3kQm7bKfQ0VGR1uC6q3w2nL1Ag=="),
        ("Date", "Wed, 7 Oct 2026 20:15:33 +0000"),
        ("Message-ID", "<SA1PR04MB8412C07A5E8F2F4BDC0A3E1F0C6D2B84@SA1PR04MB8412.namprd04.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(hbody), calendar(ics, cte="base64")))


@mail(n(6), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-22 11:00", PT), end=utc("2026-10-22 12:00", PT),
      local="Thu 2026-10-22 11:00", local_end="2026-10-22 12:00", zone=PT,
      contact="jun.park@tidewaterrobotics.com", company="Tidewater Robotics",
      note="Ashby confirmation from a San Francisco company: 11:00 AM - 12:00 PM PDT (UTC-7) -> 18:00-19:00Z "
           "(1 PM in Milwaukee); ICS TZID America/Los_Angeles; contact = Reply-To / ORGANIZER recruiter")
def p06() -> bytes:
    body = t("""
        Hi Nate,

        Your interview has been scheduled. We're excited to chat!

        Tidewater Robotics - Senior Controls Engineer, Field Systems

        Thursday, October 22, 2026
        11:00 AM - 12:00 PM PDT
        Zoom: https://tidewaterrobotics.zoom.us/j/86310477205

        Interviewers
          Alana Reyes - Director of Controls
          Sam Okonkwo - Staff Engineer, Motion

        This is a technical deep-dive: expect to sketch a state machine for a pick-and-place cell and
        talk through EtherCAT commissioning. A shared whiteboard link will be in the Zoom chat.

        Questions? Just reply and it will reach Jun Park.

        Tidewater Robotics Recruiting
        Powered by Ashby
        """)
    hbody = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1b1b1f;background:#f7f7f9">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:28px;border-radius:8px">
        <p>Hi Nate,</p>
        <p>Your interview has been scheduled. We&#x27;re excited to chat!</p>
        <h3 style="margin:18px 0 6px">Tidewater Robotics - Senior Controls Engineer, Field Systems</h3>
        <p style="margin:0">Thursday, October 22, 2026<br>11:00 AM - 12:00 PM PDT<br>
        <a href="https://tidewaterrobotics.zoom.us/j/86310477205">Join Zoom</a></p>
        <p><b>Interviewers</b><br>Alana Reyes - Director of Controls<br>Sam Okonkwo - Staff Engineer, Motion</p>
        <p>This is a technical deep-dive: expect to sketch a state machine for a pick-and-place cell and
        talk through EtherCAT commissioning. A shared whiteboard link will be in the Zoom chat.</p>
        <p>Questions? Just reply and it will reach Jun Park.</p>
        <p style="color:#6b6b76">Tidewater Robotics Recruiting<br>Powered by Ashby</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
UID:8d1f2c6e-47b0-4f3a-9a55-0e6c3b7d2a19
DTSTAMP:20261016T213409Z
DTSTART;TZID=America/Los_Angeles:20261022T110000
DTEND;TZID=America/Los_Angeles:20261022T120000
SEQUENCE:0
SUMMARY:Tidewater Robotics - Technical Deep-Dive (Nate Kowalczyk)
LOCATION:https://tidewaterrobotics.zoom.us/j/86310477205
ORGANIZER;CN=Jun Park:mailto:jun.park@tidewaterrobotics.com
ATTENDEE;CN=Nate Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
                         "2026-10-16 14:34:09", PT, "A0B3C71E55")),
        ("From", addr("Tidewater Robotics", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Jun Park", "jun.park@tidewaterrobotics.com")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Interview scheduled: Senior Controls Engineer, Field Systems at Tidewater Robotics"),
        ("Date", date("2026-10-16 14:34:09", PT)),
        ("Message-ID", "<0100018f2d6a55c1-2e9b77f4-1c3a-4d85-8a6e-f0b41c9e2d70-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(hbody, cte="base64")),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(7), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 15:30", CT), end=utc("2026-11-03 16:15", CT),
      local="Tue 2026-11-03 15:30", local_end="2026-11-03 16:15", zone=CT,
      contact="aaron.mitchell@rougeriverautomation.com", company="Rouge River Automation",
      note="Calendly invitee confirmation sent Thu 29 Oct (CDT) for a Detroit hiring manager, shown in the "
           "invitee's zone: 3:30-4:15pm Central on Tue 3 Nov, after DST ended on 1 Nov -> CST (UTC-6) -> "
           "21:30-22:15Z; no ICS; contact = Reply-To host")
def p07() -> bytes:
    body = t("""
        Hi Nate Kowalczyk,

        A new event has been scheduled.

        Event Type:
        Technical Interview - Controls Engineer (45 min)

        Invitee:
        Nate Kowalczyk

        Invitee Email:
        nate.kowalczyk@example.org

        Event Date/Time:
        03:30pm - 04:15pm, Tuesday, November 3, 2026 (Central Time - US & Canada)

        Location:
        This is a Microsoft Teams web conference. Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_RRA7k2/0

        Host:
        Aaron Mitchell (Rouge River Automation)

        Questions:
        Anything you'd like to share ahead of time?
        Most of my recent work is Allen-Bradley / FactoryTalk on body-in-white lines.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3f0e9b27-8c41-4a6b-b2d3-91c7e0a5d4f8
        Reschedule: https://calendly.com/reschedulings/3f0e9b27-8c41-4a6b-b2d3-91c7e0a5d4f8

        Powered by Calendly.com
        """)
    hbody = t("""
        <html><body style="font-family:'Proxima Nova',Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <div style="max-width:600px;margin:0 auto;padding:20px">
        <p>Hi Nate Kowalczyk,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Technical Interview - Controls Engineer (45 min)</p>
        <p><b>Invitee:</b><br>Nate Kowalczyk</p>
        <p><b>Invitee Email:</b><br><a href="mailto:nate.kowalczyk@example.org">nate.kowalczyk@example.org</a></p>
        <p><b>Event Date/Time:</b><br>03:30pm - 04:15pm, Tuesday, November 3, 2026 (Central Time - US &amp; Canada)</p>
        <p><b>Location:</b><br>This is a Microsoft Teams web conference.
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_RRA7k2/0">Join</a></p>
        <p><b>Host:</b><br>Aaron Mitchell (Rouge River Automation)</p>
        <p><b>Questions:</b><br>Anything you&#39;d like to share ahead of time?<br>
        Most of my recent work is Allen-Bradley / FactoryTalk on body-in-white lines.</p>
        <p><a href="https://calendly.com/cancellations/3f0e9b27-8c41-4a6b-b2d3-91c7e0a5d4f8">Cancel</a> |
        <a href="https://calendly.com/reschedulings/3f0e9b27-8c41-4a6b-b2d3-91c7e0a5d4f8">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("o3.email.calendly.com (o3.email.calendly.com [167.89.115.46])",
                         "2026-10-29 10:18:44", CT, "62F0A9D3B1")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Aaron Mitchell", "aaron.mitchell@rougeriverautomation.com")),
        ("To", ME),
        ("Subject", "New Event: Nate Kowalczyk - 03:30pm Tue, Nov 3, 2026 - Technical Interview - Controls Engineer (45 min)"),
        ("Date", date("2026-10-29 10:18:44", CT)),
        ("Message-ID", "<pQ3vXk7ZT0yW9bLr1cN5hA@geopod-ismtpd-4>"),
        ("X-SG-EID", "u001.b3HkZq9Ww0v5tN1pLx7mYf2RcV8sJdA4eK6gH"),
    ], alt(text(body), html(hbody)))


@mail(n(8), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 09:00", CT), end=utc("2026-11-10 10:00", CT),
      local="Tue 2026-11-10 09:00", local_end="2026-11-10 10:00", zone=CT,
      contact="sofia.marchetti@pullmanrobotics.com", company="Pullman Logistics Robotics",
      note="Google Calendar invitation; text shows 9am-10am (Central Time - Chicago) on 10 Nov = CST (UTC-6) "
           "-> 15:00-16:00Z; ICS DTSTART in UTC agrees; contact = ORGANIZER recruiter")
def p08() -> bytes:
    body = t("""
        You have been invited to the following event.

        Title: Nate Kowalczyk <> Pullman Logistics Robotics - Hiring Manager Interview
        Hi Nate - looking forward to it. You'll be talking with Victor Huang (Controls Lead, AMR fleet).
        Plan on talking through a conveyor-to-AMR handoff you've commissioned. -Sofia
        When: Tue Nov 10, 2026 9am - 10am (Central Time - Chicago)

        Joining info: Join with Google Meet
        https://meet.google.com/vxq-hbnd-ura

        Join by phone
        (US) +1 347-555-0198 PIN: 446 219 337#

        Calendar: nate.kowalczyk@example.org
        Who:
            * sofia.marchetti@pullmanrobotics.com - organizer
            * victor.huang@pullmanrobotics.com
            * nate.kowalczyk@example.org

        Event details: https://calendar.google.com/calendar/event?action=VIEW&eid=NmJxbzRmN2s

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account nate.kowalczyk@example.org because you are an
        attendee of this event.

        To stop receiving future updates for this event, decline this event. Alternatively you can sign up
        for a Google account at https://calendar.google.com/calendar/ and control your notification settings
        for your entire calendar.

        Forwarding this invitation could allow any recipient to send a response to the organizer and be
        added to the guest list, or invite others regardless of their own invitation status, or to modify
        your RSVP. Learn More To Forward Invitations.
        """)
    hbody = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from Sofia Marchetti"/></span></span>
        <div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;">
        <tr><td><div style="padding:2px"><h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222">Nate Kowalczyk &lt;&gt; Pullman Logistics Robotics - Hiring Manager Interview</h3>
        <p>Hi Nate - looking forward to it. You&#39;ll be talking with Victor Huang (Controls Lead, AMR fleet).
        Plan on talking through a conveyor-to-AMR handoff you&#39;ve commissioned. -Sofia</p>
        <table cellpadding="0" cellspacing="0" border="0" summary="Event details">
        <tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap"><div><i style="font-style:normal">When</i></div></td>
        <td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222">Tue Nov 10, 2026 9am &ndash; 10am <span style="color:#888">Central Time - Chicago</span></td></tr>
        <tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap"><div><i style="font-style:normal">Joining info</i></div></td>
        <td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222"><a href="https://meet.google.com/vxq-hbnd-ura">meet.google.com/vxq-hbnd-ura</a></td></tr>
        <tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap"><div><i style="font-style:normal">Who</i></div></td>
        <td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222"><table cellspacing="0" cellpadding="0">
        <tr><td style="padding-right:10px">&#x2022; Sofia Marchetti<span style="font-size:11px;color:#888">- organizer</span></td></tr>
        <tr><td style="padding-right:10px">&#x2022; victor.huang@pullmanrobotics.com</td></tr>
        <tr><td style="padding-right:10px">&#x2022; nate.kowalczyk@example.org</td></tr></table></td></tr>
        </table></div></td></tr></table></div>
        <p style="color:#888;font-size:11px">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261110T150000Z
DTEND:20261110T160000Z
DTSTAMP:20261104T180207Z
ORGANIZER;CN=Sofia Marchetti:mailto:sofia.marchetti@pullmanrobotics.com
UID:6bqo4f7k1c9s2m0j5r8t3v1n0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sofia Marchetti;X-NUM-GUESTS=0:mailto:sofia.marchetti@pullmanrobotics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=victor.huang@pullmanrobotics.com;X-NUM-GUESTS=0:mailto:victor.huang@pullmanrobotics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/vxq-hbnd-ura
CREATED:20261104T180205Z
DESCRIPTION:Hi Nate - looking forward to it. You'll be talking with Victor Huang (Controls Lead\\, AMR fleet).\\n
LAST-MODIFIED:20261104T180205Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Nate Kowalczyk <> Pullman Logistics Robotics - Hiring Manager Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    inner = alt(text(body, charset="UTF-8", cte="quoted-printable"),
                html(hbody, charset="UTF-8", cte="quoted-printable"),
                calendar(ics, method="REQUEST", cte="7bit", charset="UTF-8"))
    return message([
        ("Received", rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                         "2026-11-04 12:02:08", CT, "C8D5E1F034")),
        ("From", addr("Sofia Marchetti", "sofia.marchetti@pullmanrobotics.com")),
        ("Reply-To", addr("Sofia Marchetti", "sofia.marchetti@pullmanrobotics.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", "Invitation: Nate Kowalczyk <> Pullman Logistics Robotics - Hiring Manager Interview @ "
                    "Tue Nov 10, 2026 9am - 10am (CST) (nate.kowalczyk@example.org)"),
        ("Date", date("2026-11-04 12:02:08", CT)),
        ("Message-ID", "<calendar-5c1e2a40-8d7f-4b3e-a1c6-9f02d7e4b851@google.com>"),
    ], mixed(inner, calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                             disposition="attachment", cte="base64", name_param=True)))


@mail(n(9), family="smartrecruiters", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-21 08:30", CT), end=utc("2026-10-21 09:30", CT),
      local="Wed 2026-10-21 08:30", local_end="2026-10-21 09:30", zone=CT,
      contact="tom.nguyen@capitolpkg.com", company="Capitol Packaging Group",
      note="SmartRecruiters cancellation with METHOD:CANCEL ICS; the cancelled slot Wed 21 Oct 8:30-9:30 AM CDT "
           "(Madison) -> 13:30-14:30Z; no new time ('the hiring team will reach out'); Reply-To is a "
           "SmartRecruiters relay, so contact = the coordinator's address in the body")
def p09() -> bytes:
    body = t("""
        Hello Nate,

        Unfortunately, your interview for Controls Engineer - Converting (Madison, WI) scheduled for
        Wednesday, October 21, 2026, 8:30 AM - 9:30 AM CDT has been cancelled.

        Our hiring manager has been called away to a line start-up at our Janesville plant this week.
        We apologize for the short notice. The hiring team will reach out to you to find a new time.

        If you have any questions in the meantime, please contact Tom Nguyen, Talent Coordinator,
        at tom.nguyen@capitolpkg.com.

        Kind regards,
        Capitol Packaging Group Hiring Team

        This message was sent to nate.kowalczyk@example.org via SmartRecruiters.
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <div style="max-width:600px;margin:auto">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/capitolpackaging/logo.png" alt="Capitol Packaging Group" height="40">
        <p>Hello Nate,</p>
        <p>Unfortunately, your interview for <b>Controls Engineer - Converting (Madison, WI)</b> scheduled for
        <b>Wednesday, October 21, 2026, 8:30 AM - 9:30 AM CDT</b> has been cancelled.</p>
        <p>Our hiring manager has been called away to a line start-up at our Janesville plant this week.
        We apologize for the short notice. The hiring team will reach out to you to find a new time.</p>
        <p>If you have any questions in the meantime, please contact Tom Nguyen, Talent Coordinator,
        at <a href="mailto:tom.nguyen@capitolpkg.com">tom.nguyen@capitolpkg.com</a>.</p>
        <p>Kind regards,<br>Capitol Packaging Group Hiring Team</p>
        <p style="font-size:11px;color:#999">This message was sent to nate.kowalczyk@example.org via SmartRecruiters.</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:CANCEL
{VTZ[CT]}
BEGIN:VEVENT
UID:sr-int-5f2a61c0-93be-4e1d-8a7c-04d9b3e2f6a1
DTSTAMP:20261019T152210Z
DTSTART;TZID=America/Chicago:20261021T083000
DTEND;TZID=America/Chicago:20261021T093000
SUMMARY:Interview: Controls Engineer - Converting - Capitol Packaging Group
ORGANIZER;CN=Capitol Packaging Group:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Nate Kowalczyk:mailto:{ME}
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mta-07.smartrecruiters.com (mta-07.smartrecruiters.com [52.29.210.17])",
                         "2026-10-19 10:22:10", CT, "E19C3A5B77")),
        ("From", addr("Capitol Packaging Group", "noreply@smartrecruiters.com")),
        ("Reply-To", "reply+b7c1e4a09d3f@messages.smartrecruiters.com"),
        ("To", ME),
        ("Subject", "Interview cancelled: Controls Engineer - Converting"),
        ("Date", date("2026-10-19 10:22:10", CT)),
        ("Message-ID", "<20261019152210.7c4e1a93b2d54f08@smartrecruiters.com>"),
    ], mixed(alt(text(body), html(hbody)),
             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@mail(n(10), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-04 10:00", ET), end=utc("2026-11-04 11:00", ET),
      local="Wed 2026-11-04 10:00", local_end="2026-11-04 11:00", zone=ET,
      contact=None, company="Harborlight Controls",
      note="iCIMS mail (windows-1252 QP) from a Boston company sent Fri 30 Oct (EDT); interview Wed 4 Nov "
           "10:00-11:00 AM Eastern, after DST ended on 1 Nov -> EST (UTC-5) -> 15:00-16:00Z; "
           "no human address anywhere -> contact null")
def p10() -> bytes:
    body = t("""
        Dear Nate,

        Thank you for your continued interest in Harborlight Controls. We’re pleased to confirm your
        virtual interview for the position of Controls Systems Engineer – Life Sciences (Req #2026-1187).

        Date: Wednesday, November 4, 2026
        Time: 10:00 AM – 11:00 AM Eastern Time
        Format: Microsoft Teams video interview (the link will be sent by your interview panel)

        Your panel will include members of our Life Sciences Delivery group. Please be prepared to
        discuss a recent DeltaV or PlantPAx project from FAT through SAT.

        Please do not reply to this message; this mailbox is not monitored. If you need to reschedule,
        use the link in your iCIMS candidate portal.

        Best regards,

        Talent Acquisition
        Harborlight Controls, Inc. · 1 Seaport Lane · Boston, MA 02210
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Dear Nate,</p>
        <p>Thank you for your continued interest in Harborlight Controls. We’re pleased to confirm your
        virtual interview for the position of <b>Controls Systems Engineer – Life Sciences</b> (Req #2026-1187).</p>
        <p><b>Date:</b> Wednesday, November 4, 2026<br>
        <b>Time:</b> 10:00 AM – 11:00 AM Eastern Time<br>
        <b>Format:</b> Microsoft Teams video interview (the link will be sent by your interview panel)</p>
        <p>Your panel will include members of our Life Sciences Delivery group. Please be prepared to
        discuss a recent DeltaV or PlantPAx project from FAT through SAT.</p>
        <p><i>Please do not reply to this message; this mailbox is not monitored. If you need to reschedule,
        use the link in your <a href="https://careers-harborlightcontrols.icims.com/jobs/candidate">iCIMS candidate portal</a>.</i></p>
        <p>Best regards,</p>
        <p>Talent Acquisition<br>Harborlight Controls, Inc. · 1 Seaport Lane · Boston, MA 02210</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail4.icims.com (mail4.icims.com [64.95.201.42])",
                         "2026-10-30 11:20:47", ET, "0F3E8D2C19")),
        ("From", addr("Harborlight Controls", "harborlightcontrols@talent.icims.com")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", enc("Interview Confirmation – Controls Systems Engineer – Life Sciences")),
        ("Date", date("2026-10-30 11:20:47", ET)),
        ("Message-ID", "<1798644047311.2026-1187.52209@talent.icims.com>"),
    ], alt(text(body, charset="windows-1252"), html(hbody, charset="windows-1252")))


@mail(n(11), family="forward_to_self", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-02 16:00", ET), end=None,
      local="Fri 2026-10-02 16:00", zone=ET,
      contact="rstein@gantrylowe.com", company="Gantry & Lowe Engineering",
      note="Nate forwards to himself (from his old example.com address) a NYC hiring manager's reply: 'Friday at "
           "4pm Eastern (3pm your time)', quoted Date Mon 28 Sep 2026 -> Fri 2 Oct, EDT -> 20:00Z; the forward's "
           "own Date (Tue 29 Sep) gives the same Friday; contact = the human in the forwarded header, never Nate")
def p11() -> bytes:
    body = t("""
        putting this in the right inbox

        ---------- Forwarded message ---------
        From: Rachel Stein <rstein@gantrylowe.com>
        Date: Mon, Sep 28, 2026 at 10:14 AM
        Subject: Re: Gantry & Lowe - Controls Lead (Remote / NYC)
        To: Nate Kowalczyk <nkowalczyk@example.com>


        Hi Nate,

        Friday at 4pm Eastern (3pm your time) works great. I'll send a Teams link from my calendar, but in
        case it gets eaten by your spam filter here it is:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_GLE44x/0

        It'll be me and Owen from our water/wastewater group. We're mostly curious about how you'd run a
        remote commissioning team for the pump station upgrades.

        Have a good week,
        Rachel

        Rachel Stein, P.E.
        Principal, Automation Practice | Gantry & Lowe Engineering
        55 Water St, 19th Fl, New York, NY 10041
        """)
    return message([
        ("Received", rcv("mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])",
                         "2026-09-29 07:55:20", CT, "4A2D6F8E90")),
        ("From", addr("Nate Kowalczyk", "nkowalczyk@example.com")),
        ("To", ME),
        ("Subject", "Fwd: Re: Gantry & Lowe - Controls Lead (Remote / NYC)"),
        ("Date", date("2026-09-29 07:55:20", CT)),
        ("Message-ID", "<CAH3nLq1W8vZp0yK4tXs9dGf2cQm@mail.example.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 19:00", CT), end=None,
      local="Thu 2026-11-12 19:00", zone=CT,
      contact="heidi.larson@prairiegrainsys.com", company="Prairie Grain Systems",
      note="Recruiter mail with a pasted Zoom invitation (text only, base64): 'Nov 12, 2026 07:00 PM Central Time' "
           "= CST (UTC-6) -> 01:00Z on Fri 13 Nov, the next day in UTC; no duration in the Zoom block "
           "('30 min or so' is approximate) -> end null")
def p12() -> bytes:
    body = t("""
        Hi Nate,

        Thanks for being flexible on the timing. Our VP of Operations, Curt Bjorklund, is on the road at
        elevator sites all week, so an evening call was the only way to get you on his calendar before
        Thanksgiving. You're confirmed for Thursday evening; details below. Plan on 30 min or so.

        Heidi

        Heidi Larson | Senior Recruiter
        Prairie Grain Systems | Minneapolis, MN
        612-555-0187

        ---

        Heidi Larson is inviting you to a scheduled Zoom meeting.

        Topic: Nate Kowalczyk - Interview with Curt Bjorklund (VP Operations)
        Time: Nov 12, 2026 07:00 PM Central Time (US and Canada)

        Join Zoom Meeting
        https://prairiegrainsys.zoom.us/j/93017754218?pwd=bXo3VEtLcFZ0Wk9yQmh4dz09

        Meeting ID: 930 1775 4218
        Passcode: 557102

        ---

        One tap mobile
        +13092053325,,93017754218#,,,,*557102# US
        +16125550111,,93017754218#,,,,*557102# US (Minneapolis)

        Join instructions
        https://prairiegrainsys.zoom.us/meetings/93017754218/invitations?signature=Qm9vZ2llV29vZ2ll
        """)
    return message([
        ("Received", rcv("mail-bn1nam02on2112.outbound.protection.outlook.com (mail-bn1nam02on2112.outbound.protection.outlook.com [40.107.212.112])",
                         "2026-11-06 14:03:51", CT, "B5E7A9C102")),
        ("From", addr("Heidi Larson", "heidi.larson@prairiegrainsys.com")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Confirmed - Thursday evening call w/ Curt"),
        ("Date", date("2026-11-06 14:03:51", CT)),
        ("Message-ID", "<BN0PR07MB9241A2F0E6D8C4B17F3E5C9AB0D2@BN0PR07MB9241.namprd07.prod.outlook.com>"),
    ], text(body, cte="base64"))


@mail(n(13), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-08 09:00", CT), end=utc("2026-12-08 12:15", CT),
      local="Tue 2026-12-08 09:00", local_end="2026-12-08 12:15", zone=CT,
      contact="ava.delgado@rivetrail.com", company="Rivet & Rail Systems",
      note="GoodTime onsite itinerary (HTML only, base64), four sessions on Tue 8 Dec in Chicago, CST (UTC-6): "
           "first start 9:00 AM -> 15:00Z, last end 12:15 PM -> 18:15Z; contact = Reply-To coordinator")
def p13() -> bytes:
    rows = [
        ("9:00 AM - 9:45 AM CST", "Welcome &amp; role overview", "Ava Delgado, Recruiting Coordinator"),
        ("9:45 AM - 10:30 AM CST", "Signaling &amp; interlocking logic", "Patrick Mensah, Principal Engineer"),
        ("10:45 AM - 11:30 AM CST", "Lab walk-through: wayside controller rack", "Irene Sokol, Test Lead"),
        ("11:30 AM - 12:15 PM CST", "Hiring manager conversation", "Luke Anders, Director of Engineering"),
    ]
    trs = "\n".join(
        f'<tr><td style="padding:8px;border-bottom:1px solid #e5e7eb;white-space:nowrap">{a}</td>'
        f'<td style="padding:8px;border-bottom:1px solid #e5e7eb">{b}<br><span style="color:#6b7280">{c}</span></td></tr>'
        for a, b, c in rows)
    hbody = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Your interview itinerary</title></head>
        <body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#111827">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="620" cellpadding="24" cellspacing="0" style="background:#ffffff">
        <tr><td>
        <p>Hi Nate,</p>
        <p>We're looking forward to hosting you onsite! Below is your itinerary for
        <b>Tuesday, December 8, 2026</b> at our Chicago office and signaling lab
        (1150 W Fulton Market, 4th floor). Please check in at the front desk by 8:50 AM.</p>
        <table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">
        <tr><th align="left" style="padding:8px;background:#f9fafb">Time</th><th align="left" style="padding:8px;background:#f9fafb">Session</th></tr>
        ROWS
        </table>
        <p>There is a 15-minute break at 10:30. Lunch is not included, but there are plenty of spots on Fulton.</p>
        <p>Reply to this email if anything changes - it goes straight to Ava.</p>
        <p>See you soon,<br>Rivet &amp; Rail Systems Talent Team</p>
        <p style="font-size:11px;color:#9ca3af">Sent with GoodTime · Privacy · Unsubscribe from scheduling emails</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """).replace("ROWS", trs)
    return message([
        ("Received", rcv("o1.ptr4471.goodtime.io (o1.ptr4471.goodtime.io [149.72.160.41])",
                         "2026-12-01 10:07:15", CT, "D0A4C2E6F8")),
        ("From", addr("Rivet & Rail Systems", "no-reply@goodtime.io")),
        ("Reply-To", addr("Ava Delgado", "ava.delgado@rivetrail.com")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Your onsite interview itinerary - Rivet & Rail Systems (Tue, Dec 8)"),
        ("Date", date("2026-12-01 10:07:15", CT)),
        ("Message-ID", "<gt.itinerary.4c9e2b71a0d3@goodtime.io>"),
    ], html(hbody, cte="base64"))


@mail(n(14), family="microsoft_bookings", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 10:00", CT), end=utc("2026-10-29 11:00", CT),
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone=CT,
      contact="luis.romero@driftlessfoods.com", company="Driftless Foods",
      note="Microsoft Bookings confirmation from the Bookings mailbox; the body label '(UTC-06:00) Central Time' "
           "is the standard offset, but 29 Oct is still CDT -> 15:00-16:00Z (the ICS, TZID Central Standard "
           "Time, agrees); contact = the staff member's address given in the body")
def p14() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:600px">
        <div style="font-size:20px;padding:16px 0">Your booking with Driftless Foods Interviews is confirmed</div>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Plant Interview - Controls &amp; Reliability Engineer</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Thursday, October 29, 2026 10:00 AM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Duration</td><td>60 minutes</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Luis Romero</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Driftless Foods - Sun Prairie Plant, 1800 Commerce Pkwy, Sun Prairie, WI 53590</td></tr>
        </table>
        <p>Additional information: Please wear long pants and closed-toe shoes; we will provide a hairnet,
        safety glasses and a smock for the production-floor portion. Questions before the day? Email Luis
        directly at <a href="mailto:luis.romero@driftlessfoods.com">luis.romero@driftlessfoods.com</a>.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/DriftlessFoodsInterviews@driftlessfoods.com/bookings/">Manage booking</a> |
        <a href="https://outlook.office365.com/bookwithme/cancel">Cancel</a></p>
        <p style="font-size:12px;color:#a19f9d">Powered by Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Driftless Foods Interviews:mailto:DriftlessFoodsInterviews@driftlessfoods.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nate Kowalczyk:mailto:{ME}
UID:040000008200E00074C5B7101A82E00800000000D1B9F3A22C6BDC010000000000000000100000004F2C9E1D
SUMMARY;LANGUAGE=en-US:Plant Interview - Controls & Reliability Engineer
DTSTART;TZID=Central Standard Time:20261029T100000
DTEND;TZID=Central Standard Time:20261029T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261023T165812Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Driftless Foods - Sun Prairie Plant
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-dm6nam12on2118.outbound.protection.outlook.com (mail-dm6nam12on2118.outbound.protection.outlook.com [40.107.243.118])",
                         "2026-10-23 11:58:12", CT, "7F1B3D5A22")),
        ("From", addr("Driftless Foods Interviews", "DriftlessFoodsInterviews@driftlessfoods.com")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Booking confirmed: Plant Interview - Controls & Reliability Engineer"),
        ("Date", "Fri, 23 Oct 2026 16:58:12 +0000"),
        ("Message-ID", "<DM6PR12MB4410B6E0C3F1A9D2E7A45C81B0E3@DM6PR12MB4410.namprd12.prod.outlook.com>"),
    ], alt(html(hbody), calendar(ics, cte="base64")))


@mail(n(15), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-02 15:00", "Europe/Stockholm"), end=utc("2026-12-02 15:45", "Europe/Stockholm"),
      local="Wed 2026-12-02 15:00", local_end="2026-12-02 15:45", zone="Europe/Stockholm",
      contact="elin.sjoberg@nordvik.se", company="Nordvik Automation",
      note="Teamtailor mail from a Swedish company hiring for a remote US team; the text gives only the day and "
           "'45 minutes', the time is only in the ICS: 15:00-15:45 Europe/Stockholm (CET, UTC+1) -> "
           "14:00-14:45Z (8:00 AM in Milwaukee); contact = Reply-To recruiter (RFC 2047 name)")
def p15() -> bytes:
    body = t("""
        Hi Nate,

        Thanks for the nice chat on the phone yesterday! As agreed, we have booked your interview with
        Henrik Dahl (Head of Field Service, Americas) and Maja Lund (Lead PLC Engineer) for
        Wednesday 2 December. It will take 45 minutes on Microsoft Teams.

        The calendar invitation is attached, so the time shows up correctly in your own calendar - we
        are a bit too good at mixing up time zones between Malmö and Milwaukee otherwise :)

        Please let me know if anything changes.

        Best regards,
        Elin Sjöberg
        Talent Acquisition Partner, Nordvik Automation
        """)
    hbody = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1d1d1d;max-width:560px">
        <p>Hi Nate,</p>
        <p>Thanks for the nice chat on the phone yesterday! As agreed, we have booked your interview with
        Henrik Dahl (Head of Field Service, Americas) and Maja Lund (Lead PLC Engineer) for
        Wednesday 2 December. It will take 45 minutes on Microsoft Teams.</p>
        <p>The calendar invitation is attached, so the time shows up correctly in your own calendar - we
        are a bit too good at mixing up time zones between Malmö and Milwaukee otherwise :)</p>
        <p>Please let me know if anything changes.</p>
        <p>Best regards,<br>Elin Sjöberg<br>Talent Acquisition Partner, Nordvik Automation</p>
        <p style="font-size:12px;color:#8a8a8a">Nordvik Automation · Sent with Teamtailor</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
METHOD:REQUEST
{VTZ["Europe/Stockholm"]}
BEGIN:VEVENT
UID:tt-meeting-2841177@teamtailor.com
DTSTAMP:20261126T152012Z
DTSTART;TZID=Europe/Stockholm:20261202T150000
DTEND;TZID=Europe/Stockholm:20261202T154500
SUMMARY:Interview Nordvik Automation - Nate Kowalczyk (Field Controls Engineer, US remote)
LOCATION:Microsoft Teams
ORGANIZER;CN=Elin Sjöberg:mailto:elin.sjoberg@nordvik.se
ATTENDEE;CN=Nate Kowalczyk;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-a.teamtailor-mail.com (mail-a.teamtailor-mail.com [159.183.4.21])",
                         "2026-11-26 16:20:12", "Europe/Stockholm", "2C8E4A6B91")),
        ("From", addr("Nordvik Automation", "noreply@teamtailor-mail.com")),
        ("Reply-To", addr("Elin Sjöberg", "elin.sjoberg@nordvik.se")),
        ("To", ME),
        ("Subject", "Interview booked - Field Controls Engineer (US, remote)"),
        ("Date", date("2026-11-26 16:20:12", "Europe/Stockholm")),
        ("Message-ID", "<6765f1a2c0b3e_4a2f8d1c9e@teamtailor-mail.com>"),
    ], mixed(alt(text(body), html(hbody)),
             calendar(ics, filename="interview.ics", disposition="attachment", cte="base64")))


@mail(n(16), family="family_forward", lang="en+pl", interview=True, kind="scheduled",
      start=utc("2026-09-28 09:00", CT), end=None,
      local="Mon 2026-09-28 09:00", zone=CT,
      contact="cbenedetti@cudahyprecision.com", company="Cudahy Precision Castings",
      note="Polish-American mother forwards (iso-8859-2 note + message/rfc822) a confirmation that reached the "
           "family address: 'Monday, September 28 at 9:00 AM' at the Cudahy plant, CDT -> 14:00Z; "
           "'about two hours' -> end null; contact = the recruiter in the attached message, not Mom")
def p16() -> bytes:
    inner_body = t("""
        Hello Nate,

        This is to confirm your interview for the Maintenance & Controls Engineer position on
        Monday, September 28 at 9:00 AM at our plant, 5700 S Packard Ave, Cudahy, WI 53110.
        Please use the visitor entrance off Layton Ave and plan on about two hours, including a tour
        of the melt shop and the molding line. Steel-toe boots are required on the floor; we have
        loaners if you need them.

        You'll meet with Frank Dudek (Plant Engineering Manager) and Lisa Moreno (Maintenance Supervisor).

        Best regards,

        Carla Benedetti
        Human Resources Generalist
        Cudahy Precision Castings
        414-555-0129
        """)
    inner = message([
        ("From", addr("Carla Benedetti", "cbenedetti@cudahyprecision.com")),
        ("To", "kowalczyk.family@example.net"),
        ("Subject", "Interview confirmation - Cudahy Precision Castings"),
        ("Date", date("2026-09-23 15:02:40", CT)),
        ("Message-ID", "<MN2PR19MB4127E2C9A0B7D3F18A6C@MN2PR19MB4127.namprd19.prod.outlook.com>"),
    ], text(inner_body, charset="us-ascii", cte="7bit"))
    note = t("""
        Natuś,

        this came to the family email, not yours. Something about interview on Monday?? I think this is
        the foundry by Layton, where Wujek Staszek worked before he retired. Tata says good luck and
        wear the good boots not the sneakers.

        Zadzwoń do mnie wieczorem, kochanie.

        Całuję,
        Mama
        """)
    return message([
        ("Received", rcv("mail-qk1-f181.example.net (mail-qk1-f181.example.net [198.51.100.181])",
                         "2026-09-23 19:31:02", CT, "9B1F7E3C25")),
        ("From", addr("Bożena Kowalczyk", "bozena.kowalczyk@example.net")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", enc("Fwd: Interview confirmation – Cudahy Precision Castings")),
        ("Date", date("2026-09-23 19:31:02", CT)),
        ("Message-ID", "<4f1e7a2c-9d3b-48e6-b0a5-7c2d1e9f3a64@example.net>"),
    ], mixed(text(note, charset="iso-8859-2"),
             attached_message(inner, filename="Interview confirmation - Cudahy Precision Castings.eml")))


@mail(n(17), family="human_terse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-08 10:00", CT), end=None,
      local="Thu 2026-10-08 10:00", zone=CT,
      contact="dhoffman@fourlakesintegration.com", company="Four Lakes Integration",
      days=(("Thu", "2026-10-08"),),
      note="Terse reply from the owner of a Madison integrator, 'yep thurs 10 works', confirming Nate's quoted "
           "proposal 'Thursday 10/8 at 10am' (Date Mon 5 Oct, CDT) -> 15:00Z; the attached ICS is an all-day "
           "iPhone event on 8 Oct, the time is only in the text; contact = human sender")
def p17() -> bytes:
    body = t("""
        yep thurs 10 works. shop is 2400 Fish Hatchery Rd, door on the south side by the dumpsters.
        bring your laptop w/ studio 5000 if u have it, I've got a compactlogix on the bench that's been
        giving us fits
        -D

        On Mon, Oct 5, 2026 at 6:48 AM Nate Kowalczyk <nate.kowalczyk@example.org> wrote:
        > Hi Dave,
        >
        > Great talking to you at the ISA meeting. Could we do Thursday 10/8 at 10am at your shop? I can
        > drive over from Milwaukee in the morning.
        >
        > Thanks,
        > Nate
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 19.1//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:7E2A4C19-3B5D-4F60-8A1E-D9C7B2F04E53
DTSTART;VALUE=DATE:20261008
DTEND;VALUE=DATE:20261009
DTSTAMP:20261005T121503Z
SUMMARY:Nate K - interview @ shop
ORGANIZER;CN=Dave Hoffman:mailto:dhoffman@fourlakesintegration.com
ATTENDEE;CN=Nate Kowalczyk;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nate.kowalczyk@example.org
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-pj1-f54.google.com (mail-pj1-f54.google.com [209.85.216.54])",
                         "2026-10-05 07:15:03", CT, "1E6C8A0B3D")),
        ("From", addr("Dave Hoffman", "dhoffman@fourlakesintegration.com")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Re: coffee / shop visit"),
        ("Date", date("2026-10-05 07:15:03", CT)),
        ("Message-ID", "<CAJm8xPq4T2b+Yw0eN3Hv1Lz7cKd@mail.gmail.com>"),
        ("In-Reply-To", "<CAF7q2xn0Pw5dRk8Uy3Mh6Tc@mail.example.org>"),
        ("References", "<CAF7q2xn0Pw5dRk8Uy3Mh6Tc@mail.example.org>"),
    ], mixed(text(body, cte="8bit"),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64", name_param=True)))


@mail(n(18), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-12 13:00", CT), end=utc("2026-10-12 16:00", CT),
      local="Mon 2026-10-12 13:00", local_end="2026-10-12 16:00", zone=CT,
      contact="dana.whitfield@kettlecrown.com", company="Kettle & Crown Brewing",
      days=(("Fri", "2026-10-09"),),
      note="Greenhouse reschedule of the onsite (same thread as the September video interview): old Fri 9 Oct "
           "1:00 PM, new Mon 12 Oct 1:00-4:00 PM CDT -> 18:00-21:00Z; ICS SEQUENCE:1 with the new time; "
           "contact = Reply-To recruiter")
def p18() -> bytes:
    body = t("""
        Hi Nate,

        We need to move your onsite interview for Controls Engineer - Brewhouse Automation. Our
        brewhouse is mid-way through a tank changeover on Friday, and Tom wants you to see the
        hot side actually running.

        Previous time: Friday, October 9, 2026, 1:00 PM - 4:00 PM CDT
        New time:      Monday, October 12, 2026, 1:00 PM - 4:00 PM CDT

        Location: Kettle & Crown Brewing, 1320 W Canal St, Milwaukee, WI 53233 - check in at the
        taproom entrance and someone from the automation team will bring you back.

        Schedule
          1:00 PM  Brewhouse and cellar walk-through - Tom Brandvold
          2:00 PM  Technical panel - Shelby Ortiz, Marcus Fenn
          3:15 PM  Conversation with our VP of Brewing Operations - Kristin Olander

        An updated calendar invite is attached. If the new time doesn't work, just reply and let me know.

        Cheers,
        Dana Whitfield
        Talent Acquisition | Kettle & Crown Brewing
        """)
    hbody = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Hi Nate,</p>
        <p>We need to move your onsite interview for <b>Controls Engineer - Brewhouse Automation</b>. Our
        brewhouse is mid-way through a tank changeover on Friday, and Tom wants you to see the hot side actually running.</p>
        <p><span style="color:#888"><s>Friday, October 9, 2026, 1:00 PM - 4:00 PM CDT</s></span><br>
        <b>Monday, October 12, 2026, 1:00 PM - 4:00 PM CDT</b></p>
        <p>Location: Kettle &amp; Crown Brewing, 1320 W Canal St, Milwaukee, WI 53233 - check in at the
        taproom entrance and someone from the automation team will bring you back.</p>
        <table cellpadding="3">
        <tr><td>1:00 PM</td><td>Brewhouse and cellar walk-through - Tom Brandvold</td></tr>
        <tr><td>2:00 PM</td><td>Technical panel - Shelby Ortiz, Marcus Fenn</td></tr>
        <tr><td>3:15 PM</td><td>Conversation with our VP of Brewing Operations - Kristin Olander</td></tr>
        </table>
        <p>An updated calendar invite is attached. If the new time doesn&#39;t work, just reply and let me know.</p>
        <p>Cheers,<br>Dana Whitfield<br>Talent Acquisition | Kettle &amp; Crown Brewing</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software Inc.//Greenhouse Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[CT]}
BEGIN:VEVENT
UID:gh-interview-7798310-2026@greenhouse.io
DTSTAMP:20261006T213015Z
DTSTART;TZID=America/Chicago:20261012T130000
DTEND;TZID=America/Chicago:20261012T160000
SUMMARY:Onsite Interview: Nate Kowalczyk / Kettle & Crown Brewing
LOCATION:Kettle & Crown Brewing\\, 1320 W Canal St\\, Milwaukee\\, WI 53233
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@kettlecrown.com
ATTENDEE;CN=Nate Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-4402.us.greenhouse-mail.io (mail-4402.us.greenhouse-mail.io [198.21.4.102])",
                         "2026-10-06 16:30:15", CT, "5A0C7E9D11")),
        ("From", addr("Kettle & Crown Brewing", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@kettlecrown.com")),
        ("To", NATE),
        ("Subject", "Updated: Onsite Interview for Controls Engineer - Brewhouse Automation"),
        ("Date", date("2026-10-06 16:30:15", CT)),
        ("Message-ID", "<0100018f0a4c3e21-6d1b2e7c-8a90-4f35-b1c2-3e4d5f6a7b8c-000000@us.greenhouse-mail.io>"),
    ], mixed(alt(text(body), html(hbody)),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-09-23 09:00", CT), end=None,
      local="Wed 2026-09-23 09:00", zone=CT,
      contact="greg.salerno@ironhorsemotorworks.com", company="Ironhorse Motor Works",
      days=(("Tue", "2026-09-22"), ("Wed", "2026-09-23")),
      note="Hiring manager's Sunday-night phone mail (Date Sun 20 Sep 21:40 CDT = Mon 02:40Z) moving 'Tuesday at "
           "2:30' to 'Wednesday at 9' -> Wed 23 Sep 09:00 CDT = 14:00Z; resolved against the local date; "
           "contact = human sender")
def p19() -> bytes:
    body = t("""
        Nate, sorry for the Sunday night email. Paint line is going down Tues for a booth rebuild so
        I'm going to be buried. Can we bump you from Tuesday at 2:30 to Wednesday at 9 instead? Same
        drill, Canal St plant, front desk. If Wed AM doesn't work let me know and we'll figure it out.

        Greg Salerno
        Manufacturing Engineering Manager
        Ironhorse Motor Works

        Sent from my iPhone
        """)
    return message([
        ("Received", rcv("mail-nam12-dm3.outbound.protection.outlook.com (mail-nam12-dm3.outbound.protection.outlook.com [40.107.92.77])",
                         "2026-09-20 21:40:26", CT, "8D2E4F6A03")),
        ("From", addr("Greg Salerno", "greg.salerno@ironhorsemotorworks.com")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Tuesday"),
        ("Date", date("2026-09-20 21:40:26", CT)),
        ("Message-ID", "<9C0E3B7A-1F4D-4E2B-A6C8-5D7F9E1B2C40@ironhorsemotorworks.com>"),
        ("X-Mailer", "iPhone Mail (21H16)"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(20), family="exchange", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-02 11:00", ET), end=utc("2026-11-02 12:00", ET),
      local="Mon 2026-11-02 11:00", local_end="2026-11-02 12:00", zone=ET,
      contact="dhaines@wolverinefp.com", company="Wolverine Fluid Power",
      days=(("Fri", "2026-10-30"),),
      note="Outlook meeting update from a Detroit hiring manager, sent Tue 27 Oct (EDT); old Fri 30 Oct 10 AM EDT, "
           "new Mon 2 Nov 11:00 AM-12:00 PM Eastern, after DST ended -> EST (UTC-5) -> 16:00-17:00Z; ICS TZID "
           "'Eastern Standard Time', SEQUENCE:2; contact = human organizer")
def p20() -> bytes:
    body = t("""
        When: Monday, November 2, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Nate - I have to move this off Friday (10/30, 10am) because we've got a customer FAT on the
        hydraulic press line that slipped into that day. Monday at 11 Eastern is the new time, which
        should be 10 your time. Same agenda: hydraulic motion control, safety PLCs, and a look at one of
        our press control panels over video.

        Thanks for the flexibility.

        Derek Haines
        Engineering Manager, Controls | Wolverine Fluid Power
        Sterling Heights, MI

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_WFP8c1d/0>
        Meeting ID: 236 118 470 915
        Passcode: T9kq3P
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Haines, Derek:mailto:dhaines@wolverinefp.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nate.kowalczyk@example.org:mailto:{ME}
DESCRIPTION;LANGUAGE=en-US:Nate - I have to move this off Friday (10/30\\, 10am) because we've got a customer FAT.\\n
UID:040000008200E00074C5B7101A82E0080000000090C2E7A1B96ADC01000000000000000010000000E4B7A2C5
SUMMARY;LANGUAGE=en-US:Interview - Nate Kowalczyk / Controls Engineer
DTSTART;TZID=Eastern Standard Time:20261102T110000
DTEND;TZID=Eastern Standard Time:20261102T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261027T180512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1788203655
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-mw2nam10on2097.outbound.protection.outlook.com (mail-mw2nam10on2097.outbound.protection.outlook.com [40.107.94.97])",
                         "2026-10-27 14:05:12", ET, "3C5E7A9B02")),
        ("From", addr("Haines, Derek", "dhaines@wolverinefp.com")),
        ("To", addr("nate.kowalczyk@example.org", ME)),
        ("Subject", "Updated: Interview - Nate Kowalczyk / Controls Engineer"),
        ("Thread-Topic", "Interview - Nate Kowalczyk / Controls Engineer"),
        ("Thread-Index", "AdtnB2kF0x9Qp5uSR4a1bNn7cW3Ezw=="),
        ("Date", "Tue, 27 Oct 2026 18:05:12 +0000"),
        ("Message-ID", "<MW4PR10MB5871E4B7A2C590C2E7A1B96A3D0F@MW4PR10MB5871.namprd10.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(21), family="workable", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-17 10:00", MT), end=utc("2026-11-17 10:45", MT),
      local="Tue 2026-11-17 10:00", local_end="2026-11-17 10:45", zone=MT,
      contact="mia.castillo@frontrangemotion.com", company="Front Range Motion",
      days=(("Mon", "2026-11-16"),),
      note="Workable reschedule from a Denver company hiring remotely: old Mon 16 Nov 2:00 PM, new Tue 17 Nov "
           "10:00-10:45 AM Mountain Time (MST, UTC-7) -> 17:00-17:45Z; Reply-To is a Workable relay, so contact "
           "= the recruiter's address in the signature")
def p21() -> bytes:
    body = t("""
        Hi Nate,

        Your interview for the Remote Controls Engineer (Motion Systems) role at Front Range Motion has
        been rescheduled.

        Was:  Monday, November 16, 2026 at 2:00 PM - 2:45 PM (Mountain Time)
        Now:  Tuesday, November 17, 2026 at 10:00 AM - 10:45 AM (Mountain Time)

        Interviewer: Jonah Whitaker, Engineering Manager
        Where: Google Meet - https://meet.google.com/frm-pqzk-wtn

        Sorry for the shuffle - Jonah is flying back from a customer site on Monday.

        Mia Castillo
        People Operations, Front Range Motion
        mia.castillo@frontrangemotion.com

        ---
        You can reply to this email to message the hiring team. Powered by Workable.
        """)
    hbody = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#333">
        <div style="max-width:580px;margin:auto;padding:20px">
        <p>Hi Nate,</p>
        <p>Your interview for the <strong>Remote Controls Engineer (Motion Systems)</strong> role at Front Range Motion has been rescheduled.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#999">Was</td><td><s>Monday, November 16, 2026 at 2:00 PM - 2:45 PM (Mountain Time)</s></td></tr>
        <tr><td style="color:#999">Now</td><td><strong>Tuesday, November 17, 2026 at 10:00 AM - 10:45 AM (Mountain Time)</strong></td></tr>
        <tr><td style="color:#999">Interviewer</td><td>Jonah Whitaker, Engineering Manager</td></tr>
        <tr><td style="color:#999">Where</td><td><a href="https://meet.google.com/frm-pqzk-wtn">Google Meet</a></td></tr>
        </table>
        <p>Sorry for the shuffle - Jonah is flying back from a customer site on Monday.</p>
        <p>Mia Castillo<br>People Operations, Front Range Motion<br>
        <a href="mailto:mia.castillo@frontrangemotion.com">mia.castillo@frontrangemotion.com</a></p>
        <p style="font-size:11px;color:#aaa">You can reply to this email to message the hiring team. Powered by Workable.</p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mail-out-21.workablemail.com (mail-out-21.workablemail.com [148.251.10.21])",
                         "2026-11-12 09:10:44", MT, "6E8A0C2D47")),
        ("From", addr("Front Range Motion", "noreply@candidates.workablemail.com")),
        ("Reply-To", addr("Front Range Motion", "front-range-motion+c9a2f71e@candidates.workablemail.com")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Interview rescheduled - Remote Controls Engineer (Motion Systems)"),
        ("Date", date("2026-11-12 09:10:44", MT)),
        ("Message-ID", "<5f2c9a1e7b3d4.workable.c9a2f71e@candidates.workablemail.com>"),
    ], alt(text(body), html(hbody)))


@mail(n(22), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-19 13:00", CT), end=utc("2026-11-19 14:00", CT),
      local="Thu 2026-11-19 13:00", local_end="2026-11-19 14:00", zone=CT,
      contact="ben.akerlund@stonearchrobotics.com", company="Stone Arch Robotics",
      note="Google Calendar cancellation (METHOD:CANCEL) of a Minneapolis panel interview, Thu 19 Nov 1pm-2pm "
           "(CST, UTC-6) -> 19:00-20:00Z = the cancelled slot; organizer's note gives no new time; "
           "contact = ORGANIZER")
def p22() -> bytes:
    body = t("""
        This event has been canceled.

        Title: Panel interview - Nate Kowalczyk (Controls Engineer, Palletizing)
        Nate - really sorry about this. The req got frozen in this week's budget review. I'll call you
        once I know more. -Ben
        When: Thu Nov 19, 2026 1pm - 2pm (Central Time - Chicago)

        Calendar: nate.kowalczyk@example.org
        Who:
            * ben.akerlund@stonearchrobotics.com - organizer
            * greta.holm@stonearchrobotics.com
            * nate.kowalczyk@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account nate.kowalczyk@example.org because you are an
        attendee of this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer and be
        added to the guest list, or invite others regardless of their own invitation status, or to modify
        your RSVP. Learn More To Forward Invitations.
        """)
    hbody = t("""
        <div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;">
        <tr><td><div style="padding:2px"><span style="color:#a50e0e;font-weight:bold">This event has been canceled.</span>
        <h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222"><span style="text-decoration:line-through">Panel interview - Nate Kowalczyk (Controls Engineer, Palletizing)</span></h3>
        <p>Nate - really sorry about this. The req got frozen in this week&#39;s budget review. I&#39;ll call you once I know more. -Ben</p>
        <table cellpadding="0" cellspacing="0" border="0" summary="Event details">
        <tr><td style="padding:0 1em 10px 0;font-size:13px;color:#888">When</td>
        <td style="padding-bottom:10px;font-size:13px;color:#222"><span style="text-decoration:line-through">Thu Nov 19, 2026 1pm &ndash; 2pm</span> <span style="color:#888">Central Time - Chicago</span></td></tr>
        <tr><td style="padding:0 1em 10px 0;font-size:13px;color:#888">Who</td>
        <td style="padding-bottom:10px;font-size:13px;color:#222">&#x2022; Ben Akerlund - organizer<br>&#x2022; greta.holm@stonearchrobotics.com<br>&#x2022; nate.kowalczyk@example.org</td></tr>
        </table></div></td></tr></table></div>
        <p style="color:#888;font-size:11px">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20261119T190000Z
DTEND:20261119T200000Z
DTSTAMP:20261116T144012Z
ORGANIZER;CN=Ben Akerlund:mailto:ben.akerlund@stonearchrobotics.com
UID:2t9k0c4mh7qe1v3s8l6b5n2d0p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261109T170233Z
DESCRIPTION:Nate - really sorry about this. The req got frozen in this week's budget review.\\n
LAST-MODIFIED:20261116T144011Z
LOCATION:Stone Arch Robotics\\, 600 Main St SE\\, Minneapolis\\, MN
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Panel interview - Nate Kowalczyk (Controls Engineer, Palletizing)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    inner = alt(text(body, charset="UTF-8"), html(hbody, charset="UTF-8"),
                calendar(ics, method="CANCEL", charset="UTF-8"))
    return message([
        ("Received", rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                         "2026-11-16 08:40:12", CT, "A7C9E1B3D5")),
        ("From", addr("Ben Akerlund", "ben.akerlund@stonearchrobotics.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", "Canceled event with note: Panel interview - Nate Kowalczyk (Controls Engineer, Palletizing) @ "
                    "Thu Nov 19, 2026 1pm - 2pm (CST) (nate.kowalczyk@example.org)"),
        ("Date", date("2026-11-16 08:40:12", CT)),
        ("Message-ID", "<calendar-9e3a7b15-2c4d-4f68-b0e1-5a7c9d2e4f60@google.com>"),
    ], mixed(inner, calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                             disposition="attachment", cte="base64", name_param=True)))


@mail(n(23), family="human_prose", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-10 11:00", CT), end=None,
      local="Thu 2026-12-10 11:00", zone=CT,
      contact="trent.wallace@thirdwardstaffing.com", company="Glacier Hills Dairy",
      note="Agency recruiter (windows-1252, 8bit) calls off 'tomorrow's 11am' at the client's plant, Date Wed 9 Dec "
           "09:15 CST -> Thu 10 Dec 11:00 CST = 17:00Z (the cancelled slot); role on hold, no new time; "
           "company = the hiring client named in the mail; contact = the recruiter")
def p23() -> bytes:
    body = t("""
        Hey Nate,

        Bad news, sorry man. Glacier Hills just told me they’re putting the Controls Tech Lead role on
        hold until after the first of the year (budget thing, nothing to do with you), so tomorrow’s 11am
        with Jim Rausch at the Waukesha plant is off. I already let Jim know you won’t be coming.

        I’ll keep you posted if it opens back up in January, and I’ve got a couple other clients in the
        Menomonee Falls / Germantown area I want to talk to you about. Call you Friday?

        Trent

        Trent Wallace | Senior Technical Recruiter
        Third Ward Staffing | 414-555-0166
        trent.wallace@thirdwardstaffing.com
        """)
    return message([
        ("Received", rcv("mail-mw2nam12on2130.outbound.protection.outlook.com (mail-mw2nam12on2130.outbound.protection.outlook.com [40.107.244.130])",
                         "2026-12-09 09:15:37", CT, "F2B4D6E8A0")),
        ("From", addr("Trent Wallace", "trent.wallace@thirdwardstaffing.com")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Glacier Hills - tomorrow"),
        ("Date", date("2026-12-09 09:15:37", CT)),
        ("Message-ID", "<MW5PR16MB4823B1F7D0A2C6E94E3F81A7C2D6@MW5PR16MB4823.namprd16.prod.outlook.com>"),
    ], text(body, charset="windows-1252", cte="8bit"))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="en", interview=False, company="Halvorsen Medical",
      note="Lever rejection after the 24 Sep interview; mentions the past interview, no new time")
def n24() -> bytes:
    body = t("""
        Hi Nate,

        Thank you for taking the time to interview with Mark for the Automation Engineer II - Catheter
        Assembly role last week. We enjoyed learning about your work on the packaging line retrofits.

        After careful consideration, we've decided to move forward with candidates whose experience
        more closely matches our validation needs at this time. This was a difficult decision, and we'd
        be glad to hear from you again for future openings.

        We wish you all the best in your search.

        Priya Lindqvist
        Recruiter, Halvorsen Medical
        """)
    hbody = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#333">
        <p>Hi Nate,</p>
        <p>Thank you for taking the time to interview with Mark for the Automation Engineer II - Catheter
        Assembly role last week. We enjoyed learning about your work on the packaging line retrofits.</p>
        <p>After careful consideration, we&#39;ve decided to move forward with candidates whose experience
        more closely matches our validation needs at this time. This was a difficult decision, and we&#39;d
        be glad to hear from you again for future openings.</p>
        <p>We wish you all the best in your search.</p>
        <p>Priya Lindqvist<br>Recruiter, Halvorsen Medical</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail-a19.hire.lever.co (mail-a19.hire.lever.co [54.240.27.19])",
                         "2026-10-02 15:22:08", CT, "0D2F4A6C88")),
        ("From", addr("Halvorsen Medical", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Priya Lindqvist", "priya.lindqvist@halvorsenmed.com")),
        ("To", NATE),
        ("Subject", "Update on your application to Halvorsen Medical"),
        ("Date", date("2026-10-02 15:22:08", CT)),
        ("Message-ID", "<0100018f17b26a04-5c8e1d22-9b3a-4f70-a1e6-2d4c6f8a0b13-000000@email.lever.co>"),
    ], alt(text(body, cte="base64"), html(hbody, cte="base64")))


@mail(n(25), family="offer", lang="en", interview=False, company="Rivet & Rail Systems",
      days=(("Fri", "2026-12-18"), ("Mon", "2027-01-11")),
      note="Offer after the 8 Dec onsite; fixed times are a reply deadline and a start date, not an interview")
def n25() -> bytes:
    body = t("""
        Hi Nate,

        I'm thrilled to share that the team would like to offer you the position of Senior Signaling
        Controls Engineer at Rivet & Rail Systems! Everyone you met on Tuesday came away impressed,
        and Luke in particular loved your answer on fail-safe I/O design.

        Your formal offer letter will come separately through DocuSign. The highlights:

          - Base salary: $138,000
          - Annual bonus target: 10%
          - Hybrid: 3 days a week in the Fulton Market office
          - Proposed start date: Monday, January 11, 2027, 8:30 AM (orientation in the 4th floor
            training room)

        We'd love to have your answer by Friday, December 18. Happy to set up a call with Luke or with
        our benefits team if you have questions - just let me know a time that suits you.

        Congratulations!

        Ava Delgado
        Recruiting Coordinator | Rivet & Rail Systems
        312-555-0134
        """)
    return message([
        ("Received", rcv("mail-ej1-f43.google.com (mail-ej1-f43.google.com [209.85.218.43])",
                         "2026-12-10 13:47:55", CT, "3E5A7C9B11")),
        ("From", addr("Ava Delgado", "ava.delgado@rivetrail.com")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Offer - Senior Signaling Controls Engineer, Rivet & Rail Systems"),
        ("Date", date("2026-12-10 13:47:55", CT)),
        ("Message-ID", "<CAOr7tYb3Kq9vDw2Lm5Np8Xz1Qe@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="quoted-printable")))


@mail(n(26), family="application_ack", lang="en", interview=False, company="Edelweiss Dosiertechnik USA",
      note="softgarden application receipt; 'we will invite you to a personal interview' is hypothetical")
def n26() -> bytes:
    body = t("""
        Dear Mr. Kowalczyk,

        Thank you very much for your application as Automation Engineer - Dosing Systems (m/f/d) at our
        location in Elk Grove Village, IL. We have received your documents and will review them carefully.

        If your profile matches our requirements, we will invite you to a personal interview with our
        engineering team. Please understand that the review may take two to three weeks.

        You can check the status of your application at any time in your candidate account:
        https://edelweiss-dosing.softgarden.io/en/candidate/applications

        Kind regards

        Your HR team
        Edelweiss Dosiertechnik USA, Inc.
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Mr. Kowalczyk,</p>
        <p>Thank you very much for your application as <b>Automation Engineer - Dosing Systems (m/f/d)</b> at our
        location in Elk Grove Village, IL. We have received your documents and will review them carefully.</p>
        <p>If your profile matches our requirements, we will invite you to a personal interview with our
        engineering team. Please understand that the review may take two to three weeks.</p>
        <p>You can check the status of your application at any time in your
        <a href="https://edelweiss-dosing.softgarden.io/en/candidate/applications">candidate account</a>.</p>
        <p>Kind regards</p>
        <p>Your HR team<br>Edelweiss Dosiertechnik USA, Inc.</p>
        <p style="font-size:10px;color:#999">powered by softgarden</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mx-out-02.softgarden.io (mx-out-02.softgarden.io [185.87.201.12])",
                         "2026-09-08 16:03:19", "Europe/Berlin", "7A9C1E3B55")),
        ("From", addr("Edelweiss Dosiertechnik USA", "noreply@softgarden.io")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Your application: Automation Engineer - Dosing Systems (m/f/d)"),
        ("Date", date("2026-09-08 16:03:19", "Europe/Berlin")),
        ("Message-ID", "<sg.1788357799.44193.edelweiss-dosing@softgarden.io>"),
    ], alt(text(body, charset="iso-8859-15"), html(hbody, charset="iso-8859-15")))


@mail(n(27), family="job_alert", lang="en", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Job-board digest; 'Interviewing now' badges and a hiring-event time are not a confirmed interview")
def n27() -> bytes:
    hbody = t("""
        <html><body style="margin:0;background:#eef2f5;font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" align="center" cellpadding="16" style="background:#fff">
        <tr><td style="background:#12355b;color:#fff;font-size:20px">ControlsHire</td></tr>
        <tr><td>
        <p>12 new jobs for <b>"controls engineer"</b> within 50 miles of <b>Milwaukee, WI</b></p>
        <p><a href="https://www.controlshire.com/j/88120"><b>PLC Programmer / Controls Engineer</b></a><br>
        Badger Conveyor Solutions - New Berlin, WI<br>$95,000 - $115,000 a year<br>
        <span style="background:#e6f4ea;color:#137333;font-size:12px;padding:2px 6px">Interviewing now</span></p>
        <p><a href="https://www.controlshire.com/j/88133"><b>Automation Engineer II</b></a><br>
        Lakeshore Bottling Co. - Oak Creek, WI<br>
        <span style="background:#e6f4ea;color:#137333;font-size:12px;padding:2px 6px">Hiring event: Tue 9/29, 10am-2pm - walk-in interviews</span></p>
        <p><a href="https://www.controlshire.com/j/88140"><b>Senior Controls Engineer (Robotics)</b></a><br>
        Confidential - Racine, WI<br>Easy Apply - responds within 2 days</p>
        <p><a href="https://www.controlshire.com/alerts/view?q=controls+engineer&amp;l=Milwaukee">See all 12 jobs</a></p>
        <p style="font-size:11px;color:#777">You are receiving this alert because you subscribed on ControlsHire.
        <a href="https://www.controlshire.com/alerts/unsubscribe?t=8a1f">Unsubscribe</a></p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("mail.controlshire.com (mail.controlshire.com [192.0.2.77])",
                         "2026-09-25 06:00:41", CT, "1C3E5A7B99")),
        ("From", addr("ControlsHire Job Alerts", "alerts@controlshire.com")),
        ("To", ME),
        ("Subject", "12 new controls engineer jobs near Milwaukee, WI"),
        ("Date", date("2026-09-25 06:00:41", CT)),
        ("Message-ID", "<alert.20260925.8a1f.66710@controlshire.com>"),
        ("List-Unsubscribe", "<https://www.controlshire.com/alerts/unsubscribe?t=8a1f>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ], html(hbody))


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Newsletter blog post about controls interviews; the live Q&A time is a webinar, not an interview")
def n28() -> bytes:
    body = t("""
        THE LADDER LOGIC LETTER - Issue #112

        The five questions every controls interview asks (and how I answer them now)

        I've sat on both sides of the table for about fifteen years, and the technical interview for a
        controls role almost always circles back to the same five things:

        1. "Walk me through how you'd troubleshoot an intermittent fault on a running line."
        2. "Tell me about a time you changed code on a live system. What was your rollback plan?"
        3. "How do you structure a state machine in a PLC?"
        4. "What's your experience with safety-rated devices and risk assessments?"
        5. "How do you work with maintenance techs who don't trust your code?"

        The trick with #5 is that the interviewer isn't asking about code at all...

        [Read the rest on the web]

        LIVE Q&A: "Interview prep for controls engineers" - Thursday, October 1 at 12:00 PM CT on YouTube.
        Bring your questions; I'll do a mock technical interview with a volunteer.

        You're receiving this because you subscribed to The Ladder Logic Letter.
        Unsubscribe: https://ladderlogicletter.substack.com/action/disable_email
        """)
    return message([
        ("Received", rcv("mail-out.substack.com (mail-out.substack.com [167.89.8.214])",
                         "2026-09-27 07:30:05", CT, "5E7A9C1D33")),
        ("From", addr("The Ladder Logic Letter", "ladderlogicletter@substack.com")),
        ("To", ME),
        ("Subject", "The five questions every controls interview asks"),
        ("Date", date("2026-09-27 07:30:05", CT)),
        ("Message-ID", "<20260927123005.3.b4e9d1f2a7c6e58a@mg1.substack.com>"),
        ("List-Id", "<ladderlogicletter.substack.com>"),
        ("List-Unsubscribe", "<https://ladderlogicletter.substack.com/action/disable_email>"),
        ("Precedence", "bulk"),
    ], text(body, cte="quoted-printable"))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Great Lakes Cold Storage",
      days=(("Tue", "2026-10-20"), ("Fri", "2026-10-23")),
      note="Recruitee self-scheduling request: a range of days and a booking link, no slot chosen yet")
def n29() -> bytes:
    body = t("""
        Hi Nate,

        Thanks for applying for the Refrigeration Controls Engineer position at Great Lakes Cold Storage!
        We'd like to invite you to a 30-minute video interview with our Engineering Manager, Paul Voss.

        Please pick a time that works for you using the link below. Slots are available from Tuesday,
        October 20 through Friday, October 23, between 8:00 AM and 4:00 PM Central.

        Choose your interview time: https://greatlakescoldstorage.recruitee.com/o/refrigeration-controls-engineer/schedule/7fa2c

        Once you've picked a slot you'll receive a calendar invite with the video link.

        Best,
        Hannah Lee
        HR Generalist, Great Lakes Cold Storage
        """)
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hi Nate,</p>
        <p>Thanks for applying for the Refrigeration Controls Engineer position at Great Lakes Cold Storage!
        We&#39;d like to invite you to a 30-minute video interview with our Engineering Manager, Paul Voss.</p>
        <p>Please pick a time that works for you using the link below. Slots are available from Tuesday,
        October 20 through Friday, October 23, between 8:00 AM and 4:00 PM Central.</p>
        <p><a href="https://greatlakescoldstorage.recruitee.com/o/refrigeration-controls-engineer/schedule/7fa2c"
        style="background:#1e6fd9;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Choose your interview time</a></p>
        <p>Once you&#39;ve picked a slot you&#39;ll receive a calendar invite with the video link.</p>
        <p>Best,<br>Hannah Lee<br>HR Generalist, Great Lakes Cold Storage</p>
        <p style="font-size:11px;color:#999">Sent with Recruitee</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail-eu.recruitee.com (mail-eu.recruitee.com [185.21.76.33])",
                         "2026-10-15 11:12:30", CT, "9A1C3E5F77")),
        ("From", addr("Hannah Lee (Great Lakes Cold Storage)", "greatlakescoldstorage@mail.recruitee.com")),
        ("Reply-To", "reply+ab41f0c7e2@mail.recruitee.com"),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Next step: pick a time for your interview with Great Lakes Cold Storage"),
        ("Date", date("2026-10-15 11:12:30", CT)),
        ("Message-ID", "<rt.63a1c8e9f4b2d.7fa2c@mail.recruitee.com>"),
    ], alt(text(body), html(hbody)))


@mail(n(30), family="recruiter_outreach", lang="en", interview=False, company="Northstar Technical Staffing",
      note="Agency outreach asking for availability 'this week'; nothing fixed")
def n30() -> bytes:
    body = t("""
        Hi Nate,

        Came across your profile and your work on the brewery and food & bev projects really stood out.
        I'm working with a confidential client in the western suburbs (Waukesha County) - a mid-size
        OEM building high-speed packaging equipment - who is looking for a Lead Controls Engineer. Very
        hands-on role, ~20% travel for FATs and installs, strong Rockwell + Kinetix background preferred.

        Would you be open to a quick 15-minute call this week so I can share more? Let me know what your
        availability looks like, or grab any open time here: https://calendly.com/kayla-northstar/15min

        Thanks!
        Kayla Brooks
        Technical Recruiter | Northstar Technical Staffing
        Chicago | Milwaukee | Minneapolis
        """)
    return message([
        ("Received", rcv("mail-sa1nam04on2091.outbound.protection.outlook.com (mail-sa1nam04on2091.outbound.protection.outlook.com [40.107.101.91])",
                         "2026-09-14 10:46:22", CT, "2B4D6F8A00")),
        ("From", addr("Kayla Brooks", "kayla.brooks@northstartechstaff.com")),
        ("To", ME),
        ("Subject", "Lead Controls Engineer - packaging OEM (Waukesha County)"),
        ("Date", date("2026-09-14 10:46:22", CT)),
        ("Message-ID", "<SA1PR04MB7730F2A9C1E3B5D7A9F1C3E5B7D9@SA1PR04MB7730.namprd04.prod.outlook.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(31), family="interview_proposal", lang="en", interview=False, company="Brenner Drive Systems",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
      note="Personio message proposing two possible interview times ('Would Tuesday ... work?'); nothing "
           "confirmed yet, the candidate has to reply")
def n31() -> bytes:
    body = t("""
        Dear Nate,

        Thank you for your application for the position of Service Engineer Drive Technology (Chicago area).
        We were impressed by your profile and would like to get to know you in a video interview with
        our Head of Service North America, Stefan Kühn.

        Would Tuesday, November 17 at 10:00 AM Central work for you? Alternatively, we could offer
        Wednesday, November 18 at 2:00 PM Central.

        Please let us know which option suits you best, or suggest another time, and we will send you
        an invitation.

        Kind regards,
        Julia Hartmann
        HR Business Partner
        Brenner Drive Systems Inc. | Schaumburg, IL
        """)
    return message([
        ("Received", rcv("mail.personio.de (mail.personio.de [3.120.56.12])",
                         "2026-11-10 16:41:05", "Europe/Berlin", "4D6F8A0C22")),
        ("From", addr("Brenner Drive Systems", "noreply@personio.de")),
        ("Reply-To", "brenner-drive-systems-7f31ac0e9b@reply.personio.de"),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Your application as Service Engineer Drive Technology"),
        ("Date", date("2026-11-10 16:41:05", "Europe/Berlin")),
        ("Message-ID", "<personio.msg.1a7f31ac0e9b44d2@personio.de>"),
    ], text(body, cte="quoted-printable"))


@mail(n(32), family="application_status", lang="en", interview=False, company="Harbor Crane Industries",
      note="Taleo status update: 'moved to the interview stage', a recruiter 'will contact you to schedule'; "
           "no time")
def n32() -> bytes:
    hbody = t("""
        <html><body style="font-family:Tahoma,Arial,sans-serif;font-size:12px;color:#000">
        <p>Dear Nate Kowalczyk,</p>
        <p>Thank you for your interest in Harbor Crane Industries.</p>
        <p>We are pleased to inform you that your application for <b>Controls Engineer - Overhead Crane
        Systems (Requisition ID: 2600413)</b> has moved to the <b>Interview</b> stage of our selection process.</p>
        <p>A member of our Talent Acquisition team will contact you in the coming days to schedule your
        interview. No action is required from you at this time.</p>
        <p>You may view the status of your application at any time by logging in to your
        <a href="https://harborcrane.taleo.net/careersection/ex/mysubmissions.ftl">candidate profile</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Harbor Crane Industries</p>
        <p style="font-size:10px;color:#666">Please do not reply to this message. This email address is not monitored.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("smtp-out-3.taleo.net (smtp-out-3.taleo.net [160.34.10.3])",
                         "2026-10-09 08:17:42", CT, "8B0D2F4A66")),
        ("From", addr("Harbor Crane Industries", "no-reply@taleo.net")),
        ("To", ME),
        ("Subject", "Application Status Update - Controls Engineer - Overhead Crane Systems (2600413)"),
        ("Date", date("2026-10-09 08:17:42", CT)),
        ("Message-ID", "<1791551862000.2600413.JavaMail.taleo@harborcrane.taleo.net>"),
    ], html(hbody, charset="iso-8859-1"))


@mail(n(33), family="non_interview_appointment", lang="en", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Car-service appointment confirmation with a fixed time; not an interview")
def n33() -> bytes:
    body = t("""
        Hi Nate,

        Your service appointment is confirmed.

        Brew City Auto Care - Bay View
        2715 S Kinnickinnic Ave, Milwaukee, WI 53207

        Date: Saturday, October 17, 2026
        Drop-off time: 8:00 AM
        Vehicle: 2017 Subaru Outback (WI plate ending 4KR)
        Services: Synthetic oil change, tire rotation, check engine light diagnosis

        Estimated wait: 90 minutes. Free Wi-Fi and coffee in the lobby, or ask about our shuttle.

        Need to reschedule? Call us at 414-555-0190 or reply to this text-enabled email.

        Thanks for choosing Brew City Auto Care!
        """)
    return message([
        ("Received", rcv("o1.sendgrid.shopmonkey.io (o1.sendgrid.shopmonkey.io [149.72.33.10])",
                         "2026-10-13 17:05:51", CT, "6C8E0A2B44")),
        ("From", addr("Brew City Auto Care", "appointments@brewcityautocare.com")),
        ("To", ME),
        ("Subject", "Appointment confirmed: Sat, Oct 17 at 8:00 AM"),
        ("Date", date("2026-10-13 17:05:51", CT)),
        ("Message-ID", "<appt-99310427.20261013220551@shopmonkey.io>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(34), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Parent-teacher conference confirmation with ICS (fixed 15-minute slot); not an interview")
def n34() -> bytes:
    body = t("""
        Lake Park Elementary School

        Parent-Teacher Conference Confirmation

        Student: Zosia Kowalczyk (Grade 2 - Ms. Adeyemi)
        Date: Thursday, November 5, 2026
        Time: 4:15 PM - 4:30 PM
        Location: Room 114

        Conferences are 15 minutes long. If you arrive late, we may not be able to extend your time,
        as other families are scheduled right after you. Student-led portfolios will be on the table
        outside the classroom.

        To change your conference time, please contact the front office at 414-555-0115.

        Sent via SchoolLink on behalf of Lake Park Elementary School.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SchoolLink//Conferences//EN
METHOD:PUBLISH
{VTZ[CT]}
BEGIN:VEVENT
UID:conf-114-20261105-1615-zk@schoollink.example.com
DTSTAMP:20261027T140233Z
DTSTART;TZID=America/Chicago:20261105T161500
DTEND;TZID=America/Chicago:20261105T163000
SUMMARY:Parent-Teacher Conference - Zosia Kowalczyk (Ms. Adeyemi)
LOCATION:Lake Park Elementary School\\, Room 114
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mta2.schoollink.example.com (mta2.schoollink.example.com [203.0.113.42])",
                         "2026-10-27 09:02:33", CT, "0E2A4C6D88")),
        ("From", addr("Lake Park Elementary School", "no-reply@schoollink.example.com")),
        ("To", ME),
        ("Subject", "Conference confirmed: Zosia Kowalczyk - Thu 11/5 4:15 PM"),
        ("Date", date("2026-10-27 09:02:33", CT)),
        ("Message-ID", "<sl.conf.5521984.1793109753@schoollink.example.com>"),
    ], mixed(text(body, charset="us-ascii", cte="7bit"),
             calendar(ics, method="PUBLISH", filename="conference.ics", disposition="attachment")))


@mail(n(35), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Mon", "2026-09-21"),),
      note="Daily commissioning stand-up at Nate's current employer (Exchange request, Windows zone, RRULE); "
           "not an interview")
def n35() -> bytes:
    body = t("""
        When: Occurs every weekday effective 9/21/2026 until 10/16/2026 from 7:30 AM to 7:45 AM (UTC-06:00) Central Time (US & Canada).
        Where: Line 4 control room / Teams

        All - quick daily stand-up for the Line 4 commissioning push. 15 minutes, hard stop. Bring your
        punch-list items. Nate is running point on the filler/capper integration.

        - Kevin

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MVA4line/0>
        Meeting ID: 219 004 771 386
        Passcode: Lq8w2Z
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Kevin Brandt:mailto:kbrandt@mvautomation.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nate Kowalczyk:mailto:nkowalczyk@mvautomation.example.com
RRULE:FREQ=WEEKLY;UNTIL=20261016T123000Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=SU
UID:040000008200E00074C5B7101A82E00800000000A01F9B6C1E47DC01000000000000000010000000B2D4F6A8
SUMMARY;LANGUAGE=en-US:Line 4 commissioning stand-up
DTSTART;TZID=Central Standard Time:20260921T073000
DTEND;TZID=Central Standard Time:20260921T074500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260917T214011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Line 4 control room / Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-ch2nam11on2100.outbound.protection.outlook.com (mail-ch2nam11on2100.outbound.protection.outlook.com [40.107.223.100])",
                         "2026-09-17 16:40:11", CT, "4F6B8D0E12")),
        ("From", addr("Brandt, Kevin", "kbrandt@mvautomation.example.com")),
        ("To", addr("Kowalczyk, Nate", "nkowalczyk@mvautomation.example.com")),
        ("Subject", "Line 4 commissioning stand-up"),
        ("Date", "Thu, 17 Sep 2026 21:40:11 +0000"),
        ("Message-ID", "<CH2PR11MB4471A01F9B6C1E47B2D4F6A8C0E2@CH2PR11MB4471.namprd11.prod.outlook.com>"),
        ("Auto-Forwarded", "true"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(36), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Zoom webinar registration ('Interviewing controls talent in 2027' panel) with ICS; a webinar, "
           "not a job interview")
def n36() -> bytes:
    body = t("""
        Hi Nate,

        Thank you for registering for "Automation Leaders Virtual Summit - Panel: Interviewing and Hiring
        Controls Talent in 2027".

        Date & Time: Oct 20, 2026 11:00 AM Central Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/82144719003?tk=Xy7QqP0vR

        Panelists: hiring managers from three Midwest OEMs share what they look for when they interview
        controls engineers - and what makes them pass on a candidate.

        Add to calendar: the .ics file is attached.

        You can cancel your registration at any time.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{VTZ[CT]}
BEGIN:VEVENT
DTSTAMP:20261008T150522Z
DTSTART;TZID=America/Chicago:20261020T110000
DTEND;TZID=America/Chicago:20261020T120000
SUMMARY:Automation Leaders Virtual Summit - Panel: Interviewing and Hiring Controls Talent in 2027
UID:20261008T150522Z-82144719003@fe80:0:0:0:1cf:8aff:fe2b:9c01ens5
TZID:America/Chicago
LOCATION:https://us06web.zoom.us/w/82144719003?tk=Xy7QqP0vR
ORGANIZER;CN=Automation Leaders Summit:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("zoom-mail-199.zoom.us (zoom-mail-199.zoom.us [170.114.52.199])",
                         "2026-10-08 10:05:22", CT, "8D0F2B4C66")),
        ("From", addr("Automation Leaders Summit", "no-reply@zoom.us")),
        ("To", ME),
        ("Subject", "Automation Leaders Virtual Summit - Panel: Interviewing and Hiring Controls Talent in 2027 Confirmation"),
        ("Date", date("2026-10-08 10:05:22", CT)),
        ("Message-ID", "<Zoom.Webinar.82144719003.a7c1e3@zoom.us>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment",
                                  cte="base64")))


@mail(n(37), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"), ("Mon", "2026-10-12")),
      note="Calendly booking with a career coach for a mock interview (fixed time); coaching, not a job interview")
def n37() -> bytes:
    body = t("""
        Hi Nate Kowalczyk,

        A new event has been scheduled.

        Event Type:
        Mock Interview + Feedback (60 min)

        Invitee:
        Nate Kowalczyk

        Invitee Email:
        nate.kowalczyk@example.org

        Event Date/Time:
        06:00pm - 07:00pm, Thursday, October 15, 2026 (Central Time - US & Canada)

        Location:
        Zoom - link will be sent by Laura before the session.

        Host:
        Laura Pietrowski (Lakefront Career Coaching)

        Questions:
        What role are you preparing for?
        Onsite panel at a brewery (controls engineer) on Monday 10/12 went OK, want to tighten up the
        behavioral answers before the next rounds.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/b81e4d30-7a2c-49f5-9e6a-0c3d2f1b8a77
        Reschedule: https://calendly.com/reschedulings/b81e4d30-7a2c-49f5-9e6a-0c3d2f1b8a77

        Powered by Calendly.com
        """)
    return message([
        ("Received", rcv("o3.email.calendly.com (o3.email.calendly.com [167.89.115.46])",
                         "2026-10-12 20:31:09", CT, "2A4C6E8F00")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Laura Pietrowski", "laura@lakefrontcareercoaching.com")),
        ("To", ME),
        ("Subject", "New Event: Nate Kowalczyk - 06:00pm Thu, Oct 15, 2026 - Mock Interview + Feedback (60 min)"),
        ("Date", date("2026-10-12 20:31:09", CT)),
        ("Message-ID", "<Wm2rYt8QS3aE6kPz0fHn4g@geopod-ismtpd-7>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(38), family="interviewer_invite", lang="en", interview=False, company=None,
      days=(("Fri", "2026-09-18"),),
      note="Nate's current manager asks him to sit on an interview panel for a technician candidate (Exchange "
           "request); Nate is the interviewer, not the candidate")
def n38() -> bytes:
    body = t("""
        When: Friday, September 18, 2026 1:00 PM-2:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Conf Rm B (Menomonee) / Teams

        Nate - can you join me for this one? Jordan Reyes, controls tech candidate from the MATC program.
        I'd like you to take the hands-on part (give him the conveyor fault on the trainer and see how he
        troubleshoots). Resume attached in the req folder on SharePoint.

        Thanks,
        Kevin
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Kevin Brandt:mailto:kbrandt@mvautomation.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nate Kowalczyk:mailto:nkowalczyk@mvautomation.example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tina Morales:mailto:tmorales@mvautomation.example.com
UID:040000008200E00074C5B7101A82E00800000000C3E5A7B91D42DC01000000000000000010000000F1A3C5E7
SUMMARY;LANGUAGE=en-US:Interview: Jordan Reyes - Controls Technician candidate
DTSTART;TZID=Central Standard Time:20260918T130000
DTEND;TZID=Central Standard Time:20260918T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260914T152245Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Conf Rm B (Menomonee) / Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-ch2nam11on2107.outbound.protection.outlook.com (mail-ch2nam11on2107.outbound.protection.outlook.com [40.107.223.107])",
                         "2026-09-14 10:22:45", CT, "6B8D0F2A34")),
        ("From", addr("Brandt, Kevin", "kbrandt@mvautomation.example.com")),
        ("To", addr("Kowalczyk, Nate", "nkowalczyk@mvautomation.example.com")),
        ("CC", addr("Morales, Tina", "tmorales@mvautomation.example.com")),
        ("Subject", "Interview: Jordan Reyes - Controls Technician candidate"),
        ("Date", "Mon, 14 Sep 2026 15:22:45 +0000"),
        ("Message-ID", "<CH2PR11MB4471C3E5A7B91D42F1A3C5E7A9B1@CH2PR11MB4471.namprd11.prod.outlook.com>"),
        ("Auto-Forwarded", "true"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(39), family="auto_reply", lang="en", interview=False, company="Lakeview University Hospital",
      days=(("Mon", "2026-10-26"),),
      note="Out-of-office auto reply (Auto-Submitted: auto-replied) to Nate's thank-you note")
def n39() -> bytes:
    body = t("""
        Thank you for your message. I am out of the office with limited access to email and will return
        on Monday, October 26. For urgent recruiting matters, please contact talent@lakeviewhealth.org.

        Megan Thorsby | Talent Acquisition Partner
        Lakeview University Hospital
        """)
    return message([
        ("Received", rcv("mail-co1nam11on2103.outbound.protection.outlook.com (mail-co1nam11on2103.outbound.protection.outlook.com [40.107.220.103])",
                         "2026-10-15 08:02:14", CT, "0A2C4E6F88")),
        ("From", addr("Thorsby, Megan", "megan.thorsby@lakeviewhealth.org")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Automatic reply: Thank you - BAS Engineer interview"),
        ("Date", "Thu, 15 Oct 2026 13:02:14 +0000"),
        ("Message-ID", "<SA1PR04MB84127B9D1F3A5C7E9@SA1PR04MB8412.namprd04.prod.outlook.com>"),
        ("In-Reply-To", "<CAF7q2xq3Vt8Hp1Ry6Wk@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ], text(body))


@mail(n(40), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure (multipart/report) for Nate's thank-you mail with a mistyped address; the "
           "returned message mentions Thursday's interview, which has already happened")
def n40() -> bytes:
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to jun.prak@tidewaterrobotics.com because the address couldn't be
        found, or is unable to receive mail.

        The response from the remote server was:
        550 5.1.1 <jun.prak@tidewaterrobotics.com>: Recipient address rejected: User unknown in virtual mailbox table
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        Arrival-Date: Fri, 23 Oct 2026 08:14:50 -0500

        Final-Recipient: rfc822; jun.prak@tidewaterrobotics.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.tidewaterrobotics.com
        Diagnostic-Code: smtp; 550 5.1.1 <jun.prak@tidewaterrobotics.com>: Recipient address rejected: User unknown
        """)
    orig = message([
        ("From", NATE),
        ("To", "jun.prak@tidewaterrobotics.com"),
        ("Subject", "Thank you - Senior Controls Engineer interview"),
        ("Date", date("2026-10-23 08:14:48", CT)),
        ("Message-ID", "<CAF7q2xr8Wn4Kd0Tj6Pb@mail.example.org>"),
    ], text(t("""
        Hi Jun,

        Thanks for coordinating Thursday's interview with Alana and Sam - I really enjoyed the deep-dive on
        the pick-and-place cell. Please pass along my thanks.

        Best,
        Nate
        """), charset="us-ascii", cte="7bit"))
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(orig),
                       params="report-type=delivery-status")
    return message([
        ("Received", "by mx1.example.org (Postfix)\r\n id 3D5F7A9B11; Fri, 23 Oct 2026 13:14:52 +0000 (UTC)"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-23 08:14:52", CT)),
        ("Message-ID", "<20261023131452.3D5F7A9B11@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(n(41), family="mailing_list", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Professional-society section mailing list: monthly meeting with a fixed time, including a "
           "'mock interview corner'; not a job interview")
def n41() -> bytes:
    body = t("""
        Milwaukee Section - October Meeting

        Tuesday, October 20, 2026
        5:30 PM social / 6:15 PM dinner / 7:00 PM program
        Third Coast Brewing Hall, 1101 W St Paul Ave, Milwaukee

        Program: "Cybersecurity for OT networks: what IEC 62443 means for the plant floor"
        Speaker: Dr. Amara Singh, Lakeshore Power & Light

        NEW this month - Career Corner: members who are between jobs can sign up at the door for a
        10-minute mock interview with a volunteer hiring manager. Bring a resume.

        RSVP by Friday so we can give the caterer a headcount: https://isa-mke.example.org/rsvp/oct26

        --
        You received this message because you are subscribed to the "Milwaukee Section Members" group.
        To unsubscribe, send email to members+unsubscribe@isa-mke.example.org.
        """)
    return message([
        ("Received", rcv("lists.isa-mke.example.org (lists.isa-mke.example.org [198.51.100.20])",
                         "2026-10-12 18:20:03", CT, "C1E3A5B7D9")),
        ("From", addr("Milwaukee Section Programs via Members", "members@isa-mke.example.org")),
        ("Reply-To", addr("Milwaukee Section Programs", "programs@isa-mke.example.org")),
        ("To", addr("Milwaukee Section Members", "members@isa-mke.example.org")),
        ("Subject", "[MKE Section] October meeting - OT cybersecurity + Career Corner"),
        ("Date", date("2026-10-12 18:20:03", CT)),
        ("Message-ID", "<b71c4e2a-5f08-4d93-a6e1-3c9d7f2b0e48@isa-mke.example.org>"),
        ("List-Id", "Milwaukee Section Members <members.isa-mke.example.org>"),
        ("List-Unsubscribe", "<mailto:members+unsubscribe@isa-mke.example.org>"),
        ("Precedence", "list"),
        ("Mailing-list", "list members@isa-mke.example.org"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(42), family="job_centre", lang="en", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Unemployment-office (RESEA) appointment with a fixed time, called an 'eligibility interview'; "
           "a benefits appointment, not a job interview")
def n42() -> bytes:
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#000">
        <table width="640" cellpadding="12" style="border:1px solid #c8c8c8">
        <tr><td style="background:#003865;color:#fff;font-size:18px">Wisconsin Reemployment Services - Milwaukee Southeast Job Center</td></tr>
        <tr><td>
        <p>Claimant: NATE KOWALCZYK<br>Claim ID: ***-**-4471</p>
        <p><b>NOTICE OF REQUIRED REEMPLOYMENT SERVICES APPOINTMENT (RESEA)</b></p>
        <p>You have been selected to take part in the Reemployment Services and Eligibility Assessment
        program. You are scheduled for an eligibility interview and reemployment planning session:</p>
        <p><b>Date:</b> Monday, November 16, 2026<br>
        <b>Time:</b> 1:30 PM<br>
        <b>Location:</b> Milwaukee Southeast Job Center, 2701 S Chase Ave, Milwaukee, WI 53207, Room 210<br>
        <b>Length:</b> approximately 90 minutes</p>
        <p>Bring a photo ID, your updated resume and a record of your work search activities for the
        past four weeks. <b>If you do not attend or reschedule before the appointment, your benefits
        may be delayed or denied.</b></p>
        <p>To reschedule, call 414-555-0104 at least one business day in advance.</p>
        <p style="font-size:11px;color:#555">This is an automated message. Please do not reply.</p>
        </td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", rcv("smtp-relay.reemploy.example.gov (smtp-relay.reemploy.example.gov [203.0.113.88])",
                         "2026-11-05 07:45:19", CT, "E3A5C7D9F1")),
        ("From", addr("Wisconsin Reemployment Services", "noreply@reemploy.example.gov")),
        ("To", ME),
        ("Subject", "ACTION REQUIRED: RESEA appointment scheduled 11/16/2026 1:30 PM"),
        ("Date", date("2026-11-05 07:45:19", CT)),
        ("Message-ID", "<RESEA.20261105.0044719.notice@reemploy.example.gov>"),
    ], html(hbody, charset="us-ascii", cte="7bit"))


@mail(n(43), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Evening-MBA admissions interview confirmed for a fixed time; a school admission interview, "
           "not a job interview")
def n43() -> bytes:
    body = t("""
        Dear Nate,

        Thank you for scheduling your admissions interview for the Part-Time Evening MBA program at the
        Lakeshore School of Business. We look forward to meeting you!

        Interview details
        Date: Saturday, November 7, 2026
        Time: 10:00 AM - 10:30 AM CST
        Location: Harborview Hall, Room 305, 1250 N Prospect Ave, Milwaukee
        Interviewer: Denise Kowalski, Associate Director of Admissions

        Interviews are conversational and last about 30 minutes. Business casual attire is recommended.
        Free parking is available in Lot C on Saturdays.

        If you need to reschedule, please use your applicant portal.

        Go Lakers!
        Office of Graduate Admissions
        Lakeshore School of Business
        """)
    hbody = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <p>Dear Nate,</p>
        <p>Thank you for scheduling your admissions interview for the Part-Time Evening MBA program at the
        Lakeshore School of Business. We look forward to meeting you!</p>
        <p><b>Interview details</b><br>Date: Saturday, November 7, 2026<br>Time: 10:00 AM - 10:30 AM CST<br>
        Location: Harborview Hall, Room 305, 1250 N Prospect Ave, Milwaukee<br>
        Interviewer: Denise Kowalski, Associate Director of Admissions</p>
        <p>Interviews are conversational and last about 30 minutes. Business casual attire is recommended.
        Free parking is available in Lot C on Saturdays.</p>
        <p>If you need to reschedule, please use your <a href="https://apply.lakeshorebusiness.example.edu/portal">applicant portal</a>.</p>
        <p>Go Lakers!<br>Office of Graduate Admissions<br>Lakeshore School of Business</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.technolutions.net (mail.technolutions.net [64.49.232.10])",
                         "2026-10-30 14:20:55", CT, "5B7D9F1A23")),
        ("From", addr("Lakeshore School of Business Admissions", "mbaadmissions@lakeshorebusiness.example.edu")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Your MBA admissions interview is confirmed"),
        ("Date", date("2026-10-30 14:20:55", CT)),
        ("Message-ID", "<slate.8e41c2a7-3b9d-4f06-a5e1-7c2d9b0f4e38@lakeshorebusiness.example.edu>"),
    ], alt(text(body, charset="iso-8859-1"), html(hbody, charset="iso-8859-1")))


@mail(n(44), family="sports_tryout", lang="en", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Rugby club try-out at a fixed time; not a job interview")
def n44() -> bytes:
    body = t("""
        Hey Nate,

        Glad you're coming out! Here's the info for fall tryouts:

        Saturday, September 19 - 9:00 AM sharp (check-in from 8:30)
        Estabrook Park, north pitch (park by the beer garden lot)

        Bring boots, a mouthguard, water, and a white and a dark shirt. We'll do fitness testing first,
        then skills stations and a controlled scrimmage. Coaches will have a quick chat with each player
        at the end about where you'd fit (D1 side vs. social side).

        First practice after tryouts is Tuesday at 6:30 under the lights.

        Cheers,
        Connor
        Riverwest RFC - Club Captain
        """)
    return message([
        ("Received", rcv("mail-oi1-f178.google.com (mail-oi1-f178.google.com [209.85.167.178])",
                         "2026-09-15 21:12:40", CT, "7D9F1B3C45")),
        ("From", addr("Connor Walsh", "connor.walsh.rfc@example.com")),
        ("To", ME),
        ("Subject", "Riverwest RFC fall tryouts - Saturday"),
        ("Date", date("2026-09-15 21:12:40", CT)),
        ("Message-ID", "<CAM4pYw7Rr2Lt9Xe1Bn0Gk5Vd@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(45), family="bank_appointment", lang="en", interview=False, company=None,
      days=(("Tue", "2026-12-15"),),
      note="Credit-union mortgage consultation booked through Microsoft Bookings (ICS, Windows zone); "
           "a bank appointment, not an interview")
def n45() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:600px">
        <div style="font-size:20px;padding:16px 0">Your booking with Third Coast Credit Union - Bay View Branch is confirmed</div>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Mortgage pre-approval consultation</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Tuesday, December 15, 2026 4:30 PM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Duration</td><td>45 minutes</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Marisol Vega, Mortgage Loan Officer</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>2400 S Kinnickinnic Ave, Milwaukee, WI 53207</td></tr>
        </table>
        <p>Please bring your two most recent pay stubs (or an offer letter if you are starting a new job),
        the last two years of W-2s, and two months of bank statements.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/BayViewBranch@thirdcoastcu.example.com/bookings/">Manage booking</a></p>
        <p style="font-size:12px;color:#a19f9d">Powered by Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Third Coast Credit Union - Bay View Branch:mailto:BayViewBranch@thirdcoastcu.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nate Kowalczyk:mailto:{ME}
UID:040000008200E00074C5B7101A82E00800000000E7A9C1B3D56EDC01000000000000000010000000A5C7E9B1
SUMMARY;LANGUAGE=en-US:Mortgage pre-approval consultation
DTSTART;TZID=Central Standard Time:20261215T163000
DTEND;TZID=Central Standard Time:20261215T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261211T190344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:2400 S Kinnickinnic Ave\\, Milwaukee\\, WI 53207
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-bl0nam02on2121.outbound.protection.outlook.com (mail-bl0nam02on2121.outbound.protection.outlook.com [40.107.212.121])",
                         "2026-12-11 13:03:44", CT, "9F1B3D5E67")),
        ("From", addr("Third Coast Credit Union - Bay View Branch", "BayViewBranch@thirdcoastcu.example.com")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Booking confirmed: Mortgage pre-approval consultation"),
        ("Date", "Fri, 11 Dec 2026 19:03:44 +0000"),
        ("Message-ID", "<BL0PR02MB5522E7A9C1B3D56EA5C7E9B1D3F5@BL0PR02MB5522.namprd02.prod.outlook.com>"),
    ], alt(html(hbody), calendar(ics, cte="base64")))


@mail(n(46), family="press", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Trade-magazine reporter confirms a phone interview with Nate ('Tuesday at 2pm Central', Date Thu 19 "
           "Nov -> Tue 24 Nov) for an article; press interview, not a job interview")
def n46() -> bytes:
    body = t("""
        Hi Nate,

        Great - Tuesday at 2pm Central it is. I'll call you at the cell number you sent. Should take about
        30 minutes.

        As I mentioned, the piece is about the controls-engineering skills gap in Midwest manufacturing,
        and I'd love to hear your take as someone who has worked both the integrator side and the
        end-user side. Nothing gotcha-y - I'll send you any quotes before we publish.

        Thanks again for doing this.

        Kim Alvarez
        Senior Editor, Control Loop Quarterly
        kim.alvarez@controlloopq.com | 608-555-0176

        On Wed, Nov 18, 2026 at 8:02 PM Nate Kowalczyk <nate.kowalczyk@example.org> wrote:
        > Hi Kim, happy to help. Tuesday afternoon works best for me.
        """)
    return message([
        ("Received", rcv("mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])",
                         "2026-11-19 09:38:27", CT, "1B3D5F7A89")),
        ("From", addr("Kim Alvarez", "kim.alvarez@controlloopq.com")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Re: Interview request - skills gap story"),
        ("Date", date("2026-11-19 09:38:27", CT)),
        ("Message-ID", "<CAKa9vRm5Hq2Yt0Pd7Ls3We@mail.gmail.com>"),
        ("In-Reply-To", "<CAF7q2xs1Ty5Mb8Qv2Ng@mail.example.org>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(47), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Google Calendar invitation to record a podcast episode as a guest (fixed time, ICS); not a job "
           "interview")
def n47() -> bytes:
    body = t("""
        You have been invited to the following event.

        Title: PLCs & Pints podcast - recording w/ guest Nate Kowalczyk
        Ep. 58 "Brewhouse automation war stories". Riverside link: https://riverside.fm/studio/plcs-and-pints
        Plan for 60 min recording + 15 min setup. Headphones please! -Joe
        When: Thu Dec 3, 2026 7pm - 8:15pm (Central Time - Chicago)

        Calendar: nate.kowalczyk@example.org
        Who:
            * joe.lindgren@example.net - organizer
            * nate.kowalczyk@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account nate.kowalczyk@example.org because you are an
        attendee of this event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261204T010000Z
DTEND:20261204T021500Z
DTSTAMP:20261125T232051Z
ORGANIZER;CN=Joe Lindgren:mailto:joe.lindgren@example.net
UID:5r1m8c2k4t6v0q9p3s7n1b5d8f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261125T232049Z
DESCRIPTION:Ep. 58 "Brewhouse automation war stories". Riverside link: https://riverside.fm/studio/plcs-and-pints\\n
LAST-MODIFIED:20261125T232049Z
LOCATION:Riverside.fm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PLCs & Pints podcast - recording w/ guest Nate Kowalczyk
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    inner = alt(text(body, charset="UTF-8"), calendar(ics, method="REQUEST", charset="UTF-8"))
    return message([
        ("Received", rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                         "2026-11-25 17:20:52", CT, "3D5F7B9C01")),
        ("From", addr("Joe Lindgren", "joe.lindgren@example.net")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", "Invitation: PLCs & Pints podcast - recording w/ guest Nate Kowalczyk @ Thu Dec 3, 2026 "
                    "7pm - 8:15pm (CST) (nate.kowalczyk@example.org)"),
        ("Date", date("2026-11-25 17:20:52", CT)),
        ("Message-ID", "<calendar-0d7e3b19-6a2c-4e85-9f14-b3c8a5d2e7f1@google.com>"),
    ], mixed(inner, calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                             disposition="attachment", cte="base64", name_param=True)))


@mail(n(48), family="forwarded_other", lang="en", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="A friend forwards HIS OWN Greenhouse interview confirmation (Mon 9 Nov 10 AM) to ask for tips; "
           "a confirmed interview, but not Nate's")
def n48() -> bytes:
    body = t("""
        lol they called me too. you did the onsite there right? any tips on Tom? is he a siemens guy or
        AB guy? drinks on me either way

        ---------- Forwarded message ---------
        From: Kettle & Crown Brewing <no-reply@us.greenhouse-mail.io>
        Date: Wed, Nov 4, 2026 at 2:31 PM
        Subject: Interview Confirmation: Automation Technician at Kettle & Crown Brewing
        To: Marcus Webb <marcus.webb@example.com>


        Hi Marcus,

        Thanks again for your interest in the Automation Technician role at Kettle & Crown Brewing.
        Your interview is confirmed. Here are the details:

        Interview: Onsite interview with the Brewing Automation team
        Date: Monday, November 9, 2026
        Time: 10:00 AM - 11:30 AM CST
        Location: Kettle & Crown Brewing, 1320 W Canal St, Milwaukee, WI 53233

        If you need to make a change, just reply to this email.

        Cheers,
        Dana Whitfield
        Talent Acquisition | Kettle & Crown Brewing
        """)
    return message([
        ("Received", rcv("mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])",
                         "2026-11-04 18:55:10", CT, "5F7B9D1E23")),
        ("From", addr("Marcus Webb", "marcus.webb@example.com")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Fwd: Interview Confirmation: Automation Technician at Kettle & Crown Brewing"),
        ("Date", date("2026-11-04 18:55:10", CT)),
        ("Message-ID", "<CAB2nWq8Ty6Ke4Rd0Lp9Zm@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(49), family="friend_mock_interview", lang="en", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Friend's texts-style mail asking Nate to run a mock interview with him on Saturday at 10; "
           "not Nate's job interview")
def n49() -> bytes:
    body = t("""
        yo. any chance u could mock interview me sat at 10? got my final round at pullman tues and i
        keep rambling on the STAR stuff. i'll bring coffee + kolaczki from my grandma. ur place or mine

        T
        """)
    return message([
        ("Received", rcv("mail-io1-f47.google.com (mail-io1-f47.google.com [209.85.166.47])",
                         "2026-11-18 22:04:31", CT, "7B9D1F3A45")),
        ("From", addr("Tony Ruiz", "tony.ruiz.mke@example.com")),
        ("To", ME),
        ("Subject", "favor"),
        ("Date", date("2026-11-18 22:04:31", CT)),
        ("Message-ID", "<CAN5Lr0fPw3Xb7Mq1Sk8Dt@mail.gmail.com>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(50), family="survey_visit", lang="en", interview=False, company=None,
      days=(("Wed", "2026-10-28"),),
      note="Labour-force survey field interviewer confirms a household visit 'Wednesday, October 28 at 6:00 PM' "
           "for an employment-status interview; a survey, not a job interview")
def n50() -> bytes:
    body = t("""
        Dear Mr. Kowalczyk,

        Thank you for agreeing to take part in this month's Regional Household Labor Survey. As we
        discussed on the phone, I will visit your household on Wednesday, October 28 at 6:00 PM to
        complete the interview in person. It usually takes 15-20 minutes.

        The questions cover the employment status of each adult in the household (working, looking for
        work, or not in the labor force), hours worked last week and, for anyone who is job hunting, how
        they have been searching. Your answers are confidential and used only for statistical purposes.

        I will be carrying a photo ID badge from the Survey Research Center. If you need to change the
        time, please call or text me at 414-555-0158.

        Sincerely,
        Rosa Delgado-Park
        Field Interviewer, Survey Research Center
        University of Wisconsin-Lakeshore
        """)
    return message([
        ("Received", rcv("mail-bn8nam12on2140.outbound.protection.outlook.com (mail-bn8nam12on2140.outbound.protection.outlook.com [40.107.237.140])",
                         "2026-10-23 11:40:18", CT, "9D1F3B5C67")),
        ("From", addr("Rosa Delgado-Park", "rdelgadopark@src.uwlakeshore.example.edu")),
        ("To", addr("Nate Kowalczyk", ME)),
        ("Subject", "Regional Household Labor Survey - visit confirmation"),
        ("Date", date("2026-10-23 11:40:18", CT)),
        ("Message-ID", "<BN8PR12MB3312D1F3B5C7E9A1@BN8PR12MB3312.namprd12.prod.outlook.com>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))
