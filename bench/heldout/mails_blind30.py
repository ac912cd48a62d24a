"""blind30: a blind held-out set of 50 hand-written mails (a realistic inbox, Seattle).

Inbox owner: Nadia Kowalczyk <nadia.kowalczyk@example.org>, a senior product manager in Seattle
(America/Los_Angeles), interviewing at big tech and startups in Seattle, Bellevue, Redmond,
Vancouver BC, San Francisco, Austin and remote, March to November 2026.

Written without reading the detector, its tests, or any other held-out set's mails. One function
per mail, each mail's wording written individually; the MIME plumbing and the checks are make.py's.
File numbers are a fixed shuffle of the writing order (ORDER below); keys 1-23 are the positives,
24-50 the negatives, in writing order.
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

SET = "blind30"
ORDER = random.Random(30030).sample(range(1, 51), 50)
WRITTEN: list[str] = []  # names in writing order (key = index + 1)


def nm() -> str:
    name = f"{SET}_{ORDER[len(WRITTEN)]:03d}"
    WRITTEN.append(name)
    return name


ME = "nadia.kowalczyk@example.org"
ME_NAME = "Nadia Kowalczyk"
LA = "America/Los_Angeles"
VAN = "America/Vancouver"
CHI = "America/Chicago"
NY = "America/New_York"


def h(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def gid(seed: str) -> str:
    return h("gid", seed)[:16]


def gmail_mid(seed: str) -> str:
    d = h("gm", seed)
    return f"<CA{d[:6].upper()}+{d[6:20]}{d[20:30].upper()}@mail.gmail.com>"


def inbound(seed: str, via: str, ip: str, when: str, zone: str) -> list[tuple[str, str]]:
    """Delivered-To + Received as Gmail shows them at the top of a raw message."""
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {via} ({via} [{ip}])", when, zone,
                              f"mx.google.com with ESMTPS id {gid(seed)}", ME)),
    ]


def hdr(seed: str, *, frm: str, subject: str, when: str, zone: str, via: str, ip: str,
        to: str | None = None, mid: str | None = None, reply_to: str | None = None,
        cc: str | None = None, extra: tuple[tuple[str, str], ...] = (),
        before: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    hs = inbound(seed, via, ip, when, zone) + list(before)
    hs.append(("From", frm))
    hs.append(("To", to or addr(ME_NAME, ME)))
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("Subject", enc(subject)))
    hs.append(("Date", date(when, zone)))
    hs.append(("Message-ID", mid or gmail_mid(seed)))
    hs += list(extra)
    return hs


def stamp(when: str, zone: str) -> str:
    return utc(when, zone).replace("-", "").replace(":", "")


def icsz(local: str, zone: str) -> str:
    """Local wall time -> ICS UTC value 20260310T170000Z."""
    return stamp(local, zone)


def icsl(local: str) -> str:
    """'2026-03-10 10:00' -> 20260310T100000 (wall time, for TZID=...)."""
    d, tm = local.split(" ")
    return d.replace("-", "") + "T" + tm.replace(":", "") + ("00" if tm.count(":") == 1 else "")


VTZ_LA = """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
X-LIC-LOCATION:America/Los_Angeles
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_VAN = VTZ_LA.replace("America/Los_Angeles", "America/Vancouver")

VTZ_PST_WIN = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


# --------------------------------------------------------------------------- Google Calendar


def gcal_text(*, banner: str, title: str, when_line: str, tzname: str, location: str | None,
              description: str | None, organizer: tuple[str, str], guests: list[str], eid: str,
              changed: str | None = None, note: str | None = None, cancelled: bool = False,
              meet: str | None = None) -> str:
    out = []
    if note:
        out += [note, ""]
    if changed:
        out += ["This event has been updated", changed, ""]
    if cancelled:
        out += ["This event has been canceled.", ""]
    out += [banner, title, f"{when_line}", tzname, ""]
    if meet:
        out += ["Join with Google Meet", f"https://meet.google.com/{meet}", ""]
    if location:
        out += ["Location", location,
                "https://www.google.com/maps/search/" + location.replace(" ", "+").replace(",", "%2C") + "?hl=en",
                ""]
    if description:
        out += [description, ""]
    out += ["Guests", f"{organizer[0]} - organizer"] + guests
    out += [f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjMj&ctz=America%2FLos_Angeles&hl=en&es=0", ""]
    if not cancelled:
        out += [f"Reply for {ME}", "Yes", "No", "Maybe",
                f"More options https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&tok=MjMj&ctz=America%2FLos_Angeles&hl=en&es=0",
                ""]
    out += ["Invitation from Google Calendar https://calendar.google.com/calendar/", "",
            "You are receiving this email because you are an attendee on the event. To stop receiving",
            "future updates for this event, decline this event.", "",
            "Forwarding this invitation could allow any recipient to send a response to the organizer,",
            "be added to the guest list, invite others regardless of their own invitation status, or",
            "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    return "\n".join(out) + "\n"


def gcal_html(plain: str) -> str:
    import html as _h
    rows = []
    for line in plain.rstrip("\n").split("\n"):
        if not line:
            rows.append("<tr><td style=\"height:12px\"></td></tr>")
            continue
        rows.append(f"<tr><td style=\"font-family:Google Sans,Roboto,Arial,sans-serif;font-size:14px;"
                    f"color:#3c4043\">{_h.escape(line)}</td></tr>")
    return ("<!doctype html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=utf-8\"></head><body><table role=\"presentation\" width=\"100%\" "
            "cellpadding=\"0\" cellspacing=\"0\">\n" + "\n".join(rows) + "\n</table></body></html>\n")


def gcal_ics(*, method: str, uid: str, start: str, end: str, zone_vtz: str, tzid: str,
             organizer: tuple[str, str], attendees: list[tuple[str, str, str]], summary: str,
             location: str, description: str, sequence: int, dtstamp: str, created: str,
             status: str = "CONFIRMED") -> str:
    att = []
    for cn, email_, partstat in attendees:
        rsvp = ";RSVP=TRUE" if partstat == "NEEDS-ACTION" else ""
        att.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat}{rsvp};"
                   f"CN={cn};X-NUM-GUESTS=0:mailto:{email_}")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", f"METHOD:{method}", zone_vtz, "BEGIN:VEVENT",
        f"DTSTART;TZID={tzid}:{icsl(start)}", f"DTEND;TZID={tzid}:{icsl(end)}",
        f"DTSTAMP:{dtstamp}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"UID:{uid}", *att,
        f"X-MICROSOFT-CDO-OWNERAPPTID:-{int(h(uid)[:8], 16)}",
        f"CREATED:{created}", f"DESCRIPTION:{description}", f"LAST-MODIFIED:{dtstamp}",
        f"LOCATION:{location}", f"SEQUENCE:{sequence}", f"STATUS:{status}",
        f"SUMMARY:{summary}", "TRANSP:OPAQUE",
    ]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "ACTION:EMAIL", "DESCRIPTION:This is an event reminder",
                  "SUMMARY:Alarm notification", "ATTENDEE:mailto:" + ME,
                  "TRIGGER:-P0DT0H30M0S", "END:VALARM",
                  "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def gcal_body(plain: str, ics: str, method: str) -> make.Part:
    return mixed(
        alt(text(plain), html(gcal_html(plain)), calendar(ics, method=method, cte="7bit")),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )


def gcal_headers(seed: str, *, organizer: tuple[str, str], subject: str, when: str, zone: str,
                 extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    d = h("gcal", seed)
    return hdr(seed, frm=addr(organizer[0], organizer[1]), subject=subject, when=when, zone=zone,
               via="mail-sor-f73.google.com", ip="209.85.220.73",
               mid=f"<calendar-{d[:8]}-{d[8:12]}-{d[12:16]}-{d[16:20]}-{d[20:32]}@google.com>",
               reply_to=addr(organizer[0], organizer[1]),
               before=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
               extra=extra)


# --------------------------------------------------------------------------- Exchange / Outlook


def exch_ids(seed: str) -> tuple[str, str, str]:
    d = h("ex", seed).upper()
    mid = f"<BY5PR21MB{d[:4]}{d[4:16]}{d[16:20]}@BY5PR21MB{d[:4]}.namprd21.prod.outlook.com>"
    uid = "040000008200E00074C5B7101A82E00800000000" + d[20:36] + "0000000000000000100000000" + d[36:60]
    tindex = "AQHc" + base64_ish(seed)
    return mid, uid, tindex


def base64_ish(seed: str) -> str:
    import base64 as _b
    return _b.b64encode(bytes.fromhex(h("ti", seed)[:30])).decode()


TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mt}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def exch_ics(*, method: str, uid: str, organizer: tuple[str, str], attendees: list[tuple[str, str]],
             summary: str, description: str, start: str, end: str, dtstamp: str, sequence: int,
             location: str = "Microsoft Teams Meeting", rrule: str | None = None,
             status: str = "CONFIRMED") -> str:
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0", VTZ_PST_WIN, "BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for cn, em in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{em}")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{description}"]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += [f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{summary}",
              f"DTSTART;TZID=Pacific Standard Time:{icsl(start)}",
              f"DTEND;TZID=Pacific Standard Time:{icsl(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{dtstamp}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{sequence}", f"LOCATION;LANGUAGE=en-US:{location}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h(uid)[:7], 16)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              f"X-MICROSOFT-CDO-INSTTYPE:{1 if rrule else 0}",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def exch_headers(seed: str, *, frm: str, subject: str, when: str, cc: str | None = None,
                 to: str | None = None, via: str = "NAM12-BN8-obe.outbound.protection.outlook.com",
                 ip: str = "40.107.237.82", extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    mid, _, tindex = exch_ids(seed)
    return hdr(seed, frm=frm, subject=subject, when=when, zone="UTC", via=via, ip=ip, to=to, cc=cc,
               mid=mid,
               extra=(("Thread-Topic", subject), ("Thread-Index", tindex), ("Accept-Language", "en-US"),
                      ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes"),
                      ("X-MS-Exchange-Organization-SCL", "1"), *extra))


def html_from_plain(plain: str, font: str = "Aptos,Calibri,Helvetica,sans-serif") -> str:
    import html as _h
    paras = []
    for line in plain.rstrip("\n").split("\n"):
        paras.append(f"<div>{_h.escape(line) if line else '<br>'}</div>")
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body><div style=\"font-family:{font};font-size:11pt;color:#000000\">\n"
            + "\n".join(paras) + "\n</div></body></html>\n")


# =========================================================================== positives
# --------------------------------------------------------------------------- K1 Greenhouse, scheduled


@mail(nm(), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start="2026-03-10T17:00:00Z", end="2026-03-10T17:30:00Z", contact="kenji.abara@larchmontlabs.com",
      company="Larchmont Labs", local="Tue 2026-03-10 10:00", local_end="2026-03-10 10:30", zone=LA,
      note="Greenhouse confirmation of a recruiter phone screen, 'Tuesday, March 10, 2026, 10:00 AM - "
           "10:30 AM PDT'. Sent Thu 5 Mar in PST; US daylight time starts Sun 8 Mar, so the interview is "
           "UTC-7 = 17:00Z. ICS in UTC agrees. Contact = Reply-To recruiter (also ICS ORGANIZER).")
def k01() -> bytes:
    seed = "k01"
    plain = t("""
        Hi Nadia,

        Thanks for taking the time to speak with us! Here are the details for your upcoming interview
        for the Senior Product Manager, Payments Platform role at Larchmont Labs.

        Interview: Recruiter Phone Screen
        Date: Tuesday, March 10, 2026
        Time: 10:00 AM - 10:30 AM PDT
        Interviewer: Kenji Abara, Senior Technical Recruiter
        Location: Phone call. Kenji will call you at (206) 555-0148.

        To get the most out of the conversation, it helps to have a look at our product pages
        (larchmontlabs.com/platform) and to think about a payments or platform product you have
        shipped end to end.

        If you need to make a change, just reply to this email.

        Best,
        The Larchmont Labs Recruiting Team

        ---
        Powered by Greenhouse
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Nadia,</p>
        <p>Thanks for taking the time to speak with us! Here are the details for your upcoming interview
        for the <strong>Senior Product Manager, Payments Platform</strong> role at Larchmont Labs.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Recruiter Phone Screen</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, March 10, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 10:30 AM PDT</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Kenji Abara, Senior Technical Recruiter</td></tr>
        <tr><td><b>Location:</b></td><td>Phone call. Kenji will call you at (206) 555-0148.</td></tr>
        </table>
        <p>To get the most out of the conversation, it helps to have a look at our product pages
        (<a href="https://larchmontlabs.com/platform">larchmontlabs.com/platform</a>) and to think about a
        payments or platform product you have shipped end to end.</p>
        <p>If you need to make a change, just reply to this email.</p>
        <p>Best,<br>The Larchmont Labs Recruiting Team</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        <img src="https://app.greenhouse.io/email_open/3f1e88a0.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse//Greenhouse Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:interview-88310472@greenhouse.io
        DTSTAMP:{stamp("2026-03-05 14:12:40", LA)}
        DTSTART:{icsz("2026-03-10 10:00", LA)}
        DTEND:{icsz("2026-03-10 10:30", LA)}
        SUMMARY:Recruiter Phone Screen - Larchmont Labs
        DESCRIPTION:Kenji Abara will call you at (206) 555-0148.
        LOCATION:Phone
        ORGANIZER;CN=Kenji Abara:mailto:kenji.abara@larchmontlabs.com
        ATTENDEE;CN=Nadia Kowalczyk;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    hs = hdr(seed, frm=addr("Larchmont Labs", "no-reply@us.greenhouse-mail.io"),
             subject="Interview Confirmation: Senior Product Manager, Payments Platform at Larchmont Labs",
             when="2026-03-05 14:12:38", zone=LA, via="o3.us.greenhouse-mail.io", ip="167.89.41.12",
             reply_to=addr("Kenji Abara", "kenji.abara@larchmontlabs.com"),
             mid="<0100018e0b1f2a4c-6c0d1b7e-91aa-4c1f-8f20-3b4f6a1d2e90-000000@us.greenhouse-mail.io>")
    return message(hs, body)


# --------------------------------------------------------------------------- K2 Amazon-style loop


@mail(nm(), family="bigtech_loop", lang="en-US", interview=True, kind="scheduled",
      start="2026-04-21T16:00:00Z", end="2026-04-21T21:40:00Z", contact="bsoto@tidewater.com",
      company="Tidewater", local="Tue 2026-04-21 09:00", local_end="2026-04-21 14:40", zone=LA,
      note="Amazon-style virtual onsite itinerary from a human recruiting coordinator: five Chime "
           "sessions on Tue 21 Apr, 9:00 AM to 2:40 PM PDT; multi-session = first start to last end "
           "(16:00Z-21:40Z). Contact = the coordinator who sent it.")
def k02() -> bytes:
    seed = "k02"
    plain = t("""
        Hello Nadia,

        Thank you for your continued interest in Tidewater! I am pleased to confirm your virtual onsite
        interview for the Senior Product Manager - Technical, Tidewater Ads role (Job ID: 3018842) on
        Tuesday, April 21, 2026. All times below are Pacific Daylight Time (PDT).

        INTERVIEW ITINERARY

        9:00 AM - 9:55 AM    Ellen Brooks, Sr. Manager, Product Management (Hiring Manager)
        10:00 AM - 10:55 AM  Ravi Nair, Principal Product Manager - Technical
        11:00 AM - 11:55 AM  Charlotte Webb, Director, Ads Measurement
        11:55 AM - 12:45 PM  Break
        12:45 PM - 1:40 PM   Tom Okoye, Sr. Software Development Manager
        1:45 PM - 2:40 PM    Alicia Fernandez, Sr. UX Design Manager

        All interviews take place on Tidewater Chime, using the same meeting for the whole day:
        https://chime.tidewater.com/meetings/8842019374
        Meeting ID: 8842 01 9374
        One-click dial-in (US): +1 206-555-0199,,8842019374#

        What to expect
        Each interviewer will ask behavioral questions tied to two or three of the Tidewater Principles
        and will leave about 5 minutes at the end for your questions. One of your interviewers is a Bar
        Raiser, an experienced interviewer from outside the hiring team. Expect at least one written
        exercise: please have a way to share your screen.

        Before the day
        - Test Chime on the device you will use: https://chime.tidewater.com/test
        - Review the Tidewater Principles: https://www.tidewater.jobs/principles
        - Let me know right away if you need any accommodation.

        If anything comes up, reply to this email or call me at (206) 555-0172.

        Best regards,

        Brianna Soto
        Recruiting Coordinator | Tidewater Ads
        bsoto@tidewater.com
        """)
    rows = [("9:00 AM - 9:55 AM", "Ellen Brooks", "Sr. Manager, Product Management (Hiring Manager)"),
            ("10:00 AM - 10:55 AM", "Ravi Nair", "Principal Product Manager - Technical"),
            ("11:00 AM - 11:55 AM", "Charlotte Webb", "Director, Ads Measurement"),
            ("11:55 AM - 12:45 PM", "Break", ""),
            ("12:45 PM - 1:40 PM", "Tom Okoye", "Sr. Software Development Manager"),
            ("1:45 PM - 2:40 PM", "Alicia Fernandez", "Sr. UX Design Manager")]
    trs = "\n".join(f"<tr><td style=\"border:1px solid #ccc;padding:4px 8px\">{a}</td>"
                    f"<td style=\"border:1px solid #ccc;padding:4px 8px\">{b}</td>"
                    f"<td style=\"border:1px solid #ccc;padding:4px 8px\">{c}</td></tr>" for a, b, c in rows)
    htm = (t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hello Nadia,</p>
        <p>Thank you for your continued interest in Tidewater! I am pleased to confirm your virtual onsite
        interview for the <b>Senior Product Manager - Technical, Tidewater Ads</b> role (Job ID: 3018842) on
        <b>Tuesday, April 21, 2026</b>. All times below are Pacific Daylight Time (PDT).</p>
        <p><b><u>INTERVIEW ITINERARY</u></b></p>
        <table style="border-collapse:collapse">
        <tr><th style="border:1px solid #ccc;padding:4px 8px">Time (PDT)</th><th style="border:1px solid #ccc;padding:4px 8px">Interviewer</th><th style="border:1px solid #ccc;padding:4px 8px">Title</th></tr>
        """) + trs + t("""

        </table>
        <p>All interviews take place on Tidewater Chime, using the same meeting for the whole day:<br>
        <a href="https://chime.tidewater.com/meetings/8842019374">https://chime.tidewater.com/meetings/8842019374</a><br>
        Meeting ID: 8842 01 9374<br>One-click dial-in (US): +1 206-555-0199,,8842019374#</p>
        <p><b>What to expect</b><br>Each interviewer will ask behavioral questions tied to two or three of the
        Tidewater Principles and will leave about 5 minutes at the end for your questions. One of your
        interviewers is a Bar Raiser, an experienced interviewer from outside the hiring team. Expect at
        least one written exercise: please have a way to share your screen.</p>
        <p><b>Before the day</b></p>
        <ul><li>Test Chime on the device you will use: https://chime.tidewater.com/test</li>
        <li>Review the Tidewater Principles: https://www.tidewater.jobs/principles</li>
        <li>Let me know right away if you need any accommodation.</li></ul>
        <p>If anything comes up, reply to this email or call me at (206) 555-0172.</p>
        <p>Best regards,</p>
        <p>Brianna Soto<br>Recruiting Coordinator | Tidewater Ads<br>bsoto@tidewater.com</p>
        </div></body></html>
        """))
    hs = hdr(seed, frm=addr("Soto, Brianna", "bsoto@tidewater.com"),
             subject="Virtual Onsite Interview Confirmation | Senior Product Manager - Technical, "
                     "Tidewater Ads | Nadia Kowalczyk",
             when="2026-04-15 09:41:07", zone=LA, via="smtp-fw-80006.tidewater.com", ip="99.78.197.217",
             mid="<8f2d1c0a7e6b4f39a1c2d3e4f5a6b7c8@EX19D004UWA002.ant.tidewater.com>",
             extra=(("Thread-Topic", "Virtual Onsite Interview Confirmation | Senior Product Manager - "
                                     "Technical, Tidewater Ads | Nadia Kowalczyk"),
                    ("Accept-Language", "en-US"), ("X-Originating-IP", "[10.43.160.21]")))
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- K3 Outlook/Teams request


RIDGE_UID_SEED = "ridgeline-hm-round"


@mail(nm(), family="exchange_teams", lang="en-US", interview=True, kind="scheduled",
      start="2026-05-07T20:00:00Z", end="2026-05-07T21:00:00Z", contact="haosei@ridgelinesoftware.com",
      company="Ridgeline Software", local="Thu 2026-05-07 13:00", local_end="2026-05-07 14:00", zone=LA,
      note="Exchange meeting request with Teams block; prose 'Thursday 5/7 at 1pm Pacific', ICS "
           "TZID 'Pacific Standard Time' 13:00-14:00 (a Windows name that also covers daylight time: "
           "May = PDT, UTC-7). Contact = human organizer/sender.")
def k03() -> bytes:
    seed = "k03"
    _, uid, _ = exch_ids(RIDGE_UID_SEED)
    teams = TEAMS.format(mt="ZjQ5YTc2NmEtM2I1Ny00ZWE0LWJmNzgtMGQ2Y2E4ZDFlMjc4", tid="5b0c6d2e-4f1a-4e8b-9d3c-2a7f1e0b8c64",
                         mid="291 448 730 512", pc="qH7bT2")
    plain = t("""
        Hi Nadia,

        Sending over the invite for your hiring manager conversation with Raj Menon (GM, Fleet
        Insights) for Thursday 5/7 at 1pm Pacific. It'll be on Teams, link below. Raj will want to
        hear about a product you took from 0 to 1 and how you worked with engineering on it, so
        come ready to go deep on one example.

        Thanks, and let me know if anything changes on your end!

        Hannah Osei
        Recruiter, Ridgeline Software | Redmond, WA

        """) + teams
    ics = exch_ics(method="REQUEST", uid=uid, organizer=("Hannah Osei", "haosei@ridgelinesoftware.com"),
                   attendees=[("Nadia Kowalczyk", ME), ("Raj Menon", "rajmen@ridgelinesoftware.com")],
                   summary="Ridgeline | Senior PM Interview - Hiring Manager Round (Nadia Kowalczyk)",
                   description="Hi Nadia\\,\\n\\nSending over the invite for your hiring manager conversation "
                               "with Raj Menon (GM\\, Fleet Insights) for Thursday 5/7 at 1pm Pacific.\\n",
                   start="2026-05-07 13:00", end="2026-05-07 14:00", dtstamp="20260501T180322Z", sequence=0)
    body = alt(text(plain), html(html_from_plain(plain)), calendar(ics, method="REQUEST", cte="base64"))
    subj = "Ridgeline | Senior PM Interview - Hiring Manager Round (Nadia Kowalczyk)"
    hs = exch_headers(seed, frm=addr("Hannah Osei", "haosei@ridgelinesoftware.com"), subject=subj,
                      when="2026-05-01 18:03:22", cc=addr("Raj Menon", "rajmen@ridgelinesoftware.com"),
                      extra=(("X-MS-TNEF-Correlator", "<BY5PR21MB4462C1A0D7E8F9A1B2C3D4E5F60@BY5PR21MB4462.namprd21.prod.outlook.com>"),))
    return message(hs, body)


# --------------------------------------------------------------------------- K4 Google Calendar coffee chat

FERN_ORG = ("Jun Park", "jun.park@fernbrookhealth.com")
FERN_UID = "5n2q8v1k7c3d0r6t4b9m1x2z8f@google.com"
FERN_LOC = "Victrola Coffee, 411 15th Ave E, Seattle, WA 98112, USA"
FERN_LOC_ICS = "Victrola Coffee\\, 411 15th Ave E\\, Seattle\\, WA 98112\\, USA"
FERN_DESC = ("Informal chat about the Senior PM role on the care-navigation team. I'm the hiring manager; "
             "no prep needed, just bring your questions. Coffee's on me.")


@mail(nm(), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start="2026-03-20T15:30:00Z", end="2026-03-20T16:15:00Z", contact="jun.park@fernbrookhealth.com",
      company="Fernbrook Health", local="Fri 2026-03-20 08:30", local_end="2026-03-20 09:15", zone=LA,
      note="Google Calendar invitation from the hiring manager for an in-person coffee chat about the "
           "Senior PM role (counted as an interview: hiring manager, specific role). Fri 20 Mar 8:30-9:15 "
           "PDT (after 8 Mar) = 15:30Z-16:15Z. Contact = ORGANIZER.")
def k04() -> bytes:
    seed = "k04"
    title = "Coffee w/ Nadia (Sr PM role)"
    plain = gcal_text(banner="Jun Park has invited you to an event", title=title,
                      when_line="Friday Mar 20, 2026 ⋅ 8:30am – 9:15am", tzname="Pacific Time - Los Angeles",
                      location=FERN_LOC, description=FERN_DESC, organizer=FERN_ORG, guests=[ME],
                      eid="NW4ycTh2MWs3YzNkMHI2dDRiOW0xeDJ6OGYgbmFkaWEua293YWxjenlrQGV4YW1wbGUub3Jn")
    ics = gcal_ics(method="REQUEST", uid=FERN_UID, start="2026-03-20 08:30", end="2026-03-20 09:15",
                   zone_vtz=VTZ_LA, tzid=LA, organizer=FERN_ORG,
                   attendees=[("Jun Park", FERN_ORG[1], "ACCEPTED"), (ME, ME, "NEEDS-ACTION")],
                   summary=title, location=FERN_LOC_ICS,
                   description=FERN_DESC.replace(",", "\\,").replace(";", "\\;"),
                   sequence=0, dtstamp="20260316T232012Z", created="20260316T231944Z")
    subj = f"Invitation: {title} @ Fri Mar 20, 2026 8:30am - 9:15am (PDT) ({ME})"
    hs = gcal_headers(seed, organizer=FERN_ORG, subject=subj, when="2026-03-16 16:20:12", zone=LA)
    return message(hs, gcal_body(plain, ics, "REQUEST"))


# --------------------------------------------------------------------------- K5 Lever, Austin


@mail(nm(), family="lever", lang="en-US", interview=True, kind="scheduled",
      start="2026-06-03T16:00:00Z", end="2026-06-03T16:45:00Z", contact="lauren.beckett@quillfeather.io",
      company="Quillfeather", local="Wed 2026-06-03 11:00", local_end="2026-06-03 11:45", zone=CHI,
      note="Lever confirmation from an Austin company, 'Wednesday, June 3rd 2026, 11:00am - 11:45am CDT' "
           "(UTC-5) = 16:00Z-16:45Z (9 AM in Seattle). Contact = Reply-To recruiter.")
def k05() -> bytes:
    seed = "k05"
    plain = t("""
        Hi Nadia,

        Your interview with Quillfeather has been confirmed! Here are the details:

        Senior Product Manager, Creator Tools
        Wednesday, June 3rd 2026, 11:00am - 11:45am CDT

        Execution interview with Dara Whitlock (Head of Product)
        Video call: https://meet.google.com/qfr-mxwa-tzd

        Dara will walk through a real prioritization problem from our roadmap with you, so feel free to
        poke around the creator dashboard beforehand.

        Please reply to this email if you need to make any changes.

        Quillfeather
        """)
    htm = t("""
        <div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:15px;color:#333;max-width:560px">
        <p>Hi Nadia,</p>
        <p>Your interview with Quillfeather has been confirmed! Here are the details:</p>
        <div style="border:1px solid #e3e3e3;border-radius:4px;padding:16px">
        <div style="font-weight:600">Senior Product Manager, Creator Tools</div>
        <div>Wednesday, June 3rd 2026, 11:00am - 11:45am CDT</div>
        <div style="margin-top:10px">Execution interview with Dara Whitlock (Head of Product)</div>
        <div>Video call: <a href="https://meet.google.com/qfr-mxwa-tzd">https://meet.google.com/qfr-mxwa-tzd</a></div>
        </div>
        <p>Dara will walk through a real prioritization problem from our roadmap with you, so feel free to
        poke around the creator dashboard beforehand.</p>
        <p>Please reply to this email if you need to make any changes.</p>
        <p>Quillfeather</p>
        </div>
        """)
    hs = hdr(seed, frm=addr("Quillfeather", "no-reply@hire.lever.co"),
             subject="Interview confirmed: Senior Product Manager, Creator Tools at Quillfeather",
             when="2026-05-28 08:15:51", zone=CHI, via="mail-a12.hire.lever.co", ip="198.2.131.44",
             reply_to=addr("Lauren Beckett", "lauren.beckett@quillfeather.io"),
             mid="<lever-2f6d9b1e-8c3a-4d57-a0e1-5b9c7f2e4d31@hire.lever.co>")
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- K6 Ashby, San Francisco

BRIGHT_RT = ("Sofia Marchetti", "sofia@brightwater.ai")


@mail(nm(), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start="2026-06-18T21:00:00Z", end="2026-06-18T22:00:00Z", contact="sofia@brightwater.ai",
      company="Brightwater", local="Thu 2026-06-18 14:00", local_end="2026-06-18 15:00", zone=LA,
      note="Ashby confirmation (base64 bodies, ICS with TZID America/Los_Angeles) of a product sense "
           "interview, Thu 18 Jun 2:00-3:00 PM PDT = 21:00Z-22:00Z. Sent on a Saturday. Contact = "
           "Reply-To / ORGANIZER recruiter.")
def k06() -> bytes:
    seed = "k06"
    plain = t("""
        Hi Nadia,

        Your interview is confirmed. We're looking forward to speaking with you!

        Product Sense Interview
        Thursday, June 18, 2026, 2:00 PM – 3:00 PM PDT
        Zoom: https://brightwater.zoom.us/j/84120937751?pwd=Y2xZbU1nR0dK

        You'll meet with:
          Theo Marsh — Group Product Manager, Assistants

        Questions? Just reply and it will reach Sofia Marchetti.

        Thanks,
        Brightwater Recruiting
        """)
    htm = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Nadia,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Product Sense Interview</strong><br>
        Thursday, June 18, 2026, 2:00 PM – 3:00 PM PDT<br>
        Zoom: <a href="https://brightwater.zoom.us/j/84120937751?pwd=Y2xZbU1nR0dK">https://brightwater.zoom.us/j/84120937751</a></p>
        <p>You&#x27;ll meet with:<br>
          Theo Marsh — Group Product Manager, Assistants</p>
        <p>Questions? Just reply and it will reach Sofia Marchetti.</p>
        <p>Thanks,<br>
        Brightwater Recruiting</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {{VTZ}}
        BEGIN:VEVENT
        UID:a81f3c22-0d4e-4b6a-9e71-3c5d2f8a1b07
        DTSTAMP:{stamp("2026-06-13 10:02:15", LA)}
        DTSTART;TZID=America/Los_Angeles:20260618T140000
        DTEND;TZID=America/Los_Angeles:20260618T150000
        SEQUENCE:0
        SUMMARY:Brightwater – Product Sense Interview (Nadia Kowalczyk)
        LOCATION:https://brightwater.zoom.us/j/84120937751?pwd=Y2xZbU1nR0dK
        ORGANIZER;CN=Sofia Marchetti:mailto:sofia@brightwater.ai
        ATTENDEE;CN=Nadia Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("{VTZ}", VTZ_LA)
    body = mixed(alt(text(plain, cte="base64"), html(htm, cte="base64")),
                 calendar(ics, method=None, cte="base64", filename="invite.ics", disposition="attachment"))
    hs = hdr(seed, frm=addr("Brightwater", "no-reply@ashbyhq.com"),
             subject="Interview confirmed: Senior Product Manager, Assistants at Brightwater",
             when="2026-06-13 10:02:15", zone=LA, via="a48-112.smtp-out.amazonses.com", ip="54.240.48.112",
             reply_to=addr(*BRIGHT_RT),
             mid="<0100019012ab77c4-3e9f1a20-5d6b-4c8e-a7f2-6b0e9d1c3a55-000000@email.amazonses.com>")
    return message(hs, body)


# --------------------------------------------------------------------------- K7 GoodTime, Bellevue

STILL_RT = ("Tomasz Wright", "tomasz.wright@stillwaterdevices.com")


@mail(nm(), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start="2026-07-10T16:30:00Z", end="2026-07-10T17:30:00Z", contact="tomasz.wright@stillwaterdevices.com",
      company="Stillwater Devices", local="Fri 2026-07-10 09:30", local_end="2026-07-10 10:30", zone=LA,
      note="GoodTime HTML-only (base64) confirmation of an execution round, 'Friday, July 10 · 9:30 – "
           "10:30 AM PT' (PDT, UTC-7) = 16:30Z-17:30Z. Contact = Reply-To recruiter.")
def k07() -> bytes:
    seed = "k07"
    htm = t("""
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
        <title>Interview Confirmation</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f5f7"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#1f2d3d">
        <tr><td style="padding:24px 32px;border-bottom:3px solid #0b6e4f"><img src="https://assets.goodtime.io/logos/stillwater-devices.png" alt="Stillwater Devices" height="32" /></td></tr>
        <tr><td style="padding:24px 32px;font-size:15px;line-height:22px">
        <p>Hi Nadia,</p>
        <p>Thank you for your interest in Stillwater Devices! Your interview for <strong>Senior Product Manager, Home Sensors</strong> is confirmed.</p>
        <table cellpadding="0" cellspacing="0" border="0" style="width:100%;background:#f7f9fa;border-radius:6px">
        <tr><td style="padding:16px 20px;font-size:15px">
        <div style="font-size:17px;font-weight:bold">Execution Interview</div>
        <div style="margin-top:6px">Friday, July 10 &middot; 9:30 &ndash; 10:30 AM PT</div>
        <div style="margin-top:6px">Interviewer: Grace Liu, Director of Product</div>
        <div style="margin-top:6px">Zoom: <a href="https://stillwaterdevices.zoom.us/j/93018827461">https://stillwaterdevices.zoom.us/j/93018827461</a></div>
        </td></tr></table>
        <p>In this conversation Grace will look at how you plan and ship: trade-offs, metrics, and how you handle a launch that slips.</p>
        <p>Need to make a change? Simply reply to this email and Tomasz will help.</p>
        <p>Best regards,<br />Stillwater Devices Talent Team</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#8a96a3">Scheduled with GoodTime &middot; <a href="https://goodtime.io/privacy" style="color:#8a96a3">Privacy</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = hdr(seed, frm=addr("Stillwater Devices Recruiting", "notifications@goodtime.io"),
             subject="Interview Confirmation: Stillwater Devices - Senior Product Manager, Home Sensors",
             when="2026-07-06 12:30:44", zone=LA, via="o7.ptr4412.goodtime.io", ip="149.72.88.14",
             reply_to=addr(*STILL_RT),
             mid="<gt.6a1c0e93b2f84d57.20260706193044@goodtime.io>")
    return message(hs, html(htm, cte="base64"))


# --------------------------------------------------------------------------- K8 ModernLoop, Vancouver BC


@mail(nm(), family="modernloop", lang="en-CA", interview=True, kind="scheduled",
      start="2026-08-25T17:00:00Z", end="2026-08-25T19:30:00Z", contact="emilie.tremblay@harborlight.ca",
      company="Harborlight", local="Tue 2026-08-25 10:00", local_end="2026-08-25 12:30", zone=VAN,
      note="ModernLoop itinerary for an in-person final round in Vancouver: three sessions, 10:00 am to "
           "12:30 pm PDT (America/Vancouver, UTC-7) = 17:00Z-19:30Z, first start to last end. Sender is "
           "the scheduler's no-reply; contact = the coordinator's address written in the body.")
def k08() -> bytes:
    seed = "k08"
    plain = t("""
        Hi Nadia,

        You're all set! Here are the details for your final round interviews with Harborlight.

        Tuesday, August 25, 2026
        In person: Harborlight, 128 Water Street, 3rd floor, Vancouver, BC V6B 1A7

        10:00 am – 10:45 am PDT   Product Sense · Priya Dhillon, Principal PM
        10:45 am – 11:30 am PDT   Execution · Marc Lévesque, Engineering Director
        11:45 am – 12:30 pm PDT   Leadership · Anne Fraser, VP Product

        Please check in with reception on the 3rd floor about 10 minutes early and bring a
        government-issued photo ID. There's pay parking on Cordova; the office is a 5-minute walk from
        Waterfront Station.

        Questions? Reach out to Émilie Tremblay (emilie.tremblay@harborlight.ca).

        Good luck!
        Harborlight Talent Team

        Sent via ModernLoop
        """)
    htm = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#101828;font-size:14px">
        <p>Hi Nadia,</p>
        <p>You're all set! Here are the details for your final round interviews with Harborlight.</p>
        <p style="font-size:16px;font-weight:600">Tuesday, August 25, 2026</p>
        <p>In person: Harborlight, 128 Water Street, 3rd floor, Vancouver, BC V6B 1A7</p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td>10:00 am – 10:45 am PDT</td><td><b>Product Sense</b> · Priya Dhillon, Principal PM</td></tr>
        <tr><td>10:45 am – 11:30 am PDT</td><td><b>Execution</b> · Marc Lévesque, Engineering Director</td></tr>
        <tr><td>11:45 am – 12:30 pm PDT</td><td><b>Leadership</b> · Anne Fraser, VP Product</td></tr>
        </table>
        <p>Please check in with reception on the 3rd floor about 10 minutes early and bring a
        government-issued photo ID. There's pay parking on Cordova; the office is a 5-minute walk from
        Waterfront Station.</p>
        <p>Questions? Reach out to Émilie Tremblay (<a href="mailto:emilie.tremblay@harborlight.ca">emilie.tremblay@harborlight.ca</a>).</p>
        <p>Good luck!<br>Harborlight Talent Team</p>
        <p style="color:#98a2b3;font-size:12px">Sent via ModernLoop</p>
        </body></html>
        """)
    hs = hdr(seed, frm=addr("Harborlight Talent Team", "no-reply@modernloop.io"),
             subject="Confirmed: Final Round Interviews with Harborlight – Tuesday, August 25",
             when="2026-08-18 15:05:09", zone=VAN, via="mail-out.modernloop.io", ip="18.211.34.90",
             mid="<ml-itin-7d20e4c9a5b1@modernloop.io>")
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- K9 Calendly recruiter screen


@mail(nm(), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start="2026-03-23T16:00:00Z", end="2026-03-23T16:30:00Z", contact="aaron.feld@nimbusgrove.com",
      company="Nimbus Grove", local="Mon 2026-03-23 09:00", local_end="2026-03-23 09:30", zone=LA,
      note="Calendly invitee confirmation of a '30 Minute Recruiter Screen' at 9:00am (Pacific Time - US & "
           "Canada) Mon 23 Mar = 16:00Z; the event type states the exact length, and the ICS ends at "
           "16:30Z. Contact = host (Reply-To / ORGANIZER).")
def k09() -> bytes:
    seed = "k09"
    plain = t("""
        Hi Nadia Kowalczyk,

        Your 30 Minute Recruiter Screen with Aaron Feld at 9:00am (Pacific Time - US & Canada) on Monday, March 23, 2026 is scheduled.

        Event Type:
        30 Minute Recruiter Screen

        Event Date/Time:
        9:00am - Monday, March 23, 2026 (Pacific Time - US & Canada)

        Location:
        Aaron will call you at +1 206-555-0148

        Invitee Email:
        nadia.kowalczyk@example.org

        Questions:

        Which Nimbus Grove role are you most interested in?
        Senior PM, Data Platform (remote)

        Anything you'd like Aaron to know beforehand?
        Currently at a logistics company, open to remote roles on Pacific hours.

        View event in Calendly: https://calendly.com/events/8f3a2c1d-77b0-4e5a-9d61-0c2be4a95f13

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8f3a2c1d-77b0-4e5a-9d61-0c2be4a95f13
        Reschedule: https://calendly.com/reschedulings/8f3a2c1d-77b0-4e5a-9d61-0c2be4a95f13

        Powered by Calendly.com
        """)
    htm = ("<html><body style=\"font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055\">"
           + "".join(f"<p>{line}</p>" if line else "" for line in plain.replace("&", "&amp;").split("\n"))
           + "</body></html>\n")
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:{stamp("2026-03-19 13:44:02", LA)}
        UID:8f3a2c1d-77b0-4e5a-9d61-0c2be4a95f13@calendly.com
        DTSTART:20260323T160000Z
        DTEND:20260323T163000Z
        SUMMARY:Nadia Kowalczyk and Aaron Feld
        DESCRIPTION:Event Name: 30 Minute Recruiter Screen\\n\\nLocation: Aaron will call you at +1 206-555-0148\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/8f3a2c1d-77b0-4e5a-9d61-0c2be4a95f13\\n\\nPowered by Calendly.com
        LOCATION:+1 206-555-0148
        ORGANIZER;CN=Aaron Feld:mailto:aaron.feld@nimbusgrove.com
        ATTENDEE;CN=Nadia Kowalczyk;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:{ME}
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    hs = hdr(seed, frm=addr("Calendly", "notifications@calendly.com"),
             subject="Confirmed: 30 Minute Recruiter Screen with Aaron Feld on Monday, March 23, 2026",
             when="2026-03-19 13:44:02", zone=LA, via="o1.email.calendly.com", ip="167.89.101.33",
             reply_to=addr("Aaron Feld", "aaron.feld@nimbusgrove.com"),
             mid="<Qx8vT1rXS3ybC0mJ2nWf4A@geopod-ismtpd-14>")
    return message(hs, body)


# --------------------------------------------------------------------------- K10 recruiter reply from phone

HALYARD = ("Reggie Tran", "reggie.tran@halyardrobotics.com")
HAL_MID1 = "<CAJq7pL0v3x-Ryd2k1Vbq9M4mT8nE2wKcX5oZr7a@mail.gmail.com>"
HAL_MID2 = "<CAN0kw4s=BfE6e2qLxZ8y1uT7cPd9oH3vA5jG4@mail.gmail.com>"


@mail(nm(), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-17T21:30:00Z", contact="reggie.tran@halyardrobotics.com", company="Halyard Robotics",
      local="Thu 2026-09-17 14:30", zone=LA,
      note="Recruiter's phone reply 'locked in for thurs 230' on top of the quoted thread (his slot list, "
           "her pick 'Thursday at 2:30'); resolved against Date Mon 14 Sep PDT -> Thu 17 Sep 14:30 PDT = "
           "21:30Z. '~45 min' is approximate -> end null. Contact = sender.")
def k10() -> bytes:
    seed = "k10"
    plain = t("""
        perfect ur locked in for thurs 230. maya will call ur cell, heads up she sometimes runs a couple min late lol

        Reggie

        Sent from my iPhone

        > On Sep 14, 2026, at 6:31 PM, Nadia Kowalczyk <nadia.kowalczyk@example.org> wrote:
        >
        > Hi Reggie,
        >
        > Thanks, excited to meet Maya! Thursday at 2:30 works best for me.
        >
        > Nadia
        >
        >> On Fri, Sep 11, 2026 at 4:02 PM Reggie Tran <reggie.tran@halyardrobotics.com> wrote:
        >> Hi Nadia!
        >>
        >> Great news, Maya (our Director of Product) would love to meet. She has:
        >>
        >> - Tue 9/15 at 11am
        >> - Wed 9/16 anytime after 3
        >> - Thu 9/17 at 2:30
        >>
        >> All PT, ~45 min by phone. Lmk what works and I'll lock it in.
        >>
        >> Reggie
        """)
    hs = hdr(seed, frm=addr(*HALYARD), subject="Re: Halyard - next convo w/ Maya",
             when="2026-09-14 19:52:30", zone=LA, via="mail-pj1-f54.google.com", ip="209.85.216.54",
             mid="<2F8D1E4C-7A3B-4B9E-9C1D-5E6F7A8B9C0D@halyardrobotics.com>",
             extra=(("In-Reply-To", HAL_MID2), ("References", f"{HAL_MID1} {HAL_MID2}"),
                    ("X-Mailer", "iPhone Mail (22G86)")))
    return message(hs, text(plain, cte="7bit", params="format=flowed"))


# --------------------------------------------------------------------------- K11 Workday, Vancouver, after DST ends


@mail(nm(), family="workday", lang="en-CA", interview=True, kind="scheduled",
      start="2026-11-02T18:00:00Z", end="2026-11-02T19:00:00Z", contact="gurpreet.sandhu@northshoretel.ca",
      company="Northshore Telecom", local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone=VAN,
      note="Workday 'Interview Scheduled' from a system mailbox; 'Monday, November 2, 2026, 10:00 a.m. - "
           "11:00 a.m. Pacific Time'. Sent Wed 28 Oct in PDT, but clocks fall back Sun 1 Nov, so the "
           "interview is PST (UTC-8) = 18:00Z-19:00Z; ICS in UTC agrees. Contact = recruiter address in body.")
def k11() -> bytes:
    seed = "k11"
    plain = t("""
        Hello Nadia,

        Thank you for your interest in Northshore Telecom. We are pleased to confirm your interview for
        the position below.

        Position: Senior Product Manager, Consumer Mobility (R-20417)
        Interview Type: Panel Interview (video)
        Date: Monday, November 2, 2026
        Time: 10:00 a.m. - 11:00 a.m. Pacific Time
        Interviewers: Karen Ng (Director, Digital Products), Owen Baptiste (Senior Manager, Customer Experience)
        Location: Microsoft Teams - https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZmE2ZDctYmU0%40thread.v2/0

        Please note our offices are closed for Remembrance Day on November 11; this does not affect your
        interview. If you require an accommodation at any stage of the recruitment process, or need to
        reschedule, please contact Gurpreet Sandhu at gurpreet.sandhu@northshoretel.ca.

        Kind regards,
        Talent Acquisition
        Northshore Telecom

        This message was sent from an unmonitored mailbox. To view your application, sign in to your
        Candidate Home account: https://northshoretel.wd3.myworkdayjobs.com/en-US/Careers/userHome
        """)
    htm = "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in plain.split("\n\n")) + "</body></html>\n"
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workday Inc.//Workday Calendar//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:INT-20417-55173@myworkday.com
        DTSTAMP:{stamp("2026-10-28 10:17:55", VAN)}
        DTSTART:20261102T180000Z
        DTEND:20261102T190000Z
        SUMMARY:Interview - Senior Product Manager\\, Consumer Mobility (R-20417)
        LOCATION:Microsoft Teams
        DESCRIPTION:Panel Interview with Karen Ng and Owen Baptiste
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, method=None, cte="base64", filename="Interview.ics", disposition="attachment",
                          name_param=True))
    hs = hdr(seed, frm=addr("Northshore Telecom", "northshoretel@myworkday.com"),
             subject="Interview Scheduled - Senior Product Manager, Consumer Mobility (R-20417)",
             when="2026-10-28 10:17:55", zone=VAN, via="wd3-smtp-out.myworkday.com", ip="216.146.36.21",
             mid="<1387511204.77309.1761671875512@wd3-impl-services1.myworkday.com>")
    return message(hs, body)


# --------------------------------------------------------------------------- K12 forward to self


@mail(nm(), family="forward_self", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-29T17:00:00Z", end="2026-09-29T17:45:00Z", contact="ogrant@saltwharf.com",
      company="Saltwharf", local="Tue 2026-09-29 13:00", local_end="2026-09-29 13:45", zone=NY,
      note="Nadia forwards (from her other address) a recruiter's confirmation: 'Tuesday 9/29 at 1:00 PM ET "
           "(10:00 AM PT) for 45 minutes' -> EDT, 17:00Z-17:45Z. Contact = the recruiter in the forwarded "
           "header (never the candidate's own addresses).")
def k12() -> bytes:
    seed = "k12"
    plain = t("""
        fwd to my main inbox so I don't lose it

        ---------- Forwarded message ---------
        From: Olivia Grant <ogrant@saltwharf.com>
        Date: Thu, Sep 24, 2026 at 8:48 AM
        Subject: Saltwharf // Interview with Marcus Lee
        To: Nadia K <nadia.k@example.net>


        Hi Nadia,

        Confirming your interview with our VP of Product, Marcus Lee, on Tuesday 9/29 at 1:00 PM ET
        (10:00 AM PT) for 45 minutes. We'll use Google Meet: https://meet.google.com/smw-kpqe-rvd

        Marcus likes to spend most of the time on one product you've owned, what you'd measure, and what
        you'd do differently, plus a short "improve a product you use every day" prompt.

        Let me know if you have any questions beforehand!

        Olivia Grant
        Senior Recruiter | Saltwharf
        """)
    hs = hdr(seed, frm=addr("Nadia K", "nadia.k@example.net"),
             subject="Fwd: Saltwharf // Interview with Marcus Lee",
             when="2026-09-24 21:05:17", zone=LA, via="mail-wm1-f47.google.com", ip="209.85.128.47")
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- K13 Eightfold, interviewer in NYC


@mail(nm(), family="eightfold", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-14T19:00:00Z", end="2026-10-14T19:45:00Z", contact=None, company="Cobalt Arc",
      local="Wed 2026-10-14 15:00", local_end="2026-10-14 15:45", zone=NY,
      note="Eightfold scheduling mail, '3:00 PM - 3:45 PM EDT (12:00 PM - 12:45 PM PDT)' Wed 14 Oct = "
           "19:00Z-19:45Z. No-reply sender, recruiter named without an address -> contact null.")
def k13() -> bytes:
    seed = "k13"
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Roboto,Arial,sans-serif;background:#f5f7fa;margin:0">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:28px 32px">
        <img src="https://static.eightfold.ai/careers/cobaltarc/logo.png" alt="Cobalt Arc" height="28">
        <h2 style="font-weight:600;font-size:20px;color:#1a1f36">Your interview is scheduled</h2>
        <p>Hi Nadia,</p>
        <p>Thanks for choosing a time. Your interview for <b>Senior Product Manager, Cloud Cost (Remote - US)</b> is confirmed.</p>
        <table cellpadding="6" style="font-size:14px">
        <tr><td style="color:#6b7280">When</td><td>Wednesday, October 14, 2026<br>3:00 PM - 3:45 PM EDT (12:00 PM - 12:45 PM PDT)</td></tr>
        <tr><td style="color:#6b7280">Interviewer</td><td>Hal Kim, Group Product Manager</td></tr>
        <tr><td style="color:#6b7280">Format</td><td>Video interview (Zoom)</td></tr>
        <tr><td style="color:#6b7280">Join</td><td><a href="https://cobaltarc.zoom.us/j/97730041182">https://cobaltarc.zoom.us/j/97730041182</a></td></tr>
        </table>
        <p>Your recruiter for this role is Jess Albright. If you need to change this time, use the link below.</p>
        <p><a href="https://cobaltarc.eightfold.ai/scheduling/candidate/r/5f0e1d2c" style="background:#3b5bdb;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Manage interview</a></p>
        <p style="font-size:12px;color:#9ca3af">Cobalt Arc Talent Acquisition &middot; Powered by Eightfold AI<br>Please do not reply to this email; this mailbox is not monitored.</p>
        </div></body></html>
        """)
    hs = hdr(seed, frm=addr("Cobalt Arc Talent Acquisition", "noreply@eightfold.ai"),
             subject="Interview Scheduled: Senior Product Manager, Cloud Cost (Remote - US)",
             when="2026-10-09 14:20:31", zone=LA, via="mta-201.eightfold-mail.ai", ip="52.39.181.201",
             mid="<0101019a1f7c2e11-9b8f4e30-22a1-47d6-b5c9-1e2f3a4b5c6d-000000@us-west-2.amazonses.com>")
    return message(hs, html(htm, cte="quoted-printable"))


# --------------------------------------------------------------------------- K14 iCIMS, windows-1252, HTML only


@mail(nm(), family="icims", lang="en-US", interview=True, kind="scheduled",
      start="2026-07-23T20:30:00Z", end="2026-07-23T22:00:00Z", contact="rdubois@kestreloutdoor.com",
      company="Kestrel Outdoor Co.", local="Thu 2026-07-23 13:30", local_end="2026-07-23 15:00", zone=LA,
      note="iCIMS HTML-only mail in windows-1252 (quoted-printable) for an onsite at the Bellevue office, "
           "'Thursday, July 23, 2026 from 1:30 PM to 3:00 PM (Pacific)' = 20:30Z-22:00Z. Sender is the "
           "iCIMS system address; contact = the recruiter's address in the body.")
def k14() -> bytes:
    seed = "k14"
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body>
        <font face="Arial" size="2">
        <p>Dear Nadia,</p>
        <p>Thank you for your interest in the <b>Senior Product Manager – Digital Commerce</b> position with
        Kestrel Outdoor Co. We’re pleased to invite you to an onsite interview at our headquarters.</p>
        <p><b>Date:</b> Thursday, July 23, 2026<br>
        <b>Time:</b> 1:30 PM to 3:00 PM (Pacific)<br>
        <b>Location:</b> Kestrel Outdoor Co., 10900 NE 8th Street, Suite 1200, Bellevue, WA 98004<br>
        <b>You’ll meet with:</b> Dana Okafor (VP, Digital), Luis Ortega (Sr. Manager, E-commerce
        Engineering) and Hollis Grant (Merchandising Director)</p>
        <p>Visitor parking is available in the garage off 108th Ave NE – please bring your ticket to the
        front desk for validation. Business casual is perfect; our team usually dresses for the trail, not
        the boardroom.</p>
        <p>If you have any questions or need to reschedule, please contact Renée Dubois at
        <a href="mailto:rdubois@kestreloutdoor.com">rdubois@kestreloutdoor.com</a> or (425) 555-0193.</p>
        <p>We look forward to meeting you!</p>
        <p>Sincerely,<br>
        Talent Acquisition<br>
        Kestrel Outdoor Co.</p>
        <p><font size="1" color="#808080">This e-mail was sent from an unattended mailbox. Please do not
        reply. © 2026 Kestrel Outdoor Co. All rights reserved.</font></p>
        </font>
        <img src="https://careers-kestreloutdoor.icims.com/icims2?mode=emailopen&amp;id=4a81c2" width="1" height="1">
        </body></html>
        """)
    hs = hdr(seed, frm=addr("Kestrel Outdoor Co. Talent Acquisition", "kestreloutdoor-notifications@talent.icims.com"),
             subject="Interview Invitation - Senior Product Manager - Digital Commerce (Req #4471)",
             when="2026-07-17 09:05:40", zone=LA, via="mail12.talent.icims.com", ip="64.94.174.112",
             mid="<1784306740512.4471.88213@talent.icims.com>")
    return message(hs, html(htm, charset="windows-1252"))


# --------------------------------------------------------------------------- K15 pasted Zoom invitation


@mail(nm(), family="zoom", lang="en-US", interview=True, kind="scheduled",
      start="2026-03-31T22:00:00Z", contact="carla@lumenfield.com", company="Lumenfield",
      local="Tue 2026-03-31 15:00", zone=LA,
      note="Recruiter mail with a pasted Zoom block, 'Time: Mar 31, 2026 03:00 PM Pacific Time (US and "
           "Canada)' = PDT 22:00Z. No length stated -> end null. Contact = sender.")
def k15() -> bytes:
    seed = "k15"
    plain = t("""
        Hi Nadia,

        Great chatting earlier! As promised, here's the Zoom for your product sense interview with Ines,
        our CPO. She'll probably open with a "design a product for X" prompt and then dig into your
        metrics, so think out loud and don't rush to solutions.

        Carla Jimenez is inviting you to a scheduled Zoom meeting.

        Topic: Nadia Kowalczyk / Lumenfield - Product Sense
        Time: Mar 31, 2026 03:00 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://lumenfield.zoom.us/j/86251430977?pwd=bXZtQ1FyN0pRa2xZ

        Meeting ID: 862 5143 0977
        Passcode: 431120

        ---

        One tap mobile
        +12532158782,,86251430977#,,,,*431120# US (Tacoma)
        +16699006833,,86251430977#,,,,*431120# US (San Jose)

        Carla

        --
        Carla Jimenez | Recruiting Lead | Lumenfield
        San Francisco, CA
        """)
    hs = hdr(seed, frm=addr("Carla Jimenez", "carla@lumenfield.com"),
             subject="Zoom link for Tuesday - Product Sense w/ Ines",
             when="2026-03-26 15:10:02", zone=LA, via="mail-yw1-f171.google.com", ip="209.85.128.171")
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- K16 founder reply, case onsite in SF

ORCH = ("Ezra Whitcombe", "ezra@orchardledger.com")


@mail(nm(), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-12T17:30:00Z", contact="ezra@orchardledger.com", company="Orchard Ledger",
      local="Mon 2026-10-12 10:30", zone=LA,
      note="Founder's reply on top of the quoted thread: 'Monday the 12th at 10:30 it is' for the onsite "
           "case interview in San Francisco; Date Wed 7 Oct PDT -> Mon 12 Oct 10:30 PDT = 17:30Z. "
           "'roughly 3 hours' -> end null. Contact = sender.")
def k16() -> bytes:
    seed = "k16"
    plain = t("""
        Monday the 12th at 10:30 it is!

        You'll do the pricing case with me and Priya (our Head of Design), then lunch with the team. We're
        at 500 Howard St, 4th floor. Check in with the front desk and they'll send you up. Plan on roughly
        3 hours all in.

        Go ahead and book your flight, we'll reimburse. Just send receipts to me after.

        Ezra

        On Tue, Oct 6, 2026 at 9:14 PM Nadia Kowalczyk <nadia.kowalczyk@example.org> wrote:
        > Hi Ezra,
        >
        > Thanks for the quick turnaround on the take-home feedback! For the onsite I could do Monday
        > 10/12 in the morning or Tuesday 10/13 after 1. I'd fly down from Seattle that morning either
        > way.
        >
        > Best,
        > Nadia
        >
        > On Mon, Oct 5, 2026 at 5:40 PM Ezra Whitcombe <ezra@orchardledger.com> wrote:
        >> Nadia, loved your write-up. Would you come down to SF for a case interview + meet the team?
        >> Send me a couple of days that work next week.
        """)
    hs = hdr(seed, frm=addr(*ORCH), subject="Re: Orchard Ledger take-home",
             when="2026-10-07 08:12:49", zone=LA, via="mail-qt1-f182.google.com", ip="209.85.160.182",
             extra=(("In-Reply-To", "<CAPd2nK7r5YqL0+e3bVxWmT1cJ9oF4hS8aG6uZ@mail.gmail.com>"),
                    ("References", "<CAE4uv8xTq1MZy0pR3kW9bN7cH2sL5dJ6fA@mail.gmail.com> "
                                   "<CAPd2nK7r5YqL0+e3bVxWmT1cJ9oF4hS8aG6uZ@mail.gmail.com>")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- K17 Google Calendar, updated

COPPER_ORG = ("Rosa Lindgren", "rosa.lindgren@copperline.io")


@mail(nm(), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
      start="2026-04-27T18:00:00Z", end="2026-04-27T18:45:00Z", contact="rosa.lindgren@copperline.io",
      company="Copperline", local="Mon 2026-04-27 11:00", local_end="2026-04-27 11:45", zone=LA,
      days=(("Fri", "2026-04-24"),),
      note="Google Calendar 'Updated invitation' (SEQUENCE:1, 'Changed: time'): the hiring manager "
           "interview moves from Fri 24 Apr to Mon 27 Apr 11am-11:45am PDT = 18:00Z-18:45Z (new time). "
           "Contact = ORGANIZER.")
def k17() -> bytes:
    seed = "k17"
    title = "PM Interview: Nadia Kowalczyk / Rosa Lindgren"
    desc = ("Hiring manager interview, Senior PM - Marketplace Trust. Moved from Friday 4/24 at 2pm.")
    plain = gcal_text(banner="Rosa Lindgren has updated an event", title=title,
                      when_line="Monday Apr 27, 2026 ⋅ 11am – 11:45am", tzname="Pacific Time - Los Angeles",
                      location=None, description=desc, organizer=COPPER_ORG,
                      guests=[ME, "Dana Ruiz"], meet="cpl-hnvq-sde", changed="Changed: time",
                      note="Sorry for the shuffle. Something came up Friday afternoon. Monday morning instead?",
                      eid="M3R0cTltdjJrYzhuMWw0cDZ4MGJkN2YgbmFkaWEua293YWxjenlrQGV4YW1wbGUub3Jn")
    ics = gcal_ics(method="REQUEST", uid="3rtq9mv2kc8n1l4p6x0bd7f@google.com", start="2026-04-27 11:00",
                   end="2026-04-27 11:45", zone_vtz=VTZ_LA, tzid=LA, organizer=COPPER_ORG,
                   attendees=[("Rosa Lindgren", COPPER_ORG[1], "ACCEPTED"), (ME, ME, "NEEDS-ACTION"),
                              ("Dana Ruiz", "dana.ruiz@copperline.io", "ACCEPTED")],
                   summary=title, location="",
                   description=desc.replace(",", "\\,") + "\\n\\nJoin with Google Meet: https://meet.google.com/cpl-hnvq-sde",
                   sequence=1, dtstamp="20260424T004015Z", created="20260417T201102Z")
    subj = f"Updated invitation with note: {title} @ Mon Apr 27, 2026 11am - 11:45am (PDT) ({ME})"
    hs = gcal_headers(seed, organizer=COPPER_ORG, subject=subj, when="2026-04-23 17:40:15", zone=LA)
    return message(hs, gcal_body(plain, ics, "REQUEST"))


# --------------------------------------------------------------------------- K18 Exchange update (thread with K3)


@mail(nm(), family="exchange_teams", lang="en-US", interview=True, kind="rescheduled",
      start="2026-05-08T17:00:00Z", end="2026-05-08T18:00:00Z", contact="haosei@ridgelinesoftware.com",
      company="Ridgeline Software", local="Fri 2026-05-08 10:00", local_end="2026-05-08 11:00", zone=LA,
      days=(("Thu", "2026-05-07"),),
      note="Exchange update of the Ridgeline meeting (same UID, SEQUENCE:1): 'moving us to Friday 10-11am "
           "PT'; Date Mon 4 May -> Fri 8 May 10:00-11:00 PDT = 17:00Z-18:00Z, ICS agrees. Contact = organizer.")
def k18() -> bytes:
    seed = "k18"
    _, uid, _ = exch_ids(RIDGE_UID_SEED)
    teams = TEAMS.format(mt="ZjQ5YTc2NmEtM2I1Ny00ZWE0LWJmNzgtMGQ2Y2E4ZDFlMjc4", tid="5b0c6d2e-4f1a-4e8b-9d3c-2a7f1e0b8c64",
                         mid="291 448 730 512", pc="qH7bT2")
    plain = t("""
        Hi Nadia - moving us to Friday 10-11am PT, Raj got pulled into a ship room on Thursday. Same Teams
        link. Sorry for the shuffle!

        Hannah

        """) + teams
    ics = exch_ics(method="REQUEST", uid=uid, organizer=("Hannah Osei", "haosei@ridgelinesoftware.com"),
                   attendees=[("Nadia Kowalczyk", ME), ("Raj Menon", "rajmen@ridgelinesoftware.com")],
                   summary="Ridgeline | Senior PM Interview - Hiring Manager Round (Nadia Kowalczyk)",
                   description="Hi Nadia - moving us to Friday 10-11am PT\\, Raj got pulled into a ship room "
                               "on Thursday. Same Teams link.\\n",
                   start="2026-05-08 10:00", end="2026-05-08 11:00", dtstamp="20260504T162611Z", sequence=1)
    subj = "Updated: Ridgeline | Senior PM Interview - Hiring Manager Round (Nadia Kowalczyk)"
    mid3, _, _ = exch_ids("k03")
    hs = exch_headers(seed, frm=addr("Hannah Osei", "haosei@ridgelinesoftware.com"), subject=subj,
                      when="2026-05-04 16:26:11", cc=addr("Raj Menon", "rajmen@ridgelinesoftware.com"),
                      extra=(("In-Reply-To", mid3), ("References", mid3)))
    return message(hs, alt(text(plain), html(html_from_plain(plain)), calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- K19 prose reschedule, Outlook mobile


@mail(nm(), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
      start="2026-05-20T19:00:00Z", contact="marisa.kwon@driftwoodgames.com", company="Driftwood Games",
      local="Wed 2026-05-20 12:00", zone=LA, days=(("Tue", "2026-05-19"),),
      note="Recruiter moves the product sense round from Tue 5/19 2pm to 'Wednesday 5/20 at noon PT' "
           "(PDT) = 19:00Z; the new time is the label. No length -> end null. Contact = sender.")
def k19() -> bytes:
    seed = "k19"
    plain = t("""
        Hey Nadia,

        Quick change: Eli got pulled into a leadership offsite on Tuesday, so I moved your product sense
        round from Tue 5/19 at 2pm to Wednesday 5/20 at noon PT. Same Zoom link as before. You should
        see the updated invite from GoodTime shortly.

        So sorry for the shuffle, and thanks for being flexible!

        Marisa

        Get Outlook for iOS<https://aka.ms/o0ukef>
        ________________________________
        From: Marisa Kwon <marisa.kwon@driftwoodgames.com>
        Sent: Tuesday, May 12, 2026 3:20 PM
        To: Nadia Kowalczyk <nadia.kowalczyk@example.org>
        Subject: Driftwood Games - Product Sense round

        Hi Nadia, you're confirmed for Tue 5/19 at 2pm PT with Eli Sandoval (VP Product, Live Ops). Zoom:
        https://driftwoodgames.zoom.us/j/91827364510
        """)
    htm = html_from_plain(plain)
    hs = hdr(seed, frm=addr("Marisa Kwon", "marisa.kwon@driftwoodgames.com"),
             subject="RE: Driftwood Games - Product Sense round (time change)",
             when="2026-05-15 16:48:03", zone=LA, via="NAM10-DM6-obe.outbound.protection.outlook.com",
             ip="40.107.93.61",
             mid="<MW4PR11MB7056E1B2C3D4A5F6B7C8D9E0F1A2B3C4@MW4PR11MB7056.namprd11.prod.outlook.com>")
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- K20 GoodTime reschedule (thread with K7)


@mail(nm(), family="goodtime", lang="en-US", interview=True, kind="rescheduled",
      start="2026-07-14T20:00:00Z", end="2026-07-14T21:00:00Z", contact="tomasz.wright@stillwaterdevices.com",
      company="Stillwater Devices", local="Tue 2026-07-14 13:00", local_end="2026-07-14 14:00", zone=LA,
      days=(("Fri", "2026-07-10"),),
      note="GoodTime reschedule notice listing the previous (Fri 10 Jul 9:30 AM) and the new time, 'Tuesday, "
           "July 14, 2026 1:00 PM - 2:00 PM PDT' = 20:00Z-21:00Z; ICS (UTC, SEQUENCE:1) agrees. Contact = "
           "Reply-To recruiter.")
def k20() -> bytes:
    seed = "k20"
    plain = t("""
        Hi Nadia,

        Your interview with Stillwater Devices has been rescheduled. Please see the updated details below.

        Execution Interview - Senior Product Manager, Home Sensors

        NEW TIME:
        Tuesday, July 14, 2026
        1:00 PM - 2:00 PM PDT

        Previous time (cancelled):
        Friday, July 10, 2026, 9:30 AM - 10:30 AM PDT

        Interviewer: Grace Liu, Director of Product
        Zoom: https://stillwaterdevices.zoom.us/j/93018827461

        An updated calendar invitation is attached. If this new time doesn't work, reply to this email
        and Tomasz will help.

        Stillwater Devices Talent Team

        Scheduled with GoodTime
        """)
    htm = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;color:#1f2d3d;font-size:15px">
        <p>Hi Nadia,</p>
        <p>Your interview with Stillwater Devices has been <b>rescheduled</b>. Please see the updated details below.</p>
        <p><b>Execution Interview - Senior Product Manager, Home Sensors</b></p>
        <p style="background:#e8f5ef;padding:10px"><b>NEW TIME:</b><br>Tuesday, July 14, 2026<br>1:00 PM - 2:00 PM PDT</p>
        <p style="color:#8a96a3"><s>Friday, July 10, 2026, 9:30 AM - 10:30 AM PDT</s></p>
        <p>Interviewer: Grace Liu, Director of Product<br>Zoom: <a href="https://stillwaterdevices.zoom.us/j/93018827461">https://stillwaterdevices.zoom.us/j/93018827461</a></p>
        <p>An updated calendar invitation is attached. If this new time doesn't work, reply to this email and Tomasz will help.</p>
        <p>Stillwater Devices Talent Team</p>
        <p style="font-size:11px;color:#8a96a3">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime//GoodTime Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-4c7e1a09-55d2-4f83-b0a6-2e9d8c7b1f30
        SEQUENCE:1
        DTSTAMP:{stamp("2026-07-09 11:02:20", LA)}
        DTSTART:20260714T200000Z
        DTEND:20260714T210000Z
        SUMMARY:Stillwater Devices - Execution Interview (Nadia Kowalczyk)
        LOCATION:https://stillwaterdevices.zoom.us/j/93018827461
        ORGANIZER;CN=Tomasz Wright:mailto:tomasz.wright@stillwaterdevices.com
        ATTENDEE;CN=Nadia Kowalczyk;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, method="REQUEST", cte="7bit", filename="interview.ics", disposition="attachment"))
    hs = hdr(seed, frm=addr("Stillwater Devices Recruiting", "notifications@goodtime.io"),
             subject="Rescheduled: Stillwater Devices Interview - Tuesday, July 14",
             when="2026-07-09 11:02:20", zone=LA, via="o7.ptr4412.goodtime.io", ip="149.72.88.14",
             reply_to=addr(*STILL_RT), mid="<gt.91b3d07e44c2a518.20260709180220@goodtime.io>")
    return message(hs, body)


# --------------------------------------------------------------------------- K21 Google Calendar, cancelled (thread with K4)


@mail(nm(), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      start="2026-03-20T15:30:00Z", end="2026-03-20T16:15:00Z", contact="jun.park@fernbrookhealth.com",
      company="Fernbrook Health", local="Fri 2026-03-20 08:30", local_end="2026-03-20 09:15", zone=LA,
      note="Google Calendar 'Canceled event with note' (METHOD:CANCEL) for the hiring-manager coffee chat "
           "of Fri 20 Mar 8:30-9:15 PDT; start/end = the cancelled slot. Contact = ORGANIZER.")
def k21() -> bytes:
    seed = "k21"
    title = "Coffee w/ Nadia (Sr PM role)"
    plain = gcal_text(banner="Jun Park has canceled this event", title=title,
                      when_line="Friday Mar 20, 2026 ⋅ 8:30am – 9:15am", tzname="Pacific Time - Los Angeles",
                      location=FERN_LOC, description=None, organizer=FERN_ORG, guests=[ME],
                      note="So sorry, sick kiddo at home this week. I'll send a couple of new times for next week.",
                      cancelled=True,
                      eid="NW4ycTh2MWs3YzNkMHI2dDRiOW0xeDJ6OGYgbmFkaWEua293YWxjenlrQGV4YW1wbGUub3Jn")
    ics = gcal_ics(method="CANCEL", uid=FERN_UID, start="2026-03-20 08:30", end="2026-03-20 09:15",
                   zone_vtz=VTZ_LA, tzid=LA, organizer=FERN_ORG,
                   attendees=[("Jun Park", FERN_ORG[1], "ACCEPTED"), (ME, ME, "NEEDS-ACTION")],
                   summary=title, location=FERN_LOC_ICS,
                   description=FERN_DESC.replace(",", "\\,").replace(";", "\\;"),
                   sequence=1, dtstamp="20260318T145502Z", created="20260316T231944Z", status="CANCELLED")
    subj = f"Canceled event with note: {title} @ Fri Mar 20, 2026 8:30am - 9:15am (PDT) ({ME})"
    hs = gcal_headers(seed, organizer=FERN_ORG, subject=subj, when="2026-03-18 07:55:02", zone=LA)
    return message(hs, gcal_body(plain, ics, "CANCEL"))


# --------------------------------------------------------------------------- K22 prose cancel (thread with K6)


@mail(nm(), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start="2026-06-18T21:00:00Z", contact="sofia@brightwater.ai", company="Brightwater",
      local="Thu 2026-06-18 14:00", zone=LA,
      note="Recruiter cancels 'your product sense interview on Thursday (6/18, 2pm PT)' because hiring is "
           "paused; Date Tue 16 Jun -> cancelled slot 21:00Z. Only the start is written here -> end null. "
           "Contact = sender.")
def k22() -> bytes:
    seed = "k22"
    plain = t("""
        Hi Nadia,

        I'm really sorry to be sending this. I need to cancel your product sense interview on Thursday
        (6/18, 2pm PT). As of this afternoon leadership has paused hiring for the Assistants PM role
        while we re-plan the second half of the year, and I didn't want you spending time preparing for
        a conversation we can't follow through on right now.

        This is not a reflection on you at all: the team was genuinely excited about your background. If
        the role reopens I'll reach out to you first, and I'm happy to pass your name along to a couple
        of founders I know who are hiring.

        Again, my apologies.

        Sofia

        Sofia Marchetti
        Talent Partner, Brightwater
        """)
    hs = hdr(seed, frm=addr(*BRIGHT_RT), subject="Thursday's interview",
             when="2026-06-16 17:30:26", zone=LA, via="mail-oi1-f170.google.com", ip="209.85.167.170")
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- K23 Greenhouse cancel, Austin


@mail(nm(), family="greenhouse", lang="en-US", interview=True, kind="cancelled",
      start="2026-10-23T14:00:00Z", end="2026-10-23T14:45:00Z", contact="jolene.park@mossbank.com",
      company="Mossbank", local="Fri 2026-10-23 09:00", local_end="2026-10-23 09:45", zone=CHI,
      note="Greenhouse cancellation with METHOD:CANCEL ICS: 'Friday, October 23, 2026 9:00 AM - 9:45 AM "
           "CDT' (Austin, UTC-5) = 14:00Z-14:45Z, the cancelled slot. Contact = Reply-To recruiter.")
def k23() -> bytes:
    seed = "k23"
    plain = t("""
        Hi Nadia,

        Your interview for Senior Product Manager, Growth at Mossbank has been cancelled.

        Cancelled interview: Hiring Manager Interview with Wes Caldwell
        Friday, October 23, 2026 9:00 AM - 9:45 AM CDT

        Your recruiter will follow up with you shortly with more information. If you have any questions
        in the meantime, simply reply to this email.

        Thanks,
        Mossbank Recruiting
        """)
    htm = html_from_plain(plain, font="Helvetica,Arial,sans-serif")
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse//Greenhouse Scheduling//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:interview-91827734@greenhouse.io
        SEQUENCE:2
        DTSTAMP:{stamp("2026-10-20 10:10:04", CHI)}
        DTSTART:20261023T140000Z
        DTEND:20261023T144500Z
        SUMMARY:Hiring Manager Interview - Mossbank
        ORGANIZER;CN=Jolene Park:mailto:jolene.park@mossbank.com
        ATTENDEE;CN=Nadia Kowalczyk:mailto:{ME}
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics", disposition="attachment"))
    hs = hdr(seed, frm=addr("Mossbank", "no-reply@us.greenhouse-mail.io"),
             subject="Interview Cancelled: Senior Product Manager, Growth at Mossbank",
             when="2026-10-20 10:10:04", zone=CHI, via="o3.us.greenhouse-mail.io", ip="167.89.41.12",
             reply_to=addr("Jolene Park", "jolene.park@mossbank.com"),
             mid="<0100019a0b4d7e21-5c2a8f10-3b7d-4e69-91c0-7a2e4f6d8b13-000000@us.greenhouse-mail.io>")
    return message(hs, body)


# =========================================================================== negatives
# --------------------------------------------------------------------------- K24 job alert


@mail(nm(), family="job_alert", lang="en-US", interview=False, company=None,
      note="Job-board alert digest for Senior PM roles in Seattle; 'Actively interviewing' badges and an "
           "'interview tips' footer confirm nothing.")
def k24() -> bytes:
    seed = "k24"
    plain = t("""
        JobLattice

        12 new jobs for "Senior Product Manager" in Seattle, WA

        Senior Product Manager, Checkout
        Copperline · Seattle, WA (Hybrid)
        $168K-$215K · Actively interviewing · 2 connections work here
        https://www.joblattice.com/jobs/view/40771823

        Principal Product Manager - Fleet Analytics
        Meridian Parcel · Seattle, WA
        Be an early applicant · Easy Apply
        https://www.joblattice.com/jobs/view/40771911

        Senior Product Manager, Developer Experience
        Stillwater Devices · Bellevue, WA
        Actively interviewing
        https://www.joblattice.com/jobs/view/40772054

        Group Product Manager, Payments
        Larchmont Labs · Remote (US)
        Promoted · 41 applicants
        https://www.joblattice.com/jobs/view/40772230

        See all 12 jobs: https://www.joblattice.com/jobs/search?keywords=Senior%20Product%20Manager&location=Seattle

        Getting ready to interview? Practice with 500+ PM interview questions in JobLattice Prep.

        You are receiving Job Alert emails. Manage alerts: https://www.joblattice.com/jobs/alerts
        Unsubscribe: https://www.joblattice.com/e/unsub?t=ja&id=9a1f
        JobLattice Corp., 1200 Market St, San Francisco, CA 94102
        """)
    htm = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n")) + "</body></html>\n"
    hs = hdr(seed, frm=addr("JobLattice Job Alerts", "jobalerts-noreply@joblattice.com"),
             subject="12 new jobs for \"Senior Product Manager\" in Seattle, WA",
             when="2026-03-09 06:02:11", zone=LA, via="mailb-ab.joblattice.com", ip="108.174.3.201",
             mid="<1186470931.3312847.1773061331000@ltx1-app2304.prod.joblattice.com>",
             extra=(("List-Unsubscribe", "<https://www.joblattice.com/e/unsub?t=ja&id=9a1f>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")))
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- K25 Workday application receipt


@mail(nm(), family="application_ack", lang="en-US", interview=False, company="Cascade Freight",
      note="Workday application-received mail (HTML only); 'contact you to schedule an interview' is "
           "hypothetical.")
def k25() -> bytes:
    seed = "k25"
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <p>Dear Nadia Kowalczyk,</p>
        <p>Thank you for applying to the <b>Senior Product Manager, Shipper Experience (JR-55120)</b> position at
        Cascade Freight. We have received your application and our Talent Acquisition team is reviewing it.</p>
        <p>If your qualifications match the requirements of the role, a member of our team will contact you
        to schedule an interview. You can check the status of your application at any time in
        <a href="https://cascadefreight.wd5.myworkdayjobs.com/en-US/External/userHome">Candidate Home</a>.</p>
        <p>Thank you again for your interest in Cascade Freight.</p>
        <p>Sincerely,<br>Cascade Freight Talent Acquisition</p>
        <p style="font-size:11px;color:#777">This is an automated message. Please do not reply.</p>
        </div></body></html>
        """)
    hs = hdr(seed, frm=addr("Cascade Freight", "cascadefreight@myworkday.com"),
             subject="Thank you for applying to Cascade Freight",
             when="2026-03-24 22:14:38", zone=LA, via="wd5-smtp-out.myworkday.com", ip="216.146.36.33",
             mid="<902117544.118820.1774415678771@wd5-impl-services2.myworkday.com>")
    return message(hs, html(htm))


# --------------------------------------------------------------------------- K26 rejection after the loop (thread with K2)


@mail(nm(), family="rejection", lang="en-US", interview=False, company="Tidewater",
      days=(("Tue", "2026-04-21"),),
      note="Rejection after the virtual onsite ('interview on Tuesday, April 21'): a past interview, "
           "nothing scheduled.")
def k26() -> bytes:
    seed = "k26"
    plain = t("""
        Hi Nadia,

        Thank you for taking the time to interview with Tidewater on Tuesday, April 21. We appreciate the
        effort you put into preparing and the thoughtful conversations you had with the team.

        After careful consideration, we have decided not to move forward with your candidacy for the
        Senior Product Manager - Technical, Tidewater Ads role at this time. We know this is not the news
        you were hoping for.

        Our hiring decisions are final for this role, and per our policy we are unable to share specific
        feedback. You are welcome to apply to other roles at Tidewater; interview results are generally
        considered for six months.

        We wish you the best in your search.

        Tidewater Recruiting
        """)
    hs = hdr(seed, frm=addr("Tidewater Recruiting", "no-reply@tidewater.jobs"),
             subject="Your application to Tidewater (Job ID: 3018842)",
             when="2026-04-30 13:22:47", zone=LA, via="a9-34.smtp-out.tidewater.jobs", ip="54.240.9.34",
             mid="<0101019ddf02c1a4-7f3e9b21-0c4d-4a6e-8b19-d2c5e7f1a3b4-000000@tidewater.jobs>")
    return message(hs, text(plain))


# --------------------------------------------------------------------------- K27 offer (iso-8859-1), Vancouver


@mail(nm(), family="offer", lang="en-CA", interview=False, company="Harborlight",
      days=(("Thu", "2026-09-03"),),
      note="Offer letter mail (iso-8859-1, QP) with a signing deadline 'Thursday, September 3 at 5:00 p.m. "
           "PT' and a mention of the past final round; no interview.")
def k27() -> bytes:
    seed = "k27"
    plain = t("""
        Hi Nadia,

        On behalf of the whole team, I'm delighted to share that Harborlight would like to offer you the
        position of Senior Product Manager, Fleet Intelligence! Everyone you met at the final round on
        Tuesday came away impressed.

        Your offer letter is in DocuSign (you should have a separate e-mail from DocuSign). Highlights:

          - Base salary: CAD $192,000
          - Target bonus: 15%
          - Equity: 12,000 RSUs vesting over four years
          - Start date: Monday, October 5, 2026 (flexible)
          - Relocation support to Vancouver, including help with the work permit

        Please review and e-sign by Thursday, September 3 at 5:00 p.m. PT. I've put a short call on your
        calendar to walk through it and answer any questions.

        Félicitations, and welcome aboard (we hope!).

        Émilie

        Émilie Tremblay
        Talent Partner | Harborlight
        604-555-0137
        """)
    hs = hdr(seed, frm=addr("Émilie Tremblay", "emilie.tremblay@harborlight.ca", charset="iso-8859-1"),
             subject="Your offer from Harborlight",
             when="2026-08-27 16:40:12", zone=VAN, via="mail-ca-central-1.harborlight.ca", ip="15.222.41.87",
             mid="<YT3PR01MB5931D2E1F0A9B8C7D6E5F4A3B2C1D0E9@YT3PR01MB5931.CANPRD01.PROD.OUTLOOK.COM>")
    return message(hs, text(plain, charset="iso-8859-1"))


# --------------------------------------------------------------------------- K28 Gem outreach


@mail(nm(), family="recruiter_outreach", lang="en-US", interview=False, company="Wrenfield Analytics",
      note="Recruiter outreach sent through Gem: asks for a chat 'sometime next week' and offers a booking "
           "link; nothing fixed.")
def k28() -> bytes:
    seed = "k28"
    plain = t("""
        Hi Nadia,

        I came across your profile and your work on Meridian Parcel's delivery-promise product really
        stood out. I'm hiring a Senior PM to own forecasting for our supply chain suite here at Wrenfield
        Analytics (Seattle or remote, Pacific hours).

        Would you be open to a quick 20-minute chat sometime next week? If it's easier, grab any time
        that works here: https://calendly.com/imani-wrenfield/20min

        Either way, thanks for reading!

        Imani Cole
        Senior Technical Recruiter, Wrenfield Analytics
        """)
    htm = gmail_html(plain).replace("</div>\n", "</div>\n", 1) + \
        '<img src="https://t.gem.com/o/8c1e7a3f0b5d" width="1" height="1" style="display:none">\n'
    hs = hdr(seed, frm=addr("Imani Cole", "imani.cole@wrenfield.com"),
             subject="Senior PM, forecasting @ Wrenfield?",
             when="2026-05-12 10:03:55", zone=LA, via="mail-io1-f99.google.com", ip="209.85.166.99",
             extra=(("X-Gem-Sequence", "sq_4f1c0a92"),))
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- K29 Greenhouse availability request (thread with K1)


@mail(nm(), family="scheduling_link", lang="en-US", interview=False, company="Larchmont Labs",
      note="Greenhouse availability request for the virtual onsite ('week of March 23'); the candidate "
           "still has to submit times, nothing booked.")
def k29() -> bytes:
    seed = "k29"
    plain = t("""
        Hi Nadia,

        Great news! The team would like to invite you to a virtual onsite for the Senior Product Manager,
        Payments Platform role. The onsite is four 45-minute conversations (product sense, execution,
        technical partnership and a values interview), and we're aiming for the week of March 23.

        Please let us know when you're available by clicking the link below:

        https://app.greenhouse.io/availability/6b1f0d3e92a74c58/submit

        Please submit your availability within 2 business days. Once we have it, we'll send a calendar
        invitation with the final schedule.

        Thanks,
        Kenji Abara
        Larchmont Labs
        """)
    hs = hdr(seed, frm=addr("Kenji Abara", "no-reply@us.greenhouse-mail.io"),
             subject="Larchmont Labs - Please submit your availability",
             when="2026-03-12 11:20:09", zone=LA, via="o3.us.greenhouse-mail.io", ip="167.89.41.12",
             reply_to=addr("Kenji Abara", "kenji.abara@larchmontlabs.com"),
             mid="<0100018e33f10b2d-2a9c7e41-6f0b-4d18-a3e5-8c1b2d9f0e47-000000@us.greenhouse-mail.io>")
    return message(hs, alt(text(plain), html(html_from_plain(plain, font="Helvetica,Arial,sans-serif"))))


# --------------------------------------------------------------------------- K30 slot proposal (thread with K10)


@mail(nm(), family="slot_proposal", lang="en-US", interview=False, company="Halyard Robotics",
      days=(("Tue", "2026-09-15"), ("Wed", "2026-09-16"), ("Thu", "2026-09-17")),
      note="Recruiter offers three slots for a call with the Director of Product and asks which works; not "
           "yet agreed (the later reply confirms one, in another mail).")
def k30() -> bytes:
    seed = "k30"
    plain = t("""
        Hi Nadia!

        Great news, Maya (our Director of Product) would love to meet. She has:

        - Tue 9/15 at 11am
        - Wed 9/16 anytime after 3
        - Thu 9/17 at 2:30

        All PT, ~45 min by phone. Lmk what works and I'll lock it in.

        Reggie

        --
        Reggie Tran | Talent @ Halyard Robotics
        """)
    hs = hdr(seed, frm=addr(*HALYARD), subject="Halyard - next convo w/ Maya",
             when="2026-09-11 16:02:37", zone=LA, via="mail-pj1-f54.google.com", ip="209.85.216.54",
             mid=HAL_MID1)
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- K31 take-home deadline (thread with K16)


@mail(nm(), family="take_home", lang="en-US", interview=False, company="Orchard Ledger",
      days=(("Mon", "2026-10-05"),),
      note="Take-home exercise with a submission deadline 'Monday, Oct 5 by 9 AM PT'; a deadline, not an "
           "interview.")
def k31() -> bytes:
    seed = "k31"
    plain = t("""
        Hi Nadia,

        Thanks again for the call on Monday. As promised, here's the take-home. It's a short pricing
        exercise: we're attaching a one-page brief with usage data for a fictional small-business
        bookkeeping tool, and we'd like a 2-3 page write-up on how you'd restructure pricing and what
        you'd test first. Please don't spend more than 3-4 hours on it.

        Please send it back by Monday, Oct 5 by 9 AM PT. Priya and I will read it that day, and if it's a
        fit we'll set up an onsite in SF to go through it together.

        Any questions, just reply here.

        Ezra
        """)
    brief = text(t("""
        ORCHARD LEDGER - PM TAKE-HOME (PRICING)

        Context: "Tally" is a bookkeeping tool for businesses with 1-20 employees.
        Plans today: Starter $19/mo, Growth $49/mo, Pro $99/mo.
        Data: 38% of Growth customers use fewer than 2 of the 6 Growth features.
        Task: propose a new pricing structure and your first two experiments.
        """), cte="7bit", extra=(("Content-Disposition", 'attachment; filename="take-home-brief.txt"'),))
    hs = hdr(seed, frm=addr(*ORCH), subject="Orchard Ledger take-home",
             when="2026-09-30 09:15:26", zone=LA, via="mail-qt1-f182.google.com", ip="209.85.160.182",
             mid="<CAE4uv8xTq1MZy0pR3kW9bN7cH2sL5dJ6fA@mail.gmail.com>")
    return message(hs, mixed(alt(text(plain), html(gmail_html(plain))), brief))


# --------------------------------------------------------------------------- K32 assessment


@mail(nm(), family="assessment", lang="en-US", interview=False, company="Cobalt Arc",
      days=(("Fri", "2026-10-02"),),
      note="Online work-style assessment invitation with an expiry 'Friday, October 2, 2026 at 11:59 PM "
           "PDT'; not an interview.")
def k32() -> bytes:
    seed = "k32"
    plain = t("""
        Hello Nadia,

        Cobalt Arc has invited you to complete the Product Management Work Style Assessment as part of
        your application for Senior Product Manager, Cloud Cost (Remote - US).

        Time needed: about 35 minutes (untimed sections may be paused)
        Expires: Friday, October 2, 2026 at 11:59 PM PDT

        Start your assessment: https://app.assessly.io/c/invite/CA-77Q2-KX9P

        Tips: use a laptop or desktop with a stable connection. There are no right or wrong answers in
        the work-style section; the scenario section asks how you'd prioritize a product backlog.

        Good luck!
        The Assessly team, on behalf of Cobalt Arc

        Need help? Visit https://support.assessly.io
        """)
    hs = hdr(seed, frm=addr("Cobalt Arc via Assessly", "invites@assessly-mail.com"),
             subject="Cobalt Arc has invited you to an assessment",
             when="2026-09-23 08:00:14", zone=LA, via="o22.assessly-mail.com", ip="167.89.55.22",
             mid="<inv.CA-77Q2-KX9P.1790175614@assessly-mail.com>")
    return message(hs, alt(text(plain), html(html_from_plain(plain, font="Arial,sans-serif"))))


# --------------------------------------------------------------------------- K33 dentist with ICS


@mail(nm(), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-04-07"),),
      note="Dentist appointment confirmation with an ICS; a confirmed time, not an interview.")
def k33() -> bytes:
    seed = "k33"
    plain = t("""
        Hi Nadia,

        Your appointment is confirmed!

        Tuesday, April 7, 2026 at 8:00 AM
        Cleaning & exam with Dr. Hwang
        Eastlake Family Dental
        2315 Eastlake Ave E, Seattle, WA 98102

        Please arrive 10 minutes early to update your insurance information. Need to reschedule? Call
        us at (206) 555-0110 at least 24 hours in advance to avoid a missed-appointment fee.

        Reply C to confirm or R to reschedule.

        See you soon!
        Eastlake Family Dental
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Weave//Appointments//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:appt-55810233@eastlakefamilydental.com
        DTSTAMP:{stamp("2026-04-02 10:00:03", LA)}
        DTSTART:{icsz("2026-04-07 08:00", LA)}
        DTEND:{icsz("2026-04-07 09:00", LA)}
        SUMMARY:Dental cleaning & exam - Eastlake Family Dental
        LOCATION:2315 Eastlake Ave E\\, Seattle\\, WA 98102
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(plain), html(html_from_plain(plain, font="Arial,sans-serif"))),
                 calendar(ics, method=None, cte="base64", filename="appointment.ics", disposition="attachment"))
    hs = hdr(seed, frm=addr("Eastlake Family Dental", "noreply@appointments.getweave-mail.com"),
             subject="Appointment Confirmed: Tue, Apr 7 at 8:00 AM",
             when="2026-04-02 10:00:03", zone=LA, via="o5.getweave-mail.com", ip="167.89.22.5",
             mid="<appt.55810233.confirm@getweave-mail.com>")
    return message(hs, body)


# --------------------------------------------------------------------------- K34 1:1 with current manager (Exchange)


@mail(nm(), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-06-04"),),
      note="Weekly 1:1 with her current manager at Meridian Parcel (recurring Exchange request, Pacific "
           "Standard Time, Teams), forwarded by her own rule from the work address; not an interview.")
def k34() -> bytes:
    seed = "k34"
    teams = TEAMS.format(mt="OTIxYzg0YmQtNzFhMi00YjQ1LWE2ZjMtZTA5ZDVjYjJkODQx", tid="a7e3c0d9-21b4-4f6e-8c55-9d0b1e2f3a4c",
                         mid="233 710 992 004", pc="Xw9tQe")
    plain = t("""
        Moving our weekly to Thursdays 3:30 starting this week since Tuesdays are now roadmap review.
        Standing agenda: blockers, hiring for the returns pod, Q3 planning.

        Greg

        """) + teams
    uid = exch_ids("k34-series")[1]
    ics = exch_ics(method="REQUEST", uid=uid, organizer=("Greg Halvorsen", "greg.halvorsen@meridianparcel.com"),
                   attendees=[("Nadia Kowalczyk", "nadia.kowalczyk@meridianparcel.com")],
                   summary="Nadia / Greg weekly 1:1", description="Moving our weekly to Thursdays 3:30.\\n",
                   start="2026-06-04 15:30", end="2026-06-04 16:00", dtstamp="20260601T171544Z", sequence=0,
                   rrule="FREQ=WEEKLY;UNTIL=20261231T233000Z;INTERVAL=1;BYDAY=TH;WKST=SU")
    subj = "Nadia / Greg weekly 1:1"
    hs = exch_headers(seed, frm=addr("Greg Halvorsen", "greg.halvorsen@meridianparcel.com"), subject=subj,
                      when="2026-06-01 17:15:44", to=addr("Nadia Kowalczyk", "nadia.kowalczyk@meridianparcel.com"),
                      extra=(("X-MS-Exchange-Inbox-Rules-Loop", "nadia.kowalczyk@meridianparcel.com"),))
    return message(hs, alt(text(plain), html(html_from_plain(plain)), calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- K35 apartment tour


@mail(nm(), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-05-16"),),
      note="Apartment tour confirmation in Bellevue with a fixed time; not an interview.")
def k35() -> bytes:
    seed = "k35"
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#2b2b2b">
        <h2 style="color:#3f6b4e">Your tour is confirmed!</h2>
        <p>Hi Nadia,</p>
        <p>Thanks for scheduling a tour of <b>The Alder</b>. We can't wait to show you around.</p>
        <p><b>Saturday, 5/16 at 11:00 AM</b><br>In-person tour with Kayla, Leasing Consultant<br>
        The Alder, 415 106th Ave NE, Bellevue, WA 98004</p>
        <p>Interested in: 1 Bed / 1 Bath (A2), available June 1. Please bring a photo ID. Free guest parking is
        on P1; press the call button at the gate.</p>
        <p>Need to change your tour? <a href="https://thealderbellevue.com/tours/manage/77812">Reschedule or cancel</a></p>
        <p>The Alder Leasing Team<br>(425) 555-0166</p>
        </body></html>
        """)
    hs = hdr(seed, frm=addr("The Alder", "leasing@thealderbellevue.com"),
             subject="Tour Confirmed - The Alder, Sat 5/16 at 11:00 AM",
             when="2026-05-13 19:22:40", zone=LA, via="smtp.thealderbellevue.com", ip="198.21.7.140",
             mid="<tour-77812.confirm@thealderbellevue.com>")
    return message(hs, html(htm))


# --------------------------------------------------------------------------- K36 meetup RSVP


@mail(nm(), family="meetup", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-06-11"),),
      note="Meetup RSVP confirmation ('Product Leaders Happy Hour', with a hiring-managers panel); an "
           "event with a time, not an interview.")
def k36() -> bytes:
    seed = "k36"
    plain = t("""
        You're going!

        Seattle Product Circle
        Product Leaders Happy Hour + "How Hiring Managers Read Your PM Resume" panel

        Thursday, June 11, 2026
        6:00 PM to 8:30 PM PDT

        Fremont Brewing Urban Beer Garden
        1050 N 34th St, Seattle, WA

        124 going · Hosted by Priscilla N. and 2 others

        Add to calendar: https://www.gatherly.com/seattle-product-circle/events/30711982/ics/
        Can't make it anymore? Update your RSVP: https://www.gatherly.com/seattle-product-circle/events/30711982/

        Gatherly, PO Box 4668 #37895, New York, NY 10163
        Unsubscribe from RSVP confirmation emails: https://www.gatherly.com/account/comm/
        """)
    hs = hdr(seed, frm=addr("Gatherly", "info@email.gatherly.com"),
             subject="You're going to \"Product Leaders Happy Hour + Hiring Managers Panel\"",
             when="2026-06-04 12:41:50", zone=LA, via="mta-28.email.gatherly.com", ip="161.38.204.28",
             mid="<rsvp.30711982.88132@email.gatherly.com>",
             extra=(("List-Unsubscribe", "<https://www.gatherly.com/account/comm/>"),))
    return message(hs, alt(text(plain), html(html_from_plain(plain, font="Graphik,Helvetica,Arial,sans-serif"))))


# --------------------------------------------------------------------------- K37 webinar titled like an interview


@mail(nm(), family="marketing_webinar", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-07-15"),),
      note="Zoom webinar registration 'Cracking the PM Interview: Product Sense Live' with a fixed time; "
           "a webinar, not the user's job interview.")
def k37() -> bytes:
    seed = "k37"
    plain = t("""
        Hi Nadia Kowalczyk,

        Thank you for registering for "Cracking the PM Interview: Product Sense Live".

        Please submit any questions to: hello@pmladder.co

        Date Time: Jul 15, 2026 10:00 AM Pacific Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/84477102388?tk=f3kQ1x0RZbN2pL7

        Passcode: 552190

        Add to calendar: https://us06web.zoom.us/webinar/tJIvf-2rqTwsH9aE/ics?user_id=nadia
        Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.
        """)
    hs = hdr(seed, frm=addr("PM Ladder", "no-reply@zoom.us"),
             subject="Cracking the PM Interview: Product Sense Live Confirmation",
             when="2026-07-08 09:12:07", zone=LA, via="mail-sj1.zoom.us", ip="170.114.52.33",
             reply_to=addr("PM Ladder", "hello@pmladder.co"),
             mid="<Ab3fXq9CTc2m0uR7yK1dLw@zoom.us>")
    return message(hs, alt(text(plain), html(html_from_plain(plain, font="Lato,Helvetica,Arial,sans-serif"))))


# --------------------------------------------------------------------------- K38 mock interview via Calendly


@mail(nm(), family="mock_interview", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-06-06"),),
      note="Calendly confirmation of a paid mock PM interview with a coach; a confirmed time, but practice, "
           "not a job interview.")
def k38() -> bytes:
    seed = "k38"
    plain = t("""
        Hi Nadia Kowalczyk,

        Your Mock PM Interview - Execution (60 min) with Lena Hartmann at 9:00am (Pacific Time - US & Canada) on Saturday, June 6, 2026 is scheduled.

        Event Type:
        Mock PM Interview - Execution (60 min)

        Event Date/Time:
        9:00am - Saturday, June 6, 2026 (Pacific Time - US & Canada)

        Location:
        This is a Google Meet web conference. Join now: https://meet.google.com/lhx-wqbe-pna

        Invitee Email:
        nadia.kowalczyk@example.org

        Questions:

        Which company/loop are you preparing for?
        Big-tech loops this summer (execution + bar raiser rounds)

        Payment: $180.00 USD (paid)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/c4d1e9b2-1a7f-4c03-8e56-2b9f0d7a6e18
        Reschedule: https://calendly.com/reschedulings/c4d1e9b2-1a7f-4c03-8e56-2b9f0d7a6e18

        Powered by Calendly.com
        """)
    htm = ("<html><body style=\"font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055\">"
           + "".join(f"<p>{line}</p>" if line else "" for line in plain.split("\n"))
           + "</body></html>\n")
    hs = hdr(seed, frm=addr("Calendly", "notifications@calendly.com"),
             subject="Confirmed: Mock PM Interview - Execution (60 min) with Lena Hartmann on Saturday, June 6, 2026",
             when="2026-05-30 20:03:44", zone=LA, via="o1.email.calendly.com", ip="167.89.101.33",
             reply_to=addr("Lena Hartmann", "lena@hartmanncoaching.com"),
             mid="<Zc1pR8wLQ0mYt3vN5bXe7A@geopod-ismtpd-9>")
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- K39 podcast recording


@mail(nm(), family="podcast", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-08-12"),),
      note="Podcast host confirms a recording session where Nadia is the guest being interviewed; not a "
           "job interview.")
def k39() -> bytes:
    seed = "k39"
    plain = t("""
        Hey Nadia!

        Locked in: we'll record your episode of The Backlog on Wed 8/12 at 1pm PT. We use Riverside, so
        just open this link in Chrome a few minutes early: https://riverside.fm/studio/the-backlog?t=8c2f1a

        Rough flow for the interview (about 45 min):
        1. How you went from ops to product at Meridian Parcel
        2. The delivery-promise launch, and what you'd do differently
        3. Lightning round

        Wired headphones > AirPods if you have them. Can't wait!

        Jamal
        The Backlog podcast
        """)
    hs = hdr(seed, frm=addr("Jamal Reid", "jamal@thebacklogpod.com"),
             subject="The Backlog recording - you're on the calendar!",
             when="2026-08-05 11:27:33", zone=LA, via="mail-lf1-f42.google.com", ip="209.85.167.42")
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- K40 Nadia is the interviewer


@mail(nm(), family="interviewer_side", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-09-23"),),
      note="Greenhouse interviewer reminder from her current employer: she interviews a candidate (Ben "
           "Ortiz) on Wed 23 Sep; her work mail forwarded by rule. Not her own job interview.")
def k40() -> bytes:
    seed = "k40"
    plain = t("""
        Hi Nadia,

        You're scheduled to interview a candidate.

        Candidate: Ben Ortiz
        Job: Product Manager II, Returns
        Interview: Product Sense
        When: Wednesday, September 23, 2026 1:00 PM - 1:45 PM PDT
        Where: Zoom https://meridianparcel.zoom.us/j/95510274413

        Your interview kit (focus attributes, questions and the scorecard) is ready:
        https://app.greenhouse.io/guides/7713402/people/55128840?application_id=88120311

        Please submit your scorecard within 24 hours of the interview.

        Thanks for helping us hire!
        Meridian Parcel Recruiting

        Powered by Greenhouse
        """)
    hs = hdr(seed, frm=addr("Meridian Parcel Recruiting", "no-reply@us.greenhouse-mail.io"),
             subject="Interview reminder: Ben Ortiz for Product Manager II, Returns - Wed, Sep 23",
             when="2026-09-21 08:00:19", zone=LA, via="o3.us.greenhouse-mail.io", ip="167.89.41.12",
             to=addr("Nadia Kowalczyk", "nadia.kowalczyk@meridianparcel.com"),
             mid="<0100019a7c1e3f22-8d4b2a60-1e9f-4c7a-b3d5-0f6e8a9c2b14-000000@us.greenhouse-mail.io>",
             extra=(("X-Forwarded-For", f"nadia.kowalczyk@meridianparcel.com {ME}"),
                    ("X-Forwarded-To", ME)))
    return message(hs, text(plain))


# --------------------------------------------------------------------------- K41 reference call


@mail(nm(), family="reference_check", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="A recruiter at another company confirms a reference call in which Nadia is the reference for "
           "a former colleague; a fixed time, but not her interview.")
def k41() -> bytes:
    seed = "k41"
    plain = t("""
        Hi Nadia,

        Thank you for agreeing to serve as a reference for Sam Ito! Confirming our call on Thursday,
        October 15 at 3:00 PM PT. I'll call you at the number Sam shared (206-555-0148); it should take
        about 15-20 minutes.

        I'll ask about the work you did together at Meridian Parcel, how Sam handles ambiguity and
        conflict, and where you'd see Sam grow. All feedback stays confidential to the hiring team.

        Many thanks,

        Tanya Brooks
        Senior Recruiter, Foxglove Media
        """)
    hs = hdr(seed, frm=addr("Tanya Brooks", "tbrooks@foxglovemedia.com"),
             subject="Reference call for Sam Ito - Thursday 3pm PT",
             when="2026-10-12 13:05:48", zone=LA, via="NAM04-BN8-obe.outbound.protection.outlook.com",
             ip="40.107.100.97",
             mid="<SJ0PR14MB5127A6B7C8D9E0F1A2B3C4D5E6F7A8B9@SJ0PR14MB5127.namprd14.prod.outlook.com>")
    return message(hs, alt(text(plain), html(html_from_plain(plain))))


# --------------------------------------------------------------------------- K42 out-of-office auto-reply


@mail(nm(), family="auto_reply", lang="en-US", interview=False, company="Copperline",
      days=(("Mon", "2026-04-13"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from a recruiter to Nadia's mail about "
           "availability; nothing scheduled.")
def k42() -> bytes:
    seed = "k42"
    plain = t("""
        Hi there,

        Thanks for your email! I'm out of the office through Monday, April 13 with limited access to email.
        I'll respond as soon as I can when I'm back.

        For interview scheduling questions, please contact our coordinator team at
        recruiting@copperline.io.

        Dana Ruiz
        Technical Recruiter, Copperline
        """)
    hs = hdr(seed, frm=addr("Dana Ruiz", "dana.ruiz@copperline.io"),
             subject="Automatic reply: Copperline Senior PM - my availability next week",
             when="2026-04-08 21:47:02", zone=LA, via="NAM02-SN1-obe.outbound.protection.outlook.com",
             ip="40.107.96.50",
             mid="<BL1PR12MB5302E7D8C9B0A1F2E3D4C5B6A7F8E9D0@BL1PR12MB5302.namprd12.prod.outlook.com>",
             extra=(("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "dana.ruiz@copperline.io"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<CAGv0dX3r8kN1zPq5TmB2wE7yF4hJ6cL9sA@mail.gmail.com>")))
    return message(hs, alt(text(plain), html(html_from_plain(plain))))


# --------------------------------------------------------------------------- K43 bounce


@mail(nm(), family="bounce", lang="en-US", interview=False, company=None,
      note="Delivery failure (multipart/report) for Nadia's thank-you note after an interview; the returned "
           "message is her own and confirms nothing.")
def k43() -> bytes:
    seed = "k43"
    orig_plain = t("""
        Hi Dara,

        Thank you for the conversation today! I really enjoyed digging into the creator payouts
        prioritization problem, and it made me even more excited about the role.

        Best,
        Nadia
        """)
    orig = message([("From", addr(ME_NAME, ME)), ("To", "dara.whitlock@quilfeather.io"),
                    ("Subject", "Thank you - Quillfeather execution interview"),
                    ("Date", date("2026-06-03 10:02:41", LA)), ("Message-ID", gmail_mid("k43-orig"))],
                   text(orig_plain))
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to dara.whitlock@quilfeather.io because the domain quilfeather.io
        couldn't be found. Check for typos or unnecessary spaces and try again.

        Learn more here: https://support.google.com/mail/?p=BadRcptDomain

        The response was:

        DNS Error: DNS type 'mx' lookup of quilfeather.io responded with code NXDOMAIN Domain name not found: quilfeather.io
        """)
    status = t(f"""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: {date("2026-06-03 10:02:41", LA)}

        Final-Recipient: rfc822; dara.whitlock@quilfeather.io
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS type 'mx' lookup of quilfeather.io responded with code NXDOMAIN
        Last-Attempt-Date: {date("2026-06-03 10:02:43", LA)}
        """)
    body = multipart("report", text(notice, cte="7bit", charset="UTF-8"),
                     raw_part([("Content-Type", "message/delivery-status")], status),
                     attached_message(orig), params="report-type=delivery-status")
    hs = inbound(seed, "mail-sor-f69.google.com", "209.85.220.69", "2026-06-03 10:02:43", LA) + [
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", ME), ("Subject", "Delivery Status Notification (Failure)"),
        ("Date", date("2026-06-03 10:02:43", LA)), ("Message-ID", gmail_mid("k43")),
        ("References", gmail_mid("k43-orig")), ("In-Reply-To", gmail_mid("k43-orig")),
        ("Auto-Submitted", "auto-replied")]
    return message(hs, body)


# --------------------------------------------------------------------------- K44 newsletter about interviewing


@mail(nm(), family="newsletter_tips", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-05-21"),),
      note="Substack-style newsletter about PM interview loops (bar raisers, product sense), with a live "
           "Q&A time; confirms nothing for the reader.")
def k44() -> bytes:
    seed = "k44"
    plain = t("""
        The Product Sense Weekly
        Issue #88: What bar raisers actually write down

        Hi friends,

        This week I sat down with three people who have done 400+ loops between them as bar raisers and
        hiring committee members. A few things they agreed on:

        1. The "tell me about a time" answer is graded on the decision, not the outcome. Say what you knew,
           what you didn't, and why you chose anyway.
        2. In product sense interviews, most candidates jump to features within 90 seconds. Spend the
           first five minutes on who the user is and what they're struggling with.
        3. Execution rounds love a metric that moved the wrong way. Have one ready, with the dashboards
           you looked at and the call you made.
        4. Your interview starts with the recruiter screen. Recruiters write notes too.

        Paid subscribers: our live mock-loop Q&A is Thursday, May 21 at 5 PM PT. Bring a story and we'll
        pressure-test it together.

        Until next week,
        Maren

        You're on the free list for The Product Sense Weekly. Upgrade: https://productsense.substack.com/subscribe
        Unsubscribe: https://productsense.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo
        548 Market Street PMB 72296, San Francisco, CA 94104
        """)
    hs = hdr(seed, frm=addr("Maren from The Product Sense Weekly", "productsense@substack.com"),
             subject="What bar raisers actually write down",
             when="2026-05-14 05:30:00", zone=LA, via="mail-out-7.substack.com", ip="159.112.240.7",
             mid="<20260514123000.3.8f2e1c0d9b7a6e5f@mg1.substack.com>",
             extra=(("List-Unsubscribe", "<https://productsense.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo>"),
                    ("List-Id", "<productsense.substack.com>"), ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(html_from_plain(plain, font="Georgia,serif"))))


# --------------------------------------------------------------------------- K45 post-interview (thread with K12)


@mail(nm(), family="post_interview", lang="en-US", interview=False, company="Saltwharf",
      note="Post-interview note ('thanks for making time for Marcus yesterday', next steps next week); "
           "nothing scheduled.")
def k45() -> bytes:
    seed = "k45"
    plain = t("""
        Hi Nadia,

        Thanks so much for making time for Marcus yesterday! He really enjoyed the conversation,
        especially your take on the seller onboarding funnel.

        We're wrapping up first-round interviews this week. I'll circle back early next week with an
        update on next steps.

        Best,
        Olivia

        Olivia Grant
        Senior Recruiter | Saltwharf
        """)
    hs = hdr(seed, frm=addr("Olivia Grant", "ogrant@saltwharf.com"),
             subject="Re: Saltwharf // Interview with Marcus Lee", to=addr("Nadia K", "nadia.k@example.net"),
             when="2026-09-30 12:18:36", zone=NY, via="mail-ua1-f50.google.com", ip="209.85.222.50",
             extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"nadia.k@example.net {ME}")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- K46 candidate survey


@mail(nm(), family="survey", lang="en-US", interview=False, company="Lumenfield",
      days=(("Tue", "2026-03-31"),),
      note="Candidate-experience survey about the past interview on Tuesday, March 31; no interview ahead.")
def k46() -> bytes:
    seed = "k46"
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Nadia,</p>
        <p>Thank you for interviewing with Lumenfield on Tuesday, March 31. We'd love to hear about your
        experience, whatever the outcome.</p>
        <p>How likely are you to recommend interviewing at Lumenfield to a friend?</p>
        <table><tr>
        <td><a href="https://survey.greenhouse.io/r/lumenfield/9931?s=0">0</a></td>
        <td><a href="https://survey.greenhouse.io/r/lumenfield/9931?s=1">1</a></td>
        <td><a href="https://survey.greenhouse.io/r/lumenfield/9931?s=2">2</a></td>
        <td><a href="https://survey.greenhouse.io/r/lumenfield/9931?s=3">3</a></td>
        <td><a href="https://survey.greenhouse.io/r/lumenfield/9931?s=4">4</a></td>
        <td><a href="https://survey.greenhouse.io/r/lumenfield/9931?s=5">5</a></td>
        <td><a href="https://survey.greenhouse.io/r/lumenfield/9931?s=6">6</a></td>
        <td><a href="https://survey.greenhouse.io/r/lumenfield/9931?s=7">7</a></td>
        <td><a href="https://survey.greenhouse.io/r/lumenfield/9931?s=8">8</a></td>
        <td><a href="https://survey.greenhouse.io/r/lumenfield/9931?s=9">9</a></td>
        <td><a href="https://survey.greenhouse.io/r/lumenfield/9931?s=10">10</a></td>
        </tr></table>
        <p>The survey takes about 2 minutes and your answers are anonymous; they are never shared with
        your interviewers.</p>
        <p>Thanks,<br>The Lumenfield Recruiting Team</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    hs = hdr(seed, frm=addr("Lumenfield", "no-reply@us.greenhouse-mail.io"),
             subject="How was your interview experience with Lumenfield?",
             when="2026-04-02 09:00:12", zone=LA, via="o3.us.greenhouse-mail.io", ip="167.89.41.12",
             mid="<0100018e9a0c4b17-1d6f3e22-7a8b-4c9d-b0e1-2f3a4b5c6d7e-000000@us.greenhouse-mail.io>")
    return message(hs, html(htm))


# --------------------------------------------------------------------------- K47 next steps, no time yet


@mail(nm(), family="next_steps", lang="en-US", interview=False, company="Cobalt Arc",
      days=(("Mon", "2026-11-02"),),
      note="Recruiter says she is moving to the virtual onsite; the coordinator will send dates later "
           "('likely the week of Nov 2'); nothing fixed.")
def k47() -> bytes:
    seed = "k47"
    plain = t("""
        Hi Nadia,

        Great news: Hal's feedback from last week was really strong and we'd like to move you forward to
        the virtual onsite!

        The loop is four 45-minute interviews on one day: product sense, execution, a technical deep dive
        with an engineering lead, and a leadership round with someone from outside the team (think of it
        as our bar raiser). Our coordinator, Noor, will reach out in the next 2-3 business days with
        available dates, most likely the week of Monday, Nov 2.

        In the meantime I'm happy to hop on a quick call if you want prep tips; just reply with a couple
        of times that work.

        Jess

        Jess Albright
        Senior Recruiter, Cobalt Arc
        """)
    hs = hdr(seed, frm=addr("Jess Albright", "jalbright@cobaltarc.com"),
             subject="Next steps - Cobalt Arc Senior PM, Cloud Cost",
             when="2026-10-19 15:33:21", zone=LA, via="NAM11-DM6-obe.outbound.protection.outlook.com",
             ip="40.107.223.88",
             mid="<DM6PR02MB6650C1D2E3F4A5B6C7D8E9F0A1B2C3D4@DM6PR02MB6650.namprd02.prod.outlook.com>")
    return message(hs, alt(text(plain), html(html_from_plain(plain))))


# --------------------------------------------------------------------------- K48 career fair ticket, Austin


@mail(nm(), family="event", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Conference ticket with a 'Career Expo' where hiring teams meet attendees (Sat Oct 10, 10 AM-2 PM "
           "CT); an event, not a scheduled interview.")
def k48() -> bytes:
    seed = "k48"
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1e1e1e">
        <h1 style="font-size:22px">You're in! Here's your ticket to Austin Product Week.</h1>
        <p>Hi Nadia,</p>
        <p>Order #APW-26-40918 &middot; General Admission (3 days) &middot; $249.00</p>
        <p><b>Thursday, October 8 &ndash; Saturday, October 10, 2026</b><br>
        Austin Convention Center, 500 E Cesar Chavez St, Austin, TX</p>
        <h2 style="font-size:17px">Don't miss the Career Expo</h2>
        <p>Saturday, October 10 from 10 AM to 2 PM CT. Meet hiring teams from 40+ startups, get your resume
        reviewed, and sign up for on-the-spot intro chats. Bring a few printed copies of your resume!</p>
        <p><a href="https://austinproductweek.com/tickets/APW-26-40918">View your ticket (QR code)</a></p>
        <p>See you in Austin,<br>The Austin Product Week team</p>
        <p style="font-size:11px;color:#888">Sent via Ticketfold &middot; <a href="https://ticketfold.com/u/unsub">Unsubscribe</a></p>
        </body></html>
        """)
    hs = hdr(seed, frm=addr("Austin Product Week", "tickets@ticketfold.com"),
             subject="Your ticket: Austin Product Week 2026 (Order #APW-26-40918)",
             when="2026-10-05 09:48:00", zone=CHI, via="mail7.ticketfold.com", ip="198.37.149.7",
             mid="<order.APW-26-40918.1791210480@ticketfold.com>")
    return message(hs, html(htm))


# --------------------------------------------------------------------------- K49 offer walkthrough call (thread with K27)

HARB_ORG = ("Émilie Tremblay", "emilie.tremblay@harborlight.ca")


@mail(nm(), family="offer_call", lang="en-CA", interview=False, company="Harborlight",
      days=(("Fri", "2026-08-28"),),
      note="Google Calendar invitation to an offer walkthrough call after the offer was made (Fri 28 Aug "
           "9:00-9:30am PDT); a call with the hiring company at a fixed time, but not an interview.")
def k49() -> bytes:
    seed = "k49"
    title = "Harborlight offer walkthrough (Nadia / Émilie)"
    desc = ("Quick call to walk through your offer package and answer any questions about compensation, "
            "benefits and relocation. No prep needed!")
    plain = gcal_text(banner="Émilie Tremblay has invited you to an event", title=title,
                      when_line="Friday Aug 28, 2026 ⋅ 9am – 9:30am", tzname="Pacific Time - Vancouver",
                      location=None, description=desc, organizer=HARB_ORG, guests=[ME], meet="hbl-ofrw-kzt",
                      eid="OWtmMnc3cTFwNHg4bTBjM3Y2bjFiNWogbmFkaWEua293YWxjenlrQGV4YW1wbGUub3Jn")
    ics = gcal_ics(method="REQUEST", uid="9kf2w7q1p4x8m0c3v6n1b5j@google.com", start="2026-08-28 09:00",
                   end="2026-08-28 09:30", zone_vtz=VTZ_VAN, tzid=VAN, organizer=("Emilie Tremblay", HARB_ORG[1]),
                   attendees=[("Emilie Tremblay", HARB_ORG[1], "ACCEPTED"), (ME, ME, "NEEDS-ACTION")],
                   summary="Harborlight offer walkthrough (Nadia / Emilie)", location="",
                   description=desc.replace(",", "\\,") + "\\n\\nJoin with Google Meet: https://meet.google.com/hbl-ofrw-kzt",
                   sequence=0, dtstamp="20260827T234455Z", created="20260827T234431Z")
    subj = f"Invitation: {title} @ Fri Aug 28, 2026 9am - 9:30am (PDT) ({ME})"
    hs = gcal_headers(seed, organizer=HARB_ORG, subject=subj, when="2026-08-27 16:44:55", zone=VAN)
    return message(hs, gcal_body(plain, ics, "REQUEST"))


# --------------------------------------------------------------------------- K50 Workday status change (thread with K25)


@mail(nm(), family="status_update", lang="en-US", interview=False, company="Cascade Freight",
      note="Workday status update: the application moved to the interview stage and a recruiter 'will "
           "reach out to schedule'; no time.")
def k50() -> bytes:
    seed = "k50"
    plain = t("""
        Dear Nadia,

        Good news! Your application for Senior Product Manager, Shipper Experience (JR-55120) has moved
        to the next step in our hiring process: Interview.

        A member of our Talent Acquisition team will reach out soon to schedule your interview. In the
        meantime, please make sure your contact information in Candidate Home is up to date:
        https://cascadefreight.wd5.myworkdayjobs.com/en-US/External/userHome

        Sincerely,
        Cascade Freight Talent Acquisition

        This is an automated message. Please do not reply.
        """)
    hs = hdr(seed, frm=addr("Cascade Freight", "cascadefreight@myworkday.com"),
             subject="Update on your application - Senior Product Manager, Shipper Experience",
             when="2026-04-09 10:31:07", zone=LA, via="wd5-smtp-out.myworkday.com", ip="216.146.36.33",
             mid="<1210044395.140277.1775755867203@wd5-impl-services2.myworkday.com>")
    return message(hs, alt(text(plain), html(html_from_plain(plain, font="Arial,Helvetica,sans-serif"))))


assert len(WRITTEN) == 50, len(WRITTEN)
