"""blind119: 50 hand-written mails from the inbox of Erik Lindqvist, a supply-chain data analyst in
Minneapolis (America/Chicago), September to mid-December 2026.

Written blind (without reading the detector, its tests, or the other held-out mails) by a helper
session. Build and check with ``python3 bench/heldout/make_blind.py blind119``.

File numbers are a fixed shuffle of the writing order: the mail written ``key``-th is
``blind119_{ORDER[key-1]:03d}.eml``. Keys 1-23 are positives (1-16 scheduled, 17-20 rescheduled,
21-23 cancelled), keys 24-50 negatives.
"""

from __future__ import annotations

import hashlib
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

ORDER = random.Random(1190119).sample(range(1, 51), 50)
ERIK = "erik.lindqvist@example.org"
ERIK_TO = addr("Erik Lindqvist", ERIK)
CHI = "America/Chicago"
NYC = "America/New_York"
LAX = "America/Los_Angeles"


def n(key: int) -> str:
    return f"blind119_{ORDER[key - 1]:03d}"


def mx_id(seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:12]


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str,
         to: str = ERIK_TO, extra: tuple[tuple[str, str], ...] = (), lag: int = 3,
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID (+ extra), as the IMAP server stores them."""
    rcv = received(f"from {relay}", when, zone, f"mx1.example.org with ESMTPS id {mx_id(mid)}", ERIK, lag)
    return [
        ("Delivered-To", ERIK),
        ("Received", rcv),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


VTZ_EXTRA = {
    "America/Los_Angeles": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
}


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-17 10:00", CHI), end=utc("2026-09-17 11:00", CHI),
      contact="kelsey.amundson@northstargoods.com", company="Northstar Goods",
      local="Thu 2026-09-17 10:00", local_end="2026-09-17 11:00", zone=CHI,
      note="Greenhouse confirmation, 'Thursday, September 17, 2026 10:00 AM - 11:00 AM CDT' (Minneapolis HQ, "
           "CDT = UTC-5) -> 15:00Z-16:00Z; ICS in America/Chicago agrees; contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hi Erik,

        Thanks for making time to meet with us! Your interview for Supply Chain Data
        Analyst (Req #24-0917) is confirmed. Details are below.

        Date: Thursday, September 17, 2026
        Time: 10:00 AM - 11:00 AM CDT
        Location: Northstar Goods Headquarters, 1000 Nicollet Mall, Minneapolis, MN 55403
        Check in at the Tower 2 security desk on the skyway level; a visitor badge
        will be waiting under your name.

        Schedule
          10:00 AM - 10:30 AM  Marcus Dahl, Sr. Manager, Inventory Analytics
          10:30 AM - 11:00 AM  Lena Fredrickson, Analyst III, Replenishment

        Parking: the Marquette ramp validates for 4 hours, bring your ticket up.

        If you have any questions or need to make a change, just reply to this email.

        Kelsey Amundson
        Talent Acquisition Partner | Northstar Goods
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Erik,</p>
        <p>Thanks for making time to meet with us! Your interview for <b>Supply Chain Data Analyst
        (Req #24-0917)</b> is confirmed. Details are below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Thursday, September 17, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:00 AM CDT</td></tr>
        <tr><td><b>Location:</b></td><td>Northstar Goods Headquarters, 1000 Nicollet Mall, Minneapolis, MN 55403</td></tr>
        </table>
        <p>Check in at the Tower 2 security desk on the skyway level; a visitor badge will be waiting under your name.</p>
        <p><b>Schedule</b><br>
        10:00 AM - 10:30 AM &nbsp; Marcus Dahl, Sr. Manager, Inventory Analytics<br>
        10:30 AM - 11:00 AM &nbsp; Lena Fredrickson, Analyst III, Replenishment</p>
        <p>Parking: the Marquette ramp validates for 4 hours, bring your ticket up.</p>
        <p>If you have any questions or need to make a change, just reply to this email.</p>
        <p>Kelsey Amundson<br>Talent Acquisition Partner | Northstar Goods</p>
        <img src="https://us.greenhouse-mail.io/wf/open?upn=u001.Xk2b9" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:gh-interview-7730412-erik.lindqvist@greenhouse.io
DTSTAMP:20260914T141200Z
DTSTART;TZID=America/Chicago:20260917T100000
DTEND;TZID=America/Chicago:20260917T110000
SUMMARY:Interview: Erik Lindqvist for Supply Chain Data Analyst (Northstar Goods)
LOCATION:Northstar Goods HQ\\, 1000 Nicollet Mall\\, Minneapolis\\, MN 55403
ORGANIZER;CN=Kelsey Amundson:mailto:kelsey.amundson@northstargoods.com
ATTENDEE;CN=Erik Lindqvist;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:erik.lindqvist@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Northstar Goods", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Supply Chain Data Analyst at Northstar Goods",
              "2026-09-14 09:12", CHI, "<0100019a2f3c8d1e-5b1e2c3a-interview-confirm@us.greenhouse-mail.io>",
              relay="o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.40.12])",
              extra=(("Reply-To", addr("Kelsey Amundson", "kelsey.amundson@northstargoods.com")),
                     ("X-Mailer", "Greenhouse Software")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(2), family="workday", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-22 14:30", CHI), end=utc("2026-09-22 15:30", CHI),
      contact="brent.solheim@medalondevices.com", company="Medalon Devices",
      local="Tue 2026-09-22 14:30", local_end="2026-09-22 15:30", zone=CHI,
      note="Workday HTML-only (base64) 'Tuesday, September 22, 2026 2:30 PM - 3:30 PM (Central Daylight Time)' "
           "-> 19:30Z-20:30Z; sender is the Workday tenant address, contact = recruiter address in the body")
def m02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#00356b;color:#fff;font-size:18px">Medalon Devices Careers</td></tr>
        <tr><td>
        <p>Dear Erik Lindqvist,</p>
        <p>Thank you for your interest in the <b>Senior Supply Chain Data Analyst (R-10482)</b> position.
        We are pleased to confirm the following interview:</p>
        <p><b>Interview Type:</b> Virtual - Microsoft Teams<br>
        <b>Date:</b> Tuesday, September 22, 2026<br>
        <b>Time:</b> 2:30 PM - 3:30 PM (Central Daylight Time)<br>
        <b>Interviewer(s):</b> Priya Raman, Director, Global Supply Planning</p>
        <p>A Microsoft Teams link will be sent separately by the interviewer. Please sign in to
        your candidate home account to review the job posting and your application.</p>
        <p>If you have questions about your interview, please contact Brent Solheim, Talent
        Acquisition, at <a href="mailto:brent.solheim@medalondevices.com">brent.solheim@medalondevices.com</a>.</p>
        <p>Regards,<br>Medalon Devices Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox.
        Medalon Devices is an Equal Opportunity Employer. 7200 Fernbrook Lane, Plymouth, MN 55447</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Medalon Devices", "medalon@myworkday.com"),
              "Interview Scheduled - Senior Supply Chain Data Analyst (R-10482)",
              "2026-09-16 16:40", CHI, "<1847209233.41187.1789594800112@wd5-prod-mail.myworkday.com>",
              relay="wd5-mta-3.myworkday.com (wd5-mta-3.myworkday.com [198.148.175.43])")
    return message(hs, html(page, cte="base64"))


@mail(n(3), family="neogov", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-30 09:00", CHI), end=utc("2026-09-30 09:45", CHI),
      contact="dolores.kvale@tamarackcountymn.gov", company="Tamarack County",
      local="Wed 2026-09-30 09:00", local_end="2026-09-30 09:45", zone=CHI,
      note="County government (NEOGOV-style notice), text only windows-1252 8bit; US date '09/30/2026' at 9:00 AM "
           "Central, 'will last 45 minutes' -> 14:00Z-14:45Z; contact = HR analyst address in the body")
def m03() -> bytes:
    body = t("""
        Dear Erik Lindqvist,

        Congratulations! Based on your application and the results of the
        supplemental questionnaire, you have been selected for an interview for
        the position of:

            Data Analyst II – Public Works Fleet & Logistics
            Recruitment #26-0412-02

        Interview date:  09/30/2026 (Wednesday)
        Check-in time:   8:45 AM
        Interview time:  9:00 AM
        Location:        Tamarack County Government Center
                         Room 214 (HR Conference Room), 2nd floor
                         500 Second Avenue North, Tamarack Falls, MN

        The panel interview will last 45 minutes. Please bring a photo ID. You
        won’t need to bring copies of your résumé; the panel has your
        application materials.

        If you require a reasonable accommodation for the interview process,
        please contact me as soon as possible.

        Dolores Kvale
        Human Resources Analyst
        Tamarack County Human Resources
        dolores.kvale@tamarackcountymn.gov | 763-555-0148

        ----------------------------------------------------------------------
        This notification was sent to you through GovernmentJobs.com on behalf
        of Tamarack County. Please do not reply to this message.
        """)
    hs = head(addr("Tamarack County", "noreply@governmentjobs.com"),
              "Tamarack County: Interview Notification - Data Analyst II",
              "2026-09-22 10:05", CHI, "<20260922150500.6D1A23C04F@mail.governmentjobs.com>",
              relay="mail.governmentjobs.com (mail.governmentjobs.com [52.54.117.20])")
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


EXCH_HTML_TEAMS = """<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams</span> <span style="font-size:14px;color:#252424">Need help?</span></div>
<div style="margin-bottom:6px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0" style="font-size:20px;font-weight:700;color:#5B5FC7">Join the meeting now</a></div>
<div style="font-size:14px;color:#252424">Meeting ID: {mtg} <br>Passcode: {pw}</div>
<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>"""


@mail(n(4), family="exchange_outlook", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-06 13:00", CHI), end=utc("2026-10-06 14:00", CHI),
      contact="tom.hansen@prairiegoldcoop.com", company="Prairie Gold Cooperative",
      local="Tue 2026-10-06 13:00", local_end="2026-10-06 14:00", zone=CHI,
      note="Exchange meeting request from a grain cooperative; body says '(UTC-06:00) Central Time (US & Canada)' "
           "(the standard offset) but October 6 is CDT, so 1:00 PM = 18:00Z (ICS TZID 'Central Standard Time' "
           "agrees); contact = organizer/sender")
def m04() -> bytes:
    body = t("""
        When: Tuesday, October 6, 2026 1:00 PM-2:00 PM. (UTC-06:00) Central Time (US & Canada)
        Where: Microsoft Teams Meeting

        Erik,

        Thanks for your time on the phone last week. Please accept this invitation for a
        Teams interview with myself and Jill Ostrowski (Grain Merchandising Analytics).
        We'll spend most of the hour on your experience with demand forecasting and
        inbound logistics data, and leave time for your questions.

        Tom

        Tom Hansen | Manager, Supply Chain Analytics
        Prairie Gold Cooperative | 5500 Cenex-Ave Inver Grove Heights, MN
        O: 651-555-0190

        ________________________________________________________________________________
        Microsoft Teams Need help?
        Join the meeting now <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjI4NDE2%40thread.v2/0>
        Meeting ID: 281 440 736 112
        Passcode: Fh7q2Z
        ________________________________________________________________________________
        For organizers: Meeting options
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-US" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">Erik,</p>
        <p class="MsoNormal">Thanks for your time on the phone last week. Please accept this invitation for a Teams interview with myself and Jill Ostrowski (Grain Merchandising Analytics). We&#8217;ll spend most of the hour on your experience with demand forecasting and inbound logistics data, and leave time for your questions.</p>
        <p class="MsoNormal">Tom</p>
        <p class="MsoNormal"><b>Tom Hansen</b> | Manager, Supply Chain Analytics<br>Prairie Gold Cooperative | 5500 Cenex-Ave Inver Grove Heights, MN<br>O: 651-555-0190</p>
        """) + EXCH_HTML_TEAMS.format(mid="ZjI4NDE2", mtg="281 440 736 112", pw="Fh7q2Z") + "\n</div></body></html>\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Hansen\\, Tom:mailto:tom.hansen@prairiegoldcoop.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Erik Lindqvist:mailto:erik.lindqvist@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ostrowski\\, Jill:mailto:jill.ostrowski@prairiegoldcoop.com
DESCRIPTION;LANGUAGE=en-US:Erik\\,\\n\\nThanks for your time on the phone last week. Please accept this invitation for a Teams interview.\\n
UID:040000008200E00074C5B7101A82E00800000000A0F4D3E7B94ADC01000000000000000010000000C1B5D2C7E3A0A14E9B9A3F6E1C2D7A11
SUMMARY;LANGUAGE=en-US:Interview - Supply Chain Data Analyst - Erik Lindqvist
DTSTART;TZID=Central Standard Time:20261006T130000
DTEND;TZID=Central Standard Time:20261006T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T162000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117428391
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjI4NDE2%40thread.v2/0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationUri":"","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Hansen, Tom", "tom.hansen@prairiegoldcoop.com"),
              "Interview - Supply Chain Data Analyst - Erik Lindqvist",
              "2026-10-01 11:20", CHI,
              "<SA1PR12MB7384C2D1E0B6F3A9C1D2E4B7A1@SA1PR12MB7384.namprd12.prod.outlook.com>",
              relay="NAM12-SN7-obe.outbound.protection.outlook.com (mail-sn7nam12on2101.outbound.protection.outlook.com [40.107.93.101])",
              extra=(("Thread-Topic", "Interview - Supply Chain Data Analyst - Erik Lindqvist"),
                     ("Thread-Index", "AdtT4Kq1m0b9xYwRQ2yG7hLz3cV1Qw=="),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="us-ascii"), html(page, charset="us-ascii"),
                           calendar(ics, cte="base64")))


@mail(n(5), family="lever", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-14 11:00", LAX), end=utc("2026-10-14 11:45", LAX),
      contact="maya@tidewaterlabs.io", company="Tidewater Labs",
      local="Wed 2026-10-14 11:00", local_end="2026-10-14 11:45", zone=LAX,
      note="Lever confirmation from a San Francisco startup writing Pacific time: 11:00-11:45 AM PDT (UTC-7) -> "
           "18:00Z-18:45Z (the body's '1:00 PM Central' agrees); contact = human Reply-To")
def m05() -> bytes:
    body = t("""
        Hi Erik,

        You're all set! Here are the details for your upcoming interview with Tidewater Labs.

        Role: Senior Analyst, Supply Chain Data (Remote - US)
        When: Wednesday, October 14, 2026, 11:00 AM – 11:45 AM PDT
              (that's 1:00 PM – 1:45 PM Central)
        Where: Google Meet – meet.google.com/qwv-hzbn-tpe
        Who: Owen Tafoya, Head of Data

        Owen will mostly want to hear how you'd model lead-time variability for
        our carrier network, no prep needed beyond that.

        Need to reschedule? Reply to this email and Maya will take care of it.

        Cheers,
        Maya Feldstein
        Recruiting @ Tidewater Labs
        """)
    page = t("""
        <div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:15px;line-height:1.5;color:#111">
        <p>Hi Erik,</p>
        <p>You're all set! Here are the details for your upcoming interview with Tidewater Labs.</p>
        <div style="border:1px solid #e3e3e3;border-radius:6px;padding:12px 16px">
        <div><span style="color:#777">Role</span><br>Senior Analyst, Supply Chain Data (Remote - US)</div>
        <div style="margin-top:8px"><span style="color:#777">When</span><br>Wednesday, October 14, 2026, 11:00 AM &ndash; 11:45 AM PDT<br>
        <span style="color:#777;font-size:13px">(that's 1:00 PM &ndash; 1:45 PM Central)</span></div>
        <div style="margin-top:8px"><span style="color:#777">Where</span><br><a href="https://meet.google.com/qwv-hzbn-tpe">Google Meet &ndash; meet.google.com/qwv-hzbn-tpe</a></div>
        <div style="margin-top:8px"><span style="color:#777">Who</span><br>Owen Tafoya, Head of Data</div>
        </div>
        <p>Owen will mostly want to hear how you'd model lead-time variability for our carrier network, no prep needed beyond that.</p>
        <p>Need to reschedule? Reply to this email and Maya will take care of it.</p>
        <p>Cheers,<br>Maya Feldstein<br>Recruiting @ Tidewater Labs</p>
        <p style="font-size:11px;color:#999">Sent via Lever &middot; <a href="https://jobs.lever.co/tidewaterlabs">jobs.lever.co/tidewaterlabs</a></p>
        </div>
        """)
    hs = head(addr("Tidewater Labs", "no-reply@hire.lever.co"),
              "Confirmed: your interview with Tidewater Labs",
              "2026-10-08 15:30", LAX, "<em.5f2c1a9b.tidewaterlabs.20261008223000@hire.lever.co>",
              relay="mail-ot1-f99.mailgun.net (mail-ot1-f99.mailgun.net [198.61.254.99])",
              extra=(("Reply-To", addr("Maya Feldstein", "maya@tidewaterlabs.io")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(6), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-29 16:30", NYC), end=utc("2026-10-29 17:15", NYC),
      contact="jonah.brightman@ledgerline.com", company="Ledgerline",
      local="Thu 2026-10-29 16:30", local_end="2026-10-29 17:15", zone=NYC,
      note="Ashby (base64 text+html + ICS); body shows the candidate's zone '3:30 PM - 4:15 PM CDT', the ICS is in "
           "America/New_York 16:30-17:15 EDT; both = 20:30Z-21:15Z; contact = human Reply-To")
def m06() -> bytes:
    body = t("""
        Hi Erik,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 29, 2026
        3:30 PM – 4:15 PM CDT (your time zone)
        Zoom: https://ledgerline.zoom.us/j/84412093317

        You'll meet with:
          Farah Quadri — Staff Analyst, Trade Finance Ops
          Luis Carmona — Product Lead, Supplier Payments

        Questions? Just reply and it will reach Jonah Brightman.

        Thanks,
        Ledgerline Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Erik,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Thursday, October 29, 2026</strong><br>
        3:30 PM – 4:15 PM CDT (your time zone)<br>
        Zoom: <a href="https://ledgerline.zoom.us/j/84412093317">https://ledgerline.zoom.us/j/84412093317</a></p>
        <p>You&#x27;ll meet with:<br>
        Farah Quadri — Staff Analyst, Trade Finance Ops<br>
        Luis Carmona — Product Lead, Supplier Payments</p>
        <p>Questions? Just reply and it will reach Jonah Brightman.</p>
        <p>Thanks,<br>Ledgerline Recruiting</p>
        <p style="color:#8c959f;font-size:12px">Powered by Ashby</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:3c0e6a4f-0b8d-4c2e-9d51-7a2f1e8b6c90
DTSTAMP:20261026T140200Z
DTSTART;TZID=America/New_York:20261029T163000
DTEND;TZID=America/New_York:20261029T171500
SEQUENCE:0
SUMMARY:Ledgerline – Senior Supply Chain Finance Analyst Interview
LOCATION:https://ledgerline.zoom.us/j/84412093317
ORGANIZER;CN=Jonah Brightman:mailto:jonah.brightman@ledgerline.com
ATTENDEE;CN=Erik Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:erik.lindqvist@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Ledgerline", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior Supply Chain Finance Analyst at Ledgerline",
              "2026-10-26 10:02", NYC,
              "<0100019ac1e27b44-9a1d3f02-6c7e-4b8a-a2f1-5e9d0c3b7a11-000000@email.amazonses.com>",
              relay="a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
              extra=(("Reply-To", addr("Jonah Brightman", "jonah.brightman@ledgerline.com")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(7), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:00", CHI), end=utc("2026-11-02 09:45", CHI),
      contact="rachel.okafor@coldchaincompass.com", company="Coldchain Compass",
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 09:45", zone=CHI,
      note="DST edge: Calendly invitee mail sent Thu 29 Oct in CDT for Mon 2 Nov 9:00-9:45am Central, the day "
           "after US DST ends, so CST (UTC-6) -> 15:00Z-15:45Z; ICS agrees; contact = host via Reply-To")
def m07() -> bytes:
    body = t("""
        Hi Erik Lindqvist,

        A new event has been scheduled.

        Event Type:
        45 Minute Interview - Analytics Lead (Hiring Manager)

        Invitee:
        Erik Lindqvist

        Invitee Email:
        erik.lindqvist@example.org

        Event Date/Time:
        09:00am - 09:45am (Central Time - US & Canada) on Monday, November 2, 2026

        Location:
        This is a Zoom web conference.
        https://us06web.zoom.us/j/87700412256?pwd=Q2x0cmNoaXZlZ2Fzcw

        Host:
        Rachel Okafor

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7b1f0e42-0c53-4f6a-a0de-2d7c1b9e4a18
        Reschedule: https://calendly.com/reschedulings/7b1f0e42-0c53-4f6a-a0de-2d7c1b9e4a18

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <p>Hi Erik Lindqvist,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>45 Minute Interview - Analytics Lead (Hiring Manager)</p>
        <p><b>Invitee:</b><br>Erik Lindqvist</p>
        <p><b>Invitee Email:</b><br><a href="mailto:erik.lindqvist@example.org">erik.lindqvist@example.org</a></p>
        <p><b>Event Date/Time:</b><br>09:00am - 09:45am (Central Time - US &amp; Canada) on Monday, November 2, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br>
        <a href="https://us06web.zoom.us/j/87700412256?pwd=Q2x0cmNoaXZlZ2Fzcw">https://us06web.zoom.us/j/87700412256?pwd=Q2x0cmNoaXZlZ2Fzcw</a></p>
        <p><b>Host:</b><br>Rachel Okafor</p>
        <p><a href="https://calendly.com/cancellations/7b1f0e42-0c53-4f6a-a0de-2d7c1b9e4a18">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/7b1f0e42-0c53-4f6a-a0de-2d7c1b9e4a18">Reschedule</a></p>
        <p style="color:#888;font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
{VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:7b1f0e42-0c53-4f6a-a0de-2d7c1b9e4a18@calendly.com
DTSTAMP:20261029T190700Z
DTSTART;TZID=America/Chicago:20261102T090000
DTEND;TZID=America/Chicago:20261102T094500
SUMMARY:Erik Lindqvist and Rachel Okafor
LOCATION:https://us06web.zoom.us/j/87700412256?pwd=Q2x0cmNoaXZlZ2Fzcw
ORGANIZER;CN=Rachel Okafor:mailto:rachel.okafor@coldchaincompass.com
ATTENDEE;CN=Erik Lindqvist;RSVP=TRUE:mailto:erik.lindqvist@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "New Event: Erik Lindqvist - 09:00am Mon, Nov 2, 2026 - 45 Minute Interview - Analytics Lead",
              "2026-10-29 14:07", CHI, "<6f0a2e91c7b34d1e8a5f@calendly.com>",
              relay="o3.email.calendly.com (o3.email.calendly.com [167.89.98.201])",
              extra=(("Reply-To", addr("Rachel Okafor", "rachel.okafor@coldchaincompass.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64",
                                      name_param=True)))


@mail(n(8), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-10 15:30", CHI), end=utc("2026-11-10 16:00", CHI),
      contact="dom.kowalczyk@lakeshoretalent.com", company="Corvane Logistics",
      local="Tue 2026-11-10 15:30", local_end="2026-11-10 16:00", zone=CHI,
      note="Agency recruiter from his phone on Mon 9 Nov 1:05 PM (CST): 'tomorrow at 3:30 (central)', '30 min' -> Tue 10 Nov "
           "21:30Z-22:00Z; company = the hiring client Corvane, contact = the agency recruiter who sent it")
def m08() -> bytes:
    body = t("""
        Erik - you're confirmed for tomorrow at 3:30 (central) w/ Angela Ruiz, Dir of Analytics at Corvane. Phone screen, 30 min, she'll call your cell (612) 555-0176. Mostly about the WMS migration + forecasting stuff we talked about

        Call me after if you can!!

        Dom

        Sent from my iPhone
        """)
    hs = head(addr("Dom Kowalczyk", "dom.kowalczyk@lakeshoretalent.com"),
              "Corvane tmrw",
              "2026-11-09 13:05", CHI, "<A3F1C2D0-7E44-4B9A-9C1E-55B0D2A7F913@lakeshoretalent.com>",
              relay="mail-pl1-f172.google.com (mail-pl1-f172.google.com [209.85.214.172])",
              extra=(("X-Mailer", "iPhone Mail (22B83)"),))
    return message(hs, text(body, charset="us-ascii", cte="7bit", params="format=flowed; delsp=yes"))


@mail(n(9), family="exchange_outlook", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-11-16 10:00", "America/Winnipeg"), end=utc("2026-11-16 11:00", "America/Winnipeg"),
      contact="emilie.fortin@redriverfreightways.ca", company="Red River Freightways",
      local="Mon 2026-11-16 10:00", local_end="2026-11-16 11:00", zone="America/Winnipeg",
      note="Winnipeg firm, Exchange request with TZID 'Central Standard Time'; 10:00-11:00 Central in November = CST "
           "(UTC-6) -> 16:00Z-17:00Z; RFC 2047 organizer name; contact = organizer/sender")
def m09() -> bytes:
    body = t("""
        When: Monday, November 16, 2026 10:00 AM-11:00 AM. (UTC-06:00) Central Time (US & Canada)
        Where: Microsoft Teams Meeting

        Good morning Erik,

        Further to our call, I'm pleased to invite you to a first interview for the
        Logistics Data Analyst position (hybrid, Winnipeg or remote from Minnesota).
        You'll be meeting with me and with Darnell Whitehorse, our Director of
        Network Planning. The conversation will be about an hour.

        Please accept the invitation so it lands in your calendar, and don't
        hesitate to reach out if the time no longer suits.

        Kind regards,

        Émilie Fortin (she/her)
        Senior Talent Advisor | Red River Freightways
        1450 Inkster Boulevard, Winnipeg, MB  R2X 1P5
        204-555-0133

        ________________________________________________________________________________
        Microsoft Teams Need help?
        Join the meeting now <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE0YmQ3%40thread.v2/0>
        Meeting ID: 226 918 550 347
        Passcode: 9Lk4tR
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-CA"><div class="WordSection1">
        <p class="MsoNormal">Good morning Erik,</p>
        <p class="MsoNormal">Further to our call, I&#8217;m pleased to invite you to a first interview for the Logistics Data Analyst position (hybrid, Winnipeg or remote from Minnesota). You&#8217;ll be meeting with me and with Darnell Whitehorse, our Director of Network Planning. The conversation will be about an hour.</p>
        <p class="MsoNormal">Please accept the invitation so it lands in your calendar, and don&#8217;t hesitate to reach out if the time no longer suits.</p>
        <p class="MsoNormal">Kind regards,</p>
        <p class="MsoNormal"><b>Émilie Fortin</b> (she/her)<br>Senior Talent Advisor | Red River Freightways<br>1450 Inkster Boulevard, Winnipeg, MB&nbsp; R2X 1P5<br>204-555-0133</p>
        """) + EXCH_HTML_TEAMS.format(mid="NzE0YmQ3", mtg="226 918 550 347", pw="9Lk4tR") + "\n</div></body></html>\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Fortin\\, Émilie:mailto:emilie.fortin@redriverfreightways.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Erik Lindqvist:mailto:erik.lindqvist@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Whitehorse\\, Darnell:mailto:darnell.whitehorse@redriverfreightways.ca
UID:040000008200E00074C5B7101A82E008000000003077B1A2E05ADD01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=en-CA:Interview – Logistics Data Analyst – Erik Lindqvist
DTSTART;TZID=Central Standard Time:20261116T100000
DTEND;TZID=Central Standard Time:20261116T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261110T154500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE0YmQ3%40thread.v2/0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Fortin, Émilie", "emilie.fortin@redriverfreightways.ca"),
              "Interview – Logistics Data Analyst – Erik Lindqvist",
              "2026-11-10 09:45", "America/Winnipeg",
              "<YT3PR01MB6021A7D2C4B9E1F08D3C5A6B2E@YT3PR01MB6021.CANPRD01.PROD.OUTLOOK.COM>",
              relay="CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2117.outbound.protection.outlook.com [40.107.115.117])",
              extra=(("Thread-Topic", enc("Interview – Logistics Data Analyst – Erik Lindqvist")),
                     ("Content-Language", "en-CA")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(10), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-19 08:00", CHI), end=utc("2026-11-19 12:00", CHI),
      contact="greg.halvorsen@zumbrohealth.com", company="Zumbro Health Analytics",
      local="Thu 2026-11-19 08:00", local_end="2026-11-19 12:00", zone=CHI,
      note="Google Calendar invitation from the hiring manager (Rochester MN): 'Thu Nov 19, 2026 8am - 12pm (CST)' "
           "-> 14:00Z-18:00Z; ICS inline and as invite.ics; contact = organizer")
def m10() -> bytes:
    body = t("""
        Greg Halvorsen has invited you to attend an event

        Erik Lindqvist - onsite interview (Zumbro Health Analytics, Supply Chain Analyst II)
        Thursday Nov 19, 2026 ⋅ 8am – 12pm (Central Time - Chicago)

        Location
        Zumbro Health Analytics, 2200 Second St SW, Suite 400, Rochester, MN 55902
        https://www.google.com/maps/search/2200+Second+St+SW,+Suite+400,+Rochester,+MN+55902

        Erik - looking forward to having you down in Rochester. Plan:
        8:00 coffee with me
        8:30 case exercise (bring a laptop, we'll send the data that morning)
        10:00 panel with Sourcing + Clinical Supply
        11:15 lunch-ish wrap-up
        Park in the visitor ramp on 3rd Ave, we'll validate. -Greg

        Organizer
        Greg Halvorsen
        greg.halvorsen@zumbrohealth.com

        Guests
        Greg Halvorsen - organizer
        erik.lindqvist@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M2RhcW9u

        Reply for erik.lindqvist@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=M2RhcW9u&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=M2RhcW9u&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=M2RhcW9u&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from Greg Halvorsen"/></span></span>
        <div style=""><table cellspacing="0" cellpadding="0" style="width:100%;font-family:Roboto,Helvetica,Arial,sans-serif"><tr><td>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Erik Lindqvist - onsite interview (Zumbro Health Analytics, Supply Chain Analyst II)</h2>
        <div style="font-size:14px;color:#3c4043">Thursday Nov 19, 2026 &#8901; 8am &ndash; 12pm (Central Time - Chicago)</div>
        <div style="margin-top:12px"><b>Location</b><br>Zumbro Health Analytics, 2200 Second St SW, Suite 400, Rochester, MN 55902</div>
        <div style="margin-top:12px">Erik - looking forward to having you down in Rochester. Plan:<br>8:00 coffee with me<br>8:30 case exercise (bring a laptop, we'll send the data that morning)<br>10:00 panel with Sourcing + Clinical Supply<br>11:15 lunch-ish wrap-up<br>Park in the visitor ramp on 3rd Ave, we'll validate. -Greg</div>
        <div style="margin-top:12px"><b>Organizer</b><br>Greg Halvorsen<br><a href="mailto:greg.halvorsen@zumbrohealth.com">greg.halvorsen@zumbrohealth.com</a></div>
        <div style="margin-top:12px"><b>Reply for erik.lindqvist@example.org</b>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2RhcW9u&amp;rst=1">Yes</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2RhcW9u&amp;rst=2">No</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2RhcW9u&amp;rst=3">Maybe</a></div>
        <div style="margin-top:16px;font-size:12px;color:#70757a">Invitation from Google Calendar</div>
        </td></tr></table></div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/Chicago"]}
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20261119T080000
DTEND;TZID=America/Chicago:20261119T120000
DTSTAMP:20261113T212200Z
ORGANIZER;CN=Greg Halvorsen:mailto:greg.halvorsen@zumbrohealth.com
UID:3daqon8m1r5k2jv0c6tq9e4h7b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Greg Halvorsen;X-NUM-GUESTS=0:mailto:greg.halvorsen@zumbrohealth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=erik.lindqvist@example.org;X-NUM-GUESTS=0:mailto:erik.lindqvist@example.org
X-MICROSOFT-CDO-OWNERAPPTID:-1823377915
CREATED:20261113T212158Z
DESCRIPTION:Erik - looking forward to having you down in Rochester. Plan:\\n8:00 coffee with me\\n8:30 case exercise\\n10:00 panel with Sourcing + Clinical Supply\\n11:15 lunch-ish wrap-up
LAST-MODIFIED:20261113T212200Z
LOCATION:Zumbro Health Analytics\\, 2200 Second St SW\\, Suite 400\\, Rochester\\, MN 55902
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Erik Lindqvist - onsite interview (Zumbro Health Analytics\\, Supply Chain Analyst II)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Invitation: Erik Lindqvist - onsite interview (Zumbro Health Analytics, Supply Chain Analyst II) "
               "@ Thu Nov 19, 2026 8am - 12pm (CST) (erik.lindqvist@example.org)")
    hs = head(addr("Greg Halvorsen", "greg.halvorsen@zumbrohealth.com"), subject,
              "2026-11-13 15:22", CHI, "<calendar-5e7b2a10-8c4d-4f21-b9a3-0d6e1f2c3b4a@google.com>",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "greg.halvorsen@zumbrohealth.com")))
    return message(hs, mixed(alt(text(body),
                                 html(page),
                                 calendar(ics, cte="7bit")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(11), family="icims", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-01 16:30", LAX), end=utc("2026-12-01 17:30", LAX),
      contact="sierra.nakamura@cascadiaoutfitters.com", company="Cascadia Outfitters",
      local="Tue 2026-12-01 16:30", local_end="2026-12-01 17:30", zone=LAX,
      note="iCIMS, Seattle retailer: 'Tuesday, December 1, 2026 at 4:30 PM Pacific Time (6:30 PM Central)', "
           "'scheduled for 1 hour'; PST (UTC-8) -> 00:30Z-01:30Z on 2 Dec, another day in UTC; contact = recruiter "
           "address in the body (sender is the iCIMS role mailbox)")
def m11() -> bytes:
    body = t("""
        Dear Erik,

        Thank you for your interest in Cascadia Outfitters! We would like to invite
        you to a video interview for the Merchandise Planning Analyst (Remote, US)
        position, Job ID 2026-11873.

        Your interview is scheduled for Tuesday, December 1, 2026 at 4:30 PM Pacific
        Time (6:30 PM Central). The interview is scheduled for 1 hour and will be
        held over Microsoft Teams; a link will arrive from your interviewer,
        Travis Olmstead (Manager, Allocation & Replenishment).

        We know this is later in the day for you - thank you for accommodating
        our team's schedule.

        If you need to reschedule, please contact Sierra Nakamura at
        sierra.nakamura@cascadiaoutfitters.com.

        Sincerely,

        Cascadia Outfitters Talent Acquisition

        Please do not reply to this email. This mailbox is not monitored.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Georgia,serif;font-size:14px">
        <p><img src="https://careers-cascadiaoutfitters.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=442&amp;hashed=-2041" alt="Cascadia Outfitters" width="180"></p>
        <p>Dear Erik,</p>
        <p>Thank you for your interest in Cascadia Outfitters! We would like to invite you to a video interview for the <b>Merchandise Planning Analyst (Remote, US)</b> position, Job ID 2026-11873.</p>
        <p>Your interview is scheduled for <b>Tuesday, December 1, 2026 at 4:30 PM Pacific Time</b> (6:30 PM Central). The interview is scheduled for 1 hour and will be held over Microsoft Teams; a link will arrive from your interviewer, Travis Olmstead (Manager, Allocation &amp; Replenishment).</p>
        <p>We know this is later in the day for you - thank you for accommodating our team's schedule.</p>
        <p>If you need to reschedule, please contact Sierra Nakamura at <a href="mailto:sierra.nakamura@cascadiaoutfitters.com">sierra.nakamura@cascadiaoutfitters.com</a>.</p>
        <p>Sincerely,<br><br>Cascadia Outfitters Talent Acquisition</p>
        <p style="font-size:11px;color:#666">Please do not reply to this email. This mailbox is not monitored.</p>
        </div></body></html>
        """)
    hs = head(addr("Cascadia Outfitters Talent Acquisition", "careers-cascadiaoutfitters@talent.icims.com"),
              "Your Interview with Cascadia Outfitters - Merchandise Planning Analyst",
              "2026-11-25 12:10", LAX, "<1219887.20261125201000.4471@talent.icims.com>",
              relay="mta12.icims.com (mta12.icims.com [204.232.180.12])")
    return message(hs, alt(text(body), html(page)))


@mail(n(12), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-03 10:00", CHI), end=utc("2026-12-03 11:00", CHI),
      contact="lucia.benedetti@halvardfoods.com", company="Halvard Foods",
      local="Thu 2026-12-03 10:00", local_end="2026-12-03 11:00", zone=CHI,
      note="SmartRecruiters, Chicago food maker: '10:00 AM - 11:00 AM (GMT-06:00) Central Time' on Thu 3 Dec -> "
           "16:00Z-17:00Z; ICS in UTC; contact = recruiter via Reply-To")
def m12() -> bytes:
    body = t("""
        Hello Erik,

        Your interview has been confirmed.

        Position: Demand Planning Analyst
        Company: Halvard Foods
        Date: Thursday, December 3, 2026
        Time: 10:00 AM - 11:00 AM (GMT-06:00) Central Time (US & Canada)
        Type: Onsite
        Location: Halvard Foods, 333 W Lake St, 9th Floor, Chicago, IL 60606

        Interviewers:
        - Lucia Benedetti, Talent Acquisition
        - Ray Okonkwo, Senior Manager, Demand Planning

        Add to calendar: an invitation is attached to this email.

        Best regards,
        Lucia Benedetti
        Halvard Foods

        This message was sent through SmartRecruiters on behalf of Halvard Foods.
        """)
    page = t("""
        <table width="100%" cellpadding="0" cellspacing="0" style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b"><tr><td style="padding:24px">
        <p>Hello Erik,</p>
        <p style="font-size:18px;font-weight:600">Your interview has been confirmed.</p>
        <table cellpadding="3">
        <tr><td style="color:#777">Position</td><td>Demand Planning Analyst</td></tr>
        <tr><td style="color:#777">Company</td><td>Halvard Foods</td></tr>
        <tr><td style="color:#777">Date</td><td>Thursday, December 3, 2026</td></tr>
        <tr><td style="color:#777">Time</td><td>10:00 AM - 11:00 AM (GMT-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#777">Type</td><td>Onsite</td></tr>
        <tr><td style="color:#777">Location</td><td>Halvard Foods, 333 W Lake St, 9th Floor, Chicago, IL 60606</td></tr>
        </table>
        <p>Interviewers:<br>Lucia Benedetti, Talent Acquisition<br>Ray Okonkwo, Senior Manager, Demand Planning</p>
        <p>Best regards,<br>Lucia Benedetti<br>Halvard Foods</p>
        <p style="font-size:11px;color:#999">This message was sent through SmartRecruiters on behalf of Halvard Foods.</p>
        </td></tr></table>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-8d21f0c4-5b7a-4e93-a1c6-2f0e9b3d7a55
DTSTAMP:20261127T180500Z
DTSTART:20261203T160000Z
DTEND:20261203T170000Z
SUMMARY:Interview: Demand Planning Analyst - Halvard Foods
LOCATION:Halvard Foods\\, 333 W Lake St\\, 9th Floor\\, Chicago\\, IL 60606
ORGANIZER;CN=Lucia Benedetti:mailto:lucia.benedetti@halvardfoods.com
ATTENDEE;CN=Erik Lindqvist;RSVP=TRUE:mailto:erik.lindqvist@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Lucia Benedetti (Halvard Foods)", "noreply@smartrecruiters.com"),
              "Interview confirmed: Demand Planning Analyst at Halvard Foods",
              "2026-11-27 12:05", CHI, "<sr.mail.4c7e1a2b9d.20261127180500@smartrecruiters.com>",
              relay="mail176-12.suw61.mandrillapp.com (mail176-12.suw61.mandrillapp.com [198.2.176.12])",
              extra=(("Reply-To", addr("Lucia Benedetti", "lucia.benedetti@halvardfoods.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(13), family="teamtailor", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-08 11:00", NYC), end=utc("2026-12-08 11:45", NYC),
      contact="nadia.petrov@brightwatersys.com", company="Brightwater Systems",
      local="Tue 2026-12-08 11:00", local_end="2026-12-08 11:45", zone=NYC,
      note="Teamtailor, remote team writing Eastern: 'Tuesday, December 8 at 11:00 AM ET (10:00 AM CT)', 'takes 45 "
           "minutes' -> EST (UTC-5) 16:00Z-16:45Z; From shows the recruiter's name on a no-reply address, so contact = "
           "her address in the signature")
def m13() -> bytes:
    body = t("""
        Hi Erik,

        Great news – you've been booked for the next step in our process for
        Operations Data Analyst (Remote).

        📅 Tuesday, December 8 at 11:00 AM ET (10:00 AM CT)
        📍 Video call – https://meet.brightwatersys.com/rooms/ops-analyst-panel
        ⏱ The interview takes 45 minutes.

        You'll meet Caleb Mwangi (Ops Engineering Lead) and me. We'll walk through
        the take-home you sent and talk about how you'd build our carrier
        scorecard.

        Anything come up? Write to me directly at nadia.petrov@brightwatersys.com.

        Talk soon,
        Nadia Petrov
        People Team, Brightwater Systems

        --
        Sent with Teamtailor · https://brightwatersys.teamtailor.com
        """)
    page = t("""
        <div style="max-width:560px;margin:0 auto;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <p>Hi Erik,</p>
        <p>Great news &ndash; you've been booked for the next step in our process for <strong>Operations Data Analyst (Remote)</strong>.</p>
        <p>📅 Tuesday, December 8 at 11:00 AM ET (10:00 AM CT)<br>
        📍 Video call &ndash; <a href="https://meet.brightwatersys.com/rooms/ops-analyst-panel">meet.brightwatersys.com/rooms/ops-analyst-panel</a><br>
        ⏱ The interview takes 45 minutes.</p>
        <p>You'll meet Caleb Mwangi (Ops Engineering Lead) and me. We'll walk through the take-home you sent and talk about how you'd build our carrier scorecard.</p>
        <p>Anything come up? Write to me directly at <a href="mailto:nadia.petrov@brightwatersys.com">nadia.petrov@brightwatersys.com</a>.</p>
        <p>Talk soon,<br>Nadia Petrov<br>People Team, Brightwater Systems</p>
        <hr style="border:none;border-top:1px solid #eee"><p style="font-size:12px;color:#999">Sent with Teamtailor</p>
        </div>
        """)
    hs = head(addr("Nadia Petrov at Brightwater Systems", "no-reply@teamtailor-mail.com"),
              "Your interview with Brightwater Systems 🎉",
              "2026-12-02 14:48", NYC, "<6564f1a2b3c4d_1a2b3c4d5e6f7@teamtailor-app-mail-7.mail>",
              relay="mail-a12.teamtailor-mail.com (mail-a12.teamtailor-mail.com [185.93.241.12])")
    return message(hs, alt(text(body), html(page)))


@mail(n(14), family="microsoft_bookings", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-24 13:30", CHI), end=utc("2026-09-24 14:00", CHI),
      contact="jenna.vang@millcityhealthplans.com", company="Mill City Health Plans",
      local="Thu 2026-09-24 13:30", local_end="2026-09-24 14:00", zone=CHI,
      note="Microsoft Bookings: body label '(UTC-06:00) Central Time (US & Canada)' is the standard offset, but 24 Sep "
           "is CDT, so 1:30-2:00 PM = 18:30Z-19:00Z (ICS TZID Central Standard Time agrees); sender is the Bookings "
           "mailbox; contact = the recruiter's address in the body")
def m14() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600;padding:12px 0">Your booking has been confirmed</div>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Talent Screening Calls</b></td></tr>
        <tr><td>Recruiter phone screen - Supply Chain Analytics roles</td></tr>
        <tr><td>Thursday, September 24, 2026</td></tr>
        <tr><td>1:30 PM - 2:00 PM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td>Staff: Jenna Vang</td></tr>
        <tr><td>Location: Microsoft Teams meeting (link below)</td></tr>
        </table>
        <p>Hi Erik, thanks for booking time with Mill City Health Plans. This is a 30-minute recruiter
        interview about the Supply Chain Analyst, Pharmacy Benefits opening. If something comes up and
        you need to reach me directly: <a href="mailto:jenna.vang@millcityhealthplans.com">jenna.vang@millcityhealthplans.com</a>. - Jenna</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Mzk0ZWNi%40thread.v2/0">Join your appointment</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/TalentScreeningCalls@millcityhealthplans.com/bookings/">Manage booking</a></p>
        <p style="font-size:12px;color:#605e5c">Powered by Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Talent Screening Calls:mailto:TalentScreeningCalls@millcityhealthplans.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Erik Lindqvist:mailto:erik.lindqvist@example.org
UID:040000008200E00074C5B7101A82E00800000000D0B6F4E2A346DC01000000000000000010000000A9F7C1E2D3B4A5968778695A4B3C2D1E
SUMMARY;LANGUAGE=en-US:Recruiter phone screen - Supply Chain Analytics roles
DTSTART;TZID=Central Standard Time:20260924T133000
DTEND;TZID=Central Standard Time:20260924T140000
DTSTAMP:20260918T200900Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Talent Screening Calls", "TalentScreeningCalls@millcityhealthplans.com"),
              "Booking confirmed: Recruiter phone screen - Supply Chain Analytics roles",
              "2026-09-18 15:09", CHI,
              "<BN8PR11MB3601E2C5D7A9B1F04C6E8D2A3B@BN8PR11MB3601.namprd11.prod.outlook.com>",
              relay="NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2090.outbound.protection.outlook.com [40.107.236.90])")
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(15), family="forward_self", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-09 10:00", CHI), end=None,
      contact="nate.brennan@capitolrail.com", company="Capitol Rail Services",
      local="Fri 2026-10-09 10:00", zone=CHI,
      note="Erik forwards to himself (example.net -> example.org) a recruiter's confirmation as message/rfc822: "
           "'Friday 10/9 at 10am' at the St. Paul office, CDT -> 15:00Z; no length; contact = recruiter in the "
           "attached message (never the candidate)")
def m15() -> bytes:
    inner_body = t("""
        Hi Erik,

        Great talking earlier. Confirming Friday 10/9 at 10am at our office,
        380 Jackson St, Suite 700, St. Paul. Ask for me at the front desk and I'll
        bring you up to meet Carla (VP Operations) and Ben from our planning team.
        Business casual is fine.

        See you Friday,

        Nate Brennan
        Recruiting Manager | Capitol Rail Services
        651-555-0122
        """)
    inner = message([
        ("From", addr("Nate Brennan", "nate.brennan@capitolrail.com")),
        ("To", addr("Erik Lindqvist", "erik.lindqvist@example.net")),
        ("Subject", "Friday interview - Capitol Rail"),
        ("Date", date("2026-10-05 14:02", CHI)),
        ("Message-ID", "<CH0PR04MB8129B3E1F2A4C6D8E0F1A2B3C4@CH0PR04MB8129.namprd04.prod.outlook.com>"),
    ], text(inner_body))
    outer_body = t("""
        for the calendar + so I have it on the work laptop
        """)
    hs = head(addr("Erik Lindqvist", "erik.lindqvist@example.net"),
              "Fwd: Friday interview - Capitol Rail",
              "2026-10-05 20:30", CHI, "<e8b1c2d3-4f5a-6b7c-8d9e-0f1a2b3c4d5e@example.net>",
              relay="smtp.example.net (smtp.example.net [203.0.113.25])")
    return message(hs, mixed(text(outer_body, cte="7bit", charset="us-ascii"),
                             attached_message(inner, filename="Friday interview - Capitol Rail.eml")))


@mail(n(16), family="human_prose_thread", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-21 14:00", CHI), end=None,
      contact="hannah.sorensen@nokomislabs.com", company="Nokomis Labs",
      local="Wed 2026-10-21 14:00", zone=CHI,
      note="Recruiter's 'Perfect, Wednesday at 2 it is!' on Fri 16 Oct over a quoted thread where Erik picked "
           "'Wednesday (10/21) at 2'; pasted Zoom block 'Oct 21, 2026 02:00 PM Central Time' -> CDT 19:00Z; "
           "no length stated")
def m16() -> bytes:
    body = t("""
        Perfect, Wednesday at 2 it is! Invite coming from Zoom, details here too so you have them:

        Hannah Sorensen is inviting you to a scheduled Zoom meeting.

        Topic: Nokomis Labs <> Erik Lindqvist (Analytics Engineer interview)
        Time: Oct 21, 2026 02:00 PM Central Time (US and Canada)

        Join Zoom Meeting
        https://nokomislabs.zoom.us/j/93341782210?pwd=bm9rb21pc2xhYnM

        Meeting ID: 933 4178 2210
        Passcode: 551206

        You'll be with me for 10 min and then with Theo (our head of data) for the rest.

        Hannah

        On Thu, Oct 15, 2026 at 7:52 PM Erik Lindqvist <erik.lindqvist@example.org> wrote:
        > Hi Hannah,
        >
        > Wednesday (10/21) at 2 works great for me. Thanks!
        >
        > Erik
        >
        > On Wed, Oct 14, 2026 at 11:18 AM Hannah Sorensen <hannah.sorensen@nokomislabs.com> wrote:
        >> Hi Erik,
        >>
        >> Would Tuesday (10/20) at 10 work, or Wednesday at 2? Either is fine on our end.
        >>
        >> Hannah
        """)
    hs = head(addr("Hannah Sorensen", "hannah.sorensen@nokomislabs.com"),
              "Re: Nokomis Labs - next step",
              "2026-10-16 09:40", CHI, "<CAH7qk3p0Zt2vR8m1sEwq9LdYfXc4bN6uJ5aK2gT7oP1iR3@mail.gmail.com>",
              relay="mail-yw1-f178.google.com (mail-yw1-f178.google.com [209.85.128.178])",
              extra=(("In-Reply-To", "<CAPx3Yg9Lk2d0TfR7vN4mQ8wEaZ1sB6cU5hJ3oK9iW2xV7p@mail.gmail.com>"),
                     ("References", "<CAFb2Wq1Mz8nT4kL0dR6vX3pE7sY9aC5gH1uJ2iO4wN8bK0@mail.gmail.com>\r\n"
                                    " <CAPx3Yg9Lk2d0TfR7vN4mQ8wEaZ1sB6cU5hJ3oK9iW2xV7p@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== positives: rescheduled


@mail(n(17), family="goodtime", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-12 13:00", CHI), end=utc("2026-10-12 14:30", CHI),
      contact="tasha.greene@halstedsupply.com", company="Halsted Supply Co.",
      local="Mon 2026-10-12 13:00", local_end="2026-10-12 14:30", zone=CHI,
      note="GoodTime reschedule with old time (Thu 8 Oct 11:00 AM CDT) and new time 'Monday, October 12, 2026, "
           "1:00 PM - 2:30 PM CDT' -> 18:00Z-19:30Z (ICS SEQUENCE 1 agrees); contact = human Reply-To")
def m17() -> bytes:
    body = t("""
        Hi Erik,

        Your interview with Halsted Supply Co. has been rescheduled.

        PREVIOUS TIME (no longer valid)
        Thursday, October 8, 2026, 11:00 AM - 12:30 PM CDT

        NEW TIME
        Monday, October 12, 2026, 1:00 PM - 2:30 PM CDT

        Interview: Panel - Inventory Optimization Analyst
        Format: Video (Google Meet) - https://meet.google.com/hsc-pnel-oct

        1:00 PM  Derek Lindahl - Director, Distribution Strategy
        1:45 PM  Priscilla Yoon & Sam Whitcomb - Inventory Optimization team

        An updated calendar invitation is attached. If the new time doesn't work,
        reply to this email and Tasha Greene will help.

        Halsted Supply Co. Recruiting
        Scheduled with GoodTime
        """)
    page = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:600px">
        <p>Hi Erik,</p>
        <p>Your interview with <b>Halsted Supply Co.</b> has been rescheduled.</p>
        <p style="color:#999"><b>PREVIOUS TIME</b> (no longer valid)<br><s>Thursday, October 8, 2026, 11:00 AM - 12:30 PM CDT</s></p>
        <p><b>NEW TIME</b><br>Monday, October 12, 2026, 1:00 PM - 2:30 PM CDT</p>
        <p>Interview: Panel - Inventory Optimization Analyst<br>Format: Video (Google Meet) - <a href="https://meet.google.com/hsc-pnel-oct">meet.google.com/hsc-pnel-oct</a></p>
        <table cellpadding="3"><tr><td>1:00 PM</td><td>Derek Lindahl - Director, Distribution Strategy</td></tr>
        <tr><td>1:45 PM</td><td>Priscilla Yoon &amp; Sam Whitcomb - Inventory Optimization team</td></tr></table>
        <p>An updated calendar invitation is attached. If the new time doesn't work, reply to this email and Tasha Greene will help.</p>
        <p>Halsted Supply Co. Recruiting</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Hire//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:gt-3f8a0c21-7d5e-4b19-9e62-a1c0d4b7e853@goodtime.io
DTSTAMP:20261007T141500Z
DTSTART;TZID=America/Chicago:20261012T130000
DTEND;TZID=America/Chicago:20261012T143000
SEQUENCE:1
SUMMARY:Halsted Supply Co. - Panel Interview - Inventory Optimization Analyst
LOCATION:https://meet.google.com/hsc-pnel-oct
ORGANIZER;CN=Tasha Greene:mailto:tasha.greene@halstedsupply.com
ATTENDEE;CN=Erik Lindqvist;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:erik.lindqvist@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Halsted Supply Co. Recruiting", "noreply@goodtime.io"),
              "Rescheduled: Panel Interview with Halsted Supply Co. - now Mon, Oct 12",
              "2026-10-07 09:15", CHI, "<20261007141500.gt.7a1c3e9f4b2d@goodtime.io>",
              relay="o1.ptr4471.goodtime.io (o1.ptr4471.goodtime.io [149.72.161.59])",
              extra=(("Reply-To", addr("Tasha Greene", "tasha.greene@halstedsupply.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(18), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-04 09:30", CHI), end=None,
      contact="priya.raman@medalondevices.com", company="Medalon Devices",
      local="Wed 2026-11-04 09:30", zone=CHI,
      note="Hiring manager moves the onsite from Tue Nov 3 to 'Wednesday, Nov 4 at 9:30 AM' (mail sent Fri 30 Oct in "
           "CDT; the new date is after DST ends, CST UTC-6) -> 15:30Z; 'about three hours' is approximate, end null; "
           "iso-8859-1 quoted-printable")
def m18() -> bytes:
    body = t("""
        Hi Erik,

        I'm sorry to do this, but I've been pulled into a supplier audit in Puerto
        Rico on Tuesday, so we need to move your onsite. We've rebooked the whole
        loop for Wednesday, Nov 4 at 9:30 AM instead - same place (Plymouth
        campus, Building B lobby), same people. Brent is sending the updated
        agenda; plan on about three hours.

        The original Tuesday 11/3 slot is released, so please don't come in that
        day. Apologies again, and I'm looking forward to it.

        Priya

        Priya Raman
        Director, Global Supply Planning
        Medalon Devices · 7200 Fernbrook Lane, Plymouth, MN 55447
        """)
    hs = head(addr("Raman, Priya", "priya.raman@medalondevices.com"),
              "Onsite moved to Wed 11/4 - Medalon",
              "2026-10-30 17:25", CHI,
              "<MW4PR04MB7331D8C2F1E0A9B7C6D5E4F3A2@MW4PR04MB7331.namprd04.prod.outlook.com>",
              relay="NAM04-MW2-obe.outbound.protection.outlook.com (mail-mw2nam04on2102.outbound.protection.outlook.com [40.107.101.102])",
              extra=(("Cc", addr("Brent Solheim", "brent.solheim@medalondevices.com")),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(19), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-12 10:00", LAX), end=utc("2026-11-12 10:45", LAX),
      contact="maya@tidewaterlabs.io", company="Tidewater Labs",
      local="Thu 2026-11-12 10:00", local_end="2026-11-12 10:45", zone=LAX,
      note="Google Calendar 'Updated invitation': changed from Wed Nov 11 to 'Thursday Nov 12, 2026 10am - 10:45am "
           "(Pacific Time)'; PST (UTC-8) -> 18:00Z-18:45Z, ICS SEQUENCE 2 agrees; contact = organizer")
def m19() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Tidewater Labs final round - Erik Lindqvist
        Changed: Thursday Nov 12, 2026 ⋅ 10am – 10:45am (Pacific Time - Los Angeles)
        Was: Wednesday Nov 11, 2026 ⋅ 1pm – 1:45pm (Pacific Time - Los Angeles)

        Joining info
        Join with Google Meet
        https://meet.google.com/twl-frnl-ekl

        Moving this a day because Owen is out Wednesday (Veterans Day swap). Same panel. - Maya

        Organizer
        Maya Feldstein
        maya@tidewaterlabs.io

        Guests
        Maya Feldstein - organizer
        owen@tidewaterlabs.io
        erik.lindqvist@example.org

        Reply for erik.lindqvist@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=NXRrcGE5&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NXRrcGE5&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=NXRrcGE5&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <div style="font-size:12px;color:#d93025">This event has been updated</div>
        <h2 style="font-weight:400;color:#3c4043">Tidewater Labs final round - Erik Lindqvist</h2>
        <div style="font-size:14px"><span style="color:#d93025">Changed:</span> Thursday Nov 12, 2026 &#8901; 10am &ndash; 10:45am (Pacific Time - Los Angeles)</div>
        <div style="font-size:14px;color:#70757a"><s>Wednesday Nov 11, 2026 &#8901; 1pm &ndash; 1:45pm (Pacific Time - Los Angeles)</s></div>
        <div style="margin-top:12px"><a href="https://meet.google.com/twl-frnl-ekl">Join with Google Meet</a></div>
        <div style="margin-top:12px">Moving this a day because Owen is out Wednesday (Veterans Day swap). Same panel. - Maya</div>
        <div style="margin-top:12px"><b>Organizer</b><br>Maya Feldstein<br>maya@tidewaterlabs.io</div>
        <div style="margin-top:16px;font-size:12px;color:#70757a">Invitation from Google Calendar</div>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_EXTRA["America/Los_Angeles"]}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20261112T100000
DTEND;TZID=America/Los_Angeles:20261112T104500
DTSTAMP:20261106T224100Z
ORGANIZER;CN=Maya Feldstein:mailto:maya@tidewaterlabs.io
UID:5tkpa9q3m0r1b2c7d8e6f4g2h1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Maya Feldstein;X-NUM-GUESTS=0:mailto:maya@tidewaterlabs.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=owen@tidewaterlabs.io;X-NUM-GUESTS=0:mailto:owen@tidewaterlabs.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=erik.lindqvist@example.org;X-NUM-GUESTS=0:mailto:erik.lindqvist@example.org
CREATED:20261030T171204Z
DESCRIPTION:Moving this a day because Owen is out Wednesday (Veterans Day swap). Same panel. - Maya
LAST-MODIFIED:20261106T224100Z
LOCATION:
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Tidewater Labs final round - Erik Lindqvist
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Updated invitation: Tidewater Labs final round - Erik Lindqvist @ Thu Nov 12, 2026 10am - 10:45am "
               "(PST) (erik.lindqvist@example.org)")
    hs = head(addr("Maya Feldstein", "maya@tidewaterlabs.io"), subject,
              "2026-11-06 14:41", LAX, "<calendar-a0b9c8d7-e6f5-4a3b-9c2d-1e0f9a8b7c6d@google.com>",
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "maya@tidewaterlabs.io")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="7bit")),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(20), family="recruitee", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-12-15 15:00", CHI), end=utc("2026-12-15 15:45", CHI),
      contact="jakob.moen@voyageurdata.com", company="Voyageur Data",
      local="Tue 2026-12-15 15:00", local_end="2026-12-15 15:45", zone=CHI,
      note="Recruitee 'Your interview has been moved': old Mon 14 Dec 10:00, new 'Tuesday, December 15, 2026, "
           "15:00 - 15:45 (America/Chicago)' 24-hour clock -> CST 21:00Z-21:45Z; contact = human Reply-To")
def m20() -> bytes:
    body = t("""
        Hi Erik,

        Your interview for Senior Analyst, Network Planning (Remote) at Voyageur Data
        has been moved.

        Old time: Monday, December 14, 2026, 10:00 - 10:45 (America/Chicago)
        New time: Tuesday, December 15, 2026, 15:00 - 15:45 (America/Chicago)

        Where: Whereby - https://whereby.com/voyageur-hiring

        Interviewer: Jakob Moen, Head of Analytics

        Jakob had a board prep conflict on Monday morning; sorry for the shuffle.
        Reply to this email if the new time doesn't work for you.

        Best,
        Voyageur Data hiring team
        """)
    page = t("""
        <div style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#1c2b39">
        <p>Hi Erik,</p>
        <p>Your interview for <b>Senior Analyst, Network Planning (Remote)</b> at Voyageur Data has been moved.</p>
        <p><span style="color:#8a97a3">Old time:</span> <s>Monday, December 14, 2026, 10:00 - 10:45 (America/Chicago)</s><br>
        <span style="color:#8a97a3">New time:</span> <b>Tuesday, December 15, 2026, 15:00 - 15:45 (America/Chicago)</b></p>
        <p>Where: <a href="https://whereby.com/voyageur-hiring">Whereby</a><br>Interviewer: Jakob Moen, Head of Analytics</p>
        <p>Jakob had a board prep conflict on Monday morning; sorry for the shuffle. Reply to this email if the new time doesn't work for you.</p>
        <p>Best,<br>Voyageur Data hiring team</p>
        <p style="font-size:11px;color:#aab4be">Sent with Recruitee</p>
        </div>
        """)
    hs = head(addr("Voyageur Data", "no-reply@recruitee.com"),
              "Interview moved: Senior Analyst, Network Planning at Voyageur Data",
              "2026-12-10 08:31", CHI, "<recruitee.int.9c1e7f3a2b.1733841060@recruitee.com>",
              relay="mail-out-7.recruitee.com (mail-out-7.recruitee.com [185.41.28.7])",
              extra=(("Reply-To", addr("Jakob Moen", "jakob.moen@voyageurdata.com")),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


# =========================================================================== positives: cancelled


@mail(n(21), family="exchange_outlook", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-10-22 10:00", CHI), end=utc("2026-10-22 11:00", CHI),
      contact="paul.lindgren@comopackaging.com", company="Como Packaging",
      local="Thu 2026-10-22 10:00", local_end="2026-10-22 11:00", zone=CHI,
      note="Exchange 'Canceled:' with METHOD:CANCEL, TZID Central Standard Time; the cancelled slot Thu 22 Oct "
           "10:00-11:00 CDT -> 15:00Z-16:00Z; new times only promised, so cancelled; contact = organizer")
def m21() -> bytes:
    body = t("""
        When: Thursday, October 22, 2026 10:00 AM-11:00 AM. (UTC-06:00) Central Time (US & Canada)
        Where: Como Packaging, 1200 Energy Park Dr, St. Paul - Lobby

        Hi Erik - apologies, but Kristen (the hiring manager) is out sick the rest of
        this week, so I'm cancelling Thursday. I'll reach out with a couple of new
        options once she's back. Sorry for the late notice.

        Paul
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Hi Erik - apologies, but Kristen (the hiring manager) is out sick the rest of this week, so I'm cancelling Thursday. I'll reach out with a couple of new options once she's back. Sorry for the late notice.</p>
        <p class="MsoNormal">Paul</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Lindgren\\, Paul:mailto:paul.lindgren@comopackaging.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Erik Lindqvist:mailto:erik.lindqvist@example.org
UID:040000008200E00074C5B7101A82E0080000000090C3A1F9B85EDC01000000000000000010000000B7D1E3F5A7C9E1B3D5F7A9C1E3B5D7F9
SUMMARY;LANGUAGE=en-US:Canceled: Interview - Demand Planning Analyst - Erik Lindqvist
DTSTART;TZID=Central Standard Time:20261022T100000
DTEND;TZID=Central Standard Time:20261022T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261020T134800Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Como Packaging\\, 1200 Energy Park Dr\\, St. Paul - Lobby
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Lindgren, Paul", "paul.lindgren@comopackaging.com"),
              "Canceled: Interview - Demand Planning Analyst - Erik Lindqvist",
              "2026-10-20 08:48", CHI,
              "<DM6PR07MB4410F0A1B2C3D4E5F60718293A@DM6PR07MB4410.namprd07.prod.outlook.com>",
              relay="NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2113.outbound.protection.outlook.com [40.107.93.113])",
              extra=(("Importance", "high"), ("X-Priority", "1")))
    return message(hs, alt(text(body, charset="us-ascii"), html(page, charset="us-ascii"),
                           calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-11-30 13:00", CHI), end=None,
      contact="ruth.engebretson@gopherstatemills.com", company="Gopher State Mills",
      local="Mon 2026-11-30 13:00", zone=CHI,
      note="HR writes on Tue 24 Nov to cancel 'our interview on Monday (Nov 30) at 1pm' because the role was filled "
           "internally; no new time; CST -> 19:00Z; plain text iso-8859-15 8bit")
def m22() -> bytes:
    body = t("""
        Hello Erik,

        I'm afraid I have to cancel our interview on Monday (Nov 30) at 1pm. Late
        last week the Logistics Analyst position was filled by an internal
        candidate, and the requisition has been closed.

        I'm sorry for the change after you'd set aside the time, and I'll keep your
        résumé on file for the planning roles we expect to open in Q1. Happy
        Thanksgiving to you and your family.

        Ruth Engebretson
        HR Generalist, Gopher State Mills
        800 Washington Ave N, Minneapolis, MN 55401
        """)
    hs = head(addr("Ruth Engebretson", "ruth.engebretson@gopherstatemills.com"),
              "Monday's interview",
              "2026-11-24 10:17", CHI, "<5f3e1d0c-2b4a-4968-8a7b-6c5d4e3f2a1b@gopherstatemills.com>",
              relay="smtp.gopherstatemills.com (smtp.gopherstatemills.com [198.51.100.44])",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, charset="iso-8859-15", cte="8bit", params="format=flowed"))


@mail(n(23), family="workable", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-12-09 11:30", NYC), end=utc("2026-12-09 12:15", NYC),
      contact=None, company="Harborlight Freight",
      local="Wed 2026-12-09 11:30", local_end="2026-12-09 12:15", zone=NYC,
      note="Workable cancellation (ICS METHOD:CANCEL) of 'Wednesday, December 9, 2026, 11:30 AM - 12:15 PM EST' -> "
           "16:30Z-17:15Z; a link to pick a new time, no fixed new time; Reply-To is a Workable relay and the "
           "signature has no address -> contact null")
def m23() -> bytes:
    body = t("""
        Hi Erik,

        Unfortunately we need to cancel your interview for Freight Data Analyst
        scheduled for Wednesday, December 9, 2026, 11:30 AM - 12:15 PM EST.

        Our hiring manager has had a schedule conflict come up. We'd still very much
        like to speak with you - please use the link below to choose a new time
        that suits you:

        https://apply.workable.com/harborlight-freight/j/4C1E7A92B0/schedule/

        Apologies for the inconvenience.

        Dana Whitfield
        Talent Partner, Harborlight Freight
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Erik,</p>
        <p>Unfortunately we need to cancel your interview for <b>Freight Data Analyst</b> scheduled for
        <b>Wednesday, December 9, 2026, 11:30 AM - 12:15 PM EST</b>.</p>
        <p>Our hiring manager has had a schedule conflict come up. We'd still very much like to speak with you - please use the link below to choose a new time that suits you:</p>
        <p><a href="https://apply.workable.com/harborlight-freight/j/4C1E7A92B0/schedule/" style="background:#00756a;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">Pick a new time</a></p>
        <p>Apologies for the inconvenience.</p>
        <p>Dana Whitfield<br>Talent Partner, Harborlight Freight</p>
        <p style="font-size:11px;color:#999">Powered by Workable</p>
        </div>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:workable-interview-4c1e7a92b0-88213@workable.com
DTSTAMP:20261204T151200Z
DTSTART:20261209T163000Z
DTEND:20261209T171500Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview: Freight Data Analyst - Harborlight Freight
ORGANIZER;CN=Harborlight Freight:mailto:harborlight-freight+c7f2a1@candidates.workablemail.com
ATTENDEE;CN=Erik Lindqvist:mailto:erik.lindqvist@example.org
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Harborlight Freight", "noreply@candidates.workablemail.com"),
              "Interview cancelled: Freight Data Analyst at Harborlight Freight",
              "2026-12-04 10:12", NYC, "<wk.5d8f1c2e9a7b.20261204151200@candidates.workablemail.com>",
              relay="mail-150-8.workablemail.com (mail-150-8.workablemail.com [184.173.150.8])",
              extra=(("Reply-To", addr("Harborlight Freight",
                                       "harborlight-freight+c7f2a1@candidates.workablemail.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives


@mail(n(24), family="taleo_rejection", lang="en-US", interview=False, company="Prairie Gold Cooperative",
      note="Taleo rejection after the 6 Oct interview (same company as the Exchange invite); mentions the past "
           "interview, no future time")
def m24() -> bytes:
    body = t("""
        Dear Erik,

        Thank you for your interest in the Supply Chain Data Analyst position
        (Requisition 2600813) at Prairie Gold Cooperative, and for taking the time
        to interview with our team on October 6.

        After careful consideration, we have decided to move forward with other
        candidates whose qualifications more closely match our current needs.

        We appreciate your interest in Prairie Gold and encourage you to apply for
        future openings that match your skills and experience. Your candidate
        profile will remain active in our talent community.

        Sincerely,

        Prairie Gold Cooperative Talent Acquisition

        This is an automated message. Please do not reply.
        """)
    hs = head(addr("Prairie Gold Cooperative", "prairiegold@taleo.net"),
              "Your application for Supply Chain Data Analyst (2600813)",
              "2026-10-23 13:41", CHI, "<1587204391.98823.1792781260771.JavaMail.taleo@tlo-mta2.taleo.net>",
              relay="tlo-mta2.taleo.net (tlo-mta2.taleo.net [160.34.9.22])")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(25), family="offer", lang="en-US", interview=False, company="Medalon Devices",
      note="Offer letter (PDF attached) with a fixed orientation time Mon 7 Dec 8:00 AM and a signing deadline; "
           "not an interview",
      days=(("Mon", "2026-12-07"), ("Wed", "2026-11-18")))
def m25() -> bytes:
    body = t("""
        Hi Erik,

        On behalf of everyone who met you, I'm delighted to offer you the position
        of Senior Supply Chain Data Analyst at Medalon Devices! Your formal offer
        letter is attached, with the compensation and benefits summary.

        A few highlights:
          - Start date: Monday, December 7, 2026
          - New-hire orientation: 8:00 AM, Plymouth campus, Building A, Room 1120
          - Reporting to: Priya Raman, Director, Global Supply Planning

        Please review, sign in DocuSign, and return by Wednesday, November 18. I'm
        happy to walk through anything by phone - no question is too small.

        Congratulations again!

        Brent Solheim
        Talent Acquisition | Medalon Devices
        brent.solheim@medalondevices.com | 763-555-0161
        """)
    pdf = ("JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
           "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbMyAwIFJdL0NvdW50IDE+PgplbmRvYmoKMyAw\n"
           "IG9iago8PC9UeXBlL1BhZ2UvUGFyZW50IDIgMCBSL01lZGlhQm94WzAgMCA2MTIgNzkyXT4+CmVu\n"
           "ZG9iagp0cmFpbGVyCjw8L1Jvb3QgMSAwIFI+PgolJUVPRgo=\n")
    att = raw_part([("Content-Type", 'application/pdf; name="Lindqvist_Erik_Offer_Letter.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Lindqvist_Erik_Offer_Letter.pdf"'),
                    ("Content-Transfer-Encoding", "base64")], pdf)
    hs = head(addr("Solheim, Brent", "brent.solheim@medalondevices.com"),
              "Offer - Senior Supply Chain Data Analyst - Medalon Devices",
              "2026-11-13 11:02", CHI,
              "<MW4PR04MB7331A1B2C3D4E5F6A7B8C9D0E1@MW4PR04MB7331.namprd04.prod.outlook.com>",
              relay="NAM04-MW2-obe.outbound.protection.outlook.com (mail-mw2nam04on2107.outbound.protection.outlook.com [40.107.101.107])")
    return message(hs, mixed(text(body), att))


@mail(n(26), family="personio_receipt", lang="en-US", interview=False, company="Lindenwerk Analytics",
      note="Personio application receipt from a Berlin-based company hiring remote in the US; 'we'll be in touch "
           "to schedule an interview' but nothing fixed")
def m26() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Dear Erik Lindqvist,</p>
        <p>thank you for your application as <b>Supply Chain Data Analyst (Remote, US Central/Eastern)</b> and
        for your interest in Lindenwerk Analytics.</p>
        <p>We have received your documents and will review them carefully. If your profile is a match, a member of
        our team will contact you within the next two weeks to schedule a first interview.</p>
        <p>Kind regards<br>Your Lindenwerk Analytics Recruiting Team</p>
        <hr style="border:none;border-top:1px solid #ddd">
        <p style="font-size:11px;color:#888">Lindenwerk Analytics GmbH &middot; Torstra&szlig;e 140 &middot; 10119 Berlin<br>
        Information on data protection: <a href="https://lindenwerk.jobs.personio.de/privacy-policy">lindenwerk.jobs.personio.de/privacy-policy</a></p>
        </body></html>
        """)
    hs = head(addr("Lindenwerk Analytics", "no-reply@jobs.personio.de"),
              "Your application as Supply Chain Data Analyst (Remote, US)",
              "2026-09-08 16:14", "Europe/Berlin", "<5fa21c0b3d8e4.41c9a7@jobs.personio.de>",
              relay="mail-out-2.personio.de (mail-out-2.personio.de [185.181.120.2])")
    return message(hs, html(page))


@mail(n(27), family="job_alert", lang="en-US", interview=False, company=None,
      note="Job-board alert (HTML only): job titles, cities, 'Interviewing now', 'Easy apply'; no appointment")
def m27() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="background:#f3f6f8;margin:0"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="580" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222" cellpadding="16">
        <tr><td><b style="font-size:18px;color:#0a66c2">JobLoop</b></td></tr>
        <tr><td>Hi Erik, 14 new jobs match <b>"supply chain analyst"</b> in Minneapolis-St. Paul and Remote.</td></tr>
        <tr><td>
        <p><a href="https://www.jobloop.example.com/j/88210">Supply Chain Analyst II</a><br>Hiawatha Beverage Co. &middot; Minneapolis, MN &middot; $78K-$92K<br><span style="color:#057642">Actively interviewing</span></p>
        <p><a href="https://www.jobloop.example.com/j/88233">Inventory Planning Analyst</a><br>Lakeside Home Goods &middot; St. Paul, MN (Hybrid)<br><span style="color:#057642">Easy apply</span></p>
        <p><a href="https://www.jobloop.example.com/j/88241">Logistics Data Analyst</a><br>Prairie Freight Group &middot; Chicago, IL &middot; Posted 2 days ago</p>
        <p><a href="https://www.jobloop.example.com/j/88259">Demand Forecasting Analyst</a><br>Riverbend Medical &middot; Rochester, MN<br>Interviews this week &middot; 41 applicants</p>
        <p><a href="https://www.jobloop.example.com/j/88270">Senior Analyst, Fulfillment Analytics</a><br>Northwind Parcel &middot; Remote (US)</p>
        </td></tr>
        <tr><td><a href="https://www.jobloop.example.com/alerts" style="background:#0a66c2;color:#fff;padding:10px 16px;border-radius:20px;text-decoration:none">See all 14 jobs</a></td></tr>
        <tr><td style="font-size:11px;color:#666">You're receiving this alert because you subscribed to job alerts at JobLoop.
        <a href="https://www.jobloop.example.com/unsubscribe?u=erik">Unsubscribe</a> &middot; JobLoop Inc., 500 Howard St, San Francisco, CA</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("JobLoop Alerts", "alerts@mail.jobloop.example.com"),
              "14 new jobs for \"supply chain analyst\" in Minneapolis-St. Paul",
              "2026-09-10 07:03", CHI, "<jobalert.20260910.120300.88a1f2@mail.jobloop.example.com>",
              relay="mail.jobloop.example.com (mail.jobloop.example.com [192.0.2.71])",
              extra=(("List-Unsubscribe", "<https://www.jobloop.example.com/unsubscribe?u=erik>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page, cte="base64"))


@mail(n(28), family="newsletter_tips", lang="en-US", interview=False, company=None,
      note="Newsletter post about interviewing ('your next interview', 'Thursday at 2pm') plus a live Q&A on "
           "Thu 1 Oct 12pm CT; nothing for the reader's own job interview",
      days=(("Thu", "2026-10-01"),))
def m28() -> bytes:
    body = t("""
        THE SUPPLY CHAIN BRIEF · Issue #212

        5 questions you'll get in your next supply-chain analytics interview
        (and how to answer them)

        Your phone screen went well and you're confirmed for the panel "Thursday
        at 2pm" — now what? Hiring managers we spoke to keep coming back to the
        same five questions:

        1. Walk me through a forecast you built that was wrong. What did you change?
        2. How would you set safety stock for a SKU with lumpy demand?
        3. Tell me about a time you convinced ops to trust your numbers.
        4. What's in your SQL for a landed-cost rollup?
        5. What would you measure in your first 90 days here?

        Read the full post: https://supplychainbrief.example.com/p/five-interview-questions

        LIVE Q&A: Ask a hiring manager
        Thursday, October 1 · 12:00 PM CT · free for subscribers
        Register: https://supplychainbrief.example.com/live

        You're receiving this because you subscribed to The Supply Chain Brief.
        Unsubscribe: https://supplychainbrief.example.com/unsubscribe
        """)
    hs = head(addr("The Supply Chain Brief", "brief@supplychainbrief.example.com"),
              "5 questions you'll get in your next interview",
              "2026-09-28 06:30", CHI, "<20260928113000.brief212@supplychainbrief.example.com>",
              relay="mta-212.supplychainbrief.example.com (mta-212.supplychainbrief.example.com [192.0.2.212])",
              extra=(("List-Unsubscribe", "<https://supplychainbrief.example.com/unsubscribe>"),
                     ("List-Id", "The Supply Chain Brief <brief.supplychainbrief.example.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(29), family="self_schedule_link", lang="en-US", interview=False, company="Zumbro Health Analytics",
      note="Recruiter asks Erik to pick a 30-minute phone screen on her Calendly page; no time fixed yet")
def m29() -> bytes:
    body = t("""
        Hi Erik,

        Thanks for applying to the Supply Chain Analyst II role at Zumbro Health
        Analytics. Greg (the hiring manager) would like to move you forward!

        The first step is a 30-minute phone screen with me. Please grab whatever
        slot works best on my calendar this week or next:

        https://calendly.com/zumbro-talent-kgustafson/phone-screen-30

        Talk soon,

        Kari Gustafson
        Talent Acquisition Specialist
        Zumbro Health Analytics | Rochester, MN
        """)
    hs = head(addr("Kari Gustafson", "kari.gustafson@zumbrohealth.com"),
              "Zumbro Health - next step for Supply Chain Analyst II",
              "2026-11-02 10:26", CHI, "<CAN5t2pW8bq0ZkQ1eD3rT6yU9iO7pA4sF2gH5jK8lX1cV0@mail.gmail.com>",
              relay="mail-qk1-f182.google.com (mail-qk1-f182.google.com [209.85.222.182])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="proposed_times", lang="en-US", interview=False, company="Nokomis Labs",
      note="Recruiter proposes two options ('Tuesday (10/20) at 10 ... or Wednesday at 2?'); nothing confirmed in "
           "this mail (the confirmation comes two days later in a separate mail)",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")))
def m30() -> bytes:
    body = t("""
        Hi Erik,

        Would Tuesday (10/20) at 10 work, or Wednesday at 2? Either is fine on our end.

        Hannah
        """)
    hs = head(addr("Hannah Sorensen", "hannah.sorensen@nokomislabs.com"),
              "Nokomis Labs - next step",
              "2026-10-14 11:18", CHI, "<CAFb2Wq1Mz8nT4kL0dR6vX3pE7sY9aC5gH1uJ2iO4wN8bK0@mail.gmail.com>",
              relay="mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="job_centre", lang="en-US", interview=False, company=None,
      note="Workforce-center / unemployment-insurance 'reemployment interview' with a fixed time (Tue 13 Oct 9:00 "
           "AM); a benefits appointment, not a job interview",
      days=(("Tue", "2026-10-13"),))
def m31() -> bytes:
    body = t("""
        METRO WORKFORCE CENTER - LAKE STREET
        Reemployment Services Appointment Notice

        Claimant: ERIK LINDQVIST
        Claim ID: ****-**-4471

        You are required to attend a Reemployment Services and Eligibility
        interview as a condition of receiving unemployment benefits.

        Date:      Tuesday, October 13, 2026
        Time:      9:00 AM
        Location:  Metro Workforce Center - Lake Street
                   2700 E Lake St, Suite 300, Minneapolis, MN 55406
        With:      Career Counselor M. Abdi

        Please bring:
          - Photo ID
          - Your work search log for the last 4 weeks
          - An updated résumé (paper or on your phone)

        If you cannot attend because you have a job interview or have started
        work, call 612-555-0100 before your appointment to reschedule. Failure to
        attend without good cause may affect your benefits.

        This is an automated notice. Replies to this address are not read.
        """)
    hs = head(addr("Metro Workforce Center", "notices@metroworkforcecenter.org"),
              "Appointment Notice: Reemployment Services - Tuesday, October 13",
              "2026-10-05 06:02", CHI, "<notice.20261005110200.4471@metroworkforcecenter.org>",
              relay="smtp.metroworkforcecenter.org (smtp.metroworkforcecenter.org [198.51.100.61])")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(32), family="press_interview", lang="en-US", interview=False, company=None,
      note="A business reporter confirms 'our interview Thursday at 11am' (Thu 1 Oct) for a story on laid-off "
           "logistics workers; Erik is the source, not a job candidate",
      days=(("Thu", "2026-10-01"),))
def m32() -> bytes:
    body = t("""
        Hi Erik,

        Thanks so much for agreeing to talk with me for our piece on what the job
        market looks like for laid-off logistics and warehouse-analytics folks in
        the Twin Cities. Confirming our interview Thursday at 11am - I'll call you
        at the number you sent. It should take 20-30 minutes.

        Happy to keep your current employer's name out of it, as we discussed. If
        you have any numbers on how many applications you've sent since August,
        that would be great color.

        Thanks again,
        Carmen

        Carmen Ibarra
        Reporter, Twin Cities Business Ledger
        carmen.ibarra@tcbledger.com | 612-555-0187
        """)
    hs = head(addr("Carmen Ibarra", "carmen.ibarra@tcbledger.com"),
              "Thursday interview - TCBL story on logistics layoffs",
              "2026-09-28 15:44", CHI, "<DM8PR19MB5210C3D4E5F6A7B8C9D0E1F2A3@DM8PR19MB5210.namprd19.prod.outlook.com>",
              relay="NAM19-DM8-obe.outbound.protection.outlook.com (mail-dm8nam19on2088.outbound.protection.outlook.com [40.107.11.88])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(33), family="podcast_guest", lang="en-US", interview=False, company=None,
      note="Podcast host confirms Erik as a guest: recording Wed 18 Nov 7:00 PM CT with an ICS; an interview with a "
           "fixed time, but he is the guest, not a job candidate",
      days=(("Wed", "2026-11-18"),))
def m33() -> bytes:
    body = t("""
        Hey Erik!

        Stoked to have you on Dock to Stock. You're locked in:

        Recording: Wednesday, November 18, 7:00 PM CT (about an hour)
        Studio link: https://riverside.fm/studio/dock-to-stock?t=8f21c0

        Episode working title: "Laid off in Q3: what a supply-chain analyst's job
        hunt actually looks like." I'll interview you for ~40 min, then a quick
        lightning round. Wired headphones please, no AirPods (they drop out).

        Calendar invite attached. See you on the 18th!

        Marisol
        Host, Dock to Stock podcast
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 16.1//EN
METHOD:REQUEST
{VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:A7F2C1E0-4B3D-4E5F-8A9B-0C1D2E3F4A5B
DTSTAMP:20261111T220500Z
DTSTART;TZID=America/Chicago:20261118T190000
DTEND;TZID=America/Chicago:20261118T200000
SUMMARY:Dock to Stock recording - guest Erik Lindqvist
LOCATION:https://riverside.fm/studio/dock-to-stock?t=8f21c0
ORGANIZER;CN=Marisol Vega:mailto:marisol@docktostock.fm
ATTENDEE;CN=Erik Lindqvist;RSVP=TRUE:mailto:erik.lindqvist@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Marisol Vega", "marisol@docktostock.fm"),
              "You're booked! Dock to Stock recording 11/18",
              "2026-11-11 16:05", CHI, "<8E1B2C3D-4F5A-4B6C-9D7E-8F9A0B1C2D3E@docktostock.fm>",
              relay="mail-pf1-f178.google.com (mail-pf1-f178.google.com [209.85.210.178])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, filename="Dock to Stock recording.ics", disposition="attachment",
                                      cte="base64")))


@mail(n(34), family="admission_interview", lang="en-US", interview=False, company=None,
      note="Part-time MBA admissions interview confirmed for Fri 16 Oct 4:00 PM CT; a school admission interview, "
           "not a job interview",
      days=(("Fri", "2026-10-16"),))
def m34() -> bytes:
    body = t("""
        Dear Erik,

        Thank you for scheduling your admissions interview for the Northfield School
        of Management Part-Time MBA (Fall 2027 entry, Round 1).

        Your interview is confirmed:

        Friday, October 16, 2026
        4:00 PM Central Time
        Alumni interviewer: Sunita Rao, PTMBA '19
        Format: Zoom (link will be sent 24 hours before)

        The conversation is about 30 minutes and is "blind": your interviewer has
        seen your résumé only, not your essays or test scores. Business casual is
        recommended.

        We look forward to getting to know you.

        Office of MBA Admissions
        Northfield School of Management
        """)
    page = t("""
        <html><body style="font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#222">
        <p style="font-size:12px;color:#7a1f2b;letter-spacing:1px">NORTHFIELD SCHOOL OF MANAGEMENT &middot; MBA ADMISSIONS</p>
        <p>Dear Erik,</p>
        <p>Thank you for scheduling your admissions interview for the Northfield School of Management Part-Time MBA (Fall 2027 entry, Round 1).</p>
        <p><b>Your interview is confirmed:</b><br>Friday, October 16, 2026<br>4:00 PM Central Time<br>Alumni interviewer: Sunita Rao, PTMBA '19<br>Format: Zoom (link will be sent 24 hours before)</p>
        <p>The conversation is about 30 minutes and is &ldquo;blind&rdquo;: your interviewer has seen your r&eacute;sum&eacute; only, not your essays or test scores. Business casual is recommended.</p>
        <p>We look forward to getting to know you.</p>
        <p>Office of MBA Admissions<br>Northfield School of Management</p>
        </body></html>
        """)
    hs = head(addr("Northfield MBA Admissions", "mbaadmissions@northfieldsom.edu"),
              "Interview Confirmation - Part-Time MBA, Round 1",
              "2026-10-09 13:30", CHI, "<slate.20261009183000.7f2a@northfieldsom.edu>",
              relay="mx-out.technolutions.net (mx-out.technolutions.net [66.179.92.17])")
    return message(hs, alt(text(body), html(page)))


@mail(n(35), family="sports_tryout", lang="en-US", interview=False, company=None,
      note="Adult hockey league evaluation skate (try-out) Sat 19 Sep 8:15 PM; a sports try-out with a fixed time",
      days=(("Sat", "2026-09-19"),))
def m35() -> bytes:
    body = t("""
        Hi Erik,

        Thanks for registering for the 2026-27 Minneapolis Loons Adult Hockey
        League (C/D division). Before we build rosters, every new player skates
        one evaluation session so we can place you on a balanced team.

        Your evaluation skate:
          Saturday, September 19
          8:15 PM - 9:30 PM
          Bryn Mawr Ice Arena, Rink 2

        Be dressed and on the ice by 8:10. Full gear, helmet with cage or shield
        required. Bring a light and a dark jersey.

        If you can't make it, reply and we'll slot you into the Sept 26 session.

        See you on the ice,
        Gary Pokorny
        Player Evaluations, Minneapolis Loons AHL
        """)
    hs = head(addr("Minneapolis Loons Adult Hockey", "evaluations@loonshockey.org"),
              "Your evaluation skate - Sat 9/19",
              "2026-09-14 21:10", CHI, "<loons.eval.20260915021000.erik@loonshockey.org>",
              relay="smtp.loonshockey.org (smtp.loonshockey.org [198.51.100.93])",
              extra=(("Reply-To", addr("Gary Pokorny", "gary.pokorny@loonshockey.org")),))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(36), family="car_service", lang="en-US", interview=False, company=None,
      note="Car-service appointment Sat 24 Oct 7:30 AM with an ICS; fixed time, not an interview",
      days=(("Sat", "2026-10-24"),))
def m36() -> bytes:
    body = t("""
        Appointment Confirmation

        Hi Erik,

        Your service appointment is confirmed.

        Date: Saturday, October 24, 2026
        Drop-off: 7:30 AM
        Vehicle: 2017 Subaru Outback (MN plate ***-R42)
        Services: Oil change, tire swap to winter tires, brake inspection
        Estimated completion: early afternoon - we'll text you

        Lake Street Auto Care
        3421 E Lake St, Minneapolis, MN 55406 · (612) 555-0112

        Need to change your appointment? Call us or reply to this email.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ShopBoss//Appointments//EN
METHOD:PUBLISH
{VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:appt-55120-lsac@lakestreetautocare.com
DTSTAMP:20261020T171800Z
DTSTART;TZID=America/Chicago:20261024T073000
DTEND;TZID=America/Chicago:20261024T080000
SUMMARY:Service appointment - Lake Street Auto Care
LOCATION:3421 E Lake St\\, Minneapolis\\, MN 55406
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Lake Street Auto Care", "service@lakestreetautocare.com"),
              "Appointment confirmed: Sat, Oct 24 at 7:30 AM",
              "2026-10-20 12:18", CHI, "<appt-55120.20261020171800@lakestreetautocare.com>",
              relay="o7.sendgrid.net (o7.sendgrid.net [167.89.115.7])")
    return message(hs, mixed(text(body, charset="windows-1252"),
                             calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


@mail(n(37), family="bank_advisor", lang="en-US", interview=False, company=None,
      note="Microsoft Bookings confirmation from a credit union: mortgage consultation Tue 24 Nov 5:30 PM Central "
           "with an ICS; same layout as an interview booking but a bank appointment",
      days=(("Tue", "2026-11-24"),))
def m37() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600;padding:12px 0">Your booking has been confirmed</div>
        <table cellpadding="4">
        <tr><td><b>North Loop Credit Union - Home Lending</b></td></tr>
        <tr><td>Mortgage pre-approval consultation (virtual)</td></tr>
        <tr><td>Tuesday, November 24, 2026</td></tr>
        <tr><td>5:30 PM - 6:15 PM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td>Staff: Kari Thorson, Mortgage Loan Officer, NMLS #1948821</td></tr>
        </table>
        <p>Please have your last two pay stubs, two years of W-2s and recent bank statements handy. If you're
        between jobs or have a written offer, bring the offer letter &ndash; we can often use it.</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_TkxDVWhs%40thread.v2/0">Join your appointment</a> &middot;
        <a href="https://outlook.office365.com/owa/calendar/HomeLending@northloopcu.org/bookings/">Manage booking</a></p>
        <p style="font-size:12px;color:#605e5c">Powered by Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=North Loop Credit Union - Home Lending:mailto:HomeLending@northloopcu.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Erik Lindqvist:mailto:erik.lindqvist@example.org
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9
SUMMARY;LANGUAGE=en-US:Mortgage pre-approval consultation (virtual)
DTSTART;TZID=Central Standard Time:20261124T173000
DTEND;TZID=Central Standard Time:20261124T181500
DTSTAMP:20261118T194000Z
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("North Loop Credit Union - Home Lending", "HomeLending@northloopcu.org"),
              "Booking confirmed: Mortgage pre-approval consultation (virtual)",
              "2026-11-18 13:40", CHI,
              "<CY8PR02MB9110A2B3C4D5E6F7A8B9C0D1E2@CY8PR02MB9110.namprd02.prod.outlook.com>",
              relay="NAM02-CY8-obe.outbound.protection.outlook.com (mail-cy8nam02on2071.outbound.protection.outlook.com [40.107.96.71])")
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(38), family="mock_interview", lang="en-US", interview=False, company=None,
      note="Career coach's booking page: 'Mock Interview (60 min)' confirmed Thu 8 Oct 6:00 PM CT; practice, not a "
           "job interview",
      days=(("Thu", "2026-10-08"),))
def m38() -> bytes:
    body = t("""
        Hi Erik,

        Your appointment is confirmed!

        What: Mock Interview + Feedback (60 minutes)
        When: Thursday, October 8, 2026 6:00pm - 7:00pm (Central Time)
        With: Renee Castellanos, Second Act Career Coaching
        Where: Zoom - https://us02web.zoom.us/j/81234409921

        Renee will play the hiring manager for a supply-chain analyst panel
        interview, then spend the last 15 minutes on feedback. Please send the job
        description you're preparing for at least 24 hours ahead.

        Price: $150.00 (paid)

        Need to make a change? Reschedule or cancel:
        https://app.acuityscheduling.com/schedule.php?owner=21880431&action=appt&id%5B%5D=f0a1c2

        Second Act Career Coaching · Saint Paul, MN
        """)
    hs = head(addr("Second Act Career Coaching", "no-reply@acuityscheduling.com"),
              "Confirmed: Mock Interview + Feedback on Thursday, October 8, 2026",
              "2026-10-02 19:12", CHI, "<acuity.f0a1c2.20261003001200@acuityscheduling.com>",
              relay="mail-a241.acuityscheduling.com (mail-a241.acuityscheduling.com [54.240.27.241])",
              extra=(("Reply-To", addr("Renee Castellanos", "renee@secondactcoaching.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(39), family="forwarded_other_person", lang="en-US", interview=False, company=None,
      note="Erik's sister forwards her own interview confirmation (RN at a Rochester hospital, Thu 12 Nov 9:00 AM); "
           "a real confirmed interview, but not the inbox owner's",
      days=(("Thu", "2026-11-12"),))
def m39() -> bytes:
    body = t("""
        LOOK who got an interview!! The robots schedule me too now lol.

        Can I crash at yours the night of the 11th? Rochester is closer from your
        place than from Duluth and I don't trust Hwy 52 at 6am in November.

        Also you owe me a mock interview, you've done like 40 of these by now

        Ingrid

        ---------- Forwarded message ---------
        From: Bluff Country Health Recruiting <no-reply@us.greenhouse-mail.io>
        Date: Wed, Nov 4, 2026 at 3:17 PM
        Subject: Interview Confirmation: Registered Nurse - Cardiac Step-Down at Bluff Country Health
        To: Ingrid Lindqvist <ingrid.lindqvist@example.net>

        Hi Ingrid,

        Your interview for Registered Nurse - Cardiac Step-Down is confirmed.

        Date: Thursday, November 12, 2026
        Time: 9:00 AM - 10:00 AM CST
        Location: Bluff Country Health, Methodist Pavilion, 4th Floor, 1110 Broadway Ave S, Rochester, MN

        Please reply to this email with any questions.

        Jolene Marsh
        Nurse Recruiter | Bluff Country Health
        """)
    hs = head(addr("Ingrid Lindqvist", "ingrid.lindqvist@example.net"),
              "Fwd: Interview Confirmation: Registered Nurse - Cardiac Step-Down at Bluff Country Health",
              "2026-11-05 07:48", CHI, "<CAJq8mZ1x2Tn5bP7cR9dK0sL3fW6gY4hV8jE1aU2oI5@mail.gmail.com>",
              relay="mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(40), family="user_is_interviewer", lang="en-US", interview=False, company=None,
      note="Erik's manager at his current job (notice period) asks him to sit on a candidate's panel 'Friday at 2' "
           "(Fri 11 Sep); Erik is the interviewer, not the candidate",
      days=(("Fri", "2026-09-11"),))
def m40() -> bytes:
    body = t("""
        Hey Erik,

        Sending to your personal since you're out today. Could you sit on the panel
        for Maya Ortiz (Inventory Planner candidate) Friday at 2? I know it's a bit
        awkward with your last day coming up, but nobody knows the replenishment
        side like you do and I'd trust your read on her.

        30 min, conference room Lyndale on 3, I'll put it on your work calendar.
        Just do the usual SQL + "tell me about a stockout" questions.

        Thanks man,
        Dave

        Dave Reinholt
        Manager, Inventory Planning | Hiawatha Distribution
        """)
    hs = head(addr("Dave Reinholt", "dave.reinholt@hiawathadist.com"),
              "panel Friday?",
              "2026-09-08 12:55", CHI, "<BL1PR13MB5031E5F6A7B8C9D0E1F2A3B4C5@BL1PR13MB5031.namprd13.prod.outlook.com>",
              relay="NAM13-BL1-obe.outbound.protection.outlook.com (mail-bl1nam13on2099.outbound.protection.outlook.com [40.107.93.99])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(41), family="work_calendar", lang="en-US", interview=False, company=None,
      note="Exchange invite from the current employer for a team lunch / farewell Fri 25 Sep 11:30 AM; fixed time, "
           "not an interview",
      days=(("Fri", "2026-09-25"),))
def m41() -> bytes:
    body = t("""
        When: Friday, September 25, 2026 11:30 AM-1:00 PM. (UTC-06:00) Central Time (US & Canada)
        Where: Black Sheep Pizza, 600 Washington Ave N

        Team - Q3 close is done (almost)! Lunch on the department to celebrate, and to
        send off Erik and Dana properly. Adding personal emails for the two of you so
        it doesn't get lost when your laptops go back.

        - Dave
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Reinholt\\, Dave:mailto:dave.reinholt@hiawathadist.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Erik Lindqvist:mailto:erik.lindqvist@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inventory Planning Team:mailto:invplanning@hiawathadist.com
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6
SUMMARY;LANGUAGE=en-US:Q3 close lunch + send-off for Erik & Dana
DTSTART;TZID=Central Standard Time:20260925T113000
DTEND;TZID=Central Standard Time:20260925T130000
DTSTAMP:20260918T164000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Black Sheep Pizza\\, 600 Washington Ave N
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Reinholt, Dave", "dave.reinholt@hiawathadist.com"),
              "Q3 close lunch + send-off for Erik & Dana",
              "2026-09-18 11:40", CHI, "<BL1PR13MB5031F6A7B8C9D0E1F2A3B4C5D6@BL1PR13MB5031.namprd13.prod.outlook.com>",
              relay="NAM13-BL1-obe.outbound.protection.outlook.com (mail-bl1nam13on2101.outbound.protection.outlook.com [40.107.93.101])",
              to=f"{ERIK_TO}, {addr('Inventory Planning Team', 'invplanning@hiawathadist.com')}")
    return message(hs, alt(text(body, charset="us-ascii"), calendar(ics, cte="base64")))


@mail(n(42), family="auto_reply", lang="en-US", interview=False, company="Como Packaging",
      note="Out-of-office auto-reply from the Como Packaging recruiter to Erik's availability mail; a return date "
           "(Mon 19 Oct), no appointment",
      days=(("Mon", "2026-10-19"),))
def m42() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office until Monday, October 19
        with limited access to email. I will respond to your message when I
        return.

        For urgent recruiting matters, please contact talent@comopackaging.com.

        Paul Lindgren
        Senior Recruiter | Como Packaging
        """)
    hs = head(addr("Lindgren, Paul", "paul.lindgren@comopackaging.com"),
              "Automatic reply: Demand Planning Analyst - availability",
              "2026-10-12 19:03", CHI,
              "<DM6PR07MB4410A9B8C7D6E5F40312ABCDEF@DM6PR07MB4410.namprd07.prod.outlook.com>",
              relay="NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2127.outbound.protection.outlook.com [40.107.93.127])",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "paul.lindgren@comopackaging.com"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<b19a2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@example.org>")))
    return message(hs, text(body, charset="us-ascii"))


@mail(n(43), family="bounce", lang="en-US", interview=False, company=None,
      note="Delivery-status notification for Erik's thank-you note sent to a mistyped address; the returned headers "
           "mention 'interview', nothing scheduled")
def m43() -> bytes:
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <jonah.brightmen@ledgerline.com>: host ledgerline-com.mail.protection.outlook.com[52.101.40.6]
            said: 550 5.4.1 Recipient address rejected: Access denied.
            [BN1NAM02FT034.eop-nam02.prod.protection.outlook.com] (in reply to RCPT TO
            command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4XkT2b0Q3Fz9vBm
        X-Postfix-Sender: rfc822; erik.lindqvist@example.org
        Arrival-Date: Fri, 30 Oct 2026 08:13:51 -0500 (CDT)

        Final-Recipient: rfc822; jonah.brightmen@ledgerline.com
        Original-Recipient: rfc822;jonah.brightmen@ledgerline.com
        Action: failed
        Status: 5.4.1
        Remote-MTA: dns; ledgerline-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
        """)
    orig = t("""
        From: Erik Lindqvist <erik.lindqvist@example.org>
        To: jonah.brightmen@ledgerline.com
        Subject: Thank you - yesterday's interview
        Date: Fri, 30 Oct 2026 08:13:49 -0500
        Message-ID: <c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f@example.org>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        """)
    report = multipart("report",
                       text(human, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       raw_part([("Content-Description", "Undelivered Message Headers"),
                                 ("Content-Type", "text/rfc822-headers")], orig),
                       params="report-type=delivery-status")
    hs = [("Delivered-To", ERIK),
          ("Return-Path", "<>"),
          ("From", "Mail Delivery System <MAILER-DAEMON@mx1.example.org>"),
          ("To", ERIK),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-10-30 08:14", CHI)),
          ("Message-ID", "<20261030131452.9A0C83E1B7@mx1.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


@mail(n(44), family="mailing_list", lang="en-US", interview=False, company=None,
      note="Local supply-chain mailing list: meetup Tue 20 Oct 6:00 pm with an 'interview stories' panel; an "
           "event, not a job interview",
      days=(("Tue", "2026-10-20"),))
def m44() -> bytes:
    body = t("""
        Hi all,

        October meetup is on! Details:

        Tuesday, Oct 20, 6:00-8:00 pm
        Fulton Brewing taproom (back room), 414 6th Ave N, Minneapolis

        Topic: "How I got hired" - four members who landed new roles this year
        share their interview stories (case exercises, panel formats, the one
        question they bombed). Bring questions. Lots of folks on the list are
        job hunting right now, so we'll keep a few minutes at the end for anyone
        to announce openings on their team.

        RSVP on the list page so we can tell the taproom a headcount.

        Sven Aarestad
        co-organizer, SCM Twin Cities

        --
        You received this message because you are subscribed to the SCM Twin Cities list.
        To unsubscribe, send an email to scm-twincities+unsubscribe@lists.example.net
        """)
    hs = head(addr("Sven Aarestad via SCM Twin Cities", "scm-twincities@lists.example.net"),
              "[scm-twincities] October meetup: Tue 10/20 - \"How I got hired\" interview stories",
              "2026-10-13 08:20", CHI, "<CAG4sv3nA8rT0zK1qW7bE5mY2pL9dF6hJ3cV8xN1oU4@mail.gmail.com>",
              relay="lists.example.net (lists.example.net [203.0.113.40])",
              to=addr("SCM Twin Cities", "scm-twincities@lists.example.net"),
              extra=(("Reply-To", addr("SCM Twin Cities", "scm-twincities@lists.example.net")),
                     ("List-Id", "<scm-twincities.lists.example.net>"),
                     ("List-Unsubscribe", "<mailto:scm-twincities+unsubscribe@lists.example.net>"),
                     ("Precedence", "list")))
    return message(hs, text(body))


@mail(n(45), family="webinar", lang="en-US", interview=False, company=None,
      note="Zoom webinar registration 'Interviewing for Analytics Roles' on Thu 5 Nov 12:00 PM Central (mail sent "
           "in CDT); a webinar, not an interview",
      days=(("Thu", "2026-11-05"),))
def m45() -> bytes:
    body = t("""
        Hi Erik Lindqvist,

        Thank you for registering for "Interviewing for Analytics Roles in 2027:
        What Hiring Managers Actually Want".

        Date & Time: Nov 5, 2026 12:00 PM Central Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/89011223344?tk=Zk9wX2Rh

        Passcode: 775120

        Add to calendar: Outlook(.ics) | Google Calendar | Yahoo Calendar

        You can cancel your registration at any time.

        DataCareers Collective
        """)
    page = t("""
        <div style="font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333">
        <p>Hi Erik Lindqvist,</p>
        <p>Thank you for registering for &quot;Interviewing for Analytics Roles in 2027: What Hiring Managers Actually Want&quot;.</p>
        <p><b>Date &amp; Time:</b> Nov 5, 2026 12:00 PM Central Time (US and Canada)</p>
        <p><a href="https://us06web.zoom.us/w/89011223344?tk=Zk9wX2Rh" style="background:#0e71eb;color:#fff;padding:8px 16px;border-radius:8px;text-decoration:none">Join Webinar</a></p>
        <p>Passcode: 775120</p>
        <p>Add to calendar: <a href="https://us06web.zoom.us/webinar/tJ0kd/ics">Outlook(.ics)</a> | <a href="https://us06web.zoom.us/webinar/tJ0kd/google">Google Calendar</a> | <a href="https://us06web.zoom.us/webinar/tJ0kd/yahoo">Yahoo Calendar</a></p>
        <p>You can <a href="https://us06web.zoom.us/webinar/cancel/tJ0kd">cancel</a> your registration at any time.</p>
        <p>DataCareers Collective</p>
        </div>
        """)
    hs = head(addr("DataCareers Collective", "no-reply@zoom.us"),
              "Interviewing for Analytics Roles in 2027 Confirmation",
              "2026-10-28 20:44", CHI, "<Zoom.Webinar.Reg.KJ8d2Lm0Qz.20261029014400@zoom.us>",
              relay="smtpout-a12.zoom.us (smtpout-a12.zoom.us [170.114.10.12])",
              extra=(("Reply-To", "events@datacareers.example.com"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(46), family="drug_screen", lang="en-US", interview=False, company=None,
      note="Pre-employment drug-screen appointment (Thu 10 Dec 8:30 AM) from a screening vendor for Cascadia "
           "Outfitters; part of hiring, but not an interview",
      days=(("Thu", "2026-12-10"),))
def m46() -> bytes:
    body = t("""
        ERIK LINDQVIST,

        Cascadia Outfitters has requested a pre-employment screening for you as
        part of your conditional offer of employment.

        APPOINTMENT
        Test type:   10-panel urine drug screen (DOT not required)
        Date:        Thursday, December 10, 2026
        Time:        8:30 AM (please arrive 10 minutes early)
        Collection site: ClearPath Patient Service Center #4410
                     8120 Penn Ave S, Suite 120, Bloomington, MN 55431

        Bring a government-issued photo ID and this Donor Pass number: CP-77310-4418.
        Walk-ins are not accepted at this site.

        Results are sent directly to Cascadia Outfitters, usually within 2 business
        days.

        ClearPath Screening Services
        This is an unattended mailbox.
        """)
    hs = head(addr("ClearPath Screening", "donorpass@clearpathscreening.com"),
              "Donor Pass: Scheduled Collection - Cascadia Outfitters",
              "2026-12-07 09:06", CHI, "<donorpass.CP-77310-4418.20261207150600@clearpathscreening.com>",
              relay="mta1.clearpathscreening.com (mta1.clearpathscreening.com [198.51.100.120])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(47), family="recruiter_outreach", lang="en-US", interview=False, company="Lakeshore Talent Partners",
      note="Agency recruiter's generic 'let's find a time this week'; asks for availability, nothing fixed")
def m47() -> bytes:
    body = t("""
        Hey Erik,

        Hope the Corvane loop is going ok - haven't heard anything new from them yet.

        Separately I've got 2 new ones that look like a fit: a planning analyst role at
        a food distributor in Eagan and a remote one w/ a 3PL out of Chicago. Let's
        find a time to talk this week? Send me a couple windows that work and I'll
        call you.

        Dom

        Dom Kowalczyk | Senior Recruiter, Supply Chain & Logistics
        Lakeshore Talent Partners | Chicago, IL
        """)
    hs = head(addr("Dom Kowalczyk", "dom.kowalczyk@lakeshoretalent.com"),
              "couple new ones",
              "2026-11-17 10:42", CHI, "<CAM3dk9qT1xW8bZ0eL5rY7uI2oP6aS4fG9hJ1kV3nM0@mail.gmail.com>",
              relay="mail-pl1-f170.google.com (mail-pl1-f170.google.com [209.85.214.170])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(48), family="apartment_viewing", lang="en-US", interview=False, company=None,
      note="Apartment showing in Chicago (relocation option) confirmed Sat 7 Nov 11:00 AM; fixed time, not an "
           "interview",
      days=(("Sat", "2026-11-07"),))
def m48() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <h2 style="color:#214e41">Your tour is confirmed!</h2>
        <p>Hi Erik,</p>
        <p>We're looking forward to showing you around <b>Fullerton Flats</b>.</p>
        <p><b>Unit:</b> 3B &ndash; 1 bed / 1 bath, 720 sq ft, $1,895/mo<br>
        <b>Date:</b> Saturday, November 7, 2026<br>
        <b>Time:</b> 11:00 AM (Central)<br>
        <b>Address:</b> 2140 N Halsted St, Chicago, IL 60614<br>
        <b>Your leasing agent:</b> Bianca Moretti</p>
        <p>Street parking is metered on Halsted; there's free parking on Dickens after 10 AM on weekends. Ring 1A for the leasing office.</p>
        <p>If you have a letter of employment or offer letter, bring it along &ndash; it speeds up the application.</p>
        <p>Need to reschedule? Reply to this email or call 773-555-0158.</p>
        <p>Fullerton Flats Leasing</p>
        </body></html>
        """)
    hs = head(addr("Fullerton Flats Leasing", "leasing@fullertonflats.com"),
              "Tour confirmed: Sat, Nov 7 at 11:00 AM - Fullerton Flats 3B",
              "2026-11-03 16:27", CHI, "<tour.3b.20261103222700.9a1f@fullertonflats.com>",
              relay="o22.email.fullertonflats.com (o22.email.fullertonflats.com [149.72.200.22])")
    return message(hs, html(page, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(49), family="parent_teacher", lang="en-US", interview=False, company=None,
      note="School conference sign-up confirmation, Thu 15 Oct 4:40 PM; fixed time, a parent-teacher meeting",
      days=(("Thu", "2026-10-15"),))
def m49() -> bytes:
    body = t("""
        Conference Confirmation

        Powderhorn Park Elementary - Fall Family Conferences

        Parent/Guardian: Erik Lindqvist
        Student: Astrid Lindqvist (Grade 3)
        Teacher: Ms. Abernathy, Room 112
        Date: Thursday, October 15, 2026
        Time: 4:40 PM - 5:00 PM
        Type: In person

        Please arrive a few minutes early; conferences run back to back. Interpreters
        are available on request - call the front office at 612-555-0125.

        Sent from SchoolSlot on behalf of Powderhorn Park Elementary.
        """)
    hs = head(addr("Powderhorn Park Elementary via SchoolSlot", "noreply@schoolslot.example.com"),
              "Conference confirmed: Thu 10/15 4:40 PM with Ms. Abernathy",
              "2026-10-07 20:11", CHI, "<schoolslot.conf.55812.20261008011100@schoolslot.example.com>",
              relay="mail.schoolslot.example.com (mail.schoolslot.example.com [192.0.2.55])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(50), family="volunteer_interview", lang="en-US", interview=False, company=None,
      note="Food shelf volunteer coordinator confirms a 'volunteer interview' Sat 12 Sep 10:00am; unpaid volunteer "
           "intake, not a job interview",
      days=(("Sat", "2026-09-12"),))
def m50() -> bytes:
    body = t("""
        Hi Erik!

        Thanks so much for signing up to help with our warehouse and inventory
        team - with your background we might put you to work on our spreadsheets
        too :)

        Your volunteer interview is set for this Saturday, September 12 at 10:00am.
        It's a casual 15-minute chat about what shifts work for you, then a quick
        tour and food-safety orientation. Come to the side door on 31st St.

        See you Saturday,
        Ngozi Adeyemi
        Volunteer Coordinator
        Loaves & Lakes Food Shelf · 3100 Bloomington Ave, Minneapolis
        """)
    hs = head(addr("Ngozi Adeyemi", "volunteer@loavesandlakes.org"),
              "Volunteer interview Saturday!",
              "2026-09-08 14:37", CHI, "<0a1b2c3d-loaves-vol-20260908@loavesandlakes.org>",
              relay="mail-wr1-f53.google.com (mail-wr1-f53.google.com [209.85.221.53])")
    return message(hs, alt(text(body), html(gmail_html(body))))
