"""blind183: 50 hand-written mails from the inbox of Carlos Ochoa, an optics and telescope-control
software engineer in Tucson (America/Phoenix: Arizona time, no DST), September-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Build and
check with ``python3 bench/heldout/make_blind.py blind183``. Keys 1-23 are positives, 24-50
negatives; file numbers are a fixed shuffle of the writing order (``ORDER``).
"""

from __future__ import annotations

import html as _html
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
)

ORDER = random.Random(1830183).sample(range(1, 51), 50)

ME = "carlos.ochoa@example.org"
ME_H = addr("Carlos Ochoa", ME)
PHX = "America/Phoenix"
LA = "America/Los_Angeles"
DEN = "America/Denver"
NY = "America/New_York"
CHI = "America/Chicago"


def n(key: int) -> str:
    return f"blind183_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, ident: str, *,
         to: str = ME_H, reply_to: str | None = None, extra: tuple[tuple[str, str], ...] = (),
         lag: int = 3) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID (+ Reply-To, extra headers)."""
    h = [("Delivered-To", ME),
         ("Received", received(relay, when, zone, f"mx1.example.org (Postfix) with ESMTPS id {ident}",
                               ME, lag)),
         ("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
         ("Message-ID", mid)]
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.extend(extra)
    return h


def simple_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px") -> str:
    """A plain HTML twin: paragraphs split on blank lines, <br> inside them."""
    paras = [p for p in body.strip("\n").split("\n\n")]
    out = [f'<html><body style="{style}">']
    for p in paras:
        out.append("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


VTZ_PHX = """BEGIN:VTIMEZONE
TZID:America/Phoenix
X-LIC-LOCATION:America/Phoenix
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
TZNAME:MST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_US_MOUNTAIN = """BEGIN:VTIMEZONE
TZID:US Mountain Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
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

GMAIL_RELAY = "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])"
O365_RELAY = "from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2091.outbound.protection.outlook.com [40.107.243.91])"


# =========================================================================== positives


# --------------------------------------------------------------------------- 1 Greenhouse onsite
@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T16:00:00Z", end="2026-09-15T19:00:00Z",
      contact="tamsin.reyes@bristlecone-optical.com", company="Bristlecone Optical Systems",
      local="Tue 2026-09-15 09:00", local_end="2026-09-15 12:00", zone=PHX,
      note="Greenhouse onsite itinerary 9:00 AM - 12:00 PM MST (Arizona, UTC-7 all year) -> 16:00Z-19:00Z; "
           "first start to last end; contact = human Reply-To (recruiter), From is a Greenhouse no-reply")
def p01():
    body = t("""
        Hi Carlos,

        Thanks for confirming your availability. Your onsite interview for Senior Software
        Engineer, Gimbal & Pointing Control is all set.

        Date: Tuesday, September 15, 2026
        Time: 9:00 AM - 12:00 PM MST (Arizona time)
        Location: Bristlecone Optical Systems, 4410 S. Kolb Rd, Building C lobby, Tucson, AZ 85730

        Schedule
          9:00 - 9:45    Kim Tran, Engineering Manager, Stabilized Sensors
          9:45 - 10:30   Paul Okafor, Controls Lead (whiteboard: loop design)
          10:45 - 11:30  Systems Engineering panel
          11:30 - 12:00  Tamsin Reyes, Talent Acquisition

        Because of our facility's export-control requirements, please bring a government-issued
        photo ID and plan to arrive about 10 minutes early to check in with security. Visitor
        parking is on the east side of Building C.

        If anything comes up, just reply to this email and it will reach me.

        Best regards,
        Tamsin Reyes
        Talent Acquisition | Bristlecone Optical Systems

        Powered by Greenhouse
        """)
    h = html(simple_html(body))
    return message(head(
        addr("Bristlecone Optical Systems", "no-reply@us.greenhouse-mail.io"),
        "Onsite interview confirmation - Bristlecone Optical Systems", "2026-09-10 15:42:17", PHX,
        "<gh.8c41e2a07d.1757544137@us.greenhouse-mail.io>",
        "from o3.email.greenhouse.io (o3.email.greenhouse.io [167.89.66.12])", "4QdL7m2xKzz9A",
        reply_to=addr("Tamsin Reyes", "tamsin.reyes@bristlecone-optical.com"),
        extra=(("X-Mailer", "Greenhouse Mailer"),)), alt(text(body), h))


# --------------------------------------------------------------------------- 2 Lever video call, Pacific = Arizona in summer
@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-09-23T17:30:00Z", end="2026-09-23T18:15:00Z",
      contact="nadia.farouk@torreylidar.com", company="Torrey Lidar",
      local="Wed 2026-09-23 10:30", local_end="2026-09-23 11:15", zone=LA,
      note="Lever confirmation 10:30am-11:15am PDT (UTC-7, which in September is also Arizona's clock) "
           "-> 17:30Z-18:15Z; ICS in UTC agrees; contact = Reply-To recruiter")
def p02():
    body = t("""
        Hi Carlos,

        Your interview with Torrey Lidar has been scheduled. Here are the details:

        Perception Software Engineer (Optics & Calibration)
        Wednesday, September 23, 2026
        10:30am - 11:15am PDT (Pacific Daylight Time)

        Interviewer: Hugo Lindqvist, Staff Engineer
        Location: Google Meet - https://meet.google.com/xqv-tbrm-kpa

        A calendar invitation is attached. If you need to make a change, reply to this email and
        Nadia will help.

        Thanks,
        Nadia Farouk
        Recruiting, Torrey Lidar
        """)
    hbody = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#333">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <p>Hi Carlos,</p>
        <p>Your interview with Torrey Lidar has been scheduled. Here are the details:</p>
        <table style="border:1px solid #e2e2e2;border-radius:4px;padding:12px">
        <tr><td><strong>Perception Software Engineer (Optics &amp; Calibration)</strong></td></tr>
        <tr><td>Wednesday, September 23, 2026</td></tr>
        <tr><td>10:30am &ndash; 11:15am PDT (Pacific Daylight Time)</td></tr>
        <tr><td>Interviewer: Hugo Lindqvist, Staff Engineer</td></tr>
        <tr><td>Location: <a href="https://meet.google.com/xqv-tbrm-kpa">Google Meet</a></td></tr>
        </table>
        <p>A calendar invitation is attached. If you need to make a change, reply to this email and
        Nadia will help.</p>
        <p>Thanks,<br>Nadia Farouk<br>Recruiting, Torrey Lidar</p>
        </td></tr></table>
        <p style="font-size:11px;color:#999">Sent via Lever</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-iv-5b0e7d1c-93aa-4f0e-b2d1-7e9a0c4f11de
        DTSTAMP:20260918T180512Z
        DTSTART:20260923T173000Z
        DTEND:20260923T181500Z
        SUMMARY:Interview: Carlos Ochoa <> Torrey Lidar (Perception Software Engineer)
        LOCATION:https://meet.google.com/xqv-tbrm-kpa
        ORGANIZER;CN=Nadia Farouk:mailto:nadia.farouk@torreylidar.com
        ATTENDEE;CN=Carlos Ochoa;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:carlos.ochoa@example.org
        ATTENDEE;CN=Hugo Lindqvist;ROLE=REQ-PARTICIPANT:mailto:hugo.lindqvist@torreylidar.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Torrey Lidar", "no-reply@hire.lever.co"),
        "Interview confirmed: Torrey Lidar - Perception Software Engineer (Optics & Calibration)",
        "2026-09-18 11:05:12", LA, "<0100019a3f5e2c1b-6d8e0f3a-77c2-4b1e-9f0d-2a6b8c1e4d5f-000000@email.amazonses.com>",
        "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])", "4QfR2b0Lm3z1x",
        reply_to=addr("Nadia Farouk", "nadia.farouk@torreylidar.com")),
        mixed(alt(text(body), html(hbody)),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 3 Ashby, candidate's zone shown
@mail(n(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-05T20:00:00Z", end="2026-10-05T21:00:00Z",
      contact="wes.harlan@frontrangeao.com", company="Front Range Adaptive Optics",
      local="Mon 2026-10-05 13:00", local_end="2026-10-05 14:00", zone=PHX,
      note="Ashby shows the candidate's zone: 1:00-2:00 PM MST (America/Phoenix) = 2:00 PM MDT in Boulder "
           "-> 20:00Z-21:00Z; ICS in UTC agrees; base64 bodies; contact = Reply-To coordinator")
def p03():
    body = t("""
        Hi Carlos,

        Your interview is confirmed. We're looking forward to speaking with you!

        Front Range Adaptive Optics - Real-Time Controls Software Engineer
        Monday, October 5, 2026
        1:00 PM - 2:00 PM MST (America/Phoenix)
        (That's 2:00 PM - 3:00 PM MDT for the team in Boulder.)

        Video call: https://frontrangeao.zoom.us/j/84419027735

        You'll meet with:
          Ingrid Sato - Principal Engineer, Wavefront Control
          Marcus Bell - Software Lead, RTC

        Questions? Just reply and it will reach Wes Harlan.

        Thanks,
        Front Range Adaptive Optics Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:0f6c2d8e-5a3b-4c71-9e14-b2d07a9c3e61
        DTSTAMP:20260929T151422Z
        DTSTART:20261005T200000Z
        DTEND:20261005T210000Z
        SEQUENCE:0
        SUMMARY:Front Range Adaptive Optics - Real-Time Controls Software Engineer Interview
        LOCATION:https://frontrangeao.zoom.us/j/84419027735
        ORGANIZER;CN=Wes Harlan:mailto:wes.harlan@frontrangeao.com
        ATTENDEE;CN=Carlos Ochoa;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:carlos.ochoa@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Front Range Adaptive Optics", "no-reply@ashbyhq.com"),
        "Interview confirmed: Real-Time Controls Software Engineer at Front Range Adaptive Optics",
        "2026-09-29 09:14:22", DEN, "<010001a0c4b7e2f1-3b9d5a7e-0c1f-4e2a-8d6b-91f3c2a5e7b0-000000@email.amazonses.com>",
        "from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])", "4Qg0Vt6hYpz7c",
        reply_to=addr("Wes Harlan", "wes.harlan@frontrangeao.com")),
        mixed(alt(text(body, cte="base64"), html(simple_html(body), cte="base64")),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 4 Workday, HTML only
@mail(n(4), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-10-08T20:00:00Z", end="2026-10-08T21:00:00Z",
      contact="dana.whitfield@sonorahealth.org", company="Sonora Health",
      local="Thu 2026-10-08 13:00", local_end="2026-10-08 14:00", zone=PHX,
      note="Workday HTML-only (base64): 01:00 PM - 02:00 PM (MST), a Phoenix hospital system, Arizona time "
           "UTC-7 -> 20:00Z-21:00Z; no Reply-To, contact = the recruiter's address in the body")
def p04():
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="margin:0;padding:0;background:#f2f2f2">
        <table role="presentation" width="600" align="center" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333333">
        <tr><td style="padding:20px;border-bottom:3px solid #00677f"><img src="https://wd5.myworkday.com/sonorahealth/img/logo.png" alt="Sonora Health" height="36"></td></tr>
        <tr><td style="padding:20px">
        <p>Dear Carlos Ochoa,</p>
        <p>Thank you for your interest in the <b>Imaging Informatics Software Engineer II (R-20417)</b> position with Sonora Health. We are pleased to confirm your interview.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Interview Type:</b></td><td>Video (Microsoft Teams)</td></tr>
        <tr><td><b>Date:</b></td><td>Thursday, October 8, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>01:00 PM - 02:00 PM (MST)</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Leonard Whitaker, MD, Director, Imaging Informatics<br>Dana Whitfield, Talent Acquisition Partner</td></tr>
        </table>
        <p>The Teams link will be sent separately by the hiring team. If you need to reschedule or require an accommodation, please contact Dana Whitfield at <a href="mailto:dana.whitfield@sonorahealth.org">dana.whitfield@sonorahealth.org</a>.</p>
        <p>To view your application, sign in to the <a href="https://wd5.myworkday.com/sonorahealth/login.htmld">Sonora Health Careers</a> site.</p>
        <p>Sincerely,<br>Sonora Health Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:11px;color:#888888">This email was sent from an unmonitored mailbox. Sonora Health is an Equal Opportunity Employer.</td></tr>
        </table>
        </body></html>
        """)
    return message(head(
        addr("Sonora Health", "sonorahealth@myworkday.com"),
        "Interview Scheduled: Imaging Informatics Software Engineer II (R-20417)",
        "2026-10-01 16:20:44", PHX, "<1877264519.40218.1759360844113@wd5-prod-mail-03.myworkday.com>",
        "from wd5-smtp.myworkday.com (wd5-smtp.myworkday.com [216.119.82.27])", "4QhX1n9sTrz3k"),
        html(hbody, cte="base64"))


# --------------------------------------------------------------------------- 5 SmartRecruiters + ICS in Arizona zone
@mail(n(5), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-10-13T15:30:00Z", end="2026-10-13T16:30:00Z",
      contact="jolene.begay@doscabezascopper.com", company="Dos Cabezas Copper",
      local="Tue 2026-10-13 08:30", local_end="2026-10-13 09:30", zone=PHX,
      note="SmartRecruiters invite 8:30-9:30 AM (GMT-07:00) Arizona -> 15:30Z-16:30Z; ICS TZID America/Phoenix "
           "agrees; contact = Reply-To / ORGANIZER (the coordinator); later moved by the hiring manager (thread)")
def p05():
    body = t("""
        Hello Carlos,

        Thank you for your application to Dos Cabezas Copper. We'd like to confirm the following
        interview:

        Position: Senior Automation Software Engineer - Technology & Innovation
        When: Tuesday, October 13, 2026, 8:30 AM - 9:30 AM (GMT-07:00) Arizona
        Where: Microsoft Teams (link in the calendar invitation)
        With: Russ Kellerman, Manager, Mine Automation Systems

        Please accept the attached calendar invitation. Reply to this message if you have any
        questions.

        Kind regards,
        Jolene Begay
        Talent Acquisition Coordinator
        Dos Cabezas Copper | Phoenix, Arizona

        You are receiving this email because you applied for a job at Dos Cabezas Copper.
        Powered by SmartRecruiters
        """)
    ics = VTZ_PHX + "\n" + t("""
        BEGIN:VEVENT
        UID:SR-iv-7d2c90e1a4b34f6e@smartrecruiters.com
        DTSTAMP:20261006T170211Z
        DTSTART;TZID=America/Phoenix:20261013T083000
        DTEND;TZID=America/Phoenix:20261013T093000
        SUMMARY:Interview: Carlos Ochoa - Senior Automation Software Engineer
        LOCATION:Microsoft Teams
        DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjc2ZDg0N2Mt@thread.v2/0
        ORGANIZER;CN=Jolene Begay:mailto:jolene.begay@doscabezascopper.com
        ATTENDEE;CN=Carlos Ochoa;RSVP=TRUE:mailto:carlos.ochoa@example.org
        ATTENDEE;CN=Russ Kellerman:mailto:russ.kellerman@doscabezascopper.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//SmartRecruiters//Interview Scheduler//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + ics
    return message(head(
        addr("Dos Cabezas Copper", "noreply@smartrecruiters.com"),
        "Interview invitation: Senior Automation Software Engineer", "2026-10-06 10:02:11", PHX,
        "<20261006170211.5f2e9b7c1d0a@smartrecruiters.com>",
        "from mail-out2.smartrecruiters.com (mail-out2.smartrecruiters.com [52.58.21.144])", "4Qk8cF3wWmz2p",
        reply_to=addr("Jolene Begay", "jolene.begay@doscabezascopper.com")),
        mixed(alt(text(body), html(simple_html(body))),
              calendar(ics, filename="interview.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 6 Google Calendar invitation
@mail(n(6), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-10-21T20:00:00Z", end="2026-10-21T21:00:00Z",
      contact="ivoss@saguaropeak.org", company="Saguaro Peak Observatory",
      local="Wed 2026-10-21 13:00", local_end="2026-10-21 14:00", zone=PHX,
      note="Google Calendar invitation 1pm - 2pm (MST), 'Mountain Standard Time - Phoenix' -> 20:00Z-21:00Z; "
           "inline and attached ICS (TZID America/Phoenix) agree; contact = organizer (From/Reply-To)")
def p06():
    body = t("""
        Carlos Ochoa / SPO - telescope control software interview
        Wednesday Oct 21, 2026 ⋅ 1pm – 2pm
        Mountain Standard Time - Phoenix

        Location
        Saguaro Peak Observatory, Mountain Operations Building, 2150 E. Observatory Rd, Tucson AZ
        https://www.google.com/maps/search/Saguaro+Peak+Observatory

        Hi Carlos - we'll meet in the ops building conference room (the one with the dome
        cutaway on the wall). Gate code will be texted the morning of. Plan for the full hour:
        30 min with me and Raj on the TCS rewrite, then a walk through the control room.
        - Imelda

        Join with Google Meet
        https://meet.google.com/ufo-kpzn-wqd

        Organizer
        Imelda Voss
        ivoss@saguaropeak.org

        Guests
        Imelda Voss - organizer
        Raj Menon
        carlos.ochoa@example.org

        View all guest info  https://calendar.google.com/calendar/event?action=VIEW&eid=NmZrOGd1

        Reply for carlos.ochoa@example.org
        Yes  No  Maybe  More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_PHX + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Phoenix:20261021T130000
        DTEND;TZID=America/Phoenix:20261021T140000
        DTSTAMP:20261015T163012Z
        ORGANIZER;CN=Imelda Voss:mailto:ivoss@saguaropeak.org
        UID:6fk8gu1s0c3p9r2e7q5v4n8m1a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=carlos.ochoa@example.org;X-NUM-GUESTS=0:mailto:carlos.ochoa@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Imelda Voss;X-NUM-GUESTS=0:mailto:ivoss@saguaropeak.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Raj Menon;X-NUM-GUESTS=0:mailto:rmenon@saguaropeak.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/ufo-kpzn-wqd
        CREATED:20261015T162958Z
        DESCRIPTION:Hi Carlos - we'll meet in the ops building conference room. Plan for the full hour.
        LAST-MODIFIED:20261015T163012Z
        LOCATION:Saguaro Peak Observatory\\, Mountain Operations Building\\, 2150 E. Observatory Rd\\, Tucson AZ
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Carlos Ochoa / SPO - telescope control software interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Invitation: Carlos Ochoa / SPO - telescope control software interview @ Wed Oct 21, 2026 "
               "1pm - 2pm (MST) (carlos.ochoa@example.org)")
    return message(head(
        addr("Imelda Voss", "ivoss@saguaropeak.org"), subject, "2026-10-15 09:30:12", PHX,
        "<calendar-5e1c7a02-93d4-4b8f-a6e2-0d9f3b7c1a54@google.com>",
        "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "4QmB7y0dQnz5r",
        reply_to="ivoss@saguaropeak.org",
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
        mixed(alt(text(body), html(simple_html(body)), calendar(ics, cte="base64")),
              calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 7 Exchange, Eastern, after fall-back
@mail(n(7), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T16:00:00Z", end="2026-11-03T17:00:00Z",
      contact="lharmon@chesapeakespace.com", company="Chesapeake Space Instruments",
      local="Tue 2026-11-03 11:00", local_end="2026-11-03 12:00", zone=NY,
      note="Exchange meeting request, TZID 'Eastern Standard Time'; sent Thu 29 Oct in EDT, interview Tue 3 Nov "
           "after the US fall-back on 1 Nov, so 11:00 EST = 16:00Z (9:00 AM Arizona, as the body says)")
def p07():
    body = t("""
        When: Tuesday, November 3, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Carlos,

        As discussed, here is the invite for your technical interview with our GNC flight
        software team (Ben Adeyemi and Carol Whitcomb). Note that the clocks go back here on the
        East Coast this weekend, so 11:00 Eastern on Tuesday will be 9:00 AM for you in Arizona.

        Please have an editor handy - Ben likes to walk through a small quaternion problem.

        Thanks,
        Lydia

        Lydia Harmon | Technical Recruiter
        Chesapeake Space Instruments | Greenbelt, MD
        o: 301-555-0148

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE5@thread.v2/0>
        Meeting ID: 254 118 903 772
        Passcode: 7hT2qS
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Harmon, Lydia":mailto:lharmon@chesapeakespace.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=carlos.ochoa@example.org:mailto:carlos.ochoa@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, Ben":mailto:badeyemi@chesapeakespace.com
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitcomb, Carol":mailto:cwhitcomb@chesapeakespace.com
        DESCRIPTION;LANGUAGE=en-US:Hi Carlos\\, as discussed\\, here is the invite for your technical interview.
        UID:040000008200E00074C5B7101A82E0080000000060A5C2E2F447DD01000000000000000010000000B8E3A1F6
        SUMMARY;LANGUAGE=en-US:Technical Interview - Carlos Ochoa - Flight Software Engineer (Pointing)
        DTSTART;TZID=Eastern Standard Time:20261103T110000
        DTEND;TZID=Eastern Standard Time:20261103T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261029T181024Z
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
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Harmon, Lydia", "lharmon@chesapeakespace.com"),
        "Technical Interview - Carlos Ochoa - Flight Software Engineer (Pointing)",
        "2026-10-29 14:10:24", NY, "<BN8PR14MB3921E0C7A5D2B1F4E6A9C3D8B2@BN8PR14MB3921.namprd14.prod.outlook.com>",
        O365_RELAY, "4QnT5k8hGvz6w", to="carlos.ochoa@example.org",
        extra=(("Thread-Topic", "Technical Interview - Carlos Ochoa - Flight Software Engineer (Pointing)"),
               ("Thread-Index", "AdtK2mVx5pQm3rKcT7yB4nHf0aZ9sw=="),
               ("Content-Language", "en-US"),
               ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""))),
        alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
            calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 8 Calendly invitee confirmation
@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-05T16:00:00Z", end="2026-11-05T16:45:00Z",
      contact="priya.raman@riograndelaser.com", company="Rio Grande Laser Works",
      local="Thu 2026-11-05 09:00", local_end="2026-11-05 09:45", zone=PHX,
      note="Calendly invitee confirmation 09:00am - 09:45am (Arizona Time) -> 16:00Z-16:45Z (Albuquerque is on MST "
           "too after 1 Nov); ICS in UTC agrees; contact = Reply-To host, From is notifications@calendly.com")
def p08():
    body = t("""
        Hi Carlos Ochoa,

        A new event has been scheduled.

        Event Type:
        45 Minute Interview - Laser Control Software

        Invitee:
        Carlos Ochoa

        Invitee Email:
        carlos.ochoa@example.org

        Event Date/Time:
        09:00am - 09:45am (Arizona Time) Thursday, November 5, 2026

        Location:
        Priya will call you at +1 520-555-0177

        Host:
        Priya Raman, Hiring Manager, Rio Grande Laser Works

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8b1f6d0e-2c4a-4e7b-9a3d-5f0e1c2b7a98
        Reschedule: https://calendly.com/reschedulings/8b1f6d0e-2c4a-4e7b-9a3d-5f0e1c2b7a98

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:8b1f6d0e-2c4a-4e7b-9a3d-5f0e1c2b7a98@calendly.com
        DTSTAMP:20261030T194712Z
        DTSTART:20261105T160000Z
        DTEND:20261105T164500Z
        SUMMARY:Carlos Ochoa and Priya Raman
        DESCRIPTION:Event Name: 45 Minute Interview - Laser Control Software
        LOCATION:+1 520-555-0177
        ORGANIZER;CN=Priya Raman:mailto:priya.raman@riograndelaser.com
        ATTENDEE;CN=Carlos Ochoa;RSVP=TRUE:mailto:carlos.ochoa@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Calendly", "notifications@calendly.com"),
        "Confirmed: 45 Minute Interview - Laser Control Software with Priya Raman on Thursday, November 5, 2026",
        "2026-10-30 12:47:12", PHX, "<3a7e0c2d9f1b.1761853632@calendly.com>",
        "from o1.ptr8243.calendly.com (o1.ptr8243.calendly.com [149.72.134.55])", "4QpD9w3cVbz1m",
        reply_to=addr("Priya Raman", "priya.raman@riograndelaser.com")),
        mixed(alt(text(body), html(simple_html(body))),
              calendar(ics, filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 9 agency prose + all-day hold, Pacific now one hour behind
@mail(n(9), family="agency_prose", lang="en", interview=True, kind="scheduled",
      start="2026-11-10T22:30:00Z", end=None,
      contact="brenda@saltbushsearch.com", company="Kelp Forest Photonics",
      local="Tue 2026-11-10 14:30", zone=LA,
      note="Agency recruiter: 'tomorrow (Tuesday) at 2:30 PM Pacific' from Mon 9 Nov; California is on PST (UTC-8) "
           "since 1 Nov, so 3:30 PM Arizona -> 22:30Z; 'should run about 45 minutes' is approximate, end null; the "
           "attached ICS is an all-day hold; company = hiring company, contact = the recruiter who sent it")
def p09():
    body = t("""
        Hi Carlos,

        Great news - Kelp Forest confirmed! You're on for tomorrow (Tuesday) at 2:30 PM Pacific
        with Dr. Owen Marsh, their VP of Engineering. That's 3:30 PM your time - California fell
        back on the 1st, so they're an hour behind you now (they were on the same clock as
        Tucson all summer, easy to trip on).

        Zoom: https://kelpforestphotonics.zoom.us/j/93318204456?pwd=bXlKc2tQ
        Meeting ID: 933 1820 4456

        Should run about 45 minutes. Owen is very hands-on, expect questions on the
        spectrometer calibration pipeline you built at Vega and on how you'd structure a
        C++/Python split for their new instrument. I put an all-day hold in the attached so it's
        on your calendar.

        Call me after if you can - I want to hear how it went before I talk to their HR on
        Wednesday.

        Brenda

        Brenda Kowalczyk
        Senior Recruiter, Saltbush Technical Search
        Phoenix, AZ | 602-555-0193
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.6//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:7C1E2B6A-0D4F-4A9B-8E35-2F61C0D9B7A4
        DTSTAMP:20261109T161240Z
        DTSTART;VALUE=DATE:20261110
        DTEND;VALUE=DATE:20261111
        SUMMARY:Carlos - Kelp Forest Photonics interview (see email for time)
        DESCRIPTION:Zoom with Owen Marsh. Time in Brenda's email.
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Brenda Kowalczyk", "brenda@saltbushsearch.com"),
        "Kelp Forest - you're confirmed for tomorrow!", "2026-11-09 09:12:40", PHX,
        "<6B0F3C2E-4A1D-4E8B-9C77-1D2E3F405A6B@saltbushsearch.com>",
        "from p-west3-cluster1-host7-snip4-10.eps.apple.com (p-west3-cluster1-host7-snip4-10.eps.apple.com [57.103.66.11])",
        "4QrF3p5bNxz8d", extra=(("X-Mailer", "Apple Mail (2.3826.600.51)"),)),
        mixed(text(body, cte="8bit"),
              calendar(ics, method="PUBLISH", filename="Kelp Forest hold.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 10 terse phone reply
@mail(n(10), family="human_reply_short", lang="en", interview=True, kind="scheduled",
      start="2026-10-01T17:00:00Z", end=None,
      contact="jonah@mesquiterobotics.com", company="Mesquite Robotics",
      local="Thu 2026-10-01 10:00", zone=PHX,
      note="Terse iPhone reply 'Thu 10am works' to the candidate's proposal (Thursday at 10 or Friday afternoon), "
           "sent Mon 28 Sep -> Thu 1 Oct 10:00 Arizona -> 17:00Z; a local Tucson startup; contact = sender")
def p10():
    body = t("""
        Thu 10am works. Come by the shop, 2nd floor above the bike co-op on 6th St. Ask for me at the front.

        -J

        Sent from my iPhone

        > On Sep 28, 2026, at 5:03 PM, Carlos Ochoa <carlos.ochoa@example.org> wrote:
        >
        > Hi Jonah,
        >
        > Thanks for the call today - the mount firmware role sounds like a great fit. I could come
        > by this Thursday at 10 or Friday afternoon, whichever is easier for you.
        >
        > Best,
        > Carlos
        """)
    return message(head(
        addr("Jonah Pike", "jonah@mesquiterobotics.com"), "Re: Telescope mount firmware role",
        "2026-09-28 19:12:40", PHX, "<A91C4E2D-7B3F-4D10-8E62-5C9A1B0F2E37@mesquiterobotics.com>",
        GMAIL_RELAY, "4QsG0m6cPyz2n",
        extra=(("In-Reply-To", "<CAO7hQ1x+Rk2mW@mail.example.org>"),
               ("References", "<CAO7hQ1x+Rk2mW@mail.example.org>"),
               ("X-Mailer", "iPhone Mail (22G86)"))),
        text(body, params="format=flowed; delsp=yes", cte="quoted-printable"))


# --------------------------------------------------------------------------- 11 Spanish confirmation, iso-8859-1
@mail(n(11), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-10-22T18:00:00Z", end="2026-10-22T19:00:00Z",
      contact="libarra@fronteraoptomecanica.mx", company="Frontera Optomecánica",
      local="Thu 2026-10-22 11:00", local_end="2026-10-22 12:00", zone=PHX,
      note="Spanish recruiter confirmation, 'jueves 22 de octubre, de 11:00 a 12:00 (hora de Arizona, la misma que "
           "Hermosillo)' -> 18:00Z-19:00Z; iso-8859-1 quoted-printable; closes the thread proposed in a negative")
def p11():
    body = t("""
        Estimado Carlos:

        Muchas gracias por su respuesta. Le confirmo la entrevista técnica para el puesto de
        Ingeniero de Software de Control (óptica de precisión):

          Fecha: jueves 22 de octubre de 2026
          Hora: de 11:00 a 12:00 (hora de Arizona, la misma que Hermosillo)
          Lugar: nuestras oficinas de Tucson, 1820 E. Valencia Rd., Suite 140
          Entrevistadores: Ing. Ramón Quijada (Director de Ingeniería) y yo

        Le pedimos traer una identificación oficial. Si tiene algún inconveniente, puede
        escribirme a este correo o llamarme al +52 662 555 0142.

        Saludos cordiales,

        Lucía Ibarra Treviño
        Reclutamiento y Selección
        Frontera Optomecánica S.A. de C.V. | Hermosillo · Tucson

        -----Mensaje original-----
        De: Carlos Ochoa <carlos.ochoa@example.org>
        Enviado: jueves, 15 de octubre de 2026 18:22
        Para: Lucía Ibarra Treviño <libarra@fronteraoptomecanica.mx>
        Asunto: RE: Entrevista - Ingeniero de Software de Control

        Hola Lucía, el jueves 22 a las 11:00 me viene perfecto. Gracias.
        Carlos
        """)
    return message(head(
        addr("Lucía Ibarra Treviño", "libarra@fronteraoptomecanica.mx", "iso-8859-1"),
        "Confirmación de entrevista - Ingeniero de Software de Control (Tucson)",
        "2026-10-16 12:30:05", "America/Hermosillo",
        "<SJ0PR13MB5712A4C1E9D3B7F28E0C4A65B1@SJ0PR13MB5712.namprd13.prod.outlook.com>",
        O365_RELAY, "4QtH8r1dQzz4t",
        extra=(("In-Reply-To", "<CAO7hQ1y9Lm4Tz@mail.example.org>"), ("Content-Language", "es-MX"))),
        alt(text(body, charset="iso-8859-1"),
            html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt"), charset="iso-8859-1")))


# --------------------------------------------------------------------------- 12 Teamtailor, local evening = next day in UTC
@mail(n(12), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start="2026-11-18T00:00:00Z", end="2026-11-18T00:45:00Z",
      contact="freya.lindholm@lodestartelemetry.com", company="Lodestar Telemetry",
      local="Tue 2026-11-17 17:00", local_end="2026-11-17 17:45", zone=DEN,
      note="Teamtailor: Tuesday 17 November, 17:00 - 17:45 (America/Denver, MST UTC-7 after 1 Nov) -> Wed 00:00Z-"
           "00:45Z, another day in UTC; ICS in UTC agrees; contact = Reply-To recruiter")
def p12():
    body = t("""
        Hi Carlos,

        Your interview with Lodestar Telemetry is booked!

        Role: Senior Software Engineer, Ground Station Control (Remote - US)
        Time: Tuesday 17 November 2026, 17:00 - 17:45 (America/Denver)
        Interviewers: Freya Lindholm, Devon Achebe
        Meeting link: https://meet.lodestartelemetry.com/iv/carlos-ochoa

        We picked a late slot so Devon can join from the antenna site after the afternoon pass.
        We've added a calendar file to this email.

        See you soon!
        Freya Lindholm
        People Team, Lodestar Telemetry

        --
        Sent with Teamtailor · Manage your data: https://lodestartelemetry.teamtailor.com/connect/privacy
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:tt-interview-4417203@teamtailor.com
        DTSTAMP:20261111T171502Z
        DTSTART:20261118T000000Z
        DTEND:20261118T004500Z
        SUMMARY:Interview: Carlos Ochoa / Lodestar Telemetry
        LOCATION:https://meet.lodestartelemetry.com/iv/carlos-ochoa
        ORGANIZER;CN=Freya Lindholm:mailto:freya.lindholm@lodestartelemetry.com
        ATTENDEE;CN=Carlos Ochoa;RSVP=TRUE:mailto:carlos.ochoa@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Lodestar Telemetry", "lodestar-telemetry@teamtailor-mail.com"),
        "Interview booked - Senior Software Engineer, Ground Station Control", "2026-11-11 10:15:02", DEN,
        "<tt.5f8a2c01e7d9@teamtailor-mail.com>",
        "from mail-eu1.teamtailor-mail.com (mail-eu1.teamtailor-mail.com [185.225.15.72])", "4QvJ2s7eRaz9y",
        reply_to=addr("Freya Lindholm", "freya.lindholm@lodestartelemetry.com")),
        mixed(alt(text(body), html(simple_html(body))),
              calendar(ics, filename="interview.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 13 Workable, relay Reply-To
@mail(n(13), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-11-23T17:00:00Z", end=None,
      contact="marta.quintana@sandiacrest.com", company="Sandia Crest Instruments",
      local="Mon 2026-11-23 10:00", zone=DEN,
      note="Workable onsite in Albuquerque, 10:00 AM Mountain Time (MST, UTC-7) -> 17:00Z; 'approximately two "
           "hours' -> end null; Reply-To is a Workable relay, contact = hiring manager's address in the body")
def p13():
    body = t("""
        Hi Carlos,

        Thanks for your time on the phone last week. We'd like to invite you to an onsite
        interview for the Optical Test Automation Engineer position, and you've confirmed the
        following time:

        Monday, November 23, 2026 at 10:00 AM Mountain Time (MST)
        Sandia Crest Instruments, 7801 Jefferson St NE, Albuquerque, NM 87109

        The visit takes approximately two hours and includes a lab tour and a short
        hands-on session with our interferometer test stand. Lunch is on us afterwards if you
        can stay.

        If you have any questions before then, you can also reach me directly at
        marta.quintana@sandiacrest.com.

        Best,
        Marta Quintana
        Hiring Manager, Test & Metrology Software
        Sandia Crest Instruments
        """)
    return message(head(
        addr("Sandia Crest Instruments", "noreply@workablemail.com"),
        "Onsite interview at Sandia Crest Instruments", "2026-11-16 08:40:33", DEN,
        "<wk.8f2e0c91b4d7.3317@workablemail.com>",
        "from mail-a7.workablemail.com (mail-a7.workablemail.com [50.31.62.17])", "4QwK5t9fSbz3h",
        reply_to="sandia-crest-instruments+b7d31f0e@candidates.workablemail.com"),
        alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 14 iCIMS, windows-1252
@mail(n(14), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-12-07T20:30:00Z", end="2026-12-07T22:00:00Z",
      contact="keisha.odom@ironwoodaero.com", company="Ironwood Aerospace",
      local="Mon 2026-12-07 13:30", local_end="2026-12-07 15:00", zone=PHX,
      note="iCIMS, windows-1252 QP: Monday, December 7, 2026, 1:30 PM - 3:00 PM Arizona (MST) -> 20:30Z-22:00Z; "
           "no Reply-To, contact = recruiter's address in the signature")
def p14():
    body = t("""
        Dear Carlos,

        Thank you for your continued interest in Ironwood Aerospace. We are pleased to confirm
        your panel interview for Requisition 2026-11873 – Electro-Optical Software Engineer III.

        Date: Monday, December 7, 2026
        Time: 1:30 PM – 3:00 PM Arizona (MST)
        Location: Ironwood Aerospace, 2200 S. Price Rd, Chandler, AZ 85286 – Lobby B

        Panel: Gretchen Faulk (Sr. Manager, EO Systems), Victor Nakamura (Principal Engineer),
        Alan Shore (Software Quality)

        Please note: this position requires U.S. citizenship due to ITAR. Please bring an
        unexpired U.S. passport or birth certificate with photo ID. Your host will meet you in the
        lobby.

        Questions? Contact me at keisha.odom@ironwoodaero.com or 480-555-0129.

        Regards,
        Keisha Odom
        Senior Technical Recruiter
        Ironwood Aerospace

        Please do not reply to this message; replies to this address are not monitored.
        """)
    return message(head(
        addr("Ironwood Aerospace", "ironwoodaerospace@talent.icims.com"),
        "Ironwood Aerospace – Interview Confirmation – Req 2026-11873", "2026-12-02 11:25:48", PHX,
        "<1396624871.77213.1764699948301@app.icims.com>",
        "from mta-06.icims.com (mta-06.icims.com [8.39.54.66])", "4QxL8v0gTcz5j"),
        alt(text(body, charset="windows-1252"), html(simple_html(body), charset="windows-1252")))


# --------------------------------------------------------------------------- 15 Zoom invitation pasted by recruiter, Eastern
@mail(n(15), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-12-08T21:00:00Z", end=None,
      contact="ari@lumendrift.io", company="Lumen Drift",
      local="Tue 2026-12-08 16:00", zone=NY,
      note="Recruiter pastes a Zoom invitation: Dec 8, 2026 04:00 PM Eastern Time (EST, UTC-5) -> 21:00Z (2 PM in "
           "Tucson as written); no duration; follows the negative in which times were only proposed")
def p15():
    body = t("""
        Hi Carlos,

        Tuesday it is - thanks for being flexible. Here's the Zoom for your conversation with
        Maya (our CTO). That's 2 PM for you in Tucson.

        ---
        Ari Castellanos is inviting you to a scheduled Zoom meeting.

        Topic: Lumen Drift <> Carlos Ochoa - Systems Engineering interview
        Time: Dec 8, 2026 04:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://lumendrift.zoom.us/j/81267730941?pwd=Q3p0bWxVd2F

        Meeting ID: 812 6773 0941
        Passcode: 550231

        One tap mobile
        +13052241968,,81267730941#,,,,*550231# US
        ---

        Ari

        Ari Castellanos | Talent, Lumen Drift
        """)
    return message(head(
        addr("Ari Castellanos", "ari@lumendrift.io"), "Re: Lumen Drift - next step", "2026-12-02 15:05:51", NY,
        "<CAJx8vR2mQ7tLk0pNw5eZ3+yB1dF9sH4gUc6a@mail.gmail.com>", GMAIL_RELAY, "4QyM1w2hUdz7k",
        extra=(("In-Reply-To", "<CAO7hQ1zP2cV8r@mail.example.org>"),
               ("References", "<CAJx8vR1aaB3cD@mail.gmail.com> <CAO7hQ1zP2cV8r@mail.example.org>"))),
        text(body, charset="us-ascii", cte="7bit"))


# --------------------------------------------------------------------------- 16 Microsoft Bookings, university
@mail(n(16), family="ms_bookings", lang="en", interview=True, kind="scheduled",
      start="2026-12-11T16:00:00Z", end="2026-12-11T17:00:00Z",
      contact="mbarrios@srsu.edu", company="Santa Rita State University",
      local="Fri 2026-12-11 09:00", local_end="2026-12-11 10:00", zone=PHX,
      note="Microsoft Bookings from a shared search mailbox: 9:00 AM - 10:00 AM (UTC-07:00) Arizona -> 16:00Z-17:00Z; "
           "ICS TZID 'US Mountain Standard Time' agrees; contact = search chair's address in the body")
def p16():
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#201f1e">
        <div style="max-width:560px">
        <h2 style="font-weight:600">Your booking is confirmed</h2>
        <p>Hi Carlos Ochoa,</p>
        <p>Thanks for booking with <b>Optical Sciences Staff Search</b>. Here are the details.</p>
        <table cellpadding="4">
        <tr><td><b>Service</b></td><td>Research Software Engineer - Interview with Search Committee</td></tr>
        <tr><td><b>Date and time</b></td><td>Friday, December 11, 2026 9:00 AM - 10:00 AM (UTC-07:00) Arizona</td></tr>
        <tr><td><b>Staff</b></td><td>Dr. Miguel Barrios</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams meeting (<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ1@thread.v2/0">Join your appointment</a>)</td></tr>
        </table>
        <p>The committee will ask you to share your screen for a 10-minute walkthrough of a project you are proud of.
        Questions about the position or your visit? Email the committee chair, Dr. Miguel Barrios, at
        <a href="mailto:mbarrios@srsu.edu">mbarrios@srsu.edu</a>.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/OpticsStaffSearch@srsu.edu/bookings/">Manage booking</a></p>
        <p style="color:#605e5c;font-size:12px">Santa Rita State University &middot; Department of Optical Sciences &middot; Tucson, AZ</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_US_MOUNTAIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Optical Sciences Staff Search:mailto:OpticsStaffSearch@srsu.edu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carlos Ochoa:mailto:carlos.ochoa@example.org
        DESCRIPTION;LANGUAGE=en-US:Research Software Engineer - Interview with Search Committee
        UID:040000008200E00074C5B7101A82E00800000000D3F1E9A0B26BDD01000000000000000010000000C4A7E2B9
        SUMMARY;LANGUAGE=en-US:Research Software Engineer - Interview with Search Committee
        DTSTART;TZID=US Mountain Standard Time:20261211T090000
        DTEND;TZID=US Mountain Standard Time:20261211T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261204T150004Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Optical Sciences Staff Search", "OpticsStaffSearch@srsu.edu"),
        "Your booking is confirmed: Research Software Engineer - Interview with Search Committee",
        "2026-12-04 08:00:04", PHX, "<CY8PR07MB9458B2E1C0F7A3D94E5B6A18C2@CY8PR07MB9458.namprd07.prod.outlook.com>",
        O365_RELAY, "4QzN4x3iVez9m"),
        mixed(html(hbody), calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 17 GoodTime reschedule, Central
@mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start="2026-10-16T20:00:00Z", end="2026-10-16T21:00:00Z",
      contact="tobias.gruen@helixorbital.com", company="Helix Orbital",
      local="Fri 2026-10-16 15:00", local_end="2026-10-16 16:00", zone=CHI,
      note="GoodTime update: moved from Thu 15 Oct 10:00 AM CDT to Fri 16 Oct 3:00-4:00 PM CDT (UTC-5) -> 20:00Z-21:00Z "
           "(1:00 PM Arizona, as also shown); ICS SEQUENCE 1 TZID America/Chicago; contact = Reply-To coordinator "
           "(RFC 2047 name)")
def p17():
    body = t("""
        Hi Carlos,

        Your interview with Helix Orbital has been rescheduled.

        PREVIOUS TIME (no longer valid)
        Thursday, October 15, 2026, 10:00 AM - 11:00 AM CDT

        NEW TIME
        Friday, October 16, 2026, 3:00 PM - 4:00 PM CDT (Central Time)
        Your local time: 1:00 PM - 2:00 PM MST (Arizona)

        Interview: Technical Deep Dive - Spacecraft Attitude Control Software
        Interviewer: Sunita Rao, Engineering Manager
        Join: https://helixorbital.zoom.us/j/97720418833

        An updated calendar invitation is attached; please delete the old one. Reply to this
        email with any questions.

        Thanks,
        Tobias Grün
        Recruiting Coordinator, Helix Orbital

        Scheduled with GoodTime
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime//GoodTime Hire//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gt-3c8a1f90-2e4d-4b6a-8f71-0a9d5c2e7b13
        DTSTAMP:20261012T182209Z
        DTSTART;TZID=America/Chicago:20261016T150000
        DTEND;TZID=America/Chicago:20261016T160000
        SEQUENCE:1
        SUMMARY:Helix Orbital - Technical Deep Dive (Carlos Ochoa)
        LOCATION:https://helixorbital.zoom.us/j/97720418833
        ORGANIZER;CN=Tobias Grün:mailto:tobias.gruen@helixorbital.com
        ATTENDEE;CN=Carlos Ochoa;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:carlos.ochoa@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Helix Orbital Recruiting", "no-reply@goodtime.io"),
        "Rescheduled: Helix Orbital interview - now Friday, October 16", "2026-10-12 13:22:09", CHI,
        "<0100019a7c2e1b4f-8d3e5a2c-6b1f-4e0a-9c7d-3f2e1a0b9c8d-000000@email.amazonses.com>",
        "from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])", "4R0P6y4jWfz1q",
        reply_to=addr("Tobias Grün", "tobias.gruen@helixorbital.com")),
        mixed(alt(text(body), html(simple_html(body))),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 18 Exchange update, Pacific, across fall-back, next day UTC
@mail(n(18), family="exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-11-03T00:30:00Z", end="2026-11-03T01:15:00Z",
      contact="stella.kwan@missionbayimaging.com", company="Mission Bay Imaging",
      local="Mon 2026-11-02 16:30", local_end="2026-11-02 17:15", zone=LA,
      note="Exchange update (SEQUENCE 1, TZID 'Pacific Standard Time'), sent Wed 28 Oct in PDT: moved from Fri 30 Oct "
           "2:00 PM PDT to Mon 2 Nov 4:30-5:15 PM PST (UTC-8, after fall-back) -> Tue 00:30Z-01:15Z, the next day in UTC")
def p18():
    body = t("""
        When: Monday, November 2, 2026 4:30 PM-5:15 PM (UTC-08:00) Pacific Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Carlos,

        Our VP got pulled into a customer visit on Friday, so I've moved your interview from
        Friday 10/30 at 2:00 PM to Monday 11/2 at 4:30 PM Pacific. Heads-up: we fall back on
        Sunday, so 4:30 Pacific on Monday is 5:30 PM for you in Tucson (Friday would have been
        the same clock for both of us). Sorry for the late hour - I hope it still works.

        Thanks,
        Stella

        Stella Kwan
        Talent Acquisition | Mission Bay Imaging
        San Diego, CA

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE3ZjQx@thread.v2/0>
        Meeting ID: 291 604 118 355
        Passcode: Kq4uW9
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_PACIFIC_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Kwan, Stella":mailto:stella.kwan@missionbayimaging.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=carlos.ochoa@example.org:mailto:carlos.ochoa@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindgren, Erik":mailto:erik.lindgren@missionbayimaging.com
        DESCRIPTION;LANGUAGE=en-US:Moved from Friday 10/30 at 2:00 PM.
        UID:040000008200E00074C5B7101A82E00800000000A17C3E5D2F66DD01000000000000000010000000E9B4C2A7
        SUMMARY;LANGUAGE=en-US:Interview: Carlos Ochoa - Embedded Imaging Engineer
        DTSTART;TZID=Pacific Standard Time:20261102T163000
        DTEND;TZID=Pacific Standard Time:20261102T171500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261028T164021Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2118420177
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    subject = "Updated: Interview: Carlos Ochoa - Embedded Imaging Engineer"
    return message(head(
        addr("Kwan, Stella", "stella.kwan@missionbayimaging.com"), subject, "2026-10-28 09:40:21", LA,
        "<MW4PR17MB5286C1D0E9A8F7B6D5C4E3A2B1@MW4PR17MB5286.namprd17.prod.outlook.com>",
        O365_RELAY, "4R1Q9z5kXgz3s", to="Carlos Ochoa <carlos.ochoa@example.org>",
        extra=(("Thread-Topic", "Interview: Carlos Ochoa - Embedded Imaging Engineer"),
               ("Thread-Index", "AdtJ5wQ9cR1vZk3sTqKx7mBn2pYh4A=="),
               ("Content-Language", "en-US"))),
        alt(text(body), html(simple_html(body, "font-family:Aptos,Calibri,sans-serif;font-size:12pt")),
            calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 19 hiring manager moves the SmartRecruiters slot (thread)
@mail(n(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-10-15T20:00:00Z", end="2026-10-15T21:00:00Z",
      contact="russ.kellerman@doscabezascopper.com", company="Dos Cabezas Copper",
      local="Thu 2026-10-15 13:00", local_end="2026-10-15 14:00", zone=PHX,
      note="Hiring manager moves 'our 8:30 Tuesday' to 'Thursday the 15th, 1:00 to 2:00' (Arizona), sent Fri 9 Oct "
           "-> 20:00Z-21:00Z; says the coordinator already updated the invite, so not a mere proposal; windows-1252")
def p19():
    body = t("""
        Carlos,

        Apologies for the shuffle – I have to be at the Tres Picos concentrator on Tuesday for a
        commissioning issue, so I need to move our 8:30 Tuesday call. Let's do Thursday the 15th,
        1:00 to 2:00 instead. Jolene has already updated the Teams invite (same link), so there's
        nothing you need to do unless Thursday is a problem.

        I'll bring Dave from the process control group along; he owns the historian integration
        we talked about.

        Russ

        Russ Kellerman
        Manager, Mine Automation Systems
        Dos Cabezas Copper – Technology & Innovation
        c: 520-555-0108

        From: Jolene Begay <jolene.begay@doscabezascopper.com>
        Sent: Tuesday, October 6, 2026 10:02 AM
        To: Carlos Ochoa <carlos.ochoa@example.org>
        Subject: Interview invitation: Senior Automation Software Engineer

        Hello Carlos,
        Thank you for your application to Dos Cabezas Copper. We'd like to confirm the following
        interview: Tuesday, October 13, 2026, 8:30 AM - 9:30 AM (GMT-07:00) Arizona ...
        """)
    return message(head(
        addr("Russ Kellerman", "russ.kellerman@doscabezascopper.com"),
        "RE: Interview invitation: Senior Automation Software Engineer", "2026-10-09 17:55:03", PHX,
        "<DM6PR19MB4021F3E2A1B0C9D8E7F6A5B4C3@DM6PR19MB4021.namprd19.prod.outlook.com>",
        O365_RELAY, "4R2R1a6mYhz5v", to="Carlos Ochoa <carlos.ochoa@example.org>",
        extra=(("Cc", "Jolene Begay <jolene.begay@doscabezascopper.com>"),
               ("In-Reply-To", "<20261006170211.5f2e9b7c1d0a@smartrecruiters.com>"),
               ("Thread-Topic", "Interview invitation: Senior Automation Software Engineer"))),
        alt(text(body, charset="windows-1252"),
            html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt"), charset="windows-1252")))


# --------------------------------------------------------------------------- 20 Recruitee reschedule, Mountain
@mail(n(20), family="recruitee", lang="en", interview=True, kind="rescheduled",
      start="2026-12-03T18:00:00Z", end="2026-12-03T19:00:00Z",
      contact="dale.whitehorse@petroglyphphotonics.com", company="Petroglyph Photonics",
      local="Thu 2026-12-03 11:00", local_end="2026-12-03 12:00", zone=DEN,
      note="Recruitee reschedule: previous Wed 2 Dec 9:00 AM MST, new Thu 3 Dec 11:00 AM - 12:00 PM MST "
           "(America/Denver, UTC-7) -> 18:00Z-19:00Z; ICS in UTC agrees; contact = Reply-To")
def p20():
    body = t("""
        Hi Carlos,

        Your interview for Controls Software Engineer - Beam Director Test has been rescheduled.

        Previous time: Wednesday, December 2, 2026 at 9:00 AM MST
        New time: Thursday, December 3, 2026, 11:00 AM - 12:00 PM (America/Denver)

        Location: Video call - https://meet.google.com/pgp-ytrk-vvc
        Interviewers: Dale Whitehorse, Ana Chavez

        The calendar invitation has been updated. Reply to this message if the new time doesn't
        suit you.

        Best regards,
        Dale Whitehorse
        Petroglyph Photonics

        Sent via Recruitee
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Interview Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:recruitee-event-88213407@recruitee.com
        DTSTAMP:20261130T160512Z
        DTSTART:20261203T180000Z
        DTEND:20261203T190000Z
        SEQUENCE:2
        SUMMARY:Interview Carlos Ochoa - Controls Software Engineer
        LOCATION:https://meet.google.com/pgp-ytrk-vvc
        ORGANIZER;CN=Dale Whitehorse:mailto:dale.whitehorse@petroglyphphotonics.com
        ATTENDEE;CN=Carlos Ochoa;RSVP=TRUE:mailto:carlos.ochoa@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Petroglyph Photonics", "notifications@recruiteemail.com"),
        "Interview rescheduled: Controls Software Engineer - Beam Director Test", "2026-11-30 09:05:12", DEN,
        "<rt.2f7a91c0e4b8.88213407@recruiteemail.com>",
        "from smtp-out3.recruiteemail.com (smtp-out3.recruiteemail.com [185.70.40.23])", "4R3S4b7nZiz7x",
        reply_to=addr("Dale Whitehorse", "dale.whitehorse@petroglyphphotonics.com")),
        mixed(alt(text(body), html(simple_html(body))),
              calendar(ics, filename="interview.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 21 Google Calendar cancellation (thread with 6)
@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-11-12T17:00:00Z", end="2026-11-12T18:00:00Z",
      contact="ivoss@saguaropeak.org", company="Saguaro Peak Observatory",
      local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone=PHX,
      note="Google Calendar 'Canceled event' (METHOD:CANCEL) for the panel Thu 12 Nov 10am - 11am (MST, Phoenix) -> "
           "17:00Z-18:00Z, the cancelled slot; no new time ('I'll be in touch'); contact = organizer")
def p21():
    body = t("""
        This event has been canceled.

        Panel interview - Carlos Ochoa (TCS Software Engineer)
        Thursday Nov 12, 2026 ⋅ 10am – 11am
        Mountain Standard Time - Phoenix

        Note from organizer:
        Carlos - so sorry, our director is out on medical leave next week and we can't run the
        panel without her. I'll be in touch once we have a new date. - Imelda

        Location
        Saguaro Peak Observatory, Mountain Operations Building

        Organizer
        Imelda Voss
        ivoss@saguaropeak.org

        Guests
        Imelda Voss - organizer
        Raj Menon
        Helen Czerny
        carlos.ochoa@example.org

        Invitation from Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ_PHX + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Phoenix:20261112T100000
        DTEND;TZID=America/Phoenix:20261112T110000
        DTSTAMP:20261106T213044Z
        ORGANIZER;CN=Imelda Voss:mailto:ivoss@saguaropeak.org
        UID:2q9c7m4r1v8t0k5n3p6w8b2s1d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=carlos.ochoa@example.org;X-NUM-GUESTS=0:mailto:carlos.ochoa@example.org
        CREATED:20261027T180211Z
        DESCRIPTION:Panel with Imelda\\, Raj and Helen.
        LAST-MODIFIED:20261106T213044Z
        LOCATION:Saguaro Peak Observatory\\, Mountain Operations Building
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Panel interview - Carlos Ochoa (TCS Software Engineer)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Canceled event: Panel interview - Carlos Ochoa (TCS Software Engineer) @ Thu Nov 12, 2026 "
               "10am - 11am (MST) (carlos.ochoa@example.org)")
    return message(head(
        addr("Imelda Voss", "ivoss@saguaropeak.org"), subject, "2026-11-06 14:30:44", PHX,
        "<calendar-a83e1f27-5c0d-4e9b-b61a-7f2d4c9e0b35@google.com>",
        "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "4R4T7c8pAjz9z",
        reply_to="ivoss@saguaropeak.org",
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
        mixed(alt(text(body), html(simple_html(body)), calendar(ics, method="CANCEL", cte="base64")),
              calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 22 recruiter cancels, no new time (thread with 1)
@mail(n(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-10-02T20:00:00Z", end=None,
      contact="tamsin.reyes@bristlecone-optical.com", company="Bristlecone Optical Systems",
      local="Fri 2026-10-02 13:00", zone=PHX,
      note="Recruiter cancels the second round 'this Friday (Oct 2) at 1:00 PM' (Arizona, UTC-7) -> 20:00Z, the "
           "cancelled slot; requisition on hold, no new time; contact = sender")
def p22():
    body = t("""
        Hi Carlos,

        I'm really sorry to have to send this. We need to cancel your second-round interview with
        our program director this Friday (Oct 2) at 1:00 PM. The program this role supports has
        had its contract award pushed out, and the requisition has been put on hold until we
        hear back from the customer.

        Everyone who met you on the 15th was impressed, and I'd like to keep you in the loop -
        if the req opens back up I'll reach out to you first. I can't promise a timeline, though,
        so please don't pause your search on our account.

        Best,
        Tamsin

        Tamsin Reyes
        Talent Acquisition | Bristlecone Optical Systems
        520-555-0161
        """)
    return message(head(
        addr("Tamsin Reyes", "tamsin.reyes@bristlecone-optical.com"),
        "Friday's interview - cancelled (req on hold)", "2026-09-28 08:12:57", PHX,
        "<PH0PR11MB7382D4C3B2A1F0E9D8C7B6A5F4@PH0PR11MB7382.namprd11.prod.outlook.com>",
        O365_RELAY, "4R5U0d9qBkz2b", to="Carlos Ochoa <carlos.ochoa@example.org>"),
        text(body, cte="quoted-printable"))


# --------------------------------------------------------------------------- 23 Exchange cancellation with a proposed new time
@mail(n(23), family="exchange", lang="en", interview=True, kind="cancelled",
      start="2026-10-20T17:00:00Z", end="2026-10-20T18:00:00Z",
      contact="dana.whitfield@sonorahealth.org", company="Sonora Health",
      local="Tue 2026-10-20 10:00", local_end="2026-10-20 11:00", zone=PHX,
      note="Exchange METHOD:CANCEL, TZID 'US Mountain Standard Time': Tue 20 Oct 10:00-11:00 (UTC-07:00) Arizona -> "
           "17:00Z-18:00Z cancelled; Thursday at 2:00 is only proposed ('once you confirm'), so cancelled not rescheduled")
def p23():
    body = t("""
        When: Tuesday, October 20, 2026 10:00 AM-11:00 AM (UTC-07:00) Arizona.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Carlos, Dr. Whitaker has to cover a PACS go-live on Tuesday morning, so I'm cancelling
        this slot for the panel. Could you do Thursday 10/22 at 2:00 instead? I'll send a new
        invite once you confirm. Apologies for the back and forth.

        Dana Whitfield
        Talent Acquisition Partner, Sonora Health
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_US_MOUNTAIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Whitfield, Dana":mailto:dana.whitfield@sonorahealth.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=carlos.ochoa@example.org:mailto:carlos.ochoa@example.org
        DESCRIPTION;LANGUAGE=en-US:Dr. Whitaker has to cover a PACS go-live on Tuesday morning.
        UID:040000008200E00074C5B7101A82E008000000005C2B8E1A7F5EDD01000000000000000010000000F1A3D6C8
        SUMMARY;LANGUAGE=en-US:Canceled: Sonora Health - Panel Interview (Carlos Ochoa)
        DTSTART;TZID=US Mountain Standard Time:20261020T100000
        DTEND;TZID=US Mountain Standard Time:20261020T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261016T222011Z
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
    return message(head(
        addr("Whitfield, Dana", "dana.whitfield@sonorahealth.org"),
        "Canceled: Sonora Health - Panel Interview (Carlos Ochoa)", "2026-10-16 15:20:11", PHX,
        "<BY5PR04MB6735A9B8C7D6E5F4A3B2C1D0E9@BY5PR04MB6735.namprd04.prod.outlook.com>",
        O365_RELAY, "4R6V3e0rCmz4d", to="carlos.ochoa@example.org",
        extra=(("Importance", "high"), ("X-Priority", "1"),
               ("Thread-Topic", "Sonora Health - Panel Interview (Carlos Ochoa)"))),
        alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
            calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


# --------------------------------------------------------------------------- 24 Lever rejection after the interview
@mail(n(24), family="rejection", lang="en", interview=False, company="Torrey Lidar",
      note="Lever rejection after the 23 September interview; mentions the past interview date only")
def p24():
    body = t("""
        Hi Carlos,

        Thank you for taking the time to interview with us for the Perception Software Engineer
        (Optics & Calibration) role on September 23. Hugo really enjoyed the conversation about
        boresight calibration.

        After a lot of discussion, we've decided to move forward with a candidate whose
        experience more closely matches the automotive side of the role. This was a difficult
        decision and it doesn't reflect on the strength of your background.

        We'd love to stay in touch as our team grows, and we'll keep your profile on file.

        All the best,
        Nadia Farouk
        Recruiting, Torrey Lidar
        """)
    return message(head(
        addr("Torrey Lidar", "no-reply@hire.lever.co"), "Update on your application to Torrey Lidar",
        "2026-10-02 14:20:37", LA, "<0100019a5e3b7c0d-1f2e3d4c-5b6a-4789-8c9d-0e1f2a3b4c5d-000000@email.amazonses.com>",
        "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])", "4R7W5f1sDnz6f",
        reply_to=addr("Nadia Farouk", "nadia.farouk@torreylidar.com")),
        alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 25 JOIN application receipt
@mail(n(25), family="application_receipt", lang="en", interview=False, company="Nordlicht Robotics",
      note="JOIN application receipt from a remote team; 'if your profile matches we'll invite you to an interview'")
def p25():
    body = t("""
        Hi Carlos,

        Thank you for applying for the position Senior Motion Control Engineer (Remote - Americas)
        at Nordlicht Robotics GmbH. We have received your application and our team will review it
        carefully.

        What happens next?
        1. We review your documents - usually within 10 working days.
        2. If your profile matches, we will invite you to a first interview with our US team
           lead.
        3. You will hear from us either way.

        You can check the status of your application at any time:
        https://join.com/candidate/applications/9120334

        Best regards,
        Your Nordlicht Robotics Recruiting Team

        --
        Sent via JOIN · join.com · Unsubscribe from application updates
        """)
    return message(head(
        addr("Nordlicht Robotics via JOIN", "no-reply@join.com"),
        "Your application: Senior Motion Control Engineer (Remote - Americas)", "2026-09-08 02:14:09", "Europe/Berlin",
        "<20260908001409.4f1c9e2a7b3d@join.com>",
        "from mail.join.com (mail.join.com [18.194.78.152])", "4R8X8g2tEpz8h"),
        alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 26 job alert
@mail(n(26), family="job_alert", lang="en", interview=False, company=None,
      note="Job board alert; 'Interviewing now' / 'Apply by Friday' badges, no appointment")
def p26():
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f7fa">
        <table width="600" align="center" style="background:#fff;padding:16px">
        <tr><td><h2 style="color:#0b3d91">12 new jobs for "optical software engineer" near Tucson, AZ</h2></td></tr>
        <tr><td style="border-bottom:1px solid #eee;padding:10px 0">
          <a href="https://www.optijobs.com/j/552901"><b>Telescope Control Systems Engineer</b></a><br>
          Saguaro Peak Observatory &middot; Tucson, AZ &middot; $118k-$142k<br>
          <span style="background:#e6f4ea;color:#137333;font-size:12px;padding:2px 6px">Interviewing now</span>
        </td></tr>
        <tr><td style="border-bottom:1px solid #eee;padding:10px 0">
          <a href="https://www.optijobs.com/j/553117"><b>Embedded Software Engineer, Thermal Imaging</b></a><br>
          Cottonwood Sensing &middot; Phoenix, AZ (Hybrid)<br>
          <span style="background:#fce8e6;color:#a50e0e;font-size:12px;padding:2px 6px">Apply by Friday</span>
        </td></tr>
        <tr><td style="border-bottom:1px solid #eee;padding:10px 0">
          <a href="https://www.optijobs.com/j/553400"><b>Optical Metrology Software Developer</b></a><br>
          Sandia Crest Instruments &middot; Albuquerque, NM<br>
          <span style="font-size:12px;color:#666">Actively recruiting &middot; 3 days ago</span>
        </td></tr>
        <tr><td style="padding:10px 0"><a href="https://www.optijobs.com/alerts/see-all?id=88120">See all 12 jobs</a></td></tr>
        <tr><td style="font-size:11px;color:#999;padding-top:16px">You're receiving this alert because you created it on OptiJobs.
        <a href="https://www.optijobs.com/alerts/unsubscribe?id=88120">Unsubscribe</a> &middot; OptiJobs, 100 Pine St, San Francisco, CA</td></tr>
        </table></body></html>
        """)
    return message(head(
        addr("OptiJobs Alerts", "alerts@optijobs.com"),
        '12 new jobs for "optical software engineer" near Tucson, AZ', "2026-10-20 06:02:55", PHX,
        "<alert.88120.20261020130255@optijobs.com>",
        "from mta-102.optijobs.com (mta-102.optijobs.com [198.21.0.102])", "4R9Y0h3uFqz1j",
        extra=(("List-Unsubscribe", "<https://www.optijobs.com/alerts/unsubscribe?id=88120>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk"))),
        html(hbody))


# --------------------------------------------------------------------------- 27 mailing-list digest with a blog post about interviews
@mail(n(27), family="mailing_list", lang="en", interview=False, company=None,
      note="Mailing-list digest: a hiring post ('interviews the week of Nov 9') and a blog post about observatory "
           "interviews; nothing is scheduled for the reader")
def p27():
    body = t("""
        Send astro-sw mailing list submissions to
            astro-sw@lists.example.net

        Today's Topics:

           1. Hiring: TCS engineer, Cerro Alto Telescope (Pablo Herrera)
           2. Blog: What 40 observatory software interviews taught me (Greta Holm)
           3. Re: EPICS vs. Tango for a new enclosure controller (Sam Oduya)

        ----------------------------------------------------------------------

        Message: 1
        Date: Mon, 26 Oct 2026 09:14:02 -0600
        From: Pablo Herrera <pherrera@cerroalto.example.net>
        Subject: [astro-sw] Hiring: TCS engineer, Cerro Alto Telescope

        We're hiring a telescope control systems engineer (C++/Python, motion control). We plan
        to hold interviews the week of November 9, mostly remote. Apply via the link below;
        please don't reply to the list.

        ------------------------------

        Message: 2
        Date: Mon, 26 Oct 2026 14:40:51 +0000
        From: Greta Holm <greta@holm.example.net>
        Subject: [astro-sw] Blog: What 40 observatory software interviews taught me

        New post: how interview panels at observatories differ from industry ones, the
        "explain a pointing model to a new operator" question, and why you should always ask
        who is on call for the night shift. https://holm.example.net/blog/observatory-interviews

        ------------------------------

        Message: 3
        Date: Mon, 26 Oct 2026 17:05:33 -0700
        From: Sam Oduya <soduya@example.net>
        Subject: Re: [astro-sw] EPICS vs. Tango for a new enclosure controller

        We went with EPICS for the dome and never regretted it.

        ------------------------------

        End of astro-sw Digest, Vol 212, Issue 14
        *****************************************
        """)
    return message(head(
        "astro-sw-request@lists.example.net", "astro-sw Digest, Vol 212, Issue 14", "2026-10-27 05:00:02", "UTC",
        "<mailman.1403.1761541202.2290.astro-sw@lists.example.net>",
        "from lists.example.net (lists.example.net [192.0.2.44])", "4RBZ3j4vGrz3l",
        to="astro-sw@lists.example.net", reply_to="astro-sw@lists.example.net",
        extra=(("List-Id", "Astronomy software community <astro-sw.lists.example.net>"),
               ("List-Post", "<mailto:astro-sw@lists.example.net>"),
               ("Precedence", "list"), ("X-BeenThere", "astro-sw@lists.example.net"))),
        text(body, charset="us-ascii", cte="7bit"))


# --------------------------------------------------------------------------- 28 Personio self-scheduling link
@mail(n(28), family="self_schedule", lang="en", interview=False, company="Aperture Cloud",
      note="Personio self-scheduling: 'choose a slot' between Oct 19 and Oct 23, nothing fixed yet",
      days=(("Mon", "2026-10-19"), ("Fri", "2026-10-23")))
def p28():
    body = t("""
        Hi Carlos,

        Thank you for your application as Staff Engineer, Optical Data Pipelines at Aperture
        Cloud. We would like to get to know you in a 45-minute video interview with our
        engineering lead.

        Please choose a slot that suits you via the following link. Available slots are between
        Monday, October 19 and Friday, October 23 (Mountain Time):

        https://aperture-cloud.jobs.personio.com/interview-slots/7f3b2e1c

        Once you have picked a slot, you will receive a confirmation with the video link.

        Kind regards,
        Helena Ruiz
        People & Talent, Aperture Cloud Inc. | Denver, CO
        """)
    return message(head(
        addr("Aperture Cloud", "no-reply@personio.de"),
        "Aperture Cloud - please choose your interview slot", "2026-10-14 10:31:20", DEN,
        "<personio.7f3b2e1c.1760459480@personio.de>",
        "from mail-out.personio.de (mail-out.personio.de [3.120.85.9])", "4RC06k5wHsz5n",
        reply_to=addr("Helena Ruiz", "helena.ruiz@aperturecloud.io")),
        alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 29 recruiter proposes times (not confirmed)
@mail(n(29), family="proposed_times", lang="en", interview=False, company="Lumen Drift",
      note="Recruiter proposes 'Tuesday 12/8 at 4 PM Eastern or Wednesday 12/9 at 11' and asks which works; "
           "nothing confirmed (the confirmation comes in a later mail)",
      days=(("Tue", "2026-12-08"), ("Wed", "2026-12-09")))
def p29():
    body = t("""
        Hi Carlos,

        Great chatting on Friday! Maya would like to meet you next week for the systems
        engineering conversation. Would Tuesday (12/8) at 4 PM Eastern work? If not, Wednesday
        12/9 at 11 AM Eastern is open too. Let me know which you prefer and I'll send the Zoom.

        Ari

        Ari Castellanos | Talent, Lumen Drift
        """)
    return message(head(
        addr("Ari Castellanos", "ari@lumendrift.io"), "Lumen Drift - next step", "2026-11-30 11:40:08", NY,
        "<CAJx8vR1aaB3cD@mail.gmail.com>", GMAIL_RELAY, "4RD19m6xJtz7p"),
        alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body))))


# --------------------------------------------------------------------------- 30 Taleo offer
@mail(n(30), family="offer", lang="en", interview=False, company="Chesapeake Space Instruments",
      note="Taleo offer notification; a response deadline (Tuesday, December 8) but no appointment",
      days=(("Tue", "2026-12-08"),))
def p30():
    body = t("""
        Dear Carlos Ochoa,

        Congratulations! Chesapeake Space Instruments is pleased to extend you an offer for the
        position of Flight Software Engineer (Pointing), requisition 26-0412.

        Your offer letter is now available in the Candidate Portal. Please log in to review the
        details and accept or decline by Tuesday, December 8, 2026.

        https://chesapeakespace.taleo.net/careersection/2/offer.ftl?lang=en

        If you have any questions about the offer, please contact your recruiter, Lydia Harmon.

        Sincerely,
        Human Resources
        Chesapeake Space Instruments

        This is an automated message. Please do not reply.
        """)
    return message(head(
        addr("Chesapeake Space Instruments", "noreply@chesapeakespace.taleo.net"),
        "Your offer from Chesapeake Space Instruments", "2026-12-01 10:15:47", NY,
        "<1448210355.1122.1764602147509.JavaMail.taleo@chesapeakespace.taleo.net>",
        "from smtp-out.taleo.net (smtp-out.taleo.net [148.87.19.41])", "4RF2bn7yKvz9r"),
        alt(text(body, charset="iso-8859-1"), html(simple_html(body), charset="iso-8859-1")))


# --------------------------------------------------------------------------- 31 out-of-office auto-reply
@mail(n(31), family="auto_reply", lang="en", interview=False, company=None,
      note="Out-of-office auto-reply from the Ashby coordinator to the candidate's thank-you note; dates of absence only")
def p31():
    body = t("""
        Thanks for your message. I'm out of the office from Wednesday, October 7 through Monday,
        October 12 with limited access to email. For anything related to interview scheduling,
        please contact recruiting@frontrangeao.com and a member of the team will help.

        Wes Harlan | Recruiting Coordinator | Front Range Adaptive Optics
        """)
    return message(head(
        addr("Wes Harlan", "wes.harlan@frontrangeao.com"),
        "Automatic reply: Thank you - Real-Time Controls interview", "2026-10-07 08:03:31", DEN,
        "<SA1PR12MB6870E1D2C3B4A5F6E7D8C9B0A1@SA1PR12MB6870.namprd12.prod.outlook.com>",
        O365_RELAY, "4RG3cp8zLwz2t", to="Carlos Ochoa <carlos.ochoa@example.org>",
        extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
               ("In-Reply-To", "<CAO7hQ2aTk9e1b@mail.example.org>"))),
        text(body))


# --------------------------------------------------------------------------- 32 bounce of the candidate's own confirmation
@mail(n(32), family="bounce", lang="en", interview=False, company=None,
      note="Postfix bounce of the candidate's own 'Thursday at 1:00 works' reply (mistyped domain); the returned "
           "message is the candidate's, not a confirmation from an employer")
def p32():
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <russ.kellerman@doscabezascoper.com>: Host or domain name not found. Name
            service error for name=doscabezascoper.com type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4RH4dq9aMxz4v
        X-Postfix-Sender: rfc822; carlos.ochoa@example.org
        Arrival-Date: Fri,  9 Oct 2026 18:29:58 -0700 (MST)

        Final-Recipient: rfc822; russ.kellerman@doscabezascoper.com
        Original-Recipient: rfc822;russ.kellerman@doscabezascoper.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=doscabezascoper.com type=A: Host not found
        """)
    orig_body = t("""
        Hi Russ,

        No problem at all - Thursday the 15th at 1:00 works for me. See you on Teams.

        Carlos
        """)
    orig = message([
        ("From", ME_H), ("To", "Russ Kellerman <russ.kellerman@doscabezascoper.com>"),
        ("Subject", "Re: Interview invitation: Senior Automation Software Engineer"),
        ("Date", date("2026-10-09 18:29:55", PHX)),
        ("Message-ID", "<CAO7hQ2bXw3u7c@mail.example.org>")],
        text(orig_body, charset="us-ascii", cte="7bit"))
    report = multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        attached_message(orig),
        params="report-type=delivery-status")
    return message([
        ("Delivered-To", ME),
        ("Received", "by mx1.example.org (Postfix)\r\n id 4RH5fr0bNyz6x; " + date("2026-10-09 18:30:01", PHX)),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", ME), ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-09 18:30:01", PHX)),
        ("Message-ID", "<20261010013001.4RH5fr0bNyz6x@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied")], report)


# --------------------------------------------------------------------------- 33 reemployment (unemployment office) appointment
@mail(n(33), family="job_centre", lang="en", interview=False, company=None,
      note="Unemployment-insurance reemployment (RESEA) appointment with a fixed time, Tue 24 Nov 9:30 AM; called a "
           "'required interview' but it is a benefits appointment, not a job interview",
      days=(("Tue", "2026-11-24"),))
def p33():
    body = t("""
        PIMA COUNTY REEMPLOYMENT CENTER
        Notice of Scheduled Appointment

        Claimant: CARLOS OCHOA
        Claim ID: ****4471

        You have been selected to participate in the Reemployment Services and Eligibility
        Assessment (RESEA) program. Your attendance at this interview is REQUIRED to continue
        receiving unemployment insurance benefits.

        Appointment type: RESEA initial meeting (in person)
        Date: Tuesday, November 24, 2026
        Time: 9:30 AM
        Location: 340 N. Commerce Park Loop, Room 112, Tucson, AZ 85745

        Please bring:
          - photo identification
          - your work search log for the last four weeks
          - an updated resume

        If you cannot attend, you must call 520-555-0100 at least one business day before your
        appointment. Failure to attend may affect your eligibility for benefits.

        This mailbox is not monitored. Do not reply to this email.
        """)
    return message(head(
        addr("Pima County Reemployment Center", "no-reply@reemploy.pima.example.gov"),
        "Notice of Scheduled Appointment - RESEA", "2026-11-16 07:45:10", PHX,
        "<20261116144510.71233@reemploy.pima.example.gov>",
        "from smtp.pima.example.gov (smtp.pima.example.gov [192.0.2.80])", "4RJ6gs1cPzz8z"),
        text(body, charset="us-ascii", cte="7bit"))


# --------------------------------------------------------------------------- 34 a reporter interviews the candidate
@mail(n(34), family="press_interview", lang="en", interview=False, company=None,
      note="Local reporter confirms an interview with Carlos about dark-sky lighting (Thursday 4 pm, from Mon 16 Nov "
           "= Thu 19 Nov); a confirmed 'interview' but press, not a job interview",
      days=(("Thu", "2026-11-19"),))
def p34():
    body = t("""
        Hi Carlos,

        Thanks so much for agreeing to talk! Confirming our interview for Thursday at 4 pm at
        Café Aurora on 4th Ave - I'll grab a table on the patio. I'd like to record audio if
        that's OK with you; it should take about 30 minutes.

        I'm mostly interested in the volunteer light-meter survey you ran with the dark-sky
        group and what the new county lighting code means for the observatories. The piece is
        planned for the December 3 issue.

        See you Thursday,
        Rosa Delacroix
        Staff Reporter, Sky Island Weekly
        rosa@skyislandweekly.example.com | 520-555-0187
        """)
    return message(head(
        addr("Rosa Delacroix", "rosa@skyislandweekly.example.com"), "Re: Dark-sky survey story - Thursday",
        "2026-11-16 13:02:44", PHX, "<CAF4kz9Tq1m2Yw@mail.gmail.com>", GMAIL_RELAY, "4RK7ht2dQaz1b"),
        alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 35 podcast recording booked via Calendly (with ICS)
@mail(n(35), family="podcast", lang="en", interview=False, company=None,
      note="Calendly booking for a podcast recording (Wed 2 Dec 11:00am Arizona Time) with an ICS; a fixed time, "
           "but a guest appearance, not a job interview")
def p35():
    body = t("""
        Hi Carlos Ochoa,

        A new event has been scheduled.

        Event Type:
        Photon Budget Podcast - Guest Recording (60 min)

        Event Date/Time:
        11:00am - 12:00pm (Arizona Time) Wednesday, December 2, 2026

        Location:
        Riverside.fm studio link: https://riverside.fm/studio/photon-budget

        Host:
        Jen Aldana, Photon Budget

        Questions:
        Topic you'd like to talk about: Open-source telescope control and the hobbyist-to-
        professional pipeline

        Need to make changes to this event?
        Reschedule: https://calendly.com/reschedulings/5d2e9a1b-7c3f-4b08-a6e4-1f0d9c8b7e26

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:5d2e9a1b-7c3f-4b08-a6e4-1f0d9c8b7e26@calendly.com
        DTSTAMP:20261124T172233Z
        DTSTART:20261202T180000Z
        DTEND:20261202T190000Z
        SUMMARY:Carlos Ochoa and Jen Aldana
        DESCRIPTION:Event Name: Photon Budget Podcast - Guest Recording (60 min)
        LOCATION:https://riverside.fm/studio/photon-budget
        ORGANIZER;CN=Jen Aldana:mailto:jen@photonbudget.example.com
        ATTENDEE;CN=Carlos Ochoa;RSVP=TRUE:mailto:carlos.ochoa@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Calendly", "notifications@calendly.com"),
        "Confirmed: Photon Budget Podcast - Guest Recording (60 min) with Jen Aldana on Wednesday, December 2, 2026",
        "2026-11-24 10:22:33", PHX, "<9c41b7e2a0d5.1764004953@calendly.com>",
        "from o1.ptr8243.calendly.com (o1.ptr8243.calendly.com [149.72.134.55])", "4RL8ju3eRbz3d",
        reply_to=addr("Jen Aldana", "jen@photonbudget.example.com")),
        mixed(alt(text(body), html(simple_html(body))),
              calendar(ics, filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 36 MBA admissions interview
@mail(n(36), family="admission_interview", lang="en", interview=False, company=None,
      note="Executive MBA admissions interview confirmed for Mon 16 Nov 10:00 AM MST via Zoom; a school admission "
           "interview, not a job interview",
      days=(("Mon", "2026-11-16"),))
def p36():
    hbody = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#2b2b2b">
        <p style="font-size:12px;letter-spacing:2px;color:#8c1d18">SONORAN GRADUATE SCHOOL OF MANAGEMENT &middot; OFFICE OF ADMISSIONS</p>
        <p>Dear Carlos,</p>
        <p>Thank you for submitting your application to the <b>Executive MBA, Spring 2027 cohort</b>. We are pleased to
        confirm your admissions interview:</p>
        <p style="margin-left:20px"><b>Monday, November 16, 2026 &middot; 10:00 AM MST (Arizona)</b><br>
        Interviewer: Prof. Daniel Aragon, Associate Dean<br>
        Format: Zoom (30 minutes) &ndash; link to follow the day before</p>
        <p>The interview is conversational. Be ready to discuss your career goals, your leadership experience and why
        you are pursuing an MBA at this point in your career.</p>
        <p>Warm regards,<br>Kayla Brennan<br>Associate Director of Admissions</p>
        </body></html>
        """)
    return message(head(
        addr("SGSM Admissions", "admissions@sgsm.example.edu"),
        "Your Executive MBA admissions interview is confirmed", "2026-11-10 15:12:08", PHX,
        "<0100019b11c3d5e7-admissions-20261110221208@sgsm.example.edu>",
        "from mail.sgsm.example.edu (mail.sgsm.example.edu [192.0.2.131])", "4RM9kv4fScz5f",
        reply_to=addr("Kayla Brennan", "kbrennan@sgsm.example.edu")),
        html(hbody, cte="base64"))


# --------------------------------------------------------------------------- 37 sports try-out
@mail(n(37), family="tryout", lang="en", interview=False, company=None,
      note="Adult soccer club try-out Saturday 19 Sep 7:30 AM; a fixed time but sport",
      days=(("Sat", "2026-09-19"),))
def p37():
    body = t("""
        Hey Carlos,

        Thanks for signing up for the O-35 team try-outs! You're confirmed for the first
        session:

        Saturday, September 19 - check-in 7:15 AM, try-out 7:30 to 9:30 AM
        Rillito River Fields, pitch 3 (north lot)

        Bring both a light and a dark shirt, shin guards, and LOTS of water - it'll still be
        90+ by 9. Coach Ferreira will run small-sided games and a fitness test. We'll post the
        roster on the club page by Wednesday.

        Vamos!
        Tucson Roadrunners FC - Adult Program
        """)
    return message(head(
        addr("Tucson Roadrunners FC", "adults@roadrunnersfc.example.org"),
        "O-35 try-outs: you're confirmed for Saturday", "2026-09-14 20:41:17", PHX,
        "<5f8e2a91c3d7b.20260915034117@roadrunnersfc.example.org>",
        "from mail-ej1-f50.google.com (mail-ej1-f50.google.com [209.85.218.50])", "4RNAlw5gTdz7h"),
        alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 38 car service appointment
@mail(n(38), family="car_service", lang="en", interview=False, company=None,
      note="Dealer/shop service appointment Tue 27 Oct 7:30 AM; fixed time, not an interview",
      days=(("Tue", "2026-10-27"),))
def p38():
    body = t("""
        Appointment Confirmation

        Hi Carlos, your service appointment is confirmed.

        Date: Tue, Oct 27, 2026
        Time: 7:30 AM
        Advisor: Lorenzo Vidal
        Vehicle: 2019 Subaru Outback
        Services: 60,000 mile maintenance, A/C performance check

        Rillito Auto Care
        2811 N. Oracle Rd, Tucson, AZ
        (520) 555-0133

        Shuttle service is available within 5 miles. Reply C to confirm or R to reschedule.
        """)
    return message(head(
        addr("Rillito Auto Care", "appointments@rillitoauto.example.com"),
        "Appointment Confirmation - Tue, Oct 27 at 7:30 AM", "2026-10-22 11:03:59", PHX,
        "<svc.7732019.20261022180359@rillitoauto.example.com>",
        "from mta4.dealer-notify.example.net (mta4.dealer-notify.example.net [192.0.2.14])", "4RPBmx6hVez9k"),
        alt(text(body, charset="us-ascii", cte="7bit"), html(simple_html(body), cte="7bit", charset="us-ascii")))


# --------------------------------------------------------------------------- 39 tax preparer appointment
@mail(n(39), family="tax_appointment", lang="en", interview=False, company=None,
      note="Tax preparer appointment Fri 4 Dec 3:00 PM (severance and estimated taxes); fixed time, not an interview",
      days=(("Fri", "2026-12-04"),))
def p39():
    body = t("""
        Hello Carlos,

        This is a reminder that your appointment with Marisa Kent, EA is confirmed for Friday,
        December 4 at 3:00 PM at our Grant Road office.

        Topics noted: severance payment withholding, 2026 Q4 estimated payment, HSA rollover.

        Please bring your final pay stub from Vega Mount Systems, any 1099s received so far,
        and last year's return. If you need to reschedule, call us at 520-555-0150.

        Thank you,
        Desert Ledger Tax Services
        """)
    return message(head(
        addr("Desert Ledger Tax Services", "office@desertledger.example.com"),
        "Appointment reminder - Friday, December 4 at 3:00 PM", "2026-11-30 09:30:00", PHX,
        "<DL-appt-20261130-3381@desertledger.example.com>",
        "from smtp.desertledger.example.com (smtp.desertledger.example.com [192.0.2.71])", "4RQCny7jWfz2m"),
        text(body, charset="iso-8859-15"))


# --------------------------------------------------------------------------- 40 career coach mock interview with ICS
@mail(n(40), family="mock_interview", lang="en", interview=False, company=None,
      note="Career coach confirms a paid mock interview Thu 1 Oct 6:00 PM Arizona with a Google Calendar ICS; "
           "practice, not a job interview")
def p40():
    body = t("""
        Hi Carlos,

        Booked! Here's what we agreed on for your mock interview session:

        Thursday, October 1, 6:00-7:30 PM (Arizona time)
        Zoom: https://us06web.zoom.us/j/84110299381

        Format: 45 minutes of a realistic technical screen (controls + C++), 20 minutes of
        behavioral questions in the STAR format, then debrief. I'll play the hiring manager from
        a defense optics company, since you've got the Bristlecone second round coming up.

        Invoice for the session is attached separately.

        Kate

        Kate Morrow, PCC
        Summit Path Career Coaching
        kate@summitpath.example.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_PHX + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Phoenix:20261001T180000
        DTEND;TZID=America/Phoenix:20261001T193000
        DTSTAMP:20260925T212001Z
        ORGANIZER;CN=Kate Morrow:mailto:kate@summitpath.example.com
        UID:1a7m2k9c4x0q8p5r3t6v@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=carlos.ochoa@example.org:mailto:carlos.ochoa@example.org
        SUMMARY:Mock interview session - Carlos Ochoa
        LOCATION:https://us06web.zoom.us/j/84110299381
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Kate Morrow", "kate@summitpath.example.com"), "Mock interview - Thursday Oct 1, 6 PM",
        "2026-09-25 14:20:01", PHX, "<CAH2q8Vn4Lk1Pw@mail.gmail.com>", GMAIL_RELAY, "4RRDpz8kXgz4n"),
        mixed(alt(text(body), html(gmail_html(body)), calendar(ics))))


# --------------------------------------------------------------------------- 41 sister's interview forwarded for information
@mail(n(41), family="forwarded_other", lang="en", interview=False, company=None,
      note="His sister forwards HER interview confirmation (Wed 14 Oct 2:00 PM) as an attached message, asking for "
           "prep help; a confirmed job interview, but not the inbox owner's",
      days=(("Wed", "2026-10-14"),))
def p41():
    inner_body = t("""
        Dear Marisol,

        We are pleased to confirm your interview for the Clinical Data Analyst position.

        Date: Wednesday, October 14, 2026
        Time: 2:00 PM - 3:00 PM (Arizona)
        Location: Verde Valley Medical Center, Administration Building, 3rd floor, Cottonwood, AZ

        Please ask for Hannah Price at the front desk.

        Sincerely,
        Verde Valley Medical Center Human Resources
        """)
    inner = message([
        ("From", "Verde Valley Medical Center <careers-noreply@vvmc.example.org>"),
        ("To", "Marisol Ochoa <marisol.ochoa@example.net>"),
        ("Subject", "Interview Confirmation - Clinical Data Analyst"),
        ("Date", date("2026-10-07 16:05:12", PHX)),
        ("Message-ID", "<vvmc.iv.20261007230512.1187@vvmc.example.org>")],
        alt(text(inner_body), html(simple_html(inner_body))))
    body = t("""
        Carlitos - it's happening!! See below. Can you do a practice run with me this weekend?
        You're so much better at the "tell me about yourself" stuff than me. Also can I borrow
        the Subaru on Wednesday, mine is making the noise again.

        Love,
        Mari
        """)
    return message(head(
        addr("Marisol Ochoa", "marisol.ochoa@example.net"), "Fwd: Interview Confirmation - Clinical Data Analyst",
        "2026-10-08 07:58:31", PHX, "<CAB9vXq7Tm2Kp1@mail.gmail.com>", GMAIL_RELAY, "4RSEq09mYhz6p"),
        mixed(alt(text(body), html(gmail_html(body))),
              attached_message(inner, "Interview Confirmation - Clinical Data Analyst.eml")))


# --------------------------------------------------------------------------- 42 asked to interview a candidate at the current job
@mail(n(42), family="interviewer_invite", lang="en", interview=False, company=None,
      note="Exchange request at his current employer: Carlos sits on the panel interviewing a candidate (Fri 11 Sep "
           "10:00 Arizona); he is the interviewer, not the interviewee")
def p42():
    body = t("""
        When: Friday, September 11, 2026 10:00 AM-11:00 AM (UTC-07:00) Arizona.
        Where: Catalina conf room (2nd floor) / Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hi Carlos,

        Thanks for agreeing to be on the panel for Jamie Park (Controls Engineer II). You have
        the technical portion: please cover servo tuning and one of the encoder-fault
        questions from the interview kit. Resume and scorecard are in the hiring folder;
        please submit feedback in the ATS within 24 hours.

        Thanks!
        Priscilla

        Priscilla Navarro | HR Business Partner | Vega Mount Systems
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_US_MOUNTAIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Navarro, Priscilla":mailto:pnavarro@vegamount.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ochoa, Carlos":mailto:carlos.ochoa@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lutz, Andrea":mailto:alutz@vegamount.com
        DESCRIPTION;LANGUAGE=en-US:Panel interview - candidate Jamie Park (Controls Engineer II). Technical portion: Carlos.
        UID:040000008200E00074C5B7101A82E00800000000B94D1C7E3A22DD01000000000000000010000000A6F2C9D1
        SUMMARY;LANGUAGE=en-US:Interview: Jamie Park - Controls Engineer II (panel)
        DTSTART;TZID=US Mountain Standard Time:20260911T100000
        DTEND;TZID=US Mountain Standard Time:20260911T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260902T201533Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Catalina conf room (2nd floor) / Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Navarro, Priscilla", "pnavarro@vegamount.com"), "Interview: Jamie Park - Controls Engineer II (panel)",
        "2026-09-02 13:15:33", PHX, "<CH3PR02MB9157D2E1F0A9B8C7D6E5F4A3B2@CH3PR02MB9157.namprd02.prod.outlook.com>",
        O365_RELAY, "4RTFr1anZiz8r", to="Ochoa, Carlos <carlos.ochoa@example.org>",
        extra=(("Thread-Topic", "Interview: Jamie Park - Controls Engineer II (panel)"),
               ("Content-Language", "en-US"))),
        alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
            calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 43 team event at the current job (Google Calendar)
@mail(n(43), family="team_event", lang="en", interview=False, company=None,
      note="Google Calendar invitation at the current employer: sprint review and team lunch, Fri 18 Sep 11:30am; "
           "not an interview")
def p43():
    body = t("""
        Sprint 41 review + team lunch
        Friday Sep 18, 2026 ⋅ 11:30am – 1:30pm
        Mountain Standard Time - Phoenix

        Location
        Vega Mount Systems - high bay, then Seis Kitchen

        Demo of the new absolute-encoder homing on the 1.2 m mount, then lunch on the company.
        Please add your demo slot to the sheet by Thursday.

        Organizer
        Andrea Lutz
        alutz@vegamount.com

        Invitation from Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_PHX + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Phoenix:20260918T113000
        DTEND;TZID=America/Phoenix:20260918T133000
        DTSTAMP:20260914T160211Z
        ORGANIZER;CN=Andrea Lutz:mailto:alutz@vegamount.com
        UID:3s8d1f6g0h2j4k7l9z5x@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=carlos.ochoa@example.org:mailto:carlos.ochoa@example.org
        SUMMARY:Sprint 41 review + team lunch
        LOCATION:Vega Mount Systems - high bay\\, then Seis Kitchen
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Andrea Lutz", "alutz@vegamount.com"),
        "Invitation: Sprint 41 review + team lunch @ Fri Sep 18, 2026 11:30am - 1:30pm (MST) (carlos.ochoa@example.org)",
        "2026-09-14 09:02:11", PHX, "<calendar-c2e8f1a0-7b3d-4e59-9a16-5d0c8e2f4b71@google.com>",
        "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "4RVGs2boAjz1t",
        reply_to="alutz@vegamount.com",
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
        mixed(alt(text(body), html(simple_html(body)), calendar(ics, cte="base64")),
              calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 44 HR meeting at the current job (restructuring)
@mail(n(44), family="hr_meeting", lang="en", interview=False, company=None,
      note="Exchange request from HR at the current employer for a restructuring (pre-dismissal) meeting, Thu 10 Sep "
           "4:00 PM Arizona; fixed time, not a job interview")
def p44():
    body = t("""
        When: Thursday, September 10, 2026 4:00 PM-4:30 PM (UTC-07:00) Arizona.
        Where: HR office, Building A / Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Carlos,

        Please join me and Tom Hadley for a short meeting about the organizational changes in
        the Observatory Products group. You're welcome to bring a colleague or support person.
        The Employee Assistance Program can be reached at any time at 1-800-555-0111.

        Priscilla Navarro
        HR Business Partner, Vega Mount Systems
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_US_MOUNTAIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Navarro, Priscilla":mailto:pnavarro@vegamount.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ochoa, Carlos":mailto:carlos.ochoa@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hadley, Tom":mailto:thadley@vegamount.com
        UID:040000008200E00074C5B7101A82E00800000000C18E2D9F4B33DD01000000000000000010000000D7A3E1F2
        SUMMARY;LANGUAGE=en-US:Meeting - Observatory Products organizational update
        DTSTART;TZID=US Mountain Standard Time:20260910T160000
        DTEND;TZID=US Mountain Standard Time:20260910T163000
        CLASS:PRIVATE
        PRIORITY:5
        DTSTAMP:20260908T170245Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:HR office\\, Building A / Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Navarro, Priscilla", "pnavarro@vegamount.com"), "Meeting - Observatory Products organizational update",
        "2026-09-08 10:02:45", PHX, "<CH3PR02MB9157A1B2C3D4E5F6A7B8C9D0E1@CH3PR02MB9157.namprd02.prod.outlook.com>",
        O365_RELAY, "4RWHt3cpBkz3v", to="Ochoa, Carlos <carlos.ochoa@example.org>",
        extra=(("Sensitivity", "Private"), ("Content-Language", "en-US"))),
        alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
            calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 45 physiotherapy appointment
@mail(n(45), family="medical_appointment", lang="en", interview=False, company=None,
      note="Physical therapy appointment Mon 19 Oct 4:15 PM; fixed time, not an interview",
      days=(("Mon", "2026-10-19"),))
def p45():
    body = t("""
        Hi Carlos,

        This is a reminder of your upcoming appointment:

        Tanque Verde Physical Therapy
        Mon, Oct 19, 2026 at 4:15 PM
        Provider: Alyssa Greer, DPT
        Visit: Follow-up - right shoulder (visit 4 of 8)

        Please arrive 10 minutes early and wear comfortable clothing. To cancel or reschedule,
        call (520) 555-0172 at least 24 hours in advance to avoid a late-cancellation fee.

        Reply STOP to opt out of email reminders.
        """)
    return message(head(
        addr("Tanque Verde Physical Therapy", "reminders@tvpt.example.com"),
        "Appointment reminder: Mon, Oct 19 at 4:15 PM", "2026-10-14 06:00:12", PHX,
        "<rem.20261014130012.55190@tvpt.example.com>",
        "from o2.sendgrid.example.net (o2.sendgrid.example.net [192.0.2.201])", "4RXJv4dqCmz5x"),
        alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 46 Zoom webinar registration about interviewing
@mail(n(46), family="webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration 'Acing the Technical Interview' Thu 5 Nov 10:00 AM Pacific with an ICS; a "
           "webinar about interviews, not an interview")
def p46():
    body = t("""
        Hi Carlos,

        Thank you for registering for "Acing the Technical Interview: Optics & Photonics Edition".

        Please submit any questions to: events@photonicscareers.example.org

        Date Time: Nov 5, 2026 10:00 AM Pacific Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/86214409912?tk=c2Vj

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        Speakers: Dr. Lena Vogt (hiring manager, 15 years in photonics), Tom Becker (career
        coach). You can cancel your registration at any time.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261029T170521Z
        DTSTART:20261105T180000Z
        DTEND:20261105T190000Z
        SUMMARY:Acing the Technical Interview: Optics & Photonics Edition
        UID:20261029T170521Z-86214409912@zoom.us
        LOCATION:https://us02web.zoom.us/w/86214409912?tk=c2Vj
        ORGANIZER;CN=Photonics Careers Network:mailto:no-reply@zoom.us
        END:VEVENT
        END:VCALENDAR
        """)
    return message(head(
        addr("Photonics Careers Network", "no-reply@zoom.us"),
        "Acing the Technical Interview: Optics & Photonics Edition Confirmation", "2026-10-29 10:05:21", PHX,
        "<Ib7wQ3xJRkKp2fX9Lm0aTQ@geopod-ismtpd-7>",
        "from o12.email.zoom.us (o12.email.zoom.us [167.89.5.12])", "4RYKw5erDnz7z"),
        mixed(alt(text(body), html(simple_html(body))),
              calendar(ics, method="PUBLISH", filename="iCalendar.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 47 recruiter invites to a referral / info session
@mail(n(47), family="info_session", lang="en", interview=False, company="Ironwood Aerospace",
      note="Recruiter invites him (and friends he might refer) to a virtual hiring info session Wed 18 Nov 5:30 PM "
           "MST; an event, not his interview",
      days=(("Wed", "2026-11-18"),))
def p47():
    body = t("""
        Hi Carlos,

        While your application is moving forward, I wanted to share that we're hosting a virtual
        info session for our Electro-Optics group on Wednesday, November 18 at 5:30 PM MST.
        Engineers from the program will talk about the work, and there'll be open Q&A.

        If you know other optics or controls folks who might be interested, please forward this
        along - our employee referral program applies to candidates referred by applicants who
        join us, too.

        Register here: https://events.ironwoodaero.com/eo-info-session-nov

        Best,
        Keisha Odom
        Senior Technical Recruiter, Ironwood Aerospace
        keisha.odom@ironwoodaero.com
        """)
    return message(head(
        addr("Keisha Odom", "keisha.odom@ironwoodaero.com"), "Ironwood Electro-Optics virtual info session - Nov 18",
        "2026-11-12 14:44:20", PHX, "<SN7PR05MB8844B1A2C3D4E5F6A7B8C9D0E1@SN7PR05MB8844.namprd05.prod.outlook.com>",
        O365_RELAY, "4RZLx6fsEpz9b"),
        alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 48 Spanish proposal, not yet confirmed (thread with 11)
@mail(n(48), family="proposed_times", lang="es", interview=False, company="Frontera Optomecánica",
      note="Spanish recruiter proposes 'jueves 22 a las 11:00 o viernes 23 a las 9:30' and asks which suits; not "
           "confirmed (the confirmation is a later mail)",
      days=(("Thu", "2026-10-22"), ("Fri", "2026-10-23")))
def p48():
    body = t("""
        Estimado Carlos:

        Gracias por su interés en la vacante de Ingeniero de Software de Control. Nos gustaría
        invitarle a una entrevista técnica en nuestras oficinas de Tucson con el Ing. Ramón
        Quijada.

        ¿Le vendría bien el jueves 22 de octubre a las 11:00 o el viernes 23 a las 9:30 (hora de
        Arizona)? Quedo atenta a su respuesta para confirmarle.

        Saludos cordiales,

        Lucía Ibarra Treviño
        Reclutamiento y Selección
        Frontera Optomecánica S.A. de C.V.
        """)
    return message(head(
        addr("Lucía Ibarra Treviño", "libarra@fronteraoptomecanica.mx"),
        "Entrevista - Ingeniero de Software de Control", "2026-10-12 09:48:15", "America/Hermosillo",
        "<SJ0PR13MB5712F0E1D2C3B4A5968778695A@SJ0PR13MB5712.namprd13.prod.outlook.com>",
        O365_RELAY, "4RaMy7gtFqz2d", extra=(("Content-Language", "es-MX"),)),
        text(body, cte="8bit"))


# --------------------------------------------------------------------------- 49 alumni interviewer assignment
@mail(n(49), family="alumni_interviewer", lang="en", interview=False, company=None,
      note="University alumni program asks Carlos to interview an undergraduate applicant, Sat 12 Dec 10:00 AM at a "
           "library; he is the interviewer, not a job candidate",
      days=(("Sat", "2026-12-12"),))
def p49():
    body = t("""
        Dear Carlos,

        Thank you for volunteering again as an alumni interviewer for the Rio Salado Institute
        of Technology. We have matched you with the following applicant, who has confirmed:

        Applicant: Sofia Lemus (Tucson, Early Decision - Physics)
        When: Saturday, December 12, 10:00 AM
        Where: Joel Valdez Main Library, study room 3 (reserved under your name)

        Please submit your interview report in the Alumni Portal within 48 hours. Remember that
        interviews are informational and evaluative for admissions, and should last 30 to 45
        minutes.

        With gratitude,
        Office of Undergraduate Admissions - Alumni Interview Program
        Rio Salado Institute of Technology
        """)
    return message(head(
        addr("RSIT Alumni Interview Program", "alumni-interviews@rsit.example.edu"),
        "Your alumni interview assignment: Sofia Lemus", "2026-12-03 10:11:09", PHX,
        "<aip.assign.20261203171109.3321@rsit.example.edu>",
        "from mx.rsit.example.edu (mx.rsit.example.edu [192.0.2.150])", "4RbNz8huGrz4f"),
        alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 50 post-interview thanks (thread with 7)
@mail(n(50), family="post_interview", lang="en", interview=False, company="Chesapeake Space Instruments",
      note="Recruiter thanks him for yesterday's interview (Tue 3 Nov) and promises news next week; nothing scheduled")
def p50():
    body = t("""
        Hi Carlos,

        Thanks again for your time yesterday - Ben and Carol both came out of the call
        energized, and Ben said your quaternion walk-through was the cleanest he's seen this
        year. We're finishing the remaining interviews this week and I expect to have an update
        for you by the end of next week.

        Best,
        Lydia

        Lydia Harmon | Technical Recruiter
        Chesapeake Space Instruments

        -----Original Message-----
        From: Carlos Ochoa <carlos.ochoa@example.org>
        Sent: Tuesday, November 3, 2026 3:12 PM
        To: Harmon, Lydia <lharmon@chesapeakespace.com>
        Subject: Thank you

        Hi Lydia, thank you for setting up today's interview. I really enjoyed the conversation
        with Ben and Carol.
        Carlos
        """)
    return message(head(
        addr("Harmon, Lydia", "lharmon@chesapeakespace.com"), "RE: Thank you", "2026-11-04 09:26:40", NY,
        "<BN8PR14MB39217A6B5C4D3E2F1A0B9C8D7E@BN8PR14MB3921.namprd14.prod.outlook.com>",
        O365_RELAY, "4RcP0a9vHsz6h", to="Carlos Ochoa <carlos.ochoa@example.org>",
        extra=(("In-Reply-To", "<CAO7hQ3cVn8s2d@mail.example.org>"), ("Thread-Topic", "Thank you"))),
        alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))
