"""Calendar parts (iCalendar, RFC 5545) -> events with aware start/end, organizer, UID.

The VEVENT properties the detector needs are read by a small line parser here: it is an order of
magnitude faster than building the full icalendar object tree for every mail, and it tolerates
the broken files mail clients produce. The icalendar library is used (imported lazily, it costs
~50 ms) for what it does best: Windows zone names as Outlook writes them ("Pacific Standard
Time") and custom VTIMEZONE blocks ("GMT +0100 (Standard) / GMT +0200 (Daylight)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

MAX_LINES = 5_000
MAX_EVENTS = 20


@dataclass
class Event:
    summary: str = ""
    description: str = ""
    location: str = ""
    start: datetime | None = None
    end: datetime | None = None
    all_day: bool = False
    timezone: str | None = None  # IANA name when known
    uid: str | None = None
    sequence: int = 0
    status: str = ""
    organizer: str | None = None
    organizer_name: str = ""
    attendees: list[tuple[str, str]] = field(default_factory=list)  # (name, addr)
    recurring: bool = False


@dataclass
class Calendar:
    method: str = ""
    prodid: str = ""
    events: list[Event] = field(default_factory=list)
    attached: bool = False  # from a message the mail carries (message/rfc822), not the mail's own


# A calendar written by an indented template: "        BEGIN:VCALENDAR", and its VEVENT at the
# same indent. A fold is one space or tab, so a property line at that indent is the template's.
_TEMPLATE_INDENT = re.compile(r"\n*([ \t]{2,})BEGIN:VCALENDAR", re.I)


def _unfold(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    indent = _TEMPLATE_INDENT.match(text)
    if indent is not None and f"\n{indent.group(1)}BEGIN:VEVENT" in text:
        pad = re.escape(indent.group(1))
        text = re.sub(rf"^{pad}(?=[A-Za-z][A-Za-z0-9-]*[;:])", "", text, flags=re.M)
    text = re.sub(r"\n[ \t]", "", text)
    return text.split("\n")[:MAX_LINES]


def _split_line(line: str) -> tuple[str, dict[str, str], str] | None:
    """NAME;PARAM=v;PARAM="v:x":VALUE -> (NAME, params, VALUE); quotes may hide ':' and ';'."""
    colon = line.find(":")
    if colon < 0:
        return None
    if '"' not in line[:colon]:
        # The common case, without quoted parameters: plain splits.
        head, value = line[:colon], line[colon + 1 :]
        name, *rest = head.split(";")
        params: dict[str, str] = {}
        for p in rest:
            k, eq, v = p.partition("=")
            if eq:
                params[k.strip().upper()] = v.strip()
        return name.strip().upper(), params, value
    i, n, quoted = 0, len(line), False
    while i < n:
        c = line[i]
        if c == '"':
            quoted = not quoted
        elif c == ":" and not quoted:
            break
        i += 1
    if i >= n:
        return None
    head, value = line[:i], line[i + 1 :]
    parts = re.findall(r'(?:[^;"]|"[^"]*")+', head)
    if not parts:
        return None
    name = parts[0].strip().upper()
    params = {}
    for p in parts[1:]:
        if "=" in p:
            k, v = p.split("=", 1)
            params[k.strip().upper()] = v.strip().strip('"')
    return name, params, value


def _unescape(value: str) -> str:
    return (
        value.replace("\\n", "\n")
        .replace("\\N", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
    )


def _mailto(value: str) -> str | None:
    v = value.strip()
    if v.lower().startswith("mailto:"):
        v = v[7:]
    v = v.strip().lower()
    return v if re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+", v) else None


@lru_cache(maxsize=256)
def zone_for_tzid(tzid: str) -> ZoneInfo | None:
    """An IANA zone for a TZID: Olson names, Mozilla-style paths, Windows zone names."""
    name = tzid.strip().strip('"')
    if not name:
        return None
    candidates = [name]
    if "/" in name:
        # "/mozilla.org/20050126_1/Europe/Berlin", "/Europe/Berlin"
        bits = [b for b in name.split("/") if b]
        candidates += ["/".join(bits[-2:]), "/".join(bits[-3:])]
    for cand in candidates:
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+){0,2}", cand):
            try:
                return ZoneInfo(cand)
            except (KeyError, ValueError, OSError):
                pass
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    olson = WINDOWS_TO_OLSON.get(name)
    if olson is None:
        # Outlook display names: "(UTC-08:00) Pacific Time (US & Canada)" are not keys; try
        # without the "(UTC..)" prefix and with " Standard Time".
        stripped = re.sub(r"^\(?(?:UTC|GMT)[^)]*\)\s*", "", name)
        olson = WINDOWS_TO_OLSON.get(stripped) or WINDOWS_TO_OLSON.get(stripped + " Standard Time")
    if olson:
        try:
            return ZoneInfo(olson)
        except (KeyError, ValueError, OSError):
            return None
    return None


def _vtimezone_tz(block: str) -> tzinfo | None:
    """A tzinfo from a VTIMEZONE block the zone database does not know by name."""
    try:
        from icalendar import Timezone

        comp = Timezone.from_ical(block)
        tz = comp.to_tz()  # type: ignore[attr-defined]
        return tz if isinstance(tz, tzinfo) else None
    except Exception:  # noqa: BLE001 - icalendar raises many types on odd blocks; we only lose the zone
        return None


def _parse_dt(
    value: str,
    params: dict[str, str],
    zones: dict[str, tuple[tzinfo | None, str | None]],
    default_tz: tzinfo | None,
) -> tuple[datetime | None, bool, str | None]:
    """(aware datetime, all-day, IANA name) of a DTSTART/DTEND value."""
    v = value.strip()
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?", v)
    if not m:
        return None, False, None
    try:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if m.group(4) is None:
            date(y, mo, d)
            return datetime(y, mo, d, tzinfo=default_tz or UTC), True, None
        hh, mm, ss = int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)
        if m.group(7):
            return datetime(y, mo, d, hh, mm, ss, tzinfo=UTC), False, "UTC"
        tzid = params.get("TZID")
        if tzid:
            tz, name = zones.get(tzid, (None, None))
            if tz is None:
                zi = zone_for_tzid(tzid)
                tz, name = (zi, zi.key) if zi else (None, None)
            if tz is not None:
                return datetime(y, mo, d, hh, mm, ss, tzinfo=tz), False, name
        # Floating time: the calendar's default zone, else the mail's own offset.
        tz = default_tz or UTC
        return datetime(y, mo, d, hh, mm, ss, tzinfo=tz), False, getattr(tz, "key", None)
    except (ValueError, OverflowError):
        return None, False, None


def parse_calendar(text: str, default_tz: tzinfo | None = None) -> Calendar | None:
    """Parse one calendar; None when it has no VCALENDAR. Never raises on bad input."""
    if "BEGIN:VCALENDAR" not in text.upper():
        return None
    lines = _unfold(text)
    cal = Calendar()
    zones: dict[str, tuple[tzinfo | None, str | None]] = {}
    stack: list[str] = []
    ev: Event | None = None
    tz_lines: list[str] = []
    tz_id = ""
    tz_loc = ""
    pending: list[tuple[str, dict[str, str], str]] = []
    wr_tz: tzinfo | None = None
    in_zone = False  # "VTIMEZONE" in stack, kept with the stack
    for line in lines:
        if not line.strip():
            continue
        if in_zone and not line[:5].upper().startswith(("BEGIN", "END", "TZID", "X-LIC")) and (
            ":" in line and '"' not in line
        ):
            # A zone's rules are read from its block as a whole: most of a calendar's lines
            # need no splitting here.
            tz_lines.append(line)
            continue
        parsed = _split_line(line)
        if parsed is None:
            continue
        name, params, value = parsed
        if name == "BEGIN":
            comp = value.strip().upper()
            stack.append(comp)
            if comp == "VEVENT" and len(cal.events) < MAX_EVENTS:
                ev = Event()
                pending = []
            elif comp == "VTIMEZONE":
                tz_lines, tz_id, tz_loc = [], "", ""
            in_zone = "VTIMEZONE" in stack
            if in_zone:
                tz_lines.append(line)
            continue
        if name == "END":
            comp = value.strip().upper()
            if in_zone:
                tz_lines.append(line)
            if comp == "VEVENT" and ev is not None:
                _finish_event(ev, pending, zones, wr_tz or default_tz)
                cal.events.append(ev)
                ev = None
            elif comp == "VTIMEZONE" and tz_id:
                zones[tz_id] = _resolve_vtimezone(tz_id, tz_loc, "\n".join(tz_lines))
            if stack:
                stack.pop()
            in_zone = "VTIMEZONE" in stack
            continue
        top = stack[-1] if stack else ""
        if in_zone:
            tz_lines.append(line)
            if top == "VTIMEZONE" and name == "TZID":
                tz_id = value.strip()
            elif top == "VTIMEZONE" and name == "X-LIC-LOCATION":
                tz_loc = value.strip()
            continue
        if top == "VCALENDAR":
            if name == "METHOD":
                cal.method = value.strip().upper()
            elif name == "PRODID":
                cal.prodid = value.strip()
            elif name == "X-WR-TIMEZONE":
                wr_tz = zone_for_tzid(value)
        elif top == "VEVENT" and ev is not None:
            pending.append((name, params, value))
    return cal


def _resolve_vtimezone(tzid: str, loc: str, block: str) -> tuple[tzinfo | None, str | None]:
    for cand in (tzid, loc):
        if cand:
            zi = zone_for_tzid(cand)
            if zi is not None:
                return zi, zi.key
    return _vtimezone_tz(block), None


def _finish_event(
    ev: Event,
    props: list[tuple[str, dict[str, str], str]],
    zones: dict[str, tuple[tzinfo | None, str | None]],
    default_tz: tzinfo | None,
) -> None:
    duration: str | None = None
    for name, params, value in props:
        if name == "SUMMARY":
            ev.summary = _unescape(value)[:500]
        elif name == "DESCRIPTION":
            ev.description = _unescape(value)[:5000]
        elif name == "LOCATION":
            ev.location = _unescape(value)[:500]
        elif name == "UID":
            ev.uid = value.strip()[:500] or None
        elif name == "SEQUENCE":
            ev.sequence = int(value) if value.strip().isdigit() else 0
        elif name == "STATUS":
            ev.status = value.strip().upper()
        elif name in ("RRULE", "RDATE"):
            ev.recurring = True
        elif name == "DTSTART":
            ev.start, ev.all_day, ev.timezone = _parse_dt(value, params, zones, default_tz)
        elif name == "DTEND":
            ev.end = _parse_dt(value, params, zones, default_tz)[0]
        elif name == "DURATION":
            duration = value.strip()
        elif name == "ORGANIZER":
            ev.organizer = _mailto(value)
            ev.organizer_name = params.get("CN", "").strip()
        elif name == "ATTENDEE":
            addr = _mailto(value)
            if addr and len(ev.attendees) < 50:
                ev.attendees.append((params.get("CN", "").strip(), addr))
    if ev.end is None and ev.start is not None and duration:
        ev.end = _add_duration(ev.start, duration)
    if ev.all_day:
        ev.end = None


def _add_duration(start: datetime, value: str) -> datetime | None:
    m = re.fullmatch(r"\+?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", value)
    if not m:
        return None
    w, d, h, mi, s = (int(g or 0) for g in m.groups())
    try:
        return start + timedelta(weeks=w, days=d, hours=h, minutes=mi, seconds=s)
    except OverflowError:
        return None
