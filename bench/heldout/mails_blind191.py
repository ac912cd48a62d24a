"""blind191: a blind 50-mail held-out set, the inbox of Kyle Anderberg, a yield engineer in Boise.

Written by hand, one function per mail; ``make.py`` does the MIME plumbing and the checks.
Build and check: ``python3 bench/heldout/make_blind.py blind191``.
The file numbers are a fixed shuffle of the writing order (keys 1-23 positive, 24-50 negative).
"""

from __future__ import annotations

import html as _html
import random

import make
from make import (
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

ORDER = random.Random(1910191).sample(range(1, 51), 50)
make.REGISTRY.setdefault("blind191", [])

ME = "kyle.anderberg@example.org"
KYLE = addr("Kyle Anderberg", ME)
BOI = "America/Boise"
SLC = "America/Denver"
PT = "America/Los_Angeles"
CT = "America/Chicago"
ET = "America/New_York"
STO = "Europe/Stockholm"
MX = "mx1.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    return f"blind191_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, ident: str,
         to: str = KYLE, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then extra headers."""
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {relay}", when, zone, f"{MX} {ident}", ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def paras(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """A plain HTML twin: one <p> per blank-line paragraph, <br> inside."""
    out = [f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="{style}">']
    for block in body.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(_html.escape(x) for x in block.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


VTZ_MST_WIN = """BEGIN:VTIMEZONE
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


def vtz_us(tzid: str, std: str, dst: str, std_name: str, dst_name: str) -> str:
    """IANA-named VTIMEZONE, Google/Apple style, for a US zone (1970 anchors)."""
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
X-LIC-LOCATION:{tzid}
BEGIN:DAYLIGHT
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
TZNAME:{dst_name}
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
TZNAME:{std_name}
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


VTZ_PT = vtz_us("America/Los_Angeles", "-0800", "-0700", "PST", "PDT")
VTZ_BOI = vtz_us("America/Boise", "-0700", "-0600", "MST", "MDT")
VTZ_DEN = vtz_us("America/Denver", "-0700", "-0600", "MST", "MDT")
VTZ_NY = vtz_us("America/New_York", "-0500", "-0400", "EST", "EDT")


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-09-17 13:00", PT), end=utc("2026-09-17 14:00", PT),
      contact="dana.whitcomb@cascadiaphotonics.com", company="Cascadia Photonics",
      local="Thu 2026-09-17 13:00", local_end="2026-09-17 14:00", zone=PT,
      days=(("Tue", "2026-09-15"), ("Thu", "2026-09-17")),
      note="Greenhouse reschedule from a Portland firm: old Tue 15 Sep 10:00 PT, new Thu 17 Sep "
           "1:00-2:00 PM Pacific (PDT, UTC-7) -> 20:00-21:00Z; ICS SEQUENCE:1 agrees; contact = "
           "human Reply-To (From is the Greenhouse no-reply relay).")
def m_gh_resched() -> bytes:
    body = t("""
        Hi Kyle,

        Thanks for your flexibility! Owen Fairbanks, our hiring manager, has a tool-down review at
        our Hillsboro fab on Tuesday morning, so we've moved your interview for Yield Engineer,
        Wafer Sort.

        NEW TIME
        Thursday, September 17, 2026
        1:00 PM - 2:00 PM Pacific Time (US & Canada)

        Previously scheduled: Tuesday, September 15, 2026, 10:00 AM - 11:00 AM Pacific Time

        Format: Video call (Google Meet)
        Link: https://meet.google.com/qbx-ruwn-tke

        Interviewers:
        Owen Fairbanks - Sr. Manager, Yield & Test
        Mei-Lin Okafor - Product Engineer

        An updated calendar invitation is attached. Please accept it and remove the old hold if
        it is still on your calendar. If the new time doesn't work, just reply to this email.

        Best,
        Dana Whitcomb
        Technical Recruiter | Cascadia Photonics
        Portland, OR
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_PT}
BEGIN:VEVENT
UID:gh-int-58812047-cascadiaphotonics@greenhouse.io
DTSTAMP:20260912T160541Z
SEQUENCE:1
DTSTART;TZID=America/Los_Angeles:20260917T130000
DTEND;TZID=America/Los_Angeles:20260917T140000
SUMMARY:Interview: Kyle Anderberg / Cascadia Photonics (Yield Engineer, Wafer Sort)
LOCATION:https://meet.google.com/qbx-ruwn-tke
ORGANIZER;CN=Dana Whitcomb:mailto:dana.whitcomb@cascadiaphotonics.com
ATTENDEE;CN=Kyle Anderberg;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    when = "2026-09-12 09:05:41"
    h = head(addr("Dana Whitcomb", "no-reply@us.greenhouse-mail.io"),
             "Updated: Your interview with Cascadia Photonics has a new time", when, PT,
             "<0100019ae21c55f1-5b2f7c9e-1d4a-4b8e-9c22-7fd0e1a3b6c4-000000@us.greenhouse-mail.io>",
             relay="a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
             ident="4HxQ2k0zb7z9sK",
             extra=(("Reply-To", addr("Dana Whitcomb", "dana.whitcomb@cascadiaphotonics.com")),))
    return message(h, mixed(alt(text(body), html(paras(body))),
                            calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="workday", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-24 13:30", BOI), end=utc("2026-09-24 15:00", BOI),
      contact="jenna.morrow@sawtoothmemory.com", company="Sawtooth Memory Technologies",
      local="Thu 2026-09-24 13:30", local_end="2026-09-24 15:00", zone=BOI,
      note="Workday HTML-only (base64) notification from a Boise memory-chip maker: 09/24/2026 "
           "1:30-3:00 PM Mountain Daylight Time (UTC-6) -> 19:30-21:00Z; From is the Workday "
           "tenant mailbox, contact = the recruiting partner's address in the body.")
def m_workday() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d5c;padding:18px 24px;color:#fff;font-size:18px">Sawtooth Memory Technologies</td></tr>
        <tr><td style="padding:24px">
        <p>Hello Kyle,</p>
        <p>Your interview for the <b>Senior Yield Engineer - DRAM Probe</b> position (R-014873) has been scheduled. Please review the details below.</p>
        <table cellpadding="4" cellspacing="0" style="font-size:14px">
        <tr><td colspan="2" style="font-weight:bold;border-bottom:1px solid #ccc">Interview Details</td></tr>
        <tr><td>Date:</td><td>09/24/2026</td></tr>
        <tr><td>Start Time:</td><td>1:30 PM</td></tr>
        <tr><td>End Time:</td><td>3:00 PM</td></tr>
        <tr><td>Time Zone:</td><td>Mountain Daylight Time (America/Boise)</td></tr>
        <tr><td>Location:</td><td>Building 3 Lobby, 4100 E. Technology Loop, Boise, ID 83716</td></tr>
        <tr><td>Interview Type:</td><td>On-site panel (3 interviewers)</td></tr>
        </table>
        <p>Please arrive 15 minutes early and bring a government-issued photo ID for your visitor badge. Open-toed shoes are not permitted past the lobby.</p>
        <p>Your recruiting partner for this position is Jenna Morrow (<a href="mailto:jenna.morrow@sawtoothmemory.com">jenna.morrow@sawtoothmemory.com</a>, 208-555-0143). Please contact her with any questions.</p>
        <p><a href="https://wd5.myworkday.com/sawtoothmemory/d/task/2997$4821.htmld" style="background:#0b3d5c;color:#fff;padding:8px 16px;text-decoration:none">View in Workday</a></p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    when = "2026-09-21 08:47:12"
    h = head(addr("Sawtooth Memory Technologies", "sawtoothmemory@myworkday.com"),
             "Interview Scheduled: Senior Yield Engineer - DRAM Probe (R-014873)", when, BOI,
             "<1958112603.84127.1790002032117@wd5-prod-mail.myworkday.com>",
             relay="wd5-mta02.myworkday.com (wd5-mta02.myworkday.com [198.51.100.52])",
             ident="4HvK0p3dYtz9sL")
    return message(h, html(body, cte="base64"))


@mail(n(3), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-09-25 10:00", BOI), end=utc("2026-09-25 11:30", BOI),
      contact="jenna.morrow@sawtoothmemory.com", company="Sawtooth Memory Technologies",
      local="Fri 2026-09-25 10:00", local_end="2026-09-25 11:30", zone=BOI,
      days=(("Fri", "2026-09-25"), ("Thu", "2026-09-24"), ("Mon", "2026-09-21")),
      note="Recruiter's Outlook reply (windows-1252 QP) moving the Workday panel from Thu 9/24 1:30 "
           "to Fri 9/25 10:00 AM MT; 'still 90 minutes ... done by 11:30' -> end; MDT UTC-6 -> "
           "16:00-17:30Z. The quoted candidate mail holds the old time.")
def m_sawtooth_resched() -> bytes:
    body = t("""
        Hi Kyle,

        Apologies for the shuffle \u2013 Raj (our probe yield director) got pulled into an excursion review Thursday afternoon that he can\u2019t move. We\u2019ve moved your panel to Friday 9/25 at 10:00 AM MT instead of Thursday at 1:30. Same building, same three interviewers, still 90 minutes, so you should be done by 11:30.

        Workday will send you an updated notification shortly; you don\u2019t need to do anything in the system.

        And yes, there\u2019s visitor parking on the east side of Building 3 \u2013 just grab any spot marked \u201cGuest\u201d.

        Thanks for rolling with it!

        Jenna Morrow
        Talent Acquisition Partner, Fab Engineering
        Sawtooth Memory Technologies | Boise, ID
        o 208-555-0143

        -----Original Message-----
        From: Kyle Anderberg <kyle.anderberg@example.org>
        Sent: Monday, September 21, 2026 9:15 AM
        To: Jenna Morrow <jenna.morrow@sawtoothmemory.com>
        Subject: RE: Interview Scheduled: Senior Yield Engineer - DRAM Probe (R-014873)

        Hi Jenna,

        Got the Workday notice \u2013 confirmed for Thursday 9/24 at 1:30. Is there visitor parking on site?

        Thanks,
        Kyle
        """)
    when = "2026-09-22 16:02:55"
    h = head(addr("Jenna Morrow", "jenna.morrow@sawtoothmemory.com"),
             "RE: Interview Scheduled: Senior Yield Engineer - DRAM Probe (R-014873)", when, BOI,
             "<BY5PR11MB4018C2A7E91F3D0B5A6C8E21D4A92@BY5PR11MB4018.namprd11.prod.outlook.com>",
             relay="NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2102.outbound."
                   "protection.outlook.com [40.107.237.102])",
             ident="4HvWq81mKbz9sM",
             extra=(("In-Reply-To", "<CAF7k2Qm3x9Lr0bT@mail.example.org>"),
                    ("Thread-Topic", "Interview Scheduled: Senior Yield Engineer - DRAM Probe (R-014873)"),
                    ("Content-Language", "en-US")))
    htm = paras(body, "font-family:Calibri,sans-serif;font-size:11pt")
    return message(h, alt(text(body, "windows-1252"), html(htm, "windows-1252")))


@mail(n(4), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-01 09:00", BOI), end=None,
      contact="rick.haldane@snakeriverfoods.com", company="Snake River Foods",
      local="Thu 2026-10-01 09:00", zone=BOI,
      days=(("Thu", "2026-10-01"), ("Tue", "2026-09-29")),
      note="Hiring manager's phone reply, sent Tue 29 Sep 22:15 MDT (already Wed in UTC): 'Thursday "
           "at 9 works' accepting the candidate's quoted offer of Thursday morning (10/1); Nampa is "
           "Mountain time, MDT UTC-6 -> 15:00Z; 'plan on 2 hrs' is an estimate, end null.")
def m_srf_sched() -> bytes:
    body = t("""
        Kyle - Thursday at 9 works. Come to the Nampa plant, check in at the guard shack on Industrial Rd and they'll call me. Plan on 2 hrs, we'll do the interview in my office with Tamsin then walk the line. Steel toes if you have em, we have glasses and hairnets.

        Rick

        Sent from my iPhone

        > On Sep 29, 2026, at 3:48 PM, Kyle Anderberg <kyle.anderberg@example.org> wrote:
        >
        > Hi Rick,
        >
        > Thanks for the call today. For the in-person interview I could do Thursday morning (10/1) or Friday after 1. Let me know what works best for you and Tamsin.
        >
        > Best,
        > Kyle
        """)
    when = "2026-09-29 22:15:33"
    h = head(addr("Rick Haldane", "rick.haldane@snakeriverfoods.com"),
             "Re: Automation & data engineer role - next step", when, BOI,
             "<5E0A1C77-2B9D-4F3A-8C61-0D9E4B7A2F18@snakeriverfoods.com>",
             relay="mail-sn1nam02on2071.outbound.protection.outlook.com [40.107.96.71]",
             ident="4Hw3Zr6XKlz9sN",
             extra=(("In-Reply-To", "<CAF7k2Qn8cP2@mail.example.org>"),
                    ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(h, text(body, cte="8bit", params="format=flowed"))


@mail(n(5), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-02 09:00", BOI), end=None,
      contact="rick.haldane@snakeriverfoods.com", company="Snake River Foods",
      local="Fri 2026-10-02 09:00", zone=BOI,
      days=(("Fri", "2026-10-02"), ("Thu", "2026-10-01")),
      note="Terse phone reschedule sent Wed 30 Sep 06:10 MDT: 'moved you to Fri same time, 9am' "
           "(Thursday 9:00 in the quoted thread) -> Fri 2 Oct 09:00 MDT (UTC-6) = 15:00Z; no length.")
def m_srf_resched() -> bytes:
    body = t("""
        Kyle sorry, fryer line 3 went down overnight and I'll be in it all day Thu. Moved you to Fri same time, 9am. Told the guard shack already, your name's on the list for Friday. If that's a problem text me 208-555-0187.

        -R

        Sent from my iPhone

        > On Sep 29, 2026, at 10:15 PM, Rick Haldane <rick.haldane@snakeriverfoods.com> wrote:
        >
        > Kyle - Thursday at 9 works. Come to the Nampa plant, check in at the guard shack on Industrial Rd and they'll call me. Plan on 2 hrs, we'll do the interview in my office with Tamsin then walk the line.
        """)
    when = "2026-09-30 06:10:04"
    h = head(addr("Rick Haldane", "rick.haldane@snakeriverfoods.com"),
             "Re: Automation & data engineer role - next step", when, BOI,
             "<A81F4D03-66C2-4E1B-9B7D-3C5F0E2A9D44@snakeriverfoods.com>",
             relay="mail-sn1nam02on2044.outbound.protection.outlook.com [40.107.96.44]",
             ident="4HwFb02mQsz9sP",
             extra=(("In-Reply-To", "<5E0A1C77-2B9D-4F3A-8C61-0D9E4B7A2F18@snakeriverfoods.com>"),
                    ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(h, text(body, cte="8bit", params="format=flowed"))


TEAMS_GSP = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTYxYjQtZjAwNS00@thread.v2/0?context=%7b%22Tid%22%3a%22b6a1%22%7d>
    Meeting ID: 284 117 903 512
    Passcode: Zq7Hb2
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Or call in (audio only)
    +1 208-555-0190,,618204335#<tel:+12085550190,,618204335#>   United States, Boise
    Phone Conference ID: 618 204 335#
    Find a local number<https://dialin.teams.microsoft.com/> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


def gsp_ics(method: str, seq: int, status: str) -> str:
    return f"""BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_MST_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Carranza, Lisa":mailto:Lisa.Carranza@gemstatepower.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kyle Anderberg:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Oyelaran, Marcus":mailto:Marcus.Oyelaran@gemstatepower.com
DESCRIPTION;LANGUAGE=en-US:Interview with the Grid Analytics team\\n
UID:040000008200E00074C5B7101A82E008000000002F4A8C1D5E4FDC01000000000000000010000000A4C21B7E0F3D5A4B9C8E6F1A2B3C4D5E
SUMMARY;LANGUAGE=en-US:Interview: Reliability Data Engineer \u2013 Kyle Anderberg
DTSTART;TZID=Mountain Standard Time:20261006T140000
DTEND;TZID=Mountain Standard Time:20261006T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260930T161422Z
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:-1476220918
X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if method == "CANCEL" else "TENTATIVE"}
X-MICROSOFT-CDO-INTENDEDSTATUS:{"FREE" if method == "CANCEL" else "BUSY"}
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:lisa.carranza@gemstatepower.com\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NmQ4ZTYxYjQtZjAwNS00-thread.v2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""


@mail(n(6), family="exchange_outlook", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-06 14:00", BOI), end=utc("2026-10-06 15:00", BOI),
      contact="lisa.carranza@gemstatepower.com", company="Gem State Power",
      local="Tue 2026-10-06 14:00", local_end="2026-10-06 15:00", zone=BOI,
      note="Exchange meeting request from a Boise utility; the 'When:' line shows the standard "
           "label '(UTC-07:00) Mountain Time (US & Canada)' but 6 Oct is daylight time (MDT, "
           "UTC-6) -> 20:00-21:00Z; ICS TZID 'Mountain Standard Time' agrees; contact = organizer.")
def m_gsp_request() -> bytes:
    body = t("""
        When: Tuesday, October 6, 2026 2:00 PM-3:00 PM (UTC-07:00) Mountain Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Kyle,

        Thank you for speaking with me last week. As discussed, this is your interview with the Grid Analytics team: Marcus Oyelaran (Manager, Asset Analytics) and Helen Stroud (Principal Engineer). Plan on a few minutes of introductions, then a walk-through of a transformer failure-rate dataset together \u2013 no preparation needed beyond bringing your curiosity.

        Please accept this invitation so it shows on everyone\u2019s calendar.

        Lisa Carranza
        Talent Acquisition | Gem State Power
        1221 W. Idaho St., Boise, ID 83702
        208-555-0164

        """) + TEAMS_GSP
    htm = paras(body, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")
    when = "2026-09-30 10:14:22"
    h = head(addr("Carranza, Lisa", "Lisa.Carranza@gemstatepower.com"),
             "Interview: Reliability Data Engineer \u2013 Kyle Anderberg", when, BOI,
             "<SA1PR07MB8613E0F1A2B34C5D6E7F8091A2B3C@SA1PR07MB8613.namprd07.prod.outlook.com>",
             relay="NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2118.outbound."
                   "protection.outlook.com [40.107.93.118])",
             ident="4HwQm55c1Hz9sQ",
             extra=(("Thread-Topic", "Interview: Reliability Data Engineer - Kyle Anderberg"),
                    ("Thread-Index", "AdsxK2lR0fF9uV3bQz2qZ4w8y1n6Ag=="),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""),
                    ("Content-Language", "en-US"),
                    ("X-MS-Exchange-Organization-SCL", "1")))
    return message(h, alt(text(body), html(htm),
                          calendar(gsp_ics("REQUEST", 0, "CONFIRMED"), cte="base64")))


@mail(n(7), family="exchange_outlook", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-10-06 14:00", BOI), end=utc("2026-10-06 15:00", BOI),
      contact="lisa.carranza@gemstatepower.com", company="Gem State Power",
      local="Tue 2026-10-06 14:00", local_end="2026-10-06 15:00", zone=BOI,
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the Gem State Power "
           "interview: requisition on hold, no new time; cancelled slot Tue 6 Oct 2:00-3:00 PM MDT "
           "(UTC-6, although the label says UTC-07:00) -> 20:00-21:00Z.")
def m_gsp_cancel() -> bytes:
    body = t("""
        When: Tuesday, October 6, 2026 2:00 PM-3:00 PM (UTC-07:00) Mountain Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Kyle,

        I\u2019m sorry to do this. Leadership put the Reliability Data Engineer requisition on hold this afternoon while our rate case is pending, so I\u2019m cancelling Tuesday\u2019s interview. I know you had prepped for it and I really appreciate your patience.

        I\u2019ll reach out as soon as the role reopens \u2013 I\u2019d love to get you in front of Marcus and Helen then.

        Lisa
        """)
    htm = paras(body, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")
    when = "2026-10-02 16:40:09"
    h = head(addr("Carranza, Lisa", "Lisa.Carranza@gemstatepower.com"),
             "Canceled: Interview: Reliability Data Engineer \u2013 Kyle Anderberg", when, BOI,
             "<SA1PR07MB86138B7C6D5E4F3A2B1C0D9E8F7A6@SA1PR07MB8613.namprd07.prod.outlook.com>",
             relay="NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2097.outbound."
                   "protection.outlook.com [40.107.93.97])",
             ident="4HxP1t9gRcz9sR",
             extra=(("Thread-Topic", "Interview: Reliability Data Engineer - Kyle Anderberg"),
                    ("Importance", "high"),
                    ("X-Priority", "1"),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(body), html(htm),
                          calendar(gsp_ics("CANCEL", 1, "CANCELLED"), method="CANCEL", cte="base64")))


@mail(n(8), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-14 13:00", BOI), end=utc("2026-10-14 13:30", BOI),
      contact="priya@ledgerline.io", company="Ledgerline Analytics",
      local="Wed 2026-10-14 13:00", local_end="2026-10-14 13:30", zone=BOI,
      note="Calendly invitee confirmation for a remote (Chicago) team, shown in the invitee's "
           "zone '1:00pm - 1:30pm (Mountain Time - US & Canada)'; MDT UTC-6 -> 19:00-19:30Z; ICS in "
           "UTC agrees; Date is in UTC; contact = host in Reply-To/ORGANIZER.")
def m_calendly() -> bytes:
    body = t("""
        Hi Kyle Anderberg,

        Your event has been scheduled.

        Event:
        Yield Data Screen (30 min)

        Host:
        Priya Natarajan

        Event Date/Time:
        1:00pm - 1:30pm (Mountain Time - US & Canada)
        Wednesday, October 14, 2026

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/xvt-hqpa-mzc

        Invitee Time Zone:
        Mountain Time - US & Canada

        Questions:
        What should we know before the call?
        Mostly probe/sort yield work; happy to talk SQL + Spotfire.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5c0f3a1e-9b27-4d8c-a1f6-2e7b9c04d5aa
        Reschedule: https://calendly.com/reschedulings/5c0f3a1e-9b27-4d8c-a1f6-2e7b9c04d5aa

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261009T203109Z
UID:5c0f3a1e-9b27-4d8c-a1f6-2e7b9c04d5aa@calendly.com
DTSTART:20261014T190000Z
DTEND:20261014T193000Z
SUMMARY:Yield Data Screen (30 min) between Priya Natarajan and Kyle Anderberg
ORGANIZER;CN=Priya Natarajan:mailto:priya@ledgerline.io
ATTENDEE;CN=Kyle Anderberg;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
LOCATION:https://meet.google.com/xvt-hqpa-mzc
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-09 20:31:06"
    h = head(addr("Calendly", "notifications@calendly.com"),
             "Confirmed: Yield Data Screen (30 min) with Priya Natarajan on Wednesday, October 14, 2026",
             when, "UTC", "<6504b1e2c3d4e_19a2f4c8f1d0a9b8@calendly-mailer-7f9c.mail>",
             relay="o1.email.calendly.com (o1.email.calendly.com [167.89.101.38])",
             ident="4J0mH23rWvz9sS",
             extra=(("Reply-To", addr("Priya Natarajan", "priya@ledgerline.io")),
                    ("X-SG-EID", "u001.Wq3pL9zK2mV0bE7r")))
    return message(h, mixed(alt(text(body), html(paras(body, "font-family:Proxima Nova,Arial,sans-serif"))),
                            calendar(ics, filename="invite.ics", disposition="attachment", cte="quoted-printable")))


@mail(n(9), family="calendly", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-10-14 13:00", BOI), end=utc("2026-10-14 13:30", BOI),
      contact="priya@ledgerline.io", company="Ledgerline Analytics",
      local="Wed 2026-10-14 13:00", local_end="2026-10-14 13:30", zone=BOI,
      note="Calendly cancellation by the host (headcount freeze), no new time; cancelled slot "
           "1:00-1:30pm Mountain Time on Wed 14 Oct (MDT, UTC-6) -> 19:00-19:30Z; ICS METHOD:CANCEL; "
           "contact = host in Reply-To.")
def m_calendly_cancel() -> bytes:
    body = t("""
        Hi Kyle Anderberg,

        Priya Natarajan has canceled the event below.

        Cancellation reason:
        "So sorry Kyle - our VP froze the data team's headcount this morning, so I have to pull this. I'll reach back out if it thaws."

        Event:
        Yield Data Screen (30 min)

        Event Date/Time:
        1:00pm - 1:30pm (Mountain Time - US & Canada)
        Wednesday, October 14, 2026 (Canceled)

        Invitee Time Zone:
        Mountain Time - US & Canada

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTAMP:20261012T140551Z
UID:5c0f3a1e-9b27-4d8c-a1f6-2e7b9c04d5aa@calendly.com
DTSTART:20261014T190000Z
DTEND:20261014T193000Z
SUMMARY:Canceled: Yield Data Screen (30 min) between Priya Natarajan and Kyle Anderberg
ORGANIZER;CN=Priya Natarajan:mailto:priya@ledgerline.io
ATTENDEE;CN=Kyle Anderberg;ROLE=REQ-PARTICIPANT:mailto:{ME}
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-12 14:05:51"
    h = head(addr("Calendly", "notifications@calendly.com"),
             "Canceled: Yield Data Screen (30 min) with Priya Natarajan", when, "UTC",
             "<650a7f11d2c3b_2b1e4d9a7c6f5e4d@calendly-mailer-3a1d.mail>",
             relay="o1.email.calendly.com (o1.email.calendly.com [167.89.101.38])",
             ident="4J2Vq71tNpz9sT",
             extra=(("Reply-To", addr("Priya Natarajan", "priya@ledgerline.io")),))
    return message(h, mixed(alt(text(body), html(paras(body, "font-family:Proxima Nova,Arial,sans-serif"))),
                            calendar(ics, method="CANCEL", filename="invite.ics", disposition="attachment")))


@mail(n(10), family="lever", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:00", PT), end=utc("2026-11-02 09:45", PT),
      contact="sofia.brandt@pugetmetrology.com", company="Puget Metrology",
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 09:45", zone=PT,
      note="Lever confirmation (base64) sent Wed 28 Oct in PDT for Mon 2 Nov 9:00-9:45 AM PST: "
           "US clocks go back on 1 Nov, so UTC-8 -> 17:00-17:45Z (the mail's '10:00 AM in Boise' "
           "is MST, same instant); contact = Reply-To recruiter.")
def m_lever() -> bytes:
    body = t("""
        Hi Kyle,

        Your interview with Puget Metrology is confirmed!

        Role: Senior Yield Analytics Engineer
        When: Monday, November 2, 2026, 9:00 AM - 9:45 AM PST (Pacific Standard Time)
        Where: Zoom - https://pugetmetrology.zoom.us/j/83120465517?pwd=Yk9tR2hWcE1tQ

        You'll be meeting with Anders Kvale, Director of Yield Systems.

        Heads up: clocks go back on Sunday, November 1, so this will be 10:00 AM for you in Boise.

        If you need to reschedule, just reply to this email and it will reach Sofia Brandt.

        Thanks,
        Sofia Brandt
        Recruiting Partner, Puget Metrology
        Seattle, WA

        --
        Sent via Lever (https://www.lever.co)
        """)
    when = "2026-10-28 15:20:47"
    h = head(addr("Puget Metrology", "no-reply@hire.lever.co"),
             "Interview confirmed: Senior Yield Analytics Engineer at Puget Metrology", when, PT,
             "<20261028222047.1.8C3E5F7A9B1D2F40@hire.lever.co>",
             relay="mail-a41.hire.lever.co (mail-a41.hire.lever.co [198.2.180.41])",
             ident="4J9Fx02ZsKz9sV",
             extra=(("Reply-To", addr("Sofia Brandt", "sofia.brandt@pugetmetrology.com")),
                    ("X-Mailgun-Tag", "interview-confirmation")))
    return message(h, alt(text(body, cte="base64"),
                          html(paras(body, "font-family:-apple-system,Helvetica,Arial,sans-serif"), cte="base64")))


@mail(n(11), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-03 09:00", SLC), end=utc("2026-11-03 10:00", SLC),
      contact="camille.rasband@wasatchsilicon.com", company="Wasatch Silicon",
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone=SLC,
      note="Ashby confirmation from a Salt Lake City firm, sent Thu 29 Oct (MDT) for Tue 3 Nov "
           "9:00-10:00 AM MST (after the 1 Nov change, UTC-7) -> 16:00-17:00Z; ICS TZID "
           "America/Denver agrees; contact = Reply-To / ORGANIZER.")
def m_ashby() -> bytes:
    body = t("""
        Hi Kyle,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, November 3, 2026, 9:00 AM \u2013 10:00 AM MST
        On-site: Wasatch Silicon, 2750 S. Redwood Rd, West Valley City, UT 84119 (check in at Lobby A)

        You'll meet with:
          Tobias Lund \u2014 Yield Enhancement Manager
          Grace Ochoa \u2014 Defect Metrology Lead

        Questions? Just reply and it will reach Camille Rasband.

        Thanks,
        Wasatch Silicon Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_DEN}
BEGIN:VEVENT
UID:7d1e2a90-33c4-4f6b-a8e2-91b0c5d7e3f1
DTSTAMP:20261029T170204Z
DTSTART;TZID=America/Denver:20261103T090000
DTEND;TZID=America/Denver:20261103T100000
SEQUENCE:0
SUMMARY:Wasatch Silicon \u2013 Yield Engineer III Onsite Interview
LOCATION:Wasatch Silicon\\, 2750 S. Redwood Rd\\, West Valley City\\, UT 84119
ORGANIZER;CN=Camille Rasband:mailto:camille.rasband@wasatchsilicon.com
ATTENDEE;CN=Kyle Anderberg;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-29 11:02:18"
    h = head(addr("Wasatch Silicon", "no-reply@ashbyhq.com"),
             "Interview confirmed: Yield Engineer III at Wasatch Silicon", when, SLC,
             "<010001931c7e2a44-8f2b6c1d-5e3a-4d7b-9a0c-4e1f2d3c5b6a-000000@email.amazonses.com>",
             relay="a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
             ident="4JB0r47wQmz9sW",
             extra=(("Reply-To", addr("Camille Rasband", "camille.rasband@wasatchsilicon.com")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(paras(body), cte="base64")),
                            calendar(ics, filename="invite.ics", disposition="attachment", cte="base64",
                                     ctype="text/calendar")))


@mail(n(12), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-10 08:30", BOI), end=utc("2026-11-10 11:45", BOI),
      contact="megan.oduya@tvhealth.org", company="Treasure Valley Health",
      local="Tue 2026-11-10 08:30", local_end="2026-11-10 11:45", zone=BOI,
      note="GoodTime on-site itinerary for a Boise hospital system, four sessions 8:30-11:45 AM "
           "MST (UTC-7, after the 1 Nov change) -> first start 15:30Z to last end 18:45Z; one ICS "
           "block agrees; contact = coordinator in Reply-To.")
def m_goodtime() -> bytes:
    body = t("""
        Hi Kyle,

        Thank you for your interest in the Quality Analytics Engineer position at Treasure Valley Health. Your on-site interview is confirmed. Here is your itinerary:

        Tuesday, November 10, 2026 (all times Mountain Standard Time)

        8:30 AM - 9:15 AM    Dr. Anita Sorensen, Director of Quality Analytics
        9:15 AM - 10:00 AM   Panel: Data Engineering team (Luis Ferreira, Hannah Cole)
        10:00 AM - 10:15 AM  Break
        10:15 AM - 11:00 AM  Brandon Yee, Manager, Clinical Informatics
        11:00 AM - 11:45 AM  Campus tour with Megan Oduya

        Location: Treasure Valley Health Administrative Center, 190 E. Bannock St., 4th floor, Boise, ID 83712. Free parking in the Bannock garage; bring your ticket for validation.

        If you need to make changes, reply to this email or call me at 208-555-0121.

        Best regards,
        Megan Oduya
        Recruiting Coordinator, Treasure Valley Health

        Powered by GoodTime
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Interview Scheduling//EN
METHOD:REQUEST
{VTZ_BOI}
BEGIN:VEVENT
UID:gt-9a47c21e-onsite-tvhealth@goodtime.io
DTSTAMP:20261104T202512Z
DTSTART;TZID=America/Boise:20261110T083000
DTEND;TZID=America/Boise:20261110T114500
SUMMARY:On-site Interview - Quality Analytics Engineer - Treasure Valley Health
LOCATION:190 E. Bannock St.\\, 4th floor\\, Boise\\, ID 83712
ORGANIZER;CN=Megan Oduya:mailto:megan.oduya@tvhealth.org
ATTENDEE;CN=Kyle Anderberg;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    when = "2026-11-04 13:25:40"
    h = head(addr("Treasure Valley Health Talent Acquisition", "no-reply@goodtime.io"),
             "Your on-site interview itinerary - Treasure Valley Health", when, BOI,
             "<gt.1e77b2d0a4c94f38b16e.itinerary@mail.goodtime.io>",
             relay="mail.goodtime.io (mail.goodtime.io [149.72.144.90])",
             ident="4JF6b37pZxz9sX",
             extra=(("Reply-To", addr("Megan Oduya", "megan.oduya@tvhealth.org")),))
    return message(h, mixed(alt(text(body), html(paras(body, "font-family:Georgia,serif;font-size:14px"))),
                            calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(13), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-16 10:00", BOI), end=utc("2026-10-16 11:00", BOI),
      contact="hbrandvold@owyheestate.edu", company="Owyhee State University",
      local="Fri 2026-10-16 10:00", local_end="2026-10-16 11:00", zone=BOI,
      note="Google Calendar invitation from a university lab director: Fri 16 Oct 10am-11am "
           "(Mountain Time - Boise, MDT UTC-6) -> 16:00-17:00Z; inline and attached ICS agree; "
           "contact = organizer.")
def m_gcal_univ() -> bytes:
    body = t("""
        Interview \u2013 Research Engineer, Microfabrication Lab (Kyle Anderberg)

        Friday Oct 16, 2026 \u22c5 10am \u2013 11am
        Mountain Time - Boise

        Location
        Engineering Research Bldg, Room 312, Owyhee State University
        https://www.google.com/maps/search/Engineering+Research+Bldg,+Room+312?hl=en

        Join with Google Meet
        meet.google.com/jwp-rnsd-qhe

        Hi Kyle - looking forward to it. We'll talk about the fab's yield tracking and then do a quick walk through the cleanroom gowning area (no gowning needed). Hollis

        Organizer
        Hollis Brandvold
        hbrandvold@owyheestate.edu

        Guests
        Hollis Brandvold - organizer
        Kyle Anderberg
        Rosa Echeverria

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M2p0ZXZxYzFhNzd

        Reply for kyle.anderberg@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=M2p0ZXZxYzFhNzd&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=M2p0ZXZxYzFhNzd&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=M2p0ZXZxYzFhNzd&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_BOI}
BEGIN:VEVENT
DTSTART;TZID=America/Boise:20261016T100000
DTEND;TZID=America/Boise:20261016T110000
DTSTAMP:20261012T154012Z
ORGANIZER;CN=Hollis Brandvold:mailto:hbrandvold@owyheestate.edu
UID:3jtevqc1a77k9n2b5m0d8s4h6f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kyle Anderberg;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rosa Echeverria;X-NUM-GUESTS=0:mailto:rechevarria@owyheestate.edu
CREATED:20261012T154011Z
DESCRIPTION:Hi Kyle - looking forward to it. Hollis
LAST-MODIFIED:20261012T154011Z
LOCATION:Engineering Research Bldg\\, Room 312\\, Owyhee State University
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview \u2013 Research Engineer\\, Microfabrication Lab (Kyle Anderberg)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-12 09:40:12"
    h = head(addr("Hollis Brandvold", "hbrandvold@owyheestate.edu"),
             "Invitation: Interview \u2013 Research Engineer, Microfabrication Lab (Kyle Anderberg) "
             "@ Fri Oct 16, 2026 10am - 11am (MDT) (kyle.anderberg@example.org)", when, BOI,
             "<calendar-7b3e1d52-0a4f-4c8e-b2d1-6f9a0e3c5b71@google.com>",
             relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             ident="4J2Hk31dTfz9sY",
             extra=(("Reply-To", addr("Hollis Brandvold", "hbrandvold@owyheestate.edu")),
                    ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(h, mixed(alt(text(body), html(paras(body, "font-family:Roboto,Helvetica,Arial,sans-serif")),
                                calendar(ics, cte="8bit")),
                            calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", name_param=True)))


@mail(n(14), family="ms_bookings", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-22 11:00", BOI), end=utc("2026-09-22 11:30", BOI),
      contact="brooke.lindqvist@summittalentpartners.com", company="Summit Talent Partners",
      local="Tue 2026-09-22 11:00", local_end="2026-09-22 11:30", zone=BOI,
      note="Microsoft Bookings confirmation from a staffing agency (screening interview for a W-2 "
           "contract yield role it employs); body says '(UTC-07:00) Mountain Time (US & Canada)' "
           "but 22 Sep is MDT (UTC-6) -> 17:00-17:30Z, ICS agrees; Bookings mailbox is not human, "
           "contact = staff address in the body.")
def m_bookings() -> bytes:
    body = t("""
        Summit Talent Partners

        Hi Kyle Anderberg,

        Thanks for booking with Summit Talent Partners. Your booking is confirmed.

        Screening interview - Yield Engineer (contract-to-hire)
        Tuesday, September 22, 2026
        11:00 AM - 11:30 AM (UTC-07:00) Mountain Time (US & Canada)

        Staff: Brooke Lindqvist

        Join your appointment
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE2ZjQ1Y2Yt@thread.v2/0

        Add to calendar | Manage booking | Cancel booking

        Brooke will walk through the assignment (12-month contract at a memory fab in Boise, day shift) and your background. If you need to reach her directly: brooke.lindqvist@summittalentpartners.com

        Summit Talent Partners
        950 W. Bannock St., Suite 1100, Boise, ID 83702
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_MST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Summit Talent Partners:mailto:SummitTalentPartners@summittalentpartners.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Kyle Anderberg:mailto:{ME}
SUMMARY;LANGUAGE=en-US:Screening interview - Yield Engineer (contract-to-hire)
DTSTART;TZID=Mountain Standard Time:20260922T110000
DTEND;TZID=Mountain Standard Time:20260922T113000
UID:040000008200E00074C5B7101A82E0080000000099B2E3F1A6FDC010000000000000000100000009E1D
DTSTAMP:20260917T203344Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    when = "2026-09-17 14:33:44"
    h = head(addr("Summit Talent Partners", "SummitTalentPartners@summittalentpartners.com"),
             "Your booking is confirmed: Screening interview - Yield Engineer (contract-to-hire)", when, BOI,
             "<CH3PR19MB7712A1B2C3D4E5F60718293A4B5C6@CH3PR19MB7712.namprd19.prod.outlook.com>",
             relay="NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2130.outbound."
                   "protection.outlook.com [40.107.220.130])",
             ident="4HtN8m6ZcQz9sZ",
             extra=(("X-MS-Exchange-Bookings", "1"), ("Content-Language", "en-US")))
    return message(h, mixed(alt(text(body), html(paras(body, "font-family:Segoe UI,sans-serif"))),
                            calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(15), family="zoom", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-10-20 15:00", PT), end=None,
      contact="carly.benoit@inwmaterials.com", company="Inland Northwest Materials",
      local="Tue 2026-10-20 15:00", zone=PT,
      days=(("Tue", "2026-10-20"),),
      note="Spokane recruiter cancels the Zoom interview (role filled internally), no new time; "
           "quoted Zoom block 'Oct 20, 2026 03:00 PM Pacific Time (US and Canada)', PDT UTC-7 -> "
           "22:00Z; no duration stated, end null.")
def m_zoom_cancel() -> bytes:
    body = t("""
        Hi Kyle,

        I hate sending this one. Our Process Data Analyst opening was filled internally yesterday afternoon (one of the shift engineers put in for it and got it), so I need to cancel our Zoom interview on Tuesday (10/20) at 3:00 PM Pacific. I've deleted the meeting on my end, so the link below won't work.

        I really enjoyed our phone screen and I've flagged your profile for the metrology role we're opening in January. I'll be in touch.

        Carly

        --
        Carly Benoit | Talent Acquisition
        Inland Northwest Materials | Spokane Valley, WA
        509-555-0138

        On Thu, Oct 15, 2026 at 11:02 AM Carly Benoit <carly.benoit@inwmaterials.com> wrote:
        > Carly Benoit is inviting you to a scheduled Zoom meeting.
        >
        > Topic: Kyle Anderberg - Process Data Analyst interview
        > Time: Oct 20, 2026 03:00 PM Pacific Time (US and Canada)
        >
        > Join Zoom Meeting
        > https://inwmaterials.zoom.us/j/94127730518?pwd=cUR5dTl4ZkJ1
        >
        > Meeting ID: 941 2773 0518
        > Passcode: 552910
        """)
    when = "2026-10-17 10:12:37"
    h = head(addr("Carly Benoit", "carly.benoit@inwmaterials.com"),
             "Re: Zoom interview - Process Data Analyst", when, PT,
             "<CAH3vW9kP2tQm7xLz0bRn8fJ4c@mail.gmail.com>",
             relay="mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])",
             ident="4J3Sx61LdWz9sa",
             extra=(("In-Reply-To", "<CAH3vW9hX7cN1@mail.gmail.com>"),
                    ("References", "<CAH3vW9hX7cN1@mail.gmail.com>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(16), family="icims", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-17 13:00", SLC), end=utc("2026-11-17 14:00", SLC),
      contact="teresa.villasenor@bitterrootmed.com", company="Bitterroot Medical Devices",
      local="Tue 2026-11-17 13:00", local_end="2026-11-17 14:00", zone=SLC,
      note="iCIMS confirmation from a Salt Lake City employer: Tue 17 Nov 1:00 PM Mountain "
           "Standard Time, 'Duration: 60 minutes' -> 20:00-21:00Z (MST UTC-7); From is the iCIMS "
           "relay, contact = recruiter address in the body (name with a tilde); the attached "
           "iCIMS .ics is an all-day event on 17 Nov, the time is only in the text.")
def m_icims() -> bytes:
    body = t("""
        Dear Kyle,

        Thank you for your interest in Bitterroot Medical Devices. We are pleased to confirm your interview for the position of Manufacturing Data Engineer (Requisition 2026-4471).

        Date: Tuesday, November 17, 2026
        Time: 1:00 PM Mountain Standard Time
        Duration: 60 minutes
        Format: Microsoft Teams video interview (link to follow from the hiring manager)
        Interviewer: Craig Pettersen, Manager, Manufacturing Systems

        If you have questions or need to reschedule, please contact Teresa Villase\u00f1or, Talent Acquisition, at teresa.villasenor@bitterrootmed.com.

        Please do not reply to this message; this mailbox is not monitored.

        Sincerely,
        Bitterroot Medical Devices Talent Acquisition
        Salt Lake City, Utah
        """)
    when = "2026-11-12 10:05:29"
    h = head(addr("Bitterroot Medical Devices", "bitterrootmed@talent.icims.com"),
             "Interview Confirmation - Manufacturing Data Engineer (2026-4471)", when, SLC,
             "<1731431129.2026-4471.0.icims.84913@talent.icims.com>",
             relay="mta-out14.icims.com (mta-out14.icims.com [64.215.8.14])",
             ident="4JKr28HvBnz9sb")
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Calendar Export//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:icims-2026-4471-int-88213@talent.icims.com
DTSTAMP:20261112T170529Z
DTSTART;VALUE=DATE:20261117
DTEND;VALUE=DATE:20261118
SUMMARY:Interview - Manufacturing Data Engineer - Bitterroot Medical Devices
DESCRIPTION:See your confirmation email for the interview time.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    return message(h, mixed(alt(text(body), html(paras(body, "font-family:Verdana,sans-serif;font-size:13px"))),
                            calendar(ics, method="PUBLISH", ctype="application/ics", filename="Interview.ics",
                                     disposition="attachment", name_param=True)))


@mail(n(17), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-03 08:00", PT), end=None,
      contact="aaron.whitlow@willametteinstruments.com", company="Willamette Instruments",
      local="Thu 2026-12-03 08:00", zone=PT,
      note="SmartRecruiters HTML-only (windows-1252 QP) confirmation from a Portland firm, US date "
           "'12/03/2026' = 3 December, 8:00 AM PST (UTC-8) -> 16:00Z; 'approximately 30 minutes', "
           "end null; contact = hiring manager in Reply-To.")
def m_smartrecruiters() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2f2f2f">
        <div style="max-width:580px;margin:0 auto;border:1px solid #e3e3e3;padding:24px">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/willamette-instruments.png" alt="Willamette Instruments" height="40">
        <h2 style="font-weight:normal">Your interview is scheduled</h2>
        <p>Hi Kyle,</p>
        <p>Thanks for confirming! Here are the details of your interview for <b>Test &amp; Yield Engineer II</b>:</p>
        <table cellpadding="6" style="border-collapse:collapse;font-size:14px">
        <tr><td style="color:#777">Date</td><td>12/03/2026</td></tr>
        <tr><td style="color:#777">Time</td><td>8:00 AM PST</td></tr>
        <tr><td style="color:#777">Length</td><td>Approximately 30 minutes</td></tr>
        <tr><td style="color:#777">Type</td><td>Phone interview &ndash; Aaron will call you at the number on your application</td></tr>
        <tr><td style="color:#777">Interviewer</td><td>Aaron Whitlow, Engineering Manager</td></tr>
        </table>
        <p>We\u2019re looking forward to talking with you. If something comes up, reply to this email and Aaron will get it.</p>
        <p>Best regards,<br>Willamette Instruments Hiring Team</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters &middot; Willamette Instruments, 4410 SW Macadam Ave, Portland, OR 97239</p>
        </div></body></html>
        """)
    when = "2026-11-30 09:12:03"
    h = head(addr("Willamette Instruments Hiring Team", "noreply@smartrecruiters.com"),
             "Interview scheduled: Test & Yield Engineer II at Willamette Instruments", when, PT,
             "<sr.0b5c7e2f9a1d4e6b8c3f.interview-confirmation@smartrecruiters.com>",
             relay="o2.mail.smartrecruiters.com (o2.mail.smartrecruiters.com [168.245.33.27])",
             ident="4JYy7k3QGhz9sc",
             extra=(("Reply-To", addr("Aaron Whitlow", "aaron.whitlow@willametteinstruments.com")),))
    return message(h, html(body, "windows-1252"))


@mail(n(18), family="taleo", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-08 10:30", SLC), end=None,
      contact="alan.pruitt@greatbasinsemi.com", company="Great Basin Semiconductor Equipment",
      local="Tue 2026-12-08 10:30", zone=SLC,
      note="Taleo plain-text (iso-8859-1 QP) confirmation from a Salt Lake City firm: Tue 8 Dec "
           "10:30 AM MST (UTC-7) -> 17:30Z; 'approximately one hour' -> end null; Taleo mailbox, "
           "contact = recruiter address in the body.")
def m_taleo() -> bytes:
    body = t("""
        Dear Kyle Anderberg,

        Thank you for your interest in Great Basin Semiconductor Equipment.

        We are pleased to invite you to interview for the position of Field Yield Applications Engineer (Job Number: 26000918).

        Interview date: Tuesday, December 8, 2026
        Interview time: 10:30 AM MST (Mountain Standard Time)
        Location: Great Basin Semiconductor Equipment, 6120 W. Amelia Earhart Dr., Salt Lake City, UT 84116
        Contact on arrival: Front desk, Building C

        This interview will last approximately one hour. Travel expenses from Boise will be reimbursed per our candidate travel policy (mileage at the current federal rate).

        Should you have any questions, please contact your recruiter, Alan Pruitt, at alan.pruitt@greatbasinsemi.com or 801-555-0176.

        Regards,

        Talent Acquisition
        Great Basin Semiconductor Equipment

        ************************************************************
        This is an automated message from our recruiting system.
        ************************************************************
        """)
    when = "2026-12-02 15:48:21"
    h = head(addr("Great Basin Semiconductor Equipment", "greatbasinsemi@taleo.net"),
             "Interview Invitation - Field Yield Applications Engineer (26000918)", when, SLC,
             "<1333208719.5521.1796424501889.JavaMail.taleo@phx-tmsmtp04.taleo.net>",
             relay="phx-tmsmtp04.taleo.net (phx-tmsmtp04.taleo.net [160.34.18.204])",
             ident="4Jb8s06wLrz9sd",
             extra=(("X-Mailer", "Taleo Business Edition"),))
    return message(h, text(body, "iso-8859-1"))


@mail(n(19), family="teamtailor", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-18 17:00", STO), end=utc("2026-11-18 17:45", STO),
      contact="elin.sjoberg@norrskenmetrology.se", company="Norrsken Metrology",
      local="Wed 2026-11-18 17:00", local_end="2026-11-18 17:45", zone=STO,
      note="Teamtailor confirmation from a Stockholm company hiring a remote US engineer: "
           "'Wednesday 18 November, 17:00-17:45 CET (9:00-9:45 AM Mountain)'; CET UTC+1 -> "
           "16:00-16:45Z (= 9:00 MST); ICS TZID Europe/Stockholm agrees; contact = Reply-To (RFC "
           "2047 display name).")
def m_teamtailor() -> bytes:
    body = t("""
        Hi Kyle,

        Great news \u2013 your interview is booked!

        Position: Applications Engineer, Wafer Metrology (Remote, US)
        Time: Wednesday 18 November, 17:00\u201317:45 CET (9:00\u20139:45 AM Mountain)
        Where: Microsoft Teams \u2013 the link is in the calendar invite
        With: Elin Sj\u00f6berg (Talent Partner) and Oskar Lindgren (Head of Applications)

        We deliberately held this late in our day so it lands in your morning in Boise.

        If you need to move it, just reply to this email.

        Best regards,
        Elin Sj\u00f6berg
        Norrsken Metrology AB
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
METHOD:REQUEST
{make.VTZ["Europe/Stockholm"]}
BEGIN:VEVENT
UID:tt-interview-3381902@teamtailor.com
DTSTAMP:20261113T152011Z
DTSTART;TZID=Europe/Stockholm:20261118T170000
DTEND;TZID=Europe/Stockholm:20261118T174500
SUMMARY:Interview: Applications Engineer\\, Wafer Metrology \u2013 Norrsken Metrology
LOCATION:Microsoft Teams
ORGANIZER;CN=Elin Sj\u00f6berg:mailto:elin.sjoberg@norrskenmetrology.se
ATTENDEE;CN=Kyle Anderberg;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    when = "2026-11-13 16:20:11"
    h = head(addr("Norrsken Metrology", "no-reply@teamtailor-mail.com"),
             "Interview booked: Applications Engineer, Wafer Metrology (Remote, US)", when, STO,
             "<tt.4b2c9d1e7f3a.interview-booked@teamtailor-mail.com>",
             relay="mail183-17.suw21.mandrillapp.com (mail183-17.suw21.mandrillapp.com [198.2.183.17])",
             ident="4JLw5p2RTkz9se",
             extra=(("Reply-To", addr("Elin Sj\u00f6berg", "elin.sjoberg@norrskenmetrology.se")),))
    return message(h, mixed(alt(text(body), html(paras(body))),
                            calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(n(20), family="workable", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-29 15:30", CT), end=utc("2026-09-29 16:15", CT),
      contact="noor.qadri@tallgrassrobotics.com", company="Tallgrass Robotics",
      local="Tue 2026-09-29 15:30", local_end="2026-09-29 16:15", zone=CT,
      note="Workable 'event scheduled' message from a remote team in Kansas City: the body gives "
           "the day (Tuesday, September 29) but the time only in the attached ICS, 15:30-16:15 "
           "America/Chicago (CDT, UTC-5) -> 20:30-21:15Z (2:30 PM in Boise); Reply-To and ICS "
           "organizer are Workable relays (+ address), contact = the manager's own address in the body.")
def m_workable() -> bytes:
    body = t("""
        Hi Kyle,

        Thanks for picking a slot so quickly. You're all set for our video call on Tuesday, September 29 - the calendar invitation with the time and the Google Meet link is attached, and it should show up in your calendar in your own time zone.

        I'll mostly want to hear how you've set up yield dashboards that operators actually use, and we'll leave 10 minutes for your questions about the team (we're 14 people, fully remote, spread over four time zones).

        If anything comes up, you can reply here or email me directly at noor.qadri@tallgrassrobotics.com.

        Noor Qadri
        VP Manufacturing Engineering, Tallgrass Robotics

        --
        Sent by Tallgrass Robotics via Workable
        Reply to this email to respond to Noor Qadri
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
{make.VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:wk-event-6f2d91c3@workable.com
DTSTAMP:20260924T154152Z
DTSTART;TZID=America/Chicago:20260929T153000
DTEND;TZID=America/Chicago:20260929T161500
SUMMARY:Video call: Kyle Anderberg / Tallgrass Robotics (Manufacturing Yield Engineer)
LOCATION:https://meet.google.com/dkq-fwzr-pxa
ORGANIZER;CN=Noor Qadri:mailto:tallgrass-robotics+f3a9c1d2e7@candidates.workablemail.com
ATTENDEE;CN=Kyle Anderberg;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    when = "2026-09-24 10:41:52"
    h = head(addr("Noor Qadri (Tallgrass Robotics)", "noreply@candidates.workablemail.com"),
             "Your interview with Tallgrass Robotics - Tuesday, September 29", when, CT,
             "<wk.8e1f4c2a9d7b.message@candidates.workablemail.com>",
             relay="mail-200-16.workablemail.com (mail-200-16.workablemail.com [198.37.150.16])",
             ident="4HvZz05NbQz9sf",
             extra=(("Reply-To", "tallgrass-robotics+f3a9c1d2e7@candidates.workablemail.com"),))
    return message(h, mixed(alt(text(body), html(paras(body, "font-family:Helvetica,Arial,sans-serif;font-size:15px"))),
                            calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(21), family="forward_self", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-01 15:00", PT), end=utc("2026-12-01 15:45", PT),
      contact="imani.rhodes@rainiercloudhw.com", company="Rainier Cloud Hardware",
      local="Tue 2026-12-01 15:00", local_end="2026-12-01 15:45", zone=PT,
      days=(("Tue", "2026-12-01"), ("Wed", "2026-11-25")),
      note="Candidate forwards a Seattle recruiter's confirmation to himself as an attached "
           "message/rfc822: 'Tuesday 12/1 at 3pm Pacific, 45 minutes' -> PST UTC-8 -> "
           "23:00-23:45Z (his note '4pm our time' is MST, same instant); sender is the candidate, "
           "contact = the recruiter in the attached message.")
def m_fwd_self() -> bytes:
    orig_body = t("""
        Hi Kyle,

        Great talking with you today. Confirming Tuesday 12/1 at 3pm Pacific for your technical interview with Devon Park (Hardware Yield Lead). It's a 45 minute video call; Devon will send the Teams link Monday.

        Devon will probably ask about the burn-in fallout analysis you mentioned, so have a story or two ready. No slides needed.

        Happy Thanksgiving!
        Imani

        Imani Rhodes
        Senior Technical Recruiter
        Rainier Cloud Hardware | Seattle, WA
        """)
    orig_when = "2026-11-25 13:47:09"
    orig = message([
        ("From", addr("Imani Rhodes", "imani.rhodes@rainiercloudhw.com")),
        ("To", KYLE),
        ("Subject", "Technical interview - Tuesday 12/1"),
        ("Date", date(orig_when, PT)),
        ("Message-ID", "<MW4PR02MB7345F0E1D2C3B4A59687@MW4PR02MB7345.namprd02.prod.outlook.com>"),
    ], text(orig_body, cte="quoted-printable"))
    note = t("""
        save for tues -- 3pm pacific = 4pm our time!! prep the burn-in story

        K
        """)
    when = "2026-11-27 20:05:44"
    h = head(addr("Kyle Anderberg", "kyle.a@example.net"), "Fwd: Technical interview - Tuesday 12/1",
             when, BOI, "<9f2c4e1a-7b3d-4a58-b6e0-1c2d3e4f5a6b@example.net>",
             relay="smtp.example.net (smtp.example.net [203.0.113.25])", ident="4JXk1t0PRmz9sg",
             extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(h, mixed(text(note, cte="7bit", params="format=flowed"),
                            attached_message(orig, "Technical interview - Tuesday 12_1.eml")))


@mail(n(22), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-21 18:30", PT), end=None,
      contact="jonah@fernwoodsensors.com", company="Fernwood Sensors",
      local="Wed 2026-10-21 18:30", zone=PT,
      days=(("Wed", "2026-10-21"), ("Tue", "2026-10-20")),
      note="Founder's two-line phone reply sent Tue 20 Oct 17:55 PDT (already 21 Oct in UTC): "
           "'tomorrow 6:30 PT works' -> Wed 21 Oct 18:30 PDT (UTC-7) = 22 Oct 01:30Z, so the local "
           "date is another day in UTC; '~30 min' is approximate, end null.")
def m_founder() -> bytes:
    body = t("""
        tomorrow 6:30 PT works. I'll call your cell, ~30 min. talk then

        J

        Sent from my phone

        On Tue, Oct 20, 2026, 4:12 PM Kyle Anderberg <kyle.anderberg@example.org> wrote:
        > Hi Jonah,
        >
        > Thanks for reaching out about the founding yield/test role. Daytime is tough with my current job, but I'm free most evenings this week after 5 Pacific (6 my time). Would Wednesday evening work for a first interview?
        >
        > Kyle
        """)
    when = "2026-10-20 17:55:02"
    h = head(addr("Jonah Pike", "jonah@fernwoodsensors.com"),
             "Re: Fernwood - founding yield/test eng", when, PT,
             "<CAJx8pQ2w4nR5tY6uI7oP8aS9dF0gH1jK@mail.gmail.com>",
             relay="mail-pl1-f178.google.com (mail-pl1-f178.google.com [209.85.214.178])",
             ident="4J4Fc40sVdz9sh",
             extra=(("In-Reply-To", "<CAF7k2Qp4vT9@mail.example.org>"),))
    return message(h, text(body, cte="7bit"))


@mail(n(23), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-04 11:00", ET), end=utc("2026-11-04 12:00", ET),
      contact="rachel.feingold@harborlightdata.com", company="Harborlight Data",
      local="Wed 2026-11-04 11:00", local_end="2026-11-04 12:00", zone=ET,
      days=(("Fri", "2026-10-30"), ("Wed", "2026-11-04")),
      note="Google Calendar 'Updated invitation' (base64 text) from a New York remote team, sent "
           "Wed 28 Oct in EDT: moved from Fri 10/30 1 PM ET to Wed 4 Nov 11am-12pm (Eastern Time "
           "- New York, EST UTC-5 after 1 Nov) -> 16:00-17:00Z; ICS SEQUENCE:1 agrees.")
def m_gcal_update() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Final round \u2013 Kyle Anderberg / Harborlight Data (Manufacturing Analytics Lead)

        Changed: Wednesday Nov 4, 2026 \u22c5 11am \u2013 12pm
        Eastern Time - New York

        Join with Google Meet
        meet.google.com/ufs-kbjn-wro

        Kyle \u2013 moving us from Friday 10/30 at 1 PM ET to next Wednesday so that Sam can join from the Albany site. Same agenda, same hour. Thanks for being flexible! \u2013 Rachel

        Organizer
        Rachel Feingold
        rachel.feingold@harborlightdata.com

        Guests
        Rachel Feingold - organizer
        Sam Okonjo
        Kyle Anderberg

        Reply for kyle.anderberg@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NWx2cGY4M2g&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NWx2cGY4M2g&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NWx2cGY4M2g&rst=3

        Invitation from Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["America/New_York"]}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261104T110000
DTEND;TZID=America/New_York:20261104T120000
DTSTAMP:20261028T161844Z
ORGANIZER;CN=Rachel Feingold:mailto:rachel.feingold@harborlightdata.com
UID:5lvpf83h2kq0d7c1n9m6b4x3zs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kyle Anderberg;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sam Okonjo;X-NUM-GUESTS=0:mailto:sam.okonjo@harborlightdata.com
LAST-MODIFIED:20261028T161843Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Final round \u2013 Kyle Anderberg / Harborlight Data (Manufacturing Analytics Lead)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-28 12:18:44"
    h = head(addr("Rachel Feingold", "rachel.feingold@harborlightdata.com"),
             "Updated invitation: Final round \u2013 Kyle Anderberg / Harborlight Data (Manufacturing "
             "Analytics Lead) @ Wed Nov 4, 2026 11am - 12pm (EST) (kyle.anderberg@example.org)",
             when, ET, "<calendar-2a9c7e14-5b3d-4f60-8e1a-0c7d9b2f4e35@google.com>",
             relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             ident="4J9Bq56hXsz9si",
             extra=(("Reply-To", addr("Rachel Feingold", "rachel.feingold@harborlightdata.com")),
                    ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(h, mixed(alt(text(body, cte="base64"), html(paras(body, "font-family:Roboto,Arial,sans-serif")),
                                calendar(ics, cte="base64")),
                            calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", name_param=True)))


# =========================================================================== negatives


@mail(n(24), family="job_centre", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Workforce-centre reemployment orientation for laid-off workers with a fixed time "
           "(Thu 12 Nov 9:30 AM) and 'interview skills' on the agenda: a government appointment, "
           "not a job interview.")
def m_worksource() -> bytes:
    body = t("""
        Treasure Valley WorkSource Center - Appointment Confirmation

        Dear KYLE ANDERBERG,

        This confirms your Reemployment Orientation appointment. Attendance is required to remain eligible for reemployment services under the Tamarack Microsystems layoff assistance program.

        Date: Thursday, November 12, 2026
        Time: 9:30 AM - 11:30 AM (Mountain Time)
        Location: Treasure Valley WorkSource Center, 317 W. Main St., Room 2B, Boise, ID 83702
        Case Number: TV-26-118304

        Agenda:
        - Work search requirements and how to log your weekly contacts
        - One-on-one review of your reemployment plan with a career specialist
        - Workshop: resume refresh and interview skills

        Please bring a photo ID, your separation notice and a list of the employers you have applied to.

        If you cannot attend, you must reschedule at least 24 hours in advance by calling 208-555-0100. Missing a required appointment may affect your benefits.

        Treasure Valley WorkSource Center
        This message was sent from an unattended mailbox.
        """)
    when = "2026-11-05 08:02:10"
    h = head(addr("Treasure Valley WorkSource Center", "appointments@tvworksource.org"),
             "Appointment Confirmation: Reemployment Orientation - Thu 11/12/2026 9:30 AM", when, BOI,
             "<20261105150210.TV-26-118304.appt@tvworksource.org>",
             relay="smtp-relay.tvworksource.org (smtp-relay.tvworksource.org [192.0.2.61])",
             ident="4JFS0q8LmWz9sj")
    return message(h, alt(text(body, cte="base64"),
                          html(paras(body, "font-family:Arial,sans-serif;font-size:13px"), cte="base64")))


@mail(n(25), family="press_interview", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="A reporter confirms a fixed-time phone interview (Thu 8 Oct 2 p.m.) with the candidate "
           "about layoffs at his employer: press interview, not a job interview.")
def m_reporter() -> bytes:
    body = t("""
        Hi Kyle,

        Thanks so much for agreeing to talk about the cuts at Tamarack. Confirmed for Thursday (Oct. 8) at 2 p.m. I'll call your cell; it should take about 20 minutes.

        Just so we're clear on ground rules: the interview is on the record unless you tell me otherwise before you say something, and I'll read back any direct quotes before the story runs. I'm mainly interested in what the layoffs mean for engineers who want to stay in the Treasure Valley, and how the job search is going so far.

        Talk Thursday,

        Marisol Vega
        Business reporter, Boise Valley Ledger
        208-555-0152 | @mvega_ledger
        """)
    when = "2026-10-05 15:26:48"
    h = head(addr("Marisol Vega", "mvega@boisevalleyledger.com"),
             "Re: Interview for Ledger story on Tamarack layoffs", when, BOI,
             "<CAM9r2Lw6kB8nT4hQ0xZ7sD3yF5gJ1pE@mail.gmail.com>",
             relay="mail-qk1-f182.google.com (mail-qk1-f182.google.com [209.85.222.182])",
             ident="4J0Vb61tRaz9sk",
             extra=(("In-Reply-To", "<CAF7k2Qr1mX3@mail.example.org>"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(26), family="podcast", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Scheduling-tool confirmation of a podcast recording session where the candidate is the "
           "guest (Tue 24 Nov 4:00 PM Mountain, ICS attached): fixed time, but not a job interview.")
def m_podcast() -> bytes:
    body = t("""
        You're booked!

        Yield Talk \u2013 guest interview recording (60 min)
        with Darnell Whitaker

        Tuesday, November 24, 2026
        4:00 PM \u2013 5:00 PM (America/Boise)

        Location: Riverside.fm studio \u2013 https://riverside.fm/studio/yield-talk-recordings

        Notes from Darnell:
        Thanks for coming on, Kyle! We'll talk about your wafer-map clustering work and what the job market looks like for yield engineers right now. Please use headphones and a wired connection if you can. We record video, but only audio is published.

        Need to make a change? https://savvycal.com/yieldtalk/reschedule/8fd3c2a1

        Sent by SavvyCal
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SavvyCal//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:8fd3c2a1-savvycal-yieldtalk
DTSTAMP:20261116T190405Z
DTSTART:20261124T230000Z
DTEND:20261125T000000Z
SUMMARY:Yield Talk \u2013 guest interview recording (Kyle Anderberg)
ORGANIZER;CN=Darnell Whitaker:mailto:darnell@yieldtalkpod.com
ATTENDEE;CN=Kyle Anderberg;RSVP=TRUE:mailto:{ME}
LOCATION:https://riverside.fm/studio/yield-talk-recordings
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    when = "2026-11-16 12:04:05"
    h = head(addr("Darnell Whitaker via SavvyCal", "notifications@savvycal.com"),
             "Confirmed: Yield Talk \u2013 guest interview recording on Tue, Nov 24", when, BOI,
             "<01000193a5e8f7d2-4c1b-4e9a-8d7f-3b2a1c0e9f8d-000000@email.savvycal.com>",
             relay="a27-35.smtp-out.us-west-2.amazonses.com (a27-35.smtp-out.us-west-2.amazonses.com [54.240.27.35])",
             ident="4JMt7m1XwLz9sm",
             extra=(("Reply-To", addr("Darnell Whitaker", "darnell@yieldtalkpod.com")),))
    return message(h, mixed(alt(text(body), html(paras(body))),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(27), family="admission_interview", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Executive MBA admission interview at the same university (and domain) as a positive "
           "job interview, fixed time Fri 6 Nov 3:00 PM MST: school admission, not a job interview.")
def m_emba() -> bytes:
    body = t("""
        <html><body style="font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#1d1d1d">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#6b1d2a;color:#fff;padding:14px 20px;font-size:20px">Owyhee State University &middot; College of Business</td></tr></table>
        <div style="padding:20px">
        <p>Dear Kyle,</p>
        <p>Thank you for submitting your application to the <b>Executive MBA, Cohort 2027</b>. We are pleased to invite you to an admission interview with a member of the admissions committee.</p>
        <p><b>Your admission interview is scheduled for:</b><br>
        Friday, November 6, 2026<br>
        3:00 PM &ndash; 3:40 PM MST<br>
        Business Building, Room 210 (or by Zoom if you select that option in your applicant portal)<br>
        Interviewer: Prof. Celeste Amundsen, Academic Director</p>
        <p>The conversation focuses on your leadership experience, your goals for the program and how you will balance coursework with work. Business casual attire is appropriate.</p>
        <p>You can review or change your interview option in the <a href="https://apply.owyheestate.edu/portal/status">applicant status portal</a>.</p>
        <p>Warm regards,<br>Graduate Business Admissions<br>Owyhee State University</p>
        </div>
        <p style="font-size:11px;color:#777;padding:0 20px">You are receiving this message because you started an application at apply.owyheestate.edu.</p>
        </body></html>
        """)
    when = "2026-10-29 09:30:00"
    h = head(addr("OSU Executive MBA Admissions", "emba@owyheestate.edu"),
             "Your EMBA admission interview is scheduled", when, BOI,
             "<0.0.2A.B41.1DB47F2C9E0D3A6.0@slate-mail.technolutions.net>",
             relay="slate-mail.technolutions.net (slate-mail.technolutions.net [34.232.55.14])",
             ident="4JB1k78vPnz9sn",
             extra=(("X-Mailer", "Slate"),))
    return message(h, html(body))


@mail(n(28), family="sports_tryout", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Rugby club captain confirms a tryout slot (Sat 19 Sep 9:00 AM) and a 'quick chat' with "
           "the coach: sports try-out, not a job interview.")
def m_tryout() -> bytes:
    body = t("""
        Hey Kyle,

        Good to hear from you. You're on the list for fall tryouts this Saturday (9/19), check-in at 9:00 AM at Riverside Fields, pitch 4. Bring boots, a mouthguard and water. We'll run fitness first, then skills and some live scrummaging for the forwards.

        Coach Fuimaono likes to have a quick chat with each new player afterwards (experience, what position, how many weekends you can travel), nothing formal.

        Dues are $180 for the fall season, payable after you make the roster.

        Cheers,
        Tevita
        Club Captain, Treasure Valley Rugby Club
        """)
    when = "2026-09-14 19:22:41"
    h = head(addr("Tevita Latu", "tevita.latu.tvrc@gmail.com"),
             "Re: Fall tryouts - new player", when, BOI,
             "<CAKp2Rt8vN3mQ6wL9xB1zD4fH7jK0sY@mail.gmail.com>",
             relay="mail-io1-f44.google.com (mail-io1-f44.google.com [209.85.166.44])",
             ident="4Hs9Rp05Ctz9so")
    return message(h, text(body, cte="8bit"))


@mail(n(29), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Car-service appointment confirmation with an ICS (Tue 27 Oct 7:30 AM drop-off): "
           "fixed time, not an interview.")
def m_car_service() -> bytes:
    body = t("""
        FOOTHILLS AUTO CARE
        Appointment Confirmation

        Hi Kyle,

        Your service appointment is confirmed.

        Vehicle: 2019 Subaru Outback (ID plate ending 4KT)
        Date: Tuesday, October 27, 2026
        Drop-off: 7:30 AM
        Services: 60,000-mile service, replace front wiper blades, inspect rear brake pads
        Advisor: Gus Halvorsen
        Estimated completion: 2:00 PM (we'll text you when it's ready)

        Need a ride? Our shuttle runs within 5 miles of the shop until 10 AM.

        To reschedule, reply to this email or call 208-555-0177.

        Foothills Auto Care | 3875 W. Chinden Blvd, Garden City, ID 83714
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Foothills Auto Care//Scheduler//EN
METHOD:PUBLISH
{VTZ_BOI}
BEGIN:VEVENT
UID:fac-appt-77120@foothillsautocare.com
DTSTAMP:20261023T171455Z
DTSTART;TZID=America/Boise:20261027T073000
DTEND;TZID=America/Boise:20261027T080000
SUMMARY:Service drop-off - Foothills Auto Care
LOCATION:3875 W. Chinden Blvd\\, Garden City\\, ID 83714
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-23 11:14:55"
    h = head(addr("Foothills Auto Care", "service@foothillsautocare.com"),
             "Your service appointment is confirmed - Tue Oct 27, 7:30 AM", when, BOI,
             "<fac.77120.1793121295@mailer.foothillsautocare.com>",
             relay="mailer.foothillsautocare.com (mailer.foothillsautocare.com [198.51.100.77])",
             ident="4J7D2w43Kfz9sp")
    return message(h, mixed(text(body, "iso-8859-1"),
                            calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


@mail(n(30), family="tax_appointment", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-12-14"),),
      note="Tax preparer confirms a fixed-time appointment (Mon 14 Dec 10:00 AM) about severance "
           "withholding: not a job interview.")
def m_tax() -> bytes:
    body = t("""
        Hi Kyle,

        You\u2019re confirmed for Monday, December 14 at 10:00 AM at our office (upstairs, Suite 204) to go over the tax side of your severance package and whether you should make a Q4 estimated payment before January 15.

        Please bring:
        \u2022 your severance agreement and final pay stub from Tamarack Microsystems
        \u2022 any 1099-G you\u2019ve received (if you filed for benefits)
        \u2022 last year\u2019s return, if we didn\u2019t prepare it

        The meeting usually runs 45 minutes to an hour. Our fee for a planning session is $150.

        Best,
        Linnea Kowalczyk, EA
        Foothills Tax Partners
        1010 N. 8th St., Suite 204, Boise, ID 83702
        208-555-0119
        """)
    when = "2026-12-07 13:41:17"
    h = head(addr("Linnea Kowalczyk", "linnea@foothillstax.com"),
             "Appointment confirmed \u2013 severance & estimated tax review", when, BOI,
             "<003a01dc6e2b$4f1a8c20$ed5fa460$@foothillstax.com>",
             relay="smtp.foothillstax.com (smtp.foothillstax.com [198.51.100.119])",
             ident="4JcR1g6nVpz9sq",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(h, alt(text(body, "windows-1252"),
                          html(paras(body, "font-family:Calibri,sans-serif;font-size:11pt"), "windows-1252")))


@mail(n(31), family="coaching_offer", lang="en-US", interview=False, company=None,
      note="Career coach offering paid mock interviews with a booking link and open evenings, no "
           "fixed appointment: coaching offer, not a job interview.")
def m_coach() -> bytes:
    body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#333">
        <p>Hi Kyle,</p>
        <p>I saw your post in the Treasure Valley Semiconductor Professionals group about the Tamarack layoffs &mdash; I'm sorry, that's a tough way to head into the holidays.</p>
        <p>I'm a former fab engineering manager and I now coach engineers through technical interviews. A few things people find useful right now:</p>
        <ul>
        <li><b>Technical mock interview</b> (60 min): I play the hiring manager, you walk me through a yield excursion, and you get written feedback the same day. $120.</li>
        <li><b>Behavioral mock interview</b> (45 min): STAR stories, "tell me about a conflict", salary questions. $90.</li>
        <li><b>Three-session interview sprint</b>: $299.</li>
        </ul>
        <p>I keep Tuesday and Thursday evenings open for people who are still working. If any of this would help, grab whatever slot suits you here: <a href="https://calendly.com/blueskycareer/mock-interview">calendly.com/blueskycareer/mock-interview</a></p>
        <p>No pressure at all &mdash; and good luck out there.</p>
        <p>Renee Castellano<br>Blue Sky Career Coaching &middot; Meridian, ID</p>
        </body></html>
        """)
    when = "2026-10-10 08:55:30"
    h = head(addr("Renee Castellano", "renee@blueskycareercoaching.com"),
             "Mock interviews for engineers in transition", when, BOI,
             "<CAN4s7Ty2pM8rQ1wX5vZ9bC3dF6hJ0kL@mail.gmail.com>",
             relay="mail-oi1-f172.google.com (mail-oi1-f172.google.com [209.85.167.172])",
             ident="4J1Kz27qBsz9sr")
    return message(h, html(body, cte="base64"))


@mail(n(32), family="interview_proposed", lang="en-US", interview=False, company="Cobalt Search Group",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
      note="Agency recruiter proposes two interview times ('Would Tuesday 10/13 at 10am PT or "
           "Wednesday 10/14 at 2pm PT work?') and will only send the invite after the candidate "
           "picks: not confirmed.")
def m_proposed() -> bytes:
    body = t("""
        Hi Kyle,

        Good news - the hiring manager at my client (a power semiconductor fab in Hillsboro, OR) read your resume and wants to do a first-round interview for the Sr. Yield Engineer opening.

        Would Tuesday 10/13 at 10am PT or Wednesday 10/14 at 2pm PT work for you? It would be a 45 min video call with the manager and one of the senior engineers.

        Once you confirm a time I'll send the calendar invite and a short prep sheet. They also asked whether you'd consider relocating within 3 months - let me know your thoughts on that too.

        Thanks,
        Greg Tomlinson
        Senior Recruiter | Cobalt Search Group
        (503) 555-0148
        """)
    when = "2026-10-08 14:07:13"
    h = head(addr("Greg Tomlinson", "gtomlinson@cobaltsearch.com"),
             "Interview request - Sr. Yield Engineer (Hillsboro client)", when, PT,
             "<DM6PR10MB3921A7B8C9D0E1F2A3B4C5D6E7F8@DM6PR10MB3921.namprd10.prod.outlook.com>",
             relay="NAM04-MW2-obe.outbound.protection.outlook.com (mail-mw2nam04on2105.outbound."
                   "protection.outlook.com [40.107.101.105])",
             ident="4J0yN54hTgz9ss")
    return message(h, text(body, cte="7bit"))


@mail(n(33), family="forwarded_other", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="A friend forwards HIS OWN Greenhouse interview confirmation (Tue 13 Oct 1:00 PM PT at "
           "Cascadia Photonics) to thank the candidate for the referral: a confirmed interview, "
           "but someone else's.")
def m_friend_fwd() -> bytes:
    body = t("""
        Dude - thank you for the referral!! Got the interview, see below. Same team you talked to I think? Any tips on Owen? Beers on me next week.

        Marcus

        ---------- Forwarded message ---------
        From: Dana Whitcomb <no-reply@us.greenhouse-mail.io>
        Date: Thu, Oct 8, 2026 at 2:31 PM
        Subject: Interview confirmation: Process Engineer, Photonics Packaging at Cascadia Photonics
        To: Marcus Delgado <marcus.delgado.id@gmail.com>

        Hi Marcus,

        Your interview is confirmed:

        Tuesday, October 13, 2026
        1:00 PM - 2:00 PM Pacific Time (US & Canada)
        Video call (Google Meet): https://meet.google.com/pko-trzm-ahd

        Interviewers: Owen Fairbanks, Jasper Lindahl

        If you need to reschedule, just reply to this email.

        Best,
        Dana Whitcomb
        Technical Recruiter | Cascadia Photonics
        """)
    when = "2026-10-08 21:17:26"
    h = head(addr("Marcus Delgado", "marcus.delgado.id@gmail.com"),
             "Fwd: Interview confirmation: Process Engineer, Photonics Packaging at Cascadia Photonics",
             when, BOI, "<CAPd4Xz1qW7eR9tY3uI5oP2aS8dF6gH0jL@mail.gmail.com>",
             relay="mail-ua1-f49.google.com (mail-ua1-f49.google.com [209.85.222.49])",
             ident="4J0zF08sRkz9st")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(34), family="current_job_interviewer", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Exchange meeting request from the candidate's current employer asking HIM to sit on an "
           "interview panel for a candidate (Thu 10 Sep 10:00 AM MDT): he is the interviewer, not "
           "the interviewee.")
def m_panel_request() -> bytes:
    body = t("""
        When: Thursday, September 10, 2026 10:00 AM-10:45 AM (UTC-07:00) Mountain Time (US & Canada).
        Where: Fab 2 Conf Rm B-114 / Microsoft Teams

        Hi Kyle,

        Thanks for agreeing to join the panel for our Yield Engineer II candidate, Priyanka Shah. You have the defect-review / technical deep-dive slot (45 min). Her resume and the scorecard are in Workday under R-3318; please submit feedback by end of day Friday.

        Reminder: please don't discuss compensation or the reorg with candidates.

        Thanks!
        Holly Brennan
        HR Coordinator | Tamarack Microsystems
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_MST_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Brennan, Holly":mailto:Holly.Brennan@tamarackmicro.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Anderberg, Kyle":mailto:{ME}
SUMMARY;LANGUAGE=en-US:Interview Panel: Priyanka Shah (Yield Engineer II) - Technical deep dive
DTSTART;TZID=Mountain Standard Time:20260910T100000
DTEND;TZID=Mountain Standard Time:20260910T104500
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC010000000000000000100000007A1B
DTSTAMP:20260908T151203Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Fab 2 Conf Rm B-114 / Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    when = "2026-09-08 09:12:03"
    h = head(addr("Brennan, Holly", "Holly.Brennan@tamarackmicro.com"),
             "Interview Panel: Priyanka Shah (Yield Engineer II) - Technical deep dive", when, BOI,
             "<PH0PR14MB5520D1E2F3A4B5C6D7E8F9A0B1C2@PH0PR14MB5520.namprd14.prod.outlook.com>",
             relay="NAM02-SN1-obe.outbound.protection.outlook.com (mail-sn1nam02on2112.outbound."
                   "protection.outlook.com [40.107.96.112])",
             ident="4HqT4b73Xcz9su",
             extra=(("Thread-Topic", "Interview Panel: Priyanka Shah (Yield Engineer II) - Technical deep dive"),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(body), html(paras(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                          calendar(ics)))


@mail(n(35), family="rejection", lang="en-US", interview=False, company="Elbtal Sensorik",
      note="softgarden rejection after an interview ('thank you for the interview last week ... "
           "decided to move forward with other candidates'): no upcoming interview.")
def m_reject() -> bytes:
    body = t("""
        Dear Kyle Anderberg,

        Thank you again for your interest in the position Remote Yield Engineer (US) and for taking the time to interview with our team last week.

        After careful consideration we have decided to move forward with other candidates whose experience more closely matches our current needs in MEMS sensor packaging. This decision was not easy, and we were impressed by your background in memory yield.

        With your consent we would like to keep your profile in our talent pool for future openings. You can manage your data at any time in your candidate account.

        We wish you every success in your job search.

        Kind regards,
        Franziska Wendt
        Talent Acquisition, Elbtal Sensorik Inc.

        This message was sent via softgarden.
        """)
    when = "2026-11-20 07:44:19"
    h = head(addr("Elbtal Sensorik Inc.", "noreply@softgarden.io"),
             "Your application as Remote Yield Engineer (US)", when, ET,
             "<sg.7f1a2b3c4d5e.reject.90431@softgarden.io>",
             relay="mx-out2.softgarden.io (mx-out2.softgarden.io [185.48.118.22])",
             ident="4JQ9v16wZnz9sv")
    return message(h, alt(text(body, "iso-8859-15"), html(paras(body), "iso-8859-15")))


@mail(n(36), family="offer", lang="en-US", interview=False, company="Snake River Foods",
      days=(("Mon", "2026-11-16"), ("Fri", "2026-10-16")),
      note="Offer letter after the on-site interview, with a fixed orientation time on the start "
           "date (Mon 16 Nov 7:00 AM) and a signing deadline: offer, not an interview.")
def m_offer() -> bytes:
    body = t("""
        Kyle,

        On behalf of Snake River Foods, I'm pleased to offer you the position of Automation & Data Engineer in our Digital & Automation group, reporting to Rick Haldane.

        Base salary: $118,000 per year
        Annual bonus target: 10%
        Relocation: not applicable
        Proposed start date: Monday, November 16, 2026
        First day: new-hire orientation at 7:00 AM, Nampa plant training room (enter through the main guard shack)

        Your formal offer letter is attached in our HR portal. Please review and sign by Friday, October 16. This offer is contingent on a background check and a pre-employment drug screen.

        We all enjoyed meeting you last week, and Rick is hoping you'll say yes.

        Warm regards,
        Tamsin Greer
        HR Business Partner | Snake River Foods
        208-555-0131
        """)
    when = "2026-10-09 16:20:33"
    h = head(addr("Tamsin Greer", "tamsin.greer@snakeriverfoods.com"),
             "Offer of employment \u2013 Automation & Data Engineer", when, BOI,
             "<SN6PR08MB4127F5E6D7C8B9A0F1E2D3C4B5A6@SN6PR08MB4127.namprd08.prod.outlook.com>",
             relay="mail-bn1nam02on2060.outbound.protection.outlook.com [40.107.212.60]",
             ident="4J1Ds35mGpz9sw")
    return message(h, alt(text(body, "windows-1252"),
                          html(paras(body, "font-family:Calibri,sans-serif;font-size:11pt"), "windows-1252")))


@mail(n(37), family="application_receipt", lang="en-US", interview=False, company="Kestrel Analytics",
      note="Personio application receipt ('if there is a fit we will invite you to an interview'): "
           "no interview arranged.")
def m_receipt() -> bytes:
    body = t("""
        Hi Kyle,

        Thank you for applying for the position "Senior Manufacturing Data Scientist (Remote - US Mountain/Pacific)" at Kestrel Analytics!

        We have received your application and our team will review it carefully over the next two weeks. If your profile is a fit, we will reach out to invite you to a first interview with our hiring manager.

        In the meantime, feel free to learn more about how we work: https://kestrel-analytics.com/life

        Best regards,
        Your Kestrel Analytics Recruiting Team

        ---
        This email was sent automatically by Personio. Please do not reply.
        Data privacy: https://kestrel-analytics.jobs.personio.com/privacy-policy
        """)
    when = "2026-09-03 12:06:58"
    h = head(addr("Kestrel Analytics", "noreply@mail.personio.de"),
             "Thank you for your application \u2013 Kestrel Analytics", when, CT,
             "<personio.9d8e7f6a5b4c.application-received@mail.personio.de>",
             relay="mail-out-2.personio.de (mail-out-2.personio.de [185.125.25.12])",
             ident="4HnF3c95Lbz9sx")
    return message(h, alt(text(body, cte="base64"), html(paras(body), cte="base64")))


@mail(n(38), family="job_alert", lang="en-US", interview=False, company=None,
      note="JOIN job alert listing openings (one advertises 'interviews this week'): no interview.")
def m_job_alert() -> bytes:
    body = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;background:#f6f7f9;margin:0">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">
        <p style="font-size:20px;font-weight:600">7 new jobs for &ldquo;Yield Engineer&rdquo; near Boise, ID</p>
        <p>Hi Kyle, here are the newest matches for your job alert.</p>
        <table cellpadding="8" width="100%" style="border-collapse:collapse;font-size:14px">
        <tr style="border-bottom:1px solid #eee"><td><b>Yield Engineer II</b><br>Sawtooth Memory Technologies &middot; Boise, ID &middot; Full-time</td><td align="right"><a href="https://join.com/r/8812301">View job</a></td></tr>
        <tr style="border-bottom:1px solid #eee"><td><b>Process Data Engineer</b><br>Snake River Foods &middot; Nampa, ID &middot; Full-time</td><td align="right"><a href="https://join.com/r/8812377">View job</a></td></tr>
        <tr style="border-bottom:1px solid #eee"><td><b>Test Engineer (Contract)</b><br>Summit Talent Partners &middot; Boise, ID &middot; Contract &middot; <span style="color:#0a7d3b">Hiring fast: interviews this week</span></td><td align="right"><a href="https://join.com/r/8812402">View job</a></td></tr>
        <tr style="border-bottom:1px solid #eee"><td><b>Metrology Engineer</b><br>Inland Northwest Materials &middot; Spokane Valley, WA</td><td align="right"><a href="https://join.com/r/8812455">View job</a></td></tr>
        <tr style="border-bottom:1px solid #eee"><td><b>Manufacturing Analytics Engineer</b><br>Bitterroot Medical Devices &middot; Salt Lake City, UT</td><td align="right"><a href="https://join.com/r/8812460">View job</a></td></tr>
        <tr style="border-bottom:1px solid #eee"><td><b>Sr. Yield Analytics Engineer</b><br>Puget Metrology &middot; Seattle, WA (Hybrid)</td><td align="right"><a href="https://join.com/r/8812491">View job</a></td></tr>
        <tr><td><b>Quality Engineer</b><br>Treasure Valley Health &middot; Boise, ID</td><td align="right"><a href="https://join.com/r/8812503">View job</a></td></tr>
        </table>
        <p style="font-size:12px;color:#888">You receive this email because you created a job alert on JOIN. <a href="https://join.com/alerts/unsubscribe?t=Zk92">Unsubscribe</a></p>
        </div></body></html>
        """)
    when = "2026-09-08 06:00:14"
    h = head(addr("JOIN", "alerts@join.com"), "7 new jobs for \u201cYield Engineer\u201d near Boise, ID",
             when, "UTC", "<join.alert.4f7a9c2e1b3d.20260908@join.com>",
             relay="o7.ptr1942.join.com (o7.ptr1942.join.com [149.72.201.40])",
             ident="4HqS2x01Ybz9sy",
             extra=(("List-Unsubscribe", "<https://join.com/alerts/unsubscribe?t=Zk92>"),
                    ("Precedence", "bulk")))
    return message(h, html(body))


@mail(n(39), family="mailing_list", lang="en-US", interview=False, company=None,
      note="Google Groups digest of a local engineers' list: members mention their own interviews "
           "('my final round at Wasatch is Tuesday at 10'); list mail, not the candidate's "
           "interview.")
def m_list_digest() -> bytes:
    body = t("""
        Treasure Valley Semiconductor Professionals
        https://groups.google.com/g/tvsp-members

        Today's topic summary
        Group: tvsp-members@googlegroups.com

        - Wasatch Silicon onsite - anyone been? [2 updates]
        - Nov meetup: resume teardown night [1 update]

        ======================================================================
        Topic: Wasatch Silicon onsite - anyone been?
        ======================================================================

        Trent Okafor <trent.okafor@gmail.com>: Oct 29 06:41PM -0600

        My final round at Wasatch is Tuesday at 10. Anyone know who's on the yield panel these days? Also is it still a drive-down-the-night-before kind of thing from Boise or can you do it same day?

        ----------------------------------------------------------------------

        Shauna Whitfield <swhitfield@example.net>: Oct 29 08:02PM -0600

        Did mine in August. Tobias ran it, very friendly, lots of wafer-map questions. Drive down the night before, I-84 can be ugly in November.

        ======================================================================
        Topic: Nov meetup: resume teardown night
        ======================================================================

        Lori Baptiste <lori.baptiste@gmail.com>: Oct 29 09:15PM -0600

        Reminder: Thursday 11/12, 6:30 PM at the Payette Brewing back room. Bring two printed copies of your resume. Pizza on the group.

        ----------------------------------------------------------------------

        You received this digest because you're subscribed to updates for this group. You can change your settings on the group membership page.
        To unsubscribe from this group and stop receiving emails from it send an email to tvsp-members+unsubscribe@googlegroups.com.
        """)
    when = "2026-10-30 04:07:21"
    h = head(addr("tvsp-members@googlegroups.com", "tvsp-members@googlegroups.com"),
             "[tvsp-members] Digest for tvsp-members@googlegroups.com - 3 updates in 2 topics", when, "UTC",
             "<000000000000a1b2c3d4e5f60718@google.com>",
             relay="mail-yb1-f199.google.com (mail-yb1-f199.google.com [209.85.219.199])",
             ident="4JBQ0x63Fdz9sz",
             to="Digest recipients <tvsp-members@googlegroups.com>",
             extra=(("List-ID", "<tvsp-members.googlegroups.com>"),
                    ("List-Archive", "<https://groups.google.com/group/tvsp-members>"),
                    ("List-Unsubscribe", "<mailto:googlegroups-manage+8812004+unsubscribe@googlegroups.com>"),
                    ("Precedence", "list"),
                    ("Mailing-list", "list tvsp-members@googlegroups.com; contact tvsp-members+owners@googlegroups.com")))
    return message(h, text(body, cte="7bit", params="delsp=yes; format=flowed"))


@mail(n(40), family="self_schedule_link", lang="en-US", interview=False, company="Juniper Ridge Energy",
      days=(("Mon", "2026-10-26"), ("Tue", "2026-10-27")),
      note="Recruitee self-scheduling request listing open slots (Mon 26 / Tue 27 Oct, Pacific) "
           "and a 'pick a time' link: nothing confirmed yet.")
def m_pick_slot() -> bytes:
    body = t("""
        Hi Kyle,

        Thanks for your application for Reliability Data Analyst at Juniper Ridge Energy! We'd like to invite you to a 30-minute video interview with our hiring manager, Wes Aldana.

        Please pick a time that works for you using the link below. Open slots next week (Pacific Time):

        Monday, October 26: 9:00 AM, 10:30 AM, 1:00 PM
        Tuesday, October 27: 8:30 AM, 1:00 PM, 3:30 PM

        Pick a time: https://juniperridgeenergy.recruitee.com/o/reliability-data-analyst/schedule/e61f0a

        The slots are first come, first served. Once you choose, you'll receive a confirmation with the video link.

        Best,
        The Juniper Ridge Energy Talent Team
        Spokane, WA
        """)
    when = "2026-10-21 09:32:40"
    h = head(addr("Juniper Ridge Energy", "juniperridgeenergy@mail.recruitee.com"),
             "Schedule your interview \u2013 Reliability Data Analyst", when, PT,
             "<recruitee.e61f0a.schedule.20261021@mail.recruitee.com>",
             relay="mail-out.recruitee.com (mail-out.recruitee.com [35.157.4.21])",
             ident="4J5Tp09vHwz9t0")
    return message(h, alt(text(body), html(paras(body, "font-family:Lato,Arial,sans-serif"))))


@mail(n(41), family="recruiter_outreach", lang="en-US", interview=False, company="Pinnacle Technical Staffing",
      note="Agency cold outreach asking whether the candidate is open to a quick call 'this week', "
           "no time fixed.")
def m_outreach() -> bytes:
    body = t("""
        Hi Kyle,

        I came across your profile and noticed your DRAM probe and wafer-sort yield background. I'm working on two openings that look like a strong fit:

        1. Yield Integration Engineer - Salt Lake City area, direct hire, $125-145k
        2. Product/Test Engineer - remote (Pacific or Mountain time), contract-to-hire

        Are you open to a quick call this week to chat about what you're looking for? Happy to work around your schedule - early mornings and evenings are fine.

        Best,
        Heather Quist
        Technical Recruiter | Pinnacle Technical Staffing
        801-555-0193
        """)
    when = "2026-11-09 10:18:05"
    h = head(addr("Heather Quist", "hquist@pinnacletechstaffing.com"),
             "Yield roles in SLC + remote - open to a quick chat?", when, SLC,
             "<MN2PR05MB6734C3D2E1F0A9B8C7D6E5F4A3B2@MN2PR05MB6734.namprd05.prod.outlook.com>",
             relay="NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2093.outbound."
                   "protection.outlook.com [40.107.243.93])",
             ident="4JHm8c27Qxz9t1")
    htm = paras(body, "font-family:Calibri,sans-serif;font-size:11pt")
    return message(h, alt(text(body, "iso-8859-1"), html(htm, "iso-8859-1")))


@mail(n(42), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Clinic appointment reminder from a patient portal (Wed 16 Sep 8:15 AM): fixed time, "
           "not an interview.")
def m_doctor() -> bytes:
    body = t("""
        Boise Foothills Family Medicine

        Appointment Reminder

        Kyle A., you have an upcoming appointment:

        Wednesday, September 16, 2026 at 8:15 AM
        Provider: Naomi Fairweather, MD
        Visit type: Annual physical (fasting labs)
        Location: 2100 N. 15th St., Suite 300, Boise, ID 83702

        Please arrive 10 minutes early and do not eat or drink anything except water after midnight.

        Confirm, cancel or reschedule in the patient portal: https://portal.bffm-health.com/appointments

        This is an automated message. Please do not reply.
        """)
    when = "2026-09-09 17:00:03"
    h = head(addr("Boise Foothills Family Medicine", "noreply@bffm-health.com"),
             "Appointment reminder: Wed, Sep 16 at 8:15 AM", when, BOI,
             "<appt-rem.55410923.20260909@bffm-health.com>",
             relay="mta5.bffm-health.com (mta5.bffm-health.com [198.51.100.15])",
             ident="4HrC6w21Jpz9t2")
    return message(h, alt(text(body), html(paras(body, "font-family:Arial,sans-serif"))))


@mail(n(43), family="current_job_event", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-10-30"),),
      note="Exchange invitation at the current employer: the yield team's farewell lunch for the "
           "engineers leaving in the layoff (Fri 30 Oct 11:30 AM): team event, not an interview.")
def m_team_lunch() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>When: Friday, October 30, 2026 11:30 AM-1:00 PM (UTC-07:00) Mountain Time (US &amp; Canada).<br>
        Where: Sawtooth Grill, 1207 W. State St. (back patio, heaters on)</p>
        <p>Team,</p>
        <p>Friday the 30th is the last day for Kyle, Ingrid and Paolo. Let&#8217;s send them off properly &#8211; lunch is on the department. Please accept/decline so I can give the restaurant a headcount by Wednesday.</p>
        <p>Fab 2 stand-up is cancelled that morning.</p>
        <p>Gary<br>Gary Lindholm | Manager, Yield Engineering | Tamarack Microsystems</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_MST_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Lindholm, Gary":mailto:Gary.Lindholm@tamarackmicro.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Anderberg, Kyle":mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Moretti, Paolo":mailto:Paolo.Moretti@tamarackmicro.com
SUMMARY;LANGUAGE=en-US:Send-off lunch: Kyle\\, Ingrid & Paolo
DTSTART;TZID=Mountain Standard Time:20261030T113000
DTEND;TZID=Mountain Standard Time:20261030T130000
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC0100000000000000001000000055AA
DTSTAMP:20261022T200518Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Sawtooth Grill\\, 1207 W. State St.
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-22 14:05:18"
    h = head(addr("Lindholm, Gary", "Gary.Lindholm@tamarackmicro.com"),
             "Send-off lunch: Kyle, Ingrid & Paolo", when, BOI,
             "<PH0PR14MB55208A9B0C1D2E3F4A5B6C7D8E9F@PH0PR14MB5520.namprd14.prod.outlook.com>",
             relay="NAM02-SN1-obe.outbound.protection.outlook.com (mail-sn1nam02on2130.outbound."
                   "protection.outlook.com [40.107.96.130])",
             ident="4J6Lq84cWtz9t3",
             extra=(("Content-Language", "en-US"),))
    return message(h, alt(html(body), calendar(ics, cte="base64")))


@mail(n(44), family="webinar", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Zoom webinar registration 'Acing the technical interview for process & yield engineers' "
           "(Thu 29 Oct 11:00 AM Mountain, ICS attached): a webinar about interviews, not one.")
def m_webinar() -> bytes:
    body = t("""
        Hi Kyle,

        Thank you for registering for "Acing the Technical Interview: Process & Yield Engineers".

        Please submit any questions to: events@mwsemi.org

        Date Time: Oct 29, 2026 11:00 AM Mountain Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://mwsemi.zoom.us/w/86611230945?tk=Qm9pc2VXZWJpbmFy

        Passcode: 772310

        Add to Calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        Description: Hiring managers from three Intermountain fabs walk through real technical interview questions (yield excursions, DOE, SPC) and take questions from the audience. Hosted by the Mountain West Semiconductor Association careers committee.

        You can cancel your registration at any time.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20261019T183244Z
DTSTART:20261029T170000Z
DTEND:20261029T180000Z
SUMMARY:Acing the Technical Interview: Process & Yield Engineers
UID:20261019T183244Z-86611230945@fe80:0:0:0:4f1:abcd:ef01:2345ens5
DESCRIPTION:Webinar - Mountain West Semiconductor Association
LOCATION:https://mwsemi.zoom.us/w/86611230945
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-19 12:32:44"
    h = head(addr("Mountain West Semiconductor Association", "no-reply@zoom.us"),
             "Acing the Technical Interview: Process & Yield Engineers Confirmation", when, BOI,
             "<ZoomWebinar.86611230945.reg.a7f2c1@zoom.us>",
             relay="mailout2.zoom.us (mailout2.zoom.us [170.114.10.76])",
             ident="4J4Rw73dJbz9t4",
             extra=(("Reply-To", "events@mwsemi.org"),))
    return message(h, mixed(alt(text(body), html(paras(body, "font-family:Lato,Arial,sans-serif"))),
                            calendar(ics, method=None, ctype="application/ics", filename="ZoomWebinar.ics",
                                     disposition="attachment", name_param=True)))


@mail(n(45), family="auto_reply", lang="en-US", interview=False, company="Cascadia Photonics",
      days=(("Mon", "2026-09-21"),),
      note="Out-of-office auto-reply from the recruiter to the candidate's reply about the moved "
           "interview (quotes no new time, says back Mon 21 Sep): auto-reply, no confirmation.")
def m_ooo() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office from Monday, September 14 through Friday, September 18 with limited access to email, returning Monday, September 21.

        If your message is about an interview that is already on the calendar, no action is needed - your interviewers have the details. For anything urgent about interview scheduling, please contact recruiting@cascadiaphotonics.com.

        Dana Whitcomb
        Technical Recruiter | Cascadia Photonics
        """)
    when = "2026-09-14 07:48:10"
    h = head(addr("Dana Whitcomb", "dana.whitcomb@cascadiaphotonics.com"),
             "Automatic reply: Updated: Your interview with Cascadia Photonics has a new time", when, PT,
             "<BYAPR04MB5911E7F8A9B0C1D2E3F4A5B6C7D8@BYAPR04MB5911.namprd04.prod.outlook.com>",
             relay="NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2117.outbound."
                   "protection.outlook.com [40.107.100.117])",
             ident="4HsJ1d54Rmz9t5",
             extra=(("Auto-Submitted", "auto-replied"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "dana.whitcomb@cascadiaphotonics.com"),
                    ("In-Reply-To", "<CAF7k2Qs5wK1@mail.example.org>"),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(body), html(paras(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


@mail(n(46), family="bounce", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Delivery-failure report (multipart/report) for the candidate's own reply confirming "
           "'Tuesday Dec 8 at 10:30 MST' to a mistyped recruiter address: a bounce, not a "
           "confirmation from the employer.")
def m_bounce() -> bytes:
    orig = message([
        ("From", KYLE),
        ("To", "Alan Pruitt <alan.pruit@greatbasinsemi.com>"),
        ("Subject", "Re: Interview Invitation - Field Yield Applications Engineer (26000918)"),
        ("Date", date("2026-12-03 08:14:26", BOI)),
        ("Message-ID", "<CAF7k2Qt8yB2@mail.example.org>"),
    ], text(t("""
        Hi Alan,

        Thanks for the invitation - confirming Tuesday Dec 8 at 10:30 MST at the Amelia Earhart Dr. site. I'll drive down Monday evening. Should I bring anything besides ID?

        Best,
        Kyle
        """), cte="7bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <alan.pruit@greatbasinsemi.com>: host
            greatbasinsemi-com.mail.protection.outlook.com[52.101.40.11] said: 550 5.4.1
            Recipient address rejected: Access denied. (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4JZw1n7YqKz9t6
        Arrival-Date: Thu,  3 Dec 2026 15:14:27 +0000 (UTC)

        Final-Recipient: rfc822; alan.pruit@greatbasinsemi.com
        Original-Recipient: rfc822;alan.pruit@greatbasinsemi.com
        Action: failed
        Status: 5.4.1
        Remote-MTA: dns; greatbasinsemi-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
        """)
    report = make.multipart("report", text(notice, cte="7bit"),
                            make.raw_part([("Content-Description", "Delivery report"),
                                           ("Content-Type", "message/delivery-status")], status),
                            attached_message(orig), params="report-type=delivery-status")
    when = "2026-12-03 08:14:29"
    h = [("Delivered-To", ME),
         ("Return-Path", "<>"),
         ("From", "Mail Delivery System <MAILER-DAEMON@mx1.example.org>"),
         ("To", ME),
         ("Subject", "Undelivered Mail Returned to Sender"),
         ("Date", date(when, BOI)),
         ("Message-ID", "<20261203151429.4JZw1n7YqKz9t7@mx1.example.org>"),
         ("Auto-Submitted", "auto-replied")]
    return message(h, report)


@mail(n(47), family="parent_teacher", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="School platform confirms a parent-teacher conference slot (Thu 12 Nov 4:15-4:35 PM): "
           "fixed time, not a job interview.")
def m_conference() -> bytes:
    body = t("""
        Cottonwood Creek Elementary

        Conference Confirmed

        Hi Kyle,

        Your parent-teacher conference is confirmed:

        Student: Elsa Anderberg (Grade 3)
        Teacher: Mrs. Joanne Albrecht, Room 14
        Thursday, November 12, 2026, 4:15 PM - 4:35 PM

        Conferences are held in the classroom. Siblings are welcome; the library will have supervised activities until 6 PM. If you need an interpreter, reply to this post.

        View in ParentSquare: https://www.parentsquare.com/schools/4471/conferences/99812

        You are receiving this because you are a parent/guardian at Cottonwood Creek Elementary.
        """)
    when = "2026-11-03 15:40:52"
    h = head(addr("Cottonwood Creek Elementary via ParentSquare", "donotreply@parentsquare.com"),
             "Conference Confirmed: Elsa Anderberg - Thu Nov 12, 4:15 PM", when, BOI,
             "<ps.conf.99812.8830144@parentsquare.com>",
             relay="o3.email.parentsquare.com (o3.email.parentsquare.com [167.89.66.14])",
             ident="4JDv8q31Hnz9t8")
    return message(h, alt(text(body, cte="base64"), html(paras(body, "font-family:Arial,sans-serif"), cte="base64")))


@mail(n(48), family="advisor_meeting", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Credit-union financial advisor confirms a meeting about a 401(k) rollover (Wed 18 Nov "
           "5:30 PM, ICS attached): fixed time, not an interview.")
def m_advisor() -> bytes:
    body = t("""
        Hi Kyle,

        Thanks for calling this morning. You're booked with me on Wednesday, November 18 at 5:30 PM at our Overland branch to go over rolling your Tamarack 401(k) into an IRA and to look at your emergency fund while you're between jobs.

        Bring your most recent 401(k) statement and, if you have it, the plan's distribution paperwork. We'll have about an hour. I've attached a calendar invite.

        Jared Nakamura, CFP\u00ae
        Financial Advisor, Gem Valley Credit Union
        Overland Branch | 208-555-0158
        Securities offered through a registered broker-dealer, member FINRA/SIPC. Not NCUA insured.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_MST_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Jared Nakamura":mailto:jnakamura@gemvalleycu.org
ATTENDEE;CN=Kyle Anderberg;RSVP=TRUE:mailto:{ME}
DTSTART;TZID=Mountain Standard Time:20261118T173000
DTEND;TZID=Mountain Standard Time:20261118T183000
SUMMARY:Retirement rollover review - Kyle Anderberg
LOCATION:Gem Valley CU - Overland Branch
UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC0100000000000000001000000077EE
DTSTAMP:20261110T162211Z
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    when = "2026-11-10 09:22:11"
    h = head(addr("Jared Nakamura", "jnakamura@gemvalleycu.org"),
             "Rollover review \u2013 Wed 11/18 5:30 PM", when, BOI,
             "<DM8PR19MB5305B4C5D6E7F8A9B0C1D2E3F4A5@DM8PR19MB5305.namprd19.prod.outlook.com>",
             relay="NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2135.outbound."
                   "protection.outlook.com [40.107.237.135])",
             ident="4JHy5k19Fwz9t9")
    return message(h, mixed(alt(text(body), html(paras(body, "font-family:Calibri,sans-serif;font-size:11pt"))),
                            calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(49), family="post_interview", lang="en-US", interview=False, company="Wasatch Silicon",
      days=(("Tue", "2026-11-03"),),
      note="Recruiter's reply to the candidate's thank-you after the on-site ('thanks for coming "
           "down Tuesday ... in touch by the end of next week'): past interview, nothing scheduled.")
def m_post_interview() -> bytes:
    body = t("""
        Hi Kyle,

        Thanks for the kind note, and for making the drive down on Tuesday \u2013 Tobias and Grace both said they enjoyed the conversation, especially the wafer-map clustering discussion.

        We're finishing the last two interviews for the role this week and expect to have a decision by the end of next week. I'll reach out either way.

        Best,
        Camille

        Camille Rasband | Recruiting | Wasatch Silicon

        On Wed, Nov 4, 2026 at 7:52 PM Kyle Anderberg <kyle.anderberg@example.org> wrote:
        > Hi Camille,
        >
        > Thank you for organizing Tuesday's interview (Nov 3). I really enjoyed meeting Tobias and Grace and seeing the defect review setup.
        >
        > Kyle
        """)
    when = "2026-11-05 10:11:37"
    h = head(addr("Camille Rasband", "camille.rasband@wasatchsilicon.com"),
             "Re: Thank you \u2013 Yield Engineer III interview", when, SLC,
             "<CAGq7Yt3mN9bV2cX5zL8kJ1hG4fD6sA0@mail.gmail.com>",
             relay="mail-lj1-f171.google.com (mail-lj1-f171.google.com [209.85.208.171])",
             ident="4JFj0s27Npz9ta",
             extra=(("In-Reply-To", "<CAF7k2Qu2zC6@mail.example.org>"),))
    return message(h, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(50), family="personal_coffee", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-10-24"),),
      note="Former manager (now at another company) confirms coffee Sat 24 Oct at 9, explicitly "
           "'not a recruiting thing': personal meeting, no role discussed.")
def m_coffee() -> bytes:
    body = t("""
        Yes! Sat 10/24 at 9 at Big Ridge Coffee on 8th works. And to be clear this isn't a recruiting thing, we're not hiring anything close to yield right now, I just want to hear how you're doing and hear about the kids. First round's on me.

        Deb

        On Thu, Oct 22, 2026 at 8:31 PM Kyle Anderberg <kyle.anderberg@example.org> wrote:
        > Deb, would love to catch up. Saturday morning? Any place downtown works.
        """)
    when = "2026-10-22 21:04:50"
    h = head(addr("Deb Sorensen", "deb.sorensen@aldercreekbio.com"),
             "Re: coffee?", when, BOI, "<CAHs8Ut4nP1qR3wT6yV9xZ2bC5dE7fG0@mail.gmail.com>",
             relay="mail-vk1-f176.google.com (mail-vk1-f176.google.com [209.85.221.176])",
             ident="4J6Xm42rDqz9tb")
    return message(h, text(body, cte="quoted-printable"))
