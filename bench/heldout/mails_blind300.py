"""blind300: a blind 50-mail held-out set, the inbox of Callum Reid, a games-studio QA lead job-hunting
in Dundee, Scotland (Europe/London), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the non-score parts of the held-out
README, the dev corpus README, two dev mails, dev/labels.json and score.py; it did not read the
detector, its tests, the other held-out mails or sets, and never ran the detector. Every mail below is
written by hand, one function per mail, in British (Scottish) English in many voices: the ATS and
scheduler systems (Greenhouse, Lever, Workday, Ashby, iCIMS, Workable, Teamtailor, Personio,
Recruitee, SmartRecruiters, GoodTime, Calendly, Microsoft Bookings), Exchange/Outlook and Google
Calendar invitations, agency recruiters, hiring managers, replies on quoted threads, forwards to self,
and the rest of a job-hunter's and a life's mail. Keys 1-23 are positives, 24-50 negatives; the file
numbers are a fixed shuffle of that writing order.
"""

from __future__ import annotations

import hashlib
import random

import make
from make import (
    addr,
    alt,
    attached_message,
    calendar,
    date,
    enc,
    html,
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
)

ORDER = random.Random(3000300).sample(range(1, 51), 50)
SET = "blind300"


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


LON = "Europe/London"
HEL = "Europe/Helsinki"
TOR = "America/Toronto"
ME = "callum.reid@example.org"
CALLUM = addr("Callum Reid", ME)


def _id(seed: str, n: int = 12) -> str:
    return hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:n].upper()


def envelope(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, *,
             to: str = CALLUM, cc: str | None = None, reply_to: str | None = None,
             extra: tuple[tuple[str, str], ...] = (), lag: int = 4) -> list[tuple[str, str]]:
    """The headers every delivered mail has, in the order a Postfix mailbox keeps them."""
    hs = [
        ("Return-Path", "<bounces+" + _id(mid, 8).lower() + "@" + relay.split(" ")[1].split("(")[0] + ">"),
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, "mx1.example.org (Postfix) with ESMTPS id " + _id(mid, 10),
                              ME, lag)),
        ("From", frm),
        ("To", to),
    ]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", enc(subject)), ("Date", date(when, zone)), ("Message-ID", mid)]
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += list(extra)
    return hs


def paras(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1f") -> str:
    """A plain ATS-style HTML twin of a text body: one <p> per paragraph, <br> per line."""
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{ps(body)}\n</body></html>\n")


def ps(body: str) -> str:
    import html as _h

    blocks = body.strip("\n").split("\n\n")
    return "\n".join("<p>" + "<br>\n".join(_h.escape(x) for x in b.split("\n")) + "</p>" for b in blocks)


LONDON_VTZ = """BEGIN:VTIMEZONE
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

HELSINKI_VTZ = """BEGIN:VTIMEZONE
TZID:Europe/Helsinki
X-LIC-LOCATION:Europe/Helsinki
BEGIN:DAYLIGHT
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
TZNAME:EEST
DTSTART:19700329T030000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
TZNAME:EET
DTSTART:19701025T040000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

EXCHANGE_HEADERS = (
    ("Thread-Index", "AdxK3v2mQ0b1xQ8rTUuYc4bNfZ2wAw=="),
    ("Accept-Language", "en-GB, en-US"),
    ("Content-Language", "en-GB"),
    ("X-MS-Has-Attach", ""),
    ("X-MS-TNEF-Correlator", ""),
    ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
)


def exchange_extra(topic: str, seed: str) -> tuple[tuple[str, str], ...]:
    return (("Thread-Topic", enc(topic)), ("Thread-Index", _id(seed, 22) + "=="),
            *[h for h in EXCHANGE_HEADERS if h[0] != "Thread-Index"])


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-08T13:00:00Z", end="2026-09-08T13:45:00Z",
           contact="morag.lindsay@kelpieinteractive.co.uk", company="Kelpie Interactive",
           local="Tue 2026-09-08 14:00", local_end="2026-09-08 14:45", zone=LON,
           note="Greenhouse confirmation, 'Tuesday 8 September, 14:00 - 14:45 BST' = 13:00-13:45Z; "
                "contact = recruiter in Reply-To (From is Greenhouse no-reply)")
def m01() -> bytes:
    body = t("""
        Hi Callum,

        Thanks for making time to speak with us. Your interview for QA Lead (Edinburgh) is confirmed:

        Tuesday 8 September 2026
        14:00 - 14:45 BST
        Google Meet: https://meet.google.com/kxp-wuqa-rme

        You'll be speaking with:
          Morag Lindsay - Talent Partner
          Tom Henderson - Head of Quality

        It's a relaxed first conversation: your background in console QA, how you've run a test team
        through cert, and what you're looking for next. No prep needed beyond a look at our games.

        If anything changes, just reply to this email and it will reach Morag.

        All the best,
        The Kelpie Interactive Talent Team
        """)
    hs = envelope("Kelpie Interactive <no-reply@us.greenhouse-mail.io>",
                  "Interview confirmation: QA Lead (Edinburgh) at Kelpie Interactive",
                  "2026-09-02 16:12:08", LON,
                  "<0100018f2c5a6e11-3b0de1a8-74c2-4d1e-9a0f-5b2c7e1d9f44-000000@email.amazonses.com>",
                  "from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
                  reply_to=addr("Morag Lindsay", "morag.lindsay@kelpieinteractive.co.uk"))
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-09-16T09:00:00Z", end="2026-09-16T10:00:00Z",
           contact="euan.baird@clydesidegames.com", company="Clydeside Games",
           local="Wed 2026-09-16 10:00", local_end="2026-09-16 11:00", zone=LON,
           note="Lever confirmation with invite.ics (TZID Europe/London); 10:00-11:00 BST = 09:00-10:00Z; "
                "contact = hiring manager in Reply-To and ICS ORGANIZER")
def m02() -> bytes:
    body = t("""
        Hi Callum,

        Great news - your interview with Clydeside Games has been scheduled.

        Role: Senior QA Lead
        When: Wednesday, 16 September 2026, 10:00 - 11:00 (BST)
        Where: Clydeside Games, 2nd Floor, 41 Bothwell Street, Glasgow G2 6NL
        Interviewers: Euan Baird (QA Director), Nadia Qureshi (Lead Producer)

        Please bring some photo ID for reception. A calendar invitation is attached.

        If you need to make any changes, reply to this message.

        Thanks,
        Euan Baird
        Clydeside Games
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LONDON_VTZ}
BEGIN:VEVENT
UID:lever-interview-4f1c9a2e-7d3b-4e61-8c55-2a9d0e6b7f31@hire.lever.co
DTSTAMP:20260910T100500Z
DTSTART;TZID=Europe/London:20260916T100000
DTEND;TZID=Europe/London:20260916T110000
SEQUENCE:0
SUMMARY:Interview: Callum Reid - Senior QA Lead (Clydeside Games)
LOCATION:Clydeside Games, 2nd Floor, 41 Bothwell Street, Glasgow G2 6NL
ORGANIZER;CN=Euan Baird:mailto:euan.baird@clydesidegames.com
ATTENDEE;CN=Callum Reid;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.reid@example.org
ATTENDEE;CN=Nadia Qureshi;ROLE=REQ-PARTICIPANT:mailto:nadia.qureshi@clydesidegames.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = envelope("Clydeside Games <no-reply@hire.lever.co>",
                  "Interview scheduled with Clydeside Games", "2026-09-10 11:05:40", LON,
                  "<lever.8c0d1e2f3a4b@hire.lever.co>",
                  "from mail-144.hire.lever.co (mail-144.hire.lever.co [198.21.4.144])",
                  reply_to=addr("Euan Baird", "euan.baird@clydesidegames.com"))
    return message(hs, mixed(alt(text(body), html(paras(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-09-17T09:30:00Z", end="2026-09-17T10:30:00Z",
           contact="priya.nair@ravenmoor.co.uk", company="Ravenmoor Entertainment",
           local="Thu 2026-09-17 10:30", local_end="2026-09-17 11:30", zone=LON,
           note="Workday HTML-only base64; '10:30 AM - 11:30 AM (GMT+01:00) Europe/London' = 09:30-10:30Z; "
                "sender is the tenant's myworkday.com address, contact = recruiter address in the body")
def m03() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333333">
        <tr><td><img src="https://wd3.myworkdaysite.com/ravenmoor/assets/logo.png" alt="Ravenmoor Entertainment" width="180"></td></tr>
        <tr><td>
        <p>Dear Callum,</p>
        <p>Thank you for your interest in the <b>QA Lead - Live Services</b> position (R-10482) at Ravenmoor Entertainment. We are pleased to confirm your interview.</p>
        <table cellpadding="4" cellspacing="0" style="font-size:14px">
        <tr><td><b>Date</b></td><td>Thursday, 17 September 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:30 AM - 11:30 AM (GMT+01:00) Europe/London</td></tr>
        <tr><td><b>Format</b></td><td>Microsoft Teams (link to follow from the interviewer)</td></tr>
        <tr><td><b>Interviewers</b></td><td>Daniel Okoro, QA Manager; Priya Nair, Talent Acquisition</td></tr>
        </table>
        <p>If you have any questions or need to request an adjustment, please contact Priya Nair at <a href="mailto:priya.nair@ravenmoor.co.uk">priya.nair@ravenmoor.co.uk</a>.</p>
        <p>You can review your application at any time in the <a href="https://wd3.myworkdaysite.com/recruiting/ravenmoor/Careers">Ravenmoor Careers site</a>.</p>
        <p>Kind regards,<br>Ravenmoor Entertainment Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888888">This email was sent from an unmonitored mailbox. Ravenmoor Entertainment Ltd, 20 Gresse Street, London W1T 1QL.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = envelope("Ravenmoor Entertainment <ravenmoor@myworkday.com>",
                  "Interview Confirmation - QA Lead - Live Services (R-10482)", "2026-09-11 09:47:21", LON,
                  "<1811793602.2245519.1789116441301@wd3-prod-mail-12.myworkday.com>",
                  "from wd3-mail-out-12.myworkday.com (wd3-mail-out-12.myworkday.com [216.32.180.12])")
    return message(hs, html(body, cte="base64"))


@make.mail(N(4), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-09-24T15:00:00Z", end="2026-09-24T16:00:00Z",
           contact="hannah.okafor@lumenforge.io", company="Lumen Forge",
           local="Thu 2026-09-24 16:00", local_end="2026-09-24 17:00", zone=LON,
           note="Ashby confirmation for a remote team; '4:00 PM - 5:00 PM BST' = 15:00-16:00Z; ICS base64 "
                "attachment in Europe/London; contact = Reply-To recruiter (also ORGANIZER)")
def m04() -> bytes:
    body = t("""
        Hi Callum,

        Your interview is confirmed - we're looking forward to speaking with you!

        Thursday, 24 September 2026, 4:00 PM - 5:00 PM BST
        Google Meet (link in the calendar invite)

        You'll meet with:
          Sanna Lindqvist - Engineering Manager, Build & Release
          Rob Gallacher - QA Lead, Platform

        This is our technical conversation: expect to talk through a bug you're proud of finding, how
        you'd set up test coverage for a live-service patch, and how you work with a distributed team.

        Questions? Just reply and it will reach Hannah Okafor.

        Thanks,
        Lumen Forge Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LONDON_VTZ}
BEGIN:VEVENT
UID:b7c41e92-0d5f-4a8e-93c6-1f2e7a6d4b05
DTSTAMP:20260921T132000Z
DTSTART;TZID=Europe/London:20260924T160000
DTEND;TZID=Europe/London:20260924T170000
SEQUENCE:0
SUMMARY:Lumen Forge - QA Lead (Remote, UK) Technical Interview
LOCATION:Google Meet
ORGANIZER;CN=Hannah Okafor:mailto:hannah.okafor@lumenforge.io
ATTENDEE;CN=Callum Reid;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.reid@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = envelope("Lumen Forge <no-reply@ashbyhq.com>",
                  "Interview confirmed: QA Lead (Remote, UK) at Lumen Forge", "2026-09-21 14:20:02", LON,
                  "<0100019a4e2b7c33-6d0a9b1f-2e4c-4b7a-8f3d-9c1e0a7b5d62-000000@email.amazonses.com>",
                  "from a9-77.smtp-out.amazonses.com (a9-77.smtp-out.amazonses.com [54.240.9.77])",
                  reply_to=addr("Hannah Okafor", "hannah.okafor@lumenforge.io"))
    return message(hs, mixed(alt(text(body, cte="base64"), html(paras(body), cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(5), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-27T10:00:00Z", end="2026-10-27T11:00:00Z",
           contact="fraser.duncan@taysidepixel.co.uk", company="Tayside Pixel Works",
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=LON,
           note="Exchange meeting request, TZID 'GMT Standard Time'; sent in BST (Thu 22 Oct) but the "
                "clocks go back on Sun 25 Oct, so 10:00 on Tue 27 Oct is GMT = 10:00Z; contact = organiser")
def m05() -> bytes:
    body = t("""
        Hi Callum,

        As discussed on the phone, here's the invite for your interview with us next Tuesday. It'll be in
        person at the studio - come to the main door on Seabraes Lane and buzz for Tayside Pixel, we're on
        the third floor. You'll meet me and Gillian Stewart from production.

        Plan for about an hour: a chat about your current team, then a walk through one of our test
        plans for the Switch port.

        Cheers,
        Fraser

        Fraser Duncan
        Studio QA Manager | Tayside Pixel Works
        Seabraes Yards, Dundee DD1 4QB
        """)
    plain = t("""
        When: 27 October 2026 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Tayside Pixel Works, 3rd floor, Seabraes Yards, Dundee DD1 4QB

        *~*~*~*~*~*~*~*~*~*~*

        """) + body
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            "<p>When: 27 October 2026 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.<br>\n"
            "Where: Tayside Pixel Works, 3rd floor, Seabraes Yards, Dundee DD1 4QB</p>\n"
            "<p>*~*~*~*~*~*~*~*~*~*~*</p>\n" + ps(body) + "\n</div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["GMT Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Fraser Duncan:mailto:fraser.duncan@taysidepixel.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Callum Reid:mailto:callum.reid@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gillian Stewart:mailto:gillian.stewart@taysidepixel.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Callum\\, as discussed on the phone\\, here's the invite for your interview with us next Tuesday.\\n
UID:040000008200E00074C5B7101A82E00800000000D0A3B5F1E665DC01000000000000000010000000A1C7E3B52F6D7A4E8C0B9D1F2A3E4C5B
SUMMARY;LANGUAGE=en-GB:Interview - Callum Reid (QA Lead)
DTSTART;TZID=GMT Standard Time:20261027T100000
DTEND;TZID=GMT Standard Time:20261027T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T143100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Tayside Pixel Works\\, 3rd floor\\, Seabraes Yards\\, Dundee DD1 4QB
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117893114
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
    hs = envelope(addr("Fraser Duncan", "fraser.duncan@taysidepixel.co.uk"),
                  "Interview - Callum Reid (QA Lead)", "2026-10-22 15:31:12", LON,
                  "<LO2P265MB4418C2A1B0E7F3D95A6C1E22B84D0@LO2P265MB4418.GBRP265.PROD.OUTLOOK.COM>",
                  "from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2119.outbound.protection.outlook.com [40.107.10.119])",
                  extra=exchange_extra("Interview - Callum Reid (QA Lead)", "m05"))
    return message(hs, alt(text(plain), html(page), calendar(ics, cte="base64")))


@make.mail(N(6), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-29T15:00:00Z", end="2026-10-29T16:00:00Z",
           contact="genevieve.tremblay@studioboreal.ca", company="Studio Boréal",
           local="Thu 2026-10-29 11:00", local_end="2026-10-29 12:00", zone=TOR,
           note="Montréal employer, Teams meeting from Outlook with TZID 'Eastern Standard Time'; 11:00 "
                "Eastern on Thu 29 Oct is still EDT (North America changes on 1 Nov) = 15:00Z, although the "
                "UK is already on GMT; contact = organiser")
def m06() -> bytes:
    body = t("""
        Bonjour Callum,

        Thanks again for getting back to me so quickly. As agreed, I've booked Thursday 29 October at
        11:00 a.m. Eastern for your interview for the Lead QA Analyst role. You'll meet Mathieu Gagnon,
        our QA Director, and Olivia Chen from the live-ops team. We've blocked an hour.

        The Teams link is below. If the time no longer suits, just let me know.

        Au plaisir,
        Geneviève

        Geneviève Tremblay
        Talent Acquisition Partner | Studio Boréal
        5455 avenue de Gaspé, Montréal (QC) H2T 3B3

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGE5ZjYxMzEtZDc2Yi00%40thread.v2/0>
        Meeting ID: 318 442 967 105
        Passcode: 7qLm2W
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Geneviève Tremblay:mailto:genevieve.tremblay@studioboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Callum Reid:mailto:callum.reid@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Gagnon:mailto:mathieu.gagnon@studioboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivia Chen:mailto:olivia.chen@studioboreal.ca
UID:040000008200E00074C5B7101A82E008000000002F9C7A4B6E65DC01000000000000000010000000E6B1D2C3A4F5061728394A5B6C7D8E9F
SUMMARY;LANGUAGE=en-US:Interview - Lead QA Analyst - Callum Reid
DTSTART;TZID=Eastern Standard Time:20261029T110000
DTEND;TZID=Eastern Standard Time:20261029T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261023T141400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1372840021
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:genevieve.tremblay@studioboreal.ca\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NGE5ZjYxMzEtZDc2Yi00-thread.v2
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
    subject = "Interview - Lead QA Analyst - Callum Reid"
    hs = envelope(addr("Geneviève Tremblay", "genevieve.tremblay@studioboreal.ca"), subject,
                  "2026-10-23 10:14:36", TOR,
                  "<YT3PR01MB9175A0C4E2B3D61F8A7E5C09D1B2@YT3PR01MB9175.CANPRD01.PROD.OUTLOOK.COM>",
                  "from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2103.outbound.protection.outlook.com [40.107.115.103])",
                  extra=exchange_extra(subject, "m06"))
    return message(hs, alt(text(body), html(paras(body, "font-family:Aptos,Calibri,sans-serif;font-size:12pt")),
                           calendar(ics, cte="base64")))


@make.mail(N(7), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start="2026-10-14T12:00:00Z", end="2026-10-14T12:45:00Z",
           contact="aino.virtanen@revontuligames.fi", company="Revontuli Games",
           local="Wed 2026-10-14 15:00", local_end="2026-10-14 15:45", zone=HEL,
           note="Teamtailor confirmation from a Helsinki studio; '15:00-15:45 Helsinki time (EEST)' = "
                "12:00-12:45Z (13:00 in Dundee); Reply-To is a Teamtailor relay, contact = recruiter "
                "(ICS ORGANIZER and signature)")
def m07() -> bytes:
    body = t("""
        Hi Callum,

        Thanks for booking a time with us! Here are the details of your interview for the position
        QA Lead (Helsinki or remote).

        Date: Wednesday 14 October 2026
        Time: 15:00 - 15:45 (Helsinki time, EEST)
        Where: Video meeting, https://revontuligames.teamtailor.com/meetings/4d2f-91ae

        You will meet Aino Virtanen (Talent Partner) and Jussi Lehtonen (Head of QA).

        Kind regards,
        Aino Virtanen
        Talent Partner, Revontuli Games
        aino.virtanen@revontuligames.fi

        Revontuli Games Oy - Tallberginkatu 1, 00180 Helsinki
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{HELSINKI_VTZ}
BEGIN:VEVENT
UID:tt-meeting-8812035@teamtailor.com
DTSTAMP:20261007T100200Z
DTSTART;TZID=Europe/Helsinki:20261014T150000
DTEND;TZID=Europe/Helsinki:20261014T154500
SUMMARY:Interview: QA Lead - Revontuli Games
LOCATION:https://revontuligames.teamtailor.com/meetings/4d2f-91ae
ORGANIZER;CN=Aino Virtanen:mailto:aino.virtanen@revontuligames.fi
ATTENDEE;CN=Callum Reid;PARTSTAT=ACCEPTED:mailto:callum.reid@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = envelope(addr("Aino Virtanen at Revontuli Games", "no-reply@teamtailor-mail.com"),
                  "Interview booked: QA Lead – Revontuli Games", "2026-10-07 13:02:15", HEL,
                  "<6a1f3e0c9b2d4e57.8812035@teamtailor-mail.com>",
                  "from o12.teamtailor-mail.com (o12.teamtailor-mail.com [149.72.10.12])",
                  reply_to="reply+c2a8e0f14b9d@teamtailor-mail.com")
    return message(hs, mixed(alt(text(body), html(paras(body))),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@make.mail(N(8), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-02T15:00:00Z", end="2026-10-02T15:30:00Z",
           contact="jamie.sutherland@pebblecatgames.com", company="Pebblecat Games",
           local="Fri 2026-10-02 16:00", local_end="2026-10-02 16:30", zone=LON,
           note="Calendly invitee confirmation, '16:00 - 16:30, Friday, 2 October 2026 (United Kingdom "
                "Time)' in BST = 15:00-15:30Z; ICS in UTC; contact = hiring manager in Reply-To")
def m08() -> bytes:
    body = t("""
        Hi Callum Reid,

        A new event has been scheduled.

        Event Type:
        QA Lead - first chat with Jamie

        Invitee:
        Callum Reid

        Invitee Email:
        callum.reid@example.org

        Event Date/Time:
        16:00 - 16:30, Friday, 2 October 2026 (United Kingdom Time)

        Location:
        This is a Zoom web conference.
        https://pebblecatgames.zoom.us/j/86230117754?pwd=cWx0aGVyZUJhZ2dpbmdz

        Questions:
        Anything you'd like Jamie to know beforehand?
        I've led QA on two shipped Switch titles and I'm keen to hear about the co-op roguelike.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7e2b9d40-1c35-4a8f-b6e1-0f3d2c5a9e88
        Reschedule: https://calendly.com/reschedulings/7e2b9d40-1c35-4a8f-b6e1-0f3d2c5a9e88

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:7e2b9d40-1c35-4a8f-b6e1-0f3d2c5a9e88@calendly.com
DTSTAMP:20260929T184400Z
DTSTART:20261002T150000Z
DTEND:20261002T153000Z
SUMMARY:QA Lead - first chat with Jamie between Jamie Sutherland and Callum Reid
LOCATION:https://pebblecatgames.zoom.us/j/86230117754
ORGANIZER;CN=Jamie Sutherland:mailto:jamie.sutherland@pebblecatgames.com
ATTENDEE;CN=Callum Reid;PARTSTAT=ACCEPTED:mailto:callum.reid@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = envelope("Calendly <notifications@calendly.com>",
                  "Confirmed: QA Lead - first chat with Jamie between Jamie Sutherland and Callum Reid @ "
                  "Fri 2 Oct 2026 16:00 - 16:30 (BST)", "2026-09-29 19:44:51", LON,
                  "<calendly.7e2b9d40.invitee@calendly.com>",
                  "from o3.email.calendly.com (o3.email.calendly.com [167.89.115.3])",
                  reply_to=addr("Jamie Sutherland", "jamie.sutherland@pebblecatgames.com"))
    return message(hs, mixed(alt(text(body), html(paras(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@make.mail(N(9), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-11-09T11:00:00Z", end="2026-11-09T12:00:00Z",
           contact="iain.mcallister@merchantcitystudios.com", company="Merchant City Studios",
           local="Mon 2026-11-09 11:00", local_end="2026-11-09 12:00", zone=LON,
           note="Google Calendar invitation from the hiring manager; 'Monday 9 November 2026 11:00-12:00 "
                "Greenwich Mean Time' = 11:00-12:00Z, ICS in UTC; contact = organiser")
def m09() -> bytes:
    body = t("""
        Callum Reid / Merchant City Studios - QA Lead interview
        Monday 9 November 2026 ⋅ 11:00 – 12:00
        Greenwich Mean Time - London

        Location
        Merchant City Studios, 4th floor, 120 Albion Street, Glasgow G1 1LH
        https://www.google.com/maps/search/120+Albion+Street,+Glasgow?hl=en-GB

        Hi Callum - looking forward to it. Ask for me at reception; we'll do a tour of the test lab
        afterwards if you've got time. Iain

        Guests
        Iain McAllister - organiser
        Catriona Boyd
        callum.reid@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NXRmNmJxZDNyN2

        Reply for callum.reid@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NXRmNmJxZDNyN2&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NXRmNmJxZDNyN2&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NXRmNmJxZDNyN2&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261109T110000Z
DTEND:20261109T120000Z
DTSTAMP:20261103T091500Z
ORGANIZER;CN=Iain McAllister:mailto:iain.mcallister@merchantcitystudios.com
UID:5tf6bqd3r7k0m2p9v1c8s4h6jl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Iain McAllister;X-NUM-GUESTS=0:mailto:iain.mcallister@merchantcitystudios.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Catriona Boyd;X-NUM-GUESTS=0:mailto:catriona.boyd@merchantcitystudios.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.reid@example.org;X-NUM-GUESTS=0:mailto:callum.reid@example.org
CREATED:20261103T091452Z
DESCRIPTION:Hi Callum - looking forward to it. Ask for me at reception\\; we'll do a tour of the test lab afterwards if you've got time. Iain
LAST-MODIFIED:20261103T091500Z
LOCATION:Merchant City Studios\\, 4th floor\\, 120 Albion Street\\, Glasgow G1 1LH
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Callum Reid / Merchant City Studios - QA Lead interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = envelope(addr("Iain McAllister", "iain.mcallister@merchantcitystudios.com"),
                  "Invitation: Callum Reid / Merchant City Studios - QA Lead interview @ Mon 9 Nov 2026 "
                  "11:00 - 12:00 (GMT) (callum.reid@example.org)", "2026-11-03 09:15:00", LON,
                  "<calendar-3e8f1b2c-55a7-4d09-b0c4-7a9e2d1f6c38@google.com>",
                  "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                  reply_to=addr("Iain McAllister", "iain.mcallister@merchantcitystudios.com"),
                  extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body, cte="quoted-printable"),
                                 html(paras(body, "font-family:Roboto,Helvetica,Arial,sans-serif")),
                                 calendar(ics)),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(10), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-19T10:00:00Z", end="2026-11-19T14:00:00Z",
           contact="shona.grant@greyfriarsgames.com", company="Greyfriars Games",
           local="Thu 2026-11-19 10:00", local_end="2026-11-19 14:00", zone=LON,
           note="GoodTime virtual onsite, three sessions on Thu 19 Nov in GMT (10:00, 11:00, 13:00-14:00): "
                "start = first session, end = last session's end; contact = coordinator in Reply-To")
def m10() -> bytes:
    body = t("""
        Hi Callum,

        Your final-stage interviews with Greyfriars Games are confirmed. All times are UK time (GMT).

        Thursday, 19 November 2026

        10:00 - 10:45  Test strategy deep-dive with Ewan Mackie (Head of QA)
        11:00 - 11:45  Working with production, with Alice Fairbairn (Senior Producer)
        11:45 - 13:00  Break
        13:00 - 14:00  Leadership and culture, with Dr Kenji Watanabe (Studio Director)

        Each session has its own Zoom link in the calendar invitations you'll receive separately.

        If you have any questions, or need an adjustment, reply to this email and it will go to
        Shona Grant, your recruiting coordinator.

        Good luck!
        Greyfriars Games Recruiting

        Scheduled with GoodTime
        """)
    hs = envelope(addr("Greyfriars Games Recruiting", "no-reply@goodtime.io"),
                  "Your interview schedule with Greyfriars Games - Thursday, 19 November",
                  "2026-11-12 17:02:44", LON,
                  "<20261112170244.9f1e2d3c4b5a@goodtime.io>",
                  "from mta-21.goodtime.io (mta-21.goodtime.io [198.2.180.21])",
                  reply_to=addr("Shona Grant", "shona.grant@greyfriarsgames.com"))
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(N(11), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T13:00:00Z", end=None,
           contact="ross.kerr@pentlandtalent.co.uk", company="Skerryvore Studios",
           local="Thu 2026-10-08 14:00", zone=LON,
           note="Agency consultant confirms 'Thursday at 2pm'; the Date is Mon 5 Oct, so Thursday = 8 Oct, "
                "14:00 BST = 13:00Z; 'should be about an hour' is approximate, so end null; company = the "
                "client, contact = the consultant")
def m11() -> bytes:
    body = t("""
        Hiya Callum,

        Good news - Skerryvore came straight back and you're confirmed for Thursday at 2pm at their place
        on the Waterfront (Slessor Gardens side, big glass door next to the café). You'll be seeing Lorna
        Hay, their Head of QA, and Dave Petrie from production. Should be about an hour.

        Lorna's really keen on the cert work you did on the PlayStation side, so have a couple of stories
        ready on that. Give me a shout after and let me know how it went.

        Cheers,
        Ross

        Ross Kerr
        Senior Consultant, Games & Interactive
        Pentland Talent | 0131 496 0872 | ross.kerr@pentlandtalent.co.uk

        Sent from Outlook for iOS
        """)
    hs = envelope(addr("Ross Kerr", "ross.kerr@pentlandtalent.co.uk"),
                  "Skerryvore - you're confirmed!", "2026-10-05 12:40:09", LON,
                  "<DB9PR02MB7340E1A5C6B0F2D8A93E07F1C4D5@DB9PR02MB7340.eurprd02.prod.outlook.com>",
                  "from EUR02-DB9-obe.outbound.protection.outlook.com (mail-db9eur02on2110.outbound.protection.outlook.com [40.107.4.110])")
    return message(hs, text(body, cte="8bit"))


@make.mail(N(12), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-09-23T12:00:00Z", end="2026-09-23T12:30:00Z",
           contact=None, company="Dunedin Digital",
           local="Wed 2026-09-23 13:00", local_end="2026-09-23 13:30", zone=LON,
           note="Microsoft Bookings confirmation from a shared mailbox; the body labels 13:00 with "
                "'(UTC+00:00) Dublin, Edinburgh, Lisbon, London' although 23 Sep is BST, so 13:00 BST = "
                "12:00Z (the ICS in GMT Standard Time agrees); staff name only, contact null")
def m12() -> bytes:
    body = t("""
        Hello Callum Reid,

        Your booking is confirmed.

        QA Lead - screening call
        Wednesday, 23 September 2026
        13:00 - 13:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London
        Staff: Alasdair Murray

        Join your appointment
        Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmE2MDk4%40thread.v2/0

        Add to calendar | Manage booking

        Dunedin Digital Careers
        Quartermile Two, 2 Lister Square, Edinburgh EH3 9GL
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["GMT Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Dunedin Digital Careers:mailto:DDCareers@dunedindigital.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Callum Reid:mailto:callum.reid@example.org
UID:040000008200E00074C5B7101A82E00800000000B4C2A1F09E4ADC01000000000000000010000000C0FFEE5A1B2C3D4E5F60718293A4B5C6
SUMMARY;LANGUAGE=en-GB:QA Lead - screening call
DTSTART;TZID=GMT Standard Time:20260923T130000
DTEND;TZID=GMT Standard Time:20260923T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260917T090500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = envelope(addr("Dunedin Digital Careers", "DDCareers@dunedindigital.onmicrosoft.com"),
                  "Booking confirmed: QA Lead - screening call on Wednesday, 23 September 2026",
                  "2026-09-17 10:05:33", LON,
                  "<AM8P190MB0978D4C1B2E3F5A60718B9C0D1E2@AM8P190MB0978.EURP190.PROD.OUTLOOK.COM>",
                  "from EUR05-AM8-obe.outbound.protection.outlook.com (mail-am8eur05on2094.outbound.protection.outlook.com [40.107.21.94])",
                  extra=(("X-MS-Exchange-Bookings", "true"),))
    return message(hs, mixed(alt(text(body), html(paras(body, "font-family:Segoe UI,sans-serif"))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(13), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-11-12T15:00:00Z", end="2026-11-12T16:00:00Z",
           contact="kirsty.munro@brochanstudios.com", company="Brochan Studios",
           local="Thu 2026-11-12 15:00", local_end="2026-11-12 16:00", zone=LON,
           note="Callum forwards the Workable invitation to himself; '15:00 - 16:00 (GMT)' = 15:00-16:00Z; "
                "the forwarded From is a Workable relay, so contact = the studio manager's address in the "
                "quoted body")
def m13() -> bytes:
    body = t("""
        For the calendar - 12:11 train from Dundee, back on the 17:41.

        ---------- Forwarded message ---------
        From: Brochan Studios <brochan-studios+c7f2a91e@candidates.workablemail.com>
        Date: Fri, 6 Nov 2026 at 14:22
        Subject: Interview invitation: QA Lead at Brochan Studios
        To: <callum.reid@example.org>


        Hi Callum,

        Thanks for applying for the QA Lead role - we'd love to meet you. Your interview is booked for:

        Thursday 12 November 2026, 15:00 - 16:00 (GMT)
        Brochan Studios, Unit 6, 55 Trongate, Glasgow G1 5HU

        You'll meet me and our lead programmer, Stuart. We'll chat about your experience and then give
        you a hands-on look at the build we're taking to cert in the spring.

        If you have any questions before then, drop me a line at kirsty.munro@brochanstudios.com.

        Best wishes,
        Kirsty Munro
        Studio Manager, Brochan Studios

        Powered by Workable
        """)
    hs = envelope(CALLUM, "Fwd: Interview invitation: QA Lead at Brochan Studios", "2026-11-07 21:30:17", LON,
                  "<CAH7pX2q0mR9c1Lw4vZ8k3eN5bT6uYd2gF0sJ7hQ1aE9@mail.gmail.com>",
                  "from mail-wr1-f45.google.com (mail-wr1-f45.google.com [209.85.221.45])",
                  to=addr("Callum Reid", "callum.reid@example.com"))
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(14), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-10-21T09:00:00Z", end=None,
           contact="owen.price@tidewatergames.co.uk", company="Tidewater Games",
           local="Wed 2026-10-21 10:00", zone=LON,
           note="Hiring manager's short reply on top of the quoted thread: 'Wednesday 21st at 10 it is' "
                "(Callum accepted the 21 October 10:00 slot below); BST = 09:00Z; no length, end null")
def m14() -> bytes:
    body = t("""
        Great - Wednesday 21st at 10 it is. I'll send a Teams link the day before.

        Owen

        On Thu, 15 Oct 2026 at 19:03, Callum Reid <callum.reid@example.org> wrote:
        > Hi Owen,
        >
        > Thanks for getting in touch. Wednesday 21 October at 10:00 works well for me.
        >
        > Best,
        > Callum
        >
        > On Thu, 15 Oct 2026 at 11:26, Owen Price <owen.price@tidewatergames.co.uk> wrote:
        >> Hi Callum,
        >>
        >> Thanks for your application for the QA Lead role. I'd like to set up a video call with you and
        >> Sarah from our test team. Would one of these suit?
        >>
        >> - Tuesday 20 October, 14:00
        >> - Wednesday 21 October, 10:00
        >> - Friday 23 October, 11:30
        >>
        >> Owen Price
        >> Development Director, Tidewater Games
        """)
    hs = envelope(addr("Owen Price", "owen.price@tidewatergames.co.uk"),
                  "Re: QA Lead application - Tidewater Games", "2026-10-16 08:52:40", LON,
                  "<CAF3bW8xN4pK2oE9rV7yL1cT0dG5hS6mZ3aQ8uJ@mail.gmail.com>",
                  "from mail-lj1-f177.google.com (mail-lj1-f177.google.com [209.85.208.177])",
                  extra=(("In-Reply-To", "<CAJq1Lm7uP0rW5sX3nY8bK2dH6gT9vE4cZ1aF@mail.gmail.com>"),
                         ("References", "<CAF3bW8xN1pQ9eR2tY5uI7oP3aS6dF8gH0jK@mail.gmail.com>\r\n "
                                        "<CAJq1Lm7uP0rW5sX3nY8bK2dH6gT9vE4cZ1aF@mail.gmail.com>")))
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(15), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T14:00:00Z", end="2026-11-03T15:00:00Z",
           contact="sophie.allen@halcyonarcade.com", company="Halcyon Arcade",
           local="Tue 2026-11-03 14:00", local_end="2026-11-03 15:00", zone=LON,
           note="iCIMS HTML-only in iso-8859-1 (QP); UK date '03/11/2026' (3 November, not 11 March) "
                "14:00-15:00 GMT = 14:00-15:00Z; contact = recruiter address in the body")
def m15() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><div style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222">
        <p>Dear Callum,</p>
        <p>Thank you for your application for the position of <b>Senior QA Lead - Platform Certification</b> (Req ID 2026-4471) at Halcyon Arcade. We are delighted to invite you to an interview at our London studio.</p>
        <p><b>Date:</b> Tuesday 03/11/2026<br>
        <b>Time:</b> 14:00 - 15:00 GMT<br>
        <b>Location:</b> Halcyon Arcade, 7th Floor, 1 Canal Reach, King's Cross, London N1C 4BE<br>
        <b>Interview panel:</b> Marcus Whitfield (Director of QA), Sophie Allen (Talent Acquisition)</p>
        <p>We reimburse reasonable travel up to &pound;180 for candidates coming from outside London; please keep your receipts. Our caf&eacute; on the ground floor is open to visitors if you arrive early.</p>
        <p>Should you need to rearrange, please contact Sophie Allen at <a href="mailto:sophie.allen@halcyonarcade.com">sophie.allen@halcyonarcade.com</a> as soon as possible.</p>
        <p>Yours sincerely,<br>Talent Acquisition Team<br>Halcyon Arcade Ltd</p>
        <p style="font-size:10px;color:#777">Please do not reply to this message. This mailbox is not monitored. Powered by iCIMS.</p>
        </div></body></html>
        """)
    hs = envelope(addr("Halcyon Arcade Talent Acquisition", "halcyonarcade-notifications@talent.icims.com"),
                  "Interview Invitation - Senior QA Lead - Platform Certification", "2026-10-28 16:20:05", LON,
                  "<1672984315.48821.1793204405120@icims-mail-04.icims.com>",
                  "from smtp04.icims.com (smtp04.icims.com [12.130.136.204])")
    return message(hs, html(body, charset="iso-8859-1"))


@make.mail(N(16), family="recruitee", lang="en", interview=True, kind="scheduled",
           start="2026-09-14T10:00:00Z", end="2026-09-14T10:45:00Z",
           contact="aileen@kelvinbridgegames.com", company="Kelvin Bridge Games",
           local="Mon 2026-09-14 11:00", local_end="2026-09-14 11:45", zone=LON,
           note="Recruitee mail in windows-1252 8bit (curly quotes, dashes); 'Monday 14 September, "
                "11:00–11:45' in BST = 10:00-10:45Z; contact = founder's address in the signature")
def m16() -> bytes:
    body = t("""
        Hi Callum,

        Thanks so much for applying to be our first QA Lead – it’s a big hire for us and your CV really
        stood out. We’d love to have a proper chat.

        I’ve put you in for Monday 14 September, 11:00–11:45, on Google Meet:
        https://meet.google.com/fbd-oqzr-tav

        It’ll be me and Rahul (our tech director). Nothing formal – we’ll tell you about “Bothy”, our
        cosy survival game, and you can tell us how you’d set up testing at a 14-person studio.

        Speak soon,
        Aileen

        Aileen Fraser
        Co-founder & CEO, Kelvin Bridge Games
        aileen@kelvinbridgegames.com
        """)
    hs = envelope(addr("Aileen Fraser (Kelvin Bridge Games)", "kelvinbridgegames@mail.recruitee.com"),
                  "Interview for QA Lead at Kelvin Bridge Games", "2026-09-08 15:30:12", LON,
                  "<5f2e1a9c.recruitee.offer.318840.candidate.10927733@mail.recruitee.com>",
                  "from mail-out-3.recruitee.com (mail-out-3.recruitee.com [185.70.41.103])")
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


# ----------------------------------------------------------------------------- rescheduled


@make.mail(N(17), family="lever", lang="en", interview=True, kind="rescheduled",
           start="2026-09-18T14:00:00Z", end="2026-09-18T15:00:00Z",
           contact="euan.baird@clydesidegames.com", company="Clydeside Games",
           local="Fri 2026-09-18 15:00", local_end="2026-09-18 16:00", zone=LON,
           note="Lever reschedule (thread of the 16 Sep confirmation): old Wed 16 Sep 10:00 in the text, new "
                "Fri 18 Sep 15:00-16:00 BST = 14:00-15:00Z; ICS same UID with SEQUENCE:1")
def m17() -> bytes:
    body = t("""
        Hi Callum,

        Your interview with Clydeside Games has been rescheduled.

        Previously: Wednesday, 16 September 2026, 10:00 - 11:00 (BST)
        Now: Friday, 18 September 2026, 15:00 - 16:00 (BST)

        Where: Clydeside Games, 2nd Floor, 41 Bothwell Street, Glasgow G2 6NL
        Interviewers: Euan Baird (QA Director), Nadia Qureshi (Lead Producer)

        Euan says: "Sorry to shuffle you about, Callum - Nadia's been pulled into a milestone review on
        Wednesday. Friday afternoon we'll have her full attention."

        An updated calendar invitation is attached.

        Thanks,
        Clydeside Games
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LONDON_VTZ}
BEGIN:VEVENT
UID:lever-interview-4f1c9a2e-7d3b-4e61-8c55-2a9d0e6b7f31@hire.lever.co
DTSTAMP:20260914T082000Z
DTSTART;TZID=Europe/London:20260918T150000
DTEND;TZID=Europe/London:20260918T160000
SEQUENCE:1
SUMMARY:Interview: Callum Reid - Senior QA Lead (Clydeside Games)
LOCATION:Clydeside Games, 2nd Floor, 41 Bothwell Street, Glasgow G2 6NL
ORGANIZER;CN=Euan Baird:mailto:euan.baird@clydesidegames.com
ATTENDEE;CN=Callum Reid;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.reid@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = envelope("Clydeside Games <no-reply@hire.lever.co>",
                  "Interview rescheduled with Clydeside Games", "2026-09-14 09:20:31", LON,
                  "<lever.91a2b3c4d5e6@hire.lever.co>",
                  "from mail-144.hire.lever.co (mail-144.hire.lever.co [198.21.4.144])",
                  reply_to=addr("Euan Baird", "euan.baird@clydesidegames.com"))
    return message(hs, mixed(alt(text(body), html(paras(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(18), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-11-03T15:30:00Z", end="2026-11-03T16:30:00Z",
           contact="genevieve.tremblay@studioboreal.ca", company="Studio Boréal",
           local="Tue 2026-11-03 10:30", local_end="2026-11-03 11:30", zone=TOR,
           note="Exchange update (SEQUENCE:2, same UID) from Montréal, sent Wed 28 Oct in EDT: moved from "
                "Thu 29 Oct 11:00 to Tue 3 Nov 10:30 Eastern, which is EST after 1 Nov = 15:30Z "
                "(15:30 in Dundee); contact = organiser")
def m18() -> bytes:
    body = t("""
        Hi Callum,

        Apologies - Mathieu has to fly to our Québec City office on Thursday, so I've moved your interview
        to Tuesday 3 November, 10:30 to 11:30 a.m. Eastern. Same Teams link, same panel.

        Merci for your flexibility!
        Geneviève

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGE5ZjYxMzEtZDc2Yi00%40thread.v2/0>
        Meeting ID: 318 442 967 105
        Passcode: 7qLm2W
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Geneviève Tremblay:mailto:genevieve.tremblay@studioboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Callum Reid:mailto:callum.reid@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Gagnon:mailto:mathieu.gagnon@studioboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivia Chen:mailto:olivia.chen@studioboreal.ca
UID:040000008200E00074C5B7101A82E008000000002F9C7A4B6E65DC01000000000000000010000000E6B1D2C3A4F5061728394A5B6C7D8E9F
SUMMARY;LANGUAGE=en-US:Interview - Lead QA Analyst - Callum Reid
DTSTART;TZID=Eastern Standard Time:20261103T103000
DTEND;TZID=Eastern Standard Time:20261103T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T134000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1372840021
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    subject = "Updated: Interview - Lead QA Analyst - Callum Reid"
    hs = envelope(addr("Geneviève Tremblay", "genevieve.tremblay@studioboreal.ca"), subject,
                  "2026-10-28 09:40:02", TOR,
                  "<YT3PR01MB9175F7E6D5C4B3A29180F7E6D5C4@YT3PR01MB9175.CANPRD01.PROD.OUTLOOK.COM>",
                  "from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2108.outbound.protection.outlook.com [40.107.115.108])",
                  extra=exchange_extra("Interview - Lead QA Analyst - Callum Reid", "m06"))
    return message(hs, alt(text(body), html(paras(body, "font-family:Aptos,Calibri,sans-serif;font-size:12pt")),
                           calendar(ics, cte="base64")))


@make.mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-11-11T10:00:00Z", end=None,
           contact="ross.kerr@pentlandtalent.co.uk", company="Skerryvore Studios",
           local="Wed 2026-11-11 10:00", zone=LON,
           note="Agency reschedule of the second stage, old and new times in one mail: from 'Tuesday 10th "
                "November at 2pm' to 'Wednesday 11th at 10am' (GMT) = 10:00Z; no length, end null")
def m19() -> bytes:
    body = t("""
        Hi Callum,

        Quick one - Lorna's had a clash come up, so Skerryvore have asked to move your second stage from
        Tuesday 10th November at 2pm to Wednesday 11th at 10am instead. Same place, and it's still Lorna
        plus their studio head, Graham. I've said yes on your behalf since you told me mornings were
        easier that week - shout if that's a problem and I'll sort it.

        Have a good weekend,
        Ross

        Ross Kerr
        Senior Consultant, Games & Interactive
        Pentland Talent | 0131 496 0872 | ross.kerr@pentlandtalent.co.uk
        """)
    hs = envelope(addr("Ross Kerr", "ross.kerr@pentlandtalent.co.uk"),
                  "Skerryvore 2nd stage - new time", "2026-11-06 16:05:48", LON,
                  "<DB9PR02MB73402B4C6D8E0F1A3B5C7D9E1F20@DB9PR02MB7340.eurprd02.prod.outlook.com>",
                  "from EUR02-DB9-obe.outbound.protection.outlook.com (mail-db9eur02on2105.outbound.protection.outlook.com [40.107.4.105])")
    return message(hs, alt(text(body), html(paras(body, "font-family:Aptos,Calibri,sans-serif;font-size:12pt"))))


@make.mail(N(20), family="greenhouse", lang="en", interview=True, kind="rescheduled",
           start="2026-10-01T12:30:00Z", end="2026-10-01T14:00:00Z",
           contact="morag.lindsay@kelpieinteractive.co.uk", company="Kelpie Interactive",
           local="Thu 2026-10-01 13:30", local_end="2026-10-01 15:00", zone=LON,
           note="Greenhouse 'interview rescheduled' for the second stage: old Tue 29 Sep shown struck "
                "through, new Thu 1 Oct 13:30-15:00 BST = 12:30-14:00Z; contact = Reply-To recruiter")
def m20() -> bytes:
    body = t("""
        Hi Callum,

        Your onsite interview for QA Lead (Edinburgh) at Kelpie Interactive has been moved to a new time.

        New time:
        Thursday 1 October 2026
        13:30 - 15:00 BST

        Original time (no longer valid): Tuesday 29 September 2026, 13:00 - 14:30 BST

        Location: Kelpie Interactive, 3 Simpson Loan, Edinburgh EH3 9GG (ask for Morag at reception)

        Schedule:
          13:30 - 14:15  Test planning exercise with Tom Henderson
          14:15 - 15:00  Team fit with Ailsa Graham and Joe Mensah

        If this doesn't suit, reply to this email and Morag will find another slot.

        Thanks,
        The Kelpie Interactive Talent Team
        """)
    page = paras(body).replace("Original time (no longer valid): Tuesday 29 September 2026, 13:00 - 14:30 BST",
                               "<s>Original time: Tuesday 29 September 2026, 13:00 - 14:30 BST</s>")
    hs = envelope("Kelpie Interactive <no-reply@us.greenhouse-mail.io>",
                  "Updated interview time: QA Lead (Edinburgh) at Kelpie Interactive",
                  "2026-09-25 11:48:19", LON,
                  "<0100018f9b3c2d1e-7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d-000000@email.amazonses.com>",
                  "from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
                  reply_to=addr("Morag Lindsay", "morag.lindsay@kelpieinteractive.co.uk"))
    return message(hs, alt(text(body), html(page)))


# ----------------------------------------------------------------------------- cancelled


@make.mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-11-09T11:00:00Z", end="2026-11-09T12:00:00Z",
           contact="iain.mcallister@merchantcitystudios.com", company="Merchant City Studios",
           local="Mon 2026-11-09 11:00", local_end="2026-11-09 12:00", zone=LON,
           note="Google Calendar cancellation (METHOD:CANCEL, same UID, SEQUENCE:1) of the Mon 9 Nov "
                "11:00-12:00 GMT interview, with the organiser's note that the role is on hold")
def m21() -> bytes:
    body = t("""
        This event has been cancelled.

        Callum Reid / Merchant City Studios - QA Lead interview
        Monday 9 November 2026 ⋅ 11:00 – 12:00
        Greenwich Mean Time - London

        Message from the organiser:
        Really sorry Callum - we've had to put the QA Lead hire on hold after a publisher decision this
        week. I'll email you properly tomorrow. Iain

        Organiser
        Iain McAllister
        iain.mcallister@merchantcitystudios.com

        Guests
        Iain McAllister - organiser
        Catriona Boyd
        callum.reid@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20261109T110000Z
DTEND:20261109T120000Z
DTSTAMP:20261105T180200Z
ORGANIZER;CN=Iain McAllister:mailto:iain.mcallister@merchantcitystudios.com
UID:5tf6bqd3r7k0m2p9v1c8s4h6jl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=callum.reid@example.org;X-NUM-GUESTS=0:mailto:callum.reid@example.org
CREATED:20261103T091452Z
LAST-MODIFIED:20261105T180159Z
LOCATION:Merchant City Studios\\, 4th floor\\, 120 Albion Street\\, Glasgow G1 1LH
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Callum Reid / Merchant City Studios - QA Lead interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = envelope(addr("Iain McAllister", "iain.mcallister@merchantcitystudios.com"),
                  "Cancelled event: Callum Reid / Merchant City Studios - QA Lead interview @ Mon 9 Nov "
                  "2026 11:00 - 12:00 (GMT) (callum.reid@example.org)", "2026-11-05 18:02:00", LON,
                  "<calendar-9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d@google.com>",
                  "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                  reply_to=addr("Iain McAllister", "iain.mcallister@merchantcitystudios.com"),
                  extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(paras(body, "font-family:Roboto,Helvetica,Arial,sans-serif")),
                                 calendar(ics, method="CANCEL")),
                             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(22), family="personio", lang="en", interview=True, kind="cancelled",
           start="2026-11-27T11:00:00Z", end=None,
           contact="lucy.chambers@wharfsidegames.co.uk", company="Wharfside Games",
           local="Fri 2026-11-27 11:00", zone=LON,
           note="Personio cancellation: 'your interview on Friday 27 November 2026 at 11:00 (UK time)' "
                "cancelled because the role was filled internally; GMT = 11:00Z; contact = Reply-To")
def m22() -> bytes:
    body = t("""
        Dear Callum,

        I'm sorry to write with disappointing news. We have decided to fill the QA Lead position
        internally, and so we need to cancel your interview on Friday 27 November 2026 at 11:00 (UK time).

        This isn't a reflection on your application, which the team liked a great deal. With your
        permission we'd like to keep your details on file for the QA roles we expect to open next spring.

        Thank you for your time and interest in Wharfside Games.

        Kind regards,
        Lucy Chambers
        People & Talent Lead
        Wharfside Games Ltd, 2 Canary Wharf Way, London E14 5AB

        This email was sent via Personio.
        """)
    hs = envelope(addr("Wharfside Games", "noreply@mail.personio.de"),
                  "Your interview with Wharfside Games - cancelled", "2026-11-23 12:10:55", LON,
                  "<a3f0c9e1b2d74e58@mail.personio.de>",
                  "from mail-out-fra-2.personio.de (mail-out-fra-2.personio.de [3.64.112.18])",
                  reply_to=addr("Lucy Chambers", "lucy.chambers@wharfsidegames.co.uk"))
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(N(23), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-12-07T14:00:00Z", end="2026-12-07T15:00:00Z",
           contact="neil.robertson@norlochstudios.com", company="Norloch Studios",
           local="Mon 2026-12-07 14:00", local_end="2026-12-07 15:00", zone=LON,
           note="Exchange 'Canceled:' meeting (METHOD:CANCEL, STATUS:CANCELLED, TZID GMT Standard Time) "
                "for Mon 7 Dec 14:00-15:00 GMT = 14:00-15:00Z; contact = organiser")
def m23() -> bytes:
    body = t("""
        When: 07 December 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*~*

        Hi Callum,

        I'm afraid we've had a budget freeze on new hires until the new financial year, so I'm
        cancelling Monday's interview. I'm genuinely sorry to do this at short notice - I'll be in touch
        if the role reopens in April.

        Neil

        Neil Robertson
        Head of Production | Norloch Studios
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["GMT Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Neil Robertson:mailto:neil.robertson@norlochstudios.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Callum Reid:mailto:callum.reid@example.org
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F801
SUMMARY;LANGUAGE=en-GB:Canceled: QA Lead interview - Callum Reid
DTSTART;TZID=GMT Standard Time:20261207T140000
DTEND;TZID=GMT Standard Time:20261207T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261202T102700Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:1984402217
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    subject = "Canceled: QA Lead interview - Callum Reid"
    hs = envelope(addr("Neil Robertson", "neil.robertson@norlochstudios.com"), subject,
                  "2026-12-02 10:27:45", LON,
                  "<AS8PR07MB7912A1B2C3D4E5F60718293A4B5C@AS8PR07MB7912.eurprd07.prod.outlook.com>",
                  "from EUR03-AS8-obe.outbound.protection.outlook.com (mail-as8eur03on2097.outbound.protection.outlook.com [40.107.22.97])",
                  extra=(*exchange_extra(subject, "m23"), ("Importance", "high")))
    return message(hs, alt(text(body), html(paras(body, "font-family:Calibri,Arial,sans-serif;font-size:11pt")),
                           calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="en", interview=False, company="Ravenmoor Entertainment",
           note="Workday rejection after the 17 Sep interview; no new time")
def m24() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333333">
        <p>Dear Callum,</p>
        <p>Thank you for taking the time to interview for the <b>QA Lead - Live Services</b> position (R-10482) with Ravenmoor Entertainment, and for the thought you put into your answers.</p>
        <p>After careful consideration, we have decided to move forward with another candidate whose experience more closely matches our needs at this time.</p>
        <p>We appreciate your interest in Ravenmoor and encourage you to apply for future openings that match your skills. Your candidate profile will remain active on our Careers site.</p>
        <p>Kind regards,<br>Ravenmoor Entertainment Talent Acquisition</p>
        <p style="font-size:11px;color:#888888">This email was sent from an unmonitored mailbox.</p>
        </body></html>
        """)
    hs = envelope("Ravenmoor Entertainment <ravenmoor@myworkday.com>",
                  "Your application for QA Lead - Live Services (R-10482)", "2026-09-23 17:04:10", LON,
                  "<1298803311.3318402.1790179450887@wd3-prod-mail-07.myworkday.com>",
                  "from wd3-mail-out-07.myworkday.com (wd3-mail-out-07.myworkday.com [216.32.180.7])")
    return message(hs, html(body, cte="base64"))


@make.mail(N(25), family="application_receipt", lang="en", interview=False, company="Norloch Studios",
           note="SmartRecruiters application receipt; 'we aim to respond within 10 working days', no time")
def m25() -> bytes:
    body = t("""
        Hi Callum,

        Thank you for applying for the QA Lead position at Norloch Studios. We have received your
        application and our team will review it shortly.

        We aim to get back to every applicant within 10 working days. If your profile matches what we are
        looking for, a member of our team will contact you to arrange a first conversation.

        You can check the status of your application at any time:
        https://jobs.smartrecruiters.com/NorlochStudios/744000089123456-qa-lead/status

        Thanks again for your interest,
        Norloch Studios Hiring Team
        """)
    hs = envelope("Norloch Studios <noreply@smartrecruiters.com>",
                  "Thank you for applying to Norloch Studios", "2026-11-12 08:33:27", LON,
                  "<20261112083327.5c1b9a.744000089123456@smartrecruiters.com>",
                  "from mail5.smartrecruiters.com (mail5.smartrecruiters.com [50.31.60.15])")
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(N(26), family="job_alert", lang="en", interview=False, company=None,
           note="Job board alert with five QA roles (Dundee, Edinburgh, Glasgow, remote); no interview")
def m26() -> bytes:
    body = t("""
        Hi Callum,

        5 new jobs match your alert "QA Lead" within 60 miles of Dundee (plus remote).

        QA Lead - Tayside Pixel Works - Dundee - £42,000 - £48,000 - posted 2 days ago
        Senior QA Analyst (Automation) - Bannerman Publishing - Remote (UK) - posted 3 days ago
        Lead Tester, Certification - Clydeside Games - Glasgow - posted 4 days ago
        QA Manager - Halcyon Arcade - London / hybrid - £55,000 - posted 5 days ago
        Games Test Lead - Arrochar Interactive - Edinburgh - posted 6 days ago

        See all matching jobs: https://www.pixeljobs.co.uk/alerts/qa-lead-dundee?utm_source=alert

        Tip: candidates who upload a CV are 3x more likely to hear back from studios.

        You're receiving this because you set up a job alert on Pixeljobs UK.
        Manage alerts | Unsubscribe
        Pixeljobs UK Ltd, 14 Meadow Place, Dundee DD1 1DU
        """)
    hs = envelope("Pixeljobs UK <alerts@pixeljobs.co.uk>", "5 new QA Lead jobs near Dundee",
                  "2026-09-14 07:00:12", LON, "<alert.20260914.070012.88214@pixeljobs.co.uk>",
                  "from mta2.pixeljobs.co.uk (mta2.pixeljobs.co.uk [185.201.16.42])",
                  extra=(("List-Unsubscribe", "<https://www.pixeljobs.co.uk/alerts/unsubscribe/88214>"),
                         ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(N(27), family="newsletter", lang="en", interview=False, company=None,
           note="Scottish games industry newsletter: an article on QA lead interviews and an events list "
                "with dates and times; nothing is Callum's interview",
           days=(("Thu", "2026-10-15"), ("Sat", "2026-10-24")))
def m27() -> bytes:
    body = t("""
        THISTLE & PIXEL - the weekly round-up of games in Scotland
        Issue 212 · Friday 9 October 2026

        IN THIS ISSUE

        1. "Tell me about a bug you're proud of": how to prepare for a QA lead interview
        Five studio heads tell us what they listen for, from cert war stories to how you'd handle a
        producer who wants to ship on Friday.

        2. Studio news
        Kelpie Interactive moves into bigger offices at Simpson Loan; Brochan Studios signs a publishing
        deal for its Switch debut.

        3. What's on
        - Dundee Games Social, Thursday 15 October, 18:30, The Braes bar
        - Glasgow Games Jam, Saturday 24 October, 10:00 - 22:00, The Tontine Building

        Read online: https://thistleandpixel.scot/issues/212

        You're receiving this because you subscribed at thistleandpixel.scot. Unsubscribe any time.
        """)
    hs = envelope("Thistle & Pixel <newsletter@thistleandpixel.scot>",
                  "Thistle & Pixel #212: how to ace the QA lead interview", "2026-10-09 08:00:00", LON,
                  "<20261009080000.212.callum.reid@mail.thistleandpixel.scot>",
                  "from mail.thistleandpixel.scot (mail.thistleandpixel.scot [198.2.140.22])",
                  extra=(("List-Unsubscribe", "<mailto:unsubscribe@thistleandpixel.scot?subject=unsub>"),
                         ("List-Id", "Thistle & Pixel <weekly.thistleandpixel.scot>")))
    return message(hs, alt(text(body), html(paras(body, "font-family:Georgia,serif;font-size:16px"))))


@make.mail(N(28), family="recruiter_outreach", lang="en", interview=False, company="Halcyon Arcade",
           note="In-house talent partner's first approach; asks for a call 'one day next week', nothing fixed")
def m28() -> bytes:
    body = t("""
        Hi Callum,

        I hope you don't mind me reaching out directly - I came across your profile and your talk at last
        month's Dundee Games Social on certification pipelines.

        I'm hiring a Senior QA Lead for our Platform Certification team at Halcyon Arcade in London
        (hybrid, two days a week in King's Cross, relocation support available). Given your experience
        shipping on PlayStation and Switch, I think it could be a great fit.

        Would you be open to a 20-minute call one day next week? Let me know a couple of times that suit
        and I'll work around you.

        Best wishes,
        Sophie

        Sophie Allen
        Senior Talent Acquisition Partner | Halcyon Arcade
        sophie.allen@halcyonarcade.com
        """)
    hs = envelope(addr("Sophie Allen", "sophie.allen@halcyonarcade.com"),
                  "Senior QA Lead, Platform Certification - Halcyon Arcade", "2026-10-12 10:18:44", LON,
                  "<CAOu4bR9yT2pW6dK1sV8nL3mE0fJ5hZ7cX4gQ9a@mail.gmail.com>",
                  "from mail-ed1-f53.google.com (mail-ed1-f53.google.com [209.85.208.53])")
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(29), family="availability_request", lang="en", interview=False, company="Studio Boréal",
           note="Montréal recruiter proposes three Eastern-time slots and asks which suits; nothing "
                "confirmed yet (the confirmation is a later mail)",
           days=(("Tue", "2026-10-27"), ("Wed", "2026-10-28"), ("Thu", "2026-10-29")))
def m29() -> bytes:
    body = t("""
        Hi Callum,

        Thank you for your application for the Lead QA Analyst role at Studio Boréal. Mathieu Gagnon, our
        QA Director, would like to meet you over Teams for about an hour. Would any of these work for you?
        (All times Eastern, Montréal time.)

        - Tuesday, October 27, 10:00 a.m.
        - Wednesday, October 28, 2:00 p.m.
        - Thursday, October 29, 11:00 a.m.

        If none of these suit, send me a few windows that do and I'll find something.

        Merci!
        Geneviève

        Geneviève Tremblay
        Talent Acquisition Partner | Studio Boréal
        """)
    subject = "Lead QA Analyst - Studio Boréal - interview availability"
    hs = envelope(addr("Geneviève Tremblay", "genevieve.tremblay@studioboreal.ca"), subject,
                  "2026-10-20 15:55:08", TOR,
                  "<YT3PR01MB91750D1C2B3A4F5E6D7C8B9A0F1E@YT3PR01MB9175.CANPRD01.PROD.OUTLOOK.COM>",
                  "from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2099.outbound.protection.outlook.com [40.107.115.99])",
                  extra=exchange_extra(subject, "m29"))
    return message(hs, alt(text(body), html(paras(body, "font-family:Aptos,Calibri,sans-serif;font-size:12pt"))))


@make.mail(N(30), family="scheduling_link", lang="en", interview=False, company="Revontuli Games",
           note="Teamtailor self-scheduling invitation: pick a slot via the link; no time fixed")
def m30() -> bytes:
    body = t("""
        Hi Callum,

        Thank you for applying for QA Lead (Helsinki or remote) at Revontuli Games! We enjoyed reading
        your application and would like to invite you to a first interview.

        Please choose a time that suits you using the link below. The slots are shown in your own time
        zone.

        Book your interview: https://revontuligames.teamtailor.com/meetings/book/4d2f-91ae

        The link is valid for 7 days.

        Kind regards,
        Aino Virtanen
        Talent Partner, Revontuli Games
        """)
    hs = envelope(addr("Aino Virtanen at Revontuli Games", "no-reply@teamtailor-mail.com"),
                  "Book your interview with Revontuli Games", "2026-10-01 10:12:40", HEL,
                  "<1b8e7d6c5a4f3e21.8812035@teamtailor-mail.com>",
                  "from o12.teamtailor-mail.com (o12.teamtailor-mail.com [149.72.10.12])",
                  reply_to="reply+c2a8e0f14b9d@teamtailor-mail.com")
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(N(31), family="availability_request", lang="en", interview=False, company="Greyfriars Games",
           note="GoodTime availability request for the week of 16 November; nothing fixed",
           days=(("Mon", "2026-11-16"),))
def m31() -> bytes:
    body = t("""
        Hi Callum,

        Congratulations on moving forward to the final stage with Greyfriars Games!

        We'd like to schedule three conversations (about three hours in total, with a break). Please
        share your availability for the week of Monday 16 November using the link below - the more
        windows you can give us, the quicker we can confirm.

        Share your availability: https://app.goodtime.io/availability/6c0f3a9e2b

        Once we have it, you'll receive a confirmation with the full schedule.

        Thanks,
        Shona Grant
        Recruiting Coordinator, Greyfriars Games

        Sent with GoodTime
        """)
    hs = envelope(addr("Greyfriars Games Recruiting", "no-reply@goodtime.io"),
                  "Greyfriars Games: please share your availability", "2026-11-09 14:26:03", LON,
                  "<20261109142603.1a2b3c4d5e6f@goodtime.io>",
                  "from mta-21.goodtime.io (mta-21.goodtime.io [198.2.180.21])",
                  reply_to=addr("Shona Grant", "shona.grant@greyfriarsgames.com"))
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(N(32), family="out_of_office", lang="en", interview=False, company=None,
           note="Recruiter's out-of-office auto-reply to Callum's mail; a return date, no interview",
           days=(("Mon", "2026-10-12"),))
def m32() -> bytes:
    body = t("""
        Thanks for your email. I'm on annual leave and back in the office on Monday 12 October, with
        limited access to email until then.

        If your message is about an interview this week, please contact talent@kelpieinteractive.co.uk
        and one of the team will help.

        Morag Lindsay
        Talent Partner | Kelpie Interactive
        """)
    hs = envelope(addr("Morag Lindsay", "morag.lindsay@kelpieinteractive.co.uk"),
                  "Automatic reply: Thank you - QA Lead onsite", "2026-10-06 09:12:55", LON,
                  "<LO4P265MB59021E2D3C4B5A697887F6E5D4C3@LO4P265MB5902.GBRP265.PROD.OUTLOOK.COM>",
                  "from GBR01-LO4-obe.outbound.protection.outlook.com (mail-lo4gbr01on2121.outbound.protection.outlook.com [40.107.11.121])",
                  extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("In-Reply-To", "<CAGk2pT8vR1nW4sY7xL0mQ3dF6hB9cE2aZ5uJ@mail.gmail.com>")))
    return message(hs, text(body))


@make.mail(N(33), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of Callum's thank-you note to a mistyped address after the Tidewater interview")
def m33() -> bytes:
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <owen.pirce@tidewatergames.co.uk>: host
            tidewatergames-co-uk.mail.protection.outlook.com[52.101.73.4] said: 550
            5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient owen.pirce@tidewatergames.co.uk
            not found by SMTP address lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4F7C21A0B3
        X-Postfix-Sender: rfc822; callum.reid@example.org
        Arrival-Date: Wed, 21 Oct 2026 16:40:11 +0100 (BST)

        Final-Recipient: rfc822; owen.pirce@tidewatergames.co.uk
        Original-Recipient: rfc822;owen.pirce@tidewatergames.co.uk
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; tidewatergames-co-uk.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            owen.pirce@tidewatergames.co.uk not found by SMTP address lookup
        """)
    original = t("""
        From: Callum Reid <callum.reid@example.org>
        To: Owen Price <owen.pirce@tidewatergames.co.uk>
        Subject: Thank you - QA Lead interview
        Date: Wed, 21 Oct 2026 16:40:09 +0100
        Message-ID: <CAJq1Lm9zQ4tR7wX0nY2bK5dH8gT1vE6cZ3aF@mail.gmail.com>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="UTF-8"

        Hi Owen,

        Thanks for this morning - I really enjoyed hearing about the test automation plans for the
        new engine, and meeting Sarah. I'm very keen on the role and look forward to hearing from you.

        Best,
        Callum
        """)
    hs = [("Return-Path", "<>"), ("Delivered-To", ME),
          ("Received", "by mx1.example.org (Postfix)\r\n id 8D2E4F1C07; Wed, 21 Oct 2026 15:40:13 +0000 (UTC)"),
          ("From", "MAIL-DAEMON@mx1.example.org (Mail Delivery System)"), ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date("2026-10-21 16:40:13", LON)),
          ("Message-ID", "<20261021154013.8D2E4F1C07@mx1.example.org>"), ("Auto-Submitted", "auto-replied")]
    body = multipart("report",
                     text(human, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     raw_part([("Content-Description", "Undelivered Message"),
                               ("Content-Type", "message/rfc822")], original),
                     params="report-type=delivery-status")
    return message(hs, body)


@make.mail(N(34), family="offer", lang="en", interview=False, company="Greyfriars Games",
           note="Job offer after the final stage; a start date and a deadline to reply, no interview",
           days=(("Mon", "2027-01-11"), ("Fri", "2026-12-04")))
def m34() -> bytes:
    body = t("""
        Dear Callum,

        Following your final-stage interviews last week, I'm delighted to offer you the position of
        QA Lead at Greyfriars Games.

        The headline terms are:
          - Salary: £52,000 per annum
          - Hybrid working, with Tuesdays and Thursdays in our Edinburgh studio
          - 30 days' holiday plus public holidays
          - Proposed start date: Monday 11 January 2027

        Your formal offer letter and contract are attached. We'd be grateful for your decision by
        Friday 4 December; if you'd like to talk anything through, call me on 0131 496 0155.

        The whole panel was impressed, and Ewan in particular is looking forward to working with you.

        Warm regards,
        Kenji Watanabe
        Studio Director, Greyfriars Games
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Greyfriars_Offer_Callum_Reid.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Greyfriars_Offer_Callum_Reid.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\n"
                   "PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    hs = envelope(addr("Kenji Watanabe", "kenji.watanabe@greyfriarsgames.com"),
                  "Offer of employment - QA Lead, Greyfriars Games", "2026-11-26 15:45:30", LON,
                  "<AM9PR03MB70154C3B2A1F0E9D8C7B6A5F4E3D@AM9PR03MB7015.eurprd03.prod.outlook.com>",
                  "from EUR03-AM9-obe.outbound.protection.outlook.com (mail-am9eur03on2112.outbound.protection.outlook.com [40.107.23.112])",
                  cc=addr("Shona Grant", "shona.grant@greyfriarsgames.com"))
    return message(hs, mixed(alt(text(body), html(paras(body, "font-family:Calibri,Arial,sans-serif"))), pdf))


@make.mail(N(35), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Dentist appointment reminder at a fixed time; not an interview",
           days=(("Tue", "2026-10-13"),))
def m35() -> bytes:
    body = t("""
        Dear Mr Reid,

        This is a reminder of your appointment at Nethergate Dental Care:

        Tuesday 13 October 2026 at 08:40
        Hygienist - Mrs K. Donnelly (30 mins)

        Please arrive 5 minutes early. If you need to cancel or change your appointment, please give us
        at least 24 hours' notice by calling 01382 000 417 - missed appointments may be charged.

        Nethergate Dental Care
        142 Nethergate, Dundee DD1 4EA

        Please do not reply to this email.
        """)
    hs = envelope("Nethergate Dental Care <noreply@dentalreminders.example.com>",
                  "Appointment reminder - Nethergate Dental Care", "2026-10-09 12:00:05", LON,
                  "<reminder.551902.20261009120005@dentalreminders.example.com>",
                  "from smtp.dentalreminders.example.com (smtp.dentalreminders.example.com [203.0.113.45])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(36), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Google Calendar invitation to give a guest lecture on games QA at a Dundee college; a "
                "confirmed time, but Callum is the speaker, not a candidate",
           days=(("Wed", "2026-11-18"),))
def m36() -> bytes:
    body = t("""
        Guest lecture: QA in games - Callum Reid
        Wednesday 18 November 2026 ⋅ 14:00 – 15:30
        Greenwich Mean Time - London

        Location
        Riverside College Dundee, Room 3.14, Bell Street, Dundee DD1 1HG

        Hi Callum - thanks so much for agreeing to do this! Second-years, about 40 of them. Projector and
        HDMI in the room; I'll meet you at the front desk at 13:45. Fiona

        Guests
        Fiona Baxter - organiser
        callum.reid@example.org

        Reply for callum.reid@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=MmQ0Z2VzdGxlY3R1cmU&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=MmQ0Z2VzdGxlY3R1cmU&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=MmQ0Z2VzdGxlY3R1cmU&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261118T140000Z
DTEND:20261118T153000Z
DTSTAMP:20261110T113000Z
ORGANIZER;CN=Fiona Baxter:mailto:f.baxter@riversidecollege.example.com
UID:2d4gestlecture0qa9k1m7p3s5v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.reid@example.org;X-NUM-GUESTS=0:mailto:callum.reid@example.org
LOCATION:Riverside College Dundee\\, Room 3.14\\, Bell Street\\, Dundee DD1 1HG
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Guest lecture: QA in games - Callum Reid
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = envelope(addr("Fiona Baxter", "f.baxter@riversidecollege.example.com"),
                  "Invitation: Guest lecture: QA in games - Callum Reid @ Wed 18 Nov 2026 14:00 - 15:30 "
                  "(GMT) (callum.reid@example.org)", "2026-11-10 11:30:00", LON,
                  "<calendar-2d4e6f80-1a3c-4e5b-9d7f-0b2c4e6a8d10@google.com>",
                  "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                  reply_to=addr("Fiona Baxter", "f.baxter@riversidecollege.example.com"),
                  extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(paras(body, "font-family:Roboto,Helvetica,Arial,sans-serif")),
                                 calendar(ics)),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(37), family="event_ticket", lang="en", interview=False, company=None,
           note="Free ticket for a games-industry social evening, with an .ics; not an interview",
           days=(("Thu", "2026-10-15"),))
def m37() -> bytes:
    body = t("""
        You're going to Dundee Games Social - October!

        Thursday 15 October 2026, 18:30 - 22:00 BST
        The Braes, 14-18 Perth Road, Dundee DD1 4LN

        Order #DGS-40917 · 1 x General admission (free)
        Name: Callum Reid

        This month: lightning talks on accessibility testing, and the studio pub quiz. Show this email
        or the QR code in the app at the door.

        Add to calendar: the attached event.ics

        Eventpass · Tickets for grassroots events
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventpass//Tickets//EN
METHOD:PUBLISH
{LONDON_VTZ}
BEGIN:VEVENT
UID:dgs-2026-10-40917@eventpass.example.com
DTSTAMP:20260930T201500Z
DTSTART;TZID=Europe/London:20261015T183000
DTEND;TZID=Europe/London:20261015T220000
SUMMARY:Dundee Games Social - October
LOCATION:The Braes\\, 14-18 Perth Road\\, Dundee DD1 4LN
END:VEVENT
END:VCALENDAR"""
    hs = envelope("Eventpass <tickets@eventpass.example.com>",
                  "Your ticket: Dundee Games Social - October", "2026-09-30 21:15:22", LON,
                  "<order.DGS-40917@eventpass.example.com>",
                  "from out-7.eventpass.example.com (out-7.eventpass.example.com [203.0.113.77])")
    return message(hs, mixed(alt(text(body), html(paras(body))),
                             calendar(ics, method="PUBLISH", filename="event.ics", disposition="attachment")))


@make.mail(N(38), family="travel_booking", lang="en", interview=False, company=None,
           note="Train e-ticket Dundee - Glasgow Queen Street for the day of the Brochan interview; fixed "
                "departure times, but a booking, not an interview confirmation",
           days=(("Thu", "2026-11-12"),))
def m38() -> bytes:
    body = t("""
        Thanks for booking with Caledonia Rail, Callum.

        Booking reference: K7QX2PLM

        OUTWARD  Thursday 12 November 2026
        Depart Dundee 12:11 - arrive Glasgow Queen Street 13:32
        Coach B, seat 42 (table, forward facing)

        RETURN  Thursday 12 November 2026
        Depart Glasgow Queen Street 17:41 - arrive Dundee 19:05

        Ticket: Off-Peak Return, 1 adult, Railcard: 26-30
        Total paid: £34.60 (Visa ending 4412)

        Your e-ticket is attached and in the app. Please have it ready for inspection.

        Caledonia Rail - Have a good journey
        """)
    hs = envelope("Caledonia Rail <bookings@caledoniarail.example.com>",
                  "Your booking confirmation K7QX2PLM - Dundee to Glasgow Queen Street", "2026-11-08 10:14:37",
                  LON, "<K7QX2PLM.20261108101437@caledoniarail.example.com>",
                  "from mailer.caledoniarail.example.com (mailer.caledoniarail.example.com [203.0.113.12])")
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(N(39), family="rejection", lang="en", interview=False, company="Lanternfish Games",
           note="Teamtailor rejection before any interview")
def m39() -> bytes:
    body = t("""
        Hi Callum,

        Thank you for your interest in the Lead QA Tester role at Lanternfish Games and for taking the
        time to apply.

        We received a large number of strong applications, and after careful review we've decided not to
        take your application further on this occasion.

        We'd be happy to hear from you again in future, and wish you the best of luck in your search.

        All the best,
        The Lanternfish Games team
        """)
    hs = envelope(addr("Lanternfish Games", "no-reply@teamtailor-mail.com"),
                  "Your application to Lanternfish Games", "2026-09-30 16:03:19", LON,
                  "<9c8b7a6f5e4d3c21.7719402@teamtailor-mail.com>",
                  "from o12.teamtailor-mail.com (o12.teamtailor-mail.com [149.72.10.12])",
                  reply_to="reply+77e0b1c2d3f4@teamtailor-mail.com")
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(N(40), family="application_receipt", lang="en", interview=False, company="Brochan Studios",
           note="Workable application receipt; no time")
def m40() -> bytes:
    body = t("""
        Hi Callum,

        Thanks for applying for the QA Lead position at Brochan Studios. We've received your application
        and we'll be in touch once we've had a chance to review it.

        In the meantime, you can find out more about us at brochanstudios.com.

        Best regards,
        Brochan Studios

        Powered by Workable
        """)
    hs = envelope(addr("Brochan Studios", "brochan-studios+c7f2a91e@candidates.workablemail.com"),
                  "Thanks for applying to Brochan Studios", "2026-10-22 20:47:13", LON,
                  "<0102019b3c4d5e6f-a1b2c3d4-e5f6-4789-8a9b-0c1d2e3f4a5b-000000@eu-west-1.amazonses.com>",
                  "from a7-18.smtp-out.eu-west-1.amazonses.com (a7-18.smtp-out.eu-west-1.amazonses.com [54.240.7.18])")
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(N(41), family="assessment", lang="en", interview=False, company="Lumen Forge",
           note="Take-home test-plan exercise with a return deadline (Friday 2 October 17:00 BST); a "
                "deadline, not an interview",
           days=(("Fri", "2026-10-02"),))
def m41() -> bytes:
    body = t("""
        Hi Callum,

        Thanks again for Thursday's conversation - the team really enjoyed it, and we'd like you to move
        on to our take-home exercise.

        Attached is a short design doc for a seasonal event in one of our live games. We'd like a test
        plan (no more than 4 pages) covering scope, risks, device coverage and how you'd staff it with
        three testers for two weeks.

        Please send it back to me by 17:00 BST on Friday 2 October. It shouldn't take more than three or
        four hours; please don't spend longer.

        Any questions, just reply here.

        Cheers,
        Hannah

        Hannah Okafor
        Senior Recruiter | Lumen Forge
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="LumenForge_QA_exercise.pdf"'),
                    ("Content-Disposition", 'attachment; filename="LumenForge_QA_exercise.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8\n"
                   "PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")
    hs = envelope(addr("Hannah Okafor", "hannah.okafor@lumenforge.io"),
                  "Lumen Forge - QA Lead take-home exercise", "2026-09-28 10:02:51", LON,
                  "<CAPx7nT3wQ9rL2mV5bK8yD1sF4gH6jZ0cE3aU@mail.gmail.com>",
                  "from mail-pf1-f171.google.com (mail-pf1-f171.google.com [209.85.210.171])")
    return message(hs, mixed(alt(text(body), html(make.gmail_html(body))), pdf))


@make.mail(N(42), family="post_interview", lang="en", interview=False, company="Studio Boréal",
           note="Hiring manager's thank-you after the 3 Nov interview: 'we'll be in touch next week'")
def m42() -> bytes:
    body = t("""
        Hi Callum,

        Thanks for your note, and for your time yesterday - Olivia and I really enjoyed the conversation,
        especially your take on triaging crash reports across time zones.

        We have a couple more candidates to meet this week and we'll be in touch next week with next steps.

        All the best,
        Mathieu

        Mathieu Gagnon
        Directeur AQ / QA Director | Studio Boréal

        From: Callum Reid <callum.reid@example.org>
        Sent: Tuesday, November 3, 2026 12:02 PM
        To: Mathieu Gagnon <mathieu.gagnon@studioboreal.ca>
        Subject: Thank you - Lead QA Analyst

        Hi Mathieu,

        Thank you for this afternoon. I really enjoyed hearing about the plans for the live-ops team.

        Callum
        """)
    hs = envelope(addr("Mathieu Gagnon", "mathieu.gagnon@studioboreal.ca"),
                  "RE: Thank you - Lead QA Analyst", "2026-11-04 09:31:20", TOR,
                  "<YT3PR01MB91758E7F6A5B4C3D2E1F0A9B8C7D@YT3PR01MB9175.CANPRD01.PROD.OUTLOOK.COM>",
                  "from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2101.outbound.protection.outlook.com [40.107.115.101])",
                  extra=exchange_extra("Thank you - Lead QA Analyst", "m42"))
    return message(hs, alt(text(body), html(paras(body, "font-family:Aptos,Calibri,sans-serif;font-size:12pt"))))


@make.mail(N(43), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Garage MOT booking confirmation at a fixed time; not an interview",
           days=(("Sat", "2026-10-17"),))
def m43() -> bytes:
    body = t("""
        Hi Callum,

        Thanks for booking your MOT with Kingsway Autocentre.

        Vehicle: SK19 XRD (Skoda Fabia)
        Date: Saturday 17 October 2026
        Drop-off: 09:00
        Service: Class 4 MOT (£54.85), plus interim service

        Please leave your keys at reception. We'll text you when the car is ready, usually by mid
        afternoon.

        Kingsway Autocentre, Unit 5, Kingsway West Industrial Estate, Dundee DD2 3XX
        """)
    hs = envelope("Kingsway Autocentre <bookings@kingswayautocentre.example.com>",
                  "MOT booking confirmed - Saturday 17 October", "2026-10-11 19:22:08", LON,
                  "<mot.88317.20261011192208@kingswayautocentre.example.com>",
                  "from smtp.kingswayautocentre.example.com (smtp.kingswayautocentre.example.com [203.0.113.90])")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(44), family="application_status", lang="en", interview=False, company="Bannerman Publishing",
           note="Workday 'application status updated - log in to view' notice; no detail, no time")
def m44() -> bytes:
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333333">
        <p>Hello Callum,</p>
        <p>There has been an update to your application for <b>Senior QA Analyst (Automation) - Remote, UK</b> (JR-2290).</p>
        <p>Please sign in to the Bannerman Publishing Careers site to view the latest status of your application and any tasks waiting for you.</p>
        <p><a href="https://bannerman.wd3.myworkdayjobs.com/Careers/userHome">Sign in to view your application</a></p>
        <p>Thank you,<br>Bannerman Publishing Talent Acquisition</p>
        <p style="font-size:11px;color:#888888">This is an automated message. Please do not reply.</p>
        </body></html>
        """)
    hs = envelope("Bannerman Publishing <bannerman@myworkday.com>",
                  "Your application status has been updated", "2026-09-15 13:40:02", LON,
                  "<801927736.1130294.1789476002551@wd3-prod-mail-03.myworkday.com>",
                  "from wd3-mail-out-03.myworkday.com (wd3-mail-out-03.myworkday.com [216.32.180.3])")
    return message(hs, html(body))


@make.mail(N(45), family="account_notification", lang="en", interview=False, company="Halcyon Arcade",
           note="iCIMS candidate-portal email verification; no interview")
def m45() -> bytes:
    body = t("""
        Hello Callum,

        Thanks for creating a candidate account with Halcyon Arcade Careers.

        Please verify your email address within 48 hours to finish setting up your account:
        https://careers-halcyonarcade.icims.com/verify?token=7hQ2xK9mR4pW

        If you did not create this account, you can ignore this email.

        Halcyon Arcade Careers
        Powered by iCIMS
        """)
    hs = envelope(addr("Halcyon Arcade Careers", "halcyonarcade-notifications@talent.icims.com"),
                  "Verify your email address", "2026-10-12 21:04:33", LON,
                  "<1672984315.40102.1791835473201@icims-mail-02.icims.com>",
                  "from smtp02.icims.com (smtp02.icims.com [12.130.136.202])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(46), family="event_ticket", lang="en", interview=False, company=None,
           note="Theatre e-tickets for a fixed evening performance; not an interview",
           days=(("Sat", "2026-12-05"),))
def m46() -> bytes:
    body = t("""
        Dear Callum Reid,

        Thank you for your booking. Your e-tickets are attached - please print them or show them on your
        phone at the door.

        The Snow Queen
        Tayside Playhouse, Main Auditorium
        Saturday 5 December 2026, 19:30 (doors 18:45)
        Seats: Stalls F11, F12
        Total: £48.00

        Running time approximately 2 hours 20 minutes including an interval.

        Box office: 01382 000 230
        Tayside Playhouse, Tay Square, Dundee
        """)
    hs = envelope("Tayside Playhouse Box Office <boxoffice@taysideplayhouse.example.com>",
                  "Your tickets for The Snow Queen - Sat 5 Dec", "2026-11-14 13:58:42", LON,
                  "<tix.220418.20261114135842@taysideplayhouse.example.com>",
                  "from mail.taysideplayhouse.example.com (mail.taysideplayhouse.example.com [203.0.113.130])")
    return message(hs, text(body, cte="base64"))


@make.mail(N(47), family="forwarded_job_description", lang="en", interview=False, company=None,
           note="Callum forwards the agency's job description to himself as a message/rfc822 attachment; "
                "no time, sender is the candidate")
def m47() -> bytes:
    inner_body = t("""
        Hi Callum,

        Great to speak earlier. As promised, here's the spec for the Skerryvore role.

        QA Lead - Skerryvore Studios, Dundee (hybrid)
        £46-50k + bonus + private healthcare

        - Lead a team of 8 testers across two live titles and one unannounced project
        - Own the test strategy for PlayStation, Xbox and Switch certification
        - Work with production on release readiness and risk
        - Grow the automation side with the tools team

        If you're happy for me to put you forward, I'll send your CV over this afternoon and come back
        to you with interview times.

        Cheers,
        Ross

        Ross Kerr
        Senior Consultant, Games & Interactive
        Pentland Talent | 0131 496 0872 | ross.kerr@pentlandtalent.co.uk
        """)
    inner = message([("From", addr("Ross Kerr", "ross.kerr@pentlandtalent.co.uk")), ("To", CALLUM),
                     ("Subject", "Skerryvore Studios - QA Lead spec"),
                     ("Date", date("2026-09-30 15:12:40", LON)),
                     ("Message-ID", "<DB9PR02MB7340A9B8C7D6E5F4A3B2C1D0E9F8@DB9PR02MB7340.eurprd02.prod.outlook.com>")],
                    text(inner_body))
    note = t("""
        Spec for Skerryvore - read properly before Ross calls back.
        """)
    hs = envelope(CALLUM, "Fwd: Skerryvore Studios - QA Lead spec", "2026-10-01 07:48:15", LON,
                  "<DU0P189MB1984E5D4C3B2A1F0E9D8C7B6A5F4@DU0P189MB1984.EURP189.PROD.OUTLOOK.COM>",
                  "from EUR02-DU0-obe.outbound.protection.outlook.com (mail-du0eur02on2130.outbound.protection.outlook.com [40.107.8.130])",
                  to=addr("Callum Reid", "callum.reid@example.com"))
    return message(hs, mixed(text(note), attached_message(inner, "Skerryvore Studios - QA Lead spec.eml")))


@make.mail(N(48), family="candidate_survey", lang="en", interview=False, company="Lumen Forge",
           note="Ashby candidate-experience survey after the 24 Sep interview; no time")
def m48() -> bytes:
    body = t("""
        Hi Callum,

        Thanks for interviewing with Lumen Forge. We'd love to hear how it went - it takes about two
        minutes, and your answers are anonymous and won't affect your application in any way.

        How was your interview experience?
        https://app.ashbyhq.com/surveys/lumenforge/9e1d2c3b-4a5f-4e6d-8c7b-0a1f2e3d4c5b

        Thank you!
        Lumen Forge Recruiting
        """)
    hs = envelope("Lumen Forge <no-reply@ashbyhq.com>", "How was your interview with Lumen Forge?",
                  "2026-09-25 10:00:07", LON,
                  "<0100019a5f3c8d44-7e1b0c2a-3f5d-4c8b-9a4e-0d2f1b8c6e73-000000@email.amazonses.com>",
                  "from a9-77.smtp-out.amazonses.com (a9-77.smtp-out.amazonses.com [54.240.9.77])")
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(N(49), family="background_check", lang="en", interview=False, company=None,
           note="Screening vendor's background-check invitation after the Greyfriars offer; a deadline to "
                "submit details, no interview",
           days=(("Tue", "2026-12-08"),))
def m49() -> bytes:
    body = t("""
        Dear Callum Reid,

        Greyfriars Games has asked Verisafe Screening to carry out pre-employment checks as part of your
        offer. These include right-to-work, a basic disclosure, and two employment references.

        Please complete your secure form by Tuesday 8 December 2026:
        https://portal.verisafe.example.com/candidate/start?ref=GFG-118342

        You'll need your passport or share code, and contact details for your referees. It usually takes
        around 15 minutes.

        If you have any questions, reply to this email or call our candidate team on 0161 000 7720.

        Kind regards,
        Candidate Support Team
        Verisafe Screening
        """)
    hs = envelope("Verisafe Screening <candidates@verisafe.example.com>",
                  "Action required: your pre-employment checks for Greyfriars Games", "2026-12-01 09:15:26", LON,
                  "<GFG-118342.20261201091526@verisafe.example.com>",
                  "from mailer.verisafe.example.com (mailer.verisafe.example.com [203.0.113.160])")
    return message(hs, alt(text(body), html(paras(body))))


@make.mail(N(50), family="webinar", lang="en", interview=False, company=None,
           note="Zoom webinar registration confirmation at a fixed time (BST); not an interview",
           days=(("Wed", "2026-10-14"),))
def m50() -> bytes:
    body = t("""
        Hi Callum,

        Thank you for registering for "Automating console certification checks: lessons from three
        launches".

        Please submit any questions to: qaguild.events@qaguild.example.com

        Date & Time: Oct 14, 2026 06:00 PM London

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/84419203317?tk=Zq2vL9mN4pW7rT1s

        Passcode: 551902

        Add to calendar: Google Calendar | Yahoo Calendar | Outlook (.ics)

        You can cancel your registration at any time.

        The QA Guild
        """)
    hs = envelope("The QA Guild <no-reply@zoom.us>",
                  "The QA Guild: Automating console certification checks Confirmation",
                  "2026-10-05 20:12:44", LON, "<6Wq2kR9T.webinar.84419203317@zoom.us>",
                  "from us06-mail.zoom.us (us06-mail.zoom.us [170.114.52.6])",
                  reply_to="qaguild.events@qaguild.example.com")
    return message(hs, alt(text(body), html(paras(body))))
