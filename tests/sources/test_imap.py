"""ImapSource against the real Dovecot: TLS, incremental sync, partial fetch, IDLE, reconnects."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import Message
from email.policy import default

import pytest

from followupd.errors import ConfigError, SourceError
from followupd.retry import Backoff
from followupd.sources.base import FetchedMessage, MailSource
from followupd.sources.imap import ImapSource, login_refused
from tests.servers.dovecot import DovecotServer
from tests.sources.messages import forwarded, invite, plain

SINCE = datetime.now(UTC) - timedelta(days=30)


@pytest.fixture
def make_source(
    dovecot: DovecotServer, dovecot_user: str
) -> Iterator[type[ImapSource] | object]:
    made: list[ImapSource] = []

    def make(stop: threading.Event | None = None, **overrides: object) -> ImapSource:
        idle_renew = float(overrides.pop("idle_renew", 600.0))  # type: ignore[arg-type]
        cfg = dovecot.imap_config(dovecot_user, **overrides)
        src = ImapSource(cfg, lambda: dovecot.passwords[dovecot_user], stop,
                         idle_renew=idle_renew, backoff=Backoff(base=0.2, cap=1.0))
        made.append(src)
        return src

    yield make
    for src in made:
        src.close()


def _texts(raw: bytes) -> list[str]:
    msg = message_from_bytes(raw, policy=default)
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())  # type: ignore[attr-defined]
    return out


def _collect(src: MailSource, folder: str = "INBOX", cursor: tuple[int, int] | None = None
             ) -> list[FetchedMessage]:
    return list(src.fetch_new(folder, cursor, SINCE))


def _cursor(msgs: list[FetchedMessage], old: tuple[int, int] | None = None
            ) -> tuple[int, int] | None:
    if not msgs:
        return old
    return (msgs[-1].uidvalidity or 0, msgs[-1].uid or 0)


# -- TLS and login -------------------------------------------------------------------------


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_login_with_ca_verification(make_source, dovecot, dovecot_user, security) -> None:  # type: ignore[no-untyped-def]
    dovecot.append(dovecot_user, "INBOX", plain("hello"))
    src = make_source(security=security)
    assert isinstance(src, MailSource)
    [msg] = _collect(src)
    assert "hello" in msg.raw.decode()


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_an_unrelated_ca_is_refused(make_source, dovecot, security) -> None:  # type: ignore[no-untyped-def]
    src = make_source(security=security, ca_file=dovecot.pki.other_ca_file)
    with pytest.raises(SourceError, match="certificate"):
        src.connect()


def test_plaintext_needs_allow_insecure(make_source) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match="imap.security"):
        make_source(security="none")


def test_plaintext_from_a_non_loopback_address_is_refused_by_the_server(  # type: ignore[no-untyped-def]
    make_source, dovecot
) -> None:
    src = make_source(security="none", allow_insecure=True, host=dovecot.alt_host)
    with pytest.raises(SourceError, match="login failed"):
        src.connect()


def test_a_wrong_password_names_the_user_but_not_the_password(  # type: ignore[no-untyped-def]
    dovecot, dovecot_user, caplog
) -> None:
    src = ImapSource(dovecot.imap_config(dovecot_user), "not-the-password-xyz")
    with pytest.raises(SourceError, match=f"login failed for user '{dovecot_user}'") as err:
        src.connect()
    assert "not-the-password-xyz" not in str(err.value)
    assert "not-the-password-xyz" not in caplog.text


def test_a_password_that_stops_working_is_tried_rarely_said_once_and_retried_on_reload(  # type: ignore[no-untyped-def]
    dovecot, dovecot_user, caplog
) -> None:
    """The provider rotated the password under a running daemon: no login storm, one error."""
    password = {"value": dovecot.passwords[dovecot_user], "asked": 0}

    def secret() -> str:
        password["asked"] += 1  # one LOGIN per call
        return password["value"]

    src = ImapSource(dovecot.imap_config(dovecot_user), secret, backoff=Backoff(0.05, 0.1))
    try:
        _collect(src)
        password["value"], password["asked"] = "rotated-away-1234", 0
        src._drop("test: connection lost")  # as after a NAT timeout: the next step logs in
        caplog.set_level("DEBUG", logger="followupd")
        for _ in range(20):  # what 20 minutes of the daemon's loop would do, in 2 seconds
            assert src.wait(0.05) is False
            with pytest.raises(SourceError) as err:
                _collect(src)
            assert err.value.login_refused
        assert password["asked"] == 1  # one refused LOGIN, then it holds back
        errors = [r for r in caplog.records if r.levelname == "ERROR"]
        assert len(errors) == 1 and "login failed" in errors[0].getMessage()
        assert "followupd auth set imap" in errors[0].getMessage()
        assert "rotated-away-1234" not in caplog.text
        assert src._retry_at is not None and src._retry_at - time.monotonic() > 14 * 60

        password["value"] = dovecot.passwords[dovecot_user]  # the user fixes it and reloads
        src.retry_now()
        assert src.wait(2.0) is True  # logged in again: anything may have arrived meanwhile
        assert password["asked"] == 2
        assert "login accepted again after 1 refusal" in caplog.text
        dovecot.append(dovecot_user, "INBOX", plain(subject="after the fix"))
        assert any(m.uid for m in _collect(src))
    finally:
        src.close()


@pytest.mark.parametrize(("answer", "refused"), [
    ("[AUTHENTICATIONFAILED] Authentication failed.", True),  # Dovecot, a wrong password
    ("[AUTHENTICATIONFAILED] Invalid credentials (Failure)", True),  # Gmail
    ("[PRIVACYREQUIRED] Plaintext authentication disallowed", True),  # retrying will not help
    ("LOGIN failed.", True),  # Exchange, no response code
    ("[UNAVAILABLE] Temporary authentication failure. [host:2026-11-26]", False),  # RFC 5530
    ("[unavailable] backend down", False),
])
def test_only_a_backend_outage_is_not_taken_for_a_refused_login(answer: str, refused: bool) -> None:
    assert login_refused(answer) is refused


# -- fetching ------------------------------------------------------------------------------


def test_incremental_fetch_yields_only_new_messages_in_uid_order(  # type: ignore[no-untyped-def]
    make_source, dovecot, dovecot_user
) -> None:
    for i in range(3):
        dovecot.append(dovecot_user, "INBOX", plain(f"first {i}", i))
    src = make_source()
    first = _collect(src)
    assert [m.uid for m in first] == sorted(m.uid or 0 for m in first)
    assert len(first) == 3
    cursor = _cursor(first)
    assert _collect(src, cursor=cursor) == []  # nothing new: `n:*` must not repeat the last
    dovecot.append(dovecot_user, "INBOX", plain("second", 9))
    [new] = _collect(src, cursor=cursor)
    assert b"second" in new.raw
    assert new.key == f"{new.uidvalidity}:{new.uid}"
    assert new.received_at.tzinfo is not None
    assert new.message_id and new.message_id.startswith("<plain-9-")


def test_first_run_honours_since(make_source, dovecot, dovecot_user) -> None:  # type: ignore[no-untyped-def]
    old = datetime.now(UTC) - timedelta(days=90)
    dovecot.append(dovecot_user, "INBOX", plain("ancient", 1), date=old)
    dovecot.append(dovecot_user, "INBOX", plain("recent", 2))
    src = make_source()
    msgs = _collect(src)
    assert [b"recent" in m.raw for m in msgs] == [True]


def test_big_attachment_is_not_downloaded_but_text_and_calendar_are(  # type: ignore[no-untyped-def]
    make_source, dovecot, dovecot_user
) -> None:
    raw = invite(1, pdf_bytes=150_000)
    dovecot.append(dovecot_user, "INBOX", raw)
    [msg] = _collect(make_source())
    assert msg.size >= len(raw) - 100  # size is the server's, of the whole message
    assert len(msg.raw) < 5_000 < 150_000
    parsed = message_from_bytes(msg.raw, policy=default)
    types = [p.get_content_type() for p in parsed.walk()]
    assert "text/calendar" in types and "application/pdf" not in types
    texts = _texts(msg.raw)
    assert any("Tuesday 1 December at 15:00 UTC" in t for t in texts)
    assert any("naïve café" in t for t in texts)  # charset/transfer encoding preserved
    assert any("BEGIN:VEVENT" in t for t in texts)
    assert parsed["Subject"] == "Interview confirmation #1"


def test_forwarded_message_parts_are_fetched(make_source, dovecot, dovecot_user) -> None:  # type: ignore[no-untyped-def]
    dovecot.append(dovecot_user, "INBOX", forwarded(2))
    [msg] = _collect(make_source())
    assert len(msg.raw) < 5_000
    parsed = message_from_bytes(msg.raw, policy=default)
    inner = [p for p in parsed.walk() if p.get_content_type() == "message/rfc822"]
    assert inner, [p.get_content_type() for p in parsed.walk()]
    inner_msg: Message = inner[0].get_payload()[0]  # type: ignore[index,assignment]
    assert inner_msg["Subject"] == "Interview confirmation #2"
    assert any("BEGIN:VEVENT" in t for t in _texts(msg.raw))


def test_no_flag_changes(make_source, dovecot, dovecot_user) -> None:  # type: ignore[no-untyped-def]
    dovecot.append(dovecot_user, "INBOX", invite(1))
    dovecot.append(dovecot_user, "INBOX", plain("flagged", 2), flags=[r"\Flagged"])
    dovecot.append(dovecot_user, "INBOX", forwarded(3), flags=[r"\Seen", r"\Answered"])
    before = dovecot.flags(dovecot_user, "INBOX")
    src = make_source()
    assert len(_collect(src)) == 3
    assert src.find_message_id("INBOX", "<nope@x>") is False
    assert dovecot.flags(dovecot_user, "INBOX") == before
    assert all(b"\\Seen" not in f for u, f in before.items() if u != max(before))


def test_uidvalidity_change_rescans_since(make_source, dovecot, dovecot_user) -> None:  # type: ignore[no-untyped-def]
    dovecot.append(dovecot_user, "INBOX", plain("one", 1))
    src = make_source()
    first = _collect(src)
    cursor = _cursor(first)
    assert cursor is not None
    new_validity = dovecot.recreate_folder(dovecot_user, "INBOX")
    again = _collect(src, cursor=cursor)
    assert [m.message_id for m in again] == [first[0].message_id]  # the caller dedupes by it
    assert again[0].uidvalidity == new_validity != cursor[0]


def test_find_message_id_and_append_draft(make_source, dovecot, dovecot_user) -> None:  # type: ignore[no-untyped-def]
    src = make_source()
    raw = plain("my follow-up", 5)
    mid = message_from_bytes(raw)["Message-ID"]
    assert src.find_message_id("Sent", mid) is False
    src.append("Sent", raw, flags=[r"\Seen"])
    src.append("Drafts", raw, flags=[r"\Draft"], when=datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    assert src.find_message_id("Sent", mid) is True
    [(_, flags, got)] = dovecot.fetch_all(dovecot_user, "Drafts")
    assert b"\\Draft" in flags and got == raw
    src.append("Archive/New", raw)  # a folder that does not exist yet is created
    assert len(dovecot.fetch_all(dovecot_user, "Archive/New")) == 1


# -- watching ------------------------------------------------------------------------------


def _appender(dovecot: DovecotServer, user: str, raw: bytes, delay: float) -> list[float]:
    stamp: list[float] = []

    def run() -> None:
        time.sleep(delay)
        dovecot.append(user, "INBOX", raw)
        stamp.append(time.monotonic())

    threading.Thread(target=run, daemon=True).start()
    return stamp


def test_mail_appended_while_idling_is_seen_within_2s(  # type: ignore[no-untyped-def]
    make_source, dovecot, dovecot_user
) -> None:
    src = make_source()
    cursor = _cursor(_collect(src))
    stamp = _appender(dovecot, dovecot_user, invite(7), delay=1.0)
    assert src.wait(10) is True
    msgs = _collect(src, cursor=cursor)
    latency = time.monotonic() - stamp[0]
    assert (msgs[0].message_id or "").startswith("<invite-7-")
    assert latency < 2.0, latency


def _watch_until(src: ImapSource, cursor, want: int, timeout: float = 20) -> list[FetchedMessage]:  # type: ignore[no-untyped-def]
    got: list[FetchedMessage] = []
    deadline = time.monotonic() + timeout
    while len(got) < want and time.monotonic() < deadline:
        src.wait(min(2.0, deadline - time.monotonic()))
        new = _collect(src, cursor=cursor)
        got += new
        cursor = _cursor(new, cursor)
    return got


def test_reconnects_after_kick_and_misses_nothing(  # type: ignore[no-untyped-def]
    make_source, dovecot, dovecot_user
) -> None:
    dovecot.append(dovecot_user, "INBOX", plain("before", 0))
    src = make_source()
    cursor = _cursor(_collect(src))
    idle_thread_done = threading.Event()

    def kick_and_append() -> None:
        time.sleep(0.5)
        dovecot.kick(dovecot_user)
        for i in range(1, 4):
            dovecot.append(dovecot_user, "INBOX", plain(f"during {i}", i))
        idle_thread_done.set()

    threading.Thread(target=kick_and_append, daemon=True).start()
    got = _watch_until(src, cursor, want=3)
    ids = [m.message_id for m in got]
    assert len(ids) == 3 == len(set(ids))
    assert all(b"during" in m.raw for m in got)


def test_reconnects_after_server_restart_mid_idle(  # type: ignore[no-untyped-def]
    make_source, dovecot, dovecot_user
) -> None:
    src = make_source()
    cursor = _cursor(_collect(src))

    def restart_and_append() -> None:
        time.sleep(0.5)
        dovecot.stop()
        # Mail that arrives while IMAP is down (a local delivery agent writes the Maildir).
        dovecot.deliver(dovecot_user, "INBOX", plain("while down", 7))
        dovecot.start()
        for i in range(2):
            dovecot.append(dovecot_user, "INBOX", plain(f"after restart {i}", i))

    threading.Thread(target=restart_and_append, daemon=True).start()
    got = _watch_until(src, cursor, want=3)
    ids = [m.message_id for m in got]
    assert len(ids) == 3 == len(set(ids))
    assert any(b"while down" in m.raw for m in got)


def test_polling_only_run_sees_new_mail_in_inbox_and_sent(  # type: ignore[no-untyped-def]
    make_source, dovecot, dovecot_user
) -> None:
    src = make_source(idle=False, poll_interval=timedelta(seconds=0.3))
    inbox = _cursor(_collect(src))
    sent = _cursor(_collect(src, "Sent"))
    dovecot.append(dovecot_user, "Sent", plain("hand-written follow-up", 1))
    assert src.wait(5) is True
    assert len(_collect(src, "Sent", sent)) == 1
    dovecot.append(dovecot_user, "INBOX", plain("reply", 2))
    assert src.wait(5) is True
    assert len(_collect(src, "INBOX", inbox)) == 1


def test_sent_is_watched_while_idling_on_inbox(make_source, dovecot, dovecot_user) -> None:  # type: ignore[no-untyped-def]
    src = make_source(poll_interval=timedelta(seconds=0.5))
    _collect(src, "Sent")
    _collect(src)
    dovecot.append(dovecot_user, "Sent", plain("hand-written", 1))
    assert src.wait(5) is True


def test_idle_is_renewed(make_source, dovecot, dovecot_user) -> None:  # type: ignore[no-untyped-def]
    src = make_source(idle_renew=0.3)
    _collect(src)
    assert src.wait(1.5) is False  # several renewals, no spurious change
    stamp = _appender(dovecot, dovecot_user, plain("x"), delay=0.2)
    assert src.wait(5) is True
    assert stamp


def test_stop_event_makes_wait_return_within_1s(make_source) -> None:  # type: ignore[no-untyped-def]
    stop = threading.Event()
    src = make_source(stop)
    _collect(src)
    threading.Timer(0.5, stop.set).start()
    t0 = time.monotonic()
    assert src.wait(30) is False
    assert time.monotonic() - t0 < 1.5


def test_stop_event_interrupts_reconnect_backoff(dovecot, dovecot_user) -> None:  # type: ignore[no-untyped-def]
    stop = threading.Event()
    cfg = dovecot.imap_config(dovecot_user, port=1)  # nothing listens there
    src = ImapSource(cfg, "x", stop, backoff=Backoff(base=10, cap=60))
    threading.Timer(0.5, stop.set).start()
    t0 = time.monotonic()
    assert src.wait(60) is False
    assert time.monotonic() - t0 < 1.5


# -- bad input -----------------------------------------------------------------------------


def test_a_message_that_vanishes_mid_scan_is_skipped(  # type: ignore[no-untyped-def]
    dovecot, dovecot_user, caplog
) -> None:
    caplog.set_level("INFO")
    for i in range(3):
        dovecot.append(dovecot_user, "INBOX", plain(f"m{i}", i))
    src = ImapSource(dovecot.imap_config(dovecot_user), dovecot.passwords[dovecot_user],
                     batch_size=1)
    gen = src.fetch_new("INBOX", None, SINCE)
    first = next(gen)
    # The source reads one batch ahead: the 3rd message is not asked for yet. Delete it.
    with dovecot.connect(dovecot_user) as c:
        c.select_folder("INBOX")
        c.delete_messages([first.uid + 2])  # type: ignore[operator]
        c.expunge()
    rest = list(gen)
    src.close()
    assert [m.uid for m in rest] == [first.uid + 1]  # type: ignore[operator]
    assert "vanished" in caplog.text


def test_an_unusable_bodystructure_falls_back_to_header_and_text(  # type: ignore[no-untyped-def]
    make_source, dovecot, dovecot_user, monkeypatch, caplog
) -> None:
    from followupd.sources import mime

    caplog.set_level("INFO")
    dovecot.append(dovecot_user, "INBOX", invite(3, pdf_bytes=1000))
    dovecot.append(dovecot_user, "INBOX", plain("fine", 4))
    real = mime.parse_bodystructure

    def picky(bs):  # type: ignore[no-untyped-def]
        if isinstance(bs[0], list):  # the multipart one: as if imapclient choked on it
            raise mime.StructureError("unparseable BODYSTRUCTURE: test")
        return real(bs)

    monkeypatch.setattr(mime, "parse_bodystructure", picky)
    broken, fine = _collect(make_source())
    assert b"Interview confirmation #3" in broken.raw and b"Tuesday 1 December" in broken.raw
    assert b"fine" in fine.raw
    assert "reading header and first text only" in caplog.text


def test_the_password_never_reaches_the_logs(  # type: ignore[no-untyped-def]
    make_source, dovecot, dovecot_user, caplog
) -> None:
    import logging

    caplog.set_level(logging.DEBUG)
    src = make_source()
    _collect(src)
    dovecot.kick(dovecot_user)
    src.wait(3)
    assert dovecot.passwords[dovecot_user] not in caplog.text
    assert "reconnect" in caplog.text


def test_batches_of_mixed_shapes_yield_everything_in_uid_order(  # type: ignore[no-untyped-def]
    dovecot, dovecot_user
) -> None:
    makers = [lambda i: plain(f"p{i}", i), lambda i: invite(i, pdf_bytes=2000),
              lambda i: forwarded(i)]
    for i in range(10):
        dovecot.append(dovecot_user, "INBOX", makers[i % 3](i))
    src = ImapSource(dovecot.imap_config(dovecot_user), dovecot.passwords[dovecot_user],
                     batch_size=3)
    msgs = list(src.fetch_new("INBOX", None, SINCE))
    src.close()
    assert [m.uid for m in msgs] == list(range(1, 11))
    for i, m in enumerate(msgs):
        if i % 3 == 1:
            assert any("BEGIN:VEVENT" in t for t in _texts(m.raw))
            assert b"application/pdf" not in m.raw


def test_uid_set_compresses_runs() -> None:
    from followupd.sources.imap import uid_set

    assert uid_set([7, 1, 2, 3, 8, 10]) == "1:3,7:8,10"
    assert uid_set([5]) == "5"


def test_a_silently_dropped_connection_is_noticed_without_spinning(  # type: ignore[no-untyped-def]
    dovecot, dovecot_user
) -> None:
    from tests.sources.proxy import CuttableProxy

    proxy = CuttableProxy((dovecot.host, dovecot.imaps_port))
    try:
        cfg = dovecot.imap_config(dovecot_user, security="tls", port=proxy.port)
        src = ImapSource(cfg, dovecot.passwords[dovecot_user], backoff=Backoff(0.2, 1.0))
        cursor = _cursor(_collect(src))
        threading.Timer(0.5, proxy.cut).start()
        cpu0, t0 = time.thread_time(), time.monotonic()
        assert src.wait(10) is True  # reconnected: the caller must re-read from its cursor
        assert time.monotonic() - t0 < 3
        assert time.thread_time() - cpu0 < 0.5  # no busy loop on the dead socket
        dovecot.append(dovecot_user, "INBOX", plain("after the drop", 1))
        assert len(_collect(src, cursor=cursor)) == 1
        src.close()
    finally:
        proxy.close()


def test_short_waits_do_not_push_the_next_reconnect_ever_further(  # type: ignore[no-untyped-def]
    dovecot, dovecot_user
) -> None:
    backoff = Backoff(base=5, cap=60)
    src = ImapSource(dovecot.imap_config(dovecot_user, port=1), "x", backoff=backoff)
    for _ in range(40):
        src.wait(0.02)  # a daemon that wakes often for other jobs
    assert backoff.attempt <= 2  # one real attempt (at 0.1 s), then waiting for the next


def test_a_folder_that_does_not_exist_yet_yields_nothing(  # type: ignore[no-untyped-def]
    make_source, caplog
) -> None:
    src = make_source()
    assert _collect(src, "Sent-by-hand") == []
    assert "does not exist" in caplog.text
    assert _collect(src) == []  # the connection is still usable


def test_an_answer_imapclient_cannot_parse_costs_only_that_message_its_structure(  # type: ignore[no-untyped-def]
    make_source, dovecot, dovecot_user, monkeypatch, caplog
) -> None:
    """imapclient raises ProtocolError on some real-world BODYSTRUCTUREs; here a stand-in
    parser does so whenever a poisoned message is in the answer."""
    from imapclient.exceptions import ProtocolError

    from followupd.sources import imap

    caplog.set_level("INFO")
    real = imap.parse_fetch_response

    def flat(data) -> bytes:  # type: ignore[no-untyped-def]
        out = b""
        for item in data:
            for piece in item if isinstance(item, tuple) else (item,):
                out += piece if isinstance(piece, bytes) else b""
        return out

    def picky(data, *args):  # type: ignore[no-untyped-def]
        raw = flat(data)
        if b"POISON-HEAD" in raw and b"BODYSTRUCTURE" in raw:
            raise ProtocolError("odd BODYSTRUCTURE")
        if b"POISON-PART" in raw and b"MIME]" in raw:
            raise ProtocolError("odd part")
        return real(data, *args)

    monkeypatch.setattr(imap, "parse_fetch_response", picky)
    for i in range(6):
        subject = {2: "POISON-HEAD", 4: "fine"}.get(i, f"m{i}")
        raw = invite(i, pdf_bytes=500) if i == 4 else plain(subject, i)
        if i == 4:
            raw = raw.replace(b"is confirmed for", b"POISON-PART is confirmed for")
        dovecot.append(dovecot_user, "INBOX", raw)
    msgs = _collect(make_source())
    assert [m.uid for m in msgs] == [1, 2, 3, 4, 5, 6]
    assert b"POISON-HEAD" in msgs[2].raw and b"Hello there." in msgs[2].raw
    assert b"POISON-PART" in msgs[4].raw  # the first 64 KB of the body as sent
    assert "unparseable answer" in caplog.text and "unparseable parts" in caplog.text
