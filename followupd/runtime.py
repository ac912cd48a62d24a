"""The parts of a running followupd, built from a Config: store, source, tracker, outbox.

`run`, `run --once`, `scan` and `demo` all build their parts here, so the wiring (which
password goes where, which transport, which folders) exists once.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from followupd.config_types import Config
from followupd.errors import ConfigError
from followupd.outbox import Outbox
from followupd.sources.base import MailSource
from followupd.store import Store
from followupd.sync import Syncer
from followupd.templating import Templates
from followupd.tracker import Tracker
from followupd.transports import Transport

log = logging.getLogger(__name__)

DB_NAME = "followupd.sqlite3"


def open_source(cfg: Config, stop_event: threading.Event | None = None,
                environ: Mapping[str, str] = os.environ) -> MailSource:
    if cfg.imap is not None:
        from followupd import credentials
        from followupd.sources.imap import ImapSource

        imap = cfg.imap
        return ImapSource(imap, lambda: credentials.get_secret("imap", imap, environ).value,
                          stop_event)
    if cfg.maildir is not None:
        from followupd.sources.maildir import MaildirSource

        return MaildirSource(cfg.maildir, stop_event)
    raise ConfigError("no mailbox configured: add an [imap] or [maildir] table")


def open_transport(cfg: Config, environ: Mapping[str, str] = os.environ) -> Transport:
    from followupd import credentials, transports

    smtp = cfg.smtp

    def password() -> str:
        assert smtp is not None  # noqa: S101 - from_config only asks for an SMTP transport
        return credentials.get_secret("smtp", smtp, environ).value

    return transports.from_config(cfg.send, smtp, password if smtp else None)


@dataclass
class Runtime:
    config: Config
    store: Store
    source: MailSource
    templates: Templates
    tracker: Tracker
    outbox: Outbox
    syncer: Syncer
    stop_event: threading.Event = field(default_factory=threading.Event)
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)  # where secrets come from

    @classmethod
    def open(cls, cfg: Config, *, stop_event: threading.Event | None = None,
             environ: Mapping[str, str] = os.environ, source: MailSource | None = None,
             transport: Transport | None = None) -> Runtime:
        stop_event = stop_event or threading.Event()
        templates = Templates(cfg.templates_dir)
        cfg.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        store = Store.open(cfg.state_dir / DB_NAME)
        try:
            source = source or open_source(cfg, stop_event, environ)
            transport = transport or open_transport(cfg, environ)
        except BaseException:
            store.close()
            raise
        tracker = Tracker(store, cfg)
        outbox = Outbox(store, cfg, templates, transport, source)
        syncer = Syncer(cfg, store, source, tracker)
        return cls(cfg, store, source, templates, tracker, outbox, syncer, stop_event, environ)

    def describe_source(self) -> str:
        where = getattr(self.source, "where", type(self.source).__name__)
        return f"{where} ({', '.join(self.config.watched_folders())})"

    def startup(self, now: datetime) -> None:
        # Recovery takes every `sending` row for a crash leftover: only one sender may run.
        self.store.acquire_runner_lock()
        for event in self.outbox.recover(now):
            log.warning("follow-up %d: %s: %s", event.followup_id, event.event, event.detail)

    def sync(self, now: datetime) -> None:
        self.syncer.sync(now)

    def outbox_pass(self, now: datetime) -> None:
        self.outbox.run_pass(now)

    def next_due(self, now: datetime) -> datetime | None:
        return self.store.next_due_at()

    def housekeeping(self, now: datetime) -> None:
        # Copies owed to Sent that could not be filed earlier (server down at the time).
        self.outbox.recover(now)

    def send_digest(self, now: datetime) -> None:
        from followupd.digest import send_digest

        send_digest(self, now)

    def status_line(self) -> str:
        counts = self.store.status_counts()
        return (f"{counts.get('interviews', 0)} interviews tracked; follow-ups: "
                f"{counts.get('planned', 0)} planned, {counts.get('awaiting_approval', 0)} "
                f"awaiting approval, {counts.get('sent', 0)} sent, {counts.get('failed', 0)} failed")

    def reconfigure(self, cfg: Config, now: datetime) -> None:
        """SIGHUP: new rules, templates and transport; a changed mailbox means a new source.
        What waits for a retry is tried at once: a reload is how the user says "fixed"."""
        templates = Templates(cfg.templates_dir)
        problems = templates.check()
        if problems:
            raise ConfigError(*problems)
        transport = open_transport(cfg, self.environ)
        if (cfg.imap, cfg.maildir) != (self.config.imap, self.config.maildir):
            self.source.close()
            self.source = open_source(cfg, self.stop_event, self.environ)
        else:
            self.source.retry_now()
        self.config = cfg
        self.templates = templates
        self.tracker = Tracker(self.store, cfg)
        self.outbox = Outbox(self.store, cfg, templates, transport, self.source)
        self.syncer = Syncer(cfg, self.store, self.source, self.tracker)
        if self.store.retry_now(now):
            log.info("reload: follow-ups waiting for a retry are tried at once")

    def close(self) -> None:
        try:
            self.source.close()
        finally:
            self.store.close()
