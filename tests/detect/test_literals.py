"""The literal pre-filters never rule out a text the pattern matches."""

from __future__ import annotations

import random
import re

from followupd.detect import ats, contacts, literals, matchers, negatives, parties, phrases
from followupd.detect.matchers import lower
from followupd.detect.mime import parse
from tests.detect.helpers import FIXTURES


def _negative_gates() -> list[matchers.Gated]:
    out: list[matchers.Gated] = []
    for rx, _ in negatives.NEGATIVE.values():
        if isinstance(rx, matchers.Gated):
            out.append(rx)
        elif isinstance(rx, matchers.AnyOf):
            out += rx.gates
    return out


def _patterns() -> list[re.Pattern[str]]:
    out = [phrases.INTERVIEW.full, phrases.CANCEL.full, *(g.full for g in phrases.RESCHEDULE.gates)]
    out += [g.full for g in phrases.CONFIRM.gates]
    out += [g.full for g in _negative_gates()]
    out += [g.full for g in phrases.RECRUITING.gates if isinstance(g, matchers.Gated)]
    out += [rx.rx for rx, _ in negatives.NEGATIVE.values() if isinstance(rx, literals.Filtered)]
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


def _filtered() -> list[literals.Filtered]:
    out = [g.literals for g in _gates()]
    out += [rx for rx, _ in negatives.NEGATIVE.values() if isinstance(rx, literals.Filtered)]
    return out


def test_the_automaton_answers_like_the_plain_check() -> None:
    """One Aho-Corasick pass per text must say what each pattern's own literal scans say."""
    filtered = _filtered()
    assert sum(bool(f.ids) for f in filtered) > len(filtered) // 2  # most are indexed
    for text in _texts():
        for f in filtered:
            assert f.may_match(text) == literals.possible(f.needs, text), (f.pattern[:60], text[:80])


def test_an_alternation_searched_by_parts_finds_what_the_whole_pattern_finds() -> None:
    filtered = _filtered()
    split = [f for f in filtered if f.parts]
    assert len(split) > len(filtered) // 3 and phrases.INTERVIEW.literals in split
    for text in _texts():
        for f in split:
            whole, parts = f.rx.search(text), f.search(text)
            assert (whole and whole.span()) == (parts and parts.span()), (f.pattern[:60], text[:80])


def test_the_scans_behind_their_literals_find_what_their_patterns_find() -> None:
    # The per-slot cues, the contact phrase before an address, a booking page's footer, the role
    # and the "sent with" footer: search and finditer must answer as the bare patterns do.
    scans = [phrases.OLD_TIME, phrases.NEW_TIME, phrases.INVITE_MOVED, contacts._NEAR, parties._BOOKING_PAGE,
             parties._ROLE_RX, ats._SENT_WITH]
    rng = random.Random(7)
    words = [w for f in scans for w in re.findall(r"[a-zà-ÿ'#&:\- ]{3,}", f.pattern)]
    texts = _texts() + [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    hits = 0
    for text in texts:
        for f in scans:
            spans = [m.span() for m in f.rx.finditer(text)]
            hits += bool(spans)
            assert [m.span() for m in f.finditer(text)] == spans, (f.pattern[:60], text[:80])
            found = f.search(text)
            assert (found and found.span()) == (spans[0] if spans else None), (f.pattern[:60], text[:80])
    assert hits > 500  # the texts do reach the patterns


def test_alternatives_are_split_only_at_the_top_level() -> None:
    assert literals.alternatives(re.compile(r"a[|)\]]b|c\|d|(?:x|y)z|[]|]q")) == [
        r"a[|)\]]b", r"c\|d", "(?:x|y)z", "[]|]q"]
    assert literals.alternatives(re.compile("was|were")) is None  # parsed as "w" + (as|ere)
    assert literals.alternatives(re.compile("(a)|b")) is None  # a group a caller may read
    assert literals.alternatives(re.compile("abc")) is None
    # The leftmost match wins; on a tie, the earlier alternative, even when it is shorter.
    f = literals.Filtered(re.compile("interview|screening call|interviews"))
    assert f.parts and f.search("a screening call, interviews").group(0) == "screening call"
    assert f.search("the interviews list").group(0) == "interview"


def test_the_automaton_keys_an_alternative_by_a_literal_it_needs() -> None:
    filters = literals.Filters()
    a = filters.register((("confirmed", "not "), ("tentative",)))
    b = filters.register((("article", ("our", "the")),))
    assert filters.register((("x",),)) is None  # a one-letter key would match nearly everywhere
    assert filters.matchable("it is not confirmed") == {a}
    assert filters.matchable("confirmed") == set()  # key found, "not " missing
    assert filters.matchable("tentative; see our article") == {a, b}
    assert filters.matchable("an article") == set()
    assert filters.matchable("an article") == set()  # a second time, from the cache


def test_needs_read_alternatives_and_groups() -> None:
    needs = literals.needed(re.compile(r"tentative|\btbc\b|not (?:yet )?confirmed|(?:a|b)x"))
    assert needs == (("tentative",), ("tbc",), ("confirmed", "not "), ("x",))
    assert literals.needed(re.compile(r"abc|\d+")) is None
    assert literals.needed(re.compile(r"abc", re.I)) is None
    assert not literals.possible((("abc",), ("x", "y")), "x alone")
    assert literals.possible((("abc",), ("x", "y")), "y and x")


def test_needs_read_a_choice_inside_an_alternative() -> None:
    rx = re.compile(r"for (?:our|an|the) (?:article|story) (?:on|about)|"
                    r"(?:was|were)\s(?:re-?scheduled|moved)")
    needs = literals.needed(rx)
    # (the parser factors "was|were" into "w" + "as|ere")
    assert needs == (("for ", " ", ("article", "story"), ("about", "on"), ("our", "the", "an")),
                     ("w", ("scheduled", "moved"), ("ere", "as")))
    assert not literals.possible(needs, "we need it for our records")  # no noun: cannot match
    assert literals.possible(needs, "for the story about it")
    assert literals.possible(needs, "it was moved")
    assert not literals.possible(needs, "it was changed")
    # A group with an alternative that has no literal of its own requires nothing.
    assert literals.needed(re.compile(r"x(?:ab|\d+)y")) == (("x", "y"),)


def _gates() -> list[matchers.Gated]:
    gates = [phrases.INTERVIEW, phrases.CANCEL, *phrases.RESCHEDULE.gates, *phrases.CONFIRM.gates]
    gates += _negative_gates()
    gates += [g for g in phrases.RECRUITING.gates if isinstance(g, matchers.Gated)]
    return gates


def test_a_gates_trigger_words_are_in_every_text_its_pattern_matches() -> None:
    """A Gated pattern whose required literals are short relies on its hand-written trigger words:
    a match without one of them would be lost."""
    texts = _texts()
    for gate in _gates():
        for text in texts:
            m = gate.full.search(text)
            if m is not None:
                assert gate.trigger.search(text) is not None, (gate.pattern[:60], m.group(0))
                assert gate.search(text) is not None


def test_whole_words_match_like_word_boundaries() -> None:
    texts = _texts() + ["recall the meeting", "a call", "call", "phone-call", "teamsters", "video_call"]
    for ww in (phrases.MEETING, phrases.RECRUITING.gates[1]):
        assert isinstance(ww, matchers.WholeWords)
        bounded = re.compile(rf"(?<![^\W_])(?:{ww.rx.pattern})(?![^\W_])")
        for text in texts:
            assert (ww.search(text) is None) == (bounded.search(text) is None), text[:80]
