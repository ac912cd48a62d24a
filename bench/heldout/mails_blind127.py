"""blind127: 50 hand-written mails from the inbox of Fraser McLeod, a platform reliability engineer
in Edinburgh (Europe/London; BST ends on Sunday 25 October 2026), September to December 2026.

Written blind (without reading the detector, its tests or the other held-out sets). Build and check:

    python3 bench/heldout/make_blind.py blind127

File numbers are a fixed shuffle of the writing order (keys 1-23 positives, 24-50 negatives).
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

ORDER = random.Random(1270127).sample(range(1, 51), 50)

ME = "fraser.mcleod@example.org"
TO = addr("Fraser McLeod", ME)
LDN = "Europe/London"
DUB = "Europe/Dublin"
MX = "mx.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    """File name of the mail written key-th."""
    return f"blind127_{ORDER[key - 1]:03d}"


def hdr(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = TO,
        rcv: str | None = None, ident: str = "4Qx7Lm2bZkz9", extra: tuple = ()) -> list:
    hs = []
    if rcv:
        hs.append(("Received", received(rcv, when, zone, f"{MX} {ident}", ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", mid), *extra]
    return hs


VTZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_DUBLIN = """BEGIN:VTIMEZONE
TZID:Europe/Dublin
X-LIC-LOCATION:Europe/Dublin
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:IST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-09-08 10:00", LDN), end=utc("2026-09-08 11:00", LDN),
      contact="ailsa.baird@saltirebank.co.uk", company="Saltire Bank",
      local="Tue 2026-09-08 10:00", local_end="2026-09-08 11:00", zone=LDN,
      note="Greenhouse confirmation; 'Tuesday, 8 September 2026, 10:00 - 11:00 BST' = 09:00-10:00Z; "
           "ICS in UTC agrees; contact = Reply-To recruiter")
def m1():
    body = t("""
        Hi Fraser,

        Thank you for taking the time to schedule your interview with Saltire Bank. Here are the
        details:

        Role: Platform Reliability Engineer (Payments Infrastructure)
        Interview: First stage - technical conversation
        Date: Tuesday, 8 September 2026
        Time: 10:00 - 11:00 BST
        Location: Microsoft Teams (link in the calendar invitation)

        Interviewers:
          Ewan Lindsay - Engineering Manager, Core Platforms
          Priti Shah - Senior SRE

        If you need to change anything, simply reply to this email and it will reach Ailsa.

        Kind regards,
        Ailsa Baird
        Talent Acquisition, Saltire Bank

        --
        Powered by Greenhouse
        """)
    h = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Fraser,</p>
        <p>Thank you for taking the time to schedule your interview with Saltire Bank. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Role</b></td><td>Platform Reliability Engineer (Payments Infrastructure)</td></tr>
        <tr><td><b>Interview</b></td><td>First stage &ndash; technical conversation</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, 8 September 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 &ndash; 11:00 BST</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams (link in the calendar invitation)</td></tr>
        </table>
        <p>Interviewers:<br>Ewan Lindsay &ndash; Engineering Manager, Core Platforms<br>Priti Shah &ndash; Senior SRE</p>
        <p>If you need to change anything, simply reply to this email and it will reach Ailsa.</p>
        <p>Kind regards,<br>Ailsa Baird<br>Talent Acquisition, Saltire Bank</p>
        <p style="color:#888;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-77104223-saltirebank@greenhouse.io
        DTSTAMP:20260903T131211Z
        DTSTART:20260908T090000Z
        DTEND:20260908T100000Z
        SUMMARY:Interview: Fraser McLeod - Platform Reliability Engineer (Saltire Bank)
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Ailsa Baird:mailto:ailsa.baird@saltirebank.co.uk
        ATTENDEE;CN=Fraser McLeod;RSVP=TRUE:mailto:fraser.mcleod@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Saltire Bank", "no-reply@greenhouse.io"),
             "Interview confirmation: Platform Reliability Engineer at Saltire Bank",
             "2026-09-03 14:12:11", LDN, "<0100018e2b7c.gh.77104223@sendgrid.greenhouse.io>",
             rcv="from o1.sg.greenhouse.io (o1.sg.greenhouse.io [167.89.12.40])",
             extra=(("Reply-To", addr("Ailsa Baird", "ailsa.baird@saltirebank.co.uk")),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(2), family="lever", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-17 09:00", "America/Los_Angeles"), end=utc("2026-09-17 09:45", "America/Los_Angeles"),
      contact="dana.whitfield@cobaltline.io", company="Cobaltline",
      local="Thu 2026-09-17 09:00", local_end="2026-09-17 09:45", zone="America/Los_Angeles",
      note="Lever confirmation from a San Francisco firm; '9:00am - 9:45am PDT' = 16:00-16:45Z "
           "(5pm BST, stated in the mail); contact = Reply-To recruiter")
def m2():
    body = t("""
        Hi Fraser,

        You're all set! Your interview with Cobaltline has been confirmed.

        Video call with Marcus Feld (Staff SRE)
        Thursday, September 17th
        9:00am - 9:45am PDT (America/Los_Angeles)
        That's 5:00pm - 5:45pm in Edinburgh.

        Join with Google Meet: https://meet.google.com/qhv-ytrn-kpa

        Need to reschedule? Just reply to this email and Dana will sort it out.

        Cheers,
        Dana Whitfield
        Technical Recruiter | Cobaltline

        Sent via Lever
        """)
    h = t("""
        <div style="max-width:560px;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <p>Hi Fraser,</p>
        <p>You&#39;re all set! Your interview with <strong>Cobaltline</strong> has been confirmed.</p>
        <div style="border:1px solid #e3e3e3;border-radius:6px;padding:12px">
        <div style="font-weight:600">Video call with Marcus Feld (Staff SRE)</div>
        <div>Thursday, September 17th</div>
        <div>9:00am &ndash; 9:45am PDT (America/Los_Angeles)</div>
        <div style="color:#777">That&#39;s 5:00pm &ndash; 5:45pm in Edinburgh.</div>
        <div><a href="https://meet.google.com/qhv-ytrn-kpa">Join with Google Meet</a></div>
        </div>
        <p>Need to reschedule? Just reply to this email and Dana will sort it out.</p>
        <p>Cheers,<br>Dana Whitfield<br>Technical Recruiter | Cobaltline</p>
        <p style="font-size:11px;color:#999">Sent via Lever</p>
        </div>
        """)
    hs = hdr(addr("Cobaltline", "no-reply@hire.lever.co"), "Your interview with Cobaltline is confirmed",
             "2026-09-08 16:40:02", "America/Los_Angeles", "<lever.8f3e21a0-5c44-4d1c-9b1e-7c02f9a1d6e3@hire.lever.co>",
             rcv="from mail-a.hire.lever.co (mail-a.hire.lever.co [52.27.118.9])",
             extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@cobaltline.io")),))
    return message(hs, alt(text(body, cte="7bit"), html(h)))


@mail(n(3), family="human_prose", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-09-24 14:00", LDN), contact="gordon.ritchie@northlight-energy.co.uk",
      company="Northlight Energy", local="Thu 2026-09-24 14:00", zone=LDN,
      note="Phone-written reply from the Aberdeen hiring manager: 'Thursday at 2pm' resolved against the "
           "Date (Mon 21 Sep) = Thu 24 Sep 14:00 BST = 13:00Z; 'should be about an hour' is approximate "
           "so end null; contact = human sender")
def m3():
    body = t("""
        Hi Fraser

        Thursday at 2pm is perfect, thats you confirmed. Come to reception at our Altens office (Hareness
        Rd) and ask for me, bring some photo ID for the security pass. Should be about an hour, me and
        Anna from the ops team, nothing too formal - mostly a chat through your on-call experience and the
        SCADA monitoring stuff.

        Safe trip up the road

        Gordon

        Sent from my iPhone

        > On 20 Sep 2026, at 19:02, Fraser McLeod <fraser.mcleod@example.org> wrote:
        >
        > Hi Gordon,
        >
        > Thanks for getting back to me so quickly. Thursday afternoon works well for me, I can get the
        > train up in the morning. Would 2pm suit?
        >
        > Best wishes,
        > Fraser
        """)
    hs = hdr(addr("Gordon Ritchie", "gordon.ritchie@northlight-energy.co.uk"), "Re: Reliability Engineer role - next steps",
             "2026-09-21 08:47:30", LDN, "<7C1E2D0A-55B3-4F7E-9A41-1B7E0F3C2D19@northlight-energy.co.uk>",
             rcv="from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2101.outbound.protection.outlook.com [40.107.105.101])",
             extra=(("In-Reply-To", "<CAF3x9kR2mQ@mail.example.org>"), ("References", "<CAF3x9kR2mQ@mail.example.org>"),
                    ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(n(4), family="exchange_outlook", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-10-27 11:00", LDN), end=utc("2026-10-27 12:00", LDN),
      contact="morag.sinclair@glenmorach.com", company="Glenmorach Distillers",
      local="Tue 2026-10-27 11:00", local_end="2026-10-27 12:00", zone=LDN,
      note="Exchange meeting request with the time only in the ICS (TZID 'GMT Standard Time'); sent in BST "
           "(22 Oct) for Tue 27 Oct, two days after the clocks go back, so 11:00 GMT = 11:00Z; "
           "contact = human ORGANIZER/sender")
def m4():
    body = t("""
        Hi Fraser,

        As discussed on the phone, here is the invite for the technical interview with Iain Muir (Head of
        Infrastructure) and me. We'll walk through a couple of incidents from our bottling-hall systems
        and talk about how you'd approach observability across the sites.

        Any problems, just give me a shout.

        Morag

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk2@thread.v2/0>
        Meeting ID: 371 552 908 114
        Passcode: r7Kp2V
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Morag Sinclair:mailto:morag.sinclair@glenmorach.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fraser McLeod:mailto:fraser.mcleod@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Iain Muir:mailto:iain.muir@glenmorach.com
        DESCRIPTION;LANGUAGE=en-GB:Hi Fraser\\,\\n\\nAs discussed on the phone\\, here is the invite for the technical interview with Iain Muir and me.\\n
        UID:040000008200E00074C5B7101A82E00800000000B03E5A2C6E62DD01000000000000000010000000A4C1F0B9D77E3B4C9C0E2F0A17B6E3D1
        SUMMARY;LANGUAGE=en-GB:Technical interview - Platform Reliability Engineer (Fraser McLeod)
        DTSTART;TZID=GMT Standard Time:20261027T110000
        DTEND;TZID=GMT Standard Time:20261027T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T081500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2117764913
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
        END:VCALENDAR
        """)
    hs = hdr(addr("Morag Sinclair", "morag.sinclair@glenmorach.com"),
             "Technical interview - Platform Reliability Engineer (Fraser McLeod)",
             "2026-10-22 09:15:00", LDN, "<LO2P265MB3897A1C0E4D2B9F5E3A6B1C7D8E9@LO2P265MB3897.GBRP265.PROD.OUTLOOK.COM>",
             rcv="from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2119.outbound.protection.outlook.com [40.107.10.119])",
             extra=(("Thread-Topic", "Technical interview - Platform Reliability Engineer (Fraser McLeod)"),
                    ("Thread-Index", "AdtkM2f1c0ZkRk2pQ8y0Jm1l7bX9aQ=="), ("Content-Language", "en-GB"),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    hb = "<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" + \
        body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div></body></html>\n"
    return message(hs, alt(text(body), html(hb), calendar(ics, cte="base64")))


@mail(n(5), family="ashby", lang="en-IE", interview=True, kind="scheduled",
      start=utc("2026-10-07 15:30", DUB), end=utc("2026-10-07 16:30", DUB),
      contact="niamh.oconnor@liffeypay.ie", company="Liffeypay",
      local="Wed 2026-10-07 15:30", local_end="2026-10-07 16:30", zone=DUB,
      note="Ashby confirmation from a Dublin fintech: '3:30 PM - 4:30 PM IST' where IST is Irish Standard "
           "Time (UTC+1 in summer), not India; ICS TZID Europe/Dublin agrees: 14:30-15:30Z; contact = Reply-To")
def m5():
    body = t("""
        Hi Fraser,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, October 7, 2026, 3:30 PM - 4:30 PM IST
        Google Meet - meet.google.com/xbe-rnou-fgd

        You'll meet with:
          Cian Brennan - Engineering Lead, Platform
          Aoife Gallagher - Senior Site Reliability Engineer

        Questions? Just reply and it will reach Niamh O'Connor.

        Thanks,
        Liffeypay Talent Team
        """)
    h = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Fraser,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Wednesday, October 7, 2026, 3:30 PM &ndash; 4:30 PM IST</b><br>
        Google Meet &ndash; <a href="https://meet.google.com/xbe-rnou-fgd">meet.google.com/xbe-rnou-fgd</a></p>
        <p>You&#x27;ll meet with:<br>Cian Brennan &mdash; Engineering Lead, Platform<br>Aoife Gallagher &mdash; Senior Site Reliability Engineer</p>
        <p>Questions? Just reply and it will reach Niamh O&#x27;Connor.</p>
        <p>Thanks,<br>Liffeypay Talent Team</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_DUBLIN + "\n" + t("""
        BEGIN:VEVENT
        UID:5c1d9e07-3b8a-4f52-a6d1-0e9b7f24c813
        DTSTAMP:20261002T100511Z
        DTSTART;TZID=Europe/Dublin:20261007T153000
        DTEND;TZID=Europe/Dublin:20261007T163000
        SEQUENCE:0
        SUMMARY:Liffeypay - Site Reliability Engineer Interview
        LOCATION:https://meet.google.com/xbe-rnou-fgd
        ORGANIZER;CN=Niamh O'Connor:mailto:niamh.oconnor@liffeypay.ie
        ATTENDEE;CN=Fraser McLeod;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:fraser.mcleod@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Liffeypay", "no-reply@ashbyhq.com"), "Interview confirmed: Site Reliability Engineer at Liffeypay",
             "2026-10-02 11:05:11", DUB, "<010201929a1e4b3f-6d2c8e11-4a7b-4c3e-9d10-2f5e7a9b1c44-000000@eu-west-1.amazonses.com>",
             rcv="from a27-12.smtp-out.eu-west-1.amazonses.com (a27-12.smtp-out.eu-west-1.amazonses.com [54.240.27.12])",
             extra=(("Reply-To", addr("Niamh O'Connor", "niamh.oconnor@liffeypay.ie")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(h, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(n(6), family="workday", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:30", LDN), end=utc("2026-11-02 10:30", LDN),
      contact="hamish.crawford@forthclyde.co.uk", company="Forth & Clyde Banking Group",
      local="Mon 2026-11-02 09:30", local_end="2026-11-02 10:30", zone=LDN,
      note="Workday interview notification with a UK-format date '02/11/2026' (2 November, not 11 February); "
           "09:30 - 10:30 GMT, after BST ended, = 09:30-10:30Z; contact = talent partner named in the body")
def m6():
    body = t("""
        Dear Fraser,

        Thank you for your interest in the Senior Platform Reliability Engineer position (R-0048213) at
        Forth & Clyde Banking Group.

        We are pleased to confirm the following interview:

        Interview Type: Competency-based interview (Stage 2)
        Date: 02/11/2026
        Time: 09:30 - 10:30 (GMT) Europe/London
        Location: 1 Lochrin Square, Fountainbridge, Edinburgh EH3 9QA - please report to the ground floor
        reception 10 minutes before your start time.
        Panel: Gillian Stewart (Head of Service Reliability), Omar Haddad (Principal Engineer)

        Should you require any adjustments, or have any questions about your interview, please contact
        Hamish Crawford, Talent Acquisition Partner, at hamish.crawford@forthclyde.co.uk.

        You can view your application at any time by signing in to our careers site.

        Kind regards,
        Talent Acquisition
        Forth & Clyde Banking Group

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    h = "<html><body><div style=\"font-family:Arial;font-size:10pt\">" + \
        body.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>") + "</div></body></html>\n"
    hs = hdr(addr("Forth & Clyde Banking Group", "forthclyde@myworkday.com"),
             "Interview Confirmation - Senior Platform Reliability Engineer (R-0048213)",
             "2026-10-27 10:02:44", LDN, "<1861249102.2281447.1793008964000@wd5-prod-mail.myworkday.com>",
             rcv="from wd5-prod-smtp.myworkday.com (wd5-prod-smtp.myworkday.com [216.133.222.70])")
    return message(hs, alt(text(body), html(h)))


@mail(n(7), family="calendly", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-10-16 16:00", LDN), end=utc("2026-10-16 16:30", LDN),
      contact="tom@stravaig.tech", company="Stravaig Technologies",
      local="Fri 2026-10-16 16:00", local_end="2026-10-16 16:30", zone=LDN,
      note="Calendly invitee confirmation for a technical screen booked with the hiring manager; "
           "'16:00 - 16:30, Friday, 16 October 2026 (United Kingdom Time)' = 15:00-15:30Z; contact = Reply-To host")
def m7():
    body = t("""
        Hi Fraser McLeod,

        A new event has been scheduled.

        Event Type:
        Technical screen - Platform Reliability (30 min)

        Invitee:
        Fraser McLeod

        Invitee Email:
        fraser.mcleod@example.org

        Event Date/Time:
        16:00 - 16:30, Friday, 16 October 2026 (United Kingdom Time)

        Location:
        This is a Google Meet web conference. Join now: https://meet.google.com/ucz-pdke-wmv

        Questions:
        Anything you'd like us to know beforehand?
        I've been running a k8s platform on bare metal for 4 years - happy to go deep on that.

        View event in Calendly: https://calendly.com/events/3f1b9a77-2c8e/google_meet

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3f1b9a77-2c8e
        Reschedule: https://calendly.com/reschedulings/3f1b9a77-2c8e

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:3f1b9a77-2c8e-4e6a-b0d5-91a2c7e4f830@calendly.com
        DTSTAMP:20261012T193102Z
        DTSTART:20261016T150000Z
        DTEND:20261016T153000Z
        SUMMARY:Technical screen - Platform Reliability between Tom Kerr and Fraser McLeod
        ORGANIZER;CN=Tom Kerr:mailto:tom@stravaig.tech
        ATTENDEE;CN=Fraser McLeod;PARTSTAT=ACCEPTED:mailto:fraser.mcleod@example.org
        LOCATION:https://meet.google.com/ucz-pdke-wmv
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Calendly", "notifications@calendly.com"),
             "Confirmed: Technical screen - Platform Reliability with Tom Kerr on Friday, 16 October 2026",
             "2026-10-12 20:31:02", LDN, "<20261012193102.1.A7C2E9F14B@calendly.com>",
             rcv="from o7.email.calendly.com (o7.email.calendly.com [167.89.101.7])",
             extra=(("Reply-To", addr("Tom Kerr", "tom@stravaig.tech")),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(8), family="google_calendar", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-11-03 14:00", LDN), end=utc("2026-11-03 15:00", LDN),
      contact="eilidh.grant@clydeworks.co.uk", company="Clydeworks Robotics",
      local="Tue 2026-11-03 14:00", local_end="2026-11-03 15:00", zone=LDN,
      note="Google Calendar invitation: 'Tue 3 Nov 2026 14:00 - 15:00 (GMT)' = 14:00-15:00Z; ICS TZID "
           "Europe/London agrees; contact = organiser")
def m8():
    body = t("""
        You have been invited to the following event.

        Fraser McLeod / Clydeworks - onsite interview (platform team)
        Tuesday 3 Nov 2026 ⋅ 14:00 – 15:00 (Greenwich Mean Time)

        Clydeworks Robotics, 2nd floor, 40 Finnieston Street, Glasgow G3 8JU

        Hi Fraser - looking forward to Tuesday. You'll meet Struan and Mei from the platform team; we'll
        finish with a quick look round the test floor. Buzz "Clydeworks" at the door.

        Organiser
        Eilidh Grant - eilidh.grant@clydeworks.co.uk

        Guests
        Eilidh Grant - organiser
        Struan Byers
        Mei Tanaka
        fraser.mcleod@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N2h0Y2c4

        Reply for fraser.mcleod@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=N2h0Y2c4&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=N2h0Y2c4&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=N2h0Y2c4&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_LONDON + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/London:20261103T140000
        DTEND;TZID=Europe/London:20261103T150000
        DTSTAMP:20261029T152011Z
        ORGANIZER;CN=Eilidh Grant:mailto:eilidh.grant@clydeworks.co.uk
        UID:7htcg8s1v0q2k3m4n5p6r7s8t9@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fraser.mcleod@example.org;X-NUM-GUESTS=0:mailto:fraser.mcleod@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Eilidh Grant;X-NUM-GUESTS=0:mailto:eilidh.grant@clydeworks.co.uk
        CREATED:20261029T152003Z
        DESCRIPTION:Hi Fraser - looking forward to Tuesday. You'll meet Struan and Mei from the platform team.
        LAST-MODIFIED:20261029T152011Z
        LOCATION:Clydeworks Robotics\\, 2nd floor\\, 40 Finnieston Street\\, Glasgow G3 8JU
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Fraser McLeod / Clydeworks - onsite interview (platform team)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Eilidh Grant", "eilidh.grant@clydeworks.co.uk"),
             "Invitation: Fraser McLeod / Clydeworks - onsite interview (platform team) @ Tue 3 Nov 2026 "
             "14:00 - 15:00 (GMT) (fraser.mcleod@example.org)",
             "2026-10-29 15:20:11", LDN, "<calendar-5b0e2d71-9c4f-4a86-8e13-6f2a0d9c7b41@google.com>",
             rcv="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", "eilidh.grant@clydeworks.co.uk")))
    hb = gmail_html(body)
    return message(hs, mixed(alt(text(body, cte="quoted-printable", params="format=flowed; delsp=yes"), html(hb),
                                 calendar(ics, cte="7bit")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(9), family="greenhouse", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-29 12:00", "America/New_York"), end=utc("2026-10-29 13:00", "America/New_York"),
      contact="megan.liu@brightwateranalytics.com", company="Brightwater Analytics",
      local="Thu 2026-10-29 12:00", local_end="2026-10-29 13:00", zone="America/New_York",
      note="Greenhouse reschedule from a Boston firm: old Wed 28 Oct 11:00 EDT, new Thu 29 Oct 12:00-1:00 PM "
           "EDT = 16:00-17:00Z; the UK is already on GMT (25 Oct) but the US keeps EDT until 1 Nov, so "
           "the gap is 4 hours ('4:00 PM GMT' stated); ICS in UTC agrees; contact = Reply-To")
def m9():
    body = t("""
        Hi Fraser,

        Your interview for Site Reliability Engineer II at Brightwater Analytics has been rescheduled.

        Previously: Wednesday, October 28, 2026 11:00 AM - 12:00 PM EDT
        New time:   Thursday, October 29, 2026 12:00 PM - 1:00 PM EDT
                    (4:00 PM - 5:00 PM GMT)

        Interviewers: Rafael Ortega (Infrastructure Lead), Kim Sato (SRE)
        Zoom: https://brightwater.zoom.us/j/84120557310?pwd=bTZqRkVX

        Sorry for the shuffle - Rafael was pulled into an on-site on Wednesday. If the new time doesn't
        work, reply here and I'll find another.

        Best,
        Megan Liu
        Recruiting Coordinator, Brightwater Analytics
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-90331874-brightwater@greenhouse.io
        DTSTAMP:20261026T131244Z
        DTSTART:20261029T160000Z
        DTEND:20261029T170000Z
        SEQUENCE:1
        SUMMARY:Interview: Fraser McLeod - Site Reliability Engineer II (Brightwater Analytics)
        LOCATION:https://brightwater.zoom.us/j/84120557310
        ORGANIZER;CN=Megan Liu:mailto:megan.liu@brightwateranalytics.com
        ATTENDEE;CN=Fraser McLeod;RSVP=TRUE:mailto:fraser.mcleod@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Brightwater Analytics", "no-reply@greenhouse.io"),
             "Updated interview time: Site Reliability Engineer II at Brightwater Analytics",
             "2026-10-26 09:12:44", "America/New_York", "<0100018f6a2c.gh.90331874@sendgrid.greenhouse.io>",
             rcv="from o2.sg.greenhouse.io (o2.sg.greenhouse.io [167.89.12.41])",
             extra=(("Reply-To", addr("Megan Liu", "megan.liu@brightwateranalytics.com")),))
    return message(hs, mixed(text(body), calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(10), family="smartrecruiters", lang="en-GB", interview=True, kind="cancelled",
      start=utc("2026-11-12 10:00", LDN), end=utc("2026-11-12 11:00", LDN),
      contact="calum.innes@deesubsea.com", company="Dee Subsea Systems",
      local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone=LDN,
      note="SmartRecruiters cancellation, no new time; cancelled slot 12 Nov 2026 10:00 - 11:00 (GMT) = "
           "10:00-11:00Z; ICS METHOD:CANCEL; contact = recruiter address in the body")
def m10():
    body = t("""
        Dear Fraser,

        Unfortunately we have had to cancel the following interview:

        Position: Reliability Engineer - Subsea Control Systems (Aberdeen)
        Date: 12 Nov 2026
        Time: 10:00 - 11:00 (GMT)
        Location: Dee Subsea Systems, Wellington Circle, Altens, Aberdeen

        We apologise for any inconvenience. Your recruiter, Calum Innes (calum.innes@deesubsea.com), will be
        in touch to discuss next steps.

        Best regards,
        Dee Subsea Systems Recruitment Team

        This message was sent via SmartRecruiters. Please do not reply to this email.
        """)
    h = t("""
        <html><body style="background:#f4f5f7;margin:0">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:24px">
        <p>Dear Fraser,</p>
        <p>Unfortunately we have had to cancel the following interview:</p>
        <p><b>Position:</b> Reliability Engineer &ndash; Subsea Control Systems (Aberdeen)<br>
        <b>Date:</b> 12 Nov 2026<br><b>Time:</b> 10:00 &ndash; 11:00 (GMT)<br>
        <b>Location:</b> Dee Subsea Systems, Wellington Circle, Altens, Aberdeen</p>
        <p>We apologise for any inconvenience. Your recruiter, Calum Innes
        (<a href="mailto:calum.innes@deesubsea.com">calum.innes@deesubsea.com</a>), will be in touch to discuss next steps.</p>
        <p>Best regards,<br>Dee Subsea Systems Recruitment Team</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#999">This message was sent via SmartRecruiters. Please do not reply to this email.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduling//EN
        VERSION:2.0
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:sr-int-6f0a2b91-77d3-41c0-b8e2-1c9d45e0a3f7
        DTSTAMP:20261109T160512Z
        DTSTART:20261112T100000Z
        DTEND:20261112T110000Z
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:CANCELLED: Interview - Reliability Engineer - Subsea Control Systems
        ORGANIZER;CN=Dee Subsea Systems:mailto:noreply@smartrecruiters.com
        ATTENDEE;CN=Fraser McLeod:mailto:fraser.mcleod@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Dee Subsea Systems", "noreply@smartrecruiters.com"),
             "Interview cancelled: Reliability Engineer - Subsea Control Systems",
             "2026-11-09 16:05:12", LDN, "<sr.3a9e1c0f-8b7d-4e22-a1f6-0d2c5b9e7a14@smartrecruiters.com>",
             rcv="from mta-202.smartrecruiters.com (mta-202.smartrecruiters.com [185.111.88.202])")
    return message(hs, mixed(alt(text(body), html(h)), calendar(ics, method="CANCEL", filename="cancel.ics",
                                                                disposition="attachment", cte="base64")))


@mail(n(11), family="personio", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-11-16 13:00", LDN), end=utc("2026-11-16 13:45", LDN),
      contact="rhona.duff@kelpiegames.co.uk", company="Kelpie Games",
      local="Mon 2026-11-16 13:00", local_end="2026-11-16 13:45", zone=LDN,
      note="Personio invitation with an all-day ICS (DTSTART;VALUE=DATE:20261116); the time is only in the "
           "text: 'starts at 13:00 (UK time) and will last 45 minutes' = 13:00-13:45Z (GMT); "
           "contact = Reply-To recruiter")
def m11():
    body = t("""
        Hi Fraser,

        thank you for your application as Live Ops Infrastructure Engineer at Kelpie Games!

        We are happy to invite you to an interview on Monday, 16.11.2026. The interview starts at 13:00
        (UK time) and will last 45 minutes. It will take place at our studio:

        Kelpie Games Ltd
        Seabraes Yards, 2nd floor
        Perth Road, Dundee DD1 4LN

        You will meet Rhona Duff (People & Culture) and Jamie Paterson (Lead Backend Engineer). Please add
        the attached date to your calendar.

        If you have any questions, just reply to this email.

        Best wishes
        Rhona Duff
        People & Culture | Kelpie Games
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:personio-recruiting-4417729-interview@personio.de
        DTSTAMP:20261110T113000Z
        DTSTART;VALUE=DATE:20261116
        DTEND;VALUE=DATE:20261117
        SUMMARY:Interview Kelpie Games - Live Ops Infrastructure Engineer
        LOCATION:Seabraes Yards\\, Perth Road\\, Dundee DD1 4LN
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Kelpie Games", "no-reply@personio.de"),
             "Invitation to interview - Live Ops Infrastructure Engineer",
             "2026-11-10 11:30:00", LDN, "<20261110113000.4417729.recruiting@mail.personio.de>",
             rcv="from mail-eu1.personio.de (mail-eu1.personio.de [3.122.90.14])",
             extra=(("Reply-To", addr("Rhona Duff", "rhona.duff@kelpiegames.co.uk")),))
    return message(hs, mixed(text(body, charset="iso-8859-15", cte="quoted-printable"),
                             calendar(ics, method="PUBLISH", filename="interview.ics", disposition="attachment")))


@mail(n(12), family="teamtailor", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-12-03 10:30", LDN), end=utc("2026-12-03 11:30", LDN),
      contact="lewis.baxter@skerry.io", company="Skerry Software",
      local="Thu 2026-12-03 10:30", local_end="2026-12-03 11:30", zone=LDN,
      note="Teamtailor, HTML only in base64: 'Thursday 3 December 2026, 10:30 - 11:30 (GMT)' = 10:30-11:30Z; "
           "Reply-To is a Teamtailor relay address, so contact = the interviewer's address in the body")
def m12():
    h = t("""
        <!doctype html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style>.btn{background:#0b3d3a;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none}</style></head>
        <body style="margin:0;background:#f7f7f5">
        <div style="max-width:580px;margin:0 auto;background:#ffffff;padding:32px;font-family:'Inter',Arial,sans-serif;color:#1f2933">
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/skerry.png" alt="Skerry Software" height="32">
        <h2 style="font-weight:600">Your interview is booked</h2>
        <p>Hi Fraser,</p>
        <p>Great news &mdash; your interview for <b>Platform Engineer (Reliability)</b> is booked.</p>
        <table style="font-size:15px">
        <tr><td style="color:#6b7280;padding-right:12px">When</td><td>Thursday 3 December 2026, 10:30&nbsp;&ndash;&nbsp;11:30 (GMT)</td></tr>
        <tr><td style="color:#6b7280;padding-right:12px">Where</td><td>Skerry Software, 5th floor, 180 St Vincent Street, Glasgow</td></tr>
        <tr><td style="color:#6b7280;padding-right:12px">With</td><td>Lewis Baxter, Engineering Manager (<a href="mailto:lewis.baxter@skerry.io">lewis.baxter@skerry.io</a>)</td></tr>
        </table>
        <p style="margin-top:24px"><a class="btn" href="https://skerry.teamtailor.com/meetings/8b21f7/ics">Add to calendar</a></p>
        <p>Looking forward to meeting you!</p>
        <p>Skerry Software</p>
        <hr style="border:none;border-top:1px solid #e5e7eb">
        <p style="font-size:11px;color:#9ca3af">Sent with Teamtailor &middot; <a href="https://skerry.teamtailor.com/connect/privacy">Privacy</a></p>
        </div></body></html>
        """)
    hs = hdr(addr("Skerry Software", "no-reply@teamtailor-mail.com"),
             "Interview booked: Platform Engineer (Reliability)",
             "2026-11-27 14:00:03", LDN, "<6560ac7b9e2f1_3a7c2d5b1e@teamtailor-mail.com>",
             rcv="from mail-190.teamtailor-mail.com (mail-190.teamtailor-mail.com [159.135.228.190])",
             extra=(("Reply-To", "skerry-software+c7f3e2a9@inbound.teamtailor-mail.com"),))
    return message(hs, html(h, cte="base64"))


@mail(n(13), family="workable", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-09-30 11:00", LDN), end=utc("2026-09-30 11:45", LDN),
      contact="shona@ptarmiganhealth.co.uk", company="Ptarmigan Health",
      local="Wed 2026-09-30 11:00", local_end="2026-09-30 11:45", zone=LDN,
      note="Workable interview confirmation: 'Wednesday, 30 September at 11:00 BST ... for 45 minutes' = "
           "10:00-10:45Z; Reply-To is the Workable relay (+...@candidates.workablemail.com), so contact = "
           "the address written in the body")
def m13():
    body = t("""
        Hi Fraser,

        Thanks for booking a time with us. Your video interview for the DevOps / Reliability Engineer
        position at Ptarmigan Health is confirmed for Wednesday, 30 September at 11:00 BST, for 45
        minutes.

        You'll be talking to Shona Morrison (CTO) and Will Adair (Senior Engineer). We'll use Google Meet:
        https://meet.google.com/opr-hhea-qsz

        If anything comes up, email Shona directly at shona@ptarmiganhealth.co.uk.

        All the best,
        The Ptarmigan Health hiring team

        --
        Ptarmigan Health Ltd, Quartermile Two, 2 Lister Square, Edinburgh EH3 9GL
        Powered by Workable
        """)
    h = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#242424">
        <p>Hi Fraser,</p>
        <p>Thanks for booking a time with us. Your video interview for the DevOps / Reliability Engineer
        position at Ptarmigan Health is confirmed for <strong>Wednesday, 30 September at 11:00 BST</strong>,
        for 45 minutes.</p>
        <p>You’ll be talking to Shona Morrison (CTO) and Will Adair (Senior Engineer). We’ll use Google Meet:
        <a href="https://meet.google.com/opr-hhea-qsz">https://meet.google.com/opr-hhea-qsz</a></p>
        <p>If anything comes up, email Shona directly at
        <a href="mailto:shona@ptarmiganhealth.co.uk">shona@ptarmiganhealth.co.uk</a>.</p>
        <p>All the best,<br>The Ptarmigan Health hiring team</p>
        <p style="color:#999;font-size:11px">Ptarmigan Health Ltd, Quartermile Two, 2 Lister Square, Edinburgh EH3 9GL<br>Powered by Workable</p>
        </div>
        """)
    hs = hdr(addr("Ptarmigan Health", "noreply@candidates.workablemail.com"),
             "Your interview with Ptarmigan Health",
             "2026-09-24 13:15:40", LDN, "<wk.5d2a91c7e04b3f68.1790252140@workablemail.com>",
             rcv="from mail3.workablemail.com (mail3.workablemail.com [198.2.180.43])",
             extra=(("Reply-To", "ptarmigan-health+a8f2c1d7e9@candidates.workablemail.com"),))
    return message(hs, alt(text(body, charset="windows-1252"), html(h, charset="windows-1252")))


@mail(n(14), family="microsoft_bookings", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-10-13 14:00", LDN), end=utc("2026-10-13 15:00", LDN),
      contact="catriona.wallace@lothian.ac.uk", company="University of Lothian",
      local="Tue 2026-10-13 14:00", local_end="2026-10-13 15:00", zone=LDN,
      note="Microsoft Bookings from the university's shared recruitment mailbox; the body's zone label "
           "'(UTC+00:00) Dublin, Edinburgh, Lisbon, London' shows the standard offset but 13 Oct is BST, "
           "so 14:00 = 13:00Z, as the ICS (GMT Standard Time) says; contact = the panel chair named in the "
           "body (the sender is a Bookings mailbox)")
def m14():
    body = t("""
        Your booking is confirmed

        Information Services - Staff Recruitment Interviews

        Service: Interview - Senior Systems Reliability Engineer (Ref 014512)
        Date and time: Tuesday, 13 October 2026 14:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London
        Duration: 1 hour
        Location: Argyle House, Room 3.12, 3 Lady Lawson Street, Edinburgh EH3 9DR

        Staff: Dr Catriona Wallace

        Additional information:
        Panel: Dr Catriona Wallace (Head of Research Computing, chair), Neil Ogilvie (Service Owner,
        HPC). Please bring a short (10 minute) presentation on 'Improving the reliability of a shared
        research compute service'. If you have questions about the interview, please contact the chair,
        catriona.wallace@lothian.ac.uk.

        Need to make changes? Manage booking:
        https://outlook.office365.com/owa/calendar/ISRecruitment@lothian.ac.uk/bookings/manage/9f2c
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Information Services - Staff Recruitment Interviews:mailto:ISRecruitment@lothian.ac.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fraser McLeod:mailto:fraser.mcleod@example.org
        SUMMARY;LANGUAGE=en-GB:Interview - Senior Systems Reliability Engineer (Ref 014512)
        DTSTART;TZID=GMT Standard Time:20261013T140000
        DTEND;TZID=GMT Standard Time:20261013T150000
        UID:040000008200E00074C5B7101A82E0080000000070A1B3C4D55DDD0100000000000000001000000061A2B3C4D5E6F708
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261007T090000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Argyle House\\, Room 3.12
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Information Services - Staff Recruitment Interviews", "ISRecruitment@lothian.ac.uk"),
             "Booking confirmed: Interview - Senior Systems Reliability Engineer (Ref 014512)",
             "2026-10-07 10:00:00", LDN, "<AM9P192MB1204D7E33A01F5C2B9F6A1E2C7D3@AM9P192MB1204.EURP192.PROD.OUTLOOK.COM>",
             rcv="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2130.outbound.protection.outlook.com [40.107.20.130])",
             extra=(("X-MS-Exchange-Organization-BookingsMailbox", "ISRecruitment@lothian.ac.uk"),))
    hb = "<html><body><div style=\"font-family:Segoe UI,sans-serif\">" + \
        body.replace("&", "&amp;").replace("\n", "<br>\n") + "</div></body></html>\n"
    return message(hs, mixed(alt(text(body), html(hb)), calendar(ics, cte="base64")))


@mail(n(15), family="zoom", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-09-25 15:00", LDN), contact="kirsty.fraser@harbourtalent.co.uk", company="Pentland Data",
      local="Fri 2026-09-25 15:00", zone=LDN,
      note="Agency recruiter confirms a client interview with a pasted Zoom invitation 'Sep 25, 2026 03:00 PM "
           "London' = 14:00Z (BST); no length given, so end null; company = the hiring client, contact = "
           "the agency recruiter who sent it")
def m15():
    body = t("""
        Hi Fraser,

        Great news - Pentland Data would love to meet you! I've confirmed you for Friday at 3pm with
        Jonny Hale (Head of Platform) and one of his senior engineers. It's a video call, details below.
        Jonny's quite informal, expect a lot of "tell me about a time it all went wrong" :)

        Give me a ring afterwards and let me know how it went.

        Kirsty

        Kirsty Fraser
        Senior Consultant - Cloud & Infrastructure
        Harbour Talent | 0131 496 0872 | 07700 900 418

        ---------- Forwarded message ---------
        From: Jonny Hale <jonny.hale@pentlanddata.com>

        Jonny Hale is inviting you to a scheduled Zoom meeting.

        Topic: Pentland Data / Fraser McLeod - Platform Engineer interview
        Time: Sep 25, 2026 03:00 PM London

        Join Zoom Meeting
        https://pentlanddata.zoom.us/j/93358102467?pwd=Qk5NUmVkL1lZcE9x

        Meeting ID: 933 5810 2467
        Passcode: 551902
        """)
    hs = hdr(addr("Kirsty Fraser", "kirsty.fraser@harbourtalent.co.uk"),
             "Pentland Data - interview confirmed!", "2026-09-21 17:02:19", LDN,
             "<DB9PR08MB6412C4A1F07E2D3B9A5C8E1F0A2B@DB9PR08MB6412.eurprd08.prod.outlook.com>",
             rcv="from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2080.outbound.protection.outlook.com [40.107.241.80])")
    hb = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + \
        body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + \
        "</div></body></html>\n"
    return message(hs, alt(text(body), html(hb)))


@mail(n(16), family="human_prose", lang="en-GB", interview=True, kind="rescheduled",
      start=utc("2026-11-11 14:00", LDN), end=utc("2026-11-11 16:00", LDN),
      contact="gordon.ritchie@northlight-energy.co.uk", company="Northlight Energy",
      local="Wed 2026-11-11 14:00", local_end="2026-11-11 16:00", zone=LDN,
      note="Hiring manager moves the second stage from Tue 10 Nov 10:00 to 'Wednesday 11th, 2pm-4pm' "
           "(GMT, after BST ended) = 14:00-16:00Z; windows-1252 quoted-printable with a pound sign; "
           "contact = human sender")
def m16():
    body = t("""
        Hi Fraser,

        Apologies for the faff, but I need to move your second stage. Siân (our CTO) has been called out
        to the Beryl platform on Tuesday so the 10am slot on Tuesday 10th won't work.

        Could we do Wednesday 11th instead, 2pm-4pm, same place (Altens)? Siân and I will both be there,
        and Anna will do the whiteboard bit. I've checked with Anna and she's fine with that, so unless
        I hear otherwise let's treat Wednesday at 2 as confirmed.

        Usual deal on travel - keep your train tickets and we'll reimburse up to £150.

        Cheers,
        Gordon

        Gordon Ritchie
        Operations Technology Manager
        Northlight Energy Ltd | Hareness Road, Altens, Aberdeen AB12 3LE

        -----Original Message-----
        From: Gordon Ritchie
        Sent: 29 October 2026 16:41
        To: Fraser McLeod <fraser.mcleod@example.org>
        Subject: Second stage - Reliability Engineer

        Hi Fraser, delighted to invite you back for a second stage on Tuesday 10 November at 10am ...
        """)
    hs = hdr(addr("Gordon Ritchie", "gordon.ritchie@northlight-energy.co.uk"),
             "RE: Second stage - Reliability Engineer - change of day", "2026-11-05 12:10:55", LDN,
             "<AS8PR03MB7031E2F0C9A4D1B6E8A3F5C2D7E1@AS8PR03MB7031.eurprd03.prod.outlook.com>",
             rcv="from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2109.outbound.protection.outlook.com [40.107.105.109])",
             extra=(("Thread-Topic", "Second stage - Reliability Engineer"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(17), family="exchange_outlook", lang="en-GB", interview=True, kind="cancelled",
      start=utc("2026-11-18 10:00", LDN), end=utc("2026-11-18 11:30", LDN),
      contact="morag.sinclair@glenmorach.com", company="Glenmorach Distillers",
      local="Wed 2026-11-18 10:00", local_end="2026-11-18 11:30", zone=LDN,
      note="Exchange cancellation (METHOD:CANCEL, 'Canceled:' subject) of the final panel, role on hold, no "
           "new time; body 'Wednesday 18 November, 10:00-11:30' GMT = 10:00-11:30Z, ICS GMT Standard Time "
           "agrees; contact = organiser")
def m17():
    body = t("""
        Hi Fraser,

        I'm really sorry to be doing this at short notice, but I have to cancel your final panel on
        Wednesday 18 November (10:00-11:30). Following last week's group announcement all external
        hiring into IT has been paused until the new year, and that includes this role.

        This is nothing to do with you - Iain and I were both very keen. I'll give you a call later this
        week to explain properly, and if the role reopens in January you'll be the first person I contact.

        Morag

        Morag Sinclair
        IT Service Manager | Glenmorach Distillers
        Glenmorach House, 9 Atholl Crescent, Edinburgh EH3 8HA
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Morag Sinclair:mailto:morag.sinclair@glenmorach.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Fraser McLeod:mailto:fraser.mcleod@example.org
        SUMMARY;LANGUAGE=en-GB:Canceled: Final panel - Platform Reliability Engineer (Fraser McLeod)
        DTSTART;TZID=GMT Standard Time:20261118T100000
        DTEND;TZID=GMT Standard Time:20261118T113000
        UID:040000008200E00074C5B7101A82E00800000000D0F6C92E3A75DD01000000000000000010000000B7E0C6D2A41F9C4BA3E1D07C5F2B8A96
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261116T085500Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Glenmorach House - Boardroom
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Morag Sinclair", "morag.sinclair@glenmorach.com"),
             "Canceled: Final panel - Platform Reliability Engineer (Fraser McLeod)",
             "2026-11-16 08:55:21", LDN, "<LO2P265MB3897F01B2C3D4E5A6B7C8D9E0F1A@LO2P265MB3897.GBRP265.PROD.OUTLOOK.COM>",
             rcv="from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2120.outbound.protection.outlook.com [40.107.10.120])",
             extra=(("Thread-Topic", "Final panel - Platform Reliability Engineer (Fraser McLeod)"),
                    ("Importance", "high"), ("Content-Language", "en-GB")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(18), family="icims", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-10 10:00", "America/New_York"), end=utc("2026-11-10 11:00", "America/New_York"),
      contact="jasmine.ortiz@hudsonledger.com", company="Hudson Ledger",
      local="Tue 2026-11-10 10:00", local_end="2026-11-10 11:00", zone="America/New_York",
      note="iCIMS interview scheduled notice with a US date '11/10/2026' (10 November) and '10:00 AM - "
           "11:00 AM Eastern Time'; the US left EDT on 1 Nov, so EST = 15:00-16:00Z; contact = recruiter "
           "address in the body")
def m18():
    body = t("""
        Dear Fraser,

        Thank you for your interest in Hudson Ledger. Your interview has been scheduled as follows:

        Job Title: Senior Site Reliability Engineer (Remote - EMEA) | Requisition ID: 2026-7731
        Interview Date: 11/10/2026
        Interview Time: 10:00 AM - 11:00 AM Eastern Time (US & Canada)
        Interview Type: Video (Microsoft Teams)
        Interviewer(s): Derek Olsen, Director of Reliability Engineering

        A Microsoft Teams link will be sent separately by your interviewer.

        If you need to reschedule, please contact Jasmine Ortiz at jasmine.ortiz@hudsonledger.com.

        Sincerely,
        Hudson Ledger Talent Acquisition

        *** This is an automated message. Please do not reply. ***
        """)
    hs = hdr(addr("Hudson Ledger Careers", "careers-hudsonledger@talent.icims.com"),
             "Hudson Ledger - Interview Scheduled: Senior Site Reliability Engineer (Remote - EMEA)",
             "2026-11-04 11:20:37", "America/New_York", "<1730743237.88412.icims.hudsonledger@talent.icims.com>",
             rcv="from smtp-out14.icims.com (smtp-out14.icims.com [64.94.224.214])")
    h = "<html><body><font face=\"Arial\" size=\"2\">" + body.replace("&", "&amp;").replace("\n", "<br>\r\n") + \
        "</font></body></html>\n"
    return message(hs, alt(text(body, charset="iso-8859-1", cte="7bit"), html(h, charset="iso-8859-1")))


@mail(n(19), family="goodtime", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-12-10 13:00", LDN), end=utc("2026-12-10 15:15", LDN),
      contact="zara.ahmed@corriecloud.com", company="Corrie Cloud",
      local="Thu 2026-12-10 13:00", local_end="2026-12-10 15:15", zone=LDN,
      note="GoodTime itinerary of three back-to-back sessions, 13:00-15:15 GMT on Thu 10 Dec = 13:00-15:15Z "
           "(first start to last end); contact = Reply-To coordinator")
def m19():
    body = t("""
        Hi Fraser,

        Your final-round interviews with Corrie Cloud are confirmed. Here is your itinerary.

        Thursday, 10 December 2026 (all times GMT - London)

        13:00 - 13:45  Systems design: multi-region failover        Ben Okafor, Staff Engineer
        13:45 - 14:30  Incident management deep dive              Lucy Hart, SRE Manager
        14:30 - 15:15  Hiring manager conversation                Tariq Mansour, VP Infrastructure

        All sessions use the same Zoom room: https://corriecloud.zoom.us/j/81029475512

        Please reply to this email if you have any questions - it goes straight to Zara, your interview
        coordinator.

        Good luck!

        Corrie Cloud Recruiting
        Scheduled with GoodTime
        """)
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Fraser,</p>
        <p>Your final-round interviews with Corrie Cloud are confirmed. Here is your itinerary.</p>
        <p><b>Thursday, 10 December 2026</b> (all times GMT &ndash; London)</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#ddd">
        <tr><th>Time</th><th>Session</th><th>Interviewer</th></tr>
        <tr><td>13:00 &ndash; 13:45</td><td>Systems design: multi-region failover</td><td>Ben Okafor, Staff Engineer</td></tr>
        <tr><td>13:45 &ndash; 14:30</td><td>Incident management deep dive</td><td>Lucy Hart, SRE Manager</td></tr>
        <tr><td>14:30 &ndash; 15:15</td><td>Hiring manager conversation</td><td>Tariq Mansour, VP Infrastructure</td></tr>
        </table>
        <p>All sessions use the same Zoom room: <a href="https://corriecloud.zoom.us/j/81029475512">https://corriecloud.zoom.us/j/81029475512</a></p>
        <p>Please reply to this email if you have any questions &ndash; it goes straight to Zara, your interview coordinator.</p>
        <p>Good luck!</p>
        <p>Corrie Cloud Recruiting<br><span style="color:#999;font-size:11px">Scheduled with GoodTime</span></p>
        </body></html>
        """)
    hs = hdr(addr("Corrie Cloud Recruiting", "scheduling@goodtime.io"),
             "Your interview itinerary - Corrie Cloud, Thursday 10 December",
             "2026-12-03 17:45:09", LDN, "<goodtime.itinerary.c0e81a27f93d@goodtime.io>",
             rcv="from mail.goodtime.io (mail.goodtime.io [149.72.176.33])",
             extra=(("Reply-To", addr("Zara Ahmed", "zara.ahmed@corriecloud.com")),))
    return message(hs, alt(text(body), html(h)))


@mail(n(20), family="recruitee", lang="en-NL", interview=True, kind="scheduled",
      start=utc("2026-09-14 16:00", "Europe/Amsterdam"), end=utc("2026-09-14 16:45", "Europe/Amsterdam"),
      contact="sanne@lochanlabs.com", company="Lochan Labs",
      local="Mon 2026-09-14 16:00", local_end="2026-09-14 16:45", zone="Europe/Amsterdam",
      note="Recruitee interview event from an Amsterdam remote-first company, written by a Dutch recruiter: "
           "'16:00 - 16:45 (CEST, Amsterdam)' = 14:00-14:45Z (15:00 in Edinburgh, stated); ICS TZID "
           "Europe/Amsterdam; contact = Reply-To recruiter")
def m20():
    body = t("""
        Hi Fraser,

        Thanks for choosing a slot! Hereby the confirmation of your first interview at Lochan Labs.

        When: Monday 14 September 2026, 16:00 - 16:45 (CEST, Amsterdam)
        -> for you in Edinburgh that is 15:00 - 15:45
        Where: Whereby, https://whereby.com/lochanlabs-hiring
        With: Sanne de Vries (Talent) and Bram Hendriks (Platform Lead)

        We are a fully remote team, so no need to dress up :-) In case something changes, you can reply
        to this mail.

        Groetjes / kind regards,
        Sanne de Vries
        Lochan Labs

        Sent with Recruitee
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Recruitee Calendar//EN
        METHOD:REQUEST
        BEGIN:VTIMEZONE
        TZID:Europe/Amsterdam
        BEGIN:DAYLIGHT
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        TZNAME:CEST
        DTSTART:19700329T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        TZNAME:CET
        DTSTART:19701025T030000
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
        END:STANDARD
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:recruitee-event-2201948@recruitee.com
        DTSTAMP:20260908T081500Z
        DTSTART;TZID=Europe/Amsterdam:20260914T160000
        DTEND;TZID=Europe/Amsterdam:20260914T164500
        SUMMARY:Interview Fraser McLeod - Site Reliability Engineer (Lochan Labs)
        ORGANIZER;CN=Sanne de Vries:mailto:sanne@lochanlabs.com
        ATTENDEE;CN=Fraser McLeod;RSVP=TRUE:mailto:fraser.mcleod@example.org
        LOCATION:https://whereby.com/lochanlabs-hiring
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Sanne de Vries via Recruitee", "no-reply@recruitee.com"),
             "Interview confirmed - Site Reliability Engineer at Lochan Labs",
             "2026-09-08 10:15:00", "Europe/Amsterdam", "<rt.2201948.6f1e0b@mg.recruitee.com>",
             rcv="from mg-out-3.recruitee.com (mg-out-3.recruitee.com [159.135.140.3])",
             extra=(("Reply-To", addr("Sanne de Vries", "sanne@lochanlabs.com")),))
    return message(hs, mixed(text(body, cte="8bit"), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(21), family="google_calendar", lang="en-GB", interview=True, kind="rescheduled",
      start=utc("2026-11-05 14:00", LDN), end=utc("2026-11-05 15:00", LDN),
      contact="eilidh.grant@clydeworks.co.uk", company="Clydeworks Robotics",
      local="Thu 2026-11-05 14:00", local_end="2026-11-05 15:00", zone=LDN,
      note="Google Calendar 'Updated invitation' moving the Clydeworks onsite from Tue 3 Nov to Thu 5 Nov "
           "14:00-15:00 GMT = 14:00-15:00Z (SEQUENCE:1); contact = organiser")
def m21():
    body = t("""
        This event has been updated
        Changed: time

        Fraser McLeod / Clydeworks - onsite interview (platform team)
        Thursday 5 Nov 2026 ⋅ 14:00 – 15:00 (Greenwich Mean Time)
        (was Tuesday 3 Nov 2026 ⋅ 14:00 – 15:00)

        Clydeworks Robotics, 2nd floor, 40 Finnieston Street, Glasgow G3 8JU

        Sorry Fraser - the test floor is shut on Tuesday for a safety audit, so we've moved you to
        Thursday at the same time. Everything else the same. Eilidh

        Organiser
        Eilidh Grant - eilidh.grant@clydeworks.co.uk

        Guests
        Eilidh Grant - organiser
        Struan Byers
        Mei Tanaka
        fraser.mcleod@example.org

        Reply for fraser.mcleod@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=N2h0Y2c4&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=N2h0Y2c4&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=N2h0Y2c4&rst=3

        Invitation from Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_LONDON + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/London:20261105T140000
        DTEND;TZID=Europe/London:20261105T150000
        DTSTAMP:20261102T094012Z
        ORGANIZER;CN=Eilidh Grant:mailto:eilidh.grant@clydeworks.co.uk
        UID:7htcg8s1v0q2k3m4n5p6r7s8t9@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=fraser.mcleod@example.org;X-NUM-GUESTS=0:mailto:fraser.mcleod@example.org
        CREATED:20261029T152003Z
        LAST-MODIFIED:20261102T094012Z
        LOCATION:Clydeworks Robotics\\, 2nd floor\\, 40 Finnieston Street\\, Glasgow G3 8JU
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Fraser McLeod / Clydeworks - onsite interview (platform team)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Eilidh Grant", "eilidh.grant@clydeworks.co.uk"),
             "Updated invitation: Fraser McLeod / Clydeworks - onsite interview (platform team) @ Thu 5 Nov "
             "2026 14:00 - 15:00 (GMT) (fraser.mcleod@example.org)",
             "2026-11-02 09:40:12", LDN, "<calendar-a91f3c02-6d7e-4b15-8c29-0e4f7b1d2a63@google.com>",
             rcv="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", "eilidh.grant@clydeworks.co.uk")))
    return message(hs, mixed(alt(text(body, params="format=flowed; delsp=yes"), html(gmail_html(body)),
                                 calendar(ics)),
                             calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(22), family="human_prose", lang="en-IE", interview=True, kind="cancelled",
      start=utc("2026-10-22 16:00", DUB), end=utc("2026-10-22 17:00", DUB),
      contact="cian.brennan@liffeypay.ie", company="Liffeypay",
      local="Thu 2026-10-22 16:00", local_end="2026-10-22 17:00", zone=DUB,
      note="Dublin hiring manager cancels 'tomorrow's 4pm' (Date Wed 21 Oct, Irish Summer Time) = Thu 22 Oct "
           "15:00Z; no new time yet; the quoted Ashby confirmation gives the slot as 4:00-5:00 PM IST (Irish), "
           "so end 16:00Z; contact = sender")
def m22():
    body = t("""
        Hi Fraser,

        I'm awful sorry but I'm going to have to pull tomorrow's 4pm. We've a production freeze going in
        ahead of a regulator visit and I won't have the headspace to give you a fair hearing. I didn't
        want to just shove it a day either.

        I'll come back to you early next week with a couple of new slots - genuinely keen to keep this
        moving, the team were very positive after your first round.

        Cian

        --
        Cian Brennan
        Engineering Lead, Platform | Liffeypay
        Grand Canal Quay, Dublin 2

        On Fri, 16 Oct 2026 at 12:03, Liffeypay <no-reply@ashbyhq.com> wrote:
        > Hi Fraser,
        >
        > Your interview is confirmed.
        >
        > Thursday, October 22, 2026, 4:00 PM - 5:00 PM IST
        > Google Meet - meet.google.com/kfp-wzpa-ron
        >
        > You'll meet with: Cian Brennan - Engineering Lead, Platform
        """)
    hs = hdr(addr("Cian Brennan", "cian.brennan@liffeypay.ie"), "Re: Interview confirmed: Site Reliability Engineer at Liffeypay",
             "2026-10-21 09:40:02", DUB, "<CAH7pq2V9s+ZLk1yN4gkQ8eE3x@mail.gmail.com>",
             rcv="from mail-lj1-f176.google.com (mail-lj1-f176.google.com [209.85.208.176])")
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail(n(23), family="human_prose", lang="en-AU", interview=True, kind="rescheduled",
      start=utc("2026-12-03 08:30", "Australia/Sydney"), end=utc("2026-12-03 09:15", "Australia/Sydney"),
      contact="bec.thompson@southerlycompute.com.au", company="Southerly Compute",
      local="Thu 2026-12-03 08:30", local_end="2026-12-03 09:15", zone="Australia/Sydney",
      note="Sydney recruiter moves the call from Wed 2 Dec 8:00am AEDT to 'Thursday 3 December, 8:30-9:15am "
           "AEDT' = Wed 2 Dec 21:30-22:15Z (9:30pm Wednesday in Edinburgh, stated); the local date is the "
           "day after the UTC date; the Date header is Monday morning in Sydney, Sunday in UTC")
def m23():
    body = t("""
        Hi Fraser,

        Hope you had a good weekend! Quick one - our Head of Infra, Josh, has a board thing land on
        Wednesday morning, so we need to shift your chat with him.

        Old: Wednesday 2 December, 8:00-8:45am AEDT
        New: Thursday 3 December, 8:30-9:15am AEDT (that's 9:30pm Wednesday your time in Edinburgh)

        Same Teams link as before. I've updated the invite on our side - let me know if 9:30pm is too
        late for you and we'll sort something else, otherwise we're locked in.

        Cheers,
        Bec

        Bec Thompson | Talent Partner
        Southerly Compute | Level 9, 50 Bridge St, Sydney NSW 2000
        """)
    hs = hdr(addr("Bec Thompson", "bec.thompson@southerlycompute.com.au"), "Change of time - chat with Josh",
             "2026-11-30 09:10:44", "Australia/Sydney",
             "<SY4P282MB2841A2D3E7B9C0F1E4D5A6B7C8D9@SY4P282MB2841.AUSP282.PROD.OUTLOOK.COM>",
             rcv="from AUS01-SY4-obe.outbound.protection.outlook.com (mail-sy4aus01on2092.outbound.protection.outlook.com [40.107.107.92])")
    hb = "<html><body><div style=\"font-family:Aptos,sans-serif\">" + \
        body.replace("&", "&amp;").replace("\n", "<br>\n") + "</div></body></html>\n"
    return message(hs, alt(text(body, cte="base64"), html(hb, cte="base64")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection", lang="en-GB", interview=False, company="Saltire Bank",
      note="Greenhouse rejection after the 8 Sep first stage; the past interview date is the only time",
      days=(("Tue", "2026-09-08"),))
def m24():
    body = t("""
        Dear Fraser,

        Thank you for interviewing with us on Tuesday 8 September for the Platform Reliability Engineer
        (Payments Infrastructure) role, and for the time you gave to Ewan and Priti.

        We had a very strong field and, after careful consideration, we have decided not to progress your
        application to the next stage on this occasion. Ewan asked me to pass on that your incident
        write-up was one of the clearest he had seen; the deciding factor was depth of mainframe
        integration experience.

        We will keep your details on file and may contact you about future roles.

        Kind regards,
        Ailsa Baird
        Talent Acquisition, Saltire Bank
        """)
    hs = hdr(addr("Saltire Bank", "no-reply@greenhouse.io"),
             "Your application: Platform Reliability Engineer at Saltire Bank",
             "2026-09-16 15:30:12", LDN, "<0100018e5c2a.gh.77104223.rej@sendgrid.greenhouse.io>",
             rcv="from o1.sg.greenhouse.io (o1.sg.greenhouse.io [167.89.12.40])",
             extra=(("Reply-To", addr("Ailsa Baird", "ailsa.baird@saltirebank.co.uk")),))
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>\n")))


@mail(n(25), family="offer", lang="en-GB", interview=False, company="Clydeworks Robotics",
      note="Offer after the 5 Nov onsite; start date in January 2027 and an open invitation to call, no "
           "interview", days=(("Mon", "2027-01-11"), ("Fri", "2026-12-18")))
def m25():
    body = t("""
        Hi Fraser,

        I'm delighted to let you know that we'd like to offer you the role of Senior Platform Engineer
        at Clydeworks Robotics!

        The headlines: base salary of £78,000, 10% bonus target, 33 days' holiday including public
        holidays, hybrid (two days a week in Finnieston). Our proposed start date is Monday 11 January
        2027, though we can be flexible.

        The formal offer letter and contract are attached via DocuSign. We'd appreciate an answer by
        Friday 18 December. If you'd like to talk anything through, call me any time on 0141 496 0335 -
        Struan is also happy to have a chat about the team.

        Congratulations - everyone you met was really impressed.

        Eilidh

        Eilidh Grant
        Head of People | Clydeworks Robotics
        """)
    hs = hdr(addr("Eilidh Grant", "eilidh.grant@clydeworks.co.uk"), "Offer - Senior Platform Engineer 🎉",
             "2026-12-11 11:04:50", LDN, "<CAN8xq1W+3bYtR2c0mLZp9kA5f@mail.gmail.com>",
             rcv="from mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(26), family="application_receipt", lang="en-GB", interview=False, company="Granite City Utilities",
      note="Taleo application acknowledgement; mentions that shortlisted candidates will be invited to "
           "interview, no time")
def m26():
    body = t("""
        Dear Fraser McLeod,

        Thank you for applying for the position of Site Reliability Engineer (Requisition 26-0412) with
        Granite City Utilities.

        We have successfully received your application. Our recruitment team will review it against the
        requirements of the role, and shortlisted candidates will be invited to interview. Due to the
        volume of applications we receive, we are unable to provide individual feedback at this stage.

        You can track the status of your application at any time through My Jobpage.

        Yours sincerely,

        Talent Acquisition Team
        Granite City Utilities plc

        Please do not reply to this e-mail. This mailbox is not monitored.
        """)
    hs = hdr(addr("Granite City Utilities", "granitecity@taleo.net"),
             "Granite City Utilities - Application Acknowledgement - Site Reliability Engineer (26-0412)",
             "2026-09-02 22:14:51", LDN, "<1799788491751.JavaMail.taleo@phx-tlbeprod-04.taleo.net>",
             rcv="from phx-mta-02.taleo.net (phx-mta-02.taleo.net [160.34.8.18])")
    return message(hs, text(body, charset="iso-8859-1", cte="7bit"))


@mail(n(27), family="job_alert", lang="en-GB", interview=False, company=None,
      note="Job board alert listing SRE roles; 'interview' appears only in ad copy")
def m27():
    h = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef1f4">
        <table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
        <h2 style="color:#143d59">14 new jobs for "site reliability engineer" in Edinburgh</h2>
        <p><a href="https://www.scotlandtechjobs.example.com/j/88120">Senior SRE</a> &ndash; Mercat Insurance, Edinburgh (hybrid) &ndash; &pound;75k&ndash;&pound;85k<br>
        <span style="color:#777">Posted today &middot; Easy apply &middot; Interviews this month</span></p>
        <p><a href="https://www.scotlandtechjobs.example.com/j/88131">Platform Reliability Engineer</a> &ndash; Kelpie Games, Dundee<br>
        <span style="color:#777">Posted 2 days ago</span></p>
        <p><a href="https://www.scotlandtechjobs.example.com/j/88154">DevOps Engineer (SC cleared)</a> &ndash; Rosyth Defence Systems, Fife<br>
        <span style="color:#777">Posted 3 days ago &middot; Interviewing now</span></p>
        <p><a href="https://www.scotlandtechjobs.example.com/j/88160">Cloud Reliability Engineer</a> &ndash; Hoy Data, Remote (UK)<br>
        <span style="color:#777">Posted 3 days ago</span></p>
        <p><a href="https://www.scotlandtechjobs.example.com/alerts">See all 14 jobs</a></p>
        <p style="font-size:11px;color:#999">You are receiving this alert because you created it on Scotland Tech Jobs.
        <a href="https://www.scotlandtechjobs.example.com/alerts/unsubscribe?u=fm221">Unsubscribe</a></p>
        </td></tr></table></body></html>
        """)
    hs = hdr(addr("Scotland Tech Jobs", "alerts@scotlandtechjobs.example.com"),
             "14 new jobs for \"site reliability engineer\" in Edinburgh",
             "2026-10-05 07:00:14", LDN, "<alert.20261005.fm221@scotlandtechjobs.example.com>",
             extra=(("List-Unsubscribe", "<https://www.scotlandtechjobs.example.com/alerts/unsubscribe?u=fm221>"),
                    ("Precedence", "bulk")))
    return message(hs, html(h, charset="iso-8859-1"))


@mail(n(28), family="newsletter_tips", lang="en-GB", interview=False, company=None,
      note="SRE newsletter with an interview-prep article and a live AMA at a fixed time (Thu 8 Oct 19:00 "
           "BST); not a job interview", days=(("Thu", "2026-10-08"),))
def m28():
    body = t("""
        THE ON-CALL DIGEST - issue #112

        This week: "The seven questions every SRE interview asks (and what they're really testing)"

        1. Walk me through an incident you led.
        2. How would you set SLOs for a service that has none?
        3. Design a rollout strategy for a config change that touches every region.
        ...

        LIVE: Interviewing for SRE roles - ask us anything
        Thursday 8 October, 19:00 BST, on YouTube Live. Our panel (two hiring managers and a recruiter)
        will answer your questions about interviews, take-home tests and on-call expectations. No sign-up
        needed: https://oncalldigest.example.net/live

        Also in this issue:
        - Postmortem of the month: the DNS TTL that ate a Friday
        - Tool: a tiny Prometheus rule linter
        - Jobs board: 23 new reliability roles in the UK and Ireland

        You're receiving this because you subscribed at oncalldigest.example.net.
        Unsubscribe: https://oncalldigest.example.net/u/7f21
        """)
    hs = hdr(addr("The On-Call Digest", "digest@oncalldigest.example.net"),
             "#112: The seven questions every SRE interview asks", "2026-10-06 08:30:00", LDN,
             "<112.digest.20261006@oncalldigest.example.net>",
             extra=(("List-Id", "The On-Call Digest <digest.oncalldigest.example.net>"),
                    ("List-Unsubscribe", "<https://oncalldigest.example.net/u/7f21>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html("<html><body><pre style=\"font-family:Georgia,serif\">" + body.replace("&", "&amp;") + "</pre></body></html>\n")))


@mail(n(29), family="self_schedule_link", lang="en-GB", interview=False, company="Bremner Logistics",
      note="softgarden self-scheduling invitation: pick a slot within a window; nothing fixed yet",
      days=(("Mon", "2026-10-12"), ("Wed", "2026-10-14")))
def m29():
    body = t("""
        Dear Fraser McLeod,

        Thank you for your application as Infrastructure Reliability Engineer at Bremner Logistics.

        We would like to get to know you better and invite you to a video interview. Please choose a
        suitable appointment using the link below. Slots are available between Monday 12 October and
        Wednesday 14 October 2026, each 45 minutes.

        Select your appointment:
        https://bremner-logistics.softgarden.io/appointment/select?token=5Tz0q8Yk

        Please book a slot by 9 October. Once you have chosen an appointment you will receive a
        confirmation with all the details.

        Kind regards
        Your Bremner Logistics recruiting team

        Bremner Logistics Ltd, Starlaw Park, Livingston EH54 8SF
        """)
    hs = hdr(addr("Bremner Logistics", "noreply@softgarden.io"),
             "Bremner Logistics: please choose your interview appointment", "2026-10-01 10:21:33", LDN,
             "<20261001092133.82a1f0@softgarden.io>",
             rcv="from mail-out-2.softgarden.io (mail-out-2.softgarden.io [185.40.21.32])")
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>\n")))


@mail(n(30), family="interview_proposal", lang="en-GB", interview=False, company="Harbour Talent",
      note="Agency recruiter proposes 'Tuesday at 10' or Wednesday afternoon for a client interview; asks "
           "which works, nothing confirmed", days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")))
def m30():
    body = t("""
        Hiya Fraser,

        Good news - Mercat Insurance liked your CV and want to meet you for the Senior SRE role. They've
        offered Tuesday (24th) at 10am or Wednesday (25th) any time after 2pm, at their office on George
        Street.

        Would Tuesday at 10 work? Let me know which you prefer and I'll get it locked in with their
        hiring manager.

        Kirsty

        Kirsty Fraser
        Senior Consultant - Cloud & Infrastructure
        Harbour Talent | 0131 496 0872 | 07700 900 418
        """)
    hs = hdr(addr("Kirsty Fraser", "kirsty.fraser@harbourtalent.co.uk"), "Mercat Insurance - interview?",
             "2026-11-19 12:47:08", LDN, "<DB9PR08MB6412F0A1B2C3D4E5F6A7B8C9D0E1@DB9PR08MB6412.eurprd08.prod.outlook.com>",
             rcv="from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2081.outbound.protection.outlook.com [40.107.241.81])")
    return message(hs, text(body))


@mail(n(31), family="jobcentre", lang="en-GB", interview=False, company=None,
      note="Jobcentre appointment with a work coach at a fixed time (Mon 14 Dec 10:20, after Fraser's "
           "redundancy took effect); an appointment, not a job interview", days=(("Mon", "2026-12-14"),))
def m31():
    body = t("""
        Dear Mr McLeod,

        Your appointment

        Thank you for your claim to New Style Jobseeker's Allowance.

        You have an appointment with a work coach:

        Date: Monday 14 December 2026
        Time: 10:20am
        Place: Leith Jobcentre, Leith Walk, Edinburgh

        At this appointment your work coach will talk to you about the work you are looking for and
        agree your Claimant Commitment. Please bring photo identification and evidence of the jobs you
        have applied for and any interviews you have attended or arranged.

        If you cannot attend, call us on 0808 157 0192 before your appointment. If you do not attend,
        your payment could be affected.

        This is an automated message. Do not reply to this email.
        """)
    hs = hdr(addr("Jobcentre appointments", "noreply@jobcentre-appointments.example.gov.uk"),
             "Your Jobcentre appointment on Monday 14 December", "2026-12-08 09:02:17", LDN,
             "<notify.4b2e1c90-77af-4d3e-8a11-2c0f9e5d6a21@jobcentre-appointments.example.gov.uk>")
    return message(hs, text(body, cte="7bit"))


@mail(n(32), family="press_interview", lang="en-GB", interview=False, company=None,
      note="Journalist confirms a phone interview with Fraser (Fri 2 Oct 12:30 BST) about tech redundancies; "
           "a press interview, not a job interview", days=(("Fri", "2026-10-02"),))
def m32():
    body = t("""
        Hi Fraser,

        Thanks so much for agreeing to talk to me - I know it's a sensitive time. Just to confirm, I'll
        ring you on Friday at 12.30 on the mobile number you gave me. It should take 20 minutes or so.

        As I mentioned, the piece is about the wave of tech redundancies in Edinburgh this autumn and
        what it's like looking for work in the sector right now. Happy to keep you anonymous if you'd
        prefer, and I'll read back any direct quotes before we publish.

        Best,
        Morven

        Morven Keir
        Business Reporter, The Leith Chronicle
        m: 07700 900 561
        """)
    hs = hdr(addr("Morven Keir", "morven.keir@leithchronicle.example.co.uk"), "Re: Interview for our jobs piece",
             "2026-09-29 16:20:45", LDN, "<e1c7a0b2-5f3d-4c89-9a06-7d12e8b4f3c1@leithchronicle.example.co.uk>",
             extra=(("In-Reply-To", "<CAF3x9kTz8@mail.example.org>"),))
    return message(hs, text(body, cte="quoted-printable"))


@mail(n(33), family="podcast", lang="en-GB", interview=False, company=None,
      note="Google Calendar invitation to record a podcast episode 'interview with Fraser McLeod' (Thu 15 Oct "
           "18:00 BST, ICS included); Fraser is the guest, not a job candidate", days=(("Thu", "2026-10-15"),))
def m33():
    body = t("""
        You have been invited to the following event.

        Toil Talk ep. 58 recording - interview with Fraser McLeod
        Thursday 15 Oct 2026 ⋅ 18:00 – 19:00 (British Summer Time)

        Riverside studio: https://riverside.fm/studio/toil-talk

        Hey Fraser - thanks again for coming on! We'll chat for ~40 mins about running on-call for a
        small platform team and the great Kafka outage of '25. Headphones please, no AirPods if you can
        avoid it. Gareth

        Organiser
        Gareth Lyle - gareth@toiltalk.example.net

        Reply for fraser.mcleod@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=dG9pbDU4&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=dG9pbDU4&rst=2

        Invitation from Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261015T170000Z
        DTEND:20261015T180000Z
        DTSTAMP:20261009T110214Z
        ORGANIZER;CN=Gareth Lyle:mailto:gareth@toiltalk.example.net
        UID:toil58rec0k2l9m3@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fraser.mcleod@example.org:mailto:fraser.mcleod@example.org
        LOCATION:https://riverside.fm/studio/toil-talk
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Toil Talk ep. 58 recording - interview with Fraser McLeod
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Gareth Lyle", "gareth@toiltalk.example.net"),
             "Invitation: Toil Talk ep. 58 recording - interview with Fraser McLeod @ Thu 15 Oct 2026 18:00 - "
             "19:00 (BST) (fraser.mcleod@example.org)", "2026-10-09 12:02:14", LDN,
             "<calendar-0b7e4f21-3a9c-4d61-b2e8-5c1f7a0d9e33@google.com>",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics)),
                             calendar(ics, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(34), family="admission_interview", lang="en-GB", interview=False, company=None,
      note="Business-school admissions interview for a part-time Executive MBA, confirmed for Wed 18 Nov "
           "17:30 GMT; an admission interview, not a job interview", days=(("Wed", "2026-11-18"),))
def m34():
    body = t("""
        Dear Fraser,

        Executive MBA (part-time) - admissions interview

        Thank you for your application to the Caledon Business School Executive MBA, January 2027 intake.
        We are pleased to confirm your admissions interview:

        Date: Wednesday 18 November 2026
        Time: 17:30 - 18:15 (UK time)
        Format: Zoom, with Professor Alasdair Knox (Programme Director) and a current student

        The interview is an opportunity for us to learn more about your leadership experience and your
        motivation for the programme, and for you to ask us questions. No preparation is needed beyond
        reviewing your personal statement.

        With best wishes,
        MBA Admissions Office
        Caledon Business School
        """)
    hs = hdr(addr("Caledon Business School - MBA Admissions", "mba.admissions@caledon-bs.example.ac.uk"),
             "Executive MBA - your admissions interview", "2026-11-11 14:45:00", LDN,
             "<AM0PR10MB3188B2C4D6E8F0A1C3E5A7B9D1F3@AM0PR10MB3188.EURPRD10.PROD.OUTLOOK.COM>")
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n")))


@mail(n(35), family="sports_tryout", lang="en-GB", interview=False, company=None,
      note="Hockey club trial session at a fixed time (Sat 12 Sep 10:00); not a job interview",
      days=(("Sat", "2026-09-12"),))
def m35():
    body = t("""
        Hi Fraser,

        Thanks for getting in touch about the men's 2s. Come along to our trial session this Saturday
        (12th) at 10am at the Inverleith pitches - it's the water-based pitch by the pavilion. Bring a
        stick, shin pads, gum shield and boots; we've got spare sticks if you need one.

        It's a pretty relaxed session, a bit of drills then a game. Pitch fees for trials are free, and
        if you decide to join, subs are £25 a month.

        See you Saturday,
        Callum
        Men's Club Captain, Inverleith Hockey Club
        """)
    hs = hdr(addr("Callum Drysdale", "captain@inverleithhockey.example.org.uk"), "Re: Trials for the 2s?",
             "2026-09-07 21:14:09", LDN, "<CAJ2b9XvN1oq8+PhKc5Lm3TRw@mail.gmail.com>")
    return message(hs, alt(text(body, charset="iso-8859-1", cte="quoted-printable"),
                           html(gmail_html(body), charset="iso-8859-1")))


@mail(n(36), family="car_service", lang="en-GB", interview=False, company=None,
      note="Garage MOT and service booking at a fixed time (Fri 6 Nov 08:15); not an interview",
      days=(("Fri", "2026-11-06"),))
def m36():
    body = t("""
        Booking confirmation - Granton Motors

        Dear Mr McLeod,

        Thank you for booking with Granton Motors. Your appointment is confirmed:

        Vehicle: Skoda Octavia Estate - SF19 KXT
        Service: MOT + Interim Service
        Date: Friday 6 November 2026
        Drop-off: 08:15
        Estimated collection: from 16:00

        A courtesy car is not available for this booking. Our nearest bus stop is West Granton Road
        (routes 16, 47). We will call you if we find anything that needs your approval before work
        starts.

        Granton Motors, 14 West Harbour Road, Edinburgh EH5 1PN | 0131 496 0914
        """)
    hs = hdr(addr("Granton Motors", "bookings@grantonmotors.example.co.uk"),
             "Your booking is confirmed - Fri 6 Nov, 08:15", "2026-11-02 15:31:20", LDN,
             "<bk.882041.20261102@grantonmotors.example.co.uk>")
    return message(hs, html("<html><body><pre>" + body + "</pre></body></html>\n", charset="windows-1252"))


@mail(n(37), family="mock_interview", lang="en-GB", interview=False, company=None,
      note="Calendly booking with a career coach for a mock interview (Thu 22 Oct 18:00 BST, ICS included); "
           "practice, not a job interview", days=(("Thu", "2026-10-22"),))
def m37():
    body = t("""
        Hi Fraser McLeod,

        A new event has been scheduled.

        Event Type:
        Mock technical interview + feedback (60 min)

        Invitee:
        Fraser McLeod

        Event Date/Time:
        18:00 - 19:00, Thursday, 22 October 2026 (United Kingdom Time)

        Location:
        Zoom - link to follow from Alison

        Questions:
        What role are you preparing for?
        Second stage at a distillery group - technical interview with incident scenarios.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/b77e0c21-9a4f
        Reschedule: https://calendly.com/reschedulings/b77e0c21-9a4f

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:b77e0c21-9a4f-4c3b-8e6d-2f10a5c9e7b4@calendly.com
        DTSTAMP:20261019T081044Z
        DTSTART:20261022T170000Z
        DTEND:20261022T180000Z
        SUMMARY:Mock technical interview + feedback between Alison Reid and Fraser McLeod
        ORGANIZER;CN=Alison Reid:mailto:alison@reidcareercoaching.example.co.uk
        ATTENDEE;CN=Fraser McLeod;PARTSTAT=ACCEPTED:mailto:fraser.mcleod@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Calendly", "notifications@calendly.com"),
             "Confirmed: Mock technical interview + feedback with Alison Reid on Thursday, 22 October 2026",
             "2026-10-19 09:10:44", LDN, "<20261019081044.1.C3D0A7E21F@calendly.com>",
             extra=(("Reply-To", addr("Alison Reid", "alison@reidcareercoaching.example.co.uk")),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(38), family="forwarded_other_person", lang="en-GB", interview=False, company=None,
      note="Fraser's cousin forwards her own interview confirmation (attached message/rfc822, Thu 8 Oct "
           "10:00 BST) asking for tips; someone else's interview", days=(("Thu", "2026-10-08"),))
def m38():
    inner_body = t("""
        Hi Eilidh,

        Thank you for scheduling your interview with Burnside Foods. Here are the details:

        Role: Data Analyst (Supply Chain)
        Date: Thursday, 8 October 2026
        Time: 10:00 - 10:45 BST
        Location: Burnside Foods, Kirkhill Industrial Estate, Dyce, Aberdeen

        Kind regards,
        Lorna Mackie
        People Team, Burnside Foods
        """)
    inner = message([("From", addr("Burnside Foods", "no-reply@greenhouse.io")),
                     ("To", addr("Eilidh McLeod", "eilidh.mcleod@example.net")),
                     ("Subject", "Interview confirmation: Data Analyst (Supply Chain) at Burnside Foods"),
                     ("Date", date("2026-10-02 10:12:00", LDN)),
                     ("Message-ID", "<0100018e99aa.gh.51220871@sendgrid.greenhouse.io>"),
                     ("Reply-To", addr("Lorna Mackie", "lorna.mackie@burnsidefoods.example.co.uk"))],
                    text(inner_body))
    body = t("""
        Fraser!! I got an interview!! See attached. You're the interview expert now (sorry...) - any tips?
        It's my first proper one since uni. Do I need to bring anything? Should I wear a suit??

        Call me this weekend?
        E x
        """)
    hs = hdr(addr("Eilidh McLeod", "eilidh.mcleod@example.net"), "Fwd: Interview confirmation: Data Analyst (Supply Chain) at Burnside Foods",
             "2026-10-03 11:48:31", LDN, "<D4F1A2B3-9C8E-4B7A-8F6D-1E2C3B4A5D6E@example.net>",
             extra=(("X-Mailer", "Apple Mail (2.3826.500.181)"),))
    return message(hs, mixed(text(body, cte="7bit"), attached_message(inner, "Interview confirmation.eml")))


@mail(n(39), family="internal_interviewer", lang="en-GB", interview=False, company=None,
      note="Fraser's team lead at his current employer forwards a candidate's interview confirmation (Tue 15 "
           "Sep 14:00 BST) because Fraser is on the panel; he is the interviewer, not the candidate",
      days=(("Tue", "2026-09-15"),))
def m39():
    body = t("""
        FYI - you're on this one with me. Can you take the incident scenario (the Redis failover one)? I'll
        do intro + system design. Scorecard's in Greenhouse.

        D

        From: Brochan Systems Recruiting <recruiting@brochan.systems>
        Sent: 10 September 2026 11:02
        To: Priya Nair <priya.nair@example.com>
        Cc: Duncan Moir <duncan.moir@brochan.systems>
        Subject: Interview confirmed - Senior SRE - Brochan Systems

        Hi Priya,

        Your interview for Senior SRE at Brochan Systems is confirmed:

        Tuesday 15 September 2026, 14:00 - 15:30 BST
        Brochan Systems, 3 Semple Street, Edinburgh EH3 8BL
        Panel: Duncan Moir (Platform Team Lead), Fraser McLeod (Senior Platform Engineer)

        Kind regards,
        Brochan Systems Recruiting
        """)
    hs = hdr(addr("Duncan Moir", "duncan.moir@brochan.systems"), "FW: Interview confirmed - Senior SRE - Brochan Systems",
             "2026-09-10 11:20:05", LDN, "<LO4P265MB5903C1D2E3F4A5B6C7D8E9F0A1B2@LO4P265MB5903.GBRP265.PROD.OUTLOOK.COM>",
             to=addr("Fraser McLeod", "fraser.mcleod@brochan.systems"),
             extra=(("Thread-Topic", "Interview confirmed - Senior SRE - Brochan Systems"),
                    ("X-Forwarded-To", ME)))
    return message(hs, text(body))


@mail(n(40), family="blood_donation", lang="en-GB", interview=False, company=None,
      note="Blood donation appointment at a fixed time (Sat 3 Oct 11:15), including a pre-donation 'health "
           "screening interview'; not a job interview", days=(("Sat", "2026-10-03"),))
def m40():
    h = t("""
        <html><body style="font-family:Arial,sans-serif;color:#222">
        <div style="background:#b3122e;color:#fff;padding:14px 20px;font-size:20px">Give Blood Lothian</div>
        <div style="padding:20px">
        <p>Hi Fraser,</p>
        <p>Thank you for booking to give blood. Your appointment is confirmed:</p>
        <p style="font-size:16px"><b>Saturday 3 October 2026 at 11:15</b><br>
        Lauriston Donor Centre, Lauriston Place, Edinburgh EH3 9HB</p>
        <p>Before you donate, a nurse will have a short, confidential health screening interview with you.
        Please eat a proper meal and drink 500ml of water before you come.</p>
        <p>Can't make it? <a href="https://giveblood-lothian.example.org.uk/manage">Change or cancel your appointment</a>
        so someone else can take your slot.</p>
        <p>Thank you for saving lives.</p>
        </div></body></html>
        """)
    hs = hdr(addr("Give Blood Lothian", "no-reply@giveblood-lothian.example.org.uk"),
             "Your donation appointment is confirmed", "2026-09-26 19:33:02", LDN,
             "<appt.5510394.20260926@giveblood-lothian.example.org.uk>")
    return message(hs, html(h, cte="base64"))


@mail(n(41), family="flat_viewing", lang="en-GB", interview=False, company=None,
      note="Letting agent confirms a flat viewing in London (Sat 21 Nov 12:00); not an interview",
      days=(("Sat", "2026-11-21"),))
def m41():
    body = t("""
        Dear Fraser,

        Thank you for your enquiry. We are pleased to confirm your viewing:

        Property: 1 bed flat, Approach Road, London E2
        Date: Saturday 21st November
        Time: 12:00
        Negotiator: Josh Whitman, 020 7946 0188

        Please arrive on time as we have back-to-back viewings. Josh will meet you outside the main
        entrance. Proof of ID and a reference from your current employer will be required if you wish to
        make an offer.

        Kind regards,
        Kestrel Lettings - Bethnal Green
        """)
    hs = hdr(addr("Kestrel Lettings", "bethnalgreen@kestrel-lettings.example.co.uk"),
             "Viewing confirmation - Approach Road, E2", "2026-11-17 10:05:51", LDN,
             "<viewing.77201.bg@kestrel-lettings.example.co.uk>")
    return message(hs, alt(text(body, cte="base64"), html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n", cte="base64")))


@mail(n(42), family="parents_evening", lang="en-GB", interview=False, company=None,
      note="School parents' evening appointment at a fixed time (Tue 10 Nov 17:40); not an interview",
      days=(("Tue", "2026-11-10"),))
def m42():
    body = t("""
        Warriston Park Primary School - Parents' Evening

        Dear Mr McLeod,

        Thank you for booking. Your appointment is confirmed:

        Pupil: Isla McLeod (P4b)
        Teacher: Mrs Hepburn
        Date: Tuesday 10 November 2026
        Time: 17:40 - 17:50
        Room: P4b classroom (enter by the Warriston Road gate)

        Appointments are 10 minutes long, so please arrive a few minutes early. Isla's work will be on
        her desk for you to look through while you wait.

        If you need to cancel, please log in to the booking system or phone the school office on
        0131 496 0720.

        This email was sent by the school's parents' evening booking system. Replies are not monitored.
        """)
    hs = hdr(addr("Warriston Park Primary School", "noreply@parentsevening.example.co.uk"),
             "Parents' Evening - appointment confirmation", "2026-11-03 20:11:48", LDN,
             "<pe.7721.wpps.20261103@parentsevening.example.co.uk>")
    return message(hs, text(body, cte="quoted-printable"))


@mail(n(43), family="bank_appointment", lang="en-GB", interview=False, company=None,
      note="Mortgage adviser video appointment with Saltire Bank (the same bank Fraser interviewed with), "
           "Wed 14 Oct 12:30 BST with ICS; a customer appointment, not a job interview",
      days=(("Wed", "2026-10-14"),))
def m43():
    body = t("""
        Dear Mr McLeod,

        Your mortgage appointment is confirmed

        Thank you for booking an appointment with one of our mortgage advisers.

        Wednesday 14 October 2026, 12:30 - 13:30
        Video appointment with Graeme Tulloch, Mortgage Adviser

        Please have the following to hand: photo ID, your last three months' payslips and bank
        statements, and details of any existing credit commitments. If you're changing job, bring your
        offer letter or contract if you have one.

        We'll send you the link to join 15 minutes before your appointment.

        Saltire Bank plc. Registered in Scotland No. SC098812. Authorised by the Prudential Regulation
        Authority.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Saltire Bank//Appointments//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:appt-mtg-33019284@saltirebank.co.uk
        DTSTAMP:20261008T144500Z
        DTSTART:20261014T113000Z
        DTEND:20261014T123000Z
        SUMMARY:Saltire Bank - mortgage appointment (video)
        DESCRIPTION:Video appointment with Graeme Tulloch\\, Mortgage Adviser
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Saltire Bank", "appointments@saltirebank.co.uk"), "Your mortgage appointment is confirmed",
             "2026-10-08 15:45:00", LDN, "<mtg.33019284@appointments.saltirebank.co.uk>")
    h = "<html><body style=\"font-family:Arial\"><p>" + body.replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>\n"
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


@mail(n(44), family="auto_reply", lang="en-US", interview=False, company="Hudson Ledger",
      note="Out-of-office auto-reply from the Hudson Ledger recruiter to Fraser's thank-you note after the "
           "10 Nov interview; mentions interview scheduling, no interview time", days=(("Mon", "2026-11-16"),))
def m44():
    body = t("""
        Thank you for your email. I am out of the office with limited access to email, returning Monday,
        November 16.

        For interview scheduling or rescheduling, please contact our coordinators at
        recruiting@hudsonledger.com. For all other matters I will respond on my return.

        Best,
        Jasmine Ortiz
        Senior Technical Recruiter | Hudson Ledger
        """)
    hs = hdr(addr("Jasmine Ortiz", "jasmine.ortiz@hudsonledger.com"),
             "Automatic reply: Thank you - Senior SRE interview", "2026-11-11 04:12:33", "America/New_York",
             "<BN8PR12MB3345A0B1C2D3E4F5A6B7C8D9E0F1@BN8PR12MB3345.namprd12.prod.outlook.com>",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<CAF3x9kH1ty@mail.example.org>")))
    return message(hs, text(body))


@mail(n(45), family="bounce", lang="en-GB", interview=False, company=None,
      note="Delivery failure report for Fraser's own reply accepting the Southerly Compute time (he typed "
           "'.com' for '.com.au'); the bounced message quotes the interview time but this is a bounce, not a "
           "confirmation sent to him")
def m45():
    original = message([("From", TO), ("To", addr("Bec Thompson", "bec.thompson@southerlycompute.com")),
                        ("Subject", "Re: Change of time - chat with Josh"),
                        ("Date", date("2026-11-29 22:41:05", LDN)),
                        ("Message-ID", "<CAF3x9kQw7Lp@mail.example.org>")],
                       text(t("""
                           Hi Bec,

                           No problem at all - Thursday 8:30am AEDT (9:30pm Wednesday here) is fine. See you
                           and Josh then.

                           Fraser
                           """), cte="7bit"))
    report = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <bec.thompson@southerlycompute.com>: Host or domain name not found. Name service
            error for name=southerlycompute.com type=MX: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4Qy2Rb0cXPz3
        Arrival-Date: Sun, 29 Nov 2026 22:41:06 +0000

        Final-Recipient: rfc822; bec.thompson@southerlycompute.com
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=southerlycompute.com type=MX: Host not found
        """)
    report_part = multipart("report", text(report, cte="7bit"),
                            raw_part([("Content-Type", "message/delivery-status")], status),
                            attached_message(original), params="report-type=delivery-status")
    hs = hdr(addr("Mail Delivery System", "MAILER-DAEMON@mx.example.org"),
             "Undelivered Mail Returned to Sender", "2026-11-29 22:41:07", LDN,
             "<20261129224107.4Qy2Rb0cXPz3@mx.example.org>", extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report_part)


@mail(n(46), family="non_interview_calendar", lang="en-GB", interview=False, company=None,
      note="Exchange meeting request from HR at Fraser's current employer for a redundancy consultation "
           "meeting (Mon 5 Oct 10:00 BST, GMT Standard Time); a fixed-time meeting, not a job interview",
      days=(("Mon", "2026-10-05"),))
def m46():
    body = t("""
        Dear Fraser,

        Further to Tuesday's announcement, I'd like to invite you to your first individual consultation
        meeting. You are welcome to bring a colleague or trade union representative with you.

        Kind regards,
        Lesley Gunn
        HR Business Partner, Brochan Systems
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Lesley Gunn:mailto:lesley.gunn@brochan.systems
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fraser McLeod:mailto:fraser.mcleod@brochan.systems
        SUMMARY;LANGUAGE=en-GB:Individual consultation meeting (1 of 2) - Fraser McLeod
        DTSTART;TZID=GMT Standard Time:20261005T100000
        DTEND;TZID=GMT Standard Time:20261005T104500
        UID:040000008200E00074C5B7101A82E00800000000E1A2C3D4E56EDD0100000000000000001000000001F2E3D4C5B6A798
        CLASS:PRIVATE
        PRIORITY:5
        DTSTAMP:20260930T081200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Meeting room 2.04 (Lomond)
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Lesley Gunn", "lesley.gunn@brochan.systems"),
             "Individual consultation meeting (1 of 2) - Fraser McLeod", "2026-09-30 09:12:00", LDN,
             "<LO4P265MB5903D4E5F6A7B8C9D0E1F2A3B4C5@LO4P265MB5903.GBRP265.PROD.OUTLOOK.COM>",
             to=addr("Fraser McLeod", "fraser.mcleod@brochan.systems"),
             extra=(("Sensitivity", "Private"), ("X-Forwarded-To", ME)))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(47), family="recruiter_outreach", lang="en-GB", interview=False, company="Hoy Data",
      note="JOIN message notification: an in-house recruiter asks for a quick call 'this week', no time fixed")
def m47():
    body = t("""
        You have a new message from Hoy Data

        Freya Rendall, Talent Lead at Hoy Data, wrote:

        "Hi Fraser, thanks for applying for the Cloud Reliability Engineer role - your background with
        bare-metal Kubernetes is exactly what we're after. Could we have a quick call this week? I'm
        pretty flexible, just let me know when suits and I'll send an invite."

        Reply on JOIN: https://join.com/candidates/messages/77f2a1c9

        You're receiving this email because you applied to a job via JOIN.
        JOIN Solutions AG, Zurich
        """)
    h = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f5f6fa">
        <div style="max-width:560px;margin:auto;background:#fff;padding:24px">
        <p style="font-size:18px">You have a new message from <b>Hoy Data</b></p>
        <p>Freya Rendall, Talent Lead at Hoy Data, wrote:</p>
        <blockquote style="border-left:3px solid #4b3cfa;padding-left:12px;color:#333">Hi Fraser, thanks for applying for the Cloud Reliability Engineer role &ndash; your background with bare-metal Kubernetes is exactly what we&#39;re after. Could we have a quick call this week? I&#39;m pretty flexible, just let me know when suits and I&#39;ll send an invite.</blockquote>
        <p><a href="https://join.com/candidates/messages/77f2a1c9" style="background:#4b3cfa;color:#fff;padding:10px 16px;text-decoration:none">Reply on JOIN</a></p>
        <p style="font-size:11px;color:#999">You&#39;re receiving this email because you applied to a job via JOIN. JOIN Solutions AG, Zurich</p>
        </div></body></html>
        """)
    hs = hdr(addr("Hoy Data via JOIN", "no-reply@join.com"), "New message from Hoy Data",
             "2026-10-27 13:29:40", LDN, "<msg.77f2a1c9.20261027@join.com>")
    return message(hs, alt(text(body), html(h)))


@mail(n(48), family="meetup", lang="en-GB", interview=False, company=None,
      note="Meetup RSVP confirmation (Thu 19 Nov 18:30) with a talk titled 'How we interview SREs'; not a "
           "job interview", days=(("Thu", "2026-11-19"),))
def m48():
    body = t("""
        You're going!

        SRE Edinburgh - November meetup: "How we interview SREs" + lightning talks
        Thursday, 19 November 2026, 18:30 - 21:00
        CodeBase, Argyle House, 3 Lady Lawson Street, Edinburgh

        Talks:
        - "How we interview SREs (and why we stopped doing whiteboard puzzles)" - Lucy Hart
        - Lightning talks: bring 5 minutes on your favourite outage

        Pizza from 18:30, talks start at 19:00.

        Can't make it any more? Change your RSVP so someone on the waitlist can go:
        https://gatherly.example.com/sre-edinburgh/events/3119/rsvp

        Gatherly - find your people
        """)
    hs = hdr(addr("SRE Edinburgh via Gatherly", "info@gatherly.example.com"),
             "RSVP confirmed: SRE Edinburgh - November meetup", "2026-11-12 18:02:20", LDN,
             "<rsvp.3119.fm221@gatherly.example.com>",
             extra=(("List-Unsubscribe", "<https://gatherly.example.com/settings/email>"),))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(49), family="availability_request", lang="en-US", interview=False, company="Brightwater Analytics",
      note="Greenhouse availability request: the candidate is asked to submit windows for a 60-minute "
           "interview between Oct 26 and Oct 30; nothing scheduled yet",
      days=(("Mon", "2026-10-26"), ("Fri", "2026-10-30")))
def m49():
    body = t("""
        Hi Fraser,

        Thanks for your time on the phone last week! The team would like to move you forward to a
        technical interview (60 minutes, Zoom) with Rafael Ortega and Kim Sato.

        Please let us know when you're available between Monday, October 26 and Friday, October 30. We're
        based in Boston, so anything between 9:00 AM and 1:00 PM Eastern works best for the team.

        Submit your availability: https://app.greenhouse.io/candidate_availability/8f1a7c2e90b4

        Once we receive your availability we'll send a calendar invitation with the confirmed time.

        Best,
        Megan Liu
        Recruiting Coordinator, Brightwater Analytics
        """)
    hs = hdr(addr("Brightwater Analytics", "no-reply@greenhouse.io"),
             "Please share your availability: Site Reliability Engineer II at Brightwater Analytics",
             "2026-10-19 10:31:15", "America/New_York", "<0100018f3b91.gh.90331874.avail@sendgrid.greenhouse.io>",
             rcv="from o2.sg.greenhouse.io (o2.sg.greenhouse.io [167.89.12.41])",
             extra=(("Reply-To", addr("Megan Liu", "megan.liu@brightwateranalytics.com")),))
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>\n")))


@mail(n(50), family="reference_call", lang="en-GB", interview=False, company=None,
      note="An employer confirms a reference call in which Fraser is the referee for a former colleague "
           "(Tue 1 Dec 15:00 GMT); a call at a fixed time, but not Fraser's interview",
      days=(("Tue", "2026-12-01"),))
def m50():
    body = t("""
        Dear Fraser,

        Thank you for agreeing to act as a referee for Ross Paterson, who has applied for the role of
        Network Reliability Lead with us.

        As agreed, I will call you on Tuesday 1 December at 15:00 on 07700 900 233. The call should take
        around 20 minutes. I'll ask about the period you worked together at Brochan Systems, Ross's
        strengths, and how he handled incidents under pressure.

        Ross has consented to us contacting you, and anything you tell us will be treated in confidence.

        Kind regards,
        Fiona Laing
        Recruitment Manager, Aird Networks
        """)
    hs = hdr(addr("Fiona Laing", "fiona.laing@airdnetworks.example.co.uk"), "Reference call - Ross Paterson",
             "2026-11-26 16:02:29", LDN, "<PAXPR04MB8912A3B4C5D6E7F8A9B0C1D2E3F4@PAXPR04MB8912.eurprd04.prod.outlook.com>")
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>\n")))
