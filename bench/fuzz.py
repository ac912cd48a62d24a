"""Fuzz bench: mutated mails through the detector and the tracker; report crashes and the slowest.

    python3 bench/fuzz.py [--count 100000] [--first 0] [--seed 1] [--out fuzz-out] [--only N]

The seeds are the project's own mails: ``tests/fixtures/detect/*.eml`` / ``*.ics`` and
``tests/mailfactory`` output (invites, updates, cancellations, replies, out-of-office). Mail
number ``i`` is built from ``Random(f"{seed}:{i}")`` alone, so any one of them can be rebuilt
without the others (``--only i``). Each mail gets one to three mutations: byte flips,
truncation, header duplication, MIME boundary damage, charset swaps, huge lines, deep multipart
nesting, header folding damage, base64 damage, NUL/control bytes, a lost header/body separator.

Each mail goes through ``followupd.detect.detect`` and then ``Tracker.apply`` on a real Store in
a temporary directory (every tenth as if read from the Sent folder). Any exception from either
is a crash: the mail is written to ``OUT/crash-<seed>-<i>.eml`` with the traceback next to it.
Prints crashes, the slowest mail and its time, the mails that grew the peak memory most, and
mails/s. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from followupd.detect import detect  # noqa: E402
from followupd.store import Store  # noqa: E402
from followupd.tracker import Tracker  # noqa: E402
from tests import factories, mailfactory  # noqa: E402

RECEIVED = datetime(2026, 3, 3, 9, 30, tzinfo=UTC)
STORE_ROTATE = 2_000  # a fresh Store every so many mails: state grows as on a real mailbox, bounded


# -- seeds --------------------------------------------------------------------------------------


def seeds() -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for path in sorted((REPO / "tests" / "fixtures" / "detect").iterdir()):
        if path.suffix in (".eml", ".ics"):
            out.append((path.name, path.read_bytes()))
    start = datetime(2026, 3, 10, 18, 0, tzinfo=UTC)
    raw, mid, uid = mailfactory.invite(start=start, message_id="<fuzz-invite@google.com>",
                                       uid="fuzz-uid@google.com", date=RECEIVED)
    out.append(("mailfactory.invite", raw))
    out.append(("mailfactory.update", mailfactory.invite(
        start=start + timedelta(days=1), uid=uid, sequence=1, references=(mid,), date=RECEIVED)[0]))
    out.append(("mailfactory.cancel", mailfactory.invite(
        start=start, uid=uid, method="CANCEL", sequence=2, references=(mid,), date=RECEIVED)[0]))
    out.append(("mailfactory.reply", mailfactory.reply(in_reply_to=mid)))
    out.append(("mailfactory.ooo", mailfactory.reply(in_reply_to=mid, auto=True)))
    return out


# -- mutations ----------------------------------------------------------------------------------

Mutation = Callable[[random.Random, bytes], bytes]


def _split(raw: bytes) -> tuple[bytes, bytes, bytes]:
    """(header, separator, body); separator empty when the mail has no blank line."""
    for sep in (b"\r\n\r\n", b"\n\n"):
        i = raw.find(sep)
        if i >= 0:
            return raw[:i], sep, raw[i + len(sep):]
    return raw, b"", b""


def byte_flips(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 40)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def truncate(rng: random.Random, raw: bytes) -> bytes:
    return raw[: rng.randrange(len(raw) + 1)]


def duplicate_headers(rng: random.Random, raw: bytes) -> bytes:
    head, sep, body = _split(raw)
    lines = head.split(b"\n")
    for _ in range(rng.randint(1, 6)):
        line = rng.choice(lines)
        lines.insert(rng.randrange(len(lines) + 1), line)
    extra = [b"Content-Type: multipart/mixed; boundary=\"x\"", b"Content-Type: text/calendar",
             b"From: <>", b"From: \"\" <@>", b"Message-ID: <>", b"Date: Mon, 99 Foo 2026 25:61:61 +9999",
             b"References: " + b"<a@b> " * rng.randint(1, 3000), b"Subject: =?utf-8?b?!!!?=",
             b"Content-Transfer-Encoding: base64", b"MIME-Version: 1.0 (x"]
    lines.insert(rng.randrange(len(lines) + 1), rng.choice(extra))
    return b"\n".join(lines) + sep + body


def boundary_damage(rng: random.Random, raw: bytes) -> bytes:
    marker = b"boundary="
    i = raw.find(marker)
    if i < 0:
        return byte_flips(rng, raw)
    choice = rng.randrange(4)
    if choice == 0:  # boundary parameter emptied
        return raw[: i + len(marker)] + b'""' + raw[i + len(marker):].split(b"\n", 1)[-1]
    if choice == 1:  # closing delimiters removed
        return raw.replace(b"--\r\n", b"\r\n").replace(b"--\n", b"\n")
    if choice == 2:  # a part's delimiter line mangled
        lines = raw.split(b"\n")
        idx = [n for n, ln in enumerate(lines) if ln.startswith(b"--")]
        if idx:
            n = rng.choice(idx)
            lines[n] = lines[n][: rng.randrange(len(lines[n]) + 1)] + b"x"
        return b"\n".join(lines)
    return raw[: i + len(marker)] + b"\"" + b"b" * rng.randint(70, 5000) + b"\"" + raw[i + len(marker):]


CHARSETS = [b"utf-8", b"us-ascii", b"iso-8859-1", b"windows-1252", b"utf-16", b"utf-7", b"shift_jis",
            b"gb2312", b"koi8-r", b"x-unknown", b"", b"utf-8\x00", b"iso-2022-jp", b"cp1251", b"utf-32"]


def charset_swap(rng: random.Random, raw: bytes) -> bytes:
    import re

    new = rng.choice(CHARSETS)
    out, n = re.subn(rb"(?i)charset=\"?[\w.:-]*\"?", b"charset=" + new, raw, count=rng.randint(1, 5))
    if n == 0:
        head, sep, body = _split(raw)
        out = head + b"\nContent-Type: text/plain; charset=" + new + (sep or b"\n\n") + body
    if rng.random() < 0.3:  # encoded words in a header, in the new charset
        out = b"Subject: =?" + new + b"?q?=E9=FF=00abc?= =?" + new + b"?b?////?=\n" + out
    return out


def huge_line(rng: random.Random, raw: bytes) -> bytes:
    size = rng.choice([10_000, 10_000, 10_000, 100_000, 100_000, 1_000_000])
    piece = rng.choice([b"a", b"=", b"<", b" ", b"\xff", b"Interview ", b"14:00 ", b"=?utf-8?q?x?= "])
    line = (piece * (size // len(piece) + 1))[:size]
    head, sep, body = _split(raw)
    if rng.random() < 0.5 or not sep:
        return head + b"\nX-Huge: " + line + (sep or b"\n\n") + body
    cut = rng.randrange(len(body) + 1)
    return head + sep + body[:cut] + line + body[cut:]


def deep_nesting(rng: random.Random, raw: bytes) -> bytes:
    depth = rng.choice([20, 100, 500, 2000])
    head, sep, body = _split(raw)
    kept = [ln for ln in head.split(b"\n") if not ln.lower().startswith(b"content-")]
    parts = [b"\n".join(kept), b"\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n"]
    for d in range(1, depth):
        parts.append(b"--b%d\nContent-Type: multipart/mixed; boundary=\"b%d\"\n\n" % (d - 1, d))
    parts.append(b"--b%d\nContent-Type: text/plain\n\n" % (depth - 1) + body + b"\n")
    if rng.random() < 0.5:  # closed properly, or not at all
        for d in range(depth - 1, -1, -1):
            parts.append(b"--b%d--\n" % d)
    return b"".join(parts)


def fold_damage(rng: random.Random, raw: bytes) -> bytes:
    head, sep, body = _split(raw)
    lines = head.split(b"\n")
    for _ in range(rng.randint(1, 5)):
        n = rng.randrange(len(lines))
        lines[n] = rng.choice([b" " + lines[n], b"\t", lines[n].replace(b":", b"", 1), b":" + lines[n],
                               lines[n] + b"\r\r", b" =?utf-8?b?" + b"A" * rng.randint(0, 9)])
    return b"\n".join(lines) + sep + body


def base64_damage(rng: random.Random, raw: bytes) -> bytes:
    head, sep, body = _split(raw)
    noise = bytes(rng.choice(b"ABCDEFabc0123+/=!*\r\n") for _ in range(rng.randint(1, 400)))
    head += b"\nContent-Transfer-Encoding: " + rng.choice([b"base64", b"quoted-printable", b"x-uue",
                                                           b"8bit", b"7bit"])
    cut = rng.randrange(len(body) + 1)
    return head + (sep or b"\n\n") + body[:cut] + noise + body[cut:]


def control_bytes(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 30)):
        data.insert(rng.randrange(len(data) + 1), rng.choice(b"\x00\x01\x0b\x0c\x1b\x7f\r\x85"))
    return bytes(data)


def lose_separator(rng: random.Random, raw: bytes) -> bytes:
    head, sep, body = _split(raw)
    return head + rng.choice([b"\n", b"\r\n", b"", b"\n \n"]) + body


def splice(rng: random.Random, raw: bytes, other: bytes) -> bytes:
    a = rng.randrange(len(raw) + 1)
    b = rng.randrange(len(other) + 1)
    return raw[:a] + other[b:]


MUTATIONS: list[Mutation] = [byte_flips, truncate, duplicate_headers, boundary_damage, charset_swap,
                             huge_line, deep_nesting, fold_damage, base64_damage, control_bytes,
                             lose_separator]


def build(seed: int, i: int, pool: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    """Mail number ``i`` (its description and bytes), from the seed and ``i`` alone."""
    rng = random.Random(f"{seed}:{i}")
    name, raw = rng.choice(pool)
    steps = [name]
    for _ in range(rng.choice([1, 1, 2, 3])):
        if rng.random() < 0.08:
            other_name, other = rng.choice(pool)
            raw = splice(rng, raw, other)
            steps.append(f"splice({other_name})")
        else:
            mutation = rng.choice(MUTATIONS)
            raw = mutation(rng, raw)
            steps.append(mutation.__name__)
    return " + ".join(steps), raw


# -- the run ------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--first", type=int, default=0, help="start at mail number N")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path("fuzz-out"))
    ap.add_argument("--only", type=int, default=None, help="run mail number N alone (a reproducer)")
    args = ap.parse_args(argv)
    pool = seeds()
    indices = [args.only] if args.only is not None else range(args.first, args.first + args.count)
    crashes: list[tuple[int, str, str]] = []
    slowest: list[tuple[float, int, str, int]] = []
    # peak RSS only ever rises, so a mail that raises it by much is the one that needed the memory
    growth: list[tuple[int, int, str, int]] = []
    kinds: Counter[str] = Counter()
    det_time = 0.0
    total_bytes = 0
    with tempfile.TemporaryDirectory(prefix="followupd-fuzz-") as tmp:
        tmp_path = Path(tmp)
        cfg = factories.config(tmp_path)
        store: Store | None = None
        tracker: Tracker | None = None
        started = time.perf_counter()
        for n, i in enumerate(indices):
            if store is None or n % STORE_ROTATE == 0:
                if store is not None:
                    store.close()
                db = tmp_path / f"state-{n // STORE_ROTATE}.sqlite3"
                store = Store.open(db)
                tracker = Tracker(store, cfg)
            assert tracker is not None
            what, raw = build(args.seed, i, pool)
            total_bytes += len(raw)
            peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            t0 = time.perf_counter()
            stage = "detect"
            try:
                d = detect(raw, received=RECEIVED)
                t1 = time.perf_counter()
                det_time += t1 - t0
                kinds[d.kind] += 1
                stage = "tracker"
                sent = i % 10 == 0
                tracker.apply(d, folder="Sent" if sent else "INBOX", key=f"1:{i}",
                              received_at=RECEIVED, is_sent_folder=sent, now=RECEIVED)
            except Exception:  # noqa: BLE001 - every crash is recorded, then the next mail
                args.out.mkdir(parents=True, exist_ok=True)
                base = args.out / f"crash-{args.seed}-{i}"
                base.with_suffix(".eml").write_bytes(raw)
                base.with_suffix(".txt").write_text(f"{stage}: {what}\n\n{traceback.format_exc()}")
                crashes.append((i, stage, what))
                print(f"CRASH in {stage} on mail {i} ({what}): {base.with_suffix('.eml')}", flush=True)
            elapsed = time.perf_counter() - t0
            grew_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
            if grew_kb > 0:
                growth.append((grew_kb, i, what, len(raw)))
                if len(growth) > 40:
                    growth.sort(reverse=True)
                    del growth[5:]
            slowest.append((elapsed, i, what, len(raw)))
            if len(slowest) > 40:
                slowest.sort(reverse=True)
                del slowest[5:]
            if n and n % 10_000 == 0:
                rate = n / (time.perf_counter() - started)
                peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(f"  {n:,} mails, {len(crashes)} crashes, {rate:,.0f} mails/s, "
                      f"peak {peak_mb:,.0f} MB", flush=True)
        wall = time.perf_counter() - started
        if store is not None:
            store.close()
    count = len(indices)
    slowest.sort(reverse=True)
    print(f"seed {args.seed}: {count:,} mutated mails from {len(pool)} seeds "
          f"({total_bytes / 1e6:,.0f} MB) through detect + tracker in {wall:,.1f} s: "
          f"{count / wall:,.0f} mails/s (detector alone {count / max(det_time, 1e-9):,.0f} mails/s)")
    print(f"verdicts: {dict(kinds.most_common())}")
    print(f"crashes: {len(crashes)}" + "".join(f"\n  mail {i} in {stage}: {what} -> "
                                               f"{args.out / f'crash-{args.seed}-{i}.eml'}"
                                               for i, stage, what in crashes))
    for elapsed, i, what, size in slowest[:5]:
        print(f"slow: mail {i}: {elapsed * 1000:,.1f} ms, {size:,} bytes ({what}); "
              f"rebuild with --seed {args.seed} --only {i}")
    growth.sort(reverse=True)
    for grew_kb, i, what, size in growth[:3]:
        print(f"memory: mail {i} raised the peak by {grew_kb / 1024:,.1f} MB, {size:,} bytes "
              f"({what}); rebuild with --seed {args.seed} --only {i}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
