"""blind22: 50 hand-written mails from one job seeker's inbox (San Francisco, America/Los_Angeles).

Inbox owner: Theo Marchetti <theo.marchetti@example.org>, an engineering manager at Copperline
Systems in San Francisco, looking at Bay Area, Seattle, New York and remote roles (some in Europe,
India and Mexico City). Work address theo@copperlinesystems.com; an old personal address
tmarchetti.sf@example.com forwards into the main one.

Written blind (without reading the detector, its tests or the other held-out sets); MIME plumbing
and checks come from make.py, imported unchanged. One function per mail; the wording of each is
written individually. Writing order: keys 1-23 positives, 24-50 negatives; file numbers are the
fixed shuffle ORDER below.

    python3 bench/heldout/make_blind.py blind22
"""

from __future__ import annotations

import base64
import hashlib
import html as _html
import random
import re

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

ORDER = random.Random(22022).sample(range(1, 51), 50)
_names = iter(ORDER)


def nxt() -> str:
    return f"blind22_{next(_names):03d}"


ME = "Theo Marchetti"
ME_ADDR = "theo.marchetti@example.org"
ME_TO = addr(ME, ME_ADDR)
WORK_ADDR = "theo@copperlinesystems.com"
OLD_ADDR = "tmarchetti.sf@example.com"

LA = "America/Los_Angeles"
NY = "America/New_York"
CHI = "America/Chicago"
MX = "America/Mexico_City"
BER = "Europe/Berlin"
LON = "Europe/London"
PAR = "Europe/Paris"
IST = "Asia/Kolkata"
UTCZ = "UTC"

GMAIL = "mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])"
GMAIL2 = "mail-ej1-f53.google.com (mail-ej1-f53.google.com. [209.85.218.53])"
GCAL = "mail-sor-f73.google.com (mail-sor-f73.google.com. [209.85.220.73])"
SES = "a27-18.smtp-out.us-west-2.amazonses.com (a27-18.smtp-out.us-west-2.amazonses.com. [54.240.27.18])"
SES_E = "a8-44.smtp-out.amazonses.com (a8-44.smtp-out.amazonses.com. [54.240.8.44])"
SENDGRID = "o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io. [167.89.100.27])"
OUTLOOK = ("NAM12-BN8-obe.outbound.protection.outlook.com "
           "(mail-bn8nam12on2107.outbound.protection.outlook.com. [40.107.237.107])")
OUTLOOK2 = ("NAM04-DM6-obe.outbound.protection.outlook.com "
            "(mail-dm6nam04on2091.outbound.protection.outlook.com. [40.107.102.91])")
MAILGUN = "m228-14.mailgun.net (m228-14.mailgun.net. [159.135.228.14])"
SPARKPOST = "mta-200-57.sparkpostmail.com (mta-200-57.sparkpostmail.com. [192.174.200.57])"
APPLE = "qs51p00im-qukt01071501.me.com (qs51p00im-qukt01071501.me.com. [17.57.155.24])"


def hx(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b62(seed: str, n: int = 20) -> str:
    raw = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    return re.sub(r"[^A-Za-z0-9]", "", raw)[:n]


def hdr(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str | None = None,
        relay: str = GMAIL, extra: tuple = (), before: tuple = (), delivered: str = ME_ADDR,
        lag: int = 2, charset: str = "utf-8") -> list[tuple[str, str]]:
    """Headers as a Gmail / Workspace mailbox stores them."""
    rcv = received(f"from {relay}", when, zone, f"mx.google.com with ESMTPS id {b62(mid, 12)}",
                   delivered, lag)
    return [
        ("Delivered-To", delivered),
        ("Received", rcv),
        *before,
        ("From", frm),
        ("To", to or ME_TO),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def gmid(seed: str) -> str:
    return f"<CA{b62(seed, 10)}+{b62(seed + 'x', 22)}@mail.gmail.com>"


def linkify(s: str) -> str:
    return re.sub(r"(https?://[^\s<>\"]+)", r'<a href="\1">\1</a>', s)


def page(body: str, style: str = "font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328",
         lang: str = "en") -> str:
    """A plain body turned into the simple HTML twin that ATS / notification mails carry."""
    blocks = body.strip("\n").split("\n\n")
    ps = []
    for b in blocks:
        lines = [linkify(_html.escape(x, quote=False)) for x in b.split("\n")]
        ps.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width"></head>\n'
            f'<body style="{style}">\n<div style="max-width:600px;margin:0 auto;padding:24px">\n'
            + "\n".join(ps) + "\n</div>\n</body></html>\n")


def ics_text(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


LA_VTZ = """BEGIN:VTIMEZONE
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


def gcal_attendee(name: str | None, email: str, partstat: str = "NEEDS-ACTION", role: str = "REQ-PARTICIPANT") -> str:
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
            f"CN={name or email};X-NUM-GUESTS=0:mailto:{email}")


def gcal_ics(*, method: str, uid: str, start: str, end: str, stamp: str, created: str, modified: str,
             org: tuple[str, str], guests: list[str], summary: str, description: str, seq: int = 0,
             status: str = "CONFIRMED", location: str = "", meet: str | None = None,
             tz_block: str | None = None, rrule: str | None = None) -> str:
    """Google Calendar's ICS: UTC times for single events, TZID + VTIMEZONE for recurring ones."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tz_block:
        lines.append(tz_block)
    lines += ["BEGIN:VEVENT", f"DTSTART{start}", f"DTEND{end}"]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += [f"DTSTAMP:{stamp}", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{uid}", *guests]
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:{meet}")
    lines += [f"CREATED:{created}", f"DESCRIPTION:{ics_text(description)}", f"LAST-MODIFIED:{modified}",
              f"LOCATION:{ics_text(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}",
              f"SUMMARY:{ics_text(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


MEET_FOOTER = """-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
Join with Google Meet: {url}
Or dial: (US) +1 {phone} PIN: {pin}#
More phone numbers: https://tel.meet/{code}?pin={pin}

Learn more about Meet at: https://support.google.com/a/users/answer/9282720

Please do not edit this section.
-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"""

GCAL_FOOTER = """Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"""


def gcal_mail(*, headers: list[tuple[str, str]], body: str, ics: str, method: str) -> bytes:
    """Google Calendar's shape: alternative(plain, html, calendar) + invite.ics attachment."""
    cal_inline = calendar(ics, method=method, cte="7bit")
    cal_file = calendar(ics, method=method, cte="base64", ctype="application/ics", filename="invite.ics",
                        disposition="attachment", name_param=True)
    return message(headers, mixed(alt(text(body), html(page(body, style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043")), cal_inline), cal_file))


# ======================================================================= positives (keys 1-23)


@mail(nxt(), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-03-10T17:00:00Z", end="2026-03-10T18:00:00Z",
      contact="bianca.ferreira@halyardrobotics.com", company="Halyard Robotics",
      local="Tue 2026-03-10 10:00", local_end="2026-03-10 11:00", zone=LA,
      note="Ashby confirmation sent Thu 5 Mar (PST, -0800) for Tue 10 Mar 10:00-11:00 PDT: US daylight "
           "time starts Sun 8 Mar, so 10:00 PDT = 17:00Z (not 18:00Z); ICS TZID America/Los_Angeles agrees; "
           "contact = human Reply-To / ORGANIZER recruiter")
def halyard_scheduled() -> bytes:
    mid = "<0101018e0f5b9a41-6f1c2d7e-3a55-4c1b-9d02-7b1e5a0c8f31-000000@us-west-2.amazonses.com>"
    body = t("""
        Hi Theo,

        Thanks for making time to speak with us! Your interview is confirmed. Details are below.

        Technical Leadership Interview
        Tuesday, March 10, 2026
        10:00 AM – 11:00 AM PDT

        Interviewer
        Owen Achterberg, Director of Engineering, Autonomy

        Location
        Zoom: https://halyardrobotics.zoom.us/j/84417730295?pwd=Qm5hS2xVd0RkT1pqN1FvUT09

        This conversation focuses on how you've led teams through ambiguous technical work. Expect to
        walk through a system you owned end to end and a couple of situations from your time managing.
        There's no coding in this round.

        Need to make a change? Reply to this email and Bianca Ferreira will help.

        A calendar invitation is attached.

        Halyard Robotics Recruiting
        Powered by Ashby
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", LA_VTZ, "BEGIN:VEVENT",
        "UID:ashby-iv-6d2f0c8e-41b7-4e0a-a1d3-93f5c2b7e611",
        "DTSTAMP:20260305T221241Z",
        "DTSTART;TZID=America/Los_Angeles:20260310T100000",
        "DTEND;TZID=America/Los_Angeles:20260310T110000",
        "SEQUENCE:0",
        "SUMMARY:Halyard Robotics – Technical Leadership Interview (Theo Marchetti)",
        "LOCATION:https://halyardrobotics.zoom.us/j/84417730295?pwd=Qm5hS2xVd0RkT1pqN1FvUT09",
        "DESCRIPTION:Interviewer: Owen Achterberg\\, Director of Engineering\\, Autonomy\\nJoin Zoom: "
        "https://halyardrobotics.zoom.us/j/84417730295?pwd=Qm5hS2xVd0RkT1pqN1FvUT09",
        "ORGANIZER;CN=Bianca Ferreira:mailto:bianca.ferreira@halyardrobotics.com",
        "ATTENDEE;CN=Theo Marchetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:theo.marchetti@example.org",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    h = hdr(addr("Halyard Robotics", "no-reply@ashbyhq.com"),
            "Interview Confirmation: Engineering Manager, Autonomy Platform at Halyard Robotics",
            "2026-03-05 14:12:41", LA, mid, relay=SES,
            extra=(("Reply-To", addr("Bianca Ferreira", "bianca.ferreira@halyardrobotics.com")),
                   ("X-SES-Outgoing", "2026.03.05-54.240.27.18")))
    return message(h, mixed(alt(text(body), html(page(body))),
                            calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


@mail(nxt(), family="ashby", lang="en", interview=True, kind="rescheduled",
      start="2026-03-12T20:30:00Z", end="2026-03-12T21:30:00Z",
      contact="bianca.ferreira@halyardrobotics.com", company="Halyard Robotics",
      local="Thu 2026-03-12 13:30", local_end="2026-03-12 14:30", zone=LA,
      note="Ashby update (same thread as the 10 Mar confirmation): new time Thu 12 Mar 1:30-2:30 PM PDT "
           "= 20:30Z; the previous slot (Tue 10 Mar 10:00) is also printed; ICS SEQUENCE:1 same UID; "
           "contact = Reply-To recruiter")
def halyard_rescheduled() -> bytes:
    mid = "<0101018e1a3c77d2-b2e8f410-6c9d-4a7e-8e21-54d0c9f3a7b6-000000@us-west-2.amazonses.com>"
    body = t("""
        Hi Theo,

        Your interview with Halyard Robotics has been rescheduled. Here are the updated details.

        Technical Leadership Interview
        Thursday, March 12, 2026
        1:30 PM – 2:30 PM PDT

        Previously scheduled for Tuesday, March 10, 2026, 10:00 AM – 11:00 AM PDT.

        Interviewer
        Owen Achterberg, Director of Engineering, Autonomy

        Location
        Zoom (same link as before): https://halyardrobotics.zoom.us/j/84417730295?pwd=Qm5hS2xVd0RkT1pqN1FvUT09

        A note from Bianca:
        "Owen is flying back from our Pittsburgh test site on Tuesday, so we moved you to Thursday
        afternoon. Sorry for the shuffle, and thanks for being flexible!"

        Need to make a change? Reply to this email and Bianca Ferreira will help.

        Halyard Robotics Recruiting
        Powered by Ashby
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", LA_VTZ, "BEGIN:VEVENT",
        "UID:ashby-iv-6d2f0c8e-41b7-4e0a-a1d3-93f5c2b7e611",
        "DTSTAMP:20260309T160512Z",
        "DTSTART;TZID=America/Los_Angeles:20260312T133000",
        "DTEND;TZID=America/Los_Angeles:20260312T143000",
        "SEQUENCE:1",
        "SUMMARY:Halyard Robotics – Technical Leadership Interview (Theo Marchetti)",
        "LOCATION:https://halyardrobotics.zoom.us/j/84417730295?pwd=Qm5hS2xVd0RkT1pqN1FvUT09",
        "DESCRIPTION:Interviewer: Owen Achterberg\\, Director of Engineering\\, Autonomy\\nJoin Zoom: "
        "https://halyardrobotics.zoom.us/j/84417730295?pwd=Qm5hS2xVd0RkT1pqN1FvUT09",
        "ORGANIZER;CN=Bianca Ferreira:mailto:bianca.ferreira@halyardrobotics.com",
        "ATTENDEE;CN=Theo Marchetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:theo.marchetti@example.org",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    h = hdr(addr("Halyard Robotics", "no-reply@ashbyhq.com"),
            "Updated: Technical Leadership Interview with Halyard Robotics",
            "2026-03-09 09:05:18", LA, mid, relay=SES,
            extra=(("Reply-To", addr("Bianca Ferreira", "bianca.ferreira@halyardrobotics.com")),))
    return message(h, mixed(alt(text(body), html(page(body))),
                            calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


@mail(nxt(), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-04-15T16:00:00Z", end="2026-04-15T19:30:00Z",
      contact="dana.whitaker@ledgerline.com", company="Ledgerline",
      local="Wed 2026-04-15 12:00", local_end="2026-04-15 15:30", zone=NY,
      note="Greenhouse-sent virtual onsite itinerary, all times Eastern (EDT, -0400): first session "
           "12:00 PM = 16:00Z, last ends 3:30 PM = 19:30Z; no ICS (invites come separately); "
           "contact = the recruiter who is the sender")
def ledgerline_onsite() -> bytes:
    mid = "<Gh.7d41c2e09a.5f8b13@ismtpd0042p1mdw1.sendgrid.net>"
    body = t("""
        Hi Theo,

        We're excited to have you join us for your virtual onsite for the Engineering Manager, Payments Infrastructure role! Your schedule is below. All times are Eastern Time (EDT).

        Wednesday, April 15, 2026

        12:00 PM – 12:45 PM   System Design with Priya Natarajan, Staff Engineer
        12:45 PM – 1:00 PM    Break
        1:00 PM – 1:45 PM     Technical Deep Dive (CoderPad) with Marcus Feld, Principal Engineer
        2:00 PM – 2:45 PM     People Leadership with Ines Calderón, Director of Engineering
        2:45 PM – 3:30 PM     Cross-functional Partnership with Tom Becker, Product Lead

        Each session has its own Zoom link; you'll find them in the calendar invites I'm sending separately. For the CoderPad session Marcus will drop the pad link in the Zoom chat, and any language you're comfortable with is fine.

        A few tips: the system design round is about a ledger reconciliation service, so it's worth thinking about idempotency and late-arriving data. The leadership rounds are conversational; bring real examples.

        If anything comes up the day of, reply here or text me at (646) 555-0143.

        Best,
        Dana

        Dana Whitaker | Senior Technical Recruiter
        Ledgerline
        ledgerline.com/careers
    """)
    h = hdr(addr("Dana Whitaker", "dana.whitaker@ledgerline.com"),
            "Your Ledgerline Virtual Onsite – Wednesday, April 15",
            "2026-04-08 15:40:07", NY, mid, relay=SENDGRID,
            before=(("Return-Path", "<bounces+2338176-8c1e-theo.marchetti=example.org@us.greenhouse-mail.io>"),),
            extra=(("X-Mailer", "Greenhouse"),))
    return message(h, alt(text(body), html(page(body))))


@mail(nxt(), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-04-22T18:30:00Z", end="2026-04-22T19:00:00Z",
      contact="maya@corvalis.ai", company="Corvalis",
      local="Wed 2026-04-22 11:30", local_end="2026-04-22 12:00", zone=LA,
      note="Google Calendar invitation for a hiring-manager chat, Wed 22 Apr 11:30am-12pm PDT = "
           "18:30-19:00Z (ICS in UTC agrees); contact = organizer (VP Eng, also Reply-To)")
def corvalis_invite() -> bytes:
    mid = "<calendar-6b1e0f4a-92d7-4c3b-b8a5-0e7f2d19c644@google.com>"
    subject = ("Invitation: Theo Marchetti <> Corvalis | Hiring Manager Chat @ Wed Apr 22, 2026 "
               "11:30am - 12pm (PDT) (theo.marchetti@example.org)")
    desc = ("Hi Theo, looking forward to chatting. Casual 30 min: I'll tell you about the team and what "
            "we're building, and I'd love to hear how you grew the platform org at Copperline. Maya\n\n"
            + MEET_FOOTER.format(url="https://meet.google.com/vkr-pqxm-tdw", phone="402-555-0186",
                                 pin="771004219", code="vkr-pqxm-tdw"))
    body = t("""
        Theo Marchetti <> Corvalis | Hiring Manager Chat
        Wednesday Apr 22, 2026 ⋅ 11:30am – 12pm
        Pacific Time - Los Angeles

        Join with Google Meet
        https://meet.google.com/vkr-pqxm-tdw

        Join by phone
        (US) +1 402-555-0186
        PIN: 771 004 219#

        More phone numbers
        https://tel.meet/vkr-pqxm-tdw?pin=771004219

        Hi Theo, looking forward to chatting. Casual 30 min: I'll tell you about the team and what we're building, and I'd love to hear how you grew the platform org at Copperline. Maya

        Organizer
        Maya Lindqvist
        maya@corvalis.ai

        Guests
        Maya Lindqvist - organizer
        theo.marchetti@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M3E5djBoMm1yYjVkMW9xazduOHQ0YzZlMnMgdGhlbw

        Reply for theo.marchetti@example.org and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=M3E5djBoMm1yYjVkMW9xazduOHQ0YzZlMnMgdGhlbw
        Your attendance is required.

        """) + GCAL_FOOTER + "\n"
    ics = gcal_ics(method="REQUEST", uid="3q9v0h2mrb5d1oqk7n8t4c6e2s@google.com",
                   start=":20260422T183000Z", end=":20260422T190000Z", stamp="20260417T230219Z",
                   created="20260417T230212Z", modified="20260417T230218Z",
                   org=("Maya Lindqvist", "maya@corvalis.ai"),
                   guests=[gcal_attendee("Maya Lindqvist", "maya@corvalis.ai", "ACCEPTED"),
                           gcal_attendee(None, ME_ADDR)],
                   summary="Theo Marchetti <> Corvalis | Hiring Manager Chat", description=desc,
                   meet="https://meet.google.com/vkr-pqxm-tdw")
    h = hdr(addr("Maya Lindqvist", "maya@corvalis.ai"), subject, "2026-04-17 23:02:19", UTCZ, mid, relay=GCAL,
            extra=(("Reply-To", "maya@corvalis.ai"),
                   ("Sender", "Google Calendar <calendar-notification@google.com>"),
                   ("Auto-Submitted", "auto-generated")))
    return gcal_mail(headers=h, body=body, ics=ics, method="REQUEST")


@mail(nxt(), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-04-24T16:00:00Z", end="2026-04-24T16:30:00Z",
      contact="maya@corvalis.ai", company="Corvalis",
      local="Fri 2026-04-24 09:00", local_end="2026-04-24 09:30", zone=LA,
      note="Google Calendar 'Updated invitation' for the Corvalis chat: moved from Wed 22 Apr to Fri 24 Apr "
           "9-9:30am PDT = 16:00-16:30Z; ICS SEQUENCE:1, same UID; contact = organizer")
def corvalis_updated() -> bytes:
    mid = "<calendar-e3a90b5c-17f4-4d62-8c0e-5b9f41a7d203@google.com>"
    subject = ("Updated invitation: Theo Marchetti <> Corvalis | Hiring Manager Chat @ Fri Apr 24, 2026 "
               "9am - 9:30am (PDT) (theo.marchetti@example.org)")
    note_txt = ("Hi Theo, looking forward to chatting. Casual 30 min: I'll tell you about the team and what "
                "we're building, and I'd love to hear how you grew the platform org at Copperline. Maya\n\n"
                "(moved: board prep ate my Wednesday, sorry!)")
    desc = note_txt + "\n\n" + MEET_FOOTER.format(url="https://meet.google.com/vkr-pqxm-tdw", phone="402-555-0186",
                                                  pin="771004219", code="vkr-pqxm-tdw")
    body = t("""
        This event has been updated
        Changed: time

        Theo Marchetti <> Corvalis | Hiring Manager Chat
        Friday Apr 24, 2026 ⋅ 9am – 9:30am
        Pacific Time - Los Angeles

        Join with Google Meet
        https://meet.google.com/vkr-pqxm-tdw

        Join by phone
        (US) +1 402-555-0186
        PIN: 771 004 219#

        Hi Theo, looking forward to chatting. Casual 30 min: I'll tell you about the team and what we're building, and I'd love to hear how you grew the platform org at Copperline. Maya

        (moved: board prep ate my Wednesday, sorry!)

        Organizer
        Maya Lindqvist
        maya@corvalis.ai

        Guests
        Maya Lindqvist - organizer
        theo.marchetti@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M3E5djBoMm1yYjVkMW9xazduOHQ0YzZlMnMgdGhlbw

        Reply for theo.marchetti@example.org and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=M3E5djBoMm1yYjVkMW9xazduOHQ0YzZlMnMgdGhlbw
        Your attendance is required.

        """) + GCAL_FOOTER + "\n"
    ics = gcal_ics(method="REQUEST", uid="3q9v0h2mrb5d1oqk7n8t4c6e2s@google.com",
                   start=":20260424T160000Z", end=":20260424T163000Z", stamp="20260420T172044Z",
                   created="20260417T230212Z", modified="20260420T172043Z",
                   org=("Maya Lindqvist", "maya@corvalis.ai"),
                   guests=[gcal_attendee("Maya Lindqvist", "maya@corvalis.ai", "ACCEPTED"),
                           gcal_attendee(None, ME_ADDR)],
                   summary="Theo Marchetti <> Corvalis | Hiring Manager Chat", description=desc, seq=1,
                   meet="https://meet.google.com/vkr-pqxm-tdw")
    h = hdr(addr("Maya Lindqvist", "maya@corvalis.ai"), subject, "2026-04-20 17:20:44", UTCZ, mid, relay=GCAL,
            extra=(("Reply-To", "maya@corvalis.ai"),
                   ("Sender", "Google Calendar <calendar-notification@google.com>"),
                   ("Auto-Submitted", "auto-generated")))
    return gcal_mail(headers=h, body=body, ics=ics, method="REQUEST")


@mail(nxt(), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-05-07T16:00:00Z", end="2026-05-07T19:45:00Z",
      contact="kenji.watanabe@northbeamcloud.com", company="Northbeam Cloud",
      local="Thu 2026-05-07 09:00", local_end="2026-05-07 12:45", zone=LA,
      note="GoodTime virtual-onsite itinerary, time zone shown as (GMT-07:00) Pacific Time: first session "
           "9:00 AM = 16:00Z, last ends 12:45 PM = 19:45Z; contact = Reply-To coordinator")
def northbeam_itinerary() -> bytes:
    mid = "<20260430184702.1f0c7a2b9e4d@goodtime.io>"
    body = t("""
        Hi Theo,

        Your interviews with Northbeam Cloud have been confirmed. Please find your itinerary below.

        Position: Senior Engineering Manager, Storage
        Date: Thursday, May 7, 2026
        Time zone: (GMT-07:00) Pacific Time

        9:00 AM - 9:45 AM
        Hiring Manager Deep Dive
        Claire Dubois, Director of Engineering

        10:00 AM - 11:00 AM
        Architecture & Technical Strategy
        Sanjay Iyer, Principal Engineer

        11:00 AM - 11:15 AM
        Break

        11:15 AM - 12:00 PM
        Execution & Delivery
        Rosa Jimenez, Engineering Manager

        12:00 PM - 12:45 PM
        Leadership Principles
        Tobias Lang, VP Engineering

        All interviews will be held over Zoom. Each interviewer will send you their own calendar invitation with a Zoom link. Please join a couple of minutes early and make sure your camera works.

        If you have any questions, reply to this email to reach Kenji Watanabe, your recruiting coordinator.

        We look forward to meeting you!
        Northbeam Cloud Recruiting

        Sent with GoodTime
    """)
    h = hdr(addr("Northbeam Cloud Recruiting", "no-reply@goodtime.io"),
            "Interview Confirmation: Northbeam Cloud - Senior Engineering Manager, Storage",
            "2026-04-30 11:47:02", LA, mid, relay=MAILGUN,
            extra=(("Reply-To", addr("Kenji Watanabe", "kenji.watanabe@northbeamcloud.com")),))
    return message(h, alt(text(body), html(page(body))))


@mail(nxt(), family="modernloop", lang="en", interview=True, kind="scheduled",
      start="2026-05-18T21:00:00Z", end="2026-05-18T22:00:00Z",
      contact="aaliyah.brooks@quiverhealth.com", company="Quiver Health",
      local="Mon 2026-05-18 14:00", local_end="2026-05-18 15:00", zone=LA,
      note="ModernLoop confirmation in the candidate's zone: Mon 18 May 2:00-3:00 PM PDT = 21:00-22:00Z "
           "(the interviewer's 5-6 PM EDT says the same); ICS in UTC; contact = Reply-To coordinator")
def quiver_modernloop() -> bytes:
    mid = "<ml-cnf-4b7e92d0c1a3@modernloop.io>"
    body = t("""
        Hi Theo,

        You're all set! Here are the details for your upcoming interview with Quiver Health.

        Engineering Manager, Clinical Data: Technical Leadership
        Mon, May 18, 2026
        2:00 PM – 3:00 PM PDT
        (5:00 PM – 6:00 PM EDT for your interviewer)

        Interviewer
        Samir Haddad, CTO

        Video
        https://quiverhealth.zoom.us/j/91827364550

        Add to calendar: Google · Outlook · iCal (attached)

        Questions, or need to reschedule? Just reply to this email to reach Aaliyah.

        Quiver Health Recruiting
        Scheduling powered by ModernLoop
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ModernLoop//Scheduler//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:ml-evt-5c0d18e2-7f3a-4a9b-b6e1-2d9a77c04b15@modernloop.io",
        "DTSTAMP:20260512T213104Z", "DTSTART:20260518T210000Z", "DTEND:20260518T220000Z",
        "SUMMARY:Interview: Theo Marchetti <> Quiver Health (Technical Leadership)",
        "LOCATION:https://quiverhealth.zoom.us/j/91827364550",
        "DESCRIPTION:Interviewer: Samir Haddad (CTO)\\nZoom: https://quiverhealth.zoom.us/j/91827364550",
        "ORGANIZER;CN=Aaliyah Brooks:mailto:aaliyah.brooks@quiverhealth.com",
        "ATTENDEE;CN=Theo Marchetti;RSVP=TRUE:mailto:theo.marchetti@example.org",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    h = hdr(addr("Aaliyah Brooks via ModernLoop", "scheduling@modernloop.io"),
            "Confirmed: Your interview with Quiver Health on Mon, May 18",
            "2026-05-12 14:31:04", LA, mid, relay=SPARKPOST,
            extra=(("Reply-To", addr("Aaliyah Brooks", "aaliyah.brooks@quiverhealth.com")),))
    return message(h, mixed(alt(text(body), html(page(body))),
                            calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                     filename="interview.ics", disposition="attachment", name_param=True)))


@mail(nxt(), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-05-19T18:30:00Z", end="2026-05-19T19:30:00Z",
      contact="aaliyah.brooks@quiverhealth.com", company="Quiver Health",
      local="Tue 2026-05-19 11:30", local_end="2026-05-19 12:30", zone=LA,
      note="Coordinator's reply on top of the quoted ModernLoop confirmation: moved from Mon 2pm PT to "
           "'Tuesday 5/19 at 11:30am PT (2:30 ET)', 'Still 60 minutes' -> 18:30-19:30Z; contact = sender")
def quiver_moved() -> bytes:
    mid = gmid("quiver-moved")
    body = t("""
        Hi Theo,

        Apologies for the late-week curveball! Samir got pulled into an investor meeting Monday afternoon, so we've moved your conversation to Tuesday 5/19 at 11:30am PT (2:30 ET). Still 60 minutes, same Zoom link. You'll get an updated invite from ModernLoop shortly.

        Thanks so much for being flexible.

        Aaliyah

        --
        Aaliyah Brooks (she/her)
        Recruiting Coordinator | Quiver Health
        New York, NY

        On Tue, May 12, 2026 at 5:31 PM Aaliyah Brooks via ModernLoop <scheduling@modernloop.io> wrote:
        > Hi Theo,
        >
        > You're all set! Here are the details for your upcoming interview with Quiver Health.
        >
        > Engineering Manager, Clinical Data: Technical Leadership
        > Mon, May 18, 2026
        > 2:00 PM – 3:00 PM PDT
        > (5:00 PM – 6:00 PM EDT for your interviewer)
        >
        > Interviewer
        > Samir Haddad, CTO
        >
        > Questions, or need to reschedule? Just reply to this email to reach Aaliyah.
    """)
    h = hdr(addr("Aaliyah Brooks", "aaliyah.brooks@quiverhealth.com"),
            "Re: Confirmed: Your interview with Quiver Health on Mon, May 18",
            "2026-05-15 17:52:36", NY, mid, relay=GMAIL2,
            extra=(("In-Reply-To", "<ml-cnf-4b7e92d0c1a3@modernloop.io>"),
                   ("References", "<ml-cnf-4b7e92d0c1a3@modernloop.io>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(nxt(), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-05-21T18:00:00Z", end="2026-05-21T19:00:00Z",
      contact="gabriel.ortiz@beaconfreight.com", company="Beacon Freight",
      local="Thu 2026-05-21 11:00", local_end="2026-05-21 12:00", zone=LA,
      note="Google Calendar 'Canceled event with note' (METHOD:CANCEL, STATUS:CANCELLED); the organizer is "
           "in Chicago but Google renders the slot in the guest's zone, Thu 21 May 11am-12pm PDT = "
           "18:00-19:00Z; search paused; contact = organizer")
def beacon_cancel() -> bytes:
    mid = "<calendar-0c7d3e21-bb54-4f89-9a16-c2e4f0817d5a@google.com>"
    subject = ("Canceled event with note: Beacon Freight | EM Panel - Theo Marchetti @ Thu May 21, 2026 "
               "11am - 12pm (PDT) (theo.marchetti@example.org)")
    body = t("""
        Gabriel Ortiz has canceled this event and left a note:

        "Theo, really sorry about this. Leadership paused the EM search this morning (reorg in our network planning group). I'll call you tomorrow to explain properly. Gabe"

        Canceled event

        Beacon Freight | EM Panel - Theo Marchetti
        Thursday May 21, 2026 ⋅ 11am – 12pm
        Pacific Time - Los Angeles

        Organizer
        Gabriel Ortiz
        gabriel.ortiz@beaconfreight.com

        Guests
        Gabriel Ortiz - organizer
        Leigh Sandoval
        Omar Farouk
        theo.marchetti@example.org

        """) + GCAL_FOOTER.replace(" To stop receiving future updates for this event, decline this event.", "") + "\n"
    ics = gcal_ics(method="CANCEL", uid="5n2kq8v1f7c0m3a9d6t4b8x2ze@google.com",
                   start=":20260521T180000Z", end=":20260521T190000Z", stamp="20260518T151102Z",
                   created="20260513T202733Z", modified="20260518T151101Z",
                   org=("Gabriel Ortiz", "gabriel.ortiz@beaconfreight.com"),
                   guests=[gcal_attendee("Leigh Sandoval", "leigh.sandoval@beaconfreight.com", "ACCEPTED"),
                           gcal_attendee("Omar Farouk", "omar.farouk@beaconfreight.com", "ACCEPTED"),
                           gcal_attendee(None, ME_ADDR, "ACCEPTED")],
                   summary="Beacon Freight | EM Panel - Theo Marchetti",
                   description="Panel: Leigh Sandoval (VP Eng), Omar Farouk (Sr. EM). 60 min.", seq=2,
                   status="CANCELLED", meet="https://meet.google.com/bqx-wnjr-pzo")
    h = hdr(addr("Gabriel Ortiz", "gabriel.ortiz@beaconfreight.com"), subject, "2026-05-18 15:11:02", UTCZ, mid,
            relay=GCAL,
            extra=(("Reply-To", "gabriel.ortiz@beaconfreight.com"),
                   ("Sender", "Google Calendar <calendar-notification@google.com>"),
                   ("Auto-Submitted", "auto-generated")))
    return gcal_mail(headers=h, body=body, ics=ics, method="CANCEL")


@mail(nxt(), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-06-03T03:30:00Z", end="2026-06-03T04:00:00Z",
      contact="arjun@tamarindlabs.in", company="Tamarind Labs",
      local="Tue 2026-06-02 20:30", local_end="2026-06-02 21:00", zone=LA,
      note="Calendly invitee confirmation with a Bengaluru CTO, shown in the invitee's zone: Tue 2 Jun "
           "8:30-9:00pm Pacific = Wed 3 Jun 03:30-04:00Z (9:00 IST Wednesday); ICS in UTC; "
           "contact = host (Reply-To / ORGANIZER)")
def tamarind_calendly() -> bytes:
    mid = "<0100018fd1e6a3b2-8a4c7d10-e2f5-4b93-a7c8-91d3f6e0b245-000000@email.amazonses.com>"
    body = t("""
        Hi Theo Marchetti,

        Your Engineering Leadership Intro (30 min) with Arjun Rao at 8:30pm - 9:00pm (Pacific Time - US & Canada) on Tuesday, June 2, 2026 is scheduled.

        Event Type:
        Engineering Leadership Intro (30 min)

        Event Date/Time:
        8:30pm - 9:00pm (Pacific Time - US & Canada) on Tuesday, June 2, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/hsd-ytke-qma

        Description:
        I'm co-founder & CTO at Tamarind Labs (Bengaluru). I keep these slots in US evenings so I can take them first thing in my morning. Looking forward to it!

        Invitee Time Zone:
        Pacific Time - US & Canada

        Questions:
        LinkedIn profile
        https://www.linkedin.com/in/theomarchetti

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4f1c9a2e-7b30-4d85-9e6a-c21b5f8d0a7e
        Reschedule: https://calendly.com/reschedulings/4f1c9a2e-7b30-4d85-9e6a-c21b5f8d0a7e

        Powered by Calendly.com
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "DTSTAMP:20260528T171544Z", "DTSTART:20260603T033000Z", "DTEND:20260603T040000Z",
        "SUMMARY:Engineering Leadership Intro (30 min) between Arjun Rao and Theo Marchetti",
        "UID:4f1c9a2e-7b30-4d85-9e6a-c21b5f8d0a7e@calendly.com",
        "ORGANIZER;CN=Arjun Rao:mailto:arjun@tamarindlabs.in",
        "ATTENDEE;CN=Theo Marchetti;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:theo.marchetti@example.org",
        "DESCRIPTION:Event Name: Engineering Leadership Intro (30 min)\\n\\nLocation: This is a Google Meet "
        "web conference. https://meet.google.com/hsd-ytke-qma",
        "LOCATION:https://meet.google.com/hsd-ytke-qma", "SEQUENCE:0", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR"])
    h = hdr(addr("Calendly", "notifications@calendly.com"),
            "Confirmed: Engineering Leadership Intro (30 min) with Arjun Rao on Tuesday, June 2, 2026",
            "2026-05-28 10:15:44", LA, mid, relay=SES_E,
            extra=(("Reply-To", addr("Arjun Rao", "arjun@tamarindlabs.in")),))
    return message(h, mixed(alt(text(body), html(page(body))),
                            calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


@mail(nxt(), family="karat", lang="en", interview=True, kind="scheduled",
      start="2026-06-06T17:00:00Z", end="2026-06-06T18:00:00Z",
      contact=None, company="Nimbus Data",
      local="Sat 2026-06-06 10:00", local_end="2026-06-06 11:00", zone=LA,
      note="Karat technical interview run on behalf of the hiring company (Nimbus Data): Sat 6 Jun 10:00 AM "
           "America/Los_Angeles (PDT) = 17:00Z, 'Length: 60 minutes' -> 18:00Z; only no-reply / support "
           "addresses -> contact null")
def nimbus_karat() -> bytes:
    mid = "<karat.cand.2f61b0e4d9a7c38e@mail.karat.io>"
    body = t("""
        Hi Theo,

        Your technical interview for the Engineering Manager, Data Platform role at Nimbus Data is confirmed.

        When: Saturday, June 6, 2026 at 10:00 AM (America/Los_Angeles)
        Length: 60 minutes
        Interview Engineer: a Karat Interview Engineer will be assigned

        Join from your browser when it's time:
        https://app.karat.io/join/9f3d2c71-60ab-4e1f-b8d4-07c5e6a1f2b9

        Before your interview
        - Run the system check on the computer you'll use: https://app.karat.io/system-check
        - You'll code in Karat's shared editor; any supported language is fine.
        - The first half is a conversation about technical decisions you've made as a manager; the second half is a coding exercise.

        Need to reschedule? You can pick a new time from your candidate page up to 24 hours before your interview.

        Karat conducts technical interviews on behalf of Nimbus Data. Your interview will be recorded and shared with Nimbus Data only.

        Questions? Contact support@karat.io.

        The Karat Team
    """)
    h = hdr(addr("Karat", "no-reply@karat.io"), "Your Karat interview for Nimbus Data is confirmed",
            "2026-06-01 13:26:51", LA, mid, relay=SES_E)
    return message(h, alt(text(body), html(page(body))))


@mail(nxt(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-06-11T21:30:00Z", end=None,
      contact="jess@redwoodsearch.co", company="Pellucid Systems",
      local="Thu 2026-06-11 14:30", zone=LA,
      note="Agency recruiter's one-liner from her phone on top of the thread: 'Thurs 2:30 PT' resolved against "
           "Date Mon 8 Jun (PDT) -> Thu 11 Jun 14:30 PDT = 21:30Z; '45 min-ish' is approximate -> end null; "
           "company = the client (Pellucid Systems); contact = the agency recruiter (sender)")
def pellucid_agency() -> bytes:
    mid = "<9C1E4F07-3B2A-4D6E-8A15-F2C07B9D4E61@redwoodsearch.co>"
    body = t("""
        Perfect - ur locked in w/ Dan Okonkwo (their VP Eng) Thurs 2:30 PT. He'll call ur cell, 45 min-ish. I'll send prep notes tonight!!

        Jess

        Sent from my iPhone

        > On Jun 8, 2026, at 11:02 AM, Theo Marchetti <theo.marchetti@example.org> wrote:
        >
        > Hi Jess, Thursday works. Anytime after 2pm PT is best, I'm in planning all morning.
        >
        > Theo
        >
        >> On Jun 5, 2026, at 4:47 PM, Jess Kaminski <jess@redwoodsearch.co> wrote:
        >>
        >> Hey Theo! Great news, Pellucid wants to move fwd. Dan (VP Eng) has Thurs afternoon open for a phone screen next week. What works?
    """)
    h = hdr(addr("Jess Kaminski", "jess@redwoodsearch.co"), "Re: Pellucid - EM, Observability",
            "2026-06-08 12:14:09", LA, mid, relay=OUTLOOK2,
            extra=(("In-Reply-To", "<A7F3C2D1-90E4-4B8B-9C2E-5D1F6A7B8C90@example.org>"),
                   ("References", "<61D2E9A4-7C3B-4F10-B5E8-0A9C3D2F1E47@redwoodsearch.co> "
                                  "<A7F3C2D1-90E4-4B8B-9C2E-5D1F6A7B8C90@example.org>"),
                   ("X-Mailer", "iPhone Mail (22F76)")))
    return message(h, text(body))


@mail(nxt(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-06-17T22:00:00Z", end=None,
      contact="marcus@oakhollow.dev", company="Oakhollow",
      local="Wed 2026-06-17 15:00", zone=LA,
      note="Founder's lowercase reply on top of the quoted thread: 'tmrw 3pm pt / 5 central', Date Tue 16 Jun "
           "07:48 CDT -> Wed 17 Jun 15:00 PDT = 22:00Z (= 17:00 CDT, consistent); no length -> end null; "
           "contact = founder (sender)")
def oakhollow_founder() -> bytes:
    mid = gmid("oakhollow-ok")
    body = t("""
        works for me. tmrw 3pm pt / 5 central. ill send a meet link in the am

        -m

        On Mon, Jun 15, 2026 at 9:12 PM Theo Marchetti <theo.marchetti@example.org> wrote:
        > Wed 3pm PT would be great if that's still open.
        >
        > Theo
        >
        > On Mon, Jun 15, 2026 at 10:30 AM Marcus Bell <marcus@oakhollow.dev> wrote:
        >> hey theo - thanks for the thoughtful note. would wed or thu afternoon work for a longer convo? im free after 1 central both days. figured we'd go deep on the data model + how you'd hire the first 4 engineers
        >>
        >> marcus
    """)
    h = hdr(addr("Marcus Bell", "marcus@oakhollow.dev"), "Re: Oakhollow - founding eng lead",
            "2026-06-16 07:48:55", CHI, mid, relay=GMAIL2,
            extra=(("In-Reply-To", gmid("oakhollow-theo")),
                   ("References", f"{gmid('oakhollow-prop')} {gmid('oakhollow-theo')}")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(nxt(), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-06-25T17:00:00Z", end="2026-06-25T18:00:00Z",
      contact="mariana.solis@tlallipagos.mx", company="Tlalli Pagos",
      local="Thu 2026-06-25 11:00", local_end="2026-06-25 12:00", zone=MX,
      note="Spanish confirmation from a Mexico City recruiter (iso-8859-1, quoted-printable): jueves 25 de junio, "
           "11:00 a 12:00 hrs hora del centro de México; Mexico City has no DST since 2022, so UTC-6 -> "
           "17:00-18:00Z (the body's 10:00 a.m. Pacific agrees); contact = sender")
def tlalli_confirm() -> bytes:
    mid = gmid("tlalli-confirm")
    body = t("""
        Hola Theo:

        ¡Gracias por tu respuesta! Te confirmo tu entrevista técnica para la vacante de Engineering Manager (Plataforma de Pagos):

        Fecha: jueves 25 de junio de 2026
        Hora: 11:00 a 12:00 hrs (hora del centro de México) / 10:00 a 11:00 a.m. hora del Pacífico
        Entrevistador: Rodrigo Aranda, Head of Engineering
        Modalidad: videollamada por Google Meet: https://meet.google.com/ptc-fmzo-wke

        La entrevista puede ser en inglés o en español, como prefieras. Rodrigo te va a pedir que expliques a detalle algún sistema que hayas diseñado, así que ten a la mano un diagrama si lo deseas.

        Cualquier cosa, quedo pendiente por este medio o por WhatsApp al +52 55 5555 0192.

        Saludos cordiales,

        Mariana Solís
        Talent Acquisition | Tlalli Pagos
        Ciudad de México

        El jue, 18 jun 2026 a las 19:02, Theo Marchetti (<theo.marchetti@example.org>) escribió:
        > Hola Mariana, el jueves 25 a las 11:00 (CDMX) me funciona perfecto. ¡Gracias!
        > Theo
    """)
    h = hdr(addr("Mariana Solís", "mariana.solis@tlallipagos.mx", "iso-8859-1"),
            "Re: Entrevista técnica – horarios disponibles", "2026-06-22 10:05:31", MX, mid, relay=GMAIL2,
            extra=(("In-Reply-To", gmid("tlalli-theo")),
                   ("References", f"{gmid('tlalli-prop')} {gmid('tlalli-theo')}")))
    return message(h, alt(text(body, "iso-8859-1"), html(gmail_html(body), "iso-8859-1")))


@mail(nxt(), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-06-30T15:30:00Z", end="2026-06-30T16:30:00Z",
      contact="mariana.solis@tlallipagos.mx", company="Tlalli Pagos",
      local="Tue 2026-06-30 09:30", local_end="2026-06-30 10:30", zone=MX,
      note="Spanish reschedule: the Thursday (25 Jun) interview moved to 'martes 30 de junio a las 9:30 a.m. "
           "hora de CDMX (8:30 a.m. en San Francisco)', 'misma duración de una hora' -> 15:30-16:30Z (CDMX "
           "UTC-6, SF PDT UTC-7); contact = sender")
def tlalli_moved() -> bytes:
    mid = gmid("tlalli-moved")
    body = t("""
        Hola Theo, buenas tardes.

        Una disculpa por el cambio de último momento: a Rodrigo le surgió un viaje a Monterrey y ya no va a poder mañana jueves. Movimos tu entrevista técnica al martes 30 de junio a las 9:30 a.m. hora de CDMX (8:30 a.m. en San Francisco), con la misma duración de una hora y el mismo enlace de Meet.

        Ya te debe haber llegado la invitación actualizada al calendario. Si el nuevo horario no te funciona, avísame y lo vemos.

        ¡Mil gracias por la flexibilidad!

        Mariana

        --
        Mariana Solís
        Talent Acquisition | Tlalli Pagos
    """)
    h = hdr(addr("Mariana Solís", "mariana.solis@tlallipagos.mx"),
            "Cambio de horario: entrevista técnica con Rodrigo", "2026-06-24 16:40:12", MX, mid, relay=GMAIL2)
    return message(h, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(nxt(), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-07-14T20:00:00Z", end="2026-07-14T21:00:00Z",
      contact="hannah.cole@meridiandynamics.com", company="Meridian Dynamics",
      local="Tue 2026-07-14 13:00", local_end="2026-07-14 14:00", zone=LA,
      note="Workday 'Interview Scheduled', HTML only in windows-1252: US date 07/14/2026, 01:00 PM - 02:00 PM "
           "(Pacific Time), July so PDT -> 20:00-21:00Z; sent from the tenant's myworkday.com mailbox; "
           "contact = the recruiter's address in the body")
def meridian_workday() -> bytes:
    mid = "<1846520937.41882.1783441862104@wd5-prod-notif-07.myworkday.com>"
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family: Arial, sans-serif; font-size: 13px; color: #333333;">
        <table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
        <table width="640" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #dddddd;">
        <tr><td style="background:#0b2e59;padding:16px;color:#ffffff;font-size:18px;">Meridian Dynamics Careers</td></tr>
        <tr><td style="padding:20px;">
        <p>Dear Theo,</p>
        <p>Thank you for your interest in Meridian Dynamics. We are pleased to confirm your interview for the position of <b>Software Engineering Manager - Cloud Identity (R0048213)</b>.</p>
        <p><b>Interview Details</b><br>
        Date: 07/14/2026<br>
        Time: 01:00 PM - 02:00 PM (Pacific Time)<br>
        Format: Microsoft Teams (your recruiter will send the meeting link in a separate calendar invitation)<br>
        Interviewer(s): Gareth Olsen, Senior Manager, Software Engineering</p>
        <p>If you need to reschedule, please contact your recruiter, Hannah Cole, at <a href="mailto:hannah.cole@meridiandynamics.com">hannah.cole@meridiandynamics.com</a>. We’re glad you’re considering a career with us.</p>
        <p>To review your application, sign in to your <a href="https://meridiandynamics.wd5.myworkdayjobs.com/en-US/External/userHome">Candidate Home</a> account.</p>
        <p>Sincerely,<br>Meridian Dynamics Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:11px;color:#888888;">This is an automated message. Please do not reply to this email. Meridian Dynamics is an equal opportunity employer.</td></tr>
        </table></td></tr></table>
        </body></html>
    """)
    h = hdr(addr("Meridian Dynamics", "meridiandynamics@myworkday.com"),
            "Interview Scheduled: Software Engineering Manager - Cloud Identity (R0048213)",
            "2026-07-07 09:31:02", LA, mid, relay="wd5-smtp-out-03.myworkday.com (wd5-smtp-out-03.myworkday.com. [199.102.144.33])",
            extra=(("X-Workday-Tenant", "meridiandynamics"),))
    return message(h, html(body, "windows-1252"))


@mail(nxt(), family="forward_to_self", lang="en", interview=True, kind="scheduled",
      start="2026-07-17T04:00:00Z", end="2026-07-17T04:45:00Z",
      contact="sneha.kulkarni@mahanadisystems.in", company="Mahanadi Systems",
      local="Fri 2026-07-17 09:30", local_end="2026-07-17 10:15", zone=IST,
      note="The candidate forwards (Gmail 'Forwarded message') an Indian HR mail from his old address to his "
           "main one: Friday 17 July 9:30-10:15 AM IST = 04:00-04:45Z (= Thursday 16 July 9:00 PM PDT, as the "
           "mail says); contact = the HR sender in the forwarded header, not the careers@ cc and not the "
           "candidate's own addresses")
def mahanadi_forward() -> bytes:
    mid = gmid("mahanadi-fwd")
    body = t("""
        fwding to my main inbox so it lands on the right calendar. note it's THURSDAY night for me

        ---------- Forwarded message ---------
        From: Sneha Kulkarni <sneha.kulkarni@mahanadisystems.in>
        Date: Sun, Jul 12, 2026 at 9:35 PM
        Subject: Interview Schedule | Engineering Manager - Platform | Mahanadi Systems
        To: <tmarchetti.sf@example.com>
        Cc: Talent Acquisition <careers@mahanadisystems.in>


        Dear Theo,

        Greetings from Mahanadi Systems!

        Further to your conversation with our team, we are pleased to schedule your interview with Mr. Vivek Raghunathan, CTO, as per the details below:

        Date: Friday, 17th July 2026
        Time: 9:30 AM to 10:15 AM IST (i.e. Thursday, 16th July, 9:00 PM to 9:45 PM PDT)
        Mode: Microsoft Teams (link below)
        Round: Technical - Leadership

        Join on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZjFhYjgtOGM1ZC00%40thread.v2/0

        Kindly keep your camera on throughout the discussion and ensure a stable internet connection.

        Thanks & Regards,
        Sneha Kulkarni
        Talent Acquisition | Mahanadi Systems Pvt. Ltd.
        Bengaluru | +91 80 5555 0147
    """)
    h = hdr(addr(ME, OLD_ADDR),
            "Fwd: Interview Schedule | Engineering Manager - Platform | Mahanadi Systems",
            "2026-07-13 08:20:47", LA, mid, to=addr(ME, ME_ADDR), relay=GMAIL)
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(nxt(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-08-10T16:30:00Z", end="2026-08-10T21:30:00Z",
      contact="nadia.petrov@tidewaterlabs.com", company="Tidewater Labs",
      local="Mon 2026-08-10 09:30", local_end="2026-08-10 14:30", zone=LA,
      note="HTML-only Outlook mail (base64) confirming an in-person onsite in Seattle, Monday August 10 "
           "9:30am-2:30pm, 'All times Pacific' (PDT) -> 16:30-21:30Z; contact = recruiter (sender)")
def tidewater_onsite() -> bytes:
    mid = "<SJ0PR13MB5874C1E29D3B0A7F41E6C2B8A95E2@SJ0PR13MB5874.namprd13.prod.outlook.com>"
    body = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
        <style><!--
        p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Aptos",sans-serif;}
        --></style>
        </head>
        <body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">
        <div class="WordSection1">
        <p class="MsoNormal">Hi Theo,<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Great news – your onsite is confirmed for <b>Monday, August 10</b> from <b>9:30am to 2:30pm</b> at our South Lake Union office (410 Terry Ave N, 6<sup>th</sup> floor). Check in with the front desk and they’ll call me down.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Schedule (all times Pacific):<o:p></o:p></p>
        <p class="MsoNormal">9:30 – 10:15&nbsp;&nbsp; Welcome + team overview with me<o:p></o:p></p>
        <p class="MsoNormal">10:15 – 11:15&nbsp;&nbsp; System design with Wen Li (Principal Engineer)<o:p></o:p></p>
        <p class="MsoNormal">11:15 – 12:00&nbsp;&nbsp; Engineering leadership with Marco Rinaldi (Director)<o:p></o:p></p>
        <p class="MsoNormal">12:00 – 1:00&nbsp;&nbsp; Lunch with two of our EMs<o:p></o:p></p>
        <p class="MsoNormal">1:00 – 1:45&nbsp;&nbsp; Product partnership with Keisha Grant (Group PM)<o:p></o:p></p>
        <p class="MsoNormal">1:45 – 2:30&nbsp;&nbsp; Wrap-up with Joan Whitcombe (VP Engineering)<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">We’ll cover your flight from SFO and one night at the hotel on Westlake; our travel desk will email the confirmations separately. If you’re driving instead, we validate parking in the building garage.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Let me know if you have any dietary restrictions for lunch!<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Nadia<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Nadia Petrov | Senior Recruiter, Engineering<br>Tidewater Labs | Seattle, WA<o:p></o:p></span></p>
        </div>
        </body>
        </html>
    """)
    h = hdr(addr("Nadia Petrov", "nadia.petrov@tidewaterlabs.com"), "Onsite confirmed - Mon 8/10 @ Tidewater SLU",
            "2026-07-31 15:22:40", LA, mid, relay=OUTLOOK,
            extra=(("Thread-Topic", "Onsite confirmed - Mon 8/10 @ Tidewater SLU"),
                   ("Thread-Index", "AQHc3oP1x7k2mZqLTE+9vY0ab3cWdg=="),
                   ("Content-Language", "en-US"),
                   ("X-MS-Has-Attach", ""),
                   ("X-MS-TNEF-Correlator", "")))
    return message(h, html(body, cte="base64"))


@mail(nxt(), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-09-10T17:30:00Z", end=None,
      contact="devon@loomstack.com", company="Loomstack",
      local="Thu 2026-09-10 13:30", zone=NY,
      note="Hiring manager cancels 'our 1:30 tomorrow (10:30 your time)': Date Wed 9 Sep 08:15 EDT -> Thu 10 Sep "
           "13:30 EDT = 17:30Z (= 10:30 PDT); recruiting will find a new slot, none given -> cancelled; "
           "contact = sender, not the cc'd recruiter")
def loomstack_cancel() -> bytes:
    mid = gmid("loomstack-cancel")
    body = t("""
        Hi Theo,

        I'm really sorry to do this on short notice, but I have to cancel our 1:30 tomorrow (10:30 your time). I've got a family situation to deal with and will be offline through the end of the week.

        Lauren on our recruiting team (cc'd) will reach out to find a new slot next week. Again, apologies, I was looking forward to it.

        Devon

        --
        Devon Castillo
        Director of Engineering, Loomstack
    """)
    h = hdr(addr("Devon Castillo", "devon@loomstack.com"), "Tomorrow's interview", "2026-09-09 08:15:26", NY, mid,
            relay=GMAIL2, extra=(("Cc", addr("Lauren Pike", "lauren.pike@loomstack.com")),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(nxt(), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-10-27T16:00:00Z", end="2026-10-27T17:00:00Z",
      contact="lena.hoffmann@kranich-mobility.de", company="Kranich Mobility",
      local="Tue 2026-10-27 17:00", local_end="2026-10-27 18:00", zone=BER,
      note="German invitation (iso-8859-15, quoted-printable) sent Wed 21 Oct in CEST for Dienstag 27. Oktober "
           "17:00-18:00 Uhr MEZ: Europe is back on CET from 25 Oct, so 16:00-17:00Z; the US is still on PDT "
           "until 1 Nov, so 9:00 Pacific as written; ICS TZID Europe/Berlin agrees; contact = Reply-To")
def kranich_de() -> bytes:
    mid = "<6a3f1e90c27b4d58.20261021120311@mail.personio.de>"
    body = t("""
        Hallo Theo,

        vielen Dank für Dein Interesse an Kranich Mobility! Wie gestern telefonisch besprochen, bestätige ich Dir hiermit Dein Interview:

        Termin: Dienstag, 27. Oktober 2026
        Uhrzeit: 17:00 - 18:00 Uhr (MEZ, Berlin), für Dich also 9:00 - 10:00 Uhr Pacific Time
        Format: Google Meet (Link in der Kalendereinladung im Anhang)
        Gesprächspartner: Jonas Weber (CTO) und Aylin Demir (Engineering Managerin)

        Kleiner Hinweis: Bei uns wird am Wochenende davor auf Winterzeit umgestellt, bei Dir erst eine Woche später. In dieser Woche liegen wir deshalb nur 8 Stunden auseinander.

        Das Gespräch führen wir auf Englisch. Plane gern ein paar Minuten für Deine Fragen an das Team ein.

        Falls etwas dazwischenkommt, antworte einfach auf diese E-Mail.

        Viele Grüße
        Lena Hoffmann
        People & Talent | Kranich Mobility GmbH
        Kastanienallee 12, 10435 Berlin
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Personio//Recruiting//DE", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", VTZ["Europe/Berlin"], "BEGIN:VEVENT",
        "UID:personio-interview-8841273-3f0c@personio.de", "DTSTAMP:20261021T120311Z",
        "DTSTART;TZID=Europe/Berlin:20261027T170000", "DTEND;TZID=Europe/Berlin:20261027T180000",
        "SUMMARY:Interview Theo Marchetti - Engineering Manager (m/w/d)",
        "LOCATION:https://meet.google.com/kfa-xrbn-umq",
        "ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@kranich-mobility.de",
        "ATTENDEE;CN=Theo Marchetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:theo.marchetti@example.org",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    h = hdr(addr("Kranich Mobility GmbH", "noreply@personio.de"),
            "Einladung zum Interview: Engineering Manager (m/w/d) – Remote", "2026-10-21 14:03:11", BER, mid,
            relay=MAILGUN,
            extra=(("Reply-To", addr("Lena Hoffmann", "lena.hoffmann@kranich-mobility.de")),))
    return message(h, mixed(text(body, "iso-8859-15"),
                            calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                                     disposition="attachment")))


EXCHANGE_TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mt}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Or call in (audio only)
+1 646-555-0117,,{conf}#   United States, New York City
Phone Conference ID: {confs}#
Find a local number<https://dialin.teams.microsoft.com/{tid}?id={conf}> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={tid}>
________________________________________________________________________________"""


@mail(nxt(), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T16:30:00Z",
      contact="rebecca.lin@stonegatecap.com", company="Stonegate Capital",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:30", zone=NY,
      note="Exchange meeting request (Teams) sent Thu 29 Oct in EDT for 'next Tuesday (11/3), 10:00-11:30am ET': "
           "US daylight time ends Sun 1 Nov, so EST -> 15:00-16:30Z; ICS TZID 'Eastern Standard Time' agrees; "
           "contact = organizer / sender")
def stonegate_final() -> bytes:
    mid = "<MN2PR11MB4711A3E0C95B2F1D7C6E80B1D4A72@MN2PR11MB4711.namprd11.prod.outlook.com>"
    teams = EXCHANGE_TEAMS.format(mt="MjQ1ZmE3YzItNDAxMy00ZjM2LWI5", tid="7f3c1a2b-5d64-4e91-8a0b-c3d2e1f09a87",
                                  mid="271 905 448 316", pc="Xq7Lm2", conf="482930177", confs="482 930 177")
    body = t("""
        Hi Theo,

        As discussed, here is the invite for your final round next Tuesday (11/3), 10:00-11:30am ET. You'll meet Alan Brewster (CTO) for the first 45 minutes and Sophie Marchand (Head of Trading Technology) for the second 45, back to back in the same Teams meeting.

        Please reply to confirm you've received this.

        Thanks,
        Rebecca

        Rebecca Lin
        Talent Acquisition | Stonegate Capital
        One Vanderbilt Ave, New York, NY

        """) + teams + "\n"
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["Eastern Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Rebecca Lin:mailto:rebecca.lin@stonegatecap.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Theo Marchetti:mailto:theo.marchetti@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alan Brewster:mailto:alan.brewster@stonegatecap.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sophie Marchand:mailto:sophie.marchand@stonegatecap.com",
        f"DESCRIPTION;LANGUAGE=en-US:{desc}",
        "UID:040000008200E00074C5B7101A82E00800000000D07A1C4E2F48DC01000000000000000010000000A91E3C5B7D2F6A4E8C1B0D9F2E3A4B5C",
        "SUMMARY;LANGUAGE=en-US:Final Round Interview - Engineering Manager\\, Trading Platforms (Theo Marchetti)",
        "DTSTART;TZID=Eastern Standard Time:20261103T100000",
        "DTEND;TZID=Eastern Standard Time:20261103T113000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261029T204512Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2123648611",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    h = hdr(addr("Rebecca Lin", "rebecca.lin@stonegatecap.com"),
            "Final Round Interview - Engineering Manager, Trading Platforms", "2026-10-29 16:45:12", NY, mid,
            relay=OUTLOOK,
            extra=(("Thread-Topic", "Final Round Interview - Engineering Manager, Trading Platforms"),
                   ("Thread-Index", "AdtKq2v1F0m8cZ3RQy6xJv1t9bWl4A=="),
                   ("Content-Language", "en-US"),
                   ("X-MS-Has-Attach", ""),
                   ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(body), html(page(body, style="font-family:Calibri,Arial,sans-serif;font-size:11pt")),
                          calendar(ics, method="REQUEST", cte="base64")))


@mail(nxt(), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-04-01T16:00:00Z", end="2026-04-01T16:45:00Z",
      contact="harriet.osei@fathomandpike.co.uk", company="Fathom & Pike",
      local="Wed 2026-04-01 17:00", local_end="2026-04-01 17:45", zone=LON,
      note="Lever confirmation from a London company, sent Fri 27 Mar in GMT (+0000) for Wednesday 1 April "
           "5:00-5:45pm UK time: the UK is on BST from Sun 29 Mar, so 16:00-16:45Z (9:00 PDT); contact = "
           "Reply-To talent partner")
def fathom_lever() -> bytes:
    mid = "<20260327101402.6e1a9d3c7b2f4e08@hire.lever.co>"
    body = t("""
        Hi Theo,

        Thanks for sending over your availability. We're looking forward to speaking with you about the Engineering Manager (Remote, US time zones) role at Fathom & Pike.

        Your interview details are below:

        Interview: First interview with the Hiring Manager
        Date: Wednesday 1 April 2026
        Time: 5:00pm - 5:45pm UK time (BST)
        Interviewer: Callum Reid, Head of Engineering
        Location: Google Meet, https://meet.google.com/ruw-hkzd-ofb

        Callum will want to hear about a team you've grown and how you run delivery across time zones. Nothing to prepare beyond that.

        If you have any questions, just reply to this email.

        Best wishes,
        Harriet Osei
        Talent Partner, Fathom & Pike
    """)
    h = hdr(addr("Fathom & Pike", "no-reply@hire.lever.co"), "Interview confirmation – Fathom & Pike",
            "2026-03-27 10:14:02", LON, mid, relay=SES_E,
            extra=(("Reply-To", addr("Harriet Osei", "harriet.osei@fathomandpike.co.uk")),))
    return message(h, alt(text(body), html(page(body))))


@mail(nxt(), family="exchange", lang="en", interview=True, kind="cancelled",
      start="2026-02-26T19:00:00Z", end="2026-02-26T20:00:00Z",
      contact="kwhitlock@palisadeins.com", company="Palisade Insurance",
      local="Thu 2026-02-26 14:00", local_end="2026-02-26 15:00", zone=NY,
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED) of Thursday's interview, requisition on "
           "hold: the slot is only in the ICS, TZID 'Eastern Standard Time' 14:00-15:00 in February (EST) = "
           "19:00-20:00Z; contact = organizer / sender")
def palisade_cancel() -> bytes:
    mid = "<BL1PR04MB7263E8D7A41C0F93B62D5E17C80B3@BL1PR04MB7263.namprd04.prod.outlook.com>"
    body = t("""
        Hi Theo,

        I'm sorry to let you know that we've put the Engineering Manager requisition on hold while Q1 budgets are finalized, so I need to cancel Thursday's interview. I'll reach out directly if the role reopens.

        Regards,
        Karen

        Karen Whitlock
        Senior Recruiter | Palisade Insurance
        Hartford, CT
    """)
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:CANCEL", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["Eastern Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Karen Whitlock:mailto:kwhitlock@palisadeins.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Theo Marchetti:mailto:theo.marchetti@example.org",
        f"DESCRIPTION;LANGUAGE=en-US:{desc}",
        "UID:040000008200E00074C5B7101A82E008000000003E91B8C52DA2DC0100000000000000001000000052C7F0E9A3B14D6E9F08A1B2C3D4E5F6",
        "SUMMARY;LANGUAGE=en-US:Canceled: Engineering Manager Interview - Theo Marchetti",
        "DTSTART;TZID=Eastern Standard Time:20260226T140000",
        "DTEND;TZID=Eastern Standard Time:20260226T150000",
        "CLASS:PUBLIC", "PRIORITY:1", "DTSTAMP:20260223T141208Z", "TRANSP:TRANSPARENT", "STATUS:CANCELLED",
        "SEQUENCE:1", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-OWNERAPPTID:-1049627733",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT", "END:VCALENDAR"])
    h = hdr(addr("Karen Whitlock", "kwhitlock@palisadeins.com"),
            "Canceled: Engineering Manager Interview - Theo Marchetti", "2026-02-23 09:12:08", NY, mid,
            relay=OUTLOOK2,
            extra=(("Thread-Topic", "Engineering Manager Interview - Theo Marchetti"),
                   ("Thread-Index", "AdqF1c3Yb8n0QkVvT9mS2w5a7HxRzg=="),
                   ("Importance", "high"), ("X-Priority", "1"),
                   ("Content-Language", "en-US"),
                   ("X-MS-Has-Attach", ""),
                   ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(body), html(page(body, style="font-family:Calibri,Arial,sans-serif;font-size:11pt")),
                          calendar(ics, method="CANCEL", cte="base64")))


# ======================================================================= negatives (keys 24-50)


@mail(nxt(), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert digest; badges like 'Actively recruiting' confirm nothing")
def linkedin_alert() -> bytes:
    mid = "<1249904711.3186402.1772546520117@ltx1-app3117.prod.linkedin.com>"
    body = t("""
        Your job alert for engineering manager in San Francisco Bay Area
        9 new jobs match your preferences.

        Engineering Manager, Platform
        Quillfeather
        San Francisco, CA (Hybrid)
        $230K-$280K / year
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4187290311/?trackingId=aQ3d8Zk1TrGm2x9Lw0b5Vg%3D%3D

        Senior Engineering Manager - Payments
        Brightpath Commerce
        Oakland, CA (On-site)
        3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4187301954/?trackingId=Jk7pQ2m0Rz4sVb8Xc1Nd6w%3D%3D

        Engineering Manager, ML Infrastructure
        Corvalis
        San Francisco, CA
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4187342208/?trackingId=Zt5hW9x2Lq0mCv3Bn7Ks1g%3D%3D

        Software Development Manager, Fulfillment Technology
        Arcadia Retail Group
        Sunnyvale, CA (Hybrid)
        Easy Apply
        View job: https://www.linkedin.com/comm/jobs/view/4187355660/?trackingId=Pq8rT1y6Hs3dFg0Jk2Lz9w%3D%3D

        Engineering Manager, Developer Experience
        Sablewood
        San Francisco, CA (Remote)
        Your profile matches this job
        View job: https://www.linkedin.com/comm/jobs/view/4187361023/?trackingId=Mx4nB7v2Cq9wEr5Ty0Ui8g%3D%3D

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1729034451&f_TPR=a1772460120

        Job search smarter with Premium
        https://www.linkedin.com/comm/premium/products/?family=jss

        This email was intended for Theo Marchetti (Engineering Manager at Copperline Systems)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving Job Alert emails.
        Manage job alerts: https://www.linkedin.com/comm/jobs/alerts
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_alert

        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.
    """)
    h = hdr(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
            "“engineering manager”: 9 opportunities in San Francisco Bay Area",
            "2026-03-03 14:02:00", UTCZ, mid,
            relay="mailb-ca.linkedin.com (mailb-ca.linkedin.com. [108.174.3.203])",
            extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_alert>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                   ("X-LinkedIn-Class", "JOBS-ALERT"),
                   ("X-LinkedIn-Template", "email_job_alert_digest_01")))
    return message(h, alt(text(body), html(page(body))))


@mail(nxt(), family="job_alert", lang="en", interview=False, company=None,
      note="Wellfound startup-jobs digest; 'Responds within a week' / 'Recruiter recently active' are badges")
def wellfound_digest() -> bytes:
    mid = "<20260505163011.4c9e1a7d2b0f@wellfound.com>"
    body = t("""
        Hi Theo,

        7 new startup jobs match your search for Engineering Manager (Remote, US or San Francisco).

        Oakhollow · Founding Engineering Lead
        Seed · 4 employees · Remote (US)
        $190k – $230k · 0.75% – 1.5%
        Responds within a week

        Lumenfield · Engineering Manager, Infra
        Series B · 120 employees · San Francisco
        $240k – $285k · 0.05% – 0.12%
        Recruiter recently active

        Tessora Bio · Head of Software
        Series A · 35 employees · South San Francisco
        $220k – $260k · 0.3% – 0.6%

        Gridwise · Engineering Manager, Energy Markets
        Series C · 300 employees · Remote (US)
        $230k – $270k
        Interviews this month

        + 3 more

        View all matches: https://wellfound.com/jobs?utm_source=digest&utm_medium=email

        You're getting this because you turned on job digests. Change how often you get these: https://wellfound.com/settings/notifications
        Wellfound, 100 Montgomery St, San Francisco, CA 94104
    """)
    h = hdr(addr("Wellfound", "jobs-noreply@wellfound.com"), "7 new startup jobs for Engineering Managers",
            "2026-05-05 16:30:11", UTCZ, mid, relay=SPARKPOST,
            extra=(("List-Unsubscribe", "<https://wellfound.com/unsubscribe?t=digest&u=8830214>"),))
    return message(h, alt(text(body), html(page(body))))


@mail(nxt(), family="application_ack", lang="en", interview=False, company="Sablewood",
      note="Greenhouse application receipt; 'reach out to schedule an initial conversation' is conditional")
def sablewood_ack() -> bytes:
    mid = "<Gh.2b8f0d91c4.a71e33@ismtpd0019p1iad2.sendgrid.net>"
    body = t("""
        Hi Theo,

        Thanks for your interest in Sablewood! We've received your application for Engineering Manager, Developer Experience, and our team will review it shortly.

        If your background is a match for the role, a member of our recruiting team will reach out to schedule an initial conversation. Due to the volume of applications we receive, we may not be able to respond to every applicant individually.

        In the meantime, you can learn more about how we work at https://sablewood.dev/handbook.

        Best,
        The Sablewood Recruiting Team
    """)
    h = hdr(addr("Sablewood", "no-reply@us.greenhouse-mail.io"), "Thank you for applying to Sablewood",
            "2026-02-10 11:05:47", LA, mid, relay=SENDGRID)
    return message(h, alt(text(body), html(page(body))))


@mail(nxt(), family="application_ack", lang="fr", interview=False, company="Orée",
      note="French Welcome to the Jungle receipt (utf-8 base64); a first phone interview is only promised "
           "'si votre profil correspond'")
def oree_wttj() -> bytes:
    mid = "<01000192e8f1c4b7-3d5a9e20-7c41-4f0b-b8d2-6a19e4c07f33-000000@email.welcometothejungle.com>"
    body = t("""
        Bonjour Theo,

        Merci pour votre candidature au poste d'Engineering Manager – Plateforme Data (Remote, fuseaux Amériques) chez Orée !

        L'équipe recrutement d'Orée va l'examiner dans les prochains jours. Si votre profil correspond, vous serez contacté·e pour un premier entretien téléphonique de 30 minutes avec Camille, Talent Acquisition Manager.

        En attendant, découvrez les coulisses d'Orée : https://www.welcometothejungle.com/fr/companies/oree

        Vous pouvez suivre l'avancement de votre candidature depuis votre espace : https://www.welcometothejungle.com/fr/me/applications

        À très vite,
        L'équipe Welcome to the Jungle
    """)
    h = hdr(addr("Welcome to the Jungle", "no-reply@welcometothejungle.com"),
            "Orée a bien reçu votre candidature", "2026-09-14 09:12:30", PAR, mid, relay=SES_E)
    return message(h, alt(text(body, cte="base64"), html(page(body, lang="fr"), cte="base64")))


@mail(nxt(), family="rejection", lang="en", interview=False, company="Halyard Robotics",
      note="Ashby rejection after the technical leadership interview (thread with the 10/12 Mar mails)")
def halyard_reject() -> bytes:
    mid = "<0101018e5d91b07e-1c4a82f3-9e6b-4d27-b5a0-3f8e7c21d964-000000@us-west-2.amazonses.com>"
    body = t("""
        Hi Theo,

        Thank you for taking the time to interview for the Engineering Manager, Autonomy Platform role, and for the thoughtful conversation with Owen last week.

        After a lot of deliberation, we've decided to move forward with another candidate whose experience more closely matches what the team needs right now, particularly hands-on robotics simulation work.

        This was a genuinely close call, and we'd love to stay in touch as the autonomy org grows. We'll keep your profile on file, and please feel free to reach out about future openings.

        Wishing you the best in your search,
        Bianca Ferreira
        Halyard Robotics Recruiting
    """)
    h = hdr(addr("Halyard Robotics", "no-reply@ashbyhq.com"), "Update on your application – Halyard Robotics",
            "2026-03-20 15:30:22", LA, mid, relay=SES,
            extra=(("Reply-To", addr("Bianca Ferreira", "bianca.ferreira@halyardrobotics.com")),))
    return message(h, alt(text(body), html(page(body))))


@mail(nxt(), family="rejection", lang="en", interview=False, company="Meridian Dynamics",
      note="Workday rejection after the 14 Jul interview (HTML only)")
def meridian_reject() -> bytes:
    mid = "<2093817745.58120.1784912522840@wd5-prod-notif-02.myworkday.com>"
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family: Arial, sans-serif; font-size: 13px; color: #333333;">
        <table width="640" cellpadding="0" cellspacing="0" border="0" align="center" style="border:1px solid #dddddd;">
        <tr><td style="background:#0b2e59;padding:16px;color:#ffffff;font-size:18px;">Meridian Dynamics Careers</td></tr>
        <tr><td style="padding:20px;">
        <p>Dear Theo,</p>
        <p>Thank you for your interest in the <b>Software Engineering Manager - Cloud Identity (R0048213)</b> position and for the time you spent interviewing with our team.</p>
        <p>After careful consideration, we have decided not to move forward with your candidacy for this position. This decision was not easy given the strength of the candidates we met.</p>
        <p>We encourage you to continue to visit our careers site and apply for future positions that match your skills and interests.</p>
        <p>Sincerely,<br>Meridian Dynamics Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:11px;color:#888888;">This is an automated message. Please do not reply to this email.</td></tr>
        </table>
        </body></html>
    """)
    h = hdr(addr("Meridian Dynamics", "meridiandynamics@myworkday.com"),
            "Update on your application for Software Engineering Manager - Cloud Identity (R0048213)",
            "2026-07-24 10:02:02", LA, mid,
            relay="wd5-smtp-out-01.myworkday.com (wd5-smtp-out-01.myworkday.com. [199.102.144.31])")
    return message(h, html(body))


@mail(nxt(), family="offer", lang="en", interview=False, company="Ledgerline",
      days=(("Thu", "2026-04-30"),),
      note="Offer after the onsite, with an acceptance deadline and a fixed sell call with the director "
           "(a call, not an interview); PDF attached")
def ledgerline_offer() -> bytes:
    mid = "<Gh.a04e7b12f9.c6d520@ismtpd0042p1mdw1.sendgrid.net>"
    body = t("""
        Hi Theo,

        It was a pleasure having you through the onsite last week, and I'm thrilled to share that the team would love for you to join Ledgerline as Engineering Manager, Payments Infrastructure!

        Your offer letter is attached and will also arrive via DocuSign. Highlights:

        - Base salary: $265,000
        - Equity: 42,000 RSUs vesting over 4 years
        - Sign-on bonus: $30,000
        - Start date: flexible, we suggested Monday, June 1

        The offer is valid until Thursday, April 30 at 5pm ET.

        Ines would love to walk you through the team's roadmap and answer any questions about the role. She has you on her calendar tomorrow (Friday) at 11am ET / 8am PT; I'll send the Zoom link. If another time works better just let me know.

        Congratulations, we're so excited!

        Dana

        Dana Whitaker | Senior Technical Recruiter
        Ledgerline
    """)
    pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
           b"trailer << /Root 1 0 R >>\n%%EOF\n")
    att = Part([("Content-Type", 'application/pdf; name="Ledgerline_Offer_Theo_Marchetti.pdf"'),
                ("Content-Disposition", 'attachment; filename="Ledgerline_Offer_Theo_Marchetti.pdf"'),
                ("Content-Transfer-Encoding", "base64")],
               base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    h = hdr(addr("Dana Whitaker", "dana.whitaker@ledgerline.com"),
            "Ledgerline offer – Engineering Manager, Payments Infrastructure",
            "2026-04-23 14:05:51", NY, mid, relay=SENDGRID,
            before=(("Return-Path", "<bounces+2338176-8c1e-theo.marchetti=example.org@us.greenhouse-mail.io>"),),
            extra=(("X-Mailer", "Greenhouse"),))
    return message(h, mixed(alt(text(body), html(page(body))), att))


@mail(nxt(), family="recruiter_outreach", lang="en", interview=False, company="Riverstone Security",
      note="Cold outreach from a sequencing tool (Gem-style footer); asks for a 20-minute chat, nothing fixed")
def riverstone_outreach() -> bytes:
    mid = "<gem.seq.71c0e9a2f4b3.1771344180@mail.gem.com>"
    body = t("""
        Hi Theo,

        I came across your profile and your talk on rebuilding Copperline's on-call rotation. It's exactly the kind of operational thinking we're looking for.

        I'm hiring a Senior Engineering Manager for our Detection Engineering org at Riverstone Security (Seattle HQ, remote-friendly for senior leaders). You'd lead three teams (about 20 engineers) building our streaming detection pipeline, reporting to our VP of Engineering.

        Would you be open to a 20-minute chat next week? Happy to work around your schedule.

        Best,
        Tasha

        Tasha Morgan
        Senior Technical Recruiter, Riverstone Security

        If you'd rather not hear from me, just let me know: https://links.gem.com/unsubscribe?s=71c0e9a2f4b3
    """)
    h = hdr(addr("Tasha Morgan", "tasha.morgan@riverstonesec.com"), "Eng leadership @ Riverstone (Seattle/remote)",
            "2026-02-17 08:03:00", LA, mid, relay=GMAIL2)
    return message(h, alt(text(body), html(page(body, style="font-family:Arial,sans-serif;font-size:13px"))))


@mail(nxt(), family="post_interview", lang="en", interview=False, company="Pellucid Systems",
      note="Agency recruiter after the phone screen: client wants a final loop, asks for windows the week of "
           "6/22; nothing fixed (thread with the 11 Jun confirmation); company = the client")
def pellucid_next() -> bytes:
    mid = "<3E8A1C57-6D2F-4B90-A4E3-7C1B2D9F0E56@redwoodsearch.co>"
    body = t("""
        Theo!! Dan just called me, he LOVED you. They want to bring u in for the final loop (4 x 45, all virtual).

        Can u send me 2-3 windows the week of 6/22? Mornings PT are easiest for their team. Also still thinking 250-270 base?

        Jess

        Sent from my iPhone
    """)
    h = hdr(addr("Jess Kaminski", "jess@redwoodsearch.co"), "Re: Pellucid - EM, Observability",
            "2026-06-12 09:40:33", LA, mid, relay=OUTLOOK2,
            extra=(("In-Reply-To", "<9C1E4F07-3B2A-4D6E-8A15-F2C07B9D4E61@redwoodsearch.co>"),
                   ("X-Mailer", "iPhone Mail (22F76)")))
    return message(h, text(body))


@mail(nxt(), family="scheduling_link", lang="en", interview=False, company="Northbeam Cloud",
      days=(("Mon", "2026-05-04"), ("Fri", "2026-05-15")),
      note="GoodTime availability request before the onsite (thread with the 7 May itinerary); nothing booked")
def northbeam_availability() -> bytes:
    mid = "<20260423171502.8d2e6f1a0c9b@goodtime.io>"
    body = t("""
        Hi Theo,

        Congratulations on moving forward to the virtual onsite for Senior Engineering Manager, Storage at Northbeam Cloud!

        The onsite consists of four interviews of 45 to 60 minutes each (about 4 hours in total, with a short break). Please use the link below to share your availability between Monday, May 4 and Friday, May 15. We ask for at least three windows of 4 hours or more so we can line up the whole panel.

        Share your availability:
        https://app.goodtime.io/availability/c/7Yq2vK9mT4xR1bN8

        This link expires in 3 days. Once the panel is confirmed you'll receive an itinerary with all the details.

        If you have any questions, reply to this email to reach Kenji Watanabe.

        Northbeam Cloud Recruiting
        Sent with GoodTime
    """)
    h = hdr(addr("Northbeam Cloud Recruiting", "no-reply@goodtime.io"),
            "Northbeam Cloud: Please share your availability", "2026-04-23 10:15:02", LA, mid, relay=MAILGUN,
            extra=(("Reply-To", addr("Kenji Watanabe", "kenji.watanabe@northbeamcloud.com")),))
    return message(h, alt(text(body), html(page(body))))


@mail(nxt(), family="scheduling_link", lang="en", interview=False, company="Halvorsen Maps",
      note="Hiring manager answers with a Calendly link to pick a slot; nothing booked yet")
def halvorsen_link() -> bytes:
    mid = gmid("halvorsen-link")
    body = t("""
        Hey Theo,

        Thanks for reaching out, definitely interested in talking. Easiest is if you grab any 30 min slot that works for you here:

        https://calendly.com/erik-halvorsen/30min

        I've opened up some early mornings your time since I'm in Oslo through the end of the month.

        Erik

        On Mon, Aug 17, 2026 at 11:48 PM Theo Marchetti <theo.marchetti@example.org> wrote:
        > Hi Erik,
        >
        > I saw the Engineering Manager, Mapping Infrastructure opening and wanted to reach out directly. I've spent the last four years running platform teams at Copperline and would love to learn more about where Halvorsen is taking the tile pipeline.
        >
        > Best,
        > Theo
    """)
    h = hdr(addr("Erik Halvorsen", "erik@halvorsenmaps.com"), "Re: Engineering Manager, Mapping Infrastructure",
            "2026-08-18 06:40:15", "Europe/Oslo", mid, relay=GMAIL2)
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(nxt(), family="slot_proposal", lang="en", interview=False, company="Oakhollow",
      note="Founder proposes 'wed or thu afternoon', not yet agreed (thread with the 17 Jun confirmation)")
def oakhollow_proposal() -> bytes:
    mid = gmid("oakhollow-prop")
    body = t("""
        hey theo - thanks for the thoughtful note. would wed or thu afternoon work for a longer convo? im free after 1 central both days. figured we'd go deep on the data model + how you'd hire the first 4 engineers

        marcus

        sent from my phone, excuse typos

        On Sun, Jun 14, 2026 at 8:05 PM Theo Marchetti <theo.marchetti@example.org> wrote:
        > Hi Marcus,
        >
        > Really enjoyed reading the Oakhollow launch post. I'm an EM at Copperline (platform, ~25 engineers) and I'd love to talk about the founding eng lead role.
        >
        > Theo
    """)
    h = hdr(addr("Marcus Bell", "marcus@oakhollow.dev"), "Re: Oakhollow - founding eng lead",
            "2026-06-15 10:30:40", CHI, mid, relay=GMAIL2)
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(nxt(), family="slot_proposal", lang="es", interview=False, company="Tlalli Pagos",
      days=(("Thu", "2026-06-25"), ("Fri", "2026-06-26"), ("Mon", "2026-06-29")),
      note="Spanish: three proposed slots for the technical interview, none chosen yet (thread with the "
           "22 and 24 Jun mails)")
def tlalli_options() -> bytes:
    mid = gmid("tlalli-prop")
    body = t("""
        Hola Theo:

        ¡Qué gusto saludarte! Rodrigo quedó muy contento con la primera llamada y nos gustaría avanzar a la entrevista técnica (60 minutos, por Google Meet).

        Te comparto algunas opciones, todas en hora del centro de México:

        • jueves 25 de junio, 11:00 hrs
        • viernes 26 de junio, 9:00 hrs
        • lunes 29 de junio, 16:00 hrs

        ¿Cuál te acomoda mejor? Si ninguna te funciona, compárteme tu disponibilidad y buscamos otra opción.

        Saludos,

        Mariana Solís
        Talent Acquisition | Tlalli Pagos
        Ciudad de México
    """)
    h = hdr(addr("Mariana Solís", "mariana.solis@tlallipagos.mx"), "Entrevista técnica – horarios disponibles",
            "2026-06-18 12:20:05", MX, mid, relay=GMAIL2)
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(nxt(), family="take_home", lang="en", interview=False, company="Corvalis",
      days=(("Mon", "2026-05-04"),),
      note="Take-home written exercise with a submission deadline (Monday May 4, 9:00am PT); a deadline, not "
           "an interview; the later panel has no time")
def corvalis_takehome() -> bytes:
    mid = gmid("corvalis-takehome")
    body = t("""
        Hi Theo,

        Thanks again for this morning, I really enjoyed it.

        Next step is a short written exercise (we do this instead of a coding round for EMs): a two-page design and strategy doc on the problem in the attached brief. Please submit it by Monday May 4 at 9:00am PT by replying to this thread with a Google Doc link (comment access for corvalis.ai is enough).

        Plan for 2-3 hours, and please don't spend more than that. After we've read it we'll set up a panel where you walk a few of us through it.

        Maya
    """)
    brief = t("""
        # Corvalis EM exercise: evaluation pipeline ownership

        Corvalis runs ~4,000 model evaluation jobs a day across two teams. Ownership of the pipeline is split,
        on-call is noisy, and releases slip because eval results arrive late.

        Write a 2-page doc covering:

        1. How you would structure ownership across the two teams over the next two quarters.
        2. What you would measure in your first 30 days, and why.
        3. One decision you would make in week one, and what would make you reverse it.

        There is no right answer. We care about how you reason about trade-offs.
    """)
    att = text(brief, cte="base64", subtype="markdown",
               extra=(("Content-Disposition", 'attachment; filename="corvalis-em-exercise.md"'),))
    h = hdr(addr("Maya Lindqvist", "maya@corvalis.ai"), "Next step: take-home", "2026-04-24 13:10:27", LA, mid,
            relay=GMAIL2)
    return message(h, mixed(alt(text(body), html(gmail_html(body))), att))


@mail(nxt(), family="assessment", lang="en", interview=False, company="Kestrel Pay",
      days=(("Tue", "2026-09-22"),),
      note="CodeSignal assessment invitation with an expiry time; self-paced, not an interview")
def kestrel_codesignal() -> bytes:
    mid = "<0100019a0c7e52d1-e7b3a9f0-21c4-4d8e-9f6b-a35c81d0e427-000000@email.amazonses.com>"
    body = t("""
        Hi Theo,

        Kestrel Pay has invited you to complete the Industry Coding Framework assessment as part of your application for Engineering Manager, Risk Platform.

        Duration: 90 minutes
        Complete by: Tuesday, September 22, 2026, 11:59 PM PDT

        Once you start, the timer cannot be paused, so set aside uninterrupted time. You can take the assessment whenever it suits you before the deadline.

        Start assessment: https://app.codesignal.com/invite/Kq4Tn8vR2mZx7Lb1

        Good luck!
        The CodeSignal Team, on behalf of Kestrel Pay

        Need help? Visit https://support.codesignal.com
    """)
    h = hdr(addr("Kestrel Pay via CodeSignal", "noreply@codesignal.com"),
            "Kestrel Pay has invited you to take a coding assessment", "2026-09-15 11:20:44", LA, mid, relay=SES_E)
    return message(h, alt(text(body), html(page(body))))


@mail(nxt(), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-03-17"),),
      note="Dentist appointment reminder (plain us-ascii); a confirmed time, not an interview")
def dentist_reminder() -> bytes:
    mid = "<reminder.3391027.20260314160005@noevalleydental.com>"
    body = t("""
        Hi Theo,

        This is a friendly reminder of your upcoming appointment at Noe Valley Family Dental:

        Cleaning & Exam with Dr. Sandra Lau
        Tuesday, March 17, 2026 at 8:00 AM
        4120 24th St, San Francisco, CA 94114

        Reply C to confirm, or call us at (415) 555-0134 to reschedule. We require 24 hours' notice for cancellations.

        See you soon!
        Noe Valley Family Dental
    """)
    h = hdr(addr("Noe Valley Family Dental", "reminders@noevalleydental.com"),
            "Appointment Reminder: Tue, Mar 17 at 8:00 AM", "2026-03-14 09:00:05", LA, mid, relay=MAILGUN)
    return message(h, text(body, "us-ascii", "7bit"))


@mail(nxt(), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-02-03"),),
      note="Google Calendar invite to the work address: weekly 1:1 with the current manager (recurring, TZID)")
def ravi_one_on_one() -> bytes:
    mid = "<calendar-4e8b12c7-6a0f-4d93-b1e5-9c27d0a3f816@google.com>"
    subject = ("Invitation: Theo / Ravi weekly 1:1 @ Weekly from 10am to 10:30am on Tuesday from Tue Feb 3 "
               "to Tue Jun 30 (PST) (theo@copperlinesystems.com)")
    body = t("""
        Theo / Ravi weekly 1:1
        Weekly from 10am to 10:30am on Tuesday from Tuesday Feb 3 to Tuesday Jun 30
        Pacific Time - Los Angeles

        Location
        SF-4-Juniper (6)

        Standing 1:1. Agenda doc: https://docs.google.com/document/d/1qWbX3r9T0mZkP4sV7yLc2Nd8Ef5Gh6Ij/edit
        This week: Q2 headcount, Priya's promo packet, on-call load.

        Organizer
        Ravi Menon
        ravi.menon@copperlinesystems.com

        Guests
        Ravi Menon - organizer
        theo@copperlinesystems.com

        """) + GCAL_FOOTER + "\n"
    ics = gcal_ics(method="REQUEST", uid="1m7c4q9w2e8r5t0y3u6i1o4p7a@google.com",
                   start=";TZID=America/Los_Angeles:20260203T100000",
                   end=";TZID=America/Los_Angeles:20260203T103000", stamp="20260130T190412Z",
                   created="20260130T190405Z", modified="20260130T190411Z",
                   org=("Ravi Menon", "ravi.menon@copperlinesystems.com"),
                   guests=[gcal_attendee("Ravi Menon", "ravi.menon@copperlinesystems.com", "ACCEPTED"),
                           gcal_attendee(None, WORK_ADDR)],
                   summary="Theo / Ravi weekly 1:1",
                   description="Standing 1:1. Agenda doc: https://docs.google.com/document/d/1qWbX3r9T0mZkP4sV7yLc2Nd8Ef5Gh6Ij/edit\n"
                               "This week: Q2 headcount, Priya's promo packet, on-call load.",
                   location="SF-4-Juniper (6)", tz_block=LA_VTZ, rrule="FREQ=WEEKLY;UNTIL=20260630T065959Z;BYDAY=TU")
    h = hdr(addr("Ravi Menon", "ravi.menon@copperlinesystems.com"), subject, "2026-01-30 19:04:12", UTCZ, mid,
            relay=GCAL, to=WORK_ADDR, delivered=WORK_ADDR,
            extra=(("Reply-To", "ravi.menon@copperlinesystems.com"),
                   ("Sender", "Google Calendar <calendar-notification@google.com>"),
                   ("Auto-Submitted", "auto-generated")))
    return gcal_mail(headers=h, body=body, ics=ics, method="REQUEST")


@mail(nxt(), family="interviewer_invite", lang="en", interview=False, company=None,
      days=(("Thu", "2026-03-26"),),
      note="Calendar invite at the current employer where Theo is the interviewer (hiring-manager round for "
           "a backend candidate, Greenhouse interview kit); not his own job interview")
def copperline_interviewer() -> bytes:
    mid = "<calendar-b91d3f02-5e7a-4c18-a6d4-0f3e8c2b7159@google.com>"
    subject = ("Invitation: Interview: Jordan Reyes - Senior Backend Engineer (Hiring Manager Interview) @ "
               "Thu Mar 26, 2026 2pm - 2:45pm (PDT) (theo@copperlinesystems.com)")
    desc = ("Candidate: Jordan Reyes\nRole: Senior Backend Engineer, Platform\nInterviewer: Theo Marchetti\n"
            "Focus: ownership, collaboration, motivation for joining\n\n"
            "Interview kit: https://app.greenhouse.io/guides/88301274/people/61203398?application_id=71129450\n"
            "Please submit your scorecard within 24 hours.\n\n"
            + MEET_FOOTER.format(url="https://meet.google.com/zgh-ravn-pqe", phone="219-555-0178",
                                 pin="385119204", code="zgh-ravn-pqe"))
    body = t("""
        Interview: Jordan Reyes - Senior Backend Engineer (Hiring Manager Interview)
        Thursday Mar 26, 2026 ⋅ 2pm – 2:45pm
        Pacific Time - Los Angeles

        Join with Google Meet
        https://meet.google.com/zgh-ravn-pqe

        Candidate: Jordan Reyes
        Role: Senior Backend Engineer, Platform
        Interviewer: Theo Marchetti
        Focus: ownership, collaboration, motivation for joining

        Interview kit: https://app.greenhouse.io/guides/88301274/people/61203398?application_id=71129450
        Please submit your scorecard within 24 hours.

        Organizer
        Ellie Navarro
        ellie.navarro@copperlinesystems.com

        Guests
        Ellie Navarro - organizer
        theo@copperlinesystems.com

        """) + GCAL_FOOTER + "\n"
    ics = gcal_ics(method="REQUEST", uid="7h2j9k4l1z6x3c8v5b0n2m7q4w@google.com",
                   start=":20260326T210000Z", end=":20260326T214500Z", stamp="20260319T214018Z",
                   created="20260319T214010Z", modified="20260319T214017Z",
                   org=("Ellie Navarro", "ellie.navarro@copperlinesystems.com"),
                   guests=[gcal_attendee("Ellie Navarro", "ellie.navarro@copperlinesystems.com", "ACCEPTED",
                                         "OPT-PARTICIPANT"),
                           gcal_attendee(None, WORK_ADDR)],
                   summary="Interview: Jordan Reyes - Senior Backend Engineer (Hiring Manager Interview)",
                   description=desc, meet="https://meet.google.com/zgh-ravn-pqe")
    h = hdr(addr("Ellie Navarro", "ellie.navarro@copperlinesystems.com"), subject, "2026-03-19 21:40:18", UTCZ, mid,
            relay=GCAL, to=WORK_ADDR, delivered=WORK_ADDR,
            extra=(("Reply-To", "ellie.navarro@copperlinesystems.com"),
                   ("Sender", "Google Calendar <calendar-notification@google.com>"),
                   ("Auto-Submitted", "auto-generated")))
    return gcal_mail(headers=h, body=body, ics=ics, method="REQUEST")


@mail(nxt(), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Sat", "2026-06-13"),),
      note="Apartment tour confirmation in Seattle with ICS; a confirmed time, not an interview")
def eastlake_tour() -> bytes:
    mid = "<tour-conf.55102847.a3c9@mail.eastlakeflats.com>"
    body = t("""
        Hi Theo,

        Your in-person tour is confirmed!

        Property: Eastlake Flats
        Unit: 304 (1 bed + den)
        When: Saturday, June 13 at 11:00 AM
        Where: Leasing office, 2201 Eastlake Ave E, Seattle, WA 98102
        Your leasing agent: Alyssa

        Please bring a photo ID. Street parking is free on weekends.

        Need to change your tour? Reply to this email or call (206) 555-0172.

        Eastlake Flats Leasing
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Knock//Tour Scheduling//EN", "METHOD:PUBLISH", LA_VTZ,
        "BEGIN:VEVENT", "UID:tour-55102847@knockcrm.com", "DTSTAMP:20260609T220211Z",
        "DTSTART;TZID=America/Los_Angeles:20260613T110000", "DTEND;TZID=America/Los_Angeles:20260613T113000",
        "SUMMARY:Tour: Eastlake Flats #304", "LOCATION:2201 Eastlake Ave E\\, Seattle\\, WA 98102",
        "DESCRIPTION:In-person tour with Alyssa. Bring a photo ID.", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR"])
    h = hdr(addr("Eastlake Flats Leasing", "leasing@eastlakeflats.com"),
            "Your tour is confirmed – Sat, Jun 13 at 11:00 AM", "2026-06-09 15:02:11", LA, mid, relay=SPARKPOST)
    return message(h, mixed(alt(text(body), html(page(body))),
                            calendar(ics, method="PUBLISH", cte="base64", filename="tour.ics",
                                     disposition="attachment")))


@mail(nxt(), family="meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-07-23"),),
      note="Luma registration for an engineering-leadership meetup whose panel is about interview loops; ICS")
def luma_meetup() -> bytes:
    mid = "<reg.evt-Fq7Kd2Lm9x.3c81@luma-mail.com>"
    body = t("""
        You're registered for EMs After Hours: Hiring Loops That Don't Suck

        Thursday, July 23
        6:00 PM – 8:30 PM PDT

        Heliotrope Coworking
        1045 Mission St, San Francisco, CA

        Hosted by SF Eng Leadership Circle

        Panel: "How we redesigned our interview loop" with engineering leaders from three Bay Area startups, followed by drinks and open discussion. Doors at 5:45.

        Add to calendar: https://lu.ma/evt-Fq7Kd2Lm9x/ics
        Event page: https://lu.ma/emsafterhours-jul

        Can't make it? Please cancel your registration so someone on the waitlist can come: https://lu.ma/evt-Fq7Kd2Lm9x/cancel

        Luma
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Luma//Event//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
        "UID:evt-Fq7Kd2Lm9x@lu.ma", "DTSTAMP:20260716T182004Z", "DTSTART:20260724T010000Z",
        "DTEND:20260724T033000Z", "SUMMARY:EMs After Hours: Hiring Loops That Don't Suck",
        "LOCATION:Heliotrope Coworking\\, 1045 Mission St\\, San Francisco\\, CA",
        "DESCRIPTION:Get up-to-date information at: https://lu.ma/emsafterhours-jul",
        "ORGANIZER;CN=SF Eng Leadership Circle:mailto:calendar-invite@lu.ma",
        "ATTENDEE;CN=Theo Marchetti;PARTSTAT=ACCEPTED:mailto:theo.marchetti@example.org",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    h = hdr(addr("SF Eng Leadership Circle", "notifications@luma-mail.com"),
            "Registration confirmed: EMs After Hours: Hiring Loops That Don't Suck",
            "2026-07-16 18:20:04", UTCZ, mid, relay=SES_E)
    return message(h, mixed(alt(text(body), html(page(body))),
                            calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


@mail(nxt(), family="marketing_webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration titled like an interview ('The Engineering Manager Interview: Live Mock "
           "Panel'); a confirmed time, not the candidate's interview")
def hiresignal_webinar() -> bytes:
    mid = "<Ri0pT8sWQ1ufJ3a7Lk9mZg@geopod-ismtpd-12>"
    body = t("""
        Hi Theo Marchetti,

        Thank you for registering for "The Engineering Manager Interview: Live Mock Panel & Q&A".

        Please submit any questions to: events@hiresignal.io

        Date Time: Aug 6, 2026 10:00 AM Pacific Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/83920175544?tk=Vn3q8LzR0xT2mKp5Wd9bYc1Hs7Jf4Ga6

        Passcode: 614992

        Add to Calendar(.ics) | Add to Google Calendar | Add to Yahoo Calendar

        Or One tap mobile:
        +16699006833,,83920175544#,,,,*614992# US (San Jose)

        Webinar ID: 839 2017 5544

        You can cancel your registration at any time.
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "CLASS:PUBLIC", LA_VTZ, "BEGIN:VEVENT", "DTSTAMP:20260731T000512Z",
        "DTSTART;TZID=America/Los_Angeles:20260806T100000", "DTEND;TZID=America/Los_Angeles:20260806T110000",
        "SUMMARY:The Engineering Manager Interview: Live Mock Panel & Q&A",
        "UID:20260731T000512Z-83920175544@fe80:0:0:0:14d8:1ff:fe3a:9b2c",
        "TZID:America/Los_Angeles",
        "DESCRIPTION:Hi Theo Marchetti\\,\\n\\nThank you for registering for \"The Engineering Manager Interview: "
        "Live Mock Panel & Q&A\".\\n\\nJoin from PC\\, Mac\\, iPad\\, or Android: "
        "https://us06web.zoom.us/w/83920175544",
        "LOCATION:https://us06web.zoom.us/w/83920175544", "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY",
        "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    h = hdr(addr("HireSignal Webinars", "no-reply@zoom.us"),
            "Confirmation: The Engineering Manager Interview: Live Mock Panel & Q&A",
            "2026-07-30 17:05:12", LA, mid, relay="o1.ptr5531.zoom.us (o1.ptr5531.zoom.us. [149.72.136.91])",
            extra=(("Reply-To", "events@hiresignal.io"),))
    return message(h, mixed(alt(text(body), html(page(body))),
                            calendar(ics, method=None, cte="base64", filename="iCalendar.ics",
                                     disposition="attachment")))


@mail(nxt(), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-08-20"),),
      note="interviewing.io practice session booked at a fixed time; a mock interview, not a job interview")
def mock_session() -> bytes:
    mid = "<20260814190011.mock.61f2c@interviewing.io>"
    body = t("""
        You're booked!

        Your anonymous mock interview is confirmed.

        Type: System Design (Senior / Staff, manager track)
        When: Thursday, August 20, 2026, 6:00 PM – 7:00 PM Pacific
        Interviewer: an engineering manager at a large tech company (anonymous)

        You'll join from the interviewing.io interview room. Audio only, no video. After the session you'll both leave feedback, and you can choose to unmask if it went well.

        Go to your dashboard: https://interviewing.io/dashboard

        Need to cancel? Please do it at least 24 hours ahead so your interviewer isn't left waiting.

        Happy practicing,
        The interviewing.io team
    """)
    h = hdr(addr("interviewing.io", "noreply@interviewing.io"),
            "You're booked: mock system design interview on Thu, Aug 20 at 6:00 PM PT",
            "2026-08-14 12:00:11", LA, mid, relay=SES_E)
    return message(h, alt(text(body), html(page(body))))


@mail(nxt(), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Podcast host confirms a recording slot where Theo is interviewed about his current work; not a "
           "job interview")
def podcast_recording() -> bytes:
    mid = gmid("shippingit-confirm")
    body = t("""
        Hi Theo!

        Locked in: we'll record your episode on Tuesday 9/15 at 1pm PT over Riverside (link below). Plan for about an hour; we edit it down to ~40 minutes.

        Topic: "Rebuilding on-call without burning out your team". I'll interview you about the Copperline on-call overhaul: what broke, what you changed, and what you'd do differently.

        Riverside studio: https://riverside.fm/studio/shipping-it-ep-112

        Please use headphones and a wired connection if you can. Excited for this one!

        Nora
        Host, Shipping It
    """)
    h = hdr(addr("Nora Castellanos", "nora@shippingitpod.fm"), "Confirmed: Shipping It recording – Tue 9/15",
            "2026-09-08 15:44:20", LA, mid, relay=GMAIL2)
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(nxt(), family="reference_check", lang="en", interview=False, company="Brightline Health",
      days=(("Wed", "2026-09-23"),),
      note="Recruiter books a reference call about Theo's former report; Theo is the reference, not the "
           "candidate; company = the sender's employer")
def reference_call() -> bytes:
    mid = "<CH0PR17MB4818D2A4E6B19C07F3E5A81B2D904@CH0PR17MB4818.namprd17.prod.outlook.com>"
    body = t("""
        Hi Theo,

        Thank you for agreeing to serve as a reference for Alina Costa, who is a finalist for our Staff Engineer role.

        I've sent a calendar hold for Wednesday 9/23 at 4:30pm ET (1:30pm PT) and will call you at 415-555-0161. It should take about 20 minutes. I'll ask about your time managing Alina at Copperline, her strengths, and where she grew the most.

        Everything you share will be kept confidential.

        Best regards,
        Gwen Abernathy
        Talent Acquisition Partner | Brightline Health
    """)
    h = hdr(addr("Gwen Abernathy", "gwen.abernathy@brightlinehealth.com"),
            "Reference call for Alina Costa – Wed 9/23", "2026-09-18 11:26:09", NY, mid, relay=OUTLOOK,
            extra=(("Thread-Topic", enc("Reference call for Alina Costa – Wed 9/23")),
                   ("Content-Language", "en-US")))
    return message(h, alt(text(body), html(page(body, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"))))


@mail(nxt(), family="auto_reply", lang="en", interview=False, company="Stonegate Capital",
      days=(("Wed", "2026-11-04"), ("Wed", "2026-11-11")),
      note="Exchange out-of-office reply to Theo's thank-you note after the final round; 'interview details "
           "remain unchanged' is generic")
def stonegate_ooo() -> bytes:
    mid = "<MN2PR11MB47112F0B6C8E1A3D9E70C4F5A6B21@MN2PR11MB4711.namprd11.prod.outlook.com>"
    body = t("""
        Thank you for your email. I am out of the office from Wednesday, November 4 through Wednesday, November 11 with limited access to email.

        For urgent recruiting matters, please contact talent@stonegatecap.com. If you are a candidate with an interview scheduled during this time, your interview details remain unchanged and your interviewers will be expecting you.

        Best regards,
        Rebecca Lin
    """)
    h = hdr(addr("Rebecca Lin", "rebecca.lin@stonegatecap.com"), "Automatic reply: Thank you - final round",
            "2026-11-04 09:02:44", NY, mid, relay=OUTLOOK,
            extra=(("In-Reply-To", gmid("stonegate-thanks")),
                   ("References", gmid("stonegate-thanks")),
                   ("Thread-Topic", "Thank you - final round"),
                   ("Auto-Submitted", "auto-replied"),
                   ("X-Auto-Response-Suppress", "All"),
                   ("X-MS-Exchange-Inbox-Rules-Loop", "rebecca.lin@stonegatecap.com"),
                   ("Content-Language", "en-US")))
    return message(h, alt(text(body), html(page(body, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"))))


@mail(nxt(), family="bounce", lang="en", interview=False, company=None,
      note="Gmail delivery failure (multipart/report) for Theo's thank-you after the Tidewater onsite; the "
           "returned message talks about 'yesterday' and 'Monday' but confirms nothing")
def thankyou_bounce() -> bytes:
    mid = "<69d5a1c3.0a2b1f.4e7c@mx.google.com>"
    orig_mid = gmid("tidewater-thanks")
    orig_body = t("""
        Hi Marco,

        Thanks for the conversation yesterday during the onsite. I really enjoyed digging into how you're thinking about splitting the platform org, and the story about the 2am tile-cache incident has stuck with me.

        Looking forward to hearing about next steps, and thanks again to you and the team for Monday.

        Best,
        Theo
    """)
    orig = message([("From", ME_TO), ("To", "marco.rinaldi@tidewaterlab.com"),
                    ("Subject", "Thank you!"), ("Date", date("2026-08-11 18:29:49", LA)),
                    ("Message-ID", orig_mid)],
                   alt(text(orig_body), html(gmail_html(orig_body))))
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to marco.rinaldi@tidewaterlab.com because the domain tidewaterlab.com couldn't be found. Check for typos or unnecessary spaces and try again.

        Learn more here: https://support.google.com/mail/?p=BadRcptDomain

        The response was:

        DNS Error: DNS type 'mx' lookup of tidewaterlab.com responded with code NXDOMAIN Domain name not found: tidewaterlab.com
    """)
    status = t(f"""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; theo.marchetti@example.org
        Arrival-Date: {date("2026-08-11 18:29:51", LA)}
        X-Original-Message-ID: {orig_mid}

        Final-Recipient: rfc822; marco.rinaldi@tidewaterlab.com
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of tidewaterlab.com responded with code NXDOMAIN
        Last-Attempt-Date: {date("2026-08-11 18:30:02", LA)}
    """)
    h = hdr(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
            "Delivery Status Notification (Failure)", "2026-08-11 18:30:02", LA, mid,
            relay="mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])",
            extra=(("Auto-Submitted", "auto-replied"), ("In-Reply-To", orig_mid), ("References", orig_mid)))
    report = multipart("report", text(notice, cte="7bit", charset="utf-8"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(orig), params="report-type=delivery-status")
    return message(h, report)


@mail(nxt(), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Substack newsletter about running system design interviews (List-Unsubscribe); mentions the "
           "author's own interview slots, confirms nothing for the reader")
def em_loop_newsletter() -> bytes:
    mid = "<20261008130004.3.7b1f0e5a2c94d8e6@mg-d1.substack.com>"
    body = t("""
        The EM Loop
        How I run the first 10 minutes of a system design interview
        Issue #58 · October 8

        This week I did three system design interviews, Tuesday at 10, Wednesday at 2 and Thursday at 9, and the first ten minutes decided all three. Here's the script I use now, on both sides of the table.

        1. Restate the problem in one sentence. If the candidate can't, the interviewer hasn't framed it well enough.
        2. Agree on scale numbers before drawing anything.
        3. Name the one thing that would make the design fail.

        If you're interviewing right now: ask your recruiter who is on the panel, and look them up. If you're hiring: tell candidates who's on the panel.

        Paid subscribers get my full interviewer rubric and the 12 questions I've retired.

        Read in the app: https://emloop.substack.com/p/first-ten-minutes

        © 2026 The EM Loop
        548 Market Street PMB 72296, San Francisco, CA 94104
        Unsubscribe: https://emloop.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo5MTIzfQ
    """)
    h = hdr(addr("The EM Loop", "emloop@substack.com"), "How I run the first 10 minutes of a system design interview",
            "2026-10-08 13:00:04", UTCZ, mid, relay=MAILGUN,
            extra=(("List-Unsubscribe", "<https://emloop.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo5MTIzfQ>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                   ("List-Id", "<emloop.substack.com>"),
                   ("Precedence", "bulk")))
    return message(h, alt(text(body), html(page(body, style="font-family:Georgia,serif;font-size:16px"))))
