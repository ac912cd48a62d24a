"""Exact literal pre-filters for regexes: skip a search that cannot match.

The stdlib regex engine tries every alternative of a long alternation at nearly every position
(~30 us for one vocabulary pattern over a short mail), while ``"word" in text`` is a
memchr-speed scan. :func:`needed` reads a compiled pattern's parse tree and returns, for each
top-level alternative, the literal runs a match of that alternative must contain; if no
alternative has all its runs in the text, the pattern cannot match there. The check is exact
(no false negatives), so a pre-filtered search returns what the plain search returns.
"""

from __future__ import annotations

import re
from typing import Any

try:  # private modules of the stdlib (3.11+): without them, no pre-filter, same results
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python that moved them
    C = _parser = None

Needs = tuple[tuple[str, ...], ...]


def _runs(items: Any) -> list[list[str]]:
    """For a parsed sequence: per alternative, the literal strings every match contains."""
    data = list(items)
    if len(data) == 1 and data[0][0] is C.BRANCH:
        return [alt for sub in data[0][1][1] for alt in _runs(sub)]
    runs: list[str] = []
    cur: list[str] = []
    for op, av in data:
        if op is C.LITERAL:
            cur.append(chr(av))
            continue
        if cur:
            runs.append("".join(cur))
            cur = []
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            inner = _runs(sub)
            if len(inner) == 1 and not add_flags & re.IGNORECASE:
                runs.extend(inner[0])  # a group that is one sequence: its literals are required
        # Anything else (classes, repeats, assertions, branches inside) adds no requirement.
    if cur:
        runs.append("".join(cur))
    return [runs]


def needed(rx: re.Pattern[str]) -> Needs | None:
    """Per alternative, the literals a match needs; None when some alternative needs none."""
    if rx.flags & re.IGNORECASE or _parser is None:
        return None
    try:
        alts = _runs(_parser.parse(rx.pattern, rx.flags & ~re.UNICODE))
    except Exception:  # noqa: BLE001 - a parse tree shaped differently: do without the pre-filter
        return None
    out: list[tuple[str, ...]] = []
    for runs in alts:
        if not runs:
            return None
        # The longest first: the most specific word usually rules the alternative out at once.
        key = tuple(sorted(set(runs), key=len, reverse=True))
        if key not in out:
            out.append(key)
    return tuple(out)


def possible(needs: Needs | None, text: str) -> bool:
    """False only when no alternative's literals are all in text (then no match exists)."""
    if needs is None:
        return True
    for runs in needs:
        for r in runs:
            if r not in text:
                break
        else:
            return True
    return False


class Filtered:
    """A compiled pattern whose ``search`` first checks the literals a match needs."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.pattern = rx.pattern
        self.needs = needed(rx)

    def search(self, text: str) -> re.Match[str] | None:
        if not possible(self.needs, text):
            return None
        return self.rx.search(text)
