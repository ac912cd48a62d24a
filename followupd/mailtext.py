"""Text taken from incoming mail, made safe to place in a header or a template.

Every value that comes from incoming mail (names, company, role, subject, Message-IDs) is
untrusted: CR, LF and other control characters are removed, RFC 2047 encoded-word look-alikes are
defused (``policy.default`` *decodes* them when a header is set, which would smuggle a CR/LF back
in), and addresses and Message-IDs that are not plain are refused rather than repaired. The helpers
here do that cleaning; ``compose`` checks the finished message as the last line of defence.
"""

from __future__ import annotations

import re
from email.errors import HeaderParseError
from email.headerregistry import Address

from followupd.errors import ComposeError

# C0/C1 controls, DEL, line/paragraph separators, BOM, bidi overrides (display-name spoofing),
# lone surrogates (surrogateescape leftovers that cannot be encoded).
_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def clean_text(value: str | None, limit: int = 200) -> str | None:
    """One line of untrusted text, safe to place in a header or a template; None if empty."""
    if value is None:
        return None
    text = " ".join(_CONTROL.sub(" ", str(value)).split())
    # "=?" starts an RFC 2047 encoded word, which the email package decodes on assignment
    # (even inside quotes): a word joiner keeps the look and defuses it.
    text = text.replace("=?", "=\u2060?")
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text or None


def clean_body(text: str) -> str:
    """A body as users expect it: LF line ends, no trailing blanks, no runs of empty lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]", "", text)
    lines = [line.rstrip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text + "\n"


_MSGID = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e]{1,250}>")


def clean_msgid(value: str | None) -> str | None:
    """A Message-ID as ``<…>`` when it is a plain one; anything odd is dropped, not repaired."""
    if not value:
        return None
    value = value.strip()
    if not value.startswith("<"):
        value = f"<{value}>"
    if not _MSGID.fullmatch(value) or "=?" in value:
        return None
    return value


_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|aw|sv|antw|vs|ref|res|odp)\s*(?:\[\d+\]|\(\d+\))?\s*:)+",
                           re.IGNORECASE)


def reply_subject(original: str | None) -> str | None:
    """``Re: <original>``, with the original's own reply prefixes removed (no ``Re: Re:``)."""
    subject = clean_text(original, 250)
    if subject is None:
        return None
    core = _REPLY_PREFIX.sub("", subject).strip()
    return f"Re: {core}" if core else None


_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam"}
_NOT_A_PERSON = {
    "team", "recruiting", "recruitment", "recruiter", "recruiters", "talent", "careers", "career",
    "hr", "hiring", "jobs", "job", "people", "noreply", "no-reply", "notifications", "human",
    "resources", "staffing", "acquisition", "info", "support", "admin", "calendar", "office",
}


def first_name(name: str | None, company: str | None = None) -> str | None:
    """A first name to greet, or None when ``name`` is not clearly a person ("Acme Talent")."""
    name = clean_text(name)
    if not name or "@" in name:
        return None
    if "," in name:  # "Martin, Alice"
        last, _, first = name.partition(",")
        name = first.strip() or last.strip()
    words = [w for w in name.replace('"', " ").split() if w]
    lowered = {w.lower().strip(".") for w in words}
    if lowered & _NOT_A_PERSON or (company and company.lower() in name.lower()):
        return None
    while words and words[0].lower().strip(".") in _TITLES:
        words = words[1:]
    if not words or not any(c.isalpha() for c in words[0]):
        return None
    first = words[0]
    if first.isupper() or first.islower():  # "DANA" or "dana" → "Dana"
        first = first.capitalize()
    return first


def make_address(name: str | None, email: str) -> Address:
    """An Address from untrusted parts: the name cleaned, the addr-spec checked, not repaired."""
    spec = (email or "").strip()
    if not spec or clean_text(spec, 254) != spec or " " in spec or spec.count("@") != 1 \
            or spec.startswith("@") or spec.endswith("@"):
        raise ComposeError(f"{clean_text(spec, 80)!r} is not an e-mail address")
    try:
        addr = Address(display_name=clean_text(name, 100) or "", addr_spec=spec)
    except (ValueError, IndexError, HeaderParseError) as exc:
        raise ComposeError(f"{clean_text(spec, 80)!r} is not an e-mail address") from exc
    if addr.addr_spec != spec:
        raise ComposeError(f"{clean_text(spec, 80)!r} is not an e-mail address")
    return addr
