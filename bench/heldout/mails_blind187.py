"""blind187: a blind 50-mail held-out set, the inbox of Jessica Lindgren, a data engineer in Omaha.

Written by a helper session that did not read the detector, its tests or the other held-out mails.
Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), keys 24-50 negatives; the file
number of the mail written key-th is ORDER[key - 1].

    python3 bench/heldout/make_blind.py blind187
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

ORDER = random.Random(1870187).sample(range(1, 51), 50)

ME = "jessica.lindgren@example.org"
ME_H = addr("Jessica Lindgren", ME)
CT = "America/Chicago"
ET = "America/New_York"
PT = "America/Los_Angeles"
MT = "America/Denver"
LANG = "en-US"

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
    return f"blind187_{ORDER[key - 1]:03d}"


def z(local: str, zone: str) -> str:
    """UTC value for an ICS line: 20261105T170000Z."""
    return utc(local, zone).replace("-", "").replace(":", "")


def qid(seed: str, k: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:k].upper()


def hdrs(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, *,
         to: str = ME_H, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         rcpt: str = ME) -> list[tuple[str, str]]:
    rcv = received(f"from {relay}", when, zone,
                   f"mx1.example.org (Postfix) with ESMTPS id 4{qid(mid, 11)}", rcpt)
    return [
        ("Return-Path", "<bounce-" + qid(mid + "rp", 10).lower() + "@" + relay.split(" ")[0] + ">"),
        ("Received", rcv),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", CT), end=utc("2026-09-15 10:45", CT),
      contact="dana.whitfield@prairiemutual.com", company="Prairie Mutual Insurance",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=CT,
      note="Greenhouse candidate confirmation, 'Tuesday, September 15, 2026, 10:00 AM - 10:45 AM CDT'; "
           "Omaha in CDT (UTC-5) so 15:00-15:45Z; contact = human Reply-To recruiter")
def greenhouse_prairie():
    body = t("""
        Hi Jessica,

        Thanks for making time to speak with us! Your interview for the Senior Data Engineer,
        Claims Analytics role at Prairie Mutual Insurance is confirmed.

        When:  Tuesday, September 15, 2026, 10:00 AM - 10:45 AM CDT
        Where: Microsoft Teams (the join link is in the calendar invitation we'll send separately)

        You'll be meeting with:
          Ben Ostrander - Manager, Data Platform

        If you need to reschedule, just reply to this email.

        Best,
        Dana Whitfield
        Talent Acquisition Partner | Prairie Mutual Insurance
        Omaha, NE
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Jessica,</p>
        <p>Thanks for making time to speak with us! Your interview for the <b>Senior Data Engineer,
        Claims Analytics</b> role at Prairie Mutual Insurance is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#777">When</td><td>Tuesday, September 15, 2026, 10:00&nbsp;AM &ndash; 10:45&nbsp;AM CDT</td></tr>
        <tr><td style="color:#777">Where</td><td>Microsoft Teams (the join link is in the calendar invitation we&#39;ll send separately)</td></tr>
        </table>
        <p>You&#39;ll be meeting with:<br>Ben Ostrander &ndash; Manager, Data Platform</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Dana Whitfield<br>Talent Acquisition Partner | Prairie Mutual Insurance<br>Omaha, NE</p>
        <img src="https://app.greenhouse.io/email/open/8f3c2a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    mid = "<0100019a1c3f7e21-5d2f8a7b-9c44-4f0e-b0a1-3e7d2c9f6a11-000000@email.amazonses.com>"
    h = hdrs(addr("Prairie Mutual Insurance", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Senior Data Engineer, Claims Analytics", "2026-09-09 14:12", CT,
             mid, "a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
             extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@prairiemutual.com")),
                    ("X-Mailer", "Greenhouse")))
    return message(h, alt(text(body), html(page)))


@mail(n(2), family="lever", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-09-24 14:00", CT), contact="marcus.oyelaran@greatplainsrail.com",
      company="Great Plains Railroad", local="Thu 2026-09-24 14:00", zone=CT,
      note="Lever notification 'Thursday, September 24 at 2:00pm CDT', on site in Omaha, no length "
           "given so end null; CDT = UTC-5 -> 19:00Z; sender no-reply, contact = coordinator in body")
def lever_rail():
    body = t("""
        Hi Jessica,

        Your interview with Great Plains Railroad has been scheduled. Here are the details:

        Position: Data Engineer III - Network Operations Analytics
        Date: Thursday, September 24
        Time: 2:00pm CDT
        Location: Great Plains Railroad, 1400 Douglas Street, Omaha, NE 68102 - check in at the
        security desk in the main lobby and bring a photo ID.

        Interviewers:
        Rosa Delacroix, Director of Operations Analytics
        Wen Liu, Staff Data Engineer

        Parking is available in the visitor garage off 14th Street; we'll validate your ticket.

        Questions? Contact Marcus Oyelaran at marcus.oyelaran@greatplainsrail.com or 402-555-0148.

        Great Plains Railroad Talent Acquisition

        --
        Sent via Lever. You received this email because you applied to a job at Great Plains Railroad.
        """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    mid = "<20260918143002.4f1e2d7a9b3c@hire.lever.co>"
    h = hdrs(addr("Great Plains Railroad", "no-reply@hire.lever.co"),
             "Interview Confirmation - Great Plains Railroad", "2026-09-18 09:30", CT, mid,
             "o1.ptr4471.hire.lever.co (o1.ptr4471.hire.lever.co [167.89.51.20])")
    return message(h, alt(text(body, cte="7bit"), html(page)))


@mail(n(3), family="ashby", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-10-05 11:30", CT), end=utc("2026-10-05 12:15", CT),
      contact="priya@fieldloop.ag", company="FieldLoop",
      local="Mon 2026-10-05 11:30", local_end="2026-10-05 12:15", zone=CT,
      note="Ashby confirmation, 'Monday, October 5, 2026, 11:30 AM - 12:15 PM CDT', ICS TZID "
           "America/Chicago agrees; 16:30-17:15Z; contact = Reply-To / ORGANIZER")
def ashby_fieldloop():
    body = t("""
        Hi Jessica,

        Your interview is confirmed. We're looking forward to speaking with you!

        Monday, October 5, 2026, 11:30 AM - 12:15 PM CDT
        Google Meet: https://meet.google.com/xpr-kqzd-hwe

        You'll meet with:
          Caleb Ionescu - CTO
          Priya Raman - Head of People

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        FieldLoop Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jessica,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><strong>Monday, October 5, 2026, 11:30 AM &ndash; 12:15 PM CDT</strong><br>
        Google Meet: <a href="https://meet.google.com/xpr-kqzd-hwe">meet.google.com/xpr-kqzd-hwe</a></p>
        <p>You'll meet with:<br>Caleb Ionescu &mdash; CTO<br>Priya Raman &mdash; Head of People</p>
        <p>Questions? Just reply and it will reach Priya Raman.</p>
        <p>Thanks,<br>FieldLoop Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:7c2e91b0-44d1-4b8f-9a3e-5f10c7d2e6a4
DTSTAMP:20260930T152211Z
DTSTART;TZID=America/Chicago:20261005T113000
DTEND;TZID=America/Chicago:20261005T121500
SEQUENCE:0
SUMMARY:FieldLoop - Senior Data Engineer Interview (Jessica Lindgren)
LOCATION:https://meet.google.com/xpr-kqzd-hwe
ORGANIZER;CN=Priya Raman:mailto:priya@fieldloop.ag
ATTENDEE;CN=Jessica Lindgren;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<0100019a9f2c5b33-8e4d1a06-2b7f-4c59-91de-0a6b3f4e8d72-000000@email.amazonses.com>"
    h = hdrs(addr("FieldLoop", "no-reply@ashbyhq.com"),
             "Interview confirmed: Senior Data Engineer at FieldLoop", "2026-09-30 10:22", CT, mid,
             "a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
             extra=(("Reply-To", addr("Priya Raman", "priya@fieldloop.ag")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(4), family="workday", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-10-14 09:00", CT), end=utc("2026-10-14 10:00", CT),
      contact="kelsey.vance@heartlandbancorp.com", company="Heartland Bancorp",
      local="Wed 2026-10-14 09:00", local_end="2026-10-14 10:00", zone=CT,
      note="Workday HTML-only (base64) 'Wednesday, October 14, 2026 9:00 AM - 10:00 AM Central Time'; "
           "Des Moines in CDT -> 14:00-15:00Z; sender is the Workday tenant address, contact = "
           "recruiter address in the body")
def workday_heartland():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d2e;color:#ffffff;font-size:18px">Heartland Bancorp Careers</td></tr>
        <tr><td>
        <p>Dear Jessica Lindgren,</p>
        <p>Thank you for your interest in the <b>Data Engineer II - Enterprise Data Services (R-0048213)</b>
        position. We are pleased to confirm your interview as follows:</p>
        <p><b>Interview Type:</b> Video Interview (Microsoft Teams)<br>
        <b>Date:</b> Wednesday, October 14, 2026<br>
        <b>Time:</b> 9:00 AM - 10:00 AM Central Time<br>
        <b>Interviewers:</b> Arjun Mehta (VP, Data Services), Colleen Shaw (Lead Data Engineer)</p>
        <p>A Microsoft Teams link will arrive in a separate calendar invitation from your recruiter.</p>
        <p>If you have questions or need an accommodation, please contact Kelsey Vance at
        <a href="mailto:kelsey.vance@heartlandbancorp.com">kelsey.vance@heartlandbancorp.com</a>.</p>
        <p>You can review the status of your application at any time in the
        <a href="https://wd5.myworkdaysite.com/recruiting/heartland/External">Candidate Home</a>.</p>
        <p>Sincerely,<br>Heartland Bancorp Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Heartland Bancorp is an Equal Opportunity Employer.
        Member FDIC. Please do not reply to this message; this mailbox is not monitored.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    mid = "<1736218734.48213.1791554400812.JavaMail.wdprod@wd5-prod-mailer-07.myworkday.com>"
    h = hdrs(addr("Heartland Bancorp", "heartlandbancorp@myworkday.com"),
             "Interview Confirmation - Data Engineer II - Enterprise Data Services", "2026-10-06 11:00", CT,
             mid, "wd5-smtp-out-07.myworkday.com (wd5-smtp-out-07.myworkday.com [198.51.100.87])")
    return message(h, html(page, cte="base64"))


@mail(n(5), family="calendly", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-10-20 10:00", ET), end=utc("2026-10-20 10:30", ET),
      contact="owen.castellano@harborline.io", company="Harborline Analytics",
      local="Tue 2026-10-20 10:00", local_end="2026-10-20 10:30", zone=ET,
      note="Calendly invitee confirmation '10:00am - 10:30am (Eastern Time - US & Canada)'; Boston in "
           "EDT (UTC-4) -> 14:00-14:30Z, ICS in UTC agrees; contact = Reply-To host (the hiring manager)")
def calendly_harborline():
    body = t("""
        Hi Jessica Lindgren,

        Your 30 Minute Meeting with Owen Castellano at 10:00am (Eastern Time - US & Canada) on
        Tuesday, October 20, 2026 is scheduled.

        Event Type:
        Harborline Analytics - Data Engineering Intro (Owen Castellano)

        Event Date/Time:
        10:00am - 10:30am (Eastern Time - US & Canada), Tuesday, October 20, 2026

        Location:
        This is a Zoom web conference.
        You can join this meeting from your computer, tablet, or smartphone.
        https://harborline.zoom.us/j/81234507719

        Description:
        A first conversation about the Senior Data Engineer (Remote, US) role on our risk-modeling
        platform team.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4b1f0e2a-8c77-4a61-b5d2-19e3c0a7f5b8
        Reschedule: https://calendly.com/reschedulings/4b1f0e2a-8c77-4a61-b5d2-19e3c0a7f5b8

        Powered by Calendly.com
        """)
    page = "<html><body style=\"font-family:Proxima Nova,Arial,sans-serif\">" + body.replace(
        "&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>") + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:4b1f0e2a-8c77-4a61-b5d2-19e3c0a7f5b8
DTSTAMP:20261015T183417Z
DTSTART:{z("2026-10-20 10:00", ET)}
DTEND:{z("2026-10-20 10:30", ET)}
SUMMARY:Harborline Analytics - Data Engineering Intro (Owen Castellano)
LOCATION:https://harborline.zoom.us/j/81234507719
ORGANIZER;CN=Owen Castellano:mailto:owen.castellano@harborline.io
ATTENDEE;CN=Jessica Lindgren;PARTSTAT=ACCEPTED:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<calendly.7f1b2e.20261015183417.invitee@calendly.com>"
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "Confirmed: Harborline Analytics - Data Engineering Intro with Owen Castellano on "
             "Tuesday, October 20, 2026", "2026-10-15 18:34", "UTC", mid,
             "o7.email.calendly.com (o7.email.calendly.com [149.72.123.14])",
             extra=(("Reply-To", addr("Owen Castellano", "owen.castellano@harborline.io")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


TEAMS = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mtg}%40thread.v2/0>
    Meeting ID: {mid}
    Passcode: {pw}
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Or call in (audio only)
    +1 402-555-0190,,{pin}#   United States, Omaha
    Phone Conference ID: {pin}#
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


def exchange_ics(*, method: str, uid: str, tzid: str, start: str, end: str, stamp_: str, summary: str,
                 organizer: tuple[str, str], seq: int, status: str = "CONFIRMED", desc: str = "",
                 location: str = "Microsoft Teams Meeting", tz_block: str | None = None) -> str:
    return f"""BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{tz_block or VTZ[tzid]}
BEGIN:VEVENT
ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jessica Lindgren:mailto:{ME}
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-US:{summary}
DTSTART;TZID={tzid}:{start}
DTEND;TZID={tzid}:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp_}
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE=en-US:{location}
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""


MIDLANDS_UID = "040000008200E00074C5B7101A82E00800000000D0C4A1F2F467DC01000000000000000010000000A3F19B2C7E4D8A46B1C0E5D2F3A47B91"


@mail(n(6), family="exchange_outlook", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-11-03 13:00", CT), end=utc("2026-11-03 14:00", CT),
      contact="rokafor@midlandshealth.org", company="Midlands Health System",
      local="Tue 2026-11-03 13:00", local_end="2026-11-03 14:00", zone=CT,
      note="Exchange meeting request, time only in the ICS (TZID 'Central Standard Time' -> "
           "America/Chicago); sent Thu 29 Oct in CDT, interview after DST ended on 1 Nov, so CST "
           "(UTC-6) -> 19:00-20:00Z; contact = organizer/sender")
def exchange_midlands():
    body = t("""
        Hi Jessica,

        Sending the calendar invite for your interview with our Enterprise Analytics team for the
        Senior Data Engineer position. You'll meet with Dr. Howard Kim (Director, Enterprise
        Analytics) and Sunita Rao (Data Architecture). Please accept so it lands on your calendar.

        Thank you,
        Rachel

        Rachel Okafor | Talent Acquisition Specialist
        Midlands Health System | 8303 Dodge Street, Omaha, NE 68114
        rokafor@midlandshealth.org | 402-555-0173

        """) + TEAMS.format(mtg="NjQ2ZTRmYzAtMzhlNi00", mid="219 448 710 352", pw="Xk7pQ2", pin="518 204 337")
    ics = exchange_ics(
        method="REQUEST", uid=MIDLANDS_UID, tzid="Central Standard Time", start="20261103T130000",
        end="20261103T140000", stamp_="20261029T150512Z",
        summary="Interview - Jessica Lindgren / Senior Data Engineer", organizer=("Okafor\\, Rachel",
                                                                                 "rokafor@midlandshealth.org"),
        seq=0, desc="Hi Jessica\\, Sending the calendar invite for your interview with our Enterprise "
                    "Analytics team for the Senior Data Engineer position.\\n")
    mid = "<SA1PR14MB5873C1E4A2B94F07D3E8B6A1C95D2@SA1PR14MB5873.namprd14.prod.outlook.com>"
    h = hdrs(addr("Okafor, Rachel", "rokafor@midlandshealth.org"),
             "Interview - Jessica Lindgren / Senior Data Engineer", "2026-10-29 10:05", CT, mid,
             "NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2091.outbound.protection.outlook.com [40.107.243.91])",
             extra=(("Thread-Topic", "Interview - Jessica Lindgren / Senior Data Engineer"),
                    ("Thread-Index", "AdsIa3J9xQ2vPq7TSo2b3xN5c2mVbA=="),
                    ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(7), family="google_calendar", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-11-05 09:00", PT), end=utc("2026-11-05 10:00", PT),
      contact="tomas.herrera@cascadiaclaims.com", company="Cascadia Claims",
      local="Thu 2026-11-05 09:00", local_end="2026-11-05 10:00", zone=PT,
      note="Google Calendar invitation 'Thursday Nov 5, 2026 9am - 10am (Pacific Time - Los Angeles)'; "
           "Seattle back on PST (UTC-8) after 1 Nov -> 17:00-18:00Z, ICS in UTC agrees; sent 30 Oct in "
           "PDT; contact = organizer")
def gcal_cascadia():
    body = t("""
        Tomás Herrera has invited you to the following event.

        Cascadia Claims: Technical interview - Jessica Lindgren (Sr. Data Engineer, Remote)
        Thursday Nov 5, 2026 ⋅ 9am – 10am (Pacific Time - Los Angeles)

        Hi Jessica, this is the 60-minute technical round (SQL + a pipeline design conversation).
        Looking forward to it! - Tomás

        Join with Google Meet
        https://meet.google.com/bwn-utgc-qrm

        Join by phone
        (US) +1 206-555-0117 PIN: 482 019 335#

        Organizer
        Tomás Herrera
        tomas.herrera@cascadiaclaims.com

        Guests
        Tomás Herrera - organizer
        Mei-Ling Zhou
        jessica.lindgren@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=Y2FzY2FkaWE3

        Reply for jessica.lindgren@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:{z("2026-11-05 09:00", PT)}
DTEND:{z("2026-11-05 10:00", PT)}
DTSTAMP:20261030T182011Z
ORGANIZER;CN=Tomás Herrera:mailto:tomas.herrera@cascadiaclaims.com
UID:2f6k1q8v0c3r9b7m4t5n6x2y1z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tomás Herrera;X-NUM-GUESTS=0:mailto:tomas.herrera@cascadiaclaims.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/bwn-utgc-qrm
CREATED:20261030T181955Z
DESCRIPTION:Hi Jessica\\, this is the 60-minute technical round (SQL + a pipeline design conversation).
LAST-MODIFIED:20261030T182010Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cascadia Claims: Technical interview - Jessica Lindgren (Sr. Data Engineer\\, Remote)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    mid = "<calendar-8d0c51e2-3b7a-4f19-a6c4-2e90d7b1f3a5@google.com>"
    h = hdrs(addr("Tomás Herrera", "tomas.herrera@cascadiaclaims.com"),
             "Invitation: Cascadia Claims: Technical interview - Jessica Lindgren (Sr. Data Engineer, "
             "Remote) @ Thu Nov 5, 2026 9am - 10am (PST) (jessica.lindgren@example.org)",
             "2026-10-30 11:20", PT, mid,
             "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=(("Reply-To", addr("Tomás Herrera", "tomas.herrera@cascadiaclaims.com")),
                    ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                    ("Auto-Submitted", "auto-generated")))
    return message(h, mixed(alt(text(body), html(gmail_html(body)),
                                calendar(ics, method="REQUEST", cte="base64")),
                            calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(8), family="human_prose", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-09-22 13:30", CT), contact="bkowalski@midwesttalentpartners.com",
      company="Sunflower Health Plan", local="Tue 2026-09-22 13:30", zone=CT,
      note="Agency recruiter prose 'Tuesday at 1:30 Central', resolved against Date Fri 18 Sep -> "
           "Tue 22 Sep, CDT -> 18:30Z; 'should run about an hour' is approximate so end null; company "
           "= the hiring client, contact = the recruiter")
def prose_agency_sunflower():
    body = t("""
        Hi Jessica!

        Great news - Sunflower Health Plan wants to move forward, and you're confirmed for Tuesday
        at 1:30 Central with Dwayne Pruitt (Manager, Data Engineering). It's a video call, he'll send
        the Webex link from his calendar on Monday. Should run about an hour.

        Quick tips: he's big on data quality and how you've handled late-arriving claims data, so
        have a story or two ready. And please don't bring up comp with him, let me handle that part.

        Call me after if you can, I'd love to hear how it went!

        Brittany Kowalski
        Senior Technical Recruiter | Midwest Talent Partners
        Kansas City, MO | c: 816-555-0162
        bkowalski@midwesttalentpartners.com
        """)
    mid = "<MN2PR05MB6990A8C27E31D4B0F62A9C14B7E10@MN2PR05MB6990.namprd05.prod.outlook.com>"
    h = hdrs(addr("Brittany Kowalski", "bkowalski@midwesttalentpartners.com"),
             "Sunflower Health Plan - you're confirmed!", "2026-09-18 16:40", CT, mid,
             "NAM04-MW2-obe.outbound.protection.outlook.com (mail-mw2nam04on2112.outbound.protection.outlook.com [40.107.101.112])",
             extra=(("Thread-Topic", "Sunflower Health Plan - you're confirmed!"),
                    ("Content-Language", "en-US")))
    return message(h, text(body, cte="8bit"))


@mail(n(9), family="human_prose", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-10-15 08:30", CT), contact="greg@bluestempay.com", company="Bluestem Payments",
      local="Thu 2026-10-15 08:30", zone=CT,
      note="Hiring manager's one-line phone reply 'Thursday 8:30 works' closing a quoted thread; Date "
           "Mon 12 Oct -> Thu 15 Oct, Omaha CDT -> 13:30Z; no length, end null; contact = sender")
def prose_phone_bluestem():
    body = t("""
        Perfect, Thursday 8:30 it is. Come to the 2nd floor and ask for me at the front desk. Coffee's on us

        Greg

        Sent from my iPhone

        > On Oct 12, 2026, at 6:41 PM, Jessica Lindgren <jessica.lindgren@example.org> wrote:
        >
        > Hi Greg,
        >
        > Thanks for getting back to me so quickly. Thursday at 8:30 or Friday any time after 1 both
        > work for me - whichever is easier for your team.
        >
        > Best,
        > Jessica
        >
        >> On Oct 12, 2026, at 2:15 PM, Greg Tanaka <greg@bluestempay.com> wrote:
        >>
        >> Hi Jessica - enjoyed the phone screen. Could you come in to meet the team in person
        >> this week? Thursday morning or Friday afternoon would be best on our side. We're at
        >> 1120 Harney St in the Old Market.
        >>
        >> Greg Tanaka
        >> VP Engineering, Bluestem Payments
        """)
    mid = "<4E1B77C2-90A3-4D5F-B8E2-7C1A3F9D0E46@bluestempay.com>"
    h = hdrs(addr("Greg Tanaka", "greg@bluestempay.com"), "Re: Next steps", "2026-10-12 19:02", CT, mid,
             "mail-pl1-f171.google.com (mail-pl1-f171.google.com [209.85.214.171])",
             extra=(("In-Reply-To", "<CAJx7Lq0pR3v+Zy9hN2m@mail.example.org>"),
                    ("References", "<2B9C0A11-5E7D-4F3A-9C61-8D2E4B7A1F03@bluestempay.com> "
                                   "<CAJx7Lq0pR3v+Zy9hN2m@mail.example.org>"),
                    ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(h, text(body, charset="us-ascii", cte="7bit", params="format=flowed; delsp=yes"))


@mail(n(10), family="smartrecruiters", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-11-09 10:00", CT), end=utc("2026-11-09 11:00", CT),
      contact="hannah.moe@gopherstateoutfitters.com", company="Gopher State Outfitters",
      local="Mon 2026-11-09 10:00", local_end="2026-11-09 11:00", zone=CT,
      note="SmartRecruiters confirmation 'Monday, November 9, 2026 at 10:00 AM (CST)', 'for 60 minutes'; "
           "Minneapolis after DST ended (mail sent 30 Oct in CDT) -> CST UTC-6 -> 16:00-17:00Z; "
           "contact = human Reply-To")
def smartrecruiters_gopher():
    body = t("""
        Dear Jessica,

        Thank you for accepting our invitation. Your interview has been scheduled:

          Job:        Analytics Engineer, Supply Chain (Minneapolis, MN or Remote)
          Date:       Monday, November 9, 2026
          Time:       10:00 AM (CST), for 60 minutes
          Format:     Video call - Microsoft Teams
          With:       Hannah Moe, Talent Acquisition; Jorge Villanueva, Manager, Supply Chain Analytics

        Please note that the clocks go back on Sunday, November 1; the time above is Central
        Standard Time.

        Kind regards,
        Hannah Moe
        Gopher State Outfitters
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px">
        <div style="max-width:620px;margin:auto">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/gopherstate.png" alt="Gopher State Outfitters" height="40">
        <p>Dear Jessica,</p>
        <p>Thank you for accepting our invitation. Your interview has been scheduled:</p>
        <table style="font-size:14px">
        <tr><td><b>Job</b></td><td>Analytics Engineer, Supply Chain (Minneapolis, MN or Remote)</td></tr>
        <tr><td><b>Date</b></td><td>Monday, November 9, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM (CST), for 60 minutes</td></tr>
        <tr><td><b>Format</b></td><td>Video call &ndash; Microsoft Teams</td></tr>
        <tr><td><b>With</b></td><td>Hannah Moe, Talent Acquisition; Jorge Villanueva, Manager, Supply Chain Analytics</td></tr>
        </table>
        <p>Please note that the clocks go back on Sunday, November 1; the time above is Central Standard Time.</p>
        <p>Kind regards,<br>Hannah Moe<br>Gopher State Outfitters</p>
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters</p>
        </div></body></html>
        """)
    mid = "<em.1f3b0c.2a9d-77e4-4c18-b5f0-8e6a2d14c9b7@smartrecruiters.com>"
    h = hdrs(addr("Gopher State Outfitters", "no-reply@smartrecruiters.com"),
             "Interview scheduled: Analytics Engineer, Supply Chain", "2026-10-30 15:00", CT, mid,
             "mta-46.smartrecruiters.com (mta-46.smartrecruiters.com [198.21.4.46])",
             extra=(("Reply-To", addr("Hannah Moe", "hannah.moe@gopherstateoutfitters.com")),))
    return message(h, alt(text(body), html(page)))


@mail(n(11), family="icims", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-11-12 10:00", MT), contact="lauren.pike@frontrangeanalytics.com",
      company="Front Range Analytics", local="Thu 2026-11-12 10:00", zone=MT,
      note="iCIMS on-site itinerary in Denver, first conversation '10:00 AM Mountain' (MST, UTC-7) -> "
           "17:00Z; the attached ICS is an all-day hold (VALUE=DATE) with the time only in the text; "
           "'wrap up around 2:30' is approximate so end null; contact = coordinator in the body")
def icims_frontrange():
    body = t("""
        Hi Jessica,

        We're excited to host you at our Denver office for your on-site interview for the Lead Data
        Engineer position. Please find your itinerary below. All times are Mountain Time - one hour
        behind Omaha!

        Thursday, November 12, 2026
        Front Range Analytics, 1600 Wynkoop Street, Suite 400, Denver, CO 80202

          10:00 AM  Welcome & culture conversation - Lauren Pike, Recruiting
          10:30 AM  Data platform deep dive - Sam Okonkwo, Principal Engineer
          11:30 AM  Lunch with the team
          12:30 PM  Case exercise (bring your laptop)
           1:45 PM  Conversation with Teresa Alcott, VP Data

        We expect to wrap up around 2:30. Travel has been booked by our travel desk and you should
        already have your flight confirmation for the morning of November 12.

        The attached calendar hold blocks the day; questions to me at
        lauren.pike@frontrangeanalytics.com or 303-555-0186.

        Warm regards,
        Lauren Pike
        Recruiting Coordinator, Front Range Analytics

        ---
        This message was sent via iCIMS Talent Cloud on behalf of Front Range Analytics.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//iCIMS//Talent Cloud Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:icims-onsite-7731904-frontrange
DTSTAMP:20261105T150000Z
DTSTART;VALUE=DATE:20261112
DTEND;VALUE=DATE:20261113
SUMMARY:On-site interview - Front Range Analytics (Denver)
LOCATION:1600 Wynkoop Street\\, Suite 400\\, Denver\\, CO 80202
DESCRIPTION:Itinerary in the email from Lauren Pike.
TRANSP:TRANSPARENT
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<1791219600123.7731904.JavaMail.icims@mailer02.icims.com>"
    h = hdrs(addr("Front Range Analytics", "frontrangeanalytics-notifications@talent.icims.com"),
             "Your on-site interview itinerary - Lead Data Engineer (Req 7731)", "2026-11-05 08:00", MT, mid,
             "mailer02.icims.com (mailer02.icims.com [64.124.33.52])")
    return message(h, mixed(text(body, charset="iso-8859-1"),
                            calendar(ics, method="PUBLISH", filename="FrontRange_Onsite.ics",
                                     disposition="attachment")))


@mail(n(12), family="workable", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-10-09 11:00", CT), end=utc("2026-10-09 12:00", CT),
      contact="nate.schroeder@cornbeltdata.com", company="Cornbelt Data",
      local="Fri 2026-10-09 11:00", local_end="2026-10-09 12:00", zone=CT,
      note="Workable 'Friday, October 9, 11:00 AM CDT (60 minutes)', Des Moines in CDT -> 16:00-17:00Z; "
           "Reply-To is a Workable candidate relay, contact = hiring manager address in the body")
def workable_cornbelt():
    body = t("""
        Hi Jessica,

        You have an interview with Cornbelt Data for the Data Engineer (Ag Lending) position.

        Friday, October 9, 11:00 AM CDT (60 minutes)
        Video call: https://us02web.zoom.us/j/86420975531?pwd=Q29ybmJlbHQ

        You will be talking with Nate Schroeder (Engineering Lead). If something comes up, you can
        reach him directly at nate.schroeder@cornbeltdata.com.

        Good luck!
        The Cornbelt Data hiring team

        Powered by Workable
        """)
    page = t("""
        <div style="font-family:Roboto,Arial,sans-serif;font-size:15px;color:#2b2b2b;max-width:560px">
        <p>Hi Jessica,</p>
        <p>You have an interview with <b>Cornbelt Data</b> for the <b>Data Engineer (Ag Lending)</b> position.</p>
        <div style="border:1px solid #e2e2e2;border-radius:4px;padding:12px">
        <div style="font-size:17px"><b>Friday, October 9, 11:00 AM CDT</b> (60 minutes)</div>
        <div>Video call: <a href="https://us02web.zoom.us/j/86420975531?pwd=Q29ybmJlbHQ">Join Zoom meeting</a></div>
        </div>
        <p>You will be talking with Nate Schroeder (Engineering Lead). If something comes up, you can reach him
        directly at <a href="mailto:nate.schroeder@cornbeltdata.com">nate.schroeder@cornbeltdata.com</a>.</p>
        <p>Good luck!<br>The Cornbelt Data hiring team</p>
        <p style="color:#9b9b9b;font-size:12px">Powered by Workable</p>
        </div>
        """)
    mid = "<5f3e2a19c8b7d@workablemail.com>"
    h = hdrs(addr("Cornbelt Data", "noreply@workablemail.com"),
             "Interview with Cornbelt Data - Data Engineer (Ag Lending)", "2026-10-01 13:25", CT, mid,
             "mail-a12.workablemail.com (mail-a12.workablemail.com [167.89.41.12])",
             extra=(("Reply-To", addr("Cornbelt Data",
                                      "cornbelt-data+c7e4a91f02@candidates.workablemail.com")),))
    return message(h, alt(text(body), html(page)))


@mail(n(13), family="microsoft_bookings", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-10-21 14:00", CT), end=utc("2026-10-21 14:45", CT), contact=None,
      company="Platte Valley University", local="Wed 2026-10-21 14:00", local_end="2026-10-21 14:45", zone=CT,
      note="Microsoft Bookings confirmation; the zone label shows the standard offset '(UTC-06:00) Central "
           "Time (US & Canada)' but 21 Oct is CDT (UTC-5) -> 19:00-19:45Z, which the ICS (TZID Central "
           "Standard Time) confirms; only a Bookings mailbox and a staff name, so contact null")
def bookings_pvu():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#201f1e">
        <p style="font-size:20px">Your booking is confirmed</p>
        <p>Hello Jessica Lindgren,</p>
        <p>Thank you for booking with <b>PVU Information Technology Services - Hiring</b>.</p>
        <table cellpadding="3">
        <tr><td>Service</td><td>Candidate interview - Data Engineer (Req 26-0417)</td></tr>
        <tr><td>Date</td><td>Wednesday, October 21, 2026</td></tr>
        <tr><td>Time</td><td>2:00 PM - 2:45 PM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td>Staff</td><td>Monica Reyes</td></tr>
        <tr><td>Location</td><td>Microsoft Teams meeting (link below)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ1YjA%40thread.v2/0">Join your appointment</a></p>
        <p>Please arrive a few minutes early. The search committee will ask you to share your screen for a short
        SQL walkthrough.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/PVUITHiring@pvu.edu/bookings/">Manage booking</a></p>
        <p style="color:#605e5c;font-size:12px">Platte Valley University &middot; Lincoln, Nebraska</p>
        </div></body></html>
        """)
    ics = exchange_ics(
        method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000041B2C9F1D2A7DC0100000000000000001000000055E8A7C1",
        tzid="Central Standard Time", start="20261021T140000", end="20261021T144500",
        stamp_="20261014T162240Z", summary="Candidate interview - Data Engineer (Req 26-0417)",
        organizer=("PVU Information Technology Services - Hiring", "PVUITHiring@pvu.edu"), seq=0)
    mid = "<BY5PR19MB3411E2F64C7A0B8D19F3E5C2A8B44@BY5PR19MB3411.namprd19.prod.outlook.com>"
    h = hdrs(addr("PVU Information Technology Services - Hiring", "PVUITHiring@pvu.edu"),
             "Booking confirmed: Candidate interview - Data Engineer (Req 26-0417)", "2026-10-14 11:22", CT,
             mid, "NAM10-BN7-obe.outbound.protection.outlook.com (mail-bn7nam10on2133.outbound.protection.outlook.com [40.107.92.133])")
    return message(h, mixed(html(page, cte="base64"),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(14), family="goodtime", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-12-08 09:00", CT), end=utc("2026-12-08 11:00", CT),
      contact="alyssa.greco@hudsonmutual.com", company="Hudson Mutual",
      local="Tue 2026-12-08 09:00", local_end="2026-12-08 11:00", zone=CT,
      note="GoodTime virtual onsite, two sessions shown in the candidate's zone (9:00-10:00 and 10:15-11:00 "
           "AM CST; New York firm, 10:00-12:00 ET); first start to last end = 15:00-17:00Z, ICS block agrees; "
           "contact = coordinator Reply-To")
def goodtime_hudson():
    body = t("""
        Hi Jessica,

        Thank you for confirming your availability! Your virtual onsite with Hudson Mutual for the
        Senior Data Engineer, Actuarial Data Platform role is scheduled for Tuesday, December 8, 2026.
        Times are shown in your time zone (Central Standard Time):

          9:00 AM - 10:00 AM CST   Data modeling & SQL - Priyanka Desai, Senior Data Engineer
          10:15 AM - 11:00 AM CST  Hiring manager conversation - Michael Brennan, Director, Data Platform

        Both sessions use the same Zoom room: https://hudsonmutual.zoom.us/j/93018264551

        If you need to make a change, reply to this email and our coordinator will help.

        Best,
        Alyssa Greco
        Recruiting Coordinator, Hudson Mutual - New York, NY
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1d2433">
        <p>Hi Jessica,</p>
        <p>Thank you for confirming your availability! Your virtual onsite with <b>Hudson Mutual</b> for the
        Senior Data Engineer, Actuarial Data Platform role is scheduled for <b>Tuesday, December 8, 2026</b>.
        Times are shown in your time zone (Central Standard Time):</p>
        <table cellpadding="6" style="border:1px solid #dde1e8;border-collapse:collapse">
        <tr><td>9:00 AM &ndash; 10:00 AM CST</td><td>Data modeling &amp; SQL &ndash; Priyanka Desai, Senior Data Engineer</td></tr>
        <tr><td>10:15 AM &ndash; 11:00 AM CST</td><td>Hiring manager conversation &ndash; Michael Brennan, Director, Data Platform</td></tr>
        </table>
        <p>Both sessions use the same Zoom room: <a href="https://hudsonmutual.zoom.us/j/93018264551">hudsonmutual.zoom.us/j/93018264551</a></p>
        <p>If you need to make a change, reply to this email and our coordinator will help.</p>
        <p>Best,<br>Alyssa Greco<br>Recruiting Coordinator, Hudson Mutual &ndash; New York, NY</p>
        <p style="font-size:11px;color:#8a93a6">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gt-5d81c0a7e2f94b3a@goodtime.io
DTSTAMP:20261201T170416Z
DTSTART;TZID=America/New_York:20261208T100000
DTEND;TZID=America/New_York:20261208T120000
SUMMARY:Hudson Mutual Virtual Onsite - Jessica Lindgren
LOCATION:https://hudsonmutual.zoom.us/j/93018264551
ORGANIZER;CN=Alyssa Greco:mailto:alyssa.greco@hudsonmutual.com
ATTENDEE;CN=Jessica Lindgren;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<gt.20261201170416.5d81c0a7e2f94b3a@mail.goodtime.io>"
    h = hdrs(addr("Hudson Mutual Recruiting", "scheduling@mail.goodtime.io"),
             "Your Hudson Mutual virtual onsite is confirmed - Tue, Dec 8", "2026-12-01 12:04", ET, mid,
             "o3.mail.goodtime.io (o3.mail.goodtime.io [149.72.201.33])",
             extra=(("Reply-To", addr("Alyssa Greco", "alyssa.greco@hudsonmutual.com")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="HudsonMutual_VirtualOnsite.ics", disposition="attachment")))


@mail(n(15), family="zoom", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-12-10 15:30", CT), contact="jenna.holt@crossroadsfreight.com",
      company="Crossroads Freight", local="Thu 2026-12-10 15:30", zone=CT,
      note="Recruiter 'tomorrow at 3:30 Central' (Date Wed 9 Dec) plus pasted Zoom block 'Dec 10, 2026 "
           "03:30 PM Central Time (US and Canada)'; CST -> 21:30Z; no length, end null; contact = sender")
def zoom_crossroads():
    body = t("""
        Hi Jessica,

        Confirming tomorrow at 3:30 Central with Amit and me for the final round - Zoom details
        below. Amit will want to walk through your Airflow migration project in some detail.

        Thanks!
        Jenna

        Jenna Holt
        Talent Acquisition Manager
        Crossroads Freight | Kansas City, KS
        jenna.holt@crossroadsfreight.com

        ----
        Jenna Holt is inviting you to a scheduled Zoom meeting.

        Topic: Crossroads Freight - Final Interview - Jessica Lindgren
        Time: Dec 10, 2026 03:30 PM Central Time (US and Canada)

        Join Zoom Meeting
        https://crossroadsfreight.zoom.us/j/84471920365?pwd=aGx0RnJlaWdodA

        Meeting ID: 844 7192 0365
        Passcode: 551902

        ---

        One tap mobile
        +13126266799,,84471920365#,,,,*551902# US (Chicago)
        +16469313860,,84471920365#,,,,*551902# US
        """)
    mid = "<CAH3kZq8wT+pQ1m7vXy2bN0s9eR4uLd5f@mail.gmail.com>"
    h = hdrs(addr("Jenna Holt", "jenna.holt@crossroadsfreight.com"), "Final round tomorrow",
             "2026-12-09 09:10", CT, mid, "mail-yw1-f181.google.com (mail-yw1-f181.google.com [209.85.128.181])")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(16), family="taleo", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-09-28 09:30", CT), contact="craig.mullins@unionplainslife.com",
      company="Union Plains Life", local="Mon 2026-09-28 09:30", zone=CT,
      note="Forward to self (from her example.net address) of a Taleo confirmation as message/rfc822: "
           "'Monday, September 28, 2026 at 9:30 AM Central'; CDT -> 14:30Z; no length, end null; "
           "contact = recruiter in the forwarded mail's signature")
def taleo_forward_unionplains():
    inner_body = t("""
        Dear Jessica Lindgren,

        Thank you for your interest in career opportunities with Union Plains Life. This message confirms
        your interview for Requisition 2600871 - Data Engineering Consultant.

        Date: Monday, September 28, 2026
        Time: 9:30 AM Central
        Location: Union Plains Life Home Office, 3300 Farnam Street, Omaha, NE 68131 - Tower B, 6th floor

        Please bring a government-issued photo ID for building security.

        Sincerely,

        Craig Mullins
        Talent Acquisition, Union Plains Life
        craig.mullins@unionplainslife.com

        This is an automated message. Please do not reply to this e-mail.
        """)
    inner_h = [
        ("From", addr("Union Plains Life", "unionplainslife@taleo.net")),
        ("To", addr("Jessica Lindgren", "jessica.lindgren@example.net")),
        ("Subject", "Union Plains Life - Interview Confirmation - Data Engineering Consultant"),
        ("Date", date("2026-09-24 15:47", CT)),
        ("Message-ID", "<1790282820417.2600871.JavaMail.taleo@phx-tee-mta03.taleo.net>"),
    ]
    inner = message(inner_h, text(inner_body, charset="iso-8859-1", cte="quoted-printable"))
    note = t("""
        for the work calendar

        -------- Forwarded Message --------
        """)
    mid = "<b4c1e8f2-7a3d-4e90-8c15-2f6d9a0b7e31@example.net>"
    h = hdrs(addr("Jessica Lindgren", "jessica.lindgren@example.net"),
             "Fwd: Union Plains Life - Interview Confirmation - Data Engineering Consultant",
             "2026-09-26 08:15", CT, mid, "smtp.example.net (smtp.example.net [203.0.113.25])",
             extra=(("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"),))
    return message(h, mixed(text(note, cte="7bit", params="format=flowed"),
                            attached_message(inner, "Union Plains Life - Interview Confirmation.eml")))


# --------------------------------------------------------------------------- rescheduled


@mail(n(17), family="human_prose", lang=LANG, interview=True, kind="rescheduled",
      start=utc("2026-09-16 15:00", CT), end=utc("2026-09-16 15:45", CT),
      contact="dana.whitfield@prairiemutual.com", company="Prairie Mutual Insurance",
      local="Wed 2026-09-16 15:00", local_end="2026-09-16 15:45", zone=CT,
      note="Recruiter moves the Tue 15 Sep 10:00 interview (thread with the Greenhouse confirmation) to "
           "'Wednesday 9/16 at 3:00 pm CT, still 45 minutes'; CDT -> 20:00-20:45Z; windows-1252 "
           "quoted-printable; contact = sender")
def prose_reschedule_prairie():
    body = t("""
        Hi Jessica,

        I’m so sorry to do this – Ben has been pulled into a regulatory filing on Tuesday morning and can’t
        make your 10:00. Could we move you to Wednesday 9/16 at 3:00 pm CT instead? Same Teams link, still
        45 minutes. I’ve gone ahead and updated the invite, but if Wednesday afternoon doesn’t work just let
        me know and I’ll find another slot.

        Thanks for your flexibility!

        Dana

        Dana Whitfield | Talent Acquisition Partner
        Prairie Mutual Insurance | 1700 Farnam Street, Omaha, NE 68102
        dana.whitfield@prairiemutual.com | 402-555-0131
        """)
    mid = "<CY8PR11MB7012F1A9E4C3B52D8067E1A9F4D3C@CY8PR11MB7012.namprd11.prod.outlook.com>"
    h = hdrs(addr("Whitfield, Dana", "dana.whitfield@prairiemutual.com"),
             "Change of time – your Prairie Mutual interview", "2026-09-11 11:05", CT, mid,
             "NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2107.outbound.protection.outlook.com [40.107.220.107])",
             charset="windows-1252",
             extra=(("Thread-Topic", "Change of time - your Prairie Mutual interview"),
                    ("Importance", "high")))
    return message(h, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(18), family="exchange_outlook", lang=LANG, interview=True, kind="rescheduled",
      start=utc("2026-11-05 10:00", CT), end=utc("2026-11-05 11:00", CT),
      contact="rokafor@midlandshealth.org", company="Midlands Health System",
      local="Thu 2026-11-05 10:00", local_end="2026-11-05 11:00", zone=CT,
      note="Exchange update (SEQUENCE:1, same UID as the first request) moving Tue 3 Nov 1 PM to 'Thursday "
           "11/5 at 10:00 AM'; CST (UTC-6, after 1 Nov) -> 16:00-17:00Z; sent Fri 30 Oct in CDT; "
           "contact = organizer/sender")
def exchange_midlands_update():
    body = t("""
        Hi Jessica,

        Apologies for the shuffle - Dr. Kim has a board presentation Tuesday afternoon, so I've moved
        your interview from Tuesday 11/3 at 1:00 PM to Thursday 11/5 at 10:00 AM (Central), still one
        hour on Teams. The updated invite is attached; the Teams link has not changed.

        Thank you,
        Rachel

        Rachel Okafor | Talent Acquisition Specialist
        Midlands Health System | rokafor@midlandshealth.org | 402-555-0173

        """) + TEAMS.format(mtg="NjQ2ZTRmYzAtMzhlNi00", mid="219 448 710 352", pw="Xk7pQ2", pin="518 204 337")
    ics = exchange_ics(
        method="REQUEST", uid=MIDLANDS_UID, tzid="Central Standard Time", start="20261105T100000",
        end="20261105T110000", stamp_="20261030T193012Z",
        summary="Interview - Jessica Lindgren / Senior Data Engineer", organizer=("Okafor\\, Rachel",
                                                                                 "rokafor@midlandshealth.org"),
        seq=1, desc="Moved from Tuesday 11/3 to Thursday 11/5 at 10:00 AM.\\n")
    mid = "<SA1PR14MB58734D0B9E2F71A6C3B8E05D2A19F@SA1PR14MB5873.namprd14.prod.outlook.com>"
    h = hdrs(addr("Okafor, Rachel", "rokafor@midlandshealth.org"),
             "Updated: Interview - Jessica Lindgren / Senior Data Engineer", "2026-10-30 14:30", CT, mid,
             "NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2094.outbound.protection.outlook.com [40.107.243.94])",
             extra=(("Thread-Topic", "Interview - Jessica Lindgren / Senior Data Engineer"),
                    ("Thread-Index", "AdsIa3J9xQ2vPq7TSo2b3xN5c2mVbAAC3kQw"),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div class="WordSection1">')),
                          calendar(ics, method="REQUEST", cte="base64")))


@mail(n(19), family="google_calendar", lang=LANG, interview=True, kind="rescheduled",
      start=utc("2026-11-09 16:30", PT), end=utc("2026-11-09 17:15", PT),
      contact="tomas.herrera@cascadiaclaims.com", company="Cascadia Claims",
      local="Mon 2026-11-09 16:30", local_end="2026-11-09 17:15", zone=PT,
      note="Google Calendar 'Updated invitation' moving Thu 5 Nov 9am to 'Monday Nov 9, 2026 4:30pm - 5:15pm "
           "(Pacific Time - Los Angeles)'; PST (UTC-8) -> 00:30-01:15Z on Tue 10 Nov (another day in UTC); "
           "ICS in UTC agrees; contact = organizer")
def gcal_cascadia_update():
    body = t("""
        This event has been updated
        Changed: time

        Cascadia Claims: Technical interview - Jessica Lindgren (Sr. Data Engineer, Remote)
        Monday Nov 9, 2026 ⋅ 4:30pm – 5:15pm (Pacific Time - Los Angeles)
        Thursday Nov 5, 2026 ⋅ 9am – 10am (Pacific Time - Los Angeles)

        Sorry Jessica - Mei-Ling is out sick this week. Moving us to Monday late afternoon our time
        (6:30 your time), and we'll keep it to 45 minutes. - Tomás

        Join with Google Meet
        https://meet.google.com/bwn-utgc-qrm

        Organizer
        Tomás Herrera
        tomas.herrera@cascadiaclaims.com

        Guests
        Tomás Herrera - organizer
        Mei-Ling Zhou
        jessica.lindgren@example.org

        Reply for jessica.lindgren@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:{z("2026-11-09 16:30", PT)}
DTEND:{z("2026-11-09 17:15", PT)}
DTSTAMP:20261104T213344Z
ORGANIZER;CN=Tomás Herrera:mailto:tomas.herrera@cascadiaclaims.com
UID:2f6k1q8v0c3r9b7m4t5n6x2y1z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/bwn-utgc-qrm
CREATED:20261030T181955Z
DESCRIPTION:Moving us to Monday late afternoon our time.
LAST-MODIFIED:20261104T213343Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Cascadia Claims: Technical interview - Jessica Lindgren (Sr. Data Engineer\\, Remote)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    mid = "<calendar-1a7e44c9-0d2b-4c83-b5f6-93e1a8d0c2f7@google.com>"
    h = hdrs(addr("Tomás Herrera", "tomas.herrera@cascadiaclaims.com"),
             "Updated invitation: Cascadia Claims: Technical interview - Jessica Lindgren (Sr. Data "
             "Engineer, Remote) @ Mon Nov 9, 2026 4:30pm - 5:15pm (PST) (jessica.lindgren@example.org)",
             "2026-11-04 13:33", PT, mid,
             "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=(("Reply-To", addr("Tomás Herrera", "tomas.herrera@cascadiaclaims.com")),
                    ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                    ("Auto-Submitted", "auto-generated")))
    return message(h, mixed(alt(text(body), html(gmail_html(body)),
                                calendar(ics, method="REQUEST", cte="base64")),
                            calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(20), family="calendly", lang=LANG, interview=True, kind="rescheduled",
      start=utc("2026-10-22 13:00", ET), end=utc("2026-10-22 13:30", ET),
      contact="owen.castellano@harborline.io", company="Harborline Analytics",
      local="Thu 2026-10-22 13:00", local_end="2026-10-22 13:30", zone=ET,
      note="Calendly 'rescheduled' invitee mail: former Tue 20 Oct 10:00am, new 'Thursday, October 22, 2026, "
           "1:00pm - 1:30pm (Eastern Time - US & Canada)'; EDT -> 17:00-17:30Z, ICS agrees; host asked "
           "for the change; contact = Reply-To host")
def calendly_harborline_resched():
    body = t("""
        Hi Jessica Lindgren,

        Owen Castellano has rescheduled your event.

        Reason for rescheduling:
        "So sorry - our quarterly planning got moved onto Tuesday morning. Thursday at 1 ET work?
        I picked it from your original availability, shout if not." - Owen

        Former: Tuesday, October 20, 2026, 10:00am - 10:30am (Eastern Time - US & Canada)

        Updated: Thursday, October 22, 2026, 1:00pm - 1:30pm (Eastern Time - US & Canada)

        Event Type:
        Harborline Analytics - Data Engineering Intro (Owen Castellano)

        Location:
        https://harborline.zoom.us/j/81234507719

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9e2d7c10-3f54-4b8a-a1c6-70b5e4f2d8a3
        Reschedule: https://calendly.com/reschedulings/9e2d7c10-3f54-4b8a-a1c6-70b5e4f2d8a3

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:9e2d7c10-3f54-4b8a-a1c6-70b5e4f2d8a3
DTSTAMP:20261019T140258Z
DTSTART:{z("2026-10-22 13:00", ET)}
DTEND:{z("2026-10-22 13:30", ET)}
SUMMARY:Harborline Analytics - Data Engineering Intro (Owen Castellano)
LOCATION:https://harborline.zoom.us/j/81234507719
ORGANIZER;CN=Owen Castellano:mailto:owen.castellano@harborline.io
ATTENDEE;CN=Jessica Lindgren;PARTSTAT=ACCEPTED:mailto:{ME}
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<calendly.9e2d7c.20261019140258.reschedule@calendly.com>"
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "Updated: Harborline Analytics - Data Engineering Intro with Owen Castellano is now Thursday, "
             "October 22, 2026", "2026-10-19 14:02", "UTC", mid,
             "o7.email.calendly.com (o7.email.calendly.com [149.72.123.14])",
             extra=(("Reply-To", addr("Owen Castellano", "owen.castellano@harborline.io")),))
    return message(h, mixed(text(body, cte="base64"),
                            calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- cancelled


@mail(n(21), family="exchange_outlook", lang=LANG, interview=True, kind="cancelled",
      start=utc("2026-10-14 09:00", CT), end=utc("2026-10-14 10:00", CT),
      contact="kelsey.vance@heartlandbancorp.com", company="Heartland Bancorp",
      local="Wed 2026-10-14 09:00", local_end="2026-10-14 10:00", zone=CT,
      note="Outlook 'Canceled:' meeting, METHOD:CANCEL / STATUS:CANCELLED, TZID 'Central Standard Time' "
           "in October = CDT -> slot 14:00-15:00Z (the Workday-confirmed interview); no new time; "
           "contact = organizer/sender")
def exchange_cancel_heartland():
    body = t("""
        Hi Jessica - I'm sorry to share that the Data Engineer II requisition has been put on hold
        pending our 2027 budget review, so we need to cancel Wednesday's interview. I'll reach out
        directly if it reopens. Thank you for your patience and your interest in Heartland.

        Kelsey Vance | Senior Recruiter | Heartland Bancorp
        kelsey.vance@heartlandbancorp.com | 515-555-0124
        """)
    ics = exchange_ics(
        method="CANCEL", uid="040000008200E00074C5B7101A82E00800000000B07F3E2A9C4ADC01000000000000000010000000C6A2E91F",
        tzid="Central Standard Time", start="20261014T090000", end="20261014T100000",
        stamp_="20261012T134011Z", summary="Canceled: Interview: Jessica Lindgren - Data Engineer II (R-0048213)",
        organizer=("Vance\\, Kelsey", "kelsey.vance@heartlandbancorp.com"), seq=2, status="CANCELLED",
        desc="Hi Jessica - I'm sorry to share that the Data Engineer II requisition has been put on hold.\\n")
    ics = ics.replace("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-BUSYSTATUS:FREE").replace(
        "PRIORITY:5", "PRIORITY:1")
    mid = "<DM8PR07MB88204C1E7A3F2B9D06E51C4A7B8D2@DM8PR07MB8820.namprd07.prod.outlook.com>"
    h = hdrs(addr("Vance, Kelsey", "kelsey.vance@heartlandbancorp.com"),
             "Canceled: Interview: Jessica Lindgren - Data Engineer II (R-0048213)", "2026-10-12 08:40", CT,
             mid, "NAM02-DM8-obe.outbound.protection.outlook.com (mail-dm8nam02on2101.outbound.protection.outlook.com [40.107.212.101])",
             extra=(("Thread-Topic", "Interview: Jessica Lindgren - Data Engineer II (R-0048213)"),
                    ("Importance", "high"), ("Content-Language", "en-US")))
    return message(h, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="human_prose", lang=LANG, interview=True, kind="cancelled",
      start=utc("2026-09-22 13:30", CT), contact="bkowalski@midwesttalentpartners.com",
      company="Sunflower Health Plan", local="Tue 2026-09-22 13:30", zone=CT,
      note="Agency recruiter text-style mail 'tomorrow's 1:30 with Sunflower is off' (Date Mon 21 Sep -> "
           "Tue 22 Sep 13:30 CDT = 18:30Z, the slot confirmed in the earlier mail); req on hold, no new "
           "time; company = hiring client; contact = sender")
def prose_cancel_sunflower():
    body = t("""
        ugh, Jessica I'm so sorry. Just got off the phone w/ Sunflower - they froze the req this
        morning (reorg in their IT group) so tomorrow's 1:30 with Dwayne is off. Not a reflection on
        you at all, he was really looking forward to it.

        I've got two other clients in KC and Omaha I want to talk to you about, will call you this
        afternoon.

        B

        Brittany Kowalski | Midwest Talent Partners | c: 816-555-0162
        """)
    mid = "<MN2PR05MB69902F7E1B0C4A93D85E6A21C0F33@MN2PR05MB6990.namprd05.prod.outlook.com>"
    h = hdrs(addr("Brittany Kowalski", "bkowalski@midwesttalentpartners.com"),
             "RE: Sunflower Health Plan - you're confirmed!", "2026-09-21 09:15", CT, mid,
             "NAM04-MW2-obe.outbound.protection.outlook.com (mail-mw2nam04on2119.outbound.protection.outlook.com [40.107.101.119])",
             extra=(("In-Reply-To", "<MN2PR05MB6990A8C27E31D4B0F62A9C14B7E10@MN2PR05MB6990.namprd05.prod.outlook.com>"),
                    ("References", "<MN2PR05MB6990A8C27E31D4B0F62A9C14B7E10@MN2PR05MB6990.namprd05.prod.outlook.com>"),
                    ("Thread-Topic", "Sunflower Health Plan - you're confirmed!")))
    return message(h, text(body, cte="7bit"))


@mail(n(23), family="lever", lang=LANG, interview=True, kind="cancelled",
      start=utc("2026-09-24 14:00", CT), contact="marcus.oyelaran@greatplainsrail.com",
      company="Great Plains Railroad", local="Thu 2026-09-24 14:00", zone=CT,
      note="Lever 'interview canceled' notice for 'Thursday, September 24 at 2:00pm CDT' (= 19:00Z, the "
           "slot of the earlier confirmation); new times to follow, none given; contact = coordinator "
           "in the body")
def lever_rail_cancel():
    body = t("""
        Hi Jessica,

        We're writing to let you know that your interview with Great Plains Railroad, originally
        scheduled for Thursday, September 24 at 2:00pm CDT, has been canceled.

        Rosa Delacroix has been called away to an operations review at our Council Bluffs yard this
        week. We apologize for the inconvenience and will reach out shortly with new times.

        If you have any questions, please contact Marcus Oyelaran at marcus.oyelaran@greatplainsrail.com.

        Great Plains Railroad Talent Acquisition

        --
        Sent via Lever.
        """)
    mid = "<20260921210417.8b2c6e1f4a0d@hire.lever.co>"
    h = hdrs(addr("Great Plains Railroad", "no-reply@hire.lever.co"),
             "Interview Canceled - Great Plains Railroad", "2026-09-21 16:04", CT, mid,
             "o1.ptr4471.hire.lever.co (o1.ptr4471.hire.lever.co [167.89.51.20])")
    return message(h, text(body, cte="quoted-printable"))


# =========================================================================== negatives


def neg(key: int, family: str, note: str, company: str | None = None, days: tuple = (), lang: str = LANG):
    return mail(n(key), family=family, lang=lang, interview=False, company=company, note=note, days=days)


@neg(24, "recruitee_rejection", company="Sandhill Seeds",
     note="Recruitee rejection after a phone screen; thanks her for 'your interview on Monday', no new time")
def recruitee_reject_sandhill():
    body = t("""
        Hi Jessica,

        Thank you for taking the time to speak with us on Monday about the Data Engineer role at
        Sandhill Seeds, and for your interest in helping farmers make better planting decisions.

        After careful consideration we have decided to move forward with candidates whose experience
        more closely matches our current needs in geospatial data. This was not an easy decision.

        We would be happy to keep your details on file for future openings in Lincoln or remote.

        Best regards,
        Kyle Brandvold
        People & Culture, Sandhill Seeds
        """)
    page = "<html><body><div style=\"font-family:Arial;font-size:14px\"><p>" + body.replace(
        "\n\n", "</p><p>").replace("\n", " ") + "</p></div></body></html>\n"
    mid = "<8d41f0c2a7e9.recruitee.rejection.5521@mail.recruitee.com>"
    h = hdrs(addr("Sandhill Seeds", "sandhillseeds@mail.recruitee.com"),
             "Your application for Data Engineer at Sandhill Seeds", "2026-09-10 10:20", CT, mid,
             "mail.recruitee.com (mail.recruitee.com [185.21.188.9])",
             extra=(("Reply-To", "sandhillseeds+c2f8a0@inbound.recruitee.com"),))
    return message(h, alt(text(body), html(page)))


@neg(25, "offer", company="FieldLoop", days=(("Mon", "2027-01-04"), ("Fri", "2026-10-23")),
     note="Offer letter after the FieldLoop interviews; fixed start date Mon 4 Jan 2027 and a reply-by "
          "date, no interview")
def offer_fieldloop():
    body = t("""
        Hi Jessica,

        On behalf of everyone at FieldLoop - congratulations! We're thrilled to offer you the position
        of Senior Data Engineer. Your offer letter is attached through our e-signature portal; the
        headline numbers:

          - Base salary: $148,000
          - Equity: 0.18% (4-year vest, 1-year cliff)
          - Start date: Monday, January 4, 2027 (remote, with quarterly on-sites in Lincoln)

        We'd love to have your answer by Friday, October 23. Caleb and I are both happy to jump on a
        call to answer any questions - just tell me what works.

        Welcome (we hope!) to the team,
        Priya

        Priya Raman | Head of People | FieldLoop
        priya@fieldloop.ag
        """)
    mid = "<CAF8rL2s0xQ+9bHc7e4Tn1mWk3Zp@mail.gmail.com>"
    h = hdrs(addr("Priya Raman", "priya@fieldloop.ag"), "Offer - Senior Data Engineer at FieldLoop 🎉",
             "2026-10-16 15:48", CT, mid, "mail-qk1-f170.google.com (mail-qk1-f170.google.com [209.85.222.170])")
    return message(h, alt(text(body), html(gmail_html(body))))


@neg(26, "personio_receipt", company="Tallgrass Risk Labs",
     note="Personio application receipt from a remote insurtech; 'we will review within two weeks', no time")
def personio_receipt_tallgrass():
    body = t("""
        Dear Jessica,

        Thank you for your application as Data Engineer - Pricing Platform (Remote, US). We have received
        your documents and will get back to you within the next two weeks.

        If you are invited to an interview, you will receive a separate email with the details.

        Kind regards
        Your Tallgrass Risk Labs Recruiting Team

        ---
        Tallgrass Risk Labs, Inc. · Remote-first · Privacy policy: https://tallgrass-risk.jobs.personio.com/privacy
        """)
    mid = "<personio-7f2b1c9e4a3d@mail.personio.de>"
    h = hdrs(addr("Tallgrass Risk Labs", "no-reply@mail.personio.de"),
             "Your application at Tallgrass Risk Labs", "2026-09-14 07:31", CT, mid,
             "mail.personio.de (mail.personio.de [18.194.155.3])")
    return message(h, text(body, cte="base64"))


@neg(27, "job_alert", note="Job-board alert listing new data engineer jobs in Omaha/Lincoln; one card says "
     "'Interviewing now'; no appointment")
def job_alert_hireboard():
    body = t("""
        HireBoard Job Alert: "data engineer" near Omaha, NE

        8 new jobs match your alert

        Senior Data Engineer - Keystone Indemnity - Omaha, NE - $135K-$160K - Interviewing now
        Data Engineer II - Platte Valley University - Lincoln, NE - Posted 2 days ago
        Analytics Engineer - Gopher State Outfitters - Remote - Easy Apply
        Staff Data Engineer - Union Plains Life - Omaha, NE - Hiring multiple candidates
        Data Platform Engineer - Crossroads Freight - Kansas City, KS - Actively recruiting
        Cloud Data Engineer (Snowflake) - Heartland Bancorp - Des Moines, IA
        ETL Developer - Midlands Health System - Omaha, NE - Posted today
        Data Engineer (Contract, 6 months) - Northland Search Group - Remote

        See all jobs: https://www.hireboard.example.com/alerts/3381907

        You're receiving this because you created a job alert. Manage alerts | Unsubscribe
        HireBoard, 500 W Madison St, Chicago, IL 60661
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{x}</p>" for x in body.replace("&", "&amp;").split("\n") if x) + "</body></html>\n"
    mid = "<alert.3381907.20261007.1200@alerts.hireboard.example.com>"
    h = hdrs(addr("HireBoard Job Alerts", "alerts@alerts.hireboard.example.com"),
             "8 new jobs for \"data engineer\" near Omaha, NE", "2026-10-07 07:00", CT, mid,
             "mta12.alerts.hireboard.example.com (mta12.alerts.hireboard.example.com [192.0.2.112])",
             extra=(("List-Unsubscribe", "<https://www.hireboard.example.com/unsub/3381907>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(page)))


@neg(28, "newsletter_tips", days=(("Thu", "2026-10-29"),),
     note="Substack-style newsletter post 'How I prepare for a data engineering system design interview' "
          "with a live AMA on Thu 29 Oct at 7 pm ET; no interview of hers")
def newsletter_pipeline():
    body = t("""
        THE PIPELINE - issue #112

        How I prepare for a data engineering system design interview

        Three weeks before my last loop I wrote down every design question I'd been asked in ten years
        of interviewing. Most of them boil down to four shapes: the late-arriving event, the slowly
        changing dimension, the backfill nobody planned for, and the "make it real-time" request.

        1. Draw the data before the boxes. Interviewers remember candidates who start with the grain.
        2. Say the failure mode out loud. What happens when the upstream file lands twice?
        3. Know your numbers: rows per day, bytes per row, how long a full refresh takes.

        Live AMA: I'll be answering your interview questions on Thursday, October 29 at 7 pm ET.
        Paid subscribers get the recording.

        Thanks for reading The Pipeline! Subscribe for free to receive new posts.
        Unsubscribe https://thepipeline.substack.com/action/disable_email
        """)
    page = "<html><body style=\"font-family:Georgia,serif;font-size:17px\"><h1>How I prepare for a data " \
           "engineering system design interview</h1><p>" + body.split("\n\n", 2)[2].replace(
               "&", "&amp;").replace("\n\n", "</p><p>") + "</p></body></html>\n"
    mid = "<20261022130001.3.a8c2f1d0e7b94@substack.com>"
    h = hdrs(addr("The Pipeline", "thepipeline@substack.com"),
             "How I prepare for a data engineering system design interview", "2026-10-22 08:00", CT, mid,
             "mail130-1.atl41.mandrillapp.com (mail130-1.atl41.mandrillapp.com [198.2.130.1])",
             extra=(("List-Id", "<thepipeline.substack.com>"),
                    ("List-Unsubscribe", "<https://thepipeline.substack.com/action/disable_email>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(page)))


@neg(29, "goodtime_availability", company="Hudson Mutual", days=(("Mon", "2026-12-07"), ("Fri", "2026-12-11")),
     note="GoodTime availability request before the virtual onsite: 'share your availability for the week of "
          "December 7'; no fixed time yet")
def goodtime_availability_hudson():
    body = t("""
        Hi Jessica,

        Congratulations on moving forward to the virtual onsite for the Senior Data Engineer, Actuarial
        Data Platform role at Hudson Mutual!

        The onsite is two sessions (about two hours in total). Please share your availability for the
        week of December 7 (Monday, December 7 - Friday, December 11) using the link below; please
        offer at least three half-day windows. Times will be shown in your time zone.

        Share my availability: https://app.goodtime.io/availability/2c9f1e0a7b/hudsonmutual

        Once the panel is confirmed you'll receive a separate confirmation email with a calendar invite.

        Best,
        Alyssa Greco
        Recruiting Coordinator, Hudson Mutual
        """)
    mid = "<gt.20261123151120.2c9f1e0a7b@mail.goodtime.io>"
    h = hdrs(addr("Hudson Mutual Recruiting", "scheduling@mail.goodtime.io"),
             "Action needed: share your availability - Hudson Mutual", "2026-11-23 10:11", ET, mid,
             "o3.mail.goodtime.io (o3.mail.goodtime.io [149.72.201.33])",
             extra=(("Reply-To", addr("Alyssa Greco", "alyssa.greco@hudsonmutual.com")),))
    return message(h, alt(text(body), html(gmail_html(body))))


@neg(30, "recruiter_outreach", company="Northland Search Group",
     note="Agency outreach from Minneapolis: 'any chance for a 15-minute call this week?', no fixed time")
def outreach_northland():
    body = t("""
        Hi Jessica,

        Came across your profile and your work on claims data pipelines caught my eye. I'm partnering
        with a Twin Cities P&C insurer that's building out a Databricks platform team - fully remote
        for someone in the Central time zone, senior/lead level, strong comp.

        Any chance you'd have 15 minutes for a quick call later this week? Happy to work around your
        schedule, evenings are fine too.

        Thanks,
        Derek Halvorsen
        Principal Recruiter, Data & Analytics
        Northland Search Group | Minneapolis, MN
        derek.halvorsen@northlandsearch.com | 612-555-0155
        """)
    mid = "<0101019a4c2e7b18-f2a0d9c4-77e1-4b3a-8e65-19c0d2b7f4a8-000000@us-west-2.amazonses.com>"
    h = hdrs(addr("Derek Halvorsen", "derek.halvorsen@northlandsearch.com"),
             "Remote lead data engineer - Twin Cities insurer", "2026-09-29 12:40", CT, mid,
             "a27-45.smtp-out.us-west-2.amazonses.com (a27-45.smtp-out.us-west-2.amazonses.com [54.240.27.45])")
    return message(h, text(body, charset="iso-8859-15", cte="quoted-printable"))


@neg(31, "teamtailor_proposal", company="Lakeshore Grocers",
     days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
     note="Teamtailor message proposing two times ('Would Tuesday, November 17 at 10:00 AM or Wednesday the "
          "18th at 2:00 PM work?'); nothing confirmed yet")
def teamtailor_proposal_lakeshore():
    body = t("""
        Hi Jessica,

        Thanks so much for applying to the Data Engineer role on our Customer Analytics team! Erik
        and I would love to set up a first conversation (45 minutes over video).

        Would Tuesday, November 17 at 10:00 AM or Wednesday the 18th at 2:00 PM (Central) work for
        you? If neither fits, send me a couple of alternatives and we'll make it happen.

        Looking forward to hearing from you,
        Sofia Andersen
        Talent Partner, Lakeshore Grocers - Minneapolis
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#1b1b1b">
        <p>Hi Jessica,</p>
        <p>Thanks so much for applying to the Data Engineer role on our Customer Analytics team! Erik
        and I would love to set up a first conversation (45 minutes over video).</p>
        <p>Would Tuesday, November 17 at 10:00 AM or Wednesday the 18th at 2:00 PM (Central) work for
        you? If neither fits, send me a couple of alternatives and we'll make it happen.</p>
        <p>Looking forward to hearing from you,<br>Sofia Andersen<br>Talent Partner, Lakeshore Grocers &ndash; Minneapolis</p>
        <p style="font-size:12px;color:#999">Reply directly to this email to answer. Sent with Teamtailor</p>
        </body></html>
        """)
    mid = "<tt-msg-88417203.3f0a@lakeshoregrocers.teamtailor-mail.com>"
    h = hdrs(addr("Sofia Andersen - Lakeshore Grocers", "noreply@lakeshoregrocers.teamtailor-mail.com"),
             "Data Engineer - let's talk!", "2026-11-11 13:55", CT, mid,
             "mail-out3.teamtailor-mail.com (mail-out3.teamtailor-mail.com [159.135.140.33])",
             extra=(("Reply-To", "reply+88417203-3f0a@lakeshoregrocers.teamtailor-mail.com"),))
    return message(h, alt(text(body), html(page)))


@neg(32, "non_interview_calendar", days=(("Thu", "2026-10-08"),),
     note="Clinic appointment reminder with ICS (annual physical, Thu 8 Oct 8:15 AM): fixed time, not an interview")
def clinic_elkhorn():
    body = t("""
        Elkhorn Family Clinic - Appointment Reminder

        Jessica, this is a reminder of your upcoming appointment:

          Annual physical with Dr. Anne Holloway, MD
          Thursday, October 8, 2026 at 8:15 AM
          Elkhorn Family Clinic, 20405 Veterans Dr, Elkhorn, NE 68022

        Please arrive 15 minutes early and bring your insurance card. Fasting labs: nothing to eat or
        drink except water after midnight.

        To cancel or reschedule, call 402-555-0110 at least 24 hours in advance. Reply C to confirm.
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elkhorn Family Clinic//PatientReminders//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:efc-appt-88120455@elkhornfamilyclinic.example.com
DTSTAMP:20261005T120000Z
DTSTART:20261008T131500Z
DTEND:20261008T134500Z
SUMMARY:Annual physical - Dr. Anne Holloway
LOCATION:Elkhorn Family Clinic\\, 20405 Veterans Dr\\, Elkhorn\\, NE 68022
END:VEVENT
END:VCALENDAR"""
    mid = "<reminder.88120455@notify.elkhornfamilyclinic.example.com>"
    h = hdrs(addr("Elkhorn Family Clinic", "reminders@notify.elkhornfamilyclinic.example.com"),
             "Appointment reminder: Thu, Oct 8 at 8:15 AM", "2026-10-05 07:00", CT, mid,
             "notify.elkhornfamilyclinic.example.com (notify.elkhornfamilyclinic.example.com [198.51.100.40])")
    return message(h, mixed(text(body, cte="7bit"),
                            calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


@neg(33, "car_service", days=(("Sat", "2026-10-17"),),
     note="Dealership service appointment confirmation (Sat 17 Oct 7:30 AM): fixed time, not an interview")
def car_service_papio():
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2 style="color:#c00">Papio Valley Honda Service</h2>
        <p>Hi Jessica,</p>
        <p>Your service appointment is confirmed.</p>
        <p><b>Saturday, October 17, 2026 &middot; 7:30 AM</b><br>
        Vehicle: 2019 Honda CR-V EX (VIN ending 40218)<br>
        Services: Maintenance Minder B1, tire rotation, cabin air filter<br>
        Service Advisor: Luis Carranza</p>
        <p>Estimated completion: around 10:30 AM. Complimentary shuttle available within 10 miles.</p>
        <p><a href="https://service.papiovalleyhonda.example.com/appt/5520913">Reschedule or cancel</a></p>
        <p style="font-size:11px;color:#777">Papio Valley Honda &middot; 7702 S 84th St, La Vista, NE 68128</p>
        </body></html>
        """)
    mid = "<svc.5520913.1791119921@service.papiovalleyhonda.example.com>"
    h = hdrs(addr("Papio Valley Honda Service", "service@papiovalleyhonda.example.com"),
             "Your service appointment is confirmed - Sat, Oct 17", "2026-10-12 17:18", CT, mid,
             "smtp.xtime-mail.example.com (smtp.xtime-mail.example.com [192.0.2.77])")
    return message(h, html(page, charset="windows-1252", cte="quoted-printable"))


@neg(34, "parent_teacher", days=(("Thu", "2026-10-22"),),
     note="Parent-teacher conference confirmation from the school (Thu 22 Oct 4:40 PM): fixed time, not a job interview")
def parent_teacher_westbrook():
    body = t("""
        Dear Jessica Lindgren,

        Thank you for signing up for fall parent-teacher conferences. Your conference is confirmed:

          Student:  Leo Lindgren (Grade 3)
          Teacher:  Mrs. Carla Dunbar, Room 114
          When:     Thursday, October 22, 2026, 4:40 PM - 4:55 PM
          Where:    Westbrook Elementary School, 6005 Grover St, Omaha

        Conferences are 15 minutes. If you are running late, please let the front office know so the
        next family is not delayed.

        Westbrook Elementary PTO & Front Office
        This message was sent by SignUpSheet Pro on behalf of Westbrook Elementary.
        """)
    mid = "<su.9931772.conf@mail.signupsheetpro.example.com>"
    h = hdrs(addr("Westbrook Elementary via SignUpSheet Pro", "no-reply@mail.signupsheetpro.example.com"),
             "Conference confirmation: Leo Lindgren - Mrs. Dunbar", "2026-10-08 20:14", CT, mid,
             "mail.signupsheetpro.example.com (mail.signupsheetpro.example.com [203.0.113.61])",
             extra=(("Reply-To", addr("Carla Dunbar", "carla.dunbar@westbrook-elem.example.org")),))
    return message(h, text(body, cte="7bit"))


@neg(35, "interviewer_panel", days=(("Wed", "2026-10-07"),),
     note="Exchange invite at her current employer asking HER to sit on a hiring panel for a candidate "
          "(Wed 7 Oct 1:00 PM CDT); fixed time and 'interview' everywhere, but she is the interviewer")
def exchange_panel_keystone():
    body = t("""
        Hi all,

        Thanks for joining the panel for our Data Engineer II opening. Candidate: Ravi Patel (resume in
        the Workday requisition). Jessica - please take SQL/data modeling; Marco - pipelines and
        orchestration; I'll cover behavioral. Scorecards due in Workday by end of day please.

        Thanks,
        Denise

        """) + TEAMS.format(mtg="MzE5ZGE3YjEtN2QxZS00", mid="284 113 906 771", pw="b9TzQ4", pin="771 039 228")
    ics = exchange_ics(
        method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000F1D27A8B9E51DC0100000000000000001000000097B3A20C",
        tzid="Central Standard Time", start="20261007T130000", end="20261007T140000",
        stamp_="20261001T180340Z", summary="Interview: Ravi Patel - Data Engineer II (panel)",
        organizer=("Kowal\\, Denise", "denise.kowal@keystoneindemnity.com"), seq=0,
        desc="Thanks for joining the panel for our Data Engineer II opening. Candidate: Ravi Patel.\\n")
    ics = ics.replace(f"CN=Jessica Lindgren:mailto:{ME}", "CN=Lindgren\\, Jessica:mailto:jessica.lindgren@keystoneindemnity.com")
    mid = "<PH0PR19MB5411A0E7D2C94B18F6E3A5D09C721@PH0PR19MB5411.namprd19.prod.outlook.com>"
    h = hdrs(addr("Kowal, Denise", "denise.kowal@keystoneindemnity.com"),
             "Interview: Ravi Patel - Data Engineer II (panel)", "2026-10-01 13:03", CT, mid,
             "NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2125.outbound.protection.outlook.com [40.107.94.125])",
             to=addr("Lindgren, Jessica", "jessica.lindgren@keystoneindemnity.com") + ", "
             + addr("Ruiz, Marco", "marco.ruiz@keystoneindemnity.com"),
             rcpt="jessica.lindgren@keystoneindemnity.com",
             extra=(("Thread-Topic", "Interview: Ravi Patel - Data Engineer II (panel)"),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@neg(36, "webinar", days=(("Tue", "2026-10-13"),),
     note="Zoom webinar registration 'Acing the Data Engineering Interview' (Tue 13 Oct 12:00 PM Central): "
          "fixed time, a webinar, not her interview")
def webinar_dataops():
    body = t("""
        Hi Jessica,

        Thank you for registering for "Acing the Data Engineering Interview: A Hiring Manager Panel".

        Date & Time: Oct 13, 2026 12:00 PM Central Time (US and Canada)

        Join from a PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/89017733204?tk=Ux3e7cQ9

        Add to calendar: Google Calendar | Outlook | Yahoo Calendar

        You can cancel your registration at any time.

        Hosted by Plains DataOps Collective
        """)
    mid = "<zwb.89017733204.reg.5f1e@zoom.us>"
    h = hdrs(addr("Plains DataOps Collective", "no-reply@zoom.us"),
             "Acing the Data Engineering Interview: A Hiring Manager Panel Confirmation", "2026-10-02 19:30",
             CT, mid, "zoom-mail-sjc-11.zoom.us (zoom-mail-sjc-11.zoom.us [170.114.10.111])",
             extra=(("Reply-To", "events@plainsdataops.example.org"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@neg(37, "mock_interview", company=None, days=(("Thu", "2026-11-19"),),
     note="Calendly booking with a career coach: 'Mock Technical Interview (60 min)', Thu 19 Nov 6:00pm "
          "Central; confirmed time but practice, not a job interview")
def calendly_mock_coach():
    body = t("""
        Hi Jessica Lindgren,

        A new event has been scheduled.

        Event Type:
        Mock Technical Interview (60 min) - Careerwise Coaching

        Invitee:
        Jessica Lindgren

        Event Date/Time:
        06:00pm - 07:00pm (Central Time - US & Canada), Thursday, November 19, 2026

        Location:
        https://us02web.zoom.us/j/83319004421

        Questions:
        What role are you preparing for? Senior data engineer loops (Hudson Mutual + Front Range)

        Payment: $95.00 (paid)

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:0c8a4f1e-6b2d-4e97-a3f5-7d1c9b0e2a64
DTSTAMP:20261112T031255Z
DTSTART:20261120T000000Z
DTEND:20261120T010000Z
SUMMARY:Mock Technical Interview (60 min) - Careerwise Coaching
ORGANIZER;CN=Monique Beasley:mailto:monique@careerwisecoaching.example.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    mid = "<calendly.0c8a4f.20261112031255.invitee@calendly.com>"
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "Confirmed: Mock Technical Interview (60 min) with Monique Beasley on Thursday, November 19, 2026",
             "2026-11-12 03:12", "UTC", mid, "o7.email.calendly.com (o7.email.calendly.com [149.72.123.14])",
             extra=(("Reply-To", addr("Monique Beasley", "monique@careerwisecoaching.example.com")),))
    return message(h, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment")))


@neg(38, "auto_reply", days=(("Mon", "2026-09-21"),),
     note="Out-of-office auto-reply from the Prairie Mutual recruiter (back Mon 21 Sep); no appointment")
def ooo_dana():
    body = t("""
        Thank you for your email. I am out of the office with limited access to email and will return
        on Monday, September 21. For urgent recruiting matters, please contact
        talentacquisition@prairiemutual.com.

        Dana Whitfield
        """)
    mid = "<CY8PR11MB70128F2D1E0A4B63C97D5E2F0A8B1@CY8PR11MB7012.namprd11.prod.outlook.com>"
    h = hdrs(addr("Whitfield, Dana", "dana.whitfield@prairiemutual.com"),
             "Automatic reply: Thank you - Prairie Mutual interview", "2026-09-17 17:22", CT, mid,
             "NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2109.outbound.protection.outlook.com [40.107.220.109])",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<CAJx7Lq3tYk9+Wm0bQ2n@mail.example.org>")))
    return message(h, text(body, cte="7bit"))


@neg(39, "bounce",
     note="MAILER-DAEMON bounce of her thank-you note (after the Bluestem interview) to a mistyped address; "
          "the returned note looks back on 'this morning', nothing scheduled")
def bounce_bluestem():
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <greg@bluestempay.co>: host mx.bluestempay.co[198.51.100.230] said: 550 5.1.1
            <greg@bluestempay.co>: Recipient address rejected: User unknown in virtual
            mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4G7kLm1Qx2z9
        Arrival-Date: Thu, 15 Oct 2026 12:05:41 -0500 (CDT)

        Final-Recipient: rfc822; greg@bluestempay.co
        Original-Recipient: rfc822;greg@bluestempay.co
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.bluestempay.co
        Diagnostic-Code: smtp; 550 5.1.1 <greg@bluestempay.co>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    orig = message([
        ("From", ME_H), ("To", addr("Greg Tanaka", "greg@bluestempay.co")),
        ("Subject", "Thank you!"), ("Date", date("2026-10-15 12:05", CT)),
        ("Message-ID", "<CAJx7Lq9bN4s+Kd2pW8v@mail.example.org>")],
        text(t("""
            Hi Greg,

            Thank you for meeting with me this morning and for the tour of the office - I really enjoyed
            hearing about the ledger rebuild. Looking forward to hearing about next steps.

            Best,
            Jessica
            """), cte="7bit"))
    mid = "<20261015170543.4G7kLm1Qx2z9@mx1.example.org>"
    h = [("Return-Path", "<>"),
         ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
         ("To", ME), ("Subject", "Undelivered Mail Returned to Sender"),
         ("Date", date("2026-10-15 12:05", CT)), ("Message-ID", mid), ("Auto-Submitted", "auto-replied")]
    return message(h, raw_multipart_report(report, status, orig))


def raw_multipart_report(report: str, status: str, orig: bytes):
    p1 = text(report, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),))
    p2 = raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  status)
    p3 = attached_message(orig)
    p3.headers.insert(0, ("Content-Description", "Undelivered Message"))
    return multipart("report", p1, p2, p3, params="report-type=delivery-status")


@neg(40, "meetup_list", days=(("Tue", "2026-10-27"),),
     note="Google Groups mailing-list post for a local data meetup (Tue 27 Oct 6:00 PM) with a talk about "
          "interviewing; fixed time, not an interview")
def meetup_list_omaha():
    body = t("""
        Hi all,

        October meetup is on! Tuesday, October 27, 6:00 PM at the Mammel Hall atrium (pizza from 5:30).

        Talks:
        - "What I learned from 40 data engineering interviews (on both sides of the table)" - Jo Farris
        - "dbt + Iceberg at a mid-size insurer" - Nikhil Rao

        RSVP on the group page so we order enough pizza. Recruiters welcome but please no pitches
        during the talks :)

        Kayla
        Omaha Data Engineering organizers

        --
        You received this message because you are subscribed to the Google Groups "Omaha Data Engineering" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to omaha-data-eng+unsubscribe@googlegroups.com.
        """)
    mid = "<7b3e1d02-a9c4-4f85-b6e0-2d1c8f7a9e53n@googlegroups.com>"
    h = hdrs(addr("Kayla Brooks", "kayla.brooks.ds@example.net"),
             "[omaha-data-eng] October meetup - Tue 10/27, interviewing talk + Iceberg", "2026-10-19 21:10", CT, mid,
             "mail-ot1-f61.google.com (mail-ot1-f61.google.com [209.85.210.61])",
             to=addr("Omaha Data Engineering", "omaha-data-eng@googlegroups.com"),
             extra=(("Reply-To", "omaha-data-eng@googlegroups.com"),
                    ("List-Id", "<omaha-data-eng.googlegroups.com>"),
                    ("List-Post", "<https://groups.google.com/group/omaha-data-eng/post>, <mailto:omaha-data-eng@googlegroups.com>"),
                    ("Precedence", "list"), ("Mailing-list", "list omaha-data-eng@googlegroups.com; contact omaha-data-eng+owners@googlegroups.com")))
    return message(h, alt(text(body), html(gmail_html(body))))


@neg(41, "job_center_appointment", days=(("Tue", "2026-11-17"),),
     note="State reemployment office (RESEA) 'Reemployment Services interview' appointment, Tue 17 Nov 9:00 AM "
          "CST: fixed time and the word interview, but an unemployment-benefit appointment")
def reemployment_appointment():
    body = t("""
        NOTICE OF SCHEDULED APPOINTMENT - REEMPLOYMENT SERVICES AND ELIGIBILITY ASSESSMENT (RESEA)

        Claimant: JESSICA LINDGREN        Claim ID: ****-**-4471

        You have been selected to participate in a Reemployment Services and Eligibility Assessment
        interview. Participation is mandatory to continue receiving unemployment insurance benefits.

        Appointment date:  Tuesday, November 17, 2026
        Appointment time:  9:00 AM Central
        Format:            Virtual (a Workforce Specialist will call you at the number on file)
        Location:          Eastern Plains Workforce Center - Omaha office

        Please have ready: your work search log for the past four weeks, your resume, and a photo ID.
        If you cannot attend, you must call 402-555-0100 before the appointment time to reschedule.

        This message was sent from an unmonitored mailbox.
        """)
    mid = "<resea.20261110.4471.notice@notices.workforce.example.gov>"
    h = hdrs(addr("Eastern Plains Workforce Center", "donotreply@notices.workforce.example.gov"),
             "RESEA Appointment Notice - Action Required", "2026-11-10 06:30", CT, mid,
             "relay.workforce.example.gov (relay.workforce.example.gov [192.0.2.210])")
    return message(h, text(body, cte="base64"))


@neg(42, "admission_interview", days=(("Fri", "2026-11-13"),),
     note="Part-time MBA admissions interview confirmed for Fri 13 Nov 1:00 PM: fixed time, 'interview', "
          "but a school admission, not a job")
def mba_admission_interview():
    body = t("""
        Dear Jessica,

        Thank you for your application to the Professional (Part-Time) MBA program at the Bellamy College
        of Business. We are pleased to invite you to an admissions interview, which is now confirmed for:

          Friday, November 13, 2026, 1:00 PM (Central)
          Bellamy Hall, Room 210 - or via Zoom if you prefer (just let us know)

        Your interviewer will be Associate Director of Admissions Thomas Greer. The conversation lasts about
        30 minutes and focuses on your career goals and how the program fits them.

        Best regards,
        Office of Graduate Admissions
        Bellamy College of Business, Missouri Valley University
        """)
    page = "<html><body style=\"font-family:Georgia,serif\">" + "".join(
        f"<p>{x}</p>" for x in body.replace("&", "&amp;").split("\n\n")) + "</body></html>\n"
    mid = "<SL.BCB.20261104.551203@slate.mvu.example.edu>"
    h = hdrs(addr("MVU Graduate Admissions", "gradadmit@mvu.example.edu"),
             "Your MBA admissions interview is confirmed", "2026-11-04 10:02", CT, mid,
             "slate-mail.technolutions.example.net (slate-mail.technolutions.example.net [198.51.100.199])")
    return message(h, alt(text(body), html(page)))


@neg(43, "press_interview", days=(("Thu", "2026-09-17"),),
     note="Business-journal reporter confirming 'our interview Thursday at 11' (Date Mon 14 Sep -> Thu 17 Sep) "
          "for a story; she is the interviewee of a journalist, not a job interview")
def press_reporter():
    body = t("""
        Hi Jessica,

        Great - you're confirmed for our interview Thursday at 11 at Culprit Cafe downtown (I'll be the
        one with the red notebook). The piece is about women building data teams at Omaha insurers, so
        I'd love to hear how you got into the field and what hiring looks like right now.

        It'll take 30-45 minutes. Photos would be a separate, optional step.

        Thanks so much,
        Alana Whitcomb
        Reporter, Midlands Business Weekly
        awhitcomb@midlandsbusinessweekly.example.com | 402-555-0199
        """)
    mid = "<CAM5pR7z0Hq+Lx3fT8wD2cKe9v@mail.gmail.com>"
    h = hdrs(addr("Alana Whitcomb", "awhitcomb@midlandsbusinessweekly.example.com"),
             "Re: Interview request - women in insurance data", "2026-09-14 15:32", CT, mid,
             "mail-il1-f175.google.com (mail-il1-f175.google.com [209.85.166.175])",
             extra=(("In-Reply-To", "<CAJx7Lq1aZ2c+Pe4mR7d@mail.example.org>"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@neg(44, "podcast", days=(("Tue", "2026-12-01"),),
     note="Podcast host confirming a recording session (Tue 1 Dec 2:00 PM Central) with Riverside link; "
          "fixed time, a podcast guest spot")
def podcast_recording():
    body = t("""
        Hey Jessica!

        Locking it in: we'll record your episode of Data on the Plains on Tuesday, December 1 at
        2:00 PM Central. Here's the Riverside studio link: https://riverside.fm/studio/data-on-the-plains

        Rough outline: your path from actuarial analyst to data engineering, the claims lakehouse
        project, and your honest take on job hunting as a senior engineer in 2026. Plan for about an hour
        with setup. Wired headphones if you have them!

        Cheers,
        Marcus Fenwick
        Host, Data on the Plains
        """)
    mid = "<01000193f2a7c4e1-6d8b0f3a-1c92-4e57-a0b4-8f2e1d7c9a35-000000@email.amazonses.com>"
    h = hdrs(addr("Marcus Fenwick", "marcus@dataontheplains.example.com"),
             "Recording confirmed - Data on the Plains ep. 48", "2026-11-24 16:48", CT, mid,
             "a9-77.smtp-out.amazonses.com (a9-77.smtp-out.amazonses.com [54.240.9.77])")
    return message(h, text(body, cte="quoted-printable"))


@neg(45, "sports_tryout", days=(("Sat", "2026-09-12"),),
     note="Youth soccer club tryout confirmation for her son (Sat 12 Sep 9:00 AM): fixed time, not a job interview")
def soccer_tryout():
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <table width="600" align="center"><tr><td style="background:#0a4d8c;color:#fff;padding:12px;font-size:18px">
        Omaha Strikers FC &ndash; 2026-27 Tryouts</td></tr><tr><td style="padding:12px">
        <p>Hi Jessica,</p>
        <p>Thanks for registering <b>Leo Lindgren</b> for U9 Boys tryouts. Your tryout slot is confirmed:</p>
        <p><b>Saturday, September 12 &middot; 9:00&ndash;10:30 AM</b><br>
        Tranquility Park, Field 6 (check-in tent opens at 8:30)</p>
        <p>Please bring shin guards, cleats, a water bottle, and a <u>light and dark shirt</u>. Players will be
        evaluated by our coaching staff; team offers go out by September 20.</p>
        <p>Go Strikers!<br>Coach Ramon Estrada, Director of Coaching</p>
        </td></tr></table></body></html>
        """)
    mid = "<tryout.20260905.leo.u9b.7741@mail.teamsnap-like.example.com>"
    h = hdrs(addr("Omaha Strikers FC", "registrar@omahastrikersfc.example.org"),
             "U9 Boys Tryout Confirmation - Sat 9/12 9:00 AM", "2026-09-05 11:02", CT, mid,
             "mail.teamsnap-like.example.com (mail.teamsnap-like.example.com [203.0.113.90])")
    return message(h, html(page, charset="iso-8859-1"))


@neg(46, "advisor_meeting", days=(("Wed", "2026-11-25"),),
     note="Bank financial-advisor appointment about rolling over her 401(k) (Wed 25 Nov 10:00 AM): fixed time, "
          "not an interview")
def bank_advisor():
    body = t("""
        Hello Jessica,

        This confirms your appointment with Nathan Ebert, CFP, to review your 401(k) rollover options.

        Wednesday, November 25, 2026 at 10:00 AM CT
        First Prairie Bank - Dundee branch, 5002 Underwood Ave, Omaha, NE
        Please bring: your most recent 401(k) statement and your separation paperwork.

        Need to change your appointment? Call us at 402-555-0138.

        First Prairie Bank Wealth Services
        Investment products are not FDIC insured, not bank guaranteed, and may lose value.
        """)
    page = "<html><body style=\"font-family:Arial;color:#123\">" + "".join(
        f"<p>{x}</p>" for x in body.replace("&", "&amp;").split("\n\n")) + "</body></html>\n"
    mid = "<apptconf.7701923.1794222000@alerts.firstprairiebank.example.com>"
    h = hdrs(addr("First Prairie Bank", "appointments@alerts.firstprairiebank.example.com"),
             "Appointment confirmation - Wednesday, November 25", "2026-11-18 09:00", CT, mid,
             "alerts.firstprairiebank.example.com (alerts.firstprairiebank.example.com [198.51.100.58])")
    return message(h, alt(text(body, cte="8bit"), html(page)))


@neg(47, "forwarded_other_candidate", days=(("Thu", "2026-10-01"),),
     note="A friend forwards HER OWN Greenhouse confirmation (Thu 1 Oct 2:00 PM CDT, addressed to her) asking "
          "for tips; a confirmed interview, but not Jessica's")
def forward_friend_interview():
    inner = t("""
        ---------- Forwarded message ---------
        From: Prairie Mutual Insurance <no-reply@us.greenhouse-mail.io>
        Date: Fri, Sep 25, 2026 at 10:14 AM
        Subject: Interview Confirmation: Data Analyst II, Underwriting
        To: <tessa.nguyen@example.net>

        Hi Tessa,

        Thanks for making time to speak with us! Your interview for the Data Analyst II, Underwriting
        role at Prairie Mutual Insurance is confirmed.

        When:  Thursday, October 1, 2026, 2:00 PM - 2:45 PM CDT
        Where: Microsoft Teams

        Best,
        Dana Whitfield
        Talent Acquisition Partner | Prairie Mutual Insurance
        """)
    body = t("""
        Jess!! Look who got an interview at Prairie Mutual 😅 You talked to Dana too right? Any tips?
        What did they ask you? Coffee this weekend?

        T

        """) + inner
    mid = "<CAN2wQ8pX4d+Rk7mL0zT3bE1vYs@mail.gmail.com>"
    h = hdrs(addr("Tessa Nguyen", "tessa.nguyen@example.net"),
             "Fwd: Interview Confirmation: Data Analyst II, Underwriting", "2026-09-25 12:31", CT, mid,
             "mail-ej1-f43.google.com (mail-ej1-f43.google.com [209.85.218.43])")
    return message(h, alt(text(body, cte="8bit"), html(gmail_html(body))))


@neg(48, "jury_duty", days=(("Mon", "2026-12-07"),),
     note="Jury summons e-notice: report Mon 7 Dec 8:00 AM; fixed time, a court date, not an interview")
def jury_summons():
    body = t("""
        LOESS HILLS COUNTY DISTRICT COURT - JURY SERVICES
        eSUMMONS NOTICE

        Juror: JESSICA M LINDGREN          Juror ID: 2026-118842
        Group: 14

        You are summoned to report for jury service on:

            MONDAY, DECEMBER 7, 2026 at 8:00 AM
            Jury Assembly Room, Lower Level, County Courthouse

        Your group may be excused. Call the juror line (402-555-0181) or check the website after 5:00 PM
        on the business day before your reporting date.

        If you need to request a postponement, do so online at least 7 days before your service date.

        Failure to respond may result in a penalty as provided by law.
        """)
    mid = "<esummons.2026-118842@jury.loesshillscounty.example.gov>"
    h = hdrs(addr("Loess Hills County Jury Services", "jury-noreply@loesshillscounty.example.gov"),
             "Jury Service eSummons - Report Monday, December 7, 2026", "2026-11-16 08:00", CT, mid,
             "relay.loesshillscounty.example.gov (relay.loesshillscounty.example.gov [192.0.2.31])")
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@neg(49, "reference_call", days=(("Wed", "2026-10-28"),),
     note="Former colleague tells her a recruiter will call her Wed 28 Oct at 2 PM for a reference check on "
          "HIS candidacy; fixed time, but she is the reference, not the candidate")
def reference_call_tom():
    body = t("""
        Hey Jess,

        Hope the search is going OK! Quick heads-up / favor: I'm in the final round at Prairie Sky Software
        and gave your name as a reference (the Keystone claims-warehouse days). Their recruiter, Ashley
        Dunn, will call you Wednesday 10/28 at 2:00 PM Central - she said 15-20 minutes. She already has
        your cell. If that time doesn't work, just email her at ashley.dunn@prairieskysoftware.example.com.

        I owe you a beer (or three).

        Tom

        --
        Tom Becker
        """)
    mid = "<CAK9vT2m+Qa7Ye0pLr4sHx1cDn@mail.gmail.com>"
    h = hdrs(addr("Tom Becker", "tom.becker@example.net"), "reference call - thank you!!", "2026-10-23 18:27", CT,
             mid, "mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])")
    return message(h, text(body, cte="quoted-printable"))


@neg(50, "daycare_intake", days=(("Tue", "2026-12-15"),),
     note="Preschool intake interview for her younger child (Tue 15 Dec 4:30 PM): fixed time and 'interview', "
          "but a daycare intake")
def daycare_intake():
    body = t("""
        Hi Jessica,

        We're so glad you're considering Little Acorns for Maya! I've put you down for a family intake
        interview on Tuesday, December 15 at 4:30 PM in the Oak Room. Maya is welcome to come along and
        play while we chat - it usually takes about 30 minutes.

        Please fill out the enrollment packet (attached link) before you come:
        https://littleacorns.example.org/enroll

        Warmly,
        Bethany Sorensen
        Center Director, Little Acorns Early Learning - Benson
        """)
    mid = "<0c7a3d91-2e5f-4b8a-9f10-6d4b2e8c1a57@littleacorns.example.org>"
    h = hdrs(addr("Bethany Sorensen", "bethany@littleacorns.example.org"), "Intake interview for Maya",
             "2026-12-09 14:05", CT, mid, "outbound.mailhost.example.net (outbound.mailhost.example.net [203.0.113.14])")
    return message(h, text(body, charset="windows-1252", cte="8bit"))
