"""The daemon's sync reads a reply in a coming interview's thread as being about it: a move
that never says "interview" again still moves the interview and its follow-ups (real Maildir
source, real store and tracker)."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

from followupd.config_types import MaildirConfig
from followupd.sources.maildir import MaildirSource
from followupd.store import Store
from followupd.sync import Syncer
from followupd.tracker import Tracker
from tests.factories import config

ORIGINAL = "<c1@quillbrook.example>"


def _mail(subject: str, body: str, mid: str, sent: datetime, in_reply_to: str | None = None) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Tess Moreau <tess.moreau@quillbrook.example>"
    msg["To"] = "Jordan Ellis <jordan@example.test>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = mid
    if in_reply_to:
        msg["In-Reply-To"] = msg["References"] = in_reply_to
    msg.set_content(body)
    return msg.as_bytes()


def _deliver(root: Path, name: str, raw: bytes) -> None:
    (root / "new" / name).write_bytes(raw)


def test_a_reply_that_moves_the_interview_without_naming_it_moves_it(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    for folder in (root, root / ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True)
    cfg = replace(config(tmp_path), maildir=MaildirConfig(path=root))
    now = datetime.now(UTC).replace(microsecond=0)
    first = (now + timedelta(days=10)).replace(hour=14, minute=0, second=0)
    moved = (now + timedelta(days=11)).replace(hour=16, minute=0, second=0)
    store = Store.open(tmp_path / "state.sqlite3")
    try:
        syncer = Syncer(cfg, store, MaildirSource(cfg.maildir), Tracker(store, cfg))
        _deliver(root, "1.a", _mail(
            "Quillbrook - next steps",
            f"Hi Jordan,\n\nYour interview with Priya Anand is confirmed for {first:%A, %d %B %Y} at 14:00 "
            "UTC.\n\nTess Moreau\nTalent Acquisition, Quillbrook\n", ORIGINAL, now))
        syncer.sync(now)
        [iv] = store.list_interviews()
        assert iv.start == first

        raw = _mail("Re: Quillbrook - next steps",
                    f"Hi Jordan,\n\nPriya got pulled into a board meeting, so I've moved you to "
                    f"{moved:%A, %d %B %Y} at 16:00 UTC instead. Same video link.\n\nTess\n",
                    "<c2@quillbrook.example>", now, ORIGINAL)
        _deliver(root, "2.b", raw)
        os.utime(root / "new" / "2.b", (now.timestamp() + 60, now.timestamp() + 60))
        [synced] = syncer.sync(now + timedelta(minutes=1))
        assert synced.detection.kind == "rescheduled", synced.detection.reasons
        [iv] = store.list_interviews()
        assert iv.start == moved
        thank_you = next(f for f in store.list_followups() if f.rule == "thank_you")
        assert thank_you.due_at >= moved
    finally:
        store.close()
