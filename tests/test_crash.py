"""`followupd run` killed with SIGKILL in the middle of a send, then started again.

The SMTP server is told to stop at a known point of the transaction, the process is killed
there, and after a restart each follow-up was delivered exactly once or is held in doubt:
none lost, none duplicated.
"""

from __future__ import annotations

import signal
import time
from datetime import UTC, datetime, timedelta

import pytest

from tests.daemon_process import Daemon, wait_for
from tests.mailfactory import invite
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import SmtpServer

pytestmark = pytest.mark.slow



def thank_you_state(d: Daemon) -> dict[str, object]:
    rows = d.status()["followups"]
    assert isinstance(rows, list) and len(rows) == 1
    return rows[0]


def kill_at(stall: str, d: Daemon, dovecot: DovecotServer, user: str, smtp: SmtpServer) -> None:
    smtp.script(stall=stall)  # type: ignore[arg-type]
    d.start()
    now = datetime.now(UTC)
    raw, _, _ = invite(start=now - timedelta(minutes=50), end=now - timedelta(seconds=5),
                       date=now - timedelta(days=1))
    dovecot.append(user, "INBOX", raw)
    assert smtp.wait_reached(30), "the daemon never reached the stall point"
    assert d.proc is not None
    d.proc.send_signal(signal.SIGKILL)
    d.proc.wait(5)
    smtp.release()
    time.sleep(0.5)  # let the stalled server session finish whatever it does
    d.start()


@pytest.mark.parametrize("stall", ["mail", "rcpt", "data"])
def test_killed_before_the_final_dot_is_delivered_exactly_once(
    stall: str, thank_you_daemon: Daemon, dovecot: DovecotServer, dovecot_user: str,
    smtp_server: SmtpServer,
) -> None:
    kill_at(stall, thank_you_daemon, dovecot, dovecot_user, smtp_server)
    wait_for(lambda: smtp_server.messages, 30, "the resent thank-you")
    time.sleep(3)
    assert len(smtp_server.messages) == 1
    assert thank_you_state(thank_you_daemon)["state"] == "sent"
    assert thank_you_daemon.stop() == 0


def test_killed_after_the_final_dot_is_held_in_doubt_not_resent(
    thank_you_daemon: Daemon, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    kill_at("data_end", thank_you_daemon, dovecot, dovecot_user, smtp_server)
    wait_for(lambda: thank_you_state(thank_you_daemon)["state"] == "awaiting_approval", 30,
             "the follow-up to be held in doubt")
    row = thank_you_state(thank_you_daemon)
    assert "in doubt" in str(row["held_reason"])
    time.sleep(3)
    assert len(smtp_server.messages) == 1  # the server's copy from before the kill, no other
    assert thank_you_daemon.stop() == 0


def test_sigterm_during_a_send_finishes_it_and_exits_0_within_5_s(
    thank_you_daemon: Daemon, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    smtp_server.script(stall="rcpt")
    thank_you_daemon.start()
    now = datetime.now(UTC)
    raw, _, _ = invite(start=now - timedelta(minutes=50), end=now - timedelta(seconds=5),
                       date=now - timedelta(days=1))
    dovecot.append(dovecot_user, "INBOX", raw)
    assert smtp_server.wait_reached(30)
    assert thank_you_daemon.proc is not None
    started = time.monotonic()
    thank_you_daemon.proc.send_signal(signal.SIGTERM)
    time.sleep(1)
    smtp_server.release()  # the server answers again: the send completes
    assert thank_you_daemon.proc.wait(5) == 0
    assert time.monotonic() - started < 5
    assert len(smtp_server.messages) == 1
    assert thank_you_state(thank_you_daemon)["state"] == "sent"
