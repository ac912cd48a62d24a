"""A faster ``email.message_from_bytes`` (policy compat32) that builds the very same Message tree.

The stdlib's FeedParser is written for incremental input: every line goes through a generator,
a deque and a stack of end-of-part predicates, which made it the largest single cost of the
detector (~180 us of ~1 ms per mail). Mail reaches us whole, so this module runs the same
algorithm (a line-for-line port of ``FeedParser._parsegen`` in CPython 3.11) over a list of
lines with an index. It creates the same ``email.message.Message`` objects with the same
headers, payloads, preambles and epilogues, so everything downstream reads them unchanged.

Whatever the port does not reproduce exactly raises :class:`Fallback`, and :func:`parse_bytes`
then hands the message to the stdlib parser: message/delivery-status, a "From " line ending a
header block, a part cut off right after its boundary line, and MIME nested deeper than
``MAX_NESTING``. Defects are not recorded (the detector never reads ``msg.defects``).
tests/detect/test_feed.py checks the trees against the stdlib's on the fixtures, the corpus and
mutated mails.
"""

from __future__ import annotations

import email
import re
from collections.abc import Callable
from email.message import Message
from io import StringIO
from itertools import compress, count, repeat

from followupd.detect.ctype import boundary as content_boundary
from followupd.detect.ctype import content_type

MAX_NESTING = 40  # deeper MIME goes to the stdlib parser (same RecursionError behaviour)

# The stdlib parser's own line patterns (email/feedparser.py).
_NLCRE = re.compile(r"\r\n|\r|\n")
_NLCRE_BOL = re.compile(r"(\r\n|\r|\n)")
_HEADER_RE = re.compile(r"^(From |[\041-\071\073-\176]*:|[\t ])")

_Matcher = Callable[[str], "re.Match[str] | None"]


class Fallback(Exception):  # noqa: N818 - a signal, not an error
    """This input takes a path the port does not reproduce: use the stdlib parser."""


def _header(lines: list[str]) -> tuple[str, str]:
    """compat32's ``header_source_parse``: (name, value with its folding, no final newline)."""
    name, value = lines[0].split(":", 1)
    value = value.lstrip(" \t") + "".join(lines[1:])
    return name, value.rstrip("\r\n")


def _strip_eol(text: str) -> str:
    """``text`` without one final line ending (what ``NLCRE_eol`` finds, without a regex scan)."""
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith(("\r", "\n")):
        return text[:-1]
    return text


class _Parser:
    def __init__(self, text: str) -> None:
        # Universal-newline lines with their endings, as BufferedSubFile splits them.
        self.lines = StringIO(text, newline="").readlines()
        # Only lines starting with "--" can be boundaries: the others are read without a test.
        self.dashes: set[int] = set()  # filled when the first multipart is met
        self.pos = 0
        self.eof: list[_Matcher] = []  # boundary matchers of the enclosing multiparts
        self.last: Message | None = None  # FeedParser._last: whose trailing newline to strip
        self.depth = 0

    def readline(self) -> str:
        """The next line, or '' at the end or at a boundary of an enclosing part (not consumed)."""
        if self.pos >= len(self.lines):
            return ""
        line = self.lines[self.pos]
        if self.pos in self.dashes and self._at_boundary(line):
            return ""
        self.pos += 1
        return line

    def _at_boundary(self, line: str) -> bool:
        return any(ateof(line) for ateof in self.eof)

    def unreadline(self, line: str) -> None:
        # The stdlib pushes back any string; here only the line just read can go back.
        if not line or self.pos == 0 or self.lines[self.pos - 1] is not line:
            raise Fallback("unread of a line that was not just read")
        self.pos -= 1

    def rest(self) -> str:
        """Everything up to the end of the current part, as one string."""
        start = self.pos
        end = len(self.lines)
        if self.eof:
            # The first boundary line of an enclosing multipart ends the part.
            for i in sorted(i for i in self.dashes if i >= start):
                if self._at_boundary(self.lines[i]):
                    end = i
                    break
        self.pos = end
        return "".join(self.lines[start:end])

    def message(self, parent: Message | None, parent_type: str = "") -> Message:
        """FeedParser._parsegen: one message (headers, then body) and its subparts."""
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise Fallback("nested too deep")
        msg = Message()
        if parent is not None:
            if parent_type == "multipart/digest":
                msg.set_default_type("message/rfc822")
            parent.attach(msg)
        self.last = msg
        self._headers(msg, self._header_lines())
        ctype = content_type(msg)
        if ctype == "message/delivery-status":
            raise Fallback("delivery-status")
        maintype = ctype.split("/")[0]
        if maintype == "message":
            self.message(msg, ctype)
        elif maintype == "multipart":
            self._multipart(msg, ctype)
        else:
            msg.set_payload(self.rest())
        self.depth -= 1
        return msg

    def _header_lines(self) -> list[str]:
        """The header block's lines; the blank line after it is consumed, a body line is not."""
        lines, dashes, n = self.lines, self.dashes, len(self.lines)
        first = i = self.pos
        while i < n:
            line = lines[i]
            if i in dashes and self._at_boundary(line):
                break  # the part ends inside its headers
            if not _HEADER_RE.match(line):
                self.pos = i + 1 if _NLCRE.match(line) else i
                return lines[first:i]
            i += 1
        self.pos = i
        return lines[first:i]

    def _headers(self, msg: Message, lines: list[str]) -> None:
        """FeedParser._parse_headers."""
        raw: list[tuple[str, str]] = msg._headers  # type: ignore[attr-defined] # what set_raw appends to
        lastheader = ""
        lastvalue: list[str] = []
        for lineno, line in enumerate(lines):
            if line[0] in " \t":
                if lastheader:
                    lastvalue.append(line)
                continue  # a continuation first: ignored (a defect)
            if lastheader:
                raw.append(_header(lastvalue))
                lastheader, lastvalue = "", []
            if line.startswith("From "):
                if lineno == 0:
                    msg.set_unixfrom(_strip_eol(line))
                    continue
                if lineno == len(lines) - 1:
                    raise Fallback("From line at the end of the headers")
                continue  # misplaced envelope header: ignored (a defect)
            i = line.find(":")
            if i == 0:
                continue  # missing header name: ignored (a defect)
            lastheader = line[:i]
            lastvalue = [line]
        if lastheader:
            raw.append(_header(lastvalue))

    def _multipart(self, msg: Message, ctype: str) -> None:
        boundary = content_boundary(msg)  # msg.get_boundary()
        if boundary is None:
            msg.set_payload(self.rest())  # no boundary: the whole body is text (a defect)
            return
        # Only a defect in the stdlib, but str() of the header runs there and could raise.
        str(msg.get("content-transfer-encoding", "8bit"))
        boundaryre = re.compile(
            "(?P<sep>" + re.escape("--" + boundary) + r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$"
        )
        capturing_preamble = True
        preamble: list[str] = []
        linesep: str | None = None
        close_boundary_seen = False
        while True:
            line = self.readline()
            if line == "":
                break
            mo = boundaryre.match(line)
            if mo is None:
                if not capturing_preamble:
                    raise Fallback("text between parts")  # the stdlib's assertion decides
                preamble.append(line)
                continue
            if mo.group("end"):
                close_boundary_seen = True
                linesep = mo.group("linesep")
                break
            if capturing_preamble:
                if preamble:
                    preamble[-1] = _strip_eol(preamble[-1])  # the newline belongs to the boundary
                    msg.preamble = "".join(preamble)
                capturing_preamble = False
                self.unreadline(line)
                continue
            # Runs of boundary lines delimit no part.
            while True:
                line = self.readline()
                if not boundaryre.match(line):
                    self.unreadline(line)
                    break
            if not self.eof and not self.dashes:
                starts = map(str.startswith, self.lines, repeat("--"))  # C loops only
                self.dashes = set(compress(count(), starts))
            self.eof.append(boundaryre.match)
            self.message(msg, ctype)
            # The newline before a boundary belongs to the boundary, not to the part.
            last = self.last
            assert last is not None  # noqa: S101 - set by message() above
            if content_type(last).partition("/")[0] == "multipart":
                epilogue = last.epilogue
                if epilogue == "":
                    last.epilogue = None
                elif epilogue is not None:
                    last.epilogue = _strip_eol(epilogue)
            else:
                payload = last._payload  # type: ignore[attr-defined]
                if isinstance(payload, str):
                    last._payload = _strip_eol(payload)  # type: ignore[attr-defined]
            self.eof.pop()
            self.last = msg
        if capturing_preamble:
            # No start boundary: the text is the payload and the rest is thrown away (a defect).
            msg.set_payload("".join(preamble))
            self.rest()
            msg.epilogue = ""
            return
        if not close_boundary_seen:
            return  # the end of input before the close boundary (a defect)
        tail: list[str] = [""] if linesep else []
        while True:
            line = self.readline()
            if line == "":
                break
            tail.append(line)
        if tail:
            bolmo = _NLCRE_BOL.match(tail[0])
            if bolmo:
                tail[0] = tail[0][len(bolmo.group(0)) :]
        msg.epilogue = "".join(tail)


def parse_bytes(raw: bytes) -> Message:
    """``email.message_from_bytes(raw)`` (compat32), faster; same tree, same exceptions."""
    text = raw.decode("ascii", "surrogateescape")
    try:
        return _Parser(text).message(None)
    except Exception:  # noqa: BLE001 - any surprise: the stdlib decides (and raises what it raises)
        return email.message_from_bytes(raw)
