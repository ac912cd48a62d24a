"""A `followupd run` process with real servers, as systemd would start it (NOTIFY_SOCKET)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.accounts import credentials_dir, write_config
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import SmtpServer


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


DAEMON_TABLES = """
[send]
mode = "send"
window = "00:00-24:00"
weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

[detect]
since = "1d"
"""

E2E_RULES = """
[[followup]]
name = "thank_you"
template = "thank_you"
after = "2s"

[[followup]]
name = "check_in"
template = "check_in"
after = "15s"
"""


@pytest.fixture
def daemon(tmp_path: Path, dovecot: DovecotServer, dovecot_user: str,
           smtp_server: SmtpServer) -> Iterator[Daemon]:
    yield from make_daemon(tmp_path, dovecot, dovecot_user, smtp_server, E2E_RULES)


THANK_YOU_ONLY = """
[[followup]]
name = "thank_you"
template = "thank_you"
after = "1s"
"""


@pytest.fixture
def thank_you_daemon(tmp_path: Path, dovecot: DovecotServer, dovecot_user: str,
                     smtp_server: SmtpServer) -> Iterator[Daemon]:
    """A daemon with one rule: a thank-you one second after the interview's end."""
    yield from make_daemon(tmp_path, dovecot, dovecot_user, smtp_server, THANK_YOU_ONLY)


def make_daemon(tmp_path: Path, dovecot: DovecotServer, dovecot_user: str,
                smtp_server: SmtpServer, rules: str) -> Iterator[Daemon]:
    creds = credentials_dir(tmp_path, dovecot.passwords[dovecot_user], smtp_server.password)
    config = write_config(tmp_path, dovecot, smtp_server, dovecot_user, imap_extra='poll_interval = "2s"',
                          rest=DAEMON_TABLES + rules)
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


