"""`followupd run` as systemd runs it: notify protocol, watchdog, signals, one instance."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from followupd.cli import main
from followupd.errors import EX_CONFIG

CONFIG = """
[account]
email = "jordan@example.test"
name = "Jordan Ellis"
timezone = "Europe/Berlin"

[maildir]
path = "{root}/Maildir"

[send]
mode = "send"
transport = "directory"
directory = "{root}/outbox"

[paths]
state_dir = "{root}/state"
"""


@dataclass
class Running:
    proc: subprocess.Popen[bytes]
    notify: socket.socket
    log: Path
    config: Path
    root: Path

    def messages(self, until: str, timeout: float) -> list[str]:
        seen: list[str] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.notify.settimeout(0.2)
            try:
                seen.extend(self.notify.recv(4096).decode().splitlines())
            except TimeoutError:
                if self.proc.poll() is not None:
                    break
                continue
            if until in seen:
                return seen
        raise AssertionError(f"no {until}; got {seen}; log:\n{self.log.read_text()}")


def make_root(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "root"
    for folder in ("Maildir", "Maildir/.Sent"):
        for sub in ("cur", "new", "tmp"):
            (root / folder / sub).mkdir(parents=True, exist_ok=True)
    config = tmp_path / "config.toml"
    config.write_text(textwrap.dedent(CONFIG.format(root=root)))
    config.chmod(0o600)
    return root, config


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    root, config = make_root(tmp_path)
    sock = tmp_path / "notify.sock"
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(sock))
    env = dict(os.environ, NOTIFY_SOCKET=str(sock), WATCHDOG_USEC="2000000")
    env.pop("WATCHDOG_PID", None)
    log = tmp_path / "daemon.log"
    proc = subprocess.Popen([sys.executable, "-m", "followupd", "--config", str(config), "run"],
                            env=env, stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    r = Running(proc, notify, log, config, root)
    try:
        yield r
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        notify.close()


def test_ready_status_watchdog_and_stopping(running: Running) -> None:
    seen = running.messages("READY=1", 20)
    assert any(line.startswith("STATUS=") for line in seen)
    # WATCHDOG_USEC=2 s: a ping at least every second, from the loop itself
    start = time.monotonic()
    pings = [m for m in running.messages("WATCHDOG=1", 3) if m == "WATCHDOG=1"]
    pings += [m for m in running.messages("WATCHDOG=1", 3) if m == "WATCHDOG=1"]
    assert len(pings) >= 2 and time.monotonic() - start < 3
    t0 = time.monotonic()
    running.proc.send_signal(signal.SIGTERM)
    assert "STOPPING=1" in running.messages("STOPPING=1", 5)
    assert running.proc.wait(5) == 0
    assert time.monotonic() - t0 < 5


def test_sighup_with_a_broken_config_keeps_the_old_one(running: Running) -> None:
    running.messages("READY=1", 20)
    good = running.config.read_text()
    running.config.write_text(good.replace('mode = "send"', 'mode = "yolo"'))
    running.proc.send_signal(signal.SIGHUP)
    seen = running.messages("READY=1", 10)
    assert "RELOADING=1" in seen
    assert running.proc.poll() is None
    log = running.log.read_text()
    assert "reload refused" in log and "send.mode" in log
    # a good config is taken
    running.config.write_text(good)
    running.proc.send_signal(signal.SIGHUP)
    running.messages("READY=1", 10)
    assert "reloaded" in running.log.read_text()
    running.proc.send_signal(signal.SIGTERM)
    assert running.proc.wait(5) == 0


def test_a_second_run_on_the_same_state_refuses(running: Running,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    running.messages("READY=1", 20)
    assert main(["--config", str(running.config), "run", "--once"]) == 1
    err = capsys.readouterr().err
    assert "already running" in err and str(running.proc.pid) in err


def test_bad_config_exits_78(tmp_path: Path) -> None:
    _, config = make_root(tmp_path)
    config.write_text(config.read_text().replace("Europe/Berlin", "Nowhere/City"))
    out = subprocess.run([sys.executable, "-m", "followupd", "--config", str(config), "run"],
                         capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == EX_CONFIG
    assert "account.timezone" in out.stderr and "Traceback" not in out.stderr


def test_run_once_processes_and_exits(tmp_path: Path) -> None:
    _, config = make_root(tmp_path)
    assert main(["--config", str(config), "run", "--once"]) == 0
    assert main(["--config", str(config), "status"]) == 0
