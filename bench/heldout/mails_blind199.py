"""blind199: 50 hand-written mails from the inbox of Brandon Okafor, a Tulsa energy-trading software
engineer (America/Chicago), September to mid-December 2026.

Written blind (without reading the detector, its tests, or the other held-out sets) by a helper
session. Keys 1-23 are positives, 24-50 negatives; the file number of the mail written ``key``-th
is ``ORDER[key - 1]``. Build and check with ``python3 bench/heldout/make_blind.py blind199``.
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

ORDER = random.Random(1990199).sample(range(1, 51), 50)

ME = "brandon.okafor@example.org"
TO = addr("Brandon Okafor", ME)
CT = "America/Chicago"
ET = "America/New_York"
MT = "America/Denver"
PT = "America/Los_Angeles"
UTC = "UTC"
LANG = "en-US"

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


def name(key: int) -> str:
    return f"blind199_{ORDER[key - 1]:03d}"


def pos(key: int, *, family: str, kind: str, local: str, zone: str, contact: str | None,
        company: str, note: str, local_end: str | None = None, days: tuple = ()):
    when = local.split(" ", 1)[1]
    return mail(name(key), family=family, lang=LANG, interview=True, company=company, note=note,
                kind=kind, start=utc(when, zone), end=utc(local_end, zone) if local_end else None,
                contact=contact, local=local, local_end=local_end, zone=zone, days=days)


def neg(key: int, *, family: str, company: str | None, note: str, days: tuple = ()):
    return mail(name(key), family=family, lang=LANG, interview=False, company=company, note=note,
                days=days)


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, ident: str,
         to: str = TO, extra: tuple = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then ``extra``."""
    return [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def paras(body: str) -> str:
    """A plain ATS-style HTML twin of a text body: one <p> per paragraph."""
    import html as _h

    out = []
    for block in body.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(_h.escape(x) for x in block.split("\n")) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933\">\n"
            + "\n".join(out) + "\n</body></html>\n")


TEAMS = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
    Meeting ID: {mid}
    Passcode: {pw}
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Or call in (audio only)
    +1 405-555-0147,,{pin}#   United States, Oklahoma City
    Phone Conference ID: {pin}#
    Find a local number<https://dialin.teams.microsoft.com/> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
""")


# =========================================================================== positives (keys 1-23)


@pos(1, family="greenhouse", kind="scheduled", local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00",
     zone=CT, contact="jenna.whitlock@cimarronmidstream.com", company="Cimarron Midstream",
     note="Greenhouse confirmation, 'Tuesday, September 15, 2026, 10:00 AM - 11:00 AM CDT' (UTC-5) = "
          "15:00-16:00Z; ICS agrees (TZID America/Chicago). Contact = human Reply-To recruiter.")
def m01() -> bytes:
    body = t("""
        Hi Brandon,

        Thank you for your interest in Cimarron Midstream! We're excited to confirm your interview for the Software Engineer II - Commercial Systems role.

        Interview details
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 11:00 AM CDT
        Location: Microsoft Teams (the join link is in the attached calendar invitation)

        You'll be meeting with:
        Wes Halvorsen - Manager, Scheduling & Nominations Systems
        Priyanka Dube - Senior Software Engineer

        Expect to walk through a recent project you're proud of, and a conversation about gas nominations, scheduling and the systems behind them. No slides needed.

        If something comes up and you need to reschedule, just reply to this email.

        Best,
        Jenna Whitlock
        Talent Acquisition Partner | Cimarron Midstream
        One Boulder Place, Tulsa, OK 74103
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software Inc//Greenhouse Calendar//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/Chicago"] + "\n" + t("""

        BEGIN:VEVENT
        UID:gh-interview-7731904-2026@greenhouse.io
        DTSTAMP:20260909T142211Z
        DTSTART;TZID=America/Chicago:20260915T100000
        DTEND;TZID=America/Chicago:20260915T110000
        SUMMARY:Interview: Brandon Okafor for Software Engineer II - Commercial Systems
        LOCATION:Microsoft Teams
        DESCRIPTION:Interviewers: Wes Halvorsen\\, Priyanka Dube
        ORGANIZER;CN=Jenna Whitlock:mailto:jenna.whitlock@cimarronmidstream.com
        ATTENDEE;CN=Brandon Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:brandon.okafor@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Cimarron Midstream <no-reply@us.greenhouse-mail.io>",
             "Interview Confirmation: Software Engineer II - Commercial Systems at Cimarron Midstream",
             "2026-09-09 14:22:09", UTC, "<0100019a3c1f2e77-6b1e9d1c-4f2a-4b8e-9d55-0c1e2a7f11aa-000000@email.amazonses.com>",
             relay="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
             ident="4Rk2Qx1mZ0z9",
             extra=(("Reply-To", "Jenna Whitlock <jenna.whitlock@cimarronmidstream.com>"),))
    return message(h, mixed(alt(text(body), html(paras(body) + "<p style=\"color:#888;font-size:11px\">Powered by Greenhouse</p>\n")),
                            calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@pos(2, family="lever", kind="scheduled", local="Wed 2026-09-23 13:00", local_end="2026-09-23 13:45",
     zone=CT, contact="marcus.thibodeaux@bayoucrescent.com", company="Bayou Crescent Energy Trading",
     note="Lever confirmation 'Wednesday, September 23rd, 1:00pm - 1:45pm CDT' (Houston, UTC-5) = 18:00-18:45Z. "
          "From a no-reply Lever address; contact = Reply-To recruiter.")
def m02() -> bytes:
    body = t("""
        Hi Brandon,

        Your interview with Bayou Crescent Energy Trading has been scheduled. Here are the details:

        Position: Software Engineer, Trade Capture & Risk
        When: Wednesday, September 23rd, 1:00pm - 1:45pm CDT
        Where: Zoom - https://bayoucrescent.zoom.us/j/84410235577
        Interviewer: Lionel Batiste, Director of Trading Technology

        Lionel will spend most of the time on your experience with ETRM platforms (Endur, Allegro or in-house) and how you've handled end-of-day P&L runs. Have a code editor handy; there may be a short exercise.

        Please reply to this email if you have any questions or need to make a change.

        Thanks,
        Marcus Thibodeaux
        Recruiting, Bayou Crescent Energy Trading
        Houston, TX
    """)
    h = head("Bayou Crescent Energy Trading <no-reply@hire.lever.co>",
             "Interview scheduled: Software Engineer, Trade Capture & Risk",
             "2026-09-17 16:40:51", UTC, "<lever-5f1d0c22-8a3b-4c6e-b0a4-12f9a6e0d3c1@hire.lever.co>",
             relay="from o1.hire.lever.co (o1.hire.lever.co [167.89.101.15])", ident="4Rm7Tp0qYy1a",
             extra=(("Reply-To", "Marcus Thibodeaux <marcus.thibodeaux@bayoucrescent.com>"),
                    ("X-Mailer", "Lever")))
    return message(h, alt(text(body, cte="7bit"), html(paras(body), cte="quoted-printable")))


@pos(3, family="ashby", kind="scheduled", local="Thu 2026-10-01 09:30", local_end="2026-10-01 10:15",
     zone=PT, contact="sofia@gridlinelabs.io", company="Gridline Labs",
     note="Ashby (San Francisco, remote role): 'Thursday, October 1, 2026, 9:30 AM - 10:15 AM PDT' = 16:30-17:15Z "
          "(11:30 Central). ICS in UTC agrees. Contact = Reply-To recruiter.")
def m03() -> bytes:
    body = t("""
        Hi Brandon,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 1, 2026, 9:30 AM - 10:15 AM PDT
        Google Meet: https://meet.google.com/qzt-hbnd-wxe

        You'll meet with:
          Arjun Mehta - Staff Engineer, Market Data
          Caroline Voss - Engineering Manager, Settlements

        This is a 45-minute technical conversation about building reliable ingestion for ISO market data (we use a lot of CAISO and ERCOT feeds). No leetcode.

        Questions? Just reply and it will reach Sofia Marchetti.

        Thanks,
        Gridline Labs Recruiting
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ashby-4c9d1e0a-71b3-4f0e-a6de-93c2f1b0e5d4
        DTSTAMP:20260925T221004Z
        DTSTART:20261001T163000Z
        DTEND:20261001T171500Z
        SEQUENCE:0
        SUMMARY:Gridline Labs - Senior Software Engineer\\, Data Platform Interview
        LOCATION:https://meet.google.com/qzt-hbnd-wxe
        ORGANIZER;CN=Sofia Marchetti:mailto:sofia@gridlinelabs.io
        ATTENDEE;CN=Brandon Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:brandon.okafor@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Gridline Labs <no-reply@ashbyhq.com>",
             "Interview confirmed: Senior Software Engineer, Data Platform at Gridline Labs",
             "2026-09-25 22:10:04", UTC, "<010001928f3a77c1-d2a9e8b3-5c11-4e5f-b2d0-7e3f1a9c4b60-000000@email.amazonses.com>",
             relay="from a8-55.smtp-out.amazonses.com (a8-55.smtp-out.amazonses.com [54.240.8.55])",
             ident="4Rq1Lw3nXv2b",
             extra=(("Reply-To", "Sofia Marchetti <sofia@gridlinelabs.io>"),))
    return message(h, mixed(alt(text(body, cte="base64"), html(paras(body), cte="base64")),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@pos(4, family="workday", kind="scheduled", local="Wed 2026-10-07 14:00", local_end="2026-10-07 15:00",
     zone=CT, contact="kendra.bishop@chisholmtrailenergy.com", company="Chisholm Trail Energy",
     note="Workday HTML-only (base64): 'Interview Date: 10/07/2026', '2:00 PM - 3:00 PM Central Daylight Time' "
          "(Oklahoma City, UTC-5) = 19:00-20:00Z. Sender is the tenant's myworkday address; contact = the "
          "coordinator's address in the body.")
def m04() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f2f4f7">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f7"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://wd5.myworkdaycdn.com/chisholmtrail/logo.png" alt="Chisholm Trail Energy" width="180"><br><br>
        Dear Brandon Okafor,<br><br>
        Thank you for your continued interest in the <b>Software Developer - Energy Marketing Applications (R-0048812)</b> position with Chisholm Trail Energy.
        We are pleased to confirm your interview as follows:<br><br>
        <table cellpadding="4" cellspacing="0" style="font-size:14px">
        <tr><td><b>Interview Date:</b></td><td>10/07/2026</td></tr>
        <tr><td><b>Interview Time:</b></td><td>2:00 PM - 3:00 PM Central Daylight Time</td></tr>
        <tr><td><b>Interview Type:</b></td><td>In Person - Panel</td></tr>
        <tr><td><b>Location:</b></td><td>Chisholm Trail Tower, 14th Floor<br>210 W Sheridan Ave, Oklahoma City, OK 73102</td></tr>
        <tr><td><b>Panel:</b></td><td>Scott Pendleton, Rhonda Kaye, Victor Luong</td></tr>
        </table><br>
        Please bring a government-issued photo ID to check in with lobby security. Visitor parking is available in the garage on Hudson Ave.<br><br>
        If you have questions before your interview, please contact Kendra Bishop at
        <a href="mailto:kendra.bishop@chisholmtrailenergy.com">kendra.bishop@chisholmtrailenergy.com</a>.<br><br>
        Sincerely,<br>
        Talent Acquisition<br>Chisholm Trail Energy
        </td></tr>
        <tr><td style="font-size:11px;color:#999">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table></td></tr></table>
        </body></html>
    """)
    h = head("Chisholm Trail Energy <chisholmtrail@myworkday.com>",
             "Interview Confirmation - Software Developer - Energy Marketing Applications",
             "2026-10-01 10:31:17", CT, "<1962451187.44810.1790868677340@wd5-prvo-esb.myworkday.com>",
             relay="from wd5-smtp-out3.myworkday.com (wd5-smtp-out3.myworkday.com [216.136.176.13])",
             ident="4Rv0Bn5cQk8d")
    return message(h, html(body, cte="base64"))


@pos(5, family="human_prose", kind="scheduled", local="Wed 2026-10-14 14:00", zone=CT,
     contact="rdelacroix@skytrainaero.com", company="Skytrain Aero Services",
     note="Phone-written reply from the MRO shop's software lead, sent Tue 13 Oct 08:15 CDT: 'tomorrow at 2' = "
          "Wed 14 Oct 14:00 CDT = 19:00Z. No length given -> end null. Contact = human sender.",
     days=(("Wed", "2026-10-14"),))
def m05() -> bytes:
    body = t("""
        Brandon -

        tomorrow at 2 works for us, your on. Come to Hangar 4 (the big blue one on the east side of the field, 7400 N Mingo Rd) and ask for me at the front desk, they'll have a visitor badge ready. Its me, our QA manager Dottie Reyes and one of the avionics leads. Mostly we want to talk about the maintenance tracking system and how you'd get us off the Access databases lol.

        Wear closed toe shoes, we'll walk the floor.

        Rusty

        Sent from my iPhone

        > On Oct 12, 2026, at 9:47 PM, Brandon Okafor <brandon.okafor@example.org> wrote:
        >
        > Hi Rusty, thanks for the call today. I can come by Wednesday afternoon any time after 1, or Thursday morning. Let me know what works best.
        >
        > Brandon
    """)
    h = head("Rusty Delacroix <rdelacroix@skytrainaero.com>", "Re: Software Developer - MRO systems",
             "2026-10-13 08:15:40", CT, "<A7C1E0F2-9B3D-4E61-8C2A-5D7F1B9E0A44@skytrainaero.com>",
             relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", ident="4RxTq2c9Hm3f",
             extra=(("In-Reply-To", "<CAF7p1oZ2+Q8kd@mail.example.org>"),
                    ("References", "<CAF7p1oZ2+Q8kd@mail.example.org>"),
                    ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@pos(6, family="exchange_outlook", kind="scheduled", local="Tue 2026-10-20 10:00", local_end="2026-10-20 11:30",
     zone=CT, contact="tbearpaw@krnation.org", company="Kiamichi River Nation",
     note="Exchange meeting request from the tribal nation's IT department; the body has no date at all, the time "
          "is only in the ICS: DTSTART;TZID=Central Standard Time 20261020T100000 (CDT, UTC-5) = 15:00-16:30Z. "
          "Contact = human organizer/sender.")
def m06() -> bytes:
    teams = TEAMS.format(tid="ZDk4NzEyYzAtNWI3Ny00ZjYxLWE4ZTktYjE0MmUyYzY1OTQw", mid="284 611 907 552",
                         pw="Vq7Kp3", pin="611 044 829")
    body = t("""
        Good morning Brandon,

        Please accept this invite for your panel interview for the Systems Integration Developer position (Posting #IT-26-031) with the Kiamichi River Nation Department of Information Technology. The panel will be Joel Tiger (IT Director), Carla Shomo (Applications Manager) and myself.

        You may join by Teams or come to the Tribal Complex, Building C, 2nd floor conference room, if you'd prefer to meet in person. Please bring a copy of your CDIB or tribal membership card if you are claiming Native American preference.

        Thank you,

        Tonya Bearpaw
        HR Generalist | Human Resources
        Kiamichi River Nation
        (918) 555-0182

    """) + "\n" + teams
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""

        BEGIN:VEVENT
        ORGANIZER;CN=Tonya Bearpaw:mailto:tbearpaw@krnation.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Okafor:mailto:brandon.okafor@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Joel Tiger:mailto:jtiger@krnation.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carla Shomo:mailto:cshomo@krnation.org
        DESCRIPTION;LANGUAGE=en-US:Good morning Brandon\\,\\n\\nPlease accept this invite for your panel interview for the Systems Integration Developer position.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0F3C2A1E05BDD01000000000000000010000000C3D9E4A7F1B2C84B9E0D6A5F3C2B1A90
        SUMMARY;LANGUAGE=en-US:Panel Interview - Brandon Okafor - Systems Integration Developer
        DTSTART;TZID=Central Standard Time:20261020T100000
        DTEND;TZID=Central Standard Time:20261020T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261014T160244Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting; Tribal Complex Bldg C - 2nd Floor Conf Rm
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118405521
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationSource":0}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
    """)
    import html as _h
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
           "<div style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
           + "".join(f"<p class=\"MsoNormal\">{_h.escape(x) if x else '&nbsp;'}</p>\n" for x in body.split("\n"))
           + "</div></body></html>\n")
    h = head("Tonya Bearpaw <tbearpaw@krnation.org>",
             "Panel Interview - Brandon Okafor - Systems Integration Developer",
             "2026-10-14 11:02:44", CT, "<SJ0PR09MB6612A4C1D77E2B0F44C19A2FB9D22@SJ0PR09MB6612.namprd09.prod.outlook.com>",
             relay="from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2118.outbound.protection.outlook.com [40.107.93.118])",
             ident="4S0Lm8Dd2r4g",
             extra=(("Thread-Topic", "Panel Interview - Brandon Okafor - Systems Integration Developer"),
                    ("Thread-Index", "AdtC9aQ7v1mF0c3xS9a2Lw1bZk0RyA=="),
                    ("Accept-Language", "en-US"),
                    ("Content-Language", "en-US"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""),
                    ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAACw88Kh4FvdAQAAAAAAAAAAEAAAAMPZ5Kfxsshr"),
                    ("Content-class", "urn:content-classes:calendarmessage")))
    return message(h, alt(text(body), html(htm), calendar(ics, cte="base64")))


@pos(7, family="google_calendar", kind="scheduled", local="Thu 2026-10-22 11:00", local_end="2026-10-22 12:00",
     zone=MT, contact="eli.sandoval@frontrangepower.com", company="Front Range Power Analytics",
     note="Google Calendar invitation from a Denver organizer: 'Thursday Oct 22, 2026 11am - 12pm (Mountain Time - "
          "Denver)', MDT UTC-6 = 17:00-18:00Z (noon Central). ICS TZID America/Denver agrees. Contact = organizer.")
def m07() -> bytes:
    body = t("""
        Brandon Okafor / Front Range - technical interview
        Thursday Oct 22, 2026 \u22c5 11am \u2013 12pm (Mountain Time - Denver)

        Join with Google Meet
        https://meet.google.com/fkr-pwyd-ajm

        Join by phone
        (US) +1 720-555-0139 PIN: 448 120 933#

        More phone numbers
        https://tel.meet/fkr-pwyd-ajm?pin=8412093310442

        Hi Brandon - this is the 60-minute technical round with me and Mara from our forecasting team. We'll pair on a small Python problem around load forecasts, so have an editor ready. Looking forward to it! -Eli

        Organizer
        Eli Sandoval
        eli.sandoval@frontrangepower.com

        Guests
        Eli Sandoval - organizer
        Mara Lindgren
        brandon.okafor@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWt2cDBoNm

        Reply for brandon.okafor@example.org
        Yes
        No
        Maybe
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=NWt2cDBoNm

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_DENVER + "\n" + t("""

        BEGIN:VEVENT
        DTSTART;TZID=America/Denver:20261022T110000
        DTEND;TZID=America/Denver:20261022T120000
        DTSTAMP:20261015T151204Z
        ORGANIZER;CN=Eli Sandoval:mailto:eli.sandoval@frontrangepower.com
        UID:5kvp0h6q2n4r8s1t3u7w9x0yab@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Eli Sandoval;X-NUM-GUESTS=0:mailto:eli.sandoval@frontrangepower.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mara Lindgren;X-NUM-GUESTS=0:mailto:mara.lindgren@frontrangepower.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=brandon.okafor@example.org;X-NUM-GUESTS=0:mailto:brandon.okafor@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/fkr-pwyd-ajm
        CREATED:20261015T151158Z
        DESCRIPTION:Hi Brandon - this is the 60-minute technical round with me and Mara from our forecasting team.
        LAST-MODIFIED:20261015T151203Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Brandon Okafor / Front Range - technical interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    htm = paras(body).replace("font-size:14px", "font-size:14px;font-family:Roboto,Helvetica,Arial,sans-serif")
    h = head("Eli Sandoval <eli.sandoval@frontrangepower.com>",
             "Invitation: Brandon Okafor / Front Range - technical interview @ Thu Oct 22, 2026 11am - 12pm (MDT) (brandon.okafor@example.org)",
             "2026-10-15 09:12:04", MT, "<calendar-2b7f0d31-6c84-4a59-9e1f-8d0c3a5b7e22@google.com>",
             relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", ident="4S2hN4Fq7s5h",
             extra=(("Reply-To", "Eli Sandoval <eli.sandoval@frontrangepower.com>"),
                    ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(h, mixed(alt(text(body), html(htm), calendar(ics, method="REQUEST")),
                            calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", name_param=True, cte="base64")))


@pos(8, family="calendly", kind="scheduled", local="Mon 2026-11-02 11:30", local_end="2026-11-02 12:15",
     zone=CT, contact="dana.whitfield@sandhilllogistics.com", company="Sandhill Logistics Software",
     note="Calendly invitee confirmation sent Thu 29 Oct in CDT (-0500) for Mon 2 Nov, the day after DST ends: "
          "'11:30am - 12:15pm ... (Central Time - US & Canada)' is CST UTC-6 = 17:30-18:15Z (not 16:30). "
          "Contact = host via Reply-To.")
def m08() -> bytes:
    body = t("""
        Hi Brandon Okafor,

        Your Technical Interview - Senior Backend Engineer (45 min) with Dana Whitfield at 11:30am (Central Time - US & Canada) on Monday, November 2, 2026 is scheduled.

        Event Type:
        Technical Interview - Senior Backend Engineer (45 min)

        Event Date/Time:
        11:30am - 12:15pm, Monday, November 2, 2026 (Central Time - US & Canada)

        Location:
        This is a Zoom web conference. You can join this meeting from your computer, tablet, or smartphone.
        https://us06web.zoom.us/j/89234410517?pwd=bGtXcWZrT2J

        Invitee Email:
        brandon.okafor@example.org

        Host:
        Dana Whitfield

        Questions:
        Anything you'd like us to know before the call?
        I'm in Tulsa, so Central time works best. Happy to share a repo beforehand.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7f2a9c31-0b4d-4e88-a1d6-53c0f9e2b871
        Reschedule: https://calendly.com/reschedulings/7f2a9c31-0b4d-4e88-a1d6-53c0f9e2b871

        Powered by Calendly.com
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7f2a9c31-0b4d-4e88-a1d6-53c0f9e2b871@calendly.com
        DTSTAMP:20261030T011422Z
        DTSTART:20261102T173000Z
        DTEND:20261102T181500Z
        SUMMARY:Technical Interview - Senior Backend Engineer (45 min) between Dana Whitfield and Brandon Okafor
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@sandhilllogistics.com
        ATTENDEE;CN=Brandon Okafor;PARTSTAT=ACCEPTED:mailto:brandon.okafor@example.org
        LOCATION:https://us06web.zoom.us/j/89234410517?pwd=bGtXcWZrT2J
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Calendly <notifications@calendly.com>",
             "Confirmed: Technical Interview - Senior Backend Engineer (45 min) with Dana Whitfield on Monday, November 2, 2026",
             "2026-10-29 20:14:22", CT, "<20261030011422.7f2a9c31.invitee@calendly.com>",
             relay="from o7.email.calendly.com (o7.email.calendly.com [167.89.84.77])", ident="4S9aD7Ju1w6i",
             extra=(("Reply-To", "Dana Whitfield <dana.whitfield@sandhilllogistics.com>"),))
    return message(h, mixed(alt(text(body), html(paras(body))),
                            calendar(ics, method=None, filename="invite.ics", disposition="attachment")))


@pos(9, family="goodtime", kind="scheduled", local="Thu 2026-11-12 10:00", local_end="2026-11-12 12:30",
     zone=ET, contact="abrennan@hudsontidewater.com", company="Hudson Tidewater Capital",
     note="GoodTime itinerary for a New York fund: three back-to-back sessions 10:00 AM - 12:30 PM EST on Thursday, "
          "November 12 (EST UTC-5 after 1 Nov) = 15:00-17:30Z, first start to last end; the mail also shows "
          "9:00-11:30 AM CST. No ICS. Contact = coordinator in Reply-To.")
def m09() -> bytes:
    body = t("""
        Hi Brandon,

        Thanks for making time to interview with Hudson Tidewater Capital. Your virtual onsite is confirmed. Below is your itinerary; all times are Eastern.

        Thursday, November 12, 2026
        (9:00 AM - 11:30 AM CST your time)

        10:00 AM - 10:45 AM EST   Coding: Trade lifecycle & event sourcing
                                  Nikhil Rao, Senior Engineer
        11:00 AM - 11:45 AM EST   System design: Real-time position service
                                  Hannah Okoye, Principal Engineer
        11:45 AM - 12:30 PM EST   Conversation with the hiring manager
                                  Thomas Wexler, Head of Commodities Technology

        All sessions use the same Zoom room:
        https://hudsontidewater.zoom.us/j/93015528840

        A few tips: use a laptop rather than a phone, and have a quiet place for the full 2.5 hours. You'll get a 15-minute break between the first two sessions.

        If anything changes on your end, reply to this message and I'll take care of it.

        Best regards,
        Alexis Brennan
        Recruiting Coordinator, Hudson Tidewater Capital
        450 Park Avenue, New York, NY

        Scheduled with GoodTime
    """)
    h = head("Alexis Brennan via GoodTime <notifications@goodtime.io>",
             "Your interview itinerary with Hudson Tidewater Capital - Thursday, November 12",
             "2026-11-05 14:05:33", ET, "<01000193f0a1b2c3-8e7d6c5b-4a39-4c28-b117-0f6e5d4c3b2a-000000@email.goodtime.io>",
             relay="from mail.goodtime.io (mail.goodtime.io [198.21.4.202])", ident="4SDqW1Xk9y7j",
             extra=(("Reply-To", "Alexis Brennan <abrennan@hudsontidewater.com>"),))
    return message(h, alt(text(body), html(paras(body).replace("<p>", "<p style=\"white-space:pre-wrap\">"))))


@pos(10, family="smartrecruiters", kind="scheduled", local="Mon 2026-11-16 13:30", local_end="2026-11-16 14:30",
     zone=CT, contact="gloria.nez@prairiewindec.coop", company="Prairie Wind Electric Cooperative",
     note="SmartRecruiters confirmation, 'Monday, November 16, 2026 1:30 PM - 2:30 PM (GMT-06:00) Central Time' "
          "(CST, correct offset) = 19:30-20:30Z; ICS agrees. Contact = Reply-To hiring coordinator.")
def m10() -> bytes:
    body = t("""
        Dear Brandon,

        Thank you for accepting our interview invitation. We look forward to meeting you!

        Position: Systems Developer - SCADA & Outage Management
        Date: Monday, November 16, 2026
        Time: 1:30 PM - 2:30 PM (GMT-06:00) Central Time
        Type: Onsite interview
        Address: Prairie Wind Electric Cooperative, 2901 SE 29th St, Oklahoma City, OK 73129
        Interviewers: Wade Kimble (IT Manager), Lorena Pahdocony (Operations Technology)

        Please check in at the main reception desk 10 minutes early.

        Kind regards,
        Gloria Nez
        Prairie Wind Electric Cooperative

        ---
        This message was sent via SmartRecruiters. Manage your application at https://jobs.smartrecruiters.com/
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-int-3b71f0e2a5c94d18@smartrecruiters.com
        DTSTAMP:20261109T152011Z
        DTSTART;TZID=America/Chicago:20261116T133000
        DTEND;TZID=America/Chicago:20261116T143000
        SUMMARY:Interview: Systems Developer - SCADA & Outage Management
        LOCATION:2901 SE 29th St\\, Oklahoma City\\, OK 73129
        ORGANIZER;CN=Gloria Nez:mailto:gloria.nez@prairiewindec.coop
        ATTENDEE;CN=Brandon Okafor;RSVP=TRUE:mailto:brandon.okafor@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Prairie Wind Electric Cooperative <no-reply@smartrecruiters.com>",
             "Interview confirmed: Systems Developer - SCADA & Outage Management",
             "2026-11-09 15:20:11", UTC, "<sr.7d2c0f1e.3b71f0e2a5c94d18@mail.smartrecruiters.com>",
             relay="from mail-out2.smartrecruiters.com (mail-out2.smartrecruiters.com [185.83.224.27])",
             ident="4SGf3Ka6Tz8k",
             extra=(("Reply-To", "Gloria Nez <gloria.nez@prairiewindec.coop>"),))
    return message(h, mixed(alt(text(body), html(paras(body))),
                            calendar(ics, filename="interview.ics", disposition="attachment", cte="quoted-printable")))


@pos(11, family="zoom", kind="scheduled", local="Thu 2026-11-19 10:00", zone=CT,
     contact="jvillasenor@arkomastate.edu", company="Arkoma State University",
     note="University search-committee chair (iso-8859-1, quoted-printable) pasting a Zoom invitation: 'Nov 19, "
          "2026 10:00 AM Central Time (US and Canada)' (CST UTC-6) = 16:00Z; 'about an hour' -> end null. The "
          "attached ICS is an all-day hold (DTSTART;VALUE=DATE 20261119): the time is only in the text. Contact = "
          "human sender.")
def m11() -> bytes:
    body = t("""
        Dear Mr. Okafor,

        On behalf of the search committee, I am pleased to confirm your first-round interview for the Research Software Engineer position (Center for Energy Systems Modeling, req. 2026-0419) on Thursday, November 19 at 10:00 a.m. Central. The conversation will take about an hour; the committee is Dr. Renée Fairchild, Dr. Tomás Ibarra and myself.

        We will ask you to spend five or ten minutes describing a piece of software you have maintained for other people, and we will leave time for your questions about the Center and about Stillwell. Our department calendar only lets me send an all-day hold, so please go by the time in this message.

        Arkoma State University is inviting you to a scheduled Zoom meeting.

        Topic: RSE Search - Candidate Interview (Okafor)
        Time: Nov 19, 2026 10:00 AM Central Time (US and Canada)

        Join Zoom Meeting
        https://arkomastate.zoom.us/j/97710384421?pwd=Tk9yUjZ4bE1pa3dGd

        Meeting ID: 977 1038 4421
        Passcode: 551903

        ---

        One tap mobile
        +13462487799,,97710384421# US (Houston)
        +16694449171,,97710384421# US

        Un saludo cordial,

        José Villaseñor, Ph.D.
        Associate Director, Center for Energy Systems Modeling
        Arkoma State University · Stillwell, Oklahoma
    """)
    h = head(addr("José Villaseñor", "jvillasenor@arkomastate.edu", "iso-8859-1"),
             "RSE search - interview confirmation", "2026-11-13 15:42:18", CT,
             "<MN2PR04MB6198E1F3C2D4A5B60718293A4B5C6@MN2PR04MB6198.namprd04.prod.outlook.com>",
             relay="from NAM04-MW2-obe.outbound.protection.outlook.com (mail-mw2nam04on2097.outbound.protection.outlook.com [40.107.101.97])",
             ident="4SHx0Pb2Uc9m", extra=(("Cc", "Renee Fairchild <rfairchild@arkomastate.edu>"),))
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:asu-cesm-rse-okafor-20261119@arkomastate.edu
        DTSTAMP:20261113T214218Z
        DTSTART;VALUE=DATE:20261119
        DTEND;VALUE=DATE:20261120
        SUMMARY:HOLD - RSE search interview (Okafor)
        ORGANIZER;CN="Villasenor, Jose":mailto:jvillasenor@arkomastate.edu
        ATTENDEE;CN=Brandon Okafor;RSVP=TRUE:mailto:brandon.okafor@example.org
        TRANSP:TRANSPARENT
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    return message(h, mixed(text(body, charset="iso-8859-1", cte="quoted-printable"),
                            calendar(ics, filename="RSE interview hold.ics", disposition="attachment")))


@pos(12, family="microsoft_bookings", kind="scheduled", local="Tue 2026-10-27 15:00", local_end="2026-10-27 15:45",
     zone=CT, contact=None, company="Meridian Ridge Consulting",
     note="Microsoft Bookings (Dallas): the body's zone label is '(UTC-06:00) Central Time (US & Canada)' but 27 Oct "
          "is still CDT (UTC-5), so 3:00-3:45 PM = 20:00-20:45Z, which the ICS (TZID Central Standard Time) "
          "confirms. Sender is the shared Bookings mailbox and the staff member has no address -> contact null.")
def m12() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="max-width:600px;margin:0 auto">
        <div style="background:#0b3d5c;color:#fff;padding:16px 20px;font-size:20px">Meridian Ridge Consulting</div>
        <div style="padding:20px">
        <p>Hello Brandon Okafor,</p>
        <p>Your booking has been confirmed.</p>
        <table cellpadding="6" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Technical Interview - Energy &amp; Utilities Practice (Senior Consultant, Trading Systems)</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>Tuesday, October 27, 2026</td></tr>
        <tr><td style="color:#605e5c">Time</td><td>3:00 PM - 3:45 PM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Priya Raman</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjE4YTc5NDEtZjM4Ny00%40thread.v2/0">Join your appointment</a></p>
        <p>Your interviewer will talk through a client case on ETRM implementation, so expect a whiteboard-style discussion rather than live coding.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/MeridianRidgeInterviews@meridianridge.com/bookings/">Manage booking</a></p>
        <p style="color:#605e5c;font-size:12px">Meridian Ridge Consulting &middot; 2200 Ross Ave, Suite 3100, Dallas, TX 75201</p>
        </div></div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Meridian Ridge Consulting Interviews:mailto:MeridianRidgeInterviews@meridianridge.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Okafor:mailto:brandon.okafor@example.org
        SUMMARY;LANGUAGE=en-US:Technical Interview - Energy & Utilities Practice
        DTSTART;TZID=Central Standard Time:20261027T150000
        DTEND;TZID=Central Standard Time:20261027T154500
        UID:040000008200E00074C5B7101A82E00800000000D1A2B3C4E25BDD010000000000000000100000004F8E7D6C5B4A39281706F5E4D3C2B1A0
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261021T140512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Meridian Ridge Consulting Interviews <MeridianRidgeInterviews@meridianridge.com>",
             "Your booking has been confirmed: Technical Interview - Energy & Utilities Practice",
             "2026-10-21 09:05:12", CT, "<BN8PR12MB3371C0FFEE0B1D2E3F4A5B6C7D8E9@BN8PR12MB3371.namprd12.prod.outlook.com>",
             relay="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2131.outbound.protection.outlook.com [40.107.237.131])",
             ident="4S5cR2Gn0t6p",
             extra=(("X-MS-Exchange-Organization-BookingsBookingId", "b2f81c4e-9a07-4d3b-8e55-c1d0a9f7e2b6"),))
    return message(h, alt(html(htm), calendar(ics)))


@pos(13, family="taleo", kind="scheduled", local="Wed 2026-12-02 09:00", local_end="2026-12-02 10:00",
     zone=CT, contact="melissa.harjo@redbudbank.com", company="Redbud National Bank",
     note="Taleo (windows-1252, quoted-printable): 'Wednesday, December 2, 2026', '9:00 AM Central Standard Time', "
          "'Duration: 60 minutes' = 15:00-16:00Z. Sender is the Taleo tenant; contact = recruiter in the body.")
def m13() -> bytes:
    body = t("""
        Dear Brandon,

        Thank you for your interest in the Application Developer III \u2013 Treasury & Capital Markets (Requisition 26-0412) position at Redbud National Bank. We\u2019re pleased to confirm your interview:

        Date: Wednesday, December 2, 2026
        Time: 9:00 AM Central Standard Time
        Duration: 60 minutes
        Location: Redbud Tower, 15th Floor, 320 S Boston Ave, Tulsa, OK 74103
        Interviewers: Curtis Ambler (VP, Treasury Technology) and Jolene Sixkiller (Lead Developer)

        Please arrive 10 minutes early and check in with security on the ground floor. Business casual attire is appropriate.

        If you have any questions or need to reschedule, please contact Melissa Harjo, Talent Acquisition, at melissa.harjo@redbudbank.com or (918) 555-0166.

        Sincerely,

        Talent Acquisition
        Redbud National Bank
        Member FDIC. Equal Opportunity Employer \u2013 Minorities/Females/Disability/Veterans.

        Please do not reply to this message; this mailbox is not monitored.
    """)
    h = head("Redbud National Bank <redbudbank@taleo.net>",
             "Interview Confirmation \u2013 Application Developer III \u2013 Treasury & Capital Markets",
             "2026-11-24 16:10:45", CT, "<1764022245123.2287.JavaMail.taleo@tlo-pr2-mta04.taleo.net>",
             relay="from tlo-pr2-mta04.taleo.net (tlo-pr2-mta04.taleo.net [160.34.18.54])", ident="4SQa6Jd3Ve1n",
             charset="windows-1252")
    return message(h, alt(text(body, charset="windows-1252"), html(paras(body), charset="windows-1252")))


@pos(14, family="workable", kind="scheduled", local="Fri 2026-10-09 15:30", local_end="2026-10-09 16:15",
     zone=CT, contact="ravi.c@lonestargrid.com", company="Lonestar Grid Storage",
     note="Workable confirmation 'Fri, Oct 9, 2026 3:30 PM - 4:15 PM (CDT)' (Houston, UTC-5) = 20:30-21:15Z; ICS "
          "in UTC agrees. Reply-To is a Workable relay, not a person; contact = interviewer's address in the body.")
def m14() -> bytes:
    body = t("""
        Hi Brandon,

        Your interview for the Software Engineer, Battery Dispatch & Bidding position at Lonestar Grid Storage is confirmed.

        Fri, Oct 9, 2026
        3:30 PM - 4:15 PM (CDT)
        Video call: https://meet.google.com/wqs-ktvb-rmn

        Your interviewer will be Ravi Chandrasekar (ravi.c@lonestargrid.com), our Lead Engineer for market operations. You'll talk through how you'd build a bid submission service for ERCOT's day-ahead market.

        Good luck!
        The Lonestar Grid Storage hiring team

        Reply to this email to contact the hiring team. Powered by Workable.
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:wk-evt-91c3e7a0-2f6b-4d81-b5a9-0e4c2d7f13b8@workable.com
        DTSTAMP:20261005T180309Z
        DTSTART:20261009T203000Z
        DTEND:20261009T211500Z
        SUMMARY:Interview with Lonestar Grid Storage
        LOCATION:https://meet.google.com/wqs-ktvb-rmn
        ORGANIZER;CN=Lonestar Grid Storage:mailto:lonestar-grid-storage+c7f2a91e@candidates.workablemail.com
        ATTENDEE;CN=Brandon Okafor;RSVP=TRUE:mailto:brandon.okafor@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Lonestar Grid Storage <noreply@candidates.workablemail.com>",
             "Interview confirmed: Software Engineer, Battery Dispatch & Bidding",
             "2026-10-05 18:03:09", UTC, "<20261005180309.1.c7f2a91e4b@candidates.workablemail.com>",
             relay="from mail-170.workablemail.com (mail-170.workablemail.com [149.72.170.35])", ident="4RyV7Lf8Wg2q",
             extra=(("Reply-To", "lonestar-grid-storage+c7f2a91e@candidates.workablemail.com"),))
    return message(h, mixed(alt(text(body), html(paras(body))),
                            calendar(ics, filename="invite.ics", disposition="attachment")))


@pos(15, family="forward_self", kind="scheduled", local="Tue 2026-12-08 17:30", local_end="2026-12-08 18:15",
     zone=PT, contact="hannah@cascadiaquant.com", company="Cascadia Quant Systems",
     note="Candidate forwards to himself (example.net -> example.org) a Seattle recruiter's confirmation as an attached "
          "message/rfc822: 'Tuesday, December 8 at 5:30 PM Pacific (7:30 your time)', 45 minutes; PST UTC-8 -> "
          "01:30-02:15Z on Wed 9 Dec (local date is the day before the UTC date). Contact = recruiter in the "
          "forwarded message, never the candidate.")
def m15() -> bytes:
    inner_body = t("""
        Hi Brandon,

        Great news, you're confirmed with Marta Ilves, our CTO, for Tuesday, December 8 at 5:30 PM Pacific (7:30 your time). She blocked 45 minutes. I know it's late in your day, thanks for being flexible; Marta is in back-to-back trading reviews until then.

        Zoom: https://cascadiaquant.zoom.us/j/81192034457

        She'll mostly want to hear about the risk engine rewrite you did and how you think about latency vs. correctness in position keeping.

        Cheers,
        Hannah Lindqvist
        Talent Partner | Cascadia Quant Systems
        1201 Western Ave, Seattle, WA
    """)
    inner = message([
        ("From", "Hannah Lindqvist <hannah@cascadiaquant.com>"),
        ("To", "Brandon Okafor <brandon.okafor@example.net>"),
        ("Subject", "Confirmed: Brandon / Marta (CTO) - Tue 12/8"),
        ("Date", date("2026-12-03 16:21:07", PT)),
        ("Message-ID", "<CAH3x9mRt0b+QaZ7w@mail.gmail.com>"),
    ], text(inner_body, cte="7bit"))
    outer_body = t("""
        fwd to self so it's in the main inbox. 7:30 pm our time!!

        -B
    """)
    h = head("Brandon Okafor <brandon.okafor@example.net>", "Fwd: Confirmed: Brandon / Marta (CTO) - Tue 12/8",
             "2026-12-04 07:55:30", CT, "<CAB0k7Lq2mX4+Wd9@mail.example.net>",
             relay="from mail.example.net (mail.example.net [198.51.100.23])", ident="4SVm1Nc7Yh2r")
    return message(h, mixed(text(outer_body, charset="us-ascii", cte="7bit"),
                            attached_message(inner, filename="Confirmed Brandon Marta CTO.eml")))


@pos(16, family="human_prose", kind="scheduled", local="Thu 2026-09-17 09:00", zone=CT,
     contact="dpruitt@canadianriverx.com", company="Canadian River Exploration",
     note="Terse phone reply 'Thurs 9 works' on top of the candidate's proposal 'Thursday 9/17 at 9:00 central' "
          "(CDT UTC-5) = 14:00Z; the time is only in the quoted thread, the reply closes it. No length -> end null. "
          "Contact = human sender.", days=(("Thu", "2026-09-17"),))
def m16() -> bytes:
    body = t("""
        Thurs 9 works. see you then. 5th floor, ask for me at the desk

        D

        Sent from my iPhone

        > On Sep 15, 2026, at 6:58 PM, Brandon Okafor <brandon.okafor@example.org> wrote:
        >
        > Hi Dale,
        >
        > Thanks, happy to drive up. Would Thursday 9/17 at 9:00 central work for the sit-down with you and Ty? I can stay as long as you need.
        >
        > Brandon
        >
        >> On Sep 15, 2026, at 2:12 PM, Dale Pruitt <dpruitt@canadianriverx.com> wrote:
        >>
        >> Brandon, enjoyed the phone call. Can you come up to OKC for an in person with me and our trading desk lead Ty Boren later this week? We're at 101 Park Ave.
        >>
        >> Dale Pruitt
        >> VP Information Technology
        >> Canadian River Exploration
    """)
    h = head("Dale Pruitt <dpruitt@canadianriverx.com>", "Re: Developer role - CRX",
             "2026-09-15 19:40:02", CT, "<5C2E1A9D-7F3B-4C80-A6E1-2B9D0F4E7C15@canadianriverx.com>",
             relay="from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2105.outbound.protection.outlook.com [40.107.220.105])",
             ident="4Rj8Ks0pXw3s",
             extra=(("In-Reply-To", "<CAF7p1oX9+Dk2@mail.example.org>"),
                    ("References", "<E3A1C0B2-77D4-4E19-9A8B-C1D2E3F4A5B6@canadianriverx.com> <CAF7p1oX9+Dk2@mail.example.org>")))
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@pos(17, family="greenhouse", kind="rescheduled", local="Thu 2026-09-17 15:30", local_end="2026-09-17 16:30",
     zone=CT, contact="jenna.whitlock@cimarronmidstream.com", company="Cimarron Midstream",
     note="Greenhouse reschedule (thread with the 15 Sep confirmation): old 'Tuesday, September 15, 10:00 AM - "
          "11:00 AM CDT' struck, new 'Thursday, September 17, 2026, 3:30 PM - 4:30 PM CDT' = 20:30-21:30Z; ICS "
          "SEQUENCE:1 with the new time. Contact = Reply-To recruiter.")
def m17() -> bytes:
    body = t("""
        Hi Brandon,

        Unfortunately Wes has been called into a pipeline integrity review on Tuesday, so we've had to move your interview. Apologies for the late change!

        Previous time (cancelled):
        Tuesday, September 15, 2026, 10:00 AM - 11:00 AM CDT

        New time:
        Thursday, September 17, 2026, 3:30 PM - 4:30 PM CDT
        Microsoft Teams (updated invitation attached)

        You'll still be meeting with Wes Halvorsen and Priyanka Dube. If the new time doesn't work, reply here and I'll find another slot.

        Thanks for your flexibility,
        Jenna Whitlock
        Talent Acquisition Partner | Cimarron Midstream
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software Inc//Greenhouse Calendar//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-7731904-2026@greenhouse.io
        DTSTAMP:20260914T170518Z
        DTSTART;TZID=America/Chicago:20260917T153000
        DTEND;TZID=America/Chicago:20260917T163000
        SUMMARY:Interview: Brandon Okafor for Software Engineer II - Commercial Systems
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Jenna Whitlock:mailto:jenna.whitlock@cimarronmidstream.com
        ATTENDEE;CN=Brandon Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:brandon.okafor@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    htm = paras(body).replace(
        "<p>Previous time (cancelled):<br>\nTuesday, September 15, 2026, 10:00 AM - 11:00 AM CDT</p>",
        "<p>Previous time (cancelled):<br>\n<s>Tuesday, September 15, 2026, 10:00 AM - 11:00 AM CDT</s></p>")
    h = head("Cimarron Midstream <no-reply@us.greenhouse-mail.io>",
             "Updated Interview: Software Engineer II - Commercial Systems at Cimarron Midstream",
             "2026-09-14 17:05:18", UTC, "<0100019a4e8d0c31-1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b-000000@email.amazonses.com>",
             relay="from a48-113.smtp-out.amazonses.com (a48-113.smtp-out.amazonses.com [54.240.48.113])",
             ident="4RjC2v6bQn4t",
             extra=(("Reply-To", "Jenna Whitlock <jenna.whitlock@cimarronmidstream.com>"),))
    return message(h, mixed(alt(text(body), html(htm)),
                            calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@pos(18, family="exchange_outlook", kind="rescheduled", local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00",
     zone=CT, contact="kimberly.tran@gulfmeridian.com", company="Gulf Meridian Refining",
     note="Outlook meeting update sent Wed 28 Oct in CDT (-0500): moved from Friday 10/30 10:00 AM to Tuesday, "
          "November 3, 2026 9:00-10:00 AM, after DST ends, so CST UTC-6 = 15:00-16:00Z; ICS TZID Central Standard "
          "Time, SEQUENCE:2. Contact = organizer/sender.", days=(("Fri", "2026-10-30"),))
def m18() -> bytes:
    teams = TEAMS.format(tid="NGE3ZjEwYjItOTk0Ni00YTI4LWJkNjMtZTFhOGY0YzU3MDEy", mid="219 877 340 118",
                         pw="hT4q9X", pin="803 552 174")
    body = t("""
        When: Tuesday, November 3, 2026 9:00 AM-10:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Brandon,

        As we discussed on the phone, I've moved your interview with Raymond and Sunita from Friday 10/30 at 10:00 AM to Tuesday 11/3 at 9:00 AM Central. Same Teams link as before. Thanks for being flexible with us during turnaround season.

        Kimberly Tran
        Senior Recruiter, Gulf Meridian Refining
        Houston, TX | 713-555-0121

    """) + "\n" + teams
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Kimberly Tran:mailto:kimberly.tran@gulfmeridian.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Okafor:mailto:brandon.okafor@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Raymond Ochoa:mailto:raymond.ochoa@gulfmeridian.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sunita Pillai:mailto:sunita.pillai@gulfmeridian.com
        SUMMARY;LANGUAGE=en-US:Interview - Brandon Okafor - Senior Software Engineer\\, Trading Systems
        DTSTART;TZID=Central Standard Time:20261103T090000
        DTEND;TZID=Central Standard Time:20261103T100000
        UID:040000008200E00074C5B7101A82E00800000000A4B3C2D1E65BDD01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261028T192031Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:-1198234470
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
    import html as _h
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
           + "".join(f"<div>{_h.escape(x) if x else '<br>'}</div>\n" for x in body.split("\n")) + "</body></html>\n")
    h = head("Kimberly Tran <kimberly.tran@gulfmeridian.com>",
             "Updated: Interview - Brandon Okafor - Senior Software Engineer, Trading Systems",
             "2026-10-28 14:20:31", CT, "<DM6PR17MB3946B8F1E0D2C3A4B5C6D7E8F9A0B@DM6PR17MB3946.namprd17.prod.outlook.com>",
             relay="from NAM02-DM3-obe.outbound.protection.outlook.com (mail-dm3nam02on2120.outbound.protection.outlook.com [40.107.95.120])",
             ident="4S8pF3Hr6v5u",
             extra=(("Thread-Topic", "Interview - Brandon Okafor - Senior Software Engineer, Trading Systems"),
                    ("Thread-Index", "AdtF2c1kqP0Zt8jVQxSvb0h1LMnP4gAAB7Xw"),
                    ("Content-class", "urn:content-classes:calendarmessage")))
    return message(h, alt(text(body, cte="quoted-printable"), html(htm), calendar(ics, cte="base64")))


@pos(19, family="human_prose", kind="rescheduled", local="Tue 2026-10-13 13:30", zone=CT,
     contact="shelby@reddirtstaffing.com", company="Big Cedar Gathering",
     note="Agency recruiter's phone-written mail, sent Wed 7 Oct 16:55 CDT: tomorrow's (Thu 8 Oct) 11:00 moved to "
          "'next Tuesday 10/13 at 1:30' (the explicit date settles 'next Tuesday'), CDT UTC-5 = 18:30Z, already "
          "confirmed with the client. No length -> end null. Company = the hiring client, contact = the recruiter.",
     days=(("Thu", "2026-10-08"),))
def m19() -> bytes:
    body = t("""
        Hey Brandon - bad news/good news. Big Cedar's hiring mgr (Travis) got pulled into a compressor station outage out by Seminole so they need to move tomorrow's 11:00. They can do next Tuesday 10/13 at 1:30 instead, same Teams link, I already confirmed it w/ them so it's locked in unless you tell me otherwise. Sorry for the shuffle!!

        Shelby

        Shelby Grant | Sr. Technical Recruiter
        Red Dirt Staffing | Oklahoma City
        405-555-0193
        Sent from my iPhone
    """)
    h = head("Shelby Grant <shelby@reddirtstaffing.com>", "Big Cedar interview moved",
             "2026-10-07 16:55:12", CT, "<F0E1D2C3-B4A5-4968-8776-655443322110@reddirtstaffing.com>",
             relay="from mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])", ident="4RzK4Sg1Xh6v",
             extra=(("X-Mailer", "iPhone Mail (22A3354)"),))
    return message(h, text(body, cte="8bit"))


@pos(20, family="google_calendar", kind="rescheduled", local="Fri 2026-10-23 09:00", local_end="2026-10-23 10:00",
     zone=MT, contact="eli.sandoval@frontrangepower.com", company="Front Range Power Analytics",
     note="Google Calendar 'Updated invitation' (thread with the 22 Oct invite): new 'Friday Oct 23, 2026 9am - 10am "
          "(Mountain Time - Denver)', MDT UTC-6 = 15:00-16:00Z; the old Thursday time is shown struck through. ICS "
          "SEQUENCE:1. Contact = organizer.")
def m20() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Brandon Okafor / Front Range - technical interview
        Friday Oct 23, 2026 \u22c5 9am \u2013 10am (Mountain Time - Denver)
        Thursday Oct 22, 2026 \u22c5 11am \u2013 12pm (Mountain Time - Denver)

        Join with Google Meet
        https://meet.google.com/fkr-pwyd-ajm

        Eli: Sorry for the shuffle - Mara has a forecast deadline Thursday. Friday morning, same link.

        Organizer
        Eli Sandoval
        eli.sandoval@frontrangepower.com

        Guests
        Eli Sandoval - organizer
        Mara Lindgren
        brandon.okafor@example.org

        Reply for brandon.okafor@example.org
        Yes
        No
        Maybe

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
    """)
    htm = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:14px;color:#d93025">This event has been updated</div>
        <div style="font-size:12px">Changed: time</div>
        <h2 style="font-size:20px;font-weight:400">Brandon Okafor / Front Range - technical interview</h2>
        <div><span style="background:#e6f4ea">Friday Oct 23, 2026 &#8901; 9am &ndash; 10am (Mountain Time - Denver)</span></div>
        <div><span style="text-decoration:line-through;color:#70757a">Thursday Oct 22, 2026 &#8901; 11am &ndash; 12pm (Mountain Time - Denver)</span></div>
        <p><a href="https://meet.google.com/fkr-pwyd-ajm">Join with Google Meet</a></p>
        <p>Eli: Sorry for the shuffle - Mara has a forecast deadline Thursday. Friday morning, same link.</p>
        <p>Organizer<br>Eli Sandoval<br>eli.sandoval@frontrangepower.com</p>
        <p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p>
        </div>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_DENVER + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Denver:20261023T090000
        DTEND;TZID=America/Denver:20261023T100000
        DTSTAMP:20261020T224011Z
        ORGANIZER;CN=Eli Sandoval:mailto:eli.sandoval@frontrangepower.com
        UID:5kvp0h6q2n4r8s1t3u7w9x0yab@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Eli Sandoval;X-NUM-GUESTS=0:mailto:eli.sandoval@frontrangepower.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mara Lindgren;X-NUM-GUESTS=0:mailto:mara.lindgren@frontrangepower.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=brandon.okafor@example.org;X-NUM-GUESTS=0:mailto:brandon.okafor@example.org
        CREATED:20261015T151158Z
        LAST-MODIFIED:20261020T224010Z
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Brandon Okafor / Front Range - technical interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Eli Sandoval <eli.sandoval@frontrangepower.com>",
             "Updated invitation: Brandon Okafor / Front Range - technical interview @ Fri Oct 23, 2026 9am - 10am (MDT) (brandon.okafor@example.org)",
             "2026-10-20 16:40:11", MT, "<calendar-9a0e4f73-2d15-4c6b-8f3e-71b2c0d9e5a4@google.com>",
             relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", ident="4S6dT9Kw3x7w",
             extra=(("Reply-To", "Eli Sandoval <eli.sandoval@frontrangepower.com>"),
                    ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(h, mixed(alt(text(body), html(htm), calendar(ics)),
                            calendar(ics, ctype="application/ics", filename="invite.ics", disposition="attachment",
                                     name_param=True, cte="base64")))


@pos(21, family="human_prose", kind="cancelled", local="Wed 2026-09-23 13:00", local_end="2026-09-23 13:45",
     zone=CT, contact="marcus.thibodeaux@bayoucrescent.com", company="Bayou Crescent Energy Trading",
     note="Recruiter's own Outlook mail (windows-1252, quoted-printable; thread with the Lever confirmation): "
          "Wednesday's (9/23) 1:00-1:45 CT interview cancelled because the req is on hold, no new time. CDT UTC-5 "
          "-> cancelled slot 18:00-18:45Z. Contact = human sender.")
def m21() -> bytes:
    body = t("""
        Hi Brandon,

        I\u2019m sorry to be writing with this, but I have to cancel your interview with Lionel on Wednesday (9/23, 1:00\u20131:45 CT). Late Friday our leadership put the Trade Capture & Risk requisition on hold while they finalize next year\u2019s budget, so we\u2019re pausing all interviews for it.

        This isn\u2019t a reflection on you at all \u2013 Lionel was looking forward to the conversation. If the role reopens I\u2019ll reach out to you first, and I\u2019ll keep you in mind for anything else on the technology side.

        Again, my apologies for the inconvenience.

        Best,
        Marcus

        Marcus Thibodeaux
        Talent Acquisition | Bayou Crescent Energy Trading
        1000 Louisiana St, Suite 2900 | Houston, TX 77002
        o: 713.555.0148
    """)
    h = head("Marcus Thibodeaux <marcus.thibodeaux@bayoucrescent.com>",
             "Cancelled: Interview Wednesday - Software Engineer, Trade Capture & Risk",
             "2026-09-21 10:12:40", CT, "<CH3PR11MB7704D6E5F4A3B2C1D0E9F8A7B6C5D@CH3PR11MB7704.namprd11.prod.outlook.com>",
             relay="from NAM11-CH3-obe.outbound.protection.outlook.com (mail-ch3nam11on2109.outbound.protection.outlook.com [40.107.223.109])",
             ident="4RnA5Yp8Cz9x", charset="windows-1252",
             extra=(("Thread-Topic", "Cancelled: Interview Wednesday - Software Engineer, Trade Capture & Risk"),
                    ("Content-Language", "en-US")))
    return message(h, text(body, charset="windows-1252", cte="quoted-printable"))


@pos(22, family="google_calendar", kind="cancelled", local="Wed 2026-12-02 13:00", local_end="2026-12-02 14:30",
     zone=ET, contact="naomi@ledgerlight.dev", company="Ledgerlight",
     note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) from a New York remote-first startup: "
          "'Wed Dec 2, 2026 1pm - 2:30pm (EST)' = 18:00-19:30Z. The organizer's note floats 'Thursday or Friday "
          "instead' without a time, so this stays cancelled. Contact = organizer.")
def m22() -> bytes:
    body = t("""
        This event has been canceled with a note:
        "Sorry Brandon - canceling this one, our second interviewer is out sick. I'll try to get you something Thursday or Friday instead and send a fresh invite. -Naomi"

        Brandon Okafor <> Ledgerlight - pairing interview
        Wednesday Dec 2, 2026 \u22c5 1pm \u2013 2:30pm (Eastern Time - New York)

        Organizer
        Naomi Feld
        naomi@ledgerlight.dev

        Guests
        Naomi Feld - organizer
        Theo Brandt
        brandon.okafor@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261202T130000
        DTEND;TZID=America/New_York:20261202T143000
        DTSTAMP:20261130T153002Z
        ORGANIZER;CN=Naomi Feld:mailto:naomi@ledgerlight.dev
        UID:3hq8c0v1pl7r2mde5kf9nw4g6t@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=brandon.okafor@example.org;X-NUM-GUESTS=0:mailto:brandon.okafor@example.org
        CREATED:20261124T201544Z
        LAST-MODIFIED:20261130T153001Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Brandon Okafor <> Ledgerlight - pairing interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Naomi Feld <naomi@ledgerlight.dev>",
             "Canceled event with note: Brandon Okafor <> Ledgerlight - pairing interview @ Wed Dec 2, 2026 1pm - 2:30pm (EST) (brandon.okafor@example.org)",
             "2026-11-30 10:30:02", ET, "<calendar-c41d8e2f-7b90-4a36-95e1-2f0a6b3c8d17@google.com>",
             relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", ident="4SUk8Lb0Zj3y",
             extra=(("Reply-To", "Naomi Feld <naomi@ledgerlight.dev>"),
                    ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(h, mixed(alt(text(body), html(paras(body)), calendar(ics, method="CANCEL")),
                            calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", name_param=True, cte="base64")))


@pos(23, family="human_prose", kind="cancelled", local="Wed 2026-12-09 11:30", zone=ET,
     contact="gdonnelly@backbaypower.com", company="Back Bay Power Markets",
     note="Boston hiring manager, HTML-only Outlook mail (quoted-printable): cancels 'your interview with me, our 11:30 ET call on "
          "Wednesday (12/9)', EST UTC-5 = 16:30Z; recruiting will find a new time later, none given -> cancelled. No length "
          "-> end null. Contact = human sender.")
def m23() -> bytes:
    htm = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style><!-- p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
        <body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Hi Brandon,</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Unfortunately I have to cancel your interview with me, our 11:30 ET call on Wednesday (12/9) &#8211; I&#8217;ll be out on unexpected family leave for the next couple of weeks. I&#8217;m sorry for the short notice.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Colleen on our recruiting team will reach out to find a new time with me or with Anil, who is covering the desk-tools team while I&#8217;m away. We&#8217;re still very interested in talking with you.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Best,</p>
        <p class="MsoNormal">Greg</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>Greg Donnelly</b><br>Director, Trading Desk Technology<br>Back Bay Power Markets<br>200 Clarendon St, Boston, MA 02116</p>
        </div></body></html>
    """)
    h = head("Greg Donnelly <gdonnelly@backbaypower.com>", "Need to cancel Wednesday's interview",
             "2026-12-04 17:48:26", ET, "<BL1PR08MB5331E2F3A4B5C6D7E8F9A0B1C2D3E@BL1PR08MB5331.namprd08.prod.outlook.com>",
             relay="from NAM04-BL1-obe.outbound.protection.outlook.com (mail-bl1nam04on2091.outbound.protection.outlook.com [40.107.94.91])",
             ident="4SVz6Qd2Ak4z",
             extra=(("Cc", "Colleen Murphy <cmurphy@backbaypower.com>"), ("Content-Language", "en-US")))
    return message(h, html(htm))


# =========================================================================== negatives (keys 24-50)


@neg(24, family="teamtailor_rejection", company="Fjordline Systems",
     note="Teamtailor rejection after a first call; no time, nothing scheduled.")
def m24() -> bytes:
    body = t("""
        Hi Brandon,

        Thank you so much for taking the time to speak with us about the Backend Engineer, Power Trading role at Fjordline Systems, and for your patience while we reviewed all candidates.

        After careful consideration we have decided to move forward with other candidates whose experience more closely matches what the team needs right now, in particular hands-on work with Nordic and European intraday markets.

        We were genuinely impressed by your background in US gas and power scheduling, and we'd be happy to keep your profile in our talent community for future openings, including in our Denver office.

        All the best in your search,

        Ingrid Sole
        People & Talent, Fjordline Systems

        You received this email because you applied for a job at Fjordline Systems.
        Manage your data: https://careers.fjordline.io/connect/privacy
    """)
    h = head("Fjordline Systems <fjordline-systems@teamtailor-mail.com>",
             "Your application for Backend Engineer, Power Trading", "2026-09-10 08:14:31", UTC,
             "<6f3e1a2b9c8d7e6f5a4b3c2d1e0f9a8b@teamtailor-mail.com>",
             relay="from mail.teamtailor-mail.com (mail.teamtailor-mail.com [159.135.224.61])", ident="4RfQ0Wm1Bd5a",
             extra=(("Reply-To", "Fjordline Systems <fjordline-systems@teamtailor-mail.com>"),
                    ("List-Unsubscribe", "<https://careers.fjordline.io/connect/unsubscribe>")))
    return message(h, alt(text(body), html(paras(body))))


@neg(25, family="offer", company="Canadian River Exploration",
     note="Offer after the 17 Sep in-person (thread). States a start date and a signing deadline with a time, and an "
          "optional call, but nothing is an interview.",
     days=(("Fri", "2026-10-02"), ("Mon", "2026-10-26"), ("Thu", "2026-10-01")))
def m25() -> bytes:
    body = t("""
        Brandon,

        Great news - we'd like you to join CRX as Senior Developer, Trading & Marketing Systems. Your offer letter is coming through DocuSign from our HR team in the next hour; the headline numbers are what we talked about on the phone, plus the relocation package if you decide to move up to OKC rather than commute.

        Proposed start date is Monday, October 26. We'd need the signed letter back by Friday, October 2 at 5:00 PM so we can start the background check.

        If you want to talk through benefits or the hybrid schedule I'm around Thursday afternoon, just call my cell (405) 555-0172.

        Really hope you say yes.

        Dale Pruitt
        VP Information Technology
        Canadian River Exploration
        101 Park Ave, Oklahoma City, OK 73102
    """)
    h = head("Dale Pruitt <dpruitt@canadianriverx.com>", "Offer - Senior Developer, Trading & Marketing Systems",
             "2026-09-29 15:02:55", CT, "<CO1PR13MB5042A9B8C7D6E5F4A3B2C1D0E9F8A@CO1PR13MB5042.namprd13.prod.outlook.com>",
             relay="from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2105.outbound.protection.outlook.com [40.107.220.105])",
             ident="4RpW3Er9Gf6b")
    return message(h, alt(text(body, cte="7bit", charset="us-ascii"), html(paras(body))))


@neg(26, family="icims_receipt", company="Sooner Gas Transmission",
     note="iCIMS application receipt (iso-8859-15, quoted-printable); promises contact 'if selected for an "
          "interview', no time.")
def m26() -> bytes:
    body = t("""
        Dear Brandon,

        Thank you for applying for the position of Software Engineer - Gas Control Applications (Job ID 2026-3318) at Sooner Gas Transmission. This message confirms that we have received your application.

        Our talent acquisition team is reviewing applications now. If your qualifications match our needs, a recruiter will contact you to schedule an interview. Because of the volume of applications we receive, we are not able to respond to every applicant individually.

        You can review the status of your application at any time on our career portal.

        Thank you for your interest in Sooner Gas Transmission.

        Talent Acquisition
        Sooner Gas Transmission, L.L.C.

        © 2026 Sooner Gas Transmission. This is an automated message; replies are not monitored.
    """)
    h = head("Sooner Gas Transmission <careers-soonergas@talent.icims.com>",
             "Thank you for applying: Software Engineer - Gas Control Applications",
             "2026-09-04 11:20:09", CT, "<1757002809.41a7c3e0b2d94f16@talent.icims.com>",
             relay="from mta01.talent.icims.com (mta01.talent.icims.com [64.73.214.150])", ident="4Rb7Xn2Ce6c",
             charset="iso-8859-15")
    return message(h, alt(text(body, charset="iso-8859-15"), html(paras(body), charset="iso-8859-15")))


@neg(27, family="job_alert", company=None,
     note="JOIN job alert: a list of openings near Tulsa with 'posted' ages; no interview.")
def m27() -> bytes:
    body = t("""
        12 new jobs for "Software Engineer Energy Trading" near Tulsa, OK

        Senior Software Engineer - ETRM
        Chisholm Trail Energy - Oklahoma City, OK - Hybrid
        Posted 2 days ago

        Developer, Trading Analytics (Python)
        Permian Loop Trading - Houston, TX - Remote (US)
        Posted 3 days ago

        Application Developer - Scheduling & Nominations
        Sooner Gas Transmission - Tulsa, OK - On-site
        Posted 5 days ago

        Software Engineer II, Market Operations
        Mesa Verde Solar - Denver, CO - Hybrid
        Posted 1 week ago

        See all 12 jobs: https://join.com/jobs/alerts/7d91c0?utm_source=alert

        You receive this alert because you created a job alert on JOIN. Change frequency or unsubscribe: https://join.com/account/alerts
        JOIN Solutions AG
    """)
    h = head("JOIN <alerts@join.com>", "12 new jobs for Software Engineer Energy Trading near Tulsa",
             "2026-10-06 06:00:14", UTC, "<alert.7d91c0.20261006060014@join.com>",
             relay="from mail-out.join.com (mail-out.join.com [185.102.236.12])", ident="4Rx1Dp7Hg3d",
             extra=(("List-Unsubscribe", "<https://join.com/account/alerts/unsubscribe/7d91c0>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")))
    return message(h, alt(text(body), html(paras(body))))


@neg(28, family="newsletter_blog", company=None,
     note="Substack newsletter post about what a trading-desk interview loop looks like, with example times "
          "('Tuesday, 10 a.m.'); an article, not the reader's interview.")
def m28() -> bytes:
    body = t("""
        Power & Code
        Inside a trading-desk interview loop

        Last month I sat on the other side of the table for six interview loops at a mid-size gas marketer. Here is what a typical week looked like for one candidate, anonymized:

        Tuesday, 10 a.m.: a 30-minute phone screen with the recruiter, mostly about notice period and whether they'd relocate to Houston.
        Thursday, 2 p.m.: the technical round. Two engineers, one SQL question about nominations that don't balance, one Python question about parsing pipeline EBB postings.
        The following Monday: the "desk fit" conversation with a scheduler and the head of trading.

        Three things separated the candidates who got offers:

        1. They could explain a confirmation break in plain English.
        2. They asked what happens at 5 p.m. when the P&L doesn't tie out.
        3. They had opinions about Excel, and they were kind about it.

        Next week: why every ETRM migration takes twice as long as planned.

        Thanks for reading Power & Code! Subscribe for free to receive new posts.

        Unsubscribe https://powerandcode.substack.com/action/disable_email
    """)
    h = head("Power & Code <powerandcode@substack.com>", "Inside a trading-desk interview loop",
             "2026-10-10 13:00:22", UTC, "<20261010130022.3.9f1c2b7e4a@substack.com>",
             relay="from mail136-12.substack.com (mail136-12.substack.com [192.174.90.12])", ident="4S1Ke3Jm5e",
             extra=(("List-Unsubscribe", "<https://powerandcode.substack.com/action/disable_email>"),
                    ("List-Id", "<powerandcode.substack.com>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(paras(body))))


@neg(29, family="self_schedule_link", company="Mesa Verde Solar",
     note="Recruitee invitation to pick a slot for a video interview between 26 and 30 Oct; nothing fixed yet.",
     days=(("Mon", "2026-10-26"), ("Fri", "2026-10-30")))
def m29() -> bytes:
    body = t("""
        Hi Brandon,

        Thanks for applying to Mesa Verde Solar! We'd like to invite you to a 30-minute video interview for the Software Engineer II, Market Operations role.

        Please choose a time that works for you using the link below. Slots are available from Monday, October 26 to Friday, October 30, between 8:00 AM and 4:00 PM Mountain Time.

        Choose a time slot: https://mesaverdesolar.recruitee.com/schedule/e81f0a3c9d

        Once you pick a slot you'll receive a calendar invitation with the video link.

        Sunny regards,
        Bea Archuleta
        Recruiting, Mesa Verde Solar
    """)
    h = head("Mesa Verde Solar <mesaverdesolar@mail.recruitee.com>",
             "Pick a time for your interview with Mesa Verde Solar", "2026-10-19 15:45:03", UTC,
             "<recruitee.e81f0a3c9d.1760888703@mail.recruitee.com>",
             relay="from mail.recruitee.com (mail.recruitee.com [185.139.114.8])", ident="4S5Fr4Kn6f",
             extra=(("Reply-To", "Mesa Verde Solar <mesaverdesolar@mail.recruitee.com>"),))
    return message(h, alt(text(body), html(paras(body))))


@neg(30, family="recruiter_outreach", company="Peak Talent Group",
     note="Denver agency recruiter's cold outreach asking for 15 minutes 'this week or next'; no time fixed.")
def m30() -> bytes:
    body = t("""
        Hi Brandon,

        Hope you're well! I came across your profile and your work on gas scheduling systems at Heartland Crude caught my eye. I'm partnering with a Denver-based renewable developer that's building out an in-house trading and risk platform (Python, Kafka, a lot of ERCOT and SPP market data). Remote with a trip to Denver once a quarter.

        Would you be open to a quick 15-minute call this week or next? I'm pretty flexible most afternoons Mountain time, or send me a couple of times that suit you.

        Thanks,
        Kyle Brandt
        Principal Recruiter, Energy & Utilities
        Peak Talent Group | Denver, CO
        kyle.brandt@peaktalentgroup.com | 303-555-0110
    """)
    h = head("Kyle Brandt <kyle.brandt@peaktalentgroup.com>", "Trading platform role - remote (Denver company)",
             "2026-09-22 10:11:48", MT, "<CAL4r0x8P2m1qZb3+Kd7hF9@mail.gmail.com>",
             relay="from mail-qt1-f175.google.com (mail-qt1-f175.google.com [209.85.160.175])", ident="4RnZ1Sb5Mg")
    return message(h, alt(text(body, cte="7bit", charset="us-ascii"), html(paras(body))))


@neg(31, family="interview_proposed", company="Permian Loop Trading",
     note="Hiring manager proposes 'Tuesday 11/10 at 10' or Wednesday afternoon and will send an invite once the "
          "candidate confirms: proposed, not confirmed.", days=(("Tue", "2026-11-10"),))
def m31() -> bytes:
    body = t("""
        Brandon,

        Thanks for sending over the code sample, the team liked it. Next step would be an hour with me and two of our devs, mostly architecture discussion around our scheduling and nominations tools.

        Would Tuesday 11/10 at 10 work? If not, Wednesday after 2 is wide open on my side. Once you confirm a time I'll send a Teams invite.

        Regards,
        Hector Villarreal
        Manager, Trading Technology
        Permian Loop Trading | Houston
    """)
    h = head("Hector Villarreal <hvillarreal@permianloop.com>", "Next step",
             "2026-11-04 12:30:08", CT, "<MW4PR16MB6150C2D3E4F5A6B7C8D9E0F1A2B3C@MW4PR16MB6150.namprd16.prod.outlook.com>",
             relay="from NAM04-MW4-obe.outbound.protection.outlook.com (mail-mw4nam04on2133.outbound.protection.outlook.com [40.107.100.133])",
             ident="4SCt5Ub6Nh")
    return message(h, text(body, cte="quoted-printable"))


@neg(32, family="non_interview_appointment", company=None,
     note="Patient-portal appointment reminder (doctor) with a fixed time and an ICS: a confirmed time, not an "
          "interview.", days=(("Thu", "2026-09-24"),))
def m32() -> bytes:
    body = t("""
        Appointment Reminder

        Hello Brandon,

        This is a reminder of your upcoming appointment:

        Thursday, September 24, 2026 at 8:40 AM
        Dr. Anita Chaudhry, MD - Annual physical
        Riverside Family Medicine, 5020 S Yale Ave, Suite 210, Tulsa, OK 74135

        Please arrive 15 minutes early to complete check-in, and bring your insurance card. Fasting labs: nothing but water after midnight.

        To confirm, reply C. To cancel or reschedule, call (918) 555-0133 at least 24 hours in advance.

        Riverside Family Medicine Patient Portal
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Riverside Family Medicine//Patient Portal//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:appt-88412093@riversidefm-portal.com
        DTSTAMP:20260921T120004Z
        DTSTART:20260924T134000Z
        DTEND:20260924T142000Z
        SUMMARY:Annual physical - Dr. Anita Chaudhry
        LOCATION:5020 S Yale Ave\\, Suite 210\\, Tulsa\\, OK 74135
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Riverside Family Medicine <noreply@riversidefm-portal.com>",
             "Appointment reminder: Thu Sep 24 at 8:40 AM", "2026-09-21 07:00:04", CT,
             "<reminder.88412093.20260921@riversidefm-portal.com>",
             relay="from mail.riversidefm-portal.com (mail.riversidefm-portal.com [203.0.113.41])", ident="4RnE2Tc7Pj")
    return message(h, mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                 disposition="attachment")))


@neg(33, family="non_interview_appointment", company=None,
     note="Dealer service-scheduler confirmation (HTML only, base64) for a car service on Saturday 17 Oct 8:00 AM: "
          "a fixed time, not an interview.", days=(("Sat", "2026-10-17"),))
def m33() -> bytes:
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
        <table width="600" align="center" cellpadding="16"><tr><td>
        <h2 style="color:#b0121b">Brookside Auto Care</h2>
        <p>Hi Brandon,</p>
        <p>Your service appointment is <b>confirmed</b>.</p>
        <table cellpadding="4">
        <tr><td><b>When</b></td><td>Saturday, October 17, 2026 at 8:00 AM</td></tr>
        <tr><td><b>Vehicle</b></td><td>2021 Honda Accord EX (VIN ending 4417)</td></tr>
        <tr><td><b>Services</b></td><td>30,000 mile maintenance; check engine light diagnosis</td></tr>
        <tr><td><b>Advisor</b></td><td>Jimmy Tran</td></tr>
        <tr><td><b>Transportation</b></td><td>Waiting</td></tr>
        </table>
        <p>3920 S Peoria Ave, Tulsa, OK 74105 &middot; (918) 555-0104</p>
        <p><a href="https://brooksideauto.servicelane-mail.com/appt/55120">Reschedule or cancel</a></p>
        <p style="font-size:11px;color:#888">You are receiving this message because you scheduled service online.</p>
        </td></tr></table></body></html>
    """)
    h = head("Brookside Auto Care <appointments@servicelane-mail.com>",
             "Appointment Confirmed - Sat, Oct 17 at 8:00 AM", "2026-10-14 17:22:40", CT,
             "<appt-55120-confirm@servicelane-mail.com>",
             relay="from o3.servicelane-mail.com (o3.servicelane-mail.com [198.37.147.30])", ident="4S2Aq8Wx1k")
    return message(h, html(htm, cte="base64"))


@neg(34, family="school_conference", company=None,
     note="School messaging platform confirms a parent-teacher conference Thursday 29 Oct 4:15-4:30 PM: fixed time, "
          "not a job interview.", days=(("Thu", "2026-10-29"),))
def m34() -> bytes:
    body = t("""
        Maple Ridge Elementary

        Conference Confirmed

        Parent: Brandon Okafor
        Student: Zion Okafor (Grade 3)
        Teacher: Ms. Ketchum, Room 112
        Date: Thursday, October 29, 2026
        Time: 4:15 PM - 4:30 PM

        Conferences are 15 minutes. If you're running late, please let the front office know at (918) 555-0150 so we can keep the schedule moving for other families. Spanish and Vietnamese interpreters are available on request.

        Thank you for partnering with us!

        Sent via SchoolBridge on behalf of Maple Ridge Elementary. Reply STOP to opt out of text messages.
    """)
    h = head("Maple Ridge Elementary via SchoolBridge <noreply@schoolbridge-mail.com>",
             "Conference confirmed: Ms. Ketchum, Thu 10/29 4:15 PM", "2026-10-22 18:40:17", CT,
             "<sb.conf.2291833.1761176417@schoolbridge-mail.com>",
             relay="from mta2.schoolbridge-mail.com (mta2.schoolbridge-mail.com [198.51.100.77])", ident="4S6Hy1Zc2m")
    return message(h, alt(text(body), html(paras(body))))


@neg(35, family="team_event_current_job", company=None,
     note="Outlook invite from a colleague at the current employer (sent to personal addresses because badges "
          "are turned off after the layoff date): farewell happy hour Thu 10 Dec 4:30-7:00 PM CST with ICS. A team "
          "event, not an interview.", days=(("Thu", "2026-12-10"), ("Fri", "2026-12-18")))
def m35() -> bytes:
    body = t("""
        Hi all,

        Since a lot of us lose our Heartland email on the 18th, I'm sending this to personal addresses. Let's give the Tulsa trading tech team a proper send-off: Thursday 12/10 from 4:30 to 7:00 at Cypress Street Brewing, back room is reserved. First round is on Gary's corporate card (he said so, in writing).

        Families welcome. Bring your stories about the 2021 freeze.

        Amber
    """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Amber Collins:mailto:amber.collins.tul@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Okafor:mailto:brandon.okafor@example.org
        SUMMARY;LANGUAGE=en-US:Tulsa Trading Tech farewell happy hour
        DTSTART;TZID=Central Standard Time:20261210T163000
        DTEND;TZID=Central Standard Time:20261210T190000
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B75BDD010000000000000000100000009F8E7D6C5B4A3928170F6E5D4C3B2A19
        DTSTAMP:20261201T221503Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Cypress Street Brewing - back room
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Amber Collins <amber.collins.tul@example.com>", "Tulsa Trading Tech farewell happy hour",
             "2026-12-01 16:15:03", CT, "<DS7PR19MB4420E1D2C3B4A5968778695A4B3C2@DS7PR19MB4420.namprd19.prod.outlook.com>",
             relay="from NAM10-DS7-obe.outbound.protection.outlook.com (mail-ds7nam10on2139.outbound.protection.outlook.com [40.107.94.139])",
             ident="4SQx3Bd4Cn",
             to="Brandon Okafor <brandon.okafor@example.org>, Gary Lindsey <glindsey77@example.net>, tulsa-tt-alumni@example.com",
             extra=(("Content-class", "urn:content-classes:calendarmessage"),))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@neg(36, family="interviewer_current_job", company=None,
     note="Current employer's HR invites the user (forwarded from his work mailbox) to sit on a panel interviewing a "
          "candidate, Fri 6 Nov 1:00-1:45 PM CST, with an Exchange ICS. He is the interviewer, not the candidate.")
def m36() -> bytes:
    teams = TEAMS.format(tid="YjM4ZDFlNTQtNzAyMi00ZmE5LWI4NDEtMjk1ZmE3YzhkMGU2", mid="237 401 668 905",
                         pw="Lm2Ds8", pin="455 910 362")
    body = t("""
        Hi Brandon,

        Thank you for agreeing to sit on the technical panel for the Houston Scheduling Systems Analyst opening (backfill for the Tulsa transition). You'll interview Jordan Moreno, candidate, together with Priscilla Haynes. Please focus on the nominations and confirmations workflows; the resume and the interview scorecard are in Workday under Requisition R-2611.

        Please submit feedback in Workday within 24 hours of the interview.

        Thank you,
        Denise Pham
        HR Business Partner | Heartland Crude Marketing

    """) + "\n" + teams
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Denise Pham:mailto:dpham@heartlandcrude.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Okafor:mailto:brandon.okafor@heartlandcrude.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priscilla Haynes:mailto:phaynes@heartlandcrude.com
        SUMMARY;LANGUAGE=en-US:Interview: Jordan Moreno - Scheduling Systems Analyst (Panel: Okafor/Haynes)
        DTSTART;TZID=Central Standard Time:20261106T130000
        DTEND;TZID=Central Standard Time:20261106T134500
        UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EF5BDD01000000000000000010000000E7D6C5B4A39281706F5E4D3C2B1A0F9E
        DTSTAMP:20261102T151207Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Denise Pham <dpham@heartlandcrude.com>",
             "Interview: Jordan Moreno - Scheduling Systems Analyst (Panel: Okafor/Haynes)",
             "2026-11-02 09:12:07", CT, "<PH0PR21MB3016F9E8D7C6B5A4938271605F4E3@PH0PR21MB3016.namprd21.prod.outlook.com>",
             relay="from NAM12-PH0-obe.outbound.protection.outlook.com (mail-ph0nam12on2142.outbound.protection.outlook.com [40.107.220.142])",
             ident="4SAb6Ce7Do", to="Brandon Okafor <brandon.okafor@heartlandcrude.com>",
             extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", "brandon.okafor@heartlandcrude.com " + ME),
                    ("Content-class", "urn:content-classes:calendarmessage")))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@neg(37, family="webinar", company=None,
     note="Zoom webinar registration confirmation (industry webinar about how utilities interview engineers), Thu 1 "
          "Oct 12:00 PM CDT, with ICS: confirmed time, not an interview.", days=(("Thu", "2026-10-01"),))
def m37() -> bytes:
    body = t("""
        Hi Brandon Okafor,

        Thank you for registering for "Grid Modernization Webinar Series: How utilities hire (and interview) software engineers".

        Please submit any questions to: events@energysoftwarealliance.org

        Date Time: Oct 1, 2026 12:00 PM Central Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/84770112203?tk=Xz9fQ2aL0wR

        Passcode: 772301

        You can cancel your registration at any time.

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20260928T140011Z
        DTSTART:20261001T170000Z
        DTEND:20261001T180000Z
        SUMMARY:Grid Modernization Webinar Series: How utilities hire (and interview) software engineers
        UID:20260928T140011Z-84770112203@fe80:0:0:0:0:0:0:1
        LOCATION:https://us02web.zoom.us/w/84770112203?tk=Xz9fQ2aL0wR
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Energy Software Alliance <no-reply@zoom.us>",
             "Grid Modernization Webinar Series: How utilities hire (and interview) software engineers Confirmation",
             "2026-09-28 14:00:11", UTC, "<Hq4Tz0bPS7mXe1v9lAa3Wg@geopod-ismtpd-14>",
             relay="from s.zoom.us (s.zoom.us [170.114.10.85])", ident="4RqM8Fe9Ep",
             extra=(("Reply-To", "events@energysoftwarealliance.org"),))
    return message(h, mixed(alt(text(body), html(paras(body))),
                            calendar(ics, method=None, filename="webinar.ics", disposition="attachment")))


@neg(38, family="meetup", company=None,
     note="Meetup RSVP for a local Python meetup with a panel on technical interviews, Tue 10 Nov 6:30-8:30 PM CST.",
     days=(("Tue", "2026-11-10"),))
def m38() -> bytes:
    body = t("""
        You're going!

        Tulsa Python & Data
        Lightning talks + panel: "Surviving the technical interview in 2026"
        Tuesday, November 10, 2026
        6:30 PM to 8:30 PM CST

        Brady Arts Commons, 2nd floor
        112 N Main St, Tulsa, OK

        Pizza from 6:15. Panelists: two hiring managers from local energy companies and a bootcamp career coach. Bring questions!

        See event: https://www.meetup.com/tulsa-python-data/events/309114872/

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        Unsubscribe from RSVP confirmation emails: https://www.meetup.com/account/comm/
    """)
    h = head("Meetup <info@meetup.com>", "RSVP confirmed: Lightning talks + panel: \"Surviving the technical interview in 2026\"",
             "2026-11-03 16:00:48", UTC, "<1304498.46a91c2f0e@meetup.com>",
             relay="from mail175-31.meetupmail.com (mail175-31.meetupmail.com [198.2.175.31])", ident="4SBk1Gf2Fq",
             extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/unsub/rsvp>"),))
    return message(h, alt(text(body), html(paras(body))))


@neg(39, family="podcast", company=None,
     note="Podcast host confirms recording an interview with the user, Thursday Oct 8 2:00 PM Central: a confirmed "
          "'interview', but as a guest, not a job interview.", days=(("Thu", "2026-10-08"),))
def m39() -> bytes:
    body = t("""
        Hey Brandon!

        Confirmed - we'll record your interview for The Gridcast on Thursday, Oct 8 at 2:00 PM Central. Plan on about 45 minutes of talking plus 10 for sound check.

        Studio link (Riverside): https://riverside.fm/studio/the-gridcast?t=5b1e9f
        Headphones please, and Chrome works best. If you've got a USB mic, great; if not the laptop mic is fine, we'll clean it up.

        Rough outline:
        - how you ended up writing software for gas schedulers
        - the 2021 freeze from the inside
        - what you'd tell a new grad who wants to work on trading systems

        Thanks again for doing this!
        Jules Navarro
        Host, The Gridcast
    """)
    h = head("Jules Navarro <jules@gridcastpod.com>", "Gridcast recording - confirmed for Thursday",
             "2026-10-02 11:27:36", ET, "<CAJk2Hn0y9+Pq4Re1@mail.gmail.com>",
             relay="from mail-pl1-f182.google.com (mail-pl1-f182.google.com [209.85.214.182])", ident="4Rw2Hg3Gr")
    return message(h, text(body, cte="8bit"))


@neg(40, family="press_interview", company=None,
     note="Local reporter confirms a phone interview with the user for a story about the energy-tech job market, "
          "Monday Nov 23 at 11 a.m.: the user is the source, not a job candidate.", days=(("Mon", "2026-11-23"),))
def m40() -> bytes:
    body = t("""
        Hi Brandon,

        Thanks for agreeing to be interviewed for our story on how the Heartland Crude layoffs are rippling through Tulsa's energy-tech job market. I'll call you on your cell Monday, Nov. 23 at 11 a.m. It should take 20 minutes or so.

        A few things I'd like to cover: how long you'd been at Heartland, what the search has been like so far, and whether you're looking at leaving Tulsa. We can keep your name out of it if you'd rather; just let me know before we talk.

        Thanks,
        Maya Alvarado
        Business Reporter, The Tulsa Ledger
        (918) 555-0177
    """)
    h = head("Maya Alvarado <malvarado@tulsaledger.com>", "Our interview Monday",
             "2026-11-18 15:33:21", CT, "<CAMx7Jq1r8+Tn0Ws5@mail.gmail.com>",
             relay="from mail-oa1-f53.google.com (mail-oa1-f53.google.com [209.85.160.53])", ident="4SKd4Ih5Hs")
    return message(h, alt(text(body, cte="7bit", charset="us-ascii"), html(paras(body))))


@neg(41, family="mock_interview", company=None,
     note="Calendly booking with a career coach for a 'Mock Technical Interview', Mon 26 Oct 6:00-7:00 PM CDT, with "
          "ICS: a confirmed time, but a practice interview.")
def m41() -> bytes:
    body = t("""
        Hi Brandon Okafor,

        Your Mock Technical Interview (60 min) with Renee Holloway at 6:00pm (Central Time - US & Canada) on Monday, October 26, 2026 is scheduled.

        Location:
        https://us05web.zoom.us/j/86611230094

        Questions:
        What would you like to practice?
        System design for a trading/positions service; I have a real one at a Houston company next week.

        Payment: $120.00 USD (paid)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/2bd0e4f1-93a5-47c2-8e16-f0a9b7c3d215
        Reschedule: https://calendly.com/reschedulings/2bd0e4f1-93a5-47c2-8e16-f0a9b7c3d215

        Powered by Calendly.com
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:2bd0e4f1-93a5-47c2-8e16-f0a9b7c3d215@calendly.com
        DTSTAMP:20261023T190245Z
        DTSTART:20261026T230000Z
        DTEND:20261027T000000Z
        SUMMARY:Mock Technical Interview (60 min) between Renee Holloway and Brandon Okafor
        ORGANIZER;CN=Renee Holloway:mailto:renee@hollowaycareercoaching.com
        ATTENDEE;CN=Brandon Okafor;PARTSTAT=ACCEPTED:mailto:brandon.okafor@example.org
        LOCATION:https://us05web.zoom.us/j/86611230094
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Calendly <notifications@calendly.com>",
             "Confirmed: Mock Technical Interview (60 min) with Renee Holloway on Monday, October 26, 2026",
             "2026-10-23 14:02:45", CT, "<20261023190245.2bd0e4f1.invitee@calendly.com>",
             relay="from o7.email.calendly.com (o7.email.calendly.com [167.89.84.77])", ident="4S7Jf5Ji6t",
             extra=(("Reply-To", "Renee Holloway <renee@hollowaycareercoaching.com>"),))
    return message(h, mixed(alt(text(body), html(paras(body))),
                            calendar(ics, method=None, filename="invite.ics", disposition="attachment")))


@neg(42, family="auto_reply", company="Cimarron Midstream",
     note="Exchange out-of-office auto-reply from the Cimarron recruiter to the candidate's thank-you note; dates of "
          "absence only, no interview time. Company kept as the employer the auto-reply comes from.",
     days=(("Mon", "2026-09-28"),))
def m42() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office through Monday, September 28 with limited access to email. I will respond when I return.

        For urgent candidate matters, please contact recruiting@cimarronmidstream.com.

        Jenna Whitlock
        Talent Acquisition Partner | Cimarron Midstream
    """)
    h = head("Jenna Whitlock <jenna.whitlock@cimarronmidstream.com>",
             "Automatic reply: Thank you - Software Engineer II interview", "2026-09-24 09:01:12", CT,
             "<SA1PR14MB5839AA0B1C2D3E4F5A6B7C8D9E0F1@SA1PR14MB5839.namprd14.prod.outlook.com>",
             relay="from NAM12-SA1-obe.outbound.protection.outlook.com (mail-sa1nam12on2118.outbound.protection.outlook.com [40.107.215.118])",
             ident="4RpB7Kj8Ju",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<CAF7p1oY4+Tq8@mail.example.org>"),
                    ("Thread-Topic", "Thank you - Software Engineer II interview")))
    return message(h, alt(text(body), html(paras(body))))


@neg(43, family="bounce", company=None,
     note="Postfix delivery-status bounce of the candidate's own thank-you note (mistyped domain) after the Hudson "
          "Tidewater panel; the returned message mentions today's interview but nothing is scheduled.")
def m43() -> bytes:
    expl = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <thomas.wexler@hudsontidewatercap.com>: host
            mx.hudsontidewatercap.com[192.0.2.58] said: 550 5.1.1
            <thomas.wexler@hudsontidewatercap.com>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
    """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4SJc9Lk0Kv
        X-Postfix-Sender: rfc822; brandon.okafor@example.org
        Arrival-Date: Thu, 12 Nov 2026 12:39:58 -0600 (CST)

        Final-Recipient: rfc822; thomas.wexler@hudsontidewatercap.com
        Original-Recipient: rfc822;thomas.wexler@hudsontidewatercap.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.hudsontidewatercap.com
        Diagnostic-Code: smtp; 550 5.1.1 <thomas.wexler@hudsontidewatercap.com>:
            Recipient address rejected: User unknown in virtual mailbox table
    """)
    orig = message([
        ("From", TO),
        ("To", "Thomas Wexler <thomas.wexler@hudsontidewatercap.com>"),
        ("Subject", "Thank you for today's interview"),
        ("Date", date("2026-11-12 12:39:55", CT)),
        ("Message-ID", "<CAF7p1oQ3+Wx6@mail.example.org>"),
    ], text(t("""
        Hi Thomas,

        Thank you for taking the time to talk with me this morning. I enjoyed hearing how the commodities technology group is splitting the position service out of the old risk engine, and I'd love to help with that work.

        Best regards,
        Brandon Okafor
    """), charset="us-ascii", cte="7bit"))
    report = multipart("report", text(expl, charset="us-ascii", cte="7bit", params=""),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig),
                       params="report-type=delivery-status")
    h = head("MAILER-DAEMON@mx1.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
             "2026-11-12 12:40:02", CT, "<20261112184002.4SJd0Ml1Lw@mx1.example.org>",
             relay="from localhost (localhost [127.0.0.1])", ident="4SJd0Ml1Lw",
             extra=(("Auto-Submitted", "auto-replied"),))
    return message(h, report)


@neg(44, family="mailing_list", company=None,
     note="Google Groups digest of a local developers' list; one member mentions his own Prairie Wind interview "
          "'Monday at 1:30'. Someone else's interview, mailing-list mail.")
def m44() -> bytes:
    body = t("""
        okc-energy-devs@googlegroups.com
        Google Groups
        Topic digest
        View all topics

          * Anyone interviewed at Prairie Wind? - 2 Updates
          * Dec meetup venue - 1 Update

        Anyone interviewed at Prairie Wind?
        Luis Cardenas <lcardenas.dev@example.net>: Nov 14 04:51PM -0600

        Got the call back from Prairie Wind Electric for the SCADA/outage dev job. Mine's Monday at 1:30, in person at the SE 29th office. Anyone know what the panel asks? Whiteboard? Take-home?

        Back to top

        Kelsey Wahpepah <kwahpepah@example.com>: Nov 14 07:02PM -0600

        I did it last year (different role). Two people, very friendly, mostly SQL and questions about how you'd handle an outage-map feed going stale. Wear something warm, that conference room is a freezer.

        Back to top

        Dec meetup venue
        Jake Eubanks <jake@example.org>: Nov 15 12:15AM -0600

        Looks like we lost the library room for December. Anyone have an office that can hold 30 people?

        Back to top

        You received this digest because you're subscribed to updates for this group. You can change your settings on the group membership page.
        To unsubscribe from this group and stop receiving emails from it send an email to okc-energy-devs+unsubscribe@googlegroups.com.
    """)
    h = head("okc-energy-devs@googlegroups.com",
             "[okc-energy-devs] Digest for okc-energy-devs@googlegroups.com - 3 updates in 2 topics",
             "2026-11-15 06:12:40", UTC, "<0000000000007a1f3c0641b2e9d4@google.com>",
             relay="from mail-yb1-f200.google.com (mail-yb1-f200.google.com [209.85.219.200])", ident="4SKb2Ng3Mx",
             extra=(("List-Id", "<okc-energy-devs.googlegroups.com>"),
                    ("List-Unsubscribe", "<mailto:okc-energy-devs+unsubscribe@googlegroups.com>"),
                    ("Precedence", "list"), ("Mailing-list", "list okc-energy-devs@googlegroups.com")))
    return message(h, alt(text(body, charset="UTF-8", params="format=flowed; delsp=yes", cte="7bit"),
                          html(paras(body))))


@neg(45, family="workforce_office", company=None,
     note="State workforce office (HTML only): Rapid Response reemployment session for laid-off Heartland workers, "
          "Tue 29 Sep 10:30 AM-12:00 PM, followed by a 15-minute individual 'intake interview' with a career "
          "navigator. A government appointment, not a job interview.", days=(("Tue", "2026-09-29"),))
def m45() -> bytes:
    htm = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#1b1b1b">
        <div style="background:#004b87;color:#fff;padding:12px 18px"><b>Oklahoma Workforce Services</b> &middot; Tulsa Workforce Center</div>
        <div style="padding:18px">
        <p>Dear Brandon Okafor,</p>
        <p>You are receiving this notice because your employer, Heartland Crude Marketing, LLC, has filed a layoff notice affecting the Tulsa office. Our Rapid Response team will hold an on-site reemployment session for affected workers.</p>
        <p><b>Your appointment:</b><br>
        Tuesday, September 29, 2026<br>
        10:30 AM - 12:00 PM<br>
        Tulsa Workforce Center, 1500 E 11th St, Room B (free parking on the east side)</p>
        <p>The session covers unemployment insurance, COBRA and health coverage, training funds, and job search services. After the group session, each attendee will have a 15-minute individual intake interview with a career navigator. Please bring a photo ID and your most recent resume.</p>
        <p>If you need an accommodation or an interpreter, call (918) 555-0128 at least two business days before your appointment.</p>
        <p style="font-size:12px;color:#555">Oklahoma Workforce Services is an equal opportunity employer/program. Auxiliary aids and services are available upon request to individuals with disabilities. This message was sent from an unattended mailbox.</p>
        </div></body></html>
    """)
    h = head("Oklahoma Workforce Services <noreply@okworkforce-services.org>",
             "Rapid Response Reemployment Session - Appointment Notice", "2026-09-22 13:00:05", CT,
             "<rr.notice.2026-0917.55310@okworkforce-services.org>",
             relay="from smtp.okworkforce-services.org (smtp.okworkforce-services.org [198.51.100.160])",
             ident="4RnS3Ph4Ny")
    return message(h, html(htm, charset="iso-8859-1", cte="quoted-printable"))


@neg(46, family="admission_interview", company=None,
     note="University graduate-admissions CRM confirms an evening-MBA admissions interview Friday 16 Oct 5:30 PM "
          "Central (CDT, 22:30Z) with an ICS: a confirmed interview, but for a degree program, not a job.",
     days=(("Fri", "2026-10-16"),))
def m46() -> bytes:
    body = t("""
        Dear Brandon,

        Thank you for applying to the Professional (Evening) MBA at the Keller School of Business. Your admissions interview is confirmed:

        Friday, October 16, 2026
        5:30 PM Central Time
        30 minutes, via Zoom: https://crosstimbers.zoom.us/j/92003318876
        Interviewer: Lauren Whitebird, Assistant Director of Graduate Admissions

        The interview is conversational. Be ready to talk about your career goals, why an MBA now, and how you'll balance the program with work. Business casual is appropriate, even on camera.

        Your application status page: https://apply.crosstimbers.edu/apply/status

        Go Rangers!

        Office of Graduate Admissions
        Keller School of Business, Cross Timbers University
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Technolutions//Slate//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:slate-interview-6b21f9d0@crosstimbers.edu
        DTSTAMP:20261012T150002Z
        DTSTART:20261016T223000Z
        DTEND:20261016T230000Z
        SUMMARY:MBA Admissions Interview - Keller School of Business
        LOCATION:https://crosstimbers.zoom.us/j/92003318876
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Keller School Graduate Admissions <gradadmissions@crosstimbers.edu>",
             "Your MBA admissions interview is confirmed", "2026-10-12 10:00:02", CT,
             "<slate.6b21f9d0.20261012150002@crosstimbers.edu>",
             relay="from mx.technolutions.net (mx.technolutions.net [64.94.45.180])", ident="4S2Ql5Oi6z")
    return message(h, mixed(alt(text(body), html(paras(body))),
                            calendar(ics, method="PUBLISH", filename="interview.ics", disposition="attachment")))


@neg(47, family="sports_tryout", company=None,
     note="Adult amateur soccer club confirms a Division 1 try-out Sunday 13 Sep 9:00 AM: fixed time, not an "
          "interview.", days=(("Sun", "2026-09-13"),))
def m47() -> bytes:
    body = t("""
        Hi Brandon,

        Got your registration for D1 tryouts, thanks. Details:

        Sunday Sept 13, 9:00 AM sharp (check in from 8:30)
        Veterans Park, Field 3 (the one by the tennis courts)

        Bring cleats, shin guards, a white and a dark shirt, water, and the $20 tryout fee (cash or Venmo @GreenCountryFC). Tryouts run about two hours: warm-up, small-sided games, then an 11v11 scrimmage. Coaches will email roster decisions by Wednesday.

        See you out there,
        Dave Mercer
        Club Secretary, Green Country FC
    """)
    h = head("Dave Mercer <dave.mercer@greencountryfc.org>", "D1 tryouts this Sunday",
             "2026-09-09 20:15:44", CT, "<CAG5n2Mh8p+Rz1Kt3@mail.gmail.com>",
             relay="from mail-io1-f47.google.com (mail-io1-f47.google.com [209.85.166.47])", ident="4Rf1Rm6Pj7a")
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@neg(48, family="bank_advisor", company=None,
     note="Microsoft Bookings confirmation from a bank's wealth-advisory team (same bank as a Taleo interview in "
          "this inbox): 401(k) rollover consultation Mon 7 Dec 12:00-12:45 PM CST with ICS. A personal banking "
          "appointment, not an interview.", days=(("Mon", "2026-12-07"),))
def m48() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="max-width:600px;margin:0 auto">
        <div style="background:#6b1f3a;color:#fff;padding:16px 20px;font-size:20px">Redbud Wealth Advisors</div>
        <div style="padding:20px">
        <p>Hello Brandon Okafor,</p>
        <p>Your booking has been confirmed.</p>
        <table cellpadding="6" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>401(k) Rollover Consultation</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>Monday, December 7, 2026</td></tr>
        <tr><td style="color:#605e5c">Time</td><td>12:00 PM - 12:45 PM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Marcus Lee, CFP\u00ae</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Redbud Tower, 4th floor, 320 S Boston Ave, Tulsa</td></tr>
        </table>
        <p>Please bring your most recent 401(k) statement from Heartland Crude Marketing and a photo ID.</p>
        <p style="color:#605e5c;font-size:12px">Investment products: Not FDIC insured &middot; No bank guarantee &middot; May lose value</p>
        </div></div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Redbud Wealth Advisors:mailto:RedbudWealthAdvisors@redbudbank.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Okafor:mailto:brandon.okafor@example.org
        SUMMARY;LANGUAGE=en-US:401(k) Rollover Consultation
        DTSTART;TZID=Central Standard Time:20261207T120000
        DTEND;TZID=Central Standard Time:20261207T124500
        UID:040000008200E00074C5B7101A82E008000000009A8B7C6D5E5BDD01000000000000000010000000B1C2D3E4F5A6978899AABBCCDDEEFF00
        DTSTAMP:20261201T164011Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Redbud Tower\\, 4th floor
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
    """)
    h = head("Redbud Wealth Advisors <RedbudWealthAdvisors@redbudbank.com>",
             "Your booking has been confirmed: 401(k) Rollover Consultation", "2026-12-01 10:40:11", CT,
             "<SN6PR05MB4420A1B2C3D4E5F60718293A4B5C6@SN6PR05MB4420.namprd05.prod.outlook.com>",
             relay="from NAM02-SN6-obe.outbound.protection.outlook.com (mail-sn6nam02on2107.outbound.protection.outlook.com [40.107.95.107])",
             ident="4SQy4Ce5Do")
    return message(h, alt(html(htm, cte="base64"), calendar(ics)))


@neg(49, family="forwarded_other", company=None,
     note="The candidate's sister forwards her own Greenhouse confirmation (Thursday, October 29, 10:00-11:00 AM "
          "MDT) asking for tips: a confirmed job interview, but someone else's.", days=(("Thu", "2026-10-29"),))
def m49() -> bytes:
    body = t("""
        Bran!! look. It's the informatics one I told you about at Mom's. Any tips? You've done like ten of these this fall lol. Call me tomorrow after 6 your time?

        T

        ---------- Forwarded message ---------
        From: Cherry Creek Medical Center <no-reply@us.greenhouse-mail.io>
        Date: Mon, Oct 26, 2026 at 3:12 PM
        Subject: Interview Confirmation: Clinical Informatics Analyst at Cherry Creek Medical Center
        To: Tasha Okafor <tasha.okafor@example.com>

        Hi Tasha,

        Thank you for your interest in Cherry Creek Medical Center! We're excited to confirm your interview for the Clinical Informatics Analyst role.

        Date: Thursday, October 29, 2026
        Time: 10:00 AM - 11:00 AM MDT
        Location: 2300 E Cedar Ave, Denver, CO - Admin Building, 3rd floor

        You'll be meeting with Rachel Dominguez (Informatics Manager) and Pete Sorensen (Nurse Informaticist).

        If you need to reschedule, please reply to this email.

        Best,
        Gwen Albright
        Talent Acquisition, Cherry Creek Medical Center
    """)
    from make import gmail_html
    h = head("Tasha Okafor <tasha.okafor@example.com>",
             "Fwd: Interview Confirmation: Clinical Informatics Analyst at Cherry Creek Medical Center",
             "2026-10-26 20:05:37", MT, "<CAP9s3Ld7q+Vy2Mu5@mail.gmail.com>",
             relay="from mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])", ident="4S8Ba6Dq7b")
    return message(h, alt(text(body), html(gmail_html(body))))


@neg(50, family="non_interview_appointment", company=None,
     note="Paramedical exam for a life-insurance application, Wednesday 4 Nov 7:30 AM at home; mentions a 'medical "
          "history interview' but it is an insurance exam.", days=(("Wed", "2026-11-04"),))
def m50() -> bytes:
    body = t("""
        Dear Brandon Okafor,

        Your paramedical exam for your Great Plains Mutual Life application (policy no. GP-7741902) is scheduled:

        Date: Wednesday, November 4, 2026
        Time: 7:30 AM
        Location: Your home address on file
        Examiner: Gina Thompson

        The exam takes about 30 minutes and includes a brief medical history interview, height and weight, blood pressure, and blood and urine samples.

        To prepare: fast for 8 hours beforehand (water is fine), avoid caffeine, nicotine and strenuous exercise for 12 hours, and have a photo ID and a list of your medications ready.

        To reschedule, call 1-800-555-0119 or reply to this email.

        VitalPoint Paramedical Services
        on behalf of Great Plains Mutual Life Insurance Company
    """)
    h = head("VitalPoint Paramedical <scheduling@vitalpointexams.com>",
             "Exam appointment confirmed - Wed 11/4 7:30 AM", "2026-10-30 09:10:26", CT,
             "<vp.appt.7741902.20261030141026@vitalpointexams.com>",
             relay="from smtp2.vitalpointexams.com (smtp2.vitalpointexams.com [203.0.113.95])", ident="4S9Gb7Er8c")
    return message(h, text(body, cte="quoted-printable"))
