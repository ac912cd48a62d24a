"""The connection to the state database: the file, its migrations, explicit transactions.

* **Explicit transactions.** The connection runs in autocommit mode (``isolation_level=None``);
  :meth:`Database.transaction` issues ``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on error).
  Every public method of the store that writes opens one, and joins the caller's when one is open —
  so ``with store.transaction(): tracker.apply(...); store.record_message(...);
  store.set_cursor(...)`` commits a message, its effects and the advanced cursor together.

The queries are :class:`followupd.store.queries.Store`'s, a subclass of :class:`Database`.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from followupd.errors import TemporaryFailure, UserError
from followupd.store import schema  # schema.MIGRATIONS is looked up when opening (tests patch it)

BUSY_TIMEOUT_MS = 10_000  # a second process (the CLI during `run`) waits this long for the lock


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


class Database:
    """One connection to the state database. Open with :meth:`open`; close when done.

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
    def open(cls, path: Path) -> Self:
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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._x("PRAGMA user_version").scalar())

    def _migrate(self) -> None:
        migrations = schema.MIGRATIONS
        if self.schema_version == len(migrations):
            return  # no write lock taken: `followupd status` works while the daemon writes
        with self.transaction():
            current = self.schema_version
            if current > len(migrations):
                raise UserError(
                    f"{self.path}: the state database is from a newer followupd "
                    f"(schema {current}, this version knows {len(migrations)})",
                    hint="upgrade followupd, or move the file away to start over",
                )
            for number, step in enumerate(migrations[current:], start=current + 1):
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
