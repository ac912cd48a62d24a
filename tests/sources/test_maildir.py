"""MaildirSource over a real Maildir++ tree (and one Dovecot wrote: the same layout users sync)."""

from __future__ import annotations

import os
import threading
import time
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from pathlib import Path

import pytest

from followupd.config_types import MaildirConfig
from followupd.errors import SourceError
from followupd.sources.base import MailSource
from followupd.sources.maildir import MaildirSource
from tests.servers.dovecot import DovecotServer
from tests.sources.messages import invite, plain

SINCE = datetime.now(UTC) - timedelta(days=30)


@pytest.fixture
def maildir(tmp_path: Path) -> Path:
    root = tmp_path / "Maildir"
    for sub in ("tmp", "new", "cur"):
        (root / sub).mkdir(parents=True)
    return root


def _write(box: Path, name: str, raw: bytes, sub: str = "new", mtime: float | None = None) -> Path:
    p = box / sub / name
    p.write_bytes(raw)
    if mtime is not None:
        os.utime(p, (mtime, mtime))
    return p


def test_yields_each_message_once_oldest_first(maildir: Path) -> None:
    now = time.time()
    _write(maildir, "200.a.host", plain("second", 2), mtime=now - 10)
    _write(maildir, "100.b.host:2,S", plain("first", 1), sub="cur", mtime=now - 20)
    src = MaildirSource(MaildirConfig(path=maildir))
    assert isinstance(src, MailSource)
    msgs = list(src.fetch_new("INBOX", None, SINCE))
    assert [m.key for m in msgs] == ["100.b.host", "200.a.host"]
    assert msgs[0].uid is None and msgs[0].received_at.tzinfo is not None
    assert msgs[0].message_id and msgs[0].message_id.startswith("<plain-1-")
    assert list(src.fetch_new("INBOX", None, SINCE)) == []


def test_key_survives_the_move_from_new_to_cur(maildir: Path) -> None:
    p = _write(maildir, "300.c.host", plain("x"))
    src = MaildirSource(MaildirConfig(path=maildir))
    [first] = list(src.fetch_new("INBOX", None, SINCE))
    p.rename(maildir / "cur" / "300.c.host:2,S")
    fresh = MaildirSource(MaildirConfig(path=maildir))  # a restarted daemon
    [again] = list(fresh.fetch_new("INBOX", None, SINCE))
    assert again.key == first.key  # the caller dedupes by (folder, key)


def test_since_skips_old_files(maildir: Path) -> None:
    _write(maildir, "1.old.host", plain("old"), mtime=time.time() - 90 * 86400)
    _write(maildir, "2.new.host", plain("new"))
    src = MaildirSource(MaildirConfig(path=maildir))
    assert [m.key for m in src.fetch_new("INBOX", None, SINCE)] == ["2.new.host"]


def test_reading_is_read_only(maildir: Path) -> None:
    _write(maildir, "1.x.host", plain("x"))
    _write(maildir, "2.y.host:2,F", plain("y"), sub="cur")
    before = sorted(p.name for p in maildir.rglob("*"))
    src = MaildirSource(MaildirConfig(path=maildir))
    list(src.fetch_new("INBOX", None, SINCE))
    src.find_message_id("INBOX", "<x@y>")
    assert sorted(p.name for p in maildir.rglob("*")) == before


def test_append_with_draft_flag_and_find_message_id(maildir: Path) -> None:
    src = MaildirSource(MaildirConfig(path=maildir))
    raw = plain("draft", 3)
    mid = message_from_bytes(raw)["Message-ID"]
    assert src.find_message_id("Drafts", mid) is False
    src.append("Drafts", raw, flags=["\\Draft", "\\Seen"])
    [path] = list((maildir / ".Drafts" / "cur").iterdir())
    assert path.name.endswith(":2,DS") and path.read_bytes() == raw
    assert (maildir / ".Drafts" / "maildirfolder").exists()
    assert src.find_message_id("Drafts", mid) is True
    src.append("Sent", raw, when=datetime(2026, 11, 1, tzinfo=UTC))
    [sent] = list((maildir / ".Sent" / "new").iterdir())
    assert sent.stat().st_mtime == datetime(2026, 11, 1, tzinfo=UTC).timestamp()
    assert not list((maildir / ".Sent" / "tmp").iterdir())


def test_wait_sees_a_delivery_and_a_sent_copy(maildir: Path) -> None:
    src = MaildirSource(MaildirConfig(path=maildir), poll_seconds=0.1)
    src.append("Sent", plain("seed"))
    assert src.wait(0.3) is False
    threading.Timer(0.3, lambda: _write(maildir, "9.z.host", invite(1, pdf_bytes=0))).start()
    assert src.wait(5) is True
    threading.Timer(0.3, lambda: src.append("Sent", plain("by hand"))).start()
    assert src.wait(5) is True


def test_stop_event_makes_wait_return_within_1s(maildir: Path) -> None:
    stop = threading.Event()
    src = MaildirSource(MaildirConfig(path=maildir), stop, poll_seconds=30)
    threading.Timer(0.3, stop.set).start()
    t0 = time.monotonic()
    assert src.wait(60) is False
    assert time.monotonic() - t0 < 1.0


def test_a_missing_folder_is_a_clear_error(maildir: Path) -> None:
    src = MaildirSource(MaildirConfig(path=maildir))
    with pytest.raises(SourceError, match="not a Maildir"):
        list(src.fetch_new("Nope", None, SINCE))


def test_a_missing_sent_folder_is_said_once_and_read_as_empty(maildir: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    src = MaildirSource(MaildirConfig(path=maildir, sent_folder="Sent Items"))
    for _ in range(3):
        assert list(src.fetch_new("Sent Items", None, SINCE)) == []
    assert caplog.text.count("no such folder") == 1 and "maildir.sent_folder" in caplog.text


def test_reads_a_maildir_dovecot_wrote(dovecot: DovecotServer, dovecot_user: str) -> None:
    dovecot.append(dovecot_user, "INBOX", invite(4, pdf_bytes=0))
    dovecot.append(dovecot_user, "Sent", plain("sent", 5), flags=["\\Seen"])
    src = MaildirSource(MaildirConfig(path=dovecot.maildir(dovecot_user)))
    [inbox] = list(src.fetch_new("INBOX", None, SINCE))
    [sent] = list(src.fetch_new("Sent", None, SINCE))
    assert b"Interview confirmation #4" in inbox.raw and b"sent" in sent.raw


def test_big_attachments_are_not_handed_over(maildir: Path) -> None:
    raw = invite(6, pdf_bytes=400_000)
    _write(maildir, "5.big.host", raw)
    [msg] = MaildirSource(MaildirConfig(path=maildir)).fetch_new("INBOX", None, SINCE)
    assert msg.size == len(raw) and len(msg.raw) < 10_000
    parsed = message_from_bytes(msg.raw)
    texts = [p.get_payload(decode=True) for p in parsed.walk() if not p.is_multipart()]
    assert any(t and b"BEGIN:VEVENT" in t for t in texts)
    assert any(t and b"Tuesday 1 December" in t for t in texts)
