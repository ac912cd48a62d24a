"""The daily digest lists what waits for the user, through the configured transport."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

from followupd import config as config_module
from followupd.digest import send_digest
from followupd.runtime import Runtime
from tests.mailfactory import invite


def test_digest_lists_held_followups(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    for folder in (root, root / ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True)
    cfg = config_module.from_dict({
        "account": {"email": "jordan@example.test", "name": "Jordan Ellis", "timezone": "UTC"},
        "maildir": {"path": str(root)},
        "send": {"transport": "directory", "directory": str(tmp_path / "out"),
                 "window": "00:00-24:00", "weekdays": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]},
        "notify": {"digest": True},
        "paths": {"state_dir": str(tmp_path / "state")},
    }, environ={})
    now = datetime.now(UTC).replace(microsecond=0)
    raw, _, _ = invite(start=now - timedelta(hours=5), end=now - timedelta(hours=4),
                       date=now - timedelta(days=1))
    (root / "new" / "1.invite.local").write_bytes(raw)
    rt = Runtime.open(cfg)
    try:
        rt.sync(now - timedelta(hours=6))
        rt.outbox.run_pass(now)  # queue mode: the thank-you is held
        assert send_digest(rt, now)
    finally:
        rt.close()
    [sent] = (tmp_path / "out").glob("*.eml")
    msg = message_from_bytes(sent.read_bytes(), policy=policy.default)
    assert msg["To"] == "jordan@example.test"
    assert msg["Subject"] == "followupd: 1 follow-up(s) waiting for you"
    body = msg.get_body(("plain",)).get_content()
    assert "thank_you" in body and "dana.whitfield@northwind-robotics.example" in body
