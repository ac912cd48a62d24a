"""How the vocabulary is matched: gated alternations, whole-word lists and "any of" groups,
all over lower-cased text, each behind an exact literal pre-filter (``literals.py``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Generic, Protocol, TypeVar

from followupd.detect import literals

# Every pattern here is matched against lower-cased text (see ``lower``): three times faster
# than re.IGNORECASE over the same alternations, which is most of the detector's time.
I = 0  # noqa: E741 - flag placeholder kept so each pattern reads the same


class Gated:
    """A regex behind a cheap trigger: the full alternation runs only when one of the literal
    words every match must contain is present (one fast scan instead of a slow one per mail)."""

    def __init__(self, pattern: str, triggers: str, flags: int = 0) -> None:
        self.full = re.compile(pattern, flags)
        self.triggers = tuple(triggers.split("|"))
        self.trigger = re.compile("|".join(re.escape(t) for t in self.triggers))
        self.pattern = pattern
        self.literals = literals.Filtered(self.full)  # exact, and cheaper than the trigger regex
        self.needs = self.literals.needs
        # Where every alternative needs a word of its own, the exact check is enough; where some
        # alternative only needs a space or two letters, the trigger words do the filtering.
        self.use_trigger = self.needs is None or literals.strength(self.needs) < 4

    def search(self, text: str) -> re.Match[str] | None:
        # The literals first: they are one cached lookup, the trigger words a scan of the text.
        if self.use_trigger and (not self.literals.may_match(text) or self.trigger.search(text) is None):
            return None
        return self.literals.search(text)


def lower(text: str) -> str:
    """Lower-case with the same length, so match positions still index the original text."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)

def word_trie(words: Iterable[str]) -> str:
    """Regex source for an alternation of words, longest first, factored as a trie: "mon",
    "monday" and "montag" become "mon(?:day|tag)?". It matches what the flat alternation matches,
    but at each position the engine tries one branch per first letter instead of every word
    (two to three times faster for the 139 month names)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [re.escape(c) + emit(node[c]) for c in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Greedy: the longer word is tried first, as in the longest-first flat alternation.
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# Letters an address spells without their marks ("Paweł" writes pawel@); NFKD takes the accents.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def fold_marks(text: str) -> str:
    """Text without diacritics, as addresses write names: "Paweł Núñez" -> "Pawel Nunez"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class WholeWords:
    """An alternation of words matched only as whole words, like ``\\b(?:...)\\b``, but scanned
    as a plain alternation (which the regex engine skips through by first letter) with the
    boundaries checked on the few candidates."""

    def __init__(self, words: str) -> None:
        self.rx = re.compile(words)
        self.pattern = words
        # At a candidate start, the first alternative may end inside a word ("meet you|r") while a
        # shorter one ("meet") would not: the bounded form lets the engine try them all.
        self.at = re.compile(rf"(?:{words})(?![^\W_])")

    def search(self, text: str) -> re.Match[str] | None:
        m = self.rx.search(text)
        while m is not None:
            a = m.start()
            if a == 0 or not text[a - 1].isalnum():
                whole = self.at.match(text, a)
                if whole is not None:
                    return whole
            m = self.rx.search(text, a + 1)
        return None


class Searchable(Protocol):
    @property
    def pattern(self) -> str: ...

    def search(self, text: str) -> re.Match[str] | None: ...


_S = TypeVar("_S", bound=Searchable)


class AnyOf(Generic[_S]):
    """Several patterns (gated ones, plain ones, word lists): a match of any one is a match
    (first found, not leftmost). Splitting one long alternation this way lets each part use its
    own pre-filter, and a plain alternation of words scans much faster than one mixed with
    assertions such as ``\\b``."""

    def __init__(self, *gates: _S) -> None:
        self.gates = gates
        self.pattern = "|".join(g.pattern for g in gates)

    def search(self, text: str) -> re.Match[str] | None:
        for gate in self.gates:
            m = gate.search(text)
            if m is not None:
                return m
        return None
