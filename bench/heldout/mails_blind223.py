"""blind223: a blind 50-mail held-out set, the inbox of Caleb Brennan (Wichita, America/Chicago).

Hand-written one function per mail; MIME plumbing and checks are make.py's. Build and check:

    python3 bench/heldout/make_blind.py blind223

Keys 1-23 are positives (written first), 24-50 negatives; file numbers are a fixed shuffle of the
writing order (ORDER below).
"""

from __future__ import annotations

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
    mail,
    message,
    mixed,
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(2230223).sample(range(1, 51), 50)

CT = "America/Chicago"
ET = "America/New_York"
MT = "America/Denver"
PT = "America/Los_Angeles"
ME = "caleb.brennan@example.org"
CALEB = addr("Caleb Brennan", ME)
MX = "mx1.example.org (Postfix)"


def n(key: int) -> str:
    return f"blind223_{ORDER[key - 1]:03d}"


def env(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, to: str = CALEB,
        extra: tuple[tuple[str, str], ...] = (), lag: int = 4) -> list[tuple[str, str]]:
    """Envelope headers as the example.org mail server stores them."""
    return [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, MX, ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      company="Prairie Wing Aircraft", contact="kelsey.marchetti@prairiewing-aero.com",
      start=utc("2026-09-15 09:00", CT), end=utc("2026-09-15 11:30", CT),
      local="Tue 2026-09-15 09:00", local_end="2026-09-15 11:30", zone=CT,
      note="Greenhouse onsite confirmation, 9:00-11:30 AM CDT (Wichita, UTC-5 in September) -> "
           "14:00-16:30Z; ICS TZID America/Chicago agrees; contact = Reply-To recruiter (also ORGANIZER)")
def p01() -> bytes:
    body = t("""
        Hi Caleb,

        Thanks for making time to meet with us. Your onsite interview for Manufacturing
        Systems Engineer II (Req 26-0418) is confirmed:

        Date: Tuesday, September 15, 2026
        Time: 9:00 AM - 11:30 AM CDT
        Location: Prairie Wing Aircraft, Building 7 Lobby, 3300 S. Runway Rd, Wichita, KS 67209

        Schedule
          9:00 AM  Dale Whitcomb, Manager, Production Systems
          9:45 AM  Plant floor tour with Ana Ruelas, MES Lead
         10:30 AM  Panel: Quality + IT/OT integration

        Please bring a government-issued photo ID; this facility is ITAR controlled and
        visitors are escorted at all times. Closed-toe shoes required for the tour.

        If anything changes, just reply to this email.

        Best,
        Kelsey Marchetti
        Talent Acquisition Partner | Prairie Wing Aircraft
        """)
    h = body.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>")
    page = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">'
            f"<p>{h}</p>"
            '<p style="color:#888;font-size:11px">Powered by Greenhouse</p></body></html>\n')
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
{VTZ[CT]}
BEGIN:VEVENT
UID:gh-interview-7730118-26-0418@greenhouse.io
DTSTAMP:20260909T151402Z
DTSTART;TZID=America/Chicago:20260915T090000
DTEND;TZID=America/Chicago:20260915T113000
SUMMARY:Onsite Interview - Caleb Brennan - Manufacturing Systems Engineer II
LOCATION:Prairie Wing Aircraft\\, Building 7 Lobby\\, 3300 S. Runway Rd\\, Wichita\\, KS 67209
ORGANIZER;CN=Kelsey Marchetti:mailto:kelsey.marchetti@prairiewing-aero.com
ATTENDEE;CN=Caleb Brennan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message(env(
        addr("Prairie Wing Aircraft", "no-reply@us.greenhouse-mail.io"),
        "Interview Confirmation: Manufacturing Systems Engineer II - Prairie Wing Aircraft",
        "2026-09-09 10:14", CT, "<gh.7730118.a41f@us.greenhouse-mail.io>",
        relay="from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.10.44])",
        extra=(("Reply-To", addr("Kelsey Marchetti", "kelsey.marchetti@prairiewing-aero.com")),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
      company="Front Range Avionics", contact="marisol.ybarra@frontrangeavionics.com",
      start=utc("2026-09-24 13:00", MT), end=utc("2026-09-24 13:45", MT),
      local="Thu 2026-09-24 13:00", local_end="2026-09-24 13:45", zone=MT,
      note="Lever video interview 1:00-1:45 PM MDT (Denver, UTC-6) -> 19:00-19:45Z; the body also "
           "gives 2:00 PM CDT for the candidate; contact = Reply-To recruiter")
def p02() -> bytes:
    body = t("""
        Hi Caleb,

        You're all set! Here are the details for your upcoming interview with Front Range Avionics.

        Role: Senior Manufacturing Engineer - Systems Integration (Denver, CO / hybrid)
        When: Thursday, September 24, 2026, 1:00 PM - 1:45 PM MDT (2:00 PM CDT your time)
        Where: Google Meet - https://meet.google.com/vqa-kzpe-rtm
        Interviewer: Sunil Varadarajan, Director of Manufacturing Engineering

        A few notes: Sunil will mostly want to hear about your MES rollout and how you handled
        the change management side. There's no prep required.

        Need to make a change? Reply to this email and we'll help.

        Marisol Ybarra
        Recruiting, Front Range Avionics
        """)
    return message(env(
        addr("Marisol Ybarra (Front Range Avionics)", "no-reply@hire.lever.co"),
        "Your interview with Front Range Avionics is confirmed",
        "2026-09-17 15:02", MT, "<0100019abc7e3f10-6b2f41d2-lever-confirm@email.lever.co>",
        relay="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
        extra=(("Reply-To", addr("Marisol Ybarra", "marisol.ybarra@frontrangeavionics.com")),)),
        alt(text(body, cte="7bit"),
            html("<div style=\"font-family:-apple-system,Segoe UI,sans-serif\">"
                 + "".join(f"<p>{p}</p>" for p in body.replace("&", "&amp;").split("\n\n"))
                 + "</div>\n")))


@mail(n(3), family="workday", lang="en", interview=True, kind="scheduled",
      company="Harlan Defense Systems", contact="trent.okafor@harlandefense.com",
      start=utc("2026-10-05 10:30", CT), end=utc("2026-10-05 11:00", CT),
      local="Mon 2026-10-05 10:30", local_end="2026-10-05 11:00", zone=CT,
      note="Workday HTML-only (base64) phone screen, 10:30 AM Central, 30 minutes; Oklahoma City is "
           "CDT (UTC-5) in October -> 15:30-16:00Z; sender is a Workday system mailbox, contact = "
           "recruiter address in the body")
def p03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Harlan Defense Systems</title></head>
        <body style="margin:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#1b2a41;color:#fff;padding:16px;font-size:18px">HARLAN DEFENSE SYSTEMS</td></tr>
        <tr><td style="padding:24px">
        <p>Dear Caleb,</p>
        <p>Thank you for your interest in the <b>Production Systems Engineer III</b> position
        (R-0027713) in Oklahoma City, OK.</p>
        <p>We are pleased to confirm your phone screen:</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Date</b></td><td>Monday, October 5, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:30 AM Central Time</td></tr>
        <tr><td><b>Duration</b></td><td>30 minutes</td></tr>
        <tr><td><b>Format</b></td><td>Phone &ndash; the recruiter will call you at (316) 555-0148</td></tr>
        </table>
        <p>Questions? Contact Trent Okafor, Senior Technical Recruiter, at
        <a href="mailto:trent.okafor@harlandefense.com">trent.okafor@harlandefense.com</a>.</p>
        <p>Please note: positions at Harlan Defense Systems require U.S. citizenship and the
        ability to obtain a security clearance.</p>
        <p>Regards,<br>Harlan Defense Systems Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#999">This message was sent from an unmonitored
        mailbox. Please do not reply.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message(env(
        addr("Harlan Defense Systems", "harlandefense@myworkday.com"),
        "Phone Screen Scheduled - Production Systems Engineer III",
        "2026-10-02 08:41", CT, "<1839220154.77012.1791034860113@wd5-prod-mta02>",
        relay="from wd5-prod-mta02.myworkday.com (wd5-prod-mta02.myworkday.com [198.51.100.72])"),
        html(page, cte="base64"))


@mail(n(4), family="human_prose", lang="en", interview=True, kind="scheduled",
      company="Plains Harvest Cooperative", contact="dvos@plainsharvest.coop",
      start=utc("2026-09-10 14:00", CT), end=None,
      local="Thu 2026-09-10 14:00", zone=CT,
      note="Recruiter prose 'tomorrow (Thursday) at 2:00' resolved against Date Wed 9 Sep 09:05 CDT "
           "-> Thu 10 Sep 14:00 CDT = 19:00Z; 'about an hour' is approximate -> end null; "
           "iso-8859-1 QP; contact = sender")
def p04() -> bytes:
    body = t("""
        Caleb,

        Thanks for getting back to me so quick. You're all set for tomorrow (Thursday) at 2:00
        with me and Gary Lindahl, our operations manager. We'll meet at the Hutchinson terminal
        office, 1400 E. Fourth Ave. Park by the scale house and come in the side door, the front
        is torn up right now.

        Plan on about an hour. Gary will want to talk through the grain handling automation
        project and the PLC upgrades at our 14 elevator sites, so bring anything you can share
        about the line integration work you've done.

        See you then,

        Darlene Vos
        Human Resources Manager
        Plains Harvest Cooperative · Hutchinson, Kansas
        (620) 555-0193

        -----Original Message-----
        From: Caleb Brennan <caleb.brennan@example.org>
        Sent: Tuesday, September 8, 2026 8:47 PM
        To: Darlene Vos <dvos@plainsharvest.coop>
        Subject: RE: Automation Engineer position

        Hi Darlene, Thursday afternoon works well for me. Any time after 1 is great.
        Thanks, Caleb
        """)
    return message(env(
        addr("Darlene Vos", "dvos@plainsharvest.coop"),
        "RE: Automation Engineer position",
        "2026-09-09 09:05", CT, "<DM6PR14MB3301A9F2C1B7E0@DM6PR14MB3301.namprd14.prod.outlook.com>",
        relay="from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2101.outbound"
              ".protection.outlook.com [40.107.243.101])",
        extra=(("Thread-Topic", "Automation Engineer position"),
               ("In-Reply-To", "<CAM7rTq0Xw1=caleb.0908@mail.example.org>"))),
        text(body, charset="iso-8859-1"))


@mail(n(5), family="google_calendar", lang="en", interview=True, kind="scheduled",
      company="St. Ambrose Regional Health", contact="renee.castillo@stambrosehealth.org",
      start=utc("2026-10-16 11:00", CT), end=utc("2026-10-16 12:00", CT),
      local="Fri 2026-10-16 11:00", local_end="2026-10-16 12:00", zone=CT,
      note="Google Calendar invitation 11am-12pm (Central Time - Chicago), CDT UTC-5 -> 16:00-17:00Z; "
           "contact = ORGANIZER / sender (hospital HR)")
def p05() -> bytes:
    body = t("""
        You have been invited to the following event.

        Interview: Caleb Brennan / Facilities Systems Engineer
        When
        Friday Oct 16, 2026 \u22c5 11am \u2013 12pm (Central Time - Chicago)

        Location
        St. Ambrose Regional Health, 929 N. St. Francis St, Wichita, KS 67214, Admin Building 2nd floor
        View map

        Guests
        Renee Castillo - organizer
        Howard Blaylock
        caleb.brennan@example.org

        Hi Caleb - Howard (Director, Facilities & Clinical Engineering) and I will meet you at the
        Admin Building front desk. Parking is free in Garage C. - Renee

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NXE4ZzNjbTRq

        Reply for caleb.brennan@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NXE4ZzNjbTRq&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NXE4ZzNjbTRq&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NXE4ZzNjbTRq&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[CT]}
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20261016T110000
DTEND;TZID=America/Chicago:20261016T120000
DTSTAMP:20261009T183012Z
ORGANIZER;CN=Renee Castillo:mailto:renee.castillo@stambrosehealth.org
UID:5qe8g3cm4j1rk0vd2n6b9t7h1o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Renee Castillo;X-NUM-GUESTS=0:mailto:renee.castillo@stambrosehealth.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Howard Blaylock;X-NUM-GUESTS=0:mailto:hblaylock@stambrosehealth.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=caleb.brennan@example.org;X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261009T182955Z
DESCRIPTION:Hi Caleb - Howard (Director\\, Facilities & Clinical Engineering) and I will meet you at the Admin Building front desk. Parking is free in Garage C. - Renee
LAST-MODIFIED:20261009T183012Z
LOCATION:St. Ambrose Regional Health\\, 929 N. St. Francis St\\, Wichita\\, KS 67214\\, Admin Building 2nd floor
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Caleb Brennan / Facilities Systems Engineer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(env(
        addr("Renee Castillo", "renee.castillo@stambrosehealth.org"),
        "Invitation: Interview: Caleb Brennan / Facilities Systems Engineer @ Fri Oct 16, 2026 "
        "11am - 12pm (CDT) (caleb.brennan@example.org)",
        "2026-10-09 13:30", CT, "<calendar-6c0a2f55-3b1e-4c2f-9d1a-7be2a0f0c411@google.com>",
        relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Reply-To", addr("Renee Castillo", "renee.castillo@stambrosehealth.org")))),
        mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64"),
                  calendar(ics, cte="base64")),
              calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


@mail(n(6), family="exchange", lang="en", interview=True, kind="scheduled",
      company="Arkalon County", contact="proush@arkaloncounty-ks.gov",
      start=utc("2026-11-04 09:00", CT), end=utc("2026-11-04 10:00", CT),
      local="Wed 2026-11-04 09:00", local_end="2026-11-04 10:00", zone=CT,
      note="Outlook meeting request whose body gives no time: the time is only in the ICS, "
           "TZID 'Central Standard Time' 09:00-10:00 on 4 Nov; mail sent 29 Oct in CDT but the "
           "interview is after DST ends (1 Nov) -> CST UTC-6 -> 15:00-16:00Z; contact = ORGANIZER / sender")
def p06() -> bytes:
    body = t("""
        Caleb,

        Thank you for applying for the Asset Management Systems Engineer position with
        Arkalon County Public Works. The selection committee would like to interview you.
        Please see the attached meeting invitation and accept it so the slot is held for you.

        The interview will be held on Microsoft Teams with a panel of three: myself, Lowell
        Pruitt (Fleet Superintendent) and Erin Castellanos (GIS Coordinator). Expect
        structured questions; all candidates are asked the same questions per County policy.

        If you need an accommodation for the interview, please let me know.

        Pamela Roush
        HR Generalist II | Arkalon County Human Resources
        525 N. Main, Suite 208 | Wichita, KS 67203
        (316) 555-0122

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4>
        Meeting ID: 219 884 730 115
        Passcode: 7Hu3Qa
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web
        Or call in (audio only)
        +1 316-555-0190,,482207361#   United States, Wichita
        Phone Conference ID: 482 207 361#
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Pamela Roush:mailto:proush@arkaloncounty-ks.gov
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Caleb Brennan:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lowell Pruitt:mailto:lpruitt@arkaloncounty-ks.gov
DESCRIPTION;LANGUAGE=en-US:Caleb\\,\\n\\nThank you for applying for the Asset Management Systems Engineer position with Arkalon County Public Works.\\n
UID:040000008200E00074C5B7101A82E00800000000C0D3A1F4D367DD01000000000000000010000000A3B9F2C8E4
SUMMARY;LANGUAGE=en-US:Interview - Asset Management Systems Engineer - C. Brennan
DTSTART;TZID=Central Standard Time:20261104T090000
DTEND;TZID=Central Standard Time:20261104T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T191244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118734409
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    return message(env(
        addr("Roush, Pamela", "proush@arkaloncounty-ks.gov"),
        "Interview - Asset Management Systems Engineer - C. Brennan",
        "2026-10-29 14:12", CT, "<BY5PR09MB5510F3A2D8C14E7B9A0@BY5PR09MB5510.namprd09.prod.outlook.com>",
        relay="from GCC02-BY5-obe.outbound.protection.office365.us (mail-by5gcc02on2118.outbound"
              ".protection.office365.us [23.103.199.118])",
        extra=(("Thread-Topic", "Interview - Asset Management Systems Engineer - C. Brennan"),
               ("Content-Language", "en-US"),
               ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""))),
        alt(text(body, charset="us-ascii"),
            html("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body><div class=\"WordSection1\">"
                 + "".join(f"<p class=\"MsoNormal\">{p.replace(chr(10), '<br>')}</p>"
                           for p in body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                           .split("\n\n"))
                 + "</div></body></html>\n"),
            calendar(ics, cte="base64")))


@mail(n(7), family="calendly", lang="en", interview=True, kind="scheduled",
      company="Harborline Robotics", contact="owen.trask@harborlinerobotics.com",
      start=utc("2026-10-20 14:30", CT), end=utc("2026-10-20 15:00", CT),
      local="Tue 2026-10-20 14:30", local_end="2026-10-20 15:00", zone=CT,
      note="Calendly invitee confirmation shown in the invitee's zone: 2:30pm-3:00pm Central Time, "
           "CDT UTC-5 -> 19:30-20:00Z (the Boston host's 3:30pm ET is not written); contact = "
           "Reply-To host")
def p07() -> bytes:
    body = t("""
        Hi Caleb Brennan,

        Your Engineering Intro - 30 min with Owen Trask at 2:30pm (Central Time - US & Canada) on
        Tuesday, October 20, 2026 is scheduled.

        Event Type:
        Engineering Intro - 30 min

        Event Date/Time:
        2:30pm - 3:00pm (Central Time - US & Canada) on Tuesday, October 20, 2026

        Location:
        This is a Zoom web conference.
        https://harborline.zoom.us/j/81734410922?pwd=cUJ2aHZ4

        Invitee Time Zone:
        Central Time - US & Canada

        Questions:
        What role are you interested in?
        Manufacturing Systems Engineer (Andover, MA - relocation)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3f1b7e2a-9c44-4d7b-8a0e-5a1c2d3e4f50
        Reschedule: https://calendly.com/reschedulings/3f1b7e2a-9c44-4d7b-8a0e-5a1c2d3e4f50

        Powered by Calendly.com
        """)
    return message(env(
        addr("Calendly", "notifications@calendly.com"),
        "Confirmed: Engineering Intro - 30 min with Owen Trask on Tuesday, October 20, 2026",
        "2026-10-14 20:47", CT, "<8a2c41f0e7b24d3a9f9e0d11.calendly.invitee@calendly.com>",
        relay="from o4.email.calendly.com (o4.email.calendly.com [167.89.46.211])",
        extra=(("Reply-To", addr("Owen Trask", "owen.trask@harborlinerobotics.com")),)),
        alt(text(body), html("<html><body><div style=\"max-width:560px;margin:auto\">"
                             + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
                             + "</div></body></html>\n")))


@mail(n(8), family="ashby", lang="en", interview=True, kind="scheduled",
      company="Sierra Loft Composites", contact="janelle.quon@sierraloft.com",
      start=utc("2026-10-29 17:00", PT), end=utc("2026-10-29 18:00", PT),
      local="Thu 2026-10-29 17:00", local_end="2026-10-29 18:00", zone=PT,
      note="Ashby video interview Thu 29 Oct 5:00-6:00 PM PDT (UTC-7) -> Fri 30 Oct 00:00-01:00Z, "
           "the UTC date is the next day; ICS in UTC agrees; contact = Reply-To recruiter / ORGANIZER")
def p08() -> bytes:
    body = t("""
        Hi Caleb,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 29, 2026
        5:00 PM \u2013 6:00 PM PDT (7:00 PM \u2013 8:00 PM CDT)
        Zoom: https://sierraloft.zoom.us/j/96211870345

        You'll meet with:
          Graham Oduya \u2014 VP, Operations
          Tess Lindgren \u2014 Staff Engineer, Factory Systems

        I know this runs into your evening \u2014 thank you for flexing around Graham's travel.

        Questions? Just reply and it will reach Janelle Quon.

        Thanks,
        Sierra Loft Composites Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:ab4d2e71-0f3c-4c8e-9b7d-6a5e1f2c3b41
DTSTAMP:20261023T182011Z
DTSTART:20261030T000000Z
DTEND:20261030T010000Z
SEQUENCE:0
SUMMARY:Sierra Loft Composites \u2013 Manufacturing Systems Lead Interview
LOCATION:https://sierraloft.zoom.us/j/96211870345
ORGANIZER;CN=Janelle Quon:mailto:janelle.quon@sierraloft.com
ATTENDEE;CN=Caleb Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(env(
        addr("Sierra Loft Composites", "no-reply@ashbyhq.com"),
        "Interview confirmed: Manufacturing Systems Lead at Sierra Loft Composites",
        "2026-10-23 11:20", PT, "<0100019b0d3a77e1-8f1e2c3d-ashby-0a6b@email.amazonses.com>",
        relay="from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
        extra=(("Reply-To", addr("Janelle Quon", "janelle.quon@sierraloft.com")),)),
        mixed(alt(text(body, cte="base64"),
                  html("<!DOCTYPE html><html lang=\"en\"><body style=\"font-family:Helvetica,Arial\">"
                       + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
                       + "</body></html>\n", cte="base64")),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(9), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      company="Redbud Aerostructures", contact="lena.whitehorse@redbudaero.com",
      start=utc("2026-11-09 10:00", CT), end=utc("2026-11-09 12:00", CT),
      local="Mon 2026-11-09 10:00", local_end="2026-11-09 12:00", zone=CT,
      note="SmartRecruiters onsite 10:00 AM-12:00 PM CST in Tulsa (Central, after DST ended 1 Nov, "
           "UTC-6) -> 16:00-18:00Z; system sender, contact = recruiter address in the body; follows "
           "the unconfirmed proposal in another mail of this set")
def p09() -> bytes:
    body = t("""
        Hello Caleb,

        Thank you for confirming. Your onsite interview for the position of Production Systems
        Engineer - Composites (Tulsa, OK) has been scheduled.

        Interview details
        -----------------
        Date: Monday, November 9, 2026
        Time: 10:00 AM - 12:00 PM CST
        Location: Redbud Aerostructures, 6120 N. Mingo Rd, Tulsa, OK 74117 (check in at Gate 2)
        Interviewers: Rusty Calloway (Plant Manager), Ngozi Ibekwe (MES Product Owner)

        Travel: we will reimburse mileage from Wichita at the IRS rate; please keep your receipts
        for lunch.

        If you need to reach me directly: Lena Whitehorse, Talent Acquisition,
        lena.whitehorse@redbudaero.com, (918) 555-0170.

        Kind regards,
        Redbud Aerostructures Hiring Team

        This email was sent via SmartRecruiters on behalf of Redbud Aerostructures.
        """)
    return message(env(
        addr("Redbud Aerostructures Hiring Team", "noreply@smartrecruiters.com"),
        "Interview scheduled: Production Systems Engineer - Composites",
        "2026-11-03 09:15", CT, "<20261103151500.3f7a1c92d0e44b71@smartrecruiters.com>",
        relay="from mta-41.smartrecruiters.com (mta-41.smartrecruiters.com [192.0.2.141])",
        lag=7),
        alt(text(body, cte="quoted-printable"),
            html("<html><body><table style=\"width:600px;font-family:Roboto,Arial\"><tr><td>"
                 + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
                 + "</td></tr></table></body></html>\n")))


@mail(n(10), family="human_reply", lang="en", interview=True, kind="scheduled",
      company="Blue Valley Rail Systems", contact="mdelacroix@bluevalleyrail.com",
      start=utc("2026-11-23 08:30", CT), end=None,
      local="Mon 2026-11-23 08:30", zone=CT,
      note="Phone-written hiring-manager reply 'Monday 8:30 works' on top of the candidate's "
           "'Monday the 23rd at 8:30'; Kansas City is CST (UTC-6) in late November -> 14:30Z; "
           "contact = sender")
def p10() -> bytes:
    body = t("""
        Perfect. Monday 8:30 works, ill meet you in the lobby at our KC office (2200 Grand Blvd, 9th flr). Ask for me at the front desk and theyll call up.

        Marcus

        Sent from my iPhone

        > On Nov 19, 2026, at 5:12 PM, Caleb Brennan <caleb.brennan@example.org> wrote:
        >
        > Hi Marcus,
        >
        > Thanks for the call today. Monday the 23rd at 8:30 AM works great for me for the in-person
        > conversation. I'll drive up Sunday night.
        >
        > Best,
        > Caleb
        """)
    return message(env(
        addr("Marcus Delacroix", "mdelacroix@bluevalleyrail.com"),
        "Re: Monday",
        "2026-11-19 18:48", CT, "<5F2E7A1C-93B4-4E0D-8C6A-1B2D3E4F5A6B@bluevalleyrail.com>",
        relay="from mail-pj1-f47.google.com (mail-pj1-f47.google.com [209.85.216.47])",
        extra=(("In-Reply-To", "<CAJ1r=caleb.1119.5a@mail.example.org>"),
               ("X-Mailer", "iPhone Mail (22B91)"))),
        text(body, cte="8bit"))


@mail(n(11), family="icims", lang="en", interview=True, kind="scheduled",
      company="Heartland Medical Devices", contact="brooke.sandoval@heartlandmeddevices.com",
      start=utc("2026-12-01 13:00", CT), end=utc("2026-12-01 14:00", CT),
      local="Tue 2026-12-01 13:00", local_end="2026-12-01 14:00", zone=CT,
      note="iCIMS confirmation; the attached calendar item is an all-day event (VALUE=DATE 1 Dec), "
           "the time is only in the text: 1:00 PM CST, one hour -> 19:00-20:00Z; system sender, "
           "contact = coordinator address in the body")
def p11() -> bytes:
    body = t("""
        Dear Caleb Brennan,

        Thank you for your interest in Heartland Medical Devices. This email confirms your
        interview for Requisition 2026-4471, Manufacturing Systems Engineer (Lenexa, KS).

        Interview Date: Tuesday, December 1, 2026
        Interview Time: 1:00 PM CST
        Length: 1 hour
        Interview Type: Video (Microsoft Teams - link to follow from the hiring manager)
        Hiring Manager: Gwen Stoltzfus

        Please add the attached reminder to your calendar. It is an all-day reminder; the
        interview itself begins at the time above.

        If you have questions, please contact Brooke Sandoval, Recruiting Coordinator, at
        brooke.sandoval@heartlandmeddevices.com.

        Sincerely,
        Heartland Medical Devices Talent Acquisition

        Heartland Medical Devices is an Equal Opportunity Employer.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Recruit//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:icims-2026-4471-int-880213@heartlandmed.icims.com
DTSTAMP:20261123T160500Z
DTSTART;VALUE=DATE:20261201
DTEND;VALUE=DATE:20261202
SUMMARY:Interview - Heartland Medical Devices (1:00 PM CST)
DESCRIPTION:Interview for Req 2026-4471 Manufacturing Systems Engineer. Start time: 1:00 PM CST\\, 1 hour.
ORGANIZER;CN=Heartland Medical Devices Talent Acquisition:mailto:heartlandmed@talent.icims.com
ATTENDEE;CN=Caleb Brennan:mailto:{ME}
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    return message(env(
        addr("Heartland Medical Devices", "heartlandmed@talent.icims.com"),
        "Interview Confirmation - Manufacturing Systems Engineer (2026-4471)",
        "2026-11-23 10:05", CT, "<1797430500.4471.880213.JavaMail.icims@prod-mail-07.icims.com>",
        relay="from prod-mail-07.icims.com (prod-mail-07.icims.com [198.51.100.207])"),
        mixed(text(body, charset="windows-1252", cte="quoted-printable"),
              calendar(ics, method="PUBLISH", filename="Interview.ics", disposition="attachment",
                       name_param=True)))


@mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled",
      company="Kestrel Cloudworks", contact="priya.anand@kestrelcloud.io",
      start=utc("2026-12-09 11:00", PT), end=utc("2026-12-09 11:45", PT),
      local="Wed 2026-12-09 11:00", local_end="2026-12-09 11:45", zone=PT,
      note="Recruiter mail with a pasted Zoom invitation, 'Dec 9, 2026 11:00 AM Pacific Time', "
           "45 minutes; PST UTC-8 -> 19:00-19:45Z (1:00 PM CST for the candidate); contact = sender")
def p12() -> bytes:
    body = t("""
        Hi Caleb,

        Great talking with you yesterday! As promised, here's the invite for your conversation
        with Dev Malhotra, our Head of Manufacturing Platform. It's a 45-minute conversation, mostly
        about how you'd approach connecting our cloud MES product to legacy shop-floor equipment.
        We're fully remote, so no travel.

        Priya Anand is inviting you to a scheduled Zoom meeting.

        Topic: Kestrel Cloudworks | Caleb Brennan <> Dev Malhotra
        Time: Dec 9, 2026 11:00 AM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://kestrelcloud.zoom.us/j/84419920376?pwd=Wm1hQ0lZ

        Meeting ID: 844 1992 0376
        Passcode: 551902

        ---

        One tap mobile
        +16699006833,,84419920376#,,,,*551902# US (San Jose)

        Cheers,
        Priya

        Priya Anand | Senior Technical Recruiter | Kestrel Cloudworks
        priya.anand@kestrelcloud.io
        """)
    return message(env(
        addr("Priya Anand", "priya.anand@kestrelcloud.io"),
        "Kestrel Cloudworks - interview with Dev on 12/9",
        "2026-12-02 16:40", PT, "<CAF8kz_q2N1v0=PAnand+Zq7Q@mail.gmail.com>",
        relay="from mail-yw1-f181.google.com (mail-yw1-f181.google.com [209.85.128.181])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(13), family="goodtime", lang="en", interview=True, kind="scheduled",
      company="Aerion Flight Controls", contact="hailey.brandt@aerionflight.com",
      start=utc("2026-11-13 09:00", MT), end=utc("2026-11-13 11:45", MT),
      local="Fri 2026-11-13 09:00", local_end="2026-11-13 11:45", zone=MT,
      note="GoodTime itinerary of three sessions 9:00-9:45, 10:00-10:45, 11:00-11:45 AM MST "
           "(Denver, UTC-7 after 1 Nov) -> first start 16:00Z to last end 18:45Z; contact = Reply-To "
           "coordinator")
def p13() -> bytes:
    body = t("""
        Hi Caleb,

        Your virtual interview with Aerion Flight Controls is confirmed. Here is your itinerary
        for Friday, November 13, 2026. All times are Mountain Standard Time (MST); that is
        10:00 AM - 12:45 PM for you in Central Time.

        9:00 AM - 9:45 AM MST    Keira Holmquist, Manufacturing Engineering Manager
        10:00 AM - 10:45 AM MST  Tobias Renner, Quality Systems Lead
        11:00 AM - 11:45 AM MST  Anjali Dutt, Director of Operations

        Each session has its own Teams link in the calendar invites you'll receive separately.

        Please reply to this email if you have any questions or need to make changes.

        Hailey Brandt
        Recruiting Coordinator, Aerion Flight Controls
        """)
    page = ("<html><body style=\"font-family:Arial\"><p>Hi Caleb,</p><p>Your virtual interview with Aerion "
            "Flight Controls is confirmed. Here is your itinerary for <b>Friday, November 13, 2026</b>. All "
            "times are Mountain Standard Time (MST); that is 10:00 AM - 12:45 PM for you in Central Time.</p>"
            "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
            "<tr><th>Time (MST)</th><th>Interviewer</th></tr>"
            "<tr><td>9:00 AM - 9:45 AM</td><td>Keira Holmquist, Manufacturing Engineering Manager</td></tr>"
            "<tr><td>10:00 AM - 10:45 AM</td><td>Tobias Renner, Quality Systems Lead</td></tr>"
            "<tr><td>11:00 AM - 11:45 AM</td><td>Anjali Dutt, Director of Operations</td></tr></table>"
            "<p>Each session has its own Teams link in the calendar invites you'll receive separately.</p>"
            "<p>Please reply to this email if you have any questions or need to make changes.</p>"
            "<p>Hailey Brandt<br>Recruiting Coordinator, Aerion Flight Controls</p>"
            "<img src=\"https://t.goodtime.io/o/8f2a1c.gif\" width=\"1\" height=\"1\" alt=\"\"></body></html>\n")
    return message(env(
        addr("Hailey Brandt via GoodTime", "noreply@goodtime.io"),
        "Interview Confirmation: Aerion Flight Controls - Friday, November 13",
        "2026-11-05 14:00", MT, "<01000199f0aa12cd-goodtime-itin-5561@email.goodtime.io>",
        relay="from a27-9.smtp-out.us-west-2.amazonses.com (a27-9.smtp-out.us-west-2.amazonses.com "
              "[54.240.27.9])",
        extra=(("Reply-To", addr("Hailey Brandt", "hailey.brandt@aerionflight.com")),)),
        alt(text(body), html(page)))


@mail(n(14), family="microsoft_bookings", lang="en", interview=True, kind="scheduled",
      company="Flatland Talent Partners", contact=None,
      start=utc("2026-09-17 15:00", CT), end=utc("2026-09-17 15:30", CT),
      local="Thu 2026-09-17 15:00", local_end="2026-09-17 15:30", zone=CT,
      note="Microsoft Bookings screening interview with an agency recruiter; the body's label "
           "'(UTC-06:00) Central Time (US & Canada)' shows the standard offset but 17 Sep is CDT "
           "(UTC-5) -> 20:00-20:30Z, which the ICS (TZID Central Standard Time) confirms; only a "
           "Bookings mailbox and a staff name, no personal address -> contact null")
def p14() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <h2 style="font-weight:600">Your booking has been confirmed</h2>
        <p>Hello Caleb Brennan,</p>
        <p>Thank you for booking with Flatland Talent Partners. Your appointment details are below.</p>
        <table cellpadding="4">
        <tr><td>Service</td><td>Candidate Screening Interview - Engineering &amp; Manufacturing</td></tr>
        <tr><td>Date and time</td><td>Thursday, September 17, 2026 3:00 PM - 3:30 PM<br>(UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td>Staff</td><td>Josh Kettering</td></tr>
        <tr><td>Location</td><td>Phone call - we will call the number you provided</td></tr>
        </table>
        <p>Josh will go over the manufacturing systems role at our client (a Wichita-area
        aerospace supplier) and your background before presenting you.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/FlatlandTalentPartners@flatlandtalent.com/bookings/">Manage booking</a></p>
        <p>Flatland Talent Partners<br>1617 E. Douglas Ave, Wichita, KS 67211<br>(316) 555-0166</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Flatland Talent Partners:mailto:FlatlandTalentPartners@flatlandtalent.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Caleb Brennan:mailto:{ME}
SUMMARY;LANGUAGE=en-US:Candidate Screening Interview - Engineering & Manufacturing
DTSTART;TZID=Central Standard Time:20260917T150000
DTEND;TZID=Central Standard Time:20260917T153000
UID:040000008200E00074C5B7101A82E0080000000072F1C4B8A9E1DC01000000000000000010000000E2D4
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260914T160211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone call
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return message(env(
        addr("Flatland Talent Partners", "FlatlandTalentPartners@flatlandtalent.com"),
        "Your booking is confirmed: Candidate Screening Interview - Engineering & Manufacturing",
        "2026-09-14 11:02", CT, "<SA1PR17MB6402B2E1A9F3C8D70@SA1PR17MB6402.namprd17.prod.outlook.com>",
        relay="from NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2072.outbound"
              ".protection.outlook.com [40.107.94.72])",
        extra=(("X-MS-Exchange-Organization-BookingsType", "Appointment"),)),
        alt(html(page), calendar(ics)))


@mail(n(15), family="teamtailor_forward", lang="en", interview=True, kind="scheduled",
      company="Tern Avionics", contact="abby.fenwick@ternavionics.com",
      start=utc("2026-09-29 10:00", CT), end=utc("2026-09-29 11:00", CT),
      local="Tue 2026-09-29 10:00", local_end="2026-09-29 11:00", zone=CT,
      note="Forward-to-self from the candidate's other address with the Teamtailor confirmation "
           "attached as message/rfc822: Tue 29 Sep 10:00-11:00 AM CDT (UTC-5) -> 15:00-16:00Z; the "
           "candidate and the Teamtailor relay are not contacts -> the recruiter's address in the "
           "inner signature")
def p15() -> bytes:
    inner_body = t("""
        Hi Caleb,

        Thanks for booking a time! Your interview with Tern Avionics is confirmed.

        Job: Manufacturing Systems Engineer (Wichita, KS)
        Date: Tuesday, September 29, 2026
        Time: 10:00 AM - 11:00 AM (America/Chicago)
        Where: Microsoft Teams - the link is in the calendar invitation

        You will meet Rolf Haugen (Engineering Manager) and me.

        Looking forward to it!

        Abby Fenwick
        People & Talent | Tern Avionics
        abby.fenwick@ternavionics.com
        """)
    inner = message([
        ("From", addr("Abby Fenwick at Tern Avionics", "abby.fenwick.5b1e@ternavionics.teamtailor-mail.com")),
        ("To", CALEB),
        ("Subject", "Interview confirmed - Manufacturing Systems Engineer"),
        ("Date", date("2026-09-23 14:03", CT)),
        ("Message-ID", "<6f1b2c3d4e5f.teamtailor.37712@teamtailor-mail.com>"),
    ], alt(text(inner_body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in inner_body.split("\n\n")) + "</body></html>\n")))
    note = t("""
        saving this to my main inbox so I don't lose it. tues 9/29 10am

        Sent from my Galaxy
        """)
    return message(env(
        addr("Caleb Brennan", "cbrennan.ict@example.net"),
        "Fwd: Interview confirmed - Manufacturing Systems Engineer",
        "2026-09-23 21:10", CT, "<a91c7e.caleb.fwd.0923@mail.example.net>",
        relay="from smtp.example.net (smtp.example.net [203.0.113.25])"),
        mixed(text(note, cte="7bit"), attached_message(inner, "Interview confirmed.eml")))


@mail(n(16), family="workable", lang="en", interview=True, kind="scheduled",
      company="Red Earth Automation", contact="colby.haskins@redearthautomation.com",
      start=utc("2026-10-07 09:00", CT), end=utc("2026-10-07 09:45", CT),
      local="Wed 2026-10-07 09:00", local_end="2026-10-07 09:45", zone=CT,
      note="Workable confirmation 'Wednesday, October 7, 2026 at 9:00 AM CDT (45 min)'; Oklahoma City "
           "UTC-5 -> 14:00-14:45Z; Reply-To is a Workable relay, contact = the hiring manager's "
           "address in the body")
def p16() -> bytes:
    body = t("""
        Hi Caleb,

        Your interview for Controls & MES Engineer at Red Earth Automation has been scheduled.

        Wednesday, October 7, 2026 at 9:00 AM CDT (45 min)
        Video call: https://meet.google.com/hrx-bqvn-owe

        Colby Haskins (Engineering Manager) will be interviewing you.
        colby.haskins@redearthautomation.com

        If you need to reschedule, reply to this message.

        Best,
        Red Earth Automation
        Sent with Workable
        """)
    return message(env(
        addr("Red Earth Automation", "noreply@candidates.workablemail.com"),
        "Interview for Controls & MES Engineer at Red Earth Automation",
        "2026-10-01 15:20", CT, "<wk.2f8a91c0e7.interview@workablemail.com>",
        relay="from mail-101.workablemail.com (mail-101.workablemail.com [198.51.100.101])",
        extra=(("Reply-To", addr("Red Earth Automation",
                                 "red-earth-automation+c9f21ab7@candidates.workablemail.com")),)),
        alt(text(body), html("<html><body style=\"font-family:Arial\">" + "".join(
            f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.replace("&", "&amp;").split("\n\n"))
            + "</body></html>\n")))


@mail(n(17), family="lever", lang="en", interview=True, kind="rescheduled",
      company="Front Range Avionics", contact="marisol.ybarra@frontrangeavionics.com",
      start=utc("2026-09-28 10:00", MT), end=utc("2026-09-28 10:45", MT),
      local="Mon 2026-09-28 10:00", local_end="2026-09-28 10:45", zone=MT,
      days=(("Thu", "2026-09-24"),),
      note="Lever reschedule naming the old (Thu 24 Sep 1:00 PM MDT) and the new time Mon 28 Sep "
           "10:00-10:45 AM MDT (UTC-6) -> 16:00-16:45Z; ICS SEQUENCE:1 in UTC agrees; contact = Reply-To")
def p17() -> bytes:
    body = t("""
        Hi Caleb,

        Sunil had a conflict come up, so we've moved your interview. Sorry for the shuffle!

        Previously: Thursday, September 24, 2026, 1:00 PM - 1:45 PM MDT
        New time:   Monday, September 28, 2026, 10:00 AM - 10:45 AM MDT (11:00 AM CDT your time)
        Where: Google Meet - https://meet.google.com/vqa-kzpe-rtm (same link)

        An updated calendar invitation is attached. If the new time doesn't work, just reply.

        Marisol Ybarra
        Recruiting, Front Range Avionics
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-iv-2b7d13f0-88a1-4c62-9f0e-3c1d5a7e9b20
DTSTAMP:20260922T151200Z
DTSTART:20260928T160000Z
DTEND:20260928T164500Z
SEQUENCE:1
SUMMARY:Interview: Caleb Brennan <> Front Range Avionics
LOCATION:https://meet.google.com/vqa-kzpe-rtm
ORGANIZER;CN=Marisol Ybarra:mailto:marisol.ybarra@frontrangeavionics.com
ATTENDEE;CN=Caleb Brennan;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(env(
        addr("Marisol Ybarra (Front Range Avionics)", "no-reply@hire.lever.co"),
        "Updated: your interview with Front Range Avionics has been rescheduled",
        "2026-09-22 09:12", MT, "<0100019ac41d2b77-1e9a-lever-resched@email.lever.co>",
        relay="from a48-113.smtp-out.amazonses.com (a48-113.smtp-out.amazonses.com [54.240.48.113])",
        extra=(("Reply-To", addr("Marisol Ybarra", "marisol.ybarra@frontrangeavionics.com")),)),
        mixed(text(body, cte="7bit"), calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      company="St. Ambrose Regional Health", contact="renee.castillo@stambrosehealth.org",
      start=utc("2026-10-19 14:00", CT), end=utc("2026-10-19 15:00", CT),
      local="Mon 2026-10-19 14:00", local_end="2026-10-19 15:00", zone=CT,
      days=(("Fri", "2026-10-16"),),
      note="Google Calendar 'Updated invitation', time changed from Fri 16 Oct 11am to Mon 19 Oct "
           "2pm-3pm Central Time - Chicago (CDT UTC-5) -> 19:00-20:00Z; ICS SEQUENCE:1; contact = ORGANIZER")
def p18() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Interview: Caleb Brennan / Facilities Systems Engineer
        When
        CHANGED
        Monday Oct 19, 2026 \u22c5 2pm \u2013 3pm (Central Time - Chicago)
        Friday Oct 16, 2026 \u22c5 11am \u2013 12pm (Central Time - Chicago)  (removed)

        Location
        St. Ambrose Regional Health, 929 N. St. Francis St, Wichita, KS 67214, Admin Building 2nd floor

        Guests
        Renee Castillo - organizer
        Howard Blaylock
        caleb.brennan@example.org

        Renee: Caleb, Howard has a Joint Commission walkthrough Friday, so we moved you to Monday
        afternoon. Same place. Thank you for being flexible!

        Reply for caleb.brennan@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NXE4ZzNjbTRq&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NXE4ZzNjbTRq&rst=2

        Invitation from Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[CT]}
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20261019T140000
DTEND;TZID=America/Chicago:20261019T150000
DTSTAMP:20261014T144011Z
ORGANIZER;CN=Renee Castillo:mailto:renee.castillo@stambrosehealth.org
UID:5qe8g3cm4j1rk0vd2n6b9t7h1o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=caleb.brennan@example.org;X-NUM-GUESTS=0:mailto:{ME}
LAST-MODIFIED:20261014T144011Z
LOCATION:St. Ambrose Regional Health\\, 929 N. St. Francis St\\, Wichita\\, KS 67214\\, Admin Building 2nd floor
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Interview: Caleb Brennan / Facilities Systems Engineer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(env(
        addr("Renee Castillo", "renee.castillo@stambrosehealth.org"),
        "Updated invitation: Interview: Caleb Brennan / Facilities Systems Engineer @ Mon Oct 19, 2026 "
        "2pm - 3pm (CDT) (caleb.brennan@example.org)",
        "2026-10-14 09:40", CT, "<calendar-0b77e1c2-5d3a-4e8f-a1b2-c3d4e5f60718@google.com>",
        relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
        mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
              calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


@mail(n(19), family="exchange", lang="en", interview=True, kind="rescheduled",
      company="Harlan Defense Systems", contact="trent.okafor@harlandefense.com",
      start=utc("2026-11-17 09:30", CT), end=utc("2026-11-17 12:00", CT),
      local="Tue 2026-11-17 09:30", local_end="2026-11-17 12:00", zone=CT,
      days=(("Thu", "2026-11-12"),),
      note="Recruiter reschedule in windows-1252 QP with US MM/DD dates: panel moved from Thu 11/12 "
           "1:00 PM to Tue 11/17 9:30 AM 'until noon' Central; CST UTC-6 -> 15:30-18:00Z; Outlook "
           "ICS (Central Standard Time, SEQUENCE 1) agrees; contact = sender / ORGANIZER")
def p19() -> bytes:
    body = t("""
        Good morning Caleb,

        I\u2019m sorry for the late notice \u2013 our program director has been called to a customer
        review in Huntsville this week, so we need to move your onsite panel from Thu 11/12 at
        1:00 PM to Tue 11/17 at 9:30 AM (Central). The panel will run from 9:30 until noon, and
        lunch with the team afterwards is optional.

        Same location: Harlan Defense Systems, 4400 S. Portland Ave, Oklahoma City, OK 73119.
        Your visitor badge request has been updated \u2013 please bring two forms of ID.

        I\u2019ve sent an updated invite. Let me know right away if the 17th is a problem.

        Thank you,

        Trent Okafor
        Senior Technical Recruiter
        Harlan Defense Systems
        O: (405) 555-0134 | trent.okafor@harlandefense.com
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Okafor\\, Trent:mailto:trent.okafor@harlandefense.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Caleb Brennan:mailto:{ME}
SUMMARY;LANGUAGE=en-US:Onsite Panel - Production Systems Engineer III - C. Brennan
DTSTART;TZID=Central Standard Time:20261117T093000
DTEND;TZID=Central Standard Time:20261117T120000
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000F0E1
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261110T135512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:HDS OKC - Bldg 2 Conference Room Redstone
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return message(env(
        addr("Okafor, Trent", "trent.okafor@harlandefense.com"),
        "UPDATED: Onsite Panel - Production Systems Engineer III - C. Brennan",
        "2026-11-10 07:55", CT, "<SN4PR11MB5590D0E9F8A7B6C5D4@SN4PR11MB5590.namprd11.prod.outlook.com>",
        relay="from mx0b-00271d01.pphosted.com (mx0b-00271d01.pphosted.com [148.163.139.12])",
        extra=(("Thread-Topic", "Onsite Panel - Production Systems Engineer III - C. Brennan"),
               ("Importance", "high"))),
        alt(text(body, charset="windows-1252"),
            html("<html><body><div class=\"WordSection1\">" + "".join(
                f"<p class=\"MsoNormal\">{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
                + "</div></body></html>\n", charset="windows-1252"),
            calendar(ics)))


@mail(n(20), family="human_reply", lang="en", interview=True, kind="rescheduled",
      company="Blue Valley Rail Systems", contact="tgreer@bluevalleyrail.com",
      start=utc("2026-12-08 15:30", CT), end=None,
      local="Tue 2026-12-08 15:30", zone=CT,
      note="Terse recruiter note moving 'tomorrow' from 2:00 to 3:30, resolved against Date Mon 7 Dec "
           "-> Tue 8 Dec 15:30 CST (UTC-6) = 21:30Z; contact = sender")
def p20() -> bytes:
    body = t("""
        Hi Caleb - small change for tomorrow. Marcus got pulled into a customer call so we're moving
        your 2nd round from 2:00 to 3:30 (still Teams, same link). I already moved it on his
        calendar and Joanne's, they're both good for 3:30.

        holler if 3:30 is a problem!
        -T

        Tamsin Greer | Talent Acquisition | Blue Valley Rail Systems
        tgreer@bluevalleyrail.com | 816-555-0107
        """)
    return message(env(
        addr("Tamsin Greer", "tgreer@bluevalleyrail.com"),
        "time change tomorrow",
        "2026-12-07 11:02", CT, "<MW4PR02MB7381E5F0A9@MW4PR02MB7381.namprd02.prod.outlook.com>",
        relay="from NAM02-MW4-obe.outbound.protection.outlook.com (mail-mw4nam02on2093.outbound"
              ".protection.outlook.com [40.107.220.93])"),
        alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(21), family="exchange", lang="en", interview=True, kind="cancelled",
      company="Meridian Aerostructures", contact="gbrannock@meridianaero.com",
      start=utc("2026-10-13 14:00", CT), end=utc("2026-10-13 15:00", CT),
      local="Tue 2026-10-13 14:00", local_end="2026-10-13 15:00", zone=CT,
      note="Outlook cancellation (METHOD:CANCEL, STATUS:CANCELLED) of Tue 13 Oct 2:00-3:00 PM; the "
           "body's '(UTC-06:00) Central Time (US & Canada)' is the standard label, October is CDT "
           "UTC-5 -> 19:00-20:00Z; no new time; contact = sender / ORGANIZER")
def p21() -> bytes:
    body = t("""
        When: Tuesday, October 13, 2026 2:00 PM-3:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Caleb - I'm so sorry, we have to cancel Tuesday. Our hiring manager, Wes, is stuck on a
        customer issue in Everett all week. I'll reach back out with new times once he's back.

        Gail

        Gail Brannock | Sr. HR Business Partner | Meridian Aerostructures | Oklahoma City, OK
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Gail Brannock:mailto:gbrannock@meridianaero.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Caleb Brennan:mailto:{ME}
SUMMARY;LANGUAGE=en-US:Canceled: Interview - Manufacturing Systems Engineer (Caleb Brennan)
DTSTART;TZID=Central Standard Time:20261013T140000
DTEND;TZID=Central Standard Time:20261013T150000
UID:040000008200E00074C5B7101A82E008000000003C4D5E6F7A8BDC01000000000000000010000000AB12
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261008T213011Z
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
END:VCALENDAR"""
    return message(env(
        addr("Gail Brannock", "gbrannock@meridianaero.com"),
        "Canceled: Interview - Manufacturing Systems Engineer (Caleb Brennan)",
        "2026-10-08 16:30", CT, "<CH2PR05MB6941A0B1C2D3E4F5@CH2PR05MB6941.namprd05.prod.outlook.com>",
        relay="from NAM04-CH2-obe.outbound.protection.outlook.com (mail-ch2nam04on2120.outbound"
              ".protection.outlook.com [40.107.92.120])",
        extra=(("Importance", "high"),)),
        alt(text(body), calendar(ics, method="CANCEL")))


@mail(n(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      company="Kestrel Cloudworks", contact="priya.anand@kestrelcloud.io",
      start=utc("2026-12-09 11:00", PT), end=None,
      local="Wed 2026-12-09 11:00", zone=PT,
      note="Recruiter cancels 'your Wednesday (12/9) 11:00 PT conversation' because the role is on "
           "hold, no new time; PST UTC-8 -> cancelled slot 19:00Z; no length in this mail -> end null; "
           "contact = sender")
def p22() -> bytes:
    body = t("""
        Hi Caleb,

        I'm really sorry to be sending this. We need to cancel your Wednesday (12/9) 11:00 PT
        conversation with Dev. Leadership froze the budget for the role this morning as part of
        our 2027 planning, so we're pausing all interviews for it.

        This isn't a reflection on you at all - Dev was looking forward to it. If the role opens
        back up in Q1 you'll be the first person I call.

        Priya

        Priya Anand | Senior Technical Recruiter | Kestrel Cloudworks
        """)
    return message(env(
        addr("Priya Anand", "priya.anand@kestrelcloud.io"),
        "Re: Kestrel Cloudworks - interview with Dev on 12/9",
        "2026-12-07 12:15", PT, "<CAF8kz_q9LmB2=PAnand+Xc1R@mail.gmail.com>",
        relay="from mail-yw1-f174.google.com (mail-yw1-f174.google.com [209.85.128.174])",
        extra=(("In-Reply-To", "<CAF8kz_q2N1v0=PAnand+Zq7Q@mail.gmail.com>"),
               ("References", "<CAF8kz_q2N1v0=PAnand+Zq7Q@mail.gmail.com>"))),
        alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(23), family="calendly", lang="en", interview=True, kind="cancelled",
      company="Cottonwood Systems", contact="nadia.flores@cottonwoodsys.com",
      start=utc("2026-11-30 09:00", CT), end=utc("2026-11-30 09:45", CT),
      local="Mon 2026-11-30 09:00", local_end="2026-11-30 09:45", zone=CT,
      note="Calendly cancellation by the host of the 9:00am-9:45am (Central Time - US & Canada) event "
           "on Mon 30 Nov; CST UTC-6 -> 15:00-15:45Z; ICS METHOD:CANCEL in UTC agrees; contact = "
           "Reply-To host")
def p23() -> bytes:
    body = t("""
        Hi Caleb Brennan,

        Nadia Flores has canceled the following event.

        Cancellation reason:
        "So sorry Caleb - our VP wants to re-scope this role before we keep interviewing. I'll be in
        touch in a couple of weeks."

        Event Type:
        Hiring Manager Interview (45 min)

        Event Date/Time:
        9:00am - 9:45am (Central Time - US & Canada) on Monday, November 30, 2026

        Location:
        Google Meet

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:c7e2a9f0-41b3-4d6e-8f5a-2b1c0d9e8f7a@calendly.com
DTSTAMP:20261124T230500Z
DTSTART:20261130T150000Z
DTEND:20261130T154500Z
SEQUENCE:1
SUMMARY:Caleb Brennan and Nadia Flores
ORGANIZER;CN=Nadia Flores:mailto:nadia.flores@cottonwoodsys.com
ATTENDEE;CN=Caleb Brennan:mailto:{ME}
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    return message(env(
        addr("Calendly", "notifications@calendly.com"),
        "Canceled: Hiring Manager Interview (45 min) with Nadia Flores on Monday, November 30, 2026",
        "2026-11-24 16:05", MT, "<4b9e2c7d10aa4f3e.calendly.cancel@calendly.com>",
        relay="from o4.email.calendly.com (o4.email.calendly.com [167.89.46.211])",
        extra=(("Reply-To", addr("Nadia Flores", "nadia.flores@cottonwoodsys.com")),)),
        mixed(alt(text(body), html("<html><body>" + "".join(
            f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n")),
            calendar(ics, method="CANCEL", filename="invite.ics", disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


def _paras(body: str) -> str:
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.replace("&", "&amp;").split("\n\n"))


@mail(n(24), family="rejection", lang="en", interview=False, company="Lindqvist Composites",
      note="Personio rejection after an application; mentions a past interview, confirms nothing")
def n24() -> bytes:
    body = t("""
        Dear Caleb,

        Thank you for your interest in the Industrial Engineer - Digital Factory role at
        Lindqvist Composites Inc. in Denver and for the time you took for the interview with our
        team last week.

        After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches our current needs. This was not an easy decision.

        We will keep your profile in our talent pool for twelve months, and we encourage you to
        apply again for future openings.

        Kind regards,
        Lindqvist Composites Inc. - People Team
        """)
    return message(env(
        addr("Lindqvist Composites Inc.", "no-reply@lindqvist-composites.jobs.personio.com"),
        "Your application at Lindqvist Composites Inc.",
        "2026-09-25 10:48", MT, "<personio.app.55210.rej@lindqvist-composites.jobs.personio.com>",
        relay="from mail-eu1.personio.de (mail-eu1.personio.de [192.0.2.61])"),
        alt(text(body), html("<html><body>" + _paras(body) + "</body></html>\n")))


@mail(n(25), family="offer", lang="en", interview=False, company="Plains Harvest Cooperative",
      days=(("Mon", "2026-10-05"), ("Fri", "2026-09-25")),
      note="Offer letter with a start date and a fixed first-day orientation time (Mon 5 Oct 7:30 AM); "
           "an offer and onboarding, not an interview")
def n25() -> bytes:
    body = t("""
        Caleb,

        On behalf of Plains Harvest Cooperative, I'm pleased to offer you the position of Automation
        Engineer, reporting to Gary Lindahl, Operations Manager. Details are in the attached letter,
        but the highlights:

          - Base salary $104,000, plus annual patronage-based bonus
          - Company truck for elevator site visits
          - Start date: Monday, October 5, 2026
          - Orientation: Monday, October 5 at 7:30 AM, Hutchinson terminal office (safety training
            runs until noon, wear boots)

        Please let me know your decision by Friday, September 25. If you have questions about
        benefits, I'm happy to get on a call.

        We really enjoyed meeting you and hope you'll join us.

        Darlene Vos
        Human Resources Manager
        Plains Harvest Cooperative
        """)
    return message(env(
        addr("Darlene Vos", "dvos@plainsharvest.coop"),
        "Offer - Automation Engineer",
        "2026-09-16 15:33", CT, "<DM6PR14MB3301C7D8E9F0A1B2@DM6PR14MB3301.namprd14.prod.outlook.com>",
        relay="from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2103.outbound"
              ".protection.outlook.com [40.107.243.103])"),
        text(body, charset="iso-8859-1"))


@mail(n(26), family="application_ack", lang="en", interview=False, company="Wheatland Aerospace",
      note="Taleo application receipt; 'if selected for an interview' is hypothetical")
def n26() -> bytes:
    body = t("""
        Dear Caleb Brennan,

        Thank you for applying for the position of Manufacturing Execution Systems (MES) Engineer
        (Job Number: 2600318) at Wheatland Aerospace, Wichita, Kansas.

        We have received your application and it is being reviewed. If your qualifications match
        the requirements of the position, a member of our recruiting team will contact you to
        schedule an interview.

        You can track the status of your application at any time through the Career Section:
        https://wheatlandaero.taleo.net/careersection/ext/mysubmissions.ftl

        Sincerely,
        Wheatland Aerospace Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
        """)
    return message(env(
        addr("Wheatland Aerospace", "wheatlandaero@taleo.net"),
        "Wheatland Aerospace - Application Received - MES Engineer (2600318)",
        "2026-09-04 22:17", CT, "<1788923820511.2600318.JavaMail.taleo@tlvp04.taleo.net>",
        relay="from smtp04.taleo.net (smtp04.taleo.net [160.34.16.54])"),
        text(body, charset="iso-8859-1", cte="7bit"))


@mail(n(27), family="application_ack", lang="en", interview=False, company="Gridline Robotics",
      note="JOIN application receipt from a remote startup; no interview, no time")
def n27() -> bytes:
    body = t("""
        Hi Caleb,

        thanks for applying as Solutions Engineer - Factory Automation (Remote, US) at Gridline
        Robotics! Your application has been sent to the hiring team.

        What happens next?
        The team usually reviews applications within 2 weeks. If they'd like to get to know you,
        they'll reach out to set up a first call.

        Good luck!
        Your JOIN Team

        You received this email because you applied via JOIN. https://join.com
        """)
    return message(env(
        addr("Gridline Robotics via JOIN", "no-reply@join.com"),
        "Your application to Gridline Robotics has been sent",
        "2026-09-21 07:55", CT, "<join-application-7731402@join.com>",
        relay="from mail-out.join.com (mail-out.join.com [192.0.2.88])"),
        alt(text(body), html("<html><body style=\"font-family:Inter,Arial\">" + _paras(body)
                             + "</body></html>\n")))


@mail(n(28), family="rejection", lang="en", interview=False, company="Sandhill Drone Works",
      note="Recruitee post-interview rejection ('thank you for interviewing with us'); nothing scheduled")
def n28() -> bytes:
    body = t("""
        Hi Caleb,

        Thank you for interviewing with us for the Manufacturing Systems Engineer position and for
        the time you spent with Jolene and Arturo on Tuesday.

        We've now completed our interviews and unfortunately we won't be moving forward with your
        application. The team was impressed by your MES background, but we decided on a candidate
        with more hands-on drone avionics experience.

        We wish you all the best in your search.

        Kind regards,
        Sandhill Drone Works Hiring Team
        """)
    return message(env(
        addr("Sandhill Drone Works", "sandhilldroneworks@recruiteemail.com"),
        "Update on your application - Manufacturing Systems Engineer",
        "2026-10-23 13:10", CT, "<recruitee.offer.9917.cand.44120@recruiteemail.com>",
        relay="from mail.recruiteemail.com (mail.recruiteemail.com [192.0.2.93])"),
        alt(text(body, cte="base64"), html("<html><body>" + _paras(body) + "</body></html>\n",
                                           cte="base64")))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Tallgrass Power Cooperative",
      note="softgarden self-scheduling invitation: pick a slot among several; nothing booked yet")
def n29() -> bytes:
    body = t("""
        Dear Mr. Brennan,

        Thank you for your application for SCADA / Controls Engineer at Tallgrass Power Cooperative.
        We would like to get to know you in a video interview.

        Please choose a time that suits you from the available slots using the link below. Slots
        are available between Monday, November 16 and Friday, November 20, 8:00 AM - 4:00 PM
        Central.

        Select your appointment: https://tallgrasspower.softgarden.io/interview/select/8a1f0c22

        Once you have selected a slot, you will receive a confirmation with the meeting link.

        Best regards,
        Mindy Kaufmann
        Tallgrass Power Cooperative
        """)
    return message(env(
        addr("Tallgrass Power Cooperative", "noreply@softgarden.io"),
        "Please select an interview appointment - SCADA / Controls Engineer",
        "2026-11-10 10:30", CT, "<sg.interview.invite.8a1f0c22@softgarden.io>",
        relay="from mx-out2.softgarden.io (mx-out2.softgarden.io [192.0.2.120])"),
        alt(text(body), html("<html><body>" + _paras(body) + "</body></html>\n")),)


@mail(n(30), family="job_alert", lang="en", interview=False, company=None,
      note="Job-board alert digest; 'Interviewing now' and 'schedule interviews this week' are badges")
def n30() -> bytes:
    body = t("""
        8 new jobs for "manufacturing systems engineer" near Wichita, KS

        Manufacturing Systems Engineer - MES
        Bluestem Aerospace - Wichita, KS - $98K-$125K
        Interviewing now - Easy apply

        Sr. Industrial Engineer, Automation
        Prairie Wing Aircraft - Wichita, KS
        Hiring multiple candidates

        Controls Engineer (Remote)
        Gridline Robotics - Remote (US)
        Employer is scheduling interviews this week

        Production Systems Engineer
        Harlan Defense Systems - Oklahoma City, OK
        Active recruiter

        See all 8 jobs: https://alerts.plainsjobhub.example.com/s/manufacturing-systems-engineer

        You're receiving this because you created a job alert on PlainsJobHub.
        Unsubscribe: https://alerts.plainsjobhub.example.com/u/cb9911
        """)
    return message(env(
        addr("PlainsJobHub Alerts", "alerts@plainsjobhub.example.com"),
        "8 new jobs for manufacturing systems engineer near Wichita, KS",
        "2026-10-06 06:02", CT, "<alert.20261006.cb9911@plainsjobhub.example.com>",
        relay="from mta7.plainsjobhub.example.com (mta7.plainsjobhub.example.com [192.0.2.177])",
        extra=(("List-Unsubscribe", "<https://alerts.plainsjobhub.example.com/u/cb9911>"),
               ("Precedence", "bulk"))),
        alt(text(body), html("<html><body>" + _paras(body) + "</body></html>\n")))


@mail(n(31), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Mailing-list newsletter / blog post about interviews; a live Q&A time is an event, not an "
           "interview")
def n31() -> bytes:
    body = t("""
        THE SHOP FLOOR BRIEF - Issue #212

        This week on the blog: "Your interview is confirmed. Now what?"

        You've got the calendar invite for Tuesday at 10. The panel is booked. Here's the
        checklist our readers swear by for the 48 hours before a manufacturing engineering
        interview:

        1. Re-read the job posting and map every bullet to a project you can talk about.
        2. Bring a one-page OEE or yield story with real numbers.
        3. Prepare a question about their MES / ERP integration - it shows you've done this before.
        4. Plan your route to the plant and leave time for security badging.

        Read the full post: https://shopfloorbrief.example.com/blog/interview-confirmed-now-what

        Live Q&A: "Interviewing in aerospace," Thursday, October 22 at 7 PM Central on YouTube.

        You are subscribed to shopfloor-brief@lists.shopfloorbrief.example.com.
        Unsubscribe: https://shopfloorbrief.example.com/unsubscribe
        """)
    return message(env(
        addr("The Shop Floor Brief", "newsletter@shopfloorbrief.example.com"),
        "Your interview is confirmed. Now what?",
        "2026-10-15 07:00", ET, "<issue212.shopfloorbrief@mail.shopfloorbrief.example.com>",
        relay="from mail-201.sendinblue-mta.example.com (mail-201.sendinblue-mta.example.com [192.0.2.201])",
        extra=(("List-Id", "The Shop Floor Brief <shopfloor-brief.lists.shopfloorbrief.example.com>"),
               ("List-Unsubscribe", "<https://shopfloorbrief.example.com/unsubscribe>"),
               ("Precedence", "list"))),
        alt(text(body), html("<html><body>" + _paras(body) + "</body></html>\n")))


@mail(n(32), family="recruiter_outreach", lang="en", interview=False, company="Keystone Technical Staffing",
      note="Agency cold outreach asking for availability; no fixed time")
def n32() -> bytes:
    body = t("""
        Hey Caleb,

        Hope you're doing well! I came across your profile and wanted to reach out - I'm working
        a direct-hire Manufacturing Systems Engineer search for an aerospace client in Kansas City
        (Olathe area). $115-130K, hybrid after 90 days.

        Would you have 15 minutes this week or next for a quick call? Let me know a couple of
        times that work and I'll send an invite.

        Thanks!
        Brianna Koch
        Senior Recruiter | Keystone Technical Staffing
        brianna.koch@keystonetech.example.com | 913-555-0181
        """)
    return message(env(
        addr("Brianna Koch", "brianna.koch@keystonetech.example.com"),
        "Aerospace Manufacturing Systems Engineer - KC area",
        "2026-09-02 11:45", CT, "<BN8PR12MB33615C2D1E0F@BN8PR12MB3361.namprd12.prod.outlook.com>",
        relay="from NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2107.outbound"
              ".protection.outlook.com [40.107.236.107])"),
        alt(text(body), html(_paras(body) + "\n")))


@mail(n(33), family="proposed_times", lang="en", interview=False, company="Redbud Aerostructures",
      days=(("Mon", "2026-11-09"), ("Tue", "2026-11-10")),
      note="Recruiter proposes two onsite slots ('would either of those work?') and promises a formal "
           "invite once confirmed; nothing is confirmed in this mail (the confirmation is another mail "
           "of this set)")
def n33() -> bytes:
    body = t("""
        Hi Caleb,

        Great news - Rusty would like to bring you down to Tulsa for an onsite. He could do
        Monday 11/9 at 10:00 AM or Tuesday 11/10 at 1:30 PM. Would either of those work for you?

        Once you let me know, I'll send the formal invite through our system with the address,
        parking and who you'll be meeting.

        Thanks!
        Lena

        Lena Whitehorse | Talent Acquisition | Redbud Aerostructures
        lena.whitehorse@redbudaero.com | (918) 555-0170
        """)
    return message(env(
        addr("Lena Whitehorse", "lena.whitehorse@redbudaero.com"),
        "Onsite in Tulsa?",
        "2026-10-28 14:20", CT, "<PH0PR19MB5203E1F2A3B4C5D6@PH0PR19MB5203.namprd19.prod.outlook.com>",
        relay="from NAM04-PH0-obe.outbound.protection.outlook.com (mail-ph0nam04on2110.outbound"
              ".protection.outlook.com [40.107.93.110])"),
        alt(text(body), html(_paras(body) + "\n")))


@mail(n(34), family="non_interview_appointment", lang="en", interview=False, company=None,
      days=(("Sat", "2026-10-03"),),
      note="Pharmacy biometric health-screening appointment with a fixed time; not an interview")
def n34() -> bytes:
    body = t("""
        Hi CALEB,

        Your appointment is confirmed.

        Service: Biometric Health Screening (cholesterol, glucose, blood pressure)
        When: Saturday, October 3, 2026 at 9:15 AM
        Where: Prairie Rx Pharmacy #118, 7701 E. Kellogg Dr, Wichita, KS 67207

        Please fast for 8-12 hours before your screening (water is OK). Bring your insurance card.

        Need to reschedule? Reply R to the text we sent or visit prairierx.example.com/appointments.

        Prairie Rx Pharmacy
        """)
    return message(env(
        addr("Prairie Rx Pharmacy", "appointments@prairierx.example.com"),
        "Appointment confirmed: Biometric Health Screening on Sat, Oct 3",
        "2026-09-28 18:31", CT, "<appt.118.20261003.0915.cb@prairierx.example.com>",
        relay="from mta3.prairierx.example.com (mta3.prairierx.example.com [192.0.2.33])"),
        html("<html><body>" + _paras(body) + "</body></html>\n", cte="base64"))


@mail(n(35), family="job_centre", lang="en", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Workforce-center RESEA appointment (unemployment benefits) with a fixed time; it calls itself "
           "a meeting/assessment, not a job interview")
def n35() -> bytes:
    body = t("""
        KANSAS WORKFORCE CONNECT - WICHITA CENTER
        Reemployment Services and Eligibility Assessment (RESEA)

        Claimant: CALEB BRENNAN
        Claim ID: ending 4821

        You are scheduled for a mandatory RESEA appointment:

        Date: Wednesday, September 16, 2026
        Time: 1:30 PM
        Location: Wichita Workforce Center, 2021 N. Amidon Ave, Suite 1100, Wichita, KS 67203
        Staff: Reemployment Specialist (assigned at check-in)

        Bring: photo ID, your work search log for the past four weeks, and an updated resume.

        During the appointment we will review your eligibility for unemployment benefits, your
        job search activities and available services (resume help, interview workshops, training).

        IMPORTANT: If you do not attend, your unemployment benefits may be suspended. To reschedule,
        call (316) 555-0100 at least 24 hours in advance.

        This is an automated message. Do not reply.
        """)
    return message(env(
        addr("Kansas Workforce Connect", "noreply@workforceconnect-ks.example.gov"),
        "RESEA Appointment Scheduled - Action Required",
        "2026-09-08 08:00", CT, "<resea.4821.20260916@workforceconnect-ks.example.gov>",
        relay="from smtp.workforceconnect-ks.example.gov (smtp.workforceconnect-ks.example.gov "
              "[192.0.2.150])"),
        text(body, charset="us-ascii", cte="7bit"))


@mail(n(36), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="University MBA admission interview confirmed for a fixed time with an ICS; an admissions "
           "interview is not a job interview")
def n36() -> bytes:
    body = t("""
        Dear Caleb,

        Thank you for scheduling your admission interview for the Flint Hills University Online
        MBA (Spring 2027 cohort).

        Interview date: Thursday, October 22, 2026
        Time: 6:00 PM - 6:30 PM Central Time
        Format: Zoom - https://flinthills-edu.zoom.us/j/91220450017
        Interviewer: Dr. Leland Aubuchon, Associate Director of Graduate Admissions

        The interview is conversational and lasts about 30 minutes. We will ask about your
        professional goals and why an MBA now. Business casual attire is recommended.

        Warm regards,
        Office of Graduate Admissions
        Flint Hills University
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Slate//Technolutions//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:slate-int-7f3a2b10@flinthills.example.edu
DTSTAMP:20261014T150000Z
DTSTART;TZID=America/Chicago:20261022T180000
DTEND;TZID=America/Chicago:20261022T183000
SUMMARY:Flint Hills University MBA Admission Interview
LOCATION:https://flinthills-edu.zoom.us/j/91220450017
ATTENDEE;CN=Caleb Brennan:mailto:{ME}
END:VEVENT
{VTZ[CT]}
END:VCALENDAR"""
    return message(env(
        addr("Flint Hills University Graduate Admissions", "gradadmissions@flinthills.example.edu"),
        "Your MBA admission interview is confirmed",
        "2026-10-14 10:00", CT, "<slate.7f3a2b10.confirm@flinthills.example.edu>",
        relay="from mail.technolutions.example.net (mail.technolutions.example.net [192.0.2.66])"),
        mixed(alt(text(body), html("<html><body>" + _paras(body) + "</body></html>\n")),
              calendar(ics, method="PUBLISH", filename="interview.ics", disposition="attachment")))


@mail(n(37), family="sports_tryout", lang="en", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Adult soccer club try-out with a fixed time; not a job interview")
def n37() -> bytes:
    body = t("""
        Hey Caleb,

        Thanks for signing up! You're confirmed for the ICT Flyers FC over-35 tryout:

        Saturday, September 12 - check in 8:30, tryout starts 9:00 sharp
        Stryker Complex, Field 6

        Bring cleats, shin guards, a white AND a dark shirt, and water. We'll run some small-sided
        games and the coaches will email everyone by Tuesday. Fall season fee is $85 if you make a
        roster.

        See you on the field,
        Coach Dominic
        ICT Flyers FC - Adult Division
        """)
    return message(env(
        addr("ICT Flyers FC", "adultsoccer@ictflyers.example.org"),
        "Tryout confirmed - Over-35 division",
        "2026-09-06 19:44", CT, "<CAH2flyers0906=tryout.a1@mail.gmail.com>",
        relay="from mail-qt1-f171.google.com (mail-qt1-f171.google.com [209.85.160.171])"),
        alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(38), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Car-service appointment with a fixed time and an ICS; not an interview")
def n38() -> bytes:
    body = t("""
        Hi Caleb,

        Your service appointment is confirmed.

        Vehicle: 2019 Ford F-150 XLT
        Services: 60,000-mile service, rotate tires, check A/C
        Date: Tuesday, October 27, 2026
        Drop-off: 7:30 AM
        Advisor: Ray Beltz

        Shuttle service is available within 10 miles. Add the attached event to your calendar.

        Rock Road Auto Care
        2250 N. Rock Rd, Wichita, KS 67226
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Xtime//Service Scheduler//EN
METHOD:PUBLISH
{VTZ[CT]}
BEGIN:VEVENT
UID:xt-5520193@rockroadauto.example.com
DTSTAMP:20261021T170000Z
DTSTART;TZID=America/Chicago:20261027T073000
DTEND;TZID=America/Chicago:20261027T080000
SUMMARY:Service Appointment - Rock Road Auto Care
LOCATION:2250 N. Rock Rd\\, Wichita\\, KS 67226
END:VEVENT
END:VCALENDAR"""
    return message(env(
        addr("Rock Road Auto Care", "service@rockroadauto.example.com"),
        "Service Appointment Confirmation - Tue 10/27 7:30 AM",
        "2026-10-21 12:00", CT, "<xtime.5520193.confirm@rockroadauto.example.com>",
        relay="from mail.xtime.example.net (mail.xtime.example.net [192.0.2.77])"),
        mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                   disposition="attachment")))


@mail(n(39), family="government_appointment", lang="en", interview=False, company=None,
      days=(("Fri", "2026-09-18"),),
      note="County appraiser informal property-tax appeal hearing at a fixed time, from the same county "
           "that interviews the candidate in another mail; a tax appointment, not a job interview")
def n39() -> bytes:
    body = t("""
        ARKALON COUNTY APPRAISER'S OFFICE
        Informal Appeal Hearing Notice - 2026 Real Property Valuation

        Owner: BRENNAN, CALEB J & JENNA M
        Parcel: 087-142-33-0-21-04-011.00
        Property address: 1418 N. Larkspur Ct, Wichita, KS

        Your informal hearing has been scheduled:

        Date: Friday, September 18, 2026
        Time: 10:20 AM
        Type: Telephone - an appraiser will call the number on your appeal form
        Length: 15 minutes

        Please have any supporting documents (recent appraisal, repair estimates, comparable
        sales) available. Results will be mailed within 30 days.

        Arkalon County Appraiser | 271 W. Third St N | (316) 555-0175
        """)
    return message(env(
        addr("Arkalon County Appraiser", "appraiser-noreply@arkaloncounty-ks.gov"),
        "Informal Hearing Scheduled - Parcel 087-142-33-0-21-04-011.00",
        "2026-09-03 15:00", CT, "<appeal.2026.087142.hearing@arkaloncounty-ks.gov>",
        relay="from smtp.arkaloncounty-ks.gov (smtp.arkaloncounty-ks.gov [192.0.2.175])"),
        text(body, charset="us-ascii", cte="7bit"))


@mail(n(40), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Career coach's mock-interview session confirmed via Acuity at a fixed time; practice, not a "
           "job interview")
def n40() -> bytes:
    body = t("""
        Hi Caleb,

        Your appointment is confirmed:

        What: Mock Interview - Panel Format (60 min)
        When: Thursday, October 1, 2026 6:30pm - 7:30pm (Central Time)
        Where: Zoom (link below)
        With: Marcy Lindqvist-Hale, Heartland Career Coaching

        Marcy will play a three-person panel for a manufacturing engineering role and record the
        session so you can review your answers. Please send her the job posting you're targeting
        at least 24 hours ahead.

        Zoom: https://us02web.zoom.us/j/83310042271

        Change/cancel appointment: https://app.acuityscheduling.com/schedule.php?owner=2291&action=appt

        Heartland Career Coaching
        """)
    return message(env(
        addr("Heartland Career Coaching", "no-reply@acuityscheduling.com"),
        "Confirmed: Mock Interview - Panel Format (60 min) on Thursday, October 1",
        "2026-09-27 20:15", CT, "<acuity.2291.appt.5518823@acuityscheduling.com>",
        relay="from mail-out.acuityscheduling.com (mail-out.acuityscheduling.com [192.0.2.91])",
        extra=(("Reply-To", addr("Marcy Lindqvist-Hale", "marcy@heartlandcareercoaching.example.com")),)),
        alt(text(body), html("<html><body>" + _paras(body) + "</body></html>\n")))


@mail(n(41), family="press", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="A reporter confirms an interview with the candidate for a news story at a fixed time; press, "
           "not a job interview")
def n41() -> bytes:
    body = t("""
        Hi Caleb,

        Thanks for agreeing to talk. Confirming our interview Thursday at 11 for the piece on how
        supplier layoffs are hitting engineers in Wichita. I'll call your cell; it should take
        20 minutes or so. We can keep your current employer's name out of it as we discussed.

        If you have a headshot, send it over - we may run a photo.

        Thanks again,
        Nora Pelletier
        Reporter, Air Capital Ledger
        nora.pelletier@aircapitalledger.example.com | 316-555-0139
        """)
    return message(env(
        addr("Nora Pelletier", "nora.pelletier@aircapitalledger.example.com"),
        "Re: interview for supplier layoffs story",
        "2026-09-28 16:05", CT, "<CAGp=nora.0928.story@mail.gmail.com>",
        relay="from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(42), family="podcast", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Podcast recording invitation (Google Calendar with ICS) at a fixed time; the candidate is "
           "the guest, not a job interview")
def n42() -> bytes:
    body = t("""
        You have been invited to the following event.

        Lean & Loud Podcast - guest recording w/ Caleb Brennan
        When
        Friday Nov 6, 2026 \u22c5 2pm \u2013 3pm (Eastern Time - New York)

        Joining info
        Riverside studio: https://riverside.fm/studio/lean-and-loud-ep141

        Guests
        Tyrone Bassett - organizer
        caleb.brennan@example.org

        Hey Caleb - excited to have you on episode 141 to talk about MES rollouts that actually
        stick. Wear headphones, and we'll do a 10-minute sound check first. - Ty

        Invitation from Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[ET]}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261106T140000
DTEND;TZID=America/New_York:20261106T150000
DTSTAMP:20261030T161500Z
ORGANIZER;CN=Tyrone Bassett:mailto:ty@leanandloud.example.com
UID:1p0d8c3v5n7r9t2m4k6h8j0b2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=caleb.brennan@example.org:mailto:{ME}
SUMMARY:Lean & Loud Podcast - guest recording w/ Caleb Brennan
LOCATION:https://riverside.fm/studio/lean-and-loud-ep141
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(env(
        addr("Tyrone Bassett", "ty@leanandloud.example.com"),
        "Invitation: Lean & Loud Podcast - guest recording w/ Caleb Brennan @ Fri Nov 6, 2026 2pm - 3pm "
        "(EST) (caleb.brennan@example.org)",
        "2026-10-30 12:15", ET, "<calendar-9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b@google.com>",
        relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
        mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
              calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


@mail(n(43), family="forwarded_other", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="The candidate's spouse forwards HER confirmed interview (same hospital as one of his) so he "
           "can plan the kids' pickup; someone else's interview, not his")
def n43() -> bytes:
    body = t("""
        babe - I got the interview!! can you do pickup thursday? I won't be out before 4:30.

        ---------- Forwarded message ---------
        From: Renee Castillo <renee.castillo@stambrosehealth.org>
        Date: Tue, Nov 3, 2026 at 2:18 PM
        Subject: Interview confirmation - Charge Nurse, Cardiac Step-Down
        To: Jenna Brennan <jenna.brennan@example.net>

        Hi Jenna,

        You're confirmed to interview for the Charge Nurse, Cardiac Step-Down position on Thursday,
        November 12 at 3:30 PM with Donna Pham (Nurse Manager) on 4 West. Please check in at the
        4 West nurses' station.

        Renee Castillo
        Talent Acquisition, St. Ambrose Regional Health
        """)
    return message(env(
        addr("Jenna Brennan", "jenna.brennan@example.net"),
        "Fwd: Interview confirmation - Charge Nurse, Cardiac Step-Down",
        "2026-11-03 15:02", CT, "<CAJb=jenna.fwd.1103@mail.gmail.com>",
        relay="from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(44), family="interviewer_invite", lang="en", interview=False, company=None,
      days=(("Mon", "2026-10-26"),),
      note="Outlook invite from the candidate's CURRENT employer asking him to sit on an interview panel "
           "for a candidate; he is the interviewer, not the interviewee")
def n44() -> bytes:
    body = t("""
        Caleb,

        Thanks for agreeing to be on the panel for the MES Analyst opening. Candidate: Daniel Ortiz.
        You'll cover the technical portion (SQL, shop-floor data collection). Resume and
        scorecard are in the hiring folder on SharePoint. Please submit your scorecard in Workday
        within 24 hours of the interview.

        Sheila Monroe
        HR Business Partner | Plainsview Aerostructures
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Sheila Monroe:mailto:smonroe@plainsviewaero.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Caleb Brennan:mailto:cbrennan@plainsviewaero.example.com
SUMMARY;LANGUAGE=en-US:Interview: Daniel Ortiz (MES Analyst) - Panel: Brennan / Hutchins / Vo
DTSTART;TZID=Central Standard Time:20261026T100000
DTEND;TZID=Central Standard Time:20261026T110000
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000010000000C3D4
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261019T142000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Bldg 40 - Conf Rm 2B
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message(env(
        addr("Monroe, Sheila", "smonroe@plainsviewaero.example.com"),
        "Interview: Daniel Ortiz (MES Analyst) - Panel: Brennan / Hutchins / Vo",
        "2026-10-19 09:20", CT, "<DS7PR08MB6210A1B2C3D4@DS7PR08MB6210.namprd08.prod.outlook.com>",
        relay="from NAM10-DS7-obe.outbound.protection.outlook.com (mail-ds7nam10on2131.outbound"
              ".protection.outlook.com [40.107.100.131])",
        to=addr("Brennan, Caleb", "cbrennan@plainsviewaero.example.com"),
        extra=(("X-MS-Exchange-Inbox-Rules-Loop", "cbrennan@plainsviewaero.example.com"),)),
        alt(text(body), calendar(ics)))


@mail(n(45), family="school", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Parent-teacher conference slot confirmed at a fixed time; not an interview")
def n45() -> bytes:
    body = t("""
        Conference Confirmation

        Hello Caleb Brennan,

        Thank you for signing up! Here are the details of your slot:

        Event: Fall Parent-Teacher Conferences - Mrs. Ashby, 2nd Grade
        Date: Thursday, October 15, 2026
        Time: 4:40pm - 5:00pm CDT
        Student: Owen Brennan
        Location: Chisholm Trail Elementary, Room 112

        Please arrive a few minutes early; conferences run back to back.

        Need to swap? https://signup.ptosheets.example.com/go/chisholm-fall26

        Sent by PTOSheets on behalf of Chisholm Trail Elementary
        """)
    return message(env(
        addr("Chisholm Trail Elementary via PTOSheets", "donotreply@ptosheets.example.com"),
        "Confirmation: Fall Parent-Teacher Conferences - Mrs. Ashby, 2nd Grade",
        "2026-10-07 20:11", CT, "<pto.signup.8817.33@ptosheets.example.com>",
        relay="from mta2.ptosheets.example.com (mta2.ptosheets.example.com [192.0.2.122])"),
        alt(text(body, charset="iso-8859-15"),
            html("<html><body>" + _paras(body) + "</body></html>\n", charset="iso-8859-15")))


@mail(n(46), family="webinar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Zoom webinar registration 'Ace the Aerospace Interview' at a fixed time with an ICS; a "
           "webinar, not a job interview")
def n46() -> bytes:
    body = t("""
        Hi Caleb,

        Thank you for registering for "Ace the Aerospace Interview: What Hiring Managers in Wichita
        Want in 2027".

        Date & Time: Oct 13, 2026 12:00 PM Central Time (US and Canada)

        Join from a PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88120034415?tk=Kx9

        Add to calendar: see the attached file.

        You can cancel your registration at any time.

        Kansas Aviation Workforce Alliance
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20261005T130000Z
DTSTART:20261013T170000Z
DTEND:20261013T180000Z
SUMMARY:Ace the Aerospace Interview: What Hiring Managers in Wichita Want in 2027
UID:zoom-webinar-88120034415@zoom.us
LOCATION:https://us06web.zoom.us/w/88120034415?tk=Kx9
ORGANIZER;CN=Kansas Aviation Workforce Alliance:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR"""
    return message(env(
        addr("Kansas Aviation Workforce Alliance", "no-reply@zoom.us"),
        "Ace the Aerospace Interview: What Hiring Managers in Wichita Want in 2027 Confirmation",
        "2026-10-05 08:00", CT, "<zoom.webinar.reg.88120034415.cb@zoom.us>",
        relay="from mail.zoom.us (mail.zoom.us [170.114.52.5])"),
        mixed(alt(text(body), html("<html><body>" + _paras(body) + "</body></html>\n")),
              calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@mail(n(47), family="auto_reply", lang="en", interview=False, company="Prairie Wing Aircraft",
      days=(("Mon", "2026-09-21"),),
      note="Out-of-office auto reply from the recruiter to the candidate's thank-you note; quotes the "
           "past interview, confirms nothing")
def n47() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office with limited access to email, returning
        Monday, September 21. For urgent recruiting matters please contact
        talent@prairiewing-aero.com.

        Kelsey Marchetti
        Talent Acquisition Partner | Prairie Wing Aircraft

        -----Original Message-----
        From: Caleb Brennan <caleb.brennan@example.org>
        Subject: Thank you - Tuesday's interview

        Hi Kelsey, thank you for organizing Tuesday's onsite. I really enjoyed the tour and the
        panel...
        """)
    return message(env(
        addr("Kelsey Marchetti", "kelsey.marchetti@prairiewing-aero.com"),
        "Automatic reply: Thank you - Tuesday's interview",
        "2026-09-16 07:41", CT, "<MN2PR07MB6044OOF7A1B2C3@MN2PR07MB6044.namprd07.prod.outlook.com>",
        relay="from NAM02-MN2-obe.outbound.protection.outlook.com (mail-mn2nam02on2091.outbound"
              ".protection.outlook.com [40.107.212.91])",
        extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"))),
        text(body))


@mail(n(48), family="bounce", lang="en", interview=False, company=None,
      note="Delivery-status bounce of the candidate's own thank-you note (mistyped address); the returned "
           "message talks about an interview but nothing is scheduled")
def n48() -> bytes:
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients.

        <hailey.brant@aerionflight.com>: host mx.aerionflight.com[198.51.100.19] said:
            550 5.1.1 <hailey.brant@aerionflight.com>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    dsn = t("""
        Reporting-MTA: dns; mx1.example.org
        Arrival-Date: Fri, 13 Nov 2026 15:02:11 -0600

        Final-Recipient: rfc822; hailey.brant@aerionflight.com
        Action: failed
        Status: 5.1.1
        Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
        """)
    original = message([
        ("From", CALEB), ("To", "hailey.brant@aerionflight.com"),
        ("Subject", "Thank you for today's interviews"),
        ("Date", date("2026-11-13 15:02", CT)),
        ("Message-ID", "<CAJ1r=caleb.1113.thanks@mail.example.org>"),
    ], text(t("""
        Hi Hailey,

        Thank you for coordinating today's interviews. Please pass along my thanks to Keira,
        Tobias and Anjali. I'm very interested in the role and look forward to hearing about next
        steps.

        Best,
        Caleb
        """), cte="7bit"))
    return message(env(
        addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org"),
        "Undelivered Mail Returned to Sender",
        "2026-11-13 15:02", CT, "<20261113210212.5C1A2E0312@mx1.example.org>",
        relay="from localhost (localhost [127.0.0.1])", lag=1,
        extra=(("Auto-Submitted", "auto-replied"),)),
        make.multipart("report", text(report, cte="7bit"),
                       make.raw_part([("Content-Description", "Delivery report"),
                                      ("Content-Type", "message/delivery-status")], dsn),
                       attached_message(original), params="report-type=delivery-status"))


@mail(n(49), family="non_interview_appointment", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Retirement-plan (401(k) rollover) adviser phone consultation at a fixed time; not an "
           "interview")
def n49() -> bytes:
    body = t("""
        Hello Caleb,

        This confirms your 401(k) rollover consultation with your Cimarron Financial retirement
        specialist.

        Date: Wednesday, November 18, 2026
        Time: 12:15 PM CT (30 minutes)
        Type: Phone - we will call (316) 555-0148
        Specialist: Alton Gruber, CFP\u00ae

        To prepare, please have a recent statement from your current employer's plan handy. We
        will review rollover options, fees and tax considerations if you change jobs.

        Cimarron Financial Group
        Securities offered through Cimarron Investor Services, member FINRA/SIPC.
        """)
    return message(env(
        addr("Cimarron Financial Group", "appointments@cimarronfinancial.example.com"),
        "Your consultation is confirmed - Wed, Nov 18 at 12:15 PM CT",
        "2026-11-12 09:00", CT, "<cfg.appt.771029.confirm@cimarronfinancial.example.com>",
        relay="from mail.cimarronfinancial.example.com (mail.cimarronfinancial.example.com [192.0.2.149])"),
        alt(text(body, charset="windows-1252"),
            html("<html><body>" + _paras(body) + "</body></html>\n", charset="windows-1252")))


@mail(n(50), family="grant_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Small-business grant finalist interview for the candidate's 3D-printing side business, "
           "confirmed at a fixed time; a funding interview, not a job interview")
def n50() -> bytes:
    body = t("""
        Dear Caleb,

        Congratulations! Brennan 3D Print & Design has been selected as a finalist for the Spark
        Small Business Grant (up to $15,000).

        Your finalist interview is confirmed for Thursday, December 3, 2026 at 4:00 PM at the
        Wichita Makers Fund office, 105 S. Broadway, Suite 300. The panel of three reviewers will
        give you 10 minutes to present and 20 minutes for questions. Please bring your updated
        budget and two customer references.

        If you cannot attend, reply by November 30 so we can offer the slot to an alternate.

        Sincerely,
        Yolanda Greer
        Program Manager, Wichita Makers Fund
        yolanda.greer@wichitamakersfund.example.org
        """)
    return message(env(
        addr("Yolanda Greer", "yolanda.greer@wichitamakersfund.example.org"),
        "Spark Grant - finalist interview confirmed",
        "2026-11-20 11:30", CT, "<WMF.spark.finalist.0019@wichitamakersfund.example.org>",
        relay="from smtp.wichitamakersfund.example.org (smtp.wichitamakersfund.example.org [192.0.2.105])"),
        alt(text(body), html(_paras(body) + "\n")))
