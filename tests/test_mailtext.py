"""Text from incoming mail made safe: one clean line, no stacked "Re:", a first name only for a person."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followupd.mailtext import clean_text, first_name, reply_subject


@pytest.mark.parametrize(("name", "first"), [
    ("Dana Smith", "Dana"), ("Smith, Dana", "Dana"), ("Dr. Dana Smith", "Dana"),
    ("DANA SMITH", "Dana"), ("dana", "Dana"), ("Jean-Luc Picard", "Jean-Luc"), ("", None),
    (None, None), ("  ", None),
])
def test_first_name(name: str | None, first: str | None) -> None:
    assert first_name(name) == first


@pytest.mark.parametrize(("original", "expected"), [
    ("Interview", "Re: Interview"), ("Re: Interview", "Re: Interview"),
    ("RE: re: AW: Interview", "Re: Interview"), ("Re[2]: Interview", "Re: Interview"),
    ("Fwd: Interview", "Re: Fwd: Interview"), ("Re:", None), ("", None), (None, None),
])
def test_reply_subject_never_stacks_re(original: str | None, expected: str | None) -> None:
    assert reply_subject(original) == expected


@given(st.text())
def test_clean_text_is_one_safe_line(text: str) -> None:
    out = clean_text(text)
    assert out is None or (out == out.strip() and not any(c in out for c in "\r\n\x00\x85\u2028")
                           and "=?" not in out and len(out) <= 200)
