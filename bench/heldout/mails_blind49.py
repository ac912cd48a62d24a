"""blind49: 50 hand-written mails from the inbox of a site reliability engineer in Denver.

Inbox owner: Devin Okafor <devin.okafor@example.org> (America/Denver), applying to companies in
Denver, Boulder, Salt Lake City, Phoenix, Calgary and US remote companies. American English.

Built by ``python3 bench/heldout/make_blind.py blind49``; the MIME plumbing and the checks are
``make.py``'s, imported unchanged. This module only adds the VTIMEZONE blocks it needs and maps
the two Windows zone names it uses ("Mountain Standard Time", "US Mountain Standard Time") for the
checks. Written blind: without reading the detector, its tests or any other held-out set.

File numbers are a fixed shuffle of the writing order (``ORDER``); keys 1-23 are positives.
"""

from __future__ import annotations

import hashlib
import random

import make
from make import (
    Part,
    addr,
    alt,
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

SET = "blind49"
ORDER = random.Random(49049).sample(range(1, 51), 50)
ME = "devin.okafor@example.org"
ME_NAME = "Devin Okafor"
WORK = "devin.okafor@highlinelogistics.com"

# Windows zone names used by the Exchange mails below, for make.py's ICS check.
make.WINDOWS_ZONES.setdefault("Mountain Standard Time", "America/Denver")
make.WINDOWS_ZONES.setdefault("US Mountain Standard Time", "America/Phoenix")

_key = [0]


def reg(**kw):
    """Register the next mail in writing order; its file number comes from ORDER."""
    _key[0] += 1
    return mail(f"{SET}_{ORDER[_key[0] - 1]:03d}", **kw)


def hx(seed: str, n: int = 16) -> str:
    return hashlib.sha256(f"{SET}-{seed}".encode()).hexdigest()[:n]


def rcv(host: str, ip: str, when: str, zone: str, seed: str, to: str = ME, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx1.example.org (Postfix) with ESMTPS id {hx(seed, 11).upper()}", to, lag))


def esc(s: str) -> str:
    """ICS TEXT escaping."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


# --------------------------------------------------------------------------- VTIMEZONE blocks

VTZ = {
    "America/Denver": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "America/Los_Angeles": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "Mountain Standard Time": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "US Mountain Standard Time": """BEGIN:VTIMEZONE
TZID:US Mountain Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
END:STANDARD
END:VTIMEZONE""",
}


# --------------------------------------------------------------------------- calendar producers


def gcal_ics(*, method: str, tzid: str, start: str, end: str, stamp: str, uid: str, org: tuple[str, str],
             guests: list[tuple[str, str, str]], summary: str, description: str, location: str = "",
             seq: int = 0, status: str = "CONFIRMED", created: str | None = None, rrule: str | None = None) -> str:
    """Google Calendar's shape: IANA TZID, 1970 anchors, CN=address for guests without a name."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", VTZ[tzid], "BEGIN:VEVENT",
             f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}"]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += [f"DTSTAMP:{stamp}", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{uid}"]
    for cn, mailto, partstat in guests:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE"
                     f";CN={cn};X-NUM-GUESTS=0:mailto:{mailto}")
    lines += [f"CREATED:{created or stamp}", f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{stamp}",
              f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}",
              "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def exch_ics(*, method: str, tzid: str, start: str, end: str, stamp: str, uid: str, org: tuple[str, str],
             guests: list[tuple[str, str]], summary: str, description: str, location: str, seq: int = 0,
             status: str = "CONFIRMED", busy: str = "TENTATIVE", priority: int = 5) -> str:
    """Exchange Online's shape: Windows TZID, 1601 anchors, X-MICROSOFT-CDO-* properties."""
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             VTZ[tzid], "BEGIN:VEVENT", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"]
    for cn, mailto in guests:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{mailto}")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(summary)}", f"DTSTART;TZID={tzid}:{start}",
              f"DTEND;TZID={tzid}:{end}", "CLASS:PUBLIC", f"PRIORITY:{priority}", f"DTSTAMP:{stamp}",
              "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(uid, 7), 16)}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def exch_uid(seed: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + hx(seed, 16).upper() + "0000000000000000" + hx(
        seed + "b", 32).upper()


def outlook_mid(seed: str, pod: str) -> str:
    return f"<{pod}{hx(seed, 8).upper()}{hx(seed + 'x', 32).upper()}@{pod}.namprd{int(hx(seed, 2), 16) % 20:02d}.prod.outlook.com>"


def gmail_mid(seed: str) -> str:
    return f"<CA{hx(seed, 4).upper()}{hx(seed + '1', 24)}+{hx(seed + '2', 10).upper()}@mail.gmail.com>"


TEAMS = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
    Meeting ID: {mtg}
    Passcode: {pwd}
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Or call in (audio only)
    {dial}
    Phone Conference ID: {pin}#
    Find a local number<https://dialin.teams.microsoft.com/{tid}?id={pinraw}> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


def teams(seed: str, dial: str) -> str:
    pin = str(int(hx(seed + "pin", 8), 16))[:9]
    mtg = str(int(hx(seed + "mtg", 12), 16))[:12]
    return TEAMS.format(mid=hx(seed, 32), tid=hx(seed + "tid", 8) + "-" + hx(seed + "t2", 4) + "-4c1e-9d3a-" + hx(seed + "t3", 12),
                        mtg=" ".join([mtg[0:3], mtg[3:6], mtg[6:9], mtg[9:12]]), pwd=hx(seed + "pwd", 6),
                        dial=dial.format(pin=pin), pin=" ".join([pin[0:3], pin[3:6], pin[6:9]]), pinraw=pin)


def teams_html(body_text: str) -> str:
    import html as _h

    paras = "".join(f"<p class=\"MsoNormal\">{_h.escape(p) if p else '&nbsp;'}</p>\n" for p in body_text.split("\n"))
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "</head><body lang=\"EN-US\" link=\"#0563C1\" vlink=\"#954F72\">\n"
            "<div class=\"WordSection1\">\n" + paras + "</div></body></html>\n")


# =========================================================================== POSITIVES (keys 1-23)


@reg(family="greenhouse", lang="en", interview=True, kind="scheduled", company="Tallgrass Data",
     start="2026-03-10T16:30:00Z", end="2026-03-10T17:00:00Z", contact="lena.vasquez@tallgrassdata.com",
     local="Tue 2026-03-10 10:30", local_end="2026-03-10 11:00", zone="America/Denver",
     note="Greenhouse scheduled notice sent Thu 5 Mar (MST); the screen is Tue 10 Mar, after US DST began on "
          "8 Mar, so 10:30-11:00 MDT = 16:30-17:00Z; ICS attached (America/Denver); contact = Reply-To recruiter")
def p01_greenhouse_tallgrass() -> bytes:
    when, zone = "2026-03-05 09:14", "America/Denver"
    plain = t("""
        Hi Devin,

        Thanks for making time to chat with us! Your interview for the Site Reliability Engineer
        position at Tallgrass Data is confirmed. The details are below and a calendar invite is
        attached.

        Interview: Recruiter Phone Screen
        Date: Tuesday, March 10th, 2026
        Time: 10:30 AM - 11:00 AM MDT
        Interviewer: Lena Vasquez, Technical Recruiter
        Location: Phone call - Lena will call you at the number on your application

        If something comes up and you need to move it, just reply to this email.

        Looking forward to it,
        Lena Vasquez
        Technical Recruiter | Tallgrass Data
        1550 Larimer St, Suite 400, Denver, CO 80202

        --
        Powered by Greenhouse
        """)
    htm = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#333333">
        <p>Hi Devin,</p>
        <p>Thanks for making time to chat with us! Your interview for the <strong>Site Reliability Engineer</strong>
        position at Tallgrass Data is confirmed. The details are below and a calendar invite is attached.</p>
        <table cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:14px">
        <tr><td style="color:#777">Interview:</td><td>Recruiter Phone Screen</td></tr>
        <tr><td style="color:#777">Date:</td><td>Tuesday, March 10th, 2026</td></tr>
        <tr><td style="color:#777">Time:</td><td>10:30 AM - 11:00 AM MDT</td></tr>
        <tr><td style="color:#777">Interviewer:</td><td>Lena Vasquez, Technical Recruiter</td></tr>
        <tr><td style="color:#777">Location:</td><td>Phone call - Lena will call you at the number on your application</td></tr>
        </table>
        <p>If something comes up and you need to move it, just reply to this email.</p>
        <p>Looking forward to it,<br>Lena Vasquez<br>Technical Recruiter | Tallgrass Data<br>
        1550 Larimer St, Suite 400, Denver, CO 80202</p>
        <p style="font-size:11px;color:#999999">Powered by <a href="https://www.greenhouse.io" style="color:#999999">Greenhouse</a></p>
        <img src="https://app.greenhouse.io/email_open/t/{hx}.gif" width="1" height="1" alt="">
        </body></html>
        """).replace("{hx}", hx("p01open", 24))
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software Inc//Greenhouse Scheduling//EN",
        "METHOD:REQUEST", VTZ["America/Denver"], "BEGIN:VEVENT",
        f"UID:greenhouse-interview-{hx('p01uid', 20)}@greenhouse.io", "DTSTAMP:20260305T161400Z",
        "DTSTART;TZID=America/Denver:20260310T103000", "DTEND;TZID=America/Denver:20260310T110000",
        "SUMMARY:Recruiter Phone Screen - Devin Okafor (Tallgrass Data)",
        "DESCRIPTION:" + esc("Recruiter Phone Screen for Site Reliability Engineer.\nLena will call you."),
        "LOCATION:Phone call",
        "ORGANIZER;CN=Lena Vasquez:mailto:lena.vasquez@tallgrassdata.com",
        "ATTENDEE;CN=Devin Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:devin.okafor@example.org",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment",
                          name_param=True))
    hs = [("Delivered-To", ME), rcv("o12.us.greenhouse-mail.io", "167.89.44.210", when, zone, "p01"),
          ("From", addr("Lena Vasquez", "no-reply@us.greenhouse-mail.io")),
          ("Reply-To", addr("Lena Vasquez", "lena.vasquez@tallgrassdata.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Interview Confirmation: Site Reliability Engineer at Tallgrass Data"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('p01mid', 24)}@us.greenhouse-mail.io>")]
    return message(hs, body)


@reg(family="lever", lang="en", interview=True, kind="scheduled", company="Switchback Robotics",
     start="2026-02-18T20:00:00Z", end="2026-02-18T21:00:00Z", contact="owen.pruitt@switchbackrobotics.com",
     local="Wed 2026-02-18 13:00", local_end="2026-02-18 14:00", zone="America/Denver",
     note="Lever confirmation, 'Wednesday, February 18 · 1:00 – 2:00pm (MST)' = 20:00-21:00Z (winter, UTC-7); "
          "contact = Reply-To hiring manager")
def p02_lever_switchback() -> bytes:
    when, zone = "2026-02-11 14:02", "America/Denver"
    plain = t("""
        Hi Devin,

        You're all set! Here are the details for your upcoming interview with Switchback Robotics.

        Technical Interview — Infrastructure & Reliability
        Wednesday, February 18 · 1:00 – 2:00pm (MST)

        Google Meet: https://meet.google.com/wqx-hbzt-kpo
        Join by phone: +1 719-555-0133 PIN: 482 119 307#

        Interviewers
        Owen Pruitt, Engineering Manager, Platform
        Sasha Lindgren, Staff SRE

        This one is conversational: expect to walk through an outage you worked, then some Linux
        and networking troubleshooting. No coding environment needed.

        Need to make a change? Reply to this email and we'll take care of it.

        Switchback Robotics
        2500 Central Ave, Boulder, CO 80301
        """)
    htm = t("""
        <html><body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center">
        <table width="560" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#1d1f21">
        <tr><td>
        <p>Hi Devin,</p>
        <p>You&#39;re all set! Here are the details for your upcoming interview with Switchback Robotics.</p>
        <div style="border-left:3px solid #3f8efc;padding-left:12px">
        <p style="margin:0;font-weight:600">Technical Interview — Infrastructure &amp; Reliability</p>
        <p style="margin:4px 0 0 0">Wednesday, February 18 · 1:00 – 2:00pm (MST)</p>
        </div>
        <p>Google Meet: <a href="https://meet.google.com/wqx-hbzt-kpo">meet.google.com/wqx-hbzt-kpo</a><br>
        Join by phone: +1 719-555-0133 PIN: 482 119 307#</p>
        <p><strong>Interviewers</strong><br>Owen Pruitt, Engineering Manager, Platform<br>Sasha Lindgren, Staff SRE</p>
        <p>This one is conversational: expect to walk through an outage you worked, then some Linux and networking
        troubleshooting. No coding environment needed.</p>
        <p>Need to make a change? Reply to this email and we&#39;ll take care of it.</p>
        <p style="color:#8a8f98;font-size:12px">Switchback Robotics · 2500 Central Ave, Boulder, CO 80301</p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    body = alt(text(plain), html(htm))
    hs = [("Delivered-To", ME), rcv("a27-14.smtp-out.us-west-2.amazonses.com", "54.240.27.14", when, zone, "p02"),
          ("From", addr("Switchback Robotics", "no-reply@hire.lever.co")),
          ("Reply-To", addr("Owen Pruitt", "owen.pruitt@switchbackrobotics.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", enc("Your interview with Switchback Robotics is confirmed – Site Reliability Engineer")),
          ("Date", date(when, zone)),
          ("Message-ID", f"<0101019c4e{hx('p02', 14)}-{hx('p02a', 8)}-{hx('p02b', 4)}-{hx('p02c', 4)}-{hx('p02d', 12)}-000000@us-west-2.amazonses.com>")]
    return message(hs, body)


@reg(family="ashby", lang="en", interview=True, kind="scheduled", company="Quillfeather",
     start="2026-03-12T16:00:00Z", end="2026-03-12T16:45:00Z", contact="tomasz.reyes@quillfeather.com",
     local="Thu 2026-03-12 09:00", local_end="2026-03-12 09:45", zone="America/Los_Angeles",
     note="Ashby scheduled, written in Pacific: 'Thursday, March 12, 2026 9:00 AM – 9:45 AM PDT'; mail sent "
          "Fri 6 Mar in PST, interview after 8 Mar so PDT (UTC-7) = 16:00-16:45Z; base64 parts; ICS in "
          "America/Los_Angeles; contact = Reply-To recruiter")
def p03_ashby_quillfeather() -> bytes:
    when, zone = "2026-03-06 16:20", "America/Los_Angeles"
    plain = t("""
        Hi Devin,

        Your interview with Quillfeather has been scheduled. We're excited to talk with you!

        Systems Design Interview
        Thursday, March 12, 2026
        9:00 AM – 9:45 AM PDT

        Interviewer: Nadia Okonkwo-Hart (Staff Engineer, Infrastructure)

        Join with Zoom: https://quillfeather.zoom.us/j/86423109977?pwd=bXF2c2RqTnRvY1h1

        Nadia will share a whiteboard link at the start. Please reply to this email if you have
        any questions or need to reschedule — it goes straight to Tomasz.

        Quillfeather Recruiting
        """)
    htm = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#20252b">
        <p>Hi Devin,</p>
        <p>Your interview with Quillfeather has been scheduled. We&#x27;re excited to talk with you!</p>
        <div style="border:1px solid #e3e6ea;border-radius:8px;padding:16px;margin:16px 0">
        <div style="font-size:16px;font-weight:600">Systems Design Interview</div>
        <div>Thursday, March 12, 2026</div>
        <div>9:00 AM – 9:45 AM PDT</div>
        <div style="margin-top:8px;color:#5b6470">Interviewer: Nadia Okonkwo-Hart (Staff Engineer, Infrastructure)</div>
        <div style="margin-top:12px"><a href="https://quillfeather.zoom.us/j/86423109977?pwd=bXF2c2RqTnRvY1h1"
        style="background:#4b3fd6;color:#ffffff;padding:8px 14px;border-radius:6px;text-decoration:none">Join with Zoom</a></div>
        </div>
        <p>Nadia will share a whiteboard link at the start. Please reply to this email if you have any questions or
        need to reschedule — it goes straight to Tomasz.</p>
        <p>Quillfeather Recruiting</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", VTZ["America/Los_Angeles"], "BEGIN:VEVENT",
        f"UID:{hx('p03uid', 8)}-{hx('p03u2', 4)}-{hx('p03u3', 4)}-{hx('p03u4', 4)}-{hx('p03u5', 12)}",
        "DTSTAMP:20260307T002000Z",
        "DTSTART;TZID=America/Los_Angeles:20260312T090000", "DTEND;TZID=America/Los_Angeles:20260312T094500",
        "SEQUENCE:0", "SUMMARY:Quillfeather – Systems Design Interview (Devin Okafor)",
        "LOCATION:https://quillfeather.zoom.us/j/86423109977?pwd=bXF2c2RqTnRvY1h1",
        "ORGANIZER;CN=Tomasz Reyes:mailto:tomasz.reyes@quillfeather.com",
        "ATTENDEE;CN=Devin Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:devin.okafor@example.org",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain, cte="base64"), html(htm, cte="base64")),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    hs = [("Delivered-To", ME), rcv("a8-33.smtp-out.amazonses.com", "54.240.8.33", when, zone, "p03"),
          ("From", addr("Quillfeather", "no-reply@ashbyhq.com")),
          ("Reply-To", addr("Tomasz Reyes", "tomasz.reyes@quillfeather.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Interview scheduled: Senior Site Reliability Engineer at Quillfeather"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<010001{hx('p03', 10)}-{hx('p03a', 8)}-{hx('p03b', 4)}-{hx('p03c', 4)}-{hx('p03d', 12)}-000000@email.amazonses.com>")]
    return message(hs, body)


@reg(family="workday", lang="en", interview=True, kind="scheduled", company="Red Butte Health",
     start="2026-11-05T16:00:00Z", end="2026-11-05T17:00:00Z", contact="shauna.pettersen@redbuttehealth.org",
     local="Thu 2026-11-05 09:00", local_end="2026-11-05 10:00", zone="America/Denver",
     note="Workday HTML-only invitation from a system mailbox, Salt Lake City; '11/05/2026 09:00 AM - 10:00 AM "
          "Mountain Standard Time' - sent 29 Oct in MDT, interview after the 1 Nov fall-back, so UTC-7 = "
          "16:00-17:00Z; contact = recruiter address in the body")
def p04_workday_redbutte() -> bytes:
    when, zone = "2026-10-29 10:45", "America/Denver"
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="padding:18px 0;border-bottom:4px solid #9e1b32"><img src="https://redbuttehealth.wd5.myworkdayjobs.com/wday/cxs/redbuttehealth/External/sidebarimage/logo" alt="Red Butte Health" height="40"></td></tr>
        <tr><td style="padding:20px 0">
        <p>Dear Devin,</p>
        <p>Thank you for your interest in the <b>Site Reliability Engineer II (R-24417)</b> position with Red Butte Health.
        We are pleased to invite you to a virtual interview with the Cloud Infrastructure team.</p>
        <table cellpadding="3" cellspacing="0" border="0" style="font-size:13px">
        <tr><td width="110"><b>Date:</b></td><td>11/05/2026</td></tr>
        <tr><td><b>Time:</b></td><td>09:00 AM - 10:00 AM Mountain Standard Time</td></tr>
        <tr><td><b>Format:</b></td><td>Microsoft Teams (the meeting link will be sent by the hiring manager)</td></tr>
        <tr><td valign="top"><b>Interviewers:</b></td><td>Carl Jeppson, Manager, Cloud Infrastructure<br>Anika Rowe, Senior Systems Engineer</td></tr>
        </table>
        <p>If you have questions or need to make a change, please contact Shauna Pettersen at
        <a href="mailto:shauna.pettersen@redbuttehealth.org">shauna.pettersen@redbuttehealth.org</a> or 801-555-0162.</p>
        <p>You can review your application at any time from <a href="https://redbuttehealth.wd5.myworkdayjobs.com/en-US/External/userHome">Candidate Home</a>.</p>
        <p>Sincerely,<br>Red Butte Health Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#888888;border-top:1px solid #dddddd;padding-top:8px">This email was sent from an
        unmonitored mailbox. Please do not reply to this message. Red Butte Health is an Equal Opportunity Employer.</td></tr>
        </table>
        </body></html>
        """)
    hs = [("Delivered-To", ME), rcv("mx0b-00163f01.pphosted.com", "148.163.151.18", when, zone, "p04"),
          ("From", addr("Red Butte Health", "redbuttehealth@myworkday.com")),
          ("To", ME),
          ("Subject", "Interview Invitation - Site Reliability Engineer II (R-24417)"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{int(hx('p04', 10), 16)}.{int(hx('p04a', 6), 16)}.JavaMail.wd5prvwkjobs@wd5-prv-jobs-{int(hx('p04b', 2), 16) % 9}.myworkday.com>")]
    return message(hs, html(htm))


@reg(family="icims", lang="en", interview=True, kind="scheduled", company="Saguaro Mutual",
     start="2026-07-14T21:00:00Z", end=None, contact="marcus.villanueva@saguaromutual.com",
     local="Tue 2026-07-14 14:00", zone="America/Phoenix",
     note="iCIMS confirmation, windows-1252 QP; '2:00 PM Arizona time (MST)' in July: Arizona has no DST so "
          "UTC-7 = 21:00Z (the mail also says 3:00 PM MDT); 'approximately 45 minutes' -> end null; contact = "
          "talent partner in the body")
def p05_icims_saguaro() -> bytes:
    when, zone = "2026-07-08 13:10", "America/Phoenix"
    plain = t("""
        Dear Devin,

        Thank you for your interest in Saguaro Mutual! We’d like to confirm your interview for the
        Site Reliability Engineer (Req #2026-1184) position.

        Interview Type: Video Interview (Webex)
        Date: Tuesday, July 14, 2026
        Time: 2:00 PM Arizona time (MST)
        Length: approximately 45 minutes
        Interviewer(s): Marcus Villanueva – IT Talent Partner; Deb Kowalczyk – Director, Infrastructure Operations

        Please note that Arizona does not observe Daylight Saving Time. If you are joining from the
        Mountain Daylight Time zone, your start time is 3:00 PM.

        Webex: https://saguaromutual.webex.com/meet/mvillanueva

        If you need to reschedule, please contact Marcus Villanueva at
        marcus.villanueva@saguaromutual.com or (602) 555-0193.

        We look forward to speaking with you!

        Saguaro Mutual Talent Acquisition
        ________________________________
        This message was sent to devin.okafor@example.org by Saguaro Mutual’s recruiting system.
        """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><div style="font-family:Verdana,Geneva,sans-serif;font-size:12px">
        <p>Dear Devin,</p>
        <p>Thank you for your interest in Saguaro Mutual! We’d like to confirm your interview for the
        Site Reliability Engineer (Req #2026-1184) position.</p>
        <p><b>Interview Type:</b> Video Interview (Webex)<br>
        <b>Date:</b> Tuesday, July 14, 2026<br>
        <b>Time:</b> 2:00 PM Arizona time (MST)<br>
        <b>Length:</b> approximately 45 minutes<br>
        <b>Interviewer(s):</b> Marcus Villanueva – IT Talent Partner; Deb Kowalczyk – Director, Infrastructure Operations</p>
        <p><i>Please note that Arizona does not observe Daylight Saving Time. If you are joining from the Mountain
        Daylight Time zone, your start time is 3:00 PM.</i></p>
        <p>Webex: <a href="https://saguaromutual.webex.com/meet/mvillanueva">https://saguaromutual.webex.com/meet/mvillanueva</a></p>
        <p>If you need to reschedule, please contact Marcus Villanueva at
        <a href="mailto:marcus.villanueva@saguaromutual.com">marcus.villanueva@saguaromutual.com</a> or (602) 555-0193.</p>
        <p>We look forward to speaking with you!</p>
        <p>Saguaro Mutual Talent Acquisition</p>
        <hr size="1"><p style="font-size:10px;color:#777">This message was sent to devin.okafor@example.org by Saguaro
        Mutual’s recruiting system.</p>
        </div></body></html>
        """)
    body = alt(text(plain, charset="windows-1252"), html(htm, charset="windows-1252"))
    hs = [("Delivered-To", ME), rcv("mta12.talent.icims.com", "66.187.73.112", when, zone, "p05"),
          ("From", addr("Saguaro Mutual Talent Acquisition", "saguaromutual@talent.icims.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Interview Confirmation - Site Reliability Engineer (2026-1184)"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('p05', 20)}.icims.{int(hx('p05a', 8), 16)}@talent.icims.com>")]
    return message(hs, body)


@reg(family="jobvite", lang="en", interview=True, kind="scheduled", company="Copperline Networks",
     start="2026-10-30T21:00:00Z", end="2026-10-30T22:00:00Z", contact="gina.albright@copperlinenet.com",
     local="Fri 2026-10-30 15:00", local_end="2026-10-30 16:00", zone="America/Denver",
     note="Jobvite interview scheduled, '(GMT-06:00) Mountain Time' on Fri 30 Oct (still MDT, two days before "
          "fall-back) = 21:00-22:00Z; ICS in UTC (base64 attachment); contact = Reply-To recruiter (also ORGANIZER)")
def p06_jobvite_copperline() -> bytes:
    when, zone = "2026-10-26 08:30", "America/Denver"
    plain = t("""
        Hello Devin,

        Your interview has been scheduled. Please see the details below.

        Job: Site Reliability Engineer III (Req ID: CN-0419)
        Interview: Panel Interview - Engineering
        When: Friday, October 30, 2026 3:00 PM - 4:00 PM (GMT-06:00) Mountain Time (US & Canada)
        Where: Zoom - https://copperlinenet.zoom.us/j/93307712450
        Interviewers: Gina Albright, Tomás Ybarra, Wen Zhao

        Please accept the attached calendar invitation. If you have any questions, reply to this
        message to reach Gina Albright.

        Thank you,
        Copperline Networks Talent Team
        """)
    htm = t("""
        <html><body>
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hello Devin,</p>
        <p>Your interview has been scheduled. Please see the details below.</p>
        <p><b>Job:</b> Site Reliability Engineer III (Req ID: CN-0419)<br>
        <b>Interview:</b> Panel Interview - Engineering<br>
        <b>When:</b> Friday, October 30, 2026 3:00 PM - 4:00 PM (GMT-06:00) Mountain Time (US &amp; Canada)<br>
        <b>Where:</b> Zoom - <a href="https://copperlinenet.zoom.us/j/93307712450">https://copperlinenet.zoom.us/j/93307712450</a><br>
        <b>Interviewers:</b> Gina Albright, Tomás Ybarra, Wen Zhao</p>
        <p>Please accept the attached calendar invitation. If you have any questions, reply to this message to reach
        Gina Albright.</p>
        <p>Thank you,<br>Copperline Networks Talent Team</p>
        <p style="font-size:11px;color:#999">Powered by Jobvite</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Jobvite//Interview Scheduler 3.0//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{hx('p06uid', 32)}@jobvite.com", "DTSTAMP:20261026T143000Z",
        "DTSTART:20261030T210000Z", "DTEND:20261030T220000Z",
        "SUMMARY:Interview: Devin Okafor - Site Reliability Engineer III",
        "DESCRIPTION:" + esc("Panel Interview - Engineering\nInterviewers: Gina Albright, Tomás Ybarra, Wen Zhao\n"
                             "Zoom: https://copperlinenet.zoom.us/j/93307712450"),
        "LOCATION:https://copperlinenet.zoom.us/j/93307712450",
        "ORGANIZER;CN=Gina Albright:mailto:gina.albright@copperlinenet.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Devin Okafor:mailto:devin.okafor@example.org",
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="Interview.ics",
                          disposition="attachment", name_param=True))
    hs = [("Delivered-To", ME), rcv("mail2.jobvite.com", "64.94.108.21", when, zone, "p06"),
          ("From", addr("Copperline Networks", "noreply@jobvite.com")),
          ("Reply-To", addr("Gina Albright", "gina.albright@copperlinenet.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Interview Scheduled: Site Reliability Engineer III"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('p06mid', 12)}.{int(hx('p06b', 8), 16)}@jobvite.com>")]
    return message(hs, body)


@reg(family="goodtime", lang="en", interview=True, kind="scheduled", company="Flatiron Ledger",
     start="2026-12-03T16:00:00Z", end="2026-12-03T19:00:00Z", contact="pcastellanos@flatironledger.com",
     local="Thu 2026-12-03 09:00", local_end="2026-12-03 12:00", zone="America/Denver",
     note="GoodTime virtual-onsite itinerary for 'Thursday, 12/3', three sessions 9:00 AM-12:00 PM MST: start = "
          "first session 16:00Z, end = last session 19:00Z; no ICS (one invite per interviewer, sent "
          "separately); contact = Reply-To coordinator")
def p07_goodtime_flatiron() -> bytes:
    when, zone = "2026-11-25 15:00", "America/Denver"
    plain = t("""
        Hi Devin,

        We're looking forward to your virtual onsite with Flatiron Ledger! Here's your itinerary for
        Thursday, 12/3. All times are Mountain Standard Time (MST).

          9:00 AM – 9:45 AM    Intro & Team Overview — Julia Sorensen (Engineering Manager, SRE)
          10:00 AM – 11:00 AM  Troubleshooting Exercise — Ravi Menon, Hollis Grant
          11:15 AM – 12:00 PM  Values & Collaboration — Dee Alvarado (Director of Infrastructure)

        Each session has its own Zoom link in the calendar invite from that interviewer. The breaks
        between sessions are yours; grab a coffee.

        Questions before the big day? Just reply here and it'll reach me.

        Priya Castellanos
        Recruiting Coordinator, Flatiron Ledger

        Sent with GoodTime
        """)
    rows = [("9:00 AM – 9:45 AM", "Intro &amp; Team Overview", "Julia Sorensen (Engineering Manager, SRE)"),
            ("10:00 AM – 11:00 AM", "Troubleshooting Exercise", "Ravi Menon, Hollis Grant"),
            ("11:15 AM – 12:00 PM", "Values &amp; Collaboration", "Dee Alvarado (Director of Infrastructure)")]
    trs = "\n".join(f'<tr><td style="padding:8px;border-bottom:1px solid #eee;white-space:nowrap">{a}</td>'
                    f'<td style="padding:8px;border-bottom:1px solid #eee"><b>{b}</b><br>'
                    f'<span style="color:#666">{c}</span></td></tr>' for a, b, c in rows)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Devin,</p>
        <p>We&#39;re looking forward to your virtual onsite with Flatiron Ledger! Here&#39;s your itinerary for
        <b>Thursday, 12/3</b>. All times are Mountain Standard Time (MST).</p>
        <table cellspacing="0" cellpadding="0" style="border-collapse:collapse;margin:12px 0">
        {rows}
        </table>
        <p>Each session has its own Zoom link in the calendar invite from that interviewer. The breaks between
        sessions are yours; grab a coffee.</p>
        <p>Questions before the big day? Just reply here and it&#39;ll reach me.</p>
        <p>Priya Castellanos<br>Recruiting Coordinator, Flatiron Ledger</p>
        <p style="font-size:11px;color:#aaa">Sent with GoodTime</p>
        </body></html>
        """).replace("{rows}", trs)
    hs = [("Delivered-To", ME), rcv("o3.mail.goodtime.io", "149.72.134.9", when, zone, "p07"),
          ("From", addr("Flatiron Ledger Recruiting", "scheduling@mail.goodtime.io")),
          ("Reply-To", addr("Priya Castellanos", "pcastellanos@flatironledger.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", enc("Your virtual onsite with Flatiron Ledger – Thu, 12/3")),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('p07', 22)}@geopod-ismtpd-{int(hx('p07a', 2), 16) % 40}>")]
    return message(hs, alt(text(plain), html(htm)))


@reg(family="modernloop", lang="en", interview=True, kind="scheduled", company="Parallax Pay",
     start="2026-03-09T16:00:00Z", end="2026-03-09T17:00:00Z", contact="hannah.birch@parallaxpay.com",
     local="Mon 2026-03-09 10:00", local_end="2026-03-09 11:00", zone="America/Denver",
     note="ModernLoop confirmation shown in the candidate's zone: 'Mon, Mar 9, 2026 10:00 AM - 11:00 AM MDT "
          "(America/Denver)'; sent Wed 4 Mar (EST/MST), interview the day after US DST began = 16:00-17:00Z; "
          "contact = Reply-To recruiter")
def p08_modernloop_parallax() -> bytes:
    when, zone = "2026-03-04 16:02", "UTC"
    plain = t("""
        Hi Devin,

        Your interview with Parallax Pay has been confirmed!

        Senior Site Reliability Engineer — Hiring Manager Interview
        Mon, Mar 9, 2026
        10:00 AM - 11:00 AM MDT (America/Denver)

        Interviewer: Andre Whitcomb, Head of Infrastructure
        Video: Google Meet — meet.google.com/pyx-rfde-mwu

        A calendar invitation has been sent separately. If you have questions, reply to this email
        to reach Hannah Birch.

        Hannah Birch | Talent, Parallax Pay

        Scheduled with ModernLoop · modernloop.io
        """)
    htm = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="background:#f7f7fb;margin:0;padding:24px;font-family:-apple-system,BlinkMacSystemFont,Segoe UI,Roboto,sans-serif">
        <div style="max-width:520px;margin:0 auto;background:#fff;border-radius:10px;padding:28px;color:#1a1a2e;font-size:14px">
        <p>Hi Devin,</p>
        <p>Your interview with <b>Parallax Pay</b> has been confirmed!</p>
        <div style="background:#f1f0ff;border-radius:8px;padding:14px 16px">
        <div style="font-weight:600">Senior Site Reliability Engineer — Hiring Manager Interview</div>
        <div>Mon, Mar 9, 2026</div>
        <div>10:00 AM - 11:00 AM MDT (America/Denver)</div>
        </div>
        <p><b>Interviewer:</b> Andre Whitcomb, Head of Infrastructure<br>
        <b>Video:</b> Google Meet — <a href="https://meet.google.com/pyx-rfde-mwu">meet.google.com/pyx-rfde-mwu</a></p>
        <p>A calendar invitation has been sent separately. If you have questions, reply to this email to reach Hannah Birch.</p>
        <p>Hannah Birch | Talent, Parallax Pay</p>
        </div>
        <p style="text-align:center;color:#9a9ab0;font-size:11px">Scheduled with ModernLoop · modernloop.io</p>
        </body></html>
        """)
    hs = [("Delivered-To", ME), rcv("o1.ptr4721.modernloop.io", "159.183.42.77", when, zone, "p08"),
          ("From", addr("Parallax Pay via ModernLoop", "scheduling@modernloop.io")),
          ("Reply-To", addr("Hannah Birch", "hannah.birch@parallaxpay.com")),
          ("To", ME),
          ("Subject", "Interview Confirmation: Parallax Pay - Senior Site Reliability Engineer"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('p08', 22)}@geopod-ismtpd-{int(hx('p08a', 2), 16) % 40}>")]
    return message(hs, alt(text(plain), html(htm)))


@reg(family="calendly", lang="en", interview=True, kind="scheduled", company="Aspen Grove Software",
     start="2026-04-22T14:30:00Z", end="2026-04-22T15:00:00Z", contact="mike.ostrander@aspengrovesoftware.com",
     local="Wed 2026-04-22 08:30", local_end="2026-04-22 09:00", zone="America/Denver",
     note="Calendly invitee confirmation of a coffee chat with the hiring manager about his open role (counted "
          "as an interview); '08:30am - 09:00am (Mountain Time - US & Canada)' in April = MDT = 14:30-15:00Z; "
          "contact = Reply-To host")
def p09_calendly_aspengrove() -> bytes:
    when, zone = "2026-04-17 19:41", "UTC"
    plain = t("""
        Hi Devin Okafor,

        Your Coffee chat (30 min) with Mike Ostrander at 08:30am (Mountain Time - US & Canada) on Wednesday, April 22, 2026 is scheduled.

        Event Type:
        Coffee chat (30 min)

        Event Date/Time:
        08:30am - 09:00am (Mountain Time - US & Canada) on Wednesday, April 22, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/tbd-kqzr-ejo

        Description:
        Informal chat about the Platform Reliability role on my team at Aspen Grove. No prep needed, bring questions!

        Questions:
        Please share anything that will help prepare for our meeting.
        Resume is on the application, excited to chat.

        View event in Calendly: https://calendly.com/events/{ev}

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/{ev}
        Reschedule: https://calendly.com/reschedulings/{ev}

        Powered by Calendly.com
        """).replace("{ev}", "-".join([hx("p09ev", 8), hx("p09e2", 4), hx("p09e3", 4), hx("p09e5", 4), hx("p09e4", 12)]))
    paras = plain.rstrip("\n").replace("&", "&amp;").split("\n\n")
    htm = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#4d5055\">\n"
           + "".join("<p>" + para.replace("\n", "<br>\n") + "</p>\n" for para in paras) + "</body></html>\n")
    hs = [("Delivered-To", ME), rcv("o2.email.calendly.com", "167.89.115.56", when, zone, "p09"),
          ("From", addr("Calendly", "notifications@calendly.com")),
          ("Reply-To", addr("Mike Ostrander", "mike.ostrander@aspengrovesoftware.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Confirmed: Coffee chat (30 min) with Mike Ostrander on Wednesday, April 22, 2026"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('p09', 22)}@geopod-ismtpd-{int(hx('p09a', 2), 16) % 40}>")]
    return message(hs, alt(text(plain), html(htm)))


@reg(family="google_calendar", lang="en", interview=True, kind="scheduled", company="Kestrel Analytics",
     start="2026-11-06T16:00:00Z", end="2026-11-06T20:00:00Z", contact="rachel.kim@kestrelanalytics.com",
     local="Fri 2026-11-06 09:00", local_end="2026-11-06 13:00", zone="America/Denver",
     note="Google Calendar invitation for an in-person onsite, 'Fri Nov 6, 2026 9am - 1pm (MST)'; sent Fri 30 Oct "
          "in MDT, the onsite is after the 1 Nov fall-back, so UTC-7 = 16:00-20:00Z; ICS America/Denver; "
          "contact = ORGANIZER/Reply-To recruiter")
def p10_gcal_kestrel() -> bytes:
    when, zone = "2026-10-30 16:05", "America/Denver"
    eid = hx("p10eid", 40)
    note = ("Hi Devin! Here's the plan for Friday. Check in at the front desk on 4 and ask for me.\n\n"
            "9:00 Welcome + coffee (Rachel)\n9:15 Systems design: multi-region failover (Tanvir, Ellie)\n"
            "10:30 Incident scenario / debugging (Marco, Jess)\n11:30 Lunch with the team\n"
            "12:15 Hiring manager conversation (Sunita Rao)\n\nParking: validated at the Wazee garage.")
    plain = t("""
        Kestrel Analytics – Onsite Interview (Devin Okafor)
        Friday Nov 6, 2026 ⋅ 9am – 1pm
        Mountain Time - Denver

        Location
        Kestrel Analytics, 1899 Wazee St, 4th floor, Denver, CO 80202
        https://www.google.com/maps/search/1899+Wazee+St,+4th+floor,+Denver,+CO+80202?hl=en

        {note}

        Guests
        Rachel Kim - organizer
        Sunita Rao
        devin.okafor@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Reply for devin.okafor@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer,
        be added to the guest list, invite others regardless of their own invitation status, or
        modify your RSVP.
        """).replace("{note}", note).replace("{eid}", eid)
    import html as _h
    htm = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Kestrel Analytics – Onsite Interview (Devin Okafor)</h2>
        <table cellpadding="0" cellspacing="0"><tr><td style="padding-right:24px;color:#70757a">When</td>
        <td>Friday Nov 6, 2026 ⋅ 9am – 1pm (Mountain Time - Denver)</td></tr>
        <tr><td style="padding-right:24px;color:#70757a">Location</td><td>Kestrel Analytics, 1899 Wazee St, 4th floor, Denver, CO 80202</td></tr>
        <tr><td style="padding-right:24px;color:#70757a">Guests</td><td><a href="mailto:rachel.kim@kestrelanalytics.com">Rachel Kim</a> - organizer<br>
        <a href="mailto:sunita.rao@kestrelanalytics.com">Sunita Rao</a><br><a href="mailto:devin.okafor@example.org">devin.okafor@example.org</a></td></tr>
        </table>
        <div style="margin-top:16px;white-space:pre-wrap">{note}</div>
        <p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=1">Yes</a> ·
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=2">No</a> ·
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=3">Maybe</a></p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
        </div></body></html>
        """).replace("{note}", _h.escape(note)).replace("{eid}", eid)
    ics = gcal_ics(method="REQUEST", tzid="America/Denver", start="20261106T090000", end="20261106T130000",
                   stamp="20261030T220500Z", uid=f"{hx('p10uid', 26)}@google.com",
                   org=("Rachel Kim", "rachel.kim@kestrelanalytics.com"),
                   guests=[("Rachel Kim", "rachel.kim@kestrelanalytics.com", "ACCEPTED"),
                           ("Sunita Rao", "sunita.rao@kestrelanalytics.com", "ACCEPTED"),
                           (ME, ME, "NEEDS-ACTION")],
                   summary="Kestrel Analytics – Onsite Interview (Devin Okafor)", description=note,
                   location="Kestrel Analytics, 1899 Wazee St, 4th floor, Denver, CO 80202")
    body = mixed(alt(text(plain, params="format=flowed; delsp=yes", cte="base64"), html(htm, cte="quoted-printable"),
                     calendar(ics, method="REQUEST", cte="base64")),
                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    subj = "Invitation: Kestrel Analytics – Onsite Interview (Devin Okafor) @ Fri Nov 6, 2026 9am - 1pm (MST) (devin.okafor@example.org)"
    hs = [("Delivered-To", ME), rcv("mail-sor-f73.google.com", "209.85.220.73", when, zone, "p10"),
          ("From", addr("Rachel Kim", "rachel.kim@kestrelanalytics.com")),
          ("Reply-To", "rachel.kim@kestrelanalytics.com"),
          ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("To", ME),
          ("Subject", enc(subj)),
          ("Date", date(when, zone)),
          ("Message-ID", f"<calendar-{hx('p10m', 8)}-{hx('p10n', 4)}-{hx('p10o', 4)}-{hx('p10p', 4)}-{hx('p10q', 12)}@google.com>")]
    return message(hs, body)


@reg(family="outlook_exchange", lang="en", interview=True, kind="scheduled", company="Sonoran Grid",
     start="2026-06-11T17:00:00Z", end="2026-06-11T18:00:00Z", contact="agutierrez@sonorangrid.com",
     local="Thu 2026-06-11 10:00", local_end="2026-06-11 11:00", zone="America/Phoenix",
     note="Exchange meeting request from a Phoenix recruiter: 'When: Thursday, June 11, 2026 10:00 AM-11:00 AM "
          "(UTC-07:00) Arizona', TZID 'US Mountain Standard Time' (no DST) = 17:00-18:00Z; contact = sender/ORGANIZER")
def p11_exchange_sonoran() -> bytes:
    when, zone = "2026-06-09 14:22", "America/Phoenix"
    note = t("""
        Hi Devin,

        As discussed on the phone, here is the invite for your panel interview with our Infrastructure
        Reliability team. You'll meet Leo Castañeda, Rhea Montoya and Stuart Fink. Please plan for the
        full hour; the last 10 minutes are for your questions.

        Thank you,
        Alma

        Alma Gutierrez | Talent Acquisition Specialist
        Sonoran Grid | 400 N 5th St, Phoenix, AZ 85004
        """)
    plain = ("When: Thursday, June 11, 2026 10:00 AM-11:00 AM (UTC-07:00) Arizona.\nWhere: Microsoft Teams Meeting\n\n"
             "*~*~*~*~*~*~*~*~*~*\n\n" + note + "\n" + teams("p11", "+1 602-555-0150,,{pin}#   United States, Phoenix"))
    ics = exch_ics(method="REQUEST", tzid="US Mountain Standard Time", start="20260611T100000",
                   end="20260611T110000", stamp="20260609T212209Z", uid=exch_uid("p11"),
                   org=("Alma Gutierrez", "agutierrez@sonorangrid.com"),
                   guests=[("Devin Okafor", ME), ("Leo Castañeda", "lcastaneda@sonorangrid.com"),
                           ("Rhea Montoya", "rmontoya@sonorangrid.com"), ("Stuart Fink", "sfink@sonorangrid.com")],
                   summary="Panel Interview - Sr. Site Reliability Engineer - Devin Okafor",
                   description=plain, location="Microsoft Teams Meeting")
    body = alt(text(plain), html(teams_html(plain)), calendar(ics, method="REQUEST", cte="base64"))
    hs = [("Delivered-To", ME),
          rcv("mail-dm6nam12on2112.outbound.protection.outlook.com", "40.107.243.112", when, zone, "p11"),
          ("From", addr("Alma Gutierrez", "agutierrez@sonorangrid.com")),
          ("To", addr(ME_NAME, ME)),
          ("CC", ", ".join([addr("Leo Castañeda", "lcastaneda@sonorangrid.com"),
                            addr("Rhea Montoya", "rmontoya@sonorangrid.com"),
                            addr("Stuart Fink", "sfink@sonorangrid.com")])),
          ("Subject", "Panel Interview - Sr. Site Reliability Engineer - Devin Okafor"),
          ("Thread-Topic", "Panel Interview - Sr. Site Reliability Engineer - Devin Okafor"),
          ("Thread-Index", "AdzY" + hx("p11ti", 20)),
          ("Date", date(when, zone)),
          ("Message-ID", outlook_mid("p11", "BYAPR11MB")),
          ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", "")]
    return message(hs, body)


@reg(family="outlook_exchange", lang="en", interview=True, kind="scheduled", company="Gold Hill Systems",
     start="2026-03-11T19:30:00Z", end="2026-03-11T20:30:00Z", contact="bcaldwell@goldhillsys.com",
     local="Wed 2026-03-11 13:30", local_end="2026-03-11 14:30", zone="America/Denver",
     note="Exchange meeting request from the hiring manager, body 'Wednesday's technical round (1:30-2:30)' sent "
          "Fri 6 Mar -> Wed 11 Mar; TZID 'Mountain Standard Time' and the Outlook label '(UTC-07:00) Mountain "
          "Time' although 11 Mar is MDT (UTC-6) -> 19:30-20:30Z; contact = sender/ORGANIZER")
def p12_exchange_goldhill() -> bytes:
    when, zone = "2026-03-06 10:02", "America/Denver"
    note = t("""
        Devin -

        Sending the calendar hold for Wednesday's technical round (1:30-2:30, our time). It'll be me and
        Nate Oduya from the platform team. We'll spend most of it on a scenario: a Postgres primary
        falling over at 2am and what you'd do in the first 15 minutes. No slides, no leetcode.

        Join from the Teams link below. If your camera's flaky just call in, no big deal.

        Brent

        Brent Caldwell
        Director, Platform Engineering | Gold Hill Systems
        c: 303-555-0171
        """)
    plain = note + "\n" + teams("p12", "+1 720-555-0106,,{pin}#   United States, Denver")
    ics = exch_ics(method="REQUEST", tzid="Mountain Standard Time", start="20260311T133000",
                   end="20260311T143000", stamp="20260306T170206Z", uid=exch_uid("p12"),
                   org=("Brent Caldwell", "bcaldwell@goldhillsys.com"),
                   guests=[("devin.okafor@example.org", ME), ("Nate Oduya", "noduya@goldhillsys.com")],
                   summary="Gold Hill / Devin Okafor - Technical Interview (SRE)",
                   description=plain, location="Microsoft Teams Meeting")
    body = alt(text(plain), html(teams_html(plain)), calendar(ics, method="REQUEST", cte="base64"))
    hs = [("Delivered-To", ME),
          rcv("mail-co1nam11on2098.outbound.protection.outlook.com", "40.107.220.98", when, zone, "p12"),
          ("From", addr("Brent Caldwell", "bcaldwell@goldhillsys.com")),
          ("To", addr("devin.okafor@example.org", ME)),
          ("CC", addr("Nate Oduya", "noduya@goldhillsys.com")),
          ("Subject", "Gold Hill / Devin Okafor - Technical Interview (SRE)"),
          ("Thread-Topic", "Gold Hill / Devin Okafor - Technical Interview (SRE)"),
          ("Thread-Index", "AdyW" + hx("p12ti", 20)),
          ("Date", date(when, zone)),
          ("Message-ID", outlook_mid("p12", "SA1PR19MB")),
          ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", "")]
    return message(hs, body)


@reg(family="human_prose", lang="en", interview=True, kind="scheduled", company="Bow River Geomatics",
     start="2026-11-05T21:00:00Z", end="2026-11-05T21:45:00Z", contact="aileen.macpherson@bowrivergeo.ca",
     local="Thu 2026-11-05 14:00", local_end="2026-11-05 14:45", zone="America/Edmonton",
     note="Calgary recruiter's reply on top of the thread, 'confirming Thurs at 2 p.m. MT', sent Mon 2 Nov -> "
          "Thu 5 Nov; Calgary (America/Edmonton) fell back to MST on 1 Nov, so 14:00 UTC-7 = 21:00Z; "
          "'45 min' -> end 21:45Z; contact = sender")
def p13_prose_bowriver() -> bytes:
    when, zone = "2026-11-02 09:12", "America/Edmonton"
    body = t("""
        Hi Devin,

        Great - confirming Thurs at 2 p.m. MT for your chat with Raj Bhatt (our VP Engineering). It'll be
        45 min on Teams; I'll send the calendar invite this afternoon.

        Raj will mostly want to hear how you've run incident reviews and the on-call rotation at
        Highline, plus a bit about the Calgary side of things (remote is fine with us, we'd just want
        you up here once a quarter or so).

        Cheers,
        Aileen

        Aileen MacPherson | Senior Talent Partner
        Bow River Geomatics Ltd.
        Calgary, AB  |  403-555-0119

        On Sun, Nov 1, 2026 at 8:47 PM Devin Okafor <devin.okafor@example.org> wrote:
        > Hi Aileen,
        >
        > Thursday afternoon works great for me, anytime after 1 MT. Thanks for setting this up!
        >
        > Devin
        >
        > On Fri, Oct 30, 2026 at 11:03 AM Aileen MacPherson <aileen.macpherson@bowrivergeo.ca> wrote:
        >> Hi Devin, thanks for the call today. Next step would be a conversation with Raj, our VP Eng.
        >> Would Wed or Thurs next week work on your end?
        >>
        >> Aileen
        """)
    hs = [("Delivered-To", ME), rcv("mail-pj1-f44.google.com", "209.85.216.44", when, zone, "p13"),
          ("From", addr("Aileen MacPherson", "aileen.macpherson@bowrivergeo.ca")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Re: Next steps - Bow River Geomatics"),
          ("Date", date(when, zone)),
          ("Message-ID", gmail_mid("p13")),
          ("In-Reply-To", gmail_mid("p13prev")),
          ("References", gmail_mid("p13first") + " " + gmail_mid("p13prev"))]
    return message(hs, alt(text(body), html(gmail_html(body))))


@reg(family="agency_prose", lang="en", interview=True, kind="scheduled", company="Front Range Credit Union",
     start="2026-02-11T17:30:00Z", end="2026-02-11T18:00:00Z", contact="jmoreno@tekpointstaffing.com",
     local="Wed 2026-02-11 10:30", local_end="2026-02-11 11:00", zone="America/Denver",
     note="Staffing-agency recruiter's short reply from a phone: 'locked in w/ the client tmrw 10:30a', sent Tue "
          "10 Feb 9:12 (MST) -> Wed 11 Feb 10:30 MST = 17:30Z; '30 min phone screen' -> end 18:00Z; company = the "
          "agency's client (the hiring company); contact = the agency recruiter who sent it; 8bit")
def p14_agency_tekpoint() -> bytes:
    when, zone = "2026-02-10 09:12", "America/Denver"
    body = t("""
        sounds good, you're locked in w/ the client tmrw 10:30a. it's a 30 min phone screen w/ Dave Kessler, their infra mgr over at Front Range CU. he'll call your cell (the 720 #). mostly background + why contract, nothing technical yet

        LMK how it goes!

        Jake Moreno
        Sr. Technical Recruiter | TekPoint Staffing
        o: 303-555-0124 | c: 720-555-0177

        Sent from my iPhone

        > On Feb 10, 2026, at 8:41 AM, Devin Okafor <devin.okafor@example.org> wrote:
        >
        > Hey Jake, tomorrow morning works, anything before noon. Thanks!
        >
        >> On Feb 10, 2026, at 8:05 AM, Jake Moreno <jmoreno@tekpointstaffing.com> wrote:
        >>
        >> Good news, FRCU wants to move fwd w/ a phone screen. Any time tmrw AM work for you?
        """)
    hs = [("Delivered-To", ME), rcv("mail-nam10-dm6-obe.outbound.protection.outlook.com", "40.107.92.61", when, zone, "p14"),
          ("From", addr("Jake Moreno", "jmoreno@tekpointstaffing.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Re: SRE contract - Front Range CU"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('p14', 8).upper()}-{hx('p14a', 4).upper()}-{hx('p14b', 4).upper()}-{hx('p14c', 4).upper()}-{hx('p14d', 12).upper()}@tekpointstaffing.com>"),
          ("In-Reply-To", f"<{hx('p14prev', 24)}@example.org>"),
          ("X-Mailer", "iPhone Mail (22D82)")]
    return message(hs, text(body, cte="8bit"))


@reg(family="sms_forward", lang="en", interview=True, kind="scheduled", company="Larkspur Bio",
     start="2026-03-16T17:00:00Z", end=None, contact=None,
     local="Mon 2026-03-16 11:00", zone="America/Denver",
     note="Text messages from an agency recruiter pasted into a mail to self: 'Mon 3/16 @ 11am MT' = MDT (after "
          "8 Mar) = 17:00Z; no length; the only address is the candidate's own and the recruiter wrote from a "
          "phone number -> contact null; company = the agency's client")
def p15_sms_larkspur() -> bytes:
    when, zone = "2026-03-12 19:40", "America/Denver"
    body = t("""
        copying this here so i don't lose it in my texts

        [3/12, 7:22 PM] Jenna (Summit Talent): Hi Devin! Its Jenna w/ Summit Talent 🙂 ur all set w/ Larkspur Bio for Mon 3/16 @ 11am MT w/ Colin (hiring mgr). They'll send the Teams link directly
        [3/12, 7:24 PM] Devin: Perfect, thank you!!
        [3/12, 7:25 PM] Jenna (Summit Talent): 👍 good luck! call me after

        Sent from my iPhone
        """)
    hs = [("Delivered-To", ME),
          ("Received", "from smtpclient.apple (c-73-95-212-18.hsd1.co.comcast.net [73.95.212.18])\r\n"
                       " by mx1.example.org (Postfix) with ESMTPSA id 5C1B83A0F2\r\n"
                       " for <devin.okafor@example.org>; Fri, 13 Mar 2026 01:40:07 +0000 (UTC)"),
          ("From", addr(ME_NAME, ME)),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Larkspur interview (from jenna's text)"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('p15', 8).upper()}-{hx('p15a', 4).upper()}-{hx('p15b', 4).upper()}-{hx('p15c', 4).upper()}-{hx('p15d', 12).upper()}@example.org>"),
          ("X-Mailer", "iPhone Mail (23D127)")]
    return message(hs, text(body))


@reg(family="human_prose", lang="en", interview=True, kind="scheduled", company="Harborlight Media",
     start="2026-11-03T21:00:00Z", end=None, contact="theo@harborlightmedia.com",
     local="Tue 2026-11-03 16:00", zone="America/New_York",
     note="Hiring manager's one-line reply on top of the quoted thread: 'Tuesday at 4 ET it is', sent Thu 29 Oct "
          "(EDT) -> Tue 3 Nov, after the 1 Nov fall-back, so EST (UTC-5) = 21:00Z; no length; contact = sender")
def p16_prose_harborlight() -> bytes:
    when, zone = "2026-10-29 17:31", "America/New_York"
    body = t("""
        Works for me — Tuesday at 4 ET it is. I'll send a Meet link shortly.

        Talk then,
        Theo

        On Thu, Oct 29, 2026 at 5:12 PM Devin Okafor <devin.okafor@example.org> wrote:
        > Hey Theo,
        >
        > Thanks for reaching out! Mon is tough for me but Tues afternoon is wide open, anything after
        > 2 ET works. Also happy to hop on a call Wed morning if that's easier for you.
        >
        > Devin
        >
        > On Wed, Oct 28, 2026 at 10:40 AM Theo Marchetti <theo@harborlightmedia.com> wrote:
        >> Hi Devin,
        >>
        >> I lead the platform team at Harborlight. Kristen passed along your resume and I'd love to
        >> set up a technical conversation early next week. What times work for you?
        >>
        >> Theo Marchetti
        >> Director of Platform Engineering, Harborlight Media
        """)
    hs = [("Delivered-To", ME), rcv("mail-yw1-f170.google.com", "209.85.128.170", when, zone, "p16"),
          ("From", addr("Theo Marchetti", "theo@harborlightmedia.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Re: Platform / SRE role at Harborlight"),
          ("Date", date(when, zone)),
          ("Message-ID", gmail_mid("p16")),
          ("In-Reply-To", f"<{hx('p16prev', 24)}@example.org>"),
          ("References", gmail_mid("p16first") + f" <{hx('p16prev', 24)}@example.org>")]
    return message(hs, alt(text(body), html(gmail_html(body))))


@reg(family="google_calendar", lang="en", interview=True, kind="rescheduled", company="Tinkerbox Games",
     start="2026-03-19T16:00:00Z", end="2026-03-19T17:00:00Z", contact="sam.whitford@tinkerboxgames.com",
     local="Thu 2026-03-19 09:00", local_end="2026-03-19 10:00", zone="America/Los_Angeles",
     note="Google Calendar 'Updated invitation' from a Los Angeles organizer: moved from Wed 18 Mar 11am to "
          "Thu 19 Mar 9am-10am (PDT) = 16:00-17:00Z; ICS SEQUENCE:1 in America/Los_Angeles; start = new time; "
          "contact = ORGANIZER/Reply-To")
def r01_gcal_tinkerbox() -> bytes:
    when, zone = "2026-03-16 11:04", "America/Los_Angeles"
    eid = hx("r01eid", 40)
    note = "Moving us to Thursday morning - our lead got double-booked Wednesday. Same Meet link. Sorry for the shuffle! -Sam"
    plain = t("""
        This event has been updated
        Changed: time

        Tinkerbox Games - Technical Screen (Devin Okafor)
        Thursday Mar 19, 2026 ⋅ 9am – 10am
        Pacific Time - Los Angeles

        Join with Google Meet
        https://meet.google.com/hvu-pqae-zrt

        {note}

        Organizer
        Sam Whitford
        sam.whitford@tinkerboxgames.com

        Guests
        Sam Whitford - organizer
        Jonah Pike
        devin.okafor@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Reply for devin.okafor@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """).replace("{note}", note).replace("{eid}", eid)
    htm = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px;color:#70757a">This event has been updated</p>
        <h2 style="font-size:22px;font-weight:400">Tinkerbox Games - Technical Screen (Devin Okafor)</h2>
        <p><span style="color:#70757a">When</span><br>
        <span style="background:#e6f4ea">Thursday Mar 19, 2026 ⋅ 9am – 10am</span> (Pacific Time - Los Angeles)<br>
        <span style="text-decoration:line-through;color:#70757a">Wednesday Mar 18, 2026 ⋅ 11am – 12pm</span></p>
        <p><a href="https://meet.google.com/hvu-pqae-zrt">Join with Google Meet</a></p>
        <p>{note}</p>
        <p><span style="color:#70757a">Guests</span><br>Sam Whitford - organizer<br>Jonah Pike<br>devin.okafor@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
        </div></body></html>
        """).replace("{note}", note).replace("{eid}", eid)
    ics = gcal_ics(method="REQUEST", tzid="America/Los_Angeles", start="20260319T090000", end="20260319T100000",
                   stamp="20260316T180400Z", uid=f"{hx('r01uid', 26)}@google.com",
                   org=("Sam Whitford", "sam.whitford@tinkerboxgames.com"),
                   guests=[("Sam Whitford", "sam.whitford@tinkerboxgames.com", "ACCEPTED"),
                           ("Jonah Pike", "jonah.pike@tinkerboxgames.com", "ACCEPTED"),
                           (ME, ME, "NEEDS-ACTION")],
                   summary="Tinkerbox Games - Technical Screen (Devin Okafor)",
                   description=note + "\n\nJoin with Google Meet: https://meet.google.com/hvu-pqae-zrt",
                   location="", seq=1, created="20260310T221530Z")
    body = mixed(alt(text(plain), html(htm), calendar(ics, method="REQUEST")),
                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    subj = ("Updated invitation: Tinkerbox Games - Technical Screen (Devin Okafor) @ Thu Mar 19, 2026 9am - 10am "
            "(PDT) (devin.okafor@example.org)")
    hs = [("Delivered-To", ME), rcv("mail-sor-f69.google.com", "209.85.220.69", when, zone, "r01"),
          ("From", addr("Sam Whitford", "sam.whitford@tinkerboxgames.com")),
          ("Reply-To", "sam.whitford@tinkerboxgames.com"),
          ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("To", ME),
          ("Subject", subj),
          ("Date", date(when, zone)),
          ("Message-ID", f"<calendar-{hx('r01m', 8)}-{hx('r01n', 4)}-{hx('r01o', 4)}-{hx('r01p', 4)}-{hx('r01q', 12)}@google.com>")]
    return message(hs, body)


@reg(family="human_prose", lang="en", interview=True, kind="rescheduled", company="Longs Peak Observability",
     start="2026-10-23T19:30:00Z", end="2026-10-23T20:30:00Z", contact="bree@longspeak.io",
     local="Fri 2026-10-23 13:30", local_end="2026-10-23 14:30", zone="America/Denver",
     note="Recruiter prose: system design round moved from Wed 10/21 11a to 'Fri 10/23 at 1:30p MT' (MDT, before "
          "the 1 Nov fall-back) = 19:30Z; 'still the full 60 min' -> end 20:30Z; start = new time; contact = sender")
def r02_prose_longspeak() -> bytes:
    when, zone = "2026-10-20 13:05", "America/Denver"
    body = t("""
        Hi Devin,

        Quick change on our end: Marcus (your system design interviewer) got pulled into a customer
        incident review that's eating his whole Wednesday. I've moved your system design round from
        Wed 10/21 at 11a to Fri 10/23 at 1:30p MT. Still the full 60 min, same Zoom link as before, and
        you should see the updated invite in a few minutes.

        Really sorry for the shuffle, I know you'd blocked the time. If Friday turns out not to work,
        tell me and I'll find something else.

        Thanks,
        Bree

        --
        Bree Halvorsen
        Recruiting Lead | Longs Peak Observability
        Boulder, CO
        """)
    htm = ('<div dir="ltr">' + "".join(f"<div>{line}</div>" if line else "<div><br></div>" for line in
                                        body.rstrip("\n").replace("&", "&amp;").split("\n")) + "</div>\n")
    hs = [("Delivered-To", ME), rcv("mail-io1-f47.google.com", "209.85.166.47", when, zone, "r02"),
          ("From", addr("Bree Halvorsen", "bree@longspeak.io")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Updated time for your system design interview"),
          ("Date", date(when, zone)),
          ("Message-ID", gmail_mid("r02"))]
    return message(hs, alt(text(body), html(htm)))


@reg(family="ashby", lang="en", interview=True, kind="rescheduled", company="Wasatch Ledger",
     start="2026-11-10T22:00:00Z", end="2026-11-10T22:45:00Z", contact="kendra@wasatchledger.com",
     local="Tue 2026-11-10 15:00", local_end="2026-11-10 15:45", zone="America/Denver",
     note="Ashby 'Interview rescheduled' (Salt Lake City): new 'Tuesday, November 10, 2026 3:00 PM – 3:45 PM MST' "
          "= 22:00-22:45Z, old Thu 5 Nov also shown; ICS SEQUENCE:2 America/Denver; contact = Reply-To recruiter")
def r03_ashby_wasatch() -> bytes:
    when, zone = "2026-11-02 14:00", "America/Denver"
    plain = t("""
        Hi Devin,

        Your interview with Wasatch Ledger has been rescheduled. Here are the updated details:

        Technical Interview: Infrastructure as Code
        New time: Tuesday, November 10, 2026 3:00 PM – 3:45 PM MST
        Previously: Thursday, November 5, 2026 3:00 PM – 3:45 PM MST

        Interviewer: Ben Tuilagi (Senior SRE)
        Location: Google Meet (https://meet.google.com/cjw-vbnm-qst)

        An updated calendar invitation is attached. Reply to this email if you have any questions
        and Kendra will get back to you.

        Wasatch Ledger Recruiting
        """)
    htm = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#20252b">
        <p>Hi Devin,</p>
        <p>Your interview with Wasatch Ledger has been rescheduled. Here are the updated details:</p>
        <div style="border:1px solid #e3e6ea;border-radius:8px;padding:16px">
        <div style="font-weight:600">Technical Interview: Infrastructure as Code</div>
        <div><b>New time:</b> Tuesday, November 10, 2026 3:00 PM – 3:45 PM MST</div>
        <div style="color:#8a94a0"><s>Thursday, November 5, 2026 3:00 PM – 3:45 PM MST</s></div>
        <div style="margin-top:8px">Interviewer: Ben Tuilagi (Senior SRE)</div>
        <div>Location: <a href="https://meet.google.com/cjw-vbnm-qst">Google Meet</a></div>
        </div>
        <p>An updated calendar invitation is attached. Reply to this email if you have any questions and Kendra will get back to you.</p>
        <p>Wasatch Ledger Recruiting</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", VTZ["America/Denver"], "BEGIN:VEVENT",
        f"UID:{hx('r03uid', 8)}-{hx('r03u2', 4)}-{hx('r03u3', 4)}-{hx('r03u4', 4)}-{hx('r03u5', 12)}",
        "DTSTAMP:20261102T210000Z",
        "DTSTART;TZID=America/Denver:20261110T150000", "DTEND;TZID=America/Denver:20261110T154500",
        "SEQUENCE:2", "SUMMARY:Wasatch Ledger – Technical Interview: Infrastructure as Code (Devin Okafor)",
        "LOCATION:https://meet.google.com/cjw-vbnm-qst",
        "ORGANIZER;CN=Kendra Oyelaran:mailto:kendra@wasatchledger.com",
        "ATTENDEE;CN=Devin Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:devin.okafor@example.org",
        "ATTENDEE;CN=Ben Tuilagi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ben.tuilagi@wasatchledger.com",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    hs = [("Delivered-To", ME), rcv("a8-61.smtp-out.amazonses.com", "54.240.8.61", when, zone, "r03"),
          ("From", addr("Wasatch Ledger", "no-reply@ashbyhq.com")),
          ("Reply-To", addr("Kendra Oyelaran", "kendra@wasatchledger.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Interview rescheduled: Site Reliability Engineer at Wasatch Ledger"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<010001{hx('r03', 10)}-{hx('r03a', 8)}-{hx('r03b', 4)}-{hx('r03c', 4)}-{hx('r03d', 12)}-000000@email.amazonses.com>")]
    return message(hs, body)


@reg(family="smartrecruiters", lang="en", interview=True, kind="rescheduled", company="Lakeshore Freightworks",
     start="2026-11-02T16:00:00Z", end="2026-11-02T16:30:00Z", contact="dana.kowalski@lakeshorefreight.com",
     local="Mon 2026-11-02 10:00", local_end="2026-11-02 10:30", zone="America/Chicago",
     note="SmartRecruiters reschedule for a Chicago company: new 'Monday, November 2, 2026, 10:00 AM – 10:30 AM "
          "(CST, UTC-06:00)' = 16:00-16:30Z (the day after fall-back; old slot Fri 30 Oct 10:00 CDT); no "
          "Reply-To, contact = recruiter address in the body")
def r04_smartrecruiters_lakeshore() -> bytes:
    when, zone = "2026-10-28 09:30", "America/Chicago"
    plain = t("""
        Hi Devin,

        Your interview for Site Reliability Engineer has been rescheduled. Please find the updated
        details below.

        New date and time:
        Monday, November 2, 2026, 10:00 AM – 10:30 AM (CST, UTC-06:00)

        Previously scheduled:
        Friday, October 30, 2026, 10:00 AM – 10:30 AM (CDT, UTC-05:00)

        Interview type: Video call (Microsoft Teams)
        Interviewer: Dana Kowalski, Senior Recruiter

        If you have any questions, you can reach Dana at dana.kowalski@lakeshorefreight.com.

        Best regards,
        Lakeshore Freightworks Hiring Team

        This email was sent via SmartRecruiters on behalf of Lakeshore Freightworks.
        """)
    htm = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <table width="600" align="center" cellpadding="20"><tr><td>
        <p>Hi Devin,</p>
        <p>Your interview for <b>Site Reliability Engineer</b> has been rescheduled. Please find the updated details below.</p>
        <p><b>New date and time:</b><br>Monday, November 2, 2026, 10:00 AM – 10:30 AM (CST, UTC-06:00)</p>
        <p style="color:#888"><b>Previously scheduled:</b><br>Friday, October 30, 2026, 10:00 AM – 10:30 AM (CDT, UTC-05:00)</p>
        <p><b>Interview type:</b> Video call (Microsoft Teams)<br><b>Interviewer:</b> Dana Kowalski, Senior Recruiter</p>
        <p>If you have any questions, you can reach Dana at <a href="mailto:dana.kowalski@lakeshorefreight.com">dana.kowalski@lakeshorefreight.com</a>.</p>
        <p>Best regards,<br>Lakeshore Freightworks Hiring Team</p>
        <p style="font-size:11px;color:#999">This email was sent via SmartRecruiters on behalf of Lakeshore Freightworks.</p>
        </td></tr></table></body></html>
        """)
    hs = [("Delivered-To", ME), rcv("mail172.smartrecruiters.com", "185.166.143.172", when, zone, "r04"),
          ("From", addr("Lakeshore Freightworks", "noreply@smartrecruiters.com")),
          ("To", ME),
          ("Subject", enc("Interview rescheduled – Site Reliability Engineer")),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('r04', 30)}@smartrecruiters.com>")]
    return message(hs, alt(text(plain), html(htm)))


@reg(family="google_calendar", lang="en", interview=True, kind="cancelled", company="Cinder Labs",
     start="2026-12-09T20:00:00Z", end="2026-12-09T21:00:00Z", contact="noor@cinderlabs.dev",
     local="Wed 2026-12-09 13:00", local_end="2026-12-09 14:00", zone="America/Denver",
     note="Google Calendar 'Canceled event with note' for the final round, Wed Dec 9 1pm-2pm (MST) = 20:00-21:00Z; "
          "METHOD:CANCEL; new times promised but none fixed -> cancelled; contact = ORGANIZER")
def c01_gcal_cinder() -> bytes:
    when, zone = "2026-12-02 08:10", "America/Denver"
    note = ("Hi Devin - Ash is out unexpectedly next week so I'm pulling this off the calendar for now. "
            "I'll reach out with new times once we know his schedule. Really sorry!")
    plain = t("""
        This event has been canceled with a note:
        "{note}"

        Cinder Labs – Final round w/ CTO (Devin Okafor)
        Wednesday Dec 9, 2026 ⋅ 1pm – 2pm
        Mountain Time - Denver

        Organizer
        Noor Patel
        noor@cinderlabs.dev

        Guests
        Noor Patel - organizer
        Ash Fenwick
        devin.okafor@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """).replace("{note}", note)
    htm = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px;color:#d93025">This event has been canceled with a note:</p>
        <p style="font-style:italic">&quot;{note}&quot;</p>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">Cinder Labs – Final round w/ CTO (Devin Okafor)</h2>
        <p><span style="color:#70757a">When</span><br>Wednesday Dec 9, 2026 ⋅ 1pm – 2pm (Mountain Time - Denver)</p>
        <p><span style="color:#70757a">Guests</span><br>Noor Patel - organizer<br>Ash Fenwick<br>devin.okafor@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
        </div></body></html>
        """).replace("{note}", note)
    ics = gcal_ics(method="CANCEL", tzid="America/Denver", start="20261209T130000", end="20261209T140000",
                   stamp="20261202T151000Z", uid=f"{hx('c01uid', 26)}@google.com",
                   org=("Noor Patel", "noor@cinderlabs.dev"),
                   guests=[("Noor Patel", "noor@cinderlabs.dev", "ACCEPTED"),
                           ("Ash Fenwick", "ash@cinderlabs.dev", "ACCEPTED"),
                           (ME, ME, "ACCEPTED")],
                   summary="Cinder Labs – Final round w/ CTO (Devin Okafor)", description=note,
                   location="https://meet.google.com/oaq-ztfy-ukc", seq=1, status="CANCELLED",
                   created="20261124T180211Z")
    body = mixed(alt(text(plain), html(htm), calendar(ics, method="CANCEL", cte="base64")),
                 calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    subj = ("Canceled event with note: Cinder Labs – Final round w/ CTO (Devin Okafor) @ Wed Dec 9, 2026 1pm - 2pm "
            "(MST) (devin.okafor@example.org)")
    hs = [("Delivered-To", ME), rcv("mail-sor-f73.google.com", "209.85.220.73", when, zone, "c01"),
          ("From", addr("Noor Patel", "noor@cinderlabs.dev")),
          ("Reply-To", "noor@cinderlabs.dev"),
          ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("To", ME),
          ("Subject", enc(subj)),
          ("Date", date(when, zone)),
          ("Message-ID", f"<calendar-{hx('c01m', 8)}-{hx('c01n', 4)}-{hx('c01o', 4)}-{hx('c01p', 4)}-{hx('c01q', 12)}@google.com>")]
    return message(hs, body)


@reg(family="human_prose", lang="en", interview=True, kind="cancelled", company="Ponderosa Cloud",
     start="2026-02-26T16:00:00Z", end=None, contact="whitney.gale@ponderosacloud.com",
     local="Thu 2026-02-26 09:00", zone="America/Denver",
     note="Recruiter cancels 'our Thurs 2/26 9am MT interview' because the role is paused (Feb = MST, 16:00Z); "
          "no new time -> cancelled; contact = sender")
def c02_prose_ponderosa() -> bytes:
    when, zone = "2026-02-23 15:20", "America/Denver"
    body = t("""
        Hi Devin,

        I'm really sorry to be sending this one. Leadership decided this afternoon to pause hiring on
        the SRE req for at least this quarter, so I need to cancel our Thurs 2/26 9am MT interview
        with Anton and the team.

        This has nothing to do with you - everyone who read your resume was excited about the
        conversation. If the role reopens I'll reach out to you first, and I'm happy to pass your
        name along to a couple of folks I know who are hiring in Denver if that would help.

        Again, sorry for the whiplash.

        Whitney

        Whitney Gale | Technical Recruiter | Ponderosa Cloud
        """)
    hs = [("Delivered-To", ME), rcv("mail-sor-f41.google.com", "209.85.220.41", when, zone, "c02"),
          ("From", addr("Whitney Gale", "whitney.gale@ponderosacloud.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Re: Ponderosa Cloud - SRE II interview"),
          ("Date", date(when, zone)),
          ("Message-ID", gmail_mid("c02")),
          ("In-Reply-To", f"<{hx('c02prev', 24)}@example.org>")]
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@reg(family="outlook_exchange", lang="en", interview=True, kind="cancelled", company="Great Basin Credit Union",
     start="2026-11-12T17:00:00Z", end="2026-11-12T18:00:00Z", contact="tlowry@greatbasincu.org",
     local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone="America/Denver",
     note="Exchange 'Canceled:' meeting (Salt Lake City), METHOD:CANCEL, TZID 'Mountain Standard Time', "
          "'When: Thursday, November 12, 2026 10:00 AM-11:00 AM (UTC-07:00) Mountain Time' = MST = 17:00-18:00Z; "
          "role filled internally; contact = ORGANIZER/sender")
def c03_exchange_greatbasin() -> bytes:
    when, zone = "2026-11-09 07:55", "America/Denver"
    note = t("""
        Good morning Devin,

        I'm sorry for the late notice. We have decided to move forward with an internal candidate for
        the Systems Reliability Engineer position, so I am canceling Thursday's interview. Thank you for
        the time you have already put into the process. We'll keep your information on file.

        Regards,
        Trent Lowry
        IT Manager, Infrastructure | Great Basin Credit Union
        """)
    plain = "When: Thursday, November 12, 2026 10:00 AM-11:00 AM (UTC-07:00) Mountain Time (US & Canada).\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + note
    ics = exch_ics(method="CANCEL", tzid="Mountain Standard Time", start="20261112T100000", end="20261112T110000",
                   stamp="20261109T145512Z", uid=exch_uid("c03"), org=("Trent Lowry", "tlowry@greatbasincu.org"),
                   guests=[("Devin Okafor", ME)], summary="Canceled: Technical Interview - Devin Okafor",
                   description=plain, location="Microsoft Teams Meeting", seq=1, status="CANCELLED",
                   busy="FREE", priority=1)
    body = alt(text(plain), html(teams_html(plain)), calendar(ics, method="CANCEL", cte="base64"))
    hs = [("Delivered-To", ME),
          rcv("mail-bn8nam12on2127.outbound.protection.outlook.com", "40.107.237.127", when, zone, "c03"),
          ("From", addr("Trent Lowry", "tlowry@greatbasincu.org")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Canceled: Technical Interview - Devin Okafor"),
          ("Thread-Topic", "Technical Interview - Devin Okafor"),
          ("Thread-Index", "AdxQ" + hx("c03ti", 20)),
          ("Importance", "high"), ("X-Priority", "1"),
          ("Date", date(when, zone)),
          ("Message-ID", outlook_mid("c03", "PH0PR15MB")),
          ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", "")]
    return message(hs, body)


# =========================================================================== NEGATIVES (keys 24-50)


@reg(family="job_alert", lang="en", interview=False, company=None,
     note="LinkedIn job alert; 'Actively recruiting' / 'Be an early applicant' badges, nothing scheduled")
def n01_linkedin_alert() -> bytes:
    when, zone = "2026-02-09 07:12", "America/Los_Angeles"
    jobs = [("Site Reliability Engineer", "Tallgrass Data", "Denver, CO (Hybrid)", "Actively recruiting"),
            ("SRE II", "Ponderosa Cloud", "United States (Remote)", "Be an early applicant"),
            ("Senior Site Reliability Engineer", "Peakline Media", "Boulder, CO (On-site)", "3 connections work here"),
            ("Platform Engineer, Reliability", "Juniper Ridge Software", "Denver, CO (Remote)", "Easy Apply"),
            ("DevOps Engineer III", "Redrock Payments", "Salt Lake City, UT (Hybrid)", "Actively recruiting")]
    plain = "Your job alert for site reliability engineer in Denver, Colorado, United States\n5 new jobs match your preferences.\n\n"
    for title, co, where, badge in jobs:
        slug = hx("n01" + co, 10)
        plain += f"{title}\n{co}\n{where}\n{badge}\nView job: https://www.linkedin.com/comm/jobs/view/{int(slug, 16) % 10**10}/\n\n---------------------------------------------------------\n\n"
    plain += t("""
        See all jobs: https://www.linkedin.com/comm/jobs/search/?keywords=site%20reliability%20engineer&location=Denver

        Job search smarter with Premium: see how you compare to other applicants and who's hiring.

        ----------------------------------------

        This email was intended for Devin Okafor (Site Reliability Engineer at Highline Logistics)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving LinkedIn notification emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_job_alert
        Help: https://www.linkedin.com/help/linkedin/answer/67

        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.
        """)
    cards = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e8e8e8"><a href="https://www.linkedin.com/comm/jobs/view/{int(hx("n01" + co, 10), 16) % 10**10}/" '
        f'style="font-size:16px;font-weight:600;color:#0a66c2;text-decoration:none">{title}</a><br>'
        f'<span style="color:#1d2226">{co} · {where}</span><br><span style="color:#057642;font-size:12px">{badge}</span></td></tr>\n'
        for title, co, where, badge in jobs)
    htm = ("<html><body style=\"margin:0;font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif\">\n"
           "<table width=\"512\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
           "<tr><td style=\"padding:16px 0;font-size:20px;color:#1d2226\">Your job alert for <b>site reliability engineer</b> in Denver, Colorado</td></tr>\n"
           + cards +
           "<tr><td style=\"padding:16px 0\"><a href=\"https://www.linkedin.com/comm/jobs/search/\" style=\"color:#0a66c2\">See all jobs</a></td></tr>\n"
           "<tr><td style=\"font-size:11px;color:#666\">This email was intended for Devin Okafor (Site Reliability Engineer at Highline Logistics). "
           "<a href=\"https://www.linkedin.com/comm/psettings/email-unsubscribe\">Unsubscribe</a><br>© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>\n"
           "</table></body></html>\n")
    hs = [("Delivered-To", ME), rcv("mailb-ab.linkedin.com", "108.174.0.212", when, zone, "n01"),
          ("From", addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "\u201csite reliability engineer\u201d: Tallgrass Data - Site Reliability Engineer and more"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{int(hx('n01', 10), 16)}.{int(hx('n01a', 6), 16)}.{int(hx('n01b', 12), 16)}@ltx1-app{int(hx('n01c', 2), 16)}.prod.linkedin.com>"),
          ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_job_alert>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    hs = [(k, enc(v) if k == "Subject" else v) for k, v in hs]
    return message(hs, alt(text(plain), html(htm)))


@reg(family="application_ack", lang="en", interview=False, company="Tallgrass Data",
     note="Greenhouse application receipt; 'a recruiter will reach out to schedule' is future and unfixed")
def n02_greenhouse_ack_tallgrass() -> bytes:
    when, zone = "2026-02-20 12:03", "America/Denver"
    plain = t("""
        Hi Devin,

        Thank you for applying to the Site Reliability Engineer role at Tallgrass Data! We wanted to let
        you know that we've received your application.

        Our recruiting team reviews every application. If your background is a match, a recruiter
        will reach out within the next two weeks to schedule an initial conversation. Either way,
        we'll let you know where things stand.

        In the meantime, you can learn more about how we work at https://tallgrassdata.com/careers.

        Best,
        The Tallgrass Data Recruiting Team

        **Please note: this inbox is not monitored.**
        """)
    htm = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#333\">\n" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>\n" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    hs = [("Delivered-To", ME), rcv("o12.us.greenhouse-mail.io", "167.89.44.210", when, zone, "n02"),
          ("From", addr("Tallgrass Data", "no-reply@us.greenhouse-mail.io")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Thank you for applying to Tallgrass Data"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('n02', 24)}@us.greenhouse-mail.io>")]
    return message(hs, alt(text(plain), html(htm)))


@reg(family="application_ack", lang="en", interview=False, company="Red Butte Health",
     note="Workday application-received notice, HTML only")
def n03_workday_ack_redbutte() -> bytes:
    when, zone = "2026-10-14 21:37", "America/Denver"
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="padding:18px 0;border-bottom:4px solid #9e1b32"><img src="https://redbuttehealth.wd5.myworkdayjobs.com/wday/cxs/redbuttehealth/External/sidebarimage/logo" alt="Red Butte Health" height="40"></td></tr>
        <tr><td style="padding:20px 0">
        <p>Dear Devin,</p>
        <p>Thank you for applying for the <b>Site Reliability Engineer II (R-24417)</b> position at Red Butte Health.
        We have received your application and our talent acquisition team will review your qualifications.</p>
        <p>If your skills and experience match the needs of the role, a member of our team will contact you about next
        steps, which may include an interview. Due to the volume of applications we receive, we may not be able to
        respond to every applicant individually.</p>
        <p>You can check the status of your application at any time from <a href="https://redbuttehealth.wd5.myworkdayjobs.com/en-US/External/userHome">Candidate Home</a>.</p>
        <p>Thank you for your interest in caring for our communities,<br>Red Butte Health Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#888888;border-top:1px solid #dddddd;padding-top:8px">This email was sent from an
        unmonitored mailbox. Please do not reply to this message. Red Butte Health is an Equal Opportunity Employer.</td></tr>
        </table>
        </body></html>
        """)
    hs = [("Delivered-To", ME), rcv("mx0b-00163f01.pphosted.com", "148.163.151.18", when, zone, "n03"),
          ("From", addr("Red Butte Health", "redbuttehealth@myworkday.com")),
          ("To", ME),
          ("Subject", "Thank you for applying - Site Reliability Engineer II (R-24417)"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{int(hx('n03', 10), 16)}.{int(hx('n03a', 6), 16)}.JavaMail.wd5prvwkjobs@wd5-prv-jobs-{int(hx('n03b', 2), 16) % 9}.myworkday.com>")]
    return message(hs, html(htm, cte="base64"))


@reg(family="rejection", lang="en", interview=False, company="Switchback Robotics",
     note="Lever rejection after the technical interview ('last Wednesday'); no new time")
def n04_lever_reject_switchback() -> bytes:
    when, zone = "2026-02-26 10:40", "America/Denver"
    plain = t("""
        Hi Devin,

        Thank you for taking the time to interview with us last Wednesday, and for walking Sasha and me
        through the DNS outage story. We really enjoyed the conversation.

        After a lot of discussion, we've decided to move forward with a candidate whose experience is
        a closer match to the robotics fleet side of the role. This was a tough call and we'd
        genuinely welcome another application from you as the platform team grows later this year.

        Wishing you the best in your search,
        Owen Pruitt
        Engineering Manager, Platform | Switchback Robotics
        """)
    htm = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1d1f21\">\n" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    hs = [("Delivered-To", ME), rcv("a27-31.smtp-out.us-west-2.amazonses.com", "54.240.27.31", when, zone, "n04"),
          ("From", addr("Owen Pruitt", "no-reply@hire.lever.co")),
          ("Reply-To", addr("Owen Pruitt", "owen.pruitt@switchbackrobotics.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Your application to Switchback Robotics"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<0101019c9b{hx('n04', 14)}-{hx('n04a', 8)}-{hx('n04b', 4)}-{hx('n04c', 4)}-{hx('n04d', 12)}-000000@us-west-2.amazonses.com>")]
    return message(hs, alt(text(plain), html(htm)))


@reg(family="rejection", lang="en", interview=False, company="Saguaro Mutual",
     note="iCIMS post-interview rejection, windows-1252 QP")
def n05_icims_reject_saguaro() -> bytes:
    when, zone = "2026-07-24 16:02", "America/Phoenix"
    plain = t("""
        Dear Devin,

        Thank you for your interest in the Site Reliability Engineer (Req #2026-1184) position at Saguaro
        Mutual, and for the time you spent interviewing with our Infrastructure Operations team.

        After careful consideration, we have decided to move forward with other candidates whose
        qualifications more closely match our current needs. We’ll keep your profile in our talent
        community and encourage you to apply for future openings that interest you.

        We wish you every success in your career.

        Sincerely,
        Saguaro Mutual Talent Acquisition
        """)
    hs = [("Delivered-To", ME), rcv("mta12.talent.icims.com", "66.187.73.112", when, zone, "n05"),
          ("From", addr("Saguaro Mutual Talent Acquisition", "saguaromutual@talent.icims.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Your Application with Saguaro Mutual"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('n05', 20)}.icims.{int(hx('n05a', 8), 16)}@talent.icims.com>")]
    return message(hs, text(plain, charset="windows-1252"))


@reg(family="offer", lang="en", interview=False, company="Kestrel Analytics",
     days=(("Thu", "2026-11-19"), ("Mon", "2026-11-16")),
     note="Offer after the onsite; DocuSign deadline Thu 11/19; a proposed (not agreed) call Monday to walk "
          "through it - not an interview")
def n06_offer_kestrel() -> bytes:
    when, zone = "2026-11-13 11:34", "America/Denver"
    body = t("""
        Hi Devin,

        I'm so excited to send this over: on behalf of everyone you met last Friday, we'd love for
        you to join Kestrel Analytics as a Senior Site Reliability Engineer!

        You'll get the formal offer letter through DocuSign in the next hour. The highlights:

          - Base salary: $178,000
          - Equity: 6,000 RSUs vesting over 4 years
          - Start date: Monday, January 4, 2027 (flexible)
          - Hybrid, 2 days a week at the Wazee St office

        Please review and sign by Thursday 11/19. Sunita and I would love to hop on a call Monday
        to walk through comp and answer any questions. Does 10a MT work, or is there a better time?

        Congrats again - the team was really impressed.

        Rachel

        Rachel Kim | Senior Technical Recruiter | Kestrel Analytics
        """)
    hs = [("Delivered-To", ME), rcv("mail-sor-f41.google.com", "209.85.220.41", when, zone, "n06"),
          ("From", addr("Rachel Kim", "rachel.kim@kestrelanalytics.com")),
          ("To", addr(ME_NAME, ME)),
          ("CC", addr("Sunita Rao", "sunita.rao@kestrelanalytics.com")),
          ("Subject", "Your offer from Kestrel Analytics \U0001f389"),
          ("Date", date(when, zone)),
          ("Message-ID", gmail_mid("n06"))]
    hs = [(k, enc(v) if k == "Subject" else v) for k, v in hs]
    return message(hs, alt(text(body), html(gmail_html(body))))


@reg(family="recruiter_outreach", lang="en", interview=False, company="Verdigris AI",
     note="Gem outreach sequence from an in-house recruiter; asks for a chat 'sometime next week', nothing fixed")
def n07_gem_outreach_verdigris() -> bytes:
    when, zone = "2026-09-15 08:47", "America/Los_Angeles"
    body = t("""
        Hi Devin,

        I came across your profile and your talk at SREcon on taming alert fatigue caught my eye. I'm
        on the recruiting team at Verdigris AI; we're building the reliability team that keeps our
        inference platform up (think GPU fleets across three clouds, 99.95% SLOs, a lot of
        interesting on-call problems).

        We're fully remote in the US and the team skews Mountain/Pacific hours, so Denver would be a
        great fit. Would you be open to a quick 20-min chat sometime next week? Happy to work around
        your schedule.

        Best,
        Alexis

        Alexis Brandt
        Technical Recruiter, Verdigris AI
        """)
    htm = gmail_html(body) + (
        f'<img src="https://t.gem.com/o/{hx("n07px", 32)}" width="1" height="1" style="display:none" alt="">\n')
    hs = [("Delivered-To", ME), rcv("mail-pl1-f182.google.com", "209.85.214.182", when, zone, "n07"),
          ("From", addr("Alexis Brandt", "alexis.brandt@verdigrisai.com")),
          ("To", ME),
          ("Subject", "Devin - reliability at Verdigris AI?"),
          ("Date", date(when, zone)),
          ("Message-ID", gmail_mid("n07")),
          ("X-Gem-Sequence-Id", hx("n07seq", 24))]
    return message(hs, alt(text(body), html(htm)))


@reg(family="recruiter_outreach", lang="en", interview=False, company="TekPoint Staffing",
     days=(("Mon", "2026-02-09"),),
     note="Staffing-agency cold outreach for a contract role; 'today or Monday?' for a call, nothing fixed")
def n08_agency_outreach_tekpoint() -> bytes:
    when, zone = "2026-02-06 09:05", "America/Denver"
    body = t("""
        Hey Devin,

        Jake w/ TekPoint Staffing here. I've got a 6 month contract-to-hire SRE role w/ a credit union
        client in Denver (hybrid, 2 days onsite in Lakewood). $80-90/hr W2, Kubernetes + Terraform +
        Datadog, they're moving fast and want to have people in front of the hiring mgr next week.

        Your background lines up really well. Are you free for a quick call today or Monday? Just shoot
        me a good number + time and I'll give you a ring.

        Thanks!

        Jake Moreno
        Sr. Technical Recruiter | TekPoint Staffing
        o: 303-555-0124 | c: 720-555-0177
        www.tekpointstaffing.com

        To stop receiving these emails, reply STOP.
        """)
    hs = [("Delivered-To", ME), rcv("mail-nam10-dm6-obe.outbound.protection.outlook.com", "40.107.92.61", when, zone, "n08"),
          ("From", addr("Jake Moreno", "jmoreno@tekpointstaffing.com")),
          ("To", ME),
          ("Subject", "SRE contract - Denver - $80-90/hr"),
          ("Date", date(when, zone)),
          ("Message-ID", outlook_mid("n08", "DM6PR04MB"))]
    return message(hs, alt(text(body), html(teams_html(body))))


@reg(family="scheduling_link", lang="en", interview=False, company="Wasatch Ledger",
     note="Ashby self-schedule request ('Select your times'); no slot chosen yet")
def n09_ashby_selfschedule_wasatch() -> bytes:
    when, zone = "2026-10-22 10:18", "America/Denver"
    link = f"https://app.ashbyhq.com/interview-scheduling/{hx('n09', 8)}-{hx('n09a', 4)}-{hx('n09b', 4)}-{hx('n09c', 4)}-{hx('n09d', 12)}"
    plain = t("""
        Hi Devin,

        Thanks for chatting with us! The next step in the process for Site Reliability Engineer at
        Wasatch Ledger is a 45-minute technical interview focused on infrastructure as code.

        Please use the link below to choose a time that works for you. Available times are shown in
        your local time zone.

        Select your time: {link}

        If none of the available times work, reply to this email and we'll find something else.

        Wasatch Ledger Recruiting
        """).replace("{link}", link)
    htm = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#20252b">
        <p>Hi Devin,</p>
        <p>Thanks for chatting with us! The next step in the process for <b>Site Reliability Engineer</b> at Wasatch Ledger
        is a 45-minute technical interview focused on infrastructure as code.</p>
        <p>Please use the link below to choose a time that works for you. Available times are shown in your local time zone.</p>
        <p><a href="{link}" style="background:#4b3fd6;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Select your time</a></p>
        <p>If none of the available times work, reply to this email and we&#x27;ll find something else.</p>
        <p>Wasatch Ledger Recruiting</p>
        </body></html>
        """).replace("{link}", link)
    hs = [("Delivered-To", ME), rcv("a8-61.smtp-out.amazonses.com", "54.240.8.61", when, zone, "n09"),
          ("From", addr("Wasatch Ledger", "no-reply@ashbyhq.com")),
          ("Reply-To", addr("Kendra Oyelaran", "kendra@wasatchledger.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Schedule your interview with Wasatch Ledger"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<010001{hx('n09', 10)}-{hx('n09e', 8)}-{hx('n09f', 4)}-{hx('n09g', 4)}-{hx('n09h', 12)}-000000@email.amazonses.com>")]
    return message(hs, alt(text(plain), html(htm)))


@reg(family="scheduling_link", lang="en", interview=False, company="Aspen Grove Software",
     note="Hiring manager sends his Calendly link ('grab any 30 min slot'); nothing booked yet")
def n10_calendly_link_aspengrove() -> bytes:
    when, zone = "2026-04-14 17:52", "America/Denver"
    body = t("""
        Hey Devin,

        Thanks for applying - I run the platform reliability team at Aspen Grove and your background
        with multi-region Postgres is exactly what we're missing. Want to grab coffee (virtual is
        fine) and talk about the role? No prep, just a conversation.

        Grab any 30 min slot that works here: https://calendly.com/mike-ostrander/coffee-chat

        If nothing on there works, just reply with a couple of times.

        Mike

        Mike Ostrander
        Eng Manager, Platform Reliability | Aspen Grove Software
        """)
    hs = [("Delivered-To", ME), rcv("mail-qt1-f178.google.com", "209.85.160.178", when, zone, "n10"),
          ("From", addr("Mike Ostrander", "mike.ostrander@aspengrovesoftware.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Coffee chat about Platform Reliability @ Aspen Grove?"),
          ("Date", date(when, zone)),
          ("Message-ID", gmail_mid("n10"))]
    return message(hs, alt(text(body), html(gmail_html(body))))


@reg(family="slot_proposal", lang="en", interview=False, company="Ponderosa Cloud",
     days=(("Tue", "2026-02-24"), ("Wed", "2026-02-25"), ("Thu", "2026-02-26")),
     note="Recruiter proposes three slots (Tues 2/24, Wed 2/25, Thurs 2/26) and asks which works; not agreed yet")
def n11_proposal_ponderosa() -> bytes:
    when, zone = "2026-02-16 14:02", "America/Denver"
    body = t("""
        Hi Devin,

        Great news, the team would like to move you forward to the technical interview for the SRE II
        role! It's 60 min with Anton (our infra lead) and one of the senior SREs: a bit of Kubernetes
        troubleshooting plus a walkthrough of an incident you've owned.

        Would any of these work for you?

          - Tues 2/24, 10:00a MT
          - Wed 2/25, 2:00p MT
          - Thurs 2/26, 9:00a MT

        If none of those fit, send me a few windows that do and I'll make it work.

        Thanks!
        Whitney

        Whitney Gale | Technical Recruiter | Ponderosa Cloud
        """)
    hs = [("Delivered-To", ME), rcv("mail-sor-f41.google.com", "209.85.220.41", when, zone, "n11"),
          ("From", addr("Whitney Gale", "whitney.gale@ponderosacloud.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Ponderosa Cloud - SRE II interview"),
          ("Date", date(when, zone)),
          ("Message-ID", gmail_mid("n11"))]
    return message(hs, alt(text(body), html(gmail_html(body))))


@reg(family="slot_proposal", lang="en", interview=False, company="Timberline Outfitters",
     days=(("Tue", "2026-11-17"),),
     note="Hiring manager: 'Tues could work on my end, let me check w/ the panel and circle back' on the "
          "candidate's quoted proposal of Tues 11/17 10:30a; not confirmed")
def n12_circleback_timberline() -> bytes:
    when, zone = "2026-11-12 16:20", "America/Denver"
    body = t("""
        Tues could work on my end! Let me check w/ the other two panelists and circle back by EOD
        tomorrow to lock it in.

        Gus

        On Thu, Nov 12, 2026 at 2:58 PM Devin Okafor <devin.okafor@example.org> wrote:
        > Hi Gus,
        >
        > Thanks for the quick turnaround. Would Tues 11/17 at 10:30a MT work for the panel? If not,
        > I'm pretty open Wed after 1p.
        >
        > Best,
        > Devin
        >
        > On Thu, Nov 12, 2026 at 10:15 AM Gus Ferreira <gus.ferreira@timberlineoutfitters.com> wrote:
        >> Hi Devin - we'd like to bring you in for the panel (90 min, three of us, in person at the
        >> Golden office). What does next week look like for you?
        """)
    hs = [("Delivered-To", ME), rcv("mail-sor-f41.google.com", "209.85.220.41", when, zone, "n12"),
          ("From", addr("Gus Ferreira", "gus.ferreira@timberlineoutfitters.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Re: Panel interview - Timberline Outfitters"),
          ("Date", date(when, zone)),
          ("Message-ID", gmail_mid("n12")),
          ("In-Reply-To", f"<{hx('n12prev', 24)}@example.org>")]
    return message(hs, alt(text(body), html(gmail_html(body))))


@reg(family="take_home", lang="en", interview=False, company="Copperline Networks",
     days=(("Fri", "2026-11-06"),),
     note="Take-home exercise with a submission deadline (Fri 11/6 5pm MT); no interview time")
def n13_takehome_copperline() -> bytes:
    when, zone = "2026-11-02 09:03", "America/Denver"
    body = t("""
        Hi Devin,

        Thanks again for meeting with the panel on Friday! As the next step, the team would like you
        to complete a short take-home exercise.

        The exercise: we'll give you a small Terraform + Kubernetes repo with a flaky service and a
        broken alert. Find the problems, fix what you can, and write a one-page incident summary.
        It should take about 3-4 hours; please don't spend more than that.

        Repo access: https://github.com/copperline-hiring/sre-takehome-okafor (invite sent to your
        GitHub account)
        Please submit by: Friday 11/6 at 5pm MT

        If you need more time, just let me know, no problem at all.

        Gina Albright
        Senior Recruiter | Copperline Networks
        """)
    hs = [("Delivered-To", ME), rcv("mail-nam11-co1-obe.outbound.protection.outlook.com", "40.107.220.74", when, zone, "n13"),
          ("From", addr("Gina Albright", "gina.albright@copperlinenet.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Copperline Networks - SRE take-home exercise"),
          ("Date", date(when, zone)),
          ("Message-ID", outlook_mid("n13", "CO1PR07MB"))]
    return message(hs, text(body, charset="iso-8859-1"))


@reg(family="assessment", lang="en", interview=False, company="Gold Hill Systems",
     days=(("Wed", "2026-03-04"),),
     note="HackerRank online test invitation with a completion deadline; not an interview")
def n14_hackerrank_goldhill() -> bytes:
    when, zone = "2026-02-27 11:15", "UTC"
    plain = t("""
        Hi Devin,

        Gold Hill Systems has invited you to take the "SRE - Linux & Scripting" test as part of your
        application.

        Test duration: 90 minutes
        Number of questions: 4
        Please complete the test by: Mar 04, 2026, 11:59 PM MST

        Start test: https://www.hackerrank.com/tests/{t}/login?b={b}

        Before you begin:
          - Use a laptop or desktop with a stable internet connection.
          - You can take a practice test to get familiar with the environment.
          - Once you start, the timer cannot be paused.

        Good luck!
        Team Gold Hill Systems

        Need help? Visit https://support.hackerrank.com
        """).replace("{t}", hx("n14t", 12)).replace("{b}", hx("n14b", 40))
    htm = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#39424e\">\n" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    hs = [("Delivered-To", ME), rcv("o1.email.hackerrank.com", "167.89.68.21", when, zone, "n14"),
          ("From", addr("Gold Hill Systems via HackerRank", "noreply@hackerrankforwork.com")),
          ("To", ME),
          ("Subject", "Invitation: SRE - Linux & Scripting test from Gold Hill Systems"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('n14', 22)}@geopod-ismtpd-{int(hx('n14a', 2), 16) % 40}>")]
    return message(hs, alt(text(plain), html(htm)))


@reg(family="non_interview_calendar", lang="en", interview=False, company=None,
     days=(("Tue", "2026-03-10"),),
     note="Dentist appointment reminder (Tue 3/10 7:30 AM), HTML only, iso-8859-1: a confirmed time, not an interview")
def n15_dentist() -> bytes:
    when, zone = "2026-03-05 06:00", "America/Denver"
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Georgia,serif;font-size:15px;color:#2f3b45;background:#f3f7f9">
        <table width="560" align="center" cellpadding="24" style="background:#ffffff">
        <tr><td>
        <h2 style="color:#1f7a8c;font-weight:normal">Cherry Creek Family Dental</h2>
        <p>Hi Devin,</p>
        <p>This is a friendly reminder of your upcoming appointment:</p>
        <p style="font-size:17px"><b>Tuesday, 3/10 at 7:30 AM</b><br>
        Cleaning &amp; exam with Dr. Hélène Marchand, DDS<br>
        3100 E 3rd Ave, Suite 210, Denver, CO 80206</p>
        <p>Please <a href="https://patient.dentalconnect-mail.com/c/{c}">confirm your appointment</a> or call us at
        (303) 555-0140. We ask for 24 hours' notice for cancellations; a $50 fee applies to missed appointments.</p>
        <p>See you soon!<br>The team at Cherry Creek Family Dental</p>
        <p style="font-size:11px;color:#8a98a3">Reply STOP to opt out of appointment reminders. © 2026 Cherry Creek Family Dental.</p>
        </td></tr></table></body></html>
        """).replace("{c}", hx("n15c", 20))
    hs = [("Delivered-To", ME), rcv("mta-07.dentalconnect-mail.com", "198.21.6.107", when, zone, "n15"),
          ("From", addr("Cherry Creek Family Dental", "reminders@dentalconnect-mail.com")),
          ("To", ME),
          ("Subject", "Appointment Reminder: Tuesday 3/10 at 7:30 AM"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('n15', 26)}@dentalconnect-mail.com>")]
    return message(hs, html(htm, charset="iso-8859-1"))


@reg(family="non_interview_calendar", lang="en", interview=False, company=None,
     note="Google Calendar invitation to a weekly 1:1 with the current manager (work address), RRULE; not an interview")
def n16_gcal_one_on_one() -> bytes:
    when, zone = "2026-03-02 08:41", "America/Denver"
    eid = hx("n16eid", 40)
    desc = "Weekly 1:1. Running agenda doc: https://docs.google.com/document/d/" + hx("n16doc", 44) + "/edit"
    plain = t("""
        Devin / Karen 1:1
        Weekly on Monday ⋅ 1:30pm – 2pm
        Mountain Time - Denver

        Join with Google Meet
        https://meet.google.com/fzr-ynqu-pdk

        {desc}

        Guests
        Karen Liu - organizer
        Devin Okafor
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Reply for devin.okafor@highlinelogistics.com
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """).replace("{desc}", desc).replace("{eid}", eid)
    ics = gcal_ics(method="REQUEST", tzid="America/Denver", start="20260302T133000", end="20260302T140000",
                   stamp="20260302T154100Z", uid=f"{hx('n16uid', 26)}@google.com",
                   org=("Karen Liu", "karen.liu@highlinelogistics.com"),
                   guests=[("Karen Liu", "karen.liu@highlinelogistics.com", "ACCEPTED"),
                           ("Devin Okafor", WORK, "NEEDS-ACTION")],
                   summary="Devin / Karen 1:1", description=desc, location="", rrule="FREQ=WEEKLY;BYDAY=MO")
    body = mixed(alt(text(plain), html(gmail_html(plain)), calendar(ics, method="REQUEST")),
                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    hs = [("Delivered-To", ME),
          ("X-Forwarded-To", ME), ("X-Forwarded-For", f"{WORK} {ME}"),
          rcv("mail-sor-f73.google.com", "209.85.220.73", when, zone, "n16"),
          ("From", addr("Karen Liu", "karen.liu@highlinelogistics.com")),
          ("Reply-To", "karen.liu@highlinelogistics.com"),
          ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("To", addr(ME_NAME, WORK)),
          ("Subject", enc("Invitation: Devin / Karen 1:1 @ Weekly from 1:30pm to 2pm on Monday (MST) ("
                          + WORK + ")")),
          ("Date", date(when, zone)),
          ("Message-ID", f"<calendar-{hx('n16m', 8)}-{hx('n16n', 4)}-{hx('n16o', 4)}-{hx('n16p', 4)}-{hx('n16q', 12)}@google.com>")]
    return message(hs, body)


@reg(family="non_interview_calendar", lang="en", interview=False, company=None,
     note="Exchange meeting request (TZID 'Mountain Standard Time') from a financial advisor: annual portfolio "
          "review; a confirmed time, not an interview")
def n17_exchange_advisor() -> bytes:
    when, zone = "2026-10-06 15:12", "America/Denver"
    note = t("""
        Hi Devin,

        Looking forward to our annual review. We'll go over your 401(k) rollover options (since you
        mentioned you may be changing jobs), rebalancing, and your 2027 contribution plan. Please bring
        your most recent pay stub if you have it handy.

        Best regards,
        Elise Harmon, CFP®
        Aspen Wealth Partners | 5200 DTC Pkwy, Greenwood Village, CO
        """)
    plain = note + "\n" + teams("n17", "+1 720-555-0112,,{pin}#   United States, Denver")
    ics = exch_ics(method="REQUEST", tzid="Mountain Standard Time", start="20261014T160000",
                   end="20261014T170000", stamp="20261006T211200Z", uid=exch_uid("n17"),
                   org=("Elise Harmon", "eharmon@aspenwealthpartners.com"), guests=[("Devin Okafor", ME)],
                   summary="Annual Review - Devin Okafor", description=plain, location="Microsoft Teams Meeting")
    body = alt(text(plain), html(teams_html(plain)), calendar(ics, method="REQUEST", cte="base64"))
    hs = [("Delivered-To", ME),
          rcv("mail-mw2nam12on2091.outbound.protection.outlook.com", "40.107.244.91", when, zone, "n17"),
          ("From", addr("Elise Harmon", "eharmon@aspenwealthpartners.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Annual Review - Devin Okafor"),
          ("Thread-Topic", "Annual Review - Devin Okafor"),
          ("Thread-Index", "AdxV" + hx("n17ti", 20)),
          ("Date", date(when, zone)),
          ("Message-ID", outlook_mid("n17", "MW4PR12MB")),
          ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", "")]
    return message(hs, body)


@reg(family="non_interview_calendar", lang="en", interview=False, company=None,
     days=(("Sat", "2026-04-11"),),
     note="Apartment tour confirmation in Boulder (Sat 4/11 10:00 AM); not an interview")
def n18_apartment_tour() -> bytes:
    when, zone = "2026-04-08 12:30", "America/Denver"
    plain = t("""
        Hi Devin,

        Your in-person tour is confirmed!

        Pearl Flats Apartments
        Saturday, April 11, 2026 at 10:00 AM
        2150 Pearl St, Boulder, CO 80302
        Touring: 1 Bed / 1 Bath (Unit 304) and 2 Bed / 2 Bath (Unit 412)

        Please check in at the leasing office and bring a photo ID. Street parking is available on
        22nd St.

        Need to reschedule? Reply to this email or call (720) 555-0181.

        Pearl Flats Leasing Team
        """)
    htm = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222\">\n" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    hs = [("Delivered-To", ME), rcv("o7.sendgrid.rentmail.net", "149.72.170.7", when, zone, "n18"),
          ("From", addr("Pearl Flats Apartments", "leasing@pearlflatsboulder.com")),
          ("To", ME),
          ("Subject", "Tour Confirmed: Pearl Flats - Sat, Apr 11 at 10:00 AM"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('n18', 22)}@geopod-ismtpd-{int(hx('n18a', 2), 16) % 40}>")]
    return message(hs, alt(text(plain), html(htm)))


@reg(family="meetup", lang="en", interview=False, company=None,
     days=(("Thu", "2026-10-15"),),
     note="Meetup RSVP confirmation for a local SRE meetup (Thu Oct 15, 6:00 PM MDT); not an interview")
def n19_meetup() -> bytes:
    when, zone = "2026-10-12 18:04", "America/Denver"
    plain = t("""
        You're going!

        Denver SRE & DevOps
        Chaos Engineering Night + Lightning Talks

        Thursday, October 15, 2026
        6:00 PM to 8:30 PM MDT

        Galvanize Platte, 1062 Delaware St, Denver, CO

        Pizza and drinks sponsored by Highline Logistics. Talks: "Game days that don't suck",
        "What we learned from 40 postmortems", plus 5-minute lightning talks (sign up at the door).

        See event: https://www.meetup.com/denver-sre-devops/events/{ev}/

        Can't make it anymore? Update your RSVP so someone on the waitlist can go.

        Meetup, PBC, POB 4668 #37895 New York, NY 10163-4668
        Unsubscribe: https://www.meetup.com/account/comm/
        """).replace("{ev}", str(int(hx("n19ev", 8), 16)))
    htm = "<html><body style=\"font-family:Graphik,Helvetica,Arial,sans-serif;font-size:15px;color:#212121\">\n" + "".join(
        f"<p>{p.replace('&', '&amp;').replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    hs = [("Delivered-To", ME), rcv("mail-a.meetup.com", "23.251.234.8", when, zone, "n19"),
          ("From", addr("Meetup", "info@meetup.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "You're going to Chaos Engineering Night + Lightning Talks"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('n19', 20)}.{int(hx('n19a', 6), 16)}@meetup.com>"),
          ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>")]
    return message(hs, alt(text(plain), html(htm)))


@reg(family="marketing_webinar", lang="en", interview=False, company=None,
     days=(("Thu", "2026-10-08"),),
     note="Zoom webinar registration 'The SRE Interview Loop, Demystified' with an ICS; a webinar, not a job interview")
def n20_webinar() -> bytes:
    when, zone = "2026-09-29 17:20", "UTC"
    plain = t("""
        Hi Devin,

        Thank you for registering for "The SRE Interview Loop, Demystified: a live panel with hiring
        managers".

        Date & Time: Oct 8, 2026 11:00 AM Mountain Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/8812204771?tk={tk}

        Passcode: 337912

        Description: Hiring managers from three infrastructure teams walk through what they're really
        looking for in the troubleshooting, system design and behavioral rounds, then take your
        questions live. Brought to you by The On-Call Brief.

        Add to calendar: the invitation is attached.

        You can cancel your registration at any time.
        """).replace("{tk}", hx("n20tk", 40))
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "BEGIN:VEVENT", "DTSTAMP:20260929T172000Z", "DTSTART:20261008T170000Z",
        "DTEND:20261008T180000Z", "SUMMARY:The SRE Interview Loop\\, Demystified: a live panel with hiring managers",
        f"UID:20260929T172000Z-{int(hx('n20uid', 8), 16)}@fe80:0:0:0:0:0:0:0",
        "TZID:America/Denver",
        "DESCRIPTION:Join from PC\\, Mac\\, iPad\\, or Android: https://us06web.zoom.us/w/8812204771",
        "LOCATION:https://us06web.zoom.us/w/8812204771", "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY",
        "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(alt(text(plain), html("<html><body>" + "".join(
        f"<p>{p.replace('&', '&amp;').replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")),
        calendar(ics, method=None, cte="base64", filename="iCalendar.ics", disposition="attachment"))
    hs = [("Delivered-To", ME), rcv("zoom-mail-ip-170-114-10-74.zoom.us", "170.114.10.74", when, zone, "n20"),
          ("From", addr("The On-Call Brief", "no-reply@zoom.us")),
          ("Reply-To", "events@oncallbrief.com"),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "The SRE Interview Loop, Demystified Confirmation"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('n20', 30)}@zoom.us>")]
    return message(hs, body)


@reg(family="mock_interview", lang="en", interview=False, company=None,
     days=(("Tue", "2026-11-17"),),
     note="Paid mock system-design interview with a coach, booking confirmation with ICS; practice, not a job interview")
def n21_mock_interview() -> bytes:
    when, zone = "2026-11-13 20:02", "America/Denver"
    plain = t("""
        Your session is booked!

        Mock Interview: SRE System Design (60 min)
        with Kiran Das, ex-Staff SRE

        Tuesday, November 17, 2026
        6:00 PM - 7:00 PM MST

        Video link: https://loopprep.io/room/{room}

        What to expect: Kiran will run a realistic system design round (think "design a metrics
        pipeline for 10k hosts"), then spend 15 minutes on written feedback and a hire/no-hire
        calibration so you know where you stand before the real thing.

        Reschedule or cancel up to 24 hours before the session: https://loopprep.io/bookings

        LoopPrep · Practice interviews with engineers who've hired
        """).replace("{room}", hx("n21room", 12))
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//LoopPrep//Bookings 2.4//EN", "VERSION:2.0", "METHOD:REQUEST",
        VTZ["America/Denver"], "BEGIN:VEVENT", f"UID:booking-{hx('n21uid', 20)}@loopprep.io",
        "DTSTAMP:20261114T030200Z", "DTSTART;TZID=America/Denver:20261117T180000",
        "DTEND;TZID=America/Denver:20261117T190000", "SUMMARY:Mock Interview: SRE System Design with Kiran Das",
        f"LOCATION:https://loopprep.io/room/{hx('n21room', 12)}",
        "ORGANIZER;CN=LoopPrep:mailto:bookings@loopprep.io",
        "ATTENDEE;CN=Devin Okafor;PARTSTAT=ACCEPTED:mailto:devin.okafor@example.org",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(text(plain), calendar(ics, method="REQUEST", filename="session.ics", disposition="attachment"))
    hs = [("Delivered-To", ME), rcv("o4.mail.loopprep.io", "149.72.201.4", when, zone, "n21"),
          ("From", addr("LoopPrep", "bookings@loopprep.io")),
          ("To", ME),
          ("Subject", "Booked: Mock Interview - SRE System Design with Kiran Das (Tue, Nov 17)"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('n21', 22)}@geopod-ismtpd-{int(hx('n21a', 2), 16) % 40}>")]
    return message(hs, body)


@reg(family="podcast", lang="en", interview=False, company=None,
     days=(("Thu", "2026-03-19"),),
     note="Podcast host confirms a recording ('the interview') Thurs 3/19 1pm MT; press/podcast, not a job interview")
def n22_podcast() -> bytes:
    when, zone = "2026-03-13 09:47", "America/Denver"
    body = t("""
        Hey Devin!

        Awesome, we're locked in: Thurs 3/19 at 1pm MT for the Paged at 3AM recording. Plan on about an
        hour; the interview itself is ~40 min and we'll do a quick sound check first. I'll send a
        Riverside link the day before.

        Loose outline:
          1. How you ended up in SRE (the warehouse-scanner origin story, please)
          2. The Black Friday 2025 outage and what changed after
          3. Hot takes on error budgets

        If you have a decent USB mic, use it. Airpods are fine in a pinch.

        Maggie Tran
        Host, Paged at 3AM
        """)
    hs = [("Delivered-To", ME), rcv("mail-sor-f41.google.com", "209.85.220.41", when, zone, "n22"),
          ("From", addr("Maggie Tran", "maggie@pagedat3am.fm")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Re: Guest spot on Paged at 3AM"),
          ("Date", date(when, zone)),
          ("Message-ID", gmail_mid("n22")),
          ("In-Reply-To", f"<{hx('n22prev', 24)}@example.org>")]
    return message(hs, alt(text(body), html(gmail_html(body))))


@reg(family="interviewer_side", lang="en", interview=False, company=None,
     days=(("Wed", "2026-11-18"),),
     note="Current employer's Greenhouse tells Devin (at his work address) he is interviewing a candidate; he is "
          "the interviewer, not the candidate")
def n23_greenhouse_interviewer() -> bytes:
    when, zone = "2026-11-12 13:26", "America/Denver"
    plain = t("""
        Hi Devin,

        You've been scheduled to interview Marco Díaz for Site Reliability Engineer II.

        When: Wednesday, November 18, 2026, 2:00 PM - 3:00 PM MST
        Where: Google Meet - https://meet.google.com/ekq-xrbo-waa
        Interview: Technical - Incident Response
        Focus attributes: Troubleshooting under pressure, Communication, Linux fundamentals

        Interview kit: https://app.greenhouse.io/guides/{g}/people/{p}
        Resume: https://app.greenhouse.io/people/{p}/resume

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Highline Logistics Recruiting

        Powered by Greenhouse
        """).replace("{g}", str(int(hx("n23g", 7), 16))).replace("{p}", str(int(hx("n23p", 8), 16)))
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software Inc//Greenhouse Scheduling//EN",
        "METHOD:REQUEST", VTZ["America/Denver"], "BEGIN:VEVENT",
        f"UID:greenhouse-interview-{hx('n23uid', 20)}@greenhouse.io", "DTSTAMP:20261112T202600Z",
        "DTSTART;TZID=America/Denver:20261118T140000", "DTEND;TZID=America/Denver:20261118T150000",
        "SUMMARY:Interview: Marco Díaz - Technical - Incident Response (SRE II)",
        "LOCATION:https://meet.google.com/ekq-xrbo-waa",
        "ORGANIZER;CN=Tasha Greene:mailto:tasha.greene@highlinelogistics.com",
        f"ATTENDEE;CN=Devin Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{WORK}",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = mixed(text(plain), calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                       disposition="attachment"))
    hs = [("Delivered-To", ME),
          ("X-Forwarded-To", ME), ("X-Forwarded-For", f"{WORK} {ME}"),
          rcv("o12.us.greenhouse-mail.io", "167.89.44.210", when, zone, "n23"),
          ("From", addr("Highline Logistics Recruiting", "no-reply@us.greenhouse-mail.io")),
          ("Reply-To", addr("Tasha Greene", "tasha.greene@highlinelogistics.com")),
          ("To", addr(ME_NAME, WORK)),
          ("Subject", enc("Interview scheduled: Marco Díaz for Site Reliability Engineer II – Wed, Nov 18")),
          ("Date", date(when, zone)),
          ("Message-ID", f"<{hx('n23mid', 24)}@us.greenhouse-mail.io>")]
    return message(hs, body)


@reg(family="reference_call", lang="en", interview=False, company=None,
     days=(("Thu", "2026-10-08"),),
     note="A former colleague tells Devin a recruiter will call him Thurs 10/8 at 11a MT as her reference; "
          "someone else's candidacy, not Devin's interview")
def n24_reference_call() -> bytes:
    when, zone = "2026-10-05 19:18", "America/Denver"
    body = t("""
        Hiii Devin!

        Huge favor and thank you in advance: I'm in the final stage at Foxglove Health and their
        recruiter (Paula Sand) wants to do a reference call with you. I told her Thurs 10/8 at 11a MT
        works for you since you said mornings are easiest. She'll call your cell, it's ~20 min.

        She'll probably ask about the Kafka migration and how I handled the pager rotation when we
        were short-staffed. You know all the gory details, lol.

        Drinks on me when this is over. Let me know if Thursday doesn't work and I'll move it!

        Lucia

        --
        Lucia Bergstrom
        """)
    hs = [("Delivered-To", ME), rcv("mail-sor-f41.google.com", "209.85.220.41", when, zone, "n24"),
          ("From", addr("Lucia Bergstrom", "lucia.bergstrom@example.net")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "reference call thurs?? \U0001f64f"),
          ("Date", date(when, zone)),
          ("Message-ID", gmail_mid("n24"))]
    hs = [(k, enc(v) if k == "Subject" else v) for k, v in hs]
    return message(hs, alt(text(body), html(gmail_html(body))))


@reg(family="auto_reply", lang="en", interview=False, company="Tallgrass Data",
     days=(("Mon", "2026-03-09"),),
     note="Out-of-office auto-reply from the recruiter to Devin's 'Re: Interview Confirmation'; Auto-Submitted")
def n25_ooo_tallgrass() -> bytes:
    when, zone = "2026-03-05 10:02", "America/Denver"
    body = t("""
        Hi there,

        Thanks for your note! I'm out of the office through Monday 3/9 with limited access to email.
        I'll respond as soon as I can when I'm back.

        For anything urgent, please reach out to recruiting@tallgrassdata.com.

        Thanks,
        Lena
        """)
    hs = [("Delivered-To", ME), rcv("mail-bn8nam12on2102.outbound.protection.outlook.com", "40.107.237.102", when, zone, "n25"),
          ("From", addr("Lena Vasquez", "lena.vasquez@tallgrassdata.com")),
          ("To", addr(ME_NAME, ME)),
          ("Subject", "Automatic reply: Re: Interview Confirmation: Site Reliability Engineer at Tallgrass Data"),
          ("Thread-Topic", "Re: Interview Confirmation: Site Reliability Engineer at Tallgrass Data"),
          ("Date", date(when, zone)),
          ("Message-ID", outlook_mid("n25", "BN8PR12MB")),
          ("In-Reply-To", f"<{hx('n25prev', 24)}@example.org>"),
          ("Auto-Submitted", "auto-replied"),
          ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", "lena.vasquez@tallgrassdata.com")]
    return message(hs, text(body, charset="iso-8859-1"))


@reg(family="bounce", lang="en", interview=False, company=None,
     note="Postfix bounce of Devin's thank-you note after an interview (typo'd domain); returned message attached")
def n26_bounce() -> bytes:
    when, zone = "2026-11-03 15:10", "America/Denver"
    sent = "2026-11-03 15:09"
    orig_body = t("""
        Hi Theo,

        Thanks again for the time this afternoon. I really enjoyed digging into how your team runs
        on-call across the three regions, and the Kafka lag story was a great one. I'm even more
        excited about the role after our conversation.

        Looking forward to hearing about next steps.

        Best,
        Devin
        """)
    orig = message([("From", addr(ME_NAME, ME)), ("To", addr("Theo Marchetti", "theo@harborlightmedia.co")),
                    ("Subject", "Thank you - Platform / SRE role"), ("Date", date(sent, zone)),
                    ("Message-ID", f"<{hx('n26orig', 24)}@example.org>")],
                   text(orig_body))
    explain = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <theo@harborlightmedia.co>: Host or domain name not found. Name service error
            for name=harborlightmedia.co type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 7D2E41C04B
        X-Postfix-Sender: rfc822; devin.okafor@example.org
        Arrival-Date: Tue,  3 Nov 2026 22:09:58 +0000 (UTC)

        Final-Recipient: rfc822; theo@harborlightmedia.co
        Original-Recipient: rfc822;theo@harborlightmedia.co
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=harborlightmedia.co type=AAAA: Host not found
        """)
    body = multipart("report",
                     Part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
                          explain.replace("\n", "\r\n").encode("ascii")),
                     raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                              status),
                     Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
                     params="report-type=delivery-status")
    hs = [("Delivered-To", ME),
          ("Received", "by mx1.example.org (Postfix)\r\n id 9A0C21C050; Tue,  3 Nov 2026 22:10:00 +0000 (UTC)"),
          ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
          ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date(when, zone)),
          ("Message-ID", "<20261103221000.9A0C21C050@mx1.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, body)


@reg(family="newsletter_tips", lang="en", interview=False, company=None,
     note="Substack newsletter about SRE onsite interviews; List-Unsubscribe; confirms nothing")
def n27_newsletter() -> bytes:
    when, zone = "2026-10-18 06:30", "America/New_York"
    plain = t("""
        The On-Call Brief
        Issue #112 · The 5 rounds you'll see in an SRE onsite (and how to prep for each)

        Hi friends,

        A reader asked last week: "I have a virtual onsite next Thursday at 9am, what should I
        actually practice?" Fair question. After talking to a dozen hiring managers, here's the
        shape of most SRE loops right now:

        1. Troubleshooting / debugging. A broken box, a shell, 45 minutes. Narrate everything.
        2. System design with a reliability lens. Expect "how does this fail?" more than "how does
           this scale?".
        3. Incident deep dive. Pick an outage you owned. Timeline, decisions, what you'd change.
        4. Coding. Usually practical: parse some logs, write a small tool. Rarely leetcode hard.
        5. Behavioral / values. On-call burnout, disagreements with dev teams, blameless culture.

        Bonus: always send a short thank-you the same day. It doesn't win offers, but forgetting it
        can cost you one.

        Reminder: our free live panel "The SRE Interview Loop, Demystified" already happened, and
        the recording is up for paid subscribers.

        See you next week,
        Priya @ The On-Call Brief

        Unsubscribe https://oncallbrief.substack.com/action/disable_email?token={tok}
        """).replace("{tok}", hx("n27tok", 40))
    htm = "<html><body style=\"font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#363737\">\n" + "".join(
        f"<p>{p.replace('&', '&amp;').replace(chr(10), ' ')}</p>\n" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    hs = [("Delivered-To", ME), rcv("mail-x7.substack.com", "167.89.24.57", when, zone, "n27"),
          ("From", addr("The On-Call Brief", "oncallbrief@substack.com")),
          ("Reply-To", "reply+" + hx("n27r", 30) + "@substack.com"),
          ("To", ME),
          ("Subject", "The 5 rounds you'll see in an SRE onsite (and how to prep for each)"),
          ("Date", date(when, zone)),
          ("Message-ID", f"<20261018103000.{hx('n27', 20)}@substack.com>"),
          ("List-Id", "<oncallbrief.substack.com>"),
          ("List-Unsubscribe", f"<https://oncallbrief.substack.com/action/disable_email?token={hx('n27tok', 40)}>"),
          ("Precedence", "bulk")]
    return message(hs, alt(text(plain), html(htm)))
