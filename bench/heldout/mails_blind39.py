"""blind39: 50 hand-written mails from the inbox of a software engineer in Singapore.

Inbox owner: Kelvin Ong <kelvin.ongwj@example.com> (Asia/Singapore, UTC+8, no DST), applying to
banks, trading firms, e-commerce and SaaS companies in Singapore, Hong Kong, Sydney, Tokyo,
Bangalore and to London / US remote roles. Written blind (see blind39/README.md); the MIME
plumbing and the checks are make.py's, imported unchanged.

Writing order: keys 1-23 are positives, 24-50 negatives; file numbers are the fixed shuffle
ORDER = random.Random(39039).sample(range(1, 51), 50).
"""

from __future__ import annotations

import base64
import hashlib
import random
from html import escape as esc

import make
from make import (
    Part,
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

# Windows zone names that Exchange writes for the zones in this inbox (check maps them to IANA).
make.WINDOWS_ZONES.setdefault("Singapore Standard Time", "Asia/Singapore")
make.WINDOWS_ZONES.setdefault("Tokyo Standard Time", "Asia/Tokyo")

ORDER = random.Random(39039).sample(range(1, 51), 50)
KEYS: dict[int, str] = {}
_count = [0]

ME = "kelvin.ongwj@example.com"
ME_TO = addr("Kelvin Ong", ME)


def mail(**kw):
    """make.mail with the file name taken from the writing order (key 1..50)."""
    _count[0] += 1
    key = _count[0]
    name = f"blind39_{ORDER[key - 1]:03d}"
    KEYS[key] = name
    return make.mail(name, **kw)


def _id(seed: str, n: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n].upper()


def head(frm: str, subject: str, when: str, zone: str, msgid: str, relay: str, *extra: tuple[str, str],
         to: str = ME_TO, lag: int = 3, charset: str = "utf-8", delivered: str = ME) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then extra headers."""
    ident = f"mx2.example.com (Postfix) with ESMTPS id 4{_id(msgid, 11)}"
    return [
        ("Delivered-To", delivered),
        ("Received", received(relay, when, zone, ident, delivered, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def pdf(filename: str, title: str) -> Part:
    """A small (fake but well-formed enough) PDF attachment."""
    body = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"% " + title.encode("ascii") + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    b64 = base64.encodebytes(body).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], b64)


# --------------------------------------------------------------------------- VTIMEZONEs

EX_SGT = """BEGIN:VTIMEZONE
TZID:Singapore Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:DAYLIGHT
END:VTIMEZONE"""

EX_JST = """BEGIN:VTIMEZONE
TZID:Tokyo Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:DAYLIGHT
END:VTIMEZONE"""

TZ_SYDNEY = """BEGIN:VTIMEZONE
TZID:Australia/Sydney
X-LIC-LOCATION:Australia/Sydney
BEGIN:STANDARD
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
TZNAME:AEST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
TZNAME:AEDT
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE"""

TZ_LA = """BEGIN:VTIMEZONE
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

TZ_SG = """BEGIN:VTIMEZONE
TZID:Asia/Singapore
X-LIC-LOCATION:Asia/Singapore
BEGIN:STANDARD
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:+08
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TEAMS_TEXT = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {num}
Passcode: {pwd}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={tid}&tenantId={tid}&threadId=19_meeting_{mid}@thread.v2&messageId=0&language=en-US>
________________________________________________________________________________
"""


def teams(mid: str, tid: str, num: str, pwd: str) -> str:
    return TEAMS_TEXT.format(mid=mid, tid=tid, num=num, pwd=pwd)


def exchange_ics(*, method: str, vtz: str, tzid: str, organizer: str, org_cn: str, summary: str,
                 start: str, end: str, stamp: str, uid: str, seq: int = 0, description: str = "",
                 location: str = "Microsoft Teams Meeting", attendees: tuple[tuple[str, str], ...] = (),
                 rrule: str | None = None, status: str = "CONFIRMED", priority: int = 5) -> str:
    """An Exchange Online meeting request / cancellation (Windows zone name, 1601 anchors)."""
    lines = [
        "BEGIN:VCALENDAR",
        f"METHOD:{method}",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        vtz,
        "BEGIN:VEVENT",
        f'ORGANIZER;CN="{org_cn}":mailto:{organizer}',
    ]
    for cn, mail_addr in attendees:
        lines.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{cn}":mailto:{mail_addr}')
    if rrule:
        lines.append(f"RRULE:{rrule}")
    busy = "FREE" if method == "CANCEL" else "TENTATIVE"
    lines += [
        f"DESCRIPTION;LANGUAGE=en-US:{description}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{summary}",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        "CLASS:PUBLIC",
        f"PRIORITY:{priority}",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        f"STATUS:{status}",
        f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE=en-US:{location}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(_id(uid, 7), 16)}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:" + ("1" if rrule else "0"),
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
    ]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def exchange_uid(seed: str) -> str:
    return ("040000008200E00074C5B7101A82E00800000000" + _id(seed, 16) + "000000000000000010000000"
            + _id(seed + "x", 32))


def google_ics(*, method: str, start_z: str, end_z: str, stamp: str, organizer: str, org_cn: str,
               guests: tuple[tuple[str, str, str], ...], summary: str, uid: str, description: str,
               seq: int = 0, meet: str = "", status: str = "CONFIRMED", created: str = "") -> str:
    """Google Calendar's invitation ICS: UTC times, no VTIMEZONE for a one-off event."""
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART:{start_z}",
        f"DTEND:{end_z}",
        f"DTSTAMP:{stamp}",
        f"ORGANIZER;CN={org_cn}:mailto:{organizer}",
        f"UID:{uid}",
    ]
    for cn, partstat, mail_addr in guests:
        rsvp = ";RSVP=TRUE" if partstat == "NEEDS-ACTION" else ""
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat}{rsvp}"
                     f";CN={cn};X-NUM-GUESTS=0:mailto:{mail_addr}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:{meet}")
    lines += [
        f"CREATED:{created or stamp}",
        f"DESCRIPTION:{description}",
        f"LAST-MODIFIED:{stamp}",
        "LOCATION:",
        f"SEQUENCE:{seq}",
        f"STATUS:{status}",
        f"SUMMARY:{summary}",
        "TRANSP:OPAQUE",
    ]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


GOOGLE_FOOTER = """Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""


def google_html(lines: list[str]) -> str:
    import html as _h

    rows = "".join(f"<div>{_h.escape(x)}</div>" if x else "<div>&nbsp;</div>" for x in lines)
    return ('<!doctype html><html><head><meta charset="UTF-8"></head><body>'
            '<div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;font-size:14px">'
            + rows + "</div></body></html>\n")


def google_invite(*, frm_name: str, frm: str, subject: str, when: str, zone: str, body: str, ics: str,
                  method: str = "REQUEST", seed: str, to: str = ME_TO,
                  extra: tuple[tuple[str, str], ...] = ()) -> bytes:
    msgid = f"<calendar-{_id(seed, 8).lower()}-{_id(seed + 'b', 4).lower()}-{_id(seed + 'c', 12).lower()}@google.com>"
    hs = head(addr(frm_name, frm), subject, when, zone, msgid,
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
              ("Reply-To", addr(frm_name, frm)), *extra, to=to)
    body_all = body + "\n" + GOOGLE_FOOTER
    cal = calendar(ics, method=method)
    att = calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                   disposition="attachment", name_param=True)
    return message(hs, mixed(
        alt(text(body_all, cte="base64", params="format=flowed; delsp=yes"),
            html(google_html(body_all.split("\n"))), cal),
        att))


# =========================================================================== positives


@mail(family="greenhouse", lang="en", interview=True, kind="scheduled", company="Wattlebird Software",
      start="2026-04-02T00:00:00Z", end="2026-04-02T01:00:00Z", contact="chloe.nguyen@wattlebird.com.au",
      local="Thu 2026-04-02 11:00", local_end="2026-04-02 12:00", zone="Australia/Sydney",
      note="Greenhouse confirmation with Reply-To recruiter and ICS (TZID Australia/Sydney). 2 April is "
           "still AEDT (UTC+11; Sydney goes back to AEST on 5 April): 11:00-12:00 AEDT = 00:00-01:00Z, "
           "and the body's Singapore line (8-9am) agrees. 'around 40 mins' is a part of the session.")
def wattlebird_greenhouse() -> bytes:
    body = t("""
        Hi Kelvin,

        Thanks for your time so far! I'm pleased to confirm your technical interview for the
        Senior Backend Engineer (Payments Platform) role at Wattlebird.

        Date: Thursday, 2 April 2026
        Time: 11:00am - 12:00pm AEDT (Sydney)
              That's 8:00am - 9:00am in Singapore.
        Format: Google Meet - https://meet.google.com/wbx-qkfr-tnd
        Interviewers: Sam Okafor (Staff Engineer), Leila Haddad (Engineering Manager)

        The session is a system design discussion (around 40 mins) followed by time for your
        questions. No prep needed beyond being comfortable talking through a service you've built.

        If anything changes on your end, just reply to this email.

        Cheers,
        Chloe Nguyen
        Talent Partner | Wattlebird Software
        Level 4, 88 Foveaux St, Surry Hills NSW 2010
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Hi Kelvin,</p>
        <p>Thanks for your time so far! I'm pleased to confirm your technical interview for the
        Senior Backend Engineer (Payments Platform) role at Wattlebird.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Thursday, 2 April 2026</td></tr>
        <tr><td><b>Time:</b></td><td>11:00am - 12:00pm AEDT (Sydney)<br>That's 8:00am - 9:00am in Singapore.</td></tr>
        <tr><td><b>Format:</b></td><td>Google Meet - <a href="https://meet.google.com/wbx-qkfr-tnd">https://meet.google.com/wbx-qkfr-tnd</a></td></tr>
        <tr><td><b>Interviewers:</b></td><td>Sam Okafor (Staff Engineer), Leila Haddad (Engineering Manager)</td></tr>
        </table>
        <p>The session is a system design discussion (around 40 mins) followed by time for your
        questions. No prep needed beyond being comfortable talking through a service you've built.</p>
        <p>If anything changes on your end, just reply to this email.</p>
        <p>Cheers,<br>Chloe Nguyen<br>Talent Partner | Wattlebird Software<br>
        Level 4, 88 Foveaux St, Surry Hills NSW 2010</p>
        <img src="https://app.greenhouse.io/email_open/5f1c2a9e" width="1" height="1" alt="">
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software Inc//Greenhouse//EN",
        "METHOD:REQUEST", TZ_SYDNEY, "BEGIN:VEVENT",
        "UID:interview-48211930-kelvin-ong@greenhouse.io",
        "DTSTAMP:20260327T030541Z",
        "DTSTART;TZID=Australia/Sydney:20260402T110000",
        "DTEND;TZID=Australia/Sydney:20260402T120000",
        "SUMMARY:Technical Interview - Senior Backend Engineer (Payments Platform) - Wattlebird Software",
        "DESCRIPTION:Interviewers: Sam Okafor\\, Leila Haddad\\nGoogle Meet: https://meet.google.com/wbx-qkfr-tnd",
        "LOCATION:https://meet.google.com/wbx-qkfr-tnd",
        "ORGANIZER;CN=Chloe Nguyen:mailto:chloe.nguyen@wattlebird.com.au",
        "ATTENDEE;CN=Kelvin Ong;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kelvin.ongwj@example.com",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Chloe Nguyen", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Wattlebird Software - Senior Backend Engineer (Payments Platform)",
              "2026-03-27 14:05:41", "Australia/Sydney",
              "<Xk2mP9qLRz6u4cT1vB8nWg@geopod-ismtpd-5>",
              "from o2.sg.greenhouse-mail.io (o2.sg.greenhouse-mail.io [167.89.41.202])",
              ("Reply-To", addr("Chloe Nguyen", "chloe.nguyen@wattlebird.com.au")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(family="google_calendar", lang="en", interview=True, kind="scheduled", company="Kowloon Peak Trading",
      start="2026-04-22T08:00:00Z", end="2026-04-22T09:00:00Z", contact="ivan.cheung@kowloonpeak.com.hk",
      local="Wed 2026-04-22 16:00", local_end="2026-04-22 17:00", zone="Asia/Hong_Kong",
      note="Google Calendar invitation from the interviewer (ORGANIZER, human). 4pm-5pm HKT (UTC+8) = "
           "08:00-09:00Z; ICS in UTC. Follows the slot proposal in the same thread (one of three offered).")
def kowloon_google() -> bytes:
    body = t("""
        Technical interview - Kelvin Ong (Kowloon Peak)
        Wednesday 22 Apr 2026 ⋅ 4pm – 5pm
        Hong Kong Standard Time

        Join with Google Meet
        https://meet.google.com/kpt-vxne-qwa

        Join by phone
        (HK) +852 5808 4012
        PIN: 483 119 206#

        More phone numbers
        https://tel.meet/kpt-vxne-qwa?pin=4831192061

        Hi Kelvin, as discussed with Grace - 60 mins with me and Raymond from the execution desk.
        Mostly Python / C++ and a bit of market microstructure. Whiteboard on Meet, no IDE needed.

        Organiser
        Ivan Cheung
        ivan.cheung@kowloonpeak.com.hk

        Guests
        Ivan Cheung - organiser
        Raymond Lau
        kelvin.ongwj@example.com
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWsydjlkMG0zcWY3aHExYzhyNmU0dDJiMWEga2VsdmluLm9uZ3dqQGV4YW1wbGUuY29t

        Reply for kelvin.ongwj@example.com
        Yes
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NWsydjlkMG0z&rst=1
        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NWsydjlkMG0z&rst=2
        Maybe
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NWsydjlkMG0z&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=NWsydjlkMG0z
        """)
    ics = google_ics(
        method="REQUEST", start_z="20260422T080000Z", end_z="20260422T090000Z", stamp="20260416T032307Z",
        organizer="ivan.cheung@kowloonpeak.com.hk", org_cn="Ivan Cheung",
        guests=(("Ivan Cheung", "ACCEPTED", "ivan.cheung@kowloonpeak.com.hk"),
                ("Raymond Lau", "ACCEPTED", "raymond.lau@kowloonpeak.com.hk"),
                ("kelvin.ongwj@example.com", "NEEDS-ACTION", ME)),
        summary="Technical interview - Kelvin Ong (Kowloon Peak)", uid="5k2v9d0m3qf7hq1c8r6e4t2b1a@google.com",
        description="Hi Kelvin\\, as discussed with Grace - 60 mins with me and Raymond from the execution desk. "
                    "Mostly Python / C++ and a bit of market microstructure.\\n\\nJoin with Google Meet: "
                    "https://meet.google.com/kpt-vxne-qwa",
        meet="https://meet.google.com/kpt-vxne-qwa")
    return google_invite(
        frm_name="Ivan Cheung", frm="ivan.cheung@kowloonpeak.com.hk",
        subject="Invitation: Technical interview - Kelvin Ong (Kowloon Peak) @ Wed 22 Apr 2026 4pm - 5pm (HKT) "
                "(kelvin.ongwj@example.com)",
        when="2026-04-16 11:23:07", zone="Asia/Hong_Kong", body=body, ics=ics, seed="kowloon-invite")


@mail(family="exchange", lang="en", interview=True, kind="scheduled", company="Meridian Straits Bank",
      start="2026-05-21T06:30:00Z", end="2026-05-21T07:30:00Z", contact="shirley.koh@meridianstraits.com.sg",
      local="Thu 2026-05-21 14:30", local_end="2026-05-21 15:30", zone="Asia/Singapore",
      note="Exchange meeting request from the recruiter (From = ORGANIZER). '2.30pm - 3.30pm (Singapore "
           "time)' = 06:30-07:30Z; ICS TZID 'Singapore Standard Time'. 'Kindly accept the meeting invite' "
           "asks for an RSVP but the slot itself is fixed.")
def meridian_exchange() -> bytes:
    tm = teams("NjRhZjE5YzItOWE0Ny00ZDk2LWI3NjgtMmQ1ZTdkYzQxYjA3", "8c1e5f0b-2d7a-4e33-9a1f-5b6c7d8e9f01",
               "428 551 907 336", "Xq7bT2")
    body = t("""
        Dear Kelvin,

        Thank you for your interest in Meridian Straits Bank. Please accept this invitation for your
        first round interview with our Payments Technology team.

        Date: 21 May 2026 (Thursday)
        Time: 2.30pm - 3.30pm (Singapore time)
        Interviewers: Mr. Ravi Shankar (Director, Payments Technology) and Ms. Tan Hui Min (VP, Engineering)
        Format: Microsoft Teams (link below)

        Kindly accept the meeting invite to confirm your attendance. Should you have any queries, please
        do not hesitate to reach out to me.

        Best regards,
        Shirley Koh
        Talent Acquisition | Group Human Resources
        Meridian Straits Bank Ltd
        T: +65 6812 3340

        """) + tm + t("""

        CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be privileged.
        If you are not the intended recipient, please notify the sender immediately and delete it.
        """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            + "".join(f"<p>{esc(line)}</p>" if line else "<p>&nbsp;</p>" for line in body.split("\n")[:19])
            + "<div style=\"width:100%\"><span style=\"white-space:nowrap;color:#5F5F5F\">"
            "________________________________________________________________________________</span>"
            "<div><span style=\"font-size:24px;font-weight:700\">Microsoft Teams meeting</span></div>"
            "<div><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjRhZjE5YzItOWE0Ny00ZDk2LWI3"
            "NjgtMmQ1ZTdkYzQxYjA3%40thread.v2/0\">Join the meeting now</a></div>"
            "<div>Meeting ID: 428 551 907 336</div><div>Passcode: Xq7bT2</div></div>"
            "</div></body></html>\n")
    ics = exchange_ics(
        method="REQUEST", vtz=EX_SGT, tzid="Singapore Standard Time",
        organizer="shirley.koh@meridianstraits.com.sg", org_cn="Koh, Shirley (Talent Acquisition)",
        attendees=(("Kelvin Ong", ME), ("Shankar, Ravi", "ravi.shankar@meridianstraits.com.sg"),
                   ("Tan, Hui Min", "huimin.tan@meridianstraits.com.sg")),
        summary="Interview: Software Engineer (Payments Technology) - Kelvin Ong",
        start="20260521T143000", end="20260521T153000", stamp="20260512T021733Z",
        uid=exchange_uid("meridian-r1"),
        description="Dear Kelvin\\,\\n\\nThank you for your interest in Meridian Straits Bank. Please accept "
                    "this invitation for your first round interview with our Payments Technology team.\\n")
    hs = head(addr("Koh, Shirley (Talent Acquisition)", "shirley.koh@meridianstraits.com.sg"),
              "Interview: Software Engineer (Payments Technology) - Kelvin Ong",
              "2026-05-12 10:17:33", "Asia/Singapore",
              "<SG2PR04MB83715E2A9C1D4B7F0A3E6C52B9D1A@SG2PR04MB8371.apcprd04.prod.outlook.com>",
              "from APC01-SG2-obe.outbound.protection.outlook.com (mail-sgaapc01on2091.outbound.protection"
              ".outlook.com [40.107.215.91])",
              ("Thread-Topic", "Interview: Software Engineer (Payments Technology) - Kelvin Ong"),
              ("Thread-Index", "AdrK3m9QvT2pW8xYRsa0cB1n7kLf4g=="),
              ("Accept-Language", "en-US, en-SG"),
              ("Content-Language", "en-US"),
              ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", ""))
    return message(hs, alt(text(body, charset="utf-8"), html(page),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(family="agency_prose", lang="en", interview=True, kind="scheduled", company="Lumio Pay",
      start="2026-03-12T06:30:00Z", contact="jasmine.teo@orchidsearch.com.sg",
      local="Thu 2026-03-12 14:30", zone="Asia/Singapore", days=(("Thu", "2026-03-12"),),
      note="Agency consultant confirms the client's 2nd round 'this Thurs (12/3) 2.30pm' (D/M date) at the "
           "client's office; SGT = 06:30Z. 'abt 1 hr' is approximate so end null. Company = the client "
           "(hiring company), contact = the consultant who sent it. Reply on top of an Outlook-quoted thread.")
def orchid_lumio_confirm() -> bytes:
    body = t("""
        Hi Kelvin,

        Good news - client confirmed your 2nd round for this Thurs (12/3) 2.30pm at their office.

        Venue: Lumio Pay, Marina One West Tower #12-01 (register at lobby, pls bring NRIC)
        Meeting: Daniel Yeo (Head of Engineering) + 1 senior dev
        Duration: abt 1 hr

        PFA JD again for your reference. Do call me if anything.

        All the best!

        Regards,
        Jasmine Teo
        Senior Consultant | Technology
        Orchid Search Partners Pte Ltd | EA Licence No. 19C9981 | Reg No. R1876543
        M: +65 9123 4567

        -----Original Message-----
        From: Kelvin Ong <kelvin.ongwj@example.com>
        Sent: Monday, 9 March 2026 11:05 AM
        To: Jasmine Teo <jasmine.teo@orchidsearch.com.sg>
        Subject: RE: Lumio Pay - Senior Backend Engineer (2nd round)

        Hi Jasmine, Thurs or Fri afternoon both ok for me. Thanks!

        Kelvin

        -----Original Message-----
        From: Jasmine Teo <jasmine.teo@orchidsearch.com.sg>
        Sent: Friday, 6 March 2026 6:12 PM
        To: Kelvin Ong <kelvin.ongwj@example.com>
        Subject: Lumio Pay - Senior Backend Engineer (2nd round)

        Hi Kelvin,

        Lumio would like to proceed to 2nd round with you! They are looking at Thurs/Fri next week
        afternoon. Pls let me know your availability and I'll coordinate.

        Regards,
        Jasmine
        """)
    hs = head(addr("Jasmine Teo", "jasmine.teo@orchidsearch.com.sg"),
              "RE: Lumio Pay - Senior Backend Engineer (2nd round)",
              "2026-03-09 17:42:10", "Asia/Singapore",
              "<TYZPR06MB6218C0F3A1B94E2D8A7C5B3E1F90A@TYZPR06MB6218.apcprd06.prod.outlook.com>",
              "from APC01-TYZ-obe.outbound.protection.outlook.com (mail-tyzapc01on2112.outbound.protection"
              ".outlook.com [40.107.117.112])",
              ("In-Reply-To", "<CAJ7ko2Lq8xVn3bT5e@mail.gmail.com>"),
              ("References", "<TYZPR06MB62183A9F0E@TYZPR06MB6218.apcprd06.prod.outlook.com> "
                             "<CAJ7ko2Lq8xVn3bT5e@mail.gmail.com>"),
              ("Thread-Topic", "Lumio Pay - Senior Backend Engineer (2nd round)"),
              ("Thread-Index", "AQHbkS2vXk3hQ1m7lEGR0aZc9Y6mFrN8oPwQ"),
              ("Content-Language", "en-SG"),
              ("X-MS-Has-Attach", "yes"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             pdf("JD_LumioPay_SnrBackendEngineer.pdf", "Lumio Pay JD")))


@mail(family="lever", lang="en", interview=True, kind="scheduled", company="Fernleaf",
      start="2026-04-01T08:30:00Z", end="2026-04-01T09:15:00Z", contact="oliver.brennan@fernleaf.co.uk",
      local="Wed 2026-04-01 09:30", local_end="2026-04-01 10:15", zone="Europe/London",
      days=(("Sun", "2026-03-29"),),
      note="Lever confirmation sent on 26 March (London on GMT) for 1 April, after UK clocks go forward on "
           "29 March: 9:30-10:15 BST = 08:30-09:15Z = 4:30-5:15pm SGT as the mail says. Reply-To recruiter.")
def fernleaf_lever() -> bytes:
    body = t("""
        Hi Kelvin,

        Thanks for making time to speak with us about the Backend Engineer (Remote, APAC-friendly) role.
        Your interview has been confirmed for the time below.

        Technical conversation with Hannah Price (Engineering Lead)
        Wednesday, April 1st, 2026
        9:30am - 10:15am BST (London)
        4:30pm - 5:15pm SGT (Singapore)

        Location: Zoom - https://fernleaf.zoom.us/j/83419920561?pwd=Rk9hY2xJbG1TRXl3

        A small heads-up from me: UK clocks go forward on Sunday 29 March, so from then we're 7 hours
        behind you instead of 8. The times above already take that into account.

        Looking forward to it!

        Oliver Brennan
        Talent Acquisition, Fernleaf

        ---
        Sent via Lever. Reply to this email to reach Oliver directly.
        """)
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
        <p>Hi Kelvin,</p>
        <p>Thanks for making time to speak with us about the Backend Engineer (Remote, APAC-friendly) role.
        Your interview has been confirmed for the time below.</p>
        <div style="border:1px solid #e3e3e3;border-radius:4px;padding:12px">
        <div style="font-weight:600">Technical conversation with Hannah Price (Engineering Lead)</div>
        <div>Wednesday, April 1st, 2026</div>
        <div>9:30am - 10:15am BST (London)</div>
        <div>4:30pm - 5:15pm SGT (Singapore)</div>
        <div>Location: <a href="https://fernleaf.zoom.us/j/83419920561?pwd=Rk9hY2xJbG1TRXl3">Zoom</a></div>
        </div>
        <p>A small heads-up from me: UK clocks go forward on Sunday 29 March, so from then we're 7 hours
        behind you instead of 8. The times above already take that into account.</p>
        <p>Looking forward to it!</p>
        <p>Oliver Brennan<br>Talent Acquisition, Fernleaf</p>
        <p style="color:#999;font-size:12px">Sent via Lever. Reply to this email to reach Oliver directly.</p>
        </div>
        """)
    hs = head(addr("Fernleaf", "no-reply@hire.lever.co"), "Interview Confirmation - Fernleaf",
              "2026-03-26 15:31:02", "Europe/London",
              "<0100019d2a7e1b44-8f2c6d1e-3a5b-4c7d-9e0f-1a2b3c4d5e6f-000000@email.amazonses.com>",
              "from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
              ("Reply-To", addr("Oliver Brennan", "oliver.brennan@fernleaf.co.uk")))
    return message(hs, alt(text(body), html(page)))


@mail(family="calendly", lang="en", interview=True, kind="scheduled", company="Hinoki Labs",
      start="2026-06-08T01:00:00Z", end="2026-06-08T01:30:00Z", contact="haruka.mori@hinokilabs.jp",
      local="Mon 2026-06-08 09:00", local_end="2026-06-08 09:30", zone="Asia/Singapore",
      note="Calendly invitee confirmation of a coffee chat with the hiring manager (an interview stage). "
           "Shown in the invitee's zone: 9:00-9:30am Singapore = 01:00-01:30Z (10:00 in Tokyo); ICS in UTC. "
           "Contact = Reply-To host.")
def hinoki_calendly() -> bytes:
    body = t("""
        Hi Kelvin Ong,

        Your Coffee chat - Hinoki Labs (Engineering) with Haruka Mori at 09:00am (Singapore Standard Time) on Monday, June 8, 2026 is scheduled.

        Event Type:
        Coffee chat - Hinoki Labs (Engineering)

        Event Date/Time:
        09:00am - 09:30am (Singapore Standard Time) on Monday, June 8, 2026

        Location:
        This is a Google Meet web conference. Join now: https://meet.google.com/hnk-tmrz-ofp

        Invitee Email:
        kelvin.ongwj@example.com

        Questions:
        Which role are you interested in?
        Senior Software Engineer (Search)

        Please share anything that will help prepare for our meeting.
        I led our Elasticsearch to OpenSearch migration last year, happy to talk through it.

        Description:
        A relaxed 30-minute conversation with the hiring manager about the role, the team and how we work. No preparation needed.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7f3e9a12-4b6c-4d8e-a0f1-2c3d4e5f6a7b
        Reschedule: https://calendly.com/reschedulings/7f3e9a12-4b6c-4d8e-a0f1-2c3d4e5f6a7b

        Powered by Calendly.com
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
        "DTSTAMP:20260603T131450Z", "DTSTART:20260608T010000Z", "DTEND:20260608T013000Z",
        "SUMMARY:Coffee chat - Hinoki Labs (Engineering) between Haruka Mori and Kelvin Ong",
        "UID:7f3e9a12-4b6c-4d8e-a0f1-2c3d4e5f6a7b@calendly.com",
        "DESCRIPTION:Event Name: Coffee chat - Hinoki Labs (Engineering)\\n\\nLocation: This is a Google "
        "Meet web conference. https://meet.google.com/hnk-tmrz-ofp\\n\\nNeed to make changes to this "
        "event?\\nCancel: https://calendly.com/cancellations/7f3e9a12-4b6c-4d8e-a0f1-2c3d4e5f6a7b",
        "LOCATION:https://meet.google.com/hnk-tmrz-ofp",
        "ORGANIZER;CN=Haruka Mori:mailto:haruka.mori@hinokilabs.jp",
        "ATTENDEE;CN=Kelvin Ong;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kelvin.ongwj@example.com",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    page = "<html><body>" + "".join(
        f"<p>{esc(line)}</p>" if line else "" for line in body.split("\n")) + "</body></html>\n"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Coffee chat - Hinoki Labs (Engineering) with Haruka Mori on Monday, June 8, 2026",
              "2026-06-03 13:14:50", "UTC", "<Cq9Xw2LkT0e7R5mVb1YzHg@geopod-ismtpd-7>",
              "from o3.email.calendly.com (o3.email.calendly.com [167.89.117.24])",
              ("Reply-To", addr("Haruka Mori", "haruka.mori@hinokilabs.jp")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(family="hackerrank_interview", lang="en", interview=True, kind="scheduled", company="Northpoint Quant",
      start="2026-02-12T07:00:00Z", end="2026-02-12T08:00:00Z", contact="gavin.cheung@northpointquant.com",
      local="Thu 2026-02-12 15:00", local_end="2026-02-12 16:00", zone="Asia/Hong_Kong",
      note="HackerRank Interview (live CodePair round, not a test): 03:00 PM - 04:00 PM Asia/Hong_Kong "
           "(UTC+8) = 07:00-08:00Z. Reply-To and body name the interviewer.")
def northpoint_hackerrank() -> bytes:
    body = t("""
        Hi Kelvin Ong,

        You have been invited to a live coding interview with Northpoint Quant.

        INTERVIEW DETAILS
        Role: Software Engineer, Trading Systems
        Date: Thursday, February 12, 2026
        Time: 03:00 PM - 04:00 PM (Asia/Hong_Kong)
        Duration: 60 minutes
        Interviewer: Gavin Cheung

        Join interview:
        https://www.hackerrank.com/work/interviews/join/nq-8c41f2d7e9

        BEFORE YOUR INTERVIEW
        - Use the latest version of Chrome or Firefox and check your setup:
          https://www.hackerrank.com/work/interviews/system-check
        - The interview takes place in a shared code editor with audio and video. You can code in
          C++, Python or Java.

        Need to reschedule? Reply to this email to reach Gavin Cheung (gavin.cheung@northpointquant.com).

        Good luck!
        Team HackerRank
        """)
    page = t("""
        <html><body style="background:#f3f7f7;font-family:Arial,sans-serif">
        <table width="600" align="center" style="background:#fff;padding:24px"><tr><td>
        <h2 style="color:#0e141e">You're invited to an interview</h2>
        <p>Hi Kelvin Ong,</p>
        <p>You have been invited to a live coding interview with <b>Northpoint Quant</b>.</p>
        <table cellpadding="4">
        <tr><td style="color:#738f93">Role</td><td>Software Engineer, Trading Systems</td></tr>
        <tr><td style="color:#738f93">Date</td><td>Thursday, February 12, 2026</td></tr>
        <tr><td style="color:#738f93">Time</td><td>03:00 PM - 04:00 PM (Asia/Hong_Kong)</td></tr>
        <tr><td style="color:#738f93">Duration</td><td>60 minutes</td></tr>
        <tr><td style="color:#738f93">Interviewer</td><td>Gavin Cheung</td></tr>
        </table>
        <p><a href="https://www.hackerrank.com/work/interviews/join/nq-8c41f2d7e9"
        style="background:#1ba94c;color:#fff;padding:10px 18px;text-decoration:none">Join interview</a></p>
        <p>Need to reschedule? Reply to this email to reach Gavin Cheung
        (<a href="mailto:gavin.cheung@northpointquant.com">gavin.cheung@northpointquant.com</a>).</p>
        <p>Good luck!<br>Team HackerRank</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("HackerRank", "interviews@hackerrankforwork.com"),
              "Interview invitation: Northpoint Quant - Thu, Feb 12, 2026 03:00 PM HKT",
              "2026-02-06 09:48:20", "UTC", "<20260206094820.1.7C2E5A9B1D3F4E60@mg.hackerrankforwork.com>",
              "from m42-118.mailgun.net (m42-118.mailgun.net [69.72.42.118])",
              ("Reply-To", addr("Gavin Cheung", "gavin.cheung@northpointquant.com")))
    return message(hs, alt(text(body), html(page)))


@mail(family="workday", lang="en", interview=True, kind="scheduled", company="Ironbark Retail Group",
      start="2026-11-17T02:30:00Z", end="2026-11-17T03:15:00Z", contact="priya.raghunathan@ironbark.com.au",
      local="Tue 2026-11-17 13:30", local_end="2026-11-17 14:15", zone="Australia/Sydney",
      note="Workday HTML-only notification from the tenant's myworkday.com mailbox. Sydney is on AEDT "
           "again since 4 Oct: 1:30 PM (GMT+11:00) = 02:30Z; 'Duration: 45 minutes' gives the end. "
           "Contact = recruiter address in the body.")
def ironbark_workday() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f0f0f0">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="640" cellpadding="20" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#1f3b2d;color:#fff;font-size:18px">Ironbark Retail Group</td></tr>
        <tr><td>
        <p>Dear Kelvin,</p>
        <p>We are pleased to invite you to interview for the <b>Senior Software Engineer - Checkout</b>
        position (R-0041927). Your interview has been scheduled as follows:</p>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr><td style="border:1px solid #ddd"><b>Date</b></td><td style="border:1px solid #ddd">Tuesday, 17 November 2026</td></tr>
        <tr><td style="border:1px solid #ddd"><b>Time</b></td><td style="border:1px solid #ddd">1:30 PM (GMT+11:00) Sydney</td></tr>
        <tr><td style="border:1px solid #ddd"><b>Duration</b></td><td style="border:1px solid #ddd">45 minutes</td></tr>
        <tr><td style="border:1px solid #ddd"><b>Interview Type</b></td><td style="border:1px solid #ddd">Video - Microsoft Teams (a calendar invitation with the link will follow separately)</td></tr>
        <tr><td style="border:1px solid #ddd"><b>Interviewers</b></td><td style="border:1px solid #ddd">Marcus Bell, Engineering Manager; Aditi Rao, Principal Engineer</td></tr>
        </table>
        <p>If you have any questions, please contact your recruiter, Priya Raghunathan, at
        <a href="mailto:priya.raghunathan@ironbark.com.au">priya.raghunathan@ironbark.com.au</a>.</p>
        <p>You can also view this interview in your candidate home:
        <a href="https://wd3.myworkdayjobs.com/ironbark/userHome">Candidate Home</a></p>
        <p>Kind regards,<br>Ironbark Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Ironbark Retail Group", "ironbark@myworkday.com"),
              "Interview Scheduled: Senior Software Engineer - Checkout (R-0041927)",
              "2026-11-09 16:02:11", "Australia/Sydney",
              "<1208437719.482211.1794200531004@wd3-prod-psr-ev-19.myworkday.com>",
              "from mx-out-syd3.myworkday.com (mx-out-syd3.myworkday.com [216.55.127.44])")
    return message(hs, html(page))


@mail(family="forward_self", lang="en", interview=True, kind="scheduled", company="Straits Harbour Insurance",
      start="2026-07-23T02:00:00Z", end="2026-07-23T03:00:00Z", contact=None,
      local="Thu 2026-07-23 10:00", local_end="2026-07-23 11:00", zone="Asia/Singapore",
      days=(("Mon", "2026-07-20"),),
      note="Kelvin forwards a SuccessFactors interview confirmation from his old address to his main one. "
           "'23/07/2026' (D/M) '10:00 AM - 11:00 AM (GMT+08:00) Singapore' = 02:00-03:00Z. The only "
           "addresses are the candidate's own two and the SuccessFactors no-reply, so contact null.")
def straits_sf_forward() -> bytes:
    body = t("""
        save to calendar!!

        ---------- Forwarded message ---------
        From: Straits Harbour Insurance Careers <noreply@successfactors.com>
        Date: Mon, 20 Jul 2026 at 09:12
        Subject: Interview Confirmation - Software Engineer (Claims Platform), Req ID 48213
        To: <kelvinong88@example.net>


        Dear Kelvin Ong,

        Thank you for selecting an interview slot. We are pleased to confirm your interview for the
        position of Software Engineer (Claims Platform), Requisition ID 48213.

        Interview Date: 23/07/2026
        Interview Time: 10:00 AM - 11:00 AM (GMT+08:00) Singapore
        Interview Location: Straits Harbour Insurance, 9 Raffles Place #30-01, Republic Plaza Tower 1,
        Singapore 048619
        Interviewer(s): Lee Kok Weng, Chua Mei Ling

        Please arrive 15 minutes before your interview and bring along your NRIC for registration at
        the lobby.

        Should you need to reschedule, please use the link in the original invitation to select
        another slot, subject to availability.

        Yours sincerely,
        Talent Acquisition
        Straits Harbour Insurance Ltd

        This is a system-generated email. Please do not reply to this email.
        """)
    hs = head(addr("Kelvin Ong", "kelvinong88@example.net"),
              "Fwd: Interview Confirmation - Software Engineer (Claims Platform), Req ID 48213",
              "2026-07-20 12:40:18", "Asia/Singapore", "<CAGq8vN3tYx0kQ7mZp2Lw9sR4dE1@mail.gmail.com>",
              "from mail-oa1-f44.google.com (mail-oa1-f44.google.com [209.85.160.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(family="human_prose", lang="en", interview=True, kind="scheduled", company="Indigo Ledger Technologies",
      start="2026-08-05T05:30:00Z", end="2026-08-05T06:30:00Z", contact="sneha.kulkarni@indigoledger.in",
      local="Wed 2026-08-05 11:00", local_end="2026-08-05 12:00", zone="Asia/Kolkata",
      note="Bangalore HR mail (iso-8859-1, QP): '05-Aug-2026 (Wednesday) 11:00 AM to 12:00 PM IST' = "
           "05:30-06:30Z (IST is UTC+5:30, no DST); the SGT line agrees. 'Kindly acknowledge receipt' does "
           "not make the slot tentative.")
def indigo_round2() -> bytes:
    body = t("""
        Dear Kelvin,

        Greetings from Indigo Ledger Technologies!

        Further to our telephonic discussion, please find below the schedule for your Technical Round 2
        for the position of Senior Software Engineer (Platform).

        Date    : 05-Aug-2026 (Wednesday)
        Time    : 11:00 AM to 12:00 PM IST (1:30 PM to 2:30 PM SGT)
        Mode    : Google Meet - https://meet.google.com/ilt-pdzk-vwm
        Panel   : Mr. Harish Venkatesh, Engineering Manager

        Kindly join the meeting 5 minutes prior to the scheduled time and ensure a stable internet
        connection with camera on. Request you to keep your updated CV and a government ID handy.

        Kindly acknowledge receipt of this mail.

        Thanks & Regards,
        Sneha Kulkarni
        Talent Acquisition | Indigo Ledger Technologies Pvt. Ltd.
        4th Floor, Prestige Tech Park, Outer Ring Road, Bengaluru - 560103
        +91 80 4718 2290

        © 2026 Indigo Ledger Technologies Pvt. Ltd. · This e-mail is confidential.
        """)
    hs = head(addr("Sneha Kulkarni", "sneha.kulkarni@indigoledger.in"),
              "Interview Schedule | Technical Round 2 | Senior Software Engineer - Kelvin Ong",
              "2026-07-31 18:22:45", "Asia/Kolkata",
              "<1983422071.1184302.1785502365108.JavaMail.zimbra@indigoledger.in>",
              "from mail.indigoledger.in (mail.indigoledger.in [103.14.122.40])",
              ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC126 (Win)/9.0.0_GA_4583)"),
              ("Thread-Topic", "Interview Schedule | Technical Round 2 | Senior Software Engineer - Kelvin Ong"),
              ("Thread-Index", "AQHcIYk3x8V0n2TQk0aRz5m1e9Wb7g=="))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(family="whatsapp_paste", lang="en", interview=True, kind="scheduled", company="Kopi Cloud",
      start="2026-10-08T03:00:00Z", contact=None,
      local="Thu 2026-10-08 11:00", zone="Asia/Singapore", days=(("Mon", "2026-10-05"), ("Thu", "2026-10-08")),
      note="Note-to-self with a pasted WhatsApp chat (D/M/YY stamps): agency recruiter offers 'this Thurs "
           "8/10 11am', Kelvin says 'Can can', recruiter: 'Ok confirmed'. 11:00 SGT = 03:00Z; 'abt 1hr' -> "
           "end null. From and To are the candidate; no other e-mail address -> contact null.")
def kopi_whatsapp() -> bytes:
    body = t("""
        note to self - copied from whatsapp

        [5/10/26, 4:12:30 PM] Nicole Tan (Bluewater): Hi Kelvin! Kopi Cloud wants to see u for 1st round this Thurs 8/10 11am at their office, 71 Robinson Rd #14-02. Can or not?
        [5/10/26, 4:19:58 PM] Kelvin Ong: Can can, thanks Nicole
        [5/10/26, 4:21:45 PM] Nicole Tan (Bluewater): Ok confirmed 👍 Will email u the details later. Ask for Marcus at reception, interview with Marcus + their CTO, abt 1hr
        [5/10/26, 4:22:10 PM] Kelvin Ong: 👍

        bring: 2 copies cv, laptop charged

        Sent from my iPhone
        """)
    hs = head(addr("Kelvin Ong", ME), "kopi cloud interview thurs", "2026-10-05 18:03:27", "Asia/Singapore",
              "<4D7A1C2E-9B3F-4E8A-A6D5-0F1E2C3B4A59@example.com>",
              "from smtpclient.apple (bb121-6-44-213.singnet.com.sg [121.6.44.213])",
              ("X-Mailer", "iPhone Mail (22F76)"))
    return message(hs, text(body))


@mail(family="human_reply", lang="en", interview=True, kind="scheduled", company="Greyfriars Data",
      start="2026-11-03T08:00:00Z", contact="tom.ashworth@greyfriarsdata.co.uk",
      local="Tue 2026-11-03 16:00", zone="Asia/Singapore",
      days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04"), ("Thu", "2026-10-29"), ("Wed", "2026-10-28")),
      note="Hiring manager's reply on top of the quoted thread accepts the candidate's proposal 'Tuesday "
           "3 Nov at 4pm SGT'. London is back on GMT since 25 Oct, so 4pm SGT = 08:00Z = 8am London, "
           "consistent with '8am for me'. 'about an hour' -> end null. Contact = sender.")
def greyfriars_reply() -> bytes:
    body = t("""
        Hi Kelvin,

        Perfect - Tuesday 4pm your time it is (8am for me, so apologies in advance if I'm still on my
        first coffee). I'll send a Teams invite shortly. It'll be me and Ines from the platform team,
        about an hour.

        Best,
        Tom

        --
        Tom Ashworth
        Head of Engineering | Greyfriars Data
        https://greyfriarsdata.co.uk

        On Thu, 29 Oct 2026 at 08:55, Kelvin Ong <kelvin.ongwj@example.com> wrote:
        > Hi Tom,
        >
        > Thanks for getting back to me. Now that your clocks have gone back, Tuesday 3 Nov at 4pm SGT
        > would be 8am in London - is that too early? Otherwise Wednesday 4 Nov any time after 3pm SGT
        > works for me too.
        >
        > Best regards,
        > Kelvin
        >
        > On Wed, 28 Oct 2026 at 18:20, Tom Ashworth <tom.ashworth@greyfriarsdata.co.uk> wrote:
        >> Hi Kelvin,
        >>
        >> Lucy passed on her notes from your screening call - I'd love to have a proper chat about the
        >> platform role. Given the time difference, would early morning for me / late afternoon for you
        >> work? Let me know a couple of options next week.
        >>
        >> Tom
        """)
    hs = head(addr("Tom Ashworth", "tom.ashworth@greyfriarsdata.co.uk"), "Re: Greyfriars Data - next step",
              "2026-10-29 10:12:40", "Europe/London", "<CAF3kd9Wq1mN7xVb2Tz0Ep6yHr5@mail.gmail.com>",
              "from mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])",
              ("In-Reply-To", "<CAGq8vN9pLm2Rz4Xc7@mail.gmail.com>"),
              ("References", "<CAF3kd9Uy0Hb6Ks3Qe@mail.gmail.com> <CAGq8vN9pLm2Rz4Xc7@mail.gmail.com>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(family="ashby", lang="en", interview=True, kind="scheduled", company="Quillfeather",
      start="2026-03-13T00:00:00Z", end="2026-03-13T01:00:00Z", contact="madison.fischer@quillfeather.com",
      local="Fri 2026-03-13 08:00", local_end="2026-03-13 09:00", zone="Asia/Singapore",
      note="Ashby confirmation showing the candidate's zone: Fri 13 Mar 8-9 AM (GMT+08:00) = 00:00-01:00Z. "
           "The ICS is in America/Los_Angeles: Thu 12 Mar 17:00 PDT (US DST began 8 March; the mail was "
           "sent on 5 March in PST) = the same instant. Reply-To recruiter.")
def quillfeather_ashby() -> bytes:
    body = t("""
        Hi Kelvin,

        Your interview with Quillfeather has been scheduled. Here are the details:

        Systems Design Interview
        Friday, March 13, 2026
        8:00 AM - 9:00 AM (GMT+08:00) Singapore Standard Time

        Interviewer: Arjun Patel, Staff Software Engineer
        Location: Zoom - https://quillfeather.zoom.us/j/96120384417

        Arjun will share a prompt at the start; you'll use Excalidraw to sketch. Please make sure you can
        share your screen.

        Need to make a change? Reply to this email and Madison will help.

        The Quillfeather Recruiting Team
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1c1c1c">
        <p>Hi Kelvin,</p>
        <p>Your interview with Quillfeather has been scheduled. Here are the details:</p>
        <div style="border-left:3px solid #6b4eff;padding-left:12px">
        <p style="font-weight:600;margin:0">Systems Design Interview</p>
        <p style="margin:0">Friday, March 13, 2026</p>
        <p style="margin:0">8:00 AM - 9:00 AM (GMT+08:00) Singapore Standard Time</p>
        <p style="margin:8px 0 0">Interviewer: Arjun Patel, Staff Software Engineer</p>
        <p style="margin:0">Location: <a href="https://quillfeather.zoom.us/j/96120384417">Zoom</a></p>
        </div>
        <p>Arjun will share a prompt at the start; you'll use Excalidraw to sketch. Please make sure you can
        share your screen.</p>
        <p>Need to make a change? Reply to this email and Madison will help.</p>
        <p>The Quillfeather Recruiting Team</p>
        <p style="color:#9a9a9a;font-size:11px">Powered by Ashby</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", TZ_LA, "BEGIN:VEVENT", "UID:b1e4c7d0-2f3a-4b5c-8d9e-0a1b2c3d4e5f",
        "DTSTAMP:20260305T182015Z",
        "DTSTART;TZID=America/Los_Angeles:20260312T170000",
        "DTEND;TZID=America/Los_Angeles:20260312T180000",
        "SEQUENCE:0", "SUMMARY:Quillfeather - Systems Design Interview (Kelvin Ong)",
        "LOCATION:https://quillfeather.zoom.us/j/96120384417",
        "ORGANIZER;CN=Madison Fischer:mailto:madison.fischer@quillfeather.com",
        "ATTENDEE;CN=Kelvin Ong;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kelvin.ongwj@example.com",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Quillfeather", "no-reply@ashbyhq.com"),
              "Interview Confirmation: Systems Design Interview with Quillfeather",
              "2026-03-05 10:20:15", "America/Los_Angeles",
              "<010001958c21d7a4-3e8b0f5c-7a1d-4c2e-9b6f-8d0a2e4c6b1f-000000@email.amazonses.com>",
              "from a48-92.smtp-out.amazonses.com (a48-92.smtp-out.amazonses.com [54.240.48.92])",
              ("Reply-To", addr("Madison Fischer", "madison.fischer@quillfeather.com")))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(family="goodtime", lang="en", interview=True, kind="scheduled", company="Mikan Marketplace",
      start="2026-09-09T01:00:00Z", end="2026-09-09T04:45:00Z", contact="yuki.tanaka@mikan-market.jp",
      local="Wed 2026-09-09 09:00", local_end="2026-09-09 12:45", zone="Asia/Singapore",
      note="GoodTime virtual-onsite itinerary, times in the candidate's zone (GMT+8): first session 9:00 AM, "
           "last ends 12:45 PM = 01:00Z-04:45Z (10:00-13:45 in Tokyo). Multi-session: first start to last "
           "end. Reply-To coordinator.")
def mikan_goodtime() -> bytes:
    body = t("""
        Hi Kelvin,

        Thank you for your time! Below is your virtual onsite itinerary for the Senior Software Engineer,
        Payments role at Mikan Marketplace. All times are shown in your time zone (Singapore, GMT+8);
        the team is in Tokyo (GMT+9).

        Wednesday, September 9, 2026

        9:00 AM - 9:45 AM    Coding (pair programming) with Ren Kobayashi
        10:00 AM - 10:45 AM  System Design with Aiko Suzuki
        12:00 PM - 12:45 PM  Hiring Manager conversation with Takeshi Ito

        Each session has its own Zoom link in the calendar invitations you will receive separately.
        There's a break between the second and third sessions - grab some lunch!

        If you need to make any changes, reply to this email and I'll help.

        Best regards,
        Yuki Tanaka
        Recruiting Coordinator, Mikan Marketplace
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Kelvin,</p>
        <p>Thank you for your time! Below is your virtual onsite itinerary for the Senior Software Engineer,
        Payments role at Mikan Marketplace. All times are shown in your time zone (Singapore, GMT+8);
        the team is in Tokyo (GMT+9).</p>
        <h3>Wednesday, September 9, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td>9:00 AM - 9:45 AM</td><td>Coding (pair programming) with Ren Kobayashi</td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>System Design with Aiko Suzuki</td></tr>
        <tr><td>12:00 PM - 12:45 PM</td><td>Hiring Manager conversation with Takeshi Ito</td></tr>
        </table>
        <p>Each session has its own Zoom link in the calendar invitations you will receive separately.
        There's a break between the second and third sessions - grab some lunch!</p>
        <p>If you need to make any changes, reply to this email and I'll help.</p>
        <p>Best regards,<br>Yuki Tanaka<br>Recruiting Coordinator, Mikan Marketplace</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Mikan Marketplace Recruiting", "notifications@goodtime.io"),
              "Your interview schedule with Mikan Marketplace - Wednesday, September 9",
              "2026-09-01 14:40:03", "Asia/Tokyo", "<Gt7Rz2qLmV0w8K3xNb5YcA@geopod-ismtpd-12>",
              "from o1.mail.goodtime.io (o1.mail.goodtime.io [149.72.154.210])",
              ("Reply-To", addr("Yuki Tanaka", "yuki.tanaka@mikan-market.jp")))
    return message(hs, alt(text(body), html(page)))


@mail(family="zoom", lang="en", interview=True, kind="scheduled", company="Shopfern",
      start="2026-10-15T06:00:00Z", contact="amanda.lee@shopfern.sg",
      local="Thu 2026-10-15 14:00", zone="Asia/Singapore",
      note="Recruiter mail with a pasted Zoom invitation 'Oct 15, 2026 02:00 PM Singapore' = 06:00Z "
           "('next Thursday' from Thu 8 Oct agrees). No duration -> end null.")
def shopfern_zoom() -> bytes:
    body = t("""
        Hi Kelvin,

        Thanks for confirming! Sharing the Zoom details for your technical interview next Thursday.
        You'll be speaking with Jun Wei (Lead Engineer, Search & Discovery) and Farah (Senior Engineer).

        Amanda Lee is inviting you to a scheduled Zoom meeting.

        Topic: Shopfern Technical Interview - Kelvin Ong (Software Engineer II)
        Time: Oct 15, 2026 02:00 PM Singapore

        Join Zoom Meeting
        https://shopfern.zoom.us/j/84930021157?pwd=bUx0TmZ6WjRhS2pYcUFqZ0x3OTZkZz09

        Meeting ID: 849 3002 1157
        Passcode: 631772

        ---

        One tap mobile
        +6531651065,,84930021157#,,,,*631772# Singapore
        +6531587288,,84930021157#,,,,*631772# Singapore

        ---

        Dial by your location
        • +65 3165 1065 Singapore
        • +65 3158 7288 Singapore

        Regards,
        Amanda
        Talent Acquisition | Shopfern
        """)
    hs = head(addr("Amanda Lee", "amanda.lee@shopfern.sg"), "Shopfern | Technical Interview - Kelvin Ong",
              "2026-10-08 15:27:19", "Asia/Singapore", "<CAD5nQ1xR8kZ3mW0vT7bYp2Lc6@mail.gmail.com>",
              "from mail-pl1-f180.google.com (mail-pl1-f180.google.com [209.85.214.180])",
              ("In-Reply-To", "<CAGq8vN2Hx5Kd1Wz@mail.gmail.com>"),
              ("References", "<CAD5nQ1sT3Lp9Ve@mail.gmail.com> <CAGq8vN2Hx5Kd1Wz@mail.gmail.com>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(family="eightfold", lang="en", interview=True, kind="scheduled", company="Lantau Bank",
      start="2026-11-23T01:30:00Z", end="2026-11-23T02:30:00Z", contact="cheryl.wong@lantaubank.com.hk",
      local="Mon 2026-11-23 09:30", local_end="2026-11-23 10:30", zone="Asia/Hong_Kong",
      note="Eightfold HTML-only (base64) confirmation from a no-reply mailbox: 9:30 AM - 10:30 AM HKT "
           "(GMT+8) = 01:30-02:30Z. Contact = recruiter address in the body.")
def lantau_eightfold() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;padding:0;background:#f5f6f8">
        <div style="max-width:600px;margin:0 auto;background:#fff;font-family:'Segoe UI',Arial,sans-serif;color:#202124">
        <div style="background:#00364d;padding:16px 24px;color:#fff;font-size:20px">Lantau Bank Careers</div>
        <div style="padding:24px">
        <p>Hi Kelvin,</p>
        <p>Your interview for <strong>Senior Software Engineer, Digital Channels</strong> is confirmed.</p>
        <div style="background:#f1f7fb;padding:16px;border-radius:6px">
        <div style="font-size:16px;font-weight:600">Monday, November 23, 2026</div>
        <div>9:30 AM &ndash; 10:30 AM HKT (GMT+8)</div>
        <div>Microsoft Teams &middot; link in your calendar invitation</div>
        <div style="margin-top:8px">Interviewers: Cheryl Wong (Talent Acquisition Partner), Edmund Ho (Head of Mobile Engineering)</div>
        </div>
        <p><a href="https://lantaubank.eightfold.ai/careers/scheduling/event/ics?id=evt_93f1c2" style="color:#0071bc">Add to calendar</a></p>
        <p>Need to reschedule? Please contact Cheryl Wong at
        <a href="mailto:cheryl.wong@lantaubank.com.hk">cheryl.wong@lantaubank.com.hk</a>.</p>
        <p>We look forward to speaking with you.</p>
        <p>Lantau Bank Talent Acquisition</p>
        </div>
        <div style="padding:12px 24px;font-size:11px;color:#80868b">Powered by Eightfold AI &middot; This mailbox is not monitored.</div>
        </div>
        </body></html>
        """)
    hs = head(addr("Lantau Bank Careers", "no-reply@lantaubank.eightfold.ai"),
              "Interview confirmed: Senior Software Engineer, Digital Channels",
              "2026-11-17 18:05:30", "Asia/Hong_Kong", "<Ef2Tq9LxB0c5W1mZrY8kHv@geopod-ismtpd-21>",
              "from o12.ptr4532.eightfold.ai (o12.ptr4532.eightfold.ai [149.72.33.18])")
    return message(hs, html(page, cte="base64"))


@mail(family="google_calendar", lang="en", interview=True, kind="rescheduled", company="Wattlebird Software",
      start="2026-04-14T00:30:00Z", end="2026-04-14T01:30:00Z", contact="chloe.nguyen@wattlebird.com.au",
      local="Tue 2026-04-14 10:30", local_end="2026-04-14 11:30", zone="Australia/Sydney",
      days=(("Mon", "2026-04-13"),),
      note="Google Calendar 'Updated invitation' (SEQUENCE:1) moving the final round from Mon 13 Apr 2pm to "
           "Tue 14 Apr 10:30-11:30am. Sydney is on AEST (UTC+10) since 5 April: 10:30 = 00:30Z, and the "
           "organiser's note says 8.30am Singapore. ICS in UTC. Contact = ORGANIZER.")
def wattlebird_google_update() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Final round - Kelvin Ong / Wattlebird
        Tuesday 14 Apr 2026 ⋅ 10:30am – 11:30am
        Australian Eastern Standard Time - Sydney

        Previously: Monday 13 Apr 2026 ⋅ 2pm – 3pm

        Join with Google Meet
        https://meet.google.com/wbx-frnl-qpa

        Hi Kelvin - moving this to Tuesday morning as Leila is now out on the Monday. 10.30am Sydney =
        8.30am Singapore. Same panel otherwise (Leila, Sam and our CTO Ben). Thanks for being flexible!
        Chloe

        Organiser
        Chloe Nguyen
        chloe.nguyen@wattlebird.com.au

        Guests
        Chloe Nguyen - organiser
        Leila Haddad
        Sam Okafor
        Ben Whitfield
        kelvin.ongwj@example.com
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M3Rmcjh3YnE5c2xrMjEwdmE

        Reply for kelvin.ongwj@example.com
        Yes
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M3Rmcjh3YnE5&rst=1
        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M3Rmcjh3YnE5&rst=2
        Maybe
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M3Rmcjh3YnE5&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=M3Rmcjh3YnE5
        """)
    ics = google_ics(
        method="REQUEST", start_z="20260414T003000Z", end_z="20260414T013000Z", stamp="20260407T231522Z",
        created="20260330T052211Z", organizer="chloe.nguyen@wattlebird.com.au", org_cn="Chloe Nguyen",
        guests=(("Chloe Nguyen", "ACCEPTED", "chloe.nguyen@wattlebird.com.au"),
                ("Leila Haddad", "ACCEPTED", "leila.haddad@wattlebird.com.au"),
                ("Sam Okafor", "NEEDS-ACTION", "sam.okafor@wattlebird.com.au"),
                ("Ben Whitfield", "NEEDS-ACTION", "ben.whitfield@wattlebird.com.au"),
                ("kelvin.ongwj@example.com", "NEEDS-ACTION", ME)),
        summary="Final round - Kelvin Ong / Wattlebird", uid="3tfr8wbq9slk210va6m4c2dq7e@google.com",
        description="Hi Kelvin - moving this to Tuesday morning as Leila is now out on the Monday. 10.30am "
                    "Sydney = 8.30am Singapore. Same panel otherwise (Leila\\, Sam and our CTO Ben). Thanks "
                    "for being flexible! Chloe",
        seq=1, meet="https://meet.google.com/wbx-frnl-qpa")
    return google_invite(
        frm_name="Chloe Nguyen", frm="chloe.nguyen@wattlebird.com.au",
        subject="Updated invitation with note: Final round - Kelvin Ong / Wattlebird @ Tue 14 Apr 2026 "
                "10:30am - 11:30am (AEST) (kelvin.ongwj@example.com)",
        when="2026-04-08 09:15:22", zone="Australia/Sydney", body=body, ics=ics, seed="wattlebird-update")


@mail(family="agency_prose", lang="en", interview=True, kind="rescheduled", company="Lumio Pay",
      start="2026-03-13T06:30:00Z", contact="jasmine.teo@orchidsearch.com.sg",
      local="Fri 2026-03-13 14:30", zone="Asia/Singapore", days=(("Thu", "2026-03-12"), ("Fri", "2026-03-13")),
      note="Agency consultant: the client moved the 2nd round from Thurs 12/3 to 'Fri 13/3, same time "
           "2.30pm' (D/M) = 06:30Z. Asking to be told if Friday does not work does not unfix it. The old "
           "time is in the quoted mail below. windows-1252 QP (Outlook).")
def orchid_lumio_move() -> bytes:
    body = t("""
        Hi Kelvin,

        So sorry – client just called, Daniel has an urgent board meeting on Thurs afternoon. They’ve
        moved your 2nd round to Fri 13/3, same time 2.30pm, same venue (Marina One West Tower #12-01).

        Let me know asap if Fri doesn’t work for you and I’ll see what I can do. Apologies for the
        inconvenience!

        Regards,
        Jasmine Teo
        Senior Consultant | Technology
        Orchid Search Partners Pte Ltd | EA Licence No. 19C9981 | Reg No. R1876543
        M: +65 9123 4567

        From: Jasmine Teo
        Sent: Monday, March 9, 2026 5:42 PM
        To: Kelvin Ong <kelvin.ongwj@example.com>
        Subject: RE: Lumio Pay - Senior Backend Engineer (2nd round)

        Hi Kelvin,

        Good news - client confirmed your 2nd round for this Thurs (12/3) 2.30pm at their office.

        Venue: Lumio Pay, Marina One West Tower #12-01 (register at lobby, pls bring NRIC)
        Meeting: Daniel Yeo (Head of Engineering) + 1 senior dev
        Duration: abt 1 hr
        """)
    hs = head(addr("Jasmine Teo", "jasmine.teo@orchidsearch.com.sg"),
              "RE: Lumio Pay - Senior Backend Engineer (2nd round)",
              "2026-03-10 11:02:55", "Asia/Singapore",
              "<TYZPR06MB62189D4E2B1C7A0F5E3D8C6B2A14F@TYZPR06MB6218.apcprd06.prod.outlook.com>",
              "from APC01-TYZ-obe.outbound.protection.outlook.com (mail-tyzapc01on2098.outbound.protection"
              ".outlook.com [40.107.117.98])",
              ("In-Reply-To", "<TYZPR06MB6218C0F3A1B94E2D8A7C5B3E1F90A@TYZPR06MB6218.apcprd06.prod.outlook.com>"),
              ("References", "<TYZPR06MB6218C0F3A1B94E2D8A7C5B3E1F90A@TYZPR06MB6218.apcprd06.prod.outlook.com>"),
              ("Thread-Topic", "Lumio Pay - Senior Backend Engineer (2nd round)"),
              ("Thread-Index", "AQHbkS2vXk3hQ1m7lEGR0aZc9Y6mFrN8oPwQgAAb7kA="),
              ("Importance", "high"),
              ("X-Priority", "1"),
              ("Content-Language", "en-SG"))
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
            "<body lang=\"EN-SG\"><div class=\"WordSection1\">"
            + "".join(f"<p class=\"MsoNormal\">{esc(line)}</p>" if line else "<p class=\"MsoNormal\">&nbsp;</p>"
                      for line in body.split("\n"))
            + "</div></body></html>\n")
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(family="exchange", lang="en", interview=True, kind="rescheduled", company="Kanda Markets",
      start="2026-10-22T08:00:00Z", end="2026-10-22T09:00:00Z", contact="k.watanabe@kandamarkets.co.jp",
      local="Thu 2026-10-22 17:00", local_end="2026-10-22 18:00", zone="Asia/Tokyo",
      days=(("Wed", "2026-10-21"), ("Thu", "2026-10-22")),
      note="Exchange updated meeting request (SEQUENCE:1, TZID 'Tokyo Standard Time'): moved from Wed 21 Oct "
           "16:00 to Thu 22 Oct 17:00-18:00 Tokyo time = 08:00-09:00Z (16:00-17:00 Singapore as written). "
           "Contact = organiser/sender.")
def kanda_exchange_update() -> bytes:
    tm = teams("ZTk4YjFjM2EtNWQ2Ny00ZjkwLWExYjItYzNkNGU1ZjZhN2I4", "2f6e8a1c-4b3d-4e5f-9a7b-1c2d3e4f5a6b",
               "361 204 558 917", "pK3d9W")
    body = t("""
        Kelvin-san,

        Sorry for the change. Our head of trading technology can only join on Thursday, so I have moved
        your 2nd round interview by one day:

        New time: Thu 22 Oct, 17:00-18:00 Tokyo time (16:00-17:00 Singapore)
        Previously: Wed 21 Oct, 16:00-17:00 Tokyo time

        The Teams link is unchanged. Please let me know if the new time is difficult for you.

        Best regards,
        Kenji Watanabe
        Technology Recruiting | Kanda Markets K.K.
        Otemachi, Chiyoda-ku, Tokyo

        """) + tm
    ics = exchange_ics(
        method="REQUEST", vtz=EX_JST, tzid="Tokyo Standard Time",
        organizer="k.watanabe@kandamarkets.co.jp", org_cn="Kenji Watanabe",
        attendees=(("Kelvin Ong", ME), ("Hiroshi Nakamura", "h.nakamura@kandamarkets.co.jp"),
                   ("Emi Sato", "e.sato@kandamarkets.co.jp")),
        summary="Interview - Kelvin Ong / Low Latency Engineer (2nd round)",
        start="20261022T170000", end="20261022T180000", stamp="20261016T104108Z",
        uid=exchange_uid("kanda-r2"), seq=1,
        description="Kelvin-san\\,\\n\\nSorry for the change. Our head of trading technology can only join on "
                    "Thursday\\, so I have moved your 2nd round interview by one day.\\n")
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Meiryo UI,Calibri,sans-serif;font-size:10.5pt\">"
            + "".join(f"<div>{esc(line)}</div>" if line else "<div>&nbsp;</div>" for line in body.split("\n"))
            + "</div></body></html>\n")
    hs = head(addr("Kenji Watanabe", "k.watanabe@kandamarkets.co.jp"),
              "Interview - Kelvin Ong / Low Latency Engineer (2nd round)",
              "2026-10-16 19:41:08", "Asia/Tokyo",
              "<TYCPR01MB84412B7E0D3C9A1F6E5B2D8C4A70E@TYCPR01MB8441.jpnprd01.prod.outlook.com>",
              "from JPN01-TYC-obe.outbound.protection.outlook.com (mail-tycjpn01on2071.outbound.protection"
              ".outlook.com [40.107.114.71])",
              ("Thread-Topic", "Interview - Kelvin Ong / Low Latency Engineer (2nd round)"),
              ("Thread-Index", "AdtF0kq9m2hT7RwLQJyVbX3cN8aP1w=="),
              ("Content-Language", "ja-JP"),
              ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", ""))
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(family="greenhouse", lang="en", interview=True, kind="rescheduled", company="Brightloop",
      start="2026-11-04T01:00:00Z", end="2026-11-04T02:00:00Z", contact="danielle.park@brightloop.io",
      local="Tue 2026-11-03 20:00", local_end="2026-11-03 21:00", zone="America/New_York",
      days=(("Thu", "2026-10-29"), ("Tue", "2026-11-03"), ("Wed", "2026-11-04")),
      note="Greenhouse reschedule sent 27 Oct (New York on EDT) for Tue 3 Nov 8-9 PM EST, after US clocks "
           "fall back on 1 Nov: 20:00 EST = 01:00Z on 4 Nov = 9 AM Wed SGT, as the mail says. Old slot "
           "(Thu 29 Oct 8 PM EDT) also mentioned. ICS America/New_York, SEQUENCE:1.")
def brightloop_reschedule() -> bytes:
    body = t("""
        Hi Kelvin,

        We've had to move your technical interview with Brightloop - our interviewer is out sick this week.
        Your updated schedule is below; please disregard the earlier invitation for Thursday, October 29
        at 8:00 PM EDT.

        Technical Interview: Backend Engineer
        Tuesday, November 3, 2026
        8:00 PM - 9:00 PM EST (New York)
        = Wednesday, November 4, 9:00 AM - 10:00 AM SGT (Singapore)

        Interviewer: Marcus Oyelaran, Senior Software Engineer
        Video: https://brightloop.zoom.us/j/92718830446

        Quick note: US clocks fall back on Sunday, November 1, so New York will be 13 hours behind you
        instead of 12.

        Thanks so much for your flexibility,
        Danielle Park
        Recruiting | Brightloop
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Hi Kelvin,</p>
        <p>We've had to move your technical interview with Brightloop - our interviewer is out sick this week.
        Your updated schedule is below; please disregard the earlier invitation for Thursday, October 29
        at 8:00 PM EDT.</p>
        <p><b>Technical Interview: Backend Engineer</b><br>
        Tuesday, November 3, 2026<br>
        8:00 PM - 9:00 PM EST (New York)<br>
        = Wednesday, November 4, 9:00 AM - 10:00 AM SGT (Singapore)</p>
        <p>Interviewer: Marcus Oyelaran, Senior Software Engineer<br>
        Video: <a href="https://brightloop.zoom.us/j/92718830446">https://brightloop.zoom.us/j/92718830446</a></p>
        <p>Quick note: US clocks fall back on Sunday, November 1, so New York will be 13 hours behind you
        instead of 12.</p>
        <p>Thanks so much for your flexibility,<br>Danielle Park<br>Recruiting | Brightloop</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software Inc//Greenhouse//EN",
        "METHOD:REQUEST", make.VTZ["America/New_York"], "BEGIN:VEVENT",
        "UID:interview-77302114-kelvin-ong@greenhouse.io",
        "DTSTAMP:20261027T181005Z",
        "DTSTART;TZID=America/New_York:20261103T200000",
        "DTEND;TZID=America/New_York:20261103T210000",
        "SUMMARY:Technical Interview: Backend Engineer - Brightloop",
        "LOCATION:https://brightloop.zoom.us/j/92718830446",
        "ORGANIZER;CN=Danielle Park:mailto:danielle.park@brightloop.io",
        "ATTENDEE;CN=Kelvin Ong;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kelvin.ongwj@example.com",
        "SEQUENCE:1", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Danielle Park", "no-reply@greenhouse.io"),
              "Updated Interview Schedule: Brightloop - Backend Engineer",
              "2026-10-27 14:10:05", "America/New_York", "<Rb4Kp8sZ1mQ6xW3vN0tLcE@geopod-ismtpd-9>",
              "from o4.email.greenhouse.io (o4.email.greenhouse.io [198.21.6.117])",
              ("Reply-To", addr("Danielle Park", "danielle.park@brightloop.io")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(family="google_calendar", lang="en", interview=True, kind="cancelled", company="Sakuradori Commerce",
      start="2026-11-06T02:00:00Z", end="2026-11-06T02:30:00Z", contact="sayaka.fujii@sakuradori.co.jp",
      local="Fri 2026-11-06 11:00", local_end="2026-11-06 11:30", zone="Asia/Tokyo",
      note="Google Calendar 'Canceled event with note' (METHOD:CANCEL) for a hiring-manager chat, Fri 6 Nov "
           "11am-11:30am JST = 02:00-02:30Z. Cancelled because the role is on hold; no new time.")
def sakuradori_cancel() -> bytes:
    body = t("""
        This event has been cancelled.

        Kelvin Ong <> Sakuradori - hiring manager chat
        Friday 6 Nov 2026 ⋅ 11am – 11:30am
        Japan Standard Time

        Note from Sayaka Fujii:
        Hi Kelvin, I'm really sorry - the Platform Engineering headcount has been put on hold for budget
        reasons, so we have to cancel Friday's chat with Kenta. I'll reach out personally if the role
        reopens. Thank you for your understanding.

        Organiser
        Sayaka Fujii
        sayaka.fujii@sakuradori.co.jp

        Guests
        Sayaka Fujii - organiser
        Kenta Morimoto
        kelvin.ongwj@example.com
        """)
    ics = google_ics(
        method="CANCEL", start_z="20261106T020000Z", end_z="20261106T023000Z", stamp="20261102T074831Z",
        created="20261028T010511Z", organizer="sayaka.fujii@sakuradori.co.jp", org_cn="Sayaka Fujii",
        guests=(("Sayaka Fujii", "ACCEPTED", "sayaka.fujii@sakuradori.co.jp"),
                ("Kenta Morimoto", "ACCEPTED", "kenta.morimoto@sakuradori.co.jp"),
                ("kelvin.ongwj@example.com", "ACCEPTED", ME)),
        summary="Kelvin Ong <> Sakuradori - hiring manager chat", uid="6hq1vm0c8sd2o4tfk9r7b3e5n1@google.com",
        description="Hi Kelvin\\, I'm really sorry - the Platform Engineering headcount has been put on hold "
                    "for budget reasons\\, so we have to cancel Friday's chat with Kenta.",
        seq=2, status="CANCELLED", meet="https://meet.google.com/skr-dwzq-hmc")
    return google_invite(
        frm_name="Sayaka Fujii", frm="sayaka.fujii@sakuradori.co.jp",
        subject="Canceled event with note: Kelvin Ong <> Sakuradori - hiring manager chat @ Fri 6 Nov 2026 "
                "11am - 11:30am (JST) (kelvin.ongwj@example.com)",
        when="2026-11-02 16:48:31", zone="Asia/Tokyo", body=body, ics=ics, method="CANCEL",
        seed="sakuradori-cancel")


@mail(family="human_prose", lang="en", interview=True, kind="cancelled", company="Indigo Ledger Technologies",
      start="2026-08-14T09:30:00Z", end="2026-08-14T10:30:00Z", contact="sneha.kulkarni@indigoledger.in",
      local="Fri 2026-08-14 15:00", local_end="2026-08-14 16:00", zone="Asia/Kolkata",
      days=(("Fri", "2026-08-07"),),
      note="Bangalore HR: the Managerial Round '14-Aug-2026 (Friday) from 3:00 PM to 4:00 PM IST stands "
           "cancelled' = 09:30-10:30Z; 'will revert with the revised schedule' (no new time). The original "
           "schedule mail is quoted below (Zimbra style).")
def indigo_cancel() -> bytes:
    body = t("""
        Dear Kelvin,

        Hope you are doing well.

        Due to unavoidable circumstances at the panel's end, your Managerial Round scheduled on
        14-Aug-2026 (Friday) from 3:00 PM to 4:00 PM IST stands cancelled. We regret the inconvenience
        caused.

        We will revert with the revised schedule at the earliest.

        Thanks & Regards,
        Sneha Kulkarni
        Talent Acquisition | Indigo Ledger Technologies Pvt. Ltd.
        +91 80 4718 2290

        ----- Original Message -----
        From: "Sneha Kulkarni" <sneha.kulkarni@indigoledger.in>
        To: "Kelvin Ong" <kelvin.ongwj@example.com>
        Sent: Friday, August 7, 2026 4:40:12 PM
        Subject: Interview Schedule | Managerial Round | Senior Software Engineer - Kelvin Ong

        Dear Kelvin,

        Congratulations on clearing the technical rounds! Please find below the schedule for your
        Managerial Round.

        Date    : 14-Aug-2026 (Friday)
        Time    : 3:00 PM to 4:00 PM IST
        Mode    : Google Meet - https://meet.google.com/ilt-mgrr-kpz
        Panel   : Ms. Radhika Menon, Director - Engineering

        Kindly acknowledge receipt of this mail.

        Thanks & Regards,
        Sneha Kulkarni
        """)
    hs = head(addr("Sneha Kulkarni", "sneha.kulkarni@indigoledger.in"),
              "Re: Interview Schedule | Managerial Round | Senior Software Engineer - Kelvin Ong",
              "2026-08-11 10:05:12", "Asia/Kolkata",
              "<702115480.1291877.1786422912340.JavaMail.zimbra@indigoledger.in>",
              "from mail.indigoledger.in (mail.indigoledger.in [103.14.122.40])",
              ("In-Reply-To", "<1450932875.1253011.1786101012881.JavaMail.zimbra@indigoledger.in>"),
              ("References", "<1450932875.1253011.1786101012881.JavaMail.zimbra@indigoledger.in>"),
              ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC126 (Win)/9.0.0_GA_4583)"),
              ("Thread-Topic", "Interview Schedule | Managerial Round | Senior Software Engineer - Kelvin Ong"))
    page = ("<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">"
            + "".join(f"<div>{esc(line)}</div>" if line else "<div><br></div>" for line in body.split("\n"))
            + "</div></body></html>\n")
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(family="exchange", lang="en", interview=True, kind="cancelled", company="Meridian Straits Bank",
      start="2026-06-02T02:00:00Z", end="2026-06-02T03:30:00Z", contact="shirley.koh@meridianstraits.com.sg",
      local="Tue 2026-06-02 10:00", local_end="2026-06-02 11:30", zone="Asia/Singapore",
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED, TZID 'Singapore Standard Time') of the "
           "round-2 panel, Tue 2 Jun 10:00-11:30 SGT = 02:00-03:30Z; the recruiter will 'revert with "
           "alternative timings' (no new time).")
def meridian_cancel() -> bytes:
    body = t("""
        Dear Kelvin,

        Please accept my apologies - we need to cancel your panel interview on 2 June (Tuesday),
        10.00am - 11.30am, as two of the panel members have to travel for an urgent project.

        I will revert with alternative timings as soon as I have their availability. Thank you for your
        patience and understanding.

        Best regards,
        Shirley Koh
        Talent Acquisition | Group Human Resources
        Meridian Straits Bank Ltd
        """)
    ics = exchange_ics(
        method="CANCEL", vtz=EX_SGT, tzid="Singapore Standard Time",
        organizer="shirley.koh@meridianstraits.com.sg", org_cn="Koh, Shirley (Talent Acquisition)",
        attendees=(("Kelvin Ong", ME),),
        summary="Canceled: Interview: Round 2 (Panel) - Software Engineer (Payments Technology) - Kelvin Ong",
        start="20260602T100000", end="20260602T113000", stamp="20260528T084502Z",
        uid=exchange_uid("meridian-r2"), seq=1, status="CANCELLED", priority=1,
        description="Dear Kelvin\\,\\n\\nPlease accept my apologies - we need to cancel your panel interview "
                    "on 2 June (Tuesday)\\, 10.00am - 11.30am.\\n")
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            + "".join(f"<p>{esc(line)}</p>" if line else "<p>&nbsp;</p>" for line in body.split("\n"))
            + "</div></body></html>\n")
    hs = head(addr("Koh, Shirley (Talent Acquisition)", "shirley.koh@meridianstraits.com.sg"),
              "Canceled: Interview: Round 2 (Panel) - Software Engineer (Payments Technology) - Kelvin Ong",
              "2026-05-28 16:45:02", "Asia/Singapore",
              "<SG2PR04MB8371A0C4E7F2B9D31E6A5C8B0F27D@SG2PR04MB8371.apcprd04.prod.outlook.com>",
              "from APC01-SG2-obe.outbound.protection.outlook.com (mail-sgaapc01on2104.outbound.protection"
              ".outlook.com [40.107.215.104])",
              ("Thread-Topic", "Interview: Round 2 (Panel) - Software Engineer (Payments Technology) - Kelvin Ong"),
              ("Thread-Index", "AdrK3m9QvT2pW8xYRsa0cB1n7kLf4gAKx2Tw"),
              ("Importance", "high"),
              ("Content-Language", "en-US"),
              ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", ""))
    return message(hs, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert digest ('Actively recruiting', 'Be an early applicant'); mentions companies "
           "from the inbox but confirms nothing.")
def linkedin_alert() -> bytes:
    body = t("""
        Your job alert for software engineer in Singapore
        12 new jobs match your preferences.

        Senior Software Engineer, Digital Channels
        Lantau Bank
        Singapore (Hybrid)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4021198345/?trackingId=q8Xc2bV1T9K0mZ4w

        Backend Engineer (Payments)
        Lumio Pay
        Singapore (On-site)
        3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4020876512/?trackingId=q8Xc2bV1T9K0mZ4w

        Software Engineer II - Search & Discovery
        Shopfern
        Singapore (Hybrid)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4022310987/?trackingId=q8Xc2bV1T9K0mZ4w

        Platform Engineer
        Kopi Cloud
        Singapore
        Easy Apply
        View job: https://www.linkedin.com/comm/jobs/view/4019954420/?trackingId=q8Xc2bV1T9K0mZ4w

        Senior Java Developer, Payments Technology
        Meridian Straits Bank
        Singapore (On-site)
        Your profile matches this job
        View job: https://www.linkedin.com/comm/jobs/view/4021554873/?trackingId=q8Xc2bV1T9K0mZ4w

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1733904412

        ----------------------------------------

        This email was intended for Kelvin Ong (Software Engineer at Cobalt Byte)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving Job Alert emails.
        Manage your job alerts: https://www.linkedin.com/comm/jobs/alerts
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    page = "<html><body style=\"font-family:-apple-system,system-ui,Arial\">" + "".join(
        f"<p style=\"margin:2px 0\">{esc(line)}</p>" if line else "<br>" for line in body.split("\n")) + "</body></html>\n"
    hs = head(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              "“software engineer”: Lantau Bank - Senior Software Engineer, Digital Channels and more",
              "2026-03-02 07:31:44", "UTC", "<1204839571.5520817.1772436704112@ltx1-app1873.prod.linkedin.com>",
              "from mailb-ea.linkedin.com (mailb-ea.linkedin.com [108.174.3.172])",
              ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali>"),
              ("X-LinkedIn-Class", "JOBS-TO-MBR"),
              ("X-LinkedIn-Template", "email_job_alert_digest_01"))
    return message(hs, alt(text(body), html(page)))


@mail(family="application_ack", lang="en", interview=False, company="Pandan Analytics",
      note="JobStreet 'successfully submitted' receipt; the employer 'will contact you directly' if shortlisted.")
def jobstreet_ack() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="background:#f7f8fb;font-family:Roboto,Arial,sans-serif">
        <table width="600" align="center" cellpadding="24" style="background:#fff">
        <tr><td><img src="https://www.jobstreet.com.sg/static/email/jobstreet-logo.png" alt="Jobstreet" width="120"></td></tr>
        <tr><td>
        <h2 style="color:#1c1c1c">Application submitted</h2>
        <p>Hi Kelvin,</p>
        <p>Your application for <b>Data Platform Engineer</b> at <b>Pandan Analytics Pte. Ltd.</b> was
        successfully submitted on 22 Sep 2026.</p>
        <p><b>What happens next?</b><br>
        The hiring company will review your application. If they would like to move forward, they will
        contact you directly. You can track the status in your Jobstreet profile.</p>
        <p><a href="https://www.jobstreet.com.sg/my-activity/applied-jobs" style="background:#e60278;color:#fff;padding:10px 16px;text-decoration:none;border-radius:6px">View applied jobs</a></p>
        <p style="font-size:12px;color:#767676">You are receiving this email because you applied for a job on Jobstreet.
        Jobstreet by SEEK &middot; Singapore</p>
        </td></tr></table>
        </body></html>
        """)
    body = t("""
        Application submitted

        Hi Kelvin,

        Your application for Data Platform Engineer at Pandan Analytics Pte. Ltd. was successfully submitted
        on 22 Sep 2026.

        What happens next?
        The hiring company will review your application. If they would like to move forward, they will
        contact you directly. You can track the status in your Jobstreet profile.

        View applied jobs: https://www.jobstreet.com.sg/my-activity/applied-jobs
        """)
    hs = head(addr("Jobstreet", "noreply@s.jobstreet.com"),
              "Your application for Data Platform Engineer was successfully submitted",
              "2026-09-22 21:48:09", "Asia/Singapore", "<0101019a6f2c8e11-6b1d9a4e-2c7f-4e8b-a9d0-5f3e2b1c7d84-000000@us-west-2.amazonses.com>",
              "from a27-44.smtp-out.us-west-2.amazonses.com (a27-44.smtp-out.us-west-2.amazonses.com [54.240.27.44])",
              ("List-Unsubscribe", "<mailto:unsubscribe@s.jobstreet.com?subject=unsub>"))
    return message(hs, alt(text(body), html(page)))


@mail(family="application_status", lang="en", interview=False, company="Straits Harbour Insurance",
      note="MyCareersFuture status update: the employer viewed the application; 'will contact you directly "
           "if you are shortlisted for an interview' is hypothetical.")
def mcf_status() -> bytes:
    body = t("""
        Dear KELVIN ONG WEI JIE,

        There is an update to your job application.

        Job: Software Engineer (Claims Platform)
        Company: STRAITS HARBOUR INSURANCE LTD
        Status: Viewed by employer

        The employer will contact you directly if you are shortlisted for an interview. You may view the
        status of all your applications at https://www.mycareersfuture.gov.sg/applications

        Please do not reply to this email as it is system-generated.

        MyCareersFuture
        A Workforce Singapore initiative
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{esc(line)}</p>" for line in body.split("\n") if line) + "</body></html>\n"
    hs = head(addr("MyCareersFuture", "noreply@mycareersfuture.gov.sg"),
              "Update on your job application: Software Engineer (Claims Platform)",
              "2026-07-03 14:26:51", "Asia/Singapore", "<20260703062651.4f8a1c2e9b3d7a60@mycareersfuture.gov.sg>",
              "from mta2.mycareersfuture.gov.sg (mta2.mycareersfuture.gov.sg [203.127.64.52])")
    return message(hs, alt(text(body), html(page)))


@mail(family="application_ack", lang="en", interview=False, company="Ironbark Retail Group",
      note="Workday application-received (HTML only); 'may include an interview' is hypothetical.")
def ironbark_ack() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f0f0f0">
        <table width="640" align="center" cellpadding="20" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#1f3b2d;color:#fff;font-size:18px">Ironbark Retail Group</td></tr>
        <tr><td>
        <p>Dear Kelvin,</p>
        <p>Thank you for applying for the <b>Senior Software Engineer - Checkout</b> position (R-0041927)
        at Ironbark Retail Group.</p>
        <p>Our Talent Acquisition team will review your application carefully. If your experience is a
        match, a member of the team will be in touch to arrange next steps, which may include an
        interview. Due to the high volume of applications, this may take up to three weeks.</p>
        <p>You can check the status of your application at any time in your
        <a href="https://wd3.myworkdayjobs.com/ironbark/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Ironbark Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Ironbark Retail Group", "ironbark@myworkday.com"),
              "Thank you for applying: Senior Software Engineer - Checkout (R-0041927)",
              "2026-10-20 15:00:04", "Australia/Sydney",
              "<771204839.100457.1792468804117@wd3-prod-psr-ev-07.myworkday.com>",
              "from mx-out-syd3.myworkday.com (mx-out-syd3.myworkday.com [216.55.127.44])")
    return message(hs, html(page))


@mail(family="rejection", lang="en", interview=False, company="Northpoint Quant",
      days=(("Thu", "2026-02-12"),),
      note="Rejection after the 12 February live coding round; names a past interview date only.")
def northpoint_reject() -> bytes:
    body = t("""
        Dear Kelvin,

        Thank you for taking the time to interview with us on Thursday, 12 February, and for your
        interest in the Software Engineer, Trading Systems role at Northpoint Quant.

        After careful consideration, we have decided not to progress your application further at this
        stage. The team enjoyed the session and appreciated your approach to the order book problem;
        the decision came down to the depth of low-latency C++ experience we need for this particular
        seat.

        We will keep your details on file and may reach out should a suitable opportunity arise.

        Wishing you all the best in your search.

        Kind regards,
        Michelle Ho
        Talent Acquisition | Northpoint Quant Limited
        Two IFC, 8 Finance Street, Central, Hong Kong
        """)
    hs = head(addr("Michelle Ho", "michelle.ho@northpointquant.com"),
              "Your application - Software Engineer, Trading Systems",
              "2026-02-20 17:30:12", "Asia/Hong_Kong",
              "<HK0PR03MB49926E1A7B3C0D5F2E8A9C4B1D60E@HK0PR03MB4992.apcprd03.prod.outlook.com>",
              "from APC01-HK2-obe.outbound.protection.outlook.com (mail-hk2apc01on2120.outbound.protection"
              ".outlook.com [40.107.255.120])",
              ("Content-Language", "en-HK"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(family="offer", lang="en", interview=False, company="Shopfern",
      days=(("Fri", "2026-11-06"),),
      note="Offer letter with a deadline '6 Nov (Fri), 5pm' and an open invitation to call; no interview.")
def shopfern_offer() -> bytes:
    body = t("""
        Hi Kelvin,

        Congratulations! Following your interviews with the team, we are very pleased to offer you the
        position of Software Engineer II (Search & Discovery) at Shopfern.

        PFA the Letter of Offer with the details of your compensation and benefits. Kindly sign and
        revert with a scanned copy by 6 Nov (Fri), 5pm.

        If you have any questions on the package, happy to hop on a call - just let me know a good time.

        Once again, congrats and we hope to welcome you on board soon!

        Regards,
        Amanda Lee
        Talent Acquisition | Shopfern
        """)
    hs = head(addr("Amanda Lee", "amanda.lee@shopfern.sg"),
              "Shopfern - Letter of Offer (Software Engineer II) - Kelvin Ong",
              "2026-10-30 18:10:44", "Asia/Singapore", "<CAD5nQ1zP4vK8wX2mR6tLe0Yb9@mail.gmail.com>",
              "from mail-pl1-f176.google.com (mail-pl1-f176.google.com [209.85.214.176])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             pdf("Shopfern_LOO_Kelvin_Ong.pdf", "Shopfern Letter of Offer")))


@mail(family="recruiter_outreach", lang="en", interview=False, company="PeakHire Consulting",
      note="Agency cold outreach asking for a good time for a call; nothing fixed.")
def peakhire_outreach() -> bytes:
    body = t("""
        Hi Kelvin,

        Hope you're doing well! I came across your profile on LinkedIn and was impressed by your
        payments background.

        I'm currently working on a Senior Java Developer role for a leading global investment bank here
        in Singapore. They are building out a new real-time payments platform (Java 21, Kafka,
        Kubernetes) and the package is very competitive (SGD 9-12k + AWS + bonus).

        Would you be open to a quick call this week or next to explore? Let me know a good time and your
        best contact number. Alternatively, feel free to WhatsApp me at +65 8234 1170.

        Best regards,
        Rachel Lim
        Principal Consultant, Technology
        PeakHire Consulting Pte Ltd | EA Licence 21C0457 | R2199031
        """)
    hs = head(addr("Rachel Lim", "rachel.lim@peakhire.com.sg"),
              "Senior Java Developer | Global Investment Bank | SGD 9-12k",
              "2026-05-13 09:41:27", "Asia/Singapore",
              "<SI2PR01MB42817D3A0E5C9B1F8A6E2D4C7B30A@SI2PR01MB4281.apcprd01.prod.outlook.com>",
              "from APC01-SI2-obe.outbound.protection.outlook.com (mail-si2apc01on2130.outbound.protection"
              ".outlook.com [40.107.238.130])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(family="scheduling_link", lang="en", interview=False, company="Brightloop",
      note="Greenhouse self-schedule request: pick a time via the link; nothing booked yet.")
def brightloop_selfschedule() -> bytes:
    body = t("""
        Hi Kelvin,

        Great news - the team would like to move forward with a Technical Interview (60 minutes) for the
        Backend Engineer role.

        Please use the link below to choose a time that works for you. Available times are shown in your
        local time zone.

        https://app.greenhouse.io/scheduling/self_schedule/5c9f2e1a7b3d4c60?locale=en

        Most of our interviewers are based in New York, so evening slots in Singapore tend to have the
        best availability. If none of the options work, just reply and I'll find something else.

        Best,
        Danielle Park
        Recruiting | Brightloop
        """)
    hs = head(addr("Danielle Park", "no-reply@greenhouse.io"),
              "Brightloop: Please schedule your Technical Interview",
              "2026-10-19 11:22:36", "America/New_York", "<Wq5Lm2Zt8Kx1Bv7Nc4YpRe@geopod-ismtpd-4>",
              "from o4.email.greenhouse.io (o4.email.greenhouse.io [198.21.6.117])",
              ("Reply-To", addr("Danielle Park", "danielle.park@brightloop.io")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(family="slot_proposal", lang="en+zh", interview=False, company="Kowloon Peak Trading",
      days=(("Mon", "2026-04-20"), ("Tue", "2026-04-21"), ("Wed", "2026-04-22")),
      note="Recruiter offers three HKT slots and asks which works; the invite follows only once Kelvin "
           "replies. Big5 body (Chinese name and address in the signature).")
def kowloon_slots() -> bytes:
    body = t("""
        Hi Kelvin,

        Thanks for speaking with me on Monday. Ivan (our execution desk lead) would like to meet you for
        a technical round, 60 mins over Google Meet. Would any of these work for you? All times HKT,
        which is the same as Singapore.

        - Mon 20 Apr, 10:00am
        - Tue 21 Apr, 4:00pm
        - Wed 22 Apr, 4:00pm

        Once you confirm, Ivan will send over the calendar invite.

        Best,
        Grace Chan 陳嘉慧
        Talent Acquisition
        Kowloon Peak Trading Limited 九龍峰貿易有限公司
        香港中環皇后大道中99號中環中心38樓
        T: +852 3905 2218
        """)
    hs = head(addr("Grace Chan", "grace.chan@kowloonpeak.com.hk"), "Kowloon Peak - Technical interview scheduling",
              "2026-04-15 10:02:51", "Asia/Hong_Kong", "<CAE7tR2vWq9Lk3Xz5Nb1Mc8Yp0@mail.gmail.com>",
              "from mail-yb1-f171.google.com (mail-yb1-f171.google.com [209.85.219.171])")
    return message(hs, text(body, charset="big5", cte="base64"))


@mail(family="take_home", lang="en+ja", interview=False, company="Hinoki Labs",
      days=(("Sun", "2026-06-14"),),
      note="Take-home exercise with a submission deadline 'Sun 14 Jun, 23:59 JST'; a follow-up interview "
           "will be scheduled later. ISO-2022-JP body and From name.")
def hinoki_takehome() -> bytes:
    body = t("""
        Hi Kelvin,

        Thank you again for the chat on Monday - it was great to hear about your search migration work.

        As a next step, we would like you to complete a short take-home exercise: a small search ranking
        service (details in the README). It should take around 3-4 hours; please don't spend more than
        that.

        Repository: https://github.com/hinokilabs-hiring/search-takehome (access invite sent separately)

        Please submit by Sun 14 Jun, 23:59 JST (22:59 your time). After we review it, we will schedule a
        follow-up technical interview to walk through your solution.

        Best regards,
        Haruka

        --
        森 遥 / Haruka Mori
        Engineering Manager, Search
        株式会社ヒノキラボ (Hinoki Labs K.K.)
        東京都渋谷区神南1-9-2
        """)
    hs = head(addr("森 遥 (Haruka Mori)", "haruka.mori@hinokilabs.jp", charset="iso-2022-jp"),
              "Hinoki Labs - take-home exercise", "2026-06-10 11:20:05", "Asia/Tokyo",
              "<20260610112005.8E21.A4C7F2B9@hinokilabs.jp>",
              "from smtp.hinokilabs.jp (smtp.hinokilabs.jp [160.16.74.12])",
              ("X-Mailer", "Becky! ver. 2.81.04 [ja]"))
    return message(hs, text(body, charset="iso-2022-jp", cte="7bit"))


@mail(family="assessment", lang="en", interview=False, company="Quillfeather",
      days=(("Mon", "2026-03-02"),),
      note="CodeSignal assessment invitation with a completion deadline; a timed test, not an interview.")
def quillfeather_codesignal() -> bytes:
    body = t("""
        Hi Kelvin,

        Quillfeather has invited you to complete the Coding Assessment as part of your application for
        Senior Software Engineer, Platform.

        Duration: 70 minutes
        Complete by: Monday, March 2, 2026 at 11:59 PM PST

        Start assessment: https://app.codesignal.com/assessments/invitation/8d2f4a6c1b3e5f70

        Take it whenever you are ready - once you start, the timer cannot be paused. We recommend a quiet
        place, a stable connection and a working webcam, as the assessment is proctored.

        Questions about the role? Contact the Quillfeather recruiting team.
        Technical issues? Visit https://support.codesignal.com

        Good luck!
        The CodeSignal Team
        """)
    hs = head(addr("CodeSignal", "no-reply@codesignal.com"),
              "Quillfeather has invited you to complete an assessment",
              "2026-02-23 09:05:47", "America/Los_Angeles", "<Ts3Rq8Lz0Vk5Xw2Nb7MpYc@geopod-ismtpd-15>",
              "from o7.email.codesignal.com (o7.email.codesignal.com [167.89.92.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(family="assessment", lang="en", interview=False, company="Mikan Marketplace",
      days=(("Fri", "2026-08-28"),),
      note="HackerRank online test invitation (90 minutes, link valid until a date); a test, not a live "
           "interview.")
def mikan_hackerrank_test() -> bytes:
    body = t("""
        Hi Kelvin Ong,

        Mikan Marketplace has invited you to take the following test:

        Test: Mikan - Backend Engineering Online Test
        Duration: 90 minutes
        Link valid until: Fri, 28 Aug 2026 11:59 PM JST

        Take the test: https://www.hackerrank.com/test/mk7b2c9d4e1/login?b=eyJ1c2VybmFtZSI6ImtlbHZpbiJ9

        Please make sure you attempt the test in a single sitting. You can practice with a sample test
        before starting.

        Regards,
        Team HackerRank, on behalf of Mikan Marketplace
        """)
    hs = head(addr("HackerRank", "support@hackerrankforwork.com"),
              "Mikan Marketplace: Invitation to take the Backend Engineering Online Test",
              "2026-08-21 10:14:33", "Asia/Tokyo", "<20260821011433.1.4B8E2C7A9F1D3E50@mg.hackerrankforwork.com>",
              "from m42-120.mailgun.net (m42-120.mailgun.net [69.72.42.120])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Sat", "2026-03-14"),),
      note="Dental appointment confirmation with an ICS (TZID Asia/Singapore): a confirmed time, not an "
           "interview.")
def dentist() -> bytes:
    body = t("""
        Dear Kelvin Ong,

        This is to confirm your appointment at Pearl Dental Clinic (Tampines).

        Treatment: Scaling & Polishing
        Dentist: Dr. Fiona Teo
        Date: Sat, 14 Mar 2026
        Time: 10:30 AM

        Please arrive 10 minutes early. To reschedule, call 6786 2211 or WhatsApp 8123 4567 at least 24
        hours before your appointment.

        Pearl Dental Clinic, 5 Tampines Central 6, #02-18, Singapore 529482
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pearl Dental//Appointments 3.2//EN", "METHOD:PUBLISH",
        TZ_SG, "BEGIN:VEVENT", "UID:appt-20260314-1030-4471@pearldental.sg", "DTSTAMP:20260309T021512Z",
        "DTSTART;TZID=Asia/Singapore:20260314T103000", "DTEND;TZID=Asia/Singapore:20260314T113000",
        "SUMMARY:Dental appointment - Scaling & Polishing (Dr. Fiona Teo)",
        "LOCATION:Pearl Dental Clinic\\, 5 Tampines Central 6\\, #02-18",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Pearl Dental Clinic (Tampines)", "appointments@pearldental.sg"),
              "Appointment Confirmation - Sat, 14 Mar 2026 10:30 AM", "2026-03-09 10:15:12", "Asia/Singapore",
              "<appt-4471-confirm.20260309021512@pearldental.sg>",
              "from smtp.pearldental.sg (smtp.pearldental.sg [116.12.201.9])")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                  disposition="attachment")))


@mail(family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-05-07"),),
      note="Exchange meeting request from the current manager for a recurring 1:1 (with a mid-year review), "
           "auto-forwarded from the work address. Not a job interview.")
def cobalt_one_on_one() -> bytes:
    body = t("""
        Hi Kelvin,

        Moving our 1:1 to Thursdays from next week since Tuesdays keep clashing with the release sync.
        Let's use the first one (7 May) to go through your mid-year review as well.

        Wen Hui

        """) + teams("YTRiN2MxZTItOGQ5Zi00YTBiLWIxYzItZDNlNGY1YTZiN2M4", "5a7c9e1f-3b2d-4c6e-8f0a-9b1c2d3e4f50",
                     "219 447 803 662", "Hn4e8R")
    ics = exchange_ics(
        method="REQUEST", vtz=EX_SGT, tzid="Singapore Standard Time",
        organizer="wenhui.lim@cobaltbyte.sg", org_cn="Lim Wen Hui",
        attendees=(("Kelvin Ong", "kelvin.ong@cobaltbyte.sg"),),
        summary="Kelvin / Wen Hui 1:1", start="20260507T110000", end="20260507T113000",
        stamp="20260430T064012Z", uid=exchange_uid("cobalt-1on1"), rrule="FREQ=WEEKLY;INTERVAL=1;BYDAY=TH",
        description="Moving our 1:1 to Thursdays from next week.\\n")
    page = ("<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">"
            + "".join(f"<div>{esc(line)}</div>" if line else "<div>&nbsp;</div>" for line in body.split("\n"))
            + "</div></body></html>\n")
    hs = head(addr("Lim Wen Hui", "wenhui.lim@cobaltbyte.sg"), "Kelvin / Wen Hui 1:1",
              "2026-04-30 14:40:12", "Asia/Singapore",
              "<SEZPR06MB69027A1D3C8E0B5F2A9D6E4C1B72F@SEZPR06MB6902.apcprd06.prod.outlook.com>",
              "from mx.cobaltbyte.sg (mx.cobaltbyte.sg [52.220.71.19])",
              ("X-Forwarded-For", "kelvin.ong@cobaltbyte.sg kelvin.ongwj@example.com"),
              ("X-MS-Exchange-Organization-AutoForwarded", "true"),
              ("Thread-Topic", "Kelvin / Wen Hui 1:1"),
              ("Thread-Index", "AdrD9s2LkT1xQw7yRz3bV0mN5cP8aQ=="),
              ("Content-Language", "en-US"),
              to=addr("Kelvin Ong", "kelvin.ong@cobaltbyte.sg"))
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(family="interviewer_side", lang="en", interview=False, company=None,
      days=(("Thu", "2026-06-04"),),
      note="Google Calendar invitation to Kelvin's work address (auto-forwarded) to interview a candidate "
           "for his current employer: a confirmed interview, but Kelvin is the interviewer.")
def cobalt_interviewer() -> bytes:
    body = t("""
        Interview: Rachel Goh (Backend Engineer) - Code Review
        Thursday 4 Jun 2026 ⋅ 3pm – 4pm
        Singapore Standard Time

        Join with Google Meet
        https://meet.google.com/cbx-rgoh-tqw

        You're interviewing Rachel Goh for Backend Engineer (Payments).
        Interview: Code Review (60 min)
        Interview kit: https://app.greenhouse.io/guides/41827733/people/96011245?application_id=88420117
        Resume: https://app.greenhouse.io/people/96011245/applications/88420117/resume
        Please submit your scorecard in Greenhouse within 24 hours of the interview. Thanks!

        Organiser
        Nurul Huda
        nurul.huda@cobaltbyte.sg

        Guests
        Nurul Huda - organiser
        kelvin.ong@cobaltbyte.sg
        Arvind Pillai
        """)
    ics = google_ics(
        method="REQUEST", start_z="20260604T070000Z", end_z="20260604T080000Z", stamp="20260601T020933Z",
        organizer="nurul.huda@cobaltbyte.sg", org_cn="Nurul Huda",
        guests=(("Nurul Huda", "ACCEPTED", "nurul.huda@cobaltbyte.sg"),
                ("kelvin.ong@cobaltbyte.sg", "NEEDS-ACTION", "kelvin.ong@cobaltbyte.sg"),
                ("Arvind Pillai", "NEEDS-ACTION", "arvind.pillai@cobaltbyte.sg")),
        summary="Interview: Rachel Goh (Backend Engineer) - Code Review", uid="1qv8m4c2h7rt0s9kd3ebn5a6lf@google.com",
        description="You're interviewing Rachel Goh for Backend Engineer (Payments).\\nInterview: Code Review "
                    "(60 min)\\nInterview kit: https://app.greenhouse.io/guides/41827733/people/96011245",
        meet="https://meet.google.com/cbx-rgoh-tqw")
    return google_invite(
        frm_name="Nurul Huda", frm="nurul.huda@cobaltbyte.sg",
        subject="Invitation: Interview: Rachel Goh (Backend Engineer) - Code Review @ Thu 4 Jun 2026 3pm - 4pm "
                "(SGT) (kelvin.ong@cobaltbyte.sg)",
        when="2026-06-01 10:09:33", zone="Asia/Singapore", body=body, ics=ics, seed="cobalt-interviewer",
        to=addr("Kelvin Ong", "kelvin.ong@cobaltbyte.sg"),
        extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", "kelvin.ong@cobaltbyte.sg " + ME)))


@mail(family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Sat", "2026-03-21"),),
      note="Property agent confirms a flat viewing 'this Sat (21/3) 11am'; a confirmed time, not an interview.")
def flat_viewing() -> bytes:
    body = t("""
        Hi Kelvin

        Confirm viewing this Sat (21/3) 11am at Tembusu Residences, 2-bedder #08-12 (Tampines St 86).
        Owner will be around to show u the unit. If u like it can put holding deposit on the spot, pls
        bring IC and yr latest payslip.

        Carpark entrance is at the side road, just tell guard visiting #08-12.

        Thanks!
        Derrick Goh
        Lion City Realty | CEA Reg R058271A
        HP 9674 2210
        """)
    hs = head(addr("Derrick Goh", "derrickgoh.property@example.net"), "Viewing confirmed - Tembusu Residences #08-12",
              "2026-03-18 20:14:39", "Asia/Singapore", "<CAJk2Wx9Lm4Rq7Vb0Tz3Ne8Yp5@mail.gmail.com>",
              "from mail-pj1-f41.google.com (mail-pj1-f41.google.com [209.85.216.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(family="meetup", lang="en", interview=False, company=None,
      days=(("Wed", "2026-07-29"),),
      note="Meetup RSVP for an evening of practice system design mock interviews; a community event.")
def meetup_rsvp() -> bytes:
    body = t("""
        You're going!

        Tech Interview Prep Night: Live System Design Mock Interviews
        Singapore Backend Engineers

        Wednesday, July 29, 2026
        7:00 PM to 9:00 PM SGT

        Kopi Cloud
        71 Robinson Rd #14-02, Singapore

        Volunteers from local engineering teams will run 30-minute mock system design interviews in pairs,
        followed by group feedback. Pizza and drinks provided.

        Add to calendar: https://www.meetup.com/sg-backend-engineers/events/304118872/ical/
        Can't make it? Update your RSVP: https://www.meetup.com/sg-backend-engineers/events/304118872/

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        Unsubscribe from these emails: https://www.meetup.com/account/comm/
        """)
    page = "<html><body style=\"font-family:Graphik,Helvetica,Arial\">" + "".join(
        f"<p>{esc(line)}</p>" for line in body.split("\n") if line) + "</body></html>\n"
    hs = head(addr("Meetup", "info@email.meetup.com"),
              "You're going to Tech Interview Prep Night: Live System Design Mock Interviews",
              "2026-07-24 12:31:08", "UTC", "<0100019a1e7b3c55-d4f8a2e1-6b9c-4a7d-8e2f-3c1b5a9d7e60-000000@email.amazonses.com>",
              "from a8-66.smtp-out.amazonses.com (a8-66.smtp-out.amazonses.com [54.240.8.66])",
              ("List-Unsubscribe", "<https://www.meetup.com/account/comm/unsub/?token=Qm9vdHM>"))
    return message(hs, alt(text(body), html(page)))


@mail(family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Wed", "2026-03-25"),),
      note="Zoom webinar registration for a 'Fireside Interview' with the CTO of a company Kelvin is "
           "interviewing with; ICS attached. A public talk, not his interview.")
def lumio_webinar() -> bytes:
    body = t("""
        Hi Kelvin,

        Thank you for registering for "Lumio Pay Tech Talks: A Fireside Interview with our CTO Priyanka Menon".

        In this session our CTO sits down with Tech in Asia's Jonathan Ng to talk about building real-time
        payments for Southeast Asia, and what we look for when hiring engineers.

        Please submit any questions to: events@lumiopay.com

        Date & Time: Mar 25, 2026 07:00 PM Singapore (Wednesday)

        Join from PC, Mac, iPad, or Android:
        https://lumiopay.zoom.us/w/81276604491?tk=Rr6q0Xk2M9zFh1TgVb4Lw8NcYe5
        Passcode: 552910

        Add to calendar: https://lumiopay.zoom.us/webinar/tZ0sc-2urDkpG9X2/ics

        You can cancel your registration at any time.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:PUBLISH",
        TZ_SG, "BEGIN:VEVENT", "DTSTAMP:20260320T054402Z",
        "DTSTART;TZID=Asia/Singapore:20260325T190000", "DTEND;TZID=Asia/Singapore:20260325T200000",
        "SUMMARY:Lumio Pay Tech Talks: A Fireside Interview with our CTO Priyanka Menon",
        "UID:ZOOM81276604491-kelvinongwj", "TZID:Asia/Singapore",
        "DESCRIPTION:Join from PC\\, Mac\\, iPad\\, or Android: https://lumiopay.zoom.us/w/81276604491",
        "LOCATION:https://lumiopay.zoom.us/w/81276604491",
        "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Lumio Pay Events", "no-reply@zoom.us"),
              "Lumio Pay Tech Talks: A Fireside Interview with our CTO Priyanka Menon Confirmation",
              "2026-03-20 13:44:02", "Asia/Singapore", "<Zm8Kq3Lw0Tb5Xv2Rn7YcPe@geopod-ismtpd-zoom-3>",
              "from zoom.us (mailout2.zoom.us [170.114.10.88])",
              ("Reply-To", addr("Lumio Pay Events", "events@lumiopay.com")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method=None, filename="iCalendar.ics", disposition="attachment")))


@mail(family="mock_interview", lang="en", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Paid mock interview (practice session with a coach) booked for a fixed time, with an ICS; "
           "not a job interview.")
def mockround() -> bytes:
    body = t("""
        Hi Kelvin,

        Your mock interview is booked!

        Session: System Design (Senior / Staff)
        Coach: Vivek S. (ex-Staff Engineer, large e-commerce)
        When: Sat, 17 Oct 2026, 10:00 AM - 11:00 AM SGT
        Where: MockRound video room - https://mockround.io/room/7Kd2qX

        This is a practice session: your coach will run a realistic 45-minute interview, then spend 15
        minutes on feedback. You'll get a written report within 24 hours.

        Need to move it? You can reschedule for free up to 24 hours before the session.

        Good luck with your prep!
        The MockRound Team
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MockRound//Bookings//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:mr-booking-55120@mockround.io", "DTSTAMP:20261013T035512Z",
        "DTSTART:20261017T020000Z", "DTEND:20261017T030000Z",
        "SUMMARY:Mock interview: System Design (Senior / Staff) with Vivek S.",
        "LOCATION:https://mockround.io/room/7Kd2qX",
        "ORGANIZER;CN=MockRound:mailto:bookings@mockround.io",
        "ATTENDEE;CN=Kelvin Ong;PARTSTAT=ACCEPTED:mailto:kelvin.ongwj@example.com",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("MockRound", "bookings@mockround.io"), "Booked: System Design mock interview - Sat 17 Oct, 10:00 AM",
              "2026-10-13 11:55:12", "Asia/Singapore", "<mr-booking-55120.confirm@mockround.io>",
              "from mail.mockround.io (mail.mockround.io [178.128.82.14])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", filename="mockround.ics", disposition="attachment")))


@mail(family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-05-07"),),
      note="Local tech podcast confirms a recording slot where Kelvin is interviewed about his open-source "
           "project; a press/podcast interview, not a job interview.")
def podcast() -> bytes:
    body = t("""
        Hi Kelvin!

        Thanks so much for agreeing to come on Kopi & Code to talk about pgmigrate-lite. Confirming the
        recording: Thu 7 May, 8pm at our studio (Blk 71 Ayer Rajah Crescent #02-11, one-north).

        Format is a relaxed interview, roughly 45 mins, and we'll edit it down. I'll send you the rough
        list of questions by Tuesday so there are no surprises. Episode should go live end of May.

        See you Thursday!
        Nadia
        Host, Kopi & Code - a podcast about building software in Southeast Asia
        """)
    hs = head(addr("Nadia Rahman", "nadia@kopiandcode.fm"), "Kopi & Code - recording confirmed (Thu 7 May, 8pm)",
              "2026-05-04 13:02:47", "Asia/Singapore", "<CAN3pQ7wLk1Xz9Rb4Tv0Mc2Ye8@mail.gmail.com>",
              "from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(family="reference_call", lang="en", interview=False, company=None,
      days=(("Wed", "2026-03-25"),),
      note="Former manager says he has a reference call with the hiring company on Wednesday 3pm; that is "
           "his call about Kelvin, not Kelvin's interview.")
def reference_call() -> bytes:
    body = t("""
        Hey Kelvin,

        No prob at all, happy to. Nurul from Lumio HR already emailed me - we've set the reference call for
        Wed 3pm. Will sing your praises lah :)

        All the best, hope you get it!

        Adrian

        On Mon, 23 Mar 2026 at 12:40, Kelvin Ong <kelvin.ongwj@example.com> wrote:
        > Hi Adrian,
        >
        > Hope you're well! I'm at the final stage with Lumio Pay and gave your name as a referee - their HR
        > (Nurul) may reach out to you this week. Hope that's ok, and thanks in advance!
        >
        > Cheers,
        > Kelvin
        """)
    hs = head(addr("Adrian Sim", "adrian.sim@example.net"), "Re: reference for Lumio Pay",
              "2026-03-23 21:05:16", "Asia/Singapore", "<CAB9xW4kQz2Lm7Vt0Rn5Yp1Hc3@mail.gmail.com>",
              "from mail-lf1-f50.google.com (mail-lf1-f50.google.com [209.85.167.50])",
              ("In-Reply-To", "<CAGq8vN6Wm1Qz3Kd@mail.gmail.com>"),
              ("References", "<CAGq8vN6Wm1Qz3Kd@mail.gmail.com>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(family="auto_reply", lang="en", interview=False, company="Wattlebird Software",
      days=(("Tue", "2026-04-07"),),
      note="Vacation auto-reply (Auto-Submitted: auto-replied) from the recruiter over Easter.")
def wattlebird_ooo() -> bytes:
    body = t("""
        Hi there,

        Thanks for your email. I'm out of the office for the Easter long weekend and back on Tuesday
        7 April. For anything urgent regarding interviews, please contact talent@wattlebird.com.au.

        Cheers,
        Chloe
        """)
    hs = head(addr("Chloe Nguyen", "chloe.nguyen@wattlebird.com.au"), "Out of office (Easter) - back Tue 7 April",
              "2026-04-03 13:20:51", "Australia/Sydney", "<CAHx7Vq2Ln9Kz4Wb1Rt8Mp0Yc6@mail.gmail.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              ("In-Reply-To", "<CAGq8vN8Zx3Lp2Qm@mail.gmail.com>"),
              ("References", "<CAGq8vN8Zx3Lp2Qm@mail.gmail.com>"),
              ("Auto-Submitted", "auto-replied"),
              ("Precedence", "bulk"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(family="bounce", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04")),
      note="Postfix bounce (multipart/report) of Kelvin's own reply proposing a time to a mistyped domain; "
           "nobody confirmed anything in it.")
def bounce() -> bytes:
    orig_body = t("""
        Hi Tom,

        Thanks for getting back to me. Now that your clocks have gone back, Tuesday 3 Nov at 4pm SGT
        would be 8am in London - is that too early? Otherwise Wednesday 4 Nov any time after 3pm SGT
        works for me too.

        Best regards,
        Kelvin
        """)
    orig = message([
        ("From", addr("Kelvin Ong", ME)),
        ("To", addr("Tom Ashworth", "tom.ashworth@greyfriars-data.co.uk")),
        ("Subject", "Re: Greyfriars Data - next step"),
        ("Date", date("2026-10-29 16:49:22", "Asia/Singapore")),
        ("Message-ID", "<CAGq8vN1Rk7Tx0Wm@mail.example.com>"),
        ("In-Reply-To", "<CAF3kd9Uy0Hb6Ks3Qe@mail.gmail.com>"),
    ], text(orig_body))
    notice = t("""
        This is the mail system at host smtp.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <tom.ashworth@greyfriars-data.co.uk>: Host or domain name not found. Name
            service error for name=greyfriars-data.co.uk type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.com
        X-Postfix-Queue-ID: 4Y7mKq2Lp3z8Rt
        X-Postfix-Sender: rfc822; kelvin.ongwj@example.com
        Arrival-Date: Thu, 29 Oct 2026 16:49:22 +0800 (+08)

        Final-Recipient: rfc822; tom.ashworth@greyfriars-data.co.uk
        Original-Recipient: rfc822;tom.ashworth@greyfriars-data.co.uk
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=greyfriars-data.co.uk type=AAAA: Host not found
        """)
    report = multipart(
        "report",
        raw_part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
                 notice),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                 status),
        attached_message(orig),
        boundary="4Y7mKq2Lp3z8Rt.1793263763/smtp.example.com",
        params="report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.\n")
    hs = [
        ("Return-Path", "<>"),
        ("Delivered-To", ME),
        ("Received", "by smtp.example.com (Postfix)\r\n id 4Y7mKq2Lp3z8Rt; Thu, 29 Oct 2026 16:49:23 +0800 (+08)"),
        ("Date", date("2026-10-29 16:49:23", "Asia/Singapore")),
        ("From", "MAILER-DAEMON@smtp.example.com (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", ME),
        ("Auto-Submitted", "auto-replied"),
        ("Message-ID", "<20261029084923.4Y7mKq2Lp3z8Rt@smtp.example.com>"),
    ]
    return message(hs, report)


@mail(family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Newsletter about interviewing with List-Unsubscribe; advertises a live workshop time but "
           "confirms nothing for Kelvin.")
def newsletter() -> bytes:
    body = t("""
        The Offer Letter
        Issue #87 - 5 system design interview mistakes I see every week

        Hi friend,

        After running 300+ mock interviews this year, the same five mistakes keep coming up:

        1. Jumping into boxes and arrows before agreeing on requirements.
        2. Ignoring the read/write ratio until the interviewer asks.
        3. Hand-waving "we'll add a cache" without saying what gets invalidated, and when.
        4. Never mentioning failure modes - what happens when the queue backs up?
        5. Running out of time because the deep dive started at minute 40.

        The fix for most of them is a boring, repeatable first ten minutes. I wrote up my template here:
        https://theofferletter.substack.com/p/the-first-ten-minutes

        LIVE THIS WEEK: "Mock interview teardown" - we replay a real (anonymised) senior system design
        interview and grade it together. Thu 12 Nov, 8pm SGT / 12pm GMT. Free for subscribers:
        https://theofferletter.substack.com/p/live-teardown

        Until next week,
        Wei Ming

        You're receiving this because you subscribed to The Offer Letter.
        Unsubscribe https://theofferletter.substack.com/action/disable_email
        """)
    hs = head(addr("The Offer Letter", "theofferletter@substack.com"),
              "5 system design interview mistakes I see every week",
              "2026-11-09 08:00:21", "Asia/Singapore", "<20261109000021.3.c2b1a9f8e7d6@mg1.substack.com>",
              "from mg-d1-substack.mailgun.net (mg-d1-substack.mailgun.net [159.112.240.22])",
              ("List-Id", "<theofferletter.substack.com>"),
              ("List-Unsubscribe", "<https://theofferletter.substack.com/action/disable_email?token=eyJ1c2VyX2lk>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
              ("Precedence", "bulk"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(family="post_interview", lang="en", interview=False, company="Greyfriars Data",
      days=(("Fri", "2026-11-13"),),
      note="Hiring manager's thank-you after the interview with a decision date; no new interview.")
def greyfriars_thanks() -> bytes:
    body = t("""
        Hi Kelvin,

        Thanks for your time this morning (well, afternoon for you!). Ines and I really enjoyed the
        conversation, especially the bit about idempotent settlement retries.

        We're speaking to a couple more people this week and will come back to you by Friday 13 Nov at
        the latest.

        Best,
        Tom
        """)
    hs = head(addr("Tom Ashworth", "tom.ashworth@greyfriarsdata.co.uk"), "Thanks for today",
              "2026-11-03 10:05:37", "Europe/London", "<CAF3kd9Rm4Tq8Xw1Lb6Nz0Vc2@mail.gmail.com>",
              "from mail-wm1-f43.google.com (mail-wm1-f43.google.com [209.85.128.43])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(family="application_ack", lang="en", interview=False, company="Fernleaf",
      note="Lever application receipt; 'we'll be in touch to set up a first interview' is conditional.")
def fernleaf_ack() -> bytes:
    body = t("""
        Hi Kelvin,

        Thanks for applying to Fernleaf! We've received your application for Backend Engineer (Remote,
        APAC-friendly).

        Our team reviews every application. If there's a match, we'll be in touch to set up a first
        interview - usually within two weeks.

        In the meantime, you can read about how we work at https://fernleaf.co.uk/engineering

        Best,
        The Fernleaf Talent Team
        """)
    hs = head(addr("Fernleaf", "no-reply@hire.lever.co"), "Thanks for applying to Fernleaf",
              "2026-03-10 09:12:30", "Europe/London",
              "<0100019cd1a4e2f3-7b2e5c9d-1f4a-4b8c-a6e3-2d9f0b1c5e7a-000000@email.amazonses.com>",
              "from a8-29.smtp-out.amazonses.com (a8-29.smtp-out.amazonses.com [54.240.8.29])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(family="survey", lang="en", interview=False, company="Brightloop",
      note="Candidate-experience survey after the interview; past event only.")
def brightloop_survey() -> bytes:
    body = t("""
        Hi Kelvin,

        Thank you for interviewing with Brightloop on November 3. We'd love to hear how it went -
        this anonymous survey takes about 2 minutes and helps us improve our interview process.

        Take the survey: https://app.greenhouse.io/surveys/candidate/2f7c1e9a4b

        Thanks,
        The Brightloop Recruiting Team
        """)
    hs = head(addr("Brightloop", "no-reply@greenhouse.io"), "How was your interview experience with Brightloop?",
              "2026-11-05 10:30:14", "America/New_York", "<Hs6Yc1Pk9Lq3Zw7Tv0RbXn@geopod-ismtpd-2>",
              "from o4.email.greenhouse.io (o4.email.greenhouse.io [198.21.6.117])")
    return message(hs, alt(text(body), html(gmail_html(body))))
