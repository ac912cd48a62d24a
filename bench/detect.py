"""Detector benchmark: mails per second against a parsing baseline measured in the same run.

    python bench/detect.py [CORPUS_DIR] [--mails 5000]

CORPUS_DIR defaults to ../shared/corpus/dev (relative to the repository). Its .eml/.ics files are
repeated to --mails messages and run through, on one core:

  (a) baseline: ``email.message_from_bytes(policy=default)`` + ``get_body()`` + ``get_content()``,
      the least a detector that reads the body must do with the stdlib's modern API
  (b) ``followupd.detect.detect`` on the same bytes

Target: (b) >= 1,000 mails/s. Then the CLI start-up: ``python -m followupd --help`` wall time
(target < 300 ms), skipped when the CLI is not importable. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import email
import subprocess
import sys
import time
from email import policy
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _baseline(raw: bytes) -> None:
    msg = email.message_from_bytes(raw, policy=policy.default)
    body = msg.get_body(("plain", "html"))  # type: ignore[attr-defined]
    if body is not None:
        try:
            body.get_content()
        except (LookupError, ValueError):
            pass


def _rate(fn, mails: list[bytes]) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    for raw in mails:
        fn(raw)
    return len(mails) / (time.perf_counter() - t0)


def _startup(runs: int = 5) -> float | None:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "followupd", "--help"], capture_output=True, cwd=REPO, check=False
        )
        if proc.returncode != 0:
            return None
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(REPO.parent / "shared" / "corpus" / "dev"))
    ap.add_argument("--mails", type=int, default=5000)
    args = ap.parse_args(argv)
    files = sorted(p for p in Path(args.corpus).iterdir() if p.suffix in (".eml", ".ics"))
    if not files:
        print(f"no .eml/.ics files in {args.corpus}")
        return 2
    seeds = [p.read_bytes() for p in files]
    mails = [seeds[i % len(seeds)] for i in range(args.mails)]

    # This checkout's detector, not whatever followupd is installed (or a stale editable install).
    sys.path.insert(0, str(REPO))
    from followupd.detect import detect

    for raw in seeds:  # warm up: lazy imports, compiled regexes, zone caches
        detect(raw)
        _baseline(raw)
    base = _rate(_baseline, mails)
    ours = _rate(detect, mails)
    print(f"corpus: {args.corpus} ({len(seeds)} files repeated to {len(mails)} mails)")
    print(f"baseline (message_from_bytes + get_body): {base:8.0f} mails/s")
    print(
        f"followupd.detect.detect:                  {ours:8.0f} mails/s   "
        f"({ours / base:.2f}x baseline; target >= 1000/s)"
    )
    started = _startup()
    if started is None:
        print("CLI start-up: skipped (python -m followupd --help failed)")
    else:
        print(
            f"CLI start-up (python -m followupd --help, best of 5): {started * 1000:.0f} ms (target < 300 ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
