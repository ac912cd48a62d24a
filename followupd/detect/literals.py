"""Exact literal pre-filters for regexes: skip a search that cannot match.

The stdlib regex engine tries every alternative of a long alternation at nearly every position
(~30 us for one vocabulary pattern over a short mail), while ``"word" in text`` is a
memchr-speed scan. :func:`needed` reads a compiled pattern's parse tree and returns, for each
top-level alternative, the literal runs a match of that alternative must contain, and for each
group of alternatives inside it the literals one of which it must contain ("for (?:our|the)
(?:article|story)": "for ", then "article" or "story"); if no alternative has all of them in the
text, the pattern cannot match there. The check is exact
(no false negatives), so a pre-filtered search returns what the plain search returns.

Checking ~800 alternatives one ``in`` scan at a time was still a quarter of the detector's time, so
:class:`Filters` puts each alternative's rarest literal (its *key*) into one Aho-Corasick automaton:
one pass over a text finds every key present, and only the alternatives keyed by those are
checked further. :func:`possible` stays as the plain form of the same check (and its reference).
The same index then says which alternatives of a long alternation the text can hold, and only
those are searched (:class:`Filtered`).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

import ahocorasick

try:  # private modules of the stdlib (3.11+): without them, no pre-filter, same results
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python that moved them
    C = _parser = None

# One requirement: a literal the match contains, or a tuple of literals of which it contains one
# ("for (?:our|the) (?:article|story)": "for ", then "article" or "story").
Requirement = str | tuple[str, ...]
Needs = tuple[tuple[Requirement, ...], ...]


def _strength(req: Requirement) -> int:
    """How rare a requirement is likely to be: its length (the shortest, for a choice)."""
    return len(req) if isinstance(req, str) else min(map(len, req))


def _choice(alts: list[list[Requirement]]) -> Requirement | None:
    """What a branch requires: each alternative's longest literal, one of which is present."""
    picks: list[str] = []
    for alt in alts:
        plain = [r for r in alt if isinstance(r, str)]
        if not plain:
            return None  # an alternative without a literal of its own: no requirement
        picks.append(max(plain, key=len))
    unique = tuple(sorted(set(picks), key=lambda s: (-len(s), s)))
    return unique[0] if len(unique) == 1 else unique


def _runs(items: Any) -> list[list[Requirement]]:
    """For a parsed sequence: per alternative, the literals (or choices of literals) every match contains."""
    data = list(items)
    if len(data) == 1 and data[0][0] is C.BRANCH:
        return [alt for sub in data[0][1][1] for alt in _runs(sub)]
    runs: list[Requirement] = []
    cur: list[str] = []
    for op, av in data:
        if op is C.LITERAL:
            cur.append(chr(av))
            continue
        if cur:
            runs.append("".join(cur))
            cur = []
        inner: list[list[Requirement]] = []
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:
                inner = _runs(sub)
        elif op is C.BRANCH:
            inner = [alt for sub in av[1] for alt in _runs(sub)]
        if len(inner) == 1:
            runs.extend(inner[0])  # a group that is one sequence: its literals are required
        elif inner:
            req = _choice(inner)
            if req is not None:
                runs.append(req)
        # Anything else (classes, repeats, assertions) adds no requirement.
    if cur:
        runs.append("".join(cur))
    return [runs]


def needed(rx: re.Pattern[str]) -> Needs | None:
    """Per alternative, what a match needs; None when some alternative needs nothing."""
    if rx.flags & re.IGNORECASE or _parser is None:
        return None
    try:
        alts = _runs(_parser.parse(rx.pattern, rx.flags & ~re.UNICODE))
    except Exception:  # noqa: BLE001 - a parse tree shaped differently: do without the pre-filter
        return None
    out: list[tuple[Requirement, ...]] = []
    for runs in alts:
        if not runs:
            return None
        # Single literals first (one scan each), the longest first: the most specific word
        # usually rules the alternative out at once; choices (several scans) last.
        plain: list[Requirement] = sorted({r for r in runs if isinstance(r, str)}, key=lambda s: (-len(s), s))
        choices: list[Requirement] = sorted(
            {r for r in runs if not isinstance(r, str)}, key=lambda c: (-_strength(c), c)
        )
        key = (*plain, *choices)
        if key not in out:
            out.append(key)
    return tuple(out)


def strength(needs: Needs) -> int:
    """The weakest alternative's best requirement: below 4 characters, a filter lets much through."""
    return min(max(map(_strength, alt)) for alt in needs)


def possible(needs: Needs | None, text: str) -> bool:
    """False only when no alternative's requirements are all met in text (then no match exists)."""
    if needs is None:
        return True
    for reqs in needs:
        if _met(reqs, text):
            return True
    return False


# A key shorter than this would match at nearly every position (" ", ":", "re"): a pattern with
# such an alternative keeps the plain check.
_MIN_KEY = 3


def _long_enough(key: str) -> bool:
    """A key rare enough to index: three letters, or two CJK characters ("面接")."""
    return len(key) >= _MIN_KEY or (len(key) == 2 and all(ord(c) >= 0x3000 for c in key))
# Texts whose answers are kept: the same few texts (subject, body, segments) are asked about by
# every pattern of one mail; the size bound keeps a 10 MB body from being held for long.
_CACHE_TEXTS = 16
_CACHE_CHARS = 1 << 20


class Filters:
    """Every registered pattern's requirements, keyed for one Aho-Corasick pass per text.

    ``keys_in(text)`` is that pass: the key literals present. A pattern is then checked only
    when it is asked about, and only its alternatives keyed by a literal present (the pass is
    shared by every pattern asked about the same text; the checks are not).
    ``matchable(text)`` gives the ids of all indexed patterns that may match ``text``; the answer
    equals ``possible(needs, text)`` for each of them (tests check both on the same texts).
    """

    def __init__(self) -> None:
        # Per pattern id: each alternative's keys (one of which is present) and the rest it needs.
        self._alts: list[tuple[tuple[frozenset[str], tuple[Requirement, ...]], ...]] = []
        self._automaton: Any = None
        self._cache: OrderedDict[str, frozenset[str]] = OrderedDict()
        self._cached_chars = 0

    @staticmethod
    def indexable(needs: Needs | None) -> bool:
        return needs is not None and all(all(map(_long_enough, _key(alt)[0])) for alt in needs)

    def register(self, needs: Needs | None) -> int | None:
        """An id to ask ``met`` about, or None when the plain check must be used."""
        if needs is None or not self.indexable(needs):
            return None
        self._alts.append(tuple((frozenset(keys), rest) for keys, rest in map(_key, needs)))
        self._automaton = None  # built again, with this pattern, on the next question
        self._cache.clear()
        self._cached_chars = 0
        return len(self._alts) - 1

    def alternatives(self, pid: int) -> tuple[tuple[frozenset[str], tuple[Requirement, ...]], ...]:
        """Pattern ``pid``'s alternatives: the key literals one of which it needs, and the rest."""
        return self._alts[pid]

    def keys_in(self, text: str) -> frozenset[str]:
        found = self._cache.get(text)
        if found is not None:
            return found
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for alts in self._alts:
                for keys, _ in alts:
                    for k in keys:
                        automaton.add_word(k, k)
            automaton.make_automaton()
            self._automaton = automaton
        found = frozenset([k for _end, k in self._automaton.iter(text)])
        if len(text) <= _CACHE_CHARS:
            self._cache[text] = found
            self._cached_chars += len(text)
            while len(self._cache) > _CACHE_TEXTS or self._cached_chars > _CACHE_CHARS:
                old, _ = self._cache.popitem(last=False)
                self._cached_chars -= len(old)
        return found

    def met(self, pid: int, text: str, found: frozenset[str]) -> bool:
        """Whether some alternative of pattern ``pid`` has all it needs in ``text``."""
        for keys, rest in self._alts[pid]:
            if not keys.isdisjoint(found) and (not rest or _met(rest, text)):
                return True
        return False

    def matchable(self, text: str) -> frozenset[int]:
        found = self.keys_in(text)
        return frozenset(pid for pid in range(len(self._alts)) if self.met(pid, text, found))


def _key(alt: tuple[Requirement, ...]) -> tuple[tuple[str, ...], tuple[Requirement, ...]]:
    """An alternative's key literals (one of which a match contains) and the rest it needs: the
    strongest requirement, so that ": " before "updated" or "rescheduled" keys on the words."""
    i = max(range(len(alt)), key=lambda j: _strength(alt[j]))
    key = alt[i]
    return ((key,) if isinstance(key, str) else key), alt[:i] + alt[i + 1 :]


def _met(reqs: tuple[Requirement, ...], text: str) -> bool:
    for r in reqs:
        if type(r) is str:
            if r not in text:
                return False
        else:
            for s in r:  # a plain loop: a generator costs more than the scans
                if s in text:
                    break
            else:
                return False
    return True


FILTERS = Filters()


def alternatives(rx: re.Pattern[str]) -> list[str] | None:
    """The source of each top-level alternative of a capture-free pattern, or None when it is not
    one (a single sequence, groups that callers may read, verbose syntax, or a tree the parser
    factored: "was|were" parses as "w" + "as|ere")."""
    if rx.groups or rx.flags & re.VERBOSE or _parser is None:
        return None
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    src = rx.pattern
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if src.startswith("]", i + 1) or src.startswith("^]", i + 1):  # a literal "]" first
                i += 1 + src.startswith("^", i + 1)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(src[start:i])
            start = i + 1
        i += 1
    out.append(src[start:])
    try:
        tree = list(_parser.parse(src, rx.flags & ~re.UNICODE))
    except Exception:  # noqa: BLE001 - as in ``needed``: no split, same results
        return None
    if len(out) < 2 or len(tree) != 1 or tree[0][0] is not C.BRANCH or len(tree[0][1][1]) != len(out):
        return None
    return out


class Filtered:
    """A compiled pattern whose ``search`` first checks the literals a match needs.

    A long alternation is also searched one alternative at a time: the engine tries every
    alternative at every position (~13 us over a short text for the interview words), while the
    one or two alternatives whose literals the text holds each scan at memchr speed from their
    first literal. The leftmost match wins, the earlier alternative on a tie: what the whole
    pattern returns.
    """

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.pattern = rx.pattern
        self.needs = needed(rx)
        parts = [re.compile(source, rx.flags) for source in alternatives(rx) or ()]
        part_needs = [needed(part) for part in parts]
        units: list[tuple[int, re.Pattern[str]]] = []
        if parts and all(map(FILTERS.indexable, part_needs)):
            # Each alternative indexed on its own: together they say what the whole would.
            for n, part in zip(part_needs, parts, strict=True):
                part_id = FILTERS.register(n)
                if part_id is not None:
                    units.append((part_id, part))
            self.parts = tuple(part for _, part in units)
        else:
            self.parts = ()
            whole = FILTERS.register(self.needs)
            if whole is not None:
                units.append((whole, rx))
        self.ids = frozenset(pid for pid, _ in units)
        self._units = tuple(units)
        # Per key literal, each (unit, what else its alternative needs): a unit may match when
        # one of its alternatives has its key in the text and the rest met (``Filters.met``,
        # unrolled: this runs some thirty times per mail).
        by_key: dict[str, list[tuple[int, tuple[Requirement, ...]]]] = {}
        for i, (pid, _) in enumerate(units):
            for keys, rest in FILTERS.alternatives(pid):
                for k in keys:
                    by_key.setdefault(k, []).append((i, rest))
        self._by_key = {k: tuple(v) for k, v in by_key.items()}
        self._keys = frozenset(by_key)

    def _hits(self, text: str) -> list[int]:
        """The units (alternatives, or the whole pattern) that may match, in their order."""
        present = self._keys.intersection(FILTERS.keys_in(text))
        if not present:
            return []
        cands: set[int] = set()
        for k in present:
            for i, rest in self._by_key[k]:
                if i not in cands and (not rest or _met(rest, text)):
                    cands.add(i)
        return sorted(cands) if len(cands) > 1 else list(cands)

    def may_match(self, text: str) -> bool:
        if self._units:
            return bool(self._hits(text))
        return possible(self.needs, text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What ``rx.finditer`` yields, without the scan when the literals say nothing matches."""
        return self.rx.finditer(text) if self.may_match(text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        if not self._units:
            return self.rx.search(text) if possible(self.needs, text) else None
        best: re.Match[str] | None = None
        for i in self._hits(text):
            m = self._units[i][1].search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best
