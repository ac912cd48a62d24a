"""`followupd run`: one process, one thread, one loop.

The loop waits in IMAP IDLE (or sleeps, for polling and Maildir) until mail arrives, a
follow-up falls due, a scheduled job is due, or a signal asks it to stop or reload. Signal
handlers only record what was asked; the loop acts between steps, so a send in progress is
finished (and committed) before the process exits.
"""

from __future__ import annotations

import fcntl
import logging
import os
import signal
import sqlite3
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import TextIO

import schedule

from followupd import config as config_module
from followupd.config_types import Config
from followupd.errors import FollowupdError, SourceError, TemporaryFailure, UserError
from followupd.retry import SOURCE_RETRY, STORE_RETRY, doubling
from followupd.systemd import Notifier

log = logging.getLogger(__name__)

LONGEST_WAIT = 60.0  # seconds: the loop looks at the clock at least this often


def utcnow() -> datetime:
    return datetime.now(UTC)


class StateLock:
    """One daemon per state directory: two would race for the same follow-ups."""

    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / "followupd.lock"
        self._file: TextIO | None = None

    def acquire(self) -> StateLock:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # 0600 like everything in the state directory (it may predate us with a looser mode)
        f = os.fdopen(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600), "a+")
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.seek(0)
            pid = f.read().strip() or "?"
            f.close()
            raise UserError(
                f"another followupd (pid {pid}) is already running with state in {self.path.parent}",
                hint="stop it first (systemctl --user stop followupd), or give this one another "
                "state directory",
            ) from None
        f.seek(0)
        f.truncate()
        f.write(f"{os.getpid()}\n")
        f.flush()
        self._file = f
        return self

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None


@dataclass
class Signals:
    """What the handlers recorded; read by the loop."""

    stop: threading.Event = field(default_factory=threading.Event)
    reload: threading.Event = field(default_factory=threading.Event)

    def install(self) -> Callable[[], None]:
        def on_stop(signum: int, frame: FrameType | None) -> None:
            self.stop.set()

        def on_hup(signum: int, frame: FrameType | None) -> None:
            self.reload.set()

        previous = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
        signal.signal(signal.SIGTERM, on_stop)
        signal.signal(signal.SIGINT, on_stop)
        signal.signal(signal.SIGHUP, on_hup)

        def restore() -> None:
            for s, handler in previous.items():
                signal.signal(s, handler)

        return restore


class Daemon:
    def __init__(
        self, config_path: Path | None, *, environ: Mapping[str, str] = os.environ,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.config_path = config_path
        self.environ = environ
        self.clock = clock
        self.signals = Signals()
        self.notifier = Notifier.from_env(environ)
        self.scheduler = schedule.Scheduler()
        self._source_failures = 0
        self._store_failures = 0

    # -- lifecycle ------------------------------------------------------------------------------

    def run(self, once: bool = False) -> int:
        from followupd.runtime import Runtime

        cfg = config_module.load(self.config_path, self.environ)
        lock = StateLock(cfg.state_dir).acquire()
        restore_signals = self.signals.install()
        runtime: Runtime | None = None
        try:
            runtime = Runtime.open(cfg, stop_event=self.signals.stop, environ=self.environ)
            self.runtime = runtime
            try:
                # The first sync is the first login: READY=1 only once the mailbox answers.
                runtime.sync(self.clock())
            except SourceError as exc:
                if not exc.login_refused or once:
                    raise TemporaryFailure(f"mailbox: {exc}", hint="followupd exits so that "
                                           "systemd tries again after RestartSec") from None
                # A wrong password stays wrong: exiting would have systemd try it again every
                # RestartSec, a lock-out pattern. Stay up, retry rarely (the source logged it),
                # and send what is already due meanwhile.
            runtime.startup(self.clock())
            self.outbox_pass()
            if once:
                return 0
            self._schedule(cfg)
            self.notifier.ready(self.status_line())
            log.info("running: watching %s", runtime.describe_source())
            self._loop()
            return 0
        finally:
            self.notifier.stopping()
            if runtime is not None:
                runtime.close()
            restore_signals()
            lock.release()

    def _schedule(self, cfg: Config) -> None:
        self.scheduler.clear()
        poll = cfg.imap.poll_interval.total_seconds() if cfg.imap else 60.0
        self.scheduler.every(max(1, int(poll))).seconds.do(self.sync)
        self.scheduler.every(60).seconds.do(self.outbox_pass)
        self.scheduler.every().day.at("04:00").do(self.housekeeping)
        if cfg.notify.digest:
            hh, mm = divmod(cfg.notify.digest_time, 60)
            self.scheduler.every().day.at(f"{hh:02d}:{mm:02d}", cfg.account.timezone).do(self.digest)

    def _loop(self) -> None:
        while not self.signals.stop.is_set():
            if self.signals.reload.is_set():
                self.signals.reload.clear()
                self.reload()
            self.scheduler.run_pending()
            changed = False
            try:
                changed = self.runtime.source.wait(self._wait_seconds())
                self._source_failures = 0
            except SourceError as exc:
                self._source_trouble(exc)
            if self.signals.stop.is_set():
                break
            if changed:
                self.cycle()
            else:
                due = self.runtime.next_due(self.clock())
                if due is not None and due <= self.clock():
                    self.outbox_pass()
            # The watchdog is fed by the loop itself: a stuck loop stops feeding it and
            # systemd restarts us; a side thread would keep a dead daemon "alive".
            self.notifier.watchdog()

    def _wait_seconds(self) -> float:
        limits = [LONGEST_WAIT]
        idle = self.scheduler.idle_seconds
        if idle is not None:
            limits.append(idle)
        due = self.runtime.next_due(self.clock())
        if due is not None:
            limits.append((due - self.clock()).total_seconds())
        interval = self.notifier.watchdog_interval()
        if interval:
            limits.append(interval)
        return max(0.0, min(limits))

    def _source_trouble(self, exc: SourceError) -> None:
        if exc.login_refused:
            return  # the source holds logins back and said so once; nothing to wait for here
        self._source_failures += 1
        delay = doubling(self._source_failures, SOURCE_RETRY)
        log.warning("mailbox: %s; trying again in %.0f s", exc, delay)
        self.signals.stop.wait(delay)

    # -- jobs -------------------------------------------------------------------------------------

    def cycle(self) -> None:
        self.sync()
        self.outbox_pass()

    def _store_trouble(self, exc: sqlite3.OperationalError) -> None:
        # Every write is one transaction: the failed one left nothing behind; the message or
        # follow-up it was about is read or tried again (outbox.py settles a send cut short).
        self._store_failures += 1
        delay = doubling(self._store_failures, STORE_RETRY)
        log.warning("state database %s: %s; nothing is lost, trying again in %.0f s",
                    self.runtime.store.path, exc, delay)
        self.signals.stop.wait(delay)

    def sync(self) -> None:
        try:
            self.runtime.sync(self.clock())
        except SourceError as exc:
            self._source_trouble(exc)
        except sqlite3.OperationalError as exc:
            self._store_trouble(exc)

    def outbox_pass(self) -> None:
        if self.signals.stop.is_set():
            return
        try:
            self.runtime.outbox_pass(self.clock())
        except sqlite3.OperationalError as exc:
            self._store_trouble(exc)
            return
        self._store_failures = 0
        self.notifier.status(self.status_line())

    def housekeeping(self) -> None:
        try:
            self.runtime.housekeeping(self.clock())
        except sqlite3.OperationalError as exc:
            self._store_trouble(exc)

    def digest(self) -> None:
        self.runtime.send_digest(self.clock())

    def status_line(self) -> str:
        return self.runtime.status_line()

    def reload(self) -> None:
        """SIGHUP: re-read config and templates; a broken new config keeps the old one."""
        self.notifier.reloading()
        try:
            cfg = config_module.load(self.config_path, self.environ)
            self.runtime.reconfigure(cfg, self.clock())
        except FollowupdError as exc:  # ConfigError, a template problem, a credential error
            detail = exc.lines() if isinstance(exc, UserError) else [str(exc)]
            log.error("reload refused, still running on the previous configuration: %s",
                      "; ".join(detail))
        else:
            self._schedule(cfg)
            log.info("reloaded %s", self.config_path or "the configuration")
        self.notifier.ready(self.status_line())

