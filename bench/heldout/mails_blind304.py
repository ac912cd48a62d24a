"""blind304: a blind 50-mail held-out set, the inbox of Brianna Olson, bank-operations compliance analyst in
Sioux Falls, South Dakota (America/Chicago), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the top and the Mix / label
conventions / traps / judgement-call sections of bench/heldout/README.md, the dev corpus README,
dev labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the detector, its tests or
fixtures, the other held-out mails or sets, and never ran the detector. Every mail is one function
below, written by hand; all companies and people are fictional. Keys 1-23 are positives (1-16
scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 negatives; file numbers are a fixed shuffle.
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
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind304"
ORDER = random.Random(3040304).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "brianna.olson@example.org"
ME_NAME = "Brianna Olson"
ME_TO = addr(ME_NAME, ME)
CHI = "America/Chicago"
DEN = "America/Denver"
NYC = "America/New_York"
AMS = "Europe/Amsterdam"


def _id(seed: str, n: int = 16) -> str:
    return hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:n]


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, to: str = ME_TO,
         rcpt: str = ME, extra: tuple[tuple[str, str], ...] = (), subject_charset: str = "utf-8") -> list:
    rid = _id(mid, 12).upper()
    return [
        ("Delivered-To", rcpt),
        ("Received", received(f"from {relay}", when, zone, f"mx1.example.org with ESMTPS id {rid}", rcpt)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, subject_charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def vcal(events: str, *, prodid: str, method: str | None = "REQUEST", tz: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    out = "\n".join(lines) + "\n"
    if tz:
        out += tz.strip("\n") + "\n"
    return out + t(events).strip("\n") + "\nEND:VCALENDAR\n"


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

TEAMS = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
    Meeting ID: {num}
    Passcode: {code}
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
""")


# =========================================================================== positives: scheduled


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-14T15:00:00Z", end="2026-09-14T15:45:00Z",
           contact="kendra.vos@prairieledgerbank.com", company="Prairie Ledger Bank",
           local="Mon 2026-09-14 10:00", local_end="2026-09-14 10:45", zone=CHI,
           note="Greenhouse confirmation, 'Monday, September 14, 10:00 - 10:45 AM CDT' (Sioux Falls, "
                "Central daylight time = UTC-5); ICS in America/Chicago agrees; contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hi Brianna,

        Thanks for making time to speak with us! Your interview for the Compliance Analyst II
        (BSA/AML) position at Prairie Ledger Bank is confirmed:

        Phone screen with Kendra Vos, Talent Acquisition Partner
        Monday, September 14, 2026
        10:00 AM - 10:45 AM CDT

        Kendra will call you at (605) 555-0148. If that number has changed, or you need to
        reschedule, just reply to this email.

        We've attached a calendar invite for your convenience.

        Best,
        The Prairie Ledger Bank Recruiting Team

        Powered by Greenhouse
    """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <p>Hi Brianna,</p>
        <p>Thanks for making time to speak with us! Your interview for the <b>Compliance Analyst II
        (BSA/AML)</b> position at Prairie Ledger Bank is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Phone screen with Kendra Vos, Talent Acquisition Partner</b></td></tr>
        <tr><td>Monday, September 14, 2026</td></tr>
        <tr><td>10:00 AM - 10:45 AM CDT</td></tr>
        </table>
        <p>Kendra will call you at (605) 555-0148. If that number has changed, or you need to
        reschedule, just reply to this email.</p>
        <p>We&#39;ve attached a calendar invite for your convenience.</p>
        <p>Best,<br>The Prairie Ledger Bank Recruiting Team</p>
        <p style="font-size:11px;color:#999999">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
    """)
    ics = vcal("""
        BEGIN:VEVENT
        UID:gh-7731920-phone-screen@greenhouse.io
        DTSTAMP:20260908T191207Z
        DTSTART;TZID=America/Chicago:20260914T100000
        DTEND;TZID=America/Chicago:20260914T104500
        SUMMARY:Phone screen: Brianna Olson / Prairie Ledger Bank
        LOCATION:Phone - Kendra will call (605) 555-0148
        ORGANIZER;CN=Kendra Vos:mailto:kendra.vos@prairieledgerbank.com
        ATTENDEE;CN=Brianna Olson;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:brianna.olson@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
    """, prodid="-//Greenhouse//Interview Scheduler//EN", tz=VTZ["America/Chicago"])
    mid = "<0100019a7f3c2b11-5d1e-4c2a-9a41-prairieledger@us-west-2.amazonses.com>"
    hs = head(addr("Prairie Ledger Bank", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Compliance Analyst II (BSA/AML) at Prairie Ledger Bank",
              "2026-09-08 14:12", CHI, mid, relay="a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
              extra=(("Reply-To", addr("Kendra Vos", "kendra.vos@prairieledgerbank.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64")))


@make.mail(N(2), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-09-22T18:30:00Z", end="2026-09-22T19:30:00Z",
           contact="marcus.hadley@cornhuskermutual.com", company="Cornhusker Mutual Insurance",
           local="Tue 2026-09-22 13:30", local_end="2026-09-22 14:30", zone=CHI,
           note="Workday HTML-only (base64) notification from the tenant mailbox; 'Tuesday, September 22, "
                "2026 1:30 PM - 2:30 PM (Central Time)' = CDT, UTC-5 (Omaha); recruiter address only in the body")
def m02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <tr><td>
        <img src="https://wd5.myworkdaycdn.com/cornhuskermutual/logo.png" alt="Cornhusker Mutual Insurance" width="180">
        <p>Dear Brianna,</p>
        <p>Thank you for your interest in the <b>Regulatory Compliance Analyst</b> role (R-0048812) at
        Cornhusker Mutual Insurance. We are pleased to confirm your interview.</p>
        <p><b>Date and time:</b> Tuesday, September 22, 2026 1:30 PM - 2:30 PM (Central Time)<br>
        <b>Format:</b> Microsoft Teams video interview (link to follow from your interviewers)<br>
        <b>Interviewers:</b> Dana Whitcomb, Director of Compliance; Luis Ortega, Senior Compliance Analyst</p>
        <p>If you have questions before your interview, please contact Marcus Hadley, Talent Acquisition,
        at <a href="mailto:marcus.hadley@cornhuskermutual.com">marcus.hadley@cornhuskermutual.com</a>.</p>
        <p>You can view your candidate tasks at any time in the
        <a href="https://wd5.myworkdaysite.com/recruiting/cornhuskermutual/careers/userHome">Candidate Home</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Cornhusker Mutual Insurance<br>Omaha, Nebraska</p>
        <p style="font-size:11px;color:#777777">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
    """)
    mid = "<1493002871.55318.1789567380411@wd5-prod-mail03.myworkday.com>"
    hs = head(addr("Cornhusker Mutual Insurance", "cornhuskermutual@myworkday.com"),
              "Interview Confirmation - Regulatory Compliance Analyst", "2026-09-16 09:03", CHI, mid,
              relay="wd5-prod-mail03.myworkday.com (wd5-prod-mail03.myworkday.com [198.51.100.23])")
    return message(hs, html(page, cte="base64"))


@make.mail(N(3), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-10-01T16:00:00Z", end="2026-10-01T16:45:00Z",
           contact="colby.amundsen@tallgrasspay.com", company="Tallgrass Payments",
           local="Thu 2026-10-01 10:00", local_end="2026-10-01 10:45", zone=DEN,
           note="Lever confirmation from a Denver employer: 'Thursday, October 1 at 10:00am - 10:45am MDT' "
                "(UTC-6) = 11:00 CDT for the candidate, also stated; contact = Reply-To hiring manager")
def m03() -> bytes:
    body = t("""
        Hi Brianna,

        You're all set! Here are the details for your upcoming interview with Tallgrass Payments.

        Position: Payments Compliance Analyst (Remote - US)
        When: Thursday, October 1 at 10:00am - 10:45am MDT (11:00am - 11:45am CDT)
        Where: Google Meet - https://meet.google.com/tqx-hbam-rwe
        With: Colby Amundsen, Compliance Manager

        Colby will walk you through the team's work on money transmitter licensing and our
        transaction monitoring program, and leave plenty of time for your questions.

        Need to make a change? Reply to this message and it'll go straight to Colby.

        Tallgrass Payments
        1600 Wynkoop St, Denver, CO 80202

        Sent via Lever
    """)
    mid = "<lever.6f1e0c9a-2b47-4f4e-9d1b-1c9f8c2e7a51@hire.lever.co>"
    hs = head(addr("Tallgrass Payments", "no-reply@hire.lever.co"),
              "Your interview with Tallgrass Payments is confirmed", "2026-09-28 11:20", DEN, mid,
              relay="mail-sor-f69.mailgun.net (mail-sor-f69.mailgun.net [209.61.151.69])",
              extra=(("Reply-To", addr("Colby Amundsen", "colby.amundsen@tallgrasspay.com")),))
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(4), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-07T14:00:00Z", end="2026-10-07T15:00:00Z",
           contact="glindqvist@northstarcu.org", company="Northstar Credit Union",
           local="Wed 2026-10-07 09:00", local_end="2026-10-07 10:00", zone=CHI,
           note="Exchange meeting request from the hiring manager (Minneapolis); body "
                "'Wednesday, October 7, 2026 9:00 AM-10:00 AM. (UTC-06:00) Central Time (US & Canada)' "
                "shows the standard offset but the date is in CDT (UTC-5); ICS TZID Central Standard Time agrees")
def m04() -> bytes:
    when_line = "When: Wednesday, October 7, 2026 9:00 AM-10:00 AM. (UTC-06:00) Central Time (US & Canada)"
    body = (t("""
        {when}
        Where: Microsoft Teams Meeting

        Hi Brianna,

        Sending over a Teams invite for our conversation about the BSA Officer - Deposit Operations
        role. It'll be me and Renee Fjelstad from our Fraud & Financial Crimes team, about an hour
        total. Looking forward to it.

        Greg Lindqvist
        VP, Deposit Operations & Compliance
        Northstar Credit Union | Minneapolis, MN
        612-555-0172

    """).format(when=when_line)
            + TEAMS.format(mid="NWQ4ZTdjMjMtYjM1Ni00", num="284 611 903 557", code="Xq7fL3"))
    ics = vcal("""
        BEGIN:VEVENT
        ORGANIZER;CN=Greg Lindqvist:mailto:glindqvist@northstarcu.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brianna Olson:mailto:brianna.olson@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Renee Fjelstad:mailto:rfjelstad@northstarcu.org
        DESCRIPTION;LANGUAGE=en-US:Hi Brianna\\, Sending over a Teams invite for our conversation about the BSA Officer - Deposit Operations role.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0F2C1D83A4FDC01000000000000000010000000B39A4E6C0F4D1E4BA1B7
        SUMMARY;LANGUAGE=en-US:Interview - Brianna Olson - BSA Officer
        DTSTART;TZID=Central Standard Time:20261007T090000
        DTEND;TZID=Central Standard Time:20261007T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261001T200512Z
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
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
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
    """, prodid="Microsoft Exchange Server 2010", tz=VTZ["Central Standard Time"])
    mid = "<SJ0PR11MB5678A1B2C3D4E5F6A7B8C9D0E1F2@SJ0PR11MB5678.namprd11.prod.outlook.com>"
    hs = head(addr("Greg Lindqvist", "glindqvist@northstarcu.org"), "Interview - Brianna Olson - BSA Officer",
              "2026-10-01 15:05", CHI, mid,
              relay="NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2105.outbound.protection.outlook.com [40.107.223.105])",
              extra=(("Thread-Topic", "Interview - Brianna Olson - BSA Officer"),
                     ("Thread-Index", "AdtIk2bB0F6s1pYkS2aTn1Xh0F3VfQ=="),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(5), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-09T17:00:00Z", end="2026-10-09T18:00:00Z",
           contact="shelby.ruhl@bhfsavings.com", company="Black Hills Federal Savings",
           local="Fri 2026-10-09 11:00", local_end="2026-10-09 12:00", zone=DEN,
           note="Google Calendar invitation from a Rapid City recruiter: 'Friday Oct 9, 2026 11am - 12pm "
                "(Mountain Time - Denver)' = MDT, UTC-6; ICS agrees; contact = ORGANIZER")
def m05() -> bytes:
    body = t("""
        Shelby Ruhl has invited you to Brianna Olson <> Black Hills Federal Savings - Compliance Officer interview

        First round with Shelby (HR) and Mitch Aberle (Chief Risk Officer). Video via Google Meet.

        When
        Friday Oct 9, 2026 11am - 12pm (Mountain Time - Denver)

        Join with Google Meet
        https://meet.google.com/pvd-xmkr-qno

        Join by phone
        (US) +1 605-555-0137 PIN: 884 201 663#

        Guests
        Shelby Ruhl - organizer
        mitch.aberle@bhfsavings.com
        brianna.olson@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NGhxcjZwMmc

        Reply for brianna.olson@example.org
        Yes
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NGhxcjZwMmc&rst=1
        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NGhxcjZwMmc&rst=2
        Maybe
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NGhxcjZwMmc&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer,
        be added to the guest list, invite others regardless of their own invitation status, or
        modify your RSVP.
    """)
    ics = vcal("""
        BEGIN:VEVENT
        DTSTART:20261009T170000Z
        DTEND:20261009T180000Z
        DTSTAMP:20261005T144011Z
        ORGANIZER;CN=Shelby Ruhl:mailto:shelby.ruhl@bhfsavings.com
        UID:4hqr6p2g8kq1o0vbl3fdm5a9cs@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Shelby Ruhl;X-NUM-GUESTS=0:mailto:shelby.ruhl@bhfsavings.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mitch.aberle@bhfsavings.com;X-NUM-GUESTS=0:mailto:mitch.aberle@bhfsavings.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=brianna.olson@example.org;X-NUM-GUESTS=0:mailto:brianna.olson@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/pvd-xmkr-qno
        CREATED:20261005T143958Z
        DESCRIPTION:First round with Shelby (HR) and Mitch Aberle (Chief Risk Officer). Video via Google Meet.
        LAST-MODIFIED:20261005T144011Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Brianna Olson <> Black Hills Federal Savings - Compliance Officer interview
        TRANSP:OPAQUE
        END:VEVENT
    """, prodid="-//Google Inc//Google Calendar 70.9054//EN")
    mid = "<calendar-7c1d52a8-4b1e-4f0d-a0c3-2e91d3b7f6a1@google.com>"
    hs = head(addr("Shelby Ruhl", "shelby.ruhl@bhfsavings.com"),
              "Invitation: Brianna Olson <> Black Hills Federal Savings - Compliance Officer interview "
              "@ Fri Oct 9, 2026 11am - 12pm (MDT) (brianna.olson@example.org)",
              "2026-10-05 08:40", DEN, mid,
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Shelby Ruhl", "shelby.ruhl@bhfsavings.com"))))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(6), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-16T19:00:00Z", end="2026-10-16T19:30:00Z",
           contact="lauren.esterhaus@juniperridgewealth.com", company="Juniper Ridge Wealth",
           local="Fri 2026-10-16 14:00", local_end="2026-10-16 14:30", zone=CHI,
           note="Calendly invitee confirmation, '2:00pm - 2:30pm, Friday, October 16, 2026' in 'Central Time "
                "- US & Canada' (CDT, UTC-5); booked from the link in the hiring manager's earlier mail; "
                "contact = Reply-To host")
def m06() -> bytes:
    body = t("""
        Hi Brianna Olson,

        Your 30 Minute Intro Call with Lauren Esterhaus at 2:00pm - 2:30pm (Central Time - US & Canada)
        on Friday, October 16, 2026 is scheduled.

        Event Type:
        30 Minute Intro Call - Trust Compliance Analyst

        Invitee Time Zone:
        Central Time - US & Canada

        Location:
        This is a Zoom web conference.
        https://juniperridge.zoom.us/j/83314729051?pwd=Z2JxWm9hU3lDeG1rN0lWQnR6

        Questions:
        Anything you'd like Lauren to know ahead of time?
        Happy to talk through my Reg E and Reg CC dispute work.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3b9e1c0d-77f2-4a6e-b7f8-0a1d9e5c2f44
        Reschedule: https://calendly.com/reschedulings/3b9e1c0d-77f2-4a6e-b7f8-0a1d9e5c2f44

        Powered by Calendly.com
    """)
    ics = vcal("""
        BEGIN:VEVENT
        DTSTAMP:20261013T151502Z
        UID:3b9e1c0d-77f2-4a6e-b7f8-0a1d9e5c2f44@calendly.com
        DTSTART:20261016T190000Z
        DTEND:20261016T193000Z
        SUMMARY:Brianna Olson and Lauren Esterhaus
        DESCRIPTION:Event Name: 30 Minute Intro Call - Trust Compliance Analyst\\n\\nLocation: This is a Zoom web conference.
        LOCATION:https://juniperridge.zoom.us/j/83314729051?pwd=Z2JxWm9hU3lDeG1rN0lWQnR6
        ORGANIZER;CN=Lauren Esterhaus:mailto:lauren.esterhaus@juniperridgewealth.com
        ATTENDEE;CN=Brianna Olson;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:brianna.olson@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
    """, prodid="-//Calendly//Calendly//EN")
    mid = "<20261013151502.1.8D2A6F0E4C9B3A11@mg.calendly.com>"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: 30 Minute Intro Call with Lauren Esterhaus on Friday, October 16, 2026",
              "2026-10-13 10:15", CHI, mid, relay="m42-4.mailgun.net (m42-4.mailgun.net [69.72.42.4])",
              extra=(("Reply-To", addr("Lauren Esterhaus", "lauren.esterhaus@juniperridgewealth.com")),))
    return message(hs, mixed(text(body, cte="7bit", charset="us-ascii"),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(7), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-10-20T17:30:00Z", end="2026-10-20T18:15:00Z",
           contact="alexis.grady@ledgerline.io", company="Ledgerline",
           local="Tue 2026-10-20 12:30", local_end="2026-10-20 13:15", zone=CHI,
           note="Ashby confirmation for a remote New York fintech; the body shows the candidate's zone "
                "'12:30 PM - 1:15 PM CDT', the ICS is in America/New_York (13:30 EDT), same instant 17:30Z; "
                "contact = Reply-To recruiter")
def m07() -> bytes:
    body = t("""
        Hi Brianna,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, October 20, 2026, 12:30 PM \u2013 1:15 PM CDT
        Zoom (link in the calendar invite)

        You'll meet with:
          Priya Nandakumar \u2014 Head of Compliance Operations

        This conversation focuses on sanctions screening and our vendor-bank partnerships.
        Questions? Just reply and it will reach Alexis Grady.

        Thanks,
        Ledgerline Recruiting
    """)
    ics = vcal("""
        BEGIN:VEVENT
        UID:a3c9e7d2-5b14-48f0-9c6e-1f0b2d7e4a88
        DTSTAMP:20261014T160211Z
        DTSTART;TZID=America/New_York:20261020T133000
        DTEND;TZID=America/New_York:20261020T141500
        SEQUENCE:0
        SUMMARY:Ledgerline \u2013 Compliance Operations Analyst Interview
        LOCATION:https://ledgerline.zoom.us/j/91855024417
        ORGANIZER;CN=Alexis Grady:mailto:alexis.grady@ledgerline.io
        ATTENDEE;CN=Brianna Olson;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:brianna.olson@example.org
        STATUS:CONFIRMED
        END:VEVENT
    """, prodid="-//Ashby//Ashby Scheduling//EN", tz=VTZ["America/New_York"])
    mid = "<010001929d4b77e1-8a5f2c3e-7b0d-4e61-a4f2-c8d1e0b9a3f7-000000@email.amazonses.com>"
    hs = head(addr("Ledgerline", "no-reply@ashbyhq.com"),
              "Interview confirmed: Compliance Operations Analyst at Ledgerline",
              "2026-10-14 11:02", CHI, mid,
              relay="a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=(("Reply-To", addr("Alexis Grady", "alexis.grady@ledgerline.io")),))
    page = "<html><body>" + "".join(f"<p>{line}</p>" for line in body.split("\n\n")) + "</body></html>\n"
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64")))


@make.mail(N(8), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-10-28T14:00:00Z", end="2026-10-28T16:30:00Z",
           contact="hannah.pruitt@millcitybancorp.com", company="Mill City Bancorp",
           local="Wed 2026-10-28 09:00", local_end="2026-10-28 11:30", zone=CHI,
           note="GoodTime virtual-onsite itinerary, three sessions 9:00-11:30 AM CDT (UTC-5; the US change "
                "is on 1 November): start = first session, end = last session end; contact = Reply-To coordinator")
def m08() -> bytes:
    body = t("""
        Hi Brianna,

        Your virtual onsite with Mill City Bancorp is confirmed for Wednesday, October 28, 2026.
        All times are shown in Central Daylight Time (CDT).

        9:00 AM - 9:45 AM    Erik Solberg, Director of Financial Crimes Compliance
        10:00 AM - 10:45 AM  Maya Thibodeaux, Senior Compliance Testing Analyst
        11:00 AM - 11:30 AM  Hannah Pruitt, Recruiting Coordinator (wrap-up)

        All three sessions use the same Zoom room (see the attached calendar invitation). Please
        join a few minutes early to check your audio and video.

        If anything comes up, reply to this email and I'll help sort it out.

        Thank you,
        Hannah Pruitt
        Recruiting Coordinator, Mill City Bancorp

        Scheduled with GoodTime
    """)
    ics = vcal("""
        BEGIN:VEVENT
        UID:gt-5521f0@goodtime.io
        DTSTAMP:20261022T183044Z
        DTSTART;TZID=America/Chicago:20261028T090000
        DTEND;TZID=America/Chicago:20261028T113000
        SUMMARY:Mill City Bancorp Virtual Onsite - Brianna Olson
        DESCRIPTION:9:00-9:45 Erik Solberg\\n10:00-10:45 Maya Thibodeaux\\n11:00-11:30 Hannah Pruitt (wrap-up)\\nZoom: https://millcity.zoom.us/j/97720114830
        LOCATION:https://millcity.zoom.us/j/97720114830
        ORGANIZER;CN=Hannah Pruitt:mailto:hannah.pruitt@millcitybancorp.com
        ATTENDEE;CN=Brianna Olson;RSVP=TRUE:mailto:brianna.olson@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
    """, prodid="-//GoodTime.io//Scheduling//EN", tz=VTZ["America/Chicago"])
    mid = "<goodtime.5521f0.c7a2e91b@mail.goodtime.io>"
    hs = head(addr("Mill City Bancorp via GoodTime", "scheduling@goodtime.io"),
              "Your Mill City Bancorp interview itinerary - Wednesday, October 28", "2026-10-22 13:30", CHI, mid,
              relay="o1.mail.goodtime.io (o1.mail.goodtime.io [167.89.12.40])",
              extra=(("Reply-To", addr("Hannah Pruitt", "hannah.pruitt@millcitybancorp.com")),))
    return message(hs, mixed(text(body),
                             calendar(ics, method="REQUEST", filename="Mill_City_Bancorp_Interview.ics",
                                      disposition="attachment", cte="base64")))


@make.mail(N(9), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-10-26T15:30:00Z", end="2026-10-26T16:30:00Z",
           contact="rachel.kwon@plattevalleytrust.com", company="Platte Valley Trust",
           local="Mon 2026-10-26 10:30", local_end="2026-10-26 11:30", zone=CHI,
           note="SmartRecruiters mail gives only the day ('Monday, October 26'); the time 10:30-11:30 "
                "America/Chicago (CDT) is only in the attached application/ics; contact = human ORGANIZER")
def m09() -> bytes:
    body = t("""
        Dear Brianna,

        Thank you for applying for the Trust Compliance Specialist position at Platte Valley Trust.

        We would like to invite you to an in-person interview at our Omaha office on Monday,
        October 26. Please find the calendar invitation with the time and the names of your
        interviewers attached to this email, and add it to your calendar.

        Address: Platte Valley Trust, 1420 Dodge Street, Suite 900, Omaha, NE 68102.
        Visitor parking is available in the garage on 15th Street; please check in at the
        9th-floor reception desk.

        Kind regards,
        Platte Valley Trust Hiring Team

        This message was sent to brianna.olson@example.org via SmartRecruiters.
    """)
    ics = vcal("""
        BEGIN:VEVENT
        UID:sr-interview-20f8a1c7-64de-4b71-8b2f-93c0a6d5e412
        DTSTAMP:20261019T141955Z
        DTSTART;TZID=America/Chicago:20261026T103000
        DTEND;TZID=America/Chicago:20261026T113000
        SUMMARY:Interview: Trust Compliance Specialist - Platte Valley Trust
        DESCRIPTION:Interviewers: Rachel Kwon (Talent Acquisition)\\, Howard Lindgren (Trust Officer)
        LOCATION:1420 Dodge Street\\, Suite 900\\, Omaha\\, NE 68102
        ORGANIZER;CN=Rachel Kwon:mailto:rachel.kwon@plattevalleytrust.com
        ATTENDEE;CN=Brianna Olson;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:brianna.olson@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
    """, prodid="-//SmartRecruiters//Interview Scheduler//EN", tz=VTZ["America/Chicago"])
    mid = "<em.8f31c0de.29b1@smartrecruiters.com>"
    hs = head(addr("Platte Valley Trust", "noreply@smartrecruiters.com"),
              "Interview invitation: Trust Compliance Specialist", "2026-10-19 09:19", CHI, mid,
              relay="mail177-12.suw61.mandrillapp.com (mail177-12.suw61.mandrillapp.com [198.2.177.12])")
    return message(hs, mixed(text(body),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="interview.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(10), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-10-29T20:00:00Z", end="2026-10-29T21:00:00Z",
           contact="jess.navarro@frontrangefcu.org", company="Front Range Federal Credit Union",
           local="Thu 2026-10-29 14:00", local_end="2026-10-29 15:00", zone=DEN,
           note="iCIMS HTML-only, US date '10/29/2026 2:00 PM - 3:00 PM Mountain Time' (Denver, MDT until 1 "
                "November, UTC-6); contact = recruiter address in the signature")
def m10() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Verdana" size="2">
        <p>Brianna,</p>
        <p>Thank you for your interest in the <b>Compliance Analyst - Lending (Req #2026-1187)</b> position
        with Front Range Federal Credit Union. This email confirms your video interview:</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Date:</b></td><td>10/29/2026</td></tr>
        <tr><td><b>Time:</b></td><td>2:00 PM - 3:00 PM Mountain Time</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Carla Benavides, Compliance Manager<br>Scott Yellowhorse, Lending Operations</td></tr>
        <tr><td><b>Location:</b></td><td>Microsoft Teams (invitation will arrive separately)</td></tr>
        </table>
        <p>Please have a copy of your r&eacute;sum&eacute; available. If you need an accommodation or must
        reschedule, contact me directly.</p>
        <p>Jess Navarro<br>Talent Acquisition Specialist<br>Front Range Federal Credit Union<br>
        <a href="mailto:jess.navarro@frontrangefcu.org">jess.navarro@frontrangefcu.org</a> | 303-555-0119</p>
        </font>
        <p><font size="1" color="#888888">Front Range Federal Credit Union is an Equal Opportunity Employer.</font></p>
        <img src="https://careers-frontrangefcu.icims.com/track/open.gif?m=58211" width="1" height="1" alt="">
        </body></html>
    """)
    mid = "<1789951332.66021.icims.58211@talent.icims.com>"
    hs = head(addr("Front Range Federal Credit Union", "frontrangefcu@talent.icims.com"),
              "Interview Confirmation - Compliance Analyst - Lending", "2026-10-23 10:12", DEN, mid,
              relay="smtp-out-1.icims.com (smtp-out-1.icims.com [64.14.203.11])")
    return message(hs, html(page, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(11), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-09-29T18:00:00Z", end="2026-09-29T18:30:00Z", contact=None,
           company="Dakota Plains Credit Union",
           local="Tue 2026-09-29 13:00", local_end="2026-09-29 13:30", zone=CHI,
           note="Microsoft Bookings from a shared mailbox; body '9/29/2026 1:00 PM - 1:30 PM (UTC-06:00) Central "
                "Time (US & Canada)' shows the standard offset in September, the instant is CDT (UTC-5) as in "
                "the ICS; staff name only, no human address -> contact null")
def m11() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:Segoe UI,sans-serif;font-size:14px;color:#323130">
        <p>Hello Brianna Olson,</p>
        <p>Thanks for booking with Dakota Plains Credit Union Careers. Your booking is confirmed.</p>
        <table>
        <tr><td style="color:#605e5c">Service</td><td>Candidate Interview - Compliance</td></tr>
        <tr><td style="color:#605e5c">Date &amp; time</td><td>9/29/2026 1:00 PM - 1:30 PM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Monica Hagen</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGVmMTIz%40thread.v2/0">Join your appointment</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/DPCUCareers@dakotaplainscu.org/bookings/">Manage booking</a></p>
        <p>Dakota Plains Credit Union Careers<br>3900 W 41st St, Sioux Falls, SD 57106</p>
        </div>
        </body></html>
    """)
    ics = vcal("""
        BEGIN:VEVENT
        ORGANIZER;CN=Dakota Plains Credit Union Careers:mailto:DPCUCareers@dakotaplainscu.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brianna Olson:mailto:brianna.olson@example.org
        DESCRIPTION;LANGUAGE=en-US:Candidate Interview - Compliance with Monica Hagen\\n
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC0100000000000000001000000077A1
        SUMMARY;LANGUAGE=en-US:Candidate Interview - Compliance
        DTSTART;TZID=Central Standard Time:20260929T130000
        DTEND;TZID=Central Standard Time:20260929T133000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260924T211530Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
    """, prodid="Microsoft Exchange Server 2010", tz=VTZ["Central Standard Time"])
    mid = "<DM6PR04MB7081C1D2E3F4A5B6C7D8E9F0A1B2@DM6PR04MB7081.namprd04.prod.outlook.com>"
    hs = head(addr("Dakota Plains Credit Union Careers", "DPCUCareers@dakotaplainscu.org"),
              "Your booking with Dakota Plains Credit Union Careers is confirmed", "2026-09-24 16:15", CHI, mid,
              relay="NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2061.outbound.protection.outlook.com [40.107.102.61])")
    return message(hs, alt(html(page), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(12), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z",
           contact="tasha.brennan@lakesrivers.com", company="Lakes & Rivers Insurance",
           local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:45", zone=CHI,
           note="Recruiter prose sent Thu 29 Oct (CDT): 'Tuesday, November 3 at 9:00 AM CT ... for 45 minutes'; "
                "after the US change on 1 November CT is CST (UTC-6) -> 15:00Z; exact length -> end")
def m12() -> bytes:
    body = t("""
        Hi Brianna,

        Great news - Jill and Andre would love to meet you. You're confirmed for Tuesday, November 3
        at 9:00 AM CT for 45 minutes with Jill Sorensen (AVP, Enterprise Compliance) and Andre
        Mabry (Compliance Monitoring Lead). It'll be on Teams; the link is below.

        Heads up that the clocks fall back this weekend, so 9:00 AM is Central Standard Time on
        the day - no change for you since we're in the same zone, but your calendar may shift the
        invite if you created it by hand.

        Let me know if you need anything before then.

        Tasha Brennan
        Senior Talent Acquisition Partner | Lakes & Rivers Insurance
        Minneapolis, MN | 612-555-0193

    """) + TEAMS.format(mid="ZjA3YTFlNGMtMmI5Ny00", num="231 774 058 912", code="kP4tZw")
    mid = "<MN2PR11MB4120B7E9D1C0A2F35E6B8D4C1A0F@MN2PR11MB4120.namprd11.prod.outlook.com>"
    hs = head(addr("Tasha Brennan", "tasha.brennan@lakesrivers.com"),
              "RE: Compliance Monitoring Analyst - interview times", "2026-10-29 16:20", CHI, mid,
              relay="NAM11-MW2-obe.outbound.protection.outlook.com (mail-mw2nam11on2097.outbound.protection.outlook.com [40.107.212.97])",
              extra=(("In-Reply-To", "<CAE7mN2hK0bT+Yy6rQ1@mail.example.org>"),
                     ("References", "<MN2PR11MB4120A0E4F2C3B1D0E9F8A7B6C5D4@MN2PR11MB4120.namprd11.prod.outlook.com> "
                                    "<CAE7mN2hK0bT+Yy6rQ1@mail.example.org>"),
                     ("Thread-Topic", "Compliance Monitoring Analyst - interview times")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(13), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-11-06T17:00:00Z", end="2026-11-06T17:45:00Z",
           contact="derek.paulsen@redcedarpay.com", company="Red Cedar Payments",
           local="Fri 2026-11-06 11:00", local_end="2026-11-06 11:45", zone=CHI,
           note="Candidate forwards a Workable confirmation to herself (Gmail 'Fwd:'); 'Friday, November 6, 2026, "
                "11:00 - 11:45 AM (CST)' after the US change (UTC-6); Workable Reply-To is a relay, the "
                "candidate is never the contact -> interviewer address in the forwarded body")
def m13() -> bytes:
    body = t("""
        Saving this one - in-person at their office on Phillips Ave.

        ---------- Forwarded message ---------
        From: Red Cedar Payments <red-cedar-payments+c2f81a@candidates.workablemail.com>
        Date: Mon, Nov 2, 2026 at 9:47 AM
        Subject: Interview with Red Cedar Payments - Risk & Compliance Analyst
        To: <brianna.olson@example.org>


        Hi Brianna,

        Thank you for your interest in the Risk & Compliance Analyst role at Red Cedar Payments.
        We're happy to confirm your interview:

        Friday, November 6, 2026, 11:00 - 11:45 AM (CST)
        Red Cedar Payments, 208 S Phillips Ave, 4th floor, Sioux Falls, SD 57104

        Your interviewer: Derek Paulsen, Head of Risk (derek.paulsen@redcedarpay.com)

        Please bring a photo ID to check in at the front desk.

        Best regards,
        Red Cedar Payments Hiring Team
    """)
    mid = "<CAJ8fQ2x7Vn0kE3r_pK1hB5mYw@mail.gmail.com>"
    hs = head(addr(ME_NAME, ME), "Fwd: Interview with Red Cedar Payments - Risk & Compliance Analyst",
              "2026-11-02 12:05", CHI, mid, relay="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              extra=(("In-Reply-To", "<wk.c2f81a.7e0d@candidates.workablemail.com>"),
                     ("References", "<wk.c2f81a.7e0d@candidates.workablemail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(14), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-11-13T17:30:00Z", end=None, contact="rmaddox@canyonlakebank.com",
           company="Canyon Lake Bank", local="Fri 2026-11-13 10:30", zone=DEN,
           note="Hiring manager's short reply on top of the quoted thread: 'Friday at 10:30 Mountain works' "
                "resolved against Date (Tue 10 Nov, Rapid City, MST UTC-7) -> Fri 13 Nov 17:30Z; no length -> "
                "end null; contact = human sender")
def m14() -> bytes:
    body = t("""
        Friday at 10:30 Mountain works great. I'll call you at the number on your resume - plan on
        about an hour. Talk then!

        Ron

        Ron Maddox
        SVP, Operations & Compliance
        Canyon Lake Bank | Rapid City, SD
        605-555-0166

        On Mon, Nov 9, 2026 at 8:14 PM Brianna Olson <brianna.olson@example.org> wrote:
        > Hi Ron,
        >
        > Thanks for reaching out about the Compliance Officer opening. I'd be glad to talk.
        > Friday morning would work well for me - anything between 10:00 and noon your time
        > (I'm in Sioux Falls, so an hour ahead of you). Otherwise Thursday afternoon is open.
        >
        > Best,
        > Brianna
        >
        > On Mon, Nov 9, 2026 at 2:02 PM Ron Maddox <rmaddox@canyonlakebank.com> wrote:
        >> Brianna,
        >>
        >> Kelli Sandvig passed along your resume - she speaks highly of your work on the
        >> exam prep at Tenmile Creek. We're hiring a Compliance Officer here in Rapid City.
        >> Would you have time for a call later this week?
        >>
        >> Ron
    """)
    mid = "<BY5PR20MB3012F3A9C7D2E0B14A6C9E8F2D1B@BY5PR20MB3012.namprd20.prod.outlook.com>"
    hs = head(addr("Ron Maddox", "rmaddox@canyonlakebank.com"), "RE: Compliance Officer - Canyon Lake Bank",
              "2026-11-10 07:52", DEN, mid,
              relay="NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2108.outbound.protection.outlook.com [40.107.237.108])",
              extra=(("In-Reply-To", "<CAE7mN2q9Lr4+Wd1@mail.example.org>"),
                     ("References", "<BY5PR20MB3012A1B2@BY5PR20MB3012.namprd20.prod.outlook.com> "
                                    "<CAE7mN2q9Lr4+Wd1@mail.example.org>")))
    return message(hs, text(body, charset="us-ascii", cte="quoted-printable"))


def _teamtailor_inner() -> bytes:
    body = t("""
        Hi Brianna,

        Your interview for Compliance Analyst - Deposit Operations at Loess Hills Bank has been booked.

        Thursday 12 November 2026
        14:00 - 14:45 (CST, America/Chicago)
        Video meeting: https://meet.teamtailor.com/loesshillsbank/8b2d1f

        Interviewers: Amber Hoyt, Jon Kessel

        If you need to change the time, use the link in this email.
        Change booking: https://loesshillsbank.teamtailor.com/bookings/8b2d1f/edit

        Kind regards,
        Loess Hills Bank
    """)
    hs = [("From", addr("Loess Hills Bank", "no-reply@teamtailor-mail.com")),
          ("To", ME_TO),
          ("Subject", "Interview booked: Compliance Analyst - Deposit Operations"),
          ("Date", date("2026-11-06 15:31", CHI)),
          ("Message-ID", "<tt.8b2d1f.d0a7@teamtailor-mail.com>")]
    return message(hs, text(body))


@make.mail(N(15), family="rfc822_attachment", lang="en", interview=True, kind="scheduled",
           start="2026-11-12T20:00:00Z", end="2026-11-12T20:45:00Z",
           contact="trent.baumann@keystonetalent.com", company="Loess Hills Bank",
           local="Thu 2026-11-12 14:00", local_end="2026-11-12 14:45", zone=CHI,
           note="Agency recruiter forwards the client's Teamtailor booking as a message/rfc822 attachment; "
                "'Thursday 12 November 2026 14:00 - 14:45 (CST)' (Omaha, UTC-6); no ICS, no Reply-To, so "
                "contact = human sender (the agency recruiter); company = hiring bank")
def m15() -> bytes:
    body = t("""
        Hi Brianna,

        Good news - Loess Hills booked you in for Thursday. Their confirmation is attached (it
        went to both of us). Amber is the hiring manager I told you about; Jon runs their deposit
        ops team.

        Give me a call afterwards and let me know how it went.

        Trent Baumann
        Senior Recruiter, Banking & Finance
        Keystone Talent Partners | Omaha, NE
        402-555-0184
    """)
    mid = "<CH2PR07MB6941A8E2F0D3B7C91E5A4D6F0B2C@CH2PR07MB6941.namprd07.prod.outlook.com>"
    hs = head(addr("Trent Baumann", "trent.baumann@keystonetalent.com"),
              "FW: Interview booked: Compliance Analyst - Deposit Operations", "2026-11-09 08:41", CHI, mid,
              relay="NAM10-CH2-obe.outbound.protection.outlook.com (mail-ch2nam10on2044.outbound.protection.outlook.com [40.107.94.44])")
    return message(hs, mixed(text(body, charset="us-ascii", cte="7bit"),
                             attached_message(_teamtailor_inner(), "Interview booked.eml")))


@make.mail(N(16), family="recruitee", lang="en", interview=True, kind="scheduled",
           start="2026-10-27T15:00:00Z", end="2026-10-27T15:45:00Z",
           contact="sanne.dekker@veldkamp-regtech.nl", company="Veldkamp RegTech",
           local="Tue 2026-10-27 16:00", local_end="2026-10-27 16:45", zone=AMS,
           note="Amsterdam employer hiring a US remote analyst, sent Wed 21 Oct in CEST: 'Tuesday 27 October, "
                "16:00-16:45 CET (10:00-10:45 your time in Sioux Falls)'; Europe is back on CET (UTC+1) from "
                "25 October while Chicago is still CDT (UTC-5), a 6-hour gap; ICS in UTC agrees; contact = Reply-To")
def m16() -> bytes:
    body = t("""
        Hi Brianna,

        Thank you for applying to the Compliance Analyst (US Markets, remote) role at Veldkamp
        RegTech. We'd like to confirm your first interview:

        Date: Tuesday 27 October 2026
        Time: 16:00-16:45 CET (Amsterdam) - that is 10:00-10:45 your time in Sioux Falls
        Where: Google Meet, https://meet.google.com/wzr-kqbt-xje
        With: Sanne Dekker (Talent Acquisition) and Joost van Brakel (Head of Compliance, US)

        Please note the clocks in Europe go back one hour on Sunday 25 October, so the gap to
        Central time is six hours next week instead of the usual seven.

        A calendar invitation is attached. You can reply to this email with any questions.

        Met vriendelijke groet / Kind regards,
        Sanne Dekker
        Talent Acquisition, Veldkamp RegTech B.V.
        Herengracht 412, Amsterdam
    """)
    ics = vcal("""
        BEGIN:VEVENT
        UID:recruitee-event-3381752@recruitee.com
        DTSTAMP:20261021T131044Z
        DTSTART:20261027T150000Z
        DTEND:20261027T154500Z
        SUMMARY:Interview Brianna Olson - Compliance Analyst (US Markets)
        LOCATION:https://meet.google.com/wzr-kqbt-xje
        ORGANIZER;CN=Sanne Dekker:mailto:sanne.dekker@veldkamp-regtech.nl
        ATTENDEE;CN=Brianna Olson;RSVP=TRUE:mailto:brianna.olson@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
    """, prodid="-//Recruitee//Recruitee Calendar//EN")
    mid = "<6351f0a9e2c14.3381752@mailer.recruitee.com>"
    hs = head(addr("Sanne Dekker via Recruitee", "no-reply@mailer.recruitee.com"),
              "Interview confirmation - Compliance Analyst (US Markets)", "2026-10-21 15:10", AMS, mid,
              relay="mailer.recruitee.com (mailer.recruitee.com [185.29.124.18])",
              extra=(("Reply-To", addr("Sanne Dekker", "sanne.dekker@veldkamp-regtech.nl")),))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment")))


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="greenhouse", lang="en", interview=True, kind="rescheduled",
           start="2026-09-25T20:30:00Z", end="2026-09-25T21:30:00Z",
           contact="kendra.vos@prairieledgerbank.com", company="Prairie Ledger Bank",
           local="Fri 2026-09-25 15:30", local_end="2026-09-25 16:30", zone=CHI,
           note="Greenhouse reschedule of the second round: old 'Thursday, September 24, 1:00 PM' also named; "
                "new 'Friday, September 25, 3:30 PM - 4:30 PM CDT' (UTC-5); ICS SEQUENCE:1 on the new time; "
                "contact = Reply-To recruiter")
def m17() -> bytes:
    body = t("""
        Hi Brianna,

        Paul Eide has had a conflict come up, so we've moved your second-round interview for the
        Compliance Analyst II (BSA/AML) position.

        Previously: Thursday, September 24, 1:00 PM - 2:00 PM CDT
        New time:   Friday, September 25, 3:30 PM - 4:30 PM CDT

        Location: Prairie Ledger Bank, 101 N Main Ave, Sioux Falls - ask for Paul at the 3rd-floor
        reception. You'll meet with Paul Eide (BSA Officer) and Tara Gunderson (Deposit Operations).

        An updated calendar invite is attached. Apologies for the shuffle, and thanks for your
        flexibility!

        Kendra Vos
        Prairie Ledger Bank Recruiting

        Powered by Greenhouse
    """)
    ics = vcal("""
        BEGIN:VEVENT
        UID:gh-7731920-onsite@greenhouse.io
        DTSTAMP:20260921T153340Z
        DTSTART;TZID=America/Chicago:20260925T153000
        DTEND;TZID=America/Chicago:20260925T163000
        SUMMARY:Onsite interview: Brianna Olson / Prairie Ledger Bank
        LOCATION:101 N Main Ave\\, Sioux Falls\\, SD 57104
        ORGANIZER;CN=Kendra Vos:mailto:kendra.vos@prairieledgerbank.com
        ATTENDEE;CN=Brianna Olson;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:brianna.olson@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
    """, prodid="-//Greenhouse//Interview Scheduler//EN", tz=VTZ["America/Chicago"])
    mid = "<0100019a8d0e6f44-2e7b-49c1-8f0a-prairieledger@us-west-2.amazonses.com>"
    hs = head(addr("Prairie Ledger Bank", "no-reply@us.greenhouse-mail.io"),
              "Updated: Your interview with Prairie Ledger Bank has been rescheduled", "2026-09-21 10:33", CHI, mid,
              relay="a8-44.smtp-out.amazonses.com (a8-44.smtp-out.amazonses.com [54.240.8.44])",
              extra=(("Reply-To", addr("Kendra Vos", "kendra.vos@prairieledgerbank.com")),))
    return message(hs, mixed(text(body),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64")))


@make.mail(N(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-11-02T21:00:00Z", end="2026-11-02T22:00:00Z",
           contact="dana.whitcomb@cornhuskermutual.com", company="Cornhusker Mutual Insurance",
           local="Mon 2026-11-02 15:00", local_end="2026-11-02 16:00", zone=CHI,
           note="Hiring manager moves the final round, sent Fri 30 Oct (CDT): from 'Tuesday at 10' to 'Monday, "
                "November 2, 3:00-4:00 PM Central'; after the US change on 1 November Central is CST (UTC-6) "
                "-> 21:00Z; contact = human sender")
def m18() -> bytes:
    body = t("""
        Hi Brianna,

        I'm so sorry to do this - I've been pulled into our state regulator's exit meeting on
        Tuesday morning, so I need to move our final-round conversation off Tuesday at 10.

        I've put us down for Monday, November 2, 3:00-4:00 PM Central instead, same Teams link
        (I'll update the invite in a minute). Luis will still join, and our CCO, Patrice Hollins,
        will drop in for the last 15 minutes.

        If Monday afternoon is a problem, tell me and we'll find something else - but I'm hoping
        it works.

        Thanks for bearing with us,
        Dana

        Dana Whitcomb
        Director of Compliance
        Cornhusker Mutual Insurance | Omaha, NE
        402-555-0126
    """)
    mid = "<SA1PR14MB7310E9C2A4F1D0B385C7E6A9F2D0@SA1PR14MB7310.namprd14.prod.outlook.com>"
    hs = head(addr("Dana Whitcomb", "dana.whitcomb@cornhuskermutual.com"),
              "Final round - need to move Tuesday", "2026-10-30 16:40", CHI, mid,
              relay="NAM14-SA1-obe.outbound.protection.outlook.com (mail-sa1nam14on2071.outbound.protection.outlook.com [40.107.209.71])",
              extra=(("Cc", addr("Marcus Hadley", "marcus.hadley@cornhuskermutual.com")),))
    return message(hs, text(body, charset="utf-8", cte="quoted-printable"))


@make.mail(N(19), family="google_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-22T19:00:00Z", end="2026-10-22T21:00:00Z",
           contact="shelby.ruhl@bhfsavings.com", company="Black Hills Federal Savings",
           local="Thu 2026-10-22 13:00", local_end="2026-10-22 15:00", zone=DEN,
           note="Google Calendar 'Updated invitation' for the Rapid City onsite: was Wed Oct 21 9am-11am, now "
                "'Thursday Oct 22, 2026 1pm - 3pm (Mountain Time - Denver)' (MDT, UTC-6); ICS SEQUENCE:2 with "
                "TZID America/Denver; contact = ORGANIZER")
def m19() -> bytes:
    body = t("""
        This event has been changed.

        Brianna Olson - onsite, Black Hills Federal Savings

        When
        CHANGED: Thursday Oct 22, 2026 1pm - 3pm (Mountain Time - Denver)
        (was: Wednesday Oct 21, 2026 9am - 11am)

        Location
        Black Hills Federal Savings, 640 Main St, Rapid City, SD 57701
        https://www.google.com/maps/search/640+Main+St,+Rapid+City,+SD+57701

        Meeting with Mitch Aberle, Carrie Two Bulls (Deposit Ops) and Shelby. Lunch is not included,
        sorry - we had to move it to the afternoon.

        Guests
        Shelby Ruhl - organizer
        mitch.aberle@bhfsavings.com
        carrie.twobulls@bhfsavings.com
        brianna.olson@example.org

        Reply for brianna.olson@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=OXRrMnYxcQ&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=OXRrMnYxcQ&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=OXRrMnYxcQ&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/
    """)
    ics = vcal("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Denver:20261022T130000
        DTEND;TZID=America/Denver:20261022T150000
        DTSTAMP:20261019T202507Z
        ORGANIZER;CN=Shelby Ruhl:mailto:shelby.ruhl@bhfsavings.com
        UID:9tk2v1qe0n4hb7s3lmcd8rfa6o@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Shelby Ruhl;X-NUM-GUESTS=0:mailto:shelby.ruhl@bhfsavings.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=brianna.olson@example.org;X-NUM-GUESTS=0:mailto:brianna.olson@example.org
        CREATED:20261012T161102Z
        DESCRIPTION:Meeting with Mitch Aberle\\, Carrie Two Bulls (Deposit Ops) and Shelby.
        LAST-MODIFIED:20261019T202507Z
        LOCATION:Black Hills Federal Savings\\, 640 Main St\\, Rapid City\\, SD 57701
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Brianna Olson - onsite\\, Black Hills Federal Savings
        TRANSP:OPAQUE
        END:VEVENT
    """, prodid="-//Google Inc//Google Calendar 70.9054//EN", tz=VTZ_DENVER)
    mid = "<calendar-0e94b2c6-1d3f-4a57-9b8e-7c2f5a1d0e93@google.com>"
    hs = head(addr("Shelby Ruhl", "shelby.ruhl@bhfsavings.com"),
              "Updated invitation: Brianna Olson - onsite, Black Hills Federal Savings @ Thu Oct 22, 2026 "
              "1pm - 3pm (MDT) (brianna.olson@example.org)", "2026-10-19 14:25", DEN, mid,
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(20), family="taleo", lang="en", interview=True, kind="rescheduled",
           start="2026-11-10T19:00:00Z", end="2026-11-10T20:00:00Z",
           contact="kelsey.moravec@hennepintrust.com", company="Hennepin Trust Company",
           local="Tue 2026-11-10 13:00", local_end="2026-11-10 14:00", zone=CHI,
           note="Taleo plain text in windows-1252 QP: interview 'has been rescheduled' from Monday 11/09/2026 "
                "10:00 AM to 'Tuesday, November 10, 2026 at 1:00 PM Central Time', 60 minutes (CST, UTC-6); "
                "contact = recruiter address in the body")
def m20() -> bytes:
    body = t("""
        Dear Brianna Olson,

        Your interview for the position Compliance Risk Analyst \u2013 Wealth Management (Requisition
        2600412) has been rescheduled.

        Original date/time:  Monday 11/09/2026 10:00 AM Central Time
        New date/time:       Tuesday, November 10, 2026 at 1:00 PM Central Time
        Duration:            60 minutes
        Location:            Hennepin Trust Company, 80 S 8th St, 21st floor, Minneapolis, MN 55402
        Interviewer(s):      Gretchen Ahlquist, Kevin O\u2019Rourke

        Please bring a government-issued photo ID; visitors are escorted from the skyway-level
        security desk. Questions? Contact Kelsey Moravec, Talent Acquisition,
        kelsey.moravec@hennepintrust.com, 612-555-0150.

        We look forward to meeting you.

        Hennepin Trust Company \u2013 Talent Acquisition

        *** This is an automated message. Please do not reply to this email. ***
    """)
    mid = "<1930442211.8812.1793823361005.JavaMail.taleo@phx-tlo-mail02>"
    hs = head(addr("Hennepin Trust Company", "hennepintrust@taleo.net"),
              "Interview Rescheduled \u2013 Compliance Risk Analyst \u2013 Wealth Management", "2026-11-04 11:09",
              CHI, mid, relay="phx-tlo-mail02.taleo.net (phx-tlo-mail02.taleo.net [160.34.8.27])",
              subject_charset="windows-1252")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


# =========================================================================== positives: cancelled


@make.mail(N(21), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-11-19T16:00:00Z", end="2026-11-19T17:00:00Z",
           contact="ajernigan@cherrycreekcap.com", company="Cherry Creek Capital",
           local="Thu 2026-11-19 09:00", local_end="2026-11-19 10:00", zone=DEN,
           note="Exchange METHOD:CANCEL, TZID 'Mountain Standard Time' (Denver, MST UTC-7 in November): "
                "'Thursday, November 19, 2026 9:00 AM-10:00 AM' cancelled, new times to follow; start = the "
                "cancelled slot; contact = ORGANIZER/sender")
def m21() -> bytes:
    body = t("""
        When: Thursday, November 19, 2026 9:00 AM-10:00 AM. (UTC-07:00) Mountain Time (US & Canada)
        Where: Microsoft Teams Meeting

        Hi Brianna - Mark is out unexpectedly this week, so I'm cancelling Thursday's interview
        for now. I'll reach out with new times early next week. Sorry about that!

        Alyssa Jernigan
        Recruiting Manager, Cherry Creek Capital
    """)
    ics = vcal("""
        BEGIN:VEVENT
        ORGANIZER;CN=Alyssa Jernigan:mailto:ajernigan@cherrycreekcap.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Brianna Olson:mailto:brianna.olson@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Mark Estrada:mailto:mestrada@cherrycreekcap.com
        DESCRIPTION;LANGUAGE=en-US:Hi Brianna - Mark is out unexpectedly this week\\, so I'm cancelling Thursday's interview for now.\\n
        UID:040000008200E00074C5B7101A82E0080000000090AB3C7E5B71DD010000000000000000100000004F2E9D
        SUMMARY;LANGUAGE=en-US:Canceled: Interview - Brianna Olson / Compliance Analyst
        DTSTART;TZID=Mountain Standard Time:20261119T090000
        DTEND;TZID=Mountain Standard Time:20261119T100000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261116T171834Z
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
    """, prodid="Microsoft Exchange Server 2010", method="CANCEL", tz=VTZ_MOUNTAIN_WIN)
    mid = "<PH0PR19MB5433D2A7C9E1F0B64E8A3C5D7F9B@PH0PR19MB5433.namprd19.prod.outlook.com>"
    hs = head(addr("Alyssa Jernigan", "ajernigan@cherrycreekcap.com"),
              "Canceled: Interview - Brianna Olson / Compliance Analyst", "2026-11-16 10:18", DEN, mid,
              relay="NAM02-PH0-obe.outbound.protection.outlook.com (mail-ph0nam02on2093.outbound.protection.outlook.com [40.107.212.93])",
              extra=(("Importance", "high"), ("X-Priority", "1")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-12-03T17:00:00Z", end=None,
           contact="jolene.kettering@meridianaglending.com", company="Meridian Ag Lending",
           local="Thu 2026-12-03 11:00", zone=CHI,
           note="Recruiter cancels 'Thursday's 11:00 interview' because the role was filled internally; "
                "'Thursday' resolved against Date (Tue 1 Dec, CST UTC-6) -> Thu 3 Dec 17:00Z; no length -> end null")
def m22() -> bytes:
    body = t("""
        Hi Brianna,

        I wanted to reach out personally before Thursday. We need to cancel your 11:00 interview
        with Brad for the Loan Compliance Analyst position - late last week we offered the role to
        an internal candidate from our Brookings office, and she accepted.

        I know you'd already set aside the time, and I'm sorry for the short notice. Your background
        in exam management really stood out to us, and I'd like to keep your information on file for
        the credit-administration opening we expect to post after the first of the year, if that's
        all right with you.

        Warm regards,
        Jolene Kettering
        HR Generalist
        Meridian Ag Lending | 5000 S Western Ave, Sioux Falls, SD
        605-555-0111
    """)
    mid = "<CAH3kPq0Z7e1nT8r4Lm_Jw2bX9@mail.gmail.com>"
    hs = head(addr("Jolene Kettering", "jolene.kettering@meridianaglending.com"),
              "Thursday's interview - Loan Compliance Analyst", "2026-12-01 09:05", CHI, mid,
              relay="mail-sor-f53.google.com (mail-sor-f53.google.com [209.85.220.53])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(23), family="calendly", lang="en", interview=True, kind="cancelled",
           start="2026-10-16T19:00:00Z", end="2026-10-16T19:30:00Z",
           contact="lauren.esterhaus@juniperridgewealth.com", company="Juniper Ridge Wealth",
           local="Fri 2026-10-16 14:00", local_end="2026-10-16 14:30", zone=CHI,
           note="Calendly cancellation by the host of the intro call booked earlier: '2:00pm - 2:30pm, Friday, "
                "October 16, 2026 (Central Time - US & Canada)', CDT UTC-5; METHOD:CANCEL ICS; start = the "
                "cancelled slot; contact = Reply-To host")
def m23() -> bytes:
    body = t("""
        Hi Brianna Olson,

        Lauren Esterhaus has canceled the following event.

        Event Type:
        30 Minute Intro Call - Trust Compliance Analyst

        Event Date/Time:
        2:00pm - 2:30pm (Central Time - US & Canada), Friday, October 16, 2026

        Cancellation Reason:
        "Brianna - so sorry, our managing partner has put this search on hold until Q1. I'll be in
        touch if it reopens. - Lauren"

        Schedule another time: https://calendly.com/lauren-esterhaus-jrw

        Powered by Calendly.com
    """)
    ics = vcal("""
        BEGIN:VEVENT
        DTSTAMP:20261014T193311Z
        UID:3b9e1c0d-77f2-4a6e-b7f8-0a1d9e5c2f44@calendly.com
        DTSTART:20261016T190000Z
        DTEND:20261016T193000Z
        SUMMARY:Canceled: Brianna Olson and Lauren Esterhaus
        ORGANIZER;CN=Lauren Esterhaus:mailto:lauren.esterhaus@juniperridgewealth.com
        ATTENDEE;CN=Brianna Olson;ROLE=REQ-PARTICIPANT:mailto:brianna.olson@example.org
        STATUS:CANCELLED
        SEQUENCE:1
        END:VEVENT
    """, prodid="-//Calendly//Calendly//EN", method="CANCEL")
    mid = "<20261014193311.1.51FE0A3C7B9D2E64@mg.calendly.com>"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Canceled: 30 Minute Intro Call with Lauren Esterhaus on Friday, October 16, 2026",
              "2026-10-14 14:33", CHI, mid, relay="m42-7.mailgun.net (m42-7.mailgun.net [69.72.42.7])",
              extra=(("Reply-To", addr("Lauren Esterhaus", "lauren.esterhaus@juniperridgewealth.com")),))
    return message(hs, mixed(text(body, cte="7bit", charset="us-ascii"),
                             calendar(ics, method="CANCEL", ctype="application/ics", filename="cancel.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="en", interview=False, company="Northstar Credit Union",
           note="Post-interview rejection after the BSA Officer interview; no time fixed")
def m24() -> bytes:
    body = t("""
        Dear Brianna,

        Thank you for taking the time to interview with Greg Lindqvist and Renee Fjelstad for the
        BSA Officer - Deposit Operations position. We enjoyed learning about your experience.

        After careful consideration, we have decided to move forward with another candidate whose
        background more closely matches our current needs. This was a difficult decision.

        We encourage you to keep an eye on our careers page for future openings, and we wish you
        the best in your search.

        Sincerely,
        Human Resources
        Northstar Credit Union
    """)
    page = ("<html><body style=\"font-family:Calibri,Arial,sans-serif\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    mid = "<BL1PR11MB5301E4A9C0D2F7B36A1E8C9D0F2A@BL1PR11MB5301.namprd11.prod.outlook.com>"
    hs = head(addr("Northstar Credit Union Careers", "careers@northstarcu.org"),
              "Your application for BSA Officer - Deposit Operations", "2026-10-20 14:47", CHI, mid,
              relay="NAM11-BL1-obe.outbound.protection.outlook.com (mail-bl1nam11on2050.outbound.protection.outlook.com [40.107.211.50])")
    return message(hs, alt(text(body), html(page)))


@make.mail(N(25), family="application_ack", lang="en", interview=False, company="Heartland Card Services",
           note="Workday application-received auto-ack (HTML only); 'if selected ... contact you to schedule' is hypothetical")
def m25() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#222222">
        <p>Hi Brianna,</p>
        <p>Thank you for applying for the <b>AML Investigations Analyst</b> position (JR-11873) at
        Heartland Card Services. We have received your application and our Talent Acquisition team
        is reviewing it.</p>
        <p>If your qualifications match our needs, a member of our recruiting team will contact you to
        schedule an interview. You can check the status of your application at any time in
        <a href="https://wd1.myworkdaysite.com/recruiting/heartlandcard/External/userHome">Candidate Home</a>.</p>
        <p>Thank you again for your interest in Heartland Card Services.</p>
        <p>Talent Acquisition<br>Heartland Card Services | Sioux Falls, SD</p>
        </body></html>
    """)
    mid = "<1210387742.90311.1788453219004@wd1-prod-mail01.myworkday.com>"
    hs = head(addr("Heartland Card Services", "heartlandcard@myworkday.com"),
              "Thank you for applying: AML Investigations Analyst", "2026-09-03 19:33", CHI, mid,
              relay="wd1-prod-mail01.myworkday.com (wd1-prod-mail01.myworkday.com [198.51.100.14])")
    return message(hs, html(page, cte="base64"))


@make.mail(N(26), family="job_alert", lang="en", interview=False, company=None,
           note="Job-board digest; 'Interviewing now' and 'Actively hiring' badges confirm nothing")
def m26() -> bytes:
    body = t("""
        New jobs matching "compliance analyst" within 100 miles of Sioux Falls, SD

        BSA/AML Compliance Analyst
        Granite Peak Bank - Sioux Falls, SD
        $68,000 - $82,000 a year | Interviewing now
        https://jobs.plainsbankingjobs.com/v/88120

        Regulatory Compliance Specialist
        Missouri Valley Credit Union - Sioux City, IA
        Actively hiring | Posted 2 days ago
        https://jobs.plainsbankingjobs.com/v/88141

        Consumer Compliance Analyst (Hybrid)
        Tri-State Bancshares - Sioux Falls, SD
        Easy apply | Posted today
        https://jobs.plainsbankingjobs.com/v/88163

        Fraud & Disputes Specialist
        Lakeview Card Processing - Brookings, SD
        $55,000 a year | Posted 5 days ago
        https://jobs.plainsbankingjobs.com/v/88177

        See all 23 new jobs: https://jobs.plainsbankingjobs.com/alerts/5fe1c2

        You're receiving this alert because you signed up at PlainsBankingJobs.
        Unsubscribe: https://jobs.plainsbankingjobs.com/unsubscribe?a=5fe1c2
    """)
    mid = "<alert.5fe1c2.20260909@mail.plainsbankingjobs.com>"
    hs = head(addr("PlainsBankingJobs Alerts", "alerts@mail.plainsbankingjobs.com"),
              "4 new compliance analyst jobs near Sioux Falls, SD", "2026-09-09 06:02", CHI, mid,
              relay="o2.mail.plainsbankingjobs.com (o2.mail.plainsbankingjobs.com [149.72.33.18])",
              extra=(("List-Unsubscribe", "<https://jobs.plainsbankingjobs.com/unsubscribe?a=5fe1c2>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(27), family="newsletter", lang="en", interview=False, company=None,
           note="Professional association newsletter (iso-8859-1 QP) with an 'Interview with' feature and a "
                "luncheon date; nothing about the reader's own interview",
           days=(("Thu", "2026-10-08"),))
def m27() -> bytes:
    body = t("""
        THE COMPLIANCE BRIEF - September 2026
        Upper Midwest Bank Compliance Association

        IN THIS ISSUE
        * Q&A: An interview with a former FDIC field examiner on what "exam-ready" really means
        * CDD refresh cycles: what examiners flagged in 2026
        * Member spotlight: the compliance café at Granite Peak Bank
        * Fall luncheon, Thursday October 8, Sioux Falls Convention Center - register by 10/1

        Q&A: "Your documentation is your testimony"
        We sat down with Carol Lindahl, who spent 22 years examining community banks across the
        Dakotas, to talk about exam prep, look-back reviews and what she wishes analysts knew...

        Read the full issue: https://umbca.org/brief/2026-09

        Upper Midwest Bank Compliance Association, PO Box 88, Pierre, SD 57501
        Manage preferences: https://umbca.org/prefs | Unsubscribe: https://umbca.org/u/brianna
    """)
    mid = "<brief-2026-09.b81c@lists.umbca.org>"
    hs = head(addr("UMBCA", "newsletter@lists.umbca.org"), "The Compliance Brief - September 2026",
              "2026-09-17 07:30", CHI, mid, relay="lists.umbca.org (lists.umbca.org [203.0.113.45])",
              extra=(("List-Id", "UMBCA Compliance Brief <brief.lists.umbca.org>"),
                     ("List-Unsubscribe", "<https://umbca.org/u/brianna>"), ("Precedence", "list")))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(28), family="recruiter_outreach", lang="en", interview=False, company="Keystone Talent Partners",
           note="Agency cold outreach asking for availability for a call; nothing fixed")
def m28() -> bytes:
    body = t("""
        Hi Brianna,

        I came across your profile and your BSA/AML work at Tenmile Creek Bank caught my eye. I'm
        working with a couple of community banks in the Omaha and Sioux Falls area that are building
        out their compliance teams, including one deposit-operations compliance role that could be
        remote-friendly for someone in Sioux Falls.

        Would you be open to a quick 15-minute call this week or next? Let me know a couple of
        times that work and I'll send an invite.

        Best,
        Trent Baumann
        Senior Recruiter, Banking & Finance
        Keystone Talent Partners | Omaha, NE
        402-555-0184
    """)
    mid = "<CH2PR07MB69418B1F3C2E0A9D47E6@CH2PR07MB6941.namprd07.prod.outlook.com>"
    hs = head(addr("Trent Baumann", "trent.baumann@keystonetalent.com"),
              "Compliance opportunities in Omaha / Sioux Falls", "2026-09-02 13:12", CHI, mid,
              relay="NAM10-CH2-obe.outbound.protection.outlook.com (mail-ch2nam10on2031.outbound.protection.outlook.com [40.107.94.31])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(29), family="scheduling_link", lang="en", interview=False, company="Prairie Ledger Bank",
           note="Greenhouse availability request before the phone screen: asks the candidate to submit times")
def m29() -> bytes:
    body = t("""
        Hi Brianna,

        Thank you for applying to the Compliance Analyst II (BSA/AML) position at Prairie Ledger
        Bank! We'd like to set up a 45-minute phone screen with Kendra Vos from our recruiting team.

        Please let us know when you're available over the next week by selecting times here:
        https://app.greenhouse.io/availability/c8e21f77a0/new

        Once we receive your availability, we'll send you a confirmation with the details.

        Thanks,
        Prairie Ledger Bank Recruiting

        Powered by Greenhouse
    """)
    mid = "<0100019a6c1e0a93-7f42-4d0b-8e3a-prairieledger@us-west-2.amazonses.com>"
    hs = head(addr("Prairie Ledger Bank", "no-reply@us.greenhouse-mail.io"),
              "Please share your availability - Prairie Ledger Bank", "2026-09-04 15:40", CHI, mid,
              relay="a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
              extra=(("Reply-To", addr("Kendra Vos", "kendra.vos@prairieledgerbank.com")),))
    return message(hs, text(body))


@make.mail(N(30), family="proposal_unconfirmed", lang="en", interview=False, company="Lakes & Rivers Insurance",
           note="Recruiter offers two possible slots (Tue 11/3 9 AM or Wed 11/4 1 PM CT) and asks which works; "
                "nothing confirmed yet (the confirmation is a later mail)",
           days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04")))
def m30() -> bytes:
    body = t("""
        Hi Brianna,

        Thanks for the quick turnaround on the questionnaire! The hiring team would like to meet
        you for a 45-minute interview. Would either of these work for you?

          - Tuesday 11/3, 9:00 AM CT
          - Wednesday 11/4, 1:00 PM CT

        Just reply with your preference and I'll get the invite out. If neither works, send me a
        few windows that do.

        Tasha Brennan
        Senior Talent Acquisition Partner | Lakes & Rivers Insurance
        Minneapolis, MN | 612-555-0193
    """)
    mid = "<MN2PR11MB4120A0E4F2C3B1D0E9F8A7B6C5D4@MN2PR11MB4120.namprd11.prod.outlook.com>"
    hs = head(addr("Tasha Brennan", "tasha.brennan@lakesrivers.com"),
              "Compliance Monitoring Analyst - interview times", "2026-10-27 11:02", CHI, mid,
              relay="NAM11-MW2-obe.outbound.protection.outlook.com (mail-mw2nam11on2089.outbound.protection.outlook.com [40.107.212.89])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(31), family="auto_reply", lang="en", interview=False, company="Prairie Ledger Bank",
           note="Out-of-office auto-reply from the recruiter (Auto-Submitted: auto-replied); return date only")
def m31() -> bytes:
    body = t("""
        Thank you for your message. I am out of the office Friday, October 2 through Monday,
        October 5 with limited access to email. I will respond when I return on Tuesday,
        October 6. For urgent recruiting matters, please contact careers@prairieledgerbank.com.

        Kendra Vos
        Talent Acquisition Partner, Prairie Ledger Bank
    """)
    mid = "<OOF.SN6PR04MB4013.7d1e3a90@SN6PR04MB4013.namprd04.prod.outlook.com>"
    hs = head(addr("Kendra Vos", "kendra.vos@prairieledgerbank.com"),
              "Automatic reply: Following up - Compliance Analyst II", "2026-10-02 08:11", CHI, mid,
              relay="NAM04-SN1-obe.outbound.protection.outlook.com (mail-sn1nam04on2112.outbound.protection.outlook.com [40.107.70.112])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAE7mN2c1Tq8+Hs0@mail.example.org>")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(32), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce (multipart/report) of the candidate's thank-you note, mistyped address; quotes her own text")
def m32() -> bytes:
    intro = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not be delivered to one or more
        recipients. It's attached below.

        <glindqvst@northstarcu.org>: host northstarcu-org.mail.protection.outlook.com[52.101.40.12]
            said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient glindqvst@northstarcu.org not
            found by SMTP address lookup (in reply to RCPT TO command)
    """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Bq2Xf1kLmz9
        Arrival-Date: Wed,  7 Oct 2026 11:48:02 -0500

        Final-Recipient: rfc822; glindqvst@northstarcu.org
        Original-Recipient: rfc822;glindqvst@northstarcu.org
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; northstarcu-org.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            glindqvst@northstarcu.org not found by SMTP address lookup
    """)
    orig = t("""
        Hi Greg,

        Thank you for taking the time to talk with me this morning about the BSA Officer role.
        I enjoyed hearing about how Northstar is restructuring its deposit-operations QC.

        Best regards,
        Brianna Olson
    """)
    orig_msg = message([("From", ME_TO), ("To", "glindqvst@northstarcu.org"),
                        ("Subject", "Thank you - BSA Officer interview"),
                        ("Date", date("2026-10-07 11:47", CHI)),
                        ("Message-ID", "<CAE7mN2t6Yx3+Rb9@mail.example.org>")],
                       text(orig, charset="us-ascii", cte="7bit"))
    mid = "<20261007164803.4Bq2Xf1kLmz9@mx1.example.org>"
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org"),
              "Undelivered Mail Returned to Sender", "2026-10-07 11:48", CHI, mid,
              relay="localhost (localhost [127.0.0.1])",
              extra=(("Auto-Submitted", "auto-replied"),))
    report = multipart("report",
                       text(intro, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig_msg),
                       params="report-type=delivery-status")
    return message(hs, report)


@make.mail(N(33), family="offer", lang="en", interview=False, company="Mill City Bancorp",
           note="Offer letter mail after the onsite; mentions past interviews and a decision deadline",
           days=(("Wed", "2026-12-09"), ("Mon", "2026-12-28")))
def m33() -> bytes:
    body = t("""
        Hi Brianna,

        On behalf of everyone you met during your interviews, I'm thrilled to offer you the position
        of Financial Crimes Compliance Analyst II at Mill City Bancorp!

        Your offer letter is attached through our DocuSign link below and includes the base salary
        we discussed, the hybrid schedule (two days a month in our Minneapolis office, the rest
        remote from Sioux Falls) and benefits details. Our proposed start date is Monday,
        December 28.

        Review and sign: https://na3.docusign.net/Signing/EmailStart.aspx?a=7f1e2d0c

        We'd appreciate your decision by end of day Wednesday, December 9. Erik and I are happy to
        hop on a call to answer any questions.

        Congratulations!
        Hannah Pruitt
        Recruiting Coordinator, Mill City Bancorp
    """)
    mid = "<CAF9rT3s0Pq8kD2n_Yh7vLw5@mail.gmail.com>"
    hs = head(addr("Hannah Pruitt", "hannah.pruitt@millcitybancorp.com"),
              "Offer - Financial Crimes Compliance Analyst II", "2026-12-03 15:55", CHI, mid,
              relay="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(34), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Dental cleaning confirmation with ICS: a confirmed time, not an interview",
           days=(("Wed", "2026-09-30"),))
def m34() -> bytes:
    body = t("""
        Hi Brianna,

        This confirms your appointment at Cliff Avenue Family Dental:

        Wednesday, September 30, 2026 at 7:40 AM
        Dr. Megan Huisman - Cleaning & exam
        2300 S Cliff Ave, Suite 4, Sioux Falls, SD 57105

        Please arrive 10 minutes early and bring your insurance card. Reply C to confirm or call
        (605) 555-0102 to reschedule. 24 hours' notice is appreciated.

        Cliff Avenue Family Dental
    """)
    ics = vcal("""
        BEGIN:VEVENT
        UID:appt-559201@cliffavedental.com
        DTSTAMP:20260921T170004Z
        DTSTART;TZID=America/Chicago:20260930T074000
        DTEND;TZID=America/Chicago:20260930T083000
        SUMMARY:Dental appointment - Cliff Avenue Family Dental
        LOCATION:2300 S Cliff Ave\\, Suite 4\\, Sioux Falls\\, SD 57105
        STATUS:CONFIRMED
        END:VEVENT
    """, prodid="-//Weave//Appointment Reminders//EN", method="PUBLISH", tz=VTZ["America/Chicago"])
    mid = "<appt-559201.reminder@notify.cliffavedental.com>"
    hs = head(addr("Cliff Avenue Family Dental", "noreply@notify.cliffavedental.com"),
              "Appointment confirmation - Wed, Sep 30 at 7:40 AM", "2026-09-21 12:00", CHI, mid,
              relay="notify.cliffavedental.com (notify.cliffavedental.com [198.51.100.88])")
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


@make.mail(N(35), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Exchange meeting request from the current manager (work address) for a Q4 SAR QA review; "
                "a work meeting, not an interview",
           days=(("Tue", "2026-10-13"),))
def m35() -> bytes:
    body = t("""
        When: Tuesday, October 13, 2026 2:00 PM-3:00 PM. (UTC-06:00) Central Time (US & Canada)
        Where: 3rd Floor Conference Room - Larkspur

        Team - let's walk through the Q4 SAR QA sample before the audit committee packet goes out.
        Brianna, can you bring the exception log from September?

        Doug
    """)
    ics = vcal("""
        BEGIN:VEVENT
        ORGANIZER;CN=Doug Halvorson:mailto:doug.halvorson@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brianna Olson:mailto:brianna.olson@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nate Schuurmans:mailto:nate.schuurmans@example.com
        UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC010000000000000000100000002A3B
        SUMMARY;LANGUAGE=en-US:Q4 SAR QA sample review
        DTSTART;TZID=Central Standard Time:20261013T140000
        DTEND;TZID=Central Standard Time:20261013T150000
        DTSTAMP:20261008T144210Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:3rd Floor Conference Room - Larkspur
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        END:VEVENT
    """, prodid="Microsoft Exchange Server 2010", tz=VTZ["Central Standard Time"])
    mid = "<CO1PR13MB4977E1A2B3C4D5E6F7A8B9C0D1E2@CO1PR13MB4977.namprd13.prod.outlook.com>"
    hs = head(addr("Doug Halvorson", "doug.halvorson@example.com"), "Q4 SAR QA sample review",
              "2026-10-08 09:42", CHI, mid, to=addr(ME_NAME, "brianna.olson@example.com"),
              rcpt="brianna.olson@example.com", relay="CO1PR13MB4977.namprd13.prod.outlook.com (2603:10b6:303:f1::7)")
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(36), family="exam_booking", lang="en", interview=False, company=None,
           note="Certification exam appointment at a test center: a fixed time, not an interview",
           days=(("Sat", "2026-11-21"),))
def m36() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#0b3d6b">Your exam appointment is confirmed</h2>
        <p>Brianna Olson,</p>
        <p>Thank you for scheduling your <b>Certified Bank Compliance Specialist (CBCS)</b> exam.</p>
        <table cellpadding="4">
        <tr><td>Confirmation number:</td><td>PL-4419-2087-3</td></tr>
        <tr><td>Date:</td><td>Saturday, November 21, 2026</td></tr>
        <tr><td>Check-in time:</td><td>8:15 AM Central</td></tr>
        <tr><td>Exam start:</td><td>8:45 AM Central (3 hours)</td></tr>
        <tr><td>Test center:</td><td>Proctorline Testing Center, 4801 N 4th Ave, Suite 120, Sioux Falls, SD 57104</td></tr>
        </table>
        <p>Bring one unexpired government-issued photo ID. The name must match your registration exactly.</p>
        <p>To reschedule or cancel, visit <a href="https://www.proctorline.com/manage">proctorline.com/manage</a>
        at least 48 hours before your appointment.</p>
        <p>Proctorline Candidate Services</p>
        </body></html>
    """)
    mid = "<conf.PL-4419-2087-3@mail.proctorline.com>"
    hs = head(addr("Proctorline", "donotreply@mail.proctorline.com"),
              "Exam Appointment Confirmation - CBCS - November 21, 2026", "2026-11-05 20:14", CHI, mid,
              relay="mail.proctorline.com (mail.proctorline.com [192.0.2.61])")
    return message(hs, html(page))


@make.mail(N(37), family="assessment", lang="en", interview=False, company="Cornhusker Mutual Insurance",
           note="Workday candidate task: online skills assessment to complete by a deadline; no meeting",
           days=(("Mon", "2026-09-21"),))
def m37() -> bytes:
    body = t("""
        Dear Brianna,

        As the next step for the Regulatory Compliance Analyst position, please complete the
        Compliance Writing & Judgment assessment. It takes about 40 minutes and can be completed
        any time before 11:59 PM Central on Monday, September 21.

        Start the assessment from the Tasks section of your Candidate Home:
        https://wd5.myworkdaysite.com/recruiting/cornhuskermutual/careers/userHome

        Sincerely,
        Talent Acquisition
        Cornhusker Mutual Insurance

        This email was sent from an unmonitored mailbox. Please do not reply.
    """)
    mid = "<1493118420.56012.1789640021733@wd5-prod-mail03.myworkday.com>"
    hs = head(addr("Cornhusker Mutual Insurance", "cornhuskermutual@myworkday.com"),
              "Action required: complete your assessment", "2026-09-17 08:27", CHI, mid,
              relay="wd5-prod-mail03.myworkday.com (wd5-prod-mail03.myworkday.com [198.51.100.23])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(38), family="one_way_video", lang="en", interview=False, company="Bison Ridge Insurance",
           note="One-way recorded video interview to complete by a deadline; no live meeting, no fixed time",
           days=(("Fri", "2026-10-30"),))
def m38() -> bytes:
    body = t("""
        Hi Brianna,

        Bison Ridge Insurance has invited you to complete a video interview for the Compliance
        Analyst - Market Conduct position.

        You'll answer 5 questions on camera at a time that suits you. You get 30 seconds to think
        and up to 2 minutes to answer each question. Most candidates finish in under 20 minutes.

        Please complete your interview by Friday, October 30 at 11:59 PM (your local time).

        Start your interview: https://app.vidscreen.io/i/bri-olson-7c42e

        Good luck!
        The Bison Ridge Insurance Talent Team, via VidScreen
    """)
    mid = "<inv.7c42e.20261023@mail.vidscreen.io>"
    hs = head(addr("Bison Ridge Insurance via VidScreen", "invites@mail.vidscreen.io"),
              "Your video interview with Bison Ridge Insurance", "2026-10-23 13:50", CHI, mid,
              relay="mail.vidscreen.io (mail.vidscreen.io [192.0.2.140])")
    return message(hs, text(body, cte="base64"))


@make.mail(N(39), family="post_interview", lang="en", interview=False, company="Mill City Bancorp",
           note="Post-onsite 'we'll be in touch' note from the coordinator; mentions yesterday's interviews only")
def m39() -> bytes:
    body = t("""
        Hi Brianna,

        Thanks again for spending your morning with us yesterday - Erik and Maya both mentioned how
        much they enjoyed the conversation about your look-back project.

        The team is meeting early next week to compare notes, and I'll be in touch with next steps
        by the end of next week at the latest.

        Have a great weekend,
        Hannah

        Hannah Pruitt
        Recruiting Coordinator, Mill City Bancorp
    """)
    mid = "<CAF9rT3qW1x0Bv7n_Lk2sYe4@mail.gmail.com>"
    hs = head(addr("Hannah Pruitt", "hannah.pruitt@millcitybancorp.com"), "Thank you from Mill City Bancorp",
              "2026-10-29 10:21", CHI, mid, relay="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(40), family="rejection", lang="en", interview=False, company="Tallgrass Payments",
           note="Lever rejection after the Denver phone interview")
def m40() -> bytes:
    body = t("""
        Hi Brianna,

        Thank you for interviewing for the Payments Compliance Analyst role - Colby appreciated the
        conversation last week.

        We've decided to move forward with candidates whose experience with state money transmitter
        licensing more closely matches what the team needs right now. We know this isn't the news you
        were hoping for, and we're grateful for the time you invested.

        Best of luck in your search,
        The Tallgrass Payments Team

        Sent via Lever
    """)
    mid = "<lever.c0a4e91f-8d2b-4a7e-b5c3-9e1f0d2a6b44@hire.lever.co>"
    hs = head(addr("Tallgrass Payments", "no-reply@hire.lever.co"),
              "Update on your application to Tallgrass Payments", "2026-10-09 15:02", DEN, mid,
              relay="mail-sor-f70.mailgun.net (mail-sor-f70.mailgun.net [209.61.151.70])")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(41), family="personal_appointment", lang="en", interview=False, company=None,
           note="Hair salon booking confirmation: a fixed time, not an interview",
           days=(("Sat", "2026-10-24"),))
def m41() -> bytes:
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#2b2b2b">
        <p style="font-size:18px">You're booked, Brianna!</p>
        <p><b>Cut &amp; color with Jordyn</b><br>
        Saturday, October 24 &middot; 10:00 AM &ndash; 12:15 PM<br>
        Salon Luma, 225 E 10th St, Sioux Falls</p>
        <p>Need to change something? <a href="https://book.salonluma.com/a/RT88Q">Manage appointment</a><br>
        Cancellations within 24 hours may be charged 50% of the service.</p>
        <p style="font-size:12px;color:#888">Salon Luma &middot; (605) 555-0177</p>
        </body></html>
    """)
    mid = "<booking.RT88Q@book.salonluma.com>"
    hs = head(addr("Salon Luma", "bookings@book.salonluma.com"),
              "Appointment confirmed: Sat, Oct 24 at 10:00 AM", "2026-10-20 18:06", CHI, mid,
              relay="book.salonluma.com (book.salonluma.com [192.0.2.17])")
    return message(hs, html(page))


@make.mail(N(42), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Google Calendar invitation from her sister for Thanksgiving dinner: personal, not an interview",
           days=(("Thu", "2026-11-26"),))
def m42() -> bytes:
    body = t("""
        Kayla Olson has invited you to Thanksgiving at Mom & Dad's

        Bring the wild rice hotdish! Dinner at 2, come early if you want to help with pies.

        When
        Thursday Nov 26, 2026 1pm - 6pm (Central Time - Chicago)

        Where
        Mom & Dad's, Brandon SD

        Guests
        Kayla Olson - organizer
        brianna.olson@example.org
        tyler.olson@example.com

        Invitation from Google Calendar https://calendar.google.com/calendar/
    """)
    ics = vcal("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20261126T130000
        DTEND;TZID=America/Chicago:20261126T180000
        DTSTAMP:20261115T021503Z
        ORGANIZER;CN=Kayla Olson:mailto:kayla.olson@example.com
        UID:2mdp0k5s7a1vq3rn8ct4bhe9lf@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=brianna.olson@example.org;X-NUM-GUESTS=0:mailto:brianna.olson@example.org
        DESCRIPTION:Bring the wild rice hotdish! Dinner at 2\\, come early if you want to help with pies.
        LOCATION:Mom & Dad's\\, Brandon SD
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Thanksgiving at Mom & Dad's
        TRANSP:OPAQUE
        END:VEVENT
    """, prodid="-//Google Inc//Google Calendar 70.9054//EN", tz=VTZ["America/Chicago"])
    mid = "<calendar-5b1f0e2a-9c47-4d3e-8a61-f2d0c9b7e145@google.com>"
    hs = head(addr("Kayla Olson", "kayla.olson@example.com"),
              "Invitation: Thanksgiving at Mom & Dad's @ Thu Nov 26, 2026 1pm - 6pm (CST) (brianna.olson@example.org)",
              "2026-11-14 20:15", CHI, mid, relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST")))


@make.mail(N(43), family="webinar", lang="en", interview=False, company=None,
           note="Zoom webinar registration (regulatory update): a fixed time, not an interview",
           days=(("Thu", "2026-11-12"),))
def m43() -> bytes:
    body = t("""
        Hi Brianna,

        Thank you for registering for "Beneficial Ownership & CIP: What Changed in 2026".

        Date & Time: Nov 12, 2026 12:00 PM Central Time (US and Canada)

        Join from a PC, Mac, iPad, or Android:
        https://umbca.zoom.us/w/96120447183?tk=q3Lz0Wd8

        Add to calendar: https://umbca.zoom.us/webinar/tZ0ld-2r/ics

        You can cancel your registration at any time.

        Upper Midwest Bank Compliance Association
    """)
    mid = "<webinar.96120447183.reg.8812@zoom.us>"
    hs = head(addr("UMBCA Webinars", "no-reply@zoom.us"),
              "Beneficial Ownership & CIP: What Changed in 2026 Confirmation", "2026-11-05 12:40", CHI, mid,
              relay="zoom.us (mailout-02.zoom.us [170.114.10.31])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="event_ticket", lang="en", interview=False, company=None,
           note="Concert ticket order confirmation: a fixed evening time, not an interview",
           days=(("Sat", "2026-12-12"),))
def m44() -> bytes:
    body = t("""
        ORDER CONFIRMED - #CH-771905

        Prairie Winds Symphony: A Dakota Holiday
        Saturday, December 12, 2026 - 7:30 PM (doors 6:45 PM)
        Cascade Hall, 301 S Main Ave, Sioux Falls, SD

        2 x Main Floor, Row K, Seats 11-12        $84.00
        Facility fee                               $6.00
        Total charged to Visa ending 4417         $90.00

        Your mobile tickets will be available in your account 48 hours before the show.

        Cascade Hall Box Office | (605) 555-0120
    """)
    mid = "<order.CH-771905@tickets.cascadehall.org>"
    hs = head(addr("Cascade Hall Box Office", "tickets@tickets.cascadehall.org"),
              "Your tickets: Prairie Winds Symphony - A Dakota Holiday", "2026-11-20 21:37", CHI, mid,
              relay="tickets.cascadehall.org (tickets.cascadehall.org [192.0.2.201])")
    return message(hs, text(body, cte="8bit"))


@make.mail(N(45), family="scheduling_link", lang="en", interview=False, company="Juniper Ridge Wealth",
           note="Hiring manager sends her Calendly link to pick a slot; nothing booked yet")
def m45() -> bytes:
    body = t("""
        Hi Brianna,

        Thanks for applying for our Trust Compliance Analyst opening - your Reg E and dispute
        background is a great fit for what we need. I'd love to set up a 30-minute intro call.

        Grab whatever time works best for you on my calendar here:
        https://calendly.com/lauren-esterhaus-jrw/intro-call

        Talk soon,
        Lauren Esterhaus
        Director of Trust Operations
        Juniper Ridge Wealth | Sioux Falls, SD
    """)
    mid = "<CAM4nQ7kT2v9rB1e_Xw8pLs3@mail.gmail.com>"
    hs = head(addr("Lauren Esterhaus", "lauren.esterhaus@juniperridgewealth.com"),
              "Trust Compliance Analyst - intro call", "2026-10-12 16:48", CHI, mid,
              relay="mail-sor-f53.google.com (mail-sor-f53.google.com [209.85.220.53])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(46), family="post_interview", lang="en", interview=False, company="Cornhusker Mutual Insurance",
           note="Recruiter says the candidate moves to the final round and the hiring manager 'will send an "
                "invite'; the proposed day is not confirmed here",
           days=(("Tue", "2026-11-03"),))
def m46() -> bytes:
    body = t("""
        Hi Brianna,

        Good news - Dana and Luis would like to bring you back for a final round with our CCO. Dana
        is looking at the morning of Tuesday, November 3 and will send you a calendar invite directly
        once she's locked in Patrice's availability.

        In the meantime, could you send me two professional references? No rush before Friday.

        Thanks,
        Marcus Hadley
        Talent Acquisition | Cornhusker Mutual Insurance
    """)
    mid = "<SA1PR14MB7310B1C2D3E4F5A6B7C8D9E0F1A2@SA1PR14MB7310.namprd14.prod.outlook.com>"
    hs = head(addr("Marcus Hadley", "marcus.hadley@cornhuskermutual.com"),
              "Next steps - Regulatory Compliance Analyst", "2026-10-26 13:15", CHI, mid,
              relay="NAM14-SA1-obe.outbound.protection.outlook.com (mail-sa1nam14on2062.outbound.protection.outlook.com [40.107.209.62])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(47), family="background_check", lang="en", interview=False, company="Mill City Bancorp",
           note="Post-offer background check request with a completion deadline; no meeting",
           days=(("Thu", "2026-12-10"),))
def m47() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hello Brianna,</p>
        <p>Mill City Bancorp has requested a background screening as part of your offer of employment.
        Please complete your secure online form by <b>Thursday, December 10, 2026</b>.</p>
        <p><a href="https://portal.clearpathscreening.com/c/9ZK41">Start your background check</a></p>
        <p>The form takes about 15 minutes. You'll need your address history for the past seven years and
        your Social Security number.</p>
        <p>Clearpath Screening Candidate Care &middot; 1-800-555-0164</p>
        </body></html>
    """)
    mid = "<bgc.9ZK41.notice@mail.clearpathscreening.com>"
    hs = head(addr("Clearpath Screening", "no-reply@mail.clearpathscreening.com"),
              "Action needed: background check for Mill City Bancorp", "2026-12-07 08:02", CHI, mid,
              relay="mail.clearpathscreening.com (mail.clearpathscreening.com [192.0.2.90])")
    return message(hs, html(page, cte="base64"))


@make.mail(N(48), family="event_newsletter", lang="en", interview=False, company=None,
           note="Young-professionals group mailing about a networking mixer at a fixed time; not an interview",
           days=(("Thu", "2026-11-19"),))
def m48() -> bytes:
    body = t("""
        November Mixer - Thursday, November 19, 5:30-7:30 PM
        Falls Overlook Taproom, 131 E Falls Park Dr

        Join Sioux Falls Young Professionals for our last mixer of the year! First drink is on
        our sponsor, Granite Peak Bank. This month's "career corner" table is hosted by two local
        recruiters who'll do quick resume reviews - bring a copy.

        RSVP: https://sfyp.org/events/nov-mixer

        Sioux Falls Young Professionals
        Unsubscribe: https://sfyp.org/u?e=brianna.olson%40example.org
    """)
    mid = "<sfyp.nov-mixer.2026@mail.sfyp.org>"
    hs = head(addr("Sioux Falls Young Professionals", "hello@mail.sfyp.org"),
              "You're invited: November Mixer on 11/19", "2026-11-10 11:30", CHI, mid,
              relay="mail.sfyp.org (mail.sfyp.org [192.0.2.33])",
              extra=(("List-Unsubscribe", "<https://sfyp.org/u?e=brianna.olson%40example.org>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(49), family="bill", lang="en", interview=False, company=None,
           note="Utility e-bill notice with a due date; ordinary life mail",
           days=(("Tue", "2026-11-24"),))
def m49() -> bytes:
    body = t("""
        Your November bill is ready.

        Account ending in 3309
        Amount due: $118.42
        Due date: Tuesday, November 24, 2026

        View and pay your bill: https://my.dakotavalleyenergy.com/bill
        AutoPay is not enabled on this account.

        Dakota Valley Energy | Customer Service 1-800-555-0137
    """)
    mid = "<ebill.3309.202611@notify.dakotavalleyenergy.com>"
    hs = head(addr("Dakota Valley Energy", "ebill@notify.dakotavalleyenergy.com"),
              "Your Dakota Valley Energy bill is ready", "2026-11-05 05:14", CHI, mid,
              relay="notify.dakotavalleyenergy.com (notify.dakotavalleyenergy.com [192.0.2.77])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(50), family="proposal_unconfirmed", lang="en", interview=False, company="Ledgerline",
           note="Recruiter passes the candidate's proposed windows to the interviewer and will confirm later; "
                "the times are only the candidate's availability",
           days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")))
def m50() -> bytes:
    body = t("""
        Thanks Brianna! I've passed these along to Priya and will confirm a time (and send the Zoom
        details) as soon as I hear back - usually within a day or two.

        Alexis

        Alexis Grady | Recruiting, Ledgerline

        On Fri, Oct 9, 2026 at 9:12 AM Brianna Olson <brianna.olson@example.org> wrote:
        > Hi Alexis,
        >
        > Thanks for the update. For the conversation with Priya I'm available:
        > - Tuesday 10/20, anytime after 11:00 AM Central
        > - Wednesday 10/21, 8:00 AM - noon Central
        >
        > Best,
        > Brianna
    """)
    mid = "<CAB2xP9mRt4v0Lq7_Ne3kWz1@mail.gmail.com>"
    hs = head(addr("Alexis Grady", "alexis.grady@ledgerline.io"), "Re: Next step - Compliance Operations Analyst",
              "2026-10-09 11:30", NYC, mid, relay="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              extra=(("In-Reply-To", "<CAE7mN2w4Gp1+Kf6@mail.example.org>"),
                     ("References", "<CAE7mN2w4Gp1+Kf6@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))
