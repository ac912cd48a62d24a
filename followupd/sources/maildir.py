"""Maildir source: the same interface over a local Maildir++ tree (mbsync / offlineimap, demo).

The root is INBOX; other folders are ``.Name`` subdirectories (``A/B`` → ``.A.B``). There are
no UIDs: a message's key is the unique part of its file name (before ``:2,``), which survives
the MUA moving it from new/ to cur/ and changing its flags. The caller dedupes by (folder, key)
across runs; within one process we remember what we handed over so a cycle does not re-read
the whole folder. Read-only except :meth:`append`.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from email.parser import BytesParser
from email.policy import compat32
from pathlib import Path

from followupd.config_types import MaildirConfig
from followupd.errors import SourceError
from followupd.sources import mime
from followupd.sources.base import Cursor, FetchedMessage, message_id_of

log = logging.getLogger(__name__)

MAX_READ = 8 * 1024 * 1024  # a local file larger than this is read only this far
PRUNE_ABOVE = 256 * 1024  # larger messages lose their attachments' bodies, as over IMAP
_FLAG_LETTERS = {"\\draft": "D", "\\flagged": "F", "\\answered": "R", "\\seen": "S",
                 "\\deleted": "T"}


def unique_part(name: str) -> str:
    return name.split(":", 1)[0]


def prune_attachments(raw: bytes) -> bytes:
    """The message with every part the detector does not read emptied (PDFs, images), so a
    Maildir hands over the same shape as IMAP does and memory stays bounded."""
    msg = BytesParser(policy=compat32).parsebytes(raw)
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        ctype = (part.get_content_maintype(), part.get_content_subtype())
        name = (part.get_filename() or "").lower()
        if ctype in mime.CALENDAR_TYPES or name.endswith((".ics", ".vcs")):
            continue
        if ctype in {("text", "plain"), ("text", "html")}:
            continue
        part.set_payload("")
        part["X-Followupd-Omitted"] = part.get_content_type()
    return msg.as_bytes()


class MaildirSource:
    def __init__(
        self,
        config: MaildirConfig,
        stop_event: threading.Event | None = None,
        *,
        poll_seconds: float = 2.0,
    ) -> None:
        self.config = config
        self.stop_event = stop_event or threading.Event()
        self.poll_seconds = poll_seconds
        self._handed: dict[str, set[str]] = {}  # folder → keys yielded by this process
        self._stamps: dict[Path, int] | None = None
        self._missing: set[str] = set()  # folders we warned about not existing

    def folder_path(self, folder: str) -> Path:
        if folder.upper() == "INBOX":
            return self.config.path
        return self.config.path / ("." + folder.replace("/", "."))

    def watched(self) -> list[str]:
        out = list(self.config.folders)
        if self.config.sent_folder and self.config.sent_folder not in out:
            out.append(self.config.sent_folder)
        return out

    def fetch_new(
        self, folder: str, cursor: Cursor | None, since: datetime
    ) -> Iterator[FetchedMessage]:
        """Messages not handed over yet by this process, oldest first (cursor unused)."""
        box = self.folder_path(folder)
        if not (box / "cur").is_dir() and not (box / "new").is_dir():
            if folder == self.config.sent_folder and folder not in self.config.folders:
                # Many local setups keep sent mail elsewhere; like an IMAP account whose Sent
                # does not exist yet, that is nothing to read, not a reason to stop.
                if folder not in self._missing:
                    self._missing.add(folder)
                    log.warning("maildir %s: no such folder; mail you send by hand is not seen "
                                "(set maildir.sent_folder to where your sent mail is)", box)
                return
            raise SourceError(f"maildir {box}: not a Maildir folder (no cur/ or new/)")
        handed = self._handed.setdefault(folder, set())
        floor = since.timestamp()
        found: list[tuple[float, str, Path]] = []
        for sub in ("new", "cur"):
            try:
                entries = list(os.scandir(box / sub))
            except FileNotFoundError:
                continue
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                key = unique_part(entry.name)
                if key in handed:
                    continue
                try:
                    mtime = entry.stat().st_mtime
                except FileNotFoundError:
                    continue  # moved between listing and stat (new/ → cur/): seen next cycle
                if mtime >= floor:
                    found.append((mtime, key, Path(entry.path)))
        found.sort()
        for mtime, key, path in found:
            try:
                with path.open("rb") as fh:
                    raw = fh.read(MAX_READ)
                size = path.stat().st_size
            except FileNotFoundError:
                # The MUA renamed it (new/ → cur/, flag change) since we listed: find it again.
                moved = self._find_key(box, key)
                if moved is None:
                    log.info("maildir %s: %s vanished before it was read", box, key)
                    continue
                raw, size = moved.read_bytes()[:MAX_READ], moved.stat().st_size
            header = raw.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
            if len(raw) > PRUNE_ABOVE:
                raw = prune_attachments(raw)
            yield FetchedMessage(
                folder=folder, key=key, uid=None, uidvalidity=None, raw=raw,
                received_at=datetime.fromtimestamp(mtime, UTC),
                message_id=message_id_of(header + b"\n\n"), size=size,
            )
            handed.add(key)  # only once the consumer asked for the next one

    @staticmethod
    def _find_key(box: Path, key: str) -> Path | None:
        for sub in ("cur", "new"):
            for p in (box / sub).glob(f"{key}*"):
                if unique_part(p.name) == key:
                    return p
        return None

    def wait(self, timeout: float) -> bool:
        """Poll the mtimes of new/ and cur/ of the watched folders (a delivery or a rename
        changes them); True on a change. Checks the stop event at least twice a second."""
        deadline = time.monotonic() + timeout
        if self._stamps is None:
            self._stamps = self._snapshot()
        next_poll = time.monotonic() + self.poll_seconds
        while not self.stop_event.is_set():
            now = time.monotonic()
            if now >= deadline:
                return False
            if now >= next_poll:
                stamps = self._snapshot()
                if stamps != self._stamps:
                    self._stamps = stamps
                    return True
                next_poll = now + self.poll_seconds
            self.stop_event.wait(min(0.5, deadline - now, max(0.0, next_poll - now)))
        return False

    def _snapshot(self) -> dict[Path, int]:
        out: dict[Path, int] = {}
        for folder in self.watched():
            for sub in ("new", "cur"):
                p = self.folder_path(folder) / sub
                try:
                    out[p] = p.stat().st_mtime_ns
                except FileNotFoundError:
                    out[p] = 0
        return out

    def append(
        self, folder: str, raw: bytes, flags: Sequence[str] = (), when: datetime | None = None
    ) -> None:
        """Deliver the Maildir way: write in tmp/, then rename into new/ (or cur/ with flags)."""
        box = self.folder_path(folder)
        for sub in ("tmp", "new", "cur"):
            (box / sub).mkdir(parents=True, exist_ok=True)
        if box != self.config.path:
            (box / "maildirfolder").touch()  # Maildir++ marks subfolders so
        name = f"{time.time_ns()}.P{os.getpid()}R{secrets.token_hex(6)}.{socket.gethostname()}"
        tmp = box / "tmp" / name
        with tmp.open("xb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        if when is not None:
            os.utime(tmp, (when.timestamp(), when.timestamp()))
        letters = "".join(sorted({_FLAG_LETTERS[f.lower()] for f in flags
                                  if f.lower() in _FLAG_LETTERS}))
        final = box / "cur" / f"{name}:2,{letters}" if flags else box / "new" / name
        tmp.rename(final)

    def find_message_id(self, folder: str, message_id: str) -> bool:
        box = self.folder_path(folder)
        for sub in ("cur", "new"):
            try:
                entries = list(os.scandir(box / sub))
            except FileNotFoundError:
                continue
            for entry in entries:
                try:
                    with open(entry.path, "rb") as fh:
                        head = fh.read(64 * 1024).split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
                except FileNotFoundError:
                    continue
                if message_id.encode() in head and message_id_of(head + b"\n\n") == message_id:
                    return True
        return False

    def retry_now(self) -> None:
        pass  # a directory never refuses us

    def close(self) -> None:
        """Nothing to release: no connection, no lock."""
