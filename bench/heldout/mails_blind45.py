"""blind45: 50 hand-written mails, a realistic inbox of a full-stack developer in Cape Town.

    python3 bench/heldout/make_blind.py blind45

Inbox owner: Zaid Abrahams <zaid.abrahams@example.org>, Cape Town (Africa/Johannesburg, SAST =
UTC+2, no DST), job hunting from February to April 2026 with South African, UK, EU and US
companies. Written blind (without reading the detector, its tests or the other held-out sets);
make.py is imported unchanged, only South Africa's Windows zone name is added to its lookup table
at import time so that the checks can convert Exchange's TZID.

File numbers are a fixed shuffle of the writing order: keys 1-23 are the positives, 24-50 the
negatives (see blind45/README.md).
"""

from __future__ import annotations

import base64
import hashlib
import random

import make
from make import (
    VTZ,
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
    raw_part,
    received,
    t,
    text,
)

make.REGISTRY.setdefault("blind45", [])
make.WINDOWS_ZONES.setdefault("South Africa Standard Time", "Africa/Johannesburg")

ORDER = random.Random(45045).sample(range(1, 51), 50)


def N(key: int) -> str:
    """File name for the key-th mail in writing order."""
    return f"blind45_{ORDER[key - 1]:03d}"


ME = "zaid.abrahams@example.org"
ME_TO = addr("Zaid Abrahams", ME)
SAST = "Africa/Johannesburg"
UK = "Europe/London"
CET = "Europe/Berlin"
ET = "America/New_York"
PT = "America/Los_Angeles"
UTC = "UTC"


def hx(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def inbound(*, frm: str, subject: str, when: str, zone: str, msgid: str, host: str, ip: str,
            to: str = ME_TO, extra: tuple = (), pre: tuple = (), charset: str = "utf-8") -> list:
    """Headers of a mail as it lands in the inbox: Delivered-To, Received, then the sender's."""
    rid = hx(msgid, 12)
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                              f"mx.google.com with ESMTPS id {rid}", ME)),
        *pre,
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def para_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """A plain HTML twin of a template text: one <p> per paragraph, <br> per line."""
    import html as _h

    paras = [p for p in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_h.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


SA_EXCHANGE_TZ = """BEGIN:VTIMEZONE
TZID:South Africa Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0200
TZOFFSETTO:+0200
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0200
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE"""

JHB_TZ = """BEGIN:VTIMEZONE
TZID:Africa/Johannesburg
X-LIC-LOCATION:Africa/Johannesburg
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0200
TZNAME:SAST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TEAMS_TEXT = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {num}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Or call in (audio only)
+27 21 555 0{dial},,{pin}#   South Africa, Cape Town
Phone Conference ID: {pin}#
Find a local number<https://dialin.teams.microsoft.com/{tid}?id={pin}> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={tid}>
________________________________________________________________________________
"""


def teams(seed: str, num: str, pc: str, pin: str, dial: str = "311") -> str:
    return TEAMS_TEXT.format(mid=hx(seed, 32), tid=hx(seed + "t", 8) + "-" + hx(seed + "u", 4) + "-4e1c-9f3a-"
                             + hx(seed + "v", 12), num=num, pc=pc, pin=pin, dial=dial)


def teams_html(seed: str, num: str, pc: str) -> str:
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx(seed, 32)}%40thread.v2/0"
    return f"""<div style="width:100%;height:20px;"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">________________________________________________________________________________</span></div>
<div class="me-email-text" lang="en-US" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;">
<div style="margin-top:24px;margin-bottom:20px;"><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>
<div style="margin-bottom:20px;"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Join on your computer, mobile app or room device</span></div>
<a class="me-email-headline" style="font-size:14px;font-family:'Segoe UI Semibold','Segoe UI',sans-serif;text-decoration:underline;color:#6264a7;" href="{link}" target="_blank" rel="noreferrer noopener">Click here to join the meeting</a></div>
<div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span data-tid="meeting-code" style="font-size:14px;color:#252424;">Meeting ID: <span style="font-size:16px;color:#252424;">{num}</span></span><br>
<span style="font-size:14px;color:#252424;">Passcode: </span><span style="font-size:16px;color:#252424;">{pc}</span></div></div>
<div style="margin-bottom:24px;margin-top:20px;"><a class="me-email-link" style="font-size:14px;text-decoration:underline;color:#6264a7;" target="_blank" href="https://aka.ms/JoinTeamsMeeting" rel="noreferrer noopener">Learn More</a></div>
</div>
<div style="font-size:14px;margin-bottom:4px;"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">________________________________________________________________________________</span></div>
"""


def exchange_headers(subject: str, topic_index: str, lang: str = "en-ZA") -> tuple:
    return (
        ("Thread-Topic", enc(subject)),
        ("Thread-Index", topic_index),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", "no"),
        ("X-MS-Exchange-Organization-SCL", "1"),
    )


def google_footer(eid: str, who: str = ME) -> str:
    return f"""Reply for {who} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjYj&ctz=Africa%2FJohannesburg&hl=en_GB&es=0
Your attendance is optional.

~~//~~
Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP.

Learn more https://support.google.com/calendar/answer/37135#forwarding
"""


def fake_pdf(title: str) -> bytes:
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            f"3 0 obj << /Title ({title}) >> endobj\ntrailer << /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")
    return body.encode("latin-1")


def pdf_part(filename: str, title: str) -> Part:
    b64 = base64.encodebytes(fake_pdf(title)).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], b64)


# =========================================================================== positives


# --------------------------------------------------------------------------- 1 Kloofnek Labs, Google Calendar invitation
@mail(N(1), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-03-10T08:00:00Z", end="2026-03-10T09:00:00Z",
      contact="megan.hendricks@kloofneklabs.co.za", company="Kloofnek Labs",
      local="Tue 2026-03-10 10:00", local_end="2026-03-10 11:00", zone=SAST,
      note="Google Calendar invitation from the recruiter (organiser), 10:00-11:00 South Africa "
           "Standard Time = 08:00-09:00Z; ICS in UTC agrees; contact = ORGANIZER / Reply-To")
def kloofnek_invite() -> bytes:
    eid = "NHF2bTdrMmUxcTNzOHVqZm9sNmRyMGx2bWcgemFpZC5hYnJhaGFtc0BleGFtcGxlLm9yZw"
    title = "Technical interview – Zaid Abrahams (Full Stack Developer)"
    body = t(f"""
        {title}
        Tuesday 10 March 2026 ⋅ 10:00 – 11:00
        South Africa Standard Time

        Hi Zaid, this is the technical round we spoke about: an hour with Pieter and me. Roughly half of it is you talking us through something you've built, the other half is a small live exercise in TypeScript (no LeetCode, promise). Use your own editor setup if you like.

        Join with Google Meet
        https://meet.google.com/wke-xpdn-tqa

        Join by phone
        (ZA) +27 21 300 1894
        PIN: 482 917 306#

        More phone numbers
        https://tel.meet/wke-xpdn-tqa?pin=4829173061337

        Organiser
        Megan Hendricks
        megan.hendricks@kloofneklabs.co.za

        Guests
        Megan Hendricks - organiser
        Pieter Botha
        zaid.abrahams@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjYj&ctz=Africa%2FJohannesburg&hl=en_GB&es=0

        """) + google_footer(eid)
    page = t(f"""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background-color:#ffffff">
        <table role="presentation" style="width:100%;max-width:600px;font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <tr><td><h2 style="font-size:22px;font-weight:400;color:#3c4043;margin:0 0 8px">{title}</h2></td></tr>
        <tr><td style="font-size:14px;padding-bottom:12px">Tuesday 10 March 2026 &#8901; 10:00 &ndash; 11:00<br><span style="color:#70757a">South Africa Standard Time</span></td></tr>
        <tr><td style="font-size:14px;padding-bottom:16px">Hi Zaid, this is the technical round we spoke about: an hour with Pieter and me. Roughly half of it is you talking us through something you&#39;ve built, the other half is a small live exercise in TypeScript (no LeetCode, promise). Use your own editor setup if you like.</td></tr>
        <tr><td style="padding-bottom:16px"><a href="https://meet.google.com/wke-xpdn-tqa" style="background-color:#1a73e8;color:#fff;border-radius:4px;padding:10px 16px;text-decoration:none;font-weight:500">Join with Google Meet</a><br><span style="font-size:12px;color:#70757a">meet.google.com/wke-xpdn-tqa</span></td></tr>
        <tr><td style="font-size:14px;padding-bottom:12px"><b>Join by phone</b><br>(ZA) +27 21 300 1894 PIN: 482 917 306#</td></tr>
        <tr><td style="font-size:14px;padding-bottom:12px"><b>Organiser</b><br>Megan Hendricks<br><a href="mailto:megan.hendricks@kloofneklabs.co.za">megan.hendricks@kloofneklabs.co.za</a></td></tr>
        <tr><td style="font-size:14px;padding-bottom:12px"><b>Guests</b><br>Megan Hendricks &ndash; organiser<br>Pieter Botha<br>zaid.abrahams@example.org</td></tr>
        <tr><td style="font-size:14px;padding:12px 0">Reply for zaid.abrahams@example.org<br>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=1">Yes</a> &nbsp; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=2">No</a> &nbsp; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=3">Maybe</a> &nbsp; <a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid={eid}">More options</a></td></tr>
        <tr><td style="font-size:12px;color:#70757a;border-top:1px solid #dadce0;padding-top:12px">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a><br><br>You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.</td></tr>
        </table></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260310T080000Z
        DTEND:20260310T090000Z
        DTSTAMP:20260305T122241Z
        ORGANIZER;CN=Megan Hendricks:mailto:megan.hendricks@kloofneklabs.co.za
        UID:4qvm7k2e1q3s8ujfol6dr0lvmg@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Megan Hendricks;X-NUM-GUESTS=0:mailto:megan.hendricks@kloofneklabs.co.za
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pieter Botha;X-NUM-GUESTS=0:mailto:pieter.botha@kloofneklabs.co.za
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=zaid.abrahams@example.org;X-NUM-GUESTS=0:mailto:zaid.abrahams@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/wke-xpdn-tqa
        CREATED:20260305T122239Z
        DESCRIPTION:Hi Zaid\, this is the technical round we spoke about: an hour with Pieter and me. Roughly half of it is you talking us through something you've built\, the other half is a small live exercise in TypeScript (no LeetCode\, promise). Use your own editor setup if you like.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/wke-xpdn-tqa\nOr dial: (ZA) +27 21 300 1894 PIN: 482917306#\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260305T122241Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Technical interview – Zaid Abrahams (Full Stack Developer)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound(
        frm=addr("Megan Hendricks", "megan.hendricks@kloofneklabs.co.za"),
        subject=f"Invitation: {title} @ Tue 10 Mar 2026 10:00 - 11:00 (SAST) ({ME})",
        when="2026-03-05 12:22:41", zone=UTC,
        msgid="<calendar-6f1d2a94-1b7e-4c55-9a0e-2d5b8c7e4f31@google.com>",
        host="mail-sor-f73.google.com", ip="209.85.220.73",
        pre=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),),
        extra=(("Reply-To", addr("Megan Hendricks", "megan.hendricks@kloofneklabs.co.za")),),
    )
    inner = alt(text(body, cte="base64", params="format=flowed; delsp=yes"), html(page),
                calendar(ics, cte="base64"))
    return message(hs, mixed(inner, calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                             disposition="attachment", cte="base64", name_param=True)))


# --------------------------------------------------------------------------- 2 agency recruiter, Marula Pay
@mail(N(2), family="agency_prose", lang="en", interview=True, kind="scheduled",
      start="2026-03-19T12:00:00Z", contact="bianca.naidoo@jacarandatalent.co.za", company="Marula Pay",
      local="Thu 2026-03-19 14:00", zone=SAST, days=(("Thu", "2026-03-19"),),
      note="Agency recruiter confirms the client interview 'Thurs 19/3 at 14h00' (day-first date, SAST) "
           "= 12:00Z; 'probably about an hour' -> end null; hiring company = the client Marula Pay; "
           "contact = the recruiter who wrote")
def marula_confirmed() -> bytes:
    body = t("""
        Hi Zaid

        Hope you had a lekker weekend.

        Good news – Marula Pay would like to meet you! I've confirmed with them for Thurs 19/3 at 14h00. It'll be a Teams call with Olwethu Mthembu (Head of Engineering) and one of their senior devs, probably about an hour. They'll send the Teams link from their side, so keep an eye on your inbox (check spam too, their invites sometimes land there).

        A few things they'll want to chat about:
        - the React Native app you did at Kraalbyte
        - how you've handled Postgres migrations on a live system
        - salary expectations – we discussed R65k, I've told them there's some flexibility

        Please drop me a quick reply so I know you've got this and I'll let Olwethu know now now. Shout if anything comes up.

        Kind regards
        Bianca Naidoo
        Senior Tech Recruiter | Jacaranda Talent Partners
        +27 11 555 0187 | +27 82 555 4410
        www.jacarandatalent.co.za

        This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it. Jacaranda Talent Partners (Pty) Ltd, Reg. No. 2014/088412/07.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
        <body lang="EN-ZA" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Hi Zaid</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Hope you had a lekker weekend.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Good news &#8211; Marula Pay would like to meet you! I&#8217;ve confirmed with them for <b>Thurs 19/3 at 14h00</b>. It&#8217;ll be a Teams call with Olwethu Mthembu (Head of Engineering) and one of their senior devs, probably about an hour. They&#8217;ll send the Teams link from their side, so keep an eye on your inbox (check spam too, their invites sometimes land there).</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">A few things they&#8217;ll want to chat about:</p>
        <ul style="margin-top:0cm"><li class="MsoNormal">the React Native app you did at Kraalbyte</li><li class="MsoNormal">how you&#8217;ve handled Postgres migrations on a live system</li><li class="MsoNormal">salary expectations &#8211; we discussed R65k, I&#8217;ve told them there&#8217;s some flexibility</li></ul>
        <p class="MsoNormal">Please drop me a quick reply so I know you&#8217;ve got this and I&#8217;ll let Olwethu know now now. Shout if anything comes up.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Kind regards</p>
        <p class="MsoNormal"><b><span style="color:#6B3FA0">Bianca Naidoo</span></b><br>Senior Tech Recruiter | Jacaranda Talent Partners<br>+27 11 555 0187 | +27 82 555 4410<br><a href="https://www.jacarandatalent.co.za">www.jacarandatalent.co.za</a></p>
        <p class="MsoNormal"><span style="font-size:7.5pt;color:gray">This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it. Jacaranda Talent Partners (Pty) Ltd, Reg. No. 2014/088412/07.</span></p>
        </div></body></html>
        """)
    subject = "Marula Pay - interview confirmed Thurs 19/3"
    hs = inbound(
        frm=addr("Bianca Naidoo", "bianca.naidoo@jacarandatalent.co.za"), subject=subject,
        when="2026-03-16 09:14:07", zone=SAST,
        msgid="<JN2P275MB04127A3C9E1D5B2F0C4A88D1B9402@JN2P275MB0412.ZAFP275.PROD.OUTLOOK.COM>",
        host="ZAF01-JNB-obe.outbound.protection.outlook.com", ip="40.107.196.57",
        extra=exchange_headers(subject, "AdtVEk2n4r1bq0xSQmWkY2Q8TcV1Rw=="),
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 3 Larkspur Health, Greenhouse
@mail(N(3), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-04-01T14:00:00Z", end="2026-04-01T14:45:00Z",
      contact="olivia.marsh@larkspurhealth.co.uk", company="Larkspur Health",
      local="Wed 2026-04-01 15:00", local_end="2026-04-01 15:45", zone=UK,
      note="Greenhouse confirmation sent 26 March (UK still on GMT) for Wed 1 April 3:00-3:45pm BST "
           "(BST from 29 March) = 14:00-14:45Z; ICS in UTC agrees; contact = Reply-To recruiter")
def larkspur_greenhouse() -> bytes:
    body = t("""
        Hi Zaid,

        Thank you for taking the time to schedule your interview with Larkspur Health! Please find the details below.

        Interview: Technical Interview - Pair Programming
        Date: Wednesday, April 1st, 2026
        Time: 3:00pm - 3:45pm BST (London)
        Interviewer(s): Tomasz Wrobel, Staff Engineer
        Location: Zoom - https://larkspurhealth.zoom.us/j/83120457719?pwd=bFJrK2xWc0ZqTnRyUm9vV3pLZz09

        You'll be working in a shared CodeSandbox on a small React + Node feature. You don't need to install anything beforehand.

        If you need to reschedule or have any questions, simply reply to this email.

        Best,
        Olivia Marsh
        Talent Partner, Larkspur Health
        """)
    page = para_html(body)
    ics = t(r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software Inc//Greenhouse//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:interview-58213907-candidate@greenhouse.io
        DTSTAMP:20260326T100512Z
        DTSTART:20260401T140000Z
        DTEND:20260401T144500Z
        SUMMARY:Interview with Larkspur Health - Technical Interview - Pair Programming
        DESCRIPTION:Interviewer(s): Tomasz Wrobel\nLocation: https://larkspurhealth.zoom.us/j/83120457719
        LOCATION:https://larkspurhealth.zoom.us/j/83120457719
        ORGANIZER;CN=Olivia Marsh:mailto:olivia.marsh@larkspurhealth.co.uk
        ATTENDEE;CN=Zaid Abrahams;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:zaid.abrahams@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound(
        frm=addr("Larkspur Health", "no-reply@us.greenhouse-mail.io"),
        subject="Interview Confirmation: Larkspur Health - Senior Full Stack Engineer (Remote)",
        when="2026-03-26 10:05:12", zone=UTC,
        msgid="<01000195d2a1c7e4-3f0b8e21-6a4d-4b7e-9c1f-5e2d8a7b9c31-000000@email.amazonses.com>",
        host="a8-31.smtp-out.amazonses.com", ip="54.240.8.31",
        extra=(("Reply-To", addr("Olivia Marsh", "olivia.marsh@larkspurhealth.co.uk")),
               ("X-Mailer", "Greenhouse")),
    )
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64")))


# --------------------------------------------------------------------------- 4 Umhlanga Freight, Exchange panel
@mail(N(4), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-03-24T07:30:00Z", end="2026-03-24T09:00:00Z",
      contact="thandiwe.zulu@umhlangafreight.co.za", company="Umhlanga Freight Systems",
      local="Tue 2026-03-24 09:30", local_end="2026-03-24 11:00", zone=SAST,
      note="Exchange meeting request, TZID 'South Africa Standard Time', 09:30-11:00 "
           "(UTC+02:00) Harare, Pretoria = 07:30-09:00Z; windows-1252 text; contact = organiser")
def umhlanga_panel() -> bytes:
    subject = "Panel Interview: Senior Full Stack Developer – Zaid Abrahams"
    tm = teams("umhlanga-panel", "341 882 190 556", "Qe7ZbX", "884 120 37")
    body = t("""
        When: Tuesday, 24 March 2026 09:30-11:00 (UTC+02:00) Harare, Pretoria.
        Where: Microsoft Teams Meeting

        Good day Zaid

        Further to our telephonic conversation this morning, please find the invitation to your panel interview for the position of Senior Full Stack Developer (Ref: UFS-IT-0226).

        The panel will consist of:
        •\tSibusiso Ngcobo – IT Manager
        •\tPriya Govender – Lead Developer
        •\tThandiwe Zulu – HR Business Partner

        Please make sure you are in a quiet space with a stable connection. Should load-shedding affect you on the day, you are welcome to join from your cellphone using the dial-in number below.

        Kind regards

        Thandiwe Zulu
        HR Business Partner
        Umhlanga Freight Systems (Pty) Ltd
        Tel: +27 31 555 0823 | 1 Palm Boulevard, Umhlanga Ridge

        """) + tm
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252"></head>
        <body><div>When: Tuesday, 24 March 2026 09:30-11:00 (UTC+02:00) Harare, Pretoria.<br>Where: Microsoft Teams Meeting</div>
        <p><span style="font-family:Arial">*~*~*~*~*~*~*~*~*~*</span></p>
        <div style="font-family:Arial;font-size:10pt"><p>Good day Zaid</p>
        <p>Further to our telephonic conversation this morning, please find the invitation to your panel interview for the position of Senior Full Stack Developer (Ref: UFS-IT-0226).</p>
        <p>The panel will consist of:</p><ul><li>Sibusiso Ngcobo &#8211; IT Manager</li><li>Priya Govender &#8211; Lead Developer</li><li>Thandiwe Zulu &#8211; HR Business Partner</li></ul>
        <p>Please make sure you are in a quiet space with a stable connection. Should load-shedding affect you on the day, you are welcome to join from your cellphone using the dial-in number below.</p>
        <p>Kind regards</p><p><b>Thandiwe Zulu</b><br>HR Business Partner<br>Umhlanga Freight Systems (Pty) Ltd<br>Tel: +27 31 555 0823 | 1 Palm Boulevard, Umhlanga Ridge</p></div>
        """) + teams_html("umhlanga-panel", "341 882 190 556", "Qe7ZbX") + "</body></html>\n"
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + SA_EXCHANGE_TZ + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Thandiwe Zulu:mailto:thandiwe.zulu@umhlangafreight.co.za
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Zaid Abrahams:mailto:zaid.abrahams@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sibusiso Ngcobo:mailto:sibusiso.ngcobo@umhlangafreight.co.za
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Govender:mailto:priya.govender@umhlangafreight.co.za
        DESCRIPTION;LANGUAGE=en-US:Good day Zaid\n\nFurther to our telephonic conversation this morning\, please find the invitation to your panel interview for the position of Senior Full Stack Developer (Ref: UFS-IT-0226).\n\nKind regards\nThandiwe Zulu\n
        UID:040000008200E00074C5B7101A82E00800000000B0E61C2A8CB6DC01000000000000000010000000F3A71C05D2E8B44C9A0E61F2B7D3C584
        SUMMARY;LANGUAGE=en-US:Panel Interview: Senior Full Stack Developer – Zaid Abrahams
        DTSTART;TZID=South Africa Standard Time:20260324T093000
        DTEND;TZID=South Africa Standard Time:20260324T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260318T093219Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2124418930
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
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
        END:VCALENDAR
        """)
    hs = inbound(
        frm=addr("Thandiwe Zulu", "thandiwe.zulu@umhlangafreight.co.za"), subject=subject,
        when="2026-03-18 11:32:19", zone=SAST,
        msgid="<JNXP275MB1873C0D8A41E6F27B5D39E14B2A09@JNXP275MB1873.ZAFP275.PROD.OUTLOOK.COM>",
        host="ZAF01-JNB-obe.outbound.protection.outlook.com", ip="40.107.196.81",
        extra=exchange_headers(subject, "AQHcuMmSd9k2y3h0XkO7aK5c1pQ3Vg==")
        + (("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAACw5hwqjLbcAQAAAAAAAAAAEAAAAPOnHAXS6LRMmg5h8rfTxYQ="),),
    )
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252"),
                           calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 5 Brightline Ledger, Calendly booking
@mail(N(5), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-03-17T19:00:00Z", end="2026-03-17T19:30:00Z",
      contact="dana.whitfield@brightlineledger.com", company="Brightline Ledger",
      local="Tue 2026-03-17 21:00", local_end="2026-03-17 21:30", zone=SAST,
      note="Calendly invitee confirmation booked from the link in the earlier mail; 21:00-21:30 South "
           "Africa Standard Time = 19:00-19:30Z (15:00 EDT); ICS agrees; contact = host via Reply-To")
def brightline_calendly() -> bytes:
    body = t("""
        Hi Zaid Abrahams,

        Your Intro call – Senior Full-Stack Engineer with Dana Whitfield at 21:00 (South Africa Standard Time) on Tuesday, 17 March 2026 is scheduled.

        Event Type:
        Intro call – Senior Full-Stack Engineer

        Event Date/Time:
        21:00 - 21:30 (South Africa Standard Time) on Tuesday, 17 March 2026

        Location:
        This is a Zoom web conference.
        Join from PC, Mac, iPhone or Android: https://brightlineledger.zoom.us/j/86231145920
        Meeting ID: 862 3114 5920

        Invitee Time Zone:
        South Africa Standard Time

        Questions:
        Please share anything that will help prepare for our meeting.
        I'm currently full-stack at Kraalbyte (React/Node/Postgres). Happy to talk about the reconciliation service I built for our payments team.

        View event in Calendly: https://calendly.com/events/GHKQ4ZB2XL7MMD3R/invitee

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/GHKQ4ZB2XL7MMD3R
        Reschedule: https://calendly.com/reschedulings/GHKQ4ZB2XL7MMD3R

        Powered by Calendly.com
        """)
    page = para_html(body, "font-family:'Proxima Nova',Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a")
    ics = t(r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly 1.0//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20260313T174109Z
        UID:GHKQ4ZB2XL7MMD3R@calendly.com
        DTSTART:20260317T190000Z
        DTEND:20260317T193000Z
        SUMMARY:Intro call – Senior Full-Stack Engineer: Zaid Abrahams and Dana Whitfield
        DESCRIPTION:Event Name: Intro call – Senior Full-Stack Engineer\n\nLocation: https://brightlineledger.zoom.us/j/86231145920\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/GHKQ4ZB2XL7MMD3R\nReschedule: https://calendly.com/reschedulings/GHKQ4ZB2XL7MMD3R\n\nPowered by Calendly.com
        LOCATION:https://brightlineledger.zoom.us/j/86231145920
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@brightlineledger.com
        ATTENDEE;CN=Zaid Abrahams;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:zaid.abrahams@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound(
        frm=addr("Calendly", "notifications@calendly.com"),
        subject="Confirmed: Intro call – Senior Full-Stack Engineer with Dana Whitfield on Tuesday, 17 March 2026",
        when="2026-03-13 17:41:09", zone=UTC,
        msgid="<0100019599ac2e71-8c5b1d07-2f3e-4a61-b7d9-0e6c4a2f9b18-000000@email.amazonses.com>",
        host="a48-112.smtp-out.amazonses.com", ip="54.240.48.112",
        extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@brightlineledger.com")),),
    )
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64")))


# --------------------------------------------------------------------------- 6 Jonkershoek Analytics, Workable
@mail(N(6), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-03-26T08:00:00Z", end="2026-03-26T09:00:00Z",
      contact="annelie.smit@jonkershoek.co.za", company="Jonkershoek Analytics",
      local="Thu 2026-03-26 10:00", local_end="2026-03-26 11:00", zone=SAST,
      note="Workable interview invitation, in person in Stellenbosch, 10:00-11:00 SAST = 08:00-09:00Z; "
           "Reply-To is a Workable relay, contact = the interviewer's own address in her note")
def jonkershoek_workable() -> bytes:
    body = t("""
        Hi Zaid,

        Your interview for the Full Stack Developer (Python/React) position at Jonkershoek Analytics has been scheduled.

        Thursday, March 26, 2026
        10:00 - 11:00 SAST (Africa/Johannesburg)

        In person
        Jonkershoek Analytics, Building 4, Technopark, Stellenbosch

        Interviewers
        Annelie Smit, Dawid Pretorius

        Add to calendar: Google · Outlook · iCal

        A note from Annelie:
        Hi Zaid, we'll meet in the boardroom on the ground floor. Visitor parking is right in front of the building, just tell security at the Technopark gate you're here for Jonkershoek. If the R44 is a mess, send me a mail on annelie.smit@jonkershoek.co.za and we'll wait for you.

        Good luck!
        Jonkershoek Analytics Hiring Team

        --
        Powered by Workable · https://www.workable.com
        You are receiving this email because you applied for a job at Jonkershoek Analytics.
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="background:#f5f6f8;margin:0;padding:24px 0;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#26313b">
        <table align="center" width="560" style="background:#fff;border-radius:6px;padding:32px">
        <tr><td style="font-size:15px">Hi Zaid,</td></tr>
        <tr><td style="font-size:15px;padding:12px 0">Your interview for the <b>Full Stack Developer (Python/React)</b> position at Jonkershoek Analytics has been scheduled.</td></tr>
        <tr><td style="border:1px solid #e3e6ea;border-radius:4px;padding:16px;font-size:15px">
        <div style="font-size:17px;font-weight:600">Thursday, March 26, 2026</div>
        <div>10:00 - 11:00 SAST (Africa/Johannesburg)</div>
        <div style="margin-top:12px;color:#6b7785;font-size:13px;text-transform:uppercase">In person</div>
        <div>Jonkershoek Analytics, Building 4, Technopark, Stellenbosch</div>
        <div style="margin-top:12px;color:#6b7785;font-size:13px;text-transform:uppercase">Interviewers</div>
        <div>Annelie Smit, Dawid Pretorius</div>
        <div style="margin-top:12px;font-size:13px">Add to calendar: <a href="https://apply.workable.com/calendar/google/6c2f91">Google</a> &middot; <a href="https://apply.workable.com/calendar/outlook/6c2f91">Outlook</a> &middot; <a href="https://apply.workable.com/calendar/ical/6c2f91">iCal</a></div>
        </td></tr>
        <tr><td style="font-size:15px;padding-top:16px"><b>A note from Annelie:</b><br>Hi Zaid, we&#39;ll meet in the boardroom on the ground floor. Visitor parking is right in front of the building, just tell security at the Technopark gate you&#39;re here for Jonkershoek. If the R44 is a mess, send me a mail on <a href="mailto:annelie.smit@jonkershoek.co.za">annelie.smit@jonkershoek.co.za</a> and we&#39;ll wait for you.</td></tr>
        <tr><td style="font-size:15px;padding-top:16px">Good luck!<br>Jonkershoek Analytics Hiring Team</td></tr>
        <tr><td style="font-size:12px;color:#8a95a1;padding-top:24px">Powered by <a href="https://www.workable.com">Workable</a><br>You are receiving this email because you applied for a job at Jonkershoek Analytics.</td></tr>
        </table></body></html>
        """)
    hs = inbound(
        frm=addr("Jonkershoek Analytics", "noreply@candidates.workablemail.com"),
        subject="Interview with Jonkershoek Analytics - Full Stack Developer (Python/React)",
        when="2026-03-23 07:58:44", zone=UTC,
        msgid="<6c2f91a4e07b.3b18d2@candidates.workablemail.com>",
        host="o12.candidates.workablemail.com", ip="167.89.101.12",
        extra=(("Reply-To", "jonkershoek-analytics+c8f2e19b7d@candidates.workablemail.com"),),
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 7 Drakenstein Digitaal, Afrikaans
@mail(N(7), family="human_prose", lang="af", interview=True, kind="scheduled",
      start="2026-03-13T09:00:00Z", contact="hennie@drakensteindigitaal.co.za", company="Drakenstein Digitaal",
      local="Fri 2026-03-13 11:00", zone=SAST, days=(("Fri", "2026-03-13"),),
      note="Afrikaans confirmation from the MD, 'Vrydag 13 Maart om 11:00' in Paarl (SAST) = 09:00Z; "
           "'so 'n uur' (about an hour) -> end null; iso-8859-1 quoted-printable")
def drakenstein_af() -> bytes:
    body = t("""
        Goeiemôre Zaid

        Baie dankie vir jou aansoek en vir die lekker gesprek oor die foon gister.

        Ek bevestig graag ons onderhoud: Vrydag 13 Maart om 11:00 by ons kantoor, Hoofstraat 112, Paarl. Dit is 'n informele gesprek met my en Carien (ons tegniese hoof) oor die rol as full-stack ontwikkelaar - reken so 'n uur. Daar is parkering agter die gebou; lui die klokkie by die voordeur.

        Jy hoef niks voor te berei nie, maar bring gerus jou skootrekenaar as jy vir ons iets wil wys waaraan jy gewerk het.

        As iets verander, stuur gerus 'n e-pos of WhatsApp my by 082 555 0134.

        Groete
        Hennie Louw
        Besturende Direkteur
        Drakenstein Digitaal (Edms) Bpk
        Hoofstraat 112, Paarl, 7646
        """)
    hs = inbound(
        frm=addr("Hennie Louw", "hennie@drakensteindigitaal.co.za"),
        subject="Bevestiging: onderhoud Vrydag 13/3 om 11:00",
        when="2026-03-10 08:41:26", zone=SAST,
        msgid="<000d01dcb041$5e2a1b70$1a7e5250$@drakensteindigitaal.co.za>",
        host="mail.drakensteindigitaal.co.za", ip="196.22.132.41",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdywQV4qkx1bGM5uTP2lW7w0wZqJ8A=="),
               ("Content-Language", "af-za")),
    )
    return message(hs, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 8 Grachtwerk, LinkedIn message
@mail(N(8), family="linkedin_message", lang="en", interview=True, kind="scheduled",
      start="2026-04-08T15:00:00Z", end="2026-04-08T15:30:00Z", contact=None, company="Grachtwerk",
      local="Wed 2026-04-08 17:00", local_end="2026-04-08 17:30", zone="Europe/Amsterdam",
      days=(("Wed", "2026-04-08"),),
      note="LinkedIn message notification: hiring manager locks in 'Wed 8 April at 17:00 CEST' (also 17:00 "
           "SAST) = 15:00Z, 'a quick 30 min' -> end 15:30Z; LinkedIn relay only, no human address -> contact null")
def grachtwerk_linkedin() -> bytes:
    body = t("""
        Joost van Dijk
        Engineering Manager at Grachtwerk

        Hi Zaid, thanks for getting back to me so quickly! Wednesday works for me. Let's lock in Wed 8 April at 17:00 CEST, which if I have it right is also 17:00 in Cape Town, handy :) It'll be a quick 30 min chat about the role and the team, nothing technical. I'll put a Google Meet link in here on the day.

        Reply: https://www.linkedin.com/messaging/thread/2-ZTk1OTJmN2QtYjQxMC00YzJmLWE3M2QtNGU2NzlmYzgxYjEyXzAxMA==/

        ----------------------------------------

        This email was intended for Zaid Abrahams (Full Stack Developer at Kraalbyte Solutions)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving LinkedIn notification emails.

        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_email_message_digest
        Help: https://www.linkedin.com/help/linkedin/answer/67

        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f3f2ef">
        <table width="512" align="center" style="background:#fff;font-family:-apple-system,system-ui,'Segoe UI',Roboto,Arial,sans-serif">
        <tr><td style="padding:24px"><img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" width="84"></td></tr>
        <tr><td style="padding:0 24px"><table><tr><td><img src="https://media.licdn.com/dms/image/v2/C4E03AQ/profile-displayphoto-shrink_100_100/0/joost" width="48" style="border-radius:50%"></td>
        <td style="padding-left:12px"><a href="https://www.linkedin.com/comm/in/joostvandijk-em" style="font-size:16px;font-weight:600;color:#000;text-decoration:none">Joost van Dijk</a><br><span style="font-size:14px;color:#666">Engineering Manager at Grachtwerk</span></td></tr></table></td></tr>
        <tr><td style="padding:16px 24px;font-size:16px;color:#1d2226">Hi Zaid, thanks for getting back to me so quickly! Wednesday works for me. Let&#39;s lock in Wed 8 April at 17:00 CEST, which if I have it right is also 17:00 in Cape Town, handy :) It&#39;ll be a quick 30 min chat about the role and the team, nothing technical. I&#39;ll put a Google Meet link in here on the day.</td></tr>
        <tr><td style="padding:8px 24px 24px"><a href="https://www.linkedin.com/messaging/thread/2-ZTk1OTJmN2QtYjQxMC00YzJmLWE3M2QtNGU2NzlmYzgxYjEyXzAxMA==/" style="background:#0a66c2;color:#fff;border-radius:24px;padding:10px 24px;font-size:16px;font-weight:600;text-decoration:none">Reply</a></td></tr>
        <tr><td style="padding:16px 24px;font-size:12px;color:#666;border-top:1px solid #e0dfdc">This email was intended for Zaid Abrahams (Full Stack Developer at Kraalbyte Solutions)<br><a href="https://www.linkedin.com/help/linkedin/answer/4788" style="color:#0a66c2">Learn why we included this.</a><br>&copy; 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
        </table></body></html>
        """)
    hs = inbound(
        frm=addr("Joost van Dijk", "messages-noreply@linkedin.com"),
        subject="Joost just messaged you",
        when="2026-04-04 09:12:51", zone=UTC,
        msgid="<1482706431.9127345.1775293971622@lva1-app41852.prod.linkedin.com>",
        host="mailb-ae.linkedin.com", ip="108.174.3.174",
        extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali>"),
               ("X-LinkedIn-Class", "INMAIL"), ("X-LinkedIn-Template", "email_message_digest_01")),
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 9 Blouberg Mutual, forwarded to self
@mail(N(9), family="forward", lang="en", interview=True, kind="scheduled",
      start="2026-03-30T07:00:00Z", contact="charlene.jacobs@bloubergmutual.co.za", company="Blouberg Mutual Assurance",
      local="Mon 2026-03-30 09:00", zone=SAST, days=(("Mon", "2026-03-30"),),
      note="The candidate forwards, from his old address to this inbox, a formal invitation for Monday 30 "
           "March 2026 at 09h00 (SAST) = 07:00Z; 'approximately 1.5 hours' -> end null; 'kindly confirm' "
           "does not unfix the time; contact = recruiter in the forwarded header")
def blouberg_forward() -> bytes:
    body = t("""
        putting this in the right inbox. bring ID + payslip!! park at the Heerengracht garage, not the street

        ---------- Forwarded message ---------
        From: Charlene Jacobs <charlene.jacobs@bloubergmutual.co.za>
        Date: Wed, 25 Mar 2026 at 15:12
        Subject: Interview: Intermediate Full Stack Developer - Blouberg Mutual
        To: zaid_abrahams88@example.net <zaid_abrahams88@example.net>


        Dear Zaid

        Thank you for your application for the Intermediate Full Stack Developer position (Ref BMA-0412).

        We are pleased to invite you to an interview on Monday, 30 March 2026 at 09h00 at our offices:

        Blouberg Mutual Assurance
        14th Floor, Foreshore Place
        2 Heerengracht, Cape Town

        The interview will take approximately 1.5 hours and will include a short technical assessment on a company laptop. Please bring a copy of your ID and your latest payslip.

        Kindly confirm your attendance by return e-mail.

        Regards

        Charlene Jacobs
        Talent Acquisition Specialist
        Blouberg Mutual Assurance
        021 555 0290

        Blouberg Mutual Assurance Ltd is an authorised financial services provider (FSP 48812).
        """)
    hs = inbound(
        frm=addr("Zaid Abrahams", "zaid_abrahams88@example.net"),
        subject="Fwd: Interview: Intermediate Full Stack Developer - Blouberg Mutual",
        when="2026-03-26 19:03:27", zone=SAST, to=ME,
        msgid="<CAJx8kP2dN0W5v+Qm3fR1TzB7cYhE4sLaG9oU6iK2wXr1nVj@mail.gmail.com>",
        host="mail-wm1-f52.google.com", ip="209.85.128.52",
        extra=(("X-Forwarded-Message-Id", "<AM0PR09MB41568B1E2C3F8D7A0B9E42C5F1D09@AM0PR09MB4156.eurprd09.prod.outlook.com>"),),
    )
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 10 Cobalt Harbor, Lever
@mail(N(10), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-04-14T16:00:00Z", end="2026-04-14T17:00:00Z",
      contact="jess.okafor@cobaltharbor.io", company="Cobalt Harbor",
      local="Tue 2026-04-14 09:00", local_end="2026-04-14 10:00", zone=PT,
      note="Lever confirmation for Tuesday, April 14, 2026 9:00-10:00 AM PDT = 16:00-17:00Z (18:00 SAST); "
           "contact = Reply-To recruiting coordinator")
def cobalt_lever() -> bytes:
    body = t("""
        Hi Zaid,

        Your interview with Cobalt Harbor has been confirmed! Here are the details:

        Position: Senior Software Engineer, Full Stack (Remote - EMEA)
        Date: Tuesday, April 14, 2026
        Time: 9:00 AM - 10:00 AM PDT
        Interviewers: Marcus Lee (Engineering Manager), Ines Duarte (Senior Software Engineer)
        Location: Google Meet - https://meet.google.com/qpr-bnex-hvu

        This is a system design conversation, so there's no coding environment to set up. We'll sketch together on a shared Excalidraw board.

        If you have questions or need to make a change, just reply to this email.

        Thanks,
        Jess Okafor
        Recruiting Coordinator, Cobalt Harbor
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;line-height:1.5">
        <p>Hi Zaid,</p>
        <p>Your interview with Cobalt Harbor has been confirmed! Here are the details:</p>
        <p><strong>Position:</strong> Senior Software Engineer, Full Stack (Remote - EMEA)<br>
        <strong>Date:</strong> Tuesday, April 14, 2026<br>
        <strong>Time:</strong> 9:00 AM - 10:00 AM PDT<br>
        <strong>Interviewers:</strong> Marcus Lee (Engineering Manager), Ines Duarte (Senior Software Engineer)<br>
        <strong>Location:</strong> Google Meet - <a href="https://meet.google.com/qpr-bnex-hvu">https://meet.google.com/qpr-bnex-hvu</a></p>
        <p>This is a system design conversation, so there&#39;s no coding environment to set up. We&#39;ll sketch together on a shared Excalidraw board.</p>
        <p>If you have questions or need to make a change, just reply to this email.</p>
        <p>Thanks,<br>Jess Okafor<br>Recruiting Coordinator, Cobalt Harbor</p>
        <p style="font-size:11px;color:#999">Sent via <a href="https://www.lever.co" style="color:#999">Lever</a></p>
        </body></html>
        """)
    hs = inbound(
        frm=addr("Cobalt Harbor", "no-reply@hire.lever.co"),
        subject="Your interview with Cobalt Harbor is confirmed",
        when="2026-04-08 16:20:33", zone=UTC,
        msgid="<20260408162033.7f3c1e9a2b4d@hire.lever.co>",
        host="o3.hire.lever.co", ip="168.245.12.3",
        extra=(("Reply-To", addr("Jess Okafor", "jess.okafor@cobaltharbor.io")),),
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 11 Wexford & Pike, Exchange, GMT
@mail(N(11), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-02-25T14:00:00Z", end="2026-02-25T14:45:00Z",
      contact="harriet.lowe@wexfordpike.co.uk", company="Wexford & Pike",
      local="Wed 2026-02-25 14:00", local_end="2026-02-25 14:45", zone=UK,
      note="Exchange meeting request, TZID 'GMT Standard Time', 14:00-14:45 in February (GMT) = "
           "14:00-14:45Z; body says 4pm in Cape Town, consistent; contact = organiser")
def wexford_first() -> bytes:
    subject = "Wexford & Pike – First interview (Senior Full-Stack Engineer) – Zaid Abrahams"
    tm = teams("wexford-first", "372 104 559 813", "uN4pR2", "611 904 255", dial="442")
    tm = tm.replace("+27 21 555 0442", "+44 20 3855 0442").replace("South Africa, Cape Town", "United Kingdom, London")
    body = t("""
        When: Wednesday, 25 February 2026 14:00-14:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Zaid,

        As discussed, here's the invite for your first-stage interview with Callum (Engineering Lead) and me. It's 45 minutes and fairly conversational: your background, a walk-through of something you've shipped, and plenty of time for your questions. 2pm here should be 4pm for you in Cape Town.

        Speak Wednesday,
        Harriet

        Harriet Lowe | Senior Talent Partner | Wexford & Pike
        20 Eastcheap, London EC3M 1EB

        """) + tm
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
        <div>When: Wednesday, 25 February 2026 14:00-14:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.<br>Where: Microsoft Teams Meeting</div>
        <p>*~*~*~*~*~*~*~*~*~*</p>
        <div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Hi Zaid,</p>
        <p>As discussed, here&#8217;s the invite for your first-stage interview with Callum (Engineering Lead) and me. It&#8217;s 45 minutes and fairly conversational: your background, a walk-through of something you&#8217;ve shipped, and plenty of time for your questions. 2pm here should be 4pm for you in Cape Town.</p>
        <p>Speak Wednesday,<br>Harriet</p>
        <p style="color:#1F3864">Harriet Lowe | Senior Talent Partner | Wexford &amp; Pike<br>20 Eastcheap, London EC3M 1EB</p></div>
        """) + teams_html("wexford-first", "372 104 559 813", "uN4pR2") + "</body></html>\n"
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Harriet Lowe:mailto:harriet.lowe@wexfordpike.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=zaid.abrahams@example.org:mailto:zaid.abrahams@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Callum Fraser:mailto:callum.fraser@wexfordpike.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Hi Zaid\,\n\nAs discussed\, here's the invite for your first-stage interview with Callum (Engineering Lead) and me. It's 45 minutes and fairly conversational.\n\nSpeak Wednesday\,\nHarriet\n
        UID:040000008200E00074C5B7101A82E00800000000D04F3E7B5AA2DC0100000000000000001000000071C4E2B8A09F3D4BB1E5C62D8A7F3E19
        SUMMARY;LANGUAGE=en-GB:Wexford & Pike – First interview (Senior Full-Stack Engineer) – Zaid Abrahams
        DTSTART;TZID=GMT Standard Time:20260225T140000
        DTEND;TZID=GMT Standard Time:20260225T144500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260220T114703Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:-1198430417
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound(
        frm=addr("Harriet Lowe", "harriet.lowe@wexfordpike.co.uk"), subject=subject,
        when="2026-02-20 11:47:03", zone=UK,
        msgid="<LO4P265MB6218F1A2C93D0E84B7C51A2E9D3B0@LO4P265MB6218.GBRP265.PROD.OUTLOOK.COM>",
        host="GBR01-LO4-obe.outbound.protection.outlook.com", ip="40.107.23.98",
        extra=exchange_headers(subject, "AQHcojBu0cPq4K3T2kqPn8r7b5uVYQ==", lang="en-GB"),
    )
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 12 Highveld Mutual, SmartRecruiters HTML only
@mail(N(12), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-04-09T08:00:00Z", end="2026-04-09T09:00:00Z",
      contact="nomvula.khumalo@highveldmutual.co.za", company="Highveld Mutual",
      local="Thu 2026-04-09 10:00", local_end="2026-04-09 11:00", zone=SAST,
      days=(("Fri", "2026-04-03"), ("Mon", "2026-04-06")),
      note="SmartRecruiters HTML-only (base64) invitation for Thursday, 09 April 2026, 10:00-11:00 "
           "(GMT+02:00) = 08:00-09:00Z; mentions the Easter closure days; contact = recruiter in the body")
def highveld_smartrecruiters() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Interview invitation</title></head>
        <body style="margin:0;background:#eef1f4">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2b2b2b;line-height:1.5">
        <tr><td style="background:#0b3d5c;padding:20px 32px"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/highveldmutual/logo.png" alt="Highveld Mutual" height="36"></td></tr>
        <tr><td style="padding:32px">
        <p>Dear Zaid,</p>
        <p>Thank you for completing the technical assessment. We are pleased to invite you to an interview for the position of <strong>Full Stack Developer (Java/Angular) &ndash; Digital Channels</strong>.</p>
        <table role="presentation" cellpadding="6" style="background:#f6f8fa;border-left:4px solid #0b3d5c;margin:16px 0">
        <tr><td><strong>Date:</strong></td><td>Thursday, 09 April 2026</td></tr>
        <tr><td><strong>Time:</strong></td><td>10:00 &ndash; 11:00 (GMT+02:00) Johannesburg</td></tr>
        <tr><td><strong>Format:</strong></td><td>Microsoft Teams (link below)</td></tr>
        <tr><td><strong>Panel:</strong></td><td>Kabelo Sithole (Development Manager), Nomvula Khumalo (Talent Acquisition)</td></tr>
        </table>
        <p>Please note that our offices are closed on Friday, 3 April and Monday, 6 April for the Easter weekend. Should you have any questions before the interview, contact Nomvula Khumalo at <a href="mailto:nomvula.khumalo@highveldmutual.co.za">nomvula.khumalo@highveldmutual.co.za</a>.</p>
        <p style="text-align:center;margin:28px 0"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWFkYjQ3ZTctNjQ0Zi00N2RlLWI1ZTUtMTZhYzE2NjMxMTRk%40thread.v2/0" style="background:#0b3d5c;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Join Microsoft Teams Meeting</a></p>
        <p>Kind regards,<br>Highveld Mutual Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#8a8f96;border-top:1px solid #e3e6ea">Highveld Mutual Limited is a licensed financial services provider. This message was sent to zaid.abrahams@example.org via SmartRecruiters. <a href="https://www.smartrecruiters.com/privacy-policy" style="color:#8a8f96">Privacy Policy</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = inbound(
        frm=addr("Highveld Mutual", "no-reply@smartrecruiters.com"),
        subject="Interview Invitation - Full Stack Developer (Java/Angular) - Digital Channels",
        when="2026-04-02 11:30:18", zone=UTC,
        msgid="<0102019d4e2b71c8-5a7e3c19-8d2f-4b60-a1e9-7c3f52b0d8e4-000000@eu-west-1.amazonses.com>",
        host="a7-19.smtp-out.eu-west-1.amazonses.com", ip="54.240.7.19",
        extra=(("X-SR-Template", "interview-invitation"),),
    )
    return message(hs, html(page, cte="base64"))


# --------------------------------------------------------------------------- 13 Kiezbyte, reply on top of the thread
@mail(N(13), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-03-05T15:00:00Z", end="2026-03-05T16:00:00Z", contact="jonas@kiezbyte.de",
      company="Kiezbyte GmbH", local="Thu 2026-03-05 16:00", local_end="2026-03-05 17:00", zone=CET,
      days=(("Wed", "2026-03-04"), ("Thu", "2026-03-05"), ("Sat", "2026-02-28"), ("Fri", "2026-02-27")),
      note="Berlin hiring manager replies on top of the thread: 'Thursday it is: 16:00 CET, so 17:00 for "
           "you' = 15:00Z; '60 minutes' -> end 16:00Z; the quoted proposal had two options")
def kiezbyte_confirm() -> bytes:
    body = t("""
        Hi Zaid,

        great, Thursday it is: 16:00 CET, so 17:00 for you if I counted right. I've sent a calendar invite from my Google account with the Meet link. It will be me and Mira (our frontend lead), 60 minutes: half getting to know each other, half looking at a small PR together.

        Bis Donnerstag!
        Jonas

        On Sat, 28 Feb 2026 at 12:40, Zaid Abrahams <zaid.abrahams@example.org> wrote:
        > Hi Jonas,
        >
        > Thanks for getting back to me. Thursday 5 March at 16:00 CET suits me best.
        >
        > Kind regards
        > Zaid
        >
        > On Fri, 27 Feb 2026 at 18:20, Jonas Albrecht <jonas@kiezbyte.de> wrote:
        >> Hi Zaid,
        >>
        >> thanks for your application for the Full-Stack Engineer role. We'd like to invite you to a first conversation. Would one of these work for you?
        >>
        >> - Wednesday, 4 March, 15:00 CET
        >> - Thursday, 5 March, 16:00 CET
        >>
        >> Both are Berlin time; I believe you are one hour ahead of us.
        >>
        >> Best,
        >> Jonas
        >>
        >> --
        >> Jonas Albrecht · Head of Engineering
        >> Kiezbyte GmbH · Oranienstraße 183 · 10999 Berlin
        """)
    hs = inbound(
        frm=addr("Jonas Albrecht", "jonas@kiezbyte.de"),
        subject="Re: Kiezbyte – Full-Stack role, next step",
        when="2026-03-02 09:30:55", zone=CET,
        msgid="<CAF3qX0vR7n5cT_k2mYb8LwP1h+ZeQ6dS4uJ9gA0xNi3oK7fWt@mail.gmail.com>",
        host="mail-ej1-f44.google.com", ip="209.85.218.44",
        extra=(("In-Reply-To", "<CAJx8kP0aL3mQy7Rn_4vTz2wB9cX1eHf5sDg8oU2iK6pVr3Nb@mail.gmail.com>"),
               ("References", "<CAF3qX0sW2e8kN1rT5bYm7LhP4vZcQ0dR9uJ3gA6xMi1oK8fUt@mail.gmail.com>\r\n"
                              " <CAJx8kP0aL3mQy7Rn_4vTz2wB9cX1eHf5sDg8oU2iK6pVr3Nb@mail.gmail.com>")),
    )
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 14 Quarryline, US hiring manager
@mail(N(14), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-03-09T17:00:00Z", end="2026-03-09T17:45:00Z", contact="rob@quarryline.com",
      company="Quarryline", local="Mon 2026-03-09 13:00", local_end="2026-03-09 13:45", zone=ET,
      days=(("Mon", "2026-03-09"),),
      note="Sent Thu 5 March (EST) for 'Monday the 9th at 1pm Eastern' - US daylight time starts 8 March, "
           "so 13:00 EDT = 17:00Z (19:00 SAST); 'plan on 45 minutes' -> end 17:45Z")
def quarryline_confirm() -> bytes:
    body = t("""
        Hey Zaid,

        Monday works great. Let's do 1pm Eastern on Monday the 9th. I know that's evening for you, so thanks for making it work. I'll send a Zoom invite shortly, plan on 45 minutes.

        talk then,
        Rob

        --
        Rob Castellano
        Head of Engineering, Quarryline
        quarryline.com

        On Thu, Mar 5, 2026 at 9:58 AM Zaid Abrahams <zaid.abrahams@example.org> wrote:
        > Hi Rob,
        >
        > Thanks for reaching out, the role sounds great. I could do Monday or Tuesday next week, any time after 6pm SA time works for me.
        >
        > Regards,
        > Zaid
        """)
    hs = inbound(
        frm=addr("Rob Castellano", "rob@quarryline.com"), subject="Re: Quarryline - intro chat",
        when="2026-03-05 14:10:22", zone=ET,
        msgid="<CAN8bLq4rT0vX_3yWmK9pZ2eH7cQ1sDf6uJ5gA8oNi4kV0bRw@mail.gmail.com>",
        host="mail-yw1-f171.google.com", ip="209.85.128.171",
        extra=(("In-Reply-To", "<CAJx8kP7cT1nWq5Mv_8rYb3zL0hE2sGf9uD4oA1iK5xPn6Rt@mail.gmail.com>"),
               ("References", "<CAJx8kP7cT1nWq5Mv_8rYb3zL0hE2sGf9uD4oA1iK5xPn6Rt@mail.gmail.com>")),
    )
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


# --------------------------------------------------------------------------- 15 Fjällkod, Teamtailor
@mail(N(15), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start="2026-03-31T08:00:00Z", end="2026-03-31T08:45:00Z", contact="linnea.berg@fjallkod.se",
      company="Fjällkod AB", local="Tue 2026-03-31 10:00", local_end="2026-03-31 10:45", zone="Europe/Stockholm",
      note="Teamtailor booking sent 25 March (CET) for Tuesday 31 March 10:00-10:45 Europe/Stockholm, "
           "after the switch to CEST on 29 March = 08:00-08:45Z (10:00 SAST); ICS TZID agrees; contact = Reply-To")
def fjallkod_teamtailor() -> bytes:
    body = t("""
        Hi Zaid!

        Your interview is booked. We look forward to meeting you!

        Fullstack Developer (Remote, EU time zones)
        Tuesday 31 March 2026, 10:00 - 10:45 (Europe/Stockholm)

        Video meeting: https://meet.google.com/sxo-tjdk-wfa
        With: Linnea Berg, Erik Sandström

        Need to change something? Just reply to this email and we'll help you out.

        Best regards,
        Linnea
        Fjällkod AB

        ---
        Sent with Teamtailor · https://www.teamtailor.com
        Manage your data: https://fjallkod.teamtailor.com/connect/privacy
        """)
    page = para_html(body, "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:15px;color:#17171a")
    ics = t(r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Stockholm"] + "\n" + t(r"""
        BEGIN:VEVENT
        UID:tt-interview-3318207@teamtailor.com
        DTSTAMP:20260325T131809Z
        DTSTART;TZID=Europe/Stockholm:20260331T100000
        DTEND;TZID=Europe/Stockholm:20260331T104500
        SUMMARY:Interview: Zaid Abrahams – Fullstack Developer (Fjällkod)
        DESCRIPTION:Video meeting: https://meet.google.com/sxo-tjdk-wfa
        LOCATION:https://meet.google.com/sxo-tjdk-wfa
        ORGANIZER;CN=Linnea Berg:mailto:linnea.berg@fjallkod.se
        ATTENDEE;CN=Zaid Abrahams;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:zaid.abrahams@example.org
        ATTENDEE;CN=Erik Sandström;ROLE=REQ-PARTICIPANT:mailto:erik.sandstrom@fjallkod.se
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound(
        frm=addr("Fjällkod AB", "no-reply@teamtailor-mail.com"),
        subject="Interview booked: Fullstack Developer at Fjällkod",
        when="2026-03-25 14:18:09", zone="Europe/Stockholm",
        msgid="<67e2b5b1c3a4f_2b7f3fd8a9c4c1e0438a1@teamtailor-mail.com>",
        host="mail-18.teamtailor-mail.com", ip="159.112.242.18",
        extra=(("Reply-To", addr("Linnea Berg", "linnea.berg@fjallkod.se")),),
    )
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment",
                                      cte="base64")))


# --------------------------------------------------------------------------- 16 Roux Digital, HTML-only itinerary
@mail(N(16), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-04-15T07:00:00Z", end="2026-04-15T09:45:00Z", contact="aisha@rouxdigital.co.za",
      company="Roux Digital", local="Wed 2026-04-15 09:00", local_end="2026-04-15 11:45", zone=SAST,
      days=(("Wed", "2026-04-15"),),
      note="HTML-only (Apple Mail, base64) on-site itinerary, three sessions 09:00-11:45 SAST = "
           "07:00-09:45Z; start = first session (the 08:45 arrival is not a session), end = last session end")
def roux_itinerary() -> bytes:
    page = t("""
        <html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"><div style="font-family: Helvetica; font-size: 14px;">Hi Zaid,</div>
        <div style="font-family: Helvetica; font-size: 14px;"><br></div>
        <div style="font-family: Helvetica; font-size: 14px;">Lovely chatting on Tuesday. As promised, here’s the plan for your on-site at our Woodstock studio (Unit 12, Albert Road Studios, 130 Albert Road).</div>
        <div style="font-family: Helvetica; font-size: 14px;"><br></div>
        <div style="font-family: Helvetica; font-size: 14px;"><b>Wednesday, 15 April</b></div>
        <table style="font-family: Helvetica; font-size: 14px; border-collapse: collapse;" cellpadding="4">
        <tr><td>08:45</td><td>Arrive, coffee, say hi to the team</td></tr>
        <tr><td>09:00 – 09:45</td><td>Technical deep-dive with Thabo &amp; Liesl</td></tr>
        <tr><td>10:00 – 11:00</td><td>Pairing session (bring your laptop, we’ll work on a real ticket)</td></tr>
        <tr><td>11:15 – 11:45</td><td>Chat with Gareth, our CTO</td></tr>
        </table>
        <div style="font-family: Helvetica; font-size: 14px;"><br></div>
        <div style="font-family: Helvetica; font-size: 14px;">We’ve got solar and batteries, so load-shedding won’t interrupt anything. Parking is on Albert Road or in the secure lot behind the building – just give the guard my name.</div>
        <div style="font-family: Helvetica; font-size: 14px;"><br></div>
        <div style="font-family: Helvetica; font-size: 14px;">See you then!</div>
        <div style="font-family: Helvetica; font-size: 14px;">Aisha</div>
        <div style="font-family: Helvetica; font-size: 14px;"><br></div>
        <div style="font-family: Helvetica; font-size: 12px; color: rgb(120, 120, 120);">Aisha Davids<br>People &amp; Ops, Roux Digital<br>+27 21 555 0716</div>
        </body></html>
        """)
    hs = inbound(
        frm=addr("Aisha Davids", "aisha@rouxdigital.co.za"),
        subject="Your on-site with us on Wednesday 15 April",
        when="2026-04-09 15:40:02", zone=SAST,
        msgid="<8E1B6C2D-4F3A-4B9E-A7D5-2C0F91E3B6A8@rouxdigital.co.za>",
        host="mail-pj1-f49.google.com", ip="209.85.216.49",
        extra=(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    )
    return message(hs, html(page, cte="base64"))


# --------------------------------------------------------------------------- 17 agency recruiter moves Marula Pay (load-shedding)
@mail(N(17), family="agency_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-03-20T08:00:00Z", contact="bianca.naidoo@jacarandatalent.co.za", company="Marula Pay",
      local="Fri 2026-03-20 10:00", zone=SAST, days=(("Fri", "2026-03-20"), ("Mon", "2026-03-16")),
      note="Recruiter's short Outlook reply: client's office on stage 6 load-shedding 'tmrw' (Thu 19), "
           "interview moved to 'Fri 20/3 at 10h00' (SAST) = 08:00Z, confirmed on the candidate's behalf; "
           "old time only in the quoted thread; no length -> end null")
def marula_moved() -> bytes:
    body = t("""
        Hi Z

        Eskom strikes again 🙄 Marula's office in Rosebank is on stage 6 tmrw 14:00-16:30 and their backup power doesn't cover the boardroom, so Olwethu asked to move.

        New time: Fri 20/3 at 10h00. Same Teams link, they'll update the invite just now. You said on Monday mornings are fine for you, so I've confirmed - lmk asap if that's a problem.

        Sorry for the shuffle!
        B

        Bianca Naidoo
        Senior Tech Recruiter | Jacaranda Talent Partners
        +27 82 555 4410

        ________________________________
        From: Zaid Abrahams <zaid.abrahams@example.org>
        Sent: Monday, 16 March 2026 10:02
        To: Bianca Naidoo <bianca.naidoo@jacarandatalent.co.za>
        Subject: Re: Marula Pay - interview confirmed Thurs 19/3

        Hi Bianca, Thursday 14h00 is perfect, thanks so much! Mornings are generally easier for me if anything ever needs to move.
        Zaid

        ________________________________
        From: Bianca Naidoo <bianca.naidoo@jacarandatalent.co.za>
        Sent: Monday, 16 March 2026 09:14
        To: Zaid Abrahams <zaid.abrahams@example.org>
        Subject: Marula Pay - interview confirmed Thurs 19/3

        Hi Zaid

        Hope you had a lekker weekend.

        Good news – Marula Pay would like to meet you! I've confirmed with them for Thurs 19/3 at 14h00. It'll be a Teams call with Olwethu Mthembu (Head of Engineering) and one of their senior devs, probably about an hour.
        """)
    subject = "RE: Marula Pay - interview confirmed Thurs 19/3"
    hs = inbound(
        frm=addr("Bianca Naidoo", "bianca.naidoo@jacarandatalent.co.za"), subject=subject,
        when="2026-03-18 16:47:30", zone=SAST,
        msgid="<JN2P275MB0412E81B4D0A9C3F7E25B6C1A8D04@JN2P275MB0412.ZAFP275.PROD.OUTLOOK.COM>",
        host="ZAF01-JNB-obe.outbound.protection.outlook.com", ip="40.107.196.57",
        extra=exchange_headers(subject, "AdtVEk2n4r1bq0xSQmWkY2Q8TcV1RwAAe5Rg")
        + (("In-Reply-To", "<CAJx8kP3mB7vQx2Lr_9nWc4tY1hE0sKf8uD5oA2iG6zPn1Ru@mail.gmail.com>"),),
    )
    return message(hs, text(body))


# --------------------------------------------------------------------------- 18 Kloofnek Labs, Google Calendar update
@mail(N(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-04-17T13:00:00Z", end="2026-04-17T13:45:00Z",
      contact="megan.hendricks@kloofneklabs.co.za", company="Kloofnek Labs",
      local="Fri 2026-04-17 15:00", local_end="2026-04-17 15:45", zone=SAST,
      note="Google Calendar 'Updated invitation': culture chat moved from Thu 16 April 14:00 to Fri 17 April "
           "15:00-15:45 SAST = 13:00-13:45Z; ICS SEQUENCE:1 in UTC agrees; contact = organiser")
def kloofnek_updated() -> bytes:
    eid = "MTRrOGNmcjNoMmw5dmEwbzVqdGU3cXduYjQgemFpZC5hYnJhaGFtc0BleGFtcGxlLm9yZw"
    title = "Culture chat – Zaid Abrahams"
    body = t(f"""
        This event has been updated
        Changed: time

        {title}
        Friday 17 April 2026 ⋅ 15:00 – 15:45 (Changed)
        South Africa Standard Time

        Final step! 45 min with Sizwe (co-founder) and Jade from product, at the office: 38 Kloofnek Road, Gardens. Ring "Kloofnek Labs" at the gate. Moved to Friday because Sizwe is flying back from Joburg on Thursday.

        Location
        Kloofnek Labs, 38 Kloofnek Road, Gardens, Cape Town, 8001
        https://www.google.com/maps/search/38+Kloofnek+Road,+Gardens,+Cape+Town

        Organiser
        Megan Hendricks
        megan.hendricks@kloofneklabs.co.za

        Guests
        Megan Hendricks - organiser
        Sizwe Mabuza
        Jade Williams
        zaid.abrahams@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjYj&ctz=Africa%2FJohannesburg&hl=en_GB&es=0

        """) + google_footer(eid)
    page = t(f"""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0"><table role="presentation" style="width:100%;max-width:600px;font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <tr><td style="font-size:14px;padding-bottom:8px;color:#d93025">This event has been updated<br>Changed: time</td></tr>
        <tr><td><h2 style="font-size:22px;font-weight:400;margin:0 0 8px">{title}</h2></td></tr>
        <tr><td style="font-size:14px;padding-bottom:12px"><span style="background:#fce8e6">Friday 17 April 2026 &#8901; 15:00 &ndash; 15:45</span> (Changed)<br><span style="color:#70757a">South Africa Standard Time</span></td></tr>
        <tr><td style="font-size:14px;padding-bottom:16px">Final step! 45 min with Sizwe (co-founder) and Jade from product, at the office: 38 Kloofnek Road, Gardens. Ring &quot;Kloofnek Labs&quot; at the gate. Moved to Friday because Sizwe is flying back from Joburg on Thursday.</td></tr>
        <tr><td style="font-size:14px;padding-bottom:12px"><b>Location</b><br>Kloofnek Labs, 38 Kloofnek Road, Gardens, Cape Town, 8001</td></tr>
        <tr><td style="font-size:14px;padding-bottom:12px"><b>Organiser</b><br>Megan Hendricks<br>megan.hendricks@kloofneklabs.co.za</td></tr>
        <tr><td style="font-size:14px;padding-bottom:12px"><b>Guests</b><br>Megan Hendricks &ndash; organiser<br>Sizwe Mabuza<br>Jade Williams<br>zaid.abrahams@example.org</td></tr>
        <tr><td style="font-size:12px;color:#70757a;border-top:1px solid #dadce0;padding-top:12px">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></td></tr>
        </table></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260417T130000Z
        DTEND:20260417T134500Z
        DTSTAMP:20260413T081533Z
        ORGANIZER;CN=Megan Hendricks:mailto:megan.hendricks@kloofneklabs.co.za
        UID:14k8cfr3h2l9va0o5jte7qwnb4@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Megan Hendricks;X-NUM-GUESTS=0:mailto:megan.hendricks@kloofneklabs.co.za
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sizwe Mabuza;X-NUM-GUESTS=0:mailto:sizwe@kloofneklabs.co.za
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jade Williams;X-NUM-GUESTS=0:mailto:jade.williams@kloofneklabs.co.za
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=zaid.abrahams@example.org;X-NUM-GUESTS=0:mailto:zaid.abrahams@example.org
        CREATED:20260408T093012Z
        DESCRIPTION:Final step! 45 min with Sizwe (co-founder) and Jade from product\, at the office: 38 Kloofnek Road\, Gardens. Ring "Kloofnek Labs" at the gate. Moved to Friday because Sizwe is flying back from Joburg on Thursday.
        LAST-MODIFIED:20260413T081533Z
        LOCATION:Kloofnek Labs\, 38 Kloofnek Road\, Gardens\, Cape Town\, 8001
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Culture chat – Zaid Abrahams
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound(
        frm=addr("Megan Hendricks", "megan.hendricks@kloofneklabs.co.za"),
        subject=f"Updated invitation: {title} @ Fri 17 Apr 2026 15:00 - 15:45 (SAST) ({ME})",
        when="2026-04-13 08:15:33", zone=UTC,
        msgid="<calendar-c0a4e9b2-77d1-4f8e-b3a6-91e5d2f07c48@google.com>",
        host="mail-sor-f73.google.com", ip="209.85.220.73",
        pre=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),),
        extra=(("Reply-To", addr("Megan Hendricks", "megan.hendricks@kloofneklabs.co.za")),),
    )
    inner = alt(text(body, cte="base64", params="format=flowed; delsp=yes"), html(page),
                calendar(ics, cte="base64"))
    return message(hs, mixed(inner, calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                             disposition="attachment", cte="base64", name_param=True)))


# --------------------------------------------------------------------------- 19 Wexford & Pike, Exchange update across BST
@mail(N(19), family="exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-04-07T10:00:00Z", end="2026-04-07T11:30:00Z",
      contact="harriet.lowe@wexfordpike.co.uk", company="Wexford & Pike",
      local="Tue 2026-04-07 11:00", local_end="2026-04-07 12:30", zone=UK,
      days=(("Thu", "2026-04-02"), ("Tue", "2026-04-07")),
      note="Exchange update (SEQUENCE:1): final moved from Thu 2 April to Tue 7 April 11:00-12:30 UK time "
           "(BST) = 10:00-11:30Z; Outlook's 'When:' line still says (UTC+00:00) London, the ICS "
           "TZID 'GMT Standard Time' resolves to BST; body says 12:00-13:30 for SA, consistent")
def wexford_final_moved() -> bytes:
    subject = "Wexford & Pike – Final interview – Zaid Abrahams"
    tm = teams("wexford-final", "318 667 402 091", "Hb3sK8", "204 518 773", dial="442")
    tm = tm.replace("+27 21 555 0442", "+44 20 3855 0442").replace("South Africa, Cape Town", "United Kingdom, London")
    body = t("""
        When: Tuesday, 7 April 2026 11:00-12:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Zaid,

        Apologies for the change – Callum is now away on Thursday, so I've moved your final interview from Thursday 2 April to Tuesday 7 April (Monday's a bank holiday here). It's now 11:00–12:30 UK time, which should be 12:00–13:30 for you. Same format as we discussed: 45 mins system design with Callum and Anjali, a short break, then 30 mins with our CTO, Rupert.

        The Teams link below is unchanged.

        Thanks for bearing with us,
        Harriet

        """) + tm
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
        <div>When: Tuesday, 7 April 2026 11:00-12:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.<br>Where: Microsoft Teams Meeting</div>
        <p>*~*~*~*~*~*~*~*~*~*</p>
        <div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Hi Zaid,</p>
        <p>Apologies for the change &#8211; Callum is now away on Thursday, so I&#8217;ve moved your final interview from Thursday 2 April to Tuesday 7 April (Monday&#8217;s a bank holiday here). It&#8217;s now 11:00&#8211;12:30 UK time, which should be 12:00&#8211;13:30 for you. Same format as we discussed: 45 mins system design with Callum and Anjali, a short break, then 30 mins with our CTO, Rupert.</p>
        <p>The Teams link below is unchanged.</p>
        <p>Thanks for bearing with us,<br>Harriet</p></div>
        """) + teams_html("wexford-final", "318 667 402 091", "Hb3sK8") + "</body></html>\n"
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Harriet Lowe:mailto:harriet.lowe@wexfordpike.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=zaid.abrahams@example.org:mailto:zaid.abrahams@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Callum Fraser:mailto:callum.fraser@wexfordpike.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anjali Mehta:mailto:anjali.mehta@wexfordpike.co.uk
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rupert Hale:mailto:rupert.hale@wexfordpike.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Hi Zaid\,\n\nApologies for the change – Callum is now away on Thursday\, so I've moved your final interview from Thursday 2 April to Tuesday 7 April.\n\nThanks for bearing with us\,\nHarriet\n
        UID:040000008200E00074C5B7101A82E008000000004A2C9D18F6BBDC0100000000000000001000000083E1B0C7D94A6E45A2F18C3D7B0E9F52
        SUMMARY;LANGUAGE=en-GB:Wexford & Pike – Final interview – Zaid Abrahams
        DTSTART;TZID=GMT Standard Time:20260407T110000
        DTEND;TZID=GMT Standard Time:20260407T123000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260330T080540Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1198430377
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound(
        frm=addr("Harriet Lowe", "harriet.lowe@wexfordpike.co.uk"), subject=subject,
        when="2026-03-30 09:05:40", zone=UK,
        msgid="<LO4P265MB6218A07C3E91B2D45F8E0C7B6A1D2@LO4P265MB6218.GBRP265.PROD.OUTLOOK.COM>",
        host="GBR01-LO4-obe.outbound.protection.outlook.com", ip="40.107.23.104",
        extra=exchange_headers(subject, "AQHcwB3f8vK1pQ2oR0mZ9s4T7yX3Ug==", lang="en-GB"),
    )
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 20 Kwezi Financial Services, SuccessFactors reschedule
@mail(N(20), family="successfactors", lang="en", interview=True, kind="rescheduled",
      start="2026-04-21T12:00:00Z", end="2026-04-21T13:00:00Z",
      contact="palesa.mokoena@kwezifs.co.za", company="Kwezi Financial Services",
      local="Tue 2026-04-21 14:00", local_end="2026-04-21 15:00", zone=SAST,
      note="SuccessFactors 'Interview Rescheduled' with day-first dates: previous 20/04/2026 09:00, new "
           "21/04/2026 14:00-15:00 (GMT+02:00) = 12:00-13:00Z; ICS SEQUENCE:1 in UTC agrees; "
           "no-reply sender, contact = recruiter address in the body")
def kwezi_successfactors() -> bytes:
    body = t("""
        Dear Zaid Abrahams,

        Please note that your interview for the position Intermediate Full Stack Developer (Requisition ID 10482) has been rescheduled.

        Previous date and time: 20/04/2026 09:00 - 10:00 (GMT+02:00) South Africa Standard Time
        New date and time: 21/04/2026 14:00 - 15:00 (GMT+02:00) South Africa Standard Time

        Location: Microsoft Teams (the joining link is included in the attached calendar invitation)
        Interviewer(s): Johan Viljoen; Palesa Mokoena

        Please accept the attached calendar invitation. Should you have any queries, please contact Palesa Mokoena (palesa.mokoena@kwezifs.co.za).

        Kind regards,
        Kwezi Financial Services Talent Acquisition

        This is a system-generated e-mail. Please do not reply to this message.
        """)
    page = para_html(body, "font-family:Arial,sans-serif;font-size:10pt;color:#000")
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//SuccessFactors//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:SFIS-10482-77120934@successfactors.eu
        DTSTAMP:20260415T124410Z
        DTSTART:20260421T120000Z
        DTEND:20260421T130000Z
        SEQUENCE:1
        SUMMARY:Interview: Intermediate Full Stack Developer (10482) - Zaid Abrahams
        DESCRIPTION:Interviewer(s): Johan Viljoen\; Palesa Mokoena\nJoin Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjY3YjAtZDM3Mi00MzFhLWI4YzMtZGE2NWI0ZjVhOTEw%40thread.v2/0
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Palesa Mokoena:mailto:palesa.mokoena@kwezifs.co.za
        ATTENDEE;CN=Zaid Abrahams;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:zaid.abrahams@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound(
        frm=addr("Kwezi Financial Services Careers", "no-reply@successfactors.eu"),
        subject="Interview Rescheduled – Intermediate Full Stack Developer (Requisition ID 10482)",
        when="2026-04-15 12:44:10", zone=UTC,
        msgid="<1776257050112.44871.SFIS.JavaMail.sfadmin@pmsb12.successfactors.eu>",
        host="mail2.successfactors.eu", ip="155.56.211.82",
    )
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", filename="Interview.ics", disposition="attachment",
                                      cte="base64")))


# --------------------------------------------------------------------------- 21 Jozi Ledger, Google Calendar cancellation
@mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-04-22T11:00:00Z", end="2026-04-22T12:00:00Z",
      contact="kagiso@jozi-ledger.co.za", company="Jozi Ledger",
      local="Wed 2026-04-22 13:00", local_end="2026-04-22 14:00", zone=SAST,
      note="Google Calendar 'Cancelled event with note' (METHOD:CANCEL): technical interview Wed 22 April "
           "13:00-14:00 SAST = 11:00-12:00Z, hire paused; contact = organiser")
def jozi_cancelled() -> bytes:
    title = "Technical interview – Zaid Abrahams"
    body = t(f"""
        Kagiso Molefe has cancelled this event with a note:
        "Hi Zaid, really sorry about this. We've had to pause the hire after our funding round got pushed out. I'll reach out if it opens up again."

        {title}
        Wednesday 22 April 2026 ⋅ 13:00 – 14:00
        South Africa Standard Time

        Organiser
        Kagiso Molefe
        kagiso@jozi-ledger.co.za

        Guests
        Kagiso Molefe - organiser
        Refilwe Dlamini
        zaid.abrahams@example.org

        This event has been cancelled and removed from your calendar.

        ~~//~~
        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP.

        Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t(f"""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table role="presentation" style="width:100%;max-width:600px;font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <tr><td style="font-size:14px;padding-bottom:12px">Kagiso Molefe has cancelled this event with a note:<br><i>&quot;Hi Zaid, really sorry about this. We&#39;ve had to pause the hire after our funding round got pushed out. I&#39;ll reach out if it opens up again.&quot;</i></td></tr>
        <tr><td><h2 style="font-size:22px;font-weight:400;margin:0 0 8px;text-decoration:line-through">{title}</h2></td></tr>
        <tr><td style="font-size:14px;padding-bottom:12px">Wednesday 22 April 2026 &#8901; 13:00 &ndash; 14:00<br><span style="color:#70757a">South Africa Standard Time</span></td></tr>
        <tr><td style="font-size:14px;padding-bottom:12px"><b>Organiser</b><br>Kagiso Molefe<br>kagiso@jozi-ledger.co.za</td></tr>
        <tr><td style="font-size:14px;padding-bottom:12px"><b>Guests</b><br>Kagiso Molefe &ndash; organiser<br>Refilwe Dlamini<br>zaid.abrahams@example.org</td></tr>
        <tr><td style="font-size:14px;padding-bottom:12px">This event has been cancelled and removed from your calendar.</td></tr>
        <tr><td style="font-size:12px;color:#70757a;border-top:1px solid #dadce0;padding-top:12px">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></td></tr>
        </table></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20260422T110000Z
        DTEND:20260422T120000Z
        DTSTAMP:20260420T070211Z
        ORGANIZER;CN=Kagiso Molefe:mailto:kagiso@jozi-ledger.co.za
        UID:7d4r0n3hq9b5ek1vf8m2s6lca0@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kagiso Molefe;X-NUM-GUESTS=0:mailto:kagiso@jozi-ledger.co.za
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Refilwe Dlamini;X-NUM-GUESTS=0:mailto:refilwe@jozi-ledger.co.za
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=zaid.abrahams@example.org;X-NUM-GUESTS=0:mailto:zaid.abrahams@example.org
        CREATED:20260414T102233Z
        DESCRIPTION:Live coding + architecture chat. Meet link below.\n\nJoin with Google Meet: https://meet.google.com/ybn-kqrw-zhd
        LAST-MODIFIED:20260420T070211Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Technical interview – Zaid Abrahams
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound(
        frm=addr("Kagiso Molefe", "kagiso@jozi-ledger.co.za"),
        subject=f"Cancelled event with note: {title} @ Wed 22 Apr 2026 13:00 - 14:00 (SAST) ({ME})",
        when="2026-04-20 07:02:11", zone=UTC,
        msgid="<calendar-9b3e1f07-c2d8-4a6b-8e15-f0a7d3c2b961@google.com>",
        host="mail-sor-f69.google.com", ip="209.85.220.69",
        pre=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),),
        extra=(("Reply-To", addr("Kagiso Molefe", "kagiso@jozi-ledger.co.za")),),
    )
    inner = alt(text(body, cte="base64", params="format=flowed; delsp=yes"), html(page),
                calendar(ics, method="CANCEL", cte="base64"))
    return message(hs, mixed(inner, calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                             disposition="attachment", cte="base64", name_param=True)))


# --------------------------------------------------------------------------- 22 Quarryline cancels the second round
@mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-04-02T17:00:00Z", contact="rob@quarryline.com", company="Quarryline",
      local="Thu 2026-04-02 13:00", zone=ET, days=(("Thu", "2026-04-02"),),
      note="US hiring manager cancels 'Thursday's session with our CTO (Apr 2, 1pm ET / 7pm your time)': "
           "13:00 EDT = 17:00Z = 19:00 SAST, consistent; hiring freeze; no length -> end null")
def quarryline_cancel() -> bytes:
    body = t("""
        Hi Zaid,

        I hate sending this one. We're going to have to cancel Thursday's session with our CTO (Apr 2, 1pm ET / 7pm your time). As of this morning all engineering hiring is on hold for Q2 while we sort out some budget stuff, and I didn't want you to find out from a calendar notification.

        This isn't about you at all. The team really liked you after the first round, and if the req opens back up you'll be the first person I call.

        Sorry again,
        Rob

        --
        Rob Castellano
        Head of Engineering, Quarryline
        """)
    hs = inbound(
        frm=addr("Rob Castellano", "rob@quarryline.com"), subject="Quarryline - Thursday",
        when="2026-03-30 10:02:48", zone=ET,
        msgid="<CAN8bLq7vE2nR_5kXmT0pY3wH9cB1sDf4uJ8gA6oNi2kV7bQx@mail.gmail.com>",
        host="mail-yw1-f173.google.com", ip="209.85.128.173",
    )
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


# --------------------------------------------------------------------------- 23 Umhlanga Freight, Exchange cancellation
@mail(N(23), family="exchange", lang="en", interview=True, kind="cancelled",
      start="2026-04-08T08:00:00Z", end="2026-04-08T09:00:00Z",
      contact="thandiwe.zulu@umhlangafreight.co.za", company="Umhlanga Freight Systems",
      local="Wed 2026-04-08 10:00", local_end="2026-04-08 11:00", zone=SAST,
      note="Exchange 'Canceled:' meeting (METHOD:CANCEL, TZID 'South Africa Standard Time'): second "
           "interview Wed 8 April 10:00-11:00 = 08:00-09:00Z, position on hold; contact = organiser")
def umhlanga_cancel() -> bytes:
    subject = "Canceled: Second Interview: Senior Full Stack Developer – Zaid Abrahams"
    body = t("""
        When: Wednesday, 08 April 2026 10:00-11:00 (UTC+02:00) Harare, Pretoria.
        Where: Microsoft Teams Meeting

        Good morning Zaid

        Unfortunately we have to cancel your second interview. Following a restructuring of the IT department the position has been put on hold until further notice. We sincerely apologise for the inconvenience and will keep your CV on file.

        Kind regards

        Thandiwe Zulu
        HR Business Partner
        Umhlanga Freight Systems (Pty) Ltd
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252"></head>
        <body><div>When: Wednesday, 08 April 2026 10:00-11:00 (UTC+02:00) Harare, Pretoria.<br>Where: Microsoft Teams Meeting</div>
        <p>*~*~*~*~*~*~*~*~*~*</p>
        <div style="font-family:Arial;font-size:10pt"><p>Good morning Zaid</p>
        <p>Unfortunately we have to cancel your second interview. Following a restructuring of the IT department the position has been put on hold until further notice. We sincerely apologise for the inconvenience and will keep your CV on file.</p>
        <p>Kind regards</p><p><b>Thandiwe Zulu</b><br>HR Business Partner<br>Umhlanga Freight Systems (Pty) Ltd</p></div></body></html>
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + SA_EXCHANGE_TZ + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Thandiwe Zulu:mailto:thandiwe.zulu@umhlangafreight.co.za
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Zaid Abrahams:mailto:zaid.abrahams@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sibusiso Ngcobo:mailto:sibusiso.ngcobo@umhlangafreight.co.za
        DESCRIPTION;LANGUAGE=en-US:Good morning Zaid\n\nUnfortunately we have to cancel your second interview. Following a restructuring of the IT department the position has been put on hold until further notice.\n
        UID:040000008200E00074C5B7101A82E00800000000E2B94F6A37C2DC010000000000000000100000005D0E8A3BC14F7249B6E2D91A0F3C7E68
        SUMMARY;LANGUAGE=en-US:Canceled: Second Interview: Senior Full Stack Developer – Zaid Abrahams
        DTSTART;TZID=South Africa Standard Time:20260408T100000
        DTEND;TZID=South Africa Standard Time:20260408T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260402T061012Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2124419207
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound(
        frm=addr("Thandiwe Zulu", "thandiwe.zulu@umhlangafreight.co.za"), subject=subject,
        when="2026-04-02 08:10:12", zone=SAST,
        msgid="<JNXP275MB18734F2E0B7A1C9D36E85B0F2C4A7@JNXP275MB1873.ZAFP275.PROD.OUTLOOK.COM>",
        host="ZAF01-JNB-obe.outbound.protection.outlook.com", ip="40.107.196.88",
        extra=exchange_headers(subject, "AQHcwlXj0J7fK9mR2UqN5a8y3tZ1bA==") + (("Importance", "high"),),
    )
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252"),
                           calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


# --------------------------------------------------------------------------- 24 PNet job alert
@mail(N(24), family="job_alert", lang="en", interview=False, company=None,
      note="PNet job alert digest (iso-8859-1); 'interviews this week' badge on a listing confirms nothing")
def pnet_alert() -> bytes:
    body = t("""
        Hi Zaid,

        We found 6 new jobs matching your alert "Full Stack Developer" in Cape Town.

        Senior Full Stack Developer (React/Node)
        Protea Logistics Solutions - Cape Town, Century City
        R70 000 - R85 000 per month | Permanent | Hybrid
        Posted 1 day ago
        https://www.pnet.co.za/jobs--Senior-Full-Stack-Developer-React-Node-Cape-Town-Protea-Logistics--8821443-inline.html

        Intermediate .NET / Angular Developer
        Fairhaven Retail Group - Cape Town, Bellville
        Market related | Permanent | On-site
        Posted 2 days ago
        https://www.pnet.co.za/jobs--Intermediate-NET-Angular-Developer-Bellville-Fairhaven--8820117-inline.html

        Full Stack Engineer - Fintech (Remote SA)
        Recruiter: TechSource Africa - Cape Town
        R60 000 - R75 000 per month | Permanent | Remote
        Interviewing this week - apply soon!
        https://www.pnet.co.za/jobs--Full-Stack-Engineer-Fintech-Remote-TechSource--8819980-inline.html

        Python Developer (Django)
        Vleikop Systems - Stellenbosch
        R45 000 - R55 000 per month | Contract (12 months)
        Posted 3 days ago
        https://www.pnet.co.za/jobs--Python-Developer-Django-Stellenbosch-Vleikop--8819342-inline.html

        Software Developer (PHP/Laravel)
        Atlantic Seaboard Media - Cape Town, Green Point
        R38 000 - R48 000 per month | Permanent
        Posted 3 days ago
        https://www.pnet.co.za/jobs--Software-Developer-PHP-Laravel-Green-Point--8818816-inline.html

        Lead Developer - E-commerce
        Hout Bay Outfitters - Cape Town
        R90 000+ per month | Permanent | Hybrid
        Posted 4 days ago
        https://www.pnet.co.za/jobs--Lead-Developer-E-commerce-Cape-Town-Hout-Bay--8818207-inline.html

        See all matching jobs: https://www.pnet.co.za/jobs/full-stack-developer/in-cape-town?alertId=3318207

        Good luck with your job search!
        Your PNet team

        You are receiving this e-mail because you created a job alert on PNet. Manage or delete your job alerts: https://www.pnet.co.za/5/settings/jobalerts
        PNet (Pty) Ltd, Black River Park, Observatory, Cape Town. Privacy: https://www.pnet.co.za/privacy
        """)
    page = para_html(body, "font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333")
    page = page.replace('charset="utf-8"', 'charset="iso-8859-1"')
    hs = inbound(
        frm=addr("PNet Job Alerts", "jobalerts@pnet.co.za"),
        subject="6 new jobs for \"Full Stack Developer\" in Cape Town",
        when="2026-02-24 05:00:12", zone=SAST,
        msgid="<20260224030012.3318207.jobalert@mailer.pnet.co.za>",
        host="mailer3.pnet.co.za", ip="41.203.18.73",
        extra=(("List-Unsubscribe", "<https://www.pnet.co.za/5/settings/jobalerts?unsub=3318207>"),
               ("Precedence", "bulk")),
    )
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


# --------------------------------------------------------------------------- 25 Careers24 application receipt
@mail(N(25), family="application_ack", lang="en", interview=False, company="Kwezi Financial Services",
      note="Careers24 'application submitted' receipt; the interview is only hypothetical ('if shortlisted')")
def careers24_receipt() -> bytes:
    body = t("""
        Hi Zaid,

        Your application has been sent!

        Job: Intermediate Full Stack Developer
        Company: Kwezi Financial Services
        Location: Sandton, Gauteng (Hybrid)
        Reference: KFS-10482

        What happens next?
        The recruiter will review your CV and covering letter. If you are shortlisted, they will contact you directly to arrange an interview. Due to the high volume of applications, please note that only shortlisted candidates will be contacted. If you have not heard back within two weeks, please consider your application unsuccessful.

        Tip: Candidates with a complete profile are 3x more likely to be invited to an interview. Update your profile: https://www.careers24.com/candidate/profile

        Good luck!
        The Careers24 team

        You received this e-mail because you applied for a job on Careers24. Unsubscribe from these notifications: https://www.careers24.com/candidate/notifications
        """)
    page = para_html(body, "font-family:Arial,sans-serif;font-size:14px;color:#1f2a37")
    hs = inbound(
        frm=addr("Careers24", "noreply@careers24.com"),
        subject="Your application for Intermediate Full Stack Developer has been sent",
        when="2026-03-30 20:14:51", zone=SAST,
        msgid="<a1f93c0e77d24b5e9e8a7c61d4f0b2e3@mail.careers24.com>",
        host="mail.careers24.com", ip="196.35.77.140",
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 26 OfferZen interview request
@mail(N(26), family="interview_request", lang="en", interview=False, company="Tidal Loop",
      note="OfferZen interview request: the company asks to interview; nothing scheduled until accepted")
def offerzen_request() -> bytes:
    body = t("""
        Hi Zaid,

        Tidal Loop has sent you an interview request! 🎉

        Role: Senior Full Stack Developer
        Salary offered: R72 000 - R86 000 per month
        Location: Cape Town (hybrid, 2 days a week in the Bree Street office)
        Tech stack: TypeScript, React, NestJS, PostgreSQL, AWS

        Message from Ruth Adriaanse, Engineering Manager:
        "Hi Zaid, your profile stood out to us, especially the event-driven payments work. We're a 14-person team building booking software for tour operators, and we'd love to have a first chat about where you want to go next. If you accept, I'll send through a couple of times for a 45-minute intro call."

        View and respond to the request: https://www.offerzen.com/candidate/interview_requests/5c1e9a07

        Please respond within 7 days so the company knows whether you're interested. Once you accept, Tidal Loop will get in touch to set up the first interview.

        Good luck!
        The OfferZen team

        OfferZen · 2nd Floor, The Bank, Cape Town
        You're receiving this because your OfferZen profile is live. Notification settings: https://www.offerzen.com/settings/notifications
        """)
    page = para_html(body, "font-family:'Inter',Helvetica,Arial,sans-serif;font-size:15px;color:#15213a")
    hs = inbound(
        frm=addr("OfferZen", "notifications@offerzen.com"),
        subject="Tidal Loop sent you an interview request 🎉",
        when="2026-02-24 11:06:37", zone=SAST,
        msgid="<67bc4b7d1a2e3_4f2a3fb1c88d9f5c12187f@offerzen-mailer.mail>",
        host="o7.mail.offerzen.com", ip="149.72.161.77",
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 27 Brightline Ledger, pick a time
@mail(N(27), family="scheduling_link", lang="en", interview=False, company="Brightline Ledger",
      note="Recruiter sends a Calendly link to pick a slot; nothing booked yet (the booking arrives later)")
def brightline_link() -> bytes:
    body = t("""
        Hi Zaid,

        Thanks so much for applying for the Senior Full-Stack Engineer role at Brightline Ledger. I really enjoyed reading about your reconciliation work at Kraalbyte.

        I'd love to set up a 30-minute intro call so I can tell you more about the team and hear what you're looking for. Please grab whatever time suits you here:

        https://calendly.com/dana-brightline/intro-30

        I've opened a few evening slots in SA time since we're based in New York. If none of them work, just reply and we'll figure something out.

        Best,
        Dana

        Dana Whitfield
        Technical Recruiter | Brightline Ledger
        """)
    hs = inbound(
        frm=addr("Dana Whitfield", "dana.whitfield@brightlineledger.com"),
        subject="Brightline Ledger - next steps",
        when="2026-03-11 14:05:49", zone=ET,
        msgid="<CAH5pRz2wQ8mL_1vTb4kN7yX0eC3sJf9uG6oD2iA5hPn8Rq@mail.gmail.com>",
        host="mail-qt1-f180.google.com", ip="209.85.160.180",
    )
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 28 Kiezbyte, two slots offered
@mail(N(28), family="slot_proposal", lang="en", interview=False, company="Kiezbyte GmbH",
      days=(("Wed", "2026-03-04"), ("Thu", "2026-03-05")),
      note="Hiring manager proposes two slots (Wed 4 / Thu 5 March, CET); none agreed yet")
def kiezbyte_proposal() -> bytes:
    body = t("""
        Hi Zaid,

        thanks for your application for the Full-Stack Engineer role. We'd like to invite you to a first conversation. Would one of these work for you?

        - Wednesday, 4 March, 15:00 CET
        - Thursday, 5 March, 16:00 CET

        Both are Berlin time; I believe you are one hour ahead of us.

        Best,
        Jonas

        --
        Jonas Albrecht · Head of Engineering
        Kiezbyte GmbH · Oranienstraße 183 · 10999 Berlin
        """)
    hs = inbound(
        frm=addr("Jonas Albrecht", "jonas@kiezbyte.de"),
        subject="Kiezbyte – Full-Stack role, next step",
        when="2026-02-27 18:20:10", zone=CET,
        msgid="<CAF3qX0sW2e8kN1rT5bYm7LhP4vZcQ0dR9uJ3gA6xMi1oK8fUt@mail.gmail.com>",
        host="mail-ej1-f41.google.com", ip="209.85.218.41",
    )
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 29 Kloofnek Labs, take-home
@mail(N(29), family="take_home", lang="en", interview=False, company="Kloofnek Labs",
      days=(("Fri", "2026-03-20"),),
      note="Take-home exercise with a submission deadline (Friday 20 March, 09:00); not an interview")
def kloofnek_takehome() -> bytes:
    body = t("""
        Hi Zaid

        As promised, here's the take-home. Repo: https://github.com/kloofnek-labs/hiring-bookings-exercise

        The README explains everything, but in short: a tiny bookings API plus a React page that lists and filters them. Please fork it (or send a zip if you prefer) and mail me the link by Friday 20 March, 09:00. Please don't spend more than about 4 hours on it; we care more about how you structure things than about finishing every bonus point.

        If load-shedding eats into your week, just tell me and we'll shift the deadline, no stress.

        Cheers
        Megan

        Megan Hendricks
        Talent & People | Kloofnek Labs
        """)
    hs = inbound(
        frm=addr("Megan Hendricks", "megan.hendricks@kloofneklabs.co.za"),
        subject="Kloofnek Labs – take-home exercise",
        when="2026-03-13 10:31:05", zone=SAST,
        msgid="<CAM7tVx1gR4kP_9wLb2nY6zQ0eH3sDf8uJ5oA1iK7cXn2Ru@mail.gmail.com>",
        host="mail-lf1-f47.google.com", ip="209.85.167.47",
    )
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 30 Highveld Mutual, coding assessment
@mail(N(30), family="assessment", lang="en", interview=False, company="Highveld Mutual",
      days=(("Tue", "2026-03-24"),),
      note="HackerRank assessment invitation with an expiry date; an online test, not an interview")
def highveld_assessment() -> bytes:
    body = t("""
        Hi Zaid Abrahams,

        Highveld Mutual has invited you to take the "Full Stack Developer - Digital Channels" assessment.

        Duration: 90 minutes
        Questions: 3 coding, 8 multiple choice
        Languages: Java 17, TypeScript, SQL

        The test link expires on Tuesday, 24 March 2026 at 23:59 (GMT+02:00). You can start any time before then; once you begin, the timer cannot be paused, so make sure you have a stable connection (and check the load-shedding schedule for your area).

        Start the test: https://www.hackerrank.com/test/4a7ec1m2q9d/login?b=eyJ1c2VybmFtZSI6InphaWQuYWJyYWhhbXNAZXhhbXBsZS5vcmci

        Try a sample test first: https://www.hackerrank.com/tests/sample

        Good luck!
        HackerRank, on behalf of Highveld Mutual

        HackerRank · 700 E El Camino Real, Mountain View, CA 94040
        """)
    page = para_html(body, "font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#0e141e")
    hs = inbound(
        frm=addr("Highveld Mutual via HackerRank", "no-reply@hackerrankforwork.com"),
        subject="Invitation: Full Stack Developer - Digital Channels assessment from Highveld Mutual",
        when="2026-03-17 07:15:22", zone=UTC,
        msgid="<0100019580d4a1b2-6e9f2c3d-41a7-4b8e-9d0c-2f7e5a1b3c84-000000@email.amazonses.com>",
        host="a48-97.smtp-out.amazonses.com", ip="54.240.48.97",
        extra=(("Reply-To", "nomvula.khumalo@highveldmutual.co.za"),),
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 31 Cobalt Harbor, rejection
@mail(N(31), family="rejection", lang="en", interview=False, company="Cobalt Harbor",
      note="Lever rejection after the system design interview")
def cobalt_rejection() -> bytes:
    body = t("""
        Hi Zaid,

        Thank you for taking the time to speak with Marcus and Ines last week, and for your interest in Cobalt Harbor.

        After a lot of discussion, we've decided to move forward with other candidates whose experience more closely matches what we need right now, particularly around large-scale event streaming.

        This was a difficult decision. The team enjoyed the conversation and appreciated how clearly you walked through your design. We'd be glad to stay in touch about future roles.

        Wishing you all the best in your search,
        Jess Okafor
        Recruiting Coordinator, Cobalt Harbor
        """)
    page = para_html(body, "font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333")
    hs = inbound(
        frm=addr("Cobalt Harbor", "no-reply@hire.lever.co"),
        subject="Update on your application to Cobalt Harbor",
        when="2026-04-21 17:02:14", zone=UTC,
        msgid="<20260421170214.2a9e4b7c3d1f@hire.lever.co>",
        host="o3.hire.lever.co", ip="168.245.12.3",
        extra=(("Reply-To", addr("Jess Okafor", "jess.okafor@cobaltharbor.io")),),
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 32 Kloofnek Labs, offer
@mail(N(32), family="offer", lang="en", interview=False, company="Kloofnek Labs",
      days=(("Mon", "2026-06-01"), ("Wed", "2026-04-29")),
      note="Offer letter (PDF attached) with a start date and an answer-by date; no interview")
def kloofnek_offer() -> bytes:
    body = t("""
        Hi Zaid

        I'm so happy to be writing this one: we'd love you to join Kloofnek Labs as a Full Stack Developer! 🎉

        Your offer letter is attached. The headlines:
        - R62 000 per month (cost to company), reviewed annually in March
        - Start date: Monday 1 June 2026 (we're flexible if your notice period needs it)
        - Hybrid, Tuesdays and Thursdays in the Gardens office
        - Learning budget of R15 000 a year, plus a backup power allowance for home

        We'd love an answer by Wednesday 29 April. If you'd like to talk anything through, Sizwe or I are happy to jump on a call, just let me know what suits.

        Everyone who met you is really excited.

        Cheers
        Megan

        Megan Hendricks
        Talent & People | Kloofnek Labs
        """)
    hs = inbound(
        frm=addr("Megan Hendricks", "megan.hendricks@kloofneklabs.co.za"),
        subject="Offer – Full Stack Developer at Kloofnek Labs 🎉",
        when="2026-04-22 16:05:44", zone=SAST,
        msgid="<CAM7tVx9eK2nR_6wQb1mY4zL8hC0sDf3uJ7oA5iG2tXn9Pv@mail.gmail.com>",
        host="mail-lf1-f43.google.com", ip="209.85.167.43",
    )
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             pdf_part("Kloofnek Labs - Offer of Employment - Zaid Abrahams.pdf",
                                      "Offer of Employment")))


# --------------------------------------------------------------------------- 33 Veldt Energy, outreach
@mail(N(33), family="recruiter_outreach", lang="en", interview=False, company="Veldt Energy",
      note="In-house recruiter outreach; asks what suits for a chat next week, nothing fixed")
def veldt_outreach() -> bytes:
    body = t("""
        Howzit Zaid

        I came across your profile on OfferZen and your GitHub (the load-shedding schedule widget is brilliant, we have it running on a screen in the office 😄).

        I'm the in-house recruiter at Veldt Energy. We build the platform that monitors 4 000+ rooftop solar and battery installs across the Western Cape, and we're growing the product team. We're looking for a full-stack dev who's comfortable with TypeScript and time-series data.

        Would you be open to a 20-min chat sometime next week? No prep needed. Let me know what suits and I'll work around you.

        Kind regards
        Lindiwe Mahlaba
        Talent Acquisition | Veldt Energy
        Cape Town · veldtenergy.co.za
        """)
    hs = inbound(
        frm=addr("Lindiwe Mahlaba", "lindiwe.mahlaba@veldtenergy.co.za"),
        subject="Full-stack role at Veldt Energy - open to a chat?",
        when="2026-02-19 12:20:36", zone=SAST,
        msgid="<JN2P275MB0733B1F8E4C2D90A7E16F3B5C2D81@JN2P275MB0733.ZAFP275.PROD.OUTLOOK.COM>",
        host="ZAF01-CPT-obe.outbound.protection.outlook.com", ip="40.107.197.22",
    )
    return message(hs, alt(text(body), html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


# --------------------------------------------------------------------------- 34 dentist reminder
@mail(N(34), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-03-17"),),
      note="Dentist appointment reminder with a fixed time; not an interview")
def dentist() -> bytes:
    body = t("""
        Dear Zaid

        This is a friendly reminder of your appointment:

        Practitioner: Dr Anke Fourie
        Date: Tuesday, 17 March 2026
        Time: 08:15
        Treatment: Check-up and clean

        Kloof Street Dental, 102 Kloof Street, Gardens, Cape Town

        Please reply YES to confirm or call us on 021 555 0342 to reschedule. Appointments cancelled with less than 24 hours' notice may be charged.

        Kind regards
        Kloof Street Dental
        """)
    hs = inbound(
        frm=addr("Kloof Street Dental", "bookings@kloofstreetdental.co.za"),
        subject="Appointment reminder: Tuesday 17 March at 08:15",
        when="2026-03-13 08:00:04", zone=SAST,
        msgid="<reminder.88213.20260313060004@practicebook.co.za>",
        host="smtp.practicebook.co.za", ip="154.0.172.19",
        extra=(("X-Mailer", "PracticeBook Reminders 4.2"),),
    )
    return message(hs, text(body, cte="7bit"))


# --------------------------------------------------------------------------- 35 weekly 1:1 with current manager
@mail(N(35), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-02-26"),),
      note="Recurring 1:1 with the current manager (Exchange, forwarded from the work mailbox); "
           "current employer's internal meeting -> company null")
def one_on_one() -> bytes:
    subject = "Weekly 1:1 – Zaid / Riaan"
    body = t("""
        When: Occurs every Thursday from 10:00 to 10:30 effective 2026/02/26. (UTC+02:00) Harare, Pretoria
        Where: Riaan's desk / Teams

        Moving our 1:1 to Thursdays from this week since Mondays keep clashing with sprint planning. Bring whatever's on your mind – no agenda needed.

        R

        """) + teams("kraalbyte-1on1", "295 004 187 362", "c9TnW5", "553 017 649")
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + SA_EXCHANGE_TZ + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Riaan Visser:mailto:riaan.visser@kraalbyte.co.za
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Zaid Abrahams:mailto:zaid@kraalbyte.co.za
        DESCRIPTION;LANGUAGE=en-ZA:Moving our 1:1 to Thursdays from this week since Mondays keep clashing with sprint planning. Bring whatever's on your mind – no agenda needed.\n\nR\n
        RRULE:FREQ=WEEKLY;BYDAY=TH;WKST=MO
        UID:040000008200E00074C5B7101A82E00800000000A7D3F1E2C49FDC010000000000000000100000009C2B7E4F1A0D8B49A3E6F05C2D7B1E84
        SUMMARY;LANGUAGE=en-ZA:Weekly 1:1 – Zaid / Riaan
        DTSTART;TZID=South Africa Standard Time:20260226T100000
        DTEND;TZID=South Africa Standard Time:20260226T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260223T071502Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-ZA:Riaan's desk / Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:1
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound(
        frm=addr("Riaan Visser", "riaan.visser@kraalbyte.co.za"), subject=subject,
        when="2026-02-23 09:15:02", zone=SAST, to=addr("Zaid Abrahams", "zaid@kraalbyte.co.za"),
        msgid="<JN1P275MB0561D2A7F3B9E04C81E6A5D2F7B03@JN1P275MB0561.ZAFP275.PROD.OUTLOOK.COM>",
        host="ZAF01-CPT-obe.outbound.protection.outlook.com", ip="40.107.197.40",
        extra=exchange_headers(subject, "AQHcpJ0nT5kM3cR8U0a7qL2wY9vB6g==")
        + (("X-MS-Exchange-Inbox-Rules-Loop", "zaid@kraalbyte.co.za"),
           ("X-Forwarded-To", ME)),
    )
    return message(hs, alt(text(body), html(para_html(body, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 36 flat viewing, Afrikaans
@mail(N(36), family="non_interview_calendar", lang="af", interview=False, company=None,
      days=(("Sat", "2026-03-14"),),
      note="Afrikaans estate agent confirms a flat viewing (besigtiging) on Saturday 14 March at 10:00")
def flat_viewing_af() -> bytes:
    body = t("""
        Goeiemiddag Zaid

        Dankie vir jou navraag oor die 2-slaapkamer woonstel in Durbanville (Eenheid 7, Wellingtonweg 21).

        Die besigtiging is bevestig vir Saterdag 14 Maart om 10:00. Ek sal jou by die hek ontmoet – daar is besoekersparkering net links as jy inry.

        Die huur is R11 500 per maand, water ingesluit, en die eenheid is beskikbaar vanaf 1 Mei. Bring asseblief 'n afskrif van jou ID en jou drie mees onlangse betaalstrokies saam as jy dadelik wil aansoek doen.

        Vriendelike groete
        Marietjie Swanepoel
        Tygerberg Eiendomme
        082 555 7781
        """)
    hs = inbound(
        frm=addr("Marietjie Swanepoel", "marietjie@tygerberg-eiendomme.co.za"),
        subject="Besigtiging bevestig: Saterdag 14 Maart, Durbanville",
        when="2026-03-11 13:27:40", zone=SAST,
        msgid="<5f2e9c1a-3b7d-4e80-a6f4-0c9d2e7b1a53@tygerberg-eiendomme.co.za>",
        host="smtp.tygerberg-eiendomme.co.za", ip="197.242.151.88",
    )
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 37 meetup RSVP
@mail(N(37), family="meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-03-19"),),
      note="Meetup RSVP confirmation for a developer meetup with a talk on interviewing; not an interview")
def meetup_rsvp() -> bytes:
    body = t("""
        You're going!

        Cape Town Full Stack Devs
        March meetup: Postgres at scale + "What I learned from 40 tech interviews" (lightning talk)

        Thursday, March 19, 2026
        6:00 PM to 8:30 PM SAST

        The Woodstock Exchange, 66 Albert Road, Woodstock, Cape Town
        Pizza and drinks sponsored by Veldt Energy. The venue has a generator, so we're on regardless of load-shedding.

        Add to calendar: https://www.meetup.com/cape-town-full-stack-devs/events/306118244/ics/

        See event: https://www.meetup.com/cape-town-full-stack-devs/events/306118244/

        Can't make it anymore? Update your RSVP so someone on the waitlist can take your spot.

        --
        Meetup, POB 4668 #37895 New York NY 10163-4668
        Unsubscribe from emails like this: https://www.meetup.com/account/comm/
        """)
    page = para_html(body, "font-family:Graphik,Helvetica,Arial,sans-serif;font-size:15px;color:#212121")
    hs = inbound(
        frm=addr("Meetup", "info@email.meetup.com"),
        subject="You're going to \"March meetup: Postgres at scale + What I learned from 40 tech interviews\"",
        when="2026-03-16 17:33:08", zone=UTC,
        msgid="<306118244.rsvp.1773682388@email.meetup.com>",
        host="o1.email.meetup.com", ip="167.89.116.1",
        extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),),
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 38 webinar titled like an interview
@mail(N(38), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-04-16"),),
      note="Zoom webinar registration 'Interview with a CTO' with an ICS; a webinar, not a job interview")
def webinar() -> bytes:
    body = t("""
        Hi Zaid,

        Thank you for registering for "DevCareers Africa Live: Interview with a CTO – building payments for the continent".

        Date & Time: Thursday, April 16, 2026 12:00 PM Johannesburg

        Join from PC, Mac, Linux, iOS or Android: https://us06web.zoom.us/w/84410237765?tk=Xr0aP3cV8mQ.DQcAAAAUq2zV
        Passcode: 551907

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        Our host Naledi Sibiya sits down with the CTO of a fast-growing Lagos fintech to talk about hiring, scaling and what she looks for in a technical interview. Bring your questions for the live Q&A!

        You can cancel your registration at any time.

        DevCareers Africa
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        CLASS:PUBLIC
        """) + JHB_TZ + "\n" + t(r"""
        BEGIN:VEVENT
        DTSTAMP:20260407T093418Z
        DTSTART;TZID=Africa/Johannesburg:20260416T120000
        DTEND;TZID=Africa/Johannesburg:20260416T130000
        SUMMARY:DevCareers Africa Live: Interview with a CTO – building payments for the continent
        UID:20260407T093418Z-84410237765@fe80:0:0:0:1c:8aff:fe41:8b2eeth0
        TZID:Africa/Johannesburg
        DESCRIPTION:Hi Zaid Abrahams\,\n\nThank you for registering for "DevCareers Africa Live: Interview with a CTO".\n\nJoin from PC\, Mac\, Linux\, iOS or Android: https://us06web.zoom.us/w/84410237765?tk=Xr0aP3cV8mQ.DQcAAAAUq2zV\nPasscode: 551907\n
        LOCATION:https://us06web.zoom.us/w/84410237765?tk=Xr0aP3cV8mQ.DQcAAAAUq2zV
        BEGIN:VALARM
        TRIGGER:-PT10M
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound(
        frm=addr("DevCareers Africa", "no-reply@zoom.us"),
        subject="DevCareers Africa Live: Interview with a CTO – building payments for the continent Confirmation",
        when="2026-04-07 09:34:18", zone=UTC,
        msgid="<yS7mQ3pLT0eR2vB8kN1wHA@geopod-ismtpd-4>",
        host="o2.email.zoom.us", ip="149.72.136.2",
    )
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, method=None, ctype="text/calendar", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# --------------------------------------------------------------------------- 39 mock interview (paid coaching), Calendly
@mail(N(39), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Wed", "2026-03-11"),),
      note="Calendly confirmation of a paid mock system-design interview with a coach; confirms a time, "
           "but not a job interview")
def mock_interview() -> bytes:
    body = t("""
        Hi Zaid Abrahams,

        Your Mock System Design Interview (60 min) with Thabo Nkosi at 19:00 (South Africa Standard Time) on Wednesday, 11 March 2026 is scheduled.

        Event Type:
        Mock System Design Interview (60 min)

        Event Date/Time:
        19:00 - 20:00 (South Africa Standard Time) on Wednesday, 11 March 2026

        Location:
        Google Meet: https://meet.google.com/hfr-zmqc-ovp

        Payment:
        R650.00 received via Stripe

        Questions:
        What role are you preparing for?
        Senior full-stack roles, mostly UK/EU remote. I freeze up on the "design a URL shortener" type questions.

        After the session you'll get written feedback and a recording within 48 hours.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/QW8DMNB3KX2P7TZE
        Reschedule: https://calendly.com/reschedulings/QW8DMNB3KX2P7TZE

        Powered by Calendly.com
        """)
    ics = t(r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly 1.0//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20260307T081522Z
        UID:QW8DMNB3KX2P7TZE@calendly.com
        DTSTART:20260311T170000Z
        DTEND:20260311T180000Z
        SUMMARY:Mock System Design Interview (60 min): Zaid Abrahams and Thabo Nkosi
        LOCATION:https://meet.google.com/hfr-zmqc-ovp
        ORGANIZER;CN=Thabo Nkosi:mailto:thabo@codecoach.co.za
        ATTENDEE;CN=Zaid Abrahams;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:zaid.abrahams@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound(
        frm=addr("Calendly", "notifications@calendly.com"),
        subject="Confirmed: Mock System Design Interview (60 min) with Thabo Nkosi on Wednesday, 11 March 2026",
        when="2026-03-07 08:15:22", zone=UTC,
        msgid="<0100019577b0c4d1-2e8f9a1b-5c3d-4f70-8e2a-6b1c9d0e3f57-000000@email.amazonses.com>",
        host="a48-113.smtp-out.amazonses.com", ip="54.240.48.113",
        extra=(("Reply-To", addr("Thabo Nkosi", "thabo@codecoach.co.za")),),
    )
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64")))


# --------------------------------------------------------------------------- 40 podcast recording
@mail(N(40), family="podcast", lang="en", interview=False, company=None,
      days=(("Fri", "2026-03-27"),),
      note="Local tech podcast confirms a recording ('the interview will run about 40 min'); press, not a job interview")
def podcast() -> bytes:
    body = t("""
        Hi Zaid!

        Lekker, we're locked in. Recording is Friday 27 March at 10h00 at our studio in Woodstock (2nd floor, 44 Sir Lowry Road – buzz "Kaap Tech").

        The interview will run about 40 min. Rough plan:
        1. How you went from IT support to dev
        2. The load-shedding schedule widget (everyone wants to know how you scrape the municipal PDFs 😂)
        3. Advice for juniors looking for their first dev job

        No need to prep anything, it's very chilled. Episode goes out the week after.

        Cheers
        Nadine
        Kaap Tech Podcast
        """)
    hs = inbound(
        frm=addr("Nadine Pillay", "nadine@kaaptechpod.co.za"),
        subject="Re: Kaap Tech Podcast – guest spot?",
        when="2026-03-23 13:02:55", zone=SAST,
        msgid="<CAB2nWq6rT1yL_8kPm3vZ0xH5cE9sDf2uJ4oA7iG1bXn6Sw@mail.gmail.com>",
        host="mail-pf1-f170.google.com", ip="209.85.210.170",
        extra=(("In-Reply-To", "<CAJx8kP5nD2wRq8Lm_3vTc7yB0hE4sGf1uK9oA6iZ2xPn5Vr@mail.gmail.com>"),),
    )
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 41 Zaid on the interview panel at his current employer
@mail(N(41), family="interviewer_invite", lang="en", interview=False, company=None,
      days=(("Thu", "2026-03-12"),),
      note="Current employer's HR invites Zaid to sit on the panel interviewing a junior candidate; "
           "he is the interviewer, not the candidate (internal -> company null)")
def panel_member() -> bytes:
    subject = "Interview: Lerato Mahlangu – Junior Developer"
    body = t("""
        When: Thursday, 12 March 2026 11:00-12:00 (UTC+02:00) Harare, Pretoria.
        Where: Boardroom 2 / Microsoft Teams Meeting

        Hi Riaan and Zaid

        Please find below the interview for Lerato Mahlangu, who has applied for the Junior Developer position. Her CV and the interview scorecard are on the Recruitment SharePoint under "JD-2026-03".

        Zaid – please prepare the technical questions (React basics and a simple SQL join). Riaan will cover the competency questions.

        Please submit your scorecards by end of day Thursday.

        Thanks
        Yolanda

        Yolanda Petersen
        HR Officer | Kraalbyte Solutions

        """) + teams("kraalbyte-panel", "281 550 613 908", "Wf2pQm", "770 326 118")
    ics = t(r"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + SA_EXCHANGE_TZ + "\n" + t(r"""
        BEGIN:VEVENT
        ORGANIZER;CN=Yolanda Petersen:mailto:yolanda.petersen@kraalbyte.co.za
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Riaan Visser:mailto:riaan.visser@kraalbyte.co.za
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Zaid Abrahams:mailto:zaid@kraalbyte.co.za
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lerato.mahlangu@example.net:mailto:lerato.mahlangu@example.net
        DESCRIPTION;LANGUAGE=en-ZA:Hi Riaan and Zaid\n\nPlease find below the interview for Lerato Mahlangu\, who has applied for the Junior Developer position.\n\nThanks\nYolanda\n
        UID:040000008200E00074C5B7101A82E00800000000F1C0A83D62B1DC0100000000000000001000000047A9E2C05B3D1F4E8C7A6B2D9E0F1C35
        SUMMARY;LANGUAGE=en-ZA:Interview: Lerato Mahlangu – Junior Developer
        DTSTART;TZID=South Africa Standard Time:20260312T110000
        DTEND;TZID=South Africa Standard Time:20260312T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260309T081247Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-ZA:Boardroom 2 / Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = inbound(
        frm=addr("Yolanda Petersen", "yolanda.petersen@kraalbyte.co.za"), subject=subject,
        when="2026-03-09 10:12:47", zone=SAST,
        to=addr("Riaan Visser", "riaan.visser@kraalbyte.co.za") + ", " + addr("Zaid Abrahams", "zaid@kraalbyte.co.za"),
        msgid="<JN1P275MB0877A3E1C0B4D92F65E7C8A1B3D05@JN1P275MB0877.ZAFP275.PROD.OUTLOOK.COM>",
        host="ZAF01-CPT-obe.outbound.protection.outlook.com", ip="40.107.197.44",
        extra=exchange_headers(subject, "AQHcr5Kt3mW8pE1sR7uY0vN4cB2aQw==")
        + (("X-Forwarded-To", ME),),
    )
    return message(hs, alt(text(body), html(para_html(body, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 42 reference check call
@mail(N(42), family="reference_check", lang="en", interview=False, company="Highveld Mutual",
      days=(("Tue", "2026-04-14"),),
      note="Recruiter schedules a call with the candidate's referee (Tue 14 April 10:00); the candidate "
           "is not on the call -> not his interview")
def reference_check() -> bytes:
    body = t("""
        Dear Zaid

        Thank you again for your time with Kabelo and me yesterday.

        As a next step we would like to conduct reference checks. I have arranged to call Mr Sipho Dube (your manager at Sunbird Support Services) on Tuesday, 14 April at 10:00. Would you kindly give him a heads-up that we'll be calling?

        Please also complete the attached consent form for the criminal and credit checks and return it to me by Monday.

        Kind regards

        Nomvula Khumalo
        Talent Acquisition Specialist
        Highveld Mutual
        +27 10 555 0461
        """)
    hs = inbound(
        frm=addr("Nomvula Khumalo", "nomvula.khumalo@highveldmutual.co.za"),
        subject="Reference check – Zaid Abrahams",
        when="2026-04-10 14:22:09", zone=SAST,
        msgid="<JNXP275MB2290C5F1A7E3B08D42C9E6F1A0B37@JNXP275MB2290.ZAFP275.PROD.OUTLOOK.COM>",
        host="ZAF01-JNB-obe.outbound.protection.outlook.com", ip="40.107.196.63",
    )
    form = pdf_part("Consent form - background checks.pdf", "Consent for background checks")
    return message(hs, mixed(alt(text(body), html(para_html(body, "font-family:Arial,sans-serif;font-size:10pt"))),
                             form))


# --------------------------------------------------------------------------- 43 out-of-office auto-reply
@mail(N(43), family="auto_reply", lang="en", interview=False, company="Wexford & Pike",
      days=(("Thu", "2026-04-02"), ("Tue", "2026-04-07")),
      note="Out-of-office auto-reply (Auto-Submitted) from the UK recruiter, quoting an interview subject")
def out_of_office() -> bytes:
    body = t("""
        Thank you for your email.

        I'm out of the office from Thursday 2 April, returning on Tuesday 7 April, with limited access to email over the Easter break.

        If your message is about an interview that is already booked, nothing changes and your interviewers will join as planned. For anything urgent, please contact talent@wexfordpike.co.uk.

        Best wishes,
        Harriet
        """)
    subject = "Automatic reply: Wexford & Pike – Final interview – Zaid Abrahams"
    hs = inbound(
        frm=addr("Harriet Lowe", "harriet.lowe@wexfordpike.co.uk"), subject=subject,
        when="2026-04-02 18:41:30", zone=UK,
        msgid="<LO4P265MB6218DA1C7B2E93F0A4D6E8B1C5F27@LO4P265MB6218.GBRP265.PROD.OUTLOOK.COM>",
        host="GBR01-LO4-obe.outbound.protection.outlook.com", ip="40.107.23.110",
        extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
               ("X-MS-Exchange-Inbox-Rules-Loop", "harriet.lowe@wexfordpike.co.uk"),
               ("In-Reply-To", "<CAJx8kP9wE3nTq6Lm_2vRc8yB5hD0sGf7uK1oA4iZ9xPn3Ws@mail.gmail.com>")),
    )
    return message(hs, text(body))


# --------------------------------------------------------------------------- 44 bounce of the candidate's own mail
@mail(N(44), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-03-19"),),
      note="Delivery failure (typo in the recruiter's domain); the returned message is the candidate's "
           "own note about Thursday 19/3 at 14h00")
def bounce() -> bytes:
    original_body = t("""
        Hi Bianca,

        Just confirming I'm good for Thursday 19/3 at 14h00 with Marula Pay. Could you please send me the job spec again? I can't find it in my mails.

        Thanks!
        Zaid
        """)
    original = message([
        ("From", addr("Zaid Abrahams", ME)),
        ("To", "bianca.naidoo@jacarandatalant.co.za"),
        ("Subject", "Marula Pay interview - Thursday"),
        ("Date", date("2026-03-16 09:41:52", SAST)),
        ("Message-ID", "<CAJx8kP1rB6vNq3Lm_7wTc2yX9hE5sGf0uK4oA8iZ3xPn7Qd@mail.gmail.com>"),
    ], alt(text(original_body, cte="7bit"), html(gmail_html(original_body))))
    explain = t("""

        ** Address not found **

        Your message wasn't delivered to bianca.naidoo@jacarandatalant.co.za because the domain jacarandatalant.co.za couldn't be found. Check for typos or unnecessary spaces and try again.

        Learn more at https://support.google.com/mail/?p=BadRcptDomain

        The response was:

        DNS Error: DNS type 'mx' lookup of jacarandatalant.co.za responded with code NXDOMAIN Domain name not found: jacarandatalant.co.za
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; zaid.abrahams@example.org
        Arrival-Date: Mon, 16 Mar 2026 00:41:53 -0700 (PDT)
        X-Original-Message-ID: <CAJx8kP1rB6vNq3Lm_7wTc2yX9hE5sGf0uK4oA8iZ3xPn7Qd@mail.gmail.com>

        Final-Recipient: rfc822; bianca.naidoo@jacarandatalant.co.za
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of jacarandatalant.co.za responded with code NXDOMAIN
        Last-Attempt-Date: Mon, 16 Mar 2026 00:41:58 -0700 (PDT)
        """)
    report = multipart("report", text(explain, cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(original), params="report-type=delivery-status")
    hs = inbound(
        frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
        subject="Delivery Status Notification (Failure)",
        when="2026-03-16 09:41:58", zone=SAST,
        msgid="<69b7b4a6.a70a0220.2f3c1e.81d4.GMR@mx.google.com>",
        host="mail-sor-f69.google.com", ip="209.85.220.69",
        extra=(("Auto-Submitted", "auto-replied"),),
    )
    return message(hs, report)


# --------------------------------------------------------------------------- 45 newsletter about interviews
@mail(N(45), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-03-26"),),
      note="Careers24 career-advice newsletter about interview questions, plugs a free live session; "
           "nothing of the reader's is scheduled")
def newsletter() -> bytes:
    body = t("""
        CAREER ADVICE | March 2026

        The 7 questions every interviewer asks (and how to answer them)

        Whether it's a quick phone screen or a full panel, the same questions keep coming up. Here's how to prepare for "Tell me about yourself", "Why are you leaving?" and "What are your salary expectations?" without sounding rehearsed.
        Read more: https://www.careers24.com/career-advice/interview-tips/7-questions-every-interviewer-asks-20260320

        Your interview is tomorrow at 9am. Now what?
        A last-minute checklist: route, load-shedding backup plan, copies of your ID and qualifications, and three questions to ask them.
        Read more: https://www.careers24.com/career-advice/interview-tips/interview-tomorrow-checklist-20260318

        Free live session: "Nail your next interview"
        Join our recruitment specialists on Thursday, 26 March at 12:30 for a 45-minute Q&A. Register: https://www.careers24.com/events/nail-your-next-interview

        Salary guide 2026: what developers earn in Cape Town, Joburg and Durban
        Read more: https://www.careers24.com/career-advice/salaries/developer-salary-guide-2026

        You are receiving this newsletter because you subscribed on Careers24. Unsubscribe: https://www.careers24.com/newsletter/unsubscribe?u=zaid.abrahams%40example.org
        Careers24, a division of Media24 Digital. Cape Town.
        """)
    page = para_html(body, "font-family:Georgia,serif;font-size:15px;color:#222")
    hs = inbound(
        frm=addr("Careers24 Career Advice", "newsletter@careers24.com"),
        subject="The 7 questions every interviewer asks (and how to answer them)",
        when="2026-03-21 07:30:00", zone=SAST,
        msgid="<newsletter.20260321.8d3f1a7b@mail.careers24.com>",
        host="mail.careers24.com", ip="196.35.77.141",
        extra=(("List-Unsubscribe", "<https://www.careers24.com/newsletter/unsubscribe?u=zaid.abrahams%40example.org>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")),
    )
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


# --------------------------------------------------------------------------- 46 Kloofnek Labs, thanks for yesterday
@mail(N(46), family="post_interview", lang="en", interview=False, company="Kloofnek Labs",
      note="Post-interview thank-you the day after the technical round; next steps promised, nothing scheduled")
def kloofnek_thanks() -> bytes:
    body = t("""
        Hi Zaid

        Thanks again for your time yesterday! Pieter was really impressed with how you talked through the caching bug, and I enjoyed hearing about the widget. Shame, sorry about our Wi-Fi dropping out halfway, you handled it like a pro.

        We're comparing notes on Thursday and I'll come back to you by Friday with next steps (most likely a short take-home, nothing crazy).

        Cheers
        Megan

        Megan Hendricks
        Talent & People | Kloofnek Labs
        """)
    hs = inbound(
        frm=addr("Megan Hendricks", "megan.hendricks@kloofneklabs.co.za"),
        subject="Thanks for yesterday!",
        when="2026-03-11 09:48:21", zone=SAST,
        msgid="<CAM7tVx4hP1kQ_3wLb8nY2zR6eC9sDf5uJ0oA7iK4tXn1Pw@mail.gmail.com>",
        host="mail-lf1-f45.google.com", ip="209.85.167.45",
    )
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 47 Workday application status
@mail(N(47), family="application_status", lang="en", interview=False, company="Peninsula Retail Group",
      note="Workday application-status update ('under review'); no interview")
def workday_status() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <img src="https://wd3.myworkdaysite.com/peninsularetail/assets/logo.png" alt="Peninsula Retail Group" height="40">
        <p>Dear Zaid,</p>
        <p>Thank you for your interest in the <b>Full Stack Developer (R-01877)</b> role at Peninsula Retail Group.</p>
        <p>We would like to let you know that your application is currently <b>under review</b> by the hiring team. Should your profile match the requirements of the role, a member of our Talent Acquisition team will contact you regarding the next steps in the process, which may include an assessment and interviews.</p>
        <p>You can check the status of your application at any time by signing in to <a href="https://wd3.myworkdaysite.com/en-US/recruiting/peninsularetail/Careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Peninsula Retail Group Talent Acquisition</p>
        <p style="font-size:11px;color:#888888">This is an automated message, please do not reply. Peninsula Retail Group (Pty) Ltd, Bellville, Cape Town.</p>
        </td></tr></table></body></html>
        """)
    hs = inbound(
        frm=addr("Peninsula Retail Group", "peninsularetail@myworkday.com"),
        subject="Update on your application: Full Stack Developer (R-01877)",
        when="2026-02-27 10:12:40", zone=UTC,
        msgid="<1719228401.41872.1772187160112.JavaMail.wdprod@wd3-prod-mail12>",
        host="wd3-smtp.myworkday.com", ip="216.58.98.12",
    )
    return message(hs, html(page, cte="quoted-printable"))


# --------------------------------------------------------------------------- 48 LinkedIn job alert
@mail(N(48), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert; badges like 'Actively recruiting' are not confirmations")
def linkedin_alert() -> bytes:
    body = t("""
        Your job alert for full stack developer in Cape Town, Western Cape, South Africa
        12 new jobs match your preferences.

        Senior Full Stack Engineer
        Tidal Loop
        Cape Town, Western Cape, South Africa (Hybrid)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4183320917/

        Full Stack Developer (TypeScript)
        Harbourline Analytics
        South Africa (Remote)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4183117702/

        Software Engineer II, Full Stack
        Meridian Works
        Cape Town, Western Cape, South Africa
        3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4182996041/

        Full-Stack Engineer (EMEA, remote)
        Northbeam Cloud
        EMEA (Remote)
        Easy Apply
        View job: https://www.linkedin.com/comm/jobs/view/4182871356/

        See all jobs: https://www.linkedin.com/comm/jobs/search/?geoId=102206047&keywords=full%20stack%20developer&savedSearchId=1829940217

        ----------------------------------------
        This email was intended for Zaid Abrahams (Full Stack Developer at Kraalbyte Solutions)
        You are receiving Job Alert emails.
        Manage your job alerts: https://www.linkedin.com/comm/jobs/alerts
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    hs = inbound(
        frm=addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="“full stack developer”: Tidal Loop - Senior Full Stack Engineer and more",
        when="2026-04-06 06:03:41", zone=UTC,
        msgid="<1219946082.5831104.1775455421093@ltx1-app3361.prod.linkedin.com>",
        host="mailb-ac.linkedin.com", ip="108.174.3.172",
        extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"),
               ("X-LinkedIn-Template", "jobs_alert_digest")),
    )
    return message(hs, alt(text(body), html(para_html(body))))


# --------------------------------------------------------------------------- 49 interview experience survey
@mail(N(49), family="survey", lang="en", interview=False, company="Larkspur Health",
      days=(("Wed", "2026-04-01"),),
      note="Greenhouse candidate survey after the interview on Wednesday 1 April; nothing scheduled")
def larkspur_survey() -> bytes:
    body = t("""
        Hi Zaid,

        Thanks for interviewing with Larkspur Health on Wednesday, 1 April. We're always trying to improve how we hire, and we'd love to hear about your experience, whatever the outcome.

        The survey takes about 2 minutes and is completely anonymous. Your answers won't be shared with the hiring team or affect your application.

        Take the survey: https://app.greenhouse.io/candidate_surveys/8f3e21c0a7b4

        Thank you!
        The Larkspur Health Talent Team
        """)
    hs = inbound(
        frm=addr("Larkspur Health", "no-reply@us.greenhouse-mail.io"),
        subject="How was your interview with Larkspur Health?",
        when="2026-04-03 09:00:07", zone=UTC,
        msgid="<01000195f4c2e8a1-7b2d9e40-3c1f-4a85-b6e7-d09a2c1f5e73-000000@email.amazonses.com>",
        host="a8-32.smtp-out.amazonses.com", ip="54.240.8.32",
    )
    return message(hs, alt(text(body), html(para_html(body))))


# --------------------------------------------------------------------------- 50 user-research interview
@mail(N(50), family="user_research", lang="en", interview=False, company=None,
      days=(("Wed", "2026-03-25"),),
      note="Paid user-research 'interview' about a banking app at a fixed time; the reader is a research "
           "participant, not a job candidate")
def user_research() -> bytes:
    body = t("""
        Hi Zaid

        Thanks for signing up to help us improve Spaza Pay! You're booked for a user interview:

        Wednesday 25 March, 16:00 - 16:45
        Google Meet: https://meet.google.com/dzu-pqra-wkn

        We'll ask about how you pay for things day to day and show you a couple of early screens. There are no right or wrong answers, we're testing the app, not you. As a thank-you you'll get a R400 voucher by e-mail within a week.

        If something comes up, just reply to this mail and we'll find another slot.

        Thanks!
        Keegan
        Product Research, Spaza Pay
        """)
    hs = inbound(
        frm=addr("Keegan Adams", "keegan.adams@spazapay.co.za"),
        subject="You're booked: Spaza Pay user interview, Wed 25 March 16:00",
        when="2026-03-23 11:48:16", zone=SAST,
        msgid="<CAE1vRp8mK3wQ_0tLb6nY9zH2eC7sDf4uJ1oA5iG8xTn3Rv@mail.gmail.com>",
        host="mail-io1-f50.google.com", ip="209.85.166.50",
    )
    return message(hs, alt(text(body), html(gmail_html(body))))
