"""blind79: 50 hand-written mails from the inbox of a job seeker in Houston (Danielle Okafor).

Built by ``python3 bench/heldout/make_blind.py blind79``. Every mail is written individually below;
``make.py`` does the MIME plumbing and checks the labels. Written blind: without reading the
detector, its tests and fixtures, or any other held-out set. All companies and people are fictional.

File numbers are a fixed shuffle of the writing order: the mail written ``key``-th is
``blind79_{ORDER[key-1]:03d}.eml``. Keys 1-23 are the positives, 24-50 the negatives.
"""

from __future__ import annotations

import random
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from make import (
    VTZ,
    Part,
    addr,
    alt,
    at,
    attached_message,
    calendar,
    date,
    enc,
    gmail_html,
    html,
    mail,
    message,
    mixed,
    raw_part,
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(79079).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"blind79_{ORDER[key - 1]:03d}"


ME = "danielle.okafor@example.org"
ME_NET = "danielle.okafor@example.net"
ME_H = addr("Danielle Okafor", ME)
HOU = "America/Chicago"
MX = "mx1.example.org with ESMTPS id"


def date_in(local: str, zone: str, out_zone: str) -> str:
    """Date header for a moment given as local time in ``zone``, written with ``out_zone``'s offset."""
    return format_datetime(at(local, zone).astimezone(ZoneInfo(out_zone)))


def rcv(server: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {server}", when, zone, f"{MX} {ident}", ME, lag))


def ical(body: str, tz: str | None = None) -> str:
    """Dedent an ICS template; '%TZ%' becomes the VTIMEZONE block of ``tz``, '%ME%' the candidate."""
    s = t(body).replace("%ME%", ME)
    if tz:
        s = s.replace("%TZ%", VTZ[tz])
    return s


# =========================================================================== positives: scheduled


@mail(N(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-10 14:00", HOU), end=utc("2026-09-10 14:30", HOU),
      contact="carla.benavides@meridianmidstream.com", company="Meridian Midstream Partners",
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 14:30", zone=HOU,
      note="Greenhouse phone-screen confirmation sent from the no-reply relay; 'Thursday, September "
           "10, 2026, 2:00 PM - 2:30 PM CDT' = 19:00-19:30Z. Contact = human Reply-To recruiter.")
def greenhouse_phone_screen() -> bytes:
    body = t("""
        Hi Danielle,

        Thanks for applying to the Process Engineer - Gas Processing role at Meridian Midstream
        Partners. I'm happy to confirm your phone screen:

        Date: Thursday, September 10, 2026
        Time: 2:00 PM - 2:30 PM CDT
        Format: Phone call - I'll call you at (713) 555-0148
        Interviewer: Carla Benavides, Senior Talent Acquisition Partner

        We'll cover your background at Bayport, what you're looking for next, and the basics of
        the role (mostly cryo plants in the Permian and the Eagle Ford). No prep needed.

        If anything changes on your end, just reply to this email.

        Best,
        Carla

        Carla Benavides
        Senior Talent Acquisition Partner | Meridian Midstream Partners
        1400 Lamar Crossing, Suite 2100, Houston, TX 77002
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family: Arial, sans-serif; font-size: 14px;">
        <p>Hi Danielle,</p>
        <p>Thanks for applying to the Process Engineer - Gas Processing role at Meridian Midstream Partners.
        I'm happy to confirm your phone screen:</p>
        <p><b>Date:</b> Thursday, September 10, 2026<br>
        <b>Time:</b> 2:00 PM - 2:30 PM CDT<br>
        <b>Format:</b> Phone call - I'll call you at (713) 555-0148<br>
        <b>Interviewer:</b> Carla Benavides, Senior Talent Acquisition Partner</p>
        <p>We'll cover your background at Bayport, what you're looking for next, and the basics of the role
        (mostly cryo plants in the Permian and the Eagle Ford). No prep needed.</p>
        <p>If anything changes on your end, just reply to this email.</p>
        <p>Best,<br>Carla</p>
        <p style="color:#555;font-size:12px;">Carla Benavides<br>Senior Talent Acquisition Partner |
        Meridian Midstream Partners<br>1400 Lamar Crossing, Suite 2100, Houston, TX 77002</p>
        </div>
        <img src="https://app.greenhouse.io/email/open/7ad3c0f2e1b94d7c.gif" width="1" height="1" alt="">
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("o3.email.greenhouse.io (o3.email.greenhouse.io [167.89.101.44])", "2026-09-08 10:14:09", HOU,
            "9c1e77a0f3"),
        ("From", addr("Carla Benavides", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Carla Benavides", "carla.benavides@meridianmidstream.com")),
        ("To", ME_H),
        ("Subject", "Phone Screen Confirmation - Process Engineer, Meridian Midstream Partners"),
        ("Date", date_in("2026-09-08 10:14:09", HOU, "UTC")),
        ("Message-ID", "<5f1d2c8e.7b3a9f10c4e2@us.greenhouse-mail.io>"),
        ("X-SG-EID", "u001.Vq3kQm8nB1cx2Rj4l9Yt0w"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(N(2), family="lever", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-18 10:00", HOU), end=utc("2026-09-18 11:00", HOU),
      contact="marcus.thibodeaux@bayoucatalyst.com", company="Bayou Catalyst Technologies",
      local="Fri 2026-09-18 10:00", local_end="2026-09-18 11:00", zone=HOU,
      note="Lever confirmation (base64 text+html, ICS attached); New Orleans is Central time: "
           "10:00-11:00 AM CDT = 15:00-16:00Z. Contact = Reply-To hiring manager (also ORGANIZER).")
def lever_video() -> bytes:
    body = t("""
        Hi Danielle,

        Your interview has been scheduled! Here are the details:

        Process Development Engineer
        Friday, September 18th 2026
        10:00 AM - 11:00 AM (CDT)

        Video call: https://meet.google.com/xvk-pqro-tbd

        You'll be speaking with:
        - Marcus Thibodeaux, Engineering Manager, Catalyst Scale-up
        - Amelie Fontenot, Senior Process Engineer

        Please have a copy of your resume handy. If you need to reschedule, simply reply to this
        email.

        Thanks,
        The Bayou Catalyst Technologies Team

        --
        Sent via Lever
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f5f6f8;">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f6f8;"><tr><td align="center">
        <table width="560" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#2b2b2b;">
        <tr><td>
        <p>Hi Danielle,</p>
        <p>Your interview has been scheduled! Here are the details:</p>
        <p style="border-left:3px solid #4a90e2;padding-left:12px;">
        <strong>Process Development Engineer</strong><br>
        Friday, September 18th 2026<br>
        10:00 AM &ndash; 11:00 AM (CDT)<br>
        Video call: <a href="https://meet.google.com/xvk-pqro-tbd">https://meet.google.com/xvk-pqro-tbd</a></p>
        <p>You'll be speaking with:</p>
        <ul><li>Marcus Thibodeaux, Engineering Manager, Catalyst Scale-up</li>
        <li>Amelie Fontenot, Senior Process Engineer</li></ul>
        <p>Please have a copy of your resume handy. If you need to reschedule, simply reply to this email.</p>
        <p>Thanks,<br>The Bayou Catalyst Technologies Team</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999;">Sent via <a href="https://www.lever.co" style="color:#999;">Lever</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Hire//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        %TZ%
        BEGIN:VEVENT
        UID:lever-itv-3b8d0e5a-91f2-4c7e-b0aa-2f6d1c9e4471
        DTSTAMP:20260914T200251Z
        DTSTART;TZID=America/Chicago:20260918T100000
        DTEND;TZID=America/Chicago:20260918T110000
        SUMMARY:Interview: Danielle Okafor - Process Development Engineer
        LOCATION:https://meet.google.com/xvk-pqro-tbd
        ORGANIZER;CN=Marcus Thibodeaux:mailto:marcus.thibodeaux@bayoucatalyst.com
        ATTENDEE;CN=Danielle Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%ME%
        ATTENDEE;CN=Amelie Fontenot;ROLE=REQ-PARTICIPANT:mailto:amelie.fontenot@bayoucatalyst.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, "America/Chicago")
    headers = [
        ("Delivered-To", ME),
        rcv("mail-200-12.hire.lever.co (mail-200-12.hire.lever.co [198.2.180.12])", "2026-09-14 15:02:51", HOU,
            "51ab09e2c7"),
        ("From", addr("Bayou Catalyst Technologies", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Marcus Thibodeaux", "marcus.thibodeaux@bayoucatalyst.com")),
        ("To", ME_H),
        ("Subject", "Interview confirmation: Process Development Engineer at Bayou Catalyst Technologies"),
        ("Date", date_in("2026-09-14 15:02:51", HOU, "UTC")),
        ("Message-ID", "<0100019a2e5b77c1-6f0e2d1a-3c9b-4b0f-8e7d-5a1c2b3d4e5f-000000@email.amazonses.com>"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="base64"), html(page, cte="base64")),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True),
    ))


@mail(N(3), family="workday", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-01 13:30", HOU), end=utc("2026-10-01 14:30", HOU),
      contact="priya.natarajan@gulfbendchem.com", company="Gulfbend Chemicals",
      local="Thu 2026-10-01 13:30", local_end="2026-10-01 14:30", zone=HOU,
      note="Workday HTML-only (base64) notice from the tenant mailbox, sent with a Pacific offset; "
           "US date '10/01/2026 01:30 PM - 02:30 PM (US/Central)' = CDT, 18:30-19:30Z. Contact = "
           "recruiter address in the body.")
def workday_first_round() -> bytes:
    page = t("""
        <html>
        <head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Gulfbend Careers</title></head>
        <body style="font-family: 'Segoe UI', Arial, sans-serif; font-size: 14px; color: #333333;">
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#00305e;padding:16px;color:#ffffff;font-size:18px;">Gulfbend Chemicals</td></tr>
        <tr><td style="padding:20px;">
        <p>Dear Danielle Okafor,</p>
        <p>Thank you for your interest in Gulfbend Chemicals. We are pleased to let you know that an interview
        has been scheduled for the <b>Process Engineer II</b> position (R-0041875).</p>
        <table cellpadding="4" cellspacing="0" style="border:1px solid #dddddd;">
        <tr><td style="background:#f2f2f2;"><b>Interview Date/Time</b></td><td>10/01/2026 01:30 PM - 02:30 PM (US/Central)</td></tr>
        <tr><td style="background:#f2f2f2;"><b>Interview Type</b></td><td>Virtual - Microsoft Teams</td></tr>
        <tr><td style="background:#f2f2f2;"><b>Interviewer(s)</b></td><td>Wei Chen, PhD - Manager, Process Technology<br>Priya Natarajan - Talent Acquisition</td></tr>
        </table>
        <p>A Microsoft Teams link will be included in a separate calendar invitation from your recruiter.</p>
        <p>If you have any questions, please contact Priya Natarajan at
        <a href="mailto:priya.natarajan@gulfbendchem.com">priya.natarajan@gulfbendchem.com</a>.</p>
        <p>To review the status of your application, please sign in to the
        <a href="https://wd5.myworkdaysite.com/recruiting/gulfbend/Careers">Gulfbend Careers site</a>.</p>
        <p>Sincerely,<br>Gulfbend Chemicals Talent Acquisition</p>
        <p style="font-size:11px;color:#888888;">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("smtp-out-3.myworkday.com (smtp-out-3.myworkday.com [216.82.241.14])", "2026-09-23 09:31:40", HOU,
            "a41f0d3e88"),
        ("From", addr("Gulfbend Chemicals", "gulfbend@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Process Engineer II (R-0041875)"),
        ("Date", date_in("2026-09-23 09:31:40", HOU, "America/Los_Angeles")),
        ("Message-ID", "<1771342880.448211.1790181100312@wd5-prod-mta3.myworkday.com>"),
        ("X-Workday-Tenant", "gulfbend"),
    ]
    return message(headers, html(page, cte="base64"))


EXCHANGE_TEAMS = t("""
    ________________________________________________________________________________
    Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>
    Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
    Meeting ID: {meeting_id}
    Passcode: {passcode}
    ________________________________
    Dial in by phone
    {dial} United States, {city}
    Find a local number<https://dialin.teams.microsoft.com/{dialin}>
    Phone conference ID: {conf}
    For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/> | Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
    ________________________________________________________________________________
    """)


@mail(N(4), family="exchange", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-13 09:00", HOU), end=utc("2026-10-13 10:00", HOU),
      contact="gpruitt@redforkpipeline.com", company="Redfork Pipeline Company",
      local="Tue 2026-10-13 09:00", local_end="2026-10-13 10:00", zone=HOU,
      note="Exchange meeting request (Teams) from the Tulsa hiring manager. The body's zone label "
           "'(UTC-06:00) Central Time (US & Canada)' shows the standard offset, but 13 October is CDT: "
           "9:00-10:00 = 14:00-15:00Z, as the ICS (TZID Central Standard Time with DST rules) says. "
           "Contact = sender/ORGANIZER.")
def exchange_teams_tulsa() -> bytes:
    teams = EXCHANGE_TEAMS.format(
        mid="NzRkYjA1ZTEtOGI2Ny00ZDM5LWE3MWQtZjI0YjQxMGQ5OGM1", meeting_id="248 771 390 156 2",
        passcode="Wd7Qx3", dial="+1 918-555-0190,,650112384#", city="Tulsa",
        dialin="8c1f2a7e-44b0-4d7f-9d8e-2a60b7f1c3d5?id=650112384", conf="650 112 384#")
    body = t("""
        When: Tuesday, October 13, 2026 9:00 AM-10:00 AM. (UTC-06:00) Central Time (US & Canada)
        Where: Microsoft Teams Meeting

        Danielle,

        Looking forward to talking Tuesday. Lacey Dunn from our HR group and Tom Haskins (Ops Supt.,
        Cushing terminal) will join me. Plan on about 15 minutes of you walking us through a
        debottlenecking project you've led, then we'll go from there.

        Garrett

        Garrett Pruitt, P.E.
        Engineering Manager - Terminals & Facilities
        Redfork Pipeline Company | Tulsa, OK
        o: 918-555-0144

        """) + teams
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
        <body lang="EN-US" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">Danielle,</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Looking forward to talking Tuesday. Lacey Dunn from our HR group and Tom Haskins (Ops Supt.,
        Cushing terminal) will join me. Plan on about 15 minutes of you walking us through a debottlenecking project
        you've led, then we'll go from there.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Garrett</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>Garrett Pruitt, P.E.</b><br>Engineering Manager - Terminals &amp; Facilities<br>
        Redfork Pipeline Company | Tulsa, OK<br>o: 918-555-0144</p>
        <div style="margin-bottom:.25in;overflow:hidden">
        <p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span></p>
        <p class="MsoNormal"><b><span style="font-size:18.0pt;color:#252424">Microsoft Teams meeting</span></b></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzRkYjA1ZTEtOGI2Ny00ZDM5LWE3MWQtZjI0YjQxMGQ5OGM1%40thread.v2/0"><b><span style="font-size:10.5pt;color:#6264A7">Join the meeting now</span></b></a></p>
        <p class="MsoNormal"><span style="font-size:10.5pt;color:#252424">Meeting ID: 248 771 390 156 2<br>Passcode: Wd7Qx3</span></p>
        <p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span></p>
        </div>
        </div>
        </body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %TZ%
        BEGIN:VEVENT
        ORGANIZER;CN="Pruitt, Garrett":mailto:gpruitt@redforkpipeline.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danielle.okafor@example.org:mailto:%ME%
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dunn, Lacey":mailto:ldunn@redforkpipeline.com
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haskins, Tom":mailto:thaskins@redforkpipeline.com
        DESCRIPTION;LANGUAGE=en-US:Danielle\\,\\n\\nLooking forward to talking Tuesday. Lacey Dunn from our HR group and Tom Haskins will join me.\\n\\nGarrett\\n
        UID:040000008200E00074C5B7101A82E00800000000B0C4F7D2A254DC01000000000000000010000000E3A1C7B95D2F4E4C8F0A6B1D2C3E4F50
        SUMMARY;LANGUAGE=en-US:Process Engineer Interview - Danielle Okafor
        DTSTART;TZID=Central Standard Time:20261013T090000
        DTEND;TZID=Central Standard Time:20261013T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261005T214812Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121846379
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:gpruitt@redforkpipeline.com\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NzRkYjA1ZTEtOGI2Ny00ZDM5LWE3MWQtZjI0YjQxMGQ5OGM1-thread.v2
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
        END:VCALENDAR
        """, "Central Standard Time")
    headers = [
        ("Delivered-To", ME),
        rcv("NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2102.outbound.protection.outlook.com "
            "[40.107.243.102])", "2026-10-05 16:48:12", HOU, "e2d7190b6a"),
        ("From", addr("Pruitt, Garrett", "gpruitt@redforkpipeline.com")),
        ("To", addr("danielle.okafor@example.org", ME)),
        ("CC", ", ".join([addr("Dunn, Lacey", "ldunn@redforkpipeline.com"),
                          addr("Haskins, Tom", "thaskins@redforkpipeline.com")])),
        ("Subject", "Process Engineer Interview - Danielle Okafor"),
        ("Thread-Topic", "Process Engineer Interview - Danielle Okafor"),
        ("Thread-Index", "AdtVb3kq7mF2xYc0R1S0e4w9oQeYxA=="),
        ("Date", date("2026-10-05 16:48:12", HOU)),
        ("Message-ID", "<DM6PR12MB4417A6C1B0E94F2D8E3A5C71D1E52@DM6PR12MB4417.namprd12.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAACwxPfSolTcAQAAAAAAAAAAEAAAAOOhx7ldL05MjwprHSwz5PU="),
    ]
    return message(headers, alt(
        text(body, charset="us-ascii"),
        html(page, charset="us-ascii"),
        calendar(ics, cte="base64"),
    ))


@mail(N(5), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-16 12:00", HOU), end=utc("2026-09-16 12:30", HOU),
      contact="kyle.brandt@frontrangeprocess.com", company="Front Range Process Partners",
      local="Wed 2026-09-16 12:00", local_end="2026-09-16 12:30", zone=HOU,
      note="Calendly invitee confirmation (no ICS). The Denver host's event is shown in the invitee's "
           "zone: '12:00pm - 12:30pm (Central Time - US & Canada)' = 17:00-17:30Z. The Date header is "
           "already Saturday in UTC (Friday evening in Houston). Contact = Reply-To host.")
def calendly_denver_screen() -> bytes:
    body = t("""
        Hi Danielle Okafor,

        Your Process Engineer - Screening Call with Kyle Brandt at 12:00pm (Central Time - US &
        Canada) on Wednesday, September 16, 2026 is scheduled.

        Event Name:
        Process Engineer - Screening Call

        Date & Time:
        12:00pm - 12:30pm (Central Time - US & Canada) on Wednesday, September 16, 2026

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/kfb-ndzw-rma

        Invitee Time Zone:
        Central Time - US & Canada

        Questions:
        Please share anything that will help prepare for our meeting.
        Currently at Bayport Specialty Chemicals (Pasadena, TX); open to relocating to Denver
        in early 2027.

        View event in Calendly: https://calendly.com/events/7c1e2f3a-9b4d-4e5f-a6b7-c8d9e0f1a2b3
        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c1e2f3a-9b4d-4e5f-a6b7-c8d9e0f1a2b3
        Reschedule: https://calendly.com/reschedulings/7c1e2f3a-9b4d-4e5f-a6b7-c8d9e0f1a2b3

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px;">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="580" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;">
        <p>Hi Danielle Okafor,</p>
        <p>Your Process Engineer - Screening Call with Kyle Brandt at 12:00pm (Central Time - US &amp; Canada)
        on Wednesday, September 16, 2026 is scheduled.</p>
        <p><b>Event Name:</b><br>Process Engineer - Screening Call</p>
        <p><b>Date &amp; Time:</b><br>12:00pm - 12:30pm (Central Time - US &amp; Canada) on Wednesday, September 16, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/kfb-ndzw-rma">Join now</a></p>
        <p><b>Invitee Time Zone:</b><br>Central Time - US &amp; Canada</p>
        <p><b>Questions:</b><br>Please share anything that will help prepare for our meeting.<br>
        Currently at Bayport Specialty Chemicals (Pasadena, TX); open to relocating to Denver in early 2027.</p>
        <p><a href="https://calendly.com/events/7c1e2f3a-9b4d-4e5f-a6b7-c8d9e0f1a2b3">View event in Calendly</a></p>
        <p style="font-size:13px;">Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/7c1e2f3a-9b4d-4e5f-a6b7-c8d9e0f1a2b3">Cancel</a> |
        <a href="https://calendly.com/reschedulings/7c1e2f3a-9b4d-4e5f-a6b7-c8d9e0f1a2b3">Reschedule</a></p>
        <p style="font-size:12px;color:#666;">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    subject = ("Confirmed: Process Engineer - Screening Call with Kyle Brandt on Wednesday, "
               "September 16, 2026")
    headers = [
        ("Delivered-To", ME),
        rcv("o1.ptr5521.calendly.com (o1.ptr5521.calendly.com [149.72.170.5])", "2026-09-11 20:12:40", HOU,
            "0b7c22e1fd"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Kyle Brandt", "kyle.brandt@frontrangeprocess.com")),
        ("To", ME),
        ("Subject", subject),
        ("Date", date_in("2026-09-11 20:12:40", HOU, "UTC")),
        ("Message-ID", "<d8a4f3b2-0c1e-4a7b-9f65-2e18c7d9a0b4@calendly.com>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(N(6), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-22 09:00", HOU), end=utc("2026-10-22 13:45", HOU),
      contact="renee.castillo@lonestarh2.com", company="Lone Star Hydrogen",
      local="Thu 2026-10-22 09:00", local_end="2026-10-22 13:45", zone=HOU,
      note="GoodTime onsite itinerary in Austin (Central, CDT): first session 9:00 AM to last session "
           "end 1:45 PM = 14:00-18:45Z; the ICS holds one block with the same span. Contact = Reply-To "
           "coordinator.")
def goodtime_austin_onsite() -> bytes:
    body = t("""
        Hi Danielle,

        We're excited to host you at our Austin office! Your onsite interview for Senior Process
        Engineer - Electrolysis is confirmed for Thursday, October 22, 2026. All times below are
        Central Time (CDT).

        Location: Lone Star Hydrogen, 5100 Riverside Ridge Dr, Building B, Austin, TX 78741
        Please check in at the Building B lobby about 10 minutes early and bring a photo ID.

        9:00 AM - 9:45 AM    Welcome & role overview
                             Renee Castillo (Recruiting), Arjun Patel (Director, Process Engineering)
        10:00 AM - 10:45 AM  Technical deep dive: PFDs, heat & mass balance
                             Lauren Whitcomb (Principal Process Engineer)
        11:00 AM - 11:45 AM  Process safety & HAZOP case study
                             Diego Ramos (PSM Lead)
        12:00 PM - 12:45 PM  Lunch with the team (not an evaluation!)
        1:00 PM - 1:45 PM    Pilot plant walk & wrap-up
                             Arjun Patel

        Safety glasses and steel-toe shoes will be provided for the pilot plant walk; please wear
        long pants and closed-toe shoes.

        Need to make a change? Reply to this email to reach your coordinator, Renee Castillo.

        Powered by GoodTime
        """)
    rows = "\n".join(
        f'<tr><td style="padding:6px 12px;white-space:nowrap;">{a}</td><td style="padding:6px 12px;">{b}</td></tr>'
        for a, b in [
            ("9:00 AM &ndash; 9:45 AM", "Welcome &amp; role overview<br><span style=\"color:#666\">Renee Castillo "
             "(Recruiting), Arjun Patel (Director, Process Engineering)</span>"),
            ("10:00 AM &ndash; 10:45 AM", "Technical deep dive: PFDs, heat &amp; mass balance<br><span "
             "style=\"color:#666\">Lauren Whitcomb (Principal Process Engineer)</span>"),
            ("11:00 AM &ndash; 11:45 AM", "Process safety &amp; HAZOP case study<br><span style=\"color:#666\">"
             "Diego Ramos (PSM Lead)</span>"),
            ("12:00 PM &ndash; 12:45 PM", "Lunch with the team (not an evaluation!)"),
            ("1:00 PM &ndash; 1:45 PM", "Pilot plant walk &amp; wrap-up<br><span style=\"color:#666\">Arjun Patel"
             "</span>"),
        ])
    page = (t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">
        <div style="max-width:620px;margin:0 auto;">
        <p>Hi Danielle,</p>
        <p>We're excited to host you at our Austin office! Your onsite interview for <b>Senior Process Engineer &ndash;
        Electrolysis</b> is confirmed for <b>Thursday, October 22, 2026</b>. All times below are Central Time (CDT).</p>
        <p><b>Location:</b> Lone Star Hydrogen, 5100 Riverside Ridge Dr, Building B, Austin, TX 78741<br>
        Please check in at the Building B lobby about 10 minutes early and bring a photo ID.</p>
        <table cellspacing="0" style="border:1px solid #e3e3e3;border-collapse:collapse;">
        """) + rows + t("""
        </table>
        <p>Safety glasses and steel-toe shoes will be provided for the pilot plant walk; please wear long pants and
        closed-toe shoes.</p>
        <p>Need to make a change? Reply to this email to reach your coordinator, Renee Castillo.</p>
        <p style="font-size:11px;color:#999;">Powered by GoodTime</p>
        </div></body></html>
        """))
    ics = ical("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        %TZ%
        BEGIN:VEVENT
        UID:gt-2f7a91c4e08b4d55a3c1e6f0b9d27a18@goodtime.io
        DTSTAMP:20261014T162005Z
        DTSTART;TZID=America/Chicago:20261022T090000
        DTEND;TZID=America/Chicago:20261022T134500
        SUMMARY:Onsite Interview - Lone Star Hydrogen (Senior Process Engineer)
        LOCATION:5100 Riverside Ridge Dr\\, Building B\\, Austin\\, TX 78741
        ORGANIZER;CN=Renee Castillo:mailto:renee.castillo@lonestarh2.com
        ATTENDEE;CN=Danielle Okafor;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%ME%
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, "America/Chicago")
    headers = [
        ("Delivered-To", ME),
        rcv("mail.goodtime.io (mail.goodtime.io [50.31.36.210])", "2026-10-14 11:20:05", HOU, "33f8c0a9d1"),
        ("From", addr("Lone Star Hydrogen Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", addr("Renee Castillo", "renee.castillo@lonestarh2.com")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Your onsite interview itinerary - Lone Star Hydrogen"),
        ("Date", date_in("2026-10-14 11:20:05", HOU, "UTC")),
        ("Message-ID", "<20261014162005.6c2d1e9f0a3b@goodtime.io>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page, cte="base64")),
        calendar(ics, filename="interview.ics", disposition="attachment"),
    ))


@mail(N(7), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-05 11:00", "America/New_York"), end=utc("2026-10-05 12:00", "America/New_York"),
      contact="hannah@carbonlane.io", company="Carbonlane",
      local="Mon 2026-10-05 11:00", local_end="2026-10-05 12:00", zone="America/New_York",
      note="Ashby confirmation for a remote team on Eastern time: '11:00 AM - 12:00 PM EDT' = "
           "15:00-16:00Z (10 AM in Houston); ICS TZID America/New_York agrees. Contact = Reply-To "
           "recruiter (also ORGANIZER).")
def ashby_remote_first() -> bytes:
    body = t("""
        Hi Danielle,

        Your interview is confirmed. We're looking forward to speaking with you!

        Monday, October 5, 2026, 11:00 AM - 12:00 PM EDT
        Google Meet: https://meet.google.com/wrc-hxtb-qsn

        You'll meet with:
          Tobias Reinholt - Head of Process Engineering
          Hannah Seo - Recruiting Lead

        Questions? Just reply and it will reach Hannah Seo.

        Thanks,
        Carbonlane Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Danielle,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Monday, October 5, 2026, 11:00 AM &ndash; 12:00 PM EDT</strong><br>
        Google Meet: <a href="https://meet.google.com/wrc-hxtb-qsn">https://meet.google.com/wrc-hxtb-qsn</a></p>
        <p>You&#x27;ll meet with:<br>
          Tobias Reinholt &mdash; Head of Process Engineering<br>
          Hannah Seo &mdash; Recruiting Lead</p>
        <p>Questions? Just reply and it will reach Hannah Seo.</p>
        <p>Thanks,<br>Carbonlane Recruiting</p>
        </body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        %TZ%
        BEGIN:VEVENT
        UID:0c9e5a41-7d2b-4f86-b1e3-a5d0c2f7e914
        DTSTAMP:20260929T180533Z
        DTSTART;TZID=America/New_York:20261005T110000
        DTEND;TZID=America/New_York:20261005T120000
        SEQUENCE:0
        SUMMARY:Carbonlane - Process Engineer\\, CO2 Capture Interview
        LOCATION:https://meet.google.com/wrc-hxtb-qsn
        ORGANIZER;CN=Hannah Seo:mailto:hannah@carbonlane.io
        ATTENDEE;CN=Danielle Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%ME%
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, "America/New_York")
    headers = [
        ("Delivered-To", ME),
        rcv("a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])", "2026-09-29 13:05:33",
            HOU, "7ab1d0c4e2"),
        ("From", addr("Carbonlane", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Hannah Seo", "hannah@carbonlane.io")),
        ("To", ME_H),
        ("Subject", enc("Interview confirmed: Process Engineer, CO₂ Capture at Carbonlane")),
        ("Date", date_in("2026-09-29 13:05:33", HOU, "UTC")),
        ("Message-ID", "<010001929e77c0a2-81c3f0d4-2a6b-47e9-9c1d-5b3e8f0a7d62-000000@email.amazonses.com>"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="base64"), html(page, cte="base64")),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"),
    ))


@mail(N(8), family="agency_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-08 19:30", HOU), end=None,
      contact="tyler.nguyen@petrotalentpartners.com", company="Coastal Ridge Refining",
      local="Thu 2026-10-08 19:30", zone=HOU,
      note="Agency recruiter, texting style from a phone: 'tmrw 7:30pm CT' resolved against the Date "
           "(Wed 7 Oct, CDT) = Thu 8 Oct 19:30 CDT = Fri 9 Oct 00:30Z (a different day in UTC; the "
           "Singapore manager's '8:30am fri' agrees). '45 min-ish' is approximate -> end null. Company = "
           "the client; contact = the recruiter who sent it.")
def agency_texting_tomorrow() -> bytes:
    body = t("""
        hey Danielle!! good news, Coastal Ridge Refining wants to move fwd 🙌

        ur confirmed w/ Jeff Marchetti (their ops engineering mgr) tmrw 7:30pm CT on teams. he's in
        Singapore this month for their turnaround so its 8:30am fri his time lol. link:

        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk2YzE4NmQtYjQ0Zi00Y2M4LWEzNDEtN2JmYzk5MDg3ZTQy%40thread.v2/0

        prob 45 min-ish. he's gonna ask about ur FCC experience + the hydrotreater revamp so brush
        up on that. call me after!!

        T

        Tyler Nguyen | Sr. Recruiter, Downstream & Chemicals
        PetroTalent Partners
        c: 281-555-0163

        Sent from my iPhone

        > On Oct 6, 2026, at 4:51 PM, Danielle Okafor <danielle.okafor@example.org> wrote:
        >
        > Hi Tyler, any update from Coastal Ridge? I'm free most evenings this week.
        >
        > Danielle
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail-pj1-f52.google.com (mail-pj1-f52.google.com [209.85.216.52])", "2026-10-07 10:12:47", HOU,
            "c9e03d71ba"),
        ("From", addr("Tyler Nguyen", "tyler.nguyen@petrotalentpartners.com")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Re: Coastal Ridge - process eng role"),
        ("Date", date("2026-10-07 10:12:47", HOU)),
        ("Message-ID", "<6B2E41D0-3F7A-4C8B-9E15-A0D7C4F2B913@petrotalentpartners.com>"),
        ("In-Reply-To", "<CAO8kQm3xR1vT0b9Zw2pL7yN4sE6dH5jF8gK2aU@mail.gmail.com>"),
        ("References", "<CAO8kQm3xR1vT0b9Zw2pL7yN4sE6dH5jF8gK2aU@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(N(9), family="human_prose", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:30", "America/Edmonton"), end=utc("2026-11-02 10:30", "America/Edmonton"),
      contact="smacpherson@chinookridge.ca", company="Chinook Ridge Energy",
      local="Mon 2026-11-02 09:30", local_end="2026-11-02 10:30", zone="America/Edmonton",
      note="Canadian English recruiter mail from Calgary (windows-1252 QP), sent on Wed 28 Oct in MDT; "
           "the interview is Mon 2 Nov, the day after Alberta and Texas fall back: '9:30 to 10:30 a.m. "
           "Mountain Time' = MST (UTC-7) = 16:30-17:30Z, and the '10:30 to 11:30 a.m. your time in "
           "Houston' (CST) agrees. Contact = sender.")
def canada_calgary_video() -> bytes:
    body = t("""
        Hi Danielle,

        Thank you for taking the time to speak with me on Monday. I'm pleased to let you know that
        the hiring team would like to move you forward to a video interview for the Process
        Engineer – Gas Plants position at our Calgary head office.

        I've booked the interview for Monday, 2 November, from 9:30 to 10:30 a.m. Mountain Time
        (10:30 to 11:30 a.m. your time in Houston). Alberta and Texas both come off daylight saving
        time the Sunday before, so the one-hour difference stays the same.

        Your panel:
        • Graham Boucher, P.Eng. – Manager, Process Engineering
        • Anjali Deshmukh, P.Eng. – Senior Process Engineer, Sulphur Recovery
        • Siobhan MacPherson – Talent Acquisition

        We'll meet on Microsoft Teams (link below). Graham will likely ask you to walk through an
        amine or sulphur recovery unit you've supported, so a rough sketch of the flow scheme is
        welcome but not required. The role is based at our downtown Calgary centre with regular
        travel to our gas plants near Grande Prairie; we can talk through relocation and the
        CUSMA work permit process at a later stage.

        Join on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ1MmE0ZTgtNjFmZi00ZDBkLWI2NjctZTNhNGQ4ZjVkYjI5%40thread.v2/0

        If that time doesn't suit, please let me know and I'll see what I can do.

        Kind regards,

        Siobhan MacPherson (she/her)
        Talent Acquisition Partner
        Chinook Ridge Energy Ltd.
        1800, 505 – 4 Street SW, Calgary, AB  T2P 0K8
        T: 403-555-0127
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="EN-CA">
        <div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hi Danielle,</p>
        <p>Thank you for taking the time to speak with me on Monday. I’m pleased to let you know that the hiring team
        would like to move you forward to a video interview for the Process Engineer – Gas Plants position at our
        Calgary head office.</p>
        <p>I’ve booked the interview for <b>Monday, 2 November, from 9:30 to 10:30 a.m. Mountain Time</b> (10:30 to
        11:30 a.m. your time in Houston). Alberta and Texas both come off daylight saving time the Sunday before, so
        the one-hour difference stays the same.</p>
        <p>Your panel:</p>
        <ul>
        <li>Graham Boucher, P.Eng. – Manager, Process Engineering</li>
        <li>Anjali Deshmukh, P.Eng. – Senior Process Engineer, Sulphur Recovery</li>
        <li>Siobhan MacPherson – Talent Acquisition</li>
        </ul>
        <p>We’ll meet on Microsoft Teams (link below). Graham will likely ask you to walk through an amine or sulphur
        recovery unit you’ve supported, so a rough sketch of the flow scheme is welcome but not required. The role is
        based at our downtown Calgary centre with regular travel to our gas plants near Grande Prairie; we can talk
        through relocation and the CUSMA work permit process at a later stage.</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ1MmE0ZTgtNjFmZi00ZDBkLWI2NjctZTNhNGQ4ZjVkYjI5%40thread.v2/0">Join on Teams</a></p>
        <p>If that time doesn’t suit, please let me know and I’ll see what I can do.</p>
        <p>Kind regards,</p>
        <p><b>Siobhan MacPherson</b> (she/her)<br>Talent Acquisition Partner<br>Chinook Ridge Energy Ltd.<br>
        1800, 505 – 4 Street SW, Calgary, AB&nbsp; T2P 0K8<br>T: 403-555-0127</p>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2119.outbound.protection.outlook.com "
            "[40.107.115.119])", "2026-10-28 14:40:18", "America/Edmonton", "f06a2c9d1e"),
        ("From", addr("Siobhan MacPherson", "smacpherson@chinookridge.ca")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", enc("Video interview – Process Engineer (Calgary) – Monday, 2 November", "windows-1252")),
        ("Thread-Topic", enc("Video interview – Process Engineer (Calgary) – Monday, 2 November", "windows-1252")),
        ("Date", date("2026-10-28 14:40:18", "America/Edmonton")),
        ("Message-ID", "<YT3PR01MB8812C0A5E1F74B29D6B3E8A4C9F12@YT3PR01MB8812.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-CA, en-US"),
        ("Content-Language", "en-CA"),
    ]
    return message(headers, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(10), family="human_prose", lang="en-NG", interview=True, kind="scheduled",
      start=utc("2026-11-17 15:00", "Africa/Lagos"), end=utc("2026-11-17 15:45", "Africa/Lagos"),
      contact="oluwaseun.adebayo@ekodelta.com.ng", company="Eko Delta Engineering Services",
      local="Tue 2026-11-17 15:00", local_end="2026-11-17 15:45", zone="Africa/Lagos",
      note="Nigerian English HR invitation from Lagos with fixed date, time, duration and panel "
           "('Kindly acknowledge receipt' is a formality, as tune_056): '3:00pm West Africa Time (WAT)' "
           "= UTC+1 = 14:00Z, 'Duration: 45 minutes' -> 14:45Z; the '8:00am Central Time' (CST) "
           "agrees. Contact = sender.")
def nigeria_lagos_virtual() -> bytes:
    body = t("""
        Dear Danielle,

        Good morning.

        Further to your application for the above-mentioned position, we are pleased to invite you
        for a virtual interview with our technical panel. Please find the details below:

        Date: Tuesday, 17th November, 2026
        Time: 3:00pm West Africa Time (WAT) / 8:00am Central Time (Houston)
        Duration: 45 minutes
        Platform: Zoom (link below)
        Panel: Engr. Chukwuemeka Nwosu (GM, Engineering), Engr. (Mrs) Folake Adeyemi (Lead,
        Process Engineering), Mr. Oluwaseun Adebayo (Human Resources)

        Kindly note the following:
        1. You are expected to join the meeting at least 10 minutes before the stated time.
        2. Please ensure you have a stable internet connection and a quiet environment.
        3. You will be required to make a 10-minute presentation on a gas processing or
           dehydration project you have handled.

        Zoom link: https://us06web.zoom.us/j/83390127745?pwd=UnNvbTFDa0ZxS2RhVm9yZ0hQZz09
        Meeting ID: 833 9012 7745
        Passcode: EKO2026

        Kindly acknowledge receipt of this mail.

        Thank you.

        Yours faithfully,

        Oluwaseun Adebayo
        Human Resources Officer
        Eko Delta Engineering Services Limited
        Plot 27, Marine Crescent, Victoria Island, Lagos
        +234 803 555 0192
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000">
        <p>Dear Danielle,</p>
        <p>Good morning.</p>
        <p>Further to your application for the above-mentioned position, we are pleased to invite you for a virtual
        interview with our technical panel. Please find the details below:</p>
        <p><b>Date:</b> Tuesday, 17<sup>th</sup> November, 2026<br>
        <b>Time:</b> 3:00pm West Africa Time (WAT) / 8:00am Central Time (Houston)<br>
        <b>Duration:</b> 45 minutes<br>
        <b>Platform:</b> Zoom (link below)<br>
        <b>Panel:</b> Engr. Chukwuemeka Nwosu (GM, Engineering), Engr. (Mrs) Folake Adeyemi (Lead, Process
        Engineering), Mr. Oluwaseun Adebayo (Human Resources)</p>
        <p>Kindly note the following:</p>
        <ol>
        <li>You are expected to join the meeting at least 10 minutes before the stated time.</li>
        <li>Please ensure you have a stable internet connection and a quiet environment.</li>
        <li>You will be required to make a 10-minute presentation on a gas processing or dehydration project you
        have handled.</li>
        </ol>
        <p>Zoom link: <a href="https://us06web.zoom.us/j/83390127745?pwd=UnNvbTFDa0ZxS2RhVm9yZ0hQZz09">https://us06web.zoom.us/j/83390127745?pwd=UnNvbTFDa0ZxS2RhVm9yZ0hQZz09</a><br>
        Meeting ID: 833 9012 7745<br>Passcode: EKO2026</p>
        <p><b>Kindly acknowledge receipt of this mail.</b></p>
        <p>Thank you.</p>
        <p>Yours faithfully,</p>
        <p><b>Oluwaseun Adebayo</b><br>Human Resources Officer<br>Eko Delta Engineering Services Limited<br>
        Plot 27, Marine Crescent, Victoria Island, Lagos<br>+234 803 555 0192</p>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail-ve1eur03on2094.outbound.protection.outlook.com (mail-ve1eur03on2094.outbound.protection.outlook.com "
            "[40.107.13.94])", "2026-11-11 10:26:31", "Africa/Lagos", "1d8e4b7a20"),
        ("From", addr("Oluwaseun Adebayo", "oluwaseun.adebayo@ekodelta.com.ng")),
        ("To", addr("Danielle Okafor", ME)),
        ("CC", addr("Folake Adeyemi", "folake.adeyemi@ekodelta.com.ng")),
        ("Subject", "INVITATION FOR VIRTUAL INTERVIEW: PROCESS ENGINEER (REMOTE - HOUSTON LIAISON)"),
        ("Date", date("2026-11-11 10:26:31", "Africa/Lagos")),
        ("Message-ID", "<AM9PR02MB7720B1C4E5A04F3DA91E0C6B2D7F4@AM9PR02MB7720.eurprd02.prod.outlook.com>"),
        ("Importance", "high"),
        ("X-Priority", "1"),
    ]
    return message(headers, alt(text(body, charset="us-ascii", cte="7bit"), html(page)))


@mail(N(11), family="microsoft_bookings", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-29 10:00", HOU), end=utc("2026-10-29 10:45", HOU),
      contact=None, company="Brazos Gulf Water Authority",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 10:45", zone=HOU,
      note="Microsoft Bookings confirmation from a public water authority's shared bookings mailbox. "
           "The zone label '(UTC-06:00) Central Time (US & Canada)' shows the standard offset, but 29 "
           "October is still CDT: 10:00-10:45 = 15:00-15:45Z (ICS TZID Central Standard Time agrees). "
           "Staff name only, no personal address anywhere -> contact null.")
def bookings_water_authority() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="x-apple-disable-message-reformatting"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;color:#323130;font-size:14px;">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0">
        <tr><td style="padding:24px 24px 8px 24px;font-size:20px;font-weight:600;">Your booking is confirmed</td></tr>
        <tr><td style="padding:8px 24px;">Hello Danielle Okafor,</td></tr>
        <tr><td style="padding:8px 24px;">Thank you for booking with Brazos Gulf Water Authority - Engineering
        Recruitment. We look forward to meeting you.</td></tr>
        <tr><td style="padding:16px 24px;">
        <table role="presentation" cellpadding="6" cellspacing="0" style="border:1px solid #edebe9;width:100%;">
        <tr><td style="color:#605e5c;width:120px;">Service</td><td>Process Engineer II - Panel Interview</td></tr>
        <tr><td style="color:#605e5c;">Date and time</td><td>Thursday, October 29, 2026 10:00 AM - 10:45 AM<br>(UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c;">Staff</td><td>Lorraine Whitfield</td></tr>
        <tr><td style="color:#605e5c;">Location</td><td>East Water Purification Plant, Administration Building, Room 210<br>
        12400 Gulf Pump Station Rd, Houston, TX 77034</td></tr>
        </table></td></tr>
        <tr><td style="padding:8px 24px;">Please bring a government-issued photo ID and arrive 15 minutes early
        to sign in at the visitor desk.</td></tr>
        <tr><td style="padding:8px 24px;"><a href="https://outlook.office365.com/owa/calendar/BGWAEngineeringRecruitment@brazosgulfwater.org/bookings/s/Xk3v9QpR0E2mYb7Tn1fA8w2/ics">Add to calendar</a> |
        <a href="https://outlook.office365.com/owa/calendar/BGWAEngineeringRecruitment@brazosgulfwater.org/bookings/manage/Xk3v9QpR0E2mYb7Tn1fA8w2">Manage booking</a> |
        <a href="https://outlook.office365.com/owa/calendar/BGWAEngineeringRecruitment@brazosgulfwater.org/bookings/cancel/Xk3v9QpR0E2mYb7Tn1fA8w2">Cancel booking</a></td></tr>
        <tr><td style="padding:16px 24px;font-size:12px;color:#8a8886;">Brazos Gulf Water Authority is an equal
        opportunity employer. Powered by Microsoft Bookings.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %TZ%
        BEGIN:VEVENT
        ORGANIZER;CN=BGWA Engineering Recruitment:mailto:BGWAEngineeringRecruitment@brazosgulfwater.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Danielle Okafor:mailto:%ME%
        DESCRIPTION;LANGUAGE=en-US:Process Engineer II - Panel Interview\\nStaff: Lorraine Whitfield\\n
        UID:040000008200E00074C5B7101A82E0080000000056D2E1A4C862DC010000000000000000100000009F1B3C5D7E9A4B6C8D0E2F4A6B8C0D2E
        SUMMARY;LANGUAGE=en-US:Process Engineer II - Panel Interview
        DTSTART;TZID=Central Standard Time:20261029T100000
        DTEND;TZID=Central Standard Time:20261029T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261023T121504Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:East Water Purification Plant\\, Administration Building\\, Room 210
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """, "Central Standard Time")
    headers = [
        ("Delivered-To", ME),
        rcv("NAM10-BN7-obe.outbound.protection.outlook.com (mail-bn7nam10on2131.outbound.protection.outlook.com "
            "[40.107.92.131])", "2026-10-23 07:15:04", HOU, "9a0b1c2d3e"),
        ("From", addr("BGWA Engineering Recruitment", "BGWAEngineeringRecruitment@brazosgulfwater.org")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Booking confirmed: Process Engineer II - Panel Interview with Brazos Gulf Water Authority"),
        ("Date", date("2026-10-23 07:15:04", HOU)),
        ("Message-ID", "<BN7PR10MB2706E1D44C0A4F8B93A7E2C1D5B08@BN7PR10MB2706.namprd10.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsServiceName", "Process Engineer II - Panel Interview"),
    ]
    return message(headers, mixed(
        html(page),
        calendar(ics, cte="base64"),
    ))


@mail(N(12), family="zoom", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-04 15:00", HOU), end=None,
      contact="jrobichaux@pelicanrefining.com", company="Pelican Refining Company",
      local="Wed 2026-11-04 15:00", zone=HOU,
      note="HR partner pastes a Zoom invitation; mail sent Thu 29 Oct in CDT, interview 'next "
           "Wednesday' = 4 Nov, after the fall-back: 'Nov 4, 2026 03:00 PM Central Time (US and "
           "Canada)' = CST = 21:00Z. 'about an hour' -> end null. Contact = sender.")
def zoom_pelican_dst() -> bytes:
    body = t("""
        Hi Danielle,

        Great speaking with you this afternoon. As promised, here are the details for your
        interview with our Technical Services team next Wednesday. One heads-up: the clocks fall
        back this Sunday, so the time below is standard time.

        Hope Guidry (Technical Services Superintendent) and Paul Landry (Senior Process Engineer,
        Crude/Vacuum) will be on the call. It should take about an hour.

        ---------------------------------------------------------------
        Janelle Robichaux is inviting you to a scheduled Zoom meeting.

        Topic: Interview - Danielle Okafor / Process Engineer
        Time: Nov 4, 2026 03:00 PM Central Time (US and Canada)

        Join Zoom Meeting
        https://pelicanrefining.zoom.us/j/84215593017?pwd=Qm9hTmV4b3c2WjBqU0p1R0F3dz09

        Meeting ID: 842 1559 3017
        Passcode: 508231

        ---

        One tap mobile
        +13465550199,,84215593017#,,,,*508231# US (Houston)
        +16695550142,,84215593017#,,,,*508231# US (San Jose)

        Find your local number: https://pelicanrefining.zoom.us/u/kdQ2x7Ltm
        ---------------------------------------------------------------

        Thanks,
        Janelle

        Janelle Robichaux
        HR Business Partner | Pelican Refining Company
        504-555-0172
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt;">
        <p>Hi Danielle,</p>
        <p>Great speaking with you this afternoon. As promised, here are the details for your interview with our
        Technical Services team next Wednesday. One heads-up: the clocks fall back this Sunday, so the time below is
        standard time.</p>
        <p>Hope Guidry (Technical Services Superintendent) and Paul Landry (Senior Process Engineer, Crude/Vacuum)
        will be on the call. It should take about an hour.</p>
        <hr>
        <p>Janelle Robichaux is inviting you to a scheduled Zoom meeting.</p>
        <p>Topic: Interview - Danielle Okafor / Process Engineer<br>
        Time: Nov 4, 2026 03:00 PM Central Time (US and Canada)</p>
        <p>Join Zoom Meeting<br>
        <a href="https://pelicanrefining.zoom.us/j/84215593017?pwd=Qm9hTmV4b3c2WjBqU0p1R0F3dz09">https://pelicanrefining.zoom.us/j/84215593017?pwd=Qm9hTmV4b3c2WjBqU0p1R0F3dz09</a></p>
        <p>Meeting ID: 842 1559 3017<br>Passcode: 508231</p>
        <p>One tap mobile<br>+13465550199,,84215593017#,,,,*508231# US (Houston)<br>
        +16695550142,,84215593017#,,,,*508231# US (San Jose)</p>
        <hr>
        <p>Thanks,<br>Janelle</p>
        <p style="font-size:10pt;color:#44546a;"><b>Janelle Robichaux</b><br>HR Business Partner | Pelican Refining
        Company<br>504-555-0172</p>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail-sn1nam02on2118.outbound.protection.outlook.com (mail-sn1nam02on2118.outbound.protection.outlook.com "
            "[40.107.96.118])", "2026-10-29 16:02:27", HOU, "77c2e9d1f4"),
        ("From", addr("Janelle Robichaux", "jrobichaux@pelicanrefining.com")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Interview details - Process Engineer, Pelican Refining (Zoom)"),
        ("Date", date("2026-10-29 16:02:27", HOU)),
        ("Message-ID", "<SN1PR02MB3359F0A7D2E14C9B8E66A1B3C0D72@SN1PR02MB3359.namprd02.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(N(13), family="icims", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-04 10:30", HOU), end=utc("2026-12-04 12:00", HOU),
      contact="kimberly.osei@hspolymers.com", company="Harrisburg Specialty Polymers",
      local="Fri 2026-12-04 10:30", local_end="2026-12-04 12:00", zone=HOU,
      note="Forward to self: the candidate forwards (as an attached message/rfc822) an iCIMS "
           "confirmation that reached her personal address. 'Friday, December 4, 2026, 10:30 AM - "
           "12:00 PM Central Standard Time' = 16:30-18:00Z. The outer sender is the candidate, the "
           "inner one an iCIMS mailbox -> contact = recruiter address in the forwarded body.")
def icims_forwarded_to_self() -> bytes:
    inner_page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial,sans-serif;font-size:10pt;">
        <p>Dear Danielle,</p>
        <p>Thank you for your continued interest in Harrisburg Specialty Polymers. This email confirms your on-site
        interview for the <b>Process Engineer III</b> position (Requisition #2026-3318).</p>
        <p><b>Date:</b> Friday, December 4, 2026<br>
        <b>Time:</b> 10:30 AM - 12:00 PM Central Standard Time<br>
        <b>Location:</b> HSP Channelview Plant, Gate 2 Badge Office, 16200 Market Bend Rd, Channelview, TX 77530<br>
        <b>You will meet with:</b> Greg Lindqvist (Production Unit Manager), Shauna Pettit (Senior Process Engineer),
        Kimberly Osei (Talent Acquisition)</p>
        <p>Please bring a government-issued photo ID. All visitors watch a 10-minute site safety video at the badge
        office before entering the plant; please allow time for it. Visitor parking is next to the Café Annex.</p>
        <p>Should you have any questions, please contact Kimberly Osei, Talent Acquisition Specialist, at
        <a href="mailto:kimberly.osei@hspolymers.com">kimberly.osei@hspolymers.com</a> or 281-555-0139.</p>
        <p>Sincerely,<br>HSP Talent Acquisition</p>
        <p style="font-size:8pt;color:#777777;">Please do not reply to this message. This mailbox is not monitored.<br>
        Powered by iCIMS</p>
        </body></html>
        """)
    inner_headers = [
        ("Return-Path", "<hsp-notifications@talent.icims.com>"),
        ("From", addr("Harrisburg Specialty Polymers", "hsp-notifications@talent.icims.com")),
        ("To", ME_NET),
        ("Subject", "Interview Confirmation - Process Engineer III (Req #2026-3318)"),
        ("Date", date("2026-11-25 15:10:44", "America/New_York")),
        ("Message-ID", "<1764097844512.2026-3318.88104@talent.icims.com>"),
    ]
    inner = message(inner_headers, html(inner_page, charset="iso-8859-1"))
    body = t("""
        fwding to my main inbox so it doesn't get buried. Dec 4 onsite!!

        Sent from my Galaxy
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail.example.net (mail.example.net [198.51.100.25])", "2026-11-27 18:52:03", HOU, "4e6f1a0c92"),
        ("From", addr("Danielle Okafor", ME_NET)),
        ("To", ME),
        ("Subject", "Fwd: Interview Confirmation - Process Engineer III (Req #2026-3318)"),
        ("Date", date("2026-11-27 18:52:03", HOU)),
        ("Message-ID", "<m8c2v1.b4x9q0z7k3@mail.example.net>"),
    ]
    return message(headers, mixed(
        text(body, cte="7bit", charset="us-ascii"),
        attached_message(inner, filename="Interview Confirmation - Process Engineer III.eml"),
    ))


GCAL_FOOTER = t("""
    Invitation from Google Calendar: https://calendar.google.com/calendar/

    You are receiving this email because you are an attendee on the event. To stop receiving
    future updates for this event, decline this event.

    Forwarding this invitation could allow any recipient to send a response to the organizer,
    be added to the guest list, invite others regardless of their own invitation status, or
    modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
    """)


@mail(N(14), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-20 13:00", HOU), end=utc("2026-10-20 13:45", HOU),
      contact="priyanka.rao@sunforgematerials.com", company="Sunforge Materials",
      local="Tue 2026-10-20 13:00", local_end="2026-10-20 13:45", zone=HOU,
      note="Google Calendar invitation from the Austin hiring manager (inline text/calendar plus "
           "invite.ics, times in UTC): 'Tuesday Oct 20, 2026 1pm - 1:45pm (Central Time - Chicago)' "
           "= CDT = 18:00-18:45Z. Contact = Reply-To / ORGANIZER.")
def gcal_sunforge_first() -> bytes:
    eid = "NWJxZzBmM2w4dDFjYjZ2cm1pdjQ0c2h2a2EgZGFuaWVsbGUub2thZm9yQGV4YW1wbGUub3Jn"
    body = t(f"""
        You have been invited to the following event.

        Danielle Okafor <> Sunforge: process eng interview
        45 min with Priyanka + Marco (pilot line lead). We'll talk through the slurry coating
        line and your scale-up experience - no prep needed beyond that.

        Join with Google Meet
        https://meet.google.com/pqz-vnfa-kru

        When
        Tuesday Oct 20, 2026 ⋅ 1pm – 1:45pm (Central Time - Chicago)

        Guests
        Priyanka Rao - organizer
        Marco Ferreira
        danielle.okafor@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Reply for danielle.okafor@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        """) + GCAL_FOOTER
    page = t(f"""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;">
        <div style="max-width:600px;">
        <p style="font-size:12px;color:#70757a;">You have been invited to the following event.</p>
        <h2 style="font-size:20px;font-weight:400;color:#3c4043;">Danielle Okafor &lt;&gt; Sunforge: process eng interview</h2>
        <p>45 min with Priyanka + Marco (pilot line lead). We'll talk through the slurry coating line and your
        scale-up experience - no prep needed beyond that.</p>
        <p><a href="https://meet.google.com/pqz-vnfa-kru" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none;">Join with Google Meet</a></p>
        <table cellpadding="0" cellspacing="0">
        <tr><td style="color:#70757a;padding-right:16px;">When</td><td>Tuesday Oct 20, 2026 &#8901; 1pm &ndash; 1:45pm (Central Time - Chicago)</td></tr>
        <tr><td style="color:#70757a;padding-right:16px;">Guests</td><td>Priyanka Rao - organizer<br>Marco Ferreira<br>danielle.okafor@example.org</td></tr>
        </table>
        <p><a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid={eid}">View all guest info</a></p>
        <p>Reply for danielle.okafor@example.org
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=1">Yes</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=2">No</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=3">Maybe</a></p>
        <p style="font-size:11px;color:#70757a;">Invitation from Google Calendar. You are receiving this email because
        you are an attendee on the event.</p>
        </div></body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261020T180000Z
        DTEND:20261020T184500Z
        DTSTAMP:20261014T163852Z
        ORGANIZER;CN=Priyanka Rao:mailto:priyanka.rao@sunforgematerials.com
        UID:5bqg0f3l8t1cb6vrmiv44shvka@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priyanka Rao;X-NUM-GUESTS=0:mailto:priyanka.rao@sunforgematerials.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marco Ferreira;X-NUM-GUESTS=0:mailto:marco.ferreira@sunforgematerials.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%ME%;X-NUM-GUESTS=0:mailto:%ME%
        X-GOOGLE-CONFERENCE:https://meet.google.com/pqz-vnfa-kru
        CREATED:20261014T163850Z
        DESCRIPTION:45 min with Priyanka + Marco (pilot line lead). We'll talk through the slurry coating line and your scale-up experience - no prep needed beyond that.\\n\\nJoin with Google Meet: https://meet.google.com/pqz-vnfa-kru
        LAST-MODIFIED:20261014T163851Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Danielle Okafor <> Sunforge: process eng interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Invitation: Danielle Okafor <> Sunforge: process eng interview @ Tue Oct 20, 2026 1pm - 1:45pm "
               "(CDT) (danielle.okafor@example.org)")
    headers = [
        ("Delivered-To", ME),
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-10-14 11:38:52", HOU,
            "2f9e0d1c7b"),
        ("From", addr("Priyanka Rao", "priyanka.rao@sunforgematerials.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", addr("Priyanka Rao", "priyanka.rao@sunforgematerials.com")),
        ("To", ME),
        ("Subject", subject),
        ("Date", date_in("2026-10-14 11:38:52", HOU, "UTC")),
        ("Message-ID", "<calendar-6f0c1e2b-9a7d-4c3e-b5f1-8d2a0e4c6b97@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page), calendar(ics, cte="7bit")),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(N(15), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-20 13:00", HOU), end=utc("2026-11-20 15:30", HOU),
      contact="brent.kowalski@hallettchem.com", company="Hallett Chemical",
      local="Fri 2026-11-20 13:00", local_end="2026-11-20 15:30", zone=HOU,
      note="Google Calendar 'email guests' message about an ALL-DAY event (no ICS in this mail): the "
           "calendar block says '(all day)', the organizer's note gives the panel '1:00-3:30 PM "
           "(Central)' on Fri 20 Nov = CST = 19:00-21:30Z. Contact = Reply-To organizer.")
def gcal_all_day_baytown() -> bytes:
    body = t("""
        Brent Kowalski has sent you a message about this event:

        Hi Danielle - this shows up as an all-day hold on our side because site badging eats part
        of the day, but the interview panel itself is 1:00-3:30 PM (Central) in the Building 4
        conference room. Please be at the Gate 3 badge office by 12:15 for the safety video. Lunch
        is on your own, sorry!

        Danielle Okafor - Baytown site visit & panel interview
        When: Friday Nov 20, 2026 (all day)
        Where: Hallett Chemical Baytown Complex, 4400 Hallett Plant Rd, Baytown, TX 77523
        Guests: Brent Kowalski (organizer), Rosa Marquez, danielle.okafor@example.org

        View event in Google Calendar:
        https://calendar.google.com/calendar/event?action=VIEW&eid=MmhhbGxldHRzaXRldmlzaXQyMDI2MTEyMCBkYW5pZWxsZS5va2Fmb3JAZXhhbXBsZS5vcmc

        """) + GCAL_FOOTER
    page = gmail_html(body)
    headers = [
        ("Delivered-To", ME),
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-11-16 09:05:20", HOU,
            "8c4b2a1f0e"),
        ("From", addr("Brent Kowalski (Google Calendar)", "calendar-notification@google.com")),
        ("Reply-To", addr("Brent Kowalski", "brent.kowalski@hallettchem.com")),
        ("To", ME),
        ("Subject", "Danielle Okafor - Baytown site visit & panel interview"),
        ("Date", date_in("2026-11-16 09:05:20", HOU, "UTC")),
        ("Message-ID", "<0000000000004b8c1a05f2e7d3a9@google.com>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(N(16), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-18 09:30", HOU), end=None,
      contact="mike.hollis@permiancrest.com", company="Permian Crest Resources",
      local="Wed 2026-11-18 09:30", zone=HOU,
      note="Reply on top of a quoted thread: the new text is only 'Perfect, see you then!'; the time "
           "is in the quotes (manager's proposal 'Wednesday 11/18 at 9:30am', the candidate's "
           "acceptance). The manager's reply closes it -> scheduled, Wed 18 Nov 9:30 CST (Dallas) = "
           "15:30Z. 'roughly two hours' -> end null. Contact = sender.")
def quoted_reply_dallas() -> bytes:
    body = t("""
        Perfect, see you then! I'll grab you from the lobby - 19th floor, just tell the front desk
        you're there for me.

        Mike

        Mike Hollis | Facilities Engineering Manager
        Permian Crest Resources
        1900 McKinnon Square, Dallas, TX 75201
        214-555-0186

        On Thu, Nov 12, 2026 at 8:03 PM Danielle Okafor <danielle.okafor@example.org> wrote:
        > Hi Mike,
        >
        > Wednesday 11/18 at 9:30am works great for me. I'll drive up the night before. In person
        > at the McKinnon Square office, correct?
        >
        > Thanks,
        > Danielle
        >
        > On Tue, Nov 10, 2026 at 3:47 PM Mike Hollis <mike.hollis@permiancrest.com> wrote:
        >> Danielle,
        >>
        >> Enjoyed the call Monday. I'd like to get you in front of two of my leads. Could you do
        >> Wednesday 11/18 at 9:30am or Thursday 11/19 at 1pm? Plan on roughly two hours, in person
        >> here in Dallas. Let me know and I'll get it on the calendar.
        >>
        >> Mike
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail-qk1-f180.google.com (mail-qk1-f180.google.com [209.85.222.180])", "2026-11-13 16:20:11", HOU,
            "d0e1f2a3b4"),
        ("From", addr("Mike Hollis", "mike.hollis@permiancrest.com")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Re: Process Engineer - next steps"),
        ("Date", date("2026-11-13 16:20:11", HOU)),
        ("Message-ID", "<CAJh5tQx0Rk2m9Lp3vW8zN1aB7cD4eF6gH0iJ2k@mail.gmail.com>"),
        ("In-Reply-To", "<CAO8kQm7pZ3wY1xV5uT9sR2qP4oN6mL8kJ0iH3g@mail.gmail.com>"),
        ("References", "<CAJh5tQw8Yt1n0Ko2uV7yM9zA6bC3dE5fG8hI1j@mail.gmail.com> "
                       "<CAO8kQm7pZ3wY1xV5uT9sR2qP4oN6mL8kJ0iH3g@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


# =========================================================================== positives: rescheduled


@mail(N(17), family="teamtailor", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-29 15:00", "Europe/Copenhagen"), end=utc("2026-10-29 15:45", "Europe/Copenhagen"),
      contact="freja.lindholm@nordvind.dk", company="Nordvind Offshore",
      local="Thu 2026-10-29 15:00", local_end="2026-10-29 15:45", zone="Europe/Copenhagen",
      note="Teamtailor reschedule with old and new time. Copenhagen is already on CET (Europe fell "
           "back 25 Oct) while Houston is still on CDT until 1 Nov, so the gap is 6 h: new 'Thursday 29 "
           "October 2026, 15:00-15:45 (CET)' = 14:00-14:45Z = 09:00 CDT as the mail's local line says. "
           "Reply-To is a Teamtailor relay -> contact = ICS ORGANIZER (the recruiter).")
def teamtailor_moved_copenhagen() -> bytes:
    body = t("""
        Hi Danielle,

        Your interview for the position Process Engineer, Power-to-X (Houston office) at Nordvind
        Offshore has been rescheduled by Freja Lindholm.

        Previous time: Tuesday 27 October 2026, 15:00 – 15:45 (CET)
        New time: Thursday 29 October 2026, 15:00 – 15:45 (CET)
        In your time zone: Thursday 29 October 2026, 09:00 – 09:45 (Central Time)

        Message from Freja:
        Sorry for moving this, Danielle - Mads has to be at the Esbjerg yard on Tuesday. Same
        Teams link, same panel.

        Join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjA4ZDk1ZTYtMzk2Yy00NzVkLTk4ZWEtODFkMDg5YjdlMmQx%40thread.v2/0

        Best regards,
        Nordvind Offshore

        You're receiving this email because you applied for a position at Nordvind Offshore.
        Powered by Teamtailor
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="background:#f6f6f6;font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#1d1d1d;">
        <div style="max-width:560px;margin:0 auto;background:#ffffff;padding:32px;">
        <p>Hi Danielle,</p>
        <p>Your interview for the position <strong>Process Engineer, Power-to-X (Houston office)</strong> at Nordvind
        Offshore has been rescheduled by Freja Lindholm.</p>
        <p style="color:#8a8a8a;text-decoration:line-through;">Tuesday 27 October 2026, 15:00 – 15:45 (CET)</p>
        <p><strong>Thursday 29 October 2026, 15:00 – 15:45 (CET)</strong><br>
        In your time zone: Thursday 29 October 2026, 09:00 – 09:45 (Central Time)</p>
        <p style="background:#f3f3f3;padding:12px;">Sorry for moving this, Danielle - Mads has to be at the Esbjerg
        yard on Tuesday. Same Teams link, same panel.</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjA4ZDk1ZTYtMzk2Yy00NzVkLTk4ZWEtODFkMDg5YjdlMmQx%40thread.v2/0"
        style="background:#0f4c81;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;">Join the meeting</a></p>
        <p>Best regards,<br>Nordvind Offshore</p>
        <p style="font-size:12px;color:#9b9b9b;">You're receiving this email because you applied for a position at
        Nordvind Offshore. Powered by Teamtailor</p>
        </div></body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:tt-interview-5581204@teamtailor.com
        DTSTAMP:20261023T143012Z
        DTSTART:20261029T140000Z
        DTEND:20261029T144500Z
        SUMMARY:Interview: Nordvind Offshore - Process Engineer\\, Power-to-X
        ORGANIZER;CN=Freja Lindholm:mailto:freja.lindholm@nordvind.dk
        ATTENDEE;CN=Danielle Okafor;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%ME%
        LOCATION:Microsoft Teams
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("m43-7.mailgun.net (m43-7.mailgun.net [69.72.43.7])", "2026-10-23 14:30:12", "UTC", "b1c2d3e4f5"),
        ("From", addr("Nordvind Offshore", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c8f1e2a9b7d04415@teamtailor-mail.com"),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Your interview with Nordvind Offshore has been rescheduled"),
        ("Date", date("2026-10-23 14:30:12", "UTC")),
        ("Message-ID", "<20261023143012.1f8e2d0c9b7a@teamtailor-mail.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page)),
        calendar(ics, filename="interview.ics", disposition="attachment"),
    ))


@mail(N(18), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-12-10 10:30", HOU), end=None,
      contact="greg.lindqvist@hspolymers.com", company="Harrisburg Specialty Polymers",
      local="Thu 2026-12-10 10:30", zone=HOU,
      note="Hiring manager writing from his phone: the Friday (4 Dec) onsite is 'Moved ... to "
           "Thursday 12/10, same time (10:30) same place' = 16:30Z CST. The mail states only the start "
           "('same time'), so end null. Contact = sender (the recruiter is only cc'd).")
def phone_reschedule_channelview() -> bytes:
    body = t("""
        Danielle - sorry for the short notice. We've got an unplanned outage on the 4 unit and I
        have to be in the field Friday. Moved your onsite to Thursday 12/10, same time (10:30)
        same place. Kim is sending an updated confirmation today but I wanted you to hear it from
        me first.

        Greg

        Sent from my iPhone
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2107.outbound.protection.outlook.com "
            "[40.107.100.107])", "2026-12-02 06:47:10", HOU, "0a9b8c7d6e"),
        ("From", addr("Greg Lindqvist", "greg.lindqvist@hspolymers.com")),
        ("To", addr("Danielle Okafor", ME)),
        ("CC", addr("Kimberly Osei", "kimberly.osei@hspolymers.com")),
        ("Subject", "Friday"),
        ("Date", date("2026-12-02 06:47:10", HOU)),
        ("Message-ID", "<A3F0C2D1-7E84-4B19-9D5A-0C6E2B8F41D7@hspolymers.com>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ]
    return message(headers, text(body, charset="us-ascii", cte="7bit"))


@mail(N(19), family="exchange", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-16 10:00", HOU), end=utc("2026-10-16 11:30", HOU),
      contact="priya.natarajan@gulfbendchem.com", company="Gulfbend Chemicals",
      local="Fri 2026-10-16 10:00", local_end="2026-10-16 11:30", zone=HOU,
      note="Recruiter's Outlook mail moving the panel; the body gives no time at all ('updated "
           "invitation is attached'). The attached ICS (METHOD:REQUEST, SEQUENCE:1, TZID Central "
           "Standard Time) has Fri 16 Oct 10:00-11:30 CDT = 15:00-16:30Z. Contact = sender/ORGANIZER.")
def exchange_time_only_in_ics() -> bytes:
    body = t("""
        Hi Danielle,

        Small change on our side - Dr. Chen is traveling midweek, so we've moved your panel
        interview to later in the week. The updated invitation is attached; please accept it so it
        lands on your calendar, and delete the old one.

        Same Teams link as before. Let me know if the new slot doesn't work.

        Thanks,
        Priya

        Priya Natarajan
        Talent Acquisition Partner | Gulfbend Chemicals
        Pasadena, TX | 713-555-0125
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
        <body lang="EN-US"><div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p class="MsoNormal">Hi Danielle,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Small change on our side - Dr. Chen is traveling midweek, so we've moved your panel
        interview to later in the week. The updated invitation is attached; please accept it so it lands on your
        calendar, and delete the old one.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Same Teams link as before. Let me know if the new slot doesn't work.</p>
        <p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Thanks,<br>Priya</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>Priya Natarajan</b><br>Talent Acquisition Partner | Gulfbend Chemicals<br>
        Pasadena, TX | 713-555-0125</p>
        </div></body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %TZ%
        BEGIN:VEVENT
        ORGANIZER;CN="Natarajan, Priya":mailto:priya.natarajan@gulfbendchem.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Danielle Okafor:mailto:%ME%
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chen, Wei":mailto:wei.chen@gulfbendchem.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo, Emeka":mailto:emeka.okonkwo@gulfbendchem.com
        DESCRIPTION;LANGUAGE=en-US:Panel interview - Process Engineer II (R-0041875)\\n\\nJoin on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ0ZTJiNzAtNWYxMS00ZTg2LWJiNjEtMzQ1YzY3ZDhlOWYw%40thread.v2/0\\n
        UID:040000008200E00074C5B7101A82E00800000000A1B9C4E7F25ADC01000000000000000010000000C4D5E6F708192A3B4C5D6E7F80912A3B
        SUMMARY;LANGUAGE=en-US:Gulfbend Panel Interview - Danielle Okafor (Process Engineer II)
        DTSTART;TZID=Central Standard Time:20261016T100000
        DTEND;TZID=Central Standard Time:20261016T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261012T182200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1843092217
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """, "Central Standard Time")
    headers = [
        ("Delivered-To", ME),
        rcv("NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2093.outbound.protection.outlook.com "
            "[40.107.220.93])", "2026-10-12 13:22:00", HOU, "5c6d7e8f90"),
        ("From", addr("Natarajan, Priya", "priya.natarajan@gulfbendchem.com")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Updated invite - Gulfbend panel interview"),
        ("Thread-Topic", "Updated invite - Gulfbend panel interview"),
        ("Date", date("2026-10-12 13:22:00", HOU)),
        ("Message-ID", "<CO1PR11MB5041D8E2A7F94C31B0E5A9D6C2F14@CO1PR11MB5041.namprd11.prod.outlook.com>"),
        ("X-MS-Has-Attach", "yes"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
    ]
    return message(headers, mixed(
        alt(text(body, charset="us-ascii"), html(page, charset="us-ascii")),
        calendar(ics, cte="base64", filename="Gulfbend Panel Interview - Danielle Okafor.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(N(20), family="smartrecruiters", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-10 14:00", HOU), end=utc("2026-11-10 14:45", HOU),
      contact="omar.haddad@trinitybasinwater.com", company="Trinity Basin Water",
      local="Tue 2026-11-10 14:00", local_end="2026-11-10 14:45", zone=HOU,
      note="SmartRecruiters HTML-only reschedule with the old ('Monday, November 9, 2026 at 10:00 AM') "
           "and the new time 'Tuesday, November 10, 2026, 2:00 PM - 2:45 PM (GMT-06:00) Central Time' "
           "= 20:00-20:45Z. ICS organizer is the platform's no-reply -> contact = interviewer address "
           "in the body.")
def smartrecruiters_moved_dallas() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;background:#f4f5f7;">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;"><tr><td align="center" style="padding:24px 0;">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933;">
        <tr><td style="padding:24px;border-bottom:3px solid #0b6fa4;font-size:18px;"><b>Trinity Basin Water</b></td></tr>
        <tr><td style="padding:24px;">
        <p>Hi Danielle,</p>
        <p>Your interview for <b>Process Engineer – Water Treatment</b> at Trinity Basin Water has been rescheduled.</p>
        <table cellpadding="6" cellspacing="0" style="border:1px solid #e4e7eb;width:100%;">
        <tr><td style="color:#7b8794;width:150px;">Previously</td><td><span style="text-decoration:line-through;">Monday, November 9, 2026 at 10:00 AM</span></td></tr>
        <tr><td style="color:#7b8794;">New date and time</td><td><b>Tuesday, November 10, 2026, 2:00 PM – 2:45 PM</b><br>(GMT-06:00) Central Time</td></tr>
        <tr><td style="color:#7b8794;">Location</td><td>Riverbend Treatment Campus, Admin Building, 2400 Riverbend Plant Rd, Dallas, TX 75212</td></tr>
        <tr><td style="color:#7b8794;">Interviewer</td><td>Omar Haddad, Process Engineering Manager</td></tr>
        </table>
        <p>If you can no longer attend, please contact Omar Haddad at
        <a href="mailto:omar.haddad@trinitybasinwater.com">omar.haddad@trinitybasinwater.com</a>.</p>
        <p>Good luck!<br>Trinity Basin Water Hiring Team</p>
        </td></tr>
        <tr><td style="padding:16px 24px;font-size:11px;color:#9aa5b1;">This message was sent to danielle.okafor@example.org.
        Powered by SmartRecruiters.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        %TZ%
        BEGIN:VEVENT
        UID:sr-int-7f3c9e21-0b4a-4d8e-a615-92c0de4b7a31
        DTSTAMP:20261105T151240Z
        DTSTART;TZID=America/Chicago:20261110T140000
        DTEND;TZID=America/Chicago:20261110T144500
        SUMMARY:Interview: Process Engineer – Water Treatment (Trinity Basin Water)
        LOCATION:Riverbend Treatment Campus\\, Admin Building\\, 2400 Riverbend Plant Rd\\, Dallas\\, TX 75212
        ORGANIZER;CN=Trinity Basin Water:mailto:noreply@smartrecruiters.com
        ATTENDEE;CN=Danielle Okafor;RSVP=TRUE:mailto:%ME%
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, "America/Chicago")
    headers = [
        ("Delivered-To", ME),
        rcv("mail1.smartrecruiters.com (mail1.smartrecruiters.com [185.21.229.18])", "2026-11-05 15:12:40", "UTC",
            "3e4f5a6b7c"),
        ("From", addr("Trinity Basin Water", "noreply@smartrecruiters.com")),
        ("To", ME),
        ("Subject", enc("Interview rescheduled: Process Engineer – Water Treatment")),
        ("Date", date("2026-11-05 15:12:40", "UTC")),
        ("Message-ID", "<sr.msg.9d41c7e0a2b84f5e.20261105151240@smartrecruiters.com>"),
    ]
    return message(headers, mixed(
        html(page),
        calendar(ics, cte="base64", filename="interview.ics", disposition="attachment"),
    ))


# =========================================================================== positives: cancelled


@mail(N(21), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-09-21 13:00", HOU), end=utc("2026-09-21 14:00", HOU),
      contact="carla.benavides@meridianmidstream.com", company="Meridian Midstream Partners",
      local="Mon 2026-09-21 13:00", local_end="2026-09-21 14:00", zone=HOU,
      note="Recruiter cancels Monday's panel because the requisition is on hold; no new time. "
           "Cancelled slot '(9/21, 1:00-2:00 PM CT)' = CDT = 18:00-19:00Z. Outlook for iOS, base64 "
           "text+html. Contact = sender.")
def prose_cancel_on_hold() -> bytes:
    body = t("""
        Hi Danielle,

        I'm sorry to be writing with this news. This morning leadership put the Process Engineer –
        Gas Processing requisition on hold while they finalize the 2027 capital budget, so we need
        to cancel your panel interview on Monday (9/21, 1:00–2:00 PM CT). I've pulled the calendar
        invite for the team.

        I don't have a timeline yet for when the role might reopen. If it does, you'll be the
        first person I call – the team really enjoyed your phone screen.

        Again, my apologies.

        Carla

        Get Outlook for iOS<https://aka.ms/o0ukef>
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div dir="ltr">
        <div style="font-family:Aptos,Arial,sans-serif;font-size:12pt;">Hi Danielle,</div><br>
        <div style="font-family:Aptos,Arial,sans-serif;font-size:12pt;">I'm sorry to be writing with this news. This
        morning leadership put the Process Engineer – Gas Processing requisition on hold while they finalize the
        2027 capital budget, so we need to cancel your panel interview on Monday (9/21, 1:00–2:00 PM CT). I've
        pulled the calendar invite for the team.</div><br>
        <div style="font-family:Aptos,Arial,sans-serif;font-size:12pt;">I don't have a timeline yet for when the role
        might reopen. If it does, you'll be the first person I call – the team really enjoyed your phone
        screen.</div><br>
        <div style="font-family:Aptos,Arial,sans-serif;font-size:12pt;">Again, my apologies.</div><br>
        <div style="font-family:Aptos,Arial,sans-serif;font-size:12pt;">Carla</div><br>
        <div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("NAM02-SN1-obe.outbound.protection.outlook.com (mail-sn1nam02on2120.outbound.protection.outlook.com "
            "[40.107.96.120])", "2026-09-17 08:55:30", HOU, "6d7e8f9a0b"),
        ("From", addr("Carla Benavides", "carla.benavides@meridianmidstream.com")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Monday's panel"),
        ("Date", date("2026-09-17 08:55:30", HOU)),
        ("Message-ID", "<SN1PR02MB66085B3E0F2D4A7C91B8E2D4F06A3@SN1PR02MB6608.namprd02.prod.outlook.com>"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(N(22), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-11-05 10:00", HOU), end=utc("2026-11-05 12:00", HOU),
      contact="priyanka.rao@sunforgematerials.com", company="Sunforge Materials",
      local="Thu 2026-11-05 10:00", local_end="2026-11-05 12:00", zone=HOU,
      note="Google Calendar cancellation with a note (METHOD:CANCEL, STATUS:CANCELLED): hiring paused. "
           "Sent Fri 30 Oct in CDT; the cancelled onsite 'Thursday Nov 5, 2026 10am - 12pm (Central "
           "Time - Chicago)' is after the fall-back, CST = 16:00-18:00Z. Contact = Reply-To/ORGANIZER.")
def gcal_cancel_hiring_pause() -> bytes:
    eid = "N2Jsc3VuZm9yZ2VvbnNpdGUxMTA1IGRhbmllbGxlLm9rYWZvckBleGFtcGxlLm9yZw"
    body = t(f"""
        This event has been canceled with a note:
        "Danielle - really sorry. We were told this morning that all open reqs are paused until our
        Series C closes. I'll reach out as soon as we can restart. - Priyanka"

        Sunforge onsite - Danielle Okafor
        Pilot line tour + panel (Marco, Jess, Ravi).

        When
        Thursday Nov 5, 2026 ⋅ 10am – 12pm (Central Time - Chicago)

        Location
        Sunforge Materials, 8800 Metric Park Dr, Austin, TX 78758
        https://www.google.com/maps/search/8800+Metric+Park+Dr,+Austin,+TX+78758

        Guests
        Priyanka Rao - organizer
        Marco Ferreira
        danielle.okafor@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        """) + GCAL_FOOTER
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;">
        <div style="max-width:600px;">
        <p style="font-size:12px;color:#70757a;">This event has been canceled with a note:</p>
        <p style="background:#f1f3f4;padding:8px;">"Danielle - really sorry. We were told this morning that all open
        reqs are paused until our Series C closes. I'll reach out as soon as we can restart. - Priyanka"</p>
        <h2 style="font-size:20px;font-weight:400;text-decoration:line-through;">Sunforge onsite - Danielle Okafor</h2>
        <p>Pilot line tour + panel (Marco, Jess, Ravi).</p>
        <table cellpadding="0" cellspacing="0">
        <tr><td style="color:#70757a;padding-right:16px;">When</td><td>Thursday Nov 5, 2026 &#8901; 10am &ndash; 12pm (Central Time - Chicago)</td></tr>
        <tr><td style="color:#70757a;padding-right:16px;">Location</td><td>Sunforge Materials, 8800 Metric Park Dr, Austin, TX 78758</td></tr>
        <tr><td style="color:#70757a;padding-right:16px;">Guests</td><td>Priyanka Rao - organizer<br>Marco Ferreira<br>danielle.okafor@example.org</td></tr>
        </table>
        <p style="font-size:11px;color:#70757a;">Invitation from Google Calendar. You are receiving this email because
        you are an attendee on the event.</p>
        </div></body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261105T160000Z
        DTEND:20261105T180000Z
        DTSTAMP:20261030T201044Z
        ORGANIZER;CN=Priyanka Rao:mailto:priyanka.rao@sunforgematerials.com
        UID:7blsunforgeonsite1105ab9c@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=%ME%;X-NUM-GUESTS=0:mailto:%ME%
        CREATED:20261021T150212Z
        DESCRIPTION:Pilot line tour + panel (Marco\\, Jess\\, Ravi).
        LAST-MODIFIED:20261030T201043Z
        LOCATION:Sunforge Materials\\, 8800 Metric Park Dr\\, Austin\\, TX 78758
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Sunforge onsite - Danielle Okafor
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Canceled event with note: Sunforge onsite - Danielle Okafor @ Thu Nov 5, 2026 10am - 12pm (CST) "
               "(danielle.okafor@example.org)")
    headers = [
        ("Delivered-To", ME),
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-10-30 15:10:44", HOU,
            "9f8e7d6c5b"),
        ("From", addr("Priyanka Rao", "priyanka.rao@sunforgematerials.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", addr("Priyanka Rao", "priyanka.rao@sunforgematerials.com")),
        ("To", ME),
        ("Subject", subject),
        ("Date", date_in("2026-10-30 15:10:44", HOU, "UTC")),
        ("Message-ID", "<calendar-c0d1e2f3-a4b5-4c6d-8e7f-90a1b2c3d4e5@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(page), calendar(ics, method="CANCEL", cte="7bit")),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(N(23), family="ashby", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-10-19 12:00", "America/New_York"), end=utc("2026-10-19 13:00", "America/New_York"),
      contact="hannah@carbonlane.io", company="Carbonlane",
      local="Mon 2026-10-19 12:00", local_end="2026-10-19 13:00", zone="America/New_York",
      note="Ashby cancellation (METHOD:CANCEL) of the second round 'Monday, October 19, 2026, 12:00 PM "
           "- 1:00 PM EDT' = 16:00-17:00Z. The recruiter's note announces a separate fresh invite for "
           "'Wednesday, October 21 at 1:00 PM ET': this mail is the cancellation (its calendar part "
           "cancels), so kind cancelled with the cancelled slot. Contact = Reply-To recruiter.")
def ashby_cancel_with_new_time() -> bytes:
    body = t("""
        Hi Danielle,

        Your interview scheduled for Monday, October 19, 2026, 12:00 PM - 1:00 PM EDT has been
        cancelled.

        Message from Hannah Seo:
        "Hi Danielle - Tobias got pulled onto a customer site visit Monday, so I've cancelled this
        slot. I'm sending a fresh invite for Wednesday, October 21 at 1:00 PM ET with the same
        panel; it should hit your inbox in the next few minutes. Sorry for the shuffle!"

        Questions? Just reply and it will reach Hannah Seo.

        Carbonlane Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Danielle,</p>
        <p>Your interview scheduled for <strong>Monday, October 19, 2026, 12:00 PM &ndash; 1:00 PM EDT</strong> has
        been cancelled.</p>
        <p>Message from Hannah Seo:</p>
        <blockquote style="border-left:3px solid #ddd;margin:0;padding-left:12px;color:#444">Hi Danielle &mdash;
        Tobias got pulled onto a customer site visit Monday, so I&#x27;ve cancelled this slot. I&#x27;m sending a
        fresh invite for Wednesday, October 21 at 1:00 PM ET with the same panel; it should hit your inbox in the
        next few minutes. Sorry for the shuffle!</blockquote>
        <p>Questions? Just reply and it will reach Hannah Seo.</p>
        <p>Carbonlane Recruiting</p>
        </body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        %TZ%
        BEGIN:VEVENT
        UID:8e2f4b60-1c3a-4d9e-a7b5-c0d2e4f6a819
        DTSTAMP:20261014T214009Z
        DTSTART;TZID=America/New_York:20261019T120000
        DTEND;TZID=America/New_York:20261019T130000
        SEQUENCE:1
        SUMMARY:Carbonlane - Process Engineer\\, CO2 Capture - Technical Interview
        ORGANIZER;CN=Hannah Seo:mailto:hannah@carbonlane.io
        ATTENDEE;CN=Danielle Okafor;ROLE=REQ-PARTICIPANT:mailto:%ME%
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """, "America/New_York")
    headers = [
        ("Delivered-To", ME),
        rcv("a8-44.smtp-out.amazonses.com (a8-44.smtp-out.amazonses.com [54.240.8.44])", "2026-10-14 21:40:09",
            "UTC", "0f1e2d3c4b"),
        ("From", addr("Carbonlane", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Hannah Seo", "hannah@carbonlane.io")),
        ("To", ME_H),
        ("Subject", enc("Interview cancelled: Process Engineer, CO₂ Capture at Carbonlane")),
        ("Date", date("2026-10-14 21:40:09", "UTC")),
        ("Message-ID", "<01000192e4a7b3c1-5d6e7f80-91a2-4b3c-8d4e-f5a6b7c8d9e0-000000@email.amazonses.com>"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="base64"), html(page, cte="base64")),
        calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics", disposition="attachment"),
    ))


# =========================================================================== negatives


def pdf_part(filename: str, title: str) -> Part:
    """A tiny placeholder PDF attachment (base64)."""
    import base64

    raw = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
           b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
           b"4 0 obj << /Title (" + title.encode("ascii") + b") >> endobj\n"
           b"trailer << /Root 1 0 R /Info 4 0 R >>\n%%EOF\n")
    body = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], body)


@mail(N(24), family="rejection", lang="en-US", interview=False, company="Coastal Bend LNG",
      note="Taleo rejection after an interview (windows-1252 HTML only, quoted-printable): mentions "
           "the interview in the past, confirms nothing.")
def taleo_rejection() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Dear Danielle Okafor,</p>
        <p>Thank you for your interest in the <b>Process Engineer III</b> position (Requisition 2600417) at Coastal
        Bend LNG, and for the time you spent interviewing with our team.</p>
        <p>After careful consideration, we have decided to move forward with other candidates whose qualifications
        more closely match the current needs of the position. This decision was not an easy one, and we were
        impressed by your experience in gas treating and your clear communication.</p>
        <p>We encourage you to continue to visit our career site and apply for future openings that match your
        skills and interests. Your profile will remain in our candidate database for 12 months.</p>
        <p>We wish you every success in your job search.</p>
        <p>Sincerely,<br>
        Talent Acquisition<br>
        Coastal Bend LNG</p>
        <p><font size="1" color="#808080">This is an automated message from Coastal Bend LNG’s recruiting system.
        Replies to this address are not monitored. © 2026 Coastal Bend LNG. All rights reserved.</font></p>
        </font></body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("smtp1.taleo.net (smtp1.taleo.net [160.34.10.71])", "2026-11-23 10:05:17", HOU, "2b3c4d5e6f"),
        ("From", addr("Coastal Bend LNG", "noreply@coastalbendlng.taleo.net")),
        ("To", ME),
        ("Subject", "Your application for Process Engineer III (2600417)"),
        ("Date", date_in("2026-11-23 10:05:17", HOU, "America/New_York")),
        ("Message-ID", "<1011432987.77410.1795449917113.JavaMail.taleo@tlo-mta-02>"),
    ]
    return message(headers, html(page, charset="windows-1252"))


@mail(N(25), family="offer", lang="en-US", interview=False, company="Lone Star Hydrogen",
      days=(("Thu", "2026-10-22"), ("Fri", "2026-11-06"), ("Mon", "2026-12-07")),
      note="Offer after the 22 October onsite, letter attached as PDF; a decision deadline (Fri 6 "
           "Nov), a start date (Mon 7 Dec) and an informal 'quick call Wednesday afternoon?' offer. No "
           "interview confirmed.")
def offer_lone_star() -> bytes:
    body = t("""
        Hi Danielle,

        On behalf of everyone you met on October 22, I'm thrilled to extend you an offer for the
        Senior Process Engineer – Electrolysis role at Lone Star Hydrogen! Your offer letter is
        attached. The highlights:

          - Base salary: $148,000
          - Target bonus: 12%
          - Relocation to Austin: up to $15,000 lump sum
          - Proposed start date: Monday, December 7, 2026

        Arjun would love to walk you through the first 90 days and answer any questions. Would a
        quick call Wednesday afternoon work? If you could let us know your decision by Friday,
        November 6, that would be great.

        Congratulations - the whole team was impressed.

        Renee

        Renee Castillo
        Senior Recruiter | Lone Star Hydrogen
        512-555-0108
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail-yw1-f173.google.com (mail-yw1-f173.google.com [209.85.128.173])", "2026-11-02 16:31:06", HOU,
            "7a8b9c0d1e"),
        ("From", addr("Renee Castillo", "renee.castillo@lonestarh2.com")),
        ("To", addr("Danielle Okafor", ME)),
        ("CC", addr("Arjun Patel", "arjun.patel@lonestarh2.com")),
        ("Subject", enc("Your offer – Senior Process Engineer, Lone Star Hydrogen 🎉")),
        ("Date", date("2026-11-02 16:31:06", HOU)),
        ("Message-ID", "<CAH3n9Lr5Tq1Wz8Xy2Vb0Nc4Md7Ke6Jf9Hg3Ds1A@mail.gmail.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(gmail_html(body))),
        pdf_part("Offer Letter - Danielle Okafor.pdf", "Offer Letter"),
    ))


@mail(N(26), family="application_ack", lang="en-US", interview=False, company="Tidewater Controls",
      note="Workable application receipt; 'we'll get in touch to schedule an interview' is "
           "conditional, no time.")
def workable_receipt() -> bytes:
    body = t("""
        Hi Danielle,

        Thank you for your interest in the Process Controls Engineer position at Tidewater
        Controls. We've received your application and our hiring team will review it shortly.

        If your experience matches what we're looking for, we'll get in touch to schedule an
        interview. Because of the number of applications we receive, we may not be able to reply
        to everyone individually.

        In the meantime, you can learn more about us at https://tidewatercontrols.com/careers.

        Best regards,
        The Tidewater Controls Hiring Team

        --
        Powered by Workable
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:15px;color:#3c3c3c;">
        <div style="max-width:600px;margin:0 auto;padding:24px;">
        <p>Hi Danielle,</p>
        <p>Thank you for your interest in the <b>Process Controls Engineer</b> position at Tidewater Controls. We've
        received your application and our hiring team will review it shortly.</p>
        <p>If your experience matches what we're looking for, we'll get in touch to schedule an interview. Because of
        the number of applications we receive, we may not be able to reply to everyone individually.</p>
        <p>In the meantime, you can learn more about us at <a href="https://tidewatercontrols.com/careers">tidewatercontrols.com/careers</a>.</p>
        <p>Best regards,<br>The Tidewater Controls Hiring Team</p>
        <p style="font-size:11px;color:#a0a0a0;">Powered by Workable</p>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail-out-7.workablemail.com (mail-out-7.workablemail.com [159.135.228.7])", "2026-09-02 11:48:31", HOU,
            "1e2f3a4b5c"),
        ("From", addr("Tidewater Controls", "noreply@candidates.workablemail.com")),
        ("Reply-To", "tidewater-controls+a71c3e90f2b4@candidates.workablemail.com"),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Thanks for applying to Tidewater Controls"),
        ("Date", date_in("2026-09-02 11:48:31", HOU, "UTC")),
        ("Message-ID", "<a71c3e90f2b4.1788367711@candidates.workablemail.com>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(N(27), family="job_alert", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Job-board digest with 'Actively interviewing' badges and a hiring-event date (Tue 29 "
           "Sep, 10 AM-2 PM); nothing is booked for the candidate.")
def job_alert_digest() -> bytes:
    jobs = [
        ("Process Engineer II", "Gulfbend Chemicals", "Pasadena, TX", "Actively interviewing"),
        ("Senior Process Engineer - Hydrogen", "Lone Star Hydrogen", "Austin, TX", "Posted 2 days ago"),
        ("Process Engineer (Gas Processing)", "Westerly Midstream", "Houston, TX", "Actively interviewing"),
        ("Process Safety Engineer", "Bayshore Olefins", "La Porte, TX", "Easy apply"),
        ("Refinery Process Engineer", "Sabine Crest Refining", "Port Arthur, TX", "Hiring event Tue Sep 29"),
    ]
    lines = "\n".join(f"{a}\n{b} - {c}\n{d}\n" for a, b, c, d in jobs)
    body = t("""
        GulfCoast EnergyJobs

        14 new jobs for "process engineer" near Houston, TX

        """) + lines + t("""

        Hiring event: Sabine Crest Refining is interviewing process and reliability engineers on
        the spot at Bayou Expo Hall, Tuesday, September 29, 10 AM - 2 PM. Walk-ins welcome, bring
        printed resumes.

        See all 14 jobs: https://www.gulfcoastenergyjobs.com/alerts/8841?utm_source=alert

        You're receiving this because you created a job alert for "process engineer".
        Manage alerts: https://www.gulfcoastenergyjobs.com/alerts/manage
        Unsubscribe: https://www.gulfcoastenergyjobs.com/u/8841/Zx91Q
        GulfCoast EnergyJobs, 5 Greenway Crossing, Suite 400, Houston, TX 77046
        """)
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee;"><a href="https://www.gulfcoastenergyjobs.com/j/{i}" '
        f'style="font-size:16px;color:#0a58ca;text-decoration:none;">{a}</a><br>{b} &middot; {c}<br>'
        f'<span style="background:#e6f4ea;color:#137333;font-size:12px;padding:2px 6px;">{d}</span></td></tr>'
        for i, (a, b, c, d) in enumerate(jobs, start=40112))
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#222;">
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="font-size:20px;font-weight:bold;padding:16px 0;">GulfCoast EnergyJobs</td></tr>
        <tr><td style="font-size:16px;">14 new jobs for "process engineer" near Houston, TX</td></tr>
        """) + rows + t("""
        <tr><td style="padding:16px;background:#fff8e1;">Hiring event: Sabine Crest Refining is interviewing process
        and reliability engineers on the spot at Bayou Expo Hall, <b>Tuesday, September 29, 10 AM &ndash; 2 PM</b>.
        Walk-ins welcome, bring printed resumes.</td></tr>
        <tr><td style="padding:16px 0;"><a href="https://www.gulfcoastenergyjobs.com/alerts/8841?utm_source=alert">See all 14 jobs</a></td></tr>
        <tr><td style="font-size:11px;color:#888;">You're receiving this because you created a job alert for
        "process engineer". <a href="https://www.gulfcoastenergyjobs.com/alerts/manage">Manage alerts</a> |
        <a href="https://www.gulfcoastenergyjobs.com/u/8841/Zx91Q">Unsubscribe</a><br>GulfCoast EnergyJobs,
        5 Greenway Crossing, Suite 400, Houston, TX 77046</td></tr>
        </table></body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mta-07.gulfcoastenergyjobs.com (mta-07.gulfcoastenergyjobs.com [192.0.2.77])", "2026-09-21 06:00:12",
            HOU, "aa11bb22cc"),
        ("From", addr("GulfCoast EnergyJobs", "alerts@gulfcoastenergyjobs.com")),
        ("To", ME),
        ("Subject", '14 new "process engineer" jobs near Houston, TX'),
        ("Date", date("2026-09-21 06:00:12", HOU)),
        ("Message-ID", "<alert.8841.20260921110012@gulfcoastenergyjobs.com>"),
        ("List-Unsubscribe", "<https://www.gulfcoastenergyjobs.com/u/8841/Zx91Q>, <mailto:unsubscribe@gulfcoastenergyjobs.com?subject=8841>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(N(28), family="newsletter_tips", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Substack newsletter post about refinery panel interviews, with the author's own past "
           "interview and a live Q&A (Thu 8 Oct, 7 PM CT) for subscribers; not the reader's interview.")
def substack_interview_post() -> bytes:
    body = t("""
        THE UNIT OPERATION
        Five questions every refinery panel asks (and how I answer them)
        by Marisol Vance

        When I interviewed for my current job, the panel started at 2 PM sharp and by 2:05 I'd
        already been asked to draw a crude unit preheat train on a whiteboard. Since then I've sat
        on the other side of the table for about forty process engineer interviews. Here are the
        five questions that always come up:

        1. Walk me through a time you found a constraint nobody else saw.
        2. How would you troubleshoot a column that's flooding at 80% of design rates?
        3. Tell me about a MOC you pushed back on.
        4. What does a good HAZOP action item look like?
        5. Why do you want to leave operations support for this role?

        Paid subscribers: I'm doing a live Q&A on interviewing for process roles on Thursday,
        October 8 at 7 PM CT. Bring your questions.

        Thanks for reading The Unit Operation! Subscribe for free to receive new posts.

        Unsubscribe https://theunitoperation.substack.com/action/disable_email
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Georgia,serif;font-size:17px;line-height:1.5;color:#363737;">
        <div style="max-width:550px;margin:0 auto;">
        <p style="font-family:Helvetica,Arial,sans-serif;font-size:13px;letter-spacing:1px;">THE UNIT OPERATION</p>
        <h1 style="font-size:28px;">Five questions every refinery panel asks (and how I answer them)</h1>
        <p style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#777;">by Marisol Vance</p>
        <p>When I interviewed for my current job, the panel started at 2 PM sharp and by 2:05 I'd already been asked to
        draw a crude unit preheat train on a whiteboard. Since then I've sat on the other side of the table for about
        forty process engineer interviews. Here are the five questions that always come up:</p>
        <ol>
        <li>Walk me through a time you found a constraint nobody else saw.</li>
        <li>How would you troubleshoot a column that's flooding at 80% of design rates?</li>
        <li>Tell me about a MOC you pushed back on.</li>
        <li>What does a good HAZOP action item look like?</li>
        <li>Why do you want to leave operations support for this role?</li>
        </ol>
        <p><i>Paid subscribers: I'm doing a live Q&amp;A on interviewing for process roles on Thursday, October 8 at
        7 PM CT. Bring your questions.</i></p>
        <p style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#777;">Thanks for reading The Unit
        Operation! <a href="https://theunitoperation.substack.com/action/disable_email">Unsubscribe</a></p>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail-a5-115.substack.com (mail-a5-115.substack.com [167.89.5.115])", "2026-10-04 07:00:41", HOU,
            "dd33ee44ff"),
        ("From", addr("The Unit Operation", "theunitoperation@substack.com")),
        ("To", ME),
        ("Subject", "Five questions every refinery panel asks (and how I answer them)"),
        ("Date", date_in("2026-10-04 07:00:41", HOU, "UTC")),
        ("Message-ID", "<20261004120041.3.a9f8e7d6c5b4a392@mg2.substack.com>"),
        ("List-Id", "<theunitoperation.substack.com>"),
        ("List-Unsubscribe", "<https://theunitoperation.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo4ODQxfQ>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(N(29), family="scheduling_link", lang="en-US", interview=False, company="Magnolia Process Controls",
      days=(("Mon", "2026-11-16"), ("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
      note="Recruitee self-scheduling request: lists open slots over three days and asks the "
           "candidate to pick one; nothing is booked yet.")
def recruitee_pick_a_slot() -> bytes:
    body = t("""
        Hi Danielle,

        Thanks for your interest in the Process Automation Engineer position! We'd like to invite
        you to a 45-minute video interview with our engineering team.

        Please choose a time that suits you. Open slots this week (Central Time):

          Monday, November 16: 9:00 AM, 11:00 AM, 2:30 PM
          Tuesday, November 17: 10:00 AM, 1:00 PM
          Wednesday, November 18: 9:30 AM, 3:00 PM

        Pick a time: https://magnoliaprocess.recruitee.com/schedule/5c2a9e71f0b34d8e

        Slots are first come, first served. Once you pick one, you'll get a calendar invitation
        with the video link.

        Kind regards,
        Tasha Greene
        Recruitment Coordinator, Magnolia Process Controls
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail.recruitee.com (mail.recruitee.com [198.2.133.40])", "2026-11-12 10:20:55", HOU, "5f6a7b8c9d"),
        ("From", addr("Magnolia Process Controls", "no-reply@mail.recruitee.com")),
        ("Reply-To", "magnolia-process-controls+c4f81e07@inbound.recruitee.com"),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Pick a time for your interview with Magnolia Process Controls"),
        ("Date", date_in("2026-11-12 10:20:55", HOU, "UTC")),
        ("Message-ID", "<5c2a9e71f0b34d8e.1794500455@mail.recruitee.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(30), family="recruiter_outreach", lang="en-US", interview=False, company="Vogt Process Plants US",
      note="softgarden talent-pool outreach: a new opening and an invitation to apply; 'get in touch "
           "to arrange a first conversation' has no time.")
def softgarden_talent_pool() -> bytes:
    body = t("""
        Dear Ms. Okafor,

        Earlier this year you applied to Vogt Process Plants US and agreed to join our talent
        pool. We have just opened a position that we think fits your background well:

          Senior Process Engineer - Modular Gas Plants (Pasadena, TX)

        If you're interested, you can apply with your existing profile in one click:
        https://vogt-process-plants-us.softgarden.io/job/60211874/apply?talentpool=1

        Once we have your application, our engineering team will get in touch to arrange a first
        conversation.

        Kind regards,
        Katrin Bräuer
        HR Business Partner North America
        Vogt Process Plants US, Inc.

        You are receiving this email because you are a member of the Vogt Process Plants US
        talent pool. Leave the talent pool: https://vogt-process-plants-us.softgarden.io/talentpool/leave
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2d2d2d;">
        <div style="max-width:600px;margin:0 auto;">
        <p>Dear Ms. Okafor,</p>
        <p>Earlier this year you applied to Vogt Process Plants US and agreed to join our talent pool. We have just
        opened a position that we think fits your background well:</p>
        <p style="font-size:16px;"><b>Senior Process Engineer - Modular Gas Plants (Pasadena, TX)</b></p>
        <p><a href="https://vogt-process-plants-us.softgarden.io/job/60211874/apply?talentpool=1"
        style="background:#e2001a;color:#fff;padding:10px 16px;text-decoration:none;">Apply in one click</a></p>
        <p>Once we have your application, our engineering team will get in touch to arrange a first conversation.</p>
        <p>Kind regards,<br>Katrin Bräuer<br>HR Business Partner North America<br>Vogt Process Plants US, Inc.</p>
        <p style="font-size:11px;color:#888;">You are receiving this email because you are a member of the Vogt Process
        Plants US talent pool. <a href="https://vogt-process-plants-us.softgarden.io/talentpool/leave">Leave the talent
        pool</a>. Powered by softgarden.</p>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mx-out-2.softgarden.io (mx-out-2.softgarden.io [193.17.239.42])", "2026-12-08 08:30:09", HOU,
            "6a7b8c9d0e"),
        ("From", addr("Vogt Process Plants US", "noreply@softgarden.io")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", enc("A new opening at Vogt Process Plants US – Senior Process Engineer")),
        ("Date", date_in("2026-12-08 08:30:09", HOU, "Europe/Berlin")),
        ("Message-ID", "<talentpool.60211874.8841203@softgarden.io>"),
    ]
    return message(headers, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(N(31), family="interview_proposal", lang="en-US", interview=False, company="Permian Crest Resources",
      days=(("Wed", "2026-11-18"), ("Thu", "2026-11-19")),
      note="Hiring manager proposes two alternative slots ('Wednesday 11/18 at 9:30am or Thursday "
           "11/19 at 1pm?') and waits for an answer: not confirmed yet (the confirmation is a later "
           "mail in this set).")
def proposal_two_slots() -> bytes:
    body = t("""
        Danielle,

        Enjoyed the call Monday. I'd like to get you in front of two of my leads. Could you do
        Wednesday 11/18 at 9:30am or Thursday 11/19 at 1pm? Plan on roughly two hours, in person
        here in Dallas. Let me know and I'll get it on the calendar.

        Mike

        Mike Hollis | Facilities Engineering Manager
        Permian Crest Resources
        1900 McKinnon Square, Dallas, TX 75201
        214-555-0186
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail-qk1-f178.google.com (mail-qk1-f178.google.com [209.85.222.178])", "2026-11-10 15:47:02", HOU,
            "b2c3d4e5f6"),
        ("From", addr("Mike Hollis", "mike.hollis@permiancrest.com")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Process Engineer - next steps"),
        ("Date", date("2026-11-10 15:47:02", HOU)),
        ("Message-ID", "<CAJh5tQw8Yt1n0Ko2uV7yM9zA6bC3dE5fG8hI1j@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(32), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Doctor's office appointment confirmation from a patient portal, with an ICS: a fixed "
           "time (Tue 6 Oct 8:15 AM), not an interview.")
def doctor_appointment() -> bytes:
    body = t("""
        Appointment Confirmed

        Hi Danielle,

        Your appointment is confirmed.

        Annual physical with Anita Raman, MD
        Tuesday, October 6, 2026 at 8:15 AM
        Memorial Oaks Family Medicine, 1550 Oak Hollow Dr, Suite 300, Houston, TX 77055

        Please arrive 15 minutes early to complete check-in, and bring your insurance card and a
        list of current medications. If you need to cancel or reschedule, please do so at least 24
        hours in advance through the portal or by calling 713-555-0177.

        This message was sent from an unmonitored address. Please do not reply.
        Bayou Health Partners Patient Portal
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Bayou Health Partners//Patient Portal//EN
        METHOD:PUBLISH
        %TZ%
        BEGIN:VEVENT
        UID:appt-20261006-0815-99412@bayouhealthportal.com
        DTSTAMP:20260929T141102Z
        DTSTART;TZID=America/Chicago:20261006T081500
        DTEND;TZID=America/Chicago:20261006T090000
        SUMMARY:Annual physical - Anita Raman\\, MD
        LOCATION:Memorial Oaks Family Medicine\\, 1550 Oak Hollow Dr\\, Suite 300\\, Houston\\, TX 77055
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, "America/Chicago")
    headers = [
        ("Delivered-To", ME),
        rcv("out.bayouhealthportal.com (out.bayouhealthportal.com [203.0.113.41])", "2026-09-29 09:11:02", HOU,
            "c3d4e5f6a7"),
        ("From", addr("Bayou Health Partners", "noreply@bayouhealthportal.com")),
        ("To", ME),
        ("Subject", "Appointment confirmed: Tue, Oct 6 at 8:15 AM"),
        ("Date", date("2026-09-29 09:11:02", HOU)),
        ("Message-ID", "<appt.99412.20260929141102@bayouhealthportal.com>"),
    ]
    return message(headers, mixed(
        text(body, cte="7bit", charset="us-ascii"),
        calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment"),
    ))


@mail(N(33), family="personal_appointment", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-10-24"),),
      note="Apartment tour in Denver confirmed for Sat 24 Oct 11:00 AM MT (HTML only, base64): a "
           "fixed time, not an interview.")
def apartment_tour_denver() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;color:#1b1b1b;font-size:15px;">
        <div style="max-width:600px;margin:0 auto;">
        <div style="background:#24313f;color:#fff;padding:18px;font-size:20px;">Larimer Yards Apartments</div>
        <div style="padding:20px;">
        <p>Hi Danielle,</p>
        <p>You're all set! Your self-guided tour is confirmed:</p>
        <p style="font-size:17px;"><b>Saturday, October 24, 2026 at 11:00 AM (Mountain Time)</b><br>
        2150 Larimer Yards Blvd, Denver, CO 80205</p>
        <p>About 15 minutes before your tour, you'll receive a text with the access code for the front door and
        the model units (1-bed #214 and 2-bed #318). Tours last up to 45 minutes.</p>
        <p>Relocating for work? Ask us about our corporate lease program and flexible move-in dates.</p>
        <p><a href="https://larimeryards-living.com/tour/manage/4f8e21">Reschedule or cancel</a></p>
        <p>See you soon,<br>The Larimer Yards Leasing Team<br>720-555-0133</p>
        </div>
        <div style="font-size:11px;color:#888;padding:0 20px 20px 20px;">Equal Housing Opportunity. You received this
        email because you booked a tour at larimeryards-living.com.</div>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail.larimeryards-living.com (mail.larimeryards-living.com [198.51.100.88])", "2026-10-17 21:14:30",
            "America/Denver", "d4e5f6a7b8"),
        ("From", addr("Larimer Yards Leasing", "leasing@larimeryards-living.com")),
        ("To", ME),
        ("Subject", "Tour confirmed - Saturday, October 24 at 11:00 AM"),
        ("Date", date("2026-10-17 21:14:30", "America/Denver")),
        ("Message-ID", "<tour.4f8e21.1792293270@larimeryards-living.com>"),
    ]
    return message(headers, html(page, cte="base64"))


@mail(N(34), family="personal_appointment", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Car dealership service appointment (Tue 29 Sep, 7:30 AM drop-off) with a named advisor: "
           "fixed time, not an interview.")
def car_service() -> bytes:
    body = t("""
        CLEARWATER CREEK HONDA - SERVICE APPOINTMENT CONFIRMATION

        Hello Danielle,

        Thank you for scheduling service with Clearwater Creek Honda. Here are your appointment
        details:

        Date: Tuesday 9/29/2026
        Drop-off time: 7:30 AM
        Vehicle: 2019 Honda CR-V EX (VIN ending 44718)
        Services: 30,000-mile maintenance, tire rotation, cabin air filter
        Service Advisor: Luis Ortega
        Estimated total: $389.95 (plus tax)

        Complimentary shuttle service is available within 10 miles. Need a loaner? Reply to this
        email or call us at 281-555-0150.

        Clearwater Creek Honda | 18800 Gulf Fwy, Webster, TX 77598
        Service hours: Mon-Fri 7:00 AM - 7:00 PM, Sat 7:00 AM - 4:00 PM
        """)
    page = "<html><body>" + gmail_html(body) + "</body></html>\n"
    headers = [
        ("Delivered-To", ME),
        rcv("smtp.dealerconnect-mail.com (smtp.dealerconnect-mail.com [192.0.2.150])", "2026-09-25 16:40:11", HOU,
            "e5f6a7b8c9"),
        ("From", addr("Clearwater Creek Honda Service", "service@clearwatercreekhonda.com")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Your service appointment is confirmed for 9/29 at 7:30 AM"),
        ("Date", date("2026-09-25 16:40:11", HOU)),
        ("Message-ID", "<svc-appt-2270931.1790372411@dealerconnect-mail.com>"),
    ]
    return message(headers, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(35), family="personal_appointment", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Parent-teacher conference confirmation (Thu 15 Oct, 4:20-4:40 PM): fixed time, not an "
           "interview.")
def parent_teacher_conference() -> bytes:
    body = t("""
        Conference Confirmed

        Hi Danielle Okafor,

        Your parent-teacher conference has been scheduled.

        Student: Amara Okafor (Grade 2)
        Teacher: Ms. Graciela Alvarez, Room 112
        Date: Thursday, October 15, 2026
        Time: 4:20 PM - 4:40 PM
        Location: Pecan Hollow Elementary, 3100 Pecan Hollow Ln, Houston, TX 77008

        Can't make it? Use the link below to swap your time slot with another family or contact
        the front office at 713-555-0121.
        https://ptconnect-mail.com/c/pecanhollow/swap/99214

        Sent by PTConnect on behalf of Pecan Hollow Elementary.
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("o2.ptconnect-mail.com (o2.ptconnect-mail.com [203.0.113.12])", "2026-10-08 19:02:45", HOU,
            "f6a7b8c9d0"),
        ("From", addr("Pecan Hollow Elementary via PTConnect", "no-reply@ptconnect-mail.com")),
        ("Reply-To", addr("Graciela Alvarez", "galvarez@pecanhollow-elem.org")),
        ("To", ME),
        ("Subject", "Conference confirmed: Amara Okafor with Ms. Alvarez, Thu Oct 15 at 4:20 PM"),
        ("Date", date("2026-10-08 19:02:45", HOU)),
        ("Message-ID", "<ptc.99214.1791511365@ptconnect-mail.com>"),
    ]
    return message(headers, text(body))


@mail(N(36), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-09-14"), ("Fri", "2026-10-23")),
      note="Exchange meeting request from the candidate's current manager: recurring turnaround "
           "stand-up every weekday 7:15-7:30 AM (Central Standard Time TZID); a fixed time at her "
           "current job, not an interview.")
def current_job_standup() -> bytes:
    body = t("""
        When: Occurs every weekday effective 9/14/2026 until 10/23/2026 from 7:15 AM to 7:30 AM (UTC-06:00) Central Time (US & Canada).
        Where: Unit 3 control room conference room / Teams

        All,

        Starting Monday we'll do a 15-minute stand-up every morning through the end of the Unit 3
        turnaround. Come with: yesterday's completions, today's critical path items, and anything
        blocking you. Process engineering (Danielle, Ken) - please bring the updated blind list and
        the catalyst unloading status.

        Rick

        Rick Fontaine
        Turnaround Manager | Bayport Specialty Chemicals
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %TZ%
        BEGIN:VEVENT
        ORGANIZER;CN="Fontaine, Rick":mailto:rick.fontaine@bayportchem.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okafor, Danielle":mailto:%ME%
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Yamada, Ken":mailto:ken.yamada@bayportchem.com
        RRULE:FREQ=WEEKLY;UNTIL=20261023T121500Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=SU
        UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
        SUMMARY;LANGUAGE=en-US:Unit 3 Turnaround - Daily Stand-up
        DTSTART;TZID=Central Standard Time:20260914T071500
        DTEND;TZID=Central Standard Time:20260914T073000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260910T203000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Unit 3 control room conference room / Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:1
        END:VEVENT
        END:VCALENDAR
        """, "Central Standard Time")
    headers = [
        ("Delivered-To", ME),
        rcv("mail-bayportchem-com.mail.protection.outlook.com (mail-bayportchem-com.mail.protection.outlook.com "
            "[52.101.40.12])", "2026-09-10 15:30:00", HOU, "a7b8c9d0e1"),
        ("From", addr("Fontaine, Rick", "rick.fontaine@bayportchem.com")),
        ("To", ", ".join([addr("Okafor, Danielle", ME), addr("Yamada, Ken", "ken.yamada@bayportchem.com")])),
        ("Subject", "Unit 3 Turnaround - Daily Stand-up"),
        ("Date", date("2026-09-10 15:30:00", HOU)),
        ("Message-ID", "<BY5PR19MB3841F7A09C1D4E2BA8F1C3D5E7092@BY5PR19MB3841.namprd19.prod.outlook.com>"),
        ("Thread-Topic", "Unit 3 Turnaround - Daily Stand-up"),
    ]
    return message(headers, alt(text(body, charset="us-ascii"), calendar(ics, cte="base64")))


@mail(N(37), family="marketing_webinar", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Zoom webinar registration (professional society) on interviewing for process roles, "
           "Thu 1 Oct 12:00 PM CT, with ICS: confirmed time, but a webinar, not a job interview.")
def zoom_webinar_registration() -> bytes:
    body = t("""
        Hi Danielle,

        Thank you for registering for "Interviewing for Your Next Process Role: What Hiring
        Managers Want".

        Please submit any questions to: events@gcces.org

        Date & Time: Oct 1, 2026 12:00 PM Central Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://gcces.zoom.us/w/91733820155?tk=Qm2x8Lk1vN0pR7sT4wY6zA3bC5dE9fG0hJ2kL4mN6pQ&uuid=WN_3kq9RBfFT2e7Zx1pYv8LwA

        Passcode: 615204

        Add to Calendar: https://gcces.zoom.us/webinar/tJcpc-6pqzsuE9Yc8Q/ics?user_id=Kq9Rb

        You can cancel your registration at any time.

        Gulf Coast Chemical Engineers Society
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        %TZ%
        BEGIN:VEVENT
        DTSTAMP:20260924T150912Z
        DTSTART;TZID=America/Chicago:20261001T120000
        DTEND;TZID=America/Chicago:20261001T130000
        SUMMARY:Interviewing for Your Next Process Role: What Hiring Managers Want
        UID:20260924T150912Z-91733820155@fe80:0:0:0:7a8b:9cff:fe0d:1e2f%ens5
        DESCRIPTION:GCCES webinar. Join: https://gcces.zoom.us/w/91733820155
        LOCATION:https://gcces.zoom.us/w/91733820155
        BEGIN:VALARM
        TRIGGER:-PT10M
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """, "America/Chicago")
    headers = [
        ("Delivered-To", ME),
        rcv("mailout-169.zoom.us (mailout-169.zoom.us [170.114.10.169])", "2026-09-24 10:09:12", HOU, "b8c9d0e1f2"),
        ("From", addr("Gulf Coast Chemical Engineers Society", "no-reply@zoom.us")),
        ("Reply-To", "events@gcces.org"),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Interviewing for Your Next Process Role: What Hiring Managers Want Confirmation"),
        ("Date", date_in("2026-09-24 10:09:12", HOU, "America/Los_Angeles")),
        ("Message-ID", "<Kq9RbX2vQ0yT.1790262552418@zoom.us>"),
    ]
    return message(headers, mixed(
        text(body),
        calendar(ics, method="PUBLISH", ctype="text/calendar", filename="iCalendar.ics", disposition="attachment"),
    ))


@mail(N(38), family="mock_interview", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Alumni career network confirms a MOCK technical interview with an alumni volunteer (Tue "
           "6 Oct 6:00 PM CT, 45 + 15 min): confirmed time, practice only, not a job interview.")
def alumni_mock_interview() -> bytes:
    body = t("""
        Hi Danielle,

        You're all set for your mock technical interview through the USTX Alumni Career Network!

        Interviewer: Dave Ferris ('04, Chemical Engineering), Principal Process Engineer
        When: Tuesday, October 6, 6:00 PM CT
        Where: Zoom - https://ustx.zoom.us/j/96321478805
        Format: 45 minutes of interview questions, then 15 minutes of feedback

        Dave asked me to pass along that he'll run it like a real refinery panel - expect a
        whiteboard-style troubleshooting question - so treat it like the real thing. Afterwards
        you'll get a short written feedback form from him by email.

        If you need to cancel, please give us at least 48 hours so we can offer the slot to
        another alum.

        Go Herons!

        Brianna Whitaker
        Associate Director, Alumni Career Services
        University of South Texas Alumni Association
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail-ustexas-alumni-org.mail.protection.outlook.com (mail-ustexas-alumni-org.mail.protection.outlook.com "
            "[52.101.8.44])", "2026-09-30 11:25:39", HOU, "c9d0e1f2a3"),
        ("From", addr("Brianna Whitaker", "bwhitaker@ustexas-alumni.org")),
        ("To", addr("Danielle Okafor", ME)),
        ("CC", addr("Dave Ferris", "dave.ferris04@example.com")),
        ("Subject", "You're confirmed: mock interview with Dave Ferris (Oct 6)"),
        ("Date", date("2026-09-30 11:25:39", HOU)),
        ("Message-ID", "<MN2PR07MB6270C9A1E3F54B7D8A0C2E4F6B813@MN2PR07MB6270.namprd07.prod.outlook.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(39), family="interviewer_invite", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="The candidate's current employer schedules HER as an interviewer (Greenhouse interviewer "
           "notice + ICS) for a junior candidate, Thu 24 Sep 2:00-2:45 PM CDT, with a reminder to take "
           "interviewer training: confirmed time, but not her job interview.")
def asked_to_interview_candidate() -> bytes:
    body = t("""
        Hi Danielle,

        You've been scheduled to interview Jordan Reyes for Process Engineer I.

        Thursday, September 24, 2026
        2:00 PM - 2:45 PM CDT
        Building 2, Conference Room B (Bayport site)

        Interview: Technical - Process Fundamentals
        Other interviewers today: Ken Yamada, Tamika Brooks (coordinator)

        Your interview kit (focus attributes, suggested questions, scorecard):
        https://app.greenhouse.io/interview_kits/55120933/for_interviewer

        Please submit your scorecard within 24 hours of the interview.

        Reminder: if you haven't yet completed "Structured Interviewing at Bayport" in Workday
        Learning, please do so before your first panel.

        Thanks,
        Bayport Specialty Chemicals Recruiting

        --
        Sent via Greenhouse
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse//EN
        VERSION:2.0
        METHOD:REQUEST
        %TZ%
        BEGIN:VEVENT
        UID:gh-interview-55120933@greenhouse.io
        DTSTAMP:20260918T162044Z
        DTSTART;TZID=America/Chicago:20260924T140000
        DTEND;TZID=America/Chicago:20260924T144500
        SUMMARY:Interview: Jordan Reyes (Process Engineer I) - Technical
        LOCATION:Building 2\\, Conference Room B
        ORGANIZER;CN=Tamika Brooks:mailto:tamika.brooks@bayportchem.com
        ATTENDEE;CN=Danielle Okafor;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%ME%
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """, "America/Chicago")
    headers = [
        ("Delivered-To", ME),
        rcv("o4.email.greenhouse.io (o4.email.greenhouse.io [167.89.101.45])", "2026-09-18 11:20:44", HOU,
            "d0e1f2a3b4"),
        ("From", addr("Greenhouse", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Tamika Brooks", "tamika.brooks@bayportchem.com")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Interview scheduled: Jordan Reyes for Process Engineer I on Thursday, September 24"),
        ("Date", date_in("2026-09-18 11:20:44", HOU, "UTC")),
        ("Message-ID", "<7c4e1d09.a8b2f6e3c150@greenhouse.io>"),
    ]
    return message(headers, mixed(
        text(body),
        calendar(ics, filename="invite.ics", disposition="attachment"),
    ))


@mail(N(40), family="auto_reply", lang="en-US", interview=False, company="Redfork Pipeline Company",
      days=(("Wed", "2026-10-14"), ("Fri", "2026-10-16"), ("Mon", "2026-10-19")),
      note="Out-of-office auto-reply from the Tulsa hiring manager to the candidate's thank-you note "
           "(Auto-Submitted: auto-replied); quotes nothing scheduled.")
def ooo_auto_reply() -> bytes:
    body = t("""
        Thank you for your message. I am at the Cushing terminal Wednesday, October 14 through
        Friday, October 16 with limited access to email, and will respond when I return on Monday,
        October 19.

        For anything urgent, please contact Lacey Dunn at ldunn@redforkpipeline.com or
        918-555-0145.

        Garrett Pruitt, P.E.
        Redfork Pipeline Company
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2107.outbound.protection.outlook.com "
            "[40.107.243.107])", "2026-10-13 19:05:33", HOU, "e1f2a3b4c5"),
        ("From", addr("Pruitt, Garrett", "gpruitt@redforkpipeline.com")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Automatic reply: Thank you - Process Engineer interview"),
        ("Thread-Topic", "Thank you - Process Engineer interview"),
        ("Date", date("2026-10-13 19:05:33", HOU)),
        ("Message-ID", "<DM6PR12MB44170B9E2C7A4D18F3E6A0C2B5D91@DM6PR12MB4417.namprd12.prod.outlook.com>"),
        ("In-Reply-To", "<CAD0k7Vz1Qm3xP5rT8sW2yB4nL6jH9gF0dE2cA@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "gpruitt@redforkpipeline.com"),
    ]
    return message(headers, text(body, charset="us-ascii"))


@mail(N(41), family="bounce", lang="en-US", interview=False, company=None,
      note="Delivery failure (multipart/report) for the candidate's own thank-you note, sent to a "
           "mistyped domain; the returned message mentions this morning's interview but confirms "
           "nothing.")
def bounce_thank_you() -> bytes:
    original = message([
        ("From", addr("Danielle Okafor", ME)),
        ("To", addr("Lacey Dunn", "ldunn@redforkpipline.com")),
        ("Subject", "Thank you - Process Engineer interview"),
        ("Date", date("2026-10-13 19:05:21", HOU)),
        ("Message-ID", "<CAD0k7Vz1Qm3xP5rT8sW2yB4nL6jH9gF0dE2cB@mail.example.org>"),
    ], text(t("""
        Hi Lacey,

        Thank you for taking the time to meet with me this morning, and for explaining how the
        terminals group works with operations in Cushing. I enjoyed the conversation and am very
        interested in the role.

        Best regards,
        Danielle Okafor
        """), charset="us-ascii", cte="7bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <ldunn@redforkpipline.com>: Host or domain name not found. Name service error
            for name=redforkpipline.com type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4C1D22A0F7
        Arrival-Date: Tue, 13 Oct 2026 19:05:21 -0500 (CDT)

        Final-Recipient: rfc822; ldunn@redforkpipline.com
        Original-Recipient: rfc822;ldunn@redforkpipline.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=redforkpipline.com type=AAAA: Host not found
        """)
    report = mixed(
        text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        attached_message(original),
    )
    report.headers[0] = ("Content-Type", report.headers[0][1].replace("multipart/mixed", "multipart/report")
                         + "; report-type=delivery-status")
    headers = [
        ("Delivered-To", ME),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-13 19:05:24", HOU)),
        ("Message-ID", "<20261014000524.7E3B11A0F9@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(headers, report)


@mail(N(42), family="mailing_list", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Google Groups list mail announcing a meetup (Thu 8 Oct, 6:30 PM) where EPC hiring "
           "managers talk about how they interview; List-Id etc. A meetup, not an interview.")
def google_group_meetup() -> bytes:
    body = t("""
        Hi all,

        October meetup is set! Panel: "How EPCs interview process engineers" - three hiring
        managers (one each from a big EPC, a modular fabricator and an owner-operator) on what
        they actually look for, what a good technical answer sounds like, and the red flags.

        When: Thursday 10/8, 6:30 PM (doors 6:00)
        Where: Buffalo Bayou Brewhall, upstairs room, 2300 Sawyer Yards Ln, Houston
        Cost: free, first round on our sponsor

        Please add your name to the RSVP sheet so we can give the venue a headcount:
        https://docs.google.com/spreadsheets/d/1qZ8xK3vT0mN5bR7cW2yL4pA6sD9fG1hJ/edit

        Ravi

        --
        You received this message because you are subscribed to the Google Groups "Gulf Coast
        Process Engineers" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to
        gulfcoast-process-eng+unsubscribe@googlegroups.com.
        To view this discussion visit https://groups.google.com/d/msgid/gulfcoast-process-eng/CAB7x2Lq9Zt4mR1vN8sK3wP0yD6fH5jG2cA%40mail.gmail.com.
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail-yb1-f184.google.com (mail-yb1-f184.google.com [209.85.219.184])", "2026-09-28 20:41:18", HOU,
            "f2a3b4c5d6"),
        ("From", addr("Ravi Shenoy", "ravi.shenoy@shenoy-consulting.com")),
        ("Sender", "gulfcoast-process-eng@googlegroups.com"),
        ("To", addr("Gulf Coast Process Engineers", "gulfcoast-process-eng@googlegroups.com")),
        ("Subject", "[gcpe] Oct meetup: How EPCs interview process engineers - Thu 10/8, 6:30 PM"),
        ("Date", date("2026-09-28 20:41:18", HOU)),
        ("Message-ID", "<CAB7x2Lq9Zt4mR1vN8sK3wP0yD6fH5jG2cA@mail.gmail.com>"),
        ("Reply-To", "gulfcoast-process-eng@googlegroups.com"),
        ("Mailing-list", "list gulfcoast-process-eng@googlegroups.com; contact gulfcoast-process-eng+owners@googlegroups.com"),
        ("List-Id", "<gulfcoast-process-eng.googlegroups.com>"),
        ("X-Google-Group-Id", "770214553819"),
        ("List-Post", "<https://groups.google.com/group/gulfcoast-process-eng/post>, <mailto:gulfcoast-process-eng@googlegroups.com>"),
        ("List-Help", "<https://groups.google.com/support/>, <mailto:gulfcoast-process-eng+help@googlegroups.com>"),
        ("List-Archive", "<https://groups.google.com/group/gulfcoast-process-eng/>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+770214553819+unsubscribe@googlegroups.com>, <https://groups.google.com/group/gulfcoast-process-eng/subscribe>"),
        ("Precedence", "list"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(43), family="government_appointment", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-12-15"),),
      note="Formal state workforce notice: mandatory reemployment-services appointment with an "
           "'eligibility review interview' (Tue 15 Dec, 9:00 AM CT). Fixed time, uses the word "
           "interview, but it is an unemployment-benefits appointment, not a job interview.")
def state_workforce_notice() -> bytes:
    body = t("""
        TEXAS REEMPLOYMENT SERVICES OFFICE
        Gulf Coast Region - Houston Northwest Center

        NOTICE OF SCHEDULED APPOINTMENT
        Reemployment Services and Eligibility Assessment (RESEA)

        Claimant:     DANIELLE N. OKAFOR
        Claim ID:     XXXXX4417
        Notice Date:  12/07/2026

        You have been selected to participate in a Reemployment Services and Eligibility
        Assessment (RESEA). This appointment includes an eligibility review interview with a
        workforce specialist, a review of your work search activities, and the development of an
        individual reemployment plan.

        APPOINTMENT DATE:   Tuesday, December 15, 2026
        APPOINTMENT TIME:   9:00 AM Central Time
        LOCATION:           Houston Northwest Workforce Center
                            8800 Centerpoint Plaza Dr, Suite 150, Houston, TX 77040
        FORMAT:             In person. Allow 2 hours.

        Bring: a government-issued photo ID, your Social Security card, and your work search log
        for the last four weeks.

        IMPORTANT: If you do not participate in this scheduled appointment without good cause, your
        unemployment benefits may be delayed or denied. To request a different appointment, call
        1-800-555-0119 at least one business day before the date above.

        This notice was generated automatically. Do not reply to this email. Auxiliary aids and
        services are available upon request to individuals with disabilities. Relay Texas: 711.
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mailgw2.txreemployment.gov (mailgw2.txreemployment.gov [192.0.2.201])", "2026-12-07 05:02:11", HOU,
            "a3b4c5d6e7"),
        ("From", addr("Texas Reemployment Services Office", "do-not-reply@notices.txreemployment.gov")),
        ("To", ME),
        ("Subject", "NOTICE OF SCHEDULED APPOINTMENT - RESEA - Action Required"),
        ("Date", date("2026-12-07 05:02:11", HOU)),
        ("Message-ID", "<RESEA.4417.20261207110211.0042@notices.txreemployment.gov>"),
        ("Importance", "high"),
    ]
    return message(headers, text(body, charset="us-ascii", cte="7bit"))


@mail(N(44), family="admission_interview", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-11-13"),),
      note="Executive MBA admissions interview confirmed for Fri 13 Nov 11:00 AM CST (ICS attached): "
           "a confirmed 'interview' with a time, but for a degree programme, not a job.")
def emba_admission_interview() -> bytes:
    body = t("""
        Dear Danielle,

        Thank you for applying to the Harlan Executive MBA program (Fall 2027 cohort). I'm pleased
        to confirm your admissions interview:

        Date: Friday, November 13, 2026
        Time: 11:00 AM CST
        Interviewer: Cynthia Moreau, Associate Director, Executive MBA Admissions
        Format: Zoom (link in the attached calendar invitation), approximately 30 minutes

        The interview is conversational: we'll talk about your career so far, why an Executive
        MBA now, and how you'll balance the program with work. No preparation is required beyond
        reviewing your own application.

        If you need to reschedule, please let me know at least 48 hours in advance.

        Best regards,

        Cynthia Moreau
        Associate Director, Executive MBA Admissions
        Harlan School of Business, Gulf Coast University
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Harlan School of Business//Admissions//EN
        METHOD:REQUEST
        %TZ%
        BEGIN:VEVENT
        UID:emba-adm-2027-0913-okafor@harlanbusiness.org
        DTSTAMP:20261105T173000Z
        DTSTART;TZID=America/Chicago:20261113T110000
        DTEND;TZID=America/Chicago:20261113T113000
        SUMMARY:Harlan EMBA Admissions Interview - Danielle Okafor
        LOCATION:https://harlanbusiness.zoom.us/j/92013355748
        ORGANIZER;CN=Cynthia Moreau:mailto:cmoreau@harlanbusiness.org
        ATTENDEE;CN=Danielle Okafor;RSVP=TRUE:mailto:%ME%
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """, "America/Chicago")
    headers = [
        ("Delivered-To", ME),
        rcv("mail-harlanbusiness-org.mail.protection.outlook.com (mail-harlanbusiness-org.mail.protection.outlook.com "
            "[52.101.9.71])", "2026-11-05 11:30:00", HOU, "b4c5d6e7f8"),
        ("From", addr("Cynthia Moreau", "cmoreau@harlanbusiness.org")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Harlan EMBA - your admissions interview is confirmed"),
        ("Date", date("2026-11-05 11:30:00", HOU)),
        ("Message-ID", "<CH2PR05MB7081A4E6C9D23B5F8E1A7C0D2B463@CH2PR05MB7081.namprd05.prod.outlook.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(gmail_html(body))),
        calendar(ics, filename="EMBA Interview.ics", disposition="attachment", cte="base64"),
    ))


@mail(N(45), family="volunteer_tryout", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Amateur soccer club tryout confirmation (Sat 12 Sep, 8:30 AM; iso-8859-1 QP HTML): a "
           "'tryout', not a job interview.")
def soccer_tryout() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222;">
        <table width="600" align="center" cellpadding="16" cellspacing="0" style="border-top:6px solid #1f6f43;">
        <tr><td>
        <h2 style="color:#1f6f43;margin:0 0 12px 0;">Bayou City Women's Soccer Club</h2>
        <p>Hi Danielle,</p>
        <p>Thanks for registering for our <b>fall open tryout</b>! You're confirmed:</p>
        <p><b>Saturday, September 12, 2026</b><br>
        Check-in: 8:00 AM &middot; Tryout: 8:30 - 10:30 AM<br>
        Memorial Park, Field 6 (park in the Picnic Loop lot)</p>
        <p>Bring cleats, shin guards, plenty of water, and both a light and a dark shirt. We'll run
        small-sided games, so come warmed up. Coach Inés Ramírez will post team placements by Monday night.</p>
        <p>Questions? Just reply to this email.</p>
        <p>¡Nos vemos en la cancha!<br>BCWSC Board</p>
        <p style="font-size:10px;color:#888;">You're receiving this because you registered at bayoucitywsc.org.
        <a href="https://bayoucitywsc.org/unsubscribe?e=danielle.okafor%40example.org">Unsubscribe</a></p>
        </td></tr></table>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail134-7.atl41.mcdlv.net (mail134-7.atl41.mcdlv.net [198.2.134.7])", "2026-09-08 18:45:00", HOU,
            "c5d6e7f8a9"),
        ("From", addr("BCWSC Tryouts", "tryouts@bayoucitywsc.org")),
        ("To", ME),
        ("Subject", "You're in! Fall tryout - Saturday, Sept 12"),
        ("Date", date_in("2026-09-08 18:45:00", HOU, "UTC")),
        ("Message-ID", "<b6e1c3a0f9d2.8844.20260908234500@mcdlv.net>"),
        ("List-Unsubscribe", "<https://bayoucitywsc.org/unsubscribe?e=danielle.okafor%40example.org>"),
    ]
    return message(headers, html(page, charset="iso-8859-1"))


@mail(N(46), family="bank_appointment", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Microsoft Bookings confirmation from a credit union: 401(k) rollover consultation with a "
           "financial advisor, Wed 21 Oct 4:30-5:15 PM, ICS attached. Same producer and layout as an "
           "interview booking, but a bank appointment.")
def bookings_credit_union() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;color:#323130;font-size:14px;">
        <table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="padding:24px 24px 8px 24px;font-size:20px;font-weight:600;">Your booking is confirmed</td></tr>
        <tr><td style="padding:8px 24px;">Hello Danielle Okafor,</td></tr>
        <tr><td style="padding:8px 24px;">Thank you for booking with Harborline Federal Credit Union - Financial
        Advisors.</td></tr>
        <tr><td style="padding:16px 24px;">
        <table role="presentation" cellpadding="6" cellspacing="0" style="border:1px solid #edebe9;width:100%;">
        <tr><td style="color:#605e5c;width:120px;">Service</td><td>401(k) Rollover Consultation</td></tr>
        <tr><td style="color:#605e5c;">Date and time</td><td>Wednesday, October 21, 2026 4:30 PM - 5:15 PM<br>(UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c;">Staff</td><td>Marcus Lee, Financial Advisor</td></tr>
        <tr><td style="color:#605e5c;">Location</td><td>Clear Lake Branch, 1020 Bay Area Pkwy, Houston, TX 77058</td></tr>
        </table></td></tr>
        <tr><td style="padding:8px 24px;">Please bring a recent statement from your current 401(k) plan and a photo ID.</td></tr>
        <tr><td style="padding:16px 24px;font-size:12px;color:#8a8886;">Federally insured by NCUA. Powered by
        Microsoft Bookings.</td></tr>
        </table>
        </body></html>
        """)
    ics = ical("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %TZ%
        BEGIN:VEVENT
        ORGANIZER;CN=Harborline FCU Financial Advisors:mailto:FinancialAdvisors@harborlinefcu.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Danielle Okafor:mailto:%ME%
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809
        SUMMARY;LANGUAGE=en-US:401(k) Rollover Consultation
        DTSTART;TZID=Central Standard Time:20261021T163000
        DTEND;TZID=Central Standard Time:20261021T171500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261016T140312Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Clear Lake Branch\\, 1020 Bay Area Pkwy\\, Houston\\, TX 77058
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """, "Central Standard Time")
    headers = [
        ("Delivered-To", ME),
        rcv("NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2110.outbound.protection.outlook.com "
            "[40.107.102.110])", "2026-10-16 09:03:12", HOU, "d6e7f8a9b0"),
        ("From", addr("Harborline FCU Financial Advisors", "FinancialAdvisors@harborlinefcu.org")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Booking confirmed: 401(k) Rollover Consultation with Harborline Federal Credit Union"),
        ("Date", date("2026-10-16 09:03:12", HOU)),
        ("Message-ID", "<DM6PR04MB7260B3A1C9E84D2F7A0B5C3E1D968@DM6PR04MB7260.namprd04.prod.outlook.com>"),
    ]
    return message(headers, mixed(html(page), calendar(ics, cte="base64")))


@mail(N(47), family="press_interview", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="A reporter confirms a phone interview with the candidate 'tomorrow (Friday) at 11 a.m.' "
           "for a story on layoffs: a confirmed interview time, but press, not a job interview.")
def journalist_phone_interview() -> bytes:
    body = t("""
        Hi Danielle,

        Thanks so much for agreeing to talk - I know it's a sensitive time. Confirming our phone
        interview tomorrow (Friday) at 11 a.m. I'll call your cell at 713-555-0148; it should take
        about 20 minutes.

        As we discussed, I'll use your name and job title, and nothing about the severance terms
        unless you tell me otherwise. If you have a photo of you at the unit you're comfortable
        sharing, that would be great but no pressure.

        Talk tomorrow,
        Nadia

        Nadia Brooks
        Energy Reporter, Houston Ledger
        713-555-0191 | @nbrooks_ledger

        On Thu, Dec 10, 2026 at 12:40 PM Danielle Okafor <danielle.okafor@example.org> wrote:
        > Hi Nadia, yes, happy to talk for the piece. Tomorrow late morning works.
        > Danielle
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail-houstonledger-com.mail.protection.outlook.com (mail-houstonledger-com.mail.protection.outlook.com "
            "[52.101.11.30])", "2026-12-10 17:12:48", HOU, "e7f8a9b0c1"),
        ("From", addr("Nadia Brooks", "nbrooks@houstonledger.com")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Re: Gulf Coast chemical layoffs story"),
        ("Date", date("2026-12-10 17:12:48", HOU)),
        ("Message-ID", "<PH0PR11MB5095E2C4A7F1D39B0E8C6A2D4F157@PH0PR11MB5095.namprd11.prod.outlook.com>"),
        ("In-Reply-To", "<CAD0k7Vz9Lp2mQ4rS6tU8vW0xY1zA3bC5dE7fG@mail.example.org>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(48), family="rejection", lang="en-US", interview=False, company="Kessler Process Systems",
      note="Personio rejection (base64 text+html, Date in CEST) for a remote role; no interview had "
           "taken place, nothing is scheduled.")
def personio_rejection() -> bytes:
    body = t("""
        Dear Danielle Okafor,

        Thank you very much for your application as Process Engineer (Remote, US) and for the
        interest you have shown in Kessler Process Systems.

        We have now carefully reviewed all applications. Unfortunately, we have to inform you that
        we have decided in favor of other candidates whose profiles more closely match the
        requirements of this position. Please understand that this decision does not reflect on
        your qualifications.

        We would be happy to keep your documents on file for future openings. If you do not
        agree, simply let us know and we will delete your data.

        We wish you all the best for your professional future.

        Kind regards,
        Your Kessler Process Systems HR Team
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
        <p>Dear Danielle Okafor,</p>
        <p>Thank you very much for your application as <b>Process Engineer (Remote, US)</b> and for the interest you
        have shown in Kessler Process Systems.</p>
        <p>We have now carefully reviewed all applications. Unfortunately, we have to inform you that we have decided
        in favor of other candidates whose profiles more closely match the requirements of this position. Please
        understand that this decision does not reflect on your qualifications.</p>
        <p>We would be happy to keep your documents on file for future openings. If you do not agree, simply let us
        know and we will delete your data.</p>
        <p>We wish you all the best for your professional future.</p>
        <p>Kind regards,<br>Your Kessler Process Systems HR Team</p>
        <p style="font-size:11px;color:#999;">Powered by Personio</p>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail-out.personio.de (mail-out.personio.de [185.13.236.22])", "2026-10-09 14:02:19", "Europe/Berlin",
            "f8a9b0c1d2"),
        ("From", addr("Kessler Process Systems", "kessler-process-systems@jobs.personio.de")),
        ("To", addr("Danielle Okafor", ME)),
        ("Subject", "Your application as Process Engineer (Remote, US)"),
        ("Date", date("2026-10-09 14:02:19", "Europe/Berlin")),
        ("Message-ID", "<personio.application.4471209.1791547339@jobs.personio.de>"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(N(49), family="application_ack", lang="en-US", interview=False, company="Helio Thermal",
      note="JOIN 'application sent' receipt; 'they'll contact you directly to arrange next steps, "
           "such as an interview' is hypothetical.")
def join_receipt() -> bytes:
    body = t("""
        Hi Danielle,

        Your application for Process Engineer – Thermal Storage (Remote, US) at Helio Thermal has
        been sent successfully.

        What happens next?
        The Helio Thermal team will review your application. If they're interested, they'll
        contact you directly to arrange next steps, such as an interview.

        You can check the status of your application at any time in your JOIN account:
        https://join.com/candidate/applications

        Good luck!
        Your JOIN Team

        JOIN Solutions AG · Technoparkstrasse 1 · 8005 Zürich · Switzerland
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#1e1e1e;">
        <div style="max-width:560px;margin:0 auto;padding:24px;">
        <p>Hi Danielle,</p>
        <p>Your application for <b>Process Engineer – Thermal Storage (Remote, US)</b> at <b>Helio Thermal</b> has been
        sent successfully.</p>
        <p><b>What happens next?</b><br>The Helio Thermal team will review your application. If they're interested,
        they'll contact you directly to arrange next steps, such as an interview.</p>
        <p><a href="https://join.com/candidate/applications">Check your application status</a></p>
        <p>Good luck!<br>Your JOIN Team</p>
        <p style="font-size:11px;color:#999;">JOIN Solutions AG · Technoparkstrasse 1 · 8005 Zürich · Switzerland</p>
        </div></body></html>
        """)
    headers = [
        ("Delivered-To", ME),
        rcv("mail.join.com (mail.join.com [185.166.140.21])", "2026-09-03 13:17:40", HOU, "a9b0c1d2e3"),
        ("From", addr("Helio Thermal via JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", "Your application to Helio Thermal has been sent"),
        ("Date", date_in("2026-09-03 13:17:40", HOU, "Europe/Zurich")),
        ("Message-ID", "<join.apply.9931884.1788459460@join.com>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(N(50), family="career_coaching", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Calendly confirmation of a paid career-coaching session ('interview prep for panel "
           "interviews'), Tue 15 Sep 6:00-6:45 PM CT: same producer as a screening call, but coaching.")
def calendly_coaching() -> bytes:
    body = t("""
        Hi Danielle Okafor,

        Your Career Strategy Session (45 min) with Tanya Okoro-Hill at 6:00pm (Central Time - US
        & Canada) on Tuesday, September 15, 2026 is scheduled.

        Event Name:
        Career Strategy Session (45 min)

        Date & Time:
        6:00pm - 6:45pm (Central Time - US & Canada) on Tuesday, September 15, 2026

        Location:
        This is a Zoom web conference. You can join this meeting from your computer, tablet, or
        smartphone. https://us02web.zoom.us/j/87714420396

        Invitee Time Zone:
        Central Time - US & Canada

        Questions:
        What would you like to focus on?
          Interview prep for panel interviews (refinery / midstream), and salary negotiation.

        Payment: $180.00 USD

        View event in Calendly: https://calendly.com/events/3e9d7f1a-2b4c-4d5e-8f60-7a1b2c3d4e5f
        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3e9d7f1a-2b4c-4d5e-8f60-7a1b2c3d4e5f
        Reschedule: https://calendly.com/reschedulings/3e9d7f1a-2b4c-4d5e-8f60-7a1b2c3d4e5f

        Powered by Calendly.com
        """)
    subject = "Confirmed: Career Strategy Session (45 min) with Tanya Okoro-Hill on Tuesday, September 15, 2026"
    headers = [
        ("Delivered-To", ME),
        rcv("o1.ptr5521.calendly.com (o1.ptr5521.calendly.com [149.72.170.5])", "2026-09-10 21:30:05", HOU,
            "b0c1d2e3f4"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Tanya Okoro-Hill", "tanya@okorohillcoaching.com")),
        ("To", ME),
        ("Subject", subject),
        ("Date", date_in("2026-09-10 21:30:05", HOU, "UTC")),
        ("Message-ID", "<a1f2e3d4-5b6c-4d7e-8f90-1a2b3c4d5e6f@calendly.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))
