"""Fetch only what the detector reads: BODYSTRUCTURE → a fetch plan → a rebuilt MIME message.

The detector needs headers, text/plain, text/html and calendar parts (also inside forwarded
messages); never PDFs or images. From a message's BODYSTRUCTURE we list the IMAP sections to
fetch (each part's ``n.MIME`` header and its first bytes), then rebuild a valid message: the
original top headers over a ``multipart/mixed`` of the fetched parts, with their own headers,
so transfer encodings and charsets stay exactly as sent and the detector decodes them as usual.

IMAP section numbering (RFC 3501 6.4.5): the parts of a multipart are 1, 2, …; nested ones
1.1, 1.2; a message/rfc822 part ``n`` has ``n.HEADER`` and, for a single-part inner body,
``n.TEXT`` (a multipart inner body has parts n.1, n.2, …). A top-level single-part message is
HEADER + TEXT.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

TEXT_CAP = 64 * 1024  # a confirmation's text fits many times over
CALENDAR_CAP = 256 * 1024  # an invite with a long attendee list still fits
MAX_PARTS = 40  # a message with hundreds of parts is not an interview confirmation
MAX_DEPTH = 8

CALENDAR_TYPES = {
    ("text", "calendar"),
    ("application", "ics"),
    ("text", "x-vcalendar"),
    ("application", "x-ics"),
}


class StructureError(ValueError):
    """A BODYSTRUCTURE we cannot make sense of (the caller falls back to HEADER + TEXT)."""


@dataclass(frozen=True)
class Part:
    section: str  # "" for the top-level message body when it is not multipart
    maintype: str
    subtype: str
    params: Mapping[str, str] = field(default_factory=dict)
    encoding: str = "7bit"
    size: int = 0
    filename: str | None = None
    children: tuple[Part, ...] = ()  # multipart
    message: Message | None = None  # message/rfc822: the encapsulated message

    @property
    def is_multipart(self) -> bool:
        return self.maintype == "multipart"

    @property
    def content_type(self) -> str:
        return f"{self.maintype}/{self.subtype}"


@dataclass(frozen=True)
class Message:
    prefix: str  # "" for the top level; "3" for the message/rfc822 at part 3
    body: Part

    @property
    def header_section(self) -> str:
        return f"{self.prefix}.HEADER" if self.prefix else "HEADER"

    @property
    def text_section(self) -> str:
        return f"{self.prefix}.TEXT" if self.prefix else "TEXT"


# -- BODYSTRUCTURE parsing --------------------------------------------------------------------


def _s(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _params(raw: Any) -> dict[str, str]:
    if not isinstance(raw, (tuple, list)):
        return {}
    items = list(raw)
    return {_s(k).lower(): _s(v) for k, v in zip(items[::2], items[1::2], strict=False)}


def _disposition_filename(ext: Sequence[Any]) -> str | None:
    for item in ext:
        if isinstance(item, (tuple, list)) and len(item) == 2 and isinstance(item[0], bytes):
            params = _params(item[1])
            if "filename" in params:
                return params["filename"]
    return None


def parse_bodystructure(bs: Any) -> Message:
    """The top-level message from imapclient's BODYSTRUCTURE value."""
    try:
        return Message("", _parse_part(bs, "", 0, body_of=""))
    except (IndexError, TypeError, ValueError, AttributeError) as exc:
        raise StructureError(f"unparseable BODYSTRUCTURE: {exc}") from exc


def _child_section(parent: str, index: int) -> str:
    return f"{parent}.{index}" if parent else str(index)


def _parse_part(bs: Any, section: str, depth: int, body_of: str | None = None) -> Part:
    """``body_of`` is the prefix of the message this part is the single (non-multipart) body
    of; its section is then "" and its content is that message's TEXT."""
    if depth > MAX_DEPTH:
        raise StructureError("MIME nesting too deep")
    if not isinstance(bs, (tuple, list)) or not bs:
        raise StructureError(f"not a body structure: {bs!r:.80}")
    first = bs[0]
    if isinstance(first, (tuple, list)):
        # Multipart. imapclient nests the parts in a list; raw parsing gives them inline.
        if isinstance(first, list):
            kids, rest = first, list(bs[1:])
        else:
            n = 0
            while n < len(bs) and isinstance(bs[n], (tuple, list)):
                n += 1  # the parts come first, then the subtype (bytes), then parameters
            kids, rest = list(bs[:n]), list(bs[n:])
        subtype = _s(rest[0]).lower() if rest else "mixed"
        params = _params(rest[1]) if len(rest) > 1 else {}
        children = tuple(
            _parse_part(kid, _child_section(section, i), depth + 1)
            for i, kid in enumerate(kids, start=1)
        )
        return Part(section, "multipart", subtype, params, children=children)
    maintype, subtype = _s(bs[0]).lower(), _s(bs[1]).lower()
    params = _params(bs[2])
    encoding = _s(bs[5]).lower() or "7bit"
    size = int(bs[6] or 0)
    message: Message | None = None
    if (maintype, subtype) in {("message", "rfc822"), ("message", "global")} and len(bs) > 8:
        inner = bs[8]
        # The encapsulated message of part n is addressed as n.HEADER / n.TEXT / n.1…; when
        # this part is itself the single body of message p, it is part "p.1" ("1" at the top).
        prefix = section or (f"{body_of}.1" if body_of else "1")
        if _is_multipart(inner):
            inner_body = _parse_part(inner, prefix, depth + 1)
        else:
            inner_body = _parse_part(inner, "", depth + 1, body_of=prefix)
        message = Message(prefix, inner_body)
        ext = bs[10:]
    elif maintype == "text":
        ext = bs[8:]
    else:
        ext = bs[7:]
    filename = _disposition_filename(ext) or params.get("name")
    return Part(section, maintype, subtype, params, encoding, size, filename, message=message)


def _is_multipart(bs: Any) -> bool:
    return isinstance(bs, (tuple, list)) and bool(bs) and isinstance(bs[0], (tuple, list))


# -- what to fetch ----------------------------------------------------------------------------


def wanted_cap(part: Part) -> int | None:
    """How many bytes of this leaf to fetch, or None to skip it (attachments)."""
    if (part.maintype, part.subtype) in CALENDAR_TYPES:
        return CALENDAR_CAP
    if part.filename and part.filename.lower().endswith((".ics", ".vcs")):
        return CALENDAR_CAP
    if part.maintype == "text" and part.subtype in {"plain", "html"}:
        return TEXT_CAP
    return None


@dataclass(frozen=True)
class Leaf:
    part: Part
    cap: int | None  # None: a message/rfc822 container (its header and parts are fetched)


def leaves(msg: Message) -> list[Leaf]:
    """The parts worth fetching in document order, message/rfc822 containers included."""
    out: list[Leaf] = []

    def walk(part: Part) -> None:
        if len(out) >= MAX_PARTS:
            return
        if part.is_multipart:
            for child in part.children:
                walk(child)
            return
        if part.message is not None:
            out.append(Leaf(part, None))
            return
        cap = wanted_cap(part)
        if cap is not None:
            out.append(Leaf(part, cap))

    walk(msg.body)
    return out


def _body_section(msg: Message, part: Part) -> str:
    # A single-part body is TEXT of its message; Dovecot would also accept "1", but TEXT is
    # unambiguous for message/rfc822 containers too.
    return part.section if part.section else msg.text_section


def fetch_items(msg: Message) -> list[str]:
    """IMAP fetch items (BODY.PEEK: never sets \\Seen) for everything the rebuild needs,
    except the top-level HEADER which the first pass already has."""
    items: list[str] = []

    def add(m: Message, top: bool) -> None:
        if not top:
            items.append(f"BODY.PEEK[{m.header_section}]")
        if not m.body.is_multipart:
            if m.body.message is not None:
                add(m.body.message, top=False)
                return
            cap = wanted_cap(m.body)
            if cap is not None:
                items.append(f"BODY.PEEK[{m.text_section}]<0.{cap}>")
            return
        for leaf in leaves(m):
            items.append(f"BODY.PEEK[{leaf.part.section}.MIME]")
            if leaf.cap is not None:
                items.append(f"BODY.PEEK[{leaf.part.section}]<0.{leaf.cap}>")
            elif leaf.part.message is not None:
                add(leaf.part.message, top=False)

    add(msg, top=True)
    return items


def response_key(item: str) -> bytes:
    """The key imapclient files a fetch item's answer under: BODY.PEEK[1]<0.65536> → BODY[1]<0>."""
    key = item.replace("BODY.PEEK[", "BODY[")
    if "<" in key:
        key = key[: key.index("<")] + "<0>"
    return key.encode()


# -- rebuilding -------------------------------------------------------------------------------


def trim(data: bytes, cap: int) -> bytes:
    """A capped body cut back to a line end, so base64 / quoted-printable / UTF-8 stay valid."""
    if len(data) >= cap:
        nl = data.rfind(b"\n")
        if nl > 0:
            data = data[: nl + 1]
    return data


_DROP = {b"content-type", b"content-transfer-encoding", b"mime-version"}


def _header_fields(header: bytes) -> list[bytes]:
    """Fields of a header block, each with its continuation lines, without the blank line."""
    lines = header.replace(b"\r\n", b"\n").split(b"\n")
    fields: list[bytes] = []
    for line in lines:
        if not line:
            if fields:
                break
            continue
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b"\r\n" + line
        else:
            fields.append(line)
    return fields


def _name(fld: bytes) -> bytes:
    return fld.split(b":", 1)[0].strip().lower()


def _crlf(data: bytes) -> bytes:
    """Bare LF → CRLF so the rebuilt message has one line-ending convention."""
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _part_header(mime: bytes, part: Part) -> bytes:
    fields = _header_fields(mime)
    if not any(_name(f) == b"content-type" for f in fields):
        params = "".join(f'; {k}="{v}"' for k, v in part.params.items())
        fields.insert(0, f"Content-Type: {part.content_type}{params}".encode())
        if part.encoding not in {"7bit", "8bit", "binary", ""}:
            fields.append(f"Content-Transfer-Encoding: {part.encoding}".encode())
    return b"\r\n".join(fields) + b"\r\n\r\n"


def rebuild(header: bytes, msg: Message, data: Mapping[bytes, bytes | None]) -> bytes:
    """A parseable message from the top HEADER, the structure and the fetched sections."""

    def get(item: str) -> bytes:
        value = data.get(response_key(item))
        return bytes(value) if value else b""

    def build(m: Message, top_header: bytes) -> bytes:
        fields = _header_fields(top_header)
        if not m.body.is_multipart:
            inner = m.body.message
            if inner is not None:
                body = build(inner, get(f"BODY.PEEK[{inner.header_section}]"))
                return b"\r\n".join(fields) + b"\r\n\r\n" + body
            cap = wanted_cap(m.body)
            if cap is None:
                # The whole body is an attachment (a bare PDF): keep the headers, say so.
                fields = [f for f in fields if _name(f) not in _DROP]
                fields += [b"MIME-Version: 1.0", b"Content-Type: text/plain; charset=us-ascii",
                           f"X-Followupd-Omitted: {m.body.content_type}".encode()]
                return b"\r\n".join(fields) + b"\r\n\r\n"
            body = _crlf(trim(get(f"BODY.PEEK[{m.text_section}]<0.{cap}>"), cap))
            return b"\r\n".join(fields) + b"\r\n\r\n" + body
        chunks: list[bytes] = []
        for leaf in leaves(m):
            part = leaf.part
            mime = _part_header(get(f"BODY.PEEK[{part.section}.MIME]"), part)
            if leaf.cap is not None:
                body = _crlf(trim(get(f"BODY.PEEK[{part.section}]<0.{leaf.cap}>"), leaf.cap))
            else:
                assert part.message is not None  # noqa: S101 — leaves() guarantees it
                inner = part.message
                body = build(inner, get(f"BODY.PEEK[{inner.header_section}]"))
            if body and not body.endswith(b"\r\n"):
                body += b"\r\n"
            chunks.append(mime + body)
        boundary = _boundary(chunks)
        kept = [f for f in fields if _name(f) not in _DROP]
        kept.append(b"MIME-Version: 1.0")
        kept.append(b'Content-Type: multipart/mixed; boundary="' + boundary + b'"')
        out = [b"\r\n".join(kept), b"\r\n\r\n"]
        for chunk in chunks:
            out += [b"--", boundary, b"\r\n", chunk]
        out += [b"--", boundary, b"--\r\n"]
        return b"".join(out)

    return build(msg, header)


def _boundary(chunks: Sequence[bytes]) -> bytes:
    while True:
        b = b"=_followupd_" + secrets.token_hex(12).encode()
        if not any(b in c for c in chunks):
            return b


def fallback(header: bytes, text: bytes | None) -> bytes:
    """When the structure is unusable: the header and the first 64 KB of the body as sent."""
    return _crlf(header).rstrip(b"\r\n") + b"\r\n\r\n" + _crlf(trim(text or b"", TEXT_CAP))
