"""Build the blind held-out detector set: bench/heldout/{tune,final}/*.eml + labels.json.

    python3 bench/heldout/make.py            # (re)write both sets, then check them
    python3 bench/heldout/make.py --check    # only check the files on disk

The wording of every mail is written by hand in ``mails_tune.py`` and ``mails_final.py``; this
file only holds the MIME plumbing (CRLF, quoted-printable/base64/8bit bodies, RFC 2047 headers,
ICS folding) and the checks that keep the labels honest:

- every file parses as RFC 5322/MIME without defects, uses CRLF only, no line over 998 octets;
- the local time written in the mail (``local=``, with its weekday) converts with zoneinfo to the
  labelled UTC ``start`` (and ``local_end`` to ``end``);
- a positive's Date header is 1-10 days before its start;
- every calendar part's DTSTART (Windows zone names mapped to IANA) equals the labelled start, and
  METHOD:CANCEL goes with kind "cancelled";
- every weekday/date pair listed in ``days=`` is a real one in 2026.

Written without reading the detector (followupd/detect/, tests/detect/, tests/fixtures/).
"""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import json
import quopri
import re
import sys
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
CRLF = "\r\n"

WINDOWS_ZONES = {
    "W. Europe Standard Time": "Europe/Berlin",
    "Eastern Standard Time": "America/New_York",
    "India Standard Time": "Asia/Kolkata",
    "GMT Standard Time": "Europe/London",
    "Central Standard Time": "America/Chicago",
    "Pacific Standard Time": "America/Los_Angeles",
    "Romance Standard Time": "Europe/Paris",
    # more of the names Outlook and Exchange write, as CLDR's windowsZones maps them (territory 001)
    "Mountain Standard Time": "America/Denver",
    "US Mountain Standard Time": "America/Phoenix",
    "Alaskan Standard Time": "America/Anchorage",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "Atlantic Standard Time": "America/Halifax",
    "SA Western Standard Time": "America/La_Paz",
    "SA Pacific Standard Time": "America/Bogota",
    "Pacific SA Standard Time": "America/Santiago",
    "Argentina Standard Time": "America/Buenos_Aires",
    "E. South America Standard Time": "America/Sao_Paulo",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "New Zealand Standard Time": "Pacific/Auckland",
    "Tokyo Standard Time": "Asia/Tokyo",
    "Singapore Standard Time": "Asia/Singapore",
}
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# --------------------------------------------------------------------------- times


def t(s: str) -> str:
    """Dedent a hand-written body and drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


def at(local: str, zone: str) -> datetime:
    """'2026-04-14 10:30' in an IANA zone -> aware datetime."""
    return datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))


def date(local: str, zone: str) -> str:
    """RFC 5322 Date value for a local wall-clock time in a zone (offset from zoneinfo)."""
    return format_datetime(at(local, zone))


def utc(local: str, zone: str) -> str:
    return at(local, zone).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def received(by_from: str, when: str, zone: str, ident: str, to: str, lag: int = 3) -> str:
    """A Received: value 'from X by mx... ; <date in UTC>' a few seconds after the Date."""
    t = at(when, zone).astimezone(UTC) + timedelta(seconds=lag)
    return f"{by_from}\r\n by {ident} for <{to}>; {format_datetime(t)}"


# --------------------------------------------------------------------------- headers


def enc(value: str, charset: str = "utf-8") -> str:
    """RFC 2047-encode a header value if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name="Subject").encode(maxlinelen=76).replace("\n", "\r\n")


def addr(name: str | None, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def fold(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so lines stay near 78 characters."""
    line = f"{name}: {value}"
    if "\r\n" in value or len(line) <= 78 or name.lower().startswith("content-"):
        return line
    words = line.split(" ")
    out, cur = [], " ".join(words[:2])  # never break right after the colon
    for word in words[2:]:
        if len(cur) + 1 + len(word) > 78:
            out.append(cur)
            cur = " " + word
        else:
            cur = f"{cur} {word}" if cur else word
    out.append(cur)
    return "\r\n".join(out)


# --------------------------------------------------------------------------- bodies


@dataclass
class Part:
    headers: list[tuple[str, str]]
    body: bytes


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def _encode(text: str, charset: str, cte: str) -> bytes:
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw, quotetabs=False)
        return out.replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n")).replace(b"\n", b"\r\n")
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        return raw.replace(b"\n", b"\r\n")
    raise ValueError(cte)


def text(body: str, charset: str = "utf-8", cte: str = "quoted-printable", subtype: str = "plain",
         params: str = "", extra: tuple[tuple[str, str], ...] = ()) -> Part:
    ctype = f'text/{subtype}; charset="{charset}"' + (f"; {params}" if params else "")
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte), *extra]
    return Part(headers, _encode(body, charset, cte))


def html(body: str, charset: str = "utf-8", cte: str = "quoted-printable",
         extra: tuple[tuple[str, str], ...] = ()) -> Part:
    return text(body, charset, cte, subtype="html", extra=extra)


def ics_fold(ics: str) -> str:
    """Unfolded ICS text (LF lines) -> CRLF lines folded at 75 octets (RFC 5545 3.1)."""
    out = []
    for line in ics.strip("\n").split("\n"):
        raw = line.encode("utf-8")
        chunks, cur = [], b""
        limit = 75
        for ch in line:
            b = ch.encode("utf-8")
            if len(cur) + len(b) > limit:
                chunks.append(cur)
                cur, limit = b"", 74
            cur += b
        chunks.append(cur)
        assert b"".join(chunks) == raw
        out.append("\r\n ".join(c.decode("utf-8") for c in chunks))
    return "\r\n".join(out) + "\r\n"


def calendar(ics: str, method: str | None = "REQUEST", cte: str = "7bit", ctype: str = "text/calendar",
             filename: str | None = None, disposition: str | None = None, charset: str = "utf-8",
             name_param: bool = False) -> Part:
    folded = ics_fold(ics)
    params = f'; charset="{charset}"'
    if method:
        params += f"; method={method}"
    if name_param and filename:
        params += f'; name="{filename}"'
    headers = [("Content-Type", ctype + params)]
    if disposition:
        headers.append(("Content-Disposition", f'{disposition}; filename="{filename}"'))
    headers.append(("Content-Transfer-Encoding", cte))
    raw = folded.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw.replace(b"\r\n", b"\n")).replace(b"\n", b"\r\n")
    else:
        if cte == "7bit":
            raw.decode("ascii")
        body = raw
    return Part(headers, body)


def attached_message(msg: bytes, filename: str | None = None) -> Part:
    headers = [("Content-Type", "message/rfc822")]
    if filename:
        headers.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    return Part(headers, msg)


def raw_part(headers: list[tuple[str, str]], body: str) -> Part:
    return Part(headers, _lines(body).encode("utf-8"))


_boundary_count = [0]


def _boundary(seed: str) -> str:
    _boundary_count[0] += 1
    return hashlib.sha256(f"{seed}-{_boundary_count[0]}".encode()).hexdigest()[:28]


def multipart(subtype: str, *parts: Part, boundary: str | None = None, params: str = "",
              preamble: str | None = None) -> Part:
    b = boundary or ("=_" + _boundary(subtype))
    ctype = f'multipart/{subtype}; boundary="{b}"' + (f"; {params}" if params else "")
    chunks: list[bytes] = []
    if preamble:
        chunks.append(_lines(preamble).encode("ascii") + b"\r\n")
    for p in parts:
        head = "".join(fold(k, v) + CRLF for k, v in p.headers)
        body = p.body if p.body.endswith(b"\r\n") else p.body + b"\r\n"
        chunks.append(f"--{b}\r\n{head}\r\n".encode() + body)
    chunks.append(f"--{b}--\r\n".encode())
    return Part([("Content-Type", ctype)], b"".join(chunks))


def alt(*parts: Part, **kw: str) -> Part:
    return multipart("alternative", *parts, **kw)


def mixed(*parts: Part, **kw: str) -> Part:
    return multipart("mixed", *parts, **kw)


def message(headers: list[tuple[str, str]], body: Part, mime_version: bool = True) -> bytes:
    hs = list(headers)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    hs += body.headers
    head = "".join(fold(k, v) + CRLF for k, v in hs)
    return head.encode("ascii") + b"\r\n" + body.body


# --------------------------------------------------------------------------- time zones for ICS

VTZ = {
    # Exchange / Outlook: Windows zone names, 1601 anchors
    "W. Europe Standard Time": """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "GMT Standard Time": """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "Eastern Standard Time": """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "Central Standard Time": """BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "India Standard Time": """BEGIN:VTIMEZONE
TZID:India Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
END:STANDARD
END:VTIMEZONE""",
    # Google Calendar / Apple / Thunderbird style: IANA names, 1970 anchors
    "Europe/Paris": """BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "Europe/Berlin": """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "Europe/Stockholm": """BEGIN:VTIMEZONE
TZID:Europe/Stockholm
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "America/Chicago": """BEGIN:VTIMEZONE
TZID:America/Chicago
X-LIC-LOCATION:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "America/New_York": """BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "Pacific/Auckland": """BEGIN:VTIMEZONE
TZID:Pacific/Auckland
X-LIC-LOCATION:Pacific/Auckland
BEGIN:STANDARD
TZOFFSETFROM:+1300
TZOFFSETTO:+1200
TZNAME:NZST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1200
TZOFFSETTO:+1300
TZNAME:NZDT
DTSTART:19700927T020000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE""",
}


def gmail_html(body: str) -> str:
    """The text/html twin Gmail writes for a plain message: one div per line, quotes as blockquote."""
    import html as _html

    out, quote = ['<div dir="ltr">'], []

    def flush_quote() -> None:
        if quote:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + "<br>".join(_html.escape(q) for q in quote) + "</blockquote>")
            quote.clear()

    for line in body.rstrip("\n").split("\n"):
        if line.startswith(">"):
            quote.append(line[1:].lstrip(" ") if line != ">" else "")
            continue
        flush_quote()
        out.append(f"<div>{_html.escape(line)}</div>" if line else "<div><br></div>")
    flush_quote()
    out.append("</div>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- registry


@dataclass
class Mail:
    name: str
    build: object
    label: dict
    lang: str
    local: str | None = None
    local_end: str | None = None
    zone: str | None = None
    days: list[tuple[str, str]] = field(default_factory=list)


REGISTRY: dict[str, list[Mail]] = {"tune": [], "final": []}

LABEL_KEYS = ["file", "interview", "kind", "start", "end", "contact", "company", "family", "note"]


def mail(name: str, *, family: str, lang: str, interview: bool, company: str | None, note: str,
         kind: str | None = None, start: str | None = None, end: str | None = None,
         contact: str | None = None, local: str | None = None, local_end: str | None = None,
         zone: str | None = None, days: tuple[tuple[str, str], ...] = ()):
    """Register one mail. ``local``: 'Tue 2026-04-14 10:30' as written in the mail, in ``zone``."""

    def deco(fn):
        label = {
            "file": f"{name}.eml", "interview": interview, "kind": kind, "start": start, "end": end,
            "contact": contact.lower() if contact else None, "company": company, "family": family,
            "note": note,
        }
        REGISTRY[name.split("_")[0]].append(
            Mail(name, fn, label, lang, local, local_end, zone, list(days)))
        return fn

    return deco


# --------------------------------------------------------------------------- checks


def _check_local(m: Mail, problems: list[str]) -> None:
    lab = m.label
    if m.local is None:
        if lab["interview"]:
            problems.append(f"{m.name}: positive without local= time")
        return
    wd, rest = m.local.split(" ", 1)
    dt = at(rest, m.zone)
    if WEEKDAYS[dt.weekday()] != wd:
        problems.append(f"{m.name}: {rest} is a {WEEKDAYS[dt.weekday()]}, not {wd}")
    if utc(rest, m.zone) != lab["start"]:
        problems.append(f"{m.name}: local {rest} {m.zone} = {utc(rest, m.zone)} but start {lab['start']}")
    if m.local_end:
        if utc(m.local_end, m.zone) != lab["end"]:
            got = utc(m.local_end, m.zone)
            problems.append(f"{m.name}: local_end {m.local_end} -> {got} != {lab['end']}")
    elif lab["end"] is not None:
        problems.append(f"{m.name}: end labelled but no local_end to check it")


def _ics_times(ics: str) -> list[dict]:
    unfolded = re.sub(r"\r?\n[ \t]", "", ics)
    events, cur, method = [], None, None
    for line in unfolded.splitlines():
        if line.startswith("METHOD:"):
            method = line.split(":", 1)[1].strip()
        if line == "BEGIN:VEVENT":
            cur = {"method": method}
        elif line == "END:VEVENT" and cur is not None:
            events.append(cur)
            cur = None
        elif cur is not None:
            m = re.match(r"(DTSTART|DTEND|SEQUENCE|STATUS|ORGANIZER)([^:]*):(.*)", line)
            if m:
                key, params, value = m.groups()
                if key in ("DTSTART", "DTEND") and re.fullmatch(r"\d{8}", value):
                    # an all-day event (VALUE=DATE): only its day, checked against the local date
                    cur[key] = f"DATE:{value[:4]}-{value[4:6]}-{value[6:]}"
                elif key in ("DTSTART", "DTEND"):
                    tz = re.search(r'TZID="?([^";:]+)"?', params)
                    if value.endswith("Z"):
                        t = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
                    else:
                        assert tz, f"floating time {line}"
                        zone = WINDOWS_ZONES.get(tz.group(1), tz.group(1))
                        t = datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=ZoneInfo(zone))
                    cur[key] = t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                else:
                    cur[key] = value
    return events


def check_file(path: Path, m: Mail, problems: list[str]) -> None:
    import icalendar

    data = path.read_bytes()
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        problems.append(f"{m.name}: bare LF or CR")
    for i, line in enumerate(data.split(b"\r\n")):
        if len(line) > 998:
            problems.append(f"{m.name}: line {i} longer than 998 octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        for d in part.defects:
            problems.append(f"{m.name}: MIME defect {type(d).__name__} in {part.get_content_type()}")
    for h in ("From", "Date", "Message-ID", "Subject"):
        if msg[h] is None:
            problems.append(f"{m.name}: no {h}")
    for part in msg.walk():
        for h in ("From", "To", "Subject", "Date", "Message-ID", "Reply-To", "MIME-Version", "Content-Type",
                  "Content-Transfer-Encoding"):
            if len(part.get_all(h) or []) > 1:
                problems.append(f"{m.name}: {h} appears twice in {part.get_content_type()}")
    lab = m.label
    sent = parsedate_to_datetime(str(msg["Date"]))
    if sent.tzinfo is None:
        problems.append(f"{m.name}: Date without zone")
    if lab["interview"]:
        start = datetime.fromisoformat(lab["start"].replace("Z", "+00:00"))
        lead = start - sent
        if not timedelta(days=1) <= lead <= timedelta(days=10):
            problems.append(f"{m.name}: Date {sent} is {lead} before the interview")
    # calendar parts, including ones inside attached messages
    for part in msg.walk():
        ctype = part.get_content_type()
        fname = part.get_filename() or ""
        if ctype in ("text/calendar", "application/ics") or fname.endswith(".ics"):
            payload = part.get_payload(decode=True).decode("utf-8")
            icalendar.Calendar.from_ical(payload)
            for ev in _ics_times(payload):
                if lab["interview"] and str(ev.get("DTSTART", "")).startswith("DATE:"):
                    # all day: the event's day is the day of the time written in the text
                    day = m.local.split(" ")[1] if m.local else None
                    if ev["DTSTART"] != f"DATE:{day}":
                        problems.append(f"{m.name}: all-day ICS {ev['DTSTART']} is not the local day {day}")
                    cancel = ev.get("method") == "CANCEL" or ev.get("STATUS") == "CANCELLED"
                    if cancel != (lab["kind"] == "cancelled"):
                        problems.append(f"{m.name}: ICS cancel={cancel} but kind {lab['kind']}")
                elif lab["interview"]:
                    if ev.get("DTSTART") != lab["start"]:
                        problems.append(f"{m.name}: ICS DTSTART {ev.get('DTSTART')} != start {lab['start']}")
                    if lab["end"] and ev.get("DTEND") != lab["end"]:
                        problems.append(f"{m.name}: ICS DTEND {ev.get('DTEND')} != end {lab['end']}")
                    cancel = ev.get("method") == "CANCEL" or ev.get("STATUS") == "CANCELLED"
                    if cancel != (lab["kind"] == "cancelled"):
                        problems.append(f"{m.name}: ICS cancel={cancel} but kind {lab['kind']}")
    for wd, day in m.days:
        d = datetime.fromisoformat(day).replace(tzinfo=UTC)
        if WEEKDAYS[d.weekday()] != wd:
            problems.append(f"{m.name}: {day} is a {WEEKDAYS[d.weekday()]}, not {wd}")


def check_label(m: Mail, problems: list[str]) -> None:
    lab = m.label
    if lab["interview"]:
        if lab["kind"] not in ("scheduled", "rescheduled", "cancelled"):
            problems.append(f"{m.name}: bad kind")
        if not lab["start"] or not lab["start"].endswith("Z"):
            problems.append(f"{m.name}: bad start")
        if lab["end"] and lab["end"] <= lab["start"]:
            problems.append(f"{m.name}: end before start")
        c = lab["contact"]
        if c and re.match(r"(no-?reply|notifications?|recruiting|careers|jobs|talent|hr|info|hello)@", c):
            problems.append(f"{m.name}: contact {c} is a role address")
    else:
        if any(lab[k] is not None for k in ("kind", "start", "end", "contact")):
            problems.append(f"{m.name}: negative with kind/start/end/contact")
        if m.local:
            _check_local(m, problems)
    if lab["interview"]:
        _check_local(m, problems)


def write(set_name: str) -> None:
    out = HERE / set_name
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels = []
    for m in REGISTRY[set_name]:
        (out / f"{m.name}.eml").write_bytes(m.build())
        labels.append({k: m.label[k] for k in LABEL_KEYS})
    dumped = json.dumps(labels, indent=1, ensure_ascii=False) + "\n"
    (out / "labels.json").write_text(dumped, encoding="utf-8")


def check(set_name: str) -> list[str]:
    problems: list[str] = []
    out = HERE / set_name
    names = [m.name for m in REGISTRY[set_name]]
    if len(set(names)) != len(names):
        problems.append(f"{set_name}: duplicate names")
    on_disk = sorted(p.stem for p in out.glob("*.eml"))
    if on_disk != sorted(names):
        problems.append(f"{set_name}: files on disk differ from the registry")
    for m in REGISTRY[set_name]:
        check_label(m, problems)
        check_file(out / f"{m.name}.eml", m, problems)
    return problems


def summary(set_name: str) -> str:
    from collections import Counter

    ms = REGISTRY[set_name]
    pos = [m for m in ms if m.label["interview"]]
    fam = Counter((m.label["family"], m.label["interview"]) for m in ms)
    lang = Counter(m.lang for m in ms)
    kinds = Counter(m.label["kind"] for m in pos)
    neg = len(ms) - len(pos)
    lines = [f"{set_name}: {len(ms)} mails, {len(pos)} positive ({dict(kinds)}), {neg} negative"]
    by_count = sorted(lang.items(), key=lambda x: -x[1])
    lines.append("  languages: " + ", ".join(f"{k} {v}" for k, v in by_count))
    by_family = sorted(fam.items(), key=lambda x: (not x[0][1], x[0][0]))
    lines.append("  families: " + ", ".join(f"{f}{'+' if p else '-'} {n}" for (f, p), n in by_family))
    return "\n".join(lines)


def main() -> int:
    sys.path.insert(0, str(HERE))
    sys.modules.setdefault("make", sys.modules[__name__])
    import mails_final  # noqa: F401
    import mails_tune  # noqa: F401

    if "--check" not in sys.argv:
        for s in ("tune", "final"):
            write(s)
    bad = check("tune") + check("final")
    for p in bad:
        print("PROBLEM", p)
    for s in ("tune", "final"):
        print(summary(s))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
