"""sd_notify against a real AF_UNIX datagram socket standing in for systemd."""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from followupd.systemd import Notifier, journal_stream_active


@pytest.fixture
def notify_socket(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    """A bound datagram socket in tmp_path and its $NOTIFY_SOCKET value."""
    path = tmp_path / "notify"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(2)
    yield sock, str(path)
    sock.close()


def received(sock: socket.socket) -> bytes:
    return sock.recv(4096)


def test_each_notification_is_one_exact_datagram(notify_socket: tuple[socket.socket, str]) -> None:
    sock, path = notify_socket
    n = Notifier.from_env({"NOTIFY_SOCKET": path})
    assert n.enabled

    n.ready()
    assert received(sock) == b"READY=1"
    n.ready(status="3 interviews tracked")
    assert received(sock) == b"READY=1\nSTATUS=3 interviews tracked"
    n.status("3 interviews tracked, 1 follow-up due, 2 held for approval")
    assert received(sock) == b"STATUS=3 interviews tracked, 1 follow-up due, 2 held for approval"
    n.watchdog()
    assert received(sock) == b"WATCHDOG=1"
    n.stopping()
    assert received(sock) == b"STOPPING=1"
    n.close()


def test_reloading_carries_the_monotonic_timestamp_systemd_253_wants(
    notify_socket: tuple[socket.socket, str],
) -> None:
    sock, path = notify_socket
    n = Notifier.from_env({"NOTIFY_SOCKET": path})
    before = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
    n.reloading()
    after = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000

    first, second = received(sock).decode().split("\n")
    assert first == "RELOADING=1"
    key, _, usec = second.partition("=")
    assert key == "MONOTONIC_USEC"
    assert before <= int(usec) <= after
    n.close()


def test_status_with_newlines_stays_one_assignment(
    notify_socket: tuple[socket.socket, str],
) -> None:
    sock, path = notify_socket
    n = Notifier.from_env({"NOTIFY_SOCKET": path})
    n.status("line one\nREADY=1")  # must not smuggle a second assignment in
    assert received(sock) == b"STATUS=line one READY=1"
    n.close()


def test_abstract_namespace_socket_with_leading_at() -> None:
    name = f"followupd-test-{os.getpid()}-{time.monotonic_ns()}"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(b"\0" + name.encode())
    sock.settimeout(2)
    try:
        n = Notifier.from_env({"NOTIFY_SOCKET": "@" + name})
        n.ready()
        assert sock.recv(4096) == b"READY=1"
        n.close()
    finally:
        sock.close()


def test_outside_systemd_everything_is_a_silent_no_op() -> None:
    n = Notifier.from_env({})
    assert not n.enabled
    assert n.watchdog_interval() is None
    n.ready()
    n.status("x")
    n.reloading()
    n.watchdog()
    n.stopping()
    assert n.notify("READY=1") is False


def test_unsupported_socket_address_disables_notifications() -> None:
    n = Notifier.from_env({"NOTIFY_SOCKET": "vsock:2:1234"})
    assert not n.enabled
    assert n.notify("READY=1") is False


def test_send_error_never_raises_and_is_logged_once_at_debug(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    n = Notifier.from_env({"NOTIFY_SOCKET": str(tmp_path / "nobody-listens")})
    with caplog.at_level(logging.DEBUG, logger="followupd.systemd"):
        assert n.notify("READY=1") is False
        n.watchdog()
        n.stopping()
    failures = [r for r in caplog.records if "cannot notify systemd" in r.getMessage()]
    assert len(failures) == 1
    assert failures[0].levelno == logging.DEBUG
    n.close()


def test_notifier_recovers_when_the_socket_appears_later(tmp_path: Path) -> None:
    path = tmp_path / "late"
    n = Notifier.from_env({"NOTIFY_SOCKET": str(path)})
    assert n.notify("WATCHDOG=1") is False
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(2)
    try:
        assert n.notify("WATCHDOG=1") is True
        assert sock.recv(4096) == b"WATCHDOG=1"
    finally:
        sock.close()
        n.close()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"WATCHDOG_USEC": "120000000"}, 60.0),  # WatchdogSec=120 → ping every 60 s
        ({"WATCHDOG_USEC": "3000000", "WATCHDOG_PID": "{pid}"}, 1.5),
        ({"WATCHDOG_USEC": "3000000", "WATCHDOG_PID": "{other}"}, None),  # meant for our parent
        ({"WATCHDOG_USEC": "0"}, None),
        ({"WATCHDOG_USEC": "soon"}, None),
        ({"WATCHDOG_USEC": "3000000", "WATCHDOG_PID": "x"}, None),
        ({}, None),
    ],
)
def test_watchdog_interval_is_half_of_watchdog_usec_for_our_pid(
    env: dict[str, str], expected: float | None
) -> None:
    pid = os.getpid()
    environ = {k: v.format(pid=pid, other=pid + 1) for k, v in env.items()}
    assert Notifier.from_env(environ).watchdog_interval() == expected


def test_watchdog_pid_can_be_given_explicitly() -> None:
    environ = {"WATCHDOG_USEC": "10000000", "WATCHDOG_PID": "4242"}
    assert Notifier.from_env(environ, pid=4242).watchdog_interval() == 5.0
    assert Notifier.from_env(environ, pid=4243).watchdog_interval() is None


def test_journal_stream_matches_only_the_stream_it_names(tmp_path: Path) -> None:
    with open(tmp_path / "journal", "w") as journal, open(tmp_path / "other", "w") as other:
        st = os.fstat(journal.fileno())
        environ = {"JOURNAL_STREAM": f"{st.st_dev}:{st.st_ino}"}
        assert journal_stream_active(environ, journal)
        assert not journal_stream_active(environ, other)
        assert not journal_stream_active({}, journal)
        assert not journal_stream_active({"JOURNAL_STREAM": "garbage"}, journal)


def test_journal_stream_is_false_for_a_stream_without_a_file_descriptor() -> None:
    import io

    assert not journal_stream_active({"JOURNAL_STREAM": "1:2"}, io.StringIO())
