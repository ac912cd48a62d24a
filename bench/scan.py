"""Scan benchmark: ImapSource.fetch_new against two baselines measured in the same run.

    python bench/scan.py [--sizes 3000 10000] [--idle-seconds 300] [--latency-ms 25] [--mbit 20]

A throwaway Dovecot (the test harness) holds a generated mailbox per size: 10% of the mails
carry a 150 KB PDF, a dozen are interview invites (text + calendar part). The client reaches it
through a small asyncio TCP proxy on 127.0.0.1 that adds ``latency`` each way and limits each
direction to ``mbit`` (a home link, not loopback). Each measurement runs in a child process so
its peak RSS (ru_maxrss) is its own:

  (a) one imapclient session: BODYSTRUCTURE + header + first 4 KB of text of every message
  (b) one imapclient session: RFC822 (whole message) of every message
  (c) ImapSource.fetch_new over everything (and the detector on each rebuilt message, when
      followupd.detect.detect is importable)

Targets: c <= 1.2 x a, b >= 4 x c, peak RSS of (c) <= 120 MB and flat from 3,000 to 10,000.
Then the idle cost: CPU seconds an ImapSource uses in ``wait`` with no mail.
Not run in CI (minutes of wall time); prints numbers.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import random
import resource
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from followupd.sources.imap import BATCH  # noqa: E402 — (a) uses the same batch size, fairly

INVITES = 12


# -- the shaped link ----------------------------------------------------------------------------


class ShapedProxy:
    """TCP proxy adding a one-way delay and a per-direction throughput cap."""

    def __init__(self, target: tuple[str, int], latency: float, bytes_per_s: float) -> None:
        self.target = target
        self.latency = latency
        self.rate = bytes_per_s
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> ShapedProxy:
        self._thread.start()
        self._ready.wait(5)
        return self

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0)
        )
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_r, up_w = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        await asyncio.gather(self._pipe(reader, up_w), self._pipe(up_r, writer),
                             return_exceptions=True)

    async def _pipe(self, src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def read() -> None:
            while True:
                chunk = await src.read(16384)
                await queue.put((time.monotonic(), chunk))
                if not chunk:
                    return

        async def write() -> None:
            link_free = 0.0
            while True:
                arrived, chunk = await queue.get()
                if not chunk:
                    dst.close()
                    return
                # Serialisation on the bottleneck, then propagation delay.
                start = max(link_free, arrived)
                link_free = start + len(chunk) / self.rate
                due = link_free + self.latency
                delay = due - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                dst.write(chunk)
                await dst.drain()

        await asyncio.gather(read(), write())


# -- the mailbox --------------------------------------------------------------------------------

WORDS = ("team schedule update project quarterly review notes please find attached thanks "
         "regards meeting tomorrow budget design release customer support invoice weekly").split()


def _text(rng: random.Random, size: int) -> str:
    words = []
    n = 0
    while n < size:
        w = rng.choice(WORDS)
        words.append(w)
        n += len(w) + 1
    lines = [" ".join(words[i : i + 12]) for i in range(0, len(words), 12)]
    return "\r\n".join(lines) + "\r\n"


def _pdf_b64(rng: random.Random) -> str:
    data = rng.randbytes(150_000)
    b64 = base64.b64encode(data).decode()
    return "\r\n".join(b64[i : i + 76] for i in range(0, len(b64), 76)) + "\r\n"


def make_mail(i: int, kind: str, rng: random.Random) -> bytes:
    date = (datetime(2026, 11, 20, tzinfo=UTC) - timedelta(minutes=i)).strftime(
        "%a, %d %b %Y %H:%M:%S +0000")
    head = (f"From: Sender {i} <sender{i % 97}@example.org>\r\nTo: me@example.com\r\n"
            f"Date: {date}\r\nMessage-ID: <bench-{kind}-{i}@example.org>\r\n"
            "MIME-Version: 1.0\r\n")
    if kind == "invite":
        ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nMETHOD:REQUEST\r\n"
               f"BEGIN:VEVENT\r\nUID:bench-{i}@acme.example\r\nDTSTART:20261210T150000Z\r\n"
               "DTEND:20261210T160000Z\r\nSUMMARY:Interview: Backend Engineer at Acme\r\n"
               "ORGANIZER;CN=Jane Recruiter:mailto:jane@acme.example\r\n"
               "ATTENDEE:mailto:me@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        body = (f"Subject: Interview confirmation: Backend Engineer at Acme ({i})\r\n"
                "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                "Hi,\r\n\r\nThank you for your time. Your interview for the Backend Engineer "
                "role at Acme is confirmed for Thursday, 10 December 2026 at 15:00 UTC "
                "(60 minutes, video call).\r\n\r\nBest,\r\nJane Recruiter\r\n"
                "--b1\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n"
                "Content-Disposition: attachment; filename=\"invite.ics\"\r\n\r\n"
                f"{ics}--b1\r\nContent-Type: application/pdf\r\n"
                "Content-Disposition: attachment; filename=\"role.pdf\"\r\n"
                f"Content-Transfer-Encoding: base64\r\n\r\n{_pdf_b64(rng)}--b1--\r\n")
    elif kind == "pdf":
        body = (f"Subject: {rng.choice(WORDS)} report {i}\r\n"
                "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                "--b1\r\nContent-Type: multipart/alternative; boundary=\"b2\"\r\n\r\n"
                f"--b2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{_text(rng, 800)}"
                f"--b2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>{_text(rng, 900)}</p>"
                "\r\n--b2--\r\n--b1\r\nContent-Type: application/pdf\r\n"
                "Content-Disposition: attachment; filename=\"report.pdf\"\r\n"
                f"Content-Transfer-Encoding: base64\r\n\r\n{_pdf_b64(rng)}--b1--\r\n")
    elif kind == "alt":
        body = (f"Subject: {rng.choice(WORDS)} newsletter {i}\r\n"
                "Content-Type: multipart/alternative; boundary=\"b2\"\r\n\r\n"
                f"--b2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{_text(rng, 1200)}"
                f"--b2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>{_text(rng, 1500)}</p>"
                "\r\n--b2--\r\n")
    else:
        body = (f"Subject: {rng.choice(WORDS)} {i}\r\n"
                "Content-Type: text/plain; charset=utf-8\r\n\r\n" + _text(rng, rng.randint(300, 2500)))
    return (head + body).encode()


def fill(server: Any, user: str, n: int, seed: int = 1) -> int:
    """Write n mails straight into the user's Maildir; returns the total bytes."""
    rng = random.Random(seed)  # noqa: S311 — test data
    invite_at = set(rng.sample(range(n), INVITES))
    total = 0
    base = time.time() - 86400
    for i in range(n):
        if i in invite_at:
            kind = "invite"
        elif i % 10 == 0:
            kind = "pdf"
        else:
            kind = "alt" if i % 3 == 0 else "plain"
        raw = make_mail(i, kind, rng)
        total += len(raw)
        server.deliver(user, "INBOX", raw, mtime=base + i)
    return total


# -- the measurements (each in its own child process) -------------------------------------------


def _client(port: int, ca_file: str, user: str, password: str) -> Any:
    from imapclient import IMAPClient

    c = IMAPClient("127.0.0.1", port=port, ssl=True, timeout=120,
                   ssl_context=ssl.create_default_context(cafile=ca_file))
    c.login(user, password)
    c.select_folder("INBOX", readonly=True)
    return c


def child(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    t0 = time.perf_counter()
    if args.child in ("a", "b"):
        c = _client(args.port, args.ca, args.user, args.password)
        uids = sorted(c.search("ALL"))
        items = (["BODYSTRUCTURE", "BODY.PEEK[HEADER]", "BODY.PEEK[TEXT]<0.4096>"]
                 if args.child == "a" else ["RFC822"])
        step = BATCH if args.child == "a" else 100
        received = 0
        for i in range(0, len(uids), step):
            for data in c.fetch(uids[i : i + step], items).values():
                for v in data.values():
                    received += len(v) if isinstance(v, bytes) else 0
        c.logout()
        out.update(messages=len(uids), payload_bytes=received)
    elif args.child == "c":
        from followupd.config_types import ImapConfig
        from followupd.sources.imap import ImapSource

        try:
            from followupd.detect import detect
            detect(b"Subject: x\r\n\r\nx\r\n")
        except (ImportError, NotImplementedError):
            detect = None  # type: ignore[assignment]
        cfg = ImapConfig(host="127.0.0.1", port=args.port, security="tls",
                         username=args.user, ca_file=Path(args.ca), timeout=120)
        src = ImapSource(cfg, args.password)
        n = raw_bytes = 0
        calendars, detected = [], []
        for m in src.fetch_new("INBOX", None, datetime(2000, 1, 1, tzinfo=UTC)):
            n += 1
            raw_bytes += len(m.raw)
            if b"BEGIN:VEVENT" in m.raw:
                calendars.append(m.message_id)
            if detect is not None:
                d = detect(m.raw, received=m.received_at)
                if d.interview:
                    detected.append(m.message_id)
        src.close()
        out.update(messages=n, payload_bytes=raw_bytes, calendars=calendars,
                   detected=detected if detect is not None else None)
    elif args.child == "idle":
        from followupd.config_types import ImapConfig
        from followupd.sources.imap import ImapSource

        cfg = ImapConfig(host="127.0.0.1", port=args.port, security="tls",
                         username=args.user, ca_file=Path(args.ca), timeout=120)
        src = ImapSource(cfg, args.password)
        for _ in src.fetch_new("INBOX", (0, 0), datetime.now(UTC)):
            pass
        ru0 = resource.getrusage(resource.RUSAGE_SELF)
        w0 = time.perf_counter()
        end = w0 + args.idle_seconds
        changes = 0
        while time.perf_counter() < end:
            changes += src.wait(end - time.perf_counter())
        ru1 = resource.getrusage(resource.RUSAGE_SELF)
        src.close()
        out.update(cpu_s=(ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime),
                   wall_s=time.perf_counter() - w0, changes=changes)
    out["seconds"] = time.perf_counter() - t0
    out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def run_child(kind: str, port: int, server: Any, user: str, idle_seconds: float = 0) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", kind, "--port", str(port), "--ca",
           str(server.ca_file), "--user", user, "--idle-seconds", str(idle_seconds)]
    env = dict(os.environ, BENCH_PASSWORD=server.passwords[user])  # not on the command line
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if res.returncode != 0:
        raise RuntimeError(f"child {kind} failed:\n{res.stderr}")
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


def warm(server: Any, user: str) -> None:
    """Let Dovecot index and cache the new mail before anything is timed (direct, no proxy)."""
    c = server.connect(user)
    c.select_folder("INBOX", readonly=True)
    uids = c.search("ALL")
    for i in range(0, len(uids), 2000):
        c.fetch(uids[i : i + 2000], ["BODYSTRUCTURE", "RFC822.SIZE", "INTERNALDATE",
                                      "BODY.PEEK[HEADER]"])
    c.logout()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[3000, 10000])
    ap.add_argument("--idle-seconds", type=float, default=300.0)
    ap.add_argument("--latency-ms", type=float, default=25.0)
    ap.add_argument("--mbit", type=float, default=20.0)
    ap.add_argument("--child", choices=["a", "b", "c", "idle"])
    ap.add_argument("--port", type=int)
    ap.add_argument("--ca")
    ap.add_argument("--user")
    args = ap.parse_args()
    if args.child:
        args.password = os.environ["BENCH_PASSWORD"]
        print(json.dumps(child(args)))
        return 0

    from tests.servers.certs import make_pki
    from tests.servers.dovecot import DovecotServer, free_port

    directory = Path(tempfile.mkdtemp(prefix="followupd-bench-"))
    server = DovecotServer(directory=directory, pki=make_pki(directory / "pki"),
                           imap_port=free_port(), imaps_port=free_port())
    users = {n: f"bench{n}" for n in args.sizes}
    for u in users.values():
        server.passwords[u] = os.urandom(9).hex()
    server.write_config()
    server.start()
    proxy = ShapedProxy((server.host, server.imaps_port), args.latency_ms / 1000,
                        args.mbit * 1e6 / 8).start()
    print(f"link: +{args.latency_ms:g} ms each way, {args.mbit:g} Mbit/s each direction "
          f"(proxy 127.0.0.1:{proxy.port} → dovecot imaps {server.imaps_port})")
    results: dict[int, dict[str, dict[str, Any]]] = {}
    try:
        for n, user in users.items():
            t = time.perf_counter()
            total = fill(server, user, n)
            warm(server, user)
            print(f"\n== {n} mails, {total / 1e6:.1f} MB (generated + indexed in "
                  f"{time.perf_counter() - t:.1f} s)")
            r = results[n] = {}
            for kind, label in (("a", "(a) BODYSTRUCTURE+HEADER+4KB text"),
                                ("c", "(c) ImapSource.fetch_new"),
                                ("b", "(b) RFC822 whole")):
                r[kind] = run_child(kind, proxy.port, server, user)
                print(f"{label:36s} {r[kind]['seconds']:8.1f} s  "
                      f"{r[kind]['payload_bytes'] / 1e6:8.1f} MB payload  "
                      f"peak RSS {r[kind]['max_rss_mb']:6.1f} MB  ({r[kind]['messages']} msgs)")
            a, b, c = (r[k]["seconds"] for k in "abc")
            print(f"c/a = {c / a:.2f} (target <= 1.2)   b/c = {b / c:.1f} (target >= 4)")
            cal = r["c"]["calendars"]
            print(f"invites with their calendar part in the rebuilt mail: {len(cal)}/{INVITES}")
            if r["c"]["detected"] is None:
                print("detector: followupd.detect not available yet — skipped")
            else:
                det = r["c"]["detected"]
                inv = [m for m in det if m and "invite" in m]
                print(f"detector: {len(inv)}/{INVITES} invites found, "
                      f"{len(det) - len(inv)} other messages flagged")
        if len(results) > 1:
            sizes = sorted(results)
            print("\npeak RSS of (c): " + ", ".join(
                f"{n}: {results[n]['c']['max_rss_mb']:.1f} MB" for n in sizes))
        if args.idle_seconds > 0:
            user = users[min(users)]
            r = run_child("idle", proxy.port, server, user, idle_seconds=args.idle_seconds)
            print(f"\nidle: {r['wall_s']:.0f} s of IDLE with no mail used {r['cpu_s']:.3f} s CPU "
                  f"(target <= 0.5 s per 300 s; {r['changes']} spurious wake-ups)")
    finally:
        server.stop()
        import shutil

        shutil.rmtree(directory, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
