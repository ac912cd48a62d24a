"""blind103: a blind 50-mail set, the inbox of Priya Sandhu, geospatial data engineer in Calgary.

Hand-written mails, one function per mail, registered into ``make.REGISTRY["blind103"]``.
Build and check: ``python3 bench/heldout/make_blind.py blind103``.
Written without reading the detector, its tests, or any other held-out set's mails.
"""

from __future__ import annotations

import hashlib
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
)

ORDER = random.Random(1030103).sample(range(1, 51), 50)
ME = "priya.sandhu@example.org"
TO = "Priya Sandhu <priya.sandhu@example.org>"
YYC = "America/Edmonton"


def n(key: int) -> str:
    """File name of the mail written key-th (1-23 positives, 24-50 negatives)."""
    return f"blind103_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, relay: str,
         extra: list[tuple[str, str]] | tuple = (), to: str = TO, lag: int = 4) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    ident = "mx2.example.org with ESMTPS id " + hashlib.sha1(mid.encode(), usedforsecurity=False).hexdigest()[:12].upper()
    return [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, ident, ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


VTZ_EDMONTON = """BEGIN:VTIMEZONE
TZID:America/Edmonton
X-LIC-LOCATION:America/Edmonton
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

VTZ_TORONTO = VTZ["America/New_York"].replace("America/New_York", "America/Toronto")

VTZ_VANCOUVER = """BEGIN:VTIMEZONE
TZID:America/Vancouver
X-LIC-LOCATION:America/Vancouver
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

VTZ_PACIFIC_WIN = """BEGIN:VTIMEZONE
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


# =========================================================================== positives: scheduled


@make.mail(n(1), family="greenhouse", lang="en-CA", interview=True, kind="scheduled",
           start="2026-09-15T16:00:00Z", end="2026-09-15T16:45:00Z",
           contact="dana.whitford@larchmontenergy.ca", company="Larchmont Energy",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=YYC,
           note="Greenhouse confirmation from a Calgary energy company; 10:00-10:45 AM MDT (UTC-6 in "
                "September) -> 16:00-16:45Z. Contact = human Reply-To (the recruiter); From is no-reply.")
def larchmont_screen() -> bytes:
    body = t("""
        Hi Priya,

        Thanks for making time for us! This email confirms your upcoming interview for the
        Senior Geospatial Data Engineer role at Larchmont Energy.

        Interview: Technical Screen
        Interviewer: Owen Pelletier (Manager, Subsurface Data & Analytics)
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM MDT
        Location: Microsoft Teams (the join link will arrive in a separate calendar invitation)

        Owen will walk through your experience with spatial databases and ask a couple of
        questions about raster/vector pipelines. No preparation needed beyond that.

        If you need to reschedule, just reply to this email and it will reach me.

        Best regards,
        Dana Whitford
        Talent Acquisition | Larchmont Energy
        Suite 2100, 355 4 Ave SW, Calgary AB
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Priya,</p>
        <p>Thanks for making time for us! This email confirms your upcoming interview for the
        <b>Senior Geospatial Data Engineer</b> role at Larchmont Energy.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Technical Screen</td></tr>
        <tr><td><b>Interviewer</b></td><td>Owen Pelletier (Manager, Subsurface Data &amp; Analytics)</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM MDT</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams (the join link will arrive in a separate calendar invitation)</td></tr>
        </table>
        <p>Owen will walk through your experience with spatial databases and ask a couple of
        questions about raster/vector pipelines. No preparation needed beyond that.</p>
        <p>If you need to reschedule, just reply to this email and it will reach me.</p>
        <p>Best regards,<br>Dana Whitford<br>Talent Acquisition | Larchmont Energy<br>
        Suite 2100, 355 4 Ave SW, Calgary AB</p>
        <img src="https://app.greenhouse.io/email_open/6c1e0b7a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head("Larchmont Energy <no-reply@greenhouse.io>",
              "Interview Confirmation: Senior Geospatial Data Engineer at Larchmont Energy",
              "2026-09-09 14:12:31", YYC,
              "<Qn7xVb2kR0eWm9a1sT4yHg@geopod-ismtpd-5-11>",
              "from o3.sgmail.greenhouse.io (o3.sgmail.greenhouse.io [167.89.101.44])",
              [("Reply-To", "Dana Whitford <dana.whitford@larchmontenergy.ca>"),
               ("X-SG-EID", "u001.Zk3bQ0ZyXb7wq9kG1A")])
    return message(hs, alt(text(body), html(page)))


@make.mail(n(2), family="human_prose", lang="en-CA", interview=True, kind="scheduled",
           start="2026-09-11T20:00:00Z", end=None,
           contact="marcus@bowrivertalent.ca", company="Quillfeather Pipelines",
           local="Fri 2026-09-11 14:00", zone=YYC,
           note="Agency recruiter, phone-written: 'tomorrow (Fri) at 2pm' against Date Thu 10 Sep 09:12 MDT "
                "-> Fri 11 Sep 14:00 MDT = 20:00Z. '30 min-ish' is approximate -> end null. Company = the "
                "client (hiring company), not the agency. Contact = the recruiter who sent it.")
def bowriver_phone_screen() -> bytes:
    body = t("""
        Hi Priya - great chatting yesterday. Spoke to Heather at Quillfeather this morning and shes
        locked in for tomorrow (Fri) at 2pm for the phone screen. She'll call your cell, the 403-555-0148
        number. 30 min-ish, mostly about the PODS migration and how you'd handle the ArcGIS -> PostGIS move.

        If anything changes just text me. Good luck!!

        Marcus

        Sent from my iPhone

        > On Sep 9, 2026, at 5:31 PM, Priya Sandhu <priya.sandhu@example.org> wrote:
        >
        > Hi Marcus, thanks for the call. Thursday or Friday afternoon both work for a first chat
        > with Quillfeather. Resume attached again just in case.
        >
        > Priya
        """)
    hs = head("Marcus Oyelaran <marcus@bowrivertalent.ca>",
              "Re: Quillfeather - GIS Data Engineer (12 mo contract)",
              "2026-09-10 09:12:44", YYC,
              "<8F2C41D7-3B1A-4E0C-9A55-7D2E61C0B9F3@bowrivertalent.ca>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              [("In-Reply-To", "<CAP9x2yq7Hh1QY4@mail.example.org>"),
               ("References", "<CAP9x2yq7Hh1QY4@mail.example.org>"),
               ("X-Mailer", "iPhone Mail (22A3354)")])
    return message(hs, text(body, cte="7bit"))


@make.mail(n(3), family="lever", lang="en-CA", interview=True, kind="scheduled",
           start="2026-09-23T20:00:00Z", end="2026-09-23T21:00:00Z",
           contact="amrit.gill@fernglass.ca", company="Fernglass Spatial",
           local="Wed 2026-09-23 13:00", local_end="2026-09-23 14:00", zone="America/Vancouver",
           note="Lever confirmation from a Vancouver company: 1:00-2:00 PM PDT (UTC-7) -> 20:00-21:00Z; the "
                "HTML also gives 2:00-3:00 PM Mountain for the candidate, same instant. Contact = Reply-To.")
def fernglass_lever() -> bytes:
    body = t("""
        Hi Priya,

        Your interview with Fernglass Spatial has been scheduled. Here are the details:

        Senior Data Engineer, Geospatial Platform - Hiring Manager Interview
        Wednesday, September 23, 2026
        1:00 PM - 2:00 PM Pacific Time (PDT)
        (2:00 PM - 3:00 PM in Calgary)

        You'll be meeting with:
        - Amrit Gill, Engineering Manager

        Location: Google Meet - https://meet.google.com/fgs-qwpk-tzb

        Reply to this email if you have any questions.

        Fernglass Spatial Talent Team

        ---
        Sent via Lever. Fernglass Spatial, 401 W Georgia St, Vancouver BC
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:24px;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <p>Hi Priya,</p>
        <p>Your interview with Fernglass Spatial has been scheduled. Here are the details:</p>
        <div style="border-left:3px solid #3a7bd5;padding-left:12px">
        <p style="margin:0"><strong>Senior Data Engineer, Geospatial Platform &ndash; Hiring Manager Interview</strong></p>
        <p style="margin:0">Wednesday, September 23, 2026</p>
        <p style="margin:0">1:00 PM &ndash; 2:00 PM Pacific Time (PDT)</p>
        <p style="margin:0;color:#777">(2:00 PM &ndash; 3:00 PM in Calgary)</p>
        </div>
        <p>You'll be meeting with:</p>
        <ul><li>Amrit Gill, Engineering Manager</li></ul>
        <p>Location: <a href="https://meet.google.com/fgs-qwpk-tzb">Google Meet</a></p>
        <p>Reply to this email if you have any questions.</p>
        <p>Fernglass Spatial Talent Team</p>
        <hr><p style="font-size:11px;color:#999">Sent via Lever. Fernglass Spatial, 401 W Georgia St, Vancouver BC</p>
        </div></body></html>
        """)
    hs = head("Fernglass Spatial <no-reply@hire.lever.co>",
              "Interview confirmed: Senior Data Engineer, Geospatial Platform",
              "2026-09-17 10:03:12", "America/Vancouver",
              "<0100019a1f3e7c2b-5d6e1a90-44f1-4c1b-9a0e-2f7b9c3d8e11-000000@email.amazonses.com>",
              "from a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [54.240.48.110])",
              [("Reply-To", "Amrit Gill <amrit.gill@fernglass.ca>")])
    return message(hs, alt(text(body), html(page)))


@make.mail(n(4), family="ashby", lang="en-US", interview=True, kind="scheduled",
           start="2026-10-01T15:30:00Z", end="2026-10-01T16:15:00Z",
           contact="noa@meridianloop.io", company="Meridian Loop",
           local="Thu 2026-10-01 11:30", local_end="2026-10-01 12:15", zone="America/New_York",
           note="Ashby, remote US startup writing in Eastern time: 11:30 AM-12:15 PM EDT (UTC-4) -> "
                "15:30-16:15Z; ICS in America/New_York agrees. Base64 bodies. Contact = Reply-To / ORGANIZER.")
def meridian_ashby() -> bytes:
    body = t("""
        Hi Priya,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 1, 2026
        11:30 AM - 12:15 PM EDT
        Zoom: https://meridianloop.zoom.us/j/83310472295

        You'll meet with:
          Jonah Whitcombe - Staff Engineer, Routing
          Noa Feldman - Recruiting Lead

        Questions? Just reply and it will reach Noa Feldman.

        Thanks,
        Meridian Loop Recruiting
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1b1b1f">
        <p>Hi Priya,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><b>Thursday, October 1, 2026</b><br>11:30 AM &ndash; 12:15 PM EDT<br>
        Zoom: <a href="https://meridianloop.zoom.us/j/83310472295">meridianloop.zoom.us/j/83310472295</a></p>
        <p>You'll meet with:<br>&nbsp;&nbsp;Jonah Whitcombe &mdash; Staff Engineer, Routing<br>
        &nbsp;&nbsp;Noa Feldman &mdash; Recruiting Lead</p>
        <p>Questions? Just reply and it will reach Noa Feldman.</p>
        <p>Thanks,<br>Meridian Loop Recruiting</p>
        <p style="font-size:11px;color:#8a8a8a">Powered by Ashby</p>
        </body></html>
        """)
    ics = VTZ["America/New_York"].join(["""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:ashby-7f0c2d1e-90b4-4e4f-8a77-1c5a2b6e3d90
DTSTAMP:20260925T192011Z
DTSTART;TZID=America/New_York:20261001T113000
DTEND;TZID=America/New_York:20261001T121500
SEQUENCE:0
SUMMARY:Meridian Loop - Priya Sandhu - Technical Interview
LOCATION:https://meridianloop.zoom.us/j/83310472295
ORGANIZER;CN=Noa Feldman:mailto:noa@meridianloop.io
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    hs = head("Meridian Loop <no-reply@ashbyhq.com>",
              "Interview confirmed: Senior Data Engineer (Routing & Maps) at Meridian Loop",
              "2026-09-25 15:20:11", "America/New_York",
              "<010001923ab7d4e2-9b1c7e22-5f0a-4d3b-8c61-0e4f2a9b7d35-000000@email.amazonses.com>",
              "from a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])",
              [("Reply-To", "Noa Feldman <noa@meridianloop.io>")])
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(n(5), family="human_prose", lang="en-CA", interview=True, kind="scheduled",
           start="2026-10-05T15:30:00Z", end="2026-10-05T16:30:00Z",
           contact="theo@sprucegrid.ai", company="Sprucegrid Analytics",
           local="Mon 2026-10-05 09:30", local_end="2026-10-05 10:30", zone=YYC,
           note="Edmonton startup founder, late-night mail Wed 30 Sep 21:47 MDT: 'Monday at 9:30' -> Mon 5 Oct "
                "09:30 MDT (both on Mountain time) = 15:30Z; 'it'll be an hour' is an exact length -> end "
                "16:30Z. Contact = the founder (sender).")
def sprucegrid_founder() -> bytes:
    body = t("""
        Hey Priya,

        Sorry for the late reply, fundraising week. Loved your write-up on the LiDAR tiling
        pipeline, that's pretty much the exact problem we're stuck on.

        Let's do the technical deep-dive Monday at 9:30 (we're both on Mountain so no maths
        needed). I've put it in my calendar and sent you a Meet link: meet.google.com/spg-hxne-rvd
        It'll be an hour, me and Wren (our CTO). Bring whatever you like to screen-share,
        no whiteboard puzzles I promise.

        Cheers,
        Theo

        --
        Theo Lachance | Co-founder & CEO, Sprucegrid Analytics
        10155 102 St NW, Edmonton | sprucegrid.ai
        """)
    hs = head("Theo Lachance <theo@sprucegrid.ai>",
              "Re: Sprucegrid - next step",
              "2026-09-30 21:47:05", YYC,
              "<CAJh4kQ2vR8pXm1nZt5_wE3bYc7uL0dF9sGa6@mail.gmail.com>",
              "from mail-yw1-f172.google.com (mail-yw1-f172.google.com [209.85.128.172])",
              [("In-Reply-To", "<CAP9x2yq8Rr2ZW@mail.example.org>"),
               ("References", "<CAP9x2yq8Rr2ZW@mail.example.org>")])
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@make.mail(n(6), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
           start="2026-10-06T14:00:00Z", end="2026-10-06T15:00:00Z",
           contact="lauren.pruitt@brazossubsurface.com", company="Brazos Subsurface",
           local="Tue 2026-10-06 09:00", local_end="2026-10-06 10:00", zone="America/Chicago",
           note="SmartRecruiters, Houston employer, HTML only: 9:00 AM CDT (UTC-5), 'Duration: 60 minutes' -> "
                "14:00-15:00Z (8:00 AM in Calgary). Contact = coordinator address written in the body.")
def brazos_smartrecruiters() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/brazos.png" alt="Brazos Subsurface" height="40">
        <p>Dear Priya,</p>
        <p>We are pleased to confirm your interview for the position <b>Geospatial Data Engineer (Req 4471)</b>.</p>
        <p><b>Date:</b> Tuesday, October 6, 2026<br>
        <b>Time:</b> 9:00 AM Central Daylight Time (CDT)<br>
        <b>Duration:</b> 60 minutes<br>
        <b>Format:</b> Video interview (Microsoft Teams &ndash; link to follow from the interviewer)<br>
        <b>Interviewers:</b> Cole Ridley (Director, Seismic Data), Dr. Anjali Menon (Lead Geophysicist)</p>
        <p>Should you have any questions please contact Lauren Pruitt, Recruiting Coordinator, at
        <a href="mailto:lauren.pruitt@brazossubsurface.com">lauren.pruitt@brazossubsurface.com</a>.</p>
        <p>Kind regards,<br>Brazos Subsurface Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This message was sent to priya.sandhu@example.org by SmartRecruiters
        on behalf of Brazos Subsurface. Please do not reply directly to this email.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Brazos Subsurface <noreply@smartrecruiters.com>",
              "Interview confirmation - Geospatial Data Engineer",
              "2026-09-30 08:41:57", "America/Chicago",
              "<20260930134157.4b2e1f0c9a7d@smartrecruiters.com>",
              "from mail196-12.suw41.mandrillapp.com (mail196-12.suw41.mandrillapp.com [198.2.196.12])")
    return message(hs, html(page))


@make.mail(n(7), family="exchange_outlook", lang="en-CA", interview=True, kind="scheduled",
           start="2026-10-08T19:30:00Z", end="2026-10-08T20:30:00Z",
           contact="kelsey.dubois@elbowvalleyhealth.ca", company="Elbow Valley Health",
           local="Thu 2026-10-08 13:30", local_end="2026-10-08 14:30", zone=YYC,
           note="Hospital IT department, Outlook HTML only (windows-1252). The 'When:' line shows the "
                "Windows display name '(UTC-07:00) Mountain Time (US & Canada)' although Calgary is on MDT "
                "(UTC-6) in October: 1:30-2:30 PM MDT -> 19:30-20:30Z. Contact = HR sender.")
def elbow_valley_health() -> bytes:
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>
        </head><body lang="EN-CA" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Good morning Priya,</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">On behalf of the hiring panel for Information Technology Services, I\u2019m pleased to
        confirm your interview for the <b>Senior Analyst, Geospatial &amp; Clinical Data</b> position
        (competition EVH-2026-0913).</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>When:</b> Thursday, October 8, 2026 1:30 PM-2:30 PM (UTC-07:00) Mountain Time (US &amp; Canada)</p>
        <p class="MsoNormal"><b>Where:</b> Microsoft Teams Meeting</p>
        <p class="MsoNormal"><b>Panel:</b> Raj Bhattacharya (Manager, Data Platforms), Shauna Kowalchuk (Emergency
        Services Planning), Kelsey Dubois (HR Business Partner)</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">The panel will ask behavioural and technical questions; there is no presentation.
        Please have a piece of government-issued photo ID ready to show on camera.</p>
        <p class="MsoNormal">&nbsp;</p>
        <div style="border-top:solid #D9D9D9 1.0pt;padding:6pt 0cm 0cm 0cm">
        <p class="MsoNormal"><span style="font-size:18.0pt;color:#252424">Microsoft Teams meeting</span></p>
        <p class="MsoNormal"><b>Join on your computer, mobile app or room device</b></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA1ZGQ3">Click here to join the meeting</a></p>
        <p class="MsoNormal">Meeting ID: 274 118 905 326<br>Passcode: Xr7tQ2</p>
        <p class="MsoNormal"><b>Or call in (audio only)</b><br>+1 587-555-0190,,611204587# Canada, Calgary</p>
        </div>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Kind regards,</p>
        <p class="MsoNormal">Kelsey Dubois<br>HR Business Partner, IT Services<br>Elbow Valley Health<br>
        T: 403-555-0122</p>
        <p class="MsoNormal" style="font-size:8pt;color:gray">This e-mail and any attachments may contain
        confidential information and are intended only for the addressee.</p>
        </div></body></html>
        """)
    hs = head("Kelsey Dubois <kelsey.dubois@elbowvalleyhealth.ca>",
              "Interview - Senior Analyst, Geospatial & Clinical Data (EVH-2026-0913)",
              "2026-10-02 11:05:40", YYC,
              "<YT3PR01MB6412C0E9A1F44B7D2E90C5A1B8D2A@YT3PR01MB6412.CANPRD01.PROD.OUTLOOK.COM>",
              "from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2107.outbound.protection."
              "outlook.com [40.107.115.107])",
              [("Thread-Topic", "Interview - Senior Analyst, Geospatial & Clinical Data (EVH-2026-0913)"),
               ("Thread-Index", "AdtUo2kPq1W9vZ8hT+Gm3y0s0bQ4xA=="),
               ("Content-Language", "en-CA"),
               ("X-MS-Has-Attach", ""),
               ("X-MS-Exchange-Organization-AuthAs", "Internal")])
    return message(hs, html(page.replace("\\u2019", "\u2019"), charset="windows-1252"))


@make.mail(n(8), family="calendly", lang="en-US", interview=True, kind="scheduled",
           start="2026-10-19T16:30:00Z", end="2026-10-19T17:00:00Z",
           contact="ryan.kowalczyk@frontrangegeodata.com", company="Front Range Geodata",
           local="Mon 2026-10-19 10:30", local_end="2026-10-19 11:00", zone="America/Denver",
           note="Calendly invitee confirmation (candidate booked the Denver recruiter's link): 10:30-11:00am "
                "'Mountain Time - US & Canada' (MDT, UTC-6) -> 16:30-17:00Z; ICS in UTC agrees. Contact = "
                "the host via Reply-To / ORGANIZER; From is notifications@calendly.com.")
def frontrange_calendly() -> bytes:
    body = t("""
        Hi Priya Sandhu,

        Your event has been scheduled.

        Event Type:
        Recruiter Screen - Front Range Geodata (30 min)

        Invitee:
        Priya Sandhu

        Invitee Email:
        priya.sandhu@example.org

        Event Date/Time:
        10:30am - 11:00am (Mountain Time - US & Canada) on Monday, October 19, 2026

        Location:
        This is a Zoom web conference. https://frontrangegeodata.zoom.us/j/91827364501

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c1f9a2e-d0b4-4b6b-9e31-51a2d8f0c6aa
        Reschedule: https://calendly.com/reschedulings/7c1f9a2e-d0b4-4b6b-9e31-51a2d8f0c6aa

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7c1f9a2e-d0b4-4b6b-9e31-51a2d8f0c6aa@calendly.com
DTSTAMP:20261014012200Z
DTSTART:20261019T163000Z
DTEND:20261019T170000Z
SUMMARY:Recruiter Screen - Front Range Geodata (Priya Sandhu)
LOCATION:https://frontrangegeodata.zoom.us/j/91827364501
ORGANIZER;CN=Ryan Kowalczyk:mailto:ryan.kowalczyk@frontrangegeodata.com
ATTENDEE;CN=Priya Sandhu;PARTSTAT=ACCEPTED:mailto:priya.sandhu@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Recruiter Screen - Front Range Geodata (30 min) with Ryan Kowalczyk on "
              "Monday, October 19, 2026",
              "2026-10-13 19:22:00", YYC,
              "<6a2f0e9d1c4b.20261014012200.calendly-mailer-4@calendly.com>",
              "from o11.email.calendly.com (o11.email.calendly.com [167.89.35.17])",
              [("Reply-To", "Ryan Kowalczyk <ryan.kowalczyk@frontrangegeodata.com>")])
    return message(hs, mixed(alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div>'))),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(n(9), family="human_prose", lang="fr-CA", interview=True, kind="scheduled",
           start="2026-10-20T17:00:00Z", end="2026-10-20T18:30:00Z",
           contact="genevieve.ouellet@acgc-cgca.ca", company="Agence canadienne de géomatique côtière",
           local="Tue 2026-10-20 13:00", local_end="2026-10-20 14:30", zone="America/Toronto",
           note="Canadian French convocation from a (fictional) federal agency in Ottawa: 'le mardi 20 octobre "
                "2026, de 13 h à 14 h 30 (heure de l'Est)' = EDT (UTC-4) -> 17:00-18:30Z; the mail also gives "
                "11 h à 12 h 30 heure des Rocheuses, same instant. Asks to confirm attendance, but date, time, "
                "length and panel are fixed -> scheduled. ISO-8859-15 QP, RFC 2047 From and Subject.")
def acgc_convocation() -> bytes:
    body = t("""
        Bonjour Madame Sandhu,

        À la suite de l'examen écrit, nous avons le plaisir de vous convoquer à une entrevue dans
        le cadre du processus de sélection 26-ACGC-EA-0412 (Ingénieure ou ingénieur de données
        géospatiales, EC-05).

        Date : le mardi 20 octobre 2026
        Heure : de 13 h à 14 h 30 (heure de l'Est), soit de 11 h à 12 h 30 heure des Rocheuses
        Durée : 90 minutes
        Mode : vidéoconférence (Microsoft Teams); le lien vous sera transmis la veille
        Comité : Marc-André Tremblay (gestionnaire), Aisha Karimi (analyste principale),
                 Geneviève Ouellet (conseillère en ressources humaines)

        L'entrevue se déroulera dans la langue officielle de votre choix. Veuillez nous indiquer
        d'ici le vendredi 16 octobre si vous avez besoin de mesures d'adaptation.

        Veuillez confirmer votre présence en répondant à ce courriel.

        Cordialement,

        Geneviève Ouellet
        Conseillère en ressources humaines
        Agence canadienne de géomatique côtière
        Gouvernement du Canada
        genevieve.ouellet@acgc-cgca.ca | 613-555-0174
        """)
    hs = head(addr("Geneviève Ouellet", "genevieve.ouellet@acgc-cgca.ca", "iso-8859-15"),
              "Convocation à une entrevue - processus 26-ACGC-EA-0412",
              "2026-10-14 09:30:18", "America/Toronto",
              "<YQBPR0101MB7719A3E2C15F9D6B0A8E2C94D1F0A@YQBPR0101MB7719.CANPRD01.PROD.OUTLOOK.COM>",
              "from CAN01-YQB-obe.outbound.protection.outlook.com (mail-yqbcan01on2118.outbound.protection."
              "outlook.com [40.107.116.118])",
              [("Content-Language", "fr-CA"), ("Accept-Language", "fr-CA, en-CA")])
    hs[4] = ("Subject", make.enc("Convocation à une entrevue - processus 26-ACGC-EA-0412", "iso-8859-15"))
    return message(hs, text(body, charset="iso-8859-15"))


@make.mail(n(10), family="zoom", lang="en-CA", interview=True, kind="scheduled",
           start="2026-10-22T20:00:00Z", end=None,
           contact="tara.mcewan@aspenparkland.ca", company="Aspen Parkland Survey",
           local="Thu 2026-10-22 14:00", zone=YYC,
           note="Edmonton recruiter pasting a Zoom invitation: 'Time: Oct 22, 2026 02:00 PM Mountain Time (US "
                "and Canada)', Thursday in the prose; MDT (UTC-6) -> 20:00Z. No length given -> end null. "
                "Plain text only.")
def aspen_zoom() -> bytes:
    body = t("""
        Hi Priya,

        As discussed, here's the Zoom info for Thursday's interview with Gord (our GIS Manager)
        and me. Plan on talking through the parcel fabric project you mentioned.

        Tara McEwan is inviting you to a scheduled Zoom meeting.

        Topic: Interview - Priya Sandhu / GIS Data Engineer
        Time: Oct 22, 2026 02:00 PM Mountain Time (US and Canada)

        Join Zoom Meeting
        https://aspenparkland.zoom.us/j/86620314471?pwd=Qm9wT0xkZk5sR2h2dWlYc1E4dz09

        Meeting ID: 866 2031 4471
        Passcode: 504219

        ---

        One tap mobile
        +15873281099,,86620314471#,,,,*504219# Canada
        +16473744685,,86620314471#,,,,*504219# Canada

        Talk soon,
        Tara

        Tara McEwan, CHRP
        People & Culture Lead | Aspen Parkland Survey Ltd.
        tara.mcewan@aspenparkland.ca | 780-555-0136
        """)
    hs = head("Tara McEwan <tara.mcewan@aspenparkland.ca>",
              "Interview Thursday - Zoom details",
              "2026-10-16 15:48:02", YYC,
              "<BN0PR11MB57302F1E8A7C4D9C0B6A1E2FD47C2@BN0PR11MB5730.namprd11.prod.outlook.com>",
              "from NAM11-BN0-obe.outbound.protection.outlook.com (mail-bn0nam11on2091.outbound.protection."
              "outlook.com [40.107.238.91])")
    return message(hs, text(body, cte="7bit"))


@make.mail(n(11), family="google_calendar", lang="en-CA", interview=True, kind="scheduled",
           start="2026-10-28T16:00:00Z", end="2026-10-28T17:15:00Z",
           contact="simone.achterberg@harbourline.ca", company="Harbourline Mobility",
           local="Wed 2026-10-28 12:00", local_end="2026-10-28 13:15", zone="America/Toronto",
           note="Google Calendar invitation from a Toronto organizer, shown in 'Eastern Time - Toronto': "
                "12pm-1:15pm EDT (UTC-4, still daylight time on 28 Oct) -> 16:00-17:15Z; ICS TZID "
                "America/Toronto agrees. Contact = ORGANIZER (recruiter).")
def harbourline_gcal() -> bytes:
    body = t("""
        You have been invited to the following event.

        Priya Sandhu <> Harbourline - Technical interview
        When
        Wednesday Oct 28, 2026 12pm - 1:15pm (EDT)
        Eastern Time - Toronto

        Joining info
        Join with Google Meet
        meet.google.com/hbl-umrz-kqa

        Calendar
        priya.sandhu@example.org

        Who
        Simone Achterberg - organizer
        Mateo Vasquez
        priya.sandhu@example.org

        Hi Priya - 75 minutes: 15 min intro, 45 min live SQL/PostGIS exercise, 15 min for your questions.

        View all event details: https://calendar.google.com/calendar/event?action=VIEW&eid=aGJsMjZ0ZWNo

        Reply for priya.sandhu@example.org
        Yes | No | Maybe | More options

        Invitation from Google Calendar
        You are receiving this courtesy email at the account priya.sandhu@example.org because you are an
        attendee of this event.
        """)
    ics = VTZ_TORONTO.join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261028T120000
DTEND;TZID=America/Toronto:20261028T131500
DTSTAMP:20261021141409Z
ORGANIZER;CN=Simone Achterberg:mailto:simone.achterberg@harbourline.ca
UID:1b7k3q9vht2m0c8d4r6s5p1n0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.sandhu@example.org;X-NUM-GUESTS=0:mailto:priya.sandhu@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mateo Vasquez;X-NUM-GUESTS=0:mailto:mateo.vasquez@harbourline.ca
X-GOOGLE-CONFERENCE:https://meet.google.com/hbl-umrz-kqa
CREATED:20261021141408Z
DESCRIPTION:Hi Priya - 75 minutes: 15 min intro\\, 45 min live SQL/PostGIS exercise\\, 15 min for your questions.
LAST-MODIFIED:20261021141408Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya Sandhu <> Harbourline - Technical interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""])
    hs = head("Simone Achterberg <simone.achterberg@harbourline.ca>",
              "Invitation: Priya Sandhu <> Harbourline - Technical interview @ Wed Oct 28, 2026 12pm - 1:15pm "
              "(EDT) (priya.sandhu@example.org)",
              "2026-10-21 10:14:09", "America/Toronto",
              "<calendar-2c6e1f04-5a9b-4d1e-b0c7-93f8a6d2e411@google.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              [("Reply-To", "Simone Achterberg <simone.achterberg@harbourline.ca>"),
               ("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), html(gmail_html(body)),
                                 calendar(ics, charset="UTF-8")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(n(12), family="exchange_outlook", lang="en-US", interview=True, kind="scheduled",
           start="2026-11-03T16:00:00Z", end="2026-11-03T17:00:00Z",
           contact="wade.thibodeaux@corriganbayou.com", company="Corrigan Bayou Energy",
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone="America/Chicago",
           note="Exchange meeting request from Houston, sent Thu 29 Oct in CDT; interview Tue 3 Nov 10-11 AM "
                "Central, after the 1 Nov fall-back -> CST (UTC-6) -> 16:00-17:00Z (9 AM MST in Calgary, as "
                "the note says). ICS TZID 'Central Standard Time'. Contact = organizer.")
def corrigan_exchange() -> bytes:
    body = t("""
        When: Tuesday, November 3, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Priya,

        Confirming your interview with our Pipeline Integrity GIS team. Heads up that it's 10:00 Central,
        which is 9:00 your time in Calgary once both our clocks fall back this Sunday.

        Panel: Wade Thibodeaux (GIS Supervisor), Marisol Vega (Integrity Engineer).

        Thanks,
        Wade

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Jl>
        Meeting ID: 219 770 341 812
        Passcode: pB5wR9
        ________________________________________________________________________________
        """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "<p>&nbsp;</p>"
        for line in body.replace("&", "&amp;").replace("<https", "&lt;https").replace("Y2Jl>", "Y2Jl&gt;")
        .split("\n")) + "</body></html>\n"
    ics = VTZ["Central Standard Time"].join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Wade Thibodeaux:mailto:wade.thibodeaux@corriganbayou.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Sandhu:mailto:priya.sandhu@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Vega:mailto:marisol.vega@corriganbayou.com
SUMMARY;LANGUAGE=en-US:Interview: Priya Sandhu - GIS Data Engineer (Pipeline Integrity)
DTSTART;TZID=Central Standard Time:20261103T100000
DTEND;TZID=Central Standard Time:20261103T110000
UID:040000008200E00074C5B7101A82E00800000000B0C4A1F2E06CDB01000000000000000010000000C1E5D8A2
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029212000Z
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
END:VCALENDAR"""])
    hs = head("Wade Thibodeaux <wade.thibodeaux@corriganbayou.com>",
              "Interview: Priya Sandhu - GIS Data Engineer (Pipeline Integrity)",
              "2026-10-29 16:20:33", "America/Chicago",
              "<SA1PR04MB8820B7D4F2A9C61E3D0F5B18AE4C1@SA1PR04MB8820.namprd04.prod.outlook.com>",
              "from NAM04-SA1-obe.outbound.protection.outlook.com (mail-sa1nam04on2120.outbound.protection."
              "outlook.com [40.107.97.120])",
              [("Thread-Topic", "Interview: Priya Sandhu - GIS Data Engineer (Pipeline Integrity)"),
               ("Thread-Index", "AdtKp9Wm8yM2x1QbS0a7LtG0cQ3e9w=="),
               ("Content-Language", "en-US"),
               ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(n(13), family="microsoft_bookings", lang="en-CA", interview=True, kind="scheduled",
           start="2026-11-05T16:00:00Z", end="2026-11-05T16:45:00Z",
           contact=None, company="Northern Lights Utilities",
           local="Thu 2026-11-05 09:00", local_end="2026-11-05 09:45", zone=YYC,
           note="Microsoft Bookings confirmation sent Fri 30 Oct (MDT) for Thu 5 Nov 9:00 AM '(UTC-07:00) "
                "Mountain Time (US & Canada)', which is now right: MST after 1 Nov -> 16:00Z; '45 minutes' -> "
                "end 16:45Z. Only a Bookings mailbox and a staff name -> contact null.")
def nlu_bookings() -> bytes:
    body = t("""
        Hi Priya Sandhu,

        Your booking is confirmed.

        Panel interview - GIS Data Engineer
        Thursday, November 5, 2026
        9:00 AM (UTC-07:00) Mountain Time (US & Canada)
        45 minutes

        Staff: Brenda Kowalski

        Join your appointment
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGE0Yzk5

        Please join 5 minutes early. Need to make changes? Manage your booking:
        https://outlook.office365.com/owa/calendar/InterviewBookings@nlutilities.ca/bookings/

        Northern Lights Utilities - Talent Acquisition
        10423 101 St NW, Edmonton, AB
        """)
    page = t("""
        <html><body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#242424">
        <p>Hi Priya Sandhu,</p>
        <p style="font-size:20px">Your booking is confirmed.</p>
        <table style="border:1px solid #e1e1e1;padding:12px">
        <tr><td><b>Panel interview - GIS Data Engineer</b></td></tr>
        <tr><td>Thursday, November 5, 2026</td></tr>
        <tr><td>9:00 AM (UTC-07:00) Mountain Time (US &amp; Canada)</td></tr>
        <tr><td>45 minutes</td></tr>
        <tr><td>Staff: Brenda Kowalski</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGE0Yzk5">Join your appointment</a></p>
        <p>Please join 5 minutes early. Need to make changes?
        <a href="https://outlook.office365.com/owa/calendar/InterviewBookings@nlutilities.ca/bookings/">Manage your booking</a></p>
        <p>Northern Lights Utilities &ndash; Talent Acquisition<br>10423 101 St NW, Edmonton, AB</p>
        </body></html>
        """)
    hs = head("Northern Lights Utilities Talent Acquisition <InterviewBookings@nlutilities.ca>",
              "Booking confirmed: Panel interview - GIS Data Engineer",
              "2026-10-30 13:02:47", YYC,
              "<YT2PR01MB93308E1B4C7F2A6D0C9E3B55F2A1D@YT2PR01MB9330.CANPRD01.PROD.OUTLOOK.COM>",
              "from CAN01-YT2-obe.outbound.protection.outlook.com (mail-yt2can01on2100.outbound.protection."
              "outlook.com [40.107.114.100])",
              [("X-MS-Exchange-Organization-BookingsMailbox", "True")])
    return message(hs, alt(text(body), html(page)))


@make.mail(n(14), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start="2026-11-10T16:00:00Z", end="2026-11-10T16:45:00Z",
           contact="elin.bergqvist@lumennorth.se", company="Lumen North",
           local="Tue 2026-11-10 17:00", local_end="2026-11-10 17:45", zone="Europe/Stockholm",
           note="Teamtailor booking from a Stockholm company hiring remote: the body gives NO time ('the time "
                "and video link are in the attached invitation'); the ICS says 17:00-17:45 Europe/Stockholm "
                "(CET, UTC+1) -> 16:00-16:45Z = 9:00 MST in Calgary. Contact = human Reply-To.")
def lumen_teamtailor() -> bytes:
    body = t("""
        Hi Priya!

        Thanks for picking a time. Your interview with Lumen North for the role Data Engineer,
        Earth Observation (remote, Americas) is now booked.

        You'll find the time and the video link in the attached calendar invitation - add it to
        your calendar so it shows up in your own time zone.

        You'll meet Elin (Talent Partner) and Jakob (Team Lead, Ingestion).

        Talk soon!
        Elin Bergqvist
        Talent Partner, Lumen North

        --
        Lumen North AB, Sveavägen 44, Stockholm
        You received this email because you applied for a job at Lumen North.
        Manage your data: https://lumennorth.teamtailor.com/connect/privacy
        """)
    ics = VTZ["Europe/Stockholm"].join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:tt-meeting-5b8e21c4-7a3d-4f0e-9d62-0c1b7e4a9f33
DTSTAMP:20261104133000Z
DTSTART;TZID=Europe/Stockholm:20261110T170000
DTEND;TZID=Europe/Stockholm:20261110T174500
SUMMARY:Interview: Priya Sandhu - Lumen North
DESCRIPTION:Video: https://lumennorth.teamtailor.com/meet/q8v2-kd7t
LOCATION:https://lumennorth.teamtailor.com/meet/q8v2-kd7t
ORGANIZER;CN=Elin Bergqvist:mailto:elin.bergqvist@lumennorth.se
ATTENDEE;CN=Priya Sandhu;RSVP=TRUE:mailto:priya.sandhu@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    hs = head("Lumen North <no-reply@teamtailor-mail.com>",
              "Your interview with Lumen North is booked",
              "2026-11-04 14:30:00", "Europe/Stockholm",
              "<6f1d0b2a9e47c.1762263000@teamtailor-mail.com>",
              "from m42-201.mailgun.net (m42-201.mailgun.net [69.72.42.201])",
              [("Reply-To", "Elin Bergqvist <elin.bergqvist@lumennorth.se>")])
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@make.mail(n(15), family="workable", lang="en-CA", interview=True, kind="scheduled",
           start="2026-11-13T18:00:00Z", end="2026-11-13T19:00:00Z",
           contact="kenji.morrow@driftlinedata.com", company="Driftline Data",
           local="Fri 2026-11-13 10:00", local_end="2026-11-13 11:00", zone="America/Vancouver",
           note="Forward to self: Priya forwards (from her example.net address) a Workable invitation as a "
                "message/rfc822 attachment. 10:00-11:00 AM PST (UTC-8 after 1 Nov) -> 18:00-19:00Z. Outer "
                "sender is the candidate, inner Reply-To a Workable relay: contact = the interviewer address "
                "written in the forwarded body.")
def driftline_forward() -> bytes:
    inner_body = t("""
        Hi Priya,

        Your interview for Senior Data Engineer (Geospatial) at Driftline Data has been scheduled.

        Friday, November 13, 2026
        10:00 AM - 11:00 AM (PST)
        Video call: https://meet.google.com/dld-ewxq-pmn

        Interviewer: Kenji Morrow, Head of Data Platform (kenji.morrow@driftlinedata.com)

        Please reply to this email if you need to change the time.

        Best,
        The Driftline Data hiring team
        """)
    inner = message([
        ("From", "Driftline Data <noreply@candidates.workablemail.com>"),
        ("Reply-To", "driftline-data+c9f1e27a@candidates.workablemail.com"),
        ("To", "Priya Sandhu <priya.sandhu@example.net>"),
        ("Subject", "Interview invitation: Senior Data Engineer (Geospatial) at Driftline Data"),
        ("Date", date("2026-11-09 17:58:20", "America/Vancouver")),
        ("Message-ID", "<wk.4a7e19d2c0b3.interview@workablemail.com>"),
    ], alt(text(inner_body), html(gmail_html(inner_body))))
    outer = t("""
        fwd to main inbox so I don't lose it

        Sent from my phone
        """)
    hs = head("Priya Sandhu <priya.sandhu@example.net>",
              "Fwd: Interview invitation: Senior Data Engineer (Geospatial) at Driftline Data",
              "2026-11-09 19:05:51", YYC,
              "<a2f09e1c-77b3-4d5a-8e20-5c6b1f3d9a04@example.net>",
              "from smtp.example.net (smtp.example.net [198.51.100.24])")
    return message(hs, mixed(text(outer, cte="7bit"), attached_message(inner, "Interview invitation.eml")))


@make.mail(n(16), family="goodtime", lang="en-US", interview=True, kind="scheduled",
           start="2026-12-01T16:00:00Z", end="2026-12-01T19:15:00Z",
           contact="brooke.santangelo@keystoneatlas.com", company="Keystone Atlas",
           local="Tue 2026-12-01 09:00", local_end="2026-12-01 12:15", zone="America/Denver",
           note="GoodTime itinerary, Denver company, three sessions 9:00 AM-12:15 PM 'Mountain Time (MT)' "
                "(MST, UTC-7 in December) -> first start 16:00Z to last end 19:15Z. Contact = coordinator "
                "Reply-To. Follows the unconfirmed proposal in the same thread.")
def keystone_goodtime() -> bytes:
    body = t("""
        Hi Priya,

        Here is your interview schedule with Keystone Atlas for the Senior Data Engineer, Geospatial
        role. All times are shown in Mountain Time (MT).

        Tuesday, December 1, 2026

          9:00 AM - 9:45 AM    Recruiter check-in            Brooke Santangelo
          10:00 AM - 11:00 AM  Systems design: tiling & CRS  Luis Ferreira, Hannah Yoon
          11:15 AM - 12:15 PM  Team & values                 Graham Oduya

        Video: https://keystoneatlas.zoom.us/j/94120036677 (same link for every session)

        Breaks are built in between sessions. If you need to step away, just let us know.

        Questions? Reply to this email to reach Brooke Santangelo, Recruiting Coordinator.

        Keystone Atlas
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Priya,</p>
        <p>Here is your interview schedule with <b>Keystone Atlas</b> for the Senior Data Engineer, Geospatial
        role. All times are shown in <b>Mountain Time (MT)</b>.</p>
        <h3 style="margin-bottom:4px">Tuesday, December 1, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
        <tr><td>9:00 AM &ndash; 9:45 AM</td><td>Recruiter check-in</td><td>Brooke Santangelo</td></tr>
        <tr><td>10:00 AM &ndash; 11:00 AM</td><td>Systems design: tiling &amp; CRS</td><td>Luis Ferreira, Hannah Yoon</td></tr>
        <tr><td>11:15 AM &ndash; 12:15 PM</td><td>Team &amp; values</td><td>Graham Oduya</td></tr>
        </table>
        <p>Video: <a href="https://keystoneatlas.zoom.us/j/94120036677">keystoneatlas.zoom.us/j/94120036677</a>
        (same link for every session)</p>
        <p>Breaks are built in between sessions. If you need to step away, just let us know.</p>
        <p>Questions? Reply to this email to reach Brooke Santangelo, Recruiting Coordinator.</p>
        <p>Keystone Atlas</p>
        <p style="font-size:10px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head("Keystone Atlas <no-reply@goodtime.io>",
              "Your interview schedule with Keystone Atlas - Tuesday, December 1",
              "2026-11-24 10:30:26", "America/Denver",
              "<0101019b61c2e5aa-3e8b0f4d-21c7-4b59-a6d2-7f0e9c1b4a58-000000@us-west-2.amazonses.com>",
              "from a27-12.smtp-out.us-west-2.amazonses.com (a27-12.smtp-out.us-west-2.amazonses.com "
              "[54.240.27.12])",
              [("Reply-To", "Brooke Santangelo <brooke.santangelo@keystoneatlas.com>")])
    return message(hs, alt(text(body), html(page)))


# =========================================================================== positives: rescheduled


@make.mail(n(17), family="icims", lang="en-US", interview=True, kind="rescheduled",
           start="2026-10-16T21:30:00Z", end="2026-10-16T22:30:00Z",
           contact="jenna.albrecht@pikeviewaero.com", company="Pikeview Aerospace",
           local="Fri 2026-10-16 15:30", local_end="2026-10-16 16:30", zone="America/Denver",
           note="iCIMS reschedule from a Denver employer: old Thu 15 Oct 2:00 PM MT, new Fri 16 Oct 3:30-4:30 "
                "PM Mountain (MDT, UTC-6) -> 21:30-22:30Z. Labelled with the new time. Contact = recruiter "
                "address in the body (From is the iCIMS system address).")
def pikeview_icims() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Dear Priya,</p>
        <p>Due to a conflict on the hiring team\u2019s calendar, your interview for
        <b>Geospatial Software Engineer II (Job ID 2026-3318)</b> has been rescheduled.</p>
        <p><s>Previous: Thursday, October 15, 2026 at 2:00 PM Mountain Time</s></p>
        <p><b>New date and time:</b> Friday, October 16, 2026, 3:30 PM \u2013 4:30 PM Mountain Time<br>
        <b>Location:</b> Zoom (link unchanged)<br>
        <b>Interviewers:</b> Colby Strand, Mei-Ling Hsu</p>
        <p>We apologize for any inconvenience. If the new time does not work for you, please contact
        Jenna Albrecht, Talent Acquisition, at <a href="mailto:jenna.albrecht@pikeviewaero.com">jenna.albrecht@pikeviewaero.com</a>.</p>
        <p>Sincerely,<br>Pikeview Aerospace Talent Acquisition</p>
        <p style="font-size:10px;color:#777">Pikeview Aerospace is an Equal Opportunity Employer. This message was
        sent from an unmonitored mailbox.</p>
        </body></html>
        """)
    hs = head("Pikeview Aerospace <pikeviewaerospace@talent.icims.com>",
              "Interview Rescheduled - Geospatial Software Engineer II",
              "2026-10-12 12:15:09", "America/Denver",
              "<1728756909.51174.icims.msg@talent.icims.com>",
              "from mta-204.icims.com (mta-204.icims.com [64.125.237.204])")
    return message(hs, html(page, charset="windows-1252"))


@make.mail(n(18), family="human_prose", lang="en-CA", interview=True, kind="rescheduled",
           start="2026-11-26T18:30:00Z", end="2026-11-26T20:00:00Z",
           contact="owen.pelletier@larchmontenergy.ca", company="Larchmont Energy",
           local="Thu 2026-11-26 11:30", local_end="2026-11-26 13:00", zone=YYC,
           note="Hiring manager's Outlook reply, Mon 23 Nov 07:52 MST: final round moved 'from Wed at 11 to "
                "Thursday (Nov 26) at 11:30', 'still 90 minutes' -> 11:30-13:00 MST (UTC-7) = 18:30-20:00Z. "
                "Contact = the human sender (the cc'd recruiter wrote the quoted mail). Thread with the "
                "Greenhouse screen in September.")
def larchmont_moved() -> bytes:
    body = t("""
        Morning Priya,

        Apologies for the shuffle. I've been pulled into a regulator meeting Wednesday morning, so I've
        moved our final round from Wed at 11 to Thursday (Nov 26) at 11:30, same Teams link. You'll see
        the updated invite from Outlook shortly. Still 90 minutes, still the same panel (me, Dana and
        Farah from Ops).

        Thanks for rolling with it.

        Owen

        Owen Pelletier, P.Geo.
        Manager, Subsurface Data & Analytics | Larchmont Energy
        403-555-0163

        From: Dana Whitford <dana.whitford@larchmontenergy.ca>
        Sent: Tuesday, November 17, 2026 3:02 PM
        To: Priya Sandhu <priya.sandhu@example.org>
        Cc: Owen Pelletier <owen.pelletier@larchmontenergy.ca>
        Subject: Larchmont - final round

        Hi Priya,

        Great news - the team would like to bring you in for a final round on Wednesday, November 25
        at 11:00 AM at our office (Suite 2100, 355 4 Ave SW). Teams is fine if you prefer.

        Dana
        """)
    hs = head("Owen Pelletier <owen.pelletier@larchmontenergy.ca>",
              "RE: Larchmont - final round",
              "2026-11-23 07:52:18", YYC,
              "<YT4PR01MB10552E0A93F1C27B8D4E6F0C2B19D@YT4PR01MB10552.CANPRD01.PROD.OUTLOOK.COM>",
              "from CAN01-YT4-obe.outbound.protection.outlook.com (mail-yt4can01on2102.outbound.protection."
              "outlook.com [40.107.117.102])",
              [("Cc", "Dana Whitford <dana.whitford@larchmontenergy.ca>"),
               ("In-Reply-To", "<YT4PR01MB1055277B1D0E@YT4PR01MB10552.CANPRD01.PROD.OUTLOOK.COM>"),
               ("References", "<YT4PR01MB1055277B1D0E@YT4PR01MB10552.CANPRD01.PROD.OUTLOOK.COM>"),
               ("Thread-Topic", "Larchmont - final round"),
               ("Thread-Index", "AdtYw1pK2h0cL3mRQ0Kc9eYg7Ua1VwABx3Tg")])
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p style=\"margin:0\">{line}</p>" if line else "<p style=\"margin:0\">&nbsp;</p>"
        for line in body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n")
    ) + "</div></body></html>\n"
    return message(hs, alt(text(body), html(page)))


@make.mail(n(19), family="google_calendar", lang="en-CA", interview=True, kind="rescheduled",
           start="2026-12-07T23:00:00Z", end="2026-12-07T23:45:00Z",
           contact="amrit.gill@fernglass.ca", company="Fernglass Spatial",
           local="Mon 2026-12-07 15:00", local_end="2026-12-07 15:45", zone="America/Vancouver",
           note="Google Calendar 'Updated invitation' (SEQUENCE:1) from Vancouver: moved from Fri 4 Dec 10am "
                "to Mon 7 Dec 3pm-3:45pm PST (UTC-8) -> 23:00-23:45Z (4 PM in Calgary). Contact = ORGANIZER. "
                "Thread with the Lever screen in September.")
def fernglass_updated() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Fernglass Spatial - Final interview (Priya Sandhu)
        When
        Monday Dec 7, 2026 3pm - 3:45pm (PST)
        Pacific Time - Vancouver
        Was: Friday Dec 4, 2026 10am - 10:45am (PST)

        Joining info
        Join with Google Meet
        meet.google.com/fgs-rtne-wyd

        Who
        Amrit Gill - organizer
        Leona Castellanos
        priya.sandhu@example.org

        Note from Amrit: Leona (our VP Eng) is travelling Friday - moved to Monday afternoon. Same format.

        View all event details: https://calendar.google.com/calendar/event?action=VIEW&eid=ZmdzZmluYWw

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    ics = VTZ_VANCOUVER.join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20261207T150000
DTEND;TZID=America/Vancouver:20261207T154500
DTSTAMP:20261201174012Z
ORGANIZER;CN=Amrit Gill:mailto:amrit.gill@fernglass.ca
UID:5r0ql2m8k9v1fgsfinal3t7c2e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.sandhu@example.org;X-NUM-GUESTS=0:mailto:priya.sandhu@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Leona Castellanos;X-NUM-GUESTS=0:mailto:leona.castellanos@fernglass.ca
X-GOOGLE-CONFERENCE:https://meet.google.com/fgs-rtne-wyd
CREATED:20261124190233Z
DESCRIPTION:Leona (our VP Eng) is travelling Friday - moved to Monday afternoon. Same format.
LAST-MODIFIED:20261201174011Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Fernglass Spatial - Final interview (Priya Sandhu)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""])
    hs = head("Amrit Gill <amrit.gill@fernglass.ca>",
              "Updated invitation: Fernglass Spatial - Final interview (Priya Sandhu) @ Mon Dec 7, 2026 "
              "3pm - 3:45pm (PST) (priya.sandhu@example.org)",
              "2026-12-01 09:40:12", "America/Vancouver",
              "<calendar-8d1e5a72-03f4-4b9c-a1e6-2c7d9b0f5e38@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              [("Reply-To", "Amrit Gill <amrit.gill@fernglass.ca>"),
               ("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics)),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(n(20), family="exchange_outlook", lang="en-US", interview=True, kind="rescheduled",
           start="2026-11-17T00:30:00Z", end="2026-11-17T01:15:00Z",
           contact="dev.ranganathan@bramblecone.io", company="Bramblecone Systems",
           local="Mon 2026-11-16 16:30", local_end="2026-11-16 17:15", zone="America/Los_Angeles",
           note="Exchange meeting update from a San Francisco recruiter (remote role): moved from Fri 13 Nov "
                "4:00 PM to Mon 16 Nov 4:30-5:15 PM Pacific (PST, UTC-8) -> Tue 17 Nov 00:30-01:15Z, the next "
                "day in UTC. ICS TZID 'Pacific Standard Time'. Contact = organizer.")
def bramblecone_update() -> bytes:
    body = t("""
        When: Monday, November 16, 2026 4:30 PM-5:15 PM (UTC-08:00) Pacific Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Priya - as mentioned on the phone, our hiring manager got pulled into an offsite on Friday, so
        I've moved the interview from Friday 11/13 at 4:00 PM to Monday 11/16 at 4:30 PM Pacific
        (5:30 PM your time). Same panel, same link. Thank you for being flexible!

        Dev Ranganathan | Technical Recruiter | Bramblecone Systems
        dev.ranganathan@bramblecone.io

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting
        Meeting ID: 246 903 118 470
        Passcode: Hs3mQ7
        ________________________________________________________________________________
        """)
    ics = VTZ_PACIFIC_WIN.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Dev Ranganathan:mailto:dev.ranganathan@bramblecone.io
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Sandhu:mailto:priya.sandhu@example.org
DESCRIPTION;LANGUAGE=en-US:Moved from Friday 11/13 4:00 PM.
UID:040000008200E00074C5B7101A82E00800000000D07F3E91A4B5DB01000000000000000010000000E2A6F3B1
SUMMARY;LANGUAGE=en-US:Interview - Priya Sandhu / Staff Data Engineer (Maps)
DTSTART;TZID=Pacific Standard Time:20261116T163000
DTEND;TZID=Pacific Standard Time:20261116T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261111220700Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:2119034771
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""])
    page = "<html><body>" + "".join(
        f"<div>{line}</div>" if line else "<div><br></div>"
        for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    hs = head("Dev Ranganathan <dev.ranganathan@bramblecone.io>",
              "Updated: Interview - Priya Sandhu / Staff Data Engineer (Maps)",
              "2026-11-11 14:07:44", "America/Los_Angeles",
              "<BY5PR12MB4099D3C7E12A0F6B9E41C2A7D5E08@BY5PR12MB4099.namprd12.prod.outlook.com>",
              "from NAM12-BY5-obe.outbound.protection.outlook.com (mail-by5nam12on2093.outbound.protection."
              "outlook.com [40.107.236.93])",
              [("Thread-Topic", "Interview - Priya Sandhu / Staff Data Engineer (Maps)"),
               ("Thread-Index", "AdtUQ3b0Yc1nW7mUTk6pA2xqB9c4Nw=="),
               ("Content-Language", "en-US")])
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


# =========================================================================== positives: cancelled


@make.mail(n(21), family="google_calendar", lang="en-CA", interview=True, kind="cancelled",
           start="2026-12-10T20:00:00Z", end="2026-12-10T21:00:00Z",
           contact="jess@couleelabs.ca", company="Coulee Labs",
           local="Thu 2026-12-10 13:00", local_end="2026-12-10 14:00", zone=YYC,
           note="Google Calendar cancellation (METHOD:CANCEL) from a Calgary startup: Thu 10 Dec 1pm-2pm MST "
                "(UTC-7) -> 20:00-21:00Z, the cancelled slot; hiring paused, no new time. Contact = organizer.")
def coulee_cancel() -> bytes:
    body = t("""
        This event has been canceled with a note:
        "So sorry Priya - we've paused hiring for this role until we close our round. I'll reach out in
        January, promise. - Jess"

        Coulee Labs - data eng interview w/ Priya
        When
        Thursday Dec 10, 2026 1pm - 2pm (MST)
        Mountain Time - Edmonton

        Organizer
        Jess Whitehorse
        jess@couleelabs.ca

        Guests
        Jess Whitehorse - organizer
        priya.sandhu@example.org

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    ics = VTZ_EDMONTON.join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
""", """
BEGIN:VEVENT
DTSTART;TZID=America/Edmonton:20261210T130000
DTEND;TZID=America/Edmonton:20261210T140000
DTSTAMP:20261207233012Z
ORGANIZER;CN=Jess Whitehorse:mailto:jess@couleelabs.ca
UID:0c4u8r2f7n3q5s1k9m6v0t2d8h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=priya.sandhu@example.org;X-NUM-GUESTS=0:mailto:priya.sandhu@example.org
CREATED:20261203160501Z
LAST-MODIFIED:20261207233011Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Coulee Labs - data eng interview w/ Priya
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""])
    hs = head("Jess Whitehorse <jess@couleelabs.ca>",
              "Canceled event with note: Coulee Labs - data eng interview w/ Priya @ Thu Dec 10, 2026 "
              "1pm - 2pm (MST) (priya.sandhu@example.org)",
              "2026-12-07 16:30:12", YYC,
              "<calendar-f3a90b17-6d2c-4e85-b4a1-0d9e7c3f2b66@google.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              [("Reply-To", "Jess Whitehorse <jess@couleelabs.ca>"),
               ("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(n(22), family="human_prose", lang="en-CA", interview=True, kind="cancelled",
           start="2026-09-29T21:00:00Z", end=None,
           contact="marcus@bowrivertalent.ca", company="Quillfeather Pipelines",
           local="Tue 2026-09-29 15:00", zone=YYC,
           note="Agency recruiter cancels the client onsite 'Tuesday (the 29th) at 3pm' (role filled "
                "internally), Date Fri 25 Sep MDT -> Tue 29 Sep 15:00 MDT = 21:00Z, the cancelled slot; no new "
                "time. Windows-1252 QP. Company = the client. Thread with the phone screen.")
def bowriver_cancel() -> bytes:
    body = t("""
        Hi Priya,

        Bad news I\u2019m afraid. Heather called this morning - Quillfeather have decided to fill the
        GIS Data Engineer contract internally (someone from their Edmonton office is moving over), so
        Tuesday\u2019s onsite (the 29th at 3pm with Heather and their ops lead) is off.

        Really sorry, I know you\u2019d prepped for it. For what it\u2019s worth the feedback from your
        phone screen was excellent and I\u2019ve got two other clients I\u2019d like to put you in front
        of. Can I call you Monday?

        Cheers,
        Marcus

        Marcus Oyelaran
        Senior Consultant, Energy & Utilities | Bow River Talent Partners
        marcus@bowrivertalent.ca | 403-555-0197
        """)
    hs = head("Marcus Oyelaran <marcus@bowrivertalent.ca>",
              "Quillfeather - Tuesday onsite cancelled",
              "2026-09-25 11:20:37", YYC,
              "<MW4PR03MB6521A7E0C3F1B92D48E0A5C16F3B7@MW4PR03MB6521.namprd03.prod.outlook.com>",
              "from NAM02-MW4-obe.outbound.protection.outlook.com (mail-mw4nam02on2095.outbound.protection."
              "outlook.com [40.107.220.95])",
              [("Thread-Topic", "Quillfeather - Tuesday onsite cancelled"),
               ("Content-Language", "en-CA")])
    return message(hs, text(body, charset="windows-1252"))


@make.mail(n(23), family="workday", lang="en-CA", interview=True, kind="cancelled",
           start="2026-11-18T20:00:00Z", end="2026-11-18T21:00:00Z",
           contact="kristen.lam@cairnvale.ca", company="Cairnvale Resources",
           local="Wed 2026-11-18 13:00", local_end="2026-11-18 14:00", zone=YYC,
           note="Workday cancellation from a Calgary energy company: Wed 18 Nov 1:00-2:00 PM (MST, UTC-7) -> "
                "20:00-21:00Z, the cancelled slot; ICS in UTC with STATUS:CANCELLED. No new time. Contact = "
                "recruiter address in the body (From is the Workday tenant address).")
def cairnvale_workday_cancel() -> bytes:
    body = t("""
        Hello Priya,

        We regret to inform you that the following interview has been cancelled:

        Job Requisition: R-10482 GIS Data Engineer (Calgary)
        Interview: Hiring Manager Interview
        Date: Wednesday, November 18, 2026
        Time: 1:00 PM - 2:00 PM (MST)
        Location: Cairnvale Place, 639 5 Ave SW, Calgary - 14th floor reception

        Your recruiter will contact you regarding next steps. If you have any questions, please reach
        out to Kristen Lam, Talent Acquisition Partner, at kristen.lam@cairnvale.ca.

        Please do not reply to this automated message.

        Cairnvale Resources
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:wd-interview-10482-7731@myworkday.com
DTSTAMP:20261113170002Z
DTSTART:20261118T200000Z
DTEND:20261118T210000Z
SUMMARY:Interview - R-10482 GIS Data Engineer (Calgary)
LOCATION:Cairnvale Place\\, 639 5 Ave SW\\, Calgary
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR"""
    hs = head("Cairnvale Resources <cairnvale@myworkday.com>",
              "Interview Cancelled: R-10482 GIS Data Engineer (Calgary)",
              "2026-11-13 10:00:02", YYC,
              "<1963718092.88213.1794762002331@wd5-prod-mail03.myworkday.com>",
              "from wd5-prod-mail03.myworkday.com (wd5-prod-mail03.myworkday.com [69.36.185.43])")
    return message(hs, mixed(text(body), calendar(ics, method="CANCEL", filename="cancel.ics",
                                                  disposition="attachment")))


# =========================================================================== negatives


@make.mail(n(24), family="application_receipt", lang="en-CA", interview=False,
           company="Prairie Geomatics Authority", days=(("Fri", "2026-09-18"),),
           note="Taleo application receipt from a (fictional) provincial government agency: says shortlisted "
                "applicants will be contacted for an interview; only date is the competition close. Negative.")
def pga_taleo_receipt() -> bytes:
    body = t("""
        Dear Priya Sandhu,

        Thank you for your interest in employment with the Prairie Geomatics Authority.

        This message confirms that we have received your application for:

            Job Title: Spatial Data Engineer (Senior)
            Job Number: 2600714
            Ministry: Technology and Innovation - Land & Property Information
            Location: Edmonton or Calgary (hybrid)

        The competition closes on Friday, September 18, 2026. Applications will be screened against
        the qualifications listed in the posting. Only applicants selected for an interview will be
        contacted; we thank all applicants for their interest.

        You can view the status of your application at any time by signing in to your candidate
        profile.

        Prairie Geomatics Authority - Public Service Recruitment
        This is an automated message. Please do not reply.
        """)
    page = "<html><body style=\"font-family:Arial;font-size:12px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n"
    hs = head("Prairie Geomatics Authority <pga.recruitment@taleo.net>",
              "Application Received - Spatial Data Engineer (Senior) - 2600714",
              "2026-09-04 16:48:20", YYC,
              "<1377918.1788562100321.JavaMail.taleo@phx-tbe-ms-09>",
              "from phx-smtp-out-02.taleo.net (phx-smtp-out-02.taleo.net [160.34.12.62])")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@make.mail(n(25), family="job_alert", lang="en-CA", interview=False, company=None,
           note="Job-board alert: a list of postings, one tagged 'Interviewing now', no appointment. Negative.")
def job_alert() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>New jobs for you</title></head>
        <body style="margin:0;background:#eef1f4;font-family:Helvetica,Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="16" style="background:#ffffff">
        <tr><td><h2 style="margin:0">14 new jobs for &ldquo;geospatial data engineer&rdquo; near Calgary, AB</h2></td></tr>
        <tr><td>
        <p><a href="https://www.northboundjobs.ca/j/8812213"><b>Senior GIS Developer</b></a><br>
        Cordillera Midstream &middot; Calgary, AB &middot; $115,000&ndash;$135,000 a year<br>
        <span style="background:#e3f6e8;color:#17663a;padding:2px 6px;font-size:12px">Interviewing now</span></p>
        <p><a href="https://www.northboundjobs.ca/j/8812590"><b>Data Engineer, Spatial Analytics</b></a><br>
        Verity Agri &middot; Lethbridge, AB &middot; Hybrid</p>
        <p><a href="https://www.northboundjobs.ca/j/8813071"><b>Remote Sensing Engineer</b></a><br>
        Halcyon Orbital &middot; Remote in Canada &middot; Easily apply</p>
        <p><a href="https://www.northboundjobs.ca/j/8813444"><b>Geomatics Specialist</b></a><br>
        Town of Foothill Springs &middot; Alberta &middot; Posted 2 days ago</p>
        <p><a href="https://www.northboundjobs.ca/alerts?q=geospatial+data+engineer">See all 14 jobs</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">You're receiving this because you created a job alert on
        Northbound Jobs. <a href="https://www.northboundjobs.ca/alerts/unsubscribe?id=a91f">Unsubscribe</a>
        &middot; Northbound Jobs Inc., Toronto ON</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head("Northbound Jobs <alerts@mail.northboundjobs.ca>",
              "Senior GIS Developer at Cordillera Midstream and 13 more jobs in Calgary for you",
              "2026-09-16 06:02:11", YYC,
              "<20260916120211.alert.a91f.7731@mail.northboundjobs.ca>",
              "from mta-12.mail.northboundjobs.ca (mta-12.mail.northboundjobs.ca [192.0.2.71])",
              [("List-Unsubscribe", "<https://www.northboundjobs.ca/alerts/unsubscribe?id=a91f>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk")])
    return message(hs, html(page, cte="base64"))


@make.mail(n(26), family="rejection", lang="en-US", interview=False, company="Brazos Subsurface",
           days=(("Tue", "2026-10-06"),),
           note="SmartRecruiters rejection after the 6 Oct interview (mentions the past interview date). Negative.")
def brazos_rejection() -> bytes:
    body = t("""
        Dear Priya,

        Thank you for taking the time to interview with us on Tuesday, October 6 for the Geospatial Data
        Engineer position. Cole and Anjali enjoyed the conversation.

        After careful consideration, we have decided to move forward with a candidate whose experience
        more closely matches the current needs of the team. This was a difficult decision.

        We will keep your profile on file and encourage you to apply for future openings at Brazos
        Subsurface.

        Best regards,
        Brazos Subsurface Talent Acquisition
        """)
    hs = head("Brazos Subsurface <noreply@smartrecruiters.com>",
              "Your application for Geospatial Data Engineer",
              "2026-10-14 13:27:40", "America/Chicago",
              "<20261014182740.9c04e11ab7f2@smartrecruiters.com>",
              "from mail196-14.suw41.mandrillapp.com (mail196-14.suw41.mandrillapp.com [198.2.196.14])")
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.split("\n\n")) + "</body></html>\n")))


@make.mail(n(27), family="offer", lang="en-CA", interview=False, company="Larchmont Energy",
           days=(("Thu", "2026-12-03"), ("Wed", "2026-12-09")),
           note="Offer from Larchmont Energy after the final round; books a fixed-time call ('Thursday at 4:30') "
                "to walk through the package - a confirmed time, but not an interview. Negative.")
def larchmont_offer() -> bytes:
    body = t("""
        Hi Priya,

        I'm delighted to share that we'd like to offer you the position of Senior Geospatial Data Engineer
        at Larchmont Energy! Everyone on the panel was impressed - Owen in particular.

        Your offer letter is attached for review. Highlights:
          - Base salary: $142,000
          - Annual incentive target: 12%
          - Start date: Monday, January 11, 2027 (flexible)

        I've booked 30 minutes with you tomorrow, Thursday (Dec 3) at 4:30 PM to walk through the benefits
        and the pension plan and to answer any questions - I'll call your cell. We'd ask for your decision
        by Wednesday, December 9.

        Congratulations!

        Dana Whitford
        Talent Acquisition | Larchmont Energy
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Larchmont_Offer_PSandhu.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Larchmont_Offer_PSandhu.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    make.base64.encodebytes(b"%PDF-1.4\n% offer letter placeholder\n%%EOF\n")
                    .replace(b"\n", b"\r\n"))
    hs = head("Dana Whitford <dana.whitford@larchmontenergy.ca>",
              "Offer of employment - Senior Geospatial Data Engineer",
              "2026-12-02 13:45:10", YYC,
              "<YT4PR01MB10552A7C93D2E0F14B8C3D6A0E77F@YT4PR01MB10552.CANPRD01.PROD.OUTLOOK.COM>",
              "from CAN01-YT4-obe.outbound.protection.outlook.com (mail-yt4can01on2102.outbound.protection."
              "outlook.com [40.107.117.102])",
              [("Cc", "Owen Pelletier <owen.pelletier@larchmontenergy.ca>")])
    return message(hs, mixed(text(body), pdf))


@make.mail(n(28), family="recruitee", lang="en-CA", interview=False, company="Tundra Point Software",
           days=(("Mon", "2026-10-26"), ("Fri", "2026-10-30")),
           note="Recruitee self-scheduling invitation: pick a 45-minute slot between 26 and 30 Oct; nothing "
                "booked yet. Negative.")
def tundra_recruitee() -> bytes:
    body = t("""
        Hi Priya,

        Thanks for applying to the Data Engineer - Maps & Location role at Tundra Point Software! We'd
        like to invite you to a first interview with our engineering manager.

        Please choose a time that suits you using the link below. Slots are available between Monday,
        October 26 and Friday, October 30; each interview takes 45 minutes and is held on Google Meet.

        Pick a time: https://tundrapoint.recruitee.com/o/data-engineer-maps/schedule/6f12a9

        The times are shown in your own time zone when you open the link.

        Kind regards,
        Yasmin Farouk
        People Team, Tundra Point Software
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Priya,</p>
        <p>Thanks for applying to the <b>Data Engineer - Maps &amp; Location</b> role at Tundra Point Software! We'd
        like to invite you to a first interview with our engineering manager.</p>
        <p>Please choose a time that suits you using the button below. Slots are available between Monday,
        October 26 and Friday, October 30; each interview takes 45 minutes and is held on Google Meet.</p>
        <p><a href="https://tundrapoint.recruitee.com/o/data-engineer-maps/schedule/6f12a9"
        style="background:#1f6feb;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Pick a time</a></p>
        <p>The times are shown in your own time zone when you open the link.</p>
        <p>Kind regards,<br>Yasmin Farouk<br>People Team, Tundra Point Software</p>
        </body></html>
        """)
    hs = head("Tundra Point Software <no-reply@recruiteemail.com>",
              "Schedule your interview with Tundra Point Software",
              "2026-10-20 10:11:56", "America/Vancouver",
              "<5f8c1d2e7a094.tundrapoint.offer-1122@recruiteemail.com>",
              "from mx-out-3.recruiteemail.com (mx-out-3.recruiteemail.com [185.45.17.93])",
              [("Reply-To", "Tundra Point Software <tundrapoint+candidate-88412@recruiteemail.com>")])
    return message(hs, alt(text(body), html(page)))


@make.mail(n(29), family="recruiter_outreach", lang="en-US", interview=False, company="Stoneridge Search",
           note="Agency cold outreach from Houston for an unnamed operator; asks for a call 'this week or next', "
                "nothing fixed. Negative.")
def stoneridge_outreach() -> bytes:
    body = t("""
        Hi Priya,

        Hope you're doing well! I came across your profile and your work on pipeline GIS and PODS data
        models really stood out.

        I'm partnered with a large Houston-based midstream operator building out a geospatial data
        platform team (Staff GIS Data Engineer, remote-friendly for Canada, USD comp). They are
        interviewing quickly and I think you'd be a great fit.

        Would you be open to a quick 15-minute call this week or next? Feel free to grab any time that
        works, or just send me a couple of windows (I'm on Central time).

        Best,
        Ravi Chandrasekar
        Principal Recruiter, Energy Technology | Stoneridge Search
        ravi@stoneridgesearch.com | (713) 555-0182
        """)
    hs = head("Ravi Chandrasekar <ravi@stoneridgesearch.com>",
              "Staff GIS Data Engineer - Houston operator (remote OK)",
              "2026-10-07 09:14:03", "America/Chicago",
              "<CAF8pQ1n3h_Zt9Vb0xR7wK2eJm4Ld6sYq5uN@mail.gmail.com>",
              "from mail-lj1-f180.google.com (mail-lj1-f180.google.com [209.85.208.180])")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@make.mail(n(30), family="interview_proposal", lang="en-US", interview=False, company="Keystone Atlas",
           days=(("Tue", "2026-12-01"), ("Thu", "2026-12-03")),
           note="Recruiter proposes times for a virtual onsite ('Would Tuesday 12/1 starting at 9 AM MT work? "
                "...or Thursday 12/3 at 10'); not confirmed yet - the GoodTime itinerary comes later. Negative.")
def keystone_proposal() -> bytes:
    body = t("""
        Hi Priya,

        Great news - the team would like to move you forward to our virtual onsite! It's three sessions
        back to back (about three hours including breaks): a recruiter check-in, a systems design
        conversation and a team & values chat.

        Would Tuesday 12/1 starting at 9 AM MT work for you? If not, Thursday 12/3 starting at 10 AM MT
        is also open. Once you confirm I'll send the full itinerary and the Zoom link through our
        scheduling tool.

        Thanks, and happy early Thanksgiving (I know yours was back in October!),
        Brooke

        Brooke Santangelo | Recruiting Coordinator | Keystone Atlas
        brooke.santangelo@keystoneatlas.com
        """)
    hs = head("Brooke Santangelo <brooke.santangelo@keystoneatlas.com>",
              "Keystone Atlas - next steps (virtual onsite)",
              "2026-11-18 11:03:40", "America/Denver",
              "<CAGm7Rk2Pq0W9e_x4TbY1nLs8vZ3cJ6hF5dA@mail.gmail.com>",
              "from mail-pf1-f175.google.com (mail-pf1-f175.google.com [209.85.210.175])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(n(31), family="job_centre", lang="en-CA", interview=False, company=None,
           days=(("Tue", "2026-10-27"),),
           note="Appointment with an employment counsellor at a (fictional) employment services centre, fixed "
                "time, about the job search - not a job interview. Negative.")
def employment_centre() -> bytes:
    body = t("""
        Hello Priya Sandhu,

        This is a reminder of your upcoming appointment.

        Service: Career planning - one-on-one with an Employment Counsellor
        Counsellor: Lorraine Whitecalf
        Date: Tuesday, October 27, 2026
        Time: 10:15 a.m.
        Location: Calgary Employment Pathways Centre, 800 Macleod Trail SE, 4th floor, Room 402

        Please bring:
          - an updated résumé
          - a list of the jobs you have applied for and any interviews you have had
          - photo ID

        To cancel or change your appointment please call 403-555-0110 at least 24 hours ahead.

        Calgary Employment Pathways Centre
        Funded in part by the Government of Canada and the Province.
        """)
    hs = head("Calgary Employment Pathways <appointments@cepcentre.ca>",
              "Appointment reminder - Tuesday, October 27 at 10:15 a.m.",
              "2026-10-23 08:00:04", YYC,
              "<reminder.40713.20261023140004@cepcentre.ca>",
              "from relay.cepcentre.ca (relay.cepcentre.ca [203.0.113.45])")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(n(32), family="press_interview", lang="en-CA", interview=False, company=None,
           days=(("Thu", "2026-10-29"),),
           note="A journalist confirms a phone interview with Priya about a flood-mapping volunteer project "
                "(Thursday at 2 p.m., about 20 minutes): a fixed time, but press, not a job interview. Negative.")
def ledger_reporter() -> bytes:
    body = t("""
        Hi Priya,

        Thanks so much for agreeing to chat about the Bow and Elbow flood-mapping project - our readers
        are going to love the open-data angle.

        Just confirming we're on for Thursday (Oct. 29) at 2 p.m. I'll call you at 403-555-0148. It
        should take about 20 minutes, and a photographer may follow up about a picture by the river.

        Cheers,
        Nadia Bélanger
        Reporter, The Bow Valley Ledger
        nadia.belanger@bowvalleyledger.ca | @nbelanger_yyc
        """)
    hs = head(addr("Nadia Bélanger", "nadia.belanger@bowvalleyledger.ca"),
              "Interview for our story on the flood maps - confirming Thursday",
              "2026-10-26 15:31:47", YYC,
              "<0d8b2c1e-4f7a-49b6-a3e0-7c51f9d2e684@bowvalleyledger.ca>",
              "from mail.bowvalleyledger.ca (mail.bowvalleyledger.ca [198.51.100.88])")
    return message(hs, text(body, cte="8bit"))


@make.mail(n(33), family="podcast", lang="en-CA", interview=False, company=None,
           days=(("Wed", "2026-11-04"),),
           note="Podcast recording confirmed (Riverside), 'Wednesday, November 4 at 11:00 AM MST', where Priya "
                "is the guest being interviewed. Not a job interview. Negative.")
def spatial_shift_podcast() -> bytes:
    body = t("""
        Hi Priya,

        You're all set! Here are the details for your recording of The Spatial Shift.

        Episode: "Open flood maps and the people who build them" - an interview with Priya Sandhu
        Recording: Wednesday, November 4, 2026 at 11:00 AM MST (10:00 AM PST)
        Length: 45 minutes recording, plus 10 minutes of sound check
        Studio link: https://riverside.fm/studio/the-spatial-shift?t=9c1e7a

        A few tips: wired headphones, a quiet room, and Chrome on a laptop. We'll send you the
        questions the week before.

        Thanks for coming on the show!
        Callum Reyes
        Host & Producer, The Spatial Shift
        """)
    hs = head("Callum Reyes <callum@thespatialshift.fm>",
              "You're booked! Recording of The Spatial Shift - Nov 4",
              "2026-10-27 12:40:09", "America/Vancouver",
              "<20261027194009.6c2b@thespatialshift.fm>",
              "from smtp.fastmail.example (smtp.fastmail.example [203.0.113.112])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(n(34), family="admission_interview", lang="en-CA", interview=False, company=None,
           days=(("Fri", "2026-11-06"),),
           note="Evening MBA admissions interview at a (fictional) business school, fixed time on Zoom with an "
                "alumni interviewer: an interview, but for a school place, not a job. Negative.")
def mba_admissions() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <p>Dear Priya,</p>
        <p>Thank you for your application to the <b>Evening &amp; Weekend MBA</b> at the Foothills School of
        Business. We are pleased to invite you to an admissions interview, and confirm the following:</p>
        <p><b>Date:</b> Friday, November 6, 2026<br>
        <b>Time:</b> 12:00 p.m. Mountain Time<br>
        <b>Length:</b> 30 minutes<br>
        <b>Format:</b> Zoom, with an alumni interviewer (Mr. Darnell Greaves, MBA &rsquo;18)</p>
        <p>The interview is conversational and focuses on your goals and leadership experience. No
        preparation of materials is required.</p>
        <p>Warm regards,<br>Office of Graduate Admissions<br>Foothills School of Business</p>
        </body></html>
        """)
    hs = head("FSB Graduate Admissions <mba.admissions@foothillsbusiness.ca>",
              "Admissions interview confirmed - Evening & Weekend MBA",
              "2026-10-30 09:15:00", YYC,
              "<admissions.2026.11873@foothillsbusiness.ca>",
              "from mailer.foothillsbusiness.ca (mailer.foothillsbusiness.ca [192.0.2.140])")
    return message(hs, html(page))


@make.mail(n(35), family="sports_tryout", lang="en-CA", interview=False, company=None,
           days=(("Sun", "2026-09-13"), ("Tue", "2026-09-15")),
           note="Women's rec hockey evaluation skates with fixed times: a try-out, not a job interview. Negative.")
def hockey_tryout() -> bytes:
    body = t("""
        Hi Priya,

        Thanks for registering for the 2026-27 season! Evaluation skates for the Tier 2 and Tier 3
        divisions are confirmed:

          Skate 1: Sunday, Sept 13 - 7:15 to 8:30 PM, Elbow Park Arena, Rink B
          Skate 2: Tuesday, Sept 15 - 9:00 to 10:15 PM, same rink

        Please arrive 30 min early for check-in, full equipment required (including neck guard). You'll
        get a pinnie at the door. Team placements go out the following weekend.

        See you on the ice!
        Kerri Lindqvist
        Evaluations Coordinator, Calgary Chinook Women's Hockey Association
        """)
    hs = head("CCWHA Evaluations <evaluations@chinookwomenshockey.ca>",
              "Evaluation skates confirmed - see you Sept 13!",
              "2026-09-08 20:12:44", YYC,
              "<Cn4K8m1Qx0ZpY7vT2aR9e@chinookwomenshockey.ca>",
              "from out.teamsnapmail.example (out.teamsnapmail.example [203.0.113.61])",
              [("Reply-To", "Kerri Lindqvist <kerri.lindqvist@chinookwomenshockey.ca>")])
    return message(hs, text(body, cte="7bit"))


@make.mail(n(36), family="car_service", lang="en-CA", interview=False, company=None,
           days=(("Wed", "2026-10-21"),),
           note="Dealership service booking (winter tire changeover) with a fixed time. Negative.")
def tire_changeover() -> bytes:
    body = t("""
        Hi Priya,

        Your service appointment is confirmed.

        Date: Wednesday, October 21, 2026
        Drop-off time: 7:30 AM
        Vehicle: 2019 Subaru Crosstrek (BKR-4471)
        Services: Seasonal tire changeover (winters on), tire storage, multi-point inspection
        Advisor: Gurpreet Mann

        Shuttle service is available within 10 km. Please allow about 2 hours.

        Need to change your appointment? Reply to this email or call 403-555-0155.

        Southland Auto Centre - Service Department
        """)
    hs = head("Southland Auto Centre Service <service@southlandauto.ca>",
              "Appointment Confirmation - Wed Oct 21, 7:30 AM",
              "2026-10-15 17:05:33", YYC,
              "<appt-552781-confirm@dms.southlandauto.ca>",
              "from dms.southlandauto.ca (dms.southlandauto.ca [198.51.100.203])")
    return message(hs, alt(text(body), html("<html><body><pre style=\"font-family:Arial\">"
                                            + body.replace("&", "&amp;") + "</pre></body></html>\n")))


@make.mail(n(37), family="bank_appointment", lang="en-CA", interview=False, company=None,
           days=(("Thu", "2026-11-12"),),
           note="Credit-union advisor meeting about RRSP and severance planning at a fixed time. Negative.")
def credit_union() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hello Priya,</p>
        <p>Your appointment is booked. We look forward to meeting you.</p>
        <table cellpadding="4">
        <tr><td>With</td><td>Kamal Dhaliwal, Financial Advisor</td></tr>
        <tr><td>When</td><td>Thursday, November 12, 2026, 5:30 PM - 6:30 PM</td></tr>
        <tr><td>Where</td><td>Prairie Heritage Credit Union, Crowfoot branch</td></tr>
        <tr><td>Topic</td><td>RRSP review and planning around a job change</td></tr>
        </table>
        <p>Please bring your most recent pay stub and RRSP statements.</p>
        <p>Prairie Heritage Credit Union</p>
        </body></html>
        """)
    hs = head("Prairie Heritage Credit Union <appointments@prairieheritagecu.ca>",
              "Your appointment with Kamal Dhaliwal is confirmed",
              "2026-11-06 10:22:18", YYC,
              "<booking-771203.20261106172218@prairieheritagecu.ca>",
              "from mail.prairieheritagecu.ca (mail.prairieheritagecu.ca [192.0.2.19])")
    return message(hs, html(page, charset="iso-8859-1"))


@make.mail(n(38), family="mock_interview", lang="en-CA", interview=False, company=None,
           days=(("Sat", "2026-10-17"),),
           note="Career coach confirms a paid 60-minute mock technical interview (Saturday Oct 17, 10 AM): "
                "practice, not a job interview. Negative.")
def mock_interview_coach() -> bytes:
    body = t("""
        Hi Priya,

        Your mock interview session is confirmed!

        Session: Mock technical interview (data engineering) + written feedback
        Date: Saturday, October 17, 2026
        Time: 10:00 - 11:00 AM (Calgary time)
        Where: Zoom - https://us06web.zoom.us/j/83120955170

        I'll play the hiring manager for a mid-size energy company: 40 minutes of interview, then 20
        minutes of feedback. Send me the job posting you're most excited about beforehand and I'll
        tailor the questions.

        Cheers,
        Megan Fairbairn
        Interview Ready YYC - career coaching for tech people
        """)
    hs = head("Megan Fairbairn <megan@interviewreadyyyc.ca>",
              "Confirmed: Mock interview - Sat Oct 17, 10 AM",
              "2026-10-12 14:03:51", YYC,
              "<CAM0vX2Ln7kZ5pR9cT1bQ8wE4dY3jH6sF0gA@mail.gmail.com>",
              "from mail-qk1-f171.google.com (mail-qk1-f171.google.com [209.85.222.171])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(n(39), family="forwarded_other", lang="en-CA", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Priya's brother forwards HIS OWN interview confirmation (Tue Oct 13, 11 AM PT) asking for tips: "
                "a confirmed interview, but not the inbox owner's. Negative.")
def brother_forward() -> bytes:
    body = t("""
        fyi!! got the interview 🎉 any tips for a system design round? you've done like 10 of these lately lol

        ---------- Forwarded message ---------
        From: Emberline Games <no-reply@greenhouse.io>
        Date: Tue, Oct 6, 2026 at 3:14 PM
        Subject: Interview Confirmation: Backend Engineer at Emberline Games
        To: <arjun.sandhu@example.com>

        Hi Arjun,

        Thanks for making time for us! This email confirms your interview:

        Interview: System Design
        Date: Tuesday, October 13, 2026
        Time: 11:00 AM - 12:00 PM PDT
        Location: Zoom

        Best,
        Rosalind Ng
        Recruiting, Emberline Games
        """)
    hs = head("Arjun Sandhu <arjun.sandhu@example.com>",
              "Fwd: Interview Confirmation: Backend Engineer at Emberline Games",
              "2026-10-06 16:02:27", "America/Vancouver",
              "<CAHk3Ww9nR_p2sT7bL0xQ5mZ1vE8cJ4yF6dN@mail.gmail.com>",
              "from mail-ot1-f48.google.com (mail-ot1-f48.google.com [209.85.210.48])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="base64")))


@make.mail(n(40), family="interviewer_panel", lang="en-CA", interview=False, company=None,
           days=(("Wed", "2026-09-30"),),
           note="Current employer (Tamarack Survey) invites Priya to sit on an interview panel for a junior "
                "candidate; Google Calendar invite with a fixed time. She is the interviewer -> negative.")
def tamarack_panel() -> bytes:
    body = t("""
        You have been invited to the following event.

        Interview panel: Junior GIS Analyst - candidate Sam Ortiz
        When
        Wednesday Sep 30, 2026 10am - 11am (MDT)
        Mountain Time - Edmonton

        Where
        Boardroom 3 (Tamarack Survey, 6th floor)

        Who
        Andrea Kostiuk - organizer
        priya.sandhu@example.org
        Devon Whitlock

        Priya - could you take the SQL/PostGIS questions? Resume and scorecard in the shared drive.

        Invitation from Google Calendar
        """)
    ics = VTZ_EDMONTON.join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=America/Edmonton:20260930T100000
DTEND;TZID=America/Edmonton:20260930T110000
DTSTAMP:20260924154210Z
ORGANIZER;CN=Andrea Kostiuk:mailto:andrea.kostiuk@tamaracksurvey.example
UID:3p9s1a7c0k5m2q8v6r4t1b0n9d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.sandhu@example.org:mailto:priya.sandhu@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Devon Whitlock:mailto:devon.whitlock@tamaracksurvey.example
DESCRIPTION:Priya - could you take the SQL/PostGIS questions? Resume and scorecard in the shared drive.
LOCATION:Boardroom 3 (Tamarack Survey\\, 6th floor)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview panel: Junior GIS Analyst - candidate Sam Ortiz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""])
    hs = head("Andrea Kostiuk <andrea.kostiuk@tamaracksurvey.example>",
              "Invitation: Interview panel: Junior GIS Analyst - candidate Sam Ortiz @ Wed Sep 30, 2026 "
              "10am - 11am (MDT) (priya.sandhu@example.org)",
              "2026-09-24 09:42:10", YYC,
              "<calendar-a7d3e901-2b4f-4c68-9e15-6f0b8d2c7a43@google.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              [("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics))))


@make.mail(n(41), family="exit_interview", lang="en-CA", interview=False, company=None,
           days=(("Wed", "2026-12-16"), ("Fri", "2026-12-18")),
           note="Exit interview at the current employer after Priya resigned (Wednesday, December 16 at 2:00 PM, "
                "30 minutes): a fixed-time 'interview', but not a job interview. Negative.")
def tamarack_exit() -> bytes:
    body = t("""
        Hi Priya,

        Thank you for letting us know about your decision - we're sad to see you go but excited for you.
        As part of our offboarding process, I've booked your exit interview:

        Wednesday, December 16 at 2:00 PM, HR meeting room (2nd floor), 30 minutes

        It's confidential and optional, but your feedback really does help us. We'll also go over your
        last day (Friday, December 18), laptop return and final pay.

        Thanks,
        Sophie Tran
        People & Culture, Tamarack Survey Ltd.
        """)
    hs = head("Sophie Tran <sophie.tran@tamaracksurvey.example>",
              "Exit interview - Wednesday Dec 16",
              "2026-12-10 11:18:22", YYC,
              "<YQXPR01MB4410F1C6E2B9A0D7E3F5C88B0A21@YQXPR01MB4410.CANPRD01.PROD.OUTLOOK.COM>",
              "from CAN01-YQX-obe.outbound.protection.outlook.com (mail-yqxcan01on2111.outbound.protection."
              "outlook.com [40.107.119.111])",
              [("Content-Language", "en-CA")])
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.replace("&", "&amp;").split("\n\n"))
        + "</body></html>\n")))


@make.mail(n(42), family="user_research", lang="en-US", interview=False, company=None,
           days=(("Tue", "2026-11-17"),),
           note="Usability-study session Priya signed up for as a participant (a research 'interview' with a "
                "fixed time and an incentive). Negative.")
def usability_session() -> bytes:
    body = t("""
        Hi Priya,

        Thanks for signing up! Your research session is confirmed.

        Study: How GIS professionals share web maps (moderated usability study)
        Researcher: Tobias Lindgren, Atlasly
        When: Tuesday, November 17, 2026, 3:00 PM - 4:00 PM Mountain Time
        Where: Zoom (link sent 24 hours before)
        Incentive: $100 USD gift card, sent within 5 business days after your session

        During the 60-minute interview, you'll share your screen and try out a new sharing flow. There
        are no right or wrong answers - we're testing the product, not you.

        Need to reschedule? Use the link in your ParticiPanel dashboard.

        The ParticiPanel team
        """)
    hs = head("ParticiPanel <sessions@participanel.io>",
              "Confirmed: your research session with Atlasly on Nov 17",
              "2026-11-10 13:00:45", "America/Los_Angeles",
              "<01000194c8a1e3bd-2e6f9b14-8a0d-4c73-b5e2-d91a6c0f3e27-000000@email.amazonses.com>",
              "from a8-61.smtp-out.amazonses.com (a8-61.smtp-out.amazonses.com [54.240.8.61])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(n(43), family="reference_check", lang="en-CA", interview=False, company=None,
           days=(("Wed", "2026-09-23"),),
           note="Another company's hiring manager confirms a reference call with Priya about a former colleague "
                "(Wednesday at 10 MT, 20 minutes). Priya is the reference, not the candidate. Negative.")
def reference_call() -> bytes:
    body = t("""
        Hi Priya,

        Thanks for agreeing to be a reference for Jordan Tremblay - he speaks very highly of your time
        together at Tamarack.

        Confirming our call for Wednesday, September 23 at 10:00 AM Mountain. I'll call you at
        403-555-0148; it should take about 20 minutes. I'll ask about the projects you worked on
        together, his strengths, and areas where he's grown.

        Much appreciated,
        Hollis Kerr
        Director of Engineering, Silverwillow Technologies
        hollis.kerr@silverwillowtech.com
        """)
    hs = head("Hollis Kerr <hollis.kerr@silverwillowtech.com>",
              "Reference call for Jordan Tremblay - Wednesday 10 AM",
              "2026-09-18 14:55:02", YYC,
              "<DM6PR08MB5931C4E2B07A9F1D3E60A8C2F5B14@DM6PR08MB5931.namprd08.prod.outlook.com>",
              "from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2109.outbound.protection."
              "outlook.com [40.107.93.109])")
    return message(hs, text(body))


@make.mail(n(44), family="webinar", lang="en-CA", interview=False, company=None,
           days=(("Tue", "2026-09-22"),),
           note="Zoom webinar registration 'Nailing the geospatial technical interview', fixed time. Negative.")
def webinar_registration() -> bytes:
    body = t("""
        Hi Priya,

        Thank you for registering for "Nailing the Geospatial Technical Interview: SQL, Python and
        Spatial Thinking".

        Date & Time: Sep 22, 2026 12:00 PM Mountain Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/88450123377?tk=Yq3hX0wT

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        GeoCareers Canada
        """)
    hs = head("GeoCareers Canada <no-reply@zoom.us>",
              "Nailing the Geospatial Technical Interview Confirmation",
              "2026-09-14 18:20:51", YYC,
              "<nwmDhkC5SzmX2y1rI0k4Aw@geopod-ismtpd-canary-7>",
              "from o1.email.zoom.us (o1.email.zoom.us [149.72.171.84])",
              [("Reply-To", "events@geocareers.example")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(n(45), family="auto_reply", lang="en-CA", interview=False, company="Harbourline Mobility",
           days=(("Mon", "2026-11-02"),),
           note="Out-of-office auto-reply from the Harbourline recruiter to Priya's thank-you note after the "
                "28 Oct interview. Company = the sender's employer (the hiring company). Negative.")
def harbourline_ooo() -> bytes:
    body = t("""
        Hi there,

        Thanks for your email. I'm out of the office until Monday, November 2 with limited access to
        email. I'll reply as soon as I can when I'm back.

        If you're a candidate with an interview scheduled this week, your interviewers have all the
        details and the Google Meet link in your calendar invitation is still valid.

        Simone Achterberg
        Senior Talent Partner, Harbourline Mobility
        """)
    hs = head("Simone Achterberg <simone.achterberg@harbourline.ca>",
              "Automatic reply: Thank you - technical interview",
              "2026-10-29 08:03:17", "America/Toronto",
              "<CAB7yWw8hP3_oN5Lq1tV2kR0mE9sZ4cU6xJa@mail.gmail.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              [("Auto-Submitted", "auto-replied"),
               ("X-Autoreply", "yes"),
               ("In-Reply-To", "<CAP9x2yqTy4Hb@mail.example.org>")])
    return message(hs, text(body, cte="7bit"))


@make.mail(n(46), family="bounce", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Delivery failure: Priya's reply accepting the Aspen Parkland interview went to a mistyped "
                "domain; the bounce quotes her confirmation ('Thursday at 2 works') and the Zoom details. A "
                "bounce, not a confirmation from the employer. Negative.")
def aspen_bounce() -> bytes:
    report = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <tara.mcewan@aspenparkand.ca>: Host or domain name not found. Name service error
            for name=aspenparkand.ca type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Zc1Kq0m7Fz3xN
        Arrival-Date: Sat, 17 Oct 2026 08:10:55 -0600 (MDT)

        Final-Recipient: rfc822; tara.mcewan@aspenparkand.ca
        Original-Recipient: rfc822;tara.mcewan@aspenparkand.ca
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=aspenparkand.ca type=MX: Host not found, try again
        """)
    orig_body = t("""
        Hi Tara,

        Thursday at 2 works perfectly - see you and Gord then! I'll have the parcel fabric slides ready.

        Priya

        On Fri, Oct 16, 2026 at 3:48 PM Tara McEwan <tara.mcewan@aspenparkland.ca> wrote:
        > Hi Priya,
        >
        > As discussed, here's the Zoom info for Thursday's interview with Gord (our GIS Manager)
        > and me.
        >
        > Topic: Interview - Priya Sandhu / GIS Data Engineer
        > Time: Oct 22, 2026 02:00 PM Mountain Time (US and Canada)
        """)
    orig = message([
        ("From", "Priya Sandhu <priya.sandhu@example.org>"),
        ("To", "Tara McEwan <tara.mcewan@aspenparkand.ca>"),
        ("Subject", "Re: Interview Thursday - Zoom details"),
        ("Date", date("2026-10-17 08:10:51", YYC)),
        ("Message-ID", "<CAP9x2yqZm3Kq@mail.example.org>"),
    ], text(orig_body))
    parts = [
        text(report, cte="7bit", extra=(("Content-Description", "Notification"),)),
        make.raw_part([("Content-Description", "Delivery report"),
                       ("Content-Type", "message/delivery-status")], status),
        make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
    ]
    hs = head("Mail Delivery System <MAILER-DAEMON@smtp.example.org>",
              "Undelivered Mail Returned to Sender",
              "2026-10-17 08:10:57", YYC,
              "<20261017141057.9B2E81C0F4@smtp.example.org>",
              "from smtp.example.org (smtp.example.org [198.51.100.10])",
              [("Auto-Submitted", "auto-replied")], lag=1)
    return message(hs, make.multipart("report", *parts, params="report-type=delivery-status"))


@make.mail(n(47), family="newsletter_tips", lang="en-CA", interview=False, company=None,
           note="Weekly careers newsletter: 'Got an interview on Thursday? Here's your 48-hour prep plan', "
                "interview questions, no appointment. Negative.")
def geo_career_digest() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f7f4ee">
        <table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="620" style="background:#fff;font-family:Georgia,serif;padding:24px">
        <tr><td><p style="font-size:12px;color:#8a6d3b;letter-spacing:1px">THE GEO CAREER DIGEST &middot; ISSUE 112</p>
        <h1 style="font-size:26px">Got an interview on Thursday? Here&rsquo;s your 48-hour prep plan</h1>
        <p>You&rsquo;ve cleared the recruiter screen and the technical interview is booked for 10 a.m. on
        Thursday. Now what? We asked six hiring managers across Calgary, Vancouver and Denver.</p>
        <h2 style="font-size:18px">7 questions you&rsquo;ll get in a geospatial data engineer interview</h2>
        <ol><li>How would you tile a 2 TB LiDAR collection for web delivery?</li>
        <li>Explain the difference between a datum transformation and a projection.</li>
        <li>When would you choose GeoParquet over a PostGIS table?</li>
        <li>Walk me through debugging a slow spatial join.</li></ol>
        <p><a href="https://geocareerdigest.example/issue-112">Read the full issue &rarr;</a></p>
        <p style="font-size:11px;color:#999">You subscribed to The Geo Career Digest.
        <a href="https://geocareerdigest.example/unsubscribe?u=p_sandhu">Unsubscribe</a></p>
        </td></tr></table></td></tr></table></body></html>
        """)
    plain = t("""
        THE GEO CAREER DIGEST - ISSUE 112

        Got an interview on Thursday? Here's your 48-hour prep plan

        You've cleared the recruiter screen and the technical interview is booked for 10 a.m. on
        Thursday. Now what? We asked six hiring managers across Calgary, Vancouver and Denver.

        7 questions you'll get in a geospatial data engineer interview
        1. How would you tile a 2 TB LiDAR collection for web delivery?
        2. Explain the difference between a datum transformation and a projection.
        3. When would you choose GeoParquet over a PostGIS table?
        4. Walk me through debugging a slow spatial join.

        Read the full issue: https://geocareerdigest.example/issue-112
        Unsubscribe: https://geocareerdigest.example/unsubscribe?u=p_sandhu
        """)
    hs = head("The Geo Career Digest <digest@geocareerdigest.example>",
              "Got an interview on Thursday? Your 48-hour prep plan",
              "2026-11-03 06:30:00", YYC,
              "<issue-112.p_sandhu@geocareerdigest.example>",
              "from mail194-7.atl121.mcsv.net (mail194-7.atl121.mcsv.net [205.201.194.7])",
              [("List-Id", "The Geo Career Digest <digest.geocareerdigest.example>"),
               ("List-Unsubscribe", "<https://geocareerdigest.example/unsubscribe?u=p_sandhu>"),
               ("Precedence", "bulk")])
    return message(hs, alt(text(plain), html(page)))


@make.mail(n(48), family="parent_teacher", lang="en-CA", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="School booking system: 'Parent-Teacher Interview' confirmed for Thursday, November 19, "
                "5:40-5:50 PM. The Canadian name says interview, but it is a school meeting. Negative.")
def parent_teacher() -> bytes:
    body = t("""
        Parent-Teacher Interview Confirmation

        Dear Priya Sandhu,

        Your interview booking has been confirmed:

        Student: Anika Sandhu (Grade 4, Room 12)
        Teacher: Ms. Chidinma Okafor
        Date: Thursday, November 19, 2026
        Time: 5:40 PM - 5:50 PM
        Location: Ridgeview Elementary School, Room 12

        Interviews are 10 minutes long. Please arrive a few minutes early, as the schedule is tight.
        To cancel, sign in to SchoolSlots with your booking code RVE-7Q4K.

        Ridgeview Elementary School
        """)
    hs = head("Ridgeview Elementary via SchoolSlots <no-reply@schoolslots.example>",
              "Parent-Teacher Interview Confirmation - Ms. Okafor, Thu Nov 19 5:40 PM",
              "2026-11-12 19:44:08", YYC,
              "<booking.RVE-7Q4K.20261113024408@schoolslots.example>",
              "from mailer.schoolslots.example (mailer.schoolslots.example [192.0.2.200])")
    return message(hs, text(body, charset="windows-1252"))


@make.mail(n(49), family="meetup", lang="en-CA", interview=False, company=None,
           days=(("Wed", "2026-10-14"),),
           note="Mailing-list announcement of a local GIS meetup with a fixed time and a 'hiring corner'. "
                "Negative.")
def gis_meetup_list() -> bytes:
    body = t("""
        Hi all,

        Our October meetup is confirmed! Lightning talks + the usual pizza.

        When: Wednesday, October 14, 6:30-8:30 PM
        Where: Innovation Commons, 2nd floor, 1010 8 Ave SW (doors at 6)

        Talks:
          - "Vector tiles at city scale" - Lina Osei
          - "What I learned from 30 GIS job interviews" - anonymous (brave) volunteer
          - "QField in the backcountry" - Pat Redcrow

        Hiring corner: a few local companies will have tables; bring a resume if you're looking.

        RSVP on the wiki so we order enough pizza.

        Cheers,
        Ben (for the YYC GeoMeetup organisers)

        _______________________________________________
        yycgeo mailing list
        yycgeo@lists.yycgeo.example
        https://lists.yycgeo.example/mailman/listinfo/yycgeo
        """)
    hs = head("Ben Achebe via yycgeo <yycgeo@lists.yycgeo.example>",
              "[yycgeo] October meetup - lightning talks, Wed Oct 14",
              "2026-10-05 21:07:33", YYC,
              "<CAD2nBx7Lq_9wR4eT1cH0kM5yP8vZ3sJ6uQa@mail.gmail.com>",
              "from lists.yycgeo.example (lists.yycgeo.example [203.0.113.9])",
              [("Reply-To", "yycgeo@lists.yycgeo.example"),
               ("List-Id", "Calgary geospatial meetup <yycgeo.lists.yycgeo.example>"),
               ("List-Post", "<mailto:yycgeo@lists.yycgeo.example>"),
               ("Precedence", "list")],
              to="yycgeo@lists.yycgeo.example")
    return message(hs, text(body, cte="7bit"))


@make.mail(n(50), family="post_interview", lang="en-US", interview=False, company="Meridian Loop",
           days=(("Thu", "2026-10-01"),),
           note="Ashby candidate-experience survey after the 1 Oct interview; repeats the past interview date "
                "and time but schedules nothing. Negative.")
def meridian_survey() -> bytes:
    body = t("""
        Hi Priya,

        Thanks for interviewing with Meridian Loop on Thursday, October 1 at 11:30 AM EDT. We'd love
        to hear how it went - good or bad.

        This 2-minute survey is anonymous and goes straight to our recruiting team:
        https://app.ashbyhq.com/survey/meridianloop/4d7e2a91

        The team is wrapping up interviews this week; Noa will be in touch about next steps.

        Meridian Loop Recruiting
        """)
    hs = head("Meridian Loop <no-reply@ashbyhq.com>",
              "How was your interview with Meridian Loop?",
              "2026-10-02 13:00:22", "America/New_York",
              "<010001924e10a6c3-7b2d9e40-1c5f-4a8e-b3d6-5e0f7a2c9b81-000000@email.amazonses.com>",
              "from a8-37.smtp-out.amazonses.com (a8-37.smtp-out.amazonses.com [54.240.8.37])")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))
