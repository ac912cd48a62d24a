"""The state database: SQLite, and every SQL statement of followupd.

What lives here: the messages already processed (so none is handled twice), the per-folder sync
cursors, the interviews, the follow-ups (the outbox) and an audit row for every transition.

Rules that make the rest of the program safe:

* **Explicit transactions.** The connection runs in autocommit mode (``isolation_level=None``);
  :meth:`Store.transaction` issues ``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on error).
  Every public method that writes opens one, and joins the caller's when one is already open —
  so ``with store.transaction(): tracker.apply(...); store.record_message(...);
  store.set_cursor(...)`` commits a message, its effects and the advanced cursor together.
* **Guarded transitions.** A follow-up moves with ``UPDATE … WHERE id = ? AND state IN (…)``;
  a method returns False when the row was not in an expected state. Two processes (or a race
  with the tracker) can never move the same follow-up twice; ``claim_for_sending`` is the one
  that matters: it is committed before any network I/O.
* **An audit row per transition**, written in the same transaction as the change.
* **Times are stored as UTC ISO 8601 text** with a fixed width (they sort as they compare);
  every datetime in and out is timezone-aware. A naive datetime is a bug and raises ValueError.
* **Migrations** are an ordered list of steps; ``PRAGMA user_version`` is the number applied.
  To change the schema, append a step to ``MIGRATIONS``; never edit a released one.

Follow-up transitions (the outbox and the tracker drive them; see design.md)::

    planned|due        ─► sending            claim_for_sending — committed before any network I/O
    sending            ─► sent               mark_sent
    sending            ─► due                schedule_retry (4xx), requeue (never reached the server)
    sending            ─► failed             mark_failed (5xx, retries exhausted)
    sending            ─► awaiting_approval  hold(from_states=("sending",)): in doubt, stage kept
    planned|due        ─► awaiting_approval  hold (queue mode, late, template error)
    awaiting_approval  ─► due                approve (approved = 1; ``planned`` may be approved ahead)
    planned|due        ─► drafted ─► sent    mark_drafted; then our Message-ID is seen in Sent
    pending            ─► cancelled|skipped  cancel, skip (pending = planned, due, awaiting_approval)
    pending            ─► pending            reschedule (new due_at, same Message-ID), postpone
    sent               ─► failed             a bounce: mark_failed(from_states=("sent", ...))

``planned`` waits for ``due_at``; ``due`` is one released again (approved, retrying, re-queued,
postponed by the daily cap). Both come out of :meth:`Store.due_followups` once their time came
(``next_attempt_at`` when set, else ``due_at``).
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import stat
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from followupd.detect.model import Detection
from followupd.errors import TemporaryFailure, UserError

FollowupState = Literal[
    "planned", "due", "awaiting_approval", "sending", "sent", "failed", "cancelled", "skipped", "drafted"
]
FOLLOWUP_STATES: tuple[FollowupState, ...] = (
    "planned", "due", "awaiting_approval", "sending", "sent", "failed", "cancelled", "skipped", "drafted",
)
# Not yet handed to anyone: what a reschedule moves and a cancel, reply or hand-written mail stops.
PENDING: tuple[FollowupState, ...] = ("planned", "due", "awaiting_approval")
# What the outbox may pick up once its time came.
RELEASABLE: tuple[FollowupState, ...] = ("planned", "due")
Stage = Literal["claimed", "data"]
InterviewState = Literal["active", "cancelled"]

BUSY_TIMEOUT_MS = 10_000  # a second process (the CLI during `run`) waits this long for the lock


# -- time --------------------------------------------------------------------------------------------

def to_db(dt: datetime) -> str:
    """An aware datetime as fixed-width UTC text (sorts like it compares)."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"naive datetime given to the store: {dt!r}")
    return dt.astimezone(UTC).isoformat(timespec="microseconds")


def _opt_to_db(dt: datetime | None) -> str | None:
    return None if dt is None else to_db(dt)


def from_db(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def _opt_from_db(text: str | None) -> datetime | None:
    return None if text is None else from_db(text)


# -- rows --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class InterviewRow:
    id: int
    key: str  # the ICS UID, or the Message-ID of the thread's root
    company: str | None
    role: str | None
    start: datetime | None
    end: datetime | None
    timezone: str | None  # IANA name when the invitation stated one
    contact: str | None
    contact_name: str | None
    interviewers: tuple[str, ...]
    thread_subject: str
    thread_message_id: str | None  # the message a follow-up replies to (In-Reply-To)
    thread_references: tuple[str, ...]  # its References (a follow-up appends thread_message_id)
    state: InterviewState
    sequence: int | None  # ICS SEQUENCE of the last invitation applied
    confirmed_by: str | None  # From of the first confirmation (None in rows older than schema 2)
    created_at: datetime
    updated_at: datetime

    @classmethod
    def _from(cls, r: sqlite3.Row) -> InterviewRow:
        return cls(
            id=r["id"], key=r["key"], company=r["company"], role=r["role"],
            start=_opt_from_db(r["start_at"]), end=_opt_from_db(r["end_at"]), timezone=r["timezone"],
            contact=r["contact"], contact_name=r["contact_name"],
            interviewers=tuple(json.loads(r["interviewers"])), thread_subject=r["thread_subject"],
            thread_message_id=r["thread_message_id"],
            thread_references=tuple(json.loads(r["thread_references"])), state=r["state"],
            sequence=r["sequence"], confirmed_by=r["confirmed_by"], created_at=from_db(r["created_at"]),
            updated_at=from_db(r["updated_at"]),
        )


@dataclass(frozen=True)
class InterviewData:
    """What the tracker knows about an interview; the store adds id, state and timestamps."""

    key: str
    company: str | None = None
    role: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    timezone: str | None = None
    contact: str | None = None
    contact_name: str | None = None
    interviewers: tuple[str, ...] = ()
    thread_subject: str = ""
    thread_message_id: str | None = None
    thread_references: tuple[str, ...] = ()
    sequence: int | None = None
    confirmed_by: str | None = None  # set once, when the interview is created


@dataclass(frozen=True)
class FollowupRow:
    id: int
    interview_id: int
    rule: str
    template: str
    state: FollowupState
    due_at: datetime  # when it falls due (moved by reschedules and by the daily cap)
    message_id: str  # deterministic (plan.followup_message_id); kept across reschedules
    approved: bool  # the user approved it: window and lateness rules do not hold it again
    stage: Stage | None  # while sending: "claimed" (nothing on the wire yet) or "data" (maybe delivered)
    attempts: int
    first_attempt_at: datetime | None
    next_attempt_at: datetime | None  # a retry waits for this instead of due_at
    last_error: str | None
    held_reason: str | None  # why it waits for approval (or why it was cancelled / skipped)
    edited_body: str | None  # the user's text from `queue edit`, replacing the template's body
    note: str | None  # one point from the conversation (`queue edit --note`), for the template
    copy_pending: bool  # sent, but the copy for the Sent folder is not filed yet
    sent_at: datetime | None
    created_at: datetime
    updated_at: datetime

    @property
    def in_doubt(self) -> bool:
        """Held after a send that may have reached the server: never re-sent without the user."""
        return self.state == "awaiting_approval" and self.stage is not None

    @property
    def send_after(self) -> datetime:
        """The instant the outbox may handle it: the retry time when one is set, else due_at."""
        return self.next_attempt_at or self.due_at

    @classmethod
    def _from(cls, r: sqlite3.Row) -> FollowupRow:
        return cls(
            id=r["id"], interview_id=r["interview_id"], rule=r["rule"], template=r["template"],
            state=r["state"], due_at=from_db(r["due_at"]), message_id=r["message_id"],
            approved=bool(r["approved"]), stage=r["stage"], attempts=r["attempts"],
            first_attempt_at=_opt_from_db(r["first_attempt_at"]),
            next_attempt_at=_opt_from_db(r["next_attempt_at"]), last_error=r["last_error"],
            held_reason=r["held_reason"], edited_body=r["edited_body"], note=r["note"],
            copy_pending=bool(r["copy_pending"]), sent_at=_opt_from_db(r["sent_at"]),
            created_at=from_db(r["created_at"]), updated_at=from_db(r["updated_at"]),
        )


@dataclass(frozen=True)
class AuditRow:
    id: int
    ts: datetime
    followup_id: int | None
    interview_id: int | None
    event: str
    detail: str


# -- schema ------------------------------------------------------------------------------------------

_STATES_SQL = ", ".join(f"'{s}'" for s in FOLLOWUP_STATES)

# Each step is a list of statements run in one transaction together with the user_version bump.
# Append new steps; a released step never changes (databases in the field already ran it).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: everything
    (
        """CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            folder TEXT NOT NULL,
            key TEXT NOT NULL,             -- source-specific: IMAP "uidvalidity:uid", Maildir name
            uidvalidity INTEGER,
            uid INTEGER,
            message_id TEXT,
            received_at TEXT,
            kind TEXT NOT NULL,
            detection TEXT NOT NULL,       -- JSON summary (Detection.to_json)
            processed_at TEXT NOT NULL,
            UNIQUE (folder, key)
        )""",
        "CREATE INDEX messages_message_id ON messages (message_id)",
        """CREATE TABLE cursors (
            folder TEXT PRIMARY KEY,
            uidvalidity INTEGER NOT NULL,
            last_uid INTEGER NOT NULL
        )""",
        """CREATE TABLE interviews (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            company TEXT,
            role TEXT,
            start_at TEXT,
            end_at TEXT,
            timezone TEXT,
            contact TEXT,
            contact_name TEXT,
            interviewers TEXT NOT NULL DEFAULT '[]',
            thread_subject TEXT NOT NULL DEFAULT '',
            thread_message_id TEXT,
            thread_references TEXT NOT NULL DEFAULT '[]',
            state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'cancelled')),
            sequence INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX interviews_contact ON interviews (contact)",
        # Every Message-ID known to belong to an interview's conversation: how a reply, a
        # reschedule without ICS or a bounce finds its interview. The first interview wins.
        """CREATE TABLE thread_ids (
            message_id TEXT PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE
        )""",
        f"""CREATE TABLE followups (
            id INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
            rule TEXT NOT NULL,
            template TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ({_STATES_SQL})),
            due_at TEXT NOT NULL,
            message_id TEXT NOT NULL UNIQUE,
            approved INTEGER NOT NULL DEFAULT 0,
            stage TEXT CHECK (stage IN ('claimed', 'data')),
            attempts INTEGER NOT NULL DEFAULT 0,
            first_attempt_at TEXT,
            next_attempt_at TEXT,
            last_error TEXT,
            held_reason TEXT,
            edited_body TEXT,
            copy_pending INTEGER NOT NULL DEFAULT 0,
            sent_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (interview_id, rule)
        )""",
        "CREATE INDEX followups_state ON followups (state, due_at)",
        "CREATE INDEX followups_sent_at ON followups (sent_at)",
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            ts TEXT NOT NULL,
            followup_id INTEGER REFERENCES followups (id) ON DELETE SET NULL,
            interview_id INTEGER REFERENCES interviews (id) ON DELETE SET NULL,
            event TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX audit_followup ON audit (followup_id)",
    ),
    # 2: who confirmed the interview, so that a stranger's mail cannot move or cancel it; the
    # user's note for a follow-up's template
    ("ALTER TABLE interviews ADD COLUMN confirmed_by TEXT",
     "ALTER TABLE followups ADD COLUMN note TEXT"),
)


def _open_failed(path: Path, exc: sqlite3.OperationalError) -> UserError | None:
    """The one line a user sees when the database cannot be opened, with what to do; None when
    the error is not about the file or its lock."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return TemporaryFailure(
            f"state database {path}: {text} (waited {BUSY_TIMEOUT_MS / 1000:g} s)",
            hint="another program holds it (an sqlite3 shell, a backup tool, a stuck followupd); "
            "nothing was changed: try again once it is done",
        )
    if any(word in text for word in ("unable to open", "readonly", "disk", "full", "I/O")):
        return UserError(f"state database {path}: {text}",
                         hint="check that its directory is writable and the disk not full")
    return None


def _create_private(path: Path) -> None:
    """Create the database file 0600 before SQLite opens it (it holds mail metadata).

    SQLite gives the -wal and -shm files the permissions of the database file, so they follow.
    An existing file that others can read is tightened too.
    """
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if stat.S_IMODE(os.fstat(fd).st_mode) & 0o077:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _valid_text(value: object) -> object:
    """A str SQLite can store: lone surrogates (from undecodable mail bytes) become U+FFFD."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return value


def _utf8(text: str) -> str:
    return text if text.isascii() else str(_valid_text(text))


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


@dataclass(frozen=True)
class _Result:
    """A statement's outcome, fully fetched (so no cursor outlives the lock)."""

    rows: list[sqlite3.Row]
    rowcount: int
    lastrowid: int | None

    def fetchone(self) -> sqlite3.Row | None:
        return self.rows[0] if self.rows else None

    def scalar(self) -> Any:
        """The first column of the first row (aggregates: always one row)."""
        return self.rows[0][0]

    def __iter__(self) -> Iterator[sqlite3.Row]:
        return iter(self.rows)


# -- the store ---------------------------------------------------------------------------------------

class Store:
    """One connection to the state database. Open with :meth:`Store.open`; close when done.

    Safe to share between threads of one process (a lock serialises transactions); several
    processes share the file through SQLite's locking (WAL, ``busy_timeout``).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0  # >0 while a transaction is open on this connection
        self._runner_fd: int | None = None

    # -- opening ------------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating 0600 and migrating as needed) the database at ``path``."""
        path = Path(path)
        _create_private(path)
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # a committed "sending" survives a power cut
            conn.execute("PRAGMA foreign_keys = ON")
            store = cls(conn, path)
            store._migrate()
        except sqlite3.OperationalError as exc:
            conn.close()
            failure = _open_failed(path, exc)
            if failure is None:
                raise  # not the file's or the lock's fault: a bug, with its traceback
            raise failure from None
        except BaseException:
            conn.close()
            raise
        return store

    def close(self) -> None:
        try:
            self._conn.close()
        finally:
            if self._runner_fd is not None:
                os.close(self._runner_fd)  # releases the flock
                self._runner_fd = None

    def acquire_runner_lock(self) -> None:
        """Become the one process that syncs and sends from this database, until :meth:`close`.

        Exactly-once rests on it: start-up recovery treats every ``sending`` row as left over
        from a crash, which is only true when no other process is sending right now. A second
        ``followupd run`` on the same state therefore stops here (UserError). The CLI's queue
        commands do not need it: their transitions are guarded.
        """
        if self._runner_fd is not None:
            return
        lock_path = self.path.with_name(self.path.name + ".lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise UserError(
                f"{self.path}: another followupd process is running on this state",
                hint="stop it first (systemctl --user stop followupd), or use `followupd status`",
            ) from None
        self._runner_fd = fd

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._x("PRAGMA user_version").scalar())

    def _migrate(self) -> None:
        if self.schema_version == len(MIGRATIONS):
            return  # no write lock taken: `followupd status` works while the daemon writes
        with self.transaction():
            current = self.schema_version
            if current > len(MIGRATIONS):
                raise UserError(
                    f"{self.path}: the state database is from a newer followupd "
                    f"(schema {current}, this version knows {len(MIGRATIONS)})",
                    hint="upgrade followupd, or move the file away to start over",
                )
            for number, step in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in step:
                    self._conn.execute(statement)
                # PRAGMA does not take parameters; number is an int we produced.
                self._conn.execute(f"PRAGMA user_version = {int(number)}")

    # -- transactions -------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; nested uses join the outermost one.

        IMMEDIATE takes the write lock at the start, so a transaction that reads and then writes
        never fails half-way with SQLITE_BUSY: it waits (busy_timeout) before doing anything.
        """
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                # SQLite may have rolled back already (SQLITE_FULL, IOERR): a second ROLLBACK
                # would raise "no transaction is active" and hide the real error.
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._depth = 0
            try:
                self._conn.execute("COMMIT")
            except BaseException:
                # A failed COMMIT leaves the transaction open; the next BEGIN would fail forever.
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def _x(self, sql: str, params: Sequence[Any] = ()) -> _Result:
        # Fetched under the lock: another thread's open transaction never interleaves a read.
        with self._lock:
            try:
                cur = self._conn.execute(sql, params)
            except UnicodeEncodeError:
                # Undecodable bytes in a header reach us as lone surrogates (surrogateescape);
                # SQLite text must be UTF-8. Nothing ran: bind them as U+FFFD instead.
                cur = self._conn.execute(sql, [_valid_text(p) for p in params])
            return _Result(cur.fetchall(), cur.rowcount, cur.lastrowid)

    def _audit(self, now: datetime, event: str, detail: str = "", *, followup_id: int | None = None,
               interview_id: int | None = None) -> None:
        self._x("INSERT INTO audit (ts, followup_id, interview_id, event, detail) VALUES (?, ?, ?, ?, ?)",
                (to_db(now), followup_id, interview_id, event, detail))

    # -- processed messages and cursors -------------------------------------------------------------

    def record_message(
        self, *, folder: str, key: str, uidvalidity: int | None, uid: int | None,
        message_id: str | None, received_at: datetime | None, detection: Detection,
        processed_at: datetime,
    ) -> bool:
        """Remember that a message was processed; False if it was already (nothing changes)."""
        with self.transaction():
            cur = self._x(
                """INSERT OR IGNORE INTO messages (folder, key, uidvalidity, uid, message_id,
                   received_at, kind, detection, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (folder, key, uidvalidity, uid, message_id, _opt_to_db(received_at), detection.kind,
                 json.dumps(detection.to_json(), ensure_ascii=False), to_db(processed_at)),
            )
            return cur.rowcount == 1

    def has_message(self, folder: str, key: str) -> bool:
        row = self._x("SELECT 1 FROM messages WHERE folder = ? AND key = ?", (folder, key)).fetchone()
        return row is not None

    def seen_message_id(self, message_id: str, folder: str | None = None) -> bool:
        """True when a message with this Message-ID was processed (in ``folder`` when given).

        After a UIDVALIDITY change every UID is new; the Message-ID says which mails are not.
        """
        if folder is None:
            row = self._x("SELECT 1 FROM messages WHERE message_id = ? LIMIT 1", (message_id,)).fetchone()
        else:
            row = self._x("SELECT 1 FROM messages WHERE message_id = ? AND folder = ? LIMIT 1",
                          (message_id, folder)).fetchone()
        return row is not None

    def get_cursor(self, folder: str) -> tuple[int, int] | None:
        """``(uidvalidity, last_uid)`` of the last message handed over from ``folder``, or None."""
        row = self._x("SELECT uidvalidity, last_uid FROM cursors WHERE folder = ?", (folder,)).fetchone()
        return None if row is None else (int(row[0]), int(row[1]))

    def set_cursor(self, folder: str, uidvalidity: int, last_uid: int) -> None:
        with self.transaction():
            self._x("""INSERT INTO cursors (folder, uidvalidity, last_uid) VALUES (?, ?, ?)
                       ON CONFLICT (folder) DO UPDATE SET uidvalidity = excluded.uidvalidity,
                       last_uid = excluded.last_uid""", (folder, uidvalidity, last_uid))

    # -- interviews ---------------------------------------------------------------------------------

    def create_interview(self, data: InterviewData, now: datetime) -> InterviewRow:
        with self.transaction():
            cur = self._x(
                """INSERT INTO interviews (key, company, role, start_at, end_at, timezone, contact,
                   contact_name, interviewers, thread_subject, thread_message_id, thread_references,
                   state, sequence, confirmed_by, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)""",
                (data.key, data.company, data.role, _opt_to_db(data.start), _opt_to_db(data.end),
                 data.timezone, data.contact, data.contact_name, json.dumps(list(data.interviewers)),
                 data.thread_subject, data.thread_message_id, json.dumps(list(data.thread_references)),
                 data.sequence, data.confirmed_by, to_db(now), to_db(now)),
            )
            interview_id = int(cur.lastrowid or 0)
            self._audit(now, "interview_created", f"key {data.key}", interview_id=interview_id)
            return self.get_interview(interview_id)

    def update_interview(self, interview_id: int, data: InterviewData, now: datetime,
                         detail: str = "") -> None:
        """Replace what is known about an interview (all of ``data`` except the key and
        ``confirmed_by``, which stay as first recorded)."""
        with self.transaction():
            self._x(
                """UPDATE interviews SET company = ?, role = ?, start_at = ?, end_at = ?, timezone = ?,
                   contact = ?, contact_name = ?, interviewers = ?, thread_subject = ?,
                   thread_message_id = ?, thread_references = ?, sequence = ?, updated_at = ?
                   WHERE id = ?""",
                (data.company, data.role, _opt_to_db(data.start), _opt_to_db(data.end), data.timezone,
                 data.contact, data.contact_name, json.dumps(list(data.interviewers)),
                 data.thread_subject, data.thread_message_id, json.dumps(list(data.thread_references)),
                 data.sequence, to_db(now), interview_id),
            )
            self._audit(now, "interview_updated", detail, interview_id=interview_id)

    def set_interview_state(self, interview_id: int, state: InterviewState, now: datetime,
                            detail: str = "", *, sequence: int | None = None) -> bool:
        """Cancel or reactivate an interview (False when it already was); ``sequence``: the ICS
        SEQUENCE of the message that did it, when higher than the one recorded."""
        with self.transaction():
            cur = self._x(
                """UPDATE interviews SET state = ?, updated_at = ?,
                   sequence = CASE WHEN ? > coalesce(sequence, -1) THEN ? ELSE sequence END
                   WHERE id = ? AND state != ?""",
                (state, to_db(now), sequence, sequence, interview_id, state))
            if cur.rowcount:
                self._audit(now, f"interview_{state}", detail, interview_id=interview_id)
            return cur.rowcount == 1

    def get_interview(self, interview_id: int) -> InterviewRow:
        """The interview with this id; KeyError when there is none."""
        row = self._x("SELECT * FROM interviews WHERE id = ?", (interview_id,)).fetchone()
        if row is None:
            raise KeyError(f"no interview {interview_id}")
        return InterviewRow._from(row)

    def find_interview(self, key: str) -> InterviewRow | None:
        row = self._x("SELECT * FROM interviews WHERE key = ?", (key,)).fetchone()
        return None if row is None else InterviewRow._from(row)

    def find_interview_by_thread(self, message_ids: Iterable[str]) -> InterviewRow | None:
        """The interview whose conversation contains one of ``message_ids`` (ours included)."""
        ids = [m for m in dict.fromkeys(message_ids) if m]
        if not ids:
            return None
        row = self._x(
            f"""SELECT i.* FROM interviews i WHERE i.id IN (
                    SELECT interview_id FROM thread_ids WHERE message_id IN ({_marks(ids)})
                    UNION SELECT interview_id FROM followups WHERE message_id IN ({_marks(ids)}))
                ORDER BY i.id DESC LIMIT 1""",  # noqa: S608 - placeholders only
            (*ids, *ids),
        ).fetchone()
        return None if row is None else InterviewRow._from(row)

    def interviews_with_contact(self, address: str) -> list[InterviewRow]:
        rows = self._x("SELECT * FROM interviews WHERE lower(contact) = lower(?) ORDER BY id", (address,))
        return [InterviewRow._from(r) for r in rows]

    def list_interviews(self, states: Iterable[InterviewState] | None = None) -> list[InterviewRow]:
        if states is None:
            rows = self._x("SELECT * FROM interviews ORDER BY start_at, id")
        else:
            wanted = list(states)
            sql = f"SELECT * FROM interviews WHERE state IN ({_marks(wanted)}) ORDER BY start_at, id"  # noqa: S608
            rows = self._x(sql, wanted)
        return [InterviewRow._from(r) for r in rows]

    def add_thread_ids(self, interview_id: int, message_ids: Iterable[str]) -> None:
        """Tie Message-IDs to an interview's conversation (an id already tied elsewhere stays there)."""
        ids = [(_utf8(m), interview_id) for m in dict.fromkeys(message_ids) if m]
        if ids:
            with self.transaction():
                self._conn.executemany(
                    "INSERT OR IGNORE INTO thread_ids (message_id, interview_id) VALUES (?, ?)", ids)

    # -- follow-ups: creation and reading -----------------------------------------------------------

    def create_followup(
        self, *, interview_id: int, rule: str, template: str, due_at: datetime, message_id: str,
        now: datetime, held_reason: str | None = None,
    ) -> FollowupRow | None:
        """Plan a follow-up; None when this interview already has one of ``rule`` (kept as is).

        With ``held_reason`` it starts in ``awaiting_approval`` (e.g. already late when found).
        """
        state: FollowupState = "planned" if held_reason is None else "awaiting_approval"
        with self.transaction():
            cur = self._x(
                """INSERT OR IGNORE INTO followups (interview_id, rule, template, state, due_at,
                   message_id, held_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (interview_id, rule, template, state, to_db(due_at), message_id, held_reason,
                 to_db(now), to_db(now)),
            )
            if cur.rowcount != 1:
                return None
            followup_id = int(cur.lastrowid or 0)
            detail = f"{rule} due {to_db(due_at)}" + (f"; held: {held_reason}" if held_reason else "")
            self._audit(now, state, detail, followup_id=followup_id, interview_id=interview_id)
            return self.get_followup(followup_id)

    def get_followup(self, followup_id: int) -> FollowupRow:
        """The follow-up with this id; KeyError when there is none."""
        row = self._x("SELECT * FROM followups WHERE id = ?", (followup_id,)).fetchone()
        if row is None:
            raise KeyError(f"no follow-up {followup_id}")
        return FollowupRow._from(row)

    def find_followup_by_message_id(self, message_id: str) -> FollowupRow | None:
        row = self._x("SELECT * FROM followups WHERE message_id = ?", (message_id,)).fetchone()
        return None if row is None else FollowupRow._from(row)

    def list_followups(self, states: Iterable[FollowupState] | None = None, *,
                       interview_id: int | None = None) -> list[FollowupRow]:
        """Follow-ups (optionally of some states and/or one interview), by due time."""
        where: list[str] = []
        params: list[Any] = []
        if states is not None:
            wanted = list(states)
            where.append(f"state IN ({_marks(wanted)})")
            params.extend(wanted)
        if interview_id is not None:
            where.append("interview_id = ?")
            params.append(interview_id)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._x(f"SELECT * FROM followups {clause} ORDER BY due_at, id", params)  # noqa: S608
        return [FollowupRow._from(r) for r in rows]

    def due_followups(self, now: datetime) -> list[FollowupRow]:
        """``planned`` / ``due`` follow-ups whose time (retry time, else due_at) has come, oldest first."""
        rows = self._x(
            """SELECT * FROM followups WHERE state IN ('planned', 'due')
                AND coalesce(next_attempt_at, due_at) <= ? ORDER BY coalesce(next_attempt_at, due_at), id""",
            (to_db(now),),
        )
        return [FollowupRow._from(r) for r in rows]

    def next_due_at(self) -> datetime | None:
        """The earliest time a ``planned`` / ``due`` follow-up can be handled (the daemon's wake-up)."""
        return _opt_from_db(self._x("SELECT min(coalesce(next_attempt_at, due_at)) FROM followups "
                                    "WHERE state IN ('planned', 'due')").scalar())

    def sending_leftovers(self) -> list[FollowupRow]:
        """Follow-ups left in ``sending`` (a crash mid-send): the outbox resolves them at start-up."""
        return self.list_followups(("sending",))

    def copies_pending(self) -> list[FollowupRow]:
        """Sent follow-ups whose copy for the Sent folder is still owed."""
        rows = self._x("SELECT * FROM followups WHERE state = 'sent' AND copy_pending = 1 ORDER BY id")
        return [FollowupRow._from(r) for r in rows]

    def count_sent_since(self, since: datetime) -> int:
        """How many follow-ups went out at or after ``since`` (the daily cap; survives restarts).

        Counts by ``sent_at``, so one that bounced afterwards (now ``failed``) still counts.
        """
        return int(self._x("SELECT count(*) FROM followups WHERE sent_at >= ?", (to_db(since),)).scalar())

    def status_counts(self) -> dict[str, int]:
        """Follow-ups per state (every state present, 0 when none) and ``interviews`` (active)."""
        counts: dict[str, int] = dict.fromkeys(FOLLOWUP_STATES, 0)
        for state, n in self._x("SELECT state, count(*) FROM followups GROUP BY state"):
            counts[state] = int(n)
        counts["interviews"] = int(
            self._x("SELECT count(*) FROM interviews WHERE state = 'active'").scalar())
        return counts

    def audit_log(self, *, followup_id: int | None = None, interview_id: int | None = None) -> list[AuditRow]:
        where: list[str] = []
        params: list[Any] = []
        if followup_id is not None:
            where.append("followup_id = ?")
            params.append(followup_id)
        if interview_id is not None:
            where.append("interview_id = ?")
            params.append(interview_id)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._x(f"SELECT * FROM audit {clause} ORDER BY id", params)  # noqa: S608
        return [AuditRow(r["id"], from_db(r["ts"]), r["followup_id"], r["interview_id"], r["event"],
                         r["detail"]) for r in rows]

    # -- follow-ups: guarded transitions ------------------------------------------------------------

    def _transition(
        self, followup_id: int, from_states: Sequence[str], now: datetime, event: str, detail: str,
        assignments: str, params: Sequence[Any] = (), extra_where: str = "",
        where_params: Sequence[Any] = (),
    ) -> bool:
        """``UPDATE … SET <assignments> WHERE id = ? AND state IN (from_states)`` + an audit row.

        The only way a follow-up changes state: False (and nothing written) when the row is not
        in one of ``from_states`` — it moved meanwhile, or never existed.
        """
        with self.transaction():
            cur = self._x(
                f"""UPDATE followups SET {assignments}, updated_at = ?
                    WHERE id = ? AND state IN ({_marks(from_states)}) {extra_where}""",  # noqa: S608 - ours
                (*params, to_db(now), followup_id, *from_states, *where_params),
            )
            if cur.rowcount != 1:
                return False
            interview_id = self._x("SELECT interview_id FROM followups WHERE id = ?",
                                   (followup_id,)).scalar()
            self._audit(now, event, detail, followup_id=followup_id, interview_id=interview_id)
            return True

    def claim_for_sending(self, followup_id: int, now: datetime) -> bool:
        """``planned``/``due`` → ``sending`` (stage ``claimed``, attempts + 1). Commit BEFORE any I/O.

        False when the follow-up is not releasable any more (another process claimed it, the user
        cancelled it, a reply arrived): then do not send.
        """
        return self._transition(
            followup_id, RELEASABLE, now, "sending", "claimed",
            "state = 'sending', stage = 'claimed', attempts = attempts + 1, "
            "first_attempt_at = coalesce(first_attempt_at, ?), next_attempt_at = NULL",
            (to_db(now),),
        )

    def mark_stage(self, followup_id: int, stage: Stage, now: datetime | None = None) -> bool:
        """Record how far a send got (``data``: from now on the server may have the message)."""
        return self._transition(followup_id, ("sending",), now or datetime.now(UTC), "stage", stage,
                                "stage = ?", (stage,))

    def mark_sent(self, followup_id: int, now: datetime, *, copy_pending: bool = False, detail: str = "",
                  from_states: Sequence[FollowupState] = ("sending",)) -> bool:
        """→ ``sent`` at ``now``. ``copy_pending``: a copy is still owed to the Sent folder.

        The tracker passes wider ``from_states`` when it sees our Message-ID in Sent (draft mode,
        in-doubt recovery); ``failed`` is never among them, so a bounce is not undone.
        """
        return self._transition(
            followup_id, from_states, now, "sent", detail,
            "state = 'sent', stage = NULL, sent_at = coalesce(sent_at, ?), copy_pending = ?, "
            "held_reason = NULL, next_attempt_at = NULL",
            (to_db(now), int(copy_pending)),
        )

    def clear_copy_pending(self, followup_id: int, now: datetime | None = None) -> bool:
        return self._transition(followup_id, ("sent",), now or datetime.now(UTC), "copy_filed", "",
                                "copy_pending = 0")

    def mark_failed(self, followup_id: int, error: str, now: datetime | None = None, *,
                    from_states: Sequence[FollowupState] = ("sending",)) -> bool:
        """→ ``failed`` for good (SMTP 5xx, retries exhausted; a bounce passes ``("sent", ...)``)."""
        return self._transition(followup_id, from_states, now or datetime.now(UTC), "failed", error,
                                "state = 'failed', stage = NULL, last_error = ?, next_attempt_at = NULL",
                                (error,))

    def schedule_retry(self, followup_id: int, next_attempt_at: datetime, error: str,
                       now: datetime | None = None) -> bool:
        """``sending`` → ``due``, to be tried again at ``next_attempt_at`` (a temporary failure)."""
        return self._transition(
            followup_id, ("sending",), now or datetime.now(UTC), "retry",
            f"{error}; next attempt {to_db(next_attempt_at)}",
            "state = 'due', stage = NULL, next_attempt_at = ?, last_error = ?",
            (to_db(next_attempt_at), error),
        )

    def requeue(self, followup_id: int, reason: str, now: datetime | None = None) -> bool:
        """``sending`` → ``due`` at once: the send never reached the server (stage ``claimed``)."""
        return self._transition(followup_id, ("sending",), now or datetime.now(UTC), "requeued", reason,
                                "state = 'due', stage = NULL, next_attempt_at = NULL")

    def hold(self, followup_id: int, reason: str, now: datetime | None = None, *,
             from_states: Sequence[FollowupState] = RELEASABLE) -> bool:
        """→ ``awaiting_approval`` with ``reason`` (queue mode, late, template error).

        In doubt, the outbox passes ``from_states=("sending",)``: the row keeps its ``stage``, which
        marks it :attr:`FollowupRow.in_doubt` — a reschedule never moves such a one back to
        ``planned``; only the user's :meth:`approve` (or our Message-ID seen in Sent) releases it.
        """
        return self._transition(
            followup_id, from_states, now or datetime.now(UTC), "held", reason,
            "state = 'awaiting_approval', held_reason = ?, "
            "stage = CASE WHEN state = 'sending' THEN stage ELSE NULL END",  # the old state
            (reason,))

    def approve(self, followup_id: int, now: datetime | None = None) -> bool:
        """``awaiting_approval`` (or ``planned``, approving ahead) → ``due`` with ``approved`` set.

        An approved follow-up is not held again for the window, lateness or queue mode; it goes
        at once when it is past due, else at its due time.
        """
        return self._transition(followup_id, ("awaiting_approval", "planned"), now or datetime.now(UTC),
                                "approved", "",
                                "state = 'due', approved = 1, held_reason = NULL, next_attempt_at = NULL, "
                                "stage = NULL")

    def postpone(self, followup_id: int, due_at: datetime, reason: str, now: datetime | None = None) -> bool:
        """Move a ``planned``/``due`` follow-up's due time (the daily cap was reached)."""
        return self._transition(followup_id, RELEASABLE, now or datetime.now(UTC), "postponed",
                                f"{reason}; now due {to_db(due_at)}",
                                "state = 'due', due_at = ?, next_attempt_at = NULL", (to_db(due_at),))

    def defer(self, followup_id: int, until: datetime, reason: str, now: datetime | None = None) -> bool:
        """Not before ``until`` (the SMTP login is being refused): ``due_at`` and the state stay.

        Unlike :meth:`postpone` the due time is kept, so lateness is still judged from it.
        """
        return self._transition(followup_id, RELEASABLE, now or datetime.now(UTC), "deferred",
                                f"{reason}; next attempt {to_db(until)}",
                                "next_attempt_at = ?, last_error = ?", (to_db(until), reason))

    def retry_now(self, now: datetime) -> int:
        """The user says what held the retries back is fixed (a reload after a new password):
        every follow-up waiting for its next attempt may go at the next pass. Returns how many."""
        with self.transaction():
            waiting = self._x(
                f"""SELECT id FROM followups WHERE state IN ({_marks(RELEASABLE)})
                    AND next_attempt_at > ?""",  # noqa: S608 - ours
                (*RELEASABLE, to_db(now)),
            )
            return sum(self._transition(r["id"], RELEASABLE, now, "retry_now", "on reload",
                                        "next_attempt_at = NULL") for r in waiting)

    def reschedule(self, followup_id: int, due_at: datetime, now: datetime, *,
                   held_reason: str | None = None, detail: str = "") -> bool:
        """A pending follow-up gets a new due time (the interview moved); its Message-ID stays.

        It becomes ``planned`` again (``due`` when the user had approved it), or
        ``awaiting_approval`` with ``held_reason`` when the new time is already too late.
        A follow-up held in doubt (it may have been delivered) is not moved: returns False.
        """
        return self._transition(
            followup_id, PENDING, now, "rescheduled", detail or f"now due {to_db(due_at)}",
            "due_at = ?, next_attempt_at = NULL, held_reason = ?, "
            "state = CASE WHEN ? IS NOT NULL THEN 'awaiting_approval' "
            "WHEN approved THEN 'due' ELSE 'planned' END",
            (to_db(due_at), held_reason, held_reason),
            extra_where="AND NOT (state = 'awaiting_approval' AND stage IS NOT NULL)",
        )

    def revive(self, followup_id: int, due_at: datetime, now: datetime, *, cancelled_reason: str,
               held_reason: str | None = None) -> bool:
        """``cancelled`` → ``planned`` with a new due time, only if it was cancelled for
        ``cancelled_reason`` (the interview was cancelled, then invited again). One the user or a
        reply cancelled stays cancelled. ``held_reason``: back as ``awaiting_approval`` instead.
        """
        return self._transition(
            followup_id, ("cancelled",), now, "revived", f"now due {to_db(due_at)}",
            "due_at = ?, next_attempt_at = NULL, approved = 0, held_reason = ?, "
            "state = CASE WHEN ? IS NOT NULL THEN 'awaiting_approval' ELSE 'planned' END",
            (to_db(due_at), held_reason, held_reason),
            extra_where="AND held_reason = ?", where_params=(cancelled_reason,),
        )

    def cancel(self, followup_id: int, reason: str, now: datetime | None = None, *,
               from_states: Sequence[FollowupState] = PENDING) -> bool:
        """A pending follow-up will not be sent (the user, an interview cancellation, a reply)."""
        return self._transition(followup_id, from_states, now or datetime.now(UTC), "cancelled", reason,
                                "state = 'cancelled', held_reason = ?", (reason,))

    def skip(self, followup_id: int, reason: str, now: datetime | None = None) -> bool:
        """A pending follow-up is not needed: the user already wrote by hand."""
        return self._transition(followup_id, PENDING, now or datetime.now(UTC), "skipped", reason,
                                "state = 'skipped', held_reason = ?", (reason,))

    def mark_drafted(self, followup_id: int, now: datetime) -> bool:
        """``planned``/``due`` → ``drafted``: it is in the Drafts folder; Sent will tell when it went."""
        return self._transition(followup_id, RELEASABLE, now, "drafted", "", "state = 'drafted'")

    def set_edited_body(self, followup_id: int, body: str | None, now: datetime | None = None) -> bool:
        """The user's own text (``queue edit``) for a pending follow-up; None restores the template."""
        return self._transition(followup_id, PENDING, now or datetime.now(UTC), "edited",
                                "body cleared" if body is None else f"{len(body)} characters",
                                "edited_body = ?", (body,))

    def set_note(self, followup_id: int, note: str | None, now: datetime | None = None) -> bool:
        """One point from the conversation for a pending follow-up's template; None clears it."""
        return self._transition(followup_id, PENDING, now or datetime.now(UTC), "noted",
                                "note cleared" if note is None else f"note: {note}",
                                "note = ?", (note,))


__all__: list[str] = [
    "FOLLOWUP_STATES", "MIGRATIONS", "PENDING", "RELEASABLE", "AuditRow", "FollowupRow", "FollowupState",
    "InterviewData", "InterviewRow", "InterviewState", "Stage", "Store", "from_db", "to_db",
]
