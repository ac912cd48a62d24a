"""blind251: 50 hand-written mails from the inbox of Marcus Bell, a public-health epidemiologist
in Tallahassee, Florida (America/New_York), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). One function
per mail; ``make.py`` does the MIME plumbing and checks the labels. Build and check with
``python3 bench/heldout/make_blind.py blind251``.
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

ORDER = random.Random(2510251).sample(range(1, 51), 50)

ME = "marcus.bell@example.org"
MB = addr("Marcus Bell", ME)
NY = "America/New_York"
CHI = "America/Chicago"
LA = "America/Los_Angeles"
BER = "Europe/Berlin"
LANG = "en-US"


def name(key: int) -> str:
    return f"blind251_{ORDER[key - 1]:03d}"


def _id(seed: str, n: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hdr(frm: str, subject: str, when: str, zone: str, mid: str, *, host: str, ip: str,
        to: str = MB, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID (+ extra) as Gmail-style MX stores them."""
    rcv = received(f"from {host} ({host} [{ip}])", when, zone,
                   f"mx.example.org with ESMTPS id {_id(mid)}", ME)
    return [("Delivered-To", ME), ("Received", rcv), ("From", frm), ("To", to),
            ("Subject", enc(subject, charset)), ("Date", date(when, zone)), ("Message-ID", mid), *extra]


def pos(key: int, *, family: str, kind: str, company: str, local: str, zone: str, note: str,
        local_end: str | None = None, contact: str | None = None, days: tuple = ()):
    rest = local.split(" ", 1)[1]
    return mail(name(key), family=family, lang=LANG, interview=True, kind=kind, company=company,
                start=utc(rest, zone), end=utc(local_end, zone) if local_end else None,
                contact=contact, local=local, local_end=local_end, zone=zone, note=note, days=days)


def neg(key: int, *, family: str, company: str | None, note: str, days: tuple = (),
        local: str | None = None, zone: str | None = None):
    return mail(name(key), family=family, lang=LANG, interview=False, company=company, note=note,
                days=days, local=local, zone=zone)


# =========================================================================== positives


@pos(1, family="greenhouse", kind="scheduled", company="Canopy Health Analytics",
     local="Tue 2026-09-15 14:00", local_end="2026-09-15 14:45", zone=NY,
     contact="tessa.morrow@canopyhealthanalytics.com",
     note="Greenhouse confirmation sent Wed 9 Sep; 'Tuesday, September 15, 2026, 2:00 PM - 2:45 PM EDT' "
          "-> 18:00-18:45Z (EDT = UTC-4). Contact = human Reply-To (recruiter), From is no-reply@greenhouse.io.")
def g01() -> bytes:
    when = "2026-09-09 16:12:40"
    plain = t("""
        Hi Marcus,

        Thanks for confirming your availability. Your interview for Senior Epidemiologist,
        Population Health at Canopy Health Analytics is now scheduled.

        Interview details
        -----------------
        Date: Tuesday, September 15, 2026
        Time: 2:00 PM - 2:45 PM EDT
        Format: Video call (Google Meet) - the link is in the calendar invitation we sent
        separately.

        Interviewers:
          Dr. Renee Okafor, Director of Analytics
          Tessa Morrow, Talent Partner

        If anything changes on your side, just reply to this email and it will reach Tessa.

        Best,
        The Canopy Health Analytics Recruiting Team

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Marcus,</p>
        <p>Thanks for confirming your availability. Your interview for <b>Senior Epidemiologist,
        Population Health</b> at Canopy Health Analytics is now scheduled.</p>
        <table cellpadding="4" style="border:1px solid #e1e1e1">
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>2:00 PM &ndash; 2:45 PM EDT</td></tr>
        <tr><td><b>Format</b></td><td>Video call (Google Meet) &ndash; link in the calendar invitation</td></tr>
        </table>
        <p>Interviewers:<br>Dr. Renee Okafor, Director of Analytics<br>Tessa Morrow, Talent Partner</p>
        <p>If anything changes on your side, just reply to this email and it will reach Tessa.</p>
        <p>Best,<br>The Canopy Health Analytics Recruiting Team</p>
        <p style="color:#999;font-size:11px">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    h = hdr(addr("Canopy Health Analytics", "no-reply@greenhouse.io"),
            "Interview Confirmation: Senior Epidemiologist, Population Health - Canopy Health Analytics",
            when, NY, "<5f2c1a7e.0a1b2c3d.canopy.7731@greenhouse.io>", host="mail-190-8.greenhouse.io",
            ip="192.0.2.61",
            extra=(("Reply-To", addr("Tessa Morrow", "tessa.morrow@canopyhealthanalytics.com")),))
    return message(h, alt(text(plain), html(page)))


@pos(2, family="lever", kind="scheduled", company="Palmetto Data Works",
     local="Thu 2026-09-17 10:00", local_end="2026-09-17 10:30", zone=LA,
     contact="owen.strickland@palmettodataworks.com",
     note="Lever confirmation from a San Francisco firm; 'Thursday, Sep 17, 10:00 - 10:30 AM PDT' -> "
          "17:00-17:30Z (PDT = UTC-7); the text also says 1:00 PM your time (EDT). Contact = Reply-To.")
def g02() -> bytes:
    when = "2026-09-11 09:41:05"
    plain = t("""
        Hi Marcus,

        You're all set! Here are the details for your upcoming interview with Palmetto Data Works.

        Role: Health Data Scientist (Remote, US)
        When: Thursday, Sep 17, 10:00 - 10:30 AM PDT (1:00 PM your time, Eastern)
        Where: Zoom - https://palmettodataworks.zoom.us/j/84120337715
        With: Owen Strickland, Recruiting Lead

        Need to make a change? Reply to this email and Owen will help you out.

        Cheers,
        Palmetto Data Works Recruiting

        Sent via Lever
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;max-width:560px">
        <h2 style="font-weight:500">You're all set!</h2>
        <p>Hi Marcus,</p>
        <p>Here are the details for your upcoming interview with Palmetto Data Works.</p>
        <p><strong>Role:</strong> Health Data Scientist (Remote, US)<br>
        <strong>When:</strong> Thursday, Sep 17, 10:00 &ndash; 10:30 AM PDT (1:00 PM your time, Eastern)<br>
        <strong>Where:</strong> <a href="https://palmettodataworks.zoom.us/j/84120337715">Zoom</a><br>
        <strong>With:</strong> Owen Strickland, Recruiting Lead</p>
        <p>Need to make a change? Reply to this email and Owen will help you out.</p>
        <p>Cheers,<br>Palmetto Data Works Recruiting</p>
        <p style="font-size:11px;color:#aaa">Sent via Lever</p>
        </div>
        """)
    h = hdr(addr("Palmetto Data Works", "no-reply@hire.lever.co"),
            "Your interview with Palmetto Data Works is confirmed",
            when, LA, "<0100018e7f5a.palmetto.19a4@email.lever.co>", host="o1.email.lever.co",
            ip="198.51.100.23",
            extra=(("Reply-To", addr("Owen Strickland", "owen.strickland@palmettodataworks.com")),))
    return message(h, alt(text(plain), html(page)))


@pos(3, family="workday", kind="scheduled", company="Gulf Coast Regional Health",
     local="Wed 2026-09-23 09:30", zone=CHI, contact="danielle.fournier@gulfcoastregional.org",
     note="Workday HTML-only mail from a Pensacola hospital system; '9:30 AM Central Time' -> 14:30Z "
          "(CDT = UTC-5); 'approximately 30 minutes' so end null. Contact = recruiter address in the body.")
def g03() -> bytes:
    when = "2026-09-16 13:05:51"
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#0b4f6c;padding:12px;color:#fff">
        <b>Gulf Coast Regional Health</b> &middot; Careers</td></tr>
        <tr><td style="padding:16px">
        <p>Dear Marcus Bell,</p>
        <p>Thank you for your interest in the <b>Infection Prevention Epidemiologist</b> position
        (Job Requisition R-0048812) at Gulf Coast Regional Health.</p>
        <p>We are pleased to confirm your phone screen with Talent Acquisition:</p>
        <p>Date: Wednesday, September 23, 2026<br>
        Time: 9:30 AM Central Time<br>
        Length: approximately 30 minutes<br>
        Interviewer: Danielle Fournier, Talent Acquisition Partner<br>
        We will call you at the number on your application.</p>
        <p>Please note that our Pensacola campus operates on Central Time.</p>
        <p>If you need to reach the recruiter directly, please email
        <a href="mailto:danielle.fournier@gulfcoastregional.org">danielle.fournier@gulfcoastregional.org</a>.
        Please do not reply to this message; this mailbox is not monitored.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Gulf Coast Regional Health</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#888;padding:8px">This email was sent from Workday.
        To view your candidate home, sign in at gulfcoastregional.wd5.myworkdayjobs.com.</td></tr>
        </table></body></html>
        """)
    h = hdr(addr("Gulf Coast Regional Health", "gulfcoastregional@myworkday.com"),
            "Interview Confirmation - Infection Prevention Epidemiologist (R-0048812)",
            when, CHI, "<1603957815.48812.1789583151@wd5-prod-mail.myworkday.com>", host="wd5-smtp.myworkday.com",
            ip="203.0.113.14")
    return message(h, html(page, cte="base64"))


@pos(4, family="human_prose", kind="scheduled", company="Florida Bureau of Disease Intelligence",
     local="Tue 2026-09-22 10:30", zone=NY, contact="lwhitaker@fbdi.example.gov",
     days=(("Thu", "2026-09-17"),),
     note="State-agency hiring manager, plain text, sent Thu 17 Sep: 'next Tuesday at 10:30' = Tue 22 Sep "
          "10:30 EDT -> 14:30Z. 'about an hour' so end null. Contact = human sender.")
def g04() -> bytes:
    when = "2026-09-17 15:48:12"
    body = t("""
        Marcus,

        Thank you for getting back to me so quickly. We'd like to have you in for the
        interview next Tuesday at 10:30. It will be the three of us from the surveillance
        unit (me, Carla Nguyen and Ben Ostrowski) and should take about an hour.

        We're in the Capital Circle office complex, building 4, 2nd floor. Check in at the
        front desk and they'll call up. Parking is free in the visitor lot.

        Bring a copy of your writing sample if you have one handy, otherwise no worries.

        Lorraine Whitaker, MPH
        Surveillance Section Administrator
        Florida Bureau of Disease Intelligence
        (850) 555-0142

        PLEASE NOTE: Florida has a very broad public records law. Most written
        communications to or from state officials regarding state business are public
        records available to the public and media upon request.
        """)
    h = hdr(addr("Whitaker, Lorraine", "lwhitaker@fbdi.example.gov"), "RE: Epidemiologist II interview",
            when, NY, "<BN8PR09MB4417E2D8A1F0C1B95A1D77C2A4412@BN8PR09MB4417.namprd09.prod.outlook.com>",
            host="mail-bn8nam12on2101.outbound.protection.outlook.com", ip="198.51.100.101",
            extra=(("In-Reply-To", "<CAHm3kN0x7RwE1r@mail.example.org>"),
                   ("Thread-Topic", "Epidemiologist II interview"),
                   ("Content-Language", "en-US")))
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@pos(5, family="exchange_outlook", kind="scheduled", company="Ochlocknee County Health Department",
     local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=NY,
     contact="gerald.pruitt@ochlockneehealth.example.gov",
     note="Exchange meeting request with Windows zone 'Eastern Standard Time', sent Wed 28 Oct (still EDT); "
          "interview Tue 3 Nov 10:00-11:00 after DST ended on 1 Nov -> 15:00-16:00Z (EST = UTC-5). "
          "The body shows the Outlook '(UTC-05:00) Eastern Time (US & Canada)' label. Contact = ORGANIZER/sender.")
def g05() -> bytes:
    when = "2026-10-28 11:20:33"
    plain = t("""
        Hi Marcus,

        Sending the calendar invitation for your interview for the Epidemiology Program
        Manager position. We will meet in the large conference room (Room 114) at our main
        clinic, 2730 Crawfordville Hwy. Please bring a photo ID for the front desk.

        Gerald Pruitt
        Deputy Director, Ochlocknee County Health Department

        When: Tuesday, November 3, 2026 10:00 AM-11:00 AM. (UTC-05:00) Eastern Time (US & Canada)
        Where: OCHD Main Clinic, Room 114

        ________________________________________________________________________________
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2016
        VERSION:2.0
        {{VTZ}}
        BEGIN:VEVENT
        ORGANIZER;CN=Gerald Pruitt:mailto:gerald.pruitt@ochlockneehealth.example.gov
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Bell:mailto:{ME}
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sharon Lamb:mailto:slamb@ochlockneehealth.example.gov
        DESCRIPTION;LANGUAGE=en-US:Hi Marcus\\,\\n\\nSending the calendar invitation for your interview for the Epidemiology Program Manager position.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0A7B3C84E66DC01000000000000000010000000B1C6F2
        SUMMARY;LANGUAGE=en-US:Interview - Marcus Bell - Epidemiology Program Manager
        DTSTART;TZID=Eastern Standard Time:20261103T100000
        DTEND;TZID=Eastern Standard Time:20261103T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261028T152033Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:OCHD Main Clinic\\, Room 114
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2117340921
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """).replace("{VTZ}", VTZ["Eastern Standard Time"])
    h = hdr(addr("Gerald Pruitt", "gerald.pruitt@ochlockneehealth.example.gov"),
            "Interview - Marcus Bell - Epidemiology Program Manager",
            when, NY, "<SA1PR09MB8121A3C0E5B1F4A7C2D0E9F1B7712@SA1PR09MB8121.namprd09.prod.outlook.com>",
            host="mail-sa1nam12on2093.outbound.protection.outlook.com", ip="198.51.100.93",
            extra=(("Thread-Topic", "Interview - Marcus Bell - Epidemiology Program Manager"),
                   ("Content-Language", "en-US"),
                   ("X-MS-Has-Attach", ""),
                   ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(plain, cte="quoted-printable"), calendar(ics, method="REQUEST", cte="base64")))


@pos(6, family="calendly", kind="scheduled", company="Red Hills Community Health Alliance",
     local="Wed 2026-10-07 13:00", local_end="2026-10-07 13:30", zone=NY,
     contact="janelle.brooks@redhillshealth.org",
     note="Calendly invitee confirmation (the candidate booked the slot, so the time is fixed); "
          "'1:00pm - 1:30pm, Wednesday, October 7, 2026 (Eastern Time - US & Canada)' -> 17:00-17:30Z; "
          "ICS in UTC agrees. Contact = Reply-To host (From is notifications@calendly.com).")
def g06() -> bytes:
    when = "2026-10-05 08:14:02"
    plain = t("""
        Hi Marcus Bell,

        Your Interview - Program Evaluation Lead with Janelle Brooks is confirmed.

        Event type:
        Interview - Program Evaluation Lead (30 min)

        Date/Time:
        1:00pm - 1:30pm, Wednesday, October 7, 2026 (Eastern Time - US & Canada)

        Location:
        This is a Google Meet web conference. Join here: https://meet.google.com/rhc-wqpt-xkd

        Invitee:
        Marcus Bell

        Invitee Email:
        marcus.bell@example.org

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3e1f0c2a-77b4-4f5e-b1f0-9c2e8aa4d1f3
        Reschedule: https://calendly.com/reschedulings/3e1f0c2a-77b4-4f5e-b1f0-9c2e8aa4d1f3

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="margin:0;background:#f7f7f7">
        <table align="center" width="520" style="background:#fff;font-family:proxima-nova,Helvetica,sans-serif;font-size:15px;color:#4d5055">
        <tr><td style="padding:24px">
        <p>Hi Marcus Bell,</p>
        <p>Your <b>Interview - Program Evaluation Lead</b> with Janelle Brooks is confirmed.</p>
        <p style="font-weight:bold;margin-bottom:0">Date/Time:</p>
        <p style="margin-top:4px">1:00pm - 1:30pm, Wednesday, October 7, 2026 (Eastern Time - US &amp; Canada)</p>
        <p style="font-weight:bold;margin-bottom:0">Location:</p>
        <p style="margin-top:4px">This is a Google Meet web conference. <a href="https://meet.google.com/rhc-wqpt-xkd">Join now</a></p>
        <p><a href="https://calendly.com/cancellations/3e1f0c2a-77b4-4f5e-b1f0-9c2e8aa4d1f3">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/3e1f0c2a-77b4-4f5e-b1f0-9c2e8aa4d1f3">Reschedule</a></p>
        </td></tr>
        <tr><td style="font-size:12px;color:#999;padding:12px 24px">Powered by Calendly.com</td></tr>
        </table></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261005T121402Z
        UID:3e1f0c2a-77b4-4f5e-b1f0-9c2e8aa4d1f3@calendly.com
        DTSTART:20261007T170000Z
        DTEND:20261007T173000Z
        SUMMARY:Interview - Program Evaluation Lead between Janelle Brooks and Marcus Bell
        LOCATION:https://meet.google.com/rhc-wqpt-xkd
        ORGANIZER;CN=Janelle Brooks:mailto:janelle.brooks@redhillshealth.org
        ATTENDEE;CN=Marcus Bell;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdr(addr("Calendly", "notifications@calendly.com"),
            "Confirmed: Interview - Program Evaluation Lead with Janelle Brooks on Wednesday, October 7, 2026",
            when, NY, "<01000192c1e5d8f3-6b0e2a44-calendly-7a1f@email.amazonses.com>",
            host="a8-33.smtp-out.amazonses.com", ip="54.240.8.33",
            extra=(("Reply-To", addr("Janelle Brooks", "janelle.brooks@redhillshealth.org")),))
    return message(h, mixed(alt(text(plain), html(page)),
                            calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64")))


@pos(7, family="google_calendar", kind="scheduled", company="Suwannee University",
     local="Wed 2026-09-30 10:00", local_end="2026-09-30 11:00", zone=NY,
     contact="hcole@suwannee.example.edu",
     note="Google Calendar invitation from the search-committee chair in Gainesville (same zone); "
          "'Wed Sep 30, 2026 10am - 11am (EDT)' -> 14:00-15:00Z; ICS TZID America/New_York agrees. "
          "Contact = ORGANIZER/sender.")
def g07() -> bytes:
    when = "2026-09-22 14:37:19"
    plain = t(f"""
        You have been invited to the following event.

        Title: Search committee interview: Marcus Bell (Research Asst. Professor, Epidemiology)
        Marcus - this is the first-round video interview with the search committee. We'll
        spend ~10 minutes on a short research talk and the rest on questions.
        Zoom: https://suwannee.zoom.us/j/91833020047
        When: Wed Sep 30, 2026 10am - 11am (EDT)
        Calendar: {ME}
        Who:
            * Hannah Cole - organizer
            * Marcus Bell
            * Tomas Herrera
            * Aisha Grant

        Event details: https://calendar.google.com/calendar/event?action=VIEW&eid=N2VhN2Q0

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account {ME} because you are an attendee of this event.

        To stop receiving future updates for this event, decline this event. Alternatively you can sign
        up for a Google account at https://calendar.google.com/calendar/ and control your notification
        settings for your entire calendar.

        Forwarding this invitation could allow any recipient to send a response to the organizer and be
        added to the guest list, or invite others regardless of their own invitation status, or to modify
        your RSVP. Learn more at https://support.google.com/calendar/answer/37135#forwarding
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {{VTZ}}
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20260930T100000
        DTEND;TZID=America/New_York:20260930T110000
        DTSTAMP:20260922T183719Z
        ORGANIZER;CN=Hannah Cole:mailto:hcole@suwannee.example.edu
        UID:7ea7d4b1c0e93f2a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Bell;X-NUM-GUESTS=0:mailto:{ME}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hannah Cole;X-NUM-GUESTS=0:mailto:hcole@suwannee.example.edu
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tomas Herrera;X-NUM-GUESTS=0:mailto:therrera@suwannee.example.edu
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aisha Grant;X-NUM-GUESTS=0:mailto:agrant@suwannee.example.edu
        CREATED:20260922T183650Z
        DESCRIPTION:Marcus - this is the first-round video interview with the search committee. We'll spend ~10 minutes on a short research talk and the rest on questions.\\nZoom: https://suwannee.zoom.us/j/91833020047
        LAST-MODIFIED:20260922T183719Z
        LOCATION:https://suwannee.zoom.us/j/91833020047
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Search committee interview: Marcus Bell (Research Asst. Professor\\, Epidemiology)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("{VTZ}", VTZ[NY])
    page = gmail_html(plain)
    h = hdr(addr("Hannah Cole", "hcole@suwannee.example.edu"),
            "Invitation: Search committee interview: Marcus Bell (Research Asst. Professor, Epidemiology) "
            f"@ Wed Sep 30, 2026 10am - 11am (EDT) ({ME})",
            when, NY, "<calendar-4f8a2e61-9d3b-4c1e-a7b0-52e1d9c8f013@google.com>",
            host="mail-sor-f69.google.com", ip="209.85.220.69",
            extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                   ("Reply-To", addr("Hannah Cole", "hcole@suwannee.example.edu"))))
    return message(h, mixed(alt(text(plain, cte="7bit"), html(page), calendar(ics, method="REQUEST")),
                            calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", name_param=True)))


@pos(8, family="ashby", kind="scheduled", company="Sitka Health Labs",
     local="Thu 2026-10-15 17:30", local_end="2026-10-15 18:15", zone=LA,
     contact="meilin.tanaka@sitkahealthlabs.com",
     note="Ashby confirmation from a Seattle firm; 'Thursday, October 15, 2026, 5:30 PM - 6:15 PM PDT' -> "
          "Fri 16 Oct 00:30-01:15Z, another day in UTC (8:30 PM Eastern for the candidate). ICS in UTC "
          "agrees. Contact = Reply-To / ORGANIZER recruiter.")
def g08() -> bytes:
    when = "2026-10-09 15:02:44"
    plain = t("""
        Hi Marcus,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 15, 2026, 5:30 PM – 6:15 PM PDT
        (that's 8:30 PM – 9:15 PM Eastern – thanks for accommodating our West Coast team)
        Google Meet: https://meet.google.com/skh-tbzq-rma

        You'll meet with:
          Dr. Wendell Price — Head of Real-World Evidence

        Questions? Just reply and it will reach Mei Lin Tanaka.

        Thanks,
        Sitka Health Labs Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Marcus,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><b>Thursday, October 15, 2026, 5:30 PM – 6:15 PM PDT</b><br>
        (that's 8:30 PM – 9:15 PM Eastern – thanks for accommodating our West Coast team)<br>
        Google Meet: <a href="https://meet.google.com/skh-tbzq-rma">meet.google.com/skh-tbzq-rma</a></p>
        <p>You'll meet with:<br>&nbsp;&nbsp;Dr. Wendell Price — Head of Real-World Evidence</p>
        <p>Questions? Just reply and it will reach Mei Lin Tanaka.</p>
        <p>Thanks,<br>Sitka Health Labs Recruiting</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ashby-9b3e17c4-2d8a-4f60-8e1b-07c5aa13d9e2
        DTSTAMP:20261009T220244Z
        DTSTART:20261016T003000Z
        DTEND:20261016T011500Z
        SEQUENCE:0
        SUMMARY:Sitka Health Labs - Real-World Evidence Epidemiologist Interview
        LOCATION:https://meet.google.com/skh-tbzq-rma
        ORGANIZER;CN=Mei Lin Tanaka:mailto:meilin.tanaka@sitkahealthlabs.com
        ATTENDEE;CN=Marcus Bell;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdr(addr("Sitka Health Labs", "no-reply@ashbyhq.com"),
            "Interview confirmed: Real-World Evidence Epidemiologist at Sitka Health Labs",
            when, LA, "<010001929a8b1c2d-5e6f7a8b-sitka-0001@email.amazonses.com>",
            host="mail.ashbyhq.com", ip="54.240.27.12",
            extra=(("Reply-To", addr("Mei Lin Tanaka", "meilin.tanaka@sitkahealthlabs.com")),))
    return message(h, mixed(alt(text(plain, cte="base64"), html(page, cte="base64")),
                            calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


@pos(9, family="smartrecruiters", kind="scheduled", company="Riverside Claims Intelligence",
     local="Mon 2026-10-19 11:00", local_end="2026-10-19 12:00", zone=NY,
     contact="kendra.oyelaran@riversideclaims.com",
     note="SmartRecruiters interview confirmation, Jacksonville firm (Eastern); 'Monday, October 19, 2026 "
          "11:00 AM - 12:00 PM (GMT-04:00) Eastern Time' -> 15:00-16:00Z. From is a no-reply platform "
          "address; contact = the recruiter's address in the body.")
def g09() -> bytes:
    when = "2026-10-13 10:26:57"
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d;background:#f4f6f8">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/riverside-claims.png" alt="Riverside Claims Intelligence" height="40">
        <h3 style="color:#0a6ebd">Your interview is scheduled</h3>
        <p>Hello Marcus,</p>
        <p>Thank you for selecting a time. Here is a summary of your interview for
        <b>Senior Analyst, Clinical Outcomes Epidemiology</b>:</p>
        <table style="font-size:14px">
        <tr><td style="color:#777;padding-right:12px">Date</td><td>Monday, October 19, 2026</td></tr>
        <tr><td style="color:#777;padding-right:12px">Time</td><td>11:00 AM - 12:00 PM (GMT-04:00) Eastern Time</td></tr>
        <tr><td style="color:#777;padding-right:12px">Location</td><td>Microsoft Teams (link to follow from the hiring team)</td></tr>
        <tr><td style="color:#777;padding-right:12px">Interviewers</td><td>Kendra Oyelaran, Hiring Manager; Luis Batista, Sr. Data Engineer</td></tr>
        </table>
        <p>If you have any questions, please contact Kendra Oyelaran at
        <a href="mailto:kendra.oyelaran@riversideclaims.com">kendra.oyelaran@riversideclaims.com</a>.</p>
        <p>Best regards,<br>Riverside Claims Intelligence Talent Team</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">This message was sent to marcus.bell@example.org by Riverside Claims Intelligence
        via SmartRecruiters. Please do not reply to this email.</p>
        </div></body></html>
        """)
    plain = t("""
        Your interview is scheduled

        Hello Marcus,

        Thank you for selecting a time. Here is a summary of your interview for Senior Analyst,
        Clinical Outcomes Epidemiology:

        Date: Monday, October 19, 2026
        Time: 11:00 AM - 12:00 PM (GMT-04:00) Eastern Time
        Location: Microsoft Teams (link to follow from the hiring team)
        Interviewers: Kendra Oyelaran, Hiring Manager; Luis Batista, Sr. Data Engineer

        If you have any questions, please contact Kendra Oyelaran at kendra.oyelaran@riversideclaims.com.

        Best regards,
        Riverside Claims Intelligence Talent Team

        This message was sent to marcus.bell@example.org by Riverside Claims Intelligence via SmartRecruiters.
        Please do not reply to this email.
        """)
    h = hdr(addr("Riverside Claims Intelligence", "noreply@smartrecruiters.com"),
            "Interview scheduled: Senior Analyst, Clinical Outcomes Epidemiology",
            when, NY, "<20261013142657.7c1d2e0f9a@mail.smartrecruiters.com>",
            host="mail.smartrecruiters.com", ip="192.0.2.144")
    return message(h, alt(text(plain), html(page)))


@pos(10, family="icims", kind="scheduled", company="St. Johns River Health",
     local="Tue 2026-10-27 14:00", zone=NY, contact="marisol.pena@sjrhealth.org",
     note="iCIMS mail (iso-8859-1, quoted-printable) from a Jacksonville hospital system; '10/27/2026 at "
          "2:00 PM (ET)' -> 18:00Z (EDT). The attached ICS is an all-day event on 27 Oct: the time is only "
          "in the text. No length stated -> end null. Contact = recruiter address in the body.")
def g10() -> bytes:
    when = "2026-10-21 09:03:10"
    plain = t("""
        Dear Marcus,

        Thank you for your application for the position of Epidemiologist - Quality & Patient
        Safety (Req ID 2026-11873). We would like to confirm your interview as follows:

            Date:      10/27/2026
            Time:      2:00 PM (ET)
            Location:  St. Johns River Health, Riverside Tower, 3rd Floor, Room 3-210
                       1300 Riverplace Blvd, Jacksonville, FL
            Panel:     Dr. Anil Mehta (Director, Quality Analytics), Marisol Peña (Recruiter)

        Please arrive 15 minutes early and bring a government-issued ID. Visitor parking is
        available in Garage B; we will validate your ticket.

        Should you need to reach me, please write to marisol.pena@sjrhealth.org or call
        (904) 555-0188.

        Kind regards,

        Marisol Peña
        Talent Acquisition Specialist
        St. Johns River Health

        ----
        This message was sent by St. Johns River Health via iCIMS. Replies to this address are not
        monitored.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//iCIMS//Talent Platform//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:icims-2026-11873-4471902@sjrhealth.icims.com
        DTSTAMP:20261021T130310Z
        DTSTART;VALUE=DATE:20261027
        DTEND;VALUE=DATE:20261028
        SUMMARY:Interview - St. Johns River Health (see email for time)
        LOCATION:Riverside Tower 3-210\\, 1300 Riverplace Blvd\\, Jacksonville FL
        DESCRIPTION:Interview for Epidemiologist - Quality & Patient Safety. Please refer to your confirmation email for the time.
        ORGANIZER;CN=St. Johns River Health:mailto:stjohnsriverhealth@talent.icims.com
        ATTENDEE;CN=Marcus Bell:mailto:{ME}
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdr(addr("St. Johns River Health", "stjohnsriverhealth@talent.icims.com"),
            "Interview Confirmation - Epidemiologist - Quality & Patient Safety",
            when, NY, "<1787915390.4471902.1792587790310.JavaMail.icims@talent.icims.com>",
            host="smtp02.talent.icims.com", ip="203.0.113.201")
    return message(h, mixed(text(plain, charset="iso-8859-1"),
                            calendar(ics, method="PUBLISH", filename="Interview.ics", disposition="attachment",
                                     name_param=True)))


@pos(11, family="goodtime", kind="scheduled", company="Peachtree Population Health",
     local="Thu 2026-11-05 09:00", local_end="2026-11-05 11:30", zone=NY,
     contact="bria.caldwell@peachtreepophealth.com",
     note="GoodTime itinerary for an Atlanta onsite (Eastern), sent Fri 30 Oct in EDT; three sessions on "
          "Thu 5 Nov after DST ended, 9:00 AM - 11:30 AM EST -> 14:00-16:30Z (first start to last end). "
          "Contact = coordinator Reply-To.")
def g11() -> bytes:
    when = "2026-10-30 16:40:00"
    plain = t("""
        Hi Marcus,

        We're excited to host you in Atlanta! Below is your interview itinerary for the
        Principal Epidemiologist role. All times are Eastern Standard Time (EST) - note that
        daylight saving time ends this Sunday, so your phone calendar will shift by an hour if
        you add these by hand before then.

        Thursday, November 5, 2026
        Peachtree Population Health, 1180 West Peachtree St NW, Suite 1400, Atlanta, GA

          9:00 AM - 9:45 AM   Dr. Simone Achebe, VP Epidemiology
          9:45 AM - 10:30 AM  Kyle Brandt & Ruth Osei, Biostatistics
          10:30 AM - 10:45 AM Break
          10:45 AM - 11:30 AM Bria Caldwell, Recruiting (wrap-up)

        Please check in with the front desk on the 14th floor about 10 minutes early. Lunch is
        not included, but there are plenty of options in the building.

        Questions about logistics? Reply to this email and it goes straight to Bria.

        Best,
        Bria Caldwell
        Recruiting Coordinator, Peachtree Population Health

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Marcus,</p>
        <p>We're excited to host you in Atlanta! Below is your interview itinerary for the
        <b>Principal Epidemiologist</b> role. All times are <b>Eastern Standard Time (EST)</b> &ndash; note that
        daylight saving time ends this Sunday, so your phone calendar will shift by an hour if
        you add these by hand before then.</p>
        <h4 style="margin-bottom:4px">Thursday, November 5, 2026</h4>
        <p style="margin-top:0">Peachtree Population Health, 1180 West Peachtree St NW, Suite 1400, Atlanta, GA</p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr style="border-bottom:1px solid #e4e7eb"><td>9:00 AM &ndash; 9:45 AM</td><td>Dr. Simone Achebe, VP Epidemiology</td></tr>
        <tr style="border-bottom:1px solid #e4e7eb"><td>9:45 AM &ndash; 10:30 AM</td><td>Kyle Brandt &amp; Ruth Osei, Biostatistics</td></tr>
        <tr style="border-bottom:1px solid #e4e7eb"><td>10:30 AM &ndash; 10:45 AM</td><td><i>Break</i></td></tr>
        <tr><td>10:45 AM &ndash; 11:30 AM</td><td>Bria Caldwell, Recruiting (wrap-up)</td></tr>
        </table>
        <p>Please check in with the front desk on the 14th floor about 10 minutes early.</p>
        <p>Questions about logistics? Reply to this email and it goes straight to Bria.</p>
        <p>Best,<br>Bria Caldwell<br>Recruiting Coordinator, Peachtree Population Health</p>
        <p style="font-size:11px;color:#9aa5b1">Scheduled with GoodTime</p>
        </body></html>
        """)
    h = hdr(addr("Bria Caldwell (via GoodTime)", "scheduling@goodtime.io"),
            "Your interview itinerary: Principal Epidemiologist - Thursday, November 5",
            when, NY, "<goodtime.itinerary.5d1e8c@mg.goodtime.io>", host="mg.goodtime.io", ip="198.51.100.77",
            extra=(("Reply-To", addr("Bria Caldwell", "bria.caldwell@peachtreepophealth.com")),))
    return message(h, alt(text(plain), html(page)))


@pos(12, family="workable", kind="scheduled", company="Bayou Analytics",
     local="Thu 2026-11-12 13:00", local_end="2026-11-12 13:45", zone=CHI,
     contact="travis.comeaux@bayouanalytics.com",
     note="Workable event from a Pensacola firm on Central time; 'Thursday, November 12, 1:00 PM CST "
          "(45 minutes)' -> 19:00-19:45Z (CST = UTC-6, 2:00 PM Eastern for the candidate). Reply-To is a "
          "Workable relay, not a human mailbox; contact = the hiring manager's address in the body.")
def g12() -> bytes:
    when = "2026-11-09 08:55:21"
    plain = t("""
        Hi Marcus,

        Travis Comeaux from Bayou Analytics has scheduled an interview with you.

        Position: Environmental Health Data Analyst
        Date: Thursday, November 12
        Time: 1:00 PM CST (45 minutes)
        Type: Phone call - Travis will call you at (850) 555-0117

        A note from Travis:
        "Looking forward to it Marcus. Heads up that we're on Central time over here in
        Pensacola, so that's 2 o'clock for you. If you need me before then my direct
        email is travis.comeaux@bayouanalytics.com."

        Good luck!
        Bayou Analytics hiring team

        You received this email because you applied for a job at Bayou Analytics.
        Powered by Workable
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Events//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:wk-ev-8812004-bayou-analytics@workable.com
        DTSTAMP:20261109T145521Z
        DTSTART:20261112T190000Z
        DTEND:20261112T194500Z
        SUMMARY:Phone call: Marcus Bell <> Bayou Analytics
        DESCRIPTION:Environmental Health Data Analyst - phone interview with Travis Comeaux
        ORGANIZER;CN=Bayou Analytics:mailto:bayou-analytics+e71c2a@candidates.workablemail.com
        ATTENDEE;CN=Marcus Bell;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdr(addr("Bayou Analytics", "noreply@candidates.workablemail.com"),
            "Phone call with Bayou Analytics on Thursday, November 12",
            when, CHI, "<wk.8812004.e71c2a.20261109145521@candidates.workablemail.com>",
            host="mta-45.candidates.workablemail.com", ip="192.0.2.45",
            extra=(("Reply-To", addr("Bayou Analytics", "bayou-analytics+e71c2a@candidates.workablemail.com")),))
    return message(h, mixed(text(plain, cte="8bit"),
                            calendar(ics, method="REQUEST", filename="event.ics", disposition="attachment")))


@pos(13, family="human_prose_phone", kind="scheduled", company="Big Bend Maternal Health Network",
     local="Fri 2026-11-20 09:00", zone=NY, contact="tanya@bigbendmhn.org",
     days=(("Tue", "2026-11-17"),),
     note="Terse phone reply (sent Tue 17 Nov) on top of the candidate's quoted offer of times: 'Friday 9 "
          "works' = Fri 20 Nov 09:00 EST -> 14:00Z. Contact = human sender.")
def g13() -> bytes:
    when = "2026-11-17 19:52:08"
    body = t("""
        Friday 9 works!! See u then. We're at the Monroe St office, 2nd fl, just buzz.

        T

        Sent from my iPhone

        > On Nov 17, 2026, at 6:31 PM, Marcus Bell <marcus.bell@example.org> wrote:
        >
        > Hi Tanya,
        >
        > Thanks for the call this afternoon. For the in-person conversation with you and
        > the program director I could do Thursday after 1 or Friday at 9 or 10 am, whichever
        > is easier.
        >
        > Best,
        > Marcus
        """)
    h = hdr(addr("Tanya Robichaux", "tanya@bigbendmhn.org"), "Re: Data & Evaluation Manager - in person",
            when, NY, "<A3F2B9C1-77E2-4D0A-9C11-2B8E3F5A6D71@bigbendmhn.org>",
            host="mail-pf1-f180.google.com", ip="209.85.210.180",
            extra=(("In-Reply-To", "<CAK9e1=marcus.1117@mail.example.org>"),
                   ("References", "<CAK9e1=marcus.1117@mail.example.org>"),
                   ("X-Mailer", "iPhone Mail (22B91)")))
    return message(h, text(body, charset="utf-8", cte="7bit"))


@pos(14, family="taleo", kind="scheduled", company="Meridian Health Plans",
     local="Wed 2026-12-02 10:00", zone=NY, contact="gregory.lindqvist@meridianhp.com",
     note="Taleo mail (windows-1252, quoted-printable) from a Jacksonville insurer, sent before "
          "Thanksgiving; 'Wednesday, December 2, 2026 at 10:00 a.m. Eastern' -> 15:00Z (EST). "
          "'approximately 60 minutes' -> end null. Contact = recruiter's address in the body.")
def g14() -> bytes:
    when = "2026-11-24 12:17:45"
    plain = t("""
        Dear Marcus Bell,

        Re: Requisition 2600419 – Senior Epidemiologist, Health Economics & Outcomes

        Thank you for your continued interest in Meridian Health Plans. We are pleased to confirm
        your virtual interview with the hiring team:

        • Date: Wednesday, December 2, 2026
        • Time: 10:00 a.m. Eastern
        • Duration: approximately 60 minutes
        • Platform: Microsoft Teams – the meeting link will be sent by the hiring manager’s
          assistant

        Please confirm receipt of this message by replying to Gregory Lindqvist at
        gregory.lindqvist@meridianhp.com (not to this automated address).

        We wish you a relaxing Thanksgiving holiday.

        Sincerely,
        Meridian Health Plans – Talent Acquisition

        This is an automated message from Taleo. Please do not respond.
        """)
    h = hdr(addr("Meridian Health Plans Careers", "meridianhp@ca.taleo.net"),
            "Interview Confirmation – Senior Epidemiologist, Health Economics & Outcomes",
            when, NY, "<1792861065.60419.JavaMail.taleo@tlo-mail03.taleo.net>",
            host="tlo-mail03.taleo.net", ip="203.0.113.33", charset="windows-1252")
    return message(h, text(plain, charset="windows-1252", cte="quoted-printable"))


@pos(15, family="forward_to_self", kind="scheduled", company="Harborview Biostatistics",
     local="Mon 2026-12-07 13:30", zone=NY, contact="colin.mabry@tidewatertalent.com",
     days=(("Thu", "2026-12-03"),),
     note="The candidate forwards to himself (personal -> main address) an agency recruiter's confirmation "
          "as an attached message/rfc822: 'Monday 12/7 at 1:30 PM EST' with the client -> 18:30Z. "
          "Hiring company = the client, Harborview Biostatistics; contact = the recruiter in the forwarded "
          "header (the forwarder is the candidate).")
def g15() -> bytes:
    when = "2026-12-03 21:10:02"
    inner_body = t("""
        Hi Marcus,

        Great news - Harborview Biostatistics would like to meet you! You're confirmed for
        Monday 12/7 at 1:30 PM EST with their VP of Analytics, Dr. Frances Oduya, at their
        Southbank office (1600 Prudential Dr, Suite 500, Jacksonville).

        Plan for an hour; it's a conversational interview, and they may ask about your
        vaccine-effectiveness work. Give me a call after and let me know how it went.

        Colin Mabry
        Senior Recruiter, Healthcare Analytics
        Tidewater Talent Partners
        colin.mabry@tidewatertalent.com | (904) 555-0163
        """)
    inner = message([
        ("From", addr("Colin Mabry", "colin.mabry@tidewatertalent.com")),
        ("To", addr("Marcus Bell", "mbell.epi@example.net")),
        ("Subject", "Confirmed: Harborview Biostatistics interview Monday 12/7"),
        ("Date", date("2026-12-03 16:02:40", NY)),
        ("Message-ID", "<DM6PR11MB41203F1C0E2A7B8@DM6PR11MB4120.namprd11.prod.outlook.com>"),
    ], text(inner_body, cte="quoted-printable"))
    outer = t("""
        sending this to my main inbox so I have it

        """)
    h = hdr(addr("Marcus Bell", "mbell.epi@example.net"),
            "Fwd: Confirmed: Harborview Biostatistics interview Monday 12/7",
            when, NY, "<CAF8x3Lm=fwd.1203.harborview@mail.example.net>",
            host="mail-example-net.example.net", ip="192.0.2.10")
    return message(h, mixed(text(outer, cte="7bit"), attached_message(inner, "Confirmed Harborview.eml")))


@pos(16, family="personio", kind="scheduled", company="Northstar Outbreak Analytics",
     local="Wed 2026-10-28 10:00", local_end="2026-10-28 11:00", zone=NY,
     contact="lena.hoffmann@northstar-outbreak.com",
     note="Personio invitation from a Berlin-based remote company, sent Wed 21 Oct; the week between "
          "Europe leaving summer time (25 Oct) and the US (1 Nov): '15:00-16:00 CET / 10:00-11:00 AM EDT' "
          "-> 14:00-15:00Z (both agree, 5 h apart that week). Contact = Reply-To recruiter.")
def g16() -> bytes:
    when = "2026-10-21 17:30:00"
    plain = t("""
        Hi Marcus,

        thanks again for your application for the position "Senior Epidemiologist (Remote, US
        time zones)". We are happy to confirm your interview:

        Date: Wednesday, 28 October 2026
        Time: 15:00 - 16:00 CET (Berlin) / 10:00 - 11:00 AM EDT (your time)
        Please note: Europe has already switched back to winter time on 25 October, the US
        switches on 1 November, so for this one week we are only 5 hours apart.
        Video call: https://meet.northstar-outbreak.com/interview/mb-2810

        Your interviewers: Lena Hoffmann (Talent Acquisition) and Dr. Jonas Reuter (Head of
        Surveillance Products).

        If you have any questions, simply reply to this message.

        Best regards,
        Lena Hoffmann
        Northstar Outbreak Analytics GmbH

        --
        Sent with Personio
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//EN
        METHOD:REQUEST
        {{VTZ}}
        BEGIN:VEVENT
        UID:personio-interview-55120931@northstar-outbreak.jobs.personio.de
        DTSTAMP:20261021T213000Z
        DTSTART;TZID=Europe/Berlin:20261028T150000
        DTEND;TZID=Europe/Berlin:20261028T160000
        SUMMARY:Interview Senior Epidemiologist - Marcus Bell
        ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@northstar-outbreak.com
        ATTENDEE;CN=Marcus Bell;RSVP=TRUE:mailto:{ME}
        LOCATION:https://meet.northstar-outbreak.com/interview/mb-2810
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("{VTZ}", VTZ[BER])
    h = hdr(addr("Northstar Outbreak Analytics", "noreply@personio.de"),
            "Your interview at Northstar Outbreak Analytics",
            when, NY, "<personio.55120931.1761082200@mail.personio.de>",
            host="mail.personio.de", ip="198.51.100.150",
            extra=(("Reply-To", addr("Lena Hoffmann", "lena.hoffmann@northstar-outbreak.com")),))
    return message(h, mixed(text(plain), calendar(ics, method="REQUEST", filename="interview.ics",
                                                   disposition="attachment")))


@pos(17, family="google_calendar", kind="rescheduled", company="Dogwood Health Insights",
     local="Thu 2026-10-22 11:00", local_end="2026-10-22 11:45", zone=NY,
     contact="nadia.kirby@dogwoodhealth.io",
     note="Google Calendar 'Updated invitation' (SEQUENCE 1) from an Atlanta firm; the event moved from "
          "Tue Oct 20 2pm to 'Thu Oct 22, 2026 11am - 11:45am (Eastern Time - New York)' -> 15:00-15:45Z "
          "(EDT). Labelled with the new time. Contact = ORGANIZER/sender.")
def g17() -> bytes:
    when = "2026-10-19 09:12:30"
    plain = t(f"""
        This event has been updated
        Changed: time

        Interview: Marcus Bell / Dogwood Health Insights - Lead Epidemiologist
        Thursday Oct 22, 2026 ⋅ 11am – 11:45am (Eastern Time - New York)
        (previously Tuesday Oct 20, 2026 ⋅ 2pm – 2:45pm)

        Join with Google Meet
        meet.google.com/dwh-pmkr-zoa

        Organizer
        Nadia Kirby
        nadia.kirby@dogwoodhealth.io

        Guests
        Nadia Kirby - organizer
        Marcus Bell
        Samuel Petrakis

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=ZG9nd29vZA

        Reply for {ME}
        Yes / No / Maybe / More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {{VTZ}}
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261022T110000
        DTEND;TZID=America/New_York:20261022T114500
        DTSTAMP:20261019T131230Z
        ORGANIZER;CN=Nadia Kirby:mailto:nadia.kirby@dogwoodhealth.io
        UID:3kq9d0gwdhi2026lead@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Bell;X-NUM-GUESTS=0:mailto:{ME}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Samuel Petrakis;X-NUM-GUESTS=0:mailto:samuel.petrakis@dogwoodhealth.io
        CREATED:20261012T190455Z
        DESCRIPTION:Google Meet: https://meet.google.com/dwh-pmkr-zoa
        LAST-MODIFIED:20261019T131230Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Interview: Marcus Bell / Dogwood Health Insights - Lead Epidemiologist
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """).replace("{VTZ}", VTZ[NY])
    h = hdr(addr("Nadia Kirby", "nadia.kirby@dogwoodhealth.io"),
            "Updated invitation: Interview: Marcus Bell / Dogwood Health Insights - Lead Epidemiologist "
            f"@ Thu Oct 22, 2026 11am - 11:45am (EDT) ({ME})",
            when, NY, "<calendar-b1e0c5d2-88aa-4bb0-9e3c-dogwood2210@google.com>",
            host="mail-sor-f73.google.com", ip="209.85.220.73",
            extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),))
    return message(h, mixed(alt(text(plain, cte="base64"), html(gmail_html(plain), cte="base64"),
                                calendar(ics, method="REQUEST", cte="base64")),
                            calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", name_param=True)))


@pos(18, family="human_prose", kind="rescheduled", company="Suwannee University",
     local="Fri 2026-10-02 13:30", zone=NY, contact="hcole@suwannee.example.edu",
     days=(("Mon", "2026-09-28"), ("Wed", "2026-09-30")),
     note="Search-committee chair (Gainesville, Eastern) moves Wednesday's 10:00 interview to 'Friday at "
          "1:30 pm', sent Mon 28 Sep -> Fri 2 Oct 13:30 EDT = 17:30Z. Old and new time both in the text; "
          "new time labelled. Contact = human sender. Thread with the Google Calendar invitation.")
def g18() -> bytes:
    when = "2026-09-28 08:05:44"
    body = t("""
        Dear Marcus,

        I'm afraid I have to ask a favor. Two of our committee members have been pulled into
        the hurricane-response briefing on Wednesday morning, so we need to move your
        interview from Wednesday (9/30) at 10:00 to Friday at 1:30 pm. Same Zoom link, same
        format (short research talk, then questions). I'll update the calendar invite shortly.

        If Friday afternoon doesn't work for you, please let me know right away and we'll
        find something early next week.

        With apologies and thanks,
        Hannah

        --
        Hannah Cole, PhD
        Associate Professor and Search Committee Chair
        Department of Epidemiology, College of Public Health
        Suwannee University, Gainesville, FL
        hcole@suwannee.example.edu
        """)
    h = hdr(addr("Cole,Hannah", "hcole@suwannee.example.edu"),
            "Change of time for your interview (Research Asst. Professor search)",
            when, NY, "<MN2PR22MB3501B6D0A1CC4E2F@MN2PR22MB3501.namprd22.prod.outlook.com>",
            host="mail-mn2nam10on2127.outbound.protection.outlook.com", ip="198.51.100.127",
            extra=(("Content-Language", "en-US"),))
    return message(h, alt(text(body, cte="quoted-printable"),
                          html("<html><body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><p>"
                               + body.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>\n")
                               + "</p></div></body></html>\n")))


@pos(19, family="exchange_outlook", kind="rescheduled", company="Gulf Coast Regional Health",
     local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:30", zone=CHI,
     contact="danielle.fournier@gulfcoastregional.org",
     note="Exchange 'Updated' meeting request (Windows zone 'Central Standard Time') from the Pensacola "
          "hospital, sent Thu 29 Oct in CDT: panel moved from Fri 10/30 9:00 AM to Mon 11/2 9:00-10:30 AM "
          "Central, after DST ended -> 15:00-16:30Z (CST = UTC-6). Contact = ORGANIZER/sender.")
def g19() -> bytes:
    when = "2026-10-29 14:44:09"
    plain = t("""
        Hi Marcus,

        Dr. Abernathy has a conflict on Friday, so we've moved your panel interview from
        Friday 10/30 at 9:00 AM to Monday 11/2, 9:00 - 10:30 AM Central (10:00 AM your time in
        Tallahassee). Everything else stays the same - Teams link below. So sorry for the
        shuffle!

        Danielle

        When: Monday, November 2, 2026 9:00 AM-10:30 AM. (UTC-06:00) Central Time (US & Canada)
        Where: Microsoft Teams Meeting

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_GCRH2026panel%40thread.v2/0>
        Meeting ID: 271 903 448 115
        Passcode: 9sQx3B
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2016
        VERSION:2.0
        {{VTZ}}
        BEGIN:VEVENT
        ORGANIZER;CN=Danielle Fournier:mailto:danielle.fournier@gulfcoastregional.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Bell:mailto:{ME}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Robert Abernathy:mailto:robert.abernathy@gulfcoastregional.org
        DESCRIPTION;LANGUAGE=en-US:Hi Marcus\\,\\n\\nDr. Abernathy has a conflict on Friday\\, so we've moved your panel interview.\\n
        UID:040000008200E00074C5B7101A82E0080000000020F1D6A3C167DC01000000000000000010000000E0B44C
        SUMMARY;LANGUAGE=en-US:Panel Interview - Marcus Bell - Infection Prevention Epidemiologist
        DTSTART;TZID=Central Standard Time:20261102T090000
        DTEND;TZID=Central Standard Time:20261102T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261029T194409Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1904422187
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:danielle.fournier@gulfcoastregional.org\\;gruu\\;opaque=app:conf:focus:id:GCRH2026
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationUri":"","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """).replace("{VTZ}", VTZ["Central Standard Time"])
    h = hdr(addr("Danielle Fournier", "danielle.fournier@gulfcoastregional.org"),
            "Updated: Panel Interview - Marcus Bell - Infection Prevention Epidemiologist",
            when, CHI, "<CH0PR14MB5062F1A3B8E2D7C4A9E0F8B1D2C3@CH0PR14MB5062.namprd14.prod.outlook.com>",
            host="mail-ch0nam12on2110.outbound.protection.outlook.com", ip="198.51.100.110",
            extra=(("Thread-Topic", "Panel Interview - Marcus Bell - Infection Prevention Epidemiologist"),
                   ("Content-Language", "en-US")))
    return message(h, alt(text(plain), calendar(ics, method="REQUEST", cte="base64")))


@pos(20, family="lever", kind="rescheduled", company="Palmetto Data Works",
     local="Tue 2026-12-08 12:00", local_end="2026-12-08 13:00", zone=LA,
     contact="owen.strickland@palmettodataworks.com",
     note="Lever reschedule from the San Francisco firm: 'Previously: Monday, Dec 7, 12:00 - 1:00 PM PST'; "
          "'New time: Tuesday, Dec 8, 12:00 - 1:00 PM PST' -> 20:00-21:00Z (PST = UTC-8). Contact = Reply-To. "
          "Thread with the September Lever confirmation.")
def g20() -> bytes:
    when = "2026-12-02 11:08:19"
    plain = t("""
        Hi Marcus,

        Your final-round interview with Palmetto Data Works has been rescheduled.

        Previously: Monday, Dec 7, 12:00 - 1:00 PM PST
        New time:   Tuesday, Dec 8, 12:00 - 1:00 PM PST (3:00 - 4:00 PM Eastern)

        Role: Health Data Scientist (Remote, US)
        Where: Zoom - https://palmettodataworks.zoom.us/j/84120991302
        With: Amara Jensen (VP Data Science), Owen Strickland (Recruiting Lead)

        An updated calendar invitation is on its way. Questions? Reply to this email and Owen
        will help you out.

        Cheers,
        Palmetto Data Works Recruiting

        Sent via Lever
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;max-width:560px">
        <h2 style="font-weight:500">Your interview has been rescheduled</h2>
        <p>Hi Marcus,</p>
        <p>Your final-round interview with Palmetto Data Works has been rescheduled.</p>
        <p><s>Monday, Dec 7, 12:00 &ndash; 1:00 PM PST</s><br>
        <strong>Tuesday, Dec 8, 12:00 &ndash; 1:00 PM PST</strong> (3:00 &ndash; 4:00 PM Eastern)</p>
        <p><strong>Role:</strong> Health Data Scientist (Remote, US)<br>
        <strong>Where:</strong> <a href="https://palmettodataworks.zoom.us/j/84120991302">Zoom</a><br>
        <strong>With:</strong> Amara Jensen (VP Data Science), Owen Strickland (Recruiting Lead)</p>
        <p>An updated calendar invitation is on its way. Questions? Reply to this email and Owen will help you out.</p>
        <p>Cheers,<br>Palmetto Data Works Recruiting</p>
        <p style="font-size:11px;color:#aaa">Sent via Lever</p>
        </div>
        """)
    h = hdr(addr("Palmetto Data Works", "no-reply@hire.lever.co"),
            "Updated: your interview with Palmetto Data Works has been rescheduled",
            when, LA, "<0100018f2a7c.palmetto.final.44d1@email.lever.co>", host="o1.email.lever.co",
            ip="198.51.100.23",
            extra=(("Reply-To", addr("Owen Strickland", "owen.strickland@palmettodataworks.com")),))
    return message(h, alt(text(plain), html(page)))


@pos(21, family="ashby", kind="cancelled", company="Sitka Health Labs",
     local="Thu 2026-10-15 17:30", local_end="2026-10-15 18:15", zone=LA,
     contact="meilin.tanaka@sitkahealthlabs.com",
     note="Ashby cancellation (ICS METHOD:CANCEL) of the Seattle interview 'Thursday, October 15 at 5:30 PM "
          "PDT' = Fri 16 Oct 00:30-01:15Z; role on hold, no new time. Labelled with the cancelled slot. "
          "Contact = Reply-To / ORGANIZER. Thread with the Ashby confirmation.")
def g21() -> bytes:
    when = "2026-10-13 12:21:37"
    plain = t("""
        Hi Marcus,

        We're writing to let you know that your interview scheduled for Thursday, October 15,
        2026 at 5:30 PM PDT has been canceled.

        Unfortunately the Real-World Evidence Epidemiologist role has been put on hold while
        the team re-plans its 2027 budget. We're sorry for the late notice, and we'll reach out
        if the role reopens.

        Questions? Just reply and it will reach Mei Lin Tanaka.

        Thanks,
        Sitka Health Labs Recruiting
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:ashby-9b3e17c4-2d8a-4f60-8e1b-07c5aa13d9e2
        DTSTAMP:20261013T192137Z
        DTSTART:20261016T003000Z
        DTEND:20261016T011500Z
        SEQUENCE:1
        SUMMARY:Canceled: Sitka Health Labs - Real-World Evidence Epidemiologist Interview
        ORGANIZER;CN=Mei Lin Tanaka:mailto:meilin.tanaka@sitkahealthlabs.com
        ATTENDEE;CN=Marcus Bell;ROLE=REQ-PARTICIPANT:mailto:{ME}
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdr(addr("Sitka Health Labs", "no-reply@ashbyhq.com"),
            "Interview canceled: Real-World Evidence Epidemiologist at Sitka Health Labs",
            when, LA, "<010001929f0d4e11-2a3b4c5d-sitka-0002@email.amazonses.com>",
            host="mail.ashbyhq.com", ip="54.240.27.12",
            extra=(("Reply-To", addr("Mei Lin Tanaka", "meilin.tanaka@sitkahealthlabs.com")),))
    return message(h, mixed(text(plain), calendar(ics, method="CANCEL", filename="cancel.ics",
                                                   disposition="attachment")))


@pos(22, family="exchange_outlook", kind="cancelled", company="Florida Bureau of Disease Intelligence",
     local="Thu 2026-12-10 14:00", local_end="2026-12-10 15:00", zone=NY,
     contact="keisha.hall@fbdi.example.gov",
     days=(("Mon", "2026-12-14"),),
     note="Exchange 'Canceled:' meeting request (METHOD:CANCEL, Windows zone) for the state agency's second "
          "interview Thu 10 Dec 2:00-3:00 PM Eastern -> 19:00-20:00Z (EST). The body asks whether Monday "
          "12/14 at 9 would work instead - only proposed, so still cancelled with the cancelled slot. "
          "Contact = ORGANIZER/sender (the administrative assistant).")
def g22() -> bytes:
    when = "2026-12-07 13:31:18"
    plain = t("""
        Good afternoon Marcus,

        Unfortunately Ms. Whitaker has been called to a legislative budget hearing on
        Thursday, so we have to cancel the second interview on 12/10 at 2:00. She asked me
        to see whether Monday 12/14 at 9:00 AM would work for you instead - please let me
        know and I will send a new invitation once we hear back.

        Respectfully,

        Keisha Hall
        Administrative Assistant II
        Florida Bureau of Disease Intelligence
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2016
        VERSION:2.0
        {{VTZ}}
        BEGIN:VEVENT
        ORGANIZER;CN="Hall, Keisha":mailto:keisha.hall@fbdi.example.gov
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Bell:mailto:{ME}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitaker, Lorraine":mailto:lwhitaker@fbdi.example.gov
        DESCRIPTION;LANGUAGE=en-US:Good afternoon Marcus\\,\\n\\nUnfortunately Ms. Whitaker has been called to a legislative budget hearing on Thursday\\, so we have to cancel the second interview.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0C3F1E87E85DC01000000000000000010000000FBDI22
        SUMMARY;LANGUAGE=en-US:Canceled: Epidemiologist II - Second Interview - Marcus Bell
        DTSTART;TZID=Eastern Standard Time:20261210T140000
        DTEND;TZID=Eastern Standard Time:20261210T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261207T183118Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-US:4052 Bald Cypress Way Bldg 4 Conf Rm 210
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:1552093218
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """).replace("{VTZ}", VTZ["Eastern Standard Time"])
    h = hdr(addr("Hall, Keisha", "keisha.hall@fbdi.example.gov"),
            "Canceled: Epidemiologist II - Second Interview - Marcus Bell",
            when, NY, "<BN8PR09MB44170C2B7E1A3D9F0E4A2B6C8D01@BN8PR09MB4417.namprd09.prod.outlook.com>",
            host="mail-bn8nam12on2101.outbound.protection.outlook.com", ip="198.51.100.101",
            extra=(("Thread-Topic", "Epidemiologist II - Second Interview - Marcus Bell"),
                   ("Importance", "high"), ("Content-Language", "en-US")))
    return message(h, alt(text(plain), calendar(ics, method="CANCEL", cte="base64")))


@pos(23, family="human_prose_phone", kind="cancelled", company="Oakmont Health Partners",
     local="Thu 2026-11-19 11:00", zone=NY, contact="jess.alvarado@keystonehealthstaffing.com",
     days=(("Wed", "2026-11-18"),),
     note="Agency recruiter's terse early-morning mail (sent Wed 18 Nov): cancels 'tomorrow's 11:00 with "
          "Oakmont' = Thu 19 Nov 11:00 EST -> 16:00Z; role filled internally, no new time. Hiring company "
          "= the client Oakmont Health Partners; contact = the recruiter (human sender).")
def g23() -> bytes:
    when = "2026-11-18 07:48:55"
    body = t("""
        Marcus - ugh, bad news. I have to cancel tomorrow's 11:00 with Oakmont. Their HR
        just told me they filled the epi role internally (someone from their QI team). Really
        sorry, I know you prepped for this one. I've got two other openings I want to run by
        you, will call later today.

        Jess

        Jess Alvarado | Keystone Health Staffing
        jess.alvarado@keystonehealthstaffing.com | 904-555-0129
        Sent from my Galaxy
        """)
    h = hdr(addr("Jess Alvarado", "jess.alvarado@keystonehealthstaffing.com"), "oakmont tomorrow - cancelled",
            when, NY, "<jv9a2k.20261118074855.keystone@keystonehealthstaffing.com>",
            host="mail-qk1-f171.google.com", ip="209.85.222.171")
    return message(h, alt(text(body, cte="8bit"), html(gmail_html(body))))


# =========================================================================== negatives


@neg(24, family="rejection", company="Canopy Health Analytics",
     note="Greenhouse rejection after the September interview; mentions the past interview date, no new time.")
def g24() -> bytes:
    when = "2026-10-02 11:47:03"
    plain = t("""
        Hi Marcus,

        Thank you for taking the time to interview with us for the Senior Epidemiologist,
        Population Health role on September 15. The team enjoyed the conversation and was
        impressed by your surveillance background.

        After careful consideration, we have decided to move forward with another candidate
        whose experience more closely matches our current needs. This was a difficult
        decision, and we'd genuinely welcome your application for future openings.

        We wish you all the best in your search.

        Kind regards,
        Tessa Morrow
        Talent Partner, Canopy Health Analytics

        Powered by Greenhouse
        """)
    page = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    h = hdr(addr("Canopy Health Analytics", "no-reply@greenhouse.io"),
            "Update on your application - Canopy Health Analytics",
            when, NY, "<5f2c1a7e.0a1b2c3d.canopy.9012@greenhouse.io>", host="mail-190-8.greenhouse.io",
            ip="192.0.2.61",
            extra=(("Reply-To", addr("Tessa Morrow", "tessa.morrow@canopyhealthanalytics.com")),))
    return message(h, alt(text(plain), html(page)))


@neg(25, family="offer", company="Big Bend Maternal Health Network",
     note="Offer letter mail with a fixed start date/time (orientation Mon 4 Jan 2027, 8:00 AM): a confirmed "
          "time, but not an interview.")
def g25() -> bytes:
    when = "2026-12-01 16:20:41"
    body = t("""
        Dear Marcus,

        On behalf of Big Bend Maternal Health Network, I am delighted to offer you the position
        of Data & Evaluation Manager. The attached letter outlines the terms: an annual salary of
        $84,500, full benefits after 30 days, and 18 days of paid leave in your first year.

        If you accept, your first day would be Monday, January 4, 2027. New-hire orientation
        starts at 8:00 AM at our Monroe Street office; please bring two forms of ID for your I-9.

        Please sign and return the letter by Friday, December 11. Call me with any questions
        at all - we're thrilled at the prospect of having you on the team.

        Warmly,
        Tanya Robichaux
        Executive Director
        Big Bend Maternal Health Network
        tanya@bigbendmhn.org
        """)
    pdf_stub = text("%PDF-1.4 (offer letter, 2 pages)\n", charset="us-ascii", cte="base64",
                    extra=(("Content-Disposition", 'attachment; filename="Offer_Letter_M_Bell.pdf"'),))
    pdf_stub.headers[0] = ("Content-Type", 'application/pdf; name="Offer_Letter_M_Bell.pdf"')
    h = hdr(addr("Tanya Robichaux", "tanya@bigbendmhn.org"), "Offer of employment - Data & Evaluation Manager",
            when, NY, "<CAK2pT7=offer.bbmhn.20261201@mail.gmail.com>",
            host="mail-pj1-f46.google.com", ip="209.85.216.46")
    return message(h, mixed(alt(text(body), html(gmail_html(body))), pdf_stub))


@neg(26, family="application_receipt", company="Kestrel Public Health Consulting",
     note="Teamtailor application receipt ('we'll get back to you within two weeks'); no time.")
def g26() -> bytes:
    when = "2026-09-08 20:03:55"
    page = t("""
        <!doctype html>
        <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="background:#f5f5f7;font-family:Helvetica,Arial,sans-serif">
        <table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="560" style="background:#ffffff;border-radius:8px;padding:32px">
        <tr><td>
        <h1 style="font-size:22px">Thanks for applying, Marcus! 🎉</h1>
        <p>We've received your application for <b>Outbreak Response Consultant (Remote)</b> at
        Kestrel Public Health Consulting.</p>
        <p>Our team reviews every application personally. You'll hear from us within two weeks -
        and if we'd like to set up an interview, we'll reach out to find a time that suits you.</p>
        <p>In the meantime, get to know us better on our <a href="https://kestrelphc.teamtailor.com/departments">career site</a>.</p>
        <p>All the best,<br>The Kestrel team</p>
        </td></tr></table>
        <p style="font-size:11px;color:#8e8e93">Kestrel Public Health Consulting · Powered by Teamtailor ·
        <a href="https://kestrelphc.teamtailor.com/candidate/privacy">Manage your data</a></p>
        </td></tr></table></body></html>
        """)
    h = hdr(addr("Kestrel Public Health Consulting", "no-reply@kestrelphc.teamtailor-mail.com"),
            "Thanks for your application to Kestrel Public Health Consulting",
            when, NY, "<tt-7f21a93c0d2e4b@kestrelphc.teamtailor-mail.com>", host="mta.teamtailor-mail.com",
            ip="192.0.2.88")
    return message(h, html(page, cte="base64"))


@neg(27, family="job_alert", company=None,
     note="Job-board alert listing epidemiology openings ('interview' appears in a listing); no appointment.")
def g27() -> bytes:
    when = "2026-09-21 06:00:12"
    plain = t("""
        HealthJobs Florida - Your daily job alert

        8 new jobs match "epidemiologist" within 100 miles of Tallahassee, FL

        Epidemiologist III - Infectious Disease
        Florida Bureau of Disease Intelligence - Tallahassee, FL
        $62,000 - $78,000 a year · Posted 2 days ago

        Infection Preventionist / Epidemiologist
        Gulf Coast Regional Health - Pensacola, FL
        Easy apply · Interviews start next week!

        Research Data Analyst, Maternal & Child Health
        Big Bend Maternal Health Network - Tallahassee, FL
        Posted today

        Biostatistician II (Remote)
        Harborview Biostatistics - Jacksonville, FL
        $95,000 - $112,000 a year

        See all 8 jobs: https://alerts.healthjobsflorida.example.com/j/8811?u=mbell

        You're receiving this because you created a job alert on HealthJobs Florida.
        Unsubscribe: https://alerts.healthjobsflorida.example.com/unsub?u=mbell
        """)
    h = hdr(addr("HealthJobs Florida", "alerts@healthjobsflorida.example.com"),
            "8 new epidemiologist jobs near Tallahassee, FL",
            when, NY, "<alert.8811.20260921.mbell@healthjobsflorida.example.com>",
            host="bounce.healthjobsflorida.example.com", ip="203.0.113.90",
            extra=(("List-Unsubscribe", "<https://alerts.healthjobsflorida.example.com/unsub?u=mbell>"),
                   ("Precedence", "bulk")))
    return message(h, text(plain))


@neg(28, family="newsletter_tips", company=None,
     note="Career newsletter about panel interviews with example times ('your Tuesday 10 a.m. panel'); no "
          "appointment for the reader.")
def g28() -> bytes:
    when = "2026-10-06 07:30:00"
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;line-height:1.5;color:#222;max-width:620px">
        <p style="font-family:Arial;font-size:12px;color:#888">THE EPI CAREER BRIEF · Issue 142 · October 6, 2026</p>
        <h1>Your panel interview is confirmed. Now what?</h1>
        <p>So the email landed: <i>"We're pleased to confirm your interview on Tuesday at 10:00 a.m.
        with our surveillance team."</i> Congratulations. Here's how to spend the days in between.</p>
        <h3>1. Re-read the job posting the night before</h3>
        <p>Public-health panels love to ask how you'd handle a cluster investigation with two
        analysts and one weekend. Have a story ready.</p>
        <h3>2. Confirm the time zone</h3>
        <p>If the hiring team is in Pensacola or anywhere on Central time, "10 a.m." may mean 11 for
        you. Ask, politely, in your confirmation reply.</p>
        <h3>3. Prepare three questions</h3>
        <p>About data systems, about the team's last outbreak, and about how they measure success.</p>
        <p>Next week: negotiating a state-agency salary offer.</p>
        <p style="font-family:Arial;font-size:12px;color:#888">You subscribed at epicareerbrief.example.com ·
        <a href="https://epicareerbrief.example.com/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """)
    plain = t("""
        THE EPI CAREER BRIEF - Issue 142 - October 6, 2026

        Your panel interview is confirmed. Now what?

        So the email landed: "We're pleased to confirm your interview on Tuesday at 10:00 a.m.
        with our surveillance team." Congratulations. Here's how to spend the days in between.

        1. Re-read the job posting the night before
        2. Confirm the time zone - if the hiring team is on Central time, "10 a.m." may mean 11 for you.
        3. Prepare three questions

        Next week: negotiating a state-agency salary offer.

        Unsubscribe: https://epicareerbrief.example.com/unsubscribe
        """)
    h = hdr(addr("The Epi Career Brief", "brief@epicareerbrief.example.com"),
            "Your panel interview is confirmed. Now what?",
            when, NY, "<newsletter.142.d1f0@epicareerbrief.example.com>",
            host="mail-out.substack-like.example.com", ip="203.0.113.52",
            extra=(("List-Unsubscribe", "<https://epicareerbrief.example.com/unsubscribe>"),
                   ("List-Id", "The Epi Career Brief <brief.epicareerbrief.example.com>")))
    return message(h, alt(text(plain), html(page)))


@neg(29, family="goodtime_availability", company="Peachtree Population Health",
     note="GoodTime availability request ('select the times that work for you'): scheduling link, no fixed "
          "time yet.")
def g29() -> bytes:
    when = "2026-10-22 10:15:00"
    plain = t("""
        Hi Marcus,

        Congratulations on moving forward! The Peachtree Population Health team would like to
        invite you to an onsite interview in Atlanta for the Principal Epidemiologist role.

        Please share your availability for the weeks of November 2 and November 9 using the link
        below. The onsite is about 2.5 hours. Once we have your availability we'll coordinate with
        the panel and send you a full itinerary.

        Share your availability: https://app.goodtime.io/availability/pph-7c12e0a9

        Thanks,
        Bria Caldwell
        Recruiting Coordinator, Peachtree Population Health

        Scheduled with GoodTime
        """)
    h = hdr(addr("Bria Caldwell (via GoodTime)", "scheduling@goodtime.io"),
            "Action needed: share your availability for your Peachtree onsite",
            when, NY, "<goodtime.availability.7c12e0@mg.goodtime.io>", host="mg.goodtime.io",
            ip="198.51.100.77",
            extra=(("Reply-To", addr("Bria Caldwell", "bria.caldwell@peachtreepophealth.com")),))
    return message(h, text(plain))


@neg(30, family="recruiter_outreach", company="Tidewater Talent Partners",
     note="Agency recruiter cold outreach asking for a quick chat 'this week'; nothing fixed.")
def g30() -> bytes:
    when = "2026-11-02 10:02:17"
    body = t("""
        Hi Marcus,

        I came across your profile and your work on the county-level overdose surveillance
        dashboards - really impressive stuff. I'm partnering with a couple of healthcare analytics
        clients in Jacksonville who are hiring senior epidemiologists (hybrid, 2 days onsite).

        Would you be open to a quick 15-minute chat this week? Happy to work around your schedule
        - just send me a couple of times that suit you, or grab a slot here:
        https://calendly.com/colin-mabry-tidewater/15min

        Best,
        Colin Mabry
        Senior Recruiter, Healthcare Analytics
        Tidewater Talent Partners
        colin.mabry@tidewatertalent.com | (904) 555-0163
        """)
    h = hdr(addr("Colin Mabry", "colin.mabry@tidewatertalent.com"), "Senior epi roles in Jacksonville - quick chat?",
            when, NY, "<DM6PR11MB4120A8E2C3D1F0B7@DM6PR11MB4120.namprd11.prod.outlook.com>",
            host="mail-dm6nam11on2098.outbound.protection.outlook.com", ip="198.51.100.98")
    return message(h, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>")
                                              .replace("\n", " ") + "</p></body></html>\n")))


@neg(31, family="interview_proposed", company="Dogwood Health Insights",
     days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
     note="Recruiter proposes two possible slots ('Would Tuesday at 10 work? Or Wednesday at 2?', sent Fri 9 "
          "Oct): nothing confirmed yet.")
def g31() -> bytes:
    when = "2026-10-09 14:40:26"
    body = t("""
        Hi Marcus,

        Thanks for sending over your resume - Samuel and I both really liked your background.
        We'd love to set up a first conversation about the Lead Epidemiologist role.

        Would Tuesday (10/13) at 10 work for you? Or Wednesday (10/14) at 2? Both Eastern. If
        neither works, send me a few windows next week and I'll make it happen.

        Talk soon,
        Nadia

        Nadia Kirby | Talent Lead | Dogwood Health Insights
        nadia.kirby@dogwoodhealth.io
        """)
    h = hdr(addr("Nadia Kirby", "nadia.kirby@dogwoodhealth.io"), "Lead Epidemiologist - first conversation",
            when, NY, "<CAMx7a2=dogwood.1009.proposal@mail.gmail.com>", host="mail-yw1-f172.google.com",
            ip="209.85.128.172")
    return message(h, alt(text(body), html(gmail_html(body))))


@neg(32, family="non_interview_appointment", company=None,
     days=(("Tue", "2026-09-29"),),
     note="Dermatology appointment reminder with a fixed time (Tue 29 Sep 8:15 AM); not an interview.")
def g32() -> bytes:
    when = "2026-09-24 12:00:05"
    plain = t("""
        Appointment Reminder

        Hello Marcus,

        This is a reminder of your upcoming appointment:

        Provider:  Dr. Elise Baptiste, MD
        Date:      Tuesday, September 29, 2026
        Time:      8:15 AM (please arrive 15 minutes early to complete check-in)
        Location:  Tallahassee Family Dermatology, 2915 Kerry Forest Pkwy, Suite 201

        Reply C to confirm or call (850) 555-0190 to reschedule. Cancellations with less than
        24 hours' notice may be subject to a $50 fee.

        This message was sent by Tallahassee Family Dermatology via PatientConnect. Please do not
        reply to this email.
        """)
    h = hdr(addr("Tallahassee Family Dermatology", "reminders@patientconnect.example.com"),
            "Appointment reminder: Tue Sep 29 at 8:15 AM",
            when, NY, "<pc.rem.55781204@patientconnect.example.com>", host="smtp.patientconnect.example.com",
            ip="203.0.113.71")
    return message(h, text(plain, charset="us-ascii", cte="7bit"))


@neg(33, family="unemployment_office", company=None,
     days=(("Tue", "2026-10-13"),),
     note="Reemployment (RESEA) appointment at the workforce center with a fixed time (Tue 13 Oct 9:00 AM); "
          "uses 'interview'-like wording but is a benefits appointment, not a job interview.")
def g33() -> bytes:
    when = "2026-10-05 14:22:10"
    plain = t("""
        NOTICE OF REQUIRED REEMPLOYMENT SERVICES APPOINTMENT

        Claimant: MARCUS BELL
        Claim ID: ******4417

        You have been scheduled for a Reemployment Services and Eligibility Assessment (RESEA)
        meeting with a career counselor.

        Date: Tuesday, October 13, 2026
        Time: 9:00 AM Eastern
        Location: Big Bend Workforce Center, 2525 S Monroe St, Tallahassee, FL 32301
        Bring: photo ID, your work search log, and an updated resume.

        Attendance is mandatory. Failure to attend may result in a delay or denial of your
        reemployment assistance benefits. To reschedule, call (850) 555-0101 at least one business
        day in advance.

        Big Bend Workforce Center is an equal opportunity employer/program. Auxiliary aids and
        services are available upon request to individuals with disabilities.
        """)
    h = hdr(addr("Big Bend Workforce Center", "do-not-reply@bigbendworkforce.example.gov"),
            "Required Appointment: Reemployment Services - Tuesday, October 13",
            when, NY, "<resea.20261005.4417.bbwc@bigbendworkforce.example.gov>",
            host="smtp.bigbendworkforce.example.gov", ip="203.0.113.120")
    return message(h, text(plain, charset="us-ascii", cte="7bit"))


@neg(34, family="press_interview", company=None,
     days=(("Thu", "2026-10-15"),),
     note="A newspaper reporter confirms an interview WITH Marcus about flu-vaccination data (Thu 15 Oct "
          "3 pm): confirmed time, but press, not a job interview.")
def g34() -> bytes:
    when = "2026-10-13 17:55:48"
    body = t("""
        Hi Marcus,

        Great, thanks - Thursday at 3 works for me. I'll call your cell. I'm mostly interested
        in how the county's flu-vaccination numbers this fall compare to the last two seasons
        and what you make of the dip among 50-64 year-olds. I'll send any follow-up questions in
        writing so you can check the figures before we publish.

        The interview should take 20 minutes or so. I'll identify you as a "Tallahassee
        epidemiologist" unless you'd prefer something else.

        Thanks again,
        Rosalind Pierce
        Health reporter, Capital City Ledger
        rpierce@capitalcityledger.example.com
        """)
    h = hdr(addr("Rosalind Pierce", "rpierce@capitalcityledger.example.com"), "Re: interview request - flu season story",
            when, NY, "<CAB0rp=ledger.1013.flu@mail.gmail.com>", host="mail-io1-f54.google.com",
            ip="209.85.166.54",
            extra=(("In-Reply-To", "<CAHm3kN0x7flu1013@mail.example.org>"),))
    return message(h, text(body, cte="quoted-printable"))


@neg(35, family="podcast", company=None,
     days=(("Wed", "2026-11-11"),),
     note="Zoom meeting invitation to record a podcast episode as a guest (Wed 11 Nov 4:00 PM ET); "
          "confirmed time, not a job interview.")
def g35() -> bytes:
    when = "2026-11-04 13:10:00"
    plain = t("""
        Hi Marcus,

        Thanks so much for agreeing to come on Outbreak Hour! Here are the details for our
        recording session. Plan for about an hour including setup; we'll chat for ~40 minutes
        about wastewater surveillance and your "interview with a data set" method.

        Please use headphones and, if you can, a wired connection.

        -- Dev Anand, host, Outbreak Hour podcast

        Dev Anand is inviting you to a scheduled Zoom meeting.

        Topic: Outbreak Hour - Ep. 88 recording with Marcus Bell
        Time: Nov 11, 2026 04:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://us06web.zoom.us/j/83310945522?pwd=T3V0YnJlYWtIb3Vy

        Meeting ID: 833 1094 5522
        Passcode: 881188
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261104T181000Z
        DTSTART:20261111T210000Z
        DTEND:20261111T220000Z
        SUMMARY:Outbreak Hour - Ep. 88 recording with Marcus Bell
        UID:20261104T181000Z-83310945522@fe80::2a0:c9ff:fe1a:2b3c
        TZID:America/New_York
        DESCRIPTION:Dev Anand is inviting you to a scheduled Zoom meeting.
        LOCATION:https://us06web.zoom.us/j/83310945522?pwd=T3V0YnJlYWtIb3Vy
        ORGANIZER;CN=Dev Anand:mailto:dev@outbreakhour.example.com
        ATTENDEE;CN=Marcus Bell;RSVP=TRUE:mailto:{ME}
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdr(addr("Dev Anand", "dev@outbreakhour.example.com"), "Outbreak Hour - recording invite (Zoom)",
            when, NY, "<CAD3v=outbreakhour.ep88@mail.gmail.com>", host="mail-lf1-f48.google.com",
            ip="209.85.167.48")
    return message(h, mixed(text(plain), calendar(ics, method="REQUEST", filename="zoom_meeting.ics",
                                                   disposition="attachment", cte="base64")))


@neg(36, family="admission_interview", company=None,
     days=(("Fri", "2026-11-13"),),
     note="DrPH program admissions interview confirmed via Slate (Fri 13 Nov 10:00 AM ET): a fixed time, but "
          "a school admission interview, not a job interview.")
def g36() -> bytes:
    when = "2026-11-03 15:30:27"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p><img src="https://apply.piedmont.example.edu/www/images/sph-logo.png" alt="Piedmont University School of Public Health" height="48"></p>
        <p>Dear Marcus,</p>
        <p>Thank you for registering. Your <b>Doctor of Public Health (DrPH) Admissions Interview</b> is
        confirmed:</p>
        <p><b>Friday, November 13, 2026</b><br>
        10:00 AM - 10:45 AM Eastern Time<br>
        Virtual (Zoom) - the link will be emailed 24 hours in advance</p>
        <p>You will meet with two members of the DrPH admissions committee. Interviews are one
        component of a holistic review; decisions will be released in early February.</p>
        <p>If you need to change your interview, please use your
        <a href="https://apply.piedmont.example.edu/apply/status">application status page</a>.</p>
        <p>Best regards,<br>Office of Admissions<br>Piedmont University School of Public Health, Atlanta, GA</p>
        <p style="font-size:11px;color:#777">This email was sent to marcus.bell@example.org by Piedmont University.</p>
        </body></html>
        """)
    h = hdr(addr("Piedmont SPH Admissions", "sphadmissions@piedmont.example.edu"),
            "Interview Registration Confirmation - DrPH Admissions",
            when, NY, "<slate.1a2b3c4d-9e8f-4a5b.piedmont@technolutions.net>", host="mta1.technolutions.net",
            ip="198.51.100.40")
    return message(h, html(page))


@neg(37, family="youth_sports_tryout", company=None,
     days=(("Sat", "2026-09-19"),),
     note="Youth soccer club try-out registration for Marcus's son (Sat 19 Sep 9:00 AM): fixed time, not an "
          "interview.")
def g37() -> bytes:
    when = "2026-09-14 19:45:00"
    plain = t("""
        Hi Marcus,

        Thanks for registering Eli for the Tallahassee Tide FC 2027 Academy tryouts!

        Age group: U12 Boys (birth year 2015)
        Date: Saturday, September 19, 2026
        Check-in: 8:30 AM  |  Tryout: 9:00 - 10:30 AM
        Location: Messer Fields, Field 4

        Please bring: shin guards, cleats, two water bottles, and a ball (size 4). Players should
        wear a white shirt; pinnies will be provided. Parents are asked to stay behind the rope
        line during evaluations.

        Offers will go out by email by Wednesday night.

        Go Tide!
        Coach Ramon Ibarra
        Director of Coaching, Tallahassee Tide FC
        """)
    h = hdr(addr("Tallahassee Tide FC", "noreply@teamsnap-like.example.com"), "Tryout registration confirmed - Eli Bell (U12B)",
            when, NY, "<ts.reg.99128.tide@teamsnap-like.example.com>", host="smtp.teamsnap-like.example.com",
            ip="203.0.113.99",
            extra=(("Reply-To", addr("Ramon Ibarra", "coachramon@tallahasseetidefc.example.org")),))
    return message(h, text(plain))


@neg(38, family="car_service", company=None,
     days=(("Sat", "2026-10-31"),),
     note="Car-service appointment confirmation (Sat 31 Oct 8:00 AM), windows-1252: not an interview.")
def g38() -> bytes:
    when = "2026-10-26 11:04:38"
    plain = t("""
        Service Appointment Confirmation

        Hi Marcus,

        You’re confirmed for service at Seminole Auto Care – Apalachee Pkwy.

        Vehicle:     2019 Honda CR-V (FL plate ••• 4JQ)
        Services:    Oil & filter change, tire rotation, 60,000-mile inspection
        Drop-off:    Saturday, October 31, 2026 at 8:00 AM
        Estimate:    $189.95 (before tax)

        Our shuttle runs within a 5-mile radius – just ask your service advisor, Terrence.

        Need to reschedule? Reply to this email or call (850) 555-0155.

        Seminole Auto Care
        """)
    h = hdr(addr("Seminole Auto Care", "service@seminoleautocare.example.com"),
            "You’re confirmed: service on Sat, Oct 31 at 8:00 AM",
            when, NY, "<svc.appt.447120@seminoleautocare.example.com>", host="mail.seminoleautocare.example.com",
            ip="203.0.113.155", charset="windows-1252")
    return message(h, text(plain.replace("•••", "***"), charset="windows-1252", cte="8bit"))


@neg(39, family="microsoft_bookings", company=None,
     days=(("Thu", "2026-11-19"),),
     note="Microsoft Bookings confirmation for a credit-union advisor meeting (Thu 19 Nov 4:30 PM Eastern): "
          "a fixed-time appointment, not a job interview.")
def g39() -> bytes:
    when = "2026-11-12 09:18:44"
    page = t("""
        <html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p>Hello Marcus Bell,</p>
        <p>Thanks for booking with First Coast Credit Union - Tallahassee Branch. Your booking is confirmed.</p>
        <table style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Financial check-up with a member advisor (45 min)</td></tr>
        <tr><td style="color:#605e5c">Date &amp; time</td><td>Thursday, November 19, 2026 4:30 PM<br>(UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Andre Whitfield</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>1840 Thomasville Rd, Tallahassee, FL</td></tr>
        </table>
        <p>Bring a recent pay stub or, if you are between jobs, your latest benefits statement, and
        we'll talk through a budget and your 401(k) rollover options.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/FirstCoastCUTallahassee@firstcoastcu.example.com/bookings/">Manage booking</a></p>
        <p style="font-size:11px;color:#a19f9d">Powered by Microsoft Bookings</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2016
        VERSION:2.0
        {{VTZ}}
        BEGIN:VEVENT
        ORGANIZER;CN=First Coast Credit Union - Tallahassee Branch:mailto:FirstCoastCUTallahassee@firstcoastcu.example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Bell:mailto:{ME}
        SUMMARY;LANGUAGE=en-US:Financial check-up with a member advisor
        DTSTART;TZID=Eastern Standard Time:20261119T163000
        DTEND;TZID=Eastern Standard Time:20261119T171500
        UID:040000008200E00074C5B7101A82E00800000000FCCUBOOK1119
        DTSTAMP:20261112T141844Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:1840 Thomasville Rd\\, Tallahassee\\, FL
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """).replace("{VTZ}", VTZ["Eastern Standard Time"])
    h = hdr(addr("First Coast Credit Union - Tallahassee Branch", "FirstCoastCUTallahassee@firstcoastcu.example.com"),
            "Your booking is confirmed: Financial check-up with a member advisor",
            when, NY, "<SN6PR16MB4030BOOK1119@SN6PR16MB4030.namprd16.prod.outlook.com>",
            host="mail-sn6nam16on2070.outbound.protection.outlook.com", ip="198.51.100.70")
    return message(h, mixed(html(page), calendar(ics, method="REQUEST", cte="base64")))


@neg(40, family="mock_interview_coaching", company=None,
     days=(("Thu", "2026-11-05"),),
     note="Career coach's Acuity confirmation for a paid mock-interview session (Thu 5 Nov 6:00 PM EST): "
          "confirmed time, but practice, not a job interview.")
def g40() -> bytes:
    when = "2026-10-30 20:12:03"
    plain = t("""
        Hi Marcus,

        Your appointment is confirmed:

        Mock Interview + Feedback (60 minutes)
        Thursday, November 5, 2026
        6:00pm EST (Eastern Time)

        With: Gwen Holloway, Leap Career Coaching

        We'll run a realistic 40-minute panel-style interview for your epidemiology roles, then
        spend 20 minutes on feedback. Please send your target job description beforehand.

        Zoom: https://zoom.us/j/95510384417

        Change or cancel: https://leapcareer.as.me/schedule.php?action=appt&id=1178830

        Gwen Holloway, CPRW
        Leap Career Coaching
        gwen@leapcareercoaching.example.com
        """)
    h = hdr(addr("Leap Career Coaching", "noreply@acuityscheduling.com"),
            "Confirmed: Mock Interview + Feedback on Thursday, November 5, 2026 6:00pm",
            when, NY, "<acuity.1178830.20261031001203@acuityscheduling.com>",
            host="mail.acuityscheduling.com", ip="198.51.100.180",
            extra=(("Reply-To", addr("Gwen Holloway", "gwen@leapcareercoaching.example.com")),))
    return message(h, alt(text(plain), html("<html><body><p>" + plain.replace("\n\n", "</p><p>")
                                            .replace("\n", "<br>") + "</p></body></html>\n")))


@neg(41, family="forwarded_other_candidate", company=None,
     days=(("Fri", "2026-10-23"),),
     note="A friend forwards HER OWN interview confirmation (Fri 23 Oct 1:00 PM ET) asking for advice; "
          "a confirmed interview, but not Marcus's.")
def g41() -> bytes:
    when = "2026-10-20 21:33:50"
    inner_plain = t("""
        Hi Priya,

        Thanks for confirming your availability. Your interview for Epidemiologist, Population
        Health at Canopy Health Analytics is now scheduled.

        Date: Friday, October 23, 2026
        Time: 1:00 PM - 1:45 PM EDT
        Format: Video call (Google Meet)

        Interviewers: Dr. Renee Okafor, Director of Analytics

        Best,
        The Canopy Health Analytics Recruiting Team

        Powered by Greenhouse
        """)
    inner = message([
        ("From", addr("Canopy Health Analytics", "no-reply@greenhouse.io")),
        ("To", addr("Priya Nair", "priya.nair@example.com")),
        ("Reply-To", addr("Tessa Morrow", "tessa.morrow@canopyhealthanalytics.com")),
        ("Subject", "Interview Confirmation: Epidemiologist, Population Health - Canopy Health Analytics"),
        ("Date", date("2026-10-19 10:02:11", NY)),
        ("Message-ID", "<5f2c1a7e.0a1b2c3d.canopy.8870@greenhouse.io>"),
    ], text(inner_plain))
    outer = t("""
        Marcus!! Look - I got an interview at Canopy, the place you talked to in September.
        You met Dr. Okafor, right? Any idea what she asks? I'm nervous. Coffee this weekend,
        my treat?

        P.
        """)
    h = hdr(addr("Priya Nair", "priya.nair@example.com"),
            "Fwd: Interview Confirmation: Epidemiologist, Population Health - Canopy Health Analytics",
            when, NY, "<CAPn4i=fwd.canopy.1020@mail.example.com>", host="mail.example.com", ip="192.0.2.20")
    return message(h, mixed(text(outer, cte="7bit"), attached_message(inner)))


@neg(42, family="interviewer_at_current_job", company=None,
     days=(("Tue", "2026-11-17"),),
     note="Outlook meeting request at Marcus's current employer asking HIM to sit on a panel interviewing a "
          "candidate (Tue 17 Nov 2:00-3:00 PM Eastern, Windows zone ICS): a confirmed interview, but Marcus "
          "is the interviewer.")
def g42() -> bytes:
    when = "2026-11-10 10:41:27"
    plain = t("""
        Hi all,

        Thank you for agreeing to serve on the hiring panel for the Data Analyst I position.
        Candidate: Joana Ferreira (resume and scoring rubric attached in the Teams channel).
        Marcus - could you take the SQL / data-quality questions (Q4-Q6)? Please submit your
        scores in the HR portal by end of day Wednesday.

        Thanks,
        Monique

        When: Tuesday, November 17, 2026 2:00 PM-3:00 PM. (UTC-05:00) Eastern Time (US & Canada)
        Where: AHDC Conference Room B / Microsoft Teams
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2016
        VERSION:2.0
        {{VTZ}}
        BEGIN:VEVENT
        ORGANIZER;CN=Monique Baptiste:mailto:mbaptiste@ahdc.example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Bell:mailto:{ME}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alan Whitmore:mailto:awhitmore@ahdc.example.org
        SUMMARY;LANGUAGE=en-US:Panel interview - Data Analyst I candidate (J. Ferreira)
        DTSTART;TZID=Eastern Standard Time:20261117T140000
        DTEND;TZID=Eastern Standard Time:20261117T150000
        UID:040000008200E00074C5B7101A82E00800000000AHDCPANEL1117
        DTSTAMP:20261110T154127Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:AHDC Conference Room B / Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """).replace("{VTZ}", VTZ["Eastern Standard Time"])
    h = hdr(addr("Monique Baptiste", "mbaptiste@ahdc.example.org"),
            "Panel interview - Data Analyst I candidate (J. Ferreira)",
            when, NY, "<PH0PR03MB6210AHDC1117PANEL@PH0PR03MB6210.namprd03.prod.outlook.com>",
            host="mail-ph0nam03on2062.outbound.protection.outlook.com", ip="198.51.100.62",
            to=", ".join([MB, addr("Alan Whitmore", "awhitmore@ahdc.example.org")]),
            extra=(("Thread-Topic", "Panel interview - Data Analyst I candidate (J. Ferreira)"),))
    return message(h, alt(text(plain), calendar(ics, method="REQUEST", cte="base64")))


@neg(43, family="auto_reply", company=None,
     days=(("Mon", "2026-11-30"),),
     note="Out-of-office auto-reply to Marcus's thank-you note after the Big Bend interview; mentions a return "
          "date, no appointment.")
def g43() -> bytes:
    when = "2026-11-25 14:02:19"
    body = t("""
        Thank you for your email. Our office is closed for the Thanksgiving holiday and I will be
        back on Monday, November 30. For anything urgent regarding client services, please call
        our main line at (850) 555-0110.

        Tanya Robichaux
        Executive Director, Big Bend Maternal Health Network
        """)
    h = hdr(addr("Tanya Robichaux", "tanya@bigbendmhn.org"), "Automatic reply: Thank you - Data & Evaluation Manager",
            when, NY, "<autoreply.1125.bbmhn.tr@bigbendmhn.org>", host="mail-pf1-f180.google.com",
            ip="209.85.210.180",
            extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                   ("In-Reply-To", "<CAHm3kN0x7thanks1125@mail.example.org>")))
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@neg(44, family="bounce", company=None,
     note="Delivery-status bounce of Marcus's own thank-you note (typo in the address); the returned message "
          "mentions 'Thursday's interview', which already happened.")
def g44() -> bytes:
    when = "2026-11-05 17:41:06"
    notice = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <s.achebe@peachtreepophealth.co>: Host or domain name not found. Name service
            error for name=peachtreepophealth.co type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4Qx9fL1mZBz2xk
        Arrival-Date: Thu,  5 Nov 2026 22:41:02 +0000 (UTC)

        Final-Recipient: rfc822; s.achebe@peachtreepophealth.co
        Original-Recipient: rfc822;s.achebe@peachtreepophealth.co
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=peachtreepophealth.co type=A: Host not found
        """)
    returned = message([
        ("From", MB),
        ("To", addr("Simone Achebe", "s.achebe@peachtreepophealth.co")),
        ("Subject", "Thank you - Principal Epidemiologist interview"),
        ("Date", date("2026-11-05 17:41:00", NY)),
        ("Message-ID", "<CAHm3kN0x7thanks1105@mail.example.org>"),
    ], text(t("""
        Dear Dr. Achebe,

        Thank you for taking the time to meet with me during Thursday's interview. I especially
        enjoyed our discussion of the syndromic surveillance pipeline.

        Best regards,
        Marcus Bell
        """), cte="7bit", charset="us-ascii"))
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit",
                                      extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(returned),
                       params="report-type=delivery-status")
    h = hdr(addr("Mail Delivery System", "MAILER-DAEMON@mx.example.org"),
            "Undelivered Mail Returned to Sender", when, NY, "<20261105224106.4Qx9fL1mZBz2xk@mx.example.org>",
            host="localhost", ip="127.0.0.1", extra=(("Auto-Submitted", "auto-replied"),))
    return message(h, report)


@neg(45, family="mailing_list", company=None,
     days=(("Fri", "2026-11-06"),),
     note="Professional-society listserv post asking for volunteer poster judges who will 'interview' "
          "students (Fri 6 Nov 1:00 PM); mailing-list mail, not a job interview.")
def g45() -> bytes:
    when = "2026-10-27 08:11:52"
    body = t("""
        Colleagues,

        The Sunshine State Epidemiology Society student poster session is Friday, November 6,
        at 1:00 PM in the Turnbull Center, Tallahassee. We still need six volunteer judges. Each
        judge will interview three or four students at their posters (about 10 minutes each) and
        fill in a short rubric.

        If you can help, reply to me off-list by Friday. Thank you!

        Dr. Camille Fortier
        SSES Student Affairs Chair
        cfortier@sses.example.org

        _______________________________________________
        SSES-L mailing list
        SSES-L@lists.sses.example.org
        https://lists.sses.example.org/mailman/listinfo/sses-l
        """)
    h = hdr(addr("Camille Fortier via SSES-L", "sses-l@lists.sses.example.org"),
            "[SSES-L] Volunteer judges needed - student poster session Nov 6",
            when, NY, "<b7e0c3c1-22f1-4d9e-a6a1-sses.posters@sses.example.org>",
            host="lists.sses.example.org", ip="203.0.113.133",
            extra=(("Reply-To", addr("Camille Fortier", "cfortier@sses.example.org")),
                   ("List-Id", "Sunshine State Epidemiology Society <sses-l.lists.sses.example.org>"),
                   ("List-Unsubscribe", "<https://lists.sses.example.org/mailman/options/sses-l>"),
                   ("List-Post", "<mailto:sses-l@lists.sses.example.org>"),
                   ("Precedence", "list"), ("Sender", "\"SSES-L\" <sses-l-bounces@lists.sses.example.org>")))
    return message(h, text(body, charset="iso-8859-1", cte="quoted-printable"))


@neg(46, family="team_event_current_job", company=None,
     days=(("Fri", "2026-12-11"),),
     note="Google Calendar invitation at Marcus's current employer for a holiday potluck and stand-up "
          "(Fri 11 Dec 12:00 PM EST); not an interview.")
def g46() -> bytes:
    when = "2026-12-04 15:20:00"
    plain = t(f"""
        You have been invited to the following event.

        Title: Surveillance team year-end stand-up + holiday potluck
        Last stand-up of the year, then food! Sign-up sheet for dishes is in the team drive.
        When: Fri Dec 11, 2026 12pm - 1:30pm (EST)
        Where: AHDC break room (3rd floor)
        Calendar: {ME}
        Who:
            * Alan Whitmore - organizer
            * Marcus Bell
            * Monique Baptiste
            * Surveillance team

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261211T170000Z
        DTEND:20261211T183000Z
        DTSTAMP:20261204T202000Z
        ORGANIZER;CN=Alan Whitmore:mailto:awhitmore@ahdc.example.org
        UID:potluck2026surv@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Bell:mailto:{ME}
        SUMMARY:Surveillance team year-end stand-up + holiday potluck
        LOCATION:AHDC break room (3rd floor)
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdr(addr("Alan Whitmore", "awhitmore@ahdc.example.org"),
            "Invitation: Surveillance team year-end stand-up + holiday potluck @ Fri Dec 11, 2026 12pm - 1:30pm "
            f"(EST) ({ME})", when, NY, "<calendar-potluck-2026-ahdc@google.com>",
            host="mail-sor-f41.google.com", ip="209.85.220.41",
            extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),))
    return message(h, alt(text(plain), html(gmail_html(plain)), calendar(ics, method="REQUEST")))


@neg(47, family="parent_teacher", company=None,
     days=(("Tue", "2026-10-20"),),
     note="Parent-teacher conference confirmation (Tue 20 Oct 3:45 PM): a fixed time, not an interview.")
def g47() -> bytes:
    when = "2026-10-14 16:05:33"
    body = t("""
        Dear Mr. Bell,

        This confirms your parent-teacher conference for Eli Bell (Grade 5, Room 14):

        Tuesday, October 20, 2026 at 3:45 PM
        Lake Jackson Oaks Elementary, Room 14
        Teacher: Ms. Angela Dupree

        Conferences are 15 minutes. If you would prefer a phone conference, please reply and
        let me know the best number to reach you.

        Thank you,
        Angela Dupree
        5th Grade, Lake Jackson Oaks Elementary
        """)
    h = hdr(addr("Angela Dupree (via SchoolMessenger)", "noreply@schoolmessenger-like.example.com"),
            "Conference confirmation - Eli Bell - Oct 20",
            when, NY, "<smsg.conf.20261014.ljoe.14@schoolmessenger-like.example.com>",
            host="smtp.schoolmessenger-like.example.com", ip="203.0.113.177",
            extra=(("Reply-To", addr("Angela Dupree", "dupreea@ljoe.example.k12.fl.us")),))
    return message(h, html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
                           + "</p></body></html>\n", cte="base64"))


@neg(48, family="webinar", company=None,
     days=(("Thu", "2026-10-08"),),
     note="Zoom webinar registration 'Interviewing for public-health jobs' (Thu 8 Oct 7:00 PM ET): "
          "confirmed time, but a webinar.")
def g48() -> bytes:
    when = "2026-10-01 12:30:09"
    plain = t("""
        Hi Marcus Bell,

        Thank you for registering for "Interviewing for Public Health Jobs: What Hiring Managers
        Really Want".

        Please submit any questions to: careers@sunshinepha.example.org

        Date Time: Oct 8, 2026 07:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android: https://us02web.zoom.us/w/81234509876?tk=abcXYZ
        Passcode: 412026

        Add to Calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        Sunshine State Public Health Association
        """)
    h = hdr(addr("Sunshine State Public Health Association", "no-reply@zoom.us"),
            "Interviewing for Public Health Jobs: What Hiring Managers Really Want Confirmation",
            when, NY, "<zw.8123450987.reg.mbell@zoom.us>", host="mail.zoom.us", ip="198.51.100.199",
            extra=(("Reply-To", "careers@sunshinepha.example.org"),))
    return message(h, alt(text(plain), html("<html><body><p>" + plain.replace("\n\n", "</p><p>")
                                            .replace("\n", "<br>") + "</p></body></html>\n")))


@neg(49, family="tax_office_road_test", company=None,
     days=(("Wed", "2026-12-09"),),
     note="Tax-collector driver-license office appointment (road skills test for Marcus's daughter, Wed 9 "
          "Dec 10:20 AM): a fixed-time government appointment, not an interview.")
def g49() -> bytes:
    when = "2026-12-02 18:44:00"
    plain = t("""
        APPOINTMENT CONFIRMATION

        Service:   Driving Skills (Road) Test - Class E
        Customer:  MAYA BELL
        Scheduled by: MARCUS BELL
        Date:      Wednesday, December 9, 2026
        Time:      10:20 AM
        Office:    Tri-County Tax Collector - Northeast Service Center, 3434 Thomasville Rd

        Please arrive 10 minutes early with: learner license, proof of insurance and a vehicle
        registration for the test vehicle, and a parent or guardian if the applicant is under 18.
        Vehicles will be inspected before the test (lights, horn, turn signals, brakes).

        Confirmation number: RT-88120-4

        To cancel or reschedule, use the link in your account or call (850) 555-0170.
        """)
    h = hdr(addr("Tri-County Tax Collector", "appointments@tricountytaxcollector.example.gov"),
            "Appointment Confirmation - Driving Skills Test - 12/09/2026 10:20 AM",
            when, NY, "<qless.appt.RT-88120-4@tricountytaxcollector.example.gov>",
            host="smtp.tricountytaxcollector.example.gov", ip="203.0.113.212")
    return message(h, text(plain, charset="us-ascii", cte="7bit"))


@neg(50, family="post_interview", company="Riverside Claims Intelligence",
     days=(("Mon", "2026-10-19"),),
     note="Post-interview thank-you reply ('thanks for your time yesterday, we'll be in touch by end of next "
          "week'); no new appointment.")
def g50() -> bytes:
    when = "2026-10-20 12:31:40"
    body = t("""
        Hi Marcus,

        Thanks for your time yesterday, and for the thoughtful follow-up note. Luis and I both
        enjoyed the conversation - your answer on the readmissions cohort definition sparked a
        good debate after you dropped off.

        We're finishing first-round interviews this week and hope to share next steps by the end
        of next week.

        Best,
        Kendra

        Kendra Oyelaran
        Hiring Manager, Clinical Outcomes
        Riverside Claims Intelligence

        -----Original Message-----
        From: Marcus Bell <marcus.bell@example.org>
        Sent: Monday, October 19, 2026 4:12 PM
        To: Kendra Oyelaran <kendra.oyelaran@riversideclaims.com>
        Subject: Thank you - Senior Analyst interview

        Hi Kendra,

        Thank you for the interview this morning. I enjoyed learning about the outcomes team.

        Best,
        Marcus
        """)
    h = hdr(addr("Kendra Oyelaran", "kendra.oyelaran@riversideclaims.com"),
            "RE: Thank you - Senior Analyst interview",
            when, NY, "<MW4PR12MB7210RCI1020THANKS@MW4PR12MB7210.namprd12.prod.outlook.com>",
            host="mail-mw4nam12on2084.outbound.protection.outlook.com", ip="198.51.100.84",
            extra=(("In-Reply-To", "<CAHm3kN0x7rci1019@mail.example.org>"),
                   ("Thread-Topic", "Thank you - Senior Analyst interview")))
    return message(h, text(body, cte="quoted-printable"))
