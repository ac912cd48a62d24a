"""blind340: a blind 50-mail held-out set, the inbox of Renata Okafor, grants administrator at a
Florida state agency in Tallahassee, Florida (America/New_York), September to December 2026.

Written on 2026-11-26 by a helper session that had not read the detector, its tests and fixtures,
or any other held-out mails: it read only make.py, make_blind.py, the set-building parts of
bench/heldout/README.md, the dev corpus README, dev/labels.json, dev_002.eml, dev_009.eml and
score.py. Every mail is written by hand in its own function below; make.py does the MIME plumbing.
American English throughout. Employers in Tallahassee, Jacksonville, Atlanta (Eastern), Pensacola
and Mobile (Central) and on a remote team in Honolulu (HST, no DST). Keys 1-23 are positives
(16 scheduled, 4 rescheduled, 3 cancelled), keys 24-50 negatives; file numbers are a fixed shuffle
of the writing order.
"""

from __future__ import annotations

import base64
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

ORDER = random.Random(3400340).sample(range(1, 51), 50)
SET = "blind340"


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "renata.okafor@example.org"
ME_NAME = "Renata Okafor"
TO_ME = addr(ME_NAME, ME)
ET = "America/New_York"
CT = "America/Chicago"
HST = "Pacific/Honolulu"

VTZ_HST = """BEGIN:VTIMEZONE
TZID:Pacific/Honolulu
X-LIC-LOCATION:Pacific/Honolulu
BEGIN:STANDARD
TZOFFSETFROM:-1000
TZOFFSETTO:-1000
TZNAME:HST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""


def h(seed: str, n: int = 16) -> str:
    return hashlib.sha256(f"blind340-{seed}".encode(), usedforsecurity=False).hexdigest()[:n]


def rcv(host: str, ip: str, when: str, zone: str, seed: str, lag: int = 4) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx1.example.org (Postfix) with ESMTPS id {h(seed, 10).upper()}", ME, lag)


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, host: str, ip: str,
         to: str = TO_ME, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list:
    return [
        ("Delivered-To", ME),
        ("Received", rcv(host, ip, when, zone, msgid)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-17T18:00:00Z", end="2026-09-17T18:45:00Z",
           contact="dana.whitfield@palmettohealth.org", company="Palmetto Health Partners",
           local="Thu 2026-09-17 14:00", local_end="2026-09-17 14:45", zone=ET,
           note="Greenhouse confirmation, 2:00-2:45 PM EDT (Atlanta, Eastern) = 18:00-18:45Z; ICS in "
                "America/New_York agrees; contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hi Renata,

        Thank you for your interest in the Grants Manager, Community Health role at Palmetto
        Health Partners. This email confirms your interview with our team:

        Thursday, September 17, 2026
        2:00 PM - 2:45 PM EDT

        Interviewers:
        Dana Whitfield - Senior Talent Acquisition Partner
        Gregory Ashe - Director, Foundation & Government Grants

        Video call: https://palmettohealth.zoom.us/j/86120447731?pwd=Wk1vQ3hLcUx0eXZr
        Meeting ID: 861 2044 7731
        Passcode: 552917

        A calendar invitation is attached. If you need to reschedule, just reply to this email
        and it will reach me.

        Best,
        Dana Whitfield
        Palmetto Health Partners | Atlanta, GA
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Renata,</p>
        <p>Thank you for your interest in the Grants Manager, Community Health role at Palmetto Health Partners. This email confirms your interview with our team:</p>
        <p><strong>Thursday, September 17, 2026</strong><br><strong>2:00 PM - 2:45 PM EDT</strong></p>
        <p>Interviewers:<br>Dana Whitfield - Senior Talent Acquisition Partner<br>Gregory Ashe - Director, Foundation &amp; Government Grants</p>
        <p>Video call: <a href="https://palmettohealth.zoom.us/j/86120447731?pwd=Wk1vQ3hLcUx0eXZr">https://palmettohealth.zoom.us/j/86120447731</a><br>Meeting ID: 861 2044 7731<br>Passcode: 552917</p>
        <p>A calendar invitation is attached. If you need to reschedule, just reply to this email and it will reach me.</p>
        <p>Best,<br>Dana Whitfield<br>Palmetto Health Partners | Atlanta, GA</p>
        <img src="https://app.greenhouse.io/email_open/3f9a2c71.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software Inc//Greenhouse//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:greenhouse-interview-41977215-renata.okafor@greenhouse.io
DTSTAMP:20260911T191200Z
DTSTART;TZID=America/New_York:20260917T140000
DTEND;TZID=America/New_York:20260917T144500
SUMMARY:Interview: Renata Okafor - Grants Manager, Community Health
LOCATION:https://palmettohealth.zoom.us/j/86120447731?pwd=Wk1vQ3hLcUx0eXZr
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@palmettohealth.org
ATTENDEE;CN=Renata Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:renata.okafor@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    msg = mixed(alt(text(body), html(page)),
                calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                         disposition="attachment", name_param=True))
    return message(head(
        "Palmetto Health Partners <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Grants Manager, Community Health – Palmetto Health Partners",
        "2026-09-11 15:12", ET, "<0100019a3c5e7d21-6b1f0c55-2d8e-4f7a-9b13-7e0c2a9d1f44-000000@email.amazonses.com>",
        host="a8-31.smtp-out.amazonses.com", ip="54.240.8.31",
        extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@palmettohealth.org")),
               ("X-Mailer", "Greenhouse"))), msg)


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-09-22T18:00:00Z", end="2026-09-22T18:45:00Z",
           contact="keoni.akana@brightwaterlearning.org", company="Brightwater Learning",
           local="Tue 2026-09-22 08:00", local_end="2026-09-22 08:45", zone=HST,
           note="Lever confirmation from a remote team in Honolulu: 8:00-8:45 AM HST (UTC-10, no DST) "
                "= 18:00-18:45Z, also shown as 2:00 PM EDT; contact = Reply-To coordinator")
def m02() -> bytes:
    body = t("""
        Hi Renata,

        You're all set! Here are the details for your upcoming interview with Brightwater Learning.

        Position: Grants & Partnerships Manager (Remote - US)
        When: Tuesday, September 22, 2026, 8:00 AM - 8:45 AM HST
              (that's 2:00 PM - 2:45 PM Eastern for you)
        Where: Google Meet - https://meet.google.com/qvr-hnkd-tzo
        With: Malia Fonoti, Director of Development

        Our team is based in Honolulu, so we keep our calendars on Hawaii time. Malia will walk
        through your grants background and the foundation portfolio you'd be managing.

        Need to make a change? Reply to this message and I'll help.

        Mahalo,
        Keoni Akana
        Recruiting Coordinator, Brightwater Learning
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.5">
        <p>Hi Renata,</p>
        <p>You're all set! Here are the details for your upcoming interview with Brightwater Learning.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Position</b></td><td>Grants &amp; Partnerships Manager (Remote - US)</td></tr>
        <tr><td><b>When</b></td><td>Tuesday, September 22, 2026, 8:00 AM - 8:45 AM HST<br>(that's 2:00 PM - 2:45 PM Eastern for you)</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://meet.google.com/qvr-hnkd-tzo">Google Meet</a></td></tr>
        <tr><td><b>With</b></td><td>Malia Fonoti, Director of Development</td></tr>
        </table>
        <p>Our team is based in Honolulu, so we keep our calendars on Hawaii time. Malia will walk through your grants background and the foundation portfolio you'd be managing.</p>
        <p>Need to make a change? Reply to this message and I'll help.</p>
        <p>Mahalo,<br>Keoni Akana<br>Recruiting Coordinator, Brightwater Learning</p>
        <p style="font-size:11px;color:#999">Sent via Lever</p>
        </div>
        """)
    return message(head(
        "Keoni Akana <no-reply@hire.lever.co>",
        "Your interview with Brightwater Learning is confirmed",
        "2026-09-16 09:41", HST, "<20260916194106.5c1e9a7f3b2d@hire.lever.co>",
        host="mail-198-21.mailgun.net", ip="198.61.254.21",
        extra=(("Reply-To", addr("Keoni Akana", "keoni.akana@brightwaterlearning.org")),)),
        alt(text(body), html(page)))


@make.mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-09-24T15:00:00Z", end="2026-09-24T16:00:00Z",
           contact="mvega@emeraldcoast.edu", company="Emerald Coast University",
           local="Thu 2026-09-24 10:00", local_end="2026-09-24 11:00", zone=CT,
           note="Workday HTML-only (base64), Pensacola: 10:00-11:00 AM Central (CDT, UTC-5) = "
                "15:00-16:00Z; no-reply sender, contact = recruiter address in the body")
def m03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#00467f;color:#fff;font-size:18px">Emerald Coast University &mdash; Human Resources</td></tr>
        <tr><td>
        <p>Dear Renata Okafor,</p>
        <p>Thank you for your application for <b>Sponsored Programs Officer (R0004182)</b>. We are pleased to confirm your interview.</p>
        <p><b>Date:</b> Thursday, September 24, 2026<br>
        <b>Time:</b> 10:00 AM - 11:00 AM Central Time<br>
        <b>Location:</b> Microsoft Teams (link below) &mdash; if you prefer to attend in person, Building 11, Room 210, 11000 University Parkway, Pensacola, FL 32514<br>
        <b>Interview committee:</b> Dr. Howard Lindqvist, Associate Vice President for Research; Tamika Sorrells, Post-Award Manager</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4ZGE0YjItYzE2Ny00@thread.v2/0">Join the Microsoft Teams meeting</a></p>
        <p>If you have questions or need an accommodation, please contact Marisol Vega, Talent Acquisition, at <a href="mailto:mvega@emeraldcoast.edu">mvega@emeraldcoast.edu</a> or (850) 474-2600.</p>
        <p>You can review this step at any time in your <a href="https://wd5.myworkday.com/emeraldcoast/d/home.htmld">Candidate Home</a>.</p>
        <p>Sincerely,<br>Emerald Coast University Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">This is a system-generated message from Workday. Please do not reply.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message(head(
        "Emerald Coast University <emeraldcoast@myworkday.com>",
        "Interview Scheduled: Sponsored Programs Officer (R0004182)",
        "2026-09-18 11:05", CT, "<1482733110.88214.1789747500412@wd5-prod-mta03.myworkday.com>",
        host="wd5-prod-mta03.myworkday.com", ip="216.14.16.83"),
        html(page, cte="base64"))


@make.mail(N(4), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-10-01T18:00:00Z", end=None,
           contact="gpettaway@firstcoasthousing.org", company="First Coast Housing Alliance",
           local="Thu 2026-10-01 14:00", zone=ET,
           note="Executive director's prose 'Thursday at 2:00' resolved against the Date (Mon 28 Sep, "
                "Jacksonville, EDT) = Thu 1 Oct 18:00Z; 'about an hour' so end null; iso-8859-1 8bit")
def m04() -> bytes:
    body = t("""
        Renata,

        Thanks for getting back to me so quickly. Thursday works on our end too -- let's plan on
        Thursday at 2:00 at our office. We're at 1820 Pearl Street North, second floor; there's
        visitor parking behind the building off 19th Street. You'll meet with me and with our
        finance director, Lucas Ferreira. Plan on about an hour.

        Bring whatever writing samples you're comfortable sharing -- we're especially interested in
        anything you've done with CDBG or HOME funds.

        Looking forward to it.

        Gloria

        Gloria Pettaway
        Executive Director, First Coast Housing Alliance
        (904) 356-0142

        -----Original Message-----
        From: Renata Okafor <renata.okafor@example.org>
        Sent: Monday, September 28, 2026 1:47 PM
        To: Gloria Pettaway <gpettaway@firstcoasthousing.org>
        Subject: RE: Grants Director application - next step

        Hi Gloria,

        Thank you for reaching out. I'd be glad to come to Jacksonville to meet. I'm free
        Wednesday afternoon or any time Thursday this week.

        Best regards,
        Renata
        """)
    return message(head(
        "Gloria Pettaway <gpettaway@firstcoasthousing.org>",
        "RE: Grants Director application - next step",
        "2026-09-28 16:20", ET, "<BN8PR11MB36524E0B7A1C4D2F9E8A6C1BC0A2@BN8PR11MB3652.namprd11.prod.outlook.com>",
        host="mail-bn8nam11on2091.outbound.protection.outlook.com", ip="40.107.236.91",
        extra=(("In-Reply-To", "<CAF7k2p+Renata.q9x1@mail.example.org>"),
               ("References", "<CAF7k2p+Renata.q9x1@mail.example.org>"),
               ("Thread-Topic", "Grants Director application - next step"))),
        text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(5), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-06T14:30:00Z", end="2026-10-06T15:30:00Z",
           contact="tboyd@chattahoocheerc.org", company="Chattahoochee Regional Commission",
           local="Tue 2026-10-06 10:30", local_end="2026-10-06 11:30", zone=ET,
           note="Exchange meeting request, Atlanta: body shows '(UTC-05:00) Eastern Time' in October "
                "(EDT is UTC-4); TZID Eastern Standard Time 10:30-11:30 = 14:30-15:30Z; organizer human")
def m05() -> bytes:
    body = t("""
        When: Tuesday, October 6, 2026 10:30 AM-11:30 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*~*

        Renata,

        Sending the invite for your first interview for the Grants Program Manager position. You'll
        meet with me and Felicia Grant, our Deputy Director for Community Development. Happy to
        answer any questions beforehand.

        Terrence Boyd
        Grants & Planning Division Manager
        Chattahoochee Regional Commission

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGM3YjQ1MzEtNjU0@thread.v2/0?context=%7b%22Tid%22%3a%22c1a7%22%7d>
        Meeting ID: 241 778 903 115
        Passcode: Rq7tB2
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Or call in (audio only)
        +1 404-554-1290,,318224706#   United States, Atlanta
        Phone Conference ID: 318 224 706#
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Renata,</p>
        <p>Sending the invite for your first interview for the Grants Program Manager position. You'll meet with me and Felicia Grant, our Deputy Director for Community Development. Happy to answer any questions beforehand.</p>
        <p>Terrence Boyd<br>Grants &amp; Planning Division Manager<br>Chattahoochee Regional Commission</p>
        <div style="width:100%">________________________________________________________________________________</div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><b>Join on your computer, mobile app or room device</b></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGM3YjQ1MzEtNjU0@thread.v2/0">Click here to join the meeting</a></div>
        <div>Meeting ID: 241 778 903 115<br>Passcode: Rq7tB2</div>
        <div>Or call in (audio only)<br>+1 404-554-1290,,318224706# United States, Atlanta<br>Phone Conference ID: 318 224 706#</div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Terrence Boyd:mailto:tboyd@chattahoocheerc.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Renata Okafor:mailto:renata.okafor@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Felicia Grant:mailto:fgrant@chattahoocheerc.org
DESCRIPTION;LANGUAGE=en-US:Renata\\,\\n\\nSending the invite for your first interview for the Grants Program Manager position.\\n
UID:040000008200E00074C5B7101A82E00800000000C0A6E3D1F84EDD01000000000000000010000000A4F27E5C0B1D9B4A8E2F3C6D7B8A9012
SUMMARY;LANGUAGE=en-US:Interview: Grants Program Manager - Renata Okafor
DTSTART;TZID=Eastern Standard Time:20261006T103000
DTEND;TZID=Eastern Standard Time:20261006T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260930T141400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121847291
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
    msg = alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64"))
    return message(head(
        addr("Terrence Boyd", "tboyd@chattahoocheerc.org"),
        "Interview: Grants Program Manager - Renata Okafor",
        "2026-09-30 10:14", ET, "<DM6PR04MB71209C3B58E2A4F1D7B0A5E9C4A1@DM6PR04MB7120.namprd04.prod.outlook.com>",
        host="mail-dm6nam04on2112.outbound.protection.outlook.com", ip="40.107.102.112",
        extra=(("Thread-Topic", "Interview: Grants Program Manager - Renata Okafor"),
               ("Thread-Index", "AdtS9k0r3N5bT1xRQ0eU7u8s1K2pAA=="),
               ("Content-class", "urn:content-classes:calendarmessage"),
               ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""))), msg)


@make.mail(N(6), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-09T18:00:00Z", end="2026-10-09T19:00:00Z",
           contact="ldupree@mobilebayarts.org", company="Mobile Bay Arts Council",
           local="Fri 2026-10-09 13:00", local_end="2026-10-09 14:00", zone=CT,
           note="Google Calendar invitation from Mobile, 'Central Time - Chicago' 1pm-2pm CDT = "
                "18:00-19:00Z; ICS in UTC agrees; contact = organizer")
def m06() -> bytes:
    body = t("""
        You have been invited to the following event.

        Interview: Development & Grants Manager - Renata Okafor
        Friday Oct 9, 2026 ⋅ 1pm – 2pm
        Central Time - Chicago

        Join with Google Meet
        meet.google.com/wbe-xkqp-rfa

        Join by phone
        (US) +1 251-410-7723
        PIN: 449 218 306#

        Renata - this will be with me and Charles Whitley, our board treasurer. Looking forward to it! - Lorraine

        Organizer
        Lorraine Dupree
        ldupree@mobilebayarts.org

        Guests
        Lorraine Dupree - organizer
        cwhitley@mobilebayarts.org
        renata.okafor@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NGs3cDFoZjRwb2Y

        Reply for renata.okafor@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=NGs3cDFoZjRwb2Y&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NGs3cDFoZjRwb2Y&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=NGs3cDFoZjRwb2Y&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:14px">You have been invited to the following event.</div>
        <h2 style="font-weight:400;font-size:22px">Interview: Development &amp; Grants Manager - Renata Okafor</h2>
        <div style="font-size:14px">Friday Oct 9, 2026 &#8901; 1pm &ndash; 2pm<br>Central Time - Chicago</div>
        <div><a href="https://meet.google.com/wbe-xkqp-rfa">Join with Google Meet</a><br>meet.google.com/wbe-xkqp-rfa</div>
        <div>Join by phone<br>(US) +1 251-410-7723 PIN: 449 218 306#</div>
        <div>Renata - this will be with me and Charles Whitley, our board treasurer. Looking forward to it! - Lorraine</div>
        <div><b>Organizer</b><br>Lorraine Dupree<br>ldupree@mobilebayarts.org</div>
        <div><b>Guests</b><br>Lorraine Dupree - organizer<br>cwhitley@mobilebayarts.org<br>renata.okafor@example.org</div>
        <div style="font-size:12px;color:#70757a">Invitation from Google Calendar</div>
        </div>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261009T180000Z
DTEND:20261009T190000Z
DTSTAMP:20261005T143155Z
ORGANIZER;CN=Lorraine Dupree:mailto:ldupree@mobilebayarts.org
UID:4k7p1hf4pof2q8jv3c0t9m6b1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lorraine Dupree;X-NUM-GUESTS=0:mailto:ldupree@mobilebayarts.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cwhitley@mobilebayarts.org;X-NUM-GUESTS=0:mailto:cwhitley@mobilebayarts.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=renata.okafor@example.org;X-NUM-GUESTS=0:mailto:renata.okafor@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/wbe-xkqp-rfa
CREATED:20261005T143150Z
DESCRIPTION:Renata - this will be with me and Charles Whitley\\, our board treasurer. Looking forward to it! - Lorraine
LAST-MODIFIED:20261005T143155Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Development & Grants Manager - Renata Okafor
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    msg = mixed(alt(text(body), html(page), calendar(ics, method="REQUEST", cte="7bit")),
                calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                         filename="invite.ics", disposition="attachment", name_param=True))
    return message(head(
        addr("Lorraine Dupree", "ldupree@mobilebayarts.org"),
        "Invitation: Interview: Development & Grants Manager - Renata Okafor @ Fri Oct 9, 2026 "
        "1pm - 2pm (CDT) (renata.okafor@example.org)",
        "2026-10-05 09:31", CT, "<calendar-7e2d4a90-1b3c-4f5e-8a6d-0c9b2e1f3a47@google.com>",
        host="mail-sor-f73.google.com", ip="209.85.220.73",
        extra=(("Reply-To", addr("Lorraine Dupree", "ldupree@mobilebayarts.org")),
               ("Sender", "Google Calendar <calendar-notification@google.com>"))), msg)


@make.mail(N(7), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-14T15:00:00Z", end="2026-10-14T15:30:00Z",
           contact="monique@sablegrants.com", company="Sable Grants Consulting",
           local="Wed 2026-10-14 11:00", local_end="2026-10-14 11:30", zone=ET,
           note="Calendly invitee confirmation, 11:00am-11:30am Eastern Time - US & Canada (EDT) = "
                "15:00-15:30Z; notifications@ sender, contact = host's Reply-To")
def m07() -> bytes:
    body = t("""
        Hi Renata Okafor,

        A new event has been scheduled.

        Event Type:
        Grant Writer Interview

        Invitee:
        Renata Okafor

        Invitee Email:
        renata.okafor@example.org

        Event Date/Time:
        11:00am - 11:30am (Eastern Time - US & Canada) on Wednesday, October 14, 2026

        Location:
        This is a Zoom web conference.
        https://us06web.zoom.us/j/83377190254?pwd=b3ZaQnhtT1dKc1NQ

        Questions:
        Which of our open contracts interests you most?
        The federal (HRSA / SAMHSA) subcontract work.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5d1f9e2a-7c0b-4b8e-9f61-2a7e3c4d5b60
        Reschedule: https://calendly.com/reschedulings/5d1f9e2a-7c0b-4b8e-9f61-2a7e3c4d5b60

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055">
        <p>Hi Renata Okafor,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Grant Writer Interview</p>
        <p><b>Invitee:</b><br>Renata Okafor</p>
        <p><b>Invitee Email:</b><br><a href="mailto:renata.okafor@example.org">renata.okafor@example.org</a></p>
        <p><b>Event Date/Time:</b><br>11:00am - 11:30am (Eastern Time - US &amp; Canada) on Wednesday, October 14, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br><a href="https://us06web.zoom.us/j/83377190254?pwd=b3ZaQnhtT1dKc1NQ">https://us06web.zoom.us/j/83377190254</a></p>
        <p><b>Questions:</b><br>Which of our open contracts interests you most?<br>The federal (HRSA / SAMHSA) subcontract work.</p>
        <p><a href="https://calendly.com/cancellations/5d1f9e2a-7c0b-4b8e-9f61-2a7e3c4d5b60">Cancel</a> | <a href="https://calendly.com/reschedulings/5d1f9e2a-7c0b-4b8e-9f61-2a7e3c4d5b60">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:5d1f9e2a-7c0b-4b8e-9f61-2a7e3c4d5b60@calendly.com
DTSTAMP:20261010T004700Z
DTSTART:20261014T150000Z
DTEND:20261014T153000Z
SUMMARY:Grant Writer Interview between Monique Sable and Renata Okafor
LOCATION:https://us06web.zoom.us/j/83377190254?pwd=b3ZaQnhtT1dKc1NQ
ORGANIZER;CN=Monique Sable:mailto:monique@sablegrants.com
ATTENDEE;CN=Renata Okafor;PARTSTAT=ACCEPTED:mailto:renata.okafor@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    msg = mixed(alt(text(body), html(page)),
                calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                         disposition="attachment"))
    return message(head(
        "Calendly <notifications@calendly.com>",
        "New Event: Renata Okafor - 11:00am Wed, Oct 14, 2026 - Grant Writer Interview",
        "2026-10-09 20:47", ET, "<6a0c3e1f8b7d4a25.20261010004700.calendly@calendly.com>",
        host="o1.ptr2210.calendly.com", ip="167.89.115.42",
        extra=(("Reply-To", addr("Monique Sable", "monique@sablegrants.com")),)), msg)


@make.mail(N(8), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-10-20T14:00:00Z", end="2026-10-20T14:45:00Z",
           contact="dhughes@panhandleworkforce.org", company="Panhandle Workforce Board",
           local="Tue 2026-10-20 09:00", local_end="2026-10-20 09:45", zone=CT,
           note="Microsoft Bookings, Pensacola: body shows '(UTC-06:00) Central Time' but 20 Oct is "
                "CDT (UTC-5), so 9:00 = 14:00Z; 45 minutes; ICS Central Standard Time agrees; "
                "shared Bookings mailbox, contact = staff address in the body")
def m08() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#262626">
        <table cellpadding="0" cellspacing="0" width="560" style="border:1px solid #e1e1e1">
        <tr><td style="padding:20px;background:#0078d4;color:#fff;font-size:20px">Your booking is confirmed</td></tr>
        <tr><td style="padding:20px">
        <p>Hi Renata Okafor,</p>
        <p>Thanks for booking with Panhandle Workforce Board.</p>
        <p><b>Grants Coordinator Interview</b><br>
        Tuesday, October 20, 2026<br>
        9:00 AM (UTC-06:00) Central Time (US &amp; Canada)<br>
        45 minutes<br>
        Staff: Darnell Hughes</p>
        <p><b>Location</b><br>Online meeting &mdash; <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWY1MjU3NzMtMGQ5@thread.v2/0">Join your appointment</a></p>
        <p>Additional information: please have two writing samples ready to share on screen. If you need to reach us before your interview, email Darnell Hughes at <a href="mailto:dhughes@panhandleworkforce.org">dhughes@panhandleworkforce.org</a>.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/PWBInterviews@panhandleworkforce.org/bookings/">Manage booking</a></p>
        </td></tr></table>
        <p style="font-size:11px;color:#767676">Panhandle Workforce Board, 3300 N Pace Blvd, Pensacola, FL 32505</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Panhandle Workforce Board Interviews:mailto:PWBInterviews@panhandleworkforce.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Renata Okafor:mailto:renata.okafor@example.org
SUMMARY;LANGUAGE=en-US:Grants Coordinator Interview
DTSTART;TZID=Central Standard Time:20261020T090000
DTEND;TZID=Central Standard Time:20261020T094500
UID:040000008200E00074C5B7101A82E0080000000010B7A95E3B56DD01000000000000000010000000E39A41C7D2B6F84C9D5A0B1E2F3C4D5E
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261014T182200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    msg = mixed(html(page), calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True))
    return message(head(
        "Panhandle Workforce Board Interviews <PWBInterviews@panhandleworkforce.org>",
        "Booking confirmed: Grants Coordinator Interview for Renata Okafor",
        "2026-10-14 13:22", CT, "<a41e7c2b9f0d4c6e8b3a5d7f1e2c9b04@CH2PR12MB4103.namprd12.prod.outlook.com>",
        host="mail-ch2nam12on2097.outbound.protection.outlook.com", ip="40.107.243.97",
        extra=(("X-MS-Exchange-Organization-BookingsAppointment", "True"),)), msg)


@make.mail(N(9), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-10-27T17:00:00Z", end="2026-10-27T18:00:00Z",
           contact="caroline.mbeki@harborlinehealth.org", company="Harborline Health System",
           local="Tue 2026-10-27 13:00", local_end="2026-10-27 14:00", zone=ET,
           note="SmartRecruiters confirmation, Jacksonville: 1:00-2:00 PM (GMT-04:00) Eastern = "
                "17:00-18:00Z; ICS America/New_York agrees; contact = Reply-To recruiter")
def m09() -> bytes:
    body = t("""
        Dear Renata,

        Your interview for the position Grants & Contracts Manager has been confirmed.

        Date: Tuesday, October 27, 2026
        Time: 1:00 PM - 2:00 PM (GMT-04:00) Eastern Time
        Type: Video interview (Microsoft Teams)
        Interviewers: Caroline Mbeki (Talent Acquisition), Dr. Anand Raghavan (VP, Research
        Administration)

        The meeting link is in the attached calendar invitation.

        If you have any questions, simply reply to this email.

        Kind regards,
        Caroline Mbeki
        Harborline Health System

        ---
        This email was sent via SmartRecruiters on behalf of Harborline Health System.
        Privacy policy: https://www.smartrecruiters.com/legal/candidate-privacy-policy/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:sr-7f4c2a19-8e3b-4d01-a6c5-9b2e0f1d3c78
DTSTAMP:20261021T184000Z
DTSTART;TZID=America/New_York:20261027T130000
DTEND;TZID=America/New_York:20261027T140000
SUMMARY:Interview - Grants & Contracts Manager - Renata Okafor
DESCRIPTION:Join Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA3ZTFhNTItMWE0@thread.v2/0
ORGANIZER;CN=Caroline Mbeki:mailto:caroline.mbeki@harborlinehealth.org
ATTENDEE;CN=Renata Okafor;RSVP=TRUE:mailto:renata.okafor@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    msg = mixed(text(body, cte="7bit"),
                calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                         disposition="attachment"))
    return message(head(
        "Harborline Health System <no-reply@smartrecruiters.com>",
        "Interview confirmed – Grants & Contracts Manager",
        "2026-10-21 14:40", ET, "<01000192b7a3f6d4-2e8c5b1a-9d47-4f3e-b0a6-c1d2e3f4a5b6-000000@email.smartrecruiters.com>",
        host="a48-102.smtp-out.amazonses.com", ip="54.240.48.102",
        extra=(("Reply-To", addr("Caroline Mbeki", "caroline.mbeki@harborlinehealth.org")),)), msg)


@make.mail(N(10), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T18:30:00Z", end=None,
           contact="jortiz@acportauthority.com", company="Atlantic Coast Port Authority",
           local="Tue 2026-11-03 13:30", zone=ET,
           note="iCIMS HTML only, US date 11/03/2026 1:30 PM ET; sent Thu 29 Oct in EDT but US clocks "
                "fall back on 1 Nov, so the interview is EST (UTC-5) = 18:30Z; no end; contact in body")
def m10() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body>
        <table width="640" align="center" style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
        <tr><td><img src="https://careers-acportauthority.icims.com/images/logo.png" alt="Atlantic Coast Port Authority" height="48"></td></tr>
        <tr><td>
        <p>Dear Renata,</p>
        <p>Thank you for your interest in the <strong>Federal Grants Administrator</strong> position (Req #2026-1187) with the Atlantic Coast Port Authority. We are pleased to invite you to an in-person panel interview.</p>
        <table cellpadding="3" style="font-size:13px">
        <tr><td><strong>Date:</strong></td><td>11/03/2026</td></tr>
        <tr><td><strong>Time:</strong></td><td>1:30 PM ET</td></tr>
        <tr><td><strong>Location:</strong></td><td>2831 Talleyrand Avenue, Jacksonville, FL 32206<br>Administration Building, 3rd Floor, Conference Room B</td></tr>
        <tr><td><strong>Panel:</strong></td><td>Raymond Castellanos, Director of Grants &amp; Federal Programs<br>Shonda Whitaker, Finance Manager</td></tr>
        </table>
        <p>Please bring a government-issued photo ID; visitors check in at the security gate on Talleyrand Avenue.</p>
        <p>Please confirm your attendance with Janelle Ortiz, Human Resources, at <a href="mailto:jortiz@acportauthority.com">jortiz@acportauthority.com</a> or (904) 630-3059.</p>
        <p>Sincerely,<br>Human Resources<br>Atlantic Coast Port Authority</p>
        <p style="font-size:10px;color:#777">Please do not reply to this message; this mailbox is not monitored. Atlantic Coast Port Authority is an Equal Opportunity Employer.</p>
        </td></tr></table>
        </body></html>
        """)
    return message(head(
        "Atlantic Coast Port Authority <careers-acportauthority@talent.icims.com>",
        "Interview Invitation - Federal Grants Administrator (Req #2026-1187)",
        "2026-10-29 16:05", ET, "<1793394300.2218174.1793394300551.JavaMail.icims@talent.icims.com>",
        host="smtp04.talent.icims.com", ip="63.140.32.14"),
        html(page, cte="quoted-printable"))


@make.mail(N(11), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-11-05T19:00:00Z", end="2026-11-05T20:00:00Z",
           contact="leilani@kaimanaclimate.org", company="Kaimana Climate Fund",
           local="Thu 2026-11-05 09:00", local_end="2026-11-05 10:00", zone=HST,
           note="Ashby, Honolulu-based remote team: 9:00-10:00 AM HST = 19:00-20:00Z (after US DST ends "
                "this is 2 PM EST for the candidate, 3 PM before 1 Nov); ICS Pacific/Honolulu agrees")
def m11() -> bytes:
    body = t("""
        Hi Renata,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, November 5, 2026, 9:00 AM – 10:00 AM HST
        Google Meet: https://meet.google.com/ksd-umzr-pwa

        You'll meet with:
          Kawika Medeiros — Managing Director, Programs
          Sun-Hee Park — Grants Operations Associate

        Questions? Just reply and it will reach Leilani Kahale.

        Thanks,
        Kaimana Climate Fund Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Renata,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p>Thursday, November 5, 2026, 9:00 AM – 10:00 AM HST<br>Google Meet: <a href="https://meet.google.com/ksd-umzr-pwa">meet.google.com/ksd-umzr-pwa</a></p>
        <p>You'll meet with:<br>Kawika Medeiros — Managing Director, Programs<br>Sun-Hee Park — Grants Operations Associate</p>
        <p>Questions? Just reply and it will reach Leilani Kahale.</p>
        <p>Thanks,<br>Kaimana Climate Fund Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_HST}
BEGIN:VEVENT
UID:b81d3f07-4c2e-4a19-9e65-0d7c1a2b3e4f
DTSTAMP:20261031T201200Z
DTSTART;TZID=Pacific/Honolulu:20261105T090000
DTEND;TZID=Pacific/Honolulu:20261105T100000
SEQUENCE:0
SUMMARY:Kaimana Climate Fund – Grants Operations Lead Interview
LOCATION:https://meet.google.com/ksd-umzr-pwa
ORGANIZER;CN=Leilani Kahale:mailto:leilani@kaimanaclimate.org
ATTENDEE;CN=Renata Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:renata.okafor@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    msg = mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                         disposition="attachment"))
    return message(head(
        "Kaimana Climate Fund <no-reply@ashbyhq.com>",
        "Interview confirmed: Grants Operations Lead at Kaimana Climate Fund",
        "2026-10-31 10:12", HST, "<010001930c4e8a17-3b5d7f91-2c4e-4a6b-8d0f-1e3a5c7b9d2f-000000@email.amazonses.com>",
        host="a11-77.smtp-out.amazonses.com", ip="54.240.11.77",
        extra=(("Reply-To", addr("Leilani Kahale", "leilani@kaimanaclimate.org")),)), msg)


@make.mail(N(12), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-10T15:00:00Z", end="2026-11-10T17:00:00Z",
           contact="boyelaran@peachtreecf.org", company="Peachtree Community Foundation",
           local="Tue 2026-11-10 10:00", local_end="2026-11-10 12:00", zone=ET,
           note="GoodTime onsite itinerary in Atlanta, two sessions 10:00-11:00 and 11:15 AM-12:00 PM "
                "EST (after 1 Nov) = first start 15:00Z to last end 17:00Z; contact = Reply-To coordinator")
def m12() -> bytes:
    body = t("""
        Hi Renata,

        We're excited to welcome you to Peachtree Community Foundation! Below is your onsite
        interview itinerary. All times are Eastern Time.

        Tuesday, November 10, 2026

        10:00 AM - 11:00 AM   Grants Strategy Conversation
                              Naomi Castellano, Vice President, Grants & Programs
        11:15 AM - 12:00 PM   Panel: Compliance & Reporting
                              Eric Danforth, Controller
                              Priya Venkataraman, Senior Program Officer

        Location: 191 Peachtree Street NE, Suite 3300, Atlanta, GA 30303
        Check in with reception on the 33rd floor; parking validation is available for the
        Peachtree Center deck.

        If anything comes up, reply to this email and I'll get back to you.

        Brenda Oyelaran
        Talent Coordinator, Peachtree Community Foundation

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Renata,</p>
        <p>We're excited to welcome you to Peachtree Community Foundation! Below is your onsite interview itinerary. All times are Eastern Time.</p>
        <h3 style="margin-bottom:4px">Tuesday, November 10, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse;font-size:14px">
        <tr style="border-bottom:1px solid #ddd"><td>10:00 AM - 11:00 AM</td><td><b>Grants Strategy Conversation</b><br>Naomi Castellano, Vice President, Grants &amp; Programs</td></tr>
        <tr style="border-bottom:1px solid #ddd"><td>11:15 AM - 12:00 PM</td><td><b>Panel: Compliance &amp; Reporting</b><br>Eric Danforth, Controller<br>Priya Venkataraman, Senior Program Officer</td></tr>
        </table>
        <p><b>Location:</b> 191 Peachtree Street NE, Suite 3300, Atlanta, GA 30303<br>Check in with reception on the 33rd floor; parking validation is available for the Peachtree Center deck.</p>
        <p>If anything comes up, reply to this email and I'll get back to you.</p>
        <p>Brenda Oyelaran<br>Talent Coordinator, Peachtree Community Foundation</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message(head(
        "Peachtree Community Foundation <no-reply@goodtime.io>",
        "Your interview itinerary - Peachtree Community Foundation",
        "2026-11-03 11:47", ET, "<20261103164712.7d2c9e41a0b3@mail.goodtime.io>",
        host="o3.mail.goodtime.io", ip="149.72.144.203",
        extra=(("Reply-To", addr("Brenda Oyelaran", "boyelaran@peachtreecf.org")),)),
        alt(text(body), html(page)))


@make.mail(N(13), family="workable", lang="en", interview=True, kind="scheduled",
           start="2026-11-17T16:00:00Z", end=None,
           contact="wes.thibodeaux@gulfbreezeconservancy.org", company="Gulf Breeze Conservancy",
           local="Tue 2026-11-17 10:00", zone=CT,
           note="Workable message, Pensacola: 'Tuesday, November 17 at 10:00 AM Central (11:00 AM your "
                "time)', CST = 16:00Z; Reply-To is a Workable relay, contact = manager's address in body")
def m13() -> bytes:
    body = t("""
        Hi Renata,

        Thanks for confirming. Your interview for the Grants and Partnerships Manager role is set
        for Tuesday, November 17 at 10:00 AM Central (11:00 AM your time), by Zoom:

        https://us02web.zoom.us/j/89024413516
        Meeting ID: 890 2441 3516

        It'll be me and Hannah Roux, who runs our land acquisition program. We'll spend most of
        the time on the NOAA and RESTORE Act grants you'd be taking over.

        If anything changes on your end, you can also reach me directly at
        wes.thibodeaux@gulfbreezeconservancy.org or (850) 932-7718.

        Talk soon,
        Wes Thibodeaux
        Deputy Director, Gulf Breeze Conservancy

        --
        Sent via Workable. Reply to this email to respond to Gulf Breeze Conservancy.
        """)
    page = gmail_html(body)
    return message(head(
        "Wes Thibodeaux - Gulf Breeze Conservancy <noreply@candidates.workablemail.com>",
        "Interview with Gulf Breeze Conservancy",
        "2026-11-11 14:30", CT, "<5f8e2b7c1d9a.1794429000.a3c7@candidates.workablemail.com>",
        host="mail-a12.workablemail.com", ip="198.2.131.12",
        extra=(("Reply-To", "gulf-breeze-conservancy+c7a41e92f3@candidates.workablemail.com"),)),
        alt(text(body), html(page)))


@make.mail(N(14), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-11-19T14:30:00Z", end=None,
           contact="plemoine@leonliteracy.org", company="Leon County Literacy Coalition",
           local="Thu 2026-11-19 09:30", zone=ET,
           note="Candidate forwards the recruiter's confirmation to herself (Gmail Fwd:); 'Thursday, "
                "November 19 at 9:30 a.m.' in Tallahassee, EST = 14:30Z; contact = forwarded sender")
def m14() -> bytes:
    body = t("""
        for the calendar -- bring the literacy grant binder

        ---------- Forwarded message ---------
        From: Patrice Lemoine <plemoine@leonliteracy.org>
        Date: Fri, Nov 13, 2026 at 4:12 PM
        Subject: Re: Grants Manager interview
        To: Renata Okafor <renata.okafor@example.org>


        Hi Renata,

        Great -- Thursday it is. We'll see you Thursday, November 19 at 9:30 a.m. at our office,
        1940 N. Monroe Street, Suite 60. Parking is free in the front lot; just let the front desk
        know you're here for me.

        You'll meet with me and with Dr. Alvin Carter from our board's finance committee.

        Best,
        Patrice

        Patrice Lemoine
        Executive Director
        Leon County Literacy Coalition
        (850) 385-4412
        """)
    return message(head(
        addr(ME_NAME, "renata.o@example.com"),
        "Fwd: Grants Manager interview",
        "2026-11-14 09:02", ET, "<CAH4r9Qx2nV7+Lw3k8Fz0pYd6sTj1mRb@mail.gmail.com>",
        host="mail-yw1-f171.google.com", ip="209.85.128.171",
        extra=(("In-Reply-To", "<CAJp8Wz4mK1eLq9sV2n@mail.leonliteracy.org>"),
               ("References", "<CAJp8Wz4mK1eLq9sV2n@mail.leonliteracy.org>"))),
        alt(text(body), html(gmail_html(body))))


@make.mail(N(15), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-11-30T17:00:00Z", end=None,
           contact="marcus.reeves@deltagulfcaa.org", company="Delta Gulf Community Action Agency",
           local="Mon 2026-11-30 11:00", zone=CT,
           note="Hiring manager's short reply on top of the quoted thread: 'Monday the 30th at 11:00 "
                "Central works' (Mobile, CST) = 17:00Z; the candidate's proposal is only quoted")
def m15() -> bytes:
    body = t("""
        Perfect - Monday the 30th at 11:00 Central works. I'll send a Teams link that morning.
        Enjoy the holiday.

        Marcus

        Marcus Reeves
        Director of Planning & Grants
        Delta Gulf Community Action Agency
        Mobile, AL | (251) 438-1190

        From: Renata Okafor <renata.okafor@example.org>
        Sent: Tuesday, November 24, 2026 2:05 PM
        To: Marcus Reeves <marcus.reeves@deltagulfcaa.org>
        Subject: Re: Grants Administrator - interview

        Hi Marcus,

        Thank you! I could do Monday, November 30 at 11:00 your time, or Tuesday morning if that's
        easier for your team.

        Best,
        Renata

        From: Marcus Reeves <marcus.reeves@deltagulfcaa.org>
        Sent: Monday, November 23, 2026 4:40 PM
        To: Renata Okafor <renata.okafor@example.org>
        Subject: Grants Administrator - interview

        Renata, we'd like to set up a video interview for the Grants Administrator position. Do you
        have time early next week?
        """)
    page = t("""
        <html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">
        <p>Perfect - Monday the 30th at 11:00 Central works. I'll send a Teams link that morning. Enjoy the holiday.</p>
        <p>Marcus</p>
        <p>Marcus Reeves<br>Director of Planning &amp; Grants<br>Delta Gulf Community Action Agency<br>Mobile, AL | (251) 438-1190</p>
        <hr>
        <p><b>From:</b> Renata Okafor &lt;renata.okafor@example.org&gt;<br><b>Sent:</b> Tuesday, November 24, 2026 2:05 PM<br><b>To:</b> Marcus Reeves &lt;marcus.reeves@deltagulfcaa.org&gt;<br><b>Subject:</b> Re: Grants Administrator - interview</p>
        <p>Hi Marcus,</p>
        <p>Thank you! I could do Monday, November 30 at 11:00 your time, or Tuesday morning if that's easier for your team.</p>
        <p>Best,<br>Renata</p>
        <hr>
        <p><b>From:</b> Marcus Reeves &lt;marcus.reeves@deltagulfcaa.org&gt;<br><b>Sent:</b> Monday, November 23, 2026 4:40 PM<br><b>To:</b> Renata Okafor &lt;renata.okafor@example.org&gt;<br><b>Subject:</b> Grants Administrator - interview</p>
        <p>Renata, we'd like to set up a video interview for the Grants Administrator position. Do you have time early next week?</p>
        </div></body></html>
        """)
    return message(head(
        addr("Marcus Reeves", "marcus.reeves@deltagulfcaa.org"),
        "RE: Grants Administrator - interview",
        "2026-11-24 15:40", CT, "<SJ0PR05MB8741F3A9C2D1B4E6A7F8092BA3C5@SJ0PR05MB8741.namprd05.prod.outlook.com>",
        host="mail-sj0nam05on2108.outbound.protection.outlook.com", ip="40.107.92.108",
        extra=(("In-Reply-To", "<CAF7k2p+Renata.m4r8@mail.example.org>"),
               ("References", "<SJ0PR05MB87419B1C@SJ0PR05MB8741.namprd05.prod.outlook.com> "
                              "<CAF7k2p+Renata.m4r8@mail.example.org>"),
               ("Thread-Topic", "Grants Administrator - interview"))),
        alt(text(body), html(page)))


@make.mail(N(16), family="ics_attachment", lang="en", interview=True, kind="scheduled",
           start="2026-12-03T20:30:00Z", end="2026-12-03T21:30:00Z",
           contact="ycastillo@bigbendfood.org", company="Big Bend Food Network",
           local="Thu 2026-12-03 15:30", local_end="2026-12-03 16:30", zone=ET,
           note="Human mail with Thunderbird invite.ics; the time is only in the ICS "
                "(DTSTART;TZID=America/New_York 15:30-16:30, EST) = 20:30-21:30Z; contact = sender/organizer")
def m16() -> bytes:
    body = t("""
        Hi Renata,

        Thanks again for talking with me on the phone on Tuesday. As promised, I've attached an
        invite for the interview with me and our board treasurer, Dale Henshaw -- it'll be at our
        warehouse office on Capital Circle NW. Let me know if the time doesn't work and we'll find
        another.

        We're really glad you applied. Finding someone who already knows the state side of grant
        reporting is a big deal for us.

        Yvonne

        --
        Yvonne Castillo
        Executive Director, Big Bend Food Network
        Tallahassee, FL
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
CREATED:20261127T150221Z
LAST-MODIFIED:20261127T150455Z
DTSTAMP:20261127T150455Z
UID:0c5e8b3a-9f17-4d2e-b6a4-7e1c3d9f2a58
SUMMARY:Interview - Grants & Development Manager (Renata Okafor)
ORGANIZER;CN=Yvonne Castillo:mailto:ycastillo@bigbendfood.org
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Renata Okafor:mailto:renata.okafor@example.org
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Dale Henshaw:mailto:dhenshaw@bigbendfood.org
DTSTART;TZID=America/New_York:20261203T153000
DTEND;TZID=America/New_York:20261203T163000
LOCATION:Big Bend Food Network\\, 2440 Capital Circle NW\\, Tallahassee FL
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    msg = mixed(text(body, params="format=flowed", cte="7bit"),
                calendar(ics, method="REQUEST", cte="7bit", filename="invite.ics",
                         disposition="attachment", name_param=True))
    return message(head(
        addr("Yvonne Castillo", "ycastillo@bigbendfood.org"),
        "Interview invite - Grants & Development Manager",
        "2026-11-27 10:05", ET, "<8d1f3c0a-52e7-4b9d-a1c6-3e7f0b2d9c45@bigbendfood.org>",
        host="mail.bigbendfood.org", ip="66.118.45.210",
        extra=(("User-Agent", "Mozilla Thunderbird"),)), msg)


@make.mail(N(17), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-08T18:00:00Z", end="2026-10-08T19:00:00Z",
           contact="tboyd@chattahoocheerc.org", company="Chattahoochee Regional Commission",
           local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00", zone=ET,
           note="Exchange update (SEQUENCE:1) of the 6 Oct request: moved to Thursday 2:00-3:00 PM, "
                "body label '(UTC-05:00)' but EDT = 18:00-19:00Z; the old Tuesday slot is only in prose")
def m17() -> bytes:
    body = t("""
        When: Thursday, October 8, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*~*

        Renata - apologies for the shuffle. Felicia was pulled into a board meeting Tuesday
        morning, so I've moved us to Thursday afternoon. Same Teams link. Let me know if this
        doesn't work.

        Terrence

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGM3YjQ1MzEtNjU0@thread.v2/0?context=%7b%22Tid%22%3a%22c1a7%22%7d>
        Meeting ID: 241 778 903 115
        Passcode: Rq7tB2
        Or call in (audio only)
        +1 404-554-1290,,318224706#   United States, Atlanta
        Phone Conference ID: 318 224 706#
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Terrence Boyd:mailto:tboyd@chattahoocheerc.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Renata Okafor:mailto:renata.okafor@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Felicia Grant:mailto:fgrant@chattahoocheerc.org
UID:040000008200E00074C5B7101A82E00800000000C0A6E3D1F84EDD01000000000000000010000000A4F27E5C0B1D9B4A8E2F3C6D7B8A9012
SUMMARY;LANGUAGE=en-US:Interview: Grants Program Manager - Renata Okafor
DTSTART;TZID=Eastern Standard Time:20261008T140000
DTEND;TZID=Eastern Standard Time:20261008T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261002T200200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2121847291
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    msg = alt(text(body), calendar(ics, method="REQUEST", cte="base64"))
    return message(head(
        addr("Terrence Boyd", "tboyd@chattahoocheerc.org"),
        "Interview: Grants Program Manager - Renata Okafor",
        "2026-10-02 16:02", ET, "<DM6PR04MB7120E1F4A7B3C9D2058E6F1AD4B2@DM6PR04MB7120.namprd04.prod.outlook.com>",
        host="mail-dm6nam04on2120.outbound.protection.outlook.com", ip="40.107.102.120",
        extra=(("Thread-Topic", "Interview: Grants Program Manager - Renata Okafor"),
               ("Thread-Index", "AdtS9k0r3N5bT1xRQ0eU7u8s1K2pAAB2xYc="),
               ("Content-class", "urn:content-classes:calendarmessage"))), msg)


@make.mail(N(18), family="calendly", lang="en", interview=True, kind="rescheduled",
           start="2026-10-15T20:00:00Z", end="2026-10-15T20:30:00Z",
           contact="monique@sablegrants.com", company="Sable Grants Consulting",
           local="Thu 2026-10-15 16:00", local_end="2026-10-15 16:30", zone=ET,
           note="Calendly reschedule by the host: former Wed 14 Oct 11:00am, new 4:00pm-4:30pm Thu 15 Oct "
                "Eastern (EDT) = 20:00-20:30Z; ICS SEQUENCE:1 agrees; contact = host Reply-To")
def m18() -> bytes:
    body = t("""
        Hi Renata Okafor,

        Your event has been rescheduled by Monique Sable.

        Reason for rescheduling:
        "So sorry - a client site visit landed on Wednesday morning. Thursday afternoon instead?"

        Event Type:
        Grant Writer Interview

        Former: 11:00am - 11:30am (Eastern Time - US & Canada) on Wednesday, October 14, 2026

        Updated: 4:00pm - 4:30pm (Eastern Time - US & Canada) on Thursday, October 15, 2026

        Location:
        This is a Zoom web conference.
        https://us06web.zoom.us/j/83377190254?pwd=b3ZaQnhtT1dKc1NQ

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5d1f9e2a-7c0b-4b8e-9f61-2a7e3c4d5b60
        Reschedule: https://calendly.com/reschedulings/5d1f9e2a-7c0b-4b8e-9f61-2a7e3c4d5b60

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:5d1f9e2a-7c0b-4b8e-9f61-2a7e3c4d5b60@calendly.com
DTSTAMP:20261012T121500Z
DTSTART:20261015T200000Z
DTEND:20261015T203000Z
SUMMARY:Grant Writer Interview between Monique Sable and Renata Okafor
LOCATION:https://us06web.zoom.us/j/83377190254?pwd=b3ZaQnhtT1dKc1NQ
ORGANIZER;CN=Monique Sable:mailto:monique@sablegrants.com
ATTENDEE;CN=Renata Okafor;PARTSTAT=ACCEPTED:mailto:renata.okafor@example.org
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    msg = mixed(text(body),
                calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                         disposition="attachment"))
    return message(head(
        "Calendly <notifications@calendly.com>",
        "Updated: Grant Writer Interview with Monique Sable - 4:00pm Thu, Oct 15, 2026",
        "2026-10-12 08:15", ET, "<9b4e2d70a1c35f86.20261012121500.calendly@calendly.com>",
        host="o1.ptr2210.calendly.com", ip="167.89.115.42",
        extra=(("Reply-To", addr("Monique Sable", "monique@sablegrants.com")),)), msg)


@make.mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-11-02T15:00:00Z", end="2026-11-02T15:45:00Z",
           contact="awhitmore@keystonepss.com", company="St. Johns River Conservation Trust",
           local="Mon 2026-11-02 10:00", local_end="2026-11-02 10:45", zone=ET,
           note="Agency recruiter moves the client interview from Thu 29 Oct to Monday, November 2 at "
                "10:00-10:45 AM Eastern; sent in EDT but 2 Nov is after the fall-back, EST = 15:00Z")
def m19() -> bytes:
    body = t("""
        Hi Renata,

        Quick change from the client. Dr. Okonkwo has to be in Tallahassee for a legislative
        committee hearing on Thursday, so the St. Johns River Conservation Trust would like to move
        your interview from Thursday, October 29 at 10:00 to Monday, November 2 at 10:00-10:45 AM
        Eastern. Same Teams link as before.

        Small reminder since it's easy to miss: the clocks go back this Sunday, so Monday's 10:00
        is standard time.

        Can you reply to confirm you're OK with the new time? I've already told them you'd likely
        be fine with it, but I want to hear it from you.

        Thanks,
        Alana

        Alana Whitmore
        Senior Recruiter, Public Sector & Nonprofit Practice
        Keystone Public Sector Search
        (904) 212-5537 | awhitmore@keystonepss.com
        """)
    return message(head(
        addr("Alana Whitmore", "awhitmore@keystonepss.com"),
        "St. Johns River Conservation Trust - interview moved to Monday 11/2",
        "2026-10-27 12:10", ET, "<CAB3s1nQ7wM+0kE2h5YpL9vR4tX8dZc6@mail.gmail.com>",
        host="mail-pj1-f44.google.com", ip="209.85.216.44"),
        alt(text(body), html(gmail_html(body))))


@make.mail(N(20), family="google_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-12-04T17:30:00Z", end="2026-12-04T18:30:00Z",
           contact="leilani@kaimanaclimate.org", company="Kaimana Climate Fund",
           local="Fri 2026-12-04 07:30", local_end="2026-12-04 08:30", zone=HST,
           note="Google Calendar 'Updated invitation' from Honolulu: changed to Fri Dec 4 7:30am-8:30am "
                "Hawaii-Aleutian Standard Time (UTC-10) = 17:30-18:30Z (12:30 PM EST); ICS in UTC, SEQUENCE:2")
def m20() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Final conversation with Kaimana leadership - Renata Okafor
        Friday Dec 4, 2026 ⋅ 7:30am – 8:30am
        Hawaii-Aleutian Standard Time

        Renata, moving us a day later and a bit earlier so Kawika can join before his flight. It's
        7:30 our time, 12:30 for you. Mahalo for your flexibility! - Leilani

        Join with Google Meet
        meet.google.com/ptx-gcwa-ehn

        Organizer
        Leilani Kahale
        leilani@kaimanaclimate.org

        Guests
        Leilani Kahale - organizer
        kawika@kaimanaclimate.org
        renata.okafor@example.org

        Reply for renata.okafor@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=OWR2czFrN2Rn&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=OWR2czFrN2Rn&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=OWR2czFrN2Rn&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261204T173000Z
DTEND:20261204T183000Z
DTSTAMP:20261201T010300Z
ORGANIZER;CN=Leilani Kahale:mailto:leilani@kaimanaclimate.org
UID:9dvs1k7dg3p0m2qf8e5c4h6b1n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Leilani Kahale;X-NUM-GUESTS=0:mailto:leilani@kaimanaclimate.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=kawika@kaimanaclimate.org;X-NUM-GUESTS=0:mailto:kawika@kaimanaclimate.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=renata.okafor@example.org;X-NUM-GUESTS=0:mailto:renata.okafor@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/ptx-gcwa-ehn
CREATED:20261120T220512Z
DESCRIPTION:Renata\\, moving us a day later and a bit earlier so Kawika can join before his flight.
LAST-MODIFIED:20261201T010300Z
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Final conversation with Kaimana leadership - Renata Okafor
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    msg = mixed(alt(text(body), calendar(ics, method="REQUEST", cte="7bit")),
                calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                         filename="invite.ics", disposition="attachment", name_param=True))
    return message(head(
        addr("Leilani Kahale", "leilani@kaimanaclimate.org"),
        "Updated invitation: Final conversation with Kaimana leadership - Renata Okafor @ Fri Dec 4, "
        "2026 7:30am - 8:30am (HST) (renata.okafor@example.org)",
        "2026-11-30 15:03", HST, "<calendar-1f6b8d2e-7a40-4c39-b5e1-2d9f0c3a7e68@google.com>",
        host="mail-sor-f69.google.com", ip="209.85.220.69",
        extra=(("Reply-To", addr("Leilani Kahale", "leilani@kaimanaclimate.org")),
               ("Sender", "Google Calendar <calendar-notification@google.com>"))), msg)


@make.mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-10-22T15:00:00Z", end="2026-10-22T16:00:00Z",
           contact="ldupree@mobilebayarts.org", company="Mobile Bay Arts Council",
           local="Thu 2026-10-22 10:00", local_end="2026-10-22 11:00", zone=CT,
           note="Google Calendar cancellation (METHOD:CANCEL) of the second interview, Thu Oct 22 "
                "10am-11am Central Time - Chicago (CDT) = 15:00-16:00Z; position put on hold")
def m21() -> bytes:
    body = t("""
        This event has been canceled.

        Lorraine Dupree has canceled this event with a note:
        "Renata, I'm so sorry. Our board voted last night to put the position on hold until the
        spring grant cycle is settled. I'll reach out personally if it reopens. - Lorraine"

        Second interview: Development & Grants Manager - Renata Okafor
        Thursday Oct 22, 2026 ⋅ 10am – 11am
        Central Time - Chicago

        Organizer
        Lorraine Dupree
        ldupree@mobilebayarts.org

        Guests
        Lorraine Dupree - organizer
        renata.okafor@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20261022T150000Z
DTEND:20261022T160000Z
DTSTAMP:20261019T142744Z
ORGANIZER;CN=Lorraine Dupree:mailto:ldupree@mobilebayarts.org
UID:2m8q4tj0v6c1b9h7k3e5a0d2fg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=renata.okafor@example.org;X-NUM-GUESTS=0:mailto:renata.okafor@example.org
CREATED:20261013T160233Z
LAST-MODIFIED:20261019T142744Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Second interview: Development & Grants Manager - Renata Okafor
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    msg = mixed(alt(text(body), calendar(ics, method="CANCEL", cte="7bit")),
                calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                         filename="invite.ics", disposition="attachment", name_param=True))
    return message(head(
        addr("Lorraine Dupree", "ldupree@mobilebayarts.org"),
        "Canceled event with note: Second interview: Development & Grants Manager - Renata Okafor "
        "@ Thu Oct 22, 2026 10am - 11am (CDT) (renata.okafor@example.org)",
        "2026-10-19 09:27", CT, "<calendar-5c0e9a3b-2d71-4f86-9b4a-8e1d6f2c0b93@google.com>",
        host="mail-sor-f73.google.com", ip="209.85.220.73",
        extra=(("Reply-To", addr("Lorraine Dupree", "ldupree@mobilebayarts.org")),
               ("Sender", "Google Calendar <calendar-notification@google.com>"))), msg)


@make.mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-11-13T19:00:00Z", end=None,
           contact="caroline.mbeki@harborlinehealth.org", company="Harborline Health System",
           local="Fri 2026-11-13 14:00", zone=ET,
           note="Recruiter cancels the second round 'Friday, November 13 at 2:00 PM' (Jacksonville, EST) "
                "= 19:00Z because of a hiring freeze; no new time; windows-1252 quoted-printable")
def m22() -> bytes:
    body = t("""
        Hi Renata,

        I'm sorry to be writing with this news. Harborline has put a system-wide freeze on new
        administrative hires, effective today, and the Grants & Contracts Manager requisition is
        included. That means we have to cancel your second-round meeting with our CFO, Paul
        Strickland, on Friday, November 13 at 2:00 PM.

        This has nothing to do with you – Dr. Raghavan was very impressed, and we'd like to keep
        your application active. If the position is released in the new fiscal year, I'll reach
        out to you first.

        I'm happy to talk by phone if you have questions.

        Warm regards,

        Caroline Mbeki
        Talent Acquisition Partner
        Harborline Health System
        (904) 387-7120
        """)
    return message(head(
        addr("Caroline Mbeki", "caroline.mbeki@harborlinehealth.org"),
        "Cancellation – second interview, Grants & Contracts Manager",
        "2026-11-09 11:20", ET, "<MN2PR15MB3488C7D01E9F4A2B6C3D8E5FA1B7@MN2PR15MB3488.namprd15.prod.outlook.com>",
        host="mail-mn2nam15on2133.outbound.protection.outlook.com", ip="40.107.94.133",
        extra=(("Thread-Topic", "Cancellation - second interview, Grants & Contracts Manager"),
               ("Importance", "High")), charset="windows-1252"),
        text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(23), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-12-08T15:00:00Z", end="2026-12-08T16:00:00Z",
           contact="knguyen@duvalelc.org", company="Duval Early Learning Coalition",
           local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:00", zone=ET,
           note="Exchange METHOD:CANCEL, Jacksonville: Tuesday, December 8 10:00-11:00 AM (UTC-05:00) "
                "Eastern, EST = 15:00-16:00Z; position filled internally")
def m23() -> bytes:
    body = t("""
        When: Tuesday, December 8, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Duval ELC, 6070 Gate Parkway, Suite 200, Jacksonville

        *~*~*~*~*~*~*~*~*~*~*

        Hi Renata,

        I'm sorry to cancel on short notice. After our last round we decided to fill the Grants
        Compliance Manager position internally. Thank you for the time you've put into the process
        - I'd be glad to keep you in mind for future openings.

        Kimberly Nguyen
        HR Generalist, Duval Early Learning Coalition
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Kimberly Nguyen:mailto:knguyen@duvalelc.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Renata Okafor:mailto:renata.okafor@example.org
UID:040000008200E00074C5B7101A82E00800000000F1D2C3B4A596DD0100000000000000001000000077A8B9C0D1E2F30415263748596A7B8C
SUMMARY;LANGUAGE=en-US:Canceled: Interview - Grants Compliance Manager (R. Okafor)
DTSTART;TZID=Eastern Standard Time:20261208T100000
DTEND;TZID=Eastern Standard Time:20261208T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261203T204500Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Duval ELC\\, 6070 Gate Parkway\\, Suite 200\\, Jacksonville
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    msg = alt(text(body), calendar(ics, method="CANCEL", cte="base64"))
    return message(head(
        addr("Kimberly Nguyen", "knguyen@duvalelc.org"),
        "Canceled: Interview - Grants Compliance Manager (R. Okafor)",
        "2026-12-03 15:45", ET, "<BY5PR19MB3920A1B2C3D4E5F60718293A4B5C@BY5PR19MB3920.namprd19.prod.outlook.com>",
        host="mail-by5nam19on2101.outbound.protection.outlook.com", ip="40.107.212.101",
        extra=(("Thread-Topic", "Interview - Grants Compliance Manager (R. Okafor)"),
               ("Importance", "high"),
               ("Content-class", "urn:content-classes:calendarmessage"))), msg)


# =========================================================================== negatives


@make.mail(N(24), family="application_receipt", lang="en", interview=False,
           company="Apalachee River Water Authority",
           note="Taleo application acknowledgement; no interview, no time")
def m24() -> bytes:
    body = t("""
        Dear Renata Okafor,

        Thank you for applying for the position of Grants Manager (Job Number 26-0412) with the
        Apalachee River Water Authority.

        Your application has been received and will be reviewed by the hiring department. Due to
        the volume of applications we receive, only candidates selected for further consideration
        will be contacted. You can check the status of your submission at any time by logging in to
        your candidate profile.

        https://arwa.taleo.net/careersection/ext/mysubmissions.ftl

        Thank you for your interest in public service.

        Human Resources Office
        Apalachee River Water Authority
        Havana, Florida

        Please do not reply to this message. This mailbox is not monitored.
        """)
    return message(head(
        "Apalachee River Water Authority <noreply@taleo.net>",
        "Thank you for applying - Grants Manager (26-0412)",
        "2026-09-08 21:33", ET, "<1788917580441.119027.JavaMail.taleo@phx-tlo-mta12.taleo.net>",
        host="phx-tlo-mta12.taleo.net", ip="160.34.2.112"),
        text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(25), family="application_receipt", lang="en", interview=False,
           company="Northstar Civic Labs",
           note="Teamtailor application receipt from a remote civic-tech employer; promises a reply "
                "within two weeks, nothing scheduled")
def m25() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="background:#f7f7f5;font-family:Inter,Helvetica,Arial,sans-serif;color:#1f1f1f">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;border-radius:8px">
        <h1 style="font-size:22px">Thanks for applying, Renata!</h1>
        <p>We've received your application for <strong>Grants &amp; Public Funding Manager</strong> at Northstar Civic Labs.</p>
        <p>Our team reads every application. You'll hear from us within two weeks, whatever the outcome.</p>
        <p>In the meantime, you can learn more about how we work with state and local governments on our <a href="https://careers.northstarcivic.org/">career site</a>.</p>
        <p>Warmly,<br>The Northstar Civic Labs team</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#888">You can <a href="https://careers.northstarcivic.org/connect/privacy">manage your data</a> at any time. Powered by Teamtailor.</p>
        </div></body></html>
        """)
    return message(head(
        "Northstar Civic Labs <no-reply@teamtailor-mail.com>",
        "Thanks for applying to Northstar Civic Labs!",
        "2026-09-14 12:08", ET, "<66e5b8a2c4d1_7f3a2b1c9e4d5@teamtailor-mail.com>",
        host="mail-56-12.teamtailor-mail.com", ip="185.250.236.12"),
        html(page, cte="base64"))


@make.mail(N(26), family="rejection", lang="en", interview=False,
           company="Palmetto Health Partners",
           note="Greenhouse rejection after the 17 Sep interview (same thread as the confirmation)")
def m26() -> bytes:
    body = t("""
        Hi Renata,

        Thank you again for taking the time to speak with Gregory and me about the Grants Manager,
        Community Health role. We enjoyed learning about your work on the state's federal
        pass-through programs.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs, particularly on the hospital foundation
        side.

        We will keep your information on file and encourage you to apply for future openings that
        fit your background. We wish you the very best in your search.

        Best regards,
        Dana Whitfield
        Senior Talent Acquisition Partner
        Palmetto Health Partners
        """)
    return message(head(
        "Dana Whitfield <no-reply@us.greenhouse-mail.io>",
        "Update on your application to Palmetto Health Partners",
        "2026-10-01 10:26", ET, "<0100019a9e41c7b3-8d2f0e6a-4b1c-4e9d-a7f3-2c5b8e1d0f69-000000@email.amazonses.com>",
        host="a8-44.smtp-out.amazonses.com", ip="54.240.8.44",
        extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@palmettohealth.org")),)),
        alt(text(body), html(gmail_html(body))))


@make.mail(N(27), family="rejection", lang="en", interview=False,
           company="Wiregrass Rural Health Network",
           note="Recruitee rejection before any interview")
def m27() -> bytes:
    body = t("""
        Hi Renata,

        Thank you for your interest in the Grants Administrator position at Wiregrass Rural
        Health Network and for the time you put into your application.

        We received a large number of strong applications. After reviewing them carefully, we have
        decided not to move forward with yours at this stage.

        We appreciate your interest in rural health in South Georgia and wish you success in your
        search.

        Kind regards,
        People & Culture
        Wiregrass Rural Health Network
        """)
    return message(head(
        "Wiregrass Rural Health Network <no-reply@mail.recruitee.com>",
        "Your application for Grants Administrator",
        "2026-09-23 17:52", ET, "<a7c31e90f5b24d68@mail.recruitee.com>",
        host="mail-out-3.recruitee.com", ip="185.17.255.43"),
        alt(text(body), html(gmail_html(body))))


@make.mail(N(28), family="job_alert", lang="en", interview=False, company=None,
           note="Daily job alert from a government-jobs board; closing dates only",
           days=(("Fri", "2026-10-02"), ("Mon", "2026-10-05"), ("Wed", "2026-10-07")))
def m28() -> bytes:
    body = t("""
        GovCareers Florida - Daily Alert
        12 new jobs match "grants manager" within 50 miles of Tallahassee, FL

        Grants Program Supervisor
        Florida Department of Coastal Resilience - Tallahassee, FL
        $62,400 - $78,000 a year | Closes Fri, Oct 2
        https://govcareersfl.com/job/88214

        Contract & Grant Manager II
        Leon County Board of County Commissioners - Tallahassee, FL
        $58,900 - $81,200 a year | Closes Mon, Oct 5
        https://govcareersfl.com/job/88230

        Research Grants Coordinator
        Capital Region State College - Tallahassee, FL
        $51,000 - $60,000 a year | Closes Wed, Oct 7
        https://govcareersfl.com/job/88247

        See all 12 jobs: https://govcareersfl.com/alerts/4471920

        You're receiving this email because you created a job alert on GovCareers Florida.
        Unsubscribe: https://govcareersfl.com/alerts/4471920/unsubscribe
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#1b4f72">GovCareers Florida - Daily Alert</h2>
        <p>12 new jobs match "grants manager" within 50 miles of Tallahassee, FL</p>
        <p><a href="https://govcareersfl.com/job/88214"><b>Grants Program Supervisor</b></a><br>Florida Department of Coastal Resilience - Tallahassee, FL<br>$62,400 - $78,000 a year | Closes Fri, Oct 2</p>
        <p><a href="https://govcareersfl.com/job/88230"><b>Contract &amp; Grant Manager II</b></a><br>Leon County Board of County Commissioners - Tallahassee, FL<br>$58,900 - $81,200 a year | Closes Mon, Oct 5</p>
        <p><a href="https://govcareersfl.com/job/88247"><b>Research Grants Coordinator</b></a><br>Capital Region State College - Tallahassee, FL<br>$51,000 - $60,000 a year | Closes Wed, Oct 7</p>
        <p><a href="https://govcareersfl.com/alerts/4471920">See all 12 jobs</a></p>
        <p style="font-size:11px;color:#888">You're receiving this email because you created a job alert on GovCareers Florida. <a href="https://govcareersfl.com/alerts/4471920/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """)
    return message(head(
        "GovCareers Florida <alerts@govcareersfl.com>",
        "12 new Grants Manager jobs near Tallahassee, FL",
        "2026-09-21 06:02", ET, "<20260921100201.4471920.alerts@govcareersfl.com>",
        host="mta-201.govcareersfl.com", ip="192.174.81.201",
        extra=(("List-Unsubscribe", "<https://govcareersfl.com/alerts/4471920/unsubscribe>"),)),
        alt(text(body), html(page)))


@make.mail(N(29), family="job_alert", lang="en", interview=False, company=None,
           note="Weekly nonprofit-jobs digest including remote roles; nothing scheduled")
def m29() -> bytes:
    page = t("""
        <html><body style="margin:0;font-family:Georgia,serif;background:#faf8f3">
        <table width="600" align="center" style="background:#fff;padding:24px">
        <tr><td><h1 style="font-size:24px;color:#5b2c6f">Philanthropy Jobs Weekly</h1>
        <p style="font-family:Arial,sans-serif;font-size:13px">Hand-picked development and grants roles in the Southeast and remote.</p></td></tr>
        <tr><td style="font-family:Arial,sans-serif;font-size:14px">
        <p><b>Director of Foundation Relations</b> &mdash; Savannah Children's Museum, Savannah, GA</p>
        <p><b>Grants Manager (Remote)</b> &mdash; Kaimana Climate Fund, Honolulu, HI / Remote US</p>
        <p><b>Senior Grant Writer</b> &mdash; Gulf States Legal Aid, Mobile, AL</p>
        <p><b>Institutional Giving Officer</b> &mdash; Jacksonville Symphony Society, Jacksonville, FL</p>
        <p><a href="https://philanthropyjobsweekly.org/board?utm_source=newsletter">Browse all 48 new listings</a></p>
        <p style="font-size:12px;color:#777">Tip of the week: before a panel interview, ask the coordinator who will be in the room and read each person's bio. It makes the small talk easier and the questions sharper.</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999;font-family:Arial,sans-serif">You're subscribed as renata.okafor@example.org. <a href="https://philanthropyjobsweekly.org/unsubscribe">Unsubscribe</a></td></tr>
        </table></body></html>
        """)
    return message(head(
        "Philanthropy Jobs Weekly <digest@philanthropyjobsweekly.org>",
        "48 new grants & development jobs this week",
        "2026-10-16 07:30", ET, "<20261016113000.pjw.8812@mail.philanthropyjobsweekly.org>",
        host="mail180-12.suw21.mcsv.net", ip="198.2.180.12",
        extra=(("List-Unsubscribe", "<https://philanthropyjobsweekly.org/unsubscribe>"),
               ("Precedence", "bulk"))),
        html(page))


@make.mail(N(30), family="newsletter", lang="en", interview=False, company=None,
           note="Professional-association newsletter with an interview-tips article and a chapter "
                "lunch with a fixed time; not the candidate's job interview",
           days=(("Thu", "2026-10-22"),))
def m30() -> bytes:
    body = t("""
        SOUTHEASTERN GRANTS PROFESSIONALS NETWORK
        October 2026 Member News

        IN THIS ISSUE
        - Uniform Guidance 2024 revisions: what changed for subrecipient monitoring
        - Career corner: five questions to ask at the end of a grants-manager interview
        - Big Bend Chapter lunch & learn

        CAREER CORNER
        Hiring managers told us the questions that impress them most are about process: "How do
        you track match and cost share today?" "Who signs off on budget modifications?" "What did
        your last single audit find?" Read the full article on our website.

        BIG BEND CHAPTER LUNCH & LEARN
        Thursday, October 22, 12:00-1:00 p.m. Eastern
        Leon County Main Library, Program Room B, 200 W. Park Avenue, Tallahassee
        Topic: Closing out a federal award without drama. Lunch provided for registered members.
        Register: https://sgpn.org/events/bigbend-oct

        You're receiving this as a member of SGPN. Manage preferences: https://sgpn.org/prefs
        """)
    return message(head(
        "Southeastern Grants Professionals Network <news@sgpn.org>",
        "October Member News: Uniform Guidance, interview questions, Big Bend lunch",
        "2026-10-13 08:00", ET, "<sgpn.2026-10.7c1e9b@sgpn.org>",
        host="mta-07.sgpn.org", ip="205.201.137.7",
        extra=(("List-Unsubscribe", "<https://sgpn.org/prefs>"), ("Precedence", "bulk"))),
        text(body))


@make.mail(N(31), family="recruiter_outreach", lang="en", interview=False,
           company="Keystone Public Sector Search",
           note="Agency recruiter's first outreach about a Jacksonville client; asks for availability "
                "for a call, nothing fixed")
def m31() -> bytes:
    body = t("""
        Hi Renata,

        I came across your profile while searching for grants leaders with state pass-through
        experience, and I think you'd be a strong fit for a search I'm running.

        My client is a land conservation trust in Jacksonville looking for a Director of Grants
        and Public Funding. They manage a mix of FDEP, NOAA and private foundation awards, and the
        board wants someone who knows Florida's state grant systems from the inside. Salary range
        is $88-98K, hybrid, with two days a week in the office.

        Would you be open to a 20-minute call this week or next? Send me a couple of times that
        work for you and I'll make it happen.

        Best,
        Alana Whitmore
        Senior Recruiter, Public Sector & Nonprofit Practice
        Keystone Public Sector Search
        (904) 212-5537 | awhitmore@keystonepss.com
        """)
    return message(head(
        addr("Alana Whitmore", "awhitmore@keystonepss.com"),
        "Director of Grants opportunity - Jacksonville conservation client",
        "2026-10-06 11:34", ET, "<CAB3s1nQ0aR+7uT4e2HxW1mK9vL5pZb3@mail.gmail.com>",
        host="mail-pj1-f44.google.com", ip="209.85.216.44"),
        alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="scheduling_link", lang="en", interview=False,
           company="Sable Grants Consulting",
           note="Consultancy owner sends a Calendly link to pick an interview time; nothing booked yet")
def m32() -> bytes:
    body = t("""
        Hi Renata,

        Thanks so much for your application for our Grant Writer contract role - your federal
        compliance background is exactly what our clients keep asking for.

        I'd love to set up a 30-minute video interview. Please grab whatever time works best for
        you here:

        https://calendly.com/sablegrants/grant-writer-interview

        Most of my openings next week are mornings, but I've added a few late afternoons too.

        Best,
        Monique

        Monique Sable, GPC
        Principal, Sable Grants Consulting
        Atlanta, GA
        """)
    return message(head(
        addr("Monique Sable", "monique@sablegrants.com"),
        "Grant Writer role - let's find a time",
        "2026-10-07 19:18", ET, "<CAN7p4Wq3kD+8sE1j6GvM2rB0xT9yLc5@mail.gmail.com>",
        host="mail-oi1-f180.google.com", ip="209.85.167.180"),
        alt(text(body), html(gmail_html(body))))


@make.mail(N(33), family="availability_request", lang="en", interview=False,
           company="Peachtree Community Foundation",
           note="GoodTime availability request for an onsite window (9-13 Nov); no time fixed",
           days=(("Mon", "2026-11-09"), ("Fri", "2026-11-13")))
def m33() -> bytes:
    body = t("""
        Hi Renata,

        Congratulations on moving forward with Peachtree Community Foundation! The team would like
        to invite you to an onsite interview in Atlanta for the Grants Manager position.

        Please share your availability for the week of Monday, November 9 through Friday,
        November 13 using the link below. Select every block that works; we'll build your
        itinerary around the interviewers' calendars and send it to you.

        Share availability: https://app.goodtime.io/availability/c3f81a7e-0b52-4d9c-9e16-5a2d7b0c4f83

        If you'll be traveling from Tallahassee, let me know and we can reimburse mileage or
        a flight and one night's hotel.

        Thanks,
        Brenda Oyelaran
        Talent Coordinator, Peachtree Community Foundation

        Powered by GoodTime
        """)
    return message(head(
        "Peachtree Community Foundation <no-reply@goodtime.io>",
        "Please share your availability - Peachtree Community Foundation",
        "2026-10-28 13:15", ET, "<20261028171500.2b7e0c94f1a6@mail.goodtime.io>",
        host="o3.mail.goodtime.io", ip="149.72.144.203",
        extra=(("Reply-To", addr("Brenda Oyelaran", "boyelaran@peachtreecf.org")),)),
        alt(text(body), html(gmail_html(body))))


@make.mail(N(34), family="proposal_unconfirmed", lang="en", interview=False,
           company="Leon County Literacy Coalition",
           note="Executive director offers two interview slots and asks which works; not confirmed "
                "(the confirmation comes later, forwarded)",
           days=(("Wed", "2026-11-18"), ("Thu", "2026-11-19")))
def m34() -> bytes:
    body = t("""
        Hi Renata,

        Thank you for applying for our Grants Manager position. Your cover letter made our whole
        selection committee smile - we don't often get applicants who have actually read our
        990s.

        We'd like to meet you in person. Could you do either Wednesday, November 18 at 3:00 p.m.
        or Thursday, November 19 at 9:30 a.m.? Both would be at our office on North Monroe.

        Let me know which you prefer and I'll lock it in.

        Best,
        Patrice

        Patrice Lemoine
        Executive Director
        Leon County Literacy Coalition
        (850) 385-4412
        """)
    return message(head(
        addr("Patrice Lemoine", "plemoine@leonliteracy.org"),
        "Grants Manager interview",
        "2026-11-10 10:48", ET, "<CAJp8Wz4mK1eLq9sV2n@mail.leonliteracy.org>",
        host="mail.leonliteracy.org", ip="74.208.4.91"),
        text(body, cte="7bit"))


@make.mail(N(35), family="out_of_office", lang="en", interview=False,
           company="Harborline Health System",
           note="Recruiter's out-of-office auto-reply to the candidate's thank-you note; return date only",
           days=(("Mon", "2026-11-02"),))
def m35() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office through Monday, November 2 with limited
        access to email. I will respond as soon as possible after my return.

        For urgent recruiting matters, please contact the Talent Acquisition team at
        (904) 387-7100.

        Caroline Mbeki
        Talent Acquisition Partner
        Harborline Health System
        """)
    return message(head(
        addr("Caroline Mbeki", "caroline.mbeki@harborlinehealth.org"),
        "Automatic reply: Thank you - Grants & Contracts Manager interview",
        "2026-10-28 08:03", ET, "<MN2PR15MB34880A9B8C7D6E5F4A3B2C1D0E9F@MN2PR15MB3488.namprd15.prod.outlook.com>",
        host="mail-mn2nam15on2133.outbound.protection.outlook.com", ip="40.107.94.133",
        extra=(("Auto-Submitted", "auto-replied"),
               ("X-Auto-Response-Suppress", "All"),
               ("In-Reply-To", "<CAF7k2p+Renata.h7t2@mail.example.org>"),
               ("References", "<CAF7k2p+Renata.h7t2@mail.example.org>"))),
        text(body))


@make.mail(N(36), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of the candidate's thank-you note to a mistyped address (.com for .org); "
                "the returned headers mention the interview but fix no time")
def m36() -> bytes:
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <tboyd@chattahoocheerc.com>: host mx.chattahoocheerc.com[203.0.113.25] said:
            550 5.1.1 <tboyd@chattahoocheerc.com>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Q7kLm2Xc1z9Rv
        X-Postfix-Sender: rfc822; renata.okafor@example.org
        Arrival-Date: Thu,  8 Oct 2026 16:41:07 -0400 (EDT)

        Final-Recipient: rfc822; tboyd@chattahoocheerc.com
        Original-Recipient: rfc822;tboyd@chattahoocheerc.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.chattahoocheerc.com
        Diagnostic-Code: smtp; 550 5.1.1 <tboyd@chattahoocheerc.com>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    returned = t("""
        Return-Path: <renata.okafor@example.org>
        From: Renata Okafor <renata.okafor@example.org>
        To: Terrence Boyd <tboyd@chattahoocheerc.com>
        Subject: Thank you - Grants Program Manager interview
        Date: Thu, 8 Oct 2026 16:41:02 -0400
        Message-ID: <CAF7k2p+Renata.t4b9@mail.example.org>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        """)
    report = multipart(
        "report",
        text(human, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"),
                  ("Content-Type", "message/delivery-status")], status),
        raw_part([("Content-Description", "Undelivered Message Headers"),
                  ("Content-Type", "text/rfc822-headers")], returned),
        params="report-type=delivery-status")
    return message(head(
        "Mail Delivery System <MAILER-DAEMON@example.org>",
        "Undelivered Mail Returned to Sender",
        "2026-10-08 16:41", ET, "<20261008204108.4Q7kLm2Xc1z9Rv@mx1.example.org>",
        host="localhost", ip="127.0.0.1",
        extra=(("Auto-Submitted", "auto-replied"),)), report)


@make.mail(N(37), family="offer", lang="en", interview=False,
           company="Chattahoochee Regional Commission",
           note="Offer letter with start date and response deadline; no interview",
           days=(("Mon", "2027-01-04"), ("Fri", "2026-12-18")))
def m37() -> bytes:
    body = t("""
        Dear Renata,

        On behalf of the Chattahoochee Regional Commission, I am delighted to offer you the
        position of Grants Program Manager in the Grants & Planning Division, reporting to
        Terrence Boyd. The attached letter sets out the details, including:

          - Annual salary: $84,500, paid biweekly
          - Proposed start date: Monday, January 4, 2027
          - Georgia ERS retirement, health and dental coverage from the first of the month
            following your start date
          - Relocation allowance of up to $4,000

        Please sign and return the letter, or let me know if you have questions, by Friday,
        December 18. The offer is contingent on a background check, which our vendor will start
        once you accept.

        Everyone who met you is excited about the prospect of you joining us.

        Sincerely,

        Angela Moss
        Human Resources Director
        Chattahoochee Regional Commission
        (404) 555-0148
        """)
    pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    att = make.Part([("Content-Type", 'application/pdf; name="Okafor_Offer_Letter.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Okafor_Offer_Letter.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    return message(head(
        addr("Angela Moss", "amoss@chattahoocheerc.org"),
        "Offer of Employment - Grants Program Manager",
        "2026-12-10 14:22", ET, "<DM6PR04MB71205B3C9A1E7D4F2086C4E1BA73@DM6PR04MB7120.namprd04.prod.outlook.com>",
        host="mail-dm6nam04on2124.outbound.protection.outlook.com", ip="40.107.102.124",
        extra=(("Cc", addr("Terrence Boyd", "tboyd@chattahoocheerc.org")),)),
        mixed(alt(text(body), html(gmail_html(body))), att))


@make.mail(N(38), family="post_interview", lang="en", interview=False,
           company="Mobile Bay Arts Council",
           note="Thank-you after the 9 Oct interview; a second conversation is promised but no time is set")
def m38() -> bytes:
    body = t("""
        Hi Renata,

        Thank you for your time on Friday. Charles and I both came away impressed, especially with
        how you described closing out the state arts grant after the hurricane year.

        We'd like to bring you back for a second conversation with our executive committee. I'll
        send a calendar invitation once I've wrangled everyone's schedules.

        Have a good week,
        Lorraine

        Lorraine Dupree
        Executive Director, Mobile Bay Arts Council
        """)
    return message(head(
        addr("Lorraine Dupree", "ldupree@mobilebayarts.org"),
        "Thank you!",
        "2026-10-12 10:14", CT, "<CAM1x8Rt5hP+2nW7c4QkE9vJ3sY0bLd6@mail.gmail.com>",
        host="mail-ua1-f54.google.com", ip="209.85.222.54"),
        alt(text(body), html(gmail_html(body))))


@make.mail(N(39), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Dentist appointment confirmation with an ICS; a confirmed time, not an interview",
           days=(("Tue", "2026-10-13"),))
def m39() -> bytes:
    body = t("""
        Hi Renata,

        This is a reminder of your upcoming appointment at Capital City Family Dental.

        Tuesday, October 13, 2026 at 8:00 AM
        Dr. Sunita Rao - Periodic exam and cleaning
        1545 Metropolitan Blvd, Suite 3, Tallahassee, FL 32308

        Reply C to confirm or call (850) 386-2020 to reschedule. Please arrive 10 minutes early
        and bring your current insurance card.

        Capital City Family Dental
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weave//Appointment Reminders//EN
METHOD:PUBLISH
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:appt-2207781-ccfd@getweave.com
DTSTAMP:20261008T130000Z
DTSTART;TZID=America/New_York:20261013T080000
DTEND;TZID=America/New_York:20261013T090000
SUMMARY:Dental appointment - Capital City Family Dental
LOCATION:1545 Metropolitan Blvd\\, Suite 3\\, Tallahassee\\, FL 32308
END:VEVENT
END:VCALENDAR"""
    msg = mixed(alt(text(body), html(gmail_html(body))),
                calendar(ics, method="PUBLISH", cte="7bit", filename="appointment.ics",
                         disposition="attachment"))
    return message(head(
        "Capital City Family Dental <reminders@getweave.com>",
        "Appointment reminder: Tue, Oct 13 at 8:00 AM",
        "2026-10-08 09:00", ET, "<appt-2207781.1791464400@getweave.com>",
        host="mail-out.getweave.com", ip="54.208.31.77"), msg)


@make.mail(N(40), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Google Calendar invitation to a volunteer board meeting (community garden); not an interview",
           days=(("Mon", "2026-11-16"),))
def m40() -> bytes:
    body = t("""
        You have been invited to the following event.

        Frenchtown Community Garden - board meeting
        Monday Nov 16, 2026 ⋅ 6pm – 7:30pm
        Eastern Time - New York

        Agenda: winter plot fees, the seed library grant report (Renata?), spring workday.
        We'll meet in the back room at Tallahassee Coffee Co.

        Organizer
        Desmond Fairley
        desmond.fairley@example.com

        Guests
        Desmond Fairley - organizer
        renata.okafor@example.org
        jkowalski@example.com
        tina.bowers@example.com

        Reply for renata.okafor@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2Fwd3E0Ymsy&rst=1

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261116T230000Z
DTEND:20261117T003000Z
DTSTAMP:20261109T021411Z
ORGANIZER;CN=Desmond Fairley:mailto:desmond.fairley@example.com
UID:7apwq4bk2n8v1s0c9h3e6d5tfm@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=renata.okafor@example.org;X-NUM-GUESTS=0:mailto:renata.okafor@example.org
DESCRIPTION:Agenda: winter plot fees\\, the seed library grant report (Renata?)\\, spring workday.
LOCATION:Tallahassee Coffee Co.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Frenchtown Community Garden - board meeting
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    msg = mixed(alt(text(body), calendar(ics, method="REQUEST", cte="7bit")),
                calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                         filename="invite.ics", disposition="attachment", name_param=True))
    return message(head(
        addr("Desmond Fairley", "desmond.fairley@example.com"),
        "Invitation: Frenchtown Community Garden - board meeting @ Mon Nov 16, 2026 6pm - 7:30pm "
        "(EST) (renata.okafor@example.org)",
        "2026-11-08 21:14", ET, "<calendar-3e9a1c57-8b04-4d26-a5f7-0c2d4e6b8a19@google.com>",
        host="mail-sor-f41.google.com", ip="209.85.220.41",
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)), msg)


@make.mail(N(41), family="webinar", lang="en", interview=False, company=None,
           note="Zoom webinar registration (federal grants compliance training); a fixed time, not an interview",
           days=(("Wed", "2026-10-21"),))
def m41() -> bytes:
    body = t("""
        Hi Renata Okafor,

        Thank you for registering for "Navigating the 2024 Uniform Guidance Revisions: What
        Pass-Through Entities Need to Know".

        Please submit any questions to: training@sunshinenonprofits.org

        Date Time: Oct 21, 2026 02:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/86512093377?tk=Qm9WcF8xZ2Rh

        Passcode: 803311

        Add to calendar: https://us02web.zoom.us/webinar/tJ0sd-6rqD0u/ics

        You can cancel your registration at any time.

        Sunshine State Nonprofit Network
        """)
    return message(head(
        "Sunshine State Nonprofit Network <no-reply@zoom.us>",
        "Navigating the 2024 Uniform Guidance Revisions Confirmation",
        "2026-10-14 12:37", ET, "<KpQ3wZ8sT0uVfR2n@us02web.zoom.us>",
        host="mta-sg-2.zoom.us", ip="170.114.10.72",
        extra=(("Reply-To", "training@sunshinenonprofits.org"),)),
        alt(text(body), html(gmail_html(body))))


@make.mail(N(42), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Car service appointment confirmation; a fixed time, not an interview",
           days=(("Sat", "2026-10-24"),))
def m42() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <h2 style="color:#b71c1c">Your service appointment is confirmed</h2>
        <p>Hi Renata,</p>
        <p>We'll see you <b>Saturday, October 24 at 8:30 AM</b> at Seminole Auto Care, 2810 Apalachee Pkwy, Tallahassee.</p>
        <p><b>Vehicle:</b> 2019 Honda CR-V<br><b>Services:</b> 60,000-mile maintenance, tire rotation, check A/C</p>
        <p>Estimated time: about 2 hours. Shuttle service is available within 5 miles.</p>
        <p>Need to change your appointment? Call us at (850) 877-4410.</p>
        <p>Seminole Auto Care</p>
        </body></html>
        """)
    return message(head(
        "Seminole Auto Care <appointments@shopmonkey.io>",
        "Appointment confirmed - Sat 10/24 8:30 AM",
        "2026-10-19 17:44", ET, "<01000192a6b5e4f2-seminole-8830@shopmonkey.io>",
        host="a20-88.smtp-out.amazonses.com", ip="54.240.20.88"),
        html(page))


@make.mail(N(43), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="School parent-teacher conference sign-up confirmation; a confirmed slot, not an interview",
           days=(("Thu", "2026-11-12"),))
def m43() -> bytes:
    body = t("""
        Hello Renata Okafor,

        Thank you for signing up! This is a confirmation of your slot(s) for:

        Ms. Brightwell's 4th Grade - Fall Parent-Teacher Conferences
        Magnolia Park Elementary

        Thu 11/12/2026  4:15pm - 4:30pm  Conference for Jalen Okafor

        Location: Room 112. Please sign in at the front office.

        To change or cancel your sign up, go to:
        https://www.slotsignup.com/go/4th-grade-conferences#/

        Thanks,
        Adrienne Brightwell
        """)
    return message(head(
        "SlotSignup <no-reply@slotsignup.com>",
        "Confirmation: Fall Parent-Teacher Conferences",
        "2026-11-04 20:26", ET, "<20261105012600.8d3e1a.slotsignup@slotsignup.com>",
        host="mail-142.slotsignup.com", ip="192.237.158.142",
        extra=(("Reply-To", "abrightwell@example.com"),)),
        text(body, cte="7bit"))


@make.mail(N(44), family="assessment", lang="en", interview=False,
           company="Emerald Coast University",
           note="Workday task: writing exercise due by a deadline (Central); a deadline, not an interview",
           days=(("Tue", "2026-09-29"),))
def m44() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Renata Okafor,</p>
        <p>As the next step for <b>Sponsored Programs Officer (R0004182)</b>, the search committee asks you to complete a short writing exercise: a one-page budget justification for a sample NSF subaward.</p>
        <p>The exercise is available as a task in your <a href="https://wd5.myworkday.com/emeraldcoast/d/home.htmld">Candidate Home</a>. Please submit it by <b>Tuesday, September 29, 2026 at 5:00 PM Central Time</b>.</p>
        <p>Sincerely,<br>Emerald Coast University Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This is a system-generated message from Workday. Please do not reply.</p>
        </body></html>
        """)
    return message(head(
        "Emerald Coast University <emeraldcoast@myworkday.com>",
        "Action Required: Writing Exercise - Sponsored Programs Officer (R0004182)",
        "2026-09-25 08:40", CT, "<1482733110.91377.1790257200119@wd5-prod-mta03.myworkday.com>",
        host="wd5-prod-mta03.myworkday.com", ip="216.14.16.83"),
        html(page, cte="base64"))


@make.mail(N(45), family="one_way_video", lang="en", interview=False,
           company="Apalachee River Water Authority",
           note="HireVue on-demand (one-way) video interview with a 'complete by' deadline; no live meeting",
           days=(("Fri", "2026-10-16"),))
def m45() -> bytes:
    body = t("""
        Hi Renata,

        Apalachee River Water Authority has invited you to complete a video interview for the
        Grants Manager position.

        This is an on-demand interview: you'll record your answers to five questions whenever it
        suits you. Most candidates finish in about 25 minutes.

        Please complete your interview by Friday, October 16, 2026 at 11:59 PM ET.

        Start your interview: https://app.hirevue.com/interviews/arwa/Wp3kX7qL

        Tips: find a quiet spot, check your camera and microphone, and use the practice question
        before you begin.

        Good luck!
        Apalachee River Water Authority Human Resources
        """)
    return message(head(
        "Apalachee River Water Authority <noreply@hirevue.com>",
        "Video interview invitation: Grants Manager",
        "2026-10-12 10:03", ET, "<20261012140301.7Wp3kX7qL@mail.hirevue.com>",
        host="o7.email.hirevue.com", ip="167.89.64.7"),
        alt(text(body), html(gmail_html(body))))


@make.mail(N(46), family="travel", lang="en", interview=False, company=None,
           note="Airline itinerary for the Atlanta onsite (TLH-ATL on 9 Nov, return 10 Nov); travel "
                "times, not an interview",
           days=(("Mon", "2026-11-09"), ("Tue", "2026-11-10")))
def m46() -> bytes:
    body = t("""
        MAGNOLIA AIR - eTicket Itinerary and Receipt

        Confirmation number: KQ7TZM
        Passenger: RENATA OKAFOR

        Mon, Nov 9, 2026
        Flight 2241  Tallahassee, FL (TLH) 6:05 PM -> Atlanta, GA (ATL) 7:14 PM
        Seat 14C  Main Cabin

        Tue, Nov 10, 2026
        Flight 2256  Atlanta, GA (ATL) 5:40 PM -> Tallahassee, FL (TLH) 6:45 PM
        Seat 11A  Main Cabin

        Fare: $238.40 (paid by Visa ending 4417)

        Check in 24 hours before departure: https://www.magnoliaair.com/checkin
        All times are local.
        """)
    return message(head(
        "Magnolia Air <itinerary@e.magnoliaair.com>",
        "Your trip confirmation (TLH - ATL) KQ7TZM",
        "2026-11-04 13:11", ET, "<KQ7TZM.20261104181100@e.magnoliaair.com>",
        host="mta12.e.magnoliaair.com", ip="13.111.4.12"),
        text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(47), family="travel", lang="en", interview=False, company=None,
           note="Hotel reservation in Atlanta for the night before the onsite; check-in/out only",
           days=(("Mon", "2026-11-09"), ("Tue", "2026-11-10")))
def m47() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:14px;color:#2d2d2d">
        <h2>Your reservation is confirmed</h2>
        <p>Dear Ms. Okafor,</p>
        <p>Thank you for choosing the Fairlie-Poplar Inn. We look forward to welcoming you to downtown Atlanta.</p>
        <table cellpadding="4">
        <tr><td>Confirmation</td><td>88127403</td></tr>
        <tr><td>Check-in</td><td>Monday, November 9, 2026 (from 3:00 PM)</td></tr>
        <tr><td>Check-out</td><td>Tuesday, November 10, 2026 (by 12:00 PM)</td></tr>
        <tr><td>Room</td><td>1 King, city view</td></tr>
        <tr><td>Rate</td><td>$189.00 per night, plus tax (Peachtree Community Foundation corporate rate)</td></tr>
        </table>
        <p>Address: 71 Poplar Street NW, Atlanta, GA 30303 &middot; (404) 555-0192</p>
        </body></html>
        """)
    return message(head(
        "Fairlie-Poplar Inn <reservations@fairliepoplarinn.com>",
        "Reservation Confirmation #88127403",
        "2026-11-04 13:40", ET, "<88127403.conf@fairliepoplarinn.com>",
        host="smtp.fairliepoplarinn.com", ip="23.239.10.88"),
        html(page, charset="iso-8859-1"))


@make.mail(N(48), family="reference_check", lang="en", interview=False,
           company="Chattahoochee Regional Commission",
           note="Reference-check request after the final interview; a submission deadline, no interview",
           days=(("Fri", "2026-11-20"),))
def m48() -> bytes:
    body = t("""
        Hi Renata,

        Thanks again for coming up to Atlanta for the final round. We'd like to move ahead with
        references. Could you send me the names, titles, phone numbers and email addresses of
        three professional references, including at least one current or former supervisor, by
        Friday, November 20?

        We'll let each of them know to expect a short online questionnaire from our vendor,
        SkillSurvey, rather than a phone call.

        Thank you,

        Angela Moss
        Human Resources Director
        Chattahoochee Regional Commission
        """)
    return message(head(
        addr("Angela Moss", "amoss@chattahoocheerc.org"),
        "References - Grants Program Manager",
        "2026-11-16 09:58", ET, "<DM6PR04MB71207F2E1D0C9B8A7654F3E2A1C0@DM6PR04MB7120.namprd04.prod.outlook.com>",
        host="mail-dm6nam04on2124.outbound.protection.outlook.com", ip="40.107.102.124"),
        text(body))


@make.mail(N(49), family="rejection", lang="en", interview=False,
           company="Emerald Coast University",
           note="Workday status update after the 24 Sep interview: position filled")
def m49() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Renata Okafor,</p>
        <p>Thank you for your interest in the <b>Sponsored Programs Officer (R0004182)</b> position at Emerald Coast University and for the time you spent with our search committee.</p>
        <p>We wanted to let you know that the position has been filled. We encourage you to continue to review our openings and apply for any positions that match your experience.</p>
        <p>Sincerely,<br>Emerald Coast University Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This is a system-generated message from Workday. Please do not reply.</p>
        </body></html>
        """)
    return message(head(
        "Emerald Coast University <emeraldcoast@myworkday.com>",
        "Update on your application: Sponsored Programs Officer (R0004182)",
        "2026-10-20 15:12", CT, "<1482733110.99802.1792527120058@wd5-prod-mta03.myworkday.com>",
        host="wd5-prod-mta03.myworkday.com", ip="216.14.16.83"),
        html(page, cte="base64"))


@make.mail(N(50), family="job_referral", lang="en", interview=False, company=None,
           note="Mentor forwards a job posting as a message/rfc822 attachment; application deadline only",
           days=(("Fri", "2026-12-11"),))
def m50() -> bytes:
    inner_body = t("""
        Community Redevelopment Agency - City of Tallahassee area
        Position: Grants & Incentives Manager
        Salary: $79,000 - $92,000 DOQ
        Applications accepted through Friday, December 11, 2026.

        Manages federal and state grant applications, post-award compliance and incentive
        agreements for redevelopment projects. Five years of grants management experience
        required; CGMS or GPC preferred.

        Apply: https://capitalcra.example.com/jobs/grants-incentives-manager
        """)
    inner = message([
        ("From", "Capital Area CRA Jobs <jobs@capitalcra.example.com>"),
        ("To", "Gwen Adeyemi <gwen.adeyemi@example.com>"),
        ("Subject", "Job Posting: Grants & Incentives Manager"),
        ("Date", date("2026-11-18 09:00", ET)),
        ("Message-ID", "<posting-4471.20261118@capitalcra.example.com>"),
    ], text(inner_body, cte="7bit"))
    body = t("""
        Renata -

        This came across my desk this morning and I thought of you immediately. Their deputy
        director, Sam, used to be on my team at the Department and is a gem to work for. Happy to
        put in a word if you apply.

        Hope the search is going well!
        Gwen
        """)
    return message(head(
        addr("Gwen Adeyemi", "gwen.adeyemi@example.com"),
        "Fwd: Job Posting: Grants & Incentives Manager",
        "2026-11-18 12:31", ET, "<5E2A9C1B-7D4F-4A3E-B0C8-1F6D2E9A7B35@example.com>",
        host="mail-qk1-f178.google.com", ip="209.85.222.178",
        extra=(("X-Mailer", "iPhone Mail (22B91)"),)),
        mixed(text(body, cte="7bit"),
              attached_message(inner, filename="Job Posting Grants & Incentives Manager.eml")))
