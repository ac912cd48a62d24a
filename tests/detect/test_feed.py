"""followupd.detect.feed builds exactly the Message tree ``email.message_from_bytes`` builds."""

from __future__ import annotations

import email
import random
from email.message import Message
from typing import Any

import pytest

from followupd.detect import feed
from tests.detect.helpers import FIXTURES

SEEDS = sorted(p.read_bytes() for p in FIXTURES.iterdir() if p.suffix in (".eml", ".ics"))


def _tree(msg: Message) -> tuple[Any, ...]:
    payload = msg._payload  # type: ignore[attr-defined]
    if isinstance(payload, list):
        payload = [_tree(m) for m in payload]
    return (
        msg.get_unixfrom(),
        msg.get_default_type(),
        list(msg.raw_items()),
        msg.preamble,
        msg.epilogue,
        payload,
    )


def _same(raw: bytes) -> bool:
    """True when the fast path parsed it (not a fallback); fails on any difference."""
    want = _tree(email.message_from_bytes(raw))
    assert _tree(feed.parse_bytes(raw)) == want
    try:
        got = _tree(feed._Parser(raw.decode("ascii", "surrogateescape")).message(None))
    except feed.Fallback:
        return False
    assert got == want
    return True


MULTI = (
    b"From: a@b.test\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n"
    b"preamble\r\n--XX\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XX\r\n"
    b"Content-Type: multipart/alternative; boundary=YY\r\n\r\n--YY\r\n\r\nno headers\r\n--YY\r\n"
    b"Content-Type: text/html\r\n\r\n<p>hi</p>\r\n--YY--\r\nepi\r\n--XX\r\n"
    b"Content-Type: message/rfc822\r\n\r\nFrom: c@d.test\r\nSubject: inner\r\n\r\ninner body\r\n"
    b"--XX--\r\n\r\nepilogue\r\n"
)
EDGE_CASES = [
    MULTI,
    MULTI.replace(b"\r\n", b"\n"),
    MULTI.replace(b"\r\n", b"\r"),  # bare CR line ends
    MULTI.replace(b"--XX--", b"--XY--"),  # no close boundary
    MULTI.replace(b"--YY--", b""),  # inner close boundary missing: the outer one ends it
    MULTI.replace(b"boundary=\"XX\"", b""),  # multipart without boundary
    MULTI.replace(b"preamble\r\n--XX", b"preamble\r\n--XZ"),  # no start boundary
    MULTI.replace(b"--XX\r\nContent-Type: text/plain", b"--XX\r\n--XX\r\nContent-Type: text/plain"),
    MULTI.replace(b"multipart/mixed", b"multipart/digest"),
    MULTI.replace(b"hello\r\n", b"hello\r\n--XX--tail\r\n"),
    b"From nobody Mon Mar  9 10:00:00 2026\r\nFrom: a@b.test\r\n\r\nbody",
    b"From: a@b.test\r\n continuation\r\n\tmore\r\n: no name\r\nX:\r\nbody without blank line\r\n",
    b" first is a continuation\r\nFrom: a@b.test\r\n\r\nbody\r\n",
    b"From: a@b.test\r\nFrom misplaced\r\nSubject: s\r\n\r\nbody\r\n",
    b"From: a@b.test\r\nFrom at the end\r\n\r\nbody\r\n",
    b"Subject: \xe9t\xe9 8-bit\r\nContent-Type: text/plain\r\n\r\n\xff\xfe raw bytes\r\n",
    b"",
    b"\r\n",
    b"no headers at all",
    b"Content-Type: message/rfc822\r\n\r\n",
    b"Content-Type: multipart/mixed; boundary=Z\r\n\r\n--Z\r\n",
    b"Content-Type: multipart/report; boundary=Z\r\n\r\n--Z\r\nContent-Type: message/delivery-status\r\n\r\n"
    b"Reporting-MTA: dns; x\r\n\r\nFinal-Recipient: rfc822; a@b\r\n--Z--\r\n",
]


@pytest.mark.parametrize("raw", EDGE_CASES)
def test_edge_cases_match_the_stdlib(raw: bytes) -> None:
    _same(raw)


def test_fixtures_take_the_fast_path_and_match() -> None:
    assert all(_same(raw) for raw in SEEDS if not raw.lstrip().startswith(b"BEGIN:VCALENDAR"))


def test_deep_nesting_falls_back() -> None:
    raw = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i) for i in range(300)
    )
    assert not _same(raw + b"\r\nbody\r\n")


def test_mutated_fixtures_match_the_stdlib() -> None:
    rng = random.Random(20260309)
    for _ in range(3000):
        data = bytearray(rng.choice(SEEDS))
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(data) + 1)
            what = rng.choice([b"\r\n", b"\n", b"\r", b"--", b": ", b" ", b"\xff", b"\r\n\r\n", b""])
            if rng.random() < 0.3:
                data[i:] = data[i : i + rng.randint(0, 200)]  # truncate after a slice
            else:
                data[i : i + rng.randint(0, 3)] = what
        _same(bytes(data))
