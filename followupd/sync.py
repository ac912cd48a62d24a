"""Mailbox → detector → tracker, one message at a time, each in one transaction.

A message, what the tracker made of it and the folder's advanced cursor are committed
together: a crash can repeat the last message (the store dedupes it) but never skip one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from followupd.config_types import Config
from followupd.detect import Detection, detect
from followupd.sources.base import FetchedMessage, MailSource
from followupd.store import Store
from followupd.tracker import Tracker, TrackerEvent

log = logging.getLogger(__name__)

DetectFn = Callable[..., Detection]


@dataclass(frozen=True)
class SyncedMessage:
    message: FetchedMessage
    detection: Detection
    events: tuple[TrackerEvent, ...]


class Syncer:
    def __init__(self, cfg: Config, store: Store, source: MailSource, tracker: Tracker,
                 detect_fn: DetectFn = detect) -> None:
        self.cfg = cfg
        self.store = store
        self.source = source
        self.tracker = tracker
        self.detect_fn = detect_fn

    def sync(self, now: datetime) -> list[SyncedMessage]:
        sent = self.cfg.sent_folder
        since = now - self.cfg.detect.since
        done: list[SyncedMessage] = []
        for folder in self.cfg.watched_folders():
            cursor = self.store.get_cursor(folder)
            for msg in self.source.fetch_new(folder, cursor, since):
                result = self._one(msg, is_sent=folder == sent, now=now)
                if result is not None:
                    done.append(result)
        return done

    def _one(self, msg: FetchedMessage, *, is_sent: bool, now: datetime) -> SyncedMessage | None:
        if self.store.has_message(msg.folder, msg.key) or (
            msg.message_id and self.store.seen_message_id(msg.message_id, folder=msg.folder)
        ):
            # Seen before (a UIDVALIDITY change renumbered the folder): only move the cursor.
            with self.store.transaction():
                self._advance(msg)
            return None
        detection = self._detect(msg)
        if not detection.interview and self.tracker.awaits_interview(detection, msg.received_at):
            # A reply in the thread of a coming interview is about that interview, even when it
            # does not say so again: read it once more with that knowledge.
            detection = self._detect(msg, in_interview_thread=True)
        with self.store.transaction():
            events = self.tracker.apply(
                detection, folder=msg.folder, key=msg.key, received_at=msg.received_at,
                is_sent_folder=is_sent, now=now,
            )
            self.store.record_message(
                folder=msg.folder, key=msg.key, uidvalidity=msg.uidvalidity, uid=msg.uid,
                message_id=msg.message_id, received_at=msg.received_at, detection=detection,
                processed_at=now,
            )
            self._advance(msg)
        for event in events:
            log.info("%s", event.describe())
        return SyncedMessage(msg, detection, tuple(events))

    def _advance(self, msg: FetchedMessage) -> None:
        if msg.uidvalidity is not None and msg.uid is not None:
            self.store.set_cursor(msg.folder, msg.uidvalidity, msg.uid)

    def _detect(self, msg: FetchedMessage, in_interview_thread: bool = False) -> Detection:
        try:
            return self.detect_fn(msg.raw, received=msg.received_at, rules=self.cfg.detect.rules,
                                  in_interview_thread=in_interview_thread)
        except Exception as exc:  # noqa: BLE001 - one bad mail must not stop the mailbox
            # The detector promises not to raise; if it does, the mail is recorded as
            # unreadable (so it is not retried forever) and the next one is read.
            log.error("%s %s (%s): the detector failed on it: %s: %s", msg.folder, msg.key,
                      msg.message_id or "no Message-ID", type(exc).__name__, exc)
            return Detection(kind="none", message_id=msg.message_id,
                             reasons=(f"error: {type(exc).__name__}",))
