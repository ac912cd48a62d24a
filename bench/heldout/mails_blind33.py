"""blind33: 50 hand-written mails for the blind held-out set (a realistic inbox, London).

Inbox owner: Tamsin Okafor <tamsin.okafor@example.org>, a risk analyst in London (Europe/London),
applying to banks, insurers, fintechs and consultancies in London, Edinburgh, Manchester, Dublin,
Frankfurt and New York. Her second address t.okafor@example.com and her work address at her
current employer (Aldwych Bank, fictional) show up in forwards.

Written blind (without reading the detector, its tests or other held-out mails). Every mail is
written individually below, one function per mail; ``make.py`` does the MIME plumbing and checks.
Keys 1-23 are positives, 24-50 negatives, in writing order; file numbers are a fixed shuffle.
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
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind33"
make.REGISTRY.setdefault(SET, [])
ORDER = random.Random(33033).sample(range(1, 51), 50)


def N(key: int) -> str:
    """Writing-order key (1..50) -> file stem."""
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "tamsin.okafor@example.org"
ME_H = addr("Tamsin Okafor", ME)
MX = "mx1.example.org (Postfix) with ESMTPS id"

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


def hdr(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME_H,
        via: tuple[str, str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
        pre: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    """Common top-level headers. via = (return path, 'from host (host [ip])', queue id)."""
    hs: list[tuple[str, str]] = []
    if via:
        hs.append(("Return-Path", f"<{via[0]}>"))
        hs.append(("Received", received(via[1], when, zone, f"{MX} {via[2]}", ME)))
    hs += list(pre)
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


def page(inner: str, font: str = "Arial,Helvetica,sans-serif") -> str:
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset=utf-8"></head>\n<body style="font-family:{font};font-size:14px;color:#1f1f1f">\n'
            f"{inner}\n</body></html>\n")


def exch_ics(method: str, tz: str, summary: str, start: str, end: str, organizer: tuple[str, str],
             uid: str, stamp: str, *, seq: int = 0, location: str = "Microsoft Teams Meeting",
             status: str = "CONFIRMED", description: str = "", attendees: tuple[tuple[str, str], ...] = (),
             rrule: str | None = None) -> str:
    """An Exchange/Outlook-style VCALENDAR (Windows zone names, X-MICROSOFT-CDO-*)."""
    att = "\n".join(
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{em}"
        for cn, em in (attendees or (("Tamsin Okafor", ME),)))
    lines = [
        "BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ[tz] if tz in VTZ else LONDON_VTZ,
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        att,
        f"DESCRIPTION;LANGUAGE=en-GB:{description}",
    ]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += [
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-GB:{summary}",
        f"DTSTART;TZID={tz}:{start}",
        f"DTEND;TZID={tz}:{end}",
        "CLASS:PUBLIC",
        "PRIORITY:5" if method != "CANCEL" else "PRIORITY:1",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        f"STATUS:{status}",
        f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE=en-GB:{location}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{sum(ord(c) * (i + 1) for i, c in enumerate(uid)) % 2000000000}",
        "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
        "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
        "X-MICROSOFT-CDO-INSTTYPE:" + ("1" if rrule else "0"),
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
    ]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def exch_headers(topic: str, index: str) -> tuple[tuple[str, str], ...]:
    return (("Thread-Topic", topic), ("Thread-Index", index), ("Accept-Language", "en-GB, en-US"),
            ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""))


TEAMS_TXT = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Meeting ID: {num}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def teams(mid: str, num: str, pw: str) -> str:
    return TEAMS_TXT.format(mid=mid, num=num, pw=pw)


# =========================================================================== positives


@mail(N(1), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-02-10T14:30:00Z", end="2026-02-10T15:15:00Z",
      contact="amelia.grant@northgate-assurance.co.uk", company="Northgate Assurance",
      local="Tue 2026-02-10 14:30", local_end="2026-02-10 15:15", zone="Europe/London",
      note="Workday 'Interview Scheduled' notification; UK date format 10/02/2026 = 10 Feb, GMT in "
           "February so 14:30 London = 14:30Z; 45-minute slot stated as 14:30 - 15:15; contact = "
           "the recruiter named with her address in the body (sender is the Workday tenant mailbox)")
def w01() -> bytes:
    body = t("""
        Dear Tamsin,

        Thank you for your interest in Northgate Assurance.

        We are pleased to confirm that an interview has been scheduled for the position below.

        Job Requisition: R-20418 Credit Risk Analyst
        Interview Type: Video Interview (Microsoft Teams)
        Date: 10/02/2026
        Time: 14:30 - 15:15 (GMT) Europe/London
        Interviewers: Simon Ashdown (Head of Credit Risk), Amelia Grant (Talent Acquisition Partner)

        A Microsoft Teams link will be sent to you separately by the hiring team. You can view
        the details of your interview at any time by signing in to your candidate home page:
        https://northgate.wd3.myworkdayjobs.com/en-GB/Northgate_Careers/userHome

        If you have any questions about your interview, please contact Amelia Grant at
        amelia.grant@northgate-assurance.co.uk.

        Kind regards,
        Talent Acquisition
        Northgate Assurance

        This email was sent from an unmonitored mailbox. Please do not reply to this message.
        """)
    h = page("""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #dcdcdc">
<tr><td style="background:#0b3d5c;padding:16px;color:#fff;font-size:18px">Northgate Assurance</td></tr>
<tr><td style="padding:20px">
<p>Dear Tamsin,</p>
<p>Thank you for your interest in Northgate Assurance.</p>
<p>We are pleased to confirm that an interview has been scheduled for the position below.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Job Requisition:</b></td><td>R-20418 Credit Risk Analyst</td></tr>
<tr><td><b>Interview Type:</b></td><td>Video Interview (Microsoft Teams)</td></tr>
<tr><td><b>Date:</b></td><td>10/02/2026</td></tr>
<tr><td><b>Time:</b></td><td>14:30 - 15:15 (GMT) Europe/London</td></tr>
<tr><td><b>Interviewers:</b></td><td>Simon Ashdown (Head of Credit Risk), Amelia Grant (Talent Acquisition Partner)</td></tr>
</table>
<p>A Microsoft Teams link will be sent to you separately by the hiring team. You can view the details of
your interview at any time by signing in to your
<a href="https://northgate.wd3.myworkdayjobs.com/en-GB/Northgate_Careers/userHome">candidate home page</a>.</p>
<p>If you have any questions about your interview, please contact Amelia Grant at
<a href="mailto:amelia.grant@northgate-assurance.co.uk">amelia.grant@northgate-assurance.co.uk</a>.</p>
<p>Kind regards,<br>Talent Acquisition<br>Northgate Assurance</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#777">This email was sent from an unmonitored mailbox. Please do not reply to this message.</td></tr>
</table>""")
    hs = hdr(addr("Northgate Assurance", "northgate@myworkday.com"),
             "Interview Scheduled - R-20418 Credit Risk Analyst", "2026-02-05 16:22:41", "Europe/London",
             "<1770308561842.4471.JavaMail.wdprod@wd3-prod-mail-07.myworkday.com>",
             via=("bounce-northgate@myworkday.com", "from smtp-out-07.myworkday.com (smtp-out-07.myworkday.com [198.51.100.27])", "5Kq2m3R1vYz"),
             extra=(("X-Workday-Tenant", "northgate"),))
    return message(hs, alt(text(body), html(h)))


@mail(N(2), family="exchange_invite", lang="en", interview=True, kind="scheduled",
      start="2026-04-15T09:00:00Z", end="2026-04-15T10:00:00Z",
      contact="rupert.vance@kestrelbank.co.uk", company="Kestrel Bank",
      local="Wed 2026-04-15 10:00", local_end="2026-04-15 11:00", zone="Europe/London",
      note="Outlook/Exchange meeting request from the hiring manager, TZID 'GMT Standard Time'; the "
           "When line shows the standard-offset display name '(UTC+00:00) Dublin, Edinburgh, Lisbon, "
           "London' but 15 April is BST, so 10:00 local = 09:00Z; follows his slot proposal (key 30)")
def w02() -> bytes:
    tm = teams("YTc4ZmQ2NjItOWJmMS00ZDM3LWE5ZDctNzE0MjM1ZWQ4YzFi", "371 902 554 816 3", "kT7Qp2")
    body = t("""
        Hi Tamsin,

        As discussed, invite for the second stage. You'll meet me and Sunita Rao from Model Validation -
        it'll be a mix of competency questions and a walk through of the VaR backtesting exercise you
        mentioned. No need to prepare slides.

        Regards,
        Rupert

        """) + tm
    when = "When: 15 April 2026 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\nWhere: Microsoft Teams Meeting\n\n"
    desc = ("Hi Tamsin,\\n\\nAs discussed\\, invite for the second stage. You'll meet me and Sunita Rao from "
            "Model Validation - it'll be a mix of competency questions and a walk through of the VaR "
            "backtesting exercise you mentioned. No need to prepare slides.\\n\\nRegards\\,\\nRupert\\n\\n"
            "Microsoft Teams meeting\\nMeeting ID: 371 902 554 816 3\\nPasscode: kT7Qp2\\n")
    ics = exch_ics("REQUEST", "GMT Standard Time", "Interview - Tamsin Okafor - Market Risk Analyst (stage 2)",
                   "20260415T100000", "20260415T110000", ("Rupert Vance", "rupert.vance@kestrelbank.co.uk"),
                   "040000008200E00074C5B7101A82E00800000000B0C4A1E2D9C7DC01000000000000000010000000"
                   "5E2F0C3D8A1B4F4C9E7D2A6B3C1F0E9D", "20260409T100412Z", description=desc,
                   attendees=(("Tamsin Okafor", ME), ("Sunita Rao", "sunita.rao@kestrelbank.co.uk")))
    h = page("<p>" + when.replace("\n", "<br>\n") + "</p>\n<p>Hi Tamsin,</p>\n<p>As discussed, invite for the "
             "second stage. You'll meet me and Sunita Rao from Model Validation - it'll be a mix of competency "
             "questions and a walk through of the VaR backtesting exercise you mentioned. No need to prepare "
             "slides.</p>\n<p>Regards,<br>Rupert</p>\n<div style=\"width:100%\"><span style=\"white-space:nowrap;"
             "color:#5F5F5F\">________________________________________________________________________________"
             "</span></div>\n<div style=\"margin-bottom:24px\"><span style=\"font-size:24px;font-weight:700\">"
             "Microsoft Teams meeting</span></div>\n<div><b>Join on your computer, mobile app or room device</b>"
             "<br><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTc4ZmQ2NjItOWJmMS00ZDM3LWE5ZD"
             "ctNzE0MjM1ZWQ4YzFi%40thread.v2/0\">Click here to join the meeting</a></div>\n<div>Meeting ID: 371 "
             "902 554 816 3<br>Passcode: kT7Qp2</div>", font="Aptos,Calibri,sans-serif")
    hs = hdr(addr("Vance, Rupert", "rupert.vance@kestrelbank.co.uk"),
             "Interview - Tamsin Okafor - Market Risk Analyst (stage 2)", "2026-04-09 11:04:12", "Europe/London",
             "<LO4P265MB6012A7C4E1F2B93D8C1E5A21B7D42@LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM>",
             via=("rupert.vance@kestrelbank.co.uk", "from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2118.outbound.protection.outlook.com [203.0.113.118])", "7Hn4Lw0QzPb"),
             extra=exch_headers("Interview - Tamsin Okafor - Market Risk Analyst (stage 2)",
                                "AdzI8m3nqG4b1xQmT0eLc7vXxkP2Aw=="))
    return message(hs, alt(text(when + body), html(h), calendar(ics, cte="base64")))


@mail(N(3), family="agency_recruiter", lang="en-GB", interview=True, kind="scheduled",
      start="2026-01-15T14:30:00Z", end=None,
      contact="josh.pemberton@haldenrecruitment.co.uk", company="Brightwater Insurance",
      local="Thu 2026-01-15 14:30", zone="Europe/London",
      note="Agency recruiter's short reply 'all confirmed for Thurs at half two' sent Mon 12 Jan -> Thu 15 "
           "Jan 14:30 GMT = 14:30Z; 'an hour max' is not an exact length so end null; company = the client "
           "(hiring company), contact = the recruiter who sent it")
def w03() -> bytes:
    body = t("""
        Hi Tamsin,

        All confirmed for Thurs at half two with Mark Ellery at Brightwater. Their office is 20 Fenchurch
        St, ask for Mark at reception on the 6th floor - bring photo ID as the building's a bit fussy.

        It'll be an hour max, mostly about your IFRS 17 / reserving exposure and why you want to move
        from banking to insurance (have a good answer for that one!).

        Any problems give me a shout on 07700 900412.

        Good luck!
        Josh

        Josh Pemberton | Senior Consultant, Insurance & Actuarial
        Halden Recruitment | 30 St Mary Axe, London EC3A 8BF

        -----Original Message-----
        From: Tamsin Okafor <tamsin.okafor@example.org>
        Sent: 12 January 2026 15:02
        To: Josh Pemberton <josh.pemberton@haldenrecruitment.co.uk>
        Subject: Re: Brightwater - Credit Risk Analyst

        Hi Josh,

        Thanks for this. Thursday afternoon is good for me, anything after 2 ideally.

        Cheers,
        Tamsin
        """)
    hs = hdr(addr("Josh Pemberton", "josh.pemberton@haldenrecruitment.co.uk"),
             "RE: Brightwater - Credit Risk Analyst", "2026-01-12 17:48:03", "Europe/London",
             "<DB9PR02MB7321F0A1C4B8E26D9F3A0C7E92B81@DB9PR02MB7321.eurprd02.prod.outlook.com>",
             via=("josh.pemberton@haldenrecruitment.co.uk", "from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2071.outbound.protection.outlook.com [203.0.113.71])", "3Fd8Tk6WmXc"),
             extra=(("In-Reply-To", "<CAF3x7Qm1p0+Hk2sVZyJ8nq4bR6tLw@mail.example.org>"),
                    ("References", "<DB9PR02MB7321E1B0A4C2@DB9PR02MB7321.eurprd02.prod.outlook.com>\r\n"
                     " <CAF3x7Qm1p0+Hk2sVZyJ8nq4bR6tLw@mail.example.org>"))
             + exch_headers("Brightwater - Credit Risk Analyst", "AQHchAz5yQ0m3u2kEkqU7b0wZ1x9Hg=="))
    return message(hs, text(body, cte="quoted-printable"))


@mail(N(4), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start="2026-03-10T14:00:00Z", end="2026-03-10T14:45:00Z",
      contact="dev.kapoor@lumenfold.com", company="Lumenfold",
      local="Tue 2026-03-10 10:00", local_end="2026-03-10 10:45", zone="America/New_York",
      note="Google Calendar invitation from the New York hiring manager, '10am - 10:45am (EDT)'; US "
           "daylight time began 8 March (London still GMT until 29 March), so 10:00 EDT = 14:00Z; "
           "mail sent 4 March while New York was still on EST; ICS in UTC")
def w04() -> bytes:
    eid = "M2s5dmFzZzRxa2Q3ZnA4bWgxcnRzNzJqYjAgdGFtc2luLm9rYWZvckBleGFtcGxlLm9yZw"
    body = t(f"""
        Tamsin / Dev - Risk Analytics intro
        Tuesday Mar 10, 2026 \u22c5 10am \u2013 10:45am
        Eastern Time - New York

        Join with Google Meet
        https://meet.google.com/qvx-hdtn-rkp

        Join by phone
        (US) +1 347-555-0142 PIN: 318 442 907#

        Hi Tamsin - great to connect. This is a 45 min conversation with me about the Risk Analytics role
        (we're building out model risk for our lending book). Nothing to prepare, just come curious!
        - Dev

        Organizer
        Dev Kapoor
        dev.kapoor@lumenfold.com

        Guests
        Dev Kapoor - organizer
        tamsin.okafor@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Reply for tamsin.okafor@example.org
        Yes
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1
        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2
        Maybe
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added
        to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
        Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    h = page(f"""<div style="padding:16px"><h2 style="font-size:20px;font-weight:400">Tamsin / Dev - Risk Analytics intro</h2>
<table><tr><td style="color:#5f6368">When</td><td>Tuesday Mar 10, 2026 &#8901; 10am &ndash; 10:45am (Eastern Time - New York)</td></tr>
<tr><td style="color:#5f6368">Join</td><td><a href="https://meet.google.com/qvx-hdtn-rkp">meet.google.com/qvx-hdtn-rkp</a></td></tr>
<tr><td style="color:#5f6368">Organizer</td><td>Dev Kapoor &lt;dev.kapoor@lumenfold.com&gt;</td></tr>
<tr><td style="color:#5f6368">Guests</td><td>Dev Kapoor - organizer<br>tamsin.okafor@example.org</td></tr></table>
<p>Hi Tamsin - great to connect. This is a 45 min conversation with me about the Risk Analytics role (we're building
out model risk for our lending book). Nothing to prepare, just come curious!<br>- Dev</p>
<p>Reply for tamsin.okafor@example.org <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=1">Yes</a>
<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=2">No</a>
<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=3">Maybe</a></p>
<p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p></div>""", font="Roboto,Helvetica,Arial,sans-serif")
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260310T140000Z
        DTEND:20260310T144500Z
        DTSTAMP:20260304T201017Z
        ORGANIZER;CN=Dev Kapoor:mailto:dev.kapoor@lumenfold.com
        UID:3k9vasg4qkd7fp8mh1rts72jb0@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dev Kapoor;X-NUM-GUESTS=0:mailto:dev.kapoor@lumenfold.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tamsin.okafor@example.org;X-NUM-GUESTS=0:mailto:tamsin.okafor@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/qvx-hdtn-rkp
        CREATED:20260304T200951Z
        DESCRIPTION:Hi Tamsin - great to connect. This is a 45 min conversation with me about the Risk Analytics role (we're building out model risk for our lending book). Nothing to prepare\\, just come curious!\\n- Dev\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/qvx-hdtn-rkp\\n
        LAST-MODIFIED:20260304T201017Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Tamsin / Dev - Risk Analytics intro
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Invitation: Tamsin / Dev - Risk Analytics intro @ Tue Mar 10, 2026 10am - 10:45am (EDT) "
               "(tamsin.okafor@example.org)")
    hs = hdr(addr("Dev Kapoor", "dev.kapoor@lumenfold.com"), subject, "2026-03-04 15:10:17", "America/New_York",
             "<calendar-6b1f0e2c-93d4-4c1a-b7f2-1e0a8d5c4f39@google.com>",
             via=("3YYuoZxQKDnsu8Cq4.gq8n8kru.ywp.8ac0yww86.py0.qvuuspo@calendar-server.bounces.google.com",
                  "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "8Pq1Ls5UeVd"),
             extra=(("Reply-To", addr("Dev Kapoor", "dev.kapoor@lumenfold.com")),
                    ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    inner = alt(text(body), html(h), calendar(ics, cte="base64"))
    return message(hs, mixed(inner, calendar(ics, method=None, ctype="application/ics", cte="base64",
                                             filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(5), family="hirevue_live", lang="en", interview=True, kind="scheduled",
      start="2026-03-26T09:00:00Z", end="2026-03-26T09:30:00Z", contact=None, company="Calderwood Bank",
      local="Thu 2026-03-26 09:00", local_end="2026-03-26 09:30", zone="Europe/London",
      note="HireVue live-interview confirmation (no-reply sender, interviewer named without an address); "
           "Thursday 26 March is three days before the UK clocks change, so 9:00 AM GMT = 09:00Z; "
           "9:00-9:30 given")
def w05() -> bytes:
    h = page("""<div style="max-width:580px;margin:0 auto">
<img src="https://assets.hirevue.com/branding/calderwood/logo.png" alt="Calderwood Bank" width="160">
<h1 style="font-size:22px;font-weight:600">Your live interview is scheduled</h1>
<p>Hello Tamsin,</p>
<p>Calderwood Bank has scheduled a live video interview with you for the <b>Operational Risk Analyst</b> role.</p>
<table style="background:#f4f6f8;padding:12px;width:100%">
<tr><td><b>Date</b></td><td>Thursday, March 26, 2026</td></tr>
<tr><td><b>Time</b></td><td>9:00 AM - 9:30 AM (GMT) Europe/London</td></tr>
<tr><td><b>Interviewer</b></td><td>Fraser Lindsay</td></tr>
</table>
<p>At the time of your interview, join using the button below. We recommend joining from a laptop or desktop
computer using Google Chrome, and testing your camera and microphone beforehand.</p>
<p><a href="https://app.hirevue.com/interviews/live/join/7f3c0a2e91d84b6e" style="background:#0065a4;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Join Interview</a></p>
<p><a href="https://app.hirevue.com/interviews/live/7f3c0a2e91d84b6e/calendar.ics">Add to calendar</a></p>
<p>Need to reschedule? Please contact the recruiting team at Calderwood Bank directly.</p>
<p style="font-size:11px;color:#888">Powered by HireVue. This message was sent from a notification-only address that cannot accept incoming email.
<a href="https://www.hirevue.com/privacy">Privacy</a></p>
</div>""")
    plain = t("""
        Your live interview is scheduled

        Hello Tamsin,

        Calderwood Bank has scheduled a live video interview with you for the Operational Risk Analyst role.

        Date: Thursday, March 26, 2026
        Time: 9:00 AM - 9:30 AM (GMT) Europe/London
        Interviewer: Fraser Lindsay

        At the time of your interview, join here:
        https://app.hirevue.com/interviews/live/join/7f3c0a2e91d84b6e

        Add to calendar: https://app.hirevue.com/interviews/live/7f3c0a2e91d84b6e/calendar.ics

        Need to reschedule? Please contact the recruiting team at Calderwood Bank directly.

        Powered by HireVue. This message was sent from a notification-only address that cannot accept
        incoming email.
        """)
    hs = hdr(addr("Calderwood Bank via HireVue", "noreply@hirevue.com"),
             "Calderwood Bank: Live Interview Scheduled - Operational Risk Analyst", "2026-03-20 10:15:09",
             "Europe/London", "<0102019a3c7e5b1d-6c0f3e8a-2d41-4b9e-8f1a-77c2e05d9b13-000000@eu-west-1.amazonses.com>",
             via=("0102019a3c7e5b1d-6c0f3e8a@eu-west-1.amazonses.com", "from a7-19.smtp-out.eu-west-1.amazonses.com (a7-19.smtp-out.eu-west-1.amazonses.com [192.0.2.19])", "2Wx9Kr4NtAe"))
    return message(hs, alt(text(plain), html(h, cte="base64")))


@mail(N(6), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-05-05T10:00:00Z", end="2026-05-05T11:00:00Z",
      contact="aoife.brennan@liriopayments.ie", company="Lirio Payments",
      local="Tue 2026-05-05 11:00", local_end="2026-05-05 12:00", zone="Europe/Dublin",
      note="Greenhouse confirmation from a Dublin fintech, '11:00 AM - 12:00 PM IST' where IST is Irish "
           "Standard Time (UTC+1 in summer), so 10:00Z; contact = the recruiter's Reply-To")
def w06() -> bytes:
    plain = t("""
        Hi Tamsin,

        Thanks for making time to speak with us! Here are the details for your upcoming interview with
        Lirio Payments for the Fraud & Credit Risk Analyst position:

        Tuesday, May 5th, 2026
        11:00 AM - 12:00 PM IST (Irish Standard Time)

        11:00 AM - 11:30 AM  Niall Cassidy, Head of Risk
        11:30 AM - 12:00 PM  Grace Okonjo, Senior Data Scientist

        Location: Google Meet - https://meet.google.com/hrw-pzcq-ybt

        If you need to make any changes, just reply to this email.

        Best,
        Aoife Brennan
        Talent Partner, Lirio Payments
        """)
    h = page("""<p>Hi Tamsin,</p>
<p>Thanks for making time to speak with us! Here are the details for your upcoming interview with Lirio Payments for the
<strong>Fraud &amp; Credit Risk Analyst</strong> position:</p>
<p><strong>Tuesday, May 5th, 2026<br>11:00 AM - 12:00 PM IST (Irish Standard Time)</strong></p>
<table cellpadding="3">
<tr><td>11:00 AM - 11:30 AM</td><td>Niall Cassidy, Head of Risk</td></tr>
<tr><td>11:30 AM - 12:00 PM</td><td>Grace Okonjo, Senior Data Scientist</td></tr>
</table>
<p>Location: Google Meet - <a href="https://meet.google.com/hrw-pzcq-ybt">https://meet.google.com/hrw-pzcq-ybt</a></p>
<p>If you need to make any changes, just reply to this email.</p>
<p>Best,<br>Aoife Brennan<br>Talent Partner, Lirio Payments</p>
<img src="https://app.greenhouse.io/email_open/4b7e19c2.gif" width="1" height="1" alt="">""")
    hs = hdr(addr("Lirio Payments", "no-reply@greenhouse.io"),
             "Interview Confirmation: Fraud & Credit Risk Analyst at Lirio Payments", "2026-04-28 09:30:44",
             "Europe/Dublin", "<6a2f1c0e8b7d4_3c91a5e2f0b1d@greenhouse-mailer-5f8d9.mail>",
             via=("bounces+1847732-9f0e-tamsin.okafor=example.org@sendgrid.greenhouse.io", "from o3.sendgrid.greenhouse.io (o3.sendgrid.greenhouse.io [198.51.100.33])", "6Bz0Hc2PqTf"),
             extra=(("Reply-To", addr("Aoife Brennan", "aoife.brennan@liriopayments.ie")),))
    return message(hs, alt(text(plain), html(h)))


@mail(N(7), family="lever", lang="en-GB", interview=True, kind="scheduled",
      start="2026-05-20T12:00:00Z", end="2026-05-20T12:45:00Z",
      contact="isla.murray@forthbridgeanalytics.com", company="Forthbridge Analytics",
      local="Wed 2026-05-20 13:00", local_end="2026-05-20 13:45", zone="Europe/London",
      note="Lever interview confirmation from an Edinburgh firm, '1:00pm BST (45 min)' -> 12:00Z-12:45Z; "
           "sender is Lever's no-reply relay, contact = the coordinator's Reply-To")
def w07() -> bytes:
    plain = t("""
        Hi Tamsin,

        Your interview with Forthbridge Analytics is confirmed.

        Role: Quantitative Risk Analyst
        When: Wednesday, 20 May 2026 at 1:00pm BST (45 min)
        Where: Forthbridge Analytics, 4 Melville Street, Edinburgh EH3 7NS (3rd floor)
        With: Euan Dalgleish (Director, Credit Models), Priti Shah (Quant Lead)

        The session is a technical conversation - expect questions on PD/LGD modelling, validation and
        a short whiteboard exercise. If you're travelling up from London and need help with expenses,
        let me know.

        Thanks,
        Isla Murray
        Recruitment Coordinator, Forthbridge Analytics

        ---
        Sent via Lever. Reply to this email to reach Isla directly.
        """)
    h = page("""<p>Hi Tamsin,</p>
<p>Your interview with Forthbridge Analytics is confirmed.</p>
<table cellpadding="2"><tr><td><b>Role:</b></td><td>Quantitative Risk Analyst</td></tr>
<tr><td><b>When:</b></td><td>Wednesday, 20 May 2026 at 1:00pm BST (45 min)</td></tr>
<tr><td><b>Where:</b></td><td>Forthbridge Analytics, 4 Melville Street, Edinburgh EH3 7NS (3rd floor)</td></tr>
<tr><td><b>With:</b></td><td>Euan Dalgleish (Director, Credit Models), Priti Shah (Quant Lead)</td></tr></table>
<p>The session is a technical conversation - expect questions on PD/LGD modelling, validation and a short whiteboard
exercise. If you're travelling up from London and need help with expenses, let me know.</p>
<p>Thanks,<br>Isla Murray<br>Recruitment Coordinator, Forthbridge Analytics</p>
<p style="color:#999;font-size:11px">Sent via Lever. Reply to this email to reach Isla directly.</p>""",
             font="-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,sans-serif")
    hs = hdr(addr("Isla Murray", "no-reply@hire.lever.co"),
             "Interview confirmed: Quantitative Risk Analyst - Forthbridge Analytics", "2026-05-14 14:00:27",
             "Europe/London", "<20260514130027.7c3e1a9f0b24d6e8@hire.lever.co>",
             via=("bounce+8f3a1c.2d4e-tamsin.okafor=example.org@hire.lever.co", "from m228-31.mailgun.net (m228-31.mailgun.net [192.0.2.231])", "1Tm7Gv3NsYh"),
             extra=(("Reply-To", addr("Isla Murray", "isla.murray@forthbridgeanalytics.com")),))
    return message(hs, alt(text(plain), html(h)))


@mail(N(8), family="human_prose_de", lang="de", interview=True, kind="scheduled",
      start="2026-06-09T13:00:00Z", end="2026-06-09T14:00:00Z",
      contact="katrin.woehler@mainufer-bank.de", company="Mainufer Bank AG",
      local="Tue 2026-06-09 15:00", local_end="2026-06-09 16:00", zone="Europe/Berlin",
      note="German HR confirmation (ISO-8859-1, quoted-printable) from a Frankfurt bank: Dienstag, 9. Juni "
           "2026, 15:00 bis 16:00 Uhr MESZ -> 13:00Z-14:00Z (the mail itself adds '14:00 Uhr britischer Zeit')")
def w08() -> bytes:
    body = t("""
        Sehr geehrte Frau Okafor,

        vielen Dank für Ihre Bewerbung und das freundliche Telefonat am vergangenen Freitag.

        Hiermit bestätigen wir Ihnen gerne den Termin für das Vorstellungsgespräch für die Position
        "Risikoanalyst (m/w/d) Marktpreisrisiko":

        Datum:      Dienstag, 9. Juni 2026
        Uhrzeit:    15:00 - 16:00 Uhr (MESZ), das entspricht 14:00 Uhr britischer Zeit
        Format:     Microsoft Teams (den Link erhalten Sie gesondert per Kalendereinladung)
        Gesprächspartner: Dr. Matthias Kröger (Bereichsleiter Risikocontrolling), Katrin Wöhler (HR)

        Das Gespräch wird auf Englisch geführt; gerne können Sie aber auch Ihre Deutschkenntnisse zeigen.

        Sollten Sie den Termin nicht wahrnehmen können, geben Sie mir bitte kurz Bescheid.

        Mit freundlichen Grüßen

        Katrin Wöhler
        Personalreferentin Recruiting

        Mainufer Bank AG
        Neue Mainzer Straße 52, 60311 Frankfurt am Main
        Tel. +49 69 555 4471-23
        katrin.woehler@mainufer-bank.de

        Sitz der Gesellschaft: Frankfurt am Main, Amtsgericht Frankfurt am Main HRB 99312
        Vorstand: Dr. Heike Albers (Vorsitzende), Jan-Peter Schreiner
        """)
    hs = hdr(addr("Katrin Wöhler", "katrin.woehler@mainufer-bank.de", charset="iso-8859-1"),
             "Bestätigung Ihres Vorstellungsgesprächs am 9. Juni 2026", "2026-06-03 14:12:55", "Europe/Berlin",
             "<5f0e9a3c.2b71.4d8e.a6c1.MAINUFER-EXC02@mainufer-bank.de>",
             via=("katrin.woehler@mainufer-bank.de", "from mx02.mainufer-bank.de (mx02.mainufer-bank.de [198.51.100.82])", "9Lk2Qr7CxWs"),
             charset="iso-8859-1",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(9), family="human_prose_fr", lang="fr", interview=True, kind="scheduled",
      start="2026-07-02T08:00:00Z", end="2026-07-02T09:00:00Z",
      contact="elodie.marchand@delorme-conseil.fr", company="Delorme Conseil",
      local="Thu 2026-07-02 10:00", local_end="2026-07-02 11:00", zone="Europe/Paris",
      note="French consultancy partner confirms 'jeudi 2 juillet à 10h (heure de Paris), soit 9h à Londres', "
           "'durée : une heure' -> 08:00Z-09:00Z; windows-1252, 8bit")
def w09() -> bytes:
    body = t("""
        Bonjour Tamsin,

        Suite à notre échange téléphonique, je vous confirme notre entretien pour le poste d'analyste
        risques (bureau de Dublin) :

          - jeudi 2 juillet à 10h00 (heure de Paris), soit 9h à Londres ;
          - durée : une heure ;
          - en visio sur Teams ; je vous enverrai le lien la veille.

        Vous échangerez avec moi-même puis avec Thomas Vidal, associé en charge de l'activité
        risques financiers. Nous pourrons faire l'entretien en anglais si vous le préférez.

        N'hésitez pas à me contacter si vous avez la moindre question.

        Bien cordialement,

        Élodie Marchand
        Responsable recrutement
        Delorme Conseil – 18, rue de la Chaussée-d'Antin, 75009 Paris
        +33 1 55 00 42 17
        """)
    hs = hdr(addr("Élodie Marchand", "elodie.marchand@delorme-conseil.fr", charset="windows-1252"),
             "Confirmation de notre entretien – analyste risques", "2026-06-26 16:40:08", "Europe/Paris",
             "<PR1P264MB3710C2E0F9A4B7D61E8F0A3C5D92@PR1P264MB3710.FRAP264.PROD.OUTLOOK.COM>",
             via=("elodie.marchand@delorme-conseil.fr", "from FRA01-PR2-obe.outbound.protection.outlook.com (mail-pr2fra01on2090.outbound.protection.outlook.com [203.0.113.90])", "4Yc6Hm1DrKu"),
             charset="windows-1252", extra=(("Content-Language", "fr-FR"),))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail(N(10), family="ms_bookings", lang="en", interview=True, kind="scheduled",
      start="2026-06-12T08:30:00Z", end="2026-06-12T09:30:00Z", contact=None, company="Thornbury Consulting",
      local="Fri 2026-06-12 09:30", local_end="2026-06-12 10:30", zone="Europe/London",
      note="Microsoft Bookings confirmation for a case interview; the zone label reads '(UTC+00:00) Dublin, "
           "Edinburgh, Lisbon, London' but 12 June is BST, so 09:30 = 08:30Z (ICS agrees); staff member "
           "named without an address, sender is the Bookings mailbox -> contact null")
def w10() -> bytes:
    mbox = "CaseInterviews@thornburyconsulting.onmicrosoft.com"
    plain = t("""
        Booking confirmed

        Hi Tamsin Okafor,

        Thank you for booking with Thornbury Consulting - Case Interviews. Your booking has been confirmed.

        Service: First-round case interview (Financial Services Risk)
        Date and time: Friday, 12 June 2026 09:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London
        Duration: 60 minutes
        Staff: Hannah Doyle
        Location: Microsoft Teams meeting - join link below

        Join your appointment: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ0YzE3OGEtYjIxMi00ZWRmLWJhNTUtZTg1ZGUwNzE0OWY4%40thread.v2/0

        Please have a pen and paper to hand; calculators are not needed.

        Need to make changes?
        Manage booking: https://outlook.office365.com/owa/calendar/ThornburyConsultingCaseInterviews@thornburyconsulting.onmicrosoft.com/bookings/s/Yx3p0Q/manage

        Thornbury Consulting - Case Interviews
        """)
    h = page(plain.replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n"), font="'Segoe UI',sans-serif")
    h = h.replace("<body style=\"font-family:'Segoe UI',sans-serif;font-size:14px;color:#1f1f1f\">\n",
                  "<body style=\"font-family:'Segoe UI',sans-serif;font-size:14px;color:#1f1f1f\">\n<p>", 1)
    h = h.replace("\n</body>", "</p>\n</body>")
    ics = exch_ics("REQUEST", "GMT Standard Time", "First-round case interview (Financial Services Risk)",
                   "20260612T093000", "20260612T103000", ("Thornbury Consulting - Case Interviews", mbox),
                   "040000008200E00074C5B7101A82E008000000002A1F7D3C4BF1DC0100000000000000001000000"
                   "09C3E5A7D1F2B48E6A0C4D8F2B7E1A3C5", "20260605T080214Z",
                   description="Booking with Hannah Doyle. Manage booking on the Bookings page.")
    hs = hdr(addr("Thornbury Consulting - Case Interviews", mbox),
             "Your booking with Thornbury Consulting - Case Interviews is confirmed", "2026-06-05 09:02:14",
             "Europe/London", "<AM9P192MB1243E7B0C5D21F4A8C3E9D06A1B37@AM9P192MB1243.EURP192.PROD.OUTLOOK.COM>",
             via=(mbox, "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2102.outbound.protection.outlook.com [203.0.113.102])", "5Rn3Pw8JvBz"),
             extra=(("X-MS-Exchange-Organization-BookingsMessage", "BookingConfirmation"),))
    return message(hs, mixed(alt(text(plain), html(h)),
                             calendar(ics, cte="base64", filename="Booking.ics", disposition="attachment")))


@mail(N(11), family="zoom", lang="en-GB", interview=True, kind="scheduled",
      start="2026-07-08T10:00:00Z", end=None,
      contact="gareth.hollins@penninemutual.co.uk", company="Pennine Mutual",
      local="Wed 2026-07-08 11:00", zone="Europe/London",
      note="HTML-only (base64) hiring-manager mail from Manchester with a pasted Zoom block 'Jul 8, 2026 "
           "11:00 AM London'; BST so 10:00Z; no length stated")
def w11() -> bytes:
    h = page("""<div>Hi Tamsin,</div>
<div><br></div>
<div>Lovely to speak earlier. As promised, here are the details for Wednesday - it'll be me and Claire
Sutcliffe (our Chief Risk Officer), fairly informal, and we'll talk through the risk appetite work
you've been doing at Aldwych.</div>
<div><br></div>
<div>Speak then,</div>
<div>Gareth</div>
<div><br></div>
<div style="border-left:3px solid #2d8cff;padding-left:8px;color:#333">
Gareth Hollins is inviting you to a scheduled Zoom meeting.<br><br>
Topic: Tamsin Okafor - Enterprise Risk Analyst interview<br>
Time: Jul 8, 2026 11:00 AM London<br><br>
Join Zoom Meeting<br>
<a href="https://penninemutual.zoom.us/j/84129930561?pwd=bXk3dEhMa2F6cU5vR1ZqUmN4dz09">https://penninemutual.zoom.us/j/84129930561?pwd=bXk3dEhMa2F6cU5vR1ZqUmN4dz09</a><br><br>
Meeting ID: 841 2993 0561<br>
Passcode: 620418<br><br>
One tap mobile<br>
+442080806591,,84129930561#,,,,*620418# United Kingdom
</div>
<div><br></div>
<div style="font-size:12px;color:#555">Gareth Hollins | Head of Enterprise Risk<br>
Pennine Mutual | 3 Hardman Square, Spinningfields, Manchester M3 3EB<br>
gareth.hollins@penninemutual.co.uk | 0161 555 0193</div>""", font="Calibri,Arial,sans-serif")
    hs = hdr(addr("Gareth Hollins", "gareth.hollins@penninemutual.co.uk"), "Wednesday - Zoom details",
             "2026-07-02 12:30:51", "Europe/London",
             "<CWLP265MB4419D8A1E7C3F02B6E9A4D15C0F83@CWLP265MB4419.GBRP265.PROD.OUTLOOK.COM>",
             via=("gareth.hollins@penninemutual.co.uk", "from GBR01-CWL-obe.outbound.protection.outlook.com (mail-cwlgbr01on2131.outbound.protection.outlook.com [203.0.113.131])", "8Dv5Kq2HtMa"),
             extra=exch_headers("Wednesday - Zoom details", "AdzqA1c0n5kT2Gf4QbO+vE6rjX0P8g=="))
    return message(hs, html(h, cte="base64"))


@mail(N(12), family="avature", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-17T13:00:00Z", end="2026-09-17T13:45:00Z",
      contact="megan.orourke@halloranlowe.com", company="Halloran Lowe",
      local="Thu 2026-09-17 09:00", local_end="2026-09-17 09:45", zone="America/New_York",
      note="Avature confirmation from a New York bank: '9:00 AM - 9:45 AM Eastern Time (2:00 PM - 2:45 PM "
           "London)', EDT = UTC-4 so 13:00Z; sender is the Avature careers mailbox, contact = the recruiter "
           "named with her address in the body")
def w12() -> bytes:
    plain = t("""
        Dear Tamsin,

        Thank you for your continued interest in Halloran Lowe. We are pleased to confirm your first-round
        interview for the position of Associate, Market Risk (Req. 26-04417).

        Date: Thursday, September 17, 2026
        Time: 9:00 AM - 9:45 AM Eastern Time (2:00 PM - 2:45 PM London)
        Format: Video (Webex) - link: https://halloranlowe.webex.com/meet/j.bertolini
        Interviewer: Joseph Bertolini, Vice President, Market Risk Management

        Please log in to your candidate profile to review our interview guide:
        https://halloranlowe.avature.net/careers/Login

        Should you need assistance, please contact Megan O'Rourke, Campus & Experienced Hire Recruiting,
        at megan.orourke@halloranlowe.com.

        Sincerely,
        Halloran Lowe Talent Acquisition

        Halloran Lowe is an Equal Opportunity Employer. This mailbox is not monitored.
        """)
    h = page(f"<pre style=\"font-family:Georgia,serif;white-space:pre-wrap\">{plain.replace('&', '&amp;')}</pre>")
    hs = hdr(addr("Halloran Lowe Careers", "careers@halloranlowe.avature.net"),
             "Interview Confirmation - Associate, Market Risk (26-04417)", "2026-09-11 13:00:36",
             "America/New_York", "<avature.3f9c2b71e0d4.184422@halloranlowe.avature.net>",
             via=("bounces@halloranlowe.avature.net", "from mta-out-3.avature.net (mta-out-3.avature.net [198.51.100.143])", "3Ja7Uc0ZsNq"))
    return message(hs, alt(text(plain, cte="7bit"), html(h)))


@mail(N(13), family="eightfold", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-30T15:00:00Z", end="2026-09-30T15:30:00Z",
      contact="jordan.pike@sentinelre.com", company="Sentinel Re",
      local="Wed 2026-09-30 11:00", local_end="2026-09-30 11:30", zone="America/New_York",
      note="Eightfold scheduling confirmation, primary time in the recruiter's zone (11:00 AM - 11:30 AM "
           "EDT) with the candidate's own '4:00 PM - 4:30 PM BST'; both = 15:00Z-15:30Z; ICS in UTC; "
           "contact = recruiter in the body")
def w13() -> bytes:
    plain = t("""
        Your interview is scheduled

        Hi Tamsin,

        Your interview for Catastrophe Risk Analyst at Sentinel Re has been scheduled.

        Wednesday, September 30, 2026
        11:00 AM - 11:30 AM EDT
        (4:00 PM - 4:30 PM BST in your time zone, Europe/London)

        Interview: Hiring Manager Screen with Lauren Whitaker
        Join Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjI0MDYxNTEtNzc0Ny00Zjk3LTkzODgtZGE5MmYxOTk3ZDQ2%40thread.v2/0

        Need to reschedule? https://sentinelre.eightfold.ai/scheduling/candidate/reschedule?token=Rk9YWTE5MjU3
        Questions? Contact your recruiter, Jordan Pike (jordan.pike@sentinelre.com).

        Powered by Eightfold AI
        """)
    h = page("""<table width="100%" style="max-width:560px"><tr><td>
<h2 style="font-weight:500">Your interview is scheduled</h2>
<p>Hi Tamsin,</p>
<p>Your interview for <b>Catastrophe Risk Analyst</b> at <b>Sentinel Re</b> has been scheduled.</p>
<div style="border:1px solid #e1e4e8;border-radius:6px;padding:12px">
<div style="font-size:16px"><b>Wednesday, September 30, 2026</b></div>
<div>11:00 AM - 11:30 AM EDT</div>
<div style="color:#6a737d">(4:00 PM - 4:30 PM BST in your time zone, Europe/London)</div>
<div style="margin-top:8px">Hiring Manager Screen with Lauren Whitaker</div>
<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjI0MDYxNTEtNzc0Ny00Zjk3LTkzODgtZGE5MmYxOTk3ZDQ2%40thread.v2/0">Join Microsoft Teams</a></div>
</div>
<p><a href="https://sentinelre.eightfold.ai/scheduling/candidate/reschedule?token=Rk9YWTE5MjU3">Need to reschedule?</a></p>
<p>Questions? Contact your recruiter, Jordan Pike (<a href="mailto:jordan.pike@sentinelre.com">jordan.pike@sentinelre.com</a>).</p>
<p style="color:#999;font-size:11px">Powered by Eightfold AI</p>
</td></tr></table>""")
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Eightfold AI//Interview Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ef-sched-5a81c03e-2f6b-4d92-9e15-0b7d3c4a8e21
        DTSTAMP:20260923T140212Z
        DTSTART:20260930T150000Z
        DTEND:20260930T153000Z
        SUMMARY:Sentinel Re - Hiring Manager Screen (Catastrophe Risk Analyst)
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Sentinel Re Recruiting:mailto:no-reply@eightfold.ai
        ATTENDEE;CN=Tamsin Okafor;RSVP=TRUE:mailto:tamsin.okafor@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr(addr("Sentinel Re Recruiting", "no-reply@eightfold.ai"),
             "Interview scheduled: Catastrophe Risk Analyst at Sentinel Re", "2026-09-23 10:02:12",
             "America/New_York", "<0100019b7e2c4a15-8d3f6e21-5c0a-4b7d-9e2f-1a3c5e7b9d02-000000@email.amazonses.com>",
             via=("0100019b7e2c4a15@amazonses.com", "from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [192.0.2.93])", "0Vb4Nf6LrPe"))
    return message(hs, mixed(alt(text(plain), html(h)),
                             calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                                      disposition="attachment")))


@mail(N(14), family="forward_to_self", lang="en-GB", interview=True, kind="scheduled",
      start="2026-10-27T10:00:00Z", end="2026-10-27T12:00:00Z",
      contact="fiona.lyle@ashcombepartners.com", company="Ashcombe Partners",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 12:00", zone="Europe/London",
      note="Candidate forwards the consultancy's final-round confirmation from her other address; "
           "'Tuesday 27 October, 10:00-12:00' in London is GMT (clocks went back on 25 October) though the "
           "forward was sent in BST -> 10:00Z-12:00Z; contact = the original sender in the forwarded header")
def w14() -> bytes:
    body = t("""
        fwd for the diary - need to book the morning off

        ---------- Forwarded message ---------
        From: Fiona Lyle <fiona.lyle@ashcombepartners.com>
        Date: Fri, 23 Oct 2026 at 14:37
        Subject: Ashcombe Partners - final round
        To: Tamsin Okafor <t.okafor@example.com>


        Dear Tamsin,

        Congratulations again on getting through to the final round. I'm pleased to confirm the details:

        Date: Tuesday 27 October
        Time: 10:00-12:00
        Venue: Ashcombe Partners, 1 Poultry, London EC2R 8EJ - please arrive 10 minutes early and
        report to reception on the ground floor.

        The morning is made up of two back-to-back interviews:
        10:00-11:00 Case discussion with Richard Ngata (Partner, Risk & Regulation)
        11:00-12:00 Competency interview with Joanna Pryce (Director) and myself

        Do let me know if you have any access requirements or questions beforehand.

        Kind regards,
        Fiona

        Fiona Lyle
        Senior Recruitment Manager | Ashcombe Partners
        +44 20 7946 0388
        """)
    hs = hdr(addr("Tamsin Okafor", "t.okafor@example.com"), "Fwd: Ashcombe Partners - final round",
             "2026-10-23 19:05:40", "Europe/London",
             "<CAJ8q0vFm2x7T+Rk4pWn9bZ3c5Yd1eHs6uA@mail.example.com>",
             via=("t.okafor@example.com", "from mail.example.com (mail.example.com [192.0.2.10])", "6Gh1Xz9RpQw"),
             extra=(("In-Reply-To", "<LO2P265MB5533F1E0C9A8@LO2P265MB5533.GBRP265.PROD.OUTLOOK.COM>"),
                    ("References", "<LO2P265MB5533F1E0C9A8@LO2P265MB5533.GBRP265.PROD.OUTLOOK.COM>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(15), family="human_reply_short", lang="en-GB", interview=True, kind="scheduled",
      start="2026-11-19T16:00:00Z", end=None, contact="sam@tallyrock.io", company="Tallyrock",
      local="Thu 2026-11-19 16:00", zone="Europe/London",
      note="Hiring manager's one-line reply from his phone 'yep tmrw 4pm works' on top of the thread, sent "
           "Wed 18 Nov -> Thu 19 Nov 16:00 GMT = 16:00Z; the quoted candidate mail offered that slot")
def w15() -> bytes:
    body = t("""
        yep tmrw 4pm works, ill send a teams link in a bit. cheers

        Sam

        Sent from my iPhone

        > On 18 Nov 2026, at 09:58, Tamsin Okafor <tamsin.okafor@example.org> wrote:
        >
        > Hi Sam,
        >
        > Thanks so much for reaching out - yes I'd love to chat about the Risk Lead role. I could do
        > tomorrow (Thursday) at 4pm, or Friday morning if that's easier?
        >
        > Best,
        > Tamsin
        >
        >> On Tue, 17 Nov 2026 at 18:21, Sam Adeyemi <sam@tallyrock.io> wrote:
        >> Hi Tamsin, saw your post on the PRMIA thread about liquidity stress testing - fancy a chat
        >> with me about the risk lead role we're hiring for? very informal, just to see if there's a fit.
        >> Sam (co-founder, Tallyrock)
        """)
    hs = hdr(addr("Sam Adeyemi", "sam@tallyrock.io"), "Re: Risk Lead at Tallyrock", "2026-11-18 10:41:17",
             "Europe/London", "<8C1F4E2A-7B3D-4F90-A6E2-5D0C9B81F3E7@tallyrock.io>",
             via=("sam@tallyrock.io", "from mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])", "2Kp8Vd4MxLf"),
             extra=(("In-Reply-To", "<CAF3x7Qn0b2+Lk9Y4tQe@mail.example.org>"),
                    ("References", "<3A9C2F11-0E7D-4B52-8C1A-6E4F2D9B0A13@tallyrock.io>\r\n"
                     " <CAF3x7Qn0b2+Lk9Y4tQe@mail.example.org>"),
                    ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="7bit"))


@mail(N(16), family="successfactors", lang="en-GB", interview=True, kind="scheduled",
      start="2026-12-03T10:00:00Z", end="2026-12-03T11:00:00Z", contact=None,
      company="Bramwell & Finch Insurance",
      local="Thu 2026-12-03 10:00", local_end="2026-12-03 11:00", zone="Europe/London",
      note="SAP SuccessFactors interview-scheduling confirmation, UK date 03/12/2026 = Thursday 3 December "
           "(sent 27 Nov), 10:00 AM - 11:00 AM GMT = 10:00Z-11:00Z; only a shared recruitment mailbox "
           "and an interviewer name -> contact null")
def w16() -> bytes:
    plain = t("""
        Dear Tamsin Okafor,

        Thank you for selecting an interview slot. Your interview has been scheduled as follows:

        Job Title: Senior Risk Analyst (Job Req ID: 48213)
        Date: 03/12/2026
        Time: 10:00 AM - 11:00 AM
        Time Zone: (GMT+00:00) Greenwich Mean Time (Europe/London)
        Location: Bramwell & Finch Insurance, 1 St Peter's Square, Manchester M2 3DE
        Interviewer(s): Helen Marsh, Dominic Firth

        A calendar invitation is attached for your convenience.

        If you are no longer able to attend, please log in to the Careers site to cancel your slot, or
        contact recruitment@bramwellfinch.co.uk.

        Kind regards,
        Bramwell & Finch Recruitment Team

        This is an automated message. Please do not reply.
        """)
    h = page(plain.replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n"))
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//SuccessFactors//Interview Scheduling//EN", "VERSION:2.0",
        "METHOD:REQUEST", LONDON_VTZ, "BEGIN:VEVENT",
        "UID:SF-IS-48213-7731902@successfactors.eu",
        "DTSTAMP:20261127T111530Z",
        "DTSTART;TZID=Europe/London:20261203T100000",
        "DTEND;TZID=Europe/London:20261203T110000",
        "SUMMARY:Interview: Senior Risk Analyst (48213) - Bramwell & Finch Insurance",
        "LOCATION:1 St Peter's Square\\, Manchester M2 3DE",
        "ORGANIZER;CN=Bramwell & Finch Recruitment:mailto:noreply@successfactors.eu",
        "ATTENDEE;CN=Tamsin Okafor;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:tamsin.okafor@example.org",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    hs = hdr(addr("Bramwell & Finch Recruitment", "noreply@successfactors.eu"),
             "Interview Scheduling: Confirmation - Senior Risk Analyst", "2026-11-27 11:15:30", "Europe/London",
             "<1322884077.530217.1795778130412@sfmail-dc12.successfactors.eu>",
             via=("noreply@successfactors.eu", "from mail12.successfactors.eu (mail12.successfactors.eu [198.51.100.212])", "7Wc2Dj5GkTs"))
    return message(hs, mixed(alt(text(plain), html(h)),
                             calendar(ics, cte="quoted-printable", filename="interview.ics", disposition="attachment",
                                      name_param=True)))


@mail(N(17), family="taleo", lang="en-GB", interview=True, kind="rescheduled",
      start="2026-03-24T15:00:00Z", end="2026-03-24T16:00:00Z",
      contact="morag.kerr@grantonlife.co.uk", company="Granton Life",
      local="Tue 2026-03-24 15:00", local_end="2026-03-24 16:00", zone="Europe/London",
      note="Oracle Taleo 'interview rescheduled' with the old slot (Mon 23 March 14:00) and the new one "
           "(Tue 24 March 15:00-16:00 GMT, before the clocks change) -> new time 15:00Z-16:00Z; contact = "
           "the scheduling contact's address in the body")
def w17() -> bytes:
    plain = t("""
        Dear Tamsin,

        Please note that your interview for the position Pricing & Risk Analyst (Requisition 2600317) has
        been rescheduled.

        Previous date and time: Monday 23 March 2026, 14:00 (GMT)
        New date and time:      Tuesday 24 March 2026, 15:00 - 16:00 (GMT)
        Location:               Granton Life, 1 Lochside Crescent, Edinburgh EH12 9DA
        Interview panel:        Alasdair Moffat, Morag Kerr

        We apologise for any inconvenience this may cause. If the new time is not suitable, please contact
        Morag Kerr on morag.kerr@grantonlife.co.uk or 0131 555 0274 as soon as possible.

        Yours sincerely,

        Granton Life Resourcing
        """)
    h = page("""<table width="640" style="border-top:4px solid #6a1b4d"><tr><td style="padding:18px">
<p>Dear Tamsin,</p>
<p>Please note that your interview for the position <b>Pricing &amp; Risk Analyst</b> (Requisition 2600317) has been rescheduled.</p>
<table cellpadding="3">
<tr><td>Previous date and time:</td><td><s>Monday 23 March 2026, 14:00 (GMT)</s></td></tr>
<tr><td><b>New date and time:</b></td><td><b>Tuesday 24 March 2026, 15:00 - 16:00 (GMT)</b></td></tr>
<tr><td>Location:</td><td>Granton Life, 1 Lochside Crescent, Edinburgh EH12 9DA</td></tr>
<tr><td>Interview panel:</td><td>Alasdair Moffat, Morag Kerr</td></tr></table>
<p>We apologise for any inconvenience this may cause. If the new time is not suitable, please contact Morag Kerr on
morag.kerr@grantonlife.co.uk or 0131 555 0274 as soon as possible.</p>
<p>Yours sincerely,</p><p>Granton Life Resourcing</p>
</td></tr></table>""", font="Verdana,sans-serif")
    hs = hdr(addr("Granton Life", "grantonlife@taleo.net"),
             "Interview Rescheduled - Pricing & Risk Analyst (2600317)", "2026-03-19 11:20:05", "Europe/London",
             "<1931877266.2211.1773919205771.JavaMail.oracle@tlo-em3-prd.taleo.net>",
             via=("grantonlife@taleo.net", "from mta3.taleo.net (mta3.taleo.net [198.51.100.160])", "1Qs6Bn3WfHd"))
    return message(hs, alt(text(plain, charset="iso-8859-1"), html(h, charset="iso-8859-1")))


@mail(N(18), family="exchange_update", lang="en", interview=True, kind="rescheduled",
      start="2026-04-02T12:00:00Z", end="2026-04-02T13:00:00Z",
      contact="lena.hartmann@zeilwerk.de", company="Zeilwerk Payments",
      local="Thu 2026-04-02 14:00", local_end="2026-04-02 15:00", zone="Europe/Berlin",
      note="Outlook 'Updated:' meeting request (SEQUENCE 1) from Frankfurt moving the interview to Thursday "
           "2 April 14:00-15:00 'W. Europe Standard Time'; the When line shows '(UTC+01:00)' but Europe is on "
           "CEST from 29 March, so 12:00Z (13:00 in London); sent 26 March while still CET")
def w18() -> bytes:
    tm = teams("OGFlM2RhYjUtYzYxYy00NzQ1LWFhZjYtN2E5YjQzMmJkMDU4", "388 107 246 902 1", "Zx5Hd9")
    when = ("When: Thursday, 2 April 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, "
            "Vienna.\nWhere: Microsoft Teams Meeting\n\n")
    body = t("""
        Hi Tamsin,

        Moving this to Thursday as Jonas is travelling on Wednesday - same format, same people. Hope that
        works, otherwise just let me know.

        Best,
        Lena

        """) + tm
    desc = ("Hi Tamsin\\,\\n\\nMoving this to Thursday as Jonas is travelling on Wednesday - same format\\, same "
            "people. Hope that works\\, otherwise just let me know.\\n\\nBest\\,\\nLena\\n")
    ics = exch_ics("REQUEST", "W. Europe Standard Time", "Interview Tamsin Okafor - Risk Analyst (Zeilwerk)",
                   "20260402T140000", "20260402T150000", ("Lena Hartmann", "lena.hartmann@zeilwerk.de"),
                   "040000008200E00074C5B7101A82E00800000000F03B7C1E6ABDDC0100000000000000001000000"
                   "0A7D3E91C5B24F8E9D6A0C2B4E8F1357", "20260326T163012Z", seq=1, description=desc,
                   attendees=(("Tamsin Okafor", ME), ("Jonas Feld", "jonas.feld@zeilwerk.de")))
    h = page("<p>" + when.replace("\n", "<br>\n") + "</p>\n<p>Hi Tamsin,</p>\n<p>Moving this to Thursday as Jonas is "
             "travelling on Wednesday - same format, same people. Hope that works, otherwise just let me know.</p>\n"
             "<p>Best,<br>Lena</p>\n<p>________________________________________________________________________________"
             "<br><b>Microsoft Teams meeting</b><br><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
             "OGFlM2RhYjUtYzYxYy00NzQ1LWFhZjYtN2E5YjQzMmJkMDU4%40thread.v2/0\">Click here to join the meeting</a><br>"
             "Meeting ID: 388 107 246 902 1<br>Passcode: Zx5Hd9</p>", font="Calibri,sans-serif")
    hs = hdr(addr("Lena Hartmann", "lena.hartmann@zeilwerk.de"),
             "Updated: Interview Tamsin Okafor - Risk Analyst (Zeilwerk)", "2026-03-26 17:30:12", "Europe/Berlin",
             "<FR3P281MB1634B2D7E0A9C5F14E6B8D20A3C71@FR3P281MB1634.DEUP281.PROD.OUTLOOK.COM>",
             via=("lena.hartmann@zeilwerk.de", "from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2108.outbound.protection.outlook.com [203.0.113.108])", "4Mt0Rz7YcVb"),
             extra=exch_headers("Interview Tamsin Okafor - Risk Analyst (Zeilwerk)",
                                "AdzAm5c7Qh0l3rSyR0W8d8mN2cPdHgAAB4Tw"))
    return message(hs, alt(text(when + body), html(h), calendar(ics, cte="base64")))


@mail(N(19), family="human_prose_us", lang="en-US", interview=True, kind="rescheduled",
      start="2026-11-02T15:30:00Z", end="2026-11-02T17:45:00Z",
      contact="megan.orourke@halloranlowe.com", company="Halloran Lowe",
      local="Mon 2026-11-02 10:30", local_end="2026-11-02 12:45", zone="America/New_York",
      note="New York recruiter moves the superday to 'Monday, November 2 ... 10:30am to 12:45pm ET'; US "
           "clocks fall back on 1 Nov, so EST (UTC-5): 15:30Z-17:45Z (she writes '3:30pm your time'); mail "
           "sent Thu 29 Oct in EDT while London was already on GMT")
def w19() -> bytes:
    body = t("""
        Hi Tamsin,

        Apologies for the shuffle! Dan had a conflict come up on Friday so we've moved your superday to
        Monday, November 2. It will now run from 10:30am to 12:45pm ET - three back-to-back 45-minute
        conversations (Dan Whitcombe, Priya Menon, then Joseph Bertolini again for a wrap-up).

        One heads-up since we're all juggling time zones: our clocks go back this Sunday, so 10:30am ET
        on Monday is 3:30pm your time (not 2:30 like the last round).

        Updated Webex details to follow from our coordinator. Let me know if anything doesn't work.

        Best,
        Megan

        Megan O'Rourke
        Recruiter | Halloran Lowe
        200 Vesey Street, New York, NY 10281
        o: (212) 555-0148
        """)
    hs = hdr(addr("Megan O'Rourke", "megan.orourke@halloranlowe.com"),
             "Superday - new date (Mon 11/2)", "2026-10-29 12:05:48", "America/New_York",
             "<MN2PR15MB4218C7A9E3D0B15F28E6A4C0D19B2@MN2PR15MB4218.namprd15.prod.outlook.com>",
             via=("megan.orourke@halloranlowe.com", "from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2101.outbound.protection.outlook.com [203.0.113.101])", "9Ex3Tg5JhSd"),
             extra=exch_headers("Superday - new date (Mon 11/2)", "AdxJt4K8nP2v0mQrS7WeA1bC3dEfGh=="))
    h = page("".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n")),
             font="Calibri,Arial,sans-serif")
    return message(hs, alt(text(body), html(h)))


@mail(N(20), family="agency_recruiter", lang="en-GB", interview=True, kind="rescheduled",
      start="2026-04-17T10:15:00Z", end=None,
      contact="priya.nair@carrickmarsh.com", company="Oakhurst Capital",
      local="Fri 2026-04-17 11:15", zone="Europe/London",
      note="Agency recruiter: the client moved her 'from Thurs to Fri 17th, 11.15am' and the recruiter has "
           "already accepted for her ('shout if not'); BST so 10:15Z; company = the client")
def w20() -> bytes:
    body = t("""
        Hi Tamsin

        Quick one - Oakhurst have asked to move you from Thurs to Fri 17th, 11.15am instead, same place
        (their Canary Wharf office, 25 Cabot Square, 9th floor) and same people (Tom + Esther). I've said
        that's fine as you mentioned you're off on Friday anyway - shout if not!

        Will call you Weds for a quick prep chat.

        Thanks
        Priya

        Priya Nair
        Principal Consultant - Risk & Compliance
        Carrick Marsh Recruitment
        M: 07700 900 733
        www.carrickmarsh.com

        Carrick Marsh Recruitment Ltd is registered in England and Wales (No. 09412277). This email and
        any attachments are confidential and intended solely for the addressee.
        """)
    hs = hdr(addr("Priya Nair", "priya.nair@carrickmarsh.com"), "Oakhurst - change of day",
             "2026-04-13 16:02:33", "Europe/London",
             "<LNXP265MB0731A4F8D2E6C0B97A3E5D18F2C40@LNXP265MB0731.GBRP265.PROD.OUTLOOK.COM>",
             via=("priya.nair@carrickmarsh.com", "from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2099.outbound.protection.outlook.com [203.0.113.99])", "5Ur8Kb1MwQa"),
             extra=exch_headers("Oakhurst - change of day", "AdzLq7r3pN8kQ2v0Tm4XbY6c1eFdGw=="))
    return message(hs, alt(text(body), html(page("".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n")), font="Calibri,sans-serif"))))


@mail(N(21), family="google_calendar_cancel", lang="en", interview=True, kind="cancelled",
      start="2026-02-20T11:00:00Z", end="2026-02-20T12:00:00Z",
      contact="oliver.shaw@fenwickanalytics.com", company="Fenwick Analytics",
      local="Fri 2026-02-20 11:00", local_end="2026-02-20 12:00", zone="Europe/London",
      note="Google Calendar 'Cancelled event' (METHOD:CANCEL) for the case interview on Fri 20 Feb "
           "11am-12pm GMT = 11:00Z-12:00Z, with the organizer's note; hiring paused, no new time")
def w21() -> bytes:
    body = t("""
        This event has been cancelled.

        Oliver Shaw has cancelled this event with a note:
        "Sorry Tamsin - we've had to pause hiring on this role for now (budget freeze). I'll be in touch
        as soon as it reopens. Oliver"

        Case interview - Tamsin Okafor (Risk & Analytics Consultant)
        Friday Feb 20, 2026 \u22c5 11am \u2013 12pm
        Greenwich Mean Time - London

        Organizer
        Oliver Shaw
        oliver.shaw@fenwickanalytics.com

        Guests
        Oliver Shaw - organizer
        Rebecca Tan
        tamsin.okafor@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added
        to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
        Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    h = page("""<div style="padding:16px"><p style="color:#d93025">This event has been cancelled.</p>
<p>Oliver Shaw has cancelled this event with a note:<br>"Sorry Tamsin - we've had to pause hiring on this role for now (budget
freeze). I'll be in touch as soon as it reopens. Oliver"</p>
<h2 style="font-size:20px;font-weight:400;text-decoration:line-through">Case interview - Tamsin Okafor (Risk &amp; Analytics Consultant)</h2>
<p>Friday Feb 20, 2026 &#8901; 11am &ndash; 12pm (Greenwich Mean Time - London)</p>
<p>Organizer: Oliver Shaw &lt;oliver.shaw@fenwickanalytics.com&gt;<br>Guests: Oliver Shaw - organizer, Rebecca Tan, tamsin.okafor@example.org</p>
<p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p></div>""", font="Roboto,Arial,sans-serif")
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20260220T110000Z
        DTEND:20260220T120000Z
        DTSTAMP:20260216T091244Z
        ORGANIZER;CN=Oliver Shaw:mailto:oliver.shaw@fenwickanalytics.com
        UID:7u1qk0d2c5n9hf3s8e4brm6t1p@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=tamsin.okafor@example.org;X-NUM-GUESTS=0:mailto:tamsin.okafor@example.org
        CREATED:20260211T103015Z
        DESCRIPTION:
        LAST-MODIFIED:20260216T091244Z
        LOCATION:Fenwick Analytics\\, 71 Queen Victoria Street\\, London EC4V 4AY
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Case interview - Tamsin Okafor (Risk & Analytics Consultant)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Cancelled event with note: Case interview - Tamsin Okafor (Risk & Analytics Consultant) @ Fri Feb "
               "20, 2026 11am - 12pm (GMT) (tamsin.okafor@example.org)")
    hs = hdr(addr("Oliver Shaw", "oliver.shaw@fenwickanalytics.com"), subject, "2026-02-16 09:12:44",
             "Europe/London", "<calendar-e5a02d9b-1c7f-4f31-8b6e-3d90c2a7f154@google.com>",
             via=("3bEmRaBQKDbQ2Hc0g.a0t9m6.0y7h0-xb01ss5qq0x.s0m@calendar-server.bounces.google.com",
                  "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "0Lr5Hy2FwCk"),
             extra=(("Reply-To", addr("Oliver Shaw", "oliver.shaw@fenwickanalytics.com")),
                    ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    inner = alt(text(body), html(h), calendar(ics, method="CANCEL", cte="base64"))
    return message(hs, mixed(inner, calendar(ics, method=None, ctype="application/ics", cte="base64",
                                             filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(22), family="human_prose", lang="en-GB", interview=True, kind="cancelled",
      start="2026-07-29T09:00:00Z", end=None,
      contact="rachel.dunmore@irwellinsurance.co.uk", company="Irwell Insurance Group",
      local="Wed 2026-07-29 10:00", zone="Europe/London",
      note="Manchester insurer cancels 'Wednesday's interview (10am)'; sent Mon 27 Jul, so Wed 29 Jul 10:00 "
           "BST = 09:00Z; role on hold, no new time")
def w22() -> bytes:
    body = t("""
        Dear Tamsin,

        I'm really sorry to do this at short notice, but I'm afraid we need to cancel Wednesday's interview
        (10am with Phil and myself). The Risk Analyst role has been put on hold while we work through a
        wider restructure of the second line, and it wouldn't be fair to ask you in when we can't say when
        it will reopen.

        I'll keep your details on file and will be in touch directly if things change - I was genuinely
        looking forward to meeting you.

        Kind regards,

        Rachel Dunmore
        Talent Acquisition Manager
        Irwell Insurance Group
        Irwell House, 14 Quay Street, Manchester M3 3HN
        """)
    hs = hdr(addr("Rachel Dunmore", "rachel.dunmore@irwellinsurance.co.uk"),
             "Interview on Wednesday - Risk Analyst", "2026-07-27 08:50:21", "Europe/London",
             "<CWXP265MB3350E9B4A1D7F2C068E5B3A7D90F1@CWXP265MB3350.GBRP265.PROD.OUTLOOK.COM>",
             via=("rachel.dunmore@irwellinsurance.co.uk", "from GBR01-CWX-obe.outbound.protection.outlook.com (mail-cwxgbr01on2119.outbound.protection.outlook.com [203.0.113.119])", "3Pz9Wd6NxRe"),
             extra=exch_headers("Interview on Wednesday - Risk Analyst", "AdwRq4tS1m9kP3nXbC8vZ2yE0aLfJg=="))
    return message(hs, alt(text(body), html(page("".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n")), font="Arial,sans-serif"))))


@mail(N(23), family="exchange_cancel", lang="en-GB", interview=True, kind="cancelled",
      start="2026-10-13T13:00:00Z", end="2026-10-13T14:00:00Z",
      contact="niamh.gallagher@corribre.ie", company="Corrib Re",
      local="Tue 2026-10-13 14:00", local_end="2026-10-13 15:00", zone="Europe/Dublin",
      note="Outlook 'Canceled:' meeting (METHOD:CANCEL, STATUS:CANCELLED) from a Dublin reinsurer, 14:00-15:00 "
           "in 'GMT Standard Time' (Dublin, Edinburgh, Lisbon, London) on 13 October = IST/BST, so 13:00Z-14:00Z; "
           "follows the Sonru step (key 34)")
def w23() -> bytes:
    when = ("When: Tuesday, 13 October 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
            "Where: Microsoft Teams Meeting\n\n")
    body = t("""
        Hi Tamsin,

        Apologies - we've had to cancel this one. I'll ring you tomorrow to explain and, hopefully, find
        another time.

        Niamh

        """)
    ics = exch_ics("CANCEL", "GMT Standard Time", "Canceled: Interview: Risk Analyst (Capital Modelling) - Tamsin Okafor",
                   "20261013T140000", "20261013T150000", ("Niamh Gallagher", "niamh.gallagher@corribre.ie"),
                   "040000008200E00074C5B7101A82E008000000005D1E9A3F7C4FDC0100000000000000001000000"
                   "0E2B4D6F8A1C3E5F7091B3D5F7A9C1E3", "20261008T140017Z", seq=2, status="CANCELLED",
                   description="Hi Tamsin\\,\\n\\nApologies - we've had to cancel this one. I'll ring you tomorrow "
                               "to explain and\\, hopefully\\, find another time.\\n\\nNiamh\\n")
    h = page("<p>" + when.replace("\n", "<br>\n") + "</p>\n<p>Hi Tamsin,</p>\n<p>Apologies - we've had to cancel this one. "
             "I'll ring you tomorrow to explain and, hopefully, find another time.</p>\n<p>Niamh</p>", font="Calibri,sans-serif")
    hs = hdr(addr("Niamh Gallagher", "niamh.gallagher@corribre.ie"),
             "Canceled: Interview: Risk Analyst (Capital Modelling) - Tamsin Okafor", "2026-10-08 15:00:17",
             "Europe/Dublin", "<DB8PR07MB6442A1C9F3E0D72B5E8A4C16F0D93@DB8PR07MB6442.eurprd07.prod.outlook.com>",
             via=("niamh.gallagher@corribre.ie", "from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2127.outbound.protection.outlook.com [203.0.113.127])", "6Yb2Lc8QvTm"),
             extra=exch_headers("Interview: Risk Analyst (Capital Modelling) - Tamsin Okafor",
                                "AdzVr1Qz7kT0m3PbWq5c9XyA2dEfHgAAC1Ow") + (("Importance", "high"),))
    return message(hs, alt(text(when + body, charset="windows-1252"), html(h, charset="windows-1252"),
                           calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(N(24), family="job_alert", lang="en-GB", interview=False, company=None,
      note="Job-board alert listing risk roles (one advert says 'interviews this week'); no interview of hers")
def w24() -> bytes:
    jobs = [
        ("Credit Risk Analyst", "Northgate Assurance", "London EC3", "\u00a355,000 - \u00a365,000", "2 days ago"),
        ("Market Risk Analyst - VaR & Stress Testing", "Confidential (via Halden Recruitment)", "London",
         "\u00a360k - \u00a370k + bonus", "Just posted"),
        ("Model Risk Analyst", "Kestrel Bank", "London / Hybrid", "Competitive", "5 days ago"),
        ("Risk Analyst - immediate start, interviews this week", "Temple Street Staffing", "Canary Wharf",
         "\u00a3400 - \u00a3450 per day", "1 day ago"),
        ("Operational Risk Analyst", "Calderwood Bank", "Edinburgh", "\u00a348,000 - \u00a356,000", "3 days ago"),
    ]
    plain = "Your job alert: 'risk analyst' in London and 25 miles\n14 new jobs match your search\n\n"
    rows = ""
    for title, co, loc, pay, age in jobs:
        plain += f"{title}\n{co} - {loc}\n{pay}\n{age}\nView job: https://www.jobsmith.co.uk/j/{abs(len(title) * 7919) % 99991}\n\n"
        rows += (f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><a href="https://www.jobsmith.co.uk/j/'
                 f'{abs(len(title) * 7919) % 99991}" style="font-size:16px;color:#1a0dab">{title}</a><br>{co} &ndash; {loc}'
                 f'<br><b>{pay}</b><br><span style="color:#888">{age}</span></td></tr>\n')
    plain += ("See all 14 jobs: https://www.jobsmith.co.uk/alerts/8812093\n\nYou're receiving this because you created "
              "a job alert on Jobsmith. Manage alerts: https://www.jobsmith.co.uk/alerts\nJobsmith Ltd, 1 Brewery "
              "Square, London SE1 2LF\n")
    h = page(f'<table width="600"><tr><td><h2>14 new jobs for "risk analyst"</h2></td></tr>\n{rows}'
             '<tr><td><a href="https://www.jobsmith.co.uk/alerts/8812093">See all 14 jobs</a></td></tr>\n'
             '<tr><td style="font-size:11px;color:#999">You\'re receiving this because you created a job alert on '
             'Jobsmith. <a href="https://www.jobsmith.co.uk/alerts">Manage alerts</a> | '
             '<a href="https://www.jobsmith.co.uk/u/8812093">Unsubscribe</a></td></tr></table>')
    hs = hdr(addr("Jobsmith Job Alerts", "alerts@mail.jobsmith.co.uk"),
             "14 new Risk Analyst jobs in London - Northgate Assurance, Kestrel Bank and more",
             "2026-02-03 07:02:10", "Europe/London", "<20260203070210.8812093.alert@mail.jobsmith.co.uk>",
             via=("bounce-8812093@mail.jobsmith.co.uk", "from mail.jobsmith.co.uk (mail.jobsmith.co.uk [198.51.100.58])", "8Nd3Fk0TzWy"),
             extra=(("List-Unsubscribe", "<https://www.jobsmith.co.uk/u/8812093>, <mailto:unsub-8812093@mail.jobsmith.co.uk>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(h)))


@mail(N(25), family="application_receipt", lang="en-GB", interview=False, company="Northgate Assurance",
      note="Workday application receipt ('we will be in touch if ...'); precedes the interview (key 1)")
def w25() -> bytes:
    plain = t("""
        Dear Tamsin,

        Thank you for applying for the position of Credit Risk Analyst (R-20418) at Northgate Assurance.

        We have received your application and our Talent Acquisition team will now review it against the
        requirements of the role. If your experience is a good match, we will contact you to arrange the
        next steps, which may include a telephone or video interview.

        You can track the status of your application at any time from your candidate home page:
        https://northgate.wd3.myworkdayjobs.com/en-GB/Northgate_Careers/userHome

        Due to the high volume of applications we receive, we may not be able to provide individual feedback.

        Kind regards,
        Talent Acquisition
        Northgate Assurance

        This email was sent from an unmonitored mailbox. Please do not reply to this message.
        """)
    hs = hdr(addr("Northgate Assurance", "northgate@myworkday.com"),
             "Thank you for applying - R-20418 Credit Risk Analyst", "2026-01-20 21:47:02", "Europe/London",
             "<1768945622119.2207.JavaMail.wdprod@wd3-prod-mail-03.myworkday.com>",
             via=("bounce-northgate@myworkday.com", "from smtp-out-03.myworkday.com (smtp-out-03.myworkday.com [198.51.100.23])", "4Hc7Rm2KwPn"),
             extra=(("X-Workday-Tenant", "northgate"),))
    return message(hs, alt(text(plain), html(page("".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n"))))))


@mail(N(26), family="rejection", lang="en-GB", interview=False, company="Pennine Mutual",
      days=(("Wed", "2026-07-08"),),
      note="Rejection after the interview of Wednesday 8 July (key 11); a past interview date, nothing scheduled")
def w26() -> bytes:
    body = t("""
        Dear Tamsin,

        Thank you for taking the time to interview with Claire and me on Wednesday 8 July for the Enterprise
        Risk Analyst role, and for the thought you put into your answers.

        It was a really close decision, but on this occasion we have decided to offer the role to a
        candidate whose experience with Solvency II internal models is a slightly closer match for what the
        team needs right now.

        I'd be happy to give you some more detailed feedback over the phone if that would be helpful - just
        let me know. We'd very much like to stay in touch, as we expect to be recruiting again in the new
        year.

        With best wishes,

        Gareth

        Gareth Hollins | Head of Enterprise Risk
        Pennine Mutual
        """)
    hs = hdr(addr("Gareth Hollins", "gareth.hollins@penninemutual.co.uk"),
             "Enterprise Risk Analyst - outcome", "2026-07-20 15:41:19", "Europe/London",
             "<CWLP265MB4419F0E2A6B8C3D15F7A9E24B1C60@CWLP265MB4419.GBRP265.PROD.OUTLOOK.COM>",
             via=("gareth.hollins@penninemutual.co.uk", "from GBR01-CWL-obe.outbound.protection.outlook.com (mail-cwlgbr01on2131.outbound.protection.outlook.com [203.0.113.131])", "2Xk6Pv9DmQr"),
             extra=exch_headers("Enterprise Risk Analyst - outcome", "AdwYb2Lk8mN0pQ4rT6vX1zC3eG5iKg=="))
    return message(hs, text(body))


@mail(N(27), family="offer", lang="en-US", interview=False, company="Lumenfold",
      days=(("Mon", "2026-06-01"), ("Fri", "2026-04-24")),
      note="Offer letter with a start date (Monday, June 1) and a signing deadline (Friday, April 24); "
           "no interview; follows the intro call (key 4)")
def w27() -> bytes:
    body = t("""
        Hi Tamsin,

        On behalf of everyone at Lumenfold, I'm thrilled to offer you the position of Senior Risk Analyst,
        Model Risk, based in our London office and reporting to Dev Kapoor.

        The headline terms:
          - Base salary: GBP 78,000 per year
          - Annual bonus target: 15%
          - Equity: 4,000 stock options, vesting over four years with a one-year cliff
          - Proposed start date: Monday, June 1, 2026

        Your full offer letter is attached and can be signed via DocuSign using the link in the separate
        envelope email. The offer is open until Friday, April 24.

        If you have any questions at all, or would like to talk anything through with Dev or me, just say
        the word.

        Warmly,
        Kayla

        Kayla Brooks
        Head of People, Lumenfold
        kayla@lumenfold.com
        """)
    pdf = "JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoK"
    att = raw_part([("Content-Type", 'application/pdf; name="Lumenfold_Offer_Letter_T_Okafor.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Lumenfold_Offer_Letter_T_Okafor.pdf"'),
                    ("Content-Transfer-Encoding", "base64")], pdf + "\n")
    hs = hdr(addr("Kayla Brooks", "kayla@lumenfold.com"), "Your offer from Lumenfold \U0001f389",
             "2026-04-17 11:26:40", "America/New_York", "<CAOq7vN3Rz0p+E8yTm2wKf5bXc1uHd9sLj4@mail.gmail.com>",
             via=("kayla@lumenfold.com", "from mail-yw1-f176.google.com (mail-yw1-f176.google.com [209.85.128.176])", "1Mn4Sg7BcWt"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), att))


@mail(N(28), family="recruiter_outreach", lang="en-GB", interview=False, company="Halden Recruitment",
      note="Agency cold outreach asking for a call 'this week', no fixed time; company = the agency (sender)")
def w28() -> bytes:
    body = t("""
        Hi Tamsin,

        Happy new year! I came across your profile and thought I'd reach out - I'm working on a couple of
        Credit Risk Analyst roles with London market insurers (one Lloyd's syndicate, one composite) that
        look like a really good fit for your background in wholesale credit and IFRS 9.

        Both are hybrid (3 days in the City), paying 55-65k + bonus, and the hiring managers are keen to
        move quickly in January.

        Would you be free for a quick call at some point this week? Let me know what suits and I'll work
        around you.

        Thanks,
        Josh

        Josh Pemberton | Senior Consultant, Insurance & Actuarial
        Halden Recruitment | 30 St Mary Axe, London EC3A 8BF
        T: 020 7946 0671 | M: 07700 900412
        """)
    hs = hdr(addr("Josh Pemberton", "josh.pemberton@haldenrecruitment.co.uk"),
             "Credit Risk opportunities - London market insurers", "2026-01-07 09:14:55", "Europe/London",
             "<DB9PR02MB7321A0C5E8F1B4D27C9E3A60F5B18@DB9PR02MB7321.eurprd02.prod.outlook.com>",
             via=("josh.pemberton@haldenrecruitment.co.uk", "from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2071.outbound.protection.outlook.com [203.0.113.71])", "7Gt2Wn5LcXp"),
             extra=exch_headers("Credit Risk opportunities - London market insurers", "AQHcf0Rr8mN2kL4pT6vX0zB3dF5hJg=="))
    return message(hs, text(body, cte="7bit"))


@mail(N(29), family="self_schedule", lang="en", interview=False, company="Fenwick Analytics",
      note="Greenhouse availability request: 'select the times that work', a link, nothing booked yet")
def w29() -> bytes:
    plain = t("""
        Hi Tamsin,

        Thanks for your interest in the Risk & Analytics Consultant role at Fenwick Analytics! We'd love to
        invite you to a case interview with Oliver Shaw and Rebecca Tan (60 minutes, at our City office).

        Please let us know your availability over the next two weeks using the link below, and we'll send
        a calendar invitation once it's booked:

        https://app.greenhouse.io/candidate_availabilities/new?token=Zm9vYmFyYmF6cXV4NzcyMTA5

        All times will be shown in your local time zone.

        Thanks,
        Oliver Shaw
        Fenwick Analytics
        """)
    h = page("""<p>Hi Tamsin,</p>
<p>Thanks for your interest in the Risk &amp; Analytics Consultant role at Fenwick Analytics! We'd love to invite you to
a case interview with Oliver Shaw and Rebecca Tan (60 minutes, at our City office).</p>
<p>Please let us know your availability over the next two weeks using the link below, and we'll send a calendar
invitation once it's booked:</p>
<p><a href="https://app.greenhouse.io/candidate_availabilities/new?token=Zm9vYmFyYmF6cXV4NzcyMTA5" style="background:#24a47f;color:#fff;padding:10px 16px;text-decoration:none">Submit your availability</a></p>
<p>All times will be shown in your local time zone.</p>
<p>Thanks,<br>Oliver Shaw<br>Fenwick Analytics</p>""")
    hs = hdr(addr("Fenwick Analytics", "no-reply@greenhouse.io"),
             "Fenwick Analytics - please share your availability", "2026-02-10 13:52:08", "Europe/London",
             "<6a18d0b2c4e9f_7e2d1a39c05b8@greenhouse-mailer-7c2b1.mail>",
             via=("bounces+1847732-11c4-tamsin.okafor=example.org@sendgrid.greenhouse.io", "from o3.sendgrid.greenhouse.io (o3.sendgrid.greenhouse.io [198.51.100.33])", "9Vq1Ct4JsMb"),
             extra=(("Reply-To", addr("Oliver Shaw", "oliver.shaw@fenwickanalytics.com")),))
    return message(hs, alt(text(plain), html(h)))


@mail(N(30), family="slot_proposal", lang="en-GB", interview=False, company="Kestrel Bank",
      days=(("Tue", "2026-04-14"), ("Wed", "2026-04-15")),
      note="Hiring manager proposes two slots (Tue 14th 2pm or Wed 15th 10am) and asks which suits; not yet "
           "agreed (the invite, key 2, came later)")
def w30() -> bytes:
    body = t("""
        Hi Tamsin,

        Thanks for the chat on Thursday - I'd like to bring you in for a second stage with me and one of
        the model validation team. Would either Tuesday 14th at 2pm or Wednesday 15th at 10 work for you?
        It'd be about an hour, on Teams.

        If neither suits, send me a couple of alternatives and I'll see what I can do.

        Regards,
        Rupert

        Rupert Vance
        Head of Market Risk Analytics | Kestrel Bank plc
        """)
    hs = hdr(addr("Vance, Rupert", "rupert.vance@kestrelbank.co.uk"), "Kestrel - next steps",
             "2026-04-07 08:31:27", "Europe/London",
             "<LO4P265MB6012C1D9E3A0F7B28E4C6D51A9F03@LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM>",
             via=("rupert.vance@kestrelbank.co.uk", "from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2118.outbound.protection.outlook.com [203.0.113.118])", "2Rj8Mz3VkQd"),
             extra=exch_headers("Kestrel - next steps", "AdzGk2Tq5mR9vN1bX3cZ7yE0aLfPhQ=="))
    return message(hs, alt(text(body), html(page("".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n")), font="Aptos,Calibri,sans-serif"))))


@mail(N(31), family="take_home", lang="en-GB", interview=False, company="Quayside Credit",
      days=(("Fri", "2026-03-06"),),
      note="Take-home case study with a submission deadline (17:00 Friday 6 March); no interview time")
def w31() -> bytes:
    body = t("""
        Hi Tamsin,

        Great news - the team would like to move you forward for the Credit Risk Analyst role.

        The next stage is a short case study (attached). It's a small anonymised loan book: we'd like you
        to build a simple expected loss view and write up no more than two pages on where you'd focus
        collections and how you'd monitor the portfolio. It shouldn't take more than 3-4 hours - please
        don't spend your whole weekend on it!

        Please send it back to me by 5pm on Friday 6 March. If you're invited to the final stage, you'll
        present it to the panel there.

        Any questions, just ask.

        Cheers,
        Ben

        Ben Holloway
        Risk Manager, Quayside Credit
        Quayside Credit Ltd, 1 New York Street, Manchester M1 4HD
        """)
    xlsx = "UEsDBBQABgAIAAAAIQBi7p1oXgEAAJAEAAATAAgCW0NvbnRlbnRfVHlwZXNdLnhtbCCiBAIooAAC"
    att = raw_part([("Content-Type", 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; '
                     'name="Quayside_case_study_loan_book.xlsx"'),
                    ("Content-Disposition", 'attachment; filename="Quayside_case_study_loan_book.xlsx"'),
                    ("Content-Transfer-Encoding", "base64")], xlsx + "\n")
    hs = hdr(addr("Ben Holloway", "ben.holloway@quaysidecredit.co.uk"), "Quayside Credit - case study",
             "2026-03-02 10:05:38", "Europe/London", "<CAHt5xQ0mK2+vZ7bN4wRc9pL1sE3yDf6Ug@mail.gmail.com>",
             via=("ben.holloway@quaysidecredit.co.uk", "from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])", "5Kb0Xw8PnGc"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), att))


@mail(N(32), family="hirevue_oneway", lang="en-US", interview=False, company="Strathmore Bank",
      days=(("Mon", "2026-05-18"),),
      note="HireVue on-demand (one-way) video interview with a completion deadline (11:59 PM BST, Monday, "
           "May 18); no live meeting at a fixed time")
def w32() -> bytes:
    plain = t("""
        Hello Tamsin,

        Thank you for your interest in Strathmore Bank! As the next step in the process for Graduate Risk
        Analyst - 2026 Intake, we invite you to complete a HireVue video interview.

        This is an on-demand interview: you'll see pre-recorded questions and record your answers on your
        own time. It takes about 20 minutes.

        Please complete your interview by 11:59 PM BST on Monday, May 18, 2026.

        Start your interview: https://app.hirevue.com/interviews/ondemand/9b2e4c71a0f3?token=c3RyYXRobW9yZQ

        Tips: find a quiet, well-lit place, use a laptop with a webcam, and try the practice questions first.

        Best of luck,
        Strathmore Bank Early Careers

        Powered by HireVue. This message was sent from a notification-only address that cannot accept
        incoming email.
        """)
    h = page("<div style=\"max-width:580px\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>\n" for p in plain.strip().split("\n\n")) + "</div>")
    hs = hdr(addr("Strathmore Bank via HireVue", "noreply@hirevue.com"),
             "Strathmore Bank - Your HireVue Video Interview", "2026-05-13 09:00:05", "Europe/London",
             "<0102019c1a5e7f3b-2e8d4c16-9a0b-4f73-b5e1-c8d2f4a6b903-000000@eu-west-1.amazonses.com>",
             via=("0102019c1a5e7f3b@eu-west-1.amazonses.com", "from a7-22.smtp-out.eu-west-1.amazonses.com (a7-22.smtp-out.eu-west-1.amazonses.com [192.0.2.22])", "3Fc8Ln1QrYv"))
    return message(hs, alt(text(plain), html(h)))


@mail(N(33), family="assessment_games", lang="en-GB", interview=False, company="Glenrock Insurance",
      days=(("Sun", "2026-05-31"),),
      note="Pymetrics-style neuroscience games invitation with a deadline (Sunday 31 May); an assessment, "
           "not an interview")
def w33() -> bytes:
    plain = t("""
        Hi Tamsin,

        Glenrock Insurance has invited you to play a set of short games as part of your application for
        Risk Analyst (Edinburgh).

        The games measure things like attention, risk-taking and planning - there are no right or wrong
        answers, and you don't need to prepare. Set aside around 25 minutes and use a computer rather
        than a phone.

        Please complete the games by Sunday 31 May 2026, 23:59 (UK time).

        Play now: https://play.cognifygames.com/c/glenrock/7QH2-KX91

        Good luck!
        The Cognify team, on behalf of Glenrock Insurance
        """)
    h = page("""<table width="560" style="margin:auto"><tr><td style="text-align:center;padding:20px">
<img src="https://cdn.cognifygames.com/email/glenrock-logo.png" alt="Glenrock Insurance" width="140"></td></tr>
<tr><td><p>Hi Tamsin,</p>
<p>Glenrock Insurance has invited you to play a set of short games as part of your application for <b>Risk Analyst (Edinburgh)</b>.</p>
<p>The games measure things like attention, risk-taking and planning &ndash; there are no right or wrong answers, and you
don't need to prepare. Set aside around 25 minutes and use a computer rather than a phone.</p>
<p>Please complete the games by <b>Sunday 31 May 2026, 23:59 (UK time)</b>.</p>
<p style="text-align:center"><a href="https://play.cognifygames.com/c/glenrock/7QH2-KX91" style="background:#7b2ff7;color:#fff;padding:12px 22px;border-radius:22px;text-decoration:none">Play now</a></p>
<p>Good luck!<br>The Cognify team, on behalf of Glenrock Insurance</p></td></tr></table>""")
    hs = hdr(addr("Glenrock Insurance (via Cognify)", "invites@mail.cognifygames.com"),
             "Next step: play the Glenrock Insurance games", "2026-05-26 12:00:00", "Europe/London",
             "<20260526110000.1f7a3c9e@mail.cognifygames.com>",
             via=("bounce-7QH2KX91@mail.cognifygames.com", "from o12.mail.cognifygames.com (o12.mail.cognifygames.com [198.51.100.112])", "6Jd2Rk9WnTx"))
    return message(hs, alt(text(plain), html(h, cte="base64")))


@mail(N(34), family="sonru", lang="en-GB", interview=False, company="Corrib Re",
      days=(("Fri", "2026-09-25"),),
      note="Sonru one-way video interview invitation with a deadline (17:00 Irish time, Friday 25 September)")
def w34() -> bytes:
    plain = t("""
        Dear Tamsin,

        Thank you for your application for the position of Risk Analyst (Capital Modelling) with Corrib Re.

        We would like to invite you to complete a video interview using Sonru. You will be asked five
        questions; for each one you'll have 30 seconds to read the question and up to 2 minutes to record
        your answer. You can do a practice interview first as many times as you like.

        Please complete your video interview before 17:00 (Irish time) on Friday 25 September.

        To begin, click here: https://app.sonru.com/i/corribre/0d7f3a2b91

        If you experience any technical difficulties please contact support@sonru.com.

        Kind regards,
        Niamh Gallagher
        Talent Acquisition, Corrib Re
        """)
    hs = hdr(addr("Corrib Re", "noreply@sonru.com"), "Video Interview Invitation - Corrib Re",
             "2026-09-21 11:30:00", "Europe/Dublin", "<sonru.inv.0d7f3a2b91.1790000000@sonru.com>",
             via=("noreply@sonru.com", "from mail.sonru.com (mail.sonru.com [198.51.100.77])", "0Pf5Ht3KcRw"))
    return message(hs, alt(text(plain), html(page("".join(
        f"<p>{p.replace(chr(10), ' ')}</p>\n" for p in plain.strip().split("\n\n"))))))


@mail(N(35), family="non_interview_calendar", lang="en-GB", interview=False, company=None,
      days=(("Tue", "2026-03-03"),),
      note="Dentist appointment confirmation with an ICS (Tuesday 3 March, 08:15); a fixed time, not an "
           "interview; ISO-8859-1")
def w35() -> bytes:
    body = t("""
        Dear Ms Okafor,

        This is to confirm your appointment at Marylebone Dental Practice:

        Tuesday 3 March 2026 at 08:15
        Dr Anjali Mehta - Check-up and hygienist (40 mins)
        43 Wimpole Street, London W1G 8AE

        Please arrive 5 minutes early. If you need to cancel or change your appointment, please give us at
        least 24 hours' notice on 020 7946 0125, otherwise a late cancellation fee of £30 may apply.

        Kind regards,
        Reception Team
        Marylebone Dental Practice
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Dentally//Appointments//EN", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "UID:appt-5581920@dentally.co", "DTSTAMP:20260225T170122Z",
        "DTSTART:20260303T081500Z", "DTEND:20260303T085500Z",
        "SUMMARY:Dental appointment - Marylebone Dental Practice",
        "LOCATION:43 Wimpole Street\\, London W1G 8AE", "END:VEVENT", "END:VCALENDAR"])
    hs = hdr(addr("Marylebone Dental Practice", "appointments@notifications.dentally.co"),
             "Appointment confirmation - Tue 3 Mar 08:15", "2026-02-25 17:01:22", "Europe/London",
             "<appt-5581920-confirm@notifications.dentally.co>",
             via=("bounces@notifications.dentally.co", "from notifications.dentally.co (notifications.dentally.co [198.51.100.190])", "4Tw9Gb6MxNc"),
             extra=(("Reply-To", "reception@marylebonedental.co.uk"),))
    return message(hs, mixed(text(body, charset="iso-8859-1"),
                             calendar(ics, method="PUBLISH", cte="base64", filename="appointment.ics",
                                      disposition="attachment")))


@mail(N(36), family="non_interview_calendar", lang="en-GB", interview=False, company=None,
      note="Her own forward (work -> personal) of a recurring 'Daily Market Risk stand-up' Exchange invite "
           "at her current employer; a work meeting, not an interview")
def w36() -> bytes:
    fw = t("""
        putting this in my personal cal so I don't book anything over it

        -----Original Appointment-----
        From: Booth, Graham <graham.booth@aldwychbank.co.uk>
        Sent: 02 January 2026 16:40
        To: Market Risk - London
        Subject: Daily Market Risk stand-up
        When: Occurs every weekday from 09:15 to 09:30 effective 05/01/2026. (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: MR pod / Teams

        New year, new stand-up slot - quarter past nine every day, 15 mins max. P&L explain, limit breaches,
        anything stuck.

        Graham
        """)
    ics = exch_ics("REQUEST", "GMT Standard Time", "Daily Market Risk stand-up", "20260105T091500",
                   "20260105T093000", ("Booth, Graham", "graham.booth@aldwychbank.co.uk"),
                   "040000008200E00074C5B7101A82E00800000000C07A5E2B1C7BDC0100000000000000001000000"
                   "03B5D7F9A1C3E5072B4D6F8A0C2E4F61", "20260105T080210Z", location="MR pod / Teams",
                   description="New year\\, new stand-up slot - quarter past nine every day\\, 15 mins max.",
                   rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=MO",
                   attendees=(("Okafor, Tamsin", "t.okafor@aldwychbank.co.uk"),))
    hs = hdr(addr("Okafor, Tamsin", "t.okafor@aldwychbank.co.uk"), "FW: Daily Market Risk stand-up",
             "2026-01-05 08:02:10", "Europe/London",
             "<LO6P265MB7102B8E1C4A9D37F0E2A6B59C8D14@LO6P265MB7102.GBRP265.PROD.OUTLOOK.COM>",
             via=("t.okafor@aldwychbank.co.uk", "from GBR01-LO6-obe.outbound.protection.outlook.com (mail-lo6gbr01on2105.outbound.protection.outlook.com [203.0.113.105])", "1Zm4Qc7HtPw"),
             extra=exch_headers("Daily Market Risk stand-up", "AdxLb0N2r4Q6s8T0v2X4z6B8d0F2hA=="))
    return message(hs, alt(text(fw), calendar(ics, cte="base64")))


@mail(N(37), family="non_interview_calendar", lang="en-GB", interview=False, company=None,
      days=(("Thu", "2026-06-25"),),
      note="1:1 mid-year review with her current line manager, Exchange invite sent to her personal address "
           "while she is on leave; fixed time but not a job interview")
def w37() -> bytes:
    when = ("When: Thursday, 25 June 2026 15:00-15:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
            "Where: Teams / Room 4.12\n\n")
    body = t("""
        Sending to your personal address too as I know you're off this week - no need to reply until
        you're back. Just a chance to go through mid-year objectives and the development plan.

        Graham
        """)
    ics = exch_ics("REQUEST", "GMT Standard Time", "1:1 Tamsin / Graham - mid-year review", "20260625T150000",
                   "20260625T154500", ("Booth, Graham", "graham.booth@aldwychbank.co.uk"),
                   "040000008200E00074C5B7101A82E00800000000A1D3F5B7C9E1DC0100000000000000001000000"
                   "07C9E1A3B5D7F92A4C6E8B0D2F4A6C8E", "20260619T094411Z", location="Teams / Room 4.12",
                   description="Sending to your personal address too as I know you're off this week.",
                   attendees=(("Tamsin Okafor", ME), ("Okafor, Tamsin", "t.okafor@aldwychbank.co.uk")))
    hs = hdr(addr("Booth, Graham", "graham.booth@aldwychbank.co.uk"), "1:1 Tamsin / Graham - mid-year review",
             "2026-06-19 10:44:11", "Europe/London",
             "<LO6P265MB7102D2F4A6C8E0B13579BDF2468A0@LO6P265MB7102.GBRP265.PROD.OUTLOOK.COM>",
             via=("graham.booth@aldwychbank.co.uk", "from GBR01-LO6-obe.outbound.protection.outlook.com (mail-lo6gbr01on2105.outbound.protection.outlook.com [203.0.113.105])", "8Qw3Ed5RtYu"),
             to=", ".join([ME_H, addr("Okafor, Tamsin", "t.okafor@aldwychbank.co.uk")]),
             extra=exch_headers("1:1 Tamsin / Graham - mid-year review", "AdzPq8Rs0Tu2Vw4Xy6Za8Bc0De2Fg=="))
    return message(hs, alt(text(when + body), html(page("<p>" + (when + body).replace("\n\n", "</p><p>").replace(
        "\n", "<br>") + "</p>", font="Calibri,sans-serif")), calendar(ics, cte="base64")))


@mail(N(38), family="non_interview_calendar", lang="en-GB", interview=False, company=None,
      days=(("Sat", "2026-05-09"),),
      note="Letting agent's viewing confirmation (Saturday 9 May, 11:30); an appointment, not an interview")
def w38() -> bytes:
    plain = t("""
        Hi Tamsin,

        Your viewing is confirmed!

        Property: 2 bedroom flat, Hackney Road, London E2
        Date: Saturday 9 May
        Time: 11:30am
        Agent: Kieran (07700 900 561) - he'll meet you outside the main entrance.

        Please bring photo ID if you'd like to make an offer on the day. Need to change? Reply to this
        email or call the branch on 020 7946 0902.

        Dalston Lettings
        """)
    h = page("""<div style="max-width:600px"><div style="background:#ffcc00;padding:14px;font-weight:bold">Dalston Lettings</div>
<h2>Your viewing is confirmed!</h2>
<p>Hi Tamsin,</p>
<table><tr><td>Property</td><td>2 bedroom flat, Hackney Road, London E2</td></tr>
<tr><td>Date</td><td>Saturday 9 May</td></tr><tr><td>Time</td><td>11:30am</td></tr>
<tr><td>Agent</td><td>Kieran (07700 900 561) - he'll meet you outside the main entrance.</td></tr></table>
<p>Please bring photo ID if you'd like to make an offer on the day. Need to change? Reply to this email or call the branch on 020 7946 0902.</p></div>""")
    hs = hdr(addr("Dalston Lettings", "viewings@dalstonlettings.co.uk"), "Viewing confirmed: Hackney Road, Sat 9 May 11:30",
             "2026-05-06 18:20:44", "Europe/London", "<v-2093817.confirm@dalstonlettings.co.uk>",
             via=("viewings@dalstonlettings.co.uk", "from smtp.dalstonlettings.co.uk (smtp.dalstonlettings.co.uk [198.51.100.203])", "9Cr2Lx6BzKv"))
    return message(hs, alt(text(plain), html(h)))


@mail(N(39), family="meetup", lang="en-GB", interview=False, company=None,
      days=(("Wed", "2026-06-10"),),
      note="Event-platform registration for a professional evening talk (Wednesday 10 June, 18:30); "
           "not an interview")
def w39() -> bytes:
    plain = t("""
        You're going to Model Risk in the Age of LLMs - Risk Professionals' Forum London

        Wednesday 10 June 2026, 18:30 - 21:00 BST
        The Underwriting Room, 12 Leadenhall Street, London EC3V 1LP

        Order #8830166421 - 1 x General Admission (Free)

        Speakers: Dr Nadia Ferreira (Head of Model Risk, Kestrel Bank) in conversation with Tom Ashworth.
        Drinks and networking from 20:00.

        Add to calendar: https://www.eventhive.com/e/model-risk-llms/ics
        View your ticket: https://www.eventhive.com/mytickets/8830166421

        Eventhive | You received this email because you registered for an event.
        """)
    hs = hdr(addr("Eventhive", "noreply@order.eventhive.com"),
             "Your ticket for Model Risk in the Age of LLMs - Risk Professionals' Forum London",
             "2026-06-01 20:13:07", "Europe/London", "<8830166421.order@order.eventhive.com>",
             via=("bounce@order.eventhive.com", "from mta-22.order.eventhive.com (mta-22.order.eventhive.com [198.51.100.22])", "3Ht7Wp0NcQx"),
             extra=(("Reply-To", "rpf.london.events@gmail.com"),))
    return message(hs, alt(text(plain), html(page("".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n"))))))


@mail(N(40), family="webinar", lang="en-GB", interview=False, company=None,
      days=(("Thu", "2026-01-22"),),
      note="Webinar registration titled 'Interview with a CRO' (Thursday 22 January, 18:00 GMT) with a Zoom "
           "ICS; a talk, not her interview")
def w40() -> bytes:
    plain = t("""
        Hi Tamsin,

        Thank you for registering for "RiskTalk Live: Interview with a CRO - lessons from 2008 and 2023".

        Date & Time: Jan 22, 2026 06:00 PM London

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/86120045512?tk=Y2FsbGVkX3JpLXRhbGs

        Passcode: 551902

        Add to: Google Calendar(https://zoom.us/webinar/tJ0ud-2gqzEsHtRskWk/ics?type=google) |
        Yahoo Calendar | iCal (.ics)

        You can cancel your registration at any time.

        RiskTalk Live
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "DTSTAMP:20260114T121503Z", "DTSTART:20260122T180000Z", "DTEND:20260122T190000Z",
        "SUMMARY:RiskTalk Live: Interview with a CRO - lessons from 2008 and 2023",
        "UID:20260114T121503Z-86120045512@fe80:0:0:0:0:0:0:1",
        "LOCATION:https://us06web.zoom.us/w/86120045512",
        "ORGANIZER;CN=RiskTalk Live:mailto:no-reply@zoom.us", "END:VEVENT", "END:VCALENDAR"])
    hs = hdr(addr("RiskTalk Live", "no-reply@zoom.us"),
             "RiskTalk Live: Interview with a CRO - lessons from 2008 and 2023 Confirmation",
             "2026-01-14 12:15:03", "Europe/London", "<Ao0pQ1r2S3t4U5v6W7x8Yw@zoom.us>",
             via=("bounce-86120045512@zoom.us", "from mail43.zoom.us (mail43.zoom.us [192.0.2.143])", "7Dk1Sv4MpBg"))
    return message(hs, mixed(alt(text(plain), html(page("".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n"))))),
        calendar(ics, method=None, cte="base64", filename="iCal.ics", disposition="attachment")))


@mail(N(41), family="mock_interview", lang="en-GB", interview=False, company=None,
      days=(("Tue", "2026-05-19"),),
      note="Careers coach confirms a mock competency interview (Tuesday 19 May, 7pm); practice, not a real "
           "job interview")
def w41() -> bytes:
    body = t("""
        Hi Tamsin,

        Lovely to hear from you again! That's booked in - mock interview (competency-based, with a couple of
        technical risk questions thrown in) on Tuesday 19 May at 7pm, 60 mins on Zoom.

        I'll play the hiring manager for the Forthbridge quant role so we can make it as realistic as
        possible. Have a look at the STAR notes I sent last time, and pick two examples about model
        validation you'd like to road-test.

        Zoom: https://us02web.zoom.us/j/7718830021

        Helen

        Helen Carrow | Career Coach, NextStep Coaching
        """)
    hs = hdr(addr("Helen Carrow", "helen@nextstepcoaching.co.uk"), "Re: Another mock before Edinburgh?",
             "2026-05-14 21:07:55", "Europe/London", "<CAK9r2Nz0+pT7vL3mQ5wYc8bX1eHs4dGj6u@mail.gmail.com>",
             via=("helen@nextstepcoaching.co.uk", "from mail-lj1-f170.google.com (mail-lj1-f170.google.com [209.85.208.170])", "2Bn6Yf9KwRt"),
             extra=(("In-Reply-To", "<CAF3x7Qp4c+Mz2Q8nTr@mail.example.org>"),
                    ("References", "<CAF3x7Qp4c+Mz2Q8nTr@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(42), family="podcast", lang="en-GB", interview=False, company=None,
      days=(("Thu", "2026-06-11"),),
      note="Podcast host confirms a recording slot where she is the guest (Thursday 11 June, 3pm); a media "
           "interview, not a job interview")
def w42() -> bytes:
    body = t("""
        Hi Tamsin,

        Brilliant - you're confirmed as our guest for episode 48 of Risk Unplugged! We'll record on
        Thursday 11 June at 3pm (UK), allow about an hour.

        The theme is "what nobody tells you about your first five years in risk" - very conversational.
        I'll send a Riverside link the day before; a decent pair of headphones is all you need.

        Thanks so much for doing this,
        Marcus

        Marcus Adebayo
        Host, Risk Unplugged - the podcast for people in risk
        """)
    hs = hdr(addr("Marcus Adebayo", "marcus@riskunplugged.fm"), "Risk Unplugged - recording confirmed",
             "2026-06-04 13:22:48", "Europe/London", "<5C2E7A91-B3D4-4F06-9E18-2A7C0D5F3B64@riskunplugged.fm>",
             via=("marcus@riskunplugged.fm", "from mail-pl1-f181.google.com (mail-pl1-f181.google.com [209.85.214.181])", "4Gt8Vb1NwLz"))
    return message(hs, text(body, cte="7bit"))


@mail(N(43), family="interviewer_side", lang="en-GB", interview=False, company=None,
      days=(("Mon", "2026-09-14"),),
      note="Her own forward of the schedule where she is the INTERVIEWER for a graduate candidate at her "
           "current employer (Monday 14 September 10:00); not her job interview")
def w43() -> bytes:
    body = t("""
        for cal

        From: Aldwych Bank Graduate Recruitment <gradrecruitment@aldwychbank.co.uk>
        Sent: 08 September 2026 10:12
        To: Okafor, Tamsin <t.okafor@aldwychbank.co.uk>
        Subject: Interview schedule - Graduate Risk Analyst - Jaspreet Sandhu

        Hi Tamsin,

        Thank you for agreeing to sit on the panel. Please find your interview schedule below.

        Candidate: Jaspreet Sandhu
        Role: Graduate Risk Analyst (2027 intake)
        Date: Monday 14 September 2026
        Time: 10:00 - 10:45
        Location: 1 Aldwych, meeting room 3.07
        Panel: Tamsin Okafor (lead interviewer), Wei Zhang

        The candidate's CV and the interviewer scorecard are in the Graduate Recruitment SharePoint. Please
        submit your scores within 24 hours of the interview.

        Many thanks,
        Graduate Recruitment Team
        """)
    hs = hdr(addr("Okafor, Tamsin", "t.okafor@aldwychbank.co.uk"),
             "FW: Interview schedule - Graduate Risk Analyst - Jaspreet Sandhu", "2026-09-08 10:31:50",
             "Europe/London", "<LO6P265MB71029A3C5E7F1B2D4F6A8C0E1B3D5@LO6P265MB7102.GBRP265.PROD.OUTLOOK.COM>",
             via=("t.okafor@aldwychbank.co.uk", "from GBR01-LO6-obe.outbound.protection.outlook.com (mail-lo6gbr01on2105.outbound.protection.outlook.com [203.0.113.105])", "5Xc0Pm3RgKn"),
             extra=exch_headers("Interview schedule - Graduate Risk Analyst - Jaspreet Sandhu",
                                "AdzFw1Kq3mR5tV7xZ9bD1fH3jL5nPg=="))
    return message(hs, text(body))


@mail(N(44), family="reference_call", lang="en-GB", interview=False, company="Birchwood Partners",
      days=(("Thu", "2026-11-12"),),
      note="Another firm books a reference call with her as a referee for a former colleague (Thursday 12 "
           "November, 11:00); she is not the candidate")
def w44() -> bytes:
    body = t("""
        Dear Tamsin,

        Thank you for agreeing to act as a referee for Oliver Brennan, who has accepted a conditional offer
        to join Birchwood Partners as a Senior Risk Consultant.

        As agreed, I'll call you on Thursday 12 November at 11:00 on 07700 900 218. The call should take
        no more than 15 minutes and will cover the period you worked together at Aldwych Bank, his
        responsibilities, and his strengths and areas for development.

        If the time no longer suits, please do let me know.

        Kind regards,

        Sophie Lambert
        HR Business Partner
        Birchwood Partners LLP
        """)
    hs = hdr(addr("Sophie Lambert", "sophie.lambert@birchwoodpartners.com"),
             "Reference for Oliver Brennan - call on Thursday", "2026-11-09 14:18:26", "Europe/London",
             "<AS8PR01MB9217E4C6A8B0D2F13579ACE2468B0@AS8PR01MB9217.eurprd01.prod.exchangelabs.com>",
             via=("sophie.lambert@birchwoodpartners.com", "from EUR01-AS8-obe.outbound.protection.outlook.com (mail-as8eur01on2093.outbound.protection.outlook.com [203.0.113.93])", "6Nb3Tz8WqDf"),
             extra=exch_headers("Reference for Oliver Brennan - call on Thursday", "AdxTq2Bw4Rn6Lm8Pv0Xz2Cd4Fg6H=="))
    return message(hs, alt(text(body), html(page("".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n"))))))


@mail(N(45), family="out_of_office", lang="en", interview=False, company="Lirio Payments",
      days=(("Wed", "2026-05-06"),),
      note="Out-of-office auto-reply to her reply on the interview confirmation thread (subject carries the "
           "interview subject); says away until Wednesday 6 May; confirms nothing")
def w45() -> bytes:
    body = t("""
        Hi,

        Thanks for your email. I'm out of the office until Wednesday 6 May with limited access to email.

        For anything urgent relating to an application or interview, please contact talent@liriopayments.ie
        and one of the team will get back to you.

        Thanks,
        Aoife
        """)
    hs = hdr(addr("Aoife Brennan", "aoife.brennan@liriopayments.ie"),
             "Automatic reply: Interview Confirmation: Fraud & Credit Risk Analyst at Lirio Payments",
             "2026-04-30 12:04:09", "Europe/Dublin",
             "<DB9PR08MB6731A5C7E9B1D3F2468ACE13579BD@DB9PR08MB6731.eurprd08.prod.outlook.com>",
             via=("<>", "from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2081.outbound.protection.outlook.com [203.0.113.81])", "1Hq5Kv7DxWm"),
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<CAF3x7Qr8d+Nw5T1kYp@mail.example.org>"),
                    ("References", "<6a2f1c0e8b7d4_3c91a5e2f0b1d@greenhouse-mailer-5f8d9.mail>\r\n"
                     " <CAF3x7Qr8d+Nw5T1kYp@mail.example.org>")))
    hs[0] = ("Return-Path", "<>")
    return message(hs, text(body))


@mail(N(46), family="bounce", lang="en", interview=False, company=None,
      note="Postfix bounce of her own thank-you note after the Forthbridge interview (mistyped address); "
           "the returned message mentions 'today's interview'")
def w46() -> bytes:
    orig = message([
        ("From", ME_H), ("To", "isla.muray@forthbridgeanalytics.com"),
        ("Subject", "Thank you - Quantitative Risk Analyst"), ("Date", date("2026-05-20 17:24:51", "Europe/London")),
        ("Message-ID", "<CAF3x7Qs2k+Ht7Y4bPq@mail.example.org>")],
        text(t("""
            Hi Isla,

            Thank you for organising today's interview - it was great to meet Euan and Priti and to hear more
            about the credit models team. I really enjoyed the whiteboard exercise!

            Do pass on my thanks, and I look forward to hearing from you.

            Best wishes,
            Tamsin
            """), cte="7bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <isla.muray@forthbridgeanalytics.com>: host
            forthbridgeanalytics-com.mail.protection.outlook.com[203.0.113.44] said:
            550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 6Dq2Wv0LxRt
        X-Postfix-Sender: rfc822; tamsin.okafor@example.org
        Arrival-Date: Wed, 20 May 2026 17:24:52 +0100 (BST)

        Final-Recipient: rfc822; isla.muray@forthbridgeanalytics.com
        Original-Recipient: rfc822;isla.muray@forthbridgeanalytics.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; forthbridgeanalytics-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
            found by SMTP address lookup
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig),
                       params="report-type=delivery-status")
    hs = hdr(addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org"),
             "Undelivered Mail Returned to Sender", "2026-05-20 17:24:55", "Europe/London",
             "<20260520162455.8A3F1C2D0E@mx1.example.org>",
             extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(N(47), family="newsletter", lang="en-GB", interview=False, company=None,
      note="Careers newsletter about interview questions for market-risk roles; no appointment")
def w47() -> bytes:
    h = page("""<table width="620" align="center" style="border-collapse:collapse">
<tr><td style="background:#102a43;color:#fff;padding:18px;font-size:22px">Risk Careers Weekly</td></tr>
<tr><td style="padding:18px">
<h1 style="font-size:22px">7 questions you'll face in a market risk interview (and how to answer them)</h1>
<p>Whether it's a first-round screen or a final-round panel, market risk interviews tend to circle the same
themes. We asked five hiring managers from banks and buy-side firms what they actually ask.</p>
<ol>
<li><b>Walk me through how VaR is calculated on your desk.</b> Be ready to compare historical, parametric and Monte Carlo.</li>
<li><b>Tell me about a limit breach you escalated.</b> A classic competency question: use STAR.</li>
<li><b>What are the weaknesses of Expected Shortfall under FRTB?</b></li>
<li><b>How would you explain a backtesting exception to a trader?</b></li>
<li><b>Which stress scenario would you add to our framework today?</b></li>
<li><b>Why risk rather than the front office?</b></li>
<li><b>What questions do you have for us?</b> Always have two ready.</li>
</ol>
<p><a href="https://riskcareersweekly.com/articles/market-risk-interview-questions">Read the full article</a></p>
<h3>Also this week</h3>
<p>&bull; Salary survey 2026: what risk analysts earn in London, Edinburgh and Dublin<br>
&bull; Webinar replay: acing the case interview at a consultancy<br>
&bull; 40 new jobs on the board this week</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px">You're receiving Risk Careers Weekly because you subscribed at riskcareersweekly.com.
<a href="https://riskcareersweekly.com/unsubscribe?u=5d1f0c">Unsubscribe</a> | Risk Careers Weekly, 85 Great Portland Street, London W1W 7LT</td></tr>
</table>""", font="Georgia,serif")
    hs = hdr(addr("Risk Careers Weekly", "newsletter@riskcareersweekly.com"),
             "7 questions you'll face in a market risk interview", "2026-03-15 08:00:00", "Europe/London",
             "<20260315080000.5d1f0c.riskcareersweekly@mail.beehiiv.com>",
             via=("bounce-5d1f0c@mail.beehiiv.com", "from mail.beehiiv.com (mail.beehiiv.com [198.51.100.244])", "9Lp4Cx2VbMh"),
             extra=(("List-Unsubscribe", "<https://riskcareersweekly.com/unsubscribe?u=5d1f0c>"),
                    ("List-Id", "Risk Careers Weekly <riskcareersweekly.beehiiv.com>"), ("Precedence", "bulk")))
    return message(hs, html(h))


@mail(N(48), family="post_interview", lang="en-GB", interview=False, company="Pennine Mutual",
      note="Thank-you after the interview that already happened ('your time on Wednesday'); next steps "
           "'by the end of next week', nothing scheduled")
def w48() -> bytes:
    body = t("""
        Hi Tamsin,

        Thanks for your time on Wednesday - Claire and I both really enjoyed the conversation, especially
        your take on how to make the risk appetite statement actually usable by the business.

        We've got a couple more people to see and will be in touch by the end of next week either way.

        Have a good weekend,
        Gareth
        """)
    hs = hdr(addr("Gareth Hollins", "gareth.hollins@penninemutual.co.uk"), "Thank you",
             "2026-07-10 16:55:02", "Europe/London",
             "<CWLP265MB4419B7D9F1A3C5E02468ACE1357BD@CWLP265MB4419.GBRP265.PROD.OUTLOOK.COM>",
             via=("gareth.hollins@penninemutual.co.uk", "from GBR01-CWL-obe.outbound.protection.outlook.com (mail-cwlgbr01on2131.outbound.protection.outlook.com [203.0.113.131])", "0Wr7Fz5KmTq"),
             extra=exch_headers("Thank you", "AdwZc3Mn9oP1qR5sT7uV9wX1yZ3aBg=="))
    return message(hs, alt(text(body), html(page("".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n")), font="Calibri,sans-serif"))))


@mail(N(49), family="agency_recruiter", lang="en-GB", interview=False, company="Oakhurst Capital",
      note="Agency recruiter: the client wants to meet her 'next week', times to follow; nothing fixed "
           "(precedes the change of day, key 20)")
def w49() -> bytes:
    body = t("""
        Hi Tamsin!!

        Good news - Oakhurst loved your CV and want to get you in next week for a first interview with Tom
        (Head of Risk) and Esther from HR. They're juggling diaries at the moment so I'll come back to you
        with a time asap.

        In the meantime can you let me know which days you're NOT free next week? And do you have any
        holiday booked in May?

        Thanks
        Priya

        Priya Nair
        Principal Consultant - Risk & Compliance
        Carrick Marsh Recruitment
        M: 07700 900 733
        """)
    hs = hdr(addr("Priya Nair", "priya.nair@carrickmarsh.com"), "Oakhurst - they want to meet you!",
             "2026-04-07 12:48:30", "Europe/London",
             "<LNXP265MB0731C8E2A4F6B0D13579BDF2468AC@LNXP265MB0731.GBRP265.PROD.OUTLOOK.COM>",
             via=("priya.nair@carrickmarsh.com", "from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2099.outbound.protection.outlook.com [203.0.113.99])", "3Vk9Dq1NbWs"),
             extra=exch_headers("Oakhurst - they want to meet you!", "AdzKp6q2oM7jP1u9Sl3WaX5b0dEcFg=="))
    return message(hs, text(body))


@mail(N(50), family="ats_status", lang="en-US", interview=False, company="Sentinel Re",
      note="Eightfold application-status update ('moved to the interview stage', a recruiter will reach out "
           "to schedule); no time yet")
def w50() -> bytes:
    plain = t("""
        Hi Tamsin,

        Good news! Your application for Catastrophe Risk Analyst at Sentinel Re has moved to the interview
        stage.

        A member of our recruiting team will reach out shortly to schedule time with you. In the meantime,
        you can check your application status at any time:
        https://sentinelre.eightfold.ai/careers/applications

        Thanks,
        Sentinel Re Talent Acquisition

        Powered by Eightfold AI
        """)
    h = page("""<table style="max-width:560px"><tr><td>
<p>Hi Tamsin,</p>
<p><b>Good news!</b> Your application for <b>Catastrophe Risk Analyst</b> at Sentinel Re has moved to the <b>interview stage</b>.</p>
<p>A member of our recruiting team will reach out shortly to schedule time with you. In the meantime, you can
<a href="https://sentinelre.eightfold.ai/careers/applications">check your application status</a> at any time.</p>
<p>Thanks,<br>Sentinel Re Talent Acquisition</p>
<p style="color:#999;font-size:11px">Powered by Eightfold AI</p></td></tr></table>""")
    hs = hdr(addr("Sentinel Re Talent Acquisition", "no-reply@eightfold.ai"),
             "Update on your application: Catastrophe Risk Analyst", "2026-09-21 09:40:18", "America/New_York",
             "<0100019b6f0d2e37-4a9c1b58-7d2e-4f60-a8c3-5b1e9d0f2a74-000000@email.amazonses.com>",
             via=("0100019b6f0d2e37@amazonses.com", "from a48-91.smtp-out.amazonses.com (a48-91.smtp-out.amazonses.com [192.0.2.91])", "8Gm2Xr4TcVp"))
    return message(hs, alt(text(plain), html(h)))
