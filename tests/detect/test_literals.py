"""The literal pre-filters never rule out a text the pattern matches."""

from __future__ import annotations

import random
import re

from followupd.detect import literals, phrases
from followupd.detect.mime import parse
from followupd.detect.phrases import lower
from tests.detect.helpers import FIXTURES


def _patterns() -> list[re.Pattern[str]]:
    out = [phrases.INTERVIEW.full, phrases.RESCHEDULE.full, phrases.CANCEL.full]
    out += [g.full for g in phrases.CONFIRM.gates]
    for rx, _ in phrases.NEGATIVE.values():
        out.append(rx.full if isinstance(rx, phrases.Gated) else rx.rx)
    return out


def _texts() -> list[str]:
    texts = [lower(parse(p.read_bytes()).text) for p in sorted(FIXTURES.iterdir()) if p.suffix == ".eml"]
    rng = random.Random(5)
    words = [w for rx in _patterns() for w in re.findall(r"[a-zà-ÿ'#&:\- ]{3,}", rx.pattern)]
    for _ in range(2000):
        texts.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 6))))
    return texts


def test_no_false_negatives() -> None:
    pats = _patterns()
    for rx in pats:
        needs = literals.needed(rx)
        for text in _texts():
            if rx.search(text) is not None:
                assert literals.possible(needs, text), (rx.pattern[:60], text[:80])


def test_needs_read_alternatives_and_groups() -> None:
    needs = literals.needed(re.compile(r"tentative|\btbc\b|not (?:yet )?confirmed|(?:a|b)x"))
    assert needs == (("tentative",), ("tbc",), ("confirmed", "not "), ("x",))
    assert literals.needed(re.compile(r"abc|\d+")) is None
    assert literals.needed(re.compile(r"abc", re.I)) is None
    assert not literals.possible((("abc",), ("x", "y")), "x alone")
    assert literals.possible((("abc",), ("x", "y")), "y and x")
