"""followupd.detect.ctype gives what Message.get_content_charset / get_boundary give."""

from __future__ import annotations

import email
import random
from email.message import Message

import pytest

from followupd.detect import ctype
from tests.detect.helpers import FIXTURES

VALUES = [
    'text/plain; charset="utf-8"',
    "text/plain; charset=UTF-8",
    "text/plain;charset=iso-8859-1; format=flowed",
    'multipart/mixed; boundary="----=_Part_1_2.3"',
    "multipart/alternative;\r\n\tboundary=000000000000abc",
    'multipart/related; type="text/html"; boundary="a;b"',
    "multipart/mixed; boundary=<angle>",
    'multipart/mixed; boundary="<angle>"',
    'multipart/mixed; boundary=""quoted""',
    "multipart/mixed; boundary=trailing   ",
    'multipart/mixed; boundary="trailing   "',
    "text/plain; charset*=utf-8''%e2%82%ac",
    "text/plain; charset*0=utf; charset*1=-8",
    'text/plain; charset="a\\"b"',
    "text/plain; charset",
    "text/plain; charset=utf-8; charset=latin1",
    "text/plain; CHARSET = Latin1 ;",
    "text/plain;; charset=x",
    "charset=utf-8",
    "text/plain; charset=\xe9",
    "text/plain; charset=\udce9",
    'text/plain; a="x; charset=bad"; charset=good',
    "",
    ";",
    "text/plain; name=a=b; boundary==x=",
]


def _msg(value: str | None) -> Message:
    m = Message()
    if value is not None:
        m._headers.append(("Content-Type", value))  # type: ignore[attr-defined]  # raw, as parsed
    return m


@pytest.mark.parametrize("value", [*VALUES, None])
def test_same_as_the_stdlib(value: str | None) -> None:
    m = _msg(value)
    assert ctype.charset(m) == m.get_content_charset()
    assert ctype.boundary(m) == m.get_boundary()


def test_fixture_parts_and_random_values() -> None:
    for path in FIXTURES.iterdir():
        if path.suffix == ".eml":
            for part in email.message_from_bytes(path.read_bytes()).walk():
                assert ctype.charset(part) == part.get_content_charset()
                assert ctype.boundary(part) == part.get_boundary()
    rng = random.Random(7)
    alphabet = ['"', ";", "=", " ", "\t", "\\", "*", "<", ">", "a", "B", "-", "charset", "boundary", "/"]
    for _ in range(20_000):
        m = _msg("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))))
        assert ctype.charset(m) == m.get_content_charset()
        assert ctype.boundary(m) == m.get_boundary()
