"""blind239: 50 hand-written mails from the inbox of Erik Halvorson, a telematics engineer in Fargo.

Written blind (without reading the detector, its tests or the other held-out mails). Built and
checked by ``python3 bench/heldout/make_blind.py blind239``. File numbers are a fixed shuffle of
the writing order; keys 1-23 are the positives, 24-50 the negatives.
"""

from __future__ import annotations

import hashlib
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
    received,
    t,
    text,
)

ORDER = random.Random(2390239).sample(range(1, 51), 50)

ERIK = "erik.halvorson@example.org"
ERIK_TO = addr("Erik Halvorson", ERIK)
CT = "America/Chicago"
MT = "America/Denver"
WPG = "America/Winnipeg"
ET = "America/New_York"
UTC_ = "UTC"


def n(key: int) -> str:
    return f"blind239_{ORDER[key - 1]:03d}"


def h(seed: str, k: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:k]


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ERIK_TO,
         relay: str = "from mail.example.net (mail.example.net [192.0.2.10])",
         extra: tuple[tuple[str, str], ...] = (), lag: int = 4, charset: str = "utf-8") -> list:
    ident = f"mx2.example.org with ESMTPS id {h(mid, 12)}"
    return [
        ("Delivered-To", ERIK),
        ("Received", received(relay, when, zone, ident, ERIK, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


VTZ_MOUNTAIN_WIN = """BEGIN:VTIMEZONE
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

VTZ_WINNIPEG = """BEGIN:VTIMEZONE
TZID:America/Winnipeg
X-LIC-LOCATION:America/Winnipeg
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

TEAMS_TEXT = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{0}%40thread.v2/0>
Meeting ID: {1}
Passcode: {2}
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-15T15:00:00Z", end="2026-09-15T16:30:00Z",
      contact="kristin.solberg@redriverimplement.com", company="Red River Implement Company",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:30", zone=CT,
      note="Greenhouse candidate confirmation, onsite in West Fargo, 10:00-11:30 AM CDT (UTC-5 in "
           "September) -> 15:00-16:30Z; From is a Greenhouse no-reply, contact = the recruiter in Reply-To")
def m01():
    body_t = t("""
        Hi Erik,

        Thank you for your interest in Red River Implement Company! Your interview for the Senior
        Telematics Engineer, Connected Machines (Req 26-0412) position is confirmed. Please find
        the details below.

        Interview schedule
        Tuesday, September 15, 2026
        10:00 AM - 11:30 AM Central Time (CDT)

        10:00 AM - 11:30 AM   Panel interview
                              Dale Lindgren, Manager, Machine Connectivity
                              Priya Raman, Staff Engineer, Cloud Platform
                              Kristin Solberg, Talent Acquisition Partner

        Location
        Red River Implement - Product Development Center
        2500 Harvest Way, West Fargo, ND 58078
        Please check in at the front desk in Building B; visitor parking is on the east side.

        If you need to make changes, simply reply to this email.

        Best regards,
        Kristin Solberg
        Red River Implement Company

        Powered by Greenhouse
        """)
    body_h = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Erik,</p>
        <p>Thank you for your interest in Red River Implement Company! Your interview for the <b>Senior
        Telematics Engineer, Connected Machines (Req 26-0412)</b> position is confirmed. Please find the
        details below.</p>
        <h3 style="margin-bottom:4px">Interview schedule</h3>
        <p style="margin-top:0"><b>Tuesday, September 15, 2026</b><br>10:00 AM - 11:30 AM Central Time (CDT)</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="vertical-align:top;white-space:nowrap">10:00 AM - 11:30 AM</td>
        <td><b>Panel interview</b><br>Dale Lindgren, Manager, Machine Connectivity<br>
        Priya Raman, Staff Engineer, Cloud Platform<br>Kristin Solberg, Talent Acquisition Partner</td></tr>
        </table>
        <h3 style="margin-bottom:4px">Location</h3>
        <p style="margin-top:0">Red River Implement - Product Development Center<br>
        2500 Harvest Way, West Fargo, ND 58078<br>
        Please check in at the front desk in Building B; visitor parking is on the east side.</p>
        <p>If you need to make changes, simply reply to this email.</p>
        <p>Best regards,<br>Kristin Solberg<br>Red River Implement Company</p>
        <p style="color:#888;font-size:11px">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    mid = "<5f2a0c81e7.20260909204133.1@us.greenhouse-mail.io>"
    hs = head(addr("Red River Implement Company", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior Telematics Engineer, Connected Machines",
              "2026-09-09 15:41:33", CT, mid,
              relay="from o3.email.greenhouse.io (o3.email.greenhouse.io [198.51.100.33])",
              extra=(("Reply-To", addr("Kristin Solberg", "kristin.solberg@redriverimplement.com")),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, alt(text(body_t), html(body_h)))


@mail(n(2), family="lever", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-22T18:00:00Z", end="2026-09-22T18:45:00Z",
      contact="marcus@prairiesignal.io", company="Prairie Signal",
      local="Tue 2026-09-22 13:00", local_end="2026-09-22 13:45", zone=CT,
      note="Lever confirmation, 1:00-1:45 PM CDT (UTC-5) -> 18:00-18:45Z; contact = recruiter in Reply-To")
def m02():
    body_t = t("""
        Hi Erik,

        Your interview with Prairie Signal has been confirmed.

        Senior Embedded Engineer - Telematics Gateway
        Tuesday, September 22, 2026
        1:00 PM - 1:45 PM CDT
        Google Meet: https://meet.google.com/qkv-ztrn-fyo

        You'll be meeting with:
        Nadia Ferreira - Engineering Manager, Edge Devices

        If you have any questions or need to reschedule, just reply to this email and it will
        go straight to Marcus.

        Talk soon,
        Prairie Signal Recruiting
        """)
    body_h = t("""
        <div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:22px">
        <p>Hi Erik,</p>
        <p>Your interview with Prairie Signal has been confirmed.</p>
        <div style="border:1px solid #e2e2e2;border-radius:4px;padding:12px 16px">
        <div style="font-weight:600">Senior Embedded Engineer - Telematics Gateway</div>
        <div>Tuesday, September 22, 2026</div>
        <div>1:00 PM &ndash; 1:45 PM CDT</div>
        <div>Google Meet: <a href="https://meet.google.com/qkv-ztrn-fyo">meet.google.com/qkv-ztrn-fyo</a></div>
        </div>
        <p>You&#39;ll be meeting with:<br>Nadia Ferreira &ndash; Engineering Manager, Edge Devices</p>
        <p>If you have any questions or need to reschedule, just reply to this email and it will go straight to Marcus.</p>
        <p>Talk soon,<br>Prairie Signal Recruiting</p>
        </div>
        """)
    mid = "<01000192d4c8a6f1-3b0e7c2a-5d41-4b8e-9f0a-22c7e4a91b53-000000@email.amazonses.com>"
    hs = head(addr("Prairie Signal", "no-reply@hire.lever.co"),
              "Interview confirmed: Prairie Signal - Senior Embedded Engineer",
              "2026-09-17 11:02:47", CT, mid,
              relay="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=(("Reply-To", addr("Marcus Lindqvist", "marcus@prairiesignal.io")),))
    return message(hs, alt(text(body_t, cte="8bit"), html(body_h)))


@mail(n(3), family="workday", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-06T19:00:00Z", end="2026-10-06T20:00:00Z",
      contact="tamara.reyes@northernplainshealth.org", company="Northern Plains Health",
      local="Tue 2026-10-06 14:00", local_end="2026-10-06 15:00", zone=CT,
      note="Workday HTML-only (base64) 'Interview Scheduled', 10/06/2026 2:00-3:00 PM CDT (Sioux Falls, "
           "UTC-5) -> 19:00-20:00Z; sender is the tenant mailbox, contact = recruiter address in the body")
def m03():
    body_h = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://wd5.myworkday.com/northernplainshealth/img/logo.png" alt="Northern Plains Health" width="180"><br><br>
        Dear Erik Halvorson,<br><br>
        Thank you for your interest in the <b>Clinical Device Integration Engineer (R-0019384)</b> position with
        Northern Plains Health. We are pleased to confirm your interview.<br><br>
        <table cellpadding="3" cellspacing="0" style="font-size:14px">
        <tr><td><b>Interview Type:</b></td><td>Hiring Manager Interview (Virtual)</td></tr>
        <tr><td><b>Date:</b></td><td>10/06/2026</td></tr>
        <tr><td><b>Time:</b></td><td>2:00 PM - 3:00 PM CDT</td></tr>
        <tr><td><b>Location:</b></td><td>Microsoft Teams (a link will be sent separately by the interviewer)</td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Greg Lunde, Director, Biomedical Engineering</td></tr>
        </table><br>
        If you need to reschedule, please contact Tamara Reyes, Talent Acquisition, at
        <a href="mailto:tamara.reyes@northernplainshealth.org">tamara.reyes@northernplainshealth.org</a> or 605-555-0142.<br><br>
        You can review your application at any time in the <a href="https://wd5.myworkday.com/northernplainshealth/d/home.htmld">Candidate Home</a>.<br><br>
        Sincerely,<br>Talent Acquisition<br>Northern Plains Health | Sioux Falls, SD<br><br>
        <span style="font-size:11px;color:#999">This message was sent from an unmonitored mailbox. Please do not reply.</span>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    mid = "<1739822054.88412.1759244105331@wd5-prod-mail.myworkday.com>"
    hs = head(addr("Northern Plains Health", "northernplainshealth@myworkday.com"),
              "Interview Scheduled - Clinical Device Integration Engineer",
              "2026-09-30 09:15:05", CT, mid,
              relay="from wd5-mta-12.myworkday.com (wd5-mta-12.myworkday.com [203.0.113.52])")
    return message(hs, html(body_h, cte="base64"))


def gcal_ics(uid: str, organizer: tuple[str, str], start: str, end: str, summary: str, desc: str,
             stamp: str, *, method: str = "REQUEST", seq: int = 0, status: str = "CONFIRMED",
             zone: str = "America/Chicago", vtz: str | None = None, location: str = "",
             attendees: tuple[tuple[str, str], ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", vtz or VTZ[zone], "BEGIN:VEVENT",
             f"DTSTART;TZID={zone}:{start}", f"DTEND;TZID={zone}:{end}", f"DTSTAMP:{stamp}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for cn, a in ((organizer[0], organizer[1]), *attendees):
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={cn};"
                     f"X-NUM-GUESTS=0:mailto:{a}")
    lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
                 f"CN={ERIK};X-NUM-GUESTS=0:mailto:{ERIK}")
    lines += [f"CREATED:{stamp}", f"DESCRIPTION:{desc}", f"LAST-MODIFIED:{stamp}",
              f"LOCATION:{location}", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{summary}",
              "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


@mail(n(4), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-08T18:30:00Z", end="2026-10-08T19:30:00Z",
      contact="bostlie@dakotabeet.coop", company="Dakota Beet Growers Cooperative",
      local="Thu 2026-10-08 13:30", local_end="2026-10-08 14:30", zone=CT,
      note="Google Calendar invitation from the hiring manager, Thu Oct 8 1:30-2:30pm CDT (UTC-5) -> "
           "18:30-19:30Z; ICS TZID America/Chicago agrees; contact = ORGANIZER (human)")
def m04():
    when = "Thursday Oct 8, 2026 ⋅ 1:30pm – 2:30pm (Central Time - Chicago)"
    body_t = t(f"""
        Erik Halvorson and Brent Ostlie have been invited to this event.

        Interview: Erik Halvorson - Controls & Telematics Engineer (Wahpeton)
        {when}

        Hi Erik - looking forward to it. We'll meet in the engineering office above the
        pulp dryer control room; ask for me at the scale house gate and they'll walk you over.
        Marit from HR may sit in for the last 15 minutes.
        Brent

        Location
        Dakota Beet Growers Cooperative, 1100 Factory Rd, Wahpeton, ND 58075
        https://maps.google.com/maps?q=1100+Factory+Rd,+Wahpeton,+ND+58075

        Organizer
        Brent Ostlie
        bostlie@dakotabeet.coop

        Guests
        Brent Ostlie - organizer
        erik.halvorson@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N2s0bTJkYzVxaDg

        Reply for erik.halvorson@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=N2s0bTJkYzVxaDg&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=N2s0bTJkYzVxaDg&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=N2s0bTJkYzVxaDg&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop
        receiving future updates for this event, decline this event.
        """)
    body_h = t(f"""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from Brent Ostlie"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:22px;line-height:28px">Interview: Erik Halvorson - Controls &amp; Telematics Engineer (Wahpeton)</div>
        <div style="font-size:14px;margin-top:8px">{when}</div>
        <div style="margin-top:16px;font-size:14px">Hi Erik - looking forward to it. We'll meet in the engineering office above the pulp dryer control room; ask for me at the scale house gate and they'll walk you over. Marit from HR may sit in for the last 15 minutes.<br>Brent</div>
        <div style="margin-top:16px;font-size:14px"><b>Location</b><br>Dakota Beet Growers Cooperative, 1100 Factory Rd, Wahpeton, ND 58075</div>
        <div style="margin-top:16px;font-size:14px"><b>Organizer</b><br>Brent Ostlie<br>bostlie@dakotabeet.coop</div>
        <div style="margin-top:16px;font-size:12px;color:#70757a">Invitation from Google Calendar</div>
        </div>
        """)
    ics = gcal_ics("7k4m2dc5qh8r1v0b3n6p9s2t5w@google.com", ("Brent Ostlie", "bostlie@dakotabeet.coop"),
                   "20261008T133000", "20261008T143000",
                   "Interview: Erik Halvorson - Controls & Telematics Engineer (Wahpeton)",
                   "Hi Erik - looking forward to it. We'll meet in the engineering office above the pulp "
                   "dryer control room\\; ask for me at the scale house gate.\\nBrent",
                   "20261002T152012Z",
                   location="Dakota Beet Growers Cooperative\\, 1100 Factory Rd\\, Wahpeton\\, ND 58075")
    mid = "<calendar-6f1d2b7e-98a4-4c1e-bb0d-3a7f2e6c9d10@google.com>"
    hs = head(addr("Brent Ostlie", "bostlie@dakotabeet.coop"),
              "Invitation: Interview: Erik Halvorson - Controls & Telematics Engineer (Wahpeton) "
              "@ Thu Oct 8, 2026 1:30pm - 2:30pm (CDT) (erik.halvorson@example.org)",
              "2026-10-02 10:20:12", CT, mid,
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Brent Ostlie", "bostlie@dakotabeet.coop"))))
    body = mixed(alt(text(body_t, cte="base64"), html(body_h, cte="quoted-printable"),
                     calendar(ics, method="REQUEST", cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


@mail(n(5), family="zoom", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-24T14:30:00Z", end=None,
      contact="jkowalczyk@northstartechstaffing.com", company="Lakes Agronomy Systems",
      local="Thu 2026-09-24 09:30", zone=CT,
      note="Agency recruiter (windows-1252 Outlook mail) confirms 'tomorrow at 9:30 your time', Date Wed "
           "Sep 23 -> Thu Sep 24 9:30 CDT (UTC-5) = 14:30Z; pasted Zoom block agrees; 'should run about 45 "
           "minutes' is approximate so no end; company = the client, contact = the recruiter who sent it")
def m05():
    body = t("""
        Hi Erik,

        Great news \u2013 you\u2019re confirmed with Lakes Agronomy for tomorrow at 9:30 your time (Central). It\u2019s with Rob Danner, their Director of Firmware, and should run about 45 minutes. He\u2019ll want to go deep on CAN/J1939 and how you handled OTA updates on the combine fleet, so have a story or two ready.

        Zoom details below \u2013 Rob\u2019s assistant set it up.

        Call me after if you can, I\u2019d love to hear how it went!

        Jenna

        Jenna Kowalczyk | Senior Technical Recruiter
        Northstar Technical Staffing | Minneapolis, MN
        d: 612-555-0187 | jkowalczyk@northstartechstaffing.com

        -----
        Rob Danner is inviting you to a scheduled Zoom meeting.

        Topic: Lakes Agronomy / Erik Halvorson
        Time: Sep 24, 2026 09:30 AM Central Time (US and Canada)

        Join Zoom Meeting
        https://lakesagronomy.zoom.us/j/84417730295?pwd=Q0x3aEp4bWZ2UnRlTlh1b0dKcz09

        Meeting ID: 844 1773 0295
        Passcode: 612390
        """)
    body_h = "<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n" + "".join(
        f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n" for line in body.rstrip("\n").split("\n")) + \
        "</body></html>\n"
    mid = "<MN2PR08MB6174A1C0E3B94F2D7C5A8E21B1F42@MN2PR08MB6174.namprd08.prod.outlook.com>"
    hs = head(addr("Jenna Kowalczyk", "jkowalczyk@northstartechstaffing.com"),
              "RE: Lakes Agronomy - you're confirmed for tomorrow",
              "2026-09-23 08:12:19", CT, mid,
              relay="from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2109.outbound.protection.outlook.com [40.107.244.109])",
              extra=(("Thread-Topic", "Lakes Agronomy - you're confirmed for tomorrow"),
                     ("Thread-Index", "AdsN4k7Qv2mY5x0sRkqP3m1cF8hZ2A=="),
                     ("In-Reply-To", "<CAEh7vR3q9kD1mZt@mail.example.org>"),
                     ("X-MS-Has-Attach", ""),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="windows-1252"), html(body_h, charset="windows-1252")))



def exchange_ics(uid: str, organizer: tuple[str, str], start: str, end: str, summary: str, zone_name: str,
                 vtz: str, stamp: str, *, method: str = "REQUEST", seq: int = 0, location: str = "",
                 desc: str = "", status: str = "CONFIRMED", attendees: tuple[tuple[str, str], ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             vtz, "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for cn, a in ((ERIK, ERIK), *attendees):
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{a}")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{desc}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{summary}",
              f"DTSTART;TZID={zone_name}:{start}", f"DTEND;TZID={zone_name}:{end}", "CLASS:PUBLIC",
              "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE=en-US:{location}", "X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(seq),
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-LOCATIONDISPLAYNAME:" + location,
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def exchange_headers(topic: str, extra: tuple[tuple[str, str], ...] = ()) -> tuple:
    return (("Thread-Topic", topic), ("Thread-Index", "AQHdT" + h(topic, 18) + "=="),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("Content-class", "urn:content-classes:calendarmessage"), *extra)


@mail(n(6), family="exchange_outlook", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-20T15:00:00Z", end="2026-10-20T16:00:00Z",
      contact="cvetter@badlandsfleet.com", company="Badlands Fleet Solutions",
      local="Tue 2026-10-20 09:00", local_end="2026-10-20 10:00", zone=MT,
      note="Exchange meeting request from Dickinson, ND (Mountain time). The When line shows the "
           "standard-offset label '(UTC-07:00) Mountain Time' but 20 Oct is MDT (UTC-6): 9:00-10:00 -> "
           "15:00-16:00Z (10:00 in Fargo); ICS TZID 'Mountain Standard Time' agrees; contact = organizer")
def m06():
    teams = TEAMS_TEXT.format("ZDg0YjE4NTMtYTFiMi00ZWNiLWE0NmQtOTBmM2Rk", "241 338 902 771", "u7Rw9Q")
    body_t = t("""
        When: Tuesday, October 20, 2026 9:00 AM-10:00 AM (UTC-07:00) Mountain Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Erik,

        Here's the invite for the technical interview we talked about. It'll be me and Luke Schaefer
        (our fleet hardware lead). Plan on walking us through the gateway you built for the sprayer
        line - block diagram level is fine, no slides needed.

        Thanks,
        Casey

        Casey Vetter
        Engineering Manager | Badlands Fleet Solutions
        1440 3rd Ave W, Dickinson, ND 58601
        701-555-0133

        """) + teams
    body_h = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>" \
             "<body><div><p>When: Tuesday, October 20, 2026 9:00 AM-10:00 AM (UTC-07:00) Mountain Time (US &amp; Canada).<br>" \
             "Where: Microsoft Teams Meeting</p><p>*~*~*~*~*~*~*~*~*~*</p></div>\n" + "".join(
                 f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n"
                 for line in body_t.split("*~*~*~*~*~*~*~*~*~*", 1)[1].split("____", 1)[0].strip("\n").split("\n")) + \
        "<div style=\"width:100%\"><span style=\"white-space:nowrap;color:#5F5F5F\">____________________</span></div>" \
        "<div style=\"margin-bottom:24px\"><span style=\"font-size:24px;font-weight:700\">Microsoft Teams meeting</span></div>" \
        "<div><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDg0YjE4NTMtYTFiMi00ZWNiLWE0NmQtOTBmM2Rk%40thread.v2/0\">" \
        "Join the meeting now</a></div><div>Meeting ID: 241 338 902 771</div><div>Passcode: u7Rw9Q</div>" \
        "</body></html>\n"
    ics = exchange_ics("040000008200E00074C5B7101A82E00800000000B06C3A1E9E5CDC01000000000000000010000000F4D1C2A8E6B2F44B9E1F9D3A3E7C0B55",
                       ("Casey Vetter", "cvetter@badlandsfleet.com"), "20261020T090000", "20261020T100000",
                       "Interview: Erik Halvorson - Embedded Telematics Engineer", "Mountain Standard Time",
                       VTZ_MOUNTAIN_WIN, "20261014T190512Z", location="Microsoft Teams Meeting",
                       desc="Erik\\, here's the invite for the technical interview we talked about.\\n",
                       attendees=(("Luke Schaefer", "lschaefer@badlandsfleet.com"),))
    mid = "<SA1PR14MB5329D83F11E0C8B4A7E2C5A1C8252@SA1PR14MB5329.namprd14.prod.outlook.com>"
    hs = head(addr("Casey Vetter", "cvetter@badlandsfleet.com"),
              "Interview: Erik Halvorson - Embedded Telematics Engineer",
              "2026-10-14 13:05:12", MT, mid,
              to=f"{ERIK_TO}, {addr('Luke Schaefer', 'lschaefer@badlandsfleet.com')}",
              relay="from NAM04-SN1-obe.outbound.protection.outlook.com (mail-sn1nam04on2072.outbound.protection.outlook.com [40.107.70.72])",
              extra=exchange_headers("Interview: Erik Halvorson - Embedded Telematics Engineer"))
    return message(hs, alt(text(body_t), html(body_h), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(7), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-29T15:00:00Z", end="2026-09-29T15:45:00Z",
      contact="ama@furrowline.com", company="Furrowline",
      local="Tue 2026-09-29 11:00", local_end="2026-09-29 11:45", zone=ET,
      note="Ashby confirmation from a remote team that writes Eastern time: 11:00-11:45 AM EDT (UTC-4) -> "
           "15:00-15:45Z (10:00 in Fargo); ICS in America/New_York agrees; Date header in +0000 (SES); "
           "contact = Reply-To / ORGANIZER recruiter")
def m07():
    body_t = t("""
        Hi Erik,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, September 29, 2026, 11:00 AM – 11:45 AM EDT
        Zoom (link in the calendar invite)

        You'll meet with:
          Theo Marchetti — Head of Hardware

        This is a technical conversation about the in-field data pipeline: how you get data off a
        machine with bad cell coverage and into the cloud without losing it. No coding exercise.

        Questions? Just reply and it will reach Ama Boateng.

        Thanks,
        Furrowline Recruiting
        """)
    body_h = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Erik,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Tuesday, September 29, 2026, 11:00 AM – 11:45 AM EDT</strong><br>Zoom (link in the calendar invite)</p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Theo Marchetti — Head of Hardware</p>
        <p>This is a technical conversation about the in-field data pipeline: how you get data off a machine with bad cell coverage and into the cloud without losing it. No coding exercise.</p>
        <p>Questions? Just reply and it will reach Ama Boateng.</p>
        <p>Thanks,<br>Furrowline Recruiting</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", VTZ["America/New_York"], "BEGIN:VEVENT",
        "UID:0d3c9a41-7be2-4f7e-a1c6-58e2d90b6f13", "DTSTAMP:20260925T183010Z",
        "DTSTART;TZID=America/New_York:20260929T110000", "DTEND;TZID=America/New_York:20260929T114500",
        "SEQUENCE:0", "SUMMARY:Furrowline – Senior Telematics Engineer – Technical Interview",
        "LOCATION:https://furrowline.zoom.us/j/93018845120",
        "ORGANIZER;CN=Ama Boateng:mailto:ama@furrowline.com",
        f"ATTENDEE;CN=Erik Halvorson;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ERIK}",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    mid = "<01000192f1a4c3de-9c1b5e77-2a0f-4d3b-8e61-7f4a2b9c0d18-000000@email.amazonses.com>"
    hs = head(addr("Furrowline", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior Telematics Engineer at Furrowline",
              "2026-09-25 18:30:10", UTC_, mid,
              relay="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
              extra=(("Reply-To", addr("Ama Boateng", "ama@furrowline.com")),))
    body = mixed(alt(text(body_t, cte="base64"), html(body_h, cte="base64")),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    return message(hs, body)


@mail(n(8), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-20T00:30:00Z", end="2026-11-20T01:00:00Z",
      contact="sam@tallgrassautonomy.com", company="Tallgrass Autonomy",
      local="Thu 2026-11-19 18:30", local_end="2026-11-19 19:00", zone=CT,
      note="Calendly invitee confirmation, Thu Nov 19 6:30-7:00pm Central; after DST ended (CST, UTC-6) -> "
           "00:30-01:00Z on Fri Nov 20 (another day in UTC); contact = founder in Reply-To")
def m08():
    body_t = t("""
        Hi Erik Halvorson,

        Your 30 Minute Intro Interview with Sam Whitebird at 6:30pm - 7:00pm (Central Time - US & Canada) on
        Thursday, November 19, 2026 is scheduled.

        Event Type:
        30 Minute Intro Interview - Tallgrass Autonomy

        Event Date/Time:
        6:30pm - 7:00pm (Central Time - US & Canada) on Thursday, November 19, 2026

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/hvw-pbkx-rat

        Invitee Email:
        erik.halvorson@example.org

        Questions:
        What would you like to talk about?
        Retrofit autosteer telematics; your hiring plan for field engineering.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4c7e1b0a-58d2-4a7f-9b63-2e0f1d8a7c55
        Reschedule: https://calendly.com/reschedulings/4c7e1b0a-58d2-4a7f-9b63-2e0f1d8a7c55

        Powered by Calendly.com
        """)
    body_h = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055">
        <p>Hi Erik Halvorson,</p>
        <p>Your 30 Minute Intro Interview with Sam Whitebird at 6:30pm - 7:00pm (Central Time - US &amp; Canada) on Thursday, November 19, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>30 Minute Intro Interview - Tallgrass Autonomy</p>
        <p><b>Event Date/Time:</b><br>6:30pm - 7:00pm (Central Time - US &amp; Canada) on Thursday, November 19, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/hvw-pbkx-rat">Join now</a></p>
        <p><b>Invitee Email:</b><br>erik.halvorson@example.org</p>
        <p><b>Questions:</b><br>What would you like to talk about?<br>Retrofit autosteer telematics; your hiring plan for field engineering.</p>
        <p>Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/4c7e1b0a-58d2-4a7f-9b63-2e0f1d8a7c55">Cancel</a> |
        <a href="https://calendly.com/reschedulings/4c7e1b0a-58d2-4a7f-9b63-2e0f1d8a7c55">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
        """)
    mid = "<20261117031422.6b2f0d1e9a7c4@calendly.com>"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: 30 Minute Intro Interview - Tallgrass Autonomy with Sam Whitebird on Thursday, "
              "November 19, 2026",
              "2026-11-16 21:14:22", CT, mid,
              relay="from o1678.ptr.calendly.com (o1678.ptr.calendly.com [198.51.100.178])",
              extra=(("Reply-To", addr("Sam Whitebird", "sam@tallgrassautonomy.com")),))
    return message(hs, alt(text(body_t), html(body_h)))


@mail(n(9), family="human_prose", lang="en-CA", interview=True, kind="scheduled",
      start="2026-11-05T16:00:00Z", end="2026-11-05T17:00:00Z",
      contact="luc.gagne@assiniboinerobotics.ca", company="Assiniboine Grain Robotics",
      local="Thu 2026-11-05 10:00", local_end="2026-11-05 11:00", zone=WPG,
      note="Winnipeg hiring manager (iso-8859-1, QP, RFC 2047 name) confirms Thu Nov 5 10:00 a.m. Winnipeg "
           "time for one hour. Sent Oct 29 in CDT, but DST ends Nov 1, so the interview is CST (UTC-6) -> "
           "16:00-17:00Z; contact = the sender")
def m09():
    body = t("""
        Hi Erik,

        Thanks for getting back to me so quickly. Thursday, November 5 at 10:00 a.m. Winnipeg time works
        on our end (same clock as Fargo, so no math needed). I've booked the small boardroom for an hour,
        10:00 to 11:00. It will be me and Ren\u00e9e B\u00e9langer from our controls group.

        We're at 275 Pembina Hwy, second floor. Street parking is free for the first two hours, or there
        is a lot behind the building. Bring your passport - you'd be surprised how many people forget
        they are crossing a border for this one.

        If you want to bring anything from the combine yield-monitor project to show, a laptop is fine.

        \u00c0 bient\u00f4t,
        Luc

        --
        Luc Gagn\u00e9
        Directeur, ing\u00e9nierie des syst\u00e8mes | Director, Systems Engineering
        Assiniboine Grain Robotics Inc.
        275 Pembina Hwy, Winnipeg MB R3L 2E1
        204-555-0119

        On Wed, Oct 28, 2026 at 9:47 PM Erik Halvorson <erik.halvorson@example.org> wrote:
        > Hi Luc,
        >
        > Thank you for the note. Next Thursday the 5th in the morning would be ideal for me, anytime
        > from 9 on. I can drive up the night before.
        >
        > Best,
        > Erik
        """)
    mid = "<a3b71c0e-5d2f-4e88-9c16-2f0b7a4d91c3@assiniboinerobotics.ca>"
    hs = head(addr("Luc Gagné", "luc.gagne@assiniboinerobotics.ca", "iso-8859-1"),
              "Re: Systems engineer role - next step", "2026-10-29 08:31:55", WPG, mid,
              relay="from smtp.assiniboinerobotics.ca (smtp.assiniboinerobotics.ca [203.0.113.77])",
              extra=(("In-Reply-To", "<CAM9xQe2wH7v@mail.example.org>"),
                     ("References", "<b81d@assiniboinerobotics.ca> <CAM9xQe2wH7v@mail.example.org>"),
                     ("User-Agent", "Mozilla Thunderbird")))
    return message(hs, text(body, charset="iso-8859-1", params="format=flowed"))


@mail(n(10), family="microsoft_bookings", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-13T20:00:00Z", end="2026-10-13T20:45:00Z",
      contact=None, company="Red River State University",
      local="Tue 2026-10-13 15:00", local_end="2026-10-13 15:45", zone=CT,
      note="Microsoft Bookings confirmation; the body labels the zone '(UTC-06:00) Central Time (US & Canada)' "
           "(standard offset) but Oct 13 is CDT (UTC-5): 3:00-3:45 PM -> 20:00-20:45Z, as the ICS "
           "(Central Standard Time TZID) says; only a staff name and a shared Bookings mailbox -> contact null")
def m10():
    body_h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600;margin-bottom:12px">Your booking is confirmed</div>
        <div>Hello Erik Halvorson,</div>
        <div style="margin-top:8px">Thank you for booking with Agricultural &amp; Biosystems Engineering - Faculty Search.</div>
        <table style="margin-top:16px;font-size:14px" cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Research Engineer (Precision Agriculture) - Search Committee Interview</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Tuesday, October 13, 2026 3:00 PM - 3:45 PM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Dr. Anneliese Thorson</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Join Microsoft Teams meeting</td></tr>
        </table>
        <div style="margin-top:16px"><a href="https://outlook.office365.com/owa/calendar/ABEFacultySearch@redriverstate.edu/bookings/">Manage booking</a></div>
        <div style="margin-top:16px">Please have a copy of your CV available; committee members may refer to it. If you need to cancel or change your booking, use the link above.</div>
        <div style="margin-top:24px;color:#605e5c;font-size:12px">Red River State University | Fargo, North Dakota</div>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["Central Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Agricultural & Biosystems Engineering - Faculty Search:mailto:ABEFacultySearch@redriverstate.edu",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Erik Halvorson:mailto:{ERIK}",
        "DESCRIPTION;LANGUAGE=en-US:Research Engineer (Precision Agriculture) - Search Committee Interview\\n",
        "UID:040000008200E00074C5B7101A82E008000000003F1E0A44A55CDC010000000000000000100000007D2B3A9C11E4A84F8E2B",
        "SUMMARY;LANGUAGE=en-US:Research Engineer (Precision Agriculture) - Search Committee Interview",
        "DTSTART;TZID=Central Standard Time:20261013T150000",
        "DTEND;TZID=Central Standard Time:20261013T154500",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261007T142210Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR"])
    mid = "<BN0PR12MB51240E6F0C2D8E2A4B9F3C11A6E02@BN0PR12MB5124.namprd12.prod.outlook.com>"
    hs = head(addr("Agricultural & Biosystems Engineering - Faculty Search", "ABEFacultySearch@redriverstate.edu"),
              "Booking confirmed: Research Engineer (Precision Agriculture) - Search Committee Interview "
              "with Red River State University",
              "2026-10-07 09:22:10", CT, mid,
              relay="from NAM10-BN7-obe.outbound.protection.outlook.com (mail-bn7nam10on2110.outbound.protection.outlook.com [40.107.92.110])",
              extra=(("X-MS-Exchange-Organization-BookingsMessage", "true"),
                     ("Content-class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(html(body_h), calendar(ics, method="REQUEST", cte="base64")))


def m11_inner() -> bytes:
    body = t("""
        Hello Erik,

        Thank you for taking the time to apply for the Telematics Solutions Engineer position at Big Sioux
        Precision Ag. We are happy to confirm your interview:

        When: Monday, October 26, 2026 at 8:00 AM (America/Chicago)
        Duration: 60 minutes
        Where: Big Sioux Precision Ag, 4801 N Cliff Ave, Sioux Falls, SD 57104 - ask for Holly at reception
        With: Holly Van Dyke (Talent Acquisition) and Mitch Roemmich (Product Engineering Manager)

        If anything changes, please contact Holly Van Dyke at holly.vandyke@bigsiouxag.com.

        Kind regards,
        The Big Sioux Precision Ag Hiring Team

        This email was sent by SmartRecruiters on behalf of Big Sioux Precision Ag.
        """)
    hs = [("From", addr("Big Sioux Precision Ag", "noreply@smartrecruiters.com")),
          ("To", addr("Erik Halvorson", "erik.halvorson@example.net")),
          ("Subject", "Interview confirmation - Telematics Solutions Engineer"),
          ("Date", date("2026-10-19 15:40:02", CT)),
          ("Message-ID", "<0f7c2e1a.SR.1760906402@smartrecruiters.com>")]
    return message(hs, text(body, cte="7bit"))


@mail(n(11), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-26T13:00:00Z", end="2026-10-26T14:00:00Z",
      contact="holly.vandyke@bigsiouxag.com", company="Big Sioux Precision Ag",
      local="Mon 2026-10-26 08:00", local_end="2026-10-26 09:00", zone=CT,
      note="Erik forwards a SmartRecruiters confirmation from his other address to himself (attached "
           "message/rfc822). Mon Oct 26 8:00 AM America/Chicago (CDT, UTC-5), 60 minutes -> 13:00-14:00Z; "
           "contact = the recruiter address written in the forwarded body (never the candidate)")
def m11():
    note = t("""
        fwd to main inbox so it's on the calendar. leave Sun night, 3.5 hrs to SF.
        """)
    mid = "<CAF8n2x9Yq3Lw@mail.example.net>"
    hs = head(addr("Erik Halvorson", "erik.halvorson@example.net"),
              "Fwd: Interview confirmation - Telematics Solutions Engineer",
              "2026-10-20 07:05:40", CT, mid,
              relay="from mail.example.net (mail.example.net [192.0.2.25])")
    return message(hs, mixed(text(note, cte="7bit"), attached_message(m11_inner(), "Interview confirmation.eml")))


@mail(n(12), family="neogov", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-18T19:00:00Z", end="2026-11-18T19:45:00Z",
      contact="dkjos@sheyennecounty.gov", company="Sheyenne County",
      local="Wed 2026-11-18 13:00", local_end="2026-11-18 13:45", zone=CT,
      note="County HR notice via NEOGOV (governmentjobs.com no-reply): panel interview Wed Nov 18 1:00 PM, "
           "'scheduled for 45 minutes' -> CST (UTC-6) 19:00-19:45Z; contact = HR generalist address in body")
def m12():
    body_h = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <p>Erik Halvorson,</p>
        <p>Thank you for your application for <b>GIS &amp; Fleet Systems Analyst</b> (Recruitment #2026-0088) with Sheyenne County.
        You have been selected for an interview with the hiring panel.</p>
        <p><b>Interview date:</b> Wednesday, November 18, 2026<br>
        <b>Time:</b> 1:00 PM<br>
        <b>Location:</b> Sheyenne County Courthouse, 120 2nd St NE, Room 204 (Commission Room)</p>
        <p>Interviews are scheduled for 45 minutes. Please arrive 10 minutes early and bring a valid photo ID.
        If you require an accommodation under the ADA, please let us know at least 48 hours in advance.</p>
        <p>If you have questions, contact Deb Kjos, HR Generalist, at <a href="mailto:dkjos@sheyennecounty.gov">dkjos@sheyennecounty.gov</a> or (701) 555-0160.</p>
        <p>Sheyenne County Human Resources</p>
        <hr><p style="font-size:11px;color:#777">This message was sent via GovernmentJobs.com. Please do not reply to this email.</p>
        </body></html>
        """)
    mid = "<20261110175512.1F3A2C0B9D@mailer.governmentjobs.com>"
    hs = head(addr("Sheyenne County", "noreply@governmentjobs.com"),
              "Interview Notice - GIS & Fleet Systems Analyst", "2026-11-10 11:55:12", CT, mid,
              relay="from mailer.governmentjobs.com (mailer.governmentjobs.com [198.51.100.140])")
    return message(hs, html(body_h, charset="us-ascii", cte="7bit"))


@mail(n(13), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-10T14:30:00Z", end=None,
      contact="jkuntz@mvelectric.coop", company="Missouri Valley Electric Cooperative",
      local="Tue 2026-11-10 08:30", zone=CT,
      note="HR generalist's prose with an all-day Apple Calendar event (DTSTART;VALUE=DATE 20261110); the "
           "time is only in the text: arrive 8:30 AM at the Mandan HQ (Central, CST after Nov 1, UTC-6) -> "
           "14:30Z; 'wrap up around 2' is approximate, no end")
def m13():
    body = t("""
        Hi Erik,

        Confirming your onsite interview day with us on Tuesday, November 10. Please plan to arrive at
        8:30 AM at our headquarters in Mandan (3600 Memorial Hwy). You'll start with the SCADA & metering
        team, have lunch with a couple of our linemen (they'll have questions about the AMI rollout), and
        finish with Dan Ressler, our VP of Operations. We should wrap up around 2.

        I've attached a calendar hold for the day. Mileage from Fargo is reimbursed - just keep your
        receipts and send them to me afterward.

        Thanks,
        Jolene Kuntz
        HR Generalist
        Missouri Valley Electric Cooperative
        jkuntz@mvelectric.coop | 701-555-0178
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.1//EN", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:8C1E4A2B-6F7D-4E90-A3B5-1D2C3E4F5A6B",
        "DTSTAMP:20261103T164402Z", "DTSTART;VALUE=DATE:20261110", "DTEND;VALUE=DATE:20261111",
        "SUMMARY:MVEC onsite interview - Erik Halvorson", "LOCATION:3600 Memorial Hwy\\, Mandan\\, ND",
        "TRANSP:TRANSPARENT", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    mid = "<6E3C2A10-58F4-4B7D-9A21-C07E5D3B8F49@mvelectric.coop>"
    hs = head(addr("Jolene Kuntz", "jkuntz@mvelectric.coop"), "Onsite interview - Tuesday 11/10",
              "2026-11-03 10:44:02", CT, mid,
              relay="from mail.mvelectric.coop (mail.mvelectric.coop [203.0.113.91])",
              extra=(("X-Mailer", "Apple Mail (2.3826.200.121)"),))
    return message(hs, mixed(alt(text(body, cte="quoted-printable"), html(gmail_html(body))),
                             calendar(ics, method=None, filename="MVEC onsite interview.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(14), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-16T14:30:00Z", end=None,
      contact="gary@cassagelectronics.com", company="Cass Ag Electronics",
      local="Mon 2026-11-16 08:30", zone=CT,
      note="Terse phone reply 'Works. See you Mon 8:30 at the shop' on top of Erik's proposal of Monday the "
           "16th at 8:30; Date Thu Nov 12 -> Mon Nov 16 8:30 CST (UTC-6) = 14:30Z; contact = the sender")
def m14():
    body = t("""
        Works. See you Mon 8:30 at the shop. Use the side door by the service bays
        -G

        Sent from my iPhone

        > On Nov 12, 2026, at 4:51 PM, Erik Halvorson <erik.halvorson@example.org> wrote:
        >
        > Hi Gary,
        >
        > Friday is tough for me, I'm helping my brother-in-law move cattle near Casselton. Could we
        > do Monday the 16th at 8:30 instead for the interview? Happy to come in to the shop.
        >
        > Thanks,
        > Erik
        >
        >> On Nov 12, 2026, at 1:15 PM, Gary Brekke <gary@cassagelectronics.com> wrote:
        >>
        >> Erik - got your resume from Tom. Can you come by Friday morning to talk about the
        >> precision ag tech job? We're at 1902 Main Ave W.
        """)
    mid = "<4F0D6A21-8B3C-4E7A-9D5F-62C1B7A0E3D4@cassagelectronics.com>"
    hs = head(addr("Gary Brekke", "gary@cassagelectronics.com"), "Re: Interview",
              "2026-11-12 19:02:44", CT, mid,
              relay="from mail-pj1-f54.google.com (mail-pj1-f54.google.com [209.85.216.54])",
              extra=(("In-Reply-To", "<C3E1B8A9-2F6D-4C0E-8A7B-5D4E3F2A1B0C@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="7bit"))


@mail(n(15), family="outlook_ics_attachment", lang="en-US", interview=True, kind="scheduled",
      start="2026-12-01T20:00:00Z", end="2026-12-01T21:00:00Z",
      contact="owen.pederson@millcityagdata.com", company="Mill City Ag Data",
      local="Tue 2026-12-01 14:00", local_end="2026-12-01 15:00", zone=CT,
      note="Recruiter mail whose body gives no time; the time is only in the attached Outlook .ics "
           "(TZID 'Central Standard Time', 20261201T140000-150000, CST UTC-6) -> 20:00-21:00Z; no Reply-To, "
           "so contact = the human ICS ORGANIZER (the hiring manager) ahead of the sending recruiter")
def m15():
    body = t("""
        Hi Erik,

        Attached is the invite for your final-round conversation with Owen and Jenna. Owen is our VP of
        Engineering and Jenna Ruiz runs the agronomy data team. Just accept the invite so it lands on
        your calendar; the Teams link is in there.

        Let me know if anything in it doesn't work for you.

        Thanks!
        Shelby

        Shelby Anderberg | People Operations | Mill City Ag Data
        212 3rd Ave N, Suite 400, Minneapolis, MN 55401
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
        "METHOD:REQUEST", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE", VTZ["Central Standard Time"], "BEGIN:VEVENT",
        f"ATTENDEE;CN=Erik Halvorson;RSVP=TRUE:mailto:{ERIK}",
        "ATTENDEE;CN=Jenna Ruiz;RSVP=TRUE:mailto:jenna.ruiz@millcityagdata.com",
        "CLASS:PUBLIC", "CREATED:20261124T221503Z",
        "DESCRIPTION:Final round - Erik Halvorson / Mill City Ag Data\\n\\nMicrosoft Teams meeting\\nJoin: "
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA1ZTQ3\\n",
        "DTEND;TZID=\"Central Standard Time\":20261201T150000",
        "DTSTAMP:20261124T221503Z",
        "DTSTART;TZID=\"Central Standard Time\":20261201T140000",
        "LAST-MODIFIED:20261124T221503Z", "LOCATION:Microsoft Teams Meeting",
        "ORGANIZER;CN=\"Owen Pederson\":mailto:owen.pederson@millcityagdata.com",
        "PRIORITY:5", "SEQUENCE:0", "SUMMARY;LANGUAGE=en-us:Final round - Erik Halvorson",
        "TRANSP:OPAQUE", "UID:040000008200E00074C5B7101A82E00800000000E0C9F1A47E5FDC01000000000000000010000000",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    mid = "<DM6PR19MB41203B7E2F0A1C9D8E6B5A4F3C210@DM6PR19MB4120.namprd19.prod.outlook.com>"
    hs = head(addr("Shelby Anderberg", "shelby.anderberg@millcityagdata.com"),
              "Final round invite - Mill City Ag Data", "2026-11-24 16:15:03", CT, mid,
              relay="from NAM02-DM3-obe.outbound.protection.outlook.com (mail-dm3nam02on2101.outbound.protection.outlook.com [40.107.95.101])",
              extra=(("Thread-Topic", "Final round invite - Mill City Ag Data"),
                     ("Content-Language", "en-US")))
    return message(hs, mixed(text(body, charset="us-ascii", cte="7bit"),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="Final round - Erik Halvorson.ics", disposition="attachment",
                                      name_param=True)))


@mail(n(16), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start="2026-12-03T15:00:00Z", end="2026-12-03T17:45:00Z",
      contact="kelsey.moe@northfieldharvest.com", company="Northfield Harvest Technologies",
      local="Thu 2026-12-03 09:00", local_end="2026-12-03 11:45", zone=CT,
      note="GoodTime itinerary, three sessions 9:00-9:45, 10:00-10:45, 11:00-11:45 AM CST (UTC-6) -> first "
           "start 15:00Z to last end 17:45Z; contact = coordinator in Reply-To")
def m16():
    body_t = t("""
        Hi Erik,

        We're excited to confirm your virtual onsite with Northfield Harvest Technologies for the
        Principal Engineer, Machine Connectivity role. Your itinerary is below; all times are shown
        in Central Standard Time (CST).

        Thursday, December 3, 2026

        9:00 AM - 9:45 AM     System design: fleet data ingestion
                              Interviewer: Arjun Mehta, Distinguished Engineer
        10:00 AM - 10:45 AM   Embedded deep-dive (CAN, ISOBUS, power management)
                              Interviewer: Lise Carlstrom, Sr. Manager, Vehicle Electronics
        11:00 AM - 11:45 AM   Leadership & collaboration
                              Interviewer: Tom Okafor, Director, Precision Technology

        Each session has its own Zoom link in the calendar invitation that will arrive separately.
        Please join a couple of minutes early to test your audio.

        Need to make a change? Reply to this email and your coordinator, Kelsey Moe, will help.

        Best of luck!
        Northfield Harvest Technologies Talent Acquisition

        Scheduled with GoodTime
        """)
    rows = "".join(
        f"<tr><td style=\"padding:6px 12px 6px 0;white-space:nowrap;vertical-align:top\">{a}</td>"
        f"<td style=\"padding:6px 0\"><b>{b}</b><br>{c}</td></tr>"
        for a, b, c in (
            ("9:00 AM - 9:45 AM", "System design: fleet data ingestion", "Arjun Mehta, Distinguished Engineer"),
            ("10:00 AM - 10:45 AM", "Embedded deep-dive (CAN, ISOBUS, power management)",
             "Lise Carlstrom, Sr. Manager, Vehicle Electronics"),
            ("11:00 AM - 11:45 AM", "Leadership &amp; collaboration",
             "Tom Okafor, Director, Precision Technology")))
    body_h = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#262626\">"
              "<p>Hi Erik,</p><p>We're excited to confirm your virtual onsite with Northfield Harvest Technologies "
              "for the Principal Engineer, Machine Connectivity role. Your itinerary is below; all times are shown "
              "in Central Standard Time (CST).</p><h3>Thursday, December 3, 2026</h3>"
              f"<table cellspacing=\"0\">{rows}</table>"
              "<p>Each session has its own Zoom link in the calendar invitation that will arrive separately. "
              "Please join a couple of minutes early to test your audio.</p>"
              "<p>Need to make a change? Reply to this email and your coordinator, Kelsey Moe, will help.</p>"
              "<p>Best of luck!<br>Northfield Harvest Technologies Talent Acquisition</p>"
              "<p style=\"font-size:11px;color:#8c8c8c\">Scheduled with GoodTime</p></body></html>\n")
    mid = "<itinerary.3b9f01c7e2a4.20261125@mail.goodtime.io>"
    hs = head(addr("Northfield Harvest Technologies", "no-reply@goodtime.io"),
              "Your interview itinerary with Northfield Harvest Technologies", "2026-11-25 13:30:48", CT, mid,
              relay="from mail.goodtime.io (o22.mail.goodtime.io [198.51.100.22])",
              extra=(("Reply-To", addr("Kelsey Moe", "kelsey.moe@northfieldharvest.com")),))
    return message(hs, alt(text(body_t), html(body_h)))


@mail(n(17), family="workable", lang="en-US", interview=True, kind="rescheduled",
      start="2026-10-15T19:00:00Z", end="2026-10-15T20:00:00Z",
      contact="rachel.tallbull@yellowstoneagtel.com", company="Yellowstone Ag Telemetry",
      local="Thu 2026-10-15 13:00", local_end="2026-10-15 14:00", zone=MT,
      note="Workable reschedule from a Billings, MT employer: moved from Wed Oct 14 10:00 AM to Thu Oct 15 "
           "1:00-2:00 PM MDT (UTC-6) -> 19:00-20:00Z (2 PM in Fargo); Reply-To is a Workable relay, so "
           "contact = the hiring manager's address in the body")
def m17():
    body_t = t("""
        Hi Erik,

        Rachel Tall Bull has rescheduled your interview for the Field Telemetry Engineer position at
        Yellowstone Ag Telemetry.

        Previous time: Wednesday, October 14, 2026, 10:00 AM - 11:00 AM (MDT)
        New time:      Thursday, October 15, 2026, 1:00 PM - 2:00 PM (MDT)

        Type: Video call (Google Meet)
        Link: https://meet.google.com/xbr-qwnd-eum

        Message from Rachel:
        "Sorry for the shuffle, Erik - our harvest-season field crew is back Wednesday and I want
        Jesse on the call. Thursday afternoon our time (2 PM your time in Fargo). Any problems,
        email me directly at rachel.tallbull@yellowstoneagtel.com."

        You can reply to this email to contact the hiring team.

        Yellowstone Ag Telemetry
        Sent with Workable
        """)
    body_h = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1e1e1e;max-width:560px">
        <p>Hi Erik,</p>
        <p>Rachel Tall Bull has rescheduled your interview for the <b>Field Telemetry Engineer</b> position at Yellowstone Ag Telemetry.</p>
        <table style="font-size:14px" cellpadding="4">
        <tr><td style="color:#8a8a8a">Previous time</td><td><s>Wednesday, October 14, 2026, 10:00 AM - 11:00 AM (MDT)</s></td></tr>
        <tr><td style="color:#8a8a8a">New time</td><td><b>Thursday, October 15, 2026, 1:00 PM - 2:00 PM (MDT)</b></td></tr>
        <tr><td style="color:#8a8a8a">Type</td><td>Video call (Google Meet)</td></tr>
        <tr><td style="color:#8a8a8a">Link</td><td><a href="https://meet.google.com/xbr-qwnd-eum">https://meet.google.com/xbr-qwnd-eum</a></td></tr>
        </table>
        <p style="border-left:3px solid #00b3a6;padding-left:10px">&ldquo;Sorry for the shuffle, Erik - our harvest-season field crew is back Wednesday and I want Jesse on the call. Thursday afternoon our time (2 PM your time in Fargo). Any problems, email me directly at rachel.tallbull@yellowstoneagtel.com.&rdquo;</p>
        <p>You can reply to this email to contact the hiring team.</p>
        <p style="color:#8a8a8a;font-size:12px">Yellowstone Ag Telemetry &middot; Sent with Workable</p>
        </div>
        """)
    mid = "<6a2f1c9e8d7b.1760045188@workablemail.com>"
    hs = head(addr("Yellowstone Ag Telemetry", "noreply@workablemail.com"),
              "Your interview with Yellowstone Ag Telemetry has been rescheduled",
              "2026-10-09 15:26:28", MT, mid,
              relay="from mail-out.workablemail.com (mail-out.workablemail.com [198.51.100.61])",
              extra=(("Reply-To", "yellowstone-ag-telemetry+c7f2a91e0b@candidates.workablemail.com"),))
    return message(hs, alt(text(body_t), html(body_h)))


@mail(n(18), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
      start="2026-10-09T15:00:00Z", end="2026-10-09T16:00:00Z",
      contact="bostlie@dakotabeet.coop", company="Dakota Beet Growers Cooperative",
      local="Fri 2026-10-09 10:00", local_end="2026-10-09 11:00", zone=CT,
      note="Google Calendar 'Updated invitation' (same UID as the Oct 8 invitation, SEQUENCE 1): moved from Thu "
           "Oct 8 1:30pm to Fri Oct 9 10am-11am CDT (UTC-5) -> 15:00-16:00Z; the old time is shown struck "
           "through; contact = ORGANIZER")
def m18():
    body_t = t("""
        This event has been updated
        Changed: time

        Interview: Erik Halvorson - Controls & Telematics Engineer (Wahpeton)
        Friday Oct 9, 2026 ⋅ 10am – 11am (Central Time - Chicago)
        Was: Thursday Oct 8, 2026 ⋅ 1:30pm – 2:30pm (Central Time - Chicago)

        Erik - slicing campaign started early and Thursday afternoon turned into a mess at the
        plant. Friday morning instead, same place. Sorry for the juggling. -Brent

        Location
        Dakota Beet Growers Cooperative, 1100 Factory Rd, Wahpeton, ND 58075

        Organizer
        Brent Ostlie
        bostlie@dakotabeet.coop

        Guests
        Brent Ostlie - organizer
        erik.halvorson@example.org

        Reply for erik.halvorson@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=N2s0bTJkYzVxaDg&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=N2s0bTJkYzVxaDg&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=N2s0bTJkYzVxaDg&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/
        """)
    body_h = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:14px;color:#d93025">This event has been updated<br>Changed: time</div>
        <div style="font-size:22px;line-height:28px;margin-top:8px">Interview: Erik Halvorson - Controls &amp; Telematics Engineer (Wahpeton)</div>
        <div style="font-size:14px;margin-top:8px"><span style="color:#d93025">Friday Oct 9, 2026 ⋅ 10am – 11am (Central Time - Chicago)</span><br>
        <span style="text-decoration:line-through">Thursday Oct 8, 2026 ⋅ 1:30pm – 2:30pm (Central Time - Chicago)</span></div>
        <div style="margin-top:16px;font-size:14px">Erik - slicing campaign started early and Thursday afternoon turned into a mess at the plant. Friday morning instead, same place. Sorry for the juggling. -Brent</div>
        <div style="margin-top:16px;font-size:14px"><b>Organizer</b><br>Brent Ostlie<br>bostlie@dakotabeet.coop</div>
        <div style="margin-top:16px;font-size:12px;color:#70757a">Invitation from Google Calendar</div>
        </div>
        """)
    ics = gcal_ics("7k4m2dc5qh8r1v0b3n6p9s2t5w@google.com", ("Brent Ostlie", "bostlie@dakotabeet.coop"),
                   "20261009T100000", "20261009T110000",
                   "Interview: Erik Halvorson - Controls & Telematics Engineer (Wahpeton)",
                   "Erik - slicing campaign started early and Thursday afternoon turned into a mess at the "
                   "plant. Friday morning instead\\, same place. -Brent",
                   "20261005T213344Z", seq=1,
                   location="Dakota Beet Growers Cooperative\\, 1100 Factory Rd\\, Wahpeton\\, ND 58075")
    mid = "<calendar-2c8e5a1f-7d3b-4f60-9e12-b4a6c0d8e7f3@google.com>"
    hs = head(addr("Brent Ostlie", "bostlie@dakotabeet.coop"),
              "Updated invitation: Interview: Erik Halvorson - Controls & Telematics Engineer (Wahpeton) "
              "@ Fri Oct 9, 2026 10am - 11am (CDT) (erik.halvorson@example.org)",
              "2026-10-05 16:33:44", CT, mid,
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Brent Ostlie", "bostlie@dakotabeet.coop"))))
    body = mixed(alt(text(body_t), html(body_h), calendar(ics, method="REQUEST", cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


@mail(n(19), family="exchange_outlook", lang="en-US", interview=True, kind="rescheduled",
      start="2026-11-02T21:00:00Z", end="2026-11-02T21:45:00Z",
      contact="hanna.sorensen@cedarloop.io", company="Cedar Loop Systems",
      local="Mon 2026-11-02 15:00", local_end="2026-11-02 15:45", zone=CT,
      note="Outlook meeting update across the DST change: old slot Fri Oct 30 3:00 PM CDT, new slot Mon Nov 2 "
           "3:00-3:45 PM Central, which is CST (UTC-6) after Nov 1 -> 21:00-21:45Z (not 20:00Z); mail sent "
           "Oct 28 in CDT; ICS TZID 'Central Standard Time' agrees; contact = organizer/sender")
def m19():
    teams = TEAMS_TEXT.format("OTc1YzQ2ZmEtNmI3Ny00YjZkLWI0MjQtYzYxM2Fh", "215 907 446 380", "Xe4sR2")
    body_t = t("""
        When: Monday, November 2, 2026 3:00 PM-3:45 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Erik,

        As discussed on the phone, I'm moving our technical screen from this Friday (Oct 30,
        3:00 PM) to Monday, November 2 at 3:00 PM Central. Same Teams link, same panel (me and
        Devin from the firmware team). Have a good weekend!

        Hanna Sorensen
        Engineering Manager, Device Platform | Cedar Loop Systems (remote-first, HQ Minneapolis)

        """) + teams
    ics = exchange_ics("040000008200E00074C5B7101A82E0080000000070B3F9A2D65BDC01000000000000000010000000A9C4E2F17B3D8E4C91A0",
                       ("Hanna Sorensen", "hanna.sorensen@cedarloop.io"), "20261102T150000", "20261102T154500",
                       "Technical screen - Erik Halvorson / Cedar Loop", "Central Standard Time",
                       VTZ["Central Standard Time"], "20261028T174211Z", seq=2,
                       location="Microsoft Teams Meeting",
                       desc="Moving our technical screen from Friday Oct 30 to Monday Nov 2.\\n",
                       attendees=(("Devin Marsh", "devin.marsh@cedarloop.io"),))
    mid = "<CH3PR11MB8760C4E1A9F02B7D3E5C6A8B9D301@CH3PR11MB8760.namprd11.prod.outlook.com>"
    hs = head(addr("Hanna Sorensen", "hanna.sorensen@cedarloop.io"),
              "Updated: Technical screen - Erik Halvorson / Cedar Loop", "2026-10-28 12:42:11", CT, mid,
              relay="from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2090.outbound.protection.outlook.com [40.107.220.90])",
              extra=exchange_headers("Technical screen - Erik Halvorson / Cedar Loop"))
    return message(hs, alt(text(body_t), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(20), family="calendly", lang="en-US", interview=True, kind="rescheduled",
      start="2026-12-09T15:00:00Z", end="2026-12-09T15:45:00Z",
      contact="wes@gallatinfieldrobotics.com", company="Gallatin Field Robotics",
      local="Wed 2026-12-09 08:00", local_end="2026-12-09 08:45", zone=MT,
      note="Calendly 'rescheduled' invitee mail from a Bozeman, MT founder: former Tue Dec 8 1:00pm, new Wed "
           "Dec 9 8:00am-8:45am Mountain Time (MST, UTC-7) -> 15:00-15:45Z (9 AM in Fargo); contact = "
           "Reply-To")
def m20():
    body_t = t("""
        Hi Erik Halvorson,

        Your Engineering Interview (45 min) with Wes Holcomb has been rescheduled.

        Event Type:
        Engineering Interview (45 min) - Gallatin Field Robotics

        Event Date/Time:
        8:00am - 8:45am (Mountain Time - US & Canada) on Wednesday, December 9, 2026

        Former:
        1:00pm - 1:45pm (Mountain Time - US & Canada) on Tuesday, December 8, 2026

        Reason for reschedule:
        "Prototype ship date slid into Tuesday, sorry! Early Wednesday works better. - Wes"

        Location:
        This is a Zoom web conference.
        https://us06web.zoom.us/j/86640219573?pwd=dGZrbGQ4YjJ3

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/b82e5d0c-1f4a-4c39-a7e6-9d3b0f2c8a41
        Reschedule: https://calendly.com/reschedulings/b82e5d0c-1f4a-4c39-a7e6-9d3b0f2c8a41

        Powered by Calendly.com
        """)
    mid = "<20261203220419.91c4e2b7f0a3d@calendly.com>"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Updated: Engineering Interview (45 min) - Gallatin Field Robotics with Wes Holcomb on Wednesday, "
              "December 9, 2026",
              "2026-12-03 15:04:19", MT, mid,
              relay="from o1678.ptr.calendly.com (o1678.ptr.calendly.com [198.51.100.178])",
              extra=(("Reply-To", addr("Wes Holcomb", "wes@gallatinfieldrobotics.com")),))
    return message(hs, text(body_t, cte="base64"))


@mail(n(21), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      start="2026-11-13T17:00:00Z", end="2026-11-13T17:45:00Z",
      contact="priya.natarajan@skylinegraindata.com", company="Skyline Grain Data",
      local="Fri 2026-11-13 11:00", local_end="2026-11-13 11:45", zone=CT,
      note="Google Calendar 'Canceled event' (METHOD:CANCEL, STATUS:CANCELLED) for Fri Nov 13 11am-11:45am CST "
           "(UTC-6) -> 17:00-17:45Z; organizer says a new invite will follow but gives no time -> cancelled; "
           "contact = ORGANIZER")
def m21():
    body_t = t("""
        This event has been canceled with this note:
        "Erik - so sorry, I'm out sick through the end of the week. I'll send a new invite for next
        week once I'm back. - Priya"

        Second interview: Erik Halvorson (Data Platform Engineer)
        Friday Nov 13, 2026 ⋅ 11am – 11:45am (Central Time - Chicago)

        Organizer
        Priya Natarajan
        priya.natarajan@skylinegraindata.com

        Guests
        Priya Natarajan - organizer
        erik.halvorson@example.org

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    ics = gcal_ics("3fq8b1r6m0v4k2d9s7n5h1c3x8@google.com", ("Priya Natarajan", "priya.natarajan@skylinegraindata.com"),
                   "20261113T110000", "20261113T114500", "Second interview: Erik Halvorson (Data Platform Engineer)",
                   "Canceled: out sick. A new invite for next week will follow. - Priya", "20261109T190230Z",
                   method="CANCEL", seq=1, status="CANCELLED", location="https://meet.google.com/soq-vhyt-kzb")
    mid = "<calendar-9d0b7e35-1c4f-4a28-8e6d-52f3a1b0c947@google.com>"
    hs = head(addr("Priya Natarajan", "priya.natarajan@skylinegraindata.com"),
              "Canceled event: Second interview: Erik Halvorson (Data Platform Engineer) @ Fri Nov 13, 2026 "
              "11am - 11:45am (CST) (erik.halvorson@example.org)",
              "2026-11-09 13:02:30", CT, mid,
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    body = mixed(alt(text(body_t), calendar(ics, method="CANCEL", cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


@mail(n(22), family="icims", lang="en-US", interview=True, kind="cancelled",
      start="2026-12-03T20:00:00Z", end=None,
      contact="kwentz@dakotaharvestlogistics.com", company="Dakota Harvest Logistics",
      local="Thu 2026-12-03 14:00", zone=CT,
      note="iCIMS notice: interview Thu Dec 3 at 2:00 PM CST (Bismarck, Central, UTC-6) -> 20:00Z cancelled "
           "because the requisition is on hold; no new time; contact = recruiter address in the body")
def m22():
    body_h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <table width="620" cellpadding="18" style="border:1px solid #ddd"><tr><td>
        <p>Dear Erik,</p>
        <p>We regret to inform you that your interview for the position of <b>Telematics Integration Engineer
        (Req #4471)</b>, scheduled for <b>Thursday, December 3, 2026 at 2:00 PM CST</b>, has been cancelled.</p>
        <p>The requisition has been placed on hold while we finalize our 2027 budget. We will reach out if
        the position reopens. We appreciate your patience and your interest in Dakota Harvest Logistics.</p>
        <p>If you have any questions, please contact Kara Wentz at
        <a href="mailto:kwentz@dakotaharvestlogistics.com">kwentz@dakotaharvestlogistics.com</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Dakota Harvest Logistics | Bismarck, ND</p>
        <p style="font-size:10px;color:#999">Please do not reply to this message. This mailbox is not monitored.<br>
        Powered by iCIMS</p>
        </td></tr></table></body></html>
        """)
    mid = "<1764263031.4471.DHL.290551@talent.icims.com>"
    hs = head(addr("Dakota Harvest Logistics", "dakotaharvestlogistics+autoreply@talent.icims.com"),
              "Interview Cancellation - Telematics Integration Engineer (Req #4471)",
              "2026-11-27 11:03:51", CT, mid,
              relay="from mta-25.icims.com (mta-25.icims.com [198.51.100.125])")
    return message(hs, html(body_h, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(23), family="exchange_outlook", lang="en-CA", interview=True, kind="cancelled",
      start="2026-12-10T15:00:00Z", end="2026-12-10T16:00:00Z",
      contact="luc.gagne@assiniboinerobotics.ca", company="Assiniboine Grain Robotics",
      local="Thu 2026-12-10 09:00", local_end="2026-12-10 10:00", zone=WPG,
      note="Outlook cancellation (METHOD:CANCEL) of the Winnipeg second interview Thu Dec 10 9:00-10:00 AM "
           "Central (CST, UTC-6) -> 15:00-16:00Z; role filled internally, no new time; windows-1252 body; "
           "contact = organizer/sender")
def m23():
    body_t = t("""
        When: Thursday, December 10, 2026 9:00 AM-10:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Boardroom 2 / Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Erik,

        I\u2019m sorry to be sending this. We\u2019ve decided to fill the systems engineering role internally \u2013
        Ren\u00e9e is moving over from controls \u2013 so I have to cancel Thursday\u2019s second interview. This is
        no reflection on you; the team liked you a lot, and I\u2019d like to keep in touch for the field
        robotics opening we expect in the spring.

        Luc
        """)
    ics = exchange_ics("040000008200E00074C5B7101A82E00800000000C1D4A6E3F86EDC01000000000000000010000000B5E2C8A14F7D3B4E82C1",
                       ("Luc Gagné", "luc.gagne@assiniboinerobotics.ca"), "20261210T090000", "20261210T100000",
                       "Second interview - Erik Halvorson", "Central Standard Time",
                       VTZ["Central Standard Time"], "20261204T201840Z", method="CANCEL", seq=1,
                       status="CANCELLED", location="Boardroom 2 / Microsoft Teams",
                       desc="Cancelled: role filled internally.\\n")
    mid = "<YT3PR01MB8872E1F04C9A6D2B3A7E5C4D1B2A0@YT3PR01MB8872.CANPRD01.PROD.OUTLOOK.COM>"
    hs = head(addr("Luc Gagné", "luc.gagne@assiniboinerobotics.ca", "iso-8859-1"),
              "Canceled: Second interview - Erik Halvorson", "2026-12-04 14:18:40", WPG, mid,
              relay="from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2112.outbound.protection.outlook.com [40.107.115.112])",
              extra=exchange_headers("Second interview - Erik Halvorson", (("Importance", "high"),)))
    return message(hs, alt(text(body_t, charset="windows-1252"), calendar(ics, method="CANCEL", cte="8bit")))


# =========================================================================== negatives


def neg(key: int, family: str, company: str | None, note: str, lang: str = "en-US",
        days: tuple[tuple[str, str], ...] = (), local: str | None = None, zone: str | None = None):
    return mail(n(key), family=family, lang=lang, interview=False, company=company, note=note, days=days,
                local=local, zone=zone)


@neg(24, "greenhouse_receipt", "Red River Implement Company",
     "Greenhouse application receipt for a second role at the same employer; no interview, no time")
def m24():
    body_t = t("""
        Hi Erik,

        Thank you for applying to the Firmware Lead, ISOBUS Task Controller role at Red River Implement
        Company. Your application has been received and our team is reviewing it.

        If your background is a match, a member of our talent acquisition team will reach out to
        discuss next steps, which may include a phone screen and interviews with the hiring team.
        Because we receive a high volume of applications, this may take two to three weeks.

        In the meantime, you can learn more about life at Red River on our careers page.

        Thanks again,
        Red River Implement Company Talent Acquisition

        Powered by Greenhouse
        """)
    mid = "<9c41be07d2.20260903153019.1@us.greenhouse-mail.io>"
    hs = head(addr("Red River Implement Company", "no-reply@us.greenhouse-mail.io"),
              "Thank you for applying to Red River Implement Company", "2026-09-03 10:30:19", CT, mid,
              relay="from o3.email.greenhouse.io (o3.email.greenhouse.io [198.51.100.33])")
    return message(hs, alt(text(body_t), html(gmail_html(body_t))))


@neg(25, "teamtailor_rejection", "Pembina Valley AgTech",
     "Teamtailor rejection after an interview 'on Tuesday'; past event, no new time", lang="en-CA")
def m25():
    body_t = t("""
        Hi Erik,

        Thank you for taking the time to meet with Colleen and Marc on Tuesday, and for your interest in
        the IoT Hardware Engineer position at Pembina Valley AgTech.

        We were impressed by your experience with CAN networks and fleet telematics, and the decision
        was not an easy one. After careful consideration, we have decided to move forward with another
        candidate whose background more closely matches our current needs (Manitoba P.Eng. licensure
        was a deciding factor).

        We'd like to keep your profile in our talent pool for future opportunities, if that's all
        right with you.

        All the best in your search,
        Colleen Friesen
        People & Culture, Pembina Valley AgTech
        Morden, Manitoba
        """)
    body_h = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#1f1f1f">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24"><tr><td>
        <p>Hi Erik,</p>
        <p>Thank you for taking the time to meet with Colleen and Marc on Tuesday, and for your interest in the IoT Hardware Engineer position at Pembina Valley AgTech.</p>
        <p>We were impressed by your experience with CAN networks and fleet telematics, and the decision was not an easy one. After careful consideration, we have decided to move forward with another candidate whose background more closely matches our current needs (Manitoba P.Eng. licensure was a deciding factor).</p>
        <p>We'd like to keep your profile in our talent pool for future opportunities, if that's all right with you.</p>
        <p>All the best in your search,<br>Colleen Friesen<br>People &amp; Culture, Pembina Valley AgTech<br>Morden, Manitoba</p>
        </td></tr></table>
        <p style="font-size:11px;color:#9b9b9b">Sent with Teamtailor &middot; <a href="https://pembinavalleyagtech.teamtailor.com/connect">Manage your data</a></p>
        </td></tr></table></body></html>
        """)
    mid = "<b2e7f19c-3a0d-4c55-8e14-7d6f2a9b1c08@teamtailor-mail.com>"
    hs = head(addr("Colleen Friesen", "pembinavalleyagtech@teamtailor-mail.com"),
              "Your application to Pembina Valley AgTech", "2026-10-02 11:47:02", WPG, mid,
              relay="from mail.teamtailor-mail.com (mail.teamtailor-mail.com [198.51.100.201])",
              extra=(("Reply-To", "no-reply@teamtailor-mail.com"),))
    return message(hs, alt(text(body_t), html(body_h)))


@neg(26, "offer", "Red River Implement Company",
     "Offer letter with a fixed first-day time (Mon Jan 4, 2027, 8:00 AM orientation) and a reply-by date; "
     "an offer, not an interview", days=(("Fri", "2026-12-18"),))
def m26():
    body = t("""
        Hi Erik,

        On behalf of everyone at Red River Implement Company, I'm delighted to offer you the position of
        Senior Telematics Engineer, Connected Machines! Dale and the panel were unanimous.

        Your formal offer letter is attached through our offer portal. Highlights:

          - Base salary: $128,500/year
          - Annual incentive target: 10%
          - Relocation: not applicable (West Fargo)
          - Start date: Monday, January 4, 2027

        Your first day begins with new-hire orientation at 8:00 AM at the Product Development Center,
        2500 Harvest Way, West Fargo. Please bring two forms of ID for your I-9.

        Please review and e-sign by Friday, December 18. If you have any questions at all, give me a call
        at 701-555-0125 or reply here.

        Congratulations!
        Kristin

        Kristin Solberg
        Talent Acquisition Partner | Red River Implement Company
        """)
    mid = "<CO1PR22MB4517F2A09D3C1B6E8E4F7A2B0C5D9@CO1PR22MB4517.namprd22.prod.outlook.com>"
    hs = head(addr("Kristin Solberg", "kristin.solberg@redriverimplement.com"),
              "Offer - Senior Telematics Engineer, Connected Machines", "2026-12-11 14:05:27", CT, mid,
              relay="from NAM22-CO1-obe.outbound.protection.outlook.com (mail-co1nam22on2119.outbound.protection.outlook.com [40.107.199.119])",
              extra=(("Importance", "high"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@neg(27, "job_alert", None,
     "LinkedIn job alert listing telematics jobs in Fargo/remote; 'interview' only as platform copy")
def m27():
    jobs = [
        ("Senior Telematics Engineer", "Red River Implement Company", "West Fargo, ND (On-site)", "Actively recruiting"),
        ("Embedded Software Engineer - Connectivity", "Gopher Valley Seeds", "Minneapolis, MN (Hybrid)", "Be an early applicant"),
        ("IoT Solutions Architect", "Plainsview Grain Co.", "Sioux Falls, SD (Remote)", "3 connections work here"),
        ("Controls Engineer II", "Dakota Beet Growers Cooperative", "Wahpeton, ND (On-site)", "Easy Apply"),
        ("Field Telematics Specialist", "Badlands Fleet Solutions", "Dickinson, ND (On-site)", "Promoted"),
    ]
    lines = ["Your job alert for telematics engineer in Fargo, North Dakota, United States", "",
             "14 new jobs match your preferences.", ""]
    for title, co, where, tag in jobs:
        lines += [title, co, where, tag, f"View job: https://www.linkedin.com/comm/jobs/view/{h(title, 10)}", ""]
    lines += ["See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=telematics%20engineer", "",
              "Get interview-ready: practice answers to the 10 most common interview questions with",
              "LinkedIn Premium. Try it free for 1 month.", "", "----------------------------------------",
              "This email was intended for Erik Halvorson (Telematics Engineer | CAN/J1939 | Fleet IoT)",
              "You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts",
              "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]
    body_t = "\n".join(lines) + "\n"
    cards = "".join(
        f"<tr><td style=\"padding:12px 0;border-bottom:1px solid #e8e8e8\"><a href=\"https://www.linkedin.com/comm/jobs/view/{h(tt, 10)}\" "
        f"style=\"font-size:16px;font-weight:600;color:#0a66c2\">{tt}</a><br>{co} &middot; {wh}<br>"
        f"<span style=\"color:#057642;font-size:12px\">{tag}</span></td></tr>"
        for tt, co, wh, tag in jobs)
    body_h = ("<html><body style=\"font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px\">"
              "<p>Your job alert for <b>telematics engineer</b> in Fargo, North Dakota, United States</p>"
              f"<p>14 new jobs match your preferences.</p><table width=\"100%\">{cards}</table>"
              "<p><a href=\"https://www.linkedin.com/comm/jobs/search?keywords=telematics%20engineer\">See all jobs</a></p>"
              "<p style=\"background:#f3f6f8;padding:12px\">Get interview-ready: practice answers to the 10 most common "
              "interview questions with LinkedIn Premium.</p>"
              "<p style=\"font-size:11px;color:#666\">&copy; 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>"
              "</body></html>\n")
    mid = "<1361848029.5270412.1760276811004@ltx1-app2719.prod.linkedin.com>"
    hs = head(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              "\u201ctelematics engineer\u201d: 14 opportunities in Fargo, ND",
              "2026-10-12 08:46:51", CT, mid,
              relay="from mailb-ae.linkedin.com (mailb-ae.linkedin.com [108.174.3.230])",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/jobs/alerts/unsubscribe>"),
                     ("X-LinkedIn-Class", "JOBS-ALERT"), ("Precedence", "bulk")))
    return message(hs, alt(text(body_t), html(body_h)))


@neg(28, "newsletter_blog", None,
     "Substack post about preparing for panel interviews at ag OEMs; example times are hypothetical")
def m28():
    body_t = t("""
        THE FURROW & FIRMWARE
        Notes on building a career in ag tech

        How I'd prep for a panel interview at a tractor OEM

        Last month three readers told me they had panel interviews lined up at equipment makers, and
        all three asked some version of the same question: what do these panels actually want to hear?

        1. Know the machine. If your interview is at 9:00 on a Tuesday in September, assume half the
           panel just came in from a harvest test and wants to talk about dust, vibration and cell
           dead zones, not microservices.

        2. Bring one failure story. "The OTA update that bricked 40 sprayers" beats a polished success
           story every time.

        3. Ask about the dealer network. Who installs the telematics box, and who gets the call at
           6 AM when it stops reporting?

        4. Follow up within 24 hours. A short thank-you that references something specific.

        Next week: salary bands at the big three OEMs vs. the startups, from 212 survey responses.

        Like / Comment / Restack

        (c) 2026 Ingrid Aasen
        Unsubscribe https://furrowandfirmware.substack.com/action/disable_email
        """)
    mid = "<20261001121500.3.f8a1e2c4d7b90635@mg-d1.substack.com>"
    hs = head(addr("The Furrow & Firmware", "furrowandfirmware@substack.com"),
              "How I'd prep for a panel interview at a tractor OEM", "2026-10-01 07:15:00", CT, mid,
              relay="from mg-d1.substack.com (mg-d1.substack.com [198.51.100.88])",
              extra=(("List-Unsubscribe", "<https://furrowandfirmware.substack.com/action/disable_email>"),
                     ("List-Id", "<furrowandfirmware.substack.com>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body_t), html(gmail_html(body_t))))


@neg(29, "ashby_availability", "Furrowline",
     "Ashby availability request for a final round: a link to pick times, no interview time fixed yet")
def m29():
    body_t = t("""
        Hi Erik,

        Great news - the team enjoyed your conversation with Theo and would like to invite you to a final
        round! This will be three 45-minute conversations over video.

        Please share your availability for the next two weeks using the link below. Once we have it,
        we'll send you a confirmed schedule and calendar invitations.

        Share your availability: https://app.ashbyhq.com/candidate-availability/5e1f0b82-9c3d-4a7e-b61f-8d2a7c0e4f93

        Times are shown in your local time zone.

        Thanks,
        Ama Boateng
        Furrowline Recruiting
        """)
    mid = "<01000193012e8b4c-6f3d2a91-b0c7-4e58-a2d9-3c1e7f8b6a05-000000@email.amazonses.com>"
    hs = head(addr("Furrowline", "no-reply@ashbyhq.com"),
              "Next steps with Furrowline: please share your availability", "2026-10-06 17:12:40", UTC_, mid,
              relay="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
              extra=(("Reply-To", addr("Ama Boateng", "ama@furrowline.com")),))
    return message(hs, alt(text(body_t, cte="base64"), html(gmail_html(body_t), cte="base64")))


@neg(30, "recruiter_outreach", "Red Cedar Search Partners",
     "Agency cold outreach asking for a quick call 'this week'; no time fixed")
def m30():
    body = t("""
        Hi Erik,

        I came across your profile and your work on combine fleet telematics caught my eye. I'm
        partnering with a Sioux Falls-based precision ag company on a Director of Connected Products
        search (confidential for now). It's hybrid, roughly $165-185K base plus bonus.

        Would you be open to a 15-minute call sometime this week or next? Happy to work around your
        schedule - evenings are fine too.

        Best,
        Trevor Olstad
        Partner | Red Cedar Search Partners
        605-555-0191 | trevor@redcedarsearch.com
        """)
    mid = "<CAKt7pQ1mV8zR3wX9yB2nF4hJ6@mail.gmail.com>"
    hs = head(addr("Trevor Olstad", "trevor@redcedarsearch.com"),
              "Director, Connected Products - Sioux Falls (confidential)", "2026-10-13 10:22:05", CT, mid,
              relay="from mail-yw1-f175.google.com (mail-yw1-f175.google.com [209.85.128.175])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(31, "proposed_not_confirmed", "Falls City Instruments",
     "Hiring manager proposes Tue Nov 24 at 10:00 or Wed Nov 25 at 1:30 and asks which works; nothing "
     "confirmed yet", days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")))
def m31():
    body = t("""
        Hi Erik,

        Thanks for sending over the writeup on the yield-monitor gateway, really nice work. I'd like
        to get you in for an interview with me and our CTO. Would Tuesday (11/24) at 10:00 work? If
        not, Wednesday the 25th at 1:30 is open too, though that's the day before Thanksgiving and
        half the office will be gone.

        Let me know which one and I'll send a calendar invite.

        Thanks,
        Jess

        Jessica Ruud
        Engineering Manager | Falls City Instruments
        Sioux Falls, SD
        jruud@fallscityinstruments.com
        """)
    mid = "<BY5PR04MB6930D1C2F7A84E39B6A2E0C1F5D47@BY5PR04MB6930.namprd04.prod.outlook.com>"
    hs = head(addr("Jessica Ruud", "jruud@fallscityinstruments.com"),
              "Interview?", "2026-11-17 15:37:21", CT, mid,
              relay="from NAM04-BY5-obe.outbound.protection.outlook.com (mail-by5nam04on2105.outbound.protection.outlook.com [40.107.93.105])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@neg(32, "job_centre_appointment", None,
     "Workforce center reemployment (RESEA) appointment with a fixed time, Thu Nov 12 9:00 AM; not a job "
     "interview", days=(("Thu", "2026-11-12"),))
def m32():
    body_h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p><b>Red River Valley Workforce Center &ndash; Fargo Office</b></p>
        <p>Dear ERIK HALVORSON,</p>
        <p>As a condition of receiving unemployment insurance benefits, you have been scheduled for a
        Reemployment Services and Eligibility Assessment (RESEA) appointment.</p>
        <table cellpadding="3">
        <tr><td><b>Date:</b></td><td>Thursday, November 12, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>9:00 AM CT</td></tr>
        <tr><td><b>Location:</b></td><td>1350 32nd St S, Fargo, ND 58103 &ndash; Room B</td></tr>
        <tr><td><b>Staff:</b></td><td>Employment Counselor (assigned at check-in)</td></tr>
        </table>
        <p>Please bring a photo ID, your work search log for the past four weeks and an updated resume.
        Failure to attend may affect your benefit eligibility. To reschedule, call 701-555-0100 at least
        24 hours in advance.</p>
        <p>This is an automated message. Please do not reply.</p>
        </body></html>
        """)
    mid = "<RESEA.2026110200731.44817@notify.rrvworkforce.org>"
    hs = head(addr("RRV Workforce Center", "donotreply@notify.rrvworkforce.org"),
              "Appointment scheduled: Reemployment Services (RESEA)", "2026-11-02 08:07:31", CT, mid,
              relay="from notify.rrvworkforce.org (notify.rrvworkforce.org [203.0.113.30])")
    return message(hs, html(body_h, charset="us-ascii", cte="7bit"))


@neg(33, "press_interview", None,
     "Trade-magazine reporter confirms a phone interview with Erik (as a source) Thu Oct 22 at 2 pm; a "
     "confirmed time, but Erik is the interviewee for an article, not a job candidate",
     days=(("Thu", "2026-10-22"),))
def m33():
    body = t("""
        Hi Erik,

        Perfect - let's do Thursday (Oct. 22) at 2 p.m. Central for the phone interview. I'll call your
        cell. Should take 20-30 minutes.

        As I mentioned, the piece is on retrofit telematics for older equipment: what farmers are
        actually getting out of the boxes, and why so many get unplugged after one season. I'd like
        to quote you by name and title; if your employer needs to sign off, just let me know.

        Thanks so much,
        Marisa Lindquist
        Staff Writer, Prairie Farm Journal
        marisa.lindquist@prairiefarmjournal.com | 701-555-0148
        """)
    mid = "<CAH9fR2kL7pX4vQ8mZ1wN3bT6y@mail.gmail.com>"
    hs = head(addr("Marisa Lindquist", "marisa.lindquist@prairiefarmjournal.com"),
              "Re: Interview request - retrofit telematics story", "2026-10-19 11:09:40", CT, mid,
              relay="from mail-qt1-f181.google.com (mail-qt1-f181.google.com [209.85.160.181])",
              extra=(("In-Reply-To", "<CAM1rT5eKz0P@mail.example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(34, "podcast_recording", None,
     "Podcast recording confirmation with an ICS (Wed Nov 4, 11:00 AM CST); a confirmed time but a podcast "
     "guest interview, not a job interview", days=(("Wed", "2026-11-04"),))
def m34():
    body = t("""
        Hey Erik!

        You're locked in as a guest on Dirt & Data, episode 87: "Why your tractor's modem keeps
        dropping out." Calendar invite attached.

        Recording: Wednesday, November 4 at 11:00 AM Central (note: clocks fall back the Sunday before)
        Where: Riverside studio link - https://riverside.fm/studio/dirt-and-data?t=3f9c1a
        Length: we record about an hour, the episode ends up ~40 min.

        Wired headphones please, and if you can, a room without a lot of echo. No prep needed; I'll
        send a loose outline the day before. It's a conversation, not an interrogation!

        Cheers,
        Beau Hendrickson
        Host, Dirt & Data
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", VTZ["America/Chicago"], "BEGIN:VEVENT",
        "DTSTART;TZID=America/Chicago:20261104T110000", "DTEND;TZID=America/Chicago:20261104T120000",
        "DTSTAMP:20261026T194410Z", "ORGANIZER;CN=Beau Hendrickson:mailto:beau@dirtanddata.fm",
        "UID:0s7fj3k1a9q2m6w8d4v5r0p3ye@google.com",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ERIK}:mailto:{ERIK}",
        "DESCRIPTION:Dirt & Data ep. 87 recording - guest: Erik Halvorson",
        "LOCATION:https://riverside.fm/studio/dirt-and-data", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Dirt & Data podcast recording (Erik Halvorson)", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    mid = "<CAPz8wN3rB1qX6fT9kM2yV7hL0@mail.gmail.com>"
    hs = head(addr("Beau Hendrickson", "beau@dirtanddata.fm"),
              "Dirt & Data ep. 87 - you're booked!", "2026-10-26 14:44:10", CT, mid,
              relay="from mail-ej1-f49.google.com (mail-ej1-f49.google.com [209.85.218.49])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@neg(35, "admission_interview", None,
     "Graduate-program admission interview (online MBA) Thu Oct 29 7:00 PM CT; a confirmed interview, "
     "but for a university program, not a job", days=(("Thu", "2026-10-29"),))
def m35():
    body_h = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <p>Dear Erik,</p>
        <p>Thank you for scheduling your admission interview for the <b>Online MBA in Agribusiness</b> at
        Northern Prairie University. Your interview details are below.</p>
        <p><b>Thursday, October 29, 2026<br>7:00 PM - 7:30 PM Central Time</b><br>
        Interviewer: Professor Halle Dvorak, Associate Director of Graduate Admissions<br>
        Format: Zoom (link will be emailed 24 hours before)</p>
        <p>Admission interviews are conversational and help the committee understand your goals. You do
        not need to prepare a presentation. Your application file, including essays and recommendations,
        is complete.</p>
        <p>If you need to change your appointment, please use your applicant status portal.</p>
        <p>Warm regards,<br>Office of Graduate Admissions<br>Northern Prairie University</p>
        </body></html>
        """)
    mid = "<20261022184105.8e3c7a0f1b2d@technolutions.net>"
    hs = head(addr("NPU Graduate Admissions", "gradadmissions@northernprairie.edu"),
              "Your Online MBA admission interview is scheduled", "2026-10-22 13:41:05", CT, mid,
              relay="from mta2.technolutions.net (mta2.technolutions.net [198.51.100.52])",
              extra=(("X-Mailer", "Slate"),))
    return message(hs, html(body_h, cte="base64"))


@neg(36, "sports_tryout", None,
     "Adult hockey league evaluation skate (try-out) Sun Oct 18 7:15 PM; fixed time, not a job interview",
     days=(("Sun", "2026-10-18"),))
def m36():
    body = t("""
        Hi Erik,

        Thanks for registering for the Red River Adult Hockey League 2026-27 season (C/D division).
        New players need to attend one evaluation skate so we can balance the teams.

        Your evaluation skate: Sunday, October 18, 7:15 - 8:30 PM
        Red River Ice Center, Rink 2 (north sheet)

        Full gear required (cage or visor). Jersey colors are assigned at the door. Goalies, please
        check in with Darrell at the bench.

        See you on the ice,
        RRAHL Board
        """)
    mid = "<0100019304c1a7e2-rrahl-league-mail@teamsnap.com>"
    hs = head(addr("RRAHL via TeamSnap", "no-reply@teamsnap.com"),
              "Evaluation skate - Red River Adult Hockey League", "2026-10-13 20:30:11", CT, mid,
              relay="from mail.teamsnap.com (mail.teamsnap.com [198.51.100.70])",
              extra=(("Reply-To", addr("RRAHL Board", "board@rrahl.example.com")),))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@neg(37, "car_service", None,
     "Dealership service appointment with an ICS, Sat Oct 24 8:00 AM CDT; an appointment, not an interview",
     days=(("Sat", "2026-10-24"),))
def m37():
    body_h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#0b3d91">Your service appointment is confirmed</h2>
        <p>Hi Erik,</p>
        <p>Thanks for scheduling with Dakota Plains Chevrolet Service.</p>
        <p><b>Saturday, October 24, 2026 at 8:00 AM</b><br>
        Vehicle: 2019 Chevrolet Silverado 1500 LT<br>
        Services: Oil &amp; filter change, tire rotation, winter battery test<br>
        Advisor: Kyle<br>
        Transportation: Waiter</p>
        <p>Estimated time: 1 hr 15 min. A calendar file is attached for your convenience.</p>
        <p>Dakota Plains Chevrolet &middot; 3300 13th Ave S, Fargo, ND</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//xtime//Service Scheduler//EN", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "UID:appt-77120458@xtime.com", "DTSTAMP:20261019T150322Z",
        "DTSTART:20261024T130000Z", "DTEND:20261024T141500Z",
        "SUMMARY:Service appointment - Dakota Plains Chevrolet",
        "LOCATION:3300 13th Ave S\\, Fargo\\, ND", "END:VEVENT", "END:VCALENDAR"])
    mid = "<appt-77120458.20261019150322@xtime.com>"
    hs = head(addr("Dakota Plains Chevrolet Service", "service@dakotaplainschevy.example.com"),
              "Appointment Confirmation - Sat, Oct 24 8:00 AM", "2026-10-19 10:03:22", CT, mid,
              relay="from mail.xtime.com (mail.xtime.com [198.51.100.99])")
    return message(hs, mixed(html(body_h), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                     disposition="attachment")))


@neg(38, "tax_office_appointment", None,
     "Tax-office appointment confirmation (severance withholding review) Tue Dec 8 4:30 PM; a fixed time "
     "but not an interview", days=(("Tue", "2026-12-08"),))
def m38():
    body = t("""
        Dear Erik,

        This confirms your appointment with our office:

            Tuesday, December 8, 2026 at 4:30 PM
            Prairie Ledger Tax Service, 505 Broadway N, Suite 210, Fargo

        Purpose: year-end review of your severance payment withholding and estimated tax for Q4.

        Please bring your final pay stub from Harvest Link Systems, the severance agreement, and any
        1099s you have received for contract work this year. Our consultation fee is waived for
        returning clients.

        If you need to reschedule, call us at 701-555-0166.

        Sincerely,
        Bonnie Haugen, EA
        Prairie Ledger Tax Service
        """)
    mid = "<000a01dd5f3e$8c41d2b0$a4c57810$@prairieledgertax.com>"
    hs = head(addr("Bonnie Haugen", "bonnie@prairieledgertax.com"),
              "Appointment confirmation - December 8", "2026-11-30 09:12:45", CT, mid,
              relay="from mail.prairieledgertax.com (mail.prairieledgertax.com [203.0.113.45])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@neg(39, "mock_interview", None,
     "Career coach's Acuity booking for a mock panel interview Sat Nov 7 10:00 AM; confirmed time, practice "
     "only", days=(("Sat", "2026-11-07"),))
def m39():
    body = t("""
        Hi Erik,

        Your appointment is confirmed:

        What: Mock Interview - Panel Practice (60 minutes)
        When: Saturday, November 7, 2026 10:00am (Central Time)
        With: Renata Olafson, ACC

        We'll run a full mock panel with two of my colleagues playing hiring manager and HR, then spend
        the last 15 minutes on feedback. Please send me the job description of your top target role by
        Thursday so I can tailor the questions.

        Zoom link: https://us02web.zoom.us/j/81243390871

        Change or cancel: https://app.acuityscheduling.com/schedule.php?owner=2281944&action=appt&id%5B%5D=5e9c0f

        Renata Olafson Coaching | Fargo, ND
        """)
    mid = "<acuity-5e9c0f2b1d9a@acuityscheduling.com>"
    hs = head(addr("Renata Olafson Coaching", "no-reply@acuityscheduling.com"),
              "Confirmed: Mock Interview - Panel Practice on Saturday, November 7, 2026",
              "2026-11-01 18:20:03", CT, mid,
              relay="from mail.acuityscheduling.com (mail.acuityscheduling.com [198.51.100.150])",
              extra=(("Reply-To", addr("Renata Olafson", "renata@olafsoncoaching.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


def m40_inner() -> bytes:
    body = t("""
        Hi Maya,

        Thank you for your interest in Red River Implement Company! Your interview for the Product
        Manager, Precision Ag Software position is confirmed.

        Interview schedule
        Tuesday, November 17, 2026
        10:00 AM - 11:00 AM Central Time (CST)

        Location
        Red River Implement - Product Development Center
        2500 Harvest Way, West Fargo, ND 58078

        If you need to make changes, simply reply to this email.

        Best regards,
        Kristin Solberg
        Red River Implement Company
        """)
    hs = [("From", addr("Red River Implement Company", "no-reply@us.greenhouse-mail.io")),
          ("Reply-To", addr("Kristin Solberg", "kristin.solberg@redriverimplement.com")),
          ("To", addr("Maya Lindahl", "maya.lindahl@example.net")),
          ("Subject", "Interview Confirmation: Product Manager, Precision Ag Software"),
          ("Date", date("2026-11-10 14:02:11", CT)),
          ("Message-ID", "<a81f44c2e0.20261110200211.1@us.greenhouse-mail.io>")]
    return message(hs, text(body, cte="7bit"))


@neg(40, "forwarded_other_person", None,
     "A friend forwards HER OWN Greenhouse confirmation (Tue Nov 17 10:00 CST) to Erik asking for tips; a "
     "real confirmed interview, but not Erik's", days=(("Tue", "2026-11-17"),))
def m40():
    note = t("""
        Erik!! I got the interview at Red River, thank you SO much for the referral. See below.
        Any tips on Dale? Coffee's on me next week.

        Maya
        """)
    mid = "<CAD4mW9tQ1zX8pR2vN6kL3bH7j@mail.gmail.com>"
    hs = head(addr("Maya Lindahl", "maya.lindahl@example.net"),
              "Fwd: Interview Confirmation: Product Manager, Precision Ag Software", "2026-11-10 20:45:33", CT,
              mid, relay="from mail-lf1-f46.google.com (mail-lf1-f46.google.com [209.85.167.46])")
    return message(hs, mixed(text(note), attached_message(m40_inner())))


@neg(41, "interviewer_assignment", None,
     "Greenhouse interviewer notification at Erik's current employer: he is to interview a candidate Wed "
     "Sep 16 1:00 PM (with ICS); Erik is the interviewer, not the candidate", days=(("Wed", "2026-09-16"),))
def m41():
    body = t("""
        Hi Erik,

        You've been scheduled to interview Jordan Pike for Firmware Engineer II.

        Wednesday, September 16, 2026
        1:00 PM - 1:45 PM CDT
        Interview: Technical - C / RTOS
        Location: Conference Room Sheyenne (2nd floor)

        Interview kit: https://app.greenhouse.io/guides/8837201/people/55120093?application_id=70144827
        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Harvest Link Systems Recruiting
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Greenhouse//Interview Scheduler//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:gh-interview-70144827-3@greenhouse.io", "DTSTAMP:20260910T151102Z",
        "DTSTART:20260916T180000Z", "DTEND:20260916T184500Z",
        "SUMMARY:Interview: Jordan Pike (Firmware Engineer II) - Technical - C / RTOS",
        "LOCATION:Conference Room Sheyenne", "ORGANIZER;CN=Ashley Brandvold:mailto:abrandvold@harvestlink.io",
        f"ATTENDEE;CN=Erik Halvorson;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ERIK}",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    mid = "<3d7e91a0f2.20260910151102.7@us.greenhouse-mail.io>"
    hs = head(addr("Harvest Link Systems Recruiting", "no-reply@us.greenhouse-mail.io"),
              "Interview scheduled: Jordan Pike for Firmware Engineer II", "2026-09-10 10:11:02", CT, mid,
              relay="from o3.email.greenhouse.io (o3.email.greenhouse.io [198.51.100.33])",
              extra=(("Reply-To", addr("Ashley Brandvold", "abrandvold@harvestlink.io")),))
    return message(hs, mixed(text(body), calendar(ics, method="REQUEST", filename="interview.ics",
                                                   disposition="attachment")))


@neg(42, "current_job_meeting", None,
     "Outlook invite at Erik's current employer: site-transition all-hands Mon Sep 14 3:00 PM CDT; a work "
     "meeting, not an interview", days=(("Mon", "2026-09-14"),))
def m42():
    body_t = t("""
        When: Monday, September 14, 2026 3:00 PM-4:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Cafeteria / Teams

        *~*~*~*~*~*~*~*~*~*

        All,

        Please join us for an all-hands on the Fargo site transition. We'll cover the timeline through
        October 30, severance and benefits, and the support we are lining up (resume workshops,
        interview coaching and introductions to local employers). HR will stay after for questions.

        Mark Tollefson
        VP Engineering, Harvest Link Systems

        """) + TEAMS_TEXT.format("YjQ3ZTk1MDctODZhZi00YzFmLWJkYmEtNjE0OGRl", "263 114 590 028", "pQ8zF3")
    ics = exchange_ics("040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DC01000000000000000010000000C3B2A19F8E7D6C5B4A39",
                       ("Mark Tollefson", "mtollefson@harvestlink.io"), "20260914T150000", "20260914T160000",
                       "All-hands: Fargo site transition", "Central Standard Time", VTZ["Central Standard Time"],
                       "20260910T210455Z", location="Cafeteria / Teams",
                       desc="All-hands on the Fargo site transition.\\n",
                       attendees=(("Fargo-All", "fargo-all@harvestlink.io"),))
    mid = "<PH0PR07MB8110A4F5E3D2C1B0A9F8E7D6C5B42@PH0PR07MB8110.namprd07.prod.outlook.com>"
    hs = head(addr("Mark Tollefson", "mtollefson@harvestlink.io"), "All-hands: Fargo site transition",
              "2026-09-10 16:04:55", CT, mid, to=addr("Fargo-All", "fargo-all@harvestlink.io"),
              relay="from NAM07-PH0-obe.outbound.protection.outlook.com (mail-ph0nam07on2103.outbound.protection.outlook.com [40.107.96.103])",
              extra=exchange_headers("All-hands: Fargo site transition"))
    return message(hs, alt(text(body_t), calendar(ics, method="REQUEST", cte="base64")))


@neg(43, "doctor_appointment", None,
     "Clinic portal appointment reminder Tue Oct 27 10:40 AM; fixed time, medical, not an interview",
     days=(("Tue", "2026-10-27"),))
def m43():
    body_h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hello Erik,</p>
        <p>This is a reminder of your upcoming appointment.</p>
        <p><b>Annual physical with Kristine Moen, PA-C</b><br>
        Tuesday, October 27, 2026 at 10:40 AM (arrive by 10:25 AM)<br>
        Red River Family Clinic - South Fargo, 4400 45th St S, Fargo, ND</p>
        <p>Please complete eCheck-In in MyHealth before your visit. Fasting labs: nothing to eat after midnight.</p>
        <p>To cancel or reschedule, log in to MyHealth or call 701-555-0102.</p>
        <p style="font-size:11px;color:#888">This message was sent from an unmonitored address.</p>
        </body></html>
        """)
    mid = "<mychart.20261020.113000.5521790@myhealth.redriverfamilyclinic.org>"
    hs = head(addr("MyHealth - Red River Family Clinic", "noreply@myhealth.redriverfamilyclinic.org"),
              "Appointment reminder: Tuesday, October 27", "2026-10-20 11:30:00", CT, mid,
              relay="from mail.redriverfamilyclinic.org (mail.redriverfamilyclinic.org [203.0.113.120])")
    return message(hs, html(body_h))


@neg(44, "parent_teacher", None,
     "SignUpGenius confirmation of a parent-teacher conference Thu Oct 22 5:20-5:35 PM; not an interview",
     days=(("Thu", "2026-10-22"),))
def m44():
    body = t("""
        Thank you for signing up!

        Sign Up: Fall Parent-Teacher Conferences - Mrs. Schmitz, 3rd Grade
        Prairie Rose Elementary

        Date: 10/22/2026 (Thu.)
        Time: 5:20pm - 5:35pm CDT
        Slot: Conference for Lily Halvorson

        Comment: Could we talk about the reading group? Thanks - Erik

        Please arrive a few minutes early; conferences run back to back. Enter through door 4.

        To change your sign up, go to https://www.signupgenius.com/go/10c0e4aada72fa0f58-fall2026
        """)
    mid = "<20261005022614.1.c8e2a90f4d71@signupgenius.com>"
    hs = head(addr("SignUpGenius", "noreply@signupgenius.com"),
              "Your Sign Up Confirmation: Fall Parent-Teacher Conferences - Mrs. Schmitz, 3rd Grade",
              "2026-10-04 21:26:14", CT, mid,
              relay="from mail.signupgenius.com (mail.signupgenius.com [198.51.100.240])",
              extra=(("Reply-To", addr("Anne Schmitz", "anne.schmitz@example.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(45, "auto_reply", None,
     "Out-of-office auto-reply from the recruiter, mentions interviews and her return date Mon Sep 21; "
     "no interview confirmed", days=(("Mon", "2026-09-21"),))
def m45():
    body = t("""
        Thank you for your message. I am out of the office attending a career fair in Grand Forks and
        will return Monday, September 21. I will have limited access to email.

        If you are a candidate with an interview scheduled this week, your interview will go ahead as
        planned. For urgent scheduling questions, please contact our recruiting coordinator, Haley, at
        701-555-0126.

        Kristin Solberg
        Talent Acquisition Partner | Red River Implement Company
        """)
    mid = "<CO1PR22MB45178E2D1F0A3B4C5D6E7F8A9B0C1@CO1PR22MB4517.namprd22.prod.outlook.com>"
    hs = head(addr("Kristin Solberg", "kristin.solberg@redriverimplement.com"),
              "Automatic reply: Thank you - Senior Telematics Engineer interview", "2026-09-15 19:12:40", CT, mid,
              relay="from NAM22-CO1-obe.outbound.protection.outlook.com (mail-co1nam22on2119.outbound.protection.outlook.com [40.107.199.119])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAE5ty8rT0xN@mail.example.org>")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


def m46_original() -> bytes:
    body = t("""
        Hi Casey,

        Thank you for your time on Tuesday - I really enjoyed walking you and Luke through the sprayer
        gateway. The point you made about cold-start behavior at -30 stuck with me, and I have been
        thinking about heater sequencing since.

        Looking forward to hearing about next steps.

        Best,
        Erik
        """)
    hs = [("From", ERIK_TO), ("To", addr("Casey Vetter", "cvettter@badlandsfleet.com")),
          ("Subject", "Thank you - interview Tuesday"), ("Date", date("2026-10-21 08:14:02", CT)),
          ("Message-ID", "<CAE7bx3Qm1pR9@mail.example.org>")]
    return message(hs, text(body, cte="7bit"))


@neg(46, "bounce", None,
     "Delivery failure for Erik's thank-you note (mistyped address); the returned message mentions the past "
     "interview 'on Tuesday'")
def m46():
    report = t("""
        Reporting-MTA: dns; mx2.example.org
        Arrival-Date: Wed, 21 Oct 2026 13:14:04 +0000

        Final-Recipient: rfc822; cvettter@badlandsfleet.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; badlandsfleet-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
        """)
    human = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <cvettter@badlandsfleet.com>: host badlandsfleet-com.mail.protection.outlook.com said:
            550 5.1.1 RESOLVER.ADR.RecipNotFound; not found (in reply to RCPT TO command)
        """)
    mid = "<20261021131406.4C1E22A0B3@mx2.example.org>"
    hs = [("Delivered-To", ERIK), ("From", "MAILER-DAEMON@mx2.example.org (Mail Delivery System)"),
          ("To", ERIK), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-10-21 08:14:06", CT)), ("Message-ID", mid), ("Auto-Submitted", "auto-replied")]
    return message(hs, _report(human, report, m46_original()))


def _report(human: str, report: str, original: bytes) -> Part:
    p1 = text(human, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),))
    p2 = text(report, charset="us-ascii", cte="7bit")
    p2.headers = [("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")]
    p3 = attached_message(original)
    p3.headers.append(("Content-Description", "Undelivered Message"))
    return multipart("report", p1, p2, p3, params="report-type=delivery-status")


@neg(47, "meetup_event", None,
     "Meetup RSVP confirmation for a panel 'Interviewing for AgTech roles' Thu Oct 15 6:00 PM; an event "
     "about interviews, not an interview", days=(("Thu", "2026-10-15"),))
def m47():
    body = t("""
        You're going!

        Fargo AgTech & IoT Meetup
        Panel: Interviewing for AgTech Roles - what hiring managers actually ask

        Thursday, October 15, 2026
        6:00 PM to 8:00 PM CDT

        Prairie Foundry Coworking
        210 Broadway N, Fargo, ND

        Hiring managers from three Fargo-area equipment and software companies talk about how they run
        technical interviews, what a good take-home looks like, and how to talk about field failures.
        Pizza from 5:45, panel at 6:15, networking after.

        Add to calendar: https://www.meetup.com/fargo-agtech-iot/events/313870442/ical/
        Can't make it? Update your RSVP so someone on the waitlist can go.

        Meetup, PBC | POB 4668 #37895 New York, NY 10163-4668
        """)
    mid = "<0.1.9A.3F1.1DC3A20E7B4C9F0.0@mail.meetup.com>"
    hs = head(addr("Meetup", "info@meetup.com"),
              "RSVP confirmation: Panel: Interviewing for AgTech Roles", "2026-10-08 12:18:31", CT, mid,
              relay="from mail171.meetup.com (mail171.meetup.com [198.51.100.171])",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(48, "mailing_list", None,
     "Open-source CAN tooling mailing-list post: a user asks for J1939 interview-question advice and mentions "
     "'my interview is Thursday'; list traffic, not addressed to Erik, nothing confirmed for him")
def m48():
    body = t("""
        > Anyone have a good reference for J1939 transport protocol (BAM vs. CMDT) edge cases?

        Not a direct answer, but the J1939-21 appendix examples are the clearest thing I've found.
        Also: slightly off topic, but I have an interview Thursday for an embedded role at an ag
        equipment maker and they told me to expect "CAN deep-dive" questions. If anyone has been through
        one of those, what did they ask? Address claiming? Bus-off recovery? Happy to take it off-list.

        Thanks,
        Dmitri

        _______________________________________________
        cantools-users mailing list
        cantools-users@lists.example.net
        https://lists.example.net/mailman/listinfo/cantools-users
        """)
    mid = "<d41c87e2-0b9f-4a3e-8c55-f27a10b6e394@gmail.com>"
    hs = head(addr("Dmitri Volkov", "dvolkov.embedded@example.com"),
              "Re: [cantools-users] J1939 TP edge cases (and an interview question)",
              "2026-11-03 22:40:17", ET, mid, to="cantools-users@lists.example.net",
              relay="from lists.example.net (lists.example.net [192.0.2.80])",
              extra=(("List-Id", "CAN tooling users <cantools-users.lists.example.net>"),
                     ("List-Post", "<mailto:cantools-users@lists.example.net>"),
                     ("List-Unsubscribe", "<https://lists.example.net/mailman/options/cantools-users>"),
                     ("Precedence", "list"), ("Sender", "cantools-users-bounces@lists.example.net")))
    return message(hs, text(body, cte="8bit"))


@neg(49, "financial_review", None,
     "Financial planner's annual review meeting (401(k) rollover after the layoff) Thu Dec 10 4:00 PM, "
     "Outlook ICS; an appointment, not an interview", days=(("Thu", "2026-12-10"),))
def m49():
    body = t("""
        When: Thursday, December 10, 2026 4:00 PM-5:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Bell Plains Wealth Partners, 100 N 4th St, Suite 600, Fargo

        *~*~*~*~*~*~*~*~*~*

        Hi Erik,

        Looking forward to our annual review. With the change at Harvest Link, the main items are the
        401(k) rollover, your HSA, and whether to adjust the college savings contributions for Lily
        while you're between jobs. Please bring your severance agreement and the last 401(k) statement.

        Best,
        Natalie Grinde, CFP
        Bell Plains Wealth Partners
        """)
    ics = exchange_ics("040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000E8D7C6B5A4938271605F",
                       ("Natalie Grinde", "ngrinde@bellplainswealth.com"), "20261210T160000", "20261210T170000",
                       "Annual review - Erik Halvorson", "Central Standard Time", VTZ["Central Standard Time"],
                       "20261201T170944Z", location="Bell Plains Wealth Partners, Suite 600",
                       desc="Annual review: 401(k) rollover\\, HSA\\, college savings.\\n")
    mid = "<MW4PR17MB5643F0E1D2C3B4A59687A8B9C0D1E@MW4PR17MB5643.namprd17.prod.outlook.com>"
    hs = head(addr("Natalie Grinde", "ngrinde@bellplainswealth.com"), "Annual review - Erik Halvorson",
              "2026-12-01 11:09:44", CT, mid,
              relay="from NAM17-MW4-obe.outbound.protection.outlook.com (mail-mw4nam17on2102.outbound.protection.outlook.com [40.107.114.102])",
              extra=exchange_headers("Annual review - Erik Halvorson"))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@neg(50, "family_errand_interview", None,
     "Erik's sister asks him to drive his nephew to an electrical-apprenticeship interview Tue Dec 1 at 3:30; "
     "a job interview at a fixed time, but the nephew's, not Erik's", days=(("Tue", "2026-12-01"),))
def m50():
    body = t("""
        hey, can you still drive Tyler to his apprenticeship interview on Tuesday?? it's at 3:30 at the
        JATC training center on 40th St (the one by the ice rink). he has to be there by 3:15 and I can't
        get off work. he's super nervous so maybe give him a pep talk in the car lol

        I'll pick him up after. you're the best

        K

        Sent from my Galaxy
        """)
    mid = "<20261128153022.a7f3c1@mail.example.com>"
    hs = head(addr("Karin Halvorson-Beck", "karin.hbeck@example.com"), "Tuesday - Tyler",
              "2026-11-28 09:30:22", CT, mid, relay="from mail.example.com (mail.example.com [192.0.2.44])",
              charset="utf-8")
    return message(hs, text(body, cte="base64"))
