"""The fault matrix: what followupd does when the servers, the network or its own state misbehave.

Against the real Dovecot and SMTP servers. The outbox tests run in-process on a simulated clock
(as tests/test_outbox.py, which already covers 451, 550, a drop after DATA, the late follow-up
after a clock jump and the Sent copy); the IMAP outage test runs `followupd run` as a process.
Every test states what reached the SMTP server: never twice, never lost.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from followupd import config as config_module
from followupd import daemon as daemon_module
from followupd.daemon import Daemon as InProcessDaemon
from followupd.runtime import DB_NAME, Runtime
from followupd.store import FollowupRow
from followupd.store import database as database_module
from tests.daemon_process import Daemon, wait_for
from tests.mailfactory import RECRUITER_ADDR, invite
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import SmtpServer
from tests.test_outbox import NOW

# -- an account on the test servers, with its SMTP settings open to change ------------------------


def make_config(tmp_path: Path, dovecot: DovecotServer, user: str, smtp: SmtpServer,
                smtp_overrides: dict[str, Any] | None = None) -> config_module.Config:
    data = {
        "account": {"email": "jordan@example.test", "name": "Jordan Ellis",
                    "timezone": "Europe/Berlin"},
        "imap": {"host": dovecot.host, "port": dovecot.imaps_port, "security": "tls",
                 "username": user, "ca_file": str(dovecot.ca_file)},
        "smtp": {"host": smtp.host, "port": smtp.port, "security": "starttls",
                 "username": smtp.username, "ca_file": str(smtp.ca_file), "timeout": 5,
                 **(smtp_overrides or {})},
        "send": {"mode": "send", "window": "00:00-24:00",
                 "weekdays": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]},
        "detect": {"since": "2d"},
        "paths": {"state_dir": str(tmp_path / "state")},
        "followup": [{"name": "thank_you", "template": "thank_you", "after": "1h"}],
    }
    return config_module.from_dict(data, environ={})


def creds(tmp_path: Path, dovecot: DovecotServer, user: str, smtp_password: str) -> dict[str, str]:
    d = tmp_path / f"creds-{len(list(tmp_path.glob('creds-*')))}"
    d.mkdir()
    (d / "imap").write_text(dovecot.passwords[user])
    (d / "smtp").write_text(smtp_password)
    return {"CREDENTIALS_DIRECTORY": str(d)}


@pytest.fixture
def open_runtime(tmp_path: Path, dovecot: DovecotServer, dovecot_user: str,
                 smtp_server: SmtpServer) -> Iterator[Any]:
    opened: list[Runtime] = []

    def factory(*, password: str | None = None, **smtp_overrides: Any) -> Runtime:
        cfg = make_config(tmp_path, dovecot, dovecot_user, smtp_server, smtp_overrides)
        env = creds(tmp_path, dovecot, dovecot_user, password or smtp_server.password)
        rt = Runtime.open(cfg, environ=env)
        opened.append(rt)
        return rt

    yield factory
    for rt in opened:
        rt.close()


def planned(rt: Runtime, dovecot: DovecotServer, user: str, n: int = 1) -> list[FollowupRow]:
    """``n`` interviews that ended 2 hours ago → ``n`` thank-yous due now."""
    for i in range(n):
        start = NOW - timedelta(hours=3, minutes=10 * i)
        raw, _, _ = invite(start=start, end=start + timedelta(hours=1), date=NOW - timedelta(days=1))
        dovecot.append(user, "INBOX", raw)
    rt.sync(NOW - timedelta(hours=2, minutes=30))  # seen before the interviews ended
    rows = rt.store.list_followups()
    assert len(rows) == n and all(r.state == "planned" for r in rows)
    return rows


# -- SMTP answers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("point", "reply"), [
    ("rcpt", "421 4.3.2 Service not available, closing transmission channel"),
    ("rcpt", "452 4.5.3 Too many recipients"),
    ("data", "421 4.3.2 Service shutting down"),
    ("data", "452 4.3.1 Insufficient system storage"),
])
def test_temporary_answers_are_retried_and_delivered_once(
    open_runtime: Any, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
    point: str, reply: str,
) -> None:
    rt = open_runtime()
    [row] = planned(rt, dovecot, dovecot_user)
    if point == "rcpt":
        smtp_server.script(refuse_rcpt=RECRUITER_ADDR, rcpt_reply=reply)
    else:
        smtp_server.script(data_reply=reply)
    [event] = rt.outbox.run_pass(NOW)
    assert event.event == "retry" and reply[:3] in event.detail
    retry = rt.store.get_followup(row.id)
    assert retry.state == "due" and retry.next_attempt_at is not None
    assert smtp_server.messages == []
    [event] = rt.outbox.run_pass(NOW + timedelta(minutes=2))
    assert event.event == "sent"
    for minutes in (3, 60, 24 * 60):
        assert rt.outbox.run_pass(NOW + timedelta(minutes=minutes)) == []
    assert len(smtp_server.messages) == 1
    assert rt.store.get_followup(row.id).state == "sent"


@pytest.mark.parametrize(("point", "reply"), [
    ("rcpt", "554 5.7.1 Relay access denied"),
    ("data", "554 5.7.1 Message rejected as spam"),
])
def test_554_fails_for_good_and_is_never_retried(
    open_runtime: Any, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
    point: str, reply: str,
) -> None:
    rt = open_runtime()
    [row] = planned(rt, dovecot, dovecot_user)
    if point == "rcpt":
        smtp_server.script(refuse_rcpt=RECRUITER_ADDR, rcpt_reply=reply, times=5)
    else:
        smtp_server.script(data_reply=reply, times=5)
    [event] = rt.outbox.run_pass(NOW)
    assert event.event == "failed" and "554" in event.detail
    for hours in (1, 24, 72):
        assert rt.outbox.run_pass(NOW + timedelta(hours=hours)) == []
    failed = rt.store.get_followup(row.id)
    assert failed.state == "failed" and failed.attempts == 1 and "554" in (failed.last_error or "")
    assert smtp_server.messages == []


def test_reset_before_data_is_retried_and_delivered_once(
    open_runtime: Any, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    rt = open_runtime()
    [row] = planned(rt, dovecot, dovecot_user)
    smtp_server.script(drop="before_data")
    [event] = rt.outbox.run_pass(NOW)
    assert event.event == "retry" and smtp_server.messages == []
    [event] = rt.outbox.run_pass(NOW + timedelta(minutes=2))
    assert event.event == "sent"
    assert rt.outbox.run_pass(NOW + timedelta(hours=1)) == []
    assert len(smtp_server.messages) == 1


# -- TLS handshake failures: retried with backoff, never downgraded, no password in clear -----------


@pytest.mark.parametrize("mix_up", ["implicit_tls_on_the_starttls_port", "starttls_not_offered"])
def test_tls_failure_is_retried_with_backoff_and_never_sends_the_password(
    open_runtime: Any, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
    caplog: pytest.LogCaptureFixture, mix_up: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    if mix_up == "implicit_tls_on_the_starttls_port":
        rt = open_runtime(security="tls", port=smtp_server.port)  # the server greets in plain text
    else:
        rt = open_runtime(security="starttls", port=smtp_server.plain_port)  # no STARTTLS offered
    [row] = planned(rt, dovecot, dovecot_user)
    events = []
    for minute in range(0, 31):  # a pass every minute for half an hour
        events += rt.outbox.run_pass(NOW + timedelta(minutes=minute))
    assert events and all(e.event == "retry" for e in events)
    attempts = rt.store.get_followup(row.id).attempts
    assert attempts == len(events) and 4 <= attempts <= 7  # 30 s, 1, 2, 4, 8, 16 min ±20 %
    assert rt.store.get_followup(row.id).state == "due"
    assert smtp_server.auth_attempts == [] and smtp_server.messages == []
    assert smtp_server.password not in caplog.text


# -- a wrong SMTP password: backed off hard, said once, nothing failed or lost -------------------------


def test_wrong_password_backs_off_says_so_once_and_sends_once_fixed(
    open_runtime: Any, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    wrong = "wrong-Passw0rd-for-the-test"
    rt = open_runtime(password=wrong)
    rows = planned(rt, dovecot, dovecot_user, n=3)
    for minute in range(0, 6 * 60 + 1, 2):  # a pass every 2 minutes for 6 hours
        rt.outbox.run_pass(NOW + timedelta(minutes=minute))
    attempts = smtp_server.auth_attempts
    # 0, 15 min, 45 min, 1 h 45, 3 h 45: one login per try, not one per follow-up
    assert len(attempts) == 5 and not any(ok for _, ok in attempts)
    states = [rt.store.get_followup(r.id) for r in rows]
    # Nothing failed (the messages are not at fault) and nothing was lost; those that waited past
    # send.grace without a single try are held for approval, as after the machine was off.
    assert {f.state for f in states} <= {"planned", "due", "awaiting_approval"}
    assert all("refused" in (f.last_error or f.held_reason or "") for f in states)
    said = [r for r in caplog.records if r.levelno >= logging.ERROR and "refused authentication" in
            r.getMessage()]
    assert len(said) == 1 and "auth set smtp" in said[0].getMessage()
    assert wrong not in caplog.text and smtp_server.password not in caplog.text
    assert smtp_server.messages == []

    # The user fixes the password and reloads: tried at once, not at the next 4-hourly try.
    fixed = NOW + timedelta(hours=6, minutes=1)
    (Path(rt.environ["CREDENTIALS_DIRECTORY"]) / "smtp").write_text(smtp_server.password)
    rt.reconfigure(rt.config, fixed)
    for f in rt.store.list_followups(("awaiting_approval",)):
        assert rt.store.approve(f.id, fixed)
    rt.outbox.run_pass(fixed + timedelta(seconds=1))
    assert [f.state for f in rt.store.list_followups()] == ["sent"] * 3
    assert all(ok for _, ok in smtp_server.auth_attempts[5:])  # no refused login after the fix
    assert rt.outbox.run_pass(fixed + timedelta(hours=5)) == []
    assert len(smtp_server.messages) == 3
    assert len({m.message["Message-ID"] for m in smtp_server.messages}) == 3


# -- the state database locked (or full) -------------------------------------------------------------


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite waits this long for a lock before "database is locked" (10 s in production)."""
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)


class WriteLock:
    """Another process holding the write lock: ``BEGIN IMMEDIATE`` on its own connection."""

    def __init__(self, rt: Runtime) -> None:
        self.conn = sqlite3.connect(rt.config.state_dir / DB_NAME, isolation_level=None)

    def __enter__(self) -> WriteLock:
        self.conn.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, *exc: object) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


def test_locked_before_the_claim_keeps_the_row_and_sends_once_later(
    short_busy_timeout: None, open_runtime: Any, dovecot: DovecotServer, dovecot_user: str,
    smtp_server: SmtpServer,
) -> None:
    rt = open_runtime()
    [row] = planned(rt, dovecot, dovecot_user)
    with WriteLock(rt), pytest.raises(sqlite3.OperationalError, match="locked"):
        rt.outbox.run_pass(NOW)
    kept = rt.store.get_followup(row.id)
    assert kept.state == "planned" and kept.attempts == 0 and smtp_server.messages == []
    [event] = rt.outbox.run_pass(NOW + timedelta(minutes=1))
    assert event.event == "sent" and len(smtp_server.messages) == 1


def _pass_in_thread(rt: Runtime, errors: list[BaseException]) -> threading.Thread:
    def run() -> None:
        try:
            rt.outbox.run_pass(NOW)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            errors.append(exc)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t


def test_locked_at_the_commit_point_hangs_up_before_the_dot_and_sends_once_later(
    short_busy_timeout: None, open_runtime: Any, dovecot: DovecotServer, dovecot_user: str,
    smtp_server: SmtpServer,
) -> None:
    rt = open_runtime()
    [row] = planned(rt, dovecot, dovecot_user)
    smtp_server.script(stall="data")  # the message body is about to go
    errors: list[BaseException] = []
    sender = _pass_in_thread(rt, errors)
    assert smtp_server.wait_reached()
    with WriteLock(rt):
        smtp_server.release()
        sender.join(10)
    assert len(errors) == 1 and isinstance(errors[0], sqlite3.OperationalError)
    assert rt.store.get_followup(row.id).state == "sending"
    time.sleep(0.2)
    assert smtp_server.messages == []  # no final ".": the server dropped it
    events = rt.outbox.run_pass(NOW + timedelta(minutes=1))  # settles, then sends
    assert [e.event for e in events] == ["recovered", "sent"]
    assert rt.outbox.run_pass(NOW + timedelta(hours=1)) == []
    rt.startup(NOW + timedelta(hours=2))
    assert len(smtp_server.messages) == 1 and rt.store.get_followup(row.id).state == "sent"


def test_locked_after_the_server_accepted_records_sent_later_and_never_resends(
    short_busy_timeout: None, open_runtime: Any, dovecot: DovecotServer, dovecot_user: str,
    smtp_server: SmtpServer,
) -> None:
    rt = open_runtime()
    [row] = planned(rt, dovecot, dovecot_user)
    smtp_server.script(stall="data_end")  # stored, the 250 not sent yet
    errors: list[BaseException] = []
    sender = _pass_in_thread(rt, errors)
    assert smtp_server.wait_reached()
    with WriteLock(rt):
        smtp_server.release()
        sender.join(10)
    assert len(errors) == 1 and isinstance(errors[0], sqlite3.OperationalError)
    assert len(smtp_server.messages) == 1
    [event] = rt.outbox.run_pass(NOW + timedelta(minutes=1))
    assert event.event == "sent"
    sent = rt.store.get_followup(row.id)
    assert sent.state == "sent" and not sent.copy_pending
    rt.startup(NOW + timedelta(hours=1))
    assert rt.outbox.run_pass(NOW + timedelta(days=1)) == []
    assert len(smtp_server.messages) == 1
    assert len(dovecot.fetch_all(dovecot_user, "Sent")) == 1


def test_the_daemon_loop_logs_a_locked_database_and_carries_on(
    short_busy_timeout: None, monkeypatch: pytest.MonkeyPatch, open_runtime: Any,
    dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(daemon_module, "STORE_RETRY", (0.01, 0.05))
    rt = open_runtime()
    [row] = planned(rt, dovecot, dovecot_user)
    raw, _, _ = invite(start=NOW + timedelta(days=3), date=NOW)
    dovecot.append(dovecot_user, "INBOX", raw)
    loop = InProcessDaemon(None, environ={}, clock=lambda: NOW)
    loop.runtime = rt
    caplog.set_level(logging.WARNING)
    with WriteLock(rt):
        loop.sync()  # the new invite cannot be recorded
        loop.outbox_pass()  # nor the follow-up claimed
    said = [r.getMessage() for r in caplog.records if "state database" in r.getMessage()]
    assert len(said) == 2 and all("locked" in line for line in said)
    assert len(rt.store.list_interviews()) == 1 and smtp_server.messages == []
    loop.sync()
    loop.outbox_pass()
    assert len(rt.store.list_interviews()) == 2  # the invite read again: nothing lost
    assert rt.store.get_followup(row.id).state == "sent" and len(smtp_server.messages) == 1


def test_a_full_disk_stops_nothing_for_good_and_loses_nothing(
    monkeypatch: pytest.MonkeyPatch, open_runtime: Any, dovecot: DovecotServer, dovecot_user: str,
    smtp_server: SmtpServer, caplog: pytest.LogCaptureFixture,
) -> None:
    """SQLITE_FULL, for real: the database may not grow by a page (max_page_count)."""
    monkeypatch.setattr(daemon_module, "STORE_RETRY", (0.01, 0.05))
    rt = open_runtime()
    [row] = planned(rt, dovecot, dovecot_user)
    for i in range(30):  # more than the slack left in the tables' last pages
        raw, _, _ = invite(start=NOW + timedelta(days=3, hours=i), date=NOW)
        dovecot.append(dovecot_user, "INBOX", raw)
    loop = InProcessDaemon(None, environ={}, clock=lambda: NOW)
    loop.runtime = rt
    conn = rt.store._conn  # the daemon's own connection: a full disk is what it would see
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    conn.execute("CREATE TABLE filler (x BLOB)")
    for size in (4096, 256, 16, 1):  # fill it to the last byte
        with pytest.raises(sqlite3.OperationalError, match="full"):
            for _ in range(10_000):
                conn.execute("INSERT INTO filler VALUES (zeroblob(?))", (size,))
    caplog.set_level(logging.WARNING)
    for _ in range(3):
        loop.sync()
        loop.outbox_pass()
    full = [r.getMessage() for r in caplog.records if "state database" in r.getMessage()]
    assert full and all("full" in line for line in full)
    assert smtp_server.messages == [] or rt.store.get_followup(row.id).state in ("sent", "sending")
    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    conn.execute("DROP TABLE filler")
    loop.sync()
    loop.outbox_pass()
    loop.outbox_pass()
    assert len(rt.store.list_interviews()) == 31  # every invite read: nothing lost
    assert rt.store.get_followup(row.id).state == "sent" and len(smtp_server.messages) == 1


# -- a mail that cannot be stored as it is must not stop the mailbox ------------------------------------


def test_undecodable_bytes_in_message_ids_do_not_stop_the_mailbox(
    open_runtime: Any, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    """Found by bench/fuzz.py: 8-bit bytes in Message-ID/References reached SQLite as lone
    surrogates, the transaction raised, the cursor never moved: every sync died on that mail."""
    rt = open_runtime()
    raw, _, _ = invite(start=NOW + timedelta(days=2), date=NOW, message_id="<PLACEHOLDER@x>",
                       references=("<parent@x>",))
    poisoned = (raw.replace(b"<PLACEHOLDER@x>", b"<caf\xe9-\xff\xfe@google.com>")
                .replace(b"<parent@x>", b"<p\xe4rent@x>"))
    dovecot.append(dovecot_user, "INBOX", poisoned)
    later, _, _ = invite(start=NOW + timedelta(days=4), date=NOW)
    dovecot.append(dovecot_user, "INBOX", later)
    rt.sync(NOW)
    assert len(rt.store.list_interviews()) == 2  # both read; neither repeated on the next sync
    rt.sync(NOW + timedelta(minutes=1))
    assert len(rt.store.list_interviews()) == 2 and len(rt.store.list_followups()) == 2


# -- IMAP: the server goes away and comes back, under the running daemon -------------------------



@pytest.mark.slow
def test_daemon_survives_dovecot_stopped_and_started_and_reads_what_came_after(
    thank_you_daemon: Daemon, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    from datetime import UTC, datetime

    thank_you_daemon.start()
    dovecot.stop()
    try:
        time.sleep(4)  # the daemon notices (IDLE drops, a poll fails) and backs off
        assert thank_you_daemon.proc is not None and thank_you_daemon.proc.poll() is None
    finally:
        dovecot.start()
    now = datetime.now(UTC)
    raw, _, _ = invite(start=now - timedelta(minutes=50), end=now - timedelta(seconds=5),
                       date=now - timedelta(days=1))
    dovecot.append(dovecot_user, "INBOX", raw)
    wait_for(lambda: len(smtp_server.messages) == 1, 60, "the thank-you after the restart")
    time.sleep(3)
    assert len(smtp_server.messages) == 1
    assert thank_you_daemon.proc is not None and thank_you_daemon.proc.poll() is None
    log = thank_you_daemon.log.read_text()
    assert "mailbox: " in log and "reconnected" in log  # it said what happened
    assert thank_you_daemon.stop() == 0


@pytest.mark.slow
def test_a_wrong_imap_password_keeps_the_daemon_up_says_so_once_and_a_reload_fixes_it(
    thank_you_daemon: Daemon, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    """Exiting would have systemd try the wrong password every RestartSec: a lock-out pattern."""
    import signal
    from datetime import UTC, datetime

    creds = Path(thank_you_daemon.env["CREDENTIALS_DIRECTORY"]) / "imap"
    creds.write_text("Wr0ng-imap-password-5150\n")
    thank_you_daemon.start()  # READY=1: up, although the mailbox refused it
    time.sleep(6)  # three poll intervals and more than one watchdog interval
    assert thank_you_daemon.proc is not None and thank_you_daemon.proc.poll() is None
    log = thank_you_daemon.log.read_text()
    assert log.count("login failed") == 1, log
    assert "followupd auth set imap" in log and "Wr0ng-imap-password-5150" not in log

    creds.write_text(dovecot.passwords[dovecot_user] + "\n")  # fixed; then `systemctl reload`
    now = datetime.now(UTC)
    raw, _, _ = invite(start=now - timedelta(minutes=50), end=now - timedelta(seconds=5),
                       date=now - timedelta(days=1))
    dovecot.append(dovecot_user, "INBOX", raw)
    thank_you_daemon.proc.send_signal(signal.SIGHUP)
    wait_for(lambda: len(smtp_server.messages) == 1, 60, "the thank-you after the reload")
    log = thank_you_daemon.log.read_text()
    assert log.count("login failed") == 1 and "login accepted again" in log
    assert thank_you_daemon.stop() == 0

