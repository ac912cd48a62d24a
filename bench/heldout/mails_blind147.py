"""blind147: 50 hand-written mails from the inbox of Tyler Brooks (Denver), September-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). One function
per mail; ``make.py`` does the MIME plumbing and the checks. Build and check:

    python3 bench/heldout/make_blind.py blind147
"""

from __future__ import annotations

import random

from make import (
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
    utc,
)

SET = "blind147"
ORDER = random.Random(1470147).sample(range(1, 51), 50)


def N(key: int) -> str:
    """File name of the mail written key-th (1-23 positives, 24-50 negatives)."""
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "tyler.brooks@example.org"
TO = addr("Tyler Brooks", ME)
DEN = "America/Denver"
PHX = "America/Phoenix"
LAX = "America/Los_Angeles"
NYC = "America/New_York"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *extra: tuple[str, str],
         to: str = TO, rcv: tuple[str, str] | None = None) -> list[tuple[str, str]]:
    """Top-level headers; ``rcv`` = (from-clause, by-host) for a Received line a few seconds later."""
    hs: list[tuple[str, str]] = [("Delivered-To", ME)]
    if rcv:
        hs.append(("Received", received(rcv[0], when, zone, rcv[1], ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


TZ_DENVER = """BEGIN:VTIMEZONE
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

TZ_LA = """BEGIN:VTIMEZONE
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

TZ_WIN_MOUNTAIN = """BEGIN:VTIMEZONE
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

TZ_WIN_ARIZONA = """BEGIN:VTIMEZONE
TZID:US Mountain Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
END:STANDARD
END:VTIMEZONE"""

TZ_WIN_EASTERN = """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

GMAIL_RCV = ("from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
             "mx.example.org with ESMTPS id 2b7e41c9d0")


# =========================================================================== positives: scheduled


@mail(N(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-11 10:00", DEN), end=utc("2026-09-11 10:45", DEN),
      contact="kendra.vasquez@powderridgeresorts.com", company="Powder Ridge Resorts",
      local="Fri 2026-09-11 10:00", local_end="2026-09-11 10:45", zone=DEN,
      note="Greenhouse confirmation from a ski-resort operator; 'Friday, September 11, 2026, "
           "10:00 AM - 10:45 AM MDT' (Denver, UTC-6) = 16:00Z-16:45Z; ICS in America/Denver agrees; "
           "contact = human Reply-To recruiter")
def p01_greenhouse_powder_ridge():
    body = t("""
        Hi Tyler,

        Thanks for making time to speak with us about the Senior Software Engineer, Guest
        Commerce role at Powder Ridge Resorts. Your interview is confirmed:

        Interview: Hiring Manager Conversation
        When: Friday, September 11, 2026, 10:00 AM - 10:45 AM MDT
        Where: Google Meet - https://meet.google.com/pqr-vhke-tsn
        Interviewer: Owen Lindqvist, Director of Digital Products

        Owen will spend most of the time on the season-pass checkout rebuild and how you've
        handled peak traffic in past roles. No prep needed beyond that.

        If you need to reschedule, just reply to this email.

        Best,
        Kendra Vasquez
        Talent Acquisition Partner | Powder Ridge Resorts
    """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2a37">
        <p>Hi Tyler,</p>
        <p>Thanks for making time to speak with us about the <b>Senior Software Engineer, Guest
        Commerce</b> role at Powder Ridge Resorts. Your interview is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Hiring Manager Conversation</td></tr>
        <tr><td><b>When</b></td><td>Friday, September 11, 2026, 10:00 AM &ndash; 10:45 AM MDT</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://meet.google.com/pqr-vhke-tsn">Google Meet</a></td></tr>
        <tr><td><b>Interviewer</b></td><td>Owen Lindqvist, Director of Digital Products</td></tr>
        </table>
        <p>Owen will spend most of the time on the season-pass checkout rebuild and how you&#39;ve
        handled peak traffic in past roles. No prep needed beyond that.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Kendra Vasquez<br>Talent Acquisition Partner | Powder Ridge Resorts</p>
        <img src="https://app.greenhouse.io/email_tracking/o/8f3c1d2e.gif" width="1" height="1" alt="">
        </body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_DENVER}
BEGIN:VEVENT
UID:gh-interview-58213377@greenhouse.io
DTSTAMP:20260908T161200Z
DTSTART;TZID=America/Denver:20260911T100000
DTEND;TZID=America/Denver:20260911T104500
SUMMARY:Interview: Tyler Brooks <> Powder Ridge Resorts (Hiring Manager Conversation)
LOCATION:https://meet.google.com/pqr-vhke-tsn
ORGANIZER;CN=Kendra Vasquez:mailto:kendra.vasquez@powderridgeresorts.com
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Powder Ridge Resorts", "no-reply@greenhouse.io"),
             "Interview Confirmation: Powder Ridge Resorts - Senior Software Engineer, Guest Commerce",
             "2026-09-08 10:12:04", DEN,
             "<0100019a2c5e7f31-5d0b7c8a-3e1f-4a77-9a0e-7c21b6d9e3f4-000000@email.amazonses.com>",
             ("Reply-To", addr("Kendra Vasquez", "kendra.vasquez@powderridgeresorts.com")),
             ("X-Mailer", "Greenhouse"),
             rcv=("from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
                  "mx.example.org with ESMTPS id 7c1f9a2e44")),
        mixed(alt(text(body), html(page)),
              calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(2), family="lever", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-17 14:00", DEN), end=utc("2026-09-17 15:00", DEN),
      contact="nate@flatironloop.com", company="Flatiron Loop",
      local="Thu 2026-09-17 14:00", local_end="2026-09-17 15:00", zone=DEN,
      note="Lever confirmation, HTML only in base64, Boulder startup; 'Thursday, Sep 17 at 2:00pm "
           "MDT' for 60 minutes -> 20:00Z-21:00Z; contact = Reply-To (the co-founder)")
def p02_lever_flatiron():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview confirmed</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <div style="max-width:560px;margin:24px auto;background:#ffffff;padding:28px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.5;color:#222">
        <p>Hey Tyler,</p>
        <p>Great news &mdash; you&rsquo;re confirmed for a <strong>technical pairing session</strong> with
        Flatiron Loop for the Full-Stack Engineer (Trail Maps &amp; Commerce) role.</p>
        <p><strong>Thursday, Sep 17 at 2:00pm MDT</strong><br>
        Duration: 60 minutes<br>
        Location: our Boulder office, 1911 Pearl St, Suite 300 (park in the Walnut St garage, we validate)</p>
        <p>You&rsquo;ll pair with Sunny Abernathy on a small feature in our checkout service. Bring your
        own laptop if you like, or use one of ours.</p>
        <p>Questions? Reply here and it comes straight to me.</p>
        <p>Nate Ferreira<br>Co-founder &amp; CTO, Flatiron Loop</p>
        <p style="font-size:12px;color:#8a8f98">Sent via Lever &middot; <a href="https://hire.lever.co/unsubscribe/ef12" style="color:#8a8f98">Notification settings</a></p>
        </div></body></html>
    """)
    return message(
        head(addr("Flatiron Loop", "no-reply@hire.lever.co"),
             "Confirmed: Technical pairing session with Flatiron Loop", "2026-09-14 09:03:51", DEN,
             "<20260914150351.1b9d3e0f7a@hire.lever.co>",
             ("Reply-To", addr("Nate Ferreira", "nate@flatironloop.com")),
             rcv=("from mail-14.hire.lever.co (mail-14.hire.lever.co [198.2.177.14])",
                  "mx.example.org with ESMTPS id 19ad3c5f02")),
        html(page, cte="base64"))


@mail(N(3), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-23 17:30", LAX), end=utc("2026-09-23 18:15", LAX),
      contact="priya.nandakumar@cascadiapackworks.com", company="Cascadia Packworks",
      local="Wed 2026-09-23 17:30", local_end="2026-09-23 18:15", zone=LAX,
      note="Ashby confirmation from a Seattle company in Pacific time: Wed Sep 23, 5:30-6:15 PM PDT "
           "(UTC-7) = 00:30Z-01:15Z on Thu Sep 24, the next day in UTC (6:30 PM in Denver); ICS in "
           "UTC agrees; contact = Reply-To / ORGANIZER recruiter")
def p03_ashby_cascadia():
    body = t("""
        Hi Tyler,

        Your interview with Cascadia Packworks is confirmed.

        Senior Software Engineer, Storefront Platform - Technical Screen
        Wednesday, September 23, 2026
        5:30 PM - 6:15 PM PDT (Pacific Time)

        Zoom: https://cascadiapackworks.zoom.us/j/83311920466?pwd=Qm1uWkVt

        Interviewer: Graham Osei (Staff Engineer)

        We know this is a little late in the day for you in Denver - thanks for flexing around
        Graham's on-call week.

        Need to make a change? Reply to this email and it will reach Priya Nandakumar.

        Cascadia Packworks Recruiting
    """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#18181b;font-size:14px">
        <p>Hi Tyler,</p>
        <p>Your interview with <b>Cascadia Packworks</b> is confirmed.</p>
        <div style="border:1px solid #e4e4e7;border-radius:8px;padding:16px">
        <div style="font-weight:600">Senior Software Engineer, Storefront Platform &mdash; Technical Screen</div>
        <div>Wednesday, September 23, 2026</div>
        <div>5:30 PM &ndash; 6:15 PM PDT (Pacific Time)</div>
        <div><a href="https://cascadiapackworks.zoom.us/j/83311920466?pwd=Qm1uWkVt">Join Zoom</a></div>
        <div>Interviewer: Graham Osei (Staff Engineer)</div>
        </div>
        <p>We know this is a little late in the day for you in Denver &mdash; thanks for flexing around
        Graham&#39;s on-call week.</p>
        <p>Need to make a change? Reply to this email and it will reach Priya Nandakumar.</p>
        <p style="color:#71717a">Cascadia Packworks Recruiting &middot; Powered by Ashby</p>
        </body></html>
    """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:7e0a1c44-93d2-4b8e-a0f6-51c2d7e8b903
DTSTAMP:20260918T204500Z
DTSTART:20260924T003000Z
DTEND:20260924T011500Z
SUMMARY:Cascadia Packworks - Technical Screen (Tyler Brooks)
LOCATION:https://cascadiapackworks.zoom.us/j/83311920466?pwd=Qm1uWkVt
ORGANIZER;CN=Priya Nandakumar:mailto:priya.nandakumar@cascadiapackworks.com
ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks@example.org
ATTENDEE;CN=Graham Osei;PARTSTAT=ACCEPTED:mailto:graham.osei@cascadiapackworks.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Cascadia Packworks", "no-reply@ashbyhq.com"),
             "Interview confirmed: Senior Software Engineer, Storefront Platform at Cascadia Packworks",
             "2026-09-18 13:45:12", LAX,
             "<010001927bb1e0c4-0b5f9d2a-71c3-4e8e-b6a4-2f9c0d1e7a55-000000@email.amazonses.com>",
             ("Reply-To", addr("Priya Nandakumar", "priya.nandakumar@cascadiapackworks.com")),
             rcv=("from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
                  "mx.example.org with ESMTPS id 5e0b77a1c3")),
        mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(4), family="workday", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-05 09:30", DEN), end=utc("2026-10-05 10:30", DEN),
      contact="dana.whitfield@frontrangehealth.org", company="Front Range Health",
      local="Mon 2026-10-05 09:30", local_end="2026-10-05 10:30", zone=DEN,
      note="Workday interview notification from a Denver health system; 'Monday, October 5, 2026 "
           "09:30 AM - 10:30 AM (Mountain Time)', MDT = UTC-6 -> 15:30Z-16:30Z; sender is the "
           "Workday tenant address, contact = the recruiter address written in the body")
def p04_workday_front_range_health():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="background:#00557f;padding:14px;color:#ffffff;font-size:18px">Front Range Health Careers</td></tr>
        <tr><td style="padding:18px">
        <p>Dear Tyler Brooks,</p>
        <p>Thank you for your interest in the <b>Lead Software Engineer - Patient Digital Experience</b>
        position (Job Requisition R-0048213). We are pleased to confirm your interview.</p>
        <p><b>Interview Type:</b> Virtual (Microsoft Teams)<br>
        <b>Date:</b> Monday, October 5, 2026<br>
        <b>Time:</b> 09:30 AM - 10:30 AM (Mountain Time)<br>
        <b>Interviewers:</b> Marcus Bell, Senior Manager, Digital Engineering; Aiyana Roanhorse, Product Lead</p>
        <p>A Teams link will be sent by the hiring team in a separate calendar invitation.</p>
        <p>If you have questions or need accommodations for the interview, please contact your
        recruiter, Dana Whitfield, at <a href="mailto:dana.whitfield@frontrangehealth.org">dana.whitfield@frontrangehealth.org</a>
        or 303-555-0148.</p>
        <p>Please do not reply to this message; this mailbox is not monitored.</p>
        <p>Sincerely,<br>Front Range Health Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:10px;font-size:11px;color:#888888">Front Range Health is an equal opportunity employer.
        View your candidate home: https://frontrangehealth.wd5.myworkdayjobs.com/FRH_Careers/userHome</td></tr>
        </table></body></html>
    """)
    return message(
        head(addr("Front Range Health", "frontrangehealth@myworkday.com"),
             "Interview Scheduled - Lead Software Engineer - Patient Digital Experience (R-0048213)",
             "2026-09-30 08:15:40", DEN, "<1874265409.332015.1791123340712@wd5-prod-mail.myworkday.com>",
             ("X-Workday-Tenant", "frontrangehealth"),
             rcv=("from wd5-mta02.myworkday.com (wd5-mta02.myworkday.com [159.92.157.22])",
                  "mx.example.org with ESMTPS id 0c6d1e8f3a")),
        html(page))


@mail(N(5), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-13 13:00", PHX), end=None,
      contact="luis.carrillo@saguarofreight.com", company="Saguaro Freight Systems",
      local="Tue 2026-10-13 13:00", zone=PHX,
      note="SmartRecruiters confirmation from a Phoenix firm: '1:00 PM Arizona Time (MST)'; Arizona "
           "has no DST, so UTC-7 in October -> 20:00Z (2:00 PM in Denver, where it is MDT); no "
           "length stated; contact = recruiter named with address in the body (Reply-To is no-reply)")
def p05_smartrecruiters_saguaro():
    body = t("""
        Hello Tyler,

        Thank you for your application for Senior E-commerce Engineer at Saguaro Freight Systems.

        We are happy to confirm your video interview:

          Date:     Tuesday, October 13, 2026
          Time:     1:00 PM Arizona Time (MST)
          Format:   Microsoft Teams video call (link below)
          With:     Luis Carrillo, Technical Recruiter, and Becca Thornbury, Engineering Manager

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA3NzE0NTctZTg2ZS00OWRh@thread.v2/0

        Please note that Arizona does not observe daylight saving time. If you have any questions,
        you can reach Luis directly at luis.carrillo@saguarofreight.com.

        Kind regards,
        Saguaro Freight Systems Talent Team

        --
        This message was sent by SmartRecruiters on behalf of Saguaro Freight Systems.
        Manage your application: https://my.smartrecruiters.com/
    """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    return message(
        head(addr("Saguaro Freight Systems", "no-reply@smartrecruiters.com"),
             "Interview confirmation - Senior E-commerce Engineer", "2026-10-06 10:02:19", PHX,
             "<e3a1b57c-9f20-4d1b-8c63-0a7f2e5d9b14@smartrecruiters.com>",
             ("Reply-To", "no-reply@smartrecruiters.com"),
             rcv=("from mail-a.smartrecruiters.com (mail-a.smartrecruiters.com [3.120.44.191])",
                  "mx.example.org with ESMTPS id a93e20f1b4")),
        alt(text(body), html(page)))


@mail(N(6), family="exchange_outlook", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", DEN), end=utc("2026-11-03 11:00", DEN),
      contact="brenda.kowalczyk@meridianorbital.com", company="Meridian Orbital Systems",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=DEN,
      note="Exchange meeting request from an aerospace contractor, TZID 'Mountain Standard Time'; "
           "sent Thu Oct 29 in MDT (-0600), interview Tue Nov 3 after US DST ended on Nov 1, so "
           "10:00 MST = UTC-7 -> 17:00Z-18:00Z; contact = ORGANIZER / sender")
def p06_exchange_meridian():
    body = t("""
        When: Tuesday, November 3, 2026 10:00 AM-11:00 AM. (UTC-07:00) Mountain Time (US & Canada)
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Tyler,

        Confirming your technical panel for the Software Engineer III - Mission Data Portal
        position. Panel: Rick Abernathy (Software Engineering Manager), Dr. Hye-jin Park (Systems
        Architect) and myself. Please have a government-issued photo ID handy for the identity
        check at the start of the call; no export-controlled material will be discussed.

        Thanks,
        Brenda Kowalczyk
        Senior Technical Recruiter
        Meridian Orbital Systems | Littleton, CO

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZjA1@thread.v2/0>
        Meeting ID: 284 771 903 625
        Passcode: 7tWq9b
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_MOUNTAIN}
BEGIN:VEVENT
ORGANIZER;CN=Kowalczyk, Brenda:mailto:brenda.kowalczyk@meridianorbital.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.brooks@example.org:mailto:tyler.brooks@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Abernathy, Rick:mailto:rick.abernathy@meridianorbital.com
DESCRIPTION;LANGUAGE=en-US:Tyler,\\n\\nConfirming your technical panel for the Software Engineer III - Mission Data Portal position.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C5C2D4A35BDD01000000000000000010000000A1F4E3BDCC4E2348B0F1A79DCE8F22A1
SUMMARY;LANGUAGE=en-US:Interview - Tyler Brooks - Software Engineer III (Mission Data Portal)
DTSTART;TZID=Mountain Standard Time:20261103T100000
DTEND;TZID=Mountain Standard Time:20261103T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T200500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117843026
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
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head>"
            "<body><div>" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br>\n") + "</div></body></html>\n")
    return message(
        head(addr("Kowalczyk, Brenda", "brenda.kowalczyk@meridianorbital.com"),
             "Interview - Tyler Brooks - Software Engineer III (Mission Data Portal)",
             "2026-10-29 14:05:33", DEN,
             "<SJ0PR11MB5166A2F0B9D4E1C7C0D2F3A8E1292@SJ0PR11MB5166.namprd11.prod.outlook.com>",
             ("Thread-Topic", "Interview - Tyler Brooks - Software Engineer III (Mission Data Portal)"),
             ("Thread-Index", "AdtJ3kq0mVq1c9qZT0uP8b3fJm1xWQ=="),
             ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", ""),
             rcv=("from NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2091.outbound.protection.outlook.com [40.107.223.91])",
                  "mx.example.org with ESMTPS id 4d2c90b7e1")),
        alt(text(body, charset="us-ascii"), html(page, charset="us-ascii"),
            calendar(ics, method="REQUEST", cte="base64")))


@mail(N(7), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-15 12:30", DEN), end=utc("2026-10-15 13:00", DEN),
      contact="riley.chen@summittalentpartners.com", company="Alpenglow Outfitters",
      local="Thu 2026-10-15 12:30", local_end="2026-10-15 13:00", zone=DEN,
      note="Calendly invitee confirmation for an agency recruiter's screen for a named client role "
           "(Alpenglow Outfitters); '12:30pm - 01:00pm, Thursday, October 15, 2026 (Mountain Time "
           "- US & Canada)', MDT -> 18:30Z-19:00Z; contact = Reply-To host")
def p07_calendly_summit():
    body = t("""
        Hi Tyler Brooks,

        Your 30 Minute Screening Call with Riley Chen at 12:30pm - 01:00pm (Mountain Time - US &
        Canada) on Thursday, October 15, 2026 is scheduled.

        Event Name: Screening Call - Staff Software Engineer (Alpenglow Outfitters)

        Location: This is a Google Meet web conference.
        Join now: https://meet.google.com/hzd-qwer-mbn

        Questions:
        Anything you'd like Riley to know ahead of time?
        Currently at Trailhead Supply Co.; my team is being wound down at the end of October.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8c1f2a90-5d3e-4b7f-a2c4-19e0f6b3d871
        Reschedule: https://calendly.com/reschedulings/8c1f2a90-5d3e-4b7f-a2c4-19e0f6b3d871

        Powered by Calendly.com
    """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <div style="max-width:600px;margin:auto">
        <p>Hi Tyler Brooks,</p>
        <p>Your <b>30 Minute Screening Call</b> with <b>Riley Chen</b> at <b>12:30pm - 01:00pm (Mountain Time - US &amp; Canada)</b>
        on <b>Thursday, October 15, 2026</b> is scheduled.</p>
        <p><b>Event Name:</b><br>Screening Call - Staff Software Engineer (Alpenglow Outfitters)</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/hzd-qwer-mbn">Join now</a></p>
        <p><b>Questions:</b><br>Anything you'd like Riley to know ahead of time?<br>Currently at Trailhead Supply Co.; my team is being wound down at the end of October.</p>
        <p><a href="https://calendly.com/cancellations/8c1f2a90-5d3e-4b7f-a2c4-19e0f6b3d871">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/8c1f2a90-5d3e-4b7f-a2c4-19e0f6b3d871">Reschedule</a></p>
        <p style="color:#888">Powered by Calendly.com</p>
        </div></body></html>
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261012T203100Z
UID:8c1f2a90-5d3e-4b7f-a2c4-19e0f6b3d871@calendly.com
DTSTART:20261015T183000Z
DTEND:20261015T190000Z
SUMMARY:Screening Call - Staff Software Engineer (Alpenglow Outfitters) between Riley Chen and Tyler Brooks
ORGANIZER;CN=Riley Chen:mailto:riley.chen@summittalentpartners.com
ATTENDEE;CN=Tyler Brooks;PARTSTAT=ACCEPTED:mailto:tyler.brooks@example.org
LOCATION:https://meet.google.com/hzd-qwer-mbn
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Calendly", "notifications@calendly.com"),
             "New Event: Tyler Brooks - 12:30pm Thu, Oct 15, 2026 - Screening Call - Staff Software Engineer (Alpenglow Outfitters)",
             "2026-10-12 14:31:07", DEN, "<4b2e0f9c1a7d43e8b5c6@calendly.com>",
             ("Reply-To", addr("Riley Chen", "riley.chen@summittalentpartners.com")),
             rcv=("from o3.email.calendly.com (o3.email.calendly.com [167.89.115.53])",
                  "mx.example.org with ESMTPS id f1e2d3c4b5")),
        mixed(alt(text(body), html(page)),
              calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(8), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-21 15:00", DEN), end=utc("2026-10-21 16:00", DEN),
      contact="maya@switchbacklabs.io", company="Switchback Labs",
      local="Wed 2026-10-21 15:00", local_end="2026-10-21 16:00", zone=DEN,
      note="Google Calendar invitation from a Boulder startup's engineering lead; 'Wed Oct 21, 2026 "
           "3pm - 4pm (MDT)' -> 21:00Z-22:00Z; ICS TZID America/Denver agrees; contact = organizer")
def p08_gcal_switchback():
    body = t("""
        You have been invited to the following event.

        Title: Switchback Labs - system design interview (Tyler Brooks)
        Hi Tyler - this is the system design round we talked about. We'll whiteboard an inventory
        reservation service for a flash sale. Excalidraw link will be in the Meet chat.
        - Maya
        When: Wed Oct 21, 2026 3pm - 4pm (MDT)
        Joining info: Join with Google Meet
        meet.google.com/tra-ilxh-kpo

        Calendar: tyler.brooks@example.org
        Who:
        * maya@switchbacklabs.io - organizer
        * devin@switchbacklabs.io
        * tyler.brooks@example.org

        Going (tyler.brooks@example.org)?   Yes - https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        Maybe - https://calendar.google.com/calendar/event?action=RESPOND&rst=3
        No - https://calendar.google.com/calendar/event?action=RESPOND&rst=2

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account tyler.brooks@example.org because you
        are an attendee of this event.
    """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:20px;color:#3c4043">Switchback Labs - system design interview (Tyler Brooks)</div>
        <p>Hi Tyler - this is the system design round we talked about. We'll whiteboard an inventory
        reservation service for a flash sale. Excalidraw link will be in the Meet chat.<br>- Maya</p>
        <table><tr><td style="color:#70757a">When</td><td>Wednesday Oct 21, 2026 &#8901; 3pm &ndash; 4pm (Mountain Time - Denver)</td></tr>
        <tr><td style="color:#70757a">Joining info</td><td><a href="https://meet.google.com/tra-ilxh-kpo">meet.google.com/tra-ilxh-kpo</a></td></tr>
        <tr><td style="color:#70757a">Guests</td><td>maya@switchbacklabs.io &ndash; organizer<br>devin@switchbacklabs.io<br>tyler.brooks@example.org</td></tr></table>
        <p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_DENVER}
BEGIN:VEVENT
DTSTART;TZID=America/Denver:20261021T150000
DTEND;TZID=America/Denver:20261021T160000
DTSTAMP:20261016T154000Z
ORGANIZER;CN=Maya Okafor:mailto:maya@switchbacklabs.io
UID:5q0v3kdr1l9m8b2s7c4e6h0j1n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Maya Okafor;X-NUM-GUESTS=0:mailto:maya@switchbacklabs.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.brooks@example.org;X-NUM-GUESTS=0:mailto:tyler.brooks@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/tra-ilxh-kpo
CREATED:20261016T153900Z
DESCRIPTION:Hi Tyler - this is the system design round we talked about.
LAST-MODIFIED:20261016T154000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Switchback Labs - system design interview (Tyler Brooks)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Maya Okafor", "maya@switchbacklabs.io"),
             "Invitation: Switchback Labs - system design interview (Tyler Brooks) @ Wed Oct 21, 2026 3pm - 4pm (MDT) (tyler.brooks@example.org)",
             "2026-10-16 09:40:02", DEN, "<calendar-3f1e0d7a-8b2c-4c6e-9a15-7d0b2e4f6c81@google.com>",
             ("Sender", "Google Calendar <calendar-notification@google.com>"),
             ("Reply-To", "maya@switchbacklabs.io"),
             rcv=GMAIL_RCV),
        mixed(alt(text(body), html(page), calendar(ics)),
              calendar(ics, ctype="application/ics", method=None, cte="base64",
                       filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(9), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-10 11:30", DEN), end=None,
      contact="riley.chen@summittalentpartners.com", company="Alpenglow Outfitters",
      local="Tue 2026-11-10 11:30", zone=DEN, days=(("Tue", "2026-11-10"),),
      note="Agency recruiter, plain 8bit text with typos: 'tomorrow at 11:30' resolved against Date "
           "Mon Nov 9 10:05 MST -> Tue Nov 10, 11:30 MST (UTC-7, after DST ended) = 18:30Z; "
           "'plan on about an hour' is approximate, end null; contact = sender")
def p09_prose_riley_tomorrow():
    body = t("""
        Hi Tyler,

        Good news - Alpenglow wants to move forward! You're locked in with Jenna Halvorsen (VP
        Engineering) tomorrow at 11:30 at their office, 1550 Wewatta St, 4th floor. Ask for Jenna
        at the front desk, they'll have a visitor badge for you. Plan on about an hour, she
        usually runs a little long if the conversation's good.

        She's going to want to hear about the checkout latency work and how you'd think about
        their wholesale portal. Dont over-prep, just be you. Call me after?

        Riley

        Riley Chen | Principal Recruiter
        Summit Talent Partners | Denver, CO
        m: 720-555-0193
    """)
    return message(
        head(addr("Riley Chen", "riley.chen@summittalentpartners.com"),
             "Alpenglow - you're on for tomorrow", "2026-11-09 10:05:18", DEN,
             "<CAL8kq2vR1t9=Hx0pZt6mYwB4fJ+dQn3uE7sX2cGk5aV@mail.gmail.com>",
             rcv=GMAIL_RCV),
        text(body, cte="8bit"))


@mail(N(10), family="zoom", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-12 13:00", NYC), end=None,
      contact="sofia.marchetti@harborlinecommerce.com", company="Harborline Commerce",
      local="Thu 2026-11-12 13:00", zone=NYC,
      note="Boston recruiter pastes a Zoom invitation: 'Nov 12, 2026 01:00 PM Eastern Time (US and "
           "Canada)', EST = UTC-5 after Nov 1 -> 18:00Z (11:00 AM in Denver); 'should take about 45 "
           "minutes' is approximate, end null; contact = sender")
def p10_zoom_harborline():
    body = t("""
        Hi Tyler,

        Thanks for getting back to me so quickly. I've confirmed your interview with Aaron Feld,
        our Director of Platform Engineering, for Thursday, November 12 at 1:00 PM ET (11:00 AM
        your time). It should take about 45 minutes. Details below.

        Sofia Marchetti is inviting you to a scheduled Zoom meeting.

        Topic: Harborline Commerce | Tyler Brooks / Aaron Feld
        Time: Nov 12, 2026 01:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://harborline.zoom.us/j/91844302217?pwd=aHRsVjNwQ2FmT1B4

        Meeting ID: 918 4430 2217
        Passcode: 552910

        ---

        One tap mobile
        +13126266799,,91844302217#,,,,*552910# US (Chicago)
        +16469313860,,91844302217#,,,,*552910# US

        Best,
        Sofia

        Sofia Marchetti
        Senior Recruiter, Engineering
        Harborline Commerce | 200 Seaport Blvd, Boston, MA
    """)
    return message(
        head(addr("Sofia Marchetti", "sofia.marchetti@harborlinecommerce.com"),
             "Harborline Commerce interview - Thursday 11/12", "2026-11-06 10:22:45", NYC,
             "<BN8PR04MB6212F3A0C1E95D2B7E4C0A19B3F22@BN8PR04MB6212.namprd04.prod.outlook.com>",
             ("Content-Language", "en-US"),
             rcv=("from NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2105.outbound.protection.outlook.com [40.107.100.105])",
                  "mx.example.org with ESMTPS id 8e2a61d0c7")),
        alt(text(body), html(gmail_html(body))))


@mail(N(11), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-18 09:00", DEN), end=utc("2026-11-18 12:30", DEN),
      contact="marcus.lindgren@wasatchridge.com", company="Wasatch Ridge Apparel",
      local="Wed 2026-11-18 09:00", local_end="2026-11-18 12:30", zone=DEN,
      note="Google Calendar all-day event (DTSTART;VALUE=DATE:20261118) for an onsite in Salt Lake "
           "City; the time is only in the description: 'runs 9:00 AM to 12:30 PM Mountain', SLC is "
           "America/Denver, MST = UTC-7 -> 16:00Z-19:30Z; contact = organizer")
def p11_gcal_allday_wasatch():
    desc_text = ("Onsite loop at our SLC office (470 S 300 W, Salt Lake City). Please arrive at 8:45; "
                 "the loop runs 9:00 AM to 12:30 PM Mountain, then lunch with the team if you can stay. "
                 "We'll reimburse mileage or the flight - send receipts to me. - Marcus")
    body = t(f"""
        You have been invited to the following event.

        Title: Tyler Brooks - onsite interview loop (Wasatch Ridge)
        {desc_text}
        When: Wed Nov 18, 2026
        Where: Wasatch Ridge Apparel, 470 S 300 W, Salt Lake City, UT 84101

        Calendar: tyler.brooks@example.org
        Who:
        * marcus.lindgren@wasatchridge.com - organizer
        * tyler.brooks@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account tyler.brooks@example.org because you
        are an attendee of this event.
    """)
    page = t(f"""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h3 style="font-weight:400">Tyler Brooks - onsite interview loop (Wasatch Ridge)</h3>
        <p>{desc_text}</p>
        <p><span style="color:#70757a">When</span> Wednesday Nov 18, 2026</p>
        <p><span style="color:#70757a">Where</span> Wasatch Ridge Apparel, 470 S 300 W, Salt Lake City, UT 84101</p>
        <p><span style="color:#70757a">Guests</span> marcus.lindgren@wasatchridge.com &ndash; organizer, tyler.brooks@example.org</p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261118
DTEND;VALUE=DATE:20261119
DTSTAMP:20261112T190000Z
ORGANIZER;CN=Marcus Lindgren:mailto:marcus.lindgren@wasatchridge.com
UID:0h2k9p4r6t8v1x3z5b7d9f1g3j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.brooks@example.org;X-NUM-GUESTS=0:mailto:tyler.brooks@example.org
DESCRIPTION:{desc_text.replace(",", chr(92) + ",").replace(";", chr(92) + ";")}
LOCATION:Wasatch Ridge Apparel\\, 470 S 300 W\\, Salt Lake City\\, UT 84101
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tyler Brooks - onsite interview loop (Wasatch Ridge)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Marcus Lindgren", "marcus.lindgren@wasatchridge.com"),
             "Invitation: Tyler Brooks - onsite interview loop (Wasatch Ridge) @ Wed Nov 18, 2026 (tyler.brooks@example.org)",
             "2026-11-12 12:00:09", DEN, "<calendar-a71c3e52-0f4b-4d9a-8e21-6b5c7d8e9f03@google.com>",
             ("Sender", "Google Calendar <calendar-notification@google.com>"),
             ("Reply-To", "marcus.lindgren@wasatchridge.com"),
             rcv=GMAIL_RCV),
        alt(text(body), html(page), calendar(ics)))


@mail(N(12), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-03 09:00", LAX), end=utc("2026-12-03 12:15", LAX),
      contact="hannah.oduya@rainierledger.com", company="Rainier Ledger",
      local="Thu 2026-12-03 09:00", local_end="2026-12-03 12:15", zone=LAX,
      note="GoodTime virtual onsite itinerary from a Seattle company, all times 'Pacific Time (PST)': "
           "four sessions 9:00 AM-12:15 PM PST (UTC-8) -> 17:00Z-20:15Z (first start to last end); "
           "the itinerary also shows Denver times; contact = coordinator Reply-To")
def p12_goodtime_rainier():
    body = t("""
        Hi Tyler,

        Your virtual onsite with Rainier Ledger is confirmed for Thursday, December 3, 2026. All
        times below are Pacific Time (PST); we've added Mountain Time for you in brackets.

        9:00 AM - 9:45 AM PST  [10:00 - 10:45 AM MST]   Coding - Wen Li
        9:50 AM - 10:35 AM PST [10:50 - 11:35 AM MST]   System Design - Oscar Rubio
        10:45 AM - 11:30 AM PST [11:45 AM - 12:30 PM MST] Product & Collaboration - Dee Whitman
        11:30 AM - 12:15 PM PST [12:30 - 1:15 PM MST]   Hiring Manager - Tomasz Wrobel

        Each session has its own Zoom link in the calendar invitations you'll receive from your
        interviewers. There's a 10-minute break after the system design round.

        If anything comes up, reply to this email - it goes to me, not a robot.

        Hannah Oduya
        Recruiting Coordinator, Rainier Ledger

        Scheduled with GoodTime
    """)
    rows = [("9:00 AM - 9:45 AM PST", "Coding", "Wen Li"),
            ("9:50 AM - 10:35 AM PST", "System Design", "Oscar Rubio"),
            ("10:45 AM - 11:30 AM PST", "Product &amp; Collaboration", "Dee Whitman"),
            ("11:30 AM - 12:15 PM PST", "Hiring Manager", "Tomasz Wrobel")]
    table = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    page = (
        "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
        "<p>Hi Tyler,</p><p>Your virtual onsite with Rainier Ledger is confirmed for "
        "<b>Thursday, December 3, 2026</b>. All times below are Pacific Time (PST).</p>"
        f"<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">{table}</table>"
        "<p>Each session has its own Zoom link in the calendar invitations you'll receive from your "
        "interviewers.</p><p>If anything comes up, reply to this email.</p>"
        "<p>Hannah Oduya<br>Recruiting Coordinator, Rainier Ledger</p>"
        "<p style=\"font-size:11px;color:#999\">Scheduled with GoodTime</p></body></html>\n")
    return message(
        head(addr("Rainier Ledger Recruiting", "scheduling@goodtime.io"),
             "Your Rainier Ledger virtual onsite - Thursday, December 3", "2026-11-25 15:00:31", LAX,
             "<gt.c91d4e7a2b0f4f16a3e5@mail.goodtime.io>",
             ("Reply-To", addr("Hannah Oduya", "hannah.oduya@rainierledger.com")),
             rcv=("from o1.mail.goodtime.io (o1.mail.goodtime.io [149.72.201.33])",
                  "mx.example.org with ESMTPS id 31c7e9a0d2")),
        alt(text(body), html(page)))


@mail(N(13), family="ms_bookings", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-30 10:00", PHX), end=utc("2026-11-30 10:45", PHX),
      contact=None, company="Camelback Health Technologies",
      local="Mon 2026-11-30 10:00", local_end="2026-11-30 10:45", zone=PHX,
      note="Microsoft Bookings confirmation from a Phoenix firm, '(UTC-07:00) Arizona', TZID 'US "
           "Mountain Standard Time': 10:00-10:45 AM -> 17:00Z-17:45Z (same as Denver in winter); "
           "sender is the Bookings mailbox, staff named without an address -> contact null")
def p13_bookings_camelback():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="font-size:20px;font-weight:600">Your booking is confirmed</div>
        <p>Hi Tyler Brooks,</p>
        <p>Thanks for booking with Camelback Health Technologies - Engineering Interviews.</p>
        <table cellpadding="3">
        <tr><td>Service</td><td>Technical Interview - Senior Software Engineer (Member Portal)</td></tr>
        <tr><td>Date and time</td><td>Monday, November 30, 2026 10:00 AM - 10:45 AM (UTC-07:00) Arizona</td></tr>
        <tr><td>Staff</td><td>Ignacio Fuentes</td></tr>
        <tr><td>Location</td><td>Online - Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTJhOGQx@thread.v2/0">Join your appointment</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/CamelbackEngineeringInterviews@camelbackhealth.com/bookings/">Manage booking</a></p>
        <p style="font-size:12px;color:#605e5c">This email was sent by Microsoft Bookings on behalf of Camelback Health Technologies.</p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_ARIZONA}
BEGIN:VEVENT
ORGANIZER;CN=Camelback Engineering Interviews:mailto:CamelbackEngineeringInterviews@camelbackhealth.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tyler Brooks:mailto:tyler.brooks@example.org
SUMMARY;LANGUAGE=en-US:Technical Interview - Senior Software Engineer (Member Portal)
DTSTART;TZID=US Mountain Standard Time:20261130T100000
DTEND;TZID=US Mountain Standard Time:20261130T104500
UID:040000008200E00074C5B7101A82E0080000000072D1A0C9F7D1DC0100000000000000001000000097E2F0A3C41B5E44A2D8B6F19E0C3A7D
CLASS:PUBLIC
DTSTAMP:20261123T161200Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Camelback Engineering Interviews", "CamelbackEngineeringInterviews@camelbackhealth.com"),
             "Booking confirmed: Technical Interview - Senior Software Engineer (Member Portal) on Monday, November 30, 2026",
             "2026-11-23 09:12:44", PHX,
             "<CH0PR13MB5045B1E0D7A34F2C9A6E8D1F0B7E2@CH0PR13MB5045.namprd13.prod.outlook.com>",
             rcv=("from NAM12-CH0-obe.outbound.protection.outlook.com (mail-ch0nam12on2072.outbound.protection.outlook.com [40.107.96.72])",
                  "mx.example.org with ESMTPS id 6b0f3a8c21")),
        mixed(html(page), calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(14), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-10 16:00", DEN), end=None,
      contact="jmoreau@lodgepoleanalytics.com", company="Lodgepole Analytics",
      local="Thu 2026-12-10 16:00", zone=DEN, days=(("Thu", "2026-12-10"), ("Fri", "2026-12-11")),
      note="Terse phone reply from a hiring manager on top of the quoted thread: 'Thu 4 works' "
           "accepts Tyler's 'Thursday (12/10) at 4 pm Mountain'; MST = UTC-7 -> 23:00Z; contact = sender")
def p14_phone_reply_lodgepole():
    body = t("""
        Thu 4 works. I'll send a zoom. Talk then

        -J

        Sent from my iPhone

        > On Dec 7, 2026, at 7:31 PM, Tyler Brooks <tyler.brooks@example.org> wrote:
        >
        > Hi Julien,
        >
        > Thanks for the note - I'd love to talk about the data platform role. Would Thursday
        > (12/10) at 4 pm Mountain work for the interview? Friday 12/11 morning is also open.
        >
        > Best,
        > Tyler
        >
        >> On Dec 7, 2026, at 2:02 PM, Julien Moreau <jmoreau@lodgepoleanalytics.com> wrote:
        >>
        >> Tyler - Riley passed along your resume. I run engineering at Lodgepole. Got time for
        >> a 1st interview this week? Send me a couple of times.
        >>
        >> Julien Moreau
        >> VP Engineering, Lodgepole Analytics
    """)
    return message(
        head(addr("Julien Moreau", "jmoreau@lodgepoleanalytics.com"),
             "Re: Lodgepole - data platform role", "2026-12-07 19:48:02", DEN,
             "<6E1D9A0B-3C4F-4B2A-9E8D-7F0C1B2A3D4E@lodgepoleanalytics.com>",
             ("In-Reply-To", "<B5C2E0F1-7A3D-4E9B-8C6F-1D2E3F4A5B6C@example.org>"),
             ("References", "<0A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D@lodgepoleanalytics.com> "
                            "<B5C2E0F1-7A3D-4E9B-8C6F-1D2E3F4A5B6C@example.org>"),
             ("X-Mailer", "iPhone Mail (22B91)"),
             rcv=("from mail-pl1-f172.google.com (mail-pl1-f172.google.com [209.85.214.172])",
                  "mx.example.org with ESMTPS id 0f9e8d7c6b")),
        text(body, charset="us-ascii", cte="7bit", params="format=flowed; delsp=yes"))


@mail(N(15), family="workable", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-15 08:00", DEN), end=utc("2026-12-15 08:45", DEN),
      contact="ines.calderon@tamaracktrail.co", company="Tamarack Trail Co.",
      local="Tue 2026-12-15 08:00", local_end="2026-12-15 08:45", zone=DEN,
      note="Workable interview invitation from a remote-first company, written in the candidate's zone: "
           "'Tuesday, December 15, 2026, 8:00 AM - 8:45 AM (GMT-07:00) America/Denver' -> "
           "15:00Z-15:45Z; Reply-To is a Workable relay; contact = interviewer address in the body")
def p15_workable_tamarack():
    body = t("""
        Hi Tyler,

        You have been invited to an interview for the Senior Backend Engineer (Remote, US) job at
        Tamarack Trail Co.

        Interview details
        Type: Video call
        Date: Tuesday, December 15, 2026
        Time: 8:00 AM - 8:45 AM (GMT-07:00) America/Denver
        Interviewer: Inés Calderón, Engineering Manager (ines.calderon@tamaracktrail.co)
        Video link: https://meet.google.com/tam-rckt-rlx

        Our team is spread from Anchorage to Asheville, so we schedule every interview in the
        candidate's own time zone.

        Good luck!
        The Tamarack Trail Co. hiring team

        --
        Sent with Workable
    """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#0f172a">
        <p>Hi Tyler,</p>
        <p>You have been invited to an interview for the <b>Senior Backend Engineer (Remote, US)</b> job at Tamarack Trail Co.</p>
        <table cellpadding="4">
        <tr><td>Type</td><td>Video call</td></tr>
        <tr><td>Date</td><td>Tuesday, December 15, 2026</td></tr>
        <tr><td>Time</td><td>8:00 AM - 8:45 AM (GMT-07:00) America/Denver</td></tr>
        <tr><td>Interviewer</td><td>In&eacute;s Calder&oacute;n, Engineering Manager (<a href="mailto:ines.calderon@tamaracktrail.co">ines.calderon@tamaracktrail.co</a>)</td></tr>
        <tr><td>Video link</td><td><a href="https://meet.google.com/tam-rckt-rlx">meet.google.com/tam-rckt-rlx</a></td></tr>
        </table>
        <p>Our team is spread from Anchorage to Asheville, so we schedule every interview in the candidate's own time zone.</p>
        <p>Good luck!<br>The Tamarack Trail Co. hiring team</p>
        <p style="font-size:11px;color:#94a3b8">Sent with Workable</p>
        </body></html>
    """)
    return message(
        head(addr("Tamarack Trail Co.", "tamarack-trail-co@workablemail.com"),
             "Interview invitation: Senior Backend Engineer (Remote, US) at Tamarack Trail Co.",
             "2026-12-09 12:00:27", DEN, "<65f1c2d0a9b84e7e.20261209190027@workablemail.com>",
             ("Reply-To", "tamarack-trail-co+c7f2a91e40@candidates.workablemail.com"),
             rcv=("from mta-44.workablemail.com (mta-44.workablemail.com [50.31.36.44])",
                  "mx.example.org with ESMTPS id e7d6c5b4a3")),
        alt(text(body), html(page)))


@mail(N(16), family="icims_forwarded", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-02 14:30", DEN), end=None,
      contact="gwen.harlow@kestreloutdoor.com", company="Kestrel Outdoor Co.",
      local="Fri 2026-10-02 14:30", zone=DEN,
      note="Tyler forwards an iCIMS confirmation (message/rfc822) from his old address to himself; "
           "'Friday, October 2, 2026 at 2:30 PM Mountain Daylight Time' -> 20:30Z; 'approximately "
           "one hour' -> end null; outer sender is the candidate, contact = the human Reply-To "
           "inside the forwarded message")
def p16_icims_forward_kestrel():
    inner_body = t("""
        Dear Tyler,

        Thank you for your interest in Kestrel Outdoor Co. We would like to confirm your interview
        for the Senior Software Engineer - Digital Commerce position (Req #2026-1187).

        Date: Friday, October 2, 2026
        Time: 2:30 PM Mountain Daylight Time
        Length: approximately one hour
        Location: Kestrel Outdoor Co. HQ, 3300 Brighton Blvd, Denver, CO 80216 - check in at the
                  lobby kiosk
        Interviewers: Sam Whitcomb (Director, E-commerce), Lena Ostrowski (Senior Engineer)

        If you need to reschedule, please reply to this message.

        Regards,
        Gwen Harlow
        Recruiter, Kestrel Outdoor Co.
    """)
    inner = message([
        ("From", addr("Kestrel Outdoor Co. Careers", "kestreloutdoor@talent.icims.com")),
        ("Reply-To", addr("Gwen Harlow", "gwen.harlow@kestreloutdoor.com")),
        ("To", addr("Tyler Brooks", "tbrooks.denver@example.net")),
        ("Subject", "Interview Confirmation - Senior Software Engineer - Digital Commerce"),
        ("Date", date("2026-09-28 16:02:11", DEN)),
        ("Message-ID", "<1769031245.88213.1759096931@talent.icims.com>"),
    ], text(inner_body, charset="iso-8859-1"))
    note = t("""
        fwd to main inbox so it shows up in the tracker. Fri 2:30 at their Brighton Blvd office.
    """)
    return message(
        head(addr("Tyler Brooks", "tbrooks.denver@example.net"),
             "Fwd: Interview Confirmation - Senior Software Engineer - Digital Commerce",
             "2026-09-29 20:14:55", DEN, "<a0b1c2d3-e4f5-4061-8273-94a5b6c7d8e9@example.net>",
             rcv=("from smtp.example.net (smtp.example.net [198.51.100.24])",
                  "mx.example.org with ESMTPS id 2a3b4c5d6e")),
        mixed(text(note, cte="7bit", charset="us-ascii"),
              attached_message(inner, filename="Interview Confirmation.eml")))


# =========================================================================== positives: rescheduled


@mail(N(17), family="greenhouse", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-09-24 15:00", DEN), end=utc("2026-09-24 16:00", DEN),
      contact="kendra.vasquez@powderridgeresorts.com", company="Powder Ridge Resorts",
      local="Thu 2026-09-24 15:00", local_end="2026-09-24 16:00", zone=DEN,
      days=(("Tue", "2026-09-22"),),
      note="Greenhouse 'interview rescheduled' for the second round (thread with the 10 Sep "
           "confirmation): old Tue Sep 22 1:00 PM struck out, new 'Thursday, September 24, 2026, "
           "3:00 PM - 4:00 PM MDT' -> 21:00Z-22:00Z; ICS SEQUENCE:1 agrees; contact = Reply-To")
def p17_greenhouse_reschedule_powder():
    body = t("""
        Hi Tyler,

        Heads up: we had to move your Team Interview for Senior Software Engineer, Guest Commerce
        because one of the panelists is out for our Winter Park opening prep.

        PREVIOUS TIME (cancelled): Tuesday, September 22, 2026, 1:00 PM - 2:00 PM MDT
        NEW TIME: Thursday, September 24, 2026, 3:00 PM - 4:00 PM MDT

        Location is unchanged: Google Meet - https://meet.google.com/fgh-wsxq-lmn
        Panel: Owen Lindqvist, Carla Benavides (Staff Engineer), Jordan Pike (Product Manager)

        An updated calendar invitation is attached. Reply here if the new time doesn't work and
        I'll find another one.

        Thanks for your flexibility,
        Kendra Vasquez
        Talent Acquisition Partner | Powder Ridge Resorts
    """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2a37">
        <p>Hi Tyler,</p>
        <p>Heads up: we had to move your <b>Team Interview</b> for Senior Software Engineer, Guest Commerce
        because one of the panelists is out for our Winter Park opening prep.</p>
        <p><span style="color:#9ca3af"><s>Tuesday, September 22, 2026, 1:00 PM &ndash; 2:00 PM MDT</s></span><br>
        <b>Thursday, September 24, 2026, 3:00 PM &ndash; 4:00 PM MDT</b></p>
        <p>Location is unchanged: <a href="https://meet.google.com/fgh-wsxq-lmn">Google Meet</a><br>
        Panel: Owen Lindqvist, Carla Benavides (Staff Engineer), Jordan Pike (Product Manager)</p>
        <p>An updated calendar invitation is attached. Reply here if the new time doesn&#39;t work and
        I&#39;ll find another one.</p>
        <p>Thanks for your flexibility,<br>Kendra Vasquez<br>Talent Acquisition Partner | Powder Ridge Resorts</p>
        </body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_DENVER}
BEGIN:VEVENT
UID:gh-interview-58640912@greenhouse.io
DTSTAMP:20260918T212000Z
DTSTART;TZID=America/Denver:20260924T150000
DTEND;TZID=America/Denver:20260924T160000
SUMMARY:Interview: Tyler Brooks <> Powder Ridge Resorts (Team Interview)
LOCATION:https://meet.google.com/fgh-wsxq-lmn
ORGANIZER;CN=Kendra Vasquez:mailto:kendra.vasquez@powderridgeresorts.com
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks@example.org
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Powder Ridge Resorts", "no-reply@greenhouse.io"),
             "Interview Rescheduled: Powder Ridge Resorts - Senior Software Engineer, Guest Commerce",
             "2026-09-18 15:20:48", DEN,
             "<0100019a58f0c2d7-1e4a9b3c-5d6f-4e70-8a91-b2c3d4e5f607-000000@email.amazonses.com>",
             ("Reply-To", addr("Kendra Vasquez", "kendra.vasquez@powderridgeresorts.com")),
             ("X-Mailer", "Greenhouse"),
             rcv=("from a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])",
                  "mx.example.org with ESMTPS id 9d8c7b6a51")),
        mixed(alt(text(body), html(page)),
              calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(18), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-28 09:00", PHX), end=None,
      contact="becca.thornbury@saguarofreight.com", company="Saguaro Freight Systems",
      local="Wed 2026-10-28 09:00", zone=PHX, days=(("Tue", "2026-10-27"), ("Wed", "2026-10-28")),
      note="Phoenix hiring manager moves the onsite (windows-1252, quoted-printable, curly quotes): "
           "old Tue 10/27 9 AM, new Wed 10/28 '9:00 AM our time (10 for you in Denver)'; Arizona "
           "MST = UTC-7 -> 16:00Z; 'half a day' not an exact length, end null; contact = sender")
def p18_prose_reschedule_saguaro():
    body = t("""
        Hi Tyler,

        I’m really sorry to do this, but I need to move your onsite. Our CFO scheduled a
        board prep session for Tuesday morning that I can’t get out of.

        Instead of Tuesday 10/27 at 9 AM, we’re moving it to Wednesday 10/28, same time – 9:00 AM
        our time (10 for you in Denver, since we don’t do daylight saving out here). Luis has
        already re-sent the panel invites and our travel folks moved your flight to Tuesday
        evening and the hotel to Tuesday night, so you don’t need to do anything.

        Plan on roughly half a day: panel, a walk through our Tempe dispatch floor, then lunch.

        Thanks for rolling with it,
        Becca

        Becca Thornbury
        Engineering Manager, Shipper Experience
        Saguaro Freight Systems | 2 N Central Ave, Phoenix, AZ
    """)
    return message(
        head(addr("Becca Thornbury", "becca.thornbury@saguarofreight.com"),
             "Change of plans – onsite moving to Wednesday 10/28", "2026-10-22 16:30:12", PHX,
             "<PH0PR17MB4821E5A6C0D94B1F8E3A7C20D9E41@PH0PR17MB4821.namprd17.prod.outlook.com>",
             ("Content-Language", "en-US"),
             rcv=("from NAM02-PH0-obe.outbound.protection.outlook.com (mail-ph0nam02on2110.outbound.protection.outlook.com [40.107.212.110])",
                  "mx.example.org with ESMTPS id 4e5f6a7b8c")),
        text(body, charset="windows-1252"))


@mail(N(19), family="exchange_outlook", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-04 14:00", NYC), end=utc("2026-11-04 15:00", NYC),
      contact="marisol.vega@tidewaterretail.com", company="Tidewater Retail Group",
      local="Wed 2026-11-04 14:00", local_end="2026-11-04 15:00", zone=NYC,
      note="Exchange meeting update from a Richmond company; the body says only 'had to move it, "
           "updated invite attached' - the new time is only in the ICS: TZID 'Eastern Standard "
           "Time' 20261104T140000-150000; sent Oct 29 in EDT, interview after Nov 1 so EST = UTC-5 "
           "-> 19:00Z-20:00Z; contact = ORGANIZER / sender")
def p19_exchange_reschedule_tidewater():
    body = t("""
        Hi Tyler,

        We had to move our conversation - Carl's travel got shuffled around. The updated invite
        is attached, same Teams link as before. Apologies for the back and forth, and please
        accept or propose a new time if this one doesn't work.

        Marisol Vega
        Talent Acquisition Lead | Tidewater Retail Group
        Richmond, VA
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_EASTERN}
BEGIN:VEVENT
ORGANIZER;CN=Marisol Vega:mailto:marisol.vega@tidewaterretail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tyler Brooks:mailto:tyler.brooks@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carl Ashby:mailto:carl.ashby@tidewaterretail.com
DESCRIPTION;LANGUAGE=en-US:Hi Tyler\\,\\n\\nWe had to move our conversation - Carl's travel got shuffled around.\\n
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC0100000000000000001000000011AA22BB33CC44DD55EE66FF77889900
SUMMARY;LANGUAGE=en-US:Tyler Brooks / Tidewater Retail Group - Engineering Manager, Digital Storefront
DTSTART;TZID=Eastern Standard Time:20261104T140000
DTEND;TZID=Eastern Standard Time:20261104T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T151000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Marisol Vega", "marisol.vega@tidewaterretail.com"),
             "Updated: Tyler Brooks / Tidewater Retail Group - Engineering Manager, Digital Storefront",
             "2026-10-29 11:10:26", NYC,
             "<MN2PR08MB6350C4D1A2E3F40B8E7D9C61A0F33@MN2PR08MB6350.namprd08.prod.outlook.com>",
             ("Thread-Topic", "Tyler Brooks / Tidewater Retail Group - Engineering Manager, Digital Storefront"),
             ("Accept-Language", "en-US"),
             rcv=("from NAM10-MN2-obe.outbound.protection.outlook.com (mail-mn2nam10on2097.outbound.protection.outlook.com [40.107.93.97])",
                  "mx.example.org with ESMTPS id 7a8b9c0d1e")),
        alt(text(body, charset="us-ascii"), html(gmail_html(body), charset="us-ascii"),
            calendar(ics, method="REQUEST", cte="base64")))


@mail(N(20), family="calendly", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-12-08 13:30", DEN), end=utc("2026-12-08 14:00", DEN),
      contact="wes.tanaka@peakhiregroup.com", company="Gunnison Gear",
      local="Tue 2026-12-08 13:30", local_end="2026-12-08 14:00", zone=DEN,
      days=(("Mon", "2026-12-07"),),
      note="Calendly 'Updated event' (rescheduled by the host) for an agency screen for a Gunnison "
           "Gear role: former Mon Dec 7 10:00am, new '01:30pm - 02:00pm, Tuesday, December 8, 2026 "
           "(Mountain Time - US & Canada)', MST = UTC-7 -> 20:30Z-21:00Z; contact = Reply-To host")
def p20_calendly_reschedule_peak():
    body = t("""
        Hi Tyler Brooks,

        Wes Tanaka has rescheduled your event.

        Former: 10:00am - 10:30am, Monday, December 7, 2026 (Mountain Time - US & Canada)
        Updated: 01:30pm - 02:00pm, Tuesday, December 8, 2026 (Mountain Time - US & Canada)

        Event Name: Intro Interview - Senior Platform Engineer @ Gunnison Gear
        Location: Wes will call you at the number you provided.

        Reason for reschedule: "Client HM asked to join - moving so she can make it. Thanks Tyler! -Wes"

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/2d7f0b1e-6a94-4c83-b5e2-f0a1c2d3e4b5
        Reschedule: https://calendly.com/reschedulings/2d7f0b1e-6a94-4c83-b5e2-f0a1c2d3e4b5

        Powered by Calendly.com
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261204T170500Z
UID:2d7f0b1e-6a94-4c83-b5e2-f0a1c2d3e4b5@calendly.com
DTSTART:20261208T203000Z
DTEND:20261208T210000Z
SUMMARY:Intro Interview - Senior Platform Engineer @ Gunnison Gear between Wes Tanaka and Tyler Brooks
ORGANIZER;CN=Wes Tanaka:mailto:wes.tanaka@peakhiregroup.com
ATTENDEE;CN=Tyler Brooks;PARTSTAT=ACCEPTED:mailto:tyler.brooks@example.org
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Calendly", "notifications@calendly.com"),
             "Updated: Intro Interview - Senior Platform Engineer @ Gunnison Gear with Wes Tanaka on Tuesday, December 8, 2026",
             "2026-12-04 10:05:37", DEN, "<9e8d7c6b5a4f43e2b1c0@calendly.com>",
             ("Reply-To", addr("Wes Tanaka", "wes.tanaka@peakhiregroup.com")),
             rcv=("from o3.email.calendly.com (o3.email.calendly.com [167.89.115.53])",
                  "mx.example.org with ESMTPS id c1d2e3f4a5")),
        mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@mail(N(21), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-10-26 16:00", DEN), end=utc("2026-10-26 16:30", DEN),
      contact="maya@switchbacklabs.io", company="Switchback Labs",
      local="Mon 2026-10-26 16:00", local_end="2026-10-26 16:30", zone=DEN,
      note="Google Calendar cancellation (METHOD:CANCEL) of the founder interview: 'Mon Oct 26, 2026 "
           "4pm - 4:30pm (MDT)' -> 22:00Z-22:30Z, the cancelled slot; no new time; contact = organizer")
def p21_gcal_cancel_switchback():
    body = t("""
        This event has been cancelled.

        Title: Switchback Labs - founder interview (Tyler Brooks)
        Tyler - so sorry, Eli has to fly to SF for the investor meeting. We'll re-book once he's
        back, I'll reach out. - Maya
        When: Mon Oct 26, 2026 4pm - 4:30pm (MDT)

        Calendar: tyler.brooks@example.org
        Who:
        * maya@switchbacklabs.io - organizer
        * eli@switchbacklabs.io
        * tyler.brooks@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account tyler.brooks@example.org because you
        are an attendee of this event.
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{TZ_DENVER}
BEGIN:VEVENT
DTSTART;TZID=America/Denver:20261026T160000
DTEND;TZID=America/Denver:20261026T163000
DTSTAMP:20261023T230500Z
ORGANIZER;CN=Maya Okafor:mailto:maya@switchbacklabs.io
UID:7w2e4r6t8y0u1i3o5p7a9s1d3f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tyler.brooks@example.org;X-NUM-GUESTS=0:mailto:tyler.brooks@example.org
CREATED:20261022T144000Z
LAST-MODIFIED:20261023T230500Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Switchback Labs - founder interview (Tyler Brooks)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Maya Okafor", "maya@switchbacklabs.io"),
             "Canceled event: Switchback Labs - founder interview (Tyler Brooks) @ Mon Oct 26, 2026 4pm - 4:30pm (MDT) (tyler.brooks@example.org)",
             "2026-10-23 17:05:14", DEN, "<calendar-c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f@google.com>",
             ("Sender", "Google Calendar <calendar-notification@google.com>"),
             ("Reply-To", "maya@switchbacklabs.io"),
             rcv=GMAIL_RCV),
        mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL")),
              calendar(ics, ctype="application/ics", method=None, cte="base64",
                       filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(22), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-10-15 13:00", DEN), end=utc("2026-10-15 14:30", DEN),
      contact="dana.whitfield@frontrangehealth.org", company="Front Range Health",
      local="Thu 2026-10-15 13:00", local_end="2026-10-15 14:30", zone=DEN,
      note="Recruiter (iso-8859-1, 8bit) cancels the panel 'Thursday, October 15, 1:00-2:30 PM' "
           "because the requisition is on hold; MDT -> 19:00Z-20:30Z, the cancelled slot; no new "
           "time; contact = sender")
def p22_prose_cancel_front_range():
    body = t("""
        Hi Tyler,

        I'm sorry to be writing with this news. This morning our leadership team put a hold on
        all new non-clinical requisitions through the end of the fiscal year, and the Lead
        Software Engineer role is included. Because of that, we need to cancel your panel
        interview scheduled for Thursday, October 15, 1:00-2:30 PM (Mountain).

        This is not a reflection on you at all - Marcus and Aiyana were genuinely excited after
        your first conversation, and your résumé is exactly what we'd want. If the role opens
        back up in the new year I'll reach out to you first.

        Warmly,
        Dana

        Dana Whitfield
        Senior Talent Acquisition Partner, Information Technology
        Front Range Health · Denver, CO
        303-555-0148
    """)
    return message(
        head(addr("Whitfield, Dana", "dana.whitfield@frontrangehealth.org"),
             "Panel interview on 10/15 - cancelled", "2026-10-09 11:02:51", DEN,
             "<DM6PR19MB3307A9E1B2C34D5E6F708192A3B4C@DM6PR19MB3307.namprd19.prod.outlook.com>",
             rcv=("from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2131.outbound.protection.outlook.com [40.107.243.131])",
                  "mx.example.org with ESMTPS id b2c3d4e5f6")),
        text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(23), family="teamtailor", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-11-20 10:00", LAX), end=utc("2026-11-20 10:45", LAX),
      contact="astrid.holm@lumenandpine.com", company="Lumen & Pine",
      local="Fri 2026-11-20 10:00", local_end="2026-11-20 10:45", zone=LAX,
      note="Teamtailor cancellation from a remote-first company scheduling in Pacific time: 'Friday, "
           "November 20, 10:00 - 10:45 AM PST' (UTC-8) -> 18:00Z-18:45Z, the cancelled slot; "
           "'we will send new times' but none given; ICS METHOD:CANCEL; contact = Reply-To recruiter")
def p23_teamtailor_cancel_lumen():
    body = t("""
        Hi Tyler,

        Unfortunately we have to cancel your interview with Lumen & Pine:

        Culture & values interview - Senior Software Engineer, Marketplace
        Friday, November 20, 10:00 - 10:45 AM PST (Pacific Time)

        Our interviewer is unexpectedly out of office. We will send you new times to choose from
        early next week - no action needed from you until then.

        Best regards,
        Astrid Holm
        People Partner, Lumen & Pine
    """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#222">
        <p>Hi Tyler,</p>
        <p>Unfortunately we have to cancel your interview with Lumen &amp; Pine:</p>
        <div style="background:#f6f6f6;border-radius:6px;padding:14px">
        <b>Culture &amp; values interview &ndash; Senior Software Engineer, Marketplace</b><br>
        <span style="text-decoration:line-through">Friday, November 20, 10:00 &ndash; 10:45 AM PST (Pacific Time)</span>
        </div>
        <p>Our interviewer is unexpectedly out of office. We will send you new times to choose from
        early next week &ndash; no action needed from you until then.</p>
        <p>Best regards,<br>Astrid Holm<br>People Partner, Lumen &amp; Pine</p>
        <p style="font-size:11px;color:#aaa">Sent with Teamtailor</p>
        </body></html>
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interviews//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:tt-interview-4471902@teamtailor.com
DTSTAMP:20261116T160000Z
DTSTART:20261120T180000Z
DTEND:20261120T184500Z
SUMMARY:Culture & values interview - Lumen & Pine
ORGANIZER;CN=Astrid Holm:mailto:astrid.holm@lumenandpine.com
ATTENDEE;CN=Tyler Brooks:mailto:tyler.brooks@example.org
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Lumen & Pine", "no-reply@teamtailor-mail.com"),
             "Interview cancelled: Senior Software Engineer, Marketplace", "2026-11-16 08:00:44", LAX,
             "<tt.20261116160044.7f3a2b1c@teamtailor-mail.com>",
             ("Reply-To", addr("Astrid Holm", "astrid.holm@lumenandpine.com")),
             rcv=("from mail.teamtailor-mail.com (mail.teamtailor-mail.com [185.189.236.12])",
                  "mx.example.org with ESMTPS id d4e5f6a7b8")),
        mixed(alt(text(body), html(page)),
              calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives


@mail(N(24), family="rejection", lang="en-US", interview=False, company="Meridian Orbital Systems",
      days=(("Tue", "2026-11-03"),),
      note="Taleo rejection after the 3 Nov panel; mentions the past interview date, no new time")
def n24_taleo_rejection_meridian():
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Tyler,</p>
        <p>Thank you for interviewing with Meridian Orbital Systems for the position of
        <b>Software Engineer III - Mission Data Portal</b> (Job Number 26-04417) on Tuesday, November 3.</p>
        <p>After careful consideration, we have decided to move forward with other candidates whose
        qualifications more closely match the current needs of the program. This decision was
        not easy, and the panel appreciated the time you spent with us.</p>
        <p>We encourage you to continue to visit our career site and apply for future openings.</p>
        <p>Sincerely,<br>Meridian Orbital Systems Talent Acquisition</p>
        <p style="font-size:10px;color:#777">This is an automated message from an unmonitored mailbox. Please do not reply.</p>
        </body></html>
    """)
    return message(
        head(addr("Meridian Orbital Systems", "meridianorbital@taleo.net"),
             "Your application for Software Engineer III - Mission Data Portal (26-04417)",
             "2026-11-20 09:14:02", DEN, "<1226637201.5510.1795191242118.JavaMail.taleo@tlo-mta07.taleo.net>",
             rcv=("from tlo-mta07.taleo.net (tlo-mta07.taleo.net [160.34.6.77])",
                  "mx.example.org with ESMTPS id 11aa22bb33")),
        html(page, charset="iso-8859-1"))


@mail(N(25), family="offer", lang="en-US", interview=False, company="Kestrel Outdoor Co.",
      days=(("Mon", "2026-11-02"), ("Tue", "2026-10-20")),
      note="Offer letter mail with a fixed start date/time and a signing deadline - not an interview")
def n25_offer_kestrel():
    body = t("""
        Hi Tyler,

        It was great talking with you this afternoon - as promised, here's the written version.

        On behalf of Kestrel Outdoor Co., I'm delighted to offer you the position of Senior
        Software Engineer - Digital Commerce, reporting to Sam Whitcomb.

          Base salary: $168,000 per year
          Bonus: 10% target
          Proposed start date: Monday, November 2, 2026 - new-hire orientation at 9:00 AM at HQ
          (3300 Brighton Blvd)

        The formal offer letter is in DocuSign; please sign by Tuesday, October 20 at 5:00 PM MT
        if you'd like to accept. Happy to set up a call with Sam or with our benefits team before
        then if you have questions.

        Congratulations!

        Gwen Harlow
        Recruiter, Kestrel Outdoor Co.
    """)
    return message(
        head(addr("Gwen Harlow", "gwen.harlow@kestreloutdoor.com"),
             "Your offer from Kestrel Outdoor Co.", "2026-10-15 17:20:33", DEN,
             "<CAH2m0x7Pz9kQ4bT1wE3rY8uN5vC6jL0sD2fG7hA=@mail.gmail.com>",
             rcv=GMAIL_RCV),
        alt(text(body), html(gmail_html(body))))


@mail(N(26), family="application_receipt", lang="en-US", interview=False, company="Lumen & Pine",
      note="Personio application receipt; says a 30-minute call may follow, no time fixed")
def n26_personio_receipt_lumen():
    body = t("""
        Hi Tyler,

        Thank you for applying for Senior Software Engineer, Marketplace (Remote - US) at
        Lumen & Pine. We've received your application and our team will review it within the
        next 10 business days.

        If your profile is a match, we'll invite you to a 30-minute introductory interview with
        our People team and send you a link to book a time that suits you.

        Warm regards,
        The Lumen & Pine People Team

        This email was sent automatically via Personio. Please do not reply to this email.
    """)
    return message(
        head(addr("Lumen & Pine", "no-reply@personio.de"),
             "Your application at Lumen & Pine", "2026-10-27 03:12:09", "Europe/Berlin",
             "<0102019b1c2d3e4f-5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d-000000@eu-central-1.amazonses.com>",
             rcv=("from b224-13.smtp-out.eu-central-1.amazonses.com (b224-13.smtp-out.eu-central-1.amazonses.com [69.169.224.13])",
                  "mx.example.org with ESMTPS id 5f6e7d8c9b")),
        alt(text(body), html(gmail_html(body))))


@mail(N(27), family="job_alert", lang="en-US", interview=False, company=None,
      note="JOIN job alert; 'interviews this week' / 'fast interview process' marketing, no event")
def n27_join_alert():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
        <h2 style="font-size:18px">5 new jobs for "Senior E-commerce Engineer" near Denver, CO</h2>
        <ul>
        <li><b>Senior Shopify Plus Engineer</b> - Bristlecone Provisions, Denver - <i>Interviews this week!</i></li>
        <li><b>Staff Engineer, Checkout</b> - Gradient Ski Co., Boulder - Fast interview process (2 rounds)</li>
        <li><b>Senior Software Engineer</b> - Mesa Arch Retail, Phoenix (remote OK)</li>
        <li><b>Lead Engineer, Storefront</b> - Puget Gearworks, Seattle</li>
        <li><b>E-commerce Platform Engineer</b> - Uinta Supply, Salt Lake City</li>
        </ul>
        <p><a href="https://join.com/jobs?alert=3c9e1">See all jobs</a></p>
        <p style="font-size:11px;color:#888">You receive this job alert because you subscribed on JOIN.
        <a href="https://join.com/alerts/unsubscribe/3c9e1">Unsubscribe</a></p>
        </body></html>
    """)
    return message(
        head(addr("JOIN Job Alerts", "jobalert@join.com"),
             "5 new jobs for Senior E-commerce Engineer - interviews this week", "2026-09-07 07:00:05",
             DEN, "<20260907130005.4e2f1a0b@join.com>",
             ("List-Unsubscribe", "<https://join.com/alerts/unsubscribe/3c9e1>"),
             rcv=("from mail.join.com (mail.join.com [185.15.58.201])",
                  "mx.example.org with ESMTPS id 6a7b8c9d0e")),
        html(page))


@mail(N(28), family="newsletter", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Substack newsletter post about interviewing ('my onsite was Thursday at 10 AM'), not an invitation")
def n28_newsletter_interview_post():
    body = t("""
        Mile High Dev Weekly - Issue #212

        Fourteen onsites later: what I learned interviewing in 2026

        My fourteenth onsite was Thursday at 10 AM, at a logistics company downtown. I walked
        in with a printed copy of my resume (nobody asked for it), a water bottle, and a list of
        questions I stole from the last issue of this newsletter. Here's what changed between
        onsite #1 and onsite #14:

        1. Ask the recruiter for the interview schedule with names, then look everyone up.
        2. Confirm the time zone in writing - twice. Phoenix doesn't do daylight saving.
        3. Send the thank-you note the same day, short and specific.

        Also this week: Denver Rust meetup moves to the Tech Hub on Larimer; two Boulder
        startups are hiring; and a reader asks whether take-homes should be paid.

        Unsubscribe https://milehighdev.substack.com/action/disable_email
    """)
    return message(
        head(addr("Mile High Dev Weekly", "milehighdev@substack.com"),
             "Fourteen onsites later: what I learned interviewing in 2026", "2026-09-24 06:30:00", DEN,
             "<20260924123000.3.b81c27f0e4d95a16@mg-d1.substack.com>",
             ("List-Unsubscribe", "<https://milehighdev.substack.com/action/disable_email>"),
             ("List-Id", "<milehighdev.substack.com>"),
             ("Precedence", "bulk"),
             rcv=("from mg-d1.substack.com (mg-d1.substack.com [198.61.254.5])",
                  "mx.example.org with ESMTPS id 0e9d8c7b6a")),
        alt(text(body), html(gmail_html(body))))


@mail(N(29), family="self_schedule_link", lang="en-US", interview=False, company="Cascadia Packworks",
      days=(("Mon", "2026-09-21"), ("Fri", "2026-09-25")),
      note="Ashby self-scheduling link ('pick a time between Mon Sep 21 and Fri Sep 25'), nothing fixed yet")
def n29_ashby_pick_slot_cascadia():
    body = t("""
        Hi Tyler,

        Thanks for your interest in Cascadia Packworks! We'd like to invite you to a 45-minute
        technical screen for the Senior Software Engineer, Storefront Platform role.

        Please pick a time that works for you using the link below. We've opened slots from
        Monday, September 21 through Friday, September 25 (times are shown in your local time
        zone):

        https://jobs.ashbyhq.com/cascadia-packworks/interview/schedule/6b1f0e2d-4c3a-49d8-b7e6

        Once you choose a slot you'll receive a calendar invitation with the Zoom link.

        Cheers,
        Priya Nandakumar
        Recruiting, Cascadia Packworks
    """)
    return message(
        head(addr("Cascadia Packworks", "no-reply@ashbyhq.com"),
             "Schedule your technical screen with Cascadia Packworks", "2026-09-15 11:20:40", LAX,
             "<010001926a0f1e2d-3c4b5a69-7887-4a96-b5c4-d3e2f1a0b9c8-000000@email.amazonses.com>",
             ("Reply-To", addr("Priya Nandakumar", "priya.nandakumar@cascadiapackworks.com")),
             rcv=("from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
                  "mx.example.org with ESMTPS id 1f2e3d4c5b")),
        alt(text(body), html(gmail_html(body))))


@mail(N(30), family="proposed_times", lang="en-US", interview=False, company="Cottonwood Energy",
      days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")),
      note="Recruiter proposes 'Would Tuesday (11/24) at 10 work?' - not confirmed; invite to follow")
def n30_proposed_times_cottonwood():
    body = t("""
        Hi Tyler,

        Thanks for sending over your availability. Kiran (our Director of Digital) would like to
        do a first interview next week for the Senior Engineer, Customer Portal role.

        Would Tuesday (11/24) at 10 AM Mountain work? If not, she also has Wednesday 11/25
        between 2 and 4. Once you confirm, I'll send a calendar invite with the Teams link.

        Thanks!
        Ashley Nguyen
        Recruiter | Cottonwood Energy
        1801 California St, Denver
    """)
    return message(
        head(addr("Ashley Nguyen", "ashley.nguyen@cottonwoodenergy.com"),
             "RE: Senior Engineer, Customer Portal - next steps", "2026-11-19 13:00:52", DEN,
             "<CY8PR12MB7220F1E2D3C4B5A69788C1D0E2F41@CY8PR12MB7220.namprd12.prod.outlook.com>",
             ("In-Reply-To", "<E7F8A9B0-C1D2-4E3F-A4B5-C6D7E8F9A0B1@example.org>"),
             rcv=("from NAM12-CY8-obe.outbound.protection.outlook.com (mail-cy8nam12on2120.outbound.protection.outlook.com [40.107.237.120])",
                  "mx.example.org with ESMTPS id 2e3d4c5b6a")),
        alt(text(body), html(gmail_html(body))))


@mail(N(31), family="job_centre", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="State workforce-center RESEA appointment (phone, fixed time Tue Nov 17 1:30 PM MST) for "
           "unemployment benefits - a confirmed appointment, but not a job interview")
def n31_workforce_center_resea():
    body = t("""
        FRONT RANGE WORKFORCE CONNECTION
        Reemployment Services and Eligibility Assessment (RESEA)

        Claimant: TYLER BROOKS
        Claim ID: ***-**-4417

        You are scheduled for a REQUIRED RESEA appointment:

          Date: Tuesday, November 17, 2026
          Time: 1:30 PM Mountain Time
          Type: Telephone - a Workforce Specialist will call the phone number on your claim
          Specialist: R. Delgado

        During the appointment we will review your work search activities, your reemployment
        plan and your eligibility for unemployment insurance benefits. Have your work search
        log (employers contacted, applications and interviews) ready.

        FAILURE TO PARTICIPATE MAY RESULT IN A DENIAL OF BENEFITS.

        To reschedule, call 303-555-0170 at least one business day before the appointment.
        This mailbox is not monitored.
    """)
    return message(
        head(addr("Front Range Workforce Connection", "resea-noreply@frwc.example.gov"),
             "REQUIRED: RESEA appointment scheduled - Tuesday, November 17, 2026", "2026-11-09 08:00:14",
             DEN, "<resea.4417.20261109150014@frwc.example.gov>",
             rcv=("from smtp-gw1.frwc.example.gov (smtp-gw1.frwc.example.gov [192.0.2.61])",
                  "mx.example.org with ESMTPS id 3d4c5b6a79")),
        text(body, charset="us-ascii", cte="7bit"))


@mail(N(32), family="press_interview", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="A reporter confirms a phone interview with Tyler for a story on outdoor-retail layoffs "
           "(Thu Oct 22, 2 PM MDT) - an interview, but not a job interview")
def n32_reporter_interview():
    body = t("""
        Hi Tyler,

        Thanks so much for agreeing to talk - confirming our phone interview for Thursday at 2 PM
        Mountain. I'll call you at the number you gave me; it should take 20-30 minutes.

        As I mentioned, the story is about the wave of layoffs at Denver's outdoor-retail and
        gear companies this fall, and what it's like for the engineers and designers looking for
        work right now. We can keep your current employer out of it, and you can tell me at any
        point if something is off the record.

        Talk Thursday,
        Nadia

        Nadia Whitmore
        Business Reporter, The Mile High Ledger
        nwhitmore@milehighledger.com | 720-555-0112
    """)
    return message(
        head(addr("Nadia Whitmore", "nwhitmore@milehighledger.com"),
             "Confirming Thursday 2 PM - interview for layoffs story", "2026-10-20 15:40:20", DEN,
             "<CAF9sd0Lq2+Wv8nR4bXk7Tg1Hy3Mz6Pj5cQe9aU=@mail.gmail.com>",
             rcv=GMAIL_RCV),
        alt(text(body), html(gmail_html(body))))


@mail(N(33), family="admission_interview", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Evening-MBA admissions interview confirmed for Sat Nov 14 10:00 AM MST, with ICS - a "
           "school admission interview, not a job interview")
def n33_mba_admission_interview():
    body = t("""
        Dear Tyler,

        Thank you for applying to the Ponderosa University Evening MBA program. We are pleased to
        confirm your admissions interview:

          Saturday, November 14, 2026
          10:00 AM - 10:30 AM Mountain Time
          Ponderosa University Denver Center, 1400 Market St, Room 210

        Your interviewer will be a second-year student from the Evening cohort. The interview is
        conversational and focuses on your career goals and why an MBA now. Business casual is
        fine. A calendar file is attached.

        Warm regards,
        Office of Graduate Admissions
        Ponderosa University School of Business
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Slate//Technolutions//EN
METHOD:PUBLISH
{TZ_DENVER}
BEGIN:VEVENT
UID:slate-interview-91822@ponderosa-university.edu
DTSTAMP:20261102T170000Z
DTSTART;TZID=America/Denver:20261114T100000
DTEND;TZID=America/Denver:20261114T103000
SUMMARY:Evening MBA Admissions Interview
LOCATION:Ponderosa University Denver Center\\, 1400 Market St\\, Room 210
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Ponderosa University Graduate Admissions", "mbaadmissions@ponderosa-university.edu"),
             "Your Evening MBA admissions interview is confirmed", "2026-11-02 10:00:03", DEN,
             "<slate.91822.20261102170003@ponderosa-university.edu>",
             rcv=("from mta1.technolutions.net (mta1.technolutions.net [199.187.167.10])",
                  "mx.example.org with ESMTPS id 4c5b6a7980")),
        mixed(text(body), calendar(ics, method="PUBLISH", filename="interview.ics", disposition="attachment")))


@mail(N(34), family="sports_tryout", lang="en-US", interview=False, company=None,
      days=(("Sun", "2026-09-13"),),
      note="Adult hockey league evaluation skate (try-out) Sunday 8:15 PM - fixed time, not a job interview")
def n34_hockey_evaluation_skate():
    body = t("""
        Hey Tyler,

        You're on the list for the fall evaluation skate this Sunday (9/13), 8:15 PM at Clear
        Creek Ice Center, rink 2. Be dressed and on the ice by 8:10. Full gear, dark and light
        jerseys. We'll run drills and a short scrimmage, then captains draft on Tuesday.

        $25 eval fee, Venmo @FRAHL-Treasurer if you haven't already.

        See you out there,
        Mike D.
        Front Range Adult Hockey League - D League coordinator
    """)
    return message(
        head(addr("Mike Dombrowski", "mike.dombrowski@example.net"),
             "FRAHL eval skate Sunday 8:15", "2026-09-08 21:17:40", DEN,
             "<CAB4vR7y2Kp+0LmQ9xTz3Wc5Nd8Hf1Ja6sGe=@mail.gmail.com>",
             rcv=GMAIL_RCV),
        text(body, cte="8bit"))


@mail(N(35), family="car_service", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Car-service appointment confirmation (Sat Oct 10, 8:00 AM), HTML only - not an interview")
def n35_car_service():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" align="center" cellpadding="10" style="border:1px solid #ddd">
        <tr><td style="background:#0b3d91;color:#fff;font-size:20px">Altitude Auto Service</td></tr>
        <tr><td>
        <p>Hi Tyler,</p>
        <p>Your service appointment is confirmed.</p>
        <p><b>Saturday, October 10, 2026 at 8:00 AM</b><br>
        2019 Subaru Outback - 60,000 mile service, cabin air filter, tire rotation<br>
        Service advisor: Jorge</p>
        <p>Drop-off: 4875 W Colfax Ave, Lakewood. Shuttle available within 5 miles.<br>
        Estimated completion: early afternoon. We'll text you when it's ready.</p>
        <p><a href="https://altitudeauto.example.com/appt/77120/confirm">Confirm</a> &middot;
        <a href="https://altitudeauto.example.com/appt/77120/reschedule">Reschedule</a></p>
        </td></tr></table>
        </body></html>
    """)
    return message(
        head(addr("Altitude Auto Service", "appointments@altitudeauto.example.com"),
             "Appointment confirmed: Sat, Oct 10 at 8:00 AM", "2026-10-09 12:30:11", DEN,
             "<appt-77120.1760034611@altitudeauto.example.com>",
             rcv=("from o1.ptr4410.altitudeauto.example.com (o1.ptr4410.altitudeauto.example.com [192.0.2.144])",
                  "mx.example.org with ESMTPS id 5b6a798091")),
        html(page))


@mail(N(36), family="mock_interview", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")),
      note="Career coach confirms a paid mock system-design interview (Tue Oct 20, 7-8 PM MDT) with "
           "ICS, as prep for Tyler's real Switchback interview on Wednesday - practice, not a job interview")
def n36_coach_mock_interview():
    body = t("""
        Hi Tyler,

        You're confirmed for your mock interview session:

        Mock System Design Interview (60 min)
        Tuesday, October 20, 2026, 7:00 - 8:00 PM MT
        Zoom: https://us06web.zoom.us/j/86120034477

        Since your real Switchback round is the next afternoon, I'll run this exactly like a
        startup system design interview: 45 minutes of design, 15 minutes of feedback. I'll
        play the interviewer and won't help unless you're really stuck.

        Payment received - thank you!

        Renee Calloway
        Calloway Career Coaching | Tech interview prep
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Acuity Scheduling//EN
METHOD:REQUEST
{TZ_DENVER}
BEGIN:VEVENT
UID:acuity-1188204533@acuityscheduling.com
DTSTAMP:20261019T180000Z
DTSTART;TZID=America/Denver:20261020T190000
DTEND;TZID=America/Denver:20261020T200000
SUMMARY:Mock System Design Interview with Renee Calloway
ORGANIZER;CN=Renee Calloway:mailto:renee@callowaycareer.co
ATTENDEE;CN=Tyler Brooks;RSVP=TRUE:mailto:tyler.brooks@example.org
LOCATION:https://us06web.zoom.us/j/86120034477
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Renee Calloway", "renee@callowaycareer.co"),
             "Confirmed: Mock System Design Interview - Tue Oct 20, 7:00 PM MT", "2026-10-19 12:00:16", DEN,
             "<acuity.1188204533.20261019180016@acuityscheduling.com>",
             ("Sender", "Acuity Scheduling <no-reply@acuityscheduling.com>"),
             rcv=("from mail.acuityscheduling.com (mail.acuityscheduling.com [198.21.7.18])",
                  "mx.example.org with ESMTPS id 6a79809112")),
        mixed(alt(text(body), html(gmail_html(body))),
              calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(37), family="forwarded_other_person", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Tyler's partner forwards HER OWN interview confirmation (Mon Nov 9, 10 AM) so he can do "
           "school drop-off - a confirmed job interview, but not the inbox owner's")
def n37_partner_forwards_own_interview():
    body = t("""
        FYI babe - I got the interview!! So I'm out Monday morning, can you do drop-off? Lunch
        is packed.

        J

        ---------- Forwarded message ---------
        From: Clearwater School District HR <hr-interviews@clearwaterschools.example.org>
        Date: Tue, Nov 3, 2026 at 4:12 PM
        Subject: Interview Confirmation - Instructional Technology Specialist
        To: Jess Alvarez <jess.alvarez@example.com>

        Dear Jess Alvarez,

        This message confirms your interview for the Instructional Technology Specialist position.

        Date: Monday, November 9, 2026
        Time: 10:00 AM
        Location: Clearwater Schools Administration Building, 915 Grant St, Room 3B
        Panel: Dr. Lorraine Pike, Director of Educational Technology; Sam Okoye, Principal

        Please bring a copy of your teaching license and two references.

        Clearwater School District - Human Resources
    """)
    return message(
        head(addr("Jess Alvarez", "jess.alvarez@example.com"),
             "Fwd: Interview Confirmation - Instructional Technology Specialist", "2026-11-04 07:45:29", DEN,
             "<CAJ3nW8a+Qe5Rt0Yu2Io4Pa6Sd8Fg1Hj3Kl5Zx=@mail.gmail.com>",
             rcv=GMAIL_RCV),
        alt(text(body), html(gmail_html(body))))


@mail(N(38), family="interviewer_at_current_job", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Tyler forwards to himself a Greenhouse interviewer notification from his current employer: "
           "HE interviews a candidate (Wed Sep 16, 11:00 AM MDT) - not his own job interview")
def n38_interviewer_current_job():
    body = t("""
        for the bus - read Priya's resume before Wed

        -------- Original Message --------
        From: Trailhead Supply Co. <no-reply@greenhouse.io>
        Sent: Monday, September 14, 2026 7:41 AM
        To: Tyler Brooks <tyler.brooks@trailheadsupply.com>
        Subject: Interview Kit: Priya Raman for Frontend Engineer (Platform)

        Hi Tyler,

        You are scheduled to interview Priya Raman for Frontend Engineer (Platform).

        Wednesday, September 16, 2026
        11:00 AM - 12:00 PM MDT
        Location: Zoom - https://trailheadsupply.zoom.us/j/97311208845
        Your focus area: Technical - JavaScript & accessibility

        Open your interview kit to see the candidate's resume, the questions for your focus
        area and the scorecard:
        https://app.greenhouse.io/interview_kits/448120931

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Trailhead Supply Co. Recruiting
    """)
    return message(
        head(addr("Tyler Brooks", "tyler.brooks@trailheadsupply.com"),
             "FW: Interview Kit: Priya Raman for Frontend Engineer (Platform)", "2026-09-14 07:55:02", DEN,
             "<MW4PR10MB5873D0C1B2A39485F6E7D8C9B0A11@MW4PR10MB5873.namprd10.prod.outlook.com>",
             rcv=("from NAM10-MW4-obe.outbound.protection.outlook.com (mail-mw4nam10on2044.outbound.protection.outlook.com [40.107.94.44])",
                  "mx.example.org with ESMTPS id 798091a2b3")),
        text(body))


@mail(N(39), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-10-30"),),
      note="Google Calendar invite to the team send-off at the current job (Fri Oct 30, 4:30 PM MDT), "
           "sent to personal addresses because work accounts close - fixed time, not an interview")
def n39_team_sendoff_gcal():
    body = t("""
        You have been invited to the following event.

        Title: Commerce team send-off
        Since our work accounts die on the 30th, sending this to everyone's personal email.
        First round's on Dawn. Bring your referrals list - a bunch of us are still interviewing.
        When: Fri Oct 30, 2026 4:30pm - 7:30pm (MDT)
        Where: Cerveceria Pinedale, 2640 Walnut St, Denver

        Calendar: tyler.brooks@example.org
        Who:
        * dawn.hollis.denver@example.com - organizer
        * tyler.brooks@example.org
        * 14 more guests

        Invitation from Google Calendar: https://calendar.google.com/calendar/
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_DENVER}
BEGIN:VEVENT
DTSTART;TZID=America/Denver:20261030T163000
DTEND;TZID=America/Denver:20261030T193000
DTSTAMP:20261021T010000Z
ORGANIZER;CN=Dawn Hollis:mailto:dawn.hollis.denver@example.com
UID:3s5d7f9g1h3j5k7l9z1x3c5v7b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.brooks@example.org;X-NUM-GUESTS=0:mailto:tyler.brooks@example.org
LOCATION:Cerveceria Pinedale\\, 2640 Walnut St\\, Denver
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Commerce team send-off
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Dawn Hollis", "dawn.hollis.denver@example.com"),
             "Invitation: Commerce team send-off @ Fri Oct 30, 2026 4:30pm - 7:30pm (MDT) (tyler.brooks@example.org)",
             "2026-10-20 19:00:00", DEN, "<calendar-e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9@google.com>",
             ("Sender", "Google Calendar <calendar-notification@google.com>"),
             rcv=GMAIL_RCV),
        alt(text(body), calendar(ics)))


@mail(N(40), family="webinar", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Zoom webinar registration 'Cracking the commerce system design interview' (Thu Oct 29, "
           "12:00 PM MT) - a fixed time, about interviews, but a webinar")
def n40_webinar_registration():
    body = t("""
        Hi Tyler,

        Thank you for registering for "Cracking the Commerce System Design Interview".

        Please submit any questions to: events@stackwise.example.com

        Date Time: Oct 29, 2026 12:00 PM Mountain Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/81234077120?tk=Yx3-Qp8

        Passcode: 401277

        Add to calendar: https://us02web.zoom.us/webinar/tZMsf-iCal

        You can cancel your registration at any time.
    """)
    return message(
        head(addr("Stackwise Events", "no-reply@zoom.us"),
             "Cracking the Commerce System Design Interview Confirmation", "2026-10-27 09:11:45", DEN,
             "<zoom.wb.81234077120.5fc1a2@zoom.us>",
             ("Reply-To", "events@stackwise.example.com"),
             rcv=("from o2.ptr2631.zoom.us (o2.ptr2631.zoom.us [149.72.120.142])",
                  "mx.example.org with ESMTPS id 8091a2b3c4")),
        alt(text(body), html(gmail_html(body))))


@mail(N(41), family="auto_reply", lang="en-US", interview=False, company="Harborline Commerce",
      days=(("Mon", "2026-11-09"), ("Fri", "2026-11-13"), ("Thu", "2026-11-12")),
      note="Out-of-office auto-reply from the Harborline recruiter to Tyler's mail; mentions interview "
           "scheduling and Thursday's interview, but confirms nothing")
def n41_ooo_harborline():
    body = t("""
        Thank you for your email. I'm out of the office Monday, November 9 through Friday,
        November 13 with limited access to email.

        If you have an interview scheduled this week (including Thursday 11/12), it will go
        ahead as planned - our interviewers have all the details. For any scheduling changes
        please contact our recruiting coordinator, Paul Finch, at paul.finch@harborlinecommerce.com.

        Sofia Marchetti
        Senior Recruiter, Engineering | Harborline Commerce
    """)
    return message(
        head(addr("Sofia Marchetti", "sofia.marchetti@harborlinecommerce.com"),
             "Automatic reply: Quick question before Thursday", "2026-11-09 08:12:33", NYC,
             "<BN8PR04MB6212A0B1C2D3E4F5A6B7C8D9E0F12@BN8PR04MB6212.namprd04.prod.outlook.com>",
             ("Auto-Submitted", "auto-generated"),
             ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
             ("X-Auto-Response-Suppress", "All"),
             ("In-Reply-To", "<C0D1E2F3-A4B5-4C6D-8E7F-9A0B1C2D3E4F@example.org>"),
             rcv=("from NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2105.outbound.protection.outlook.com [40.107.100.105])",
                  "mx.example.org with ESMTPS id 91a2b3c4d5")),
        text(body, charset="us-ascii", cte="7bit"))


@mail(N(42), family="bounce", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Mailer-daemon bounce of Tyler's thank-you note (typo in the address); the returned "
           "message mentions 'today's interview' - nothing is scheduled")
def n42_bounce_thank_you():
    report = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <carl.ashbey@tidewaterretail.com>: host tidewaterretail-com.mail.protection.outlook.com[52.101.40.10]
            said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup (in reply to RCPT TO command)
    """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        Arrival-Date: Wed, 4 Nov 2026 17:20:02 -0700 (MST)

        Final-Recipient: rfc822; carl.ashbey@tidewaterretail.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; tidewaterretail-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
    """)
    original = message([
        ("From", TO),
        ("To", "carl.ashbey@tidewaterretail.com"),
        ("Subject", "Thank you - Engineering Manager, Digital Storefront"),
        ("Date", date("2026-11-04 17:20:00", DEN)),
        ("Message-ID", "<F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9@example.org>"),
    ], text(t("""
        Hi Carl,

        Thank you for taking the time to talk with me during today's interview. I especially
        enjoyed our conversation about moving the storefront off the monolith before next peak.

        Best,
        Tyler
    """), charset="us-ascii", cte="7bit"))
    parts = multipart("report", text(report, charset="us-ascii", cte="7bit"),
                      Part([("Content-Type", "message/delivery-status")], status.replace("\n", "\r\n").encode()),
                      attached_message(original), params="report-type=delivery-status")
    return message(
        head("MAILER-DAEMON@mx.example.org (Mail Delivery System)",
             "Undelivered Mail Returned to Sender", "2026-11-04 17:20:05", DEN,
             "<20261105002005.7B1C2D3E4F@mx.example.org>",
             ("Auto-Submitted", "auto-replied")),
        parts)


@mail(N(43), family="mailing_list", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Google Groups list mail: another member asks for advice on 'my final interview next "
           "Thursday at 3pm' - someone else's interview on a mailing list")
def n43_mailing_list_advice():
    body = t("""
        Hey all,

        Long-time lurker. I have a final-round interview next Thursday at 3pm with one of the big
        outdoor retailers in town (the one with the climbing wall in the lobby) and they've told
        me it includes a "live debugging" session. Has anyone here done one of those? Are you
        allowed to google stuff? Any tips welcome - DM is fine too.

        Also, +1 to whoever suggested a mock interview swap channel. I'm in.

        - Chris

        --
        You received this message because you are subscribed to the Google Groups "Denver Devs"
        group.
        To unsubscribe from this group and stop receiving emails from it, send an email to
        denver-devs+unsubscribe@googlegroups.com.
        To view this discussion visit https://groups.google.com/d/msgid/denver-devs/CAE7x1Qz.
    """)
    return message(
        head(addr("Chris Yamamoto", "chris.yamamoto.dev@example.com"),
             "[denver-devs] Anyone done a 'live debugging' interview round?", "2026-10-08 21:33:19", DEN,
             "<CAE7x1Qz9+Lm2Nb4Vc6Xz8As0Df2Gh4Jk6=@mail.gmail.com>",
             ("Sender", "denver-devs@googlegroups.com"),
             ("List-Id", "<denver-devs.googlegroups.com>"),
             ("List-Post", "<https://groups.google.com/group/denver-devs/post>, <mailto:denver-devs@googlegroups.com>"),
             ("List-Unsubscribe", "<mailto:denver-devs+unsubscribe@googlegroups.com>"),
             ("Precedence", "list"),
             ("Mailing-list", "list denver-devs@googlegroups.com; contact denver-devs+owners@googlegroups.com"),
             to="Denver Devs <denver-devs@googlegroups.com>",
             rcv=("from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])",
                  "mx.example.org with ESMTPS id a2b3c4d5e6")),
        text(body))


@mail(N(44), family="jury_duty", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Jury summons: report Monday, November 16, 2026 at 7:45 AM - a fixed civic appointment")
def n44_jury_summons():
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:14px">
        <p style="font-size:18px"><b>JURY SUMMONS - ELECTRONIC NOTICE</b></p>
        <p>Juror: TYLER BROOKS<br>Juror Number: 2026-118804<br>Court: Alder Creek County Combined Courts</p>
        <p>You have been summoned for jury service. You must report:</p>
        <p><b>Monday, November 16, 2026 at 7:45 AM</b><br>
        Jury Assembly Room, 1st Floor, 600 Justice Way, Alder Creek, CO</p>
        <p>Please complete your juror questionnaire online within 5 days. The evening before your
        service date, call 720-555-0199 after 5:00 PM or check the website to confirm whether you
        must still report. Jurors may request one postponement online.</p>
        <p>Employers may not penalize employees for jury service.</p>
        <p>Office of the Jury Commissioner</p>
        </body></html>
    """)
    return message(
        head(addr("Alder Creek County Jury Commissioner", "jury.noreply@aldercreekcourts.example.gov"),
             "Jury Summons - Report Date 11/16/2026", "2026-10-26 06:00:00", DEN,
             "<juror-2026-118804.1761480000@aldercreekcourts.example.gov>",
             rcv=("from relay.aldercreekcourts.example.gov (relay.aldercreekcourts.example.gov [192.0.2.201])",
                  "mx.example.org with ESMTPS id b3c4d5e6f7")),
        html(page, cte="base64"))


@mail(N(45), family="insurance_adjuster", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-09-23"),),
      note="Home-insurance hail-claim inspection (Wed 9/23, arrival 8-10 AM) - a fixed appointment, not an interview")
def n45_insurance_adjuster():
    body = t("""
        Claim #: HO-26-0918-4471
        Insured: Tyler Brooks
        Loss type: Hail - roof, gutters, window screens

        Hi Tyler,

        This confirms your property inspection for the hail claim above:

          Wednesday, 9/23/2026 - arrival window 8:00 to 10:00 AM
          Field adjuster: Cody Brandt, Bluesky Mutual Insurance
          Address: 2247 S Corona St, Denver

        Cody will call about 30 minutes before he arrives. He'll need access to the attic and
        the backyard. If a roofer is meeting him, please have them there for the roof portion.

        Thanks,
        Claims Team, Bluesky Mutual Insurance
    """)
    return message(
        head(addr("Bluesky Mutual Claims", "claims-noreply@blueskymutual.example.com"),
             "Inspection scheduled - Claim HO-26-0918-4471", "2026-09-18 14:07:51", DEN,
             "<claims.HO-26-0918-4471.1758226071@blueskymutual.example.com>",
             rcv=("from smtp.blueskymutual.example.com (smtp.blueskymutual.example.com [192.0.2.87])",
                  "mx.example.org with ESMTPS id c4d5e6f7a8")),
        text(body, charset="us-ascii", cte="quoted-printable"))


@mail(N(46), family="podcast", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-12-02"),),
      note="Podcast host confirms a guest interview recording with Tyler (Wed Dec 2, 11 AM MT) - "
           "an interview with him as guest, not a job interview")
def n46_podcast_guest():
    body = t("""
        Hi Tyler!

        So glad you said yes. Confirming your recording for Checkout Lane, the e-commerce
        engineering podcast:

        Wed, Dec 2 - 11:00 AM Mountain (we'll record for about an hour, the episode runs ~40 min)
        Riverside studio link: https://riverside.fm/studio/checkout-lane

        Topics we talked about: surviving Black Friday on a 6-person team, the "cart as a state
        machine" talk you gave at Denver Devs, and what job hunting is like for senior engineers
        right now. Wear headphones and use a wired connection if you can.

        Cheers,
        Marisa Quint
        Host, Checkout Lane
    """)
    return message(
        head(addr("Marisa Quint", "marisa@checkoutlane.fm"),
             "Checkout Lane recording - you're booked!", "2026-11-23 15:25:10", LAX,
             "<CAKp0w3N+7Hv9Rt1Yu3Io5Pa7Sd9Fg2Hj4Kl=@mail.gmail.com>",
             rcv=GMAIL_RCV),
        alt(text(body), html(gmail_html(body))))


@mail(N(47), family="vet_appointment", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-11-14"), ("Thu", "2026-11-12")),
      note="Vet clinic: appointment RESCHEDULED (old Thu 11/12, new Sat 11/14 9:20 AM), iso-8859-15 "
           "quoted-printable - reschedule wording, but not an interview")
def n47_vet_rescheduled():
    body = t("""
        Hello Tyler,

        Your appointment for JUNIPER (canine, Australian Shepherd) has been rescheduled.

        Previous appointment: Thursday 11/12/2026 at 4:40 PM - Dr. Okafor
        New appointment:      Saturday 11/14/2026 at 9:20 AM - Dr. Lindahl
        Reason for visit:     Annual wellness exam + rabies booster

        Please arrive 10 minutes early. Our cancellation fee is 25 € ... just kidding, it's $25,
        our new software keeps adding euro signs. Reply C to confirm.

        Wash Park Animal Clinic
        (303) 555-0131
    """)
    return message(
        head(addr("Wash Park Animal Clinic · Reminders", "reminders@washparkvet.example.com", "iso-8859-15"),
             "Appointment rescheduled: Juniper - Sat 11/14 9:20 AM", "2026-11-10 11:45:00", DEN,
             "<vetrx.5528190.20261110184500@washparkvet.example.com>",
             rcv=("from mailer.vetreminders.example.com (mailer.vetreminders.example.com [192.0.2.55])",
                  "mx.example.org with ESMTPS id d5e6f7a8b9")),
        text(body, charset="iso-8859-15"))


@mail(N(48), family="circle_back", lang="en-US", interview=False, company="Bluebird Commerce",
      note="Recruiter pauses the process: 'let's circle back after the holidays' - no interview time")
def n48_circle_back_after_holidays():
    body = t("""
        Hi Tyler,

        I wanted to give you a quick update rather than leave you hanging. Our 2027 headcount
        plan won't be finalized until mid-January, so we're pausing interviews for the Staff
        Engineer, Checkout role until then.

        You were one of the strongest people I talked to this quarter and the team wants to get
        you in for the technical round as soon as the req is approved. Let's circle back after
        the holidays - I'll reach out the first week of January to find a time.

        Have a great holiday season!

        Brandon Oyelaran
        Technical Recruiter, Bluebird Commerce (remote)
    """)
    return message(
        head(addr("Brandon Oyelaran", "brandon.oyelaran@bluebirdcommerce.com"),
             "Staff Engineer, Checkout - pausing until January", "2026-12-10 14:18:37", "America/Chicago",
             "<CAGq8e4Z+1Mx3Nc5Vb7Lk9Jh1Gf3Ds5Az7=@mail.gmail.com>",
             rcv=GMAIL_RCV),
        alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(N(49), family="contractor_interview", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Kitchen-remodel contractor confirms an in-home walkthrough where Tyler 'interviews' "
           "contractors (Tue Dec 8, 4:30 PM) - fixed time, not a job interview")
def n49_kitchen_contractor():
    body = t("""
        Hi Tyler and Jess,

        Great talking with you on the phone. We're set for Tuesday, December 8 at 4:30 PM at your
        place on S Corona for the kitchen walkthrough and estimate. I know you're interviewing a
        few contractors, so feel free to throw every question at me - permits, timeline, what
        happens if we open the wall and find old knob-and-tube.

        I'll bring cabinet door samples and the quartz remnant list.

        Thanks,
        Dale Ferris
        Ferris & Sons Remodeling | Englewood, CO
        Licensed & insured - 720-555-0176
    """)
    return message(
        head(addr("Dale Ferris", "dale@ferrisandsons.example.com"),
             "Kitchen walkthrough Tue 12/8 at 4:30", "2026-12-03 18:02:44", DEN,
             "<000001db4c2e$9a1b2c30$ce3d8490$@ferrisandsons.example.com>",
             ("X-Mailer", "Microsoft Outlook 16.0"),
             to=f"{TO}, Jess Alvarez <jess.alvarez@example.com>",
             rcv=("from smtp.ferrisandsons.example.com (smtp.ferrisandsons.example.com [192.0.2.176])",
                  "mx.example.org with ESMTPS id e6f7a8b9c0")),
        text(body, charset="windows-1252", cte="quoted-printable"))


@mail(N(50), family="alumni_interview", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="University alumni-interview program: Tyler (an alum) is assigned to interview a high-school "
           "applicant on Sat Nov 7 at 10:00 AM - he is the interviewer, and not for a job")
def n50_alumni_interviewer():
    body = t("""
        Dear Tyler,

        Thank you for volunteering with the Alumni Interview Program this year! You have been
        matched with the following applicant, and the interview is confirmed:

          Applicant: Sofia R. (Early Decision, Class of 2031)
          Date: Saturday, November 7, 2026
          Time: 10:00 AM
          Place: Huckleberry Roasters, 2500 Larimer St (applicant chose the location)

        Please submit your interview report in the Alumni Portal within 48 hours. A reminder
        that alumni interviews are informational and you should not discuss admission decisions.

        With gratitude,
        Alumni Interview Program
        Cedar Hollow College Office of Admission
    """)
    return message(
        head(addr("Cedar Hollow College Alumni Interview Program", "aip@cedarhollow.example.edu"),
             "Your alumni interview assignment is confirmed - Sat 11/7", "2026-10-31 08:00:00", NYC,
             "<aip.2031.88127.20261031120000@cedarhollow.example.edu>",
             rcv=("from mta2.technolutions.net (mta2.technolutions.net [199.187.167.11])",
                  "mx.example.org with ESMTPS id f7a8b9c0d1")),
        alt(text(body), html(gmail_html(body))))
