"""From a mail appended to the real Dovecot to a mail received by the real SMTP server.

`followupd run` runs as its own process, exactly as systemd starts it (with a stand-in
NOTIFY_SOCKET to know when it is ready), with rules of a few seconds.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from tests.mailfactory import RECRUITER_ADDR, invite, reply
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import SmtpServer

pytestmark = pytest.mark.slow

ME = "jordan@example.test"


def wait_for(predicate: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@dataclass
class Daemon:
    config: Path
    env: dict[str, str]
    log: Path
    notify: socket.socket
    proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "followupd", "--config", str(self.config), "-v", "run"],
            env=self.env, stdout=subprocess.DEVNULL, stderr=self.log.open("ab"),
        )
        self.wait_notify("READY=1", 30)

    def wait_notify(self, wanted: str, timeout: float) -> list[str]:
        seen: list[str] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"daemon exited {self.proc.returncode}:\n{self.log.read_text()}")
            self.notify.settimeout(0.5)
            try:
                data = self.notify.recv(4096).decode()
            except TimeoutError:
                continue
            seen.extend(data.splitlines())
            if wanted in data.splitlines():
                return seen
        raise AssertionError(f"no {wanted} from the daemon; got {seen}\n{self.log.read_text()}")

    def cli(self, *args: str) -> str:
        out = subprocess.run([sys.executable, "-m", "followupd", "--config", str(self.config), *args],
                             env=self.env, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        return out.stdout

    def status(self) -> dict[str, object]:
        return json.loads(self.cli("status", "--json"))

    def stop(self) -> int:
        assert self.proc is not None
        started = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        rc = self.proc.wait(10)
        assert time.monotonic() - started < 5, "SIGTERM took more than 5 s"
        return rc


@pytest.fixture
def daemon(tmp_path: Path, dovecot: DovecotServer, dovecot_user: str,
           smtp_server: SmtpServer) -> Iterator[Daemon]:
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "imap").write_text(dovecot.passwords[dovecot_user])
    (creds / "smtp").write_text(smtp_server.password)
    config = tmp_path / "config.toml"
    config.write_text(textwrap.dedent(f"""
        [account]
        email = "{ME}"
        name = "Jordan Ellis"
        timezone = "Europe/Berlin"

        [imap]
        host = "{dovecot.host}"
        port = {dovecot.imaps_port}
        security = "tls"
        username = "{dovecot_user}"
        ca_file = "{dovecot.ca_file}"
        poll_interval = "2s"

        [smtp]
        host = "{smtp_server.host}"
        port = {smtp_server.port}
        security = "starttls"
        username = "{smtp_server.username}"
        ca_file = "{smtp_server.ca_file}"

        [send]
        mode = "send"
        window = "00:00-24:00"
        weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

        [detect]
        since = "1d"

        [paths]
        state_dir = "{tmp_path / 'state'}"

        [[followup]]
        name = "thank_you"
        template = "thank_you"
        after = "2s"

        [[followup]]
        name = "check_in"
        template = "check_in"
        after = "15s"
        """))
    config.chmod(0o600)
    sock_path = tmp_path / "notify.sock"
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(sock_path))
    env = {k: v for k, v in os.environ.items() if k not in ("NOTIFY_SOCKET", "STATE_DIRECTORY")}
    env.update(CREDENTIALS_DIRECTORY=str(creds), NOTIFY_SOCKET=str(sock_path),
               WATCHDOG_USEC="4000000", WATCHDOG_PID="")
    d = Daemon(config, env, tmp_path / "daemon.log", notify)
    try:
        yield d
    finally:
        if d.proc is not None and d.proc.poll() is None:
            d.proc.kill()
            d.proc.wait()
        notify.close()


def followups(status: dict[str, object]) -> dict[str, str]:
    rows = status["followups"]
    assert isinstance(rows, list)
    return {row["rule"]: row["state"] for row in rows}


def test_invite_to_thank_you_once_and_reply_cancels_check_in(
    daemon: Daemon, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    daemon.start()
    now = datetime.now(UTC)
    raw, invite_id, _ = invite(start=now + timedelta(seconds=2), end=now + timedelta(seconds=4))
    dovecot.append(dovecot_user, "INBOX", raw)
    wait_for(lambda: smtp_server.messages, 40, "the thank-you at the SMTP server")

    [sent] = smtp_server.messages
    msg = sent.message
    assert sent.rcpt_tos == (RECRUITER_ADDR,) and sent.tls and sent.login == smtp_server.username
    assert msg["To"].addresses[0].addr_spec == RECRUITER_ADDR
    original = message_from_bytes(raw, policy=policy.default)
    assert msg["Subject"] == f"Re: {original['Subject']}"
    assert msg["In-Reply-To"] == invite_id
    assert invite_id in msg["References"]
    body = msg.get_body(("plain",)).get_content()
    assert "Dana" in body and "Jordan Ellis" in body and "{{" not in body

    # a copy in Sent, with the same Message-ID
    wait_for(lambda: any(msg["Message-ID"].encode() in m for _, _, m in
                         dovecot.fetch_all(dovecot_user, "Sent")), 20, "the copy in Sent")

    # the recruiter answers before the check-in is due: the check-in is dropped
    dovecot.append(dovecot_user, "INBOX", reply(in_reply_to=invite_id))
    wait_for(lambda: followups(daemon.status()).get("check_in") == "cancelled", 20,
             "the check-in to be cancelled")
    time.sleep(16)  # past the check-in's due time
    assert len(smtp_server.messages) == 1
    assert followups(daemon.status()) == {"thank_you": "sent", "check_in": "cancelled"}

    # followupd never marks the user's mail read
    for flags in dovecot.flags(dovecot_user, "INBOX").values():
        assert b"\\Seen" not in flags
    assert daemon.stop() == 0


def test_updated_invite_moves_and_cancelled_invite_drops(
    daemon: Daemon, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    daemon.start()
    now = datetime.now(UTC)
    # A: first planned for tomorrow, then moved to now: the thank-you follows the new time.
    raw_a, id_a, uid_a = invite(start=now + timedelta(days=1))
    dovecot.append(dovecot_user, "INBOX", raw_a)
    # B: in a few seconds, then cancelled before anything is due.
    raw_b, id_b, uid_b = invite(start=now + timedelta(seconds=12), end=now + timedelta(seconds=14))
    dovecot.append(dovecot_user, "INBOX", raw_b)
    raw_b2, _, _ = invite(start=now + timedelta(seconds=12), end=now + timedelta(seconds=14),
                          uid=uid_b, method="CANCEL", sequence=1, references=(id_b,))
    dovecot.append(dovecot_user, "INBOX", raw_b2)
    raw_a2, _, _ = invite(start=now + timedelta(seconds=1), end=now + timedelta(seconds=3),
                          uid=uid_a, sequence=1, references=(id_a,))
    dovecot.append(dovecot_user, "INBOX", raw_a2)

    wait_for(lambda: smtp_server.messages, 40, "the thank-you for the moved interview")
    time.sleep(20)  # past B's thank-you due time
    received = smtp_server.messages
    assert received and all(id_a in m.message["References"] for m in received)
    assert all(id_b not in m.message["References"] for m in received)
    states = daemon.status()
    assert isinstance(states["followups"], list)
    by_interview: dict[str, dict[str, str]] = {}
    for row in states["followups"]:
        by_interview.setdefault(row["interview_key"], {})[row["rule"]] = row["state"]
    assert by_interview[uid_b] == {"thank_you": "cancelled", "check_in": "cancelled"}
    assert by_interview[uid_a]["thank_you"] == "sent"
    assert daemon.stop() == 0
