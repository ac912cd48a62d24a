"""A tiny sd_notify client: tell systemd we are ready, busy, reloading, stopping, alive.

No dependency: a notification is one datagram of ``KEY=value`` lines sent to the AF_UNIX socket
named by ``$NOTIFY_SOCKET`` (see sd_notify(3)). Outside systemd that variable is unset and every
method here does nothing, so the daemon calls them unconditionally. A failed send is never an
error for the daemon: it is logged once at debug level and otherwise ignored (if systemd really
stops hearing us, its watchdog restarts the service, which is the right outcome).
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import IO, Any

log = logging.getLogger(__name__)


def _socket_address(value: str) -> str | bytes | None:
    """``$NOTIFY_SOCKET`` as an address for ``sendto``; None when we cannot use it.

    A leading ``@`` names a socket in Linux's abstract namespace, where the name starts with a
    NUL byte instead. Newer systemd also accepts ``vsock:`` addresses (for VMs); we do not run
    there, so anything that is not a path or an abstract name disables notifications.
    """
    if value.startswith("@"):
        return b"\0" + os.fsencode(value[1:])
    if value.startswith("/"):
        return value
    return None


@dataclass
class Notifier:
    """Sends notifications to systemd; a no-op when ``address`` is None.

    Build it with :meth:`from_env`. ``watchdog_usec`` is the service's ``WatchdogSec=`` as
    systemd passed it, already checked against ``$WATCHDOG_PID``.
    """

    address: str | bytes | None = None
    watchdog_usec: int | None = None
    _sock: socket.socket | None = field(default=None, init=False, repr=False)
    _failed_once: bool = field(default=False, init=False, repr=False)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ, pid: int | None = None) -> Notifier:
        """Read ``$NOTIFY_SOCKET``, ``$WATCHDOG_USEC`` and ``$WATCHDOG_PID``.

        ``pid`` is this process's id (default :func:`os.getpid`); the watchdog applies to us only
        when ``$WATCHDOG_PID`` is unset or names us, as sd_watchdog_enabled(3) specifies, so a
        child that inherited the environment does not think it must ping.
        """
        raw = environ.get("NOTIFY_SOCKET", "")
        address = _socket_address(raw) if raw else None
        if raw and address is None:
            log.debug("NOTIFY_SOCKET=%r is not an AF_UNIX address; not notifying systemd", raw)
        return cls(address=address, watchdog_usec=_watchdog_usec(environ, pid))

    @property
    def enabled(self) -> bool:
        """True when running under systemd with a notify socket."""
        return self.address is not None

    def watchdog_interval(self) -> float | None:
        """Seconds between ``WATCHDOG=1`` pings (half of ``WatchdogSec=``), or None if off.

        Half, as sd_watchdog_enabled(3) recommends, so one late loop iteration is not fatal.
        """
        if self.watchdog_usec is None:
            return None
        return self.watchdog_usec / 2 / 1_000_000

    def ready(self, status: str | None = None) -> None:
        """``READY=1``: startup finished (or a reload did); optionally with a status line."""
        self.notify("READY=1", *_status_lines(status))

    def status(self, text: str) -> None:
        """``STATUS=``: one line shown by ``systemctl status``."""
        self.notify(*_status_lines(text))

    def reloading(self) -> None:
        """``RELOADING=1`` with the ``MONOTONIC_USEC=`` that systemd >= 253 requires.

        ``Type=notify-reload`` (253+) ignores a RELOADING=1 without the timestamp; older systemd
        ignores the extra field. Send :meth:`ready` when the reload is done.
        """
        now_usec = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
        self.notify("RELOADING=1", f"MONOTONIC_USEC={now_usec}")

    def stopping(self) -> None:
        """``STOPPING=1``: shutdown has begun."""
        self.notify("STOPPING=1")

    def watchdog(self) -> None:
        """``WATCHDOG=1``: the main loop made progress. Call it from the loop, not a thread."""
        self.notify("WATCHDOG=1")

    def notify(self, *assignments: str) -> bool:
        """Send ``KEY=value`` lines as one datagram; True if it was sent.

        Never raises: notification is advisory and the daemon must not die of it.
        """
        if self.address is None or not assignments:
            return False
        payload = "\n".join(assignments).encode("utf-8")
        try:
            if self._sock is None:
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
                # A full receive queue on systemd's side must not hang the daemon's loop.
                sock.settimeout(1.0)
                self._sock = sock
            self._sock.sendto(payload, self.address)
        except OSError as exc:
            if not self._failed_once:
                self._failed_once = True
                log.debug(
                    "cannot notify systemd at %r: %s (further failures not logged)",
                    self.address,
                    exc,
                )
            return False
        return True

    def close(self) -> None:
        """Close the socket; a later notification opens a new one."""
        if self._sock is not None:
            self._sock.close()
            self._sock = None


def _status_lines(text: str | None) -> tuple[str, ...]:
    if text is None:
        return ()
    # A newline would start a new assignment inside the datagram: keep STATUS= one line.
    return ("STATUS=" + " ".join(text.splitlines()),)


def _watchdog_usec(environ: Mapping[str, str], pid: int | None) -> int | None:
    try:
        usec = int(environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    if usec <= 0:
        return None
    watchdog_pid = environ.get("WATCHDOG_PID")
    if watchdog_pid:
        try:
            if int(watchdog_pid) != (os.getpid() if pid is None else pid):
                return None
        except ValueError:
            return None
    return usec


def journal_stream_active(
    environ: Mapping[str, str] = os.environ, stream: IO[Any] | None = None
) -> bool:
    """True when ``stream`` (default: stderr) is connected to journald.

    systemd sets ``$JOURNAL_STREAM=DEV:INODE`` for the stream it hands the service; comparing it
    with what the stream really is (sd_journal_stream_fd(3) advice) avoids trusting a variable a
    child inherited after its stderr was redirected elsewhere.
    """
    value = environ.get("JOURNAL_STREAM", "")
    dev, sep, ino = value.partition(":")
    if not sep:
        return False
    try:
        expected = (int(dev), int(ino))
        fd = (stream if stream is not None else sys.stderr).fileno()
        st = os.fstat(fd)
    except (ValueError, OSError, AttributeError):
        # AttributeError/ValueError: a replaced stderr (StringIO, pytest capture) has no fd.
        return False
    return (st.st_dev, st.st_ino) == expected
