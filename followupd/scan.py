"""`followupd scan`: one read-only pass over the mailbox, saying what followupd would do.

Nothing is written: not the mailbox (BODY.PEEK), not the state. Follow-ups are planned with
the same rules the daemon uses, but only printed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from followupd import plan
from followupd.config_types import Config
from followupd.detect import Detection
from followupd.sources.base import FetchedMessage


@dataclass(frozen=True)
class ScanResult:
    message: FetchedMessage
    detection: Detection
    followups: tuple[tuple[str, datetime], ...]  # (rule name, due time)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": None,
            **self.detection.to_json(),
            "folder": self.message.folder,
            "uid": self.message.uid,
            "message_id": self.message.message_id,
            "followups": [{"name": n, "due": t.isoformat()} for n, t in self.followups],
        }

    def describe(self, cfg: Config) -> str:
        d = self.detection
        tz = ZoneInfo(cfg.account.timezone)
        when = d.start.astimezone(tz).strftime("%a %d %b %Y %H:%M %Z") if d.start else "no time"
        what = f"{d.company or 'unknown company'}{' - ' + d.role if d.role else ''}"
        lines = [f"{self.message.folder} #{self.message.uid or self.message.key}: interview "
                 f"{d.kind}: {what}, {when}, contact {d.contact or 'none found'}",
                 f"    because: {', '.join(d.reasons)}"]
        for name, due in self.followups:
            lines.append(f"    would plan {name} for {due.astimezone(tz):%a %d %b %Y %H:%M %Z}")
        return "\n".join(lines)


def plan_for(cfg: Config, d: Detection) -> tuple[tuple[str, datetime], ...]:
    if d.kind not in ("scheduled", "rescheduled") or d.start is None or d.contact is None:
        return ()
    tz = ZoneInfo(d.timezone) if d.timezone else ZoneInfo(cfg.account.timezone)
    return tuple((rule.name, plan.due_time(rule, d.start, d.end, cfg.send, tz))
                 for rule in cfg.followups)


def scan(cfg: Config, window: timedelta, *, now: datetime | None = None,
         progress: bool = False) -> Iterator[ScanResult]:
    from followupd.daemon import utcnow
    from followupd.runtime import open_source

    now = now or utcnow()
    source = open_source(cfg)
    folders = list(cfg.imap.folders if cfg.imap else cfg.maildir.folders if cfg.maildir else ())
    seen = 0
    from followupd.detect.conversations import Conversations

    threads = Conversations(cfg.detect.rules)
    try:
        for folder in folders:
            for msg in source.fetch_new(folder, None, now - window):
                seen += 1
                if progress and seen % 50 == 0:
                    sys.stderr.write(f"\rscanned {seen} messages in {folder}…")
                    sys.stderr.flush()
                # As the daemon does: a reply in a coming interview's thread is about it.
                d = threads.detect(msg.raw, received=msg.received_at)
                if d.interview:
                    yield ScanResult(msg, d, plan_for(cfg, d))
    finally:
        if progress and seen >= 50:
            sys.stderr.write(f"\rscanned {seen} messages.{' ' * 20}\n")
        source.close()
