"""The outbox against the real Dovecot and SMTP servers, on a simulated clock.

Every test goes mail → detector → tracker → outbox → SMTP, and states what reached the
server and what the state says: never twice, never lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from followupd import config as config_module
from followupd.runtime import Runtime
from followupd.store import FollowupRow
from tests.mailfactory import invite
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import SmtpServer


def make_config(tmp_path: Path, dovecot: DovecotServer, user: str, smtp: SmtpServer,
                **send: Any) -> config_module.Config:
    data = {
        "account": {"email": "jordan@example.test", "name": "Jordan Ellis",
                    "timezone": "Europe/Berlin"},
        "imap": {"host": dovecot.host, "port": dovecot.imaps_port, "security": "tls",
                 "username": user, "ca_file": str(dovecot.ca_file)},
        "smtp": {"host": smtp.host, "port": smtp.port, "security": "starttls",
                 "username": smtp.username, "ca_file": str(smtp.ca_file)},
        "send": {"mode": "send", "window": "00:00-24:00",
                 "weekdays": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], **send},
        "detect": {"since": "2d"},
        "paths": {"state_dir": str(tmp_path / "state")},
        "followup": [{"name": "thank_you", "template": "thank_you", "after": "1h"}],
    }
    return config_module.from_dict(data, environ={})


@pytest.fixture
def env(tmp_path: Path, dovecot: DovecotServer, dovecot_user: str,
        smtp_server: SmtpServer) -> dict[str, str]:
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "imap").write_text(dovecot.passwords[dovecot_user])
    (creds / "smtp").write_text(smtp_server.password)
    return {"CREDENTIALS_DIRECTORY": str(creds)}


@pytest.fixture
def runtime_factory(tmp_path: Path, dovecot: DovecotServer, dovecot_user: str,
                    smtp_server: SmtpServer, env: dict[str, str]) -> Iterator[Any]:
    opened: list[Runtime] = []

    def factory(**send: Any) -> Runtime:
        cfg = make_config(tmp_path, dovecot, dovecot_user, smtp_server, **send)
        rt = Runtime.open(cfg, environ=env)
        opened.append(rt)
        return rt

    yield factory
    for rt in opened:
        rt.close()


NOW = datetime.now(UTC).replace(microsecond=0)


def planned(rt: Runtime, dovecot: DovecotServer, user: str) -> tuple[FollowupRow, str]:
    """An interview that ended 2 hours ago → its thank-you falls due one hour after the end."""
    raw, mid, _ = invite(start=NOW - timedelta(hours=3), end=NOW - timedelta(hours=2),
                         date=NOW - timedelta(days=1))
    dovecot.append(user, "INBOX", raw)
    rt.sync(NOW - timedelta(hours=2, minutes=30))  # seen before the interview ended
    [row] = rt.store.list_followups()
    assert row.state == "planned"
    return row, mid


def test_451_is_retried_and_delivered_once(
    runtime_factory: Any, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    rt = runtime_factory()
    row, _ = planned(rt, dovecot, dovecot_user)
    smtp_server.script(data_reply="451 4.3.0 Temporary local problem")
    [event] = rt.outbox.run_pass(NOW)
    assert event.event == "retry"
    retry = rt.store.get_followup(row.id)
    assert retry.state == "due" and retry.next_attempt_at is not None
    assert retry.next_attempt_at - NOW <= timedelta(minutes=1)  # first retry within a minute
    assert rt.outbox.run_pass(NOW + timedelta(seconds=5)) == []  # not before its time
    [event] = rt.outbox.run_pass(NOW + timedelta(minutes=2))
    assert event.event == "sent"
    assert len(smtp_server.messages) == 1
    assert rt.outbox.run_pass(NOW + timedelta(minutes=3)) == []
    assert len(smtp_server.messages) == 1


def test_550_fails_for_good(
    runtime_factory: Any, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    rt = runtime_factory()
    row, _ = planned(rt, dovecot, dovecot_user)
    smtp_server.script(data_reply="550 5.7.1 Message rejected", times=5)
    [event] = rt.outbox.run_pass(NOW)
    assert event.event == "failed" and "550" in event.detail
    failed = rt.store.get_followup(row.id)
    assert failed.state == "failed" and "550" in (failed.last_error or "")
    assert rt.outbox.run_pass(NOW + timedelta(days=1)) == []
    assert smtp_server.messages == []


def test_drop_after_data_is_never_sent_twice(
    runtime_factory: Any, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    rt = runtime_factory()
    row, _ = planned(rt, dovecot, dovecot_user)
    smtp_server.script(drop="after_data")
    [event] = rt.outbox.run_pass(NOW)
    assert event.event == "in_doubt"
    assert len(smtp_server.messages) == 1  # the server has it
    held = rt.store.get_followup(row.id)
    assert held.state == "awaiting_approval" and "in doubt" in (held.held_reason or "")
    for hours in (1, 24, 72):
        assert rt.outbox.run_pass(NOW + timedelta(hours=hours)) == []
    rt.startup(NOW + timedelta(days=4))  # a restart does not resend it either
    assert rt.outbox.run_pass(NOW + timedelta(days=4)) == []
    assert len(smtp_server.messages) == 1


def test_sent_copy_is_filed_once_and_threaded(
    runtime_factory: Any, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    rt = runtime_factory()
    row, mid = planned(rt, dovecot, dovecot_user)
    [event] = rt.outbox.run_pass(NOW)
    assert event.event == "sent"
    [received] = smtp_server.messages
    assert received.message["In-Reply-To"] == mid
    sent_folder = dovecot.fetch_all(dovecot_user, "Sent")
    assert len(sent_folder) == 1 and row.message_id.encode() in sent_folder[0][2]
    rt.sync(NOW + timedelta(minutes=1))  # seeing our own copy in Sent changes nothing
    rt.startup(NOW + timedelta(minutes=2))
    assert len(dovecot.fetch_all(dovecot_user, "Sent")) == 1
    assert rt.store.get_followup(row.id).state == "sent"


def test_copy_owed_after_a_crash_is_filed_at_start_up(
    runtime_factory: Any, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    """Killed after committing `sent`, before the APPEND: the copy is filed on restart."""
    rt = runtime_factory()
    row, _ = planned(rt, dovecot, dovecot_user)
    assert rt.store.claim_for_sending(row.id, NOW)
    assert rt.store.mark_stage(row.id, "data")
    assert rt.store.mark_sent(row.id, NOW, copy_pending=True)
    assert dovecot.fetch_all(dovecot_user, "Sent") == []
    rt.startup(NOW + timedelta(minutes=1))
    [(_, _, copy)] = dovecot.fetch_all(dovecot_user, "Sent")
    assert row.message_id.encode() in copy
    assert rt.store.copies_pending() == []
    rt.startup(NOW + timedelta(minutes=2))
    assert len(dovecot.fetch_all(dovecot_user, "Sent")) == 1


def test_claimed_but_never_handed_over_is_resent_once(
    runtime_factory: Any, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    """Killed between claiming and the final dot: the server cannot have it; send once."""
    rt = runtime_factory()
    row, _ = planned(rt, dovecot, dovecot_user)
    assert rt.store.claim_for_sending(row.id, NOW)
    rt.startup(NOW + timedelta(minutes=1))
    assert rt.store.get_followup(row.id).state == "due"
    [event] = rt.outbox.run_pass(NOW + timedelta(minutes=1))
    assert event.event == "sent" and len(smtp_server.messages) == 1


def test_queue_mode_holds_until_approved(
    runtime_factory: Any, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    rt = runtime_factory(mode="queue")
    row, _ = planned(rt, dovecot, dovecot_user)
    [event] = rt.outbox.run_pass(NOW)
    assert event.event == "held" and smtp_server.messages == []
    assert rt.store.approve(row.id)
    [event] = rt.outbox.run_pass(NOW + timedelta(seconds=1))
    assert event.event == "sent" and len(smtp_server.messages) == 1


def test_late_followup_is_held_not_sent(
    runtime_factory: Any, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    rt = runtime_factory(grace="30m")
    row, _ = planned(rt, dovecot, dovecot_user)
    [event] = rt.outbox.run_pass(NOW + timedelta(hours=5))  # the machine was off meanwhile
    assert event.event == "held" and "late" in event.detail
    assert smtp_server.messages == []


def test_draft_mode_puts_it_in_drafts_and_sent_copy_marks_it_sent(
    runtime_factory: Any, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    rt = runtime_factory(mode="draft")
    row, _ = planned(rt, dovecot, dovecot_user)
    [event] = rt.outbox.run_pass(NOW)
    assert event.event == "drafted" and smtp_server.messages == []
    [(_, flags, draft)] = dovecot.fetch_all(dovecot_user, "Drafts")
    assert b"\\Draft" in flags and row.message_id.encode() in draft
    # the user sends it from their own client: it appears in Sent
    dovecot.append(dovecot_user, "Sent", draft, flags=["\\Seen"])
    rt.sync(NOW + timedelta(minutes=5))
    assert rt.store.get_followup(row.id).state == "sent"


def test_template_error_at_send_time_holds_with_the_error(
    tmp_path: Path, runtime_factory: Any, dovecot: DovecotServer, dovecot_user: str,
    smtp_server: SmtpServer,
) -> None:
    rt = runtime_factory()
    row, _ = planned(rt, dovecot, dovecot_user)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "thank_you.txt").write_text("Subject: Hi\n\n{{ interview.nonexistent }}\n")
    from followupd.templating import Templates

    rt.outbox.templates = Templates(templates)
    [event] = rt.outbox.run_pass(NOW)
    assert event.event == "held" and "nonexistent" in event.detail
    held = rt.store.get_followup(row.id)
    assert held.state == "awaiting_approval" and "thank_you.txt" in (held.held_reason or "")
    assert smtp_server.messages == []
