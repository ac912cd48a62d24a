"""Build one of the blind held-out sets written after tune/ and final/: bench/heldout/<set>/*.eml
and labels.json, from the hand-written mails in ``mails_<set>.py``.

    python3 bench/heldout/make_blind.py blind4            # (re)write blind4/, then check it
    python3 bench/heldout/make_blind.py blind4 --check    # only check the files on disk

The MIME plumbing and the label checks are ``make.py``'s, imported unchanged (``make.py`` keeps
building tune/ and final/ byte-identically). Each set was written on 2026-11-26 by a session that
had not read the detector, its tests and fixtures, or the earlier held-out mails.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make  # noqa: E402


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("-")]
    name = names[0] if len(names) == 1 else ""
    if not re.fullmatch(r"blind\d+", name) or not (HERE / f"mails_{name}.py").exists():
        print(__doc__)
        return 2
    make.REGISTRY.setdefault(name, [])
    importlib.import_module(f"mails_{name}")  # registers its mails into make.REGISTRY[name]
    make.REGISTRY[name].sort(key=lambda m: m.name)  # file numbers are a shuffle of the writing order
    if "--check" not in argv:
        make.write(name)
    bad = make.check(name)
    for p in bad:
        print("PROBLEM", p)
    print(make.summary(name))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
