"""Content-Type parameters (charset, boundary) without the stdlib's general parameter parser.

``Message.get_param`` runs RFC 2231 decoding, quoting and unquoting over every parameter on
every call (~8 us; a mail asks for its boundaries and charsets several times). Almost every
real header has the plain shape ``type/sub; name=value; name="value"``; for that shape the
stdlib's result is simply the value with its quotes removed, which :func:`params` returns.
Anything else (backslashes, RFC 2231 ``*`` names, unbalanced quotes, 8-bit bytes, bare
attributes) returns None and the caller asks the stdlib. tests/detect/test_ctype.py compares.
"""

from __future__ import annotations

from email.message import Message
from email.utils import unquote

_CACHED = "_followupd_content_type"


def content_type(msg: Message) -> str:
    """``msg.get_content_type()``, worked out once per part: the parser, the walk over the parts
    and the header checks each ask, and every ask rescans the part's headers."""
    cached = msg.__dict__.get(_CACHED)
    if cached is None:
        cached = msg.get_content_type()
        msg.__dict__[_CACHED] = cached
    return cached


def params(msg: Message) -> dict[str, str] | None:
    """{lower-case name: value} as ``msg.get_param(name)`` returns it; None: use get_param."""
    value = msg.get("content-type")
    if value is None:
        return {}
    if not isinstance(value, str) or not value.isascii() or "\\" in value or "*" in value:
        return None
    parts = value.split(";")
    if "=" in parts[0] or "/" not in parts[0] or parts[0].count('"') % 2:
        return None  # the first item is matched against the names too: keep it a plain type
    out: dict[str, str] = {}
    for part in parts[1:]:
        if part.count('"') % 2:
            return None  # a quoted ';': the stdlib splits elsewhere
        name, eq, val = part.partition("=")
        if not eq:
            if part.strip():
                return None  # a bare attribute
            continue  # ";;" or a trailing ';': an empty item no name can match
        # get_param: strip, unquote, re-quote, unquote again; without backslashes that is
        # one unquote of the stripped value.
        out.setdefault(name.strip().lower(), unquote(val.strip()))
    return out


def charset(msg: Message) -> str | None:
    """``msg.get_content_charset()``."""
    p = params(msg)
    if p is None:
        return msg.get_content_charset()
    cs = p.get("charset")
    return cs.lower() if cs is not None else None


def boundary(msg: Message) -> str | None:
    """``msg.get_boundary()``."""
    p = params(msg)
    if p is None:
        return msg.get_boundary()
    b = p.get("boundary")
    return unquote(b).rstrip() if b is not None else None
