"""Message bytes -> the facts the detector reads: headers, readable text, calendar parts.

Parsing uses the stdlib ``compat32`` parser (several times faster than ``policy.default`` and
more forgiving of broken input) and decodes headers and bodies ourselves. Every step caps what
it keeps, so a 10 MB body or a thousand nested multiparts costs bounded time, and nothing here
raises on malformed input: bad charsets decode with replacement, broken parts are skipped.
"""

from __future__ import annotations

import codecs
import email
import email.header
import email.utils
import html
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import Message

from followupd.detect import ctype
from followupd.detect.ctype import content_type
from followupd.detect.feed import parse_bytes

MAX_TEXT = 200_000  # characters of readable text kept per message (all parts together)
MAX_PART_BYTES = 1_000_000  # bytes of one text part decoded; the rest is never read
MAX_PARTS = 300  # MIME parts visited per message
MAX_DEPTH = 4  # message/rfc822 parts parsed inside each other
MAX_CALENDARS = 8


@dataclass
class Mail:
    """What one message (or one attached message/rfc822 part) says."""

    subject: str = ""
    from_name: str = ""
    from_addr: str | None = None
    reply_to: list[tuple[str, str]] = field(default_factory=list)
    sender_addr: str | None = None
    to: list[tuple[str, str]] = field(default_factory=list)
    cc: list[tuple[str, str]] = field(default_factory=list)
    delivered_to: list[str] = field(default_factory=list)
    date: datetime | None = None
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    auto_reply: bool = False
    automated: bool = False  # Auto-Submitted: auto-generated (an ATS notice), not an answer
    bounce: bool = False
    bulk: bool = False
    flags: list[str] = field(default_factory=list)  # why auto_reply/bounce/bulk were set
    text: str = ""
    calendars: list[str] = field(default_factory=list)
    attached: list[Mail] = field(default_factory=list)
    bare_calendar: bool = False  # the input was a .ics file, not a mail


_SURROGATE = re.compile("[\udc80-\udcff]")


MAX_HEADER = 8_000  # characters of one header decoded: the stdlib's RFC 2047 decoder is quadratic


def decode_header(value: object) -> str:
    """An RFC 2047 header as text; undecodable words are kept as they are. Only the first
    MAX_HEADER characters: a megabyte of encoded words took the stdlib 14 s (and a subject,
    a name or an address list is never that long)."""
    if value is None:
        return ""
    raw = str(value)[:MAX_HEADER]
    if _SURROGATE.search(raw):
        # Raw 8-bit header bytes (RFC 6532 UTF-8, or a legacy charset) kept as surrogates by
        # the parser: back to bytes, then decoded like a body.
        raw = decode_bytes(raw.encode("ascii", "surrogateescape"), "utf-8")
    if "=?" not in raw:
        return " ".join(raw.split())
    try:
        out = []
        for chunk, charset in email.header.decode_header(raw):
            if isinstance(chunk, bytes):
                out.append(decode_bytes(chunk, charset))
            else:
                out.append(chunk)
        return " ".join("".join(out).split())
    except (ValueError, LookupError, AssertionError, email.errors.HeaderParseError):
        return " ".join(raw.split())


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Bytes in a declared charset; unknown charsets fall back to UTF-8, then cp1252."""
    name = (charset or "").strip().strip('"').lower() or "utf-8"
    if name in ("unknown-8bit", "x-unknown", "us-ascii", "ascii", "7bit", "8bit"):
        name = "utf-8"
    try:
        name = codecs.lookup(name).name
    except LookupError:
        name = "utf-8"
    latin = name in ("latin-1", "iso8859-1", "cp1252", "iso8859-15")
    if latin and re.search(rb"[\xc2-\xf4][\x80-\xbf]", data):
        # Mislabelled UTF-8 (common): valid multi-byte UTF-8 is almost never real Latin-1 text.
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(name)
    except (UnicodeDecodeError, LookupError, ValueError):
        pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_ONE_ADDR = re.compile(r'\s*(?:"?([^"<>,;]{0,200}?)"?\s*)?<([^<>@\s,;]{1,200}@[^<>\s,;]{1,200})>\s*')
_BARE_ADDR = re.compile(r"\s*<?([^\s<>@,;\"]{1,200}@[^\s<>,;\"]{1,200}?)>?\s*")


def _addresses(values: list[str]) -> list[tuple[str, str]]:
    if not values:
        return []  # no such header (most mails have no Cc, Sender, Reply-To)
    if len(values) == 1:
        # The common shapes ("Name <a@b>", "a@b") without the full RFC 5322 parser, which
        # costs more than the rest of the header handling together.
        value = decode_header(values[0])
        m = _ONE_ADDR.fullmatch(value)
        if m:
            return [((m.group(1) or "").strip(), m.group(2).lower())]
        m = _BARE_ADDR.fullmatch(value)
        if m:
            return [("", m.group(1).lower())]
    try:
        pairs = email.utils.getaddresses([decode_header(v) for v in values])
    except (ValueError, TypeError, IndexError):
        return []
    return [(n.strip(), a.strip().lower()) for n, a in pairs if a and "@" in a][:50]


def _msgids(value: object) -> list[str]:
    return re.findall(r"<[^<>\s]{1,400}>", str(value or ""))[:100]


# The form nearly every mail's Date has ("Tue, 24 Nov 2026 12:00:00 +0100"), read directly:
# email.utils takes ~20 us per header, a tenth of parsing a whole mail.
_RFC5322_DATE = re.compile(
    r"\s*(?:[A-Za-z]{3},\s*)?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) "
    r"(\d{2}):(\d{2})(?::(\d{2}))? ([+-])(\d{2})(\d{2})\s*(?:\([^()]*\))?\s*"
)
_MONTH_NUMBER = {
    m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), start=1)
}


def parse_date(value: object) -> datetime | None:
    if not value:
        return None
    m = _RFC5322_DATE.fullmatch(value) if isinstance(value, str) else None
    if m is not None:
        day, mon, year, hh, mm, ss, sign, oh, om = m.groups()
        offset = timedelta(hours=int(oh), minutes=int(om))
        if sign == "-" and not offset:
            return None  # "-0000": no trustworthy reference time
        try:
            return datetime(int(year), _MONTH_NUMBER[mon], int(day), int(hh), int(mm), int(ss or 0),
                            tzinfo=timezone(-offset if sign == "-" else offset))
        except ValueError:
            pass  # "31 Feb", a 60th second: as the stdlib reads it
    try:
        dt = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if dt is None or dt.tzinfo is None:
        return None  # "-0000" or no zone: no trustworthy reference time
    return dt


_AUTO_LOCAL = re.compile(r"^(?:mailer[-_.]?daemon|postmaster)\b", re.I)
_OOO_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?reply|out of (?:the )?office|abwesenheit|"
    r"automatische antwort|r[ée]ponse automatique|absence|respuesta autom[aá]tica|fuera de la oficina)",
    re.I,
)


Headers = dict[str, list[str]]


def _first(hd: Headers, name: str) -> str:
    values = hd.get(name)
    return str(values[0]) if values else ""


def _header_facts(msg: Message, hd: Headers, mail: Mail) -> None:
    auto = _first(hd, "auto-submitted").strip().lower()
    if auto and not auto.startswith("no"):
        # RFC 3834: "auto-replied" answers a message (an out-of-office); "auto-generated" is a
        # program's own notice, which is how ATSs send interview invitations. Only the first is
        # an auto-reply; the second still says who to write to, never its sender.
        if auto.startswith("auto-generated") or auto.startswith("auto-notified"):
            mail.automated = True
        else:
            mail.auto_reply = True
        mail.flags.append(f"auto-submitted:{auto.split(';')[0]}")
    # Not X-Auto-Response-Suppress: Outlook puts it on ordinary mail and meeting requests.
    for h in ("x-autoreply", "x-autorespond"):
        if _first(hd, h).strip():
            mail.auto_reply = True
            mail.flags.append(h)
    prec = _first(hd, "precedence").strip().lower()
    if prec in ("auto_reply", "auto-reply"):
        mail.auto_reply = True
        mail.flags.append("precedence:auto_reply")
    elif prec in ("bulk", "list", "junk"):
        mail.bulk = True
        mail.flags.append(f"precedence:{prec}")
    if "list-id" in hd or "list-unsubscribe" in hd or "list-post" in hd:
        mail.bulk = True
        mail.flags.append("list-headers")
    if _OOO_SUBJECT.match(mail.subject):
        mail.auto_reply = True
        mail.flags.append("subject:auto-reply")
    ctype = content_type(msg)
    local = (mail.from_addr or "").split("@")[0]
    if ctype == "multipart/report" or _AUTO_LOCAL.match(local):
        mail.bounce = True
        mail.flags.append("bounce")
    rp = hd.get("return-path")
    if rp and str(rp[0]).strip() in ("<>", ""):
        # An empty return path is how bounces and auto-replies are sent (RFC 3834).
        if not mail.bounce:
            mail.auto_reply = True
        mail.flags.append("return-path:<>")


def _html_to_text(src: str) -> str:
    """Readable text of an HTML body: blocks become lines, entities are decoded.

    Linear-time string scanning only; no regex here can backtrack over the whole input.
    """
    low = src.lower()
    out: list[str] = []
    i = 0
    n = len(src)
    # Drop <head>, <style>, <script> contents without nested scans.
    while i < n:
        lt = src.find("<", i)
        if lt < 0:
            out.append(src[i:])
            break
        out.append(src[i:lt])
        gt = src.find(">", lt + 1)
        if gt < 0:
            break
        tag = low[lt + 1 : gt].strip()
        name = re.match(r"/?[a-z0-9]*", tag)
        tname = name.group(0) if name else ""
        if tname in ("style", "script", "head", "title"):
            close = low.find(f"</{tname}", gt)
            i = n if close < 0 else low.find(">", close) + 1 or n
            continue
        if tname in (
            "br",
            "p",
            "/p",
            "div",
            "/div",
            "li",
            "tr",
            "/tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "/h1",
            "/h2",
            "/h3",
            "/h4",
            "table",
            "/table",
            "ul",
            "/ul",
            "ol",
            "/ol",
            "blockquote",
            "/blockquote",
            "hr",
            "/li",
        ):
            out.append("\n")
        elif tname in ("td", "/td", "th", "/th"):
            out.append(" ")
        if tname in ("del", "s", "strike") or "line-through" in tag:
            # A struck-through time is the one a change replaced (Lever's old slot above the new
            # one): said so in words, which the rules read as an old time.
            out.append(" previously: ")
        i = gt + 1
    text = html.unescape("".join(out))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, TypeError, AssertionError, LookupError):
        return ""
    if not isinstance(payload, bytes):
        return ""
    return decode_bytes(payload[:MAX_PART_BYTES], ctype.charset(part))


def _looks_like_calendar(part: Message, ctype: str) -> bool:
    if ctype in ("text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"):
        return True
    if ctype in ("text/plain", "text/html"):
        # A body, unless it is an .ics sent as text/plain (string tests: no parameter parsing).
        named = str(part.get("Content-Disposition", "")) + str(part.get("Content-Type", ""))
        return ".ics" in named.lower() or ".vcs" in named.lower()
    try:
        name = (part.get_filename() or "").lower()
    except (TypeError, ValueError, AttributeError):
        name = ""
    return name.endswith((".ics", ".vcs"))


def _walk(msg: Message, mail: Mail, depth: int) -> None:
    """Collect text, calendars and attached messages, iteratively (no recursion on MIME depth)."""
    texts_plain: list[str] = []
    html_parts: list[Message] = []
    stack: list[tuple[Message, bool]] = [(msg, False)]  # (part, inside multipart/alternative)
    seen = 0
    size = 0
    while stack and seen < MAX_PARTS:
        part, in_alt = stack.pop()
        seen += 1
        try:
            ctype = content_type(part)
        except (TypeError, ValueError, AttributeError):
            continue
        if ctype == "message/rfc822" or (ctype.startswith("message/") and part.is_multipart()):
            if depth < MAX_DEPTH and ctype == "message/rfc822":
                inner = part.get_payload()
                if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                    mail.attached.append(from_message(inner[0], depth + 1))
            continue
        if part.is_multipart():
            sub = part.get_payload()
            if isinstance(sub, list):
                alt = ctype == "multipart/alternative"
                for child in reversed(sub[:MAX_PARTS]):
                    if isinstance(child, Message):
                        stack.append((child, alt))
            continue
        if _looks_like_calendar(part, ctype):
            if len(mail.calendars) < MAX_CALENDARS:
                cal = _part_text(part)
                if "BEGIN:VCALENDAR" in cal.upper()[:2000] and cal not in mail.calendars:
                    mail.calendars.append(cal)
            continue
        disp = str(part.get("Content-Disposition", "")).lower()
        if ctype in ("text/plain", "text/html") and not disp.startswith("attachment"):
            if size >= MAX_TEXT:
                continue
            if ctype == "text/html":
                html_parts.append(part)  # rendered below only when no plain text says it
                continue
            text = _part_text(part)
            texts_plain.append(text)
            size += len(text)
            _ = in_alt
    # multipart/alternative: the plain part says the same as the HTML; prefer plain when it
    # carries text, else the HTML rendering (HTML-only mails, empty plain stubs).
    plain = "\n".join(t for t in texts_plain if t.strip())
    if len(plain.strip()) >= 40 or not html_parts:
        mail.text = plain[:MAX_TEXT]
        return
    rendered = [_html_to_text(_part_text(p)[: MAX_TEXT * 2]) for p in html_parts[:20]]
    htm = "\n".join(t for t in rendered if t.strip())
    mail.text = (htm or plain)[:MAX_TEXT]


def from_message(msg: Message, depth: int = 0) -> Mail:
    mail = Mail()
    # One pass over the header list: Message.get() rescans all headers on every call.
    hd: Headers = {}
    for key, value in list(msg.raw_items())[:500]:  # raw: 8-bit bytes still as surrogates
        hd.setdefault(key.lower(), []).append(value)
    mail.subject = decode_header(_first(hd, "subject"))[:1000]
    frm = _addresses(hd.get("from", [])[:1])
    if frm:
        mail.from_name, mail.from_addr = frm[0]
    mail.reply_to = _addresses(hd.get("reply-to", []))
    snd = _addresses(hd.get("sender", [])[:1])
    mail.sender_addr = snd[0][1] if snd else None
    mail.to = _addresses(hd.get("to", []))
    mail.cc = _addresses(hd.get("cc", []))
    for h in ("delivered-to", "x-original-to", "envelope-to"):
        for _, addr in _addresses(hd.get(h, [])[:1]):
            mail.delivered_to.append(addr)
    mail.date = parse_date(_first(hd, "date"))
    mid = _msgids(_first(hd, "message-id"))
    mail.message_id = mid[0] if mid else None
    irt = _msgids(_first(hd, "in-reply-to"))
    mail.in_reply_to = irt[0] if irt else None
    mail.references = tuple(_msgids(_first(hd, "references")))
    _header_facts(msg, hd, mail)
    _walk(msg, mail, depth)
    return mail


_CAL_START = re.compile(rb"^\s*(?:\xef\xbb\xbf)?\s*BEGIN:VCALENDAR", re.I)


def parse(raw: bytes) -> Mail:
    """Parse a mail (or a bare .ics file) without ever raising."""
    if _CAL_START.match(raw[:200]):
        return Mail(calendars=[decode_bytes(raw[: MAX_PART_BYTES * 2], "utf-8")], bare_calendar=True)
    try:
        msg = parse_bytes(raw)  # email.message_from_bytes(raw), the same tree, faster
    except (ValueError, TypeError, IndexError, LookupError, RecursionError):
        return Mail(text=decode_bytes(raw[:MAX_PART_BYTES], "utf-8")[:MAX_TEXT])
    try:
        return from_message(msg)
    except RecursionError:
        return Mail()
