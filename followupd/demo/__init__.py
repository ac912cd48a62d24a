"""`followupd demo`: the real pipeline on a bundled mailbox, with no account and no network.

The sample mails (``demo/mail/*.eml``: three confirmations, three look-alikes and a reply) are
delivered one by one into a temporary Maildir as a simulated clock passes their Date headers;
at each step the real Maildir source, detector, tracker and outbox run, and follow-ups are
"sent" by the directory transport. The clock is simulated so that a week of follow-ups plays
out in a second; nothing else is.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from email import message_from_bytes
from email.parser import BytesHeaderParser
from email.policy import default
from email.utils import parsedate_to_datetime
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

Echo = Callable[[str], None]

ACCOUNT = {"email": "jordan.ellis@example.com", "name": "Jordan Ellis",
           "timezone": "America/New_York"}
HORIZON = timedelta(days=14)  # how long after the last mail the clock runs on


def demo_config(root: Path) -> dict[str, Any]:
    return {
        "account": ACCOUNT,
        "maildir": {"path": str(root / "Maildir"), "folders": ["INBOX"], "sent_folder": "Sent"},
        "send": {"mode": "send", "transport": "directory", "directory": str(root / "outbox")},
        "paths": {"state_dir": str(root / "state")},
    }


def sample_mails() -> list[tuple[datetime, str, bytes]]:
    """(Date, name, bytes) of the bundled mails, oldest first."""
    out = []
    for entry in resources.files("followupd.demo").joinpath("mail").iterdir():
        if not entry.name.endswith(".eml"):
            continue
        raw = entry.read_bytes()
        headers = BytesHeaderParser(policy=default).parsebytes(raw)
        out.append((parsedate_to_datetime(str(headers["Date"])), entry.name, raw))
    return sorted(out)


def _deliver(maildir: Path, name: str, raw: bytes, when: datetime) -> None:
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    target = maildir / "new" / f"{int(when.timestamp())}.demo-{name.removesuffix('.eml')}.localhost"
    target.write_bytes(raw)
    stamp = when.timestamp()
    import os

    os.utime(target, (stamp, stamp))  # the source takes the arrival time from the mtime


def run(echo: Echo, keep: Path | None = None) -> int:
    from followupd import config as config_module
    from followupd.compose import render_preview
    from followupd.runtime import Runtime
    from followupd.transports import safe_filename

    root = keep or Path(tempfile.mkdtemp(prefix="followupd-demo-"))
    cfg = config_module.from_dict(demo_config(root), path=None, environ={})
    tz = ZoneInfo(cfg.account.timezone)
    mails = sample_mails()
    echo(f"followupd demo: {len(mails)} sample mails, replayed into {root / 'Maildir'}")
    echo("A simulated clock runs from the first mail to a week after the last; follow-ups are "
         f"written to {root / 'outbox'} instead of being mailed.\n")
    for folder in (root / "Maildir", root / "Maildir" / ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    runtime = Runtime.open(cfg)
    try:
        pending = list(mails)
        clock = mails[0][0] - timedelta(minutes=1)
        end = mails[-1][0] + HORIZON
        while clock <= end:
            due = runtime.next_due(clock)
            next_mail = pending[0][0] if pending else None
            steps = [t for t in (due, next_mail) if t is not None and t <= end]
            if not steps:
                break
            clock = max(clock, min(steps))
            while pending and pending[0][0] <= clock:
                when, name, raw = pending.pop(0)
                _deliver(root / "Maildir", name, raw, when)
            for synced in runtime.syncer.sync(clock):
                d = synced.detection
                stamp = clock.astimezone(tz).strftime("%a %d %b %H:%M")
                verdict = (f"interview {d.kind}: {d.company or '?'}"
                           f"{' - ' + d.role if d.role else ''}, "
                           f"{d.start.astimezone(tz):%a %d %b %H:%M %Z}" if d.interview and d.start
                           else f"not an interview ({d.kind})")
                echo(f"[{stamp}] mail “{d.subject[:70]}”\n            → {verdict}")
                if d.interview:
                    echo(f"            contact: {d.contact or 'none found'}; because: "
                         f"{', '.join(d.reasons[:4])}")
                for event in synced.events:
                    echo(f"            {event.describe()}")
            for sent in runtime.outbox.run_pass(clock):
                stamp = clock.astimezone(tz).strftime("%a %d %b %H:%M")
                echo(f"[{stamp}] follow-up {sent.followup_id}: {sent.event} {sent.detail}")
                if sent.event == "sent":
                    row = runtime.store.get_followup(sent.followup_id)
                    written = root / "outbox" / safe_filename(row.message_id)
                    echo(_indent(render_preview(message_from_bytes(written.read_bytes(),
                                                                   policy=default))))
            clock += timedelta(seconds=1)
        echo("")
        echo(runtime.status_line())
    finally:
        runtime.close()
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


def _indent(text: str) -> str:
    return "\n".join(f"    | {line}" if line else "    |" for line in text.splitlines()) + "\n"
