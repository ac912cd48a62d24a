"""Build the fifth blind held-out set: bench/heldout/blind5/*.eml + labels.json.

    python3 bench/heldout/make_blind5.py            # (re)write blind5/, then check it
    python3 bench/heldout/make_blind5.py --check    # only check the files on disk

The mails are written by hand in ``mails_blind5.py``; the MIME plumbing and the label checks are
``make.py``'s, imported unchanged (``make.py`` keeps building tune/ and final/ byte-identically).
Written 2026-11-29 without reading the detector, its tests and fixtures, or the earlier held-out mails.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make  # noqa: E402

SET = "blind5"


def main() -> int:
    make.REGISTRY.setdefault(SET, [])
    import mails_blind5  # noqa: F401  (registers its mails into make.REGISTRY[SET])

    make.REGISTRY[SET].sort(key=lambda m: m.name)  # file numbers are a shuffle of the writing order
    if "--check" not in sys.argv:
        make.write(SET)
    bad = make.check(SET)
    for p in bad:
        print("PROBLEM", p)
    print(make.summary(SET))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
