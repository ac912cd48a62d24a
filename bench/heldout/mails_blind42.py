"""blind42: a blind held-out set of 50 hand-written mails from one job seeker's inbox.

Inbox owner: Elena Castillo <elena.castillo@example.org>, a quantitative / strategy analyst in
New York (America/New_York) applying to banks, hedge funds, fintechs, media and consulting firms in
New York, Jersey City, Boston, Chicago, San Francisco, London and Toronto.

Written without reading the detector, its tests or fixtures, or any other held-out set's mails.
Each mail is one function below; the MIME plumbing and the checks are make.py's, imported
unchanged. Build and check with ``python3 bench/heldout/make_blind.py blind42``.

Writing order = key 1..50 (keys 1..24 positive, 25..50 negative); the file number of key k is
ORDER[k - 1], a fixed shuffle.
"""

from __future__ import annotations

import base64
import hashlib
import random
from urllib.parse import quote_plus

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
    utc,
)

SET = "blind42"
ORDER = random.Random(42042).sample(range(1, 51), 50)

ME = "Elena Castillo"
ME_ADDR = "elena.castillo@example.org"
ME_OLD = "elena.castillo@example.com"
ME_WORK = "ecastillo@amberfieldanalytics.com"
NY = "America/New_York"
CHI = "America/Chicago"
LA = "America/Los_Angeles"
TOR = "America/Toronto"
LON = "Europe/London"


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


# --------------------------------------------------------------------------- ids and headers


def hx(seed: str, n: int = 16) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{SET}:{seed}:{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def b64id(seed: str, n: int = 22) -> str:
    raw = hashlib.sha256(f"{SET}:{seed}".encode()).digest() * 2
    return base64.urlsafe_b64encode(raw).decode().replace("=", "")[:n]


def uuid(seed: str) -> str:
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def thread_index(seed: str) -> str:
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


def rcv(host: str, ip: str, when: str, zone: str, seed: str, to: str = ME_ADDR, lag: int = 2) -> tuple[str, str]:
    by = f"mx1.example.org (Postfix) with ESMTPS id {hx(seed, 11).upper()}"
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone, by, to, lag))


def dkim(domain: str, selector: str, seed: str) -> tuple[str, str]:
    b = b64id(seed + "b", 43)
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s={selector};\r\n"
                              f"\th=from:to:subject:date:message-id; bh={b64id(seed + 'bh', 43)}=;\r\n"
                              f"\tb={b}")


def ics_text(s: str) -> str:
    """Escape a TEXT value for ICS (RFC 5545 3.3.11)."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def stamp(local: str, zone: str) -> str:
    return utc(local, zone).replace("-", "").replace(":", "")


def icsdt(local: str) -> str:
    return local.replace("-", "").replace(":", "").replace(" ", "T") + "00"


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


# --------------------------------------------------------------------------- Google Calendar


GCAL_FOOTER = """Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""


def gcal_ics(*, method: str, uid: str, start: str, end: str, summary: str, description: str,
             location: str, org: tuple[str, str], guests: list[tuple[str, str]], seq: int, status: str,
             sent: str, created: str, tz: str = NY) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        VTZ[tz] if tz in VTZ else VTZ_LA,
        "BEGIN:VEVENT",
        f"DTSTART;TZID={tz}:{icsdt(start)}",
        f"DTEND;TZID={tz}:{icsdt(end)}",
        f"DTSTAMP:{stamp(sent, NY)}",
        f"ORGANIZER;CN={org[0]}:mailto:{org[1]}",
        f"UID:{uid}@google.com",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={org[0]};X-NUM-GUESTS=0:mailto:{org[1]}",
    ]
    for name, address in guests:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{address}")
    lines += [
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(uid, 8), 16) % 2000000000}",
        f"CREATED:{stamp(created, NY)}",
        f"DESCRIPTION:{ics_text(description)}",
        f"LAST-MODIFIED:{stamp(sent, NY)}",
        f"LOCATION:{ics_text(location)}",
        f"SEQUENCE:{seq}",
        f"STATUS:{status}",
        f"SUMMARY:{ics_text(summary)}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(lines)


def gcal_body(*, top: str, title: str, when: str, zone_line: str, location: str, description: str,
              org: tuple[str, str], guests: list[str], eid: str, reply_for: str = ME_ADDR) -> str:
    parts = []
    if top:
        parts.append(top + "\n")
    parts.append(f"{title}\n{when}\n{zone_line}\n")
    if location:
        maps = quote_plus(location)
        parts.append(f"Location\n{location}\nhttps://www.google.com/maps/search/{maps}?hl=en\n")
    if description:
        parts.append(description.rstrip("\n") + "\n")
    parts.append(f"Organizer\n{org[0]}\n{org[1]}\n")
    gl = "\n".join([f"{org[0]} - organizer", *guests])
    parts.append(f"Guests\n{gl}\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjEj{b64id(eid, 40)}&ctz=America%2FNew_York&hl=en&es=0\n")
    if not top.startswith("This event has been canceled"):
        parts.append(f"Reply for {reply_for}\nYes\nNo\nMaybe\nMore options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjEj{b64id(eid, 40)}&ctz=America%2FNew_York&hl=en&es=0\n")
    parts.append(GCAL_FOOTER)
    return "\n".join(parts)


def gcal_html(plain: str, title: str) -> str:
    import html as _h

    rows = []
    for para in plain.strip("\n").split("\n\n"):
        lines = [_h.escape(x) for x in para.split("\n")]
        rows.append('<tr><td style="padding-bottom:16px;font-family:Roboto,Helvetica,Arial,sans-serif;'
                    'font-size:14px;color:#3c4043;line-height:20px">' + "<br>".join(lines) + "</td></tr>")
    return ("<!doctype html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
            f"<title>{_h.escape(title)}</title></head><body>\n"
            '<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" '
            'style="max-width:600px;margin:0 auto">\n' + "\n".join(rows) + "\n</table>\n</body></html>\n")


def gcal_message(*, headers: list[tuple[str, str]], plain: str, title: str, ics: str, method: str,
                 html_old: str = "", html_new: str = "") -> bytes:
    page = gcal_html(plain, title)
    if html_old:
        assert html_old in page
        page = page.replace(html_old, html_new)
    body = mixed(
        alt(
            text(plain, params='format=flowed; delsp=yes', cte="base64"),
            html(page, cte="quoted-printable"),
            calendar(ics, method=method, cte="7bit"),
        ),
        calendar(ics, method=None, ctype="application/ics", filename="invite.ics", disposition="attachment",
                 cte="base64", name_param=True),
    )
    return message(headers, body)


# --------------------------------------------------------------------------- Exchange / Outlook


TEAMS_BLOCK = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {meeting_id}
Passcode: {passcode}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Or call in (audio only)
{dial}
Phone Conference ID: {conf}#
Find a local number<https://dialin.teams.microsoft.com/{tid}?id={confnum}> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def teams_block(seed: str, meeting_id: str, passcode: str, dial: str, conf: str) -> str:
    return TEAMS_BLOCK.format(mid=b64id(seed, 44), tid=uuid(seed + "tid"), meeting_id=meeting_id,
                              passcode=passcode, dial=dial, conf=conf, confnum=conf.replace(" ", ""))


def cn(name: str) -> str:
    """A CN parameter value, quoted when it holds a comma, colon or semicolon (Exchange quotes 'Last, First')."""
    return f'"{name}"' if any(c in name for c in ",:;") else name


def exchange_ics(*, method: str, tzid: str, start: str, end: str, summary: str, description: str,
                 location: str, org: tuple[str, str], attendees: list[tuple[str, str, str]], seq: int,
                 status: str, sent: str, sent_zone: str, uid_seed: str, rrule: str | None = None,
                 busy: str = "TENTATIVE", importance: int = 1, teams: bool = False) -> str:
    uid = "040000008200E00074C5B7101A82E00800000000" + hx(uid_seed, 16).upper() + "01000000000000000010000000" + hx(uid_seed + "u", 32).upper()
    lines = [
        "BEGIN:VCALENDAR",
        f"METHOD:{method}",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ[tzid],
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}",
    ]
    for role, name, address in attendees:
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(name)}:mailto:{address}")
    lines += [
        f"DESCRIPTION;LANGUAGE=en-US:{ics_text(description)}",
    ]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    cdo_busy = "FREE" if status == "CANCELLED" else "BUSY"
    lines += [
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{ics_text(summary)}",
        f"DTSTART;TZID={tzid}:{icsdt(start)}",
        f"DTEND;TZID={tzid}:{icsdt(end)}",
        "CLASS:PUBLIC",
        "PRIORITY:1" if importance == 2 else "PRIORITY:5",
        f"DTSTAMP:{stamp(sent, sent_zone)}",
        "TRANSP:OPAQUE" if status != "CANCELLED" else "TRANSP:TRANSPARENT",
        f"STATUS:{status}",
        f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE=en-US:{ics_text(location)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(uid_seed, 8), 16) % 2000000000}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        f"X-MICROSOFT-CDO-INTENDEDSTATUS:{cdo_busy}",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        f"X-MICROSOFT-CDO-IMPORTANCE:{importance}",
        "X-MICROSOFT-CDO-INSTTYPE:1" if rrule else "X-MICROSOFT-CDO-INSTTYPE:0",
    ]
    if teams:
        lines += [
            f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64id(uid_seed, 44)}%40thread.v2/0",
            "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/",
            f"X-MICROSOFT-SKYPETEAMSPROPERTIES:{{\"cid\":\"19:meeting_{b64id(uid_seed, 44)}@thread.v2\"\\,\"private\":true\\,\"type\":0}}",
            "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:",
            "X-MICROSOFT-ONLINEMEETINGCONFLINK:",
        ]
    lines += [
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
    ]
    if status != "CANCELLED":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def outlook_html(plain: str, charset: str = "utf-8") -> str:
    """The text/html twin Outlook writes: WordSection1 with one MsoNormal paragraph per line."""
    import html as _h

    out = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">',
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:\"Aptos\",sans-serif;}\n"
        "a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style></head>",
        '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
        '<div class="WordSection1">',
    ]
    for line in plain.rstrip("\n").split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{_h.escape(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    out.append("</div>\n</body>\n</html>")
    return "\n".join(out) + "\n"


def outlook_headers(*, seed: str, topic: str, when: str, zone: str, lang: str = "en-US") -> list[tuple[str, str]]:
    return [
        ("Thread-Topic", topic),
        ("Thread-Index", thread_index(seed)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<{hx(seed, 4).upper()}PR{hx(seed + 'm', 2).upper()}MB{hx(seed + 'n', 4).upper()}"
                       f"{hx(seed + 'x', 24).upper()}@{hx(seed, 4).upper()}PR{hx(seed + 'm', 2).upper()}MB"
                       f"{hx(seed + 'n', 4).upper()}.namprd{int(hx(seed, 2), 16) % 20:02d}.prod.outlook.com>"),
        ("Accept-Language", lang),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def gmail_id(seed: str) -> str:
    return f"<CA{b64id(seed, 10)}+{b64id(seed + 'x', 28)}@mail.gmail.com>"


def ses_id(seed: str) -> str:
    return f"<0100019{hx(seed + 't', 9)}-{uuid(seed)}-000000@email.amazonses.com>"


# =========================================================================== positives


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-02-10T16:00:00Z", end="2026-02-10T16:45:00Z", contact="nicole.ferraro@cobaltridgecap.com",
      company="Cobalt Ridge Capital", local="Tue 2026-02-10 11:00", local_end="2026-02-10 11:45", zone=NY,
      note="Greenhouse template from no-reply with the recruiter as Reply-To; phone screen 'Tuesday, February "
           "10, 2026, 11:00 AM - 11:45 AM EST' (EST is right in February) = 16:00-16:45Z")
def m01() -> bytes:
    plain = t("""
        Hi Elena,

        Thanks again for your interest in the Quantitative Researcher, Systematic Macro role at Cobalt Ridge Capital! I'm happy to confirm your phone interview with Tom Brennan, one of our Portfolio Managers.

        Date: Tuesday, February 10, 2026
        Time: 11:00 AM - 11:45 AM EST
        Format: Phone call. Tom will call you at (646) 555-0139.

        If that isn't the best number to reach you, just reply and let me know. Tom will want to walk through your resume and talk through a couple of market questions, so there's no need to prepare anything formal.

        Best,
        Nicole

        Nicole Ferraro
        Talent Acquisition | Cobalt Ridge Capital
        12 East 49th Street, 31st Floor, New York, NY 10017
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family: Arial, sans-serif; font-size: 14px;">
        <p>Hi Elena,</p>
        <p>Thanks again for your interest in the Quantitative Researcher, Systematic Macro role at Cobalt Ridge Capital! I'm happy to confirm your phone interview with Tom Brennan, one of our Portfolio Managers.</p>
        <p><strong>Date:</strong> Tuesday, February 10, 2026<br>
        <strong>Time:</strong> 11:00 AM - 11:45 AM EST<br>
        <strong>Format:</strong> Phone call. Tom will call you at (646) 555-0139.</p>
        <p>If that isn't the best number to reach you, just reply and let me know. Tom will want to walk through your resume and talk through a couple of market questions, so there's no need to prepare anything formal.</p>
        <p>Best,<br>Nicole</p>
        <p style="color:#666666;font-size:12px">Nicole Ferraro<br>Talent Acquisition | Cobalt Ridge Capital<br>12 East 49th Street, 31st Floor, New York, NY 10017</p>
        </div>
        <img src="https://app.greenhouse.io/email_open/{id}.gif" width="1" height="1" alt="">
        </body></html>
        """).replace("{id}", hx("m01o", 24))
    when = "2026-02-05 19:12:40"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("o3.us.greenhouse-mail.io", "167.89.101.44", when, "UTC", "m01"),
        dkim("us.greenhouse-mail.io", "s1", "m01"),
        ("From", addr("Cobalt Ridge Capital", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Nicole Ferraro", "nicole.ferraro@cobaltridgecap.com")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "Interview Confirmation: Cobalt Ridge Capital - Quantitative Researcher, Systematic Macro"),
        ("Date", date(when, "UTC")),
        ("Message-ID", f"<{hx('m01', 22)}@ismtpd0047p1mdw1.sendgrid.net>"),
        ("X-SG-EID", b64id("m01sg", 60)),
    ]
    return message(headers, alt(text(plain), html(body_html)))


@mail(N(2), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-03-12T13:00:00Z", end="2026-03-12T16:15:00Z", contact="brianna.cole@halvorsenpike.com",
      company="Halvorsen & Pike", local="Thu 2026-03-12 09:00", local_end="2026-03-12 12:15", zone=NY,
      note="GoodTime superday itinerary, four sessions 9:00 AM - 12:15 PM EDT in person; sent Fri 6 March in "
           "EST, the superday falls after US DST starts on 8 March, so 13:00-16:15Z; ICS agrees; contact = "
           "Reply-To coordinator (also ORGANIZER)")
def m02() -> bytes:
    plain = t("""
        Halvorsen & Pike

        Hi Elena,

        Congratulations on being invited to a Superday for the Strategic Analytics Associate position! Your schedule is below. Please arrive at the lobby of 355 Madison Avenue by 8:45 AM and bring a government-issued photo ID for building security. Ask for Brianna Cole at the 14th floor reception.

        THURSDAY, MARCH 12, 2026
        9:00 AM - 12:15 PM EDT (Eastern Time)

        9:00 AM - 9:45 AM      Eric Lindahl, Managing Director, Strategic Analytics
        9:45 AM - 10:30 AM     Sophie Anand, Vice President (modeling case)
        10:45 AM - 11:30 AM    Marco Bellini, Executive Director
        11:30 AM - 12:15 PM    Rachel Okoye, Associate

        Location
        Halvorsen & Pike, 355 Madison Avenue, 14th Floor, New York, NY 10017

        What to bring
        - Two printed copies of your resume
        - A pen and a non-programmable calculator for the modeling case

        If you have any questions before the day, reply to this email and it will reach Brianna.

        We look forward to meeting you!

        Halvorsen & Pike Recruiting Coordination

        ---
        Scheduled with GoodTime. To view this itinerary online: https://itinerary.goodtime.io/c/{tok}
        """).replace("{tok}", b64id("m02it", 32))
    rows = "".join(
        f'<tr><td style="padding:6px 12px;border-bottom:1px solid #e5e5e5;white-space:nowrap">{a}</td>'
        f'<td style="padding:6px 12px;border-bottom:1px solid #e5e5e5">{b}</td></tr>\n'
        for a, b in [
            ("9:00 AM - 9:45 AM", "Eric Lindahl<br><span style=\"color:#777\">Managing Director, Strategic Analytics</span>"),
            ("9:45 AM - 10:30 AM", "Sophie Anand<br><span style=\"color:#777\">Vice President (modeling case)</span>"),
            ("10:45 AM - 11:30 AM", "Marco Bellini<br><span style=\"color:#777\">Executive Director</span>"),
            ("11:30 AM - 12:15 PM", "Rachel Okoye<br><span style=\"color:#777\">Associate</span>"),
        ])
    body_html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Your Superday itinerary</title></head>'
        '<body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;color:#222">\n'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px 0">\n'
        '<tr><td style="background:#0b2545;color:#fff;padding:18px 24px;font-size:20px">Halvorsen &amp; Pike</td></tr>\n'
        '<tr><td style="padding:24px">\n'
        '<p>Hi Elena,</p>\n'
        '<p>Congratulations on being invited to a Superday for the <b>Strategic Analytics Associate</b> position! '
        'Your schedule is below. Please arrive at the lobby of 355 Madison Avenue by 8:45 AM and bring a '
        'government-issued photo ID for building security. Ask for Brianna Cole at the 14th floor reception.</p>\n'
        '<p style="font-size:16px;margin:20px 0 4px"><b>Thursday, March 12, 2026</b></p>\n'
        '<p style="margin:0 0 12px;color:#555">9:00 AM - 12:15 PM EDT (Eastern Time)</p>\n'
        f'<table cellpadding="0" cellspacing="0" width="100%" style="font-size:14px">\n{rows}</table>\n'
        '<p><b>Location</b><br>Halvorsen &amp; Pike, 355 Madison Avenue, 14th Floor, New York, NY 10017</p>\n'
        '<p><b>What to bring</b></p><ul><li>Two printed copies of your resume</li>'
        '<li>A pen and a non-programmable calculator for the modeling case</li></ul>\n'
        '<p>If you have any questions before the day, reply to this email and it will reach Brianna.</p>\n'
        '<p>We look forward to meeting you!</p>\n'
        '<p>Halvorsen &amp; Pike Recruiting Coordination</p>\n'
        '</td></tr>\n'
        f'<tr><td style="padding:12px 24px;font-size:11px;color:#999">Scheduled with GoodTime. '
        f'<a href="https://itinerary.goodtime.io/c/{b64id("m02it", 32)}">View this itinerary online</a></td></tr>\n'
        '</table></td></tr></table></body></html>\n')
    sent = "2026-03-06 16:21:07"
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//GoodTime//GoodTime Scheduling//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        VTZ["America/New_York"],
        "BEGIN:VEVENT",
        f"UID:gt-{uuid('m02uid')}",
        f"DTSTAMP:{stamp(sent, NY)}",
        "DTSTART;TZID=America/New_York:20260312T090000",
        "DTEND;TZID=America/New_York:20260312T121500",
        "SUMMARY:Halvorsen & Pike Superday - Strategic Analytics Associate (Elena Castillo)",
        "LOCATION:355 Madison Avenue\\, 14th Floor\\, New York\\, NY 10017",
        "DESCRIPTION:9:00-9:45 Eric Lindahl\\n9:45-10:30 Sophie Anand\\n10:45-11:30 Marco Bellini\\n11:30-12:15 Rachel Okoye\\n\\nQuestions? brianna.cole@halvorsenpike.com",
        "ORGANIZER;CN=Brianna Cole:mailto:brianna.cole@halvorsenpike.com",
        "ATTENDEE;CN=Elena Castillo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elena.castillo@example.org",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail.goodtime.io", "149.72.36.210", sent, NY, "m02"),
        ("From", addr("Halvorsen & Pike Recruiting", "notifications@goodtime.io")),
        ("Reply-To", addr("Brianna Cole", "brianna.cole@halvorsenpike.com")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "Your Superday itinerary - Halvorsen & Pike, Thursday, March 12"),
        ("Date", date(sent, NY)),
        ("Message-ID", f"<{uuid('m02mid')}@goodtime.io>"),
    ]
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, method="REQUEST", cte="base64", filename="superday.ics", disposition="attachment"))
    return message(headers, body)


@mail(N(3), family="modernloop", lang="en", interview=True, kind="scheduled",
      start="2026-04-22T16:00:00Z", end="2026-04-22T18:30:00Z", contact="hana.sato@lumenfold.com",
      company="Lumenfold", local="Wed 2026-04-22 12:00", local_end="2026-04-22 14:30", zone=NY,
      note="ModernLoop virtual onsite shown in the candidate's zone, 12:00-2:30 PM EDT (the recruiter's note "
           "restates 9:00-11:30 PDT) = 16:00-18:30Z, first session to last session end; contact = Reply-To")
def m03() -> bytes:
    plain = t("""
        Your interview with Lumenfold is confirmed

        Hi Elena,

        Looking forward to having you meet the team! Here's your schedule for your virtual onsite for Strategy & Analytics Lead.

        Wednesday, April 22, 2026
        Times shown in your time zone (EDT)

        12:00 PM - 12:45 PM  Hiring Manager Conversation
                             Jonah Feld, VP Strategy
                             Join Zoom: https://lumenfold.zoom.us/j/91734460218

        12:45 PM - 1:30 PM   Analytics Case
                             Mei Tanaka, Senior Manager, Analytics
                             Join Zoom: https://lumenfold.zoom.us/j/95520317764

        1:30 PM - 1:45 PM    Break

        1:45 PM - 2:30 PM    Cross-functional Partner
                             Dev Raghavan, Director, Product Finance
                             Join Zoom: https://lumenfold.zoom.us/j/98810264473

        A note from Hana:
        "Hi Elena! That's 9:00-11:30 our time here in SF. For the case, Mei will share a small dataset on screen, no prep needed. Ping me anytime with questions."

        Add to calendar: https://app.modernloop.io/candidate/{tok}/ics
        Need to make a change? Reply to this email to reach Hana Sato.

        Powered by ModernLoop
        """).replace("{tok}", b64id("m03c", 26))
    sent = "2026-04-15 13:41:55"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("o1.ptr2791.modernloop.io", "50.31.36.17", sent, LA, "m03"),
        ("From", addr("Hana Sato via ModernLoop", "scheduling@modernloop.io")),
        ("Reply-To", addr("Hana Sato", "hana.sato@lumenfold.com")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "Your interview with Lumenfold is confirmed - Wed, Apr 22"),
        ("Date", date(sent, LA)),
        ("Message-ID", f"<{hx('m03', 22)}@geopod-ismtpd-3.modernloop.io>"),
    ]
    import html as _h

    body_html = "<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px;color:#1d1d1f\">\n" + \
        "".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n")) + \
        "</body></html>\n"
    return message(headers, alt(text(plain, cte="quoted-printable"), html(body_html)))


@mail(N(4), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-01-15T20:00:00Z", end="2026-01-15T20:30:00Z", contact="marcus.oyelaran@brightlanemedia.com",
      company="Brightlane Media", local="Thu 2026-01-15 15:00", local_end="2026-01-15 15:30", zone=NY,
      note="Google Calendar invitation from the hiring manager for an in-person coffee chat about his open "
           "Senior Audience Strategist role (an interview stage); 3pm-3:30pm EST = 20:00-20:30Z; contact = "
           "organizer")
def m04() -> bytes:
    org = ("Marcus Oyelaran", "marcus.oyelaran@brightlanemedia.com")
    title = "Elena Castillo <> Marcus Oyelaran (coffee)"
    desc = ("Informal chat about the Senior Audience Strategist opening on my team. I'll tell you more about "
            "what we're building and would love to hear about your pricing work. Coffee's on me!\n\n"
            "Cell if you're running late: 212-555-0176")
    loc = "Cafe Lumen, 612 6th Ave, New York, NY 10011"
    eid = b64id("m04eid", 54)
    sent = "2026-01-12 09:47:31"
    plain = gcal_body(top="", title=title, when="Thursday Jan 15, 2026 \u22c5 3pm \u2013 3:30pm",
                      zone_line="Eastern Time - New York", location=loc, description=desc, org=org,
                      guests=[ME_ADDR], eid=eid)
    ics = gcal_ics(method="REQUEST", uid=hx("m04uid", 26), start="2026-01-15 15:00", end="2026-01-15 15:30",
                   summary=title, description=desc, location=loc, org=org, guests=[(ME_ADDR, ME_ADDR)], seq=0,
                   status="CONFIRMED", sent=sent, created=sent)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-sor-f73.google.com", "209.85.220.73", sent, NY, "m04"),
        ("Reply-To", addr(org[0], org[1])),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", f"<calendar-{uuid('m04m')}@google.com>"),
        ("Date", date(sent, NY)),
        ("Subject", f"Invitation: {title} @ Thu Jan 15, 2026 3pm - 3:30pm (EST) ({ME_ADDR})"),
        ("From", addr(org[0], org[1])),
        ("To", ME_ADDR),
    ]
    return gcal_message(headers=headers, plain=plain, title=title, ics=ics, method="REQUEST")


@mail(N(5), family="outlook_exchange", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T15:00:00Z", end="2026-11-02T16:00:00Z", contact="rajesh.kulkarni@meridiantrust.com",
      company="Meridian Trust", local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone=NY,
      note="Exchange meeting request (TZID 'Eastern Standard Time', Teams) sent Thu 29 Oct in EDT for Mon 2 Nov, "
           "the day after US clocks go back: 10:00-11:00 EST = 15:00-16:00Z; contact = organizer/sender")
def m05() -> bytes:
    sent = "2026-10-29 15:30:12"
    desc = t("""
        Hi Elena,

        Looking forward to continuing the conversation. You'll meet with me and Karen Whitley (Head of ALM Analytics). We'll do a mix of technical questions on rates / balance-sheet modeling and some behavioral. Feel free to reach out with any questions beforehand.

        Thanks,
        Rajesh

        """) + teams_block("m05", "241 883 507 219", "Xq7hTb",
                           "+1 201-555-0147,,583220914#   United States, Jersey City", "583 220 914")
    plain = ("When: Monday, November 2, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).\n"
             "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc)
    ics = exchange_ics(method="REQUEST", tzid="Eastern Standard Time", start="2026-11-02 10:00",
                       end="2026-11-02 11:00", summary="Quant Strats - 2nd round (Elena Castillo)",
                       description=plain, location="Microsoft Teams Meeting",
                       org=("Kulkarni, Rajesh", "Rajesh.Kulkarni@meridiantrust.com"),
                       attendees=[("REQ-PARTICIPANT", "elena.castillo@example.org", ME_ADDR),
                                  ("REQ-PARTICIPANT", "Whitley, Karen", "Karen.Whitley@meridiantrust.com")],
                       seq=0, status="CONFIRMED", sent=sent, sent_zone=NY, uid_seed="m05uid", teams=True)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.91", sent, NY, "m05"),
        ("From", addr("Kulkarni, Rajesh", "Rajesh.Kulkarni@meridiantrust.com")),
        ("To", addr(ME, ME_ADDR)),
        ("CC", addr("Whitley, Karen", "Karen.Whitley@meridiantrust.com")),
        ("Subject", "Quant Strats - 2nd round (Elena Castillo)"),
        *outlook_headers(seed="m05", topic="Quant Strats - 2nd round (Elena Castillo)", when=sent, zone=NY),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    body = alt(text(plain, cte="quoted-printable"), html(outlook_html(plain)),
               calendar(ics, method="REQUEST", cte="base64"))
    return message(headers, body)


@mail(N(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-05-19T15:00:00Z", end="2026-05-19T15:45:00Z", contact="ravi.khatri@ashgrovepartners.com",
      company="Ashgrove Partners", local="Tue 2026-05-19 11:00", local_end="2026-05-19 11:45", zone=NY,
      note="Calendly invitee confirmation for a case interview with a partner of a Chicago firm, shown in the "
           "invitee's zone: 11:00am - 11:45am Eastern = 15:00-15:45Z; contact = Reply-To host (also ORGANIZER)")
def m06() -> bytes:
    plain = t("""
        Hi Elena Castillo,

        Your Case Interview - Round 1 with Ravi Khatri at 11:00am (Eastern Time - US & Canada) on Tuesday, May 19, 2026 is scheduled.

        Event Type:
        Case Interview - Round 1

        Event Date/Time:
        11:00am - 11:45am (Eastern Time - US & Canada) Tuesday, May 19, 2026

        Location:
        This is a Zoom web conference.
        You can join this meeting from your computer, tablet, or smartphone.
        https://ashgrovepartners.zoom.us/j/86402219735?pwd=bUtxR0VqYUk3T2xWcnZ2dz09
        You can also dial in using your phone.
        US: +1 312 555 0110
        Meeting ID: 864 0221 9735

        Description:
        45-minute case interview with a partner from our Chicago office. Please have pen and paper ready; a calculator is not needed. Ravi will leave 10 minutes at the end for your questions.

        Questions:
        Phone number for Ravi to reach you if the connection drops
        (646) 555-0139

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/{c}
        Reschedule: https://calendly.com/reschedulings/{c}

        Powered by Calendly.com
        """).replace("{c}", uuid("m06c"))
    sent = "2026-05-13 14:03:26"
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Calendly//Calendly//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uuid('m06uid')}",
        f"DTSTAMP:{stamp(sent, 'UTC')}",
        "DTSTART:20260519T150000Z",
        "DTEND:20260519T154500Z",
        "SUMMARY:Case Interview - Round 1 (Elena Castillo and Ravi Khatri)",
        "ORGANIZER;CN=Ravi Khatri:mailto:ravi.khatri@ashgrovepartners.com",
        "ATTENDEE;CN=Elena Castillo;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:elena.castillo@example.org",
        "LOCATION:https://ashgrovepartners.zoom.us/j/86402219735?pwd=bUtxR0VqYUk3T2xWcnZ2dz09",
        "DESCRIPTION:Event Name: Case Interview - Round 1\\n\\nLocation: This is a Zoom web conference.\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/" + uuid("m06c"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("o7.email.calendly.com", "167.89.85.112", sent, "UTC", "m06"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Ravi Khatri", "ravi.khatri@ashgrovepartners.com")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "Confirmed: Case Interview - Round 1 with Ravi Khatri on Tuesday, May 19, 2026"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{hx('m06', 20)}.{hx('m06b', 12)}@calendly.com>"),
    ]
    import html as _h

    body_html = ('<html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055">\n'
                 + "".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>\n" for p in plain.strip().split("\n\n"))
                 + "</body></html>\n")
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment",
                          ctype="application/ics", name_param=True))
    return message(headers, body)


@mail(N(7), family="agency_recruiter", lang="en", interview=True, kind="scheduled",
      start="2026-06-11T18:00:00Z", end="2026-06-11T18:45:00Z", contact="kyle.brandvold@talbotsearch.com",
      company="Vantor Capital", local="Thu 2026-06-11 14:00", local_end="2026-06-11 14:45", zone=NY,
      note="Headhunter confirms the client interview 'Thurs at 2p EST', sent Mon 8 June: Thu 11 June, EST "
           "written in summer for Eastern time (EDT) = 18:00Z; 'It's a 45 min slot' -> end 18:45Z; contact = "
           "the headhunter (only human address); company = the hiring fund")
def m07() -> bytes:
    sent = "2026-06-08 11:42:18"
    plain = t("""
        Elena,

        Great news - Sanjay wants to meet. You're confirmed for Thurs at 2p EST at their office, 600 Lexington Ave, 22nd fl (ask for Sanjay Mehra at reception). It's a 45 min slot.

        Mostly going to be him walking through the book and asking how you'd think about sizing, so have a view on a couple of trades. He likes people who push back a bit. Wear a suit, they're old school over there.

        Call me after!

        Kyle

        --
        Kyle Brandvold | Partner
        Talbot Search Partners
        m: 917.555.0164

        On Fri, Jun 5, 2026 at 4:58 PM Elena Castillo <elena.castillo@example.org> wrote:
        > Hi Kyle,
        >
        > Any update from Vantor? Happy to make time most of next week.
        >
        > Thanks,
        > Elena
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-yw1-f170.google.com", "209.85.128.170", sent, NY, "m07"),
        ("MIME-Version", "1.0"),
        ("From", addr("Kyle Brandvold", "kyle.brandvold@talbotsearch.com")),
        ("Date", date(sent, NY)),
        ("Message-ID", gmail_id("m07")),
        ("In-Reply-To", gmail_id("m07prev")),
        ("References", f"{gmail_id('m07first')} {gmail_id('m07prev')}"),
        ("Subject", "Re: Vantor - next steps"),
        ("To", addr(ME, ME_ADDR)),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))), mime_version=False)


@mail(N(8), family="human_reply", lang="en", interview=True, kind="scheduled",
      start="2026-09-24T14:00:00Z", end=None, contact="will@pennon.com",
      company="Pennon", local="Thu 2026-09-24 10:00", zone=NY,
      note="Hiring manager's two-line iPhone reply on top of the thread: 'thurs 10a works' picks one of the "
           "candidate's offered windows; sent Tue 22 Sep -> Thu 24 Sep 10:00 EDT = 14:00Z; no length for this "
           "call -> end null; contact = sender")
def m08() -> bytes:
    sent = "2026-09-22 16:05:44"
    plain = t("""
        thurs 10a works. will send a zoom

        cell is 917 555 0188 if anything comes up

        W

        Sent from my iPhone

        > On Sep 22, 2026, at 2:31 PM, Elena Castillo <elena.castillo@example.org> wrote:
        >
        > Hi Will,
        >
        > Thanks so much for reaching out, and great to e-meet you. I'd love to learn more about the pricing strategy role. I'm free Thursday morning (anytime before noon) or Friday after 2pm ET, if either works on your end.
        >
        > Best,
        > Elena
        >
        >> On Sep 21, 2026, at 6:10 PM, Will Sandoval <will@pennon.com> wrote:
        >>
        >> Hi Elena - Priya Shah passed along your resume, she speaks very highly of you. I run pricing at Pennon and we're hiring a head of pricing strategy. Would love to grab 30 min this week to tell you what we're building. Any time Thu/Fri work?
        >>
        >> Will
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-qt1-f181.google.com", "209.85.160.181", sent, NY, "m08"),
        ("From", addr("Will Sandoval", "will@pennon.com")),
        ("Content-Type", 'text/plain; charset=utf-8'),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "Re: Pricing strategy role"),
        ("Date", date(sent, NY)),
        ("Message-Id", f"<{uuid('m08').upper()}@pennon.com>"),
        ("References", f"<{uuid('m08a').upper()}@pennon.com> <{uuid('m08b').upper()}@example.org>"),
        ("In-Reply-To", f"<{uuid('m08b').upper()}@example.org>"),
        ("To", addr(ME, ME_ADDR)),
        ("X-Mailer", "iPhone Mail (23A341)"),
    ]
    body = text(plain, charset="utf-8", cte="quoted-printable")
    return message(headers, Part([], body.body), mime_version=False)



@mail(N(9), family="assistant", lang="en", interview=True, kind="scheduled",
      start="2026-06-05T20:30:00Z", end="2026-06-05T21:00:00Z", contact="mlindqvist@ostravaanalytics.ca",
      company="Ostrava Analytics", local="Fri 2026-06-05 16:30", local_end="2026-06-05 17:00", zone=TOR,
      note="Executive assistant in Toronto confirms a 30-minute meeting with the CEO about the VP role, "
           "'4:30 - 5:00 PM (Eastern)' on Fri 5 June = 20:30-21:00Z; windows-1252 Outlook mail; contact = the "
           "assistant (human sender), the CEO is only cc'd")
def m09() -> bytes:
    sent = "2026-06-01 10:18:52"
    plain = t("""
        Good morning Elena,

        On behalf of Dana Whitcombe, I am pleased to confirm your meeting to discuss the VP, Strategy & Insights position:

        Friday, June 5, 2026
        4:30 – 5:00 PM (Eastern)
        Microsoft Teams – Dana’s office will send the link in a separate calendar invitation

        Dana has a hard stop at 5:00, so we would be grateful if you could join a few minutes early. Should anything change on your end, please let me know directly and I will do my best to find an alternative.

        Kind regards,

        Margaret Lindqvist
        Executive Assistant to Dana Whitcombe, Chief Executive Officer
        Ostrava Analytics Inc.
        200 Wellington St W, Suite 1100, Toronto, ON  M5V 3C7
        T 416-555-0123
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("CAN01-YT3-obe.outbound.protection.outlook.com", "40.107.115.62", sent, TOR, "m09"),
        ("From", addr("Margaret Lindqvist", "mlindqvist@ostravaanalytics.ca")),
        ("To", addr(ME, ME_ADDR)),
        ("CC", addr("Dana Whitcombe", "dwhitcombe@ostravaanalytics.ca")),
        ("Subject", "Meeting with Dana Whitcombe - Friday, June 5"),
        *outlook_headers(seed="m09", topic="Meeting with Dana Whitcombe - Friday, June 5", when=sent, zone=TOR,
                         lang="en-CA"),
    ]
    body = alt(text(plain, charset="windows-1252"), html(outlook_html(plain, "windows-1252"), charset="windows-1252"))
    return message(headers, body)


@mail(N(10), family="karat", lang="en", interview=True, kind="scheduled",
      start="2026-07-20T18:00:00Z", end="2026-07-20T19:00:00Z", contact=None,
      company="Quillfeather", local="Mon 2026-07-20 14:00", local_end="2026-07-20 15:00", zone=NY,
      note="Karat technical interview for a Chicago fintech, HTML-only base64, shown in the candidate's zone "
           "2:00-3:00 PM EDT = 18:00-19:00Z; only no-reply and support@ addresses -> contact null")
def m10() -> bytes:
    sent = "2026-07-14 21:06:03"
    body_html = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <title>Your Karat interview is confirmed</title></head>
        <body style="margin:0;padding:0;background-color:#f6f7f9">
        <table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:32px 12px">
        <table role="presentation" width="560" cellspacing="0" cellpadding="0" style="background:#ffffff;border-radius:8px;font-family:Arial,Helvetica,sans-serif;color:#1f2933">
        <tr><td style="padding:28px 32px 8px"><img src="https://assets.karat.com/email/karat-logo.png" alt="Karat" width="96"></td></tr>
        <tr><td style="padding:8px 32px"><h1 style="font-size:22px;margin:0 0 12px">Your interview is confirmed</h1>
        <p style="font-size:15px;line-height:22px">Hi Elena,</p>
        <p style="font-size:15px;line-height:22px">Thanks for scheduling your technical interview for <b>Quillfeather</b>. Here are the details:</p>
        <table role="presentation" cellspacing="0" cellpadding="6" style="font-size:15px">
        <tr><td style="color:#6b7280">Company</td><td>Quillfeather</td></tr>
        <tr><td style="color:#6b7280">Role</td><td>Quantitative Developer</td></tr>
        <tr><td style="color:#6b7280">When</td><td>Monday, July 20, 2026<br>2:00 PM &ndash; 3:00 PM EDT</td></tr>
        <tr><td style="color:#6b7280">Where</td><td>Karat Studio (in your browser)</td></tr>
        </table>
        <p style="text-align:center;margin:24px 0"><a href="https://app.karat.com/interview/join/{j}" style="background:#2451ff;color:#ffffff;padding:12px 22px;border-radius:6px;text-decoration:none">Join on the day of your interview</a></p>
        <h2 style="font-size:16px">Before your interview</h2>
        <ul style="font-size:14px;line-height:21px">
        <li>Test your camera, microphone and connection: <a href="https://app.karat.com/system-check">system check</a></li>
        <li>Your Interview Engineer will introduce themselves and explain the format. You can code in Python, C++, Java, C#, Go or JavaScript.</li>
        <li>Read the <a href="https://karat.com/candidate-guide">Candidate Guide</a> for tips on what to expect.</li>
        </ul>
        <p style="font-size:14px;line-height:21px">Need a different time? You can reschedule up to 24 hours before your interview: <a href="https://app.karat.com/reschedule/{j}">reschedule</a>.</p>
        <p style="font-size:14px;line-height:21px">Good luck!<br>The Karat Team</p>
        </td></tr>
        <tr><td style="padding:16px 32px 28px;font-size:12px;color:#9aa5b1">Questions? Contact <a href="mailto:support@karat.com">support@karat.com</a>.<br>Karat, Inc. &middot; 1100 Olive Way, Seattle, WA 98101</td></tr>
        </table></td></tr></table>
        </body></html>
        """).replace("{j}", b64id("m10j", 24))
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("a48-112.smtp-out.amazonses.com", "54.240.48.112", sent, "UTC", "m10"),
        ("From", addr("Karat", "no-reply@karat.com")),
        ("To", ME_ADDR),
        ("Subject", "Confirmed: Your Quillfeather technical interview on Mon, Jul 20"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", ses_id("m10")),
        ("Feedback-ID", "1.us-east-1.karatmail:AmazonSES"),
    ]
    return message(headers, html(body_html, cte="base64"))


@mail(N(11), family="hirevue_live", lang="en", interview=True, kind="scheduled",
      start="2026-09-16T18:00:00Z", end="2026-09-16T18:30:00Z", contact="lauren.mbeki@castleburybank.com",
      company="Castlebury Bank & Trust", local="Wed 2026-09-16 14:00", local_end="2026-09-16 14:30", zone=NY,
      note="HireVue live (not on-demand) video interview: 09/16/2026 2:00 PM Eastern Daylight Time, 30 minutes "
           "= 18:00-18:30Z; ICS in UTC; contact = recruiter address in the body (sender is noreply)")
def m11() -> bytes:
    sent = "2026-09-09 14:40:19"
    plain = t("""
        Dear Elena Castillo,

        Thank you for your interest in Castlebury Bank & Trust. You have been scheduled for a live video interview for the position of Strategy & Planning Analyst (Req. 26-1187).

        Date: 09/16/2026
        Time: 2:00 PM Eastern Daylight Time (GMT-04:00)
        Duration: 30 minutes
        Interviewer(s): Lauren Mbeki, Stephen Yoo

        At the time of your interview, please click the link below to join. We recommend joining from a laptop or desktop computer using Google Chrome.

        https://app.hirevue.com/live/{l}

        If you need to reschedule, please contact Lauren Mbeki at lauren.mbeki@castleburybank.com.

        Sincerely,
        Castlebury Bank & Trust Talent Acquisition

        This email was sent by HireVue on behalf of Castlebury Bank & Trust. Please do not reply to this message.
        """).replace("{l}", b64id("m11l", 20))
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//HireVue//Live Interview//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{hx('m11uid', 32)}@hirevue.com",
        f"DTSTAMP:{stamp(sent, 'UTC')}",
        "DTSTART:20260916T180000Z",
        "DTEND:20260916T183000Z",
        "SUMMARY:Castlebury Bank & Trust - Live Interview",
        f"DESCRIPTION:Join your interview: https://app.hirevue.com/live/{b64id('m11l', 20)}",
        f"LOCATION:https://app.hirevue.com/live/{b64id('m11l', 20)}",
        "ORGANIZER;CN=Castlebury Bank & Trust:mailto:noreply@hirevue.com",
        "ATTENDEE;CN=Elena Castillo;RSVP=FALSE:mailto:elena.castillo@example.org",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mta-27.hirevue.com", "198.2.180.27", sent, "UTC", "m11"),
        ("From", addr("Castlebury Bank & Trust", "noreply@hirevue.com")),
        ("To", addr("Elena Castillo", ME_ADDR)),
        ("Subject", "Castlebury Bank & Trust - Live Interview Scheduled"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{hx('m11', 32)}@hirevue.com>"),
    ]
    body = mixed(text(plain, charset="us-ascii", cte="7bit"),
                 calendar(ics, method="REQUEST", cte="base64", filename="interview.ics", disposition="attachment"))
    return message(headers, body)


@mail(N(12), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-03-25T15:00:00Z", end="2026-03-25T15:45:00Z", contact="olivia.hargreaves@thornburyam.co.uk",
      company="Thornbury Asset Management", local="Wed 2026-03-25 15:00", local_end="2026-03-25 15:45", zone=LON,
      note="Lever mail from a London fund: 'Wednesday 25 March, 15:00-15:45 (UK time) / 11:00-11:45 (New York)'; "
           "UK still on GMT (BST from 29 March), New York already on EDT, so 15:00-15:45Z; contact = Reply-To")
def m12() -> bytes:
    sent = "2026-03-19 10:14:33"
    plain = t("""
        Dear Elena,

        Thank you for your time on the phone last week. I'm pleased to confirm your first-round interview for the Macro Strategist position.

        Date: Wednesday 25 March 2026
        Time: 15:00 – 15:45 (UK time) / 11:00 – 11:45 (New York)
        Interviewers: James Whitcombe (CIO) and Sarah Lowe (Senior Economist)
        Format: Video call – Microsoft Teams. James's PA will send the invitation from his diary.

        The US has already changed its clocks but we don't until the 29th, so we are only four hours apart this week rather than the usual five.

        The conversation will focus on your recent research and how you would frame a view on the front end of the gilt and Treasury curves. There is no formal presentation.

        Kind regards,

        Olivia Hargreaves
        Talent Partner
        Thornbury Asset Management
        30 Finsbury Square, London EC2A 1AG
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-a1.hire.lever.co", "159.183.0.41", sent, LON, "m12"),
        ("From", addr("Thornbury Asset Management", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Olivia Hargreaves", "olivia.hargreaves@thornburyam.co.uk")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "Interview confirmation - Macro Strategist - Thornbury Asset Management"),
        ("Date", date(sent, LON)),
        ("Message-ID", f"<{hx('m12', 24)}.{int(hx('m12t', 8), 16)}@hire.lever.co>"),
    ]
    import html as _h

    body_html = ('<div style="font-family:Georgia,serif;font-size:14px">'
                 + "".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
                 + "</div>\n")
    return message(headers, alt(text(plain), html(body_html)))


@mail(N(13), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-07-09T17:00:00Z", end="2026-07-09T20:00:00Z", contact="priya@tidewell.com",
      company="Tidewell", local="Thu 2026-07-09 10:00", local_end="2026-07-09 13:00", zone=LA,
      note="Ashby final-round itinerary in Pacific time, Thu 9 July 10:00 AM - 1:00 PM PDT = 17:00-20:00Z "
           "(the mail also says 1:00-4:00 PM for New York); ICS in UTC; contact = Reply-To/ORGANIZER")
def m13() -> bytes:
    sent = "2026-07-01 18:25:50"
    plain = t("""
        Hi Elena,

        You're all set for your final loop with Tidewell for the Strategy & Operations Manager role! Here are the details.

        Thursday, July 9, 2026
        10:00 AM – 1:00 PM PDT

        10:00 – 10:45 AM   Hiring manager deep dive · Aaron Pelletier, Head of Strategy & Ops
        10:45 – 11:30 AM   Case study presentation · Nina Castellano, Lindsey Wu
        11:30 AM – 12:00 PM   Break
        12:00 – 12:45 PM   Cross-functional · Omar Haddad, Head of Risk
        12:45 – 1:00 PM   Wrap-up with Priya

        All sessions are on Google Meet: https://meet.google.com/wcr-hpgd-nfa

        Times above are Pacific. You're in New York, so that's 1:00 – 4:00 PM for you.

        Please send your case deck to me by EOD Tuesday so the panel can look at it ahead of time.

        Looking forward to it!
        Priya

        Priya Nandakumar · Recruiting · Tidewell
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Ashby//Ashby Scheduling//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uuid('m13uid')}",
        f"DTSTAMP:{stamp(sent, 'UTC')}",
        "DTSTART:20260709T170000Z",
        "DTEND:20260709T200000Z",
        "SEQUENCE:0",
        "SUMMARY:Tidewell – Final Interviews (Strategy & Operations Manager)",
        "LOCATION:https://meet.google.com/wcr-hpgd-nfa",
        "ORGANIZER;CN=Priya Nandakumar:mailto:priya@tidewell.com",
        "ATTENDEE;CN=Elena Castillo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elena.castillo@example.org",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("a8-30.smtp-out.amazonses.com", "54.240.8.30", sent, "UTC", "m13"),
        ("From", addr("Tidewell", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Priya Nandakumar", "priya@tidewell.com")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "Your final interviews with Tidewell are confirmed"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", ses_id("m13")),
    ]
    import html as _h

    body_html = ('<html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px">'
                 + "".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
                 + "</body></html>\n")
    body = mixed(alt(text(plain, cte="base64"), html(body_html, cte="base64")),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    return message(headers, body)


@mail(N(14), family="paradox", lang="en", interview=True, kind="scheduled",
      start="2026-08-17T14:30:00Z", end="2026-08-17T15:00:00Z", contact=None,
      company="Harrowgate Financial", local="Mon 2026-08-17 10:30", local_end="2026-08-17 11:00", zone=NY,
      note="Paradox (Olivia chatbot) confirmation with emoji: Mon, Aug 17 10:30 AM EDT, 30 min = "
           "14:30-15:00Z; bot mailbox only -> contact null")
def m14() -> bytes:
    sent = "2026-08-12 19:02:11"
    plain = t("""
        Hi Elena! 👋

        You're all set! Here are your interview details:

        📅 Mon, Aug 17, 2026
        🕥 10:30 AM EDT (30 min)
        👤 Kevin Duarte, Director – Corporate Strategy
        💼 Strategy Analyst II
        📍 Microsoft Teams (link below)

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{m}%40thread.v2/0

        Need to reschedule? Reply RESCHEDULE to my text, or tap here: https://harrowgate.paradox.ai/r/{r}

        Good luck! 🍀
        Olivia
        Harrowgate Financial's virtual recruiting assistant

        Msg & data rates may apply. Reply STOP to opt out of texts.
        """).replace("{m}", b64id("m14m", 40)).replace("{r}", b64id("m14r", 10))
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail.paradox.ai", "168.245.12.88", sent, "UTC", "m14"),
        ("From", addr("Olivia | Harrowgate Financial", "no-reply@paradox.ai")),
        ("To", ME_ADDR),
        ("Subject", enc("You're all set, Elena! 🎉 Interview confirmed")),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{hx('m14', 26)}@paradox.ai>"),
    ]
    import html as _h

    body_html = ('<html><body><div style="max-width:480px;font-family:Helvetica,Arial,sans-serif;font-size:15px">'
                 + "".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
                 + "</div></body></html>\n")
    return message(headers, alt(text(plain), html(body_html)))


@mail(N(15), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-09-29T18:00:00Z", end="2026-09-29T19:00:00Z", contact="sean.mcgrath@greyhavenbancorp.com",
      company="Greyhaven Bancorp", local="Tue 2026-09-29 13:00", local_end="2026-09-29 14:00", zone=CHI,
      note="Workday HTML-only notice, in person in Chicago, '09/29/2026 01:00 PM - 02:00 PM CDT' = 18:00-19:00Z; "
           "contact = recruiter address in the body")
def m15() -> bytes:
    sent = "2026-09-21 15:33:08"
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;">
        <div><img src="https://wd5.myworkday.com/greyhaven/images/logo.png" alt="Greyhaven Bancorp"></div>
        <p>Dear Elena,</p>
        <p>Congratulations! We would like to invite you to interview for the <b>Strategy Associate</b> position (R-104482).</p>
        <p><b>Interview Details</b></p>
        <table border="0" cellpadding="3" style="font-size:10pt">
        <tr><td>Date:</td><td>09/29/2026</td></tr>
        <tr><td>Time:</td><td>01:00 PM - 02:00 PM CDT</td></tr>
        <tr><td>Location:</td><td>Greyhaven Bancorp, 227 W Monroe St, 30th Floor, Chicago, IL 60606</td></tr>
        <tr><td>Interviewers:</td><td>Sean McGrath (Recruiter), Alicia Brandt (Director, Corporate Development)</td></tr>
        </table>
        <p>Please check in at the 30th floor reception 10 minutes early and bring a government-issued photo ID. Travel arrangements will be confirmed by our travel desk in a separate email.</p>
        <p>If you have any questions, please contact Sean McGrath at <a href="mailto:sean.mcgrath@greyhavenbancorp.com">sean.mcgrath@greyhavenbancorp.com</a>.</p>
        <p>Thank you,<br>Greyhaven Bancorp Talent Acquisition</p>
        <p style="font-size:8pt;color:#666">You can view your application status on our <a href="https://greyhaven.wd5.myworkdayjobs.com/External/userHome">Candidate Home</a>. This is a system-generated message. Please do not reply.</p>
        </body></html>
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mx-wd5-smtp-11.myworkday.com", "216.52.8.11", sent, "UTC", "m15"),
        ("From", addr("Greyhaven Bancorp", "greyhaven@myworkday.com")),
        ("To", ME_ADDR),
        ("Subject", "Interview Scheduled - Strategy Associate (R-104482)"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{int(hx('m15', 12), 16)}.{int(hx('m15b', 6), 16)}.JavaMail.wdprod@wd5-prod-mail>"),
    ]
    return message(headers, html(body_html, cte="quoted-printable"))


@mail(N(16), family="forward_to_self", lang="en", interview=True, kind="scheduled",
      start="2026-10-08T13:30:00Z", end="2026-10-08T14:30:00Z", contact="rebecca.thibodeaux@pellucidins.com",
      company="Pellucid Insurance", local="Thu 2026-10-08 09:30", local_end="2026-10-08 10:30", zone=NY,
      note="The candidate forwards an iCIMS confirmation from her old address to herself; Boston firm, "
           "'Thursday, October 8, 2026, 9:30 AM - 10:30 AM Eastern' = 13:30-14:30Z; the sender is the "
           "candidate, so contact = the recruiter address in the forwarded body")
def m16() -> bytes:
    sent = "2026-10-02 08:47:29"
    plain = t("""
        putting this on the right calendar

        ---------- Forwarded message ---------
        From: Pellucid Insurance <pellucid-notifications@talent.icims.com>
        Date: Thu, Oct 1, 2026 at 5:12 PM
        Subject: Interview Confirmation - Pricing Strategy Analyst
        To: <elena.castillo@example.com>


        Dear Elena,

        Thank you for your interest in career opportunities with Pellucid Insurance. We are pleased to confirm your interview for the Pricing Strategy Analyst (Req #2026-3318) position.

        Interview Date: Thursday, October 8, 2026
        Interview Time: 9:30 AM - 10:30 AM Eastern
        Interview Type: Video (Zoom)
        Interviewer(s): Rebecca Thibodeaux, Talent Acquisition Partner; Martin Greaves, AVP Pricing

        A Zoom link will be sent separately by your interviewer. If you have any questions or need to reschedule, please reach out to Rebecca Thibodeaux at rebecca.thibodeaux@pellucidins.com.

        We look forward to speaking with you.

        Pellucid Insurance Talent Acquisition
        One Lincoln Street, Boston, MA 02111

        This message was sent to elena.castillo@example.com via iCIMS.
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-lj1-f177.google.com", "209.85.208.177", sent, NY, "m16"),
        ("MIME-Version", "1.0"),
        ("From", addr(ME, ME_OLD)),
        ("Date", date(sent, NY)),
        ("Message-ID", gmail_id("m16")),
        ("Subject", "Fwd: Interview Confirmation - Pricing Strategy Analyst"),
        ("To", ME_ADDR),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))), mime_version=False)


@mail(N(17), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-05-21T14:00:00Z", end="2026-05-21T14:45:00Z", contact="martina.echeverria@pampapay.com",
      company="Pampa Pay", local="Thu 2026-05-21 10:00", local_end="2026-05-21 10:45", zone=NY,
      note="Spanish recruiter mail (ISO-8859-1, quoted-printable): 'el jueves 21 de mayo a las 10:00 a. m., "
           "hora de Nueva York' (8:00 in Mexico City, which has no DST) = 14:00Z; 'dura 45 minutos' -> "
           "end 14:45Z; contact = sender")
def m17() -> bytes:
    sent = "2026-05-15 12:30:04"
    plain = t("""
        Hola Elena,

        ¡Qué gusto saludarte! Como hablamos por teléfono, te confirmo la entrevista con Joaquín Ferrer (Head of Strategy) para el jueves 21 de mayo a las 10:00 a. m., hora de Nueva York (8:00 a. m. en Ciudad de México, por si se conecta alguien del equipo de allá).

        Será por Google Meet y dura 45 minutos: meet.google.com/pqa-ztrn-kfe

        Joaquín va a querer conversar sobre tu experiencia en pricing y cómo pensarías la expansión a Colombia. Es bastante conversacional, no hay caso técnico en esta ronda.

        Cualquier cosa me escribes por acá o por WhatsApp al +1 (347) 555-0172.

        ¡Mucho éxito!

        Martina Echeverría
        Talent Partner | Pampa Pay
        New York · Ciudad de México
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-pf1-f196.google.com", "209.85.210.196", sent, NY, "m17"),
        ("From", addr("Martina Echeverría", "martina.echeverria@pampapay.com", charset="iso-8859-1")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", enc("Confirmación de entrevista - Pampa Pay", "iso-8859-1")),
        ("Date", date(sent, NY)),
        ("Message-ID", gmail_id("m17")),
    ]
    return message(headers, text(plain, charset="iso-8859-1", cte="quoted-printable"))



@mail(N(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-03-10T20:00:00Z", end="2026-03-10T21:00:00Z", contact="ben.adeyemi@saltmarshresearch.com",
      company="Saltmarsh Research", local="Tue 2026-03-10 16:00", local_end="2026-03-10 17:00", zone=NY,
      note="Google Calendar 'Updated invitation', sent Thu 5 March (EST); moved from Mon 9 March 3pm to Tue 10 "
           "March 4pm-5pm, after US DST began on 8 March, so EDT: 20:00-21:00Z; ICS SEQUENCE:1; contact = organizer")
def m18() -> bytes:
    org = ("Ben Adeyemi", "ben.adeyemi@saltmarshresearch.com")
    title = "Saltmarsh Research - Research Interview (Elena Castillo)"
    desc = ("Moved to Tuesday because of my travel - thanks for being flexible, Elena!\n\n"
            "You'll meet me and Greta Holm. We'll go through your take-home write-up for the first half, "
            "then some open-ended research questions.\n\n"
            "Join with Google Meet: https://meet.google.com/ykd-vwqe-rrt\n"
            "Join by phone: (US) +1 617-555-0193 PIN: 448 120 981#")
    eid = b64id("m18eid", 54)
    sent = "2026-03-05 17:20:41"
    plain = gcal_body(top="This event has been updated\nChanged: date and time", title=title,
                      when="Tuesday Mar 10, 2026 \u22c5 4pm \u2013 5pm", zone_line="Eastern Time - New York",
                      location="", description=desc, org=org,
                      guests=["Greta Holm", ME_ADDR], eid=eid)
    ics = gcal_ics(method="REQUEST", uid=hx("m18uid", 26), start="2026-03-10 16:00", end="2026-03-10 17:00",
                   summary=title, description=desc, location="", org=org,
                   guests=[("Greta Holm", "greta.holm@saltmarshresearch.com"), (ME_ADDR, ME_ADDR)], seq=1,
                   status="CONFIRMED", sent=sent, created="2026-03-02 10:05:00")
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-sor-f69.google.com", "209.85.220.69", sent, NY, "m18"),
        ("Reply-To", addr(org[0], org[1])),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", f"<calendar-{uuid('m18m')}@google.com>"),
        ("Date", date(sent, NY)),
        ("Subject", f"Updated invitation: {title} @ Tue Mar 10, 2026 4pm - 5pm (EDT) ({ME_ADDR})"),
        ("From", addr(org[0], org[1])),
        ("To", ME_ADDR),
    ]
    # Google's HTML strikes the old time through; the plain text only says what changed
    return gcal_message(headers=headers, plain=plain, title=title, ics=ics, method="REQUEST",
                        html_old="Changed: date and time</td>",
                        html_new="Changed: date and time<br><span style=\"text-decoration:line-through\">"
                                 "Monday Mar 9, 2026 \u22c5 3pm \u2013 4pm</span></td>")


@mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-04-29T16:00:00Z", end=None, contact="aisha.rahman@lakeshoredominion.ca",
      company="Lakeshore Dominion Bank", local="Wed 2026-04-29 12:00", zone=TOR,
      note="Toronto recruiter's Outlook reply moves the interview from Tue 4/28 2:00 PM ET (quoted below) to "
           "'Wednesday 4/29 at noon ET' = 16:00Z (EDT); new length not restated -> end null; contact = sender",
      days=(("Tue", "2026-04-28"),))
def m19() -> bytes:
    sent = "2026-04-24 15:02:37"
    plain = t("""
        Hi Elena,

        Quick update – Priya had a conflict come up on Tuesday, so I've moved your interview to Wednesday 4/29 at noon ET. Same Webex link as before: https://lakeshoredominion.webex.com/meet/priya.sethi

        Apologies for the shuffle, and thanks for being flexible!

        Aisha

        Aisha Rahman | Talent Acquisition Partner, Capital Markets
        Lakeshore Dominion Bank | 100 King St W, Toronto, ON

        From: Aisha Rahman <aisha.rahman@lakeshoredominion.ca>
        Sent: Tuesday, April 21, 2026 10:14 AM
        To: Elena Castillo <elena.castillo@example.org>
        Subject: Interview - Senior Analyst, Treasury Strategy

        Hi Elena,

        Thanks for your time on the phone yesterday. Confirming your interview with Priya Sethi, Director, Treasury Strategy, on Tuesday, April 28 at 2:00 PM ET (45 minutes) via Webex:

        https://lakeshoredominion.webex.com/meet/priya.sethi
        Meeting number: 2634 118 0095

        Let me know if you have any questions in the meantime.

        Best,
        Aisha
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("CAN01-QB1-obe.outbound.protection.outlook.com", "40.107.66.101", sent, TOR, "m19"),
        ("From", addr("Aisha Rahman", "aisha.rahman@lakeshoredominion.ca")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "RE: Interview - Senior Analyst, Treasury Strategy"),
        *outlook_headers(seed="m19", topic="Interview - Senior Analyst, Treasury Strategy", when=sent, zone=TOR,
                         lang="en-CA"),
        ("In-Reply-To", f"<{hx('m19prev', 30).upper()}@YT2PR01MB4467.CANPRD01.PROD.OUTLOOK.COM>"),
        ("References", f"<{hx('m19prev', 30).upper()}@YT2PR01MB4467.CANPRD01.PROD.OUTLOOK.COM>"),
    ]
    return message(headers, alt(text(plain), html(outlook_html(plain))))


@mail(N(20), family="outlook_exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-10-27T14:00:00Z", end="2026-10-27T15:00:00Z", contact="fiona.ashdown@harcourtlane.co.uk",
      company="Harcourt Lane", local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=LON,
      note="Exchange update (SEQUENCE 1, TZID 'GMT Standard Time') from London, sent Wed 21 Oct in BST: moved "
           "from Thu 22 Oct to Tue 27 Oct 14:00-15:00 UK time; UK is back on GMT from 25 Oct, US still EDT "
           "until 1 Nov, so 14:00Z = 10:00 New York (as the note says); contact = organizer",
      days=(("Thu", "2026-10-22"),))
def m20() -> bytes:
    sent = "2026-10-21 09:40:05"
    desc = t("""
        Hi Elena,

        Apologies, we've had to move this from Thursday 22nd – one of the partners is now in Frankfurt that day. New time below, which should be 10am your time in New York. Same Teams link.

        Format: 45-minute case followed by 15 minutes of questions with Tom Aldridge (Partner) and me.

        Best wishes,
        Fiona

        """) + teams_block("m20", "318 204 559 677", "dW3ePq",
                           "+44 20 3855 0101,,417722093#   United Kingdom, London", "417 722 093")
    plain = ("When: Tuesday, 27 October 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
             "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc)
    ics = exchange_ics(method="REQUEST", tzid="GMT Standard Time", start="2026-10-27 14:00",
                       end="2026-10-27 15:00", summary="Harcourt Lane | Case interview - Elena Castillo",
                       description=plain, location="Microsoft Teams Meeting",
                       org=("Fiona Ashdown", "Fiona.Ashdown@harcourtlane.co.uk"),
                       attendees=[("REQ-PARTICIPANT", "Elena Castillo", ME_ADDR),
                                  ("REQ-PARTICIPANT", "Tom Aldridge", "Tom.Aldridge@harcourtlane.co.uk")],
                       seq=1, status="CONFIRMED", sent=sent, sent_zone=LON, uid_seed="m20uid", teams=True)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("EUR03-AM7-obe.outbound.protection.outlook.com", "40.107.105.88", sent, LON, "m20"),
        ("From", addr("Fiona Ashdown", "Fiona.Ashdown@harcourtlane.co.uk")),
        ("To", addr(ME, ME_ADDR)),
        ("CC", addr("Tom Aldridge", "Tom.Aldridge@harcourtlane.co.uk")),
        ("Subject", "Updated: Harcourt Lane | Case interview - Elena Castillo"),
        *outlook_headers(seed="m20", topic="Harcourt Lane | Case interview - Elena Castillo", when=sent, zone=LON,
                         lang="en-GB"),
    ]
    body = alt(text(plain), html(outlook_html(plain)), calendar(ics, method="REQUEST", cte="base64"))
    return message(headers, body)


@mail(N(21), family="gem", lang="en", interview=True, kind="rescheduled",
      start="2026-12-04T18:30:00Z", end="2026-12-04T19:15:00Z", contact="tyler.ng@corvane.io",
      company="Corvane", local="Fri 2026-12-04 13:30", local_end="2026-12-04 14:15", zone=NY,
      note="Gem reschedule notice: NEW 'Friday, December 4, 2026 · 1:30 PM - 2:15 PM EST', previously Thu Dec 3 "
           "12:00 PM; 18:30-19:15Z; ICS in Pacific time (10:30 PST) with SEQUENCE:1; contact = Reply-To",
      days=(("Thu", "2026-12-03"),))
def m21() -> bytes:
    sent = "2026-11-30 22:14:57"
    plain = t("""
        Hi Elena,

        Your interview with Corvane has been rescheduled. Here are the updated details:

        Strategy Analytics - Hiring Manager Interview

        NEW TIME
        Friday, December 4, 2026 · 1:30 PM – 2:15 PM EST

        PREVIOUS TIME
        Thursday, December 3, 2026 · 12:00 PM – 12:45 PM EST

        Interviewer: Gabriel Ruiz, Director of Strategy
        Location: Zoom - https://corvane.zoom.us/j/84410923318

        A note from Tyler:
        "Gabe got pulled into board prep on Thurs, so we bumped you to Dec. 4th. Same Zoom. Thanks for rolling with it!"

        Add to calendar: Google (https://gem.com/c/{g}/google) | Outlook (https://gem.com/c/{g}/outlook) | iCal (attached)

        Questions? Reply to this email to reach Tyler Ng.

        Sent with Gem
        """).replace("{g}", b64id("m21g", 18))
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Gem//Gem Scheduling//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        VTZ_LA,
        "BEGIN:VEVENT",
        f"UID:{uuid('m21uid')}@gem.com",
        f"DTSTAMP:{stamp(sent, 'UTC')}",
        "DTSTART;TZID=America/Los_Angeles:20261204T103000",
        "DTEND;TZID=America/Los_Angeles:20261204T111500",
        "SEQUENCE:1",
        "SUMMARY:Corvane: Strategy Analytics - Hiring Manager Interview (Elena Castillo)",
        "LOCATION:https://corvane.zoom.us/j/84410923318",
        "ORGANIZER;CN=Tyler Ng:mailto:tyler.ng@corvane.io",
        "ATTENDEE;CN=Elena Castillo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elena.castillo@example.org",
        "ATTENDEE;CN=Gabriel Ruiz;ROLE=REQ-PARTICIPANT:mailto:gabriel.ruiz@corvane.io",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("o12.mail.gem.com", "149.72.154.12", sent, "UTC", "m21"),
        ("From", addr("Tyler Ng (Corvane)", "scheduling@gem.com")),
        ("Reply-To", addr("Tyler Ng", "tyler.ng@corvane.io")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "Rescheduled: Your interview with Corvane is now Fri, Dec 4"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{hx('m21', 22)}@mail.gem.com>"),
    ]
    import html as _h

    body_html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#111">'
                 + "".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
                 + "</body></html>\n")
    body_html = body_html.replace("<p>PREVIOUS TIME<br>Thursday, December 3, 2026",
                                  '<p style="color:#888">PREVIOUS TIME<br><s>Thursday, December 3, 2026')
    body_html = body_html.replace("12:45 PM EST</p>", "12:45 PM EST</s></p>")
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    return message(headers, body)


@mail(N(22), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-02-18T18:00:00Z", end="2026-02-18T19:00:00Z", contact="claire.donnelly@wrenholt.com",
      company="Wren & Holt", local="Wed 2026-02-18 13:00", local_end="2026-02-18 14:00", zone=NY,
      note="Google Calendar 'Canceled event' (METHOD:CANCEL) for a second-round case interview, Wed 18 Feb "
           "1pm-2pm EST = 18:00-19:00Z (the cancelled slot); organizer's note promises new options; contact = "
           "organizer")
def m22() -> bytes:
    org = ("Claire Donnelly", "claire.donnelly@wrenholt.com")
    title = "Wren & Holt - Case Interview Round 2 (Elena Castillo)"
    desc = ("Round 2 case with Mark Fenwick (Principal). 60 minutes.\n\n"
            "Join Zoom Meeting https://wrenholt.zoom.us/j/82290014437")
    eid = b64id("m22eid", 54)
    sent = "2026-02-13 12:08:15"
    top = ("This event has been canceled and removed from your calendar.\n\n"
           "Claire Donnelly says:\n\"Hi Elena - apologies, Mark has been called out to a client on Wednesday. "
           "I'll be back in touch with new options early next week.\"")
    plain = gcal_body(top=top, title=title, when="Wednesday Feb 18, 2026 \u22c5 1pm \u2013 2pm",
                      zone_line="Eastern Time - New York", location="", description=desc, org=org,
                      guests=["Mark Fenwick", ME_ADDR], eid=eid)
    ics = gcal_ics(method="CANCEL", uid=hx("m22uid", 26), start="2026-02-18 13:00", end="2026-02-18 14:00",
                   summary=title, description=desc, location="", org=org,
                   guests=[("Mark Fenwick", "mark.fenwick@wrenholt.com"), (ME_ADDR, ME_ADDR)], seq=1,
                   status="CANCELLED", sent=sent, created="2026-02-09 15:40:00")
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-sor-f69.google.com", "209.85.220.69", sent, NY, "m22"),
        ("Reply-To", addr(org[0], org[1])),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", f"<calendar-{uuid('m22m')}@google.com>"),
        ("Date", date(sent, NY)),
        ("Subject", f"Canceled event with note: {title} @ Wed Feb 18, 2026 1pm - 2pm (EST) ({ME_ADDR})"),
        ("From", addr(org[0], org[1])),
        ("To", ME_ADDR),
    ]
    return gcal_message(headers=headers, plain=plain, title=title, ics=ics, method="CANCEL")


@mail(N(23), family="human_reply", lang="en", interview=True, kind="cancelled",
      start="2026-11-13T18:30:00Z", end="2026-11-13T19:15:00Z", contact="jess.park@fieldingmedia.com",
      company="Fielding Media Group", local="Fri 2026-11-13 13:30", local_end="2026-11-13 14:15", zone=NY,
      note="Recruiter cancels 'Friday's 1:30 with Jo' on top of her quoted confirmation (Friday 11/13 at 1:30pm "
           "ET, 45 minutes over Zoom); sent Tue 10 Nov, after US DST ended, so EST: 18:30-19:15Z; no new time")
def m23() -> bytes:
    sent = "2026-11-10 11:26:02"
    plain = t("""
        Hi Elena,

        So sorry to do this, but we need to cancel Friday's 1:30 with Jo - she's out sick for the rest of the week. I'll circle back early next week with some new times. Really apologize for the late notice!!

        Jess

        On Thu, Nov 5, 2026 at 4:12 PM Jess Park <jess.park@fieldingmedia.com> wrote:
        > Hi Elena,
        >
        > You're confirmed for Friday 11/13 at 1:30pm ET with Jo Ramsey (SVP, Audience Analytics) - 45 minutes over Zoom:
        >
        > https://fieldingmedia.zoom.us/j/83314402218?pwd=Ym9vS2R3aVZ6bGx0T1RzQnpPZz09
        > Meeting ID: 833 1440 2218
        > Passcode: 551903
        >
        > Let me know if you have any questions beforehand!
        >
        > Jess
        >
        > --
        > Jess Park | Talent Acquisition
        > Fielding Media Group | 1290 Avenue of the Americas, New York, NY
        """)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-io1-f52.google.com", "209.85.166.52", sent, NY, "m23"),
        ("MIME-Version", "1.0"),
        ("From", addr("Jess Park", "jess.park@fieldingmedia.com")),
        ("Date", date(sent, NY)),
        ("Message-ID", gmail_id("m23")),
        ("In-Reply-To", gmail_id("m23prev")),
        ("References", gmail_id("m23prev")),
        ("Subject", "Re: Fielding Media - interview w/ Jo Ramsey"),
        ("To", addr(ME, ME_ADDR)),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))), mime_version=False)


@mail(N(24), family="outlook_exchange", lang="en", interview=True, kind="cancelled",
      start="2026-06-17T18:00:00Z", end="2026-06-17T19:00:00Z", contact="dkowalczyk@larchmontmutual.com",
      company="Larchmont Mutual", local="Wed 2026-06-17 13:00", local_end="2026-06-17 14:00", zone=CHI,
      note="Exchange cancellation (METHOD:CANCEL, TZID 'Central Standard Time') of a final round in Chicago; "
           "the When line shows '(UTC-06:00) Central Time' but June is CDT: 1:00-2:00 PM = 18:00-19:00Z; role "
           "on hold, no new time; contact = organizer")
def m24() -> bytes:
    sent = "2026-06-12 16:05:48"
    note = t("""
        Elena - I'm so sorry to have to cancel this. The role has been put on hold while we work through a reorganization of the strategy group, and I didn't want you to make the trip. I'll give you a call Monday to explain more.

        Denise
        """)
    plain = ("When: Wednesday, June 17, 2026 1:00 PM-2:00 PM (UTC-06:00) Central Time (US & Canada).\n"
             "Where: 500 W Madison St, 18th Floor - Conf Rm Lakeview\n\n*~*~*~*~*~*~*~*~*~*\n\n" + note)
    ics = exchange_ics(method="CANCEL", tzid="Central Standard Time", start="2026-06-17 13:00",
                       end="2026-06-17 14:00", summary="Canceled: Strategy Analyst - Final Round (Elena Castillo)",
                       description=plain, location="500 W Madison St, 18th Floor - Conf Rm Lakeview",
                       org=("Kowalczyk, Denise", "DKowalczyk@larchmontmutual.com"),
                       attendees=[("REQ-PARTICIPANT", "Elena Castillo", ME_ADDR),
                                  ("REQ-PARTICIPANT", "Hughes, Patrick", "PHughes@larchmontmutual.com"),
                                  ("OPT-PARTICIPANT", "Conf Rm Lakeview 18", "ConfRmLakeview18@larchmontmutual.com")],
                       seq=2, status="CANCELLED", sent=sent, sent_zone=CHI, uid_seed="m24uid", busy="FREE",
                       importance=2)
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("NAM10-DM6-obe.outbound.protection.outlook.com", "40.107.93.57", sent, CHI, "m24"),
        ("From", addr("Kowalczyk, Denise", "DKowalczyk@larchmontmutual.com")),
        ("To", addr(ME, ME_ADDR)),
        ("CC", addr("Hughes, Patrick", "PHughes@larchmontmutual.com")),
        ("Subject", "Canceled: Strategy Analyst - Final Round (Elena Castillo)"),
        *outlook_headers(seed="m24", topic="Strategy Analyst - Final Round (Elena Castillo)", when=sent, zone=CHI),
        ("Importance", "high"),
        ("X-Priority", "1"),
    ]
    body = alt(text(plain), html(outlook_html(plain)), calendar(ics, method="CANCEL", cte="base64"))
    return message(headers, body)



# =========================================================================== negatives


@mail(N(25), family="job_alert", lang="en", interview=False, company=None,
      note="Job-board alert; 'Actively interviewing' badges and 'Interview in 2 weeks' blurbs are listing "
           "copy, nothing is scheduled")
def m25() -> bytes:
    jobs = [
        ("Quantitative Strategist", "Cobalt Ridge Capital", "New York, NY", "$175K-$225K", "Actively interviewing"),
        ("Strategy Analyst, Payments", "Pampa Pay", "New York, NY (Hybrid)", "$120K-$150K", "Easy Apply"),
        ("Senior Associate, Quant Analytics", "Meridian Trust", "Jersey City, NJ", "$140K-$165K",
         "Be an early applicant"),
        ("Pricing Strategy Lead", "Northfield Reinsurance", "New York, NY", "$160K-$190K",
         "Fast hiring process: interview in 2 weeks"),
        ("Analytics Manager, Audience", "Fielding Media Group", "New York, NY", "", "Actively interviewing"),
    ]
    lines = ["Your job alert for quantitative strategist in New York, NY", "15 new jobs match your preferences.", ""]
    for title, co, loc, pay, badge in jobs:
        lines += [title, co, loc + (f" · {pay}" if pay else ""), badge,
                  f"View job: https://www.hirewire.com/jobs/view/{int(hx(title, 8), 16) % 10**10}/?trk=alert", ""]
    lines += ["See all jobs: https://www.hirewire.com/jobs/search/?alertId=" + hx("m25a", 10), "",
              "This email was intended for Elena Castillo (Quant & strategy analyst, pricing). "
              "Learn why we included this: https://www.hirewire.com/help/alerts",
              "You are receiving Job Alert emails. Unsubscribe: https://www.hirewire.com/unsub?e=" + hx("m25u", 20),
              "", "© 2026 Hirewire Inc., 505 Howard St, San Francisco, CA 94105"]
    plain = "\n".join(lines) + "\n"
    cards = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e8e8e8">'
        f'<a href="https://www.hirewire.com/jobs/view/{int(hx(title, 8), 16) % 10**10}/?trk=alert" '
        f'style="color:#0a66c2;font-weight:600;font-size:16px;text-decoration:none">{title}</a><br>'
        f'<span style="font-size:14px">{co}</span><br>'
        f'<span style="font-size:13px;color:#666">{loc}{" &middot; " + pay if pay else ""}</span><br>'
        f'<span style="font-size:12px;color:#057642">{badge}</span></td></tr>\n'
        for title, co, loc, pay, badge in jobs)
    body_html = ('<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">\n'
                 '<table width="600" align="center" cellpadding="0" cellspacing="0">\n'
                 '<tr><td style="font-size:20px;padding:16px 0">Your job alert for <b>quantitative strategist</b> '
                 'in New York, NY</td></tr>\n<tr><td style="color:#666">15 new jobs match your preferences.</td></tr>\n'
                 + cards +
                 f'<tr><td style="padding:16px 0"><a href="https://www.hirewire.com/jobs/search/?alertId={hx("m25a", 10)}">'
                 'See all jobs</a></td></tr>\n'
                 '<tr><td style="font-size:11px;color:#999">You are receiving Job Alert emails. '
                 f'<a href="https://www.hirewire.com/unsub?e={hx("m25u", 20)}">Unsubscribe</a><br>'
                 '&copy; 2026 Hirewire Inc., 505 Howard St, San Francisco, CA 94105</td></tr>\n'
                 '</table></body></html>\n')
    sent = "2026-01-07 12:02:19"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mailb-ce.hirewire.com", "108.174.6.212", sent, "UTC", "m25"),
        ("From", addr("Hirewire Job Alerts", "jobalerts-noreply@hirewire.com")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "\"quantitative strategist\": Cobalt Ridge Capital - Quantitative Strategist and more"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{int(hx('m25', 10), 16)}.{int(hx('m25b', 6), 16)}.{int(hx('m25c', 12), 16)}@mailb-ce.hirewire.com>"),
        ("List-Unsubscribe", f"<https://www.hirewire.com/unsub?e={hx('m25u', 20)}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(plain), html(body_html)))


@mail(N(26), family="application_ack", lang="en", interview=False, company="Northfield Reinsurance",
      note="Oracle Taleo application receipt, HTML-only in ISO-8859-1; 'contact you to arrange an interview' is "
           "conditional")
def m26() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Elena Castillo,</p>
        <p>Thank you for your interest in Northfield Reinsurance. This message confirms that we have received your application for the position of <b>Senior Strategy Analyst (Req ID 26-0412)</b>.</p>
        <p>Our recruiting team will review your qualifications against the requirements of the position. If your background matches our needs, a member of our recruiting team will contact you to arrange an interview. Due to the volume of applications we receive, we may not be able to respond to every applicant individually.</p>
        <p>You can check the status of your application at any time by logging in to your candidate profile: <a href="https://northfieldre.taleo.net/careersection/ex/mysubmissions.ftl">My Submissions</a>.</p>
        <p>Sincerely,<br>Northfield Reinsurance Talent Acquisition</p>
        <p><font size="1">Northfield Reinsurance is an Equal Opportunity Employer. © 2026 Northfield Reinsurance Company. This is an automated message; replies to this address are not monitored.</font></p>
        </font></body></html>
        """)
    sent = "2026-04-02 18:44:10"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("smtp-out3.taleo.net", "160.34.5.33", sent, "UTC", "m26"),
        ("From", addr("Northfield Reinsurance", "northfieldre@taleo.net")),
        ("To", ME_ADDR),
        ("Subject", "Northfield Reinsurance - Application Received - Senior Strategy Analyst (26-0412)"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{int(hx('m26', 12), 16)}.{int(hx('m26b', 5), 16)}.JavaMail.taleo@tbe03.taleo.net>"),
    ]
    return message(headers, html(body_html, charset="iso-8859-1", cte="quoted-printable"))


@mail(N(27), family="rejection", lang="en", interview=False, company="Tidewell",
      note="Post-final-round rejection through Ashby (after the 9 July loop)")
def m27() -> bytes:
    plain = t("""
        Hi Elena,

        Thank you so much for spending time with the team last week - everyone appreciated how much thought you put into the case presentation, and Aaron in particular enjoyed your take on the underwriting funnel.

        After a lot of discussion, we've decided to move forward with another candidate whose background is a bit closer to our lending operations work. This was genuinely a close call, and I know that's not much consolation.

        We'd love to stay in touch as the team grows. If it's OK with you, I'll keep your profile on file and reach out when we open the analytics lead role later this year.

        Thanks again, and best of luck with your search.

        Priya

        Priya Nandakumar · Recruiting · Tidewell
        """)
    sent = "2026-07-16 22:48:03"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("a8-31.smtp-out.amazonses.com", "54.240.8.31", sent, "UTC", "m27"),
        ("From", addr("Priya Nandakumar", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Priya Nandakumar", "priya@tidewell.com")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "Update on your Tidewell application"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", ses_id("m27")),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


@mail(N(28), family="scheduling_link", lang="en", interview=False, company="Cobalt Ridge Capital",
      note="Greenhouse availability request for a superday; asks for availability by Tue 2/17, no slot booked",
      days=(("Tue", "2026-02-17"),))
def m28() -> bytes:
    plain = t("""
        Hi Elena,

        Great news - Tom really enjoyed speaking with you, and we'd like to invite you to a Superday in our New York office! The day will consist of four to five back-to-back 45-minute conversations with members of the Systematic Macro team and one of our CIOs.

        Please use the link below to let us know your availability over the next two weeks. Once we've lined up the interviewers' calendars, I'll send you a confirmed schedule.

        Submit your availability: https://app.greenhouse.io/availability/{a}

        It would be great to have your availability by Tuesday 2/17. Please block a full morning (8:30am - 1pm) for each window you submit.

        Best,
        Nicole

        Nicole Ferraro
        Talent Acquisition | Cobalt Ridge Capital
        """).replace("{a}", hx("m28a", 40))
    sent = "2026-02-13 15:55:20"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("o3.us.greenhouse-mail.io", "167.89.101.44", sent, "UTC", "m28"),
        dkim("us.greenhouse-mail.io", "s1", "m28"),
        ("From", addr("Cobalt Ridge Capital", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Nicole Ferraro", "nicole.ferraro@cobaltridgecap.com")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "Cobalt Ridge Capital - Please share your availability for a Superday"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{hx('m28', 22)}@ismtpd0051p1mdw1.sendgrid.net>"),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


@mail(N(29), family="offer", lang="en", interview=False, company="Lumenfold",
      note="Offer after the April onsite; signature deadline Fri May 15 5:00 PM PT and an open offer to hop on "
           "a call, nothing scheduled",
      days=(("Fri", "2026-05-15"),))
def m29() -> bytes:
    plain = t("""
        Hi Elena,

        I'm so excited to share that the team would like to offer you the Strategy & Analytics Lead role at Lumenfold! Everyone you met during your onsite came away impressed, and Jonah can't wait to have you on board.

        Here's a summary; the full offer letter is in DocuSign:

        - Base salary: $195,000
        - Target bonus: 15%
        - Equity: 18,000 RSUs vesting over 4 years (1-year cliff)
        - Start date: Monday, June 1, 2026 (flexible)
        - Location: Hybrid, New York office (3 days/week)

        Please review and sign by Friday, May 15 at 5:00 PM PT. Happy to hop on a call anytime if you have questions - Jonah would love to chat too if that's helpful.

        Congratulations!!

        Hana

        Hana Sato | Senior Recruiter | Lumenfold
        """)
    sent = "2026-05-06 12:31:44"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-oa1-f45.google.com", "209.85.160.45", sent, LA, "m29"),
        ("MIME-Version", "1.0"),
        ("From", addr("Hana Sato", "hana.sato@lumenfold.com")),
        ("Date", date(sent, LA)),
        ("Message-ID", gmail_id("m29")),
        ("Subject", enc("Lumenfold offer - Strategy & Analytics Lead 🎉")),
        ("To", addr(ME, ME_ADDR)),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))), mime_version=False)


@mail(N(30), family="recruiter_outreach", lang="en", interview=False, company="Kestrel Search",
      note="Headhunter cold outreach; asks for availability for a call, nothing fixed")
def m30() -> bytes:
    plain = t("""
        Hi Elena,

        I came across your profile and your work on cross-asset pricing at Amberfield caught my eye. A client of mine, a ~$6bn multi-strat in Midtown, is building out a small strategy team that sits right next to the PMs (think: half research, half capital allocation). They've asked me to find someone with exactly your mix of quant and business sense.

        Comp is very competitive, and the hiring manager is someone I've placed people with twice before - great to work for.

        Would love to hop on a call this week or next to share more. What does your availability look like? Happy to work around your schedule, early mornings or evenings are fine too.

        Best,
        Aubrey

        Aubrey Lin
        Principal, Investment Management Practice
        Kestrel Search | 1345 Avenue of the Americas, New York, NY
        m: 646.555.0182
        """)
    sent = "2026-08-04 08:12:55"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-ed1-f48.google.com", "209.85.208.48", sent, NY, "m30"),
        ("From", addr("Aubrey Lin", "aubrey.lin@kestrelsearch.com")),
        ("To", ME_ADDR),
        ("Subject", "Strategy role at a NYC multi-strat - quick chat?"),
        ("Date", date(sent, NY)),
        ("Message-ID", gmail_id("m30")),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


@mail(N(31), family="slot_proposal", lang="en", interview=False, company="Brightlane Media",
      note="Hiring manager proposes two slots for the next round (Tues 1/27 2p or Wed 1/28 10a) and asks the "
           "candidate to pick; nothing agreed yet",
      days=(("Tue", "2026-01-27"), ("Wed", "2026-01-28")))
def m31() -> bytes:
    plain = t("""
        Hi Elena,

        Great to meet you last week - I came away really excited, and I've shared my notes with Dana.

        Next step would be a ~60 min conversation with Dana (our CRO) and two folks from the analytics team. Could you do Tues 1/27 at 2p or Wed 1/28 at 10a? If neither works, send me a few windows and we'll make it work.

        Once you pick one, Tasha on our recruiting team will send over the invite and a short prep doc.

        Marcus

        Marcus Oyelaran
        Head of Audience Strategy, Brightlane Media
        """)
    sent = "2026-01-20 10:02:36"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-wm1-f53.google.com", "209.85.128.53", sent, NY, "m31"),
        ("MIME-Version", "1.0"),
        ("From", addr("Marcus Oyelaran", "marcus.oyelaran@brightlanemedia.com")),
        ("Date", date(sent, NY)),
        ("Message-ID", gmail_id("m31")),
        ("Subject", "Next steps - Senior Audience Strategist"),
        ("To", addr(ME, ME_ADDR)),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))), mime_version=False)


@mail(N(32), family="take_home", lang="en", interview=False, company="Saltmarsh Research",
      note="Take-home exercise with a CSV attached; due Monday 3/2 at 9am ET; a deadline, not an interview",
      days=(("Mon", "2026-03-02"),))
def m32() -> bytes:
    plain = t("""
        Hi Elena,

        Thanks again for the chat on Tuesday. As discussed, attached is our take-home exercise: daily returns for 40 anonymized futures contracts (2015-2025). We'd like you to propose and backtest a simple signal and write up what you find.

        Please send your write-up (max 4 pages, plus code) back to me by Monday 3/2 at 9am ET. Please don't spend more than ~4-5 hours on it; we care much more about how you reason than about the Sharpe ratio.

        If it goes well, the next step is a research interview with me and Greta where we'll go through it together.

        Best,
        Ben

        Ben Adeyemi
        Research Director | Saltmarsh Research
        75 State St, Boston, MA 02109
        """)
    csv = "date,contract_01,contract_02,contract_03,contract_04\n" + "".join(
        f"2025-12-{d:02d},{(int(hx(f'r{d}a', 4), 16) % 400 - 200) / 10000:.4f},"
        f"{(int(hx(f'r{d}b', 4), 16) % 400 - 200) / 10000:.4f},"
        f"{(int(hx(f'r{d}c', 4), 16) % 400 - 200) / 10000:.4f},"
        f"{(int(hx(f'r{d}d', 4), 16) % 400 - 200) / 10000:.4f}\n" for d in (1, 2, 3, 4, 5, 8, 9, 10))
    att = Part([("Content-Type", 'text/csv; charset="us-ascii"; name="saltmarsh_takehome_sample.csv"'),
                ("Content-Disposition", 'attachment; filename="saltmarsh_takehome_sample.csv"'),
                ("Content-Transfer-Encoding", "base64")],
               base64.encodebytes(csv.replace("\n", "\r\n").encode()).replace(b"\n", b"\r\n"))
    sent = "2026-02-26 17:45:09"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-pj1-f44.google.com", "209.85.216.44", sent, NY, "m32"),
        ("MIME-Version", "1.0"),
        ("From", addr("Ben Adeyemi", "ben.adeyemi@saltmarshresearch.com")),
        ("Date", date(sent, NY)),
        ("Message-ID", gmail_id("m32")),
        ("Subject", "Saltmarsh take-home"),
        ("To", addr(ME, ME_ADDR)),
    ]
    return message(headers, mixed(alt(text(plain), html(gmail_html(plain))), att), mime_version=False)


@mail(N(33), family="assessment", lang="en", interview=False, company="Castlebury Bank & Trust",
      note="HireVue on-demand (recorded) video interview to complete by 09/02/2026 11:59 PM; an assessment "
           "with a deadline, no live meeting",
      days=(("Wed", "2026-09-02"),))
def m33() -> bytes:
    plain = t("""
        Dear Elena Castillo,

        Thank you for your interest in the Strategy & Planning Analyst position at Castlebury Bank & Trust. As the next step in our selection process, we invite you to complete an on-demand video interview through HireVue.

        You will be asked 5 questions. For each question you will have 30 seconds to prepare and up to 3 minutes to record your answer. You may complete the interview at any time that is convenient for you before the deadline.

        Please complete your interview by: 09/02/2026 11:59 PM Eastern Daylight Time

        Start your interview: https://app.hirevue.com/interviews/{i}

        Tips:
        - Use a laptop or desktop with a working webcam and microphone.
        - Find a quiet, well-lit space.
        - You can try practice questions before you begin.

        Sincerely,
        Castlebury Bank & Trust Talent Acquisition

        This email was sent by HireVue on behalf of Castlebury Bank & Trust. Please do not reply to this message.
        """).replace("{i}", b64id("m33i", 20))
    sent = "2026-08-27 13:20:31"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mta-27.hirevue.com", "198.2.180.27", sent, "UTC", "m33"),
        ("From", addr("Castlebury Bank & Trust", "noreply@hirevue.com")),
        ("To", addr("Elena Castillo", ME_ADDR)),
        ("Subject", "Castlebury Bank & Trust: Complete Your HireVue Interview"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{hx('m33', 32)}@hirevue.com>"),
    ]
    return message(headers, text(plain, charset="us-ascii", cte="7bit"))


@mail(N(34), family="assessment", lang="en", interview=False, company="Corvane",
      note="CoderPad Screen invitation; expires Nov 17 11:59 PM EST; an online test, not an interview",
      days=(("Tue", "2026-11-17"),))
def m34() -> bytes:
    body_html = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;background:#f5f6f8;margin:0;padding:24px">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;border-radius:6px">
        <p style="font-size:18px"><b>Corvane</b> has invited you to take a test</p>
        <p>Hi Elena,</p>
        <p>As part of your application for <b>Strategy Analytics Manager</b>, Corvane would like you to complete a short technical assessment on CoderPad Screen.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#777">Test</td><td>Corvane - Analytics SQL &amp; Python</td></tr>
        <tr><td style="color:#777">Estimated time</td><td>75 minutes</td></tr>
        <tr><td style="color:#777">Expires</td><td>Tuesday, Nov 17, 2026 at 11:59 PM EST</td></tr>
        </table>
        <p>Once you start, the timer cannot be paused, so make sure you have a quiet slot in your day.</p>
        <p style="text-align:center;margin:28px 0"><a href="https://app.coderpad.io/screen/t/{s}" style="background:#5a3fd6;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Start the test</a></p>
        <p style="font-size:12px;color:#888">Having trouble? Visit <a href="https://coderpad.io/help">coderpad.io/help</a>. You're receiving this email because Corvane invited you to a CoderPad Screen test.</p>
        </div></body></html>
        """).replace("{s}", b64id("m34s", 28))
    sent = "2026-11-10 17:09:45"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("o8.email.coderpad.io", "149.72.120.8", sent, "UTC", "m34"),
        ("From", addr("CoderPad Screen", "no-reply@coderpad.io")),
        ("Reply-To", "no-reply@coderpad.io"),
        ("To", ME_ADDR),
        ("Subject", "Corvane has invited you to take a test"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{hx('m34', 22)}@geopod-ismtpd-5.sendgrid.net>"),
    ]
    return message(headers, html(body_html, cte="base64"))


@mail(N(35), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Dentist appointment reminder with ICS (Tue Mar 17 8:30 AM); a confirmed time, not an interview",
      days=(("Tue", "2026-03-17"),))
def m35() -> bytes:
    plain = t("""
        Hi Elena,

        This is a friendly reminder of your upcoming appointment at Park Slope Family Dental:

        Tuesday, March 17, 2026 at 8:30 AM
        Dr. Rachel Levine - Cleaning & exam
        401 7th Avenue, Brooklyn, NY 11215

        Please confirm: https://smilereminders.net/c/{c}
        Or reply C to confirm / R to reschedule.

        Please arrive 10 minutes early and bring your insurance card. Cancellations with less than 24 hours' notice may be subject to a $50 fee.

        See you soon!
        Park Slope Family Dental
        (718) 555-0145
        """).replace("{c}", b64id("m35c", 12))
    sent = "2026-03-13 14:00:03"
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//SmileReminders//Appointments//EN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:appt-{hx('m35uid', 16)}@smilereminders.net",
        f"DTSTAMP:{stamp(sent, 'UTC')}",
        "DTSTART;TZID=America/New_York:20260317T083000",
        "DTEND;TZID=America/New_York:20260317T093000",
        "SUMMARY:Dentist - Park Slope Family Dental",
        "LOCATION:401 7th Avenue\\, Brooklyn\\, NY 11215",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail12.smilereminders.net", "198.37.151.12", sent, "UTC", "m35"),
        ("From", addr("Park Slope Family Dental", "reminders@smilereminders.net")),
        ("To", ME_ADDR),
        ("Subject", "Appointment Reminder: Tue, Mar 17 at 8:30 AM"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{hx('m35', 24)}@smilereminders.net>"),
    ]
    body = mixed(text(plain), calendar(ics, method=None, cte="7bit", filename="appointment.ics",
                                       disposition="attachment"))
    return message(headers, body)


@mail(N(36), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Exchange recurring weekly 1:1 with her current manager (Thursdays 4 PM, from 8 Jan), sent to her "
           "work address and forwarded to this inbox; not an interview",
      days=(("Thu", "2026-01-08"),))
def m36() -> bytes:
    sent = "2026-01-05 09:12:40"
    desc = t("""
        Moving our 1:1 to Thursdays for Q1 so it lines up after the pricing committee. Agenda doc is the same as before.

        """) + teams_block("m36", "271 930 118 442", "Mt9sQk",
                           "+1 646-555-0100,,700448129#   United States, New York City", "700 448 129")
    plain = ("When: Occurs every Thursday from 4:00 PM to 4:30 PM effective 1/8/2026. (UTC-05:00) Eastern Time "
             "(US & Canada)\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc)
    ics = exchange_ics(method="REQUEST", tzid="Eastern Standard Time", start="2026-01-08 16:00",
                       end="2026-01-08 16:30", summary="Elena / Greg 1:1", description=plain,
                       location="Microsoft Teams Meeting", org=("Greg Tomasz", "greg.tomasz@amberfieldanalytics.com"),
                       attendees=[("REQ-PARTICIPANT", "Elena Castillo", ME_WORK)], seq=0, status="CONFIRMED",
                       sent=sent, sent_zone=NY, uid_seed="m36uid", rrule="FREQ=WEEKLY;BYDAY=TH;WKST=SU",
                       teams=True)
    headers = [
        ("Delivered-To", ME_ADDR),
        ("X-Forwarded-To", ME_ADDR),
        ("X-Forwarded-For", f"{ME_WORK} {ME_ADDR}"),
        rcv("NAM04-BN8-obe.outbound.protection.outlook.com", "40.107.100.71", sent, NY, "m36"),
        ("From", addr("Greg Tomasz", "greg.tomasz@amberfieldanalytics.com")),
        ("To", addr(ME, ME_WORK)),
        ("Subject", "Elena / Greg 1:1"),
        *outlook_headers(seed="m36", topic="Elena / Greg 1:1", when=sent, zone=NY),
    ]
    body = alt(text(plain), html(outlook_html(plain)), calendar(ics, method="REQUEST", cte="base64"))
    return message(headers, body)


@mail(N(37), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Apartment viewing confirmation (Sat 5/9 11:00 AM) from a rental platform",
      days=(("Sat", "2026-05-09"),))
def m37() -> bytes:
    plain = t("""
        Your viewing is confirmed ✔

        214 Bergen St #3R, Brooklyn, NY 11217
        1 bed · 1 bath · $3,450/mo

        Saturday, May 9 at 11:00 AM
        Agent: Derek Lam, Keyhaus Realty · (718) 555-0190

        Meet Derek in front of the building. Bring a photo ID; if you decide to apply, have your last two pay stubs handy.

        Running late or need to cancel? Manage your viewing: https://keyhaus.com/v/{v}

        Keyhaus · Find your next place
        You're receiving this because you requested a viewing on Keyhaus. Notification settings: https://keyhaus.com/settings
        """).replace("{v}", b64id("m37v", 14))
    sent = "2026-05-06 21:17:09"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mta-out7.keyhaus.com", "192.174.90.7", sent, "UTC", "m37"),
        ("From", addr("Keyhaus", "notifications@keyhaus.com")),
        ("To", ME_ADDR),
        ("Subject", "Viewing confirmed: 214 Bergen St #3R, Sat 5/9 at 11:00 AM"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{uuid('m37')}@keyhaus.com>"),
    ]
    import html as _h

    body_html = ('<html><body style="font-family:Helvetica,Arial,sans-serif">'
                 + "".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
                 + "</body></html>\n")
    return message(headers, alt(text(plain), html(body_html)))


@mail(N(38), family="meetup", lang="en", interview=False, company=None,
      note="Meetup RSVP for a fireside chat titled about quant interviews (Thu Apr 16 6:30 PM), with ICS; an "
           "event, not her interview",
      days=(("Thu", "2026-04-16"),))
def m38() -> bytes:
    title = "Fireside chat: What quant PMs actually ask in interviews"
    plain = t(f"""
        You're going!

        NYC Quant Finance Meetup
        {title}

        Thursday, April 16, 2026
        6:30 PM to 8:30 PM EDT

        WeWork, 115 W 18th St, 4th floor, New York, NY

        Doors at 6:15. Pizza + drinks sponsored by Halvorsen & Pike. Our guests, two current PMs, will talk about how they run first-round interviews, the brainteasers they've retired, and what a good superday looks like from their side. Q&A at the end.

        Can't make it anymore? Change your RSVP so someone on the waitlist can go: https://www.gatherly.com/nyc-quant-finance/events/{int(hx('m38e', 7), 16)}/

        Gatherly
        """)
    sent = "2026-04-09 23:40:12"
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Gatherly//Gatherly Events//EN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:event_{int(hx('m38e', 7), 16)}@gatherly.com",
        f"DTSTAMP:{stamp(sent, 'UTC')}",
        "DTSTART:20260416T223000Z",
        "DTEND:20260417T003000Z",
        f"SUMMARY:{ics_text(title)}",
        "LOCATION:WeWork\\, 115 W 18th St\\, 4th floor\\, New York\\, NY",
        f"URL:https://www.gatherly.com/nyc-quant-finance/events/{int(hx('m38e', 7), 16)}/",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail41.gatherly.com", "198.21.0.41", sent, "UTC", "m38"),
        ("From", addr("Gatherly", "info@email.gatherly.com")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", f"You're going to \"{title}\""),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{hx('m38', 20)}@email.gatherly.com>"),
        ("List-Unsubscribe", "<https://www.gatherly.com/account/comm/?unsub=" + hx("m38u", 16) + ">"),
    ]
    body = mixed(text(plain), calendar(ics, method="PUBLISH", cte="base64", filename="event.ics",
                                       disposition="attachment", ctype="text/calendar"))
    return message(headers, body)


@mail(N(39), family="marketing_webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration 'Interview with a Portfolio Manager' (Oct 14, 12:00 PM ET); a webinar, "
           "not her interview",
      days=(("Wed", "2026-10-14"),))
def m39() -> bytes:
    wid = f"{int(hx('m39w', 8), 16) % 10**11:011d}"
    plain = t(f"""
        Hi Elena,

        Thank you for registering for "Interview with a Portfolio Manager: Live Q&A".

        Please submit any questions to: events@latticelearning.com

        Date & Time: Oct 14, 2026 12:00 PM Eastern Time (US and Canada)

        Join from a PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/{wid}?tk={b64id('m39tk', 43)}
        Passcode: 220184

        Add to Calendar: https://us06web.zoom.us/webinar/tZ{b64id('m39c', 30)}/ics
        Add to Google Calendar | Add to Yahoo Calendar

        Or One tap mobile:
        +16469313860,,{wid}#,,,,*220184# US

        Webinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}

        You can cancel your registration at any time.
        """)
    sent = "2026-10-07 16:03:55"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("us06-mta-zmail.zoom.us", "170.114.52.6", sent, "UTC", "m39"),
        ("From", addr("Lattice Learning", "no-reply@zoom.us")),
        ("Reply-To", "events@latticelearning.com"),
        ("To", addr("Elena Castillo", ME_ADDR)),
        ("Subject", "Interview with a Portfolio Manager: Live Q&A Confirmation"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{b64id('m39', 22)}@us06-zmail.zoom.us>"),
    ]
    import html as _h

    body_html = ('<html><body style="font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px">'
                 + "".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
                 + "</body></html>\n")
    return message(headers, alt(text(plain), html(body_html)))


@mail(N(40), family="mock_interview", lang="en", interview=False, company=None,
      note="Calendly confirmation of a paid mock case interview with a career coach (Thu May 14 7pm), ICS "
           "attached; practice, not a job interview",
      days=(("Thu", "2026-05-14"),))
def m40() -> bytes:
    plain = t("""
        Hi Elena Castillo,

        Your Mock Case Interview (60 min) with Teresa Quinlan at 7:00pm (Eastern Time - US & Canada) on Thursday, May 14, 2026 is scheduled.

        Event Type:
        Mock Case Interview (60 min)

        Event Date/Time:
        7:00pm - 8:00pm (Eastern Time - US & Canada) Thursday, May 14, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/vhz-qmtu-abd

        Description:
        Full-length MBB-style mock case with written feedback within 24 hours. Payment received - thank you! Tell me in the form which firms you're preparing for and I'll pick a case in that style.

        Questions:
        Which firms / rounds are you preparing for?
        Ashgrove Partners round 1 (next week), Wren & Holt

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/{c}
        Reschedule: https://calendly.com/reschedulings/{c}

        Powered by Calendly.com
        """).replace("{c}", uuid("m40c"))
    sent = "2026-05-11 01:22:10"
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Calendly//Calendly//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uuid('m40uid')}",
        f"DTSTAMP:{stamp(sent, 'UTC')}",
        "DTSTART:20260514T230000Z",
        "DTEND:20260515T000000Z",
        "SUMMARY:Mock Case Interview (60 min) (Elena Castillo and Teresa Quinlan)",
        "ORGANIZER;CN=Teresa Quinlan:mailto:teresa@casereadycoaching.com",
        "ATTENDEE;CN=Elena Castillo;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:elena.castillo@example.org",
        "LOCATION:https://meet.google.com/vhz-qmtu-abd",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("o7.email.calendly.com", "167.89.85.112", sent, "UTC", "m40"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Teresa Quinlan", "teresa@casereadycoaching.com")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "Confirmed: Mock Case Interview (60 min) with Teresa Quinlan on Thursday, May 14, 2026"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{hx('m40', 20)}.{hx('m40b', 12)}@calendly.com>"),
    ]
    body = mixed(text(plain),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment",
                          ctype="application/ics", name_param=True))
    return message(headers, body)



@mail(N(41), family="podcast", lang="en", interview=False, company=None,
      note="Podcast producer confirms a recording where the host will interview her (Tue 6/23 1pm ET); press, "
           "not a job interview",
      days=(("Tue", "2026-06-23"),))
def m41() -> bytes:
    plain = t("""
        Hi Elena!

        Thrilled to have you on The Basis Point. We're confirmed to record Tuesday 6/23 at 1pm ET over Riverside - link below, please join 10 min early for a sound check:

        https://riverside.fm/studio/the-basis-point?t={r}

        I'll interview you for about 40 minutes on how fintechs price credit for thin-file borrowers, and we'll close with the usual lightning round. Wired headphones are best; AirPods are OK in a pinch.

        Episode should air mid-July. I'll send the art + clips for you to share.

        Cheers,
        Noah

        Noah Fairbanks
        Host & Producer, The Basis Point
        """).replace("{r}", hx("m41r", 12))
    sent = "2026-06-16 14:27:03"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-vk1-f176.google.com", "209.85.221.176", sent, NY, "m41"),
        ("From", addr("Noah Fairbanks", "noah@thebasispoint.fm")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "The Basis Point - recording confirmed for 6/23"),
        ("Date", date(sent, NY)),
        ("Message-ID", gmail_id("m41")),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


@mail(N(42), family="interviewer_invite", lang="en", interview=False, company=None,
      note="Google Calendar invitation at her current employer: she is an interviewer for a candidate "
           "(Thu Feb 26 11am); summary starts with 'Interview:' but it is not her interview")
def m42() -> bytes:
    org = ("Kayla Brooks", "kayla.brooks@amberfieldanalytics.com")
    title = "Interview: Samir Patel - Senior Analyst (Case)"
    desc = ("Hi interviewers - you're on the case portion for Samir. Interview kit + scorecard in Greenhouse: "
            "https://app.greenhouse.io/guides/" + hx("m42g", 10) + "/people/" + str(int(hx("m42p", 8), 16)) + "\n\n"
            "Resume attached to the Greenhouse profile. Please submit feedback within 24 hours.\n\n"
            "Join with Google Meet: https://meet.google.com/ejs-fuoa-pkn")
    eid = b64id("m42eid", 54)
    sent = "2026-02-20 11:31:06"
    plain = gcal_body(top="", title=title, when="Thursday Feb 26, 2026 \u22c5 11am \u2013 11:45am",
                      zone_line="Eastern Time - New York", location="", description=desc, org=org,
                      guests=["Elena Castillo", "Raj Bhatt"], eid=eid, reply_for=ME_WORK)
    ics = gcal_ics(method="REQUEST", uid=hx("m42uid", 26), start="2026-02-26 11:00", end="2026-02-26 11:45",
                   summary=title, description=desc, location="", org=org,
                   guests=[("Elena Castillo", ME_WORK), ("Raj Bhatt", "raj.bhatt@amberfieldanalytics.com")],
                   seq=0, status="CONFIRMED", sent=sent, created=sent)
    headers = [
        ("Delivered-To", ME_ADDR),
        ("X-Forwarded-To", ME_ADDR),
        ("X-Forwarded-For", f"{ME_WORK} {ME_ADDR}"),
        rcv("mail-sor-f69.google.com", "209.85.220.69", sent, NY, "m42"),
        ("Reply-To", addr(org[0], org[1])),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", f"<calendar-{uuid('m42m')}@google.com>"),
        ("Date", date(sent, NY)),
        ("Subject", f"Invitation: {title} @ Thu Feb 26, 2026 11am - 11:45am (EST) ({ME_WORK})"),
        ("From", addr(org[0], org[1])),
        ("To", ME_WORK),
    ]
    return gcal_message(headers=headers, plain=plain, title=title, ics=ics, method="REQUEST")


@mail(N(43), family="reference_call", lang="en", interview=False, company="Bramblecote Capital",
      note="A firm confirms a reference call with her about a former colleague (Wed 7/29 12:30pm ET); she is "
           "the reference, not the candidate",
      days=(("Wed", "2026-07-29"),))
def m43() -> bytes:
    plain = t("""
        Hi Elena,

        Thank you for agreeing to serve as a reference for Jordan Wu, who is a finalist for our Senior Analyst role. Confirming our call for Wednesday 7/29 at 12:30pm ET. I'll call you at the number Jordan provided (646-555-0139); it should take about 20 minutes.

        I'll mostly ask about the projects you worked on together at Amberfield, how Jordan handles ambiguity, and areas for development. Everything you share will be kept confidential.

        Many thanks,
        Hollis

        Hollis Grant
        Head of Talent, Bramblecote Capital
        """)
    sent = "2026-07-24 09:55:48"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("NAM11-CO1-obe.outbound.protection.outlook.com", "40.107.220.44", sent, NY, "m43"),
        ("From", addr("Hollis Grant", "hollis.grant@bramblecote.com")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "Reference call - Jordan Wu"),
        *outlook_headers(seed="m43", topic="Reference call - Jordan Wu", when=sent, zone=NY),
    ]
    return message(headers, alt(text(plain), html(outlook_html(plain))))


@mail(N(44), family="auto_reply", lang="en", interview=False, company="Halvorsen & Pike",
      note="Out-of-office auto-reply to her post-superday thank-you note (Auto-Submitted: auto-replied)",
      days=(("Fri", "2026-03-13"), ("Fri", "2026-03-20")))
def m44() -> bytes:
    plain = t("""
        Thank you for your email. I am out of the office from Friday 3/13 through Friday 3/20 with limited access to email. For urgent matters please contact Brianna Cole at brianna.cole@halvorsenpike.com or (212) 555-0150.

        Best regards,
        Doug Feld
        """)
    sent = "2026-03-13 08:15:27"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("NAM02-SN1-obe.outbound.protection.outlook.com", "40.107.96.63", sent, NY, "m44"),
        ("From", addr("Feld, Doug", "doug.feld@halvorsenpike.com")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "Automatic reply: Thank you - Superday 3/12"),
        *outlook_headers(seed="m44", topic="Thank you - Superday 3/12", when=sent, zone=NY),
        ("In-Reply-To", gmail_id("m44prev")),
        ("References", gmail_id("m44prev")),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "doug.feld@halvorsenpike.com"),
    ]
    return message(headers, alt(text(plain), html(outlook_html(plain))))


@mail(N(45), family="bounce", lang="en", interview=False, company=None,
      note="Gmail delivery failure for her thank-you note to a mistyped interviewer address; the returned "
           "message mentions this morning's case interview but confirms nothing")
def m45() -> bytes:
    sent = "2026-05-19 17:41:12"
    orig_sent = "2026-05-19 13:40:58"
    orig_plain = t("""
        Hi Ravi,

        Thank you for taking the time to walk me through the case this morning. I really enjoyed working through the regional bank pricing problem with you, and our conversation about how Ashgrove's FS practice is evolving made me even more excited about the role.

        Please let me know if there's anything else I can send along.

        Best,
        Elena
        """)
    orig = message([
        ("MIME-Version", "1.0"),
        ("From", addr(ME, ME_ADDR)),
        ("Date", date(orig_sent, NY)),
        ("Message-ID", gmail_id("m45orig")),
        ("Subject", "Thank you - case interview"),
        ("To", "ravi.katri@ashgrovepartners.com"),
    ], alt(text(orig_plain), html(gmail_html(orig_plain))), mime_version=False)
    human = t("""

        ** Address not found **

        Your message wasn't delivered to ravi.katri@ashgrovepartners.com because the address couldn't be found, or is unable to receive mail.

        Learn more here: https://support.google.com/mail/?p=NoSuchUser

        The response from the remote server was:
        550 5.1.1 <ravi.katri@ashgrovepartners.com>: Recipient address rejected: User unknown in virtual mailbox table
        """)
    status = t(f"""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; elena.castillo@example.org
        Arrival-Date: {date(orig_sent, NY)}
        X-Original-Message-ID: {gmail_id("m45orig")}

        Final-Recipient: rfc822; ravi.katri@ashgrovepartners.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.ashgrovepartners.com. (203.0.113.25, the server for the domain ashgrovepartners.com.)
        Diagnostic-Code: smtp; 550 5.1.1 <ravi.katri@ashgrovepartners.com>: Recipient address rejected: User unknown in virtual mailbox table
        Last-Attempt-Date: {date(sent, NY)}
        """)
    report = multipart(
        "report",
        alt(text(human, cte="7bit", charset="utf-8"), html(gmail_html(human))),
        raw_part([("Content-Type", "message/delivery-status")], status),
        attached_message(orig),
        params="report-type=delivery-status",
    )
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-sor-f65.google.com", "209.85.220.65", sent, NY, "m45"),
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", ME_ADDR),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("References", gmail_id("m45orig")),
        ("In-Reply-To", gmail_id("m45orig")),
        ("X-Failed-Recipients", "ravi.katri@ashgrovepartners.com"),
        ("Message-ID", f"<{b64id('m45', 16)}.{b64id('m45x', 8)}@mx.google.com>"),
        ("Date", date(sent, NY)),
    ]
    return message(headers, report)


@mail(N(46), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Career newsletter about confirming and rescheduling interviews, with sample e-mails that contain "
           "made-up times; List-Unsubscribe",
      days=(("Tue", "2026-03-10"),))
def m46() -> bytes:
    plain = t("""
        THE OFFER DESK · Issue #87

        How to confirm an interview time without sounding like a robot

        Hey there,

        This week a reader asked: "The recruiter sent me a time. Do I reply, or just accept the invite?" Short answer: both. A two-line reply costs you nothing and catches mistakes, like the classic time-zone mix-up when a London team books you while the clocks are changing.

        Here's a template you can steal:

          Hi Jordan,
          Thanks for setting this up! Confirming Tuesday 3/10 at 2:00 PM ET works for me, and I'll use the Zoom link in the invite. Looking forward to speaking with Sam.
          Best, Alex

        And if you need to move it:

          Hi Jordan,
          Something unavoidable has come up on Tuesday. Would any time Wednesday or Thursday afternoon work instead? Apologies for the shuffle.

        Three rules:
        1. Restate the day, date AND time zone. "Tuesday at 2" is how people end up on the wrong call.
        2. Don't over-apologize when you reschedule. Once is enough.
        3. If it's a superday, ask for the itinerary in writing.

        Reader Q&A, salary-negotiation scripts and this week's job board are on the site: https://theofferdesk.news/p/87

        Until next week,
        Mara @ The Offer Desk

        You're receiving this because you subscribed at theofferdesk.news. Unsubscribe: https://theofferdesk.news/unsubscribe?u={u}
        The Offer Desk, 228 Park Ave S #41872, New York, NY 10003
        """).replace("{u}", hx("m46u", 18))
    sent = "2026-08-23 13:00:04"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-157.mailgun.net", "198.61.254.157", sent, "UTC", "m46"),
        ("From", addr("Mara at The Offer Desk", "mara@theofferdesk.news")),
        ("To", ME_ADDR),
        ("Subject", "How to confirm an interview time without sounding like a robot"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{hx('m46', 26)}@theofferdesk.news>"),
        ("List-Unsubscribe", f"<https://theofferdesk.news/unsubscribe?u={hx('m46u', 18)}>, "
                             f"<mailto:unsubscribe+{hx('m46u', 18)}@theofferdesk.news>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("List-Id", "The Offer Desk <weekly.theofferdesk.news>"),
        ("Precedence", "bulk"),
    ]
    import html as _h

    body_html = ('<html><body style="font-family:Georgia,serif;font-size:16px;line-height:1.5;max-width:620px;margin:auto">'
                 + "".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
                 + "</body></html>\n")
    return message(headers, alt(text(plain), html(body_html)))


@mail(N(47), family="personal", lang="es", interview=False, company=None,
      note="Her mother asks in Spanish how yesterday's interview went (ISO-8859-1, 8bit); family mail, no "
           "confirmation")
def m47() -> bytes:
    plain = t("""
        Hola mi amor,

        ¿Cómo te fue ayer en la entrevista con los del fondo? Tu papá dice que seguro te fue muy bien, que tú siempre te preparas demasiado. Llámame cuando salgas del trabajo, aunque sea tarde, que quiero saber todo.

        Te quiero mucho,
        Mamá

        PD: ¿Vienes el domingo a almorzar? Voy a hacer ajiaco.
        """)
    sent = "2026-06-12 07:48:20"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-qk1-f169.google.com", "209.85.222.169", sent, NY, "m47"),
        ("From", addr("Rosa Castillo", "rosa.castillo@example.net")),
        ("To", addr(ME, ME_ADDR)),
        ("Subject", "la entrevista??"),
        ("Date", date(sent, NY)),
        ("Message-ID", f"<{uuid('m47').upper()}@example.net>"),
        ("X-Mailer", "iPad Mail (22F76)"),
    ]
    return message(headers, text(plain, charset="iso-8859-1", cte="8bit"))


@mail(N(48), family="post_interview", lang="en", interview=False, company="Pennon",
      note="Hiring manager's note after the call, looping in HR to set up 'next week'; no time fixed")
def m48() -> bytes:
    plain = t("""
        great chatting this morning Elena. looping in Carmen from our people team (cc'd) to set up time w/ a couple of folks on the team next week.

        W

        Sent from my iPhone
        """)
    sent = "2026-09-24 12:48:31"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-qt1-f182.google.com", "209.85.160.182", sent, NY, "m48"),
        ("From", addr("Will Sandoval", "will@pennon.com")),
        ("Content-Type", "text/plain; charset=us-ascii"),
        ("Content-Transfer-Encoding", "7bit"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "Re: Pricing strategy role"),
        ("Date", date(sent, NY)),
        ("Message-Id", f"<{uuid('m48').upper()}@pennon.com>"),
        ("References", f"<{uuid('m08a').upper()}@pennon.com> <{uuid('m08b').upper()}@example.org> "
                       f"<{uuid('m08').upper()}@pennon.com>"),
        ("In-Reply-To", f"<{uuid('m08').upper()}@pennon.com>"),
        ("Cc", addr("Carmen Ortiz", "carmen.ortiz@pennon.com")),
        ("To", addr(ME, ME_ADDR)),
        ("X-Mailer", "iPhone Mail (23A341)"),
    ]
    return message(headers, Part([], text(plain, charset="us-ascii", cte="7bit").body), mime_version=False)


@mail(N(49), family="application_status", lang="en", interview=False, company="Greyhaven Bancorp",
      note="Workday status update: application moved to the 'Interview' step, a recruiter will reach out to "
           "schedule; no time")
def m49() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;">
        <div><img src="https://wd5.myworkday.com/greyhaven/images/logo.png" alt="Greyhaven Bancorp"></div>
        <p>Dear Elena,</p>
        <p>Thank you for your interest in the <b>Strategy Associate</b> position (R-104482) at Greyhaven Bancorp.</p>
        <p>We are pleased to let you know that your application has moved to the next step in our hiring process: <b>Interview</b>. A member of our Talent Acquisition team will reach out to you shortly to schedule time with the hiring team.</p>
        <p>In the meantime, you can view the status of your application on our <a href="https://greyhaven.wd5.myworkdayjobs.com/External/userHome">Candidate Home</a>.</p>
        <p>Thank you,<br>Greyhaven Bancorp Talent Acquisition</p>
        <p style="font-size:8pt;color:#666">This is a system-generated message. Please do not reply.</p>
        </body></html>
        """)
    sent = "2026-09-14 20:11:37"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mx-wd5-smtp-14.myworkday.com", "216.52.8.14", sent, "UTC", "m49"),
        ("From", addr("Greyhaven Bancorp", "greyhaven@myworkday.com")),
        ("To", ME_ADDR),
        ("Subject", "Update on your application - Strategy Associate (R-104482)"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", f"<{int(hx('m49', 12), 16)}.{int(hx('m49b', 6), 16)}.JavaMail.wdprod@wd5-prod-mail>"),
    ]
    return message(headers, html(body_html, cte="quoted-printable"))


@mail(N(50), family="recruiter_prep_call", lang="en", interview=False, company="Talbot Search Partners",
      note="Headhunter sets a 15-minute prep call for the next day at 5:30 before the client interview; a "
           "call with her own agent, not a job interview (judgement call)")
def m50() -> bytes:
    plain = t("""
        Let's do 15 min of prep tmrw at 5:30, I'll ring your cell. Want to run through Sanjay's usual questions + how to handle comp if he brings it up (don't give a number, send him to me).

        K

        On Mon, Jun 8, 2026 at 1:05 PM Elena Castillo <elena.castillo@example.org> wrote:
        > Thanks Kyle!! Anything I should know about Sanjay beyond the book? And should I bring anything?
        >
        > Elena
        """)
    sent = "2026-06-09 18:20:44"
    headers = [
        ("Delivered-To", ME_ADDR),
        rcv("mail-yw1-f171.google.com", "209.85.128.171", sent, NY, "m50"),
        ("MIME-Version", "1.0"),
        ("From", addr("Kyle Brandvold", "kyle.brandvold@talbotsearch.com")),
        ("Date", date(sent, NY)),
        ("Message-ID", gmail_id("m50")),
        ("In-Reply-To", gmail_id("m50prev")),
        ("References", f"{gmail_id('m07first')} {gmail_id('m07prev')} {gmail_id('m07')} {gmail_id('m50prev')}"),
        ("Subject", "Re: Vantor - next steps"),
        ("To", addr(ME, ME_ADDR)),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))), mime_version=False)
